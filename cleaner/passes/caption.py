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
_NOT_NAMES = frozenset({"getty images", "file", "file photo", "pool", "handout", "stringer", "reuters", "afp"})


class _Credits:
    """The credit rules for one language, with their patterns: the built-in five, then every caption
    rule a pack marks ``params.credit = true`` (in id order), and the tail hints they add
    (``params.hints``). Built once per rule set and language."""

    def __init__(self, ctx: Context) -> None:
        extra = sorted(
            r.id
            for r in ctx.rules.family("caption")
            if r.params.get("credit") and r.pattern is not None and r.id not in CREDIT_RULES and ctx.uses(r.id)
        )
        self.rules = tuple((rule_id, ctx.rules.pattern(rule_id)) for rule_id in (*CREDIT_RULES, *extra))
        self.hints = (*_HINTS, *(h.lower() for rid in extra for h in ctx.rules.param(rid, "hints", ())))

    def find(self, text: str) -> tuple[str, re.Match[str]] | None:
        if len(text) > 1200:
            return None
        tail = text[-70:].lower()
        for hint in self.hints:  # a loop of 'in' tests beats one regex alternation here
            if hint in tail:
                break
        else:
            return None
        tail = text[-220:]
        for rule_id, pattern in self.rules:
            m = pattern.search(tail)
            if m and _starts_segment(tail, m.start("credit")):
                return rule_id, m
        return None


def _credits(ctx: Context) -> _Credits:
    return ctx.rules.memo(("caption", ctx.language), lambda: _Credits(ctx))


def find_credit(ctx: Context, text: str) -> tuple[str, re.Match[str]] | None:
    """The credit rule and match that end this line, if any."""
    return _credits(ctx).find(text)


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
    credits = _credits(ctx)
    for block in ctx.body():
        if block.words > max_words:
            continue
        found = credits.find(block.text)
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
