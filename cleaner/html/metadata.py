"""Title, author, site name and date: trafilatura's readers, with the page's structure as fallback.

The authors (HTML-016) and the choice between several declared titles (HTML-017) are the page
layer's own: trafilatura reads meta tags and JSON-LD well, but takes a publisher, an agency or a
handle for a writer as readily as a person, and the last of several og:title tags for the title.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Set
from dataclasses import dataclass, field
from typing import Any

from lxml.html import HtmlElement

from .rules import HtmlRules
from .scan import Page
from .text import squash


def read_metadata(tree: HtmlElement, url: str | None, page: Page) -> Any:
    """trafilatura's metadata readers, minus the costly ones the page's structure answers better.

    Meta tags and JSON-LD come from trafilatura; the title falls back to the page's <h1>, and the
    date search skips htmldate's full-text scan. The authors are read by ``page_authors``.
    """
    from trafilatura.metadata import examine_meta, extract_sitename

    meta = examine_meta(tree)
    try:
        meta = _meta_json(page.scripts, meta)
    except Exception:  # trafilatura's JSON-LD reader is lenient but not bug-free
        pass
    if not meta.title and page.headlines:
        meta.title = _headline(tree, page.headlines)
    if not meta.sitename:
        meta.sitename = extract_sitename(tree)
    meta.date = _date(tree, url or meta.url)
    return meta


_JSON_TYPES = ("application/ld+json", "application/settings+json")
# a JSON string literal: trafilatura's JSON_MINIFY without its whitespace alternative
_JSON_STRING = re.compile(r'("(?:\\.|[^"\\])*")')


def _meta_json(scripts: list[HtmlElement], metadata: Any) -> Any:
    """trafilatura's ``extract_meta_json`` on the page's <script> elements the scan collected (its
    own XPath walks the whole page again), with its JSON minifier done without a Python call for
    every string literal (``_minify``). Same readers, same order, same result."""
    from trafilatura.json_metadata import extract_json, extract_json_parse_error, normalize_json

    for elem in scripts:
        if elem.get("type") not in _JSON_TYPES or not elem.text:
            continue
        element_text = normalize_json(_minify(elem.text))
        try:
            schema = json.loads(element_text, strict=False)
            metadata = extract_json(schema, metadata)
        except json.JSONDecodeError:
            metadata = extract_json_parse_error(element_text, metadata)
    return metadata


def _minify(text: str) -> str:
    """``JSON_MINIFY.sub(r"\\1", text)``: whitespace out, except inside string literals.

    The same literals are found (a whitespace character never starts one, so matching it as the
    pattern's other alternative moves no literal), and ``str.split`` takes the same whitespace as
    the pattern's ``\\s``; the template substitution paid a Python call per match on Python 3.11.
    """
    parts = _JSON_STRING.split(text)
    parts[::2] = ["".join(p.split()) for p in parts[::2]]
    return "".join(parts)


def _headline(tree: HtmlElement, headlines: list[str]) -> str | None:
    """The page's headline among its <h1>s: the first that the page's <title> repeats (not as its site
    part, 'Article – Blog Name'); else the first,
    unless it is one word the <title> does not repeat ('Menu', 'Quicklink', 'Neuigkeiten': a
    navigation or section heading; the caller then falls back to the <title>)."""
    t = tree.find(".//title")
    doc = _norm(t.text_content()) if t is not None else ""
    parts = _TITLE_PARTS.split(t.text_content()) if t is not None else []
    suffix = _norm(parts[-1]) if len(parts) > 1 else None  # 'Article – Blog Name': the site's part
    confirmed = [h for h in headlines if len(_norm(h)) >= 4 and f" {_norm(h)} " in f" {doc} " and _norm(h) != suffix]
    if confirmed:
        return confirmed[0]
    first = headlines[0]
    return None if doc and len(_norm(first).split()) <= 1 else first


def _date(tree: HtmlElement, url: str | None) -> str | None:
    from htmldate import find_date

    try:
        return find_date(tree, url=url, original_date=True, extensive_search=False)
    except Exception:  # htmldate reads arbitrary markup; a failure there is no reason to lose the article
        return None


# --- what the page declares -------------------------------------------------------------------

_ARTICLE_TYPES = ("Article", "BlogPosting", "Report", "LiveBlogPosting")
_ORG_TYPES = ("Organization", "NewsMediaOrganization", "Corporation", "WebSite", "Brand")
_AUTHOR_META = ("author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator")


@dataclass
class Declared:
    """The page's own statements about its article: JSON-LD, meta tags, <title>."""

    ld_authors: list[str] = field(default_factory=list)  # JSON-LD article author entries naming no organisation
    meta_authors: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)  # the og:title tags, in page order
    outlets: set[str] = field(default_factory=set)  # the site's names: og:site_name, publishers
    holders: set[str] = field(default_factory=set)  # the copyright meta tag's holder (no site name, see page_authors)
    doc_title: str = ""


