"""Real copy, 2026-12-05 (tenth session): lines of real outlets' templates that earlier rounds missed:
stamps printed with a story label or two at once ('Story published at …', 'Updated … / Originally
published …'), the date before a labelled byline ('Published: March 4, 2024 | By: Jane Doe', Indian
and American local papers), a writer's card in three pieces, desks that sign ('By India Today Web
Desk'), Pakistani papers' print notes ('Published in Dawn, March 5th, 2024'), AP's and States
Newsroom's funding notes, a link bar without separators, and titles under a video's or a gallery's
label or a rubric shaped like a name ('Developing Story'). Copy written for the test."""

from __future__ import annotations

import pytest

from cleaner import clean_text

# the same made-up copy around the lines as earlier rounds
from .test_html_languages_pt_it_nl import NL
from .test_real_copy_round5 import DE
from .test_real_copy_round7 import FR
from .test_real_copy_round11 import BODY, TITLE
from .test_real_copy_round12 import COPY_LONG, ES, IT, PT, PT_TITLE

COPY = {"en": BODY, "fr": FR, "de": DE, "es": ES, "it": IT, "pt": PT, "nl": NL}


def _clean(*paragraphs: str):
    """Clean the paragraphs as an extractor prints them, a blank line between them."""
    return clean_text("\n\n".join(paragraphs) + "\n")


def _planted(body: list[str], line: str, where: str):
    """The copy with the line after its first paragraph ('middle') or after its last ('end')."""
    return _clean(*([body[0], line, *body[1:]] if where == "middle" else [*body, line]))


FURNITURE = [
    ("en", "TIMESTAMP-001", "Story published at 3:45 PM on Mar 4, 2024"),
    ("en", "TIMESTAMP-001", "Updated March 4, 2024 3:45 pm ET / Originally published March 3, 2024 10:00 am ET"),
    ("fr", "TIMESTAMP-001", "Article mis à jour le 7 janvier 2020."),
    ("en", "FOOTER-117", "Published in Dawn, March 5th, 2024"),
    ("en", "FOOTER-117", "An earlier version of this story appeared in the Sunday print edition."),
    (
        "en",
        "FOOTER-122",
        "The Associated Press receives support from several private foundations to enhance its "
        "explanatory coverage of elections and democracy.",
    ),
    (
        "en",
        "FOOTER-122",
        "Georgia Recorder is part of States Newsroom, a nonprofit news network supported by grants and "
        "a coalition of donors as a 501c(3) public charity. Georgia Recorder maintains editorial independence.",
    ),
    ("en", "FOOTER-011", "Terms of Service Privacy Policy Cookie Settings"),
    ("en", "PROMPT-001", "Try 4 weeks free"),
    ("en", "CRUMB-012", "Sign up"),
    ("en", "CRUMB-001", "Was this article helpful?"),
    ("en", "CRUMB-117", "Get reprints"),
    ("de", "CRUMB-107", "Diesen Artikel vorlesen lassen"),
    ("de", "CRUMB-107", "Fehler gefunden? Jetzt melden."),
    ("de", "CRUMB-107", "Ressort: Politik"),
    ("de", "RELATED-011", "Die Redaktion empfiehlt"),
    ("de", "PROMPT-102", "Jetzt kostenlos registrieren und weiterlesen"),
    ("fr", "CRUMB-301", "Signaler une erreur"),
    ("fr", "RELATED-011", "Nos lecteurs ont lu ensuite"),
    ("es", "CRUMB-201", "Reportar un error"),
    ("it", "CRUMB-831", "Segnala un errore"),
    ("pt", "CRUMB-801", "Reportar erro"),
    ("pt", "CRUMB-801", "Continue lendo"),
    ("nl", "CRUMB-861", "Meld een fout"),
    ("nl", "CRUMB-861", "Tip de redactie"),
    ("nl", "PROMPT-861", "Abonneer"),
    # players and audio notes: The Economist's, Amazon Polly's, Yahoo's auto-play countdown
    ("en", "CRUMB-110", "Listen to this story. Enjoy more audio and podcasts on iOS or Android."),
    ("en", "CRUMB-110", "Your browser does not support the <audio> element."),
    ("en", "CRUMB-110", "Press play to listen to this article"),
    ("en", "CRUMB-110", "Voiced by Amazon Polly"),
    ("en", "CRUMB-110", "Map: Jane Doe/The Washington Post"),
    ("en", "CRUMB-001", "The video will auto-play soon8Cancel"),
    ("en", "CRUMB-001", "This video is no longer available."),
    ("en", "CRUMB-001", "Join the conversation (12)"),
    ("en", "CRUMB-001", "Swipe for more"),
    ("en", "CRUMB-001", "Promoted"),
]


