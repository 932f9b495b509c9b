"""Classes of real-copy boilerplate added after the second round, and the body they must not take.

Each case is written in the style of real outlets' dumps (captions credited on their own line,
inline links in capitals, bios under the story, comment-form consent notices), in made-up words.
"""

from __future__ import annotations

import pytest

from .helpers import BODY, LEAD, article, assert_body_intact, clean


def rules(doc) -> dict[str, str]:
    return {" ".join(r.text.split()): r.rule for r in doc.removed}


# ---------------------------------------------------------------- captions: a credit on its own line


@pytest.mark.parametrize(
    "line",
    [
        "Photo: Jane Doe, AP",  # Hearst papers under a gallery picture
        "(Image: janedoe / Getty Images)",  # a handle and a library, as British tabloids print it
        "Getty Images",
        "AFP via Getty Images",
        "Photograph: Jane Doe/AP/Shutterstock",  # the Guardian's form
        "REUTERS/Jane Doe",
    ],
)
def test_a_credit_alone_on_its_line_goes_to_captions(line):
    doc = clean(article(middle=[line]))
    assert rules(doc)[line] == "CAPTION-013"
    assert line not in doc.text
    assert doc.metadata.captions[-1].text == ""
    assert doc.metadata.captions[-1].credit
    assert_body_intact(doc)


@pytest.mark.parametrize("line", ["Reuters", "Jane Doe/Reuters", "AP"])
@pytest.mark.parametrize("where", ["top", "end"])
def test_an_agency_or_a_name_alone_at_the_top_or_end_is_not_taken_as_a_picture_credit(line, where):
    doc = clean(article(**{where: [line]}))
    assert not any(r.rule == "CAPTION-013" for r in doc.removed)


def test_a_bare_name_and_outlet_between_paragraphs_is_a_picture_credit():
    doc = clean(article(middle=["Jane Doe/Example News"]))  # ZDNet prints its pictures' credits so
    assert rules(doc)["Jane Doe/Example News"] == "CAPTION-013"
    assert doc.metadata.captions[-1].photographer == "Jane Doe"
    assert_body_intact(doc)


def test_photographer_of_a_handle_credit_is_the_handle():
    doc = clean(article(middle=["(Image: janedoe / Getty Images)"]))
    assert doc.metadata.captions[-1].photographer == "janedoe"


def test_caption_with_a_capitals_credit_and_a_space_before_the_bracket():
    line = "Crowds filled the square outside the parliament on Sunday (Image: GETTY )"
    doc = clean(article(middle=[line]))
    assert rules(doc)[line] == "CAPTION-010"
    assert doc.metadata.captions[-1].text == "Crowds filled the square outside the parliament on Sunday"


def test_caption_with_a_comma_separated_agency():
    line = "The mayor speaks to reporters outside city hall on Monday. Photo: Jane Doe, AP"
    doc = clean(article(middle=[line]))
    assert rules(doc)[line] == "CAPTION-010"
    assert doc.metadata.captions[-1].photographer == "Jane Doe"


# ---------------------------------------------------------------- headlines of other stories in capitals


def test_inline_headlines_in_capitals_between_paragraphs_are_removed():
    caps = [
        "SENATE PANEL VOTES TO ADVANCE THE HARBOUR BILL AFTER LONG DEBATE",
        "'THE SHOW' HOST OPENS UP ABOUT HER SERIOUS HEALTH CONDITION",
    ]
    raw = "\n\n".join([LEAD, BODY[0], caps[0], BODY[1], caps[1], BODY[2]]) + "\n"
    doc = clean(raw)
    for line in caps:
        assert rules(doc)[line] == "RELATED-012"
    assert_body_intact(doc)


@pytest.mark.parametrize("subhead", ["THE VERDICT", "WHAT HAPPENS NEXT", "LOOK WHAT YOU MADE ME DO"])
def test_short_subheads_in_capitals_are_kept(subhead):
    raw = "\n\n".join([LEAD, BODY[0], subhead, BODY[1], BODY[2]]) + "\n"
    doc = clean(raw)
    assert subhead in doc.text


