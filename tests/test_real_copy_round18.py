"""Real outlets' templates, round 18 (issue 12): self-promotion questions, read-on and donation asks,
tag lists at the top and between paragraphs, desk lines with their stamps, The Conversation's
disclosure block, related headers over dates, wire picture credits and page furniture, as news sites
in seven languages print them; planted at the top, in the middle and at the end of articles written
for the test, with body sentences that share their words, which stay. Copy written for the test."""

from __future__ import annotations

import pytest

from cleaner import clean_text

ARTICLES = {
    "en": (
        "Museum reopens after two-year restoration",
        "By Helen Carter",
        [
            "The city's natural history museum reopened its doors on Saturday after a restoration that took "
            "two years and cost about 40 million pounds, the trust that runs it said.",
            "Visitors queued from early morning to see the restored whale skeleton, which now hangs from the "
            "ceiling of the main hall after decades in storage.",
            "The trust said the work had been paid for largely by private donors and a grant from the "
            "lottery fund, with the council contributing a smaller share.",
            "Entry remains free, although the museum will charge for two temporary exhibitions that open in "
            "the spring.",
        ],
    ),
    "de": (
        "Museum öffnet nach zwei Jahren Sanierung",
        "Von Jonas Weber",
        [
            "Das Naturkundemuseum der Stadt hat am Samstag nach einer zweijährigen Sanierung wieder "
            "geöffnet. Die Arbeiten kosteten nach Angaben der Stiftung rund 40 Millionen Euro.",
            "Schon am frühen Morgen bildeten sich lange Schlangen vor dem Eingang, wo das restaurierte "
            "Walskelett nun in der großen Halle von der Decke hängt.",
            "Bezahlt wurde die Sanierung vor allem von privaten Spendern und mit Mitteln des Landes, die "
            "Stadt steuerte einen kleineren Teil bei.",
            "Der Eintritt bleibt frei, für zwei Sonderausstellungen im Frühjahr wird das Museum jedoch "
            "Eintritt verlangen.",
        ],
    ),
    "fr": (
        "Le muséum rouvre après deux ans de travaux",
        "Par Julie Moreau",
        [
            "Le muséum d'histoire naturelle de la ville a rouvert ses portes samedi après deux ans de "
            "travaux, pour un coût d'environ 40 millions d'euros selon la fondation qui le gère.",
            "Dès le matin, les visiteurs faisaient la queue pour admirer le squelette de baleine restauré, "
            "désormais suspendu au plafond de la grande salle.",
            "Les travaux ont été financés surtout par des mécènes privés et par une subvention de la "
            "région, la ville prenant en charge une part plus modeste.",
            "L'entrée reste gratuite, mais deux expositions temporaires seront payantes au printemps.",
        ],
    ),
    "es": (
        "El museo reabre tras dos años de obras",
        "Por Carmen Ruiz",
        [
            "El museo de ciencias naturales de la ciudad reabrió sus puertas el sábado tras dos años de "
            "obras, con un coste de unos 40 millones de euros según la fundación que lo gestiona.",
            "Desde primera hora de la mañana se formaron largas colas para ver el esqueleto de ballena "
            "restaurado, que ahora cuelga del techo de la sala principal.",
            "Las obras se financiaron sobre todo con donaciones privadas y una subvención del gobierno "
            "regional, mientras que el ayuntamiento aportó una parte menor.",
            "La entrada sigue siendo gratuita, aunque dos exposiciones temporales serán de pago en primavera.",
        ],
    ),
    "it": (
        "Il museo riapre dopo due anni di lavori",
        "di Giulia Conti",
        [
            "Il museo di storia naturale della città ha riaperto sabato dopo due anni di lavori, costati "
            "circa 40 milioni di euro secondo la fondazione che lo gestisce.",
            "Fin dal mattino si sono formate lunghe code per vedere lo scheletro di balena restaurato, che "
            "ora pende dal soffitto della sala principale.",
            "I lavori sono stati finanziati soprattutto da donatori privati e da un contributo della "
            "regione, mentre il comune ha coperto una quota minore.",
            "L'ingresso resta gratuito, ma due mostre temporanee saranno a pagamento in primavera.",
        ],
    ),
    "nl": (
        "Museum weer open na twee jaar verbouwing",
        "Door Sanne Bakker",
        [
            "Het natuurhistorisch museum van de stad is zaterdag na een verbouwing van twee jaar weer "
            "opengegaan. De werkzaamheden kostten volgens de stichting ongeveer 40 miljoen euro.",
            "Al vroeg in de ochtend stonden bezoekers in de rij om het gerestaureerde walvisskelet te zien, "
            "dat nu aan het plafond van de grote zaal hangt.",
            "De verbouwing werd vooral betaald door particuliere schenkers en met een subsidie van de "
            "provincie, de gemeente droeg een kleiner deel bij.",
            "De toegang blijft gratis, maar voor twee tijdelijke tentoonstellingen in het voorjaar moet "
            "worden betaald.",
        ],
    ),
    "pt": (
        "Museu reabre após dois anos de obras",
        "Por Rita Costa",
        [
            "O museu de história natural da cidade reabriu no sábado depois de dois anos de obras, que "
            "custaram cerca de 40 milhões de euros, segundo a fundação que o gere.",
            "Desde manhã cedo formaram-se longas filas para ver o esqueleto de baleia restaurado, que agora "
            "está suspenso do teto da sala principal.",
            "As obras foram pagas sobretudo por doadores privados e por um apoio do governo regional, "
            "cabendo à câmara uma parte menor.",
            "A entrada continua gratuita, mas duas exposições temporárias serão pagas na primavera.",
        ],
    ),
}