# standing notes under a story in words no pack listed: disclaimers, agencies' material, rights
NOTES = [
    ("FOOTER-117", "The views and opinions expressed here do not necessarily reflect those of Example News."),
    (
        "FOOTER-117",
        "The information in this article is for general purposes only and does not constitute legal advice.",
    ),
    ("FOOTER-117", "This article is for informational purposes only and should not be considered financial advice."),
    ("FOOTER-117", "This content is not intended as medical advice. Always consult your doctor."),
    ("FOOTER-113", "Material from Reuters and AP was used in this report."),
    ("FOOTER-113", "Information from The Associated Press was used in this report."),
    ("FOOTER-113", "This report includes material from Reuters."),
    ("FOOTER-120", "Content on this website is protected by copyright law."),
    ("FOOTER-120", "Rights reserved, Example News 2024."),
    ("FOOTER-119", "No portion of this article may be reused without permission."),
    ("FOOTER-119", "Copying or redistribution of this content is not permitted."),
    (
        "FOOTER-117",
        "We strive for accuracy and fairness. If you see something that doesn't look right, contact us.",
    ),
    ("FOOTER-117", "Our corrections policy can be found here."),
    ("FOOTER-117", "Letters to the editor may be edited for length and clarity."),
    ("FOOTER-117", "Opinions are the writer's own."),
    (
        "FOOTER-118",
        "Example News participates in affiliate programs and may earn money from purchases made through links.",
    ),
    ("FOOTER-118", "Some links on this page are affiliate links."),
    ("FOOTER-118", "Products are chosen independently by our editors."),
    ("CRUMB-117", "For reprint rights, contact permissions@example.com."),
    ("CRUMB-117", "To license this content, visit example.com/licensing."),
]


@pytest.mark.parametrize("where", ["middle", "end"])
@pytest.mark.parametrize(("lang", "rule", "line"), FURNITURE + [("en", rule, line) for rule, line in NOTES])
def test_template_line_leaves_with_its_rule(lang: str, rule: str, line: str, where: str) -> None:
    body = COPY[lang]
    doc = _planted(body, line, where)
    assert line not in doc.text
    assert rule in {r.rule for r in doc.removed if line.startswith(r.text.strip()[:40])}
    assert all(p in doc.text for p in body)


LOOK_ALIKES = [
    "Published in Nature, the study followed 4,000 patients for a decade and found no link to the drug.",
    "The museum is a nonprofit that receives support from local families and the city, its director said.",
    "Residents got two weeks free parking after the storm, and the council said it would extend the offer.",
    "Story time at the library was published on the town's website on Monday, with the new opening hours.",
    "Reach the summit before noon, the rangers told hikers, because storms build quickly in the afternoon.",
    "Licensing of the new taxis will begin in April, the transport office said after the council's vote.",
    # appeals and notes reported in the copy, or about someone else's offer
    "Share it with a friend, the counsellor advised students who felt anxious before the exams.",
    "Every dollar raised goes to the families who lost their homes in the fire, organisers said.",
    "Find the nearest shelter on the county's website before the storm arrives on Thursday night.",
    "Give what you can, the pastor told the congregation on Sunday, as the appeal entered its final week.",
    "It takes just a minute to register to vote online, election officials said on Tuesday.",
    "Your gift will be matched by the foundation, the university told alumni in a letter seen by Reuters.",
    "Every dollar counts for families already struggling with higher rents and food prices.",
    "Start your day with a glass of water, the nutritionist recommended, and skip the sugary cereal.",
    "Only subscribers can read the minutes of the meeting, a rule the council plans to change next year.",
    "You're reading the free article that the union distributed to members before the strike vote.",
    "Want to support local farmers? Buy at the market on Saturday mornings, the organisers said.",
    "This journalism is made possible by members like you, the narrator says at the start of each episode.",
    "Material from the archive was used in this report by the commission, which found no wrongdoing.",
    "This report includes material from interviews with more than 40 former employees.",
    "This article is not intended as legal advice, the lawyer wrote in the blog post that sparked the lawsuit.",
    "The views expressed here do not necessarily reflect the government's policy, the minister said.",
    "Products were chosen independently by a panel of judges, the organisers said on Monday.",
    "Reproduction of this painting is rare because the original was lost in a fire in 1911.",
    "Our corrections policy is here to stay, the editor wrote in a note to readers.",
    "For reprints of the 1970s albums, fans will have to wait until next year, the label said.",
]


