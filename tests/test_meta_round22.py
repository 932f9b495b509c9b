"""Metadata on real newsroom copy, 2026-12-06 (twenty-second session, issue 13): byline blocks written
for the test from what outlets print in the US, Britain, Europe, Asia and Latin America, each class
with look-alike copy that must stay as it is (a body sentence opening 'By the time…', 'Por primera
vez…', a caption with its photographer, an institution or an agency on a line of its own).

Classes fixed here: the Daily Mail's card in capitals with the post after the name ('By JANE DOE,
POLITICAL EDITOR FOR THE DAILY MAIL'); 'and agencies' in six languages ('Marie Dupont avec AFP');
the writer's paper behind 'of' ('Por Ana Silva, da Agência Brasil') or named with its article
(BYLINE-028, 'María García | El Universal'); the Globo network's desks ('g1 SP'); each writer with
the city filed from ('Von Anna Schmidt, Berlin, und Peter Müller, Brüssel'); an agency's name alone is
no writer ('Agence France-Presse'); datelines closed by a full stop (DATELINE-009, 'BUENOS AIRES.-',
'BERLIN.'); credits with the outlet's initials before 'PHOTO' (CAPTION-046, 'ST PHOTO: KEVIN LIM')."""

from __future__ import annotations

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
    "de": (
        "Bundestag beschließt umstrittenes Heizungsgesetz",
        "Der Bundestag hat am Freitag nach monatelangem Streit das umstrittene Heizungsgesetz beschlossen. "
        "Die Koalition setzte sich mit ihrer Mehrheit gegen die Opposition durch.",
        "Kritiker bemängeln, dass viele Hausbesitzer die Kosten für neue Heizungen nicht tragen könnten. Die "
        "Regierung verweist auf Förderprogramme für Haushalte mit geringem Einkommen.",
    ),
    "fr": (
        "Le gouvernement présente son projet de budget pour 2025",
        "Le gouvernement a présenté mardi son projet de budget pour 2025, qui prévoit des économies de "
        "plusieurs milliards d'euros dans les dépenses publiques.",
        "Les députés de l'opposition ont dénoncé un texte qui, selon eux, fera peser l'effort sur les ménages "
        "les plus modestes et sur les collectivités locales.",
    ),
    "es": (
        "El Gobierno aprueba la reforma de las pensiones",
        "El Consejo de Ministros aprobó este martes la reforma de las pensiones, que eleva las cotizaciones "
        "de los salarios más altos para garantizar el sistema.",
        "Los sindicatos celebraron el acuerdo, mientras que la patronal advirtió de que el aumento de las "
        "cotizaciones encarecerá el empleo en los próximos años.",
    ),
    "it": (
        "Il governo approva la manovra economica",
        "Il Consiglio dei ministri ha approvato martedì sera la manovra economica, che prevede tagli alle "
        "tasse per i redditi medi e nuove risorse per la sanità.",
        "Le opposizioni hanno criticato il testo, sostenendo che le coperture non siano sufficienti e che il "
        "debito pubblico continuerà a crescere.",
    ),
    "pt": (
        "Governo anuncia novo pacote de investimentos",
        "O governo anunciou nesta terça-feira um novo pacote de investimentos em infraestrutura, com obras "
        "de rodovias, ferrovias e portos em todo o país.",
        "Economistas avaliam que o programa pode estimular o crescimento, mas alertam para o risco fiscal em "
        "um momento de juros ainda elevados.",
    ),
    "nl": (
        "Kabinet presenteert plannen voor woningbouw",
        "Het kabinet heeft dinsdag plannen gepresenteerd om de komende tien jaar bijna een miljoen nieuwe "
        "woningen te bouwen, vooral in de grote steden.",
        "Gemeenten zijn positief, maar waarschuwen dat er te weinig bouwgrond en te weinig personeel is om de "
        "plannen op tijd uit te voeren.",
    ),
    "sv": (
        "Regeringen presenterar ny budget",
        "Regeringen presenterade på tisdagen sin budget för nästa år, med sänkta skatter för pensionärer och "
        "mer pengar till polisen och rättsväsendet.",
        "Oppositionen kritiserade förslaget och menade att det gör för lite för att pressa ned inflationen och "
        "hjälpa hushållen med höga räntor.",
    ),
}


