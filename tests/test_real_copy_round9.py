"""Real copy, 2026-12-05 (sixth session): timestamps as outlets print them and as extractors glue
them, in the forms the engine left: Reuters' stamp run together by a dump ('March 5, 20243:14 PM
GMTUpdated 2 hours ago'), Le Monde's 'Publié le … à 15h14, modifié le …', a Dutch 'Aangepast
vandaag', a Polish 'Data utworzenia:', CJK and Korean stamps written year first. Each must go, be
recorded with its timestamp rule, and give the sidecar the right ISO date or none; lines of the
copy that only look like them must stay. Copy written for the test."""

from __future__ import annotations

import pytest

from cleaner import clean_text

TITLE = "Council approves new budget after long debate"
COPY = (
    "The city council approved the new budget on Tuesday night after a long debate that ran until after "
    "midnight, officials said.\n\n"
    "Opponents argued that the tax increase would hurt small businesses and promised to campaign against it "
    "in the next election.\n"
)


def _under_title(line: str):
    return clean_text(f"{TITLE}\n\n{line}\n\n{COPY}")


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        ("March 5, 20243:14 PM GMTUpdated 2 hours ago", "2024-03-05T15:14+00:00", None),
        ("Publié le 5 mars 2024 à 15h14, modifié le 5 mars 2024 à 18h02", "2024-03-05T15:14", "2024-03-05T18:02"),
        ("Publié aujourd’hui à 15h14, modifié à 18h02", None, None),
        ("Aangepast vandaag, 15:14", None, None),
        ("Data utworzenia: 5 marca 2024, 15:14", "2024-03-05T15:14", None),
        ("2024年3月5日 15時14分", "2024-03-05T15:14", None),
        ("发布时间：2024年03月05日 15:14", "2024-03-05T15:14", None),
        ("입력 2024.03.05 15:14 수정 2024.03.05 18:02", "2024-03-05T15:14", "2024-03-05T18:02"),
    ],
)
def test_stamps_go_with_their_dates(line: str, published: str | None, updated: str | None) -> None:
    doc = _under_title(line)
    assert line not in doc.text
    assert COPY.split("\n\n")[0] in doc.text
    taken = [r for r in doc.removed if r.text and line in r.text]
    assert taken and taken[0].rule.startswith("TIMESTAMP-")
    meta = doc.metadata
    got_published = meta.published["iso"] if meta.published else None
    got_updated = meta.updated["iso"] if meta.updated else None
    assert (got_published, got_updated) == (published, updated)


def test_a_glued_stamp_is_recorded_as_printed() -> None:
    """The pieces are split only to read the stamp: the removal keeps the line byte for byte."""
    line = "March 5, 20243:14 PM GMTUpdated 2 hours ago"
    doc = _under_title(line)
    assert any(r.text == line for r in doc.removed)
    assert doc.metadata.updated and doc.metadata.updated["text"] == "Updated 2 hours ago"


@pytest.mark.parametrize(
    "line",
    [
        "Data from 2024 showed 45 per cent of voters backed the plan, up from 38 in 2020.",
        "Aangepast aan de nieuwe regels werd het plan op 5 maart 2024 opnieuw ingediend.",
        "McDonald's 2024 results beat forecasts on March 5, the company said in a statement.",
        "The 2023 season ended on a 20243-point streak, a record the league has never seen.",
    ],
)
def test_look_alikes_stay(line: str) -> None:
    doc = clean_text(f"{COPY.split(chr(10) * 2)[0]}\n\n{line}\n\n{COPY.split(chr(10) * 2)[1]}")
    assert line in doc.text


