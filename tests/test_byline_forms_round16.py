"""Byline forms, 2026-12-05 (round 16): a freelancer's byline with the outlet after a mark
('Jane Doe | Special to the Example Times', 'Jane Doe — For The Example Post') names the writer; the
outlet and the mark go with the line. Copy written for the test."""

from __future__ import annotations

import pytest

from cleaner import clean_text

TITLE = "Council approves budget with tax rise"
BODY = (
    "The city council voted on Tuesday to approve a new budget for the coming year, after a debate that ran "
    "late into the night and drew dozens of residents to the chamber.\n\n"
    "Members said the plan would fund more buses and repair roads across the city, while keeping property "
    "taxes flat for most households next year."
)

FORMS = [
    "Jane Doe | Special to the Example Times",
    "Jane Doe, Special to the Example Times",
    "Jane Doe — Special to The Example Post",
    "By Jane Doe | For The Example Post",
]


@pytest.mark.parametrize("line", FORMS)
def test_writer_filed_for_an_outlet(line: str) -> None:
    article = clean_text(f"{TITLE}\n\n{line}\n\n{BODY}\n")
    assert article.metadata.authors == ["Jane Doe"]
    assert line not in article.text
    assert article.text.startswith("The city council voted")


def test_special_to_in_a_sentence_is_copy() -> None:
    line = "Jane Doe said the vote was special to the people of the east side."
    article = clean_text(f"{TITLE}\n\n{BODY}\n\n{line}\n")
    assert line in article.text
