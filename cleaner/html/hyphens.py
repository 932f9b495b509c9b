"""Soft hyphens as the page prints them (HTML-028).

A page that hyphenates its words for the browser (``Not&shy;fall&shy;daten&shy;satz``) prints them
with U+00AD in them; trafilatura's text drops every character it deems unprintable, soft hyphens
among them, while the text engine keeps them (``passes.normalize``: part of the word as published)
and so do the text blocks this layer takes from the page itself (HTML-010, 011, 018, 019). The
words trafilatura gave without them are given back in the page's own spelling, only where the page
prints that word with the same soft hyphens every time (a word it also prints plain stays plain).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

SHY = "\xad"
_MARKS = ("\xad", "&shy;", "&#173;", "&#xad;", "&#xAD;")
_HYPHENATED = re.compile(r"\w+(?:\xad+\w+)+")
_WORD = re.compile(r"\w+")


def page_has_soft_hyphens(source: str) -> bool:
    """Whether the page's source holds a soft hyphen (the character or its entity)."""
    return any(m in source for m in _MARKS)


def restore(body_text: str, tree: Any) -> tuple[str, int]:
    """``body_text`` with the page's soft hyphens put back, and how many words got them."""
    body = tree.find("body")
    page = (body if body is not None else tree).text_content()
    forms: dict[str, set[str]] = {}
    for w in _HYPHENATED.findall(page):
        forms.setdefault(w.replace(SHY, ""), set()).add(w)
    if not forms:
        return body_text, 0
    printed = Counter(_HYPHENATED.findall(page))
    plain_counts = Counter(w for w in _WORD.findall(page) if w in forms)  # words printed without any
    spelling = {
        plain: next(iter(f))
        for plain, f in forms.items()
        if len(f) == 1 and not plain_counts.get(plain) and printed[next(iter(f))]
    }
    if not spelling:
        return body_text, 0
    n = 0

    def put(m: re.Match[str]) -> str:
        nonlocal n
        w = m.group()
        form = spelling.get(w)
        if form is None:
            return w
        n += 1
        return form

    out = _WORD.sub(put, body_text)
    return out, n
