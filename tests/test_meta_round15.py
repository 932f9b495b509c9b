"""Metadata on real copy, round 15 (issue 13): dates and bylines in the forms real dumps print them.

Each class is written here in several outlets' styles (copy made up for the tests, not taken from a
benchmark page), with the look-alike that must stay copy beside it:
- a date in figures with the story's section or place beside it, set apart by a space only;
- a bare date in figures right under a standfirst that opens the text;
- a weekday and a clock over the dated stamp: the stamp that prints the date is the one kept;
- writers, each with the city filed from, and the date run on after them ('Jane Doe, London, John
  Roe 19.10.2019, 23:38 Uhr'), under the title or under the standfirst: the names and the date.
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
DE = [
    "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Fluss für zwei Jahre zu sperren, "
    "während Ingenieure das rostige Stahlgerüst und die abgenutzte Fahrbahn darüber ersetzen.",
    "Die Geschäftsleute an beiden Ufern sagten, die Sperrung koste sie Kundschaft, und baten den Rat um "
    "Hilfe bei der Miete, bis die neue Brücke im Frühjahr des kommenden Jahres öffnet.",
]
TITLE_DE = "Stadtrat sperrt die alte Brücke"
DEK_DE = (
    "Zwei Jahre lang wird die Brücke über den Fluss gesperrt. Die Händler an beiden Ufern fürchten um ihre "
    "Kundschaft, der Rat verspricht Hilfe."
)


def _doc(lines: list[str]) -> cleaner.CleanedArticle:
    return cleaner.clean_text("\n\n".join(lines) + "\n")


def _iso(doc: cleaner.CleanedArticle) -> str | None:
    return (doc.metadata.published or {}).get("iso")


def _idempotent(doc: cleaner.CleanedArticle) -> None:
    assert cleaner.clean_text(doc.text).text == doc.text


# ---------------------------------------------------------------- a date and one word


@pytest.mark.parametrize(
    ("line", "iso", "copy"),
    [
        ("31.01.2016 Hardware", "2016-01-31", DE),  # a tech blog: the date and the category
        ("05.03.2024 Politik", "2024-03-05", DE),  # a regional paper's section after the date
        ("Berlin 05.03.2024", "2024-03-05", DE),  # a press office: the place and the date, no comma
        ("2024-03-05 Releases", "2024-03-05", EN),  # a project's news page, the date year first
    ],
)
def test_a_date_in_figures_with_its_section_or_place(line: str, iso: str, copy: list[str]) -> None:
    doc = _doc([TITLE if copy is EN else TITLE_DE, line, *copy])
    assert _iso(doc) == iso
    assert line not in doc.text
    assert all(p in doc.text for p in copy)
    _idempotent(doc)


@pytest.mark.parametrize(
    "line",
    [
        "Version 4.47.4",  # a release's number: no year of four digits
        "Windows 10 2004",  # a product and its build
        "Paris 2024",  # an event's tag
    ],
)
def test_a_word_beside_figures_that_name_no_date_is_no_stamp(line: str) -> None:
    doc = _doc([TITLE, line, *EN])
    assert doc.metadata.published is None or doc.metadata.published.get("iso") is None
    _idempotent(doc)


def test_a_date_and_a_word_inside_a_sentence_is_copy() -> None:
    line = "Am 05.03.2024 Abend stimmte der Rat mit großer Mehrheit dafür, die Arbeiten im Sommer zu beginnen."
    doc = _doc([TITLE_DE, *DE[:1], line, DE[1]])
    assert line in doc.text


# ---------------------------------------------------------------- a bare date under the standfirst


@pytest.mark.parametrize(
    ("date", "iso"),
    [("15.12.2022", "2022-12-15"), ("2022-12-15", "2022-12-15"), ("15/12/2022", "2022-12-15")],
)
def test_a_date_in_figures_under_a_standfirst_that_opens_the_text(date: str, iso: str) -> None:
    doc = _doc([DEK_DE, date, "In diesem Artikel:", *DE])
    assert date not in doc.text
    assert _iso(doc) == iso
    assert DEK_DE in doc.text and all(p in doc.text for p in DE)
    _idempotent(doc)


def test_a_date_under_a_first_paragraph_deep_in_the_text_stays() -> None:
    """Under the first paragraph of prose when three lines stand over it (a notice, a heading), the
    date is the copy's: it may head an entry."""
    doc = _doc(["Hinweis", "Grundsätzliches", "Vorab", DE[0], "15.12.2022", DE[1]])
    assert "15.12.2022" in doc.text


