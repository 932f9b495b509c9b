"""A timestamp line as printed, and as ISO 8601 where it parses: the sidecar's `published` and
`updated` (issue 13).

Candidates come from the timestamp pass's own patterns; python-dateutil (a kept parser, already
installed by trafilatura's date reader) turns them into dates, since dateparser costs
milliseconds a call. Day-first is chosen from the form ('19.11.2019' and '20/11/2019' in a
language that writes the day first); a zone is kept only when its name is unambiguous (IST is
India, Israel or Ireland: the time is then given without a zone).
"""

from __future__ import annotations

import re
import warnings
from datetime import date, datetime, timedelta
from typing import Any

_UPDATED = re.compile(
    r"(?:\b|(?<=\d))(?:last\s+(?:updated?|modified)|updated?|modified|edited|aktualisiert|zuletzt|letzte\s+änderung|geändert|mis\s+à\s+jour|modifié|actualizado|aggiornato|"
    r"atualizado|bijgewerkt|laatste\s+update|zaktualizowano|aangepast|gewijzigd|aktualizacji|uppdaterad|opdateret|"
    r"modifica(?:to)?|"
    r"oppdatert|päivitetty|обновлено|обновлен|оновлено|güncelleme|güncellendi|수정|更新)\b",
    re.IGNORECASE,
)
_ZONES = {
    # spelled out, as Business Wire prints them ('04:05 PM Eastern Standard Time'): before the short forms
    "eastern standard time": "-05:00",
    "eastern daylight time": "-04:00",
    "central standard time": "-06:00",
    "central daylight time": "-05:00",
    "mountain standard time": "-07:00",
    "mountain daylight time": "-06:00",
    "pacific standard time": "-08:00",
    "pacific daylight time": "-07:00",
    "greenwich mean time": "+00:00",
    "british summer time": "+01:00",
    "central european summer time": "+02:00",
    "central european time": "+01:00",
    "utc": "+00:00",
    "gmt": "+00:00",
    "z": "+00:00",
    "bst": "+01:00",
    "cet": "+01:00",
    "cest": "+02:00",
    "eet": "+02:00",
    "eest": "+03:00",
    "est": "-05:00",
    "edt": "-04:00",
    "cst": "-06:00",
    "cdt": "-05:00",
    "mst": "-07:00",
    "mdt": "-06:00",
    "pst": "-08:00",
    "pdt": "-07:00",
    "jst": "+09:00",
    "kst": "+09:00",
    "aest": "+10:00",
    "aedt": "+11:00",
    "msk": "+03:00",
    "hkt": "+08:00",
    "sgt": "+08:00",
    # Asia-Pacific, Africa and the Americas as their outlets print them ('4:01 PM MYT', The Star's;
    # 'PHT', 'PKT', 'SAST', 'NZDT', 'WIB'); not IST (India's and Israel's) nor WAT or ART, words too
    "myt": "+08:00",
    "pht": "+08:00",
    "pkt": "+05:00",
    "npt": "+05:45",
    "wib": "+07:00",
    "wita": "+08:00",
    "awst": "+08:00",
    "acst": "+09:30",
    "acdt": "+10:30",
    "nzst": "+12:00",
    "nzdt": "+13:00",
    "sast": "+02:00",
    "brt": "-03:00",
    "hst": "-10:00",
    "akst": "-09:00",
    "akdt": "-08:00",
}
# compiled here, not in re's own cache of 512 patterns: the rule packs fill it, and a pattern
# pushed out of it is compiled again the next time it is asked for
_YEAR_PRINTED = re.compile(r"(?:19|20)\d{2}")
_TIME_PRINTED = re.compile(r"\d{1,2}[:h.]\d{2}(?!\d)|\d\s?(?:am|pm|a\.m|p\.m)", re.IGNORECASE)
_DIGITS = re.compile(r"\d")
# a reading time beside the date ('Nov 20, 2019 · 5 min read'): its number is no day or hour
_READING = re.compile(
    r"\b\d{1,3}\s*(?:min(?:ute)?s?|minuten|minutos?)\b\.?(?:\s+(?:read|lesezeit|lesen))?", re.IGNORECASE
)
_ZONE = re.compile(r"\b(" + "|".join(_ZONES) + r")\b", re.IGNORECASE)
_DOTTED = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b")
_SLASHED = re.compile(r"\b\d{1,2}([/-])\d{1,2}\1\d{2,4}\b")  # '05/03/2024', '05-03-2024
# month names dateutil reads only in English: the other languages' (the rule packs' seven), to English
_MONTH_NAMES = {
    "januar": "january",
    "jänner": "january",
    "februar": "february",
    "märz": "march",
    "mai": "may",
    "juni": "june",
    "juli": "july",
    "oktober": "october",
    "dezember": "december",
    "janvier": "january",
    "février": "february",
    "mars": "march",
    "avril": "april",
    "juin": "june",
    "juillet": "july",
    "août": "august",
    "septembre": "september",
    "octobre": "october",
    "novembre": "november",
    "décembre": "december",
    "enero": "january",
    "febrero": "february",
    "marzo": "march",
    "abril": "april",
    "mayo": "may",
    "junio": "june",
    "julio": "july",
    "agosto": "august",
    "septiembre": "september",
    "setiembre": "september",
    "octubre": "october",
    "noviembre": "november",
    "diciembre": "december",
    "gennaio": "january",
    "febbraio": "february",
    "aprile": "april",
    "maggio": "may",
    "giugno": "june",
    "luglio": "july",
    "settembre": "september",
    "ottobre": "october",
    "dicembre": "december",
    "janeiro": "january",
    "fevereiro": "february",
    "março": "march",
    "maio": "may",
    "junho": "june",
    "julho": "july",
    "setembro": "september",
    "outubro": "october",
    "dezembro": "december",
    "januari": "january",
    "februari": "february",
    "maart": "march",
    "mei": "may",
    "augustus": "august",
    "stycznia": "january",
    "lutego": "february",
    "marca": "march",
    "kwietnia": "april",
    "maja": "may",
    "czerwca": "june",
    "lipca": "july",
    "sierpnia": "august",
    "września": "september",
    "października": "october",
    "listopada": "november",
    "grudnia": "december",
    # Czech and Slovak in the genitive, Hungarian, Romanian, Croatian and Turkish ('4. března 2024 14:32',
    # '2024. március 4. – 14:32', '4 martie 2024', '4. ožujka 2024.', '4 Mart 2024 14:32'); Croatian's
    # 'listopada' (October) is Polish's November and stays Polish's
    "ledna": "january",
    "února": "february",
    "března": "march",
    "dubna": "april",
    "května": "may",
    "června": "june",
    "července": "july",
    "srpna": "august",
    "září": "september",
    "října": "october",
    "listopadu": "november",
    "prosince": "december",
    "januára": "january",
    "februára": "february",
    "apríla": "april",
    "mája": "may",
    "júna": "june",
    "júla": "july",
    "augusta": "august",
    "septembra": "september",
    "októbra": "october",
    "novembra": "november",
    "decembra": "december",
    "január": "january",
    "február": "february",
    "március": "march",
    "április": "april",
    "május": "may",
    "június": "june",
    "július": "july",
    "augusztus": "august",
    "szeptember": "september",
    "október": "october",
    "ianuarie": "january",
    "februarie": "february",
    "martie": "march",
    "aprilie": "april",
    "iunie": "june",
    "iulie": "july",
    "septembrie": "september",
    "octombrie": "october",
    "noiembrie": "november",
    "decembrie": "december",
    "siječnja": "january",
    "veljače": "february",
    "ožujka": "march",
    "travnja": "april",
    "svibnja": "may",
    "lipnja": "june",
    "srpnja": "july",
    "kolovoza": "august",
    "rujna": "september",
    "studenoga": "november",
    "prosinca": "december",
    "ocak": "january",
    "şubat": "february",
    "mart": "march",
    "nisan": "april",
    "mayıs": "may",
    "haziran": "june",
    "temmuz": "july",
    "ağustos": "august",
    "eylül": "september",
    "ekim": "october",
    "kasım": "november",
    "aralık": "december",
    # the short forms outlets print in their own language ('12. Okt. 2023', '5 janv. 2024', '5 ene
    # 2024', '12 ott 2023', '5 dez 2023', '5 mrt 2024'): dateutil skips a word it does not know and
    # takes the day for the month ('12. Okt. 2023' read as 1 December)
    "mär": "march",
    "mrz": "march",
    "okt": "october",
    "dez": "december",
    "janv": "january",
    "févr": "february",
    "fév": "february",
    "avr": "april",
    "juil": "july",
    "déc": "december",
    "ene": "january",
    "abr": "april",
    "dic": "december",
    "gen": "january",
    "mag": "may",
    "giu": "june",
    "lug": "july",
    "set": "september",
    "sett": "september",
    "ott": "october",
    "fev": "february",
    "out": "october",
    "mrt": "march",
    "sty": "january",
    "lut": "february",
    "kwi": "april",
    "maj": "may",
    "cze": "june",
    "lip": "july",
    "sie": "august",
    "wrz": "september",
    "paź": "october",
    "lis": "november",
    "gru": "december",
    # Danish, Norwegian, Swedish and Finnish ('5. marts 2024 kl. 22:15', '5 maaliskuuta 2024')
    "marts": "march",
    "augusti": "august",
    "desember": "december",
    "tammikuuta": "january",
    "helmikuuta": "february",
    "maaliskuuta": "march",
    "huhtikuuta": "april",
    "toukokuuta": "may",
    "kesäkuuta": "june",
    "heinäkuuta": "july",
    "elokuuta": "august",
    "syyskuuta": "september",
    "lokakuuta": "october",
    "marraskuuta": "november",
    "joulukuuta": "december",
    # Russian and Ukrainian, in the genitive the date prints ('5 марта 2024', '5 березня 2024')
    "января": "january",
    "февраля": "february",
    "марта": "march",
    "апреля": "april",
    "мая": "may",
    "июня": "june",
    "июля": "july",
    "августа": "august",
    "сентября": "september",
    "октября": "october",
    "ноября": "november",
    "декабря": "december",
    "січня": "january",
    "лютого": "february",
    "березня": "march",
    "квітня": "april",
    "травня": "may",
    "червня": "june",
    "липня": "july",
    "серпня": "august",
    "вересня": "september",
    "жовтня": "october",
    "листопада": "november",
    "грудня": "december",
}
# what names the month once the other languages' names are read: an English month, or a date in figures
_MONTH_WORD = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.IGNORECASE)
_NUMBERED = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,4}\s?[年/]\s?\d{1,2}|(?:19|20)\d{2}\.\s?\d{1,2}")
# Spanish, Italian and Portuguese 'ago' (August) is English 'ago' too: read as a month in those only
_AGO = re.compile(r"\bago\b", re.IGNORECASE)
# dates written year first with CJK counters or dots ('2024年3月5日 15時14分', '2024.03.05 15:14'):
# to ISO order before dateutil reads them, which would take '2024年3' for a two-digit year
_YMD = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:年\s?|\.\s?)(\d{1,2})(?:月\s?|\.\s?)(\d{1,2})(?:日|\.)?(?!\d)")
_CJK_CLOCK = re.compile(r"(\d{1,2})\s?[時时点]\s?(\d{1,2})\s?分?")
_MONTH = re.compile(r"\b(" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_FRENCH_H = re.compile(r"(\d{1,2})h(\d{2})\b")
_NOISE = re.compile(
    r"\b(?:updated?|published|posted|modified|created|edited|first|last|on|at|am|um|le|à|el|il|em|op|alle|às|"
    r"aktualisiert|veröffentlicht|stand|mis\s+à\s+jour|publié|actualizado|publicado|aggiornato|pubblicato|"
    r"atualizado|bijgewerkt|gepubliceerd|uhr|hs|de|del|letzte|änderung|geändert|by|kl|klo|publiceret|"
    r"opdateret|publicerad|uppdaterad|publisert|oppdatert|julkaistu|päivitetty|обновлено|обновлен|опубликовано|"
    r"оновлено|опубліковано|güncelleme|güncellendi|yayınlanma|yayınlandı|tarihi)\b|[|•·]",
    re.IGNORECASE,
)


# pieces an extractor glues together when the page sets them in separate elements: a year and the
# clock after it ('March 5, 20243:14 PM'), a zone and the update label ('GMTUpdated 2 hours ago')
_YEAR_CLOCK = re.compile(r"(?<!\d)((?:19|20)\d{2})(?=\d{1,2}:\d{2}(?!\d))")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
CAMEL_GLUE = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]")  # where _CAMEL would split
YEAR_GLUED_CLOCK = re.compile(r"(?:19|20)(?<!\d(?:19|20))\d{3,4}:\d{2}")  # where _YEAR_CLOCK would split