@pytest.mark.parametrize(
    ("caption", "text", "credit"),
    [
        (
            "Palestinians inspect the damage after an Israeli strike in Rafah [Mahmud Hams/AFP]",
            "Palestinians inspect the damage after an Israeli strike in Rafah",
            "Mahmud Hams/AFP",
        ),
        (
            "Prime Minister Anthony Albanese speaks to reporters in Canberra. (ABC News: Matt Roberts)",
            "Prime Minister Anthony Albanese speaks to reporters in Canberra.",
            "ABC News: Matt Roberts",
        ),
        (
            "Supporters cheer during a rally in Chennai (PTI Photo)",
            "Supporters cheer during a rally in Chennai",
            "PTI Photo",
        ),
        ("Representational image. (Getty Images/iStockphoto)", "Representational image.", "Getty Images/iStockphoto"),
        (
            "Protesters gather outside parliament in Delhi. | Photo Credit: ANI",
            "Protesters gather outside parliament in Delhi.",
            "Photo Credit: ANI",
        ),
    ],
)
def test_bracketed_credits_make_a_caption(caption: str, text: str, credit: str) -> None:
    """CAPTION-027: Al Jazeera's, the ABC's and Indian outlets' credits in brackets, with no stop
    before them; a pipe before a credit is no part of the caption's text."""
    first, second = COPY.split("\n\n")
    doc = clean_text(f"{first}\n\n{caption}\n\n{second}")
    assert caption not in doc.text and first in doc.text and second.strip() in doc.text
    assert [(c.text, c.credit) for c in doc.metadata.captions] == [(text, credit)]


@pytest.mark.parametrize(
    "line",
    [
        "The council will publish the figures on Tuesday [see the table below for last year's].",
        "Voters were split evenly between the two options on the ballot (Yes/No).",
        "The minister repeated the claim in a later interview (AP: the agency declined to comment).",
        "Фотографии показали, что мост был закрыт.",
    ],
)
def test_bracket_look_alikes_stay(line: str) -> None:
    first, second = COPY.split("\n\n")
    doc = clean_text(f"{first}\n\n{line}\n\n{second}")
    assert line in doc.text


from .test_real_copy_round5 import DE, EN  # noqa: E402
from .test_real_copy_round7 import IT, _clean, _goes  # noqa: E402


@pytest.mark.parametrize(
    ("body", "line", "rule"),
    [
        (DE, "Jetzt für 1 € testen", "PROMPT-105"),
        (DE, "Jetzt 4 Wochen für 1 € testen", "PROMPT-105"),
        (DE, "F+ Lesen Sie mehr mit F+", "PROMPT-105"),
        (DE, "Laden Sie sich jetzt hier kostenlos unsere Tagesspiegel-App herunter", "PROMPT-105"),
        (DE, "Jetzt unterstützen", "PROMPT-106"),
        (IT, "Articolo riservato agli abbonati", "PROMPT-831"),
        (IT, "Diventa socio del Post", "PROMPT-832"),
        (EN, "Thanks for signing up!", "PROMPT-116"),
    ],
)
@pytest.mark.parametrize("where", ["middle", "end"])
def test_paywall_and_support_buttons_go(body: list[str], line: str, rule: str, where: str) -> None:
    _goes(body, line, where, rule)


@pytest.mark.parametrize(
    ("body", "line"),
    [
        (DE, "Für 1 € testen die Kunden das Angebot nur einen Monat lang, sagte der Händler."),
        (DE, "Die Stadt will das Projekt jetzt unterstützen, kündigte der Bürgermeister am Montag an."),
        (IT, "Diventa socio del club chi ha giocato almeno tre stagioni, spiega il presidente."),
        (EN, "Thanks for signing up so many volunteers, the mayor told the organisers on Friday."),
    ],
)
@pytest.mark.parametrize("where", ["middle", "end"])
def test_button_look_alikes_stay(body: list[str], line: str, where: str) -> None:
    doc = _clean(body, line, where)
    assert line in doc.text


@pytest.mark.parametrize(
    ("body", "line"),
    [
        (DE, "Mit Agenturmaterial"),
        (EN, "With agency inputs"),
        (EN, "По материалам ТАСС"),
        (EN, "Met medewerking van ANP"),
    ],
)
def test_agency_source_notes_go(body: list[str], line: str) -> None:
    """FOOTER-012: the note that a story drew on the agencies, with no agency named or in Cyrillic."""
    _goes(body, line, "end", "FOOTER-012")


