"""Real copy, 2026-12-04 (fourth session): what the dumps of trafilatura-eval-dev's tune sites showed.
A lead paragraph or a letter's salutation under the title was lifted as a subtitle; a section trail
ending in the page's headline, gallery and enlarge controls, 'no comments' lines, German link texts
and donation asks were kept. (German link texts, 'Hier geht es zur …', stay: trafilatura-eval's
labels call them body on one site and furniture on another.) Written in the style of the real lines, with
made-up names and copy; a look-alike beside each class."""

from __future__ import annotations

import pytest

from cleaner import clean_text

from .test_real_copy_round5 import DE, EN, ES
from .test_real_copy_round6 import FR as _FR
from .test_real_copy_round6 import _clean as _planted

FR = [
    *_FR,
    "Un vote final sur le projet du port est attendu au printemps, après une consultation publique qui s'ouvre "
    "la semaine prochaine et durera six semaines, selon la mairie.",
]

IT = [
    "Il consiglio comunale ha approvato martedì sera il nuovo bilancio dopo un lungo dibattito che si è protratto "
    "fino a notte fonda. Il piano finanzierà scuole, strade e una nuova biblioteca.",
    "Gli oppositori hanno sostenuto che l'aumento delle tasse danneggerà le piccole imprese e hanno promesso di fare "
    "campagna contro. La sindaca si è detta fiduciosa nel voto del mese prossimo.",
    "Un voto finale sul progetto del porto è atteso in primavera, dopo una consultazione pubblica che si apre la "
    "settimana prossima e durerà sei settimane, secondo il comune.",
]
PT = [
    "A câmara municipal aprovou na terça-feira à noite o novo orçamento depois de um longo debate que se prolongou "
    "pela madrugada. O plano vai financiar escolas, estradas e uma nova biblioteca.",
    "Os opositores disseram que o aumento de impostos vai prejudicar as pequenas empresas e prometeram fazer "
    "campanha contra. A prefeita disse estar confiante na votação do próximo mês.",
    "Uma votação final sobre o projeto do porto é esperada na primavera, depois de uma consulta pública que começa "
    "na próxima semana e vai durar seis semanas, segundo a prefeitura.",
]


def _clean(body: list[str], line: str, where: str):
    """The line planted in ``body``'s copy, in the middle or at the end (round 6's helper)."""
    return _planted(line, where, body)


def _goes(body: list[str], line: str, where: str, rule: str) -> None:
    """The planted line goes, and ``rule`` is among the rules that took it."""
    doc = _clean(body, line, where)
    assert line not in doc.text
    assert any(r.rule == rule for r in doc.removed)


@pytest.mark.parametrize(
    "lead",
    [
        # a German lead of two sentences: its nouns keep their capitals ('Luftverschmutzung. Aber')
        "Eines der größten Probleme der Stadt ist der Verkehrslärm. Aber woher kommt er eigentlich genau?",
        # a letter's salutation, clause after clause
        "Liebe Leserinnen und Leser, in Hamburg, Bremen, Kiel oder wo auch immer Ihr wohnt!",
    ],
)
def test_a_lead_under_the_title_is_not_a_subtitle(lead: str) -> None:
    text = "Woher kommt der Lärm in der Stadt?\n\n" + lead + "\n\n" + "\n\n".join(DE) + "\n"
    doc = clean_text(text)
    assert doc.metadata.title == "Woher kommt der Lärm in der Stadt?"
    assert lead in doc.text
    assert not any(r.rule == "HEADLINE-004" for r in doc.removed)
    assert clean_text(doc.text).text == doc.text, "cleaning the clean text changes nothing"


def test_a_standfirst_under_the_title_is_still_the_subtitle() -> None:
    text = (
        "Harbour plan wins first vote\n\nCouncillors back a £40m rebuild of the sea wall\n\n" + "\n\n".join(EN) + "\n"
    )
    doc = clean_text(text)
    assert doc.metadata.subtitle == "Councillors back a £40m rebuild of the sea wall"


