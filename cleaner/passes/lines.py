"""Whole-block rules shared by the phrase halves of every family (built-in and user packs)."""

from __future__ import annotations

from ..article import Block
from ..pipeline import Context


def first_line_rule(ctx: Context, family: str, block: Block, max_words: int = 60) -> str | None:
    """The id of the first line rule of ``family`` that matches the whole block, if any."""
    if block.words > max_words:
        return None
    anchored, floating = ctx.rules.line_prefilter(family, ctx.language)
    text = block.text
    if not ((anchored and anchored.match(text)) or (floating and floating.search(text))):
        return None
    for rule in ctx.rules.line_rules(family, ctx.language):
        limit = rule.params.get("max_words")
        if limit is not None and block.words > limit:
            continue
        if rule.matches(block.text):
            return rule.id
    return None