def test_a_capitalised_line_without_prose_below_it_is_not_judged():
    line = "SENATE PANEL VOTES TO ADVANCE THE HARBOUR BILL AFTER LONG DEBATE"
    doc = clean("\n\n".join([LEAD, BODY[0], line]) + "\n")
    assert not any(r.rule == "RELATED-012" for r in doc.removed)


# ---------------------------------------------------------------- bracketed pointers


@pytest.mark.parametrize(
    "line", ["[Related: Council approves the harbour plan after a long night]", "(Read more: The budget explained)"]
)
def test_a_pointer_in_brackets_is_a_pointer(line):
    doc = clean(article(middle=[line]))
    assert rules(doc)[line] == "RELATED-001"
    assert_body_intact(doc)


def test_a_bracketed_aside_is_not_a_pointer():
    line = "(The council has not said how the plan will be paid for.)"
    doc = clean(article(middle=[line]))
    assert line in doc.text


# ---------------------------------------------------------------- a list the copy introduces


def test_a_list_under_a_colon_line_is_the_articles_own():
    items = [
        "Hundreds of new tasks that make the evening more interesting",
        "Dozens of tricky questions that help you know each other better",
        "Challenges to complete within a week after the game is over",
    ]
    doc = clean(article(end=["The new edition includes:", *items]))
    for item in items:
        assert item in doc.text
    assert doc.vetoes.get("RELATED-091") == 1


def test_a_catalogued_header_with_a_colon_is_still_a_related_list():
    items = ["Amazon says thieves swiped millions by faking refunds", "Meta encrypting Messenger and Facebook chats"]
    doc = clean(article(end=["Related:", *items]))
    for item in items:
        assert item not in doc.text


# ---------------------------------------------------------------- titles


def test_a_long_sentence_case_first_line_is_the_lead_not_the_title():
    lead = (
        "The city council this morning approved the long delayed plan to rebuild the harbour wall and "
        "both piers before the storm season begins next year"
    )
    doc = clean("\n\n".join([lead, BODY[0], BODY[1], "0 Comments"]) + "\n")
    assert doc.metadata.title is None
    assert doc.text.startswith(lead)


def test_a_long_title_case_first_line_is_still_a_title():
    title = "Our Research Shows a Mix of Native Ad Units Generates the Highest Engagement for Marketers and Publishers"
    doc = clean("\n\n".join([title, LEAD, BODY[0], "0 Comments"]) + "\n")
    assert doc.metadata.title == title


# ---------------------------------------------------------------- the author's bio


@pytest.mark.parametrize(
    "bio, name",
    [
        ("Jane Doe is a reporter for Example News.", "Jane Doe"),
        ("Contributor John Roe is the senior fellow at the Example Institute and the author of two books.", "John Roe"),
        ("Mary Major is Example Daily's deals curator and writes about gadgets.", "Mary Major"),
    ],
)
def test_an_authors_bio_at_the_end_goes_to_credits(bio, name):
    doc = clean(article(end=[bio]))
    assert rules(doc)[bio] == "CREDITS-011"
    assert doc.metadata.credits.other["bio"] == [name]
    assert_body_intact(doc)


def test_the_name_printed_over_its_bio_goes_with_it():
    doc = clean(article(end=["Jane Doe", "Jane Doe is a reporter for Example News."]))
    assert rules(doc)["Jane Doe"] == "CREDITS-011"


@pytest.mark.parametrize(
    "line",
    [
        "Mr Smith is a former reporter who now runs the harbour authority.",
        "Jane Doe is a reporter for Example News, the council said.",
    ],
)
def test_a_story_sentence_about_someones_job_is_kept(line):
    doc = clean(article(end=[line]))
    assert line in doc.text


def test_a_bio_in_the_middle_of_the_story_is_not_judged():
    line = "Jane Doe is a reporter for Example News."
    raw = "\n\n".join([LEAD, line, *BODY]) + "\n"
    assert line in clean(raw).text


# ---------------------------------------------------------------- furniture in any language


