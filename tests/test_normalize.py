from __future__ import annotations

import textwrap

from .helpers import BODY, LEAD, assert_body_intact, clean


def test_single_newline_paragraphs_become_blank_line_separated():
    doc = clean("\n".join([LEAD, *BODY]))
    assert doc.text == "\n\n".join([LEAD, *BODY]) + "\n"


def test_crlf_cr_and_extra_blank_lines():
    raw = "\r\n\r\n\r\n".join([LEAD, BODY[0]]) + "\r" + BODY[1] + "\r\n" + BODY[2] + "\n\n\n"
    doc = clean(raw)
    assert doc.text == "\n\n".join([LEAD, *BODY]) + "\n"


def test_hard_wrapped_dump_is_rejoined():
    wrapped = "\n\n".join(textwrap.fill(p, width=72) for p in [LEAD, *BODY])
    assert max(len(line) for line in wrapped.splitlines()) <= 72
    doc = clean(wrapped)
    assert_body_intact(doc)


def test_hard_wrapped_without_blank_lines_is_rejoined():
    wrapped = "\n".join(textwrap.fill(p, width=76) for p in [LEAD, *BODY])
    doc = clean(wrapped)
    assert_body_intact(doc)


def test_short_lines_are_not_glued_together():
    lines = ["Tour dates:", "June 9 - West Palm Beach, FL", "June 10 - Tampa, FL", "June 14 - Alpharetta, GA"]
    doc = clean("\n".join([LEAD, *lines, BODY[0]]))
    for line in lines:
        assert line in doc.text.rstrip("\n").split("\n\n")


def test_invisible_characters_removed_and_logged():
    raw = LEAD.replace("Senior", "Sen\u200bior") + "\n\n" + BODY[0].replace(" ", "\u00a0", 3)
    doc = clean(raw)
    assert LEAD in doc.text and BODY[0] in doc.text
    norm = [r for r in doc.removed if r.rule == "NORM-001"]
    assert len(norm) == 1 and "\u200b" in norm[0].before and "\u200b" not in norm[0].after


def test_empty_and_whitespace_only():
    assert clean("").text == ""
    assert clean(" \n\t\n\u00a0\n").text == ""
