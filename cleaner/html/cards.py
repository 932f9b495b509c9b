"""Hover cards and teaser cards set inside a sentence (HTML-006), taken off the page before extraction.

Some sites put a card inside the paragraph, right after a linked name: the name again, a picture,
links to other stories, a 'MORE' link. The browser shows it only on hover; an extractor reads it
as text and glues it into the sentence ('Rep. Ilhan OmarIlhan OmarHillicon Valley: …'), which no
line rule can undo afterwards. The card is known by its shape, not by its class: an element
inside a paragraph, mostly link text, with two links or more, and either a picture or the
linked name it hangs on repeated at its start; the paragraph has prose around it.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from .rules import HtmlRules
from .text import chars, squash, text_of

# paragraphs with three links or more (the name hovered and two in the card), counted in C
_CANDIDATES = etree.XPath(".//p[count(.//a) >= 3]")
_CARD_TAGS = frozenset(("span", "div", "aside", "section", "figure", "ul", "small"))


def drop_cards(tree: Any, hr: HtmlRules) -> list[dict[str, str]]:
    """Take the cards out of the page's paragraphs (the text after each stays); one record per card."""
    body = tree.find("body")
    if body is None:
        return []
    found: list[Any] = []
    for p in _CANDIDATES(body):
        _cards_in(p, hr, found)
    if not found:
        return []
    root = tree.getroottree()
    records = []
    for card, text in found:
        where = f"line {card.sourceline}, {root.getpath(card)}" if card.sourceline else root.getpath(card)
        records.append({"rule": "HTML-006", "text": text, "locator": where})
        card.drop_tree()  # keeps the card's tail: the rest of the sentence
    return records


def _cards_in(p: Any, hr: HtmlRules, found: list[Any]) -> None:
    whole = len(p.text_content().split())
    stack = [c for c in reversed(p) if isinstance(c.tag, str)]
    while stack:
        e = stack.pop()
        text = squash(e.text_content())
        if e.tag in _CARD_TAGS and (verdict := _card(e, text, whole, hr)) is not None:
            if verdict:
                found.append((e, text))
                continue
        stack.extend(c for c in reversed(e) if isinstance(c.tag, str))


def _card(e: Any, text: str, whole: int, hr: HtmlRules) -> bool | None:
    """True: a card; False: the linked name and its card together (look inside); None: neither."""
    links = [a for a in e.iter("a") if a.get("href")]
    words = len(text.split())
    if len(links) < 2 or words < hr.card_min_words or whole - words < hr.card_min_outside:
        return None  # too small for a card, or no sentence around it
    n = chars(text)
    linked = sum(chars(text_of(a)) for a in links)
    if linked < hr.card_link_share * n:
        return None
    first = squash(links[0].text_content())
    if first and text.startswith(first):
        if text.count(first) >= 2:
            return False  # the name, then its card repeating it: the card is inside
        if e[0] is links[0] and not (e.text or "").strip() and any(c.tag in _CARD_TAGS for c in e[1:]):
            return False  # the linked name, then the card after it (the card may spell the name out in full)
    prev = e.getprevious()
    hangs = prev is not None and prev.tag == "a" and (name := squash(prev.text_content())) and text.startswith(name)
    if hangs or e.find(".//img") is not None or e.find(".//picture") is not None:
        return True
    return None


def drop_templates(tree: Any, hr: HtmlRules) -> list[dict[str, str]]:
    """HTML-054: take the page's <template> elements out before extraction, each of fewer than
    ``hr.template_max_words`` words (one record per template holding text). A template is inert
    markup a script stamps out later (a widget's list, its 'loading' or 'nothing here yet' notice,
    '{{title}}' placeholders); the browser renders none of it where it stands."""
    body = tree.find("body")
    if body is None:
        return []
    root = tree.getroottree()
    records = []
    for t in list(body.iter("template")):
        if next(t.iterancestors("template"), None) is not None:
            continue  # taken with the outer one
        text = squash(t.text_content())
        if len(text.split()) >= hr.template_max_words:
            continue  # a template that large may hold the article a script shows: left to the extractor
        if text:
            where = f"line {t.sourceline}, {root.getpath(t)}" if t.sourceline else root.getpath(t)
            records.append({"rule": "HTML-054", "text": text, "locator": where})
        t.drop_tree()  # keeps its tail
    return records
