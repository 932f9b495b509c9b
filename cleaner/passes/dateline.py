"""Datelines and syndication damage.

A wire dateline ('WASHINGTON (Reuters) -') stays in the body as printed and is copied to the
``dateline`` field. A re-poster that splices its name into the agency ('(RockedBuzz via Reuters)',
'told RockedBuzz via Reuters') is repaired back to the agency everywhere it did so, each repair
logged, and named in ``republisher``: a repaired copy is still that site's copy.

Legitimate 'via' credits ('AFP via Getty Images') are left alone: only a non-agency name in front
of a news agency counts as damage.
"""

from __future__ import annotations

import re

from ..article import BODY, Block, Dateline
from ..context import Context
from . import caption
from .base import Pass

_CONTEXT = re.compile(r"(?:\btold|\bto|\bby|\bwith|\baccording to|\(|\bfrom|\bfor)\s*$", re.IGNORECASE)


_VIA = re.compile(r"(.+?)\s+via\s+(.+)")  # compiled here: re's own cache is full of the rule packs
# a reporting verb right after 'SITE via AGENCY': the agency is the report's subject
_REPORTED = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:reported|reports|said|says|wrote|writes|quoted|cited|learned|learnt)\b"
)

_MARKS = ("(", "/", "—", "–", ":", "--", " - ")  # one of them is in every dateline ('ROMA, 5 MAR - …')


def _agencies(ctx: Context) -> frozenset[str]:
    return ctx.rules.phrase_set("DATELINE-002")


def _split_via(ctx: Context, agency: str) -> tuple[str | None, str]:
    """'RockedBuzz via Reuters' -> ('RockedBuzz', 'Reuters'), and the same splice the other way round
    ('Reuters via RockedBuzz'); a plain agency, or an agency via an agency -> (None, agency)."""
    m = _VIA.fullmatch(agency.strip())
    if m:
        first, second = m.group(1).strip(), m.group(2).strip()
        agencies = _agencies(ctx)
        if second.lower() in agencies and first.lower() not in agencies:
            return first, second
        if first.lower() in agencies and second.lower() not in agencies and second[:1].isupper():
            return second, first
    return None, agency.strip()


def match(ctx: Context, text: str) -> re.Match[str] | None:
    """A dateline at the start of ``text``: an agency's needs a capitals place or a known agency
    (or one a known agency's name opens: 'CNN Business'); an outlet's own needs a capitals place
    that is not a label (DATELINE-004).

    Several passes ask about the same opening lines: the answer is kept for the article."""
    key = ("dateline", text)
    found = ctx.answers.get(key, _UNKNOWN)
    if found is _UNKNOWN:
        found = ctx.answers[key] = _match(ctx, text)
    return found


_UNKNOWN = object()


def _match(ctx: Context, text: str) -> re.Match[str] | None:
    head = text[:160]
    if not any(mark in head for mark in _MARKS):
        return None
    m = ctx.rules.pattern("DATELINE-001").match(text)
    alone = False
    if not m:
        m = _alone(ctx, text)
        if m is None:
            return None
        alone = True
    if m.group("own"):
        if alone and not (m.group("own_dash") in ("—", "–") or m.group("own_date")):
            return None  # 'KEY POINTS:' alone is a heading; 'LONDON —' alone, a dateline set apart
        own = m.group("own")
        letters = [c for c in own.split(",")[0] if c.isalpha()]
        if len(letters) < 3 or own.strip(" .").lower() in ctx.rules.phrase_set("DATELINE-004"):
            return None
        if m.group("own_dash") == "-" and not m.group("own_date"):
            return None  # 'ROMA, 5 MAR - …' has its date; 'FERIENHAUS FEINEN - …' is a name in capitals
        return m
    _, agency = _split_via(ctx, agency_of(m))
    agencies = _agencies(ctx)
    known = agency.lower() in agencies or agency.split()[0].lower() in agencies if agency else False
    if not known and agency and _JOINT.search(agency):
        # 'Genf (dpa/AFP) -', 'PARIS (AFP and Reuters) -': two wires' joint copy, every one known
        # 'Hamburg (dpa/lno) -': a known wire and its regional desk's code in lower case
        parts = [part for part in _JOINT.split(agency) if part]
        known = parts[0].lower() in agencies and all(
            part.lower() in agencies or (part.islower() and part.isalpha() and len(part) <= 4) for part in parts[1:]
        )
    place = m.group("place") or ""
    if not known and not (place and place.split(",")[0].isupper() and len(agency.split()) <= 4):
        return None
    if not known and not agency[:1].isupper():
        return None
    if not known and not m.group("dash"):
        return None  # without a dash, only a known agency makes '(X) Words' a dateline
    if alone and not known and not m.group("wire"):
        return None  # a line alone: 'WASHINGTON (AP) —', never an unknown '(Name) -'
    return m


