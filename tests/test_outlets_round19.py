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
PT = [
    "O governo federal anunciou nesta terça-feira um programa para ampliar o acesso à internet em escolas "
    "públicas de todo o país, com investimento de 2 bilhões de reais até o fim do ano.",
    "Segundo o Ministério da Educação, 10 mil escolas serão beneficiadas na primeira fase do programa, que "
    "começa pelas regiões Norte e Nordeste.",
]


def _body(language: str | None) -> list[str]:
    return PT if language == "pt" else BODY.get(language or "en") or BODY["en"]


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
    doc = _clean(["Governo amplia acesso à internet em escolas", byline, *PT], language="pt")
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


def test_a_last_paragraph_over_a_rights_line_stays_copy() -> None:
    # Corriere della Sera: the last paragraph, '© RIPRODUZIONE RISERVATA', then the newsletter and
    # related links; the rights line is no picture's credit, so the paragraph over it is no caption
    body = [
        "Il Consiglio dei ministri ha approvato oggi il decreto sulla riforma fiscale, che prevede una "
        "riduzione delle aliquote per i redditi medi a partire dal prossimo anno.",
        "Il provvedimento passa ora all'esame del Parlamento.",
    ]
    doc = _clean(
        ["di Marco Rossi", *body, "© RIPRODUZIONE RISERVATA", "Iscriviti alle newsletter di Corriere della Sera",
         "Leggi anche"],
        language="it",
    )  # fmt: skip
    for paragraph in body:
        assert paragraph in doc.text
    assert doc.metadata.captions == []
    assert "RIPRODUZIONE" not in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "All rights reserved. This material, and other digital content on this website, may not be reproduced, "
        "published, broadcast, rewritten or redistributed in whole or in part without prior express written "
        "permission from Example.",
        "Source: The Example Times © Example Media Limited. Permission required for reproduction",
        "Contact: [email protected]",
        "Join EX's WhatsApp Channel and get the latest news and must-reads.",
        "Get our free Inside Politics email for the latest political news",
    ],
)
def test_rights_notices_contact_placeholders_and_channel_prompts_go(line: str) -> None:
    doc = _clean([TITLE, *BODY["en"], line])
    assert line not in doc.text


@pytest.mark.parametrize(
    ("lines", "language"),
    [
        (["Réutiliser ce contenu"], "fr"),
        (["Contribuer"], "fr"),
        (["Sobre la firma"], "es"),
        (["Archivado En", "Sanidad", "Gobierno"], "es"),
        (["Feedback: Schreiben Sie uns!"], "de"),
        (["Drucken Seite drucken"], "de"),
        (["Ottieni il codice embed"], "it"),
        (["Lees meer over:", "Politiek", "Klimaat"], "nl"),  # nu.nl's tags
        (["Een versie van dit artikel verscheen ook in NRC in de ochtend van 6 maart 2024."], "nl"),
        (["Gostaria de ter acesso a mais artigos como este? Assine o PÚBLICO."], "pt"),
        (["123 Postings"], "de"),  # Der Standard's comment count
        (["Passend zum Artikel"], "de"),  # the NZZ's
        (["Recibí en tu email todo lo que necesitás saber para arrancar el día", "Recibir newsletter"], "es"),
        (["Siga bajando para encontrar más contenido"], "es"),
        (["Receba no seu email as notícias sobre o assunto"], "pt"),
        (["Você já conhece as vantagens de ser assinante da Folha?"], "pt"),
        (["Atualização: 06/03/2024 | 06h02"], "pt"),
        (["Lecture du Monde en 5 langues"], "fr"),
    ],
)
def test_papers_closing_lines_go(lines: list[str], language: str) -> None:
    body = _body(language)
    doc = _clean([*body, *lines], language=language)
    for line in lines:
        assert line not in doc.text
    for paragraph in body:
        assert paragraph in doc.text


