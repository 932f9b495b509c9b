"""Classes found on real extractors' dumps of trafilatura-eval-dev pages (bench/evaldumps.py, tune half).

German and Spanish copy with its own furniture (inline pointers, comment gates, licence and
affiliate footers), English comment house rules and newsletter boxes; each written in the style of
the real lines, in made-up words, with the body they must not take.
"""

from __future__ import annotations

import pytest

from cleaner import clean_text

ES = [
    "La defensa de la familia de la víctima pidió a la fiscalía de la provincia la revisión de la causa, y la "
    "jueza de la sala dio a la parte un plazo de diez días para presentar las pruebas de la acusación.",
    "Durante la audiencia, el abogado de la familia señaló que la documentación de la fiscalía estaba "
    "incompleta y que la policía de la zona no había recogido a tiempo las declaraciones de los testigos.",
    "El juez fijó la próxima audiencia para el 12 de marzo, cuando la fiscalía deberá presentar a la sala "
    "los informes de la autopsia y las grabaciones de las cámaras de la calle.",
]
DE = [
    "Der Gemeinderat hat am Dienstag nach einer langen Debatte den neuen Haushalt beschlossen, die bis spät "
    "in die Nacht dauerte. Mit dem Plan werden Schulen, Straßen und eine neue Bibliothek finanziert.",
    "Die Gegner argumentierten, dass die Steuererhöhung den kleinen Betrieben schaden werde, und kündigten "
    "Widerstand an. Die Bürgermeisterin sagte, sie sei zuversichtlich, dass die Vorlage bestehe.",
    "Im nächsten Monat soll der Rat auch über die Sanierung des Hallenbads abstimmen, die seit Jahren "
    "verschoben wird. Die Kosten werden auf rund zwölf Millionen Euro geschätzt.",
]
EN = [
    "The council voted on Tuesday to approve the new budget after a long debate that ran late into the night. "
    "Members said the plan would fund schools, roads and a new library in the eastern district.",
    "Opponents argued that the tax rise would hurt small businesses, and several promised to campaign "
    "against it. The mayor said she was confident the measure would pass a second vote next month.",
    "A final vote on the harbour plan is expected in the spring, after a public consultation that opens "
    "next week and runs for six weeks, the council's planning office said.",
]


def _clean(paragraphs: list[str], lines: list[str], where: str = "middle"):
    body = paragraphs[:2] + lines + paragraphs[2:] if where == "middle" else paragraphs + lines
    doc = clean_text("\n\n".join(body) + "\n")
    removed = {" ".join(r.text.split()): r.rule for r in doc.removed}
    for paragraph in paragraphs:
        assert paragraph in doc.text, paragraph[:40]
    return doc, removed


def test_spanish_copy_dense_in_shared_function_words_gets_the_spanish_pointers_removed():
    """'de la' is Romanian too: the copy was once told Romanian and kept every Spanish pointer."""
    lines = ["VEA TAMBIÉN: Estudiantes denuncian aulas sin techo en el oeste del país"]
    doc, removed = _clean(ES, lines)
    assert doc.to_sidecar()["language"] == "es"
    assert removed[lines[0]].startswith("RELATED-")


@pytest.mark.parametrize(
    "line",
    [
        "Lea más: El diputado propone legalizar la venta de cannabis medicinal",
        "Lea: El consejo permanente aborda este miércoles la confiscación de sus oficinas",
        "LE PUEDE INTERESAR: La ficha del expresidente en la corte de Nueva York",
        "MIRA: Una madre acude a preguntar por su hijo y termina detenida",
    ],
)
def test_spanish_inline_pointers_to_other_stories_go(line):
    _, removed = _clean(ES, [line])
    assert removed[line].startswith("RELATED-")


def test_a_spanish_sentence_that_opens_with_mira_stays():
    line = "Mira, no tengo nada que esconder, dijo el alcalde a los periodistas a la salida de la sala."
    doc, _ = _clean(ES, [line])
    assert line in doc.text


