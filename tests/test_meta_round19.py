"""Metadata on real copy and real pages (issue 13, nineteenth session): authors as people's names only.

A social network's prompt run into the byline ('By Jane Doe Follow @janedoe', BYLINE-016); the
photographer's credit sharing the byline line ('with photos by', 'mit Fotos von', roles in brackets,
BYLINE-017); headings shaped like names with a possessive or a contraction ('See What’s New') or a
heading word ('Smarter Tipp', BYLINE-020); a brand, a comment link, a lower-case agency or a newsroom
role beside the names ('By Jane Doe FOXBusiness', 'Leave a Comment', '(dpa)', 'Von Redakteurin Anna
Schmidt', 'Redacción / María García', BYLINE-018); on pages, the site's own name with an edition as author
('Houzz Deutschland', HTML-040) and a bare byline element naming someone other than the one-word
writer the page declares ('Move Comment' where the page says 'Cortyn', HTML-041). With the traps
beside them: a body sentence opening with 'By', a name that is a network's ('Malcolm X'), two
writers joined by 'and', a nickname declared beside the full name printed with a label.
"""

from __future__ import annotations

import pytest

import cleaner
from cleaner.html import clean_html

from .test_meta_round18 import DE, DE_T, EN, EN_T, ES, ES_T, FR, FR_T
from .test_page_metadata import BODY, URL, ld


def _clean(title: str, line: str, body: str):
    return cleaner.clean_text(f"{title}\n{line}\n\n{body}")


# ---------------------------------------------------------------- BYLINE-016: a network's prompt


@pytest.mark.parametrize(
    ("title", "line", "body", "names"),
    [
        (EN_T, "By Jane Doe Follow @janedoe", EN, ["Jane Doe"]),  # was 'Jane Doe Follow'
        (EN_T, "By Jane Doe Twitter: @janedoe", EN, ["Jane Doe"]),
        (EN_T, "By Jane Doe (Twitter: @janedoe)", EN, ["Jane Doe"]),
        (EN_T, "By Jane Doe and John Roe Follow on Twitter", EN, ["Jane Doe", "John Roe"]),
        (DE_T, "Von Anna Schmidt Instagram: @annaschmidt", DE, ["Anna Schmidt"]),
    ],
)
def test_a_networks_prompt_after_the_names_is_no_part_of_them(title, line, body, names):
    doc = _clean(title, line, body)
    assert doc.metadata.authors == names
    assert line not in doc.text


def test_a_name_that_ends_as_a_network_does_keeps_its_word():
    doc = _clean(EN_T, "By Malcolm X", EN)
    assert "Malcolm" not in " ".join(doc.metadata.authors) or doc.metadata.authors == ["Malcolm X"]


# ---------------------------------------------------------------- BYLINE-017: the photographer's credit


@pytest.mark.parametrize(
    ("title", "line", "body", "names"),
    [
        (EN_T, "By Jane Doe with photos by John Roe", EN, ["Jane Doe"]),
        (EN_T, "By Jane Doe (words) and John Roe (photography)", EN, ["Jane Doe"]),
        (EN_T, "By Jane Doe (text) and John Roe (photos)", EN, ["Jane Doe"]),
        (DE_T, "Von Anna Schmidt (Text) und Peter Müller (Fotos)", DE, ["Anna Schmidt"]),
        (DE_T, "Von Anna Schmidt mit Fotos von Peter Müller", DE, ["Anna Schmidt"]),
        (FR_T, "Par Marie Dupont (texte) et Jean Martin (photos)", FR, ["Marie Dupont"]),  # was 'Par Marie Dupont'
        (FR_T, "Par Marie Dupont avec des photos de Jean Martin", FR, ["Marie Dupont"]),
        (ES_T, "Por María García (texto) y Juan Pérez (fotos)", ES, ["María García"]),
        (ES_T, "Por María García con fotos de Juan Pérez", ES, ["María García"]),
    ],
)
def test_the_photographer_sharing_the_byline_is_no_author(title, line, body, names):
    doc = _clean(title, line, body)
    assert doc.metadata.authors == names
    assert line not in doc.text


