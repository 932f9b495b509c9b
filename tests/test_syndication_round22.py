"""Syndication and translation notes, 2026-12-06 (twenty-second session, issues 12 and 13): forms
written for the test from what republishers print under a story they did not write (Stacker's
distribution note, Indian aggregators' feed disclaimers, 'an edited version of a story that first
appeared in …', a reprint's permission line, a journalism collaboration's note) and what outlets
that publish in a second language print (DW, Le Monde in English, translators' lines), with
sentences of copy that open with the same words. The note goes; the source it names goes to
`original_publisher`, the site a feed disclaimer names to `republisher`."""

from __future__ import annotations

import pytest

from cleaner import clean_text

from .test_real_copy_round17 import BODY, TITLE


def _clean(lines: list[str], language: str | None = None):
    return clean_text("\n\n".join(lines) + "\n", language=language)


def _article(note: str, language: str = "en"):
    title, byline = TITLE[language]
    return _clean([title, byline, *BODY[language], note], language)


@pytest.mark.parametrize(
    ("note", "source"),
    [
        ("This story was produced by Grist and reviewed and distributed by Stacker Media.", "Grist"),
        ("This is an edited version of a story that first appeared in Mother Jones.", "Mother Jones"),
        ("This is an abridged version of an article that was first published in Foreign Policy.", "Foreign Policy"),
        ("Reprinted with permission from the Los Angeles Times.", "Los Angeles Times"),
        ("Article originally posted on Fortune.", "Fortune"),
    ],
)
def test_an_origin_note_goes_and_names_the_original_publisher(note: str, source: str) -> None:
    doc = _article(note)
    assert note not in doc.text
    assert doc.metadata.original_publisher == source
    for paragraph in BODY["en"]:
        assert paragraph in doc.text


@pytest.mark.parametrize(
    ("note", "site"),
    [
        (
            "(Only the headline and picture of this report may have been reworked by the Business Standard staff; "
            "the rest of the content is auto-generated from a syndicated feed.)",
            "Business Standard",
        ),
        ("(This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)", "NDTV"),
    ],
)
def test_a_feed_disclaimer_names_the_republisher(note: str, site: str) -> None:
    doc = _article(note)
    assert note not in doc.text
    assert doc.metadata.republisher == site
    assert doc.metadata.original_publisher is None


def test_an_agency_feed_disclaimer_goes() -> None:
    note = (
        "Disclaimer: This post has been auto-published from an agency feed without any modifications to the "
        "text and has not been reviewed by an editor"
    )
    doc = _article(note)
    assert "auto-published" not in doc.text
    assert doc.removed[-1].rule == "FOOTER-123"


@pytest.mark.parametrize(
    "note",
    [
        "This story is part of Covering Climate Now, a global journalism collaboration strengthening coverage "
        "of the climate story.",
        "This article is part of The Lens Project, an editorial partnership of six regional newsrooms.",
    ],
)
def test_a_collaboration_note_goes(note: str) -> None:
    doc = _article(note)
    assert note not in doc.text
    assert doc.removed[-1].rule == "FOOTER-110"


@pytest.mark.parametrize(
    ("note", "language"),
    [
        ("This article was originally written in German.", "en"),
        ("This article has been translated from its original language.", "en"),
        ("This article was translated from Spanish with the help of artificial intelligence.", "en"),
        (
            "Translation of an original article published in French on lemonde.fr; the publisher may only be "
            "liable for the English version.",
            "en",
        ),
        ("Translated from the Spanish by Jane Roe.", "en"),
        ("Aus dem Englischen von Jane Doe.", "de"),
        ("Dieser Artikel wurde aus dem Englischen übersetzt.", "de"),
        ("Traduit de l'anglais par Jane Doe.", "fr"),
        ("Traducido del inglés por Jane Doe.", "es"),
        ("Questo articolo è stato tradotto dall'inglese.", "it"),
    ],
)
def test_a_translation_note_goes(note: str, language: str) -> None:
    doc = _article(note, language)
    assert note not in doc.text
    assert any(r.rule in ("FOOTER-143", "CREDITS-020") for r in doc.removed if r.text == note)
    for paragraph in BODY[language]:
        assert paragraph in doc.text


@pytest.mark.parametrize(
    "sentence",
    [
        "The book was translated from Spanish in 1998 by her husband, who later ran the press.",
        "This story was originally written in German by Franz Kafka in 1915, and it has been translated "
        "dozens of times since.",
        "This article was translated into 14 languages and read by millions, she said.",
        "This story is part of Labour's plan, a project the minister has defended for months.",
        "Reprinted with permission from the author's estate, the letters fill two volumes.",
    ],
)
def test_copy_that_opens_like_a_note_stays(sentence: str) -> None:
    doc = _article(sentence)
    assert sentence in doc.text
    assert doc.metadata.original_publisher is None


def test_an_aap_picture_credit_is_a_caption_with_its_photographer() -> None:
    title, byline = TITLE["en"]
    caption = "Firefighters battle a blaze near Lithgow on Tuesday. (AAP Image/Dean Lewins)"
    doc = _clean([title, byline, caption, *BODY["en"]])
    assert caption not in doc.text
    [got] = doc.metadata.captions
    assert got.photographer == "Dean Lewins"
    assert got.text == "Firefighters battle a blaze near Lithgow on Tuesday."


def test_a_sentence_about_rights_reserved_by_someone_is_copy() -> None:
    sentence = "All rights reserved by the league were transferred to the new owner in 2019, according to the filing."
    title, byline = TITLE["en"]
    doc = _clean([title, byline, BODY["en"][0], sentence, *BODY["en"][1:], "All rights reserved by Example Media."])
    assert sentence in doc.text
    assert "Example Media" not in doc.text
