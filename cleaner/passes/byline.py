"""Bylines: 'By JANE DOE and JOHN ROE', 'Jane Doe | Reuters', 'By Jane DoeUpdated 2 hours ago'.

A byline is recognised by its grammar, not its words: a lead-in ('By'), then names (capitalised
tokens joined by commas, 'and', '&'), then optionally an affiliation or a glued timestamp, and
nothing else. Names come out in their natural case.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..article import BODY, Block, Credits
from ..context import Context
from ..text.regex import may_match, pattern_words
from ..text.shapes import (
    BRAND_TAIL,
    EMAIL,
    FILED_IN_PLACE,
    LEAD_INS,
    PARTICLES,
    SOCIAL_TAIL,
    TITLE_BEFORE_NAME,
    YEAR,
    ends_sentence,
    is_name,
    natural_case,
    roles_in_brackets,
    split_names,
    without_place,
)
from . import caption, dateline
from .base import Pass

_SEPARATOR = re.compile(
    r"\s*(?:\||·|•|—|–|\s-\s|/|;)\s*|\s+for\s+(?=(?:the\s+)?[A-Z])"
    # 'Written by Jane Doe, Edited by John Roe': the next credit after a comma is a piece of its own
    r"|,\s*(?=(?:edited|reviewed|fact[- ]checked|curated|photos?|video|graphics?"
    r"|with\s+(?:additional\s+)?reporting)\s+by\s)",
    re.IGNORECASE,
)
# after the names: where the writer filed from ('By Jane Doe in London') or the agency in brackets
_FILED_FROM = re.compile(
    r"\s+(?:in|In)\s+[A-Z](?:(?<=In\s[A-Z])[a-z'’.-]{3,}|(?<=in\s[A-Z])[\w'’.-]+)(?:\s+[A-Z][\w'’.-]+){0,2}\s*$"
    r"|\s*\((?:(?:with|avec|con|mit|com|met)\s+)?(?:[A-Z][\w.&-]*\s?){1,3}\)\s*$"  # '(Reuters)', '(avec AFP)'
    # 'Von Anna Schmidt (dpa)', '(as)': the agency or the writer's initials (BYLINE-018, shapes.LOWER_BRACKET_TAIL)
    r"|\s*\([a-z]{2,5}\)\s*$"
    # 'Jeanne Dupont avec AFP', 'Ana García con EFE': a wire's share named after the writer
    r"|\s+(?:with|avec|con|mit|com|met)\s+(?-i:[A-Z]{2,6})\s*$"
    r"|\s*\((?:(?:à|a|in|en|aus|from|desde|em|da)\s+)?[A-ZÀ-Ý][\w'’.-]+(?:,\s*[\w'’ .-]{2,40})?\)\s*$"  # '(à Kyiv)'
)
# 'Jane Doe reports from Kyiv', 'Jane Doe writes': the BBC's byline over a report or a column
_REPORTS = re.compile(
    r"^(?P<names>.{4,80}?)\s+(?:reports|writes)(?:\s+from\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})?$"
)
# 'Jane Doe (dpa)', 'Jean Dupont (à Bruxelles)': a bare name with its agency or place in brackets
_BRACKET_TAIL = re.compile(r"\s*\((?P<inner>[^()]{2,40})\)\s*$")
_BRACKET_PLACE = re.compile(r"^(?:à|a|in|en|aus|from|desde|em|da)\s+[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+)?$")


# a digit or one of these words (in any case) is in every timestamp BYLINE-004 takes: a line
# without them is not searched. Two scans that skip ahead (a digit; substrings of the lower-cased
# line, see may_match) instead of one alternation tried at every position
_DIGIT = re.compile(r"\d")
_TIME_WORDS = frozenset(("updated", "published", "posted", "modified", "created"))
# a writer's address printed beside or under the names ('By Jane Doe | jane.doe@example.com')
_EMAIL = EMAIL
# after a comma or in brackets ('By Kim Min-ji (mjkim@heraldcorp.com)', The Korea Herald's closing byline)
# an address or a handle after the name, with a space or glued ('Jane Doe jdoe@example.com', 'Jane Doe@JANEDOE')
_CONTACT_TAIL = re.compile(rf"(?:\s+{EMAIL.pattern}|\s*@\w{{2,30}})\s*$")
_EMAIL_AFTER = re.compile(rf"\s*(?:,\s*{EMAIL.pattern}|\(\s*{EMAIL.pattern}\s*\))\s*$")
# what a separator holds ('|', ' - ', '/', ' for '): a line with none of them is one piece
_SEPARATOR_CHARS = ("|", "·", "•", "—", "–", "-", "/", ";")


def _strip_timestamp(ctx: Context, text: str) -> str:
    low = text.lower()
    if not (_DIGIT.search(text) or may_match(_TIME_WORDS, text, low)):
        return text
    # BYLINE-004 is tried at every position of the line (14 us on a line with a number): first ask
    # whether the line holds one of the words every match of it contains
    pattern, words = PASS.setup(ctx).timestamp
    m = pattern.search(text) if may_match(words, text, low) else None
    if m and m.start() > 0:
        return text[: m.start()].strip()
    # 'Jean Dupont Il y a 2 heures', 'Anna Schmidt vor 2 Stunden': the age in another language (BYLINE-031)
    age = ctx.rules.pattern("BYLINE-031").search(text) if _DIGIT.search(text) else None
    return text[: age.start()].strip() if age and age.start() > 0 else text


class _Setup:
    """What the pass reads from the rules, looked up once per rule set."""

    def __init__(self, ctx: Context) -> None:
        rules = ctx.rules
        pattern = rules.pattern("BYLINE-004")
        self.timestamp = pattern, pattern_words(pattern)
        self.lead = rules.pattern("BYLINE-003")
        self.affiliations = rules.phrase_set("BYLINE-005")
        self.max_words = rules.param("BYLINE-001", "max_words")
        self.block_max_words = rules.param("BYLINE-001", "block_max_words")
        self.comments = rules.pattern("BYLINE-018")  # 'by Jane Doe Leave a Comment', '| 3 Comments'
        self.follow = rules.pattern("BYLINE-016")  # 'Jane Doe Follow @janedoe': the network's prompt
        # BYLINE-033: the writer card's contact and share buttons' labels run on after the name
        # (the phrases are stored in lower case; the buttons print their labels capitalised)
        buttons = "|".join(
            re.escape(p[0].upper()) + "(?i:" + re.escape(p[1:]) + ")"
            for p in sorted(rules.phrases("BYLINE-033"), key=len, reverse=True)
        )
        self.contact_buttons = re.compile(rf"(?:\s+(?:{buttons}))+\s*$")
        self.with_pictures = rules.pattern("BYLINE-017")  # 'Jane Doe with photos by John Roe'
        self.roles_in_brackets = roles_in_brackets(rules)  # 'Jane Doe (text) and John Roe (photos)'


def _affiliation(ctx: Context, segment: str) -> bool:
    """A segment that names an outlet or a job title rather than a person."""
    words = segment.lower().replace(",", " ").replace("-", " ").split()  # 'Springfield News-Leader'
    vocab = PASS.setup(ctx).affiliations
    # BYLINE-005's function words ('the', 'for', 'via') join an outlet's name, they name none: 'said it
    # would appeal the ruling.' after a comma is a sentence's predicate, no affiliation
    return bool(words) and len(words) <= 6 and any(w in vocab and w not in _JOINERS for w in words)


_JOINERS = frozenset(("the", "for", "via"))


_HANDLE = re.compile(r"\s*@\w{2,30}\b")  # a social handle printed after the name
# 'Jane Doe (@janedoe)': the handle in brackets closing a line of names (a tweet's signature goes on
# with its date, '— Dana Whitfield (@danawhit) November 19, 2019', and stays with the tweet)
_HANDLE_CLOSING = re.compile(r"\s*\(@\w{2,30}\)\s*$")
# ('Marie Dupont avec AFP', 'Anna Schmidt mit dpa', 'María García con EFE', 'Ana Silva com agências':
# the French, German, Spanish, Italian, Portuguese and Dutch papers' form of 'and agencies')
_AGENCY = (
    r"(?:(?:les|las|den|le|la|l['’])\s*)?(?:agencies|wires|wire\s+services|news\s+agencies|agences|agenturen|"
    r"agencias|ag[êe]ncias|agenzie|persbureaus|reuters|ap|afp|dpa|efe|ansa|lusa|anp|belga|apa|epd|kna|europa\s+press)"
)
# ('Jane Doe with AP, AFP': Euronews names every agency whose copy it used, in a list)
_AGENCIES_TAIL = re.compile(
    r"(?:\s*,\s*|\s+)(?:and|with|&|\+|avec|et|mit|und|con|y|com|e|met|en)\s+"
    rf"{_AGENCY}(?:\s*(?:,|&|\band\b|\bet\b|\bund\b|\by\b|\be\b|\ben\b)\s*{_AGENCY}){{0,3}}\.?$",
    re.IGNORECASE,
)
# 'Jane Doe For Dailymail.com', 'By JANE DOE FOR MAILONLINE': the outlet the writer filed for
_FOR_OUTLET = re.compile(
    r"\s+(?:for|For|FOR|[Ss]pecial\s+to|SPECIAL\s+TO)\s+(?:the\s+|The\s+|THE\s+)?(?:[A-Z][\w.&'’-]*|[a-z][\w-]*\.(?:com|co\.uk|net|org|ie|au))"
    r"(?:\s+(?:and\s+|of\s+(?:the\s+)?|&\s+)?[A-Z][\w.&'’-]*){0,3}\s*$"  # 'The Globe and Mail'
)
# a writer's outlet after the name and before the next writer's ('… For Dailymail.Com and John Roe …')
_FOR_BEFORE_AND = re.compile(
    r"\s+(?:for|For|FOR)\s+(?:the\s+|The\s+|THE\s+)?(?:[A-Z][\w.&'’-]*|[a-z][\w-]*\.(?:com|co\.uk|net|org))"
    r"(?:\s+[A-Z][\w.&'’-]*){0,2}(?=\s+(?:and|AND|&)\s+[A-Z])"
)
_CREDIT_PIECE = re.compile(
    r"^(?:photos?|photographs?|photography|pictures?|images?|video|videos|graphics?|illustrations?|"
    r"design|data|visuals?|(?:with\s+)?additional\s+reporting|with\s+reporting|editing|edited|fotos?|bilder?)"
    r"\s*(?:by\s+|from\s+|:\s*)\S",
    re.IGNORECASE,
)
# a word every picture credit after the names holds: a line without one is not scanned for it
_PICTURE_WORDS = re.compile(r"(?i:photo|foto|pictur|image|bild|video)")
# 'By Jane Doe With Reporting by John Roe': those who helped, run on after the byline's names
_WITH_REPORTING = re.compile(
    r"\s+(?:with|and)\s+(?:additional\s+)?(?:reporting|contributions?|assistance|research)\s+(?:by|from)\s+(?=[A-Z])",
    re.IGNORECASE,
)
# 'Words: Jane Doe, John Roe Photos: John Roe': a picture credit run on after the names, no separator
_CREDIT_AFTER = re.compile(
    r"\s+(?=(?:photos?|photographs?|photography|pictures?|images?|fotos?|bilder?|video)\s*(?:by\s|:))",
    re.IGNORECASE,
)


def _broadcasters(ctx: Context) -> tuple[str, ...]:
    """The outlets of several words among FOOTER-021's ('fox news', 'al jazeera'): a surname may be
    'Fox' or 'Sky', so only the whole name counts."""
    return ctx.rules.memo(
        ("byline.broadcasters",),
        lambda: tuple(sorted((p for p in ctx.rules.phrases("FOOTER-021") if " " in p), key=len, reverse=True)),
    )


def _without_tail(ctx: Context, text: str) -> str:
    """'Jane Doe and John Roe Associated Press' -> 'Jane Doe and John Roe': an outlet printed after
    the names without a comma (up to three capitalised words the affiliation vocabulary knows, or a
    broadcaster's name the source-line vocabulary FOOTER-021 holds: 'Jane Doe Fox News')."""
    low = text.lower()
    for outlet in _broadcasters(ctx):
        if low.endswith(" " + outlet) and len(text) > len(outlet) + 4:
            head = text[: -len(outlet) - 1].rstrip(" ,")
            return head[:-4] if head.endswith(" The") else head  # 'Jane Doe The New York Times'
    if " The " in text:  # 'Jane Doe The New York Times'
        head, _, tail = text.partition(" The ")
        if tail and all(t[:1].isupper() for t in tail.split()) and len(tail.split()) <= 4:
            return head
    head, comma, piece = text.rpartition(", ")
    words = piece.split()
    if comma and head.strip() and 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
        last = words[-1].lower().strip(".,")
        if last in PASS.setup(ctx).affiliations and last not in _JOINERS:
            return head  # 'JANE DOE, GMA Integrated News': the outlet is the whole piece after the comma
    tokens = text.split()
    for k in (3, 2, 1):
        if len(tokens) > k + 1:
            tail = tokens[-k:]
            if all(t[:1].isupper() for t in tail) and all(
                t.lower().strip(".,") in PASS.setup(ctx).affiliations for t in tail
            ):
                return _name_before_masthead(tokens[:-k], tail[-1])
    return text


def run_on_outlet(ctx: Context, text: str) -> str | None:
    """'Jane Doe CNN', 'Jane Doe and John Roe Associated Press', 'Jane Doe The Guardian' -> the names
    before an outlet printed after them with no separator, or None: only a wire or broadcaster the
    agency list knows as a whole (DATELINE-002: 'Reuters', 'AP', in capitals when it is three
    letters or fewer) or an outlet of two words or more by _without_tail ('Fox News', 'The Guardian',
    'Associated Press'); one word of the affiliation vocabulary ('Jane Doe Today') is too loose."""
    tokens = text.split()
    agencies = ctx.rules.phrase_set("DATELINE-002")
    for k in (3, 2, 1):
        if len(tokens) >= k + 2:
            tail = tokens[-k:]
            name = " ".join(tail).strip(".,")
            if name.lower() in agencies and all(t[:1].isupper() for t in tail) and (len(name) > 3 or name.isupper()):
                return " ".join(tokens[:-k]).rstrip(" ,")
    shorter = _without_tail(ctx, text)
    return shorter if shorter != text and len(tokens) - len(shorter.split()) >= 2 else None


# the nouns a paper's name ends in: the capitalised words before one are the paper's too ('Miami
# Herald', 'Tampa Bay Times', 'Example Gazette'), not the writer's
_MASTHEAD = frozenset(
    "times post journal herald tribune gazette chronicle observer telegraph dispatch courier bulletin "
    "register mirror express examiner inquirer".split()
)
_INITIAL = re.compile(r"^[A-Z]\.?$")


def _name_before_masthead(head: list[str], last: str) -> str:
    """'Jane Doe Miami' before 'Herald' -> 'Jane Doe': one writer's name of two words (three with a
    middle initial, 'Michael L. Anderson') before a paper's name whose first words the affiliation
    vocabulary does not know. Names joined by 'and' or commas, and other tails, are left whole."""
    if (
        last.lower().strip(".,") not in _MASTHEAD
        or len(head) < 3
        or any(t.lower() in ("and", "&", "und", "et", "y") or t.endswith(",") for t in head)
    ):
        return " ".join(head)
    size = 3 if _INITIAL.match(head[1]) else 2
    return " ".join(head[:size]) if len(head) > size else " ".join(head)


# the WSJ's follow button after each writer's name ('By Jane Doe Follow and John Roe Follow')
_FOLLOW_BUTTON = re.compile(r"\s+Follow(?=\s*(?:,|&|\band\b|$))")


def _names(ctx: Context, text: str) -> list[str] | None:
    text = _FOLLOW_BUTTON.sub("", text) if "Follow" in text else text
    text = _HANDLE.sub("", _HANDLE_CLOSING.sub("", _AGENCIES_TAIL.sub("", text))).strip()
    text = SOCIAL_TAIL.sub("", text)  # 'By Jane Doe @janedoe Twitter': the network the handle is on
    if " " in text and (buttons := PASS.setup(ctx).contact_buttons.search(text)):
        if len(text[: buttons.start()].split()) >= 2:
            text = text[: buttons.start()]  # 'By Jane Doe Email Twitter': the card's buttons (BYLINE-033)
    if (follow := PASS.setup(ctx).follow.search(text)) and follow.start() > 0:
        text = text[: follow.start()]  # 'By Jane Doe Follow @janedoe', 'Twitter: @janedoe' (BYLINE-016)
    text = _once(text)  # 'By Jane DoeJane Doe': the name printed twice, run together
    shorter = _without_tail(ctx, text)
    if shorter != text:  # an outlet after the names: without it, if the rest is names
        names = _names_of(ctx, shorter)
        if names:
            return names
    return _names_of(ctx, text)


# where each writer filed from ('By Jane Doe in Kyiv and John Roe in Moscow'), a title before a
# name and a degree after it ('Dr. Jane Doe', 'Jane Doe, PhD'): the author is the name alone
# (the Daily Mail capitalises the preposition, 'By Jane Doe In Washington'; a capital 'In' needs a
# place of four letters or more, so a Korean given name, 'Kim In Ho', stays whole)
_IN_PLACE = FILED_IN_PLACE  # shapes.py: the page layer reads author fields with it too
_HONORIFIC = TITLE_BEFORE_NAME  # 'Dr. Jane Doe', 'Rechtsanwalt Jonas Albrecht' (shapes.py)
_DEGREE = re.compile(r",?\s+(?:Ph\.?\s?D\.?|M\.?D\.?|MPH|MBA|M\.?Sc\.?|RN)$")


# the place a writer filed from, after a comma: 'Brüssel', 'de Brasília', 'à Kiev', 'inviato a Kiev'
_FILED_PLACE = re.compile(
    r"^(?:(?:inviat[oa]|envoy[ée]e?\s+sp[ée]ciale?|enviad[oa]\s+especial|correspondant[e]?|corresponsal|"
    r"korrespondent(?:in)?)\s+)?(?:(?:in|aus|from|de|à|a|en|da|desde|em|no|na)\s+)?[A-ZÀ-Ý][\w'’.-]+$"
)


# the writer's paper or agency after a comma, behind 'of' in the paper's language ('Por Ana Silva, da
# Agência Brasil', 'Por Ana Silva, do g1', 'Por María García, de El País', 'di Marco Rossi, dell'Ansa'):
# up to four capitalised words (a paper's name may hold a 'de': 'Folha de S.Paulo'), no person's
_OF_OUTLET = re.compile(
    r"^(?:da|do|dos|das|de|del|de\s+la|della|dell['’]|du|des)\s*(?:[A-ZÀ-Ý][\w'’.&-]*|[a-z]{1,3}\d{1,2})"
    r"(?:\s+(?:(?:de|do|da)\s+)?[A-ZÀ-Ý][\w'’.&-]*){0,3}$"
)


# a place after the names: one capitalised word, or a preposition and up to three ('de Brasília',
# 'do Rio', 'aus Brüssel', 'in New York')
_PLACE_PIECE = re.compile(
    r"^(?:[A-ZÀ-Ý][\w'’.-]+|(?:in|aus|from|de|à|en|da|do|desde|em|no|na|depuis|vanuit|uit)\s+[A-ZÀ-Ý][\w'’.-]+"
    r"(?:\s[A-ZÀ-Ý][\w'’.-]+){0,2})$"
)


# after a lead-in and the names: a place of up to three capitalised words ('New Delhi', 'Rio de Janeiro')
_PLACE_WORDS = re.compile(r"^[A-ZÀ-Ý][\w'’.-]+(?:\s+(?:(?:de|do|da|del|am|upon|on)\s+)?[A-ZÀ-Ý][\w'’.-]+){0,2}$")


def _set_off(core: str, pieces: list[str]) -> bool:
    """Whether the two pieces stand apart by a pipe, a comma or a dash, not by 'for' ('Docker Desktop
    for Linux' is a product, not a writer and a place)."""
    between = core[core.find(pieces[0]) + len(pieces[0]) : core.rfind(pieces[1])].strip()
    return between in ("|", ",", "·", "•", "–", "—", "-", "/")


# a paper named with its article ('Le Figaro', 'El País', 'O Globo', 'Il Sole 24 Ore', 'Die Zeit'),
# in copy of the paper's language: in English copy 'Le' opens Vietnamese names ('Le Thi Hoa')
_ARTICLE_TITLED = re.compile(r"^(?:Le|La|Les|El|Los|Las|O|Il|Der|Die|Das|De)\s+[A-Z]")
_ARTICLE_LANGUAGES = frozenset({"fr", "es", "it", "pt", "de", "nl"})


def in_paper_language(ctx: Context) -> bool:
    """Copy in a language whose papers carry their article in the name ('Le Monde', 'Die Zeit')."""
    return not _ARTICLE_LANGUAGES.isdisjoint((ctx.language or "").split("+"))


def _paper_piece(ctx: Context, piece: str) -> bool:
    """'El Universal', 'La Nación', 'O Globo', 'Il Foglio': a paper named with its article (BYLINE-028,
    whole names only: 'La Liga' after 'Real Madrid' is no paper); BYLINE-005's words know few of them."""
    return _ARTICLE_TITLED.match(piece) is not None and piece.strip().lower() in ctx.rules.phrase_set("BYLINE-028")


# a site by its own spelling and its regional desk ('g1 SP', 'g1 Rio', 'g1 Campinas e Região': the Globo
# network's local newsrooms sign so after the writer's name)
_BRAND_DESK = re.compile(r"[a-z]{1,3}\d{1,2}(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|e|de|do|da)){1,4}")


def _brand_piece(piece: str) -> bool:
    """'g1 SP': a site spelled as it spells itself, then its desk's place."""
    return _BRAND_DESK.fullmatch(piece) is not None and piece.split()[-1][:1].isupper()


# an outlet by its initials after a writer's name ('CNBC', 'NPR', 'WSJ'): two to six capitals, no name
_OUTLET_INITIALS = re.compile(r"[A-Z]{2,6}")


def _names_of(ctx: Context, text: str) -> list[str] | None:
    if (brand := BRAND_TAIL.search(text)) and len(text[: brand.start()].split()) >= 2:
        text = text[: brand.start()]  # 'By Jane Doe FOXBusiness': the outlet, no part of the name (BYLINE-018)
    # ('Por Ana Souza*': Brazilian papers mark an intern's or a guest's name with a footnote star)
    text = _DEGREE.sub("", text.strip().rstrip("*").rstrip())
    places = ctx.rules.phrase_set("BYLINE-021")  # 'By Jane Doe London': the city the writer filed from
    parts = [without_place(_HONORIFIC.sub("", _IN_PLACE.sub("", p)), places) for p in split_names(text)]
    names: list[str] = []
    took: set[int] = set()  # the parts taken as names
    for i, part in enumerate(parts):
        if i > 0 and names and _paper_piece(ctx, part):
            continue  # 'Por María García, El Universal': her paper (BYLINE-028), no second writer
        if _ARTICLE_TITLED.match(part) and in_paper_language(ctx):
            return None  # 'Par Le Figaro avec AFP': a paper's name, not a writer's
        if i > 0 and names and i == len(parts) - 1 and part.lower() in places:
            continue  # 'By Jane Doe, New Delhi', 'Por Ana García, Buenos Aires': a city (BYLINE-021), no writer
        if 0 < i < len(parts) - 1 and i - 1 in took and part.lower() in places:
            continue  # 'Von Anna Schmidt, Berlin, und Peter Müller, Brüssel': each writer's city (BYLINE-021)
        if i > 0 and names and i == len(parts) - 1 and _brand_piece(part):
            continue  # 'Por Ana Silva, g1 SP': the site by its own spelling and its regional desk
        if i > 0 and i - 1 in took and names and _photo_job(ctx, part):
            names.pop()  # 'By Jane Doe, Staff Writer, and John Roe, Staff Photographer': no author (BYLINE-029)
            took.discard(i - 1)
            continue
        if is_name(part) and not _affiliation(ctx, part):
            names.append(natural_case(part))
            took.add(i)
        elif i > 0 and names and (_affiliation(ctx, part) or _BRAND.fullmatch(part)):
            continue  # "Jane Doe, Staff Writer" / "Jane Doe, Associated Press" / 'Maria Silva, g1'
        elif i > 0 and names and _OUTLET_INITIALS.fullmatch(part):
            continue  # 'By Jane Doe, CNBC and John Roe, CNBC': each writer's outlet by its initials (BYLINE-018)
        elif i > 0 and names and i == len(parts) - 1 and _FILED_PLACE.match(part):
            continue  # 'Von Markus Becker, Brüssel', 'Por Ana Souza, de Brasília': where the writer filed from
        elif i > 0 and names and i == len(parts) - 1 and _OF_OUTLET.match(part):
            continue  # 'Por Ana Silva, da Agência Brasil', 'do g1', 'di Marco Rossi, dell'Ansa': her paper
        else:
            return None
    return names or None


def _outlet(ctx: Context, tail: str, loose: bool) -> bool:
    """' For Dailymail.com', ' FOR MAILONLINE', ' for Reuters', and after 'By' ' for The Times': an
    outlet, not the rest of a title ('Meal Prep for A Little More Obsessed')."""
    outlet = tail.strip().split(None, 1)[1] if len(tail.split()) > 1 else ""
    if not outlet:
        return False
    vocab = PASS.setup(ctx).affiliations
    return (
        outlet.isupper()
        or "." in outlet
        or (loose and outlet.lower().startswith("the "))
        or any(w.lower().strip(".,") in vocab for w in outlet.split())
    )


def _stamp_piece(ctx: Context, piece: str) -> bool:
    """'Von Felix Eisenreich // 1. November 2023': the story's date after the names."""
    from . import timestamp

    if not _DIGIT.search(piece):
        return False
    if _COMPACT_AGE.match(piece) is not None or timestamp.is_stamp(ctx, piece):
        return True
    # 'Peter de Vries 05-03-24, 16:12 Laatste update: 16:30' (the AD's): the date, then the update's stamp
    published, updated = _split_update(piece)
    return bool(updated) and timestamp.is_stamp(ctx, published) and timestamp.is_stamp(ctx, updated)


# a stamp's update run on after the published date with no separator ('05-03-24, 16:12 Laatste update:
# 16:30', '5 March 2024, 16:12 Last updated: 16:30')
_UPDATE_LABEL = re.compile(
    r"\s+[-–—|·•]?\s*(?=(?:laatste\s+update|bijgewerkt|last\s+updated?|updated|aktualisiert|"
    r"mis\s+à\s+jour|actualizado|atualizado|aggiornato)\b)",
    re.IGNORECASE,
)


def _split_update(piece: str) -> tuple[str, str]:
    """The published stamp and the update's run on after it; the piece and '' without one."""
    m = _UPDATE_LABEL.search(piece)
    if m is None or m.start() == 0:
        return piece, ""
    return piece[: m.start()], piece[m.end() :]


# the story's age as news aggregators print it beside the names: 'Story by Jane Doe • 3h' (MSN),
# 'By Jane Doe • 12m ago'; alone on a line it is too short to tell from a count, so only here
_COMPACT_AGE = re.compile(r"^\d{1,3}\s?(?:h|hr|hrs|m|min|mins|d|w|mo)(?:\s+ago)?$")


# '5 min read', 'Lesezeit: 4 Minuten', '3 Min. Lesezeit', '3 minute read': a reading time printed beside the names
_READING_TIME = re.compile(
    r"^(?:(?:reading\s+time|lesezeit|lesedauer|temps\s+de\s+lecture|tiempo\s+de\s+lectura)\s*:?\s*)?"
    r"\d{1,3}\s*(?:-\s*)?(?:min(?:ute)?s?|minuten|minutos?)\.?"
    r"(?:\s+(?:read|reading|lesen|lesezeit|lesedauer|de\s+lecture|de\s+lectura|di\s+lettura|de\s+leitura|leestijd))?$",
    re.IGNORECASE,
)
# 'Posted by Jane Doe on November 20, 2019': the date after the names, behind a preposition
_ON_DATE = re.compile(r"\s+(?:on|at|am|le|el|il|em|op)\s+(?=\S*\d|\S+\s+\S*\d)", re.IGNORECASE)


_DANGLING = re.compile(
    r"\s+(?:on|at|am|le|el|il|em|op)(?:\s+(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?)?$",
    re.IGNORECASE,
)  # ('Posted by Jane Doe on Tuesday,' once the date after the weekday was cut)
# a stamp's label run on after the names with no separator, in its capitalised form: what follows
# it (with a digit) is the story's date
_GLUED_LABEL = re.compile(
    r"(?<=[^\W\d_])\s(?:Publié|Mis\s+à\s+jour|Modifié|Updated|Published|Posted|Aktualisiert|Veröffentlicht|Actualizado|"
    r"Publicado|Pubblicato|Aggiornato|Atualizado|Gepubliceerd|Bijgewerkt)\b"
)
# the stamp's label left after the date was cut ('Von A • Aktualisiert am 19.11.2019', 'Par A - Publié
# le 19/11/2019'): with its separator, no piece of the names
_STAMP_LABEL = re.compile(
    r"\s*(?:[|•·—–/]|\s-)\s*(?:last\s+)?(?:updated|published|posted|aktualisiert|veröffentlicht|publié|mis\s+à\s+jour|"
    r"publicado|actualizado|pubblicato|aggiornato|atualizado|gepubliceerd|bijgewerkt|date|datum|fecha)\s*:?$",
    re.IGNORECASE,
)


_DESK_WORDS = frozenset(
    (
        "staff",
        "desk",
        "team",
        "wires",
        "agencies",
        "reporters",
        "newsroom",
        "redaktion",
        "redacción",
        "rédaction",
        "redazione",
        "redactie",
        "redação",
        "redakcja",
    )
)
_ARTICLES = frozenset(("and", "&", "the", "die", "der", "la", "le", "el", "de", "het", "a", "il", "da", "des"))


def _desk_only(ctx: Context, core: str) -> bool:
    """'Reuters Staff', 'Staff and agencies', 'TOI News Desk', 'Redacción BBC News Mundo': outlet and
    desk words only (an outlet's initials count as one: 'TOI', 'HT'), a desk word at one end."""
    tokens = core.replace(",", " ").split()
    words = [t.lower() for t in tokens]
    vocab = PASS.setup(ctx).affiliations
    if not 2 <= len(words) <= 5:
        return False
    if words[-1].strip(".") in _DESK_WORDS:
        rest = tokens
    elif words[0] in _DESK_WORDS and tokens[0][:1].isupper():
        rest = tokens[1:]  # 'Redacción BBC News Mundo': the desk of an outlet named after it
        unknown = [t for t in rest if t.lower().strip(".") not in vocab and not _INITIALS.fullmatch(t)]
        return len(unknown) <= 1 and all(t[:1].isupper() for t in rest)
    else:
        return False
    return all(
        t.lower().strip(".") in vocab or t.lower() in _DESK_WORDS or t.lower() in _ARTICLES or _INITIALS.fullmatch(t)
        for t in rest
    )


# 'By India Today Web Desk', 'By Express News Service', 'By Zee Media Bureau': up to four capitalised
# words ending in a desk's word, after a lead-in (a desk signs; the names are no writer's)
_NAMED_DESK = re.compile(r"^(?:[A-Z][\w.&'’-]*\s+){1,4}(?:Desk|Bureau|Newsroom|News\s+Service|DESK|BUREAU)$")
_INITIALS = re.compile(r"[A-Z]{2,5}")  # an outlet's initials: 'TOI', 'HT', 'NDTV'


def _dated_tail(ctx: Context, core: str) -> int:
    """Where ' on November 20, 2019' starts in 'Jane Doe on November 20, 2019', or -1."""
    m = _ON_DATE.search(core)
    return m.start() if m and _stamp_piece(ctx, core[m.end() :]) else -1


_SLASHED_DATE = re.compile(r"\d{1,4}/\d{1,2}/\d{2,4}")


def _pieces(text: str) -> list[str]:
    """The line split at its separators; a date's slashes ('05/03/2024') are none."""
    if "/" in text and _SLASHED_DATE.search(text):
        masked = _SLASHED_DATE.sub(lambda m: m.group().replace("/", "\x00"), text)
        return [p.replace("\x00", "/") for p in _SEPARATOR.split(masked)]
    return _SEPARATOR.split(text)


# the stamp printed before the byline's 'By' on one line, with no separator: 'Published 5 March 2024
# By Jane Doe', 'Updated March 5, 2024 by Jane Doe'
_STAMP_BY = re.compile(r"^(.{6,60}?\d.{0,30}?)\s+by\s+(?=[A-ZÀ-Þ])", re.IGNORECASE)


def stamp_of(ctx: Context, text: str) -> str | None:
    """The timestamp piece of a byline line ('1. November 2023' in 'Von A // 1. November 2023').

    Of the readings below, the first that prints a year is taken, or else the first found: a
    clock alone ('15:14 Uhr' of 'Anna Meier, 05.03.2024 - 15:14 Uhr', split at its dash) dates
    nothing, where the piece glued after the names does."""
    if not _DIGIT.search(text):
        return None
    found: list[str] = []
    pieces = _pieces(text)
    stamps = [p.strip() for p in pieces if p and _stamp_piece(ctx, p)] if len(pieces) >= 2 else []
    # 'March 5, 2024 | Jane Doe': the date before the name; '04.02.2022 | 13:10 Uhr | Jane Doe': the
    # date and the clock in pieces of their own, read as one stamp
    if stamps:
        found.append(" ".join(stamps))
    # 'By Evan Doe, August 14, 2020 2:30 pm': glued with a comma (BYLINE-004)
    core = _strip_timestamp(ctx, text)
    rest = text[len(core) :].strip(" ,|·•—–-") if core != text and text.startswith(core) else ""
    if rest and _stamp_piece(ctx, rest):
        found.append(rest)
    if (cut := _dated_tail(ctx, text)) > 0:  # 'Posted by Jane Doe on November 20, 2019'
        words = text[cut:].split(None, 1)
        if len(words) > 1:
            found.append(words[1])
    if (before := _STAMP_BY.match(text)) and ctx.uses("TIMESTAMP-014") and _stamp_piece(ctx, before.group(1)):
        found.append(before.group(1))  # TIMESTAMP-014: 'Published 5 March 2024 By Jane Doe', the date before 'By'
    if (glued := _GLUED_DATE.search(text)) and glued.start() > 0:
        # 'Jane Doe, London 19.10.2019, 23:38 Uhr': the date run on after the names with no separator
        rest = text[glued.end() :]
        if (YEAR.search(rest) or _SHORT_DATE.search(rest)) and _stamp_piece(ctx, rest):
            # ('Peter de Vries 05-03-24, 16:12 Laatste update: 16:30': the published date, not its update)
            found.append(_split_update(rest)[0])
    return next((f for f in found if YEAR.search(f)), found[0] if found else None)


def parse(ctx: Context, text: str, *, top: bool) -> list[str] | None:
    """The authors a byline line names, or None when the line is not a byline.

    The headline and byline passes ask about the same opening lines: the answer is kept for the
    article (a copy is handed out)."""
    key = ("byline", text, top)
    found = ctx.answers.get(key, _UNKNOWN)
    if found is _UNKNOWN:
        found = ctx.answers[key] = _parse(ctx, text, top=top)
    return None if found is None else list(found)


_UNKNOWN = object()

# 'ByJane Doe': the lead-in glued to a name in mixed case (ABC News); 'Byron Smith' has no capital after 'By'
_GLUED_BY = re.compile(r"By(?=[A-Z][a-z]+(?:\s+[A-Z]|-))")


# 'Jane DoeNovember 19, 2019': a month's name glued to the writer's, as a page's two spans run together
_GLUED_MONTH = re.compile(
    r"(?<=[a-z])(?=(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d)"
)


# 'Anna SchmidtAktualisiert am 05.03.2024', 'Marie DupontPublié le 5 mars 2024', 'Jane DoeUpdated Mar
# 5, 2024': a stamp's label glued to the writer's name, where the date after it has a digit (BYLINE-004
# cuts an English label glued after a lead-in, not before a bare name)
_GLUED_STAMP_LABEL = re.compile(
    r"(?<=[a-zß-ÿ])(?=(?:Updated|Published|Posted|Publié|Mis\s+à\s+jour|Modifié|Aktualisiert|Veröffentlicht|Actualizado|Publicado|"
    r"Pubblicato|Aggiornato|Atualizado|Gepubliceerd|Bijgewerkt|Stand(?=:))\b[^\d]{0,20}\d)"
)


# a site named as it spells itself, in lower case with a figure or as its address ('g1', 'nu.nl',
# 'Example.com', 'chinadaily.com.cn': a country's code or a generic domain, perhaps under a
# country's, '.co.uk', '.com.au'): an outlet after the writer's name, never a person
_BRAND = re.compile(r"[a-z]{1,3}\d{1,2}|[\w-]{2,30}\.(?:com|net|org|info|news|[a-z]{2})(?:\.[a-z]{2})?")


# the writer's beat or post between the lead-in and the name, ending in a job word in lower case ('By
# political reporter Jane Doe', 'By Europe correspondent Nick Roe', 'By national science, technology
# and environment reporter Jane Doe': the ABC's form; 'Von unserer Korrespondentin Anna Berg')
_JOB_ALTERNATION = "reporter|correspondent|editor|writer|columnist|journalist|producer|analyst|contributor"
_JOB_BEFORE_NAME = re.compile(
    rf"^(?:[\w,'’&-]+\s+){{0,6}}?(?i:{_JOB_ALTERNATION}|korrespondent(?:in|en)?|redakteur(?:in)?|reporterin)s?\s+(?=[A-ZÀ-Þ])"
)
# a lead-in after the story's date on the same line ('Publicado em 05/03/2024 - 22:15 Por Maria Silva',
# Agência Brasil's form; 'Published March 5, 2024 By Jane Doe')
_INNER_LEAD = re.compile(r"\s(?=(?:By|Por|Von|Par|Door|Di)\s*:?\s+[A-ZÀ-Þ])")


# a second sentence about the writer after the byline ('By Jane Doe, a senior reporter covering
# consumer tech. She has been at The Verge since 2019.'): the author card's bio, run on
_BIO_TAIL = re.compile(
    r"(?<=\.)\s+(?:She|He|They)\s+(?:has|have|is|are|was|were|joined|covers?|writes?|previously|also)\b[^.!?]{0,120}\.$"
)


def _parse(ctx: Context, text: str, *, top: bool) -> list[str] | None:
    setup = PASS.setup(ctx)
    if len(text) > 200:
        return None
    if top and ". " in text and (bio := _BIO_TAIL.search(text)) and setup.lead.match(text):
        text = text[: bio.start()]
    if top and _DIGIT.search(text) and (inner := _INNER_LEAD.search(text)) and not setup.lead.match(text):
        if _stamp_piece(ctx, text[: inner.start()].strip(" -–—|·,")):
            return _parse(ctx, text[inner.end() :], top=top)
    if top and (roles := setup.roles_in_brackets.match(text)):
        names = roles.group("names")
        if (led := setup.lead.match(names)) and led.end():
            return _names(ctx, names[led.end() :])  # 'Von Anna Schmidt (Text) und …': the lead-in is no given name
        return bare_names(ctx, names)
    if len(text.split()) > setup.max_words and not (top and _DIGIT.search(text)):
        return None
    if top and (talk := setup.comments.search(text)) and talk.start() > 0:
        text = text[: talk.start()]  # 'March 5, 2024 by Jane Doe Leave a Comment': the comment link (BYLINE-018)
    if top and _DIGIT.search(text):
        text = _GLUED_MONTH.sub(" ", text)
        text = _GLUED_STAMP_LABEL.sub(" ", text)
    if top and _CAMEL_WORD.search(text):
        text = _unglue_card(setup, text)  # 'Jane DoeSenior Reporter': the name and the writer's card apart
    if top and text.startswith("By") and _GLUED_BY.match(text):
        text = "By " + text[2:]  # 'ByJane Doe': ABC News prints the lead-in and the name as two spans
    lead = setup.lead.match(text)
    if not lead and ("|" in text or "/" in text) and _DIGIT.search(text):
        first, _, second = text.partition("|" if "|" in text else "/")
        if setup.lead.match(second.strip()) and _stamp_piece(ctx, first.strip()):
            return _parse(ctx, second.strip(), top=top)  # 'Published: March 5, 2024 | By: Jane Doe': the date first
    core = _strip_timestamp(ctx, text[lead.end() :] if lead else text)
    if len(core.split()) > setup.max_words:
        return None  # a long line is a byline only once the story's date run on after it is cut
    stamped = core != (text[lead.end() :] if lead else text)
    if lead and (job := _JOB_BEFORE_NAME.match(core)) and not ("," in job.group() and job.group()[:1].isupper()):
        # 'By political reporter Jane Doe': the name after the writer's post (a capital before a comma
        # is the Daily Mail's card, 'By JANE DOE, POLITICAL EDITOR FOR THE DAILY MAIL', 'By Jane Doe, US
        # Political Editor For Dailymail.Com': the name, then the post after it)
        core = core[job.end() :]
    if lead and " " in core:
        if (glued := _GLUED_LABEL.search(core)) and (stamped or _DIGIT.search(core, glued.end())):
            core = core[: glued.start()]  # 'Par Jeanne Dupont Publié le 05 mars 2024 à 15h14, modifié le …'
        if (cut := _dated_tail(ctx, core)) > 0:
            core = core[:cut]
        core = _DANGLING.sub("", core)  # 'Jane Doe on' once BYLINE-004 took the date after it
        core = _STAMP_LABEL.sub("", core)
    if lead and _PICTURE_WORDS.search(core) and (credit := setup.with_pictures.search(core)) and credit.start() > 0:
        core = core[
            : credit.start()
        ]  # 'By Jane Doe with photos by John Roe': the photographer is no author (BYLINE-017)
    if lead and (helped := _WITH_REPORTING.search(core)):
        core = core[: helped.start()]  # 'By Jane Doe with reporting by John Roe': the helpers are no authors
    if lead and _PICTURE_WORDS.search(core) and (credit := _CREDIT_AFTER.search(core)):
        core = core[: credit.start()] + " | " + core[credit.end() :]  # 'von Jane Doe Foto: © GEPA'
    if lead and " and " in core.lower() and ("for" in core or "For" in core or "FOR" in core):
        # 'By Jane Doe For Dailymail.Com and John Roe For Mailonline': each writer's outlet (the Daily
        # Mail's two-writer card) goes, the last one as below
        core = _FOR_BEFORE_AND.sub(lambda m: "" if _outlet(ctx, m.group(0), loose=True) else m.group(0), core)
    filed_for = _FOR_OUTLET.search(core)
    if filed_for and _outlet(ctx, filed_for.group(0), loose=lead is not None):
        # the outlet the writer filed for is no name, nor the mark before it ('Jane Doe | Special to …')
        core = core[: filed_for.start()].rstrip(" ,|·•—–-/")
    else:
        filed_for = None
    if lead and (mail := _EMAIL_AFTER.search(core)):
        core = core[: mail.start()]  # 'By Jane Doe, jdoe@example.com': where to write to her, after a comma
    if "for" in core.lower() or any(c in core for c in _SEPARATOR_CHARS) or (", " in core and " by " in core):
        pieces = _pieces(core)
    else:
        pieces = [core]  # what the split gives when no separator is there, without trying every position
    if lead:
        desk = pieces[0].strip(" .").lower()
        if (
            _desk_only(ctx, pieces[0])
            or desk in _DESK_WORDS
            or desk in ctx.rules.phrase_set("FOOTER-021")
            or _NAMED_DESK.match(pieces[0].strip(" ."))
        ):
            return []  # 'Autor: Die Redaktion', 'By Staff and agencies', 'Di Redazione', 'By The Associated Press'
        if len(pieces) == 1 and "," not in core and core != text[lead.end() :] and _affiliation(ctx, pieces[0]):
            return []  # 'Written by Miami Today on November 7, 2023': the outlet signs, with the date
        names = _names(ctx, _FILED_FROM.sub("", pieces[0]))
        if names is None and " with " in pieces[0]:
            # 'By Jane Doe with John Roe': the second writer shares the byline
            head, _, tail = _FILED_FROM.sub("", pieces[0]).partition(" with ")
            first, second = _names(ctx, head), _names(ctx, tail)
            names = first + second if first and second else None
        if (
            names
            and len(pieces) == 2
            and pieces[1]
            and not pieces[1].endswith(".")
            and (_PLACE_PIECE.match(pieces[1]) or _PLACE_WORDS.match(pieces[1]))
            and _set_off(core, pieces)
        ):
            return names  # 'By Rahul Sharma | New Delhi', 'Por Ana García · Madrid': the writer and where they filed
        # after the names: an outlet, a job title, or the credit of someone who is not an author
        # ('Photos by John Roe'): photographers and editors are never authors
        if (
            names
            and all(
                _affiliation(ctx, p)
                or not p
                or _CREDIT_PIECE.match(p)
                or _stamp_piece(ctx, p)
                or _READING_TIME.match(p)
                or _EMAIL.fullmatch(p)  # 'By Jane Doe | jane.doe@example.com': where to write to her
                or _HANDLE.fullmatch(p)  # 'By: Jane Doe - Reporter / @janedoe': her handle
                or _BRAND.fullmatch(p)  # 'By Jane Doe | nu.nl': a site's name as it spells it
                # the city she filed from, closing the pieces ('Por Maria Silva - Repórter da Agência
                # Brasil - Brasília')
                or (k == len(pieces) - 1 and k > 1 and _PLACE_WORDS.match(p) is not None)
                for k, p in enumerate(pieces[1:], 1)
            )
        ):
            return names
        return None
    if top and (YEAR.search(text) or _SHORT_DATE.search(text)) and (names := _dated_name(ctx, text)):
        return names  # 'Jan de Vries 5 maart 2024, 15:14': the writer and the story's date, glued
    if top and "," in core and (cut := core.rsplit(",", 1))[1].strip().lower() in ctx.rules.phrase_set("BYLINE-021"):
        if names := _parse(ctx, cut[0].strip(), top=top):
            return names  # 'Jane Doe, Hindustan Times, New Delhi': the byline, then the city the writer filed from
    if top and len(pieces) == 1 and "," in core:
        head, rest = core.split(",", 1)
        if _stamp_piece(ctx, rest.strip()) and (names := bare_names(ctx, head.strip())):
            return names  # 'Jane Doe, March 5, 2024': the writer and the story's date
        pieces = [p.strip() for p in core.rsplit(",", 1)]
    if top and len(pieces) == 2 and pieces[0] and pieces[1]:
        # 'Jane Doe | March 5, 2024', 'March 5, 2024 | Jane Doe': the writer beside the story's date
        if _stamp_piece(ctx, pieces[1]) and (names := bare_names(ctx, pieces[0])):
            return names
        if _stamp_piece(ctx, pieces[0]) and (names := bare_names(ctx, pieces[1])):
            return names
    if (
        top
        and len(pieces) == 2
        and pieces[0]
        and not pieces[1].endswith(".")  # 'Colaborou Pedro Santos, de Brasília.': a note's sentence
        and (_PLACE_PIECE.match(pieces[1]) or pieces[1].lower() in ctx.rules.phrase_set("BYLINE-021"))
        and _set_off(core, pieces)
    ):
        if names := bare_names(ctx, pieces[0]):
            return names  # 'Ana García | Madrid', 'Ana Souza, de Brasília': the writer and where they filed
    if (
        top
        and not lead
        and len(pieces) == 2
        and pieces[0]
        and pieces[1]
        and _affiliation(ctx, pieces[0])
        and _set_off(core, pieces)
        and (names := bare_names(ctx, pieces[1]))
    ):
        # 'Redacción / María García', 'Associated Press | Jane Doe': the desk, then the writer (BYLINE-018)
        return names
    if top and len(pieces) == 2 and pieces[0] and _paper_piece(ctx, pieces[1]) and _set_off(core, pieces):
        if names := bare_names(ctx, pieces[0]):
            return names  # 'María García | El Universal', 'Ana Silva - O Globo': the writer, then her paper
    if top and len(pieces) == 2 and pieces[0] and pieces[1] and _set_off(core, pieces):
        from . import headline

        if headline.section_name(ctx, pieces[1]) and (names := bare_names(ctx, pieces[0])):
            return (
                names  # 'Jean Dupont - Faits divers', 'Jane Doe | World News': the writer, then the desk (HEADLINE-014)
            )
    if top and len(pieces) == 2 and pieces[1] and _affiliation(ctx, pieces[1]):
        if "bureau" in pieces[1].lower():
            return []  # 'New Delhi, News Nation Bureau': a desk's byline, its city no writer
        names = _names(ctx, pieces[0])
        if names and (last := run_on_outlet(ctx, pieces[1])) and (more := bare_names(ctx, last)):
            return names + more  # 'Jane Doe, John Roe Reuters': the last writer, then the wire
        return names
    if (
        top
        and 3 <= len(pieces) <= 4
        and all(p and (_affiliation(ctx, p) or _HANDLE.fullmatch(p) or _EMAIL.fullmatch(p.strip())) for p in pieces[1:])
        and any(_affiliation(ctx, p) for p in pieces[1:])
    ):
        # 'Jane Doe | Reporter | The Denver Post', '… | @janedoe': a writer's card
        return bare_names(ctx, pieces[0])
    if top and _DIGIT.search(text) and 3 <= len(whole := _pieces(text.strip())) <= 4:
        if names := _card_with_date(ctx, [p.strip() for p in whole]):
            return names  # '5 March 2024 | Jane Doe | Politics': the date, the writer and the section
    if top and not lead and stamped and core.rstrip().endswith(_SEPARATOR_CHARS) and len(pieces) == 2:
        # 'Jane Doe / March 5, 2026 / 4:15 PM / CBS News': the name, then the date cut off after the separator
        return bare_names(ctx, pieces[0])
    if top and len(pieces) == 2 and _READING_TIME.match(pieces[1]) and "," not in pieces[0]:
        return _names(ctx, pieces[0])  # 'Jane Doe · 5 min read': one writer and the reading time
    if top and len(pieces) == 1 and (" reports" in core or " writes" in core) and (m := _REPORTS.match(core)):
        return bare_names(ctx, m.group("names"))  # 'Jane Doe reports from Kyiv', 'Jane Doe writes' (the BBC's form)
    if top and len(pieces) == 1 and core.endswith(")") and (m := _BRACKET_TAIL.search(core)) and m.start() > 0:
        inner = m.group("inner").strip()
        if _affiliation(ctx, inner) or _BRACKET_PLACE.match(inner):
            return bare_names(ctx, core[: m.start()])
    if top and stamped and len(pieces) == 1 and (shorter := _without_tail(ctx, core)) != core:
        if names := bare_names(ctx, shorter):
            return names  # 'Jane Doe USA TODAY Published 10:00 a.m. ET …': the outlet, then the date
    if top and len(pieces) == 1 and (names := _titled_name(ctx, core)):
        return names  # 'Jane Doe Senior Contributor': a writer's card, the job title under the name run on
    if top and len(pieces) == 1 and _desk_only(ctx, core):
        return []  # 'Reuters Staff', 'Staff and agencies', 'AP Sports Desk': a desk's byline, no writer
    if top and len(pieces) == 1 and (_AGENCIES_TAIL.search(core) or filed_for):
        return _names(ctx, core)  # 'Jane Doe and agencies', 'Jane Doe For Dailymail.com'
    return None


def _card_with_date(ctx: Context, pieces: list[str]) -> list[str] | None:
    """'5 March 2024 | Jane Doe | Politics', 'Politics · Jane Doe · March 5, 2024 · 3 min read': one
    piece a writer's name, one the story's date, and the others a section's or outlet's words or the
    reading time. Nothing else: a piece of prose or a second name-shaped piece ('Jane Doe | Cleveland
    Cavaliers | March 5, 2024': a team, a venue) and the line is no byline."""
    rules = ctx.rules
    sections = rules.memo(
        ("byline.sections",), lambda: rules.phrase_set("HEADLINE-006") | rules.phrase_set("HEADLINE-011")
    )
    named: list[str] = []
    dated = False
    for piece in pieces:
        if not piece:
            return None
        if _stamp_piece(ctx, piece):
            dated = True
        elif _READING_TIME.match(piece) or _affiliation(ctx, piece):
            continue
        elif all(w in sections for w in piece.lower().split()):
            continue
        elif not named and (found := bare_names(ctx, piece)):
            named = found
        else:
            return None
    return named if dated and named else None


# the words of a job title a writer's card prints after the name without a comma; outlets' words
# ('Times', 'Post') are left out: 'New York Times' is no writer called 'New York'
_JOB_WORDS = frozenset(
    "staff senior chief political special contributing freelance contributor correspondent reporter writer "
    "editor columnist journalist".split()
)


# a word in capitals run on after a word in lower case ('DoeSenior', 'DoeReuters', 'DoeCNN')
_CAMEL_WORD = re.compile(r"(?<=[a-zß-ÿ])(?:[A-Z][a-zß-ÿ]+|[A-Z]{2,}(?![a-z]))")


def _unglue_card(setup: _Setup, text: str) -> str:
    """'Jane DoeSenior Reporter', 'By Jane DoeReuters': a job title or an outlet run on after the
    surname with no space, as a page's two spans run together, set apart. Only a word of the
    affiliation vocabulary (BYLINE-005) is: 'McDonald', 'DeSantis', 'LaGuardia' stay whole."""
    return _CAMEL_WORD.sub(lambda m: " " + m.group() if m.group().lower() in setup.affiliations else m.group(), text)


def _titled_name(ctx: Context, core: str) -> list[str] | None:
    tokens = core.split()
    for k in (3, 2, 1):
        if len(tokens) in (k + 2, k + 3) and all(t[:1].isupper() for t in tokens[-k:]):
            if all(t.lower() in _JOB_WORDS for t in tokens[-k:]) and tokens[-1].lower() not in ("senior", "chief"):
                return bare_names(ctx, " ".join(tokens[:-k]))
    return None


_LOW_PARTICLES = frozenset("van von de der den da del della di du la le ter ten dos das".split())


def bare_name(ctx: Context, text: str, *, particles: bool = False) -> str | None:
    """A line that is a person's name and nothing else ('Jane Doe'): a byline when it stands in
    the opening between the title and the copy. ``particles``: a surname's particle in lower case
    may stand inside ('Sanne de Vries'), where something else says the line names a writer (a
    lead-in alone on the line above, a signature's label): alone, 'Tour de France' or 'Raad van
    State' has the same shape."""
    from .learned import STOPWORDS

    core = _HANDLE.sub("", text).strip()
    tokens = core.split()
    # a surname's particle in lower case between capitalised words ('Sanne de Vries', 'Jan van der
    # Berg', 'María de la Fuente'): the Dutch, German and Spanish form; two at most, and the name
    # keeps two or three capitalised words besides
    low = [particles and 0 < k < len(tokens) - 1 and t in _LOW_PARTICLES for k, t in enumerate(tokens)]
    if (
        not 2 <= len(tokens) - sum(low) <= 3
        or sum(low) > 2
        or core.isupper()
        or any(
            # a surname's particle, capitalised, inside a name ('Verónica De Vita', 'Jan Van Dijk') is
            # no function word there ('Casa de Campo' is a place)
            t.lower() in STOPWORDS
            and not low[k]
            and not (0 < k < len(tokens) - 1 and t[:1].isupper() and t.lower() in PARTICLES)
            for k, t in enumerate(tokens)
        )
    ):
        return None  # 'More From Politics', 'SCORES QUARANTINED': labels, not names
    if len(tokens[-1].strip(".")) < 2:
        return None  # 'Facebook T': a surname is more than an initial (a cut share label)
    if any(low) and _institution(ctx, tokens[0]):
        return None  # 'Raad van State', 'Tour de France': an institution or an event, not a writer (BYLINE-030)
    if _split_capitals(tokens):
        return None  # 'FINA Weltmeisterschaften VERSCHOBEN': a headline with acronyms, no name
    headings = ctx.rules.phrase_set("BYLINE-020")
    if any(t.lower().strip(".,") in headings for t in tokens):
        return None  # 'Tourist Information', 'Repeat Chorus': a heading of the copy (BYLINE-020)
    module = ctx.rules.pattern("RELATED-002").match(core)
    if module is not None and module.end() == len(core):
        return None  # 'Up Next', 'Read Next', 'Must Read': a related module's header (RELATED-002)
    if core.lower() in ctx.rules.phrase_set("BYLINE-021"):
        return None  # 'New York', 'Hong Kong': a city a writer files from (a dateline or a section), no writer
    if core.lower() in ctx.rules.phrase_set("FOOTER-021"):
        return None  # 'Agence France-Presse', 'Europa Press', 'Deutsche Welle': an agency's name, no writer's
    if tokens[0].lower().rstrip(".") in ctx.rules.param("BYLINE-020", "offices"):
        return None  # 'Mayor John Roe', 'Bürgermeisterin Anna Weber': a person of the story, by office
    if len(tokens[0]) > 7 and tokens[0].lower().endswith(tuple(ctx.rules.param("BYLINE-020", "adjective_endings"))):
        return None  # 'Diakonisches Profil', 'Politische Bildung': an adjective, no given name ends so
    if is_name(core) and not _affiliation(ctx, core) and not core.endswith((".", ":", "?", "!")):
        return natural_case(core)
    return None


def _institution(ctx: Context, word: str) -> bool:
    """'Raad', 'Tour', 'Banco': the first word of an institution's, a place's or an event's name with a
    particle ('Raad van State', 'Tour de France', 'Banco de España'), no given name (BYLINE-030)."""
    return word.lower().strip(".,") in ctx.rules.phrase_set("BYLINE-030")


def _split_capitals(tokens: list[str]) -> bool:
    """Words in capitals on both sides of a word that is not: a name prints its surname in capitals
    in one run ('Jean DUPONT', 'Jean-Claude VAN DAMME', 'DUPONT Jean'), a headline its acronyms and
    a shouted word wherever they fall. Initials ('J. Robert OPPENHEIMER') are no word in capitals."""
    caps = [t.isupper() and len(t.strip(".,'’-")) >= 2 for t in tokens]
    if True not in caps:
        return False
    first = caps.index(True)
    last = len(caps) - 1 - caps[::-1].index(True)
    return not all(caps[first : last + 1])


_PROSE_WORDS = 20  # a paragraph of copy: a byline stands above the copy, never under it


def _credits_line(ctx: Context, block: Block) -> bool:
    """'(Reporting by …; editing by …)' or a credited picture caption: no copy, and a later pass
    takes it (so a second cleaning, without it, must judge the lines under it the same way)."""
    if ctx.rules.pattern("CREDITS-001").search(block.text[:60]) is not None:
        return True
    return caption.find_credit(ctx, block.text) is not None


_REPEAT = re.compile(r"^(.{4,}?)\s*\1$")


def _once(text: str) -> str:
    """A name printed twice and run together, once ('Jane DoeJane Doe': the writer's link and the
    text of their picture); any other line as it is."""
    repeat = _REPEAT.match(text)
    return repeat.group(1).strip() if repeat and " " in repeat.group(1) else text


def bare_names(ctx: Context, text: str, *, caps_ok: bool = False, particles: bool = False) -> list[str] | None:
    """A line of names and nothing else ('Jane Doe', 'Kevin Johnson and Kevin McCoy', 'A, B and
    C'): the byline of a page that prints its writers without 'By'. ``caps_ok``: a line in capitals
    ('JANIE HAR') counts, where something else says it is a byline (the story's date beside it)."""
    core = _HANDLE.sub("", _HANDLE_CLOSING.sub("", text)).strip()
    if core.endswith((".", ":", "?", "!")):
        return None
    core = _once(core)
    from . import headline

    if headline.nav_label(ctx, core):
        return None  # 'Donate Now', 'Find Us': a menu's label in a name's shape (HEADLINE-008)
    if core.isupper():
        if not caps_ok or not core.replace(" ", "").replace("-", "").replace("'", "").isalpha():
            return None
        core = " ".join(w.capitalize() for w in core.split())
    parts = split_names(core)
    if not 1 <= len(parts) <= 4:
        return None
    if " in " in core or " aus " in core:
        # The Guardian's 'Julian Borger in Washington', 'Jane Doe in Kyiv and John Roe in Moscow', the
        # German papers' 'Anna Berg aus Berlin':
        # each writer with the city they filed from, all of them or none
        placed = [_IN_PLACE.sub("", part) for part in parts]
        if all(p != part for p, part in zip(placed, parts, strict=True)):
            parts = placed
    # 'Ana García Madrid': a name of two words and the city the writer filed from (BYLINE-021)
    places = ctx.rules.phrase_set("BYLINE-021")
    parts = [without_place(part, places) if len(part.split()) == 3 else part for part in parts]
    if len(parts) > 1 and parts[-1].lower() in places:
        parts = parts[:-1]  # 'Jane Doe, New Delhi': the city closing the names is no writer
    names = [bare_name(ctx, part, particles=particles) for part in parts]
    return names if all(names) else None  # type: ignore[return-value]


def _note_stamp(ctx: Context, text: str) -> None:
    """The date a byline carries ('Jane Doe | Nov 20, 2019') is the story's published (or updated)
    stamp, when the timestamp pass, which never sees the lifted line, has none."""
    piece = stamp_of(ctx, text)
    if piece is None:
        return
    from . import timestamp

    at = text.find(piece)
    if at > 0 and (label := _UPDATE_BEFORE.search(text, 0, at)) is not None:
        piece = f"{label.group(0).strip()} {piece}"  # 'Jean Dupont Mis à jour le 05/03/2024': the update's date
    timestamp.note_stamp(ctx, piece)


# an update's label right before the date a byline carries ('Jean Dupont Mis à jour le …', 'Anna
# Schmidt Aktualisiert am …'): the date is when the story was updated, not published
_UPDATE_BEFORE = re.compile(
    r"(?:last\s+updated?|updated?|mis\s+à\s+jour(?:\s+le)?|aktualisiert(?:\s+am)?|actualizado(?:\s+el)?|"
    r"aggiornato(?:\s+il)?|atualizado(?:\s+em)?|bijgewerkt(?:\s+op)?)\s*:?\s*$",
    re.IGNORECASE,
)


_BULLET = re.compile(r"^[-–—•*·]\s+(?=\S)")


def _next_to_stamp(ctx: Context, opening: list[Block], i: int) -> bool:
    """Whether the line above or under opening[i] is a timestamp ('Nov. 20, 2019', 'Updated …')."""
    from . import timestamp

    return any(
        0 <= j < len(opening) and opening[j].words <= 12 and timestamp.is_stamp(ctx, opening[j].text)
        for j in (i - 1, i + 1)
    )


def _over_card(ctx: Context, opening: list[Block], i: int) -> bool:
    """'Jane Tan' / 'Senior Correspondent' / 'UPDATED MAR 05, 2024' (The Straits Times), 'Jane Tan' /
    'in Hong Kong' / 'Published: 10:15pm, 5 Mar 2024' (the SCMP): over the writer's job title or the
    city filed from, and the story's date under that, a name opening a dump that has no title is the
    byline; a title never stands over a job title."""
    if not _stamp_two_under(ctx, opening, i):
        return False
    under = opening[i + 1].text.strip()
    job = _HANDLE.sub("", under).strip()  # 'Political reporter @janedoe' (Sky News's card): her handle after it
    return (
        _FILED_LINE.match(under) is not None
        or (len(job.split()) <= 4 and _job_line(ctx, job))
        or under.lower() in ctx.rules.phrase_set("BYLINE-021")  # 'Ana García' / 'Barcelona' / the date
    )


def _stamp_two_under(ctx: Context, opening: list[Block], i: int) -> bool:
    """Whether the line two under opening[i] is the story's date (the line between is the writer's card)."""
    from . import timestamp

    return i + 2 < len(opening) and opening[i + 2].words <= 12 and timestamp.is_stamp(ctx, opening[i + 2].text)


def _job_line(ctx: Context, text: str) -> bool:
    """'Senior Correspondent', 'Political editor': a writer's job title alone on its line."""
    return not text.endswith((".", ":", "?", "!")) and _JOB_WORD.search(text) is not None and _affiliation(ctx, text)


def _job_card_line(ctx: Context, text: str) -> bool:
    """'Political correspondent', 'verslaggever Binnenland', 'correspondent Midden-Oosten', 'redacteur
    Economie': a writer's job title alone on its line, the job word last (_job_line) or first with the
    desk or the region after it (the Dutch and Belgian papers' card), up to four words."""
    text = text.strip()
    words = text.split()
    if not 1 <= len(words) <= 4 or text.endswith((".", ":", "?", "!")) or _DIGIT.search(text):
        return False
    return _job_line(ctx, text) or (_JOB_WORD.search(words[0]) is not None and _affiliation(ctx, text))


def _name_and_job(ctx: Context, text: str) -> list[str] | None:
    """'Jane Doe Environment correspondent', 'Jane Doe Political editor' (The Guardian's byline card):
    a name and the writer's job title run on after it, one to four words ending in a job word."""
    words = text.split()
    if not 3 <= len(words) <= 7 or not words[-1].islower() or _JOB_WORD.search(text) is None:
        return None  # the job word in lower case, as the card prints it ('… Environment Correspondent' heads a story)
    for cut in range(2, min(4, len(words) - 1) + 1):
        if len(words) - cut <= 3 and (names := bare_names(ctx, " ".join(words[:cut]))):
            return names
    return None


# a job title's last word ('Senior Correspondent'), in the languages of the packs too ('Jornalista',
# Expresso's card; 'Redakteurin', 'Journaliste', 'Periodista', 'Giornalista', 'Verslaggever')
_JOB_WORD = re.compile(
    rf"(?i:\b(?:{_JOB_ALTERNATION}|jornalista|periodista|giornalista|journaliste|journalistin|redakteur(?:in)?|"
    r"reporterin|korrespondent(?:in)?|rédact(?:eur|rice)|redactor(?:a)?|redator(?:a)?|corresponsal|correspondant(?:e)?|"
    r"correspondente|corrispondente|verslaggever|redacteur)s?)$"
)


def _over_place_and_stamp(ctx: Context, opening: list[Block], i: int) -> bool:
    """'JANE DOE' / 'OTTAWA' / 'PUBLISHED MARCH 5, 2024' (The Globe and Mail's form): the city the
    writer filed from, in capitals and alone on its line, between the name and the story's date; under
    a name in capitals the city may be in mixed case ('JANE DOE' / 'Madrid' / 'Actualizado …', El Mundo's)."""
    if not _stamp_two_under(ctx, opening, i):
        return False
    place = opening[i + 1].text.strip()
    capitals = opening[i].text.strip().isupper() and all(w[:1].isupper() for w in place.split())
    return (
        (place.isupper() or capitals)
        and 1 <= len(place.split()) <= 3
        and not _DIGIT.search(place)
        and not place.endswith((".", ":", "?", "!"))
    )


def _outlet_caps(ctx: Context, text: str) -> bool:
    """'USA TODAY', 'CBS NEWS': an outlet the affiliation vocabulary knows, in capitals on its own line."""
    return text.isupper() and _outlet_line(ctx, text) and _affiliation(ctx, text)


def _outlet_line(ctx: Context, text: str) -> bool:
    """'USA TODAY', 'Associated Press': the outlet a bare byline's writers work for, on its own line."""
    words = text.split()
    if not 1 <= len(words) <= 4 or "," in text or text.endswith((".", ":", "?")):
        return False  # 'BAAR, SWITZERLAND': a place line under the byline is the dateline's
    if _DIGIT.search(text):
        return False  # '03/05/2024 10:15 PM EST' (Politico's) is in capitals too: the story's date, no outlet
    return text.isupper() or _affiliation(ctx, text)


# a picture's credit, never a writer's line: the credit label ('Credit...Jane Doe for The New York
# Times', the NYT's form) and, under a paragraph of the copy, a name and an agency joined by a slash
# with no space ('Jane Doe/Reuters': wires print photographers so; writers go by 'By' or a comma)
_CREDIT_LABEL = re.compile(
    r"^(?:(?:(?:photo|image|picture)\s+)?credits?\s*(?:\.{2,}|…|:)|(?:bild)?quelle\s*:|fonte\s*:|fuente\s*:|bron\s*:)",
    re.IGNORECASE,
)  # ('Quelle: dpa/Kay Nietfeld' under a picture, Die Welt's and t-online's: the picture's source)
_SLASH_CREDIT = re.compile(r"^(?!by\s)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}/[A-Z]", re.IGNORECASE)
# a wire's picture credit, the agency in capitals before the photographer ('REUTERS/Jane Doe',
# 'EPA-EFE/Jane Doe', 'AFP/Jane Doe'): no byline is printed so
_AGENCY_FIRST = re.compile(r"^(?:REUTERS|AFP|AP|EPA(?:-EFE)?|EFE|ANSA|XINHUA|AAP|IMAGO|SIPA|ANP|MTI)\s*/\s*[A-Z]")
# 'Jane Doe for The New York Times' with no lead-in: under a picture's caption, the NYT's credit of
# its photographer (a writer's byline says 'By')
_FOR_CREDIT = re.compile(r"^(?!(?i:by)\s)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}\s+for\s+(?:the\s+|The\s+)?[A-Z]")


def _under_caption(ctx: Context, opening: list[Block], i: int) -> bool:
    """Whether opening[i] stands under a picture's caption: a sentence of five to 19 words (a
    standfirst of 20 or more is prose, under which a byline may stand) that is not the title."""
    if i < 1 or opening[i - 1] is ctx.title_candidate:
        return False
    above = opening[i - 1]
    return 5 <= above.words < _PROSE_WORDS and ends_sentence(above.text)


# a wire's credits line by role ('Reporting by …; Editing by …'): under a paragraph of copy it
# closes the story (the opening runs to the end of copy written in paragraphs under 30 words)
_ROLE_CREDITS = re.compile(r"^[(\[]?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|compiling)\s+by\b", re.I)
# a second role after a semicolon ('Reporting by Jane Doe; Editing by John Roe'): the wire's credits
# line wherever it stands, also under copy in paragraphs too short to close the opening (wire style)
_SECOND_ROLE = re.compile(r";\s*(?:additional\s+)?(?:reporting|writing|editing|edited|compiled|compiling)\s+by\b", re.I)


class Byline(Pass[_Setup]):
    family = "byline"
    emits = ("BYLINE-001", "BYLINE-002", "BYLINE-010", "BYLINE-012", "BYLINE-014", "BYLINE-029")

    def prepare(self, ctx: Context) -> _Setup:
        return _Setup(ctx)

    def run(self, ctx: Context) -> None:
        setup = self.setup(ctx)
        # a long credits line or caption does not close the opening: a later pass removes it, and a
        # second cleaning would find the byline under it
        opening = ctx.opening(lambda b: _credits_line(ctx, b))
        bare: list[tuple[int, list[str]]] = []  # BYLINE-010's bare names, judged together below
        takes: list[tuple[int, list[str], str]] = []  # the bylines the line's own grammar names
        long_above = copy_above = 0  # paragraphs of 20 words or more above the line; of them, copy
        spans: dict[int, int] = {}  # BYLINE-014: where a byline split over lines starts -> where it ends
        for i, block in enumerate(opening):
            if i and opening[i - 1].words >= _PROSE_WORDS:
                long_above += 1
                copy_above += not _credits_line(ctx, opening[i - 1])
            if copy_above >= 2:
                break  # under two paragraphs of copy (each under 30 words, wire style): no opening any more
            if any(k < i < end for k, end in spans.items()):
                continue  # a line of a split byline already read
            if block.words > setup.block_max_words:
                continue
            if not long_above and (split := _split_byline(ctx, opening, i)):
                spans[i], names = split
                takes.append((i, names, "BYLINE-014"))
                continue
            if caption.control_beside(ctx, block):
                continue  # 'Jane Doe/AP' over 'hide caption' (NPR's pictures): a photographer, never a writer
            if dateline.match(ctx, block.text):
                continue  # 'SAN FRANCISCO — Officials said …' opens the copy; the place is not a name
            if (
                _CREDIT_LABEL.match(block.text)
                or _AGENCY_FIRST.match(block.text)
                or (_SLASH_CREDIT.match(block.text) and (long_above or caption.FILE_PICTURE.search(block.text)))
                or caption.PICTURE_LIBRARY.search(block.text)  # 'Jane Doe / AFP via Getty Images'
            ):
                continue  # a picture's credit ('Credit...Jane Doe', 'Jane Doe/Reuters' under a paragraph)
            if _under_caption(ctx, opening, i) and (_SLASH_CREDIT.match(block.text) or _FOR_CREDIT.match(block.text)):
                continue  # a caption, then 'Jane Doe/AP' or 'Jane Doe for The New York Times': its photographer
            if _ROLE_CREDITS.match(block.text) and (long_above or _SECOND_ROLE.search(block.text)):
                continue  # 'Reporting by Jane Doe; Editing by John Roe' under the copy: its credits, no byline
            if _scene_and_credit(ctx, block.text):
                continue  # 'Troops march in the parade. REUTERS/John Doe': a caption, its photographer no writer
            if (card := _photographer_card(ctx, opening, i)) is not None:
                spans[i] = card + 1  # 'John Roe' / 'Staff Photographer': the pictures' credit (BYLINE-029)
                continue
            names = parse(ctx, block.text, top=True)
            rule = "BYLINE-001" if setup.lead.match(block.text) else "BYLINE-002"
            if names == []:  # a desk's byline: the line goes, and names no author
                ctx.remove(block, rule)
                _note_stamp(ctx, block.text)  # 'Written by Miami Today on November 7, 2023': its date
                continue
            if not names:
                # only while no byline was found (above it, or before this pass)
                if (
                    not takes
                    and (not ctx.metadata.authors or _known_writers(ctx, block.text))
                    and (found := _bare_byline(ctx, opening, i)) is not None
                ):
                    bare.append((i, found))
                continue
            takes.append((i, names, rule))
        # names down a list (a line-up, a table, features): no byline there; nor where one name-shaped
        # line is a heading the copy speaks of ([] from _bare_byline): the others are its peers. A name
        # under two sentences of copy is in the copy. It is no peer of names above any sentence (a
        # speaker's name down the story does not unseat the byline under the title), unless printed
        # again from up there (a repeated heading); among names between sentences it is one more
        # heading of the list ('Zielgenaue Ansprache' / a sentence / 'Schnelle Kampagnen' / …).
        top = [(i, names) for i, names in bare if _sentences_above(ctx, opening, i) < 2]
        peers = bare
        if all(_sentences_above(ctx, opening, i) == 0 for i, _ in top):
            heads = {opening[i].text.strip() for i, _ in top}
            peers = [(i, names) for i, names in bare if (i, names) in top or opening[i].text.strip() in heads]
        if not _names_list(opening, peers) and all(names for _, names in top):
            takes.extend((i, names, "BYLINE-010") for i, names in top)
        takes = _without_people_lists(ctx, opening, takes)
        for i, names, rule in sorted(takes, key=lambda t: t[0]):
            if rule == "BYLINE-014":
                for block in opening[i + 1 : spans[i]]:
                    ctx.lift(block, rule, "authors")  # the byline's other lines go with its first
                _take(ctx, opening, i, names, rule, last=spans[i] - 1)
            else:
                _take(ctx, opening, i, names, rule)
        if not ctx.metadata.authors:
            _under_standfirst(ctx)


_CARD_SEPARATORS = (",", "|", " - ", " – ", " — ", "·", "•")


def _photo_job(ctx: Context, text: str) -> bool:
    """'Staff Photographer', 'Fotografin', 'Photographe': a photographer's job title, whole (BYLINE-029)."""
    text = text.strip()
    return len(text.split()) <= 4 and ctx.rules.pattern("BYLINE-029").match(text) is not None


def _photographer_card(ctx: Context, opening: list[Block], i: int) -> int | None:
    """BYLINE-029: a photographer's card at opening[i], a name over a photographer's job title ('John
    Roe' / 'Staff Photographer') or with it on the line after a separator ('John Roe, Staff
    Photographer'): the name goes to credits (other, 'photography'), never to authors, and the card's
    lines are lifted. The index of the card's last line, or None."""
    block = opening[i]
    text = block.text.strip()
    names, last = None, i
    if i + 1 < len(opening) and _photo_job(ctx, opening[i + 1].text):
        names, last = bare_names(ctx, text, caps_ok=True, particles=True), i + 1
    if names is None and len(text.split()) <= 10:
        for sep in _CARD_SEPARATORS:
            head, found, tail = text.rpartition(sep)
            if (
                found
                and _photo_job(ctx, tail)
                and (names := bare_names(ctx, head.strip(), caps_ok=True, particles=True))
            ):
                break
    if not names:
        return None
    if ctx.metadata.credits is None:
        ctx.metadata.credits = Credits(text=", ".join(b.text.strip() for b in opening[i : last + 1]))
    shot = ctx.metadata.credits.other.setdefault("photography", [])
    shot.extend(n for n in names if n not in shot)
    for k in range(i, last + 1):
        ctx.lift(opening[k], "BYLINE-029", "credits")
    return last


def _known_writers(ctx: Context, text: str) -> bool:
    """The line names the writers already found (by the author box under the name: 'Jane Doe' /
    'Forbes Staff' / 'Jane Doe is a Forbes reporter covering markets.'): the same byline, printed again."""
    names = bare_names(ctx, text)
    known = {a.casefold() for a in ctx.metadata.authors}
    return bool(names) and all(n.casefold() in known for n in names)


def _bare_byline(ctx: Context, opening: list[Block], i: int) -> list[str] | None:
    """BYLINE-010: the names of opening[i] when it is a bare name between the title and the copy
    (the title is the first line), or alone right above the copy; the outlet may stand on the line
    under it. Next to the story's date, a name in capitals ('JANIE HAR') or with a list mark is one too. [] for a
    name-shaped heading the copy speaks of, under the title: no bare name of the opening is a byline then."""
    block = opening[i]
    if _under_colon(opening, i) or (i > 0 and opening[i - 1].lower.strip() in _JOINS):
        return None  # ('and' / 'John Roe': the tail of names split over lines, BYLINE-014's to judge whole)
    dated = _next_to_stamp(ctx, opening, i) or _over_place_and_stamp(ctx, opening, i)
    # 'Jane Doe' / 'USA TODAY': a name over the outlet in capitals opens the dump as its byline
    card = i == 0 and (_over_card(ctx, opening, i) or (len(opening) > 2 and _outlet_caps(ctx, opening[1].text)))
    # 'Jane Doe' / 'Springfield News-Leader' (Gannett's papers): a name over its paper, in any case
    card = card or (i == 0 and len(opening) > 2 and _outlet_line(ctx, opening[1].text))
    if not (
        (
            0 < i
            or len(opening) == 2
            or (dated and block is not ctx.title_candidate)
            or card
            or (dated and _name_and_job(ctx, block.text) is not None)
            or _over_headline(ctx, opening, i)
        )
        and i < len(opening) - 1
        # '…giant / Home Depot / are dropping…'; a date under the name may be in lower case, and so
        # may the place the writer filed from ('Jane Doe' / 'in Hong Kong', the SCMP's form)
        and (
            not opening[i + 1].text[:1].islower()
            or dated
            or _FILED_LINE.match(opening[i + 1].text)
            or _EMAIL.fullmatch(opening[i + 1].text.strip())  # 'Jane Doe' / 'jane.doe@example.com'
            or _job_card_line(ctx, opening[i + 1].text)  # 'Jan van den Bosch' / 'verslaggever Binnenland'
        )
        and not any(b.words >= _PROSE_WORDS and not _credits_line(ctx, b) for b in opening[:i])
    ):
        return None
    # under a lead-in alone on its line ('Door' / 'Sanne de Vries') a surname's particle in lower case is a name's
    # so is one over the writer's job title ('Jan van den Bosch' / 'verslaggever Binnenland', NOS's card) or
    # over the outlet over the date ('Sanne de Jong' / 'Omroep Brabant' / the date); next to the date
    # alone it is not ('Tag der Arbeit' / '05.03.2024': an event), unless glued to it (_dated_name)
    job_under = i + 1 < len(opening) and (
        _job_card_line(ctx, opening[i + 1].text)
        or (_stamp_two_under(ctx, opening, i) and _outlet_line(ctx, opening[i + 1].text))
    )
    led = (i > 0 and _lone_lead(ctx, opening[i - 1])) or job_under
    found = bare_names(ctx, block.text, particles=led) or bare_names(ctx, _strip_timestamp(ctx, block.text))
    if not found and dated and (contact := _CONTACT_TAIL.search(block.text)) and contact.start() > 0:
        # 'Jane Doe jdoe@example-news.com' (the BLOX papers'), 'Jane Doe@JANEDOE' (CNBC's): the name and
        # where to reach her, next to the date
        found = bare_names(ctx, block.text[: contact.start()])
    if not found and dated:
        found = _name_and_job(ctx, block.text)  # 'Jane Doe Environment correspondent' over the date
    if not found and card and block.text.isupper():
        # 'ANA GARCÍA' / 'Madrid' / the date (El Mundo's card): the name in capitals over the city
        found = bare_names(ctx, block.text, caps_ok=True)
    if not found and not dated and block.text.isupper() and _caps_anchored(ctx, opening, i):
        # 'By' / 'JANE DOE', 'JANE DOE' / 'Associated Press': a name in capitals under a lone lead-in or
        # over the writer's outlet or job title is a byline as surely as one beside the date
        found = bare_names(ctx, block.text, caps_ok=True)
    if not found and dated and not (i > 0 and bare_names(ctx, opening[i - 1].text)):
        # a name in capitals next to the date; under a name in mixed case a line in capitals is the
        # place the writer filed from ('Jane Doe' / 'NEW DELHI' / the date: The Hindu's form)
        found = bare_names(ctx, _BULLET.sub("", block.text), caps_ok=True)
    if not found and dated and (head := run_on_outlet(ctx, block.text)) and (names := bare_names(ctx, head)):
        # 'Jane Doe CNN' / 'March 5, 2024', 'Jane Doe and John Roe Associated Press': the outlet run on
        # after the names, next to the story's date (alone, 'Stocks Fall Reuters' may be a teaser's)
        found = None if named_in_copy(ctx, names, block) else names
    # (under the title only a surname the copy names again inside a sentence: 'Tom Price' may write
    # about prices, 'Jane White' about the White House)
    if found and not dated and named_in_copy(ctx, found, block, words=i == 0):
        # 'Performant Python' over copy about Python: a title, not a writer; under the title, 'Letzte
        # Änderungen' over 'Alle Änderungen …': a heading of the copy, and the name-shaped lines
        # beside it are headings as likely (every bare name of the opening is taken, or none)
        return None if i == 0 else []
    return found


def _sentences_above(ctx: Context, opening: list[Block], i: int) -> int:
    """The sentences of copy above opening[i], up to two: paragraphs of eight words or more ending a
    sentence. A name line under two of them ('The council voted …' / 'The plan raises …' / 'Key
    Dates' or 'Jane Smith') stands in the copy, not between the title and the copy: a heading, a name
    down a list, a speaker. Short copy (a wire's paragraphs under 20 words) never closes the opening
    by length, so its sentences are counted."""
    sentences = 0
    for above in opening[:i]:
        if above.words >= 8 and ends_sentence(above.text):
            sentences += not _credits_line(ctx, above)
            if sentences >= 2:
                break
    return sentences


def _under_colon(opening: list[Block], i: int) -> bool:
    """A name line under a sentence that ends in a colon, or down a list of short lines under one
    ('The team's motto reads simply:' / 'Never Give Up', 'The new street names are:' / 'Queen
    Elizabeth Way' / 'Windrush Square'), is what the sentence introduces: the copy, no byline. A
    lead-in alone ('By:', 'Von:') is no such sentence."""
    for above in reversed(opening[:i]):
        text = above.text.rstrip()
        if text.endswith(":"):
            return above.words >= 4 and above.lower.strip(" :") not in _LONE_LEADS
        if above.words > 6 or text.endswith((".", "!", "?")):
            return False
    return False


def _over_headline(ctx: Context, opening: list[Block], i: int) -> bool:
    """A name opening the text over a headline of four words or more that stands over a paragraph of
    prose ('Jane Doe' / 'Why the budget fails' / the copy): a columnist's name over the column, as
    opinion pages print it. (A profile's subject named so is named again in the copy: refused below.)"""
    if i != 0 or len(opening) < 3 or opening[1].words < 4 or opening[2].words < _PROSE_WORDS:
        return False
    from . import headline

    if headline.section_name(ctx, opening[0].text):
        return False  # 'Developing Story', 'Brand Studio': a kicker shaped like a name
    return headline.looks_like_headline(ctx, opening[1].text, opening[1].words) and not bare_names(ctx, opening[1].text)


def _caps_anchored(ctx: Context, opening: list[Block], i: int) -> bool:
    """Whether a line in capitals at opening[i] stands where only a byline does: under a lead-in
    alone on its line ('By' / 'JANE DOE'), or over its outlet or job title in mixed case, every word
    capitalised ('JANE DOE' / 'Associated Press', 'JANE DOE' / 'Staff Writer') or the writer's address."""
    if i > 0 and _lone_lead(ctx, opening[i - 1]):
        return True
    if i + 1 >= len(opening):
        return False
    under = opening[i + 1].text.strip()
    words = under.split()
    if _EMAIL.fullmatch(under):
        return True
    return (
        1 <= len(words) <= 4
        and not under.isupper()
        and not under.endswith((".", ":", "?", "!"))
        and all(w[:1].isupper() for w in words)
        and words[-1].lower() not in _LOOSE_TAILS
        and _affiliation(ctx, under)
    )


# words of the affiliation vocabulary that end headings as often as outlets ('The Latest News',
# 'Top Stories for You'): a line under capitals ending in one is no outlet for certain
_LOOSE_TAILS = frozenset(("news", "the", "for", "via", "online", "digital", "daily", "business", "sports", "health"))


_DATE_PREPOSITIONS = frozenset(("on", "am", "le", "el", "il", "em", "op"))


def _dated_name(ctx: Context, text: str) -> list[str] | None:
    """'Jan de Vries 5 maart 2024, 15:14', 'Anna Schmidt 05.03.2024, 15:14 Uhr': a writer's name
    with the story's date glued after it, in a form BYLINE-004 (English labels and months) does not
    cut. Only a name of two words (a particle may stand between): three capitalised words before
    the date may be a name and the place the writer filed from ('Ana Pérez Madrid 05/03/2024')."""
    from . import timestamp

    glued = _GLUED_DATE.search(text)
    if (
        glued is None
        or glued.start() == 0
        or not (YEAR.search(text, glued.end()) or _SHORT_DATE.search(text, glued.end()))
    ):
        return None  # a time alone ('Warm Up 11:00 Uhr') or a version ('Patch Notes 4.47.4') is no date
    tokens = text[: glued.start()].split()
    k = len(tokens)
    while k and timestamp.date_word(ctx, tokens[k - 1].rstrip(":")):
        k -= 1  # 'Jane Doe Tuesday, March 5, 2024': the weekday and the month are the date's
    if k < len(tokens) and k and tokens[k - 1].lower() in _DATE_PREPOSITIONS:
        k -= 1  # 'Jane Doe on March 5, 2024': the preposition too
    if not _stamp_piece(ctx, " ".join([*tokens[k:], text[glued.end() :]]).lstrip(" ,")):
        return None
    head = " ".join(tokens[:k]).strip(" ,")
    if not head:
        return None  # 'Updated June 13, 2019': every word before the digits is the date's
    if "," in head and (names := _names_and_places(ctx, head.strip(" ,"))):
        return names  # 'Jane Doe, London, John Roe 19.10.2019, 23:38 Uhr': writers, each with the city filed from
    capitalised = [t for t in head.split() if t.lower() not in PARTICLES]
    if len(capitalised) != 2:
        return None
    if names := bare_names(ctx, head):
        return names
    # 'Jan de Vries': a particle in lower case, which a bare name may not hold ('Casa de Campo' is a
    # place), is a surname's here, where the date says the line is a byline
    # (only before a date in figures: 'E-Mail von Mandanten, Oktober 2014' signs a testimonial)
    # (a name with no particle that bare_names refused is a heading's: 'Champions League 05.03.2024')
    if (
        k == len(tokens)
        and any(t in PARTICLES for t in head.split()[1:-1])
        and not _institution(ctx, head.split()[0])  # 'Raad van State 05-03-24' (BYLINE-030)
        and is_name(head)
        and not _affiliation(ctx, head)
        and not head.isupper()
    ):
        return [head]
    return None


_PEOPLE_RUN = 3  # 'Jane Doe, Reuters' / 'John Roe, AP': two writers' lines; three or more under copy are a list
_PEOPLE_TAIL_WORDS = 6  # 'Sprecherin der Bürgerinitiative': what a list prints after the name


def _person_line(ctx: Context, block: Block) -> bool:
    """'Maria Keller, Sprecherin der Bürgerinitiative': a name, a comma, a few words that end no sentence."""
    head, comma, tail = block.text.partition(",")
    if not comma or len(tail.split()) > _PEOPLE_TAIL_WORDS or tail.rstrip().endswith((".", "!", "?", ":")):
        return False
    return bool(bare_names(ctx, head))


def _without_people_lists(
    ctx: Context, opening: list[Block], takes: list[tuple[int, list[str], str]]
) -> list[tuple[int, list[str], str]]:
    """The takes less the lines of a list of people under the copy: three or more 'NAME, Party' lines
    one under the other (BYLINE-002's shape, or a name, a comma and a few words that end no sentence),
    below a paragraph of copy, whose pieces after the name are not all one outlet ('Maria Keller, SPD'
    / 'Peter Braun, CDU' / 'Ahmet Kaya, Grüne'; the candidates, a board with its jobs, residents with
    what they do). Writers who share a story stand under the title, over the copy, and three or more
    of them print one outlet ('Jane Doe, Reuters'); the copy's list of people is its own text, and none
    of them wrote the story."""
    taken = {i for i, _, rule in takes if rule == "BYLINE-002"}
    dropped: set[int] = set()
    for i in sorted(taken):
        if i in dropped:
            continue
        lo = i
        while lo > 0 and opening[lo - 1].status == BODY and _person_line(ctx, opening[lo - 1]):
            lo -= 1
        hi = i
        while hi + 1 < len(opening) and (hi + 1 in taken or _person_line(ctx, opening[hi + 1])):
            hi += 1
        if hi - lo + 1 < _PEOPLE_RUN:
            continue
        tails = {re.split(r"[,|]", opening[k].text)[-1].strip().casefold() for k in range(lo, hi + 1)}
        under_copy = any(b.words >= _PROSE_WORDS and not _credits_line(ctx, b) for b in opening[:lo])
        if under_copy and len(tails) > 1:
            dropped.update(k for k in range(lo, hi + 1) if k in taken)
    return [t for t in takes if t[0] not in dropped]


def _names_list(opening: list[Block], bare: list[tuple[int, list[str]]]) -> bool:
    """Whether the bare names of the opening are a list's, not a byline's: name lines apart from
    each other (a team's line-up, a standings table, a product page's feature headings over their
    sentences), where a byline's names stand together, one under the other ('Jane Doe' / 'John
    Roe') or with a short label between ('Publicado por' / 'Ana Ruiz' / 'Con información de' /
    'Luis Gil').

    Every bare name of the opening is judged at once, and all are taken or none: were only the
    first taken, a second cleaning, without it, would take the next one (not idempotent)."""
    for (i, _), (j, _) in pairwise(bare):
        between = opening[i + 1 : j]
        if len(between) > 1 or any(b.words > 5 or b.text.endswith((".", "!", "?")) for b in between):
            return True
    return False


def _take(ctx: Context, opening: list[Block], i: int, names: list[str], rule: str, last: int | None = None) -> None:
    """Lift opening[i] as a byline naming ``names``; the outlet alone on the line under it (under
    opening[last], a split byline's last line) goes too."""
    block = opening[i]
    for name in names:
        if name.lower() not in {a.lower() for a in ctx.metadata.authors}:
            ctx.metadata.authors.append(name)
    ctx.lift(block, rule, "authors")
    _note_stamp(ctx, block.text)
    if _PICTURE_WORDS.search(block.text):
        _picture_credits(ctx, block.text)
    if "dited by" in block.text or "DITED BY" in block.text:
        _editing_credits(ctx, block.text)
    if i > 0 and opening[i - 1].status == BODY and _lone_lead(ctx, opening[i - 1]):
        ctx.remove(opening[i - 1], rule)  # 'By' / 'Jane Doe': the lead-in alone on the line above
    i = i if last is None else last
    if (
        i + 2 < len(opening)
        and opening[i + 1].status == BODY
        and (
            _outlet_line(ctx, opening[i + 1].text)
            or _FILED_LINE.match(opening[i + 1].text)
            or opening[i + 1].lower.strip() in ctx.rules.phrase_set("BYLINE-021")  # 'Barcelona': filed from
            or _COMPOUND_JOB.match(opening[i + 1].text.strip()) is not None  # 'Politikredakteurin'
        )
    ):
        ctx.remove(opening[i + 1], rule)


# a byline's pieces, split where a second credit starts ('Story by A | Photos by B', 'By A. Photography by B')
_CREDIT_SPLIT = re.compile(r"\s*(?:[|;·•]|(?<=[a-z])\.\s+|,\s+(?=[A-Za-z]+(?:\s+by\b|\s*:)))\s*")
# a picture credit's label and the photographer's name after it ('Photos by Jane Doe', 'Photos: Jane Doe')
_PICTURE_PIECE = re.compile(
    r"^(?:photos?|photographs?|photography|pictures?|images?|fotos?|bilder?)\s*(?:by\s+|:\s*)(?P<name>\S.*)$",
    re.IGNORECASE,
)


def _picture_credits(ctx: Context, text: str) -> None:
    """The photographer a byline credits beside its writers ('Story by Jane Smith | Photos by Jane
    Doe'): no author, but the story's photography credit (credits by role, 'photography', as a
    photographer's card gives it: BYLINE-029)."""
    for piece in _CREDIT_SPLIT.split(text):
        m = _PICTURE_PIECE.match(piece.strip())
        if m is None:
            continue
        name = re.sub(r"\s+for\s+.*$", "", m.group("name").strip(" .")).strip()
        names = bare_names(ctx, name)
        if not names:
            continue
        if ctx.metadata.credits is None:
            ctx.metadata.credits = Credits(text=text.strip())
        shot = ctx.metadata.credits.other.setdefault("photography", [])
        shot.extend(n for n in names if n not in shot)


_EDITED_PIECE = re.compile(r"^(?:edited|editing)\s+by\s*:?\s*(?P<name>\S.*)$", re.IGNORECASE)


def _editing_credits(ctx: Context, text: str) -> None:
    """The editor a byline names beside its writer ('By Jane Doe | Edited by John Roe', 'Written by
    Jane Doe; Edited by John Roe', as Indian outlets print the card): no author, the story's editing
    credit (credits by role, as CREDITS-001 reads 'Edited by' on a line of its own)."""
    for piece in _CREDIT_SPLIT.split(text):
        m = _EDITED_PIECE.match(piece.strip())
        if m is None:
            continue
        names = bare_names(ctx, m.group("name").strip(" ."))
        if not names:
            continue
        if ctx.metadata.credits is None:
            ctx.metadata.credits = Credits(text=text.strip())
        editing = ctx.metadata.credits.editing
        editing.extend(n for n in names if n not in editing)


# a German job title made one word with its desk ('Politikredakteurin', 'Wirtschaftskorrespondent',
# 'Sportreporter'), alone on the line under the byline (Die Welt's card)
_COMPOUND_JOB = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]{3,}(?:redakteur|korrespondent|reporter)(?:in)?$")


