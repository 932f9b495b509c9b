"""Cleaning clean text changes nothing, at the top of the text too (issue: idempotence).

Two classes broke it on real dumps:

- BYLINE-010 took the first bare name of the opening and, having an author, left the others; a
  second cleaning, without the first, took the next one (a line-up's next player, a standings
  table's next driver, a product page's next feature heading), and that removal was the evidence that
  lifted the new first line as a title. The bare names of the opening are now judged together: all
  taken when they stand together (a byline's), none when they stand apart down a list.
- TIMESTAMP-010 counted a long headline (the title candidate) as prose, so a date under it was 'in
  the middle'; once the headline was lifted, the date opened the text and a second cleaning took it.

Copy written for the test, in several outlets' styles."""

from __future__ import annotations

import pytest

from cleaner import clean_text

_LINEUP = """Live: Harbour City v Northgate Rovers
Kick-off: 15:00
Venue: Riverside Park
Harbour City
2-1
Northgate Rovers
Line-ups
Manager
Tom Ellery
Starting eleven
Sam Hollis
Luke Dorrance
Marc Evans
Ollie Brandt
Substitutes
Kai Morland
Neil Prentice
The home side came from behind to win their third game in a row, with two goals in the last ten minutes \
settling a match Northgate had controlled for most of the afternoon.
Northgate took the lead through a header just before the break and might have doubled it twice after the restart.
"""

_STANDINGS = """Fahrerwertung Formel 1
Samstag, 12. Oktober 2024, 18:40 Uhr
Hier finden Sie immer den aktuellen Stand der Fahrerwertung nach dem letzten Rennen!
Speichern Sie die Seite und schauen Sie regelmäßig vorbei!
Lando Norris
Fahrerwertung nach 18 von 24 Rennen:
Pos.
Fahrer
Punkte
1
Max Verstappen
331
2
Lando Norris
279
3
Charles Leclerc
245
Die Wertung wird nach jedem Rennen aktualisiert und enthält alle Punkte aus den Sprintrennen, die seit dieser \
Saison am Samstag vor dem Grand Prix gefahren werden.
"""

_FEATURES = """Jetzt Demo anfragen
Bitte geben Sie Ihre geschäftliche E-Mail-Adresse ein
Die Plattform für Ihre Kampagne
Erreichen Sie junge Menschen dort, wo sie sich jeden Tag austauschen - einfach und kreativ.
Warum Marken uns vertrauen
Zielgenaue Ansprache
Erreichen Sie Studierende in mehr als 40 Städten.
Schnelle Kampagnen
Ihre Anzeige ist in wenigen Stunden online und erreicht die Nutzer direkt im Feed.
Sichere Markenumgebung
Alle Inhalte werden geprüft, bevor sie erscheinen, und Meldungen werden rund um die Uhr bearbeitet.
Mehr als ein Viertel aller Nutzer schreibt selbst Beiträge, und das ist mehr als in allen anderen sozialen \
Netzwerken, die wir in unserer Studie verglichen haben.
"""


@pytest.mark.parametrize("raw", [_LINEUP, _STANDINGS, _FEATURES], ids=["lineup", "standings", "features"])
def test_names_down_a_list_are_no_byline_and_cleaning_is_idempotent(raw: str) -> None:
    doc = clean_text(raw)
    assert doc.metadata.authors == []
    assert clean_text(doc.text).text == doc.text


def test_a_lineup_keeps_its_names() -> None:
    doc = clean_text(_LINEUP)
    for name in ("Harbour City", "Tom Ellery", "Sam Hollis", "Kai Morland"):
        assert name in doc.text


_SPLIT_CREDITS = """Región del Maule
Martes 03 mayo de 2022 | 09:45
Productores de cerezas piden apoyo tras heladas: temen perder la mitad de la cosecha
Publicado por
Ana Ruiz
Con información de
Luis Gil
Los productores de cerezas de la región pidieron este martes un plan de apoyo al gobierno regional, luego de \
que las heladas de la semana pasada dañaran miles de hectáreas de huertos.
Según la asociación gremial, las pérdidas podrían superar la mitad de la cosecha de la próxima temporada.
"""