def _article(lang: str, *block: str, first: str | None = None) -> tuple[cleaner.CleanedArticle, tuple[str, ...]]:
    title, p1, p2 = COPY[lang]
    paras = (first or p1, p2)
    doc = cleaner.clean_text("\n\n".join([title, *block, *paras]) + "\n")
    for para in paras:
        assert para in doc.text, "the copy is kept"
    assert doc.metadata.title == title
    return doc, paras


# ---------------------------------------------------------------- byline blocks of real outlets


@pytest.mark.parametrize(
    ("lang", "block", "authors"),
    [
        # the United States
        ("en", ["By Jane Doe and John Roe", "Reporting from Kyiv, Ukraine", "March 5, 2024"], ["Jane Doe", "John Roe"]),
        ("en", ["By JANE DOE and JOHN ROE", "Updated 3:14 PM EST, March 5, 2024"], ["Jane Doe", "John Roe"]),
        ("en", ["By Jane Doe and John Roe | The Washington Post"], ["Jane Doe", "John Roe"]),
        ("en", ["By Jane Doe, CNN", "4 minute read", "Updated 10:14 AM EST, Tue March 5, 2024"], ["Jane Doe"]),
        ("en", ["By Jane Doe Fox News", "Published March 5, 2024 6:00am EST"], ["Jane Doe"]),
        ("en", ["By Jane DoeStaff Writer", "March 5, 2024 6 AM PT"], ["Jane Doe"]),
        ("en", ["Jane Doe", "USA TODAY"], ["Jane Doe"]),
        ("en", ["Story by Jane Doe • 3h • 4 min read"], ["Jane Doe"]),
        (
            "en",
            ["By Jane Doe, John Roe, Ann Poe and Bob Loe | Associated Press"],
            ["Jane Doe", "John Roe", "Ann Poe", "Bob Loe"],
        ),
        # Britain
        ("en", ["Jane Doe Political correspondent", "Tue 5 Mar 2024 18.00 GMT"], ["Jane Doe"]),
        ("en", ["Jane Doe", "BBC News, Washington"], ["Jane Doe"]),
        ("en", ["By Jane Doe, Political Editor", "5 March 2024 • 6:00pm"], ["Jane Doe"]),
        (
            "en",
            ["By JANE DOE FOR MAILONLINE", "PUBLISHED: 18:00 GMT, 5 March 2024 | UPDATED: 19:10 GMT, 5 March 2024"],
            ["Jane Doe"],
        ),
        (
            "en",
            ["By JANE DOE, POLITICAL EDITOR FOR THE DAILY MAIL", "PUBLISHED: 18:00 GMT, 5 March 2024"],
            ["Jane Doe"],
        ),
        ("en", ["By JANE DOE, CHIEF POLITICAL CORRESPONDENT"], ["Jane Doe"]),
        ("en", ["Jane Doe in London and John Roe in Brussels"], ["Jane Doe", "John Roe"]),
        # Asia and the Pacific
        ("en", ["Jane Doe / TNN / Updated: Mar 5, 2024, 18:00 IST"], ["Jane Doe"]),
        ("en", ["Jane Doe", "in Beijing", "Published: 6:00pm, 5 Mar 2024"], ["Jane Doe"]),
        ("en", ["By: Jane Doe - Reporter / @janedoeINQ", "INQUIRER.net / 06:00 PM March 05, 2024"], ["Jane Doe"]),
        ("en", ["By political reporter Jane Doe", "Posted Tue 5 Mar 2024 at 6:00pm"], ["Jane Doe"]),
        ("en", ["By Xu Wei | China Daily"], ["Xu Wei"]),
        ("en", ["JANE DOE, Nikkei staff writer", "March 5, 2024 18:00 JST"], ["Jane Doe"]),
        # Europe
        ("de", ["Von Anna Schmidt und Peter Müller", "05.03.2024, 18.00 Uhr"], ["Anna Schmidt", "Peter Müller"]),
        ("de", ["Eine Analyse von Anna Schmidt", "5. März 2024, 18:00 Uhr"], ["Anna Schmidt"]),
        (
            "fr",
            ["Par Marie Dupont", "Publié le 05 mars 2024 à 18h00, modifié le 06 mars 2024 à 10h14"],
            ["Marie Dupont"],
        ),
        ("it", ["di Marco Rossi e Giulia Bianchi"], ["Marco Rossi", "Giulia Bianchi"]),
        ("nl", ["Door onze redacteur Jan de Vries"], ["Jan de Vries"]),
        ("sv", ["Av Anna Svensson", "5 mars 2024"], ["Anna Svensson"]),
        # Latin America
        ("es", ["Por María García y Juan Pérez"], ["María García", "Juan Pérez"]),
        ("pt", ["Por Ana Silva, g1 — São Paulo", "05/03/2024 18h00 Atualizado há 2 horas"], ["Ana Silva"]),
    ],
)
def test_an_outlets_byline_block_gives_its_writers(lang, block, authors):
    doc, _ = _article(lang, *block)
    assert doc.metadata.authors == authors


