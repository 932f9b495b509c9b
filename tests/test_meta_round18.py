"""Metadata on real copy (issue 13, eighteenth session): bylines in the forms real dumps print in
several languages: a name glued to its stamp with no space ('Anna Schmidt05.03.2024', 'Marie
DupontPublié le …'), a surname's particle in lower case under a lone lead-in or a signature's label
('Door' / 'Sanne de Vries'), 'Written by' / the name at the end, and the writer's bio closing a
French, Spanish, Italian, Portuguese or Dutch story (CREDITS-020); with the traps beside them: a
kicker, an institution or a team shaped like a name, a mayor's last paragraph, a journalist the
story is about."""

from __future__ import annotations

import pytest

import cleaner

EN_T = "Council approves new budget after long debate"
EN = (
    "The city council voted on Tuesday to approve a new budget for the coming year, after a debate that "
    "ran late into the night and drew dozens of residents.\n\n"
    "Members said the plan would fund more buses and repair roads across the city, while keeping "
    "property taxes flat for most households."
)
DE_T = "Stadtrat beschließt neuen Haushalt nach langer Debatte"
DE = (
    "Der Stadtrat hat am Dienstag den neuen Haushalt für das kommende Jahr beschlossen, nach einer "
    "Debatte, die bis spät in die Nacht dauerte.\n\nDer Plan erhöht die Grundsteuer um zwei Prozent und "
    "gibt mehr Geld für Schulen, teilte die Stadt mit."
)
FR_T = "Le conseil adopte le budget après un long débat"
FR = (
    "Le conseil municipal a adopté mardi le nouveau budget pour l'année prochaine, après un débat qui "
    "s'est prolongé tard dans la nuit.\n\nLe plan augmente la taxe foncière de deux pour cent et finance "
    "les écoles, selon la mairie."
)
ES_T = "El ayuntamiento aprueba el presupuesto tras un largo debate"
ES = (
    "El ayuntamiento aprobó el martes el nuevo presupuesto para el próximo año, tras un debate que se "
    "prolongó hasta bien entrada la noche.\n\nEl plan sube el impuesto sobre bienes inmuebles un dos por "
    "ciento y financia las escuelas, según el consistorio."
)
IT_T = "Il consiglio approva il bilancio dopo un lungo dibattito"
IT = (
    "Il consiglio comunale ha approvato martedì il nuovo bilancio per il prossimo anno, dopo un dibattito "
    "che si è protratto fino a tarda notte.\n\nIl piano aumenta l'imposta sulla casa del due per cento e "
    "finanzia le scuole, secondo il comune."
)
NL_T = "Gemeenteraad keurt nieuwe begroting goed na lang debat"
NL = (
    "De gemeenteraad heeft dinsdag de nieuwe begroting voor het komende jaar goedgekeurd, na een debat dat "
    "tot laat in de nacht duurde.\n\nHet plan verhoogt de onroerendezaakbelasting met twee procent en geeft "
    "meer geld aan scholen, aldus de gemeente."
)


def _clean(*parts: str):
    return cleaner.clean_text("\n".join(parts))


# ---------------------------------------------------------------- a name glued to its stamp


