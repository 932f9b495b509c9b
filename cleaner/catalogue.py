"""The registry as data, for people and tools: ``cleaner rules --format json`` and ``--explain``.

Each rule comes with the module that implements it, so a newcomer finds where a decision is made
in one step: a line rule is applied by its family's pass, a shape rule by the pass (or the page
layer's module) that emits it, a vocabulary by the modules that read it.
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path
from typing import Any

from .rules import Rule, RuleSet

_PACKAGE = Path(__file__).parent
_ID_LITERAL = re.compile(r"[\"']([A-Z]+-\d{3})[\"']")


@cache
def _references() -> dict[str, tuple[str, ...]]:
    """Rule id -> the package modules that name it as a string literal."""
    found: dict[str, list[str]] = {}
    for path in sorted(_PACKAGE.rglob("*.py")):
        module = "cleaner/" + path.relative_to(_PACKAGE).as_posix()
        for rule_id in set(_ID_LITERAL.findall(path.read_text("utf-8"))):
            found.setdefault(rule_id, []).append(module)
    return {k: tuple(v) for k, v in found.items()}


@cache
def _family_modules() -> dict[str, str]:
    from .pipeline import passes

    modules = {"html": "cleaner/html/filter.py", "normalize": "cleaner/passes/normalize.py"}
    for p in passes():
        modules.setdefault(p.family, "cleaner/" + type(p).__module__.removeprefix("cleaner.").replace(".", "/") + ".py")
    return modules


def modules_of(rule: Rule) -> tuple[str, ...]:
    """The modules that implement or read a rule, the one that decides first."""
    refs = _references().get(rule.id, ())
    family = _family_modules().get(rule.family)
    if rule.kind == "line":
        return (family,) if family else refs
    if family in refs:
        return (family, *(m for m in refs if m != family))
    return refs or ((family,) if family else ())


def describe(rule: Rule) -> dict[str, Any]:
    modules = modules_of(rule)
    return {
        "id": rule.id,
        "family": rule.family,
        "kind": rule.kind,
        "language": rule.language,
        "description": rule.description,
        "why": rule.why,
        "params": dict(rule.params),
        "phrases": list(rule.phrases),
        "pattern": getattr(rule.pattern, "pattern", None),
        "examples": list(rule.examples),
        "counter_examples": list(rule.counter_examples),
        "pack": Path(rule.pack).name if not os.path.isabs(rule.pack) else rule.pack,
        "module": modules[0] if modules else None,
        "modules": list(modules),
    }


def catalogue(ruleset: RuleSet, rules: list[Rule] | None = None) -> dict[str, Any]:
    items = rules if rules is not None else sorted(ruleset.rules.values(), key=lambda r: (r.family, r.id))
    return {"ruleset": ruleset.identity(), "rules": [describe(r) for r in items]}
