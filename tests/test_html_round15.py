"""Issue 14, fifteenth round: page-level decisions on small handmade pages.

HTML-028 (soft hyphens as the page prints them), HTML-008 (a closing call to action printed twice)
and HTML-001 judging the headline repeat by the page's <title> as well. Each page is written here,
in the shape of a failure seen on real sites, with copy written for the test.
"""

from __future__ import annotations

from cleaner import clean_text
from cleaner.html import clean_html, extract

URL = "https://www.lindenauer-bote.example/stadt/2024/05/neue-faehre"


def page(body: str, title: str = "Neue Fähre für die Altstadt") -> str:
    return (
        f"<!DOCTYPE html><html lang='de'><head><title>{title}</title></head>"
        f"<body><header><nav><a href='/'>Start</a> <a href='/stadt'>Stadt</a></nav></header>{body}</body></html>"
    )


def _p(n: int) -> str:
    return (
        f"<p>Absatz {n}: Die Stadtwerke teilten mit, dass die neue Fähre an Werktagen alle vierzig Minuten "
        f"fahren soll und an Markttagen zusätzliche Überfahrten geplant sind ({n}).</p>"
    )


# ---------------------------------------------------------------- HTML-028: soft hyphens


SHY_PAGE = page(
    "<article><h1>Neue Fähre für die Altstadt</h1>"
    "<p>Laut Satzung soll die Fähre den Not&shy;fall&shy;dienst, den Fahr&shy;plan und weitere Angebote der "
    "Stadtwerke für die Anwohner in der Altstadt und am Hafen aufnehmen.</p>"
    f"{_p(1)}{_p(2)}"
    "<p>Der Fahrplan hängt am Anleger aus, und die Stadtwerke beantworten Fragen zur Fähre telefonisch.</p>"
    "</article>"
)


def test_soft_hyphens_the_page_prints_are_kept():
    """A word the page hyphenates for the browser keeps its soft hyphens, as the text engine keeps them."""
    art = clean_html(SHY_PAGE, url=URL)
    assert "Not\xadfall\xaddienst" in art.text
    assert "HTML-028" in art.metadata.html["soft_hyphens"]


def test_each_word_as_the_page_prints_it_there():
    """'Fahrplan' is hyphenated in the first paragraph and printed plain in the last: each keeps its
    own spelling, as the page printed it at that place."""
    art = clean_html(SHY_PAGE, url=URL)
    assert "den Fahr\xadplan und weitere" in art.text
    assert "Der Fahrplan hängt am Anleger aus" in art.text


def test_text_holding_the_stand_in_marks_is_unharmed():
    """The renderer is handed the soft hyphens as a printable stand-in the text does not hold: a
    page that prints those marks itself keeps them as they are."""
    marks = "\u2bd2\u2bd1"
    art = clean_html(SHY_PAGE.replace("Angebote der", f"Angebote {marks} der"), url=URL)
    assert f"Angebote {marks} der" in art.text
    assert "Not\xadfall\xaddienst" in art.text


def test_no_soft_hyphen_no_change_and_idempotent():
    plain = SHY_PAGE.replace("&shy;", "")
    art = clean_html(plain, url=URL)
    assert "\xad" not in art.text and "soft_hyphens" not in art.metadata.html
    hyph = clean_html(SHY_PAGE, url=URL).text
    assert clean_text(hyph).text == hyph


def test_soft_hyphen_as_the_character_itself():
    art = clean_html(SHY_PAGE.replace("&shy;", "\xad"), url=URL)
    assert "Not\xadfall\xaddienst" in art.text


# ---------------------------------------------------------------- HTML-008: a closing line printed twice

CTA = "<p><a href='/spiele/faehrquiz'>Hier klicken</a>, um mehr zu erfahren oder das Quiz herunterzuladen.</p>"


def test_closing_call_to_action_printed_twice_goes_once():
    gallery = "<div class='gallery'></div>"
    body = f"<article><h1>Neue Fähre für die Altstadt</h1>{_p(1)}{CTA}{_p(2)}{_p(3)}{gallery}{CTA}</article>"
    ex = extract(page(body), url=URL)
    assert ex.text.count("Hier klicken") == 1
    assert ex.text.index("Hier klicken") < ex.text.index("Absatz 2")
    dropped = [b for b in ex.blocks if b["rule"] == "HTML-008"]
    assert len(dropped) == 1 and dropped[0]["locator"]


def test_short_closing_line_that_repeats_stays():
    """A recipe's measure or a list's last item can repeat honestly: short blocks are not judged."""
    measure = "<p>Portionen: 1 Becher.</p>"
    body = f"<article><h1>Neue Fähre für die Altstadt</h1>{_p(1)}{measure}{_p(2)}{_p(3)}{measure}</article>"
    ex = extract(page(body), url=URL)
    assert ex.text.count("Portionen: 1 Becher.") == 2
    assert not [b for b in ex.blocks if b["rule"] == "HTML-008"]


def test_repeat_in_the_middle_stays():
    """Only the text's last block is judged: a refrain inside the copy is the writer's."""
    refrain = "<p>Und wieder fuhr die alte Fähre pünktlich über den Fluss, als wäre nichts geschehen.</p>"
    body = f"<article><h1>Neue Fähre für die Altstadt</h1>{_p(1)}{refrain}{_p(2)}{refrain}{_p(3)}</article>"
    ex = extract(page(body), url=URL)
    assert ex.text.count("Und wieder fuhr die alte Fähre") == 2


# ---------------------------------------------------------------- HTML-001 by the page's <title>