@pytest.mark.parametrize(
    ("top", "author"),
    [
        (["Jane Tan", "Senior Correspondent", "UPDATED MAR 05, 2024, 10:15 PM"], "Jane Tan"),  # The Straits Times
        (["Jane Tan", "in Hong Kong", "Published: 10:15pm, 5 Mar 2024"], "Jane Tan"),  # the SCMP
        (["Jane Doe Environment correspondent", "Tue 5 Mar 2024 22.15 GMT"], "Jane Doe"),  # The Guardian
    ],
)
def test_a_dump_that_opens_with_the_writers_card_has_no_name_for_a_title(top: list[str], author: str) -> None:
    doc = _clean([*top, *BODY["en"]])
    assert doc.metadata.authors == [author]
    assert doc.metadata.title is None


def test_a_title_case_headline_ending_in_a_job_is_no_byline() -> None:
    title = "Rivers Across England Environment Correspondent"
    doc = _clean([title, "Tue 5 Mar 2024", *BODY["en"]])
    assert doc.metadata.authors == []
    assert doc.metadata.title == title


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("Issued on: 05/03/2024 - 22:15", "2024-03-05T22:15"),  # France 24: day first, a 24-hour clock
        ("03/05/2024 10:15 PM EST", "2024-03-05T22:15-05:00"),  # Politico: month first, 12 hours
        ("03/05/2024 22:15 ET", "2024-03-05T22:15-05:00"),  # an American zone: month first
    ],
)
def test_slashed_dates_in_english_read_day_or_month_first_by_the_clock(printed: str, iso: str) -> None:
    from cleaner.timestamps import to_iso

    assert to_iso(printed, "en") == iso


@pytest.mark.parametrize(
    ("lines", "language"),
    [
        (["Delen via"], "nl"),  # nu.nl's share bar
        (["Bildbeschreibung einblenden"], "de"),  # the FAZ's caption control
        (["Comment on this story"], None),  # The Washington Post's comments button
    ],
)
def test_a_control_under_the_byline_is_never_the_title(lines: list[str], language: str | None) -> None:
    body = _body(language)
    lead = {"nl": "Door Jan de Vries", "de": "Von Anna Berg"}.get(language or "", "By Jane Doe")
    doc = _clean([lead, *lines, *body], language=language)
    assert doc.metadata.title is None
    for line in lines:
        assert line not in doc.text


def test_comment_button_between_paragraphs_cuts_nothing() -> None:
    body = BODY["en"]
    doc = _clean([TITLE, body[0], body[1], "Comment on this story", body[2]])
    assert body[2] in doc.text


def test_a_wrapped_lone_on_is_copy() -> None:
    # a hard wrap that left 'On' alone on its line: a word of the copy, not a control
    text = "The printer shook.\n\nOn\nthe bottom, vibrations moved the printhead several times during the test.\n"
    doc = clean_text(text)
    assert "On" in doc.text.split()


@pytest.mark.parametrize(
    ("top", "author", "language"),
    [
        (["Ana García", "Barcelona", "05/03/2024 22:15"], "Ana García", "es"),  # La Vanguardia
        (["Jane Doe", "Mar 5, 2024 - Politics & Policy"], "Jane Doe", None),  # Axios: the date and section
    ],
)
def test_name_over_the_date_opens_a_dump_without_title(top: list[str], author: str, language: str | None) -> None:
    body = _body(language)
    doc = _clean([*top, *body], language=language)
    assert doc.metadata.authors == [author]
    assert doc.metadata.title is None
    for line in top:
        assert line not in doc.text


def test_the_aps_closing_bio_by_surname_goes_to_credits() -> None:
    doc = _clean(
        [TITLE, "By Jane Doe", *BODY["en"], "JANE DOE", "Doe covers the Supreme Court for The Associated Press."]
    )
    assert "Doe covers" not in doc.text
    assert "JANE DOE" not in doc.text
    assert doc.metadata.credits is not None
    assert doc.metadata.credits.other["bio"] == ["Jane Doe"]


