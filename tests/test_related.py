from __future__ import annotations

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
