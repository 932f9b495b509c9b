"""Page-level rules of the HTML layer on small handmade pages: what is added back (HTML-010,
HTML-011) and what is taken out of the page before extraction (HTML-006).

Each page is built here, in the shape of a failure seen on real sites, with copy written for the test.
"""

from __future__ import annotations

from cleaner.html import clean_html, extract

URL = "https://www.rivertonherald.example/news/2024/03/ferry-service-returns"


def page(body: str, title: str = "Ferry service returns to Riverton") -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head><title>{title}</title></head>"
        f"<body><header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>{body}</body></html>"
    )


def _para(n: int) -> str:
    return (
        f"<p>Paragraph {n}: the harbour authority said the ferry would run every forty minutes on weekdays, "
        f"with extra crossings on market days, once the repaired landing stage passes its final inspection ({n}).</p>"
    )


def test_body_chunks_deep_in_wrappers_are_joined():
    """HTML-011: the repeated container sits four levels above the paragraphs (grid, column, text
    wrappers); every chunk after the first is the article's and is logged as added."""
    chunks = "".join(
        f"<div class='story-chunk'><div class='row'><div class='col'><div class='article-body'>"
        f"{_para(i)}{_para(i + 1)}</div></div></div></div><div class='ad-slot'>Advertisement</div>"
        for i in range(1, 9, 2)
    )
    ex = extract(page(f"<main><h1>Ferry service returns to Riverton</h1>{chunks}</main>"), url=URL)
    for n in range(1, 9):
        assert f"Paragraph {n}:" in ex.text
    added = [d for d in ex.blocks if d["rule"] == "HTML-011"]
    assert added and all(d.get("added") for d in added)


def test_chunks_of_another_class_are_not_joined():
    """HTML-011's counter-case: the containers after the body are teasers of another class."""
    teasers = "".join(
        f"<div class='teaser-card'><div class='row'><div class='col'><div class='rich-text'>"
        f"<p>Other story {n}: the county's bus timetable changes next month, and three rural routes will "
        f"run only on school days, the transport office said in a statement on Friday.</p></div></div></div></div>"
        for n in range(1, 5)
    )
    body = (
        "<div class='story-chunk'><div class='row'><div class='col'><div class='rich-text'>"
        f"{_para(1)}{_para(2)}</div></div></div></div>"
    )
    ex = extract(
        page(f"<main><h1>Ferry service returns to Riverton</h1>{body}</main><section>{teasers}</section>"), url=URL
    )
    assert "Paragraph 1:" in ex.text
    assert not [d for d in ex.blocks if d["rule"] == "HTML-011"]


STORY = (
    "<p>Council members voted eight to one on Tuesday to fund the new landing stage, ending a dispute "
    "that had kept the ferry tied up since the storm in January.</p>"
    "<p>The harbour master said crews would start work within a fortnight and that the timetable would "
    "be published on the council's website before the first sailing.</p>"
)


def test_hover_card_inside_a_sentence_is_taken_out():
    """HTML-006: a card hanging on a linked name (the name again, a photo, headlines, 'MORE') is not
    glued into the sentence; the sentence reads on after it, and the drop is recorded and located."""
    card = (
        "<span class='people-hover'><a href='/people/mara-quill'>Mara Quill</a>"
        "<span class='people-hover-block'><span><img src='/img/quill.jpg' alt=''>"
        "<a class='name' href='/people/mara-quill'>Mara Quill</a>"
        "<a href='/news/4411-quill-seeks-review'>Quill seeks review of harbour contract after cost overrun</a> "
        "<a href='/news/4402-budget'>Budget talks stall over bridge repairs and school buses</a> "
        "<a class='more' href='/people/mara-quill'>MORE</a></span></span></span>"
    )
    body = (
        "<article><h1>Ferry service returns to Riverton</h1><p>The motion was brought by councillor "
        f"{card} (Ward 3), who had campaigned for the ferry since the storm.</p>{STORY}</article>"
    )
    doc = clean_html(page(body), url=URL)
    assert (
        "The motion was brought by councillor Mara Quill (Ward 3), who had campaigned for the ferry since the storm."
        in doc.text
    )
    assert "Quill seeks review" not in doc.text and "MORE" not in doc.text
    [rec] = [r for r in doc.removed if r.rule == "HTML-006"]
    assert "Quill seeks review of harbour contract" in rec.text
    assert rec.locator.startswith("line 1, /html/body/article/p[1]/span/span")