# the words that join a byline's names, printed alone on a line or opening one ('and' / 'Jane Doe')
_JOINS = frozenset((",", "and", "&", "und", "et", "y", "e", "en", "og", "och", "i"))
_JOIN_OPEN = re.compile(r"^(?:and|&|und|et|y|e|en|og|och)\s+(?=[A-ZÀ-Ý])")
_JOIN_CLOSE = re.compile(r"(?:,|\s(?:and|&|und|et|y|e|en))$")


def _split_byline(ctx: Context, opening: list[Block], i: int) -> tuple[int, list[str]] | None:
    """BYLINE-014: a byline an extractor broke at its links, one piece a line ('By' / 'Jane Doe' /
    'and' / 'John Roe', 'By Jane Doe' / 'and John Roe', 'Jane Doe,' / 'John Roe'): from opening[i],
    the lines read as one while each is a lead-in alone, a joining word alone ('and', ','), a line
    of names opening with one ('and John Roe') or names after a line that ends in one. At least one
    join between two lines, and the whole must read as a byline: with a lead-in, by BYLINE-001's
    grammar; without one, as names and nothing else, under the title and above the copy, and names
    the copy does not speak of. (end, names), or None."""
    first = opening[i].text.strip()
    lead = first.lower().strip(" :") in _LONE_LEADS or PASS.setup(ctx).lead.match(first) is not None
    if not lead and (i == 0 or any(b.words >= _PROSE_WORDS for b in opening[:i])):
        return None
    pieces = [first]
    joined = False
    j = i + 1
    while j < len(opening) and opening[j].words <= 6:
        text = opening[j].text.strip()
        after_join = pieces[-1].lower() in _JOINS or _JOIN_CLOSE.search(pieces[-1]) is not None
        if text.lower() in _JOINS and not after_join and pieces[-1].lower().strip(" :") not in _LONE_LEADS:
            pieces.append(text)
        elif _JOIN_OPEN.match(text) and not after_join and bare_names(ctx, _JOIN_OPEN.sub("", text)):
            pieces.append(text)
            joined = True
        elif after_join and bare_names(ctx, text.rstrip(" ,")):
            pieces.append(text)
            joined = True
        elif len(pieces) == 1 and pieces[0].lower().strip(" :") in _LONE_LEADS and bare_names(ctx, text.rstrip(" ,")):
            pieces.append(text)  # 'By' / 'Jane Doe': the lead-in alone, then the first name
        else:
            break
        j += 1
    while pieces and (pieces[-1].lower() in _JOINS):
        pieces.pop()  # a joining word left last joins nothing
        j -= 1
    if not joined or len(pieces) < 2:
        return None
    text = re.sub(r"\s+,", ",", " ".join(pieces))
    names = parse(ctx, text, top=True) if lead else bare_names(ctx, text)
    end = i + len(pieces)
    if not names or len(names) < 2:
        return None
    if not lead and not (_anchored_below(ctx, opening, end) and not named_in_copy(ctx, names, *opening[i:end])):
        return None  # 'Olive Oil' / 'and' / 'Sea Salt': names in shape only, with nothing to say they sign
    return end, names


