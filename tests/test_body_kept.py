"""Body that must never go (issue 12): copy that looks like boilerplate to a line rule.

Each case is a real kind of article text that an earlier engine, or a rule of this round, could
take for furniture: a list introduced by a colon, a box score, a results table, a schedule, a
product's feature list under a promotional header, code and terminal output, a sentence that
mentions 'all rights reserved', the steps of a how-to. Losing any of them loses a real paragraph.
"""

from __future__ import annotations

import cleaner

from .helpers import BODY, LEAD, clean


def _clean(lines: list[str], language: str | None = None) -> list[str]:
    raw = "\n\n".join([LEAD, BODY[0], *lines, BODY[1], BODY[2]]) + "\n"
    doc = cleaner.clean_text(raw, language=language)
    return doc.text.rstrip("\n").split("\n\n")


def _assert_kept(lines: list[str], language: str | None = None) -> None:
    out = _clean(lines, language)
    missing = [line for line in lines if line not in out]
    assert not missing, missing
    for para in [LEAD, *BODY]:
        assert para in out


def test_list_introduced_by_a_colon_is_kept():
    _assert_kept(
        [
            "The measures announced by the health ministry on Tuesday include:",
            "- free flu vaccinations for everyone over 60",
            "- longer opening hours at 40 walk-in clinics",
            "- a hotline for parents of children with fever",
        ]
    )


def test_box_score_is_kept():
    _assert_kept(
        [
            "Boston 3, Toronto 2 (OT)",
            "First period: 1, Boston, Pastrnak 12 (Marchand), 4:21.",
            "Second period: 2, Toronto, Matthews 9 (Marner, Rielly), 11:05 (pp).",
            "Shots on goal: Boston 31, Toronto 28.",
            "Goalies: Boston, Swayman 8-3-1. Toronto, Samsonov 6-4-2.",
            "Att: 17,565 (17,850). T: 2:38.",
        ]
    )


def test_results_table_is_kept():
    _assert_kept(
        [
            "Men's 100m final results:",
            "1. Noah Lyles (USA) 9.79",
            "2. Kishane Thompson (JAM) 9.79",
            "3. Fred Kerley (USA) 9.81",
            "4. Akani Simbine (RSA) 9.82",
        ]
    )


def test_schedule_of_upcoming_games_is_kept():
    # dates heading entries, apart from each other: a schedule of the article's own (TIMESTAMP-090)
    lines = [
        "Saturday, Nov. 23, 2019",
        "Boston at Toronto, 7 p.m.",
        "Sunday, Nov. 24, 2019",
        "Montreal at Ottawa, 5 p.m.",
        "Tuesday, Nov. 26, 2019",
        "Toronto at Detroit, 7:30 p.m.",
    ]
    _assert_kept(lines)
    raw = "\n\n".join([LEAD, BODY[0], *lines, BODY[1], BODY[2]]) + "\n"
    assert cleaner.clean_text(raw).vetoes.get("TIMESTAMP-090", 0) >= 2


def test_product_feature_list_under_a_promotional_header_is_kept():
    _assert_kept(
        [
            "What's new in the 2024 model:",
            "A brighter 6.1-inch display that reaches 2,000 nits outdoors",
            "Up to 29 hours of video playback on a single charge",
            "A 48-megapixel main camera with a 2x telephoto option",
            "USB-C charging with transfer speeds of up to 10 Gbps",
        ]
    )


def test_code_and_terminal_output_are_kept():
    _assert_kept(
        [
            "To check which version is installed, run:",
            "$ python3 --version",
            "Python 3.11.7",
            "def greet(name):",
            'return f"Hello, {name}!"',
            "Traceback (most recent call last):",
            'File "app.py", line 3, in <module>',
        ]
    )


def test_sentence_mentioning_all_rights_reserved_is_kept():
    _assert_kept(
        [
            "The label argued that the phrase \u201call rights reserved\u201d on the album sleeve gave it control of "
            "every remix, a claim the judge rejected in a 40-page ruling on Friday."
        ]
    )


def test_steps_of_a_how_to_are_kept():
    _assert_kept(
        [
            "How to reset the router:",
            "1. Unplug the router and wait 30 seconds.",
            "2. Plug it back in and wait for the power light to turn green.",
            "3. Sign in to the admin page at 192.168.0.1 with the password on the sticker.",
            "4. Click Save and restart the device.",
        ]
    )


def test_dated_timeline_in_the_body_is_kept():
    lines = [
        "March 3, 2020",
        "The first case is confirmed in the state, a traveller returning from Italy.",
        "March 16, 2020",
        "Schools close for what officials say will be two weeks.",
    ]
    _assert_kept(lines)


def test_exhibition_dates_are_kept():
    # two dates without a label are a period, not a stamp
    _assert_kept(["29 November 2018 | 20 January 2019"])


def test_how_to_about_newsletters_and_apps_is_kept():
    # advice about someone else's product is copy, not the site's prompt
    _assert_kept(
        [
            "If a message like this lands in your inbox, delete it without clicking any link, the bank said.",
            "Download the official Covid app from the Google Play store only, the agency advised.",
        ]
    )


def test_source_sentence_naming_agencies_is_kept():
    _assert_kept(["Reuters and AFP reported the deal on Monday, citing two people familiar with the talks."])


def test_an_events_dates_end_the_article_and_stay():
    """A gallery list closing the copy is not a related list when the event's dates follow it."""
    items = ["Light a Wish by Example Group", "Parabolic Cloud by Jane Doe", "Spider on the Bridge by Example Studio"]
    raw = "\n\n".join([LEAD, *BODY, *items, "7th Example Light Festival", "29 November 2018 | 20 January 2019"])
    assert "29 November 2018 | 20 January 2019" in clean(raw + "\n").text


def test_table_header_cells_are_not_controls():
    raw = "\n\n".join([LEAD, BODY[0], "Pos.", "Driver", "Points", "Top 5", "Top 10", BODY[1]]) + "\n"
    text = clean(raw).text
    assert "Top 5" in text and "Top 10" in text
    assert "Comments (12)" not in clean("\n\n".join([LEAD, BODY[0], "Comments (12)", BODY[1]]) + "\n").text


def test_a_name_inside_a_split_sentence_is_not_a_byline():
    raw = "\n\n".join(
        ["Shares of construction goods giant", "Home Depot", "are dropping in premarket trading. " + LEAD, *BODY]
    )
    doc = clean(raw + "\n")
    assert doc.metadata.authors == []
    assert "Home Depot" in doc.text
