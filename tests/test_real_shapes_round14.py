"""Real copy, 2026-12-05 (fourteenth session): shapes of boilerplate that real extractors' dumps
carry and the rules did not know. A module's label left alone under the copy once the extractor
dropped what it announced (a podcast's player, a comment section, a 'show the article' button); a
headline list over a republished story's origin note; another story's headline in capitals that
keeps one word of its own spelling ('AMAs', 'CEOs'). Each leaves the text with its rule; copy that
looks like them (a source line, a sign-off, a citation, the copy's own lists and subheads) stays.
Copy written for the test."""

from __future__ import annotations

import pytest

from cleaner import clean_text

from .test_real_copy_round5 import DE
from .test_real_copy_round7 import FR
from .test_real_copy_round11 import BODY
from .test_real_copy_round12 import ES

COPY = {"en": BODY, "de": DE, "fr": FR, "es": ES}


def _clean(*paragraphs: str):
    """Clean the paragraphs as an extractor prints them, a blank line between them."""
    return clean_text("\n\n".join(paragraphs) + "\n")


def _rules(doc) -> set[str]:
    return {r.rule for r in doc.removed}


# RELATED-017: the label of a module, a player or a comment section as the last line under prose
CLOSING_LABELS = [
    ("en", "Something to Consider"),
    ("en", "How to listen to The Example Podcast"),
    ("en", "Inside the Newsroom"),
    ("en", "Follow the Case"),
    ("de", "Ein Kommentar"),
    ("de", "Kommentar hinzufügen"),
    ("de", "Die neuesten Kommentare"),
    ("de", "Alle Kommentare (0)"),
    ("fr", "Les commentaires des lecteurs"),
    ("es", "VER PROMOS DE SUSCRIPCIÓN"),
]


@pytest.mark.parametrize(("lang", "line"), CLOSING_LABELS)
def test_a_label_alone_under_the_copy_leaves(lang: str, line: str) -> None:
    body = COPY[lang]
    doc = _clean(*body, line)
    assert line not in doc.text
    # the subscription box's button is named by the box's own rule since round 21 (PROMPT-171)
    assert "RELATED-017" in _rules(doc) or (lang == "es" and "PROMPT-171" in _rules(doc))
    assert all(p in doc.text for p in body)
    assert clean_text(doc.text).text == doc.text


CLOSING_LINES_THAT_STAY = [
    "Provided by Example County Library",  # the story's source
    "Jane Doe",  # the sign-off
    "JANE DOE",
    "Nature 574, 16-17 (2019)",  # a citation
    "ISSN 1234-5678",
    "Info: www.example.org",  # a contact or a link
    "Crosspost: https://blog.example.org/919",
    "PM ABC/fh",  # a press release's initials
    "Your Example Team",  # a team's signature
    "XX, Die Redaktion",
    "That is all for now.",  # a sentence
    "Thank you!",
    "The end of an era?",
    # the copy's own closing words: not in title case, or a vocative
    "More to come",
    "To be continued",
    "Developing story",
    "God bless America",
    "Happy birthday, Mum",
    "Rest in Peace, Jane",
    "Bon appétit",
    "Stay safe out there",
    "Fortsetzung folgt",
    "The End",  # title case, but two words
    "Thank You",
    "See You Soon",  # the writer's word to the reader
    "Artikel anzeigen",  # a button's label, but in sentence case: not told from the copy's words
]


@pytest.mark.parametrize("line", CLOSING_LINES_THAT_STAY)
def test_a_closing_line_of_the_copy_stays(line: str) -> None:
    doc = _clean(*BODY, line)
    assert line in doc.text
    assert "RELATED-017" not in _rules(doc)


def test_a_signature_with_the_agency_is_the_sign_off_pass_s() -> None:
    doc = _clean(*BODY, "Jane Doe, Reuters")
    assert "RELATED-017" not in _rules(doc)
    assert doc.metadata.authors == ["Jane Doe"]


def test_a_label_under_a_paragraph_that_ends_in_a_link_leaves() -> None:
    para = (
        "The podcast is produced weekly through the season and daily during the finals, which take place "
        "on 18-24 November in Madrid. Ticket details: https://tickets.example.org/finals"
    )
    doc = _clean(*BODY, para, "How to listen to The Example Podcast")
    assert "How to listen" not in doc.text
    assert para in doc.text


def test_a_label_under_a_short_line_stays() -> None:
    # the copy's own closing list ('What to bring' / items): the last line is no lone label
    doc = _clean(*BODY, "What to bring:", "Warm clothes", "Sturdy boots")
    assert "Sturdy boots" in doc.text and "Warm clothes" in doc.text
    assert "RELATED-017" not in _rules(doc)


def test_a_subhead_in_the_middle_stays() -> None:
    doc = _clean(BODY[0], "Something to Consider", *BODY[1:])
    assert "Something to Consider" in doc.text


# RELATED-013: the module's headlines over a republished story's origin note
TEASERS = [
    "- 15 Strange Facts About Example Moons",
    "- 11 Fascinating Photos of the Harbour at Night",
    "- The 9 Biggest Questions About the New Budget",
]


def test_a_headline_list_over_an_origin_note_leaves_and_so_does_the_note() -> None:
    note = "Originally published on Example Science."
    doc = _clean(*BODY, *TEASERS, note)
    assert not any(t in doc.text for t in TEASERS)
    assert "RELATED-013" in _rules(doc)
    assert note not in doc.text and "FOOTER-110" in _rules(doc)  # the note is provenance (FOOTER-110)
    assert doc.metadata.original_publisher == "Example Science"
    assert all(p in doc.text for p in BODY)
    assert clean_text(doc.text).text == doc.text


