"""Headline and wire slug: a headline-shaped first line becomes ``title``, its slug ``label``."""

from __future__ import annotations

import re

from ..article import BODY, Block
from ..context import Context
from ..text.regex import gated
from ..text.shapes import ends_sentence, has_dialogue, titleish
from . import byline, caption, dateline, timestamp
from .base import Pass

_CLOSERS = "\"'”’)]"
# links, handles, pipes, prices, two labels; a back link ('« Zurück zu den Veranstaltungen', '‹ Back to
# events': a guillemet that never closes, as a quotation's would)
_NOT_TITLE = re.compile(
    r"https?://|www\.|@\w|\s\|\s|\+\d|\b\w+:\s.*\b\w+:\s|^[«‹←]\s*(?!.*[»›])"
    r"|\s[•·]\s+\d{1,3}\s*min(?:ute)?s?\s+read\b"  # 'Politics • 3 min read': the section and a reading time
)
# a section trail on one line, each crumb one or two capitalised words ('China/ Diplomacy', the
# SCMP's; 'News › World', 'Sport / Football'): a headline has a verb, never two crumbs and a slash
_TRAIL = re.compile(r"[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*)?(?:\s*[/›>»]\s*[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*)?)+")
# a picture's credit after its caption ('Roman Prymula, photo: Archives …', '… phenomenon.Credit: Ou
# Dongqu/Xinhua', '… im Landtag. Foto: Jane Doe'): the label after a stop or a comma, and a name or a
# sign after it; a headline never carries one ('Election night in photos: …' has no stop before it)
_PICTURE_CREDIT = re.compile(
    r"[.,;)]\s*(?:[Pp]hoto(?:graph)?s?|PHOTOS?|[Pp]icture|[Ii]mage|[Cc]redit|CREDIT|[Ff]oto|[Bb]ild|[Cc]rédit)"
    r"(?:\s+(?:[Cc]redit|photo))?\s*:\s*(?:©\s*)?[A-ZÀ-Ý©]"
)


def split_label(ctx: Context, text: str) -> tuple[str | None, str]:
    """Split 'Exclusive-Senior officials…' into ('Exclusive', 'Senior officials…')."""
    for rule_id in ("HEADLINE-002", "HEADLINE-003"):
        m = ctx.rules.pattern(rule_id).match(text)
        if m and len(text) > m.end() + 3:
            return m.group("label").strip(), text[m.end() :].strip()
    return None, text


# a full stop after a lower-case word and a capital after it: 'Rep. Ilhan' or 'Meth. We're on it' are not
_SENTENCE_BREAK = re.compile(r"(?<![\w.])[a-z]{3,}[.!?]\s+[A-Z]")
# a German noun keeps its capital ('… ist die Luftverschmutzung. Aber woher …'): a full stop after
# one ends a sentence when the sentence has words enough ('Meth. We're on it' has one)
_NOUN_BREAK = re.compile(r"(?<![\w.])[A-ZÀ-Þ][a-zß-öø-ÿ]{3,}\.\s+[A-ZÀ-Þ]")
_STOP = re.compile(r"[.!?]\s")


def _sentence_break(text: str) -> bool:
    if _SENTENCE_BREAK.search(text):
        return True
    for m in _NOUN_BREAK.finditer(text):
        head = text[: m.start()]
        stops = [s.end() for s in _STOP.finditer(head)]
        if len(head[stops[-1] if stops else 0 :].split()) >= 4:
            return True
    return False


_BREAKS = re.compile(r"(?<=[.!?])\s+(?=\S)")


def _then_question(text: str) -> bool:
    """'New Zealand grants paid leave after a miscarriage. How does Poland compare?', 'On or off?
    How to heat while you are away': a headline of a statement and a short question put to the
    reader (at most five words), in either order; two sentences, no more, 16 words at most."""
    parts = _BREAKS.split(text)
    if len(parts) != 2 or len(text.split()) > 16:
        return False  # a longer pair is a teaser's or a poll's prose ('…, um … zu machen. Wie finden Sie das?')
    first, last = parts
    return (last.endswith("?") and len(last.split()) <= 5) or (first.endswith("?") and len(first.split()) <= 5)


# the site's name after a headline, as a page's <title> prints it: 'Council approves budget | Example Gazette'
# ('… :: Example News', '… « Example News': other sites' separators) or its domain: 'Stadtrat
# beschließt neuen Haushalt | tagesschau.de'
_SITE_SUFFIX = re.compile(
    r"^(?P<head>.{15,}?)\s(?:\||::|«|»)\s(?:(?:The\s)?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6})$"
)


# 'Council approves budget - The Washington Post', '… – BBC News': the site's name after a dash
_DASH_SUFFIX = re.compile(r"^(?P<head>.{15,}?)\s[-–—]\s(?P<site>(?:The\s)?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3})$")


def _without_site(ctx: Context, text: str) -> str:
    """The headline without the site's name after its pipe, or after a dash when the name is an
    outlet's (its last word one BYLINE-005 knows, or an agency or broadcaster of FOOTER-021: a dash
    also sets off a headline's second half, 'Brexit - The Final Countdown'); the text itself when
    there is none."""
    if " | " in text:
        text = _without_sections(ctx, text)
    suffixed = _SITE_SUFFIX.match(text) if (" | " in text or " :: " in text or " « " in text or " » " in text) else None
    if suffixed and len(suffixed.group("head").split()) >= 4 and "|" not in suffixed.group("head"):
        return suffixed.group("head")
    dashed = _DASH_SUFFIX.match(text) if (" - " in text or " – " in text or " — " in text) else None
    if dashed and len(dashed.group("head").split()) >= 4:
        site = dashed.group("site")
        if _outlet_named(ctx, site) or (byline.in_paper_language(ctx) and _PAPER.match(site)):
            return dashed.group("head")
    return text


def _outlet_named(ctx: Context, name: str) -> bool:
    """An agency's or a broadcaster's name (FOOTER-021), or a name whose last word is an outlet's
    (BYLINE-005, not _NOT_OUTLET's): the site a <title> prints beside the headline."""
    low = name.lower()
    last = low.rsplit(None, 1)[-1]
    return low in ctx.rules.phrase_set("FOOTER-021") or (
        last not in _NOT_OUTLET and last in ctx.rules.phrase_set("BYLINE-005")
    )


_SITE_PIECE = re.compile(r"(?:The\s)?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}")


def _without_sections(ctx: Context, text: str) -> str:
    """The headline without a section's name before its pipe ('Local news | Council approves …') and
    without the section and the site after it, as a page's <title> prints them ('Council approves … |
    Local News | The Daily Example'): the pieces named are a section's words (HEADLINE-006) or, the
    last one, the site's name; the headline left has four words or more."""
    head, _, rest = text.partition(" | ")
    if (_section_name(ctx, head) or _site_before(ctx, head)) and len(rest.split()) >= 4 and " | " not in rest:
        return rest
    pieces = text.split(" | ")
    if len(pieces) < 3 or len(pieces[0].split()) < 4:
        return text
    tail = pieces[1:]
    if all(_section_name(ctx, p) for p in tail[:-1]) and (
        _SITE_PIECE.fullmatch(tail[-1]) or _section_name(ctx, tail[-1])
    ):
        return pieces[0]
    return text


