"""Reader prompts: subscription, paywall, newsletter, donation and log-in lines.

Phrase rules (PROMPT-001..005) catch the common wordings; the shape rule (PROMPT-010) catches the
rest: a short line that opens with a call to action and talks to the reader about the site's
offer, with no quotation and no reporting verb (news about a sign-up drive is not a prompt).
A paywall line after the last body paragraph marks the copy as truncated.
"""

from __future__ import annotations

import re

from ..pipeline import Context
from .lines import first_line_rule
from .shapes import has_dialogue

_FIRST = re.compile(r"[\w'’]+")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-Z])")


def _is_call_to_action(ctx: Context, text: str, low: str, words: int) -> bool:
    if words > ctx.rules.param("PROMPT-010", "max_words", 45):
        return False
    first = _FIRST.match(low)
    if not first or first.group(0) not in ctx.rules.phrase_set("PROMPT-010"):
        return False
    if has_dialogue(text) or len(_SENTENCE_BREAK.findall(text)) > 1:
        return False  # prompts are one or two short sentences, never reported speech
    padded = f" {low} "
    hits = sum(1 for p in ctx.rules.phrases("PROMPT-011") if p in padded)
    return hits >= 2


def _site_directed(low: str) -> bool:
    """A prompt sells the site's own offer; advice to readers about someone else's is copy."""
    padded = f" {low} "
    return any(p in padded for p in _SITE_WORDS)


_SITE_WORDS = (" our ", " us ", " us.", " us!", " we ", "newsletter", "inbox", "subscriber", "subscription",
               "log in", "sign in", "login", "premium", "membership", "journalism", "donat", "this article",
               "this story", "continue reading", "keep reading", "our app", "notifications", "alerts")


def run(ctx: Context) -> None:
    truncating = ctx.rules.phrases("PROMPT-012")
    body = ctx.body()
    last_cut = -1
    for block in body:
        rule_id = first_line_rule(ctx, "prompt", block)
        if rule_id is None and ctx.uses("PROMPT-010"):
            if _is_call_to_action(ctx, block.text, block.lower, block.words):
                rule_id = "PROMPT-010"
        if rule_id is None or not _site_directed(block.lower) or has_dialogue(block.text):
            continue
        ctx.remove(block, rule_id, "prompt")
        if ctx.rules.rule(rule_id).params.get("truncates") or any(p in block.lower for p in truncating):
            last_cut = block.index
    if last_cut >= 0:
        ctx.cut = last_cut  # the pipeline decides 'truncated' once every pass has run
