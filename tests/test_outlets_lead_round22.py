"""Outlets' templates, 2026-12-06 (twenty-second session, issues 12 and 13): the National Post, the
Globe and Mail, the Irish Times, Stuff, Daily Maverick, Dawn and Rappler, as extractors dump their
pages, written for the test from what those pages print (not taken from any data set), with lines
of copy that look alike. A section's name, the headline and its standfirst over the byline are no
module's headlines; a 'Read More' header over two headlines is a module; 'Copy URL' names no writer."""

from __future__ import annotations

import pytest

from cleaner import clean_text

from .test_real_copy_round17 import BODY, TITLE

COPY = [
    "The federal government will extend a rebate on home heating oil for another year, the finance minister said "
    "on Monday.",
    "The program, introduced in late 2023, gives households that heat with oil a one-time payment toward the cost "
    "of switching to a heat pump.",
    '"Families in Atlantic Canada told us the program works," the minister said at a news conference in Halifax.',
    "The opposition said the extension showed the government's carbon policy had failed, and it promised to vote "
    "against it.",
]


def _clean(lines: list[str]):
    return clean_text("\n\n".join(lines) + "\n")


def test_section_headline_and_standfirst_over_the_byline_are_no_module() -> None:
    title = "Ottawa to extend rebate on home heating oil for another year"
    standfirst = "The program, which was due to expire in March, will now run until spring 2025"
    top = ["News", "Canada", title, standfirst, "Jane Doe", "Published Mar 04, 2024 • 3 minute read"]
    doc = _clean([*top, *COPY])
    assert doc.metadata.title == title
    assert doc.metadata.authors == ["Jane Doe"]
    assert doc.text == "\n\n".join(COPY) + "\n"


def test_a_module_label_over_three_teasers_over_a_byline_is_still_a_module() -> None:
    # 'Trending' over three teasers, then the story's byline and copy: the teasers are no headline
    teasers = ["Trending", "Flames beat Oilers in overtime", "Snowstorm closes Highway 1", "Mortgage rates fall again"]
    doc = _clean([*TITLE["en"], *COPY[:2], *teasers, "By Jane Doe", *COPY[2:]])
    for teaser in teasers:
        assert teaser not in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "This advertisement has not loaded yet, but your article continues below.",
        "Voice is AI-generated. Inaccuracies in pronunciation may occur.",
    ],
)
def test_player_and_ad_notes_go(line: str) -> None:
    doc = _clean([*TITLE["en"], COPY[0], line, *COPY[1:]])
    assert doc.text == "\n\n".join(COPY) + "\n"


def test_read_more_over_two_headlines_at_the_end_is_a_module() -> None:
    tail = [
        "Read More",
        "Dublin Airport passenger numbers hit record high in January",
        "Ryanair warns of higher fares if cap stays",
    ]
    doc = _clean([*TITLE["en"], *COPY, *tail])
    assert doc.text == "\n\n".join(COPY) + "\n"


def test_read_more_over_the_copys_last_paragraph_stays() -> None:
    doc = _clean([*TITLE["en"], *COPY[:3], "Read More", COPY[3]])
    assert COPY[3] in doc.text


def test_a_tips_ask_with_a_story_that_needs_to_be_told() -> None:
    line = "Do you have a story that needs to be told? Email us at newstips@example.co.nz"
    doc = _clean([*TITLE["en"], *COPY, line])
    assert doc.text == "\n\n".join(COPY) + "\n"


def test_a_short_caption_with_a_labelled_credit_in_brackets() -> None:
    line = "Eskom logo. (Photo: Gallo Images / Jane Roe)"
    doc = _clean([*TITLE["en"], line, *COPY])
    assert doc.text == "\n\n".join(COPY) + "\n"
    [caption] = doc.metadata.captions
    assert (caption.text, caption.photographer) == ("Eskom logo.", "Jane Roe")


