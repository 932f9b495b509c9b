"""What a Python regex must contain: read off ``re``'s parse tree, to skip patterns that cannot match.

A line rule whose pattern makes the engine try every position of a line ('.{0,80}', '.*?', a
lookahead) is costly in a union; but every match of it contains one of a few literal words, and a
substring test for those words rejects almost every line first. These analyses find those words.
"""

from __future__ import annotations

import re
from typing import Any, Protocol

from ..rules import is_re

try:  # the parse trees of ``re`` (private modules, Python 3.11+), read by the analyses below
    from re import _constants as sre
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - without them no rule is gated, which only costs time
    sre = sre_parse = None

# The only characters Python's case-insensitive matching equates with an ASCII letter whose
# lower() is not that letter (tests/test_line_rules.py checks this against every code point).
FOLDS = ("\u0130", "\u0131", "\u017f")  # İ ı ſ
_I_DOT, _DOTLESS_I, _LONG_S = FOLDS


def has_folds(text: str) -> bool:
    """Whether a text holds one of FOLDS (an ASCII text never does): three substring tests, where a
    generator over FOLDS cost more than the test it served."""
    return not text.isascii() and (_I_DOT in text or _DOTLESS_I in text or _LONG_S in text)


def parse(pattern: Any) -> Any:
    if sre_parse is None:  # pragma: no cover
        return None
    try:
        return sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # a private API: if it ever changes, nothing is gated
        return None


def pattern_words(pattern: Any) -> frozenset[str] | None:
    """The lower-cased ASCII words one of which every match of a Python ``re`` pattern contains.

    None when there are none to be sure of, or the pattern is not a ``re`` pattern. Look them up in
    a text with ``may_match``.
    """
    parsed = parse(pattern) if is_re(pattern) else None
    return None if parsed is None else required_words(parsed)


def may_match(words: frozenset[str] | None, text: str, low: str) -> bool:
    """False only when a pattern with these ``pattern_words`` cannot match ``text`` (``low`` is its
    lower-cased form, or that of a text containing it)."""
    if words is None or (not text.isascii() and (_I_DOT in text or _DOTLESS_I in text or _LONG_S in text)):
        return True  # (has_folds, inline: every gated search asks)
    for word in words:
        if word in low:
            return True
    return False


class Searcher(Protocol):
    """What a pass needs of a pattern it only searches: a compiled ``re`` pattern or a ``GatedPattern``."""

    def search(self, text: str) -> Any: ...


class GatedPattern:
    """A Python ``re`` pattern whose ``search`` first asks whether the text holds one of the words
    every match contains (``pattern_words``), and only then runs the engine, which would otherwise
    try the pattern at every position of the text ('\\b(?:said|says|told…)\\b' over a paragraph).
    Answers exactly as the pattern's own ``search``."""

    __slots__ = ("_re", "pattern", "words")

    def __init__(self, compiled: Any) -> None:
        self._re = compiled
        self.pattern = compiled.pattern
        self.words = pattern_words(compiled)

    def search(self, text: str) -> Any:
        if self.words is not None and not may_match(self.words, text, text.lower()):
            return None
        return self._re.search(text)


def gated(rules: Any, rule_id: str) -> GatedPattern:
    """A rule's pattern as a ``GatedPattern``, built once per rule set."""
    return rules.memo(("regex.gated", rule_id), lambda: GatedPattern(rules.pattern(rule_id)))


def scans(items: Any) -> bool:
    """Whether an anchored pattern opens, maybe after optional parts, with a lookaround or a
    repeated broad class ('.{0,80}', '.*?', '(?:[\\w.-]+\\s+){1,6}'): the engine then walks the line."""
    for op, av in items:
        if op is sre.AT:
            continue
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            return True
        if op is sre.SUBPATTERN:
            return scans(av[3])
        if op is sre.BRANCH:
            return any(scans(alt) for alt in av[1])
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, high, body = av
            if high > 1 and len(body) == 1 and _broad(body[0]):
                return True
            if scans(body):
                return True
            if low == 0:
                continue  # optional: what follows may open the match
        return False
    return False


