"""Site packs: lines ``cleaner learn`` found repeated across the stories of one site.

A learned rule names one whole line exactly as the clean text printed it (its pattern is that
line, escaped and anchored), with the family the line most likely belongs to. Exact lines are
looked up in a dictionary, so a pack of thousands of lines costs one lookup per block; a rule a
person edited into a real pattern is tried as a pattern. Rules switched off (``status = "off"``)
never fire. The decision is recorded under the rule's own id and family, like any other.

This pass runs after every family's own pass: a learned rule only takes what the built-in rules
left, which is what it was learned from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..context import Context
from ..rules import Rule
from .base import Pass

_LITERAL = re.compile(r"^\^(?P<body>(?:\\.|[^\\^$.*+?()\[\]{}|])*)\$$")
_ESCAPE = re.compile(r"\\(.)")


@dataclass
class _Setup:
    exact: dict[str, str] = field(default_factory=dict)  # line -> rule id
    patterns: list[tuple[str, Any]] = field(default_factory=list)


def literal_line(rule: Rule) -> str | None:
    """The line an exact-line pattern names ('^Sign up for The Brief$' -> 'Sign up for The Brief')."""
    pattern = getattr(rule.pattern, "pattern", None)
    if not isinstance(pattern, str):
        return None
    m = _LITERAL.match(pattern)
    return None if m is None else _ESCAPE.sub(r"\1", m.group("body"))


_SPECIAL = re.compile(r"([\\.^$*+?{}\[\]|()])")


def line_pattern(line: str) -> str:
    """The pattern of a learned rule for one exact line: only regex metacharacters escaped, so a
    person reading the pack reads the line."""
    return "^" + _SPECIAL.sub(r"\\\1", line) + "$"


class SitePacks(Pass[_Setup]):
    family = "site"

    def prepare(self, ctx: Context) -> _Setup:
        setup = _Setup()
        for rule in ctx.rules.learned_rules():
            line = literal_line(rule)
            if line is not None:
                setup.exact.setdefault(line, rule.id)
            elif rule.pattern is not None:
                setup.patterns.append((rule.id, rule.pattern))
        return setup

    def setup(self, ctx: Context) -> _Setup:
        return ctx.rules.memo(self.name, lambda: self.prepare(ctx))  # the same in every language

    def run(self, ctx: Context) -> None:
        setup = self.setup(ctx)
        if not setup.exact and not setup.patterns:
            return
        for block in ctx.body():
            rule_id = setup.exact.get(block.text)
            if rule_id is None:
                rule_id = next((pid for pid, pattern in setup.patterns if pattern.fullmatch(block.text)), None)
            if rule_id is not None:
                ctx.remove(block, rule_id)


PASS = SitePacks()
