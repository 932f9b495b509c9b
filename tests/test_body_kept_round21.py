"""Body the title pass took, 2026-12-06 (round 21). On the tune half of the trafilatura-eval dumps
three shapes of copy were lifted as the title or as a second headline (subtitle) and so left the
text: a press release's or a speech's opening whose dateline is a place and a full date before a
dash ('Bern, 17.08.2007 - Rede von …'), an essay's epigraph that cites its source with a footnote
mark ('“…, die wir nicht nutzen.”1'), and a press release's points printed over its copy with
their bullets lost (three headline-shaped lines, then the story). Each stays now; a headline over
such copy, a headline with its dek, and a headline with a place-and-date line over it are judged
as before. Copy written for the test, in several outlets' and agencies' forms."""

from __future__ import annotations

import pytest

from cleaner import clean_text

BODY = [
    "The company said revenue rose 12 percent to 4.2 billion euros in the year to December, helped "
    "by strong demand in Asia and a weaker currency, and it raised its dividend for the third year.",
    "The shares rose 3 percent in early trading on Tuesday, while the wider market was flat.",
]
BODY_DE = [
    "Der Aufsichtsrat hat heute auf seiner ordentlichen Sitzung beschlossen, die Verträge zu verlängern "
    "und den Vorstand neu aufzustellen, wie der Verein am Dienstag in Frankfurt mitteilte.",
    "Die Entscheidung sei einstimmig gefallen, sagte der Vorsitzende des Aufsichtsrats.",
]