POSITIONS = ("top", "middle", "end")


def _article(lang: str, planted: list[str], where: str) -> tuple[str, list[str]]:
    title, byline, paras = ARTICLES[lang]
    body = list(paras)
    at = {"top": 0, "middle": 2, "end": len(body)}[where]
    body[at:at] = planted
    return "\n\n".join([title, byline, *body]) + "\n", paras


def _lines(text: str) -> set[str]:
    return {" ".join(line.split()) for line in text.splitlines() if line.strip()}


def _check_removed(lang: str, junk: str, where: str) -> None:
    raw, paras = _article(lang, junk.split("\n"), where)
    out = clean_text(raw).text
    lines = _lines(out)
    kept = [line for line in junk.split("\n") if " ".join(line.split()) in lines]
    assert not kept, (where, kept)
    for para in paras:
        assert para in out, (where, para[:40])


def _check_kept(lang: str, copy: str, where: str) -> None:
    raw, paras = _article(lang, copy.split("\n"), where)
    out = " ".join(clean_text(raw).text.split())
    for para in [*copy.split("\n"), *paras]:
        assert " ".join(para.split()) in out, (where, para[:60])


# -- reader appeals: questions about the outlet's own offer, read-on and donation asks -------------

APPEALS = [
    ("de", "Kennt ihr schon unseren Podcast?"),
    ("de", "Kennen Sie schon unseren Newsletter?"),
    ("de", "Schon unseren WhatsApp-Kanal abonniert?"),
    ("de", "Noch kein Abo?"),
    ("de", "Sie sind bereits Abonnent? Hier anmelden"),
    ("fr", "Connaissez-vous notre newsletter ?"),
    ("fr", "Vous n'êtes pas encore abonné ?"),
    ("es", "¿Conoces nuestro pódcast?"),
    ("es", "¿Ya tienes una cuenta? Inicia sesión"),
    ("it", "Conosci la nostra newsletter?"),
    ("it", "Hai già un account? Accedi"),
    ("nl", "Ken je onze podcast al?"),
    ("pt", "Conhece a nossa newsletter?"),
    ("pt", "Já tem conta? Entre"),
    ("en", "Have you listened to our daily podcast?"),
    ("en", "Want to keep reading? Subscribe now."),
    ("de", "Sie möchten weiterlesen? Jetzt registrieren."),
    ("fr", "Vous souhaitez lire la suite ? Abonnez-vous."),
    ("es", "¿Quieres seguir leyendo? Suscríbete."),
    ("it", "Vuoi continuare a leggere? Abbonati."),
    ("nl", "Wil je verder lezen? Word abonnee."),
    ("pt", "Quer continuar a ler? Assine já."),
    ("en", "Make a one-time or monthly gift today."),
    ("en", "Give once or give monthly."),
    ("de", "Jetzt einmalig oder monatlich unterstützen."),
    ("fr", "Soutenez-nous : faites un don ponctuel ou mensuel."),
    ("es", "Haz un donativo único o mensual."),
]

