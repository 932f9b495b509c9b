"""The article being cleaned, as passes see it, and the one place that records their decisions.

Passes only decide; the Context records. A decision names a rule id and nothing else: the family
comes from the registry (the loaded rule packs), so a pass cannot file a decision under the wrong
family, and an id the registry does not know is an error the first time the code path runs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from .article import BODY, LIFTED, REMOVED, REWRITTEN, Block, Metadata, Piece, Removal
from .rules import RuleSet


class Context:
    """One article's blocks, what passes lifted, and every decision, each named by its rule id."""

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
        self.metadata = Metadata(language=language.split("+")[0] if language else None)
        self.removed: list[Removal] = []
        self.vetoes: dict[str, int] = {}
        self._vetoed: set[tuple[str, int]] = set()
        self.blocks: list[Block] = []
        self.cut = -1  # index of the last paywall prompt, if any
        self.title_candidate: Block | None = None
        # the body blocks, kept until a block leaves the body (``_take``): every pass asks, often twice
        self._body: list[Block] | None = None
        self._body_of: list[Block] | None = None
        # answers of pure functions of a line and the rules, asked by several passes about the same
        # lines (is it a dateline?): keyed by (question, text, …), valid for the article's whole run
        self.answers: dict[tuple[Any, ...], Any] = {}

    def body(self) -> list[Block]:
        if self._body is None or self._body_of is not self.blocks:
            self._body = [b for b in self.blocks if b.status == BODY]
            self._body_of = self.blocks
        return list(self._body)  # a copy: callers may keep it while blocks leave the body

    def iter_body(self) -> Iterator[Block]:
        return (b for b in self.blocks if b.status == BODY)

    def opening(self, passed: Callable[[Block], bool] | None = None) -> list[Block]:
        """Body blocks up to and including the first long paragraph: where bylines and datelines sit.

        Defined by content, not by a count, so removing a title or caption above does not move
        the window; that keeps cleaning idempotent. ``passed``: long blocks that do not close it
        (a credits line or a caption a later pass removes).
        """
        out = []
        for b in self.blocks:
            if b.status != BODY:
                continue
            out.append(b)
            if b.words >= 30 and (passed is None or not passed(b)):
                break
        return out

    def uses(self, rule_id: str) -> bool:
        """Whether a language-specific rule applies to this article's language."""
        return self.rules.applies(rule_id, self.language)

    def family_of(self, rule_id: str) -> str:
        """The family the registry files a rule under; an unknown id raises RuleError."""
        return self.rules.rule(rule_id).family

    def _take(self, block: Block, rule_id: str, action: str, field: str | None) -> None:
        family = self.family_of(rule_id)
        block.status = action
        block.rule = rule_id
        self._body = None
        text = self.source[block.start : block.end]
        self.removed.append(
            Removal(
                rule=rule_id, family=family, action=action, text=text, start=block.start, end=block.end, field=field
            )
        )

    def remove(self, block: Block, rule_id: str, score: float | None = None) -> None:
        """Take a block out of the body as boilerplate (``score``: a learned rule's confidence)."""
        self._take(block, rule_id, REMOVED, None)
        if score is not None:
            self.removed[-1].score = round(score, 4)

    def lift(self, block: Block, rule_id: str, field: str) -> None:
        """Take a block out of the body into a metadata field (the pass fills the field)."""
        self._take(block, rule_id, LIFTED, field)

    def veto(self, rule_id: str, block: Block) -> None:
        """Count a decision not to remove (a prompt not about the site's offer, a list on one template).

        Vetoes remove nothing, so they are counted apart from the removals (``counts.vetoes``), once
        per rule and block however often a pass reconsiders the block.
        """
        self.family_of(rule_id)
        key = (rule_id, block.index)
        if key not in self._vetoed:
            self._vetoed.add(key)
            self.vetoes[rule_id] = self.vetoes.get(rule_id, 0) + 1

    def vetoed(self) -> frozenset[int]:
        """The indices of the blocks some rule decided to keep: a later heuristic leaves them be."""
        return frozenset(index for _, index in self._vetoed)

    def rewrite(self, block: Block, pos: int, before: str, after: str, rule_id: str) -> None:
        """Replace ``before`` at ``pos`` in the block's text; see ``rewrite_all``."""
        self.rewrite_all(block, [(pos, before, after)], rule_id)

    def rewrite_all(self, block: Block, edits: Sequence[tuple[int, str, str]], rule_id: str) -> None:
        """Make several replacements in one block at once and log each with its source span.

        ``edits`` are ``(pos, before, after)`` in the block's current text, in order and not
        overlapping. All spans are mapped back to the source before anything changes, and the text
        is rebuilt once: a paragraph with thousands of repairs costs one pass, not one per repair.
        """
        if not edits:
            return
        family = self.family_of(rule_id)
        text = block.text
        parts: list[str] = []
        last = 0
        for pos, before, after in edits:
            start, end = block.source_span(pos, before, self.source)
            self.removed.append(
                Removal(
                    rule=rule_id,
                    family=family,
                    action=REWRITTEN,
                    text=self.source[start:end],
                    start=start,
                    end=end,
                    before=before,
                    after=after,
                )
            )
            parts.append(text[last:pos])
            parts.append(after)
            last = pos + len(before)
        parts.append(text[last:])
        _shift_pieces(block.pieces, edits)
        block.set_text("".join(parts))