def test_a_date_in_words_under_the_first_paragraph_heads_a_timeline_entry() -> None:
    doc = _doc([TITLE, EN[0], "12 March 2024", EN[1], "The council answered every objection in writing."])
    assert "12 March 2024" in doc.text
    _idempotent(doc)


# ---------------------------------------------------------------- the dated stamp is kept


@pytest.mark.parametrize(
    ("clock", "date", "iso"),
    [
        ("Di, 10:19 Uhr", "31.10.2023", "2023-10-31"),  # a German regional's ticker line over the date
        ("Tue 10:19 AM", "Oct. 31, 2023", "2023-10-31"),  # a US local's
        ("mar., 10h19", "31/10/2023", "2023-10-31"),  # a French daily's
    ],
)
def test_the_stamp_that_prints_the_date_wins_over_a_weekday_and_clock(clock: str, date: str, iso: str) -> None:
    copy = DE if "Uhr" in clock else EN
    doc = _doc([TITLE_DE if copy is DE else TITLE, clock, date, *copy])
    assert _iso(doc) == iso
    _idempotent(doc)


def test_the_first_dated_stamp_stays_the_published_one() -> None:
    doc = _doc([TITLE, "March 5, 2024", "10:19 AM", *EN])
    assert _iso(doc) == "2024-03-05"


# ---------------------------------------------------------------- writers, places and the date


@pytest.mark.parametrize(
    ("line", "names", "iso"),
    [
        # a Swiss daily: each writer with the city filed from, the date run on after them
        ("Jane Roe, London, John Smith 19.10.2019, 23:38 Uhr", ["Jane Roe", "John Smith"], "2019-10-19T23:38"),
        ("Anna Meier, Zürich, Peter Brunner, Bern 05.03.2024, 15:14 Uhr", ["Anna Meier", "Peter Brunner"], None),
        ("Jane Roe, Brussels 5 March 2024", ["Jane Roe"], "2024-03-05"),
    ],
)
def test_writers_and_places_with_the_date_glued_under_the_title(line: str, names: list[str], iso: str | None) -> None:
    doc = _doc([TITLE, line, *EN])
    assert doc.metadata.authors == names
    assert line not in doc.text
    if iso is not None:
        assert _iso(doc) == iso
    else:
        assert _iso(doc).startswith("2024-03-05")
    assert doc.metadata.subtitle is None
    _idempotent(doc)


def test_writers_and_places_with_the_date_under_the_standfirst() -> None:
    dek = (
        "The closure will last two years. Shop owners on both banks fear for their trade, and the council "
        "promises help."
    )
    doc = _doc([TITLE, dek, "Jane Roe, London, John Smith 19.10.2019, 23:38 Uhr", *EN])
    assert doc.metadata.authors == ["Jane Roe", "John Smith"]
    assert _iso(doc) == "2019-10-19T23:38"


def test_a_list_of_places_with_a_date_is_no_byline() -> None:
    line = "London, Paris, Berlin 19.10.2019"
    doc = _doc([TITLE, line, *EN])
    assert doc.metadata.authors == []


