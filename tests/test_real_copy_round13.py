"""Real copy, 2026-12-05 (tenth session): lines of real outlets' templates that earlier rounds missed:
stamps printed with a story label or two at once ('Story published at …', 'Updated … / Originally
published …'), the date before a labelled byline ('Published: March 4, 2024 | By: Jane Doe', Indian
and American local papers), a writer's card in three pieces, desks that sign ('By India Today Web
Desk'), Pakistani papers' print notes ('Published in Dawn, March 5th, 2024'), AP's and States
Newsroom's funding notes, a link bar without separators, and titles under a video's or a gallery's
label or a rubric shaped like a name ('Developing Story'). Copy written for the test."""

from __future__ import annotations

import pytest

from cleaner import clean_text

# the same made-up copy around the lines as earlier rounds
from .test_real_copy_round7 import FR
from .test_real_copy_round11 import BODY, TITLE
from .test_real_copy_round12 import COPY_LONG

COPY = {"en": BODY, "fr": FR}

FURNITURE = [
    ("en", "TIMESTAMP-001", "Story published at 3:45 PM on Mar 4, 2024"),
    ("en", "TIMESTAMP-001", "Updated March 4, 2024 3:45 pm ET / Originally published March 3, 2024 10:00 am ET"),
    ("fr", "TIMESTAMP-001", "Article mis à jour le 7 janvier 2020."),
    ("en", "FOOTER-117", "Published in Dawn, March 5th, 2024"),
    ("en", "FOOTER-117", "An earlier version of this story appeared in the Sunday print edition."),
    (
        "en",
        "FOOTER-122",
        "The Associated Press receives support from several private foundations to enhance its "
        "explanatory coverage of elections and democracy.",
    ),
    (
        "en",
        "FOOTER-122",
        "Georgia Recorder is part of States Newsroom, a nonprofit news network supported by grants and "
        "a coalition of donors as a 501c(3) public charity. Georgia Recorder maintains editorial independence.",
    ),
    ("en", "FOOTER-011", "Terms of Service Privacy Policy Cookie Settings"),
    ("en", "PROMPT-001", "Try 4 weeks free"),
    ("en", "CRUMB-012", "Sign up"),
]


@pytest.mark.parametrize("where", ["middle", "end"])
@pytest.mark.parametrize(("lang", "rule", "line"), FURNITURE)
def test_template_line_leaves_with_its_rule(lang: str, rule: str, line: str, where: str) -> None:
    body = COPY[lang]
    parts = [body[0], line, *body[1:]] if where == "middle" else [*body, line]
    doc = clean_text("\n\n".join(parts) + "\n")
    assert line not in doc.text
    assert rule in {r.rule for r in doc.removed if line.startswith(r.text.strip()[:40])}
    assert all(p in doc.text for p in body)


LOOK_ALIKES = [
    "Published in Nature, the study followed 4,000 patients for a decade and found no link to the drug.",
    "The museum is a nonprofit that receives support from local families and the city, its director said.",
    "Residents got two weeks free parking after the storm, and the council said it would extend the offer.",
    "Story time at the library was published on the town's website on Monday, with the new opening hours.",
    "Reach the summit before noon, the rangers told hikers, because storms build quickly in the afternoon.",
]


@pytest.mark.parametrize("line", LOOK_ALIKES)
def test_copy_that_reads_like_furniture_stays(line: str) -> None:
    doc = clean_text("\n\n".join([BODY[0], line, *BODY[1:]]) + "\n")
    assert line in doc.text


@pytest.mark.parametrize(
    ("line", "authors", "published"),
    [
        ("Published: March 4, 2024 | By: Jane Doe", ["Jane Doe"], "2024-03-04"),
        ("March 4, 2024 / By Jane Doe, Staff Writer", ["Jane Doe"], "2024-03-04"),
        ("Jane Doe | Reporter | The Denver Post", ["Jane Doe"], None),
        ("By Jane Doe | jane.doe@example.com", ["Jane Doe"], None),
        ("Published By: Jane Doe", ["Jane Doe"], None),  # India Today's label
    ],
)
def test_byline_forms_name_the_writer(line: str, authors: list[str], published: str | None) -> None:
    doc = clean_text("\n\n".join([TITLE, line, *BODY]) + "\n")
    assert doc.metadata.authors == authors
    assert line not in doc.text
    assert (doc.metadata.published or {}).get("iso") == published


def test_the_update_before_a_byline_of_two_writers() -> None:
    line = "Updated 3:45 PM ET, March 4, 2024 | By Jane Doe and John Roe"
    doc = clean_text("\n\n".join([TITLE, line, *BODY]) + "\n")
    assert doc.metadata.authors == ["Jane Doe", "John Roe"]
    assert doc.metadata.updated is not None and doc.metadata.updated["iso"] == "2024-03-04T15:45-05:00"


@pytest.mark.parametrize(
    "line", ["Published By: India Today Web Desk", "By Express News Service", "By Zee Media Bureau", "By HT News Desk"]
)
def test_a_desk_that_signs_names_no_writer(line: str) -> None:
    doc = clean_text("\n\n".join([TITLE, line, *BODY]) + "\n")
    assert doc.metadata.authors == []
    assert line not in doc.text
    assert all(p in doc.text for p in BODY)


def test_a_phone_number_to_reach_the_reporter_is_a_contact_credit() -> None:
    doc = clean_text("\n\n".join([*BODY, "Reach Jane Doe at 555-123-4567."]) + "\n")
    assert "Reach Jane Doe" not in doc.text
    assert doc.metadata.credits is not None and doc.metadata.credits.other.get("contact") == ["Jane Doe"]


@pytest.mark.parametrize(
    ("top", "label"),
    [
        (f"Watch: {TITLE}", "Watch"),  # a video's page: the label over the copy heads the story itself
        (f"Developing Story\n\n{TITLE}", None),  # a rubric shaped like a name is no writer and no title
        (f"Brand Studio\n\n{TITLE}", None),
        (f"{TITLE} :: Example News", None),  # the site's name after other sites' separators
        (f"{TITLE} « Example News", None),
    ],
)
def test_the_title_under_a_label_or_a_rubric(top: str, label: str | None) -> None:
    doc = clean_text(f"{top}\n\n{COPY_LONG}")
    assert doc.metadata.title == TITLE
    assert doc.metadata.label == label
    assert TITLE not in doc.text and doc.text.startswith("The city council approved")


def test_a_watch_line_between_paragraphs_is_still_a_pointer() -> None:
    line = "Watch: Firefighters battle a blaze near the harbour"
    doc = clean_text("\n\n".join([BODY[0], line, *BODY[1:]]) + "\n")
    assert line not in doc.text
    assert all(p in doc.text for p in BODY)


def test_a_headline_tagged_photos_is_no_caption() -> None:
    """'(PHOTOS)' after a headline marks a gallery; it is no picture credit naming 'S'."""
    line = "Crowds gather as the harbour wall reopens after two years (PHOTOS)"
    doc = clean_text("\n\n".join([BODY[0], line, *BODY[1:]]) + "\n")
    assert doc.metadata.captions == []
