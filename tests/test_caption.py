from __future__ import annotations

import pytest

from .helpers import article, assert_body_intact, clean

SCENE = "A refugee boy looks out of a car window upon arrival in Goris, Armenia, September 25, 2023."
CASES = [
    (f"{SCENE} REUTERS/Irakli Gedenidze", "REUTERS/Irakli Gedenidze", "Irakli Gedenidze"),
    (f"{SCENE} REUTERS/Irakli Gedenidze/File Photo", "REUTERS/Irakli Gedenidze/File Photo", "Irakli Gedenidze"),
    (f"{SCENE} (AP Photo/Grant McCool)", "AP Photo/Grant McCool", "Grant McCool"),
    (f"{SCENE} (AP Photo/Grant McCool, File)", "AP Photo/Grant McCool, File", "Grant McCool"),
    (f"{SCENE}  Photo: Maria Tsvetkova/Getty Images", "Photo: Maria Tsvetkova/Getty Images", "Maria Tsvetkova"),
    (f"{SCENE} (Photo by Jane Doe/AFP via Getty Images)", "Photo by Jane Doe/AFP via Getty Images", "Jane Doe"),
    (f"{SCENE} Ludovic Marin/AFP via Getty Images", "Ludovic Marin/AFP via Getty Images", "Ludovic Marin"),
    (f"{SCENE} Photograph: Anna Smith/Reuters", "Photograph: Anna Smith/Reuters", "Anna Smith"),
    (f"{SCENE} EPA-EFE/Sergey Dolzhenko", "EPA-EFE/Sergey Dolzhenko", "Sergey Dolzhenko"),
]


@pytest.mark.parametrize(("line", "credit", "photographer"), CASES)
def test_caption_with_credit_anywhere(line, credit, photographer):
    for where in ("top", "middle", "end"):
        doc = clean(article(**{where: [line]}))
        assert len(doc.metadata.captions) == 1, where
        cap = doc.metadata.captions[0]
        assert cap.credit == credit and cap.photographer == photographer
        assert cap.text.startswith("A refugee boy") and credit not in cap.text
        assert "refugee boy" not in doc.text
        assert_body_intact(doc)


@pytest.mark.parametrize(
    "line",
    [
        "The company agreed to buy AT&T/Time Warner assets for $5 billion, the filing showed.",
        "Refugees who reached Armenia told Reuters they believed the story of their state was over.",
        "Talks between the U.S./China council resumed on Monday, officials said.",
    ],
)
def test_sentences_with_slashes_or_agencies_are_body(line):
    doc = clean(article(middle=[line]))
    assert line in doc.text and doc.metadata.captions == []
