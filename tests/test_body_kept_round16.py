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


# What outlets print under the copy, in no dev set's wording: a reader's tip box, a print-edition
# note with its date, the comment and editorial guidelines link, a trust badge, an all-stories link.
FURNITURE = [
    ("PROMPT-118", "Do you have a story to share? Contact us at news@example.com"),
    ("FOOTER-117", "Published in the print edition of March 5, 2024."),
    ("CRUMB-138", "Read our community guidelines."),
    ("CRUMB-138", "Read our editorial guidelines."),
    ("CRUMB-138", "Why you can trust Example News"),
    ("CRUMB-138", "See all stories"),
    ("FOOTER-112", "Contact the reporter at jdoe@example.com or 555-0100."),
    ("CRUMB-139", "Sie haben einen Fehler gefunden? Bitte melden Sie ihn uns."),
]

LONG = [
    "The council voted on Tuesday to approve the new budget for the coming year, after a debate that lasted "
    "more than four hours and drew dozens of residents to the chamber.",
    "The plan raises the property tax by two percent and adds money for schools, roads and a new clinic on "
    "the east side, which officials say will open in 2026.",
    "Opponents said the increase would hurt small businesses in the town and promised to campaign against it "
    "before the next election.",
]


@pytest.mark.parametrize(("rule", "line"), FURNITURE, ids=[f[1][:30] for f in FURNITURE])
def test_furniture_under_the_copy_goes_by_its_rule(rule: str, line: str) -> None:
    article = clean_text("\n\n".join([*LONG, line]) + "\n")
    assert line not in article.text
    assert [r.rule for r in article.removed if line in r.text] == [rule]
    assert all(p in article.text for p in LONG)


LOOK_ALIKES = [
    "Do you have a story to share with the council? Residents can speak at the meeting on Monday.",
    "Published in the print edition of the Gazette, the letter drew hundreds of replies.",
    "Read our community guidelines for the garden, the notice at the gate said, before you plant anything.",
    "Why you can trust the new figures is another matter, the auditor told the committee.",
    "Contact the reporter at the scene was lost for two hours, the station said.",
]


@pytest.mark.parametrize("line", LOOK_ALIKES, ids=[line[:30] for line in LOOK_ALIKES])
def test_look_alike_sentences_stay(line: str) -> None:
    for paras in ([*LONG[:2], line, LONG[2]], [*LONG, line]):
        article = clean_text("\n\n".join(paras) + "\n")
        assert line in article.text


# An offer's wording quoted in a sentence whose verb is no 'said': the sentence reports it (SHARED-001)
REPORTED_OFFERS = [
    "Become a member today, the gym chain promised in its adverts, and thousands signed up.",
    "Subscribe and save 20 percent, the company boasted on its website on Monday.",
    "Donate now, the charity pleaded, as the floods spread south.",
    "Sign up before Friday, the union vowed, or lose the right to strike.",
]


@pytest.mark.parametrize("line", REPORTED_OFFERS, ids=[line[:30] for line in REPORTED_OFFERS])
def test_reported_offer_stays(line: str) -> None:
    for paras in ([*LONG[:2], line, LONG[2]], [*LONG, line]):
        article = clean_text("\n\n".join(paras) + "\n")
        assert line in article.text


def test_bookmark_prompt_goes() -> None:
    line = "Bookmark our page for the latest updates."
    article = clean_text("\n\n".join([*LONG, line]) + "\n")
    assert line not in article.text


def test_a_name_down_short_copy_does_not_unseat_the_byline() -> None:
    """'Jane Smith' under the title is the writer even when a speaker's name stands alone down the
    copy: the name down the copy is no peer of the byline (they do not make a line-up)."""
    paras = ["Council approves budget with tax rise", "Jane Smith", *SHORT[:2], "Mary Johnson"]
    paras += ["Mary Johnson, 54, a nurse from Leeds, said she had waited eight hours.", *SHORT[2:]]
    article = clean_text("\n\n".join(paras) + "\n")
    assert article.metadata.authors == ["Jane Smith"]
    assert "\nMary Johnson\n" in article.text


@pytest.mark.parametrize("header", ["Also on Example News", "Elsewhere on The Example Post"])
def test_related_header_naming_the_outlet_goes_with_its_list(header: str) -> None:
    items = ["Council member resigns over expenses row", "Police name victim of weekend crash"]
    article = clean_text("\n\n".join([*LONG, header, *items]) + "\n")
    for line in [header, *items]:
        assert line not in article.text
    assert all(p in article.text for p in LONG)


def test_a_list_under_a_subhead_echoing_the_headline_survives_a_second_cleaning() -> None:
    """RELATED-093 keeps a closing list whose subhead repeats the headline's words; cleaned again,
    the text has no headline left (it went to the sidecar), so the lead paragraph speaks for it:
    the list stays both times (it was lost on the second cleaning)."""
    paras = [
        "Kleinkredit über 500 Euro – schnell und online",
        "Mit einem Kleinkredit über 500 Euro überbrücken Sie kurzfristige Engpässe, etwa eine Reparatur am "
        "Auto oder eine hohe Nebenkostenabrechnung, ohne lange Wartezeit und ohne Papierkram.",
        "Die Auszahlung erfolgt nach der Prüfung meist schon am nächsten Werktag auf Ihr Girokonto.",
        "Was Sie für einen Kleinkredit über 500 Euro brauchen",
        "PC, Tablet oder Smartphone",
        "Internetzugang und aktueller Browser",
        "Gültige E-Mail-Adresse für die Unterlagen",
        "Ausweisdokument zur Legitimation (Video-Ident)",
        "Regelmäßiges Einkommen bzw. keine Überschuldung",
    ]
    once = clean_text("\n\n".join(paras) + "\n", language="de")
    twice = clean_text(once.text, language="de")
    assert twice.text == once.text
    for item in paras[4:]:
        assert item in twice.text