@pytest.mark.parametrize(
    ("title", "line", "body", "names"),
    [
        (EN_T, "By Jane Doe and John Roe", EN, ["Jane Doe", "John Roe"]),  # two writers, no credit
        (DE_T, "Von Anna Schmidt und Peter Müller", DE, ["Anna Schmidt", "Peter Müller"]),
        (EN_T, "By Jane Doe with John Roe", EN, ["Jane Doe", "John Roe"]),
    ],
)
def test_writers_sharing_a_byline_stay_authors(title, line, body, names):
    assert _clean(title, line, body).metadata.authors == names


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the year, with photos by the dozen, the archive had doubled in size again.",
        "By Tuesday, the council had voted.",
    ],
)
def test_a_body_sentence_opening_with_by_stays_body(line):
    doc = _clean(EN_T, line, EN)
    assert doc.metadata.authors == []
    assert line in doc.text


# ---------------------------------------------------------------- BYLINE-018: what templates run on beside the names


@pytest.mark.parametrize(
    ("title", "line", "body", "names"),
    [
        (EN_T, "By Jane Doe FOXBusiness", EN, ["Jane Doe"]),  # was 'Jane Doe FOXBusiness'
        (EN_T, "By Jane Doe CNNMoney", EN, ["Jane Doe"]),
        (EN_T, "By Jane Doe Leave a Comment", EN, ["Jane Doe"]),
        (EN_T, "By Jane Doe | 3 Comments", EN, ["Jane Doe"]),
        (DE_T, "Von Anna Schmidt Kommentar schreiben", DE, ["Anna Schmidt"]),
        (DE_T, "Von Anna Schmidt (dpa)", DE, ["Anna Schmidt"]),
        (DE_T, "Von Redakteurin Anna Schmidt", DE, ["Anna Schmidt"]),
        (DE_T, "Von Chefredakteur Peter Müller", DE, ["Peter Müller"]),
        (ES_T, "Redacción / María García", ES, ["María García"]),
        (EN_T, "Associated Press | Jane Doe", EN, ["Jane Doe"]),
        (EN_T, "By Jane Doe, CNBC and John Roe, CNBC", EN, ["Jane Doe", "John Roe"]),
        (EN_T, "By Jane Doe, NPR", EN, ["Jane Doe"]),
    ],
)
def test_what_templates_run_on_beside_the_names_is_set_aside(title, line, body, names):
    doc = _clean(title, line, body)
    assert doc.metadata.authors == names
    assert line not in doc.text


@pytest.mark.parametrize(
    ("title", "line", "body", "names"),
    [
        (EN_T, "By Jane McDonald", EN, ["Jane McDonald"]),  # one capital opens a surname's second part
        (EN_T, "By LeBron James", EN, ["LeBron James"]),
        (EN_T, "By Ron DeSantis", EN, ["Ron DeSantis"]),
    ],
)
def test_a_surname_with_a_capital_inside_stays_whole(title, line, body, names):
    assert _clean(title, line, body).metadata.authors == names


def test_a_section_over_a_heading_is_no_desk_and_writer():
    doc = _clean(EN_T, "Sports | Breaking News", EN)
    assert doc.metadata.authors == []


# ---------------------------------------------------------------- BYLINE-020: headings shaped like names


@pytest.mark.parametrize(
    ("title", "line", "body"),
    [
        (
            "Example Desktop 15 for Mac",
            "See What’s New",
            "Whether you need to run programs that have no version for your computer, or you are making the "
            "switch and need to move your data, the desktop app has you covered.\n\n" + EN,
        ),
        (EN_T, "Trump's Plan", EN),
        (
            "Hafer-Porridge mit Leinsamen und Apfel",
            "Smarter Tipp",
            "Hafer ist reich an Ballaststoffen und Calcium, und der Quellstoff wirkt sich positiv auf den "
            "Cholesterinspiegel aus.\n\n" + DE,
        ),
        (DE_T, "Unser Fazit", DE),
    ],
)
def test_a_heading_shaped_like_a_name_is_no_byline(title, line, body):
    doc = _clean(title, line, body)
    assert doc.metadata.authors == []
    assert line in doc.text or doc.metadata.subtitle == line  # kept, or the dek under the title