# ---------------------------------------------------------------- a writer's card run on after the name


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Jane RoeSenior Reporter", ["Jane Roe"]),  # a US metro's author box, two spans run together
        ("By Jane RoeStaff Writer", ["Jane Roe"]),
        ("By Jane RoeCNN", ["Jane Roe"]),  # a broadcaster's name glued on
        ("By Jane McDonaldThe Guardian", ["Jane McDonald"]),  # a surname with a capital inside stays whole
        ("By Ron DeSantis", ["Ron DeSantis"]),
        ("Jane RoeCorrespondentMarch 5, 2024", ["Jane Roe"]),
    ],
)
def test_a_job_title_or_outlet_glued_to_the_name_is_set_apart(line: str, names: list[str]) -> None:
    doc = _doc([TITLE, line, *EN])
    assert doc.metadata.authors == names
    assert line not in doc.text
    _idempotent(doc)


# ---------------------------------------------------------------- the page's title over the headline


@pytest.mark.parametrize(
    "page",
    [
        f"{TITLE} - The Daily Example",  # a regional's <title>: the site after a dash
        f"{TITLE} | Example Gazette",
        f"Local: {TITLE} | Video of the broadcast of 16.10.2019",  # a broadcaster's show page
        f"{TITLE} :: Example Weekly",
    ],
)
def test_the_pages_title_over_the_headline_it_repeats(page: str) -> None:
    doc = _doc([page, TITLE, "By Jane Roe", *EN])
    assert doc.metadata.title == TITLE
    assert [r.rule for r in doc.removed if r.text == page] == ["HEADLINE-007"]
    assert page not in doc.text and TITLE not in doc.text
    assert all(p in doc.text for p in EN)
    _idempotent(doc)


def test_a_headline_that_goes_on_past_the_line_under_it_is_no_page_title() -> None:
    """'Council votes to close the old bridge, and the traders lose' over 'Council votes to close the
    old bridge': the second is no piece of the first (a comma, no separator): the first is the headline."""
    top = f"{TITLE}, and the traders lose"
    doc = _doc([top, TITLE, *EN])
    assert doc.metadata.title == top


# ---------------------------------------------------------------- a 'you are here' trail over the headline


@pytest.mark.parametrize(
    "trail",
    ["You are here: Home / Local", "Sie sind hier: Startseite", "Vous êtes ici : Accueil › Région › Économie"],
)
def test_a_you_are_here_trail_is_never_the_title(trail: str) -> None:
    doc = _doc([trail, TITLE, *EN])
    assert doc.metadata.title == TITLE
    assert trail not in doc.text


def test_you_are_here_in_a_sentence_is_copy() -> None:
    line = "You are here: the last stop of the old line, the guide said, and the river is just beyond it."
    doc = _doc([TITLE, EN[0], line, EN[1]])
    assert line in doc.text


# ---------------------------------------------------------------- labels of a date line


@pytest.mark.parametrize(
    ("line", "iso", "copy"),
    [
        # France 24's: day first, as a 24-hour clock says (a US outlet prints '03/05/2024 3:14 PM EST')
        ("Issued on: 05/03/2024 - 15:14", "2024-03-05T15:14", EN),
        ("Erschienen am 05.03.2024", "2024-03-05", DE),  # a German monthly's
        ("Dated: 5 March 2024", "2024-03-05", EN),  # a press office's
        ("Datum: 05.03.2024", "2024-03-05", DE),
    ],
)
def test_a_date_line_with_its_label_is_the_stamp_never_a_subtitle(line: str, iso: str, copy: list[str]) -> None:
    doc = _doc([TITLE if copy is EN else TITLE_DE, line, *copy])
    assert _iso(doc) == iso
    assert doc.metadata.subtitle is None
    assert line not in doc.text
    _idempotent(doc)


