"""Metadata on real copy (issue 13, second round): the writer's name under the standfirst
(BYLINE-012) in several outlets' styles, and the subheads, profile subjects and speakers shaped like
names that must stay copy."""

from __future__ import annotations

import pytest

import cleaner

from .helpers import BODY, LEAD
from .test_real_meta import DE, ES, TITLE, _doc

DEK = (
    "The crossing has carried commuters for ninety years. Engineers say it can no longer bear the weight "
    "of the morning traffic, and the council has run out of ways to pay for its repair."
)
DE_TITLE = "Die alte Brücke wird geschlossen"
DE_DEK = (
    "Seit neunzig Jahren tragen die Pfeiler den Pendlerverkehr. Nun sagen die Ingenieure, dass sie dem "
    "morgendlichen Verkehr nicht mehr standhalten, und der Stadt fehlt das Geld für eine Sanierung."
)
ES_DEK = (
    "El puente lleva noventa años sosteniendo el tránsito de la mañana. Los ingenieros advierten que ya no "
    "resiste el peso y la intendencia no tiene fondos para repararlo este año."
)


@pytest.mark.parametrize(
    ("lines", "line", "names"),
    [
        # a British daily: headline, standfirst, the writer, the copy
        ([TITLE, DEK, "Hannah Whitcombe", LEAD, *BODY], "Hannah Whitcombe", ["Hannah Whitcombe"]),
        # a Swiss paper: each writer with the city they filed from
        (
            [DE_TITLE, DE_DEK, "Lukas Brandner, Zürich, Petra Vogt", *DE],
            "Lukas Brandner, Zürich, Petra Vogt",
            ["Lukas Brandner", "Petra Vogt"],
        ),
        # a kicker, the headline, the standfirst, two writers
        (
            ["Verkehr", DE_TITLE, DE_DEK, "Jonas Albrecht und Mira Seidel", *DE],
            "Jonas Albrecht",
            ["Jonas Albrecht", "Mira Seidel"],
        ),
        # an Argentine daily as a reader view dumps it: no headline, the dek, the writer, the date
        ([ES_DEK, "Mariela Quiroga", "martes, 3 de mayo de 2022", *ES], "Mariela Quiroga", ["Mariela Quiroga"]),
        # a US regional: the writer's job title on the line under the name goes with it
        ([TITLE, DEK, "Tom Hadley", "Staff Writer", LEAD, *BODY], "Staff Writer", ["Tom Hadley"]),
    ],
)
def test_name_under_the_standfirst_is_the_byline(lines, line, names):
    doc = _doc(lines)
    assert doc.metadata.authors == names
    assert line not in doc.text
    for para in lines[-2:]:
        assert para in doc.text


@pytest.mark.parametrize(
    "lines",
    [
        # a profile: the copy goes on to speak of her
        [
            TITLE,
            DEK,
            "Miriam Okafor",
            "Okafor has run the ferry service since 2011, and she says the town will cope "
            "with the closure as it coped with the floods.",
            *BODY,
        ],
        # a German subhead under the first paragraph: its words are the copy's words
        [
            DE_TITLE,
            DE_DEK,
            "Hohe Kosten",
            "Die Sanierung würde hohe Summen verschlingen, die der Haushalt nicht "
            "hergibt, sagte der Kämmerer am Dienstag vor dem Ausschuss.",
            *DE,
        ],
        # an English subhead in title case over the copy
        [
            TITLE,
            DEK,
            "Rising Costs",
            "The repair bill has kept rising since the last survey, and costs are now "
            "twice what the council set aside in the spring budget.",
            *BODY,
        ],
        # no headline: the first paragraph of copy, then a heading over more copy (no date under it)
        [DEK, "Greta Lindqvist", LEAD, *BODY],
        # subheads shaped like names all through the copy: the one under the dek is one of them
        [TITLE, DEK, "Eastern Approach", LEAD, "Western Approach", *BODY],
    ],
)
def test_name_shaped_lines_under_the_standfirst_stay_copy(lines):
    doc = _doc(lines)
    assert doc.metadata.authors == []
    assert lines[2] in doc.text


# ---------------------------------------------------------------- German author bios (CREDITS-015)