@pytest.mark.parametrize("line", ["Комментарии", "Комментарии (12)", "Commenti", "12 commentaires", "댓글 3"])
def test_a_comments_label_alone_is_furniture(line):
    doc = clean(article(end=[line]))
    assert rules(doc)[line] == "CRUMB-120"


def test_a_handle_alone_is_furniture_and_a_sentence_with_one_is_not():
    doc = clean(article(end=["@janedoe_news"]))
    assert rules(doc)["@janedoe_news"] == "CRUMB-121"
    line = "@janedoe said the vote was rigged and called for a recount."
    assert line in clean(article(middle=[line])).text


@pytest.mark.parametrize(
    "line",
    [
        "By submitting this form you agree to Example News using your data for the purpose of publishing a comment.",
        "Your personal data will only be disclosed to third parties for the purposes of spam filtering.",
        "You may revoke this consent at any time with effect for the future.",
        "Further information on data privacy can be found in our Data Protection Policy.",
    ],
)
def test_the_consent_notice_under_a_form_is_furniture(line):
    doc = clean(article(end=[line]))
    assert rules(doc)[line] == "CRUMB-122"
    assert_body_intact(doc)


# ---------------------------------------------------------------- other scripts and languages


@pytest.mark.parametrize(
    "line", ["기사입력 :[ 2018-08-25 15:24 ]", "Опубликовано: 20.11.2019 14:03", "发布时间：2019-11-20 08:15"]
)
def test_labelled_timestamps_in_other_scripts(line):
    doc = clean(article(top=[line]))
    assert rules(doc)[line] == "TIMESTAMP-001"
    assert_body_intact(doc)


@pytest.mark.parametrize("line", ["личный архив Анны Ивановой", "Фото: РИА Новости", "Fot. Jan Kowalski"])
def test_picture_credits_in_other_languages_alone_on_their_line(line):
    doc = clean(article(middle=[line]))
    assert rules(doc)[line] == "CAPTION-013"


def test_a_russian_caption_with_its_credit():
    line = "Жители стоят в очереди за водой в Горисе в понедельник. Фото: Анна Иванова"
    doc = clean(article(middle=[line]))
    assert rules(doc)[line] == "CAPTION-010"
    assert doc.metadata.captions[-1].text == "Жители стоят в очереди за водой в Горисе в понедельник."


# ---------------------------------------------------------------- a name over the copy


def test_a_name_alone_over_the_copy_is_its_byline_not_its_title():
    doc = clean("\n\n".join(["Janie Harmon", LEAD, *BODY]) + "\n")
    assert doc.metadata.title is None
    assert doc.metadata.authors == ["Janie Harmon"]
    assert rules(doc)["Janie Harmon"] == "BYLINE-010"
    assert clean(doc.text).text == doc.text


# ---------------------------------------------------------------- what stands over the title


@pytest.mark.parametrize(
    "kicker, label",
    [
        ("WORLD NEWS", None),
        ("Politics", None),
        ("The Example Times", None),
        ("OPINION", "OPINION"),
        ("Analysis", "Analysis"),
    ],
)
def test_a_kicker_over_the_headline_is_not_the_title(kicker, label):
    title = "Council votes to close the old bridge"
    doc = clean("\n\n".join([kicker, title, "By Jane Doe", LEAD, *BODY]) + "\n")
    assert doc.metadata.title == title
    assert doc.metadata.label == label
    assert rules(doc)[kicker] == "HEADLINE-005"
    assert kicker not in doc.text.split("\n\n")
    assert clean(doc.text).text == doc.text


def test_a_name_over_the_headline_is_not_a_kicker():
    doc = clean("\n\n".join(["Jane Doe", "Council votes to close the old bridge", LEAD, *BODY]) + "\n")
    assert not any(r.rule == "HEADLINE-005" for r in doc.removed)


