"""Issue 14, twenty-first round: the lead the page marks, lost to broken markup or measured from the wrong paragraph.

HTML-056: a template wraps the standfirst in a paragraph inside its lead heading ('<h2
class="article-teaser"><p>…</p></h2>'); HTML forbids it, so the parser closes the heading at the
<p>, leaves it empty and sets the paragraph after it, where neither HTML-053 nor trafilatura saw a
lead. HTML-057: when the article's first paragraph is written as bare text (HTML-018 puts it back),
the marked lead above is measured against that opening, not against the first paragraph trafilatura
kept further down. A lead's own timestamp element printed before its words ('<span
class="date">19.10.2019, 15:30</span>') is no part of its text. HTML-059: an accordion's question
set as a button filling a heading ('<h3 class="accordion-header"><button>…</button></h3>') is read
as the heading's text; extractors threw it away with the button and kept its answer. Each page is
written here, in the shape of a failure seen on real sites, with copy written for the test.
"""

from __future__ import annotations

from cleaner.html import clean_html


def _added(art, rule: str) -> list[str]:
    return [b["text"] for b in art.to_sidecar()["html"].get("added", []) if b["rule"] == rule]


# ---------------------------------------------------------------- HTML-056: the lead split out of its heading

GOLF_BODY = (
    "<p>The tour stays on the west coast this week, where the field of 156 players and as many amateurs "
    "shares three courses on the Monterey peninsula for the first three rounds of the event.</p>"
    "<p>The European tour moves on to the Gulf, where the first of two events in a row is played on the "
    "same links course beside the sea, with several young players chasing their first win.</p>"
    "<h2>On TV this week</h2><p>Every round is shown live on the sports channel, starting at half past eleven "
    "in the morning for the European event and at nine in the evening for the American one.</p>"
)
GOLF_LEAD = (
    "The PGA Tour holds its pro-am in California, and the European tour goes on with its desert swing in "
    "the Gulf. Golf on TV is there live!"
)


def golf_page(teaser: str) -> str:
    """A sports site's template: the header section holds the h1, the date line and the standfirst;
    a picture with its caption; the body in a section of its own."""
    return (
        "<!DOCTYPE html><html lang='en'><head><title>Golf on TV: a classic in California</title></head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
        "<section class='article-head'><div class='col'>"
        "<h1 class='article-headline'>Golf on TV: a classic in California</h1>"
        f"<p><span>31 Jan 2022</span> <span>in Cologne</span></p>{teaser}</div>"
        "<div class='col'><img src='/pic.jpg'><p class='text-center'><small>Golf on TV: the broadcast times at a "
        "glance. (Photo: Agency)</small></p></div></section>"
        f"<section class='article-body'><div class='row'><div class='col'>{GOLF_BODY}</div></div></section>"
        "<footer><p>Golf Weekly, Harbour Road 4</p></footer></body></html>"
    )


GOLF_URL = "https://www.golf-weekly.example/news/golf-on-tv-123"


def test_standfirst_wrapped_in_a_paragraph_inside_the_teaser_heading_is_the_lead():
    """'<h2 class="article-teaser" itemprop="description"><p>…</p></h2>': the parser empties the h2."""
    teaser = f"<h2 class='article-teaser my-4' itemprop='description'><p>{GOLF_LEAD}</p></h2>"
    art = clean_html(golf_page(teaser), url=GOLF_URL)
    assert art.text.startswith(GOLF_LEAD)
    assert _added(art, "HTML-056") == [GOLF_LEAD]
    assert "The tour stays on the west coast" in art.text


def test_split_lead_in_another_language_and_an_h3_intro():
    """A Spanish paper's '<h3 class="entry-intro"><p>…</p></h3>' over a body the extractor takes apart from it."""
    lead = (
        "El Gobierno aprobó este martes un plan para bajar el precio de los paneles solares a la mitad antes "
        "de 2030, con ayudas para las fábricas del país."
    )
    body = (
        "<p>El plan, presentado por la ministra de Industria en la capital, prevé una inversión de 400 millones "
        "de euros durante los próximos cinco años en investigación y en nuevas líneas de producción.</p>"
        "<p>Las empresas del sector recibieron el anuncio con cautela y pidieron que las ayudas lleguen antes "
        "de que termine el año, cuando vencen varios contratos de suministro con proveedores extranjeros.</p>"
        "<p>La oposición criticó que el plan no diga de dónde saldrá el dinero en los presupuestos del año "
        "que viene, y anunció que pedirá la comparecencia de la ministra en el Congreso.</p>"
    )
    page = (
        "<!DOCTYPE html><html lang='es'><head><title>Plan para abaratar los paneles solares</title></head><body>"
        "<header class='entry-header'><h1>Plan para abaratar los paneles solares</h1>"
        f"<h3 class='entry-intro'><p>{lead}</p></h3></header>"
        "<figure><img src='/panel.jpg'><figcaption>Una planta solar en el sur del país.</figcaption></figure>"
        f"<div class='entry-content'>{body}</div></body></html>"
    )
    art = clean_html(page, url="https://www.diario-sur.example/economia/plan-paneles-solares")
    assert art.text.startswith(lead)
    assert _added(art, "HTML-056") == [lead]


