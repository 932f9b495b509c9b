from __future__ import annotations

from .helpers import article, assert_body_intact, clean

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


def test_title_needs_evidence_of_a_raw_dump():
    """'Title + body' with no other boilerplate may be clean text: the line stays, idempotently."""
    raw = article(top=["Oil falls as Gulf tensions ease"])
    doc = clean(raw)
    assert doc.metadata.title is None and doc.text.startswith("Oil falls as Gulf tensions ease\n\n")
    assert clean(doc.text).text == doc.text
    lifted = clean(article(top=["Oil falls as Gulf tensions ease"], end=["Share this article"]))
    assert lifted.metadata.title == "Oil falls as Gulf tensions ease"
    assert clean(lifted.text).text == lifted.text
