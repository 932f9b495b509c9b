"""Metadata on real copy, part 2 (issue 13): bylines signed at the end behind furniture, bare names
beside the story's date, bylines glued to dates, author boxes, and timestamps as printed and as
ISO 8601 (published and updated apart, other languages' month names, phone numbers never dates)."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

import cleaner

from .helpers import BODY, LEAD

TITLE = "Council votes to close the old bridge"
DE = [
    "Der Stadtrat hat am Dienstag über den Vorschlag beraten, mit dem die Stadt künftig ihre Straßen, "
    "Brücken und die Busse bezahlen will, die jeden Tag der Woche darauf fahren.",
    "Die Verwaltung rechnet mit Kosten von mehreren Millionen Euro, die über zehn Jahre verteilt werden "
    "sollen; die Opposition verlangt dafür eine Bürgerbefragung im kommenden Frühjahr.",
]
ES = [
    "El concejo se reunió el martes para estudiar la propuesta, que cambiaría la forma en que la ciudad "
    "paga sus calles, puentes y los autobuses que circulan por ellas cada día de la semana.",
    "La intendencia calcula un costo de varios millones de pesos repartidos en diez años, y la oposición "
    "pidió una consulta pública antes de que termine el próximo otoño.",
]


def _doc(lines: list[str]) -> cleaner.CleanedArticle:
    return cleaner.clean_text("\n\n".join(lines) + "\n")


def _valid(doc: cleaner.CleanedArticle) -> None:
    schema = json.loads(resources.files("cleaner.schema").joinpath("sidecar.schema.json").read_text())
    jsonschema.validate(doc.to_sidecar(), schema)


# ---------------------------------------------------------------- signatures under the copy


@pytest.mark.parametrize(
    ("signature", "after", "names"),
    [
        ("— Jane Doe", ["Read more: Council approves the budget", "Share this article"], ["Jane Doe"]),  # a blog
        ("By JANE DOE", ["Advertisement"], ["Jane Doe"]),  # a US daily's print-style signature
        ("-- Jane Doe, Associated Press", ["Share on Facebook"], ["Jane Doe"]),
        ("Words: Jane Doe, John Roe Photos: John Roe", ["Back to top"], ["Jane Doe", "John Roe"]),  # a magazine
    ],
)
def test_signature_behind_furniture_is_the_author(signature, after, names):
    doc = _doc([TITLE, LEAD, *BODY, signature, *after])
    assert doc.metadata.authors == names
    assert signature not in doc.text
    assert doc.text.rstrip().endswith(BODY[-1])


def test_signature_after_an_ad_label_once_and_for_all():
    """The known idempotence risk: a byline under a crumb at the end is lifted on the first cleaning."""
    raw = "\n\n".join([LEAD, *BODY, "Advertisement", "By JANE DOE"]) + "\n"
    once = cleaner.clean_text(raw)
    twice = cleaner.clean_text(once.text)
    assert once.metadata.authors == ["Jane Doe"]
    assert twice.text == once.text


def test_german_text_signature():
    doc = _doc(["Rat berät Straßenplan", *DE, "Text: Jane Doe", "Zurück zur Übersicht"])
    assert doc.metadata.authors == ["Jane Doe"]


@pytest.mark.parametrize(
    "box",
    [
        ["Phil Roe", "Phil Roe is a reporter for Example News."],  # a US network's author box
        ["Evan Roe is the Senior Editor for the Example Globe. Before that he reported for the Example Independent."],
    ],
)
def test_author_box_names_the_author_when_no_byline_did(box):
    doc = _doc([TITLE, LEAD, *BODY, *box])
    assert len(doc.metadata.authors) == 1 and doc.metadata.authors[0].endswith("Roe")


def test_author_box_does_not_replace_the_byline():
    doc = _doc([TITLE, "By Jane Doe", LEAD, *BODY, "John Roe is a reporter for Example News."])
    assert doc.metadata.authors == ["Jane Doe"]


def test_a_name_at_the_end_without_a_mark_stays_copy():
    doc = _doc([TITLE, LEAD, *BODY, "Jane Doe"])
    assert doc.metadata.authors == []
    assert "Jane Doe" in doc.text


# ---------------------------------------------------------------- bare names beside the story's date


@pytest.mark.parametrize(
    ("lines", "names"),
    [
        (["JANIE ROE", "Nov. 20, 2019 Updated: Nov. 20, 2019 1:35 a.m."], ["Janie Roe"]),  # a US regional's AP copy
        (["November 20, 2019", "Emiliano Doe"], ["Emiliano Doe"]),  # a trade magazine
        (["28. November 2022", "- Jana Muster"], ["Jana Muster"]),  # a science portal's list-marked byline
    ],
)
def test_bare_name_beside_the_date(lines, names):
    doc = _doc([TITLE, *lines, LEAD, *BODY])
    assert doc.metadata.authors == names
    assert doc.metadata.published is not None
    for line in lines:
        assert line not in doc.text


def test_bare_name_in_capitals_opening_the_dump():
    doc = _doc(["JANIE ROE", "Nov. 20, 2019", LEAD, *BODY])
    assert doc.metadata.authors == ["Janie Roe"]


def test_a_title_that_looks_like_a_name_stays_the_title():
    doc = _doc(["Boris Johnson Resigns", "Nov. 20, 2019", LEAD, *BODY])
    assert doc.metadata.authors == []
    assert doc.metadata.title == "Boris Johnson Resigns"


def test_spanish_bare_name_with_a_particle_above_a_lower_case_date():
    stamp = "miércoles, 4 de mayo de 2022 00:00 hs"  # an Argentine daily
    doc = _doc(["El concejo estudia el plan de calles", "Verónica De Vita", stamp, *ES])
    assert doc.metadata.authors == ["Verónica De Vita"]
    assert doc.metadata.published == {"text": "miércoles, 4 de mayo de 2022 00:00 hs", "iso": "2022-05-04"}


def test_a_place_with_a_lower_case_particle_is_no_name():
    doc = _doc(["El concejo estudia el plan de calles", "Casa de Campo", *ES])
    assert doc.metadata.authors == []


# ---------------------------------------------------------------- bylines glued to dates


@pytest.mark.parametrize(
    ("line", "names", "iso"),
    [
        ("5:45 AM PST 11/19/2019 by Patrick Roe", ["Patrick Roe"], "2019-11-19T05:45-08:00"),  # a trade daily
        ("Nov. 19, 2019 by Jane Doe", ["Jane Doe"], "2019-11-19"),
    ],
)
def test_stamp_with_its_author_glued_after_it(line, names, iso):
    doc = _doc([TITLE, line, LEAD, *BODY])
    assert doc.metadata.authors == names
    assert doc.metadata.published["iso"] == iso
    assert "by" not in doc.metadata.published["text"]
    _valid(doc)


@pytest.mark.parametrize(
    ("line", "name", "stamp"),
    [
        # a state news site
        ("By Evan Doe, August 14, 2020 2:30 pm", "Evan Doe", ("August 14, 2020 2:30 pm", "2020-08-14T14:30")),
        ("By Jane Doe | Nov 19, 2019 8:11 pm", "Jane Doe", ("Nov 19, 2019 8:11 pm", "2019-11-19T20:11")),
        ("By Jane Doe, Published Sept. 25, 2023 at 4:12 p.m.", "Jane Doe",
         ("Published Sept. 25, 2023 at 4:12 p.m.", "2023-09-25T16:12")),
    ],
)
def test_byline_with_its_date_gives_both(line, name, stamp):
    doc = _doc([TITLE, line, LEAD, *BODY])
    assert doc.metadata.authors == [name]
    assert doc.metadata.published == {"text": stamp[0], "iso": stamp[1]}
    _valid(doc)


@pytest.mark.parametrize(
    ("lines", "names", "iso"),
    [
        (["Posted by Jane Doe on November 20, 2019"], ["Jane Doe"], "2019-11-20"),  # a blog platform's line
        (["Jane Doe · 5 min read"], ["Jane Doe"], None),  # a publishing platform's reading time
        (["Jane Doe", "Nov 20, 2019 · 5 min read"], ["Jane Doe"], "2019-11-20"),
    ],
)
def test_byline_with_a_reading_time_or_a_posted_date(lines, names, iso):
    doc = _doc([TITLE, *lines, LEAD, *BODY])
    assert doc.metadata.authors == names
    assert doc.metadata.subtitle is None
    assert (doc.metadata.published or {}).get("iso") == iso
    for line in lines:
        assert line not in doc.text


FR = [
    "Le conseil municipal s’est réuni mardi pour examiner la proposition, qui changerait la manière dont la "
    "ville paie ses routes, ses ponts et les bus qui y circulent chaque jour de la semaine.",
    "La mairie évalue le coût à plusieurs millions d’euros sur dix ans, et l’opposition réclame une "
    "consultation des habitants avant la fin du printemps prochain.",
]


@pytest.mark.parametrize(
    ("lines", "names"),
    [
        # a French daily's byline with the agency it drew on
        (["Le conseil examine le plan routier", "Par Jeanne Dupont (avec AFP)", *FR], ["Jeanne Dupont"]),
        (["El concejo estudia el plan de calles", "Por Juana Pérez (con EFE)", *ES], ["Juana Pérez"]),
    ],
)
def test_byline_with_an_agency_in_brackets(lines, names):
    assert _doc(lines).metadata.authors == names


@pytest.mark.parametrize(
    "line", ["Reuters Staff", "Staff and agencies", "Guardian staff and agencies", "AP Sports Desk"]
)
def test_a_desk_byline_names_no_author_and_goes(line):
    doc = _doc([TITLE, line, LEAD, *BODY])
    assert doc.metadata.authors == []
    assert line not in doc.text
    assert doc.metadata.title == TITLE


def test_german_byline_with_its_date():
    doc = _doc(["Fensterputzen mit der Band", "Von Felix Muster // 1. November 2023", *DE])
    assert doc.metadata.authors == ["Felix Muster"]
    assert doc.metadata.published == {"text": "1. November 2023", "iso": "2023-11-01"}
    _valid(doc)


# ---------------------------------------------------------------- timestamps


@pytest.mark.parametrize(
    ("line", "field", "iso"),
    [
        ("Letzte Änderung: 14. Februar 2019, 10:15 Uhr", "updated", "2019-02-14T10:15"),  # a German broadcaster
        ("Aktualisiert am 14. Februar 2019, 10:15 Uhr", "updated", "2019-02-14T10:15"),
        ("Veröffentlicht am 3. März 2021", "published", "2021-03-03"),
        ("Veröffentlicht am 19.10.19 um 14:34 Uhr", "published", "2019-10-19T14:34"),  # a public broadcaster's site
    ],
)
def test_german_stamps_parse(line, field, iso):
    doc = _doc(["Rat berät Straßenplan", line, *DE])
    assert line not in doc.text
    assert getattr(doc.metadata, field) == {"text": line, "iso": iso}
    _valid(doc)


def test_published_and_updated_on_one_line_are_apart():
    doc = _doc([TITLE, "Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.", LEAD, *BODY])
    assert doc.metadata.published == {"text": "Nov. 20, 2019", "iso": "2019-11-20"}
    assert doc.metadata.updated == {"text": "Updated: Nov. 20, 2019 1:35 a.m.", "iso": "2019-11-20T01:35"}
    _valid(doc)


@pytest.mark.parametrize("line", ["+81 158-23-2012", "Tel. +49 761 23-2012", "(0761) 23-2012"])
def test_a_phone_number_is_never_a_date(line):
    doc = _doc(["Rat berät Straßenplan", *DE, "Kontakt", line])
    assert doc.metadata.published is None and doc.metadata.updated is None
    assert line in doc.text


# ---------------------------------------------------------------- titles


@pytest.mark.parametrize(
    "over",
    [
        "Paid content by Northwind Bank",  # a sponsor line over the headline
        "Promoted by Contoso Travel",
        "#GameTechie",  # a hashtag rubric
        "Home > News > Politics",  # section crumbs
    ],
)
def test_the_title_under_a_sponsor_line_or_rubric(over):
    doc = _doc([over, TITLE, LEAD, *BODY, "Subscribe now to our newsletter for more."])
    assert doc.metadata.title == TITLE
    assert over not in doc.text


@pytest.mark.parametrize(
    ("h1s", "doc_title", "want"),
    [
        # a blog theme's menu button is the first <h1>, its name the second, the article's the third
        (["Menu", "Ansichten und Einsichten"], "Warum der Rat die Fähre behält – Ansichten und Einsichten",
         "Warum der Rat die Fähre behält"),
        (["Quicklink", "Navigation"], "Norddeutschland findet seine Meister - Landesverband e.V.",
         "Norddeutschland findet seine Meister"),
        (["Neuigkeiten"], "Das Ministerium informiert | Die Partei Lübeck", "Das Ministerium informiert"),
    ],
)
def test_a_navigation_heading_is_no_page_title(h1s, doc_title, want):
    paragraphs = "".join(f"<p>{p}</p>" for p in DE)
    html = (
        f"<!DOCTYPE html><html lang='de'><head><title>{doc_title}</title></head><body>"
        + "".join(f"<h1>{h}</h1>" for h in h1s)
        + f"<article>{paragraphs}{paragraphs}</article></body></html>"
    )
    assert cleaner.clean_html(html, url="https://www.example.de/blog/faehre").metadata.title == want


def test_a_page_whose_h1_its_title_repeats_keeps_it():
    paragraphs = "".join(f"<p>{p}</p>" for p in DE)
    html = (
        "<!DOCTYPE html><html lang='de'><head><title>Rat behält die Fähre | Hafenblatt</title></head><body>"
        f"<h1>Hafenblatt</h1><h1>Rat behält die Fähre</h1><article>{paragraphs}{paragraphs}</article></body></html>"
    )
    assert cleaner.clean_html(html, url="https://www.example.de/rat").metadata.title == "Rat behält die Fähre"


def test_a_page_without_a_declared_date_takes_the_printed_one():
    paragraphs = "".join(f"<p>{p}</p>" for p in DE)
    html = (
        "<!DOCTYPE html><html lang='de'><head><title>Rat behält die Fähre | Hafenblatt</title></head><body>"
        f"<article><h1>Rat behält die Fähre</h1><p>Veröffentlicht am 3. März 2021, 11:35 Uhr</p>{paragraphs}"
        f"{paragraphs}</article></body></html>"
    )
    meta = cleaner.clean_html(html, url="https://www.example.de/rat").metadata
    assert meta.published == {"text": "Veröffentlicht am 3. März 2021, 11:35 Uhr", "iso": "2021-03-03T11:35"}
    assert meta.date == "2021-03-03"
    assert "published stamp" in meta.html["metadata"]["date"]


def test_a_declared_date_wins_over_the_printed_one():
    paragraphs = "".join(f"<p>{p}</p>" for p in DE)
    html = (
        "<!DOCTYPE html><html lang='de'><head><title>Rat behält die Fähre | Hafenblatt</title>"
        "<meta property='article:published_time' content='2021-03-02T18:00:00+01:00'></head><body>"
        f"<article><h1>Rat behält die Fähre</h1><p>Aktualisiert am 3. März 2021, 11:35 Uhr</p>{paragraphs}"
        f"{paragraphs}</article></body></html>"
    )
    assert cleaner.clean_html(html, url="https://www.example.de/rat").metadata.date == "2021-03-02"


# ---------------------------------------------------------------- contact-the-reporter lines


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a US financial daily's closing line, with two writers
        ("Write to Jane Doe at jane.doe@example.com and John Roe at john.roe@example.com", ["Jane Doe", "John Roe"]),
        # a wire-style terminal's contact block
        ("To contact the reporter on this story: Jane Doe in London at jdoe@example.net", ["Jane Doe"]),
        # a space news site's closing line
        ("Email Jane Doe at jdoe@example.com or follow her @janedoe.", ["Jane Doe"]),
    ],
)
def test_the_reporters_to_write_to_are_the_authors_when_no_byline_named_one(line, names):
    doc = _doc([TITLE, LEAD, *BODY, line])
    assert doc.metadata.authors == names
    assert line not in doc.text


def test_the_editor_to_write_to_is_no_author():
    doc = _doc([TITLE, LEAD, *BODY, "To contact the editor responsible for this story: John Roe at jroe@example.net"])
    assert doc.metadata.authors == []
    assert doc.metadata.credits.editing == ["John Roe"]


def test_a_byline_wins_over_the_contact_line():
    doc = _doc([TITLE, "By Max Poe", LEAD, *BODY, "Write to Jane Doe at jane.doe@example.com"])
    assert doc.metadata.authors == ["Max Poe"]