def unglue(text: str) -> str:
    """A stamp's pieces apart again, for reading it: 'March 5, 2024 3:14 PM GMT Updated 2 hours ago'.
    Only letters and digits that run into each other are split; the clean text is not touched."""
    if CAMEL_GLUE.search(text) is None and YEAR_GLUED_CLOCK.search(text) is None:
        return text
    if _YEAR_CLOCK.search(text):
        text = _YEAR_CLOCK.sub(r"\1 ", text)
    return _CAMEL.sub(" ", text)


def is_update(text: str) -> bool:
    return _UPDATED.search(text) is not None


_PUBLISHED = re.compile(
    r"\b(?:(?:originally|first)\s+)?(?:published|posted|veröffentlicht|erschienen|publié|publicado|pubblicato|"
    r"gepubliceerd|opublikowano|опубликовано|опубліковано|yayınlanma|yayınlandı)\b",
    re.IGNORECASE,
)


def split_update(text: str) -> list[str]:
    """'Nov. 20, 2019 Updated: Nov. 20, 2019 1:35 a.m.' -> the published part and the updated part;
    with the update label first, a published label after its date starts the second part; a line
    with no label after a date is one stamp."""
    m = _UPDATED.search(text)
    if (
        m is not None
        and m.start() == 0
        and (p := _PUBLISHED.search(text, m.end()))
        and _DIGITS.search(text, m.end(), p.start())
    ):
        # 'Updated March 6, 2024. Published March 5, 2024', 'Updated … / Originally published …': the
        # update first, then the published stamp
        return [text[: p.start()].rstrip(" |,;/-–—·•(."), text[p.start() :].rstrip(" )")]
    if m is None or m.start() == 0 or not _DIGITS.search(text, 0, m.start()):
        return [text]
    head, tail = text[: m.start()].rstrip(" |,;/-–—·•("), text[m.start() :].rstrip(" )")
    return [head, tail] if head else [text]


