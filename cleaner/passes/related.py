"""Related content: inline 'Read more: …' lines and headline lists ('Next In World' + headlines).

A list is found by its shape: a short header, then a run of lines that read as headlines. With a
known header (RELATED-002) the run may sit anywhere; with an unknown header it must run to the end
of the article and its lines must not end like sentences, so a subhead followed by short lines of
real copy is never taken. Lines already removed by other passes (prompts, crumbs, credits) do not
break a run; numbered items and bare links do, since they are the article's own lists.
"""

from __future__ import annotations

import re

from ..article import BODY, Block
from ..pipeline import Context
from .lines import first_line_rule
from .shapes import PERIOD_END, REPORTING, ends_sentence, has_dialogue, headline_like, titleish

_CLOSE = "\"'”’)]"
_WORDS = re.compile(r"[\w'’]+")
_LIST_ITEM = re.compile(r"^(?:\d{1,3}[.)]\s|[-*•●▪►]\s|\(?[a-z]\)\s)|https?://|www\.")


def _header(ctx: Context, block: Block) -> str | None:
    """'known' for a catalogued header, 'nav' or 'shape' for a short label, None otherwise.

    Memoised per block: the fixpoint loop asks again after every removal, and the text does not change.
    """
    cache = ctx.scratch.setdefault("related.header", {})
    if block.index not in cache:
        cache[block.index] = _header_kind(ctx, block)
    return cache[block.index]


def _header_kind(ctx: Context, block: Block) -> str | None:
    if block.words > 8 or len(block.text) > 80 or not any(c.isalpha() for c in block.text):
        return None
    if _known(ctx, block):
        return "known"
    max_words = ctx.rules.param("RELATED-010", "header_max_words", 6)
    if block.words <= max_words and not ends_sentence(block.text) and not has_dialogue(block.text):
        nav = _nav_words(ctx)
        if nav and any(t in nav for t in _WORDS.findall(block.lower)):
            return "nav"
        return "shape"
    return None


def _item(ctx: Context, block: Block, mode: str) -> bool:
    """Memoised per block and mode: the fixpoint loop walks the same runs again after each removal."""
    cache = ctx.scratch.setdefault("related.item", {})
    key = (block.index, mode)
    if key not in cache:
        cache[key] = _item_uncached(ctx, block, mode)
    return cache[key]


def _item_uncached(ctx: Context, block: Block, mode: str) -> bool:
    """Whether a line can stand in a headline run. Modes: strict, known, lenient."""
    text = block.text
    if not any(c.isalpha() for c in text) or _LIST_ITEM.search(text):
        return False
    if text.startswith("(") and text.endswith(")"):
        return False
    p = ctx.rules.rule("RELATED-010").params
    max_words, max_chars = p.get("item_max_words", 30), p.get("item_max_chars", 220)
    if mode == "lenient" and block.words <= 20 and len(text) <= max_chars and not REPORTING.search(text):
        return True
    if not headline_like(text, block.words, max_words, max_chars):
        if (
            mode == "known"
            and 5 <= block.words <= 20
            and text.rstrip(_CLOSE).endswith(".")
            and titleish(text) >= 0.5
            and not REPORTING.search(text)
        ):
            return True  # 'South Dakota doubles down on ‘Meth.’ They just might be.'
        return False
    return mode != "strict" or not text.endswith(PERIOD_END)


def _known(ctx: Context, block: Block) -> bool:
    """A header some pack catalogues (``params.header = true``) for this article's language."""
    if block.words > 8:
        return False
    cache = ctx.scratch.setdefault("related.known", {})
    if block.index not in cache:
        cache[block.index] = any(rule.pattern.match(block.text) for rule in _header_rules(ctx))
    return cache[block.index]


def _header_rules(ctx: Context) -> list:
    cache = ctx.scratch.setdefault("related.rules", {})
    if "header" not in cache:
        cache["header"] = [
            r
            for r in ctx.rules.family("related")
            if r.params.get("header") and r.pattern is not None and ctx.uses(r.id)
        ]
        cache["nav"] = frozenset(
            p for r in ctx.rules.family("related") if r.params.get("nav") and ctx.uses(r.id) for p in r.phrases
        )
    return cache["header"]


def _nav_words(ctx: Context) -> frozenset[str]:
    _header_rules(ctx)
    return ctx.scratch["related.rules"]["nav"]


def _run_after(ctx: Context, blocks: list[Block], start: int, mode: str) -> tuple[list[Block], bool]:
    """The headline-like body blocks after ``start``; and whether the run reaches the article's end.

    A known header inside the run belongs to the same module (kept in the run), except after an
    unknown header: then the unknown 'header' was the copy's last line, and there is no run.
    """
    run: list[Block] = []
    for block in blocks[start + 1 :]:
        if block.status != BODY:
            continue
        if _known(ctx, block):
            if mode == "strict":
                return [], False
            run.append(block)
            continue
        if not _item(ctx, block, mode):
            return _cut_template(run)
        run.append(block)
    cut, _ = _cut_template(run)
    return cut, len(cut) == len(run)


