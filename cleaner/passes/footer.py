"""Footers: copyright and redistribution notices.

FOOTER-001/002 are the phrase half; FOOTER-010 is the shape: a short line carrying a copyright
sign (or the word) next to a year, which no sentence of reporting does. FOOTER-012 is a source line
made only of news agencies' names, a label and editors' initials ('Quelle: dpa', '(dpa/AFP)',
'jsh/dpa'); FOOTER-013 the issuer's about-the-company paragraphs that close a press release.
"""

from __future__ import annotations

import re

from ..article import BODY, Block
from ..context import Context
from ..text.lines import line_rules
from ..text.regex import gated
from ..text.shapes import EMAIL, ends_sentence, has_dialogue
from .base import Pass

_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_COPYRIGHT_YEAR = re.compile(r"copyright\s*(?:\(c\)\s*)?(?:19|20)\d{2}\b")


_BAR = re.compile(r"\s*[|•·]\s*")
_SOURCE_SPLIT = re.compile(r"[\s/,;&+|·()\[\]:：–—-]+")
_ELISION = re.compile(r"(?<=\bl['’])")
_INITIALS = re.compile(r"[a-zäöüß]{2,4}")
# the desk's initials alone, as the last line ('jd/jr', 'bur-jd/jr', AFP's): a writer's and an editor's
_DESK_INITIALS = re.compile(r"(?:burs?-)?[a-z]{2,4}(?:/[a-z]{2,4}){1,3}")
# the last line of an Indian wire's copy, its name and the desk's initials in capitals ('PTI ABC DEF'),
# and dpa's story number alone ('dpa:240304-99-123456/3')
_WIRE_DESK = re.compile(r"(?:PTI|IANS|UNI|ANI)(?:\s+[A-Z]{2,4}){1,4}|dpa:\d{6}-\d{2}-\d{3,6}/\d{1,3}")
# the rule a wire prints before its name at the end of its copy ('==Kyodo', '--IANS', '-- BERNAMA')
_LEAD_RULE = re.compile(r"^(?:-{2,}|={2,}|_{2,}|~{2,})\s*")
_FIRST_WORD = re.compile(r"(?:The\s+)?([A-Z][\w&.'’-]*)")
_COMMON_OPENERS = frozenset("The This That These It He She They We In On At For But And A An".split())


class _Setup:
    """What the pass reads from the rules for one language, looked up once per rule set."""

    def __init__(self, ctx: Context) -> None:
        rules = ctx.rules
        self.lines = line_rules(ctx, "footer")
        # rules a page's own text is spared (params.pages = false): an origin note the publisher prints
        # under its own article (FOOTER-110) is that page's text, and syndication only in a copy
        self.text_only = frozenset(
            r.id for r in rules.rules.values() if r.family == "footer" and r.params.get("pages") is False
        )
        self.max_words = rules.param("FOOTER-010", "max_words")
        self.block_max = rules.param("FOOTER-020", "block_max_words")
        self.long_max = rules.param("FOOTER-020", "long_max_words")
        bar = rules.rule("FOOTER-011")
        self.bar_min_segments = bar.params["min_segments"]
        self.bar_max_segment_words = bar.params["max_segment_words"]
        self.bar_words = bar.phrases
        self.bar_plain = frozenset(p for p in bar.phrases if " " not in p) | frozenset(bar.params["plain_extra"])
        self.bar_plain_min = bar.params["plain_min_words"]
        self.source_max = rules.param("FOOTER-012", "max_words")
        self.source_chars = rules.param("FOOTER-012", "max_chars")
        agencies = sorted(rules.phrases("FOOTER-021"), key=lambda a: (-len(a), a))
        # the first word of every agency name: a line holding none of them is not a source line
        self.agency_words = frozenset(a.split()[0].split("-")[0] for a in agencies)
        self.agencies = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in agencies) + r")(?![\w-])", re.I)
        self.source_words = rules.phrase_set("FOOTER-022")
        about = rules.rule("FOOTER-013").params
        self.about_headings = tuple(sorted(about["headings"], key=len, reverse=True))
        self.about_openers = tuple(h + " " for h in self.about_headings)  # one startswith for all
        self.describes = tuple(about["describes"])
        # rules whose note an extractor may break over lines: the lines that go on with it go too
        self.runs_on = {
            r.id: r.params["runs_on"]
            for r in rules.family("footer")
            if r.kind == "line" and "runs_on" in r.params and ctx.uses(r.id)
        }
        self.facts = tuple(about["facts"])


