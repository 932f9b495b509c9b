"""Photo captions: a short block that ends in a photographer or agency credit, wherever it sits.

The credit forms live in rules (CAPTION-001..005, and any caption rule a pack marks
``params = { credit = true }``); the shape test here is what makes a block a
caption: the credit is the block's last segment and the block is short. The caption text and the
credit go to metadata separately, with the photographer's name when the credit prints one.
"""

from __future__ import annotations

import re

from ..article import Caption
from ..pipeline import Context

CREDIT_RULES = ("CAPTION-001", "CAPTION-002", "CAPTION-003", "CAPTION-004", "CAPTION-005")
# A credit sits in the last few dozen characters; these cheap substring checks on that tail reject
# almost every body paragraph before any credit pattern runs.
_HINTS = (
    "/",
    "photo",
    "image",
    "picture",
    "credit",
    "getty",
    "reuters",
    "afp",
    "shutterstock",
    "©",
    "ap)",
    "pool",
    "handout",
    "foto",
    "bild",
    "epa",
    "alamy",
    "bloomberg",
    "supplied",
)
_HINT = re.compile("|".join(re.escape(h) for h in _HINTS))
_NOT_NAMES = frozenset({"getty images", "file", "file photo", "pool", "handout", "stringer", "reuters", "afp"})


def _credit_rules(ctx: Context) -> tuple[tuple[tuple[str, re.Pattern[str]], ...], re.Pattern[str]]:
    """The credit rules for this article's language, with their patterns: the built-in five, then every
    caption rule a pack marks ``params.credit = true`` (in id order), and the tail hints they add
    (``params.hints``). Built once per rule set and language."""
    return ctx.rules.memo(("caption", ctx.language), lambda: _build_credit_rules(ctx))


def _build_credit_rules(ctx: Context) -> tuple[tuple[tuple[str, re.Pattern[str]], ...], re.Pattern[str]]:
    extra = sorted(
        r.id
        for r in ctx.rules.family("caption")
        if r.params.get("credit") and r.pattern is not None and r.id not in CREDIT_RULES and ctx.uses(r.id)
    )
    hints = [h for rid in extra for h in ctx.rules.param(rid, "hints", ())]
    hint = re.compile("|".join(re.escape(h.lower()) for h in (*_HINTS, *hints))) if hints else _HINT
    return tuple((rule_id, ctx.rules.pattern(rule_id)) for rule_id in (*CREDIT_RULES, *extra)), hint


def find_credit(ctx: Context, text: str) -> tuple[str, re.Match[str]] | None:
    """The credit rule and match that end this line, if any."""
    if len(text) > 1200:
        return None
    rules, hint = _credit_rules(ctx)
    if not hint.search(text[-70:].lower()):
        return None
    tail = text[-220:]
    for rule_id, pattern in rules:
        m = pattern.search(tail)
        if m and _starts_segment(tail, m.start("credit")):
            return rule_id, m
    return None


def _starts_segment(text: str, pos: int) -> bool:
    """A credit follows the caption sentence; it never continues one ('bought AT&T/Time Warner.')."""
    if pos < len(text) and text[pos] in "([":
        return True
    before = text[:pos].rstrip()
    return not before or before.endswith((".", "!", "?", "”", '"', "’", ")", ":", "|", "(", "[", "-", "–", "—"))


def _photographer(m: re.Match[str]) -> str | None:
    name = m.groupdict().get("name")
    if not name:
        return None
    name = name.strip(" .,")
    return None if name.lower() in _NOT_NAMES else name


def run(ctx: Context) -> None:
    max_words = ctx.rules.param("CAPTION-010", "max_words", 80)
    for block in ctx.body():
        if block.words > max_words:
            continue
        found = find_credit(ctx, block.text)
        if not found:
            continue
        rule_id, m = found
        credit = m.group("credit").strip()
        offset = len(block.text) - 220 if len(block.text) > 220 else 0
        text = block.text[: offset + m.start("credit")].rstrip(" ([")
        if credit.startswith(("(", "[")) and credit.endswith((")", "]")):
            credit = credit[1:-1]
        if len(text.split()) < 3 and rule_id != "CAPTION-001":
            continue  # a bare 'Name/Agency' line with no scene is too weak to call a caption
        ctx.metadata.captions.append(Caption(text=text, credit=credit, photographer=_photographer(m)))
        ctx.lift(block, "CAPTION-010", "caption", "captions")
