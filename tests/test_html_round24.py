"""Issue 14, twenty-fourth round: a pop-up laid over the page is no article, however long (HTML-060).

HTML-004 drops the blocks of a container the page labels as boilerplate ('popup', 'dialog',
'cookie': HTML-020), but takes a labelled container of 250 words or more for a layout wrapper and
lets it through, and so does it with one holding more than 30% of the extracted words. A consent
manager's settings panel (every service with its purpose and storage time) or a sign-up pop-up runs
past both on a short article, and the extractor, finding it after the article's last paragraph,
kept it. HTML-060 drops such a container whatever its size when it sits outside the page's <article>
and <main> and holds no h1, <article>, <main> or itemprop=articleBody; a cookie banner whose unclosed
markup swallowed the page, and an article's own notes opened as a dialog, stay.
"""

from __future__ import annotations

from cleaner.html import clean_html

ARTICLE = (
    "<p>The wine and spirits division of the luxury group grew its sales by 26 percent last year, "
    "from 4.76 billion euros to 5.79 billion, the company said on Thursday in Paris.</p>"
    "<p>Most of the growth came from champagne and cognac, as restaurants and bars reopened after the "
    "lockdowns and consumers in the United States and China returned to premium bottles.</p>"
    "<p>The group's chief financial officer told analysts that shipments of cognac had been limited by "
    "the stocks of aged spirit the houses held, and that prices would rise again in the spring.</p>"
    "<p>Champagne houses reported their best harvest in a decade, although growers warned that costs "
    "for glass, cardboard and transport had risen faster than the price of grapes.</p>"
)

SERVICES = ("YouTube", "Vimeo", "Google Maps", "Facebook Pixel", "Instagram", "Matomo", "reCAPTCHA")


def _service(name: str) -> str:
    return (
        f"<div class='service'><label class='switch'><span class='sr-only'>Switch to consent to or refuse "
        f"the service {name}</span></label><p><strong>Purpose:</strong> showing content from {name} on "
        f"this website<br><strong>Processing:</strong> collection of connection data, of data from your "
        f"web browser and of data about the content you viewed; storage of data on your device; "
        f"transfer of the data to the provider, which may process them outside the European Union"
        f"<br><strong>Storage:</strong> until you leave the website or for up to two years, as the "
        f"provider states in its own privacy policy</p></div>"
    )


CONSENT = "".join(_service(name) for name in SERVICES)


def _page(body: str, after: str = "") -> str:
    return (
        "<html><head><title>Luxury group's wine sales up 26 percent</title></head><body>"
        "<header><a href='/'>Wine Trade Weekly</a></header><main><article>"
        "<h1>Luxury group's wine sales up 26 percent</h1>"
        f"<div class='article-body'>{body}</div></article></main>{after}"
        "<footer><p>Wine Trade Weekly, 12 Vintners Row, Bristol</p></footer></body></html>"
    )


def _lines(html: str) -> str:
    return clean_html(html, url="https://www.example-wine.com/news/wine-sales-up").text


def _rules(html: str) -> set[str]:
    return {r.rule for r in clean_html(html, url="https://www.example-wine.com/news/wine-sales-up").removed}


def test_consent_panel_after_the_page_goes() -> None:
    # a consent manager's settings panel (Borlabs, Usercentrics and legalweb print such lists), 400 words
    html = _page(ARTICLE, f"<div class='sp-dsgvo-privacy-popup'><h3>Privacy settings</h3>{CONSENT}</div>")
    text = _lines(html)
    assert "Purpose:" not in text and "Switch to consent" not in text
    assert "grew its sales by 26 percent" in text and "price of grapes" in text
    assert "HTML-060" in _rules(html)


LETTERS = (
    ("Morning Briefing", "the day's trade news, prices and appointments before nine o'clock"),
    ("Auction Report", "results of the week's wine and spirits auctions in London, Hong Kong and New York"),
    ("Tasting Notes", "our critics' notes on the new releases from Bordeaux, Burgundy and the Rhône"),
    ("Spirits Weekly", "news from the cognac, whisky and rum houses, with the week's launches"),
    ("Retail Monitor", "sales figures from supermarkets and independent merchants across the country"),
    ("Events", "invitations to our tastings, fairs and awards dinners, with early booking offers"),
    ("Export Desk", "tariffs, shipping costs and rules for selling wine to Asia and North America"),
    ("Vineyard Week", "weather, harvest reports and the state of the vines in the main regions"),
    ("People", "appointments, retirements and obituaries from the trade, each Tuesday"),
    ("Offers", "discounts on subscriptions, books and tickets from our partners in the trade"),
    ("Podcast", "each new episode of our weekly conversation with winemakers and merchants"),
    ("Jobs", "the week's vacancies in sales, marketing, production and logistics"),
)


