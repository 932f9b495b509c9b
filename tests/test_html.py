"""The HTML front end: decoding, extraction, the structural filter, metadata and errors.

Pages are small handmade fixtures (tests/fixtures_html) or strings built here, so each test
shows the one page feature it is about.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

import cleaner
from cleaner.errors import CleanerError, InputError
from cleaner.html import (
    HtmlDecodeError,
    NoArticleError,
    clean_html,
    decode_html,
    detect_language,
    extract,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures_html"
URL = "https://www.coastaltimes.example/news/harbour-bridge-reopens"

BODY = (
    "<p>Die Bürgerinitiative hat am Mittwoch mehr als zweitausend Unterschriften gegen die geplante "
    "Schließung des Freibads übergeben. Der Gemeinderat will im März über die Zukunft des Bades beraten.</p>"
    "<p>Nach Angaben der Verwaltung würde eine Sanierung rund vier Millionen Euro kosten, mehr als die "
    "Gemeinde in den nächsten fünf Jahren für alle ihre Sportstätten zusammen eingeplant hat.</p>"
    "<p>Die Initiative schlägt vor, einen Förderverein zu gründen, der einen Teil der Kosten übernimmt, "
    "und verweist auf Nachbargemeinden, in denen solche Vereine ihre Bäder seit Jahren erfolgreich betreiben.</p>"
)


def page(body: str, head: str = "", lang: str | None = None) -> str:
    lang_attr = f' lang="{lang}"' if lang else ""
    return f"<!DOCTYPE html><html{lang_attr}><head>{head}<title>Freibad</title></head><body>{body}</body></html>"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


# ------------------------------------------------------------------ the result and its sidecar


def test_clean_html_returns_the_text_engine_result_with_page_facts(validate_sidecar):
    doc = cleaner.clean_html(fixture("article_en.html"), url=URL)
    assert doc.text.startswith("The Harbour Bridge reopened to traffic on Tuesday morning")
    assert "transport department said it would publish" in doc.text
    m = doc.metadata
    assert m.title == "Harbour Bridge Reopens After Two Years of Repairs"
    assert m.authors == ["Maria Lindqvist"]
    assert m.sitename == "The Coastal Times"
    assert m.date == "2024-03-05"
    assert m.url == URL
    assert m.language == "en"
    side = validate_sidecar(doc.to_sidecar())
    assert side["url"] == URL and side["language"] == "en" and side["date"] == "2024-03-05"
    assert side["html"]["encoding"] == "utf-8" and side["html"]["parser"] == "lxml"


def test_headline_repeated_above_the_body_is_not_body_text():
    doc = clean_html(fixture("article_en.html"), url=URL)
    assert "Harbour Bridge Reopens" not in doc.text
    # a page-level decision, recorded like a text rule: id, text dropped, where it was on the page
    drops = [r for r in doc.to_sidecar()["removed"] if r["rule"] == "HTML-001"]
    assert [d["text"] for d in drops] == ["Harbour Bridge Reopens After Two Years of Repairs"]
    assert drops[0]["family"] == "html" and drops[0]["start"] is None
    assert drops[0]["locator"].startswith("line ") and "/h1" in drops[0]["locator"]


def test_figcaption_and_its_credit_become_a_caption_not_body():
    doc = clean_html(fixture("article_en.html"), url=URL)
    caps = [(c.text, c.credit) for c in doc.metadata.captions]
    assert ("Cars cross the Harbour Bridge on its first morning back in service.", "Photo: Jonas Berg") in caps
    assert "Cars cross the Harbour Bridge" not in doc.text
    assert "Jonas Berg" not in doc.text


def test_figcaption_copyright_notice_is_the_credit():
    html = page(
        f"<article>{BODY}<figure><figcaption>Das Freibad im Sommer. © Anna Weber</figcaption></figure></article>",
        lang="de",
    )
    ex = extract(html)
    assert {"text": "Das Freibad im Sommer.", "credit": "Anna Weber"} in ex.captions


def test_newsletter_box_and_related_links_are_dropped():
    doc = clean_html(fixture("article_en.html"), url=URL)
    assert "morning briefing" not in doc.text
    for related in ("Ferry timetable", "Tram line extension", "Parking fees", "Related stories", "Read more"):
        assert related not in doc.text


def test_link_dense_block_linking_into_the_site_is_dropped_but_prose_with_a_link_stays():
    ex = extract(fixture("links.html"), url="https://www.citynews.example/news/library-late-opening")
    assert "Read more" not in ex.text and "Survey shows readers" not in ex.text
    assert ("HTML-002", "Read more: Survey shows readers want longer opening hours") in {
        (d["rule"], d["text"]) for d in ex.blocks
    }
    # a sentence whose link points elsewhere is the article citing a source
    assert "the national library statistics office before a decision" in ex.text


@pytest.mark.parametrize(
    ("site", "kept"), [("https://www.landesamt.example", True), ("https://zeitung.example", False)]
)
def test_link_block_is_dropped_only_when_it_links_back_into_the_site(site, kept):
    """Links to other sites are the article's sources; links back into the site are related stories."""
    first, rest = BODY.split("</p>", 1)
    link = f"<p>Quelle: <a href='{site}/bericht-2023'>Bericht des Landesamts für Statistik 2023</a></p>"
    ex = extract(page(f"<article>{first}</p>{link}{rest}</article>", lang="de"), url="https://zeitung.example/a/1")
    assert ("Bericht des Landesamts für Statistik 2023" in ex.text) is kept
    assert ("HTML-002" in {d["rule"] for d in ex.blocks}) is not kept
    assert "Förderverein" in ex.text


