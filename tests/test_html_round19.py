"""Issue 14, nineteenth round: page-level decisions on small handmade pages.

HTML-031: a short line whose only date is a year ('Windows Server 2019', a citation's '(2019)') is a
name or a reference, not the page's timestamp (HTML-003). HTML-032: dated lines that open with one
same label ('Termin: 21.02.2020, 19 Uhr', three times or more, each date different) are a
schedule's entries, not the page's timestamp. Each page is written here, in the shape of a failure
seen on real sites, with copy written for the test.
"""

from __future__ import annotations

from cleaner.html import clean_html

URL = "https://www.lantern-tools.example/products/desk-runner"


def page(body: str, title: str) -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head><title>{title}</title></head>"
        f"<body><header><nav><a href='/'>Home</a> <a href='/products'>Products</a></nav></header>"
        f"<main><article><h1>{title}</h1>{body}</article></main>"
        "<footer><p>Lantern Tools, Harbour Road 4</p></footer></body></html>"
    )


def _rules(art) -> list[str]:
    return [r.rule for r in art.removed]


def _spared(art, rule: str) -> list[str]:
    return [s["text"] for s in art.metadata.html.get("spared", []) if s["rule"] == rule]


INTRO = (
    "<p>Desk Runner lets you run a second operating system side by side with your own, without "
    "restarting the computer, and share files and the clipboard between the two of them.</p>"
    "<p>The new release starts guests twice as fast as the last one and needs a third less memory "
    "for each of them, the company said when it announced the version this week.</p>"
)
SYSTEMS = ["Windows Server 2019", "Windows Server 2012 R2", "Windows 2000 Server SP4", "Kali 2019 and 2018"]


def test_names_carrying_a_year_stay():
    """A list of supported systems is the page's content: each row carries a year, none a date."""
    items = "".join(f"<li>{s}</li>" for s in SYSTEMS)
    more = "<p>More systems will follow in later updates to the program.</p>"
    body = f"{INTRO}<h2>Supported guest systems</h2><ul>{items}</ul>{more}"
    art = clean_html(page(body, "Desk Runner 5 runs two systems at once"), url=URL)
    for s in SYSTEMS:
        assert s in art.text, s
    assert set(SYSTEMS) <= set(_spared(art, "HTML-031"))
    assert "HTML-003" not in _rules(art)


def test_citation_year_stays():
    """A reference line closing a science story: journal, volume, pages and the year in brackets."""
    body = (
        "<p>The team measured how much ice the glacier lost over ten summers, and found the loss "
        "had doubled since the first survey of the valley.</p>"
        "<p>They say the same method could be used on hundreds of smaller glaciers in the range.</p>"
        "<p>Glacier Letters 574, 16-17 (2019)</p>"
    )
    art = clean_html(page(body, "Valley glacier loses ice twice as fast"), url=URL)
    assert "Glacier Letters 574, 16-17 (2019)" in art.text


def test_timestamps_still_go():
    """Counter-examples: a date, a month with its year, a year with 'Updated' are timestamps."""
    for stamp in ("19.01.2020", "Date 19.01.2020", "Updated 2019", "November 2019", "Posted: Tue., Nov. 19, 2019"):
        body = f"<p class='stamp'>{stamp}</p>{INTRO}"
        art = clean_html(page(body, "Desk Runner 5 runs two systems at once"), url=URL)
        assert stamp not in art.text, stamp
        assert not _spared(art, "HTML-031"), stamp


def _event(n: int, when: str) -> str:
    return (
        f"<h3>Tasting evening number {n}</h3>"
        f"<p>We taste six single malts from the islands with a guest from one of the distilleries, who "
        f"tells the story of each cask; bread and cheese are served between the glasses.</p>"
        f"<p>{when}</p>"
    )


def test_schedule_entries_stay():
    """An events page: each event's date under its text, with the same label every time."""
    dates = ["Termin: 21.02.2020, 19 Uhr", "Termin: 06.03.2020, 19 Uhr", "Termin: 08.05.2020, 19 Uhr"]
    body = "<p>Our tastings for the first half of the year are listed below; seats are limited.</p>" + "".join(
        _event(i, d) for i, d in enumerate(dates, 1)
    )
    art = clean_html(page(body, "Whisky tastings from February to May"), url=URL)
    for d in dates:
        assert d in art.text, d
    assert set(dates) <= set(_spared(art, "HTML-032"))


def test_two_entries_or_glued_names_are_no_schedule():
    """Counter-examples: two dated lines, the same stamp printed twice, or a forum's stamps with
    each poster's name glued to the date, are timestamps, and go."""
    two = ["Termin: 21.02.2020, 19 Uhr", "Termin: 06.03.2020, 19 Uhr"]
    body = "".join(_event(i, d) for i, d in enumerate(two, 1))
    art = clean_html(page(body, "Whisky tastings from February to May"), url=URL)
    assert not any(d in art.text for d in two)
    same = ["Date 19.01.2020"] * 3
    art = clean_html(page("".join(_event(i, d) for i, d in enumerate(same, 1)), "Three tastings"), url=URL)
    assert "Date 19.01.2020" not in art.text
    glued = ["jane28.09.1912:44", "bob28.09.1913:39", "jane28.09.1913:55"]
    art = clean_html(page("".join(_event(i, d) for i, d in enumerate(glued, 1)), "Three tastings"), url=URL)
    assert not any(d in art.text for d in glued)
    assert not _spared(art, "HTML-032")