def declared(tree: HtmlElement, page: Page | None = None) -> Declared:
    """What the page declares; ``page``: its scan, whose <title> and <script> elements are read
    instead of walking the page for them again."""
    d = Declared()
    head = tree.find("head")
    for el in (head if head is not None else tree).iter("meta"):
        key = (el.get("property") or el.get("name") or "").strip().lower()
        content = squash(el.get("content") or "")
        if not key or not content:
            continue
        if key in _AUTHOR_META and not content.startswith(("http:", "https:", "//", "www.")):
            d.meta_authors.append(content)
        elif key == "og:title":
            d.titles.append(content)
        elif key == "og:site_name":
            d.outlets.add(content)
        elif key == "copyright":
            d.holders.add(content)
    if page is not None:
        t = page.titles[0] if page.titles else None
    else:
        t = tree.find(".//title")
    d.doc_title = squash(t.text_content()) if t is not None else ""
    for script in page.scripts if page is not None else tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        objects = list(_ld_objects(data))
        ids = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}  # Yoast's @graph refers by @id
        for obj in objects:
            kinds = obj.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            kinds = [k for k in kinds if isinstance(k, str)]
            if any(k.endswith(_ARTICLE_TYPES) for k in kinds):
                if not d.ld_authors:  # the first article's: later ones are teasers of other stories
                    # schema.org's 'creator' names the writer where a template fills no 'author'
                    d.ld_authors = _ld_people(obj.get("author") or obj.get("creator"), ids)
                d.outlets.update(_ld_names(_resolve(obj.get("publisher"), ids)))
            elif any(k in _ORG_TYPES for k in kinds):
                d.outlets.update(_ld_names(obj))
    return d


