"""Real copy, 2026-12-05 (eighth session): standing lines of real outlets' templates that earlier
rounds missed: a sign-up box's privacy note and its error (Reach plc's titles), Bloomberg's
terminal pitch with its button, a tabloid's paid-tips ask, Hearst's embed notices, text-size
buttons alone, 'Products featured are independently selected…', The Conversation's disclosure
sentence and KFF Health News's about-paragraph. Each must leave the text wherever it stands and be
recorded with its rule; sentences of the copy that open the same way stay. Copy written for the
test."""

from __future__ import annotations

import pytest

from cleaner import clean_text

LEAD = (
    "The city council approved the new budget on Tuesday night after a long debate that ran until after "
    "midnight, officials said."
)
BODY = [
    LEAD,
    "Opponents argued that the tax increase would hurt small businesses and promised to campaign against "
    "it in the next election.",
    "The mayor said the money would go to schools, roads and a new clinic on the east side of the city, "
    "which has waited years for one.",
]


def _at_end(line: str):
    """The copy with the line under it."""
    return clean_text("\n\n".join([*BODY, line]) + "\n")


def _in_middle(line: str):
    """The copy with the line after its first paragraph."""
    return clean_text("\n\n".join([BODY[0], line, *BODY[1:]]) + "\n")


FURNITURE = [
    (
        "PROMPT-114",
        "We use your sign-up to provide content in ways you've consented to and to improve our "
        "understanding of you. This may include adverts from us and 3rd parties based on our understanding. "
        "You can unsubscribe at any time. More info",
    ),
    ("CRUMB-132", "Oops. Something went wrong. Please enter a valid email and try again."),
    ("PROMPT-130", "Before it's here, it's on the Bloomberg Terminal. LEARN MORE"),
    ("PROMPT-130", "We pay for your stories! Do you have a story for The Sun Online news team?"),
    (
        "CRUMB-131",
        "This content is imported from YouTube. You may be able to find the same content in another "
        "format, or you may be able to find more information, at their web site.",
    ),
    (
        "CRUMB-131",
        "This content is created and maintained by a third party, and imported onto this page to help "
        "users provide their email addresses. You may be able to find more information about this and similar "
        "content at piano.io",
    ),
    ("CRUMB-131", "A A A"),
    ("FOOTER-118", "Products featured are independently selected by our editors."),
    (
        "FOOTER-127",
        "Jane Doe does not work for, consult, own shares in or receive funding from any company or "
        "organisation that would benefit from this article, and has disclosed no relevant affiliations beyond "
        "their academic appointment.",
    ),
    (
        "FOOTER-127",
        "KHN (Kaiser Health News) is a nonprofit news service covering health issues. It is an "
        "editorially independent program of KFF (Kaiser Family Foundation).",
    ),
]


@pytest.mark.parametrize("where", ["middle", "end"])
@pytest.mark.parametrize(("rule", "line"), FURNITURE)
def test_template_line_leaves_with_its_rule(rule: str, line: str, where: str) -> None:
    parts = [BODY[0], line, *BODY[1:]] if where == "middle" else [*BODY, line]
    doc = clean_text("\n\n".join(parts) + "\n")
    assert line not in doc.text
    assert all(p in doc.text for p in BODY)
    assert any(r.rule == rule and line[:40] in r.text for r in doc.removed), [
        (r.rule, r.text[:40]) for r in doc.removed
    ]


LOOK_ALIKES = [
    "We use your data to improve the service, the company said in a filing, and consented to an audit.",
    "The senator does not work for any company that would benefit from the bill, her office said.",
    "Kaiser Health News is a nonprofit, the lawsuit notes, and cannot be forced to name its sources.",
    "We pay for your stories, the editor told the freelancers, but only once they are published.",
    "Products featured in the recall were sold in 14 states, the agency said on Monday.",
    "A judge ruled that the content imported onto the page had been copied from a rival's site.",
]


@pytest.mark.parametrize("line", LOOK_ALIKES)
def test_copy_that_opens_the_same_way_stays(line: str) -> None:
    doc = _in_middle(line)
    assert line in doc.text


# contributor notes of more than one sentence or role, and with the reporters' places
NOTES = [
    (
        "Jane Doe contributed reporting from Beijing. Kitty Bennett contributed research.",
        {"reporting": ["Jane Doe"], "research": ["Kitty Bennett"]},
    ),
    (
        "Reporting was contributed by Jane Doe in Beijing and John Roe in Shanghai. "
        "Research was contributed by Kitty Bennett.",
        {"reporting": ["Jane Doe", "John Roe"], "research": ["Kitty Bennett"]},
    ),
    (
        "Jane Doe contributed reporting from Beijing; John Roe contributed from Shanghai.",
        {"reporting": ["Jane Doe", "John Roe"]},
    ),
    ("With reporting by Jane Doe / Washington", {"reporting": ["Jane Doe"]}),
]


