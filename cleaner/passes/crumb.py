"""Crumbs: share bars, ad labels, print/e-mail links and other template debris.

Phrase rules (CRUMB-001) name the usual labels; two shapes catch the rest: a line made only of
share-network names (CRUMB-010), and a very short line that announces an advert (CRUMB-011). On
text extracted from a page, a line that is only a date stamp (CRUMB-013) is a timestamp element the
extractor kept inside a paragraph; the HTML layer drops such elements when they stand alone.
"""

from __future__ import annotations

import itertools
import re

from ..article import BODY, Block
from ..context import Context
from ..text.lines import line_rules
from ..text.shapes import date_stamp, ends_sentence
from .base import Pass

_TOKENS = re.compile(r"[\w'’-]+")


class _Setup:
    """What the pass reads from the rules for one language, looked up once per rule set."""

    def __init__(self, ctx: Context) -> None:
        rules = ctx.rules
        self.lines = line_rules(ctx, "crumb")
        self.share_max = rules.param("CRUMB-010", "max_words")
        self.share = rules.phrase_set("CRUMB-010")
        self.networks = frozenset(rules.param("CRUMB-016", "networks"))
        self.run_line_max = rules.param("CRUMB-016", "line_max_words")
        self.run_min_networks = rules.param("CRUMB-016", "min_networks")
        self.menu_sections = frozenset(rules.param("CRUMB-222", "sections"))
        self.menu_min_run = rules.param("CRUMB-222", "min_run")
        self.menu_min_sections = rules.param("CRUMB-222", "min_sections")
        self.menu_line_max = rules.param("CRUMB-222", "line_max_words")
        self.ad_max = rules.param("CRUMB-011", "max_words")
        self.ad = rules.phrase_set("CRUMB-011")
        # the tags headers CRUMB-019 reads at the top or between paragraphs: the closing list's and its own
        self.tag_headers = rules.phrase_set("CRUMB-018") | rules.phrase_set("CRUMB-019")
        # CRUMB-012 is language-specific: a language it does not cover never reaches its test
        self.controls_max = rules.param("CRUMB-012", "max_words") if ctx.uses("CRUMB-012") else -1
        self.controls = rules.phrase_set("CRUMB-012")
        self.counted = frozenset(rules.param("CRUMB-012", "counted")) if ctx.uses("CRUMB-012") else frozenset()
        self.tokens_max = max(self.share_max, self.ad_max, self.controls_max, rules.param("CRUMB-015", "max_words"))
        # crumbs are labels: longer lines only when a rule's own max_words allows (CRUMB-020)
        self.stamp_max = rules.param("CRUMB-013", "max_words")
        self.thread = rules.pattern("CRUMB-014")
        self.thread_max = rules.param("CRUMB-014", "max_words")
        self.thread_share = rules.param("CRUMB-014", "min_share_before")
        self.thread_share_named = rules.param("CRUMB-014", "min_share_named")
        self.thread_share_button = rules.param("CRUMB-014", "min_share_button")
        # one of the hints is in every heading the pattern takes: substring tests before the pattern
        self.thread_gate = tuple(rules.param("CRUMB-014", "hints"))
        self.pager_min = rules.param("CRUMB-015", "min_numbers")
        self.pager_words = rules.phrase_set("CRUMB-015")
        self.short_max = rules.param("CRUMB-020", "label_max_words")
        self.long_max = rules.param("CRUMB-020", "block_max_words")


def _share_bar(setup: _Setup, tokens: list[str]) -> bool:
    return len(tokens) >= 2 and setup.share.issuperset(tokens) and len(set(tokens)) >= 2


def _ad_label(setup: _Setup, tokens: list[str]) -> bool:
    return not setup.ad.isdisjoint(tokens)


