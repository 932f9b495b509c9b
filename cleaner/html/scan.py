"""One walk over the page: headlines, bylines, captions, leads, labelled and link-dense blocks.

What the walk finds is kept as token strings, the form in which trafilatura's output blocks are
later compared with the page (``filter``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from .captions import read_caption
from .parse import is_internal
from .rules import HtmlRules
from .text import chars, squash, text_of, tokens

# Link-dense blocks (HTML-002): mostly link text, and the links lead back into the same site.
LINK_TAGS = ("p", "dt", "dd", "ul", "ol", "div", "h2", "h3", "h4", "h5", "h6")
_LINK_TAGS = frozenset(LINK_TAGS)
_BLOCKISH = frozenset(
    """p div ul ol li table section article blockquote h1 h2 h3 h4 h5 h6 dl dt dd figure header
    footer aside nav form pre main""".split()
)
# the elements a page labels: containers, and the inline elements bylines and credits sit in
_LABELLED = tuple(_BLOCKISH | {"span", "a", "address", "small", "em", "time", "b", "strong", "i"})
_DECK_TAGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
_AFTER_H1 = _DECK_TAGS | {"p", "h1"}  # the first of these after an h1 ends the look for its deck
_UNSEEN = object()
_PLAIN_TAGS = frozenset(("p", "h2", "h3", "h4", "h5", "h6"))
_PLAIN_MAX_CHARS = 300  # a label or a list item, not a paragraph of prose (HTML-002's blocks are short)
_LEAF_TEXT = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "div", "span")


@dataclass
class Page:
    """What one walk over the page found, for the filter after extraction."""

    linkish: set[str] = field(default_factory=set)  # link-dense blocks (as tokens)
    self_path: str = ""  # the page's own path: links to it are in-page anchors, not navigation
    containers: list[str] = field(default_factory=list)  # labelled boilerplate containers (as tokens)
    owners: dict[str, list[int]] = field(default_factory=dict)  # container tokens -> those containers
    boiler_hits: dict[str, int] = field(default_factory=dict)
    overlays: set[int] = field(default_factory=set)  # containers that are a pop-up over the page (HTML-060)
    leads: list[HtmlElement] = field(default_factory=list)
    captions: list[dict[str, str]] = field(default_factory=list)
    headlines: list[str] = field(default_factory=list)
    decks: set[str] = field(default_factory=set)  # headings set right under an h1 (as tokens): HTML-007
    button_heads: list[HtmlElement] = field(default_factory=list)  # a heading that is an accordion's button: HTML-059
    later_h1: list[str] = field(default_factory=list)  # the page's h1s after its first two (HTML-052)
    field_labels: set[str] = field(default_factory=set)  # a Drupal field's own label (as tokens): HTML-061
    bylines: list[str] = field(default_factory=list)
    paragraphs: int = 0  # the body's <p> elements
    # the page's <head>, <title> and <script> elements in page order, found in one walk: metadata,
    # JSON-LD and the page type read them (each lxml walk of a whole page costs ~0.1 ms)
    heads: list[HtmlElement] = field(default_factory=list)
    titles: list[HtmlElement] = field(default_factory=list)
    scripts: list[HtmlElement] = field(default_factory=list)
    # each labelled container (its index, element, tokens), whose inner blocks are read only when
    # an extracted block might be one of them (``owners_of``); then their tokens, once
    _held: list[tuple[int, HtmlElement, str]] = field(default_factory=list)
    _inner: dict[int, frozenset[str]] = field(default_factory=dict)
    _index: tuple[str, list[int], list[int]] | None = None
    _tokens: dict[HtmlElement, str] = field(default_factory=dict)
    _links: dict[HtmlElement, tuple[int, int] | None] = field(default_factory=dict)
    _hrefs: dict[str, bool] = field(default_factory=dict)
    # the walk's blocks, kept for ``plain_has``: read only when an extracted block is link-dense
    _walk: tuple[list[HtmlElement], list[str]] = field(default_factory=lambda: ([], []))
    _plain: set[str] | None = None

    def link_facts(self, a: HtmlElement, host: str) -> tuple[int, int] | None:
        """A link's characters of text, and those characters again if it leads into the site (else
        0); None for an in-page anchor or a link to the page itself, which are no links here."""
        href = a.get("href", "#")
        if href.startswith("#") or (self.self_path and _self_href(href, self.self_path)):
            return None
        n = chars(text_of(a))
        if not n:
            return (0, 0)
        inside = self._hrefs.get(href)
        if inside is None:  # href_internal, inline: ~140 links a page
            inside = self._hrefs[href] = is_internal(href, host)
        return (n, n if inside else 0)

    def is_internal(self, a: HtmlElement, host: str) -> bool:
        return self.href_internal(a.get("href", ""), host)

    def href_internal(self, href: str, host: str) -> bool:
        inside = self._hrefs.get(href)
        if inside is None:  # the same links (sections, tags, the home page) recur all over a page
            inside = self._hrefs[href] = is_internal(href, host)
        return inside

    def plain_has(self, tok: str) -> bool:
        """Whether the page also prints ``tok`` plain among the article's paragraphs: a short
        paragraph or heading with no link inside it or around it, in no labelled container, a child
        of a container holding three <p> or more (HTML-002): a label of the article that a menu
        also names ('<p><b>Dare to Play 3:</b></p>' beside the menu's link 'Dare to Play 3').

        Built once, when a link-dense block the extractor kept stands between two kept blocks.
        """
        plain = self._plain
        if plain is None:
            plain = self._plain = set()
            elems, tags = self._walk
            held = {elem for _, elem, _ in self._held}
            among: dict[HtmlElement, bool] = {}  # container -> it holds three <p> or more
            for e, tag in zip(elems, tags, strict=True):
                if tag not in _PLAIN_TAGS or next(e.iter("a"), None) is not None:
                    continue
                # set among the article's paragraphs, as HTML-019 reads a body container
                parent = e.getparent()
                if parent is None:
                    continue
                ok = among.get(parent)
                if ok is None:
                    ok = among[parent] = sum(1 for _ in parent.iterchildren("p")) >= 3
                if not ok:
                    continue
                text = text_of(e)
                if len(text) > _PLAIN_MAX_CHARS or not text.strip():
                    continue
                # not inside a link (a teaser card) or a container the page labels (HTML-004)
                if any(a.tag == "a" or a in held for a in e.iterancestors()):
                    continue
                plain.add(tokens(text))
        return tok in plain

    def owners_of(self, tok: str) -> set[int]:
        """The labelled containers holding a block whose text is ``tok`` (as tokens): the container
        itself, or one of its text blocks (p, li, headings, div, span...).

        A block's tokens stand inside its container's tokens (its text is a run of the
        container's, and lower-casing goes letter by letter except for a capital sigma), so only
        containers whose tokens hold ``tok``, or that have a sigma, are opened: most extracted
        blocks are in none, and most of a page's container blocks never need their tokens.
        """
        ids = set(self.owners.get(tok, ()))
        if not tok or not self._held:
            return ids
        if self._index is None:  # all containers' tokens in one string, searched once per block
            helds = [held for _, _, held in self._held]
            self._index = (
                "\x00".join(helds),
                list(accumulate(len(h) + 1 for h in helds)),
                [k for k, h in enumerate(helds) if "σ" in h or "ς" in h],
            )
        joined, ends, sigma = self._index
        found = set(sigma)
        pos = joined.find(tok)
        while pos >= 0:
            k = bisect_right(ends, pos)
            found.add(k)
            pos = joined.find(tok, ends[k])  # on from the next container
        for k in found:
            index, elem, _ = self._held[k]
            if index in ids:
                continue
            inner = self._inner.get(index)
            if inner is None:
                inner = self._inner[index] = frozenset(
                    t for sub in elem.iterdescendants(*_LEAF_TEXT) if (t := self.tokens_of(sub))
                )
            if tok in inner:
                ids.add(index)
        return ids

    def tokens_of(self, elem: HtmlElement) -> str:
        """An element's text as tokens, once per element (labelled containers nest)."""
        tok = self._tokens.get(elem)
        if tok is None:
            text = text_of(elem)
            tok = self._tokens[elem] = tokens(text) if text.strip() else ""
        return tok


_LATER_H1 = 3  # h1s after the first two read for HTML-052: a logo and a site's section name come first


def scan(tree: HtmlElement, host: str, hr: HtmlRules, self_path: str = "") -> Page:
    """One look at the page: headline, captions, labelled containers, leads, link-dense blocks."""
    page = Page(self_path=self_path.rstrip("/"))
    for el in tree.iter("head", "title", "script"):
        (page.heads if el.tag == "head" else page.titles if el.tag == "title" else page.scripts).append(el)
    body = tree.find("body")
    # one walk of the body for everything below: the elements read are few next to a walk
    elems = list(body.iter(*_LABELLED, "figcaption"))  # type: ignore[union-attr]
    tags = [e.tag for e in elems]  # (lxml makes a new string at every .tag)
    descriptions: set[str] | None = None
    for k in [k for k, tag in enumerate(tags) if tag == "h1"] if "h1" in tags else ():
        h1 = elems[k]
        if len(page.headlines) == 2:
            if len(page.later_h1) < _LATER_H1 and (text := squash(h1.text_content())):
                page.later_h1.append(text)
            continue
        if text := squash(h1.text_content()):
            page.headlines.append(text)
            deck = h1.getnext()
            while deck is not None and not isinstance(deck.tag, str):
                deck = deck.getnext()  # a comment between them
            if deck is not None and deck.tag in _DECK_TAGS and (tok := page.tokens_of(deck)):
                # the page's own summary, or a heading its class calls a deck ('deck', 'subtitle': HTML-022)
                if hr.parts_of(deck) & hr.not_lead:
                    page.decks.add(tok)
                else:
                    if descriptions is None:
                        descriptions = _descriptions(tree)
                    if tok in descriptions:
                        page.decks.add(tok)
            else:
                # not its next element: the first heading after it in page order, before any
                # paragraph, when its class calls it a deck (a header wrapper between them)
                i = k + 1
                while i < len(elems) and tags[i] not in _AFTER_H1:
                    i += 1
                if i < len(elems) and tags[i] in _DECK_TAGS and hr.parts_of(elems[i]) & hr.not_lead:
                    if tok := page.tokens_of(elems[i]):
                        page.decks.add(tok)
    if "figcaption" in tags:
        for cap in [e for e, tag in zip(elems, tags, strict=True) if tag == "figcaption"]:
            read_caption(cap, page.captions, hr)
            _boiler(cap, frozenset(("caption",)), page, hr)
        # not a labelled element: read as a caption only
        elems = [e for e, tag in zip(elems, tags, strict=True) if tag != "figcaption"]
        tags = [tag for tag in tags if tag != "figcaption"]
    page.paragraphs = tags.count("p")
    if hr.button_heads_words:
        page.button_heads = _button_headings(elems, tags, hr.button_heads_words)
    # block elements wrapped whole in one link (teaser cards): few, so found from the links that
    # hold elements (one walk; an XPath union './/a//p|.//a//div|...' walked the page per tag)
    # rather than by asking every block for its ancestors; each is judged by its nearest link
    wrapped = {}
    for link in body.iter("a"):  # type: ignore[union-attr]
        if len(link):
            for inner in link.iterdescendants(*LINK_TAGS):
                if inner not in wrapped:
                    a = next(inner.iterancestors("a"))
                    if not a.get("href", "#").startswith("#"):
                        wrapped[inner] = a
    labels, labels_of = hr.labels, hr.labels_of
    field_words = hr.field_label_words
    page._walk = (elems, tags)
    for e, tag in zip(elems, tags, strict=True):
        if tag in _LINK_TAGS and (tag != "div" or not any(c.tag in _BLOCKISH for c in e)):  # a div holding no blocks
            _link_block(e, wrapped.get(e), host, page, hr)
        get = e.get
        # labels_of(e), its cache read here (~550 elements a page); glued: a class such as 'authorbox' (HTML-024)
        cls = get("class")
        parts, glued = labels.get((cls, get("id"), get("itemprop"))) or labels_of(e)
        if field_words and cls and "label" in cls and _FIELD_LABEL.intersection(cls.split()):
            # the label Drupal's field template prints before a field's value ('Release Date:')
            if (tok := page.tokens_of(e)) and tok.count(" ") < field_words:
                page.field_labels.add(tok)
        if not parts:
            if (glued or get("rel") == "author" or (tag == "address" and hr.byline_lead.match(e.text_content()))) and (
                text := squash(e.text_content())
            ):
                if len(text.split()) <= hr.byline_max_words and not _aside_byline(e, hr):
                    page.bylines.append(text)
            continue
        if parts & hr.byline:
            text = squash(e.text_content())
            if len(text.split()) > hr.byline_max_words:  # 'Georg Quaas, 21. Jan. 2015' and a rating widget
                head = _DIGIT.split(text, 1)[0].strip()
                text = head if head.endswith((",", "|", "·", "•", "-", "–", "—")) else ""
            if text and len(text.split()) <= hr.byline_max_words and not _aside_byline(e, hr):
                page.bylines.append(text)
        if parts & hr.lead and not parts & hr.not_lead and tag in ("p", "div", "section", "h2", "h3"):
            page.leads.append(e)
        if parts & hr.boiler:
            _boiler(e, parts, page, hr)
    return page


_DIGIT = re.compile(r"\d")
# the class Drupal's field templates give a field's label: 'field-label' (Drupal 7), 'field__label' (8 and later)
_FIELD_LABEL = frozenset(("field-label", "field__label"))


def _button_headings(elems: list[HtmlElement], tags: list[str], min_words: int) -> list[HtmlElement]:
    """HTML-059: headings (h2 to h6) whose whole content is one <button> of ``min_words`` words or
    more: an accordion's question ('<h3 class="accordion-header"><button>How often should a boiler be
    serviced?</button></h3>', Bootstrap's FAQ markup), whose text extractors throw away with the
    button while they keep the answer under it."""
    found = []
    for e, tag in zip(elems, tags, strict=True):
        if tag not in _DECK_TAGS or len(e) != 1 or (e.text and not e.text.isspace()):
            continue
        button = e[0]
        if button.tag != "button" or (button.tail and not button.tail.isspace()):
            continue
        if len(button.text_content().split()) >= min_words:
            found.append(e)
    return found


_DESCRIPTION = frozenset(("description", "og:description", "twitter:description"))


def _descriptions(tree: HtmlElement) -> set[str]:
    """The page's declared summaries (its description meta tags), as tokens."""
    head = tree.find("head")
    found = set()
    for el in (head if head is not None else tree).iter("meta"):
        key = (el.get("property") or el.get("name") or "").strip().lower()
        if key in _DESCRIPTION and (tok := tokens(el.get("content") or "")):
            found.add(tok)
    return found


_NOT_BYLINE_TAGS = frozenset(("figure", "figcaption", "blockquote", "nav"))


def _aside_byline(e: HtmlElement, hr: HtmlRules) -> bool:
    """A name in a comment thread, a figure, a teaser or a quotation (HTML-026 not_byline): a
    commenter, a photographer, another story's writer, a quoted person."""
    for a in (e, *e.iterancestors()):
        if a.tag in ("body", "html"):
            break  # WordPress labels the body 'comments-open'
        if a.tag in _NOT_BYLINE_TAGS or ((a.get("class") or a.get("id")) and hr.words_of(a) & hr.not_byline):
            return True
    return False


def _boiler(e: HtmlElement, parts: frozenset[str], page: Page, hr: HtmlRules) -> None:
    tok = page.tokens_of(e)
    if not tok:
        return
    overlay = False
    if tok.count(" ") >= hr.boiler_max_words:
        # a long labelled container is a layout wrapper (HTML-004), unless it is a pop-up laid over
        # the page (a consent manager's panel runs to 1,000 words) holding none of the article (HTML-060)
        if not (parts & hr.overlay_words and _overlay(e)):
            return
        overlay = True
    for k in parts & hr.boiler:
        page.boiler_hits[k] = page.boiler_hits.get(k, 0) + 1
    index = len(page.containers)
    if overlay:
        page.overlays.add(index)
    page.containers.append(f" {tok} ")
    page.owners.setdefault(tok, []).append(index)
    page._held.append((index, e, tok))


_ARTICLE_TAGS = ("h1", "article", "main")


def _overlay(e: HtmlElement) -> bool:
    """HTML-060: a container outside the page's <article> and <main> that holds no h1, <article> or
    <main> and nothing the page marks as the article's body (itemprop articleBody): a pop-up's or a
    consent panel's own text, not a cookie banner whose unclosed <div> swallowed the page (the
    parser nests everything after it inside), nor an article's notes opened as a dialog."""
    if next(e.iterdescendants(*_ARTICLE_TAGS), None) is not None:
        return False
    if next(e.iterancestors("article", "main"), None) is not None:
        return False  # set in the article: its author notes or disclosures, opened as a dialog
    return not any(d.get("itemprop") == "articleBody" for d in e.iterdescendants("div", "section"))


def _to_self(a: HtmlElement, page: Page) -> bool:
    """A link to the page's own path (any query or fragment)."""
    return _self_href(a.get("href", ""), page.self_path)


def _self_href(href: str, self_path: str) -> bool:
    if not self_path or self_path not in href:
        return False  # the usual case, and a substring test costs nothing next to parsing the URL
    href = href.strip()
    path = urlsplit(href).path.rstrip("/") if href.startswith(("/", "http:", "https:", "//")) else None
    return path == self_path


def _link_block(e: HtmlElement, wrap: HtmlElement | None, host: str, page: Page, hr: HtmlRules) -> None:
    """Note a block whose text is mostly links into the site. ``wrap``: the link around the whole block.

    In-page anchors (tables of contents, footnotes) point at the article itself: not links here,
    whether written '#part' or '/this-article.html#part' (or the page's own path with a tracking
    query, as a teaser of the article itself in a carousel).
    """
    if wrap is not None:
        if _to_self(wrap, page):
            return
        text = text_of(e)
        linked = total = chars(text)
        internal = total if page.is_internal(wrap, host) else 0
    else:
        # blocks nest (a list in a div in a div): each link is judged once, then only summed
        links = page._links
        linked = internal = 0
        found = False
        for a in e.iter("a"):
            facts = links.get(a, _UNSEEN)
            if facts is _UNSEEN:
                facts = links[a] = page.link_facts(a, host)
            if facts is not None:
                found = True
                linked += facts[0]
                internal += facts[1]
        if not found:
            return
        text = text_of(e)
        total = chars(text)
    if not total or linked < hr.link_share * total or internal < hr.link_internal * linked:
        return
    if e.tag in ("ul", "ol"):
        if len(text.split()) > hr.list_max_words:
            return
        for li in e.iter("li"):
            tok = page.tokens_of(li)
            if tok and tok.count(" ") < hr.link_max_words:
                page.linkish.add(tok)
        return
    tok = tokens(text)
    if tok and tok.count(" ") < hr.link_max_words:
        page.linkish.add(tok)