@pytest.mark.parametrize(
    ("lang", "block"),
    [
        ("en", ["By Staff", "March 5, 2024"]),
        ("en", ["By AFP", "March 5, 2024"]),
        ("de", ["Von dpa", "05.03.2024"]),
        ("es", ["Por Redacción", "5 de marzo de 2024"]),
        ("pt", ["Por Redação g1"]),
        ("en", ["Harvard University", "March 5, 2024"]),
        ("en", ["Photography by John Roe"]),
        ("en", ["Staff and wire reports"]),
    ],
)
def test_a_desk_an_agency_an_institution_or_a_photographer_names_no_writer(lang, block):
    doc, _ = _article(lang, *block)
    assert doc.metadata.authors == []


@pytest.mark.parametrize(
    ("lang", "first"),
    [
        ("en", "By the time the polls closed on Tuesday night, the result was clear to everyone in the room."),
        ("en", "Written by a group of parents, the letter asked the council to keep the school open for another year."),
        (
            "es",
            "Por primera vez en la historia, el Gobierno ha aprobado una reforma de las pensiones con apoyo de todos.",
        ),
        ("fr", "Par ailleurs, le gouvernement a annoncé une hausse des crédits de la défense pour l'année prochaine."),
        ("nl", "Door de regen van de afgelopen weken staan veel weilanden in het oosten van het land onder water."),
        ("it", "Di fronte alla crisi, il governo ha deciso di rinviare la riforma delle pensioni all'anno prossimo."),
        ("de", "Von Berlin aus will die Regierung die Verhandlungen mit den Ländern in den kommenden Wochen führen."),
        ("sv", "Av alla förslag i budgeten är det sänkta skatter för pensionärer som väcker mest debatt i riksdagen."),
    ],
)
def test_copy_that_opens_with_a_lead_in_word_is_no_byline(lang, first):
    doc, _ = _article(lang, first=first)
    assert doc.metadata.authors == []


# ---------------------------------------------------------------- the Daily Mail's card in capitals


def test_a_card_in_capitals_keeps_the_name_before_the_post():
    """'By JANE DOE, POLITICAL EDITOR FOR THE DAILY MAIL': the post after the name, not before it (the
    ABC's 'By political reporter Jane Doe' puts it before, in lower case)."""
    doc, _ = _article("en", "By JANE DOE, POLITICAL EDITOR FOR THE DAILY MAIL")
    assert doc.metadata.authors == ["Jane Doe"]
    doc, _ = _article("en", "By POLITICAL REPORTER JANE DOE")
    assert doc.metadata.authors == ["Jane Doe"]


# ---------------------------------------------------------------- 'and agencies' in six languages


@pytest.mark.parametrize(
    ("lang", "line", "writer"),
    [
        ("fr", "Marie Dupont avec AFP", "Marie Dupont"),
        ("fr", "Par Marie Dupont avec AFP", "Marie Dupont"),
        ("de", "Anna Schmidt mit dpa", "Anna Schmidt"),
        ("es", "María García con EFE", "María García"),
        ("es", "Por María García y agencias", "María García"),
        ("it", "di Marco Rossi con Ansa", "Marco Rossi"),
        ("pt", "Ana Silva com agências", "Ana Silva"),
        ("en", "Jane Doe and agencies", "Jane Doe"),
    ],
)
def test_a_writer_with_the_agencies_is_the_author(lang, line, writer):
    doc, _ = _article(lang, line)
    assert doc.metadata.authors == [writer]
    assert line not in doc.text


