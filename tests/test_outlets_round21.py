"""Outlets' templates, 2026-12-06 (twenty-first session, issues 12 and 13): forms written for the test
from what Indian, Australian, Canadian, German, Spanish, Italian and French outlets print (not taken
from any data set), with sentences of copy that open with the same words. A section's last crumb in
six languages and a place with 'News' are no titles; a share bar under a listen label no longer takes
the first paragraph of German copy with it; glued share bars, text-size buttons and follow-us rows
go; a German tags header goes with its tags."""

from __future__ import annotations

import pytest

from cleaner import clean_text

from .test_real_copy_round17 import BODY, TITLE


def _clean(lines: list[str], language: str | None = None):
    return clean_text("\n\n".join(lines) + "\n", language=language)


SPIEGEL_TOP = [
    "Ausland",
    "Scholz kündigt neue Hilfen für die Ukraine an",
    "05.03.2024, 18.20 Uhr",
    "Artikel zum Hören • 3 Min",
    "X.com",
    "Facebook",
    "E-Mail",
    "Link kopieren",
    "Weitere Optionen zum Teilen",
]


@pytest.mark.parametrize("language", [None, "de"])
def test_share_bar_under_a_listen_label_leaves_the_first_german_paragraph(language: str | None) -> None:
    # Der Spiegel's top: the first paragraph's capitalised nouns made it read as one more headline of
    # a module the listen label opened; the share bar goes, every paragraph stays
    lead = "Bundeskanzler Olaf Scholz hat am Dienstag weitere Hilfen für die Ukraine angekündigt."
    doc = _clean([*SPIEGEL_TOP, lead, *BODY["de"], "Mehr lesen über", "Ukraine Olaf Scholz Bundesregierung"], language)
    assert lead in doc.text
    for paragraph in BODY["de"]:
        assert paragraph in doc.text
    for junk in ("Ausland", "X.com", "Weitere Optionen", "Artikel zum Hören", "Mehr lesen über", "Bundesregierung"):
        assert junk not in doc.text
    assert doc.metadata.title == "Scholz kündigt neue Hilfen für die Ukraine an"


@pytest.mark.parametrize(
    ("language", "section"),
    [("de", "Ausland"), ("de", "Wirtschaft"), ("es", "Internacional"), ("es", "Economía"), ("it", "Esteri"),
     ("it", "Cronaca"), ("fr", "Politique"), ("fr", "Société")],
)  # fmt: skip
def test_a_section_crumb_over_the_headline_is_no_title(language: str, section: str) -> None:
    title, byline = TITLE[language]
    doc = _clean([section, title, byline, *BODY[language]], language)
    assert doc.metadata.title == title
    assert section not in doc.text.split("\n")
    for paragraph in BODY[language]:
        assert paragraph in doc.text


def test_a_place_and_news_crumb_trail_is_no_title() -> None:
    # the Times of India prints its section trail one crumb a line over the headline
    title, _ = TITLE["en"]
    doc = _clean(["News", "City News", "Delhi News", title, *BODY["en"]])
    assert doc.metadata.title == title
    assert "City News" not in doc.text and "Delhi News" not in doc.text


def test_a_one_line_title_made_of_a_section_word_and_more_stays_a_title() -> None:
    # 'News' alone closing a place is a crumb; a headline with 'news' in it is a headline
    title = "Fake news spreads faster than the truth, study of tweets finds"
    doc = _clean([title, "By Jane Doe", *BODY["en"]])
    assert doc.metadata.title == title


@pytest.mark.parametrize(
    "line",
    [
        "FacebookTwitterInstagramKOO APPYOUTUBE",  # an icon row whose names the extractor glued
        "TwitterFacebookLinkedInWhatsApp",
        "Normal text size", "Larger text size", "Very large text size",  # a reader's text-size buttons
        "Follow us: Twitter, Instagram, Facebook", "Find us on: Facebook | Instagram",
        "Síguenos en: Facebook, X, Instagram",
    ],
)  # fmt: skip
def test_button_rows_go(line: str) -> None:
    doc = _clean([TITLE["en"][0], *BODY["en"], line])
    assert line not in doc.text
    for paragraph in BODY["en"]:
        assert paragraph in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "Follow NBC Latino on Facebook, Twitter and Instagram.",
        "Large text size made the new road signs easier to read, the council said.",
        "Facebook and Twitter shares fell on Monday after the ruling.",
    ],
)
def test_copy_about_networks_and_type_stays(line: str) -> None:
    doc = _clean([TITLE["en"][0], BODY["en"][0], line, *BODY["en"][1:]])
    assert line in doc.text


