"""Page furniture and headline labels, 2026-12-06 (eighteenth session, issues 12 and 13): forms
outlets print, written for the test from what the outlets print (not taken from any data set).
Headline labels that are no part of the title ('Live updates:', 'Obituary:', 'Q&A:') go to
the label field; a dialog's or a control's button alone on a line goes (CRUMB-145), and sentences
that open with the same words stay."""

from __future__ import annotations

import pytest

from cleaner import clean_text

from .test_real_copy_round17 import BODY

TITLE = "Water utility to raise rates as repair bill for ageing pipes climbs"


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("Live updates: " + TITLE, "Live updates"),
        ("Live Blog | " + TITLE, "Live Blog"),
        ("Obituary: " + TITLE, "Obituary"),
        ("Q&A: " + TITLE, "Q&A"),
    ],
)
def test_a_headline_label_goes_to_the_label_field(printed: str, label: str) -> None:
    doc = clean_text("\n\n".join([printed, "By Jane Doe", *BODY["en"]]) + "\n")
    assert doc.metadata.title == TITLE
    assert doc.metadata.label == label


@pytest.mark.parametrize(
    "title",
    [
        "Live music returns to the old docks after a decade",
        # a fact check's verdict is the story: outlets keep 'Fact Check:' in the title (textset-dev's gold does)
        "Fact Check: Is the council's budget really tripling?",
    ],
)
def test_a_title_that_opens_with_a_label_word_in_its_sentence_is_whole(title: str) -> None:
    doc = clean_text("\n\n".join([title, "By Jane Doe", *BODY["en"]]) + "\n")
    assert doc.metadata.title == title


@pytest.mark.parametrize(
    "button",
    ["Accept all", "Reject all", "No thanks", "Maybe later", "Got it", "Report this ad", "Sort by: Newest",
     "Newest first", "Today's paper", "Edition: US", "Accessibility help"],
)  # fmt: skip
@pytest.mark.parametrize("where", ["top", "middle", "end"])
def test_buttons_alone_on_a_line_go(button: str, where: str) -> None:
    body = BODY["en"]
    lines = {
        "top": [TITLE, button, *body],
        "middle": [TITLE, body[0], button, body[1], body[2]],
        "end": [TITLE, *body, button],
    }[where]
    doc = clean_text("\n\n".join(lines) + "\n")
    assert button not in doc.text.split("\n")
    for paragraph in body:
        assert paragraph in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "No thanks to the council, the library reopened on time.",
        "Accept all the risks, she told the graduates.",
        "Sort by size first, then by colour, the guide says.",
    ],
)
def test_sentences_that_open_with_a_button_word_stay(line: str) -> None:
    body = BODY["en"]
    doc = clean_text("\n\n".join([TITLE, body[0], line, body[1], body[2]]) + "\n")
    assert line in doc.text
