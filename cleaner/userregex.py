"""User rule patterns that cannot hang a batch.

Built-in packs are reviewed and run on Python's ``re``. A user pack is anyone's TOML, and one
pattern such as ``(a+)+$`` backtracks for longer than the universe on a line of forty ``a``'s and a
``b``. So user patterns are compiled, after Python's ``re`` has validated them, in one of two ways:

- **RE2** (google-re2, linear time: no input can make it backtrack) whenever the pattern can be
  said in RE2 with Python's meaning. Python's Unicode classes are spelled out for RE2 (``\\d`` as
  ``\\p{Nd}``, ``\\w`` as ``[\\p{L}\\p{N}_]``, ``\\s`` as Python's whitespace), ``\\Z`` as ``\\z``,
  ``$`` also before a final newline, ``{,n}`` as ``{0,n}``, ``\\uXXXX`` as ``\\x{XXXX}``. RE2's ``\\b``
  only knows ASCII words, so it is used only next to an ASCII letter, digit or ``\\d`` in the pattern;
  there it finds every Python match and a few more (a non-ASCII letter glued to an ASCII one), so
  a match found with ``\\b`` is confirmed by the guarded engine below: a no-match, the usual case,
  costs linear time, and the answer is always Python's.
- **Guarded**: a pattern RE2 cannot run the same way (lookaround, backreferences, atomic groups,
  possessive quantifiers, verbose mode, ``\\b`` next to a non-ASCII letter...) runs on the ``regex``
  module, Python-compatible, with a time limit on every call. Past it the document fails with
  :class:`~cleaner.errors.RuleTimeout` naming the pack and the rule; the batch goes on.

Both objects look like ``re.Pattern`` for what the passes use (``search``, ``match``, ``fullmatch``,
``pattern``, ``flags``) and pickle by recompiling (rule sets are shipped to worker processes).
``RuleSet.line_prefilter`` keeps them out of its Python ``re`` unions, which would otherwise make
the union itself catastrophic.
"""

from __future__ import annotations

import re
from typing import Any

from .errors import RuleError, RuleTimeout

try:
    import re2 as _re2
except ImportError:  # pragma: no cover - google-re2 is a dependency; without it every pattern is guarded
    _re2 = None

try:
    import regex as _regex
except ImportError:  # pragma: no cover - a dependency too
    _regex = None

GUARD_SECONDS = 1.0  # per call of a guarded pattern on one block of text

_WORD = r"\p{L}\p{N}_"
_SPACE = r"\x{09}-\x{0d}\x{1c}-\x{1f}\x{85}\p{Z}"
_IN_CLASS = {"d": r"\p{Nd}", "w": _WORD, "s": _SPACE}
_OUTSIDE = {
    "d": r"\p{Nd}",
    "D": r"\P{Nd}",
    "w": f"[{_WORD}]",
    "W": f"[^{_WORD}]",
    "s": f"[{_SPACE}]",
    "S": f"[^{_SPACE}]",
}
_SIMPLE_ESCAPES = set("nrtfvaA") | set(".^$*+?{}[]()|\\/-&~#%!\"',:;<=>@_`")
_ASCII_WORD = re.compile(r"[A-Za-z0-9_]")


class _Untranslatable(Exception):
    pass


END_OR_FINAL_NEWLINE = r"(?:\n?\z)"  # Python's $ without MULTILINE, for search and match


def to_re2(pattern: str, flags: int = 0, *, dollar: str = END_OR_FINAL_NEWLINE) -> str | None:
    """The pattern in RE2 syntax with Python's meaning, or None when that cannot be done.

    ``dollar`` spells a non-multiline ``$``: fullmatch needs ``\\z`` (a final newline left unmatched
    makes Python's fullmatch fail)."""
    if flags & (re.VERBOSE | re.ASCII) or flags & ~(re.IGNORECASE | re.MULTILINE | re.DOTALL | re.UNICODE):
        return None
    try:
        body = _translate(pattern, multiline=bool(flags & re.MULTILINE), dollar=dollar)
    except _Untranslatable:
        return None
    lead = "".join(f for f, v in (("i", re.IGNORECASE), ("m", re.MULTILINE), ("s", re.DOTALL)) if flags & v)
    return f"(?{lead}){body}" if lead else body