def test_headline_013_the_title_printed_again_under_the_copy_goes() -> None:
    # the Daily Mail's share box repeats the headline under the story
    title = "Heatwave warning as temperatures set to soar to 34C this weekend"
    doc = _clean([title, "By Jane Doe", *BODY["en"], "Share or comment on this article:", title, "e-mail"])
    assert doc.metadata.title == title
    assert title not in doc.text
    assert [r.rule for r in doc.removed if r.text == title] == ["HEADLINE-001", "HEADLINE-013"]
    for paragraph in BODY["en"]:
        assert paragraph in doc.text


def test_headline_013_keeps_a_line_that_only_resembles_the_title() -> None:
    title = "Heatwave warning as temperatures set to soar"
    subhead = "Heatwave warning as temperatures set to soar again next week"
    doc = _clean([title, "By Jane Doe", BODY["en"][0], subhead, *BODY["en"][1:]])
    assert subhead in doc.text


def test_a_section_trail_on_one_line_is_no_title() -> None:
    # the SCMP's 'China/ Diplomacy' over the headline, its standfirst, and the writer's card
    title = "China's top diplomat heads to Europe for talks on trade and Ukraine"
    doc = _clean(
        ["China/ Diplomacy", title, "Jane Doe", "in Beijing", "Published: 6:20pm, 5 Mar 2024", *BODY["en"],
         "Jane Doe is a China correspondent for the Post, covering diplomacy and defence. She joined the Post in 2019."]
    )  # fmt: skip
    assert doc.metadata.title == title
    assert doc.metadata.authors == ["Jane Doe"]
    assert "China/ Diplomacy" not in doc.text and "in Beijing" not in doc.text


def test_the_writers_bio_under_the_copy_does_not_unseat_the_byline() -> None:
    # the author box names the writer; it is no copy about a person called Jane Doe
    doc = _clean(
        [TITLE["en"][0], "Jane Doe", "in Beijing", "Published: 6:20pm, 5 Mar 2024", *BODY["en"],
         "Jane Doe is a China correspondent for the Post, covering diplomacy and defence."]
    )  # fmt: skip
    assert doc.metadata.authors == ["Jane Doe"]
    assert "Jane Doe" not in doc.text


def test_a_profile_that_opens_with_its_subjects_name_keeps_the_name() -> None:
    # a profile's subject, named over the copy and in its first sentence, is no writer
    lines = [
        "Maria Lopez",
        "Maria Lopez is a nurse who has worked nights at the county hospital for thirty years, and on Friday "
        "she retires with a party in the ward she ran.",
        *BODY["en"],
    ]
    doc = _clean(lines)
    assert doc.metadata.authors == []


@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe is The Times of Israel's political correspondent.",
        "Jane Doe is the Guardian's Washington bureau chief.",
    ],
)
def test_a_bio_naming_the_outlet_with_a_possessive_goes(line: str) -> None:
    # over the page's buttons, which other passes take later
    doc = _clean(
        [TITLE["en"][0], "By Jane Doe", *BODY["en"], line, "Read more by Jane Doe", "Share this article",
         "Copy link", "Join our Comment Community"]
    )  # fmt: skip
    assert line not in doc.text
    assert doc.metadata.authors == ["Jane Doe"]


def test_a_byline_with_the_writers_bio_run_on() -> None:
    # The Verge's byline: the writer's card in two sentences
    doc = _clean(
        [TITLE["en"][0], "By Jane Doe, a senior reporter covering consumer tech. She has been at The Verge since 2019.",
         *BODY["en"]]
    )  # fmt: skip
    assert doc.metadata.authors == ["Jane Doe"]


