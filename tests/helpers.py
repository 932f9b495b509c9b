"""Small builders for tests: an article around the lines under test."""

from __future__ import annotations

import cleaner

LEAD = (
    "WASHINGTON (Reuters) - Senior Biden administration officials were to arrive in Armenia on Monday, "
    "a U.S. official told Reuters, after ethnic Armenians in Nagorno-Karabakh began a mass exodus on Sunday."
)
BODY = [
    "The visit by U.S. Agency for International Development chief Samantha Power would be the first by "
    "senior U.S. officials to Armenia since a ceasefire last week, the official said.",
    "The Armenian government said late on Sunday that a total of 1,050 people had crossed into the country "
    "from Nagorno-Karabakh. It was unclear when the bulk of the population might move to Armenia.",
    "Karabakh has been run by a breakaway administration since a war in the early 1990s amid the breakup "
    "of the Soviet Union, and the region's leaders said they would stay until everyone who wants to leave can.",
]


def article(*, top: list[str] = (), middle: list[str] = (), end: list[str] = ()) -> str:
    """A real-looking article with lines placed at the top, between paragraphs and at the end."""
    lines = [*top, LEAD, BODY[0], *middle, BODY[1], BODY[2], *end]
    return "\n\n".join(lines) + "\n"


def clean(raw: str):
    return cleaner.clean_text(raw)


def rules_of(doc, family: str) -> list[str]:
    return [r.rule for r in doc.removed if r.family == family]


def assert_body_intact(doc) -> None:
    for para in [LEAD, *BODY]:
        assert para in doc.text.rstrip("\n").split("\n\n"), para[:60]