def _text(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# ---- a dateline of place and full date before a dash opens the copy: never a title or a dek ----

DATED_LEADS = [
    "SAN FRANCISCO, March 3, 2024 /PRNewswire/ -- Acme Corp today announced a partnership with Example Inc",
    "LONDON, 3 March 2024 – Acme Ltd today announced record annual results",
    "Frankfurt am Main, 12. März 2024 – Die Example AG hat heute ihre Zahlen vorgelegt",
    "Paris, le 4 mars 2024 - Le groupe Example annonce un nouveau directeur général",
    "Madrid, 5 de marzo de 2024 – La compañía Example presenta su nuevo plan estratégico",
    "Bern, 17.08.2007 - Rede von Bundesrat Max Muster beim Städtegipfel, Basel, 18. August 2007",
    "Hamburg, 12.03.2024 (ots) - Die Example GmbH hat heute ihre Jahreszahlen vorgelegt",
    "Graz, Steiermark, 4. März 2024 – Die Landesregierung stellt ihr neues Budget vor",
]


@pytest.mark.parametrize("lead", DATED_LEADS, ids=lambda s: s.split(",")[0])
@pytest.mark.parametrize(
    "top",
    [(), ("Acme posts record results",), ("Acme posts record results", "Share this article")],
    ids=["first-line", "under-title", "under-title-with-boilerplate"],
)
def test_dated_lead_stays_in_the_copy(lead: str, top: tuple[str, ...]) -> None:
    article = clean_text(_text(*top, lead, *BODY))
    assert lead in article.text
    assert article.metadata.title == (top[0] if top else None)
    assert article.metadata.subtitle is None
    assert "Share this article" not in article.text  # the boilerplate it sits under still goes


@pytest.mark.parametrize(
    "title",
    [
        "Paris, Texas - the town that never sleeps",  # a place named, no date: a headline
        "Brexit, 2019 - the year it all went wrong",  # a year is no full date
    ],
)
def test_headline_with_a_place_or_a_year_before_a_dash_is_still_the_title(title: str) -> None:
    article = clean_text(_text(title, "Share this article", *BODY))
    assert article.metadata.title == title
    assert title not in article.text


def test_place_and_date_line_over_a_headline_still_gives_the_headline() -> None:
    """'Bonn, 11.10.2021' alone over the headline (a press release's header) stays, and the
    headline under it is still the title: only a dateline that runs into the copy is new."""
    article = clean_text(_text("Bonn, 11.10.2021", "Stadt baut neue Radwege am Rhein", *BODY_DE))
    assert article.metadata.title == "Stadt baut neue Radwege am Rhein"
    assert "Stadt baut neue Radwege am Rhein" not in article.text


# ---- a line citing its source with a footnote mark is copy (an epigraph), never the title ----

EPIGRAPHS = [
    "“Es ist nicht zu wenig Zeit, die wir haben, sondern es ist zu viel Zeit, die wir nicht nutzen.”1",
    "„Die Grenzen meiner Sprache bedeuten die Grenzen meiner Welt.“[2]",
    '"The only thing we have to fear is fear itself."[1]',
    "«La culture, c'est ce qui demeure quand on a tout oublié.»3",
    "Time is what we want most, but what we use worst.¹",
]


@pytest.mark.parametrize("epigraph", EPIGRAPHS, ids=range(len(EPIGRAPHS)))
@pytest.mark.parametrize("boilerplate", [False, True])
def test_epigraph_with_footnote_mark_stays(epigraph: str, boilerplate: bool) -> None:
    tail = ("Share this article",) if boilerplate else ()
    article = clean_text(_text(epigraph, *BODY, *tail))
    assert epigraph in article.text
    assert article.metadata.title is None
    assert "Share this article" not in article.text


@pytest.mark.parametrize(
    "title",
    [
        "“We will not back down”: union vows to fight pay cuts",
        "‘It is a disaster’",
        "Windows 3.1 turns 30",
        "Bryan Adams and the summer of ’69",
    ],
)
def test_quoted_or_numbered_headline_is_still_the_title(title: str) -> None:
    article = clean_text(_text(title, "Share this article", *BODY))
    assert article.metadata.title == title
    assert title not in article.text


# ---- a press release's points over the copy (bullets lost) stay; a headline and its dek do not ----

POINTS = [
    (
        "Oliver Frankenbach mit Wirkung zum 1.9.2015 zum Vorstand Finanzen bestellt",
        "Axel Hellmann übernimmt die Geschäftsbereiche Marketing und Kommunikation",
        "Bruno Hübner erhält neuen Dreijahresvertrag",
        BODY_DE,
        "Teilen",
    ),
    (
        "Acme to cut 1,200 jobs in restructuring plan",
        "Chief executive to step down at the end of the year",
        "Full-year guidance lowered to 4 percent growth",
        "Dividend held at 45 cents a share",
        BODY,
        "Share this article",
    ),
]


@pytest.mark.parametrize("case", POINTS, ids=["de-club", "en-company"])
@pytest.mark.parametrize("boilerplate", [False, True])
def test_points_over_the_copy_stay(case: tuple, boilerplate: bool) -> None:
    *points, body, share = case
    head = (share,) if boilerplate else ()
    article = clean_text(_text(*head, *points, *body))
    for point in points:
        assert point in article.text
    assert article.metadata.title is None
    assert article.metadata.subtitle is None
    assert share not in article.text


def test_headline_and_dek_over_the_copy_are_still_lifted() -> None:
    title = "Turkey and Poland added to UK quarantine list"
    dek = "Penalties for those who refuse to self-isolate are to rise to a maximum of £10,000"
    article = clean_text(_text(title, dek, *BODY))
    assert article.metadata.title == title
    assert article.metadata.subtitle == dek
    assert title not in article.text and dek not in article.text


def test_headline_over_its_repeat_is_no_list_of_points() -> None:
    """A headline, the same line again (a page's title and its headline) and a dek: lines that
    repeat one another are no points; the headline is lifted as before."""
    title = "Lockdown: services may go on under strict rules"
    lines = [
        title,
        "Lockdown: services may go on under strict rules, the church says",
        "Bishops urge parishes to stay open for talks",
    ]
    article = clean_text(_text(*lines, *BODY))
    assert article.metadata.title == title


def test_headline_over_a_lead_broken_in_two_is_no_list_of_points() -> None:
    """'Nam Nghi Phu Quoc' / a dek / 'Hyatt Hotels Corporation announced the opening of' / the
    rest of the lead: a line broken off at a function word is no point."""
    lines = [
        "New resort opens on Phu Quoc island",
        "Beachfront villas with private pools and sea views",
        "Hyatt Hotels Corporation (NYSE: H) announced the opening of",
    ]
    article = clean_text(_text(*lines, *BODY))
    assert article.metadata.title == "New resort opens on Phu Quoc island"


# ---- a lead broken where a link stood ends on an article or a conjunction: never a headline ----

BROKEN_LEADS = [
    (
        "Hyatt Hotels Corporation (NYSE: H) announced the opening of",
        "Nam Nghi Phu Quoc recently as part of The Unbound Collection by Hyatt, marking the first branded "
        "property in Southeast Asia under the brand. The 114-room resort sits on a private island.",
        "Share this article",
        BODY,
    ),
    (
        "Die Bundesregierung hat am Dienstag die Eckpunkte der",
        "Kindergrundsicherung vorgestellt, die ab 2025 gelten soll. Familienministerin Lisa Paus sprach von "
        "einem großen Schritt gegen Kinderarmut in Deutschland.",
        "Teilen",
        BODY_DE,
    ),
    (
        "Le gouvernement a présenté mardi son plan pour les transports et",
        "la rénovation des logements, doté de 30 milliards d'euros sur cinq ans, a annoncé le Premier "
        "ministre lors d'une conférence de presse à Matignon.",
        "Partager",
        [
            "Les syndicats ont salué un effort important mais demandent des garanties sur le financement, "
            "a indiqué la CGT dans un communiqué publié mardi soir.",
        ],
    ),
    (
        "El Gobierno aprobó este martes la reforma de las pensiones y",
        "el nuevo sistema de cotización para autónomos, que entrará en vigor en enero, según informó la "
        "portavoz del Ejecutivo tras el Consejo de Ministros.",
        "Compartir",
        [
            "Los sindicatos celebraron el acuerdo, aunque pidieron más garantías para los trabajadores "
            "con contratos temporales, según un comunicado difundido el martes.",
        ],
    ),
]


@pytest.mark.parametrize("case", BROKEN_LEADS, ids=["en", "de", "fr", "es"])
@pytest.mark.parametrize("under_title", [False, True])
def test_lead_broken_at_a_link_stays(case: tuple, under_title: bool) -> None:
    cut, rest, share, more = case
    top = ("Example headline over the story today",) if under_title else ()
    article = clean_text(_text(*top, share, cut, rest, *more))
    assert cut in article.text
    assert article.metadata.subtitle is None
    assert share not in article.text


@pytest.mark.parametrize(
    "title",
    ["Things to look forward to", "Bird flu: why so many seabirds die", "Five albums to listen to"],
)
def test_headline_ending_on_a_preposition_or_a_verb_is_still_the_title(title: str) -> None:
    article = clean_text(_text(title, "Share this article", *BODY))
    assert article.metadata.title == title


def test_headline_byline_and_two_lines_over_the_copy_are_no_points() -> None:
    """A byline taken out between the headline and the lines under it: they do not stand together,
    so they are no list of points, and the headline is lifted as before."""
    title = "Rail strike set to disrupt Easter travel plans"
    lines = [
        title,
        "By Jane Doe",
        "Unions say talks with operators have broken down again",
        "Passengers urged to check before they travel this weekend",
    ]
    article = clean_text(_text(*lines, *BODY))
    assert article.metadata.title == title
    assert "By Jane Doe" not in article.text
