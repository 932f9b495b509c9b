"""Reader prompts: subscription, paywall, newsletter, donation and log-in lines.

Phrase rules (PROMPT-001..005) catch the common wordings; the shape rule (PROMPT-010) catches the
rest: a short line with a call to action (a clause opening with an imperative, or a question put to
the reader) about the site's own offer (PROMPT-013), with no quotation and no reporting verb. Every
prompt, phrase-matched or not, must be about the site's offer: advice to readers about someone
else's product ("Sign up for a Hulu account") is copy. A paywall line after the last body paragraph
marks the copy as truncated.
"""

from __future__ import annotations

import re

from ..pipeline import Context
from .lines import first_line_rule
from .shapes import has_dialogue

_CLAUSE = re.compile(r"(?:^|[.!?:;—–]\s+|,\s+|\(\s*)([\w'’]+)")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-Z])")


def _site_directed(ctx: Context, low: str, *, strict: bool) -> bool:
    """A prompt sells the site's own offer: said outright, or in words addressed to the reader.

    Phrase-matched lines (``strict=False``) need any sign of it (an offer word or a pronoun);
    shape-matched lines need the offer outright, or a pronoun together with a weaker offer word.
    """
    padded = f" {low} "
    vocab = _offer_vocab(ctx)
    if any(p in padded for p in vocab["strong"]):
        return True
    pronoun = any(p in padded for p in vocab["pronoun"])
    weak = any(p in padded for p in vocab["weak"])
    return (pronoun or weak) if not strict else (pronoun and weak)


def _offer_vocab(ctx: Context) -> dict[str, tuple[str, ...]]:
    """Offer words and reader pronouns of every pack for this language (``params.offer``)."""
    cache = ctx.scratch.setdefault("prompts.offer", {})
    if not cache:
        for kind in ("strong", "weak", "pronoun"):
            cache[kind] = tuple(
                p
                for r in ctx.rules.family("prompt")
                if r.params.get("offer") == kind and ctx.uses(r.id)
                for p in r.phrases
            )
    return cache


def _is_call_to_action(ctx: Context, text: str, low: str, words: int) -> bool:
    if words > ctx.rules.param("PROMPT-010", "max_words", 30):
        return False
    verbs = ctx.rules.phrase_set("PROMPT-010")
    cta = any(m.group(1) in verbs for m in _CLAUSE.finditer(low))
    if not cta and not ctx.rules.pattern("PROMPT-011").match(text):
        return False
    if len(_SENTENCE_BREAK.findall(text)) >= ctx.rules.param("PROMPT-010", "max_sentences", 3):
        return False  # prompts are one to three short sentences; advice paragraphs run on
    return True


def run(ctx: Context) -> None:
    truncating = ctx.rules.phrases("PROMPT-012")
    shape = ctx.uses("PROMPT-010")
    last_cut = -1
    for block in ctx.body():
        if block.words > 60:
            continue
        low = block.lower
        rule_id = first_line_rule(ctx, "prompt", block)
        if rule_id is not None and not _site_directed(ctx, low, strict=False):
            rule_id = None
        if (
            rule_id is None
            and shape
            and _is_call_to_action(ctx, block.text, low, block.words)
            and _site_directed(ctx, low, strict=True)
        ):
            rule_id = "PROMPT-010"
        if rule_id is None or has_dialogue(block.text):
            continue
        ctx.remove(block, rule_id, "prompt")
        if ctx.rules.rule(rule_id).params.get("truncates") or any(p in low for p in truncating):
            last_cut = block.index
    if last_cut >= 0:
        ctx.cut = last_cut  # the pipeline decides 'truncated' once every pass has run