def test_a_name_with_an_apostrophe_inside_stays_a_name():
    doc = _clean(EN_T, "Siobhan O'Connor", EN)
    assert doc.metadata.authors == ["Siobhan O'Connor"]


# ---------------------------------------------------------------- pages (HTML-016, HTML-040, HTML-041)


def page(*, head: str = "", byline: str = "", after: str = "", site: str = "Harbour Herald") -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head><title>Council votes to keep the ferry | {site}</title>"
        f"<meta property='og:site_name' content='{site}'>{head}</head>"
        f"<body><article><h1>Council votes to keep the ferry</h1>{byline}{BODY}</article>{after}</body></html>"
    )


@pytest.mark.parametrize(
    ("printed", "names"),
    [
        ("By Jane Doe Follow @janedoe", ["Jane Doe"]),
        ("By Jane Doe Twitter: @janedoe", ["Jane Doe"]),
        ("By Jane Doe with photos by John Roe", ["Jane Doe"]),
        ("Von Anna Schmidt mit Fotos von Peter Müller", ["Anna Schmidt"]),
        ("Von Anna Schmidt (Text) und Peter Müller (Fotos)", ["Anna Schmidt"]),
        ("Par Marie Dupont (texte) et Jean Martin (photos)", ["Marie Dupont"]),
        ("Por María García con fotos de Juan Pérez", ["María García"]),
        ("By Jane Doe and John Roe Associated Press", ["Jane Doe", "John Roe"]),
        ("By Jane Doe FOXBusiness", ["Jane Doe"]),  # was 'Jane Doe FOX'
        ("Von Anna Schmidt (dpa)", ["Anna Schmidt"]),
        ("Von Redakteurin Anna Schmidt", ["Anna Schmidt"]),
        ("By Jane Doe Leave a Comment", ["Jane Doe"]),
    ],
)
def test_byline_element_and_author_tag_name_the_writers_only(printed, names):
    assert clean_html(page(byline=f"<div class='byline'>{printed}</div>"), url=URL).metadata.authors == names
    head = f"<meta name='author' content='{printed}'>"
    assert clean_html(page(head=head), url=URL).metadata.authors == names


@pytest.mark.parametrize("printed", ["Photos: John Roe", "Foto von John Roe"])
def test_a_photographers_credit_in_the_author_tag_names_nobody(printed):
    head = f"<meta name='author' content='{printed}'>"
    assert clean_html(page(head=head), url=URL).metadata.authors == []


def test_the_sites_name_with_an_edition_is_no_author():
    url = "https://www.roomly.example/magazin/2024/03/05/best-of-2024"
    html = page(byline="<div class='byline'>Roomly Deutschland</div>", site="Roomly")
    assert clean_html(html, url=url).metadata.authors == []
    # a person's name on the same site stays
    html = page(byline="<div class='byline'>Anna Schmidt</div>", site="Roomly")
    assert clean_html(html, url=url).metadata.authors == ["Anna Schmidt"]


def test_a_bare_byline_element_naming_someone_else_than_the_declared_writer_is_no_author():
    article = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council votes to keep the ferry"}
    head = ld(dict(article, author={"@type": "Person", "name": "Cortyn"})) + "<meta name='author' content='Cortyn'>"
    comments = "<section class='comments'><div class='byline'>Move Comment</div></section>"
    html = page(head=head, byline="<span class='byline'>Move Comment</span>", after=comments)
    assert clean_html(html, url=URL).metadata.authors == []