def test_a_date_field_of_a_data_sheet_stays() -> None:
    """'Datum: 31/08/2019' among 'key: value' lines (a photo's details) under the copy is the sheet's
    field, not the story's stamp."""
    sheet = ["Kamera: Canon EOS 60D", "Belichtungszeit: 60 x 3 Minuten", "Datum: 31/08/2019", "Ort: Kasberg"]
    doc = _doc([TITLE_DE, *DE, *sheet])
    assert "Datum: 31/08/2019" in doc.text
    assert doc.metadata.published is None


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        ("Updated March 6, 2024. Published March 5, 2024", "2024-03-05", "2024-03-06"),
        (
            "Updated March 6, 2024 9:00 am ET / Originally published March 5, 2024 3:14 pm ET",
            "2024-03-05T15:14-05:00",
            "2024-03-06T09:00-05:00",
        ),
    ],
)
def test_an_update_printed_before_the_published_stamp(line: str, published: str, updated: str) -> None:
    doc = _doc([TITLE, line, *EN])
    assert _iso(doc) == published
    assert doc.metadata.updated["iso"] == updated


# ---------------------------------------------------------------- a card: the date, the writer, the section


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("5 March 2024 | Jane Roe | Politics", "2024-03-05"),  # a regional's card over the copy
        ("Politics · Jane Roe · March 5, 2024 · 3 min read", "2024-03-05"),  # a blog platform's
        ("04.02.2024 | 13:10 Uhr | Jane Roe", "2024-02-04T13:10"),  # date and clock in pieces of their own
    ],
)
def test_a_card_of_date_writer_and_section_is_a_byline(line: str, iso: str) -> None:
    doc = _doc([TITLE, line, *EN])
    assert doc.metadata.authors == ["Jane Roe"]
    assert _iso(doc) == iso
    assert line not in doc.text
    _idempotent(doc)


def test_a_card_with_a_second_name_shaped_piece_names_nobody() -> None:
    doc = _doc([TITLE, "Jane Roe | Cleveland Cavaliers | March 5, 2024", *EN])
    assert "Cleveland Cavaliers" not in doc.metadata.authors


# ---------------------------------------------------------------- a date opening a source line


@pytest.mark.parametrize(
    "line", ["05.03.2024 | Quelle: dpa", "05.03.2024 | Source: Reuters", "5.3.2024 | © 2024 Example Media"]
)
def test_the_date_a_source_line_opens_with_is_the_stamp(line: str) -> None:
    copy = DE if "Quelle" in line else EN
    doc = _doc([TITLE_DE if copy is DE else TITLE, *copy, line])
    assert _iso(doc) == "2024-03-05"
    assert line not in doc.text
    assert all(p in doc.text for p in copy)


def test_a_stamp_over_the_copy_wins_over_the_source_lines_date() -> None:
    doc = _doc([TITLE_DE, "04.03.2024", *DE, "05.03.2024 | Quelle: dpa"])
    assert _iso(doc) == "2024-03-04"


# ---------------------------------------------------------------- a paper's name after the writer's


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jane Roe Miami Herald", ["Jane Roe"]),  # a US metro's wire copy: the paper run on, no comma
        ("By Jane Roe Tampa Bay Times", ["Jane Roe"]),
        ("By Michael L. Anderson Example Gazette", ["Michael L. Anderson"]),  # a middle initial stays
        ("By Jane Roe Herald", ["Jane Roe"]),
        ("By Jane Roe and John Smith Associated Press", ["Jane Roe", "John Smith"]),
    ],
)
def test_a_papers_name_after_the_writer_is_no_part_of_the_name(line: str, names: list[str]) -> None:
    doc = _doc([TITLE, line, *EN])
    assert doc.metadata.authors == names
    assert line not in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "Jane Roe | Senior Reporter | The Daily Example | @janeroe",  # an author box in one line
        "Jane Roe | Senior Reporter | jroe@example.com",
        "Jane Roe | Reporter | The Denver Post",
    ],
)
def test_a_writers_card_in_pieces(line: str) -> None:
    doc = _doc([TITLE, line, *EN])
    assert doc.metadata.authors == ["Jane Roe"]
    assert line not in doc.text


