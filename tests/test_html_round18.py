"""Issue 14, eighteenth round: page-level decisions on small handmade pages.

HTML-001 reads the headline where trafilatura hides it: a header wrapper with bare text in it (a
section label, then the <h1> and the lead) comes out of the extractor as one paragraph, which no
rule could part; and a newsletter pop-up printed before the header pushed the headline out of the
window of blocks the rule looks at. Each page is written here, in the shape of a failure seen on
real sites, with copy written for the test.
"""

from __future__ import annotations

from cleaner import clean_text
from cleaner.html import clean_html

URL = "https://www.harbour-ledger.example/business/2024/05/ferry-fares-rise"
TITLE = "Ferry fares to rise in the autumn"
LEAD = "The first rise in four years will pay for two new boats, the harbour board says."
BODY = [
    "The harbour board said on Tuesday that ferry fares across the bay will rise by a tenth in the autumn, "
    "the first increase in four years, to pay for two new boats.",
    "Commuters who cross twice a day will pay about forty pounds more a year, and the board said a season "
    "ticket would keep its discount for those who buy it before September.",
    "The board will publish the new timetable in July, with two more sailings on weekday mornings and one "
    "fewer late on Sunday evenings.",
    "Fares for pupils stay as they are, and the board said it had no plans to change them before the end of "
    "the decade.",
]
PARAS = "".join(f"<p>{p}</p>" for p in BODY)
POPUP = (
    "<div class='nl-popup'><h3>Would you like more news from the harbour?</h3>"
    "<p>Sign up now for our weekly letter about the harbour and its boats.</p>"
    "<p>We send it every Friday morning, free of charge.</p></div>"
)


def page(body: str) -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head><title>{TITLE} - Harbour Ledger</title></head>"
        f"<body>{body}<footer><p>© Harbour Ledger</p></footer></body></html>"
    )


def _rules(art) -> dict[str, str]:
    return {r.text: r.rule for r in art.removed}


def _body_kept(art) -> None:
    for p in BODY:
        assert p in art.text, p


def test_header_wrapper_with_a_back_link_label():
    """'<div class=page-header><a>Ferries</a><h1>…</h1><p class=lead>…</p></div>': the label and the
    headline go, the lead and the body stay."""
    header = (
        "<div class='page-header'><a class='back' href='/business/ferries'>Ferries</a>"
        f"<h1>{TITLE}</h1><p class='lead'>{LEAD}</p></div>"
    )
    art = clean_html(page(f"<main>{header}<div class='richtext'>{PARAS}</div></main>"), url=URL)
    assert art.text.startswith(LEAD)
    _body_kept(art)
    assert "Ferries" not in art.text.split("\n")[0]
    assert _rules(art)[TITLE] == "HTML-001"
    assert _rules(art)["Ferries"] == "HTML-005"  # a label over the dropped headline


def test_header_wrapper_with_bare_section_text_and_a_date():
    """' News and press releases <br><br><div><p>date | section<br><h4>headline</h4></p>…': the
    section's name, the date line and the headline go; every paragraph stays."""
    wrapper = (
        "<div class='col'> News and press releases <br><br><div class='item'>"
        f"<p>2024-05-14 | Business<br><h4>{TITLE}</h4></p>{PARAS}</div></div>"
    )
    art = clean_html(page(f"<div class='row'>{wrapper}</div>"), url=URL)
    assert art.text.startswith(BODY[0])
    _body_kept(art)
    assert "News and press releases" not in art.text
    assert _rules(art)[TITLE] == "HTML-001"


def test_header_wrapper_holding_the_whole_statement_keeps_its_signature():
    """Only the label and the blocks down to the headline leave the wrapper: the statement under it,
    closing on its signer's name and office, stays one block as the extractor gave it."""
    wrapper = (
        "<div class='col'> News and press releases <br><br><div class='item'>"
        f"<p>2024-05-14 | Business<br><h4>{TITLE}</h4></p>{PARAS}"
        "<p>Jane Roe</p><p>Chair of the Harbour Board</p></div></div>"
    )
    art = clean_html(page(f"<div class='row'>{wrapper}</div>"), url=URL)
    _body_kept(art)
    assert "Jane Roe" in art.text and "Chair of the Harbour Board" in art.text
    assert "News and press releases" not in art.text


