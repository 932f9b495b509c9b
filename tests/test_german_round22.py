"""German papers' templates, 2026-12-06 (twenty-second session, issues 12 and 13): the FAZ, Die Welt,
the Süddeutsche Zeitung, t-online and n-tv as extractors dump them, written for the test from what
those pages print (not taken from any data set), with sentences of copy that look alike."""

from __future__ import annotations

import pytest

from cleaner import clean_text

TITLE = "Bundestag beschließt Reform der Schuldenbremse"
COPY = [
    "Der Bundestag hat am Dienstag mit der nötigen Zweidrittelmehrheit eine Reform der Schuldenbremse beschlossen. "
    "Für die Änderung des Grundgesetzes stimmten 512 Abgeordnete.",
    "Die Opposition kritisierte das Verfahren als überhastet und kündigte an, eine Klage in Karlsruhe zu prüfen.",
    "Der Bundesrat soll am Freitag abstimmen; dort gilt eine Mehrheit als sicher, hieß es aus den Ländern.",
]


def _clean(lines: list[str]):
    return clean_text("\n\n".join(lines) + "\n", language="de")


def test_a_compound_job_title_under_the_byline_goes() -> None:
    doc = _clean([TITLE, "Von Jane Doe", "Politikredakteurin", *COPY])
    assert doc.text == "\n\n".join(COPY) + "\n"
    assert doc.metadata.authors == ["Jane Doe"]


def test_a_compound_noun_in_the_copy_stays() -> None:
    doc = _clean([TITLE, "Von Jane Doe", COPY[0], "Sportreporter", *COPY[1:]])
    assert "Sportreporter" in doc.text


@pytest.mark.parametrize("line", ["Externen Inhalt anzeigen", "Akzeptieren und anzeigen", "Inhalt laden"])
def test_an_embeds_consent_switch_goes(line: str) -> None:
    doc = _clean([TITLE, COPY[0], line, *COPY[1:]])
    assert doc.text == "\n\n".join(COPY) + "\n"


def test_agency_material_note_goes_and_a_sources_list_stays() -> None:
    # the SZ's note goes as a source line; t-online's 'Verwendete Quellen' list stays as printed (the
    # story's sources, a choice on record in test_outlets_round20)
    note = "Dieser Text wurde mit Material der Nachrichtenagenturen dpa und Reuters erstellt."
    doc = _clean([TITLE, *COPY, note, "Verwendete Quellen", "Nachrichtenagentur dpa"])
    assert note not in doc.text
    assert "Verwendete Quellen" in doc.text


def test_a_sources_heading_over_copy_stays() -> None:
    doc = _clean([TITLE, *COPY[:2], "Quellen", COPY[2]])
    assert "Quellen" in doc.text


def test_a_free_trial_offer_goes() -> None:
    line = (
        "Bestens informiert mit SZ Plus – 4 Wochen kostenlos zur Probe lesen. "
        "Jetzt bestellen unter: www.sz.de/szplus-testen"
    )
    doc = _clean([TITLE, *COPY, line])
    assert doc.text == "\n\n".join(COPY) + "\n"


def test_a_sentence_about_free_weeks_stays() -> None:
    line = "4 Wochen kostenlos parken dürfen Anwohner künftig, sagte der Bürgermeister am Dienstag."
    doc = _clean([TITLE, *COPY, line])
    assert line in doc.text
