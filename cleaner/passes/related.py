"""Related content: inline 'Read more: …' lines and headline lists ('Next In World' + headlines).

A list is found by its shape: a short header, then a run of lines that read as headlines. With a
known header (RELATED-002) the run may sit anywhere; with an unknown header it must run to the end
of the article, so a subhead followed by short lines of real copy mid-article is never taken.
Lines already removed by other passes (prompts, crumbs) do not break a run.
"""

from __future__ import annotations

from ..article import BODY, Block
from ..pipeline import Context
from .lines import first_line_rule
from .shapes import ends_sentence, has_dialogue, headline_like


def _header(ctx: Context, block: Block) -> str | None:
    """'known' for a catalogued header, 'shape' for a short label, None otherwise."""
    if block.words > 8 or len(block.text) > 80:
        return None
    if ctx.uses("RELATED-002") and ctx.rules.pattern("RELATED-002").match(block.text):
        return "known"
    max_words = ctx.rules.param("RELATED-010", "header_max_words", 6)
    if block.words <= max_words and not ends_sentence(block.text) and not has_dialogue(block.text):
        return "shape"
    return None


def _item(ctx: Context, block: Block) -> bool:
    p = ctx.rules.rule("RELATED-010").params
    return headline_like(
        block.text, block.words, p.get("item_max_words", 30), p.get("item_max_chars", 220)
    )


def _run_after(ctx: Context, blocks: list[Block], start: int) -> tuple[list[Block], bool]:
    """The headline-like body blocks after ``start``; and whether the run reaches the article's end."""
    run: list[Block] = []
    for block in blocks[start + 1 :]:
        if block.status != BODY:
            continue
        if not _item(ctx, block):
            return run, False
        run.append(block)
    return run, True


def run(ctx: Context) -> None:
    for block in ctx.body():
        rule_id = first_line_rule(ctx, "related", block, max_words=45)
        if rule_id:
            ctx.remove(block, rule_id, "related")
    min_run = ctx.rules.param("RELATED-010", "min_run", 3)
    min_known = ctx.rules.param("RELATED-010", "min_run_known", 1)
    blocks = ctx.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.status != BODY:
            i += 1
            continue
        kind = _header(ctx, block)
        if kind is None:
            i += 1
            continue
        items, to_end = _run_after(ctx, blocks, i)
        if items and not to_end and _subhead(items[-1]):
            items = items[:-1]  # a short line right before the copy resumes is its subhead
        if kind == "known" and not items and to_end:
            ctx.remove(block, "RELATED-011", "related")
        elif (kind == "known" and len(items) >= min_known) or (
            kind == "shape" and to_end and len(items) >= min_run and _has_body_before(blocks, i)
        ):
            ctx.remove(block, "RELATED-010", "related")
            for item in items:
                ctx.remove(item, "RELATED-010", "related")
        i += 1


def _subhead(block: Block) -> bool:
    return block.text.isupper() or block.words <= 4


def _has_body_before(blocks: list[Block], i: int) -> bool:
    """A list needs an article above it: a text made only of short lines is left alone."""
    return any(b.status == BODY and b.words >= 25 for b in blocks[:i])
