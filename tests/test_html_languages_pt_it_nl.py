"""Portuguese, Italian and Dutch rule packs on the HTML path.

As in test_html_languages: a page in the language, real paragraphs with lines of that language's
furniture among them. The furniture goes, every paragraph stays, and ordinary sentences that open
with the same words as a prompt or a label stay too.
"""

from __future__ import annotations

import pytest

import cleaner
from cleaner import clean_html

from .helpers import article
from .test_html_languages import assert_kept, page, paragraphs

PT = [
    "A câmara municipal aprovou na terça-feira o encerramento da piscina, que será substituída por um "
    "centro aquático maior no bairro norte, com um custo de doze milhões de euros para o município.",
    "Os moradores que se opõem ao encerramento disseram que vão continuar os protestos, porque a piscina "
    "é uma das últimas ao ar livre da região e foi inaugurada em 1968, no tempo dos seus avós.",
]
IT = [
    "Il consiglio comunale ha votato martedì sera la chiusura della piscina, che sarà sostituita da un centro "
    "acquatico più grande nel quartiere nord, con un costo di dodici milioni di euro.",
    "Gli abitanti contrari alla chiusura hanno detto che continueranno a protestare, perché la piscina è una "
    "delle ultime all'aperto della regione ed è stata aperta nel 1968.",
]
NL = [
    "De gemeenteraad heeft dinsdagavond besloten het zwembad te sluiten. Het wordt vervangen door een groter "
    "zwemcentrum in de noordelijke wijk, dat de gemeente twaalf miljoen euro gaat kosten.",
    "Bewoners die tegen de sluiting zijn, zeggen dat ze blijven protesteren, omdat het een van de laatste "
    "openluchtbaden in de regio is. Het bad werd in 1968 geopend en is nog altijd druk bezocht.",
]

FURNITURE = {
    "pt": (
        PT,
        [
            ("Subscreva a nossa newsletter e receba as principais notícias do dia.", "PROMPT-801"),
            ("Leia também: Governo anuncia novas medidas para conter a inflação", "RELATED-802"),
            ("O seu endereço de email não será publicado. Campos obrigatórios marcados com *", "CRUMB-802"),
            ("Tempo de leitura: 2 minutos", "CRUMB-801"),
            ("Este site utiliza cookies para melhorar a sua experiência de navegação.", "FOOTER-802"),
        ],
    ),
    "it": (
        IT,
        [
            ("Iscriviti alla nostra newsletter per ricevere le notizie del giorno.", "PROMPT-831"),
            ("Leggi anche: Il governo approva il decreto sulle bollette", "RELATED-832"),
            (
                "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *",
                "CRUMB-832",
            ),
            ("Tempo di lettura: 3 minuti", "CRUMB-831"),
            ("Questo sito utilizza cookie per migliorare la tua esperienza di navigazione.", "FOOTER-832"),
        ],
    ),
    "nl": (
        NL,
        [
            ("Meld je aan voor onze nieuwsbrief en ontvang elke ochtend het belangrijkste nieuws.", "PROMPT-861"),
            ("Lees ook: Kabinet trekt twee miljard uit voor woningbouw", "RELATED-862"),
            ("Je e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd met *", "CRUMB-862"),
            ("Leestijd: 3 minuten", "CRUMB-861"),
            ("Deze website maakt gebruik van cookies om je de beste ervaring te bieden.", "FOOTER-862"),
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(FURNITURE))
def test_furniture_is_removed_by_the_language_pack_and_the_paragraphs_stay(lang):
    paras, lines = FURNITURE[lang]
    doc = clean_html(page(paragraphs(paras, *(line for line, _ in lines)), lang))
    assert doc.metadata.language == lang
    for line, _ in lines:
        assert line not in doc.text
    assert_kept(doc, paras)
    assert {rule for _, rule in lines} <= {r.rule for r in doc.removed}


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("pt", "Inscreva-se no concurso até sexta-feira, informou a prefeitura."),
        ("pt", "Faça uma doação à Cruz Vermelha para ajudar as vítimas das cheias."),
        ("pt", "Já é assinante de três jornais, disse o leitor."),
        ("it", "Abbonati in calo per la pay tv nel secondo trimestre."),
        ("it", "Scarica l'app IO per ricevere il bonus, spiega il ministero."),
        ("it", "Pubblicato in 1998 copie, il libro andò esaurito in un mese."),
        ("nl", "Word lid van de vakbond, adviseert de FNV."),
        ("nl", "Download de app van de gemeente om afval te melden, adviseert de wethouder."),
        ("nl", "De overname van het bedrijf is niet toegestaan door de toezichthouder."),
    ],
)
def test_advice_and_reporting_in_the_language_stay(lang, line):
    doc = cleaner.clean_text(article(middle=[line]), language=lang)
    assert line in doc.text


def test_page_in_a_language_without_a_pack_gets_none_of_these_phrases():
    """Swedish has no pack: Portuguese, Italian and Dutch prompts all stay on a Swedish page."""
    sv = [
        "Kommunfullmäktige beslutade på tisdagen att stänga simhallen, som ska ersättas av ett större badhus i "
        "den norra stadsdelen. Det nya badhuset kostar tolv miljoner kronor och ska vara klart om två år.",
        "De boende som är emot stängningen säger att de kommer att fortsätta protestera, eftersom det är en av "
        "de sista utomhusbaden i regionen och att den har varit öppen sedan 1968.",
    ]
    foreign = [
        "Subscreva a nossa newsletter e receba as principais notícias do dia.",
        "Iscriviti alla nostra newsletter per ricevere le notizie del giorno.",
        "Meld je aan voor onze nieuwsbrief en ontvang elke ochtend het belangrijkste nieuws.",
    ]
    doc = clean_html(page(paragraphs(sv, *foreign), "sv"))
    assert doc.metadata.language == "sv"
    for line in foreign:
        assert line in doc.text
    assert_kept(doc, sv)
