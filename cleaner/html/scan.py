"""One walk over the page: headlines, bylines, captions, leads, labelled and link-dense blocks.

What the walk finds is kept as token strings, the form in which trafilatura's output blocks are
later compared with the page (``filter``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml.html import HtmlElement

from .captions import read_caption
from .labels import BOILER_KEYWORDS, BOILER_MAX_WORDS, BYLINE_PARTS, LEAD_KEYWORDS, NOT_LEAD, parts_of
from .parse import is_internal
from .text import chars, squash, tokens

# Link-dense blocks: mostly link text, and the links lead back into the same site.
LINK_SHARE = 0.6  # share of a block's word characters inside links
LINK_INTERNAL = 0.5  # share of those links pointing at the site itself (related stories, sections)
LINK_MAX_WORDS = 40  # a longer block is prose with links in it
LINK_TAGS = ("p", "dt", "dd", "ul", "ol", "div", "h2", "h3", "h4", "h5", "h6")
_LIST_MAX_WORDS = 400  # a "list" longer than this is a page wrapped in a list by broken markup
_BLOCKISH = frozenset(
    """p div ul ol li table section article blockquote h1 h2 h3 h4 h5 h6 dl dt dd figure header
    footer aside nav form pre main""".split()
)
# the elements a page labels: containers, and the inline elements bylines and credits sit in
_LABELLED = tuple(_BLOCKISH | {"span", "a", "address", "small", "em", "time", "b", "strong", "i"})
_LEAF_TEXT = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "div", "span")


@dataclass
class Page:
    """What one walk over the page found, for the filter after extraction."""

    linkish: set[str] = field(default_factory=set)  # link-dense blocks (as tokens)
    containers: list[str] = field(default_factory=list)  # labelled boilerplate containers (as tokens)
    owners: dict[str, list[int]] = field(default_factory=dict)  # block tokens -> containers holding it
    boiler_hits: dict[str, int] = field(default_factory=dict)
    leads: list[HtmlElement] = field(default_factory=list)
    captions: list[dict[str, str]] = field(default_factory=list)
    headlines: list[str] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    _tokens: dict[HtmlElement, str] = field(default_factory=dict)

    def tokens_of(self, elem: HtmlElement) -> str:
        """An element's text as tokens, once per element (labelled containers nest)."""
        tok = self._tokens.get(elem)
        if tok is None:
            text = elem.text_content()
            tok = self._tokens[elem] = tokens(text) if text.strip() else ""
        return tok


def scan(tree: HtmlElement, host: str) -> Page:
    """One look at the page: headline, captions, labelled containers, leads, link-dense blocks."""
    page = Page()
    body = tree.find("body")
    for h1 in body.iter("h1"):  # type: ignore[union-attr]
        if text := squash(h1.text_content()):
            page.headlines.append(text)
            if len(page.headlines) == 2:
                break
    for cap in body.iter("figcaption"):  # type: ignore[union-attr]
        read_caption(cap, page.captions)
        _boiler(cap, frozenset(("caption",)), page)
    for e in body.iter(*_LABELLED):  # type: ignore[union-attr]
        parts = parts_of(e)
        if not parts:
            if e.get("rel") == "author" and (text := squash(e.text_content())):
                page.bylines.append(text)
            continue
        if parts & BYLINE_PARTS:
            text = squash(e.text_content())
            if text and len(text.split()) <= 12:
                page.bylines.append(text)
        if parts & LEAD_KEYWORDS and not parts & NOT_LEAD and e.tag in ("p", "div", "section"):
            page.leads.append(e)
        if parts & BOILER_KEYWORDS:
            _boiler(e, parts, page)
    for e in body.iter(*LINK_TAGS):  # type: ignore[union-attr]
        if e.tag != "div" or not any(c.tag in _BLOCKISH for c in e):  # a div holding no blocks
            _link_block(e, host, page)
    return page


def _boiler(e: HtmlElement, parts: frozenset[str], page: Page) -> None:
    tok = page.tokens_of(e)
    if not tok or tok.count(" ") >= BOILER_MAX_WORDS:
        return
    for k in parts & BOILER_KEYWORDS:
        page.boiler_hits[k] = page.boiler_hits.get(k, 0) + 1
    index = len(page.containers)
    page.containers.append(f" {tok} ")
    page.owners.setdefault(tok, []).append(index)
    for sub in e.iterdescendants(*_LEAF_TEXT):
        if t := page.tokens_of(sub):
            page.owners.setdefault(t, []).append(index)


def _link_block(e: HtmlElement, host: str, page: Page) -> None:
    # in-page anchors (tables of contents, footnotes) point at the article itself: not links here
    wrap = next(e.iterancestors("a"), None)  # a teaser card: the whole block inside one link
    if wrap is not None and not wrap.get("href", "#").startswith("#"):
        links = [wrap]
    else:
        links = [a for a in e.iter("a") if not a.get("href", "#").startswith("#")]
    if not links:
        return
    text = e.text_content()
    total = chars(text)
    linked = internal = 0
    for a in links:
        n = total if a is wrap else chars(a.text_content())
        linked += n
        if n and is_internal(a.get("href", ""), host):
            internal += n
    if not total or linked < LINK_SHARE * total or internal < LINK_INTERNAL * linked:
        return
    if e.tag in ("ul", "ol"):
        if len(text.split()) > _LIST_MAX_WORDS:
            return
        for li in e.iter("li"):
            tok = tokens(li.text_content())
            if tok and tok.count(" ") < LINK_MAX_WORDS:
                page.linkish.add(tok)
        return
    tok = tokens(text)
    if tok and tok.count(" ") < LINK_MAX_WORDS:
        page.linkish.add(tok)
