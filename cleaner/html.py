"""HTML front end: a web page to the same CleanedArticle that ``clean_text`` returns.

The page is decoded and parsed once (lxml); everything afterwards works on that one tree:
our own look at the page's structure (headline, byline, figure captions, declared language),
trafilatura's main-text extraction and metadata, and a last structural filter over trafilatura's
output blocks. The extracted text then goes through the text engine, so the HTML path benefits
from every text rule; the HTML facts fill the metadata fields the text engine could not.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

from lxml import etree
from lxml.html import HtmlElement, HTMLParser, document_fromstring

from .article import Caption, CleanedArticle
from .errors import InputError
from .passes.shapes import date_stamp

__all__ = [
    "HtmlDecodeError",
    "HtmlExtraction",
    "NoArticleError",
    "clean_html",
    "decode_html",
    "extract",
]


class HtmlDecodeError(InputError):
    """The bytes are not text in any encoding we can recognise (binary data, or garbage)."""

    default_kind = "encoding"


class NoArticleError(InputError):
    """The page decodes and parses, but holds no article text to extract."""

    default_kind = "no-article"


# ---------------------------------------------------------------------------------------------
# decoding


# WHATWG encoding labels that Python spells differently or that browsers treat as a superset.
_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "windows-1252": "cp1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "big5": "big5hkscs",
    "utf8": "utf-8",
    "unicode": "utf-16",
    "x-user-defined": "cp1252",
}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9._:\-]+)|<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9._\-]+)""",
    re.IGNORECASE,
)
# C0 controls other than tab, newline, carriage return and form feed: never in a real page.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _codec(label: str | bytes) -> str | None:
    """A Python codec for an encoding label, or None if the label names nothing we know."""
    if isinstance(label, bytes):
        label = label.decode("ascii", "ignore")
    label = label.strip().strip("\"'").lower()
    label = _ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _ALIASES.get(name, name) if name in ("latin-1", "iso8859-1", "ascii") else name