def _anchored_below(ctx: Context, opening: list[Block], end: int) -> bool:
    """Whether the line under a byline without its lead-in says it is one: the story's date, or the
    writers' outlet or job title ('Jane Doe' / 'and John Roe' / 'Associated Press')."""
    from . import timestamp

    if end + 1 >= len(opening):
        return False
    under = opening[end]
    return under.words <= 12 and (timestamp.is_stamp(ctx, under.text) or _outlet_line(ctx, under.text))


# a byline's lead-in printed alone on the line over the names
_LONE_LEADS = LEAD_INS | {"written by", "words by", "story by"}


def _lone_lead(ctx: Context, block: Block) -> bool:
    """A byline's lead-in alone on its line, over the names: 'By', 'Written by', and any lead-in the
    rules know printed whole ('Ein Artikel von' over 'Anna Berg', Der Spiegel's form)."""
    text = block.text.strip()
    if block.lower.strip(" :") in _LONE_LEADS:
        return True
    m = PASS.setup(ctx).lead.match(text + " ") if block.words <= 5 else None
    return m is not None and m.end() >= len(text)


# 'in Hong Kong' on the line under a bare name: where the writer filed from
# the city filed from under the name: 'in Hong Kong' (the SCMP), 'em São Paulo' (CNN Brasil), and with
# the outlet before it, 'Do UOL, em São Paulo'
_FILED_LINE = re.compile(
    r"^(?:(?:[Dd]o|[Dd]a|[Dd]e|[Dd]el|[Ff]rom)\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2},\s+)?(?:in|em|en|aus)\s+"
    r"[A-ZÀ-Þ][\w'’.-]+(?:\s+(?:(?:de|do|da|del)\s+)?[A-ZÀ-Þ][\w'’.-]+){0,2}$"
)


