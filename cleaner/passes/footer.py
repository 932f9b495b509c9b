"""Footers: copyright and redistribution notices.

FOOTER-001/002 are the phrase half; FOOTER-010 is the shape: a short line carrying a copyright
sign (or the word) next to a year, which no sentence of reporting does.
"""

from __future__ import annotations

import re

from ..context import Context
from ..text.lines import line_rules
from .base import Pass

_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_COPYRIGHT_YEAR = re.compile(r"copyright\s*(?:\(c\)\s*)?(?:19|20)\d{2}\b")


_BAR = re.compile(r"\s*[|•·]\s*")


class _Setup:
    """What the pass reads from the rules for one language, looked up once per rule set."""

    def __init__(self, ctx: Context) -> None:
        rules = ctx.rules
        self.lines = line_rules(ctx, "footer")
        self.max_words = rules.param("FOOTER-010", "max_words")
        self.block_max = rules.param("FOOTER-020", "block_max_words")
        bar = rules.rule("FOOTER-011")
        self.bar_min_segments = bar.params["min_segments"]
        self.bar_max_segment_words = bar.params["max_segment_words"]
        self.bar_words = bar.phrases


def _link_bar(setup: _Setup, low: str) -> bool:
    segments = [seg for seg in _BAR.split(low) if seg]
    if len(segments) < setup.bar_min_segments:
        return False
    if any(len(seg.split()) > setup.bar_max_segment_words for seg in segments):
        return False
    words = setup.bar_words
    return sum(1 for seg in segments if any(w in seg for w in words)) * 2 >= len(segments)


class Footer(Pass[_Setup]):
    family = "footer"
    emits = ("FOOTER-010", "FOOTER-011")

    def prepare(self, ctx: Context) -> _Setup:
        return _Setup(ctx)

    def run(self, ctx: Context) -> None:
        setup = self.setup(ctx)
        lines = setup.lines
        max_words, block_max = setup.max_words, setup.block_max
        for block in ctx.body():
            words = block.words
            if words > block_max:
                continue
            rule_id = lines.first(block, max_words=block_max)
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
                ctx.remove(block, rule_id)


PASS = Footer()