def test_links_in_a_sentence_are_not_a_card():
    """HTML-006's counter-case: a span of links that is part of the sentence (no picture, no name
    repeated) stays, and so does a paragraph that is only a list of links."""
    inline = (
        "<p>The report, <a href='/a/1'>first published in May</a> and <a href='/a/2'>updated last week</a>, names "
        "<span class='mentions'><a href='/p/1'>three ferry operators</a> and "
        "<a href='/p/2'>two port agencies</a></span> "
        "that missed the deadline for safety filings.</p>"
    )
    doc = clean_html(page(f"<article><h1>Ferry service returns to Riverton</h1>{STORY}{inline}</article>"), url=URL)
    assert "names three ferry operators and two port agencies that missed the deadline" in doc.text
    assert not [r for r in doc.removed if r.rule == "HTML-006"]


def test_card_repeating_the_name_it_hangs_on_is_taken_out():
    """HTML-006 without a picture: the card right after a linked name starts with that name again."""
    body = (
        "<article><h1>Ferry service returns to Riverton</h1>" + STORY + "<p>The contract went to "
        "<a href='/companies/tidewell'>Tidewell Marine</a><span class='company-tip'>Tidewell Marine "
        "<a href='/news/4200-tidewell-profit'>Tidewell Marine reports record profit on harbour work</a> "
        "<a href='/news/4190-tidewell-ceo'>Tidewell names new chief executive</a> "
        "<a href='/companies/tidewell'>All stories</a></span>, "
        "which built the landing stage at Port Ansel.</p></article>"
    )
    doc = clean_html(page(body), url=URL)
    assert "The contract went to Tidewell Marine, which built the landing stage at Port Ansel." in doc.text
    assert "record profit" not in doc.text
    assert [r.rule for r in doc.removed if "record profit" in r.text] == ["HTML-006"]


LEAD = (
    "Riverton's ferry returns on Monday after ten weeks tied up, and the council has promised a "
    "crossing every forty minutes on weekdays."
)


def test_marked_lead_with_a_picture_is_added_without_the_caption():
    """HTML-010: the lead sits outside the body's container; a picture set in it, with its caption
    and credit, stays out of the added text."""
    body = (
        "<main><h1>Ferry service returns to Riverton</h1><div class='intro'><span class='picture-element'>"
        "<img src='/img/ferry.jpg'><em class='caption'>The ferry at the repaired landing stage © Harbour Office | "
        "Jo Penn</em></span><p>" + LEAD + "</p></div><div class='article-body'>" + STORY + "</div></main>"
    )
    ex = extract(page(body), url=URL)
    assert ex.text.startswith(LEAD)
    [added] = [d for d in ex.blocks if d["rule"] == "HTML-010"]
    assert added["text"] == LEAD
    assert "Jo Penn" not in ex.text


def test_lead_marked_block_holding_a_headline_or_a_link_is_not_a_lead():
    """HTML-010's counter-cases: a block the page marks 'lead' that holds a headline is a story
    card or a page header, and one that is mostly a link is a teaser of another page."""
    from lxml.html import fragment_fromstring

    from cleaner.html.recover import _lead_text

    card = fragment_fromstring(
        "<section class='story-lead'><p class='category'><a href='/news/transport'>Transport</a></p>"
        "<h2>Bus drivers vote to accept pay offer after three weeks of talks</h2>"
        "<p>The union said the offer, which runs for two years, was the best its members had seen in a "
        "decade and would end the weekend stoppages.</p></section>"
    )
    teaser = fragment_fromstring(
        "<div class='teaser-text'><a href='/prizes'>Win a weekend for two on the island: enter our prize draw "
        "before Friday and tell us where you would sail.</a></div>"
    )
    lead = fragment_fromstring(f"<div class='lead'><p>{LEAD}</p></div>")
    assert _lead_text(card) == "" and _lead_text(teaser) == ""
    assert _lead_text(lead) == LEAD