# a date with a year of two digits ('05-03-24, 16:12', the AD's and the regional Dutch papers' stamp
# after the writer's name; '05.03.24'): day, month and year, each of one or two digits
_SHORT_DATE = re.compile(r"(?<![\d.:/-])\d{1,2}([-./])\d{1,2}\1\d{2}(?![\d.:/-])")
# where a date glued after the names starts; an extractor that joins the name's link and the date's
# element leaves no space ('Anna Schmidt05.03.2024', 'María García5 de marzo de 2024')
_GLUED_DATE = re.compile(r"[\s,|·•—–-]+(?=\d)|(?<=[a-zß-ÿ])(?=\d)")
_PLACE = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ'’-]{2,}")


def _names_and_places(ctx: Context, text: str) -> list[str] | None:
    """'Jane Doe', 'Jane Doe, London, John Roe': names, each maybe followed by the one-word place the
    writer filed from (as Swiss and German papers print it). A place never comes first."""
    parts = [p.strip() for p in text.split(",")]
    names: list[str] = []
    placed = True  # whether the last name already has its place
    for part in parts:
        if not placed and _PLACE.fullmatch(part):
            placed = True
            continue
        found = bare_names(ctx, part)
        if not found:
            return None
        names.extend(found)
        placed = False
    return names or None


