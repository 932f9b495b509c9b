"""Related content: inline 'Read more: …' lines and headline lists ('Next In World' + headlines).

A list is found by its shape: a short header, then a run of lines that read as headlines. With a
known header (RELATED-002) the run may sit anywhere; with an unknown header it must run to the end
of the article and its lines must not end like sentences, so a subhead followed by short lines of
real copy is never taken. Lines already removed by other passes (prompts, crumbs, credits) do not
break a run; numbered items and bare links do, since they are the article's own lists.
"""

from __future__ import annotations

import re

from .. import provenance
from ..article import BODY, Block
from ..context import Context
from ..text.lines import line_rules
from ..text.regex import gated
from ..text.shapes import PERIOD_END, attributed, ends_sentence, has_dialogue, headline_like, titleish
from . import byline
from .base import Pass
from .headline import introduces_article, section_name
from .learned import YOU

_CLOSE = "\"'”’)]"
_WORDS = re.compile(r"[\w'’]+")
_DIGITS = re.compile(r"\d")
_BULLET = re.compile(r"^[-•*▪►]\s+")
# a numbered or bulleted item, a link, or contact data (a phone number, a 'Tel.:' / 'Fax:' line):
# the copy's own list or an address block, never a headline of another story
_LIST_ITEM = re.compile(
    r"^(?:\d{1,3}[.)]\s|[-*•●▪►]\s|\(?[a-z]\)\s)|https?://|www\."
    r"|(?:^|\s)\+\d{1,3}[\s\d/().-]{6,}\d|^(?:tel|fax|phone|telefon|telefax|tél|mobil|mobile)\b\.?\s*:",
    re.IGNORECASE,
)
# what a line's opening must be for ``_LIST_ITEM`` to match there: a line that opens otherwise and holds
# no '://', 'www.' or '+' cannot match it anywhere, and is not scanned ('w' folds to no other letter)
_LIST_OPENING = re.compile(
    r"(?:\d{1,3}[.)]\s|[-*•●▪►]\s|\(?[a-z]\)\s)|(?:tel|fax|phone|telefon|telefax|tél|mobil|mobile)\b\.?\s*:",
    re.IGNORECASE,
)


def _list_item(text: str, low: str) -> bool:
    """``_LIST_ITEM.search(text)``, without scanning the lines that cannot match (``low``: text.lower())."""
    if not ("://" in text or "+" in text or "www." in low or _LIST_OPENING.match(text)):
        return False
    return _LIST_ITEM.search(text) is not None


class _Setup:
    """What the pass reads from the rules for one language, looked up once per rule set."""

    def __init__(self, ctx: Context) -> None:
        rules = ctx.rules
        family = rules.family("related")
        self.lines = line_rules(ctx, "related")
        self.header_rules = [r for r in family if r.params.get("header") and r.pattern is not None and ctx.uses(r.id)]
        self.nav = frozenset(p for r in family if r.params.get("nav") and ctx.uses(r.id) for p in r.phrases)
        # crumb rules whose labels may head a list of other stories (see ``_remove_taken_headers``)
        self.heads_list = frozenset(r.id for r in rules.family("crumb") if r.params.get("heads_list"))
        p = rules.rule("RELATED-010").params
        self.header_max_words = p["header_max_words"]
        self.item_max_words = p["item_max_words"]
        self.item_max_chars = p["item_max_chars"]
        self.min_run = p["min_run"]
        self.short_item_words = rules.param("RELATED-093", "short_item_words")
        self.min_run_nav = p["min_run_nav"]
        self.min_run_known = p["min_run_known"]
        self.item_titleish = p["item_titleish"]
        self.known_item_titleish = p["known_item_titleish"]
        self.max_items = p["max_items"]
        self.line_max_words = rules.param("RELATED-020", "block_max_words")
        self.dates = rules.phrase_set("SHARED-002")
        p12 = rules.rule("RELATED-012").params
        self.caps_words = (p12["min_words"], p12["max_words"])
        p13 = rules.rule("RELATED-013").params
        self.tail_words = (p13["min_words"], p13["max_words"])
        self.tail_titleish = p13["titleish"]
        self.reporting = gated(rules, "SHARED-001")
        self.comment_words = frozenset(rules.rule("RELATED-017").params["comment_words"])
        p15 = rules.rule("RELATED-015").params
        self.sponsor_rules = frozenset(p15["after_rules"])
        self.sponsor_words = tuple(p15["labels"])
        self.sponsor_min_run = p15["min_run"]
        self.attribution = rules.pattern("SHARED-003")
        p14 = rules.rule("RELATED-014").params
        self.kicker_max = p14["kicker_max_words"]
        self.pair_words = (p14["min_words"], p14["max_words"])
        self.min_pairs = p14["min_pairs"]


class _Article:
    """The pass's view of one article: verdicts on blocks, which hold for as long as it runs.

    The fixpoint loop asks about the same lines again after every removal, and a block's text does
    not change during the pass, so each verdict is worked out once.
    """

    def __init__(self, ctx: Context, setup: _Setup) -> None:
        self.ctx = ctx
        self.setup = setup
        self.known: dict[int, bool] = {}
        self.items: dict[tuple[int, str], bool] = {}
        self.first_words: dict[int, str] = {}
        self.headers: dict[str, list[int]] | None = None

    def headers_of(self, kind: str) -> list[int]:
        """Indices of the blocks that read as a header of ``kind`` ('known', 'nav' or 'shape').

        Judged on the blocks still in the body when first asked; blocks only ever leave the body.
        """
        if self.headers is None:
            self.headers = {"known": [], "nav": [], "shape": []}
            for i, block in enumerate(self.ctx.blocks):
                if block.status == BODY:
                    found = self.header_kind(block)
                    if found is not None:
                        self.headers[found].append(i)
        return self.headers[kind]

    def header_kind(self, block: Block) -> str | None:
        """'known' for a catalogued header, 'nav' or 'shape' for a short label, None otherwise."""
        text = block.text
        if block.words > 8 or len(text) > 80 or not (text[:1].isalpha() or any(c.isalpha() for c in text)):
            return None
        if self.is_known(block):
            return "known"
        setup = self.setup
        short = block.words <= setup.header_max_words
        if short and not ends_sentence(text) and not has_dialogue(text, setup.reporting):
            nav = self.setup.nav
            if nav and any(t in nav for t in _WORDS.findall(block.lower)):
                return "nav"
            return "shape"
        return None

    def is_known(self, block: Block) -> bool:
        """A header some pack catalogues (``params.header = true``) for this article's language."""
        if block.words > 8:
            return False
        known = self.known.get(block.index)
        if known is None:
            text = block.text
            known = self.known[block.index] = any(rule.pattern.match(text) for rule in self.setup.header_rules)
        return known

    def is_item(self, block: Block, mode: str) -> bool:
        key = (block.index, mode)
        item = self.items.get(key)
        if item is None:
            item = self.items[key] = _item(self.setup, block, mode)
        return item

    def first_word(self, block: Block) -> str:
        """The first word's class (see ``_signature``)."""
        cls = self.first_words.get(block.index)
        if cls is None:
            cls = self.first_words[block.index] = _first_class(block, self.setup.dates)
        return cls


_ITEM_WORDS = 20  # a lenient or a known module's item is at most this long (a headline's limit is the rule's)


