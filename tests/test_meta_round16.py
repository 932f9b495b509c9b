"""Metadata on real copy, round 16 (issue 13): bylines in the forms text dumps leave them.

Each class is written here in several outlets' styles (copy made up for the tests, not taken from a
benchmark page), with the look-alike that must stay copy or name nobody beside it:
- a byline an extractor broke at its links, one piece a line ('By' / 'Jane Doe' / 'and' / 'John
  Roe', 'By Jane Doe' / 'and John Roe', 'Von Anna Berg,' / 'Tom Kraus'): every writer, every line
  out of the copy (BYLINE-014); without a lead-in only over the date or the writers' outlet;
- the writer's name with the story's date run on after it, no separator: a date in figures
  ('Anna Berg 05.03.2024'), a weekday or 'on' before the date ('Jane Doe Tuesday, March 5, 2024',
  'Jane Doe on March 5, 2024');
- the wire or broadcaster run on after the names with no separator ('Jane Doe CNN' over the date,
  'Jane Doe, John Roe Reuters'): every writer, never the outlet.
"""

from __future__ import annotations

import pytest

import cleaner

TITLE = "Council votes to close the old bridge"
EN = [
    "The city council voted on Tuesday to close the old bridge over the river for two years while "
    "engineers replace its rusting steel frame and the worn road deck above it.",
    "Shop owners on both banks said the closure would cost them customers, and asked the council for "
    "help with the rent until the new bridge opens in the spring of next year.",
]
TITLE_DE = "Stadtrat sperrt die alte Brücke"
DE = [
    "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Fluss für zwei Jahre zu sperren, "
    "während Ingenieure das rostige Stahlgerüst und die abgenutzte Fahrbahn darüber ersetzen.",
    "Die Geschäftsleute an beiden Ufern sagten, die Sperrung koste sie Kundschaft, und baten den Rat um "
    "Hilfe bei der Miete, bis die neue Brücke im Frühjahr des kommenden Jahres öffnet.",
]
TITLE_ES = "El ayuntamiento cierra el puente viejo"
ES = [
    "El pleno del ayuntamiento aprobó el martes cerrar el puente viejo sobre el río durante dos años mientras "
    "los ingenieros sustituyen su estructura de acero oxidado y el firme desgastado.",
    "Los comerciantes de ambas orillas dijeron que el cierre les costará clientes y pidieron ayuda al "
    "consistorio con el alquiler hasta que abra el puente nuevo la próxima primavera.",
]


def _doc(lines: list[str]) -> cleaner.CleanedArticle:
    return cleaner.clean_text("\n\n".join(lines) + "\n")


def _iso(doc: cleaner.CleanedArticle) -> str | None:
    return (doc.metadata.published or {}).get("iso")


def _paragraphs(doc: cleaner.CleanedArticle) -> list[str]:
    return doc.text.rstrip("\n").split("\n\n")


def _idempotent(doc: cleaner.CleanedArticle) -> None:
    assert cleaner.clean_text(doc.text).text == doc.text


def _rules(doc: cleaner.CleanedArticle) -> set[str]:
    return {r.rule for r in doc.removed}


# ---------------------------------------------------------------- a byline split over lines


@pytest.mark.parametrize(
    ("title", "lines", "authors", "copy"),
    [
        # a wire story through a reader: every link of the byline a line of its own
        (TITLE, ["By", "Jane Whitfield", "and", "Marcus Oyelaran"], ["Jane Whitfield", "Marcus Oyelaran"], EN),
        # three writers, a comma and 'and' between them, and the wire on the line under them
        (
            TITLE,
            ["By", "Jane Whitfield", ",", "Marcus Oyelaran", "and", "Priya Raman", "Associated Press"],
            ["Jane Whitfield", "Marcus Oyelaran", "Priya Raman"],
            EN,
        ),
        # a US metro paper: the second writer's link carried 'and' with it
        (TITLE, ["By Jane Whitfield", "and Marcus Oyelaran"], ["Jane Whitfield", "Marcus Oyelaran"], EN),
        # the comma stayed with the first name
        (TITLE, ["By Jane Whitfield,", "Marcus Oyelaran"], ["Jane Whitfield", "Marcus Oyelaran"], EN),
        # a German regional paper: 'Von' and 'und' alone on their lines
        (TITLE_DE, ["Von", "Anna Bergmann", "und", "Tobias Kraus"], ["Anna Bergmann", "Tobias Kraus"], DE),
        # a Spanish daily: 'Por' over the names, 'y' between them
        (TITLE_ES, ["Por", "Ana Ruiz", "y", "Carlos Pérez"], ["Ana Ruiz", "Carlos Pérez"], ES),
        # no lead-in: the names over the writers' outlet
        (
            TITLE,
            ["Jane Whitfield", "and Marcus Oyelaran", "Associated Press"],
            ["Jane Whitfield", "Marcus Oyelaran"],
            EN,
        ),
        # no lead-in: the names over the story's date
        (
            TITLE,
            ["Jane Whitfield", "and", "Marcus Oyelaran", "March 5, 2024"],
            ["Jane Whitfield", "Marcus Oyelaran"],
            EN,
        ),
    ],
)
def test_a_byline_split_over_lines_names_every_writer(
    title: str, lines: list[str], authors: list[str], copy: list[str]
) -> None:
    doc = _doc([title, *lines, *copy])
    assert doc.metadata.title == title
    assert doc.metadata.authors == authors
    assert "BYLINE-014" in _rules(doc)
    paragraphs = _paragraphs(doc)
    assert paragraphs == copy  # no stray 'and' or name left in the copy, no paragraph of it lost
    _idempotent(doc)


