"""Footers: copyright and redistribution notices.

FOOTER-001/002 are the phrase half; FOOTER-010 is the shape: a short line carrying a copyright
sign (or the word) next to a year, which no sentence of reporting does.
"""

from __future__ import annotations

import re

from ..pipeline import Context
from .lines import line_rules

_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_COPYRIGHT_YEAR = re.compile(r"copyright\s*(?:\(c\)\s*)?(?:19|20)\d{2}\b")


_BAR = re.compile(r"\s*[|•·]\s*")


class _Setup:
    """What the pass reads from the rules for one language, looked up once per rule set."""

    def __init__(self, ctx: Context) -> None:
        rules = ctx.rules
        self.lines = line_rules(ctx, "footer")
        self.max_words = rules.param("FOOTER-010", "max_words", 20)
        bar = rules.rule("FOOTER-011")
        self.bar_min_segments = bar.params.get("min_segments", 2)
        self.bar_max_segment_words = bar.params.get("max_segment_words", 4)
        self.bar_words = bar.phrases


def _link_bar(setup: _Setup, low: str) -> bool:
    segments = [seg for seg in _BAR.split(low) if seg]
    if len(segments) < setup.bar_min_segments:
        return False
    if any(len(seg.split()) > setup.bar_max_segment_words for seg in segments):
        return False
    words = setup.bar_words
    return sum(1 for seg in segments if any(w in seg for w in words)) * 2 >= len(segments)


def run(ctx: Context) -> None:
    setup: _Setup = ctx.rules.memo(("footer", ctx.language), lambda: _Setup(ctx))
    lines = setup.lines
    max_words = setup.max_words
    for block in ctx.body():
        words = block.words
        if words > 45:
            continue
        rule_id = lines.first(block, max_words=45)
        text = block.text
        if (
            rule_id is None
            and words <= max_words
            and ("©" in text or _COPYRIGHT_YEAR.match(block.lower))
            and _YEAR.search(text)
        ):
            rule_id = "FOOTER-010"
        if rule_id is None and ("|" in text or "•" in text) and _link_bar(setup, block.lower):
            rule_id = "FOOTER-011"
        if rule_id:
            ctx.remove(block, rule_id, "footer")