@pytest.mark.parametrize(
    ("line", "family"),
    [
        ("Nur angemeldete Benutzer können kommentieren und bewerten.", "crumb"),
        ("Sie müssen sich einloggen, um sich an einer Diskussion beteiligen zu können.", "prompt"),
        ("Neueste Kommentare", "crumb"),
        ("Zurück zur Startseite", "crumb"),
        ("Auch lesen: Diese drei Pflanzen überstehen jeden Frost", "related"),
        ("Das Thema könnte dich auch interessieren:", "related"),
        ("Mit unserem Newsletter verpassen Sie keine Meldung mehr", "prompt"),
        ("Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-SA-4.0. Die Fotos dürfen nicht verwendet werden.",
         "footer"),
        ("Letzte Aktualisierung am 2.02.2022 / Bei den Verlinkungen handelt es sich um Affiliate Links / "
         "Bilder von der Amazon Product Advertising API", "footer"),
    ],
)
def test_german_page_furniture_goes(line, family):
    doc, _ = _clean(DE, [line], where="end")
    hits = [r for r in doc.removed if " ".join(r.text.split()) == line]
    assert hits and hits[0].family == family, (line, [(r.rule, r.text) for r in doc.removed])


@pytest.mark.parametrize(
    "line",
    [
        "- Please understand that comments are moderated and it is not always possible to publish every one.",
        "- We ask that comments are civil and free of libellous material. Please stick to the topic.",
        "Only registered users can comment.",
        "ReplyDelete",
        "Latest comments",
        "Back to homepage",
        "Sign up to get the best content of the week, and great deals, as picked by the editors.",
        "We want to hear what you think about this article. Submit a letter to the editor at letters@example.com.",
        "Example Gamer Newsletter",
        "Last update on 2023-05-14 / Affiliate links / Images from Amazon Product Advertising API",
    ],
)
def test_english_comment_rules_newsletter_boxes_and_affiliate_footers_go(line):
    doc, removed = _clean(EN, [line], where="end")
    assert line in removed, [(r.rule, r.text) for r in doc.removed]


@pytest.mark.parametrize(
    "line",
    [
        "Only registered users can comment on the draft rules, the agency said, and the window closes on Friday.",
        "Back to the list of demands, the union said it would not budge on pay or on the new shift rota.",
        "We welcome comments from the minister, the council said in a statement on its plans for the harbour.",
    ],
)
def test_news_sentences_that_begin_like_comment_furniture_stay(line):
    doc, _ = _clean(EN, [line])
    assert line in doc.text


def test_a_list_a_sentence_announces_stays_though_its_items_read_as_headlines():
    lines = [
        "And here are the places from the video:",
        "The Glass Biosphere",
        "Take the tram from the main station to the Bird Park stop",
        "The Crash Room",
        "Three minutes from the East Cross station",
        "Base Jumping Tower",
        "Two minutes from Alexander Square",
    ]
    doc, _ = _clean(EN, lines, where="end")
    for line in lines:
        assert line in doc.text, line


def test_an_address_block_at_the_end_stays():
    lines = ["Harbour Truck Wash", "Ottostraße 14", "26899 Rhede", "Tel.: +49 4964 95816-120", "Fax: +49 4964 95816-29"]
    doc, _ = _clean(DE, lines, where="end")
    for line in lines:
        assert line in doc.text, line


def test_a_run_of_other_stories_headlines_at_the_end_still_goes():
    lines = [
        "More from the region",
        "Storm closes coastal road for a third day",
        "Ferry operator cuts winter timetable",
        "Harbour master warns of record tides",
    ]
    _, removed = _clean(EN, lines, where="end")
    assert all(line in removed for line in lines[1:]), removed


def test_a_paragraph_with_a_picture_credit_glued_to_its_end_keeps_its_text():
    paragraph = (
        "Before going to court, customers should seek advice, for example from the consumer advice centres. "
        "The supervisory authorities also take complaints about excessive prices: municipal utilities answer "
        "to the local authority, private suppliers to the competition regulator, which can order refunds, the "
        "ministry said on Monday in reply to a question from the opposition."
    )
    doc = clean_text("\n\n".join([EN[0], EN[1], paragraph + "Photo: Example Images", EN[2]]) + "\n")
    assert paragraph in doc.text
    assert "Example Images" not in doc.text
    assert [r.rule for r in doc.removed] == ["CAPTION-026"]
    assert clean_text(doc.text).text == doc.text


def test_a_long_caption_whose_credit_is_set_off_by_a_space_is_still_a_caption():
    caption = (
        "Pittsburgh Penguins goaltender Jane Doe stops a shot during the second period of an NHL hockey game "
        "against the New York Islanders in Pittsburgh, Tuesday, Nov. 19, 2019. The Islanders won 5-4 after a "
        "shootout. (AP Photo/John Roe)"
    )
    doc = clean_text("\n\n".join([EN[0], EN[1], caption, EN[2]]) + "\n")
    assert "Islanders won" not in doc.text
