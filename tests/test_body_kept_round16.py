"""Short copy, 2026-12-05 (round 16): a wire story in paragraphs under 20 words never closes its
opening by length, so a two-word line down the copy ('Key Dates', 'Final Score', a winner's name)
stood where BYLINE-010 looks for a writer's name and left the text as a byline. Under two sentences
of copy such a line is in the story and stays; a name between the title and the copy is still the
byline. Copy written for the test."""

from __future__ import annotations

import pytest

from cleaner import clean_text

SHORT = [
    "The council voted on Tuesday to approve the new budget for the coming year.",
    "The plan raises the property tax by two percent and adds money for schools.",
    "Opponents said the increase would hurt small businesses in the town.",
    "The new budget takes effect in July.",
]

HEADINGS = [
    ["Key Dates"],
    ["Best Picture", "Oppenheimer"],
    ["Final Score", "Arsenal 2, Chelsea 1"],
    ["John Smith"],
    ["The winners were:", "Jane Smith", "Robert Brown"],
    ["Mary Johnson", "Mary Johnson, 54, a nurse from Leeds, said she had waited eight hours."],
]


@pytest.mark.parametrize("lines", HEADINGS, ids=lambda lines: lines[0])
@pytest.mark.parametrize("where", [2, 4])
def test_short_line_down_short_copy_stays(lines: list[str], where: int) -> None:
    paras = SHORT[:where] + lines + SHORT[where:]
    article = clean_text("\n\n".join(paras) + "\n")
    for line in lines + SHORT:
        assert line in article.text
    assert article.metadata.authors == []


def test_name_between_title_and_short_copy_is_still_the_byline() -> None:
    text = "\n\n".join(["Council approves budget with tax rise", "Jane Smith", *SHORT]) + "\n"
    article = clean_text(text)
    assert article.metadata.authors == ["Jane Smith"]
    assert "Jane Smith" not in article.text
    assert all(p in article.text for p in SHORT)


def test_names_down_copy_after_a_list_of_names_keep_the_opening_byline() -> None:
    """'Young Branding' printed twice, once above the copy and once down it: a repeated feature
    heading, no byline (the lower one still counts for the names-down-a-list test)."""
    paras = [
        "Reach students where they spend their time, with a platform made for them.",
        "Young Branding",
        "Reach students and young professionals from generations Y and Z every day.",
        "Users make lasting brand decisions at this stage of life, our research shows.",
        "Young Branding",
        "Reach students and young professionals from generations Y and Z every day.",
    ]
    article = clean_text("\n\n".join(paras) + "\n")
    assert article.text.count("Young Branding") == 2
    assert article.metadata.authors == []