# ---------------------------------------------------------------- sections beside the headline


@pytest.mark.parametrize(
    "line",
    [
        f"Local news | {TITLE}",  # a regional's section before the headline
        f"{TITLE} | Local News | The Daily Example",  # a page's <title>: the section and the site after it
        f"{TITLE} | Politics | example.com",
    ],
)
def test_a_sections_name_beside_the_headline_is_no_part_of_the_title(line: str) -> None:
    doc = _doc([line, *EN])
    assert doc.metadata.title == TITLE
    assert doc.metadata.label is None
    assert all(p in doc.text for p in EN)


def test_a_headline_in_two_halves_about_a_named_event_keeps_both() -> None:
    line = "Milano Design Week 2018 | Makers pay tribute to the old bridge"
    doc = _doc([line, *EN, "Share this article"])
    assert doc.metadata.title in (None, line)


# ---------------------------------------------------------------- a columnist's name over the column


@pytest.mark.parametrize(
    ("name", "headline"),
    [
        ("Jane Roe", "Why the council was wrong to close the old bridge"),  # an opinion page's column
        ("Anna Meier", "Die Brücke hätte man retten können"),
    ],
)
def test_a_name_over_the_headline_is_the_columnist(name: str, headline: str) -> None:
    copy = DE if "Brücke" in headline else EN
    doc = _doc([name, headline, *copy])
    assert doc.metadata.authors == [name]
    assert doc.metadata.title == headline
    assert name not in doc.text
    _idempotent(doc)


def test_a_profiles_subject_over_the_headline_is_no_writer() -> None:
    copy = [
        "Swift released her new album on Friday after a long wait, and fans queued all night in the rain "
        "outside the record shops to buy a copy.",
        "Critics said it was the best record she had made in ten years.",
    ]
    doc = _doc(["Taylor Swift", "The singer who changed the charts", *copy])
    assert doc.metadata.authors == []


# ---------------------------------------------------------------- the date a byline carries


@pytest.mark.parametrize(
    ("line", "name", "iso"),
    [
        ("Anna Meier, 05.03.2024 - 15:14 Uhr", "Anna Meier", "2024-03-05"),  # a clock split off at the dash
        ("Par Jeanne Dupont le 05/03/2024 à 15h14", "Jeanne Dupont", "2024-03-05T15:14"),  # slashes of a date
        ("Por Ana García 05 mar 2024 - 15:14 CET", "Ana García", "2024-03-05"),
    ],
)
def test_the_bylines_date_is_the_piece_that_prints_the_year(line: str, name: str, iso: str) -> None:
    copy = DE if "Uhr" in line else EN
    doc = _doc([TITLE_DE if copy is DE else TITLE, line, *copy])
    assert doc.metadata.authors == [name]
    assert _iso(doc).startswith(iso)


@pytest.mark.parametrize(
    "line", ["Posted Tuesday, March 5, 2024 3:14 PM", "Published Monday, 4 March 2024", "Updated Friday, March 8, 2024"]
)
def test_a_stamps_label_and_weekday_are_no_writers_name(line: str) -> None:
    doc = _doc([TITLE, line, *EN])
    assert doc.metadata.authors == []
    assert line not in doc.text


@pytest.mark.parametrize(
    "line", ["Jane Roe / 05/03/2024", "By Jane Roe / 03/05/2024", "05/03/2024 | Jane Roe | Politics"]
)
def test_a_dates_slashes_are_no_separators_of_a_byline(line: str) -> None:
    """'Jane Roe / 05/03/2024' was read as four pieces ('Jane Roe', '05', '03', '2024') and named nobody."""
    doc = _doc([TITLE, line, *EN])
    assert doc.metadata.authors == ["Jane Roe"]
    assert _iso(doc) is not None
    assert line not in doc.text