# a site's name as one word of a brand's shape ('News24', 'HuffPost', 'TechCrunch') or a domain
_BRAND = re.compile(
    r"^(?:[A-Z][a-z]+(?:[A-Z][a-z]*)+|[A-Z][A-Za-z]*\d+[A-Za-z]*|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6})$"
)


def _site_before(ctx: Context, head: str) -> bool:
    """'News24 | Load shedding to ease …': the site's name before the pipe, as some sites' <title>
    prints it: a brand's one word ('News24', 'HuffPost'), a domain, or a name whose last word is an
    outlet's (BYLINE-005) or an agency's or broadcaster's (FOOTER-021)."""
    words = head.split()
    if not words or len(words) > 4:
        return False
    if len(words) == 1 and _BRAND.match(head):
        return True
    if head.lower() in ctx.rules.phrase_set("FOOTER-021"):
        return True
    return all(w[:1].isupper() for w in words) and _outlet_named(ctx, head)


# a paper named with its article after the dash, in copy of its language ('… - Le Monde', '… - DER
# SPIEGEL', '… - El País'; byline.in_paper_language): a headline's second half there goes on in lower case
_PAPER = re.compile(r"^(?:Le|La|Les|El|Il|Der|Die|Das|De|O|LE|LA|EL|IL|DER|DIE|DAS|DE)\s+(?:[A-Z][\w'’.&-]*)$")


# BYLINE-005's words that name no outlet at the end of a headline's second half
_NOT_OUTLET = frozenset(
    "the for via special senior chief political business sports health science contributing review record "
    "report standard star sun monitor global national local international independent digital online".split()
)


def nav_label(ctx: Context, text: str) -> bool:
    """HEADLINE-008: a whole line that is a site's navigation label ('On Air', 'Work With Us',
    'Donate Now'), which neither a title nor a byline is."""
    line = text.strip().strip(":›»>|").strip()
    return len(line) <= 30 and line.lower() in ctx.rules.phrase_set("HEADLINE-008")


def motto(ctx: Context, text: str) -> bool:
    """HEADLINE-009: a masthead's motto printed under the paper's name ('Democracy Dies in Darkness'):
    the shape of a headline, the words of no story."""
    line = " ".join(text.strip().strip("“”\"'‘’«»").split()).rstrip(".").lower().replace("’", "'")
    return len(line) <= 60 and line in ctx.rules.phrase_set("HEADLINE-009")


def looks_like_headline(ctx: Context, text: str, words: int) -> bool:
    label, rest = split_label(ctx, text)
    if label is not None and rest != text:
        text, words = rest, len(rest.split())  # 'Opinion | …', 'WATCH: …': the headline after its slug
    headline = _without_site(ctx, text)  # judged without the site's name after its pipe
    if headline != text:
        text, words = headline, len(headline.split())
    if words < 2 or words > ctx.rules.param("HEADLINE-001", "max_words"):
        return False
    if nav_label(ctx, text) or motto(ctx, text) or text.lower() in ctx.rules.phrase_set("FOOTER-021"):
        # 'On Air', 'Our Team', 'Get Started': a menu's label (HEADLINE-008); a motto (HEADLINE-009); an
        # agency's name ('Press Trust of India', NDTV's credit over the headline)
        return False
    if len(text) > ctx.rules.param("HEADLINE-001", "max_chars"):
        return False
    if text.endswith((",", ";", ":", "-", "–", "—")):
        return False
    if words > ctx.rules.param("HEADLINE-001", "long_words") and titleish(text) < ctx.rules.param(
        "HEADLINE-001", "titleish_ratio"
    ):
        return False  # a long line in sentence case is a lead that lost its period, not a headline
    if (
        words > ctx.rules.param("HEADLINE-001", "clause_words")
        and "," in text
        and titleish(text) < ctx.rules.param("HEADLINE-001", "titleish_ratio")
    ):
        # 'Pese a amenazas este martes, el gobierno pagó pensión a 60 mil jubilados, a la vez que …': a
        # standfirst or a lead, its clauses set apart by a comma; a long headline runs on without one
        return False
    if (
        words >= ctx.rules.param("HEADLINE-001", "standfirst_words")
        and _COMPOUND_VERB.search(text)
        and titleish(text) < ctx.rules.param("HEADLINE-001", "titleish_ratio")
    ):
        # 'Penalties for those who refuse to self-isolate are to be increased to …', 'Was seit Wochen
        # kolportiert wurde, ist von der FINA nun offiziell bestätigt worden': a standfirst's sentence
        # that lost its period; headlines drop the auxiliaries ('Penalties to be increased')
        return False
    reporting = gated(ctx.rules, "SHARED-001")
    if text.endswith(("?", "!")) and not has_dialogue(text, reporting):
        if text.count(",") > 1 and titleish(text) < ctx.rules.param("HEADLINE-001", "titleish_ratio"):
            return False  # 'Dear people of Europe, in Greece, Spain or wherever you live!' is prose
        # otherwise questions and exclamations are common headlines
    elif ends_sentence(text) and (
        has_dialogue(text, reporting)
        or titleish(text) < ctx.rules.param("HEADLINE-001", "titleish_ratio")
        or text.count(",") > 1
    ):
        return False
    if text.startswith(("(", "[")) and text.endswith((")", "]")):
        # '(Reuters video)', '[object Object]' (a script's value printed as text), '[spanish] [greek]
        # [english]' (a language switcher): a line in brackets is the page's, never a headline
        return False
    if _FILED_UNDER.match(text):
        return False  # 'in FINANCIEEL', 'in Politics' (De Telegraaf's): the section the story is filed in
    if _section_name(ctx, text) or _TRAIL.fullmatch(text):
        return False  # 'World News', 'CNN Politics': a desk's name; 'China/ Diplomacy': a trail
    if (
        _sentence_break(text)
        and titleish(text) < ctx.rules.param("HEADLINE-001", "titleish_ratio")
        and not _then_question(text)
    ):
        return False  # 'This shop has been compensated by …. All opinions are mine alone.' is prose
    if _PICTURE_CREDIT.search(text):
        return False  # a caption and its credit, printed where the headline stands
    if _FOOTNOTE_END.search(text):
        return False  # '“Es ist nicht zu wenig Zeit, die wir haben …”1': a cited line (an epigraph), never a headline
    if _dated_lead(ctx, text):
        return False  # 'Bern, 17.08.2007 - Rede von …': the copy's dateline and its first words
    if text.rsplit(None, 1)[-1] in _DANGLING:
        return False  # '… Corporation announced the opening of': a sentence the extractor broke at a link
    if text.isupper() or _NOT_TITLE.search(text) or _BULLETED.match(text):
        return False  # capitals are subheads or datelines; links, pipes and prices are page furniture
    return not (
        dateline.match(ctx, text)
        or caption.find_credit(ctx, text)
        or byline.parse(ctx, text, top=True) is not None
        or timestamp.is_stamp(ctx, text)
        or timestamp.date_words_only(ctx, text)
        or _furniture(ctx, text)
    )


