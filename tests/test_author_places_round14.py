"""Authors as clean names, round 14 (issue 13): one word is no name, and a city is no part of one.

- A page's author field or byline that holds one word only ('Steffi', 'Limespacer', 'Von Henry') names
  a first name or a handle: no clean author name (HTML-016 ``single_names``), as the text engine
  never took one either.
- The city a writer filed from, printed after the name with no comma or 'in' ('Ana García Madrid',
  'By Jane Doe London', a byline's two spans 'Jane Doe' 'London' run together), is no part of the
  name (BYLINE-021); nor is one set off by a pipe or a dot after a lead-in ('By Rahul Sharma | New
  Delhi'). A city that is a common surname ('Washington') stays, and so does a two-word name.

Pages and copy are written here in the styles of a German hobby blog, a Spanish daily, an Indian
daily and a British paper.
"""

from __future__ import annotations

import pytest

from cleaner import clean_text
from cleaner.html import clean_html

from .helpers import BODY, LEAD, assert_body_intact

HTML_BODY = (
    "<p>The council voted on Tuesday to keep the ferry running for another five years, after a long debate "
    "in which residents of the island spoke for and against the plan.</p>"
    "<p>The mayor said the money would come from the harbour fund, which has grown since the new terminal "
    "opened, and that fares would not rise before the next election.</p>"
    "<p>Opposition members asked for an independent review of the costs before any contract is signed.</p>"
)
URL = "https://www.harbourherald.example/news/2024/03/05/council-votes-to-keep-the-ferry"


def news_page(head: str = "", byline: str = "") -> str:
    return (
        "<!DOCTYPE html><html lang='en'><head><title>Council votes to keep the ferry | Harbour Herald</title>"
        f"<meta property='og:site_name' content='Harbour Herald'>{head}</head><body><article>"
        f"<h1>Council votes to keep the ferry</h1>{byline}{HTML_BODY}</article></body></html>"
    )


def page_authors(head: str = "", byline: str = "") -> list[str]:
    return clean_html(news_page(head, byline), url=URL).metadata.authors


# ------------------------------------------------------------------ one word is no name


@pytest.mark.parametrize(
    ("head", "byline"),
    [
        ("<meta name='author' content='Steffi'>", ""),  # a pet magazine's writer by her first name
        (
            '<script type=\'application/ld+json\'>{"@type": "BlogPosting", "author": '
            '{"@type": "Person", "name": "Limespacer"}}</script>',
            "",
        ),  # a blog's login name
        ("", "<div class='byline'>Von Henry</div>"),  # a German blog's byline
        ("", "<span class='author'>Manniac</span>"),
    ],
)
def test_one_word_is_no_author_name(head, byline):
    assert page_authors(head, byline) == []


def test_a_one_word_field_leaves_the_byline_its_full_name():
    byline = "<div class='byline'>Von Henriette Steinhauer</div>"
    assert page_authors("<meta name='author' content='Henriette'>", byline) == ["Henriette Steinhauer"]


# ------------------------------------------------------------------ a city after the name, on pages


@pytest.mark.parametrize(
    ("head", "byline", "names"),
    [
        ("", "<div class='byline'>Ana García Madrid</div>", ["Ana García"]),  # a Spanish daily
        ("", "<div class='byline'><span>Jane Doe</span><span>London</span></div>", ["Jane Doe"]),
        ("", "<p class='byline'>By JANE DOE NEW YORK</p>", ["Jane Doe"]),
        ("<meta name='author' content='Rahul Sharma Mumbai'>", "", ["Rahul Sharma"]),  # an Indian daily
        # a city that is a common surname, and a name of two words, stay whole
        ("<meta name='author' content='Mary Ellen Washington'>", "", ["Mary Ellen Washington"]),
        ("<meta name='author' content='Jack London'>", "", ["Jack London"]),
    ],
)
def test_the_city_after_a_name_on_a_page_is_no_part_of_it(head, byline, names):
    assert page_authors(head, byline) == names


# ------------------------------------------------------------------ a city after the name, in copy

TITLE = "Council votes to close the old bridge"


def copy_authors(*lines: str) -> tuple[list[str], object]:
    raw = "\n\n".join([TITLE, *lines, LEAD, *BODY, "Subscribe now to our newsletter for more."]) + "\n"
    doc = clean_text(raw)
    assert_body_intact(doc)
    for line in lines:
        assert line not in doc.text
    return doc.metadata.authors, doc


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Ana García Madrid", ["Ana García"]),  # a bare byline under the headline, the city run on
        ("Por Ana García Madrid", ["Ana García"]),
        ("By Jane Doe London", ["Jane Doe"]),
        ("By Jane Doe and John Roe New York", ["Jane Doe", "John Roe"]),
        ("Rahul Sharma Mumbai", ["Rahul Sharma"]),
        # set off after a lead-in: a pipe or a dot, a city of one to three words
        ("By Rahul Sharma | New Delhi", ["Rahul Sharma"]),
        ("Por Ana García · Madrid", ["Ana García"]),
        ("By Ana Souza | Rio de Janeiro", ["Ana Souza"]),
        ("Von Anna Schmidt | Berlin", ["Anna Schmidt"]),
    ],
)
def test_the_city_after_a_name_in_copy_is_no_part_of_it(byline, names):
    assert copy_authors(byline)[0] == names


def test_a_name_that_is_a_city_stays_whole_in_copy():
    assert copy_authors("By Jack London")[0] == ["Jack London"]


