from __future__ import annotations

import pytest

from .helpers import article, assert_body_intact, clean

CASES = [
    ("By JANE DOE and JOHN ROE", ["Jane Doe", "John Roe"]),
    ("By GRANT MCCOOL", ["Grant McCool"]),
    ("By Felix LightUpdated 2 hours ago", ["Felix Light"]),
    ("By Daphne PsaledakisUpdated Sept. 25, 2023 at 4:12 p.m.", ["Daphne Psaledakis"]),
    ("Sarah N. Lynch | AP", ["Sarah N. Lynch"]),
    ("By Jane Doe, John Roe and Ann Lee", ["Jane Doe", "John Roe", "Ann Lee"]),
    ("By Jane Doe, Staff Writer", ["Jane Doe"]),
    ("By Maria van der Berg • Published Nov. 3, 2023", ["Maria van der Berg"]),
    ("Words by Liam O'Neil", ["Liam O'Neil"]),
]


@pytest.mark.parametrize(("line", "names"), CASES)
def test_byline_shapes(line, names):
    doc = clean(article(top=["Senior US officials traveling to Armenia", line]))
    assert doc.metadata.authors == names
    assert line not in doc.text
    assert [r.rule for r in doc.removed if r.family == "byline"]
    assert_body_intact(doc)


def test_sentences_starting_with_by_are_body():
    line = "By the end of the week, more than 6,650 people had crossed into Armenia, officials said."
    doc = clean(article(top=[line]))
    assert line in doc.text and doc.metadata.authors == []