@pytest.mark.parametrize("line", LOOK_ALIKES)
def test_copy_that_reads_like_furniture_stays(line: str) -> None:
    doc = _planted(BODY, line, "middle")
    assert line in doc.text


@pytest.mark.parametrize(
    ("line", "authors", "published"),
    [
        ("Published: March 4, 2024 | By: Jane Doe", ["Jane Doe"], "2024-03-04"),
        ("March 4, 2024 / By Jane Doe, Staff Writer", ["Jane Doe"], "2024-03-04"),
        ("Jane Doe | Reporter | The Denver Post", ["Jane Doe"], None),
        ("By Jane Doe | jane.doe@example.com", ["Jane Doe"], None),
        ("Published By: Jane Doe", ["Jane Doe"], None),  # India Today's label
    ],
)
def test_byline_forms_name_the_writer(line: str, authors: list[str], published: str | None) -> None:
    doc = _clean(TITLE, line, *BODY)
    assert doc.metadata.authors == authors
    assert line not in doc.text
    assert (doc.metadata.published or {}).get("iso") == published


def test_the_update_before_a_byline_of_two_writers() -> None:
    line = "Updated 3:45 PM ET, March 4, 2024 | By Jane Doe and John Roe"
    doc = _clean(TITLE, line, *BODY)
    assert doc.metadata.authors == ["Jane Doe", "John Roe"]
    assert doc.metadata.updated is not None and doc.metadata.updated["iso"] == "2024-03-04T15:45-05:00"


@pytest.mark.parametrize(
    "line", ["Published By: India Today Web Desk", "By Express News Service", "By Zee Media Bureau", "By HT News Desk"]
)
def test_a_desk_that_signs_names_no_writer(line: str) -> None:
    doc = _clean(TITLE, line, *BODY)
    assert doc.metadata.authors == []
    assert line not in doc.text
    assert all(p in doc.text for p in BODY)


def test_a_phone_number_to_reach_the_reporter_is_a_contact_credit() -> None:
    doc = clean_text("\n\n".join([*BODY, "Reach Jane Doe at 555-123-4567."]) + "\n")
    assert "Reach Jane Doe" not in doc.text
    assert doc.metadata.credits is not None and doc.metadata.credits.other.get("contact") == ["Jane Doe"]


@pytest.mark.parametrize(
    ("top", "label"),
    [
        (f"Watch: {TITLE}", "Watch"),  # a video's page: the label over the copy heads the story itself
        (f"Developing Story\n\n{TITLE}", None),  # a rubric shaped like a name is no writer and no title
        (f"Brand Studio\n\n{TITLE}", None),
        (f"{TITLE} :: Example News", None),  # the site's name after other sites' separators
        (f"{TITLE} « Example News", None),
    ],
)
def test_the_title_under_a_label_or_a_rubric(top: str, label: str | None) -> None:
    doc = clean_text(f"{top}\n\n{COPY_LONG}")
    assert doc.metadata.title == TITLE
    assert doc.metadata.label == label
    assert TITLE not in doc.text and doc.text.startswith("The city council approved")


def test_a_watch_line_between_paragraphs_is_still_a_pointer() -> None:
    line = "Watch: Firefighters battle a blaze near the harbour"
    doc = _planted(BODY, line, "middle")
    assert line not in doc.text
    assert all(p in doc.text for p in BODY)


def test_a_headline_tagged_photos_is_no_caption() -> None:
    """'(PHOTOS)' after a headline marks a gallery; it is no picture credit naming 'S'."""
    line = "Crowds gather as the harbour wall reopens after two years (PHOTOS)"
    doc = _planted(BODY, line, "middle")
    assert doc.metadata.captions == []


