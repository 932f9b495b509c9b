"""Authors on pages and in copy, round 13 (issue 13): whose name a page's fields give.

- A copyright meta tag names the site's holder; on a personal site that is the writer, so a holder
  the page names nowhere else as its site rules out no author (a site name declared by og:site_name
  or by the host still does).
- A German compound that names an organisation by its last part ('Caritasverband',
  'Bundestagsfraktion', 'Sportredaktion') is no person, as the whole words of HTML-026 are not.
- A title or a profession before a name ('Rechtsanwalt', 'Rechtsanwältin Dr.', 'Notar') is no part
  of it: in author fields, in bylines and in labelled credits.

Pages are small ones written here in the styles of a personal site, an association's press page and a
legal news portal; the copy is written for these tests.
"""

from __future__ import annotations

import pytest

from cleaner import clean_text
from cleaner.html import clean_html

BODY = (
    "<p>Der Verein hat am Dienstag seine Jahresbilanz vorgestellt und dabei deutlich mehr Mitglieder "
    "gemeldet als im Vorjahr, vor allem in den Städten des Ruhrgebiets und im Rheinland.</p>"
    "<p>Die Vorsitzende sagte, man wolle das Geld vor allem in die Ausbildung von Ehrenamtlichen stecken, "
    "die in den Beratungsstellen der Region seit Jahren fehlen.</p>"
    "<p>Kritik kam von der Opposition im Landtag, die eine genauere Prüfung der Fördermittel verlangte, "
    "bevor weitere Zuschüsse aus dem Haushalt bewilligt werden.</p>"
)


def page(
    head: str, *, title: str = "Mehr Mitglieder, mehr Geld", doc_title: str | None = None, byline: str = ""
) -> str:
    return (
        f"<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>{doc_title or title}</title>{head}</head>"
        f"<body><article><h1>{title}</h1>{byline}{BODY}</article></body></html>"
    )


def authors(html: str, url: str) -> list[str]:
    return clean_html(html, url=url).metadata.authors


# ------------------------------------------------------------------ the copyright holder


@pytest.mark.parametrize(
    ("head", "url", "names"),
    [
        # a fan site: the writer is named as author and as copyright holder, the <title> names the site
        (
            "<meta name='author' content='Lotte Wellenreiter'><meta name='copyright' content='Lotte Wellenreiter'>",
            "http://www.seepferdchen-seiten.example/lexikon/?buchstabe=S",
            ["Lotte Wellenreiter"],
        ),
        # a hobby blog in English, the same fields
        (
            "<meta name='author' content='Gareth Pembroke'><meta name='copyright' content='Gareth Pembroke'>",
            "https://www.ridgelinewalks.example/2023/06/the-old-drovers-road/",
            ["Gareth Pembroke"],
        ),
    ],
)
def test_the_copyright_holder_of_a_personal_site_is_its_writer(head, url, names):
    assert authors(page(head, doc_title="Lexikon « Seepferdchen-Seiten"), url) == names


@pytest.mark.parametrize(
    "head",
    [
        # the holder is also the declared site name: the site's name, no writer
        "<meta name='author' content='Rheinblick Kurier'><meta name='copyright' content='Rheinblick Kurier'>"
        "<meta property='og:site_name' content='Rheinblick Kurier'>",
        # the holder is the host's name
        "<meta name='author' content='Tallbridge'><meta name='copyright' content='Tallbridge'>",
    ],
)
def test_a_copyright_holder_that_is_the_site_stays_no_author(head):
    assert authors(page(head), "https://www.tallbridge.example/news/2024/03/05/bilanz") == []


# ------------------------------------------------------------------ organisations in one word


@pytest.mark.parametrize(
    "name",
    [
        "Deutscher Caritasverband",  # an association's press page
        "Die Grünen Bundestagsfraktion",  # a parliamentary group
        "Bundesverband WindEnergie",
        "Westfalen Sportredaktion",  # a regional paper's desk
        "Verbraucherzentrale Hessen",
    ],
)
def test_a_german_compound_naming_an_organisation_is_no_author(name):
    head = f"<meta name='author' content='{name}'>"
    assert authors(page(head), "https://www.presseportal-beispiel.example/meldung/2024/bilanz") == []


@pytest.mark.parametrize(
    "name",
    ["Anna Vereinig", "Jonas Parteil", "Klara Gesellmann", "Max Verband"],  # look-alikes: no compound ending
)
def test_names_near_the_organisation_endings_stay_authors(name):
    head = f"<meta name='author' content='{name}'>"
    assert authors(page(head), "https://www.presseportal-beispiel.example/meldung/2024/bilanz") == [name]


