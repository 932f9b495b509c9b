"""Article text trafilatura left out: the marked lead, and the body's later sibling chunks.

Both add blocks rather than remove them; each addition is logged (HTML-LEAD, HTML-CONTINUATION).
"""

from __future__ import annotations

from lxml.html import HtmlElement

from .labels import BOILER_KEYWORDS, NOT_LEAD, parts_of
from .scan import Page
from .text import SENTENCE_END, squash

LEAD_WORDS = (12, 150)
LEAD_GAP = 1000  # characters of page text between the lead and the body's first paragraph


def find_lead(tree: HtmlElement, leads: list[HtmlElement], body_text: str) -> str | None:
    """The article's lead paragraph, when trafilatura left it out.

    Sites mark their lead ("teaser", "intro", "chapo") and often keep it outside the container
    trafilatura takes for the body. It is taken only when it is prose sitting right before the
    body's first paragraph, outside any figure, so a teaser of another article, a display deck or a
    caption is not mistaken for it.
    """
    if not leads:
        return None
    first = squash(body_text.split("\n\n", 1)[0])[:60]
    page = squash(tree.find("body").text_content())  # type: ignore[union-attr]
    fpos = page.find(first)
    if fpos < 0:
        return None
    flat = squash(body_text)
    best = None
    for el in leads:
        text = squash(el.text_content())
        if not LEAD_WORDS[0] <= len(text.split()) <= LEAD_WORDS[1] or not text.endswith(SENTENCE_END):
            continue
        if text[:60] in flat or any(
            a.tag in ("figure", "figcaption") or parts_of(a) & NOT_LEAD for a in el.iterancestors()
        ):
            continue
        pos = page.find(text[:60])
        if 0 <= pos < fpos and fpos - pos < LEAD_GAP:
            best = text
    return best


CHUNK_MIN_PARAGRAPHS = 3  # prose paragraphs a sibling chunk must add to count as the article's continuation
_PROSE_WORDS = 20


def continuation(tree: HtmlElement, body_text: str, page: Page) -> list[str]:
    """Paragraphs of the article's later chunks, when the page splits its body into siblings.

    Some sites cut the article into several containers of the same class (ad slots go between
    them) and trafilatura keeps only the first. Sibling containers of the same tag and class as
    the one holding the extracted text, adding several prose paragraphs, are the same article.
    """
    first = next((b for b in body_text.split("\n\n") if len(b.split()) >= _PROSE_WORDS), None)
    if first is None:
        return []
    key = squash(first)[:50]
    body = tree.find("body")
    src = next((p for p in body.iter("p") if key in squash(p.text_content())), None)  # type: ignore[union-attr]
    if src is None:
        return []
    flat = squash(body_text)
    node = src.getparent()
    for _ in range(2):
        if node is None or node.getparent() is None:
            break
        cls = node.get("class")
        if cls:
            extra = []
            for sib in node.itersiblings():
                if sib.tag != node.tag or sib.get("class") != cls or parts_of(sib) & BOILER_KEYWORDS:
                    continue
                for par in sib.iter("p"):
                    text = squash(par.text_content())
                    if len(text.split()) >= _PROSE_WORDS and text[:50] not in flat:
                        extra.append(text)
            if len(extra) >= CHUNK_MIN_PARAGRAPHS:
                return extra
        node = node.getparent()
    return []
