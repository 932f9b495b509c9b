from __future__ import annotations

from .helpers import assert_body_intact, article, clean


def test_title_and_wire_slug():
    doc = clean(article(top=["Exclusive-Senior US officials traveling to Armenia as Karabakh's Armenians leave"]))
    assert doc.metadata.title == "Senior US officials traveling to Armenia as Karabakh's Armenians leave"
    assert doc.metadata.label == "Exclusive"
    assert "traveling to Armenia as" not in doc.text
    assert_body_intact(doc)


def test_numbered_update_slug_and_capitals_slug():
    doc = clean(article(top=["UPDATE 2-Oil falls as Gulf tensions ease"]))
    assert (doc.metadata.label, doc.metadata.title) == ("UPDATE 2", "Oil falls as Gulf tensions ease")
    doc = clean(article(top=["NEWSFLASH-Markets rally on rate cut hopes"]))
    assert (doc.metadata.label, doc.metadata.title) == ("NEWSFLASH", "Markets rally on rate cut hopes")


def test_question_headline_and_no_false_slug():
    doc = clean(article(top=["Economy in stress and markets on a high; time to be careful?"]))
    assert doc.metadata.title == "Economy in stress and markets on a high; time to be careful?"
    doc = clean(article(top=["US-China trade talks resume in Geneva"]))
    assert doc.metadata.label is None and doc.metadata.title == "US-China trade talks resume in Geneva"


def test_lead_paragraph_is_never_a_title():
    doc = clean(article())
    assert doc.metadata.title is None
    assert_body_intact(doc)