# a compound verb with its auxiliary, which headlinese drops and a standfirst's or a lead's sentence keeps:
# English 'are to be increased', 'has been confirmed', 'would have'; German 'ist … bestätigt worden',
# 'war … gewesen' (a headline says 'Penalties to be increased', 'FINA bestätigt Verschiebung')
_COMPOUND_VERB = re.compile(
    r"\b(?:(?:is|are|was|were)\s+to\s+be|(?:has|have|had)\s+(?:\w+\s+)?been|(?:will|would|could|should)\s+have)\b"
    r"|\b(?:worden|gewesen)\b",
    re.IGNORECASE,
)
# a section named after a preposition in lower case: 'in FINANCIEEL', 'in Politics', 'dans Économie'
_FILED_UNDER = re.compile(r"^(?:in|im|dans|en|em|nel|nella)\s+\S+(?:\s+\S+)?$")

# '330 Bewertungen', '12 Kommentare', '5 Fotos': a count and what it counts
_COUNT = re.compile(r"^\d[\d.,]*\s+\w+$")


_ARROW = re.compile(r"\s[›>»→/]$")


def _bulleted_trail(body: list[Block]) -> int:
    """How many lines a section trail printed as a list takes at the top ('- Home ›', '- Presse ›',
    '- Pressemitteilungen'): two or more list lines of at most four words, each but the last ending
    in an arrow; 0 when the text opens otherwise."""
    n = 0
    while n < min(len(body), 8) and body[n].words <= 5 and _BULLETED.match(body[n].text):
        n += 1
    if n < 2 or not all(_ARROW.search(b.text.rstrip()) for b in body[: n - 1]):
        return 0
    return n


def _place_and_date(ctx: Context, text: str) -> bool:
    """'Bonn, 11.10.2021', 'Hamburg, 2. November 2021': a place of one to three words and a date."""
    head, _, rest = text.partition(",")
    return (
        bool(rest)
        and len(head.split()) <= 3
        and head[:1].isupper()
        and timestamp.is_stamp(ctx, rest.strip())
        and not timestamp.is_stamp(ctx, text)  # 'Monday, November 18, 2019' is a date alone (TIMESTAMP-010)
    )


# a footnote's mark after a closing quote or a sentence's stop: '…, die wir nicht nutzen.”1', '… the
# end of history."[3]', '… im Jahr der Wende.²': copy that cites its source (an essay's epigraph, a
# quotation with its reference); headlines carry no footnotes. (Not after an apostrophe's sign:
# 'Summer of ’69' is a year.)
_FOOTNOTE_END = re.compile(r"(?:[”“\"»]|(?<=[^\W\d_])[.!?])(?:\d{1,3}|\[\d{1,3}\]|[¹²³⁰⁴⁵⁶⁷⁸⁹]{1,3})$")
# words a line never ends on unless it was cut off: an article, 'of', a conjunction ('Hyatt Hotels
# Corporation announced the opening of' / 'Nam Nghi Phu Quoc recently …': a lead broken where a
# link stood). In lower case only ('Vitamin E', 'Plan B'); prepositions a headline may end on
# ('What to listen to', 'Things to be thankful for') are not among them, nor words that are also a
# verb's particle or a word of their own elsewhere ('kommt es an', 'gib … ein', 'Thousands could
# die', 'hit by van', 'le numéro un', 'à la une', 'Das kannst du').
_DANGLING = frozenset(
    "the of and or nor "
    "der das den dem des eine einen einem eines und oder "
    "le la les et ou "
    "el los las y del "
    "il gli e di della degli "
    "os uma "
    "het een".split()
)
# the dash after a dateline: 'Bern, 17.08.2007 - …', 'NEW YORK, March 3, 2021 -- …'
# a press wire's tag after the date: 'Hamburg, 12.03.2024 (ots) - …', '… 2024 /PRNewswire/ -- …'
_WIRE_TAG = re.compile(r"\s*(?:\([^()]{1,30}\)|/[^/]{1,30}/)\s*$")
_LEAD_DASH = re.compile(r"\s+(?:--?|–|—)\s+")


def _dated_lead(ctx: Context, text: str) -> bool:
    """'Bern, 17.08.2007 - Rede von Moritz Leuenberger …', 'Berlin, 2. März 2021 – Die Stadt …': a place
    and a date before a dash open a press release's or a speech's copy (its dateline); a headline
    never opens with the place and the full date of its story."""
    parts = _LEAD_DASH.split(text, maxsplit=1)
    if len(parts) != 2 or len(parts[1].split()) < 2:
        return False
    pieces = _WIRE_TAG.sub("", parts[0]).split(",")
    for n in (1, 2):  # 'Bern, 17.08.2007', 'MUNICH, Germany, March 3, 2024': the place in one or two pieces
        place, date = pieces[:n], ",".join(pieces[n:]).strip()
        if (
            date
            and all(1 <= len(p.split()) <= 3 and p.strip()[:1].isupper() for p in place)
            and not any(c.isdigit() for p in place for c in p)
            and timestamp.is_bare_date(ctx, date)
        ):
            return True
    return False


def _furniture(ctx: Context, text: str) -> bool:
    """Lines with a headline's length that are page furniture: a count ('330 Bewertungen'), a place
    and the story's date ('Bonn, 11.10.2021'), a byline with its date whose name the byline pass
    would not take ('von lupa am 26/10/13, 03:48 pm': a forum's user name in lower case)."""
    if _COUNT.match(text):
        return True
    if not any(c.isdigit() for c in text):
        return False
    if _place_and_date(ctx, text):
        return True
    return byline.PASS.setup(ctx).lead.match(text) is not None and byline.stamp_of(ctx, text) is not None


def introduces_article(ctx: Context, block: Block) -> bool:
    """What follows a title: a byline, caption or other lifted line, or the wire dateline."""
    after = ctx.blocks[block.index + 1 : block.index + 2]
    if not after:
        return False
    if after[0].status != BODY:
        return True
    return dateline.match(ctx, after[0].text) is not None


