"""Metadata on real newsroom copy, 2026-12-06 (twenty-first session, issue 13): forms written for the
test from what outlets print (Russian wires, AP and Reuters pages that set the dateline apart, USA
TODAY-style contributor lines, agencies' capitals credits, Radio Prague's portrait captions, station
and charity menus), each with look-alike copy that must stay as it is.

DATELINE-007 (Russian wires' datelines), DATELINE-008 (a dateline on a line of its own), 'Jr.' in
names, photographers in natural case, CREDITS-022 ('Contributors:' under the copy), HEADLINE-008
(navigation labels), BYLINE-026 (a signature with its helpers), BYLINE-027 (a caption among the
opening lines is no byline), portrait captions whose credit ends in a lower-case word."""

from __future__ import annotations

import pytest

import cleaner

TITLE = "Senate passes sweeping budget bill after marathon session"
P1 = (
    "The Senate passed a sweeping budget bill late Tuesday after a marathon session that stretched into "
    "the night, sending it to the House where its fate is uncertain."
)
P2 = (
    "Lawmakers from both parties said the measure would fund roads, schools and hospitals for another "
    "year, though several warned that the deficit would keep growing."
)
P3 = (
    "The House is expected to take up the bill next week, and leaders there said they had not yet "
    "counted enough votes to pass it without changes."
)
RU = (
    "Президент России Владимир Путин провел в среду совещание с членами правительства, сообщает "
    "пресс-служба Кремля. Обсуждались вопросы экономики и социальной сферы."
)
RU2 = "Участники совещания также обсудили подготовку к отопительному сезону в регионах страны."


def _clean(*parts: str) -> cleaner.CleanedArticle:
    return cleaner.clean_text("\n\n".join(parts) + "\n")


# ---------------------------------------------------------------- DATELINE-007: Russian wires


@pytest.mark.parametrize(
    ("lead", "place", "agency", "date"),
    [
        ("МОСКВА, 5 мар — РИА Новости.", "МОСКВА", "РИА Новости", "5 мар"),  # RIA Novosti
        ("СИМФЕРОПОЛЬ, 12 ноя – РИА Новости Крым.", "СИМФЕРОПОЛЬ", "РИА Новости Крым", "12 ноя"),
        ("МОСКВА, 5 марта. /ТАСС/.", "МОСКВА", "ТАСС", "5 марта"),  # TASS
        ("НЬЮ-ЙОРК, 5 марта. /ТАСС/.", "НЬЮ-ЙОРК", "ТАСС", "5 марта"),
        ("Москва. 5 марта. INTERFAX.RU -", "Москва", "Интерфакс", "5 марта"),  # Interfax's site
        ("МОСКВА. 5 марта. ИНТЕРФАКС -", "МОСКВА", "Интерфакс", "5 марта"),  # and its wire
        ("МИНСК, 5 марта (БЕЛТА) -", "МИНСК", "БЕЛТА", "5 марта"),  # BelTA
    ],
)
def test_a_russian_wires_dateline_fills_place_agency_and_date(lead, place, agency, date):
    doc = _clean("Путин провел совещание с правительством", f"{lead} {RU}", RU2)
    d = doc.metadata.dateline
    assert d is not None and (d.place, d.agency, d.date) == (place, agency, date)
    assert d.text == lead
    assert f"{lead} {RU}" in doc.text  # the dateline stays in the copy as printed


@pytest.mark.parametrize(
    ("lead", "writer"),
    [
        ("ВАШИНГТОН, 12 ноя — РИА Новости, Мария Иванова.", "Мария Иванова"),
        ("ВАШИНГТОН, 5 марта. /Корр. ТАСС Иван Петров/.", "Иван Петров"),
    ],
)
def test_the_writer_a_russian_wire_signs_in_its_dateline_is_the_author(lead, writer):
    doc = _clean("Госдепартамент заявил о новых санкциях", f"{lead} {RU}", RU2)
    assert doc.metadata.authors == [writer]
    assert doc.metadata.dateline is not None and doc.metadata.dateline.place == "ВАШИНГТОН"


@pytest.mark.parametrize(
    "first",
    [
        "МОСКВА — столица России, крупнейший город страны и один из крупнейших городов мира по численности.",
        "Москва, 5 марта — день выборов в городскую думу, и избирательные участки открылись в восемь утра.",
        "В МОСКВЕ, 5 марта, прошло совещание правительства, на котором обсуждались вопросы экономики.",
    ],
)
def test_russian_copy_that_opens_with_a_city_has_no_wire_dateline(first):
    doc = _clean("Новости столицы", first, RU2)
    assert doc.metadata.dateline is None
    assert first in doc.text


