"""HTML front end: a web page to the same CleanedArticle that ``clean_text`` returns.

The page is decoded and parsed once (lxml); everything afterwards works on that one tree:
our own look at the page's structure (headline, byline, figure captions, declared language),
trafilatura's main-text extraction and metadata, and a last structural filter over trafilatura's
output blocks. The extracted text then goes through the text engine, so the HTML path benefits
from every text rule; the HTML facts fill the metadata fields the text engine could not.

Modules, in the order a page goes through them: ``decode`` (bytes to text), ``parse`` (one lxml
tree), ``scan`` (one walk: headline, bylines, ``captions``, leads, labelled and link-dense blocks,
read through ``labels``), ``metadata``, ``extraction`` (trafilatura, then ``filter`` over its blocks
and ``recover`` for what it left out), ``language``.
"""

from __future__ import annotations

from typing import Any

from ..article import REMOVED, Caption, CleanedArticle, Removal
from .decode import decode_html
from .errors import HtmlDecodeError, NoArticleError
from .extraction import HtmlExtraction, extract
from .hyphens import SHY, respell
from .language import detect_language

# The page-level rules this layer records: drops (001..008, 052, 054, 060, 061, in ``removed``),
# additions (010, 011, 018, 019, 027, 029, 053, 056, 057, 059).
EMITS = (
    "HTML-001",
    "HTML-002",
    "HTML-003",
    "HTML-004",
    "HTML-005",
    "HTML-006",
    "HTML-007",
    "HTML-008",
    "HTML-010",
    "HTML-011",
    "HTML-013",
    "HTML-018",
    "HTML-019",
    "HTML-027",
    "HTML-029",
    "HTML-030",  # a block spared a drop: recorded in html.spared
    "HTML-031",  # a line carrying a year, no timestamp: spared HTML-003, in html.spared
    "HTML-032",  # a schedule's dated entries: spared HTML-003, in html.spared
    "HTML-052",  # the headline repeated, read from a later h1 that holds the title
    "HTML-053",  # added: the lead the page sets as a heading
    "HTML-054",  # a <template>'s text, taken off the page before extraction
    "HTML-055",  # a schedule's day headings: spared HTML-003, in html.spared
    "HTML-056",  # added: the lead paragraph the parser split out of a lead heading
    "HTML-057",  # added: the marked lead over the opening the page wrote bare (HTML-018)
    "HTML-059",  # kept: an accordion's question set as a button in a heading, read as the heading's text
    "HTML-060",  # a pop-up laid over the page, dropped whatever its size
    "HTML-061",  # a Drupal field's label ('Release Date:'), dropped
    "HTML-016",
    "HTML-017",  # the page's authors and title: recorded in html.metadata
)
# kept as the page shows it: preformatted text and tables (counted by the pipeline), soft hyphens (html.soft_hyphens)
VETOES = ("HTML-014", "HTML-028")

__all__ = [
    "EMITS",
    "VETOES",
    "HtmlDecodeError",
    "HtmlExtraction",
    "NoArticleError",
    "clean_html",
    "decode_html",
    "detect_language",
    "extract",
]


def clean_html(html: str | bytes, *, url: str | None = None, rules: Any = None) -> CleanedArticle:
    """Clean one web page: extract its article, run the text engine on it, add what the page knew.

    The text engine runs in the page's language, so a page in a language without a rule pack
    gets only the language-neutral passes ("und" when the language cannot be told). Metadata the
    text engine found wins; the page's own facts (title, authors, figure captions) fill what it
    left empty, and the URL, site name, publication date, language and HTML facts are the page's.
    Raises HtmlDecodeError (bytes that are not text) or NoArticleError (no article on the page).
    """
    from ..pipeline import clean
    from ..rules import resolve

    ruleset = resolve(rules)
    ex = extract(html, url=url, rules=ruleset)
    source, protected = ex.text, ex.protected
    if SHY in source:  # the text rules read words whole: they get the text without soft hyphens (HTML-028)
        source = source.replace(SHY, "")
        protected = frozenset(line.replace(SHY, "") for line in protected)
    article = clean(
        source,
        ruleset,
        language=ex.language or "und",
        source_name=ex.url,
        known_title=ex.body_title or "",
        structured=True,
        protected=protected,
    )
    if source is not ex.text:
        article.text = respell(article.text, ex.text)  # each kept word as the page printed it
    m = article.metadata
    # the page's own declarations (JSON-LD, OpenGraph, meta tags) name its article; the first line
    # of the extracted text may be a section label or a teaser, so the page wins where it speaks
    if ex.title and (not ex.sitename or ex.title.strip().lower() != ex.sitename.strip().lower()):
        m.title = ex.title
    elif not m.title and ex.fallback_title:
        m.title = ex.fallback_title
    elif not ex.title and m.title:
        ex.facts.get("metadata", {}).pop("title", None)  # the copy's title, not the page's <title>
    # the page's authors are people's names already (HTML-016); without them, the byline the text
    # engine read in the copy stands, unless it names the site itself
    if ex.authors:
        m.authors = list(ex.authors)
    elif m.authors:
        # a bare name the copy printed alone (BYLINE-010) is, on a page that names no author, almost
        # always a subheading ('Bug Fixes', 'Example Data', 'Olympique Lyonnais': 9 of 10 such pages
        # of the dev sets): without the page's word for it, no author
        bare = {_key(r.text) for r in article.removed if r.rule == "BYLINE-010"}
        site = _key(ex.sitename or "")
        kept = [a for a in m.authors if _key(a) not in bare and _key(a) != site]
        if kept != m.authors:
            why = "HTML-016: the copy's bare name (BYLINE-010) or the site's name is no author"
            ex.facts.setdefault("metadata", {})["authors"] = why
        m.authors = kept
    known = {c.text for c in m.captions}
    for cap in ex.captions:
        if cap["text"] and cap["text"] not in known:
            m.captions.append(Caption(text=cap["text"], credit=cap["credit"]))
            known.add(cap["text"])
    if m.subtitle is None:  # the deck under the headline the page layer dropped (HTML-007) is the subtitle
        m.subtitle = next((b["text"] for b in ex.blocks if b["rule"] == "HTML-007"), None)
    m.language = ex.language
    m.url = ex.url
    m.sitename = ex.sitename
    # the page's date (its meta tags and JSON-LD, htmldate); without one, the date the copy printed
    m.date = ex.date or _copy_date(m.published)
    if m.date and not ex.date:
        ex.facts.setdefault("metadata", {})["date"] = "the copy's published stamp (the page declares no date)"
    m.html = ex.facts
    # page-level drops are decisions like any other: first in the trail, located on the page
    family = ruleset.rule("HTML-001").family
    article.removed[:0] = [
        Removal(
            rule=b["rule"],
            family=family,
            action=REMOVED,
            text=b["text"],
            start=None,
            end=None,
            locator=b["locator"],
        )
        for b in ex.blocks
        if not b.get("added")
    ]
    return article


def _copy_date(published: dict[str, Any] | None) -> str | None:
    iso = (published or {}).get("iso") or ""
    return iso[:10] if len(iso) >= 10 else None


def _key(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())
