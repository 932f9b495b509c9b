"""Timestamps: the published and updated lines outlets print above or below the copy.

One labelled form (TIMESTAMP-001: 'Updated: ...', 'Aktualisiert am ...', 'Mis à jour le ...') and
one shape for every format nobody listed (TIMESTAMP-010): a line made only of numbers and the words
dates and times are written with (TIMESTAMP-002, seven languages), whatever their order and
punctuation. A bare date is taken only near the top or the end, where outlets print it; in the
middle of the copy it may head a section of a timeline. A line with a clock time or a relative
time ('3 hours ago') is a timestamp anywhere. Several bare dates apart from each other are the
article's own dated entries (a schedule, a timeline, a diary), not a stamp, wherever they stand
(TIMESTAMP-090); outlets print their stamp once, or published and updated side by side. A stamp
with its author glued after it ('5:45 AM PST 11/19/2019 by Jane Roe') that the byline pass left
is a timestamp too (TIMESTAMP-012).
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..article import BODY, Block
from ..context import Context
from ..text.shapes import YEAR
from ..timestamps import CAMEL_GLUE, YEAR_GLUED_CLOCK, unglue
from .base import Pass

_TOKEN = re.compile(r"[^\W\d_]+(?:['’.][^\W\d_]+)*\.?|\d+", re.UNICODE)
_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:.h]\d{2}(?::\d{2})?(?!\d)|\b\d{1,2}\s?(?:a\.?m\.?|p\.?m\.?)(?!\w)", re.IGNORECASE)
# A pattern that opens with a lookbehind makes the engine try it at every position of the line;
# opening with what it matches first lets it skip to the places that can start a match, and the
# lookbehind after that first piece asks the same (no digit before it): shapes.YEAR, and here
_NUMERIC_DATE = re.compile(r"\d(?<!\d\d)\d{0,3}[./-]\d{1,2}[./-]\d{1,4}(?!\d)")  # (?<!\d)\d{1,4}[./-]…
_DIGIT = re.compile(r"\d")
# signs of an amount, which a date or a time never carries (``only_date``)
_AMOUNT = frozenset("£$€¥₹%")
_PHONE = re.compile(r"^\W*\+\s?\d|\(\d{2,5}\)\s?\d")  # an international prefix, an area code in brackets
_ISO = re.compile(r"(?<=\d)T(?=\d)|(?<=\d)Z\b")
# in every match of _ISO: a fast scan for a digit, where _ISO tries a lookbehind at every position
_DIGIT_TZ = re.compile(r"\d[TZ]")
_RELATIVE_WORDS = ("ago", "vor", "il y a", "hace", "fa", "há", "geleden", "назад", "тому", "just now")
_RELATIVE = re.compile(r"\b(?:" + "|".join(_RELATIVE_WORDS) + r")\b", re.IGNORECASE)
# its ASCII words, for ``_relative``'s fast path on an ASCII line
_RELATIVE_ASCII_WORDS = tuple(w for w in _RELATIVE_WORDS if w.isascii())
_RELATIVE_ASCII = re.compile(r"\b(?:" + "|".join(_RELATIVE_ASCII_WORDS) + r")\b")


def _relative(text: str, low: str | None = None) -> bool:
    """``_RELATIVE.search(text) is not None``, without scanning most lines (``low``: text.lower()).

    ``_RELATIVE`` opens with '\\b' and ignores case, so the engine tries its words at every position
    of the line (about 4 µs a line, asked of most short lines). In an ASCII line only its ASCII words
    can match, and ignoring case is matching the lower-cased line: a substring test for those words
    rejects nine lines in ten, and the rest are searched in lower case. Other lines ask the pattern."""
    if not text.isascii():
        return _RELATIVE.search(text) is not None
    if low is None:
        low = text.lower()
    for word in _RELATIVE_ASCII_WORDS:
        if word in low:
            return _RELATIVE_ASCII.search(low) is not None
    return False


# the words of a reading time ('4 min read', 'Lesedauer: 4 Minuten', 'Temps de lecture : 4 min')
_READING = frozenset("read lesedauer lesezeit lecture lectura lettura".split())
# a stamp that counts no unit: 'Just now', 'Moments ago', 'Updated just now'
_JUST_NOW = re.compile(
    r"^(?:(?:updated|posted|published)\s*:?\s*)?(?:just\s+now|moments\s+ago|seconds\s+ago)\.?$", re.IGNORECASE
)
# a relative time counted in words: 'a day ago', 'an hour ago', 'vor einem Tag', 'il y a un jour'
_COUNT_WORD = re.compile(r"\b(?:an?|one|a few|einem|einer|un|une|uno|una|um|uma|een)\s+\w+", re.IGNORECASE)
_NOT_NAMES = frozenset(
    "first last hours hour hrs mins min minutes minute ago update updated published posted modified time read "
    "edition today yesterday heute gestern hier hoy ayer oggi ieri hoje ontem vandaag gisteren stunden stunde "
    "minuten heures heure hace horas hora ore uur geleden alle las aujourd'hui stand uhr jour lesedauer godz "
    "aktualizacja zaktualizowano opublikowano dzisiaj wczoraj modifica modificato "
    "lesezeit temps lecture tiempo lectura lettura года год мск назад тому сегодня вчера сьогодні вчора час "
    "часа часов минут минуты минуту мин хвилин годин обновлено опубликовано оновлено опубліковано "
    # counts of a relative time ('a day ago', 'vor einer Woche'): units and count words, no names
    "day days one few seconds second secs moments einem einer tag tagen une jours día días giorno giorni dia "
    "dias dag dagen week weeks woche wochen semaine semaines semana semanas settimana settimane weken month "
    "months monat monaten mois mes meses mese mesi maand maanden year years jahr jahren año años anno anni ano "
    "anos jaar data klo aujourd’hui güncelleme güncellendi yayınlanma yayınlandı tarihi".split()
)
_LABELS = frozenset(
    "updated published posted aktualisiert veröffentlicht actualizado publicado aggiornato pubblicato actualizada "
    "publicada atualizada "
    "atualizado bijgewerkt gepubliceerd mis обновлено опубликовано оновлено опубліковано modifica modificato "
    "aktualizacja zaktualizowano opublikowano publikacja modifié modifiée créé actualisé aangepast gewijzigd geplaatst "
    "utworzenia aktualizacji publikacji publicerad uppdaterad publiceret opdateret publisert oppdatert "
    "julkaistu päivitetty güncelleme güncellendi yayınlanma yayınlandı 입력 수정 기사입력 更新 发布时间 更新时间 "
    "modified issued filed created edited".split()
)


_GLUED_HINT = re.compile(r"\d.*\s(?:by|von|par|por|di|door|przez)\s", re.IGNORECASE)
_GLUED_BY = re.compile(r"\s(?:by|von|par|por|di|door|przez)\s", re.IGNORECASE)  # its second half


def _glued_hint(text: str) -> bool:
    """``_GLUED_HINT.search(text)``, without its backtracking from every digit: a 'by' with a digit
    before it. The last 'by' the scan finds has every digit any 'by' has before it (one it skips
    overlaps it, so only the word's letters lie between them)."""
    if "\n" in text:
        return _GLUED_HINT.search(text) is not None  # '.' stops at a line break: the pattern decides
    last = None
    for last in _GLUED_BY.finditer(text):  # noqa: B007 - the last one is wanted
        pass
    return last is not None and _DIGIT.search(text, 0, last.start()) is not None


_BY = re.compile(
    r"\s+(?:by|von|par|por|di|door|przez)\s+(?=[A-ZÀ-ÖØ-Þ]|[a-z][\w.-]{1,29}(?:\s+in\s+[A-Z][^\d]{0,40})?\s*$)"
)
_NAME_TOKEN = re.compile(r"[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃ][\w'’.-]*$")
_HANDLE = re.compile(r"[a-z][\w.-]{2,29}$")  # an account name after a date and a clock time
# a blog's account name in lower case, which content systems print for the author ('Posted on
# March 5, 2024 by admin'): a default account, or a handle with a digit or an underscore
_ACCOUNT = re.compile(
    r"(?:admin|administrator|editor|editors|staff|webmaster|redaktion|redaccion|redacción|rédaction|redazione|"
    r"redactie|newsdesk|[a-z][a-z.-]*[\d_][\w.-]*)$"
)


class _Setup:
    def __init__(self, ctx: Context) -> None:
        rules = ctx.rules
        self.label = rules.pattern("TIMESTAMP-001")
        self.category = rules.pattern("TIMESTAMP-003")  # 'Category : Press Releases' after the date
        self.words = rules.phrase_set("TIMESTAMP-002")
        # short forms that are words too ('set', 'Sa', 'ven'): date words beside a year or a clock only
        self.anchored = rules.phrase_set("TIMESTAMP-004")
        # month and weekday names: the vocabulary's words that name a day or a month ('1. First'
        # is a list item, not a date: 'first', 'last', clock and label words name nothing)
        self.months = rules.phrase_set("SHARED-002") | {
            w for w in self.words if len(w) >= 3 and w not in _LABELS and w not in _NOT_NAMES
        }
        self.top = rules.param("TIMESTAMP-010", "top")
        self.prose_words = rules.param("TIMESTAMP-010", "prose_words")
        self.max_words = rules.param("TIMESTAMP-010", "max_words")
        self.labelled_max_words = rules.param("TIMESTAMP-010", "labelled_max_words")
        self.dek_words = rules.param("TIMESTAMP-010", "dek_words")
        self.name_max = rules.param("TIMESTAMP-012", "max_name_words")
        self.signed_max_words = rules.param("TIMESTAMP-012", "signed_max_words")
        self.affiliations = rules.phrase_set("BYLINE-005")  # an outlet's words beside a date ('CBS News')
        self.sections = rules.phrase_set("BYLINE-020")  # a section's words beside it ('Politics & Policy')
        self.places = rules.phrase_set("BYLINE-021")  # a city writers file from ('Ciudad de México / …')


_CATEGORY = re.compile(r"\s+in\s+[A-Z][\w'’-]*(?:\s+(?:&\s+)?[A-Z][\w'’-]*){0,2}\s*$")


def _glued_name(setup: _Setup, text: str) -> int:
    """Where a trailing 'by NAME' starts, or -1: 'Nov. 19, 2019 by Jane Roe'."""
    found = list(_BY.finditer(text))
    if not found:
        return -1
    m = found[-1]
    # 'Posted on March 5, 2024 by Jane Doe in Politics': the post's category after the name
    tokens = _CATEGORY.sub("", text[m.end() :]).strip(" .,").split()
    if len(tokens) == 1 and (
        _ACCOUNT.match(tokens[0]) or (_HANDLE.match(tokens[0]) and _CLOCK.search(text, 0, m.start()))
    ):
        return m.start()  # 'Posted on March 5, 2024 by admin', '11.09.2011, 16:20 von jovelstefan'

    if not 1 <= len(tokens) <= setup.name_max or not all(_NAME_TOKEN.match(t) for t in tokens):
        return -1
    return m.start()


def only_date(setup: _Setup, text: str) -> str | None:
    """'clock', 'relative' or 'date' when the line is nothing but a date or time; else None.

    A line with a currency sign or a percent sign is none: no outlet prints its stamp with an
    amount, while a table's row under the copy starts with its year ('2019 4 £1.2m', '2023 17,4 %')
    and its other figures read as a day and a month; losing the table is worse than keeping a line."""
    if not _AMOUNT.isdisjoint(text):
        return None
    if _JUST_NOW.match(text):
        return "relative"  # 'Just now', 'Updated moments ago': a stamp's time counted from the reading
    if ("T" in text or "Z" in text) and _DIGIT_TZ.search(text):
        text = _ISO.sub(" ", text)  # '2019-11-20T08:15:00Z'
    known = setup.words
    # the tokens are read up to the first that is no date word: most lines asked about are prose,
    # which fails at its first or second word (reading them all cost more than the rest of the test)
    tokens = []
    failed = False
    anchor = None
    for m in _TOKEN.finditer(text):
        token = m.group()
        if not token.isdigit() and token.lower().rstrip(".") not in known:
            if token.lower().rstrip(".") in setup.anchored:
                if anchor is None:
                    anchor = YEAR.search(text) is not None or _CLOCK.search(text) is not None
                if anchor:
                    tokens.append(token)
                    continue
            failed = True
            break
        tokens.append(token)
    if not tokens and not failed:
        return None
    if failed:
        # pieces an extractor ran together ('GMTUpdated'): read apart, only when a word failed so
        if CAMEL_GLUE.search(text) is None:
            return None
        text = unglue(text)
        tokens = _TOKEN.findall(text)
        words = [t.lower().rstrip(".") for t in tokens if not t.isdigit()]
        if any(w not in known and w not in setup.anchored for w in words):
            return None
    else:
        words = [t.lower().rstrip(".") for t in tokens if not t.isdigit()]
        if YEAR_GLUED_CLOCK.search(text):
            text = unglue(text)  # 'March 5, 20243:14 PM': the year and the clock apart
            tokens = _TOKEN.findall(text)
    numbers = [t for t in tokens if t.isdigit()]
    labelled = any(w in _LABELS for w in words)
    numeric = _NUMERIC_DATE.findall(text)
    if _PHONE.search(text) or any(len(n.split("-")[0]) == 3 for n in numeric if "-" in n):
        return None  # '+81 158-23-2012': a phone number, never a date
    rest = _NUMERIC_DATE.sub(" ", text)  # '19.11.2019' is one date, not a clock '19.11' and a year
    clocks = len(_CLOCK.findall(rest))
    years = len(numeric) + len(YEAR.findall(rest))
    if not labelled and (clocks >= 2 or (years >= 2 and not _same_date_twice(numeric, text, rest, clocks))):
        return None  # a range or a schedule ('9.30 A.M. / 7.00 P.M.', '29 November 2018 | 20 January 2019')
    if clocks:
        return "clock"
    if len(numbers) == 1 and not _READING.isdisjoint(words) and setup.months.isdisjoint(words):
        return None  # 'Read Time: 3 mins' (NDTV's): a reading time alone dates nothing (CRUMB-001's furniture)
    if _relative(text) and (numbers or _COUNT_WORD.search(text)):
        return "relative"
    if numbers and not _READING.isdisjoint(words) and (len(numbers) > 1 or not setup.months.isdisjoint(words)):
        # a date with a reading time ('Mar 5 · 4 min read'): page furniture wherever it stands (the
        # reading time alone is a crumb, CRUMB-001)
        return "relative"
    named = any(w in setup.months or w in setup.anchored for w in words)
    if _NUMERIC_DATE.search(text) or (named and numbers) or (YEAR.search(text) and len(numbers) >= 2):
        return "date"
    return None


# what sets a range's or a schedule's two dates apart: a dash or bar between spaces, 'to', 'bis'
_RANGE = re.compile(r"\s[-–—|/]\s|\b(?:to|until|till|bis|au|al|tot|a)\b", re.IGNORECASE)


def _same_date_twice(numeric: list[str], text: str, rest: str, clocks: int) -> bool:
    """'03/05/2024 March 5, 2024': one date in figures and in words, as some outlets print it (DW),
    not a range: exactly two (``numeric``: the dates in figures), of one year, with nothing that sets
    a range apart and no clock."""
    if clocks or _RANGE.search(text):
        return False
    words = YEAR.findall(rest)
    return len({n[-4:] for n in numeric} | set(words)) == 1 and len(numeric) + len(words) == 2


def date_words_only(ctx: Context, text: str) -> bool:
    """A line of numbers and date words only, with a digit ('03/05/2024 March 5, 2024', '5 mrt 2024 om
    10:15'): a date or a schedule's line, never a title, whether or not it is a stamp."""
    if _DIGIT.search(text) is None:
        return False
    words = PASS.setup(ctx).words
    return all(t.isdigit() or t.lower().rstrip(".") in words for t in _TOKEN.findall(text))


def is_stamp(ctx: Context, text: str) -> bool:
    """A line that is a timestamp, labelled or not: never a title ('Publié le … à 10h51 - Mis à jour …')."""
    if _DIGIT.search(text) is None and not _relative(text):
        return False
    setup = PASS.setup(ctx)
    return _labelled_stamp(setup, text) or only_date(setup, text) is not None or _placed_stamp(setup, text)


def date_word(ctx: Context, word: str) -> bool:
    """A word of a date or its label (TIMESTAMP-002: 'Tuesday,', 'March', 'Updated'), no name's."""
    return word.lower().strip(".,") in PASS.setup(ctx).words


def is_bare_date(ctx: Context, text: str) -> bool:
    """A piece that is a date and nothing else, with its year ('1.12.2022', 'March 5, 2024')."""
    return only_date(PASS.setup(ctx), text) == "date" and (YEAR.search(text) or _NUMERIC_DATE.search(text)) is not None


# the pieces of a stamp line an outlet sets apart: 'Madrid - 05 mar 2024 - 15:14 CET'
_PIECES = re.compile(r"\s+[-–—|/•·●]\s+|,\s+")  # ('Jakarta ● Tue, March 5, 2024', The Jakarta Post's)
_PLACE_PIECE = re.compile(
    r"^[A-ZÀ-Þ][\w'’.&-]*(?:\s+(?:&|[A-ZÀ-Þ][\w'’.&-]*)){0,2}$"
    # a place with its particle: 'Ciudad de México' (Milenio's), 'Rio de Janeiro'
    r"|^[A-ZÀ-Þ][\w'’.-]*\s+(?:de|del|do|da|di|am|an)\s+[A-ZÀ-Þ][\w'’.-]*$"
)


# labels that say 'date' and no more: a data sheet's line ('- Datum: 31/08/2019' of a photo's
# details) is one too, so a line with one is a stamp only where a bare date is (TIMESTAMP-010)
_DATE_LABEL = re.compile(r"(?i:dated|datum|fecha|data|date\s+de\s+publication)\s*:\s*")
_FIGURES = r"(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d-\d{2}-\d{2})"
_DATE_AND_WORD = re.compile(rf"^(?:{_FIGURES}\s+[A-ZÀ-Þ][^\W\d_]{{2,}}|[A-ZÀ-Þ][^\W\d_]{{2,}}\s+{_FIGURES})$")


def _placed_stamp(setup: _Setup, text: str) -> bool:
    """A date or time with a place or the outlet's name as its first or last piece: 'Madrid - 05 mar
    2024 - 15:14 CET' (El País), 'Tuesday 5 March 2024 15:14, UK' (Sky News), 'March 5, 2024 / 3:14
    PM / CBS News'. The piece is one to three capitalised words with no digit; the rest is a stamp."""
    if len(text) > 80 or not (YEAR.search(text) or _NUMERIC_DATE.search(text)):
        return False  # a printed date is asked for (below): most lines have none
    if label := _DATE_LABEL.match(text):
        # 'Datum: 12.03.2024, Rubrik: Lokales': the category after it (TIMESTAMP-003)
        rest = _without_category(setup, text[label.end() :])
        if only_date(setup, rest) in ("date", "clock"):
            return True  # 'Dated: 5 March 2024', 'Datum: 18.10.2021': a date's own label (a bare date's place)
    pieces = _PIECES.split(text.strip())
    if len(pieces) < 2:
        # '31.01.2016 Hardware', 'Berlin 31.01.2016': a date in figures and one word, the section the
        # story is filed under or the place, set apart by a space only
        return _DATE_AND_WORD.match(text.strip()) is not None
    for piece, rest in ((pieces[0], text[len(pieces[0]) :]), (pieces[-1], text[: text.rfind(pieces[-1])])):
        if not _PLACE_PIECE.match(piece) or _DIGIT.search(piece):
            continue
        words = piece.lower().split()
        # one word ('Madrid', 'UK', 'Bonn'), or an outlet ('CBS News'): two or three capitalised words
        # may be a person's name ('04.02.2022 | 13:10 Uhr | Uta Helkenberg') or a venue's
        if (
            len(words) > 1
            and setup.affiliations.isdisjoint(words)
            and setup.sections.isdisjoint(words)
            and piece.lower() not in setup.places
        ):
            continue  # (a section of the site is no person: 'Mar 5, 2024 - Politics & Policy', Axios)
        rest = rest.strip(" -–—|/•·●,")
        if (YEAR.search(rest) or _NUMERIC_DATE.search(rest)) and only_date(setup, rest):
            return True  # a date, not a clock alone ('Mo, 11:41 Uhr' is a weekday and a time)
    return False


# the wire an outlet names beside its stamp: 'Updated: March 05, 2026 10:15 IST | Source: PTI',
# 'Stand: 05.03.2024 10:15 Uhr | Quelle: dpa'
_SOURCE_TAIL = re.compile(
    r"\s+[|•]\s+(?:Source|Agency|Inputs|Quelle|Fuente|Fonte|Bron)\s*:\s*[\w .&-]{2,40}$", re.IGNORECASE
)


def _labelled_stamp(setup: _Setup, text: str) -> bool:
    """A published/updated label followed by nothing but a date or time (TIMESTAMP-001), and at
    most the wire it came from ('| Source: PTI')."""
    label = setup.label.match(text)
    if label and ": " in text[label.end() :]:
        text = _SOURCE_TAIL.sub("", text)
    if not label or label.end() >= len(text):
        return False
    rest = text[label.end() :]
    if only_date(setup, rest):
        return True
    dated = _without_category(setup, rest)
    return dated != rest and bool(only_date(setup, dated))


def labelled_stamp(ctx: Context, text: str) -> bool:
    """TIMESTAMP-001's test, for the passes that meet a stamp inside a line of their own (a desk's
    credits line: 'Edited By: Jane Doe | Updated: Mar 5, 2024, 10:15 IST')."""
    return _labelled_stamp(PASS.setup(ctx), text)


def _without_category(setup: _Setup, rest: str) -> str:
    """The stamp without the post's category the template prints after the date (TIMESTAMP-003):
    'News date : 04/12/2023 Category : Press Releases'; what stands before the field must be a date still."""
    field = setup.category.search(rest) if ":" in rest else None
    return rest[: field.start()] if field and field.start() > 0 else rest


# the days a stamp names without a date ('Last modified: yesterday', 'Aktualisiert: heute')
_DAYS = frozenset(
    "today yesterday heute gestern aujourd'hui aujourd’hui hier hoy ayer oggi ieri hoje ontem vandaag gisteren "
    "dzisiaj wczoraj сегодня вчера сьогодні вчора".split()
)


def _labelled_day(setup: _Setup, text: str) -> bool:
    """A published/updated label and a day with no date: 'Last modified: yesterday', 'Updated today'."""
    label = setup.label.match(text)
    if not label:
        return False
    words = [t.lower().rstrip(".") for t in _TOKEN.findall(text[label.end() :])]
    return bool(words) and words[-1] in _DAYS and all(w in _DAYS or w in ("at", "um", "à", "a", "le") for w in words)


class Timestamps(Pass[_Setup]):
    family = "timestamp"
    emits = ("TIMESTAMP-001", "TIMESTAMP-010", "TIMESTAMP-011", "TIMESTAMP-012", "TIMESTAMP-013", "TIMESTAMP-015")
    vetoes = ("TIMESTAMP-090",)

    def prepare(self, ctx: Context) -> _Setup:
        return _Setup(ctx)

    def run(self, ctx: Context) -> None:
        setup = self.setup(ctx)
        body = list(ctx.body())
        n = len(body)
        found: list[tuple[int, str, bool]] = []  # (position, rule, a bare date)
        signed: dict[int, tuple[list[str], str]] = {}  # 'Jane Doe | March 5, 2024': (names, stamp)
        # 'near the top' is among the first lines and above the copy: where the line stands does not
        # move when a line above it is removed, so a second cleaning finds the same (idempotent)
        # A long headline (the title candidate) is no prose: once lifted, the line under it opens the
        # text, and a second cleaning would take a date there
        top = next((i for i, b in enumerate(body) if _prose(ctx, setup, b)), n)
        # a lone label counts by the copy, not by lines: 'Advertisement' lines a later pass removes
        # above it would otherwise put it out of reach on the first cleaning and in reach on the next
        label_top = top
        fielded: dict[int, str] = {}  # 'World News | Press Trust of India | Updated: …': the stamp field
        for i, block in enumerate(body):
            if (
                " | " in block.text
                and block.words <= setup.labelled_max_words
                and (field := _fielded_stamp(setup, block.text)) is not None
                and not (block.words <= setup.signed_max_words and _signed_stamp(ctx, block.text))
            ):  # 'Jane Doe | Updated: …' is the writer's signed stamp (TIMESTAMP-012), which names the author
                fielded[i] = field
                found.append((i, "TIMESTAMP-013", False))
                continue
            if block.words > setup.max_words:
                # a labelled line may hold two stamps ('Posted: … / Updated: …'); a bare one is short
                if (
                    block.words <= setup.labelled_max_words
                    and _DIGIT.search(block.text)
                    and _labelled_stamp(setup, block.text)
                ):
                    found.append((i, "TIMESTAMP-001", False))
                continue
            if _DIGIT.search(block.text) is None:  # a date or time has a digit, or is 'a day ago'
                if i < label_top and block.words == 1 and block.lower.strip(" :.") in _LABELS:
                    ctx.remove(block, "TIMESTAMP-011")
                elif _relative(block.text, block.lower) and only_date(setup, block.text) == "relative":
                    found.append((i, "TIMESTAMP-010", False))
                elif block.words <= 5 and _labelled_day(setup, block.text):
                    found.append((i, "TIMESTAMP-001", False))
                continue
            if _labelled_stamp(setup, block.text):
                found.append((i, "TIMESTAMP-001", False))
                continue
            if ("|" in block.text or "•" in block.text) and (bare := _SOURCE_TAIL.sub("", block.text)) != block.text:
                if only_date(setup, bare) == "clock":
                    # GlobeNewswire's 'March 04, 2024 07:30 ET | Source: Acme Therapeutics': a stamp with
                    # its clock time and the source beside it (a date alone and its source, '05.03.2024 |
                    # Source: Reuters', is FOOTER-012's source line)
                    fielded[i] = bare
                    found.append((i, "TIMESTAMP-010", False))
                    continue
            if i < top and block.words <= 16 and (desk_stamp := _desk_stamp(ctx, setup, block.text)) is not None:
                fielded[i] = desk_stamp  # 'KYODO NEWS - Feb 15, 2024 - 09:12 | Business, All'
                found.append((i, "TIMESTAMP-015", False))
                continue
            kind = only_date(setup, block.text)
            if kind is None and block.words <= 12 and _placed_stamp(setup, block.text):
                kind = None if _in_data_sheet(body, i) else "date"
            if kind is not None:
                found.append((i, "TIMESTAMP-010", kind == "date"))
            elif i < label_top and block.words == 1 and block.lower.strip(" :.") in _LABELS:
                found.append((i, "TIMESTAMP-011", False))
            elif _glued_hint(block.text) and (cut := _glued_name(setup, block.text)) > 0:
                if only_date(setup, block.text[:cut]) in ("clock", "date"):
                    found.append((i, "TIMESTAMP-012", False))
            elif block.words <= setup.signed_max_words and (found_signed := _signed_stamp(ctx, block.text)):
                signed[i] = found_signed
                found.append((i, "TIMESTAMP-012", True))  # placed as a bare date: at the edges only
        if signed:
            # an outlet signs once: names and dates on several lines, or beside a dated line that is no
            # stamp, are the copy's own list (a tour's dates: 'Berlin Tempodrom – October 24, 2020')
            stamps = {i for i, _, _ in found}
            lone = {
                i
                for i in signed
                if len(signed) == 1
                and not any(
                    0 <= j < n
                    and j not in stamps
                    and body[j].words <= setup.signed_max_words
                    and YEAR.search(body[j].text)
                    for j in (i - 1, i + 1)
                )
            }
            found = [f for f in found if f[0] not in signed or f[0] in lone]
        # bare dates with copy between them head entries of the article's own (TIMESTAMP-090)
        bare = [i for i, _, date in found if date]
        series = any(b - a > 1 for a, b in pairwise(bare))
        # the edges are where no prose stands between the line and the start or the end: a rule
        # that counted lines would change its mind once a later pass removed a credits line, and
        # cleaning must be idempotent
        prose = [i for i, b in enumerate(body) if _prose(ctx, setup, b)]
        first_prose = prose[0] if prose else n
        last_prose = prose[-1] if prose else -1
        for i, rule_id, date in found:
            block = body[i]
            if date and series:
                ctx.veto("TIMESTAMP-090", block)  # the article's own schedule or timeline
            elif date and not (
                i < min(first_prose, setup.top)
                or i > last_prose
                or _beside_byline(ctx, block, i, prose)
                or _under_standfirst(setup, body, i, prose)
            ):
                continue  # a bare date in the middle may head a section
            else:
                ctx.remove(block, rule_id)
                _label_above(ctx, setup, block)
                if date and 0 <= last_prose < i and _under_module(ctx, body[last_prose + 1 : i]):
                    continue  # a teaser's date under a module of other stories: not the story's
                text = block.text
                if i in fielded:
                    _note(ctx, fielded[i], rule_id)
                    continue
                if i in signed:
                    names, text = signed[i]
                    if not ctx.metadata.authors:
                        ctx.metadata.authors.extend(names)
                    _note(ctx, text, rule_id)
                    continue
                if rule_id == "TIMESTAMP-012":
                    cut = _glued_name(setup, text)
                    _glued_author(ctx, text[cut:])
                    text = text[:cut].rstrip(" ,|")
                _note(ctx, text, rule_id)


# the desk or the wire, a separator, the stamp, and perhaps the sections after a bar
_DESK_STAMP = re.compile(
    r"(?P<desk>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s*[-–—|,]\s*(?P<stamp>[^|]{6,60}?)"
    r"(?:\s*\|\s*[A-Z][\w&'’ ,-]{1,60})?"
)


def _desk_stamp(ctx: Context, setup: _Setup, text: str) -> str | None:
    """TIMESTAMP-015: above the copy, the desk's or the wire's name, then the stamp ('KYODO NEWS - Feb
    15, 2024 - 09:12 | Business, All', 'Ahram Online , Wednesday 6 Mar 2024'): the stamp, or None.
    The name must be an outlet's (an agency FOOTER-021 knows, or a last word of BYLINE-005's outlet
    nouns: 'News', 'Online'); a place before a date is a dateline or a press release's line."""
    m = _DESK_STAMP.fullmatch(text.strip())
    if m is None:
        return None
    desk = m.group("desk")
    last = desk.split()[-1].lower().strip(".")
    outlets = ctx.rules.phrase_set("FOOTER-021")
    if desk.lower() not in outlets and (
        last not in ctx.rules.phrase_set("BYLINE-005") or last in ("the", "for", "via")
    ):
        return None
    stamp = m.group("stamp").strip(" -–—,")
    return stamp if only_date(setup, stamp) in ("clock", "date") and YEAR.search(stamp) else None


def _under_module(ctx: Context, between: list[Block]) -> bool:
    """Whether a catalogued header of a module of other stories ('Empfohlene Beiträge', 'Related
    posts', 'Articles similaires': RELATED-002 and the language packs') stands between the copy and
    a bare date under it: the date is a teaser's ('Empfohlene Beiträge' / a headline / '05. Februar
    2020'), which TIMESTAMP-010 removes but never records as the story's published date."""
    from . import related

    headers = related.PASS.setup(ctx).header_rules
    return any(b.words <= 8 and any(rule.pattern.match(b.text) for rule in headers) for b in between)


_FIELD_SPLIT = re.compile(r"\s+\|\s+")
# a page's meta field before the stamp: a section, a desk, a wire or a site, in at most five words
# opening in a capital, with no sentence's punctuation ('World News', 'Press Trust of India',
# 'TIMESOFINDIA.COM', 'TOI News Desk')
_META_FIELD = re.compile(r"[A-Z][\w.&'’-]*(?:\s+[\w.&'’-]+){0,4}")


# a source, editor or author field on a stamp's line ('Source: Xinhua', 'Editor: huaxia', 'Quelle: dpa')
_LABELLED_FIELD = re.compile(
    r"(?i:source|editor|author|agency|quelle|autor|auteur|fuente|fonte|bron|redakteur|redaktion|redacción)"
    r"\s*:\s*[\w.&'’ -]{2,40}"
)


def _fielded_stamp(setup: _Setup, text: str) -> str | None:
    """TIMESTAMP-013: a line of the page's meta fields separated by bars whose last field is a
    labelled stamp (TIMESTAMP-001's test): 'World News | Press Trust of India | Updated: March 05,
    2024 10:15 am IST' (NDTV), 'TOI News Desk | TIMESOFINDIA.COM | Updated: Mar 5, 2024, 10:15 IST'.
    The stamp field, or None. A bare date as the last field is no stamp here ('Opening night | March
    5, 2024' is a programme's line); a date with its year among labelled source and editor fields is
    ('Source: Xinhua | 2024-03-05 10:15:00 | Editor: huaxia')."""
    parts = _FIELD_SPLIT.split(text.strip())
    if 3 <= len(parts) <= 4 and any(_LABELLED_FIELD.fullmatch(p) for p in parts):
        # 'Source: Xinhua | 2024-03-05 10:15:00 | Editor: huaxia': the date among labelled fields (a
        # date and its source alone, '05.03.2024 | Source: Reuters', is FOOTER-012's source line)
        dates = [p for p in parts if not _LABELLED_FIELD.fullmatch(p)]
        # (a labelled stamp with its wire after it, 'Stand: … | Quelle: dpa', is TIMESTAMP-001's)
        if (
            len(dates) == 1
            and setup.label.match(dates[0]) is None
            and YEAR.search(dates[0])
            and only_date(setup, dates[0]) in ("clock", "date")
        ):
            return dates[0]
    if not 2 <= len(parts) <= 4 or _DIGIT.search(parts[-1]) is None:
        return None
    if not all(_META_FIELD.fullmatch(p) and not p.endswith(".") and _DIGIT.search(p) is None for p in parts[:-1]):
        return None
    return parts[-1] if _labelled_stamp(setup, parts[-1]) else None


def _label_above(ctx: Context, setup: _Setup, block: Block) -> None:
    """TIMESTAMP-011: the label alone on the line right over a stamp this pass took ('Release Date:' /
    'Thursday, 28 April 2022 – 3:55pm', 'Veröffentlicht am:' / '05.03.2024'): the stamp's own label,
    which the extractor broke onto a line of its own; with its date gone it labels nothing."""
    j = block.index - 1
    if j < 0:
        return
    above = ctx.blocks[j]
    if above.status != BODY or above.words > 4:
        return
    label = setup.label.match(above.text)
    if label is not None and label.end() == len(above.text) and not above.text[:1].islower():
        ctx.remove(above, "TIMESTAMP-011")


_KEY_VALUE = re.compile(r"^(?:[-•*]\s+)?[^\W\d_][\w .'’/-]{0,30}:\s+\S")


def _in_data_sheet(body: list[Block], i: int) -> bool:
    """'Datum: 31/08/2019' between 'Belichtungszeit: 60 x 3 Minuten' and 'Uhrzeit: ab Mitternacht':
    a labelled date among other 'key: value' lines is a data sheet's field, not the story's stamp."""
    if not _DATE_LABEL.match(body[i].text):
        return False
    return any(0 <= j < len(body) and _KEY_VALUE.match(body[j].text) for j in (i - 1, i + 1))


def _beside_byline(ctx: Context, block: Block, i: int, prose: list[int]) -> bool:
    """A bare date right over or under the byline a byline pass lifted under the standfirst ('A
    paragraph of dek.' / 'November 20, 2019' / 'Jane Doe' / the copy): the story's stamp, though a
    paragraph of prose (the standfirst) stands above it. Only above the second paragraph of prose.
    So is one right under the place line The New York Times prints under its byline ('By Jane Doe' /
    'Reporting from Springfield, Ill.' / 'March 5, 2024', DATELINE-011), or under a 'By' line there."""
    if len(prose) > 1 and i > prose[1]:
        return False
    blocks = ctx.blocks
    for j in (block.index - 1, block.index + 1):
        if 0 <= j < len(blocks) and blocks[j].status != BODY and (blocks[j].rule or "") in _BYLINE_LINES:
            return True
    return False


# the lines a dated stamp stands beside under the standfirst: a byline under it, the 'By' line, the
# New York Times' place line under its byline
_BYLINE_LINES = frozenset(("BYLINE-012", "BYLINE-001", "DATELINE-011"))


def _under_standfirst(setup: _Setup, body: list[Block], i: int, prose: list[int]) -> bool:
    """A bare date right under the standfirst ('A paragraph of dek.' / '15.12.2022' / the copy): the
    first paragraph of prose opens the text or stands under at most a kicker and a title, it is a
    standfirst's length, and the date is the first line under it, in figures with its year, as
    content systems print a stamp (a timeline's section heads its entries in words: '12 March 2024')."""
    return (
        bool(prose)
        and prose[0] + 1 == i
        and prose[0] <= 2
        and body[prose[0]].words <= setup.dek_words
        and _FIGURES_ONLY.fullmatch(body[i].text.strip()) is not None
    )


_FIGURES_ONLY = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d-\d{2}-\d{2}")


def _prose(ctx: Context, setup: _Setup, block: Block) -> bool:
    """A paragraph of the copy: prose_words words or more, and not the headline over it."""
    return block.words >= setup.prose_words and block is not ctx.title_candidate


_SIGN_SEPARATORS = " ,|·•—–-/"


def _signed_stamp(ctx: Context, text: str) -> tuple[list[str], str] | None:
    """TIMESTAMP-012's other order: the writer's name, then the story's date with its year, on one
    line the byline pass left ('Jane Doe | March 5, 2024' under the copy, 'Von Max Mustermann,
    05.03.2024, 10:15 Uhr', 'Par Marie Dupont - Publié le 05/03/2024'). The names and the stamp, or None."""
    from . import byline

    if _DIGIT.search(text[-14:]) is None or YEAR.search(text) is None:
        return None  # the line ends with no date or time, or has no year: no stamp (the reader costs most)
    stamp = byline.stamp_of(ctx, text)
    if not stamp or YEAR.search(stamp) is None or not text.rstrip(" .").endswith(stamp.rstrip(" .")):
        return None
    head = text[: text.rstrip(" .").rfind(stamp.rstrip(" ."))].rstrip(_SIGN_SEPARATORS)
    words = head.split()
    while words and date_word(ctx, words[-1]):
        words.pop()  # 'Jane Doe Tue 5 Mar 2024': the weekday is the stamp's
    head = " ".join(words).rstrip(_SIGN_SEPARATORS)
    if not head or _DIGIT.search(head):
        return None
    names = byline.parse(ctx, head, top=True) or byline.bare_names(ctx, head)
    return (names, stamp) if names else None


def _glued_author(ctx: Context, tail: str) -> None:
    """The writer glued after a stamp ('… 11/19/2019 by Patrick Shanley') is the byline the byline
    pass could not read for the date before it: the author, when no byline named one."""
    from . import byline

    if ctx.metadata.authors:
        return
    names = byline.bare_names(ctx, _BY.sub("", tail, count=1).strip(" .,"))
    if names:
        ctx.metadata.authors.extend(names)


def note_stamp(ctx: Context, text: str) -> None:
    """Record a stamp another pass took with its line (a byline's date)."""
    _note(ctx, text, "TIMESTAMP-010")


def _note(ctx: Context, text: str, rule_id: str) -> None:
    """The first published and the first updated stamp, as printed and as ISO 8601 (issue 13).

    A line printing both ('Nov. 20, 2019 Updated: Nov. 20, 2019 1:35 a.m.') is split at the update
    label: the date before it is the published one."""
    if rule_id == "TIMESTAMP-011":
        return  # a label alone says nothing of when
    from ..timestamps import is_update, split_update, stamp

    month_day = _dateline_month_day(ctx)
    for piece in split_update(unglue(text)):
        field = "updated" if is_update(piece) else "published"
        known = getattr(ctx.metadata, field)
        if known is None:
            setattr(ctx.metadata, field, stamp(piece, ctx.metadata.language, month_day))
        elif known.get("iso") is None and (found := stamp(piece, ctx.metadata.language, month_day))["iso"] is not None:
            # 'Di, 10:19 Uhr' over '31.10.2023': a weekday and a clock name no day a reader can
            # date; the stamp that prints the date is the one to keep
            setattr(ctx.metadata, field, found)


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# the month and day an English dateline's date names: 'March 4' ('KUALA LUMPUR, March 4 (Bernama)'), 'Feb 23'
_DATELINE_DAY = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\b(?!\s*:|\d)")


def _dateline_month_day(ctx: Context) -> tuple[int, int] | None:
    """The month and day of the date the dateline pass read from the dateline ('March 4'), if any."""
    dateline = ctx.metadata.dateline
    if dateline is None or not dateline.date or (m := _DATELINE_DAY.search(dateline.date)) is None:
        return None
    return _MONTHS.index(m.group(1).lower()) + 1, int(m.group(2))


PASS = Timestamps()
