"""Photo captions: a short block that ends in a photographer or agency credit, wherever it sits.

The credit forms live in rules (CAPTION-001..005, and any caption rule a pack marks
``params = { credit = true }``); the shape test here is what makes a block a
caption: the credit is the block's last segment and the block is short. The caption text and the
credit go to metadata separately, with the photographer's name when the credit prints one.
"""

from __future__ import annotations

import re

from ..article import BODY, Block, Caption
from ..context import Context
from ..text.regex import gated, has_folds, literal_union, may_match, pattern_words
from ..text.shapes import ends_sentence, has_dialogue, natural_case
from .base import Pass

CREDIT_RULES = ("CAPTION-001", "CAPTION-002", "CAPTION-003", "CAPTION-004", "CAPTION-005")


# an agency's name alone, as wires sign the last paragraph of their copy ('… next month. (AFP)')
_AGENCY_SIGN_OFF = re.compile(
    r"AFP|AP|Reuters|REUTERS|Yonhap|Xinhua|EFE|ANSA|dpa|Kyodo|Bernama|Antara|TASS|ANI|PTI|IANS"
)


def _signed_copy(ctx: Context, block: Block, text: str) -> bool:
    """A paragraph with a bare agency in brackets after it is the agency's copy, signed, not a
    picture's caption, when it closes the text under other prose (Yonhap, AFP and Reuters clients
    print '(Yonhap)' after the story's last paragraph) or when it reports speech ('… the ministry
    said. (AFP)'): a caption shows a scene; losing a paragraph of copy to the captions is worse
    than keeping a caption in the text."""
    body = ctx.body()
    if body and body[-1] is block and len(body) > 1:
        return True
    return has_dialogue(text, gated(ctx.rules, "SHARED-001"))


class _Credits:
    """The credit rules for one language, with their patterns: the built-in five, then every caption
    rule a pack marks ``params.credit = true`` (in id order), and the tail hints: words one of which
    a credit's last few dozen characters hold (CAPTION-011, and ``params.hints`` of the added rules).
    Built once per rule set and language."""

    def __init__(self, ctx: Context) -> None:
        extra = sorted(
            r.id
            for r in ctx.rules.family("caption")
            if r.params.get("credit") and r.pattern is not None and r.id not in CREDIT_RULES and ctx.uses(r.id)
        )
        self.rules = tuple((rule_id, ctx.rules.pattern(rule_id)) for rule_id in (*CREDIT_RULES, *extra))
        # Each added rule runs only when one of its own hints is in the line's tail ('end:)': the
        # line ends so); the built-in five when one of CAPTION-011's is.
        builtin = tuple(ctx.rules.phrases("CAPTION-011"))
        own: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {rid: (builtin, ()) for rid in CREDIT_RULES}
        for rid in extra:
            added = [h.lower() for h in ctx.rules.param(rid, "hints", ())] or list(builtin)
            contains = tuple(h for h in added if not h.startswith("end:"))
            own[rid] = (contains, tuple(h[4:] for h in added if h.startswith("end:")))
        self.gates = tuple((frozenset(own[rid][0]), own[rid][1]) for rid, _ in self.rules)
        # and each is searched only in a tail holding one of the words all its matches contain
        self.words = tuple(pattern_words(pattern) for _, pattern in self.rules)
        self.hints = tuple(dict.fromkeys(h for contains, _ in self.gates for h in contains))
        self.ascii_hints = tuple(h for h in self.hints if h.isascii())  # all a tail in ASCII can hold
        # whether an ASCII tail holds any hint at all, in one scan: most tails hold none, and
        # testing each hint in turn cost more than the rest of the search (same answer as the tests)
        self.any_ascii_hint = literal_union(self.ascii_hints)
        self.any_hint = literal_union(self.hints)
        self.end_hints = tuple(dict.fromkeys(h for _, ends in self.gates for h in ends))
        # the rules each hint lets on, and those a line's ending may let on: ``_match`` visits only
        # these (in rule order) instead of asking every rule whether its hints are among the present
        by_hint: dict[str, list[int]] = {}
        for i, (contains, _) in enumerate(self.gates):
            for h in contains:
                by_hint.setdefault(h, []).append(i)
        self.by_hint = {h: tuple(rules) for h, rules in by_hint.items()}
        self.ended = tuple(i for i, (_, ends) in enumerate(self.gates) if ends)
        self.not_names = ctx.rules.phrase_set("CAPTION-012")
        self.agencies = ctx.rules.phrase_set("FOOTER-021")  # a credit's agency is no photographer
        self.max_words = ctx.rules.param("CAPTION-010", "max_words")
        self.prose_words = ctx.rules.param("CAPTION-026", "min_prose_words")
        self.prose_sentences = ctx.rules.param("CAPTION-026", "min_sentences")
        self.min_scene_words = ctx.rules.param("CAPTION-010", "min_scene_words")
        self.stock_labels = frozenset(ctx.rules.param("CAPTION-010", "stock_labels"))
        bare = ctx.rules.param("CAPTION-013", "bare_rules")
        self.bare_rules = frozenset((*bare, *(rid for rid in extra if ctx.rules.param(rid, "bare", False))))
        self.not_alone = frozenset(ctx.rules.param("CAPTION-013", "not_alone"))
        self.labels = frozenset(ctx.rules.param("CAPTION-013", "labels"))
        self.placed = ctx.rules.pattern("CAPTION-015")
        self.placed_words = pattern_words(self.placed)  # 'left', 'right'…: one is in every match
        self.dated = ctx.rules.pattern("CAPTION-016")
        self.opens = ctx.rules.pattern("CAPTION-017")
        self.toggles = ctx.rules.pattern("CAPTION-018")
        self.labelled = ctx.rules.pattern("CAPTION-019")
        self.labelled_max = ctx.rules.param("CAPTION-019", "max_words")
        self.labelled_short = ctx.rules.param("CAPTION-019", "short_words")
        self.uncredited_max = ctx.rules.param("CAPTION-015", "max_words")
        self.over_words = (ctx.rules.param("CAPTION-028", "min_words"), ctx.rules.param("CAPTION-028", "max_words"))
        self.over_sentences = ctx.rules.param("CAPTION-028", "max_sentences")
        self.over_credits = frozenset(ctx.rules.param("CAPTION-028", "after_rules"))  # the lone credits it pairs

    def alone(self, rule_id: str, credit: str, before: str) -> bool:
        """Whether the line is only this credit (and perhaps its label, 'Photograph:'), and such a
        credit standing alone can only be a picture credit (CAPTION-013)."""
        rest = before.strip(" ([|-–—:").lower().removesuffix(" by")  # 'Photograph by
        return (
            (not rest or rest in self.labels)
            and rule_id in self.bare_rules
            and credit.strip("()[] .").lower() not in self.not_alone
            and _RIGHTS.search(credit) is None
        )

    def find(self, text: str) -> tuple[str, re.Match[str]] | None:
        found = self.search(text, glued=False)
        return None if found is None else found[:2]  # type: ignore[return-value]

    def search(self, text: str, glued: bool = True) -> tuple[str, re.Match[str], str] | None:
        """The credit rule, its match and the text it matched in: when the tail holds a hint but no
        credit matches, a credit glued to the last sentence ('…easy.Jane Doe/Getty') is tried with
        the space put back."""
        if len(text) > 1200:
            return None
        low = text[-70:].lower()
        if low.isascii():
            hints = self.ascii_hints if self.any_ascii_hint.search(low) else ()
        else:
            hints = self.hints if self.any_hint.search(low) else ()
        present = [h for h in hints if h in low]  # 'in' tests beat one regex alternation here
        if not present and not (self.end_hints and text.endswith(self.end_hints)):
            return None
        found = self._match(text, present)
        if found is not None and glued and _INITIAL_GLUED.search(found[1].string[: found[1].start("credit")]):
            found = None  # '…July 25, 2019.J. Scott Doe / AP file': the initial belongs to the credit
        if found is None and glued and _GLUED.search(text, max(0, len(text) - 80)):
            head = max(0, len(text) - 80)
            text = text[:head] + _GLUED.sub(r"\1 \2", text[head:])
            found = self._match(text, present)
        return None if found is None else (*found, text)

    def _match(self, text: str, present: list[str]) -> tuple[str, re.Match[str]] | None:
        tail = text[-220:]
        low = tail.lower()
        folds = has_folds(tail)  # see may_match
        # the rules one of whose hints is present or whose ending the line has, in rule order
        chosen = {i for h in present for i in self.by_hint[h]}
        chosen.update(i for i in self.ended if text.endswith(self.gates[i][1]))
        for i in sorted(chosen):
            rule_id, pattern = self.rules[i]
            words = self.words[i]
            if words is not None and not folds:
                for word in words:
                    if word in low:
                        break
                else:
                    continue
            m = pattern.search(tail)
            if m and _starts_segment(tail, m.start("credit")):
                return rule_id, m
        return None


