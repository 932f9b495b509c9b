"""Text to one lxml tree (every later step works on it), and the page's own site."""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import (
    HtmlComment,
    HtmlElement,
    HtmlElementClassLookup,
    HtmlEntity,
    HTMLParser,
    HtmlProcessingInstruction,
    document_fromstring,
)

from .errors import NoArticleError, PageTooDeepError

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_PARSER = HTMLParser(
    remove_comments=True, remove_pis=True, collect_ids=False, default_doctype=False, huge_tree=True
)
# lxml.html picks each element's Python class in a Python callback, once for every element a walk
# touches (ours and trafilatura's, on this tree and its copies: ~3,000 calls a page). The same
# classes (HtmlElement; FormElement, InputElement... by tag) chosen by lxml's own lookup in C.
_LOOKUP = etree.ElementNamespaceClassLookup(
    etree.ElementDefaultClassLookup(
        element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity
    )
)
_LOOKUP.get_namespace(None).update(HtmlElementClassLookup._default_element_classes)
_PARSER.set_element_class_lookup(_LOOKUP)


_DOCTYPE_SLASH = re.compile(r"^< ?! ?DOCTYPE[^>]*/[^<>]*>", re.IGNORECASE)
_SELF_CLOSED_HTML = re.compile(r"(<html.*?)\s*/>", re.IGNORECASE)
# characters XML cannot hold: left in the tree, they make trafilatura's output tree fail
NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def parse(text: str) -> HtmlElement:
    """Parse once; every later step (ours and trafilatura's) works on this tree."""
    text = _XML_DECL.sub("", text, count=1)  # lxml refuses str input that declares an encoding
    # the repairs trafilatura makes to a page it parses itself: a doctype libxml2 chokes on, a
    # self-closing <html/> (characters XML cannot hold are handled by extract, when they matter)
    nl = text.find("\n")
    if _DOCTYPE_SLASH.match(text, 0, nl if nl >= 0 else len(text)):  # on the first line, without copying the page
        first, _, rest = text.partition("\n")
        text = _DOCTYPE_SLASH.sub("", first, count=1) + "\n" + rest
    for line in text[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            text = _SELF_CLOSED_HTML.sub(r"\1>", text, count=1)
            break
    try:
        tree = document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError) as err:
        raise NoArticleError(f"page has no parseable HTML ({err})") from None
    # huge_tree lifts libxml2's 10 MB cap on one text node or attribute (pages that embed images
    # as data: URLs) and its 256-level depth cap; past 2,048 levels libxml2 still stops building
    # the tree and drops the rest of the page without an error: say so instead of losing it
    for entry in _PARSER.error_log:
        if entry.type_name == "ERR_RESOURCE_LIMIT" or "Excessive depth" in entry.message:
            raise PageTooDeepError(
                "page nests elements more than 2,048 levels deep: it cannot be parsed whole, "
                "and a part of it would be lost"
            )
    if tree is None or tree.find("body") is None:
        raise NoArticleError("page has no HTML body")
    return tree


def canonical_host(tree: HtmlElement) -> str:
    """The site of the page's canonical URL (or og:url), for telling its own links from others."""
    for link in tree.iterfind(".//head/link[@rel='canonical']"):
        if host := host_of(link.get("href")):
            return host
    for meta in tree.iterfind(".//head/meta[@property='og:url']"):
        if host := host_of(meta.get("content")):
            return host
    return ""


_HOST = re.compile(r"(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//([^/?#:]+)")


def host_of(url: str | None) -> str:
    if not url:
        return ""
    m = _HOST.match(url.strip())
    if not m:
        return ""
    host = m.group(1).lower()
    return host[4:] if host.startswith("www.") else host


def is_internal(href: str, host: str) -> bool:
    """A link to the page's own site (relative links included)."""
    href = href.lstrip()
    if not href.startswith(("http:", "https:", "//")):
        return not href.lower().startswith(("mailto:", "javascript:", "tel:"))
    h = host_of(href)
    return bool(host) and (h == host or h.endswith("." + host) or host.endswith("." + h))