@pytest.mark.parametrize(
    ("title", "line", "body", "authors"),
    [
        # Le Monde's byline with the stamp run on after the name, no separator
        (
            "Le conseil adopte le budget après un long débat",
            "Par Jeanne Dupont Publié le 05 mars 2024 à 15h14, modifié le 06 mars 2024 à 09h10",
            FR,
            ["Jeanne Dupont"],
        ),
        # the reading time as German sites print it beside the names and the date
        (
            "Stadtrat beschließt neuen Haushalt nach langer Debatte",
            "Von Anna Schmidt · 05.03.2024, 15:14 Uhr · 3 Min. Lesezeit",
            DE,
            ["Anna Schmidt"],
        ),
        (PT_TITLE, "Ana Souza, do Rio", PT, ["Ana Souza"]),  # 'do Rio': the place the writer filed from
    ],
)
def test_bylines_of_french_german_and_brazilian_pages(
    title: str, line: str, body: list[str], authors: list[str]
) -> None:
    doc = clean_text("\n\n".join([title, line, *body]) + "\n")
    assert doc.metadata.authors == authors
    assert line not in doc.text
    assert all(p in doc.text for p in body)


def test_a_heading_that_is_a_word_of_the_licence_stays() -> None:
    """'Licensing' over a paragraph of a software page's copy is its section's heading."""
    text = "\n\n".join(
        [BODY[0], "Licensing", "The software is licensed under the Apache License, Version 2.0.", *BODY[1:]]
    )
    doc = clean_text(text + "\n")
    assert "Licensing\n" in doc.text


@pytest.mark.parametrize(
    ("lang", "line", "credit", "photographer"),
    [
        # the German agencies' credit after the caption, picture library first, then the photographer
        (
            "de",
            "Feuerwehrleute kämpfen am Dienstag gegen einen Brand in der Nähe von Berlin. "
            "© picture alliance/dpa | Anna Schmidt",
            "© picture alliance/dpa | Anna Schmidt",
            "Anna Schmidt",
        ),
        # Le Monde's credit for a commissioned picture
        (
            "fr",
            "Des pompiers luttent contre un incendie près de Paris, mardi. JEANNE DUPONT POUR « LE MONDE »",
            "JEANNE DUPONT POUR « LE MONDE »",
            "Jeanne Dupont",  # the credit as printed, the photographer in natural case (round 21)
        ),
        # LaPresse is an Italian agency, not a photographer
        (
            "it",
            "I vigili del fuoco combattono un incendio vicino a Roma, martedì. Foto: LaPresse",
            "Foto: LaPresse",
            None,
        ),
    ],
)
def test_picture_credits_of_german_french_and_italian_papers(
    lang: str, line: str, credit: str, photographer: str | None
) -> None:
    body = COPY[lang]
    doc = clean_text("\n\n".join([body[0], line, *body[1:]]) + "\n")
    (caption,) = doc.metadata.captions
    assert (caption.credit, caption.photographer) == (credit, photographer)
    assert line not in doc.text and all(p in doc.text for p in body)


def test_a_paper_named_in_guillemets_in_a_sentence_is_no_credit() -> None:
    line = "Le ministre a lu une lettre écrite pour « Le Monde », dans laquelle il défend la réforme."
    doc = clean_text("\n\n".join([FR[0], line, *FR[1:]]) + "\n")
    assert line in doc.text and doc.metadata.captions == []


@pytest.mark.parametrize("header", ["Read Next", "Up Next", "More Like This"])
@pytest.mark.parametrize("where", ["middle", "end"])
def test_a_module_header_taken_as_a_control_takes_its_headlines_with_it(header: str, where: str) -> None:
    items = [
        "Hurricane season ends with record number of storms",
        "Stocks fall as investors weigh rate outlook",
        "Senate passes stopgap bill to avert shutdown",
    ]
    parts = [BODY[0], header, *items, *BODY[1:]] if where == "middle" else [*BODY, header, *items]
    doc = clean_text("\n\n".join(parts) + "\n")
    assert not any(i in doc.text for i in items) and header not in doc.text
    assert all(p in doc.text for p in BODY)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Posted on March 4, 2024 by Jane Doe in Politics", ["Jane Doe"]),  # WordPress: date, author, category
        ("Posted on March 4, 2024 by admin in News & Events", []),
    ],
)
def test_a_blog_post_stamp_with_its_category(line: str, authors: list[str]) -> None:
    doc = _clean(TITLE, line, *BODY)
    assert line not in doc.text
    assert doc.metadata.authors == authors
    assert (doc.metadata.published or {}).get("iso") == "2024-03-04"


