"""Crumbs: share bars, ad labels, print/e-mail links and other template debris.

Phrase rules (CRUMB-001) name the usual labels; two shapes catch the rest: a line made only of
share-network names (CRUMB-010), and a very short line that announces an advert (CRUMB-011).
"""

from __future__ import annotations

import re

from ..pipeline import Context
from .lines import first_line_rule

_TOKENS = re.compile(r"[\w'’-]+")


def _share_bar(ctx: Context, low: str, words: int) -> bool:
    if words > ctx.rules.param("CRUMB-010", "max_words", 12):
        return False
    tokens = _TOKENS.findall(low)
    vocab = ctx.rules.phrase_set("CRUMB-010")
    return len(tokens) >= 2 and all(t in vocab for t in tokens) and len(set(tokens)) >= 2


def _ad_label(ctx: Context, low: str, words: int) -> bool:
    if words > ctx.rules.param("CRUMB-011", "max_words", 6):
        return False
    vocab = ctx.rules.phrase_set("CRUMB-011")
    return any(t in vocab for t in _TOKENS.findall(low))


def _controls(ctx: Context, low: str, words: int) -> bool:
    """Only interface words (and counts): 'Text size', 'Comments (12)', 'Jump to comments'."""
    if words > ctx.rules.param("CRUMB-012", "max_words", 5) or not ctx.uses("CRUMB-012"):
        return False
    if low[:1].isdigit():
        return False  # '1) Open the app' is a step of the article's own list
    tokens = [t for t in _TOKENS.findall(low) if not t.isdigit()]
    vocab = ctx.rules.phrase_set("CRUMB-012")
    content = [t for t in tokens if t not in ("to", "this", "the", "in", "me")]
    return bool(content) and all(t in vocab for t in tokens) and len(tokens) >= 1 and _no_sentence(low)


def _no_sentence(low: str) -> bool:
    return not low.rstrip().endswith((".", "!", "?"))


def run(ctx: Context) -> None:
    for block in ctx.body():
        if block.words > 12:
            continue
        rule_id = first_line_rule(ctx, "crumb", block, max_words=12)
        if rule_id is None and _share_bar(ctx, block.lower, block.words):
            rule_id = "CRUMB-010"
        if rule_id is None and _ad_label(ctx, block.lower, block.words):
            rule_id = "CRUMB-011"
        if rule_id is None and _controls(ctx, block.lower, block.words):
            rule_id = "CRUMB-012"
        if rule_id:
            ctx.remove(block, rule_id, "crumb")