def _controls(setup: _Setup, low: str, tokens: list[str]) -> bool:
    """Only interface words (and counts): 'Text size', 'Comments (12)', 'Jump to comments'."""
    if low[:1].isdigit():
        return False  # '1) Open the app' is a step of the article's own list
    words = [t for t in tokens if not t.isdigit()]
    if len(words) < len(tokens) and setup.counted.isdisjoint(words):
        return False  # a number counts comments or photos ('Comments (12)'); 'Top 5' is a table's column
    content = [t for t in words if t not in ("to", "this", "the", "in", "me", "a", "now", "here", "all")]
    return bool(content) and setup.controls.issuperset(words) and _no_sentence(low)


_CLOCK = re.compile(r"\d(?<!\d\d)\d?:\d{2}(?!\d)")  # (?<!\d)\d{1,2}:…, see shapes.YEAR
_NOT_STAMP = frozenset('-–—|•*"“„(')  # first characters of list items, table rows, quotes, attributions


def _stamp_line(text: str, words: int, max_words: int) -> bool:
    """A page's timestamp left as a line: a date with a clock time or a ' | ' field separator.

    List items, table rows, quotes and tweet attributions ('— Name (@handle) May 2, 2021') are
    left alone: a bare 'March 2014' heads a timeline entry as often as it stamps a post.
    """
    if text[:1] in _NOT_STAMP or '"' in text or not (" | " in text or _CLOCK.search(text)):
        return False
    return date_stamp(text, words, max_words)


def _pager(setup: _Setup, blocks: list[Block], i: int, tokens: list[str]) -> bool:
    """CRUMB-015: a pager ('1 2 3 4 5 6 7 8', '« Prev 1 2 3 … 9 Next »'): page numbers counting up
    by one, with at most the pager's own words around them. Under a line of numbers (a table's
    header row over its figures) it is a table, not a pager."""
    numbers = [int(t) for t in tokens if t.isascii() and t.isdecimal()]
    if (
        len(numbers) < setup.pager_min
        or numbers[0] > 2
        or not setup.pager_words.issuperset(t for t in tokens if not (t.isascii() and t.isdecimal()))
    ):
        return False
    if any(b - a != 1 for a, b in itertools.pairwise(numbers[: setup.pager_min])):
        return False
    for j in (i - 1, i + 1):
        if 0 <= j < len(blocks) and _DIGITS_ONLY.fullmatch(blocks[j].text.strip()):
            return False
    return True


_PAGER_OPENS = frozenset("12«‹<←pb")  # a pager opens with its first page, an arrow, "prev", "page" or "back"
_DIGITS_ONLY = re.compile(r"[\d\s.,:|/-]+")


def _heads_links(ctx: Context, block: Block) -> bool:
    """'More:' or 'Read more:' over a headline: the header of a list of links, which the related
    pass takes with its items (RELATED-002); a control word alone it is not."""
    low = block.lower.rstrip()
    if not low.endswith(":") or ("more" not in low and "read" not in low):
        return False
    after = ctx.blocks[block.index + 1 : block.index + 2]
    return bool(after) and after[0].words <= 16 and not after[0].text.rstrip().endswith((".", "!", "?", ":"))


# a schedule's line: a team or a side, a colon, and its next fixture ('Knicks: Host Chicago on Thursday.')
_FIXTURE = re.compile(r"^[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}:\s+\S.{4,120}[.!]$")


def _heads_schedule(ctx: Context, block: Block) -> bool:
    """'UP NEXT' in capitals over 'Knicks: Host Chicago on Thursday.' (the AP's game stories): the
    subhead of the copy's own schedule, which the issue counts as body; a player's 'Up next' label
    stands over a video's title, not over a team and its next game."""
    if not block.text.isupper():
        return False
    after = ctx.blocks[block.index + 1 : block.index + 2]
    return bool(after) and after[0].status == BODY and _FIXTURE.match(after[0].text.strip()) is not None


_TWEET_BUTTON = re.compile(r"\s*(?:click\s+to\s+tweet|tweet\s+this(?:\s+quote)?)\s*$", re.IGNORECASE)