@pytest.mark.parametrize(
    ("title", "line", "body", "name", "iso"),
    [
        (DE_T, "Anna Schmidt05.03.2024, 14:12 Uhr", DE, "Anna Schmidt", "2024-03-05T14:12"),
        (DE_T, "Von Anna Schmidt05.03.2024", DE, "Anna Schmidt", "2024-03-05"),
        (ES_T, "María García5 de marzo de 2024", ES, "María García", "2024-03-05"),
        (FR_T, "Marie Dupont05/03/2024", FR, "Marie Dupont", "2024-03-05"),
        (NL_T, "Door Sanne de Vries5 maart 2024", NL, "Sanne de Vries", "2024-03-05"),
        # a stamp's label in another language glued to the name
        (DE_T, "Von Anna SchmidtAktualisiert am 05.03.2024", DE, "Anna Schmidt", "2024-03-05"),
        (DE_T, "Anna SchmidtStand: 05.03.2024", DE, "Anna Schmidt", "2024-03-05"),
        (FR_T, "Par Marie DupontPublié le 5 mars 2024", FR, "Marie Dupont", "2024-03-05"),
        (ES_T, "Por María GarcíaActualizado 05/03/2024", ES, "María García", "2024-03-05"),
        (IT_T, "Di Marco RossiPubblicato il 5 marzo 2024", IT, "Marco Rossi", "2024-03-05"),
    ],
)
def test_name_glued_to_its_stamp(title, line, body, name, iso):
    doc = _clean(title, line, "", body)
    assert doc.metadata.authors == [name]
    # an update's label before the date makes it the updated time (twenty-third session); the rest
    # are the published date
    field = "updated" if any(w in line for w in ("Aktualisiert", "Actualizado")) else "published"
    assert getattr(doc.metadata, field)["iso"] == iso
    assert line not in doc.text and doc.metadata.title == title


@pytest.mark.parametrize(
    ("title", "line", "body"),
    [
        (EN_T, "Champions League05.03.2024", EN),  # a section run on to the date
        (EN_T, "Champions League 05.03.2024", EN),
        (DE_T, "Berliner ZeitungStand: 05.03.2024", DE),  # the paper, not a writer
        (DE_T, "Berliner Zeitung 05.03.2024", DE),
        (EN_T, "Windows Update10.03.2024", EN),
    ],
)
def test_a_heading_or_paper_glued_to_the_date_names_nobody(title, line, body):
    assert _clean(title, line, "", body).metadata.authors == []


# ---------------------------------------------------------------- particles in lower case


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (f"{NL_T}\nDoor\nSanne de Vries\n5 maart 2024\n\n{NL}", ["Sanne de Vries"]),
        (f"{NL_T}\n5 maart 2024\n\n{NL}\n\nDoor\nJan van der Berg", ["Jan van der Berg"]),
        (f"{ES_T}\n5 de marzo de 2024\n\n{ES}\n\nPor\nMaría de la Fuente", ["María de la Fuente"]),
    ],
)
def test_a_particle_in_lower_case_under_a_lone_lead_in(text, names):
    doc = cleaner.clean_text(text)
    assert doc.metadata.authors == names
    assert names[0] not in doc.text


@pytest.mark.parametrize(
    "text",
    [
        f"{FR_T}\nTour de France\n5 mars 2024\n\nLe Tour de France partira de Lille cette année, après un vote "
        f"du conseil qui s'est prolongé tard dans la nuit.\n\n{FR}",
        f"{DE_T}\nHaus der Kunst\n05.03.2024\n\nDas Haus der Kunst bekommt mehr Geld, nach einer Debatte, die "
        f"bis spät in die Nacht dauerte und viele Bürger anzog.\n\n{DE}",
        f"{DE_T}\nTag der Arbeit\n05.03.2024\n\n{DE}",
        f"{NL_T}\nRaad van State\n5 maart 2024\n\n{NL}",
        f"{ES_T}\nPlaza de Mayo\n\nMiles de personas se reunieron el martes en la plaza para protestar contra el "
        f"nuevo presupuesto municipal aprobado.\n\n{ES}",
    ],
)
def test_a_place_or_institution_with_a_particle_is_no_byline(text):
    assert cleaner.clean_text(text).metadata.authors == []


# ---------------------------------------------------------------- the signature's label went first


@pytest.mark.parametrize(
    ("tail", "name"),
    [
        ("Written by\nJane Doe", "Jane Doe"),
        ("Posted by\nJane Doe", "Jane Doe"),
        ("Escrito por\nMaría García", "María García"),
    ],
)
def test_signature_under_a_template_label(tail, name):
    doc = _clean(EN_T, "March 5, 2024", "", EN, "", tail)
    assert doc.metadata.authors == [name]
    assert name not in doc.text
    assert doc.text.rstrip().endswith("most households.")


