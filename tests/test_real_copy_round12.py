"""Real copy, 2026-12-05 (ninth session): standing lines of real outlets' templates that earlier
rounds missed, in English, Spanish, French and German (AP's philanthropy note, the BBC's player
notice, CNN's lite-page link, DW's newsletter pitch, The Sun's tips line, El País's follow line,
Le Monde's one-device notice and cookie refusal, SPIEGEL+'s gifted-article note), recirculation
headers, and bylines and picture credits in aggregators' and tabloids' forms ('Story by Jane Doe •
3h', 'By Jane Doe In Washington', 'Credit...Jane Doe', 'Jane Doe/Reuters' under a short paragraph).
Copy written for the test."""

from __future__ import annotations

import pytest

from cleaner import clean_text

# the same made-up copy around the lines as earlier rounds
from .test_real_copy_round5 import DE
from .test_real_copy_round7 import FR
from .test_real_copy_round11 import BODY, TITLE

ES = [
    "El ayuntamiento aprobó el martes por la noche el nuevo presupuesto tras un largo debate que se prolongó "
    "hasta la madrugada. El plan financiará escuelas, carreteras y una nueva biblioteca.",
    "Los opositores consideraron que la subida de impuestos perjudicará a los pequeños comercios y prometieron "
    "hacer campaña en contra. La alcaldesa se mostró confiada en la votación del próximo mes.",
    "Se espera una votación final sobre el proyecto del puerto en primavera, tras una consulta pública que se "
    "abre la semana próxima y durará seis semanas, según el ayuntamiento.",
]
COPY = {"en": BODY, "es": ES, "fr": FR, "de": DE}

FURNITURE = [
    (
        "en",
        "FOOTER-122",
        "Find AP's standards for working with philanthropies, a list of supporters and funded "
        "coverage areas at AP.org.",
    ),
    ("en", "CRUMB-131", "To play this video you need to enable JavaScript in your browser."),
    ("en", "CRUMB-131", "Posted in World | Tagged armenia, karabakh"),
    ("en", "CRUMB-130", "See Full Web Article"),
    ("en", "CRUMB-130", "LIVE UPDATES"),
    (
        "en",
        "PROMPT-116",
        "While you're here: Every Tuesday, DW editors round up what is happening in German "
        "politics and society. You can sign up here for the weekly email newsletter Berlin Briefing.",
    ),
    ("en", "PROMPT-130", "Got a story? Contact newsdesk@thesun.co.uk or call 0207 782 4368"),
    ("en", "FOOTER-115", 'By clicking "Accept", you agree to our use of cookies.'),
    ("en", "FOOTER-124", "Terms of Use and Privacy Policy"),
    (
        "es",
        "PROMPT-202",
        "Sigue toda la información de Internacional en Facebook y Twitter, o en nuestra newsletter semanal.",
    ),
    ("es", "CRUMB-120", "Comentar"),
    ("fr", "PROMPT-307", "Lecture du Monde en cours sur un autre appareil."),
    (
        "fr",
        "FOOTER-302",
        'Vous avez choisi de ne pas accepter le dépôt de "cookies" sur votre navigateur, qui '
        "permettent notamment d'afficher de la publicité personnalisée.",
    ),
    (
        "de",
        "PROMPT-105",
        "Dieser Artikel gehört zum Angebot von SPIEGEL+. Sie können ihn auch ohne Abonnement "
        "lesen, weil er Ihnen geschenkt wurde.",
    ),
    ("de", "PROMPT-105", "Hier können Sie unsere WELT-Podcasts hören"),
    ("en", "PROMPT-002", "Your free article limit has been reached."),
    ("en", "FOOTER-118", "Prices were accurate at the time this article was published but may change over time."),
    ("en", "FOOTER-117", "This is an opinion piece. The views expressed are those of the author."),
    (
        "en",
        "FOOTER-117",
        "Disclaimer: The views and opinions expressed in this article are the personal opinions of the author.",
    ),
    ("en", "CRUMB-001", "Suggest a correction"),
    ("en", "CRUMB-001", "Featured Video"),
    ("en", "FOOTER-124", "All market data delayed 20 minutes."),
    ("en", "FOOTER-124", "Quotes displayed in real-time or delayed by at least 15 minutes."),
    ("en", "FOOTER-124", "Market data provided by Factset."),
    ("en", "CREDITS-001", "Edited By: Jane Doe"),
    ("en", "FOOTER-122", "Support for PBS NewsHour comes from viewers like you."),
    ("en", "PROMPT-130", "Sign up for Axios AM"),
    ("en", "PROMPT-130", "Get more news like this by signing up for Axios Local."),
    ("en", "PROMPT-130", "Questions or comments? Email us at feedback@example.com"),
    ("en", "FOOTER-117", "Appeared in the November 20, 2019, print edition as 'Council Approves Budget.'"),
    ("en", "CRUMB-001", "Top of Form"),
    ("en", "CRUMB-001", "Stories continue below"),
    ("en", "CRUMB-130", "Mentioned in this article"),
    (
        "en",
        "CRUMB-132",
        "We're sorry, this feature is currently unavailable. We're working to restore it. Please try again later.",
    ),
]


