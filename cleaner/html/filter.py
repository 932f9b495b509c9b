"""trafilatura's output as blocks, and the structural filter that marks the ones that are not article."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from ..text.shapes import date_stamp
from .hyphens import put_back, stand_in
from .rules import HtmlRules
from .scan import Page
from .text import SENTENCE_END, tokens


@dataclass(slots=True)
class Unit:
    """One block of trafilatura's output: a paragraph, heading, list item, table..."""

    elem: Any
    text: str
    tag: str
    words: int = 0
    drop: str | None = None
    tok: str | None = None  # the text as tokens, once the filter has read it
    kept: str | None = None  # a rule that spared the block from a drop (HTML-030..032)


_NESTED = frozenset(("head", "p", "list", "quote", "table", "lb"))


def _wrapper(elem: Any) -> bool:
    """A paragraph trafilatura made of a page's header wrapper: blocks inside it, a heading among
    them, bare text at most before them and nothing between or after them (HTML-001)."""
    return (
        elem.tag == "p"
        and len(elem) > 0
        and all(c.tag in _NESTED and (not c.tail or c.tail.isspace()) for c in elem)
        and any(c.tag == "head" for c in elem)
    )


def _unwrap_header(body: Any, window: int) -> None:
    """A wrapper <div> holding bare text, the headline and the lead comes out of trafilatura as one
    <p>, which no rule can part: among the first ``window`` blocks, its bare text (a section label)
    and its blocks up to its first heading are set before it as blocks of their own, so that the
    headline and the label over it can be told (HTML-001); the rest stays one block, as it was."""
    for child in list(body)[:window]:
        if not _wrapper(child):
            continue
        kids = list(child)
        first = next(i for i, c in enumerate(kids) if c.tag == "head")
        if first > 3:  # a heading further down is a subhead of what the wrapper holds
            continue
        lifted = []
        if child.text and not child.text.isspace():
            label = child.makeelement("p")
            label.text, child.text = child.text, None
            lifted.append(label)
        lifted.extend(kids[: first + 1])
        at = body.index(child)
        for j, elem in enumerate(lifted):
            body.insert(at + j, elem)  # lxml moves an element out of the wrapper when it inserts it
        return


def units_of(body: Any, window: int = 0) -> list[Unit]:
    if window:
        _unwrap_header(body, window)
    units: list[Unit] = []
    for child in body:
        members = [item for item in child if item.tag == "item"] if child.tag == "list" else [child]
        for elem in members or [child]:
            words = "".join(elem.itertext()).split()  # split once: the squashed text and its count
            units.append(Unit(elem=elem, text=" ".join(words), tag=elem.tag, words=len(words)))
    return units


# compiled once: the re module's cache of patterns given as strings holds 512, and the text
# engine's rules and unions crowd it, so a pattern passed as a string was compiled again per call
_TITLE_SEPARATOR = re.compile(r"\s+[|\-–—:·•»]+\s+")


def _title_forms(titles: list[str], hr: HtmlRules) -> set[str]:
    forms: set[str] = set()
    for t in titles:
        forms.add(tokens(t))
        for part in _TITLE_SEPARATOR.split(t):
            if len(part.split()) >= hr.title_part_words:
                forms.add(tokens(part))
    forms.discard("")
    return forms


def _is_title(tok: str, forms: set[str], overlap: float) -> bool:
    if tok in forms:
        return True
    for f in forms:
        shorter, longer = (tok, f) if len(tok) <= len(f) else (f, tok)
        if len(shorter) >= overlap * len(longer) and shorter in longer:
            return True
    return False


_PHONE = re.compile(r"^\s*(?:\+|\(0|00)\d")


def _is_date_line(u: Unit) -> bool:
    """A block that is only a date or timestamp (a dateline or timestamp element): metadata, not prose.

    A phone number ('+81 158-23-2012', '(0711) 12-2020') can end in what reads as a year; a
    number opening with a country or trunk prefix is a phone number, and on a contact page it is
    the content.
    """
    return date_stamp(u.text, u.words) and not _PHONE.search(u.text)


