"""Captions and credits, 2026-12-05 (round 16): a credit naming only an agency's picture service
('(AP Photo)') has no photographer, one naming a person after it ('AP Photo/Jane Doe') does; an
Italian contributor note ('… ha contribuito a questo articolo.') goes to credits. Copy written for the
test."""

from __future__ import annotations

import pytest

from cleaner import clean_text

BODY = [
    "The council voted on Tuesday to approve a new budget for the coming year, after a debate that ran late "
    "into the night and drew dozens of residents to the chamber.",
    "Members said the plan would fund more buses and repair roads across the city, while keeping taxes flat "
    "for most households next year.",
]


@pytest.mark.parametrize(
    ("line", "photographer"),
    [
        ("Residents queued outside the town hall on Tuesday. (AP Photo)", None),
        ("Residents queued outside the town hall on Tuesday. (AP Photo/Jane Doe)", "Jane Doe"),
        ("Residents queued outside the town hall on Tuesday. Photo: Jane Doe/AP", "Jane Doe"),
    ],
)
def test_agency_service_is_no_photographer(line: str, photographer: str | None) -> None:
    article = clean_text("\n\n".join([BODY[0], line, BODY[1]]) + "\n")
    captions = article.to_sidecar()["captions"]
    assert [c["text"] for c in captions] == ["Residents queued outside the town hall on Tuesday."]
    assert captions[0]["photographer"] == photographer
    assert line not in article.text


@pytest.mark.parametrize(
    "line",
    [
        "Marco Rossi ha contribuito a questo articolo.",
        "Marco Rossi e Anna Bianchi hanno contribuito a questo articolo.",
    ],
)
def test_italian_contributor_note_goes_to_credits(line: str) -> None:
    article = clean_text("\n\n".join([*BODY, line]) + "\n")
    assert line not in article.text
    assert "Marco Rossi" in article.metadata.credits.reporting
    assert [r.rule for r in article.removed] == ["CREDITS-016"]


@pytest.mark.parametrize("credit", ["Mike Blake/Reuters files", "Jane Doe/AP file photo", "Jane Doe/dpa Archiv"])
def test_file_picture_credit_under_a_short_lead_is_a_caption(credit: str) -> None:
    """A wire's file picture, credited on its own line under a short standfirst: the photographer's
    credit wherever it stands (no author, no line left in the copy)."""
    lead = "Microsoft plans to cut its carbon emissions by more than half by 2030 across its supply chain."
    article = clean_text("\n".join([lead, credit, *BODY]) + "\n")
    assert credit not in article.text
    assert article.metadata.authors == []
    assert [c["credit"] for c in article.to_sidecar()["captions"]] == [credit]
    assert lead in article.text


GERMAN = [
    "Der Stadtrat hat am Dienstag nach vierstündiger Debatte den Haushalt für das kommende Jahr beschlossen, "
    "wie die Stadt mitteilte.",
    "Der Plan erhöht die Grundsteuer um zwei Prozent und sieht mehr Geld für Schulen, Straßen und eine neue "
    "Klinik vor.",
]


@pytest.mark.parametrize(
    "line",
    [
        "Anwohner warten vor dem Rathaus. Bildquelle: IMAGO/Anna Schmidt",
        "Anwohner warten vor dem Rathaus. (Bild: Keystone/Anna Schmidt)",
    ],
)
def test_german_credit_label_and_agency(line: str) -> None:
    """'Bildquelle:' is a credit's label, not the caption's last word; Keystone (the Swiss picture
    agency) is no photographer."""
    article = clean_text("\n\n".join([GERMAN[0], line, GERMAN[1]]) + "\n")
    captions = article.to_sidecar()["captions"]
    assert [c["text"] for c in captions] == ["Anwohner warten vor dem Rathaus."]
    assert captions[0]["photographer"] == "Anna Schmidt"
