"""Metadata on real copy and real pages (issue 13, twentieth session): authors as people's names only.

A feed's origin note signed with the writer's name on its line (BYLINE-025): blog networks and feed
plugins print 'Jane Doe • The post … appeared first on Example Blog.' with every item, in the
blog's language, at the top of the copy or under it. The writer goes to authors and the site to
original_publisher; the line leaves the copy. With the traps beside them: the note unsigned, the
site's own name before the mark, a vendor's 'Provided by' credit, a byline that already named the
writer, a line of the copy that opens with a name and a dash.
"""

from __future__ import annotations

import pytest

import cleaner

from .test_meta_round18 import DE, DE_T, EN, EN_T, FR, FR_T  # the same copy in three languages

# ---------------------------------------------------------------- BYLINE-025: the signed feed note


@pytest.mark.parametrize(
    ("title", "body", "line", "names", "site"),
    [
        # a WordPress blog's feed footer, the writer's name before a bullet
        (
            EN_T,
            EN,
            "Jane Doe • The post Council approves new budget appeared first on Harbour Notes.",
            ["Jane Doe"],
            "Harbour Notes",
        ),
        # a German blog's, the post's headline inside, the site a domain after 'im Blog'
        (
            DE_T,
            DE,
            "Anna Schmidt • Dieser Beitrag Stadtrat beschließt Haushalt erschien zuerst im Blog Beispiel.de",
            ["Anna Schmidt"],
            "Beispiel.de",
        ),
        (
            DE_T,
            DE,
            "Peter Müller · Der Beitrag Neuer Haushalt erschien zuerst auf Stadtgeflüster.",
            ["Peter Müller"],
            "Stadtgeflüster",
        ),
        # a French network's, a pipe for the mark
        (
            FR_T,
            FR,
            "Marie Dupont | Cet article a été initialement publié sur Le Petit Journal.",
            ["Marie Dupont"],
            "Le Petit Journal",
        ),
        # two writers before a dash
        (
            EN_T,
            EN,
            "Jane Doe and John Roe – This article originally appeared on The Example Review.",
            ["Jane Doe", "John Roe"],
            "The Example Review",
        ),
    ],
)
def test_a_signed_feed_note_gives_the_writer_and_the_first_home(title, body, line, names, site):
    for raw in (f"{title}\n\n{line}\n\n{body}\n", f"{title}\n\n{body}\n\n{line}\n"):
        doc = cleaner.clean_text(raw)
        assert doc.metadata.authors == names
        assert doc.metadata.original_publisher == site
        assert line not in doc.text
        assert body.split("\n\n")[0] in doc.text


def test_a_byline_keeps_its_writer_and_the_note_still_goes():
    line = "John Roe • The post Council approves new budget appeared first on Harbour Notes."
    doc = cleaner.clean_text(f"{EN_T}\nBy Jane Doe\n\n{EN}\n\n{line}\n")
    assert doc.metadata.authors == ["Jane Doe"]
    assert line not in doc.text


@pytest.mark.parametrize(
    "line",
    [
        # unsigned: FOOTER-116's note, no writer in it
        "The post Council approves new budget appeared first on Harbour Notes.",
        # the site's own name before the mark
        "Harbour Notes • The post Council approves new budget appeared first on Harbour Notes.",
        # a vendor's credit, no origin note
        "Jane Doe • Provided by Harbour Notes",
        # a picture library and a desk before the mark
        "Getty Images • This article originally appeared on Harbour Notes.",
        "Harbour Notes Staff • This article originally appeared on Harbour Notes.",
    ],
)
def test_no_writer_where_the_note_names_none(line):
    doc = cleaner.clean_text(f"{EN_T}\n\n{EN}\n\n{line}\n")
    assert doc.metadata.authors == []


@pytest.mark.parametrize(
    "line",
    [
        # copy that opens with a name and a dash: no origin note after it
        "Jane Doe – the council's treasurer – said the plan was the fairest the city had seen in years.",
        # an origin note about another text, in a sentence of the copy
        "Jane Doe • Her report first appeared in the council's minutes, which residents can read online.",
    ],
)
def test_a_line_of_copy_with_a_name_and_a_mark_stays(line):
    doc = cleaner.clean_text(f"{EN_T}\n\n{EN}\n\n{line}\n\nThe vote will be repeated in June, the mayor said.\n")
    assert line in doc.text
    assert doc.metadata.authors == []


def test_cleaning_the_clean_text_again_changes_nothing():
    line = "Anna Schmidt • Dieser Beitrag Stadtrat beschließt Haushalt erschien zuerst im Blog Beispiel.de"
    once = cleaner.clean_text(f"{DE_T}\n\n{line}\n\n{DE}\n").text
    assert cleaner.clean_text(once).text == once


# ---------------------------------------------------------------- BYLINE-020: a German adjective opens a headline

STAMP = "01.11.2023 11:35"


@pytest.mark.parametrize(
    "line",
    [
        "Effiziente Wärmepumpen",  # a press-release service's headline under its date
        "Kostenlose Busfahrten",
        "Nachhaltige Stadtplanung",
        "Sichtbare Fortschritte",
        "Wertvolle Funde",
        "Innovatives Design",
        "Massiver Widerstand",
        "Gemeinsame Erklärung",
        "Zweifelhafte Geschäfte",
    ],
)
def test_a_headline_opening_with_an_adjective_is_no_writer(line):
    doc = cleaner.clean_text(f"Teilen:\n\n{STAMP}\n\n{line}\n\n{DE}\n")
    assert doc.metadata.authors == []