_BIO_VERBS = ("is", "was", "covers", "writes", "reports", "has", "joined")


def named_in_copy(ctx: Context, names: list[str], line: Block, *lines: Block, words: bool = True) -> bool:
    """Whether the copy (the body but ``line`` and ``lines``) speaks of these names: a surname it
    names again is a story's subject or speaker, and a word of them it uses in lower case makes the
    line a heading or a title ('Rising Costs', 'Performant Python' over copy about Python), not a
    writer's name. Without ``words``, only the surname inside a sentence counts (see below)."""
    blocks = [b for b in ctx.body() if b is not line and all(b is not x for x in lines)]
    # a line that is only the name, printed once more under the copy (an author box's heading: 'Sobre
    # la firma' / 'Ana García' / 'Bio completa'), is no copy speaking of the writer; a name-shaped line
    # printed again and again is a heading of the copy ('Rangfolge Zeitläufe' over each heat's results),
    # and one printed twice over the copy a title ('Ferienhaus Feinen' / 'Ferienhaus Feinen')
    alone = {n.casefold() for n in names}
    again = [b for b in blocks if b.text.strip().casefold() in alone]
    if len(again) == 1 and any(line.index < b.index < again[0].index and b.words >= _PROSE_WORDS for b in blocks):
        blocks = [b for b in blocks if b is not again[0]]
    # the author box among the last three lines, under the copy ('Jane Doe is a China correspondent
    # for the Post …', 'Jane Doe covers diplomacy …'): the writer's bio names the writer because the
    # writer wrote the story; a profile that opens 'Jane Doe is a nurse who …' names its subject first
    bios = tuple(f"{n} {verb} " for n in names for verb in _BIO_VERBS)
    beats = tuple(f"{n} {verb} " for n in names for verb in ("covers", "writes about", "reports on"))
    roles = ctx.rules.phrases("CREDITS-011")  # a writer's role in it: 'Jane Doe is a nurse' is a profile's subject

    def bio(b: Block) -> bool:
        # a writer's role in it, or the beat a writer covers ('Jane Doe covers local government for …')
        return b.text.startswith(bios) and (any(r in b.lower for r in roles) or b.text.startswith(beats))

    tail = {id(b) for b in blocks[-3:] if bio(b)}
    if tail and not any(b.words >= _PROSE_WORDS and id(b) not in tail for b in blocks[:-3]):
        tail = set()
    # or the card right under the name ('Jane Doe' / 'Forbes Staff' / 'Jane Doe is a Forbes reporter
    # covering markets.'), a short line of its own before any paragraph of copy
    for b in blocks:
        if b.index <= line.index or b.words >= _PROSE_WORDS or b.index > line.index + 3:
            continue
        if b.words <= 25 and bio(b):
            tail.add(id(b))
    others = [b.text for b in blocks if id(b) not in tail]
    rest = " ".join(others)
    if not words:
        # the surname inside a sentence, not opening one ('Young families …') and not opening a name
        # of its own ('the White House', 'Black Friday'): a writer called Young, White or Black stays one
        inside = [re.compile(rf"(?<=[\w,;:'’”\")]\s){re.escape(n.split()[-1])}\b(?!\s+[A-ZÀ-Þ])") for n in names]
        return any(p.search(text) for p in inside for text in others)
    if any(re.search(rf"\b{re.escape(n.split()[-1])}\b", rest) for n in names):
        return True
    lower = {t.lower() for n in names for t in n.split() if len(t) > 3}
    return any(re.search(rf"\b{re.escape(w)}\b", rest) for w in lower)