# ------------------------------------------------------------------ a title before the name


@pytest.mark.parametrize(
    ("field", "names"),
    [
        ("Rechtsanwalt Dennis Albrecht", ["Dennis Albrecht"]),  # a legal portal's author field
        ("Rechtsanwältin Dr. Jana Albers", ["Jana Albers"]),
        ("Prof. Dr. Ilka Sommerfeld", ["Ilka Sommerfeld"]),
        ("Notar Klaus Brenner", ["Klaus Brenner"]),
    ],
)
def test_a_title_before_the_name_in_an_author_field_is_set_aside(field, names):
    head = f"<meta name='author' content='{field}'>"
    assert authors(page(head), "https://www.recht-aktuell.example/news/2024/kaution") == names


def test_a_title_before_the_name_in_a_byline_element_is_set_aside():
    byline = "<div class='author'>Autor: <a href='/rechtsanwalt/'>Rechtsanwalt</a> Sebastian Kranich</div>"
    assert authors(page("", byline=byline), "https://www.recht-aktuell.example/news/2024/kaution") == [
        "Sebastian Kranich"
    ]


COPY = (
    "Der Vermieter darf die Kaution nicht ohne Grund einbehalten, urteilte das Amtsgericht am Dienstag in einem "
    "viel beachteten Fall aus dem Stadtteil.\n\n"
    "Die Mieterin hatte zwei Jahre lang vergeblich auf die Rückzahlung gewartet und schließlich geklagt, nachdem "
    "alle Fristen verstrichen waren."
)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Von Rechtsanwalt Sebastian Kranich", ["Sebastian Kranich"]),
        ("Von Rechtsanwältin Dr. Jana Albers", ["Jana Albers"]),
        ("Von Notar Klaus Brenner und Rechtsanwältin Petra Lind", ["Klaus Brenner", "Petra Lind"]),
    ],
)
def test_a_title_before_the_name_in_a_printed_byline_is_set_aside(line, names):
    for text in (f"{line}\n\n{COPY}", f"{COPY}\n\n{line}"):
        doc = clean_text(text, language="de")
        assert doc.metadata.authors == names
        assert line not in doc.text


def test_a_title_before_the_name_in_labelled_credits_is_set_aside():
    doc = clean_text(f"{COPY}\n\nText: Rechtsanwältin Dr. Jana Albers | Redaktion: Tom Berger", language="de")
    assert doc.metadata.authors == ["Jana Albers"]
    assert doc.metadata.credits is not None
    assert doc.metadata.credits.writing == ["Jana Albers"]
    assert doc.metadata.credits.editing == ["Tom Berger"]


def test_a_profession_in_a_sentence_is_kept_as_copy():
    line = "Rechtsanwalt Sebastian Kranich rät Mieterinnen, alle Belege über die Kaution sorgfältig aufzubewahren."
    doc = clean_text(f"{COPY}\n\n{line}", language="de")
    assert line in doc.text


# ------------------------------------------------------------------ a byline element's furniture

NEWS_URL = "https://www.harbourherald.example/news/2024/03/05/council-votes-to-keep-the-ferry"


def news_page(byline: str) -> str:
    return (
        "<!DOCTYPE html><html lang='en'><head><title>Council votes to keep the ferry | Harbour Herald</title>"
        "<meta property='og:site_name' content='Harbour Herald'></head><body><article>"
        f"<h1>Council votes to keep the ferry</h1>{byline}{BODY}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # a magazine's credit line: the photographer is no author
        ("<div class='byline'>Words by Molly Ward. Photography by Marcus Theil</div>", ["Molly Ward"]),
        ("<div class='byline'>Text: Molly Ward, Fotos: Marcus Theil</div>", ["Molly Ward"]),
        ("<p class='byline'>Story by Molly Ward | Photos by Marcus Theil</p>", ["Molly Ward"]),
        # where the writer filed from (Guardian, Daily Mail)
        ("<p class='byline'>Molly Ward in Brussels</p>", ["Molly Ward"]),
        ("<p class='byline'>By Molly Ward In Washington</p>", ["Molly Ward"]),
        # the site's name in the next span, no space between them in the element's text
        ("<div class='byline'><span>Molly Ward</span><span>Harbour Herald</span></div>", ["Molly Ward"]),
        # one job title after the name (Forbes' 'Contributor', a German 'Korrespondentin')
        ("<div class='byline'>Molly Ward Contributor</div>", ["Molly Ward"]),
        ("<div class='byline'>Von Hanna Berger Korrespondentin</div>", ["Hanna Berger"]),
    ],
)
def test_a_byline_element_keeps_the_writers_names_only(byline, names):
    assert authors(news_page(byline), NEWS_URL) == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("<p class='byline'>By Kim In Ho</p>", ["Kim In Ho"]),  # a Korean given name, no place
        ("<p class='byline'>By Molly Ward and Marcus Theil</p>", ["Molly Ward", "Marcus Theil"]),
    ],
)
def test_names_like_the_furniture_stay_whole(byline, names):
    assert authors(news_page(byline), NEWS_URL) == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # one person for words and pictures: the credit names the writer
        ("<div class='byline'>Text und Fotos: Hanna Berger</div>", ["Hanna Berger"]),
        ("<div class='byline'>Words and pictures by Molly Ward</div>", ["Molly Ward"]),
    ],
)
def test_a_writer_who_took_the_pictures_too_stays_the_author(byline, names):
    assert authors(news_page(byline), NEWS_URL) == names


