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


def _first_of(keys: list[str], a: str, b: str) -> str | None:
    """Which of two attributes comes first in an element's attribute list (None: neither).

    XPath's ``string(@id|@class)`` is the string value of the node-set's first attribute in
    document order, which for two attributes of one element is the order the page wrote them in,
    the order lxml's ``keys()`` gives."""
    for k in keys:
        if k == a or k == b:
            return k
    return None


# OVERALL_DISCARD_XPATH's two expressions, run by trafilatura on every candidate body subtree
# (about 3 ms of XPath regex callbacks on a whole shb-dev page, against 1 ms for these walks)
_SECTION_TAGS = ("div", "item", "list", "p", "section", "span")
_SECTION_ATTRS = frozenset(("data-lp-replacement-content", "role", "data-component", "id", "class"))
_BOTH = "^shar|social|viral|newsletter|syndication|tags|sidebar|banner|bread-?crumb|button|author|"
_SECTION_ID = re.compile(
    _BOTH + "^(?:jp-|dpsp-content)|bmdh|footer|Footer|share|Share|nav|Nav|menu|related|message-container|premium|^ad-"
)
_SECTION_CLASS = re.compile(
    _BOTH + "^(?:nav|post-nav|ZendeskForm)|subnav|avigation|navbar|navbox|menu|bar| ad |-ad-|(?:^| )ad-|dfp[Aa]d|"
    "outbrain|taboola|criteo|paid-?content|widget|footer|Footer|byline|Byline|share-|sociable|embedded|embed|"
    "tag-list|consent|modal-content|permission|elated|next-|-stories|most-popular|more-on|meta|rating|attachment|"
    "timestamp|user-info|user-profile|-icon|article-infos|message-container|slide|viewport|overlay|options|"
    "expand|obfuscated|blurred|mol-factbox|yin|zlylin|nfoline"
)


def _discard_sections(tree: Any) -> list[Any]:
    """``.//*[div|item|list|p|section|span][navigation, ads, share, footer, meta … by role, id or class]``."""
    found = []
    for el in tree.iterdescendants(*_SECTION_TAGS):
        keys = el.keys()
        if not keys or _SECTION_ATTRS.isdisjoint(keys):
            continue  # most elements: no attribute the expression reads
        get = el.get
        if (
            "data-lp-replacement-content" in keys
            or "nav" in (get("role") or "").replace("N", "n")
            or "MostPopularStories" in (get("data-component") or "")
        ):
            found.append(el)
            continue
        i = get("id") or ""
        c = get("class") or ""
        first = _first_of(keys, "id", "class")  # re:test(@id|@class, 'cookie'): the first of the two only
        if (first is not None and "cookie" in (i if first == "id" else c)) or (
            (i and _SECTION_ID.search(i)) or (c and _SECTION_CLASS.search(c))
        ):
            found.append(el)
    return found


_HIDDEN_ATTRS = frozenset(("class", "id", "style", "aria-hidden"))
_HIDDEN_ID = re.compile("reader-comments|akismet")
_HIDDEN_CLASS = re.compile(
    "^hide-|comments-title|nocomments|-reply-|message|akismet|suggest-links|-hide-|hide-print| hidden| hide|"
    "noprint|notloaded"
)


def _hidden_blocks(tree: Any) -> list[Any]:
    """``.//*[comment titles, replies, hidden or aria-hidden elements, by id, class or style]``."""
    found = []
    for el in tree.iterdescendants():
        if not isinstance(el.tag, str):
            continue  # a comment or a processing instruction: no '*'
        keys = el.keys()
        if not keys or _HIDDEN_ATTRS.isdisjoint(keys):
            continue
        get = el.get
        i = get("id")
        c = get("class")
        s = get("style")
        first = _first_of(keys, "id", "class")  # starts-with(@id|@class, ...): the first of the two
        hid = _first_of(keys, "id", "style")  # re:test(@id|@style, 'hidden'): likewise
        if (
            c == "comments-title"
            or get("aria-hidden") == "true"
            or (first is not None and (i if first == "id" else c).startswith("reply-"))
            or (hid is not None and "hidden" in (i if hid == "id" else s))
            or (s and ("display:none" in s or "display: none" in s))
            or (i and _HIDDEN_ID.search(i))
            or (c and _HIDDEN_CLASS.search(c))
        ):
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
    "\n        .//*[self::div or self::item or self::list or self::p or self::section or self::span][\n"
    "        @data-lp-replacement-content or\n"
    "        contains(translate(@role, 'N', 'n'), 'nav') or\n"
    "        contains(@data-component, 'MostPopularStories') or\n"
    "        re:test(@id|@class, 'cookie') or\n"
    "        re:test(@id, '^shar|social|viral|newsletter|syndication|tags|sidebar|banner|bread-?crumb|button|author|"
    "^(?:jp-|dpsp-content)|bmdh|footer|Footer|share|Share|nav|Nav|menu|related|message-container|premium|^ad-') or\n"
    "        re:test(@class, '^shar|social|viral|newsletter|syndication|tags|sidebar|banner|bread-?crumb|button|author|"
    "^(?:nav|post-nav|ZendeskForm)|subnav|avigation|navbar|navbox|menu|bar| ad |-ad-|(?:^| )ad-|dfp[Aa]d|outbrain|"
    "taboola|criteo|paid-?content|widget|footer|Footer|byline|Byline|share-|sociable|embedded|embed|tag-list|consent|"
    "modal-content|permission|elated|next-|-stories|most-popular|more-on|meta|rating|attachment|timestamp|user-info|"
    "user-profile|-icon|article-infos|message-container|slide|viewport|overlay|options|expand|obfuscated|blurred|"
    "mol-factbox|yin|zlylin|nfoline')]\n"
    "        ": _discard_sections,
    "\n        .//*[@class='comments-title' or\n"
    "        starts-with(@id|@class, 'reply-') or\n"
    "        re:test(@id|@style, 'hidden') or\n"
    "        contains(@style, 'display:none') or contains(@style, 'display: none') or\n"
    "        re:test(@id, 'reader-comments|akismet') or\n"
    "        re:test(@class, '^hide-|comments-title|nocomments|-reply-|message|akismet|suggest-links|-hide-|hide-print|"
    " hidden| hide|noprint|notloaded') or @aria-hidden='true']\n"
    "        ": _hidden_blocks,
}