def _under_standfirst(ctx: Context) -> None:
    """BYLINE-012: a bare name under the standfirst ('Headline' / 'A paragraph of dek.' / 'Jane Doe'
    / the date or the copy). BYLINE-010 stops at a paragraph of prose, which is right for the body;
    a standfirst, though, is prose that stands under the title, and many outlets print the writer
    under it. Only the first prose block at the top (under at most two short lines: a kicker, a
    title), only a name line with a date, a job title or (under a title) a paragraph of copy under
    it, and only a name the copy does not speak of again (a profile's subject or an interview's
    speaker is)."""
    params = ctx.rules.rule("BYLINE-012").params
    roles, role_words = params["roles"], params["role_words"]
    body = ctx.body()
    k = next((k for k, b in enumerate(body[:3]) if b.words >= _PROSE_WORDS), None)
    if k is None or any(b.words > params["head_words"] for b in body[:k]) or k + 2 >= len(body):
        return
    from . import timestamp

    standfirst, line, after = body[k], body[k + 1], body[k + 2]
    stamp_over = k + 3 < len(body) and line.words <= 12 and timestamp.is_stamp(ctx, line.text)
    if stamp_over:
        line, after = after, body[k + 3]  # 'A paragraph of dek.' / the date / 'Jane Doe' / the copy
    if standfirst.words > params["standfirst_words"] or line.words > 14 or _credits_line(ctx, standfirst):
        return

    text = line.text
    glued = _GLUED_DATE.search(text)
    if glued and timestamp.is_stamp(ctx, text[glued.end() :]):
        text = text[: glued.start()]  # 'Jane Doe, London 19.10.2019, 23:38 Uhr': the names and the date
    elif line.words > 8:
        return
    if _credits_line(ctx, after) and k + 3 < len(body):
        after = body[k + 3]  # a picture's caption between the byline and the copy
    job = (after.words <= 6 and _outlet_line(ctx, after.text)) or (
        # 'Redakteur in der Wirtschaft der Sonntagszeitung.': the writer's role, in a line of its own
        after.words <= role_words and after.text.split()[0].lower().strip(".,:") in roles
    )
    dated = stamp_over or text != line.text or (after.words <= 12 and timestamp.is_stamp(ctx, after.text))
    if not (job or dated or (k > 0 and after.words >= _PROSE_WORDS)):
        return  # with no title above, the first paragraph may be the copy's: a heading may follow it
    names = _names_and_places(ctx, text.strip(" ,|·•—–-"))
    if not names:
        return
    if named_in_copy(ctx, names, line):
        return
    if not (job or dated) and any(b.words <= 4 and bare_names(ctx, b.text) for b in body[k + 2 :] if b is not line):
        return  # the copy's subheads are shaped like names: this one may be a subhead too
    ctx.metadata.authors.extend(dict.fromkeys(names))
    ctx.lift(line, "BYLINE-012", "authors")
    _note_stamp(ctx, line.text)  # the date run on after the names is the story's
    if job:
        ctx.remove(after, "BYLINE-012")  # 'Staff Writer', 'USA TODAY' under the name goes with it


