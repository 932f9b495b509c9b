"""Real copy, 2026-12-05 (eleventh session): syndication notes, which the held-out real templates
carry and the engine kept ('This article originally appeared on …', 'Originally published on …',
'Read the full article at …', in six languages; FOOTER-110 was off because ScrapingHub's gold
bodies keep three such notes), positional caption labels ('Pictured: …', 'Above: …', 'File photo:
…'), courtesy and screenshot credits, Malaysian papers' '— Reuters pic', wire-report credits
('From staff and wire reports', 'Compiled by Jane Doe from wire reports'), the op-ed's bio ('The
writer is …'), funding notes and rights lines in other words. Copy written for the test."""

from __future__ import annotations

import pytest

from cleaner import clean_text

from .test_real_copy_round11 import BODY
from .test_real_copy_round13 import COPY, _planted

ORIGIN_NOTES = [
    ("en", "FOOTER-110", "This article originally appeared on The Conversation."),
    ("en", "FOOTER-110", "Originally published on Live Science."),
    ("en", "FOOTER-110", "This story was originally published by CalMatters."),
    ("en", "FOOTER-110", "The original version of this story appeared in Quanta Magazine."),
    ("en", "FOOTER-110", "This story was originally featured on Fortune.com"),
    ("en", "FOOTER-110", "This article has been republished with permission from Carbon Brief."),
    ("en", "FOOTER-110", "Originally published at example.com on March 3, 2024."),
    ("en", "FOOTER-110", "Read the original article on Business Insider"),
    ("en", "FOOTER-110", "Read the full article at the Financial Times."),
    ("en", "FOOTER-110", "Click here to read the full article."),
    ("en", "FOOTER-110", "This story is available through a partnership with Deutsche Welle."),
    ("en", "FOOTER-110", "Content syndicated by Newsfeed Inc."),
    ("de", "FOOTER-129", "Dieser Artikel erschien zuerst bei netzpolitik.org."),
    ("de", "FOOTER-129", "Zuerst erschienen auf Zeit Online."),
    ("fr", "FOOTER-129", "Cet article a d'abord été publié dans Le Temps."),
    ("fr", "FOOTER-129", "Lire l'article original."),
    ("es", "FOOTER-129", "Publicado originalmente en El País."),
    ("it", "FOOTER-129", "Questo articolo è stato pubblicato originariamente su The Conversation."),
    ("pt", "FOOTER-129", "Leia o artigo original."),
    ("nl", "FOOTER-129", "Dit artikel verscheen eerder op De Correspondent."),
]

NOTES = [
    ("FOOTER-113", "From staff and wire reports"),
    ("FOOTER-113", "Compiled from wire reports"),
    ("FOOTER-113", "This report was compiled by our staff."),
    ("FOOTER-120", "All content copyright The Daily Example unless otherwise stated."),
    ("FOOTER-122", "Support for this reporting was provided by the Example Foundation."),
    ("FOOTER-122", "Funding for this series comes from the Example Foundation."),
    ("FOOTER-117", "Disclosure: The author holds no positions in the stocks mentioned."),
    ("CRUMB-001", "Loading comments..."),
    ("CRUMB-001", "Video player loading"),
    ("CRUMB-001", "Content continues below"),
    ("CRUMB-001", "Presented by"),
    ("CRUMB-001", "Email the reporter: jdoe@example.com"),
    ("CRUMB-111", "Watch the full video above."),
    # a sign-up form's furniture, line by line as readability prints it
    ("CRUMB-001", "Cancel anytime."),
    ("CRUMB-001", "Give now"),
    ("CRUMB-001", "Follow us"),
    ("CRUMB-001", "Sign up for free"),
    ("CRUMB-001", "Your email address"),
    ("CRUMB-001", "I agree to the Terms of Service and Privacy Policy."),
    ("PROMPT-120", "Our journalism is free. It relies on your support."),
    ("PROMPT-120", "Our reporting is free to read, but it isn't free to produce."),
    ("PROMPT-120", "We don't have a paywall. We rely on donations from readers like you."),
    ("PROMPT-120", "Readers like you make this work possible."),
    ("PROMPT-120", "We need your help to keep going."),
]