@pytest.mark.parametrize(("line", "want"), NOTES)
def test_contributor_notes_give_each_role_its_names(line: str, want: dict[str, list[str]]) -> None:
    doc = _at_end(line)
    assert line not in doc.text
    assert any(r.rule == "CREDITS-010" for r in doc.removed)
    credits = doc.metadata.credits
    assert credits is not None
    assert credits.reporting == want["reporting"]
    assert credits.other.get("research", []) == want.get("research", [])


def test_a_sentence_after_a_note_that_is_no_note_keeps_the_line() -> None:
    line = "Jane Doe contributed reporting from Beijing. The council will vote again in June."
    doc = _at_end(line)
    assert "The council will vote again in June." in doc.text


# a caption and its credit printed as two paragraphs (readability's and newspaper's dumps)
PROSE = (
    "The city council approved the new budget on Tuesday night after a long debate that ran until after "
    "midnight, officials said, and the mayor promised the first payments to schools within weeks."
)
AFTER = (
    "Opponents argued that the tax increase would hurt small businesses and promised to campaign against it "
    "in the next election, which is due in the spring."
)


def test_the_short_line_over_a_lone_credit_is_its_caption() -> None:
    caption = "Heavy smog hangs over the ring road during the morning rush hour."
    doc = clean_text("\n\n".join([PROSE, caption, "Jane Doe/Hindustan Times/Getty Images", AFTER]) + "\n")
    assert caption not in doc.text
    assert PROSE in doc.text and AFTER in doc.text
    assert any(r.rule == "CAPTION-028" and r.text == caption for r in doc.removed)
    assert [(c.text, c.credit) for c in doc.metadata.captions] == [(caption, "Jane Doe/Hindustan Times/Getty Images")]


@pytest.mark.parametrize(
    ("above", "under"),
    [
        # the story quoting someone over a picture that has no caption
        ("“We will rebuild every house,” the mayor said as crews cleared the road.", AFTER),
        # a labelled line of the page
        ("Disclosure: the site may earn a commission from products featured on this page.", AFTER),
        # the caption may be the short sentence under the credit instead
        ("Relief spread through the team as the tracker sent its first signal in weeks.", "The bird in flight."),
        # an item of a list that goes on under the picture
        ("- Council tax rises by 4 percent from April", AFTER),
    ],
)
def test_a_line_over_a_lone_credit_that_is_no_caption_stays(above: str, under: str) -> None:
    doc = clean_text("\n\n".join([PROSE, above, "Jane Doe/Hindustan Times/Getty Images", under]) + "\n")
    assert above in doc.text
    assert not any(r.rule == "CAPTION-028" for r in doc.removed)


TITLE = "Council approves new budget after long debate"
COPY = (
    "The city council approved the new budget on Tuesday night after a long debate that ran until after "
    "midnight, officials said.\n\nOpponents argued that the tax increase would hurt small businesses and "
    "promised to campaign against it in the next election.\n"
)


def _under_title(line: str):
    """A title, the line, then the copy: where bylines and kickers stand."""
    return clean_text(f"{TITLE}\n\n{line}\n\n{COPY}")


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Doe (@janedoe)", ["Jane Doe"]),
        ("By Jane Doe with John Roe", ["Jane Doe", "John Roe"]),
        ("By Jane Doe, with reporting by John Roe", ["Jane Doe"]),
        ("By Jane Doe Special to The Daily Ledger", ["Jane Doe"]),
        ("By Jane Doe For Mailonline", ["Jane Doe"]),
        ("Jane DoeNovember 19, 2019", ["Jane Doe"]),
        ("Jane Doe Senior Contributor", ["Jane Doe"]),
        ("Jane Doe Staff Reporter", ["Jane Doe"]),
        # Gannett's run-on card: the name, the outlet, then the story's dates
        ("Jane Doe USA TODAY Published 10:00 a.m. ET Nov. 19, 2019", ["Jane Doe"]),
        (
            "Jane Doe, The Daily Ledger Published 10:00 a.m. ET Nov. 19, 2019 | Updated 12:30 p.m. ET Nov. 19, 2019",
            ["Jane Doe"],
        ),
    ],
)
def test_byline_forms_name_the_writers_only(line: str, authors: list[str]) -> None:
    doc = _under_title(line)
    assert line not in doc.text
    assert doc.metadata.authors == authors