# ---------------------------------------------------------------- DATELINE-008: the dateline on its own line


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        ("WASHINGTON (AP) —", "WASHINGTON", "AP"),  # AP's pages set the dateline in a span of its own
        ("LONDON, March 5 (Reuters)", "LONDON", "Reuters"),
        ("NEW YORK, Nov. 20, 2019 /PRNewswire/ --", "NEW YORK", "PRNewswire"),
        ("SAN FRANCISCO —", "SAN FRANCISCO", None),  # an outlet's own
        ("Frankfurt am Main (dpa) -", "Frankfurt am Main", "dpa"),
    ],
)
def test_a_dateline_on_its_own_line_is_the_dateline_and_stays(line, place, agency):
    doc = _clean(TITLE, line, P1, P2, P3)
    d = doc.metadata.dateline
    assert d is not None and (d.place, d.agency) == (place, agency)
    assert doc.metadata.title == TITLE
    assert doc.metadata.subtitle is None
    assert line in doc.text and P1 in doc.text


@pytest.mark.parametrize("line", ["KEY POINTS:", "THE VERDICT", "Apple (AAPL) -", "WHAT TO KNOW:", "UPDATE —"])
def test_a_heading_in_capitals_on_its_own_line_is_no_dateline(line):
    doc = _clean(TITLE, line, P1, P2, P3)
    assert doc.metadata.dateline is None


@pytest.mark.parametrize(
    "line", ["By Jane Doe (Reuters)", "By Jane Doe (AP)", "Jane Doe (AFP)", "Jane Doe (AFP) -", "Von Anna Berg (dpa)"]
)
def test_a_byline_with_its_agency_in_brackets_is_no_dateline(line):
    doc = _clean(TITLE, line, P1, P2, P3)
    assert doc.metadata.dateline is None


@pytest.mark.parametrize("line", ["By Jane Doe (Reuters)", "Jane Doe (AFP)"])
def test_a_byline_with_its_agency_in_brackets_names_the_writer(line):
    doc = _clean(TITLE, line, P1, P2, P3)
    assert doc.metadata.authors == ["Jane Doe"]


def test_a_dateline_alone_with_no_copy_under_it_is_no_dateline():
    doc = _clean(TITLE, P1, P2, "WASHINGTON (AP) —", "Related", "More stories")
    assert doc.metadata.dateline is None


# ---------------------------------------------------------------- 'Jr.' keeps its full stop


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Martin Luther King Jr.", ["Martin Luther King Jr."]),
        ("By John Smith Jr. and Jane Doe", ["John Smith Jr.", "Jane Doe"]),
        ("By John Smith, Jr., and Jane Doe", ["John Smith Jr.", "Jane Doe"]),  # the comma before it: one name
        ("By Robert Downs Sr.", ["Robert Downs Sr."]),
        ("By Jane Doe.", ["Jane Doe"]),  # a full stop after any other name is the line's
    ],
)
def test_a_generational_suffix_keeps_its_full_stop(byline, authors):
    doc = _clean(TITLE, byline, P1, P2, P3)
    assert doc.metadata.authors == authors


def test_a_contributor_with_a_suffix_keeps_it_in_credits():
    doc = _clean(TITLE, "By Ann Poe", P1, P2, P3, "John Smith Jr. contributed to this report.")
    assert doc.metadata.credits is not None and doc.metadata.credits.reporting == ["John Smith Jr."]


# ---------------------------------------------------------------- photographers in natural case


@pytest.mark.parametrize(
    ("line", "credit", "photographer"),
    [
        (
            "Protesters gather outside parliament in London, Britain, March 5, 2024. REUTERS/JOHN DOE",
            "REUTERS/JOHN DOE",
            "John Doe",
        ),  # Reuters
        ("Protesters gather outside parliament. Photo: JOHN MCDONALD/AFP", "JOHN MCDONALD/AFP", "John McDonald"),
        ("Protesters gather outside parliament. PHOTO: SEAN O'NEILL/THE STRAITS TIMES", None, "Sean O'Neill"),
        ("Protesters gather outside parliament. REUTERS/John Doe", "REUTERS/John Doe", "John Doe"),  # as printed
    ],
)
def test_a_photographer_in_capitals_is_given_in_natural_case(line, credit, photographer):
    doc = _clean(TITLE, "By Ann Poe", P1, line, P2, P3)
    assert [c.photographer for c in doc.metadata.captions] == [photographer]
    if credit is not None:
        assert doc.metadata.captions[0].credit == credit  # the credit itself stays as printed
    assert doc.metadata.authors == ["Ann Poe"]


