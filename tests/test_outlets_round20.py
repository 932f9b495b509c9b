"""Outlets' templates, 2026-12-06 (twentieth session, issues 12 and 13): forms written for the test
from what British, American, Asian, African and Gulf outlets print (not taken from any data set),
with sentences of copy that open with the same words. A video player's control text, e-mail offers
told by what they deliver, free-republication offers, AI notes, appeals about what journalism costs,
a long copyright paragraph with reuse terms and text ads go; a pipe credit made of reprint links is
no picture's credit, and a handle after the writer's job title still makes a writer's card."""

from __future__ import annotations

import pytest

from cleaner import clean_text

from .test_outlets_round19 import PT, TITLE, _clean
from .test_real_copy_round17 import BODY


@pytest.mark.parametrize(
    "line",
    [
        # a web video player's controls and dialogs (Video.js, JW Player), as extractors print them
        "Video Loading", "Loaded: 0%", "Current Time 0:00", "Remaining Time -2:31", "Stream Type LIVE",
        "captions off, selected", "This is a modal window.",
        "Beginning of dialog window. Escape will cancel and close the window.", "Close Modal Dialog",
        "Text Color White Black Red Green Blue Yellow Magenta Cyan",
        # e-mail offers told by what they deliver
        "Get the biggest daily news stories by email", "Unlock the Editor's Digest for free",
        "Jane Doe, Editor of the Example Times, selects her favourite stories in this weekly newsletter.",
        # free-republication offers (nonprofit newsrooms)
        "This story can be republished for free (details).",
        "You may republish this article for free under a Creative Commons license.",
        # AI notes
        "This is AI generated summarization, which may have errors. For context, always refer to the full "
        "article.",
        "Summary is AI-generated, newsroom-reviewed.",
        "This article was generated with the help of AI and reviewed by an editor.",
        # appeals about what journalism costs
        "Support EXAMPLE TIMES' journalism of integrity and credibility",
        "Good journalism costs a lot of money. Yet only good journalism can ensure the possibility of a good "
        "society, an accountable democracy, and a transparent government.",
        "In a time of both misinformation and too much information, quality journalism is more crucial than "
        "ever.",
        # a text advertisement, a long copyright paragraph with the site's reuse terms
        "TEXT AD: Call Jane - +2348000000000",
        "Copyright 1995 - 2024 . All rights reserved. The content (including but not limited to text, photo, "
        "multimedia information, etc) published in this site belongs to Example Daily Information Co (EDIC). "
        "Without written authorization from EDIC, such content shall not be republished or used in any form.",
        # a print-edition note run on into the reprint links (The New York Times)
        "A version of this article appears in print on March 6, 2024, Section A, Page 1 of the New York "
        "edition with the headline: Water Rates Rise. Order Reprints | Today’s Paper | Subscribe",
    ],
)  # fmt: skip
def test_outlets_furniture_goes_at_the_end(line: str) -> None:
    doc = _clean([TITLE, *BODY["en"], line])
    assert line not in doc.text
    for paragraph in BODY["en"]:
        assert paragraph in doc.text
    assert doc.metadata.captions == []  # the reprint links are no picture's credit


@pytest.mark.parametrize(
    "sentence",
    [
        "The video was loading slowly, viewers complained.",
        "Chapters of the report deal with the budget and the pipes.",
        "Readers who get the news by email are older, the survey found, and they read it on phones.",
        "The story can be republished only with the agency's permission, a spokesman said.",
        "The article was written by AI, the researchers found, and it contained several errors.",
        "Support for local journalism grew after the paper closed, a survey by the university found.",
        "Text ads were banned on buses from 2019, the council said.",
        "Copyright lawyers said all rights reserved by the studio would lapse in 2030.",
    ],
)
def test_copy_that_opens_with_the_same_words_stays(sentence: str) -> None:
    doc = _clean([TITLE, BODY["en"][0], sentence, *BODY["en"][1:]])
    assert sentence in doc.text


def test_a_handle_after_the_job_title_still_makes_the_writers_card() -> None:
    # Sky News: the name, the job title and the handle, then the date, in a dump with no title
    doc = _clean(["Jane Doe", "Political reporter @janedoe", "Tuesday 5 March 2024 22:15, UK", *BODY["en"]])
    assert doc.metadata.authors == ["Jane Doe"]
    assert doc.metadata.title is None
    assert "@janedoe" not in doc.text