@pytest.mark.parametrize("where", ["middle", "end"])
@pytest.mark.parametrize(("lang", "rule", "line"), FURNITURE)
def test_template_line_leaves_with_its_rule(lang: str, rule: str, line: str, where: str) -> None:
    body = COPY[lang]
    parts = [body[0], line, *body[1:]] if where == "middle" else [*body, line]
    doc = clean_text("\n\n".join(parts) + "\n")
    assert line not in doc.text
    assert rule in {r.rule for r in doc.removed if line.startswith(r.text.strip()[:40])}
    assert all(p in doc.text for p in body)


LOOK_ALIKES = [
    ("en", "While you're here, the guide said, look at the frescoes in the chapel before the doors close at six."),
    ("en", "Got a story idea? Contact the festival's organisers, the mayor told residents at the meeting."),
    ("en", "The terms of use and privacy policy of the app changed last year, the regulator said on Monday."),
    ("en", "Editors picked the winners from more than 300 entries, and the prize will be handed out in May."),
    ("de", "Dieser Artikel gehört zu einer Serie über die Sanierung der Schulen, die im Frühjahr begonnen hat."),
    ("en", "Prices were lower at the time the factory was built, the owner said, and the loans were cheaper."),
    ("en", "The views expressed at the meeting were mostly critical of the plan, the council's minutes show."),
    ("en", "Support for the measure comes from rural districts, where turnout is usually low, the poll found."),
    ("en", "Sign up for Medicare before the deadline in December, the agency urged older residents."),
    ("es", "Sigue la investigación sobre el incendio, que según la policía comenzó en la cocina del restaurante."),
]


@pytest.mark.parametrize(("lang", "line"), LOOK_ALIKES)
def test_copy_that_reads_like_furniture_stays(lang: str, line: str) -> None:
    body = COPY[lang]
    doc = clean_text("\n\n".join([body[0], line, *body[1:]]) + "\n")
    assert line in doc.text