@pytest.mark.parametrize(
    "trail",
    ["Home > News > Politics", "News › World › Europe", "Главная » Новости » Политика", "News / World / Europe"],
)
def test_a_section_trail_is_furniture_and_the_headline_under_it_is_the_title(trail):
    title = "Council votes to close the old bridge"
    doc = clean("\n\n".join([trail, title, LEAD, *BODY]) + "\n")
    assert rules(doc)[trail] == "CRUMB-004"
    assert doc.metadata.title == title


@pytest.mark.parametrize("line", ["Revenue rose > 5% in the third quarter.", "Prices > costs, the minister said."])
def test_a_comparison_in_the_copy_is_not_a_trail(line):
    assert line in clean(article(middle=[line])).text


# ---------------------------------------------------------------- a list of headlines without its header


def test_a_headless_run_of_title_case_headlines_at_the_end_is_related():
    items = [
        "- Amazing Images of Distant Stars",
        "- Fascinating Facts About Our Home Galaxy",
        "- The Biggest Unanswered Questions About Dark Matter",
    ]
    doc = clean(article(end=items))
    for item in items:
        assert rules(doc)[item] == "RELATED-013"
    assert_body_intact(doc)


@pytest.mark.parametrize(
    "items",
    [
        # the copy's own advice, in sentence case
        ["Bring a warm coat and sturdy boots", "Check the ferry times before you leave", "Book the tour a week ahead"],
        # a template: every line opens the same way
        ["Tour Dates Announced for Berlin", "Tour Dates Announced for Paris", "Tour Dates Announced for Rome"],
    ],
)
def test_the_copys_own_closing_lists_are_kept(items):
    doc = clean(article(end=items))
    for item in items:
        assert item in doc.text


# ---------------------------------------------------------------- reader comments


@pytest.mark.parametrize(
    "heading",
    [
        "6 thoughts on “How the council saved the harbour”",
        "Top Rated Comments",
        "Comments",
        "User comments",
        "Kommentare",
    ],
)
def test_a_comment_thread_after_the_story_goes_with_its_heading(heading):
    comments = [
        "I remember when the old bridge opened, my father took us across on the first day.",
        "Thanks for the story, it brought back memories.",
        "Comments are closed.",
    ]
    doc = clean(article(end=[heading, *comments]))
    for line in comments:
        assert line not in doc.text
    got = rules(doc)
    assert {got.get(line) for line in comments[:2]} == {"CRUMB-014"}
    assert got.get(comments[2]) in ("CRUMB-014", "CRUMB-125")  # the closing notice has its own rule too
    assert_body_intact(doc)


def test_a_comments_heading_before_most_of_the_story_takes_nothing():
    raw = "\n\n".join([LEAD, "Comments", *BODY]) + "\n"
    doc = clean(raw)
    for para in BODY:
        assert para in doc.text


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Smoke covers the city on Monday. Jane Doe/Hindustan Times/Getty Images", "CAPTION-010"),
        ("Doctors treat patients at the city hospital on Monday morningCredit: EPA", "CAPTION-010"),
        ("SOURCE: Al Jazeera News", "FOOTER-012"),
    ],
)
def test_more_forms_of_credits_and_sources(line, rule):
    doc = clean(article(end=[line]) if rule.startswith("FOOTER") else article(middle=[line]))
    assert rules(doc)[line] == rule


def test_a_bulleted_timestamp():
    doc = clean(article(top=["- Published 18 November 2019"]))
    assert rules(doc)["- Published 18 November 2019"] == "TIMESTAMP-001"


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Crowds gather outside the court on Monday.Jane Doe/Getty", "CAPTION-010"),  # glued after the period
        ("The company logo is displayed outside its office in New York.Reuters", "CAPTION-010"),
        ("Photograph by Jane Doe/AFP/Getty Images", "CAPTION-013"),
        ("191119052250266", "CRUMB-123"),
        ("Related Roundup: Harbour Bridge", "RELATED-001"),
    ],
)
def test_glued_credits_ids_and_roundups(line, rule):
    doc = clean(article(middle=[line]))
    assert rules(doc)[line] == rule
    assert_body_intact(doc)


def test_a_rights_notice_in_words():
    line = "This document is subject to copyright. Apart from any fair dealing no part may be reproduced."
    doc = clean(article(end=[line]))
    assert rules(doc)[line] == "FOOTER-120"