def test_a_city_in_a_sentence_is_copy():
    line = "Ana García Madrid, who runs the ferry company, said the fares would not change this year."
    raw = "\n\n".join([TITLE, LEAD, BODY[0], line, BODY[1], BODY[2]]) + "\n"
    doc = clean_text(raw)
    assert line in doc.text
    assert doc.metadata.authors == []


# ------------------------------------------------------------------ a name in capitals, anchored


@pytest.mark.parametrize(
    ("lines", "names"),
    [
        (["By", "JANE DOE"], ["Jane Doe"]),  # the lead-in alone over the name (a US regional's template)
        (["JANE DOE", "Associated Press"], ["Jane Doe"]),  # the wire under the name
        (["JANE DOE", "Staff Writer"], ["Jane Doe"]),
        (["JANE DOE", "The Denver Post"], ["Jane Doe"]),
        (["RAHUL SHARMA", "rahul.sharma@example.com"], ["Rahul Sharma"]),  # the writer's address under it
    ],
)
def test_a_name_in_capitals_under_a_lead_in_or_over_its_outlet_is_a_byline(lines, names):
    assert copy_authors(*lines)[0] == names


@pytest.mark.parametrize(
    "lines",
    [
        ["JANE DOE"],  # alone, a name in capitals is no different from a kicker
        ["SCORES QUARANTINED", "The Latest News"],  # a kicker over a heading
        ["BREAKING NEWS", "Associated Press"],
        ["WORLD CUP", "Sports Desk"],
    ],
)
def test_capitals_without_a_byline_around_them_name_no_author(lines):
    raw = "\n\n".join([TITLE, *lines, LEAD, *BODY]) + "\n"
    assert clean_text(raw).metadata.authors == []


# ------------------------------------------------------------------ a colon dateline in mixed case

INDIAN_COPY = (
    "The municipal corporation on Tuesday approved a budget of Rs 52,000 crore for the coming year, with "
    "the largest share set aside for roads, drains and the new coastal road."
)


@pytest.mark.parametrize(("opening", "place"), [("Mumbai: ", "Mumbai"), ("New Delhi: ", "New Delhi")])
def test_a_city_before_a_colon_opening_the_copy_is_the_dateline(opening, place):
    raw = "\n\n".join(["Civic body approves new budget for roads", "Rahul Sharma", opening + INDIAN_COPY, *BODY])
    doc = clean_text(raw + "\n")
    assert doc.metadata.dateline is not None
    assert doc.metadata.dateline.place == place
    assert doc.metadata.authors == ["Rahul Sharma"]
    assert opening + INDIAN_COPY in doc.text  # the dateline stays in the copy, as printed


@pytest.mark.parametrize("opening", ["Analysis: ", "Jane Doe: ", "Kommentar: "])
def test_a_label_or_a_speaker_before_a_colon_is_no_dateline(opening):
    raw = "\n\n".join(["Civic body approves new budget for roads", opening + INDIAN_COPY, *BODY])
    doc = clean_text(raw + "\n")
    assert doc.metadata.dateline is None
    assert opening + INDIAN_COPY in doc.text


# ------------------------------------------------------------------ a city is never a second writer


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Jane Doe, New Delhi", ["Jane Doe"]),  # an Indian daily: the city after a comma
        ("By Jane Doe, Hong Kong", ["Jane Doe"]),
        ("Por Ana García, Buenos Aires", ["Ana García"]),  # an Argentine daily
        ("By Jane Doe and John Roe, Los Angeles", ["Jane Doe", "John Roe"]),
        ("Jane Doe, New Delhi", ["Jane Doe"]),  # a bare byline under the headline
        ("Jane Doe | New Delhi", ["Jane Doe"]),
        ("By Jane Doe and Jack London", ["Jane Doe", "Jack London"]),  # a writer whose surname is a city
    ],
)
def test_a_city_after_the_names_in_copy_is_no_writer(byline, names):
    assert copy_authors(byline)[0] == names


@pytest.mark.parametrize(
    ("head", "byline", "names"),
    [
        ("", "<div class='byline'>Jane Doe | New Delhi</div>", ["Jane Doe"]),
        ("", "<div class='byline'>New Delhi: Rahul Sharma</div>", ["Rahul Sharma"]),  # the city as a dateline
        ("<meta name='author' content='Mumbai: Rahul Sharma'>", "", ["Rahul Sharma"]),
    ],
)
def test_a_city_beside_the_names_on_a_page_is_no_writer(head, byline, names):
    assert page_authors(head, byline) == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Jane Doe, Hindustan Times, New Delhi", ["Jane Doe"]),  # the paper, then the city
        ("By Jane Doe, Hindustan Times, New Delhi", ["Jane Doe"]),
        ("By Jane Doe @janedoe Twitter", ["Jane Doe"]),  # the network the handle is on
        ("By Jane Doe on Instagram", ["Jane Doe"]),
    ],
)
def test_the_outlet_city_and_network_after_the_names_are_no_part_of_them(byline, names):
    assert copy_authors(byline)[0] == names


@pytest.mark.parametrize(
    ("field", "names"),
    [
        ("Jane Doe Twitter", ["Jane Doe"]),  # an author box's name and the network link beside it
        ("Jane Doe on Instagram", ["Jane Doe"]),
        ("Malcolm X", ["Malcolm X"]),  # 'X' is a name's, never the network's
    ],
)
def test_a_social_network_after_the_name_in_an_author_field_is_no_part_of_it(field, names):
    assert page_authors(f"<meta name='author' content='{field}'>") == names
