"""Re-joining hard wraps (issue 12, part 4; NORM-002): dumps rewrapped per paragraph at 60 to 80
columns, first lines indented, CRLF line ends, paragraphs with or without blank lines between them.
Every paragraph must come out whole, and lists of short lines must stay lines."""

from __future__ import annotations

import textwrap

import pytest

import cleaner

from .helpers import BODY, LEAD

PARAS = [
    LEAD,
    *BODY,
    "Officials said the talks, which began on Monday in the capital, would continue for at least another "
    "week as both sides sought a deal on the border crossings and the return of refugees.",
]


def _wrap(text: str, width: int, indent: str = "") -> str:
    return "\n".join(textwrap.wrap(text, width=width, initial_indent=indent, break_on_hyphens=False))


def _dump(widths, *, indent: str = "", crlf: bool = False, blank: bool = True, paras: list[str] = PARAS) -> str:
    wrapped = [_wrap(p, w, indent) for p, w in zip(paras, widths, strict=True)]
    text = ("\n\n" if blank else "\n").join(wrapped) + "\n"
    return text.replace("\n", "\r\n") if crlf else text


@pytest.mark.parametrize(
    ("widths", "indent", "crlf", "blank"),
    [
        ((72, 72, 72, 72, 72), "", False, True),  # one width for the whole dump
        ((60, 80, 66, 75, 70), "", False, True),  # each paragraph at its own width
        ((72, 72, 72, 72, 72), "    ", False, True),  # first lines indented
        ((64, 78, 70, 61, 80), "  ", False, True),
        ((60, 80, 66, 75, 70), "", True, True),  # CRLF
        ((60, 80, 66, 75, 70), "   ", True, True),
        ((72, 68, 76, 64, 70), "    ", False, False),  # no blank lines: the indents mark paragraphs
        ((70, 62, 78, 66, 74), "\t", True, False),
        # no blank line and no indent: only each paragraph's own width tells where it ends
        ((60, 67, 61, 74, 65), "", False, False),
        ((62, 78, 66, 70, 60), "", True, False),
        # wide: paragraphs of two lines that break before a capital, wider than the lines known to wrap
        ((97, 108, 107, 94, 101), "", False, True),
        ((92, 109, 90, 119, 116), "", False, True),
    ],
)
def test_wrapped_paragraphs_come_out_whole(widths, indent, crlf, blank):
    doc = cleaner.clean_text(_dump(widths, indent=indent, crlf=crlf, blank=blank))
    assert doc.text.rstrip("\n").split("\n\n") == PARAS


def test_a_headline_list_inside_a_wrapped_dump_stays_lines():
    """Lines of similar length that do not run on (no lower-case continuation, no line ending on a
    word like 'of') are a list, held to the document's width, not a paragraph of their own width."""
    headlines = [
        "Trending",
        "Council approves budget for new riverside park",
        "Rail strike called off after late-night talks",
        "Storm warning issued for the northern coast",
        "Museum reopens its dinosaur hall after repairs",
    ]
    raw = _dump((72, 72, 72, 72, 72)).rstrip("\n") + "\n\n" + "\n".join(headlines) + "\n"
    out = cleaner.clean_text(raw).text
    for para in PARAS:
        assert para in out
    for line in headlines[1:]:
        assert f"{line} Rail" not in out and f"{line} Storm" not in out and f"{line} Museum" not in out


def test_a_list_of_short_lines_is_not_glued():
    raw = "\n".join(["Ingredients:", "2 cups flour", "1 teaspoon salt", "3 eggs", "1 cup milk", "", LEAD, "", BODY[0]])
    out = cleaner.clean_text(raw).text
    for line in ["2 cups flour", "1 teaspoon salt", "3 eggs", "1 cup milk"]:
        assert f"\n{line}\n" in f"\n{out}"


def test_rejoined_text_is_idempotent():
    once = cleaner.clean_text(_dump((60, 80, 66, 75, 70), indent="  ", crlf=True)).text
    assert cleaner.clean_text(once).text == once


@pytest.mark.parametrize("width", [55, 60, 70, 80])
def test_first_line_indents_without_blank_lines_keep_paragraphs_of_one_width_apart(width):
    """Paragraphs wrapped at the same width used to run together when a paragraph's last line was
    long enough to look forced; a compound broken at its hyphen is joined without a space."""
    paras = [LEAD, *BODY]
    raw = "\n".join("\n".join(textwrap.wrap(p, width, initial_indent="    ")) for p in paras) + "\n"
    doc = cleaner.clean_text(raw)
    assert doc.text.rstrip("\n").split("\n\n") == paras
    assert cleaner.clean_text(doc.text).text == doc.text


def _run(widths) -> list[str]:
    return ["\n".join(textwrap.wrap(p, width=w, break_on_hyphens=False)) for p, w in zip(PARAS, widths, strict=True)]