def test_a_german_headline_with_an_exclamation_inside_stays_a_headline() -> None:
    text = "Horror-Fund! Wanderer entdeckt Höhle voller Knochen\n\n" + "\n\n".join(DE) + "\n"
    assert clean_text(text).metadata.title == "Horror-Fund! Wanderer entdeckt Höhle voller Knochen"


def test_a_trail_that_ends_in_the_headline_goes() -> None:
    line = "Startseite › Politik › Ausland › Warum die Wahl in Frankreich für Europa so wichtig ist?"
    doc = _clean(DE, line, "middle")
    assert line not in doc.text
    assert any(r.rule == "CRUMB-004" for r in doc.removed)


def test_a_route_in_a_sentence_is_no_trail() -> None:
    line = "The new line runs Paris › Lyon › Marseille, the operator said, and opens in the spring of next year."
    doc = _clean(EN, line, "middle")
    assert line in doc.text


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Keine Kommentare zu „Ein Wochenende in Lissabon“", "CRUMB-101"),
        ("Bild anzeigen Bild schließen", "CRUMB-101"),
        ("Zum Vergrößern bitte anklicken", "CRUMB-101"),
        ("Jede kleine Spende hilft den Familien in Not!", "PROMPT-106"),
        ("Jetzt spenden!", "PROMPT-106"),
    ],
)
@pytest.mark.parametrize("where", ["middle", "end"])
def test_german_page_lines_go(line: str, rule: str, where: str) -> None:
    _goes(DE, line, where, rule)


@pytest.mark.parametrize(
    "line",
    [
        "Hier geht es zum vollständigen Interview",  # link text: one corpus's labels call it body, another's not
        "Jede Spende wird geprüft, bevor sie weitergeleitet wird, erklärte der Verein am Montag.",
        "Unterstützen Sie uns, rief die Bürgermeisterin den Gästen beim Empfang im Rathaus zu.",
    ],
)
def test_german_look_alikes_stay(line: str) -> None:
    assert line in _clean(DE, line, "middle").text


@pytest.mark.parametrize(
    "line", ["Click image to enlarge", "Tap to expand", "No comments yet", "Be the first to comment"]
)
def test_english_gallery_and_comment_controls_go(line: str) -> None:
    doc = _clean(EN, line, "middle")
    assert line not in doc.text
    assert any(r.rule == "CRUMB-131" for r in doc.removed)


def test_a_sentence_with_no_comments_yet_stays() -> None:
    line = "No comments yet from the ministry, which has been asked twice for a response, officials said."
    assert line in _clean(EN, line, "middle").text


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "Example Now Grenada is not responsible for the opinions, statements or media content presented by "
            "contributors. In case of abuse, click here to report.",
            "FOOTER-117",
        ),
        ("Opinions expressed by contributors are their own.", "FOOTER-117"),
        ("The Daily Example is not responsible for the content of external sites.", "FOOTER-117"),
        ("Posted on March 5, 2024 by admin", "TIMESTAMP-012"),
        ("Print Friendly, PDF & Email", "CRUMB-012"),
    ],
)
def test_blog_and_disclaimer_furniture_goes(line: str, rule: str) -> None:
    _goes(EN, line, "end", rule)


@pytest.mark.parametrize(
    "line",
    [
        "The airline said it is not responsible for the opinions of its former pilots, a spokesman told reporters.",
        "The vote was set for March 5, 2024 by default, after the committee failed to agree on a date.",
        "Post Office",
    ],
)
def test_disclaimer_and_stamp_look_alikes_stay(line: str) -> None:
    assert line in _clean(EN, line, "middle").text


@pytest.mark.parametrize(
    ("body", "line", "rule"),
    [
        (EN, "Shop now", "CRUMB-131"),
        (EN, "Buy it now on Amazon", "CRUMB-131"),
        (EN, "Visit our online store", "CRUMB-131"),
        (EN, "Prices correct at time of publication.", "FOOTER-118"),
        (DE, "Jetzt neu! Besuchen Sie unseren Fan-Shop!", "CRUMB-101"),
        (DE, "Jetzt kaufen", "CRUMB-101"),
    ],
)
def test_shop_buttons_go(body: list[str], line: str, rule: str) -> None:
    _goes(body, line, "middle", rule)


