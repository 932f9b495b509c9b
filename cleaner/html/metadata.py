"""Title, author, site name and date: trafilatura's readers, with the page's structure as fallback."""

from __future__ import annotations

import re
from typing import Any

from lxml.html import HtmlElement

from .scan import Page

_BY = re.compile(r"^(?:by|von|par|por|di|door|af|av|da|de|from)\s+", re.IGNORECASE)


def read_metadata(tree: HtmlElement, url: str | None, page: Page) -> Any:
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