def _tweet_box_only_copy(ctx: Context, block: Block) -> bool:
    """CRUMB-124: a click-to-tweet box repeats a sentence of the story with its button glued on. When
    the story prints the sentence nowhere else (the extractor kept the box, not the paragraph), the
    box is that sentence's only copy: the button words are cut and the sentence stays."""
    m = _TWEET_BUTTON.search(block.text)
    if m is None:
        return False
    quote = " ".join(block.text[: m.start()].split())[:80]
    if len(quote) < 20 or any(quote in " ".join(b.text.split()) for b in ctx.body() if b is not block):
        return False
    ctx.rewrite(block, m.start(), block.text[m.start() : m.end()], "", "CRUMB-124")
    return True


def _no_sentence(low: str) -> bool:
    return not low.rstrip().endswith((".", "!", "?"))


class Crumbs(Pass[_Setup]):
    family = "crumb"
    emits = (
        "CRUMB-010",
        "CRUMB-011",
        "CRUMB-012",
        "CRUMB-013",
        "CRUMB-014",
        "CRUMB-015",
        "CRUMB-016",
        "CRUMB-018",
        "CRUMB-222",
        "CRUMB-019",
        "CRUMB-160",  # a line rule, and the trail's last segment after its items (_remove_trail_end)
        "CRUMB-186",  # a line rule, and the issuer under PR Newswire's label (_issuer_under_label)
        "CRUMB-187",  # a line rule, and the audio module's buttons under its length (_player_buttons)
        "CRUMB-184",  # the title under a video card's bare marker (_remove_card_title)
    )

    def prepare(self, ctx: Context) -> _Setup:
        return _Setup(ctx)

    def run(self, ctx: Context) -> None:
        setup = self.setup(ctx)
        lines = setup.lines
        short_max, long_max = setup.short_max, setup.long_max
        for block in ctx.body():
            words = block.words
            if words > long_max:
                continue
            # labels are short; a rule that names a longer piece of furniture exactly says so (max_words)
            rule_id = lines.first(block, max_words=long_max, default_max=short_max)
            if words > short_max:
                if rule_id == "CRUMB-124" and _tweet_box_only_copy(ctx, block):
                    continue  # the button is cut off, the sentence stays (the story prints it only here)
                if rule_id:
                    ctx.remove(block, rule_id)
                continue
            if rule_id is None and words <= setup.tokens_max:
                low = block.lower
                tokens = _TOKENS.findall(low)
                if words <= setup.share_max and _share_bar(setup, tokens):
                    rule_id = "CRUMB-010"
                elif words <= setup.ad_max and _ad_label(setup, tokens):
                    rule_id = "CRUMB-011"
                elif (
                    words <= setup.controls_max
                    and _controls(setup, low, tokens)
                    and not _heads_links(ctx, block)
                    and not _heads_schedule(ctx, block)
                ):
                    rule_id = "CRUMB-012"
                elif low[:1] in _PAGER_OPENS and _pager(setup, ctx.blocks, block.index, tokens):
                    rule_id = "CRUMB-015"
            if rule_id is None and ctx.structured and _stamp_line(block.text, words, setup.stamp_max):
                rule_id = "CRUMB-013"
            if rule_id:
                ctx.remove(block, rule_id)
        _remove_trail_end(ctx)
        if ctx.uses("CRUMB-186"):
            _issuer_under_label(ctx)
        if ctx.uses("CRUMB-187"):
            _player_buttons(ctx)
        if ctx.uses("CRUMB-184"):
            _remove_card_title(ctx)
        _remove_share_runs(ctx, setup)
        if ctx.uses("CRUMB-222"):
            _remove_section_menu(ctx, setup)
        _remove_comment_thread(ctx, setup)
        _remove_tags(ctx)
        _remove_inner_tags(ctx, setup)