# '— Jane Doe', '-- Jane Doe, Associated Press', 'Text: Jane Doe': how a writer signs at the end
_SIGN_OFF = re.compile(
    r"^(?:[—–]|--?)\s*(?=\S)|^(?:text|words|author|autor|autorin|texte|texto|testo)\s*:\s*", re.IGNORECASE
)


def signs_off(ctx: Context, block: Block) -> bool:
    """Whether ``block`` stands where BYLINE-011 judges a signature ('Text: Jane Doe' as the last
    line after a paragraph of prose): the credits pass leaves such a line to the late sign-off pass."""
    body = ctx.body()
    return len(body) >= 2 and body[-1] is block and body[-2].words >= _PROSE_WORDS and bool(_SIGN_OFF.match(block.text))


def _sign_off(ctx: Context) -> None:
    """BYLINE-011: the writer's name signed under the copy ('— Jane Doe', 'By Jane Doe', 'Jane Doe,
    Reuters'): only the last line, only after a paragraph of prose, and only a line that is names
    and nothing else once the sign-off mark, 'By' or the outlet is set aside."""
    body = ctx.body()
    if len(body) < 2:
        return
    block = body[-1]
    names = signature_names(ctx, block)
    if not names or (len(names) > 1 and _cities_between(ctx, block.text)):
        # ('Von A und B, Berlin, und C' under the copy: each writer with the city filed from is the
        # form of a byline over a story, here a teaser's; a signature under the copy names no cities)
        return
    if body[-2].words < _PROSE_WORDS:
        # under a short last paragraph, only the byline's own writers signed again ('By Kim Min-ji
        # (mjkim@heraldcorp.com)' closing The Korea Herald's story), under copy that has prose
        known = {a.lower() for a in ctx.metadata.authors}
        if not known or any(n.lower() not in known for n in names) or all(b.words < _PROSE_WORDS for b in body):
            return
    for name in names:
        if name.lower() not in {a.lower() for a in ctx.metadata.authors}:
            ctx.metadata.authors.append(name)
    ctx.lift(block, "BYLINE-011", "authors")


