"""A closing line about the byline's own writer is their bio, whatever their role (CREDITS-011)."""

from __future__ import annotations

import pytest

import cleaner

EN = (
    "The city council voted on Tuesday to approve a new budget for the coming year, after a debate that "
    "ran late into the night and drew dozens of residents.\n\n"
    "Members said the plan would fund more buses and repair roads across the city, while keeping "
    "property taxes flat for most households."
)
FR = (
    "Le conseil municipal a adopté mardi le nouveau budget pour l'année prochaine, après un débat qui "
    "s'est prolongé tard dans la nuit.\n\n"
    "Le plan augmente la taxe foncière de deux pour cent et finance les écoles, selon la mairie, qui "
    "promet des travaux dès le printemps."
)
DE = (
    "Der Stadtrat hat am Dienstag den neuen Haushalt für das kommende Jahr beschlossen, nach einer "
    "Debatte, die bis spät in die Nacht dauerte.\n\n"
    "Der Plan erhöht die Grundsteuer um zwei Prozent und gibt mehr Geld für Schulen, teilte die Stadt "
    "mit, die erste Bauarbeiten im Frühjahr verspricht."
)


@pytest.mark.parametrize(
    ("head", "body", "bio"),
    [
        (
            "Council approves budget\nBy Jane Doe",
            EN,
            "Jane Doe is a professor of economics at the University of Exampleton.",
        ),
        ("Council approves budget\nBy Jane Doe", EN, "Jane Doe is the founder of Brightline, a marketing consultancy."),
        ("Le conseil adopte le budget\nPar Marie Dupont", FR, "Marie Dupont est journaliste au service Économie."),
        (
            "Stadtrat beschließt Haushalt\nVon Reinhard Vogel",
            DE,
            "Reinhard Vogel ist Architekt und Stadtplaner in Leipzig.",
        ),
    ],
)
def test_the_writers_own_bio_goes_to_credits(head: str, body: str, bio: str) -> None:
    result = cleaner.clean_text(f"{head}\n\n{body}\n\n{bio}")
    assert bio not in result.text
    name = result.metadata.authors[0]
    assert result.metadata.credits is not None
    assert result.metadata.credits.other["bio"] == [name]
    assert [r.rule for r in result.removed if r.text == bio] == ["CREDITS-011"]


@pytest.mark.parametrize(
    "last",
    [
        "Jane Doe was right, the mayor said.",
        "Jane Doe is expected to vote against the plan.",
        "Jane Doe is a member of the council, a spokesman said.",
        "John Roe is a professor of economics at the University of Exampleton.",
    ],
)
def test_other_closing_lines_stay(last: str) -> None:
    result = cleaner.clean_text(f"Council approves budget\nBy Jane Doe\n\n{EN}\n\n{last}")
    assert last in result.text
