"""A line rule that makes the regex engine try a line at every position (a leading '.{0,80}', a
lookahead) must be gated by words its matches contain, or it runs in the family's union on every
block of every article. FOOTER-124 shipped ungated once and cost about 5% of a clean; this check
counts, it does not time, so its verdict does not depend on the machine."""

from __future__ import annotations

from cleaner.rules import default_ruleset, is_re
from cleaner.text.lines import _gate_words
from cleaner.text.regex import parse, scans

# scanning rules with no ASCII word to gate on, known and accepted: scripts without spaces, a crumb
# trail's lookahead, and Romance/Dutch/Polish/Russian packs that run only on copy in their language
# (PROMPT-401 and PROMPT-832 grew past the gate's 16 words with the paywall and membership lines of
# 2026-12-05)
ACCEPTED = {
    "CRUMB-004", "CRUMB-101", "CRUMB-701", "FOOTER-501", "FOOTER-601", "FOOTER-701", "FOOTER-871",
    "PROMPT-201", "PROMPT-401", "PROMPT-801", "PROMPT-802", "PROMPT-832", "PROMPT-861", "PROMPT-871",
}  # fmt: skip


def test_every_scanning_line_rule_is_gated() -> None:
    ungated = []
    for rule in default_ruleset().rules.values():
        if rule.kind != "line" or rule.pattern is None or not is_re(rule.pattern) or rule.phrases:
            continue
        parsed = parse(rule.pattern)
        anchored = rule.pattern.pattern.startswith("^")
        if parsed is not None and (not anchored or scans(parsed)) and _gate_words(rule) is None:
            ungated.append(rule.id)
    assert sorted(set(ungated) - ACCEPTED) == [], "scans every line: anchor it, or split out the scanning part"
