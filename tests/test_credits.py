from __future__ import annotations

import pytest

from .helpers import article, assert_body_intact, clean

CASES = [
    (
        "(Reporting by Daphne Psaledakis; Editing by Donna Bryson and Michael Perry)",
        (["Daphne Psaledakis"], [], ["Donna Bryson", "Michael Perry"]),
    ),
    (
        "(Reporting by Felix Light in Goris, Armenia; writing by Guy Faulconbridge, Peter Graff and Ron Popeski;"
        " editing by Philippa Fletcher)",
        (["Felix Light"], ["Guy Faulconbridge", "Peter Graff", "Ron Popeski"], ["Philippa Fletcher"]),
    ),
    (
        "(Reporting by Ann Lee in Kyiv and Tom Brown in Moscow; Additional reporting by Sarah N. Lynch; "
        "Editing by Jane Roe)",
        (["Ann Lee", "Tom Brown", "Sarah N. Lynch"], [], ["Jane Roe"]),
    ),
    ("Reporting by Jane Doe; Editing by John Roe", (["Jane Doe"], [], ["John Roe"])),
    ("(Compiled by Ann Lee; Editing by John Roe)", ([], ["Ann Lee"], ["John Roe"])),
]


@pytest.mark.parametrize(("line", "roles"), CASES)
def test_credits_split_by_role(line, roles):
    doc = clean(article(end=[line]))
    c = doc.metadata.credits
    assert (c.reporting, c.writing, c.editing) == roles
    assert line not in doc.text
    assert_body_intact(doc)


def test_parenthetical_copy_is_kept():
    line = "(The report, written by three economists, was published on Monday.)"
    doc = clean(article(middle=[line]))
    assert line in doc.text and doc.metadata.credits is None