@pytest.mark.parametrize("where", ["middle", "end"])
@pytest.mark.parametrize(("lang", "rule", "line"), ORIGIN_NOTES + [("en", rule, line) for rule, line in NOTES])
def test_syndication_and_footer_notes_leave_with_their_rule(lang: str, rule: str, line: str, where: str) -> None:
    body = COPY[lang]
    doc = _planted(body, line, where)
    assert line not in doc.text
    assert rule in {r.rule for r in doc.removed if line.startswith(r.text.strip()[:40])}
    assert all(p in doc.text for p in body)


def test_an_origin_note_names_the_original_publisher() -> None:
    doc = _planted(BODY, "This article originally appeared on The Conversation.", "end")
    assert doc.metadata.original_publisher == "The Conversation"
    assert doc.metadata.republisher is None


LOOK_ALIKES = [
    # another text's history, told by the story
    "The report was first published by the Financial Times, which said the deal was worth $2bn.",
    "The story first appeared in the Daily Mail, which said the minister had resigned.",
    "Read the full article and you will see why the council changed its mind, the mayor told reporters.",
    "Wire reports from the front were scarce, and the army refused to confirm the losses.",
    "Screenshots of the messages were shared widely on social media before they were deleted.",
    "Top officials from both parties met on Monday to discuss the budget, aides said.",
    "Disclosure of the payments was required by law, the judge said, and the company failed to make it.",
    "Support for the measure comes from rural districts, where turnout is usually low.",
    "We need your help to find the driver, police said in a statement on Sunday.",
    "Our journalism is free of political influence, the editor told the committee.",
    "Readers like you make the best critics, the author told the festival audience.",
    "Follow us to the river, the guide said, and keep to the path.",
    "I agree to the terms of the ceasefire, the commander said on Monday.",
]


@pytest.mark.parametrize("line", LOOK_ALIKES)
def test_copy_that_reads_like_a_note_stays(line: str) -> None:
    doc = _planted(BODY, line, "middle")
    assert line in doc.text
    doc = _planted(BODY, line, "end")
    assert line in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "Pictured: The mayor at a press conference on Monday.",
        "Above: Firefighters battle the blaze near the harbour on Tuesday.",
        "Top: The mayor speaks to reporters. Bottom: Residents gather outside the town hall.",
        "File photo: The central bank's headquarters in Frankfurt, Germany.",
        "Handout photo released by the ministry shows the damaged bridge over the river.",
    ],
)
def test_captions_under_a_positional_label(line: str) -> None:
    doc = _planted(BODY, line, "middle")
    assert line not in doc.text and all(p in doc.text for p in BODY)
    assert "CAPTION-015" in {r.rule for r in doc.removed if r.text.strip() == line}


# paragraphs of prose (25 words or more) above and below: a bare credit line between them is a picture's
PROSE = [
    "The city council approved the new budget on Tuesday night after a long debate that ran until after "
    "midnight, officials said, and the mayor promised the first payments to schools within weeks.",
    "Opponents argued that the tax increase would hurt small businesses and promised to campaign against it "
    "in the next election, which is due in the spring, and said they had collected thousands of signatures.",
    "The mayor said the money would go to schools, roads and a new clinic on the east side of the city, "
    "which has waited years for one, and that the first contracts would be signed before the summer.",
    "The vote was seven to four, with two members absent because of illness, the clerk said after the "
    "meeting, and the budget will take effect at the start of the next fiscal year in July.",
]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Featured image courtesy of the city council.", "Featured image courtesy of the city council"),
        ("Photo provided by the police department", "Photo provided by the police department"),
        ("Screenshot via X", "Screenshot via X"),
        ("Screengrab from video posted on Telegram", "Screengrab from video posted on Telegram"),
    ],
)
def test_credit_lines_of_pictures_from_the_public(line: str, credit: str) -> None:
    doc = clean_text("\n\n".join([*PROSE[:2], line, *PROSE[2:]]) + "\n")
    assert line not in doc.text and all(p in doc.text for p in PROSE)
    (caption,) = doc.metadata.captions
    assert caption.credit.rstrip(".") == credit