def _cities_between(ctx: Context, text: str) -> bool:
    """Whether a line of names holds a city between them ('Von A, Berlin, und B, Brüssel')."""
    parts = split_names(text)
    places = ctx.rules.phrase_set("BYLINE-021")
    return any(p.lower() in places for p in parts[1:-1])


def _scene_and_credit(ctx: Context, text: str) -> bool:
    """BYLINE-027: a picture's caption, a sentence of three words or more that ends before a credit the
    caption pass reads ('Troops march in the parade. REUTERS/John Doe', 'Crowds gather. Photo: Jane
    Doe/AP'): the name in it is the photographer's. The caption pass runs after this one, and a short
    caption among the opening lines read as a byline made the photographer an author."""
    if not ctx.uses("BYLINE-027") or not any(mark in text for mark in ". ! ?") or PASS.setup(ctx).lead.match(text):
        return False  # ('By Jane Doe. Reuters' opens with a byline's lead-in: a byline, whatever follows)
    found = caption.find_credit(ctx, text)
    if found is None:
        return False
    credit = found[1].group("credit")
    at = text.rfind(credit)
    before = text[:at].rstrip(" ([|–—-") if at > 0 else ""
    return before.endswith((".", "!", "?", ".”", '."')) and len(before.split()) >= 3


def _with_helpers(ctx: Context, text: str) -> tuple[str, list[str]] | None:
    """BYLINE-026: '— Jane Doe with John Roe, Ann Poe and readers like you!' -> ('Jane Doe', ['John
    Roe', 'Ann Poe']): the writer signing, and the names after 'with' of those who helped; a closing
    phrase in lower case is no one's. None unless the writer and every helper but that phrase are names."""
    if " with " not in text or not ctx.uses("BYLINE-026"):
        return None
    m = ctx.rules.pattern("BYLINE-026").match(text.strip())
    if m is None:
        return None
    writer = m.group("writer").strip()
    if not is_name(writer) or _affiliation(ctx, writer):
        return None
    parts = split_names(m.group("helpers"))
    if parts and parts[-1][:1].islower() and len(parts) > 1:
        parts = parts[:-1]  # 'and readers like you': the closing phrase names no one
    if not parts or not all(is_name(p) and not _affiliation(ctx, p) for p in parts):
        return None
    return writer, parts


def _sign_off_with_helpers(ctx: Context) -> None:
    """BYLINE-026: the last line, after a paragraph of prose, signed by the writer with helpers."""
    body = ctx.body()
    if len(body) < 2 or body[-1].words > 80 or not any(b.words >= _PROSE_WORDS for b in body[:-1]):
        return  # (the form is a signature's by itself: the copy above may close on a short line)
    found = _with_helpers(ctx, body[-1].text)
    if found is None:
        return
    writer, helpers = found
    if writer.lower() not in {a.lower() for a in ctx.metadata.authors}:
        ctx.metadata.authors.append(writer)
    if ctx.metadata.credits is None:
        ctx.metadata.credits = Credits(text=body[-1].text)
    ctx.metadata.credits.reporting.extend(h for h in helpers if h not in ctx.metadata.credits.reporting)
    ctx.lift(body[-1], "BYLINE-026", "authors")


_BRACKETED_SIGNATURE = re.compile(r"^\(([^()]{5,80},\s*\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)?\d\d)\)$")


def signature_names(ctx: Context, block: Block) -> list[str] | None:
    """The names a last line signs with ('— Jane Doe', 'By Jane Doe', 'Jane Doe, Reuters'), once
    the sign-off mark, 'By' or the outlet is set aside; None when it is no signature."""
    if block.words > PASS.setup(ctx).block_max_words:
        return None
    if ctx.rules.pattern("CREDITS-001").search(block.text):
        return None  # 'Written by Jane Doe; edited by …': a credits line, the credits pass's by role
    from .credits import contributors_line  # the credits pass reads bylines: imported here, not at the top

    if contributors_line(ctx, block.text) is not None:
        return None  # 'Contributors: Jane Doe, John Roe': who helped, the credits pass's (CREDITS-022)
    mark = _SIGN_OFF.match(block.text)
    text = block.text[mark.end() :] if mark else block.text
    if not mark and (bracketed := _BRACKETED_SIGNATURE.match(text)):
        # '(Anna Berg, 5.3.2024)': Der Standard's and the Austrian papers' signature, in brackets with the date
        text = bracketed.group(1)
    if mark and (credit := _CREDIT_AFTER.search(text)):
        text = text[: credit.start()] + " | " + text[credit.end() :]  # 'Words: A, B Photos: C'
    names = parse(ctx, text, top=True) if (mark or PASS.setup(ctx).lead.match(text) or "," in text) else None
    if not names and mark:
        names = bare_names(ctx, text.split(" | ")[0])
    # 'Autor: Rechtsanwalt Jan Roe': the name without the title before it, as every other byline reads it
    return [_HONORIFIC.sub("", name) for name in names] if names else None


def _split_sign_off(ctx: Context) -> None:
    """BYLINE-013: a signature printed over two lines at the end, its label alone on the first
    ('Von:' / 'Jane Doe', 'Autor:' / 'Rechtsanwalt Jan Roe'): among the last lines, after the copy,
    with nothing but short lines under it (a translator's credit, 'Übersetzt von:' / 'John Roe')."""
    rule = ctx.rules.rule("BYLINE-013")
    titles = rule.params["titles"]
    body = ctx.body()
    tail = body[-rule.params["last_lines"] :]
    for n, label in enumerate(tail[:-1]):
        if label.words > 3 or label.text.strip(" :").lower() not in rule.phrases:
            continue
        line = tail[n + 1]
        if any(b.words >= _PROSE_WORDS for b in tail[n + 1 :]) or not any(
            b.words >= _PROSE_WORDS for b in body[: body.index(label)]
        ):
            return  # copy under it, or no copy above it: not the story's signature
        words = line.text.split()
        while words and words[0].lower().rstrip(".") in titles:
            words = words[1:]  # 'Rechtsanwalt Jan Roe', 'Dr. Jane Doe': the name without the title
        names = bare_names(ctx, " ".join(words), particles=True) if line.words <= 8 else None
        if not names or named_in_copy(ctx, names, line):
            return
        copy = " ".join(b.text for b in body if b.words >= _PROSE_WORDS)
        if any(len(t) > 3 and re.search(rf"\b{re.escape(t)}\b", copy) for name in names for t in name.split()):
            return  # 'Von:' / 'Bremen Hauptbahnhof' under a story about Bremen: a form, not a writer
        for name in names:
            if name.lower() not in {a.lower() for a in ctx.metadata.authors}:
                ctx.metadata.authors.append(name)
        ctx.lift(label, "BYLINE-013", "authors")
        ctx.lift(line, "BYLINE-013", "authors")
        return
    _crumbed_sign_off(ctx, body, tail)


def _crumbed_sign_off(ctx: Context, body: list[Block], tail: list[Block]) -> None:
    """BYLINE-013 where the label alone went as a template's line before this pass ('Written by',
    CRUMB-131's): the last line of the text, a line of names right under it, after the copy."""
    if len(body) < 2 or body[-2].words < _PROSE_WORDS or not body[-1].index:
        return
    line = body[-1]
    label = ctx.blocks[line.index - 1]
    if label.status == BODY or label.rule != "CRUMB-131" or label.words > 3:
        return
    if label.text.strip(" :").lower() not in ctx.rules.rule("BYLINE-013").phrases or line.words > 6:
        return
    names = bare_names(ctx, line.text, particles=True)
    if not names or named_in_copy(ctx, names, line):
        return
    copy = " ".join(b.text for b in body if b.words >= _PROSE_WORDS)
    if any(len(t) > 3 and re.search(rf"\b{re.escape(t)}\b", copy) for name in names for t in name.split()):
        return
    ctx.metadata.authors.extend(n for n in names if n.lower() not in {a.lower() for a in ctx.metadata.authors})
    ctx.lift(line, "BYLINE-013", "authors")


def _end_card(ctx: Context) -> None:
    """BYLINE-015: the writer's card closing the text, as an author box prints it: a line of one
    name right under a paragraph of copy, then a line of the writer's job title or outlet ('Staff
    Writer', 'Senior Reporter, The Example Times'), maybe the writer's address or handle on a last
    line, and nothing else under it."""
    body = ctx.body()
    if len(body) < 3:
        return
    for k in (len(body) - 3, len(body) - 2):
        if k < 1 or body[k - 1].words < _PROSE_WORDS:
            continue
        line, role, rest = body[k], body[k + 1], body[k + 2 :]
        contact = rest and (_EMAIL.fullmatch(rest[0].text.strip()) or _HANDLE.fullmatch(rest[0].text))
        if rest and not contact and not _CARD_BIO.match(rest[0].text):
            continue
        text = role.text.strip()
        if role.words > 8 or ends_sentence(text) or not _affiliation(ctx, text) or bare_names(ctx, text):
            continue
        if _CREDIT_PIECE.match(text) or _CREDIT_LABEL.match(line.text):
            continue  # 'Photos by …': a picture's credit, no writer's card
        names = bare_names(ctx, line.text, particles=True) if line.words <= 6 else None
        if not names or len(names) != 1 or named_in_copy(ctx, names, line, *rest):
            continue
        if rest and not contact and not _bio_of(rest[0], names[0]):
            continue
        ctx.metadata.authors.append(names[0])
        for block in (line, role, *rest):
            ctx.lift(block, "BYLINE-015", "authors")
        return


# the card's bio under the job title ('Jane covers Congress and the White House.', 'Jane Doe has been a
# reporter since 2015.'): one sentence or two, of the writer, in the present or the perfect
_CARD_BIO = re.compile(
    r"^[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?\s+(?:covers|writes|reports|is|has|joined|leads|edits)\s"
)


def _bio_of(block: Block, name: str) -> bool:
    """BYLINE-015: a short bio that opens with the writer's given name or full name, under the card."""
    text = block.text.strip()
    first = name.split()[0]
    return block.words <= 60 and ends_sentence(text) and (text.startswith(name + " ") or text.startswith(first + " "))


_WRITTEN_BY = re.compile(r"^\(?\s*written\s+by\b", re.IGNORECASE)


# 'Text: Jane Doe', 'Words: Jane Doe', 'Texte : Marie Dupont': the label of the copy's writer alone
_TEXT_LABEL = re.compile(r"^(?:text|texte|texto|testo|tekst|words)\s*:\s*(?=\S)", re.IGNORECASE)


def _labelled_signature(ctx: Context) -> None:
    """BYLINE-019: the copy's writer signed with a 'Text:' label near the end, over what a magazine
    prints under the story (the pictures' credits, a reading list, notes: lines under
    ``_PROSE_WORDS`` words), not as the last line BYLINE-011 reads. Only after a paragraph of
    copy (among the three lines above), only a line that is names and nothing else."""
    rule = ctx.rules.rule("BYLINE-019")
    body = ctx.body()
    for k in range(len(body) - 1, max(len(body) - 1 - rule.params["last_lines"], 0), -1):
        block = body[k]
        if block.words >= _PROSE_WORDS:
            return  # a paragraph of copy under it: the label is the copy's, no signature
        if not (label := _TEXT_LABEL.match(block.text)):
            continue
        if not any(b.words >= _PROSE_WORDS for b in body[max(k - 3, 0) : k]):
            return
        names = bare_names(ctx, block.text[label.end() :].strip(), caps_ok=True)
        if names and not named_in_copy(ctx, names, block, *body[k + 1 :]):
            ctx.metadata.authors.extend(names)
            ctx.lift(block, "BYLINE-019", "authors")
        return


# 'Jane Doe • The post …', 'Anna Schmidt · Dieser Beitrag …': a writer's name and a mark opening a line
_SIGNED = re.compile(r"^(?P<names>[^•·|–—]{4,60}?)\s+[•·|–—]\s+(?=\S)")
_EDGE_LINES = 8  # lines from the start and the end where a feed prints its notes (provenance reads the same)


def _signed_note(ctx: Context) -> None:
    """BYLINE-025: a feed's origin note signed with the writer's name on its line ('Jane Doe • The
    post … appeared first on Example Blog.', 'Anna Schmidt • Dieser Beitrag … erschien zuerst im Blog
    …'): the names before the mark are the post's writer, the note names where it first ran. The
    line goes; its names go to authors where no byline named someone else."""
    from ..provenance import ORIGINAL, _clean

    body = ctx.body()
    edges = body[:_EDGE_LINES] + body[-_EDGE_LINES:] if len(body) > 2 * _EDGE_LINES else body
    for block in edges:
        if block.words > 60 or not (mark := _SIGNED.match(block.text)):
            continue
        note = ORIGINAL.match(block.text[mark.end() :])
        if not note or "provided" in note.group(0).lower():
            continue  # 'Jane Doe • Provided by …' is a picture's or a vendor's credit, no origin note
        signer = mark.group("names").strip()
        if caption.PICTURE_LIBRARY.search(signer) or _affiliation(ctx, signer):
            continue  # 'Getty Images • …', 'Example Herald Staff • …': a picture library or a desk, no writer
        names = bare_names(ctx, signer, particles=True)
        site = _clean(note.group("name")).lower()
        if not names or len(names) > 2 or any(n.lower() == site for n in names):
            continue
        known = {a.lower() for a in ctx.metadata.authors}
        if not known:
            ctx.metadata.authors.extend(names)
        if ctx.metadata.original_publisher is None:
            ctx.metadata.original_publisher = _clean(note.group("name"))
        ctx.lift(block, "BYLINE-025", "authors")
        return


class SignOff(Pass[None]):
    """The writer's signature under the copy (BYLINE-011), judged once every other pass has taken
    what follows it: a 'Read more' link, a share row or an ad label after the signature would hide
    it at the byline pass's turn, and a second cleaning, without them, would find it."""

    family = "byline"
    emits = ("BYLINE-011", "BYLINE-013", "BYLINE-015", "BYLINE-019", "BYLINE-025", "BYLINE-026")

    def prepare(self, ctx: Context) -> None:
        return None

    def run(self, ctx: Context) -> None:
        _signed_note(ctx)
        _sign_off_with_helpers(ctx)
        _sign_off(ctx)
        if not ctx.metadata.authors:
            _split_sign_off(ctx)
        if not ctx.metadata.authors:
            _end_card(ctx)
        if not ctx.metadata.authors:
            _labelled_signature(ctx)
        credits = ctx.metadata.credits
        if not ctx.metadata.authors and credits is not None and credits.other.get("bio"):
            # the author box under the copy ('Jane Doe is a reporter for Example News.', CREDITS-011)
            # is the only word on who wrote it: its subject is the author
            ctx.metadata.authors.extend(credits.other["bio"][:2])
        if not ctx.metadata.authors and credits is not None and credits.writing and _WRITTEN_BY.match(credits.text):
            # 'Written by Jane Doe' under the copy (CREDITS-001 files it by role): with no byline, the
            # one who wrote the story is its author ('Writing by' of a wire's credits names a rewrite desk)
            ctx.metadata.authors.extend(credits.writing[:3])
        writers = ctx.answers.get(("credits", "writers"))
        if not ctx.metadata.authors and writers:
            # 'Write to Jane Doe at jdoe@example.com', 'To contact the reporter on this story: …'
            # (CREDITS-012): the reporters a reader writes to are the story's writers
            ctx.metadata.authors.extend(dict.fromkeys(writers))


PASS = Byline()
SIGN_OFF = SignOff()