@pytest.mark.parametrize(
    "header", ["Editors' Picks", "Explore more on these topics", "Recommended by Outbrain", "Content from our partners"]
)
def test_recirculation_headers_go_with_their_headlines(header: str) -> None:
    items = ["Hurricane season ends with record number of storms", "Stocks fall as investors weigh rate outlook"]
    doc = clean_text("\n\n".join([BODY[0], BODY[1], header, *items, BODY[2]]) + "\n")
    assert header not in doc.text and not any(i in doc.text for i in items)
    assert all(p in doc.text for p in BODY)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Story by Jane Doe • 3h", ["Jane Doe"]),  # MSN: the story's age beside the name
        ("By Jane Doe • 12m ago", ["Jane Doe"]),
        ("Story by Jane Doe • 3h • 4 min read", ["Jane Doe"]),
        ("By Jane Doe In Washington", ["Jane Doe"]),  # the Daily Mail capitalises 'In'
        ("By Jane Doe In Washington and John Roe In Moscow", ["Jane Doe", "John Roe"]),
        ("By Kim In Ho", ["Kim In Ho"]),  # a Korean given name is no place
        ("By Le Thi Hoa", ["Le Thi Hoa"]),  # in English copy 'Le' opens a Vietnamese name, not a paper's
    ],
)
def test_byline_forms_name_only_the_writers(line: str, authors: list[str]) -> None:
    doc = clean_text("\n\n".join([TITLE, line, *BODY]) + "\n")
    assert doc.metadata.authors == authors
    assert line not in doc.text


@pytest.mark.parametrize(
    "credit",
    [
        "Protesters march through central London on Saturday.\nJane Doe/Reuters",
        "Credit...Jane Doe for The New York Times",
    ],
)
def test_a_picture_credit_among_short_paragraphs_names_no_author(credit: str) -> None:
    """AP-style copy runs in paragraphs under 30 words, so the opening reaches down to the picture."""
    doc = clean_text("\n\n".join([TITLE, BODY[0], BODY[1], credit, BODY[2]]) + "\n")
    assert doc.metadata.authors == []
    assert all(p in doc.text for p in BODY)


def test_a_credit_label_in_capitals_stays_out_of_the_caption() -> None:
    line = "Protesters march through central London on Saturday. PHOTO: JANE DOE/REUTERS"
    doc = clean_text("\n\n".join([BODY[0], line, *BODY[1:]]) + "\n")
    (caption,) = doc.metadata.captions
    assert caption.text == "Protesters march through central London on Saturday."
    assert caption.credit == "JANE DOE/REUTERS"


def test_credits_with_a_colon_after_the_role_go_to_credits() -> None:
    doc = clean_text("\n\n".join([*BODY, "Edited By: Jane Doe"]) + "\n")
    assert doc.metadata.credits is not None and doc.metadata.credits.editing == ["Jane Doe"]
    assert "Edited By" not in doc.text


COPY_LONG = (
    "The city council approved the new budget on Tuesday night after a long debate that ran until after "
    "midnight, officials said, and the mayor promised the first payments to schools within weeks.\n\n"
    "Opponents argued that the tax increase would hurt small businesses and promised to campaign against it "
    "in the next election, which is due in the spring.\n"
)


@pytest.mark.parametrize(
    "kicker",
    [
        "Coronavirus pandemic",
        "Israel-Hamas war",
        "Election 2024",
        "ELECTION 2024",
        "US elections 2020",
        "Partner content",
    ],
)
def test_a_story_tag_over_the_headline_is_no_title(kicker: str) -> None:
    doc = clean_text(f"{kicker}\n\n{TITLE}\n\n{COPY_LONG}")
    assert doc.metadata.title == TITLE
    assert kicker not in doc.text and TITLE not in doc.text


def test_a_short_title_with_an_article_over_its_dek_stays_the_title() -> None:
    dek = "A jury in Texas weighs the fate of a former police officer"
    doc = clean_text(f"The trial\n\n{dek}\n\n{COPY_LONG}")
    assert (doc.metadata.title, doc.metadata.subtitle) == ("The trial", dek)


FR_TITLE = "Le conseil adopte le budget après un long débat"
PT_TITLE = "Câmara aprova orçamento após longo debate"
PT = [
    "A câmara municipal aprovou na terça-feira à noite o novo orçamento depois de um longo debate que se "
    "prolongou pela madrugada. O plano vai financiar escolas, estradas e uma nova biblioteca.",
    "Os opositores disseram que o aumento de impostos vai prejudicar as pequenas empresas e prometeram fazer "
    "campanha contra. A prefeita disse estar confiante na votação do próximo mês.",
]


