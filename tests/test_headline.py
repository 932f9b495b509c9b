from __future__ import annotations

import pytest

from .helpers import BODY, LEAD, article, assert_body_intact, clean

BYLINE = "By Jane Doe"


def test_title_and_wire_slug():
    title = "Exclusive-Senior US officials traveling to Armenia as Karabakh's Armenians leave"
    doc = clean(article(top=[title, BYLINE]))
    assert doc.metadata.title == "Senior US officials traveling to Armenia as Karabakh's Armenians leave"
    assert doc.metadata.label == "Exclusive"
    assert "traveling to Armenia as" not in doc.text
    assert_body_intact(doc)


def test_numbered_update_slug_and_capitals_slug():
    doc = clean(article(top=["UPDATE 2-Oil falls as Gulf tensions ease", BYLINE]))
    assert (doc.metadata.label, doc.metadata.title) == ("UPDATE 2", "Oil falls as Gulf tensions ease")
    doc = clean(article(top=["NEWSFLASH-Markets rally on rate cut hopes", BYLINE]))
    assert (doc.metadata.label, doc.metadata.title) == ("NEWSFLASH", "Markets rally on rate cut hopes")


def test_question_headline_and_no_false_slug():
    doc = clean(article(top=["Economy in stress and markets on a high; time to be careful?"], end=["Advertisement"]))
    assert doc.metadata.title == "Economy in stress and markets on a high; time to be careful?"
    doc = clean(article(top=["US-China trade talks resume in Geneva"], end=["Advertisement"]))
    assert doc.metadata.label is None and doc.metadata.title == "US-China trade talks resume in Geneva"


def test_lead_paragraph_is_never_a_title():
    doc = clean(article())
    assert doc.metadata.title is None
    assert_body_intact(doc)


def test_title_over_prose_is_lifted_without_other_boilerplate_and_idempotently():
    """'Title + body' is what an extractor leaves of a clean page: the title goes to metadata, and
    cleaning the result again changes nothing (its first line is now a paragraph of prose)."""
    doc = clean(article(top=["Oil falls as Gulf tensions ease"]))
    assert doc.metadata.title == "Oil falls as Gulf tensions ease"
    assert clean(doc.text).text == doc.text
    assert clean(doc.text).metadata.title is None
    lifted = clean(article(top=["Oil falls as Gulf tensions ease"], end=["Share this article"]))
    assert lifted.metadata.title == "Oil falls as Gulf tensions ease"
    assert clean(lifted.text).text == lifted.text


@pytest.mark.parametrize(
    "first, second",
    [
        # three short lines under it: a list, not a standfirst over running prose
        ("Oil falls as Gulf tensions ease", "Prices slipped\n\nStocks rose\n\nBonds fell"),
        ("The council met.", LEAD),  # a first line ending in a period is an opening sentence
    ],
)
def test_without_boilerplate_a_first_line_stays_unless_prose_follows(first, second):
    raw = "\n\n".join([first, second, *BODY]) + "\n"
    doc = clean(raw)
    assert doc.metadata.title is None and doc.text.startswith(first + "\n\n")
    assert clean(doc.text).text == doc.text


@pytest.mark.parametrize(
    "standfirst",
    [
        ["NFL assaults have led to lawsuits before. But a prosecutor would have difficulty proving it in court."],
        ["N.Y. completes frantic comeback to extend unbeaten streak to 15", "Pittsburgh"],
        ["Prices slipped"],
    ],
)
def test_a_title_over_a_standfirst_over_prose_is_lifted_and_the_result_is_stable(standfirst):
    raw = "\n\n".join(["Is Football Violence a Crime?", *standfirst, *BODY]) + "\n"
    doc = clean(raw)
    assert doc.metadata.title == "Is Football Violence a Crime?"
    for para in BODY:
        assert para in doc.text
    assert clean(doc.text).text == doc.text


def test_a_sentence_case_line_of_several_sentences_is_no_title():
    first = "This shop has been compensated by Example Bias, Inc. and its advertiser. All opinions are mine alone. #ad"
    doc = clean("\n\n".join([first, *BODY]) + "\n")
    assert doc.metadata.title is None and first in doc.text


@pytest.mark.parametrize(
    "raw",
    [
        # found by the long property test: a credits line above a headline over a quote
        "(Reporting by Jane Doe; Editing by John Roe)\nAI-powered drive-thru is actually run almost entirely by "
        'humans\n"The United States is deeply concerned about reports on the humanitarian conditions in the region '
        'and calls for unimpeded access for humanitarian organizations," the official said.',
        # found by the property test: a kicker that only stands on top once the line above it is gone
        "Advertisement\nA\nAmazon says thieves swiped millions by faking product refunds\n" + LEAD,
        # a section name over a headline under the title
        "\n\n".join(["Council votes to close the old bridge", "Politics", "Ferry service to resume in May", LEAD]),
    ],
)
def test_what_is_left_on_top_is_never_taken_by_a_second_cleaning(raw):
    once = clean(raw)
    assert clean(once.text).text == once.text