def _ld_objects(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _ld_objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity"):
            if key in data:
                yield from _ld_objects(data[key], depth + 1)


def _resolve(ref: Any, ids: dict[str, Any]) -> Any:
    if isinstance(ref, list):
        return [_resolve(r, ids) for r in ref]
    if isinstance(ref, dict) and set(ref) <= {"@id", "@type"} and ref.get("@id") in ids:
        return ids[ref["@id"]]
    return ref


def _ld_people(author: Any, ids: dict[str, Any]) -> list[str]:
    """A JSON-LD author's entries that may be people: a Person, an untyped name, a bare string."""
    author = _resolve(author, ids)
    if isinstance(author, str):
        return [author]
    if isinstance(author, list):
        return [n for a in author for n in _ld_people(a, ids)]
    if isinstance(author, dict):
        kind = author.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(k in _ORG_TYPES for k in kinds if isinstance(k, str)):
            return []
        name = author.get("name")
        return _ld_people(name, ids) if isinstance(name, str | list) else []
    return []


def _ld_names(obj: Any) -> list[str]:
    if isinstance(obj, list):
        return [n for o in obj for n in _ld_names(o)]
    if isinstance(obj, dict) and isinstance(obj.get("name"), str):
        return [obj["name"]]
    return []


# --- authors (HTML-016) -----------------------------------------------------------------------

_ADDRESS = re.compile(r"\S+@\S+\.\w+|(?:https?://|www\.)\S+")
# a handle: '@TomGillespie1' whole; a lower-case one glued to the next name ('@aprilroach28Daniel') up to it
_HANDLE = re.compile(r"@[A-Z]\w*|@[a-z0-9_]+")
_BIO = re.compile(r"\s+(?:is|was|ist|est|es|è)\s+(?:a|an|the|ein|eine|un|une|una|uno)\s.*$", re.IGNORECASE)
_REPEAT = re.compile(r"^(.{4,}?)\s*\1$")  # 'Phil HelselPhil Helsel': a name printed twice, glued
_PARTS = re.compile(r"\s*(?:[,;|/·•]|\s[–—-]\s|\s(?:and|und|et|y|e|with|mit)\s|\s&\s)\s*", re.IGNORECASE)
# a photographer's credit after the writer's names ('Words by Jane Doe. Photography by John Roe',
# 'Text: Jane Doe, Fotos: John Roe'): the rest of the entry names no author
_PHOTOS = re.compile(
    r"[\s.,;|•·-]\b(?:photo(?:s|graphs?|graphy|grapher)?|pictures?|images?|fotos?|fotografie(?:n)?|bilder|"
    r"fotograf(?:ía|ia)|photographie|video|illustrations?|graphics?|grafik)\s*(?:by\b|von\b|par\b|por\b|di\b|de\b|:)",
    re.IGNORECASE,
)
_AND_PICTURES = re.compile(
    r"^(?:and|und|&|et|y|e)\s+(?:photos?|pictures?|fotos?|bilder?|photographs?|images?)\s*(?:by\b|von\b|par\b|por\b|:)\s*",
    re.IGNORECASE,
)
# an entry that opens with a picture's label names the photographer ('Photos: John Roe', 'Foto von John
# Roe', and trafilatura's reading of it without the colon, 'Photos John Roe': no given name is 'Photos')
_PICTURE_LABEL = re.compile(
    r"^(?:photos?|photographs?|photography|pictures?|images?|fotos?|fotografie|fotografía|bilder?)"
    r"\s*(?:by\b|von\b|par\b|por\b|di\b|de\b|:|\s(?=[A-ZÀ-Þ]))",
    re.IGNORECASE,
)
_NAME_BEFORE = re.compile(r"[A-ZÀ-Þ][\w'’.-]*\s+[A-ZÀ-Þ]")
_FOR = re.compile(r"\s+for\s+(?:the\s+)?[A-Z].*$", re.IGNORECASE)  # 'By A and B For The Mail On Sunday'
_GLUED = re.compile(r"(?<=[a-zà-ÿ])(?=[A-Z][a-z])|(?<=[A-Z]{2})(?=[A-Z][a-z])")
_QUOTES = "'\"‘’“”«»„ "


class _Vocab:
    """What HTML-016 reads from the rules, built once per rule set."""

    def __init__(self, rules: Any) -> None:
        from .rules import html_rules

        self.lead = html_rules(rules).byline_lead
        self.affiliations = frozenset(map(_fold, rules.phrase_set("BYLINE-005")))
        self.places = rules.phrase_set("BYLINE-021")  # cities writers file from ('Jane Doe London')
        self.orgs = frozenset(map(_fold, rules.phrase_set("HTML-026")))
        self.org_endings = tuple(rules.param("HTML-026", "org_endings"))
        self.max_names = rules.param("HTML-016", "max_names")
        self.single_names = bool(rules.param("HTML-016", "single_names"))
        self.agencies = frozenset(rules.param("HTML-016", "agencies"))
        self.job_titles = frozenset(rules.param("HTML-016", "job_titles"))
        self.follow = rules.pattern("BYLINE-016")  # 'Jane Doe Follow @janedoe': the network's prompt
        self.with_pictures = rules.pattern("BYLINE-017")  # 'Jane Doe with photos by John Roe'
        self.comments = rules.pattern("BYLINE-018")  # 'By Jane Doe Leave a Comment'
        # a template's account or desk as the declared writer ('Admin', 'Redaktion'): it says nothing on who wrote it
        self.accounts = frozenset(map(_fold, rules.phrase_set("HTML-041"))) | self.affiliations
        from ..text.shapes import roles_in_brackets

        self.roles = roles_in_brackets(rules)  # 'Jane Doe (text) and John Roe (photos)'


def _vocab(rules: Any) -> _Vocab:
    return rules.memo("html.authors", lambda: _Vocab(rules))


# compiled once: the re module's cache of patterns given as strings holds 512, and the text
# engine's rules and unions crowd it, so a pattern passed as a string was compiled again per call
_NON_WORD = re.compile(r"\W+")
_NOT_WORD_CHARS = re.compile(r"[^\w]+")
_DIGIT = re.compile(r"\d")
_SPACE_OR_HYPHEN = re.compile(r"[\s-]+")


def _key(text: str) -> str:
    return _NON_WORD.sub("", _fold(text))


def _outlet_keys(outlets: Iterable[str], host: str) -> set[str]:
    keys = {_key(o) for o in outlets if o}
    labels = [p for p in host.lower().split(".") if p not in ("www", "com", "co", "org", "net", "de", "uk")]
    keys.update(_key(p) for p in labels if len(p) > 3)
    keys.discard("")
    return keys


def person_names(
    text: str, v: _Vocab, outlets: set[str], *, single_ok: bool = False, declared: bool = False
) -> list[str]:
    """The people an author entry names, in natural case: lead-ins, timestamps, handles, addresses,
    bios, job titles and outlets taken off; organisations and the site itself are no people.

    ``single_ok``: one capitalised word may be a person who signs with a first name, when the
    entry is a declared author field (``declared``) or a byline printed with a lead-in."""
    from ..text.shapes import (
        BRAND_TAIL,
        FILED_IN_PLACE,
        LOWER_BRACKET_TAIL,
        SOCIAL_TAIL,
        TITLE_BEFORE_NAME,
        is_name,
        natural_case,
        without_place,
    )

    text = squash(html.unescape(text)).strip(_QUOTES)
    m = v.lead.match(text)
    led = bool(m and m.end())
    if led:
        text = text[m.end() :]  # type: ignore[union-attr]
        text = _AND_PICTURES.sub("", text)  # 'Text und Fotos: Jane Doe': one person for both
    elif _PICTURE_LABEL.match(text):
        return []  # 'Photos: John Roe', 'Foto von John Roe': the photographer's credit, no author
    if roles := v.roles.match(text):
        text = roles.group("names")  # 'Jane Doe (text) and John Roe (photos)': the writer only (BYLINE-017)
    if (shot := v.with_pictures.search(text)) and shot.start() > 0:
        text = text[: shot.start()]  # 'Jane Doe with photos by John Roe', 'mit Fotos von' (BYLINE-017)
    if (talk := v.comments.search(text)) and talk.start() > 0:
        text = text[: talk.start()]  # 'By Jane Doe Leave a Comment', '| 3 Comments' (BYLINE-018)
    text = LOWER_BRACKET_TAIL.sub("", text)  # 'Von Anna Schmidt (dpa)': the agency, in lower case (BYLINE-018)
    if (brand := BRAND_TAIL.search(text)) and len(text[: brand.start()].split()) >= 2:
        text = text[: brand.start()]  # 'By Jane Doe FOXBusiness': the outlet's brand (BYLINE-018)
    text = _ADDRESS.sub(", ", text)
    text = _HANDLE.sub(", ", text)
    if (follow := v.follow.search(text.rstrip(" ,"))) and follow.start() > 0:
        text = text[: follow.start()]  # 'Jane Doe Follow @janedoe', 'Twitter: @janedoe' (BYLINE-016)
    if when := _DATE_WORDS.search(text):
        text = text[: when.start()]  # 'am Samstag, 19. Oktober', 'Jul 1, 2019', 'Veröffentlicht'
    text = _DOTTED.sub(" ", text)  # 'Isabella.DiBiase'
    digit = _DIGIT.search(text)
    if digit:  # a date or a time follows the names: names have no digits
        head = text[: digit.start()]
        text = _AGE_BEFORE.sub("", head) if _AGE_AFTER.match(text, digit.start()) else head
    text = _BIO.sub("", text)
    text = _FOR.sub("", text)
    if (shot := _PHOTOS.search(text)) and _NAME_BEFORE.search(text[: shot.start()]):
        # 'Words by Jane Doe. Photography by John Roe': the photographer is no author; but a name must
        # come first ('Text und Fotos: Jane Doe', 'Words and pictures by Jane Doe' name one person for both)
        text = text[: shot.start()]
    out: list[str] = []
    parts = _PARTS.split(text)
    single_ok = single_ok and len([p for p in parts if p.strip(_QUOTES + ".:-")]) == 1
    for part in parts:
        part = part.strip(_QUOTES + ".:-")
        if rep := _REPEAT.match(part):
            part = rep.group(1).strip()
        part = _unglue(part, v, outlets)
        lead = v.lead.match(part)
        if lead and lead.end():
            part = part[lead.end() :]
            led = True
        part = TITLE_BEFORE_NAME.sub("", part)  # 'Rechtsanwalt Jonas Albrecht', 'Prof. Dr. Ilka Sommerfeld'
        part = FILED_IN_PLACE.sub("", part)  # 'Jane Doe in Brussels': where the writer filed from
        part = SOCIAL_TAIL.sub("", part)  # 'Jane Doe Twitter': the network of a handle taken off
        part = without_place(part, v.places)  # 'Ana García Madrid', 'Jane Doe London' (BYLINE-021)
        if (head := _COLON_HEAD.match(part)) and head.group(1).lower() in v.places:
            part = part[head.end() :]  # 'Mumbai: Jane Doe': the city the writer filed from, as a dateline
        if part.lower() in v.places:
            continue  # 'Jane Doe | New Delhi': the place is no second writer
        tokens = _without_tail(part.split(), v)
        part = " ".join(tokens)
        if not part or _key(part) in outlets:
            continue  # the site itself: its name, its publisher, its host
        if len(part.split()) >= 2 and len(head := _key(part.split()[0])) >= 4 and head in outlets:
            continue  # 'Houzz Deutschland', 'TOUR Magazin': the site's name opening it, an edition (HTML-040)
        words = [_fold(w).strip(".,") for w in _SPACE_OR_HYPHEN.split(part)]
        if any(w in v.affiliations or w in v.orgs or _org_compound(w, v) for w in words) or (
            words[0] == "www" or words[-1] in _TLDS
        ):
            continue  # an organisation, a desk, or a web address ('Facebook Com', 'Interia Pl')
        single = (
            v.single_names
            and single_ok
            and (led or declared)
            and _single_name(part)
            and not any(_key(part) in o for o in outlets)
        )
        if is_name(part) or single:
            name = natural_case(part)
            if _key(name) not in {_key(o) for o in out}:
                out.append(name)
    return out[: v.max_names]


_COLON_HEAD = re.compile(r"^([A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+){0,2}):\s+")


_SMALL = frozenset("to of for from in on at by and with letters".split())  # 'Letters To The Editor'


_DESK = frozenset("staff team desk bureau editors reporters writers".split())


def _without_tail(tokens: list[str], v: _Vocab) -> list[str]:
    """'Tom Gillespie News reporter', 'Errin Haines Associated Press', 'Jane Doe Reuters': a job title
    or an outlet printed after the name without a comma. A job title in lower case goes word by word;
    a capitalised tail only when it is two or three outlet words or one agency ('NJ Advance Media'
    is no name with an outlet after it, but an outlet)."""
    if len(tokens) < 3:
        return tokens
    if len(tokens) > 2 and tokens[-1].islower():
        while len(tokens) > 2 and tokens[-1].lower().strip(".,") in v.affiliations:
            tokens = tokens[:-1]
        return tokens
    if "The" in tokens[2:]:  # 'Jane Doe The New York Times'
        at = tokens.index("The", 2)
        head = {t.lower() for t in tokens[:at]}
        if len(tokens) - at <= 5 and all(t[:1].isupper() for t in tokens[at:]) and not head & _SMALL:
            return tokens[:at]
    if tokens[-1].lower().strip(".,") in _DESK:
        return tokens  # 'Practical Horseman Editorial Staff': a desk, not a name and a job title
    if tokens[-1].lower().strip(".,") in v.job_titles:
        return tokens[:-1]  # 'Jane Doe Contributor', 'Jane Doe Korrespondentin': one job title, no surname
    for k in (3, 2):
        tail = [t.lower().strip(".,") for t in tokens[-k:]]
        if len(tokens) >= k + 2 and all(t in v.affiliations for t in tail):
            return tokens[:-k]
    if len(tokens) >= 3 and tokens[-1].lower().strip(".,") in v.agencies:
        return tokens[:-1]
    return tokens


def _org_compound(word: str, v: _Vocab) -> bool:
    """A German compound naming an organisation by its last part ('Caritasverband', 'Bundestagsfraktion',
    'Sportredaktion', 'Verbraucherzentrale'): no surname ends so, and the whole word is no vocabulary
    entry of its own. At least four letters before the ending, so a short name is never cut to one."""
    return any(word.endswith(e) and len(word) >= len(e) + 4 for e in v.org_endings)


def _single_name(part: str) -> bool:
    """One capitalised word after a lead-in ('by Regan', 'von Ulrike'): a person who signs with a first name."""
    return len(part) >= 3 and part[0].isupper() and part[1:].islower() and part.isalpha()


def _unglue(part: str, v: _Vocab, outlets: Set[str] = frozenset()) -> str:
    """'Jeff FoustMonday', 'JILL LAWLESSAssociated Press': a name glued to the word after it; and a
    name glued to the site's name, which a template prints in the next element ('Jane DoeHarbour
    Herald': two spans, no space between them in the element's text)."""
    for m in _GLUED.finditer(part):
        rest = part[m.start() :].split()[0].lower()
        if (
            rest in v.affiliations
            or rest in v.orgs
            or rest in _CALENDAR
            or rest in v.places  # 'Jane DoeLondon': the city the writer filed from, in the next span
            or _key(part[m.start() :]) in outlets
        ):
            return part[: m.start()]
    return part


_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember"
_DATE_WORDS = re.compile(
    r"(?:\b(?:am|on|le|el|den|the)\s+)?\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|"
    r"dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|updated|published|posted|veröffentlicht|aktualisiert|"
    r"publié|mis\s+à\s+jour|publicado|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt)\b"
    rf"|\b(?:(?:{_MONTHS})[a-z]*)\.?\s+\d",
    re.IGNORECASE,
)
# the story's age before its figures ('vor 5 Stunden', 'hace 2 horas', 'il y a 3 heures'), glued to the
# name as two spans run together ('Houzz Deutschlandvor 5 Stunden'): left at the end once the figures go
# (glued, 'vor' only after a word of five letters or more: 'Trevor' keeps its 'vor'; no name ends in 'hace')
_AGE_BEFORE = re.compile(r"(?:(?<=[a-zà-ÿ]{5})vor|(?<=[a-zà-ÿ])hace|\s(?:vor|hace|há|il\s+y\s+a))\s*$")
_AGE_AFTER = re.compile(
    r"\d+\s*(?:sekunden|minuten|min|stunden|std|tagen|wochen|monaten|jahren|segundos|minutos|horas|días|dias|"
    r"semanas|meses|secondes|minutes|heures|jours|semaines|mois)",
    re.IGNORECASE,
)
_DOTTED = re.compile(r"(?<=[a-z]{2})\.(?=[A-Z][a-z])")


def _fold(word: str) -> str:
    """'Média' -> 'media': accents aside, for the vocabulary."""
    low = word.lower()
    if low.isascii():  # most names and outlets: nothing to decompose (asked ~400 times a page)
        return low
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))