def test_a_player_state_is_never_the_title_or_a_writer() -> None:
    doc = _clean(["Video Loading", *BODY["en"]])
    assert doc.metadata.authors == []
    assert doc.metadata.title is None
    assert "Video Loading" not in doc.text


@pytest.mark.parametrize(
    ("tags", "language"),
    [
        (["Related topic:", "Fuel price"], None),  # The Daily Star
        (["Click the alert icon to follow topics:", "Israel budget"], None),  # Haaretz
        (["Leia tudo sobre o tema e siga:", "Educação", "Internet"], "pt"),  # Folha
    ],
)
def test_whole_line_tag_headers_take_their_tags(tags: list[str], language: str | None) -> None:
    body = PT if language == "pt" else BODY["en"]
    doc = _clean([*body, *tags], language=language)
    for line in tags:
        assert line not in doc.text.splitlines()
    assert doc.text.rstrip().endswith(body[-1])


def test_tass_dateline_with_a_full_stop_after_the_date() -> None:
    first = "MOSCOW, March 5. /TASS/. " + BODY["en"][0]
    doc = _clean([TITLE, first, *BODY["en"][1:]])
    dateline = doc.metadata.dateline
    assert dateline is not None
    assert (dateline.place, dateline.date, dateline.agency) == ("MOSCOW", "March 5", "TASS")
    assert first in doc.text  # the dateline stays in the copy, as printed


def test_a_stamp_in_capitals_under_the_byline_is_the_date_not_an_outlet() -> None:
    # Politico: '03/05/2024 10:15 PM EST' under 'By Jane Doe' (its letters are all capitals)
    doc = _clean([TITLE, "By Jane Doe", "03/05/2024 10:15 PM EST", *BODY["en"]])
    assert doc.metadata.authors == ["Jane Doe"]
    assert doc.metadata.published is not None
    assert doc.metadata.published["iso"] == "2024-03-05T22:15-05:00"


@pytest.mark.parametrize(
    "byline",
    [
        "Jane Doe, Professor of Economics, University of Leeds",  # The Conversation
        "By Jane Doe, Professor of Economics, University of Leeds",
        "Jane Doe, PhD Candidate in Politics, University of Leeds",
        "By JANE DOE in Beijing | example.com.cn | Updated: 2024-03-05 22:15",  # China Daily's form
    ],
)
def test_academic_and_site_address_bylines(byline: str) -> None:
    doc = _clean([TITLE, byline, *BODY["en"]])
    assert doc.metadata.authors == ["Jane Doe"]
    assert doc.metadata.subtitle is None
    assert byline not in doc.text


def test_a_professor_named_in_a_sentence_under_the_title_is_no_writer() -> None:
    sentence = "Professor Jane Doe said the utility would have to borrow more to fix the pipes."
    doc = _clean([TITLE, sentence, *BODY["en"]])
    assert doc.metadata.authors == []
    assert sentence in doc.text


def test_a_place_and_date_set_apart_by_a_dot_is_the_stamp() -> None:
    doc = _clean([TITLE, "Jane Doe", "Jakarta ● Tue, March 5, 2024", *BODY["en"]])
    assert doc.metadata.authors == ["Jane Doe"]
    assert doc.metadata.published is not None and doc.metadata.published["iso"] == "2024-03-05"
    assert "Jakarta ●" not in doc.text


NL = [
    "De regering heeft dinsdag een nieuw plan gepresenteerd om de groei van windenergie te versnellen, met "
    "aanzienlijk kortere vergunningsprocedures, aldus het ministerie.",
    "De oppositie noemt het plan onvoldoende en wil dat er meer geld naar de stroomnetten gaat.",
]


def test_a_pictures_source_under_a_paragraph_is_no_writer() -> None:
    # Die Welt: 'Quelle: dpa/Name' under the picture, inside the opening
    body = BODY["de"]
    doc = _clean(["Von Anna Berg", body[0], "Quelle: dpa/Kay Nietfeld", *body[1:]], language="de")
    assert doc.metadata.authors == ["Anna Berg"]
    assert "Quelle: dpa/Kay Nietfeld" not in doc.text


