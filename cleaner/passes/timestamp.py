"""Timestamps: the published and updated lines of every outlet, in its own format.

A stamp is recognised by what it is made of, not by one outlet's wording: a label (TIMESTAMP-001:
'Updated', 'Stand', 'Publié le', 'Actualizado', 'Opublikowano'...), the date's own words (month and
day names, TIMESTAMP-002), clock and link words (a.m., GMT, Uhr, 'hours ago', 'à', 'alle',
TIMESTAMP-003), digits and punctuation, and nothing else. One word outside those vocabularies and
the line is a sentence that mentions a date, which stays.

- TIMESTAMP-010: a label with a date or a clock time, or a label standing alone above its date.
- TIMESTAMP-011: a whole date (or a clock time with a date) and nothing else; two dates without a
  label are a period (an exhibition's run, a term of office), not a stamp. Templates print one;
  an article with several apart from each other is a timeline, diary, live blog or schedule of
  its own, and keeps them (TIMESTAMP-090).
- TIMESTAMP-012: a stamp with the author glued after it ('5:45 AM PST 11/19/2019 by Jane Roe').

Glued template text ('November 20, 20193:21 AMUpdated 2 years ago') is split at case and digit
changes before the words are looked up. The pass runs after the byline pass, which takes a byline
with its glued stamp first (and lifts the names).
"""

from __future__ import annotations

import re

from ..context import Context
from .base import Pass

# split glued template text: 'AMUpdated' -> 'AM Updated', '2019Updated' -> '2019 Updated'
_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)")
_ALPHA = re.compile(r"[^\W\d_]+")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_CLOCK = re.compile(r"(?<!\d)\d{1,2}(?:[:.h]\d{2}(?!\d)|\s*[ap]\.?\s?m\b|\s*(?:uhr|h)\b)", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"(?<!\d)(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2})(?!\d)")
_DAY = re.compile(r"(?<![\d:.])\d{1,2}(?![\d:])")
_BY = re.compile(r"\s+(?:by|von|par|por|di|door|przez)\s+(?=\S)", re.IGNORECASE)
_NAME_TOKEN = re.compile(r"[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃ][\w'’.-]*$")
# list items, table rows, quotes and attributions are never stamps (a date that heads an entry)
_NOT_STAMP = frozenset('-–—*•"“„(>#')
_RELATIVE = frozenset("ago vor hace fa temu geleden há y".split())


class _Setup:
    """What the pass reads from the rules, looked up once per rule set."""

    def __init__(self, ctx: Context) -> None:
        rules = ctx.rules
        self.labels = rules.phrase_set("TIMESTAMP-001")
        self.dates = rules.phrase_set("TIMESTAMP-002")
        self.vocab = self.labels | self.dates | rules.phrase_set("TIMESTAMP-003")
        self.lone = frozenset(rules.param("TIMESTAMP-010", "lone_labels"))
        self.lone_max = max((len(w.split()) for w in self.lone), default=0)
        self.max_words = rules.param("TIMESTAMP-020", "max_words")
        self.name_max = rules.param("TIMESTAMP-012", "max_name_words")


def _glued_name(setup: _Setup, text: str) -> int:
    """Where a trailing 'by NAME' starts (the stamp is before it), or -1."""
    found = list(_BY.finditer(text))
    if not found:
        return -1
    m = found[-1]
    name = text[m.end() :].strip(" .,")
    tokens = name.split()
    if not 1 <= len(tokens) <= setup.name_max or not all(_NAME_TOKEN.match(t) for t in tokens):
        return -1
    return m.start()


def classify(setup: _Setup, text: str, words: int) -> tuple[str | None, bool]:
    """The stamp rule a line is for, and whether it is labelled (only unlabelled ones may be vetoed)."""
    if words > setup.max_words or text[:1] in _NOT_STAMP or text.endswith(":"):
        return None, False
    has_digit = any(c.isdigit() for c in text)
    if not has_digit:
        if words <= setup.lone_max and text.lower().strip(" :.-–—|") in setup.lone:
            return "TIMESTAMP-010", True
        return None, False
    cut = _glued_name(setup, text)
    core = text[:cut] if cut >= 0 else text
    tokens = _ALPHA.findall(_GLUE.sub(" ", core).lower())
    vocab = setup.vocab
    for t in tokens:
        if t not in vocab:
            return None, False
    labelled = any(t in setup.labels for t in tokens)
    clock = _CLOCK.search(core) is not None
    year = _YEAR.search(core) is not None
    whole = _NUMERIC_DATE.search(core) is not None or (
        year and _DAY.search(_YEAR.sub(" ", core)) is not None and any(t in setup.dates for t in tokens)
    )
    relative = any(t in _RELATIVE for t in tokens)
    if cut >= 0:
        return ("TIMESTAMP-012", labelled) if (whole or clock or (labelled and year)) else (None, False)
    if labelled:
        return ("TIMESTAMP-010", True) if (whole or clock or year or relative) else (None, False)
    if len(_YEAR.findall(core)) + len(_NUMERIC_DATE.findall(_YEAR.sub(" ", core))) >= 2:
        return None, False  # two dates and no label: a period ('29 November 2018 | 20 January 2019')
    if whole or (clock and (year or any(t in setup.dates for t in tokens))):
        return "TIMESTAMP-011", False
    return None, False


class Timestamps(Pass[_Setup]):
    family = "timestamp"
    emits = ("TIMESTAMP-010", "TIMESTAMP-011", "TIMESTAMP-012")
    vetoes = ("TIMESTAMP-090",)

    def prepare(self, ctx: Context) -> _Setup:
        return _Setup(ctx)

    def run(self, ctx: Context) -> None:
        setup = self.setup(ctx)
        max_words = setup.max_words
        found = []
        for block in ctx.body():
            if block.words > max_words:
                continue
            rule_id, labelled = classify(setup, block.text, block.words)
            if rule_id is not None:
                found.append((block, rule_id, labelled))
        if not found:
            return
        bare = [b.index for b, rule_id, labelled in found if not labelled]
        series = len(bare) >= 2 and bare[-1] - bare[0] > len(bare)  # dates that head entries, apart
        for block, rule_id, labelled in found:
            if series and not labelled:
                ctx.veto("TIMESTAMP-090", block)
                continue
            ctx.remove(block, rule_id)


PASS = Timestamps()