@pytest.mark.parametrize("name", ["Anna Schmidt", "Ludwig Weber", "Oliver Krause", "Clemens Hartig", "Clemente Russo"])
def test_a_writers_name_next_to_the_stamp_stays_the_byline(name):
    doc = cleaner.clean_text(f"{DE_T}\n\n{STAMP}\n\n{name}\n\n{DE}\n")
    assert doc.metadata.authors == [name]


def test_a_noun_in_ive_over_the_headline_stays_the_title():
    # 'Initiative', 'Perspektive', 'Alternative': nouns, which a crumb trail names as the page
    doc = cleaner.clean_text(
        "Home » Umwelt » Initiative Stromsparen\n\nInitiative Stromsparen\n\nKostenloser Stromcheck für Haushalte\n\n"
        f"{DE}\n"
    )
    assert doc.metadata.title == "Initiative Stromsparen"


# ---------------------------------------------------------------- HEADLINE-001: a line in brackets is no title


@pytest.mark.parametrize(
    "line",
    [
        "[object Object]",  # a script's value printed where the page's title stood
        "[spanish] [greek] [english]",  # a language switcher's links
        "[Deutsch] [Français] [Italiano]",
    ],
)
def test_a_line_in_square_brackets_is_no_title(line):
    for title, body in ((EN_T, EN), (DE_T, DE)):
        doc = cleaner.clean_text(f"{line}\n\n{title}\n\n{body}\n")
        assert doc.metadata.title != line
        assert body.split("\n\n")[0] in doc.text


@pytest.mark.parametrize("line", ["[Update] Council approves new budget", "Council approves new budget [Video]"])
def test_a_headline_with_a_bracketed_tag_stays_a_headline(line):
    doc = cleaner.clean_text(f"{line}\nBy Jane Doe\n\n{EN}\n")
    assert doc.metadata.title is not None and "Council approves new budget" in doc.metadata.title


# ---------------------------------------------------------------- HEADLINE-001: a caption and its credit is no title


@pytest.mark.parametrize(
    "line",
    [
        "Roman Prymula, photo: Archives du Gouvernement tchèque",  # Radio Prague's French edition
        "FAST will enable highly sensitive measurements of the sky.Credit: Ou Dongqu/Xinhua",  # Nature's, glued
        "Der Stadtrat im Sitzungssaal. Foto: Anna Schmidt / dpa",
        "The council chamber on Tuesday. Photo: Jane Doe/Reuters",
        "Le maire devant la mairie, crédit : © Jean Martin",
    ],
)
def test_a_caption_with_its_credit_is_no_title(line):
    doc = cleaner.clean_text(f"{line}\n\n{EN}\n")
    assert doc.metadata.title is None
    assert EN.split("\n\n")[0] in doc.text


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Election night in photos: crowds gather", "Election night in photos: crowds gather"),
        ("PHOTOS: Crowds gather in the square", "Crowds gather in the square"),
        ("Council approves new budget after long debate", "Council approves new budget after long debate"),
    ],
)
def test_a_headline_about_pictures_stays_a_headline(line, title):
    doc = cleaner.clean_text(f"{line}\nBy Jane Doe\n\n{EN}\n")
    assert doc.metadata.title == title


# ---------------------------------------------------------------- TIMESTAMP-010: a teaser's date is not the story's


@pytest.mark.parametrize(
    ("title", "body", "module"),
    [
        (DE_T, DE, "Empfohlene Beiträge\n\nProzesse und Menschen miteinander versöhnen\n\n05. Februar 2020"),
        (DE_T, DE, "Ähnliche Beiträge\n\nWie die Stadt ihre Busse elektrisch macht\n\n12.03.2021"),
        (EN_T, EN, "Related posts\n\nCouncil to vote on bus fares next month\n\nMarch 5, 2024"),
        (FR_T, FR, "Articles similaires\n\nLe maire présente son plan pour les écoles\n\n5 mars 2024"),
    ],
)
def test_a_teasers_date_under_a_module_is_not_the_published_date(title, body, module):
    doc = cleaner.clean_text(f"{title}\nBy Jane Doe\n\n{body}\n\n{module}\n")
    assert doc.metadata.published is None
    assert body.split("\n\n")[-1] in doc.text


@pytest.mark.parametrize(
    ("title", "body", "stamp", "iso"),
    [
        (EN_T, EN, "March 5, 2024", "2024-03-05"),
        (DE_T, DE, "05. Februar 2020", "2020-02-05"),
    ],
)
def test_the_storys_own_date_under_the_copy_is_still_read(title, body, stamp, iso):
    # the date right under the copy, the module of other stories under it
    doc = cleaner.clean_text(
        f"{title}\nBy Jane Doe\n\n{body}\n\n{stamp}\n\nRelated posts\n\nCouncil to vote on bus fares\n"
    )
    assert (doc.metadata.published or {}).get("iso", "")[:10] == iso
    doc = cleaner.clean_text(f"{title}\nBy Jane Doe\n\n{body}\n\n{stamp}\n")
    assert (doc.metadata.published or {}).get("iso", "")[:10] == iso