APPEAL_LOOKALIKES = [
    ("en", '"Have you heard the news?" she asked reporters as she left the building.'),
    ("en", "Already a subscriber for ten years, Mr Hale said he would cancel his contract."),
    ("en", "The podcast, which launched in 2019, has been downloaded more than a million times, the company said."),
    ("de", "„Kennen Sie schon die neuen Regeln?“, fragte der Minister die Abgeordneten."),
    ("de", "Kennen Sie schon die neue Verordnung? Viele Unternehmer nicht, sagt der Verband."),
    ("de", "Der Podcast der Stadtwerke erreichte nach Angaben des Unternehmens rund 20.000 Hörer."),
    ("en", "Donations can be made once or monthly, the charity said in a statement on Monday."),
    ("en", '"Make a one-time gift and you will get nothing," the union leader told members.'),
    ("fr", "L'association appelle à faire un don pour reconstruire l'école, selon son président."),
    ("en", "Want to keep reading the minutes? The council publishes them online every month."),
]


@pytest.mark.parametrize("where", POSITIONS)
@pytest.mark.parametrize(("lang", "junk"), APPEALS)
def test_reader_appeal_goes(lang: str, junk: str, where: str) -> None:
    _check_removed(lang, junk, where)


@pytest.mark.parametrize("where", POSITIONS)
@pytest.mark.parametrize(("lang", "copy"), APPEAL_LOOKALIKES)
def test_appeal_lookalike_stays(lang: str, copy: str, where: str) -> None:
    _check_kept(lang, copy, where)


# -- tag lists at the top and between paragraphs --------------------------------------------------

TAGS = [
    ("en", "Topics\nMuseums\nNatural history\nCulture"),
    ("de", "Themen\nMuseum\nKultur\nSanierung"),
    ("fr", "Sujets associés\nMusées\nCulture\nPatrimoine"),
    ("es", "Etiquetas\nMuseos\nCultura\nPatrimonio"),
    ("pt", "Tags\nMuseus\nCultura"),
    ("fr", "Sujets : Musées, Culture, Patrimoine"),
    ("nl", "Onderwerpen: Musea, Cultuur, Erfgoed"),
]

TAG_LOOKALIKES = [
    ("en", "Topics discussed at the reopening included funding, access and the future of the collection."),
    ("en", "Topics: the director listed funding, access and conservation as priorities for the year ahead."),
    ("de", "Themen wie Eintrittspreise und Öffnungszeiten bestimmten die Debatte im Stadtrat."),
    ("fr", "Les sujets abordés lors de l'inauguration incluaient le financement et l'accès."),
]


@pytest.mark.parametrize("where", POSITIONS)
@pytest.mark.parametrize(("lang", "junk"), TAGS)
def test_tag_list_goes(lang: str, junk: str, where: str) -> None:
    _check_removed(lang, junk, where)


@pytest.mark.parametrize("where", POSITIONS)
@pytest.mark.parametrize(("lang", "copy"), TAG_LOOKALIKES)
def test_tag_lookalike_stays(lang: str, copy: str, where: str) -> None:
    _check_kept(lang, copy, where)