def _same_title(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def candidate(ctx: Context) -> None:
    """Mark the candidate; ``decide`` lifts it once the other passes have looked at the article."""
    body = ctx.body()
    if ctx.known_title is not None:
        # The page told us its headline: only a first line that repeats it is the title.
        if body and (
            _same_title(body[0].text, ctx.known_title)
            or _same_title(split_label(ctx, body[0].text)[1], ctx.known_title)
        ):
            label, title = split_label(ctx, body[0].text)
            ctx.metadata.title, ctx.metadata.label = title, label
            ctx.lift(body[0], "HEADLINE-001", "title")
        return
    if len(body) >= 2 and looks_like_headline(ctx, body[0].text, body[0].words) and not _name_over_stamp(ctx, body):
        ctx.title_candidate = body[0]
    elif len(body) >= 3 and _capitals_over_byline(ctx, body):
        ctx.title_candidate = body[0]


def _capitals_over_byline(ctx: Context, body: list[Block]) -> bool:
    """'FLOODING FORCES THOUSANDS FROM HOMES' / 'By Marco Rossi': a headline set in capitals, as
    tabloids and some wire feeds print it. Capitals alone are a subhead or a dateline as often, so
    only a first line of three words or more right over a byline is taken, judged as the same line
    in title case would be."""
    text = body[0].text
    return (
        text.isupper()
        and body[0].words >= 3
        and not text.rstrip(_CLOSERS).endswith(".")
        and looks_like_headline(ctx, text.title(), body[0].words)
        and byline.parse(ctx, body[1].text, top=True) is not None
    )


def _name_over_stamp(ctx: Context, body: list[Block]) -> bool:
    """'Jane Doe' over 'Published 10:15 AM EST, Thu March 5, 2026': a dump that opens with the byline
    (the extractor left the headline out) opens with no title; the name is the writer's (BYLINE-010).
    Asked only of a first line that looks like a headline, over a stamp."""
    under = body[1]
    if body[0].words > 4 or under.words > 12 or not timestamp.is_stamp(ctx, under.text):
        return False
    names = byline.bare_names(ctx, body[0].text)
    if names is None or not all(_plain_name(n) for n in names):
        return False  # 'Boris Johnson Resigns' over 'Nov. 20, 2019': three words may be a headline
    # a word of the line the copy uses again makes it the page's title ('Classificação NASCAR' over a
    # table of NASCAR standings), as it does a heading (BYLINE-010)
    return not byline.named_in_copy(ctx, names, body[0])


def _plain_name(name: str) -> bool:
    """A given name and a surname, perhaps with an initial or a particle between ('Jane Q. Doe', 'Jan
    de Vries'); a third word of full length may be a headline's verb."""
    words = name.split()
    return len(words) == 2 or (len(words) == 3 and (len(words[1].rstrip(".")) == 1 or words[1].islower()))


def _plain_headline(ctx: Context, block: Block) -> bool:
    return looks_like_headline(ctx, block.text, block.words) and not byline.bare_names(ctx, block.text)


def _kicker(ctx: Context, block: Block) -> bool:
    """A section name, a rubric or the site's name over the headline ('WORLD NEWS', 'Politics',
    'Analysis', 'The Example Times'): one to three capitalised words, not a sentence, not a name."""
    text = block.text.rstrip(":").strip()
    params = ctx.rules.rule("HEADLINE-005").params
    words = block.words - sum(1 for w in text.split() if w in _SEPARATORS)  # 'Local News | Politics': three
    if not 1 <= words <= params["max_words"] or len(text) > params["max_chars"]:
        return False
    if text.startswith("#") and block.words == 1 and text[1:2].isalpha():
        return True  # '#GameTechie': a hashtag rubric over the headline
    if block.words == 1 and _DOMAIN.fullmatch(text):
        return True  # 'example.com': the site's name, as its address
    if (text.endswith((".", "?", "!", ",")) and not _INITIALS.fullmatch(text)) or not text[:1].isupper():
        return False  # ('U.S.', 'U.K.': Newsweek's section, initials with their stops)
    # digits only as a year, beside a word: 'Election 2024', 'World Cup 2026' (a story's tag)
    if any(c.isdigit() for c in text) and (
        not all(_YEAR.fullmatch(w) for w in text.split() if any(c.isdigit() for c in w)) or block.words < 2
    ):
        return False
    if not (
        text.isupper()
        or all(w[:1].isupper() or w.lower() in _LINKS or w in "|•·/" or _YEAR.fullmatch(w) for w in text.split())
        or _section_name(ctx, text)  # in sentence case: 'World news', 'Live updates'
        or _story_tag(text)  # 'Coronavirus pandemic', 'Russia-Ukraine war', 'US elections 2020'
    ):
        return False
    # a name's shape, unless every word is a section's ('Developing Story', 'Brand Studio')
    return (_section_name(ctx, text) or not byline.bare_names(ctx, text)) and dateline.match(ctx, text) is None


def _site_brand(ctx: Context, block: Block, *, over_desk: bool = False) -> bool:
    """HEADLINE-015: a site's name in a shape the kicker's refuses, over the headline: one to three
    words of which one holds a number, the others capitalised or in capitals ('20 Minutes', 'TF1
    Info', '20minutes', '7sur7'), or one word in lower case ('franceinfo', "l'Humanité", 't-online':
    sites spell themselves so; no function word, no wire slug). A word and then a number ('Europe 1',
    'Apollo 11') names a site only over a desk's name (``over_desk``) or as a broadcaster FOOTER-021
    knows ('France 24'): alone over a dek it may be the story's subject."""
    from .learned import STOPWORDS

    text = block.text.strip().rstrip(":").strip()
    words = text.split()
    if not 1 <= len(words) <= 3 or len(text) > 30 or text.endswith((".", "?", "!", ",")):
        return False
    numbered = [w for w in words if any(c.isdigit() for c in w)]
    if numbered:
        number = numbered[0]
        if len(numbered) > 1 or not all(w is number or (w[:1].isupper() and w.isalpha()) for w in words):
            return False
        if _BRAND_NUMBER.fullmatch(number):
            return True  # 'TF1 Info', '20minutes', '7sur7', '9News'
        if not number.isdigit() or len(number) > 3 or len(words) < 2:
            return False
        # '20 Minutes', '24 Heures': the number first; 'Europe 1' over a desk, or a broadcaster's name
        return words[0] is number or over_desk or text.lower() in ctx.rules.phrase_set("FOOTER-021")
    if (
        len(words) != 1
        or not text[:1].islower()
        or len(text) < 3
        or _LOWER_BRAND.fullmatch(text) is None
        or text.casefold() in STOPWORDS
        or ctx.rules.pattern("HEADLINE-002").match(text + ": x")  # 'update', 'watch': a slug, the label's
    ):
        return False
    # a brand's spelling ("l'Humanité", 't-online', 'derStandard') or an outlet the vocabularies know
    # ('franceinfo', 'tagesschau'); a plain word in lower case ('detail') is a template's, not a site's
    return any(c in "'’-." or c.isupper() for c in text[1:]) or text.casefold() in ctx.rules.phrase_set("BYLINE-005")


_OUTLET_WORD = re.compile(r"[A-Z][\w'’.&-]*|of|the|and|&|de|du|des|la|le|del|der|di")


def _outlet_line(ctx: Context, text: str) -> bool:
    """HEADLINE-016: an outlet's or a company's full name alone on its line ('British Broadcasting
    Corporation', 'The Washington Post', 'Agence France-Presse', 'Neue Zürcher Zeitung'), too long for
    the kicker's limit or a name's shape to it: two to six capitalised words (links in lower case
    between them), no digit and no stop at its end, whose last word names an outlet (BYLINE-005, not
    _NOT_OUTLET's) or which is an agency or a broadcaster FOOTER-021 knows. Asked only over a headline
    of four words or more that stands over prose: the page's masthead, never the story's title."""
    line = text.strip()
    words = line.split()
    if not 2 <= len(words) <= 6 or len(line) > 60 or line.endswith((".", "?", "!", ",", ":")):
        return False
    if not words[0][:1].isupper() or any(_OUTLET_WORD.fullmatch(w) is None for w in words):
        return False
    from .learned import STOPWORDS

    if any(w.lower() in STOPWORDS and w.lower() not in _LINKS for w in words):
        return False  # 'Trouble At The Washington Post': a headline in title case, not the masthead
    return _outlet_named(ctx, line) and dateline.match(ctx, line) is None


# a site's name with its number ('TF1', '20minutes', '7sur7', '9News', 'n-tv'), and one in lower case
_BRAND_NUMBER = re.compile(r"(?:[A-Za-z]+\d{1,3}[A-Za-z]*|\d{1,3}[A-Za-z]{2,}(?:\d{1,3}[A-Za-z]*)?)")
_LOWER_BRAND = re.compile(r"[a-zà-ÿ][\wà-ÿ'’.-]*")


_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
_LINKS = frozenset({"of", "the", "and", "&", "in", "on", "for", "a", "de", "la", "le", "der", "die", "das"})
_YEAR = re.compile(r"(?:19|20)\d\d")
# the running story an outlet tags over its headlines, in sentence case: a conflict between two
# named sides ('Israel-Hamas war') or an event's noun last ('Coronavirus pandemic', 'US elections')
_TAG_NOUNS = frozenset(
    "war wars pandemic outbreak crisis election elections conflict invasion protests protest trial "
    "inquiry summit olympics games cup championship attack attacks shooting earthquake wildfires "
    "floods hurricane storm strikes talks latest".split()  # 'Ukraine war latest': the running story's page
)
_SIDES = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+")


def _story_tag(text: str) -> bool:
    words = [w for w in text.split() if not _YEAR.fullmatch(w)]
    if not 2 <= len(words) <= 3 or words[0] in ("The", "A", "An"):
        return False  # ('The trial' over a dek is a title)
    return words[-1].lower() in _TAG_NOUNS or (_SIDES.fullmatch(words[0]) is not None and words[-1].islower())


_SEPARATORS = frozenset({"|", "•", "·", "/"})
_DOMAIN = re.compile(
    r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|co\.uk|de|fr|es|it|nl|pt|br|in|au|ca|io|info|news)",
    re.IGNORECASE,
)


