"""Issue 14, twentieth round: page-level decisions on small handmade pages.

HTML-052: a portal template sets the site's logo and the portal's name as the page's first h1s;
the article's own h1 comes later, with a kicker printed inside it. It is the headline when it holds
the page's <title> (or a part of it), and its repeat opening the text goes as HTML-001; a later h1
that holds no title is a section heading and stays. Each page is written here, in the shape of a
failure seen on real sites, with copy written for the test.
"""

from __future__ import annotations

from cleaner.html import clean_html

URL = "https://www.ministry-of-homes.example/portal/consumers/price-clauses"

BODY = (
    "<p>Whether energy, banking or telephone: contracts of every kind hold clauses that let the "
    "supplier raise its prices. Here we explain what you should look out for.</p>"
    "<p>If you have recently signed a loan, changed your electricity supplier or joined a new health "
    "insurer, you may have read the terms and conditions more closely than usual, and found a "
    "clause on price changes among them.</p>"
    "<h2>The basics</h2>"
    "<p>Price clauses must not put consumers at an unfair disadvantage, and a supplier has to say "
    "in plain words when and by how much it may raise its prices.</p>"
)


def portal(headline: str, title: str, body: str = BODY) -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head><title>{title}</title></head><body>"
        "<div class='logo'><h1><a href='/'>Ministry of Homes and Consumer Affairs</a></h1></div>"
        "<div class='portal'><h1>Consumer portal</h1></div>"
        f"<div id='main'><div id='content'>{headline}{body}</div></div>"
        "<footer><p>Ministry of Homes, Harbour Road 4</p></footer></body></html>"
    )


KICKED = "<h1><span class='category'><span class='aural'>Topic </span>Consumer rights</span> Fairer price clauses</h1>"


def _removed(art, rule: str) -> list[str]:
    return [r.text for r in art.removed if r.rule == rule]


def test_third_h1_holding_the_title_is_the_headline():
    """The article's h1, third on the page, with a kicker inside it, under a <title> 'MoH | Fairer price clauses'."""
    art = clean_html(portal(KICKED, "MoH | Fairer price clauses"), url=URL)
    assert "Topic Consumer rights Fairer price clauses" not in art.text
    assert art.text.startswith("Whether energy, banking or telephone")
    assert "Topic Consumer rights Fairer price clauses" in _removed(art, "HTML-052")
    assert "The basics" in art.text


def test_later_h1_without_the_title_stays():
    """Counter-example: a template that sets every heading as h1; a later one holding no title is a section head."""
    body = BODY.replace("<h2>The basics</h2>", "<h1>What the law says about price clauses</h1>")
    head = "<h1>Ask before you sign a contract</h1>"
    art = clean_html(portal(head, "MoH | Fairer price clauses", body), url=URL)
    assert "What the law says about price clauses" in art.text
    assert not [t for r in ("HTML-001", "HTML-052") for t in _removed(art, r) if "law says" in t]
