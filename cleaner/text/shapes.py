"""Shape tests several passes share: does a line read as a headline, a name, a sentence?

These are the language-neutral halves of the rules: they look at capitalisation, length and
punctuation, so they keep working when the wording changes.
"""

from __future__ import annotations

import re
from typing import Any

from .regex import Searcher

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
PARTICLES = frozenset(
    "van von de der den da del della di do la le bin ibn al el dos das du ter ten y e st. mac ben bint".split()
)
_GLUED_PARTICLE = re.compile(r"^(?:al|el|ad|as|an|at|az|ibn|bin|d|l|da|de|di|o)[-'’](?=\w)", re.IGNORECASE)
_NAME_PUNCT = frozenset("'’.-")


def _name_token(token: str) -> bool:
    """A capitalised word of a name in any script with cases: 'Núñez-Vega', 'al-Rashid', "D'Arcy", 'N.'."""
    token = _GLUED_PARTICLE.sub("", token, count=1) if token[:1].islower() else token
    if not token or not token[0].isupper() or token.endswith(("'s", "’s")):
        return False  # 'CBC's Journalistic Standards': a possessive belongs to a phrase, never to a name
    return all(c.isalpha() or c in _NAME_PUNCT for c in token)


# the word a byline opens with on its own, in the languages the packs know ('By' / 'Jane Doe'): the
# byline pass reads a lone one as a lead-in, and re-joining wraps never takes a line opening with
# one for a title's wrapped last words
LEAD_INS = frozenset(("by", "von", "par", "por", "di", "door", "av", "af"))
PERIOD_END = (".", ".”", '."', ".’", ".'", ".)", ".]", "…", ".»")
_QUOTES = '"“”«»„'
_SMALL = frozenset(
    "a an the and or but nor of in on at to for from by with as vs via is are was be its it into over "
    "after up out off per than that this".split()
)


def titleish(text: str) -> float:
    """Share of content words that start with a capital: headlines are Title Case, prose is not."""
    words = [w for w in _WORD.findall(text) if w.lower() not in _SMALL]
    if not words:
        return 0.0
    caps = sum(1 for w in words if w[0].isupper())
    return caps / len(words)


_CLOSERS = "\"'”’»)]*」』）"


def ends_sentence(text: str) -> bool:
    """Ends in . ! ? or … possibly followed by closing quotes or brackets: 'deserve this?"'."""
    return text.rstrip(_CLOSERS)[-1:] in (".", "!", "?", "…", "。", "！", "？")


def has_dialogue(text: str, reporting: Searcher) -> bool:
    """Quotation or a reporting verb (``reporting``: SHARED-001): reported speech, which boilerplate never is."""
    return any(q in text for q in _QUOTES) or bool(reporting.search(text))


_QUOTED = re.compile(r'["“„«]([^"“”«»„]{1,200})["”“»]')


def attributed(text: str, attribution: re.Pattern[str]) -> bool:
    """SHARED-003: the line closes with an attribution (', users reported.'); only its tail is
    searched, and only when it ends a sentence, so the test costs nothing on most lines."""
    return text.endswith((".", '."', ".”", ".’")) and attribution.search(text, max(0, len(text) - 60)) is not None


def has_speech(text: str, reporting: re.Pattern[str]) -> bool:
    """Like ``has_dialogue``, but a quoted name in title case ('our sister publication "How It Works"',
    'tick "10 Things in Tech You Need to Know."') is a title, not speech: prompts name newsletters,
    shows and magazines in quotes. An unclosed quote still counts as speech."""
    if reporting.search(text):
        return True
    if not any(q in text for q in _QUOTES):
        return False
    spans = _QUOTED.findall(text)
    if not spans or sum(text.count(q) for q in _QUOTES) != 2 * len(spans):
        return True
    return any(titleish(span) < 0.75 for span in spans)


def headline_like(
    text: str, words: int, reporting: Searcher, max_words: int, max_chars: int, min_titleish: float
) -> bool:
    """A line that reads as a headline: short, and either unpunctuated or in Title Case."""
    if words < 1 or words > max_words or len(text) > max_chars:
        return False
    if text.endswith((",", ";", ":")):
        return False
    if reporting.search(text) and ends_sentence(text):
        return False
    if not ends_sentence(text) or text.endswith(("?", "!")):
        return True  # a bare question or exclamation is a common headline; quoted ones are speech
    return words <= 25 and titleish(text) >= min_titleish