@pytest.mark.parametrize("line", ["White House", "Supreme Court", "White House Correspondent", "New York Times"])
def test_an_institution_under_the_title_is_no_writer(line: str) -> None:
    doc = _under_title(line)
    assert doc.metadata.authors == []


@pytest.mark.parametrize(
    "line",
    [f"{TITLE} - The Washington Post", f"{TITLE} – BBC News", f"{TITLE} - NBC News", f"{TITLE} | Reuters"],
)
def test_the_site_after_a_title_is_no_part_of_it(line: str) -> None:
    doc = clean_text(f"{line}\n\n{COPY}")
    assert doc.metadata.title == TITLE


@pytest.mark.parametrize(
    "title", ["Brexit talks stall again - The Final Countdown", "Five ways to save - Health Check"]
)
def test_a_headline_second_half_after_a_dash_stays(title: str) -> None:
    doc = clean_text(f"{title}\n\n{COPY}")
    assert doc.metadata.title == title


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("This article is syndicated from The Conversation.", "The Conversation"),
        ("Syndicated with permission from The Daily Ledger.", "The Daily Ledger"),
        ("Republished with permission of The Daily Ledger.", "The Daily Ledger"),
        (
            "This post originally appeared at The Daily Ledger and is reproduced here with permission.",
            "The Daily Ledger",
        ),
        ("A version of this article first appeared in The Daily Ledger.", "The Daily Ledger"),
        ("Originally published at www.example.com", "www.example.com"),
        ("This article was provided by The Motley Fool.", "The Motley Fool"),
        ("Story provided by StudyFinds", "StudyFinds"),
        ("This article has been republished with permission from The Daily Ledger.", "The Daily Ledger"),
    ],
)
def test_an_origin_note_names_the_original_publisher(line: str, source: str) -> None:
    doc = _at_end(line)
    assert doc.metadata.original_publisher == source
    assert doc.metadata.republisher is None


def test_a_sentence_opening_with_provided_by_names_no_publisher() -> None:
    line = "Provided by Medicare, the benefit covers most of the cost of the new drugs for older patients."
    doc = _at_end(line)
    assert doc.metadata.original_publisher is None
    assert line in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "Figure 4: A classic weak layer in the snowpack, seen in cross-section.",
        "Abbildung 4: Klassische Schwachschicht in der Schneedecke am Pass.",
        "Fig. 2: The new bridge design as the city first showed it in May.",
    ],
)
def test_a_numbered_figure_caption_goes(line: str) -> None:
    doc = _in_middle(line)
    assert line not in doc.text
    assert any(r.rule == "CAPTION-015" for r in doc.removed)


@pytest.mark.parametrize(
    "line",
    [
        "Table 2: Results of the vote by district and party",
        "Figure 4 shows the rise in prices since the start of the year, the report said.",
    ],
)
def test_a_table_title_and_a_sentence_about_a_figure_stay(line: str) -> None:
    doc = _in_middle(line)
    assert line in doc.text


@pytest.mark.parametrize("line", ["Weitere Tourentipps", "Empfohlene Beiträge", "Aktuelle Meldung"])
def test_a_section_label_under_the_title_is_no_writer(line: str) -> None:
    doc = _under_title(line)
    assert doc.metadata.authors == []


@pytest.mark.parametrize(
    "line", ["This article has been sent to", "Your email has been sent.", "Link copied to clipboard"]
)
def test_a_share_forms_confirmation_goes(line: str) -> None:
    doc = _at_end(line)
    assert line not in doc.text.split("\n")
    assert any(r.rule == "CRUMB-132" for r in doc.removed)


def test_a_sentence_about_a_sent_message_stays() -> None:
    line = "Your message was sent to the wrong office, the clerk told the court on Monday."
    doc = _in_middle(line)
    assert line in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "If you value our reporting, please consider becoming a member.",
        "Join 50,000 readers who get our daily digest.",
        "Try 4 weeks for $1.",
        "What do you think? Leave a comment below.",
        "Send us your tips: tips@example.com",
        "Don't miss out — follow us for more.",
        "Become a patron today and get exclusive perks.",
        "Be the first to know. Get alerts.",
    ],
)
def test_reader_appeals_in_unlisted_wordings_go(line: str) -> None:
    doc = _at_end(line)
    assert line not in doc.text
    assert any(r.family == "prompt" for r in doc.removed)