def _ymd(m: re.Match[str]) -> str:
    return f" {m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d} "


# a label or a clock in a language that writes the day first: 'Publicado el 05/03/2024', '… 15h14'
_DAY_FIRST_SIGN = re.compile(
    r"\b(?:publicado|publié|pubblicato|veröffentlicht|gepubliceerd|opublikowano|actualizado|mis\s+à\s+jour|"
    r"aggiornato|atualizado|aktualisiert|bijgewerkt|обновлено|опубликовано|güncelleme|le|el|il|às|alle|op)\b|\d{1,2}h\d{2}\b"
    # a clock past noon on 24 hours with no am/pm after it: the papers that print month first (the US
    # ones) print a 12-hour clock ('03/05/2024 10:15 PM EST'); France 24's 'Issued on: 05/03/2024 - 22:15'
    r"|\b(?:1[3-9]|2[0-3]):[0-5]\d\b(?!\s*(?:[ap]\.?m\b|[ap]\.?\s?m\.))"
    # the zones of countries that print the day first: India's (and Ireland's, Israel's) IST, the UK's,
    # the Continent's, Australia's, Singapore's, Hong Kong's, Pakistan's, South and East Africa's
    r"|\b(?-i:IST|GMT|BST|CET|CEST|AEST|AEDT|SGT|HKT|PKT|SAST|EAT|WAT)\b",
    re.IGNORECASE,
)
# a clock written with a dot, as British and German outlets print it ('15.14 GMT', '15.14 Uhr'),
# not a piece of a dotted date ('05.03.2024')
_DOT_CLOCK = re.compile(
    r"(?:(?<=(?:19|20)\d\d\s)|(?<=(?:19|20)\d\d,\s)|(?<=\s[-–|•·]\s)|(?<=\bkl\.\s)|(?<=\bkl\s)|(?<=\bklo\s))"
    r"([01]?\d|2[0-3])\.([0-5]\d)(?![\d.])"  # ('kl. 22.15', 'klo 22.15': the Nordic clock word before it)
    r"|(?<![\d.])([01]?\d|2[0-3])\.([0-5]\d)(?=\s*(?:uhr|gmt|bst|utc|cet|cest|[ap]\.?m\b))",
    re.IGNORECASE,
)
# a year run into the next date's day ('Published On 5 Mar 20245 Mar 2024': two copies of the date
# an extractor joined): split, and only the first copy is read
_YEAR_DAY = re.compile(r"(?<!\d)((?:19|20)\d{2})(?=\d{1,2}\s+[^\W\d])")