def _opening_page() -> str:
    body = (
        "<main><h1>Ferry service returns to Riverton</h1><section class='article-page'>"
        "Riverton's ferry is back: the council voted on Tuesday to fund the "
        "landing stage, and the first crossing leaves at seven on Monday morning.<p></p>"
        "<h2>What changes for commuters</h2>" + STORY + "</section></main>"
    )
    return page(body)


def test_bare_opening_text_is_recovered():
    """HTML-018: an opening paragraph written straight into the container, before the first <p>
    and the first subheading, that trafilatura leaves out."""
    ex = extract(_opening_page(), url=URL)
    assert ex.text.startswith("Riverton's ferry is back: the council voted on Tuesday")
    assert [d["rule"] for d in ex.blocks if d.get("added")] == ["HTML-018"]


def test_bare_opening_after_a_picture_box_is_recovered_though_its_caption_comes_first():
    """HTML-018: the opening written as bare text after the picture's box, with line breaks between
    the paragraphs (KBS's template); the extractor's text opens with the picture's caption, which is
    not 'the body's first paragraph' the opening must stand right before."""
    body = (
        "<main><h1>Ferry service returns to Riverton</h1><div class='body_txt'>"
        "<div class='img_box'><img src='/f.jpg'><p class='cap'>Photo : Riverton Herald</p></div>"
        "Anchor: After weeks of repairs, the ferry crossed the harbour again on Monday morning. Although the "
        "landing stage is not finished, the council says the timetable will hold.<br/>"
        "Jane Doe has more.<br/><br/>"
        "Report: Commuters queued from six o'clock for the first crossing, many of them with bicycles, "
        "and the crew waved from the deck as the ferry left the quay.<br/><br/>"
        "The council said the remaining work on the landing stage would be done at night so that the "
        "timetable is not disturbed, and that the cost stays within the budget.<br/><br/>"
        "Jane Doe, Riverton Herald.</div></main>"
    )
    ex = extract(page(body), url=URL)
    assert "Anchor: After weeks of repairs, the ferry crossed the harbour again" in ex.text
    assert any(d["rule"] == "HTML-018" for d in ex.blocks if d.get("added"))


def test_bare_opening_text_rule_can_be_switched_off():
    """A rule set with HTML-018 off adds nothing (the rule's status is read, not assumed)."""
    import dataclasses

    from cleaner.rules import build_ruleset

    rules = build_ruleset()
    rules.rules["HTML-018"] = dataclasses.replace(rules.rules["HTML-018"], status="off")
    ex = extract(_opening_page(), url=URL, rules=rules)
    assert not [d for d in ex.blocks if d["rule"] == "HTML-018"]


DECK = "The council found the money for the landing stage, and commuters get their forty-minute crossing back."


def _deck_page(deck_html: str, description: str = DECK) -> str:
    return (
        "<!DOCTYPE html><html lang='en'><head><title>Ferry service returns to Riverton</title>"
        f"<meta name='description' content='{description}'>"
        f"<meta property='og:description' content='{description}'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><header><h1>Ferry service returns to Riverton</h1>{deck_html}</header>"
        f"<div class='story-body'>{STORY}{_para(1)}</div></article></body></html>"
    )


def test_deck_under_the_headline_is_dropped():
    """HTML-007: the subtitle set as a heading right under the h1, the page's own description,
    opens trafilatura's text; it goes like the headline, recorded and located."""
    doc = clean_html(_deck_page(f"<h2 class='sub-head'>{DECK}</h2>"), url=URL)
    assert DECK not in doc.text
    assert doc.text.startswith("Council members voted eight to one")
    [rec] = [r for r in doc.removed if r.rule == "HTML-007"]
    assert rec.text == DECK and "/header/h2" in rec.locator