# CRUMB-160: a section trail printed as a list, one segment per item, each ending in the arrow


LEAD = (
    "Der Naturschutzverband bedauert, dass das Gespräch zwischen dem Minister und dem Landesvater "
    "nicht dazu geführt hat, dass das Land seine Abstandsregel für Windräder aufgibt."
)
MORE = "„Wir sind nach dem Gespräch doch sehr enttäuscht“, erklärt der Vorsitzende des Verbands."


def test_trail_as_list_items_goes():
    from cleaner import clean_text

    trail = "- Startseite ›\n- Presse und Aktuelles ›\n- Pressemitteilungen"
    text = f"{trail}\nWindkraft geht nur ohne Abstandsregel\n{LEAD}\n{MORE}\n"
    art = clean_text(text, language="de")
    gone = [r.text for r in art.removed if r.rule == "CRUMB-160"]
    assert gone == ["- Startseite ›", "- Presse und Aktuelles ›", "- Pressemitteilungen"]
    assert art.text.startswith(LEAD[:40]) or art.text.startswith("Windkraft")


def test_trail_list_on_a_page_goes():
    body = (
        "<ul class='path'><li><span>Home</span> ›</li><li><span>Presse und Aktuelles</span> ›</li></ul>"
        f"<p>{LEAD}</p><p>{MORE}</p>"
    )
    art = clean_html(
        page(body, "Windkraft geht nur ohne Abstandsregel"), url="https://www.verband.example/presse/windkraft"
    )
    assert "Home ›" not in art.text and "Presse und Aktuelles" not in art.text
    assert [r.text for r in art.removed if r.rule == "CRUMB-160"] == ["- Home ›", "- Presse und Aktuelles ›"]
    assert LEAD in art.text


def test_list_items_that_are_no_trail_stay():
    """Counter-examples: a list of the article's points, a quotation in guillemets, a list item
    after a trail that is a sentence, and a line with an arrow that is no list item."""
    from cleaner import clean_text

    points = "Die Forderungen:\n- Abstandsregel abschaffen\n- Flächen ausweisen\n- Bürger beteiligen"
    quote = "- « Nous voulons des éoliennes », dit-elle »"
    after = "- Home ›\n- Der Verband fordert, die Regel abzuschaffen."
    for extra in (points, quote, after, "Weiterlesen ›"):
        art = clean_text(f"{LEAD}\n{extra}\n{MORE}\n", language="de")
        gone = [r.text for r in art.removed if r.rule == "CRUMB-160"]
        kept = [line for line in extra.splitlines() if line != "- Home ›"]
        assert all(line not in gone for line in kept), (extra, gone)


# CRUMB-161..163: a pager's position, a gallery's count and a skip link, each alone on a line


STORY = (
    "<p>Die Situation zwischen den beiden ist angespannt: Nach der Trennung scheint sie bereits eine "
    "neue Liebe gefunden zu haben, auch wenn sie das offiziell bestreitet.</p>"
    "<p>Er sieht die Dinge anders und äußert sich in einem Interview am Sonntagabend recht deutlich "
    "über die Zeit nach der Trennung.</p>"
)


def test_page_furniture_lines_go():
    url = "https://www.leute-heute.example/stars/trennung"
    for line, rule in (
        ("Seite 1 von 2", "CRUMB-161"),
        ("Hauptinhalt", "CRUMB-163"),
        ("Zum Hauptinhalt springen", "CRUMB-163"),
        ("6 Bilder", "CRUMB-162"),
        ("Kommentare werden geladen...", "CRUMB-146"),
    ):
        art = clean_html(page(f"<div class='top'>{line}</div>{STORY}", "Neue Liebe nach der Trennung"), url=url)
        assert line not in art.text, line
        assert [r.text for r in art.removed if r.rule == rule] == [line], (line, [r.rule for r in art.removed])
        assert art.metadata.title == "Neue Liebe nach der Trennung"


def test_page_furniture_text_rules_leave_copy():
    """Counter-examples: the same words inside sentences are copy."""
    from cleaner import clean_text

    for copy in (
        "Seite 1 von 2 des Berichts nennt die Zahlen des Jahres, die der Rat am Montag vorgelegt hat.",
        "6 Bilder hängen im Flur des Rathauses, gemalt von Kindern der Grundschule am Markt.",
        "Der Hauptinhalt des Gesetzes ist die neue Abstandsregel für Windräder in den Wäldern.",
    ):
        lead = "Die Gemeinde hat am Montag über die Zukunft des Bades beraten und eine Entscheidung vertagt."
        art = clean_text(f"{lead}\n\n{copy}\n", language="de")
        assert copy in art.text, copy
