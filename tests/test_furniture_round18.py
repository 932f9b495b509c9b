"""Page furniture, headline labels and picture credits, 2026-12-06 (eighteenth session, issues 12
and 13): forms outlets print, written for the test from what the outlets print (not taken from any
data set). Headline labels that are no part of the title ('Live updates:', 'Obituary:', 'Q&A:') go
to the label field; a dialog's or a control's button alone on a line goes (CRUMB-145); house
picture credits ('(Getty Images)' with no stop before it, '/picture alliance', NPR's glued 'hide
caption') go with their caption. Sentences that open with the same words stay, and so does wire
copy signed in brackets ('… officials said (AFP)')."""

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


CAPTIONS = [
    # a picture agency in brackets with no stop before it (The Independent, Metro)
    ("Protesters gathered outside parliament on Monday (Getty Images)", "Getty Images", None),
    ("Protesters gathered outside parliament on Monday (PA)", "PA", None),
    # Deutsche Welle's credit through picture alliance
    ("Protesters gathered outside parliament on Monday. Image: Jane Doe/AP/picture alliance", None, "Jane Doe"),
    # NPR's caption control glued after the credit
    ("Protesters gather outside parliament on Monday. Jane Doe/AP hide caption", "Jane Doe/AP", "Jane Doe"),
]


@pytest.mark.parametrize(("line", "credit", "photographer"), CAPTIONS)
def test_captions_with_house_credits_go_to_the_sidecar(line: str, credit: str | None, photographer: str | None) -> None:
    body = BODY["en"]
    doc = clean_text("\n\n".join([TITLE, body[0], line, body[1], body[2]]) + "\n")
    assert line not in doc.text
    for paragraph in body:
        assert paragraph in doc.text
    (caption,) = doc.metadata.captions
    assert caption.text.startswith("Protesters")
    if credit is not None:
        assert caption.credit == credit
    assert caption.photographer == photographer


@pytest.mark.parametrize(
    "line",
    [
        "The ceasefire held through the night, officials said (AFP)",
        "Shares in the company rose 4 percent in early trading (Reuters)",
        "The agency's figures were confirmed by the ministry (AP)",
    ],
)
@pytest.mark.parametrize("where", ["middle", "end"])
def test_wire_copy_signed_in_brackets_stays(line: str, where: str) -> None:
    """A wire that signs text as well as pictures, in brackets with no stop before it, closes a
    paragraph of its copy: the line is body, not a caption."""
    body = BODY["en"]
    lines = [TITLE, body[0], line, body[1], body[2]] if where == "middle" else [TITLE, *body, line]
    doc = clean_text("\n\n".join(lines) + "\n")
    assert line in doc.text


@pytest.mark.parametrize(
    ("opening", "place", "agency", "date"),
    [
        ("Genf (dpa/AFP) - ", "Genf", "dpa/AFP", None),
        ("PARIS (AFP and Reuters) - ", "PARIS", "AFP and Reuters", None),
        ("Bruxelles, le 5 mars (Belga) - ", "Bruxelles", "Belga", "le 5 mars"),
        ("ROMA, 5 ott (ANSA) - ", "ROMA", "ANSA", "5 ott"),
    ],
)
def test_datelines_of_joint_wires_and_dates_in_the_outlets_language(
    opening: str, place: str, agency: str, date: str | None
) -> None:
    """Two wires' joint copy and a date in French or Italian short forms: the dateline field reads
    them, and the text keeps the dateline as printed."""
    body = BODY["en"]
    doc = clean_text("\n\n".join([TITLE, opening + body[0], body[1], body[2]]) + "\n")
    dateline = doc.metadata.dateline
    assert dateline is not None
    assert (dateline.place, dateline.agency, dateline.date) == (place, agency, date)
    assert (opening + body[0]).strip() in doc.text


def test_a_name_in_brackets_after_a_place_is_no_joint_dateline() -> None:
    body = BODY["en"]
    line = "Springfield (Jane Doe and John Roe) - " + body[0]
    doc = clean_text("\n\n".join([TITLE, line, body[1], body[2]]) + "\n")
    assert doc.metadata.dateline is None


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "This content was created by Example Studio for Example Bank."),
        ("en", "This content was paid for by Example Bank and produced by Example Studio."),
        ("de", "Hinweis: Dieser Artikel enthält Affiliate-Links."),
        ("de", "Dieser Artikel ist urheberrechtlich geschützt"),
        ("it", "Vietata la riproduzione"),
    ],
)
def test_sponsor_affiliate_and_rights_notes_at_the_end_go(lang: str, line: str) -> None:
    body = BODY[lang]
    doc = clean_text(
        "\n\n".join(["Water utility to raise rates as repair bill climbs", *body, line]) + "\n", language=lang
    )
    assert line not in doc.text
    for paragraph in body:
        assert paragraph in doc.text


def test_a_sentence_about_content_made_for_someone_stays() -> None:
    line = "This content was created by students for the school's open day, the head teacher said."
    doc = clean_text("\n\n".join([TITLE, *BODY["en"], line]) + "\n")
    assert line in doc.text
