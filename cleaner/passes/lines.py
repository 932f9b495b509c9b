"""Whole-block rules shared by the phrase halves of every family (built-in and user packs)."""

from __future__ import annotations

from ..article import Block
from ..pipeline import Context


def cell_text(text: str) -> str:
    """A table row with one filled cell, as that cell's text: '| Kommentare: 0 | |' -> 'Kommentare: 0'.

    Pages laid out in tables put their furniture (comment counts, share labels, section headers) in
    rows of their own; the extractor renders a row as '| cell | cell |', and the cell bars would hide
    the label from every anchored rule. Rows with several filled cells are data and stay as they are.
    """
    if not text.startswith("|"):
        return text
    filled = [c for c in (part.strip() for part in text.split("|")) if c]
    return filled[0] if len(filled) == 1 else text


def first_line_rule(
    ctx: Context, family: str, block: Block, max_words: int = 60, default_max: int | None = None
) -> str | None:
    """The id of the first line rule of ``family`` that matches the whole block, if any.

    ``max_words`` caps every rule; a rule's own ``max_words`` param narrows it, and ``default_max``
    stands in for that param when a rule gives none (a pass whose labels are short by nature can
    still take the odd long line of furniture a rule names exactly).
    """
    if block.words > max_words:
        return None
    anchored, floating = ctx.rules.line_prefilter(family, ctx.language)
    text = cell_text(block.text)
    if not ((anchored and anchored.match(text)) or (floating and floating.search(text))):
        return None
    for rule in ctx.rules.line_rules(family, ctx.language):
        limit = rule.params.get("max_words", default_max)
        if limit is not None and block.words > limit:
            continue
        if rule.matches(text):
            return rule.id
    return None