def test_label_left_introducing_nothing_is_dropped():
    html = page(
        f"<article>{BODY}<h3>Mehr zum Thema</h3><p><a href='/lokales/hallenbad'>Hallenbad bleibt bis Ostern "
        "geschlossen</a></p></article>",
        lang="de",
    )
    ex = extract(html, url="https://zeitung.example/lokales/freibad")
    assert "Mehr zum Thema" not in ex.text and "Hallenbad" not in ex.text
    assert ex.text.rstrip().endswith("erfolgreich betreiben.")


def test_lead_outside_the_body_container_is_kept():
    html = page(
        "<header><h1>Freibad soll schließen</h1><p class='article-intro'>Der Gemeinderat berät im März über "
        "die Schließung des Freibads, gegen die sich eine Bürgerinitiative mit Unterschriften wehrt.</p></header>"
        f"<div class='article-body'>{BODY}</div>",
        lang="de",
    )
    ex = extract(html)
    assert ex.text.startswith("Der Gemeinderat berät im März")
    assert "Die Bürgerinitiative hat am Mittwoch" in ex.text


def test_article_split_into_sibling_chunks_is_joined():
    """Sites cut long bodies into same-class containers (ads go between); all of them are the article."""
    paras = [
        f"<p>Absatz {n}: Die Gemeinde hat im vergangenen Jahr mehrere Gutachten zum Zustand des Bades in "
        f"Auftrag gegeben, die nun öffentlich einsehbar sind und die Debatte im Rat prägen werden ({n}).</p>"
        for n in range(1, 8)
    ]
    chunks = "".join(
        f"<div class='grid'><div class='article-body'>{''.join(paras[i : i + 2])}</div></div><aside>Anzeige</aside>"
        for i in range(0, 7, 2)
    )
    ex = extract(page(f"<main><h1>Freibad</h1>{chunks}</main>", lang="de"))
    for n in range(1, 8):
        assert f"Absatz {n}:" in ex.text
    # trafilatura takes the first chunk; the later ones are this layer's doing, and logged
    assert sum(d["rule"] == "HTML-011" for d in ex.blocks) == 5


def test_line_that_is_only_a_date_is_not_body():
    ex = extract(page(f"<article><p>12. März 2024</p>{BODY}</article>", lang="de"))
    assert "12. März 2024" not in ex.text
    assert ("HTML-003", "12. März 2024") in {(d["rule"], d["text"]) for d in ex.blocks}


