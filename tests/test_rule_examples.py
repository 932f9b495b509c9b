"""Every rule proves itself on its own examples, as ruff's rules do: one generated test per example
and per counter-example, in the place of an article the rule is for.

An example must be decided by exactly that rule (not removed by a neighbour: PROMPT-010's example
once went to PROMPT-002), a counter-example must not be touched by it, and a veto's example must be
kept with the veto counted. ``placement`` in a rule overrides its family's usual place.
"""

from __future__ import annotations

import pytest

import cleaner
from cleaner.rules import default_ruleset

from .helpers import BODY, LEAD

# where each family's lines stand in a real dump
PLACEMENT = {
    "headline": "top",
    "byline": "top",
    "timestamp": "top",
    "dateline": "lead",
    "caption": "middle",
    "prompt": "middle",
    "related": "end",
    "crumb": "middle",
    "footer": "end",
    "credits": "end",
    "site": "end",
    "learned": "end",
}
# families whose rules never decide a line of text by themselves
NOT_LINE_DECIDERS = {"normalize", "shared", "html"}

RULES = sorted(default_ruleset().rules.values(), key=lambda r: r.id)


# a title is lifted only from a raw dump: the engine needs to have seen boilerplate
# the paragraph of dek under a headline (BYLINE-012's byline stands under it)
STANDFIRST = (
    "The crossing has carried commuters for ninety years. Engineers say it can no longer bear the weight "
    "of the morning traffic, and the council has run out of ways to pay for its repair."
)
JUNK = "Subscribe now to our Premium Plan for an ad-free and unlimited reading experience!"


def place(rule, example: str) -> str:
    where = rule.placement or PLACEMENT.get(rule.family, "middle")
    if rule.family == "headline" and where == "over-title":
        lines = [example, "Council votes to close the old bridge", LEAD, *BODY, JUNK]
    elif rule.family == "headline" and where == "under-title":
        lines = ["Council votes to close the old bridge", example, LEAD, *BODY, JUNK]
    elif rule.family == "headline":
        lines = [example, LEAD, *BODY, JUNK]
    elif where in ("top", "page"):
        lines = [example, LEAD, *BODY]
    elif where == "under-title":
        lines = ["Council votes to close the old bridge", example, LEAD, *BODY]
    elif where == "under-standfirst":
        lines = ["Council votes to close the old bridge", STANDFIRST, example, LEAD, *BODY]
    elif where == "lead":
        lines = [example, *BODY]
    elif where == "end":
        lines = [LEAD, *BODY, example]
    else:
        lines = [LEAD, BODY[0], example, BODY[1], BODY[2]]
    return "\n\n".join(lines) + "\n"


def language(rule) -> str | None:
    return None if rule.language in ("*", "en") else rule.language


def decided(doc, example: str) -> set[str]:
    """The rules recorded for the example's text (a removal or lift of it, or a rewrite inside it)."""
    flat = " ".join(example.split())
    out = set()
    for r in doc.removed:
        text = " ".join((r.text or "").split())
        if text and (text in flat or flat in text):
            out.add(r.rule)
    return out


def cases(attr: str):
    for rule in RULES:
        if rule.family in NOT_LINE_DECIDERS or rule.kind == "vocab" or rule.status == "off":
            continue
        for i, ex in enumerate(getattr(rule, attr)):
            yield pytest.param(rule, ex, id=f"{rule.id}-{i}")


def clean(rule, example: str):
    if rule.placement == "page":  # rules for text extracted from a page, as clean_html runs them
        from cleaner.pipeline import clean as run

        return run(place(rule, example), default_ruleset(), language=language(rule), structured=True, known_title="")
    return cleaner.clean_text(place(rule, example), language=language(rule))


@pytest.mark.parametrize(("rule", "example"), list(cases("examples")))
def test_example_is_decided_by_its_rule(rule, example):
    doc = clean(rule, example)
    if rule.kind == "veto":
        assert rule.id in doc.vetoes, (rule.id, doc.vetoes)
        assert " ".join(example.split()) in " ".join(doc.text.split()), "a veto's example is kept"
        return
    got = decided(doc, example)
    assert rule.id in got, f"{rule.id} did not decide its example; recorded: {sorted(got) or 'nothing'}"
    # a rule that builds on another's decision (RELATED-015 on a sponsor label a crumb rule took) names it
    after = set(rule.params.get("after_rules", ()))
    others = {r for r in got if r != rule.id and not r.startswith(("NORM-", "DATELINE-")) and r not in after}
    assert not others, f"{rule.id}'s example was also decided by {sorted(others)}"
    for para in BODY:
        assert para in doc.text, "the body around the example is kept"


@pytest.mark.parametrize(("rule", "example"), list(cases("counter_examples")))
def test_counter_example_is_not_touched_by_its_rule(rule, example):
    doc = clean(rule, example)
    assert rule.id not in decided(doc, example)
    if rule.kind == "veto":
        return
    assert rule.id not in {r.rule for r in doc.removed if " ".join(example.split()) in " ".join(r.text.split())}


def test_every_shape_rule_is_proved_by_an_example_or_named_in_a_test():
    """Shape rules are heuristics in code: each needs an example here, or a test that names it."""
    from pathlib import Path

    tests = "".join(p.read_text("utf-8") for p in Path(__file__).parent.glob("test_*.py"))
    missing = [
        r.id
        for r in RULES
        if r.kind == "shape" and r.family not in NOT_LINE_DECIDERS and not r.examples and r.id not in tests
    ]
    assert not missing, f"shape rules with no example and no test: {missing}"


def credit_cases(attr: str):
    """The caption packs' credit forms (``params.credit``): vocabulary to the caption pass, which
    decides the line as CAPTION-010 or CAPTION-013 with the credit the form found."""
    for rule in RULES:
        if rule.family == "caption" and rule.params.get("credit") and rule.status != "off":
            for i, ex in enumerate(getattr(rule, attr)):
                yield pytest.param(rule, ex, id=f"{rule.id}-{i}")


@pytest.mark.parametrize(("rule", "example"), list(credit_cases("examples")))
def test_credit_form_makes_its_example_a_caption(rule, example):
    m = rule.pattern.search(example[-220:])
    assert m, f"{rule.id}'s pattern does not match its own example"
    doc = clean(rule, example)
    assert decided(doc, example) & {"CAPTION-010", "CAPTION-013"}
    credit = m.group("credit").strip().lstrip("-–— ")
    if credit[:1] in "([" and credit[-1:] in ")]":
        credit = credit[1:-1]  # the brackets round a credit are no part of it
    assert any(c.credit == credit for c in doc.metadata.captions), [c.credit for c in doc.metadata.captions]
    for para in BODY:
        assert para in doc.text


@pytest.mark.parametrize(("rule", "example"), list(credit_cases("counter_examples")))
def test_credit_form_leaves_its_counter_example(rule, example):
    doc = clean(rule, example)
    assert " ".join(example.split()) in " ".join(doc.text.split())