def test_heading_under_the_headline_that_is_not_the_description_stays():
    """HTML-007's counter-cases: a heading under the h1 that the page does not declare as its
    summary (a section heading), and the description written as a paragraph (the lead), stay."""
    section = "How the council paid for the new landing stage"
    doc = clean_html(_deck_page(f"<h2>{section}</h2>"), url=URL)
    assert section in doc.text
    lead = _deck_page(f"<p>{DECK}</p>")
    doc = clean_html(lead, url=URL)
    assert DECK in doc.text
    assert not [r for r in doc.removed if r.rule == "HTML-007"]


def test_heading_the_page_calls_a_deck_under_the_headline_is_dropped():
    """HTML-007: a heading right under the h1 that the page's class names a deck or subtitle is
    the display subtitle even when the description meta tags say something else."""
    deck = "Commuters get their forty-minute crossing back after two winters of buses"
    for cls in ("deck", "article-subtitle"):
        doc = clean_html(_deck_page(f"<h5 class='{cls}'>{deck}</h5>"), url=URL)
        assert deck not in doc.text
        assert doc.text.startswith("Council members voted eight to one")
        assert [r.text for r in doc.removed if r.rule == "HTML-007"] == [deck]
    # a heading with another class, not the description, is a section heading: it stays
    doc = clean_html(_deck_page(f"<h2 class='section-title'>{deck}</h2>"), url=URL)
    assert deck in doc.text


def test_deck_in_a_wrapper_after_the_headline_is_dropped_but_not_after_a_paragraph():
    """HTML-007: templates wrap the headline and the subtitle apart ('<div class=title><h1>…</h1>
    </div><div class=sub><h2 class=subtitle>…</h2></div>'); the first heading after the h1, its
    class calling it a subtitle, is the deck. After a paragraph it is the article's own heading."""
    deck = "Commuters get their forty-minute crossing back after two winters of buses"
    html = _deck_page(f"<div class='meta'><span>By Jane Doe</span></div><div><h3 class='subtitle'>{deck}</h3></div>")
    h1 = "<h1>Ferry service returns to Riverton</h1>"
    html = html.replace(h1, f"<div class='title'>{h1}</div>")
    doc = clean_html(html, url=URL)
    assert deck not in doc.text
    assert [r.text for r in doc.removed if r.rule == "HTML-007"] == [deck]
    note = "<p>Updated for the winter timetable, with the new fares listed below.</p>"
    after = _deck_page(f"{note}<h3 class='subtitle'>{deck}</h3>")
    doc = clean_html(after, url=URL)
    assert not [r for r in doc.removed if r.rule == "HTML-007"]


def test_card_after_the_linked_name_inside_one_wrapper_keeps_the_name():
    """HTML-006: the wrapper holds the linked name and then the card (which spells the name out in
    full, with a photo and headlines); only the card goes, the name stays in the sentence."""
    card = (
        "<span class='people-rollover'><a href='/people/mara-quill'>Mara Quill</a>"
        "<span class='people-rollover-block'><span><img src='/img/quill.jpg' alt=''>"
        "<a class='name' href='/people/mara-quill'>Mara Elaine Quill</a>"
        "<a href='/news/4411-quill-seeks-review'>Quill seeks review of harbour contract after cost overrun</a> "
        "<a href='/news/4402-budget'>Budget talks stall over bridge repairs and school buses</a> "
        "<a class='more' href='/people/mara-quill'>MORE</a></span></span></span>"
    )
    body = (
        "<article><h1>Ferry service returns to Riverton</h1><p>Harbour councillor "
        f"{card} (Ward 3) said the ferry would be full from the first week.</p>{STORY}</article>"
    )
    doc = clean_html(page(body), url=URL)
    assert "Harbour councillor Mara Quill (Ward 3) said the ferry would be full from the first week." in doc.text
    assert "Quill seeks review" not in doc.text and "Elaine" not in doc.text


