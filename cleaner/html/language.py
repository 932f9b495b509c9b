"""The article's language: its script, its function words, or the page's own claim."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .text import WORD

# A handful of frequent function words per language: enough to tell Latin-script languages apart
# on a paragraph or two, and far cheaper than a statistical model. Each list holds its language's
# most frequent words even where neighbours share them ('de', 'la'): shares (below) weigh those less.
_STOPWORDS = {
    "en": """the and of to in is that for it with was on as are be this by have from at not but they
        his you he we were which their been has""",
    "de": """der die und das ist nicht ein eine zu den mit von sich auf für dem des auch es im sie wir
        ich werden wird nach bei aus oder wie nur noch""",
    "fr": """de le la les et des un en est une du que dans pour qui pas sur au avec ce il elle sont par plus
        nous vous ont été aux cette mais""",
    "es": """de la el los las y que un en una es por con para del se al lo como más pero sus fue ha este esta
        también muy hay""",
    "it": """il la un in e che di è per con non del della gli sono nel alla anche come ma più dei delle questo
        essere stato ha""",
    "pt": """de o a e os que do da em um uma para com não por na no dos das mais foi ao é são seu sua também
        pelo pela""",
    "nl": """het een en van is dat op te niet zijn met voor die er maar ook als bij aan wordt hij ze
        dit worden naar""",
    "pl": """w nie na się z do że to jest jak ale po od za przez czy tak dla już jego jej są był było
        oraz""",
    "sv": "och att det som är en på för med av den till inte har om ett var de jag men kan också",
    "da": "og at det som er en på for med af den til ikke har om et var de jeg men kan også være",
    "no": "og at det som er en på for med av den til ikke har om et var de jeg men kan også være ble",
    "fi": "ja on ei se että oli hän mutta kun myös ovat tai sekä joka mukaan vain nyt",
    "cs": "a se na je že v to do jsou by ale jak pro který která také jako jeho být",
    "tr": "ve bir bu da de için ile olarak daha çok en gibi olan ama kadar sonra",
    "hu": "a az és hogy nem is egy de meg van csak már volt mint ez azt",
    "ro": "și de la în că nu cu pe o din un este care pentru mai sunt fost sau",
    "id": "dan yang di ini itu dengan untuk tidak dari dalam akan pada juga ke ada",
}
_LANGS_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in _STOPWORDS.items():
    for _w in _words.split():
        _LANGS_OF[_w] = (*_LANGS_OF.get(_w, ()), _lang)
_LANG_ATTR = re.compile(r"^\s*([a-zA-Z]{2,3})(?:[-_]|$)")


def declared_language(tree: HtmlElement) -> str | None:
    """The page's own claim: <html lang>, Content-Language, og:locale (first one given)."""
    for value in (tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang")):
        if value and (m := _LANG_ATTR.match(value)):
            return m.group(1).lower()
    head = tree.find("head")
    if head is not None:
        for meta in head.iter("meta"):
            key = (meta.get("http-equiv") or meta.get("property") or meta.get("name") or "").lower()
            if key in ("content-language", "og:locale", "language", "dc.language"):
                value = meta.get("content") or ""
                if m := _LANG_ATTR.match(value):
                    return m.group(1).lower()
    return None


_SCRIPTS = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
)
_NON_LATIN = re.compile(r"[^\x00-\u024f]")
_LATIN_LETTER = re.compile(r"[^\W\d_]")


def _script_language(text: str) -> str | None:
    """Languages told by their script alone (where function words cannot be split out by spaces)."""
    sample = text[:4000]
    if sample.isascii():
        return None
    other = _NON_LATIN.findall(sample)
    if len(other) < 20:
        return None
    # every script above lies outside Latin: counted among the non-Latin characters alone (on an
    # English page, a few dozen curly quotes and dashes rather than the whole sample)
    rest = "".join(other)
    counts = {lang: len(rx.findall(rest)) for lang, rx in _SCRIPTS}
    if not counts["ja"] and max(counts.values()) < 20:
        return None  # no script has enough characters: what follows could only answer None
    latin = len(_LATIN_LETTER.findall(sample)) - sum(counts.values())
    if counts["ja"] and counts["ja"] + counts["zh"] > latin:
        return "ja"  # kana: Japanese, even when most characters are kanji
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] >= 20 and counts[best] > latin else None


def detect_language(text: str, declared: str | None = None) -> str | None:
    """The language of the article text: its script, else its function words, else the page's claim.

    The text decides over the page's ``lang`` attribute, which templates often leave at a
    default; the claim only settles what the text cannot (too short, too close to call).
    """
    script = _script_language(text)
    if script:
        return script
    words = WORD.findall(text[:3000].lower())
    if len(words) >= 20:
        counts = dict.fromkeys(_STOPWORDS, 0)
        shares = dict.fromkeys(_STOPWORDS, 0.0)
        for w in filter(_LANGS_OF.__contains__, words):  # function words only, found in C, in text order
            langs = _LANGS_OF[w]
            for lang in langs:
                counts[lang] += 1
                # ranked by shares: a word several languages use counts as a share of one (Spanish
                # 'de la' is Romanian too: whole counts let such neighbours tie with the text's own)
                shares[lang] += 1 / len(langs)
        ranked = sorted(shares, key=shares.__getitem__, reverse=True)
        if counts[ranked[0]] >= 0.12 * len(words) and shares[ranked[0]] >= 1.25 * shares[ranked[1]]:
            return ranked[0]
        if declared in ranked[:2]:
            return declared
    return declared
