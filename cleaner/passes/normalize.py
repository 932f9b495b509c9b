"""Normalisation: source text to blocks (one per paragraph or line), keeping source spans.

Scrapers save paragraphs three ways: one per line, separated by blank lines, or hard-wrapped at a
fixed width. Every later pass works on logical lines, so this pass re-joins wrapped lines and folds
stray whitespace, and remembers where each piece came from so removals carry source offsets.

Hard wraps are found by their shape, not a column number: a line broke because the next word did
not fit (``len(line) + 1 + len(next_first_word) > width``), with the width measured per paragraph
(dumps rewrap each paragraph at its own width, and indent first lines). A document is only reflowed
when several such breaks fall mid-sentence, so a list of short lines is never glued together.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from ..article import _CJK, REWRITTEN, Block, Piece, Removal
from ..rules import RuleSet
from ..text.shapes import LEAD_INS, is_name

_NEWLINE = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x0b|\x0c|\x85")
# Zero-width joiners (U+200C/D) are kept: emoji sequences and Persian or Indic script need them.
# (a soft hyphen, U+00AD, stays: the page's own hyphenation point, part of the word as published)
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u200b\u2060\ufeff]")
_SPACES = re.compile(r"[^\S\n]+")
_ODD = re.compile(r"[^\S ]|  |[\x00-\x1f\x7f-\x9f\u200b\u2060\ufeff]")
_HYPHEN_END = re.compile(r"[^\W\d_]-$")
_SENTENCE_END = tuple(".!?:;\"'”’)»…]")
_CLOSES = (".", "!", "?", '."', ".”", '?"', "?”", '!"', "!”", ".)")  # a sentence's last line, surely


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
    lf = not any(b in source for b in _BREAKS)
    if lf and source.count("\n") <= _SPLIT_MAX_LINES:
        return _lines_lf(source)
    line = _LINE_LF if lf else _LINE_ANY
    spans: list[tuple[int, int]] = []
    raws: list[str] = []
    end = -1  # the end of the last line with content
    for m in line.finditer(source):
        text = m.group()
        if not text.strip(" \t"):
            continue  # spaces alone are layout, like an empty line
        start = m.start()
        # with '\n' the only break, a blank line is a second '\n' in the gap (counted, not copied)
        if end >= 0 and (source.count("\n", end, start) >= 2 if lf else _blank_between(source, end, start)):
            spans.append((end, end))
            raws.append("")
        end = m.end()
        spans.append((start, end))
        raws.append(text)
    return spans, raws


_SPLIT_MAX_LINES = 100_000  # up to this many lines, a list of them costs less than matching each


def _lines_lf(source: str) -> tuple[list[tuple[int, int]], list[str]]:
    """``_lines`` for a text whose only break is '\n', from ``str.split``: what lies between two lines
    with content is a blank line exactly when a line was skipped there (empty or spaces only)."""
    spans: list[tuple[int, int]] = []
    raws: list[str] = []
    pos = 0
    end = -1  # the end of the last line with content
    skipped = False
    for text in source.split("\n"):
        start = pos
        pos += len(text) + 1
        if not text.strip(" \t"):
            skipped = True
            continue  # spaces alone are layout, like an empty line
        if end >= 0 and skipped:
            spans.append((end, end))
            raws.append("")
        end = start + len(text)
        spans.append((start, end))
        raws.append(text)
        skipped = False
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


# words a sentence never ends on: a line that ends with one was cut mid-sentence
_CONTINUES = frozenset(
    """a an the of to in on at for and or but by with from as that than into its his her their our your is are was
    were be been has have had will would not der die das den dem des und oder von zu mit im auf für ist le la les
    des du de et ou en au aux un une el los las del y con por para que il lo gli di da e o em no na do dos um uma
    het een van en op met voor z w i na do over about after before under between against during without within
    including such because while where which who whose whom if both either nor via per toward towards across among
    through upon despite until unless whether although though this these those my we they he she über nach bei
    wie aus dans sur par pour avec sans sous entre chez sobre desde hasta sin tra fra nel nella sul
    sulla""".split()
)


def _goes_on(line: str, nxt: str) -> bool:
    """Evidence that a break fell mid-sentence: the next line goes on in lower case, or the line ends on
    a word no sentence ends on ('... a total of' / '1,050 people')."""
    if nxt[:1].islower():
        return True
    return line.rsplit(" ", 1)[-1] in _CONTINUES


_PROSE_WORD = re.compile(r"[^\W\d_]+,?(?:\s|$)")  # a word (in lower case, tested apart): no code, no address


def _prose_link(line: str, nxt: str) -> bool:
    """A break inside a sentence of prose: the line ends on a word or a comma and the next goes on
    with a word in lower case ('… a total of' / 'people crossed …')."""
    return (
        bool(line and nxt)
        and line[-1] not in ".:;!?*)]}\"'”’"
        and nxt[:1].islower()
        and _PROSE_WORD.match(nxt) is not None
    )


_LONG_LINE = 60  # columns: no headline or name in a list runs this long
_MAX_WIDTH = 132  # columns: the widest a dump is wrapped at (a wide terminal's; 72 to 80 are usual)
# the widest a run's own width may be for a break after a sentence's end to be joined: past it,
# a page's lines set with <br> are as likely as a wrap
_RUN_WIDTH = 110
# the longest chain of lines whose loosest line is cut first (each side judged again): past it,
# every loose line at once, so a hostile column of short lines costs linear time
_RECUT_LINES = 40
# the narrowest a part of a chain so cut may be wrapped at to be joined: a list's short lines are
# forced at their own small width as often as not
_RECUT_WIDTH = 45


def _runs_on(line: str, nxt: str) -> bool:
    """The prose evidence of a mid-sentence break: a word in lower case goes on (``_prose_link``), the
    line ends on a word no sentence ends on and the next opens with a letter ('… officials to' /
    'Armenia since …', '… to The' / 'Hill's request …'), on a comma ('… in Nairobi,' / 'Kenya.'), or
    on a word in lower case with a number next ('… hitting' / '16.057% on Monday')."""
    if _prose_link(line, nxt):
        return True
    first = nxt[:1]
    last = line.rsplit(" ", 1)[-1]
    if first.isalpha() and (last in _CONTINUES or (not last.isupper() and last.lower() in _CONTINUES)):
        return True  # ('ON', 'IN' in capitals are a state's or a province's code)
    if line.endswith(",") and first.isalnum() and len(line) > 1 and line[-2].isalpha():
        return True
    return first.isdigit() and line[-1:].islower()


def _wrap_joins(raws: list[str], lines: list[str]) -> list[bool] | None:
    """For every line, whether it goes on the line before it (a hard wrap); None when the text is not wrapped.

    A break is a wrap when it was forced: the next word would not have fitted on the line
    (``len(line) + 1 + len(next_first_word) > width``). The width is measured per paragraph, not
    per document, since dumps rewrap each paragraph at its own width (60 to 80 columns): a
    paragraph is a run of lines between blank lines, and a line indented deeper than the one before
    it opens a new one (first-line indents), so paragraphs without blank lines between them are
    told apart too. Lengths count the indent, as the wrapping tool did; CRLF and other breaks were
    split off before. The width of a paragraph is its longest line but the last: every line of a
    wrapped paragraph but the last fills it. The document is reflowed only when its breaks look
    wrapped: many fall mid-sentence (the next line goes on in lower case), and most of the forced
    ones do not end a sentence, so a list of short lines is never glued together.
    """
    n = len(lines)
    # most dumps are not wrapped: decide that first, on the lines alone
    pairs = sure = 0
    for i in range(1, n):
        if lines[i - 1] and lines[i]:
            pairs += 1
            if lines[i][:1].islower():
                sure += 1
    if sure < 2 or sure * 5 < pairs:
        return None  # in a wrapped dump most breaks fall mid-sentence; here they don't
    lengths = [0] * n
    indents = [0] * n
    width = [0] * n  # the width of the paragraph each line belongs to (0: one line alone)
    # a paragraph held to the document's width whose lines but the last are all long: its own
    # width, for a paragraph of two or three lines wrapped wider than the rest ('… by senior' /
    # 'U.S. officials …' at 104 columns where the lines known to wrap reach 97)
    long_width = [0] * n
    para = [0] * n  # where the paragraph each line belongs to starts: two at one width are still two
    for i in range(n):
        if lines[i]:
            indents[i] = len(raws[i]) - len(raws[i].lstrip(" \t"))
    # first-line indents: several indented lines go on at a smaller indent. Then an indented line
    # under a paragraph's indented first line opens a paragraph too (a paragraph of one line)
    # (two spaces or more: a space before each line is an HTML dump's stray whitespace)
    first_lines = sum(1 for i in range(n - 1) if lines[i] and lines[i + 1] and indents[i] >= 2 + indents[i + 1]) >= 3
    start = 0
    for i in range(n + 1):
        text = lines[i] if i < n else ""
        if i < n and text:
            lead = indents[i]
            lengths[i] = lead + len(text)
            if (
                i > start
                and lines[i - 1]
                and lead <= indents[i - 1]
                and not (
                    first_lines
                    and lead >= 2
                    and lead == indents[i - 1]
                    and i - 1 == start
                    and not _runs_on(lines[i - 1], text)
                )
            ):
                continue  # the paragraph goes on
        # a paragraph ended at i - 1: its width is its longest line but the last. A paragraph none
        # of whose lines goes on in lower case may be a list of short lines (headlines, names):
        # it is held to the document's width, the widest line that surely wraps (-1 below)
        if i - 1 > start:
            w = max(lengths[start : i - 1])
            # (in a text of first-line indents, a first line indented deeper than the next opens a
            # paragraph as a wrapping tool does: its lines, long ones, are wrapped at its own width)
            indented = first_lines and indents[start] >= 2 + indents[start + 1] and min(lengths[start : i - 1]) >= 45
            if not indented and not any(_goes_on(lines[k - 1], lines[k]) for k in range(start + 1, i)):
                if min(lengths[start : i - 1]) >= _LONG_LINE:
                    for k in range(start, i):
                        long_width[k] = w
                w = -1
            for k in range(start, i):
                width[k] = w
                para[k] = start
        start = i
    widest = max(lengths[i - 1] for i in range(1, n) if lines[i - 1] and lines[i][:1].islower())
    # Paragraphs with no blank line and no indent between them share one run of lines, each at its
    # own width. Within a run, the lines up to one that ends a sentence make a chain; a chain is
    # wrapped prose when at least one of its breaks runs on (``_runs_on``) and every
    # line but its last was forced at its width (the longest of them): then its breaks are joined.
    # The break after a sentence's end keeps the run's width: a paragraph whose last line happens to
    # reach its margin would otherwise swallow the next. A list, code or a column of headlines
    # never passes both tests.
    chain_width = [0] * n  # for the break before line i, the width of the chain it lies in (0: none)
    chain_span: dict[int, tuple[int, int]] = {}  # a line of a wrapped chain -> the chain's first and last line

    def reach_of(k: int) -> int:  # line k's length with the next line's first word on it
        return lengths[k] + 1 + len(lines[k + 1].split(" ", 1)[0])

    def judge(first: int, last: int) -> None:
        todo = [(first, last, 30)]  # a stack, not recursion: a hostile text may split a chain many times
        while todo:
            first, last, least = todo.pop()
            # lines above the prose that no sentence end closes (a title, a byline) are no part of it;
            # they are judged again on their own (a caption wrapped narrower: '… in Kyiv, January' /
            # '9, 2023. REUTERS/…' above a lead wrapped wider)
            top = first
            while last - first >= 1:
                if reach_of(first) > max(lengths[first:last]):
                    break
                first += 1
            if 2 <= first - top <= _RECUT_LINES:
                todo.append((top, first - 1, _RECUT_WIDTH))
            if last - first < 1:
                continue
            cw = max(lengths[first:last])
            loose = [k for k in range(first, last) if reach_of(k) <= cw]
            if loose:
                # a line the next word would have fitted on ends a paragraph (a caption's credit over
                # the copy, a line of a list): what lies on each side is judged at its own width.
                # The loosest line is cut first and each side judged again: a wider line above (a
                # title wrapped at 78 columns over a lead wrapped at 58) makes every line of the
                # narrower paragraph loose at its width, not at the paragraph's own. A long chain
                # (a column of short lines) is cut at every loose line at once, in linear time.
                if last - first <= _RECUT_LINES:
                    k = min(loose, key=lambda k: (reach_of(k), k))
                    todo.extend((a, b, _RECUT_WIDTH) for a, b in ((first, k), (k + 1, last)) if b > a)
                    continue
                bounds = [first - 1, *loose, last]
                todo.extend((a + 1, b, least) for a, b in pairwise(bounds) if b > a + 1)
                continue
            if least <= cw <= _MAX_WIDTH and any(_runs_on(lines[k - 1], lines[k]) for k in range(first + 1, last + 1)):
                for k in range(first + 1, last + 1):
                    chain_width[k] = cw
                for k in range(first, last + 1):
                    chain_span[k] = (first, last)

    first = 0
    for i in range(1, n + 1):
        if (
            i < n
            and lines[i - 1]
            and lines[i]
            and para[i - 1] == para[i]
            and (not lines[i - 1].endswith(_SENTENCE_END) or lines[i][:1].islower())  # 'a U.S.' / 'official'
        ):
            continue
        judge(first, i - 1)  # the chain is first..i - 1
        first = i
    forced = mid = 0
    joins = [False] * n
    for i in range(1, n):
        a, b = lines[i - 1], lines[i]
        w = width[i]
        if not (a and b and w and width[i - 1] == w and para[i - 1] == para[i]):
            continue
        w = widest if w < 0 else w
        prev = lengths[i - 1]
        reach = prev + 1 + len(b.split(" ", 1)[0])
        if prev <= w and reach > w:
            forced += 1
            if not a.endswith(_SENTENCE_END):
                mid += 1
            joins[i] = 30 <= w <= _RUN_WIDTH and w // 2 <= prev
        if joins[i]:
            continue
        if (
            width[i] < 0
            and 0 < long_width[i] <= _MAX_WIDTH
            and prev <= long_width[i] < reach
            and prev * 5 >= widest * 4
        ):
            joins[i] = not a.endswith(_SENTENCE_END)  # no headline is that long; a sentence's end may be one's
        elif chain_width[i] and prev <= chain_width[i] < reach:
            # forced at its own paragraph's width: a join, but no evidence that the text is wrapped
            # (that is judged at the run's width, as before)
            joins[i] = chain_width[i] // 2 <= prev
    if mid < 2 or mid * 4 < forced:
        return None
    # a break after a sentence's end between two wrapped chains joins them only if one width wraps
    # both: paragraphs rewrapped each at its own width (60 to 80 columns) with no blank line
    # between them are told apart by their widths, where the break alone looks forced
    # (and joins them when one width does, the break after the sentence forced at it too: a sentence
    # ending at the margin inside a paragraph wrapped narrower than the document's widest)
    for i in range(1, n):
        if (
            lines[i - 1].endswith(_SENTENCE_END)
            and not lines[i][:1].islower()
            and i - 1 in chain_span
            and i in chain_span
            and chain_span[i - 1] != chain_span[i]
            and para[i - 1] == para[i]
            and width[i]
        ):
            first, last = chain_span[i - 1][0], chain_span[i][1]
            both = max(lengths[first:last])
            joins[i] = (
                30 <= both <= _RUN_WIDTH
                and all(reach_of(k) > both for k in range(first, last))
                # the sentence's line reaches the margin of the lines above it: a paragraph's last
                # line seldom fills it
                and (joins[i] or lengths[i - 1] >= max(lengths[first : i - 1]))
            )
    _join_set_apart(lines, lengths, para, chain_width, joins, reach_of)
    narrowest = min((w for w in chain_width if w), default=0)
    for i in range(1, n):
        a, b = lines[i - 1], lines[i]
        if joins[i] or not (a and b) or indents[i] > indents[i - 1]:
            continue
        if a.count("(") > a.count(")") and b.count(")") > b.count("(") and len(a) >= 30:
            joins[i] = True  # '(Reporting by Jane Doe; Editing by John' / 'Roe)': the bracket closes on the next line
        elif _PAREN_CREDIT.match(b) and len(a) >= 30 and not joins[i - 1] and a[-1:] in ".!?":
            # '… in Nairobi, Kenya on February 4, 2023.' / '(AP Photo/Jane Doe)': a caption of one
            # line and its credit, wrapped
            joins[i] = True
        elif a.endswith(_CREDIT_LABELS) and len(a) >= 30:
            joins[i] = True  # '… in Goris, Armenia. Photo:' / 'Jane Doe/Getty Images': a credit's label and its name
        elif para[i] == para[i - 1] and width[i] and (" " + b).startswith(_CREDIT_LABELS) and len(a) >= 30:
            joins[i] = True  # '… in Goris, Armenia.' / 'Photo: Jane Doe/Getty Images': the caption's credit, wrapped
        elif (
            para[i] == i - 1
            and (i + 1 >= n or not lines[i + 1] or para[i + 1] != para[i])
            and len(a) >= 40
            and not a.endswith(_SENTENCE_END)
            and b.endswith(_SENTENCE_END)
            and _sentence_case(a)
        ):
            # a paragraph of two lines, set apart: a sentence broken once ('… with their North' /
            # 'American neighbours, …'), where a title over a line of copy ends no sentence below
            joins[i] = True
        elif (
            narrowest
            and not joins[i - 1]
            and (i == 1 or not lines[i - 2] or lines[i - 2].endswith(_SENTENCE_END))
            and (i + 1 >= n or not lines[i + 1] or not joins[i + 1])
            and len(a) >= 40
            and not a.endswith(_SENTENCE_END)
            and b.endswith(_CLOSES)
            and not _LIST_MARK.match(a)
            and reach_of(i - 1) > narrowest
            and _sentence_case(a)
        ):
            # the same among paragraphs with no blank line between them, where the line is too long
            # for the next word at the narrowest width the text wraps at ('… gone awry in South' /
            # 'Dakota.'): a heading in sentence case is shorter than a wrapped line
            joins[i] = True
    _join_title_tail(lines, lengths, joins, narrowest, reach_of)
    # an item of a list opens a line of its own, when the line it would join opens with the same mark
    head = 0
    for i in range(1, n):
        if not joins[i]:
            head = i
            continue
        mark = _LIST_MARK.match(lines[i])
        opener = _LIST_MARK.match(lines[head]) if mark else None
        if mark and opener and _mark_kind(mark.group(0)) == _mark_kind(opener.group(0)):
            joins[i] = False
            head = i
    return joins


_LIST_MARK = re.compile(r"^(?:[-–—•*·]\s|\d{1,3}[.)]\s|\[\d{1,3}\]\s)")


def _join_title_tail(
    lines: list[str], lengths: list[int], joins: list[bool], narrowest: int, reach_of: Callable[[int], int]
) -> None:
    """A wrapped text's first line, a title too long for the width, and the one to three words the
    wrap left under it ('ANALYSIS-New York State Attorney General reportedly investigating' /
    'WeWork'): one line, so that the title is lifted whole. The line must be forced at the narrowest
    width the text wraps at and end no sentence; the words under it must be no byline, no name (a
    writer printed under the title without 'By'), no date."""
    first = next((k for k in range(len(lines)) if lines[k]), None)
    if first is None or first + 1 >= len(lines) or not narrowest or joins[first + 1]:
        return
    title, tail = lines[first], lines[first + 1]
    words = tail.split()
    if (
        1 <= len(words) <= 3
        and lengths[first] >= 50
        and not title.endswith(_SENTENCE_END)
        and reach_of(first) > narrowest
        and words[0].lower() not in LEAD_INS  # a byline under the title, not its last words
        and not any(c.isdigit() for c in tail)
        and not is_name(tail)
        and (first + 2 >= len(lines) or not joins[first + 2])
    ):
        joins[first + 1] = True


def _mark_kind(mark: str) -> str:
    """What kind of list a mark opens an item of: numbers ('1. ', '2) '), references ('[1] ') or a
    bullet's own sign ('- ', '• ')."""
    if mark[:1].isdigit():
        return "0" + mark[-2]
    return mark[:1]


def _join_set_apart(
    lines: list[str],
    lengths: list[int],
    para: list[int],
    chain_width: list[int],
    joins: list[bool],
    reach_of: Callable[[int], int],
) -> None:
    """A paragraph set apart by blank lines in a wrapped text is one paragraph when every line but
    its last would have been forced at the narrowest width the text is known to wrap at (a wrapped
    headline of a related list, a quotation's sentences, a two-line paragraph opening with a
    capital). A list of short lines does not reach that width; an item marked as one ('- ', '1. ')
    opens a line of its own."""
    widths = [w for w in chain_width if w]
    if not widths:
        return
    narrowest = min(widths)
    n = len(lines)
    first_line = next((k for k in range(n) if lines[k]), n)
    start = 0
    while start < n:
        end = start
        while end + 1 < n and lines[end + 1] and para[end + 1] == para[start] and para[start] == start:
            end += 1
        if (
            end > start
            and end - start <= 15
            and start > first_line
            and not lines[start - 1]
            and (end + 1 >= n or not lines[end + 1])
            and all(lengths[k] >= 40 and reach_of(k) > narrowest for k in range(start, end))
            and not any(_LIST_MARK.match(lines[k]) for k in range(start + 1, end + 1))
        ):
            for k in range(start + 1, end + 1):
                joins[k] = True
        start = end + 1


# a picture credit in brackets, alone on a line: '(AP Photo/Jane Doe)', '(Photo: Getty Images)'
_PAREN_CREDIT = re.compile(
    r"\([^()]{0,40}\b(?:Photo|Photograph|Photos|Foto|Image|Picture|Credit|Bild)s?\b[^()]{0,60}\)$", re.IGNORECASE
)
# a picture credit's label, which a wrap leaves at the end of the caption's line
_CREDIT_LABELS = (" Photo:", " Photograph:", " Photos:", " Image:", " Credit:", " Picture:", " Foto:", " Bild:")


def _sentence_case(line: str) -> bool:
    """Most words in lower case, as a sentence prints them (a title in title case, a list of names
    or places does not)."""
    head, dash, rest = line.partition(" - ")
    if dash and head.split("(", 1)[0].isupper():
        line = rest  # a dateline's capitals are no title's: 'NEW YORK (Reuters) - Time is not on'
    words = line.split()
    return sum(1 for w in words if w[:1].islower()) * 2 > len(words)


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
    joins = _wrap_joins(raws, cleaned)
    blocks: list[Block] = []
    current: Block | None = None
    parts: list[str] = []  # the current block's lines, joined once when it ends (joining each
    length = 0  # time a line is added was quadratic on a long hard-wrapped paragraph)

    for i, ((start, end), raw, text) in enumerate(zip(spans, raws, cleaned, strict=True)):
        if not text:
            if current is not None and len(parts) > 1:
                current.text = "".join(parts)
            current = None
            continue
        if text == raw:
            exact = True
        else:
            lead = len(raw) - len(raw.lstrip(" "))
            exact = raw[lead : lead + len(text)] == text
            if exact:
                start, end = start + lead, start + lead + len(text)
        join = joins is not None and joins[i] and current is not None
        # a cleaned line has single spaces and no other whitespace: its words are its spaces + 1,
        # and in Chinese and Japanese, which put no spaces between words, about one per two characters
        words = text.count(" ") + 1
        if not text.isascii() and _CJK.search(text):
            words += len(_CJK.findall(text)) // 2  # as ``word_count``, whose split() is the count here
        if join and current is not None:
            # a compound the wrap broke at its hyphen ('Nagorno-' / 'Karabakh') is joined without a space
            gap = 0 if _HYPHEN_END.search(parts[-1]) and text[:1].isalpha() else 1
            current.pieces.append(Piece(length + gap, start, end, exact))
            parts.append(" " + text if gap else text)
            length += gap + len(text)
            current.words += words - (1 - gap)
            current.end = end
        else:
            if current is not None and len(parts) > 1:
                current.text = "".join(parts)
            current = Block(text, start, end, [Piece(0, start, end, exact)], len(blocks), words=words)
            parts, length = [text], len(text)
            blocks.append(current)
    if current is not None and len(parts) > 1:
        current.text = "".join(parts)
    return blocks