@pytest.mark.parametrize(
    ("title", "line", "body", "authors"),
    [
        (FR_TITLE, "Par Jeanne Dupont avec AFP", FR, ["Jeanne Dupont"]),  # the wire's share after the writer
        (FR_TITLE, "Par Le Figaro avec AFP", FR, []),  # a paper named with its article is no writer
        (PT_TITLE, "Por Ana Souza*", PT, ["Ana Souza"]),  # a footnote star after an intern's name
    ],
)
def test_bylines_of_french_and_brazilian_papers(title: str, line: str, body: list[str], authors: list[str]) -> None:
    doc = clean_text("\n\n".join([title, line, *body]) + "\n")
    assert doc.metadata.authors == authors
    assert line not in doc.text and all(p in doc.text for p in body)


@pytest.mark.parametrize(
    ("body", "line", "text", "credit", "photographer"),
    [
        (
            DE,
            "Demonstranten ziehen am Samstag durch die Berliner Innenstadt. (Quelle: imago images/Anna Schmidt)",
            "Demonstranten ziehen am Samstag durch die Berliner Innenstadt.",
            "Quelle: imago images/Anna Schmidt",
            "Anna Schmidt",
        ),
        (
            PT,
            "Manifestantes percorrem o centro de São Paulo no sábado. Imagem: Reprodução/Instagram",
            "Manifestantes percorrem o centro de São Paulo no sábado.",
            "Imagem: Reprodução/Instagram",
            None,  # 'Reprodução' (a screenshot's reproduction) is nobody's name
        ),
    ],
)
def test_captions_labelled_in_german_and_portuguese(
    body: list[str], line: str, text: str, credit: str, photographer: str | None
) -> None:
    doc = clean_text("\n\n".join([body[0], line, *body[1:]]) + "\n")
    (caption,) = doc.metadata.captions
    assert (caption.text, caption.credit, caption.photographer) == (text, credit, photographer)
    assert line not in doc.text


def test_a_wire_named_as_the_source_is_no_picture_credit() -> None:
    doc = clean_text("\n\n".join(["Quelle: dpa-AFX", *DE]) + "\n")
    assert doc.metadata.captions == []


IT = [
    "Il consiglio comunale ha approvato martedì sera il nuovo bilancio dopo un lungo dibattito che si è protratto "
    "fino a notte fonda. Il piano finanzierà scuole, strade e una nuova biblioteca.",
    "Gli oppositori hanno sostenuto che l'aumento delle tasse danneggerà le piccole imprese e hanno promesso di "
    "fare campagna contro. La sindaca si è detta fiduciosa nel voto del mese prossimo.",
]


@pytest.mark.parametrize(
    ("body", "rule", "line"),
    [
        (IT, "CRUMB-126", "I commenti sono chiusi"),
        (FR, "CRUMB-126", "Les commentaires sont fermés."),
        (PT, "PROMPT-802", "Baixe o aplicativo"),
        (PT, "PROMPT-801", "Quer receber as notícias mais importantes do dia? Inscreva-se na nossa newsletter."),
    ],
)
def test_closing_lines_of_italian_french_and_brazilian_pages(body: list[str], rule: str, line: str) -> None:
    doc = clean_text("\n\n".join([*body, line]) + "\n")
    assert line not in doc.text and all(p in doc.text for p in body)
    assert rule in {r.rule for r in doc.removed}


@pytest.mark.parametrize(
    "line",
    [
        "Posted by Jane Doe on Tuesday, November 19, 2019 at 10:02 AM",  # a weekday opens the date
        "By Jane Doe on Tuesday, November 19, 2019",
        "Author: Jane Doe | Date: 19 Nov 2019",  # the stamp's own label after the separator
    ],
)
def test_a_byline_with_the_date_after_it_names_the_writer(line: str) -> None:
    doc = clean_text("\n\n".join([TITLE, line, *BODY]) + "\n")
    assert doc.metadata.authors == ["Jane Doe"]
    assert line not in doc.text and doc.metadata.captions == []
