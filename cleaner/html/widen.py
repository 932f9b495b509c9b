"""A short extraction that covers little of the page, widened with jusText's paragraphs (HTML-029).

trafilatura runs here in its recall mode, which skips the escalation its default mode makes: a
short result covering little of the page is checked there against jusText, which reaches text
held in containers the rule-based extractor passed over (a forum's posts, a Q&A page's answers,
a recipe's steps in a card). This does the same check, but keeps everything the extraction found:
jusText's paragraphs that it lacks are set in it where the page prints them, and the page layer's
filter then judges them like any other block. Only short extractions pay for it: the page's prose
(its text outside links, code and furniture) is measured only under ``max_chars``, and jusText
runs only when the extraction is under ``page_share`` of it.
"""

from __future__ import annotations

from copy import copy
from typing import Any

from lxml.etree import tostring

from .rules import HtmlRules
from .text import chars, squash, text_of, tokens

# the page's own furniture: no text of these is prose the extraction could have covered
_FURNITURE = ("nav", "header", "footer", "aside", "svg", "template", "noscript")
_CODE = ("script", "style")


def widen(tree: Any, body: Any, hr: HtmlRules, url: str | None) -> list[str]:
    """Set in ``body`` (trafilatura's output tree) the paragraphs jusText finds on the page that
    ``body`` lacks, when ``body`` is short and covers little of the page's text and jusText's text
    is ``ratio`` times longer; return their texts (none: ``body`` is untouched)."""
    if not hr.widen_on:
        return []
    text = " ".join(body.itertext())
    if not 0 < len(text) < hr.widen_max_chars:  # trafilatura's measure of a short result
        return []
    size = chars(text)
    if size >= hr.widen_page_share * page_text(tree, under=size / hr.widen_page_share):
        return []
    paragraphs = _justext(tree, url)
    if sum(chars(p) for p in paragraphs) <= hr.widen_ratio * size:
        return []
    return _merge(body, paragraphs, tree)


def page_text(tree: Any, under: float = 0.0) -> int:
    """The characters (not spaces) of the page's body outside links, code and furniture elements:
    the prose an extraction could have covered (menus and teasers are links). When what is left
    without the links is already ``under`` or less, that is returned (the links only take more)."""
    body = tree.find("body")
    if body is None:
        return 0
    total = chars(tostring(body, method="text", encoding=str))
    out: list[Any] = []  # the outermost furniture elements
    for e in body.iter(*_CODE, *_FURNITURE):
        if e.tag in _CODE:
            total -= chars(e.text or "")
        elif not out or not any(a in out for a in e.iterancestors(*_FURNITURE)):
            out.append(e)
    for e in out:  # what is left of them once their code is gone
        total -= chars(tostring(e, method="text", encoding=str, with_tail=False))
        total += sum(chars(c.text or "") for c in e.iter(*_CODE))
    if total <= under:
        return total
    total -= sum(chars(text_of(a)) for a in body.iter("a"))
    total += sum(chars(text_of(a)) for e in out for a in e.iter("a"))  # counted with their furniture
    return total


def _justext(tree: Any, url: str | None) -> list[str]:
    """jusText's paragraphs of the page, as trafilatura's escalation asks for them: infinite-scroll
    containers and (but on a forum thread, where they are the posts) comment sections pruned."""
    from trafilatura import core
    from trafilatura.baseline import basic_cleaning
    from trafilatura.external import try_justext
    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH

    page = copy(tree)
    forum = core._forum_thread_page(page)
    page = prune_unwanted_nodes(page, RAW_TREE_PRUNE_XPATH)
    if not forum:
        page = prune_unwanted_nodes(page, REMOVE_COMMENTS_AND_LISTS_XPATH)
    found = try_justext(basic_cleaning(page), url, None)
    return [t for p in found if (t := squash(p.text or ""))]


def _merge(body: Any, paragraphs: list[str], tree: Any = None) -> list[str]:
    """Set each paragraph no block of ``body`` holds among them in page order: after the last block
    printed before it on the page (``tree``; without it, or for text not found there, after the
    block holding the paragraph before it), first when there is none; return those set."""
    from lxml.etree import Element

    blocks = list(body)
    toks = [tokens(" ".join(b.itertext())) for b in blocks]
    page_body = tree.find("body") if tree is not None else None
    page = tokens(tostring(page_body, method="text", encoding=str)) if page_body is not None else ""

    def where(tok: str) -> int:
        return page.find(tok[:80]) if page and tok else -1

    spots = []  # each block's place on the page: where its text starts (else the block's before it)
    last = -1
    for t in toks:
        found = where(t)
        last = found if found >= 0 else last
        spots.append(last)
    after: dict[int, list[str]] = {}
    at = -1
    for text in paragraphs:
        tok = tokens(text)
        if not tok:
            continue
        pad = f" {tok} "
        home = next((i for i, t in enumerate(toks) if t and (pad in f" {t} " or f" {t} " in pad)), None)
        if home is not None:
            at = home
            continue
        found = where(tok)
        if found >= 0:  # after the last block that starts before it on the page
            at = max((i for i, spot in enumerate(spots) if 0 <= spot <= found), default=-1)
        after.setdefault(at, []).append(text)
    added: list[str] = []
    for i in sorted(after, reverse=True):  # from the end: the indexes before stay right
        for text in reversed(after[i]):
            p = Element("p")
            p.text = text
            body.insert(i + 1, p)
        added[:0] = after[i]
    return added
