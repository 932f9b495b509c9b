"""Metadata on real newsroom copy, 2026-12-06 (twenty-fourth session, issue 13): outlet templates
written for the test from what the BBC, The Guardian, The New York Times, CNN, Der Spiegel, NDTV, Al
Jazeera, Reuters, AP, Le Monde, El País and the German and Spanish wires print around a story, each
class with look-alike copy that must stay as it is.

Classes fixed here: a masthead printed in full over the headline is no title ('British Broadcasting
Corporation', HEADLINE-016), nor is a topic's tag in sentence case ('Local government', HEADLINE-017);
The New York Times' 'Reporting from …' line under the byline is the dateline (DATELINE-011) and the
date under it the published stamp; a wire's credits line with a second role ('Reporting by …; Editing
by …') is credits under copy in short paragraphs too, never a byline; the agencies a note says the
story drew on ('Avec AFP', 'Mit Material von dpa', 'The Associated Press contributed to this report.')
are credits.other.inputs; 'Reporters Jane Doe and John Roe contributed …' credits both; The Guardian's
'Photograph: Jane Doe for the Guardian' is a credit; the lead picture's caption under the byline with
the page's furniture between (CNN's '5 minute read'; Der Spiegel's caption over 'Foto: … / dpa'); a
reading time is no published date (NDTV) and a date printed twice is one date (Al Jazeera)."""

from __future__ import annotations

import cleaner

TITLE = "Council approves budget after long debate over taxes"
PARAS = (
    "The council voted on Tuesday to approve the budget for the next year, officials said after a long "
    "meeting that ran late into the evening at City Hall.",
    "Mayor Ann Smith said the plan would fund new schools and repair roads across the city, adding that the "
    "money had been set aside over several years of careful saving.",
    "Opponents argued that the tax increase would hurt small businesses in the downtown area, many of which "
    "are still recovering from a difficult couple of years.",
    "The budget takes effect on July 1 and runs through the end of June next year, unless the council "
    "decides to revisit it during the autumn session.",
)
# wire copy a sentence to a paragraph, each under 20 words: the whole text is the opening
SHORT = (
    "The council approved the budget on Tuesday after a long debate, officials said.",
    "Mayor Ann Smith said the plan would fund new schools and repair roads.",
    "Opponents said the tax increase would hurt small businesses downtown.",
    "The vote was 7-2, with two members absent from the meeting.",
    "The budget takes effect on July 1 and runs for a year.",
)


def clean(*lines: str) -> cleaner.CleanedArticle:
    return cleaner.clean_text("\n\n".join(lines) + "\n")


def credits_of(doc: cleaner.CleanedArticle) -> dict:
    return doc.metadata.credits.to_dict() if doc.metadata.credits else {}


# ---------------------------------------------------------------- titles


def test_masthead_in_full_over_the_headline_is_no_title() -> None:
    """The BBC's page: the skip link, the corporation's name, the menu, then the headline."""
    doc = clean(
        "Skip to content",
        "British Broadcasting Corporation",
        "Home",
        "News",
        "Sport",
        "Business",
        TITLE,
        "3 hours ago",
        "Share",
        "Save",
        "Jane Doe",
        "BBC News, London",
        *PARAS,
    )
    assert doc.metadata.title == TITLE
    assert doc.metadata.authors == ["Jane Doe"]
    assert any(r.rule == "HEADLINE-016" and r.text == "British Broadcasting Corporation" for r in doc.removed)


def test_masthead_over_its_section_over_the_headline() -> None:
    doc = clean("Australian Broadcasting Corporation", "Politics", TITLE, "By Jane Doe", *PARAS)
    assert doc.metadata.title == TITLE
    assert any(r.rule == "HEADLINE-016" for r in doc.removed)


def test_title_case_headline_ending_with_an_outlet_stays_the_title() -> None:
    """A headline in title case that names a paper ('Layoffs Hit Newsroom At The Post') is no masthead."""
    head = "Layoffs Hit Newsroom At The Post"
    doc = clean(head, "Staff Say Morale Has Never Been Lower After Cuts", *PARAS)
    assert doc.metadata.title == head
    assert not any(r.rule == "HEADLINE-016" for r in doc.removed)


def test_guardian_topic_tag_over_the_headline_is_no_title() -> None:
    doc = clean(
        "Local government",
        "This article is more than 2 years old",
        TITLE,
        "Mayor says plan will fund new schools, but opponents warn of harm to small businesses",
        "Jane Doe Political correspondent",
        "Tue 5 Mar 2024 17.45 GMT",
        *PARAS,
    )
    assert doc.metadata.title == TITLE
    assert doc.metadata.authors == ["Jane Doe"]
    assert any(r.rule == "HEADLINE-017" and r.text == "Local government" for r in doc.removed)