# a stamp printed in ISO 8601 itself, with its offset ('2019-11-19T10:00:00Z', '… 10:00:00+05:30')
_ISO_PRINTED = re.compile(
    r"(?<!\d)((?:19|20)\d{2}-[01]\d-[0-3]\d)[T ]([0-2]\d:[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?"
    r"\s?(Z|[+-][01]\d:?[0-5]\d)?(?![\d:])"
)
# an offset printed after the zone's name ('GMT+2', 'UTC+05:30', 'GMT -4')
_UTC_OFFSET = re.compile(r"\b(?:GMT|UTC)\s?([+-])(\d{1,2})(?::?([0-5]\d))?\b")
# the US zones named without their season ('10:00 AM ET'): the offset follows the date, standard
# time from the first Sunday of November to the second of March (in capitals: 'et' is French 'and')
_US_GENERIC = re.compile(r"\b(ET|CT|MT|PT)\b")
_US_ZONE = re.compile(r"\b(?:[ECMP][SD]?T|AKST|AKDT|HST)\b")
_US_STANDARD = {"ET": -5, "CT": -6, "MT": -7, "PT": -8}


def _us_offset(zone: str, when: datetime) -> str:
    """The offset of a US zone named without its season on that day (the 2007 rule: daylight time
    from the second Sunday of March to the first Sunday of November)."""

    def sunday(year: int, month: int, nth: int) -> date:
        first = date(year, month, 1)
        return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (nth - 1))

    daylight = sunday(when.year, 3, 2) <= when.date() < sunday(when.year, 11, 1)
    hours = _US_STANDARD[zone] + (1 if daylight else 0)
    return f"{'-' if hours < 0 else '+'}{abs(hours):02d}:00"


