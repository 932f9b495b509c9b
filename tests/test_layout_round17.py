"""Hard wraps at a width of each paragraph's own, with no blank line between paragraphs: a wider
line above a paragraph (a title or a related link wrapped at 78 columns) must not make every line
of a narrower paragraph below it look like a paragraph of its own."""

from __future__ import annotations

import textwrap

import cleaner

TITLE = "Engineers Confirm Cracks in the Old Harbour Bridge After a Winter of Heavy Storms"
LEAD = (
    "PORTSMOUTH - A team of engineers hired by the city council has confirmed cracks in two of the "
    "steel girders that carry the old harbour bridge over the estuary."
)
SECOND = (
    "The council said the bridge would stay open to cars but closed to lorries until repairs are "
    "finished, which the engineers expect to take most of the spring. Buses will run on a diversion."
)
THIRD = (
    "Residents on both banks said they had complained about the noise of the girders for years, and "
    "that the council had answered none of their letters until the storms of January."
)


MORE = [
    (
        "Engineers said the cracks were most likely caused by salt water that had found its way into "
        "the joints of the girders over many years, and that the storms had only made them visible.",
        74,
    ),
    (
        "The bridge was built in 1936 and last repaired in the early 1990s, when the council replaced "
        "the deck and painted the girders, according to records held at the city library.",
        61,
    ),
    (
        "A spokesman for the council said it would publish the engineers' full report next week and "
        "hold a public meeting at the guildhall, where residents could put their questions to them.",
        69,
    ),
]


def _wrapped(*parts: tuple[str, int]) -> str:
    """The parts, each wrapped at its own width, no blank line between them, and three more
    paragraphs of copy below, as a dump of a whole article prints them."""
    return "\n".join(textwrap.fill(text, width=width, break_on_hyphens=False) for text, width in (*parts, *MORE))


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]


def test_lead_under_a_wider_title_is_one_paragraph() -> None:
    source = _wrapped((TITLE, 78), (LEAD, 58), (SECOND, 72), (THIRD, 66))
    assert len(source.split("\n")[1]) < 20  # the title's last word wraps alone
    paragraphs = _paragraphs(cleaner.clean_text(source).text)
    assert LEAD in paragraphs
    assert SECOND in paragraphs
    assert THIRD in paragraphs


def test_lead_under_a_wider_related_link_is_one_paragraph() -> None:
    related = "RELATED: City council votes to close the ferry terminal at the end of the month after all"
    source = _wrapped((SECOND, 72), (related, 70), (LEAD, 57), (THIRD, 66))
    paragraphs = _paragraphs(cleaner.clean_text(source).text)
    assert LEAD in paragraphs
    assert THIRD in paragraphs


def test_caption_and_its_bracketed_credit_wrapped_apart_go_together() -> None:
    caption = "A ferry waits at the closed terminal in Gosport, England, on Jan. 14."
    source = _wrapped((caption + " (AP Photo/Jane Doe)", 72), (LEAD, 64), (SECOND, 72), (THIRD, 66))
    assert source.split("\n")[1] == "(AP Photo/Jane Doe)"
    result = cleaner.clean_text(source)
    assert "Ferry waits" not in result.text and "A ferry waits" not in result.text
    assert "Jane Doe" not in result.text
    assert [c for c in result.metadata.captions if "ferry waits" in c.text and "Jane Doe" in c.credit]
    paragraphs = _paragraphs(result.text)
    assert LEAD in paragraphs and SECOND in paragraphs and THIRD in paragraphs


def test_sentence_broken_once_between_unblanked_paragraphs_is_one() -> None:
    short = "It is not the first time the bridge has been shut by Hampshire Council."
    source = _wrapped((LEAD, 64), (short, 66), (SECOND, 72), (THIRD, 66))
    lines = source.split("\n")
    assert "Council." in lines  # the sentence's last word wraps alone
    paragraphs = _paragraphs(cleaner.clean_text(source).text)
    assert short in paragraphs
    assert LEAD in paragraphs and SECOND in paragraphs


def test_a_list_of_short_lines_under_wrapped_prose_is_not_glued() -> None:
    items = [
        "Tools that jump between folders:",
        "autojump",
        "fasd",
        "home page",
        "packaged upstream in Debian",
        "editor extensions, not in Debian:",
        "z",
        "fzf",
        "Editor plugins not tied to the shell",
    ]
    source = _wrapped((LEAD, 64), (SECOND, 72)) + "\n" + "\n".join(items) + "\n" + _wrapped((THIRD, 66))
    paragraphs = _paragraphs(cleaner.clean_text(source).text)
    for item in items:
        assert item in paragraphs
    assert LEAD in paragraphs and THIRD in paragraphs


def test_a_numbered_item_wrapped_over_two_lines_is_one_line() -> None:
    item = "[2] Harbour Authority Safety Goal: Girder Inspection Standards | Institute of Civil Engineers top 10"
    paragraphs = [(LEAD, 64), (SECOND, 72), (item, 60), (THIRD, 66), *MORE]
    source = "\n\n".join(textwrap.fill(text, width=width, break_on_hyphens=False) for text, width in paragraphs)
    assert "\n" in textwrap.fill(item, width=60)
    assert item in _paragraphs(cleaner.clean_text(source).text)


def test_marked_items_set_apart_keep_a_line_each() -> None:
    items = "\n".join(f"{n}. Item number {n} of the council's list of repairs" for n in range(1, 4))
    paragraphs = [textwrap.fill(text, width=width) for text, width in [(LEAD, 64), (SECOND, 72)]]
    source = "\n\n".join([*paragraphs, items, textwrap.fill(THIRD, width=66)])
    text = cleaner.clean_text(source).text
    for n in range(1, 4):
        assert f"{n}. Item number {n} of the council's list of repairs" in text.split("\n")


def test_the_title_wrapped_over_two_lines_is_lifted_whole() -> None:
    title = "ANALYSIS-Harbour authority reportedly investigating bridge builder Brightline"
    source = textwrap.fill(title, width=70) + "\nBy Jane Doe\n" + _wrapped((LEAD, 72), (SECOND, 80), (THIRD, 74))
    assert source.split("\n")[1] == "Brightline"
    result = cleaner.clean_text(source)
    assert result.metadata.title is not None and result.metadata.title.endswith("bridge builder Brightline")
    assert result.metadata.authors == ["Jane Doe"]
    assert result.text.startswith("PORTSMOUTH - A team")


def test_a_writer_under_a_long_wrapped_title_stays_the_writer() -> None:
    title = "Engineers confirm cracks in the girders of the old harbour bridge after a winter of storms"
    source = textwrap.fill(title, width=80) + "\nJane Doe\n" + _wrapped((LEAD, 64), (SECOND, 72), (THIRD, 66))
    result = cleaner.clean_text(source)
    assert "Jane Doe" not in (result.metadata.title or "")