def _shift_pieces(pieces: list[Piece], edits: Sequence[tuple[int, str, str]]) -> None:
    """Keep every piece's offset and edit log true after ``edits`` (given in the old text's coordinates).

    One walk over pieces and edits together, both in text order, so the cost is linear.
    """
    n = len(pieces)
    olds = [p.offset for p in pieces]
    bases = list(olds)  # the old position each piece's edit log is relative to
    offsets = list(olds)
    new_edits: list[list[tuple[int, int, int]]] = [[] for _ in range(n)]
    i = 0
    delta = 0
    for pos, before, after in edits:
        b, a = len(before), len(after)
        while i < n and olds[i] <= pos:
            offsets[i] = olds[i] + delta
            i += 1
        if i:
            new_edits[i - 1].append((pos - bases[i - 1], a, b))
        while i < n and olds[i] < pos + b:
            # the edit swallowed this piece's first characters: they map to nothing now
            consumed = pos + b - olds[i]
            pieces[i].edits = [
                (0, 0, consumed),
                *((s - consumed, la, lb) for s, la, lb in pieces[i].edits if s >= consumed),
            ]
            bases[i] = olds[i] + consumed
            offsets[i] = pos + delta + a
            i += 1
        delta += a - b
    while i < n:
        offsets[i] = olds[i] + delta
        i += 1
    for piece, offset, added in zip(pieces, offsets, new_edits, strict=True):
        piece.offset = offset
        if added:
            piece.edits = _merge(piece.edits, added)


def _merge(old: list[tuple[int, int, int]], added: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """A piece's edit log with new edits (old coordinates) merged in, all in the new coordinates.

    A record is ``(start, length now, length in the raw line)``. A new edit over an earlier one
    stands for both: it spans from the earlier start and consumes what the earlier one had consumed.
    """
    out: list[tuple[int, int, int]] = []
    shift = 0
    j = 0
    for rel, a, b in added:
        while j < len(old) and old[j][0] < rel and old[j][0] + old[j][1] <= rel:
            s, la, lb = old[j]
            out.append((s + shift, la, lb))
            j += 1
        start, raw_len = rel, b
        while j < len(old) and old[j][0] < rel + b:
            s, la, lb = old[j]
            raw_len += lb - la
            if s < start:
                raw_len += start - s
                start = s
            j += 1
        out.append((start + shift, a + (rel - start), raw_len))
        shift += a - b
    for s, la, lb in old[j:]:
        out.append((s + shift, la, lb))
    return out