def _link_bar(setup: _Setup, low: str) -> bool:
    segments = [seg for seg in _BAR.split(low) if seg]
    if len(segments) < setup.bar_min_segments:
        return False
    if any(len(seg.split()) > setup.bar_max_segment_words for seg in segments):
        return False
    words = setup.bar_words
    return sum(1 for seg in segments if any(w in seg for w in words)) * 2 >= len(segments)


def _plain_bar(setup: _Setup, text: str) -> bool:
    """'About Us Contact Us Careers Advertise': the link bar with its separators lost, every word
    capitalised (but 'of' and 'and': 'Terms of Service Privacy Policy') and a site-page word,
    plain_min_words of them at least, three from the bar's own list."""
    space = text.find(" ")
    if space < 0 or text[:space].lower() not in setup.bar_plain:
        return False  # the first word settles almost every line
    tokens = text.split()
    if len(tokens) < setup.bar_plain_min or not all(t[:1].isupper() or t in ("&", "of", "and") for t in tokens):
        return False
    low = [t.lower().strip(".,") for t in tokens]
    return all(t in setup.bar_plain for t in low) and sum(t in setup.bar_words for t in low) >= 3


# an outlet's name and the agencies its story drew on: 'Le Figaro avec AFP', 'The Local with AFP'
_OUTLET_WITH = re.compile(
    r"^(?:The\s+|Le\s+|La\s+|Les\s+|El\s+|Il\s+|Der\s+|Die\s+|De\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z0-9][\w'’.&-]*){0,3}"
    r"\s+(?:avec|with|mit|con|com|met)\s+(?P<rest>\S.*)$"
)


def _dated_piece(ctx: Context, text: str) -> str | None:
    """'1.12.2022' in '1.12.2022 | Quelle: Example Agency | © Example Media': a date as the line's
    first piece, before its pipe."""
    from . import timestamp

    head = text.split("|", 1)[0].strip()
    return head if head and any(c.isdigit() for c in head) and timestamp.is_bare_date(ctx, head) else None


# the word a blog theme's filing note puts before the post's date: 'posted on …', 'wurde am …',
# 'posté le …', 'publicada el …', 'pubblicata il …', 'geplaatst op …', 'opublikowany dnia …'
_FILED_ON = re.compile(r"\b(?:on|am|le|el|il|op|dnia|em)\s+(?=[^.!?]{0,30}\d)", re.IGNORECASE)
# where the date ends: the note goes on with its categories ('and is filed under', 'und wurde unter',
# 'et est classé dans', 'y archivada en')
_FILED_END = re.compile(r"\s(?:and|und|et|y|e|en|in|is|ist|est|under|unter|dans|veröffentlicht|abgelegt)\s.*$", re.I)


def _filed_on(ctx: Context, text: str) -> str | None:
    """The post's date a blog theme's filing note prints (FOOTER-131): 'This entry was posted on
    Wednesday, November 27th, 2019 at 3:21 pm and is filed under News.', 'Der Beitrag wurde am
    Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht …': the longest run of at most eight
    words after the preposition that reads as a dated stamp."""
    from ..timestamps import stamp

    m = _FILED_ON.search(text)
    if m is None:
        return None
    words = _FILED_END.sub("", text[m.end() :]).split()[:8]
    for n in range(len(words), 1, -1):
        piece = " ".join(words[:n]).rstrip(" ,.;")
        iso = stamp(piece, ctx.metadata.language)["iso"]
        if iso and re.match(r"\d{4}-\d{2}-\d{2}", iso):
            return piece
    return None