def test_a_malaysian_papers_pic_credit() -> None:
    line = "Traders work at the stock exchange in Kuala Lumpur on Monday. — Reuters pic"
    doc = _planted(BODY, line, "middle")
    assert line not in doc.text
    (caption,) = doc.metadata.captions
    assert caption.credit == "Reuters pic" and caption.photographer is None


def test_a_dash_and_an_agency_alone_is_no_picture_credit() -> None:
    line = "The ministry said it would publish the full figures next week. — AFP"
    doc = _planted(BODY, line, "middle")
    assert doc.metadata.captions == []


@pytest.mark.parametrize(
    "line",
    [
        "The writer is a professor of economics at Example University.",
        "The author is a former ambassador to Japan.",
        "The writers are researchers at the Example Institute.",
    ],
)
def test_the_op_eds_bio_under_the_column_is_credits(line: str) -> None:
    doc = _planted(BODY, line, "end")
    assert line not in doc.text and all(p in doc.text for p in BODY)
    assert doc.metadata.credits is not None and doc.metadata.credits.text == line
    assert doc.metadata.authors == []


def test_a_reviews_last_word_on_the_books_author_stays() -> None:
    line = "The author is right that the city needs more housing, but the second half loses its way."
    doc = _planted(BODY, line, "end")
    assert line in doc.text


def test_the_bio_line_in_the_middle_of_the_copy_stays() -> None:
    line = "The writer is a professor of economics at Example University."
    doc = _planted(BODY, line, "middle")
    assert line in doc.text


def test_a_compiler_from_wire_reports_is_the_writing_credit() -> None:
    doc = _planted(BODY, "Compiled by Jane Doe from wire reports.", "end")
    assert doc.metadata.credits is not None and doc.metadata.credits.writing == ["Jane Doe"]
    assert "Compiled by" not in doc.text


def test_clean_copy_with_the_notes_removed_cleans_to_itself() -> None:
    lines = [line for _, _, line in ORIGIN_NOTES[:4]] + [line for _, line in NOTES]
    first = clean_text("\n\n".join([*BODY, *lines]) + "\n")
    assert clean_text(first.text).text == first.text


@pytest.mark.parametrize(
    ("line", "reporting", "writing", "editing", "other"),
    [
        ("Reporting by Jane Doe | Editing by John Roe", ["Jane Doe"], [], ["John Roe"], {}),
        ("Reporting: Jane Doe; Editing: John Roe", ["Jane Doe"], [], ["John Roe"], {}),
        ("Editing: Jane Doe", [], [], ["Jane Doe"], {}),
        ("Words: Jane Doe. Pictures: John Roe.", [], ["Jane Doe"], [], {"pictures": ["John Roe"]}),
        (
            "(Reporting by Jane Doe; Graphic by John Roe; Editing by Anna Lee)",
            ["Jane Doe"],
            [],
            ["Anna Lee"],
            {"graphic": ["John Roe"]},
        ),
    ],
)
def test_credits_lines_in_the_separators_and_labels_outlets_use(
    line: str, reporting: list[str], writing: list[str], editing: list[str], other: dict
) -> None:
    doc = clean_text("\n\n".join([*PROSE, line]) + "\n")
    credits = doc.metadata.credits
    assert line not in doc.text and credits is not None
    assert (credits.reporting, credits.writing, credits.editing, credits.other) == (reporting, writing, editing, other)


@pytest.mark.parametrize("line", ["Additional reporting: Jane Doe", "Mitarbeit: Jane Doe", "Reporting: Jane Doe"])
def test_who_helped_report_is_credits_not_the_byline(line: str) -> None:
    doc = clean_text("\n\n".join([*PROSE, line]) + "\n")
    assert doc.metadata.credits is not None and doc.metadata.credits.reporting == ["Jane Doe"]
    assert doc.metadata.authors == []