@pytest.mark.parametrize(
    ("body", "line"),
    [
        (DE, "Mit Agenturmaterial arbeiten fast alle Redaktionen des Landes, sagte der Verleger."),
        (EN, "The agency said it would publish the full figures with its inputs next month."),
    ],
)
def test_agency_look_alikes_stay(body: list[str], line: str) -> None:
    assert line in _clean(body, line, "end").text


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Sign up to First Edition", "PROMPT-130"),
        ("Sign up for Axios Local to get more news from your city", "PROMPT-130"),
        ("Get the latest news and updates on Telegram.", "PROMPT-130"),
        ("Stay updated with the latest news on Google News.", "PROMPT-130"),
        (
            "Catch all the Business News, Market News, Breaking News Events and Latest News Updates on Live Mint.",
            "PROMPT-130",
        ),
        ("Listen 5 min", "CRUMB-001"),
        ("Continue Reading", "CRUMB-001"),
        ("Transcript provided by NPR, Copyright NPR.", "FOOTER-124"),
    ],
)
@pytest.mark.parametrize("where", ["middle", "end"])
def test_large_outlets_furniture_goes(line: str, rule: str, where: str) -> None:
    _goes(EN, line, where, rule)


@pytest.mark.parametrize(
    "line",
    [
        "Sign up to Medicare before the deadline, the agency urged retirees in a letter sent on Monday.",
        "Sign up for the trial to get more news about the treatment, the hospital told patients on Friday.",
        "Get the latest figures on turnout from the county clerk, the campaign told its volunteers.",
        "Continue reading the instructions aloud, the teacher told the class, and then put your pens down.",
        "Listen to the recording carefully, the judge told the jury before the tape was played in court.",
    ],
)
@pytest.mark.parametrize("where", ["middle", "end"])
def test_large_outlets_look_alikes_stay(line: str, where: str) -> None:
    assert line in _clean(EN, line, where).text


@pytest.mark.parametrize(
    "line",
    [
        "PHOTOS: Floodwaters swamp the riverside market",
        "VIDEO: The 20-second hand wash",
        "In pictures: The city's new tram line opens",
        "Podcast: The week in politics",
    ],
)
@pytest.mark.parametrize("where", ["middle", "end"])
def test_media_pointers_go(line: str, where: str) -> None:
    """RELATED-001: a gallery's, a video's or a podcast's title standing for its embed."""
    _goes(EN, line, where, "RELATED-001")


@pytest.mark.parametrize(
    "line",
    ["Photo: David Smith, STF / Associated Press", "Video footage showed the van mounting the kerb at speed."],
)
def test_media_look_alikes_are_not_pointers(line: str) -> None:
    doc = _clean(EN, line, "middle")
    assert not any(r.rule == "RELATED-001" for r in doc.removed)


from .test_real_copy_round5 import ES  # noqa: E402
from .test_real_copy_round7 import FR  # noqa: E402


@pytest.mark.parametrize(
    ("body", "line", "rule"),
    [
        (FR, "Commenter", "CRUMB-301"),
        (FR, "Ajouter à vos favoris", "CRUMB-301"),
        (FR, "Contenus sponsorisés", "CRUMB-301"),
        (FR, "Ce contenu est bloqué car vous n’avez pas accepté les cookies et autres traceurs.", "CRUMB-302"),
        (FR, "Recevez chaque matin l’essentiel de l’actualité", "PROMPT-307"),
        (DE, "Zum Artikel", "CRUMB-101"),
        (DE, "Zur mobilen Ansicht", "CRUMB-101"),
        (DE, "Dieser Artikel wurde ausgedruckt unter der Adresse:", "CRUMB-101"),
        (IT, "Scopri di più", "CRUMB-831"),
        (ES, "Inicia sesión para continuar", "PROMPT-201"),
    ],
)
@pytest.mark.parametrize("where", ["middle", "end"])
def test_european_outlets_furniture_goes(body: list[str], line: str, rule: str, where: str) -> None:
    _goes(body, line, where, rule)


