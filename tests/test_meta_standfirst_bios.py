"""Metadata on real copy (issue 13, second round): the writer's name under the standfirst
(BYLINE-012) in several outlets' styles, and the subheads, profile subjects and speakers shaped like
names that must stay copy."""

from __future__ import annotations

import pytest

import cleaner

from .helpers import BODY, LEAD

TITLE = "Council votes to close the old bridge"
DEK = (
    "The crossing has carried commuters for ninety years. Engineers say it can no longer bear the weight "
    "of the morning traffic, and the council has run out of ways to pay for its repair."
)
DE_TITLE = "Die alte Brücke wird geschlossen"
DE_DEK = (
    "Seit neunzig Jahren tragen die Pfeiler den Pendlerverkehr. Nun sagen die Ingenieure, dass sie dem "
    "morgendlichen Verkehr nicht mehr standhalten, und der Stadt fehlt das Geld für eine Sanierung."
)
DE = [
    "Der Stadtrat hat am Dienstag über den Vorschlag beraten, mit dem die Stadt künftig ihre Straßen, "
    "Brücken und die Busse bezahlen will, die jeden Tag der Woche darauf fahren.",
    "Die Verwaltung rechnet mit Kosten von mehreren Millionen Euro, die über zehn Jahre verteilt werden "
    "sollen; die Opposition verlangt dafür eine Bürgerbefragung im kommenden Frühjahr.",
]
ES_DEK = (
    "El puente lleva noventa años sosteniendo el tránsito de la mañana. Los ingenieros advierten que ya no "
    "resiste el peso y la intendencia no tiene fondos para repararlo este año."
)
ES = [
    "El concejo se reunió el martes para estudiar la propuesta, que cambiaría la forma en que la ciudad "
    "paga sus calles, puentes y los autobuses que circulan por ellas cada día de la semana.",
    "La intendencia calcula un costo de varios millones de pesos repartidos en diez años, y la oposición "
    "pidió una consulta pública antes de que termine el próximo otoño.",
]


def _doc(lines: list[str]) -> cleaner.CleanedArticle:
    return cleaner.clean_text("\n\n".join(lines) + "\n")


@pytest.mark.parametrize(
    ("lines", "line", "names"),
    [
        # a British daily: headline, standfirst, the writer, the copy
        ([TITLE, DEK, "Hannah Whitcombe", LEAD, *BODY], "Hannah Whitcombe", ["Hannah Whitcombe"]),
        # a Swiss paper: each writer with the city they filed from
        (
            [DE_TITLE, DE_DEK, "Lukas Brandner, Zürich, Petra Vogt", *DE],
            "Lukas Brandner, Zürich, Petra Vogt",
            ["Lukas Brandner", "Petra Vogt"],
        ),
        # a kicker, the headline, the standfirst, two writers
        (
            ["Verkehr", DE_TITLE, DE_DEK, "Jonas Albrecht und Mira Seidel", *DE],
            "Jonas Albrecht",
            ["Jonas Albrecht", "Mira Seidel"],
        ),
        # an Argentine daily as a reader view dumps it: no headline, the dek, the writer, the date
        ([ES_DEK, "Mariela Quiroga", "martes, 3 de mayo de 2022", *ES], "Mariela Quiroga", ["Mariela Quiroga"]),
        # a US regional: the writer's job title on the line under the name goes with it
        ([TITLE, DEK, "Tom Hadley", "Staff Writer", LEAD, *BODY], "Staff Writer", ["Tom Hadley"]),
    ],
)
def test_name_under_the_standfirst_is_the_byline(lines, line, names):
    doc = _doc(lines)
    assert doc.metadata.authors == names
    assert line not in doc.text
    for para in lines[-2:]:
        assert para in doc.text


@pytest.mark.parametrize(
    "lines",
    [
        # a profile: the copy goes on to speak of her
        [
            TITLE,
            DEK,
            "Miriam Okafor",
            "Okafor has run the ferry service since 2011, and she says the town will cope "
            "with the closure as it coped with the floods.",
            *BODY,
        ],
        # a German subhead under the first paragraph: its words are the copy's words
        [
            DE_TITLE,
            DE_DEK,
            "Hohe Kosten",
            "Die Sanierung würde hohe Summen verschlingen, die der Haushalt nicht "
            "hergibt, sagte der Kämmerer am Dienstag vor dem Ausschuss.",
            *DE,
        ],
        # an English subhead in title case over the copy
        [
            TITLE,
            DEK,
            "Rising Costs",
            "The repair bill has kept rising since the last survey, and costs are now "
            "twice what the council set aside in the spring budget.",
            *BODY,
        ],
        # no headline: the first paragraph of copy, then a heading over more copy (no date under it)
        [DEK, "Greta Lindqvist", LEAD, *BODY],
        # subheads shaped like names all through the copy: the one under the dek is one of them
        [TITLE, DEK, "Eastern Approach", LEAD, "Western Approach", *BODY],
    ],
)
def test_name_shaped_lines_under_the_standfirst_stay_copy(lines):
    doc = _doc(lines)
    assert doc.metadata.authors == []
    assert lines[2] in doc.text