def test_the_papers_own_name_with_an_agency_names_no_writer():
    doc, _ = _article("fr", "Le Monde avec AFP", "Publié le 05 mars 2024 à 18h00")
    assert doc.metadata.authors == []


# ---------------------------------------------------------------- the writer's paper


@pytest.mark.parametrize(
    ("lang", "line", "writer"),
    [
        ("pt", "Por Ana Silva, da Agência Brasil", "Ana Silva"),
        ("pt", "Por Ana Silva, do g1", "Ana Silva"),
        ("pt", "Por Ana Silva, da Folha de S.Paulo", "Ana Silva"),
        ("pt", "Por Ana Silva, g1 SP", "Ana Silva"),
        ("es", "Por María García, de El País", "María García"),
        ("it", "di Marco Rossi, dell'Ansa", "Marco Rossi"),
        ("es", "María García | El Universal", "María García"),
        ("es", "Por María García, El Universal", "María García"),
        ("pt", "Ana Silva - O Globo", "Ana Silva"),
        ("it", "Marco Rossi | Il Foglio", "Marco Rossi"),
        ("fr", "Par Marie Dupont, Le Figaro", "Marie Dupont"),
    ],
)
def test_the_writers_paper_after_the_name_is_no_second_writer(lang, line, writer):
    doc, _ = _article(lang, line, "05/03/2024 18:00")
    assert doc.metadata.authors == [writer]
    assert line not in doc.text


@pytest.mark.parametrize("line", ["Real Madrid | La Liga", "Por María García, El Clásico"])
def test_a_name_with_the_article_that_is_no_paper_is_refused(line):
    """BYLINE-028 holds whole names: 'La Liga' is a league, 'El Clásico' a match."""
    doc, _ = _article("es", line, "05/03/2024 18:00")
    assert doc.metadata.authors == []


def test_each_writer_with_the_city_filed_from():
    doc, _ = _article("de", "Von Anna Schmidt, Berlin, und Peter Müller, Brüssel")
    assert doc.metadata.authors == ["Anna Schmidt", "Peter Müller"]


def test_a_teasers_byline_with_cities_under_the_copy_is_no_signature():
    """'Von A und B, Berlin, und C' closing a dump is the next story's byline (Süddeutsche's teasers):
    not the author's signature, on a first cleaning or on a second."""
    title, p1, p2 = COPY["de"]
    teaser = "Von Anna Schmidt und Peter Müller, Berlin, und Klaus Weber"
    doc = cleaner.clean_text("\n\n".join([title, "Von Anna Schmidt, Berlin", p1, p2, teaser]) + "\n")
    assert doc.metadata.authors == ["Anna Schmidt"]
    again = cleaner.clean_text(doc.text)
    assert again.text == doc.text


@pytest.mark.parametrize("agency", ["Agence France-Presse", "Europa Press", "Deutsche Welle", "Thomson Reuters"])
def test_an_agencys_name_alone_is_no_writer(agency):
    doc, _ = _article("en", agency)
    assert doc.metadata.authors == []
    doc, _ = _article("en", "Jane Doe", agency)
    assert doc.metadata.authors == ["Jane Doe"]


# ---------------------------------------------------------------- DATELINE-009


@pytest.mark.parametrize(
    ("lang", "lead", "place", "date"),
    [
        ("es", "BUENOS AIRES.- ", "BUENOS AIRES", None),  # Clarín, La Nación
        ("es", "SANTIAGO.– ", "SANTIAGO", None),  # El Mercurio
        ("es", "BOGOTÁ.- ", "BOGOTÁ", None),
        ("es", "LIMA, 5 de marzo.- ", "LIMA", "5 de marzo"),
        ("de", "BERLIN. ", "BERLIN", None),  # German regional papers
        ("de", "MÜNCHEN. ", "MÜNCHEN", None),
    ],
)
def test_a_dateline_closed_by_a_full_stop_fills_the_dateline(lang, lead, place, date):
    title, p1, p2 = COPY[lang]
    first = lead + p1 + " " + p2
    doc = cleaner.clean_text("\n\n".join([title, first, p2]) + "\n")
    d = doc.metadata.dateline
    assert d is not None and (d.place, d.agency, d.date) == (place, None, date)
    assert first in doc.text  # the dateline stays in the copy as printed