# HTML-019: what the extractor left between two of the article's own paragraphs.
GAP_PAGE = page(
    "<main><h1>Man pleads guilty to threatening harbour official</h1><div class='article-body'>"
    "<p>A Riverton man pleaded guilty on Tuesday to threatening to kill the harbour master, prosecutors said.</p>"
    "<footer class='signup'><p>Sign up for the Morning Rundown. <a href='/privacy'>Privacy Policy</a></p></footer>"
    "<p>He <a href='/news/earlier'>was arrested in April</a> for the March 21 call to the harbour office.</p>"
    "<p class='newsletter'>Get the morning briefing in your inbox every weekday, free of charge.</p>"
    "<p>Read more</p>"
    "<p>His lawyer said in an email to the Herald that he never intended to harm anyone at the harbour.</p>"
    "<p>Sentencing is set for June, when he faces up to five years in prison, the court said on Tuesday.</p>"
    "</div></main>"
)
GAP_KEPT = (
    "A Riverton man pleaded guilty on Tuesday to threatening to kill the harbour master, prosecutors said.\n\n"
    "His lawyer said in an email to the Herald that he never intended to harm anyone at the harbour."
)


def _gaps(body_text: str, dropped: set[str] | None = None) -> list[tuple[str, str]]:
    from cleaner.html.parse import parse
    from cleaner.html.recover import between_paragraphs
    from cleaner.html.rules import html_rules
    from cleaner.rules import resolve

    return between_paragraphs(parse(GAP_PAGE), body_text, dropped or set(), html_rules(resolve(None)))


def test_paragraph_left_between_two_kept_ones_is_brought_back_in_place():
    """HTML-019: the extractor kept the paragraphs around a sign-up box and lost the one after it;
    the prose paragraph between two kept ones comes back right after the one before it, and
    neither the sign-up box, a short 'Read more' nor a paragraph the page labels as a newsletter."""
    from cleaner.html.recover import insert_after

    gaps = _gaps(GAP_KEPT)
    assert [t for _, t in gaps] == ["He was arrested in April for the March 21 call to the harbour office."]
    text, added = insert_after(GAP_KEPT, gaps)
    assert added == [gaps[0][1]]
    assert text.split("\n\n") == [
        "A Riverton man pleaded guilty on Tuesday to threatening to kill the harbour master, prosecutors said.",
        "He was arrested in April for the March 21 call to the harbour office.",
        "His lawyer said in an email to the Herald that he never intended to harm anyone at the harbour.",
    ]


def test_nothing_is_brought_back_outside_the_kept_paragraphs_or_twice():
    """HTML-019's counter-cases: a paragraph after the last kept one is not 'between'; one already in
    the body in another spacing (a <br> read as a line break, soft hyphens) is not added again; one
    the page layer dropped itself stays dropped."""
    assert _gaps(GAP_KEPT.split("\n\n")[0]) == []  # one kept paragraph: nothing lies between two
    spaced = GAP_KEPT + "\n\nHe was arrested in April for the March\u00ad21 call to the harbour office."
    assert _gaps(spaced) == []
    dropped = {"He was arrested in April for the March 21 call to the harbour office."}
    assert _gaps(GAP_KEPT, dropped) == []


def test_a_paragraph_between_kept_ones_is_logged_as_added():
    """HTML-019 through clean_html's page layer: whatever it adds is logged with the rule id."""
    ex = extract(GAP_PAGE, url=URL)
    added = [d for d in ex.blocks if d["rule"] == "HTML-019"]
    assert all(d.get("added") and d["text"] in ex.text for d in added)
    assert "harbour office." in ex.text


# HTML-027: social posts the article quotes by embedding them.
def _tweet(text: str, who: str, handle: str, day: str) -> str:
    return (
        "<div class='article-widget'><blockquote class='twitter-tweet'>"
        f"<p lang='en' dir='ltr'>{text}</p>&#8212; {who} (@{handle}) "
        f"<a href='https://twitter.com/{handle}/status/1'>{day}</a></blockquote>"
        "<script async src='https://platform.twitter.example/widgets.js'></script></div>"
    )