@pytest.mark.parametrize("tail", ["Written by\nThe Editors", "Posted in\nCity News", "Filed under\nCity Hall"])
def test_no_signature_under_a_template_label(tail):
    assert _clean(EN_T, "March 5, 2024", "", EN, "", tail).metadata.authors == []


# ---------------------------------------------------------------- CREDITS-020


@pytest.mark.parametrize(
    ("title", "body", "lines", "name"),
    [
        (FR_T, FR, ["Marie Dupont est journaliste au service politique du Journal d'Exemple."], "Marie Dupont"),
        (
            FR_T,
            FR,
            ["À propos de l'auteur", "Marie Dupont est rédactrice en chef adjointe du Journal d'Exemple."],
            "Marie Dupont",
        ),
        (
            ES_T,
            ES,
            ["Sobre la autora", "María García es periodista de la sección de política del Diario Ejemplo."],
            "María García",
        ),
        (IT_T, IT, ["Marco Rossi è giornalista della redazione politica del Giornale Esempio."], "Marco Rossi"),
        (
            NL_T,
            NL,
            ["Sanne de Vries is verslaggever bij de politieke redactie van het Voorbeeldblad."],
            "Sanne de Vries",
        ),
    ],
)
def test_bio_closing_the_story_names_the_writer(title, body, lines, name):
    doc = _clean(title, "05.03.2024", "", body, "", *lines)
    assert doc.metadata.authors == [name]
    assert doc.metadata.credits.other["bio"] == [name]
    for line in lines:
        assert line not in doc.text
    assert body.split("\n")[-1] in doc.text


@pytest.mark.parametrize(
    ("title", "body", "lines"),
    [
        (FR_T, FR, ["Jean Martin est maire de la ville depuis 2019 et brigue un nouveau mandat."]),
        (FR_T, FR, ["Jean Martin est journaliste, a déclaré le porte-parole de la mairie."]),
        (
            ES_T,
            "El periodista Juan López denunció el martes amenazas tras publicar una investigación sobre el "
            "presupuesto municipal.\n\n" + ES,
            ["Juan López es periodista del Diario Ejemplo desde 2010."],
        ),
        (
            NL_T,
            "Verslaggever Pieter Jansen werd dinsdag bedreigd nadat hij over de begroting van de gemeente "
            "had geschreven.\n\n" + NL,
            ["Pieter Jansen is verslaggever bij het Voorbeeldblad."],
        ),
        (EN_T, EN, ["Mr Smith is a former reporter who now runs the harbour authority."]),
    ],
)
def test_a_last_paragraph_about_the_subject_stays(title, body, lines):
    doc = _clean(title, "05.03.2024", "", body, "", *lines)
    assert doc.metadata.authors == []
    for line in lines:
        assert line in doc.text


# ---------------------------------------------------------------- the writer's card at the end (BYLINE-015)


@pytest.mark.parametrize(
    ("tail", "name"),
    [
        ("Jane Doe\nStaff Writer\njane.doe@example.com", "Jane Doe"),
        ("Jane Doe\nSenior Reporter, The Example Times", "Jane Doe"),
        ("Marco Rossi\nCorrispondente da Bruxelles", "Marco Rossi"),
    ],
)
def test_writers_card_closing_the_text(tail, name):
    doc = _clean(EN_T, "March 5, 2024", "", EN, "", tail)
    assert doc.metadata.authors == [name]
    assert doc.text.rstrip().endswith("most households.")


@pytest.mark.parametrize(
    "tail",
    [
        "Members\nThe council will vote again in June.",
        "Photos by John Roe",
        "Media contact:\nJane Doe\nPress Office, Example Council",
        "Maria Lopez\nHarbour Master",
    ],
)
def test_no_card_at_the_end(tail):
    doc = _clean(EN_T, "March 5, 2024", "", EN, "", tail)
    assert doc.metadata.authors == []


