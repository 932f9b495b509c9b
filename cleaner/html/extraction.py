"""A page to its main text and facts: decode, parse once, scan, trafilatura, filter, recover."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ..errors import InputError
from .cards import drop_cards, drop_templates
from .decode import decode_html
from .errors import NoArticleError
from .filter import filter_units, render, units_of
from .hyphens import SHY, put_back
from .language import declared_language, detect_language
from .metadata import declared as page_declared
from .metadata import page_authors, page_title, read_metadata, section_names
from .pagetype import page_type
from .parse import NOT_XML, canonical_host, host_of, parse
from .prune import prune
from .recover import between_paragraphs, continuation, embedded_posts, find_lead, find_opening, insert_after
from .rules import HtmlRules, html_rules
from .scan import scan
from .text import alnum, squash, text_of
from .widen import widen


@dataclass
class HtmlExtraction:
    """What the HTML layer found: the main text (paragraphs separated by blank lines) and facts.

    ``blocks`` lists every block this layer took out of trafilatura's output (or, for HTML-010 and
    HTML-011, put into it), each with its rule and where it was on the page, so the HTML path keeps
    the text engine's promise that nothing is lost silently.
    """

    text: str
    title: str | None = None
    body_title: str | None = None  # the declared title the body's headline repeat was judged by (HTML-001)
    fallback_title: str | None = None  # the page's <title> without the site's name, for a page with no title
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    sitename: str | None = None
    language: str | None = None
    url: str | None = None
    captions: list[dict[str, str]] = field(default_factory=list)
    encoding: str | None = None
    protected: frozenset[str] = frozenset()  # lines of preformatted text and tables (HTML-014)
    blocks: list[dict[str, Any]] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)


# trafilatura's fast mode skips its readability/jusText cross-check: ~10% quicker, but it costs
# trafilatura-eval recall (0.935 -> 0.930 measured), so the check stays on.
FAST = False


def extract(html: str | bytes, url: str | None = None, rules: Any = None) -> HtmlExtraction:
    """Extract the main text and the page's facts; raises HtmlDecodeError or NoArticleError.

    ``rules``: the rule set whose page-level rules (rules/html.toml) apply; the built-in one if None.
    """
    from ..rules import resolve

    hr = html_rules(resolve(rules))
    if isinstance(html, bytes | bytearray):
        text, encoding = decode_html(bytes(html))
        size = {"bytes": len(html)}
    elif isinstance(html, str):
        text, encoding = html, None
        size = {"chars": len(html)}
    else:
        raise InputError(f"clean_html expects str or bytes, got {type(html).__name__}")
    if not text or text.isspace():  # (text.strip() would copy the page)
        raise NoArticleError("page is empty")
    try:
        return _extract(text, url, encoding, size, hr)
    except _NotXml:
        return _extract(NOT_XML.sub("", text), url, encoding, size, hr)


class _NotXml(Exception):
    """trafilatura built no tree: the page may hold characters XML cannot (rare; checked only then)."""


def _own_path(url: str | None, tree: Any) -> str:
    """The page's own path, from its URL or else its canonical link; '' when neither gives one."""
    if url:
        path = urlsplit(url).path
    else:
        link = next(tree.iterfind(".//head/link[@rel='canonical']"), None)
        path = urlsplit(link.get("href") or "").path if link is not None else ""
    return path if len(path) > 1 else ""