_ALONE_MAX = 90  # a place, a date and an agency: 'STEPANAKERT-KHANKENDI, Azerbaijan, Nov. 20, 2019 (Reuters) —'


def _alone(ctx: Context, text: str) -> re.Match[str] | None:
    """DATELINE-008: a wire's dateline on a line of its own above the first paragraph ('WASHINGTON
    (AP) —', 'LONDON, March 5 (Reuters)', 'SAN FRANCISCO —'), as pages that set the dateline in a
    span of its own come out of extractors. DATELINE-001 wants copy after the dash; here the line
    must be the whole dateline and nothing else, read as if the copy followed it."""
    line = text.strip()
    if not ctx.uses("DATELINE-008") or len(line) > _ALONE_MAX or "\n" in line:
        return None
    m = ctx.rules.pattern("DATELINE-001").match(line + " A")
    if m is None or m.end() < len(line):
        return None
    if not m.group("own") and not (m.group("dash") or m.group("date")):
        return None  # 'Jane Doe (AFP)', a writer and the agency: alone, a dateline has its dash or its date
    from . import byline

    if byline.PASS.setup(ctx).lead.match(line):
        return None  # 'By Jane Doe (Reuters)': a byline with its agency
    place = (m.group("place") or "").split(",")[0].strip()
    if place and not place.isupper() and byline.bare_names(ctx, place) is not None:
        return None  # 'Jane Doe (AFP) -': a writer's name where a place in mixed case would stand
    return m


_JOINT = re.compile(r"\s*[/,]\s*|\s+(?:and|und|et|y|e|en)\s+")


def agency_of(m: re.Match[str]) -> str:
    """The agency a dateline match names: in parentheses, or a press wire between slashes."""
    return (m.group("agency") or m.group("wire") or "").strip()


# the full stop that closes a place before its dash ('SANTIAGO.–', 'BUENOS AIRES.-', DATELINE-009's
# form): no part of the place; an abbreviation's ('ST.', 'D.C.') stays
_CLOSING_STOP = re.compile(r"(?<=[^\W\d_]{3})\.$")


def place_of(m: re.Match[str]) -> str | None:
    place = (m.group("place") or m.group("own") or "").strip(" ,")
    # (after a comma the last word is a state's abbreviation, AP style: 'ST. JOSEPH, Mich.', 'Calif.')
    return (place if "," in place else _CLOSING_STOP.sub("", place)) or None


def date_of(m: re.Match[str]) -> str | None:
    return m.group("date") or m.group("own_date")


def _repair(ctx: Context, site: str) -> None:
    """Rewrite every 'SITE via AGENCY' (and 'AGENCY via SITE') in the body back to the agency."""
    pattern = re.compile(re.escape(site) + r"\s+via\s+(?P<agency>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})")
    reverse = re.compile(r"(?P<agency>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}?)\s+via\s+" + re.escape(site) + r"\b")
    agencies = _agencies(ctx)
    for block in ctx.body():
        if "via" not in block.text:
            continue
        text = block.text
        edits: list[tuple[int, str, str]] = []
        pos = 0
        while True:
            m = pattern.search(text, pos)
            if not m:
                break
            agency = _known_prefix(m.group("agency"), agencies)
            if agency is None:
                pos = m.end()
                continue
            before = text[m.start() : m.start("agency") + len(agency)]
            edits.append((m.start(), before, agency))
            pos = m.start() + len(before)
        for m in reverse.finditer(text):
            agency = m.group("agency")
            if agency.lower() in agencies and not any(start <= m.start() < start + len(old) for start, old, _ in edits):
                edits.append((m.start(), m.group(0), agency))
        edits.sort()
        ctx.rewrite_all(block, edits, "DATELINE-003")