@pytest.mark.parametrize(
    ("bio", "after", "name"),
    [
        # a regional daily: a label, the writer's age in brackets
        (
            "Über den Autor: Dr. Felix Marquardt (52) ist Historiker und schreibt für das Feuilleton.",
            [],
            "Felix Marquardt",
        ),
        # a think tank's blog: 'Autor*in:' and two titles before the name
        (
            "Autor*in: Prof. Dr. Ilka Sommerfeld ist seit 2018 Leiterin des Instituts für Verkehrsplanung in Kassel.",
            [],
            "Ilka Sommerfeld",
        ),
        # a magazine: no label, a newsroom role in the sentence, a contact line under it
        (
            "Timo Reuter arbeitet seit 2019 als Redakteur im Ressort Sport und berichtet vor allem über Handball.",
            ["E-Mail: t.reuter@example.de"],
            "Timo Reuter",
        ),
        # a company blog: no label, no role, but a link to the writer's other posts under it
        (
            "Jana Hillmer ist seit März 2021 Werkstudentin im Newsroom und studiert Medienwissenschaft in Mainz.",
            ["Weitere Artikel von Jana Hillmer", "Alle Autoren"],
            "Jana Hillmer",
        ),
    ],
)
def test_german_author_bio_names_the_writer(bio, after, name):
    doc = cleaner.clean_text("\n\n".join([DE_TITLE, *DE, bio, *after]) + "\n", language="de")
    assert doc.metadata.authors == [name]
    assert name in doc.metadata.credits.other["bio"]
    assert bio not in doc.text
    for para in DE:
        assert para in doc.text


@pytest.mark.parametrize(
    "last",
    [
        # the story's own last paragraph about its subject: no label, no newsroom role, no link
        "Anna Weber ist seit 2015 Bürgermeisterin der Gemeinde und will im Herbst erneut kandidieren.",
        # a writer of books the story spoke of: its subject, not its writer
        "Klaus Berger ist seit 2010 Autor mehrerer Bücher über die Geschichte der Brücken am Fluss.",
        # an unnamed writer's bio: no name to give
        "Der Autor ist Professor an der Universität Bonn und berät den Landtag in Fragen des Verkehrs.",
    ],
)
def test_german_last_paragraph_about_someone_is_not_a_bio(last):
    story = DE[0].replace("Der Stadtrat", "Der Stadtrat um Klaus Berger")
    doc = cleaner.clean_text("\n\n".join([DE_TITLE, story, DE[1], last]) + "\n", language="de")
    assert doc.metadata.authors == []
    assert last in doc.text


# ---------------------------------------------------------------- contact lines with a follow-us tail


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # a science site: the writer's address and handle, then the site's own follow-us
        (
            "Email Nadia Ferreira at nferreira@example.com or follow her @nadiaferr. Follow us on Twitter "
            "@ExampleScience and on Facebook.",
            "Nadia Ferreira",
        ),
        # a tech site: the same contact line with a newsletter call after it
        (
            "Email Owen Blakely at oblakely@example.com or follow him @owenblakely. Sign up for our "
            "newsletter to get the week's launches.",
            "Owen Blakely",
        ),
    ],
)
def test_contact_line_with_a_call_to_follow_names_the_writer(line, name):
    doc = _doc([TITLE, LEAD, *BODY, line])
    assert doc.metadata.authors == [name]
    assert name in doc.metadata.credits.other["contact"]
    assert "Email" not in doc.text
    assert doc.text.rstrip().endswith(BODY[-1])


def test_follow_us_line_without_a_person_is_still_a_prompt():
    line = "Email us at tips@example.com or follow us @ExampleNews. Follow us on Twitter and on Facebook."
    doc = _doc([TITLE, LEAD, *BODY, line])
    assert doc.metadata.authors == []
    assert line not in doc.text
    assert any(r.rule.startswith("PROMPT-") for r in doc.removed if "tips@example.com" in r.text)


# ---------------------------------------------------------------- a two-word title over its copy


RUST = [
    "There are many ways to make a Rust build faster, from splitting crates to caching artefacts between "
    "runs, and most of them cost nothing but an afternoon of reading the compiler's timing report.",
    "Incremental builds are where the time goes on a laptop: the compiler rebuilds whatever a change "
    "touches, and a crate that everything depends on is rebuilt on almost every edit.",
]


@pytest.mark.parametrize(
    ("head", "copy"),
    [
        ("Faster Rust", RUST),  # a developer's blog: the title's words are the copy's
        ("Kompost Anleitung", [DE[0].replace("Der Stadtrat", "Die Anleitung zum Kompost"), DE[1]]),
    ],
)
def test_name_shaped_title_over_copy_that_uses_its_words_is_the_title(head, copy):
    doc = _doc([head, *copy])
    assert doc.metadata.authors == []
    assert doc.metadata.title == head


def test_bare_name_over_copy_that_never_names_it_stays_the_byline():
    doc = _doc(["Hannah Whitcombe", *RUST])
    assert doc.metadata.authors == ["Hannah Whitcombe"]
    assert doc.metadata.title is None


# ---------------------------------------------------------------- a signature over two lines (BYLINE-013)