POSTS_PAGE = page(
    "<main><h1>Riverton appoints new harbour master</h1><div class='article-body'>"
    "<p>Riverton council confirmed the appointment of its new harbour master on Wednesday morning, "
    "ending weeks of talks.</p>"
    + _tweet("Council statement", "Riverton Council", "RivertonCouncil", "November 20, 2024")
    + "<p>The council said she had signed a contract until 2027 and would start work before the spring sailings.</p>"
    "<p>Her predecessor left in October after eleven years in the post, the council added in its statement.</p>"
    "</div><aside class='club-feed'>"
    + _tweet("Matchday! Follow all the action from the harbour regatta here", "Riverton FC", "RivertonFC", "Nov 2")
    + "</aside></main>"
)


def test_an_embedded_post_between_paragraphs_is_kept_with_its_attribution():
    """HTML-027: the post the story quotes ('Council statement') and its '— Name (@handle) date' line
    stand where the page put them, logged as added; a post in a feed beside the article is not."""
    ex = extract(POSTS_PAGE, url=URL)
    blocks = ex.text.split("\n\n")
    at = blocks.index("Council statement")
    assert blocks[at - 1].startswith("Riverton council confirmed the appointment")
    assert blocks[at + 1] == "— Riverton Council (@RivertonCouncil) November 20, 2024"
    assert blocks[at + 2].startswith("The council said she had signed")
    assert "Matchday!" not in ex.text
    added = [d["text"] for d in ex.blocks if d["rule"] == "HTML-027"]
    assert "Council statement" in added and not any("Matchday" in t for t in added)


def test_a_subhead_left_between_kept_paragraphs_comes_back_but_not_a_linked_teaser():
    """HTML-019: a section's subhead (h2-h4) between two kept paragraphs of the container is the
    article's ('Fazit'); a headline that is mostly a link is a teaser of another story."""
    from cleaner.html.parse import parse
    from cleaner.html.recover import between_paragraphs
    from cleaner.html.rules import html_rules
    from cleaner.rules import resolve

    html = page(
        "<main><h1>Heat pumps in old houses</h1><div class='article-body'>"
        "<p>Many owners of old houses ask whether a heat pump can heat them through the winter.</p>"
        "<h2>Large radiators help</h2>"
        "<p>The lower the flow temperature the radiators need, the better the pump works in an old house.</p>"
        "<h3><a href='/news/other-story'>Gas prices fall for the third month in a row</a></h3>"
        "<p>A simple test on a cold day shows whether the radiators are big enough for the pump.</p>"
        "</div></main>"
    )
    kept = (
        "Many owners of old houses ask whether a heat pump can heat them through the winter.\n\n"
        "The lower the flow temperature the radiators need, the better the pump works in an old house.\n\n"
        "A simple test on a cold day shows whether the radiators are big enough for the pump."
    )
    gaps = between_paragraphs(parse(html), kept, set(), html_rules(resolve(None)))
    assert [t for _, t in gaps] == ["Large radiators help"]


def test_a_short_paragraph_inside_a_later_chunk_comes_with_it():
    """HTML-011: 'But there are two problems …' between two prose paragraphs of a later chunk is
    the article's; a short line after the chunk's last prose paragraph is not taken."""
    short = "<p>But there are two problems with this plan.</p>"
    chunks = "".join(
        f"<div class='story-chunk'><div class='article-body'>{_para(i)}"
        f"{short if i == 3 else ''}{_para(i + 1)}{'<p>Share this story.</p>' if i == 5 else ''}</div></div>"
        "<div class='ad-slot'>Advertisement</div>"
        for i in range(1, 9, 2)
    )
    ex = extract(page(f"<main><h1>Ferry service returns to Riverton</h1>{chunks}</main>"), url=URL)
    blocks = ex.text.split("\n\n")
    at = blocks.index("But there are two problems with this plan.")
    assert blocks[at - 1].startswith("Paragraph 3:") and blocks[at + 1].startswith("Paragraph 4:")
    assert "Share this story." not in ex.text