@pytest.mark.parametrize("widths", [(77, 66, 69, 80, 78), (74, 58, 72, 65, 78)])
def test_a_title_and_byline_over_unseparated_paragraphs(widths):
    """No blank line anywhere: the title and the byline above the copy must not spoil the first
    paragraph's width (they end no sentence, so they would open its chain)."""
    raw = "Council votes to close the old bridge\nBy Jane Doe\n" + "\n".join(_run(widths)) + "\n"
    doc = cleaner.clean_text(raw)
    assert doc.text.rstrip("\n").split("\n\n") == PARAS
    assert doc.metadata.authors == ["Jane Doe"]


@pytest.mark.parametrize("widths", [(72, 64, 70, 78, 66), (60, 75, 68, 62, 80)])
def test_a_furniture_line_between_unseparated_paragraphs(widths):
    chunks = _run(widths)
    raw = "\n".join([*chunks[:2], "Advertisement", *chunks[2:]]) + "\n"
    doc = cleaner.clean_text(raw)
    assert doc.text.rstrip("\n").split("\n\n") == PARAS
    assert any(r.text == "Advertisement" for r in doc.removed)


# 2026-12-05, eighth session: the dev articles rewrapped as dumps print them (each paragraph at its
# own width, with and without blank lines between, first lines indented) still lost paragraphs:
# a wrapped caption over the copy, one-line paragraphs under indented first lines, a paragraph of
# two lines whose second opens with a capital, a credits line broken inside its brackets.
CAPTION = "Workers unload humanitarian aid from a truck, Goris, Armenia. Photo: Jane Doe/Getty Images"
CREDITS = "(Reporting by Jane Doe in Goris; writing by John Roe; editing by Mary Major and Peter Poe)"


def test_paragraphs_at_their_own_widths_without_blank_lines_come_apart() -> None:
    widths = (62, 79, 66, 75, 70)
    dump = _dump((70, *widths), blank=False, paras=[CAPTION, *PARAS])
    doc = cleaner.clean_text(dump)
    assert doc.text.rstrip("\n").split("\n\n") == PARAS
    assert [(c.text, c.credit) for c in doc.metadata.captions] == [
        ("Workers unload humanitarian aid from a truck, Goris, Armenia.", "Photo: Jane Doe/Getty Images")
    ]


def test_one_line_paragraphs_under_indented_first_lines_stay_paragraphs() -> None:
    short = "Air pollution can be solved. Some cities have made great progress."
    paras = [PARAS[0], short, *PARAS[1:]]
    widths = (70, 80, 64, 77, 61, 72)
    dump = _dump(widths, indent="    ", blank=False, paras=paras)
    assert cleaner.clean_text(dump).text.rstrip("\n").split("\n\n") == paras


def test_an_indented_list_of_dates_and_places_stays_lines() -> None:
    dates = [
        "July 19 -- Budweiser Stage, Toronto, ON",
        "July 22 -- Blossom Music Center, Cuyahoga Falls, OH",
        "July 30 -- Ruoff Music Center, Noblesville, IN",
        "Aug. 2 -- DTE Energy Music Theatre, Clarkston, MI",
    ]
    widths = (70, 80, 64, 77, 61)
    dump = _dump(widths, indent="    ", blank=False) + "\n".join("    " + d for d in dates) + "\n"
    out = cleaner.clean_text(dump).text
    for line in dates:
        assert line in out.split("\n\n") or line in out.split("\n")


@pytest.mark.parametrize("blank", [True, False])
def test_a_two_line_paragraph_and_a_bracketed_credits_line_are_rejoined(blank: bool) -> None:
    two = "The governor's office did not immediately respond to The Hill's request for comment."
    paras = [*PARAS, two]
    doc = cleaner.clean_text(_dump((70, 80, 64, 77, 61, 58, 60), blank=blank, paras=[*paras, CREDITS]))
    assert doc.text.rstrip("\n").split("\n\n") == paras
    assert doc.metadata.credits is not None and doc.metadata.credits.reporting == ["Jane Doe"]


def test_a_set_apart_paragraph_of_a_blank_line_dump_is_joined_whatever_its_breaks() -> None:
    quote = (
        "“I don’t even have words, it’s such good news,” she replied in an email to the paper. "
        "“Except maybe the words of the man who started all of this.”"
    )
    paras = [*PARAS, quote]
    widths = (70, 80, 64, 77, 61, 66)
    assert cleaner.clean_text(_dump(widths, paras=paras)).text.rstrip("\n").split("\n\n") == paras


def test_a_marked_list_in_a_blank_line_dump_keeps_its_items() -> None:
    items = [
        "- Council tax rises by four percent from April for most of the homes in the city",
        "- Bus fares are frozen for a second year running, the transport office said",
        "- The new clinic on the east side of the city opens in the autumn of next year",
    ]
    widths = (70, 80, 64, 77, 61)
    dump = _dump(widths) + "\n" + "\n".join(items) + "\n"
    out = cleaner.clean_text(dump).text
    for item in items:
        assert item in out.split("\n")