def test_popup_before_the_headline_does_not_count_against_the_window():
    """Three blocks of a newsletter pop-up before the headline: the pop-up goes (HTML-004) and the
    headline after it is still the headline."""
    art = clean_html(page(f"<article><div class='body'>{POPUP}<h2>{TITLE}</h2>{PARAS}</div></article>"), url=URL)
    assert art.text.startswith(BODY[0])
    _body_kept(art)
    assert _rules(art)[TITLE] == "HTML-001"
    assert _rules(art)["We send it every Friday morning, free of charge."] == "HTML-004"


def test_headline_repeated_deep_in_the_copy_stays():
    """Only the opening blocks are looked at: a paragraph far down that quotes the headline stays,
    pop-up or none."""
    quote = "<p>Ferry fares to rise in the autumn, the notice on the pier read.</p>"
    art = clean_html(page(f"<article><div class='body'>{POPUP}<h2>{TITLE}</h2>{PARAS}{quote}</div></article>"), url=URL)
    assert "Ferry fares to rise in the autumn, the notice on the pier read." in art.text
    _body_kept(art)


def test_wrapper_of_prose_with_a_subhead_keeps_its_text():
    """A wrapper trafilatura made into one paragraph whose bare text is prose and whose heading is a
    subhead, not the headline: nothing of it goes."""
    intro = "Boats have crossed the bay since the harbour opened, and fares have risen only twice since then."
    wrapper = f"<div class='col'>{intro}<br><h3>What changes for commuters</h3><p>{BODY[1]}</p></div>"
    art = clean_html(
        page(f"<article><h1>{TITLE}</h1><p>{BODY[0]}</p>{wrapper}<p>{BODY[2]}</p><p>{BODY[3]}</p></article>"), url=URL
    )
    assert intro in art.text
    assert "What changes for commuters" in art.text
    _body_kept(art)


def test_header_wrapper_output_is_idempotent():
    header = (
        "<div class='page-header'><a class='back' href='/business/ferries'>Ferries</a>"
        f"<h1>{TITLE}</h1><p class='lead'>{LEAD}</p></div>"
    )
    art = clean_html(page(f"<main>{header}<div class='richtext'>{PARAS}</div></main>"), url=URL)
    once = clean_text(art.text).text
    assert clean_text(once).text == once


# ---------------------------------------------------------------- CRUMB-146: loading notices


ES_URL = "https://www.diario-del-puerto.example/economia/2024/05/tarifas-del-ferry"
ES = [
    "La junta del puerto anunció el martes que las tarifas del ferry subirán una décima parte en otoño, "
    "la primera subida en cuatro años, para pagar dos barcos nuevos.",
    "Los usuarios que cruzan dos veces al día pagarán unos cuarenta euros más al año, y la junta dijo que "
    "el abono mantendrá su descuento para quien lo compre antes de septiembre.",
    "La junta publicará el nuevo horario en julio, con dos salidas más por la mañana entre semana.",
]


def _es_page(widget: str) -> str:
    return (
        "<!DOCTYPE html><html lang='es'><head><title>Las tarifas del ferry subirán en otoño</title></head><body>"
        f"<article><h1>Las tarifas del ferry subirán en otoño</h1><div class='body'><p>{ES[0]}</p>"
        f"<div class='player'><p>{widget}</p></div><p>{ES[1]}</p><p>{ES[2]}</p></div></article></body></html>"
    )


def test_english_loading_notice_on_a_spanish_page_goes():
    """A plugin's English 'Loading...' between two paragraphs of a Spanish story is a widget's notice."""
    for notice in ("Loading...", "Loading…", "Cargando..."):
        art = clean_html(_es_page(notice), url=ES_URL)
        assert notice not in art.text, notice
        for p in ES:
            assert p in art.text
        if notice.startswith("Loading"):  # the Spanish pack knows its own 'Cargando...' already
            assert any(r.rule == "CRUMB-146" for r in art.removed), notice


def test_loading_in_a_sentence_stays():
    line = "Cargando el barco con la carga del día, la tripulación trabajó toda la noche..."
    art = clean_html(_es_page(line), url=ES_URL)
    assert line in art.text