def test_buy_now_pay_later_in_a_sentence_stays() -> None:
    line = "Buy now, pay later schemes have drawn the regulator's attention, the report said on Monday."
    assert line in _clean(EN, line, "middle").text


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Dieser Artikel erschien zuerst bei Zeit Online.", "Zeit Online"),
        ("Cet article a été initialement publié sur The Conversation.", "The Conversation"),
        ("Article publié initialement dans Le Monde.", "Le Monde"),
        ("Este artículo se publicó originalmente en El País.", "El País"),
        ("Questo articolo è stato pubblicato originariamente su The Conversation.", "The Conversation"),
        ("Este artigo foi publicado originalmente no The Conversation.", "The Conversation"),
        ("Dit artikel verscheen eerder op NOS.nl", "NOS.nl"),
    ],
)
def test_origin_notes_in_six_languages_name_the_original_publisher(line: str, source: str) -> None:
    doc = clean_text("\n\n".join([*DE, line]) + "\n")
    assert doc.metadata.original_publisher == source
    assert doc.metadata.republisher is None


@pytest.mark.parametrize(
    ("body", "line"), [(DE, "Artikel verschenken"), (FR, "Offrir cet article"), (ES, "Regala este artículo")]
)
def test_gift_article_buttons_go(body: list[str], line: str) -> None:
    doc = _clean(body, line, "end")
    assert line not in doc.text


@pytest.mark.parametrize(
    ("body", "line", "rule"),
    [
        (ES, "Imagen: Getty Images", "CAPTION-013"),
        (FR, "Crédit : Thomas Samson / AFP", "CAPTION-013"),
        (FR, "Photographie : Jean Dupont pour Le Monde", "CAPTION-013"),
        (FR, "Il vous reste 75% de cet article à lire.", "PROMPT-301"),
        (FR, "Le Figaro avec AFP", "FOOTER-012"),
        (EN, "The Local with AFP", "FOOTER-012"),
        (PT, "(Com agências internacionais)", "FOOTER-012"),
        (IT, "Abbonati per leggere tutti gli articoli", "PROMPT-831"),
    ],
)
def test_credits_paywalls_and_source_lines_of_other_languages_go(body: list[str], line: str, rule: str) -> None:
    _goes(body, line, "end", rule)


@pytest.mark.parametrize("line", ["She went with AFP", "The Local with friends"])
def test_a_name_with_something_else_is_no_source_line(line: str) -> None:
    assert line in _clean(EN, line, "end").text


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("See all topics", "CRUMB-012"),
        ("Please use Chrome browser for a more accessible video player", "CRUMB-131"),
        ("Listen · 4:12 min", "CRUMB-131"),
        ("Please enter email address to continue", "CRUMB-131"),
        ("Join our commenting forum", "PROMPT-130"),
        ("Have a tip? Send it to tips@example.com", "PROMPT-130"),
        ("Thanks for reading CBS NEWS.", "PROMPT-130"),
        ("Create your free account or log in for more features.", "PROMPT-130"),
        ("Contact Jane Doe at jane.doe@example.com", "CREDITS-012"),
        ("Credit...Jane Doe for The New York Times", "CAPTION-013"),
    ],
)
def test_large_outlets_page_lines_go(line: str, rule: str) -> None:
    _goes(EN, line, "end", rule)


def test_a_glued_times_credit_splits_from_its_caption() -> None:
    caption = "Protesters gathered outside the parliament in Tbilisi on Tuesday."
    doc = _clean(EN, caption + "Credit...Jane Doe for The New York Times", "middle")
    assert [(c.text, c.photographer) for c in doc.metadata.captions] == [(caption, "Jane Doe")]


@pytest.mark.parametrize(
    "line",
    [
        "Thanks for reading the report so carefully, the judge told the lawyers before adjourning.",
        "Contact the council at info@example.gov before Friday, the notice said.",
    ],
)
def test_outlet_look_alikes_stay(line: str) -> None:
    assert line in _clean(EN, line, "end").text