def test_a_file_picture_credit_after_a_dash() -> None:
    line = "A man fills his car at a petrol station in Karachi. — Reuters/File"
    doc = _clean([*TITLE["en"], line, *COPY])
    assert doc.text == "\n\n".join(COPY) + "\n"
    assert doc.metadata.captions[0].text == "A man fills his car at a petrol station in Karachi."


def test_a_last_paragraph_ending_in_a_wire_credit_stays() -> None:
    line = "The ministry said the new prices would take effect from midnight. — Reuters"
    doc = _clean([*TITLE["en"], *COPY, line])
    assert line in doc.text


def test_copy_url_under_the_date_names_no_writer() -> None:
    title = "House approves bill raising minimum wage in Metro Manila"
    top = ["Philippines", title, "Jane Doe", "March 5, 2024 2:32 PM", "Facebook", "Twitter", "Copy URL", "Copied"]
    doc = _clean([*top, *BODY["en"]])
    assert doc.metadata.authors == ["Jane Doe"]
    assert doc.metadata.title == title


def test_the_sites_address_as_the_last_line_is_its_sign_off() -> None:
    doc = _clean([*TITLE["en"], *COPY, "Rappler.com"])
    assert doc.text == "\n\n".join(COPY) + "\n"
    assert doc.removed[-1].rule == "FOOTER-152"


def test_a_sites_address_between_paragraphs_stays() -> None:
    doc = _clean([*TITLE["en"], *COPY[:2], "Rappler.com", *COPY[2:]])
    assert "Rappler.com" in doc.text


def test_npr_picture_and_audio_module() -> None:
    # NPR's page as trafilatura prints it: the picture's controls around its caption and credit, the
    # headline, the stamp, the programme, the byline and the audio player's buttons
    title = "Jackson's water system is failing again, and residents are running out of patience"
    top = [
        "Enlarge this image",
        "Residents wait in line for water in Jackson, Miss., on Tuesday.",
        "Jane Roe/AP",
        "hide caption",
        "toggle caption",
        "Jane Roe/AP",
        title,
        "Updated March 5, 2024 at 4:01 PM ET",
        "Heard on All Things Considered",
        "Jane Doe",
        "3-Minute Listen",
        "Playlist",
        "Download",
        "Embed",
        "Transcript",
    ]
    doc = _clean([*top, *COPY, "Copyright 2024 NPR"])
    assert doc.text == "\n\n".join(COPY) + "\n"
    assert doc.metadata.title == title
    assert doc.metadata.authors == ["Jane Doe"]
    assert doc.metadata.captions[0].text == "Residents wait in line for water in Jackson, Miss., on Tuesday."


def test_a_transcript_heading_away_from_the_player_stays() -> None:
    lines = [*TITLE["en"], *COPY[:2], "Transcript", *COPY[2:]]
    assert "Transcript" in _clean(lines).text


def test_local_tv_header_weather_and_footer() -> None:
    title = "Chicago aldermen approve $16.6 billion budget after marathon meeting"
    top = ["Skip to content", "WGN-TV", "Chicago", "34°F", "Sponsored By", "Top Stories", title, "by: Jane Doe"]
    top += ["Posted: Dec 6, 2023 / 03:45 PM CST", "|", "Updated: Dec 6, 2023 / 06:12 PM CST"]
    tail = [
        "To report a correction or typo, please email digitalnews@example.com",
        "For the latest news, weather, sports, and streaming video, head to WGN-TV.",
    ]
    doc = _clean([*top, *COPY, *tail])
    assert doc.text == "\n\n".join(COPY) + "\n"
    assert doc.metadata.title == title


def test_a_spec_tables_angle_stays() -> None:
    lines = [*TITLE["en"], *COPY[:2], "Lenkwinkel", "65°", "Sitzwinkel", "75,5°", *COPY[2:]]
    assert "\n65°\n" in _clean(lines).text


def test_a_video_cards_pointer_to_the_site_goes() -> None:
    card = "Fox News Flash top headlines are here. Check out what's clicking on Foxnews.com."
    doc = _clean([*TITLE["en"], COPY[0], card, *COPY[1:]])
    assert doc.text == "\n\n".join(COPY) + "\n"