# a list item that could be a trail's last segment: a short label, no arrow, no sentence, no quotation
_TRAIL_END = re.compile(r"^[-•*–]\s+(?![a-z])[^\W\d_][^>›»→«‹.!?:\n]{0,40}$")


# a video card's marker with its running time and nothing after it (CRUMB-157, CRUMB-179)
_BARE_CARD = re.compile(r"^(?:watch\s+now\s*)?VIDEO\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$")
_QUOTE_MARKS = '"“”«»„'


def _remove_card_title(ctx: Context) -> None:
    """CRUMB-184: the line right under a video card's bare marker ('VIDEO 2:31 02:31', 'VIDEO02:3102:31'),
    when it reads as a clip's title (at most max_words words, no sentence end, no quotation), is the
    card's title: the extractor split the card into a line per element. A sentence of copy under the
    marker (one that ends in a full stop) stays, as does anything under a marker that carries its title."""
    max_words = ctx.rules.param("CRUMB-184", "max_words")
    markers = ctx.rules.param("CRUMB-184", "after_rules")  # the rules that take the card's marker
    blocks = ctx.blocks
    for i in range(len(blocks) - 1):
        card, nxt = blocks[i], blocks[i + 1]
        if card.rule not in markers or nxt.status != BODY or nxt.words > max_words:
            continue
        text = nxt.text.strip()
        if not _BARE_CARD.match(card.text.strip()) or text.endswith((".", ":", ";", ",")):
            continue
        if any(q in text for q in _QUOTE_MARKS) or not text[:1].isupper():
            continue
        ctx.remove(nxt, "CRUMB-184")


def _remove_trail_end(ctx: Context) -> None:
    """CRUMB-160: the list item right after a trail's items ('- Home ›', '- Presse ›'), a short
    label without the arrow ('- Pressemitteilungen'), is the trail's last segment: the section the
    page sits in, printed without an arrow after it."""
    blocks = ctx.blocks
    for i in range(len(blocks) - 1):
        nxt = blocks[i + 1]
        if blocks[i].rule == "CRUMB-160" and nxt.status == BODY and nxt.words <= 5 and _TRAIL_END.match(nxt.text):
            ctx.remove(nxt, "CRUMB-160")


class _Top:
    """What the top-of-text test reads from the rules (CRUMB-154..156), looked up once per rule set."""

    def __init__(self, ctx: Context) -> None:
        rules = ctx.rules
        self.switchers = rules.phrase_set("CRUMB-154")
        self.switcher_max = rules.param("CRUMB-154", "max_words")
        self.lone_lead_ins = rules.phrase_set("CRUMB-156")


def _remove_top_switchers(ctx: Context, setup: _Top) -> None:
    """CRUMB-154: above the copy, a line that is only a menu's label or an edition's or a language's
    switch ('Sections', 'Editions', 'English', 'Español'): the page's header the extractor kept. The
    window closes at the first line of prose, so a heading of the copy named 'English' stays. In the same
    window a bare web address (CRUMB-155) and a byline's lead-in with no name ('By', CRUMB-156) go. A
    sentence of fewer than 25 words is a standfirst: past it only the page's address is looked for,
    set apart from it by lines other passes took (DW prints its short link under the standfirst, the
    byline and the date); the first paragraph closes the window."""
    labels, lead_ins = setup.switchers, setup.lone_lead_ins
    above = None
    standfirst = False  # past a short sentence (a standfirst) only the page's address is looked for
    for block in ctx.body():
        introduced, above = above is not None and above.text.rstrip().endswith(":"), block
        low = block.lower.strip()
        if not standfirst and block.words <= setup.switcher_max and low.strip(" :|•·▾▼›»").strip() in labels:
            ctx.remove(block, "CRUMB-154")
            continue
        if block is ctx.title_candidate:
            continue  # a headline of two sentences ('… Falls After Earnings. Why You Shouldn't Worry.')
        if block.words >= 25 or (block.words >= 16 and not block.text.rstrip().endswith((".", "!", "?", "…"))):
            return
        if block.words >= 6 and block.text.rstrip().endswith((".", "!", "?", "…")):
            standfirst = True  # DW's standfirst over its byline, date and short link ('https://p.dw.com/p/…')
            continue
        if block.words > setup.switcher_max:
            continue
        if (
            block.words == 1
            and _BARE_URL.fullmatch(low)
            and not introduced
            and not (standfirst and _under_copy(ctx, block))
        ):
            # the page's own address, printed by its share or reprint box ('… als Video:' over it: the copy's link)
            ctx.remove(block, "CRUMB-155")
        elif not standfirst and low.rstrip(" :") in lead_ins:
            ctx.remove(block, "CRUMB-156")  # 'By' with no name: the byline's name the extractor dropped


