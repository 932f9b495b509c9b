"""Real copy, 2026-12-06 (seventeenth session, issue 12's real outlets' templates): syndication notes
and stamps in forms outlets print that no rule read, written for the test from what the outlets
print (not taken from any data set), and look-alike sentences of the copy that must stay. Origin
and licence notes: a wire named alone as the distributor ('Distributed by The Associated Press.'),
'This article was provided by …', a licence named by its code ('CC BY-ND 4.0'), German, French,
Italian and Spanish origin and cooperation notes in more word orders; stamps: 'Artikel
veröffentlicht: …', a stamp with its wire after it ('| Quelle: dpa'). Look-alikes: 'Read the
original report and you will see …, she said.', a German note with a year and reported speech,
'Distributed by the union, the leaflet …', 'Provided by …' (kept: ScrapingHub's gold bodies keep
phys.org's 'Provided by European Space Agency')."""

from __future__ import annotations

import pytest

from cleaner import clean_text

TITLE = {
    "en": ("Water utility to raise rates as repair bill for ageing pipes climbs", "By Jane Doe"),
    "de": ("Wasserversorger erhöht die Preise wegen maroder Leitungen", "Von Max Mustermann"),
    "fr": ("Le prix de l'eau va augmenter pour financer les canalisations", "Par Marie Dupont"),
    "es": ("El precio del agua subirá para renovar las tuberías antiguas", "Por Lucía Martín"),
    "it": ("Aumenta la tariffa dell'acqua per rifare le vecchie condutture", "di Marco Rossi"),
}
BODY = {
    "en": [
        "The regional water utility said on Monday it would raise household rates by nine percent next year, "
        "blaming the rising cost of replacing pipes that were laid more than a century ago.",
        "Officials told a board meeting that nearly a third of the network had reached the end of its working "
        "life, and that leaks now waste roughly one in five litres pumped from the reservoirs.",
        "The board is expected to vote on the plan next month, after a period of public consultation that "
        "opens on Friday.",
    ],
    "de": [
        "Der regionale Wasserversorger will die Preise für Haushalte im kommenden Jahr um neun Prozent anheben "
        "und begründet dies mit den steigenden Kosten für den Austausch alter Leitungen.",
        "Fast ein Drittel des Netzes habe das Ende seiner Lebensdauer erreicht, sagten Vertreter des "
        "Unternehmens bei einer Sitzung, und Lecks verschwendeten inzwischen jeden fünften Liter.",
        "Der Vorstand soll im kommenden Monat über den Plan abstimmen, nachdem die Bürger ihre Einwände in "
        "einer öffentlichen Anhörung vorbringen konnten.",
    ],
    "fr": [
        "Le syndicat régional des eaux a annoncé lundi une hausse de neuf pour cent des tarifs l'an prochain, "
        "invoquant le coût croissant du remplacement de canalisations posées il y a plus d'un siècle.",
        "Près d'un tiers du réseau est arrivé en fin de vie, ont expliqué ses responsables lors d'une réunion, "
        "et les fuites font aujourd'hui perdre environ un litre sur cinq pompé dans les réservoirs.",
        "Le conseil doit se prononcer le mois prochain, après une consultation publique qui s'ouvre vendredi.",
    ],
    "es": [
        "La empresa regional de aguas anunció el lunes que subirá las tarifas domésticas un nueve por ciento el "
        "próximo año, por el creciente coste de sustituir tuberías instaladas hace más de un siglo.",
        "Casi un tercio de la red ha llegado al final de su vida útil, explicaron sus responsables en una "
        "reunión del consejo, y las fugas hacen perder uno de cada cinco litros bombeados.",
        "El consejo votará el plan el mes que viene, tras un periodo de consulta pública que se abre el viernes.",
    ],
    "it": [
        "L'azienda regionale dell'acqua ha annunciato lunedì un aumento del nove per cento delle tariffe "
        "domestiche per il prossimo anno, a causa dei costi crescenti per sostituire tubature molto vecchie.",
        "Quasi un terzo della rete è arrivato a fine vita, hanno spiegato i dirigenti durante una riunione del "
        "consiglio, e le perdite disperdono ormai un litro su cinque pompato dai serbatoi.",
        "Il consiglio voterà il piano il mese prossimo, dopo una consultazione pubblica che si apre venerdì.",
    ],
}


def _clean(lang: str, lines: list[str]) -> str:
    return clean_text("\n\n".join(lines) + "\n", language=lang).text


def _assert_body(lang: str, out: str) -> None:
    for paragraph in BODY[lang]:
        assert paragraph in out


NOTES = [
    ("en", "This article was provided by The Associated Press."),
    ("en", "Distributed by The Associated Press."),
    ("en", "Syndicated from example.com"),
    ("en", "This article is licensed under CC BY-ND 4.0."),
    ("en", "Licensed under CC BY-SA 4.0."),
    ("en", "This article was written by Jane Doe and originally published on Substack."),
    ("en", "Read the original article on Example Insider"),
    ("de", "Der Artikel erschien zuerst in der Süddeutschen Zeitung."),
    ("de", "Erstveröffentlichung: Example Magazin, März 2024."),
    ("de", "Der Text erscheint unter der Lizenz CC BY 4.0."),
    ("de", "Dieser Artikel ist Teil einer Kooperation mit Example."),
    ("de", "Dieser Text erscheint im Rahmen einer Kooperation mit Example."),
    ("fr", "Ce texte a été publié à l'origine sur Example."),
    ("fr", "Article publié initialement sur Example."),
    ("fr", "Cet article est publié en partenariat avec Example."),
    ("it", "Articolo pubblicato originariamente su Example."),
    ("it", "L'articolo originale è stato pubblicato su Example."),
    ("es", "Artículo publicado originalmente en Example."),
]


