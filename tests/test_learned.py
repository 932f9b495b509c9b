"""The learned line scorer (LEARNED-001): deterministic, idempotent, records its score, keeps body.

It ships switched off (rules/learned.toml: measured leave-site-out on realtext-dev it loses body
lines faster than it finds boilerplate); these tests switch it on in a copy of the rule set."""

from __future__ import annotations

import dataclasses

import pytest

import cleaner
from cleaner.passes import learned
from cleaner.rules import build_ruleset

from .helpers import BODY, LEAD


@pytest.fixture(scope="module")
def on():
    rs = build_ruleset()
    rule = dataclasses.replace(rs.rule("LEARNED-001"), status="on", params={**rs.rule("LEARNED-001").params})
    return dataclasses.replace(rs, rules={**rs.rules, "LEARNED-001": rule})


DUMP = "\n\n".join(
    [
        "Home",
        "World",
        LEAD,
        *BODY,
        '"We will stay until the last person who wants to leave has left," one official said.',
        "Yes.",
        "Share",
        "Tweet",
        "Email",
    ]
) + "\n"


def test_shipped_switched_off_and_explained():
    rs = build_ruleset()
    assert rs.rule("LEARNED-001").status == "off"
    assert tuple(rs.rule("LEARNED-001").params["features"]) == learned.FEATURES
    assert "LEARNED-001" not in {r.rule for r in cleaner.clean_text(DUMP).removed}


def test_switched_on_it_is_deterministic_idempotent_and_keeps_the_body(on):
    one = cleaner.clean_text(DUMP, rules=on)
    two = cleaner.clean_text(DUMP, rules=on)
    assert one.text == two.text and one.to_sidecar()["removed"] == two.to_sidecar()["removed"]
    for para in [LEAD, *BODY]:
        assert para in one.text
    assert "one official said" in one.text  # reported speech is never taken on shape alone
    assert cleaner.clean_text(one.text, rules=on).text == one.text
    for r in one.removed:
        if r.rule == "LEARNED-001":
            assert r.family == "learned" and 0.5 <= r.score <= 1.0


def test_a_model_for_other_features_is_refused(on):
    rule = dataclasses.replace(on.rule("LEARNED-001"), params={**on.rule("LEARNED-001").params, "features": ["x"]})
    broken = dataclasses.replace(on, rules={**on.rules, "LEARNED-001": rule})
    with pytest.raises(cleaner.RuleError, match="retrain"):
        cleaner.clean_text(DUMP, rules=broken)


def test_scores_are_probabilities_and_features_are_named():
    x = [1.0] + [0.0] * (len(learned.FEATURES) - 1)
    assert learned.score([0.0] * len(learned.FEATURES), x) == 0.5
    assert learned.score([-100.0] + [0.0] * (len(learned.FEATURES) - 1), x) == 0.0