def test_an_author_box_in_german_goes_to_credits_and_names_the_author() -> None:
    box = [
        "Jule Roeder",
        "300 posts",
        "Jule Roeder studierte Sportwissenschaften, bevor sie als Volontärin nach Hamburg zog. In ihrer Freizeit "
        "findet man sie oft im Schwimmbecken.",
    ]
    doc = clean_text("\n\n".join([*DE, *box]) + "\n")
    assert doc.text.strip().endswith(DE[-1])
    assert doc.metadata.authors == ["Jule Roeder"]
    assert {r.rule for r in doc.removed} == {"CREDITS-014"}


def test_a_picture_of_the_storys_subject_over_its_paragraph_is_no_author_box() -> None:
    # the boxer the story is about, captioned with his name, over the paragraph about him; the story goes on
    story = [
        "Der Mittelgewichtler Tom Kessler steigt am Samstag in Cardiff wieder in den Ring, gegen Landsmann Ben Marsh.",
        "Dem Duell ist ein langer Streit in den sozialen Netzwerken vorausgegangen, sagen beide Lager.",
        "Ben Marsh",
        "Ben Marsh stand im April des letzten Jahres gegen den Weltmeister im Ring und kam über die volle Distanz.",
        "Mit einem Sieg über Marsh hofft Kessler auf eine WM-Chance in naher Zukunft, sagte sein Trainer.",
    ]
    doc = clean_text("\n\n".join(story) + "\n")
    for para in story[1:]:
        assert para in doc.text
    assert "CREDITS-014" not in {r.rule for r in doc.removed}


def test_a_german_byline_with_durch() -> None:
    doc = clean_text("KI in China: Wie das Gesundheitswesen sich wandelt\n\ndurch Yu Chen\n\n" + "\n\n".join(DE) + "\n")
    assert doc.metadata.authors == ["Yu Chen"]


@pytest.mark.parametrize(
    "line",
    [
        "… we have a small favour to ask. Millions are turning to the Example for open, independent news every day.",
        "Support the Example Gazette",
    ],
)
def test_support_and_follow_asks_go(line: str) -> None:
    doc = _clean(EN, line, "end")
    assert line not in doc.text
    assert any(r.rule in ("PROMPT-115", "PROMPT-130") for r in doc.removed)


@pytest.mark.parametrize(
    "line",
    [
        "Support the Troops Act passed the Senate on Tuesday by a wide margin, officials said.",
        "Follow the money, the prosecutor told the jury, and you will find the answer.",
    ],
)
def test_support_and_follow_look_alikes_stay(line: str) -> None:
    assert line in _clean(EN, line, "middle").text


def test_a_follow_line_naming_the_outlets_networks_stays() -> None:
    # the dev gold keeps 'Follow NBC Latino on Facebook, Twitter and Instagram.' as text (textset-dev's
    # accuracy fell from 0.980 to 0.971 when a rule took it): a choice on record, like origin notes
    line = "Follow Example Latino on Facebook, Twitter and Instagram."
    assert line in _clean(EN, line, "end").text


HEADLINES = [
    "Afghan woman politician sees peace talks as only hope",
    "Young people must be heard, says UN envoy",
    "Neighbours invite Afghan officials for two-day talks",
]


@pytest.mark.parametrize("header", ["More:", "Read more:"])
def test_a_bare_more_header_goes_with_its_headlines(header: str) -> None:
    doc = clean_text("\n\n".join([EN[0], EN[1], header, *HEADLINES, EN[2]]) + "\n")
    for para in EN:
        assert para in doc.text
    for line in [header, *HEADLINES]:
        assert line not in doc.text
    assert {r.rule for r in doc.removed} == {"RELATED-010"}


def test_a_bare_more_alone_is_still_a_control_word() -> None:
    doc = _clean(EN, "More:", "middle")
    assert "More:" not in doc.text


