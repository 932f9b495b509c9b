"""Real copy, 2026-12-06 (nineteenth session): furniture real outlets print that the engine kept, in
the styles of several outlets and languages: a reading time behind a clock pictograph, an ad slot's
buttons, the sections menu and the edition or language switch above the copy, a health site's review
credit, the French wire credit with its article ('Avec l'AFP'), and a lawmaker's hover card glued into
the sentence that names her. Each must go with its rule; the copy's sentences that only look like them
must stay. Copy written for the test."""

from __future__ import annotations

import pytest

from cleaner import clean_text

TITLE = "Council approves new budget after long debate"
PARAS = [
    "The city council approved the new budget on Tuesday night after a long debate that ran until after "
    "midnight, officials said.",
    "The plan raises the property tax by two percent and puts the money into schools and the bus network.",
    "Opponents argued that the tax increase would hurt small businesses and promised to campaign against it "
    "in the next election.",
]
FR = [
    "Le conseil municipal a adopté mardi soir le nouveau budget après un long débat qui s'est prolongé "
    "jusqu'après minuit.",
    "Le plan augmente la taxe foncière de deux pour cent et finance les écoles et le réseau de bus.",
    "L'opposition estime que la hausse pénalisera les petits commerces et promet de faire campagne contre.",
]


def _doc(lines: list[str], where: str, paras: list[str] = PARAS, title: str = TITLE):
    if where == "top":
        blocks = [*lines, title, *paras]
    elif where == "middle":
        blocks = [title, paras[0], *lines, *paras[1:]]
    else:
        blocks = [title, *paras, *lines]
    return clean_text("\n\n".join(blocks) + "\n")


def _rules_for(doc, line: str) -> set[str]:
    return {r.rule for r in doc.removed if r.text and line in r.text}


def _copy_kept(doc, paras: list[str] = PARAS) -> bool:
    return all(p in doc.text for p in paras)


@pytest.mark.parametrize("where", ["top", "middle", "end"])
@pytest.mark.parametrize("line", ["⏱ 4 min read", "⏱️ 6 minute read", "🕒 3 min read", "📖 5 min de lecture"])
def test_a_reading_time_behind_a_pictograph_goes(line: str, where: str) -> None:
    doc = _doc([line], where)
    assert line not in doc.text
    assert _rules_for(doc, line) == {"CRUMB-143"}
    assert _copy_kept(doc)


def test_a_duration_behind_a_clock_is_no_reading_time() -> None:
    doc = _doc(["⏱ 4 minutes"], "middle")
    assert "CRUMB-143" not in _rules_for(doc, "⏱ 4 minutes")


@pytest.mark.parametrize("where", ["middle", "end"])
@pytest.mark.parametrize(
    "line", ["Report an ad", "Skip ad", "Why this ad?", "AdChoices", "Anzeige melden", "Fermer la publicité"]
)
def test_an_ad_slots_buttons_go_wherever_they_fall(line: str, where: str) -> None:
    doc = _doc([line], where)
    assert line not in doc.text
    assert _rules_for(doc, line) == {"CRUMB-153"}
    assert _copy_kept(doc)


@pytest.mark.parametrize(
    "sentence",
    [
        "Report an ad that breaks the rules to the regulator, the minister told parents on Monday.",
        "Close ads for the two brands ran on the same night, the agency said.",
        "Ad hoc committee",
    ],
)
def test_copy_about_adverts_stays(sentence: str) -> None:
    doc = _doc([sentence], "middle")
    assert sentence in doc.text


@pytest.mark.parametrize(
    "header",
    [["Sections"], ["English"], ["Sections", "English"], ["Español", "Français", "Deutsch"], ["Select language"]],
)
def test_a_pages_menu_and_switch_above_the_copy_go(header: list[str]) -> None:
    doc = _doc(header, "top")
    for line in header:
        assert _rules_for(doc, line) == {"CRUMB-154"}
    assert TITLE in doc.text or doc.metadata.title == TITLE
    assert _copy_kept(doc)


def test_a_heading_named_like_a_switch_in_the_copy_stays() -> None:
    """Below the first paragraph the same word is the copy's own subhead."""
    doc = _doc(["English", "Lessons in the second language start in the autumn term for all pupils."], "middle")
    assert "\nEnglish\n" in "\n" + doc.text
    assert _copy_kept(doc)