def test_two_bare_names_standing_together_are_both_writers() -> None:
    """'Publicado por' / name / 'Con información de' / name: a byline's two names, both taken at
    once, so a second cleaning finds no name left to take."""
    doc = clean_text(_SPLIT_CREDITS)
    assert doc.metadata.authors == ["Ana Ruiz", "Luis Gil"]
    assert clean_text(doc.text).text == doc.text


def test_two_writers_on_two_lines_are_both_taken() -> None:
    raw = (
        "Council delays vote on harbour plan after residents object\n"
        "Miriam Okafor\n"
        "Oliver Grant\n"
        "The city council on Tuesday postponed its vote on the harbour redevelopment plan after more "
        "than two hundred residents filed objections during the consultation period.\n"
        "Officials said the vote would now take place next month, once the objections have been reviewed.\n"
    )
    doc = clean_text(raw)
    assert doc.metadata.authors == ["Miriam Okafor", "Oliver Grant"]
    assert "Miriam Okafor" not in doc.text and "Oliver Grant" not in doc.text
    assert clean_text(doc.text).text == doc.text


def test_one_bare_name_under_the_title_is_still_the_byline() -> None:
    raw = (
        "Storm knocks out power to thousands across the coast\n"
        "Hannah Whitcombe\n"
        "Nov. 20, 2024\n"
        "More than forty thousand homes were without power on Wednesday morning after a storm brought "
        "gusts of up to 120 km/h to the coast overnight, the grid operator said.\n"
        "Crews expected to restore most connections by the evening.\n"
    )
    doc = clean_text(raw)
    assert doc.metadata.authors == ["Hannah Whitcombe"]
    assert clean_text(doc.text).text == doc.text


_LONG_HEADLINE = """Un exministro explicó en una entrevista radial qué haría si uno de sus hijos decidiera \
votar por el candidato de la oposición
Análisis y opinión
- Jueves, 05 de Mayo de 2022
La campaña oficial
-
"No hay dueños de los votos, nadie es dueño de los votos". Con esa frase, el exministro respondió este \
miércoles a una nueva crítica de sus antiguos compañeros de partido, que más temprano habían cuestionado su \
papel en la campaña.
"Yo no le digo a nadie a quién votar. El voto es de la gente y nosotros solo la representamos", agregó desde \
Rosario, adonde viajó para una actividad con estudiantes.
"""


def test_a_date_under_a_long_headline_goes_at_once() -> None:
    """A headline of twenty words or more is no prose: the date under it (past a rubric) is at the
    top, as it is once the headline is lifted (TIMESTAMP-010), so the first cleaning takes it."""
    doc = clean_text(_LONG_HEADLINE)
    assert doc.metadata.title is not None and doc.metadata.title.startswith("Un exministro")
    assert "Jueves, 05 de Mayo de 2022" not in doc.text
    assert doc.text.lstrip("- \n").startswith('"No hay dueños')
    assert clean_text(doc.text).text == doc.text


def test_a_date_between_paragraphs_of_a_timeline_stays() -> None:
    """The look-alike: a bare date in the middle of the copy heads a section and stays."""
    raw = (
        "How the harbour plan was decided\n"
        "The plan went through three rounds of consultation before the council took its final vote, "
        "and each round changed the design of the new piers.\n"
        "12 March 2024\n"
        "The first draft was published and residents had six weeks to comment on the height of the new "
        "sea wall and the loss of the old fish market.\n"
        "The council answered every objection in writing before the second round began.\n"
    )
    doc = clean_text(raw)
    assert "12 March 2024" in doc.text
    assert clean_text(doc.text).text == doc.text
