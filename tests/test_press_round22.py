"""Press releases as the wires' own pages print them, 2026-12-06 (twenty-second session, issues 12
and 13): PR Newswire's 'News provided by' label with the issuer under it and its closing pitch,
GlobeNewswire's stamp with its source, Business Wire's zone spelled out ('Eastern Standard Time').
Forms written for the test from what those pages print, not taken from any data set; a docs page's
'Get started' heading and a sentence that opens with 'News provided by' are copy."""

from __future__ import annotations

from cleaner import clean_text

RELEASE = [
    "SAN JOSE, Calif., March 4, 2024 /PRNewswire/ -- Acme Robotics Inc. (NASDAQ: ACME), a maker of warehouse "
    "automation systems, today announced the Acme Pick 2, a robotic arm that the company says picks items twice "
    "as fast as competing systems.",
    "The arm will ship to customers in the second quarter, the company said, with pilot installations already "
    "running at two distribution centers in Texas and Ohio.",
    '"Warehouses are short of workers, and our customers told us speed was the one thing they needed," said '
    "Jane Doe, chief executive of Acme Robotics.",
]
TITLE = "Acme Robotics Unveils Warehouse Picking Arm With Twice the Speed of Rivals"


def _clean(lines: list[str]):
    return clean_text("\n\n".join(lines) + "\n")


def test_pr_newswire_label_issuer_and_pitch_go() -> None:
    head = ["News provided by", "Acme Robotics Inc.", "04 Mar, 2024, 08:00 ET", "Share this article", TITLE]
    tail = [
        "View original content to download multimedia:https://www.prnewswire.com/news-releases/acme-302078123.html",
        "SOURCE Acme Robotics Inc.",
        "WANT YOUR COMPANY'S NEWS FEATURED ON PRNEWSWIRE.COM?",
        "440k+ Newsrooms & Influencers",
        "9k+ Digital Media Outlets",
        "270k+ Journalists Opted In",
    ]
    doc = _clean([*head, *RELEASE, *tail])
    assert doc.text == "\n\n".join(RELEASE) + "\n"
    assert doc.metadata.title == TITLE
    assert [r.rule for r in doc.removed if r.text in ("News provided by", "Acme Robotics Inc.")] == ["CRUMB-186"] * 2
    assert doc.metadata.published is not None and doc.metadata.published["iso"] == "2024-03-04T08:00-05:00"


def test_globenewswire_stamp_with_its_source_is_the_published_time() -> None:
    doc = _clean(["March 04, 2024 07:30 ET | Source: Acme Robotics", TITLE, *RELEASE])
    assert doc.text == "\n\n".join(RELEASE) + "\n"
    assert doc.metadata.published is not None
    assert doc.metadata.published["iso"] == "2024-03-04T07:30-05:00"


def test_business_wire_zone_spelled_out() -> None:
    doc = _clean([TITLE, "March 04, 2024 04:05 PM Eastern Standard Time", *RELEASE])
    assert "Eastern Standard Time" not in doc.text
    assert doc.metadata.published is not None
    assert doc.metadata.published["iso"] == "2024-03-04T16:05-05:00"


def test_look_alikes_stay() -> None:
    lines = [
        "News provided by the agency was later corrected, the ministry said on Tuesday.",
        "Get started",
        "After setting up the engine, you can learn the basics with the tutorial.",
    ]
    doc = _clean([TITLE, *RELEASE, *lines])
    for line in lines:
        assert line in doc.text