def _translate(p: str, *, multiline: bool, dollar: str) -> str:
    out: list[str] = []
    i, n = 0, len(p)
    prev_literal = ""  # the last thing emitted outside a class, when it was a literal char or \d

    def boundary_ok(i_next: int) -> bool:
        nxt = p[i_next] if i_next < n else ""
        if nxt == "\\" and i_next + 1 < n and p[i_next + 1] == "d":
            return True
        return bool(_ASCII_WORD.fullmatch(prev_literal) or (nxt and _ASCII_WORD.fullmatch(nxt)))

    while i < n:
        c = p[i]
        if c == "\\":
            if i + 1 >= n:
                raise _Untranslatable
            e = p[i + 1]
            if e in _OUTSIDE:
                out.append(_OUTSIDE[e])
                prev_literal = "0" if e == "d" else ""
                i += 2
            elif e in "bB":
                if not boundary_ok(i + 2):
                    raise _Untranslatable
                out.append("\\" + e)
                prev_literal = ""
                i += 2
            elif e == "Z":
                out.append(r"\z")
                i += 2
            elif e in "uUx":
                spelled, char, i = _hex_escape(p, i)
                out.append(spelled)
                prev_literal = char
            elif e in _SIMPLE_ESCAPES:
                out.append(p[i : i + 2])
                prev_literal = e if e not in "nrtfvaA" else ""
                i += 2
            else:  # \1 backreference, \N{...}, octal, unknown: not the same in RE2
                raise _Untranslatable
        elif c == "[":
            i = _translate_class(p, i, out)
            prev_literal = ""
        elif c == "(":
            if p.startswith("(?", i):
                if p.startswith("(?:", i) or p.startswith("(?P<", i):
                    end = p.index(">", i) + 1 if p.startswith("(?P<", i) else i + 3
                    out.append(p[i:end])
                    i = end
                else:
                    m = re.match(r"\(\?([a-zA-Z]*)(?:-([a-zA-Z]*))?([:)])", p[i:])
                    if not m or set((m.group(1) or "") + (m.group(2) or "")) - set("isu"):
                        raise _Untranslatable  # lookaround, (?P=, (?#, (?>, (?(, m/x/a/L flags
                    on, off = (m.group(1) or "").replace("u", ""), (m.group(2) or "").replace("u", "")
                    flags = on + (f"-{off}" if off else "")
                    if flags:
                        out.append(f"(?{flags}{m.group(3)}")
                    elif m.group(3) == ":":
                        out.append("(?:")
                    i += m.end()
            else:
                out.append(c)
                i += 1
            prev_literal = ""
        elif c == "{":
            m = re.match(r"\{(\d*),?(\d*)\}", p[i:])
            if m and m.group(0).startswith("{,"):
                out.append("{0" + m.group(0)[1:])
                i += m.end()
            elif m:
                out.append(m.group(0))
                i += m.end()
            else:
                out.append(r"\{")
                i += 1
            prev_literal = ""
        elif c == "$" and not multiline:
            out.append(dollar)
            i += 1
            prev_literal = ""
        else:
            out.append(c)
            prev_literal = c if c not in "^$.|)*+?" else ""
            i += 1
    return "".join(out)


_HEX_WIDTH = {"x": 2, "u": 4, "U": 8}


def _hex_escape(p: str, i: int) -> tuple[str, str, int]:
    """``\\xHH``, ``\\uHHHH`` or ``\\UHHHHHHHH`` at ``p[i]`` in RE2 syntax, the character, the index after.

    One function for inside and outside a class, so the two spellings cannot drift apart.
    """
    width = _HEX_WIDTH[p[i + 1]]
    hexa = p[i + 2 : i + 2 + width]
    if len(hexa) != width or not all(h in "0123456789abcdefABCDEF" for h in hexa):
        raise _Untranslatable
    return f"\\x{{{hexa}}}", chr(int(hexa, 16)), i + 2 + width


def _translate_class(p: str, i: int, out: list[str]) -> int:
    """Copy ``[...]`` starting at ``p[i]`` into ``out`` in RE2 syntax; return the index after it."""
    n = len(p)
    j = i + 1
    parts = ["["]
    if j < n and p[j] == "^":
        parts.append("^")
        j += 1
    first = True
    while j < n:
        c = p[j]
        if c == "]" and not first:
            parts.append("]")
            out.append("".join(parts))
            return j + 1
        first = False
        if c == "\\":
            if j + 1 >= n:
                raise _Untranslatable
            e = p[j + 1]
            if e in _IN_CLASS:
                parts.append(_IN_CLASS[e])
                j += 2
            elif e == "b":
                parts.append(r"\x{08}")
                j += 2
            elif e in "uUx":
                spelled, _, j = _hex_escape(p, j)
                parts.append(spelled)
            elif e in _SIMPLE_ESCAPES:
                parts.append(p[j : j + 2])
                j += 2
            else:  # \D \W \S inside a class, octal, \N{...}
                raise _Untranslatable
        elif c == "[":
            if p.startswith("[:", j) or p.startswith("[=", j) or p.startswith("[.", j):
                raise _Untranslatable  # RE2 reads [:alpha:] as a POSIX class; Python as characters
            parts.append(r"\[")
            j += 1
        elif c == "]":  # a literal ] first in the class
            parts.append(r"\]")
            j += 1
        else:
            parts.append(c)
            j += 1
    raise _Untranslatable