def _declared(data: bytes) -> str | None:
    m = _META_CHARSET.search(data, 0, 4096) or _META_CHARSET.search(data, 0, 32768)
    if not m:
        return None
    return _codec(m.group(1) or m.group(2))


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 without a BOM shows as NUL in every other byte of ASCII markup."""
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _looks_binary(text: str) -> bool:
    if not text.strip():
        return False
    sample = text[:20000]
    bad = len(_CONTROL.findall(sample)) + sample.count("\ufffd")
    return bad > max(8, len(sample) // 50)


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode a page's bytes; return the text and the encoding used.

    Order: byte-order mark, the page's own declaration (meta charset, http-equiv, XML prolog),
    strict UTF-8, then statistical detection, then cp1252. A declaration that does not decode
    cleanly is ignored rather than trusted, since pages often lie about their encoding.
    Raises HtmlDecodeError when the result is not text (binary files, random bytes).
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(name), name
            except UnicodeDecodeError:
                break
    guess = _utf16_without_bom(data[:512])
    declared = None if guess else _declared(data)
    if declared and declared.startswith(("utf-16", "utf-32")):
        declared = None  # a page read as bytes without a BOM was not saved as UTF-16 after all
    # Strict UTF-8 goes before the declaration: valid UTF-8 with non-ASCII bytes is almost never
    # anything else, while "iso-8859-1" declared over UTF-8 bytes is common.
    for name in dict.fromkeys(n for n in (guess, "utf-8", declared) if n):
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        if _looks_binary(text):
            raise HtmlDecodeError(f"input looks like binary data, not an HTML page (decoded as {name})")
        return text, name
    detected = _detect(data)
    if detected:
        try:
            text = data.decode(detected)
            if not _looks_binary(text):
                return text, detected
        except (UnicodeDecodeError, LookupError):
            pass
    text = data.decode("cp1252", "replace")
    if _looks_binary(text):
        raise HtmlDecodeError("input is not text in any recognisable encoding; is it an HTML page?")
    return text, "cp1252"


def _detect(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - trafilatura depends on it
        return None
    best = from_bytes(data[:200_000]).best()
    if best is None:
        return None
    return _codec(best.encoding)


# ---------------------------------------------------------------------------------------------
# parsing


_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_PARSER = HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False, default_doctype=False)


_DOCTYPE_SLASH = re.compile(r"^< ?! ?DOCTYPE[^>]*/[^<>]*>", re.IGNORECASE)
_SELF_CLOSED_HTML = re.compile(r"(<html.*?)\s*/>", re.IGNORECASE)
# characters XML cannot hold: left in the tree, they make trafilatura's output tree fail
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _parse(text: str) -> HtmlElement:
    """Parse once; every later step (ours and trafilatura's) works on this tree."""
    text = _XML_DECL.sub("", text, count=1)  # lxml refuses str input that declares an encoding
    # the repairs trafilatura makes to a page it parses itself: a doctype libxml2 chokes on, a
    # self-closing <html/> (characters XML cannot hold are handled by extract, when they matter)
    first, _, rest = text.partition("\n")
    if _DOCTYPE_SLASH.match(first):
        text = _DOCTYPE_SLASH.sub("", first, count=1) + "\n" + rest
    for line in text[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            text = _SELF_CLOSED_HTML.sub(r"\1>", text, count=1)
            break
    try:
        tree = document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError) as err:
        raise NoArticleError(f"page has no parseable HTML ({err})") from None
    if tree is None or tree.find("body") is None:
        raise NoArticleError("page has no HTML body")
    return tree


def _canonical_host(tree: HtmlElement) -> str:
    """The site of the page's canonical URL (or og:url), for telling its own links from others."""
    for link in tree.iterfind(".//head/link[@rel='canonical']"):
        if host := _host(link.get("href")):
            return host
    for meta in tree.iterfind(".//head/meta[@property='og:url']"):
        if host := _host(meta.get("content")):
            return host
    return ""


# ---------------------------------------------------------------------------------------------
# result


@dataclass
class HtmlExtraction:
    """What the HTML layer found: the main text (paragraphs separated by blank lines) and facts.

    ``blocks`` lists every block this layer took out of trafilatura's output (or, for HTML-LEAD and
    HTML-CONTINUATION, put into it), each with its rule, so the HTML path keeps the text engine's
    promise that nothing is lost silently.
    """

    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    sitename: str | None = None
    language: str | None = None
    url: str | None = None
    captions: list[dict[str, str]] = field(default_factory=list)
    encoding: str | None = None
    blocks: list[dict[str, str]] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------
# reading the page's structure (one walk over the tree)

_WORD = re.compile(r"\w+")

# Containers a page labels as not-the-article, by the words of their class, id or itemprop
# (split at hyphens, underscores and camelCase).
BOILER_KEYWORDS = frozenset(
    """related recommend recommended recommendations newsletter subscribe subscription signup promo
    sponsor sponsored advert advertisement ad ads disclosure disclaimer copyright credit credits caption
    byline breadcrumb breadcrumbs cta author footer donate donation share meta""".split()
)
BOILER_MAX_WORDS = 250  # a container this long is a layout wrapper, whatever its name says
# The article's own lead ("teaser", "intro", "chapo"), as opposed to a display deck or a caption.
LEAD_KEYWORDS = frozenset("lead intro teaser excerpt abstract preface chapo standfirst".split())
NOT_LEAD = frozenset("dek deck subtitle subhead subheadline caption credit summary".split())
_CREDIT_PARTS = frozenset("credit credits copyright source photographer author byline attribution".split())
_BYLINE_PARTS = frozenset("byline author".split())
_ALL_KEYWORDS = BOILER_KEYWORDS | LEAD_KEYWORDS | NOT_LEAD | _CREDIT_PARTS
_PARTS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")

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


def _alnum(text: str) -> int:
    return sum(map(len, _WORD.findall(text)))


def _tokens(text: str) -> str:
    """Text as lower-case word tokens: the form page text and extracted text are compared in."""
    return " ".join(_WORD.findall(text.lower()))


def _squash(text: str) -> str:
    return " ".join(text.split())


_PARTS_CACHE: dict[str, frozenset[str]] = {}
_NOTHING: frozenset[str] = frozenset()


def _parts(elem: HtmlElement) -> frozenset[str]:
    """The words of an element's class, id and itemprop that mean something to us."""
    cls, eid, prop = elem.get("class"), elem.get("id"), elem.get("itemprop")
    if cls is None and eid is None and prop is None:
        return _NOTHING
    joined = f"{cls} {eid} {prop}"
    found = _PARTS_CACHE.get(joined)
    if found is None:  # class strings repeat across a page and across a site's pages
        found = frozenset(map(str.lower, _PARTS.findall(joined))) & _ALL_KEYWORDS
        if len(_PARTS_CACHE) > 100_000:
            _PARTS_CACHE.clear()
        _PARTS_CACHE[joined] = found
    return found


def _host(url: str | None) -> str:
    if not url:
        return ""
    m = re.match(r"(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//([^/?#:]+)", url.strip())
    if not m:
        return ""
    host = m.group(1).lower()
    return host[4:] if host.startswith("www.") else host


def _internal(href: str, host: str) -> bool:
    """A link to the page's own site (relative links included)."""
    href = href.lstrip()
    if not href.startswith(("http:", "https:", "//")):
        return not href.lower().startswith(("mailto:", "javascript:", "tel:"))
    h = _host(href)
    return bool(host) and (h == host or h.endswith("." + host) or host.endswith("." + h))


@dataclass
class _Page:
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
            tok = self._tokens[elem] = _tokens(text) if text.strip() else ""
        return tok


def _scan(tree: HtmlElement, host: str) -> _Page:
    """One look at the page: headline, captions, labelled containers, leads, link-dense blocks."""
    page = _Page()
    body = tree.find("body")
    for h1 in body.iter("h1"):  # type: ignore[union-attr]
        if text := _squash(h1.text_content()):
            page.headlines.append(text)
            if len(page.headlines) == 2:
                break
    for cap in body.iter("figcaption"):  # type: ignore[union-attr]
        _caption(cap, page.captions)
        _boiler(cap, frozenset(("caption",)), page)
    for e in body.iter(*_LABELLED):  # type: ignore[union-attr]
        parts = _parts(e)
        if not parts:
            if e.get("rel") == "author" and (text := _squash(e.text_content())):
                page.bylines.append(text)
            continue
        if parts & _BYLINE_PARTS:
            text = _squash(e.text_content())
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


def _boiler(e: HtmlElement, parts: frozenset[str], page: _Page) -> None:
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


def _chars(text: str) -> int:
    """Characters other than spaces and line breaks (a cheap measure of how much text)."""
    return len(text) - text.count(" ") - text.count("\n") - text.count("\t")


def _link_block(e: HtmlElement, host: str, page: _Page) -> None:
    # in-page anchors (tables of contents, footnotes) point at the article itself: not links here
    wrap = next(e.iterancestors("a"), None)  # a teaser card: the whole block inside one link
    if wrap is not None and not wrap.get("href", "#").startswith("#"):
        links = [wrap]
    else:
        links = [a for a in e.iter("a") if not a.get("href", "#").startswith("#")]
    if not links:
        return
    text = e.text_content()
    total = _chars(text)
    linked = internal = 0
    for a in links:
        n = total if a is wrap else _chars(a.text_content())
        linked += n
        if n and _internal(a.get("href", ""), host):
            internal += n
    if not total or linked < LINK_SHARE * total or internal < LINK_INTERNAL * linked:
        return
    if e.tag in ("ul", "ol"):
        if len(text.split()) > _LIST_MAX_WORDS:
            return
        for li in e.iter("li"):
            tok = _tokens(li.text_content())
            if tok and tok.count(" ") < LINK_MAX_WORDS:
                page.linkish.add(tok)
        return
    tok = _tokens(text)
    if tok and tok.count(" ") < LINK_MAX_WORDS:
        page.linkish.add(tok)


_COPYRIGHT = re.compile(r"\s*(?:©|\(c\)|copyright\b)\s*(.+?)\s*$", re.IGNORECASE)


def _caption(cap: HtmlElement, out: list[dict[str, str]]) -> None:
    """A <figcaption> as caption text and photo credit (a credit element, or a © notice)."""
    full = _squash(cap.text_content())
    if not full or any(c["full"] == full for c in out):
        return
    credit = ""
    for sub in cap.iterdescendants():
        if isinstance(sub.tag, str) and (sub.tag in ("small", "cite") or _parts(sub) & _CREDIT_PARTS):
            credit = _squash(sub.text_content())
            if credit:
                break
    text = full
    if credit and full.endswith(credit):
        text = full[: -len(credit)].rstrip()
    elif not credit and (m := _COPYRIGHT.search(full)) and m.start() > 0:
        text, credit = full[: m.start()].rstrip(), m.group(1)
    out.append({"text": text, "credit": credit, "full": full})


# ---------------------------------------------------------------------------------------------
# trafilatura's output, as blocks, and the filter over them

TITLE_WINDOW = 3  # a repeated headline comes within the first blocks, if at all
LABEL_MAX_WORDS = 6
ORPHAN_END = True
_SENTENCE_END = tuple('.!?…"”»)')
# The filter's rules, by name: the bench switches them to measure each one.
ENABLED = {"links", "title", "boiler", "orphan", "lead", "chunks", "dates"}


@dataclass(slots=True)
class _Unit:
    """One block of trafilatura's output: a paragraph, heading, list item, table..."""

    elem: Any
    text: str
    tag: str
    words: int = 0
    drop: str | None = None


def _units(body: Any) -> list[_Unit]:
    units: list[_Unit] = []
    for child in body:
        members = [item for item in child if item.tag == "item"] if child.tag == "list" else [child]
        for elem in members or [child]:
            text = _squash("".join(elem.itertext()))
            units.append(_Unit(elem=elem, text=text, tag=elem.tag, words=len(text.split())))
    return units


def _title_forms(titles: list[str]) -> set[str]:
    forms: set[str] = set()
    for t in titles:
        forms.add(_tokens(t))
        for part in re.split(r"\s+[|\-–—:·•»]+\s+", t):
            if len(part.split()) >= 3:
                forms.add(_tokens(part))
    forms.discard("")
    return forms


def _is_title(tok: str, forms: set[str]) -> bool:
    if tok in forms:
        return True
    for f in forms:
        shorter, longer = (tok, f) if len(tok) <= len(f) else (f, tok)
        if len(shorter) >= 0.8 * len(longer) and shorter in longer:
            return True
    return False


def _is_date_line(u: _Unit) -> bool:
    """A block that is only a date or timestamp (a dateline or timestamp element): metadata, not prose."""
    return date_stamp(u.text, u.words)


def _is_label(u: _Unit) -> bool:
    """A heading, or a short paragraph that does not end a sentence: a label, not prose."""
    if u.tag == "head":
        return u.words <= 2 * LABEL_MAX_WORDS
    return (
        u.tag == "p"
        and u.words <= LABEL_MAX_WORDS
        and (not u.text.endswith(_SENTENCE_END) or u.text.endswith(("...", "…")))
    )


def _filter(units: list[_Unit], titles: list[str], page: _Page) -> None:
    """Mark the blocks of trafilatura's output that are not article text.

    Every rule is structural and language-neutral: the repeated headline, blocks the page showed
    as link-dense or inside a container it labels as boilerplate, and labels left introducing
    nothing. Link density is measured on the page, not on trafilatura's output: there links are
    still links, and trafilatura's own link-density tests saw the page whole.
    """
    forms = _title_forms(titles)
    seen = 0
    for u in units:
        if not u.text:
            continue
        tok = _tokens(u.text)
        if "title" in ENABLED and seen < TITLE_WINDOW and tok and _is_title(tok, forms):
            u.drop = "HTML-TITLE"
            continue
        seen += 1
        if "links" in ENABLED and tok in page.linkish:
            u.drop = "HTML-LINK-BLOCK"
        elif "dates" in ENABLED and _is_date_line(u):
            u.drop = "HTML-DATE-LINE"
    if "boiler" in ENABLED and page.containers:
        _drop_boilerplate(units, page)
    if "orphan" not in ENABLED:
        return
    # A label introducing only what was just dropped ("Related stories", "Read more:"), or
    # closing the page with nothing to introduce, goes with it.
    following: _Unit | None = None
    for u in reversed(units):
        if not u.text:
            continue
        if not u.drop and _is_label(u):
            if following is None:
                orphan = ORPHAN_END
            else:
                orphan = bool(following.drop) and following.drop != "HTML-ORPHAN-LABEL"
            if orphan:
                u.drop = "HTML-ORPHAN-LABEL"
        following = u


WRAPPER_SHARE = 0.3  # a "boilerplate" container holding this much of the text wraps the article


def _drop_boilerplate(units: list[_Unit], page: _Page) -> None:
    """Drop the blocks that sit in a container the page labels as boilerplate.

    A label can sit on the article's own wrapper (WordPress puts "tag-..." and "category-..."
    classes on the post), so a container holding a large share of the extracted text is taken
    for a wrapper and ignored, whatever its name.
    """
    owners: list[set[int]] = []
    coverage: dict[int, int] = {}
    total = 0
    joined = "\x00".join(page.containers)  # one string to search, each container padded with spaces
    starts = list(accumulate(len(c) + 1 for c in page.containers))
    for u in units:
        ids: set[int] = set()
        if u.text and not u.drop:
            tok = _tokens(u.text)
            ids.update(page.owners.get(tok, ()))
            if tok.count(" ") >= 3:
                padded = f" {tok} "
                pos = joined.find(padded)
                while pos >= 0:
                    ids.add(bisect_right(starts, pos))
                    pos = joined.find(padded, pos + 1)
            total += u.words
            for i in ids:
                coverage[i] = coverage.get(i, 0) + u.words
        owners.append(ids)
    wrappers = {i for i, words in coverage.items() if words > WRAPPER_SHARE * total}
    for u, ids in zip(units, owners, strict=True):
        if ids - wrappers:
            u.drop = "HTML-BOILERPLATE"


def _render(body: Any, units: list[_Unit]) -> str:
    """The kept blocks as text, one blank line between blocks, list items one per line."""
    from trafilatura.xml import xmltotxt

    for u in units:
        if u.drop and (parent := u.elem.getparent()) is not None:
            parent.remove(u.elem)
    blocks = []
    for child in body:
        if child.tag == "list" and not len(child):
            continue
        text = xmltotxt(child, False).strip()
        if text:
            blocks.append(text)
    return unicodedata.normalize("NFC", "\n\n".join(blocks))


LEAD_WORDS = (12, 150)
LEAD_GAP = 1000  # characters of page text between the lead and the body's first paragraph


def _lead(tree: HtmlElement, leads: list[HtmlElement], body_text: str) -> str | None:
    """The article's lead paragraph, when trafilatura left it out.

    Sites mark their lead ("teaser", "intro", "chapo") and often keep it outside the container
    trafilatura takes for the body. It is taken only when it is prose sitting right before the
    body's first paragraph, outside any figure, so a teaser of another article, a display deck or a
    caption is not mistaken for it.
    """
    if not leads:
        return None
    first = _squash(body_text.split("\n\n", 1)[0])[:60]
    page = _squash(tree.find("body").text_content())  # type: ignore[union-attr]
    fpos = page.find(first)
    if fpos < 0:
        return None
    flat = _squash(body_text)
    best = None
    for el in leads:
        text = _squash(el.text_content())
        if not LEAD_WORDS[0] <= len(text.split()) <= LEAD_WORDS[1] or not text.endswith(_SENTENCE_END):
            continue
        if text[:60] in flat or any(
            a.tag in ("figure", "figcaption") or _parts(a) & NOT_LEAD for a in el.iterancestors()
        ):
            continue
        pos = page.find(text[:60])
        if 0 <= pos < fpos and fpos - pos < LEAD_GAP:
            best = text
    return best


# ---------------------------------------------------------------------------------------------
# language

# A handful of frequent function words per language: enough to tell Latin-script languages apart
# on a paragraph or two, and far cheaper than a statistical model.
_STOPWORDS = {
    "en": """the and of to in is that for it with was on as are be this by have from at not but they
        his you he we were which their been has""",
    "de": """der die und das ist nicht ein eine zu den mit von sich auf für dem des auch es im sie wir
        ich werden wird nach bei aus oder wie nur noch""",
    "fr": """le la les et des est une du que dans pour qui pas sur au avec ce il elle sont par plus
        nous vous ont été aux cette mais""",
    "es": """el los las y que en una es por con para del se al lo como más pero sus fue ha este esta
        también muy hay""",
    "it": """il che di è per con non del della gli sono nel alla anche come ma più dei delle questo
        essere stato ha""",
    "pt": """os que do da em um uma para com não por na no dos das mais foi ao é são seu sua também
        pelo pela""",
    "nl": """het een en van is dat op te niet zijn met voor die er maar ook als bij aan wordt hij ze
        dit worden naar""",
    "pl": """w nie na się z do że to jest jak ale po od za przez czy tak dla już jego jej są był było
        oraz""",
    "sv": "och att det som är en på för med av den till inte har om ett var de jag men kan också",
    "da": "og at det som er en på for med af den til ikke har om et var de jeg men kan også være",
    "no": "og at det som er en på for med av den til ikke har om et var de jeg men kan også være ble",
    "fi": "ja on ei se että oli hän mutta kun myös ovat tai sekä joka mukaan vain nyt",
    "cs": "a se na je že v to do jsou by ale jak pro který která také jako jeho být",
    "tr": "ve bir bu da de için ile olarak daha çok en gibi olan ama kadar sonra",
    "hu": "a az és hogy nem is egy de meg van csak már volt mint ez azt",
    "ro": "și de la în că nu cu pe o din un este care pentru mai sunt fost sau",
    "id": "dan yang di ini itu dengan untuk tidak dari dalam akan pada juga ke ada",
}
_LANGS_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in _STOPWORDS.items():
    for _w in _words.split():
        _LANGS_OF[_w] = (*_LANGS_OF.get(_w, ()), _lang)
_LANG_ATTR = re.compile(r"^\s*([a-zA-Z]{2,3})(?:[-_]|$)")


def _declared_language(tree: HtmlElement) -> str | None:
    """The page's own claim: <html lang>, Content-Language, og:locale (first one given)."""
    for value in (tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang")):
        if value and (m := _LANG_ATTR.match(value)):
            return m.group(1).lower()
    head = tree.find("head")
    if head is not None:
        for meta in head.iter("meta"):
            key = (meta.get("http-equiv") or meta.get("property") or meta.get("name") or "").lower()
            if key in ("content-language", "og:locale", "language", "dc.language"):
                value = meta.get("content") or ""
                if m := _LANG_ATTR.match(value):
                    return m.group(1).lower()
    return None


_SCRIPTS = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
)
_NON_LATIN = re.compile(r"[^\x00-\u024f]")
_LATIN_LETTER = re.compile(r"[^\W\d_]")


def _script_language(text: str) -> str | None:
    """Languages told by their script alone (where function words cannot be split out by spaces)."""
    sample = text[:4000]
    if len(_NON_LATIN.findall(sample)) < 20:
        return None
    counts = {lang: len(rx.findall(sample)) for lang, rx in _SCRIPTS}
    latin = len(_LATIN_LETTER.findall(sample)) - sum(counts.values())
    if counts["ja"] and counts["ja"] + counts["zh"] > latin:
        return "ja"  # kana: Japanese, even when most characters are kanji
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] >= 20 and counts[best] > latin else None


