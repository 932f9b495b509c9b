from __future__ import annotations

import itertools

import pytest

import cleaner

from .helpers import BODY, LEAD, article, assert_body_intact, clean

HEADLINES = [
    "Amazon says thieves swiped millions by faking product refunds",
    "Meta encrypting Messenger and Facebook chats",
    "Australia 'heartened' as US Congress expected to pass AUKUS provisions",
    "What is the value of drugs that come to the U.S. border?",
]


def test_known_header_list_at_end():
    doc = clean(article(end=["Next In World", *HEADLINES, "Others Also Read"]))
    assert doc.text.endswith(BODY[2] + "\n")
    assert {r.rule for r in doc.removed} == {"RELATED-010"}


def test_known_header_list_between_paragraphs():
    doc = clean(article(middle=["More From Politics", *HEADLINES]))
    for h in HEADLINES:
        assert h not in doc.text
    assert_body_intact(doc)


def test_unknown_header_list_at_end_by_shape():
    doc = clean(article(end=["Around the Network", *HEADLINES]))
    assert "Around the Network" not in doc.text
    assert all(h not in doc.text for h in HEADLINES)
    assert_body_intact(doc)


def test_inline_pointer():
    doc = clean(article(middle=["READ MORE: Oil falls as Gulf tensions ease"]))
    assert "Oil falls" not in doc.text


def test_subheads_and_article_lists_are_kept():
    tour = ["June 9 – West Palm Beach, FL @ Coral Sky", "June 10 – Tampa, FL @ Midflorida", "June 14 – Alpharetta, GA"]
    doc = clean(article(end=["The Doobie Brothers Tour Dates", *tour]))
    for line in tour:
        assert line in doc.text
    steps = ["1) Open the app", "2) Pick a plan", "3) Confirm the payment"]
    doc = clean(article(end=["How to switch", *steps]))
    for line in steps:
        assert line in doc.text


def test_subhead_followed_by_copy_is_kept():
    raw = "\n\n".join([LEAD, BODY[0], "AUSTRALIA AHEAD", "Australia beat Colombia on Monday.", BODY[1]])
    doc = clean(raw)
    assert "AUSTRALIA AHEAD" in doc.text.rstrip("\n").split("\n\n")
    assert "Australia beat Colombia on Monday." in doc.text


RESULTS = [
    "Arsenal 2 Chelsea 1",
    "Liverpool 0 Everton 0",
    "Fulham 3 Brentford 2",
    "Burnley 1 Luton Town 1",
    "Wolves 2 Brighton 4",
    "Newcastle 1 Aston Villa 0",
    "Tottenham 3 West Ham 3",
    "Bournemouth 0 Sheffield United 2",
    "Crystal Palace 1 Nottingham Forest 1",
    "Manchester City 4 Manchester United 0",
    "Leeds 2 Leicester 2",
    "Southampton 1 Ipswich 3",
]


@pytest.mark.parametrize("header", [[], ["Premier League results"]])
@pytest.mark.parametrize(
    "rows",
    [
        RESULTS,
        [r.replace(" 2 ", " 2-1 ").replace(" 0 ", " 0-0 ") for r in RESULTS],
        [f"{a.rsplit(' ', 1)[0]} v {b.rsplit(' ', 1)[0]}, 3pm" for a, b in itertools.pairwise(RESULTS)],
    ],
    ids=["scores", "dashes", "fixtures"],
)
def test_a_results_table_at_the_end_is_body_not_a_related_list(header, rows):
    """A 12-line football results table at the end of an article was removed as a related list."""
    doc = cleaner.clean_text(article(end=[*header, *rows]))
    assert all(r in doc.text for r in rows), [r.rule for r in doc.removed]
    assert not [r for r in doc.removed if r.family == "related"]