@pytest.mark.parametrize(
    "line",
    [
        "(This story has been refiled to correct a typo in paragraph 3)",
        "(This story corrects the date in paragraph 2)",
        "(This version of the story has been corrected to say the vote was on Tuesday)",
    ],
)
def test_the_wires_refile_notes_in_whole_sentences(line: str) -> None:
    doc = clean_text("\n\n".join([line, *PROSE]) + "\n")
    assert line not in doc.text
    assert "CRUMB-135" in {r.rule for r in doc.removed}


@pytest.mark.parametrize(
    ("credit", "photographer"),
    [
        ("Photo: Supplied", None),
        ("Picture: Facebook", None),
        ("Photo / NZME", None),
        ("Credit: ESA", None),
        ("PHOTO: JANE DOE/THE STRAITS TIMES", "Jane Doe"),  # in natural case (round 21)
        ("Credit: NASA/Jude Guidry", "Jude Guidry"),
        ("Photo: Courtesy of Jane Doe", "Jane Doe"),
        ("Picture: Jane Doe", "Jane Doe"),
    ],
)
def test_a_credit_names_its_photographer_and_never_a_source(credit: str, photographer: str | None) -> None:
    line = f"The mayor at the opening of the new clinic on Monday. {credit}"
    doc = clean_text("\n\n".join([*PROSE[:2], line, *PROSE[2:]]) + "\n")
    assert line not in doc.text
    (caption,) = doc.metadata.captions
    assert caption.text == "The mayor at the opening of the new clinic on Monday."
    assert caption.photographer == photographer


@pytest.mark.parametrize("label", ["Watch", "More", "Read more"])
def test_a_paragraph_of_copy_after_a_pointers_word_stays(label: str) -> None:
    """'Watch: Moment the bridge fell' points to a video; a paragraph of 30 words and more after the
    same word and a colon is the story's own (RELATED-001 took it whole)."""
    lead = f"{label}: {PROSE[0]}"
    doc = clean_text("\n\n".join([lead, *PROSE[1:]]) + "\n")
    assert lead in doc.text


@pytest.mark.parametrize("where", ["middle", "end"])
@pytest.mark.parametrize("stamp", ["5/3/2024, 10:32:15 AM", "Updated 05.03.2024 10:32:15"])
def test_a_stamp_with_seconds_is_one_time_not_a_schedule(stamp: str, where: str) -> None:
    """'10:32:15' read as two clock times ('10:32' and '32:15') made the stamp look like a schedule,
    which is copy."""
    doc = _planted(PROSE, stamp, where)
    assert stamp not in doc.text and all(p in doc.text for p in PROSE)


def test_a_schedule_of_two_times_stays() -> None:
    line = "Doors 19:30 – 23:00"
    doc = _planted(PROSE, line, "middle")
    assert line in doc.text


def test_a_click_to_tweet_box_that_is_the_sentences_only_copy_loses_only_its_button() -> None:
    box = "Increasing your visibility gradually lets you grow into your role with much less stress.Click To Tweet"
    doc = _planted(PROSE, box, "middle")
    assert "Click To Tweet" not in doc.text
    assert "Increasing your visibility gradually lets you grow into your role with much less stress." in doc.text
    assert "CRUMB-124" in {r.rule for r in doc.removed}
    assert clean_text(doc.text).text == doc.text


def test_a_click_to_tweet_box_that_repeats_the_story_goes_whole() -> None:
    sentence = "Increasing your visibility gradually lets you grow into your role with much less stress."
    box = sentence + "Click To Tweet"
    doc = clean_text("\n\n".join([PROSE[0], f"{sentence} {PROSE[1]}", box, *PROSE[2:]]) + "\n")
    assert box not in doc.text and doc.text.count(sentence) == 1


