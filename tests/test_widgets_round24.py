"""Round 24: page furniture real outlets print, written from their templates (issue 12), and the
header shapes the title is read under (issue 13). Each class has copy that looks like it and stays."""

from __future__ import annotations

import pytest

import cleaner

LEAD = (
    "The Senate on Thursday passed a stopgap spending bill to keep the government funded into March, "
    "sending the measure to the president hours before a partial shutdown would have begun."
)
BODY = [
    "The vote was 77 to 18, with a majority of Republicans joining Democrats in support of the measure, "
    "which keeps agencies open at their current spending levels.",
    "The House approved the measure later in the evening, and the White House said the president would sign it.",
]


def _rules_for(doc, text: str) -> set[str]:
    flat = " ".join(text.split())
    return {r.rule for r in doc.removed if " ".join(r.text.split()) == flat}


def _clean(lines: list[str], language: str | None = None):
    return cleaner.clean_text("\n\n".join(lines) + "\n", language=language)


# CRUMB-223: a count alone next to the button a pass took, above or under the copy
@pytest.mark.parametrize(
    ("lines", "count"),
    [
        (["Senate Passes Bill to Avert Shutdown", "Share full article", "142", LEAD, *BODY], "142"),
        (["Police search for driver", "VIEW ALL PHOTOS", "2", LEAD, *BODY], "2"),
        (["Supreme Court agrees to hear case", "By Jane Doe", "Comment", "316", "Save", LEAD, *BODY], "316"),
        ([LEAD, *BODY, "Share full article", "1,204"], "1,204"),
    ],
)
def test_lone_count_next_to_furniture_goes(lines, count):
    doc = _clean(lines)
    assert "CRUMB-223" in _rules_for(doc, count)
    assert all(p in doc.text for p in [LEAD, *BODY])


@pytest.mark.parametrize(
    "lines",
    [
        # within the copy, a number alone is the copy's (a list's or a table's)
        [LEAD, BODY[0], "Share", "12", BODY[1]],
        # beside another figure: a table's cells
        [LEAD, *BODY, "Share", "12", "14"],
        # a year alone is a timeline's heading
        [LEAD, *BODY, "Share", "2024"],
        # nothing a pass took beside it
        [LEAD, *BODY, "Standings after the vote", "12"],
    ],
)
def test_number_that_is_not_a_button_count_stays(lines):
    doc = _clean(lines)
    assert "CRUMB-223" not in {r.rule for r in doc.removed}


def test_share_menu_labels_do_not_break_the_share_bar():
    """The LA Times' share menu: its toggle and X's long name used to break the run, and Facebook
    and 'X (formerly Twitter)' stayed."""
    bar = ["Share via", "Close extra sharing options", "Email", "Facebook", "X (formerly Twitter)", "LinkedIn"]
    bar += ["Threads", "Reddit", "WhatsApp", "Copy Link URL Copied!", "Print"]
    doc = _clean(["Council approves rules for sidewalk vendors", "By Jane Doe", *bar, LEAD, *BODY])
    for line in bar:
        assert line not in doc.text.split("\n")
    assert all(p in doc.text for p in [LEAD, *BODY])


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Share All sharing options for: The real reason the border bill failed", "CRUMB-224"),
        ("Send in e-mailSend in e-mail", "CRUMB-224"),
        ("Get email notification for articles from Jane Doe", "CRUMB-224"),
        ("Click to play video: 'Ontario to hire 2,000 new nurses'", "CRUMB-224"),
        ("timer2 min. read", "CRUMB-224"),
        (
            "At HuffPost, we believe that everyone needs high-quality journalism, but we understand that not "
            "everyone can afford to pay for expensive news subscriptions.",
            "PROMPT-193",
        ),
        ("Yes, I'll give $5/month", "PROMPT-194"),
        ("This is a Premium article available exclusively to our subscribers.", "PROMPT-140"),
        (
            "(Catch all the Business News, Breaking News, Budget 2024 Events and Latest News Updates on "
            "The Economic Times.)",
            "PROMPT-130",
        ),
        ("Get exclusive content with Gulf News WhatsApp channel", "PROMPT-172"),
        (
            "Comments expressed here do not reflect the opinions of Vanguard newspapers or any employee thereof.",
            "FOOTER-157",
        ),
    ],
)
def test_furniture_under_the_copy_goes(line, rule):
    doc = _clean([LEAD, *BODY, line])
    assert rule in _rules_for(doc, line)
    assert all(p in doc.text for p in [LEAD, *BODY])