def detect_language(text: str, declared: str | None = None) -> str | None:
    """The language of the article text: its script, else its function words, else the page's claim.

    The text decides over the page's ``lang`` attribute, which templates often leave at a
    default; the claim only settles what the text cannot (too short, too close to call).
    """
    script = _script_language(text)
    if script:
        return script
    words = _WORD.findall(text[:3000].lower())
    if len(words) >= 20:
        counts = dict.fromkeys(_STOPWORDS, 0)
        for w in words:
            for lang in _LANGS_OF.get(w, ()):
                counts[lang] += 1
        ranked = sorted(counts, key=counts.__getitem__, reverse=True)
        best, second = counts[ranked[0]], counts[ranked[1]]
        if best >= 0.12 * len(words) and best >= 1.25 * second:
            return ranked[0]
        if declared in ranked[:2]:
            return declared
    return declared


# ---------------------------------------------------------------------------------------------
# metadata

_BY = re.compile(r"^(?:by|von|par|por|di|door|af|av|da|de|from)\s+", re.IGNORECASE)


def _metadata(tree: HtmlElement, url: str | None, page: _Page) -> Any:
    """trafilatura's metadata readers, minus the costly ones the page's structure answers better.

    Meta tags and JSON-LD come from trafilatura; the title falls back to the page's <h1>, the
    author to its byline element, and the date search skips htmldate's full-text scan.
    """
    from trafilatura.metadata import examine_meta, extract_meta_json, extract_sitename

    meta = examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None  # a one-word "author" is a handle or the site, not a person
    try:
        meta = extract_meta_json(tree, meta)
    except Exception:  # trafilatura's JSON-LD reader is lenient but not bug-free
        pass
    if not meta.title and page.headlines:
        meta.title = page.headlines[0]
    if not meta.author and page.bylines:
        meta.author = _BY.sub("", page.bylines[0]).strip() or None
    if not meta.sitename:
        meta.sitename = extract_sitename(tree)
    meta.date = _date(tree, url or meta.url)
    return meta