def test_a_modules_header_over_two_short_sentences_of_copy_takes_only_itself() -> None:
    """'Mehr zum Thema' left over the last paragraph (20 words, two sentences): the paragraph is copy,
    not the module's one headline."""
    last = (
        "Bis Ende des Jahres soll ein entsprechender Gesetzentwurf vorliegen, der dann im Bundestag "
        "beraten wird. Die Opposition kündigte Widerstand an."
    )
    body = [*COPY["de"][:2], "Mehr zum Thema", last]
    doc = clean_text("\n\n".join(body) + "\n", language="de")
    assert last in doc.text and "Mehr zum Thema" not in doc.text


def test_a_short_headline_of_two_sentences_is_still_a_headline() -> None:
    items = ["South Dakota doubles down on ‘Meth.’ They just might be.", "Storm leaves thousands without power"]
    doc = clean_text("\n\n".join([*PROSE, "More on this story", *items]) + "\n")
    assert not any(i in doc.text for i in items)


@pytest.mark.parametrize("header", ["Related Stories", "More on this story", "You may also like", "In other news"])
@pytest.mark.parametrize("where", ["middle", "end"])
def test_a_modules_header_over_one_sentence_of_copy_takes_only_itself(header: str, where: str) -> None:
    """A module's header left without its links over a short sentence of copy: the sentence, closed
    by a full stop as no headline of a module is, is the story's. Last in the text the header goes
    alone; between paragraphs it may head a section, and the sentence stays either way."""
    sentence = "The new clinic is expected to open next spring."
    parts = [*PROSE, header, sentence] if where == "end" else [PROSE[0], header, sentence, *PROSE[1:]]
    doc = clean_text("\n\n".join(parts) + "\n")
    assert sentence in doc.text
    if where == "end":
        assert header not in doc.text and "RELATED-011" in {r.rule for r in doc.removed}


def test_a_modules_one_headline_still_goes_with_its_header() -> None:
    doc = clean_text("\n\n".join([*PROSE, "Related Stories", "Storm leaves thousands without power"]) + "\n")
    assert "Storm leaves thousands without power" not in doc.text


SHORT = [
    "The council voted on Tuesday to approve the new budget for the coming year.",
    "The plan raises the property tax by two percent and adds money for schools.",
    "Opponents said the increase would hurt small businesses in the town.",
    "The new budget takes effect in July.",
]


@pytest.mark.parametrize("button", ["Loading comments...", "Show comments", "Leave a comment", "View 12 comments"])
def test_a_comments_button_between_paragraphs_of_short_copy_takes_only_itself(button: str) -> None:
    """A comment widget left between two paragraphs of wire-short copy stood past half the words: the
    paragraphs under it went as the thread (CRUMB-014)."""
    doc = clean_text("\n\n".join([*SHORT[:2], button, *SHORT[2:]]) + "\n")
    assert button not in doc.text and all(p in doc.text for p in SHORT)


def test_a_comments_heading_at_the_end_still_takes_its_thread() -> None:
    comments = ["Great article, thanks!", "I disagree with the council on this one.", "Reply"]
    doc = clean_text("\n\n".join([*PROSE, "3 Comments", *comments]) + "\n")
    assert all(p in doc.text for p in PROSE) and not any(c in doc.text for c in comments[:2])


@pytest.mark.parametrize("heading", ["Comments (12)", "Kommentare", "12 commentaires"])
def test_a_comments_heading_over_two_paragraphs_of_short_copy_is_a_widget(heading: str) -> None:
    """Past half the words but before the last fifth, a 'thread' of three paragraphs or fewer with no
    commenter's marks ('Reply', 'says:', '3 hours ago') is the story's copy."""
    doc = clean_text("\n\n".join([*SHORT[:2], heading, *SHORT[2:]]) + "\n")
    assert all(p in doc.text for p in SHORT)


def test_a_short_thread_with_a_commenters_marks_still_goes() -> None:
    thread = ["Jane says:", "Great article, thanks for writing it.", "Reply"]
    doc = clean_text("\n\n".join([*SHORT, "Comments (1)", *thread]) + "\n")
    assert "Great article, thanks for writing it." not in doc.text


