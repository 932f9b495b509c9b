"""The learned line scorer (LEARNED-001): where it may act, how it scores, what it records.

The shipped trees are tested as shipped; the guards (which lines it may judge, runs from the ends,
the run threshold, the shortest run) with models of the tests' own, in a copy of the rule set."""

from __future__ import annotations

import dataclasses
import math

import pytest
from typer.testing import CliRunner

import cleaner
from cleaner.article import Block
from cleaner.cli import app
from cleaner.passes import learned
from cleaner.rules import build_ruleset

from .helpers import BODY, LEAD


def _with(**params):
    """The built-in rule set with LEARNED-001 switched on (and some of its params replaced)."""
    rs = build_ruleset()
    rule = rs.rule("LEARNED-001")
    rule = dataclasses.replace(rule, status="on", params={**rule.params, **params})
    return dataclasses.replace(rs, rules={**rs.rules, "LEARNED-001": rule})


@pytest.fixture(scope="module")
def on():
    return _with()


@pytest.fixture(scope="module")
def always():
    """A model that calls every block boilerplate: what it removes is exactly what the pass lets
    it judge (runs of one line allowed)."""
    return _with(base=50.0, trees=[], min_run=1)


TAIL = [  # other stories' headlines after the article, as a dump keeps them
    "Aid convoys wait at the Lachin corridor as talks stall",
    "Families cross into Goris with what they can carry",
    "What the Karabakh ceasefire means for the South Caucasus",
]
QUOTE = '"We will stay until the last person who wants to leave has left," one official said.'
SUBHEAD = "Talks in Brussels"
DUMP = "\n\n".join(["Armenia braces for exodus from Karabakh", LEAD, BODY[0], SUBHEAD, *BODY[1:], QUOTE, *TAIL]) + "\n"


def _learned(doc) -> list:
    return [r for r in doc.removed if r.rule == "LEARNED-001"]


def test_shipped_switched_off_and_explained():
    rs = build_ruleset()
    rule = rs.rule("LEARNED-001")
    assert rule.status == "off" and rule.family == "learned" and rule.kind == "shape"
    assert tuple(rule.params["features"]) == learned.FEATURES
    assert 0.5 <= rule.params["threshold"] < 1.0 and rule.params["trees"]
    assert rule.params["from_ends"] and rule.params["min_run"] >= 2
    assert not _learned(cleaner.clean_text(DUMP))
    out = CliRunner().invoke(app, ["rules", "--explain", "LEARNED-001"])
    assert out.exit_code == 0, out.output
    assert "gradient-boosted trees" in out.output and "leave-site-out" in out.output
    assert f"trees = [{len(rule.params['trees'])} items]" in out.output  # not pages of numbers


def test_the_shipped_trees_switched_on_keep_the_body_and_a_lone_source_line(on):
    source = "Provided by European Space Agency"
    for raw in (DUMP, "\n\n".join([LEAD, *BODY, source]) + "\n"):
        doc = cleaner.clean_text(raw, rules=on)
        for para in [LEAD, *BODY]:
            assert para in doc.text
        assert cleaner.clean_text(raw, rules=on).to_sidecar()["removed"] == doc.to_sidecar()["removed"]
        assert cleaner.clean_text(doc.text, rules=on).text == doc.text
    assert source in doc.text  # a lone last line is never cut (min_run)


def test_a_list_a_rule_kept_as_the_copys_own_is_never_cut(always):
    """The related pass keeps a closing list built on one template (it vetoes the list's first
    line, RELATED-090); the scorer is silent at that end of the text, even if it calls every line
    boilerplate."""
    items = ["Tour Dates Announced for Berlin", "Tour Dates Announced for Paris", "Tour Dates Announced for Rome"]
    doc = cleaner.clean_text("\n\n".join([LEAD, *BODY, *items]) + "\n", rules=always)
    assert doc.vetoes.get("RELATED-090") and not _learned(doc)
    for item in items:
        assert item in doc.text