_BARE_URL = re.compile(r"https?://[^\s/]+\.[a-z]{2,}(?:/\S*)?")


def _under_copy(ctx: Context, block: Block) -> bool:
    """The line right above is still the copy's: under a standfirst the page's address stands apart
    from it, across the byline and the date other passes took (DW's); right under a short paragraph
    it is a link that paragraph gives."""
    return block.index > 0 and ctx.blocks[block.index - 1].status == BODY


def _address_under_label(ctx: Context) -> None:
    """CRUMB-167: a bare address right under a short-link label CRUMB-167 took ('Short Url' /
    'https://arab.news/abc12', Arab News's): the label's own address, printed on the next line."""
    blocks = ctx.blocks
    for block in ctx.body():
        if block.words != 1 or block.index == 0:
            continue
        label = blocks[block.index - 1]
        if label.rule == "CRUMB-167" and _BARE_URL.fullmatch(block.lower.strip()):
            ctx.remove(block, "CRUMB-167")


def _issuer_under_label(ctx: Context) -> None:
    """CRUMB-186: the issuer's name right under PR Newswire's 'News provided by' label, a short line
    with no sentence in it ('Acme Robotics Inc.'): the label's own value, printed on the next line."""
    blocks = ctx.blocks
    for label in blocks[:-1]:
        if label.rule != "CRUMB-186" or not label.lower.strip().startswith("news provided by"):
            continue
        issuer = blocks[label.index + 1]
        if issuer.status == BODY and issuer.words <= 6 and not ends_sentence(issuer.text.rstrip(".")):
            ctx.remove(issuer, "CRUMB-186")


def _player_buttons(ctx: Context) -> None:
    """CRUMB-187: the audio module's buttons one to a line right under its length ('3-Minute Listen' /
    'Playlist' / 'Download' / 'Embed' / 'Transcript', NPR's), which go with the length line."""
    buttons = frozenset(ctx.rules.param("CRUMB-187", "buttons"))
    blocks = ctx.blocks
    for block in blocks:
        if block.rule != "CRUMB-187" or not block.lower.strip().endswith("listen"):
            continue
        j = block.index + 1
        while j < len(blocks) and blocks[j].status == BODY and blocks[j].lower.strip(" .") in buttons:
            ctx.remove(blocks[j], "CRUMB-187")
            j += 1


def _remove_share_runs(ctx: Context, setup: _Setup) -> None:
    """CRUMB-016: a share bar spelled one button per line ('Facebook', 'Twitter', 'WhatsApp'): a run
    of short lines made only of share words, naming min_networks networks or more. Lines other
    passes already took ('Share') do not break the run; a line of the copy does."""
    run: list[Block] = []

    def flush() -> None:
        named = {t for b in run for t in _TOKENS.findall(b.lower) if t in setup.networks}
        if len(named) >= setup.run_min_networks:
            for b in run:
                if b.status == BODY:
                    ctx.remove(b, "CRUMB-016")

    count: list[Block] = []  # a share count alone over the buttons ('0' / 'Facebook' / 'Count', Dawn's bar)
    for block in ctx.blocks:
        if block.status != BODY:
            continue
        tokens = _TOKENS.findall(block.lower) if block.words <= setup.run_line_max else []
        if tokens and setup.share.issuperset(tokens):
            run.extend(count)
            run.append(block)
            count = []
            continue
        if len(tokens) == 1 and tokens[0].isdigit():
            # a count between the buttons, or right over the first, is the bar's too; the run still
            # needs its networks named (flush), so a number over a lone 'Share' stays
            if run:
                run.append(block)
            else:
                count = [block]
            continue
        if len(run) > 1:
            flush()
        run, count = [], []
    if len(run) > 1:
        flush()