def find_credit(ctx: Context, text: str) -> tuple[str, re.Match[str]] | None:
    """The credit rule and match that end this line, if any."""
    return PASS.setup(ctx).find(text)


def _starts_segment(text: str, pos: int) -> bool:
    """A credit follows the caption sentence; it never continues one ('bought AT&T/Time Warner.')."""
    if pos < len(text) and (text[pos] in "([" or text.startswith(("- ", "– ", "— "), pos)):
        return True  # a bracket or a dash opens the credit ('… Planalto - Pedro Ladeira/Folhapress')
    if text.startswith("Credit:", pos) and pos and text[pos - 1].islower():
        return True  # '…ate a rabbitCredit: Getty': the label glued to the caption's last word
    if pos > 1 and text[pos - 1] == " " and text[pos - 2].isalnum() and text.startswith(_CAPITAL_LABELS, pos):
        return True  # '… in the old town Credit: Jane Doe/Reuters': The Telegraph prints no stop before it
    if pos > 1 and text[pos - 1] == " " and text[pos - 2] in _QUOTE_CLOSERS and text.startswith(_CAPITAL_LABELS, pos):
        return True  # 'Demonstranten: »Wir bleiben hier« Foto: Jane Doe / dpa' (Der Spiegel): a quote closes it
    if (
        pos > 1
        and text[pos - 1] == " "
        and text[pos - 2].isalnum()
        and text.startswith("© ", pos)
        and "|" not in text[:pos]
    ):
        # '… vor dem Bundestag in Berlin © Jane Doe/dpa' (Die Zeit): the sign opens the credit; a line of
        # fields ('1.12.2022 | Quelle: … | site © Verlag') is a source line, not a caption
        return True
    before = text[:pos].rstrip()
    if before.endswith(",") and len(before.split()) <= 4 and text[pos : pos + 8].lower().startswith(_COMMA_LABELS):
        return True  # 'Roman Prymula, photo: Archives …': a portrait's sitter, a comma, the label (_portrait)
    if before.lower().endswith(_LABELLED_BY):
        return True  # 'Photograph by Jane Doe/AFP': the label opens the credit
    if before and _CJK.match(before[-1]):
        return True  # Chinese, Japanese and Korean captions end without a stop before the label
    return not before or before.endswith((".", "!", "?", "”", '"', "’", ")", ":", "|", "(", "[", "-", "–", "—"))