def _extract(text: str, url: str | None, encoding: str | None, size: dict[str, int], hr: HtmlRules) -> HtmlExtraction:
    import trafilatura

    tree = parse(text)
    cards = drop_cards(tree, hr)  # before anything reads the paragraphs they are glued into (HTML-006)
    if hr.template_max_words and "<template" in text:  # inert markup a script stamps out (HTML-054)
        cards.extend(drop_templates(tree, hr))
    host = host_of(url) or canonical_host(tree)
    page = scan(tree, host, hr, self_path=_own_path(url, tree))
    for head in page.button_heads:  # the accordion's question, as the heading's own text (HTML-059)
        head[0].drop_tag()
        cards.append({"rule": "HTML-059", "text": squash(head.text_content()), "added": True})
    meta = read_metadata(tree, url, page)
    pm = _page_meta(tree, page, meta, host, hr)
    declared = declared_language(tree)
    if _paragraphs(tree, page) > hr.max_paragraphs:
        return _by_blocks(tree, url, encoding, size, hr, page, meta, declared, pm, cards)
    extracted = trafilatura_body(tree, url)
    if extracted is None or not len(extracted):
        if NOT_XML.search(text):
            raise _NotXml
        raise NoArticleError("no article text found on the page")
    widened = widen(tree, extracted, hr, url)  # a short extraction covering little of the page (HTML-029)
    units = units_of(extracted, hr.title_window)
    title = squash(meta.title) if meta.title else None
    filter_units(units, [t for t in (title, *page.headlines, pm["doc_title"]) if t], page, hr, title, pm["doc_title"])
    dropped = [u for u in units if u.drop]
    locate = locator(tree, page) if dropped else None
    blocks: list[dict[str, Any]] = cards + [
        {"rule": u.drop, "text": u.text, "locator": locate(u.text) if locate else ""} for u in dropped
    ]
    if widened:
        kept = {u.text for u in units if not u.drop}
        blocks.extend({"rule": "HTML-029", "text": t, "added": True} for t in widened if squash(t) in kept)
    body_text, mark = render(extracted, units)
    protected = _protected_lines(extracted, tree, mark)
    if len(body_text.split()) < hr.min_words and alnum(body_text) < hr.min_chars:
        # "Please enable JavaScript.": what is left of an app shell or an error page is no article
        raise NoArticleError("no article text found on the page")
    gaps = between_paragraphs(tree, body_text, {u.text for u in dropped}, hr) if hr.between_on else []
    if posts := embedded_posts(tree, body_text, hr):
        body_text, added = insert_after(body_text, posts)
        blocks.extend({"rule": "HTML-027", "text": t, "added": True} for t in added)
    if gaps:
        body_text, added = insert_after(body_text, gaps)
        blocks.extend({"rule": "HTML-019", "text": t, "added": True} for t in added)
    if more := continuation(tree, body_text, page, hr):
        body_text = "\n\n".join([body_text, *more])
        blocks.extend({"rule": "HTML-011", "text": t, "added": True} for t in more)  # added: logged all the same
    lead = find_lead(tree, page.leads, body_text, hr)
    found = find_opening(tree, body_text, hr) if hr.opening_on else None
    if not lead and found and hr.lead_over_opening_on:
        # HTML-057: the body's first paragraph is the opening the page wrote bare (HTML-018), and
        # the marked lead sits right before it, not before the first paragraph trafilatura kept
        if lead := find_lead(tree, page.leads, _insert_before(body_text, *found), hr):
            lead = (lead[0], "HTML-057")
    if found and (not lead or found[0][:60] not in lead[0]):
        body_text = _insert_before(body_text, *found)
        blocks.append({"rule": "HTML-018", "text": found[0], "added": True})
    if lead:
        body_text = f"{lead[0]}\n\n{body_text}"
        blocks.append({"rule": lead[1], "text": lead[0], "added": True})
    language = detect_language(body_text, declared)
    result = HtmlExtraction(
        text=body_text,
        title=pm["title"],
        fallback_title=pm["fallback_title"],
        body_title=title,
        authors=pm["authors"],
        date=meta.date,
        sitename=meta.sitename,
        language=language,
        url=url or meta.url,
        captions=[{"text": c["text"], "credit": c["credit"]} for c in page.captions],
        encoding=encoding,
        blocks=blocks,
        protected=protected,
    )
    kind, why = page_type(tree, url or meta.url, body_text, scripts=page.scripts, heads=page.heads)
    result.facts = {
        "encoding": encoding,
        **size,
        "page_type": kind,  # article, front or index (HTML-015)
        "page_type_why": why,
        "parser": "lxml",
        "extractor": f"trafilatura {trafilatura.__version__}",
        "declared_language": declared,
        "boilerplate_containers": dict(sorted(page.boiler_hits.items())),
        "added": [{"rule": b["rule"], "text": b["text"]} for b in blocks if b.get("added")],
        "metadata": pm["why"],
    }
    spared = [{"rule": u.kept, "text": u.text} for u in units if u.kept and not u.drop]
    if spared:  # blocks a rule kept against a drop (HTML-030..032)
        result.facts["spared"] = spared
    if mark and (shy := body_text.count(SHY)):
        result.facts["soft_hyphens"] = f"HTML-028: {shy} kept as the page prints them"
    return result