@pytest.mark.parametrize(
    ("line", "language"),
    [("Diskuse (125)", "cs"), ("Líbí se vám tento článek?", "cs"), ("Hozzászólások (31)", "hu"), ("Másolás", "hu")],
)
def test_central_european_widgets_go(line, language):
    doc = _clean([LEAD, *BODY, line], language=language)
    assert _rules_for(doc, line) & {"CRUMB-226", "CRUMB-210"}


@pytest.mark.parametrize(
    "line",
    [
        "At Westminster, we are told, the mood has soured among backbenchers over the plan.",
        "\u201cAt Acme, we believe in our readers,\u201d the chief executive said.",
        "X (formerly Twitter) lost half its advertisers in a year, analysts estimate.",
        "Comments from the minister do not reflect government policy, a spokesman said.",
    ],
)
def test_copy_that_names_the_same_things_stays(line):
    doc = _clean([LEAD, BODY[0], line, BODY[1]])
    assert line in doc.text


# the headline under a section's name, over its standfirst and a byline (the title was missed)
@pytest.mark.parametrize(
    ("lines", "language", "title"),
    [
        (
            [
                "Política",
                "Câmara aprova reforma tributária em segundo turno",
                "Texto segue para o Senado",
                "Por Jane Doe — Brasília",
                "04/03/2024 14h32",
                "A Câmara dos Deputados aprovou nesta segunda-feira a reforma tributária, informou a Casa.",
                "O texto segue agora para o Senado.",
            ],
            "pt",
            "Câmara aprova reforma tributária em segundo turno",
        ),
        (
            [
                "Schweiz",
                "Bundesrat will Armeebudget schneller erhöhen",
                "Die Landesregierung reagiert auf die veränderte Sicherheitslage.",
                "Jane Doe, Bern",
                "04.03.2024, 14.32 Uhr",
                "Der Bundesrat will das Budget der Armee schneller erhöhen, wie er mitteilte.",
                "Die Linke kritisierte den Entscheid scharf.",
            ],
            "de",
            "Bundesrat will Armeebudget schneller erhöhen",
        ),
        (
            [
                "Politics",
                "The real reason the border bill failed",
                "It was never really about the border.",
                "By Jane Doe",
                "Updated Feb 7, 2024, 2:32pm EST",
                LEAD,
                BODY[1],
            ],
            None,
            "The real reason the border bill failed",
        ),
    ],
)
def test_title_under_a_section_over_its_standfirst_and_byline(lines, language, title):
    doc = _clean(lines, language=language)
    assert doc.metadata.title == title
    assert title not in doc.text


def test_masthead_motto_is_no_title():
    """HEADLINE-009: The Washington Post's motto over its headline was taken as the title."""
    lines = ["Democracy Dies in Darkness", "Politics", "Supreme Court agrees to hear case on emergency abortion care"]
    lines += ["By Jane Doe", "Updated January 5, 2024 at 6:12 p.m. EST", LEAD, *BODY]
    doc = _clean(lines)
    assert doc.metadata.title == "Supreme Court agrees to hear case on emergency abortion care"
    assert "HEADLINE-009" in _rules_for(doc, "Democracy Dies in Darkness")


def test_motto_words_in_copy_stay():
    line = "Democracy dies in darkness, the judge wrote, quoting the paper's motto in her ruling."
    doc = _clean([LEAD, BODY[0], line, BODY[1]])
    assert line in doc.text


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("red, ORF.at/Agenturen", "de"),
        ("—KBK, GMA Integrated News", None),
        ("(Jane Doe, 4.3.2024)", "de"),
        ("jdp", "es"),
    ],
)
def test_desk_sign_off_as_last_line_goes(line, language):
    doc = _clean([LEAD, *BODY, line], language=language)
    assert "FOOTER-162" in _rules_for(doc, line)


def test_initials_between_paragraphs_stay():
    doc = _clean([LEAD, BODY[0], "jdp", BODY[1]])
    assert "FOOTER-162" not in {r.rule for r in doc.removed}


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By JANE DOE, GMA Integrated News", ["Jane Doe"]),
        ("By Jane Doe, The Philippine Star", ["Jane Doe"]),
        ("By Jane Doe, John Roe and Ann Lee", ["Jane Doe", "John Roe", "Ann Lee"]),
    ],
)
def test_outlet_after_a_comma_is_no_writer(byline, authors):
    doc = _clean(["DOH reports rise in dengue cases", byline, "Published March 4, 2024 2:32pm", LEAD, *BODY])
    assert doc.metadata.authors == authors