class _PatternCalls:
    """The ``re.Pattern`` methods the passes call, routed through each engine's ``_call``."""

    pattern: str

    def _call(self, method: str, text: str, pos: int, endpos: int | None) -> Any:
        raise NotImplementedError

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        return self._call("search", text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        return self._call("match", text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        return self._call("fullmatch", text, pos, endpos)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.pattern!r})"


class LinearPattern(_PatternCalls):
    """A user pattern running on RE2: linear time in the length of the text, whatever the pattern."""

    linear = True

    def __init__(self, pattern: str, flags: int, source: str, where: str = "") -> None:
        self.pattern = pattern
        self.flags = flags
        self.source = source  # the RE2 spelling
        self.where = where
        options = _re2.Options()
        options.log_errors = False
        self._rx = _re2.compile(source, options)
        full = to_re2(pattern, flags, dollar=r"\z") if "$" in pattern else None
        self._full = _re2.compile(full, options) if full is not None and full != source else self._rx
        # RE2's \b is ASCII-only: its matches are a superset of Python's, so confirm them
        self._confirm = GuardedPattern(pattern, flags, where) if re.search(r"\\[bB]", pattern) else None

    def _call(self, method: str, text: str, pos: int, endpos: int | None) -> Any:
        end = len(text) if endpos is None else endpos
        m = getattr(self._full if method == "fullmatch" else self._rx, method)(text, pos, end)
        if m is not None and self._confirm is not None:
            return self._confirm._call(method, text, pos, endpos)
        return m

    def __reduce__(self) -> tuple[Any, ...]:
        return (LinearPattern, (self.pattern, self.flags, self.source, self.where))


class GuardedPattern(_PatternCalls):
    """A user pattern RE2 cannot run: Python semantics (``regex`` module), each call time-limited."""

    linear = False

    def __init__(self, pattern: str, flags: int, where: str, seconds: float = GUARD_SECONDS) -> None:
        self.pattern = pattern
        self.flags = flags
        self.where = where  # "pack.toml: rule HOUSE-001", for the error
        self.seconds = seconds
        if _regex is not None:
            self._rx = _regex.compile(pattern, flags | _regex.VERSION0)
        else:  # pragma: no cover
            self._rx = re.compile(pattern, flags)

    def _call(self, method: str, text: str, pos: int, endpos: int | None) -> Any:
        fn = getattr(self._rx, method)
        end = len(text) if endpos is None else endpos
        if _regex is None:  # pragma: no cover
            return fn(text, pos, end)
        try:
            return fn(text, pos, end, timeout=self.seconds)
        except TimeoutError:
            raise RuleTimeout(
                f"{self.where}: pattern ran for more than {self.seconds:g} s on one block of this document "
                "(catastrophic backtracking?); simplify it, or avoid lookarounds and backreferences so it "
                "runs on the linear-time engine"
            ) from None

    def __reduce__(self) -> tuple[Any, ...]:
        return (GuardedPattern, (self.pattern, self.flags, self.where, self.seconds))


def compile_user(pattern: str, flags: int, where: str) -> LinearPattern | GuardedPattern:
    """Compile a user pattern (already validated by Python's ``re``) so it cannot hang a batch."""
    source = to_re2(pattern, flags) if _re2 is not None else None
    if source is not None:
        try:
            return LinearPattern(pattern, flags, source, where)
        except Exception as exc:  # RE2 refuses it (a possessive quantifier, a repeat count over 1000...)
            if "repetition" in str(exc) and "{" in pattern:
                raise RuleError(f"{where}: bad pattern: a repeat count is too large (at most 1000)") from None
    try:
        return GuardedPattern(pattern, flags, where)
    except Exception as exc:
        raise RuleError(f"{where}: bad pattern: {exc}") from None


def union_search(patterns: list[Any]) -> Any:
    """One object whose ``search``/``match`` says whether any of ``patterns`` matches (for prefilters)."""
    return _AnyOf(patterns)


class _AnyOf:
    def __init__(self, patterns: list[Any]) -> None:
        self.patterns = patterns

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        for p in self.patterns:
            # a compiled Python pattern takes no None for endpos
            m = p.search(text, pos) if endpos is None else p.search(text, pos, endpos)
            if m:
                return m
        return None

    match = search  # pragma: no cover - prefilters only ask search of the floating union
