"""Body kept, 2026-12-06 (twenty-second session, issue 12): a match report's closing box (the officials,
the next round's fixtures, the scorers' table) is the report's own data, not a module of other
stories' headlines. Copy written for the test in the styles of Costa Rican, British and German sports
desks (not taken from any data set); the look-alikes are modules of headlines that still go."""

from __future__ import annotations

import pytest

from cleaner import clean_text


def _clean(lines: list[str]):
    return clean_text("\n\n".join(lines) + "\n")


_PROSE = {
    "es": [
        "Alajuelense se impuso 3-1 a Pérez Zeledón en el estadio Alejandro Morera Soto y amplió a cinco puntos "
        "su ventaja en el liderato del torneo de Clausura, a falta de siete jornadas para el final.",
        "El técnico manudo destacó la respuesta de su equipo tras el gol del rival y aseguró que el grupo "
        "llega en su mejor momento a la recta final del campeonato, con toda la plantilla disponible.",
    ],
    "en": [
        "Brentford came from behind to beat Fulham 2-1 at the Gtech Community Stadium on Saturday, with Ivan "
        "Toney's late header lifting Thomas Frank's side into the top half of the table.",
        "Frank praised his players' patience after a difficult first half and said the win would give them "
        "confidence before a demanding run of fixtures in the weeks ahead of the international break.",
    ],
    "de": [
        "Der SC Freiburg hat am Samstag mit 2:1 gegen den VfL Wolfsburg gewonnen und damit den Sprung auf "
        "einen Europapokalplatz geschafft, nachdem die Gäste lange mit einem Tor in Führung gelegen hatten.",
        "Trainer Christian Streich lobte die Moral seiner Mannschaft und sprach von einem verdienten Sieg, "
        "der nach den Rückschlägen der vergangenen Wochen besonders wichtig für das Selbstvertrauen sei.",
    ],
}

# the box under the report: officials as labelled values, the next round's fixtures, the scorers' table
_BOX = {
    "es": [
        "Estadio Alejandro Morera Soto",
        "Árbitro central: Josué Ugalde",
        "Asistentes: Carlos Fernández y Jeriel Valverde",
        "Cuarto árbitro: Pedro Navarro",
        "PRÓXIMA FECHA (Jornada 16)",
        "Sábado 23 de abril del 2022",
        "Pérez Zeledón vs Guanacasteca (5 pm) - Estadio Municipal",
        "Santos vs Saprissa (7 pm) - Estadio Ebal Rodríguez",
        "Herediano vs San Carlos (8 pm) - Estadio Rosabal Cordero",
        "GOLEADORES",
        "Marcel Hernández (Cartaginés) 7",
        "Randall Azofeifa (Sporting FC) 6",
        "Freddy Góndola (Alajuelense) 6",
    ],
    "en": [
        "Match facts",
        "Referee: Simon Hooper",
        "Assistants: Stuart Burt and Harry Lennard",
        "Attendance: 17,104",
        "Next fixtures",
        "Arsenal v Chelsea (Sat 12.30)",
        "Brentford v Everton (Sat 15.00)",
        "Fulham v Wolves (Sun 14.00)",
        "Top scorers",
        "Erling Haaland (Man City) 18",
        "Mohamed Salah (Liverpool) 14",
        "Ollie Watkins (Aston Villa) 12",
    ],
    "de": [
        "Europa-Park Stadion",
        "Schiedsrichter: Felix Zwayer",
        "Zuschauer: 34.700",
        "Gelbe Karten: Eggestein, Günter",
        "Der nächste Spieltag",
        "Freitag, 12. April 2024",
        "Bayern gegen Köln (20.30 Uhr)",
        "Samstag, 13. April 2024",
        "Freiburg gegen Bremen (15.30 Uhr)",
        "Torjäger",
        "Harry Kane (Bayern) 31",
        "Serhou Guirassy (Stuttgart) 25",
        "Loïs Openda (Leipzig) 21",
    ],
}


@pytest.mark.parametrize("language", ["es", "en", "de"])
def test_a_match_reports_closing_box_stays(language: str) -> None:
    # a referee's line, a fixture with its kick-off time and a scorer with his club and goals are the
    # report's own data; RELATED-010 took the box from the venue's line down as another module's headlines
    doc = _clean([*_PROSE[language], *_BOX[language]])
    for paragraph in _PROSE[language]:
        assert paragraph in doc.text
    for line in _BOX[language][1:]:
        if not any(r.text == line and r.rule.startswith("TIMESTAMP-") for r in doc.removed):
            assert line in doc.text  # a day's date over its fixtures is the timestamp pass's to judge
    assert not any(r.rule == "RELATED-010" for r in doc.removed)


_MODULES = {
    "en": [
        "Elsewhere on the site",
        "Brentford's promotion dream fades after late collapse at home",
        "Why the club's new stadium could change the whole neighbourhood",
        "Supporters trust calls for answers over season ticket prices",
        "Frank admits his squad needs reinforcements before the deadline",
    ],
    "es": [
        "Otras noticias",
        "Saprissa anuncia la salida de su director deportivo tras la derrota",
        "La Sele convoca a tres legionarios para el amistoso ante Panamá",
        "Video: La afición celebra el título en el centro de San José",
        "Clip: Así fue el gol que definió el clásico nacional",
    ],
}


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_module_of_headlines_under_the_report_still_goes(language: str) -> None:
    # look-alike: other stories' headlines, some with a kicker and a colon, are no fact sheet: a
    # labelled line counts as data only when its value is names or figures
    doc = _clean([*_PROSE[language], *_MODULES[language]])
    for paragraph in _PROSE[language]:
        assert paragraph in doc.text
    for line in _MODULES[language][1:]:
        assert line not in doc.text


def test_a_tail_of_labelled_video_teasers_still_goes() -> None:
    # 'Clip: China celebrates Riesling': a kicker's label over a clause with a verb in lower case is a
    # teaser, not a fact sheet's value; the headless tail of such teasers still goes (RELATED-013)
    lines = [
        *_PROSE["de"],
        "Video: Winzer Feiern Den Geburtstag In Shanghai",
        "Kurzer Clip: China celebrates Riesling",
        "FB-Video: Team Moskau backt Riesling-Geburtstagstorte",
        "Wines of Germany Weltweit",
    ]
    doc = _clean(lines)
    assert "Kurzer Clip: China celebrates Riesling" not in doc.text
    assert "FB-Video: Team Moskau backt Riesling-Geburtstagstorte" not in doc.text