def test_reporting_from_under_the_byline_is_the_dateline():
    """NYT's 'Reporting from Washington' (meta18's DATELINE-011 reads it; BYLINE-032 was dropped in
    its favour at the merge): the byline's names stay the authors."""
    lines = ["Senate Passes Bill to Avert Shutdown", "By Jane Doe and John Roe", "Reporting from Washington"]
    doc = _clean([*lines, "Jan. 19, 2024", LEAD, *BODY])
    assert "DATELINE-011" in _rules_for(doc, "Reporting from Washington")
    assert doc.metadata.authors == ["Jane Doe", "John Roe"]
    assert doc.metadata.dateline is not None and doc.metadata.dateline.place == "Washington"


def test_staff_photographer_credit_makes_a_caption():
    line = "Houston ISD headquarters in Houston on Monday. Jane Doe/Staff photographer"
    doc = _clean([LEAD, BODY[0], line, BODY[1]])
    assert [(c.credit, c.photographer) for c in doc.metadata.captions] == [("Jane Doe/Staff photographer", "Jane Doe")]


@pytest.mark.parametrize(
    ("stamp", "language", "iso"),
    [
        ("4. března 2024 14:32", "cs", "2024-03-04T14:32"),
        ("2024. március 4. – 14:32", "hu", "2024-03-04T14:32"),
        ("4 martie 2024, 14:32", "ro", "2024-03-04T14:32"),
        ("4. ožujka 2024., 14:32", "hr", "2024-03-04T14:32"),
        ("04 Mart 2024 14:32", "tr", "2024-03-04T14:32"),
        ("Monday, 04 Mar 2024 4:01 PM MYT", None, "2024-03-04T16:01+08:00"),
        ("March 4, 2024 4:01 PM NZDT", None, "2024-03-04T16:01+13:00"),
    ],
)
def test_stamps_in_more_languages_and_zones_parse(stamp, language, iso):
    doc = _clean(
        ["MACC detains two officers over bribery claims", "By JANE DOE", stamp, LEAD, *BODY], language=language
    )
    assert stamp not in doc.text
    assert doc.metadata.published is not None and doc.metadata.published["iso"] == iso


def test_ist_stays_without_an_offset():
    """IST is India's and Israel's: the time is kept as printed, with no offset guessed."""
    doc = _clean(["RBI keeps repo rate unchanged", "By Jane Doe", "March 4, 2024 4:01 PM IST", LEAD, *BODY])
    assert doc.metadata.published["iso"] == "2024-03-04T16:01"


def test_sign_off_over_short_labels_goes():
    """ORF closes with the desk's sign-off over its link box ('Links:' / 'Parlament')."""
    doc = _clean([LEAD, *BODY, "red, ORF.at/Agenturen", "Links:", "Parlament"], language="de")
    assert "FOOTER-162" in _rules_for(doc, "red, ORF.at/Agenturen")


def test_pipe_credit_with_outlet_makes_a_caption():
    line = "Members of Parliament during a session at Parliament Buildings, Nairobi. | File | Nation Media Group"
    doc = _clean([LEAD, BODY[0], line, BODY[1]])
    assert [c.credit for c in doc.metadata.captions] == ["File | Nation Media Group"]


def test_lead_in_glued_to_the_name():
    """ABC News prints 'By' and the name as two spans: 'ByJane Doe' was the author's name."""
    doc = _clean(["Storm knocks out power to thousands", "ByJane Doe", "March 4, 2024, 4:01 PM", LEAD, *BODY])
    assert doc.metadata.authors == ["Jane Doe"]


def test_byron_is_a_name_not_a_lead_in():
    doc = _clean(["Storm knocks out power to thousands", "By Byron Smith", "March 4, 2024, 4:01 PM", LEAD, *BODY])
    assert doc.metadata.authors == ["Byron Smith"]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "Jane Doe has no position in any of the stocks mentioned. The Motley Fool has positions in and "
            "recommends Apple. The Motley Fool has a disclosure policy.",
            "FOOTER-163",
        ),
        ("This article was generated by Benzinga's automated content engine and reviewed by an editor.", "FOOTER-163"),
        ("Should you invest $1,000 in Apple right now?", "PROMPT-196"),
        ("See the 10 stocks »", "PROMPT-196"),
        ("*Stock Advisor returns as of March 4, 2024", "PROMPT-196"),
    ],
)
def test_investing_syndication_furniture_goes(line, rule):
    doc = _clean([LEAD, *BODY, line])
    assert rule in _rules_for(doc, line)


