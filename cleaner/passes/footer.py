"""Footers: copyright and redistribution notices.

FOOTER-001/002 are the phrase half; FOOTER-010 is the shape: a short line carrying a copyright
sign (or the word) next to a year, which no sentence of reporting does.
"""

from __future__ import annotations

import re

from ..pipeline import Context
from .lines import first_line_rule

_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_COPYRIGHT_YEAR = re.compile(r"copyright\s*(?:\(c\)\s*)?(?:19|20)\d{2}\b")


_BAR = re.compile(r"\s*[|•·]\s*")


def _link_bar(ctx: Context, low: str) -> bool:
    segments = [seg for seg in _BAR.split(low) if seg]
    p = ctx.rules.rule("FOOTER-011").params
    if len(segments) < p.get("min_segments", 2):
        return False
    if any(len(seg.split()) > p.get("max_segment_words", 4) for seg in segments):
        return False
    words = ctx.rules.phrases("FOOTER-011")
    return sum(1 for seg in segments if any(w in seg for w in words)) * 2 >= len(segments)


def run(ctx: Context) -> None:
    max_words = ctx.rules.param("FOOTER-010", "max_words", 20)
    for block in ctx.body():
        if block.words > 45:
            continue
        rule_id = first_line_rule(ctx, "footer", block, max_words=45)
        if (
            rule_id is None
            and block.words <= max_words
            and ("©" in block.text or _COPYRIGHT_YEAR.match(block.lower))
            and _YEAR.search(block.text)
        ):
            rule_id = "FOOTER-010"
        if rule_id is None and ("|" in block.text or "•" in block.text) and _link_bar(ctx, block.lower):
            rule_id = "FOOTER-011"
        if rule_id:
            ctx.remove(block, rule_id, "footer")
