"""Body kept, 2026-12-06 (twenty-second session, issue 12): a match report's closing box (the officials,
the next round's fixtures, the scorers' table) is the report's own data, not a module of other
stories' headlines; a standfirst whose sentence keeps its auxiliaries ('are to be increased', 'ist …
bestätigt worden') is no second headline. Copy written for the test in the styles of Costa Rican,
British, German and American desks (not taken from any data set); the look-alikes are modules of
headlines, and deks in headlinese, that still go. A lone crosshead in capitals of seven or eight
words between paragraphs is the story's own, not an inline link to another story."""

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


# a standfirst under the headline, in the voice of a British evening paper, a German federation's news
# page and an American regional daily: a sentence whose period was lost, with its auxiliaries
_STANDFIRSTS = [
    (
        "Spain and two Greek islands added to UK quarantine list",
        "Fines for travellers who refuse to self-isolate are to be increased to a maximum of £10,000 for "
        "repeat offenders",
        "Travellers arriving in the UK from those places after 4am on Saturday must self-isolate for 14 days, "
        "the Transport Secretary said on Thursday evening.",
    ),
    (
        "Weltverband verschiebt die Schwimm-WM um ein Jahr",
        "Was seit Wochen vermutet wurde, ist vom Weltverband nun offiziell bestätigt worden",
        "Die Pandemie hat weiter massiven Einfluss auf die Durchführung internationaler Wettkämpfe und führt "
        "auch im Schwimmsport erneut zu Verschiebungen der großen Meisterschaften.",
    ),
    (
        "County approves new budget after marathon session",
        "The spending plan, which has been debated since March, adds 40 deputies and trims the library's hours",
        "Commissioners voted 4-1 late Tuesday to adopt the county's $1.2 billion budget after a meeting that "
        "stretched past midnight and drew dozens of speakers.",
    ),
]


@pytest.mark.parametrize(("title", "standfirst", "lead"), _STANDFIRSTS)
def test_a_standfirst_with_its_auxiliaries_stays_under_the_headline(title: str, standfirst: str, lead: str) -> None:
    # headlinese drops the auxiliaries ('Fines to be increased'); a line that keeps them ('are to be
    # increased', 'ist … bestätigt worden', 'has been debated') is the standfirst's sentence, which
    # trafilatura-eval's gold keeps as text; HEADLINE-004 lifted it as the subtitle
    doc = _clean([title, standfirst, lead])
    assert doc.metadata.title == title
    assert standfirst in doc.text and lead in doc.text
    assert doc.metadata.subtitle is None
    assert clean_text(doc.text).text == doc.text  # cleaning the clean text again lifts nothing


@pytest.mark.parametrize(("title", "standfirst", "lead"), _STANDFIRSTS)
def test_a_standfirst_that_opens_the_dump_is_no_title(title: str, standfirst: str, lead: str) -> None:
    # the extractor dropped the headline (readability): the standfirst opens the text and stays
    doc = _clean([standfirst, lead, "Share this article"])
    assert standfirst in doc.text
    assert doc.metadata.title is None


@pytest.mark.parametrize(
    ("title", "dek"),
    [
        ("Spain and two Greek islands added to UK quarantine list", "Fines to be doubled for repeat offenders"),
        ("Why The Harbour Wall Has Been Left To Crumble For A Decade", "The council blames the storms"),
        ("Schwimm-WM verschoben", "Weltverband bestätigt neue Termine für Fukuoka und Doha"),
    ],
)
def test_headlines_and_deks_in_headlinese_are_still_lifted(title: str, dek: str) -> None:
    # look-alikes: a dek without its auxiliaries is a second headline; a headline in title case may
    # hold 'Has Been'; both go to the sidecar as before
    lead = _STANDFIRSTS[0][2]
    doc = _clean([title, dek, lead, "Share this article"])
    assert doc.metadata.title == title
    assert doc.metadata.subtitle == dek
    assert title not in doc.text and dek not in doc.text


