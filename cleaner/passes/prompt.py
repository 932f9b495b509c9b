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

from ..context import Context
from ..text.lines import line_rules
from ..text.regex import gated
from ..text.shapes import has_dialogue
from .base import Pass

_WORD = re.compile(r"[\w'’]+")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-Z])")


class _Setup:
    """What the pass reads from the rules for one language, looked up once per rule set."""

    def __init__(self, ctx: Context) -> None:
        rules = ctx.rules
        self.lines = line_rules(ctx, "prompt")
        self.truncating = rules.phrases("PROMPT-012")
        self.shape = ctx.uses("PROMPT-010")
        self.max_words = rules.param("PROMPT-010", "max_words")
        self.max_sentences = rules.param("PROMPT-010", "max_sentences")
        self.max_block_words = rules.param("PROMPT-020", "block_max_words")
        self.ask = rules.pattern("PROMPT-011")
        self.reporting = gated(rules, "SHARED-001")
        self.truncates = {r.id for r in rules.family("prompt") if r.params.get("truncates")}
        self.offer = {
            kind: tuple(
                p for r in rules.family("prompt") if r.params.get("offer") == kind and ctx.uses(r.id) for p in r.phrases
            )
            for kind in ("strong", "weak", "pronoun")
        }
        # A clause opening with one of the verbs (PROMPT-010), as two searches instead of a loop over
        # every clause: the line's first word, and a word after clause punctuation. The second
        # pattern starts with a character class, so the engine skips ahead to punctuation.
        verbs = sorted((v for v in rules.phrase_set("PROMPT-010") if _WORD.fullmatch(v)), key=lambda v: (-len(v), v))
        verb = "(?:" + "|".join(re.escape(v) for v in verbs) + ")(?![\\w'’])" if verbs else "(?!)"
        self.opens = re.compile(verb)
        self.clause_opens = re.compile(r"[.!?:;—–,(](?:(?<=\()\s*|\s+)" + verb)


def _site_directed(setup: _Setup, low: str, *, strict: bool) -> bool:
    """A prompt sells the site's own offer: said outright, or in words addressed to the reader.

    Phrase-matched lines (``strict=False``) need any sign of it (an offer word or a pronoun);
    shape-matched lines need the offer outright, or a pronoun together with a weaker offer word.
    The offer words and reader pronouns come from every pack for the language (``params.offer``).
    """
    padded = f" {low} "
    vocab = setup.offer
    if any(p in padded for p in vocab["strong"]):
        return True
    pronoun = any(p in padded for p in vocab["pronoun"])
    weak = any(p in padded for p in vocab["weak"])
    return (pronoun or weak) if not strict else (pronoun and weak)


_STEP = re.compile(r"(?:\d{1,2}[.)]|step\s+\d{1,2}\b|[a-h][.)])\s", re.IGNORECASE)


def _is_call_to_action(setup: _Setup, text: str, low: str, words: int) -> bool:
    if words > setup.max_words or _STEP.match(text):
        return False  # '3. Sign in to the admin page …' is a step of the article's own how-to
    cta = setup.opens.match(low) is not None or setup.clause_opens.search(low) is not None
    if not cta and not setup.ask.match(text):
        return False
    if len(_SENTENCE_BREAK.findall(text)) >= setup.max_sentences:
        return False  # prompts are one to three short sentences; advice paragraphs run on
    return True


class Prompts(Pass[_Setup]):
    family = "prompt"
    emits = ("PROMPT-010",)
    vetoes = ("PROMPT-090",)

    def prepare(self, ctx: Context) -> _Setup:
        return _Setup(ctx)

    def run(self, ctx: Context) -> None:
        setup = self.setup(ctx)
        lines = setup.lines
        shape = setup.shape
        last_cut = -1
        for block in ctx.body():
            words = block.words
            if words > setup.max_block_words:
                continue
            low = block.lower
            rule_id = lines.first(block)
            if rule_id is not None and not _site_directed(setup, low, strict=False):
                ctx.veto("PROMPT-090", block)
                rule_id = None
            if (
                rule_id is None
                and shape
                and _is_call_to_action(setup, block.text, low, words)
                and _site_directed(setup, low, strict=True)
            ):
                rule_id = "PROMPT-010"
            if rule_id is None or has_dialogue(block.text, setup.reporting):
                continue
            ctx.remove(block, rule_id)
            if rule_id in setup.truncates or any(p in low for p in setup.truncating):
                last_cut = block.index
        if last_cut >= 0:
            ctx.cut = last_cut  # the pipeline decides 'truncated' once every pass has run


PASS = Prompts()