def _section_name(ctx: Context, text: str) -> bool:
    """A line made only of section and outlet words (HEADLINE-006, BYLINE-005), as a kicker is shaped."""
    words = text.rstrip(":").lower().split()
    if not words or len(words) > ctx.rules.param("HEADLINE-005", "max_words"):
        return False
    rules = ctx.rules
    vocab = rules.memo(
        ("headline.sections",),
        lambda: rules.phrase_set("HEADLINE-006") | rules.phrase_set("HEADLINE-011") | rules.phrase_set("BYLINE-005"),
    )
    words = [w.strip("|,") for w in words if w.strip("|,•·/")]  # 'Politics | Elections': the separators go
    if bool(words) and all(w in vocab for w in words) and any(w not in _LINKS for w in words):
        return True
    if " ".join(words) in rules.phrase_set("HEADLINE-014"):
        return True  # 'Faits divers', 'Cronaca nera', 'Sucesos': a desk named whole, in sentence case
    # HEADLINE-012: 'Delhi News', 'City News': a place or a topic and the desk's last word, capitalised
    return 2 <= len(words) <= 3 and words[-1] in rules.phrase_set("HEADLINE-012") and _capitalised(text)


def _capitalised(text: str) -> bool:
    return all(w[:1].isupper() for w in text.rstrip(":").split() if w.strip("|,•·/"))


section_name = _section_name  # for the byline pass: a kicker over the headline is no columnist's name


def _top_section(ctx: Context, body: list[Block]) -> bool:
    return _kicker(ctx, body[0]) and _section_name(ctx, body[0].text)


def _slug(ctx: Context, text: str) -> str | None:
    """The kicker as a wire slug ('Exclusive', 'ANALYSIS'), when HEADLINE-002 knows the word."""
    word = text.rstrip(":").strip()
    m = ctx.rules.pattern("HEADLINE-002").match(word + ": x")
    return word if m and m.group("label").strip().lower() == word.lower() else None


def decide(ctx: Context) -> None:
    """Lift the candidate title when the text shows it is a raw dump, or when it stands over prose.

    A clean text and a dump that is 'Title + body' look alike. A headline-shaped first line is taken
    as the title with evidence that the text is raw (some other boilerplate was found), or when a
    paragraph of running prose follows it (``_headline_over_prose``): the first line of what is left
    is then that paragraph, so a second cleaning finds nothing more (idempotent). Whatever the
    evidence, a first line left standing over prose is lifted too, or the second cleaning would.
    """
    if ctx.known_title is not None:
        return
    if ctx.uses("HEADLINE-018"):
        _breaking_bar(ctx)
    _drop_kicker(ctx)
    body = ctx.body()
    while len(body) > 1 and (nav_label(ctx, body[0].text) or motto(ctx, body[0].text)):
        # 'On Air', 'Our Team' over the copy: the site's menu; 'Democracy Dies in Darkness': its motto
        ctx.remove(body[0], "HEADLINE-009" if motto(ctx, body[0].text) else "HEADLINE-008")
        body = body[1:]
    while len(body) > 1 and _top_section(ctx, body):
        ctx.remove(body[0], "HEADLINE-005")  # 'World News' over the copy: the section, not a title
        body = body[1:]
    if len(body) > 2 and _page_title(body[0], body[1]) and _headline_over_prose(ctx, body[1], body[1:]):
        ctx.remove(body[0], "HEADLINE-007")  # the page's <title> over the headline it repeats
    first = _with_evidence(ctx) if any(r.family != "normalize" for r in ctx.removed) else None
    if first is None:
        body = ctx.body()
        if body and _headline_over_prose(ctx, body[0], body):
            first = body[0]
        elif len(body) > 2 and _place_and_date(ctx, body[0].text) and _headline_over_prose(ctx, body[1], body[1:]):
            first = body[1]  # 'Bonn, 11.10.2021' over the headline: a press release's place and date
        elif (n := _bulleted_trail(body)) and n < len(body) - 1 and _headline_over_prose(ctx, body[n], body[n:]):
            first = body[n]  # '- Home ›' / '- Presse ›' / '- Pressemitteilungen' over the headline
    if first is None or _first_item(ctx, first):
        return
    body = ctx.body()
    if _heads_points(ctx, body[body.index(first) :]):
        return  # a press release's points over its copy, the page's headline not in the dump
    _lift(ctx, first)
    _drop_repeats(ctx)