def test_short_headline_over_its_caption_stays_the_title() -> None:
    """'Tridents’ challenge' over the lead picture's caption: a headline, not a topic's tag."""
    doc = clean(
        "Posted on",
        "Tridents’ challenge",
        "The Barbados Tridents’ footballers training ahead of a match against Dominica. (FILE)",
        *PARAS,
    )
    assert doc.metadata.title == "Tridents’ challenge"
    assert not any(r.rule == "HEADLINE-017" for r in doc.removed)


def test_three_word_headline_over_a_dek_is_no_topic_tag() -> None:
    doc = clean("Advertisement", "Council approves budget", "Council votes to close the old bridge", *PARAS)
    assert doc.metadata.title == "Council approves budget"
    assert not any(r.rule == "HEADLINE-017" for r in doc.removed)


def test_breaking_bar_over_another_story_is_no_title() -> None:
    """A German regional's dpa ticker: 'Eilmeldung' and another story's headline over this one's."""
    head = "Frank Witzel erhält Deutschen Buchpreis 2015"
    doc = clean(
        "Eilmeldung",
        "Britische Regierung bestätigt Teilnahme an Wahl zum Europaparlament",
        head,
        "Frankfurt/Main (dpa) - Für einen Roman über die alte Bundesrepublik hat Frank Witzel den Deutschen "
        "Buchpreis 2015 erhalten. Das Buch wurde am Montagabend in Frankfurt ausgezeichnet.",
        "Die Jury lobte den Roman als ein großes Panorama der Bundesrepublik, das Zeitgeschichte und "
        "Familiengeschichte auf kunstvolle Weise miteinander verbinde.",
    )
    assert doc.metadata.title == head
    assert "Europaparlament" not in doc.text
    assert sum(r.rule == "HEADLINE-018" for r in doc.removed) == 2


def test_breaking_label_over_the_story_s_own_headline_is_its_slug() -> None:
    """'Breaking News' over this story's headline and its dek: the item shares the copy's words."""
    doc = clean("Breaking News", TITLE, "Mayor Says Schools And Roads Will Get The Money", *PARAS)
    assert doc.metadata.title == TITLE
    assert not any(r.rule == "HEADLINE-018" for r in doc.removed)


# ---------------------------------------------------------------- bylines


def test_contact_buttons_after_the_name_are_no_part_of_it() -> None:
    for line in ("By Jane Doe Email Twitter", "By Jane Doe Facebook Twitter LinkedIn", "By Jane Doe Email"):
        doc = clean(TITLE, line, *PARAS)
        assert doc.metadata.authors == ["Jane Doe"], line
    doc = clean(TITLE, "Von Anna Schmidt E-Mail", *PARAS)
    assert doc.metadata.authors == ["Anna Schmidt"]


def test_a_one_letter_surname_is_no_button() -> None:
    doc = clean(TITLE, "By Malcolm X", *PARAS)
    assert doc.metadata.authors == ["Malcolm X"]


def test_daily_mail_cards_name_the_writers_not_the_outlet() -> None:
    for line, names in (
        ("By Jane Doe, US Political Editor For Dailymail.Com", ["Jane Doe"]),
        ("By Jane Doe For Dailymail.Com and John Roe For Mailonline", ["Jane Doe", "John Roe"]),
        ("By JANE DOE FOR DAILYMAIL.COM and JOHN ROE FOR MAILONLINE", ["Jane Doe", "John Roe"]),
    ):
        doc = clean(TITLE, line, *PARAS)
        assert doc.metadata.authors == names, line


def test_editor_beside_the_writer_is_the_editing_credit() -> None:
    """NDTV's and News18's card on one line: the writer is the author, the editor a credit."""
    for line in ("By Jane Doe | Edited by John Roe", "Written by Jane Doe | Edited by John Roe"):
        doc = clean(TITLE, line, *PARAS)
        assert doc.metadata.authors == ["Jane Doe"], line
        assert credits_of(doc)["editing"] == ["John Roe"], line


def test_a_job_before_the_name_is_still_set_aside() -> None:
    """The ABC's 'By political reporter Jane Doe': the post first, in lower case, even with a comma."""
    for line in ("By political reporter Jane Doe", "By national science, technology and environment reporter Jane Doe"):
        doc = clean(TITLE, line, *PARAS)
        assert doc.metadata.authors == ["Jane Doe"], line