# a year of the last two centuries ('(?<!\d)(?:19|20)\d\d(?!\d)'), opening with what it matches first
# (a digit, '19' or '20') so the engine skips to where a match can start, and asking the lookbehind
# after it: the same matches, a third of the time on a paragraph (the byline and timestamp passes ask it too)
YEAR = re.compile(r"(?:19|20)(?<!\d(?:19|20))\d\d(?!\d)")
_ALPHA = re.compile(r"[^\W\d_]+")
# words of a timestamp line other than the date itself ('12:21 AM / Updated 14 hours ago')
_TIME_WORDS = frozenset(
    """am pm gmt utc et est edt cet cest bst uhr updated update published posted ago hours hour hrs minutes
    min mins last""".split()
)


def stamp_words(text: str) -> list[str]:
    """The words of letters of a line besides a timestamp's own ('updated', 'am', 'uhr'...)."""
    return [w for w in _ALPHA.findall(text) if w.lower() not in _TIME_WORDS]


def date_stamp(text: str, words: int, max_words: int = 12) -> bool:
    """A line that is only a date or timestamp, maybe with a name or section ('24. März 2004, 19:49 | Genesis').

    At most three words besides the date and time words, none longer than ten letters, and either
    very short or carrying a clock time: a sentence that mentions a date has more words than that.
    """
    if words > max_words or not YEAR.search(text):
        return False
    rest = stamp_words(text)
    return len(rest) <= 3 and all(len(w) <= 10 for w in rest) and (words <= 6 or ":" in text)


