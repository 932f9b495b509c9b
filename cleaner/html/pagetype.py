"""What kind of page this is: an article, a site's front page, or an index of a section or tag.

A front page or a section index run through an article extractor comes out as a few words of one
teaser and half a byline; the text is still returned (it is the page's main text), but the sidecar
says `page_type` so an archive can tell those pages from articles (HTML-015).

The evidence, in order: what the page declares (JSON-LD `@type`, OpenGraph `og:type`), where it
sits (the site's root; a short section path such as /world/ or /tag/x), and its shape (many
linked headlines against little prose).
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlsplit

ARTICLE_TYPES = frozenset(
    "article newsarticle blogposting reportagenewsarticle analysisnewsarticle opinionnewsarticle "
    "reviewnewsarticle backgroundnewsarticle techarticle scholarlyarticle liveblogposting report "
    "socialmediaposting".split()
)
INDEX_TYPES = frozenset("collectionpage itemlist searchresultspage".split())
_SECTION = re.compile(r"^/(?:[\w-]+/){0,2}(?:index\.\w+)?$")
_TAGLIKE = re.compile(r"/(?:tag|tags|topic|topics|category|categories|section|sections|author|authors|archive)/", re.I)
# article URLs carry dates, ids or slugs of several words
_DATED = re.compile(r"/(?:19|20)\d{2}/|\d{6,}|[\w-]{25,}|\w+-\w+-\w+-\w+")


def _jsonld_types(tree: Any, scripts: list[Any] | None = None) -> set[str]:
    types: set[str] = set()
    if scripts is None:
        found = tree.iterfind(".//script[@type='application/ld+json']")
    else:
        found = [s for s in scripts if s.get("type") == "application/ld+json"]
    for script in found:
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                t = item.get("@type")
                for one in t if isinstance(t, list) else [t]:
                    if isinstance(one, str):
                        types.add(one.lower())
                if "@graph" in item:
                    stack.append(item["@graph"])
    return types


def page_type(
    tree: Any, url: str | None, body_text: str, *, scripts: list[Any] | None = None, heads: list[Any] | None = None
) -> tuple[str, str]:
    """``(type, why)``: type is ``article``, ``front`` or ``index``.

    ``scripts`` and ``heads``: the page's <script> and <head> elements in page order, when a walk
    already found them (each lookup below would walk the whole page again).
    """
    types = _jsonld_types(tree, scripts)
    if types & ARTICLE_TYPES:
        return "article", "JSON-LD names an article"
    if heads is None:
        metas = tree.iterfind(".//head/meta[@property='og:type']")
    else:
        metas = (m for h in heads for m in h.iterchildren("meta") if m.get("property") == "og:type")
    og = next((m.get("content", "").lower() for m in metas), "")
    if og == "article":
        return "article", "og:type article"
    parts = urlsplit(url) if url else None
    path = parts.path if parts else ""
    if parts and path in ("", "/") and not parts.query:
        return "front", "the site's root"
    if types & INDEX_TYPES:
        return "index", "JSON-LD names a collection"
    if url and _TAGLIKE.search(path):
        return "index", "a tag, topic or section path"
    body = tree.find("body")
    links = len(body.findall(".//a")) if body is not None else 0
    words = len(body_text.split())
    headlines = len(body.findall(".//h2//a")) + len(body.findall(".//h3//a")) if body is not None else 0
    if headlines >= 8 and words < 40 * headlines and not _DATED.search(path):
        return "index", f"{headlines} linked headlines and {words} words of text"
    if url and og == "website" and _SECTION.match(path) and not _DATED.search(path) and links > 60 and words < 300:
        return "index", "a short section path declared as a website"
    return "article", "no sign of a front page or an index"
