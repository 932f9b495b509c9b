"""Small text measures shared by the HTML modules: page text and extracted text are compared as tokens."""

from __future__ import annotations

import re
from typing import Any

WORD = re.compile(r"\w+")


def alnum(text: str) -> int:
    return sum(map(len, WORD.findall(text)))


# characters outside \w, to a space, in UTF-8 bytes: tokens without the regex engine (bytes past
# ASCII, parts of other characters, stay as they are)
_BYTES_NOT_WORD = bytes(c if c >= 128 or chr(c).isalnum() or c == 95 else 32 for c in range(256))


def tokens(text: str) -> str:
    """Text as lower-case word tokens: the form page text and extracted text are compared in."""
    low = text.lower()
    if low.isascii():  # most text: \w is [a-z0-9_] there, and a table lookup is cheaper than \w+
        # as bytes: bytes.translate is a plain table lookup (str.translate ~2-3x slower on short
        # text), and once every character outside \w is a space, bytes.split and str.split agree
        return b" ".join(low.encode("ascii").translate(_BYTES_NOT_WORD).split()).decode("ascii")
    # Other text: ASCII punctuation to spaces (as bytes: str.translate is slow past ASCII), split at
    # any whitespace; a run of letters and digits is a \w+ token whole (\w is exactly isalnum() or
    # '_'), and only the runs holding anything else (curly quotes, dashes, '_') go to the regex.
    parts = low.encode("utf-8", "surrogatepass").translate(_BYTES_NOT_WORD).decode("utf-8", "surrogatepass").split()
    if "".join(parts).isalnum():
        return " ".join(parts)
    out: list[str] = []
    for part in parts:
        if part.isalnum():
            out.append(part)
        else:
            out.extend(WORD.findall(part))
    return " ".join(out)


def text_of(elem: Any) -> str:
    """``elem.text_content()``, without its XPath evaluation for an element with no children (most
    links and list items): ``len()`` counts every child node but text (comments, processing
    instructions and entity references too), so without one the element's text is all its text.
    Nor for one with a single child that is an element without children (a list item or a
    paragraph holding one link, a link holding one span): its text, the child's, the child's tail
    (~0.9 µs a call cheaper than the XPath)."""
    n = len(elem)
    if not n:
        return elem.text or ""
    if n == 1:
        child = elem[0]
        if not len(child) and isinstance(child.tag, str):  # an element: not an entity, a comment...
            return (elem.text or "") + (child.text or "") + (child.tail or "")
    return elem.text_content()  # type: ignore[no-any-return]


def squash(text: str) -> str:
    return " ".join(text.split())


def chars(text: str) -> int:
    """Characters other than spaces and line breaks (a cheap measure of how much text)."""
    return len(text) - text.count(" ") - text.count("\n") - text.count("\t")


SENTENCE_END = tuple('.!?…"”»)。！？）」』')  # CJK pages end sentences with full-width marks