# reader appeals in wordings no pack lists: a call to action about the site's own offer (PROMPT-010)
# or a membership ask (PROMPT-115)
APPEALS = [
    "Love this story? Share it with a friend who would enjoy it too.",
    "If you found this useful, forward it to a colleague.",
    "Every dollar you give helps us report the stories that matter.",
    "It takes just a minute to support independent reporting.",
    "We can't do this without you. Give what you can.",
    "Make a tax-deductible gift today.",
    "Become a sustaining member for as little as $5 a month.",
    "Your gift will be matched dollar for dollar through December 31.",
    "Create your free profile to save articles and follow topics.",
    "Got a tip? We want to hear from you.",
    "Find us on Threads and Bluesky.",
    "Reprint this story under our free republishing license.",
    "You're reading your free article this month.",
    "Keep up with the latest from Example by following us on social media.",
    "Stories like this one are only possible with your help.",
    "Want to support this kind of journalism? Here's how.",
    "Missed the latest? Catch up with our weekly roundup.",
    "Stay in the know with our free daily email.",
    "Get stories like this delivered straight to your phone.",
    "This journalism is made possible by members like you.",
    "We'd love your feedback on this story.",
    "Start your day with the stories that matter.",
    "Only subscribers can read the rest of this story.",
    "Continue reading with a free account.",
]


@pytest.mark.parametrize("where", ["middle", "end"])
@pytest.mark.parametrize("line", APPEALS)
def test_reader_appeals_in_unlisted_wordings_leave(line: str, where: str) -> None:
    doc = _planted(BODY, line, where)
    assert line not in doc.text
    assert all(p in doc.text for p in BODY)


@pytest.mark.parametrize(
    "line",
    [
        "Reported by Jane Doe",
        "Article by Jane Doe",
        "A column by Jane Doe",
        "Guest essay by Jane Doe",
        "As told to Jane Doe",
        "By staff reporter Jane Doe",
        "By our correspondent Jane Doe",
        "Jane Doe, Special to The Globe",
        "Jane Doe, for Example News",
    ],
)
def test_byline_lead_ins_in_other_words(line: str) -> None:
    doc = _clean(TITLE, line, *BODY)
    assert doc.metadata.authors == ["Jane Doe"]
    assert line not in doc.text


@pytest.mark.parametrize(
    ("line", "reporting", "editing"),
    [
        ("Reporting by Jane Doe; Editing by John Roe", ["Jane Doe"], ["John Roe"]),
        ("Reporting by Jane Doe and John Roe; editing by Mary Major", ["Jane Doe", "John Roe"], ["Mary Major"]),
        ("Reporting by Jane Doe @janedoe; Editing by John Roe", ["Jane Doe"], ["John Roe"]),
        ("Reporting by Jane Doe at the United Nations; Editing by John Roe", ["Jane Doe"], ["John Roe"]),
        ("Reporting by Jane Doe in Washington and Reuters bureaus; Editing by John Roe", ["Jane Doe"], ["John Roe"]),
    ],
)
def test_a_credits_line_under_copy_in_short_paragraphs_is_no_byline(
    line: str, reporting: list[str], editing: list[str]
) -> None:
    """The opening reaches the end of copy written in paragraphs under 30 words (wire style): the
    credits line closing it was taken as the story's byline and its editors lost."""
    doc = clean_text("\n\n".join([TITLE, *BODY, line]) + "\n")
    assert doc.metadata.authors == []
    credits = doc.metadata.credits
    assert credits is not None and (credits.reporting, credits.editing) == (reporting, editing)
    assert line not in doc.text and all(p in doc.text for p in BODY)


@pytest.mark.parametrize("line", ["By Jane Doe", "Story by Jane Doe", "Jane Doe, Reuters"])
def test_a_writer_named_under_the_copy_signs_it_and_is_read_as_a_signature(line: str) -> None:
    """Under two paragraphs of copy the opening is over, even when no paragraph reaches 30 words:
    the line is the story's signature (BYLINE-011), not a second byline."""
    doc = clean_text("\n\n".join([TITLE, "By Mary Major", *BODY, line]) + "\n")
    assert doc.metadata.authors == ["Mary Major", "Jane Doe"]
    assert {r.rule for r in doc.removed if r.text.strip() == line} == {"BYLINE-011"}