def test_a_sentence_about_someone_else_covering_a_beat_stays() -> None:
    sentence = "Roe covers the courts for the Example Gazette."
    doc = _clean([TITLE, "By Jane Doe", *BODY["en"], sentence])
    assert sentence in doc.text


def test_the_hills_run_together_tags_go() -> None:
    doc = _clean([TITLE, *BODY["en"], "Tags Chuck Schumer Senate"])
    assert "Tags" not in doc.text
    sentence = "Tags hang from every tree in the orchard, each with a number."
    doc = _clean([TITLE, *BODY["en"], sentence])
    assert sentence in doc.text


def test_a_sites_lower_case_name_after_the_writer_is_no_writer() -> None:
    doc = _clean(["Governo amplia internet nas escolas", "Por Maria Silva, g1 — Brasília", *PT], language="pt")
    assert doc.metadata.authors == ["Maria Silva"]
    assert doc.metadata.title == "Governo amplia internet nas escolas"


def test_mit_informationen_von_is_a_credit() -> None:
    doc = _clean([*BODY["de"], "Mit Informationen von Anna Schmidt und dpa"], language="de")
    assert doc.metadata.credits is not None
    assert doc.metadata.credits.reporting == ["Anna Schmidt"]
    assert "Mit Informationen" not in doc.text


def test_graphics_design_and_production_credits_with_more_reporting() -> None:
    doc = _clean(
        [TITLE, "By Jane Doe", *BODY["en"], "Graphics by John Roe. Design by Mary Major. Produced by Peter Poe.",
         "Additional reporting by Sam Sole."]
    )  # fmt: skip
    credits = doc.metadata.credits
    assert credits is not None
    assert credits.other["graphics"] == ["John Roe"]
    assert credits.other["design"] == ["Mary Major"]
    assert credits.reporting == ["Sam Sole"]  # the second credits line's names are kept too
    assert "Graphics by" not in doc.text and "Additional reporting" not in doc.text


def test_a_chart_credit_alone_stays_a_crumb() -> None:
    doc = _clean([TITLE, BODY["en"][0], "Chart: Example News", *BODY["en"][1:]])
    assert "Chart: Example News" not in doc.text
    assert doc.metadata.credits is None


@pytest.mark.parametrize(
    "line",
    [
        "Get Current Updates on India News, Delhi News along with Latest News and Top Headlines from India and "
        "around the world.",
        "Discover the latest Business News, Sensex, and Nifty updates. Obtain Personal Finance insights, tax "
        "queries, and expert opinions on Example or download the Example App to stay updated!",
        "Listen in 3 min",
        "Read this news in brief form",
        "3 min",
    ],
)
def test_indian_and_gulf_papers_furniture_goes(line: str) -> None:
    doc = _clean([TITLE, "By Jane Doe", *BODY["en"], line])
    assert line not in doc.text


@pytest.mark.parametrize("control", ["Read this news in brief form", "Listen in 3 min"])
def test_a_listen_or_summary_switch_is_never_the_title(control: str) -> None:
    doc = _clean(["By Jane Doe", "Mar 05, 2024 10:15 PM IST", control, *BODY["en"]])
    assert doc.metadata.title is None
    assert doc.metadata.authors == ["Jane Doe"]


def test_a_print_section_label_is_no_dateline() -> None:
    doc = _clean([TITLE, "By Jane Doe", "NEWSPAPER SECTION: News", *BODY["en"]])
    assert doc.metadata.dateline is None
    assert "NEWSPAPER SECTION" not in doc.text


def test_indian_dashed_date_reads_day_first() -> None:
    from cleaner.timestamps import to_iso

    assert to_iso("First uploaded on: 05-03-2024 at 22:15 IST", "en") == "2024-03-05T22:15"
    assert to_iso("03-05-2024 10:15 AM EST", "en") == "2024-03-05T10:15-05:00"


