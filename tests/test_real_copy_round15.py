"""Real copy, 2026-12-05 (twelfth session): lines of real outlets' templates that the engine kept or
misread. A date with a reading time in the middle of the copy (a related list's 'Mar 5 · 4 min read'),
stock-library and wire-video credits ('Getty Images/iStockphoto', 'Reuters TV via REUTERS'),
Shutterstock's editorial credit with its picture number, a subscriber-only notice and a
readers-fund-this line, partnership and content-marketplace syndication notes, a stamp naming the
wire beside it ('| Source: PTI'), a wire's credits line with its contact block or standards line
glued on, and a stamp's label and weekday read as a writer's name ('Posted Thu'). Copy written for
the test."""

from __future__ import annotations

import pytest

from cleaner import clean_text

from .test_real_copy_round11 import BODY
from .test_real_copy_round13 import _planted

GONE = [
    ("TIMESTAMP-010", "Mar 5 · 4 min read"),
    ("TIMESTAMP-010", "5 Mar 2026 · 4 min read"),
    ("CAPTION-013", "Getty Images/iStockphoto"),
    ("CAPTION-013", "iStock/Getty Images Plus"),
    ("CAPTION-013", "Mandatory Credit: Photo by Jane Doe/Shutterstock (12345678a)"),
    ("CAPTION-010", "A nurse checks a patient's blood pressure at a clinic in Ohio. Getty Images/iStockphoto"),
    (
        "CAPTION-010",
        "Smoke rises over the city after an airstrike, in this still image taken from video. Reuters TV via REUTERS",
    ),
    ("PROMPT-002", "This is a subscriber-only story."),
    ("PROMPT-120", "Stories like this one are made possible by readers like you."),
    ("FOOTER-110", "This story is part of a reporting partnership between Example News and the Daily Courier."),
    (
        "FOOTER-110",
        "This article was written by Jane Doe from Example Finance and was legally licensed through the "
        "Example Content Marketplace.",
    ),
]


@pytest.mark.parametrize("where", ["middle", "end"])
@pytest.mark.parametrize(("rule", "line"), GONE)
def test_template_lines_leave_with_their_rule(rule: str, line: str, where: str) -> None:
    doc = _planted(BODY, line, where)
    assert line not in doc.text
    assert rule in {r.rule for r in doc.removed if r.text.strip()[:30] in line}
    assert all(p in doc.text for p in BODY)


STAYS = [
    # dates and reading in the copy's own sentences
    "The council will read the budget a second time on Mar 5, officials said, and vote a week later.",
    "Stories like this one are rare, the mayor said, and the city should be proud of its volunteers.",
    "This story is part of a long history of disputes between the council and the state, officials said.",
    "Getty Images, the photo agency, said it would appeal the ruling.",
]


@pytest.mark.parametrize("line", STAYS)
def test_copy_that_reads_like_template_lines_stays(line: str) -> None:
    for where in ("middle", "end"):
        doc = _planted(BODY, line, where)
        assert line in doc.text
        assert all(p in doc.text for p in BODY)


def test_a_stamp_naming_its_wire_is_a_stamp() -> None:
    line = "Updated: March 05, 2026 10:15 IST | Source: PTI"
    doc = clean_text(line + "\n\n" + "\n\n".join(BODY) + "\n")
    assert line not in doc.text
    assert [r.rule for r in doc.removed if r.text == line] == ["TIMESTAMP-001"]


def test_a_stamps_label_and_weekday_are_no_writer() -> None:
    line = "Posted Thu, Mar 5 2026 10:15 AM EST Updated Thu, Mar 5 2026 11:20 AM EST"
    doc = clean_text(line + "\n\n" + "\n\n".join(BODY) + "\n")
    assert line not in doc.text
    assert doc.metadata.authors == []


@pytest.mark.parametrize(
    ("line", "reporting", "editing"),
    [
        # Reuters' feed: the contact block in double brackets, the standards line run on
        (
            "(Reporting by Jane Doe; Editing by John Roe) ((jane.doe@thomsonreuters.com; +44 20 7542 1234))",
            ["Jane Doe"],
            ["John Roe"],
        ),
        (
            "Reporting by Jane Doe; Editing by John Roe Our Standards: The Thomson Reuters Trust Principles.",
            ["Jane Doe"],
            ["John Roe"],
        ),
        # the semicolon lost between two roles
        ("Reporting by Jane Doe in Nairobi Editing by John Roe", ["Jane Doe"], ["John Roe"]),
        # the wire signing the line is nobody's name
        ("Reporting by Jane Doe; editing by John Roe, Reuters", ["Jane Doe"], ["John Roe"]),
        # the wire as the subject of a role is credited as printed
        (
            "(Reporting by Reuters in Karabakh and Jane Doe in Goris; editing by John Roe)",
            ["Reuters", "Jane Doe"],
            ["John Roe"],
        ),
    ],
)
def test_wire_credits_lines_as_feeds_print_them(line: str, reporting: list[str], editing: list[str]) -> None:
    doc = _planted(BODY, line, "end")
    assert line not in doc.text
    assert "CREDITS-001" in {r.rule for r in doc.removed}
    credits = doc.metadata.credits
    assert credits is not None
    assert credits.reporting == reporting
    assert credits.editing == editing