def test_t_onlines_caption_with_the_photographer_before_the_agency() -> None:
    body = BODY["de"]
    caption = "Windräder in Brandenburg (Quelle: Anna Schmidt/dpa)"
    doc = _clean([body[0], caption, *body[1:]], language="de")
    assert caption not in doc.text
    captions = [(c.text, c.credit) for c in doc.metadata.captions]
    assert captions == [("Windräder in Brandenburg", "Quelle: Anna Schmidt/dpa")]


def test_an_updated_stamp_with_its_weekday_is_no_writer() -> None:
    # El Mundo: the name in capitals, the city, then 'Actualizado Martes, 5 marzo 2024 - 22:15'
    body = BODY["es"]
    doc = _clean(["ANA GARCÍA", "Madrid", "Actualizado Martes, 5 marzo 2024 - 22:15", *body], language="es")
    assert doc.metadata.authors == ["Ana García"]
    assert doc.text.startswith(body[0])


def test_the_section_after_in_is_never_the_title() -> None:
    # De Telegraaf: 'in FINANCIEEL' under the writer and the date
    doc = _clean(["Anna Bakker", "Vandaag, 22:15", "in FINANCIEEL", *NL], language="nl")
    assert doc.metadata.title is None
    assert doc.metadata.subtitle is None


def test_a_sources_list_at_the_end_is_no_writers_card() -> None:
    # t-online's 'Verwendete Quellen' over the agency: the story's sources, which stay as printed
    body = BODY["de"]
    doc = _clean([*body, "Verwendete Quellen", "Nachrichtenagentur dpa"], language="de")
    assert doc.metadata.authors == []
    assert "Verwendete Quellen" in doc.text


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Ascolta la versione audio dell'articolo", "it"),  # Il Sole 24 Ore
        ("3' di lettura", "it"),
        ("2 mn", "fr"),  # France 24
        ("Conforme a los criterios de", "es"),  # the Trust Project's badge without its logo
        ("Vergrößern des Bildes", "de"),  # t-online
    ],
)
def test_european_controls_and_badges_go(line: str, language: str) -> None:
    body = BODY[language]
    doc = _clean([body[0], line, *body[1:]], language=language)
    assert line not in doc.text
    assert all(paragraph in doc.text for paragraph in body)


@pytest.mark.parametrize(
    "line",
    [
        "This article was printed in the March 6 edition of the Example Tribune.",
        "This story was reported with support from the Example Fund for Investigative Journalism.",
        "Example News' journalism is supported by readers like you.",
    ],
)
def test_print_and_funding_notes_in_other_words_go(line: str) -> None:
    doc = _clean([TITLE, *BODY["en"], line])
    assert line not in doc.text
    assert doc.text.rstrip().endswith(BODY["en"][-1])


def test_corrections_and_editors_notes_stay() -> None:
    # the gold of real pages keeps them: they are the newsroom's word on the story itself
    notes = [
        "Correction: An earlier version of this article misstated the name of the council leader.",
        "Editor's note: This story was updated at 6 p.m. with comments from the utility.",
    ]
    doc = _clean([TITLE, *BODY["en"], *notes])
    for note in notes:
        assert note in doc.text


@pytest.mark.parametrize("helped", ["With Reporting by", "with reporting by", "with additional reporting from"])
def test_a_bylines_helpers_run_on_after_it_are_no_authors(helped: str) -> None:
    doc = _clean([TITLE, f"By Jane Doe {helped} John Roe", *BODY["en"]])
    assert doc.metadata.authors == ["Jane Doe"]


@pytest.mark.parametrize(
    "line",
    [
        "View original content to download multimedia:https://www.example-wire.com/news-releases/example-301234567.html",
        "SOURCE Example Corp",
        "View source version on example-wire.com: https://www.example-wire.com/news/home/20240305005123/en/",
        "###",
    ],
)
def test_press_release_wire_lines_go(line: str) -> None:
    doc = _clean([TITLE, *BODY["en"], line])
    assert line not in doc.text
    assert doc.text.rstrip().endswith(BODY["en"][-1])


def test_a_caption_under_its_lone_picture_label_goes() -> None:
    # Sky News: 'Image:' on its line, then the caption
    caption = "The utility's chief executive at the reservoir on Monday"
    doc = _clean([TITLE, BODY["en"][0], "Image:", caption, *BODY["en"][1:]])
    assert caption not in doc.text
    assert "Image:" not in doc.text
    assert all(paragraph in doc.text for paragraph in BODY["en"])


