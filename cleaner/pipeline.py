"""Runs the passes in a fixed order over one article.

The order is part of the contract: the dateline pass repairs syndication damage first, so every
later pass sees the text a rerun would see; the related pass may step over lines the other passes
removed; the headline decision comes last, since a title is lifted only with evidence that the
text is a raw dump. Passes decide; ``Context`` (cleaner/context.py) records.
"""

from __future__ import annotations

from functools import cache

from .article import BODY, PROTECTED, CleanedArticle, sha256
from .context import Context
from .passes.base import Pass
from .rules import RuleSet


@cache
def passes() -> tuple[Pass, ...]:
    """The passes, in order (imported on first use: loading them costs nothing until an article)."""
    from .passes import (
        byline,
        caption,
        credits,
        crumb,
        dateline,
        footer,
        headline,
        learned,
        prompt,
        related,
        site,
        timestamp,
    )

    return (
        headline.CANDIDATE,
        dateline.PASS,
        byline.PASS,
        timestamp.PASS,  # after the byline, which lifts a name printed with its date
        caption.PASS,
        prompt.PASS,
        crumb.PASS,
        credits.PASS,  # before the footer: a contributor note is the article's credits, not furniture
        footer.PASS,
        related.PASS,
        learned.PASS,  # the line scorer: only what the rules left, and only when confident
        site.PASS,  # lines learned from the archive: only what every built-in rule left
        crumb.TAIL,  # a pointer label left last ('See also:'), once what followed it is gone
        byline.SIGN_OFF,  # the signature under the copy, once what followed it is gone
        headline.DECISION,
    )


def text_language(source: str, rules: RuleSet) -> str | None:
    """The languages whose packs apply to a text given without one: its own, told by its script or
    its function words (``cleaner.html.language``), when the rule set has packs for it, and English,
    whose furniture words ('Share', 'VIDEO') sites everywhere print ('de+en'); else None (English
    and the language-neutral rules, as for an English text)."""
    head = source[:4000]  # as printed: lower-casing the text would cost more than the test
    the = head.count(" the ")
    # (eight ' the ' settle it alone: the other words are counted only when they are needed)
    if the >= 8 or (the >= 3 and the + head.count(" and ") + head.count(" of ") + head.count(" to ") >= 8):
        return None  # plainly English: the full test costs a tenth of cleaning an article
    sample = source[:1500]
    from .html.language import detect_language

    packs = rules.memo(("pipeline.languages",), lambda: frozenset(r.language for r in rules.rules.values()))
    found = detect_language(sample)
    return f"{found}+en" if found != "en" and found in packs else None


def clean(
    source: str,
    rules: RuleSet,
    *,
    language: str | None = None,
    source_name: str | None = None,
    known_title: str | None = None,
    structured: bool = False,
    protected: frozenset[str] = frozenset(),
) -> CleanedArticle:
    """Clean one article's text.

    ``known_title`` and ``structured`` are for text extracted from a page (see ``Context``);
    ``protected`` holds the lines of a page's preformatted text and tables: blocks made of them are
    kept as they are, never judged by a line rule (a blog post lost 108 lines of terminal output
    to a timestamp rule), and each is counted as a decision to keep (HTML-014).
    """
    if language is not None:
        return _clean(source, rules, language, source_name, known_title, structured, protected)
    language = text_language(source, rules)
    article = _clean(source, rules, language, source_name, known_title, structured, protected)
    # The language is told from the head of the text, which on a raw dump may be mostly furniture;
    # the clean text tells it better, and is what a second cleaning would judge: when the two
    # disagree, the article is cleaned again with the packs of the clean text's language, or
    # cleaning the output again would apply other packs (not idempotent). None is no answer: a
    # clean text of a few lines, or plainly English (whose packs every language gets anyway).
    settled = text_language(article.text, rules)
    if settled is not None and settled != language:  # a text too short to tell keeps the first answer
        article = _clean(source, rules, settled, source_name, known_title, structured, protected)
    return article


def _clean(
    source: str,
    rules: RuleSet,
    language: str | None,
    source_name: str | None,
    known_title: str | None,
    structured: bool,
    protected: frozenset[str],
) -> CleanedArticle:
    from .passes.normalize import split_blocks

    ctx = Context(source, rules, language, known_title=known_title, structured=structured)
    ctx.blocks = split_blocks(source, rules, ctx.removed)
    if protected:
        for block in ctx.blocks:
            lines = [" ".join(source[p.start : p.end].split()) for p in block.pieces]
            if lines and all(line in protected for line in lines):
                block.status = PROTECTED
                ctx.vetoes["HTML-014"] = ctx.vetoes.get("HTML-014", 0) + 1
    for step in passes():
        step.run(ctx)
    body = [b.text for b in ctx.blocks if b.status in (BODY, PROTECTED)]
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
        vetoes=dict(sorted(ctx.vetoes.items())),
    )