_TLDS = frozenset("com net org info pl de at ch it fr es cl pe ar br uk ru".split())
_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december updated published posted montag dienstag mittwoch
    donnerstag freitag samstag sonntag mo di mi do fr sa so publié publicado actualizado atualizado pubblicato
    aggiornato gepubliceerd bijgewerkt""".split()
)


def page_authors(
    author: str | None, page: Page, d: Declared, sitename: str | None, host: str, hr: HtmlRules
) -> tuple[list[str], str]:
    """The article's authors (HTML-016) and where they were read: 'json-ld', 'meta', 'trafilatura'
    (its readers of microdata and author elements, ``author``) or 'byline'."""
    v = _vocab(hr.ruleset)
    # the holder a copyright meta tag names is the site's name for trafilatura, but on a personal site
    # it is the writer ('Nala Löwenkönigin' as author and copyright holder, the <title> naming the
    # site otherwise): a holder the page declares nowhere else as its name rules out no author
    site_key = _key(sitename or "")
    holder_only = (
        bool(site_key) and site_key in {_key(h) for h in d.holders} and site_key not in {_key(o) for o in d.outlets}
    )
    outlets = _outlet_keys([*d.outlets, "" if holder_only else sitename or ""], host)
    sources = [
        ("json-ld", [person_names(a, v, outlets, single_ok=True, declared=True) for a in d.ld_authors]),
        ("meta", [person_names(a, v, outlets, single_ok=True, declared=True) for a in d.meta_authors]),
        ("trafilatura", [person_names(a, v, outlets) for a in (author or "").split(";") if a.strip()]),
        ("byline", [_byline_names(b, v, outlets) for b in page.bylines]),
    ]
    # a writer the page declares by one word ('Cortyn': a handle, a first name) is no name to take, but
    # says who wrote it: a bare byline element naming someone else is a comment's, a teaser's or a
    # widget's ('Move Comment'), and is taken only when it holds that word or says it names the
    # author ('Author: Michaela Vais' where the page declares 'Ela') (HTML-041)
    signed = {
        _key(e)
        for e in (v.lead.sub("", squash(a)).strip(_QUOTES + ".") for a in [*d.ld_authors, *d.meta_authors])
        if _single_name(e) and _key(e) not in outlets and _fold(e) not in v.accounts
    }
    if signed:
        sources[-1] = (
            "byline",
            [
                f if (signed & {_key(w) for w in " ".join(f).split()} or _led(b, v)) else []
                for b, f in zip(page.bylines, sources[-1][1], strict=True)
            ],
        )
    chosen: list[str] = []
    where = ""
    for name, found in sources:
        names = _merge(found) if name != "byline" else next((f for f in found if f), [])
        if not names:
            continue
        if not chosen:
            chosen, where = names, name
        elif name != "trafilatura" and {_key(n) for n in chosen} < {_key(n) for n in names}:
            chosen, where = names, f"{where}+{name}"  # the same byline, fuller
    return chosen, where


def _led(text: str, v: _Vocab) -> bool:
    """Whether a byline element opens with a lead-in or an author label ('By', 'Author:', 'Von')."""
    m = v.lead.match(squash(text))
    return bool(m and m.end())


def _byline_names(text: str, v: _Vocab, outlets: set[str]) -> list[str]:
    core = v.lead.sub("", text)
    led = len(core) < len(text)
    if "/" in core and not (led and " / " in core and "/" not in core.replace(" / ", "")):
        # 'PAP/ Rafał Guz', 'wien.ORF.at/Agenturen': a credit, not a byline; but after a lead-in, a
        # slash with spaces on both sides parts the writer from the desk ('Por Ana Ruiz / Redacción')
        return []
    return person_names(text, v, outlets, single_ok=True)


def _merge(lists: list[list[str]]) -> list[str]:
    out: list[str] = []
    for names in lists:
        for n in names:
            if _key(n) not in {_key(o) for o in out}:
                out.append(n)
    return out


# --- title (HTML-017) -------------------------------------------------------------------------


def section_names(rules: Any) -> tuple[frozenset[str], frozenset[str]]:
    """The words desks are named with (HEADLINE-006, HEADLINE-011) and the desks named whole
    (HEADLINE-014: 'faits divers', 'cronaca nera'), for ``is_section``."""
    return rules.memo(
        ("html.sections",),
        lambda: (
            rules.phrase_set("HEADLINE-006") | rules.phrase_set("HEADLINE-011"),
            rules.phrase_set("HEADLINE-014"),
        ),
    )


_SECTION_LINKS = frozenset(("&", "and", "the", "of", "et", "und", "y", "e"))


def is_section(text: str, sections: tuple[frozenset[str], frozenset[str]]) -> bool:
    """'Faits divers', 'World News', 'Politique': a desk's name, which the page's template declares as
    the og:title or prints as the <h1> of an article's page: never the article's title (HTML-017).
    Up to three words, each a desk's word, or a desk named whole."""
    words, whole = sections
    low = " ".join(_NOT_WORD_CHARS.sub(" ", text.lower()).split())
    if low in whole or " ".join(text.lower().split()) in whole:
        return True
    parts = low.split()
    return 1 <= len(parts) <= 3 and all(w in words for w in parts) and any(w not in _SECTION_LINKS for w in parts)


