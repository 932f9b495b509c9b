"""A union of anchored line rules that tries only the branches a line's first two characters allow.

Python's ``re`` tries every branch of an alternation in turn, so a union of a family's anchored
rules (hundreds of branches: 'subscribe…', 'sign up…', 'become a member…') costs every block of
prose a few microseconds per family, even though almost every branch fails on its first letter.
Here each rule is split into its top-level branches, and for each branch the analysis below reads
off the parse tree which two-character openings a match can have. A line is then tried only against
the branches its own opening allows (compiled once per set of branches, and cached).

It is a prefilter and errs one way only: a branch is kept whenever the analysis cannot bound its
opening (a '\\w', a '.', a negated class, a case-insensitive letter outside ASCII), and a line the
key cannot describe (shorter than two characters, or opening with one of the few characters
case-insensitive matching folds oddly) is tried against the whole union. The rules themselves still
decide every match (``LineRules.first``); tests/test_dispatch.py checks the prefilter against the
whole union on every rule example and on real text.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..rules import regex_structure
from .regex import FOLDS, has_folds, required_words, sre, sre_parse
from .unions import compile_union

K = 2  # the key's length: two characters split prose from boilerplate openings well enough
_COMPILE_AFTER = 3  # a head's own union is compiled the third time a line opens with it
_MAX_KEYS = 4000  # past this many openings a branch is kept for every line (no gain, much memory)
# a branch that may open with any letter is tried apart, on the lines holding one of the words every
# match of it contains, when it has at most this many such words and none shorter than this
_MAX_WORDS, _MIN_WORD = 8, 4

_COMPILED: dict[str, re.Pattern[str]] = {}  # union source -> pattern, shared by every rule set
_ANALYSED: dict[tuple[str, int], frozenset[str] | None] = {}  # (branch source, flags) -> its openings


class _Unbounded(Exception):
    pass


def _kc(ch: str) -> str:
    """The key character: any space is ' ', any decimal digit '0', a letter its lower case."""
    if ch.isspace():
        return " "
    if ch.isdecimal():
        return "0"
    return ch.lower()


def key_of(text: str) -> str | None:
    """The line's two-character key, or None when the key cannot stand for it."""
    if len(text) < K:
        return None
    head = text[:K]
    if any(c in FOLDS for c in head):
        return None
    return "".join(_kc(c) for c in head)


def _chars(code: int, ignore: bool) -> set[str]:
    c = chr(code)
    if ignore and not c.isascii() and (c.lower() != c or c.upper() != c):
        return _folded(code)
    return {_kc(c), _kc(c.upper()), _kc(c.lower())} if ignore else {_kc(c)}


def _folded(code: int) -> set[str]:
    """The key characters of every character a case-insensitive pattern's cased letter outside ASCII
    matches. ``re`` compares lower cases (its own simple mapping) and adds a few extra equivalents
    ('σ' and 'ς', 'в' and 'ᲀ'), which lower() alone would miss: the key holds them all. A line
    character whose lower() is not that simple mapping ('İ') is one of FOLDS, whose lines
    ``key_of`` leaves to the whole union. Checked against ``re`` for every cased character of the
    Basic Multilingual Plane."""
    if _tolower is None or _EXTRA_CASES is None:
        raise _Unbounded  # without re's own tables the fold is not known: keep the branch for every line
    low = _tolower(code)
    out = {_kc(chr(low))}
    for extra in _EXTRA_CASES.get(low, ()):
        out.add(_kc(chr(extra)))
    return out


try:  # re's case folding (private, CPython 3.11+): the exact equivalents of a case-insensitive letter
    from _sre import unicode_tolower as _tolower
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover - a branch with such letters is then kept for every line
    _tolower = _EXTRA_CASES = None  # type: ignore[assignment]


def _class(av: Any, ignore: bool) -> set[str]:
    out: set[str] = set()
    for op, arg in av:
        if op is sre.LITERAL:
            out |= _chars(arg, ignore)
        elif op is sre.RANGE:
            lo, hi = arg
            if hi - lo > 400:
                raise _Unbounded
            for code in range(lo, hi + 1):
                out |= _chars(code, ignore)
        elif op is sre.CATEGORY and arg is sre.CATEGORY_DIGIT:
            out.add("0")
        elif op is sre.CATEGORY and arg is sre.CATEGORY_SPACE:
            out.add(" ")
        else:
            raise _Unbounded  # a negated class, '\w', '\S', '\D': nearly any character
    return out