def test_switched_on_it_is_deterministic_idempotent_and_keeps_the_body(on):
    one = cleaner.clean_text(DUMP, rules=on)
    two = cleaner.clean_text(DUMP, rules=on)
    assert one.text == two.text and one.to_sidecar()["removed"] == two.to_sidecar()["removed"]
    for para in [LEAD, *BODY, QUOTE, SUBHEAD]:
        assert para in one.text
    assert cleaner.clean_text(one.text, rules=on).text == one.text
    threshold = on.rule("LEARNED-001").params["threshold"]
    for r in _learned(one):
        assert r.family == "learned" and threshold <= r.score <= 1.0


def test_only_short_blocks_at_the_head_or_tail_are_ever_judged(always):
    """Even a model that calls everything boilerplate takes only the tail here: never the first
    line, never a subhead between two paragraphs of prose, never reported speech, never prose."""
    doc = cleaner.clean_text(DUMP, rules=always)
    gone = [r.text for r in _learned(doc)]
    assert gone == TAIL
    for para in [LEAD, *BODY, QUOTE, SUBHEAD]:
        assert para in doc.text
    assert all(r.score == 1.0 for r in _learned(doc))
    assert cleaner.clean_text(doc.text, rules=always).text == doc.text


def test_only_runs_that_reach_an_end_of_the_text_are_cut(always):
    """A line the scorer may not judge (reported speech here) ends the cut: what stands above it
    is no longer at the end of the text, however it scores."""
    said = "Officials said talks would resume"
    raw = "\n\n".join([LEAD, *BODY, TAIL[0], said, TAIL[1], TAIL[2]]) + "\n"
    doc = cleaner.clean_text(raw, rules=always)
    assert [r.text for r in _learned(doc)] == [TAIL[1], TAIL[2]]
    assert TAIL[0] in doc.text and said in doc.text
    anywhere = cleaner.clean_text(raw, rules=_with(base=50.0, trees=[], min_run=1, from_ends=False))
    assert [r.text for r in _learned(anywhere)] == [TAIL[0], TAIL[1], TAIL[2]]


def test_a_run_started_at_the_end_goes_on_at_the_run_threshold():
    """One tree: a line with digits scores 0.99, the others 0.62. A run starts only at the
    threshold (0.9) and goes on while lines reach the run threshold."""
    f = learned.FEATURES.index("digit_share")
    tree = [[f, -1, -1], [0.001, -2.0, -2.0], [1, -1, -1], [2, -1, -1], [0.0, 0.5, 5.0]]
    last = "Karabakh ceasefire: 5 things to know"
    raw = "\n\n".join([LEAD, *BODY, *TAIL, last]) + "\n"

    def cleaned(text: str, run: float):
        return cleaner.clean_text(
            text, rules=_with(base=0.0, trees=[tree], threshold=0.9, run_threshold=run, min_run=1)
        )

    assert [r.text for r in _learned(cleaned(raw, 0.9))] == [last]
    run = cleaned(raw, 0.6)
    assert [r.text for r in _learned(run)] == [*TAIL, last]
    assert [r.score for r in _learned(run)] == [0.6225, 0.6225, 0.6225, 0.9933]
    for para in [LEAD, *BODY]:
        assert para in run.text
    assert cleaned(run.text, 0.6).text == run.text


def test_a_lone_line_at_an_end_is_not_cut_when_runs_must_be_longer():
    model = _with(base=50.0, trees=[], min_run=2)
    lone = cleaner.clean_text("\n\n".join([LEAD, *BODY, TAIL[0]]) + "\n", rules=model)
    assert TAIL[0] in lone.text and not _learned(lone)
    pair = cleaner.clean_text("\n\n".join([LEAD, *BODY, *TAIL[:2]]) + "\n", rules=model)
    assert [r.text for r in _learned(pair)] == TAIL[:2]