def _known_prefix(words: str, agencies: frozenset[str]) -> str | None:
    """The longest leading run of ``words`` that names a known agency ('Reuters on Sunday' -> 'Reuters')."""
    parts = words.split()
    for n in range(len(parts), 0, -1):
        cand = " ".join(parts[:n]).rstrip(".,;:!?")
        if cand.lower() in agencies:
            return cand
    return None


def _find_republisher(ctx: Context) -> str | None:
    """Without a damaged dateline, a site spliced in front of an agency in a telling context."""
    agencies = _agencies(ctx)
    counts: dict[str, int] = {}
    pattern = ctx.rules.pattern("DATELINE-003")
    for block in ctx.iter_body():
        if " via " not in block.text:
            continue
        for m in pattern.finditer(block.text):
            site = m.group("site")
            if site.lower() in agencies or _known_prefix(m.group("agency"), agencies) is None:
                continue
            # 'told SITE via Reuters', or 'SITE via Reuters reported' (the agency as the subject of a report)
            telling = _CONTEXT.search(block.text[: m.start()]) or _REPORTED.match(block.text, m.end())
            weight = 2 if telling else 1
            counts[site] = counts.get(site, 0) + weight
    best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return best[0][0] if best and best[0][1] >= 2 else None


def _lead_blocks(ctx: Context) -> list[Block]:
    """The blocks a dateline may open: up to the first long paragraph that is not a photo caption.

    This pass runs before captions are lifted (so that every later pass sees repaired text), so a
    long caption above the lead must not close the window.
    """
    out = []
    for block in ctx.iter_body():
        out.append(block)
        if block.words >= 30 and caption.find_credit(ctx, block.text) is None:
            break
    return out


class Datelines(Pass[None]):
    family = "dateline"
    emits = ("DATELINE-003", "DATELINE-005", "DATELINE-011")

    def run(self, ctx: Context) -> None:
        site = None
        for block in _lead_blocks(ctx):
            m = match(ctx, block.text)
            if not m:
                continue
            if m.end() > len(block.text.rstrip()):
                if not _copy_follows(ctx, block):
                    continue  # a dateline alone (DATELINE-008) stands over the copy it opens
            elif m.group("own") and len(block.text[m.end() :].split()) < 3:
                continue  # 'NEWSPAPER SECTION: News' (the Bangkok Post's print label): no copy after the place
            site, agency = _split_via(ctx, agency_of(m)) if not m.group("own") else (None, "")
            place, date = place_of(m), date_of(m)
            if (
                place is None
                and agency
                and (after := match(ctx, block.text[m.end() :].lstrip()))
                and after.group("own")
            ):
                place, date = place_of(after), date_of(after)  # '(ANSA) - ROMA, 05 MAR - …': the agency first
            ctx.metadata.dateline = Dateline(place=place, agency=agency or None, date=date, text="")
            break
        if ctx.metadata.dateline is None and ctx.uses("DATELINE-007"):
            _russian_wire(ctx)
        if ctx.metadata.dateline is None and ctx.uses("DATELINE-006"):
            _mixed_case_own(ctx)
        if ctx.metadata.dateline is None and ctx.uses("DATELINE-009"):
            _stop_own(ctx)
        if ctx.metadata.dateline is None and ctx.uses("DATELINE-010"):
            _place_alone(ctx)
        if ctx.uses("DATELINE-011"):
            _reporting_from(ctx)
        if site is None:
            site = _find_republisher(ctx)
        if site:
            ctx.metadata.republisher = site
            _repair(ctx, site)
        if ctx.metadata.dateline is not None:
            for block in _lead_blocks(ctx):
                m = match(ctx, block.text)
                if m:
                    if _unglue(ctx, block, m):
                        m = match(ctx, block.text)
                    if m:
                        ctx.metadata.dateline.text = m.group(0).strip()
                    break


