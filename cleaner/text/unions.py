"""An anchored union of branches, '^(?:B1|B2|…)', compiled without reading the branches' text again.

The dispatch (``cleaner.text.dispatch``) compiles one union per line opening, each of a few
hundred of a family's branches, so the same branches were parsed and compiled over and over in
different company: ~3.5 ms a union, some 300 unions a process, and the second pass of
``bench/shb.py`` still compiled about 40 (0.7 ms a page). Here each branch is parsed and compiled
once, and kept as its top-level elements: each element's code, its width, and what ``re``'s
parser compares it by. A union's code is then put together as ``re`` makes it from the union's
text: the parser moves a prefix every branch opens with out of the alternation and turns
one-character branches into a set (``_parse_sub``); the compiler writes a sequence one element
at a time and an alternation as its items' code between jumps (``_compile``), after an info
block that, for a pattern opening with '^', holds only the width (``_compile_info``). About
0.2 ms a union. tests/test_unions_round20.py checks that the pattern equals ``re.compile`` of the
text: a ``Pattern`` compares equal only with the same source, flags and code.

A union is compiled from its text (``re.compile``) when a branch cannot stand alone in it (one
with a global flag, or one that does not parse), when two of its branches hold groups (they are
numbered across the union: one branch's alone are numbered as in the union), when it names a
branch twice, and every union when ``re``'s private modules lack what is used here (CPython 3.11
to 3.13 agree on all of it).
"""

from __future__ import annotations

import re
from array import array
from typing import Any, NamedTuple

try:  # re's parser and compiler (private modules of CPython 3.11+); without them: re.compile
    import _sre
    from re import _compiler as sre_compile
    from re import _constants as sre
    from re import _parser as sre_parse

    _READY = all(
        hasattr(mod, name)
        for mod, name in (
            (sre_parse, "State"),
            (sre_parse, "SubPattern"),
            (sre_parse, "fix_flags"),
            (sre_parse, "_uniq"),
            (sre_parse, "MAXWIDTH"),
            (sre_compile, "_compile"),
            (sre_compile, "_compile_info"),
            (_sre, "compile"),
        )
    )
except ImportError:  # pragma: no cover
    _READY = False


class _Element(NamedTuple):
    """One top-level element of a branch's parse tree, as a union needs it."""

    op: Any
    key: Any  # the element itself when it holds no subpattern, else an object equal to nothing else
    code: array[int]  # its code (the flags: a union's, none but fix_flags's)
    low: int  # its width
    high: int


class _Branch(NamedTuple):
    elements: tuple[_Element, ...]
    groups: int  # its groups and group 0, as re._parser.State counts them
    names: dict[str, int]  # its named groups' numbers


_UNSET: Any = object()
_BRANCHES: dict[str, _Branch | None] = {}  # branch source -> what a union needs of it (None: not alone)


def compile_union(branches: list[str]) -> re.Pattern[str]:
    """``re.compile('^(?:' + '|'.join(branches) + ')')``, the same pattern, put together from the
    branches' code when it can be (see the module's docstring)."""
    source = "^(?:" + "|".join(branches) + ")"
    found = _union_code(branches, source) if _READY else None
    if found is None:
        return re.compile(source)
    flags, code, groups, names = found
    # as re._compiler.compile ends: the groups and the names both ways
    index: list[str | None] = [None] * groups
    for name, number in names.items():
        index[number] = name
    return _sre.compile(source, flags, code, groups - 1, names, tuple(index))  # type: ignore[no-any-return]


def _branch(branch: str) -> _Branch | None:
    """The branch's elements and groups, once; None when it cannot stand alone in a union."""
    found = _BRANCHES.get(branch, _UNSET)
    if found is _UNSET:
        found = _BRANCHES[branch] = _read(branch)
    return found  # type: ignore[no-any-return]