def _source_line(setup: _Setup, text: str) -> bool:
    """Only agency names, source labels and editors' initials: 'Source: Reuters', 'jsh/dpa'; or an
    outlet's name with them ('Le Figaro avec AFP')."""
    if text[:1] in "-=_~":
        text = _LEAD_RULE.sub("", text)  # '==Kyodo', '--IANS': the rule before the wire's name
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1]  # 'Fuente: EFE.', 'Mit Material von dpa und AFP.': the note's full stop
    # an agency may follow the French article ('Avec l'AFP'): the apostrophe parts the words
    if len(text) > setup.source_chars or setup.agency_words.isdisjoint(
        _SOURCE_SPLIT.split(_ELISION.sub(" ", text.lower()))
    ):
        return False
    if _agencies_only(setup, text):
        return True
    m = _OUTLET_WITH.match(text)
    if m is not None and _agencies_only(setup, m.group("rest")):
        return True
    return _labelled_sources(setup, text)


# the word that makes a source line a note of the copy the story drew on: 'Avec AFP', 'With AFP',
# 'Mit Material von dpa', 'Con información de EFE', 'Com Lusa', 'Le Figaro avec AFP', '(mit dpa)'
_DREW_ON = re.compile(r"(?<![\w-])(?:avec|with|mit|con|com|met)(?![\w-])", re.IGNORECASE)
# FOOTER-113's agency subject: 'The Associated Press contributed to this report.', 'Reuters and AFP
# contributed reporting.'
_AGENCY_CONTRIBUTED = re.compile(r"^(?P<who>[^.!?]{2,80}?)\s+contributed\b")
_AGENCY_JOIN = re.compile(r"\b(?:the|The|and|&)\b|[,\s]")
# what a source line names that is no agency of its own: the collective words (CREDITS-023's) and a desk
_NO_AGENCY = frozenset(
    (
        "agenturmaterial",
        "agency inputs",
        "redaktion",
        "rédaction",
        "redacción",
        "redazione",
        "redação",
        "redactie",
        "redakcja",
    )
)


def _agency_inputs(ctx: Context, setup: _Setup, text: str, who: str | None = None) -> None:
    """FOOTER-012's note of the agencies' copy a story drew on ('Avec AFP', 'Mit Material von dpa
    und Reuters', 'Con información de EFE y AFP') names them as credits.other.inputs, as 'With
    inputs from PTI' does (CREDITS-010): the line is furniture, what it says is the story's credits.
    A plain source label ('Quelle: dpa', 'Source: Reuters') says whose copy it is, not whose help.
    So does FOOTER-113's note that an agency contributed ('The Associated Press contributed to this
    report.'), ``who`` its subject: every part of it an agency, or it names no input."""
    collective = ctx.rules.phrase_set("CREDITS-023") | _NO_AGENCY
    named: list[str] = []
    source = _ELISION.sub(" ", text if who is None else who)
    for m in setup.agencies.finditer(source):
        agency = m.group(0)
        if agency.lower() not in collective and agency not in named:
            named.append(agency)
    if not named:
        return
    if who is not None and _AGENCY_JOIN.sub("", setup.agencies.sub("", who)).strip():
        return  # 'Reuters and Jane Doe contributed …': a person's credit is CREDITS-010's
    from ..article import Credits

    if ctx.metadata.credits is None:
        ctx.metadata.credits = Credits(text=text.strip())
    inputs = ctx.metadata.credits.other.setdefault("inputs", [])
    inputs.extend(a for a in named if a not in inputs)