_MENU_TOKENS = re.compile(r"[\w.'’-]+")


def _remove_section_menu(ctx: Context, setup: _Setup) -> None:
    """CRUMB-222: a site's section menu spelled one link per line ('Home' / 'News' / 'Sports' /
    'Opinion'): a run of at least min_run lines of section names alone, naming min_sections sections.
    Lines other passes took do not break the run; a line of the copy does. A run under a line ending
    in ':' is the list that line announces ('The paper has four sections:'), which stays."""
    run: list[Block] = []
    before: Block | None = None  # the last body line above the run

    def flush() -> None:
        if len(run) < setup.menu_min_run or (before is not None and before.text.rstrip().endswith(":")):
            return
        named = {b.lower.strip() for b in run}
        if len(named) >= setup.menu_min_sections:
            for b in run:
                ctx.remove(b, "CRUMB-222")

    for block in ctx.blocks:
        if block.status != BODY:
            continue
        tokens = _MENU_TOKENS.findall(block.lower) if block.words <= setup.menu_line_max else []
        if tokens and setup.menu_sections.issuperset(tokens):
            run.append(block)
            continue
        flush()
        run, before = [], block
    flush()


def _has_hint(low: str, hints: tuple[str, ...]) -> bool:
    for hint in hints:
        if hint in low:
            return True
    return False


_BUTTONS = ("show ", "view ", "load ", "loading ", "read ", "leave a ", "post a ", "add a ", "write a ", "comment on ")


_COMMENT_MARK = re.compile(
    r"^(?:reply|antworten|répondre|responder|rispondi|beantwoorden|ответить|like|report|"
    r"\d+\s+(?:likes?|replies|repl(?:y|ies))|[\w .'-]{2,40}\s+(?:says|said|wrote|schreibt|écrit|dice|escribió)\s*:?)$"
    r"|\b\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b|\b(?:vor\s+\d+|il\s+y\s+a\s+\d+|hace\s+\d+)",
    re.IGNORECASE,
)


def _remove_comment_thread(ctx: Context, setup: _Setup) -> None:
    """CRUMB-014: a comments heading past the middle of the text, and the comments under it.

    The heading may already be gone (a control label, CRUMB-012); it still opens the section.
    """
    blocks = ctx.blocks
    body_words = sum(b.words for b in blocks if b.status == BODY)
    if not body_words:
        return
    before, half, fifth = 0, setup.thread_share * body_words, setup.thread_share_named * body_words
    near_end = setup.thread_share_button * body_words
    for i, block in enumerate(blocks):
        if (
            before > fifth
            and block.words <= setup.thread_max
            and _has_hint(block.lower, setup.thread_gate)
            and setup.thread.match(block.text.strip(" -–—•|[]"))
        ):
            # 'Show comments', 'Loading comments…', 'Leave a comment': a button, which can stand
            # anywhere (the thread it opens is seldom in the dump), opens a thread only near the end:
            # a widget between two paragraphs of short copy took the copy under it as comments
            button = block.lower.lstrip(" -–—•|[").startswith(_BUTTONS)
            named = sum(not t.isdigit() for t in _TOKENS.findall(block.lower)) > 1  # '6 thoughts on …'
            if button:
                opens = before > near_end
            else:
                opens = before > half or named
            # before the last fifth of the words, under a one-word heading ('Comments (12)',
            # 'Kommentare'), a short 'thread' (three paragraphs or fewer) must read
            # as comments somewhere (a 'Reply' button, a commenter's 'says:', a relative time):
            # 'Comments (12)' between two paragraphs of short copy is a widget, and the paragraphs
            # under it are the story's; a long thread is one whatever its template's marks
            if opens and not named and before <= near_end:
                under = [b for b in blocks[i + 1 :] if b.status == BODY]
                if len(under) <= 3 and not any(_COMMENT_MARK.search(b.text) for b in under):
                    opens = False
        else:
            opens = False
        if opens:
            if block.status == BODY:
                ctx.remove(block, "CRUMB-014")
            for later in blocks[i + 1 :]:
                if later.status == BODY:
                    ctx.remove(later, "CRUMB-014")
            return
        if block.status == BODY:
            before += block.words


