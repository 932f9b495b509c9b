"""Runs the passes in a fixed order over one article and keeps the bookkeeping in one place.

Passes only decide; the Context records. That way every block that leaves the body is logged with
its rule, and no pass can forget to.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from .article import (
    BODY,
    LIFTED,
    REMOVED,
    REWRITTEN,
    Block,
    CleanedArticle,
    Metadata,
    Removal,
    sha256,
)
from .rules import RuleSet


class Context:
    """The article being cleaned, as passes see it."""

    def __init__(
        self,
        source: str,
        rules: RuleSet,
        language: str | None,
        *,
        known_title: str | None = None,
        structured: bool = False,
    ) -> None:
        self.source = source
        # From a page: the headline is known (no line is guessed to be it), and the page's structure
        # already dropped link lists, so a list is only taken under a header the rules know.
        self.known_title = known_title
        self.structured = structured
        self.rules = rules
        self.language = language
        self.metadata = Metadata(language=language)
        self.removed: list[Removal] = []
        self.blocks: list[Block] = []
        self.cut = -1  # index of the last paywall prompt, if any
        self.title_candidate: Block | None = None

    def body(self) -> list[Block]:
        return [b for b in self.blocks if b.status == BODY]

    def opening(self) -> list[Block]:
        """Body blocks up to and including the first long paragraph: where bylines and datelines sit.

        Defined by content, not by a count, so removing a title or caption above does not move
        the window; that keeps cleaning idempotent.
        """
        out = []
        for b in self.blocks:
            if b.status != BODY:
                continue
            out.append(b)
            if b.words >= 30:
                break
        return out

    def iter_body(self) -> Iterator[Block]:
        return (b for b in self.blocks if b.status == BODY)

    def uses(self, rule_id: str) -> bool:
        """Whether a language-specific rule applies to this article's language."""
        return self.rules.applies(rule_id, self.language)

    def _take(self, block: Block, rule: str, family: str, kind: str, field: str | None) -> None:
        block.status = kind
        block.rule = rule
        text = self.source[block.start : block.end]
        self.removed.append(
            Removal(rule=rule, family=family, kind=kind, text=text, start=block.start, end=block.end, field=field)
        )

    def remove(self, block: Block, rule: str, family: str) -> None:
        self._take(block, rule, family, REMOVED, None)

    def lift(self, block: Block, rule: str, family: str, field: str) -> None:
        self._take(block, rule, family, LIFTED, field)

    def rewrite(self, block: Block, pos: int, before: str, after: str, rule: str, family: str) -> None:
        """Replace ``before`` at ``pos`` in the block's text and log the change with its source span."""
        start, end = block.source_span(pos, before, self.source)
        block.set_text(block.text[:pos] + after + block.text[pos + len(before) :])
        shift = len(after) - len(before)
        for piece in block.pieces:
            if piece.offset > pos:
                piece.offset += shift
                piece.exact = False
        self.removed.append(
            Removal(
                rule=rule,
                family=family,
                kind=REWRITTEN,
                text=self.source[start:end],
                start=start,
                end=end,
                before=before,
                after=after,
            )
        )


Pass = Callable[[Context], None]


def _passes() -> list[Pass]:
    from .passes import byline, caption, credits, crumbs, dateline, footer, headline, prompts, related

    return [
        headline.run,
        dateline.run,  # repairs syndication damage first, so every later pass sees the text a rerun sees
        byline.run,
        caption.run,
        prompts.run,
        crumbs.run,
        footer.run,
        credits.run,
        related.run,  # a headline run may step over lines the other passes removed
        headline.decide,  # last: a title is lifted only with evidence the text is a raw dump
    ]


_PASSES: list[Pass] | None = None


def clean(
    source: str,
    rules: RuleSet,
    *,
    language: str | None = None,
    source_name: str | None = None,
    known_title: str | None = None,
    structured: bool = False,
) -> CleanedArticle:
    """Clean one article's text; the order of passes is part of the contract (see DESIGN).

    ``known_title`` and ``structured`` are for text extracted from a page (see ``Context``).
    """
    global _PASSES
    if _PASSES is None:
        _PASSES = _passes()
    from .passes.normalize import split_blocks

    ctx = Context(source, rules, language, known_title=known_title, structured=structured)
    ctx.blocks = split_blocks(source, rules, ctx.removed)
    for run in _PASSES:
        run(ctx)
    body = [b.text for b in ctx.blocks if b.status == BODY]
    if ctx.cut >= 0:
        ctx.metadata.truncated = not any(b.status == BODY for b in ctx.blocks[ctx.cut + 1 :])
    text = "\n\n".join(body) + "\n" if body else ""
    ctx.removed.sort(key=lambda r: (r.start, r.end, r.rule))
    return CleanedArticle(
        text=text,
        metadata=ctx.metadata,
        removed=ctx.removed,
        source=source_name,
        source_sha256=sha256(source),
        ruleset=rules.identity(),
    )
