"""Small text measures shared by the HTML modules: page text and extracted text are compared as tokens."""

from __future__ import annotations

import re

WORD = re.compile(r"\w+")


def alnum(text: str) -> int:
    return sum(map(len, WORD.findall(text)))


def tokens(text: str) -> str:
    """Text as lower-case word tokens: the form page text and extracted text are compared in."""
    return " ".join(WORD.findall(text.lower()))


def squash(text: str) -> str:
    return " ".join(text.split())


def chars(text: str) -> int:
    """Characters other than spaces and line breaks (a cheap measure of how much text)."""
    return len(text) - text.count(" ") - text.count("\n") - text.count("\t")


SENTENCE_END = tuple('.!?…"”»)。！？）」』')  # CJK pages end sentences with full-width marks