# ---------------------------------------------------------------- The New York Times' place line


def test_nyt_reporting_from_is_the_dateline_and_the_date_under_it_the_stamp() -> None:
    doc = clean(
        "Advertisement",
        "SKIP ADVERTISEMENT",
        TITLE,
        "The mayor says the plan will fund new schools, but opponents warn it will hurt small businesses.",
        "Share full article",
        "By Jane Doe",
        "Reporting from Springfield, Ill.",
        "March 5, 2024",
        *PARAS,
        "Kim Lee contributed reporting.",
    )
    m = doc.metadata
    assert m.title == TITLE
    assert m.authors == ["Jane Doe"]
    assert m.dateline is not None and m.dateline.place == "Springfield, Ill." and m.dateline.agency is None
    assert m.published == {"text": "March 5, 2024", "iso": "2024-03-05"}
    assert "Reporting from" not in doc.text and "March 5, 2024" not in doc.text
    assert credits_of(doc)["reporting"] == ["Kim Lee"]


def test_reporting_from_in_a_sentence_is_copy() -> None:
    line = "Reporting from Gaza has been difficult since the war began, editors said on Tuesday."
    doc = clean(TITLE, "By Jane Doe", line, *PARAS)
    assert line in doc.text
    assert doc.metadata.dateline is None


# ---------------------------------------------------------------- credits by role


def test_two_role_credits_under_short_wire_paragraphs_are_credits_not_a_byline() -> None:
    for line, role, names in (
        ("Reporting by John Roe; Editing by Tim Low", "editing", ["Tim Low"]),
        (
            "Reporting by John Roe and Ann Poe; Additional reporting by Kim Lee; Editing by Tim Low",
            "reporting",
            ["John Roe", "Ann Poe", "Kim Lee"],
        ),
        (
            "Reporting by John Roe; additional reporting by Ann Poe in Kyiv; Editing by Tim Low",
            "reporting",
            ["John Roe", "Ann Poe"],
        ),
    ):
        doc = clean(TITLE, *SHORT, line)
        assert doc.metadata.authors == [], line
        assert credits_of(doc)[role] == names, line


def test_a_one_role_by_line_on_top_of_short_copy_is_still_the_byline() -> None:
    doc = clean(TITLE, "By Jane Doe", *SHORT)
    assert doc.metadata.authors == ["Jane Doe"]


def test_reporters_lead_in_credits_every_name() -> None:
    for line, names in (
        ("Reporters John Roe and Ann Poe contributed to this report.", ["John Roe", "Ann Poe"]),
        ("Staff writer John Roe contributed to this report.", ["John Roe"]),
    ):
        doc = clean(TITLE, "By Jane Doe", *PARAS, line)
        assert credits_of(doc)["reporting"] == names, line
        assert doc.metadata.authors == ["Jane Doe"]


def test_a_sentence_that_ends_like_a_contributor_note_is_copy() -> None:
    line = "Writers say the report was biased and contributed to this report."
    doc = clean(TITLE, "By Jane Doe", *PARAS, line)
    assert line in doc.text


def test_agencies_a_story_drew_on_are_its_inputs() -> None:
    for line, agencies in (
        ("Avec AFP", ["AFP"]),
        ("With AFP", ["AFP"]),
        ("(mit dpa)", ["dpa"]),
        ("Mit Material von dpa und Reuters", ["dpa", "Reuters"]),
        ("Con información de EFE y AFP", ["EFE", "AFP"]),
        ("(Avec l’AFP et Reuters)", ["AFP", "Reuters"]),
        ("The Associated Press contributed to this report.", ["The Associated Press"]),
        ("Reuters and AFP contributed reporting.", ["Reuters", "AFP"]),
    ):
        doc = clean(TITLE, "By Jane Doe", *PARAS, line)
        assert line not in doc.text, line
        cr = credits_of(doc)
        assert cr.get("other", {}).get("inputs") == agencies, line
        assert not cr["reporting"] and not cr["writing"] and not cr["editing"], line
        assert doc.metadata.authors == ["Jane Doe"]


def test_a_source_label_or_unnamed_agencies_name_no_inputs() -> None:
    for line in ("Quelle: dpa", "Source: Reuters", "Mit Agenturmaterial", "Wire services contributed to this report."):
        doc = clean(TITLE, "By Jane Doe", *PARAS, line)
        assert line not in doc.text, line  # furniture all the same
        assert doc.metadata.credits is None, line


