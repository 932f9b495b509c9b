"""Header lines of real templates: a headline set in capitals over a byline (tabloids, some wire
feeds), a German article byline."""

from __future__ import annotations

import cleaner

BODY = (
    "Heavy rain has caused rivers to burst their banks in three northern regions, forcing thousands of "
    "people to leave their homes overnight, officials said on Tuesday.\n\n"
    "Rescue teams used boats to reach villages cut off by the water, and schools in the worst hit towns "
    "will stay closed until the end of the week, the regional government said."
)


def test_capitals_over_a_byline_are_the_title() -> None:
    result = cleaner.clean_text("FLOODING FORCES THOUSANDS FROM HOMES ACROSS NORTHERN ITALY\nBy Marco Rossi\n\n" + BODY)
    assert result.metadata.title == "FLOODING FORCES THOUSANDS FROM HOMES ACROSS NORTHERN ITALY"
    assert result.metadata.authors == ["Marco Rossi"]
    assert result.text.startswith("Heavy rain has caused")
    assert cleaner.clean_text(result.text).text == result.text


def test_capitals_over_copy_without_a_byline_stay() -> None:
    text = "FLOODING FORCES THOUSANDS FROM HOMES ACROSS NORTHERN ITALY\n\n" + BODY
    result = cleaner.clean_text(text)
    assert result.metadata.title is None
    assert result.text.startswith("FLOODING FORCES THOUSANDS")


def test_a_two_word_label_in_capitals_over_a_byline_is_no_title() -> None:
    result = cleaner.clean_text("BREAKING NEWS\nBy Marco Rossi\n\n" + BODY)
    assert result.metadata.title != "BREAKING NEWS"
    assert "Heavy rain has caused" in result.text


def test_a_dateline_in_capitals_is_no_title() -> None:
    text = "ROME, ITALY (REUTERS) - FLOODS FORCE THOUSANDS OUT\nBy Marco Rossi\n\n" + BODY
    result = cleaner.clean_text(text)
    assert result.metadata.title is None or "REUTERS" not in result.metadata.title


def test_ein_artikel_von_is_a_byline() -> None:
    text = (
        "Hochwasser zwingt Tausende zum Verlassen ihrer Häuser\nEin Artikel von Anna Schmidt | 05.03.2024 - 12:45\n\n"
    )
    body = (
        "Nach tagelangem Regen sind in drei Regionen Flüsse über die Ufer getreten, Tausende Menschen "
        "mussten in der Nacht ihre Häuser verlassen, wie die Behörden am Dienstag mitteilten.\n\n"
        "Rettungskräfte erreichten abgeschnittene Dörfer mit Booten, die Schulen bleiben bis zum Ende der "
        "Woche geschlossen."
    )
    result = cleaner.clean_text(text + body)
    assert result.metadata.authors == ["Anna Schmidt"]
    assert result.text.startswith("Nach tagelangem Regen")
