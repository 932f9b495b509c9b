"""Titles and labels (issue 13): the wire slugs and section labels outlets print before a headline."""

from __future__ import annotations

import pytest

import cleaner

from .helpers import BODY, LEAD


@pytest.mark.parametrize(
    ("first", "title", "label"),
    [
        (
            "Explainer: What the bridge closure means for commuters",
            "What the bridge closure means for commuters",
            "Explainer",
        ),
        (
            "Analysis: Why the council chose to close the bridge",
            "Why the council chose to close the bridge",
            "Analysis",
        ),
        ("EXCLUSIVE-Bridge to close in May, sources say", "Bridge to close in May, sources say", "EXCLUSIVE"),
        ("BREAKING: Bridge to close in May", "Bridge to close in May", "BREAKING"),
        ("RPT-Bridge to close in May", "Bridge to close in May", "RPT"),
        ("Insight-Inside the council's bridge decision", "Inside the council's bridge decision", "Insight"),
        ("UPDATE 2-Bridge to close in May", "Bridge to close in May", "UPDATE 2"),
        ("Column: The merger sends a dismal signal", "Column: The merger sends a dismal signal", None),
    ],
)
def test_labels_come_apart_from_the_title(first, title, label):
    raw = "\n\n".join([first, LEAD, *BODY, "Subscribe now to our newsletter for updates."]) + "\n"
    m = cleaner.clean_text(raw).metadata
    assert (m.title, m.label) == (title, label)


def test_a_section_name_is_never_a_title():
    raw = "\n\n".join(["WORLD NEWS", LEAD, *BODY, "Subscribe now to our newsletter for updates."]) + "\n"
    assert cleaner.clean_text(raw).metadata.title is None
