"""Metadata on real newsroom copy and pages, 2026-12-06 (twenty-third session, issue 13): byline and
headline blocks written for the test from what outlets print in France, the Low Countries, Germany,
Spain, Italy, Brazil and the United States, each class with look-alike copy that must stay as it is.

Classes fixed here: a broadcaster or a paper named by its nouns is no writer ('France Télévisions'
under franceinfo's writers, 'RTL Nieuws', 'Sud Ouest': BYLINE-005's words), on the page's JSON-LD too;
a desk named whole in sentence case is no title ('Faits divers', 'Sucesos', 'Cronaca nera':
HEADLINE-014), nor is a site whose name holds a number over its section ('20 Minutes' / 'Faits
divers'), nor a desk's name declared as the og:title (HTML-017); a photographer's card is a credit, no
byline (BYLINE-029); a name with a particle glued to a date with a two-digit year ('Peter de Vries
05-03-24, 16:12', the AD's), with the update run on after it, or over a job title first
('Jan van den Bosch' / 'verslaggever Binnenland', NOS's card) is the writer, but an institution or an
event named so is not ('Raad van State', 'Tour de France': BYLINE-030)."""

from __future__ import annotations

import json

import pytest

import cleaner

COPY = {
    "en": (
        "Senate passes sweeping budget bill after marathon session",
        "The Senate passed a sweeping budget bill late Tuesday after a marathon session that stretched into "
        "the night, sending it to the House where its fate is uncertain.",
        "Lawmakers from both parties said the measure would fund roads, schools and hospitals for another "
        "year, though several warned that the deficit would keep growing.",
    ),
    "fr": (
        "Un homme interpellé après une course-poursuite dans le centre de Lyon",
        "Un homme de 34 ans a été interpellé dimanche soir après une course-poursuite avec la police dans le "
        "centre de Lyon, a-t-on appris auprès de la préfecture.",
        "Le conducteur, qui circulait sans permis, a refusé de s'arrêter lors d'un contrôle routier avant de "
        "percuter plusieurs véhicules en stationnement.",
    ),
    "nl": (
        "Kabinet presenteert plannen voor woningbouw",
        "Het kabinet heeft dinsdag plannen gepresenteerd om de komende tien jaar bijna een miljoen nieuwe "
        "woningen te bouwen, vooral in de grote steden.",
        "Gemeenten zijn positief, maar waarschuwen dat er te weinig bouwgrond en te weinig personeel is om de "
        "plannen op tijd uit te voeren.",
    ),
    "de": (
        "Bundestag beschließt umstrittenes Heizungsgesetz",
        "Der Bundestag hat am Freitag nach monatelangem Streit das umstrittene Heizungsgesetz beschlossen. "
        "Die Koalition setzte sich mit ihrer Mehrheit gegen die Opposition durch.",
        "Kritiker bemängeln, dass viele Hausbesitzer die Kosten für neue Heizungen nicht tragen könnten. Die "
        "Regierung verweist auf Förderprogramme für Haushalte mit geringem Einkommen.",
    ),
    "es": (
        "Detenido un hombre tras una persecución en el centro de Valencia",
        "La Policía Nacional detuvo este domingo a un hombre de 34 años tras una persecución por el centro de "
        "Valencia, según informaron fuentes de la Delegación del Gobierno.",
        "El conductor, que circulaba sin carné, se negó a detenerse en un control y chocó contra varios coches "
        "aparcados antes de huir a pie.",
    ),
    "it": (
        "Arrestato un uomo dopo un inseguimento nel centro di Torino",
        "Un uomo di 34 anni è stato arrestato domenica sera dopo un inseguimento con la polizia nel centro di "
        "Torino, secondo quanto riferito dalla questura.",
        "Il conducente, che guidava senza patente, non si è fermato a un posto di blocco e ha urtato diverse "
        "auto parcheggiate prima di fuggire a piedi.",
    ),
}


def _clean(lang: str, *top: str, title: bool = True) -> cleaner.CleanedArticle:
    head, p1, p2 = COPY[lang]
    lines = [head, *top] if title else list(top)
    doc = cleaner.clean_text("\n\n".join([*lines, p1, p2]) + "\n")
    assert p1 in doc.text and p2 in doc.text, "the copy is kept"
    assert cleaner.clean_text(doc.text).text == doc.text, "cleaning the clean text changes nothing"
    return doc


# ---------------------------------------------------------------- broadcasters and papers are no writers