def test_headline_repeat_without_h1_is_judged_by_the_title_tag():
    """No <h1> and no declared title: the headline in a <dt> over the copy repeats the page's <title>
    (with the site's name after a dash) and goes; the module heading over it then introduces only
    what was dropped (HTML-005)."""
    headline = "Streit um die neue Fähre, warum der Fall öffentlich ist"
    news = "".join(f"<li><a href='/n/{i}'>Meldung {i} des Tages aus der Stadt..</a></li>" for i in range(1, 3))
    paras = "".join(_p(i) for i in range(1, 5))
    body = (
        "<div class='mainArea'><div class='newsArticle'>"
        f"<div class='recentNews'><h4>Lindenauer Bote Top-Themen</h4><ul>{news}</ul></div>"
        f"<div class='newsContent'><dl class='newsTitle'><dt>{headline}</dt></dl>Eingestellt: 2018-08-25 15:24"
        f"<div class='newsArticle'><div id='_article'>{paras}</div></div></div></div></div>"
    )
    ex = extract(page(body, title=f"{headline} - Lindenauer Bote"), url=URL)
    assert headline not in ex.text
    assert "Absatz 1" in ex.text
    assert any(b["rule"] == "HTML-001" and b["text"] == headline for b in ex.blocks)
    assert any(b["rule"] == "HTML-005" and b["text"] == "Lindenauer Bote Top-Themen" for b in ex.blocks)


def test_title_tag_words_inside_a_paragraph_stay():
    """A paragraph that merely holds the title's words among more of its own is prose."""
    body = (
        "<article>"
        "<p>Neue Fähre für die Altstadt: so nannte der Bürgermeister den Plan, als er ihn am Montag im "
        "Rathaus vorstellte und die ersten Fahrzeiten für den Sommer nannte.</p>"
        f"{_p(1)}{_p(2)}</article>"
    )
    ex = extract(page(body), url=URL)
    assert "so nannte der Bürgermeister" in ex.text


def test_a_table_with_soft_hyphens_is_still_kept_line_for_line():
    """A table's lines are protected (HTML-014) by their text as rendered: with the soft hyphens
    back in the body text, the protected lines carry them too, so 'Share' in a cell stays."""
    rows = "".join(f"<tr><td>Fahr&shy;karte {n}</td><td>{n * 5},00 Euro</td><td>Share</td></tr>" for n in range(1, 7))
    doc = clean_html(
        page(f"<article><h1>Neue Fähre für die Altstadt</h1>{_p(1)}<table>{rows}</table>{_p(2)}</article>")
    )
    assert all(f"Fahr\xadkarte {n}" in doc.text for n in range(1, 7))
    side = doc.to_sidecar()
    assert side["counts"]["vetoes"].get("HTML-014", 0) >= 1
    assert not [r for r in side["removed"] if "Share" in r["text"]]


# ---------------------------------------------------------------- HTML-018 under a standfirst


def test_bare_opening_under_a_kept_standfirst_goes_between():
    """The opening is bare text in a box of its own, printed after the standfirst the extractor kept
    and before the first <p>: it is added between the two, not above the standfirst."""
    stand = (
        "<p class='chapo'>Ein Urteil ist noch keine Wissenschaft, und über die Fähre wird in der Stadt "
        "seit Jahren gestritten, ohne dass die Gutachten etwas geändert hätten</p>"
    )
    opening = (
        "Die Stadtwerke sind am Montag verurteilt worden, zwei Anwohnern des Hafens Schadenersatz zu zahlen. "
        "Beide führen ihre Beschwerden auf den Lärm der neuen Fähre zurück."
    )
    paras = "".join(_p(i) for i in range(1, 7))
    body = (
        f"<article><header><h1>Neue Fähre für die Altstadt</h1>{stand}</header><div class='article_body'>"
        f"<div class='article_faits'>{opening}</div><div class='reserve'>{paras}</div></div></article>"
    )
    ex = extract(page(body), url=URL)
    assert opening in ex.text
    assert ex.text.index("Ein Urteil") < ex.text.index("Die Stadtwerke sind") < ex.text.index("Absatz 1")
    assert any(b["rule"] == "HTML-018" for b in ex.blocks)


def test_bare_text_far_below_the_standfirst_is_not_an_opening():
    """Bare text after the body's second paragraph is no opening."""
    note = "Die Stadtwerke haben eine Stellungnahme angekündigt, die bis Freitag vorliegen soll, sagte ein Sprecher."
    body = (
        f"<article><h1>Neue Fähre für die Altstadt</h1><div class='text'>{_p(1)}{_p(2)}"
        f"<div class='box'>{note}</div>{_p(3)}</div></article>"
    )
    ex = extract(page(body), url=URL)
    assert not any(b["rule"] == "HTML-018" for b in ex.blocks)


def test_a_hyphenated_notice_is_still_read_by_the_text_rules():
    """The text rules read words whole: a notice the page hyphenates ('Lesen Sie auch' as
    'Le&shy;sen Sie auch') is still a notice, and the article's words keep their soft hyphens."""
    notice = "<p>Le&shy;sen Sie auch</p><p><a href='/stadt/1'>Mehr Fähren für den Hafen</a></p>"
    plain = clean_html(SHY_PAGE.replace("</article>", notice.replace("&shy;", "") + "</article>"), url=URL)
    hyph = clean_html(SHY_PAGE.replace("</article>", notice + "</article>"), url=URL)
    assert "Lesen Sie auch" not in plain.text
    assert "Le\xadsen" not in hyph.text and "Lesen Sie auch" not in hyph.text
    assert "Not\xadfall\xaddienst" in hyph.text