@pytest.mark.parametrize(
    "lines",
    [
        ["Olive Oil", "and", "Sea Salt"],  # a recipe's items: names in shape only, nothing says they sign
        ["Jane Whitfield", "and Marcus Oyelaran"],  # names with nothing under them: a list as much as a byline
    ],
)
def test_names_split_over_lines_without_a_lead_in_or_an_anchor_name_nobody(lines: list[str]) -> None:
    doc = _doc([TITLE, *lines, *EN])
    assert doc.metadata.authors == []
    assert all(p in doc.text for p in EN)
    _idempotent(doc)


def test_a_split_byline_whose_names_the_copy_speaks_of_is_no_byline() -> None:
    """An interview's two speakers over the copy that quotes them, the date under them."""
    copy = [
        "Jane Whitfield and Marcus Oyelaran have run the ferry across the river for twenty years, and "
        "the closure of the bridge has doubled the queue at their landing every morning.",
        EN[1],
    ]
    doc = _doc([TITLE, "Jane Whitfield", "and", "Marcus Oyelaran", "March 5, 2024", *copy])
    assert doc.metadata.authors == []
    assert all(p in doc.text for p in copy)


def test_a_split_byline_ending_in_an_outlet_keeps_the_writer_only() -> None:
    """'By Jane Doe' / 'and' / 'The Associated Press': the wire shares the byline, it is no writer."""
    doc = _doc([TITLE, "By Jane Whitfield", "and", "The Associated Press", *EN])
    assert doc.metadata.authors == ["Jane Whitfield"]
    assert all(p in doc.text for p in EN)


def test_a_body_sentence_opening_with_and_is_never_a_byline_line() -> None:
    """A short sentence of the copy under a byline opens with 'and': it stays, whole."""
    line = "And Marcus Oyelaran agreed."
    doc = _doc([TITLE, "By Jane Whitfield", line, *EN])
    assert doc.metadata.authors == ["Jane Whitfield"]
    assert line in _paragraphs(doc)


# ---------------------------------------------------------------- a name with its date run on


@pytest.mark.parametrize(
    ("title", "line", "author", "iso", "copy"),
    [
        (TITLE_DE, "Anna Bergmann 05.03.2024", "Anna Bergmann", "2024-03-05", DE),  # a regional paper's card
        (TITLE, "Jane Whitfield 03/05/2024", "Jane Whitfield", "2024-03-05", EN),  # a US blog, month first
        (TITLE, "Jane Whitfield Tuesday, March 5, 2024", "Jane Whitfield", "2024-03-05", EN),  # a weekday first
        (TITLE, "Jane Whitfield on March 5, 2024", "Jane Whitfield", "2024-03-05", EN),  # a blog's 'on'
        (TITLE, "Jane Whitfield on Tuesday, March 5, 2024", "Jane Whitfield", "2024-03-05", EN),
        (TITLE_DE, "Anna Bergmann am 5. März 2024", "Anna Bergmann", "2024-03-05", DE),  # German 'am'
    ],
)
def test_a_name_with_the_date_run_on_after_it(title: str, line: str, author: str, iso: str, copy: list[str]) -> None:
    doc = _doc([title, line, *copy])
    assert doc.metadata.authors == [author]
    assert _iso(doc) == iso
    assert line not in doc.text
    assert _paragraphs(doc) == copy
    _idempotent(doc)


@pytest.mark.parametrize(
    "line",
    [
        "Updated June 13, 2019",  # the stamp's label before the date: no name at all
        "E-Mail von Mandanten, Oktober 2014",  # a testimonial's signature, a month's name before the year
        "Windows Update 05.03.2024",  # a product's update and its date
    ],
)
def test_words_before_a_date_that_are_no_name_name_nobody(line: str) -> None:
    doc = _doc([TITLE, line, *EN])
    assert doc.metadata.authors == []
    assert all(p in doc.text for p in EN)