@pytest.mark.parametrize(
    ("lang", "block", "authors"),
    [
        # franceinfo: the desk's story, and the writer's over the group's name
        ("fr", ["France Télévisions", "Publié le 05/03/2024 16:12"], []),
        (
            "fr",
            ["Jean Dupont", "France Télévisions", "Rédaction Culture", "Publié le 05/03/2024 16:12"],
            ["Jean Dupont"],
        ),
        ("fr", ["Jean Dupont - France Télévisions", "Publié le 05/03/2024 16:12"], ["Jean Dupont"]),
        ("fr", ["franceinfo avec AFP", "France Télévisions", "Publié le 05/03/2024 16:12"], []),
        # Radio France's stations, the regional dailies
        ("fr", ["Jean Dupont", "France Bleu", "Publié le 05/03/2024 à 16h12"], ["Jean Dupont"]),
        ("fr", ["Sud Ouest", "Publié le 05/03/2024 à 16h12"], []),
        ("fr", ["Jean Dupont", "Midi Libre", "Publié le 05/03/2024 à 16h12"], ["Jean Dupont"]),
        # the Dutch broadcasters' news sites
        ("nl", ["RTL Nieuws", "05-03-24, 16:12"], []),
        ("nl", ["Sanne de Jong", "Omroep Brabant", "5 maart 2024, 16:12"], ["Sanne de Jong"]),
        # Spain's, Italy's and Germany's
        ("es", ["Radiotelevisión Española", "05/03/2024 16:12"], []),
        ("it", ["Marco Rossi", "La Stampa", "05/03/2024 16:12"], ["Marco Rossi"]),
        ("de", ["Anna Schmidt", "Berliner Morgenpost", "05.03.2024, 16:12 Uhr"], ["Anna Schmidt"]),
    ],
)
def test_a_broadcaster_or_a_paper_is_no_writer(lang, block, authors):
    doc = _clean(lang, *block)
    assert doc.metadata.authors == authors
    assert not any(b in doc.text for b in block), "the byline block goes"


@pytest.mark.parametrize(
    ("lang", "block", "authors"),
    [
        # a given name that is also a word of a paper's name ('Matin' of Nice-Matin) stays a name
        ("de", ["Matin Qaim", "05.03.2024, 16:12 Uhr"], ["Matin Qaim"]),
        # 'France' opens Québécois given names as it opens Radio France's stations
        ("fr", ["France Beaudoin", "Publié le 05/03/2024 à 16h12"], ["France Beaudoin"]),
    ],
)
def test_a_person_whose_name_shares_a_papers_word_is_still_the_writer(lang, block, authors):
    assert _clean(lang, *block).metadata.authors == authors


# ---------------------------------------------------------------- the story's age glued after the name


@pytest.mark.parametrize(
    ("lang", "line", "author"),
    [
        ("fr", "Jean Dupont Il y a 2 heures", "Jean Dupont"),
        ("de", "Anna Schmidt vor 2 Stunden", "Anna Schmidt"),
        ("es", "María García Hace 2 horas", "María García"),
        ("it", "Marco Rossi 2 ore fa", "Marco Rossi"),
        ("nl", "Jan Jansen 2 uur geleden", "Jan Jansen"),
        ("de", "Anna Schmidt vor 3 Jahren", "Anna Schmidt"),
    ],
)
def test_a_writer_with_the_storys_age_glued_after_the_name(lang, line, author):
    """BYLINE-031: read whole, the line was no name, and under the title it became the subtitle."""
    doc = _clean(lang, line)
    assert doc.metadata.authors == [author]
    assert doc.metadata.subtitle is None
    assert line not in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "Den Plan stellte die Regierung vor 2 Jahren",
        "Ministerium vor 2 Stunden",
    ],
)
def test_an_age_after_words_that_name_no_one_gives_no_writer(line):
    assert _clean("de", line).metadata.authors == []


# ---------------------------------------------------------------- desks named whole are no titles


@pytest.mark.parametrize(
    ("lang", "top"),
    [
        ("fr", ["Faits divers"]),  # 20 Minutes, Ouest-France, Le Parisien
        ("fr", ["Faits-divers"]),  # franceinfo
        ("fr", ["20 Minutes", "Faits divers"]),  # the site, whose name holds a number, over its section
        ("fr", ["France 24", "Monde"]),
        ("fr", ["Vrai ou faux"]),  # franceinfo's rubric
        ("fr", ["À la une"]),  # the front page's label
        ("es", ["Sucesos"]),  # El País, El Mundo
        ("it", ["Cronaca nera"]),  # the Corriere's, Il Giorno's
        ("de", ["Blaulicht"]),  # the German regionals' police news
    ],
)
def test_a_desk_named_whole_over_the_headline_is_no_title(lang, top):
    head, _, _ = COPY[lang]
    doc = cleaner.clean_text("\n\n".join([*top, head, "Par Jean Dupont", *COPY[lang][1:]]) + "\n")
    assert doc.metadata.title == head
    assert not any(line in doc.text.splitlines() for line in top)