def test_about_the_author_on_the_bio_line():
    doc = _clean(
        EN_T, "March 5, 2024", "", EN, "", "About the author: Jane Doe is a freelance journalist based in Berlin."
    )
    assert doc.metadata.authors == ["Jane Doe"]
    assert "About the author" not in doc.text


def test_italian_testo_di_signature():
    doc = _clean(IT_T, "5 marzo 2024", "", IT, "", "Testo di Marco Rossi")
    assert doc.metadata.authors == ["Marco Rossi"]


# ---------------------------------------------------------------- corresponding author (CREDITS-021)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Corresponding Author: Jane Q. Doe, PhD, 714 University Hall, Example City, CA 94720.", "Jane Q. Doe"),
        ("Correspondence to: Dr. Jane Doe, Department of Economics, Example University.", "Jane Doe"),
        ("Korrespondenzautorin: Prof. Anna Schmidt (anna.schmidt@example.de)", "Anna Schmidt"),
    ],
)
def test_corresponding_author_is_an_author(line, name):
    doc = _clean(EN_T, "", EN, "", line, "", "Funding: Example Foundation grant 12345.")
    assert doc.metadata.authors == [name]
    assert doc.metadata.credits.other["corresponding"] == [name]
    assert line not in doc.text


def test_corresponding_author_beside_a_byline_adds_no_writer():
    doc = _clean(EN_T, "By John Roe", "", EN, "", "Corresponding Author: Jane Doe, PhD, Example University.")
    assert doc.metadata.authors == ["John Roe"]


def test_a_sentence_about_corresponding_authors_stays():
    line = "Corresponding authors of the study said the results surprised them, and more work is planned."
    doc = _clean(EN_T, "", EN, "", line)
    assert doc.metadata.authors == [] and line in doc.text


def test_english_stamp_label_glued_to_a_bare_name():
    doc = _clean(EN_T, "Jane DoeUpdated Mar 5, 2024, 10:15 AM EST", "", EN)
    assert doc.metadata.authors == ["Jane Doe"]


@pytest.mark.parametrize(
    ("title", "line", "body"),
    [
        (EN_T, "Mayor John Roe\nMarch 5, 2024", EN),
        (DE_T, "Bürgermeisterin Anna Weber\n05.03.2024", DE),
        (ES_T, "Alcalde Juan López\n5 de marzo de 2024", ES),
    ],
)
def test_a_person_by_office_is_no_byline(title, line, body):
    assert _clean(title, line, "", body).metadata.authors == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Jane DoeJane Doe\nMarch 5, 2024", ["Jane Doe"]),
        ("By Jane DoeJane Doe", ["Jane Doe"]),
        ("By Jane Doe and John RoeJane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ],
)
def test_a_name_printed_twice_run_together(line, names):
    assert _clean(EN_T, line, "", EN).metadata.authors == names


# ---------------------------------------------------------------- 'Written by' under the copy


@pytest.mark.parametrize(
    ("tail", "writing"),
    [
        ("Written by Jane Doe", ["Jane Doe"]),
        ("Written by Jane Doe, Senior Writer", ["Jane Doe"]),  # the job title is no second writer
        ("Written by Jane Doe; edited by John Roe", ["Jane Doe"]),
    ],
)
def test_written_by_under_the_copy_names_the_author(tail, writing):
    doc = _clean(EN_T, "March 5, 2024", "", EN, "", tail)
    assert doc.metadata.credits.writing == writing
    assert doc.metadata.authors == writing


def test_a_wires_writing_credit_names_no_author():
    doc = _clean(EN_T, "March 5, 2024", "", EN, "", "Reporting by Jane Doe; Writing by John Roe; Editing by Max Smith")
    assert doc.metadata.authors == []
    assert doc.metadata.credits.writing == ["John Roe"]


def test_written_by_under_a_byline_adds_no_author():
    doc = _clean(EN_T, "By Max Smith", "March 5, 2024", "", EN, "", "Written by Jane Doe")
    assert doc.metadata.authors == ["Max Smith"]