_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def _content_words(text: str) -> set[str]:
    from .learned import STOPWORDS

    return {w for w in (m.group().lower() for m in _CONTENT_WORD.finditer(text)) if w not in STOPWORDS}


def _breaking_bar(ctx: Context) -> None:
    """HEADLINE-018: a site's breaking-news bar over the story ('Eilmeldung' / 'Britische Regierung
    bestätigt Teilnahme an Wahl' / 'Frank Witzel erhält Deutschen Buchpreis 2015' / the copy): the
    bar's label alone (these phrases), the item it announces, then the story's own headline over
    prose. The item is another story's when it shares no word of four letters or more with the
    copy's first paragraph while the headline under it does; label and item go, and the headline is
    the title. A label over the story's own headline (the item shares the copy's words) is its slug,
    HEADLINE-005's."""
    body = ctx.body()
    if len(body) < 4 or body[0].lower.strip(" :!|-") not in ctx.rules.phrase_set("HEADLINE-018"):
        return
    item, head = body[1], body[2]
    if not (_plain_headline(ctx, item) and _plain_headline(ctx, head) and head.words >= 4):
        return
    if not _headline_over_prose(ctx, head, body[2:]):
        return
    lead = next((b for b in body[3:] if b.words >= ctx.rules.param("HEADLINE-001", "prose_words")), None)
    if lead is None:
        return
    words = _content_words(lead.text)
    if words.isdisjoint(_content_words(item.text)) and not words.isdisjoint(_content_words(head.text)):
        ctx.remove(body[0], "HEADLINE-018")
        ctx.remove(item, "HEADLINE-018")


def _drop_repeats(ctx: Context) -> None:
    """HEADLINE-013: the title printed again under the copy (a share box's heading), after its last
    paragraph of prose. A repeat with prose under it is a list's entry (a press-release index prints
    the company's name over each of its releases), and the related pass has read the lines around it."""
    title = ctx.metadata.title
    if not title:
        return
    prose_words = ctx.rules.param("HEADLINE-001", "prose_words")
    body = ctx.body()
    last = max((k for k, b in enumerate(body) if b.words >= prose_words), default=None)
    if last is None:
        return
    for block in body[last + 1 :]:
        if _same_title(block.text, title):
            ctx.remove(block, "HEADLINE-013")


# an item's heading in a roundup: it ends in its price ('… Controller in Crystal for $39.99', '… Now
# $549 (Originally $599)', '… für 49,95 €') or opens with its number ('1. …', '#1 …')
_PRICE_END = re.compile(
    r"(?:[$€£¥]\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|\$|£|euros?|dollars?|pounds?))(?:\s*\([^()]{0,40}\))?$",
    re.IGNORECASE,
)
_NUMBERED = re.compile(r"^(?:#|no\.\s*)?(\d{1,2})\s*[.):]\s+\S", re.IGNORECASE)


def _first_item(ctx: Context, first: Block) -> bool:
    """HEADLINE-001 keeps a first line that heads the first of a roundup's items, whose title the
    extractor dropped: it ends in a price as two or more short unclosed lines under it do (a deals
    page's 'Gaming Controller in Blue for $39.99' over its blurb, then the next deal), or it is
    numbered 1 and a short line under it is numbered 2 (a listicle's items). Lifted, the first item
    would lose its heading and pass for the page's title."""
    limit = ctx.rules.param("HEADLINE-001", "max_words")
    under = [b for b in ctx.body() if b.index > first.index and b.words <= limit and not ends_sentence(b.text)]
    if _PRICE_END.search(first.text.strip()):
        return sum(1 for b in under if _PRICE_END.search(b.text.strip())) >= 2
    m = _NUMBERED.match(first.text)
    if m is None or m.group(1) != "1":
        return False
    return any((n := _NUMBERED.match(b.text)) is not None and n.group(1) == "2" for b in under)


_SEGMENT_EDGE = "|:-–—·•»«/"


def _page_title(page: Block, headline: Block) -> bool:
    """HEADLINE-007: the page's <title> printed over the headline ('Council approves budget - The
    Daily Example' / 'Council approves budget', 'Show: …: Headline | Video of 16.10.2019' /
    'Headline'): the line holds the headline of four words or more under it whole, as one of its
    pieces (a separator or the line's edge on either side), with more beside it."""
    if headline.words < 4 or page.words > 40 or page.words <= headline.words:
        return False
    line, head = " ".join(page.text.split()).casefold(), " ".join(headline.text.split()).casefold()
    at = line.find(head)
    if at < 0:
        return False
    before, after = line[:at].rstrip(), line[at + len(head) :].lstrip()
    return (not before or before[-1] in _SEGMENT_EDGE) and (not after or after[0] in _SEGMENT_EDGE)


def _with_evidence(ctx: Context) -> Block | None:
    first = ctx.title_candidate
    if first is not None and first.status == BODY:
        return first
    # A caption or byline printed above the headline: the first line left is the candidate.
    body = ctx.body()
    if len(body) < 2 or not looks_like_headline(ctx, body[0].text, body[0].words):
        return None
    if not any(b.status != BODY for b in ctx.blocks[: body[0].index]):
        return None
    text = body[0].text
    strong = split_label(ctx, text)[0] is not None or titleish(text) >= ctx.rules.param(
        "HEADLINE-001", "strong_titleish"
    )
    if text.rstrip(_CLOSERS).endswith(".") or not (
        strong or introduces_article(ctx, body[0]) or _over_dek_and_byline(ctx, body[0])
    ):
        return None
    return body[0]


def _over_dek_and_byline(ctx: Context, block: Block) -> bool:
    """'Câmara aprova reforma tributária' / 'Texto segue para o Senado' / 'Por Jane Doe' / '04/03/2024
    14h32': a headline, its standfirst and then the byline or the stamp a pass took, the header of
    every news page. The standfirst between them is why ``introduces_article`` does not see the
    byline; a line of copy over a short paragraph is never followed by one."""
    nxt = ctx.blocks[block.index + 1 : block.index + 3]
    if len(nxt) < 2 or nxt[0].status != BODY or nxt[1].status == BODY:
        return False
    if nxt[0].words > ctx.rules.param("HEADLINE-001", "dek_words") or nxt[1].rule is None:
        return False
    return ctx.family_of(nxt[1].rule) in ("byline", "timestamp")


