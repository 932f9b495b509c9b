"""trafilatura 2.3.1's raw-tree prunes (infinite-scroll boxes, share bars, comment sections) without
its XPath regex callbacks.

``prune_unwanted_nodes(tree, RAW_TREE_PRUNE_XPATH)`` and ``(tree, REMOVE_COMMENTS_AND_LISTS_XPATH)``
run three XPath expressions whose ``re:test`` predicates lxml answers by calling back into Python for
every ``div``/``section``/``aside``/list element of the page: about 2.7 ms of a 21 ms page on shb-dev,
more than the rest of our own page scan. Each expression is answered here by one walk over those
tags with the same regular expressions, giving the same elements in the same (document) order, and
they are deleted as trafilatura deletes them (``delete_element``, tails kept), one expression after
the other.

Each walk is tied to the exact source text of the expression it stands for: an expression whose text
is not one of these (another trafilatura) is run by lxml as before, so a change upstream can cost
speed, never change output. ``tests/test_html_round22.py`` compares both on pages of every shape.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

# XPath re:test(@attr, rx) is re.search(rx, value of the attribute or ''), lxml's EXSLT reading
_SCROLL = re.compile(r"mvp-post-add-(?:box|wrap)|infinite-?scroll")
_MVP = re.compile(r"mvp-post-add-(?:box|wrap)")
_COMMENT_ID = re.compile(r"^(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments)")
_COMMENT_ID_OWN = re.compile(r"^(?:[Cc]omment(?!ary)|comol)")
_COMMENT_CLASS = re.compile(r"^[Cc]omment(?!ary)|(?:article|post)-comments")

_BOXES = ("div", "section", "aside")
_COMMENT_BOXES = ("div", "list", "section", "details", "ol", "ul")


def _scroll_boxes(tree: Any) -> list[Any]:
    """``.//*[div|section|aside][@id or @class ~ scroll box][no h1 inside, or a Zox News box]``."""
    found = []
    for el in tree.iterdescendants(*_BOXES):
        i = el.get("id") or ""
        c = el.get("class") or ""
        if not (i or c):
            continue
        if (_SCROLL.search(i) or _SCROLL.search(c)) and (el.find(".//h1") is None or _MVP.search(i) or _MVP.search(c)):
            found.append(el)
    return found


def _share_bars(tree: Any) -> list[Any]:
    """``.//*[div|section|aside][contains(@class, 'elementor-share-buttons')]``."""
    return [el for el in tree.iterdescendants(*_BOXES) if "elementor-share-buttons" in (el.get("class") or "")]


def _comment_boxes(tree: Any) -> list[Any]:
    """``.//*[div|list|section|details|ol|ul][@id or @class ~ comments][a list only by its own marks]``."""
    found = []
    for el in tree.iterdescendants(*_COMMENT_BOXES):
        i = el.get("id") or ""
        c = el.get("class") or ""
        if not (i or c):
            continue
        own_class = _COMMENT_CLASS.search(c)
        if not (_COMMENT_ID.search(i) or own_class):
            continue
        if el.tag not in ("ol", "ul") or _COMMENT_ID_OWN.search(i) or own_class:
            found.append(el)
    return found


# the expressions' source text, exactly as trafilatura 2.3.1 writes it (XPath.path)
_WALKS: dict[str, Callable[[Any], list[Any]]] = {
    "\n        .//*[self::div or self::section or self::aside][\n"
    "        re:test(@id, 'mvp-post-add-(?:box|wrap)|infinite-?scroll') or\n"
    "        re:test(@class, 'mvp-post-add-(?:box|wrap)|infinite-?scroll')][\n"
    "        not(.//h1) or re:test(@id, 'mvp-post-add-(?:box|wrap)') or re:test(@class, 'mvp-post-add-(?:box|wrap)')]\n"
    "        ": _scroll_boxes,
    ".//*[self::div or self::section or self::aside][contains(@class, 'elementor-share-buttons')]": _share_bars,
    "\n        .//*[self::div or self::list or self::section or self::details or self::ol or self::ul][\n"
    "        re:test(@id, '^(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments)') or\n"
    "        re:test(@class, '^[Cc]omment(?!ary)|(?:article|post)-comments')][\n"
    "        not(self::ol or self::ul) or re:test(@id, '^(?:[Cc]omment(?!ary)|comol)') or "
    "re:test(@class, '^[Cc]omment(?!ary)|(?:article|post)-comments')]\n"
    "        ": _comment_boxes,
}


def matches(tree: Any, expression: Any) -> list[Any]:
    """The elements ``expression(tree)`` gives: by our walk when we have the expression's, else by lxml."""
    walk = _WALKS.get(getattr(expression, "path", None) or "")
    return walk(tree) if walk is not None else expression(tree)


def prune(tree: Any, expressions: Iterable[Any]) -> Any:
    """``trafilatura.htmlprocessing.prune_unwanted_nodes(tree, expressions)`` (no backup guard)."""
    from trafilatura.xml import delete_element

    for expression in expressions:
        for subtree in matches(tree, expression):
            delete_element(subtree)  # the tail text is preserved
    return tree
