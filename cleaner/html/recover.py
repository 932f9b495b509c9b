"""Article text trafilatura left out: the marked lead, and the body's later sibling chunks.

Both add blocks rather than remove them; each addition is logged (HTML-010, HTML-011).
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from ..text.shapes import date_stamp
from .rules import HtmlRules
from .scan import Page
from .text import SENTENCE_END, squash, text_of


def find_lead(tree: HtmlElement, leads: list[HtmlElement], body_text: str, hr: HtmlRules) -> tuple[str, str] | None:
    """The article's lead paragraph, when trafilatura left it out, and the rule that adds it:
    HTML-010, or HTML-053 for a lead the page sets as a heading (an h2 or h3 so labelled).

    Sites mark their lead ("teaser", "intro", "chapo") and often keep it outside the container
    trafilatura takes for the body. It is taken only when it is prose sitting right before the
    body's first paragraph, outside any figure, so a teaser of another article, a display deck or a
    caption is not mistaken for it.
    """
    if not leads:
        return None
    first = squash(body_text.split("\n\n", 1)[0])[:60]
    page: str | None = None  # the page's text: read (a whole-page string) only once a lead is worth placing
    fpos = -1
    flat = squash(body_text)
    best = None
    for el in leads:
        heading = el.tag in _HEADINGS
        if heading and not hr.lead_heading_on:
            continue
        text = _lead_text(el)
        rule = "HTML-053" if heading else "HTML-010"
        if not text and heading and hr.split_lead_on and (split := _split_lead(el, hr)) is not None:
            text, rule = _lead_text(split), "HTML-056"
        if not text:
            continue
        if not hr.lead_words[0] <= len(text.split()) <= hr.lead_words[1] or not text.endswith(SENTENCE_END):
            continue
        if text[:60] in flat or any(
            a.tag in ("figure", "figcaption") or hr.parts_of(a) & hr.not_lead for a in el.iterancestors()
        ):
            continue
        if page is None:
            page = squash(tree.find("body").text_content())  # type: ignore[union-attr]
            fpos = page.find(first)
            if fpos < 0:
                return None
        pos = page.find(text[:60])
        if 0 <= pos < fpos and fpos - pos < hr.lead_gap:
            best = (text, rule)
    return best


def _split_lead(el: HtmlElement, hr: HtmlRules) -> HtmlElement | None:
    """HTML-056: the paragraph a lead heading held in the page's markup, which the parser set after it.

    A template that wraps the standfirst's text in a paragraph inside the heading
    ('<h2 class="article-teaser"><p>…</p></h2>') writes markup HTML does not allow: the parser
    closes the heading at the <p>, leaves it empty and sets the paragraph right after it. That
    paragraph is the lead, when nothing stands between them and it carries no label of its own.
    """
    if len(el) or (el.text and not el.text.isspace()) or (el.tail and not el.tail.isspace()):
        return None
    nxt = el.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()  # a comment between them
    if nxt is None or nxt.tag != "p" or hr.parts_of(nxt):
        return None
    return nxt


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_PICTURES = ("img", "picture", "figure", "video", "iframe")


def _lead_text(el: HtmlElement) -> str:
    """The text of a marked lead, '' when the element is no lead paragraph.

    A 'lead' or 'teaser' element that holds headings is a page header or a story card (the
    headline, its deck and a byline), and one whose text is mostly link text is a teaser of
    another page: neither is the article's lead. A heading so labelled that holds none is the lead
    set as a heading (HTML-053). A picture set in the lead (with its caption and credit) is not
    part of its text, nor is a timestamp element opening it (a '<span class="date">' before the
    lead's words: the page's date, which the sidecar holds, glued to the lead's first word).
    """
    if next(el.iterdescendants(*_HEADINGS), None) is not None or next(el.iterancestors("a"), None) is not None:
        return ""
    skip: set[HtmlElement] = set()
    first = next((c for c in el if isinstance(c.tag, str)), None)
    if first is not None and not (el.text and not el.text.isspace()) and len(first) == 0:
        stamp = squash(first.text or "")
        if stamp and date_stamp(stamp, len(stamp.split())):
            skip.add(first)  # the lead's own timestamp printed before it ('19.10.2019, 15:30 Uhr'): metadata
    for c in el.iterdescendants():
        if isinstance(c.tag, str) and (c.tag in _PICTURES or c.find(".//img") is not None):
            if not any(a in skip for a in c.iterancestors()):
                skip.add(c)  # the outermost element holding the picture
    if skip:
        parts: list[str] = [el.text or ""]
        _text_without(el, skip, parts)
        text = squash("".join(parts))
    else:
        text = squash(el.text_content())
    linked = sum(
        len(squash(a.text_content())) for a in el.iter("a") if not skip or not any(p in skip for p in a.iterancestors())
    )
    return "" if linked > 0.5 * len(text) else text


def _text_without(el: HtmlElement, skip: set[HtmlElement], parts: list[str]) -> None:
    for c in el:
        if c not in skip and isinstance(c.tag, str):
            parts.append(c.text or "")
            _text_without(c, skip, parts)
        parts.append(c.tail or "")


def continuation(tree: HtmlElement, body_text: str, page: Page, hr: HtmlRules) -> list[str]:
    """Paragraphs of the article's later chunks, when the page splits its body into siblings.

    Some sites cut the article into several containers of the same class (ad slots go between
    them) and trafilatura keeps only the first. Sibling containers of the same tag and class as
    the one holding the extracted text, adding several prose paragraphs, are the same article.
    """
    first = next((b for b in body_text.split("\n\n") if len(b.split()) >= hr.prose_words), None)
    if first is None:
        return []
    key = squash(first)[:50]
    # its longest run without spaces stands as is in the raw text of a <p> whose squashed text holds the key
    probe = max(key.split(" "), key=len)
    body = tree.find("body")
    src = next(
        (p for p in body.iter("p") if probe in (t := text_of(p)) and key in squash(t)),  # type: ignore[union-attr]
        None,
    )
    if src is None:
        return []
    flat = squash(body_text)
    node = src.getparent()
    for _ in range(hr.chunk_levels):
        if node is None or node.getparent() is None:
            break
        cls = node.get("class")
        if cls:
            extra = []
            for sib in node.itersiblings():
                if sib.tag != node.tag or sib.get("class") != cls or hr.parts_of(sib) & hr.boiler:
                    continue
                texts = [squash(text_of(par)) for par in sib.iter("p")]
                long = [i for i, t in enumerate(texts) if len(t.split()) >= hr.prose_words]
                for i, text in enumerate(texts):
                    # a short paragraph between two of the chunk's prose paragraphs is the article's
                    # too ('But there are two problems with this potential disruption.')
                    inside = bool(long) and long[0] < i < long[-1]
                    if text[:50] in flat:
                        continue
                    if i in long or (inside and len(text.split()) >= 3 and text.endswith(SENTENCE_END)):
                        extra.append(text)
            if len(extra) >= hr.chunk_min_paragraphs:
                return extra
        node = node.getparent()
    return []


# text written straight into a container (no <p> around it), long enough to be a paragraph
def _bare_texts(body: HtmlElement, min_chars: int) -> list[tuple[HtmlElement, bool]]:
    """Text written straight into a container (a div, section, article, main or td: its own text,
    or the tail of one of its children), long enough to be a paragraph: (the element the text
    belongs to, whether it is that element's tail). A walk in Python reads fewer nodes than the
    equivalent XPath, which normalised every text node of every container."""
    found: list[tuple[HtmlElement, bool]] = []
    for el in body.iter("div", "section", "article", "main", "td"):
        t = el.text
        if t and len(t) >= min_chars and len(squash(t)) >= min_chars:
            found.append((el, False))
        for c in el:
            t = c.tail
            if t and len(t) >= min_chars and len(squash(t)) >= min_chars:
                found.append((c, True))
    return found


_INLINE = frozenset(("a", "b", "i", "em", "strong", "span", "small", "sup", "sub", "abbr", "cite", "q", "mark", "u"))


def find_opening(tree: HtmlElement, body_text: str, hr: HtmlRules) -> tuple[str, str | None] | None:
    """The article's opening paragraph written as bare text, when trafilatura left it out, and the
    block of ``body_text`` it goes before (None: before them all).

    Some templates write the first paragraph straight into a container (text, then a ``<p>`` or a
    heading), and extractors that read paragraphs drop it. Taken only when it is prose (a
    sentence end, lead_min_words words or more), under the headline and right before the body's
    first paragraph (its first block of lead_min_words words or more: a caption or a one-line note
    the extractor put first is no paragraph), or right before its second one when the page prints
    it after the first (a standfirst the extractor kept above it), and outside any figure or
    container the page labels as boilerplate or a deck.
    """
    blocks = body_text.split("\n\n")
    # the body's first paragraphs: a caption or a one-line note the extractor put first does not count
    long = [b for b in blocks if len(b.split()) >= hr.lead_words[0]][:2] or blocks[:1]
    firsts = [squash(b)[:60] for b in long]
    body = tree.find("body")
    min_chars = 5 * hr.lead_words[0]
    bare = _bare_texts(body, min_chars)
    if not bare:
        return None
    flat = squash(body_text)
    runs = []  # the bare runs shaped like an opening, before the page's whole text is read
    for owner, is_tail in bare:
        text = _run_from(owner, is_tail)
        if not hr.lead_words[0] <= len(text.split()) <= hr.lead_words[1] or not text.endswith(SENTENCE_END):
            continue
        if text[:60] in flat:
            continue
        holder = owner.getparent() if is_tail else owner
        if holder is None or any(
            a.tag in ("figure", "figcaption", "a") or hr.parts_of(a) & (hr.boiler | hr.not_lead)
            for a in (holder, *holder.iterancestors())
        ):
            continue
        runs.append(text)
    if not runs:
        return None
    page = squash(body.text_content())
    fpos = page.find(firsts[0])
    if fpos < 0:
        return None
    spos = page.find(firsts[1], fpos + 1) if len(firsts) > 1 else -1
    h1 = next(body.iter("h1"), None)
    head = page.find(squash(h1.text_content())) if h1 is not None else -1
    best: str | None = None
    best_pos, before = -1, None
    for text in runs:
        pos = page.find(text[:60])
        if pos <= head:  # under the headline: notices sit above it
            continue
        if 0 <= pos < fpos and fpos - pos < hr.lead_gap:
            if pos > best_pos:  # nearest the body
                best, best_pos, before = text, pos, None
        elif fpos < pos < spos and spos - pos < hr.lead_gap and best is None:
            best, best_pos, before = text, pos, long[1]
    return (best, before) if best else None


def _run_from(owner: HtmlElement, is_tail: bool) -> str:
    """The bare run a text belongs to (``owner``'s text, or its tail): from the block (or the
    container's start) before it, through the inline elements around it (a drop cap, links,
    emphasis), up to the next block."""
    if not is_tail:
        holder, i, parts = owner, 0, [owner.text or ""]
    else:
        holder = owner.getparent()
        i = holder.index(owner)
        if owner.tag in _INLINE:
            while i > 0 and isinstance(holder[i - 1].tag, str) and holder[i - 1].tag in _INLINE:
                i -= 1
            parts = [(holder.text if i == 0 else holder[i - 1].tail) or ""]
        else:
            i, parts = i + 1, [owner.tail or ""]
    for sib in holder[i:]:
        if not isinstance(sib.tag, str) or sib.tag not in _INLINE:
            break
        parts.append(sib.text_content())
        parts.append(sib.tail or "")
    return squash("".join(parts))


_BETWEEN_TAGS = frozenset(("p", "h2", "h3", "h4"))

# the parents of <p> elements, in page order, found in C (those with three <p> children or more
# are kept: asking every element of the page for its count of <p> children cost twice as much)
_PARAGRAPH_PARENTS = etree.XPath(".//p/..")


def _holds_paragraphs(body: HtmlElement) -> list[HtmlElement]:
    """The elements under ``body`` with three <p> children or more, in page order."""
    return [el for el in _PARAGRAPH_PARENTS(body) if el is not body and sum(1 for _ in el.iterchildren("p")) >= 3]


def between_paragraphs(tree: HtmlElement, body_text: str, dropped: set[str], hr: HtmlRules) -> list[tuple[str, str]]:
    """Prose paragraphs trafilatura skipped in the middle of the article's own container.

    Templates put a newsletter form, an ad slot or a related-story box between two paragraphs,
    and an extractor that leaves the box sometimes leaves the paragraph after it too ('He was
    arrested in April …' between a sign-up form and a figure). A ``<p>`` standing between two
    paragraphs the body kept, as a child of the same container, ending a sentence and long
    enough to be prose, is the article's, and so is a subhead (h2-h4) there that is not mostly
    link text (a teaser's headline is): the text engine still judges them like any line. Returns
    (the kept paragraph it follows, its text) pairs in page order; a paragraph the page layer
    dropped itself (``dropped``) is not brought back.
    """
    body = tree.find("body")
    if body is None:
        return []
    flat = _alnum(body_text)  # letters and digits only: <br>, soft hyphens and spacing differ
    min_words = hr.between_words
    found: list[tuple[str, str]] = []
    for parent in _holds_paragraphs(body):
        kids = [c for c in parent if c.tag in _BETWEEN_TAGS]
        texts = [squash(text_of(c)) for c in kids]
        keys = [_alnum(t[:80])[:40] for t in texts]
        kept = [
            (len(t.split()) >= 3 and len(k) >= 10 if c.tag == "p" else len(k) >= 3) and k in flat
            for c, t, k in zip(kids, texts, keys, strict=True)
        ]
        if sum(kept) < 2:
            continue
        first = kept.index(True)
        last = len(kept) - 1 - kept[::-1].index(True)
        prev = None
        for i in range(first, last + 1):
            text = texts[i]
            if kept[i]:
                prev = text
                continue
            heading = kids[i].tag != "p"
            if (
                prev is None
                or not text
                or (heading and (len(text.split()) > hr.between_heading_words or _linked(kids[i], text)))
                or (not heading and (len(text.split()) < min_words or not text.endswith(SENTENCE_END)))
                or text in dropped
                or keys[i][:25] in flat
                or any(hr.parts_of(a) & hr.boiler for a in (kids[i], *kids[i].iterancestors()))
            ):
                continue
            found.append((prev, text))
    return found


def embedded_posts(tree: HtmlElement, body_text: str, hr: HtmlRules) -> list[tuple[str, str]]:
    """Social posts the article embeds and quotes, when the extractor left them out.

    A story quoting a post embeds it as a ``<blockquote class="twitter-tweet">`` (the post's text
    in a ``<p>``, then '— Name (@handle) date'); the news is often the post itself ('Club
    statement'), yet extractors drop the blockquote as a widget. Taken only between two paragraphs
    the body kept, so a feed of posts in a sidebar is not. Returns (the kept paragraph it
    follows, text) pairs: the post's text, then its attribution line.
    """
    body = tree.find("body")
    if body is None:
        return []
    quotes = [q for q in body.iter("blockquote") if set((q.get("class") or "").split()) & hr.embed_classes]
    if not quotes:
        return []
    flat = _alnum(body_text)
    found: list[tuple[str, str]] = []
    for q in quotes:
        for br in q.iter("br"):  # a line break in a post separates words
            br.tail = " " + (br.tail or "")
        para = q.find("p")
        text = squash(para.text_content()) if para is not None else ""
        if not text or _alnum(text[:80])[:25] in flat:
            continue
        before = next((t for p in reversed(_PRECEDING_P(q)) if _kept(t := squash(p.text_content()), flat)), None)
        after = next((t for p in _FOLLOWING_P(q) if _kept(t := squash(p.text_content()), flat)), None)
        if before is None or after is None:
            continue
        found.append((before, text))
        credit = squash(q.text_content())[len(text) :].strip() if squash(q.text_content()).startswith(text) else ""
        if credit:
            found.append((before, credit))
    return found


_PRECEDING_P = etree.XPath("preceding::p")
_FOLLOWING_P = etree.XPath("following::p[position() <= 20]")


def _kept(text: str, flat: str) -> bool:
    key = _alnum(text[:80])[:40]
    return len(key) >= 10 and key in flat


def _linked(el: HtmlElement, text: str) -> bool:
    """Whether a heading is mostly link text: a teaser's headline, not a section of the article."""
    return sum(len(squash(text_of(a))) for a in el.iter("a")) > 0.5 * len(text)


_NOT_ALNUM = re.compile(r"[\W_]+")


# ASCII characters other than letters and digits: deleted from UTF-8 bytes in one C pass
_ASCII_NOT_ALNUM = bytes(c for c in range(128) if not chr(c).isalnum())


def _alnum(text: str) -> str:
    """The text's letters and digits, lower-cased (``[\\W_]+`` taken out). The ASCII ones go first as
    bytes; the regex then runs only if something else is left (curly quotes, dashes), and takes
    out of what is left just what it would have taken out of the whole."""
    rest = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_NOT_ALNUM).decode("utf-8", "surrogatepass")
    if rest.isalnum() or not rest:
        return rest.lower()
    return _NOT_ALNUM.sub("", rest).lower()


def insert_after(body_text: str, pairs: list[tuple[str, str]]) -> tuple[str, list[str]]:
    """``body_text`` with each text set as its own block after the block that begins with its anchor,
    and the texts so set (one whose anchor is not found is left out)."""
    if not pairs:
        return body_text, []
    blocks = body_text.split("\n\n")
    after: dict[int, list[str]] = {}
    keys = [squash(b)[:50] for b in blocks]
    for anchor, text in pairs:
        key = anchor[:50]
        at = next((i for i, k in enumerate(keys) if k and (k.startswith(key) or key.startswith(k))), None)
        if at is not None:
            after.setdefault(at, []).append(text)
    if not after:
        return body_text, []
    out: list[str] = []
    for i, b in enumerate(blocks):
        out.append(b)
        out.extend(after.get(i, ()))
    return "\n\n".join(out), [t for i in sorted(after) for t in after[i]]