def _lift(ctx: Context, first: Block) -> None:
    label, title = split_label(ctx, first.text)
    ctx.metadata.title = _without_site(ctx, title)  # 'Council approves budget | Example Gazette': the site is no title
    ctx.metadata.label = label or ctx.metadata.label  # a kicker's slug (HEADLINE-005) stands
    ctx.lift(first, "HEADLINE-001", "title")
    # What is left must not open with a headline over prose, or with a kicker over one: a second
    # cleaning would take them (HEADLINE-004, HEADLINE-005).
    while True:
        body = ctx.body()
        if len(body) > 1 and _place_and_date(ctx, body[0].text):
            body = body[1:]  # 'Bonn, 11.10.2021' stays in the text (decide judges past it): judge what is under it
        if body and body[0].index > first.index and _headline_over_prose(ctx, body[0], body):
            if ctx.metadata.subtitle is None:
                ctx.metadata.subtitle = body[0].text
            ctx.lift(body[0], "HEADLINE-004", "subtitle")
        elif body and body[0].index > first.index and timestamp.is_stamp(ctx, body[0].text):
            # a date under the title now opens the text: TIMESTAMP-010's bare date at the top
            ctx.remove(body[0], "TIMESTAMP-010")
        elif len(body) > 1 and body[0].index > first.index and _top_section(ctx, body):
            ctx.remove(body[0], "HEADLINE-005")  # a section name now opens the text, as decide() takes it
        elif not _drop_kicker(ctx):
            break


def _drop_kicker(ctx: Context) -> bool:
    """HEADLINE-005: a kicker over a headline that stands over prose is removed (or is the label)."""
    body = ctx.body()
    for _ in range(2):
        # the site's name and the section over the headline ('ComputerBase' / 'Internet' / …), or the
        # site's name, the section and its subsection ('Forbes' / 'Money' / 'Markets' / …)
        n = 1
        while n < min(len(body) - 2, 3) and _kicker(ctx, body[n]):
            n += 1
        # a site whose name holds a number or is spelt in lower case ('20 Minutes', 'franceinfo') over its section
        brand = n >= 2 and not _kicker(ctx, body[0]) and _site_brand(ctx, body[0], over_desk=True)
        # the masthead in full over the section ('British Broadcasting Corporation' / 'News' / …)
        masthead = n >= 2 and not brand and not _kicker(ctx, body[0]) and _outlet_line(ctx, body[0].text)
        if n < 2 or not (_kicker(ctx, body[0]) or brand or masthead):
            break
        if not _plain_headline(ctx, body[n]):
            break
        if body[n].words < 4 or not _headline_over_prose(ctx, body[n], body[n:]):
            break
        ctx.remove(body[0], "HEADLINE-015" if brand else "HEADLINE-016" if masthead else "HEADLINE-005")
        body = body[1:]
    if (
        len(body) > 2
        and not _kicker(ctx, body[0])
        and _site_brand(ctx, body[0])
        and body[1].words >= 4
        and _plain_headline(ctx, body[1])
        and not body[1].text[:1].islower()
        and _headline_over_prose(ctx, body[1], body[1:])
    ):
        ctx.remove(body[0], "HEADLINE-015")  # 'franceinfo', 'TF1 Info' over the headline: the site's name
        return True
    if (
        len(body) > 2
        and _outlet_line(ctx, body[0].text)
        and not _kicker(ctx, body[0])  # 'The Example Times': HEADLINE-005's kicker
        and body[1].words >= 4
        and _plain_headline(ctx, body[1])
        and not body[1].text[:1].islower()
        and _headline_over_prose(ctx, body[1], body[1:])
    ):
        ctx.remove(body[0], "HEADLINE-016")  # 'British Broadcasting Corporation' over the headline: the site
        return True
    if len(body) < 3 or body[1].words < 3 or not _plain_headline(ctx, body[1]):
        return False
    topic = not _kicker(ctx, body[0])
    if topic and not _topic_tag(ctx, body[0], body[1]):
        return False
    if body[1].text[:1].islower():
        return False  # 'Alameda County DA' / 'is coddling criminals': one headline broken in two, no kicker
    if not (
        _headline_over_prose(ctx, body[1], body[1:])
        or introduces_article(ctx, body[1])
        or _over_dek_and_byline(ctx, body[1])
    ):
        return False  # ('Schweiz' / the headline / 'Jane Doe, Bern': a byline under it shows it is one)
    kicker = body[0]
    if topic:
        ctx.remove(kicker, "HEADLINE-017")  # 'Local government' over the Guardian's headline: its topic
        return True
    label = _slug(ctx, kicker.text)
    if label is not None and ctx.metadata.label is None:
        ctx.metadata.label = label
        ctx.lift(kicker, "HEADLINE-005", "label")
    else:
        ctx.remove(kicker, "HEADLINE-005")
    return True


_STOP_INSIDE = re.compile(r"[^\W\d_]{2}[.!?](?:\s|$)")


def _topic_tag(ctx: Context, block: Block, headline: Block) -> bool:
    """HEADLINE-017: a topic's tag in sentence case over the headline ('Local government', 'Global
    development', 'Cost of living', 'Energia rinnovabile'), as The Guardian and other papers print
    their series and topic pages' names: two words, or three with a link between ('of', 'and'), the
    first capitalised and the others in lower case, no digit, no stop, no name's shape, over a
    headline of at least headline_words words and twice as many as the tag's. A title that short
    over a headline-shaped line is rare; a topic's tag over the headline is on every page of those
    papers. Not a menu's label opening with a function word ('En ligne'), not a possessive
    ('Tridents’ challenge' is a headline), not over a line with a sentence's stop in it (a caption,
    under a short title)."""
    least = max(ctx.rules.param("HEADLINE-017", "headline_words"), 2)
    text = block.text.strip()
    words = text.split()
    if not 2 <= len(words) <= 3 or text.endswith((".", "?", "!", ",", ":")) or any(c.isdigit() for c in text):
        return False
    if len(words) == 3 and words[1] not in _LINKS:
        return False  # 'Council approves budget' is a headline; 'Cost of living' a topic's name
    if not (words[0][:1].isupper() and words[0][1:].islower() and all(w.islower() for w in words[1:])):
        return False
    from .learned import STOPWORDS

    if words[0].lower() in STOPWORDS or "'" in text or "’" in text:
        return False  # 'En ligne' (a menu's), 'Tridents’ challenge' (a headline's possessive): no topic's name
    if headline.words < max(least, 2 * len(words)):
        return False
    if _STOP_INSIDE.search(headline.text):
        return False  # a caption under the line ('… against Dominica. (FILE)'): the line is the title
    return dateline.match(ctx, text) is None and not byline.bare_names(ctx, text)