def test_a_known_header_ending_in_an_ellipsis():
    items = ["Who will make the Rock Hall in 2020?", "Dave Matthews Band takes over Rock Hall Fan Vote"]
    doc = clean(article(end=["You may also like...", *items]))
    for item in items:
        assert item not in doc.text


# ---------------------------------------------------------------- contact lines are credits by role


@pytest.mark.parametrize(
    "line, field, names",
    [
        ("To contact the reporter on this story: Jane Doe in London at jdoe@example.com", "reporting", ["Jane Doe"]),
        ("To contact the editor responsible for this story: John Roe at jroe@example.com", "editing", ["John Roe"]),
        (
            "To contact the reporters on this story: Jane Doe in London at jd@example.com; Max Muster in Berlin at "
            "mm@example.com",
            "reporting",
            ["Jane Doe", "Max Muster"],
        ),
        ("Write to Jane Doe at jane.doe@example.com", "contact", ["Jane Doe"]),
    ],
)
def test_contact_lines_are_credits_by_role(line, field, names):
    doc = clean(article(end=[line]))
    assert rules(doc)[line] == "CREDITS-012"
    credits = doc.metadata.credits
    got = credits.other.get(field) if field == "contact" else getattr(credits, field)
    assert got == names
    assert "@" not in doc.text


def test_a_sentence_about_contacting_someone_is_kept():
    line = "To contact the council, residents should write to the clerk at the town hall."
    assert line in clean(article(end=[line])).text


# ---------------------------------------------------------------- captions that lost their credit


@pytest.mark.parametrize(
    "line",
    [
        "Former Governor Jane Doe, left, speaks with a business owner during a campaign stop in Columbia.",
        "From left, Jane Doe, John Roe and Max Muster pose with the trophy after the final.",
        "Fans cheer as the home side scores in the third period, Tuesday, Nov. 19, 2019, in Pittsburgh.",
    ],
)
def test_a_caption_in_the_wires_formula_without_its_credit(line):
    doc = clean(article(middle=[line]))
    assert rules(doc)[line] == "CAPTION-015"
    assert_body_intact(doc)


@pytest.mark.parametrize(
    "line",
    [
        "The governor left the meeting early, aides said.",
        "“We turned left at the bridge, then right at the school,” she said.",
        "(Published Monday, Nov. 18, 2019)",
        "The hearing is set for Monday, Nov. 18, 2019, the court said in a filing.",
    ],
)
def test_prose_that_names_sides_or_dates_is_not_a_caption(line):
    assert line in clean(article(middle=[line])).text


@pytest.mark.parametrize(
    "line",
    ["In this Nov. 12, 2019, photo, a worker repairs the harbour wall.", "An artist’s concept of the new lander."],
)
def test_caption_openings_of_the_wires(line):
    doc = clean(article(middle=[line]))
    assert rules(doc)[line] == "CAPTION-015"


def test_prose_about_a_photo_that_is_not_a_caption_opening():
    line = "The photo shows the damage the storm did to the harbour wall, the mayor said."
    assert line in clean(article(middle=[line])).text


@pytest.mark.parametrize(
    "line",
    [
        "Workers unveil the concept car at the show in Los Angeles on Tuesday. less",
        "Workers unveil the concept car at the show in ... more",
    ],
)
def test_a_gallery_caption_with_its_toggle_is_a_caption(line):
    doc = clean(article(middle=[line]))
    assert rules(doc)[line] == "CAPTION-015"


# ---------------------------------------------------------------- the broadcaster's two-line captions


@pytest.mark.parametrize(
    "source, caption, credit",
    [
        ("Image source, Getty Images", "Image caption, Protesters gathered outside the parliament", "Getty Images"),
        ("Image copyright Reuters", "Image caption Protesters gathered outside the parliament", "Reuters"),
    ],
)
def test_image_source_and_image_caption_make_one_caption(source, caption, credit):
    doc = clean(article(middle=[source, caption]))
    assert rules(doc)[source] == rules(doc)[caption] == "CAPTION-019"
    assert doc.metadata.captions[-1].to_dict() == {
        "text": "Protesters gathered outside the parliament",
        "credit": credit,
        "photographer": None,
    }
    assert_body_intact(doc)


