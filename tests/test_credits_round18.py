"""Credits by role, 2026-12-06 (eighteenth session, issue 13's credits): closing lines outlets print,
written for the test from what they print (not taken from any data set). Canadian outlets' 'With
files from The Canadian Press' (the desks and agencies whose copy went in: inputs), data desks'
'Data analysis by …', translators' and desks' labels ('Übersetzung: …', 'Traduction : …',
'Vertaling: …'), German interview credits ('Das Gespräch führte …'). Sentences that open the same
way and go on in lower case stay."""

from __future__ import annotations

import pytest

from cleaner import clean_text

from .test_real_copy_round17 import BODY, TITLE

BODY_NL = [
    "Het regionale waterbedrijf maakte maandag bekend dat de tarieven voor huishoudens volgend jaar met negen "
    "procent stijgen, vanwege de hogere kosten om leidingen van meer dan een eeuw oud te vervangen.",
    "Bijna een derde van het net is aan het einde van zijn levensduur, zeiden bestuurders tijdens een "
    "vergadering, en lekken verspillen inmiddels een op de vijf opgepompte liters.",
]
BODIES = {**BODY, "nl": BODY_NL}
TITLES = {**TITLE, "nl": ("Waterbedrijf verhoogt tarieven", "Door Jan de Vries")}


CLOSING = [
    ("en", "With files from The Canadian Press", "inputs", ["The Canadian Press"]),
    ("en", "— With files from CBC News and Reuters", "inputs", ["CBC News and Reuters"]),
    ("en", "Data analysis by Jane Roe", "data analysis", ["Jane Roe"]),
    ("de", "Übersetzung: Jane Roe", "übersetzung", ["Jane Roe"]),
    ("fr", "Traduction : Jane Roe", "traduction", ["Jane Roe"]),
    ("nl", "Vertaling: Jane Roe", "vertaling", ["Jane Roe"]),
    ("de", "Das Gespräch führte Jane Roe.", "reporting", ["Jane Roe"]),
]


@pytest.mark.parametrize(("lang", "line", "role", "names"), CLOSING)
def test_closing_credits_go_to_their_role(lang: str, line: str, role: str, names: list[str]) -> None:
    title, byline = TITLES[lang]
    doc = clean_text("\n\n".join([title, byline, *BODIES[lang], line]) + "\n", language=lang)
    assert line not in doc.text
    for paragraph in BODIES[lang]:
        assert paragraph in doc.text
    credits = doc.metadata.credits
    assert credits is not None
    got = credits.reporting if role == "reporting" else credits.other.get(role)
    assert got == names


@pytest.mark.parametrize(
    "line",
    [
        "With files from the archive, the historian reconstructed the timeline.",
        "Design: the new bridge will open in 2026.",
        "Translation: the word means river in Latin.",
    ],
)
def test_sentences_that_open_like_credits_stay(line: str) -> None:
    title, byline = TITLES["en"]
    doc = clean_text("\n\n".join([title, byline, *BODIES["en"], line]) + "\n")
    assert line in doc.text
    assert doc.metadata.credits is None
