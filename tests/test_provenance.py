"""Where a copy came from (issue 13): original_publisher from republication notes, republisher
from a syndicated-feed disclaimer; a body sentence that merely mentions publishing is neither."""

from __future__ import annotations

import pytest

import cleaner

from .helpers import article


@pytest.mark.parametrize(
    ("note", "original"),
    [
        ("This article originally appeared on The Conversation.", "The Conversation"),  # Creative Commons copy
        ("This story was first published by ProPublica.", "ProPublica"),
        ("Republished with permission from Kaiser Health News.", "Kaiser Health News"),
        ("Read the original article on Business Insider.", "Business Insider"),
    ],
)
def test_original_publisher_from_a_republication_note(note, original, validate_sidecar):
    side = validate_sidecar(cleaner.clean_text(article(end=[note])).to_sidecar())
    assert side["original_publisher"] == original
    assert side["republisher"] is None  # where it came from is not who republished it


def test_republisher_from_a_syndicated_feed_disclaimer():
    note = "(This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)"
    doc = cleaner.clean_text(article(end=[note]))
    assert doc.metadata.republisher == "NDTV" and doc.metadata.original_publisher is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister said the plan was first published in 2019 by the ministry.",
    ],
)
def test_sentences_that_mention_publishing_name_no_publisher(sentence):
    doc = cleaner.clean_text(article(end=[sentence]))
    assert doc.metadata.original_publisher is None and sentence in doc.text


def test_an_origin_note_without_a_name_goes_and_names_no_publisher():
    note = "This article was originally published in the journal of record."
    doc = cleaner.clean_text(article(end=[note]))
    assert note not in doc.text and doc.metadata.original_publisher is None
    assert "FOOTER-110" in {r.rule for r in doc.removed}