@pytest.mark.parametrize(
    "line",
    [
        "Newsweek is a Trust Project member",
        "Submit Correction",
        "View Editorial Guidelines",
        "Update 3/5/24, 6:20 p.m. ET: This article was updated with additional information.",
        "Read 34 articles on",
    ],
)
def test_newsroom_links_and_notes_go(line: str) -> None:
    doc = _clean([TITLE["en"][0], *BODY["en"], line, "Request Reprint & Licensing"])
    assert line not in doc.text
    for paragraph in BODY["en"]:
        assert paragraph in doc.text


def test_a_section_in_initials_is_a_kicker() -> None:
    title = "Map Shows States Where Gas Prices Are Rising Fastest"
    doc = _clean(["U.S.", title, "By Jane Doe", *BODY["en"]])
    assert doc.metadata.title == title
    assert not doc.text.startswith("U.S.")


def test_the_pages_short_link_under_a_standfirst_goes() -> None:
    # DW: standfirst, byline, date, then the story's short link over the copy
    title = "German coalition agrees on 2025 budget after marathon talks"
    standfirst = "The three parties have been at odds for weeks over spending cuts and the debt brake."
    doc = _clean([title, standfirst, "Jane Doe with Reuters, dpa", "https://p.dw.com/p/4dXyz", *BODY["en"]])
    assert "https://p.dw.com" not in doc.text
    assert standfirst in doc.text


def test_a_link_the_copy_introduces_stays_under_a_standfirst() -> None:
    title = "German coalition agrees on 2025 budget after marathon talks"
    lines = [title, "The full agreement was published by the finance ministry:", "https://example.gov/budget.pdf"]
    doc = _clean([*lines, *BODY["en"]])
    assert "https://example.gov/budget.pdf" in doc.text


def test_site_section_and_subsection_over_the_headline() -> None:
    # Forbes: 'Forbes' / 'Money' / 'Markets' over the headline, the writer's card and bio under it
    title = "Tesla Stock Falls After Delivery Miss"
    doc = _clean(
        ["Forbes", "Money", "Markets", title, "Jane Doe", "Forbes Staff",
         "Jane Doe is a Forbes reporter covering markets.", "Follow", "Mar 5, 2024, 06:20pm EST", *BODY["en"]]
    )  # fmt: skip
    assert doc.metadata.title == title
    assert doc.metadata.authors == ["Jane Doe"]
    for junk in ("Forbes", "Money", "Markets", "Jane Doe"):
        assert junk not in doc.text


def test_a_running_storys_tag_over_the_headline_is_no_title() -> None:
    title = "Ukraine strikes Russian oil refinery with drones"
    doc = _clean(["Ukraine war latest", title, "by Jane Doe", "March 5, 2024 6:20 PM", *BODY["en"]])
    assert doc.metadata.title == title


def test_prompt_176_the_writers_signed_appeal_goes() -> None:
    appeal = (
        "Hi, this is Jane Doe. I wrote this story. Independent journalism needs your support. Join our community today."
    )
    doc = _clean([TITLE["en"][0], *BODY["en"], appeal])
    assert appeal not in doc.text
    assert [r.rule for r in doc.removed if r.text == appeal] == ["PROMPT-176"]


def test_a_greeting_in_a_quote_stays() -> None:
    line = "Hi, this is Jane, she said, and asked whether the shelter still needed volunteers to support it."
    doc = _clean([TITLE["en"][0], BODY["en"][0], line, *BODY["en"][1:]])
    assert line in doc.text


PL = [
    "Rada Ministrów przyjęła we wtorek projekt ustawy budżetowej na przyszły rok, który zakłada deficyt na "
    "poziomie prawie 290 mld zł, poinformował minister finansów na konferencji prasowej w Warszawie.",
    "Projekt trafi teraz do Sejmu, gdzie opozycja zapowiada poprawki do wielu jego części.",
]


def test_polish_section_crumbs_are_no_title() -> None:
    title = "Rząd przyjął projekt budżetu na 2025 rok"
    doc = _clean(["Wiadomości", "Kraj", title, "Jane Doe", "05.03.2024, 18:20", *PL], "pl")
    assert doc.metadata.title == title
    assert "Wiadomości" not in doc.text and "Kraj" not in doc.text