def test_subhead_over_copy_under_a_tags_word_stays() -> None:
    """A single subhead under 'Themes' is a section of the story, not a tag list (CRUMB-019 wants two)."""
    title, byline, paras = ARTICLES["en"]
    raw = "\n\n".join([title, byline, paras[0], "Topics", "The whale", *paras[1:]]) + "\n"
    out = clean_text(raw).text
    assert "The whale" in out


# -- a desk line with its stamp; The Conversation's disclosure block -------------------------------


@pytest.mark.parametrize("where", POSITIONS)
@pytest.mark.parametrize(
    "junk",
    [
        "Edited By: Jane Doe | Updated: Mar 5, 2024, 10:15 IST",
        "Curated By: Ankita Rao | Last Updated: March 05, 2024, 10:15 IST",
        "Written by Priya Sharma | Edited by Rahul Verma | Updated: March 5, 2024 10:15 IST",
        "Edited by Anna Smith | Published: 05 Mar 2024, 10:15 AM",
    ],
)
def test_desk_line_with_stamp_goes(junk: str, where: str) -> None:
    _check_removed("en", junk, where)


def test_desk_line_gives_editor_and_date() -> None:
    raw, _ = _article("en", ["Edited By: Jane Doe | Updated: Mar 5, 2024, 10:15 IST"], "top")
    sidecar = clean_text(raw).to_sidecar()
    meta = sidecar.get("metadata", sidecar)
    assert meta["credits"]["editing"] == ["Jane Doe"]
    assert meta["updated"]["iso"] == "2024-03-05T10:15"


@pytest.mark.parametrize(
    "copy",
    [
        "The exhibition, curated by Jane Doe, opens on March 5, 2024 and runs until the summer.",
        "Edited by the former director, the catalogue collects letters written between 1940 and 1945.",
    ],
)
def test_desk_lookalike_stays(copy: str) -> None:
    for where in POSITIONS:
        _check_kept("en", copy, where)


DISCLOSURES = [
    "Disclosure statement\nJane Doe receives funding from the Australian Research Council. She is a member "
    "of the Greens.\nPartners\nUniversity of Melbourne provides funding as a founding partner of The "
    "Conversation AU.",
    "Disclosure statement\nJohn Smith has received funding from the Wellcome Trust.",
    "The Conversation UK receives funding from these organisations\nView the full list",
]


@pytest.mark.parametrize("where", POSITIONS)
@pytest.mark.parametrize("junk", DISCLOSURES)
def test_disclosure_block_goes(junk: str, where: str) -> None:
    _check_removed("en", junk, where)


@pytest.mark.parametrize(
    "copy",
    [
        "The disclosure statement filed with the court lists assets of $2 million, the lawyer said.",
        "The researchers receive funding from the Australian Research Council, the university said.",
        "Disclosure statement\nThe museum's board will publish its accounts in the spring, its chairman said "
        "on Saturday after the reopening.",
    ],
)
def test_disclosure_lookalike_stays(copy: str) -> None:
    for where in ("top", "middle"):
        _check_kept("en", copy.split("\n")[-1], where)
    raw, _paras = _article("en", copy.split("\n"), "middle")
    out = clean_text(raw).text
    assert copy.split("\n")[-1] in out


# -- page furniture: old-article notices, topic buttons, audio players, advert markers, consent ----

