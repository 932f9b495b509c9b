"""Real shapes, 2026-12-05 (fifteenth session): boilerplate that real extractors' dumps carry and the
rules did not know, and body the engine lost. A known module header in the middle of short copy
('Related Stories' over two headlines, then the story's last two short paragraphs) took the
paragraphs with its headlines. Copy written for the test."""

from __future__ import annotations

import pytest

from cleaner import clean_text

from .test_real_copy_round5 import DE
from .test_real_copy_round11 import BODY

COPY = {"en": BODY, "de": DE}


def _clean(*paragraphs: str):
    """Clean the paragraphs as an extractor prints them, a blank line between them."""
    return clean_text("\n\n".join(paragraphs) + "\n")


def _rules(doc) -> set[str]:
    return {r.rule for r in doc.removed}


def _kept(doc, body: list[str]) -> None:
    assert all(p in doc.text for p in body)
    assert clean_text(doc.text).text == doc.text


# RELATED-010: a known header's run that reaches the end takes no closing copy under its headlines
CLOSING_COPY = [
    (
        "en",
        ["Related Stories", "Storm leaves thousands without power", "Council votes to close the old bridge"],
        [
            "Opponents called the tax unfair and vowed to fight it in the courts next year.",
            "The clinic on the east side is expected to open its doors next spring.",
        ],
    ),
    (
        "de",
        ["Mehr zum Thema", "Sturm lässt Tausende ohne Strom", "Rat stimmt für Schließung der alten Brücke"],
        ["Die Gegner kündigten Widerstand gegen die Steuer an.", "Die neue Klinik soll im Frühjahr eröffnen."],
    ),
]


@pytest.mark.parametrize(("lang", "module", "closing"), CLOSING_COPY)
def test_the_short_paragraphs_under_a_modules_headlines_stay(lang: str, module: list[str], closing: list[str]) -> None:
    """Two headlines, then the story's last two short paragraphs: the module goes, the copy stays."""
    lead = COPY[lang][0]
    doc = _clean(lead, *module, *closing)
    assert all(line not in doc.text for line in module)
    _kept(doc, [lead, *closing])


def test_a_module_of_headlines_with_descriptions_goes_whole() -> None:
    module = [
        "Related Stories",
        "Storm leaves thousands without power",
        "Crews worked through the night to restore lines across the county.",
        "Council votes to close the old bridge",
        "Engineers say the crossing can no longer bear the morning traffic.",
    ]
    doc = _clean(*BODY, *module)
    assert all(line not in doc.text for line in module)
    _kept(doc, BODY)