@pytest.mark.parametrize(
    ("line", "role", "names"),
    [
        ("Medically reviewed by Jane Doe, MD", "medically reviewed", ["Jane Doe"]),
        ("Medically reviewed by Karen Roe, M.D., MPH", "medically reviewed", ["Karen Roe"]),
        ("Clinically reviewed by Amy Wong, RN, MSN", "clinically reviewed", ["Amy Wong"]),
    ],
)
@pytest.mark.parametrize("where", ["top", "end"])
def test_a_review_credit_goes_to_credits(line: str, role: str, names: list[str], where: str) -> None:
    doc = _doc([line], where)
    assert line not in doc.text
    assert _rules_for(doc, line) == {"CREDITS-001"}
    assert doc.metadata.credits is not None and doc.metadata.credits.other.get(role) == names
    assert _copy_kept(doc)


def test_a_review_credit_with_the_writers_credit_after_a_dash() -> None:
    line = "Medically reviewed by Dr. Carlos Ruiz, PharmD — Written by Anna Lee on March 3, 2021"
    doc = _doc([line], "top")
    assert line not in doc.text
    credits = doc.metadata.credits
    assert credits is not None and credits.writing == ["Anna Lee"]
    assert credits.other.get("medically reviewed") == ["Dr. Carlos Ruiz"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The study was medically reviewed by three independent doctors before it was published.",
        "Medically reviewed by Jane Doe, MD, the guidance was sent to every clinic in the region last week.",
    ],
)
def test_sentences_about_a_review_stay(sentence: str) -> None:
    doc = _doc([sentence], "middle")
    assert sentence in doc.text


@pytest.mark.parametrize("line", ["Avec l'AFP", "Avec l’AFP", "(Avec l'AFP et Reuters)", "Avec AFP"])
def test_the_french_wire_credit_with_its_article_goes(line: str) -> None:
    doc = _doc([line], "end", paras=FR, title="Le conseil adopte le budget après un long débat")
    assert line not in doc.text
    assert _rules_for(doc, line) == {"FOOTER-012"}
    assert _copy_kept(doc, FR)


@pytest.mark.parametrize(
    "sentence",
    ["Avec l'AFP, le ministère a organisé une conférence de presse lundi.", "Avec l'aide de l'AFP"],
)
def test_french_copy_naming_the_agency_stays(sentence: str) -> None:
    doc = _doc([sentence], "middle", paras=FR, title="Le conseil adopte le budget après un long débat")
    assert sentence in doc.text


CARD_LINE = (
    "A Texas man pleaded guilty to threatening Sen. Maria LopezMaria Elena LopezSenate panel advances water "
    "bill | Lopez presses agency on drought aid Overnight Energy: Lopez unveils tax plan MORE (D-Ariz.), "
    "prosecutors said on Monday."
)


def test_a_hover_card_glued_into_the_sentence_is_cut_out() -> None:
    doc = _doc([CARD_LINE], "middle")
    assert "A Texas man pleaded guilty to threatening Sen. Maria Lopez (D-Ariz.), prosecutors said on Monday." in (
        doc.text
    )
    assert "MORE" not in doc.text and "Senate panel" not in doc.text
    assert _rules_for(doc, "Maria Elena Lopez") == {"RELATED-019"}
    assert _copy_kept(doc)


def test_two_cards_in_one_paragraph_are_both_cut() -> None:
    line = (
        "Rep. John RoeJohn Michael RoeHouse passes farm bill | Roe backs rail plan MORE (R-Ohio) and Rep. Ann "
        "SmithAnn SmithSmith wins primary Smith joins panel MORE (D-Ore.) wrote to the agency on Friday."
    )
    doc = _doc([line], "middle")
    assert "Rep. John Roe (R-Ohio) and Rep. Ann Smith (D-Ore.) wrote to the agency on Friday." in doc.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Sen. Maria Lopez said she wanted MORE money for the schools, not less, in a speech on Monday.",
        "The band's new record, MORE, comes out on Friday, the label said.",
        "McDonaldMcDonald is a typo that the MORE button should never touch, the editor wrote.",
    ],
)
def test_copy_with_more_in_capitals_stays(sentence: str) -> None:
    doc = _doc([sentence], "middle")
    assert sentence in doc.text


def test_cleaning_the_clean_text_changes_nothing() -> None:
    lines = ["⏱ 4 min read", "Report an ad", "Medically reviewed by Jane Doe, MD", CARD_LINE]
    once = _doc(lines, "middle").text
    assert clean_text(once).text == once