def page_title(
    title: str | None,
    page: Page,
    d: Declared,
    sitename: str | None,
    host: str,
    sections: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
) -> tuple[str | None, str, str | None]:
    """The article's title and how it was chosen, and a fallback for a page without one.

    trafilatura's, unless the page's <title> and <h1> confirm another declared title and not that
    one (a site-wide og:title beside the article's). The site's own name (its og:site_name,
    publisher or host) or a date is no title; a page left without one falls back to its <title>
    without the site's part, which the caller takes only when the copy gave no title either.
    """
    norm = _norm
    h1 = norm(page.headlines[0]) if page.headlines else ""
    doc = norm(d.doc_title)
    site = _outlet_keys(d.outlets, host)  # not trafilatura's site name: it guesses it from the <title>

    def confirmed(t: str) -> bool:
        n = norm(t)
        return bool(n) and (n == h1 or n in doc)

    def is_site(t: str) -> bool:
        return _key(t) in site or is_section(t, sections)  # nor is a desk's name ('Faits divers')

    if title and sitename and norm(title) == norm(sitename) and norm(title) not in doc:
        title = None  # trafilatura read the site's name for the title
    if title and (is_site(title) or _only_date(title)):
        title = None
    if title and (confirmed(title) or not (h1 or doc)):
        return title, "declared", None
    several = len({norm(t) for t in d.titles}) > 1  # two og:title tags: a site-wide one beside the article's
    for candidate in d.titles:
        if not candidate or not confirmed(candidate) or is_site(candidate):
            continue
        if several or (title and norm(title).endswith(norm(candidate))):
            return candidate, "declared, confirmed by the page's <title> or <h1>", None
    if title:
        return title, "declared", None
    parts = [p for p in _TITLE_PARTS.split(d.doc_title) if p.strip() and not is_site(p)]
    fallback = parts[0].strip(" |/-–—»·:") if parts and not _only_date(parts[0]) else None
    return None, "", fallback


_TITLE_PARTS = re.compile(r"\s+(?:[|–—»·:]|::|-)\s+")


def _norm(text: str | None) -> str:
    return " ".join(_NOT_WORD_CHARS.sub(" ", (text or "").lower()).split())


_DATE_ONLY = re.compile(r"^[\W\d]*(?:[^\W\d]{3,9}\.?[\W\d]*)?$")


def _only_date(text: str) -> bool:
    """'20 Nov 2019 08:00 GMT', '2019-11-20': a date, not a title."""
    return bool(_DIGIT.search(text)) and len(text.split()) <= 6 and bool(_DATE_ONLY.match(text.replace("GMT", "")))