_RANK = re.compile(r"\d{1,2}[.)]?")
# a sentence's end inside the line and a capital after it: copy of two sentences, which a headline is not
_TWO_SENTENCES = re.compile(r"[a-zà-ÿß\d)][.!?]\s+[A-ZÀ-Þ]")


def _item(setup: _Setup, block: Block, mode: str) -> bool:
    """Whether a line can stand in a headline run. Modes: strict, known, lenient."""
    if block.words > max(_ITEM_WORDS, setup.item_max_words):
        return False  # longer than every test below admits: a run ends at the copy, spare scanning it
    text, low = block.text, block.lower
    if mode != "strict":
        # under a catalogued header a bulleted line is an item of the module ('- Storm leaves …', as
        # trafilatura renders a list item); an unknown header's bulleted list is the copy's own
        bullet = _BULLET.match(text)
        if bullet:
            text, low = text[bullet.end() :], low[bullet.end() :]
    if mode != "strict" and _RANK.fullmatch(text):
        return True  # 'Most read' / '1' / 'Headline' / '2' / …: a ranked module's numbers stand alone
    if not (text[:1].isalpha() or any(c.isalpha() for c in text)) or _list_item(text, low):
        return False
    if text.startswith("(") and text.endswith(")"):
        return False
    if _dates_only(setup, block):
        return False  # '29 November 2018 | 20 January 2019': an event's dates, not another story
    max_words, max_chars = setup.item_max_words, setup.item_max_chars
    reporting = setup.reporting
    if mode == "lenient" and block.words <= _ITEM_WORDS and len(text) <= max_chars and not reporting.search(text):
        # a sentence closed by an ideographic full stop is copy: Chinese and Japanese headlines carry none;
        # so are two sentences of 16 words or more closed by a full stop ('… beraten wird. Die Opposition
        # kündigte Widerstand an.'; a headline of two sentences is short: 'South Dakota doubles down on
        # ‘Meth.’ They just might be.')
        if block.words >= 16 and text.endswith(".") and not text.endswith("..") and _TWO_SENTENCES.search(text[:-1]):
            return False
        return not text.endswith(("。", "。」", "。）"))
    if not headline_like(text, block.words, reporting, max_words, max_chars, setup.item_titleish):
        if (
            mode == "known"
            and 5 <= block.words <= _ITEM_WORDS
            and text.rstrip(_CLOSE).endswith(".")
            and titleish(text) >= setup.known_item_titleish
            and not reporting.search(text)
        ):
            return True  # 'South Dakota doubles down on ‘Meth.’ They just might be.'
        return False
    return mode != "strict" or not text.endswith(PERIOD_END)


def _dates_only(setup: _Setup, block: Block) -> bool:
    """A line of dates and numbers only: the copy's own facts, never a headline of another story."""
    return bool(_DIGITS.search(block.text)) and all(
        t.isdigit() or t in setup.dates for t in _WORDS.findall(block.lower)
    )


def _raw_run(art: _Article, blocks: list[Block], start: int, mode: str) -> tuple[list[Block], bool]:
    """The headline-like body blocks after ``start``; and whether they run to the article's end.

    A known header inside the run belongs to the same module (kept in the run), except after an
    unknown header: then the unknown 'header' was the copy's last line, and there is no run.

    A run longer than ``max_items`` is the article's own list (a table, results, a long
    enumeration), never another site's module: the scan stops there, which also keeps the pass
    linear (every short line is a possible header, and each used to scan to the end).
    """
    run: list[Block] = []
    cap = art.setup.max_items
    for j in range(start + 1, len(blocks)):
        block = blocks[j]
        if block.status != BODY:
            continue
        if len(run) >= cap:
            return [], False
        if art.is_known(block):
            if mode == "strict":
                return [], False
            run.append(block)
            continue
        if not art.is_item(block, mode):
            return run, False
        run.append(block)
    return run, True


# a ranked module's item: its rank, a dot or a bracket, then a headline opening in a capital
_RANKED = re.compile(r"(\d{1,2})[.)]?\s+(?=[^\W\d_])(?![a-z])")


def _ranked(art: _Article, blocks: list[Block], i: int) -> list[Block]:
    """A most-read module's numbered headlines under the catalogued header at ``i`` ('Most Read' / '1.
    Vikings clinch playoff berth with win over Falcons' / '2. Cold snap to bring …', the Star
    Tribune's, the Washington Post's, the Times of India's): two or more lines in a row counting up by
    one from 1, each a headline of RELATED-013's min_words to _ITEM_WORDS words with no full stop. The
    item test (``_item``) takes a numbered line for the copy's own list; under a header that names a
    module of other stories the numbers are its ranks (RELATED-010). The copy's own numbered points
    are sentences closed by a full stop, or stand under a header no pack catalogues ('What happens
    next', 'Key facts:')."""
    run: list[Block] = []
    for block in blocks[i + 1 :]:
        if block.status != BODY:
            continue
        m = _RANKED.match(block.text)
        if m is None or int(m.group(1)) != len(run) + 1:
            break
        if not art.setup.tail_words[0] <= block.words - 1 <= _ITEM_WORDS or block.text.rstrip().endswith(
            (".", ":", ";")
        ):
            return []
        run.append(block)
    return run if len(run) >= 2 else []


def _run_after(art: _Article, blocks: list[Block], start: int, mode: str) -> tuple[list[Block], bool]:
    """The run after ``start`` up to any template list in it; and whether that reaches the end."""
    run, to_end = _raw_run(art, blocks, start, mode)
    cut = _cut_template(art, run)
    marked = [_BULLET.match(b.text) is not None for b in cut]
    if any(marked) and not all(marked):
        # bulleted lines among plain ones ('Vorteile', '- …', 'Nachteile'): the copy's own structured
        # list; a module rendered as a list marks every item. The run stops at the first bullet.
        cut = cut[: marked.index(True)]
    return cut, to_end and len(cut) == len(run)


def _crumb_trail(art: _Article, blocks: list[Block], i: int) -> bool:
    """A section trail printed one crumb a line over the headline ('News' / 'City News' / 'Delhi
    News' / the headline, the Times of India's): a label at the top, before any prose, with a
    section's name (HEADLINE-006, HEADLINE-012) right under it is the trail, not a module's header;
    the headline pass takes the crumbs and the title under them."""
    if _has_body_before(blocks, i):
        return False
    nxt = next((b for b in blocks[i + 1 :] if b.status == BODY), None)
    return nxt is not None and section_name(art.ctx, nxt.text)


def _headline_over_byline(art: _Article, blocks: list[Block], i: int) -> bool:
    """A module's label at the top, before any prose, over one to three lines that end no sentence
    and then a byline ('Trending Now' / 'Water utility to raise rates …' / 'By Jane Doe'): the lines
    are this story's headline (with a section's name over it, a standfirst under it) under the
    page's bar, not the bar's items."""
    if _has_body_before(blocks, i):
        return False
    after = [b for b in blocks[i + 1 : i + 6] if b.status == BODY or (b.rule or "").startswith("BYLINE-")]
    if len(after) < 2 or after[0].status != BODY:
        return False
    # the headline, or a section's name, the headline and its standfirst ('News' / 'Canada' / 'Ottawa
    # to extend rebate …' / 'The program, which was due to expire …' / 'Jane Doe', the National Post's)
    for k, under in enumerate(after[1:4], start=1):
        if (under.rule or "").startswith("BYLINE-") or byline.parse(art.ctx, under.text, top=True) is not None:
            # three lines over the byline are a section's name (a short line), the headline, the standfirst;
            # three teasers over it are a module's
            return (k < 3 or after[0].words <= 3) and all(
                b.status == BODY and not ends_sentence(b.text) for b in after[:k]
            )
    return False