# ---------------------------------------------------------------- an outlet run on after the names


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        # a broadcaster's template: the outlet glued to the name, the date under it
        (["Jane Whitfield CNN", "March 5, 2024"], ["Jane Whitfield"]),
        (
            ["Jane Whitfield and Marcus Oyelaran Associated Press", "Updated 10:15 AM EST, March 5, 2024"],
            ["Jane Whitfield", "Marcus Oyelaran"],
        ),
        (["Jane Whitfield The Guardian", "Tue 5 Mar 2024 10.15 GMT"], ["Jane Whitfield"]),
        # the last of two writers with the wire run on after her name
        (["Jane Whitfield, Marcus Oyelaran Reuters"], ["Jane Whitfield", "Marcus Oyelaran"]),
        (["By Jane Whitfield and Marcus Oyelaran Associated Press"], ["Jane Whitfield", "Marcus Oyelaran"]),
        (
            ["By Jane Whitfield, Marcus Oyelaran and Priya Raman The Associated Press"],
            ["Jane Whitfield", "Marcus Oyelaran", "Priya Raman"],
        ),
    ],
)
def test_an_outlet_run_on_after_the_names_is_no_name(lines: list[str], authors: list[str]) -> None:
    doc = _doc([TITLE, *lines, *EN])
    assert doc.metadata.authors == authors
    assert _paragraphs(doc) == EN
    _idempotent(doc)


@pytest.mark.parametrize(
    "line",
    [
        "Stocks Fall Reuters",  # a teaser's title and its source, with no date beside it
        "Taylor Swift Today",  # a kicker: one loose word of an outlet's vocabulary
    ],
)
def test_a_short_title_and_an_outlet_without_a_date_name_nobody(line: str) -> None:
    doc = _doc([TITLE, line, *EN])
    assert doc.metadata.authors == []
    assert all(p in doc.text for p in EN)


def test_an_outlet_run_on_after_a_name_the_copy_speaks_of_names_nobody() -> None:
    """A clip's caption line: the person the story is about, the broadcaster and the date."""
    copy = [
        "Marcus Oyelaran, the council's engineer, told reporters the bridge had been closed twice "
        "before for repairs to the same rusting steel frame.",
        EN[1],
    ]
    doc = _doc([TITLE, "Marcus Oyelaran CNN", "March 5, 2024", *copy])
    assert doc.metadata.authors == []
    assert all(p in doc.text for p in copy)


# ---------------------------------------------------------------- a heading shaped like a name


@pytest.mark.parametrize(
    ("title", "lines", "copy"),
    [
        # a software portal: the changelog's heading, which the copy under it names again
        (
            TITLE_DE,
            ["Letzte Änderungen"],
            [
                "Alle Änderungen und Neuerungen dieser Version stehen in den offiziellen Release-Notes auf "
                "der Seite des Herstellers, die wir hier verlinken.",
                DE[1],
            ],
        ),
        # a comparison site: the product's name over copy about it
        (
            TITLE,
            ["Coinbase Pro"],
            [
                "Coinbase Pro is the exchange's trading platform for advanced users, with lower fees and a "
                "fuller order book than the app most people start with.",
                EN[1],
            ],
        ),
        # an interview: the subject's name under the title, the copy quoting her by surname
        (
            TITLE,
            ["Priya Raman"],
            [
                "For twenty years Raman has run the ferry across the river, and she says the closure of the "
                "bridge has doubled the queue at her landing every morning.",
                EN[1],
            ],
        ),
    ],
)
def test_a_heading_the_copy_speaks_of_is_no_byline(title: str, lines: list[str], copy: list[str]) -> None:
    doc = _doc([title, *lines, *copy])
    assert doc.metadata.authors == []
    # the heading stays with the copy, or is the subtitle under the title: never an author
    assert all(line in _paragraphs(doc) or line == doc.metadata.subtitle for line in lines)
    assert all(p in doc.text for p in copy)
    _idempotent(doc)


def test_a_heading_the_copy_speaks_of_keeps_its_peers_from_being_bylines() -> None:
    """A guide's sections: 'Angenehmes Raumklima' (named again below) and 'Trockene Fenster' are
    headings alike; taking the second as the writer would be a wrong author."""
    copy = [
        "Ein angenehmes Raumklima beginnt mit regelmäßigem Lüften: Wer morgens und abends fünf Minuten lang "
        "alle Fenster öffnet, senkt die Feuchtigkeit in der Wohnung deutlich.",
        DE[1],
    ]
    doc = _doc([TITLE_DE, "Angenehmes Raumklima", "Trockene Fenster", *copy])
    assert doc.metadata.authors == []
    assert all(p in doc.text for p in copy)