def test_zeit_top_furniture_goes() -> None:
    title = "Ampel einigt sich auf Haushalt"
    doc = _clean(
        ["Z+ (abopflichtiger Inhalt)", "Politik", title, "Von Jane Doe", "Aktualisiert am 5. März 2024, 21:02 Uhr",
         "128 Kommentare", "Artikel hören", "Player schließen", *BODY["de"],
         "Dieser Artikel ist Teil von ZEIT ONLINE Plus", "Seitennavigation", "Startseite"],
        "de",
    )  # fmt: skip
    assert doc.metadata.title == title
    for junk in ("Artikel hören", "Player schließen", "ZEIT ONLINE Plus", "Seitennavigation", "Startseite"):
        assert junk not in doc.text
    for paragraph in BODY["de"]:
        assert paragraph in doc.text


def test_a_send_by_mail_form_and_paywall_notices_go() -> None:
    # ABC (Spain): its section, the headline, and a mail form between the byline and the copy
    title, byline = TITLE["es"]
    doc = _clean(
        ["España", title, byline, "Madrid", "Actualizado: 05/03/2024 21:02h", "Guardar",
         "Enviar noticia por correo electrónico", "Tu nombre *", "Tu correo electrónico *", *BODY["es"],
         "Esta funcionalidad es sólo para registrados", "Iniciar sesión",
         "Esta funcionalidad es sólo para suscriptores"],
        "es",
    )  # fmt: skip
    assert doc.metadata.title == title
    for junk in ("Enviar noticia", "Tu nombre", "Tu correo", "Esta funcionalidad"):
        assert junk not in doc.text
    for paragraph in BODY["es"]:
        assert paragraph in doc.text


def test_a_short_links_address_on_the_next_line_goes() -> None:
    doc = _clean([TITLE["en"][0], *BODY["en"], "Short Url", "https://arab.news/abc12", "Updated 05 March 2024"])
    assert "arab.news" not in doc.text


def test_an_address_under_the_copy_that_no_label_announces_stays() -> None:
    doc = _clean([TITLE["en"][0], *BODY["en"], "https://example.gov/report.pdf"])
    assert "https://example.gov/report.pdf" in doc.text


@pytest.mark.parametrize(
    ("language", "lines"),
    [("sv", ["Dela", "Ämnen i artikeln", "Brott och straff"]), ("ru", ["Читать ria.ru в"])],
)
def test_nordic_and_russian_buttons_go(language: str, lines: list[str]) -> None:
    doc = _clean([TITLE["en"][0], *BODY["en"], *lines], language)
    for line in lines:
        assert line not in doc.text.split("\n")


def test_a_live_blogs_controls_go_and_its_entries_stay() -> None:
    title = "Ukraine war live: Zelenskyy meets European leaders in Paris"
    doc = _clean(
        [title, "Key events", "Show key events only", "Live feed", "From 6h ago", "18.20 GMT", BODY["en"][0],
         "Updated at 18.25 GMT", "From 7h ago", *BODY["en"][1:]]
    )  # fmt: skip
    for junk in ("Key events", "Show key events", "Live feed", "From 6h ago", "From 7h ago"):
        assert junk not in doc.text
    for paragraph in BODY["en"]:
        assert paragraph in doc.text


@pytest.mark.parametrize(
    "lines",
    [
        ["Sign the guest book", "Send flowers",
         "To send flowers to the family or plant a tree in memory of Jane Roe, please visit our floral store."],
        ["Transcript", "This transcript was generated automatically and may contain errors."],
        ["Related fact checks", "Fact check: Viral video does not show a UFO over Texas",
         "Fact check: Photo of shark on flooded highway is fake"],
    ],
)  # fmt: skip
def test_obituary_widgets_transcript_notes_and_related_fact_checks_go(lines: list[str]) -> None:
    doc = _clean([TITLE["en"][0], *BODY["en"], *lines])
    for line in lines[1:]:
        assert line not in doc.text
    for paragraph in BODY["en"]:
        assert paragraph in doc.text


def test_a_recipes_buttons_go_and_its_ingredients_stay() -> None:
    recipe = [
        "Ingredients", "225g butter", "225g caster sugar", "4 eggs", "Method",
        "Heat the oven to 180C and line a loaf tin.", "Beat the butter and sugar, then add the eggs.",
    ]  # fmt: skip
    doc = _clean(["Lemon drizzle cake", "Jump to recipe", "Print recipe", "Rate this recipe", BODY["en"][0], *recipe])
    for junk in ("Jump to recipe", "Print recipe", "Rate this recipe"):
        assert junk not in doc.text
    for line in recipe:
        assert line in doc.text