# ------------------------------------------------------------------ a bare name's capitals (BYLINE-010)

SPORT = (
    "Die Weltmeisterschaften in Fukuoka waren ursprünglich für den Mai geplant. Nach eingehender Beratung mit "
    "den Organisatoren hat der Weltverband nun einen neuen Termin im kommenden Sommer festgelegt.\n\n"
    "Die Entscheidung sei im Interesse aller Beteiligten getroffen worden, hieß es in einer Mitteilung des "
    "Verbandes, die am Freitagabend veröffentlicht wurde."
)


@pytest.mark.parametrize(
    "headline",
    [
        "FINA Weltmeisterschaften VERSCHOBEN",  # a federation's news page: acronym, words, a shouted word
        "NASA Mission UPDATE",
        "UEFA Finale ABGESAGT",
    ],
)
def test_a_headline_with_capitals_on_both_sides_is_no_bare_byline(headline):
    doc = clean_text(f"Verbandsnachrichten\n\n{headline}\n\n{SPORT}", language="de")
    assert doc.metadata.authors == []
    assert doc.metadata.title == headline


@pytest.mark.parametrize(
    "name",
    ["Jean DUPONT", "Jean-Claude VAN DAMME", "J. Robert OPPENHEIMER", "Anne-Marie LEROY"],  # a surname in capitals
)
def test_a_bare_name_with_its_surname_in_capitals_stays_a_byline(name):
    doc = clean_text(f"Le conseil garde le bac\n\n{name}\n\n{SPORT}", language="de")
    assert doc.metadata.authors == [name]


# ------------------------------------------------------------------ more of the article's own fields


def test_json_ld_creator_names_the_writer_where_no_author_is_given():
    import json

    block = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Council votes to keep the ferry",
            "creator": {"@type": "Person", "name": "Molly Ward"},
        }
    )
    head = f"<script type='application/ld+json'>{block}</script>"
    html = news_page("").replace("</head>", head + "</head>")
    assert authors(html, NEWS_URL) == ["Molly Ward"]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # the stamp run on after the name, in the outlet's language
        ("<p class='byline'>Par Jeanne Dupont Publié le 5 mars 2024 à 10h00</p>", ["Jeanne Dupont"]),
        ("<p class='byline'>Par Jeanne Dupont, mis à jour le 6 mars</p>", ["Jeanne Dupont"]),
        ("<p class='byline'>Por Ana Ruiz Actualizado el 5 de marzo</p>", ["Ana Ruiz"]),
        ("<p class='byline'>di Marco Rossi Pubblicato il 5 marzo</p>", ["Marco Rossi"]),
        ("<p class='byline'>door Jan Visser Gepubliceerd op 5 maart</p>", ["Jan Visser"]),
        # writers parted by a slash with spaces, after the lead-in (La Prensa Gráfica, El Universal)
        (
            "<p class='byline'><span>Por</span> <span>Laura Ortiz / Javier Campos</span></p>",
            ["Laura Ortiz", "Javier Campos"],
        ),
        ("<p class='byline'>Por Ana Ruiz / Redacción</p>", ["Ana Ruiz"]),
    ],
)
def test_bylines_in_other_languages_keep_the_names_only(byline, names):
    assert authors(news_page(byline), NEWS_URL) == names


@pytest.mark.parametrize(
    "byline",
    [
        "<p class='byline'>EFE/ Laura Ortiz</p>",  # a picture credit: agency, slash, photographer
        "<p class='byline'>Laura Ortiz / EFE</p>",  # no lead-in: a credit's form
    ],
)
def test_a_slash_credit_without_a_lead_in_is_no_byline(byline):
    assert authors(news_page(byline), NEWS_URL) == []
