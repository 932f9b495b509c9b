"""The fast paths of the line rules give the answers the plain union and rule loop give."""

from __future__ import annotations

import re
import sys
from re import _parser

import pytest

from cleaner.article import Block
from cleaner.rules import Rule, RuleSet, default_ruleset
from cleaner.text.lines import LineRules, cell_text
from cleaner.text.regex import FOLDS as _FOLDS
from cleaner.text.regex import may_match, pattern_words, required_words


def reference(rules, family, language, block, max_words, default_max):
    """The line-rule verdict as first written: one union, then every rule in order."""
    if block.words > max_words:
        return None
    anchored, floating = rules.line_prefilter(family, language)
    text = cell_text(block.text)
    if not ((anchored and anchored.match(text)) or (floating and floating.search(text))):
        return None
    for rule in rules.line_rules(family, language):
        limit = rule.params.get("max_words", default_max)
        if limit is not None and block.words > limit:
            continue
        if rule.matches(text):
            return rule.id
    return None


def variants(text: str) -> list[str]:
    out = [text, text.upper(), text.lower(), "| " + text + " |", "x " + text]
    for a, b in (("s", "ſ"), ("S", "ſ"), ("i", "ı"), ("I", "İ"), ("i", "İ"), ("k", "\u212a"), ("e", "é")):
        out += [text.replace(a, b), text.upper().replace(a.upper(), b, 1)]
    return out


def test_fold_exceptions_are_complete():
    """Every non-ASCII character that case-insensitive matching equates with an ASCII one lowers to
    ASCII, or is one of the characters that make a block take the full union."""
    ascii_class = re.compile("[\x00-\x7f]", re.IGNORECASE)
    odd = [
        chr(i)
        for i in range(128, sys.maxunicode + 1)
        if ascii_class.fullmatch(chr(i)) and not chr(i).lower().isascii()
    ]
    assert set(odd) <= set(_FOLDS)


@pytest.mark.slow
@pytest.mark.parametrize("family", ["prompt", "crumb", "footer", "related"])
def test_gated_rules_agree_with_the_union(family):
    rules = default_ruleset()
    texts = [t for rule in rules.rules.values() for t in (*rule.examples, *rule.counter_examples)]
    cases = {v for t in texts for v in variants(t) if v.strip()}
    languages = [None, "und", *sorted({rule.language for rule in rules.rules.values()} - {"*"})]
    for language in languages:
        fast = LineRules(rules, family, language)
        for text in cases:
            block = Block(text, 0, len(text), [])
            for max_words, default_max in ((60, None), (45, None), (60, 12)):
                got = fast.first(block, max_words, default_max)
                assert got == reference(rules, family, language, block, max_words, default_max), (language, text)


def test_pattern_words_never_rule_out_a_match():
    """Whenever a rule's pattern matches a text, the text holds one of its words (every built-in
    pattern, on every example and counter-example, with case and folding variants)."""
    rules = default_ruleset()
    texts = [t for rule in rules.rules.values() for t in (*rule.examples, *rule.counter_examples)]
    cases = {v for t in texts for v in variants(t)}
    for rule in rules.rules.values():
        words = pattern_words(rule.pattern)
        if words is None:
            continue
        for text in cases:
            if rule.pattern.search(text):
                assert may_match(words, text, text.lower()), (rule.id, text)


@pytest.mark.parametrize(
    ("pattern", "flags", "words"),
    [
        (r"^.{0,80}\ball\s+rights\s+reserved\b.{0,80}$", re.I, {"reserved"}),
        (r"^(?:we\s+use|our\s+use\s+of)\s+cookies", re.I, {"cookies"}),
        (r"^(?:foo|barbaz)x", 0, {"foo", "barbaz"}),
        (r"^(?:foo|\d+)", 0, None),
        (r"^(?:a\s+)?b", 0, {"b"}),
        (r"^Über\s+uns", re.I, {"ber"}),
        (r"^(?:x|y)?$", 0, None),
    ],
)
def test_required_words(pattern, flags, words):
    found = required_words(_parser.parse(pattern, flags))
    assert (set(found) if found else None) == words


@pytest.mark.parametrize(("pattern", "flags"), [(r"^Foo|Bar", 0), (r"^Bar", re.MULTILINE)])
def test_a_caret_that_does_not_anchor_the_whole_pattern_keeps_it_out_of_the_anchored_union(pattern, flags):
    """'^Foo|Bar' may match 'Bar' anywhere, and a MULTILINE '^' after any line break."""
    compiled = re.compile(pattern, flags)
    rule = Rule(id="CRUMB-990", family="crumb", kind="line", description="", pack="t", pattern=compiled)
    rules = RuleSet(name="t", version="0", sha256="", rules={rule.id: rule}, packs=["t"])
    text = "Some text\nBar"
    assert LineRules(rules, "crumb", None).first(Block(text, 0, len(text), [])) == "CRUMB-990"