@pytest.mark.parametrize(
    ("top", "body", "title", "label"),
    [
        # a paper named with its article after the dash, in copy of its language
        (
            "Le conseil adopte le budget après un long débat - Le Monde",
            FR,
            "Le conseil adopte le budget après un long débat",
            None,
        ),
        (
            "Stadtrat beschließt neuen Haushalt nach langer Debatte - DER SPIEGEL",
            DE,
            "Stadtrat beschließt neuen Haushalt nach langer Debatte",
            None,
        ),
        # live labels of German and Spanish pages
        (
            "Liveblog: Stadtrat beschließt neuen Haushalt nach langer Debatte",
            DE,
            "Stadtrat beschließt neuen Haushalt nach langer Debatte",
            "Liveblog",
        ),
        (
            "EN DIRECTO | El ayuntamiento aprueba el presupuesto tras un largo debate",
            ES,
            "El ayuntamiento aprueba el presupuesto tras un largo debate",
            "EN DIRECTO",
        ),
    ],
)
def test_titles_of_french_german_and_spanish_pages(top: str, body: list[str], title: str, label: str | None) -> None:
    doc = clean_text("\n\n".join([top, *body]) + "\n")
    assert (doc.metadata.title, doc.metadata.label) == (title, label)
    assert top not in doc.text and all(p in doc.text for p in body)


def test_an_english_headline_with_a_second_half_after_the_dash_keeps_it() -> None:
    top = "Brexit - The Final Countdown"
    doc = clean_text(f"{top}\n\n{COPY_LONG}")
    assert doc.metadata.title == top


def test_an_imperative_headline_about_the_readers_own_things_stays_the_title() -> None:
    """'social media' and 'a free account' are offers only as the site's: a headline telling the
    reader to polish their own profile is the title, and advice about another company's account is
    copy."""
    title = "Make your social media shine bright like a diamond!"
    advice = "Sign up for a Hulu ad-free account for $11.99 a month"
    doc = clean_text("\n\n".join([title, BODY[0], advice, *BODY[1:]]) + "\n")
    assert doc.metadata.title == title
    assert advice in doc.text


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        (["By", "Jane Doe"], ["Jane Doe"]),  # the lead-in alone on the line over the names
        (["Von", "Anna Schmidt"], ["Anna Schmidt"]),
        (["Jane Doe", "jane.doe@example.com"], ["Jane Doe"]),  # the writer's address under her name
    ],
)
def test_a_byline_printed_over_two_lines(lines: list[str], authors: list[str]) -> None:
    doc = clean_text("\n\n".join([TITLE, *lines, *BODY]) + "\n")
    assert doc.metadata.authors == authors
    assert not any(line in doc.text.split("\n") for line in lines)
    assert all(p in doc.text for p in BODY)


@pytest.mark.parametrize(
    ("line", "credit", "text"),
    [
        ("Photo by Jane Doe on Unsplash", "Photo by Jane Doe on Unsplash", ""),
        ("Image by Jane Doe from Pixabay", "Image by Jane Doe from Pixabay", ""),
        (
            "Firefighters battle a blaze near Los Angeles on Tuesday. | Photo by Jane Doe on Unsplash",
            "Photo by Jane Doe on Unsplash",
            "Firefighters battle a blaze near Los Angeles on Tuesday.",
        ),
    ],
)
def test_a_stock_photo_sites_credit_is_a_picture_credit(line: str, credit: str, text: str) -> None:
    doc = clean_text("\n\n".join([TITLE, BODY[0], line, *BODY[1:]]) + "\n")
    (caption,) = doc.metadata.captions
    assert (caption.text, caption.credit, caption.photographer) == (text, credit, "Jane Doe")
    assert doc.metadata.authors == [] and line not in doc.text


def test_a_picture_on_a_stock_site_named_in_a_sentence_stays() -> None:
    line = "The image by Jane Doe on Flickr went viral after the storm, and the council later used it in a campaign."
    doc = clean_text("\n\n".join([TITLE, BODY[0], line, *BODY[1:]]) + "\n")
    assert line in doc.text and doc.metadata.captions == []