def _read(branch: str) -> _Branch | None:
    try:
        tree = sre_parse.parse(branch, 0)
    except (re.error, RecursionError, OverflowError):
        return None
    state = tree.state
    flags = sre_parse.fix_flags(branch, 0)
    if state.flags != flags:
        return None  # a global flag: the union's, and an error past its start
    out = []
    for element in tree.data:
        if element[0] is sre.SUCCESS:
            return None  # it stops a width's sum: never made by the parser, left to re.compile
        code: list[int] = []
        sre_compile._compile(code, [element], flags)
        low, high = sre_parse.SubPattern(state, [element]).getwidth()
        key = element if _plain(element) else object()  # the parser compares subpatterns by identity
        out.append(_Element(element[0], key, array("I", code), low, high))
    return _Branch(tuple(out), state.groups, dict(state.groupdict))


def _plain(value: Any) -> bool:
    """Whether a parse tree value holds no subpattern (compared by value, as the parser compares it)."""
    if isinstance(value, tuple | list):
        return all(_plain(v) for v in value)
    return not isinstance(value, sre_parse.SubPattern)


def _union_code(branches: list[str], source: str) -> tuple[int, list[int], int, dict[str, int]] | None:
    """The flags, code, group count and group names ``re`` compiles ``source``, '^(?:B1|B2|…)', to
    (None: compile its text)."""
    if not branches or len(set(branches)) != len(branches):
        return None  # one branch twice would compare equal to itself where two parses of it do not
    items = []
    groups, names = 1, {}
    for source_branch in branches:
        branch = _branch(source_branch)
        if branch is None:
            return None
        if branch.groups > 1:
            if groups > 1:
                return None  # a second branch's groups are numbered after the first's
            groups, names = branch.groups, branch.names
        items.append(list(branch.elements))  # a new list: the prefix is taken out of it
    flags = sre_parse.fix_flags(source, 0)
    head: list[_Element] = []  # '^' stands first, then the group's elements: unpacked, having no flags
    charset = None
    if len(items) > 1:
        # re._parser._parse_sub: a prefix every item opens with is moved out of the alternation
        while all(items) and all(item[0].key == items[0][0].key for item in items[1:]):
            head.append(items[0][0])
            for item in items:
                del item[0]
        # ... and items of one literal or one (not negated) set are one set
        chars: list[Any] = []
        for item in items:
            if len(item) != 1:
                break
            op, key = item[0].op, item[0].key
            if op is sre.LITERAL:
                chars.append(key)
            elif op is sre.IN and key[1][0][0] is not sre.NEGATE:
                chars.extend(key[1])
            else:
                break
        else:
            charset = (sre.IN, sre_parse._uniq(chars))
    # the width, as SubPattern.getwidth sums a sequence and takes an alternation's narrowest and widest
    most = sre_parse.MAXWIDTH
    low, high = sum(e.low for e in head), sum(e.high for e in head)
    if charset is not None:
        low, high = low + 1, high + 1
    elif len(items) > 1:
        widths = [(min(sum(e.low for e in item), most), min(sum(e.high for e in item), most)) for item in items]
        low, high = low + min(most, *(w[0] for w in widths)), high + max(0, *(w[1] for w in widths))
    else:
        low, high = low + sum(e.low for e in items[0]), high + sum(e.high for e in items[0])
    # the info block of a pattern opening with '^' holds its width alone: no literal or set prefix
    anchor = sre_parse.SubPattern(sre_parse.State(), [(sre.AT, sre.AT_BEGINNING)])
    anchor.width = (min(low, most), min(high, most))
    code: list[int] = []
    sre_compile._compile_info(code, anchor, flags)
    sre_compile._compile(code, anchor.data, flags)
    for element in head:
        code.extend(element.code)
    if charset is not None:
        sre_compile._compile(code, [charset], flags)
    elif len(items) == 1:
        for element in items[0]:
            code.extend(element.code)
    else:
        # _compile's BRANCH: each item's code after the offset of the next, a jump to the end after it
        code.append(sre.BRANCH)
        tails = []
        for item in items:
            skip = len(code)
            code.append(0)
            for element in item:
                code.extend(element.code)
            code.append(sre.JUMP)
            tails.append(len(code))
            code.append(0)
            code[skip] = len(code) - skip
        code.append(sre.FAILURE)
        for tail in tails:
            code[tail] = len(code) - tail
    code.append(sre.SUCCESS)
    return flags, code, groups, names