def test_timestamp_line_is_not_body_but_a_sentence_with_a_date_is():
    stamp = "November 19, 2019 / 12:21 AM / Updated 14 hours ago"
    prose = "On November 19, 2019 the council met: all members voted."
    ex = extract(page(f"<article><p>{stamp}</p>{BODY}<p>{prose}</p></article>", lang="de"))
    assert stamp not in ex.text
    assert prose in ex.text



def test_phone_number_ending_in_a_year_is_not_a_date_line():
    phone = "+81 158-23-2012"
    after = "<p>Das Gasthaus ist von Mai bis Oktober täglich geöffnet, im Winter nur an den Wochenenden.</p>"
    ex = extract(page(f"<article>{BODY}<p>{phone}</p>{after}</article>", lang="de"))
    assert phone in ex.text
    assert not any(d["rule"] == "HTML-003" for d in ex.blocks)


ZH_BODY = (
    "<p>武汉市今天召开新闻发布会，介绍了全市医疗救治工作的最新进展。市卫生健康委员会负责人表示，"
    "目前全市定点医院床位供应已经基本满足需求，重症患者的救治工作正在有序推进。</p>"
    "<p>据介绍，各方支援的医疗队已经全部到位，他们在一线日夜奋战，为患者提供了及时有效的治疗。"
    "发布会上，多名医务人员代表讲述了抗击疫情的亲身经历，现场气氛十分感人。</p>"
)


def test_chinese_paragraph_closing_with_a_full_width_bracket_is_prose_not_a_label():
    """CJK text has no spaces to count words by and ends its sentences with full-width marks."""
    last = "正是有了英勇的你们，才有这座英雄的城！（评论员 罗博 萧海川）"
    ex = extract(page(f"<article>{ZH_BODY}<p>{last}</p></article>", lang="zh"))
    assert ex.text.rstrip().endswith(last)
    assert not any(d["rule"] == "HTML-005" for d in ex.blocks)


EN_PARAGRAPHS = [
    "The county council voted on Tuesday to approve a new budget after a debate that ran late into the night, "
    "with members split over how much to spend on roads and schools.",
    "Officials said the measure would take effect next month, and that residents could expect the first "
    "changes to bus routes and school meals by the spring.",
    "Opponents said they would try again next year to move money from the roads programme into a fund for "
    "repairing the county's oldest school buildings.",
]


def test_blog_furniture_inside_the_post_is_removed_with_its_rule():
    """A WordPress post: cookie banner, reading time, share and like widgets, tags, the comment form."""
    body = "".join(f"<p>{p}</p>" for p in EN_PARAGRAPHS)
    html = page(
        "<div class='cookie-banner'><p>This website uses cookies to improve your experience. We'll assume "
        "you're ok with this, but you can opt-out if you wish.</p></div>"
        f"<article class='post'><h1>Council passes budget</h1><div class='entry-content'>{body}"
        "<p>Reading time: 3 minutes</p>"
        "<div class='sharedaddy'><h3>Share this:</h3><ul><li><a href='https://twitter.com/share'>Twitter</a></li>"
        "<li><a href='https://facebook.com/share'>Facebook</a></li></ul></div>"
        "<div class='jp-likes'><h3>Like this:</h3><p>Like Loading...</p></div></div>"
        "<footer class='entry-meta'><p>Tags: budget, council, roads</p><p>Posted in News | Leave a comment</p>"
        "</footer></article><div id='respond'><h3>Leave a Reply Cancel reply</h3><p>Your email address will "
        "not be published. Required fields are marked *</p></div>",
        lang="en",
    )
    doc = clean_html(html, url="https://valleypost.example/2024/05/council-budget")
    assert doc.text == "\n\n".join(EN_PARAGRAPHS) + "\n"
    side = doc.to_sidecar()
    logged = {r["text"]: r["rule"] for r in side["removed"]}
    assert logged["Reading time: 3 minutes"] == "CRUMB-115"
    assert logged["Like this:"] == "CRUMB-115"

# ------------------------------------------------------------------ decoding


