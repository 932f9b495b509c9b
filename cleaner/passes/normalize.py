"""Normalisation: source text to blocks (one per paragraph or line), keeping source spans.

Scrapers save paragraphs three ways: one per line, separated by blank lines, or hard-wrapped at a
fixed width. Every later pass works on logical lines, so this pass re-joins wrapped lines and folds
stray whitespace, and remembers where each piece came from so removals carry source offsets.

Hard wraps are found by their shape, not a column number: a line broke because the next word did
not fit (``len(line) + 1 + len(next_first_word) > width``). A document is only reflowed when
several such breaks fall mid-sentence, so a list of short lines is never glued together.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..article import REWRITTEN, Block, Piece, Removal
from ..rules import RuleSet

_NEWLINE = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x0b|\x0c|\x85")
# Zero-width joiners (U+200C/D) are kept: emoji sequences and Persian or Indic script need them.
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u00ad\u200b\u2060\ufeff]")
_SPACES = re.compile(r"[^\S\n]+")
_ODD = re.compile(r"[^\S ]|  |[\x00-\x1f\x7f-\x9f\u00ad\u200b\u2060\ufeff]")
_SENTENCE_END = tuple(".!?:;\"'”’)»…]")


_BREAKS = ("\r", "\x0b", "\x0c", "\x85", "\u2028", "\u2029")  # what _NEWLINE takes besides "\n"


# a line (spaces-only lines are matched too and skipped in Python: a pattern that demands a
# non-space character backtracks over every run of spaces, quadratic on a long one)
_LINE_LF = re.compile(r"[^\n]+")
_LINE_ANY = re.compile(r"[^\r\n\u2028\u2029\x0b\x0c\x85]+")


def _lines(source: str) -> tuple[list[tuple[int, int]], list[str]]:
    """The span and the raw text of every line that holds more than spaces; a run of blank lines
    is one empty entry.

    Only lines with content are kept, so memory follows the text, not the line count: 20 MB of
    blank lines around two sentences took 3 GB when every line was a list entry. A blank run is
    all the block builder needs to know (it ends a paragraph).
    """
    line = _LINE_ANY if any(b in source for b in _BREAKS) else _LINE_LF
    spans: list[tuple[int, int]] = []
    raws: list[str] = []
    for m in line.finditer(source):
        text = m.group()
        if not text.strip(" \t"):
            continue  # spaces alone are layout, like an empty line
        start = m.start()
        if spans and _blank_between(source, spans[-1][1], start):
            spans.append((spans[-1][1], spans[-1][1]))
            raws.append("")
        spans.append((start, m.end()))
        raws.append(text)
    return spans, raws


def _blank_between(source: str, end: int, start: int) -> bool:
    """Whether the gap between two content lines holds a blank line (two line breaks or more),
    found without copying the gap (it may be megabytes of newlines)."""
    if start - end <= 1:
        return False
    first = _NEWLINE.search(source, end, start)
    return first is not None and _NEWLINE.search(source, first.end(), start) is not None


def _clean_line(raw: str) -> tuple[str, bool]:
    """Fold whitespace, drop invisible characters; report whether visible characters changed."""
    if not _ODD.search(raw):
        return raw.strip(" "), False
    invisible = bool(_INVISIBLE.search(raw))
    text = _INVISIBLE.sub("", raw) if invisible else raw
    return _SPACES.sub(" ", text).strip(), invisible


def _wrap_width(lines: list[str]) -> int:
    """The column a hard-wrapped dump broke at, or 0 when the text is not hard-wrapped.

    Measured on the breaks that are surely wraps (the next line goes on in lower case), not on all
    lines: a dump whose body is wrapped often keeps a long caption or link on one line, and that
    line must not set the width.
    """
    pairs = [(a, b) for a, b in pairwise(lines) if a and b]
    sure = [len(a) for a, b in pairs if b[:1].islower()]
    if len(sure) < 2 or len(sure) * 5 < len(pairs):
        return 0  # in a wrapped dump most breaks fall mid-sentence; here they don't
    width = max(sure)
    if width > 110 or width < 30:
        return 0
    forced = mid = 0
    for a, b in pairwise(lines):
        if a and b and len(a) <= width and len(a) + 1 + len(b.split(" ", 1)[0]) > width:
            forced += 1
            if not a.endswith(_SENTENCE_END):
                mid += 1
    return width if mid >= 2 and mid * 4 >= forced else 0


def split_blocks(source: str, rules: RuleSet, removed: list[Removal]) -> list[Block]:
    """Cut the source into blocks; whitespace-only changes are layout, invisible characters are logged."""
    spans, raws = _lines(source)
    cleaned: list[str] = []
    for i, raw in enumerate(raws):
        # isprintable() is False for every whitespace character but the space and for every
        # invisible one: a printable line without a double space needs no regex.
        if raw.isprintable() and "  " not in raw:
            cleaned.append(raw.strip(" "))
            continue
        text, changed = _clean_line(raw)
        if changed:
            start, end = spans[i]
            removed.append(
                Removal(
                    rule="NORM-001",
                    family=rules.rule("NORM-001").family,
                    action=REWRITTEN,
                    text=raw,
                    start=start,
                    end=end,
                    before=raw,
                    after=text,
                )
            )
        cleaned.append(text)
    width = _wrap_width(cleaned)
    blocks: list[Block] = []
    current: Block | None = None
    parts: list[str] = []  # the current block's lines, joined once when it ends (joining each
    length = 0  # time a line is added was quadratic on a long hard-wrapped paragraph)
    prev = 0  # length of the previous cleaned line

    def close() -> None:
        if current is not None and len(parts) > 1:
            current.text = " ".join(parts)

    for (start, end), raw, text in zip(spans, raws, cleaned, strict=True):
        if not text:
            close()
            current, prev = None, 0
            continue
        if text == raw:
            exact = True
        else:
            lead = len(raw) - len(raw.lstrip(" "))
            exact = raw[lead : lead + len(text)] == text
            if exact:
                start, end = start + lead, start + lead + len(text)
        join = (
            width
            and current is not None
            and width // 2 <= prev <= width
            and prev + 1 + len(text.split(" ", 1)[0]) > width
        )
        prev = len(text)
        # a cleaned line has single spaces and no other whitespace: its words are its spaces + 1
        words = text.count(" ") + 1
        if join and current is not None:
            current.pieces.append(Piece(length + 1, start, end, exact))
            parts.append(text)
            length += 1 + len(text)
            current.words += words
            current.end = end
        else:
            close()
            current = Block(text, start, end, [Piece(0, start, end, exact)], len(blocks), words=words)
            parts, length = [text], len(text)
            blocks.append(current)
    close()
    return blocks