def is_name(text: str) -> bool:
    """A personal name as printed in bylines and credits: two to six capitalised tokens."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 6:
        return False
    if not (_name_token(tokens[0]) and _name_token(tokens[-1])):
        return False
    return all(_name_token(t) or t.lower() in PARTICLES for t in tokens)


# a title or a profession printed before a name in bylines and author fields ('Dr. Jane Doe',
# 'Prof. Dr. Ilka Sommerfeld', German lawyers' 'Rechtsanwalt Jonas Albrecht', 'Rechtsanwältin Dr. Jana
# Albers'): the author is the name alone; one or several, each before a capitalised word
TITLE_BEFORE_NAME = re.compile(
    r"^(?:(?:Dr\.?|Prof\.?|Professor|Dres\.|Rechtsanw(?:alt|ältin)|Fachanw(?:alt|ältin)|Notar(?:in)?|"
    r"Steuerberater(?:in)?|Dipl\.-Ing\.|(?:Chef|Online-|Wirtschafts|Politik|Sport|Kultur)?[Rr]edakt(?:eur|rice)(?:in)?|"
    r"Korrespondent(?:in)?|Reporter(?:in)?|Autor(?:in)?|Volontär(?:in)?|Journaliste|Redactor(?:a)?)\s+)+(?=[A-ZÀ-Þ])"
)


# an e-mail address (a writer's under the byline, a press contact's under a release)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

# where a writer filed from, after the name ('By Jane Doe in Kyiv'; the Daily Mail's 'By Jane Doe In
# Washington': a capital 'In' needs a place of four letters or more, so 'Kim In Ho' stays whole)
FILED_IN_PLACE = re.compile(
    r"\s+(?:in|In|aus)\s+[A-Z](?:(?<=In\s[A-Z])[a-z'’.-]{3,}|(?<=in\s[A-Z])[\w'’.-]+|(?<=aus\s[A-Z])[\w'’.-]+)"
    r"(?:\s+[A-Z][\w'’.-]+){0,2}\s*$"  # ('Anna Berg aus Berlin', the German papers' form)
)


# an outlet's brand run on after the names (BYLINE-018): a run of capitals glued to a word ('By Jane Doe
# FOXBusiness', 'NYTimes', 'CNNMoney'); no surname opens so ('McDonald', 'DeSantis', 'LeBron': one capital)
BRAND_TAIL = re.compile(r"\s+[A-Z]{2,}[a-z][A-Za-z]+\s*$")
# the agency or the writer's initials in lower-case brackets after the names ('Von Anna Schmidt (dpa)', '(as)')
LOWER_BRACKET_TAIL = re.compile(r"\s*\([a-z]{2,5}\)\s*$")


# a social network named after the names, where the handle printed beside them is ('By Jane Doe @janedoe
# Twitter', 'Jane Doe on Instagram'); 'X' is left out: 'Malcolm X'
SOCIAL_TAIL = re.compile(
    r"(?<=\S)\s+(?:on\s+)?(?:Twitter|Instagram|Facebook|LinkedIn|Threads|Bluesky|Mastodon|TikTok)\s*$"
)


def roles_in_brackets(rules: Any) -> re.Pattern[str]:
    """BYLINE-017: each credit's role in brackets after its name ('Jane Doe (text) and John Roe
    (photos)', 'Von Anna Schmidt (Text), Peter Müller (Fotos)'): the writer's names come first, in
    the group ``names``; the photographer after them is no author. Built once per rule set."""

    def build() -> re.Pattern[str]:
        text_roles = "|".join(map(re.escape, rules.param("BYLINE-017", "text_roles")))
        picture_roles = "|".join(map(re.escape, rules.param("BYLINE-017", "picture_roles")))
        return re.compile(
            rf"^(?P<names>[^()]{{3,80}}?)\s*\((?:{text_roles})\)\s*(?:,|&|and|und|et|y|e|en)\s*"
            rf"[^()]{{3,80}}?\s*\((?:{picture_roles})\)\s*$",
            re.IGNORECASE,
        )

    return rules.memo(("shapes.roles_in_brackets",), build)


def without_place(text: str, places: frozenset[str] | set[str]) -> str:
    """'Ana García Madrid' -> 'Ana García', 'Jane Doe New York' -> 'Jane Doe': a city the writer filed
    from (BYLINE-021's) printed after the name with no comma or 'in'. The name keeps two words at least."""
    tokens = text.split()
    for k in (3, 2, 1):
        if len(tokens) >= k + 2 and " ".join(tokens[-k:]).lower().strip(".,") in places:
            return " ".join(tokens[:-k])
    return text


_AFTER_APOSTROPHE = re.compile(r"(?<=['’])(\w)")  # compiled here: re's own cache is full of the rule packs


def natural_case(name: str) -> str:
    """'GRANT MCCOOL' -> 'Grant McCool': bylines in capitals are a style, not the name."""
    if not name.isupper():
        return name
    out = []
    for token in name.split():
        t = "-".join(p[:1].upper() + p[1:].lower() for p in token.split("-"))
        t = _AFTER_APOSTROPHE.sub(lambda m: m.group(1).upper(), t)
        if t.startswith("Mc") and len(t) > 2:
            t = "Mc" + t[2].upper() + t[3:]
        elif len(t) <= 3 and t.lower() in PARTICLES:
            t = t.lower()
        out.append(t)
    return " ".join(out)


# 'and' in the languages the packs cover: und, et; and y, e, en (Dutch), i (Polish, Catalan), og,
# och only before a name of two words or more, since compound surnames join with them ('José
# Ortega y Gasset', 'Maria Pereira e Silva')
_NAME_SPLIT = re.compile(
    r"\s*,\s*(?:(?:and|und|et)\s+|&\s+)?|\s+and\s+|\s*&\s*|\s+(?:und|et)\s+|\s+(?:y|e|en|i|og|och)\s+(?=\S+\s+\S)",
    re.IGNORECASE,
)


# a generational suffix after a name ('Martin Luther King Jr.', 'John Smith, Sr.'): part of the name,
# with its full stop; after a comma it is no second writer
_SUFFIX = re.compile(r"(?:Jr|Sr|jr|sr)\.?")


def split_names(text: str) -> list[str]:
    """The names of a list of writers ('Jane Doe, John Roe and Ann Poe'), each without the list's
    punctuation; a generational suffix keeps its full stop and stays with its name ('John Smith,
    Jr.' -> 'John Smith Jr.')."""
    out: list[str] = []
    for piece in _NAME_SPLIT.split(text):
        part = piece.strip(" .;")
        if not part:
            continue
        last = part.split()[-1]
        if _SUFFIX.fullmatch(last) and piece.rstrip(" ;").endswith("."):
            part += "."  # 'Jr.' keeps its full stop
        if _SUFFIX.fullmatch(part) and out:
            out[-1] = f"{out[-1]} {part[0].upper()}{part[1:]}"  # 'John Smith, Jr.': the suffix of the name before
            continue
        out.append(part)
    return out
