"""A union compiled from its branches' parse trees is the pattern ``re.compile`` makes of its text.

``re.Pattern`` objects compare equal only with the same source, flags and compiled code, so
equality here means the same matching, byte for byte of the engine's program.
"""

from __future__ import annotations

import random
import re

import pytest

from cleaner import default_ruleset
from cleaner.rules import _FLAGS, FAMILIES, is_anchored, line_union
from cleaner.text import unions
from cleaner.text.dispatch import _ANY, AnchoredDispatch, key_of
from cleaner.text.lines import LineRules
from cleaner.text.unions import compile_union

RULES = default_ruleset()
LANGUAGES = [*sorted({r.language for r in RULES.rules.values() if r.language not in ("*", None)}), None]


def _same(branches: list[str]) -> None:
    made = compile_union(branches)
    want = re.compile("^(?:" + "|".join(branches) + ")")
    assert made == want
    assert (made.pattern, made.flags, made.groups, made.groupindex) == (
        want.pattern,
        want.flags,
        want.groups,
        want.groupindex,
    )


def _branches() -> list[tuple[str, list[tuple[str, frozenset[str] | None]]]]:
    out = []
    for family in FAMILIES:
        for language in LANGUAGES:
            anchored = LineRules(RULES, family, language).cheap_anchored
            if isinstance(anchored, AnchoredDispatch):
                out.append((f"{family}-{language}", anchored._branches))
    return out


BRANCHES = _branches()


@pytest.mark.parametrize(("name", "branches"), BRANCHES, ids=[name for name, _ in BRANCHES])
def test_every_opening_union_of_the_rule_packs_is_re_compiles(name, branches):
    """The union the dispatch builds for each two-character opening its branches allow."""
    keys = {k[:1] + c for _, ks in branches if ks for k in ks for c in "ae0 "} | {
        k for _, ks in branches if ks for k in ks if not k.endswith(_ANY)
    }
    for key in sorted(keys)[:: max(1, len(keys) // 40)]:
        loose = key[:1] + _ANY
        chosen = [src for src, ks in branches if ks is None or key in ks or loose in ks]
        if chosen and key_of(key) == key:
            _same(chosen)


@pytest.mark.parametrize(("name", "branches"), BRANCHES, ids=[name for name, _ in BRANCHES])
def test_any_subset_of_a_familys_branches(name, branches):
    rnd = random.Random(name)
    sources = [src for src, _ in branches]
    for _ in range(6):
        _same(rnd.sample(sources, rnd.randint(1, min(len(sources), 40))))


@pytest.mark.parametrize(
    "branches",
    [
        ["(?:abc)"],  # one branch: no alternation
        ["(?i:abc)"],
        ["(?:abc)", "(?:abd)", "(?:abe\\s+x)"],  # a prefix every branch opens with is moved out
        ["(?:a)", "(?:b)", "(?:[cd])"],  # one-character branches: a character set
        ["(?:a)", "(?:[^b])"],  # a negated set stays a branch
        ["(?:ab)", "(?:abc)"],  # the prefix runs out in a branch
        ["(?:x|y)z", "(?:xy)"],
        ["(?i:Sign up)", "(?:Subscribe(?= now))", "(?:(?<!x)\\d{2,}\\b)", "(?s:.{0,20}$)"],
        ["(?:ß)", "(?i:straße)", "(?:[а-я]+)"],
        ["(?:(a)b)", "(?:c)"],  # one branch's groups are numbered as in the union
        ["(?:c)", "(?:(a)\\1(?(1)x|y))", "(?:d)"],
        ["(?:(?P<n>a)(?P=n))", "(?:c)"],
        ["(?:(a))", "(?:(b))"],  # groups in two branches: compiled from the text
        ["(?:a)", "(?:a)"],  # the same branch twice: compiled from the text
        ["(?:a{2,3}?)", "(?:(?>ab|a)c)", "(?:a*+)"],
    ],
)
def test_the_parsers_own_shapes(branches):
    _same(branches)


@pytest.mark.parametrize("family", FAMILIES)
def test_the_line_unions_of_a_family_are_re_compiles(family):
    """``line_union``'s anchored and floating unions of a family's line rules (RuleSet.line_prefilter),
    in English and two other languages' packs over it."""
    for language in (None, "de+en", "ja+en"):
        rules = RULES.line_rules(family, language)
        anchored, floating = line_union(rules)
        want_anchored, want_floating = _line_union_by_text(rules)
        assert anchored == want_anchored
        assert floating == want_floating


def _line_union_by_text(rules: list) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """``line_union`` as it was: ``re.compile`` of the unions' text (no user pattern in the packs)."""
    anchored, floating = [], []
    for rule in rules:
        if rule.pattern is not None:
            flags = "".join(f for f, v in _FLAGS.items() if rule.pattern.flags & v and f in "imsx")
            body = rule.pattern.pattern
            anchor = is_anchored(body, rule.pattern.flags)
            body = body[1:] if anchor else body
            (anchored if anchor else floating).append(f"(?{flags}:{body})" if flags else f"(?:{body})")
        if rule.phrases:
            floating.append("(?i:" + "|".join(re.escape(p) for p in rule.phrases) + ")")
    return (
        re.compile("^(?:" + "|".join(anchored) + ")") if anchored else None,
        re.compile("|".join(floating)) if floating else None,
    )


def test_a_branch_that_cannot_stand_alone_leaves_the_union_to_re_compile():
    assert unions._branch("(?:a") is None  # a parse error: re.compile raises it
    with pytest.raises(re.error):
        compile_union(["(?:a"])
    assert unions._branch("(?i)abc") is None  # a global flag: an error inside the union
    with pytest.raises(re.error):
        compile_union(["(?:a)", "(?i)abc"])