@pytest.mark.parametrize(
    ("name", "copy"),
    [
        # the writer's surname is a common word the copy uses in lower case: still the writer
        (
            "Tom Price",
            [
                "Food prices rose again in March, and the price of bread is up by a fifth on last year, "
                "the statistics office said on Tuesday.",
                EN[1],
            ],
        ),
        (
            "Anna Young",
            [
                "Young families are leaving the city centre as rents rise, and the young people who stay "
                "share flats in numbers the council has not seen before.",
                EN[1],
            ],
        ),
    ],
)
def test_a_writer_whose_surname_the_copy_uses_as_a_word_is_still_the_writer(name: str, copy: list[str]) -> None:
    doc = _doc([TITLE, name, *copy])
    assert doc.metadata.authors == [name]
    assert _paragraphs(doc) == copy


def test_a_writer_whose_surname_opens_a_name_in_the_copy_is_still_the_writer() -> None:
    copy = [
        "The White House said on Tuesday that the bridge would qualify for federal repair money, and "
        "the city council welcomed the news in a statement late in the evening.",
        EN[1],
    ]
    doc = _doc([TITLE, "Jane White", *copy])
    assert doc.metadata.authors == ["Jane White"]


# ---------------------------------------------------------------- a wire's file picture


@pytest.mark.parametrize("line", ["Mike Lawson/Reuters files", "Jane Whitfield/AP file photo", "Tom Berger/dpa Archiv"])
def test_a_wire_file_pictures_credit_is_no_byline(line: str) -> None:
    """Under a picture's caption at the top, 'NAME/WIRE files': the photographer of a file picture."""
    caption = "Microsoft plans to cut its carbon emissions by more than half by 2030 across its supply chain."
    doc = _doc([TITLE, caption, line, *EN])
    assert doc.metadata.authors == []
    assert all(p in doc.text for p in EN)


# ---------------------------------------------------------------- a page's byline with its age glued


PAGE_BODY = "".join(f"<p>{p}</p>" for p in DE * 2)


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        # a German portal: the writer's span and the age's span run together, 'vor' glued to the surname
        (
            "<div class='author-info'><span class='author'>Anna Bergmann</span><span>vor 5 Stunden</span></div>",
            "Anna Bergmann",
        ),
        # a Spanish one: 'hace 2 horas' after the name
        ("<div class='author-info'><span class='author'>Ana Ruiz</span><span>hace 2 horas</span></div>", "Ana Ruiz"),
    ],
)
def test_a_page_byline_with_the_storys_age_glued_names_the_writer_only(byline: str, author: str) -> None:
    from cleaner.html import clean_html

    html = (
        "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>Stadtrat sperrt die alte Brücke</title>"
        f"</head><body><article><h1>{TITLE_DE}</h1>{byline}{PAGE_BODY}</article></body></html>"
    )
    assert clean_html(html, url="https://www.example-portal.de/stadt/bruecke").metadata.authors == [author]


def test_a_surname_ending_like_the_age_keeps_it() -> None:
    """'Mike Trevor' over '5 Stunden': 'vor' glued to a short word is the name's, not the age's."""
    from cleaner.html import clean_html

    byline = "<div class='author-info'><span class='author'>Mike Trevor</span> <span>5 Stunden</span></div>"
    html = (
        "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>Stadtrat sperrt die alte Brücke</title>"
        f"</head><body><article><h1>{TITLE_DE}</h1>{byline}{PAGE_BODY}</article></body></html>"
    )
    assert clean_html(html, url="https://www.example-portal.de/stadt/bruecke").metadata.authors == ["Mike Trevor"]


# ---------------------------------------------------------------- a photographer under a caption


CAPTION = "Council members at Tuesday's meeting in the city hall chamber."


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        ([CAPTION, "Jane Whitfield for The New York Times"], []),  # the NYT's photographer credit
        ([CAPTION, "Jane Whitfield/Associated Press"], []),  # a wire's, with its slash
        (["By Marcus Oyelaran", CAPTION, "Jane Whitfield for The New York Times"], ["Marcus Oyelaran"]),
        (["By Marcus Oyelaran", CAPTION, "Jane Whitfield/AP"], ["Marcus Oyelaran"]),
    ],
)
def test_a_photographers_credit_under_a_caption_is_no_author(lines: list[str], authors: list[str]) -> None:
    doc = _doc([TITLE, *lines, *EN])
    assert doc.metadata.authors == authors
    assert all(p in doc.text for p in EN)


def test_a_for_byline_under_a_standfirst_is_still_the_writer() -> None:
    """The Guardian's 'Jane Doe for CNN'-like byline under a standfirst of 20 words or more stays a byline."""
    dek = (
        "Two years of closure lie ahead for the city's oldest crossing, and the shop owners on both banks "
        "fear for their customers."
    )
    doc = _doc([TITLE, dek, "Jane Whitfield for The Guardian", *EN])
    assert doc.metadata.authors == ["Jane Whitfield"]