FURNITURE = [
    ("en", "This story is more than 3 years old"),
    ("de", "Dieser Artikel ist älter als ein Jahr."),
    ("fr", "Cet article date de plus de deux ans."),
    ("nl", "Dit artikel is meer dan een jaar oud."),
    ("es", "Este artículo tiene más de dos años"),
    ("de", "Thema folgen"),
    ("fr", "Suivre ce sujet"),
    ("nl", "Volg dit onderwerp"),
    ("en", "00:00 / 04:32"),
    ("en", "Playback speed"),
    ("de", "Audio-Version anhören"),
    ("pt", "Ouvir o artigo"),
    ("fr", "L'article continue ci-dessous"),
    ("de", "Der Artikel wird unter der Anzeige fortgesetzt"),
    ("it", "L'articolo continua dopo la pubblicità"),
    ("nl", "Het artikel gaat verder na de advertentie"),
    ("de", "Alle akzeptieren"),
    ("fr", "Tout refuser"),
    ("es", "Rechazar todo"),
    ("de", "Jetzt unserem WhatsApp-Kanal folgen!"),
    ("es", "Únete a nuestro canal de WhatsApp"),
    ("nl", "Volg ons WhatsApp-kanaal"),
    ("en", "Not a member yet? Join today."),
    ("es", "¿Aún no eres suscriptor?"),
    ("it", "Non sei ancora abbonato?"),
    ("fr", "Vous n'avez pas encore de compte ?"),
]

FURNITURE_LOOKALIKES = [
    ("de", "Der Artikel ist älter als ein Jahr, sagte der Anwalt vor Gericht."),
    ("de", "Dem Thema folgen inzwischen auch andere Städte, etwa Köln und München."),
    ("en", "The museum opens at 10:00 and closes at 17:30 on weekdays, the trust said."),
    ("de", "Vorlesen ist für Kinder wichtig, sagt die Museumspädagogin."),
    ("fr", "L'article continue de susciter des débats au conseil municipal, selon le maire."),
    ("en", "Accept all the terms, the lawyer told his client before the hearing."),
    ("de", "Die Stadt bietet einen WhatsApp-Kanal für Warnungen an, teilte die Feuerwehr mit."),
    ("de", "Noch kein Abo? Das sei kein Problem, sagte der Vereinspräsident."),
    ("es", "¿Ya eres mayor de edad? Entonces puedes votar, recordó el ministerio."),
    ("en", "Are you already a member? the club secretary asked each caller."),
]


@pytest.mark.parametrize("where", POSITIONS)
@pytest.mark.parametrize(("lang", "junk"), FURNITURE)
def test_furniture_goes(lang: str, junk: str, where: str) -> None:
    _check_removed(lang, junk, where)


@pytest.mark.parametrize("where", POSITIONS)
@pytest.mark.parametrize(("lang", "copy"), FURNITURE_LOOKALIKES)
def test_furniture_lookalike_stays(lang: str, copy: str, where: str) -> None:
    _check_kept(lang, copy, where)


# -- related headers over the teasers' dates; wire picture credits ---------------------------------


@pytest.mark.parametrize(
    ("lang", "junk"),
    [
        ("de", "Empfohlene Beiträge\n05.03.2024\n04.03.2024\n03.03.2024"),
        ("en", "Recommended\nMarch 5, 2024\nMarch 4, 2024\nMarch 3, 2024"),
        ("fr", "À lire aussi\n05/03/2024\n04/03/2024"),
    ],
)
def test_related_header_over_dates_goes(lang: str, junk: str) -> None:
    _check_removed(lang, junk, "middle")


def test_one_date_under_a_header_stays() -> None:
    """A live blog's first entry: one date under 'Latest updates', then its prose."""
    title, byline, paras = ARTICLES["en"]
    raw = "\n\n".join([title, byline, paras[0], "Latest updates", "March 5, 2024", *paras[1:]]) + "\n"
    out = clean_text(raw).text
    for para in paras:
        assert para in out


@pytest.mark.parametrize(
    ("lang", "junk"),
    [
        ("fr", "BELGA PHOTO DIRK WAEM"),
        ("de", "TT Nyhetsbyrån"),
        ("de", "Ritzau Scanpix"),
        ("nl", "Foto: ANP"),
        ("de", "KEYSTONE/Michael Buholzer"),
    ],
)
def test_wire_picture_credit_between_paragraphs_goes(lang: str, junk: str) -> None:
    """The credit under its caption, between paragraphs: both go to the sidecar, the copy stays. (A
    paragraph of one sentence of at most 35 words right over a lone credit is read as its caption,
    CAPTION-028: the test's caption is the picture's own.)"""
    raw, paras = _article(lang, ["Das Walskelett in der großen Halle.", junk], "middle")
    doc = clean_text(raw)
    assert junk not in _lines(doc.text)
    for para in paras:
        assert para in doc.text