@pytest.mark.parametrize(
    ("lang", "line", "authors"),
    [
        ("fr", "Jean Dupont - Faits divers", ["Jean Dupont"]),
        ("fr", "Jean Dupont | Société", ["Jean Dupont"]),
        ("es", "María García · Sucesos", ["María García"]),
        ("en", "Jane Doe | World News", ["Jane Doe"]),
    ],
)
def test_a_writer_then_the_desk_gives_the_writer(lang, line, authors):
    doc = _clean(lang, line)
    assert doc.metadata.authors == authors
    assert line not in doc.text


@pytest.mark.parametrize(
    "title",
    [
        "Faits divers : la police lance un appel à témoins après une disparition",
        "Sucesos extraños en la costa de Galicia",
        "Justice for the miners, fifty years on",
    ],
)
def test_a_headline_that_opens_with_a_desks_words_stays_the_title(title):
    _, p1, p2 = COPY["fr"]
    doc = cleaner.clean_text("\n\n".join([title, p1, p2]) + "\n")
    assert doc.metadata.title == title


@pytest.mark.parametrize(
    ("lang", "top"),
    [
        ("fr", ["franceinfo"]),
        ("fr", ["franceinfo:"]),
        ("fr", ["20minutes"]),
        ("fr", ["l'Humanité"]),
        ("fr", ["20 Minutes"]),
        ("fr", ["TF1 Info"]),
        ("fr", ["TF1 INFO"]),
        ("fr", ["Europe 1", "Politique"]),
        ("de", ["t-online"]),
    ],
)
def test_a_sites_name_in_a_shape_no_kicker_has_is_no_title(lang, top):
    """HEADLINE-015: a number in it or spelt in lower case, the site's name over the headline."""
    head, p1, p2 = COPY[lang]
    doc = cleaner.clean_text("\n\n".join([*top, head, p1, p2]) + "\n")
    assert doc.metadata.title == head
    assert not any(line in doc.text.splitlines() for line in top)
    assert any(r.rule == "HEADLINE-015" for r in doc.removed)


@pytest.mark.parametrize("first", ["update", "and", "Apollo 11"])
def test_a_slug_a_function_word_or_a_subject_with_a_number_is_no_sites_name(first):
    head, p1, p2 = COPY["en"]
    doc = cleaner.clean_text("\n\n".join([first, head, p1, p2]) + "\n")
    assert not any(r.rule == "HEADLINE-015" for r in doc.removed)


def test_a_number_over_a_headline_with_no_section_under_it_is_judged_as_before():
    """'Apollo 11' over its dek: a title with a number is no site's name unless a section follows it."""
    _, p1, p2 = COPY["en"]
    doc = cleaner.clean_text("\n\n".join(["Apollo 11", "The mission that changed how we see the Moon", p1, p2]) + "\n")
    assert doc.metadata.title == "Apollo 11"


# ---------------------------------------------------------------- a photographer's card is a credit


@pytest.mark.parametrize(
    ("lang", "block", "authors", "photographer"),
    [
        ("en", ["John Roe", "Staff Photographer"], [], "John Roe"),
        ("en", ["Jane Doe", "Staff Writer", "John Roe", "Staff Photographer"], ["Jane Doe"], "John Roe"),
        ("en", ["By Jane Doe", "John Roe, Staff Photographer"], ["Jane Doe"], "John Roe"),
        ("de", ["Anna Schmidt", "Redakteurin", "Peter Müller", "Fotograf"], ["Anna Schmidt"], "Peter Müller"),
        ("fr", ["Par Jean Dupont", "Marie Martin | Photographe"], ["Jean Dupont"], "Marie Martin"),
        ("es", ["Por María García", "Juan Pérez, fotoperiodista"], ["María García"], "Juan Pérez"),
    ],
)
def test_a_photographers_card_names_no_author(lang, block, authors, photographer):
    doc = _clean(lang, *block)
    assert doc.metadata.authors == authors
    assert doc.metadata.credits is not None
    assert doc.metadata.credits.other.get("photography") == [photographer]
    assert not any(b in doc.text for b in block)
    assert any(r.rule == "BYLINE-029" for r in doc.removed)


def test_a_byline_of_writers_each_with_a_job_leaves_out_the_photographer():
    doc = _clean("en", "By Jane Doe, Staff Writer, and John Roe, Staff Photographer")
    assert doc.metadata.authors == ["Jane Doe"]


@pytest.mark.parametrize(
    ("block", "authors"),
    [
        (["Jane Doe", "Staff Writer"], ["Jane Doe"]),
        (["John Roe, Senior Correspondent"], ["John Roe"]),
        (["John Roe", "Photography Director"], []),  # a job that is no photographer's: no card of this rule
    ],
)
def test_a_writers_card_is_no_photographers(block, authors):
    doc = _clean("en", *block)
    assert not any(r.rule == "BYLINE-029" for r in doc.removed)
    if authors:
        assert doc.metadata.authors == authors


