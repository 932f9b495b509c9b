"""Credits by role in the forms outlets print (issue 13): contributor notes go to credits, with
clean names; an outlet is not a name; a body sentence that begins the same way is news."""

from __future__ import annotations

import pytest

import cleaner

from .helpers import article


@pytest.mark.parametrize(
    ("line", "role", "names"),
    [
        ("Jane Doe contributed to this report.", "reporting", ["Jane Doe"]),
        ("Jane Doe and John Roe contributed reporting.", "reporting", ["Jane Doe", "John Roe"]),
        (
            "Associated Press writers Jane Doe in Paris and John Roe in Berlin contributed to this report.",
            "reporting",
            ["Jane Doe", "John Roe"],
        ),
        ("Fox News’ Jane Doe contributed to this report.", "reporting", ["Jane Doe"]),
        ("--With assistance from Jane Doe and John Roe.", "reporting", ["Jane Doe", "John Roe"]),  # Bloomberg
        ("(With inputs from agencies)", "inputs", ["agencies"]),  # Indian dailies
        ("(Reporting by Jane Doe in Goris; Editing by John Roe)", "reporting", ["Jane Doe"]),
    ],
)
def test_credit_forms(line, role, names):
    doc = cleaner.clean_text(article(end=[line]))
    credits = doc.metadata.credits
    assert credits is not None and line not in doc.text
    got = getattr(credits, role) if role in ("reporting", "writing", "editing") else credits.other[role]
    assert got == names


@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe contributed to the success of the project, officials said.",
    ],
)
def test_no_person_no_credits(line):
    assert cleaner.clean_text(article(end=[line])).metadata.credits is None


def test_an_agency_s_contribution_credits_no_person():
    """Round 24: the agency a note says contributed is the story's input (credits.other.inputs, as
    '(With inputs from PTI)' gives it), and no role names a person."""
    credits = cleaner.clean_text(article(end=["The Associated Press contributed to this report."])).metadata.credits
    assert credits is not None
    assert credits.reporting == credits.writing == credits.editing == []
    assert credits.other == {"inputs": ["The Associated Press"]}