def test_a_line_longer_than_max_words_is_never_judged(always):
    long_tail = "Aid convoys wait at the Lachin corridor as talks stall and the winter closes the mountain road"
    raw = "\n\n".join([LEAD, *BODY, long_tail]) + "\n"
    doc = cleaner.clean_text(raw, rules=_with(base=50.0, trees=[], min_run=1, max_words=10))
    assert long_tail in doc.text and not _learned(doc)
    assert long_tail not in cleaner.clean_text(raw, rules=always).text


def test_a_model_for_other_features_is_refused():
    with pytest.raises(cleaner.RuleError, match="retrain"):
        cleaner.clean_text(DUMP, rules=_with(features=["x"]))


def test_the_compiled_trees_are_the_data():
    # one tree: x[1] <= 0.5 ? (x[2] <= 2.0 ? -1.0 : 0.25) : 2.0
    tree = [
        [1, 2, -1, -1, -1],  # feature (-1: a leaf)
        [0.5, 2.0, -2.0, -2.0, -2.0],  # threshold
        [1, 2, -1, -1, -1],  # left child
        [4, 3, -1, -1, -1],  # right child
        [0, 0, -1.0, 0.25, 2.0],  # value
    ]
    model = learned.Model(0.5, [tree, tree])
    assert model.score([1.0, 0.0, 1.0]) == pytest.approx(1 / (1 + math.exp(-(0.5 - 2.0))))
    assert model.score([1.0, 0.0, 3.0]) == pytest.approx(1 / (1 + math.exp(-(0.5 + 0.5))))
    assert model.score([1.0, 1.0, 0.0]) == pytest.approx(1 / (1 + math.exp(-(0.5 + 4.0))))
    as_shipped = learned.Model(0.5, [learned.Model.encode(tree)] * 2)  # the rule pack's string form
    assert learned.Model.encode(tree) == "1:0.5:1:4 2:2.0:2:3 -1.0 0.25 2.0"
    for x in ([1.0, 0.0, 1.0], [1.0, 0.0, 3.0], [1.0, 1.0, 0.0]):
        assert as_shipped.score(x) == model.score(x)
    with pytest.raises(cleaner.RuleError, match="bad tree node"):
        learned.Model(0.0, ["1:0.5:1"])
    assert learned.Model(-100.0, []).score([0.0]) == 0.0
    assert learned.Model(0.0, []).score([0.0]) == 0.5


def _doc(texts: list[str]) -> learned.Doc:
    return learned.Doc([Block(t, 0, len(t), [], index=i) for i, t in enumerate(texts)])


def test_features_see_the_place_and_the_neighbours():
    doc = _doc(["Armenia braces for exodus from Karabakh", LEAD, *BODY, *TAIL, TAIL[0]])
    names = learned.FEATURES
    last = dict(zip(names, learned.features(doc, doc.n - 2), strict=True))  # TAIL[2]
    assert last["after_last_long"] == 1.0 and last["before_first_long"] == 0.0
    assert last["ends_sentence"] == 0.0 and last["title_share"] > 0.2
    assert last["same_shape_run"] == pytest.approx(math.log1p(4))  # four headline-shaped lines in a row
    assert last["from_end"] == pytest.approx(math.log1p(1)) and last["words_before"] > 0.7
    assert last["prev_ends_sentence"] == 0.0 and last["repeated"] == 0.0
    assert dict(zip(names, learned.features(doc, doc.n - 1), strict=True))["repeated"] == 1.0
    lead = dict(zip(names, learned.features(doc, 1), strict=True))
    assert lead["ends_sentence"] == 1.0 and lead["stop_share"] > 0.2 and lead["after_last_long"] == 0.0
    assert lead["from_start"] == pytest.approx(math.log1p(1))
    reporting = build_ruleset().pattern("SHARED-001")
    judged = [i for i in range(doc.n) if learned.eligible(doc, i, reporting, 25)]
    assert judged == list(range(2 + len(BODY), doc.n))  # the tail, not the headline nor the prose