@pytest.mark.parametrize(
    "line",
    [
        "Leave the motorway at junction 5 and follow the signs to the old harbour.",
        "Join 50,000 runners at the city marathon on Sunday, the organisers said.",
        "If you value your health, please consider walking to work, the doctors advised.",
        "Apple AirPods Pro are already discounted: grab a pair for only $234.99 at the retailer.",
    ],
)
def test_imperatives_about_the_world_stay(line: str) -> None:
    doc = _in_middle(line)
    assert line in doc.text


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "Example News Ltd is a company registered in England and Wales. "
            "Registered office: 1 Example Street, London.",
            "FOOTER-126",
        ),
        (
            "Example Radar is part of Example US Inc, an international media group and leading digital publisher. "
            "Visit our corporate site.",
            "FOOTER-126",
        ),
        ("Opinions expressed by Forbes Contributors are their own.", "FOOTER-117"),
        ("Proudly powered by WordPress | Theme: Example by Example Themes.", "FOOTER-124"),
    ],
)
def test_corporate_footers_go(line: str, rule: str) -> None:
    doc = _at_end(line)
    assert line not in doc.text
    assert any(r.rule == rule for r in doc.removed)


def test_a_company_in_the_news_that_is_part_of_a_group_stays() -> None:
    line = "The printer is part of Example Media plc, an international media group, which bought it in 2017 for $40m."
    doc = _in_middle(line)
    assert line in doc.text


WORLD = {
    "de": (
        "Stadtrat beschließt neuen Haushalt nach langer Debatte",
        "Der Stadtrat hat am Dienstagabend den neuen Haushalt nach einer langen Debatte beschlossen, die bis "
        "nach Mitternacht dauerte, wie die Stadtverwaltung mitteilte.\n\nDie Opposition argumentiert, die "
        "Steuererhöhung werde dem Einzelhandel schaden, und kündigte Widerstand an.\n",
    ),
    "fr": (
        "Le conseil adopte le budget après un long débat",
        "Le conseil municipal a adopté mardi soir le nouveau budget après un long débat qui s'est prolongé "
        "jusqu'après minuit, selon la mairie.\n\nL'opposition estime que la hausse des impôts pénalisera les "
        "petits commerces et promet de faire campagne contre.\n",
    ),
    "es": (
        "El ayuntamiento aprueba el presupuesto tras un largo debate",
        "El ayuntamiento aprobó el martes el nuevo presupuesto tras un largo debate que se prolongó hasta "
        "pasada la medianoche, según informaron fuentes municipales.\n\nLa oposición sostuvo que la subida de "
        "impuestos perjudicará al pequeño comercio.\n",
    ),
    "pt": (
        "Câmara aprova orçamento após longo debate",
        "A câmara municipal aprovou na terça-feira o novo orçamento depois de um longo debate que se estendeu "
        "até depois da meia-noite, segundo fontes da prefeitura.\n\nA oposição afirma que o aumento de impostos "
        "vai prejudicar o pequeno comércio.\n",
    ),
}


@pytest.mark.parametrize(
    ("lang", "line", "authors"),
    [
        ("de", "Von Jana Schmidt • Aktualisiert am 19.11.2019", ["Jana Schmidt"]),
        ("de", "Text: Jana Schmidt | Fotos: Paul Weber", ["Jana Schmidt"]),
        ("fr", "Par Jeanne Dupont - Publié le 19/11/2019 à 10h00", ["Jeanne Dupont"]),
        ("es", "Ana García | Madrid", ["Ana García"]),
        ("pt", "Ana Souza, de Brasília", ["Ana Souza"]),
    ],
)
def test_world_bylines_name_the_writer(lang: str, line: str, authors: list[str]) -> None:
    title, copy = WORLD[lang]
    doc = clean_text(f"{title}\n\n{line}\n\n{copy}")
    assert line not in doc.text
    assert doc.metadata.authors == authors


def test_a_product_for_a_platform_under_the_title_is_no_writer() -> None:
    doc = clean_text(f"{TITLE}\n\nDocker Desktop for Linux\n\n{COPY}")
    assert doc.metadata.authors == []


@pytest.mark.parametrize("top", ["example.com", "www.example.co.uk", "Local News | Politics"])
def test_a_site_address_or_a_section_crumb_over_the_title_is_no_title(top: str) -> None:
    doc = clean_text(f"{top}\n\n{TITLE}\n\n{COPY}")
    assert doc.metadata.title == TITLE
    assert top not in doc.text
