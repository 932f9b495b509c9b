"""Stamps and reading times, 2026-12-06 (eighteenth session, issue 12's timestamp and crumb
families): forms outlets print that no rule read, written for the test from what the outlets print
(not taken from any data set). Month short forms in the outlets' own languages ('12. Okt. 2023',
'5 janv. 2024', '5 ene 2024', '5 mrt 2024', '12 ott 2023', '5 dez 2023'), and the ones that are words
too ('set', 'out', 'Sa', 'ven') only beside a year or a clock (TIMESTAMP-004); one date printed in
figures and in words ('03/05/2024 March 5, 2024'); 'Filed at …', 'Issued on: … Modified: …'
(France 24); reading times in any language (CRUMB-143). Look-alikes that stay: a tennis set, a
range of dates, a lecture's length, and a date line is never taken for the title."""

from __future__ import annotations

import pytest

from cleaner import clean_text

from .test_real_copy_round17 import BODY, TITLE

BODY_PT = [
    "A empresa regional de águas anunciou na segunda-feira que vai aumentar as tarifas domésticas em nove "
    "por cento no próximo ano, por causa do custo crescente de substituir canos muito antigos.",
    "Quase um terço da rede chegou ao fim da vida útil, explicaram os responsáveis numa reunião do conselho, "
    "e as fugas fazem perder um em cada cinco litros bombeados dos reservatórios.",
    "O conselho vai votar o plano no próximo mês, depois de uma consulta pública que abre na sexta-feira.",
]
BODY_NL = [
    "Het regionale waterbedrijf maakte maandag bekend dat de tarieven voor huishoudens volgend jaar met negen "
    "procent stijgen, vanwege de hogere kosten om leidingen van meer dan een eeuw oud te vervangen.",
    "Bijna een derde van het net is aan het einde van zijn levensduur, zeiden bestuurders tijdens een "
    "vergadering, en lekken verspillen inmiddels een op de vijf opgepompte liters.",
    "Het bestuur stemt volgende maand over het plan, na een openbare raadpleging die vrijdag begint.",
]
BODIES = {**BODY, "pt": BODY_PT, "nl": BODY_NL}
TITLES = {
    **TITLE,
    "pt": ("Preço da água vai subir para renovar canos antigos", "Por Ana Souza"),
    "nl": ("Waterbedrijf verhoogt tarieven voor vervanging oude leidingen", "Door Jan de Vries"),
}


def _doc(lang: str, lines: list[str]):
    return clean_text("\n\n".join(lines) + "\n", language=lang)


STAMPS = [
    ("de", "12. Okt. 2023, 10:15 Uhr", "2023-10-12"),
    ("de", "Sa., 05.03.2024, 10:15 Uhr", "2024-03-05"),
    ("fr", "ven. 5 janv. 2024 à 10h15", "2024-01-05"),
    ("fr", "12 déc. 2023", "2023-12-12"),
    ("es", "5 ene 2024 - 10:15 CET", "2024-01-05"),
    ("es", "12 dic 2023", "2023-12-12"),
    ("it", "12 ott 2023", "2023-10-12"),
    ("it", "5 gen 2024, 10:15", "2024-01-05"),
    ("pt", "12 set 2023", "2023-09-12"),
    ("pt", "5 dez 2023 às 10h15", "2023-12-05"),
    ("nl", "5 mrt 2024 om 10:15 Bijgewerkt 11:30", "2024-03-05"),
    ("en", "03/05/2024 March 5, 2024", None),
    ("en", "Filed at 10:15 a.m. ET, March 5, 2024", "2024-03-05"),
    ("en", "Issued on: 05/03/2024 - 10:15 Modified: 05/03/2024 - 11:30", None),  # day or month first?
]


@pytest.mark.parametrize(("lang", "stamp", "iso"), STAMPS)
def test_stamps_in_the_outlets_own_short_forms_go_under_the_byline(lang: str, stamp: str, iso: str | None) -> None:
    title, byline = TITLES[lang]
    doc = _doc(lang, [title, byline, stamp, *BODIES[lang]])
    assert stamp not in doc.text
    for paragraph in BODIES[lang]:
        assert paragraph in doc.text
    assert doc.metadata.title == title
    assert any(r.rule.startswith("TIMESTAMP-") and r.text.strip() == stamp for r in doc.removed)
    if iso is not None:  # read as the outlet meant it, never the day taken for the month
        assert doc.metadata.published["iso"].startswith(iso)


@pytest.mark.parametrize(
    ("printed", "lang", "iso"),
    [
        ("5 ago 2024", "es", "2024-08-05"),
        ("5 ago. 2024", "it", "2024-08-05"),
        ("12. Okt. 2023", None, "2023-10-12"),
        ("5 ago 2024", None, None),  # no language: 'ago' names no month, and no date is guessed
        ("Updated 2 hours ago", "es", None),
    ],
)
def test_short_month_forms_are_read_or_left_unread_never_misread(printed: str, lang: str | None, iso) -> None:
    from cleaner.timestamps import to_iso

    assert to_iso(printed, lang) == iso