@pytest.mark.parametrize(("lang", "note"), NOTES)
def test_origin_and_licence_notes_at_the_end_go(lang: str, note: str) -> None:
    out = _clean(lang, [*TITLE[lang], *BODY[lang], note])
    assert note not in out
    _assert_body(lang, out)


STAMPS = [
    ("de", "Artikel veröffentlicht: 05.03.2024, 10:15 Uhr"),
    ("de", "Stand: 05.03.2024 10:15 Uhr | Quelle: dpa"),
]


@pytest.mark.parametrize(("lang", "stamp"), STAMPS)
@pytest.mark.parametrize("where", ["top", "end"])
def test_stamps_with_an_article_label_or_their_wire_go(lang: str, stamp: str, where: str) -> None:
    title, byline = TITLE[lang]
    lines = [title, byline, stamp, *BODY[lang]] if where == "top" else [title, byline, *BODY[lang], stamp]
    doc = clean_text("\n\n".join(lines) + "\n", language=lang)
    assert stamp not in doc.text
    _assert_body(lang, doc.text)
    assert doc.metadata.published is not None
    assert doc.metadata.published["iso"].startswith("2024-03-05")


LOOKALIKES = [
    ("en", "Read the original report and you will see why engineers were alarmed, she said."),
    ("en", "Distributed by the union, the leaflet urged members to strike."),
    ("en", "Provided by the state, the grant covers a third of the cost."),
    ("en", "Provided by European Space Agency"),
    (
        "de",
        "Dieser Text erschien zuerst 1998 in einer Anthologie und wurde seither oft nachgedruckt, sagte der Autor.",
    ),
    ("de", "Der Artikel erschien zuerst in der Zeitschrift Nature und löste eine heftige Debatte aus."),
    ("de", "Dieser Beitrag entstand in freundlicher Zusammenarbeit mit Example und entspricht zu 100% meiner Meinung!"),
    ("de", "Stand heute fehlen dem Versorger rund 40 Millionen Euro für die Sanierung."),
    ("fr", "Lire l'article original vous aidera à comprendre, dit-elle."),
]


@pytest.mark.parametrize(("lang", "line"), LOOKALIKES)
@pytest.mark.parametrize("where", ["middle", "end"])
def test_lookalike_sentences_stay(lang: str, line: str, where: str) -> None:
    body = BODY[lang]
    lines = [*TITLE[lang], *body[:2], line, *body[2:]] if where == "middle" else [*TITLE[lang], *body, line]
    out = _clean(lang, lines)
    assert line in out
    _assert_body(lang, out)


def test_cleaning_twice_changes_nothing() -> None:
    for lang, note in NOTES:
        once = _clean(lang, [*TITLE[lang], *BODY[lang], note])
        assert clean_text(once, language=lang).text == once


SIGNED = [
    ("en", "Jane Doe | March 5, 2024", "Jane Doe"),
    ("en", "Jane Doe — March 5, 2024", "Jane Doe"),
    ("en", "Jane Doe Tue 5 Mar 2024 10.15 GMT", "Jane Doe"),
    ("de", "Von Max Mustermann, 05.03.2024, 10:15 Uhr", "Max Mustermann"),
    ("fr", "Par Marie Dupont - Publié le 05/03/2024", "Marie Dupont"),
    ("it", "di Marco Rossi | 05 marzo 2024", "Marco Rossi"),
]


@pytest.mark.parametrize(("lang", "line", "name"), SIGNED)
@pytest.mark.parametrize("where", ["top", "end"])
def test_writer_then_date_over_or_under_the_copy_goes(lang: str, line: str, name: str, where: str) -> None:
    title = TITLE[lang][0]
    lines = [title, line, *BODY[lang]] if where == "top" else [title, *BODY[lang], line]
    doc = clean_text("\n\n".join(lines) + "\n", language=lang)
    assert line not in doc.text
    _assert_body(lang, doc.text)
    assert doc.metadata.authors == [name]
    assert doc.metadata.published["iso"].startswith("2024-03-05")
    assert clean_text(doc.text, language=lang).text == doc.text


@pytest.mark.parametrize(
    "line", ["Opening night | March 5, 2024", "Water rates | March 5, 2024", "The council met on March 5, 2024"]
)
def test_a_heading_with_a_date_is_no_signature(line: str) -> None:
    doc = clean_text("\n\n".join([TITLE["en"][0], *BODY["en"], line]) + "\n", language="en")
    assert doc.metadata.authors == []


@pytest.mark.parametrize(
    "rows",
    [
        ["Berlin Tempodrom – October 24, 2020", "Hamburg Sporthalle – October 26, 2020"],
        ["Opening night | March 5, 2024", "Jane Doe | March 7, 2024"],
    ],
)
def test_names_and_dates_on_several_lines_are_the_copy_own_list(rows: list[str]) -> None:
    out = _clean("en", [TITLE["en"][0], *BODY["en"], *rows])
    assert all(row in out for row in rows)


def test_italian_published_and_last_modified_on_one_line_goes_under_the_copy() -> None:
    line = "Pubblicato il 05/03/2024 Ultima modifica il 05/03/2024 alle ore 11:40"
    doc = clean_text("\n\n".join([TITLE["it"][0], *BODY["it"], line]) + "\n", language="it")
    assert line not in doc.text
    _assert_body("it", doc.text)
    assert doc.metadata.published["iso"].startswith("2024-03-05")