def _date(tree: HtmlElement, url: str | None) -> str | None:
    from htmldate import find_date

    try:
        return find_date(tree, url=url, original_date=True, extensive_search=False)
    except Exception:  # htmldate reads arbitrary markup; a failure there is no reason to lose the article
        return None


# ---------------------------------------------------------------------------------------------
# extraction


CHUNK_MIN_PARAGRAPHS = 3  # prose paragraphs a sibling chunk must add to count as the article's continuation
_PROSE_WORDS = 20


def _continuation(tree: HtmlElement, body_text: str, page: _Page) -> list[str]:
    """Paragraphs of the article's later chunks, when the page splits its body into siblings.

    Some sites cut the article into several containers of the same class (ad slots go between
    them) and trafilatura keeps only the first. Sibling containers of the same tag and class as
    the one holding the extracted text, adding several prose paragraphs, are the same article.
    """
    first = next((b for b in body_text.split("\n\n") if len(b.split()) >= _PROSE_WORDS), None)
    if first is None:
        return []
    key = _squash(first)[:50]
    body = tree.find("body")
    src = next((p for p in body.iter("p") if key in _squash(p.text_content())), None)  # type: ignore[union-attr]
    if src is None:
        return []
    flat = _squash(body_text)
    node = src.getparent()
    for _ in range(2):
        if node is None or node.getparent() is None:
            break
        cls = node.get("class")
        if cls:
            extra = []
            for sib in node.itersiblings():
                if sib.tag != node.tag or sib.get("class") != cls or _parts(sib) & BOILER_KEYWORDS:
                    continue
                for par in sib.iter("p"):
                    text = _squash(par.text_content())
                    if len(text.split()) >= _PROSE_WORDS and text[:50] not in flat:
                        extra.append(text)
            if len(extra) >= CHUNK_MIN_PARAGRAPHS:
                return extra
        node = node.getparent()
    return []