def test_bytes_with_declared_cp1252_decode_by_the_declaration():
    html = page(BODY.replace("Bürgerinitiative", "Bürgerinitiative ‚café‘"), head='<meta charset="windows-1252">')
    ex = extract(html.encode("cp1252"))
    assert ex.encoding == "cp1252"
    assert "Bürgerinitiative ‚café‘" in ex.text


def test_iso_8859_1_label_reads_as_cp1252_like_browsers_do():
    html = page(
        BODY + "<p>Ein „Zeichen“ für die Gemeinde – sagen die Initiatoren.</p>",
        head='<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
    )
    ex = extract(html.encode("cp1252"))
    assert "„Zeichen“" in ex.text and "–" in ex.text


def test_bytes_without_declaration_are_detected():
    html = page(BODY, lang="de")
    for encoding in ("cp1252", "utf-8"):
        ex = extract(html.encode(encoding))
        assert "Bürgerinitiative" in ex.text and "Schließung" in ex.text, encoding


def test_utf8_bytes_declared_as_latin1_are_read_as_utf8():
    """A page saved as UTF-8 that still says iso-8859-1: strict UTF-8 is the stronger evidence."""
    html = page(BODY, head='<meta charset="iso-8859-1">')
    ex = extract(html.encode("utf-8"))
    assert ex.encoding == "utf-8" and "Schließung" in ex.text


@pytest.mark.parametrize(
    ("bom", "codec"),
    [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF8, "utf-8")],
)
def test_bytes_with_a_byte_order_mark(bom, codec):
    ex = extract(bom + page(BODY).encode(codec))
    assert "Schließung des Freibads" in ex.text


def test_utf16_without_bom():
    text, encoding = decode_html(page(BODY).encode("utf-16-le"))
    assert encoding == "utf-16-le" and "Schließung" in text


def test_str_input_with_an_xml_encoding_declaration():
    ex = extract('<?xml version="1.0" encoding="iso-8859-1"?>\n' + page(BODY))
    assert "Schließung des Freibads" in ex.text


def test_binary_input_raises_html_decode_error():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
    with pytest.raises(HtmlDecodeError) as err:
        clean_html(png)
    assert isinstance(err.value, InputError) and isinstance(err.value, CleanerError)
    assert isinstance(err.value, ValueError)
    assert err.value.kind == "encoding"
    assert "\n" not in str(err.value)


# ------------------------------------------------------------------ no article


def test_page_without_article_raises_no_article_error():
    with pytest.raises(NoArticleError) as err:
        clean_html(fixture("empty.html"))
    assert err.value.kind == "no-article" and isinstance(err.value, CleanerError)


@pytest.mark.parametrize("html", ["", "   ", b"", "<html><body></body></html>", "<html><head></head></html>"])
def test_empty_pages_raise_no_article_error(html):
    with pytest.raises(NoArticleError):
        clean_html(html)


def test_wrong_type_is_an_input_error():
    with pytest.raises(InputError):
        clean_html(12345)  # type: ignore[arg-type]


# ------------------------------------------------------------------ language


def test_language_is_recorded_from_the_text():
    doc = clean_html(fixture("article_de.html"))
    assert doc.metadata.language == "de"
    assert doc.to_sidecar()["language"] == "de"