def test_a_quotation_under_a_picture_label_stays() -> None:
    quote = "“We have never seen pipes this old,” the engineer said."
    doc = _clean([TITLE, BODY["en"][0], "Image:", quote, *BODY["en"][1:]])
    assert quote in doc.text


SV = [
    "Regeringen presenterade på tisdagen en ny plan för att påskynda utbyggnaden av vindkraften, med betydligt "
    "kortare tillståndsprocesser, enligt departementet.",
    "Oppositionen kallar planen otillräcklig och vill att mer pengar går till elnäten.",
]


@pytest.mark.parametrize(
    ("stamp", "iso"),
    [
        ("Publiceret 5. marts 2024 kl. 22:15", "2024-03-05T22:15"),  # DR
        ("Publicerad 5 mars 2024 kl. 22.15", "2024-03-05T22:15"),  # SVT
        ("Julkaistu 5.3.2024 22:15", "2024-03-05T22:15"),  # Yle
    ],
)
def test_nordic_stamps_go_with_their_dates(stamp: str, iso: str) -> None:
    doc = _clean([stamp, *SV])
    assert stamp not in doc.text
    assert doc.metadata.published is not None and doc.metadata.published["iso"] == iso


@pytest.mark.parametrize("line", ["Dela artikeln", "Jaa artikkeli", "Annons", "Lästid: 3 minuter"])
def test_nordic_controls_go(line: str) -> None:
    doc = _clean([SV[0], line, SV[1]])
    assert line not in doc.text.splitlines()
    assert all(paragraph in doc.text for paragraph in SV)


@pytest.mark.parametrize(
    "block",
    [
        ["Media Contact:", "Jane Doe", "press@example.com"],
        ["Contacts", "Media: Jane Doe, press@example.com", "Investors: John Roe, +1 555 010 0100"],
        ["Pressekontakt:", "Anna Berg", "Tel. +49 30 1234567"],
    ],
)
def test_a_releases_press_contacts_at_the_end_go(block: list[str]) -> None:
    doc = _clean([TITLE, *BODY["en"], *block])
    assert doc.text.rstrip().endswith(BODY["en"][-1])


def test_a_contacts_heading_over_copy_stays() -> None:
    lines = ["Contacts", "The two sides will meet again in June to settle the price of water."]
    doc = _clean([TITLE, *BODY["en"], *lines])
    assert lines[1] in doc.text


def test_tags_over_the_copyright_line_go_in_one_cleaning() -> None:
    # the copyright line under the tags goes later (footer pass): the tags go at once, so a second
    # cleaning changes nothing
    doc = _clean([TITLE, *BODY["en"], "Tags", "Budget", "City Council", "© 2024 Example News. All rights reserved."])
    assert doc.text.rstrip().endswith(BODY["en"][-1])
    assert clean_text(doc.text).text == doc.text


def test_a_section_and_reading_time_over_the_headline_is_never_the_title() -> None:
    doc = _clean(["Politics • 3 min read", TITLE, *BODY["en"]])
    assert doc.metadata.title == TITLE
    assert doc.text.startswith(BODY["en"][0])


ES = BODY["es"]
PT_BODY = PT


@pytest.mark.parametrize(
    ("top", "language", "author"),
    [
        (["Ana García", "05/03/2024 22:15", "Actualizada 06/03/2024 06:02"], "es", "Ana García"),  # El Universal
        (["Ana García", "Ciudad de México / 05.03.2024 22:15:00"], "es", "Ana García"),  # Milenio
        (["Maria Silva", "Do UOL, em São Paulo", "05/03/2024 22h15"], "pt", "Maria Silva"),  # UOL
        (["Maria Silva", "Jornalista", "05 março 2024 22:15"], "pt", "Maria Silva"),  # Expresso
    ],
)
def test_latin_cards_and_stamps_are_never_the_title(top: list[str], language: str, author: str) -> None:
    body = PT_BODY if language == "pt" else ES
    doc = _clean([*top, *body], language=language)
    assert doc.metadata.title is None
    assert doc.metadata.authors == [author]
    assert doc.text.startswith(body[0])


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Comenta esta nota", "es"),
        ("Contenido sugerido", "es"),
        ("O autor da mensagem, e não o UOL, é o responsável pelo comentário.", "pt"),
        ("Mais recente Próxima", "pt"),
    ],
)
def test_spanish_and_portuguese_closing_controls_go(line: str, language: str) -> None:
    body = PT_BODY if language == "pt" else ES
    doc = _clean([*body, line], language=language)
    assert doc.text.rstrip().endswith(body[-1])