_STORY = [
    "El presidente recorrió este sábado la región de Coquimbo, a 460 kilómetros al norte de la capital, en "
    "una gira de dos días en la que se reunió con comerciantes, estudiantes y dirigentes vecinales.",
    "Durante la visita, el mandatario insistió en que su gobierno mantendrá el contacto directo con la "
    "ciudadanía pese a las críticas de la oposición por el ritmo de las reformas anunciadas en marzo.",
    "Desde su gabinete aseguran que el objetivo es mantener el pulso de la calle y explicar en terreno los "
    "cambios que el Ejecutivo presentará al Congreso durante las próximas semanas de sesiones.",
]


@pytest.mark.parametrize(
    "crosshead",
    ["NO PERDER EL PULSO DE LA CALLE", "LOS NEXOS DEL EXPRESIDENTE CON EL NARCOTRÁFICO",
     "WHAT THE COUNCIL DID NOT SAY IN MAY"],
)  # fmt: skip
def test_a_lone_crosshead_in_capitals_between_paragraphs_stays(crosshead: str) -> None:
    # Latin American papers set their crossheads in capitals, seven or eight words; RELATED-012 took a
    # lone one as an inline link to another story
    doc = _clean([_STORY[0], _STORY[1], crosshead, _STORY[2]])
    assert crosshead in doc.text
    for paragraph in _STORY:
        assert paragraph in doc.text


def test_inline_links_in_capitals_still_go_when_there_are_several() -> None:
    # look-alike: Fox News sets its links to other stories in capitals, several to a story, and a
    # short one goes with the others
    links = ["SINGER ELIMINATED FROM 'DANCING WITH THE STARS'", "HOST OPENS UP ABOUT HER SERIOUS HEALTH CONDITION"]
    closing = _STANDFIRSTS[2][2] + " The largest union welcomed the vote."
    doc = _clean([_PROSE["en"][0], links[0], _PROSE["en"][1], links[1], closing])
    for link in links:
        assert link not in doc.text
    for paragraph in (*_PROSE["en"], closing):
        assert paragraph in doc.text


@pytest.mark.parametrize(
    "lead",
    [
        "In her new book, the historian sets out to answer a simple question: why did the harbour town empty so fast?",
        "Pese a las amenazas, el gobierno pagó la pensión a 60 mil jubilados, a la vez que ayer depositó las "
        "pensiones alimenticias",
    ],
)
def test_a_long_sentence_case_first_line_is_a_lead_not_a_title(lead: str) -> None:
    # the extractor dropped the headline: a first line of 21 or 22 words in sentence case whose clauses
    # a comma sets apart is the review's lead or the standfirst, which HEADLINE-001 lifted as the title
    rest = [
        "Which is to say, the question is less about the town than about the families who left it, and about "
        "the ones who stayed behind to keep the boats and the school going through the hard winters.",
        "Share this article",
    ]
    doc = _clean([lead, *rest])
    assert lead in doc.text
    assert doc.metadata.title is None


@pytest.mark.parametrize(
    "title",
    [
        "El Gobierno anuncia que la línea F del subte comenzará a construirse en 2024 tras veinte años de demoras",
        "El jefe de Gobierno porteño anunció que la línea F del subte comenzará a construirse en 2024 tras veinte "
        "años de demoras",
    ],
)
def test_a_long_headline_in_sentence_case_is_still_the_title(title: str) -> None:
    # look-alike: Latin American papers print headlines of twenty words and more in sentence case, which
    # run on without a comma
    lead = (
        "El jefe de Gobierno porteño confirmó este lunes que la obra, prometida desde 2001, contará con "
        "financiamiento internacional y que las primeras estaciones estarán listas dentro de cuatro años."
    )
    doc = _clean([title, lead, "Compartir en Facebook"])
    assert doc.metadata.title == title
    assert title not in doc.text and lead in doc.text