def test_tags_over_a_closing_share_label_go() -> None:
    # NU.nl: 'Lees meer over:' and its tags, then the share bar's label the extractor kept last
    doc = _clean([TITLE["en"][0], *BODY["en"], "Lees meer over:", "Wonen", "Politiek", "Deel artikel via:"])
    for junk in ("Lees meer over", "Wonen", "Politiek", "Deel artikel"):
        assert junk not in doc.text
    for paragraph in BODY["en"]:
        assert paragraph in doc.text


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        ("fr", ["Vente Flash", "1€ le premier mois", "Déjà abonné ? Connectez-vous"]),
        ("fr", ["La newsletter du week-end. Chaque vendredi, recevez nos idées de sorties.", "Je m'inscris"]),
        ("it", ["Suggerisci", "Altri", "Scrivi alla redazione"]),
        ("es", ["Tags relacionados"]),
        ("en", ["$1/week for your first year"]),
    ],
)
def test_offers_newsletter_boxes_and_share_labels_go(language: str, lines: list[str]) -> None:
    doc = _clean([TITLE["en"][0], *BODY["en"], *lines], language)
    for line in lines:
        assert line not in doc.text.split("\n")


@pytest.mark.parametrize(
    "line",
    [
        "Rents rose by €50 a month, the agency said, the steepest rise in a decade.",
        "The newsletter's editor said every subscriber would get a refund after the error.",
    ],
)
def test_prices_and_newsletters_in_copy_stay(line: str) -> None:
    doc = _clean([TITLE["en"][0], BODY["en"][0], line, *BODY["en"][1:]])
    assert line in doc.text


@pytest.mark.parametrize(
    ("lines", "credit", "photographer"),
    [
        # the lead picture's caption right under the title, its credit on the next line
        (["Firefighters battle the blaze on Tuesday.", "Jane Doe/AP"], "Jane Doe/AP", "Jane Doe"),
        (["Firefighters battle the blaze on Tuesday. | Jane Doe for The Washington Post"],
         "Jane Doe for The Washington Post", "Jane Doe"),
        (["Firefighters battle the blaze on Tuesday. Foto: Jane Doe/dpa"], "Jane Doe/dpa", "Jane Doe"),
        (["Firefighters battle the blaze on Tuesday. Photo: Jane Doe/dpa"], "Jane Doe/dpa", "Jane Doe"),
        (["Firefighters battle the blaze on Tuesday. (AAP Image/Jane Doe)"], "AAP Image/Jane Doe", "Jane Doe"),
    ],
)  # fmt: skip
def test_caption_credit_forms(lines: list[str], credit: str, photographer: str) -> None:
    doc = _clean([TITLE["en"][0], *lines, *BODY["en"]])
    assert [(c.text.rstrip("."), c.photographer) for c in doc.metadata.captions] == [
        ("Firefighters battle the blaze on Tuesday", photographer)
    ]
    assert credit in doc.metadata.captions[0].credit
    for line in lines:
        assert line not in doc.text
    for paragraph in BODY["en"]:
        assert paragraph in doc.text


def test_a_short_lead_sentence_over_the_writers_outlet_is_no_caption() -> None:
    # a bare agency under a short first sentence right under the title may be the writer's outlet
    doc = _clean([TITLE["en"][0], "Prices rose again on Tuesday.", "Reuters", *BODY["en"]])
    assert "Prices rose again on Tuesday." in doc.text
    assert doc.metadata.captions == []


def test_a_contributor_note_naming_the_writers_studio() -> None:
    # the Tagesschau closes with who reported and from which studio
    line = "Mit Informationen von Jane Doe, ARD-Hauptstadtstudio"
    doc = _clean([TITLE["de"][0], *BODY["de"], line], "de")
    assert line not in doc.text
    assert doc.metadata.credits is not None and doc.metadata.credits.reporting == ["Jane Doe"]


