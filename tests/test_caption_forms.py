"""Caption credit forms of several outlets (issue 13): caption text and photographer come apart."""

from __future__ import annotations

import pytest

import cleaner

from .helpers import BODY, LEAD

SCENE = "Residents queue for water in Goris on Monday."


@pytest.mark.parametrize(
    ("line", "credit", "photographer"),
    [
        (f"{SCENE} | Jane Doe/AP", "Jane Doe/AP", "Jane Doe"),
        (f"{SCENE}Credit...Jane Doe for The New York Times", "Jane Doe for The New York Times", "Jane Doe"),
        (f"{SCENE} Photograph: Jane Doe/AP/Shutterstock", "Jane Doe/AP/Shutterstock", "Jane Doe"),
        (f"{SCENE} [Jane Doe/Reuters]", "Jane Doe/Reuters", "Jane Doe"),
        (f"{SCENE} (AP Photo/Jane Doe)", "AP Photo/Jane Doe", "Jane Doe"),
    ],
)
def test_caption_credit_forms(line, credit, photographer):
    doc = cleaner.clean_text("\n\n".join([LEAD, BODY[0], line, BODY[1], BODY[2]]) + "\n")
    (cap,) = doc.metadata.captions
    assert cap.credit == credit and cap.photographer == photographer
    assert SCENE.rstrip(".") in cap.text and line not in doc.text
    assert all(p in doc.text for p in BODY)


def test_a_sentence_with_for_in_parentheses_is_body():
    line = "The council met on Monday (Jane Doe for the opposition said it would vote against)."
    doc = cleaner.clean_text("\n\n".join([LEAD, BODY[0], line, BODY[1]]) + "\n")
    assert line in doc.text and not doc.metadata.captions
