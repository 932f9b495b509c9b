"""Issue 14, twentieth round: page-level decisions on small handmade pages.

HTML-052: a portal template sets the site's logo and the portal's name as the page's first h1s;
the article's own h1 comes later, with a kicker printed inside it. It is the headline when it holds
the page's <title> (or a part of it), and its repeat opening the text goes as HTML-001; a later h1
that holds no title is a section heading and stays. HTML-053: the standfirst set as a heading
labelled as the lead ('<h2 class="article-single__excerpt">'), outside the body's container, is the
lead (HTML-010 read only paragraphs and divs). HTML-054: a widget's <template> (an empty-state notice,
mustache placeholders) is taken off the page before extraction. HTML-055: headings that are only a
date, three or more, each different and over a kept block, are a schedule's days, not the page's
timestamp (HTML-003). Each page is written here, in the shape of a failure
seen on real sites, with copy written for the test.
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


# HTML-053: the standfirst set as a heading labelled as the lead, outside the body's container

NEWS_URL = "https://www.harbour-courier.example/2020/04/28/tattoo"

LEAD = (
    "Whether you like his advice or not, there is no denying the state epidemiologist has become a "
    "household name in the country during the crisis."
)


def news(lead_block: str) -> str:
    return (
        "<!DOCTYPE html><html lang='en'><head><title>Meet the man who tattooed a scientist's face on his arm</title>"
        "</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main><article>"
        "<h1>Meet the man who tattooed a scientist's face on his arm</h1>"
        "<figure><img src='/tattoo.jpg'><figcaption>The tattoo, a day old. Photo: Harbour Courier</figcaption></figure>"
        f"{lead_block}"
        "<div class='ad-slot'><span>Advertisement</span></div>"
        "<div class='article-body'>"
        "<p>Strange tattoos are plentiful around the world, but you would still be hard pressed to find "
        "one of a state epidemiologist on the arm of a young man from the capital.</p>"
        "<p>On Monday, a 32-year-old admirer had a portrait of the scientist's stern face inked on his "
        "left arm in a parlour near the harbour, where he had booked the session weeks earlier.</p>"
        "<p>He said he liked to have tattoos that stand for something in his life, and the crisis would "
        "be part of his life for as long as he lived.</p>"
        "</div></article></main><footer><p>Harbour Courier</p></footer></body></html>"
    )


def _added(art, rule: str) -> list[str]:
    return [a["text"] for a in art.metadata.html.get("added", []) if a["rule"] == rule]


def test_lead_set_as_a_heading_is_added():
    art = clean_html(news(f"<h2 class='article-single__excerpt'>{LEAD}</h2>"), url=NEWS_URL)
    assert art.text.startswith(LEAD)
    assert _added(art, "HTML-053") == [LEAD]


def test_deck_or_linked_heading_is_no_lead():
    """Counter-examples: a heading labelled a deck, and a linked teaser headline, stay out."""
    for block in (
        f"<h2 class='article-excerpt summary'>{LEAD}</h2>",
        f"<h2 class='teaser'><a href='/2020/04/27/other'>{LEAD}</a></h2>",
    ):
        art = clean_html(news(block), url=NEWS_URL)
        assert not _added(art, "HTML-053"), block


# HTML-054: a widget's <template> (its empty-state notice, its placeholders) is no page text

RECIPE_URL = "https://www.bakers-corner.example/recipes/4711/mandarin-cake"

GUIDE = (
    "<amp-list src='/recipes/4711/guide.json' layout='fixed-height' height='100'>"
    "<template type='amp-mustache'>{{#topArticle}}<h3>{{title}}</h3><p>Step-by-step guide by "
    "{{author}}</p>{{/topArticle}}{{^topArticle}}<p>There is no step-by-step guide for this recipe "
    "yet. Write the first one!</p>{{/topArticle}}</template></amp-list>"
)


def recipe(extra: str) -> str:
    return (
        "<!DOCTYPE html><html lang='en'><head><title>Mandarin cream cake</title></head><body>"
        "<main><article><h1>Mandarin cream cake</h1>"
        "<h2>Method</h2><div class='steps'>"
        "<p>Cook the pudding with the milk, the powder and the sugar, and set it aside to cool with "
        "cling film on its surface so that no skin forms.</p>"
        "<p>Drain the mandarins and keep the juice. Knead the ingredients for the base and press the "
        "dough into a greased tin, pulling up a rim.</p>"
        "<p>Stir the sour cream into the cooled pudding, spread it over the base and lay the "
        "mandarins on top. Bake at 175 degrees for about 80 minutes.</p>"
        f"</div>{extra}</article></main></body></html>"
    )


def test_template_text_is_taken_off_the_page():
    art = clean_html(recipe(GUIDE), url=RECIPE_URL)
    assert "Write the first one" not in art.text
    assert "{{" not in art.text
    dropped = [r.text for r in art.removed if r.rule == "HTML-054"]
    assert len(dropped) == 1 and "There is no step-by-step guide" in dropped[0]
    assert "Bake at 175 degrees" in art.text


def test_large_template_is_left_to_the_extractor():
    """Counter-example: a template holding a whole text (a script shows it) is not taken off."""
    story = " ".join(
        f"<p>Paragraph {i} of the story the script shows tells how the cake came to the family, "
        f"and how each generation changed the recipe a little.</p>"
        for i in range(20)
    )
    art = clean_html(recipe(f"<template id='story'>{story}</template>"), url=RECIPE_URL)
    assert not [r for r in art.removed if r.rule == "HTML-054"]


# HTML-055: a schedule's day headings are no timestamp

GUIDE_URL = "https://www.fairway-post.example/golf-on-tv"


def tv_page(days: list[str]) -> str:
    listing = "".join(
        f"<h2>{day}</h2><p>Desert Championship, round {i + 1} in Ras al Khaimah, 11:30 on Sport One HD</p>"
        f"<p>Coast Pro-Am, round {i + 1} in Pebble Beach, 21:00 on Sport One HD</p>"
        for i, day in enumerate(days)
    )
    return (
        "<!DOCTYPE html><html lang='en'><head><title>Golf on TV this week</title></head><body><main><article>"
        "<h1>Golf on TV this week</h1>"
        "<p>The tour stays in California for the Pro-Am on the west coast, while the European tour moves "
        "to the Emirates, where it plays two weeks in a row on the same course.</p>"
        "<p>Two German players are in the field in the desert, and one of them is playing his first "
        "event of the season after an injury kept him out for three months.</p>"
        f"<h2>Golf live on Sport One</h2>{listing}"
        "</article></main></body></html>"
    )


DAYS = ["Thursday, 3 February 2022", "Friday, 4 February 2022", "Saturday, 5 February 2022", "Sunday, 6 February 2022"]


def test_day_headings_of_a_schedule_stay():
    art = clean_html(tv_page(DAYS), url=GUIDE_URL)
    for day in DAYS:
        assert day in art.text, day
    assert "Golf live on Sport One" in art.text
    assert set(DAYS) <= {s["text"] for s in art.metadata.html.get("spared", []) if s["rule"] == "HTML-055"}


def test_one_date_heading_is_still_a_timestamp():
    """Counter-example: a single date heading over the text is the page's timestamp."""
    art = clean_html(tv_page(DAYS[:1]), url=GUIDE_URL)
    assert DAYS[0] not in art.text