@pytest.mark.parametrize(
    ("stamp", "iso"),
    [
        ("Publikacja: 05.03.2024 22:15", "2024-03-05T22:15"),  # Rzeczpospolita
        ("Вівторок, 5 березня 2024, 22:15", "2024-03-05T22:15"),  # Ukrainska Pravda
        ("5 марта 2024, 22:15", "2024-03-05T22:15"),
    ],
)
def test_polish_ukrainian_and_russian_stamps(stamp: str, iso: str) -> None:
    body = BODY["en"]
    doc = _clean(["Jane Doe", stamp, *body])
    assert doc.metadata.authors == ["Jane Doe"]
    assert doc.metadata.published is not None and doc.metadata.published["iso"] == iso


@pytest.mark.parametrize(
    "first",
    [
        "Subscribe Now", "Manage Preferences", "Follow Us", "Facebook Twitter LinkedIn", "Reading Mode",
        "Members Only", "Weather Alert", "Text Only", "Premium Content", "Create Free Account", "Your Account",
        "My Saved Articles", "Help Center", "English Edition", "Real Estate", "Sports Scores", "Stock Quotes",
        "Sign Out", "Previous Article", "Site Map", "RSS Feeds", "Press Releases", "Customer Service", "Fact Check",
    ],
)  # fmt: skip
def test_a_dumps_first_line_of_site_furniture_is_no_title_and_no_writer(first: str) -> None:
    doc = _clean([first, *BODY["en"]])
    assert doc.metadata.title is None
    assert doc.metadata.authors == []


@pytest.mark.parametrize("name", ["Mark Stock", "Jane Reader", "Gary Player", "Kate Center"])
def test_a_surname_that_is_a_word_stays_a_name(name: str) -> None:
    doc = _clean([TITLE, name, "March 5, 2024", *BODY["en"]])
    assert doc.metadata.authors == [name]


def test_a_portraits_name_and_its_credit_after_a_comma_is_a_caption() -> None:
    caption = "Jane Doe, photo: Example Archives"
    doc = _clean([TITLE, BODY["en"][0], caption, *BODY["en"][1:]])
    assert caption not in doc.text
    assert [(c.text, c.credit) for c in doc.metadata.captions] == [("Jane Doe", "photo: Example Archives")]


@pytest.mark.parametrize("line", ["The mayor, photo: Example Archives", "He said, photo: Example Archives"])
def test_a_comma_and_a_photo_label_after_words_that_are_no_name_stay(line: str) -> None:
    doc = _clean([TITLE, BODY["en"][0], line, *BODY["en"][1:]])
    assert line in doc.text


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("De notre correspondante Anne Dupont", "Anne Dupont"),
        ("Par notre envoyée spéciale à Kiev Anne Dupont", "Anne Dupont"),
        ("De nuestro corresponsal Luis Pérez", "Luis Pérez"),
        ("Dal nostro corrispondente Marco Bianchi", "Marco Bianchi"),
        ("Do nosso correspondente João Souza", "João Souza"),
    ],
)
def test_our_correspondent_lead_ins_of_four_languages(byline: str, author: str) -> None:
    doc = _clean([TITLE, byline, *BODY["en"]])
    assert doc.metadata.authors == [author]
    assert byline not in doc.text


def test_a_german_writer_with_the_city_filed_from() -> None:
    doc = _clean(["Windkraft soll schneller wachsen", "Anna Berg aus Berlin", *BODY["de"]], "de")
    assert doc.metadata.authors == ["Anna Berg"]


def test_a_person_from_a_place_in_a_sentence_is_no_writer() -> None:
    sentence = "Anna Berg aus Berlin sagte, die Pläne kämen zu spät für die Betriebe im Osten."
    doc = _clean(["Windkraft soll schneller wachsen", sentence, *BODY["de"]], "de")
    assert doc.metadata.authors == []
    assert sentence in doc.text