@pytest.mark.parametrize("line", ["Lesen Sie mehr zum Thema", "Mehr Nachrichten aus der Region"])
def test_german_module_headers_go_at_the_end(line: str) -> None:
    """A related module's header left last goes (RELATED-011 reads RELATED-101's headers); between two
    paragraphs it may head a section of the story, and stays."""
    _goes(DE, line, "end", "RELATED-011")
    assert line in _clean(DE, line, "middle").text


@pytest.mark.parametrize(
    ("body", "line"),
    [
        (FR, "Commenter les décisions du conseil n’est pas son rôle, a répondu la maire mardi soir."),
        (FR, "Recevez chaque matin les livreurs sans rendez-vous, a conseillé la mairie aux commerçants."),
        (DE, "Zum Artikel des Grundgesetzes, auf den sich die Kläger beriefen, äußerte sich das Gericht nicht."),
        (IT, "Scopri di più sulla storia del porto visitando il museo, suggerisce il sindaco ai turisti."),
    ],
)
def test_european_look_alikes_stay(body: list[str], line: str) -> None:
    assert line in _clean(body, line, "middle").text


@pytest.mark.parametrize(
    ("body", "caption", "credit"),
    [
        (DE, "Die Kanzlerin bei ihrer Rede im Bundestag. © Michael Kappeler/dpa", "© Michael Kappeler/dpa"),
        (
            DE,
            "Demonstranten vor dem Kanzleramt am Montag. (Quelle: IMAGO/Political-Moments)",
            "Quelle: IMAGO/Political-Moments",
        ),
        (ES, "Pedro Sánchez en el Congreso este martes. JAVIER LIZÓN (EFE)", "JAVIER LIZÓN (EFE)"),
        (IT, "Lula durante cerimônia no Palácio do Planalto - Pedro Ladeira/Folhapress", "Pedro Ladeira/Folhapress"),
    ],
)
def test_european_and_brazilian_credits_make_a_caption(body: list[str], caption: str, credit: str) -> None:
    doc = _clean(body, caption, "middle")
    assert caption not in doc.text
    assert [c.credit for c in doc.metadata.captions] == [credit]


@pytest.mark.parametrize(
    ("lead", "fixed", "place", "agency"),
    [
        (
            "(CNN)President Donald Trump made an unscheduled trip to the hospital on Saturday, the White House said.",
            "(CNN) President Donald Trump made",
            None,
            "CNN",
        ),
        (
            "Hong Kong (CNN Business)A muddled view of trade talks once again seems to be weighing on investors.",
            "Hong Kong (CNN Business) A muddled view",
            "Hong Kong",
            "CNN Business",
        ),
    ],
)
def test_a_glued_dateline_gets_its_space(lead: str, fixed: str, place: str | None, agency: str) -> None:
    """DATELINE-005: the space an extractor dropped after CNN's dateline goes back, as a recorded
    rewrite; cleaning the result again changes nothing."""
    doc = clean_text(f"{lead}\n\n{COPY}")
    assert doc.text.startswith(fixed)
    assert (doc.metadata.dateline.place, doc.metadata.dateline.agency) == (place, agency)
    assert [r.rule for r in doc.removed if r.action == "rewritten"] == ["DATELINE-005"]
    assert clean_text(doc.text).text == doc.text


@pytest.mark.parametrize(
    "line",
    [
        "Want the full picture? Become a supporter for less than a coffee a week.",
        "Join 40,000 readers who start their day with our morning note.",
        "Like what you read? Share it with a friend.",
        "Your subscription supports journalism like this. Thank you.",
        "For more stories like this, visit our homepage.",
        "Got a story idea? Our reporters want to hear from you.",
        "This article is free to read. Please consider a small contribution.",
        "Subscribers get early access to our investigations.",
    ],
)
@pytest.mark.parametrize("where", ["middle", "end"])
def test_reader_appeals_in_new_wordings_go(line: str, where: str) -> None:
    doc = _clean(EN, line, where)
    assert line not in doc.text
    assert any(r.family == "prompt" for r in doc.removed)