# a day and a month in figures ('12.11.2009', '2023-11-03', '11/19/2019', '28-04-2021') or a clock time
_DAY_OR_CLOCK = re.compile(
    r"\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}|\b\d{1,2}\.\d{1,2}\.(?!\d)"
    r"|\b\d{1,2}:\d\d|\b\d{1,2}[.h]\d\d\s*(?:uhr|h)\b",
    re.IGNORECASE,
)
_MONTH_NAME = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?",
    re.IGNORECASE,
)


def _bare_year(text: str) -> bool:
    """HTML-031: a block whose only date is a year, with no day, month or clock time beside it
    ('Windows Server 2019', 'Kali 2019 and 2018', 'Nature 574, 16-17 (2019)'): a name or a
    reference that carries a year, not a timestamp."""
    from ..text.shapes import stamp_words
    from ..timestamps import _MONTH

    if not stamp_words(text):  # a year alone, or with 'Updated' or 'Posted': the timestamp
        return False
    return not (_DAY_OR_CLOCK.search(text) or _MONTH_NAME.search(text) or _MONTH.search(text))


_LEAD_LABEL = re.compile(r"^([^\W\d_][^\d]*?)(?:\s*[:\-–]\s*|\s+)\d")  # set off from the date


def _spare_schedule(units: list[Unit], min_entries: int) -> None:
    """HTML-032: date lines that open with one same label ('Termin: 21.02.2020, 19 Uhr', 'Termin:
    28.02.2020, 18:30 Uhr', ...), ``min_entries`` or more of them with different dates, are the
    entries of a schedule the page lists (events, dates of a course), not its timestamp: they stay.
    A page's own timestamp is printed once or twice, and a forum's post stamps open with each
    poster's name glued to it ('jane28.09.1912:44')."""
    groups: dict[str, list[Unit]] = {}
    for u in units:
        if u.drop == "HTML-003" and (m := _LEAD_LABEL.match(u.text)):
            groups.setdefault(m.group(1).strip().lower(), []).append(u)
    for members in groups.values():
        if len(members) >= min_entries and len({u.text for u in members}) == len(members):
            for u in members:
                u.drop, u.kept = None, "HTML-032"


def _spare_day_headings(units: list[Unit], min_entries: int) -> None:
    """HTML-055: headings that are only a date ('Donnerstag, 03. Februar 2022', 'März 2020'),
    ``min_entries`` or more of them with different dates, each over a kept block that is no heading
    (a schedule's entry HTML-032 spared counts), are the days or months of a schedule or a diary the
    page lists (TV times, a programme, a live blog's days), not its timestamp: they stay. A page's
    own timestamp is printed once or twice, the same each time, and heads no text of its own."""
    texts = [u for u in units if u.text]
    heads = []
    for k, u in enumerate(texts):
        if u.drop == "HTML-003" and u.tag == "head":
            nxt = texts[k + 1] if k + 1 < len(texts) else None
            if nxt is None or nxt.drop or nxt.tag == "head":
                return  # a date heading over nothing, or over another heading: no schedule's day
            heads.append(u)
    if len(heads) >= min_entries and len({u.text for u in heads}) == len(heads):
        for u in heads:
            u.drop, u.kept = None, "HTML-055"


def _is_label(u: Unit, max_words: int) -> bool:
    """A heading, or a short paragraph that does not end a sentence: a label, not prose."""
    if u.tag == "head":
        return u.words <= 2 * max_words
    return (
        u.tag == "p" and u.words <= max_words and (not u.text.endswith(SENTENCE_END) or u.text.endswith(("...", "…")))
    )


_ADDRESS = re.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.)\S*|\S+@\S+\.\w+", re.IGNORECASE)


def _contact_or_source(text: str) -> bool:
    """A block with no word of letters besides a web or mail address, holding such an address or
    a phone number (six digits or more): a contact or a source, not a label."""
    rest = _ADDRESS.sub(" ", text)
    if any(c.isalpha() for c in rest):
        return False
    return len(rest) < len(text) or sum(c.isdigit() for c in rest) >= 6


_ELLIPSIS = ("...", "…")