def _remove_tags(ctx: Context) -> None:
    """CRUMB-018: the story's tags at the end: a tags header and under it, to the end of the text,
    short lines with no full stop; the header alone as the last line goes too. The header may be
    gone already (a control label, CRUMB-012): it still opens the list."""
    rule = ctx.rules.rule("CRUMB-018")
    max_items, max_words = rule.params["max_items"], rule.params["max_item_words"]
    headers = ctx.rules.phrase_set("CRUMB-018")
    copyright_line = ctx.rules.pattern("FOOTER-001")
    items: list[Block] = []
    for block in reversed(ctx.blocks):
        # a header is a phrase of the list: a word or three ('Tags', 'Related topics'), or a whole
        # line some sites print ('Leia tudo sobre o tema e siga:', Folha's)
        if block.words <= 8 and block.lower.strip(" :") in headers:
            if block.status == BODY:
                ctx.remove(block, "CRUMB-018")
            for item in items:
                ctx.remove(item, "CRUMB-018")
            return
        if block.status != BODY:
            continue  # furniture other rules took between the tags
        if not items and copyright_line.match(block.text):
            continue  # the copyright line under the tags, which the footer pass takes later (idempotent)
        if not items and _closing_label(ctx, block):
            continue  # 'Deel artikel via:' under the tags (NU.nl's), which CRUMB-017 takes last
        if len(items) >= max_items or block.words > max_words or block.text.rstrip().endswith((".", "!", "?", ":")):
            return  # a line of copy before any tags header: no tag list at the end
        items.append(block)


_CLOSES = (".", "!", "?", ":", "…", '"', "”", "»")


def _closing_label(ctx: Context, block: Block) -> bool:
    """A share or follow label closing the text ('Deel artikel via:', 'Suivez-nous sur :'), as CRUMB-017 reads it."""
    rules = ctx.rules
    max_words, openers = rules.memo(
        ("crumb.closing",),
        lambda: (rules.param("CRUMB-017", "max_words"), frozenset(rules.param("CRUMB-017", "openers"))),
    )
    text = block.text.rstrip()
    if not text.endswith(":") or block.words > max_words:
        return False
    first = text.split(None, 1)[0].strip(".,:;!?¡¿\"'“”‘’«»()").lower().split("-")[0]  # 'Suivez-nous'
    return first in openers