def test_a_fund_s_positions_in_copy_stay():
    line = (
        "Berkshire Hathaway has positions in Apple and Bank of America, its latest filing shows, and it added "
        "to its stake in Occidental last quarter."
    )
    doc = _clean([LEAD, BODY[0], line, BODY[1]])
    assert line in doc.text


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("KYODO NEWS - Feb 15, 2024 - 09:12 | Business, All", "2024-02-15T09:12"),
        ("Ahram Online , Wednesday 6 Mar 2024", "2024-03-06"),
    ],
)
def test_desk_and_stamp_above_the_copy(line, iso):
    doc = _clean(["Japan's economy falls into recession", line, LEAD, *BODY])
    assert "TIMESTAMP-015" in _rules_for(doc, line)
    assert doc.metadata.published["iso"] == iso
    assert doc.metadata.authors == []


def test_place_and_date_is_no_desk_stamp():
    line = "Kuala Lumpur - March 4, 2024"
    doc = _clean(["Govt to table new bill on online safety", line, LEAD, *BODY])
    assert "TIMESTAMP-015" not in {r.rule for r in doc.removed}


def test_slashed_date_read_as_the_dateline_names_it():
    """Bernama prints '04/03/2024' day first in English copy whose dateline says 'March 4'."""
    lead = "KUALA LUMPUR, March 4 (Bernama) -- The government will table a new bill on online safety this year."
    doc = _clean(["Govt to table new bill on online safety", "04/03/2024 04:01 PM", lead, *BODY])
    assert doc.metadata.published["iso"] == "2024-03-04T16:01"


def test_slashed_date_month_first_without_a_dateline():
    doc = _clean(["Govt to table new bill on online safety", "04/03/2024 04:01 PM", LEAD, *BODY])
    assert doc.metadata.published["iso"] == "2024-04-03T16:01"


@pytest.mark.parametrize(
    ("line", "author"),
    [("Jane Doe jdoe@example-news.com", "Jane Doe"), ("Jane Doe@JANEDOE", "Jane Doe")],
)
def test_name_with_its_contact_next_to_the_date_is_the_byline(line, author):
    doc = _clean(["City council approves new park plan", line, "Mar 4, 2024", "Share", LEAD, *BODY])
    assert doc.metadata.authors == [author]


def test_key_points_label_is_no_writer():
    lines = ["Stocks close higher", "Published Mon, Mar 4 2024 4:01 PM EST", "Jane Doe@JANEDOE", "Key Points"]
    doc = _clean([*lines, LEAD, *BODY])
    assert doc.metadata.authors == ["Jane Doe"]


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Para más noticias de Justicia, visite aquí", "es"),
        ("Leia mais notícias em g1.globo.com", "pt"),
        ("Per altre notizie clicca qui", "it"),
    ],
)
def test_pointer_to_more_news_goes(line, language):
    doc = _clean([LEAD, *BODY, line], language=language)
    assert "RELATED-036" in _rules_for(doc, line)


def test_capital_initials_sign_off():
    doc = _clean([LEAD, *BODY, "JLMR"], language="es")
    assert "FOOTER-162" in _rules_for(doc, "JLMR")


@pytest.mark.parametrize("line", ["ISLAMABAD:", "New Delhi:", "TOKYO"])
def test_city_alone_over_the_copy_is_the_dateline_and_stays(line):
    doc = _clean(["SC reserves verdict in audio leaks case", "Jane Doe", "March 04, 2024", line, LEAD, *BODY])
    assert doc.metadata.dateline is not None and doc.metadata.dateline.text == line
    assert line in doc.text.split("\n")


def test_city_in_mixed_case_alone_is_no_dateline():
    """'Tokyo' alone with no colon may be a crosshead of the copy."""
    doc = _clean(["SC reserves verdict in audio leaks case", "Jane Doe", "March 04, 2024", "Tokyo", LEAD, *BODY])
    assert doc.metadata.dateline is None


def test_agency_spelled_out_is_no_title():
    lines = ["India News", "Press Trust of India", "Updated: March 04, 2024 4:01 pm IST"]
    lines += ["Court grants bail to activist in 2020 riots case", "New Delhi:", LEAD, *BODY]
    doc = _clean(lines)
    assert doc.metadata.title == "Court grants bail to activist in 2020 riots case"


def test_nyt_topic_line_goes():
    line = "See more on: U.S. Politics, Chuck Schumer"
    doc = _clean([LEAD, *BODY, line])
    assert "CRUMB-115" in _rules_for(doc, line)


def test_more_on_a_sentence_stays():
    line = "More on: the budget will follow next week, officials said."
    doc = _clean([LEAD, BODY[0], line, BODY[1]])
    assert line in doc.text