@pytest.mark.parametrize(
    "line",
    [
        "Become a supporter of the museum, the director urged members at the annual meeting on Friday.",
        "Your support for the bill matters, the senator told the union's members at the rally.",
        "For more stories like this one, the reporter spent three months in the valley, she wrote.",
        "Subscribers get early warnings of floods by text message, the council said in its report.",
        "Got a story idea for the festival? Organisers said entries close at the end of the month.",
    ],
)
@pytest.mark.parametrize("where", ["middle", "end"])
def test_appeal_look_alikes_stay(line: str, where: str) -> None:
    assert line in _clean(EN, line, where).text


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Terms & Conditions · Privacy · Contact · Advertise", "FOOTER-011"),
        (
            "All content on this site is the property of Example Media and may not be reproduced without consent.",
            "FOOTER-120",
        ),
        ("All trademarks are the property of their respective owners.", "FOOTER-125"),
        ("Reporting for this article was supported by a grant from the Example Foundation.", "FOOTER-122"),
        ("This piece first ran in our Sunday print edition.", "FOOTER-117"),
        ("Example News uses affiliate links and may earn a commission from purchases.", "FOOTER-118"),
    ],
)
def test_footers_in_new_wordings_go(line: str, rule: str) -> None:
    _goes(EN, line, "end", rule)


@pytest.mark.parametrize(
    "line",
    [
        "The research was funded by the Wellcome Trust, the authors wrote in the paper published on Monday.",
        "This story was funded by readers, the editor said, and that is why it took a year to finish.",
        "The company uses affiliate links in its newsletters, the regulator found after a six-month inquiry.",
        "All content on the server was deleted by the attackers before the police arrived, prosecutors said.",
    ],
)
def test_footer_look_alikes_stay(line: str) -> None:
    assert line in _clean(EN, line, "end").text


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Reading mode", "CRUMB-131"),
        ("Dark mode", "CRUMB-131"),
        ("Report this ad", "CRUMB-131"),
        ("Swipe for more photos", "CRUMB-131"),
        ("Autoplay: ON", "CRUMB-131"),
        ("You are reading an article from our archive.", "CRUMB-131"),
        ("Est. reading time: 6 min", "CRUMB-131"),
        ("This article is over 2 years old.", "CRUMB-130"),
        ("Last modified: yesterday", "TIMESTAMP-001"),
        ("Updated today", "TIMESTAMP-001"),
    ],
)
def test_page_controls_in_new_wordings_go(line: str, rule: str) -> None:
    _goes(EN, line, "middle", rule)


@pytest.mark.parametrize(
    "line",
    [
        "Today",
        "Updated yesterday, the figures showed a rise in prices across the region.",
        "Dark mode is now the default on most phones, the survey of 2,000 users found.",
        "Report this ad to the regulator if it makes claims about your health, the agency advised.",
    ],
)
def test_control_look_alikes_stay(line: str) -> None:
    assert line in _clean(EN, line, "middle").text


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Doe, Staff Reporter | Updated March 5, 2024", ["Jane Doe"]),
        ("Contributor: Jane Doe", ["Jane Doe"]),
        ("Reporter: Jane Doe", ["Jane Doe"]),
        ("Writers: Jane Doe, John Roe", ["Jane Doe", "John Roe"]),
    ],
)
def test_bylines_in_new_wordings_name_their_writers(line: str, authors: list[str]) -> None:
    doc = _under_title(line)
    assert line not in doc.text
    assert doc.metadata.authors == authors


_TITLES = {
    "de": "Stadtrat beschließt neuen Haushalt nach langer Debatte",
    "fr": "Le conseil adopte le budget après un long débat",
    "es": "El ayuntamiento aprueba el presupuesto tras un largo debate",
    "it": "Il consiglio approva il bilancio dopo un lungo dibattito",
}