LONG = (
    "Officials said the measures would stay in place until the end of the month, and that schools would "
    "reopen only once the readings had stayed below the safe level for three days in a row."
)
PAIRS = [
    "Crews cleared burning crop stubble on the edge of the city on Sunday.",
    "Jane Doe/Example Times/Getty Images",
    LONG,
    "Schoolchildren wait for a bus in the haze outside a school in the old town.",
    "John Roe/Example Times/Getty Images",
    LONG,
]


def _with_pairs(extra: list[str]) -> str:
    return "\n\n".join([TITLE, *PARAS[:2], *PAIRS, *extra, LONG, PARAS[2]]) + "\n"


def test_a_source_credit_goes_once_the_text_has_shown_its_caption_layout() -> None:
    """CAPTION-034: two captions over Getty credits prove the layout; the chart credited to a research
    group ('Berkeley Earth') is the same pair."""
    extra = ["This chart shows the daily readings at the city's monitors over the past month.", "Berkeley Earth"]
    doc = clean_text(_with_pairs(extra))
    assert extra[0] not in doc.text and "\nBerkeley Earth\n" not in "\n" + doc.text
    assert _rules_for(doc, "Berkeley Earth") == {"CAPTION-034"}
    assert any(c.credit == "Berkeley Earth" and c.text == extra[0] for c in doc.metadata.captions)
    assert LONG in doc.text and _copy_kept(doc)


def test_without_the_proof_the_pair_stays() -> None:
    text = "\n\n".join(
        [TITLE, *PARAS[:2], "This chart shows the daily readings at the city's monitors.", "Berkeley Earth", LONG]
    )
    doc = clean_text(text + "\n")
    assert "Berkeley Earth" in doc.text


@pytest.mark.parametrize("subhead", ["What Comes Next", "Background", "How The Plan Works"])
def test_a_subhead_under_a_short_paragraph_stays_even_with_the_proof(subhead: str) -> None:
    extra = ["The council will vote on the plan again in March.", subhead]
    doc = clean_text(_with_pairs(extra))
    assert extra[0] in doc.text and subhead in doc.text


def test_a_gallery_count_beside_each_caption_goes() -> None:
    text = "\n\n".join(
        [
            TITLE,
            PARAS[0],
            "6",
            "Crews cleared burning crop stubble on the edge of the city on SundayCredit: EPA",
            "6",
            PARAS[1],
            "6",
            "Schoolchildren wait for a bus in the haze outside a schoolCredit: Getty - Contributor",
            PARAS[2],
        ]
    )
    doc = clean_text(text + "\n")
    assert "\n6\n" not in "\n" + doc.text + "\n"
    assert {r.rule for r in doc.removed if r.text.strip() == "6"} == {"CAPTION-035"}
    assert _copy_kept(doc)


def test_a_numbered_list_keeps_its_numbers() -> None:
    items = ["1", "Preheat the oven to 200 degrees.", "2", "Slice the potatoes thinly and toss them in oil."]
    doc = clean_text("\n\n".join([TITLE, *PARAS[:2], *items, PARAS[2]]) + "\n")
    assert all(f"\n{i}\n" in "\n" + doc.text + "\n" for i in items)


def test_the_pages_own_address_and_a_lone_by_above_the_copy_go() -> None:
    url = "https://www.example-weekly.com/articles/council-budget-vote-51574168486"
    text = "\n\n".join(
        [
            "Council Approves Budget After Long Debate. Why Taxpayers Shouldn't Worry.",
            "This copy is for your personal, non-commercial use only. To order presentation-ready copies for "
            "distribution to your colleagues, clients or customers visit our reprints page.",
            url,
            "By",
            "Text size",
            *PARAS,
        ]
    )
    doc = clean_text(text + "\n")
    assert url not in doc.text and "\nBy\n" not in "\n" + doc.text + "\n"
    assert _rules_for(doc, url) == {"CRUMB-155"}
    assert {r.rule for r in doc.removed if r.text.strip() == "By"} == {"CRUMB-156"}
    assert _copy_kept(doc)
    assert clean_text(doc.text).text == doc.text


def test_addresses_in_the_copy_stay() -> None:
    links = ["http://amzn.to/2xYzAbC", "https://www.example.org/report-2024.pdf"]
    doc = clean_text("\n\n".join([TITLE, PARAS[0], *links, PARAS[1], PARAS[2]]) + "\n")
    assert all(link in doc.text for link in links)


def test_by_over_a_name_is_the_byline() -> None:
    doc = clean_text("\n\n".join([TITLE, "By", "Jane Doe", *PARAS]) + "\n")
    assert doc.metadata.authors == ["Jane Doe"]
    assert not any(r.rule == "CRUMB-156" for r in doc.removed)


