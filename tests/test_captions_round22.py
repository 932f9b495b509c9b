"""Picture credits and datelines, 2026-12-06 (twenty-second session, issue 13): forms written for the test from
what NBC News ('Ann Lee for NBC News'), AAP ('(AAP Image/Ann Lee)'), the Spanish agencies
('Ann Lee (EFE)'), Finnish ('Kuva:') and Polish ('Fot.') papers print under a picture, with
lines of copy that end the same way. The caption goes with its photographer; the copy stays."""

from __future__ import annotations

import pytest

from cleaner import clean_text

from .test_real_copy_round17 import BODY, TITLE

SCENE = "Firefighters battle the blaze near the town on Tuesday."


def _doc(line: str):
    title, byline = TITLE["en"]
    return clean_text("\n\n".join([title, byline, line, *BODY["en"]]) + "\n")


@pytest.mark.parametrize(
    "credit",
    [
        "Ann Lee for NBC News",
        "(AAP Image/Ann Lee)",
        "Ann Lee (EFE)",
        "Kuva: Ann Lee / Lehtikuva",
        "Fot. Ann Lee / Agencja Wyborcza.pl",
        "Fotó: Ann Lee / MTI",
    ],
)
def test_a_caption_goes_with_its_photographer(credit: str) -> None:
    line = f"{SCENE} {credit}"
    doc = _doc(line)
    assert line not in doc.text
    [caption] = doc.metadata.captions
    assert caption.photographer == "Ann Lee"
    assert caption.text == SCENE
    assert doc.metadata.authors == ["Jane Doe"]


@pytest.mark.parametrize(
    "line",
    [
        "The crowd chanted for an hour. Vote Ann Lee for Mayor",
        "Supporters waved placards in the square. Ann Lee for Senate",
    ],
)
def test_a_campaign_slogan_after_a_sentence_is_no_credit(line: str) -> None:
    doc = _doc(line)
    assert line in doc.text
    assert doc.metadata.captions == []


@pytest.mark.parametrize(
    ("dateline", "place", "agency"),
    [
        ("New Delhi [India], March 4 (ANI):", "New Delhi [India]", "ANI"),
        ("Islamabad [Pakistan], March 4 (ANI):", "Islamabad [Pakistan]", "ANI"),
        ("Hamburg (dpa/lno) -", "Hamburg", "dpa/lno"),
        ("München (dpa/lby) -", "München", "dpa/lby"),
    ],
)
def test_a_wire_dateline_with_a_country_in_brackets_or_a_regional_desk(dateline: str, place: str, agency: str) -> None:
    # ANI prints the country in brackets after the place; dpa's regional desks add their code
    lead = "Officials said on Monday that the new bridge would open to traffic next spring after years of delays."
    title, byline = TITLE["en"]
    doc = clean_text("\n\n".join([title, byline, f"{dateline} {lead}", *BODY["en"]]) + "\n")
    assert doc.metadata.dateline is not None
    assert (doc.metadata.dateline.place, doc.metadata.dateline.agency) == (place, agency)
    assert f"{dateline} {lead}" in doc.text


def test_an_unknown_name_and_a_lower_case_word_in_brackets_is_no_dateline() -> None:
    line = "Hamburg (Senat/plan) - Die Pläne für den Hafen liegen seit Jahren in der Schublade der Behörde."
    title, byline = TITLE["de"]
    doc = clean_text("\n\n".join([title, byline, line, *BODY["de"]]) + "\n", language="de")
    assert doc.metadata.dateline is None
    assert line in doc.text