_BULLETED = re.compile(r"^[-–•*·▪]\s+\S")


def _point(text: str) -> bool:
    """A list line under a headline that is the story's point ('- Prices rose 8% in May.', five words
    or more ending a sentence, or four or more opening in capitals, no code) or a tag ('- Corona',
    '- Health and care': capitalised, no digits); a list of codes or figures ('- player.setav
    speedmult 100') is the copy, under a subhead."""
    if not _BULLETED.match(text):
        return False
    words = text.split()[1:]
    if len(words) >= 5 and text.endswith((".", "!", "?")):
        return True
    if len(words) >= 4 and words[0][:1].isupper() and not any(c in "=*{}<>/\\" for c in text):
        return True  # '- Deutschland will Vorreiter und Weltmarktführer werden': a point in a headline's style
    return 1 <= len(words) <= 4 and words[0][:1].isupper() and not any(c.isdigit() or c in ".:*/=" for c in text)


def _heads_points(ctx: Context, body: list[Block]) -> bool:
    """Three to six headline-shaped lines of four words or more in a row over the copy, none a
    sentence (a press release's points with their bullets lost: 'Oliver Frankenbach zum Vorstand
    Finanzen bestellt' / 'Axel Hellmann übernimmt Marketing und Kommunikation' / 'Bruno Hübner erhält
    neuen Vertrag' / the story): the story's points, printed in the body, not a headline and two
    lines of dek. A headline has one dek under it (and a kicker of at most three words over it);
    the extractor dropped this page's headline, and the first point is no title. The lines stand
    together: a headline, a byline taken out, then a dek and a line of the page's are no points."""
    prose_words = ctx.rules.param("HEADLINE-001", "prose_words")
    n, seen = 0, []
    while (
        n < min(len(body), 7)
        and (n == 0 or body[n].index == body[n - 1].index + 1)  # in a row: no byline or caption between
        and _point_line(ctx, body[n])
    ):
        words = {w.casefold() for w in _WORDS.findall(body[n].text)}
        if any(len(words & s) >= 0.6 * min(len(words), len(s)) for s in seen):
            return False  # a line repeated, or nearly ('Title' / 'Title, again'): a headline and its echo
        seen.append(words)
        n += 1
    if not 3 <= n <= 6 or n >= len(body):
        return False
    after = body[n]
    return after.words >= prose_words and ends_sentence(after.text)


_WORDS = re.compile(r"\w+")


def _point_line(ctx: Context, block: Block) -> bool:
    """A point's shape: four words or more, headline-shaped, no sentence, no name, no date before
    it ('07.11.2023 Ormalingen, Baselbiet' is a stamp and a place), and no line broken off at a
    function word ('Hyatt Hotels Corporation announced the opening of' is a lead cut in two)."""
    from .learned import STOPWORDS

    text = block.text.strip()
    words = text.split()
    return (
        block.words >= 4
        and not ends_sentence(text)
        and not text.endswith(":")
        and words[-1].casefold() not in STOPWORDS
        and not timestamp.is_bare_date(ctx, words[0].rstrip(",:"))
        and looks_like_headline(ctx, text, block.words)
        and not byline.bare_names(ctx, text)
    )


def _headline_over_prose(ctx: Context, block: Block, body: list[Block]) -> bool:
    if block.text.rstrip(_CLOSERS).endswith(".") or not looks_like_headline(ctx, block.text, block.words):
        return False
    names = byline.bare_names(ctx, block.text)
    if names and not (block is body[0] and byline.named_in_copy(ctx, names, block)):
        return False  # a name alone over the copy is its byline, never a title (BYLINE-010 judges alike)
    if len(body) < 2 or body[0] is not block:
        return False
    prose_words = ctx.rules.param("HEADLINE-001", "prose_words")
    budget = ctx.rules.param("HEADLINE-001", "dek_words")
    short = ctx.rules.param("HEADLINE-001", "short_prose_words")
    if _heads_points(ctx, body):
        return False  # the first of the story's points over the copy, not its headline
    if not _BULLETED.match(block.text):
        # the story's points as a list under the headline ('- Prices rose 8%.', '- Tags'): two to
        # six list lines stand where a standfirst would; what is under them is judged as under a title
        n = 1
        while n < min(len(body), 7) and body[n].words <= 30 and _point(body[n].text):
            n += 1
        if n >= 3 and n < len(body):
            body = [block, *body[n:]]
    after = body[1]
    if after.words >= prose_words and (ends_sentence(after.text) or after.text.rstrip().endswith(":")):
        return True  # a paragraph of prose, or one that introduces a list ('Here are a few tips:')
    if _short_prose_pair(body, 1, short):
        return True  # the copy in one-sentence paragraphs, as British tabloids and regionals print it
    # a standfirst, or a standfirst and a place line, between the headline and the copy ('Is
    # Football Violence a Crime?' / 'NFL assaults have led to lawsuits before. …' / the story)
    for k, nxt in enumerate(body[2:4], start=2):
        budget -= after.words
        if budget < 0:
            return False
        if (nxt.words >= prose_words and ends_sentence(nxt.text)) or _short_prose_pair(body, k, short):
            return True
        after = nxt
    return False


def _short_prose_pair(body: list[Block], k: int, short: int) -> bool:
    """Two paragraphs in a row from ``body[k]``, each one sentence of at least ``short`` words that
    ends in a full stop: copy written a sentence to a paragraph ('Tram services were suspended on
    Tuesday after a car crashed onto the line, police said.' / 'Officers were called to …'), which
    is as much prose under a headline as one paragraph of prose_words words. Not a list's items
    ('- Die Farbe der Spawn-Ankündigungen wurde geändert.': a patch note's heading is over them)."""
    pair = body[k : k + 2]
    return len(pair) == 2 and all(
        b.words >= short and b.text.rstrip(_CLOSERS).endswith(".") and not _BULLETED.match(b.text) for b in pair
    )


class Candidate(Pass[None]):
    """First: which line might be the headline (the page's own headline, when it is known)."""

    family = "headline"
    emits = ("HEADLINE-001",)

    def run(self, ctx: Context) -> None:
        candidate(ctx)


class Decision(Pass[None]):
    """Last: lift the candidate when the other passes found evidence the text is a raw dump."""

    family = "headline"
    emits = (
        "HEADLINE-001",
        "HEADLINE-004",
        "HEADLINE-005",
        "HEADLINE-007",
        "HEADLINE-008",
        "HEADLINE-013",
        "HEADLINE-015",
        "HEADLINE-016",
        "HEADLINE-017",
        "HEADLINE-018",
    )

    def run(self, ctx: Context) -> None:
        decide(ctx)


CANDIDATE = Candidate()
DECISION = Decision()