@pytest.mark.parametrize(
    ("tail", "names"),
    [
        # a car magazine's German edition: the writer, then the translator
        (["Von:", "Jakob Wendland", "Übersetzt von:", "Ole Brandt"], ["Jakob Wendland"]),
        # a law firm's news page: the label, and the writer with a professional title
        (["Autor:", "Rechtsanwältin Mareike Lenz"], ["Mareike Lenz"]),
        # an English newsletter archive
        (["By", "Callum Ashworth"], ["Callum Ashworth"]),
    ],
)
def test_signature_over_two_lines_names_the_writer(tail, names):
    doc = cleaner.clean_text("\n\n".join([DE_TITLE, *DE, *tail]) + "\n")
    assert doc.metadata.authors == names
    assert tail[1] not in doc.text
    for para in DE:
        assert para in doc.text


@pytest.mark.parametrize(
    "tail",
    [
        # a timetable form under a story about the station: a place, not a writer
        ["Von:", "Bremen Hauptbahnhof", "Nach:", "Oldenburg"],
        # a label over a paragraph of copy is a heading of the copy, not a signature
        ["Von:", "Greta Lindqvist", DE[0].replace("Der Stadtrat", "Der Gemeinderat")],
    ],
)
def test_label_and_line_that_are_no_signature_stay(tail):
    story = [DE[0].replace("Der Stadtrat", "Der Stadtrat in Bremen"), DE[1]]
    doc = cleaner.clean_text("\n\n".join([DE_TITLE, *story, *tail]) + "\n")
    assert doc.metadata.authors == []
    assert tail[1] in doc.text


# ---------------------------------------------------------------- headline shapes (HEADLINE-001, -005)


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        # a statement and a short question put to the reader
        (
            ["Vier-Tage-Woche in Belgien. Was heißt das für uns?", *DE],
            "Vier-Tage-Woche in Belgien. Was heißt das für uns?",
        ),
        # the question first, then how-to
        (
            ["Heating on or off? How to save while you are away", LEAD, *BODY],
            "Heating on or off? How to save while you are away",
        ),
        # the story's points as a list under the headline
        (
            [
                "Council votes to close the old bridge",
                "- The crossing will shut to cars from March.",
                "- Buses will be rerouted over the ring road bridge.",
                "- A repair would cost more than the council can borrow.",
                LEAD,
                *BODY,
            ],
            "Council votes to close the old bridge",
        ),
        # a press office's tags under the headline, then a note, then the copy
        (
            [DE_TITLE, "- Pressemitteilung", "- Verkehr", "- Stadtentwicklung", "Termin am 12. März", *DE],
            DE_TITLE,
        ),
        # the site's name and the section over the headline
        (["Stadtblatt", "Verkehr", DE_TITLE, *DE], DE_TITLE),
    ],
)
def test_headline_forms_are_the_title(lines, title):
    doc = _doc(lines)
    assert doc.metadata.title == title
    assert doc.metadata.authors == []
    for para in lines[-2:]:
        assert para in doc.text


@pytest.mark.parametrize(
    "lines",
    [
        # a subhead over a list of console codes, in the middle of a guide: no headline over a list of codes
        [
            "Mehr Tempo mit Konsolenbefehlen",
            "- player.setav speedmult 150",
            "- player.setav stamina 400",
            "- player.setav health 300",
            *DE,
        ],
        # a poll's teaser of two long sentences is prose, not a headline
        [
            "In vielen Städten zählen Kameras inzwischen jeden Radfahrer, der an einer Kreuzung vorbeifährt, "
            "um die Ampeln besser zu schalten. Wie finden Sie das?",
            *DE,
        ],
    ],
)
def test_list_under_a_subhead_and_a_long_teaser_are_not_titles(lines):
    doc = _doc(lines)
    assert doc.metadata.title is None
    assert lines[0] in doc.text


def test_names_under_the_standfirst_with_their_date_glued_and_a_caption_under_them():
    # a Swiss daily as a reader view dumps it: writers, places and the date on one line, then the
    # lead picture's caption, then the copy
    lines = [
        DE_TITLE,
        DE_DEK,
        "Lukas Brandner, Zürich, Petra Vogt 19.10.2023, 23:38 Uhr",
        "Pendler warten am Morgen vor der gesperrten Brücke. (Bild: Anna Keller / Keystone)",
        *DE,
    ]
    doc = _doc(lines)
    assert doc.metadata.authors == ["Lukas Brandner", "Petra Vogt"]
    assert "Lukas Brandner" not in doc.text


@pytest.mark.parametrize("tag", ["Diakonisches Profil", "Politische Bildung", "Städtische Kliniken"])
def test_adjective_headed_tags_in_the_opening_are_no_byline(tag):
    lines = [DE_TITLE, "10. November 2023", "Pressemitteilung", "Gesundheit und Pflege", tag, "Termin am 12. März", *DE]
    doc = _doc(lines)
    assert doc.metadata.authors == []  # (the tags may go as subtitles under the title: they are no copy)