@pytest.mark.parametrize(
    ("lang", "copy"),
    [
        ("en", "Photo agencies such as ANP and Belga have cut staff, the union said on Monday."),
        ("de", "Die APA berichtete am Montag, der Direktor sei zurückgetreten."),
        ("es", "Según informó EFE, el director dimitió el lunes."),
    ],
)
def test_wire_lookalike_stays(lang: str, copy: str) -> None:
    for where in POSITIONS:
        _check_kept(lang, copy, where)


# -- meta fields on the stamp's line; an aggregator's disclaimer ----------------------------------


@pytest.mark.parametrize("where", POSITIONS)
@pytest.mark.parametrize(
    "junk",
    [
        "World News | Press Trust of India | Updated: March 05, 2024 10:15 am IST",
        "TOI News Desk | TIMESOFINDIA.COM | Updated: Mar 5, 2024, 10:15 IST",
        "Disclaimer: This story is auto-aggregated by a computer program and has not been created or edited "
        "by Example Headlines.",
    ],
)
def test_meta_stamp_and_aggregator_note_go(junk: str, where: str) -> None:
    _check_removed("en", junk, where)


def test_meta_stamp_gives_the_date() -> None:
    raw, _ = _article("en", ["World News | Press Trust of India | Updated: March 05, 2024 10:15 am IST"], "top")
    sidecar = clean_text(raw).to_sidecar()
    meta = sidecar.get("metadata", sidecar)
    assert meta["updated"]["iso"].startswith("2024-03-05")


@pytest.mark.parametrize(
    "copy",
    [
        "Opening night | March 5, 2024",
        "The programme was aggregated by a computer program, the researchers said in their paper.",
    ],
)
def test_meta_stamp_lookalike_stays(copy: str) -> None:
    _check_kept("en", copy, "middle")


# -- a caption whose credit follows a closing quote or a bare © sign -------------------------------


@pytest.mark.parametrize(
    "junk",
    [
        "Besucher vor dem Museum: »Endlich wieder offen« Foto: Jane Doe / dpa",
        "Besucher vor dem Museum: „Endlich wieder offen“ Foto: Jane Doe / dpa",
        "Bundesministerin Jane Doe nahm an der Eröffnung des Museums teil © Example Ministerium",
    ],
)
def test_caption_with_credit_after_quote_or_sign_goes(junk: str) -> None:
    raw, paras = _article("de", [junk], "top")
    doc = clean_text(raw)
    assert junk not in _lines(doc.text)
    assert doc.metadata.captions
    for para in paras:
        assert para in doc.text


def test_source_fields_with_a_sign_are_no_caption() -> None:
    """'1.12.2022 | Quelle: … | site © Verlag' is the page's source line: the footer pass reads its date."""
    line = "05.03.2024 | Quelle: Stadtmuseum | museum.example © Example Verlag GmbH"
    raw, _ = _article("de", [line], "end")
    doc = clean_text(raw)
    assert not any(c.credit and "Example Verlag" in c.credit for c in doc.metadata.captions)


def test_signed_stamp_still_names_the_writer() -> None:
    """'Jane Doe | Updated: …' is the writer's stamp (TIMESTAMP-012), not a line of meta fields."""
    title, _, paras = ARTICLES["en"]
    raw = "\n\n".join([title, *paras, "Jane Doe | Updated: March 5, 2024"]) + "\n"
    sidecar = clean_text(raw).to_sidecar()
    meta = sidecar.get("metadata", sidecar)
    assert meta["authors"] == ["Jane Doe"]