def test_sign_up_popup_goes() -> None:
    # an Elementor pop-up ('elementor-popup-modal') offering the site's newsletters, one box each
    boxes = "".join(
        f"<div class='letter'><label class='check'><span class='sr-only'>Tick to receive the newsletter "
        f"{name}</span></label><p><strong>{name}:</strong> {what}<br><strong>Sent:</strong> every week, "
        f"to the address you give below; you can leave the list at any time with the link at the foot of "
        f"each issue, and we never pass your address to anyone outside the publishing group</p></div>"
        for name, what in LETTERS
    )
    html = _page(ARTICLE, f"<div class='elementor-popup-modal'><h3>Stay in the know</h3>{boxes}</div>")
    text = _lines(html)
    assert "Tick to receive" not in text and "leave the list" not in text
    assert "Champagne houses reported" in text and "chief financial officer" in text


def test_banner_that_swallowed_the_page_stays() -> None:
    # an unclosed cookie banner nests the whole page: it holds the h1, so it is not an overlay
    html = (
        "<html><head><title>Luxury group's wine sales up 26 percent</title></head><body>"
        "<div class='cookie-banner'><p>We use cookies.</p>"
        "<h1>Luxury group's wine sales up 26 percent</h1>"
        f"<div class='article-body'>{ARTICLE * 3}</div></div></body></html>"
    )
    text = _lines(html)
    assert "grew its sales by 26 percent" in text and "price of grapes" in text


def test_notes_opened_as_a_dialog_in_the_article_stay() -> None:
    # a journal's disclosures, set in the article and opened as a dialog: not laid over the page
    notes = (
        "<p>Grant support: by an award from the National Institute on Aging of the National Institutes "
        "of Health and by a project of the state's agricultural experiment station, for three years.</p>"
    )
    html = (
        "<html><head><title>Vaccination and hospital stays</title></head><body><main><article>"
        "<h1>Vaccination and hospital stays</h1>"
        f"<div class='article-body'>{ARTICLE}</div>"
        f"<div class='author-notes-dialog'><h4>Author, Article and Disclosure Information</h4>{notes * 25}</div>"
        "</article></main></body></html>"
    )
    assert "HTML-060" not in {r.rule for r in clean_html(html, url="https://journal.example.org/doi/10.1/abc").removed}


def test_popup_marked_as_the_article_body_stays() -> None:
    # a lightbox template that renders the story itself (itemprop=articleBody) inside a 'popup'
    html = (
        "<html><head><title>Luxury group's wine sales up 26 percent</title></head><body>"
        "<h1>Luxury group's wine sales up 26 percent</h1>"
        f"<div class='story-popup'><div itemprop='articleBody'>{ARTICLE * 3}</div></div></body></html>"
    )
    text = _lines(html)
    assert "grew its sales by 26 percent" in text and "price of grapes" in text


# HTML-061: the label Drupal's field template prints before a field's value

STATEMENT = (
    "<p>I would like to provide an update to the people of the Territory on the law enforcement action "
    "taken this morning, about which I have been informed by the authorities in London.</p>"
    "<p>It is my duty as Governor to inform you that the Premier was detained in Miami on charges "
    "related to conspiracy and money laundering, as part of an investigation led from abroad.</p>"
    "<p>I realise this will be shocking news for people in the Territory, and I would call for calm "
    "at this time while the Deputy Premier remains Acting Premier.</p>"
)


def _drupal(field: str) -> str:
    return (
        "<html><head><title>Statement from the Office of the Governor</title></head><body><main>"
        "<h1>Statement from the Office of the Governor</h1>"
        f"{field}<div class='field field-name-body field-label-hidden'>{STATEMENT}</div>"
        "</main></body></html>"
    )


def _drupal_text(html: str) -> str:
    return clean_html(html, url="https://www.example-observer.com/statement-governor").text


def test_drupal7_label_without_its_date_goes() -> None:
    # the label kept without its date (the theme printed the date elsewhere, or the extractor left
    # it out): it stood alone over the statement's first paragraph
    html = _drupal("<p><span class='field-label'>Release Date:</span></p>")
    text = _drupal_text(html)
    assert "Release Date" not in text
    assert text.startswith("I would like to provide an update")


def test_drupal8_label_goes() -> None:
    html = _drupal(
        "<div class='field field--name-field-ministry field--type-entity-reference field--label-above'>"
        "<div class='field__label'>Ministry</div><div class='field__item'>Office of the Governor</div></div>"
    )
    text = _drupal_text(html)
    assert "Ministry" not in text.split("\n")
    assert "shocking news" in text


def test_label_worded_line_in_the_body_stays() -> None:
    # the same words printed by the article itself, not in a field label: copy
    html = _drupal("<p class='intro'>Release Date: the statement was read out on the radio at noon.</p>")
    assert "Release Date: the statement was read out" in _drupal_text(html)


def test_wrapper_class_is_no_label() -> None:
    # 'field-label-inline' / 'field-label-hidden' sit on the field's wrapper, around the value itself
    html = _drupal("<div class='field field-name-field-summary field-label-inline'>Premier detained in Miami</div>")
    assert "Premier detained in Miami" in _drupal_text(html)