# the licensing links a wire's picture carries after its credit ('Purchase Licensing Rights')
_LICENSING = re.compile(
    r"\s+(?:Purchase\s+Licensing\s+Rights|(?:Buy|Purchase)\s+(?:this\s+|a\s+)?(?:photo|image|print|picture)|"
    r"Licensing\s+options|License\s+this\s+(?:photo|image|picture))"
    r"(?:,?\s+opens\s+new\s+tab)?\s*$",  # the link's label for screen readers, as a dump prints it
    re.I,
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_QUOTE_CLOSERS = "«»‹›“”‘’\"'"
# a credit's label in capitals with its colon: it opens a credit even with no stop before it
_CAPITAL_LABELS = ("Credit:", "Photo:", "Photograph:", "Picture:", "Image:", "Foto:", "Bild:", "Photo credit:")
_COMMA_LABELS = ("photo:", "photo :", "foto:", "foto :", "image:", "credit:", "bild:")
_LABELLED_BY = ("photograph by", "photographs by", "photo by", "photos by", "image by", "illustration by")


# a credit that opens its brackets with a picture's label ('Eskom logo. (Photo: Gallo Images / Jane Doe)',
# Daily Maverick's): as sure a caption as an agency's '(AP Photo/…)', however short its text
_BRACKETED_LABEL = re.compile(r"[(\[](?:Photo|Photograph|Picture|Image|Foto|Bild|Imagen|Credit)\s*:")


def _scene_words(text: str) -> int:
    """Words in a caption's text; Chinese and Japanese write no spaces, so two of their characters
    count as a word ('首相官邸で記者会見する首相' is a scene, not a bare credit)."""
    words = len(text.split())
    if text.isascii():
        return words
    return max(words, len(_CJK.findall(text)) // 2)


def _portrait(ctx: Context, text: str, glued: bool) -> bool:
    """A portrait's caption: the sitter's name and nothing else before the credit, set off by a
    comma ('Roman Prymula, photo: Archives du Gouvernement tchèque', Radio Prague's form): a
    caption, though it names no scene."""
    from . import byline

    head = text.rstrip()
    if glued or not head.endswith(",") or not 2 <= len(head.split()) <= 4:
        return False
    return byline.bare_names(ctx, head[:-1].strip()) is not None


# a portrait's caption whose credit no credit form reads, for a lower-case word in it: 'Roman Prymula,
# photo: Archives du Gouvernement tchèque' (an institution named in French, Spanish or Italian keeps
# its adjectives in lower case: 'Archivo General de la Nación', 'Ministère des Affaires étrangères')
_PORTRAIT = re.compile(
    r"^(?P<head>[^,|/:;()]{3,60}),\s*(?P<credit>(?:photo|foto|image|credit|bild)\s?:\s*"
    r"(?P<source>[A-ZÀ-Þ©][\w'’.&©-]*(?:\s+[\w'’.&-]+){0,7}))$"
)
# the first word of a credit that names an institution, not a photographer ('Archives du Gouvernement',
# 'Ministry of Defence', 'Museum of London', 'Courtesy of the family')
_INSTITUTION_HEADS = frozenset(
    {
        "archives", "archive", "archiv", "archivo", "archivio", "archief", "arquivo", "government",
        "gouvernement", "gobierno", "governo", "regierung", "ministry", "ministère", "ministerio",
        "ministero", "ministerium", "museum", "musée", "museo", "library", "bibliothèque", "biblioteca",
        "bibliothek", "collection", "collections", "courtesy", "office", "bureau", "department",
        "press", "service", "services", "university", "université", "universidad", "università",
    }
)  # fmt: skip


def _portrait_caption(ctx: Context, credits: _Credits, text: str) -> Caption | None:
    """CAPTION-010 for a portrait ('Roman Prymula, photo: Archives du Gouvernement tchèque'): the
    sitter's name alone before the comma (``_portrait``) and a credit of at most eight words after
    its label in lower case, which the credit forms leave for its lower-case words. The credit's
    owner is a photographer only when it is a person's name."""
    m = _PORTRAIT.match(text.strip())
    if m is None or not _portrait(ctx, m.group("head") + ",", False):
        return None
    from ..text.shapes import is_name

    source = m.group("source").strip(" .")
    person = (
        is_name(source)
        and source.split()[0].lower() not in _INSTITUTION_HEADS
        and source.lower() not in credits.not_names
        and source.lower() not in credits.agencies
    )
    return Caption(
        text=m.group("head").strip(),
        credit=m.group("credit").strip(" ."),
        photographer=natural_case(source) if person else None,
    )


# a picture library, whose name no writer's byline or signature carries (the byline pass asks too)
PICTURE_LIBRARY = re.compile(r"\b(?:Getty\s+Images|Shutterstock|iStock(?:photo)?|Alamy|Pexels|Unsplash)\b")
# 'Mike Blake/Reuters files', 'Jane Doe/AP file photo', '…/dpa Archiv': a picture from the agency's
# archive, credited wherever it stands (a writer's byline never says 'files')
FILE_PICTURE = re.compile(
    r"/\s*[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?\s+(?:files?|file\s+(?:photo|picture|image)|archiv(?:e|es)?|archivo)$", re.I
)


def _between_prose(ctx: Context, block: Block, prose: list[int]) -> bool:
    """Whether paragraphs of prose stand above and below the block (``prose`` caches their indices).

    A bare 'Jane Doe/Reuters' there can only be the credit of a picture between two paragraphs: a
    byline stands at the top, a signature at the end."""
    if not prose:
        prose.extend(b.index for b in ctx.body() if b.words >= 20)
        prose.append(-1)  # computed, even when there is none
    return len(prose) > 2 and prose[0] < block.index < prose[-2]


def _under_lead_caption(ctx: Context, block: Block) -> bool:
    """Whether a bare credit ('Reuters', 'EFE', 'Jane Doe/AP') stands under the lead picture's
    caption: a short sentence in the lead picture's slot (``_lead_slot``), with the copy's first
    paragraph of prose under the credit. A writer's outlet under the byline has no sentence between them."""
    if block.index < 2:
        return False
    above = ctx.blocks[block.index - 1]
    if above.status != BODY or not 3 <= above.words < 20 or not above.text.rstrip().endswith("."):
        return False
    after = next((b for b in ctx.blocks[block.index + 1 :] if b.status == BODY), None)
    return after is not None and after.words >= 20 and _lead_slot(ctx, above, block)


def _under_byline(ctx: Context, block: Block) -> bool:
    """Whether only the lifted byline (and the title) stand over the block: where the lead picture's
    caption stands. The title is still a candidate while the caption pass runs (the headline pass
    decides once every pass has looked)."""
    head = [b for b in ctx.blocks[: block.index] if b is not ctx.title_candidate]
    return (
        bool(head) and all(b.status != BODY for b in head) and any(b.rule.startswith("BYLINE") for b in head if b.rule)
    )


def _lead_slot(ctx: Context, above: Block, credit: Block) -> bool:
    """Where the lead picture's caption stands: under the lifted byline (and the title), or right
    under the title when its credit names the photographer and the agency ('Jane Doe/AP', a slash
    between them): a bare agency there may be the writer's outlet, a name and an agency is a picture's."""
    if _under_byline(ctx, above):
        return True
    head = [b for b in ctx.blocks[: above.index] if b.status == BODY]
    if head == [ctx.title_candidate] and ctx.title_candidate is not None and "/" in credit.text:
        return True
    # CAPTION-028: under the lifted byline, with the kicker, title and standfirst over it (Der Spiegel,
    # CNN): between the byline and the caption only the page's furniture a later pass removes (short,
    # no sentence: '5 minute read'), and a credit that names photographer and agency or is labelled
    if "/" not in credit.text and _PICTURE_LABEL.match(credit.text) is None:
        return False
    bylines = [b for b in ctx.blocks[: above.index] if b.status != BODY and (b.rule or "").startswith("BYLINE")]
    if not bylines:
        return False
    between = [b for b in ctx.blocks[bylines[-1].index + 1 : above.index] if b.status == BODY]
    return all(b.words <= 4 and not ends_sentence(b.text) for b in between)


_PICTURE_LABEL = re.compile(r"^[(\[]?\s*(?i:photo(?:graph)?|foto|bild|image|picture|credit|imagen|immagine)\s*:")


_SERVICE_WORDS = frozenset(
    ("photo", "photos", "picture", "pictures", "image", "images", "video", "foto", "fotos", "photographer")
)


def _photographer(credits: _Credits, m: re.Match[str]) -> str | None:
    """The person a picture's credit names, in natural case: agencies print the photographer in
    capitals ('REUTERS/JOHN DOE', 'JOHN MCDONALD/AFP'), a house style, and the archive keeps the
    name as the person writes it ('John Doe', 'John McDonald'), as bylines in capitals are kept."""
    name = _photographer_as_printed(credits, m)
    if name and name.split()[0].lower() in _INSTITUTION_HEADS:
        return None  # 'photo: Archives du Gouvernement', 'Photo: Ministry of Defence': an institution, no person
    return natural_case(name) if name else name


def _photographer_as_printed(credits: _Credits, m: re.Match[str]) -> str | None:
    groups = m.groupdict()  # a rule with several forms names its photographer name2, name3… (CAPTION-027)
    name = next((v for k, v in groups.items() if v and k.startswith("name")), None) or groups.get("handle")
    if name:
        name = _LEADING_LABEL.sub("", name.strip(" .,"))  # a form that reads 'Fot. Jane Doe' as the name
        low = name.lower()
        # 'Photo: Supplied', 'Picture: Facebook', 'Photo / NZME': one word that is no name is a source,
        # and 'PHOTO: JANE DOE/THE STRAITS TIMES' names its paper after the photographer
        source = (" " not in name and not _one_word_name(name, credits.not_names)) or low.startswith("the ")
        source = source or _agency_service(low, credits) or low.rsplit(" ", 1)[-1] in _AGENCY_TAILS
        if not source and low not in credits.not_names and low not in credits.agencies:
            return name
    # no name group ('Foto: Anna Schmidt/dpa', a rule that reads the credit as one agency string), or
    # it caught the agency ('Foto ANP / Jan de Vries'): the piece of the credit that is a person's name
    from ..text.shapes import is_name

    credit = _LEADING_LABEL.sub("", m.group("credit").strip("()[] "))
    for piece in _CREDIT_PIECES.split(credit):
        piece = piece.strip(" .,©")
        low = piece.lower()
        if low.rpartition(" ")[2] in _SERVICE_WORDS:
            continue  # 'ST FILE PHOTO', 'AFP PHOTO': an outlet's picture, no one's name (CAPTION-046)
        if is_name(piece) and low not in credits.not_names and low not in credits.agencies:
            if not _agency_service(low, credits) and low.rsplit(" ", 1)[-1] not in _AGENCY_TAILS:
                return piece
    return None


# the last word of a picture agency's name ('Gallo Images', 'Sipa Press', 'Dukas Presseagentur' aside):
# a credit's piece ending in it is the agency, and the photographer is the other piece
_AGENCY_TAILS = frozenset(("images", "pictures", "photos", "press", "agency", "presse", "wire", "newswire"))


def _agency_service(low: str, credits: _Credits) -> bool:
    """'AP Photo', 'Reuters Pictures', 'AFP Video': an agency's own picture service, no person."""
    head, _, last = low.rpartition(" ")
    return last in _SERVICE_WORDS and head in credits.agencies


def _one_word_name(word: str, not_names: frozenset[str]) -> bool:
    """A photographer credited by one name: a handle ('ev', as stock sites print it) or a word in
    capitals and lower case that is no platform or source word (CAPTION-012); one word in capitals
    ('NZME', 'ESA') is an organisation's."""
    return word[:1].islower() or (not word.isupper() and word.lower() not in not_names)


# a credit's label and the pieces of a credit ('Foto: picture alliance / dpa | Anna Schmidt')
_LEADING_LABEL = re.compile(
    r"^(?:[^\W\d_]+(?:\s+[^\W\d_]+)?\s*:\s*|(?i:photo|foto|courtesy(?:\s+of)?)\s+|(?i:fot|phot)\.\s*)?(?:©\s*)?"
)
_CREDIT_PIECES = re.compile(r"\s*[/|,]\s*")


class Captions(Pass[_Credits]):
    family = "caption"
    emits = (
        "CAPTION-010",
        "CAPTION-013",
        "CAPTION-015",
        "CAPTION-019",
        "CAPTION-026",
        "CAPTION-028",
        "CAPTION-034",
        "CAPTION-035",
        "CAPTION-041",
    )
    vetoes = ("CAPTION-090",)

    def prepare(self, ctx: Context) -> _Credits:
        return _Credits(ctx)

    def run(self, ctx: Context) -> None:
        credits = self.setup(ctx)
        _labelled(ctx, credits)
        prose: list[int] = []
        alone: list[tuple[Caption, Block]] = []  # credits on a line of their own (CAPTION-013)
        for block in ctx.body():
            if block.words > credits.max_words:
                continue
            raw = block.text
            probe = _LICENSING.sub("", raw) if "icens" in raw or "uy " in raw or "urchase" in raw else raw
            found = credits.search(probe)
            if not found:
                if (portrait := _portrait_caption(ctx, credits, probe)) is not None:
                    ctx.metadata.captions.append(portrait)  # 'Roman Prymula, photo: Archives … tchèque'
                    ctx.lift(block, "CAPTION-010", "captions")
                continue
            # glued: no space between the last sentence and the credit (found as it is, or only once
            # the search put a space back)
            glued = found[2] != probe
            rule_id, m, probe = found
            credit = m.group("credit").strip().lstrip("-–— ")  # the dash that opened it is no part of it
            offset = len(probe) - 220 if len(probe) > 220 else 0
            at = offset + m.start("credit")
            start = offset + m.start()  # where the credit's label ('Photo:') begins, if it has one
            glued = (
                glued
                or (at > 0 and probe[at - 1] in ".!?")
                or (start > 0 and probe[start - 1] in ".!?" and not probe[start].isspace())
            )
            text = _LABEL_TAIL.sub("", probe[: offset + m.start("credit")]).rstrip(" ([|–—,")
            text = _LABEL_HEAD_BUTTON.sub("", text)  # 'Enlarge / …' (CAPTION-042): the button's word, no caption
            if credit.startswith(("(", "[")) and credit.endswith((")", "]")):
                credit = credit[1:-1]
            if glued and _glued_to_prose(credits, text) and _cut_credit(ctx, block, m):
                ctx.metadata.captions.append(Caption(text="", credit=credit, photographer=_photographer(credits, m)))
                continue
            if (
                _scene_words(text) < credits.min_scene_words
                and rule_id != "CAPTION-001"
                and not (text.strip() and _BRACKETED_LABEL.match(probe, max(at - 1, 0)))
                and text.strip(" .:,;-–—|").lower() not in credits.stock_labels
                and not _portrait(ctx, probe[: offset + m.start("credit")], glued)
            ):
                if credits.alone(rule_id, credit, text) or (
                    not text.strip(" ([|-–—:")
                    and (
                        _between_prose(ctx, block, prose)
                        or _under_lead_caption(ctx, block)
                        or control_beside(ctx, block)
                        or PICTURE_LIBRARY.search(credit)
                        is not None  # 'Jane Doe / AFP via Getty Images': a picture's only
                        or FILE_PICTURE.search(block.text) is not None  # 'Mike Blake/Reuters files'
                    )
                ):
                    photographer = _photographer(credits, m)
                    caption = Caption(text="", credit=credit, photographer=photographer)
                    ctx.metadata.captions.append(caption)
                    ctx.lift(block, "CAPTION-013", "captions")
                    alone.append((caption, block))
                    continue
                ctx.veto("CAPTION-090", block)  # a bare 'Name/Agency' line with no scene is too weak
                continue
            photographer = _photographer(credits, m)
            if photographer is None and _AGENCY_SIGN_OFF.fullmatch(credit) and _signed_copy(ctx, block, text):
                ctx.veto("CAPTION-090", block)  # '… the ministry said. (AFP)': the agency signing its copy
                continue
            ctx.metadata.captions.append(Caption(text=text, credit=credit, photographer=photographer))
            ctx.lift(block, "CAPTION-010", "captions")
        _uncredited(ctx, credits)
        if ctx.uses("CAPTION-041"):
            _under_label(ctx)
        for caption, block in alone:
            # 'Jane Doe, left, speaks …' (CAPTION-015) / 'Photo: Hau Dinh, AP': the credit under the
            # caption it belongs to, which the extractor printed on a line of its own
            above = ctx.blocks[block.index - 1] if block.index else None
            if above is not None and above.rule == "CAPTION-015":
                caption.text = above.text
            elif (
                above is not None
                and above.status == BODY
                and 3 <= above.words <= credits.uncredited_max
                and not _hide_control_beside(ctx, above)
                and _control_under(ctx, block)
            ):
                # NPR: the caption, its credit, then 'hide caption': the line over the credit is the caption
                caption.text = above.text
                ctx.lift(above, "CAPTION-010", "captions")
            elif (
                above is not None
                and block.rule in credits.over_credits
                and ctx.uses("CAPTION-028")
                and _caption_over(ctx, credits, above, block)
            ):
                caption.text = above.text
                ctx.lift(above, "CAPTION-028", "captions")
        if ctx.uses("CAPTION-034"):
            _proven_pairs(ctx, credits)
        _gallery_counts(ctx)


_SOURCE_WORD = re.compile(r"[A-Z][\w'’.&-]*|of|the|and|for|de|&|/")


_COUNT = re.compile(r"\d{1,3}")


def _gallery_counts(ctx: Context) -> None:
    """CAPTION-035: a line that is only a small number, right over or under a caption this pass took,
    is the picture gallery's count the page prints on every photo (The Sun's '6' over each picture)."""
    blocks = ctx.blocks
    captions = frozenset(ctx.rules.param("CAPTION-035", "after_rules"))
    taken = {b.index for b in blocks if b.status != BODY and b.rule in captions}
    if not taken:
        return
    for block in ctx.body():
        if (
            block.words == 1
            and _COUNT.fullmatch(block.text.strip())
            and (block.index - 1 in taken or block.index + 1 in taken)
        ):
            ctx.remove(block, "CAPTION-035")


# a subhead's first words, which no source's name opens with
_HEAD_OPENERS = frozenset(
    "What Why How When Where Who Which Whose A An Our Your My Its This These That Those In On At For From To "
    "With Without Is Are Was Were And But Or More Next Final First Last Looking Inside Beyond After Before".split()
)


def _proven_pairs(ctx: Context, credits: _Credits) -> None:
    """CAPTION-034: once the text has shown its pictures' layout, a caption over a known credit
    (CAPTION-028) at least min_pairs times, a short caption over a line that only names a source
    ('Berkeley Earth', 'NASA Worldview'), between paragraphs of prose, is another picture's pair."""
    min_pairs, max_words = (ctx.rules.param("CAPTION-034", k) for k in ("min_pairs", "max_words"))
    if sum(1 for b in ctx.blocks if b.rule == "CAPTION-028") < min_pairs:
        return
    blocks = ctx.blocks
    for block in ctx.body():
        if not 1 <= block.words <= max_words or block.index == 0:
            continue
        text = block.text.strip()
        if text[-1:] in '.!?:;,)"”’' or any(c.isdigit() for c in text):
            continue
        words = text.split()
        if not words[0][:1].isupper() or not all(_SOURCE_WORD.fullmatch(w) for w in words):
            continue
        if words[0] in _HEAD_OPENERS or (len(words) == 1 and not text.isupper()):
            continue  # 'What Comes Next', 'Background': the copy's subhead, not a source
        above = blocks[block.index - 1]
        j = block.index + 1
        while j < len(blocks) and blocks[j].status != BODY:
            j += 1
        if j >= len(blocks) or blocks[j].words < 20 or above.words < credits.over_words[0]:
            continue  # the copy goes on under the credit in a paragraph of prose
        if above.text.rstrip()[-1:] not in ".!?" or not _caption_over(ctx, credits, above, block):
            continue
        ctx.metadata.captions.append(Caption(text=above.text, credit=text, photographer=None))
        ctx.lift(above, "CAPTION-034", "captions")
        ctx.lift(block, "CAPTION-034", "captions")


# a rights statement after the © sign ('© RIPRODUZIONE RISERVATA', '© All rights reserved') or a
# company's name: the page's copyright footer, never a picture's credit
_RIGHTS = re.compile(
    r"rights\s+reserved|riproduzione\s+riservata|droits\s+r[ée]serv[ée]s|derechos\s+reservados|rechte\s+vorbehalten"
    r"|direitos\s+reservados|rechten\s+voorbehouden|prawa\s+zastrze[żz]one|права\s+защищены"
    # a company's legal name ('© The Indian Express Pvt Ltd', '© Example Media Group Inc.'): the publisher's
    r"|\b(?:pvt\.?\s+ltd|ltd|limited|inc|llc|gmbh|plc|corp(?:oration)?)\.?\s*$",
    re.IGNORECASE,
)


# 'Disclosure: …', 'Фото:': a labelled line is the page's, not a picture's scene
_LABEL_HEAD = re.compile(r"^[^\W\d][\w'’ -]{0,24}:(?:\s|$)")
_QUOTES = frozenset('"“”„«»')
_LIST_ITEM = re.compile(r"^(?:[-–—•*·]\s|\d{1,3}[.)]\s)")  # an item of a list, which goes on under the picture


def _caption_over(ctx: Context, credits: _Credits, above: Block, credit: Block) -> bool:
    """CAPTION-028: the short line a lone credit stands under is that picture's caption, which the
    extractor printed as a paragraph of its own ('Heavy air pollution in Delhi is shaving years off
    lives.' then 'Biplov Bhuyan/Hindustan Times/Getty Images'). A paragraph of the copy over a
    picture that has no caption is longer, quotes someone or carries a label, an address or a link."""
    if above.status != BODY or not credits.over_words[0] <= above.words <= credits.over_words[1]:
        return False
    j = credit.index + 1
    while j < len(ctx.blocks) and ctx.blocks[j].status != BODY:
        j += 1
    if j >= len(ctx.blocks):
        return False  # a credit after the last paragraph is a picture's without a caption, under the copy
    if not any(
        (b.status == BODY and b.words >= 12) or (b.rule or "").startswith("CAPTION-")
        for b in ctx.blocks[credit.index + 1 :]
    ):
        # only short lines under the credit ('Iscriviti alle newsletter …', 'Leggi anche'), no more
        # copy and no more pictures: the copy ended over it, and the line over it is its last paragraph
        return False
    if not any(b.status == BODY and b.words >= 20 for b in ctx.blocks[: above.index]):
        # over the first paragraph of prose stand the title and deck, not captions; but the lead
        # picture's caption stands right under the lifted title and byline, shorter than any lead,
        # with the copy's first paragraph of prose under its credit
        if not (above.words < 20 and ctx.blocks[j].words >= 20 and _lead_slot(ctx, above, credit)):
            return False
    if ctx.blocks[j].words < 12 and ctx.blocks[j].text.rstrip().endswith((".", "!", "?")):
        return False  # 'Der Bartgeier Bavaria im Flug.' under the credit: the caption may be that one
    text = above.text.strip()
    if text.endswith(":") or _LABEL_HEAD.match(text) or _LIST_ITEM.match(text):
        return False
    if "@" in text or "://" in text or "www." in text:
        return False
    if any(q in text for q in _QUOTES) or control_beside(ctx, above):
        return False
    if has_dialogue(text, gated(ctx.rules, "SHARED-001")):  # '…, the official said.': the story speaking
        return False
    return len(_SENTENCE_END.findall(text)) + 1 <= credits.over_sentences


# a credit's label the credit form leaves out of its group ('… Monday. Photograph: Jane Doe/AP'):
# it is neither the caption's text nor the credit
_LABEL_TAIL = re.compile(
    r"\s(?:Photograph|Photographs|Photo|Image|Illustration|Picture|Credit|Photo\s+credit|Image\s+credit|Foto|Bild|Bildquelle"
    r"|PHOTOGRAPH|PHOTOGRAPHS|PHOTO|IMAGE|ILLUSTRATION|PICTURE|CREDIT|FOTO|credit)(?:\s*:|\s+(?:by|BY))\s*$"
    r"|(?<=[.!?\s])Credit(?:\.{2,3}|…)\s*$"  # The New York Times glues 'Credit...' to the caption
)

# a picture button's label opening its caption ('Enlarge / The Orion capsule …', Ars Technica's)
_LABEL_HEAD_BUTTON = re.compile(r"^(?i:enlarge)\s*/\s*")

_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+[A-ZÀ-Þ\"“„]")


# a picture's own controls, which an extractor prints as lines ('hide caption', 'toggle caption')
_CONTROL = re.compile(r"(?:hide|toggle|show)\s+caption|enlarge\s+this\s+image", re.IGNORECASE)


def _is_control(block: Block) -> bool:
    low = block.lower
    return block.words <= 4 and ("caption" in low or "image" in low) and _CONTROL.fullmatch(low.strip()) is not None


def control_beside(ctx: Context, block: Block) -> bool:
    """Whether the line above or under ``block`` is a picture's control ('hide caption'): the block
    is then the picture's credit or caption (NPR prints 'caption', 'Jane Doe/AP', 'hide caption',
    'toggle caption', 'Jane Doe/AP'), never a byline."""
    blocks = ctx.blocks
    return any(0 <= j < len(blocks) and _is_control(blocks[j]) for j in (block.index - 1, block.index + 1))


def _hide_control_beside(ctx: Context, block: Block) -> bool:
    """``control_beside`` without the picture's 'Enlarge this image', which NPR prints over the caption."""
    blocks = ctx.blocks
    return any(
        0 <= j < len(blocks) and _is_control(blocks[j]) and "enlarge" not in blocks[j].lower
        for j in (block.index - 1, block.index + 1)
    )


def _control_under(ctx: Context, block: Block) -> bool:
    """Whether the line under ``block`` is a picture's control ('hide caption')."""
    j = block.index + 1
    return j < len(ctx.blocks) and _is_control(ctx.blocks[j])


def _glued_to_prose(credits: _Credits, text: str) -> bool:
    """CAPTION-026: the scene before a glued credit is a paragraph of prose, not a caption."""
    return len(text.split()) >= credits.prose_words and len(_SENTENCE_END.findall(text)) + 1 >= credits.prose_sentences


def _cut_credit(ctx: Context, block: Block, m: re.Match[str]) -> bool:
    """Cut the glued credit (and any licensing links after it) off the block's end, as a rewrite."""
    credit = m.group("credit").strip()
    raw = block.text
    pos = raw.rfind(credit)
    if pos <= 0:
        return False
    label = _CREDIT_LABEL.search(raw, 0, pos)  # the credit's own label goes with it ('…asked.Photo: ')
    if label is not None:
        pos = label.start()
    head = raw[:pos].rstrip()  # and the space before it: no line ends in a space (idempotence)
    if not head:
        return False
    ctx.rewrite_all(block, [(len(head), raw[len(head) :], "")], "CAPTION-026")
    return True


# the label cut with a glued credit (CAPTION-026): wider than ``_LABEL_TAIL`` ('Credit', 'Foto', no
# colon needed), which trims a caption's text, where 'Crédit photo :' alone must still read as one
_CREDIT_LABEL = re.compile(
    r"[(\[]?(?:[Pp]hotograph|PHOTO|[Pp]hoto|[Ii]mage|[Ii]llustration|[Pp]icture|[Cc]redit|[Ff]oto|[Bb]ild)s?"
    r"(?:\s*[:：]|\s+by)?\s*(?:©\s*)?$"
)


def _labelled(ctx: Context, credits: _Credits) -> None:
    """CAPTION-019: 'Image source, AGENCY' and 'Image caption, TEXT' lines, paired when adjacent."""
    body = ctx.body()
    found: list[tuple[Block, re.Match[str]]] = []
    for block in body:
        if block.words <= credits.labelled_max and block.text[:8].lower().startswith(_LABEL_OPENERS):
            m = credits.labelled.match(block.text)
            if m:
                found.append((block, m))
    if not found:
        return
    used: set[int] = set()
    if any(m.group("rest") is None for _, m in found):
        found = _split_labels(ctx, credits, body, found, used)
    for i, (block, m) in enumerate(found):
        if block.index in used or not m.group("caption"):
            continue
        text = m.group("rest").strip()
        source = None
        for j in (i - 1, i + 1):
            if 0 <= j < len(found):
                other, om = found[j]
                if om.group("source") and abs(other.index - block.index) == 1 and other.index not in used:
                    source = (other, om)
                    break
        if source is not None:
            other, om = source
            credit = om.group("rest").strip()
            ctx.metadata.captions.append(Caption(text=text, credit=credit, photographer=None))
            ctx.lift(other, "CAPTION-019", "captions")
            ctx.lift(block, "CAPTION-019", "captions")
            used.update((other.index, block.index))
        else:
            ctx.remove(block, "CAPTION-019")
            used.add(block.index)
    for block, m in found:
        if block.index not in used and m.group("source") and len(m.group("rest").split()) <= 6:
            credit = m.group("rest").strip()
            ctx.metadata.captions.append(Caption(text="", credit=credit, photographer=None))
            ctx.lift(block, "CAPTION-019", "captions")


def _split_labels(
    ctx: Context, credits: _Credits, body: list[Block], found: list[tuple[Block, re.Match[str]]], used: set[int]
) -> list[tuple[Block, re.Match[str]]]:
    """CAPTION-019's labels left alone on a line ('Media caption,'): the label goes, and the line
    after it is its caption or credit when short and ending no sentence (a paragraph never is)."""
    at = {b.index: i for i, b in enumerate(body)}
    rest: list[tuple[Block, re.Match[str]]] = []
    pending: Caption | None = None  # a split source pair waiting for the split caption right after it
    last = -2
    for block, m in found:
        if m.group("rest") is not None:
            rest.append((block, m))
            continue
        i = at[block.index]
        nxt = body[i + 1] if i + 1 < len(body) else None
        if (
            nxt is not None
            and nxt.index == block.index + 1
            and nxt.words <= credits.labelled_short
            and not ends_sentence(nxt.text)
            and not credits.labelled.match(nxt.text)
        ):
            text = nxt.text.strip()
            if m.group("caption") and pending is not None and last == block.index - 1:
                pending.text = text  # 'Image source,' 'Getty' 'Image caption,' 'TEXT': one caption
                pending = None
            elif m.group("caption"):  # a caption with no credit is no entry (a credit is required)
                ctx.remove(block, "CAPTION-019")
                ctx.remove(nxt, "CAPTION-019")
                used.update((block.index, nxt.index))
                continue
            else:
                pending = Caption(text="", credit=text, photographer=None)
                ctx.metadata.captions.append(pending)
            last = nxt.index
            ctx.lift(block, "CAPTION-019", "captions")
            ctx.lift(nxt, "CAPTION-019", "captions")
            used.update((block.index, nxt.index))
        else:
            ctx.remove(block, "CAPTION-019")
            used.add(block.index)
    return rest


_LABEL_OPENERS = ("image ", "media ", "video ", "picture ", "photo ")


_GLUED = re.compile(r"([a-z]{2}[.!?]|\d[.])([A-Z])")
_INITIAL_GLUED = re.compile(r"[a-z\d][.!?][A-Z]\.\s*$")


def _uncredited(ctx: Context, credits: _Credits) -> None:
    """CAPTION-015: a caption without its credit, by the wire's caption formula.

    Agency captions place the people ('Jane Doe, left, speaks…', 'From left, …') and date the
    picture with weekday, date and place ('…, Tuesday, Nov. 19, 2019, in Columbia, S.C.'); prose
    says 'on Tuesday'. Only short blocks without quotes or reported speech are judged.
    """
    reporting = None
    for block in ctx.body():
        if block.words > credits.uncredited_max or block.words < 6:
            continue
        text = block.text
        # substring tests first: each pattern would otherwise be tried at every position of the line
        if not (
            # CAPTION-015 is case-sensitive: its words stand lower-case in the line as printed, which
            # spares lower-casing every paragraph
            (may_match(credits.placed_words, text, text) and credits.placed.search(text))
            or ("day, " in text and credits.dated.search(text))
            or credits.opens.match(text)
            or (text.endswith(("less", "more")) and credits.toggles.search(text))
        ):
            continue
        if reporting is None:
            reporting = gated(ctx.rules, "SHARED-001")
        if has_dialogue(text, reporting) or text.startswith("("):
            continue
        ctx.remove(block, "CAPTION-015")


def _under_label(ctx: Context) -> None:
    """CAPTION-041: a picture's label alone on its line ('Image:', 'Photo:', Sky News's form) and the
    caption it labels on the line under it, which the extractor split from it. The caption is short,
    no speech, and copy follows it; the label goes as well if no other pass took it (a control word,
    CRUMB-012)."""
    rule = ctx.rules.rule("CAPTION-041")
    labels = frozenset(rule.params["labels"])
    limit = rule.params["max_words"]
    blocks = ctx.blocks
    reporting = None
    for i in range(len(blocks) - 2):
        label = blocks[i]
        if label.words != 1 or not label.text.endswith(":") or label.lower.rstrip(" :") not in labels:
            continue
        caption = blocks[i + 1]
        if caption.status != BODY or not 3 <= caption.words <= limit or caption.text.endswith(":"):
            continue
        if not any(b.status == BODY and b.words >= _COPY_WORDS for b in blocks[i + 2 :]):
            continue  # the last line of the text is no caption of a picture inside it
        if reporting is None:
            reporting = gated(ctx.rules, "SHARED-001")
        if has_dialogue(caption.text, reporting):
            continue
        ctx.remove(caption, "CAPTION-041")
        if label.status == BODY:
            ctx.remove(label, "CAPTION-041")


_COPY_WORDS = 8


PASS = Captions()