def test_a_closing_sentence_naming_a_person_and_a_town_stays() -> None:
    line = "Mit Informationen von Jane Doe, Bürgermeisterin der Stadt, soll das Projekt nun starten."
    doc = _clean([TITLE["de"][0], *BODY["de"], line], "de")
    assert line in doc.text


def test_a_name_over_its_paper_is_the_byline() -> None:
    # Gannett's papers: the writer's name over the paper's, and her beat under the copy
    title = "City council approves new downtown parking rates"
    doc = _clean(
        [title, "Jane Doe", "Springfield News-Leader", "View Comments", *BODY["en"],
         "Jane Doe covers local government for the News-Leader. Contact her at jdoe@news-leader.com."]
    )  # fmt: skip
    assert doc.metadata.authors == ["Jane Doe"]
    for junk in ("Jane Doe", "News-Leader"):
        assert junk not in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "Get breaking news and the latest stories from CNA on WhatsApp.",
        "Disclaimer: Comments do not represent the views of INQUIRER.net. We reserve the right to exclude comments "
        "which are inconsistent with our editorial standards.",
        "This story was originally published March 5, 2024, 6:20 PM.",
    ],
)
def test_closing_offers_policies_and_stamps_go(line: str) -> None:
    doc = _clean([TITLE["en"][0], *BODY["en"], line, "Recommended by"])
    assert line not in doc.text
    assert "Recommended by" not in doc.text


def test_a_ministers_comments_stay() -> None:
    line = "Comments made by the minister do not represent the views of the government, a spokesman said."
    doc = _clean([TITLE["en"][0], BODY["en"][0], line, *BODY["en"][1:]])
    assert line in doc.text


@pytest.mark.parametrize(
    ("closing", "gone"),
    [
        (["Enditem"], ["Enditem"]),  # Xinhua's end mark
        (["jd/jr"], ["jd/jr"]),  # AFP's desk initials
        (["Related video: Storm damage in Ohio (WSYX)"], ["Related video"]),
        (["___", "Associated Press writer John Roe in Washington contributed to this report."], []),
    ],
)
def test_wire_closings(closing: list[str], gone: list[str]) -> None:
    doc = _clean([TITLE["en"][0], *BODY["en"], *closing])
    for line in gone:
        assert line not in doc.text
    if closing[0] == "___":
        assert "___" in doc.text  # AP's rule over its credits: gold bodies keep it
    for paragraph in BODY["en"]:
        assert paragraph in doc.text


def test_a_last_sentence_with_slashes_stays() -> None:
    line = "The and/or clause was struck out by the court, the lawyers said on Tuesday after the hearing."
    doc = _clean([TITLE["en"][0], *BODY["en"], line])
    assert line in doc.text


def test_glued_skip_links_and_the_logos_link_are_no_title() -> None:
    title = "Water bills to rise by average of £94 a year in England and Wales"
    doc = _clean(
        ["Skip to main contentSkip to navigation", "Print subscriptions", "Sign in", "The Guardian - Back to home",
         title, "Jane Doe Environment correspondent", "Tue 5 Mar 2024 18.20 GMT", *BODY["en"]]
    )  # fmt: skip
    assert doc.metadata.title == title
    assert "Skip to" not in doc.text and "Back to home" not in doc.text


@pytest.mark.parametrize(
    "first", ["Trending Now", "Most Popular", "Top Stories", "Light mode", "Privacy settings", "Middle East"]
)
def test_a_page_bar_over_the_headline_and_byline_leaves_the_title(first: str) -> None:
    # a dump's first line of page furniture: the headline under it, then the byline
    title, _ = TITLE["en"]
    doc = _clean([first, title, "By Jane Doe", *BODY["en"]])
    assert doc.metadata.title == title
    assert doc.metadata.authors == ["Jane Doe"]
    assert first not in doc.text.split("\n")