@pytest.mark.parametrize(
    "line",
    [
        "Troops march in the parade. REUTERS/Rex Curry",
        "Crowds gather in the square. Photo: Jane Doe/AP",
        "Protesters gather outside parliament. REUTERS/JOHN DOE",
    ],
)
def test_a_short_caption_among_the_opening_lines_gives_a_photographer_not_an_author(line):
    doc = _clean(TITLE, "By Ann Poe", P1, line, P2, P3)
    assert doc.metadata.authors == ["Ann Poe"]
    assert len(doc.metadata.captions) == 1 and doc.metadata.captions[0].photographer is not None


def test_a_byline_with_a_full_stop_before_its_agency_stays_a_byline():
    doc = _clean(TITLE, "By Ann Poe", P1, "By Jane Doe. Reuters", P2, P3)
    assert "Jane Doe" in doc.metadata.authors
    assert doc.metadata.captions == []


@pytest.mark.parametrize(
    "credit",
    ["Photo Services", "photo: Archives du Gouvernement", "Photo: Ministry of Defence", "FOTO Archivo Particular"],
)
def test_an_institution_in_a_credit_is_no_photographer(credit):
    doc = _clean(TITLE, "By Ann Poe", P1, f"Soldiers march past the reviewing stand in the capital. {credit}", P2, P3)
    assert all(c.photographer is None for c in doc.metadata.captions)


# ---------------------------------------------------------------- portraits whose credit ends in lower case


@pytest.mark.parametrize(
    ("line", "sitter", "credit"),
    [
        (
            "Roman Prymula, photo: Archives du Gouvernement tchèque",
            "Roman Prymula",
            "photo: Archives du Gouvernement tchèque",
        ),  # Radio Prague's French edition
        ("Ana Torres, foto: Archivo General de la Nación", "Ana Torres", "foto: Archivo General de la Nación"),
        ("Jan Novák, photo: Jana Dvořáková", "Jan Novák", "photo: Jana Dvořáková"),
    ],
)
def test_a_portraits_caption_whose_credit_ends_in_lower_case_is_a_caption(line, sitter, credit):
    doc = _clean(TITLE, P1, line, P2, P3)
    assert line not in doc.text
    assert [(c.text, c.credit) for c in doc.metadata.captions] == [(sitter, credit)]
    assert doc.metadata.title == TITLE


def test_a_portraits_credit_that_is_a_person_names_the_photographer():
    doc = _clean(TITLE, P1, "Jan Novák, photo: Jana Dvořáková", P2, P3)
    assert doc.metadata.captions[0].photographer == "Jana Dvořáková"
    doc = _clean(TITLE, P1, "Roman Prymula, photo: Archives du Gouvernement tchèque", P2, P3)
    assert doc.metadata.captions[0].photographer is None


@pytest.mark.parametrize(
    "line",
    [
        "The mayor, photo: Archives du Gouvernement tchèque",
        "Jane Doe, photo: she said it was fine to use",
        "He said, photo: the archive kept it for years",
    ],
)
def test_words_that_are_no_sitter_before_a_photo_label_stay(line):
    doc = _clean(TITLE, P1, line, P2, P3)
    assert line in doc.text
    assert doc.metadata.captions == []


# ---------------------------------------------------------------- CREDITS-022: 'Contributors:' under the copy


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Contributors: Jane Doe, John Roe", ["Jane Doe", "John Roe"]),
        ("Contributors: Jane Doe and John Roe, USA TODAY", ["Jane Doe", "John Roe"]),
        ("Additional contributors: Jane Doe; The Associated Press", ["Jane Doe"]),
    ],
)
def test_a_contributors_line_under_the_copy_is_credits_not_authors(line, names):
    doc = _clean(TITLE, "By Ann Poe", P1, P2, P3, P1, line)
    assert doc.metadata.authors == ["Ann Poe"]
    assert doc.metadata.credits is not None and doc.metadata.credits.reporting == names
    assert line not in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "Contributors: see the list of our reporters on the about page.",
        "Contributors to the relief fund included several local businesses and two churches, officials said.",
    ],
)
def test_a_line_that_opens_with_contributors_but_names_no_one_stays(line):
    doc = _clean(TITLE, "By Ann Poe", P1, P2, P3, line)
    assert line in doc.text
    assert doc.metadata.credits is None


# ---------------------------------------------------------------- HEADLINE-008: navigation labels


@pytest.mark.parametrize(
    "first",
    ["On Air", "Get Started", "Work With Us", "Our Team", "Meet the Team", "Our Mission", "Find Us", "Call Us"],
)
def test_a_menu_label_as_the_dumps_first_line_is_no_title(first):
    doc = _clean(first, P1, P2, P3, "Subscribe now to our newsletter!")
    assert doc.metadata.title is None
    assert doc.metadata.authors == []
    assert doc.text.startswith(P1)


