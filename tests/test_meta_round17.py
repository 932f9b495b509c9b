"""Metadata from copy as extractors print it (issue 13): a blog theme's filing note dates the post
(FOOTER-131), a writer's address after the byline's comma is no name, and a name or heading in the
body stays in the text and is no author."""

from __future__ import annotations

import pytest

import cleaner

TITLE = "Council approves new budget after long debate"
EN = (
    "The city council voted on Tuesday to approve a new budget for the coming year, after a debate that "
    "ran late into the night and drew dozens of residents.\n\n"
    "Members said the plan would fund more buses and repair roads across the city, while keeping "
    "property taxes flat for most households."
)
DE = (
    "Der Stadtrat hat am Dienstag den neuen Haushalt für das kommende Jahr beschlossen, nach einer "
    "Debatte, die bis spät in die Nacht dauerte.\n\n"
    "Der Plan erhöht die Grundsteuer um zwei Prozent und gibt mehr Geld für Schulen, teilte die Stadt mit."
)


@pytest.mark.parametrize(
    ("body", "note", "iso"),
    [
        (
            EN,
            "This entry was posted on Tuesday, March 5th, 2024 at 3:21 pm and is filed under News. "
            "You can follow any responses to this entry through the RSS 2.0 feed.",
            "2024-03-05T15:21",
        ),
        (
            DE,
            "Der Beitrag wurde am Dienstag, den 5. März 2024\num 15:21 Uhr veröffentlicht und wurde unter\n"
            "Allgemein abgelegt.",
            "2024-03-05",
        ),
        (
            DE,
            "Der Beitrag wurde am Dienstag, den 5. März 2024 um 15:21 Uhr veröffentlicht und wurde unter "
            "Allgemein abgelegt.",
            "2024-03-05T15:21",
        ),
        (EN, "Ce billet a été posté le mardi 5 mars 2024 à 15:21 et est classé dans Actualités.", "2024-03-05T15:21"),
        (EN, "Esta entrada fue publicada el 5 de marzo de 2024 y archivada en Noticias.", "2024-03-05"),
    ],
)
def test_a_blog_themes_filing_note_dates_the_post(body: str, note: str, iso: str) -> None:
    result = cleaner.clean_text(f"{TITLE}\n\n{body}\n\n{note}")
    assert result.metadata.published is not None
    assert result.metadata.published["iso"] == iso
    assert note.split("\n")[0] not in result.text
    assert cleaner.clean_text(result.text).text == result.text


def test_the_stamp_under_the_title_wins_over_the_filing_note() -> None:
    note = "This entry was posted on Wednesday, March 6th, 2024 at 3:21 pm and is filed under News."
    result = cleaner.clean_text(f"{TITLE}\nMarch 5, 2024\n\n{EN}\n\n{note}")
    assert result.metadata.published["iso"] == "2024-03-05"


def test_a_filing_note_without_a_date_dates_nothing() -> None:
    result = cleaner.clean_text(f"{TITLE}\n\n{EN}\n\nThis entry was posted in News and tagged bridges, council.")
    assert result.metadata.published is None


@pytest.mark.parametrize(
    "body_line",
    [
        'John Roe\n\n"We will build the buses," he said at the meeting, to applause from residents.',
        "Budget Details\n\nThe budget totals 1.2 billion dollars, up four percent from last year, officials said.",
    ],
)
def test_a_name_or_heading_in_the_body_stays_and_is_no_author(body_line: str) -> None:
    tail = "More members spoke later about the roads and schools."
    text = f"{TITLE}\nBy Jane Doe\nMarch 5, 2024\n\n{EN}\n\n{body_line}\n\n{tail}"
    result = cleaner.clean_text(text)
    assert result.metadata.authors == ["Jane Doe"]
    assert body_line.split("\n")[0] in result.text


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Doe, jdoe@example.com", ["Jane Doe"]),
        ("By Jane Doe and John Roe, newsroom@example.com", ["Jane Doe", "John Roe"]),
        ("By Jane Doe, Staff Writer, jdoe@example.com", ["Jane Doe"]),
    ],
)
def test_a_writers_address_after_a_comma_is_no_name(line: str, authors: list[str]) -> None:
    result = cleaner.clean_text(f"{TITLE}\n{line}\nMarch 5, 2024\n\n{EN}")
    assert result.metadata.authors == authors
    assert line not in result.text


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Jane Doe (text) and John Roe (photos)", ["Jane Doe"]),
        ("Anna Schmidt (Text), Peter Müller (Fotos)", ["Anna Schmidt"]),
        ("Marie Dupont (texte) et Jean Martin (photos)", ["Marie Dupont"]),
    ],
)
def test_roles_in_brackets_name_the_writer_not_the_photographer(line: str, authors: list[str]) -> None:
    result = cleaner.clean_text(f"{TITLE}\n{line}\nMarch 5, 2024\n\n{EN}")
    assert result.metadata.authors == authors
    assert line not in result.text