def _reporting_from(ctx: Context) -> None:
    """DATELINE-011: 'Reporting from Springfield, Ill.', the line The New York Times prints under its
    byline where a dateline stood: the place the story was filed from, alone on its line in the
    opening. The line goes (it is the byline's furniture, not copy) and its place is the dateline
    when the copy opens with none."""
    pattern = ctx.rules.pattern("DATELINE-011")
    for block in _lead_blocks(ctx):
        if block.words > 12 or not block.lower.startswith("reporting from"):
            continue
        m = pattern.match(block.text.strip())
        if m is None:
            continue
        if ctx.metadata.dateline is None:
            ctx.metadata.dateline = Dateline(place=m.group("place"), agency=None, date=None, text=block.text.strip())
        ctx.lift(block, "DATELINE-011", "dateline")
        return


_ROMAN = re.compile(r"[IVXLC]{1,6}\.?")
_COLON_PLACE = re.compile(r"""^(?P<own>[A-ZÀ-Þ][\w'’.\-]+(?: [A-ZÀ-Þ][\w'’.\-]+){0,2}):\s+(?=[A-ZÀ-Þ"“‘'«„])""")


def _mixed_case_own(ctx: Context) -> None:
    """DATELINE-006: 'Roma, 5 marzo 2024 – Il consiglio …', an outlet's own dateline in mixed case,
    read from the first paragraph of copy for the dateline field only (the text stays as printed).

    Capitalised words and a dash open titles and labels too ('Brexit, Explained — What Next',
    'Tuesday, March 5 — …'), so only a long paragraph counts, and the place is never a weekday, a
    month, a sentence adverb or a label."""
    rule = ctx.rules.rule("DATELINE-006")
    not_places = ctx.rules.memo(("dateline.not_places",), lambda: frozenset(rule.params["not_places"]))
    first = next((b for b in _lead_blocks(ctx) if b.words >= rule.params["min_words"]), None)
    if first is None:
        return
    if "—" not in first.text[:120] and "–" not in first.text[:120]:
        # 'Mumbai: The civic body …', 'New Delhi: …': Indian and Gulf papers' own dateline with a colon;
        # capitalised words and a colon open labels and speakers' lines too ('Analysis:', 'Jane Doe:'),
        # so only a city writers file from (BYLINE-021) counts
        colon = _COLON_PLACE.match(first.text)
        if colon and colon.group("own").lower() in ctx.rules.phrase_set("BYLINE-021"):
            ctx.metadata.dateline = Dateline(
                place=colon.group("own"), agency=None, date=None, text=colon.group(0).strip()
            )
        return
    m = ctx.rules.pattern("DATELINE-006").match(first.text)
    if m is None:
        return
    own = m.group("own")
    words = {w.strip(".,").lower() for w in own.replace(",", " ").split()}
    if not words.isdisjoint(not_places) or own.strip(" .").lower() in ctx.rules.phrase_set("DATELINE-004"):
        return
    if any(_ROMAN.fullmatch(w) for w in own.replace(",", " ").split()):
        return  # 'Benedikt XVI. – Licht des Glaubens': a pope's or king's name, not a place
    date = m.group("own_date")
    if date is not None:
        from . import timestamp

        if not timestamp.is_stamp(ctx, date):
            return  # '5 Things' is no date
    ctx.metadata.dateline = Dateline(place=own.strip(" ,"), agency=None, date=date, text=m.group(0).strip())


def _stop_own(ctx: Context) -> None:
    """DATELINE-009: 'BUENOS AIRES.- El Gobierno …', 'BERLIN. Der Bundestag …': an outlet's own
    dateline in capitals closed by a full stop (with a dash or alone), read from the first paragraph
    of copy for the dateline field only (the text stays as printed).

    A word in capitals and a full stop also opens copy as an acronym ('NATO. The alliance …' is rare,
    but 'UPDATE.' is a label), so the place has params.min_letters letters or more and is never a
    label, an agency or one of params.not_places, and a sentence follows it (words in lower case
    among its first eight)."""
    min_letters = ctx.rules.param("DATELINE-009", "min_letters")
    not_places = ctx.rules.memo(
        ("dateline.stop_not_places",), lambda: frozenset(ctx.rules.param("DATELINE-009", "not_places"))
    )
    first = next((b for b in _lead_blocks(ctx) if b.words >= ctx.rules.param("DATELINE-006", "min_words")), None)
    if first is None or "." not in first.text[:60]:
        return
    m = ctx.rules.pattern("DATELINE-009").match(first.text)
    if m is None:
        return
    own = m.group("own").strip()
    letters = sum(c.isalpha() for c in own)
    low = own.lower()
    if (
        letters < min_letters
        or low in not_places
        or low in ctx.rules.phrase_set("DATELINE-004")
        or low in _agencies(ctx)
    ):
        return
    after = first.text[m.end() :].split()[:8]
    if sum(w[:1].islower() for w in after) < 3:
        return  # 'EFFECTIFSM. Depay11M. DembéléP. …': a squad list's glued cells, no sentence under a place
    ctx.metadata.dateline = Dateline(place=own, agency=None, date=m.group("own_date"), text=m.group(0).strip())