@pytest.mark.parametrize(
    "first",
    [
        "NATO. The alliance said on Tuesday that it would send more troops to its eastern members, and that "
        "the decision had been taken unanimously by the ministers.",
        "EFFECTIFSM. Depay11M. DembéléP. Kadewere24L. DuboisJ. DenayerM. Bard31M. Guedes FilhoA. LopesH. "
        "AouarB. Guimarães Rodriguez MouraT. Mendes Ribeiro12 LopesH. AouarB.",
        "UPDATE. The council said on Tuesday that it would hold the vote again in June, after a debate that "
        "ran late into the night and ended without a result.",
    ],
)
def test_an_acronym_a_label_or_glued_cells_are_no_dateline(first):
    title, _, p2 = COPY["en"]
    doc = cleaner.clean_text("\n\n".join([title, first, p2]) + "\n")
    assert doc.metadata.dateline is None


# ---------------------------------------------------------------- CAPTION-046


@pytest.mark.parametrize(
    ("credit", "photographer"),
    [
        ("ST PHOTO: KEVIN LIM", "Kevin Lim"),
        ("BT PHOTO: YEN MENG JIIN", "Yen Meng Jiin"),
        ("NST PHOTO BY JOHN ROE", "John Roe"),
        ("ST FILE PHOTO", None),
        ("AFP PHOTO", None),
    ],
)
def test_an_outlets_initials_before_photo_make_a_credit(credit, photographer):
    caption = f"Commuters wait for a train at Jurong East station on Tuesday. {credit}"
    doc, _ = _article("en", "By Jane Doe")
    title, p1, p2 = COPY["en"]
    doc = cleaner.clean_text("\n\n".join([title, "By Jane Doe", p1, caption, p2]) + "\n")
    assert caption not in doc.text
    assert [(c.credit, c.photographer) for c in doc.metadata.captions] == [(credit, photographer)]
    assert doc.metadata.authors == ["Jane Doe"]  # the photographer is no writer


def test_a_sentence_ending_in_photo_is_no_credit():
    title, p1, p2 = COPY["en"]
    line = "The agency said the images had been checked and that the minister had posed for the ID PHOTO"
    doc = cleaner.clean_text("\n\n".join([title, p1, line, p2]) + "\n")
    assert line in doc.text
    assert doc.metadata.captions == []


# ---------------------------------------------------------------- a writer's card under the copy


@pytest.mark.parametrize(
    "card",
    [
        ["Jane Doe", "Senior Reporter", "Jane covers Congress and the White House."],
        ["Jane Doe", "Staff Writer", "Jane Doe has covered Congress since 2015 and lives in Arlington."],
        ["Jane Doe", "Staff Writer", "Jane is a senior reporter at the Example Times. She joined in 2015."],
    ],
)
def test_a_writers_card_with_its_bio_closing_the_text_gives_the_author(card):
    """The author box as Forbes, Business Insider or Axios print it under the story: the name, the job
    title, a line of bio that opens with her name (BYLINE-015)."""
    title, p1, p2 = COPY["en"]
    doc = cleaner.clean_text("\n\n".join([title, p1, p2, *card]) + "\n")
    assert doc.metadata.authors == ["Jane Doe"]
    assert all(line not in doc.text for line in card)
    assert p2 in doc.text


@pytest.mark.parametrize(
    "card",
    [
        ["Mary Smith", "Nurse", "Mary says the hospital has never been this busy in her career."],
        ["Jane Doe", "Staff Writer", "The council will meet again next week to vote on the plan."],
    ],
)
def test_a_name_over_a_line_that_is_no_bio_stays_in_the_copy(card):
    title, p1, p2 = COPY["en"]
    doc = cleaner.clean_text("\n\n".join([title, p1, p2, *card]) + "\n")
    assert doc.metadata.authors == []
    assert card[-1] in doc.text