@pytest.mark.parametrize(
    ("lang", "line", "authors"),
    [
        ("de", "Von Markus Becker, Brüssel", ["Markus Becker"]),
        ("de", "Ein Gastbeitrag von Claudia Kemfert", ["Claudia Kemfert"]),
        ("de", "Eine Kolumne von Nils Becker", ["Nils Becker"]),
        ("fr", "Par Philippe Ricard (Bruxelles, correspondant)", ["Philippe Ricard"]),
        ("fr", "Par Jeanne Dupont, envoyée spéciale à Kiev", ["Jeanne Dupont"]),
        ("fr", "Un article de Jeanne Dupont", ["Jeanne Dupont"]),
        ("es", "Por Juana Pérez y Pedro López", ["Juana Pérez", "Pedro López"]),
        ("es", "Por Juana Pérez, enviada especial", ["Juana Pérez"]),
        ("it", "Di Mario Rossi e Anna Bianchi", ["Mario Rossi", "Anna Bianchi"]),
        ("it", "di Mario Rossi, inviato a Kiev", ["Mario Rossi"]),
    ],
)
def test_european_bylines_name_their_writers(lang: str, line: str, authors: list[str]) -> None:
    body = {"de": DE, "fr": FR, "es": ES, "it": IT}[lang]
    doc = clean_text("\n\n".join([_TITLES[lang], line, *body]) + "\n")
    assert line not in doc.text
    assert doc.metadata.authors == authors


@pytest.mark.parametrize("name", ["José Ortega y Gasset", "Maria Pereira e Silva"])
def test_compound_surnames_stay_one_writer(name: str) -> None:
    doc = clean_text("\n\n".join([_TITLES["es"], f"Por {name}", *ES]) + "\n")
    assert doc.metadata.authors == [name]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Julian Borger in Washington", ["Julian Borger"]),
        ("Jane Doe in Kyiv and John Roe in Moscow", ["Jane Doe", "John Roe"]),
        ("TOI News Desk", []),
        ("HT News Desk", []),
        ("Redacción BBC News Mundo", []),
    ],
)
def test_guardian_bylines_and_desks(line: str, authors: list[str]) -> None:
    """A writer with the city they filed from is a byline; a desk signing is one too, with no writer
    (it was lifted as a subtitle)."""
    doc = _under_title(line)
    assert line not in doc.text
    assert doc.metadata.authors == authors
    assert doc.metadata.subtitle is None


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (["Council approves new budget after long debate | Example Gazette"], TITLE),
        (["Live updates", TITLE], TITLE),
        (["World news", TITLE], TITLE),
        (
            ["Fact Check: Is the new bridge really the longest in Europe?"],
            "Fact Check: Is the new bridge really the longest in Europe?",
        ),
    ],
)
def test_titles_without_site_names_and_section_kickers(lines: list[str], title: str) -> None:
    """A page title's site name after a pipe is no part of the title; a section kicker in sentence
    case is no title; a rubric that is part of the headline ('Fact Check:') stays in it, as the dev
    gold prints it."""
    doc = clean_text("\n\n".join(lines) + "\n\n" + COPY)
    assert doc.metadata.title == title
    assert COPY.split("\n\n")[0] in doc.text and not any(line in doc.text for line in lines)


@pytest.mark.parametrize(
    ("lead", "place", "agency", "date"),
    [
        ("ROMA, 5 MAR - Il governo ha approvato martedì il decreto sulle bollette.", "ROMA", None, "5 MAR"),
        ("São Paulo, 5 de março (Reuters) - O Ibovespa subiu nesta terça-feira.", "São Paulo", "Reuters", "5 de março"),
        ("TOKYO, March 5 (Reuters) -Japan's economy shrank in the fourth quarter.", "TOKYO", "Reuters", "March 5"),
    ],
)
def test_datelines_of_more_agencies(lead: str, place: str, agency: str | None, date: str) -> None:
    doc = clean_text(f"{lead}\n\n{COPY}")
    d = doc.metadata.dateline
    assert (d.place, d.agency, d.date) == (place, agency, date)
    assert doc.text.startswith(lead)