def test_paragraph_after_an_empty_teaser_heading_with_a_label_of_its_own_is_not_the_lead():
    """Counter-example: the paragraph the heading's markup split off carries its own class ('promo')."""
    teaser = f"<h2 class='article-teaser'><p class='promo'>{GOLF_LEAD}</p></h2>"
    art = clean_html(golf_page(teaser), url=GOLF_URL)
    assert not _added(art, "HTML-056")
    assert art.text.startswith("The tour stays on the west coast")


def test_teaser_heading_holding_a_link_before_its_paragraph_is_no_split_lead():
    """Counter-example: the heading is not left empty (a link in it), so its paragraph is not read as its lead."""
    teaser = f"<h2 class='article-teaser'><a href='/golf'>Golf</a><p>{GOLF_LEAD}</p></h2>"
    art = clean_html(golf_page(teaser), url=GOLF_URL)
    assert not _added(art, "HTML-056")
    assert GOLF_LEAD not in art.text


# ---------------------------------------------------------------- HTML-057: the lead over the bare opening

OPENING = (
    "Suddenly Gladbach were top of the table: a five to one win against Augsburg took them to the head of the "
    "league, while the other Borussia, from Dortmund, only drew again at the weekend."
)
REST = (
    "<h2>Football on TV today: Dortmund against Gladbach</h2>"
    "<p>You can follow the match live and exclusively on the pay-TV channel. Kick-off is at half past six, "
    "and the commentator is the channel's most experienced football voice.</p>"
    "<h2>The league live: a top match under pressure</h2>"
    "<p>The pressure on Dortmund is growing. On the seventh match day the club slipped to eighth place, and even "
    "a win in the top match would not take them past the leaders this weekend.</p>"
    "<p>Gladbach, on the other side, have played some good matches of late: the five to one against Augsburg "
    "and the three to nil against Hoffenheim impressed the most.</p>"
)
INTRO_TEXT = (
    "On the eighth match day of the league Borussia Dortmund meet Borussia Mönchengladbach. This is how you "
    "can watch the match live on TV and online."
)
INTRO = f"<p class='intro'><span class='date'>19.10.2019, 15:30</span><span class='text'>{INTRO_TEXT}</span></p>"


def _ad(slots: int) -> str:
    """An ad slot's inline script: page text between the blocks, which no extractor keeps."""
    pushes = " ".join(f"adSlots.push({{id: 'slot-{i}', size: [300, 250]}});" for i in range(slots))
    return f"<div class='slot'><script>window.adSlots = window.adSlots || []; {pushes}</script></div>"


def magazine_page(intro: str, banner_slots: int = 9) -> str:
    """A computer magazine's template: the lead as '<p class="intro">' under the h1 and the byline; a
    banner; the body opens with a picture and its caption, then the first paragraph as bare text
    (a drop cap before it), an ad slot, and the rest under headings."""
    return (
        "<!DOCTYPE html><html lang='en'><head><title>League: watch Dortmund against Gladbach live</title></head>"
        "<body><div id='main'><h2 class='topic'><a href='/special'>Special: Football</a> - the league on TV</h2>"
        "<div class='wideblock'><div class='introBox'><h1 class='title'>League: watch Dortmund against Gladbach "
        f"live!</h1><div class='authorbox'><strong>by</strong> <span>Jane Roe</span></div>{intro}</div>"
        f"<div class='introBox'><div id='banner'>{_ad(banner_slots)}</div></div>"
        "<div id='articleBody'><div class='paragraph'><section class='inlinepicture'><img src='/a.jpg'>"
        "<p class='caption'>Gladbach visit Dortmund on 19 October. Kick-off is at half past six.</p></section>"
        f"<span class='initial'>S</span>{OPENING[1:]}{_ad(9)}{REST}</div></div></div></div>"
        "<footer><p>Computer Weekly, Harbour Road 4</p></footer></body></html>"
    )


MAG_URL = "https://www.computer-weekly.example/article/league-dortmund-gladbach-123"


def test_marked_lead_right_before_the_bare_opening_is_added():
    """The lead is more than HTML-010's max_gap above the first paragraph trafilatura kept, but right
    above the opening the page wrote bare: it goes first, the opening after it."""
    art = clean_html(magazine_page(INTRO), url=MAG_URL)
    assert _added(art, "HTML-018") == [OPENING]
    assert _added(art, "HTML-057") == [INTRO_TEXT]
    assert art.text.startswith(f"{INTRO_TEXT}\n\n{OPENING}")


def test_marked_lead_far_above_the_bare_opening_is_not_added():
    """Counter-example: twice the page text between the lead and the opening: a box at the top, not its lead."""
    art = clean_html(magazine_page(INTRO, banner_slots=18), url=MAG_URL)
    assert _added(art, "HTML-018") == [OPENING]
    assert not _added(art, "HTML-057") and not _added(art, "HTML-010")
    assert INTRO_TEXT not in art.text


