"""British regional and tabloid templates, 2026-12-06 (twenty-second session, issues 12 and 13):
Reach plc's pages (the Manchester Evening News, the Mirror) as extractors dump them, written for the
test from what those pages print, not taken from any data set. Their copy runs a sentence to a
paragraph, under a section crumb, a headline and a standfirst; their sign-up boxes print privacy
notes of their own; a story's sentence between a newsletter ask and a WhatsApp ask is copy."""

from __future__ import annotations

import pytest

from cleaner import clean_text

TITLE = "Tram services suspended after car crashes onto Metrolink line in Sale"
STANDFIRST = "Drivers were stuck in traffic for hours as emergency services closed the road"
COPY = [
    "Tram services were suspended on Tuesday morning after a car crashed onto the Metrolink line in Sale, police said.",
    "Greater Manchester Police said officers were called to Washway Road at around 7.40am following reports of a "
    "collision.",
    "The driver, a man in his 40s, was taken to hospital with injuries that are not thought to be life-threatening.",
    "The road was expected to remain closed for several hours while the vehicle was recovered.",
]


def _clean(lines: list[str]):
    return clean_text("\n\n".join(lines) + "\n")


@pytest.mark.parametrize("crumbs", [["News", "Greater Manchester News"], ["UK News"], []])
def test_a_headline_over_copy_written_a_sentence_to_a_paragraph(crumbs: list[str]) -> None:
    doc = _clean([*crumbs, TITLE, STANDFIRST, "By Jane Doe", "Trainee Reporter", *COPY[:2]])
    assert doc.metadata.title == TITLE
    assert doc.metadata.subtitle == STANDFIRST
    assert doc.metadata.authors == ["Jane Doe"]
    assert doc.text == "\n\n".join(COPY[:2]) + "\n"


def test_list_items_under_a_heading_are_no_copy_under_a_headline() -> None:
    # a patch note's heading over its items keeps its place: items are no paragraphs of prose
    lines = [
        "Patch Notes 4.47.4",
        "Verbesserungen und Balance",
        "- Die Farbe der Spawn-Ankündigungen wurde auf Orange geändert, damit sie besser lesbar sind.",
        "- Die Gesundheit und der Schaden der Kalifen wurden erhöht, die Spawnzeit wurde gesenkt.",
        "- Technologie für Accountbans erweitert.",
    ]
    doc = _clean(lines)
    assert "Verbesserungen und Balance" in doc.text


def test_a_sentence_between_a_newsletter_ask_and_a_whatsapp_ask_is_copy() -> None:
    lines = [
        TITLE,
        "By Jane Doe",
        *COPY[:3],
        "Don't miss the biggest and most important stories from around Greater Manchester. Sign up to the "
        "Manchester Evening News daily newsletter here.",
        COPY[3],
        "Join our Manchester Evening News WhatsApp community HERE",
    ]
    doc = _clean(lines)
    assert doc.text == "\n\n".join(COPY) + "\n"


@pytest.mark.parametrize(
    "note",
    [
        "We will use your email address only for the purpose of sending you newsletters. Please see our Privacy "
        "Notice for details of your data protection rights.",
        "Our community members are treated to special offers, promotions and adverts from us and our partners. You "
        "can check out at any time. More info",
        "See our privacy notice",
        "By entering your email, you agree to receive marketing emails from Example.",
        "We care about your data. See our privacy policy.",
    ],
)
def test_a_sign_up_boxs_notes_go(note: str) -> None:
    box = ["Get the biggest daily stories by email", "Subscribe", note, "Thank you for subscribing"]
    doc = _clean([TITLE, "By Jane Doe", *COPY[:2], *box, *COPY[2:]])
    assert doc.text == "\n\n".join(COPY) + "\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "We will use your data to improve the service, the company told regulators on Tuesday.",
        "See our privacy notice, the council's letter told residents, before the scheme was scrapped in May.",
    ],
)
def test_look_alikes_of_the_notes_stay(sentence: str) -> None:
    doc = _clean([TITLE, "By Jane Doe", *COPY[:2], sentence, *COPY[2:]])
    assert sentence in doc.text