def test_a_title_over_a_paragraph_that_introduces_a_list_is_lifted() -> None:
    text = (
        "Make your harbour walk shine this spring\n\n"
        "Spring is the time to clean up the harbour front, and the council has asked residents for help "
        "with the work. Here are a few tips to get the most out of the day:\n\n"
        "1. Bring gloves: the council hands out bags but not gloves.\n\n"
        "2. Start early: the tide turns at noon.\n"
    )
    doc = clean_text(text)
    assert doc.metadata.title == "Make your harbour walk shine this spring"
    assert doc.text.startswith("Spring is the time")
    assert clean_text(doc.text).text == doc.text


@pytest.mark.parametrize(
    "line", ["Posted on", "11.09.2011, 16:20 von jovelstefan", "Posted on March 5, 2024 by editor_22"]
)
def test_dangling_labels_and_stamps_signed_by_an_account_go(line: str) -> None:
    doc = clean_text("\n\n".join([line, *DE]) + "\n")
    assert line not in doc.text
    assert doc.metadata.title is None and doc.metadata.authors == []


@pytest.mark.parametrize("line", ["Jane Doe | March 5, 2024", "March 5, 2024 | Jane Doe", "Jane Doe, March 5, 2024"])
def test_a_name_beside_the_storys_date_is_the_byline(line: str) -> None:
    doc = clean_text("Harbour plan wins first vote\n\n" + line + "\n\n" + "\n\n".join(EN) + "\n")
    assert doc.metadata.title == "Harbour plan wins first vote"
    assert doc.metadata.authors == ["Jane Doe"]
    assert doc.metadata.published is not None and doc.metadata.published["iso"] == "2024-03-05"
    assert line not in doc.text


@pytest.mark.parametrize("line", ["Last Updated: 5th March, 2024 15:14 IST", "Modified date: March 5, 2024"])
def test_stamps_with_ordinals_and_date_labels_go(line: str) -> None:
    doc = _clean(EN, line, "end")
    assert line not in doc.text


def test_an_old_article_notice_goes() -> None:
    doc = _clean(EN, "This article was published more than 2 years ago", "end")
    assert "published more than" not in doc.text


SCENE = "Protesters march through the capital on Tuesday."


@pytest.mark.parametrize(
    ("credit", "photographer"),
    [
        ("Pic: Jane Doe", "Jane Doe"),
        ("Photo / Jane Doe", "Jane Doe"),
        ("Photo / NZME", None),
        ("© Jane Doe", "Jane Doe"),
        ("(PA)", None),
        ("Getty", None),
        ("ANI Photo", None),
        ("(Photo: PTI)", None),
        ("Photo courtesy of the family", None),
    ],
)
def test_caption_credits_of_more_outlets(credit: str, photographer: str | None) -> None:
    doc = _clean(EN, f"{SCENE} {credit}", "middle")
    assert SCENE not in doc.text
    (cap,) = doc.metadata.captions
    assert cap.text.startswith(SCENE.rstrip("."))
    if photographer:
        assert cap.photographer == photographer


def test_a_wire_sign_off_closing_a_paragraph_is_no_picture_credit() -> None:
    line = (
        "On October 18, more than 300 travellers were sent back by the border authorities for entering "
        "the country without papers. PTI"
    )
    doc = _clean(EN, line, "middle")
    assert line in doc.text and not doc.metadata.captions


def test_a_credits_line_filed_for_an_outlet_and_spliced_by_a_republisher() -> None:
    doc = clean_text("\n\n".join([*EN, "Reporting by Jane Doe for RockedBuzz via Reuters; Editing by John Roe"]) + "\n")
    assert doc.text.strip().endswith(EN[-1])
    assert doc.metadata.credits.reporting == ["Jane Doe"] and doc.metadata.credits.editing == ["John Roe"]
    assert doc.metadata.republisher == "RockedBuzz"


def test_syndicated_from_names_the_original_publisher() -> None:
    doc = clean_text("\n\n".join([*EN, "Syndicated from Reuters"]) + "\n")
    assert doc.metadata.original_publisher == "Reuters"