@pytest.mark.parametrize(("lang", "stamp", "iso"), [s for s in STAMPS if s[1][0].isdigit()])
def test_a_date_line_on_top_is_never_the_title(lang: str, stamp: str, iso: str | None) -> None:
    doc = _doc(lang, [stamp, *BODIES[lang]])
    assert doc.metadata.title != stamp
    assert stamp not in doc.text


KEPT = [
    ("en", "Set 2"),  # a tennis set's heading: no year, no clock
    ("pt", "Out 5"),
    ("en", "29 November 2018 | 20 January 2019"),  # an exhibition's dates
    ("en", "5 March 2024 to 6 March 2024"),
]


@pytest.mark.parametrize(("lang", "line"), KEPT)
def test_short_words_and_ranges_in_the_middle_stay(lang: str, line: str) -> None:
    body = BODIES[lang]
    doc = _doc(lang, [TITLES[lang][0], body[0], line, body[1], body[2]])
    assert line in doc.text


READING = [
    ("en", "Reading Time: 4 minutes"),
    ("de", "Geschätzte Lesedauer: 4 Minuten"),
    ("fr", "Temps de lecture : 4 min."),
    ("es", "Lectura de 4 minutos"),
    ("es", "Tiempo estimado de lectura: 4 minutos"),
    ("it", "Tempo di lettura stimato: 4 minuti"),
    ("pt", "4 min de leitura"),
    ("nl", "Leesduur: 4 minuten"),
]


@pytest.mark.parametrize(("lang", "line"), READING)
@pytest.mark.parametrize("detected", [True, False])
def test_reading_times_go_in_any_language(lang: str, line: str, detected: bool) -> None:
    """Whether or not the copy's language is known: a language pack fires only where it is."""
    title, byline = TITLES[lang]
    text = "\n\n".join([title, byline, line, *BODIES[lang]]) + "\n"
    doc = clean_text(text, language=lang if detected else "en")
    assert line not in doc.text
    for paragraph in BODIES[lang]:
        assert paragraph in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "The lecture lasted 45 minutes.",
        "Reading took 4 minutes, the children said.",
        "Time: 4 minutes",
    ],
)
def test_sentences_about_minutes_stay(line: str) -> None:
    body = BODIES["en"]
    doc = _doc("en", [TITLES["en"][0], body[0], line, body[1], body[2]])
    assert line in doc.text


NOTICES = [
    ("en", "This is a developing story and will be updated."),
    ("en", "This story has been updated with additional information."),
    ("en", "Please check back later for more details."),
    ("de", "Dieser Artikel wird laufend aktualisiert."),
    ("fr", "Cet article sera mis à jour."),
    ("es", "Esta noticia se está actualizando."),
    ("it", "Notizia in aggiornamento"),
    ("nl", "Dit artikel wordt voortdurend bijgewerkt."),
    ("pt", "Notícia em atualização"),
]


@pytest.mark.parametrize(("lang", "notice"), NOTICES)
@pytest.mark.parametrize("where", ["top", "end"])
def test_update_notices_go(lang: str, notice: str, where: str) -> None:
    title, byline = TITLES[lang]
    lines = [title, byline, notice, *BODIES[lang]] if where == "top" else [title, byline, *BODIES[lang], notice]
    doc = _doc(lang, lines)
    assert notice not in doc.text
    assert any(r.rule == "CRUMB-144" for r in doc.removed)
    for paragraph in BODIES[lang]:
        assert paragraph in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "This story has been updated many times over the centuries, the historian said.",
        "This article was amended on 5 March 2024 to correct the spelling of a name.",
        "Correction: An earlier version of this story misstated the date of the vote.",
    ],
)
def test_what_changed_stays(line: str) -> None:
    """A correction says what was wrong: the reader's, unlike a notice that the page will change."""
    doc = _doc("en", [TITLES["en"][0], *BODIES["en"], line])
    assert line in doc.text


def test_a_date_among_labelled_source_and_editor_fields_is_the_stamp() -> None:
    """Xinhua's English site: 'Source: Xinhua | 2024-03-05 10:15:00 | Editor: huaxia' (TIMESTAMP-013)."""
    line = "Source: Xinhua | 2024-03-05 10:15:00 | Editor: huaxia"
    title, _ = TITLES["en"]
    doc = _doc("en", [title, line, *BODIES["en"]])
    assert line not in doc.text
    assert doc.metadata.published["iso"] == "2024-03-05T10:15"


def test_labelled_fields_without_a_dated_field_stay() -> None:
    line = "Source: the survey | 2 of 5 respondents | Editor: none"
    body = BODIES["en"]
    doc = _doc("en", [TITLES["en"][0], body[0], line, body[1], body[2]])
    assert line in doc.text