def _cut_off(u: Unit, page: Page) -> bool:
    """A paragraph that ends in an ellipsis, printed plain among the article's paragraphs (no link
    in it or around it, in no labelled container, a child of a container holding three <p> or
    more): the article's text cut short, not a link's 'Read more…'."""
    return u.tag == "p" and u.text.endswith(_ELLIPSIS) and bool(u.tok) and page.plain_has(u.tok or "")


def filter_units(
    units: list[Unit],
    titles: list[str],
    page: Page,
    hr: HtmlRules,
    declared: str | None = None,
    doc_title: str | None = None,
) -> None:
    """Mark the blocks of trafilatura's output that are not article text.

    Every rule is structural and language-neutral: the repeated headline, blocks the page showed
    as link-dense or inside a container it labels as boilerplate, and labels left introducing
    nothing. Link density is measured on the page, not on trafilatura's output: there links are
    still links, and trafilatura's own link-density tests saw the page whole.
    """
    forms = _title_forms(titles, hr)
    later: set[str] = set()
    if page.later_h1 and hr.later_h1_on:
        # a later h1 that holds the declared title or a part of the <title> is the headline with a
        # kicker printed inside it ('Thema Verbraucherschutz Mehr Transparenz bei …': HTML-052)
        confirm = _title_forms(confirmed, hr) if (confirmed := [t for t in (declared, doc_title) if t]) else set()
        for h in page.later_h1:
            tok = tokens(h)
            if tok and tok not in forms and any(f" {f} " in f" {tok} " for f in confirm):
                later.add(tok)
    seen = 0
    for u in units:
        if not u.text:
            continue
        tok = u.tok = tokens(u.text)
        if seen < hr.title_window and tok:
            if _is_title(tok, forms, hr.title_overlap):
                u.drop = "HTML-001"
                continue
            if later and _is_title(tok, later, hr.title_overlap):
                u.drop = "HTML-052"
                continue
        if not seen and tok in page.decks and u.words >= hr.deck_min_words:
            u.drop = "HTML-007"  # the subtitle under the headline, opening the text: metadata too
            continue
        if seen or not (page.containers and page.owners_of(tok)):
            # a pop-up or a cookie notice set before the headline (a container labelled boilerplate,
            # HTML-020) does not count against the headline's window: it opens no text (HTML-001)
            seen += 1
        if tok in page.linkish:
            u.drop = "HTML-002"
        elif tok in page.field_labels:
            u.drop = "HTML-061"  # a Drupal field's label, printed without its value or over it
        elif _is_date_line(u):
            if hr.bare_year_on and _bare_year(u.text):
                u.kept = "HTML-031"  # a name or a reference carrying a year, no timestamp
            else:
                u.drop = "HTML-003"
    if hr.schedule_min:
        _spare_schedule(units, hr.schedule_min)
    if hr.day_heads_min:
        _spare_day_headings(units, hr.day_heads_min)
    if page.containers:
        _drop_boilerplate(units, page, hr.wrapper_share)
    _keep_named_labels(units, page)
    _drop_repeats(units, hr.repeat_min_words)
    # A label introducing only what was just dropped ("Related stories", "Read more:"), or
    # closing the page with nothing to introduce, goes with it.
    following: Unit | None = None
    for u in reversed(units):
        if not u.text:
            continue
        if not u.drop and not u.kept and _is_label(u, hr.label_max_words):  # a spared block is no label
            if following is None:
                # a phone number or an address, with no word besides, closes the text as its
                # contact or its source ('+81 158-23-2012'): no label
                orphan = hr.orphan_at_end and not _contact_or_source(u.text)
                if orphan and hr.keep_cut_off and _cut_off(u, page):
                    # the article's last sentence cut short ('All...' where a paywall ends the
                    # snippet), printed plain among its paragraphs: copy, no label (HTML-030)
                    orphan = False
                    u.kept = "HTML-030"
            else:
                orphan = bool(following.drop) and following.drop != "HTML-005"
            if orphan:
                u.drop = "HTML-005"
        following = u