def _russian_wire(ctx: Context) -> None:
    """DATELINE-007: a Russian wire's dateline ('МОСКВА, 5 мар — РИА Новости.', 'МОСКВА, 5 марта.
    /ТАСС/.'), read for the dateline field only: the text stays as the agency printed it.

    The agency follows the date instead of standing in parentheses, so DATELINE-001 never reads it;
    only the first paragraphs are looked at, where a wire's dateline stands."""
    pattern = ctx.rules.pattern("DATELINE-007")
    for block in _lead_blocks(ctx):
        m = pattern.match(block.text)
        if m is None:
            continue
        if len(block.text[m.end() :].split()) < 3:
            continue  # a dateline opens copy: without copy after it, it is a line of something else
        agency = m.group("agency") or m.group("wire") or m.group("site") or m.group("paren")
        if agency in ("INTERFAX.RU", "ИНТЕРФАКС"):
            agency = "Интерфакс"
        agency = re.sub(r"\s+", " ", agency)
        ctx.metadata.dateline = Dateline(
            place=m.group("place"), agency=agency, date=m.group("date"), text=m.group(0).strip()
        )
        writer = m.group("reporter") or m.group("correspondent")
        if writer and writer.lower() not in {a.lower() for a in ctx.metadata.authors}:
            ctx.metadata.authors.append(writer)  # the wire's own signature: '— РИА Новости, Мария Иванова.'
        return


def _place_alone(ctx: Context) -> None:
    """DATELINE-010: a city alone on its line right over the copy, with a colon, a dash or in
    capitals ('ISLAMABAD:', 'New Delhi:', 'TOKYO'), as Geo, NDTV and Japan Today set the dateline in a
    span of its own: read for the dateline field and kept in the text as printed (DATELINE-008's
    way). Only the cities BYLINE-021 knows: a word alone over the copy may be a crosshead."""
    places = ctx.rules.phrase_set("BYLINE-021")
    for block in _lead_blocks(ctx):
        if block.words > 3:
            continue
        text = block.text.strip()
        place = text.rstrip(" :—–-").strip()
        if place == text and not text.isupper():
            continue  # 'Tokyo' alone in mixed case may be a crosshead; 'TOKYO', 'Tokyo:' are datelines
        if place.lower() in places and _copy_follows(ctx, block):
            ctx.metadata.dateline = Dateline(place=place, agency=None, date=None, text=text)
            return


def _copy_follows(ctx: Context, block: Block) -> bool:
    """Whether a paragraph of copy follows a dateline set on a line of its own (DATELINE-008)."""
    after = ctx.blocks[block.index + 1 : block.index + 2]
    if not after or after[0].status != BODY:
        return False
    return after[0].words >= ctx.rules.param("DATELINE-006", "min_words") and after[0].text[:1].isupper()


def _unglue(ctx: Context, block: Block, m: re.Match[str]) -> bool:
    """DATELINE-005: '(CNN)President Donald Trump …', the agency's parenthesis glued to the first word
    of the copy (CNN's pages set the dateline in a span of its own, and extractors drop the space
    between): the space goes back, as the wire prints it."""
    if not m.group("agency"):
        return False
    close = m.end("agency")  # the ')'
    text = block.text
    if close + 1 >= len(text) or text[close] != ")" or not (text[close + 1].isalpha() or text[close + 1] in "\"“‘'"):
        return False
    ctx.rewrite(block, close, text[close : close + 2], ") " + text[close + 1], "DATELINE-005")
    return True


PASS = Datelines()