# ---------------------------------------------------------------- names with a particle beside a date


@pytest.mark.parametrize(
    ("block", "authors", "date"),
    [
        (["Peter de Vries 05-03-24, 16:12"], ["Peter de Vries"], "2024-03-05"),  # the AD's, a year of two digits
        (["Peter de Vries 05-03-24, 16:12 Laatste update: 16:30"], ["Peter de Vries"], "2024-03-05"),
        (["Jan van der Berg 5 mrt 2024"], ["Jan van der Berg"], "2024-03-05"),
        (["Jan van den Bosch", "verslaggever Binnenland"], ["Jan van den Bosch"], None),  # NOS's card
        (["Jan van den Bosch", "correspondent Midden-Oosten"], ["Jan van den Bosch"], None),
    ],
)
def test_a_dutch_writer_with_a_particle_beside_the_date_or_the_job(block, authors, date):
    doc = _clean("nl", *block)
    assert doc.metadata.authors == authors
    if date:
        assert (doc.metadata.published or {}).get("iso", "")[:10] == date
    assert not any(b in doc.text for b in block)


@pytest.mark.parametrize(
    "block",
    [
        ["Raad van State 05-03-24, 16:12"],
        ["Raad van State 05-03-2024, 16:12"],
        ["Raad van State", "05-03-24, 16:12"],
        ["Tag der Arbeit 05.03.2024"],
        ["Hof van Justitie", "correspondent Den Haag"],
        ["Tour de France", "verslaggever Sport"],
    ],
)
def test_an_institution_or_an_event_with_a_particle_is_no_writer(block):
    assert _clean("nl", *block).metadata.authors == []


# ---------------------------------------------------------------- pages: the declared title and authors

_T = COPY["fr"][0]
_BODY = "".join(
    f"<p>{p}</p>"
    for p in (
        *COPY["fr"][1:],
        "Il a été placé en garde à vue et devra répondre de plusieurs délits, selon une source policière qui "
        "n'a pas souhaité donner plus de détails sur son identité.",
        "Les habitants du quartier ont dit leur inquiétude face à la multiplication de ces refus d'obtempérer "
        "ces derniers mois, qui ont déjà fait plusieurs blessés.",
    )
)


def _page(ld: dict | None = None, og_title: str | None = None) -> bytes:
    head = f"<title>{_T} | Example</title>"
    if og_title:
        head += f'<meta property="og:title" content="{og_title}">'
    if ld:
        head += f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    return f"<html><head>{head}</head><body><article><h1>{_T}</h1>{_BODY}</article></body></html>".encode()


@pytest.mark.parametrize(
    ("author", "authors"),
    [
        ({"@type": "Person", "name": "France Télévisions"}, []),
        (
            [{"@type": "Person", "name": "Jean Dupont"}, {"@type": "Person", "name": "France Télévisions"}],
            ["Jean Dupont"],
        ),
        ({"@type": "Person", "name": "Jean Dupont"}, ["Jean Dupont"]),
    ],
)
def test_a_broadcaster_declared_as_a_person_is_no_author_of_the_page(author, authors):
    doc = cleaner.clean_html(
        _page({"@type": "NewsArticle", "headline": _T, "author": author}), url="https://example.fr/a"
    )
    assert doc.metadata.authors == authors


@pytest.mark.parametrize(("og", "title"), [("Faits divers", _T), ("World News", _T), (_T, _T)])
def test_a_desks_name_declared_as_the_og_title_is_no_title_of_the_page(og, title):
    doc = cleaner.clean_html(_page(og_title=og), url="https://example.fr/a")
    assert doc.metadata.title == title


# ---------------------------------------------------------------- a credits role names people


@pytest.mark.parametrize(
    ("line", "reporting"),
    [
        ("Additional reporting by Jane Doe and agencies", ["Jane Doe"]),
        ("Reporting by Jane Doe and John Roe and wire services", ["Jane Doe", "John Roe"]),
        ("Additional reporting by agencies", ["agencies"]),  # alone, as the inputs note keeps them
    ],
)
def test_agencies_beside_a_reporter_credit_no_one(line, reporting):
    """CREDITS-023: 'agencies' beside a reporter's name was filed as a second reporter."""
    head, p1, p2 = COPY["en"]
    doc = cleaner.clean_text("\n\n".join([head, "By Ann Poe", p1, p2, line]) + "\n")
    assert doc.metadata.authors == ["Ann Poe"]
    assert doc.metadata.credits is not None
    assert doc.metadata.credits.reporting == reporting