# trafilatura's fast mode skips its readability/jusText cross-check: ~10% quicker, but it costs
# trafilatura-eval recall (0.935 -> 0.930 measured), so the check stays on.
FAST = False
MIN_WORDS, MIN_CHARS = 5, 30  # below both, what was extracted is no article


def extract(html: str | bytes, url: str | None = None) -> HtmlExtraction:
    """Extract the main text and the page's facts; raises HtmlDecodeError or NoArticleError."""
    if isinstance(html, bytes | bytearray):
        text, encoding = decode_html(bytes(html))
        size = {"bytes": len(html)}
    elif isinstance(html, str):
        text, encoding = html, None
        size = {"chars": len(html)}
    else:
        raise InputError(f"clean_html expects str or bytes, got {type(html).__name__}")
    if not text.strip():
        raise NoArticleError("page is empty")
    try:
        return _extract(text, url, encoding, size)
    except _NotXml:
        return _extract(_NOT_XML.sub("", text), url, encoding, size)


class _NotXml(Exception):
    """trafilatura built no tree: the page may hold characters XML cannot (rare; checked only then)."""


def _extract(text: str, url: str | None, encoding: str | None, size: dict[str, int]) -> HtmlExtraction:
    import trafilatura

    tree = _parse(text)
    page = _scan(tree, _host(url) or _canonical_host(tree))
    meta = _metadata(tree, url, page)
    declared = _declared_language(tree)
    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        favor_recall=True,
        fast=FAST,
        include_comments=False,
        include_tables=True,
        with_metadata=False,
    )
    if doc is None or doc.body is None or not len(doc.body):
        if _NOT_XML.search(text):
            raise _NotXml
        raise NoArticleError("no article text found on the page")
    units = _units(doc.body)
    title = _squash(meta.title) if meta.title else None
    _filter(units, [t for t in (title, *page.headlines) if t], page)
    body_text = _render(doc.body, units)
    if len(body_text.split()) < MIN_WORDS and _alnum(body_text) < MIN_CHARS:
        # "Please enable JavaScript.": what is left of an app shell or an error page is no article
        raise NoArticleError("no article text found on the page")
    blocks = [{"rule": u.drop, "text": u.text} for u in units if u.drop]
    if "chunks" in ENABLED and (more := _continuation(tree, body_text, page)):
        body_text = "\n\n".join([body_text, *more])
        blocks.extend({"rule": "HTML-CONTINUATION", "text": t} for t in more)  # added: logged all the same
    if "lead" in ENABLED and (lead := _lead(tree, page.leads, body_text)):
        body_text = f"{lead}\n\n{body_text}"
        blocks.append({"rule": "HTML-LEAD", "text": lead})  # added: logged all the same
    language = detect_language(body_text, declared)
    result = HtmlExtraction(
        text=body_text,
        title=title,
        authors=[a.strip() for a in (meta.author or "").split(";") if a.strip()],
        date=meta.date,
        sitename=meta.sitename,
        language=language,
        url=url or meta.url,
        captions=[{"text": c["text"], "credit": c["credit"]} for c in page.captions],
        encoding=encoding,
        blocks=blocks,
    )
    result.facts = {
        "encoding": encoding,
        **size,
        "parser": "lxml",
        "extractor": f"trafilatura {trafilatura.__version__}",
        "declared_language": declared,
        "boilerplate_containers": dict(sorted(page.boiler_hits.items())),
        "blocks": blocks,
    }
    return result


