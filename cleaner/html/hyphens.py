"""Soft hyphens as the page prints them (HTML-028).

A page that hyphenates its words for the browser (``Not&shy;fall&shy;daten&shy;satz``) prints them
with U+00AD in them. trafilatura's tree keeps them, but its text renderer drops every character it
deems unprintable, soft hyphens among them, while the text engine keeps them
(``passes.normalize``: part of the word as published) and so do the text blocks this layer takes
from the page itself (HTML-010, 011, 018, 019). So the renderer is handed the tree with each soft
hyphen stood in for by a printable mark the text does not hold, and the mark turns back into the
soft hyphen afterwards: every word keeps them exactly where the page printed them.

The text engine's rules read words whole ('Anzeige', not 'An\xadzei\xadge'), so it is given the text
without them, and the words of what it keeps get their soft hyphens back (``respell``).
"""

from __future__ import annotations

import re
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


_HYPHENATED = re.compile(r"\w+(?:\xad+\w+)+")
_WORD = re.compile(r"\w+")


def respell(text: str, ref: str) -> str:
    """``text`` (cleaned from ``ref`` without its soft hyphens) spelled as ``ref`` spells it: a
    paragraph or line kept as it was gets ``ref``'s own, soft hyphens where the page printed them;
    in one the text engine rewrote, a word ``ref`` prints with soft hyphens, always the same way and
    never plain, gets them back, and a word it prints two ways stays plain."""
    own: dict[str, str] = {}
    for block in ref.split("\n\n"):
        if SHY in block:
            own.setdefault(" ".join(block.replace(SHY, "").split()), " ".join(block.split()))
            for line in block.split("\n"):
                if SHY in line:
                    own.setdefault(" ".join(line.replace(SHY, "").split()), " ".join(line.split()))
    words: dict[str, str] | None = None
    out = []
    for block in text.split("\n\n"):
        found = own.get(block)
        if found is None:
            lines = block.split("\n")
            if words is None:
                words = _spellings(ref)
            found = "\n".join(own.get(line) or _respell_words(line, words) for line in lines)
        out.append(found)
    return "\n\n".join(out)


def _spellings(ref: str) -> dict[str, str]:
    forms: dict[str, set[str]] = {}
    for w in _HYPHENATED.findall(ref):
        forms.setdefault(w.replace(SHY, ""), set()).add(w)
    plain = set(_WORD.findall(_HYPHENATED.sub(" ", ref)))  # the words ref prints without one
    return {p: next(iter(f)) for p, f in forms.items() if len(f) == 1 and p not in plain}


def _respell_words(line: str, words: dict[str, str]) -> str:
    if not words:
        return line
    return _WORD.sub(lambda m: words.get(m.group(), m.group()), line)