def test_a_closing_byline_with_its_address_repeats_the_writer() -> None:
    # The Korea Herald closes with the byline and the writer's address in brackets, under a short paragraph
    doc = _clean([TITLE, "By Kim Min-ji", *BODY["en"], "Shipments rose again.", "By Kim Min-ji (mjkim@example.com)"])
    assert doc.metadata.authors == ["Kim Min-ji"]
    assert "mjkim" not in doc.text


def test_a_closing_name_under_a_short_paragraph_is_no_new_writer() -> None:
    # under a short last paragraph, a name the byline did not give is left where it is
    doc = _clean([TITLE, "By Jane Doe", *BODY["en"], "Shipments rose again.", "By John Roe"])
    assert doc.metadata.authors == ["Jane Doe"]
    assert "By John Roe" in doc.text


def test_der_standard_bracketed_signature() -> None:
    doc = _clean(["Windkraft soll schneller wachsen", "Von Anna Berg", *BODY["de"], "(Anna Berg, 5.3.2024)"],
                 language="de")  # fmt: skip
    assert "(Anna Berg" not in doc.text
    assert doc.metadata.authors == ["Anna Berg"]


def test_a_companys_copyright_is_no_pictures_credit() -> None:
    doc = _clean([TITLE, "By Jane Doe", *BODY["en"], "© The Example Express Pvt Ltd"])
    assert doc.metadata.captions == []
    assert "Example Express" not in doc.text


def test_brazilian_reproduction_credit_takes_its_caption() -> None:
    body = [
        "O governo federal anunciou nesta terça-feira um plano para acelerar a construção de parques eólicos "
        "no mar, com o objetivo de instalar 10 gigawatts de capacidade até 2030, segundo o ministério.",
        "As empresas do setor elogiaram a medida, mas pediram mais rapidez nos licenciamentos ambientais.",
    ]
    caption = "Parque eólico no Ceará. Reprodução/Instagram"
    doc = _clean(["Governo lança plano eólico", "Por Maria Silva", body[0], caption, body[1]], language="pt")
    assert [c.credit for c in doc.metadata.captions] == ["Reprodução/Instagram"]
    assert "Parque eólico" not in doc.text
    for paragraph in body:
        assert paragraph in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "We've noticed that you're using an ad blocker.",
        "Please disable your ad blocker to keep reading.",
        "Help us keep local news alive",
        "This story has not been edited by Example staff and is generated by auto-feed.",
    ],
)
@pytest.mark.parametrize("where", ["middle", "end"])
def test_ad_blocker_notices_appeals_and_auto_feed_notes_go(line: str, where: str) -> None:
    body = BODY["en"]
    lines = [TITLE, body[0], line, *body[1:]] if where == "middle" else [TITLE, *body, line]
    doc = _clean(lines)
    assert line not in doc.text
    for paragraph in body:
        assert paragraph in doc.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Help us find the missing dog, the family wrote in a post that was shared thousands of times.",
        "Readers who disable their ad blocker see more adverts, the study found.",
    ],
)
def test_sentences_about_help_and_ad_blockers_stay(sentence: str) -> None:
    doc = _clean([TITLE, BODY["en"][0], sentence, *BODY["en"][1:]])
    assert sentence in doc.text


def test_a_name_printed_again_in_the_author_box_is_still_the_byline() -> None:
    # Clarín: the writer's name over the date, and again in the box under the copy ('Sobre la firma')
    body = BODY["es"]
    doc = _clean(["Ana García", "05/03/2024 22:15", "Actualizado al 06/03/2024 06:02", *body, "Sobre la firma",
                  "Ana García", "Bio completa"], language="es")  # fmt: skip
    assert doc.metadata.authors == ["Ana García"]
    assert doc.metadata.title is None
    assert "Bio completa" not in doc.text


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("05 de marzo 2024, 10:15 p. m.", "2024-03-05T22:15"),  # El Tiempo: the Spanish 'p. m.'
        ("5 de marzo de 2024, 10:15 a. m.", "2024-03-05T10:15"),
    ],
)
def test_spanish_clock_halves_make_a_stamp(line: str, iso: str) -> None:
    doc = _clean(["Reforma tributaria", line, *BODY["es"]], language="es")
    assert line not in doc.text
    assert doc.metadata.published is not None and doc.metadata.published["iso"] == iso