def test_a_labelled_byline_beside_a_declared_nickname_is_the_author():
    article = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": "Council votes to keep the ferry"}
    head = ld(dict(article, author={"@type": "Person", "name": "Ela"})) + "<meta name='author' content='Ela'>"
    html = page(head=head, byline="<div class='author'>Author: Michaela Vais</div>")
    assert clean_html(html, url=URL).metadata.authors == ["Michaela Vais"]


# ---------------------------------------------------------------- BYLINE-019: 'Text:' over the credits and notes

DE_LONG = (
    "Seit 1936 wurden die Drehleitern in großen Stückzahlen beschafft, und viele von ihnen blieben bis weit "
    "in die Nachkriegszeit bei den Berufsfeuerwehren im Dienst, wie die Akten der Stadt zeigen."
)


@pytest.mark.parametrize(
    ("tail", "names"),
    [
        (
            "(wird fortgesetzt)\n\nText: Greta Lindqvist\n\nFotos: Jonas Albrecht, Greta Lindqvist, Karin Weber\n\n"
            "Literatur (u.a.):\n\nMeyer, Hans: Die Geschichte der Feuerwehr. Stuttgart 2007\n\n"
            "Schulz, Eva: Drehleitern 1900 bis 1960. Augsburg 1994",
            ["Greta Lindqvist"],
        ),
        ("Words: Jane Doe\n\nPhotography: John Roe\n\nThis story appeared in the spring issue.", ["Jane Doe"]),
    ],
)
def test_a_text_label_over_the_credits_and_notes_signs_the_copy(tail, names):
    doc = cleaner.clean_text(f"{DE_T}\n05.03.2024\n\n{DE}\n\n{DE_LONG}\n\n{tail}")
    assert doc.metadata.authors == names
    assert tail.split("\n")[0] in doc.text or tail.startswith("Words")
    assert DE_LONG in doc.text


def _rules_of(doc, text):
    return {r.rule for r in doc.removed if text in r.text}


@pytest.mark.parametrize(
    "tail",
    [
        # a paragraph of copy under the label: the label is the copy's (CREDITS-013 judges the line)
        "Text: Greta Lindqvist\n\nDie Stadt hat am Dienstag beschlossen, die alten Fahrzeuge im Museum zu zeigen, "
        "nach einer Debatte, die bis spät in die Nacht dauerte und viele Bürger anzog.",
        # a book's box in a review: no 'Text:' label
        "Autorin: Alys Lindqvist\n\nVerlag: Beispielverlag\n\nSeiten: 400",
    ],
)
def test_no_labelled_signature_over_copy_or_in_a_books_box(tail):
    doc = cleaner.clean_text(f"{DE_T}\n05.03.2024\n\n{DE}\n\n{DE_LONG}\n\n{tail}")
    assert "BYLINE-019" not in _rules_of(doc, tail.split("\n")[0])


def test_a_text_label_naming_someone_the_copy_speaks_of_is_no_signature():
    body = DE_LONG + " Greta Lindqvist leitete damals die Wache."
    tail = "Text: Greta Lindqvist\n\nFotos: Karin Weber\n\nLiteratur: Meyer, Hans: Die Feuerwehr. Stuttgart 2007"
    doc = cleaner.clean_text(f"{DE_T}\n05.03.2024\n\n{DE}\n\n{body}\n\n{tail}")
    assert "BYLINE-019" not in _rules_of(doc, "Text: Greta Lindqvist")


@pytest.mark.parametrize("account", ["Admin", "Redaktion", "Gast"])
def test_a_template_account_declared_as_writer_bars_no_byline(account):
    article = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": "Council votes to keep the ferry"}
    head = ld(dict(article, author={"@type": "Person", "name": account})) + f"<meta name='author' content='{account}'>"
    html = page(head=head, byline="<div class='byline'>Anna Schmidt</div>")
    assert clean_html(html, url=URL).metadata.authors == ["Anna Schmidt"]