def test_lead_starts_after_its_timestamp_element():
    """The lead's '<span class="date">' is the page's date: no part of the lead, never glued to its first word."""
    art = clean_html(magazine_page(INTRO), url=MAG_URL)
    assert art.text.startswith(INTRO_TEXT)
    assert "19.10.2019" not in art.text and "15:30On" not in art.text


def test_lead_opening_with_a_word_in_bold_keeps_it():
    """Counter-example: a lead opening with a place name set in bold ('<strong>DORTMUND.</strong>') keeps it."""
    intro = f"<p class='intro'><strong>DORTMUND.</strong> {INTRO_TEXT}</p>"
    art = clean_html(magazine_page(intro), url=MAG_URL)
    assert art.text.startswith(f"DORTMUND. {INTRO_TEXT}")


# ---------------------------------------------------------------- HTML-059: an accordion's question in a button

SERVICE_BODY = (
    "<p>We service every make of gas boiler in the city and the surrounding villages, and our engineers are all "
    "registered and insured for the work.</p>"
    "<p>A yearly service keeps the boiler safe and efficient, and most makers require one to keep the warranty "
    "valid, so it pays for itself.</p>"
    "<p>Book online or by phone; we confirm the visit within a working day and send a reminder the evening before "
    "the engineer comes.</p>"
)


def _accordion(items: list[tuple[str, str]], head: str = "h3") -> str:
    """Bootstrap's accordion: each question a button filling a heading, each answer in a collapsed div."""
    return "".join(
        f"<div class='accordion-item'><{head} class='accordion-header'><button class='accordion-button collapsed' "
        f"type='button' data-bs-toggle='collapse' data-bs-target='#q{i}' aria-expanded='false' aria-controls='q{i}'>"
        f"{q}</button></{head}><div id='q{i}' class='accordion-collapse collapse'><div class='accordion-body'>{a}</div>"
        "</div></div>"
        for i, (q, a) in enumerate(items)
    )


def service_page(faq: str, lang: str = "en", title: str = "Boiler service") -> str:
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><title>{title} - Heatco</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/prices'>Prices</a></nav>"
        f"<main><h1>{title}</h1>{SERVICE_BODY}<h2>Frequently asked questions</h2>"
        f"<div class='accordion'>{faq}</div></main>"
        "<footer><p>Heatco Ltd, Harbour Road 4</p></footer></body></html>"
    )


SERVICE_URL = "https://www.heatco.example/boiler-service"


def test_accordion_questions_in_heading_buttons_stay_over_their_answers():
    """'<h3 class="accordion-header"><button …>How often should a boiler be serviced?</button></h3>': the
    question was lost with its button while its answer was kept."""
    faq = _accordion(
        [
            ("How often should a boiler be serviced?", "Once a year, ideally before the winter starts."),
            ("How long does a service take?", "About an hour for most boilers, a little longer for old ones."),
        ]
    )
    art = clean_html(service_page(faq), url=SERVICE_URL)
    assert "How often should a boiler be serviced?\n\nOnce a year" in art.text
    assert "How long does a service take?\n\nAbout an hour" in art.text
    assert _added(art, "HTML-059") == ["How often should a boiler be serviced?", "How long does a service take?"]


def test_accordion_section_headings_of_an_advice_page_in_german():
    """A ministry's travel advice sets each section's title as an accordion button in an h2."""
    faq = _accordion(
        [
            (
                "Vorsicht bei exotischen Souvenirs",
                "Die Einfuhr geschützter Tiere und Pflanzen ist verboten, auch als Andenken gekauft.",
            ),
            ("Einreise mit Kindern", "Kinder brauchen ein eigenes Reisedokument mit Lichtbild."),
        ],
        head="h2",
    )
    art = clean_html(service_page(faq, lang="de", title="Reise- und Sicherheitshinweise"), url=SERVICE_URL)
    assert "Vorsicht bei exotischen Souvenirs\n\nDie Einfuhr geschützter Tiere" in art.text
    assert "Einreise mit Kindern" in art.text


def test_short_button_in_a_heading_is_left_alone():
    """Counter-example: a menu's toggle ('<h2><button>Menu</button></h2>') is no question: not made text."""
    faq = "<h2><button aria-expanded='false'>Menu</button></h2>" + _accordion(
        [("How often should a boiler be serviced?", "Once a year.")]
    )
    art = clean_html(service_page(faq), url=SERVICE_URL)
    assert _added(art, "HTML-059") == ["How often should a boiler be serviced?"]
    assert "Menu" not in art.text


def test_heading_with_text_beside_its_button_is_left_alone():
    """Counter-example: 'Prices <button>Show all prices</button>' is a heading with a control, no question."""
    faq = "<h3>Our prices <button type='button'>Show all the prices</button></h3><p>A service costs 89 euros.</p>"
    art = clean_html(service_page(faq), url=SERVICE_URL)
    assert not _added(art, "HTML-059")
    assert "Show all the prices" not in art.text