def test_a_person_beside_an_agency_is_the_contributor_note_s() -> None:
    doc = clean(TITLE, "By Jane Doe", *PARAS, "Jane Roe of Reuters contributed to this report.")
    assert credits_of(doc)["reporting"] == ["Jane Roe"]
    assert "inputs" not in credits_of(doc).get("other", {})


# ---------------------------------------------------------------- captions


def test_guardian_photographer_for_the_paper_in_lower_case() -> None:
    cap = "Volunteers sort donations at the food bank in Leeds on Tuesday."
    for credit in ("Photograph: Jane Doe for the Guardian", "Photograph: Jane Doe for the Observer"):
        doc = clean(TITLE, "By John Roe", PARAS[0], f"{cap} {credit}", *PARAS[1:])
        assert [(c.text, c.photographer) for c in doc.metadata.captions] == [(cap, "Jane Doe")], credit
        assert doc.metadata.authors == ["John Roe"]


def test_for_the_people_in_copy_is_no_credit() -> None:
    line = "The mayor said the plan was written for the people, not for the developers."
    doc = clean(TITLE, "By John Roe", PARAS[0], line, *PARAS[1:])
    assert line in doc.text
    assert doc.metadata.captions == []


def test_lead_caption_under_the_byline_past_the_page_furniture() -> None:
    """CNN: the byline, '5 minute read', the stamp, then the caption and its credit on their own lines."""
    cap = "Mayor Ann Smith speaks to reporters at City Hall."
    doc = clean(
        TITLE,
        "By Jane Doe, CNN",
        "5 minute read",
        "Updated 5:34 PM EST, Tue March 5, 2024",
        cap,
        "John Roe/AP",
        *PARAS,
    )
    assert [(c.text, c.photographer) for c in doc.metadata.captions] == [(cap, "John Roe")]
    assert doc.metadata.authors == ["Jane Doe"]
    assert cap not in doc.text


def test_spiegel_lead_caption_over_its_labelled_credit() -> None:
    cap = "Bürgermeisterin Anna Berg im Rathaus"
    doc = clean(
        "Kommunalpolitik",
        "Stadtrat beschließt Haushalt: Die Schulen bekommen mehr Geld",
        "Der Stadtrat hat nach langer Debatte den Haushalt beschlossen. Die Opposition warnt vor den Folgen.",
        "Von Anna Schmidt",
        "05.03.2024, 17.45 Uhr",
        cap,
        "Foto: John Roe / dpa",
        "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen, wie die Verwaltung nach "
        "einer langen Sitzung am Abend im Rathaus mitteilte.",
        "Die Opposition kritisierte, dass die Steuererhöhung kleine Betriebe in der Innenstadt belaste, die "
        "sich noch immer von schwierigen Jahren erholten.",
    )
    assert [(c.text, c.photographer) for c in doc.metadata.captions] == [(cap, "John Roe")]
    assert doc.metadata.authors == ["Anna Schmidt"]


def test_a_sentence_under_the_byline_over_a_bare_name_is_copy() -> None:
    """A short line of copy under the byline, then a name alone: no credit form, no caption."""
    line = "The council met on Tuesday."
    doc = clean(TITLE, "By Jane Doe", "5 minute read", line, "John Roe", *PARAS)
    assert doc.metadata.captions == []


# ---------------------------------------------------------------- timestamps


def test_reading_time_is_no_published_date() -> None:
    doc = clean(
        TITLE,
        "Written by Jane Doe",
        "Edited by Tim Low",
        "Updated: March 05, 2024 5:45 pm IST",
        "Read Time: 3 mins",
        *PARAS,
        "(With inputs from PTI)",
    )
    m = doc.metadata
    assert m.published is None
    assert m.updated is not None and m.updated["iso"].startswith("2024-03-05")
    assert "Read Time" not in doc.text
    assert m.authors == ["Jane Doe"]
    assert credits_of(doc)["editing"] == ["Tim Low"]


def test_a_date_printed_twice_is_one_date() -> None:
    doc = clean(TITLE, "By Jane Doe", "Published On 5 Mar 2024 5 Mar 2024", *PARAS)
    assert doc.metadata.published == {"text": "Published On 5 Mar 2024 5 Mar 2024", "iso": "2024-03-05"}


def test_two_different_dates_are_no_one_date() -> None:
    from cleaner.timestamps import to_iso

    assert to_iso("5 Mar 2024 6 Mar 2024") is None
    assert to_iso("March 5, 2024 March 5, 2024 10:00 AM") == "2024-03-05T10:00"