def _cut_template(art: _Article, run: list[Block]) -> list[Block]:
    """Stop a run where three lines in a row open with a date or a number: the article's own list."""
    if len(run) < 3:
        return run
    classes = [art.first_word(b) for b in run]
    for j in range(len(run) - 2):
        cls = classes[j]
        if (cls == "month" or cls == "num") and classes[j + 1] == cls and classes[j + 2] == cls:
            return run[:j]
    return run


def _subhead(block: Block) -> bool:
    return block.text.isupper() or block.words <= 4


def _has_body_before(blocks: list[Block], i: int) -> bool:
    """A list needs an article above it: a text made only of short lines is left alone."""
    return any(b.status == BODY and b.words >= 25 for b in blocks[:i])


# a sentence may open with a quotation or a speech dash before its capital ('"We have been …," said
# …', '«Мы …», — сказала …', '„Wir …“, sagte …', '– Vi har …, säger …'): still a sentence of the copy
_OPENING_QUOTES = "\"'“‘„«‹「『—– "


def _closed(block: Block) -> bool:
    """A sentence closed by a full stop, opening with a capital (after any quotation mark)."""
    text = block.text.rstrip()
    return text.endswith(".") and not text.endswith("..") and " " in text and text.lstrip(_OPENING_QUOTES)[:1].isupper()


def _lone_sentence(items: list[Block]) -> bool:
    """'Headlines' under a module's header that are all sentences closed by a full stop ('Related' /
    'The new clinic is expected to open next spring.', 'Lee también' over the last two short
    paragraphs): copy the header was left over, since a module's headlines carry no full stop; losing
    a paragraph is worse than keeping a module's headlines. (A module of headlines each with its
    description has half its lines closed, and stays a module.)"""
    return bool(items) and all(_closed(b) for b in items)


def _before_closing_copy(items: list[Block], limit: float) -> list[Block]:
    """The headlines of a run that reaches the end, without the copy that resumes under them: when
    every line before the last stretch of sentences closed by a full stop is unclosed ('Related
    Stories' / two headlines / 'Opponents called the tax unfair …' / 'The clinic is expected to open
    next spring.'), those sentences are the article's last short paragraphs, not the module's; a
    sentence in title case ('Home Depot Stock Is Falling. Why You Shouldn’t Worry.', share of
    capitalised words at least ``limit``) is a headline still. A module of headlines with
    descriptions closes lines before its last one, and stays whole."""
    k = len(items)
    while k and _closed(items[k - 1]) and titleish(items[k - 1].text) < limit:
        k -= 1
    if 0 < k < len(items) and not any(_closed(b) for b in items[:k]):
        return items[:k]
    return items


def _over_a_lone_sentence(art: _Article, blocks: list[Block], i: int) -> bool:
    """A known header whose one 'headline' is the copy's last sentence (``_lone_sentence``): the header
    is the module's, left without its links, and goes alone (between paragraphs such a header may
    head a section of the story, and stays)."""
    rest = [b for b in blocks[i + 1 :] if b.status == BODY]
    return len(rest) == 1 and _lone_sentence(rest)


def _list_after(art: _Article, blocks: list[Block], i: int, kind: str) -> list[Block] | None:
    """The run of headlines a header introduces, or None when the header introduces copy."""
    if kind != "shape" and _crumb_trail(art, blocks, i):
        return None
    if kind != "shape" and _headline_over_byline(art, blocks, i):
        return []  # 'Trending Now' / the headline / 'By Jane Doe': the page's bar over this story
    if kind == "known":
        ranked = _ranked(art, blocks, i)
        if ranked:
            return ranked
        lenient, lenient_end = _run_after(art, blocks, i, "lenient")
        if lenient_end:
            return [] if _lone_sentence(lenient) else _before_closing_copy(lenient, art.setup.item_titleish)
        items, _ = _run_after(art, blocks, i, "known")
        if items and _subhead(items[-1]):
            items = items[:-1]  # a short line right before the copy resumes is its subhead
        return items if len(items) >= art.setup.min_run_known and not _lone_sentence(items) else []
    if kind == "nav":
        if blocks[i].text.endswith(":") and _nav_count(art, blocks[i]) < 2:
            art.ctx.veto("RELATED-091", blocks[i])
            return None  # 'More information:' announces the copy's own notes; 'More stories:' a module
        items, to_end = _run_after(art, blocks, i, "known")
        if not to_end and items:
            # the copy may resume under a navigation label's run as it may close one: a share bar's
            # networks under 'Artikel zum Hören • 3 Min', then 'Bundeskanzler Olaf Scholz hat am
            # Dienstag … angekündigt.', whose capitalised nouns (German: 0.5-0.6 of its words) fall
            # short of a title-case line's share (RELATED-013's titleish)
            items = _before_closing_copy(items, art.setup.tail_titleish)
        if not to_end and items and _subhead(items[-1]):
            items = items[:-1]
        if len(items) >= art.setup.min_run_nav:
            if not _uniform(art, items):
                return items
            art.ctx.veto("RELATED-090", blocks[i])
        return None
    if blocks[i].text.endswith(":"):
        run, complete = _raw_run(art, blocks, i, "strict")
        if complete and run:
            art.ctx.veto("RELATED-091", blocks[i])
        return None  # 'The measures include:' announces the copy's own list
    if _announced(art, blocks, i):
        return None
    run, complete = _raw_run(art, blocks, i, "strict")
    if not complete:
        return None  # an unknown header's list must run to the end
    items = _cut_template(art, run)
    if len(items) == len(run) and len(items) >= art.setup.min_run and _has_body_before(blocks, i):
        if _own_list(art, items) or _subhead_echoes_title(art.ctx, blocks, i):
            art.ctx.veto("RELATED-093", blocks[i])
            return None
        if not _uniform(art, items):
            return items
        art.ctx.veto("RELATED-090", blocks[i])
    return None


_CODE = re.compile(
    r"^(?:\$|>>>|%|#|PS>|C:\\)\s*\S|[{};=]|\(\)|\b[\w-]+\.(?:whl|py|js|sh|json|txt|exe|tar|gz)\b|\s--?[a-z]"
)