# BODY_XPATH's first expression: the article's own container by a CMS's id or class
_BODY_TAGS = ("article", "div", "main", "section")
_BODY_ID = re.compile(r"(?:entry|article|art)-content|article__content|article(?:-|__)?body|articleBody|body-text")
_BODY_CLASS = re.compile(
    r"post[-_]text|post-body|post-?entry|post[-_]?content|postContent|post_inner_wrapper|article-?text|articleText|"
    r"(?:entry|page|text|article|art)-content|article__content|article(?:-|__)?body|articleBody|ArticleContent|"
    r"body-text|article__container"
)


def _first_body(tree: Any) -> Any:
    """The first element, in page order, of ``.//*[article|div|main|section][the body's id or class][1]``.

    The ``[1]`` keeps each parent's first matching child; the first of those in page order is the
    first matching element of all (a matching element before it would be in the answer instead),
    which is all trafilatura reads of this expression."""
    for el in tree.iterdescendants(*_BODY_TAGS):
        get = el.get
        i = get("id")
        c = get("class")
        if (
            c == "post"
            or c == "entry"
            or get("itemprop") == "articleBody"
            or i == "articleContent"
            or (i and _BODY_ID.search(i))
            or (c and _BODY_CLASS.search(c))
        ):
            return el
    return None


# BODY_XPATH's third and fourth expressions: a story's or a site's content container
_STORY_CLASSES = frozenset(("postarea", "art-postcontent", "text", "cell", "story"))
_STORY_ID = re.compile(r"^primary|story-body")
_STORY_FULLTEXT = re.compile(r"fulltext", re.IGNORECASE)  # re:test(@class, 'fulltext', 'i')
_STORY_CLASS = re.compile(
    r"^article |post-bodycopy|story-?content|(?:theme|blog|section|single)-content|single-post|main-column|"
    r"wpb_text_column|story-body|field-body"
)


def _first_story(tree: Any) -> Any:
    """The first element of ``(.//*[article|div|main|section][a story's role, id or class])[1]``."""
    for el in tree.iterdescendants(*_BODY_TAGS):
        get = el.get
        i = get("id")
        c = get("class")
        if (
            get("role") == "article"
            or i == "article"
            or i == "story"
            or c in _STORY_CLASSES
            or (i and _STORY_ID.search(i))
            or (c and (_STORY_FULLTEXT.search(c) or _STORY_CLASS.search(c)))
        ):
            return el
    return None


_CONTENT_ID = re.compile(r"content-main|content-body|contentBody")
_CONTENT_CLASS = re.compile(r"content[-_]main|content(?:-|__)body")


def _first_content(tree: Any) -> Any:
    """The first element of ``(.//*[article|div|main|section][a content container's id or class])[1]``."""
    for el in tree.iterdescendants(*_BODY_TAGS):
        get = el.get
        i = get("id") or ""
        c = get("class") or ""
        if not (i or c):
            continue
        if (
            i == "content"
            or c == "content"
            or _CONTENT_ID.search(i)
            or _CONTENT_CLASS.search(c)
            or "main-content" in i.replace("C", "c").replace("M", "m")
            or "main-content" in c.replace("C", "c").replace("M", "m")
            or "page-content" in c.replace("C", "c").replace("P", "p")
        ):
            return el
    return None


