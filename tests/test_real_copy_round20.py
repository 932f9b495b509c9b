"""Real newsroom copy, 2026-12-06 (twentieth session, issue 12): standing lines that outlets print over
every edition of a feature, written for the test from the templates outlets use (not taken from any
data set). A deals column's or a briefing's welcome ('Welcome to …, your source for …', in four
languages) and a video roundup's blurb go; a series' module of other stories, each line the series'
name, a pipe and a headline, goes from the end of the copy. Sentences that open with the same words
stay, and so do an article's own lists built on a pipe (a tour's dates, a live blog's entries)."""

from __future__ import annotations

import pytest

from cleaner import clean_text

from .helpers import BODY, LEAD, article, assert_body_intact, rules_of


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "Welcome to Example Daily Deals, your source for the best bargains on the gear you actually "
            "want to buy. Follow us on X @exampledeals.",
            "PROMPT-160",
        ),
        ("Welcome back to Tech Weekly, our weekly look at the biggest stories in technology.", "PROMPT-160"),
        ("Welcome to The Morning Rundown – your daily guide to the news you need to know.", "PROMPT-160"),
        (
            "Example Network top business headlines for March 3 are here. Check out what's clicking today in business.",
            "PROMPT-164",
        ),
    ],
)
def test_a_features_standing_welcome_goes(line: str, rule: str) -> None:
    for raw in (article(top=[line]), article(middle=[line])):
        doc = clean_text(raw)
        assert line not in doc.text
        assert rule in rules_of(doc, "prompt")
        assert_body_intact(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Bienvenue dans Le Récap, votre rendez-vous quotidien avec l'essentiel de l'actualité.",
        "Willkommen zum Morgenbriefing, Ihrem täglichen Überblick über die wichtigsten Nachrichten des Tages.",
        "Bienvenidos a El Resumen, tu cita diaria con las noticias más importantes.",
    ],
)
def test_the_welcome_in_other_languages_is_the_rule_of_its_pack(text: str) -> None:
    from cleaner.rules import default_ruleset

    rules = default_ruleset()
    ids = {"Bienvenue": "PROMPT-161", "Willkommen": "PROMPT-162", "Bienvenidos": "PROMPT-163"}
    rule = rules.rule(ids[text.split()[0]])
    assert rule.matches(text)


@pytest.mark.parametrize(
    "line",
    [
        "Welcome to Sunnyvale, a city of 150,000 people at the heart of Silicon Valley.",
        "Welcome to the new normal, where offices sit empty and commuter trains run half full.",
        "“Welcome to your new home, your source of pride for years to come,” the mayor told the first families.",
        "Top stories for March 3 include a storm warning, the school strike and the budget vote.",
    ],
)
def test_a_welcome_in_the_copy_stays(line: str) -> None:
    doc = clean_text(article(middle=[line]))
    assert line in doc.text
    assert_body_intact(doc)


SERIES = [
    "Design Week 2024 | A studio lights the old tram depot with paper lanterns",
    "Design Weeks 2024 | Three young makers rethink the kitchen chair",
    "Design Week 2024 | ‘OPEN HOUSE’ asks what a home owes its street",
    "Design Week 2024 | a preview of the night walk along the canals",
]


def test_a_series_module_of_headlines_closing_the_copy_goes() -> None:
    doc = clean_text(article(end=SERIES))
    for line in SERIES:
        assert line not in doc.text
    assert rules_of(doc, "related").count("RELATED-025") == len(SERIES)
    assert_body_intact(doc)


@pytest.mark.parametrize(
    "rows",
    [
        # a tour's dates: the first column changes from row to row
        [
            "Berlin Columbiahalle | with the Example Quartet and guests",
            "Hamburg Große Freiheit | with the Example Quartet and guests",
            "Munich Tonhalle | with the Example Quartet and guests",
        ],
        # a live blog's entries are sentences
        [
            "Live update | Police have closed the bridge to traffic.",
            "Live update | The fire brigade says the blaze is under control.",
            "Live update | Residents may return to their homes tonight.",
        ],
        # a results table carries figures
        [
            "Group stage | Example United beat Rovers 3-1",
            "Group stage | City and Athletic draw 2-2",
            "Group stage | Wanderers lose 0-1 at home",
        ],
        # two lines are no module
        SERIES[:2],
    ],
)
def test_an_articles_own_list_on_a_pipe_stays(rows: list[str]) -> None:
    doc = clean_text(article(end=rows))
    for line in rows:
        assert line in doc.text
    assert "RELATED-025" not in rules_of(doc, "related")


def test_a_series_line_between_paragraphs_stays() -> None:
    doc = clean_text(article(middle=SERIES))
    assert "RELATED-025" not in rules_of(doc, "related")
    assert LEAD in doc.text and BODY[2] in doc.text


def test_cleaning_the_clean_text_changes_nothing() -> None:
    once = clean_text(article(top=[SERIES[0]], end=SERIES)).text
    assert clean_text(once).text == once


# A deals roundup dumped without its title: the first line heads the first deal (HEADLINE-001 keeps it)
DEALS = [
    "Gaming Controller in Blue for $39.99",
    "The price of the blue controller has dropped well ahead of the holiday sales, and it is the best "
    "looking of the range. Its matte finish also hides the grime of long sessions better than the others do.",
    "Get it at Example Store for $39.99",
    "Handheld Console with Two Games and Case for $238.99",
    "Save $31 if you get the handheld with your choice of two games and a case. We have not seen a better "
    "bundle this year, and it is still cheaper than the full-size console.",
    "Get it at Example Mart for $238.99",
]

LISTICLE = [
    "1. Pack a paper map",
    "Phone signal drops out for hours on the mountain roads, and the offline maps of the popular apps "
    "miss half of the forest tracks that walkers use every weekend in the summer.",
    "2. Carry more water than you think you need",
    "The valley has no shops past the last village, and the streams run dry by the end of July in most "
    "years, the park's rangers warn every visitor who stops at the gate.",
]


@pytest.mark.parametrize("lines", [DEALS, LISTICLE])
def test_the_first_items_heading_is_no_title(lines: list[str]) -> None:
    doc = clean_text("\n\n".join(lines) + "\n")
    assert doc.metadata.title is None
    assert doc.text.startswith(lines[0])
    assert clean_text(doc.text).text == doc.text


@pytest.mark.parametrize(
    "title",
    [
        # a title with a price over a story, and no run of deals under it
        "Wireless earbuds fall to $189 at Example Store",
        # a numbered first line with no second item under it
        "1. FC Example sign a new striker from the league's bottom club",
    ],
)
def test_a_title_with_a_price_or_a_number_is_still_lifted(title: str) -> None:
    doc = clean_text("\n\n".join([title, LEAD, *BODY]) + "\n")
    assert doc.metadata.title == title
    assert title not in doc.text