def test_back_link_is_never_a_title_or_subtitle():
    doc = _doc(["Historischer Markt", "« Zurück zu den Veranstaltungen", *DE, "Teilen auf Facebook"])
    assert doc.metadata.subtitle is None
    assert doc.metadata.title != "« Zurück zu den Veranstaltungen"


def test_bio_under_a_label_line_of_its_own():
    # a guest post: 'Über die Autorin:' alone, then her bio with her age, and a second paragraph
    bio = "Katrin Vollmer (41) ist Beraterin für Gründerinnen und Moderatorin in Köln."
    doc = cleaner.clean_text("\n\n".join([DE_TITLE, *DE, "Über die Autorin:", bio]) + "\n", language="de")
    assert doc.metadata.authors == ["Katrin Vollmer"]
    assert bio not in doc.text and "Über die Autorin" not in doc.text


def test_name_under_the_first_paragraph_with_a_role_line_under_it():
    # a Sunday paper as a reader view dumps it: the dek, the writer, the writer's role, the copy
    lines = [DE_DEK, "Jonas Albrecht", "Redakteur im Ressort Wirtschaft der Sonntagsausgabe.", *DE]
    doc = _doc(lines)
    assert doc.metadata.authors == ["Jonas Albrecht"]
    assert "Redakteur im Ressort" not in doc.text
    for para in DE:
        assert para in doc.text


@pytest.mark.parametrize(
    "first",
    [
        "330 Bewertungen",  # a review count over a recipe
        "12 Kommentare",
        "von kalle77 am 26/10/13, 03:48 pm",  # a forum post's user name and date
        "31.01.2016 Hardware",
    ],
)
def test_page_furniture_on_top_is_never_the_title(first):
    doc = _doc([first, *DE, "Teilen auf Facebook"])
    assert doc.metadata.title != first


@pytest.mark.parametrize(
    ("place_date", "title"),
    [
        ("Bonn, 11.10.2023", "Frauen im Katastrophenschutz: gestern, heute, morgen"),  # a federal agency's release
        ("Hamburg, 2. November 2023", DE_TITLE),
    ],
)
def test_press_release_place_and_date_over_the_headline(place_date, title):
    doc = _doc([place_date, title, *DE])
    assert doc.metadata.title == title
    assert title not in doc.text
    again = cleaner.clean_text(doc.text)
    assert again.text == doc.text  # the place and date stay, and a second cleaning finds no title


@pytest.mark.parametrize("line", ["Am Stadtweiher", "Zum Video", "Im Gespräch"])
def test_preposition_led_lines_are_no_byline(line):
    doc = _doc([DE_TITLE, line, *DE])
    assert doc.metadata.authors == []


def test_headline_under_a_section_trail_printed_as_a_list():
    # a regional association's press page: the trail as list lines, the headline, the copy
    lines = ["- Startseite ›", "- Presse ›", "- Pressemitteilungen", DE_TITLE, *DE]
    doc = _doc(lines)
    assert doc.metadata.title == DE_TITLE
    assert cleaner.clean_text(doc.text).text == doc.text


@pytest.mark.parametrize("first", ["- Artikel-Informationen", "· Filed under personal", "- Details"])
def test_a_list_line_is_never_the_title(first):
    doc = _doc([first, *DE, "Teilen auf Facebook"])
    assert doc.metadata.title != first
    assert first in doc.text


@pytest.mark.parametrize(
    ("kicker", "headline"),
    [
        ("Deutschland", "Anzahl zugelassener Parteien"),  # a data desk: the country over a three-word headline
        ("Gartenpraxis", "Wurmkiste selber bauen"),  # a DIY magazine's rubric
    ],
)
def test_one_word_kicker_over_a_three_word_headline(kicker, headline):
    doc = _doc([kicker, headline, *DE])
    assert doc.metadata.title == headline
    assert kicker not in doc.text


def test_headline_broken_in_two_is_no_kicker_and_headline():
    doc = _doc(["Alameda County DA", "is coddling criminals", LEAD, *BODY])
    assert doc.metadata.title != "is coddling criminals"


def test_headline_over_points_in_a_headline_style():
    # a parliamentary group's interview page: three points without full stops under the headline
    lines = [
        "Wasserstoff als dritte Säule der Energiewende",
        "- Die Fraktionssprecherin über das Potenzial der Technologie",
        "- Speicherung und Transport als wesentliche Vorteile",
        "- Deutschland will beim Ausbau vorne liegen",
        *DE,
    ]
    doc = _doc(lines)
    assert doc.metadata.title == lines[0]
    assert lines[1] in doc.text