# 'Źródło: Onet, PAP', 'Quelle: SZ, dpa', 'Sources: Example News, AFP': the label, then two to four
# names, one of them an agency's, the others the outlet's own or a partner's (capitalised, short)
_SOURCES_LABEL = re.compile(
    r"^(?:sources?|quellen?|źródła|źródło|fuentes?|fontes?|fonti|bron(?:nen)?|источники|источник|джерело)\s*:\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_SOURCES_SPLIT = re.compile(r"\s*(?:[,/;]|\s(?:and|und|et|y|e|i|oraz|en|и|та)\s)\s*")
_SOURCE_NAME = re.compile(r"[A-ZÀ-ÞĀ-ŽА-Я0-9][\w.&'’-]*(?:\s+[A-ZÀ-ÞĀ-ŽА-Я0-9][\w.&'’-]*){0,2}")


def _labelled_sources(setup: _Setup, text: str) -> bool:
    m = _SOURCES_LABEL.match(text)
    if m is None:
        return False
    pieces = _SOURCES_SPLIT.split(m.group("rest").strip())
    if not 2 <= len(pieces) <= 4 or not all(_SOURCE_NAME.fullmatch(p) for p in pieces):
        return False
    return any(_agencies_only(setup, p) for p in pieces)


def _agencies_only(setup: _Setup, text: str) -> bool:
    rest, agencies = setup.agencies.subn(" ", text)
    if not agencies:
        return False
    for token in _SOURCE_SPLIT.split(rest):
        if token and token.lower() not in setup.source_words and not _INITIALS.fullmatch(token):
            return False
    return True


def _describes(setup: _Setup, block: Block) -> bool:
    head = " " + block.lower[:160]
    return any(d in head for d in setup.describes)


def _has_facts(setup: _Setup, block: Block) -> bool:
    return any(f in block.lower for f in setup.facts)


def _about_block(setup: _Setup, body: list[Block]) -> list[Block]:
    """The about-the-company paragraphs that close the copy, with their heading if it is there."""
    half = len(body) // 2
    for i in range(max(half, 1), len(body)):
        block = body[i]
        if block.words > 8 or block.text.endswith((".", "!", "?", ":")):
            continue
        low = block.lower
        if not low.startswith(setup.about_openers):
            continue
        heading = next((h for h in setup.about_headings if low.startswith(h + " ")), None)
        if heading is None:
            continue
        m = _FIRST_WORD.match(block.text[len(heading) + 1 :].strip())
        if not m:
            continue
        name = m.group(1)
        run = [b for b in body[i + 1 : i + 4] if b.text.startswith((name, "The " + name))]
        if run and run == body[i + 1 : i + 1 + len(run)] and _describes(setup, run[0]):
            return [block, *run]
    # no heading: two or more closing paragraphs that open with one name and describe it
    run: list[Block] = []
    name = None
    for block in reversed(body):
        m = _FIRST_WORD.match(block.text)
        word = m.group(1) if m else None
        if word is None or word in _COMMON_OPENERS or (name is not None and word != name):
            break
        name = word
        run.insert(0, block)
    if len(run) >= 2 and len(run) < len(body) and _describes(setup, run[0]) and any(_has_facts(setup, b) for b in run):
        return run
    return []


def _self_description(ctx: Context, body: list[Block]) -> Block | None:
    """FOOTER-014: the newsroom's paragraph about itself closing the copy ('The Daily Courier is an
    independent, nonprofit newsroom covering …', 'About the Associated Press: …'). Without the label
    the outlet it names is nowhere in the copy above: a story about a newsroom names it before its
    last paragraph, a syndicated story's self-description comes from elsewhere."""
    if len(body) < 3:
        return None
    last = body[-1]
    if last.words > ctx.rules.param("FOOTER-014", "max_words") or last.words < 6:
        return None
    m = ctx.rules.pattern("FOOTER-014").match(last.text)
    if m is None:
        return None
    if has_dialogue(last.text, gated(ctx.rules, "SHARED-001")):
        return None  # '… is a nonprofit newsroom, its lawyers told the court': the story speaking
    if m.group("label") is None:
        name = m.group("name").strip()
        if any(name in b.text for b in body[:-1]):
            return None
    return last


_RUN_ON_WORDS = 25  # a broken line of the note is a piece of one sentence, never a paragraph


def _run_on(ctx: Context, setup: _Setup) -> None:
    """A note removed by a rule with ``runs_on`` that ends no sentence ('Der Beitrag wurde am Mittwoch,
    den 27. November 2019'): the extractor broke it over lines, and the body lines right under it go
    with it, each of at most 25 words, up to the first that ends a sentence, runs_on lines at most.
    Without such an end in reach nothing more goes: the lines under it may be copy."""
    blocks = ctx.blocks
    for block in list(blocks):
        limit = setup.runs_on.get(block.rule or "")
        if limit is None or block.status == BODY or ends_sentence(block.text):
            continue
        run: list[Block] = []
        for nxt in blocks[block.index + 1 : block.index + 1 + limit]:
            if nxt.status != BODY or nxt.words > _RUN_ON_WORDS:
                break
            run.append(nxt)
            if ends_sentence(nxt.text):
                for piece in run:
                    ctx.remove(piece, block.rule)
                break


# the longest header FOOTER-015 names ('The Conversation UK receives funding from these organisations')
_HEADER_WORDS = 12


_REACH = re.compile(EMAIL.pattern + r"|\+?\d[\d ()./-]{6,}\d")  # an address or a telephone number


def _contact_block(ctx: Context) -> None:
    """FOOTER-148: the press contacts that close a release: a contacts header ('Media Contact:',
    'Contacts', 'Press enquiries:', 'For more information, contact:') and under it, to the end of the
    text, up to max_lines short lines (names, titles, addresses, numbers), one of them at least with
    an e-mail address or a telephone number."""
    rule = ctx.rules.rule("FOOTER-148")
    max_lines, max_words = rule.params["max_lines"], rule.params["max_words"]
    body = ctx.body()
    for i in range(max(len(body) - max_lines - 1, 0), len(body) - 1):
        head = body[i]
        if head.words > 8 or not rule.pattern.match(head.text.strip()):
            continue
        lines = body[i + 1 :]
        if len(lines) > max_lines or any(b.words > max_words for b in lines):
            continue
        if not any(_REACH.search(b.text) for b in ctx.blocks[head.index + 1 :]):
            continue  # a heading over the copy's last lines, no one to reach (an address alone may be gone: FOOTER-112)
        if any(ends_sentence(b.text) and not _REACH.search(b.text) for b in lines):
            continue
        for block in (head, *lines):
            ctx.remove(block, "FOOTER-148")
        return


def _disclosure(ctx: Context) -> None:
    """FOOTER-015: an author's disclosure block, The Conversation's in particular: its header
    ('Disclosure statement', 'Déclaration d'intérêts'), then up to max_lines lines that each open with
    a name or a pronoun and a verb of funding, employment or membership (FOOTER-016: 'Jane Doe
    receives funding from …'), and the
    'Partners' label with the partners' funding lines; or the funders' note and its link ('The
    Conversation UK receives funding from these organisations' / 'View the full list'). Lines without
    such a word end the block; a header with nothing of the kind under it goes only as the last line."""
    rule = ctx.rules.rule("FOOTER-015")
    header, vocab, label = rule.pattern, ctx.rules.pattern("FOOTER-016"), ctx.rules.phrase_set("FOOTER-016")
    max_lines, max_words = rule.params["max_lines"], rule.params["max_words"]
    body = ctx.body()
    i = 0
    while i < len(body):
        block = body[i]
        if block.words > _HEADER_WORDS or not header.match(block.text.strip()):
            i += 1
            continue
        taken = [block]
        j = i + 1
        while j < len(body) and len(taken) <= max_lines:
            line = body[j]
            if line.words > max_words:
                break
            low = line.lower.strip(" :")
            if not (low in label or vocab.match(line.text)):
                break
            taken.append(line)
            j += 1
        if len(taken) > 1 or i == len(body) - 1:
            for b in taken:
                ctx.remove(b, "FOOTER-015")
        i = j


def _desk_sign_off(ctx: Context) -> None:
    """FOOTER-162: 'red, ORF.at/Agenturen', '—KBK, GMA Integrated News', '(Jane Doe, 4.3.2024)': the
    desk's sign-off closing the copy. It is the last line, or under it stand only labels of up to
    three words (ORF's 'Links:' / 'Parlament', Der Standard's 'Zum Weiterlesen'), which a later pass
    may take: a sign-off never stands over a sentence."""
    body = ctx.body()
    max_words = ctx.rules.param("FOOTER-162", "max_words")
    pattern = ctx.rules.pattern("FOOTER-162")
    for k in range(len(body) - 1, max(len(body) - 5, 0), -1):
        block = body[k]
        if block.words <= max_words and pattern.match(block.text.strip()):
            ctx.remove(block, "FOOTER-162")
            return
        if block.words > 3 or block.text.rstrip().endswith((".", "!", "?")):
            return


class Footer(Pass[_Setup]):
    family = "footer"
    emits = (
        "FOOTER-010",
        "FOOTER-011",
        "FOOTER-012",
        "FOOTER-013",
        "FOOTER-014",
        "FOOTER-015",
        "FOOTER-148",
        "FOOTER-152",
        "FOOTER-162",
    )

    def prepare(self, ctx: Context) -> _Setup:
        return _Setup(ctx)

    def run(self, ctx: Context) -> None:
        setup = self.setup(ctx)
        lines = setup.lines
        max_words, block_max = setup.max_words, setup.block_max
        long_max = setup.long_max
        for block in ctx.body():
            words = block.words
            if words > long_max:
                continue
            # a rule that names a longer notice exactly says so (its own max_words, up to long_max_words)
            rule_id = lines.first(block, max_words=long_max, default_max=block_max)
            text = block.text
            if words > block_max:
                if rule_id and not (rule_id in setup.text_only and ctx.structured):
                    ctx.remove(block, rule_id)
                continue
            if (
                rule_id is None
                and words <= max_words
                and ("©" in text or _COPYRIGHT_YEAR.match(block.lower))
                and _YEAR.search(text)
            ):
                rule_id = "FOOTER-010"
            if rule_id is None and ("|" in text or "•" in text or "·" in text) and _link_bar(setup, block.lower):
                rule_id = "FOOTER-011"
            if rule_id is None and words <= 14 and _plain_bar(setup, text):
                rule_id = "FOOTER-011"
            if rule_id is None and words <= setup.source_max and _source_line(setup, text):
                rule_id = "FOOTER-012"
            dated = _dated_piece(ctx, text) if rule_id in ("FOOTER-010", "FOOTER-012", None) and "|" in text else None
            if rule_id is None and dated is not None and _source_line(setup, text.split("|", 1)[1].strip()):
                rule_id = "FOOTER-012"  # '05.03.2024 | Quelle: Example Agency': the date, then the source
            if rule_id in setup.text_only and ctx.structured:
                continue
            if rule_id == "FOOTER-131" and ctx.metadata.published is None:
                dated = _filed_on(ctx, text)  # 'This entry was posted on Wednesday, November 27th, 2019 at …'
            if rule_id:
                ctx.remove(block, rule_id)
                if rule_id == "FOOTER-012" and _DREW_ON.search(text):
                    _agency_inputs(ctx, setup, text)
                elif rule_id == "FOOTER-113" and (subject := _AGENCY_CONTRIBUTED.match(text.strip())):
                    _agency_inputs(ctx, setup, text, subject.group("who"))
                if dated is not None:
                    from . import timestamp

                    timestamp.note_stamp(ctx, dated)  # the story's date the source or copyright line opens with
        body = ctx.body()
        if len(body) > 1 and body[-1].words == 1 and _DESK_INITIALS.fullmatch(body[-1].text.strip()):
            ctx.remove(body[-1], "FOOTER-012")  # 'jd/jr': the editors' initials AFP closes its copy with
        body = ctx.body()
        if len(body) > 1 and body[-1].words <= 5 and _WIRE_DESK.fullmatch(body[-1].text.strip()):
            ctx.remove(body[-1], "FOOTER-012")  # 'PTI ABC DEF', 'dpa:240304-99-123456/3'
        body = ctx.body()
        if (
            len(body) > 1
            and body[-1].words <= ctx.rules.param("FOOTER-152", "max_words")
            and ctx.rules.pattern("FOOTER-152").match(body[-1].text.strip())
        ):
            ctx.remove(body[-1], "FOOTER-152")  # 'Rappler.com': the site's address as its sign-off
        if ctx.uses("FOOTER-162"):
            _desk_sign_off(ctx)
        if setup.runs_on:
            _run_on(ctx, setup)
        for block in _about_block(setup, ctx.body()):
            ctx.remove(block, "FOOTER-013")
        if ctx.uses("FOOTER-014") and not ctx.structured and (about := _self_description(ctx, ctx.body())):
            ctx.remove(about, "FOOTER-014")
        _disclosure(ctx)
        if ctx.uses("FOOTER-148"):
            _contact_block(ctx)
        from .. import provenance

        provenance.read(ctx)  # original_publisher, and the republisher a feed disclaimer names


PASS = Footer()