@pytest.mark.parametrize(
    ("body", "line"),
    [
        (EN, "What do you think? Join the conversation below."),
        (EN, "We respect your privacy. Unsubscribe at any time."),
        (DE, "Testen Sie jetzt 30 Tage kostenlos"),
        (DE, "Alle Artikel für 0,99 € im ersten Monat lesen"),
        (DE, "Mit dem Newsletter keine Nachricht mehr verpassen"),
        (DE, "Unsere App jetzt kostenlos herunterladen"),
        (DE, "Melden Sie sich hier an, um den Artikel zu kommentieren."),
        (DE, "Wie finden Sie diesen Artikel?"),
        (FR, "Lire la suite pour 1€"),
        (FR, "Connectez-vous pour lire la suite"),
        (FR, "Essayez gratuitement pendant 30 jours"),
        (FR, "Cet article vous a plu ? Partagez-le !"),
        (ES, "Sigue leyendo con tu suscripción"),
        (ES, "Prueba gratis durante un mes"),
        (ES, "Recibe cada mañana nuestro boletín"),
        (ES, "¿Te ha gustado este artículo? Compártelo"),
        (ES, "Inicia sesión para comentar"),
    ],
)
def test_reader_prompts_in_unseen_wordings_go(body: list[str], line: str) -> None:
    doc = _clean(body, line, "end")
    assert line not in doc.text
    assert any(r.family == "prompt" for r in doc.removed)


@pytest.mark.parametrize(
    ("body", "line"),
    [
        (DE, "Testen Sie jetzt, ob Ihr Keller feucht ist, rät der Verband, bevor der Winter kommt."),
        (DE, "Unsere App jetzt kostenlos herunterladen, warb die Firma auf Plakaten, doch kaum jemand tat es."),
        (FR, "Essayez gratuitement le nouveau service, a lancé le ministre devant les députés mardi soir."),
        (ES, "Prueba gratis el nuevo servicio, dijo el ministro a los diputados el martes por la noche."),
        (ES, "La empresa recibe cada mañana el boletín oficial del Estado, explicó su portavoz."),
    ],
)
def test_reported_offers_stay(body: list[str], line: str) -> None:
    assert line in _clean(body, line, "middle").text


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Doe in Kyiv and John Roe in Moscow", ["Jane Doe", "John Roe"]),
        ("Written by: Jane Doe", ["Jane Doe"]),
        ("Author: Jane Doe", ["Jane Doe"]),
        ("Words: Jane Doe", ["Jane Doe"]),
        ("By Dr. Jane Doe", ["Jane Doe"]),
        ("Autor: Die Redaktion", []),
    ],
)
def test_more_byline_forms(line: str, authors: list[str]) -> None:
    doc = clean_text("Harbour plan wins first vote\n\n" + line + "\n\n" + "\n\n".join(EN) + "\n")
    assert doc.metadata.authors == authors
    assert line not in doc.text


@pytest.mark.parametrize(
    ("body", "line", "role", "name"),
    [
        (EN, "Illustrations by John Roe", "illustrations", "John Roe"),
        (EN, "Interactive by John Roe", "interactive", "John Roe"),
        (ES, "Colaboró: Juan Pérez", "reporting", "Juan Pérez"),
        (ES, "Redacción: Juan Pérez", "writing", "Juan Pérez"),
        (PT, "Reportagem: João Silva", "reporting", "João Silva"),
        (PT, "Edição: Pedro Lima", "editing", "Pedro Lima"),
        (DE, "Recherche: Max Muster", "recherche", "Max Muster"),
    ],
)
def test_credit_roles_of_more_desks_and_languages(body: list[str], line: str, role: str, name: str) -> None:
    doc = _clean(body, line, "end")
    assert line not in doc.text
    credits = doc.metadata.credits
    got = getattr(credits, role) if role in ("reporting", "writing", "editing") else credits.other[role]
    assert got == [name]


@pytest.mark.parametrize(
    "line",
    [
        "The museum was designed by Jane Doe, the city said.",
        "Design by committee rarely works, the architect said on Monday.",
    ],
)
def test_role_words_in_sentences_stay(line: str) -> None:
    assert line in _clean(EN, line, "end").text