def clean_html(html: str | bytes, *, url: str | None = None, rules: Any = None) -> CleanedArticle:
    """Clean one web page: extract its article, run the text engine on it, add what the page knew.

    The text engine runs in the page's language, so a page in a language without a rule pack
    gets only the language-neutral passes ("und" when the language cannot be told). Metadata the
    text engine found wins; the page's own facts (title, authors, figure captions) fill what it
    left empty, and the URL, site name, publication date, language and HTML facts are the page's.
    Raises HtmlDecodeError (bytes that are not text) or NoArticleError (no article on the page).
    """
    from .pipeline import clean
    from .rules import resolve

    ex = extract(html, url=url)
    article = clean(
        ex.text,
        resolve(rules),
        language=ex.language or "und",
        source_name=ex.url,
        known_title=ex.title or "",
        structured=True,
    )
    m = article.metadata
    if not m.title and ex.title:
        m.title = ex.title
    if not m.authors and ex.authors:
        m.authors = list(ex.authors)
    known = {c.text for c in m.captions}
    for cap in ex.captions:
        if cap["text"] and cap["text"] not in known:
            m.captions.append(Caption(text=cap["text"], credit=cap["credit"]))
            known.add(cap["text"])
    m.language = ex.language
    m.url = ex.url
    m.sitename = ex.sitename
    m.date = ex.date
    m.html = ex.facts
    return article