def _own_list(art: _Article, items: list[Block]) -> bool:
    """RELATED-093: a run under an unknown header whose lines are mostly of fewer than
    short_item_words words ('12-hour battery life', 'Wireless charging', '200g flour') or that holds a
    line of code or terminal output ('$ pip install requests') is the copy's own list; other
    stories' headlines are sentences of six to fourteen words."""
    words = sorted(b.words for b in items)
    if words[len(words) // 2] < art.setup.short_item_words:
        return True
    return any(_CODE.search(b.text) for b in items)


_TITLE_WORD = re.compile(r"[^\W\d_]{5,}|\d{2,}")


def _subhead_echoes_title(ctx: Context, blocks: list[Block], i: int) -> bool:
    """The header at ``i``, or one of the short lines that end no sentence right over it (the subhead
    over a list whose first lines the shape took for a header), repeats the headline (``_echoes_title``)."""
    mine = _headline_words(ctx)
    if not mine:
        return False
    if _echoes_title(ctx, blocks[i], mine):
        return True
    art_max = ctx.rules.param("RELATED-010", "max_items")  # a list is no longer than a module may be
    seen = 0
    for block in reversed(blocks[:i]):
        if block.status != BODY:
            continue
        if block.words > 12 or ends_sentence(block.text) or seen >= art_max:
            return False
        if _echoes_title(ctx, block, mine):
            return True
        seen += 1
    return False


def _headline_words(ctx: Context) -> set[str]:
    """The headline's words that a subhead of the story's own repeats (``_echoes_title``), and the
    lead paragraph's (the first of 20 words or more): cleaning the clean text again, which has no
    headline left, must judge the list the same way."""
    title = ctx.metadata.title or (ctx.title_candidate.text if ctx.title_candidate is not None else None)
    lead = next((b.text for b in ctx.body() if b.words >= 20), None)
    return {w.lower() for text in (title, lead) if text for w in _TITLE_WORD.findall(text)}


def _echoes_title(ctx: Context, header: Block, mine: set[str]) -> bool:
    """RELATED-093: an unknown header that repeats two words of the headline (``mine``: '1000 Euro
    Kredit - Online & schnell' over 'Die Voraussetzungen für einen 1000 Euro Kredit'): a subhead of
    the story's own, and the lines under it are its list; another story's module is headed by its own
    label ('Weitere Artikel', 'You may also like'), not by the story's subject. Words of five letters
    or more, or numbers of two figures; a line that is a person's name is no subhead (the subject of a
    profile heads the box of links to her at the end)."""
    if header is ctx.title_candidate or byline.bare_names(ctx, header.text, caps_ok=True):
        return False  # a name over links is a profile's or the writer's box ('Jane Doe' / 'Blog: …')
    return len(mine & {w.lower() for w in _TITLE_WORD.findall(header.text)}) >= 2


def _announced(art: _Article, blocks: list[Block], i: int) -> bool:
    """Whether the short line at ``i`` stands in a list that a sentence ending in a colon opens
    ('And here are the places from the video:' then names and directions): the copy's own list,
    however much its lines read as headlines. The lines between the colon and ``i`` must all be
    short lines (items)."""
    for j in range(i - 1, -1, -1):
        block = blocks[j]
        if block.status != BODY:
            continue
        if block.text.endswith(":"):
            return True
        if not art.is_item(block, "lenient"):
            return False
    return False


_MARK_SET = frozenset("@–—|:•/=$€£%")


# a post's date after its headline, as a 'Recent posts' widget prints it ('… Shower Ideas - October 23,
# 2020'): the widget's, not a template of the copy's
_POSTED = re.compile(r"\s+[-–—|]\s+([^-–—|]*\d[^-–—|]*)$")


def _unposted(text: str, dates: frozenset[str]) -> str:
    """The line without a post's date after a headline of four words or more."""
    posted = _POSTED.search(text)
    if posted and len(_WORDS.findall(text[: posted.start()])) >= 4:
        words = _WORDS.findall(posted.group(1).lower())
        if any(w in dates for w in words) and all(w.isdigit() or w in dates for w in words):
            return text[: posted.start()]
    return text


def _first_class(block: Block, dates: frozenset[str]) -> str:
    text = _unposted(_BULLET.sub("", block.text), dates)  # a bullet is not a template, nor a post's date
    first = text.split(" ", 1)[0].lower().strip(".,:")
    if first in dates:
        return "month"
    if first[:1].isdigit():
        # '15 Amazing Images of Stars', '10 Strangest Medical Cases': a listicle's headline counts
        # what it lists; tour dates, results and prices carry a month or a second number
        words = text.split()
        second = words[1] if len(words) > 1 else ""
        if (
            len(words) >= 4
            and first.isdigit()
            and second[:1].isupper()
            and second.isalpha()
            and second.lower().strip(".") not in dates
            and sum(c.isdigit() for c in text) == len(first)
        ):
            return "count " + second.lower()
        return "num"
    return first


# a work with its maker, as a shortlist, a nominations list or a reading list prints it: a title, then
# 'by' (von, par, door, av, af, por, przez; after a comma also 'de', 'di', 'da') and the maker's name,
# two to four capitalised words closing the line, a publisher or a year in brackets after it ('The Bee
# Sting by Paul Murray', 'Sterben von Matthias Glasner', 'Prophet Song by Paul Lynch (Oneworld)',
# 'Cerrar los ojos, de Víctor Erice'; a headline's 'de' without the comma is no credit: 'La boda de
# Tamara Falcó'); a cast list's actor in a role ('Cillian Murphy as J. Robert Oppenheimer'). Other
# stories' headlines seldom close on a full name after 'by', and hardly ever most lines of one module do.
_CAPITAL = r"[^\W\d_a-zß-ÿ]"  # a letter not in lower case ('İlker Çatak'; no \p{Lu} in ``re``)
_CREDITED = re.compile(
    rf"(?:\s(?:by|von|par|door|av|af|por|przez)|,\s(?:de|di|da|del))\s+{_CAPITAL}[\w.'’-]*(?:\s+{_CAPITAL}[\w.'’-]*){{1,3}}(?:\s+\([^()]{{1,40}}\))?$"
)
_CAST = re.compile(r"^[A-ZÀ-Þ][\w.'’-]+(?:\s+[A-ZÀ-Þ][\w.'’-]+){1,3}\s+as\s+[A-ZÀ-Þ]")
# a person or a place with what it is, after a comma: two to four capitalised words, then one to three
# short pieces ('Jane Smith, Labour', 'Jane Doe, Chief Executive, Example Corp', 'The Salutation Inn,
# Topsham'): a list of candidates, speakers or venues
_AFFILIATED = re.compile(
    rf"^{_CAPITAL}[\w.'’-]*(?:\s+{_CAPITAL}[\w.'’-]*){{1,3}}(?:,\s+[^,\s]+(?:\s+[^,\s]+){{0,3}}){{1,3}}$"
)


def _signature(art: _Article, block: Block) -> tuple[str, frozenset[str]]:
    """The first word's class and the separators of a line: what template lists share. A work's
    maker after 'by', an actor's role after 'as' and a name's party, job or town after a comma
    (``_CREDITED``, ``_CAST``, ``_AFFILIATED``) count as separators: a list of works, of a cast or of
    people is built on them, and is the copy's own (RELATED-090)."""
    text = block.text
    marks = frozenset(text) & _MARK_SET
    if " " in text and (_CREDITED.search(text) or _CAST.match(text)):
        marks |= {" by "}
    elif "," in text and _AFFILIATED.match(text):
        marks |= {"name, "}
    return art.first_word(block), marks


# a line that carries data: a score or result ("2-1", "3 : 0"), a kick-off time ("3pm", "15:00"),
# or two numbers standing alone ("Arsenal 2 Chelsea 1", "ACME 10.25 +1.2%")
_DATA = re.compile(
    r"\b\d{1,3}\s?[-–:]\s?\d{1,3}\b|\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|h)\b"
    r"|(?:^|\s)[-+]?\d+(?:[.,]\d+)?%?(?=\s|$|,)(?:.*?)(?:\s)[-+]?\d+(?:[.,]\d+)?%?(?=\s|$|,)",
    re.IGNORECASE,
)


# a fact sheet's row: a label of one to three words, a colon and a short value that closes no sentence
# ('Árbitro central: Josué Ugalde', 'Venue: Old Trafford', 'Schiedsrichter: Felix Zwayer'); the value
# is names or figures (``_FACT_VALUE``): a kicker's headline after its colon runs longer or holds a
# verb in lower case ('Deal Alert: Save $50 on …', 'Kurzer Clip: China celebrates Riesling')
_FACT = re.compile(r"^[^\W\d_][\w.'’-]*(?:\s+[\w.'’-]+){0,2}\s?:\s+(?P<value>[^:!?]*[^:!?.])$")
# a standings or scorers row: a name, its team or club in brackets, and a count ('Marcel Hernández
# (Cartaginés) 7', 'Harry Kane (Bayern) 21'); no headline ends in a figure after a bracket
_ROW = re.compile(r"\)\s+\d{1,4}$")
# a fixture's kick-off in brackets, in the British or the German way ('Arsenal v Chelsea (Sat 12.30)',
# 'Bayern gegen Köln (20.30 Uhr)'), which ``_DATA``'s 'am'/'pm'/'h' forms do not read
# a full date, as a schedule heads each day's games ('Freitag, 12. April 2024', 'Sábado 23 de abril del 2022')
_FULL_DATE = re.compile(r"\b\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,}\.?\s+(?:del?\s+)?(?:19|20)\d{2}\b")
_KICK_OFF = re.compile(r"\([^()]{0,12}\b(?:[01]?\d|2[0-3])[.:][0-5]\d\b[^()]{0,12}\)")


def _data_line(text: str, value_words: int) -> bool:
    """A line of the copy's own data: a score, a time, two figures (``_DATA``), a kick-off in
    brackets (``_KICK_OFF``), a full date (``_FULL_DATE``), a fact sheet's labelled value of at most
    ``value_words`` words (``_FACT``) or a standings row (``_ROW``): what a match report, a results
    table or a schedule of coming games prints under its prose, and no other story's headline does."""
    if _DATA.search(text) or _ROW.search(text) or _KICK_OFF.search(text) or _FULL_DATE.search(text):
        return True
    m = _FACT.match(text)
    if m is None:
        return False
    words = m.group("value").split()
    # names and figures: every word capitalised or a number, but for short particles ('y', 'and',
    # 'de', 'van'): 'Carlos Fernández y Jeriel Valverde', '3 (2 pen.)'
    return len(words) <= value_words and all(w[:1].isupper() or w[:1].isdigit() or len(w) <= 3 for w in words)


def _uniform(art: _Article, items: list[Block]) -> bool:
    """Lines built on one template (tour dates, results, prices) are the article's own list.

    Headlines of other stories are heterogeneous; a list whose lines share a first-word class or a
    separator is content, however short its lines are; so is a list most of whose lines carry data
    (a results table, fixtures with kick-off times, a stock table, a match report's officials,
    coming games under their days and scorers: ``_data_line``, ``_dates_only``), whatever their first
    words.
    """
    n = len(items)
    dates = art.setup.dates
    value_words = art.ctx.rules.param("RELATED-090", "fact_value_words")
    data = sum(1 for b in items if _data_line(_unposted(b.text, dates), value_words) or _dates_only(art.setup, b))
    if data * 10 >= n * 6:
        return True
    firsts: dict[str, int] = {}
    marks: dict[str, int] = {}
    for b in items:
        cls, chars = _signature(art, b)
        firsts[cls] = firsts.get(cls, 0) + 1
        for ch in chars:
            marks[ch] = marks.get(ch, 0) + 1
    return max(firsts.values()) * 2 >= n or any(c * 10 >= n * 7 for c in marks.values())


class Related(Pass[_Setup]):
    family = "related"
    emits = (
        "RELATED-010",
        "RELATED-011",
        "RELATED-012",
        "RELATED-013",
        "RELATED-014",
        "RELATED-015",
        "RELATED-016",
        "RELATED-017",
        "RELATED-018",
        "RELATED-019",
        "RELATED-025",
    )
    vetoes = ("RELATED-090", "RELATED-091", "RELATED-092", "RELATED-093")

    def prepare(self, ctx: Context) -> _Setup:
        return _Setup(ctx)

    def run(self, ctx: Context) -> None:
        setup = self.setup(ctx)
        lines = setup.lines
        hover = ctx.uses("RELATED-019")
        for block in ctx.body():
            if hover and " MORE" in block.text:
                _cut_hover_cards(ctx, block)
            rule_id = lines.first(block, max_words=setup.line_max_words)
            if rule_id and block is ctx.title_candidate and (introduces_article(ctx, block) or _over_copy(ctx, block)):
                continue  # 'WATCH: …' over its byline or the copy is the story's headline, not a pointer to it
            if not rule_id and block.text[:1] in "([" and block.text[-1:] in ")]" and block.words > 1:
                # '[Related: …]', '(Read more: …)': a pointer in brackets is the same pointer
                inner = Block(block.text[1:-1].strip(), block.start, block.end, [], words=block.words)
                rule_id = lines.first(inner, max_words=setup.line_max_words)
            if rule_id and _reported_clause(setup, block.text):
                ctx.veto("RELATED-092", block)
                continue
            if rule_id:
                ctx.remove(block, rule_id)
        _remove_caps_headlines(ctx, setup)
        _remove_kicker_pairs(ctx, setup)
        _remove_excerpts(ctx)
        # Known headers first: their modules are removed before unknown headers are judged, so the
        # verdict on a short line never depends on whether a known module below it is still there.
        # Removing a module can let the run of an earlier header reach the end; repeat until stable,
        # or a second cleaning would find what the first one left (cleaning must be idempotent).
        art = _Article(ctx, setup)
        _remove_sponsored(art)
        _remove_taken_headers(art)
        _remove_dated_module(art)  # before the empty-module test, which would take the header alone
        while True:
            while _remove_lists(art, "known") or _remove_lists(art, "nav"):
                pass
            if ctx.structured or not _remove_lists(art, "shape"):
                break  # a page's own structure already dropped its unlabelled link lists
        if not ctx.structured:
            _remove_headless_tail(art)
            if ctx.uses("RELATED-025"):
                _remove_kicker_tail(art)
            _remove_closing_label(art)


# RELATED-019: a politician's hover card glued into the sentence that names her ('Gov. Kristi NoemKristi
# Lynn NoemSouth Dakota governor doubles down … MORE (R) is defending …'): right after the surname, with
# no space, the card's full name ending in that surname, then its headlines glued on, closed by 'MORE'
_HOVER_CARD = re.compile(
    r"(?<![\w'’.-])(?P<name>[A-Z][\w'’.-]{0,30}?[a-z])"
    r"(?P<card>[A-Z][a-z]+\.?(?:\s+[A-Z][\w'’.-]*){0,3}?\s+(?P=name)(?=[A-Z0-9'‘\"“])[^\n]{10,1200}?\sMORE)(?=[\s,.;:)]|$)"
)


def _cut_hover_cards(ctx: Context, block: Block) -> None:
    edits = [(m.start("card"), m.group("card"), "") for m in _HOVER_CARD.finditer(block.text)]
    if edits:
        ctx.rewrite_all(block, edits, "RELATED-019")


def _remove_dated_module(art: _Article) -> None:
    """RELATED-018: a catalogued header over min_dates or more lines in a row that hold only a date
    ('Empfohlene Beiträge' / '05.03.2024' / '04.03.2024'): the teasers' dates, whose headlines the
    extractor dropped. A run of headlines is no item here (RELATED-010 judged those); one date under
    a header is a live blog's or a timeline's first entry, and stays."""
    ctx, setup = art.ctx, art.setup
    min_dates = ctx.rules.param("RELATED-018", "min_dates")
    blocks = ctx.blocks
    for i in art.headers_of("known"):
        header = blocks[i]
        if header.status != BODY:
            continue
        dates: list[Block] = []
        for later in blocks[i + 1 :]:
            if later.status != BODY:
                continue
            if later.words > 8 or not _dates_only(setup, later):
                break
            dates.append(later)
        if len(dates) >= min_dates:
            for b in [header, *dates]:
                ctx.remove(b, "RELATED-018")


def _remove_sponsored(art: _Article) -> None:
    """RELATED-015: a sponsor label the crumb pass took ('Sponsored links', 'Paid content') over a
    run of headlines: the run is the sponsored-links module the label announced."""
    setup, blocks = art.setup, art.ctx.blocks
    for i, block in enumerate(blocks):
        if block.status == BODY or block.rule not in setup.sponsor_rules or block.words > 4:
            continue
        if not any(w in block.lower for w in setup.sponsor_words):
            continue
        items = _list_after(art, blocks, i, "known")
        if items and len(items) >= setup.sponsor_min_run:
            for item in items:
                art.ctx.remove(item, "RELATED-015")


def _remove_taken_headers(art: _Article) -> None:
    """A catalogued module header the crumb pass took as a control ('Read Next', 'Up Next', 'More
    Like This'), over a run of headlines: the run is the module it announced (RELATED-010); left in
    the body, its headlines would read as the copy's last paragraphs.

    A label that no pack catalogues, taken by a crumb rule whose labels may head a list
    (``params.heads_list``: 'Themen des Artikels', 'Artikel empfehlen', 'Hot topics'), is judged as
    any short header is (a navigation label's run, or an unknown header's run of headlines to the
    end of the article: RELATED-010's tests), and the run it heads is its module: without this, the
    rule that learned the label would leave the list that the label alone used to take with it. Other
    crumbs are no header ('Story continues below advertisement' over the copy's last line)."""
    blocks = art.ctx.blocks
    heads_list = art.setup.heads_list
    for i, block in enumerate(blocks):
        if block.status == BODY or block.words > 4 or not (block.rule or "").startswith("CRUMB-"):
            continue
        if art.is_known(block):
            items = _list_after(art, blocks, i, "known")
        elif block.rule in heads_list:
            kind = art.header_kind(block)
            if kind not in ("nav", "shape"):
                continue
            items = _list_after(art, blocks, i, kind)
        else:
            continue
        for item in items or ():
            art.ctx.remove(item, "RELATED-010")


def _remove_caps_headlines(ctx: Context, setup: _Setup) -> None:
    """RELATED-012: a headline of another story printed in capitals between paragraphs of this one.

    Several outlets set their inline links to other stories in capitals, one per line, between
    paragraphs; a subhead in capitals is short ('THE VERDICT', 'LOOK WHAT YOU MADE ME DO'), a
    headline is a full clause, and such links come several to a story: a lone line of at most
    crosshead_words words is a crosshead. Only lines with prose on both sides are judged: a
    capitalised line at the top is a title or a kicker, one at the end a sign-off.
    """
    body = ctx.body()
    prose = [i for i, b in enumerate(body) if b.words >= 25]
    if len(prose) < 2:
        return
    low, high = setup.caps_words
    found = []
    for i in range(prose[0] + 1, prose[-1]):
        block = body[i]
        text = block.text
        if low <= block.words <= high and _in_capitals(text) and not text.endswith("."):
            found.append(block)
    # a lone line in capitals of at most crosshead_words words is the story's own crosshead ('NO PERDER
    # EL PULSO DE LA CALLE', 'NEXOS DE JOH CON “EL CHAPO” GUZMÁN', as Latin American papers set them);
    # inline links to other stories come several to a story, or run longer
    crosshead = ctx.rules.param("RELATED-012", "crosshead_words")
    for block in found:
        if len(found) > 1 or block.words > crosshead:
            ctx.remove(block, "RELATED-012")


def _in_capitals(text: str) -> bool:
    """Set in capitals: every word with letters in capitals but at most one that keeps a small
    letter or two of its own spelling ('… CLEARED TO PERFORM HITS AT AMAs AMID FEUD', 'McCARTNEY')."""
    if text.isupper():
        return True
    if text[:1] == "|":
        return False  # a table's row ('| TORY MPs: CONSTITUENCY … | | |'): the copy's own table
    mixed = 0
    for word in text.split():
        lower = sum(1 for c in word if c.islower())
        if lower:
            upper = sum(1 for c in word if c.isupper())
            mixed += 1
            if mixed > 1 or lower > 2 or upper < 2:
                return False
    return mixed == 1


def _kicker(setup: _Setup, block: Block) -> bool:
    text = block.text
    return block.words <= setup.kicker_max and text.isupper() and not text.endswith(".")


def _kicked_headline(setup: _Setup, block: Block) -> bool:
    text = block.text
    low, high = setup.pair_words
    return low <= block.words <= high and not text.isupper() and not ends_sentence(text.rstrip("'’\"”"))


def _remove_kicker_pairs(ctx: Context, setup: _Setup) -> None:
    """RELATED-014: a run of other stories' headlines, each under a kicker in capitals ('RANDY
    ANDY' / 'Andrew parties in unearthed pics …'), the way tabloids print their 'most read'
    modules. Three pairs in a row are asked for; a one- or two-word badge between pairs ('Warning',
    'Video') goes with them. A crosshead in capitals heads a paragraph that ends in a full stop."""
    body = ctx.body()
    i, n = 0, len(body)
    while i < n - 1:
        run: list[Block] = []
        j = i
        while j < n - 1:
            if _kicker(setup, body[j]) and _kicked_headline(setup, body[j + 1]):
                run += body[j : j + 2]
                j += 2
            elif (
                run
                and body[j].words <= 2
                and not _kicker(setup, body[j])
                and j + 2 < n
                and _kicker(setup, body[j + 1])
                and _kicked_headline(setup, body[j + 2])
            ):
                run.append(body[j])
                j += 1
            else:
                break
        if sum(1 for b in run if _kicker(setup, b)) >= setup.min_pairs:
            for block in run:
                ctx.remove(block, "RELATED-014")
            i = j
        else:
            i += 1


# an excerpt cut at a fixed length: a truncation mark right after a word or a comma ('… for which ...',
# '… announced only in Ma...', '… the first […]'), not after a sentence's own full stop
_TRUNCATED = re.compile(r"(?<=[\w,;’'”\"])\s?(?:(?P<bracketed>\[(?:…|\.\.\.)\]|\((?:…|\.\.\.)\))|…|\.\.\.)$")


_WORD = re.compile(r"[^\W\d_]{2,}")  # a word of letters: a headline has min_words of them
_CUT_ENDS = ("…", "...", "]", ")")  # how every cut excerpt ends (a bracketed mark closes with ']' or ')')


def _remove_excerpts(ctx: Context) -> None:
    """RELATED-016: other stories' teasers, each a headline over an excerpt cut short ('… for
    which ...'), min_pairs in a row (min_bracketed when the excerpts end in '[…]')."""
    params = ctx.rules.rule("RELATED-016").params
    body = ctx.body()
    ends = [b.text.endswith(_CUT_ENDS) for b in body]
    shortest = min(params["min_pairs"], params["min_bracketed"])
    if ends.count(True) < shortest:
        return  # almost every text: fewer lines ending in a truncation mark than the shortest run has
    cut = [end and b.words >= params["min_excerpt_words"] for end, b in zip(ends, body, strict=True)]
    if sum(cut) < shortest:
        return
    i, n = 0, len(body)
    while i < n - 1:
        run: list[Block] = []
        bracketed = 0
        j = i
        while j < n - 1 and cut[j + 1]:
            title, excerpt = body[j], body[j + 1]
            m = _TRUNCATED.search(excerpt.text)
            if (
                m is None
                or not params["min_words"] <= title.words <= params["max_words"]
                or len(_WORD.findall(title.text)) < params["min_words"]  # '02.12.2022 |' is a date, no headline
                or ends_sentence(_TRUNCATED.sub("", title.text))  # a headline may be cut too: '… plus JBL he...'
            ):
                break
            run += [title, excerpt]
            bracketed += m.group("bracketed") is not None
            j += 2
        pairs = len(run) // 2
        if pairs and (pairs >= params["min_pairs"] or bracketed >= params["min_bracketed"]):
            for block in run:
                ctx.remove(block, "RELATED-016")
            i = j
        else:
            i += 1


def _over_copy(ctx: Context, block: Block) -> bool:
    """The first line right over a paragraph of prose (20 words or more, not opening in lower case):
    'Watch: …' or 'In pictures: …' there heads the story itself (a video's or a gallery's page)."""
    after = ctx.blocks[block.index + 1 : block.index + 2]
    return bool(after) and after[0].status == BODY and after[0].words >= 20 and not after[0].text[:1].islower()


def _reported_clause(setup: _Setup, text: str) -> bool:
    """RELATED-092: 'Related: the decline … has been linked to pesticides, scientists say.' (A
    sentence-case clause with a full stop is not enough: 'SEE ALSO: South Dakota doubles down on
    ‘Meth. We’re on it.’ They just might be.' is a real pointer.)"""
    colon = text.find(":")
    rest = text[colon + 1 :].lstrip(" \"“‘'") if colon > 0 else ""
    if not rest or not ends_sentence(text):
        return False
    return rest[0].islower() and (setup.reporting.search(rest) is not None or attributed(rest, setup.attribution))


def _empty_module(art: _Article, blocks: list[Block], i: int) -> bool:
    """A known header with nothing listed under it: the scraper kept the label and lost the links.

    That is so when nothing follows it, when the next line is another known header (two modules
    in a row, the first one empty), or when no prose stands above it (a catalogued header is never
    the opening line of an article's own text).
    """
    following = next((b for b in blocks[i + 1 :] if b.status == BODY), None)
    if following is None or art.is_known(following) or not _has_body_before(blocks, i):
        return True
    # between two paragraphs, a catalogued header of two reading words ('Most read in world news'),
    # or a bare one of at most three words with one ('Most Popular', 'More from World', 'Trending
    # Now') or of at most five with none ('Mehr zum Thema', 'Sur le même sujet'), is a module the
    # extractor emptied: the story's own subheads do not print a catalogued module header
    nav = _nav_count(art, blocks[i])
    return (
        following.words >= _PROSE_WORDS
        and ends_sentence(following.text)
        and (nav >= 2 or (blocks[i].words <= (3 if nav else 5) and not ends_sentence(blocks[i].text)))
    )


_PROSE_WORDS = 20


def _nav_count(art: _Article, block: Block) -> int:
    nav = art.setup.nav
    return sum(1 for t in _WORDS.findall(block.lower) if t in nav)


_CLOSING_NOTE = re.compile(
    r"(?:editor['’]?s['’]?\s+note|correction|clarification|update(?:d)?)\s*[:.—–-]", re.IGNORECASE
)


def _closing_note(text: str) -> bool:
    """An editor's note, or the origin note of a republished story (provenance.ORIGINAL: 'Originally
    published on Live Science.'), closing the copy under a module: a sentence, so it stays there."""
    return _CLOSING_NOTE.match(text) is not None or provenance.ORIGINAL.match(text) is not None


_ANNOUNCING_WORDS = 3  # 'Votaron en contra:', 'Ont voté contre :': the copy's shortest announcing clause


def _announced_list(art: _Article, blocks: list[Block], i: int) -> bool:
    """RELATED-091 for a run with no header: the line right over the run at ``i`` ends in a colon, no
    pack catalogues it and it holds fewer than two words of RELATED-003's reading vocabulary ('The six
    books on the shortlist are:', 'Gegen den Beschluss stimmten:', 'Votaron en contra:'). The copy
    announced its own list (the books, the councillors with their parties), whose lines are in title
    case because they are titles and names; a module of other stories is labelled with a name ('Archiv:',
    'Jede Menge Testberichte:', over reviews of other products), not introduced by a clause of the copy
    in sentence case. Losing the list is worse than keeping a module."""
    above = next((b for b in reversed(blocks[:i]) if b.status == BODY), None)
    if above is None or not above.text.rstrip().endswith((":", "：")) or above.words < _ANNOUNCING_WORDS:
        return False  # 'Archiv:', 'Tracklist:': a label, which may be a module's
    if art.is_known(above) or _nav_count(art, above) >= 2:
        return False  # 'Related:', 'More stories from our partners:': a module's label
    if titleish(above.text.rstrip(":： ")) >= art.setup.tail_titleish:
        return False  # 'Jede Menge Testberichte:', 'More From Our Network:': a label in title case
    art.ctx.veto("RELATED-091", above)
    return True


def _remove_headless_tail(art: _Article) -> None:
    """RELATED-013: the article ends in a run of headlines in title case whose header the extractor
    dropped ('- 15 Amazing Images of Stars', '- The 11 Biggest Questions About Dark Matter').

    Prose seldom ends in three title-case lines without a period; the article's own lists are in
    sentence case, or built on one template (RELATED-090 keeps those).
    """
    ctx, setup = art.ctx, art.setup
    blocks = ctx.blocks
    low, high = setup.tail_words
    run: list[Block] = []
    for block in reversed(blocks):
        if block.status != BODY:
            continue
        if not run and _closing_note(block.text):
            continue  # an editor's note closes the copy under the list: 'Editor's note: This story was updated …'
        text = _BULLET.sub("", block.text)
        words = len(text.split())
        if not (low <= words <= high) or ends_sentence(text) or text.endswith((":", ",", ";")):
            break
        if _FIGURE_END.search(text):
            break  # 'Smith (Lab) 12,345': a results table's row ends in its figure, a headline seldom does
        stamped = _stamped(blocks, block)  # a teaser's time under it: headline style ('X says Y') is no speech
        if (
            (titleish(text) < setup.tail_titleish and not stamped)
            or (has_dialogue(text, setup.reporting) and not stamped)
            or _dates_only(setup, block)
        ):
            break
        run.append(block)
    if len(run) < setup.min_run or not _has_body_before(blocks, run[-1].index):
        return
    run.reverse()
    if _announced_list(art, blocks, run[0].index):
        return
    if _uniform(art, run):
        ctx.veto("RELATED-090", run[0])
        return
    for block in run:
        ctx.remove(block, "RELATED-013")


# RELATED-025: 'Milan Design Week 2018 | Seiko shows the flow of time at the Triennale': a section's or a
# series' kicker, a pipe, then another story's headline
_KICKED = re.compile(r"^(?P<kicker>[^|]{3,60}?)\s+\|\s+(?P<headline>[^|]+)$")
_STEM = 4  # 'Milan' and 'Milano', 'Week' and 'Weeks': one kicker in two spellings


def _kicker_words(kicker: str) -> frozenset[str]:
    return frozenset(w[:_STEM] for w in re.findall(r"\w+", kicker.casefold()))


def _remove_kicker_tail(art: _Article) -> None:
    """RELATED-025: the article ends, after its prose, in min_run or more lines that each print the
    same kicker, a pipe and another story's headline ('Design Week 2024 | A studio lights the old
    tram depot'): the extractor kept a 'more in this series' module and dropped its header. RELATED-090
    keeps most lines built on one template (tour dates, results, prices); here the kicker is the same
    words on every line (a tour's or a table's first column changes from row to row), and the part
    after the pipe is a headline (min_words or more words, no digit, no final full stop), not data.
    """
    ctx = art.ctx
    blocks = ctx.blocks
    params = ctx.rules.rule("RELATED-025").params
    run: list[Block] = []
    kicker: frozenset[str] | None = None
    for block in reversed(blocks):
        if block.status != BODY:
            continue
        m = _KICKED.match(_BULLET.sub("", block.text))
        if m is None:
            break
        words = _kicker_words(m.group("kicker"))
        head = m.group("headline").strip()
        if (
            len(words) < params["kicker_min_words"]
            or (kicker is not None and words != kicker)
            or len(head.split()) < params["min_words"]
            or any(ch.isdigit() for ch in head)
            or ends_sentence(head)
            or has_dialogue(head, art.setup.reporting)
        ):
            break
        kicker = words
        run.append(block)
    if len(run) < params["min_run"] or not _has_body_before(blocks, run[-1].index):
        return
    for block in reversed(run):
        ctx.remove(block, "RELATED-025")


# a count with thousands set apart or a decimal figure closing the line ('12,345', '4.567', '48.2%')
_FIGURE_END = re.compile(r"(?:\d{1,3}(?:[,.\u202f ]\d{3})+|\d+[.,]\d+)%?$")


def _stamped(blocks: list[Block], block: Block) -> bool:
    """A teaser's time printed under it ('Floods force thousands from homes' / '3 hours ago'), which
    the timestamp pass took: a headline in sentence case is one of a module's when each carries one."""
    after = block.index + 1
    return after < len(blocks) and blocks[after].status != BODY and (blocks[after].rule or "").startswith("TIMESTAMP-")


def _last_nav_label(art: _Article, blocks: list[Block], i: int) -> bool:
    """A reading label ('More Great Stories', 'Top Stories') as the last line, after prose: the
    header of a module whose links the extractor dropped. Two words of the vocabulary are asked for,
    so a closing 'More to come' stays."""
    if any(b.status == BODY for b in blocks[i + 1 :]) or not _has_body_before(blocks, i):
        return False
    return _nav_count(art, blocks[i]) >= 2


def _remove_lists(art: _Article, wanted: str) -> bool:
    ctx = art.ctx
    found = False
    blocks = ctx.blocks
    for i in art.headers_of(wanted):
        block = blocks[i]
        if block.status != BODY:
            continue
        items = _list_after(art, blocks, i, wanted)
        if items is None:
            if wanted == "nav" and _last_nav_label(art, blocks, i):
                ctx.remove(block, "RELATED-011")
                found = True
            continue
        if not items:
            if wanted == "known" and (_empty_module(art, blocks, i) or _over_a_lone_sentence(art, blocks, i)):
                ctx.remove(block, "RELATED-011")
                found = True
            continue
        ctx.remove(block, "RELATED-010")
        for item in items:
            ctx.remove(item, "RELATED-010")
        found = True
    return found


# a source or credit line ('Provided by European Space Agency', 'Mit Material von dpa', 'Source: …'),
# a date, a citation or a number ('Nature 574, 16-17 (2019)', 'ISSN 2222-2464'), an address or a
# handle ('Info: www.example.org'), initials ('PM ABC/fh') or a team's signature ('Your Example
# Team', 'Die Redaktion'): the copy's own closing line, never a module's label
_SOURCE_OR_YEAR = re.compile(
    r"\b(?:by|von|par|di|door|por|from|via|courtesy|source|quelle|fuente|fonte|bron|with|mit)\b|\d{4}"
    r"|[/@]|www\.|\.(?:com|org|net|de|fr|es|it|nl|co\.uk)\b|(?:team|redaktion|rédaction|redacción|redazione|redactie)$",
    re.IGNORECASE,
)


_LINK_END = re.compile(r"\S{2,}[.!?]\s+[^:]{0,40}:?\s*(?:https?://|www\.)\S+$")  # '… 18-24 November. Tickets: http://…'


def _remove_closing_label(art: _Article) -> None:
    """RELATED-017: a short label alone under the copy's last paragraph ('Something to Consider',
    'How to listen to The Tennis Podcast', 'Ein Kommentar', 'Artikel anzeigen'): the header of a
    module, a player or a comment section whose content the extractor dropped. Prose closes on a
    sentence; a name (the sign-off), a source or credit line and a date or citation stay."""
    ctx = art.ctx
    params = ctx.rules.rule("RELATED-017").params
    min_titleish, min_title_words = params["titleish"], params["min_title_words"]
    body = ctx.body()
    if len(body) < 2:
        return
    last, above = body[-1], body[-2]
    text = last.text
    if not (params["min_words"] <= last.words <= params["max_words"]) or len(text) > params["max_chars"]:
        return
    if not text[:1].isupper() or ends_sentence(text) or text.endswith((":", ",", ";", "-", "–", "—")):
        return
    if above.words < params["prose_words"] or not (ends_sentence(above.text) or _LINK_END.search(above.text)):
        return  # under a short line the label may head the copy's own closing list or lines
    if last.index in ctx.vetoed() or _SOURCE_OR_YEAR.search(text) or has_dialogue(text, art.setup.reporting):
        return
    if "," in text:
        return  # 'Happy birthday, Mum', 'Rest in peace, Jane': the writer's own closing words
    words = {w.lower() for w in _WORDS.findall(text)}
    if not words & art.setup.comment_words and (
        titleish(text) < min_titleish or last.words < min_title_words or YOU.search(text)
    ):
        # a label names the comments, or is set in title case ('Something to Consider'): 'More to
        # come', 'To be continued' close the copy in its own voice, and so do 'The End' and the
        # writer's word to the reader ('See You Soon', 'Thank You')
        return
    _label, colon, rest = text.partition(":")
    if byline.bare_names(ctx, text, caps_ok=True) or byline.signature_names(ctx, last):
        return  # the writer's name under the copy ('Jane Doe, Reuters'): the sign-off pass judges it
    if colon and byline.bare_names(ctx, rest.strip()):
        return  # a labelled credit ('Contributing: Jane Doe', 'Fotos: Jan Roe'): the credits' to judge
    ctx.remove(last, "RELATED-017")


PASS = Related()