def _broad(item: Any) -> bool:
    """Whether one character of a pattern matches most characters of prose: '.', '[^…]', '\\w', '\\S'."""
    op, av = item
    if op in (sre.ANY, sre.NOT_LITERAL):
        return True
    if op is sre.IN:
        broad = (sre.CATEGORY_WORD, sre.CATEGORY_NOT_WORD, sre.CATEGORY_NOT_SPACE, sre.CATEGORY_NOT_DIGIT)
        return any(kind is sre.NEGATE or (kind is sre.CATEGORY and arg in broad) for kind, arg in av)
    return False


def required_words(items: Any) -> frozenset[str] | None:
    """Lower-cased ASCII strings one of which every match of a parsed pattern contains, or None.

    A run of literal characters must appear as printed (in any case when the pattern ignores case);
    a group must match, an alternation needs one of its branches, a repeat of at least one needs its
    body. Of the sequence's candidates the one with the longest shortest word is kept.
    """
    best: frozenset[str] | None = None
    run: list[str] = []

    def keep(cand: frozenset[str] | None) -> None:
        nonlocal best
        if cand and (best is None or _rank(cand) > _rank(best)):
            best = cand

    for op, av in items:
        if op is sre.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            keep(frozenset(["".join(run)]))
            run = []
        if op is sre.SUBPATTERN:
            keep(required_words(av[3]))
        elif op is sre.BRANCH:
            alts = [required_words(alt) for alt in av[1]]
            if all(alts):
                keep(frozenset().union(*alts))  # type: ignore[arg-type]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            keep(required_words(av[2]))
    if run:
        keep(frozenset(["".join(run)]))
    return best


def _rank(words: frozenset[str]) -> tuple[int, int]:
    return min(len(w) for w in words), -len(words)


def literal_union(words: Any) -> re.Pattern[str]:
    """A pattern whose ``search`` finds a match exactly when one of some literal strings is a
    substring of the text (as printed: no case folding), the answer of ``any(w in text for w in
    words)`` in one call; where and how long the match is, is no part of the answer. An empty word
    is in every text, as it is for ``in``.

    ``re`` tries a pattern at every position its first character allows, and a union of words
    opening with most letters is tried almost everywhere, each time against a branch per letter.
    So each word is matched from its rarest character ('getty' from its 'y', 'photo' from its 'p'),
    the characters before it checked by a lookbehind ('y(?<=getty)'): the engine skips ahead to the
    few characters that anchor some word (a word holding another is dropped, the other answers for
    it), and at each tries only that character's words."""
    kept: list[str] = []
    for word in sorted(set(words), key=lambda w: (len(w), w)):
        if not any(k in word for k in kept):
            kept.append(word)
    if not kept:
        return re.compile("(?!)")
    if kept[0] == "":
        return re.compile("")
    by_anchor: dict[str, list[str]] = {}
    for word in kept:
        k = min(range(len(word)), key=lambda i: (_commonness(word[i]), i))
        before, after = word[: k + 1], word[k + 1 :]
        look = f"(?<={re.escape(before)})" if k else ""
        by_anchor.setdefault(word[k], []).append(look + re.escape(after))
    alts = []
    for ch, tails in sorted(by_anchor.items()):
        alts.append(re.escape(ch) + (tails[0] if len(tails) == 1 else "(?:" + "|".join(tails) + ")"))
    return re.compile("|".join(alts))


# letters and the space by how often they stand in English prose, most often first: a word is
# anchored on its character that comes latest here (any other character counts as rarer still)
_BY_FREQUENCY = " etaoinshrdlcumwfgypbvkjxqz"


def _commonness(ch: str) -> int:
    i = _BY_FREQUENCY.find(ch)
    return len(_BY_FREQUENCY) - i if i >= 0 else 0
