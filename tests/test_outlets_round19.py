"""Outlets' templates, 2026-12-06 (nineteenth session, issues 12 and 13): forms written for the test
from what wire services and large outlets in India, Korea, Japan, Australia, Canada, South Africa,
the Philippines, Brazil and Germany print (not taken from any data set), with sentences of copy that
open with the same words. Wire end marks ('(END)', '-30-'), permalinks, tag lines, the newsroom's
standards and correction links, widget labels, subscription and notification appeals go; bylines
that print the writer's beat before the name ('By political reporter Jane Doe'), a stamp before the
lead-in ('Publicado em … Por …'), a handle after a job title, or the city in capitals between the
name and the date are read, and a possessive or a page control is never a writer's name."""

from __future__ import annotations

import pytest

from cleaner import clean_text
from cleaner.article import CleanedArticle

from .test_real_copy_round17 import BODY

TITLE = "Water utility to raise rates as repair bill for ageing pipes climbs"


def _clean(lines: list[str], language: str | None = None) -> CleanedArticle:
    return clean_text("\n\n".join(lines) + "\n", language=language)


@pytest.mark.parametrize(
    "line",
    [
        # wire end marks (Yonhap, PA, North American papers, AFP/EFE, German agencies)
        "(END)", "ENDS", "-30-", "-- END --", "(fin)", "(Ende)",
        # permalinks
        "Permalink https://p.example.com/p/4dXyz", "Short link: https://example.com/a1b2", "Link permanente",
        # the newsroom's standards and correction links
        "Report an editorial error", "Report a technical issue", "Editorial code of conduct",
        "Corrections and clarifications|Submit a news tip|Report error",
        "Example News' Journalistic Standards and Practices|About Example News",
        # widget and access labels
        "Visual Stories", "Start a Conversation", "For Subscribers", "Social Sharing",
        # appeals: what a subscription does, notification offers, calls to the site's latest news
        "By subscribing, you can help us get the story right.",
        "By becoming a member, you support our newsroom.",
        "We'll send you latest news updates through the day. You can manage them any time by clicking on the "
        "notification icon.",
        "Turn on notifications to get breaking news alerts.",
        "Track Latest News Live on Example.com and get news updates from India and around the world.",
        "Don't miss out on the latest news and information.",
        # a sign-up form's consent in the reader's own voice
        "By providing an email address. I agree to the Terms of Use and acknowledge that I have read the "
        "Privacy Policy.",
    ],
)  # fmt: skip
def test_outlets_furniture_goes_at_the_end(line: str) -> None:
    doc = _clean([TITLE, *BODY["en"], line])
    assert line not in doc.text
    for paragraph in BODY["en"]:
        assert paragraph in doc.text


@pytest.mark.parametrize(
    "tags",
    [
        ["Keywords", "#exports #chips"],
        ["Keywords: Energy, Climate"],
        ["Tags Budget, City Council"],
    ],
)
def test_tag_lines_at_the_end_go(tags: list[str]) -> None:
    doc = _clean([TITLE, *BODY["en"], *tags])
    for line in tags:
        assert line not in doc.text
    assert doc.text.rstrip().endswith(BODY["en"][-1])


def test_german_tag_line_without_a_colon_goes_and_names_nobody() -> None:
    doc = _clean([*BODY["de"], "Schlagwörter Windkraft, Energiewende"], language="de")
    assert "Schlagwörter" not in doc.text
    assert doc.metadata.authors == []


@pytest.mark.parametrize(
    "sentence",
    [
        "In the end, the council approved the plan by seven votes to two.",
        "The End",
        "The permalink to the ruling was removed from the court's website on Monday.",
        "The paper said it would report an error to the press regulator within a week.",
        "Editorial standards have slipped, the ombudsman wrote in her annual report.",
        "By subscribing to the service, customers agreed to share their data, the regulator found.",
        "We will send you to prison, the judge told the defendant.",
        "For subscribers, the price rises to $12 a month from April.",
        "Tags were found on 40 birds, 12 seals and three whales.",
        "Social sharing of the videos was banned in 2022.",
    ],
)
def test_copy_that_opens_with_the_same_words_stays(sentence: str) -> None:
    doc = _clean([TITLE, BODY["en"][0], sentence, *BODY["en"][1:]])
    assert sentence in doc.text


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By political reporter Jane Doe", "Jane Doe"),  # ABC (Australia)
        ("By Europe correspondent Nick Roe", "Nick Roe"),
        ("By national science, technology and environment reporter Jane Doe", "Jane Doe"),
        ("By: Jane Doe - Reporter / @JaneDoeINQ", "Jane Doe"),  # the Inquirer
        ("Published March 5, 2024 By Jane Doe", "Jane Doe"),
    ],
)
def test_bylines_with_a_beat_a_handle_or_a_stamp_first(byline: str, author: str) -> None:
    doc = _clean([TITLE, byline, *BODY["en"]])
    assert doc.metadata.authors == [author]
    assert byline not in doc.text


def test_agencia_brasil_stamp_then_por_byline() -> None:
    byline = "Publicado em 05/03/2024 - 22:15 Por Maria Silva - Repórter da Agência Brasil - Brasília"
    body = [
        "O governo federal anunciou nesta terça-feira um programa para ampliar o acesso à internet em escolas "
        "públicas de todo o país, com investimento de 2 bilhões de reais até o fim do ano.",
        "Segundo o Ministério da Educação, 10 mil escolas serão beneficiadas na primeira fase do programa, que "
        "começa pelas regiões Norte e Nordeste.",
    ]
    doc = _clean(["Governo amplia acesso à internet em escolas", byline, *body], language="pt")
    assert doc.metadata.authors == ["Maria Silva"]
    assert byline not in doc.text


def test_german_correspondent_byline() -> None:
    doc = _clean(["Wasserpreise steigen", "Von unserer Korrespondentin Anna Berg", *BODY["de"]], language="de")
    assert doc.metadata.authors == ["Anna Berg"]


def test_name_in_capitals_over_the_city_and_the_date() -> None:
    # The Globe and Mail: the writer, the city filed from and the stamp, each on a line, in capitals
    doc = _clean([TITLE, "JANE DOE", "OTTAWA", "PUBLISHED MARCH 5, 2024", *BODY["en"]])
    assert doc.metadata.authors == ["Jane Doe"]
    assert "OTTAWA" not in doc.text
    # an outlet in capitals there is no writer
    doc = _clean([TITLE, "TORONTO STAR", "OTTAWA", "March 5, 2024", *BODY["en"]])
    assert doc.metadata.authors == []


@pytest.mark.parametrize(
    "lines",
    [
        ["Share", "AA", "Text Size", "Small", "Medium", "Large"],  # a font-size control at the top
        ["Social Sharing"],
    ],
)
def test_page_controls_are_no_writers(lines: list[str]) -> None:
    doc = _clean([TITLE, *lines, *BODY["en"]])
    assert doc.metadata.authors == []
    assert "Text Size" not in doc.text


def test_a_possessive_is_no_name() -> None:
    # a standards link under short copy is no byline ('Example's Journalistic Standards')
    doc = _clean([TITLE, "By Jane Doe", *BODY["en"], "Example's Journalistic Standards and Practices|About Example"])
    assert doc.metadata.authors == ["Jane Doe"]