def _remove_inner_tags(ctx: Context, setup: _Setup) -> None:
    """CRUMB-019: a tags header at the top or between paragraphs, a run of min_items to max_items
    short labels under it (at most CRUMB-018's max_item_words words, none closed as a sentence or by
    a colon), and a paragraph of prose of at least prose_words words closed as a sentence right after
    the run: the story's topic links, printed before the copy resumes."""
    rule = ctx.rules.rule("CRUMB-019")
    min_items, max_items, prose_words = rule.params["min_items"], rule.params["max_items"], rule.params["prose_words"]
    max_words = ctx.rules.param("CRUMB-018", "max_item_words")
    headers = setup.tag_headers
    blocks = ctx.blocks
    for i, block in enumerate(blocks):
        # the header may be gone already (a control label, CRUMB-012): it still opens the list
        if block.words > 3 or block.lower.strip(" :") not in headers:
            continue
        items: list[Block] = []
        after = None
        for later in blocks[i + 1 :]:
            if later.status != BODY:
                continue
            text = later.text.rstrip()
            if (
                len(items) > max_items
                or later.words > max_words
                or text.endswith(_CLOSES)
                or not any(c.isalpha() for c in text)
            ):
                after = later
                break
            items.append(later)
        if (
            min_items <= len(items) <= max_items
            and after is not None
            and after.words >= prose_words
            and after.text.rstrip().endswith((".", "!", "?", '"', "”", "»"))
        ):
            for b in [block, *items]:
                if b.status == BODY:
                    ctx.remove(b, "CRUMB-019")


class Tail(Pass["_Top"]):
    """CRUMB-017: a pointer label left last once every other pass has taken what followed it
    ('Follow Al Jazeera English:' over a follow bar the extractor dropped). Judged late, and again
    after each removal, so a second cleaning finds nothing more (idempotent)."""

    family = "crumb"
    emits = ("CRUMB-017", "CRUMB-154", "CRUMB-155", "CRUMB-156", "CRUMB-167", "CRUMB-223")

    def prepare(self, ctx: Context) -> _Top:
        return _Top(ctx)

    def run(self, ctx: Context) -> None:
        # the page's header above the copy, judged once every other pass has taken its lines (a reprint
        # notice over the copy's address is no line of prose that closes the header)
        _remove_top_switchers(ctx, self.setup(ctx))
        _address_under_label(ctx)
        _lone_counts(ctx)
        body = ctx.body()
        while len(body) >= 2 and _closing_label(ctx, body[-1]):
            ctx.remove(body.pop(), "CRUMB-017")


# a count as a widget prints it: '142', '1,234', '12.5K' (a year alone is a timeline's heading: not here)
_COUNT = re.compile(r"(?:\d{1,3}(?:[.,]\d{3})?|\d{1,3}(?:[.,]\d)?\s?[kK])")
_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")


def _numeric(block: Block) -> bool:
    """A table's cell or a list's number: a short line that holds a figure."""
    return block.words <= 3 and any(c.isdigit() for c in block.text)


def _lone_counts(ctx: Context) -> None:
    """CRUMB-223: a number alone on its line above the copy or under it, next to a line a pass took
    ('Share full article' / '142' / …, 'Comment' / '316', 'VIEW ALL PHOTOS' / '2'): the count a
    comment, share or gallery button prints, which the extractor split from its label. Within the copy,
    or beside another figure (a table's cells, a numbered list), a number stays; so does a year."""
    if not ctx.uses("CRUMB-223"):
        return
    prose = ctx.rules.param("CRUMB-223", "prose_words")
    blocks = ctx.blocks
    # the count-shaped lines first: most articles have none, and the copy's edges are not measured then
    counts = [
        b
        for b in blocks
        if b.status == BODY
        and b.words == 1
        and _COUNT.fullmatch(b.text.strip())
        and not _YEAR_ALONE.fullmatch(b.text.strip())
    ]
    if not counts:
        return
    copy = [b.index for b in blocks if b.status == BODY and b.words >= prose and ends_sentence(b.text)]
    if not copy:
        return
    first, last = copy[0], copy[-1]
    for block in counts:
        if first < block.index < last:
            continue
        before = blocks[block.index - 1] if block.index > 0 else None
        after = blocks[block.index + 1] if block.index + 1 < len(blocks) else None
        if any(n is not None and _numeric(n) for n in (before, after)):
            continue
        if any(n is not None and n.status != BODY and n.rule is not None for n in (before, after)):
            ctx.remove(block, "CRUMB-223")


PASS = Crumbs()
TAIL = Tail()