# the same date printed twice in a row, as Al Jazeera's page prints it for the eye and for screen
# readers ('Published On 5 Mar 2024 5 Mar 2024'): dateutil reads the two as one impossible date
_TWICE = re.compile(
    r"(?P<date>\d{1,2}\s+[^\W\d_]{3,}\.?,?\s+\d{4}|[^\W\d_]{3,}\.?\s+\d{1,2},?\s+\d{4})\s+(?P=date)(?!\d)"
)


def to_iso(text: str, language: str | None = None, day_first: bool | None = None) -> str | None:
    """ISO 8601 for a printed timestamp ('2019-11-20T08:15:00-05:00', '2019-11-20'), or None.

    ``day_first`` overrides the guess for a slashed date ('04/03/2024') when the caller knows better
    (the copy's dateline names the day)."""
    printed = _ISO_PRINTED.search(text)
    if printed:
        offset = printed.group(3)
        if offset and offset != "Z" and ":" not in offset:
            offset = offset[:3] + ":" + offset[3:]
        return f"{printed.group(1)}T{printed.group(2)}" + ("+00:00" if offset == "Z" else offset or "")
    try:
        from dateutil import parser
    except ImportError:  # pragma: no cover - a dependency of the project
        return None
    glued = _YEAR_DAY.search(text)
    if glued:
        text = text[: glued.end()]
    twice = _TWICE.search(text) if text.count(" ") >= 5 else None
    if twice:
        text = (
            text[: twice.end("date")] + text[twice.end() :]
        )  # 'Published On 5 Mar 2024 5 Mar 2024': one date, printed twice
    if day_first is None or not _SLASHED.search(text):
        day_first = _guessed_day_first(text, language)
    if "." in text:
        text = _DOT_CLOCK.sub(lambda m: f"{m.group(1) or m.group(3)}:{m.group(2) or m.group(4)}", text)
    zone = _ZONE.search(text)
    offset = _UTC_OFFSET.search(text)
    generic = _US_GENERIC.search(text) if zone is None and offset is None else None
    if offset:
        text = text[: offset.start()] + " " + text[offset.end() :]
    if _YMD.search(text):
        text = _CJK_CLOCK.sub(lambda m: f" {m.group(1)}:{int(m.group(2)):02d}", _YMD.sub(_ymd, text))
    cleaned = _FRENCH_H.sub(r"\1:\2", _NOISE.sub(" ", _ZONE.sub(" ", _READING.sub(" ", text))))
    if _MONTH.search(cleaned):
        cleaned = _MONTH.sub(lambda m: _MONTH_NAMES[m.group(1).lower()], cleaned)
    if language in ("es", "it", "pt") and _AGO.search(cleaned):
        cleaned = _AGO.sub("august", cleaned)
    if _MONTH_WORD.search(cleaned) is None and _NUMBERED.search(text) is None:
        return None  # a month dateutil cannot name: it would take the day for the month ('5 ago 2024' as 1 May)
    default = datetime(1, 1, 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # an unknown zone name: dropped, as the docstring says
            when = parser.parse(cleaned, fuzzy=True, dayfirst=day_first, default=default, ignoretz=True)
    except (ValueError, OverflowError, TypeError):
        return None
    if when.year == 1 or not (_YEAR_PRINTED.search(text) or _DOTTED.search(text) or _SLASHED.search(text)):
        return None  # no year printed: a date we would have to guess ('19.10.19' prints one in two digits)
    has_time = bool(_TIME_PRINTED.search(text)) and (when.hour or when.minute)
    if not has_time:
        return when.date().isoformat()
    iso = when.replace(tzinfo=None).isoformat(timespec="minutes")
    if offset:
        return iso + f"{offset.group(1)}{int(offset.group(2)):02d}:{offset.group(3) or '00'}"
    if generic:
        return iso + _us_offset(generic.group(1), when)
    return iso + _ZONES[zone.group(1).lower()] if zone else iso


def stamp(text: str, language: str | None = None, month_day: tuple[int, int] | None = None) -> dict[str, Any]:
    """The stamp as printed and as ISO 8601. ``month_day``: the month and day the copy's dateline
    names ('KUALA LUMPUR, March 4 (Bernama)'): a slashed date that reads both ways ('04/03/2024',
    Bernama's, day first in an English text) is read the way that agrees with it."""
    iso = to_iso(text, language)
    if iso and month_day and _SLASHED.search(text) and (int(iso[5:7]), int(iso[8:10])) != month_day:
        other = to_iso(text, language, day_first=not _guessed_day_first(text, language))
        if other and (int(other[5:7]), int(other[8:10])) == month_day:
            iso = other
    return {"text": text, "iso": iso}


def _guessed_day_first(text: str, language: str | None) -> bool:
    """A dotted date is day first everywhere; a slashed one outside English, or beside a day-first
    outlet's label, but never beside an American zone ('03/05/2024 22:15 ET': the month first)."""
    return bool(_DOTTED.search(text)) or (
        bool(_SLASHED.search(text))
        and ((language or "en") != "en" or bool(_DAY_FIRST_SIGN.search(text)))
        and not _US_ZONE.search(text)
    )
