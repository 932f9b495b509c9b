"""Session 24's speed work (issue 12) changes no answer: each shortcut against the plain reading.

- ``LineRules.first`` tries a gated rule branch by branch (``cleaner.text.lines._Try``), only the
  branches a line's opening allows and whose words it holds, each compiled the first time a line
  needs it: the rule's own pattern must give the same verdict on every line, with every branch
  compiled or none.
- the caption pass visits only the credit rules a present hint (or the line's ending) lets on
  (``_Credits.by_hint``, ``_Credits.ended``): the same rule and match as asking every rule in turn.

Lines: every rule example and counter-example, and real lines of textset-dev and realtext-dev
(news copy from many outlets, with their furniture).
"""

from __future__ import annotations

import re

import pytest

from cleaner import default_ruleset
from cleaner.article import Block
from cleaner.context import Context
from cleaner.passes import caption
from cleaner.passes.normalize import split_blocks
from cleaner.rules import FAMILIES
from cleaner.text.lines import _NO_LIMIT, LineRules, _Try, cell_text
from cleaner.text.regex import has_folds
from tests.conftest import SHARED

RULES = default_ruleset()
LANGUAGES = [None, "de+en", "fr+en", "es+en"]


def _blocks() -> list[Block]:
    texts = [t for rule in RULES.rules.values() for t in (*rule.examples, *rule.counter_examples)]
    for name in ("textset-dev", "realtext-dev"):
        texts += [p.read_text("utf-8") for p in sorted((SHARED / "data" / name).glob("*.txt"))[:60]]
    blocks: dict[str, Block] = {}
    for text in texts:
        for block in split_blocks(text, RULES, []):
            blocks.setdefault(block.text, block)
    return list(blocks.values())


BLOCKS = _blocks()


def _reference(lines: LineRules, block: Block, max_words: int, default_max: int | None) -> str | None:
    """``first`` read plainly: the first rule, in order, whose limits allow the block and that matches."""
    if block.words > max_words:
        return None
    text = cell_text(block.text)
    for rule, limit, _ in lines.rules:
        if limit is _NO_LIMIT:
            limit = default_max
        if limit is not None and block.words > limit:
            continue
        if rule.matches(text):
            return rule.id
    return None


def test_there_are_lines_and_gated_rules_to_check():
    lines = LineRules(RULES, "footer", None)
    assert len(BLOCKS) > 3000
    assert sum(len(t) > 1 for t in lines._tries if t) >= 3  # rules split into several branches


@pytest.mark.parametrize("family", [f for f in FAMILIES if f in ("prompt", "crumb", "footer", "related")])
@pytest.mark.parametrize("language", LANGUAGES, ids=str)
def test_first_answers_as_the_rules_in_order(family, language):
    lines = LineRules(RULES, family, language)
    wrong = []
    for block in BLOCKS:
        for max_words, default_max in ((60, None), (80, 25)):
            got = lines.first(block, max_words, default_max)
            if got != _reference(lines, block, max_words, default_max):
                wrong.append((block.text[:80], got))
    assert wrong == []


@pytest.mark.parametrize("family", ["prompt", "crumb", "footer"])
def test_a_gated_rules_branches_together_answer_as_the_rule(family):
    lines = LineRules(RULES, family, None)
    gated = [(rule, tries) for (rule, _, _), tries in zip(lines.rules, lines._tries, strict=True) if tries]
    assert gated
    texts = [cell_text(b.text) for b in BLOCKS]
    for rule, tries in gated:
        fresh = [_Try(rule.pattern, t._source) for t in tries]  # compiled by the first line below
        for text in texts:
            want = bool(rule.matches(text))
            assert any(t.match(text) for t in tries) == want, (rule.id, text[:80])
            assert any(t.match(text) for t in fresh) == want, (rule.id, text[:80])


def test_a_branch_pattern_is_the_rules_branch_with_its_tail():
    rule = RULES.rule("PROMPT-188")
    tries = LineRules(RULES, "prompt", None)._tries[
        [r.id for r, _, _ in LineRules(RULES, "prompt", None).rules].index("PROMPT-188")
    ]
    assert len(tries) == 2
    body = rule.pattern.pattern
    for t in tries:
        assert t._source.startswith("^(?:") and t._source.endswith("[.!]?$")
        assert t._source[4:-7] in body  # the branch as printed in the rule
    line = "Stay informed by switching to our free news app."
    assert rule.matches(line) and tries[0].match(line) and not tries[1].match(line)
    prose = "The app is popular with teenagers, who use it to share videos."
    assert not rule.matches(prose) and not any(t.match(prose) for t in tries)


def _credits_reference(credits: caption._Credits, text: str, present: list[str]) -> tuple[str, re.Match[str]] | None:
    """``_Credits._match`` as it read before the index: every rule asked in turn."""
    tail = text[-220:]
    low = tail.lower()
    folds = has_folds(tail)
    for (rule_id, pattern), (contains, ends), words in zip(credits.rules, credits.gates, credits.words, strict=True):
        if contains.isdisjoint(present) and not (ends and text.endswith(ends)):
            continue
        if words is not None and not folds and not any(w in low for w in words):
            continue
        m = pattern.search(tail)
        if m and caption._starts_segment(tail, m.start("credit")):
            return rule_id, m
    return None


@pytest.mark.parametrize("language", LANGUAGES, ids=str)
def test_caption_credits_visited_by_hint_find_the_same_credit(language):
    credits = caption._Credits(Context("", RULES, language))
    assert credits.by_hint
    checked = 0
    for block in BLOCKS:
        text = block.text
        low = text[-70:].lower()
        present = [h for h in credits.hints if h in low]
        if not present and not (credits.end_hints and text.endswith(credits.end_hints)):
            continue
        checked += 1
        got, want = credits._match(text, present), _credits_reference(credits, text, present)
        assert (got and (got[0], got[1].span())) == (want and (want[0], want[1].span())), text[-100:]
    assert checked > 300