SHORT_ES = [
    "El ayuntamiento aprobó el martes el nuevo presupuesto para el próximo año.",
    "El plan sube el impuesto predial un dos por ciento y da más dinero a las escuelas.",
    "Los opositores dijeron que la subida perjudicará a los pequeños comercios.",
    "El nuevo presupuesto entra en vigor en julio.",
]


@pytest.mark.parametrize("header", ["Lee también", "Noticias relacionadas", "Lo más leído"])
@pytest.mark.parametrize("where", ["top", "middle"])
def test_a_modules_header_over_short_sentences_of_copy_takes_no_copy(header: str, where: str) -> None:
    """A known header over the rest of wire-short copy: every 'headline' under it is a sentence closed
    by a full stop, which a module's headlines are not; the copy stays."""
    parts = [header, *SHORT_ES] if where == "top" else [*SHORT_ES[:2], header, *SHORT_ES[2:]]
    doc = clean_text("\n\n".join(parts) + "\n", language="es")
    assert all(p in doc.text for p in SHORT_ES)


def test_a_module_of_headlines_with_descriptions_still_goes() -> None:
    module = ["Belt tightening", "Why the city cut its budget.", "Schools win", "What the plan means for pupils."]
    doc = clean_text("\n\n".join([*PROSE, "Related Stories", *module]) + "\n")
    assert not any(m in doc.text for m in module)


def test_a_publishers_own_page_keeps_its_origin_note_and_a_copy_loses_it() -> None:
    """On the publisher's page (clean_html) the note is the page's article text, as ScrapingHub's gold
    bodies keep it; in a scraped or syndicated copy (clean_text) it is provenance (FOOTER-110)."""
    from cleaner import clean_html

    paras = "".join(f"<p>{p}</p>" for p in PROSE)
    note = "Originally published on Live Science."
    page = (
        "<html><head><title>Council approves new budget</title></head><body><article>"
        f"<h1>Council approves new budget</h1>{paras}<p>{note}</p></article></body></html>"
    )
    doc = clean_html(page)
    assert note in doc.text and all(p in doc.text for p in PROSE)
    assert note not in clean_text("\n\n".join([*PROSE, note]) + "\n").text


WIRE = [
    "The council voted on Tuesday to approve the new budget for the coming year, officials said after the meeting.",
    "The plan raises the property tax by two percent and adds money for schools, roads and a new clinic.",
    "Opponents said the increase would hurt small businesses in the town and vowed to fight it next year.",
]


@pytest.mark.parametrize("header", ["Up Next", "Read Next", "Must Read", "More stories like this"])
def test_a_module_header_under_wire_copy_is_no_writer(header: str) -> None:
    """Under copy in paragraphs of under 20 words the opening runs to the end: 'Up Next' over its
    headlines was read as the writer's name (BYLINE-010)."""
    items = ["Why the council raised taxes", "What the new clinic means for the east side"]
    doc = clean_text("\n\n".join([*WIRE, header, *items]) + "\n")
    assert doc.metadata.authors == []
    assert header not in doc.text and not any(i in doc.text for i in items)
    assert all(p in doc.text for p in WIRE)


@pytest.mark.parametrize(
    "kicker",
    [
        "Fact Check",
        "Weather Alert",
        "Climate Change",
        "New York",
        "Guest Column",
        "Weekend Reads",
        "Real Estate",
        "Big Tech",
    ],
)
def test_a_section_kicker_between_title_and_copy_is_no_writer(kicker: str) -> None:
    """Two capitalised words under the title have a name's shape; a section's word (BYLINE-020) or a
    city writers file from (BYLINE-021) makes them a kicker, not a bare byline."""
    doc = clean_text("\n\n".join(["Council approves new budget after long debate", kicker, *WIRE]) + "\n")
    assert doc.metadata.authors == []
    assert all(p in doc.text for p in WIRE)


def test_a_bare_name_between_title_and_copy_is_still_the_writer() -> None:
    doc = clean_text("\n\n".join(["Council approves new budget after long debate", "Sydney Smith", *WIRE]) + "\n")
    assert doc.metadata.authors == ["Sydney Smith"]
