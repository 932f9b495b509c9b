"""Byline forms real outlets print (issue 13): authors come out as clean names only."""

from __future__ import annotations

import pytest

import cleaner

from .helpers import BODY, LEAD

TITLE = "Council votes to close the old bridge"


def authors(byline: str) -> list[str]:
    raw = "\n\n".join([TITLE, byline, LEAD, *BODY, "Subscribe now to our newsletter for more."]) + "\n"
    doc = cleaner.clean_text(raw)
    assert byline not in doc.text
    return doc.metadata.authors


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Jane Doe and John Roe Associated Press", ["Jane Doe", "John Roe"]),  # a US wire's partner
        ("By Jane Doe Reuters", ["Jane Doe"]),
        ("By Jane Doe The New York Times", ["Jane Doe"]),
        ("Jane Doe and agencies", ["Jane Doe"]),  # a British daily
        ("Jane Doe with agencies", ["Jane Doe"]),
        ("By Jane Doe @janedoe", ["Jane Doe"]),  # a handle is not part of the name
        ("Story by Jane Doe • Photos by John Roe", ["Jane Doe"]),  # a photographer is not an author
        ("Patrick Shanley", ["Patrick Shanley"]),  # a bare name under the headline
        ("By Jane Doe | Nov 19, 2019 8:11 pm", ["Jane Doe"]),  # glued to a timestamp
        ("Jane Doe | Reuters", ["Jane Doe"]),
    ],
)
def test_byline_forms(byline, names):
    assert authors(byline) == names


@pytest.mark.parametrize("line", ["More From Politics", "SCORES QUARANTINED", "Police said"])
def test_labels_are_not_bare_names(line):
    raw = "\n\n".join([TITLE, line, LEAD, *BODY]) + "\n"
    assert cleaner.clean_text(raw).metadata.authors == []
