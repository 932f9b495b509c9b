"""What the words of an element's class, id and itemprop say it is (boilerplate, lead, credit, byline)."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

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
CREDIT_PARTS = frozenset("credit credits copyright source photographer author byline attribution".split())
BYLINE_PARTS = frozenset("byline author".split())
ALL_KEYWORDS = BOILER_KEYWORDS | LEAD_KEYWORDS | NOT_LEAD | CREDIT_PARTS
_PARTS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


_PARTS_CACHE: dict[tuple[str | None, str | None, str | None], frozenset[str]] = {}
_NOTHING: frozenset[str] = frozenset()


def parts_of(elem: HtmlElement) -> frozenset[str]:
    """The words of an element's class, id and itemprop that mean something to us."""
    get = elem.get
    key = (get("class"), get("id"), get("itemprop"))
    found = _PARTS_CACHE.get(key)
    if found is None:  # class strings repeat across a page and across a site's pages
        if key == (None, None, None):
            return _NOTHING
        found = frozenset(map(str.lower, _PARTS.findall(f"{key[0]} {key[1]} {key[2]}"))) & ALL_KEYWORDS
        if len(_PARTS_CACHE) > 100_000:
            _PARTS_CACHE.clear()
        _PARTS_CACHE[key] = found
    return found