def test_a_name_in_capitals_before_a_hyphen_is_no_dateline() -> None:
    doc = clean_text(f"FERIENHAUS FEINEN - Urlaub an der Mosel mit Blick auf die Weinberge.\n\n{COPY}")
    assert doc.metadata.dateline is None


@pytest.mark.parametrize("line", ["Contact the reporter at jdoe@example.com", "Email the author at jdoe@example.com"])
def test_contact_lines_without_a_name_go(line: str) -> None:
    _goes(EN, line, "end", "FOOTER-112")


def test_a_sentence_about_contacting_stays() -> None:
    line = "Contact the reporters at the scene was impossible for hours, the agency said in a statement."
    assert line in _clean(EN, line, "end").text


@pytest.mark.parametrize(
    ("line", "field", "names"),
    [
        (
            "Reporting was contributed by Jane Doe from London and John Roe from Paris.",
            "reporting",
            ["Jane Doe", "John Roe"],
        ),
        ("Research was contributed by Anna Lee.", "research", ["Anna Lee"]),
        ("Kitty Bennett contributed research.", "research", ["Kitty Bennett"]),
        ("Additional reporting: Jane Doe and John Roe", "reporting", ["Jane Doe", "John Roe"]),
    ],
)
def test_the_new_york_times_credit_lines(line: str, field: str, names: list[str]) -> None:
    doc = _clean(EN, line, "end")
    assert line not in doc.text
    credits = doc.metadata.credits.to_dict()
    got = credits[field] if field in credits else credits["other"][field]
    assert got == names


@pytest.mark.parametrize(
    "line",
    [
        "Research was contributed by volunteers across the country, the university said on Monday.",
        "Jane Doe contributed research funding to the project before she retired, her family said.",
    ],
)
def test_credit_look_alikes_stay(line: str) -> None:
    assert line in _clean(EN, line, "end").text


def test_a_ranked_module_goes_with_its_numbers() -> None:
    """'Most read' with each headline under its rank on a line of its own: the numbers are the
    module's, and the module goes whole; the copy above it stays."""
    module = [
        "Most read",
        "1",
        "Ukraine says it downed 30 drones overnight",
        "2",
        "Floods force thousands from homes in Brazil",
        "3",
        "EU leaders agree on new sanctions package",
    ]
    doc = clean_text("\n\n".join([*EN, *module]) + "\n")
    assert all(p in doc.text for p in EN)
    assert not any(line in doc.text.split("\n") for line in module)


def test_a_numbered_list_of_the_copy_stays() -> None:
    steps = ["How to apply:", "1", "Fill in the form at the town hall", "2", "Bring two photographs and a passport"]
    doc = clean_text("\n\n".join([*EN[:2], *steps, EN[2]]) + "\n")
    assert "Fill in the form at the town hall" in doc.text and "Bring two photographs and a passport" in doc.text


def test_teasers_each_with_its_time_go_at_the_end() -> None:
    """RELATED-013: headlines in sentence case, each with the time the module prints under it, close
    the text; the times go as timestamps and the headlines with them."""
    teasers = [
        "Ukraine says it downed 30 drones overnight",
        "2 hours ago",
        "Floods force thousands from homes in Brazil",
        "3 hours ago",
        "EU leaders agree on new sanctions package",
        "5 hours ago",
    ]
    doc = clean_text("\n\n".join([*EN, *teasers]) + "\n")
    assert all(p in doc.text for p in EN)
    assert not any(line in doc.text.split("\n") for line in teasers)


def test_sentence_case_lines_at_the_end_without_times_stay() -> None:
    lines = [
        "Bring a warm coat and sturdy boots",
        "Check the ferry times before you leave",
        "Book the guided tour ahead",
    ]
    doc = clean_text("\n\n".join([*EN, *lines]) + "\n")
    assert all(line in doc.text for line in lines)