def test_an_address_the_top_line_introduces_stays() -> None:
    url = "http://www.example.tv/watch.php?vid=49c75e328"
    doc = clean_text("\n\n".join([TITLE, "Die Aufzeichnung der Veranstaltung als Video:", url, *PARAS]) + "\n")
    assert url in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "Contact us at letters@example.com.",
        "Email us at tips@example.com",
        "Kontakt: redaktion@example.de",
        "Écrivez-nous à redaction@example.fr",
        "Scrivici a redazione@example.it",
    ],
)
def test_the_outlets_contact_line_goes(line: str) -> None:
    doc = _doc([line], "end")
    assert line not in doc.text
    assert _rules_for(doc, line) == {"FOOTER-134"}
    assert _copy_kept(doc)


def test_a_sentence_giving_an_address_stays() -> None:
    sentence = "Email us at tips@example.com and the desk will call you back within a day, the editor promised."
    assert sentence in _doc([sentence], "middle").text


@pytest.mark.parametrize(
    "line", ["JUST WATCHED", "MUST WATCH", "Hide Caption 3 of 12", "VIDEO 2:58 02:58 Why the Fed is cutting rates"]
)
def test_a_players_and_a_gallerys_labels_go(line: str) -> None:
    doc = _doc([line], "middle")
    assert line not in doc.text
    assert _rules_for(doc, line) == {"CRUMB-157"}
    assert _copy_kept(doc)


def test_the_homepage_pointer_with_please_goes() -> None:
    line = "For more articles like this, please visit us at example.com"
    doc = _doc([line], "end")
    assert _rules_for(doc, line) == {"PROMPT-133"}


DE = [
    "Die Regierung hat am Montag neue Maßnahmen angekündigt, die den Ausbau der Windenergie beschleunigen sollen.",
    "Kritiker bemängeln, dass die Pläne zu spät kommen. Der Verband begrüßte die Schritte dennoch.",
    "Bis Ende des Jahres soll ein Gesetzentwurf vorliegen, der dann im Bundestag beraten wird. Die Opposition "
    "kündigte Widerstand an.",
]


def test_the_copys_last_paragraph_under_an_inline_newsletter_box_stays() -> None:
    """PROMPT-138 takes a one-phrase pitch under a sign-up line; two sentences are the copy's close."""
    doc = clean_text("\n\n".join([*DE[:2], "Zum Newsletter anmelden", DE[2]]) + "\n", language="de")
    assert DE[2] in doc.text
    assert "Zum Newsletter anmelden" not in doc.text


def test_the_newsletters_pitch_under_its_sign_up_line_still_goes() -> None:
    pitch = "Die wichtigsten Nachrichten des Tages, jeden Morgen."
    doc = clean_text("\n\n".join([*DE, "Zum Newsletter anmelden", pitch]) + "\n", language="de")
    assert pitch not in doc.text
    assert _rules_for(doc, pitch) == {"PROMPT-138"}


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Report abuse", "CRUMB-158"),
        ("Signaler un abus", "CRUMB-158"),
        ("We need your consent to load this YouTube video.", "CRUMB-159"),
        ("You have chosen to refuse cookies. You can change your choice at any time.", "CRUMB-159"),
    ],
)
def test_comment_controls_and_embed_consent_notices_go(line: str, rule: str) -> None:
    doc = _doc([line], "middle")
    assert line not in doc.text
    assert _rules_for(doc, line) == {rule}
    assert _copy_kept(doc)


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Vous avez choisi de refuser le dépôt de cookies, vous pouvez modifier votre choix à tout moment.", "fr"),
        ("Um diesen Inhalt zu sehen, müssen Sie der Verwendung von Cookies zustimmen.", "de"),
        ("Beitrag melden", "de"),
        ("Newsletter", "de"),
    ],
)
def test_consent_notices_and_controls_in_other_languages_go(line: str, language: str) -> None:
    paras = FR if language == "fr" else DE
    doc = clean_text("\n\n".join([*paras[:2], line, paras[2]]) + "\n", language=language)
    assert line not in doc.text
    assert all(p in doc.text for p in paras)


@pytest.mark.parametrize(
    "sentence",
    [
        "The regulator said users who refuse cookies must still be able to read the site.",
        "You have chosen to refuse the offer, the judge told him before the hearing ended.",
        "The newsletter went out to 40,000 readers on Monday, the publisher said.",
    ],
)
def test_copy_about_cookies_and_newsletters_stays(sentence: str) -> None:
    assert sentence in _doc([sentence], "middle").text