def test_folhas_font_controls_are_never_the_title() -> None:
    doc = _clean(["Maria Silva", "5.mar.2024 às 22h15", "Diminuir fonte", "Aumentar fonte", *PT], language="pt")
    assert doc.metadata.title is None
    assert "fonte" not in doc.text


def test_a_name_shaped_title_printed_twice_is_no_writer() -> None:
    doc = _clean(["Ferienhaus Sonnenhof", "Ferienhaus Sonnenhof", *BODY["de"]], language="de")
    assert doc.metadata.authors == []


def test_a_name_shaped_heading_repeated_down_a_results_list_is_no_writer() -> None:
    heats = []
    for n in range(1, 4):
        heats += [f"{n}. Zeitlauf", "Rangfolge Zeitläufe",
                  f"1. Krause, Anna 1992 TSV Nord 13,{n}0 sec. 2. Weber, Lena 1992 LG Süd 13,{n}5 sec."]  # fmt: skip
    doc = _clean(["Kreismeisterschaften 2007", "Rangfolge Zeitläufe", "19.05.2007", *heats], language="de")
    assert doc.metadata.authors == []
    for line in heats:
        assert line in doc.text


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("This article was translated from German.", None),
        ("Dieser Artikel wurde aus dem Englischen adaptiert.", "de"),  # DW
        ("Cet article a été traduit de l'anglais.", "fr"),
        ("Este artículo fue traducido del inglés.", "es"),
    ],
)
def test_a_translation_note_goes(line: str, language: str | None) -> None:
    body = BODY[language or "en"]
    doc = _clean([*body, line], language=language)
    assert line not in doc.text
    sentence = "The book was translated from German by her sister in 1952, the museum said."
    doc = _clean([TITLE, *BODY["en"], sentence])
    assert sentence in doc.text


def test_a_share_bar_with_its_counts_goes_and_a_lone_number_stays() -> None:
    bar = ["0", "Facebook", "Count", "WhatsApp", "Copy", "Link", "Print"]
    doc = _clean([TITLE, "By Jane Doe", *bar, *BODY["en"]])
    for line in bar:
        assert line not in doc.text.split("\n")
    doc = _clean([TITLE, BODY["en"][0], "3", "Share", *BODY["en"][1:]])
    assert "3" in doc.text.split("\n")


def test_ansas_agency_first_dateline_names_the_place_and_date() -> None:
    doc = _clean(
        ["(ANSA) - ROMA, 05 MAR - Il Consiglio dei ministri ha approvato oggi il decreto sulla riforma fiscale.",
         "Il provvedimento passa ora all'esame del Parlamento."],
        language="it",
    )  # fmt: skip
    dateline = doc.metadata.dateline
    assert dateline is not None
    assert (dateline.agency, dateline.place, dateline.date) == ("ANSA", "ROMA", "05 MAR")


def test_usa_todays_name_over_the_outlet_opens_a_dump_as_its_byline() -> None:
    doc = _clean(["Jane Doe", "USA TODAY", "Hide Caption", *BODY["en"]])
    assert doc.metadata.authors == ["Jane Doe"]
    assert doc.metadata.title is None
    doc = _clean(["Water rates to rise", "USA TODAY", *BODY["en"]])
    assert doc.metadata.title == "Water rates to rise"
    assert doc.metadata.authors == []


def test_spiegels_lead_in_alone_over_the_name_is_no_title() -> None:
    doc = _clean(["Ein Artikel von", "Anna Berg", "05.03.2024, 22.15 Uhr", *BODY["de"]], language="de")
    assert doc.metadata.authors == ["Anna Berg"]
    assert doc.metadata.title is None
    assert "Ein Artikel von" not in doc.text