def _bare_extraction(tree: Any, url: str | None) -> Any:
    """The body tree of ``trafilatura.bare_extraction`` with our settings (None: no body)."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        favor_recall=True,
        fast=FAST,
        include_comments=False,
        include_tables=True,
        with_metadata=False,
        # only the body tree is read: the default "python" format also renders the whole body as
        # text (xmltotxt, ~0.4 ms a page), which nothing here reads; no other step looks at the format
        output_format="txt",
    )
    return None if doc is None else doc.body


# the trafilatura whose extraction cascade ``_cascade`` follows step by step
_CASCADE_VERSION = "2.3.1"


def trafilatura_body(tree: Any, url: str | None) -> Any:
    """trafilatura's main-text tree of the page (None: none), as ``_bare_extraction`` gives it.

    With trafilatura 2.3.1 its cascade is run here with the same functions in the same order,
    leaving out the copies of the page it makes for its readability/jusText cross-check: in
    recall mode that check is skipped for an extraction of more than ten times
    MIN_EXTRACTED_SIZE characters (most articles), and the copies were made before it knew.
    Here each reader of the pruned page gets a pruned copy of its own, made when it runs (the
    extraction, readability, jusText, the baseline), and the XPath prunes and body search of
    its extraction are answered by our walks (``_extract_content``). Any other version of
    trafilatura: its own ``bare_extraction``.
    """
    import trafilatura

    if trafilatura.__version__ != _CASCADE_VERSION or FAST:
        return _bare_extraction(tree, url)
    return _cascade(tree, url)


def _cascade(tree: Any, url: str | None) -> Any:
    """trafilatura 2.3.1's ``bare_extraction`` and ``trafilatura_sequence`` for our settings
    (recall, no comments, tables, txt, no metadata, default config), copies made when read."""
    from copy import copy

    from lxml.etree import strip_tags
    from trafilatura.baseline import baseline
    from trafilatura.core import _forum_thread_page
    from trafilatura.htmlprocessing import convert_tags, tree_cleaning
    from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH

    options = _options(url)

    def pruned() -> Any:
        """bare_extraction's copy of the page (ours stays whole), pruned as trafilatura_sequence
        prunes it (comments off), its XPath regex callbacks answered by our walks (prune.py)."""
        copied = prune(copy(page), RAW_TREE_PRUNE_XPATH)
        return copied if is_forum else prune(copied, REMOVE_COMMENTS_AND_LISTS_XPATH)

    page = tree
    try:
        # trafilatura_sequence, comments off, focus recall
        is_forum = _forum_thread_page(page)
        # trafilatura cleans a copy of the pruned page and keeps the pruned page for its cross-check
        # and its baseline, which read copies of it; the cross-check is skipped for a long
        # extraction (most pages), and readability alone runs in most of the rest, so each of them
        # is handed a pruned page of its own, made from ours when it runs
        cleaned = convert_tags(tree_cleaning(pruned(), options), options, url)
        body, text = _extract_content()(cleaned, options)
        if not (len(text) > options.min_extracted_size * 10):  # compare_extraction's recall bypass
            body, text = _compare(pruned, body, text, options)
        if len(text) < options.min_extracted_size:  # (only after the cross-check)
            b_body, b_text, b_len = baseline(pruned())
            if b_len > len(text):
                body, text = b_body, b_text
        # back in bare_extraction
        if options.max_tree_size:
            if len(body) > options.max_tree_size:
                strip_tags(body, "hi")
            if len(body) > options.max_tree_size:
                raise ValueError
        if len(text) < options.min_output_size and 0 < options.min_output_comm_size:
            raise ValueError
    except (TypeError, ValueError):
        return None
    return body


_CONTENT: list[Any] = []  # trafilatura's extract_content, its section prunes answered by our walks


def _extract_content() -> Any:
    """trafilatura 2.3.1's ``extract_content``, run as it is, with two differences: the prunes of
    each candidate body subtree (``prune_unwanted_sections``, in its main pass and in its recovery
    of wild text) find their elements by our walks (``prune.prune_nodes``) instead of lxml's XPath
    regex callbacks, the same elements (about 2 ms of a page); and the first body expression (a
    CMS's article container), of which ``_extract`` reads the first element only, is answered by a
    walk that stops at that element (``prune.FirstOnly``: 1.2 ms of XPath a page). The functions are trafilatura's own,
    bound to a copy of their module's namespace in which those names are ours: trafilatura's module
    is left as it is, for every other caller."""
    if not _CONTENT:
        from trafilatura import main_extractor as m

        from .prune import FirstOnly, prune_nodes

        sections = _rebound(m.prune_unwanted_sections, prune_unwanted_nodes=prune_nodes)
        bodies = [FirstOnly(x) for x in m.BODY_XPATH]  # _extract reads the first subtree each finds
        _CONTENT.append(
            _rebound(
                m.extract_content,
                _extract=_rebound(m._extract, prune_unwanted_sections=sections, BODY_XPATH=bodies),
                recover_wild_text=_rebound(m.recover_wild_text, prune_unwanted_sections=sections),
            )
        )
    return _CONTENT[0]


def _rebound(fn: Any, **names: Any) -> Any:
    """``fn`` with the same code, defaults and closure, its global ``names`` bound to other objects
    (in a copy of its module's namespace: the module itself does not change)."""
    from types import FunctionType

    space = dict(fn.__globals__)
    space.update(names)
    new = FunctionType(fn.__code__, space, fn.__name__, fn.__defaults__, fn.__closure__)
    new.__kwdefaults__ = fn.__kwdefaults__
    return new


_OPTIONS: list[Any] = []  # the settings' Extractor, built once (~0.1 ms: it reads its config file's values)


def _options(url: str | None) -> Any:
    """``Extractor(output_format="txt", recall=True, comments=False, tables=True, url=url)``, as a
    copy of one built once with the page's URL set as that constructor sets it (url, and source
    from it): nothing in the cascade changes an Extractor's fields."""
    from copy import copy

    if not _OPTIONS:
        from trafilatura.settings import Extractor

        _OPTIONS.append(Extractor(output_format="txt", recall=True, comments=False, tables=True))
    options = copy(_OPTIONS[0])
    options.url = url
    source = url or None
    options.source = source and source.encode("utf-8", "replace").decode("utf-8")
    return options


def _compare(pruned: Any, body: Any, text: str, options: Any) -> tuple[Any, str]:
    """trafilatura 2.3.1's ``compare_extraction`` (recall focus, its bypass already judged), with
    the copies of the pruned page it hands readability and jusText made by ``pruned()`` (each a
    fresh pruned copy of our page), the one jusText reads only when jusText runs."""
    from lxml.etree import tostring
    from trafilatura.external import (
        JUSTEXT_OVERRIDE_RATIO,
        SANITIZED_XPATH,
        _prefer_readability,
        justext_rescue,
        sanitize_tree,
        try_readability,
    )
    from trafilatura.htmlprocessing import tree_cleaning
    from trafilatura.utils import trim

    len_text = len(text)
    algo = try_readability(pruned())
    algo_text = trim(tostring(algo, method="text", encoding="utf-8").decode("utf-8"))
    len_algo = len(algo_text)
    use_readability = _prefer_readability(body, algo, algo_text, len_text, len_algo, options)
    if use_readability:
        body, text, len_text = algo, algo_text, len_algo
    unclean = bool(body.xpath(SANITIZED_XPATH))
    if unclean or len_text < options.min_extracted_size:
        body2, text2 = justext_rescue(tree_cleaning(pruned(), options), options)
        len_text2 = len(text2)
        if unclean:
            accept = len_text <= JUSTEXT_OVERRIDE_RATIO * len_text2 and (
                len_text2 > len_text or not options.images or body.find(".//graphic") is None
            )
        else:
            accept = len_text < len_text2
        if text2 and accept:
            body, text, len_text = body2, text2, len_text2
            use_readability = False
    if use_readability:
        body, text = sanitize_tree(body, options)
    return body, text


def _insert_before(body_text: str, text: str, block: str | None) -> str:
    """``text`` as a block of its own right before ``block`` (one of ``body_text``'s blocks; None:
    before them all)."""
    parts = body_text.split("\n\n")
    i = parts.index(block) if block is not None and block in parts else 0
    return "\n\n".join([*parts[:i], text, *parts[i:]])


def _paragraphs(tree: Any, page: Any) -> int:
    """The page's <p> elements: the body's, counted by the scan, and any elsewhere (counted in C)."""
    body = tree.find("body")
    return page.paragraphs + sum(int(c.xpath("count(descendant-or-self::p)")) for c in tree if c is not body)


def _page_meta(tree: Any, page: Any, meta: Any, host: str, hr: HtmlRules) -> dict[str, Any]:
    """The page's title (HTML-017) and authors (HTML-016), and the rule and source of each."""
    d = page_declared(tree, page)
    title, how, fallback = page_title(
        squash(meta.title) if meta.title else None, page, d, meta.sitename, host, section_names(hr.ruleset)
    )
    authors, where = page_authors(meta.author, page, d, meta.sitename, host, hr)
    why = {}
    if title:
        why["title"] = f"HTML-017: {how}"
    elif fallback:
        why["title"] = "HTML-017: the page's <title> without the site's name (no declared title, none in the copy)"
    if authors:
        why["authors"] = f"HTML-016: {where}"
    return {
        "title": squash(title) if title else None,
        "fallback_title": squash(fallback) if fallback else None,
        "authors": authors,
        "why": why,
        "doc_title": d.doc_title,  # the page's <title>: the headline the body may repeat (HTML-001)
    }


def _protected_lines(body: Any, tree: Any, mark: str | None = None) -> frozenset[str]:
    """The lines of the page's preformatted text and tables (HTML-014): tables as trafilatura
    renders them, preformatted text from the page itself (trafilatura turns a bare <pre> into a
    quote, which would not tell it from a blockquote). ``mark``: the stand-in ``body``'s soft
    hyphens are under (HTML-028), turned back as in the text."""
    from trafilatura.xml import xmltotxt

    lines: set[str] = set()
    for child in body.iter("table", "code"):
        text = xmltotxt(child, False)
        if mark:
            text = put_back(text, mark)
        lines.update(" ".join(line.split()) for line in text.splitlines() if line.strip())
    for el in tree.iter("pre", "code"):
        text = el.text_content()
        lines.update(" ".join(line.split()) for line in text.splitlines() if line.strip())
    return frozenset(lines)


_BLOCKS = frozenset(("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dt", "dd"))
_SKIP = frozenset(("nav", "header", "footer", "aside", "script", "style", "noscript", "template", "form", "select"))


def _by_blocks(
    tree: Any,
    url: str | None,
    encoding: str | None,
    size: dict[str, int],
    hr: HtmlRules,
    page: Any,
    meta: Any,
    declared: Any,
    pm: dict[str, Any],
    cards: list[dict[str, Any]],
) -> HtmlExtraction:
    """The main text of a page too large for trafilatura (HTML-013): every text block in order."""
    body = tree.find("body")
    parts: list[str] = []
    stack = [body]
    while stack:  # an explicit stack: no recursion limit on deep pages
        el = stack.pop()
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _SKIP:
            continue
        if tag in _BLOCKS:
            text = squash(el.text_content())
            if text:
                parts.append(text)
            continue
        stack.extend(reversed(el))
    body_text = "\n\n".join(parts)
    if len(body_text.split()) < hr.min_words and alnum(body_text) < hr.min_chars:
        raise NoArticleError("no article text found on the page")
    note = {"rule": "HTML-013", "text": f"{len(parts)} blocks taken in order: the page is too large for trafilatura"}
    result = HtmlExtraction(
        text=body_text,
        title=pm["title"],
        fallback_title=pm["fallback_title"],
        body_title=squash(meta.title) if meta.title else None,
        authors=pm["authors"],
        date=meta.date,
        sitename=meta.sitename,
        language=detect_language(body_text, declared),
        url=url or meta.url,
        captions=[{"text": c["text"], "credit": c["credit"]} for c in page.captions],
        encoding=encoding,
        blocks=[*cards, {**note, "added": True}],
    )
    kind, why = page_type(tree, url or meta.url, body_text, scripts=page.scripts, heads=page.heads)
    result.facts = {
        "encoding": encoding,
        **size,
        "page_type": kind,
        "page_type_why": why,
        "parser": "lxml",
        "extractor": "cleaner block walk (HTML-013: too many paragraphs for trafilatura)",
        "declared_language": declared,
        "boilerplate_containers": dict(sorted(page.boiler_hits.items())),
        "added": [note],
        "metadata": pm["why"],
    }
    return result


_LOCATABLE = frozenset(
    ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "blockquote", "pre", "div", "span")
)


def locator(tree: Any, page: Any) -> Any:
    """A function giving where on the page a block of extracted text was: 'line N, /html/body/...'.

    trafilatura's output elements are new ones, so a dropped block is found again on the page by
    its text: the innermost element whose text is that block's (the first in page order holding
    exactly that text, then its first descendant holding it, and so on). Each block is looked for
    on its own, and only in the parts of the page whose text holds its longest word: indexing
    every element's text (nested divs hold the same words many times over) cost more than all the
    drops of a page ever looked up.
    """
    root = tree.getroottree()
    body = tree.find("body")
    top = body if body is not None else tree
    lows: dict[Any, str] = {}  # element -> its text lower-cased: the walks of a page's drops share their way down

    def find(text: str) -> str:
        from .text import tokens

        key = tokens(text)
        e = _first_holding(top, key.split(" "), lows) if key else None
        while e is not None:  # the innermost: a descendant holding exactly that text wins
            inner = _first_holding(e, key.split(" "), lows)
            if inner is None:
                break
            e = inner
        if e is None:
            return "not found on the page"
        return f"line {e.sourceline}, {root.getpath(e)}" if e.sourceline else root.getpath(e)

    return find


_SIGMA = ("σ", "ς")  # str.lower() writes a capital sigma by its context: no substring test for it


def _first_holding(top: Any, words: list[str], lows: dict[Any, str]) -> Any:
    """The first locatable element under ``top`` (page order, ``top`` excluded) whose text is
    ``words`` as tokens; None if there is none.

    An element's lower-cased text holds the lower-cased text of each of its descendants, so a
    subtree whose text lacks the block's longest word (one without a sigma) is skipped whole.
    """
    small, final = _SIGMA
    plain = [w for w in words if small not in w and final not in w]
    probe = max(plain, key=len) if plain else ""
    stack = list(reversed(top))
    while stack:
        e = stack.pop()
        tag = e.tag
        if not isinstance(tag, str) or (tag not in _LOCATABLE and not len(e)):
            continue  # a comment, or a leaf (a script, an image) neither locatable nor holding one
        low = lows.get(e)
        if low is None:
            low = lows[e] = text_of(e).lower()
        if probe not in low:
            continue
        if tag in _LOCATABLE and _same_tokens(low, words):
            return e
        stack.extend(reversed(e))
    return None


def _same_tokens(low: str, words: list[str]) -> bool:
    """Whether lower-cased text, as word tokens, is exactly ``words`` (stops at the first difference)."""
    from .text import WORD

    found = WORD.finditer(low)
    for w in words:
        m = next(found, None)
        if m is None or m.group() != w:
            return False
    return next(found, None) is None