def _cut_template(run: list[Block]) -> tuple[list[Block], bool]:
    """Stop a run where three lines in a row open with a date or a number: the article's own list."""
    for j in range(len(run) - 2):
        classes = {_signature(b)[0] for b in run[j : j + 3]}
        if len(classes) == 1 and classes <= {"month", "num"}:
            return run[:j], False
    return run, False


def _subhead(block: Block) -> bool:
    return block.text.isupper() or block.words <= 4


def _has_body_before(blocks: list[Block], i: int) -> bool:
    """A list needs an article above it: a text made only of short lines is left alone."""
    return any(b.status == BODY and b.words >= 25 for b in blocks[:i])


def _list_after(ctx: Context, blocks: list[Block], i: int, kind: str) -> list[Block] | None:
    """The run of headlines a header introduces, or None when the header introduces copy."""
    if kind == "known":
        lenient, lenient_end = _run_after(ctx, blocks, i, "lenient")
        if lenient_end:
            return lenient
        items, _ = _run_after(ctx, blocks, i, "known")
        if items and _subhead(items[-1]):
            items = items[:-1]  # a short line right before the copy resumes is its subhead
        return items
    if kind == "nav":
        items, to_end = _run_after(ctx, blocks, i, "known")
        if not to_end and items and _subhead(items[-1]):
            items = items[:-1]
        if len(items) >= ctx.rules.param("RELATED-010", "min_run_nav", 2) and not _uniform(items):
            return items
        return None
    items, to_end = _run_after(ctx, blocks, i, "strict")
    if (
        to_end
        and len(items) >= ctx.rules.param("RELATED-010", "min_run", 3)
        and _has_body_before(blocks, i)
        and not _uniform(items)
    ):
        return items
    return None


_MONTHS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august "
    "september october november december monday tuesday wednesday thursday friday saturday sunday".split()
)
_MARK_SET = frozenset("@–—|:•/=$€£%")


def _signature(block: Block) -> tuple[str, frozenset[str]]:
    """The first word's class and the separators of a line: what template lists share."""
    first = block.lower.split(" ", 1)[0].strip(".,:")
    cls = "month" if first in _MONTHS else "num" if first[:1].isdigit() else first
    return cls, frozenset(block.text) & _MARK_SET


def _uniform(items: list[Block]) -> bool:
    """Lines built on one template (tour dates, results, prices) are the article's own list.

    Headlines of other stories are heterogeneous; a list whose lines share a first-word class or a
    separator is content, however short its lines are.
    """
    firsts: dict[str, int] = {}
    marks: dict[str, int] = {}
    for b in items:
        cls, chars = _signature(b)
        firsts[cls] = firsts.get(cls, 0) + 1
        for ch in chars:
            marks[ch] = marks.get(ch, 0) + 1
    n = len(items)
    return max(firsts.values()) * 2 >= n or any(c * 10 >= n * 7 for c in marks.values())


def run(ctx: Context) -> None:
    for block in ctx.body():
        rule_id = first_line_rule(ctx, "related", block, max_words=45)
        if rule_id:
            ctx.remove(block, rule_id, "related")
    # Known headers first: their modules are removed before unknown headers are judged, so the
    # verdict on a short line never depends on whether a known module below it is still there.
    # Removing a module can let the run of an earlier header reach the end; repeat until stable,
    # or a second cleaning would find what the first one left (cleaning must be idempotent).
    while True:
        while _remove_lists(ctx, "known") or _remove_lists(ctx, "nav"):
            pass
        if ctx.structured or not _remove_lists(ctx, "shape"):
            break  # a page's own structure already dropped its unlabelled link lists


def _empty_module(ctx: Context, blocks: list[Block], i: int) -> bool:
    """A known header with nothing listed under it: the scraper kept the label and lost the links.

    That is so when nothing follows it, when the next line is another known header (two modules
    in a row, the first one empty), or when no prose stands above it (a catalogued header is never
    the opening line of an article's own text).
    """
    following = next((b for b in blocks[i + 1 :] if b.status == BODY), None)
    return following is None or _known(ctx, following) or not _has_body_before(blocks, i)


def _remove_lists(ctx: Context, wanted: str) -> bool:
    found = False
    blocks = ctx.blocks
    for i, block in enumerate(blocks):
        if block.status != BODY:
            continue
        kind = _header(ctx, block)
        if kind != wanted:
            continue
        items = _list_after(ctx, blocks, i, kind)
        if items is None:
            continue
        if not items:
            if kind == "known" and _empty_module(ctx, blocks, i):
                ctx.remove(block, "RELATED-011", "related")
                found = True
            continue
        ctx.remove(block, "RELATED-010", "related")
        for item in items:
            ctx.remove(item, "RELATED-010", "related")
        found = True
    return found