FURNITURE = [
    ("CRUMB-001", "Share on X (formerly Twitter)"),
    ("CRUMB-001", "Copy link to clipboard"),
    ("CRUMB-001", "Video duration 02 minutes 30 seconds"),
    (
        "FOOTER-117",
        "External links are provided for reference purposes. The Daily Courier is not responsible for the "
        "content of external internet sites.",
    ),
]


@pytest.mark.parametrize(("rule", "line"), FURNITURE)
def test_page_furniture_in_real_wordings(rule: str, line: str) -> None:
    doc = _planted(BODY, line, "end")
    assert line not in doc.text
    assert rule in {r.rule for r in doc.removed}
    assert all(p in doc.text for p in BODY)


@pytest.mark.parametrize(
    "line",
    [
        "The Daily Courier is an independent, nonprofit newsroom covering Springfield since 1898.",
        "Example News Agency (ENA) is the national news agency of Examplestan, founded in 1950.",
        "About the Example Press: The Example Press is an independent global news organization dedicated to "
        "factual reporting.",
    ],
)
def test_a_newsrooms_paragraph_about_itself_closing_the_copy(line: str) -> None:
    doc = _planted(BODY, line, "end")
    assert line not in doc.text
    assert [r.rule for r in doc.removed] == ["FOOTER-014"]


def test_a_story_about_a_newsroom_keeps_its_last_paragraph() -> None:
    # the outlet is named in the copy above: the closing description is the story's own background
    body = [
        "The Daily Courier laid off a third of its staff on Tuesday, its publisher said, blaming a fall in "
        "advertising that began during the pandemic.",
        *BODY[1:],
        "The Daily Courier is an independent, nonprofit newsroom covering Springfield since 1898.",
    ]
    doc = clean_text("\n\n".join(body) + "\n")
    assert all(p in doc.text for p in body)
    # and a description that reports speech is the story speaking
    line = "The Example Ledger is a nonprofit newsroom, its lawyers told the court on Monday."
    doc = _planted(BODY, line, "end")
    assert line in doc.text


@pytest.mark.parametrize("credit", ["Jane Doe/Bloomberg", "Jane Doe / AFP via Getty Images", "[Jane Doe/Al Jazeera]"])
def test_a_bare_credit_between_wire_short_paragraphs(credit: str) -> None:
    # wire copy runs in paragraphs of 20 to 25 words: a bare credit between two of them is a picture's
    body = [
        "The council voted on Tuesday to approve a new budget for the coming year, after a debate that ran "
        "late into the night.",
        "Members said the plan would fund more buses and repair roads across the city, while keeping taxes flat "
        "for most households.",
        "The mayor said she would sign the measure this week and that work on the first projects could start "
        "in the spring.",
    ]
    doc = clean_text("\n\n".join([body[0], credit, *body[1:]]) + "\n")
    assert credit not in doc.text
    assert all(p in doc.text for p in body)
    assert [c.photographer for c in doc.metadata.captions] == ["Jane Doe"]
    assert doc.metadata.authors == []


@pytest.mark.parametrize(
    "stamp", ["Published 10:15 AM EST, Thu March 5, 2026", "Thu 5 Mar 2026 10.15 GMT", "March 5, 2026 at 10:15 a.m. ET"]
)
def test_a_dump_opening_with_the_writer_over_the_stamp_has_no_title(stamp: str) -> None:
    # the extractor left the headline out: the name is the writer's
    doc = clean_text("\n\n".join(["Jane Doe", stamp, *BODY]) + "\n")
    assert doc.metadata.title is None
    assert doc.metadata.authors == ["Jane Doe"]
    assert all(p in doc.text for p in BODY)


def test_a_name_the_copy_speaks_of_over_the_stamp_is_the_title() -> None:
    body = [
        "Kyle Busch won his second title on Sunday, finishing fourth in the last race of the season to hold off "
        "three rivals by five points.",
        *BODY[1:],
    ]
    doc = clean_text("\n\n".join(["Kyle Busch", "Friday, 22 October 2010 at 20:13", *body]) + "\n")
    assert doc.metadata.authors == []
    assert doc.metadata.title == "Kyle Busch"


def test_a_writer_with_the_date_time_and_outlet_after_slashes() -> None:
    line = "Jane Doe / March 5, 2026 / 4:15 PM / CBS News"
    doc = clean_text("\n\n".join(["Council approves budget", line, *BODY]) + "\n")
    assert doc.metadata.authors == ["Jane Doe"]
    assert line not in doc.text


