"""Rule packs by language on the HTML path, and the structural shapes added with them.

Each page is built here: real paragraphs in one language with one or two lines of that language's
furniture among them. The furniture goes; every paragraph stays. A page in a language without a
pack keeps the same kind of line, since no phrase rule of another language may apply to it.
"""

from __future__ import annotations

import cleaner
from cleaner import clean_html

from .helpers import BODY, LEAD, article


def page(body: str, lang: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><title>T</title></head><body><article>{body}</article></body></html>'
    )


ES = [
    "El ayuntamiento aprobó el martes el cierre de la piscina municipal, que será sustituida por un centro "
    "acuático más grande en el barrio norte, con un coste de doce millones de euros.",
    "Los vecinos que se oponen al cierre dijeron que seguirán con las protestas, porque la piscina es una de "
    "las últimas al aire libre de la región y fue inaugurada en 1968.",
]
FR = [
    "Le conseil municipal a voté mardi soir la fermeture de la piscine, qui sera remplacée par un centre "
    "aquatique plus grand dans le quartier nord, pour un coût de douze millions d'euros.",
    "Les habitants opposés à la fermeture ont dit qu'ils continueraient à se battre pour la vieille piscine, "
    "ouverte en 1968 et l'une des dernières piscines en plein air de la région.",
]
PL = [
    "Rada miasta we wtorek zdecydowała o zamknięciu basenu miejskiego, który ma zostać zastąpiony przez "
    "większe centrum wodne w północnej dzielnicy, za dwanaście milionów złotych.",
    "Mieszkańcy, którzy nie zgadzają się z tą decyzją, zapowiedzieli dalsze protesty, bo to jeden z ostatnich "
    "odkrytych basenów w regionie i działa od 1968 roku.",
]
IT = [
    "Il consiglio comunale ha votato martedì sera la chiusura della piscina, che sarà sostituita da un centro "
    "acquatico più grande nel quartiere nord, con un costo di dodici milioni di euro.",
    "Gli abitanti contrari alla chiusura hanno detto che continueranno a protestare, perché la piscina è una "
    "delle ultime all'aperto della regione ed è stata aperta nel 1968.",
]


def paragraphs(paras: list[str], *lines: str) -> str:
    return f"<p>{paras[0]}</p>" + "".join(f"<p>{line}</p>" for line in lines) + f"<p>{paras[1]}</p>"


def assert_kept(doc: cleaner.CleanedArticle, paras: list[str]) -> None:
    for para in paras:
        assert para in doc.text


def test_spanish_prompt_and_pointer_are_removed_and_the_paragraphs_stay():
    prompt = "Suscríbete a nuestro boletín y recibe las noticias más importantes del día."
    pointer = "Lee también: El Gobierno anuncia nuevas medidas económicas"
    doc = clean_html(page(paragraphs(ES, prompt, pointer), "es"))
    assert doc.metadata.language == "es"
    assert prompt not in doc.text and pointer not in doc.text
    assert_kept(doc, ES)
    assert {"PROMPT-201", "RELATED-202"} <= {r.rule for r in doc.removed}


def test_french_prompt_and_pointer_are_removed_and_the_paragraphs_stay():
    prompt = "Abonnez-vous à notre newsletter pour recevoir l'essentiel de l'actualité."
    pointer = "À lire aussi : La réforme des retraites adoptée au Sénat"
    doc = clean_html(page(paragraphs(FR, prompt, pointer), "fr"))
    assert doc.metadata.language == "fr"
    assert prompt not in doc.text and pointer not in doc.text
    assert_kept(doc, FR)


def test_polish_donation_appeal_is_removed_and_the_paragraphs_stay():
    prompt = "Czytasz nasz portal codziennie? Wesprzyj nas darowizną lub przekaż nam 1% podatku."
    doc = clean_html(page(paragraphs(PL, prompt), "pl"))
    assert doc.metadata.language == "pl"
    assert prompt not in doc.text
    assert_kept(doc, PL)


def test_page_in_a_language_without_a_pack_gets_no_other_languages_phrases():
    """Packs are per language: a Spanish-worded prompt and an English one both stay on an Italian page."""
    spanish = "Suscríbete a nuestro boletín y recibe las noticias más importantes del día."
    english = "Sign up for our newsletter to get the best stories delivered to your inbox."
    doc = clean_html(page(paragraphs(IT, spanish, english), "it"))
    assert doc.metadata.language == "it"
    assert spanish in doc.text and english in doc.text
    assert_kept(doc, IT)


def test_table_row_label_is_judged_by_its_one_filled_cell():
    row = "| Kommentare insgesamt: 0 | |"
    data = "| Kommentare | 12 |"  # a row of data: two filled cells, not a label
    doc = cleaner.clean_text(article(middle=[row, data]), language="de")
    assert row not in doc.text and data in doc.text


def test_known_header_with_nothing_listed_under_it_goes():
    top = "Weitere Artikel zum Thema"  # above any prose: never the article's own subhead
    empty = "Mehr zum Thema"  # right before another known header: an empty module
    doc = cleaner.clean_text(article(top=[top], middle=[empty, "Meistgelesen"]), language="de")
    kept = doc.text.split("\n\n")
    assert top not in kept and empty not in kept
    for para in (LEAD, *BODY):
        assert para in doc.text


def test_long_line_of_furniture_named_by_a_rule_goes_past_the_label_limit():
    warning = (
        "Strict Standards: Declaration of Walker_Page::start_lvl() should be compatible with "
        "Walker::start_lvl($output) in /www/htdocs/site/wp-includes/classes.php on line 594"
    )
    assert len(warning.split()) > 12
    doc = cleaner.clean_text(article(middle=[warning]))
    assert warning not in doc.text
    assert [r.rule for r in doc.removed if r.family == "crumb"] == ["CRUMB-002"]


def test_timestamp_line_inside_a_paragraph_goes_but_a_dated_sentence_stays():
    de = [
        "Die Bürgerinitiative hat am Mittwoch mehr als zweitausend Unterschriften gegen die geplante Schließung "
        "des Freibads übergeben. Der Gemeinderat will im März über die Zukunft des Bades beraten.",
        "Nach Angaben der Verwaltung würde eine Sanierung rund vier Millionen Euro kosten, mehr als die Gemeinde "
        "bis 2028 für alle ihre Sportstätten zusammen eingeplant hat.",
    ]
    body = f"<p>Freibad bleibt offen<br>24. März 2004, 19:49 | Redaktion</p><p>{de[0]}</p><p>{de[1]}</p>"
    doc = clean_html(page(body, "de"))
    assert "19:49" not in doc.text
    assert_kept(doc, de)
    # the same line in plain text is left alone: there a date line may be the article's own
    plain = cleaner.clean_text(article(middle=["24. März 2004, 19:49 | Redaktion"]), language="de")
    assert "24. März 2004, 19:49 | Redaktion" in plain.text
