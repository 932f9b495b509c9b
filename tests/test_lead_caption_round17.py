"""The lead picture's caption and its credit printed as two paragraphs right under the byline
(CAPTION-028, CAPTION-013/033): both go to the sidecar; a short lead with no credit under it, and a
writer's outlet under the byline, stay what they are."""

from __future__ import annotations

import pytest

import cleaner

EN = [
    "Train drivers at three of the country's largest operators will walk out for 48 hours next week, "
    "the union announced on Thursday, in a dispute over pay and working hours.",
    "The operators said they were disappointed by the decision and urged the union to return to talks. "
    "Passengers have been advised to check their journeys before travelling.",
]
ES = [
    "Los sindicatos de maquinistas han convocado una huelga de 48 horas la próxima semana en protesta "
    "por los salarios y las condiciones laborales del sector ferroviario.",
    "La empresa lamentó la decisión y pidió a los sindicatos que vuelvan a la mesa de negociación. Se "
    "recomienda a los viajeros que consulten sus trayectos antes de salir.",
]
DE = [
    "Die Lokführergewerkschaft hat für die kommende Woche zu einem 48-stündigen Streik aufgerufen. "
    "Betroffen sind vor allem der Fernverkehr und zahlreiche Regionalzüge im ganzen Land.",
    "Die Bahn kritisierte den Schritt als unverhältnismäßig und forderte die Gewerkschaft auf, an den "
    "Verhandlungstisch zurückzukehren. Fahrgäste sollten ihre Reise möglichst verschieben.",
]


@pytest.mark.parametrize(
    ("head", "caption", "credit", "body"),
    [
        (
            "Rail strike set to disrupt holiday travel\n\nBy Laura Bennett",
            "Passengers wait at Waterloo station on Thursday.",
            "Photograph: Jane Doe/Getty Images",
            EN,
        ),
        (
            "Rail strike set to disrupt holiday travel\n\nBy Laura Bennett",
            "Union members vote at a meeting in London.",
            "Reuters",
            EN,
        ),
        (
            "Bahnstreik legt Fernverkehr lahm\n\nVon Anna Schmidt",
            "Reisende warten am Münchner Hauptbahnhof.",
            "Foto: Sven Hoppe/dpa",
            DE,
        ),
        (
            "La huelga de maquinistas paraliza los trenes\n\nPor Lucía Fernández",
            "Pasajeros en la estación de Atocha.",
            "EFE",
            ES,
        ),
    ],
)
def test_lead_caption_under_the_byline(head: str, caption: str, credit: str, body: list[str]) -> None:
    result = cleaner.clean_text("\n\n".join([head, caption, credit, *body]))
    assert caption not in result.text
    assert result.text.startswith(body[0])
    assert [c.text for c in result.metadata.captions] == [caption]
    assert credit.split(": ")[-1] in result.metadata.captions[0].credit


def test_a_short_lead_without_a_credit_under_it_stays() -> None:
    lead = "The rail strike is over at last."
    result = cleaner.clean_text("\n\n".join(["Rail strike ends", "By Laura Bennett", lead, *EN]))
    assert result.text.startswith(lead)


def test_the_writers_outlet_under_the_byline_is_no_picture_credit() -> None:
    result = cleaner.clean_text(
        "\n\n".join(["Rail strike set to disrupt holiday travel", "By Laura Bennett", "Reuters", *EN])
    )
    assert result.metadata.captions == []
    assert result.text.startswith(EN[0])