def test_a_trending_bar_of_headlines_at_the_top_still_goes() -> None:
    # a real module at the top: several headlines under its label, then the story's own title
    bar = [
        "Trending Now", "Storm leaves thousands without power across the Midwest",
        "Judge blocks new state law on social media for minors", "Fed holds rates steady as inflation cools",
    ]  # fmt: skip
    doc = _clean([*bar, TITLE["en"][0], "By Jane Doe", *BODY["en"]])
    for line in bar:
        assert line not in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "Disclosure: The University of Texas at Austin has been a financial supporter of The Texas Tribune, a "
        "nonprofit, nonpartisan news organization that is funded in part by donations from members.",
        "Want to submit a guest commentary or reaction to an article we wrote? You can find our submission "
        "guidelines here.",
        "Do you have information about hospital billing practices? Email jane.doe@example.org.",
        "CalMatters is a nonprofit, nonpartisan media venture explaining California policies and politics.",
    ],
)
def test_nonprofit_newsrooms_closing_notes_go(line: str) -> None:
    doc = _clean([TITLE["en"][0], *BODY["en"], line])
    assert line not in doc.text
    for paragraph in BODY["en"]:
        assert paragraph in doc.text


def test_a_witness_appeal_in_the_copy_stays() -> None:
    line = "Do you have information about the crash? Police asked witnesses to call, the spokesman said."
    doc = _clean([TITLE["en"][0], BODY["en"][0], line, *BODY["en"][1:]])
    assert line in doc.text


@pytest.mark.parametrize("label", ["WRITER", "REPORTER", "AUTHOR"])
def test_a_byline_label_in_capitals_is_no_dateline(label: str) -> None:
    # the Bangkok Post's 'WRITER: Jane Doe' read as an outlet's own dateline placed at 'WRITER'
    doc = _clean([TITLE["en"][0], f"{label}: Jane Doe", *BODY["en"]])
    assert doc.metadata.authors == ["Jane Doe"]
    assert doc.metadata.dateline is None
    assert doc.metadata.subtitle is None


@pytest.mark.parametrize(
    ("language", "question", "button"),
    [
        ("en", "Enjoyed this article?", "Subscribe now"),
        ("pt", "Gostaria de ler mais artigos como este?", "Assine o PÚBLICO"),
        ("fr", "Vous avez aimé cet article ?", "Abonnez-vous"),
        ("de", "Hat Ihnen dieser Artikel gefallen?", "Jetzt abonnieren"),
        ("es", "¿Te gustó este artículo?", "Suscríbete"),
    ],
)
def test_prompt_182_a_question_about_the_article_over_its_button(language: str, question: str, button: str) -> None:
    doc = _clean([TITLE["en"][0], *BODY["en"], question, button], language)
    assert question not in doc.text and button not in doc.text
    assert [r.rule for r in doc.removed if r.text == question] == ["PROMPT-182"]


def test_a_question_about_someone_elses_article_stays() -> None:
    line = "Did you enjoy the article the minister wrote last week?"
    doc = _clean([TITLE["en"][0], BODY["en"][0], line, *BODY["en"][1:]])
    assert line in doc.text


def test_an_ap_game_storys_schedule_stays_and_its_hub_link_goes() -> None:
    schedule = ["UP NEXT", "Knicks: Host Chicago on Thursday.", "Celtics: At Milwaukee on Friday."]
    doc = _clean([TITLE["en"][0], *BODY["en"], *schedule, "AP NBA: https://apnews.com/hub/nba"])
    for line in schedule:
        assert line in doc.text
    assert "apnews.com/hub" not in doc.text


def test_a_players_up_next_label_still_goes() -> None:
    doc = _clean([TITLE["en"][0], BODY["en"][0], "Up Next", *BODY["en"][1:]])
    assert "Up Next" not in doc.text.split("\n")


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        ("Enlarge / The Orion capsule during a test. NASA", "The Orion capsule during a test.", "NASA"),
        ("Enlarge / Jane Roe speaks in Austin on Tuesday. Aurich Lawson | Getty Images",
         "Jane Roe speaks in Austin on Tuesday.", "Aurich Lawson | Getty Images"),
    ],
)  # fmt: skip
def test_caption_042_ars_technicas_enlarge_caption(line: str, text: str, credit: str) -> None:
    doc = _clean([TITLE["en"][0], BODY["en"][0], line, *BODY["en"][1:]])
    assert line not in doc.text
    assert [(c.text, c.credit) for c in doc.metadata.captions] == [(text, credit)]


def test_enlarge_in_the_copy_stays() -> None:
    line = "Enlarge the photo and you can see the crack, the engineer said."
    doc = _clean([TITLE["en"][0], BODY["en"][0], line, *BODY["en"][1:]])
    assert line in doc.text