def test_a_video_caption_is_removed_and_prose_about_copyright_is_kept():
    doc = clean(article(middle=["Media caption, Watch: the moment the bridge reopened"]))
    assert rules(doc)["Media caption, Watch: the moment the bridge reopened"] == "CAPTION-019"
    line = "Image copyright law was changed in 2019, the minister said, and artists welcomed it."
    assert line in clean(article(middle=[line])).text


@pytest.mark.parametrize(
    "line",
    [
        "Posted: Nov 20, 2019 / 06:21 AM EST / Updated: Nov 20, 2019 / 06:21 AM EST",  # two stamps in one line
        "2019-11-20T08:15:00Z",  # ISO 8601 as some templates print it
    ],
)
def test_long_and_iso_timestamps(line):
    doc = clean(article(top=[line]))
    assert rules(doc)[line] in ("TIMESTAMP-001", "TIMESTAMP-010")
    assert_body_intact(doc)


# ---------------------------------------------------------------- more byline and credit forms


@pytest.mark.parametrize(
    "line", ["Jane Doe For Dailymail.com", "By JANE DOE FOR MAILONLINE", "By Jane Doe for The Times"]
)
def test_a_byline_naming_the_outlet_the_writer_filed_for(line):
    doc = clean("\n\n".join(["Council votes to close the old bridge", line, LEAD, *BODY]) + "\n")
    assert doc.metadata.authors == ["Jane Doe"]


def test_a_title_with_for_in_it_is_not_a_byline():
    doc = clean("\n\n".join(["Meal Prep for A Little More Obsessed", LEAD, *BODY, "0 Comments"]) + "\n")
    assert doc.metadata.authors == []
    assert doc.metadata.title == "Meal Prep for A Little More Obsessed"


@pytest.mark.parametrize(
    "line, credit",
    [
        (
            "Protesters gather outside the court on Monday. (Jane Doe for The Washington Post)",
            "Jane Doe for The Washington Post",
        ),
        (
            "Protesters gather outside the court on Monday. REUTERS/Jane Doe Purchase Licensing Rights",
            "REUTERS/Jane Doe",
        ),
    ],
)
def test_caption_credits_for_a_paper_and_before_licensing_links(line, credit):
    doc = clean(article(middle=[line]))
    assert doc.metadata.captions[-1].credit == credit
    assert doc.metadata.captions[-1].photographer == "Jane Doe"


# ---------------------------------------------------------------- a text's own language packs


GERMAN = [
    "Der Stadtrat hat am Dienstag nach einer langen Debatte den neuen Haushalt beschlossen, der bis spät in die "
    "Nacht dauerte und viele Fragen offen ließ.",
    "Die Mitglieder sagten, der Plan werde Schulen, Straßen und eine neue Bibliothek im östlichen Bezirk der Stadt "
    "finanzieren, die seit Jahren gefordert wird.",
    "Gegner argumentierten, die Steuererhöhung werde kleine Unternehmen belasten, und mehrere kündigten an, gegen "
    "die Maßnahme vorzugehen.",
]


@pytest.mark.parametrize("line", ["Lesen Sie auch: Der Haushalt im Überblick", "Artikel teilen", "VIDEO"])
def test_a_german_text_without_a_language_gets_the_german_packs_and_english_furniture_rules(line):
    raw = "\n\n".join([GERMAN[0], GERMAN[1], line, GERMAN[2]]) + "\n"
    doc = clean(raw)
    assert line not in doc.text.split("\n\n")
    assert doc.metadata.language == "de"
    for para in GERMAN:
        assert para in doc.text
    assert clean(doc.text).text == doc.text


def test_an_english_text_is_cleaned_as_before_and_says_no_language():
    doc = clean(article(middle=["Share this article"]))
    assert doc.metadata.language is None