def _extend(prefixes: set[str], chars: set[str]) -> set[str]:
    out = {p for p in prefixes if len(p) >= K}
    out |= {p + c for p in prefixes if len(p) < K for c in chars}
    if len(out) > _MAX_KEYS:
        raise _Unbounded
    return out


def _freeze(prefixes: set[str]) -> set[str]:
    """Anything may follow: an open prefix 'p' becomes 'p*', which any key opening with p fits."""
    return {p if len(p) >= K else p + _ANY * (K - len(p)) for p in prefixes}


_ANY = "\uffff"  # a key character no line has: 'x\uffff' stands for every key opening with 'x'


def _seq(items: Any, prefixes: set[str], ignore: bool) -> set[str]:
    for op, av in items:
        if all(len(p) >= K for p in prefixes):
            return prefixes
        if op is sre.LITERAL or op is sre.IN:
            try:
                chars = _chars(av, ignore) if op is sre.LITERAL else _class(av, ignore)
            except _Unbounded:
                return _freeze(prefixes)  # '\w', '.', a negated class: the rest is open
            prefixes = _extend(prefixes, chars)
        elif op is sre.AT or op in (sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width; a lookaround only narrows what follows, so ignoring it is safe
        elif op is sre.SUBPATTERN:
            _group, add, remove, body = av
            inner = (ignore or bool(add & re.IGNORECASE)) and not (remove & re.IGNORECASE)
            prefixes = _seq(body, prefixes, inner)
        elif op is sre.BRANCH:
            out: set[str] = set()
            for branch in av[1]:
                out |= _seq(branch, set(prefixes), ignore)
            prefixes = out
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) or op is getattr(sre, "POSSESSIVE_REPEAT", None):
            low, high, body = av
            cur, out = set(prefixes), set(prefixes) if low == 0 else set()
            for i in range(1, K + 2):
                cur = _seq(body, cur, ignore)
                if i >= low:
                    out |= cur
                if i >= high:
                    break
            else:
                out |= cur  # more repeats than the key is long: what is open stays as open as it was
            prefixes = out
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            prefixes = _seq(av, prefixes, ignore)
        else:
            return _freeze(prefixes)  # '.', a back-reference, a conditional: anything may follow
    return prefixes


def openings(source: str, flags: int) -> frozenset[str] | None:
    """The keys a match of this anchored branch can open with ('x\uffff': any key opening with x),
    or None when it may open with anything."""
    cache_key = (source, flags)
    if cache_key in _ANALYSED:
        return _ANALYSED[cache_key]
    found: frozenset[str] | None
    try:
        if sre_parse is None:
            raise _Unbounded
        parsed = sre_parse.parse(source, flags)
        found = frozenset(_freeze(_seq(list(parsed), {""}, bool(flags & re.IGNORECASE))))
        if _ANY * K in found:
            found = None
    except (_Unbounded, re.error, RecursionError):
        found = None
    _ANALYSED[cache_key] = found
    return found


def required_chars(source: str, flags: int) -> frozenset[str] | None:
    """Characters one of which every match of a branch contains ('[>›»/]' in a lookahead), or None.

    For the branches whose opening the key cannot bound: a line holding none of them is not tried.
    Only characters matched as printed count (no letter a case-insensitive part could fold)."""
    if sre_parse is None:
        return None
    try:
        return _required(list(sre_parse.parse(source, flags)), bool(flags & re.IGNORECASE))
    except (re.error, RecursionError):
        return None


def _required(items: Any, ignore: bool) -> frozenset[str] | None:
    best: frozenset[str] | None = None
    for op, av in items:
        found: frozenset[str] | None = None
        if op is sre.LITERAL:
            found = _exact([av], ignore)
        elif op is sre.IN:
            codes = [arg for kind, arg in av if kind is sre.LITERAL]
            if len(codes) == len(av):  # literals only: no range, category or negation
                found = _exact(codes, ignore)
        elif op is sre.SUBPATTERN:
            _group, add, remove, body = av
            found = _required(body, (ignore or bool(add & re.IGNORECASE)) and not (remove & re.IGNORECASE))
        elif op is sre.BRANCH:
            alts = [_required(alt, ignore) for alt in av[1]]
            found = frozenset().union(*alts) if all(alts) else None  # type: ignore[arg-type]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            found = _required(av[2], ignore)
        elif op is sre.ASSERT:
            found = _required(av[1], ignore)  # what a positive lookaround matches is in the line too
        if found and (best is None or len(found) < len(best)):
            best = found
    return best