@pytest.mark.parametrize("first", ["Donate Now", "Find Us", "Book Now", "Shop Now"])
def test_a_menu_label_over_the_title_is_no_writer(first):
    doc = _clean(first, TITLE, P1, P2, P3)
    assert doc.metadata.title == TITLE
    assert doc.metadata.authors == []


@pytest.mark.parametrize(
    "headline",
    [
        "Our Team Wins the State Championship in Overtime",
        "Get Started on Your Taxes Early, Experts Say",
        "On Air, the Host Apologized for the Remark",
    ],
)
def test_a_headline_that_holds_a_labels_words_stays_a_title(headline):
    doc = _clean(headline, P1, P2, P3, "Subscribe now to our newsletter!")
    assert doc.metadata.title == headline


# ---------------------------------------------------------------- BYLINE-026: a signature with its helpers

JOKES = [
    "We asked readers for their favorite jokes, and the children among them sent in hundreds of them over "
    "the summer, some of them groaners and some of them very good indeed.",
    "1. Why did the cookie go to the doctor?",
    "Because it felt crummy.",
    "—Maya, age 7",
    "Got a joke you’d like to add? Send it in and we’ll put it in the story!",
]


@pytest.mark.parametrize(
    ("line", "writer", "helpers"),
    [
        (
            "—Jane Doe with John Roe, Ann Poe and readers like you!",
            "Jane Doe",
            ["John Roe", "Ann Poe"],
        ),
        ("— Jane Doe with John Roe and Ann Poe", "Jane Doe", ["John Roe", "Ann Poe"]),
    ],
)
def test_a_signature_with_helpers_names_the_writer_and_credits_the_helpers(line, writer, helpers):
    doc = _clean("The best jokes for kids, by kids", *JOKES, line)
    assert doc.metadata.authors == [writer]
    assert doc.metadata.credits is not None and doc.metadata.credits.reporting == helpers
    assert line not in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "— Jane Doe with the help of her family and friends, who made this possible.",
        "He left the hall with John Roe and Ann Poe before the vote was taken.",
    ],
)
def test_a_closing_line_with_with_that_is_no_signature_stays(line):
    doc = _clean(TITLE, P1, P2, P3, line)
    assert line in doc.text
    assert doc.metadata.authors == []


# ---------------------------------------------------------------- TIMESTAMP-014: the date before 'By'


@pytest.mark.parametrize(
    ("line", "field", "iso"),
    [
        ("Published 5 March 2024 By Jane Doe", "published", "2024-03-05"),
        ("Posted on March 5, 2024 By Jane Doe", "published", "2024-03-05"),
        ("Published: March 5, 2024 By Jane Doe", "published", "2024-03-05"),
        ("5 March 2024 By Jane Doe", "published", "2024-03-05"),
        ("Updated March 5, 2024 by Jane Doe", "updated", "2024-03-05"),
    ],
)
def test_a_stamp_before_the_bylines_by_is_the_storys_date(line, field, iso):
    doc = _clean(TITLE, line, P1, P2, P3)
    assert doc.metadata.authors == ["Jane Doe"]
    stamp = getattr(doc.metadata, field)
    assert stamp is not None and stamp["iso"] == iso


@pytest.mark.parametrize("line", ["Story 5 By Jane Doe", "Chapter 12 by Jane Doe"])
def test_a_number_before_by_is_no_stamp(line):
    doc = _clean(TITLE, line, P1, P2, P3)
    assert doc.metadata.published is None and doc.metadata.updated is None


# ---------------------------------------------------------------- a credit followed by a licensing link


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (
            "Protesters gather outside parliament on Tuesday. Photo: Jane Doe/Reuters. License this photo",
            "Photo: Jane Doe/Reuters",
        ),
        (
            "Protesters gather outside parliament on Tuesday. Photo: Jane Doe/AP Purchase this photo",
            "Photo: Jane Doe/AP",
        ),
        (
            "Protesters gather outside parliament on Tuesday. REUTERS/Jane Doe Purchase Licensing Rights",
            "REUTERS/Jane Doe",
        ),
    ],
)
def test_a_licensing_link_after_the_credit_is_no_part_of_it(line, credit):
    doc = _clean(TITLE, "By Ann Poe", P1, line, P2, P3)
    assert [(c.credit, c.photographer) for c in doc.metadata.captions] == [(credit, "Jane Doe")]


def test_a_sentence_about_licensing_a_photo_stays():
    line = "The agency said it would license this photo to newspapers around the world for free."
    doc = _clean(TITLE, "By Ann Poe", P1, line, P2, P3)
    assert line in doc.text