def _first_main(tree: Any) -> Any:
    """The first element of ``(.//*[article|div|section][class, id or role starting 'main'])[1] | (.//main)[1]``:
    the union in page order, of which the first is the first element that is either."""
    for el in tree.iterdescendants("article", "div", "section", "main"):
        if el.tag == "main":
            return el
        get = el.get
        if (get("class") or "").startswith("main") or (get("id") or "").startswith("main"):
            return el
        if (get("role") or "").startswith("main"):
            return el
    return None


# expressions of which trafilatura reads only the first element found: their source text (as
# trafilatura 2.3.1 writes it) to a walk that stops at that element
_FIRSTS: dict[str, Callable[[Any], Any]] = {
    "\n        .//*[self::article or self::div or self::main or self::section][\n"
    "        @class='post' or @class='entry' or\n"
    "        @itemprop='articleBody' or @id='articleContent' or\n"
    "        re:test(@id, '(?:entry|article|art)-content|article__content|article(?:-|__)?body|articleBody|"
    "body-text') or\n"
    "        re:test(@class, 'post[-_]text|post-body|post-?entry|post[-_]?content|postContent|post_inner_wrapper|"
    "article-?text|articleText|(?:entry|page|text|article|art)-content|article__content|article(?:-|__)?body|"
    "articleBody|ArticleContent|body-text|article__container')\n"
    "        ][1]\n"
    "        ": _first_body,
    "\n        (.//*[self::article or self::div or self::main or self::section][\n"
    "        @role='article' or\n"
    "        @id='article' or @id='story' or\n"
    "        @class='postarea' or @class='art-postcontent' or @class='text' or @class='cell' or @class='story' or\n"
    "        re:test(@id, '^primary|story-body') or\n"
    "        re:test(@class, 'fulltext', 'i') or\n"
    "        re:test(@class, '^article |post-bodycopy|story-?content|(?:theme|blog|section|single)-content|"
    "single-post|main-column|wpb_text_column|story-body|field-body')\n"
    "        ])[1]\n"
    "        ": _first_story,
    "\n        (.//*[self::article or self::div or self::main or self::section][\n"
    "        @id='content' or @class='content' or\n"
    "        re:test(@id, 'content-main|content-body|contentBody') or\n"
    "        re:test(@class, 'content[-_]main|content(?:-|__)body') or\n"
    "        contains(translate(@id, 'CM','cm'), 'main-content') or contains(translate(@class, 'CM','cm'), "
    "'main-content') or\n"
    "        contains(translate(@class, 'CP','cp'), 'page-content')\n"
    "        ])[1]\n"
    "        ": _first_content,
    "\n        (.//*[self::article or self::div or self::section][\n"
    "        starts-with(@class, 'main') or starts-with(@id, 'main') or starts-with(@role, 'main')])[1]|(.//main)[1]\n"
    "        ": _first_main,
}


class FirstOnly:
    """An XPath expression of which only the first element found is read (trafilatura's
    ``next(s for s in expr(tree) if s is not None)``), answered by a walk that stops there when we
    have the expression's, else by lxml; the list holds that first element alone."""

    def __init__(self, expression: Any) -> None:
        self.expression = expression
        self.path = getattr(expression, "path", None) or ""

    def __call__(self, tree: Any) -> list[Any]:
        walk = _FIRSTS.get(self.path)
        if walk is None:
            return self.expression(tree)
        el = walk(tree)
        return [] if el is None else [el]

    def __str__(self) -> str:  # trafilatura logs the expression that found the body
        return str(self.expression)


def matches(tree: Any, expression: Any) -> list[Any]:
    """The elements ``expression(tree)`` gives: by our walk when we have the expression's, else by lxml."""
    walk = _WALKS.get(getattr(expression, "path", None) or "")
    return walk(tree) if walk is not None else expression(tree)


def prune_nodes(tree: Any, expressions: Iterable[Any], with_backup: bool = False) -> Any:
    """``trafilatura.htmlprocessing.prune_unwanted_nodes`` with the backup guard, each expression
    answered by ``matches``: with ``with_backup``, the outermost elements found are deleted only
    when more than a seventh of the subtree's text stays."""
    if not with_backup:
        return prune(tree, expressions)
    from trafilatura.xml import delete_element

    found = dict.fromkeys(el for expression in expressions for el in matches(tree, expression))
    outer = [el for el in found if not any(a in found for a in el.iterancestors())]
    old_len = len(tree.text_content())
    if old_len - sum(len(el.text_content()) for el in outer) > old_len / 7:
        for el in outer:
            delete_element(el)
    return tree


def prune(tree: Any, expressions: Iterable[Any]) -> Any:
    """``trafilatura.htmlprocessing.prune_unwanted_nodes(tree, expressions)`` (no backup guard)."""
    from trafilatura.xml import delete_element

    for expression in expressions:
        for subtree in matches(tree, expression):
            delete_element(subtree)  # the tail text is preserved
    return tree