def _exact(codes: list[int], ignore: bool) -> frozenset[str] | None:
    chars = [chr(c) for c in codes]
    if ignore and any(c.lower() != c or c.upper() != c for c in chars):
        return None  # a letter matched in any case (and folds beyond lower())
    return frozenset(chars)


@cache
def split_branches(body: str) -> tuple[list[str], str] | None:
    """'(?:A|B|C)TAIL' -> (['A', 'B', 'C'], 'TAIL'), or None when the body does not open with a
    non-capturing group that is matched once. Kept per body, as ``is_anchored``."""
    if not body.startswith("(?:"):
        return None
    branches: list[str] = []
    last = 3
    for i, ch, depth in regex_structure(body):
        if ch == ")" and depth == 0:
            branches.append(body[last:i])
            tail = body[i + 1 :]
            if tail[:1] in ("?", "*", "+", "{"):
                return None  # the group is optional or repeated: its branches are not openings
            return branches, tail
        if ch == "|" and depth == 1:
            branches.append(body[last:i])
            last = i + 1
    return None


_UNKNOWN: Any = object()  # see ``AnchoredDispatch.compiled``


class AnchoredDispatch:
    """``match`` as the anchored union of some line rules would, trying only the branches that the
    line's first two characters allow (see the module's docstring)."""

    __slots__ = ("_branches", "_by_key", "_full", "_guarded", "_seen", "_worded", "_worded_for")

    def __init__(self, rules: list[tuple[str, int]], full: re.Pattern[str]) -> None:
        """``rules``: each anchored rule's body (without its '^') and flags; ``full``: their union."""
        self._full = full
        self._branches: list[tuple[str, frozenset[str] | None]] = []
        self._guarded: list[tuple[tuple[str, ...], re.Pattern[str]]] = []
        self._worded: list[tuple[tuple[str, ...], frozenset[str] | None, re.Pattern[str]]] = []
        flag_names = (("i", re.IGNORECASE), ("m", re.MULTILINE), ("s", re.DOTALL), ("x", re.VERBOSE))
        for body, flags in rules:
            lead = "".join(f for f, v in flag_names if flags & v)
            split = None if flags & re.VERBOSE or "(?P=" in body else split_branches(body)
            parts = [body] if split is None else [f"(?:{b}){split[1]}" for b in split[0]]
            if split is not None:
                parts = [re.sub(r"\(\?P<\w+>", "(?:", p) for p in parts]  # a tail's names, repeated
            for part in parts:
                wrapped = f"(?{lead}:{part})" if lead else f"(?:{part})"
                keys = openings(part, flags & ~re.UNICODE)
                need = required_chars(part, flags & ~re.UNICODE) if keys is None else None
                if need:
                    # it may open with anything, but needs one of a few characters: tried alone, on
                    # the lines that hold one, instead of in the union of every key
                    self._guarded.append((tuple(sorted(need)), re.compile(f"^{wrapped}")))
                elif words := _loose_words(part, flags & ~re.UNICODE, keys):
                    # it may open with any letter ('[a-z][\w.-]{1,30}(?:\s+…){0,3}\s+is not responsible
                    # …'), so it would sit in the union of nearly every opening and walk every line of
                    # prose: tried alone, on the lines that hold one of the words its matches contain
                    self._worded.append((words, keys, re.compile(f"^{wrapped}")))
                else:
                    self._branches.append((wrapped, keys))
        self._by_key: dict[str, re.Pattern[str] | None] = {}
        self._worded_for: dict[str, tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]] = {}
        self._seen: dict[str, int] = {}

    def compiled(self, head: str) -> Any:
        """What ``match`` comes down to for a line opening with ``head``, once it is settled: the
        head's own compiled union (None: no branch can match such a line), or ``_UNKNOWN`` while
        ``match`` has more to do (the union is not compiled yet, is the whole union, or some
        branches are tried apart, ``_guarded``)."""
        if self._guarded or self._worded_of(head):
            return _UNKNOWN
        union = self._by_key.get(head, _UNKNOWN)
        return _UNKNOWN if union is self._full else union

    def settled(self, head: str) -> tuple[Any, tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]] | None:
        """``compiled`` for a caller that tries the worded branches itself (``LineRules.first``, which
        holds the line in lower case already): the head's own union (None: no branch of it can match)
        and the branches tried apart (``_worded_of``), once the union is compiled; None while
        ``match`` has more to do (the union is not compiled yet or is the whole union, or some
        branches are guarded by characters).

        A line of a family with a branch that may open with any letter (FOOTER-117) would otherwise
        go through ``match`` every time, and lower-case the line again there."""
        if self._guarded:
            return None
        union = self._by_key.get(head, _UNKNOWN)
        if union is _UNKNOWN or union is self._full:
            return None
        return union, self._worded_of(head)

    def match(self, text: str, head: str | None = None) -> Any:
        """``head``: ``text[:K]``, when the caller has it (a string's hash is computed once)."""
        if head is None:
            head = text[:K]
        try:
            union = self._by_key[head]  # cached by the line's own first characters: no key to compute
        except KeyError:
            # Compiling a union costs some ten lines' matching against the whole union (it cost a
            # few hundred before ``compile_union``): a head seen once or twice (most heads of a
            # single article) is matched against the whole union instead.
            seen = self._seen[head] = self._seen.get(head, 0) + 1
            if seen < _COMPILE_AFTER:
                return self._full.match(text)
            union = self._by_key[head] = self._union_for(head)
        found = union is not None and union.match(text)
        if found or union is self._full:
            return found
        for need, pattern in self._guarded:
            for ch in need:
                if ch in text:
                    m = pattern.match(text)
                    if m:
                        return m
                    break
        worded = self._worded_for.get(head)
        if worded is None:
            worded = self._worded_of(head)
        if worded:
            low = text.lower()
            folds = has_folds(text)  # see ``regex.may_match``
            for words, pattern in worded:
                if not folds:
                    for word in words:
                        if word in low:
                            break
                    else:
                        continue
                m = pattern.match(text)
                if m:
                    return m
        return found

    def _worded_of(self, head: str) -> tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]:
        """The branches tried apart on a line opening with ``head`` (see ``_loose_words``), with
        their words: those whose openings allow it (none when the key cannot describe the head: then
        the whole union, which holds them, is tried)."""
        worded = self._worded_for.get(head)
        if worded is None:
            key = key_of(head)
            loose = None if key is None else key[:1] + _ANY
            worded = self._worded_for[head] = (
                ()
                if key is None
                else tuple(
                    (words, pattern)
                    for words, keys, pattern in self._worded
                    if keys is None or key in keys or loose in keys
                )
            )
        return worded

    def _union_for(self, head: str) -> re.Pattern[str] | None:
        key = key_of(head)
        if key is None:
            return self._full
        loose = key[:1] + _ANY
        chosen = [src for src, keys in self._branches if keys is None or key in keys or loose in keys]
        if not chosen:
            return None
        source = "^(?:" + "|".join(chosen) + ")"
        pattern = _COMPILED.get(source)
        if pattern is None:
            pattern = _COMPILED[source] = compile_union(chosen)  # re.compile(source), its branches parsed once
        return pattern


def _loose_words(part: str, flags: int, keys: frozenset[str] | None) -> tuple[str, ...] | None:
    """For a branch whose openings leave its second character open ('a\uffff') or are not bounded:
    the lower-cased words one of which every match of it contains (``regex.required_words``), when
    they are few and none is short; else None (the branch stays in the unions)."""
    if keys is not None and not any(k.endswith(_ANY) for k in keys):
        return None
    if sre_parse is None:
        return None
    try:
        words = required_words(sre_parse.parse(part, flags))
    except (re.error, RecursionError):
        return None
    if not words or len(words) > _MAX_WORDS or min(len(w) for w in words) < _MIN_WORD:
        return None
    return tuple(sorted(words))
