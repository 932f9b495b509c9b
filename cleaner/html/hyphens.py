"""Soft hyphens as the page prints them (HTML-028).

A page that hyphenates its words for the browser (``Not&shy;fall&shy;daten&shy;satz``) prints them
with U+00AD in them. trafilatura's tree keeps them, but its text renderer drops every character it
deems unprintable, soft hyphens among them, while the text engine keeps them
(``passes.normalize``: part of the word as published) and so do the text blocks this layer takes
from the page itself (HTML-010, 011, 018, 019). So the renderer is handed the tree with each soft
hyphen stood in for by a printable mark the text does not hold, and the mark turns back into the
soft hyphen afterwards: every word keeps them exactly where the page printed them.
"""

from __future__ import annotations

from typing import Any

SHY = "\xad"
# printable stand-ins (the renderer keeps them), rare in text; the first one the text lacks is used
_MARKS = ("\u2bd2", "\u2bd1", "\u2b97", "\u2e3b", "\u2e3a")


def stand_in(body: Any, texts: list[str]) -> str | None:
    """Replace the soft hyphens of ``body``'s text with a stand-in and return it; None (and the tree
    untouched) when ``texts`` (the blocks' text) hold no soft hyphen or every stand-in is taken."""
    if not any(SHY in t for t in texts):
        return None
    mark = next((m for m in _MARKS if not any(m in t for t in texts)), None)
    if mark is None:
        return None
    for el in body.iter():
        if el.text and SHY in el.text:
            el.text = el.text.replace(SHY, mark)
        if el.tail and SHY in el.tail:
            el.tail = el.tail.replace(SHY, mark)
    return mark


def put_back(text: str, mark: str) -> str:
    """``text`` with the stand-in turned back into soft hyphens."""
    return text.replace(mark, SHY)
