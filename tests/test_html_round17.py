"""Issue 14, seventeenth round: page-level decisions on small handmade pages.

HTML-030: the article's last paragraph cut short with an ellipsis (a paywalled page's snippet ends
so: 'All...'), printed plain among the body's paragraphs, is copy, not a closing label (HTML-005);
a 'Read more…' that is a link, or sits in a labelled teaser box, still goes. Each page is written
here, in the shape of a failure seen on real sites, with copy written for the test.
"""

from __future__ import annotations

from cleaner.html import clean_html

URL = "https://www.harbour-ledger.example/business/2024/05/ferry-fares-rise"
TITLE = "Ferry fares to rise in the autumn"


def page(body: str, title: str = TITLE) -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head><title>{title}</title></head>"
        f"<body><header><nav><a href='/'>Home</a> <a href='/business'>Business</a></nav></header>"
        f"<article><h1>{title}</h1>{body}</article>"
        "<footer><p>© Harbour Ledger</p></footer></body></html>"
    )


P1 = (
    "<p>The harbour board said on Tuesday that ferry fares across the bay will rise by a tenth in the "
    "autumn, the first increase in four years, to pay for two new boats.</p>"
)
P2 = (
    "<p>Commuters who cross twice a day will pay about forty pounds more a year, and the board said a "
    "season ticket would keep its discount for those who buy it before September.</p>"
)


def _rules(art) -> set[str]:
    return {r.rule for r in art.removed}


def test_cut_off_last_paragraph_stays():
    """A snippet ends mid-sentence: the one cut word with its ellipsis is the article's."""
    for cut in ("All...", "Most of…", "Fares for pupils and..."):
        art = clean_html(page(f"<div class='snippet-body'>{P1}{P2}<p>{cut}</p></div>"), url=URL)
        assert cut in art.text, cut
        assert {"rule": "HTML-030", "text": cut} in art.metadata.html["spared"]
        assert "HTML-005" not in _rules(art)


def test_cut_off_paragraph_after_subscribe_box_stays():
    """The paywall's box after the cut paragraph goes; the cut paragraph stays."""
    body = (
        f"<div class='snippet-body'>{P1}{P2}<p>All...</p></div>"
        "<div class='snippet-login'><span>To read the full story</span> <a href='/subscribe'>Subscribe</a></div>"
    )
    art = clean_html(page(body), url=URL)
    assert art.text.rstrip().endswith("All...")
    assert "Subscribe" not in art.text


def test_linked_read_more_still_goes():
    """'Read more…' as a link closing the text is a label, as before."""
    art = clean_html(page(f"<div>{P1}{P2}<p><a href='/business/more'>Read more…</a></p></div>"), url=URL)
    assert "Read more" not in art.text
    assert "spared" not in art.metadata.html


def test_ellipsis_label_outside_the_body_container_goes():
    """A short line with an ellipsis that is not among the article's paragraphs (its container holds
    fewer than three <p>) is a closing label, as before."""
    body = f"<div>{P1}{P2}</div><div class='more'><p>More stories...</p></div>"
    art = clean_html(page(body), url=URL)
    assert "More stories" not in art.text
    assert "spared" not in art.metadata.html


def test_label_without_ellipsis_still_goes():
    """A closing label ending no sentence, without an ellipsis, still goes (HTML-005)."""
    art = clean_html(page(f"<div>{P1}{P2}<p>Related coverage</p></div>"), url=URL)
    assert "Related coverage" not in art.text
    assert "spared" not in art.metadata.html


def test_spared_paragraph_is_idempotent():
    from cleaner import clean_text

    art = clean_html(page(f"<div>{P1}{P2}<p>All...</p></div>"), url=URL)
    assert clean_text(art.text).text == clean_text(clean_text(art.text).text).text


# ---------------------------------------------------------------- HTML-020: pop-ups, dialogs, cookie notices


def _with_box(box: str) -> str:
    # set inside the article's container, where the extractor takes it with the copy
    return page(f"<div class='body'>{P1}{box}{P2}<p>Fares for pupils stay as they are.</p></div>")


def test_popup_dialog_and_cookie_boxes_go():
    """A box the page labels as a pop-up, a dialog or a cookie notice is furniture in any language."""
    boxes = {
        "popup": "<div class='nl-popup'><p>Wünschen Sie sich mehr Tipps rund ums Wohnen und Reisen?</p>"
        "<p>Abonnieren Sie jetzt unseren Themen-Newsletter.</p></div>",
        "dialog": "<div class='feedback-dialog'><p>Would you like to give us feedback? We look forward to "
        "hearing your suggestions!</p></div>",
        "cookie": "<div id='cookie_notice'><p>This website uses cookies to give you the best possible online "
        "experience. Please let us know that you agree by clicking 'Yes, I agree' below.</p></div>",
    }
    for word, box in boxes.items():
        art = clean_html(_with_box(box), url=URL)
        assert "Fares for pupils stay as they are." in art.text, word
        for gone in ("Newsletter", "feedback", "cookies"):
            assert gone not in art.text, (word, gone)
        if word != "cookie":  # the extractor itself leaves most cookie notices out
            assert "HTML-004" in _rules(art), word
            assert art.metadata.html["boilerplate_containers"].get(word) == 1, word


def test_article_wrapper_labelled_dialog_keeps_its_text():
    """A label on the article's own wrapper (an interview filed under 'dialog') drops nothing: the
    container holds the text (HTML-004's wrapper_share)."""
    art = clean_html(page(f"<div class='post category-dialog'>{P1}{P2}</div>"), url=URL)
    assert "ferry fares across the bay" in art.text and "season ticket" in art.text
    assert "HTML-004" not in _rules(art)