def test_a_results_table_closing_the_copy_stays() -> None:
    # three title-case lines with no full stop at the end are RELATED-013's headless module, unless
    # each ends in its figure: an election's results
    table = ["Results", "Turnout 64.2%", "Smith (Lab) 12,345", "Jones (Con) 10,210", "Brown (LD) 4,567"]
    doc = clean_text("\n\n".join([*BODY, *table]) + "\n")
    assert all(line in doc.text for line in table[1:])
    assert all(p in doc.text for p in BODY)


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        ("Frankfurt am Main (dpa) - ", "Frankfurt am Main", "dpa"),
        ("Rio de Janeiro (AFP) - ", "Rio de Janeiro", "AFP"),
        ("Halle an der Saale (dpa) - ", "Halle an der Saale", "dpa"),
    ],
)
def test_a_dateline_place_with_its_particles(opening: str, place: str, agency: str) -> None:
    lead = opening + "The central bank kept its key rate unchanged on Tuesday, citing slowing inflation."
    doc = clean_text("\n\n".join([lead, *BODY[1:]]) + "\n")
    assert doc.metadata.dateline is not None
    assert (doc.metadata.dateline.place, doc.metadata.dateline.agency) == (place, agency)
    assert doc.text.startswith(lead)


@pytest.mark.parametrize("where", ["top", "end"])
def test_a_credit_naming_a_picture_library_is_a_pictures_anywhere(where: str) -> None:
    credit = "Jane Doe / AFP via Getty Images"
    doc = clean_text("\n\n".join([credit, *BODY] if where == "top" else [*BODY, credit]) + "\n")
    assert credit not in doc.text
    assert [(c.text, c.photographer) for c in doc.metadata.captions] == [("", "Jane Doe")]
    assert doc.metadata.authors == []


def test_a_credits_line_run_on_after_the_last_sentence() -> None:
    last = "The mayor said she would sign the measure this week."
    credits = " (Reporting by Jane Doe in London; additional reporting by Mark Potter; Editing by John Roe)"
    doc = clean_text("\n\n".join([*BODY, last + credits]) + "\n")
    assert doc.text.endswith(last + "\n")
    assert all(p in doc.text for p in BODY)
    assert doc.metadata.credits is not None
    assert (doc.metadata.credits.reporting, doc.metadata.credits.editing) == (["Jane Doe", "Mark Potter"], ["John Roe"])
    assert [r.rule for r in doc.removed] == ["CREDITS-019"]
    assert clean_text(doc.text).text == doc.text


@pytest.mark.parametrize(
    "last",
    [
        "The council approved the budget (drafted by the finance committee) after a long debate.",
        "The report was published on Monday. (Edited by the council's press office, it ran to 40 pages.)",
    ],
)
def test_a_closing_bracket_that_is_copy_stays(last: str) -> None:
    doc = clean_text("\n\n".join([*BODY, last]) + "\n")
    assert last in doc.text


def test_a_newsletter_box_between_its_markers_goes_whole() -> None:
    box = [
        "skip past newsletter promotion",
        "Sign up to First Edition",
        "Our morning email breaks down the key stories of the day, telling you what's happening and why it matters",
        "after newsletter promotion",
    ]
    doc = _planted(BODY, "\n\n".join(box), "middle")
    assert all(line not in doc.text for line in box)
    assert all(p in doc.text for p in BODY)
    assert "PROMPT-136" in {r.rule for r in doc.removed}


def test_a_lone_marker_leaves_the_copy_under_it() -> None:
    pitch = "Our morning email breaks down the key stories of the day, the editor wrote in a note to readers."
    doc = _planted(BODY, "skip past newsletter promotion\n\n" + pitch, "middle")
    assert "skip past newsletter promotion" not in doc.text
    assert pitch in doc.text


def test_a_sign_up_note_that_says_agreeing() -> None:
    line = "By signing up you are agreeing to our Terms of Service and Privacy Policy"
    doc = _planted(BODY, line, "end")
    assert line not in doc.text
    assert "PROMPT-116" in {r.rule for r in doc.removed}


@pytest.mark.parametrize(
    ("head", "title", "label"),
    [
        ("COLUMN-Why the budget fight is only beginning", "Why the budget fight is only beginning", "COLUMN"),
        ("FEATURE-A city votes on its future", "A city votes on its future", "FEATURE"),
        # the Los Angeles Times titles its columns so: the word is the headline's
        ("Column: Why the budget fight is only beginning", "Column: Why the budget fight is only beginning", None),
    ],
)
def test_reuters_slugs_with_their_hyphen(head: str, title: str, label: str | None) -> None:
    doc = clean_text("\n\n".join([head, *BODY]) + "\n")
    assert (doc.metadata.title, doc.metadata.label) == (title, label)