def _drop_boilerplate(units: list[Unit], page: Page, wrapper_share: float) -> None:
    """Drop the blocks that sit in a container the page labels as boilerplate.

    A label can sit on the article's own wrapper (WordPress puts "tag-..." and "category-..."
    classes on the post), so a container holding a large share of the extracted text is taken
    for a wrapper and ignored, whatever its name.
    """
    owners: list[set[int]] = []
    coverage: dict[int, int] = {}
    total = 0
    joined = "\x00".join(page.containers)  # one string to search, each container padded with spaces
    starts = list(accumulate(len(c) + 1 for c in page.containers))
    overlays = [(i, page.containers[i].replace(" ", "")) for i in sorted(page.overlays)]
    for u in units:
        ids: set[int] = set()
        if u.text and not u.drop:
            tok = u.tok if u.tok is not None else tokens(u.text)
            ids.update(page.owners_of(tok))
            if tok.count(" ") >= 3:
                padded = f" {tok} "
                pos = joined.find(padded)
                while pos >= 0:
                    ids.add(bisect_right(starts, pos))
                    pos = joined.find(padded, pos + 1)
                if not ids and overlays:
                    # a pop-up's text glued at its <br>s ('Zweck: Wiedergabe von Videos<br>
                    # Verarbeitungsvorgänge: …' reads 'videosverarbeitungsvorgänge' on the page):
                    # matched without the spaces (HTML-060)
                    bare = tok.replace(" ", "")
                    ids.update(i for i, text in overlays if bare in text)
            total += u.words
            for i in ids:
                coverage[i] = coverage.get(i, 0) + u.words
        owners.append(ids)
    # a pop-up laid over the page (HTML-060) is never the article's wrapper, however much of the
    # extracted text it holds: a consent panel's 1,000 words outweigh a short article's
    wrappers = {i for i, words in coverage.items() if words > wrapper_share * total and i not in page.overlays}
    for u, ids in zip(units, owners, strict=True):
        if held := ids - wrappers:
            # only in a pop-up HTML-004 alone would have let through: HTML-060's decision
            u.drop = "HTML-060" if held <= page.overlays else "HTML-004"


def _keep_named_labels(units: list[Unit], page: Page) -> None:
    """Undo HTML-002 and HTML-004 for a block between two kept blocks that the page prints plain (no
    link in it or around it, in no labelled container) and whose text a menu or a footer also
    prints as a link: the article's own label or subhead sharing a name with a link elsewhere
    ('<p><b>Dare to Play 3:</b></p>' over the game's features, and the footer's 'Dare to Play 3').
    Blocks are matched with the page by their text, so the menu's link made the article's label
    look like a link."""
    texts = [u for u in units if u.text]
    for k in range(1, len(texts) - 1):
        u = texts[k]
        if (
            u.drop in ("HTML-002", "HTML-004")
            and not texts[k - 1].drop
            and not texts[k + 1].drop
            and u.tok in page.linkish
            and page.plain_has(u.tok)
        ):
            u.drop = None


def _drop_repeats(units: list[Unit], min_words: int) -> None:
    """HTML-008: the text's last block, of ``min_words`` words or more, that repeats a kept block
    word for word ('Click here to get more information or download this game.' under the post and
    again under its gallery) is the page's closing call to action printed twice: it goes."""
    kept = [u for u in units if u.text and not u.drop]
    if len(kept) < 3 or kept[-1].words < min_words:
        return
    last = kept[-1]
    tok = last.tok if last.tok is not None else tokens(last.text)
    if any((u.tok if u.tok is not None else tokens(u.text)) == tok for u in kept[:-1]):
        last.drop = "HTML-008"


def render(body: Any, units: list[Unit]) -> tuple[str, str | None]:
    """The kept blocks as text, one blank line between blocks, list items one per line; and the
    stand-in the soft hyphens of ``body`` are left under (HTML-028: trafilatura's renderer would
    drop them; the text has them back), None when it has none."""
    from trafilatura.xml import xmltotxt

    for u in units:
        if u.drop and (parent := u.elem.getparent()) is not None:
            parent.remove(u.elem)
    mark = stand_in(body, [u.text for u in units])
    blocks = []
    for child in body:
        if child.tag == "list" and not len(child):
            continue
        text = xmltotxt(child, False).strip()
        if text:
            blocks.append(text)
    text = unicodedata.normalize("NFC", "\n\n".join(blocks))
    return (put_back(text, mark), mark) if mark else (text, None)