def test_text_outweighs_a_template_lang_attribute():
    ex = extract(page(BODY, lang="en"))
    assert ex.language == "de" and ex.facts["declared_language"] == "en"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Le conseil municipal a voté mardi soir la fermeture de la piscine, qui sera remplacée par un "
            "centre aquatique plus grand dans le quartier des Capucins, pour un coût de douze millions.",
            "fr",
        ),
        (
            "El ayuntamiento aprobó el martes el cierre de la piscina municipal, que será sustituida por un "
            "centro acuático más grande en el barrio norte, con un coste de doce millones.",
            "es",
        ),
        (
            # 'de' and 'la' are Romanian too: counted whole, the shared words made this Romanian
            "La defensa de la familia de la víctima pidió a la fiscalía de la provincia la revisión de la "
            "causa, y la jueza de la sala dio a la parte un plazo de diez días para presentar las pruebas.",
            "es",
        ),
        (
            "W środę rada miasta zdecydowała, że basen zostanie zamknięty, a na jego miejscu powstanie "
            "nowe centrum, które ma być gotowe do końca przyszłego roku, jak podał rzecznik urzędu.",
            "pl",
        ),
        ("Городской совет во вторник проголосовал за закрытие бассейна, который заменят новым центром.", "ru"),
        ("市议会周二投票决定关闭市立游泳池，并在北区建设一座更大的水上运动中心，预计耗资一千二百万元。", "zh"),
    ],
)
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_page_without_a_rule_pack_gets_no_english_phrase_rules():
    """The same English-worded prompt line goes on an English page and stays on a French one."""
    prompt = "<p>Sign up for our newsletter to get the best stories delivered to your inbox.</p>"
    en = (
        "<p>The city council voted on Tuesday night to close the municipal swimming pool, which will be "
        "replaced by a larger aquatic centre in the northern district at a cost of twelve million.</p>"
        "<p>Residents who opposed the closure said they would keep campaigning for the old pool, which "
        "opened in 1968 and is one of the last outdoor pools in the region.</p>"
    )
    fr = (
        "<p>Le conseil municipal a voté mardi soir la fermeture de la piscine, qui sera remplacée par un "
        "centre aquatique plus grand dans le quartier nord, pour un coût de douze millions.</p>"
        "<p>Les habitants opposés à la fermeture ont dit qu'ils continueraient à se battre pour la vieille "
        "piscine, ouverte en 1968 et l'une des dernières piscines en plein air de la région.</p>"
    )
    doc_en = clean_html(page(f"<article>{en}{prompt}</article>", lang="en"))
    doc_fr = clean_html(page(f"<article>{fr}{prompt}</article>", lang="fr"))
    assert doc_en.metadata.language == "en" and doc_fr.metadata.language == "fr"
    assert "Sign up for our newsletter" not in doc_en.text
    assert "Sign up for our newsletter" in doc_fr.text


# ------------------------------------------------------------------ library face


def test_exported_from_the_package():
    doc = cleaner.clean_html(page(BODY, lang="de"))
    assert isinstance(doc, cleaner.CleanedArticle)
    assert "Förderverein" in doc.text


@pytest.mark.parametrize(
    ("href", "navigation"),
    [
        ("/a/1#kosten", False),  # a table of contents written with the page's own path
        ("https://zeitung.example/a/1?utm_source=carousel", False),  # the article's own teaser, tracked
        ("/a/2", True),  # another page of the site
    ],
)
def test_links_to_the_page_itself_are_not_navigation(href, navigation):
    """A list of links back to this very page is its table of contents or its own teaser (HTML-002)."""
    from cleaner.html.parse import parse
    from cleaner.html.rules import html_rules
    from cleaner.html.scan import scan

    items = "".join(f"<li><a href='{href}'>Was kostet der Umbau des Hallenbads Teil {i}?</a></li>" for i in range(3))
    tree = parse(page(f"<article>{BODY}<ul>{items}</ul></article>", lang="de"))
    found = scan(tree, "zeitung.example", html_rules(cleaner.default_ruleset()), self_path="/a/1")
    assert bool(found.linkish) is navigation


def test_closing_phone_number_or_source_address_is_not_an_orphan_label():
    """HTML-005 drops a label left closing the page; a last line with no word (the venue's phone
    number, the address of the petition the story links) is the article's contact or source."""
    for last in ("+49 30 1234-5678", "https://www.example.org/petition/online/stop-the-fee-2013"):
        ex = extract(page(f"<article>{BODY}<p>{last}</p></article>", lang="de"))
        assert last in ex.text
        assert not any(d["rule"] == "HTML-005" for d in ex.blocks)
    # a word, or a bare count or page number, is still a label closing the page
    for last in ("Weitere Termine folgen in Kürze", "+1", "1/3"):
        ex = extract(page(f"<article>{BODY}<p>{last}</p></article>", lang="de"))
        assert last not in ex.text
        assert any(d["rule"] == "HTML-005" for d in ex.blocks)