def test_the_copy_own_list_over_an_origin_note_stays() -> None:
    own = ["- Bring a warm coat and sturdy boots", "- Check the ferry times before you leave", "- Book the tour ahead"]
    doc = _clean(*BODY, *own, "This article first appeared on Example Travel.")
    assert all(line in doc.text for line in own)


# RELATED-012: another story's headline in capitals, one word keeping its own small letters, between
# two paragraphs of prose
LONG = [
    BODY[0] + " The vote was seven to four, and two members who had opposed the plan in May changed sides.",
    BODY[1] + " Their petition has gathered more than three thousand signatures in two weeks.",
    BODY[2],
]
CAPS_HEADLINES = [
    "SINGER CLEARED TO PERFORM HITS AT AMAs AMID FEUD WITH FORMER LABEL: REPORT",
    "COUNCIL SELLS HARBOUR LAND TO DEVELOPERS AFTER TALKS WITH CEOs COLLAPSE",
    "McCARTNEY SAYS NEW ALBUM WILL BE HIS LAST AFTER SIXTY YEARS ON THE ROAD",
]


@pytest.mark.parametrize("line", CAPS_HEADLINES)
def test_a_headline_in_capitals_with_one_mixed_word_leaves(line: str) -> None:
    doc = _clean(LONG[0], line, *LONG[1:])
    assert line not in doc.text
    assert "RELATED-012" in _rules(doc)
    assert all(p in doc.text for p in LONG)


CAPS_LOOK_ALIKES = [
    "The CEOs of three firms met the MAYOR on Tuesday to discuss the harbour land and the new budget",
    "WHAT THE CEOs SAID",  # a short subhead
    "| COUNCIL MEMBERS: WARD, MEMBER AND EMAIL ADDRESSES OF ALL THE MPs | | |",  # a table's row
    "NASA And ESA Plan A Joint Mission To Study The Moons Of Jupiter Next Year",  # title case
]


@pytest.mark.parametrize("line", CAPS_LOOK_ALIKES)
def test_lines_that_are_not_headlines_in_capitals_stay(line: str) -> None:
    doc = _clean(LONG[0], line, *LONG[1:])
    assert "RELATED-012" not in _rules(doc)
    assert line in doc.text


# BYLINE-012 / TIMESTAMP-010: the standfirst, then the story's date and its writer (in either order),
# then the copy, as readability prints a page's header under its deck
DECK = (
    "The government has unveiled a plan to help the industry cut the cost of solar panels by half by "
    "2030, and to reach new efficiency targets within the decade."
)
REPORT = [
    "The ministry has unveiled a plan to help the solar industry further reduce the costs of module "
    "technology, it said on Wednesday in a statement to the press.",
    "The initiative is part of the fourth energy technology plan, submitted to industry representatives "
    "this week in Seoul, officials said on Thursday.",
]


@pytest.mark.parametrize("header", [["November 20, 2019", "Jane Doe"], ["Jane Doe", "November 20, 2019"]])
def test_the_date_and_the_writer_under_the_standfirst(header: list[str]) -> None:
    doc = _clean(DECK, *header, *REPORT)
    assert doc.metadata.authors == ["Jane Doe"]
    assert doc.metadata.published is not None and doc.metadata.published["iso"] == "2019-11-20"
    assert "November 20, 2019" not in doc.text and "Jane Doe" not in doc.text
    assert DECK in doc.text and all(p in doc.text for p in REPORT)
    assert clean_text(doc.text).text == doc.text


def test_a_date_heading_a_section_of_the_copy_stays() -> None:
    # a timeline's date between paragraphs, no writer beside it: the copy's own heading
    doc = _clean(DECK, *REPORT, "November 20, 2019", *REPORT)
    assert "November 20, 2019" in doc.text


def test_a_date_under_the_standfirst_over_a_subhead_of_names_stays() -> None:
    # 'Jane Doe and John Roe' heading an interview after the date: named again in the copy, no byline
    talk = "Jane Doe and John Roe talked about the plan for an hour, and Jane Doe said it would work."
    doc = _clean(DECK, "November 20, 2019", "Jane Doe and John Roe", talk, *REPORT)
    assert "Jane Doe and John Roe" in doc.text
    assert "November 20, 2019" in doc.text


def test_a_year_glued_to_a_clock_of_two_digits_is_read() -> None:
    doc = _clean("miércoles, 4 de mayo de 202200:00 hs", *COPY["es"])
    assert doc.metadata.published is not None and doc.metadata.published["iso"] == "2022-05-04"


# RELATED-013: a 'Recent posts' widget, each headline with the post's date after it
RECENT_POSTS = [
    "- 15 Budget Nursery Ideas for Small Flats - October 24, 2020",
    "- 20 Gorgeous Winter Garden Projects - October 23, 2020",
    "- Why Our Harbour Walk Became a Local Favourite - October 19, 2020",
]


def test_recent_posts_with_their_dates_leave() -> None:
    doc = _clean(*BODY, *RECENT_POSTS)
    assert not any(p in doc.text for p in RECENT_POSTS)
    assert "RELATED-013" in _rules(doc)
    assert all(p in doc.text for p in BODY)


@pytest.mark.parametrize(
    "dates",
    [
        # a tour's dates: every line on one template (RELATED-090)
        [
            "Berlin Tempodrom – October 24, 2020",
            "Hamburg Sporthalle – October 26, 2020",
            "Munich Olympiahalle – October 28, 2020",
        ],
        # the copy's own schedule in sentence case
        [
            "- Public hearing on the budget - March 4, 2024",
            "- Final vote in the council - March 11, 2024",
            "- New rates take effect - April 1, 2024",
        ],
    ],
)
def test_the_copy_own_dated_lists_stay(dates: list[str]) -> None:
    doc = _clean(*BODY, *dates)
    assert all(d in doc.text for d in dates)