def test_portuguese_source_line_goes() -> None:
    doc = _clean(PT, "Com informações da Reuters", "end")
    assert "Com informações" not in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "Example News is part of Example Media Group. Registered in England and Wales No. 1234567.",
        "The Example Times is a member of the Independent Press Standards Organisation (IPSO).",
        "Our journalism is supported by readers like you.",
        "Example News is a nonprofit newsroom. We rely on donations.",
        "Sitemap",
    ],
)
def test_publishers_footers_and_asks_go(line: str) -> None:
    assert line not in _clean(EN, line, "end").text


def test_a_company_registered_in_england_in_a_sentence_stays() -> None:
    line = "The firm, registered in England and Wales, denied wrongdoing in a statement on Monday, its lawyers said."
    assert line in _clean(EN, line, "end").text


@pytest.mark.parametrize(
    ("top", "label"),
    [
        ("WATCH: Harbour plan wins first vote", "WATCH"),
        ("Opinion | Harbour plan wins first vote", "Opinion"),
        ("Politics | Elections\n\nHarbour plan wins first vote", None),
    ],
)
def test_titles_under_slugs_and_section_crumbs(top: str, label: str | None) -> None:
    doc = clean_text(top + "\n\nBy Jane Doe\n\n" + "\n\n".join(EN) + "\n")
    assert doc.metadata.title == "Harbour plan wins first vote"
    assert doc.metadata.label == label
    assert doc.metadata.authors == ["Jane Doe"]


def test_a_watch_pointer_inside_the_story_still_goes() -> None:
    line = "WATCH: Harbour plan wins first vote"
    doc = _clean(EN, line, "middle")
    assert line not in doc.text and any(r.rule == "RELATED-001" for r in doc.removed)


@pytest.mark.parametrize(
    "line",
    ["Text size A A A", "Open navigation menu", "Sign in", "Play", "Unmute", "Reply", "Like", "Listen (3 min)"],
)
def test_player_comment_and_menu_controls_go(line: str) -> None:
    assert line not in _clean(EN, line, "middle").text


@pytest.mark.parametrize("line", ["Play it again", "Sign here, please", "Now", "A"])
def test_short_lines_that_are_not_only_controls_stay(line: str) -> None:
    assert line in _clean(EN, line, "middle").text


@pytest.mark.parametrize(
    ("body", "line"),
    [
        (DE, "Per WhatsApp teilen"),
        (DE, "Video abspielen"),
        (DE, "Zum Inhalt springen"),
        (DE, "Menü"),
        (FR, "Lire plus tard"),
        (FR, "Voir les commentaires"),
        (FR, "Aller au contenu"),
        (ES, "Ver comentarios"),
        (ES, "Iniciar sesión"),
    ],
)
def test_page_controls_of_other_languages_go(body: list[str], line: str) -> None:
    assert line not in _clean(body, line, "middle").text


def test_an_outlet_signing_with_the_date_is_no_subtitle_and_gives_the_date() -> None:
    text = "Harbour plan wins first vote\n\nWritten by Example Today on November 7, 2023\n\n" + "\n\n".join(EN) + "\n"
    doc = clean_text(text)
    assert doc.metadata.authors == [] and doc.metadata.subtitle is None
    assert doc.metadata.published["iso"] == "2023-11-07"
    assert any(r.rule == "BYLINE-001" for r in doc.removed)


@pytest.mark.parametrize(
    "line",
    [
        "Written by Vince Gilligan, the series ran for five seasons and won 16 Emmy awards.",
        "The jury heard that the defendant had written “all rights reserved” on copies of the manuscripts "
        "before selling them online, prosecutors said.",
    ],
)
def test_body_sentences_from_a_probe_bank_written_by_someone_else_stay(line: str) -> None:
    # both were lost before this session (CREDITS-001 took a sentence whose 'names' were a clause;
    # FOOTER-002 took a quoted 'all rights reserved' mid-sentence)
    for where in ("middle", "end"):
        assert line in _clean(EN, line, where).text