def test_blocks_wrapped_whole_in_a_link_are_link_blocks():
    """HTML-002, scan: a heading and a deck wrapped whole in one link to another page (a teaser
    card) are link blocks, judged by the nearest link around them; the same shapes wrapped in an
    in-page anchor (a table of contents) or holding a link only in part are not."""
    from cleaner.html.parse import parse
    from cleaner.html.rules import html_rules
    from cleaner.html.scan import scan
    from cleaner.html.text import tokens
    from cleaner.rules import resolve

    html = page(
        "<main><h1>Ferry service returns to Riverton</h1>"
        + _para(1)
        + "<a href='/news/2024/03/harbour-fees-rise'><div class='card'><h3>Harbour fees rise for the"
        " summer season</h3><p>Moorings cost more from April, the council says</p></div></a>"
        "<a href='#timetable'><h3>Timetable for the spring crossings</h3></a>"
        "<div><span><a href='#ignored'><a href='/news/2024/02/landing-stage'><p>Landing stage repairs"
        " finished early</p></a></a></span></div>"
        "<p>Read the timetable for <a href='/timetable'>the weekday crossings</a> before travelling,"
        " the authority said in a statement on Monday.</p>" + _para(2) + "</main>"
    )
    tree = parse(html)
    hr = html_rules(resolve(None))
    found = scan(tree, "rivertonherald.example", hr, self_path="/news/2024/03/ferry-service-returns")
    assert tokens("Harbour fees rise for the summer season") in found.linkish
    assert tokens("Moorings cost more from April, the council says") in found.linkish
    assert tokens("Landing stage repairs finished early") in found.linkish
    assert tokens("Timetable for the spring crossings") not in found.linkish
    assert not any("weekday crossings" in t for t in found.linkish)


def _menu(*names: str) -> str:
    return (
        "<ul class='menu'>"
        + "".join(f"<li><a href='/{n.lower().replace(' ', '-')}'>{n}</a></li>" for n in names)
        + "</ul>"
    )


def test_a_label_named_like_a_menu_link_stays_among_the_paragraphs():
    """HTML-002 and HTML-004 match the extracted blocks with the page by their text: a label of the
    article ('Season tickets:' over its list) that a menu and a labelled footer also print as a link
    looked like the menu's link. Printed plain among the article's paragraphs, between two kept
    blocks, it is the article's and stays."""
    body = (
        f"<main><h1>Ferry service returns to Riverton</h1><div class='story'>{_para(1)}{_para(2)}"
        "<p><strong>Season tickets:</strong></p>"
        "<ul><li>Adults pay forty pounds for the summer, half the price of last year's pass</li>"
        "<li>Children under twelve travel free with a paying adult on every crossing</li></ul>"
        f"{_para(3)}</div></main>"
        f"<footer class='site-footer'>{_menu('Timetable', 'Season tickets', 'Contact')}</footer>"
    )
    html = page(body).replace(
        "<a href='/news'>News</a>", "<a href='/news'>News</a> " + _menu("Timetable", "Season tickets", "Fares")
    )
    ex = extract(html, url=URL)
    assert "Season tickets:" in ex.text
    assert "Paragraph 3:" in ex.text
    assert not [b for b in ex.blocks if b["text"] == "Season tickets:"]


def test_a_menu_name_outside_the_paragraphs_still_goes():
    """The counter-case: the same name as a table of contents' heading or the last crumb of a
    breadcrumb trail, printed plain but not among the article's paragraphs, is still the menu's."""
    body = (
        "<main><ul class='crumbs'><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li>"
        "<li>Season tickets</li></ul>"
        f"<h1>Ferry service returns to Riverton</h1><div class='story'>{_para(1)}"
        "<div class='toc'><h2>Season tickets</h2><ol><li><a href='#a'>Prices</a></li></ol></div>"
        f"{_para(2)}{_para(3)}</div></main>"
        f"<footer class='site-footer'>{_menu('Timetable', 'Season tickets', 'Contact')}</footer>"
    )
    ex = extract(page(body), url=URL)
    assert "Paragraph 3:" in ex.text
    assert "Season tickets" not in ex.text
