"""Credits lines: '(Reporting by …; writing by …; Editing by …)' -> ``credits`` by role.

The shape is a short (usually parenthesised) line made of 'ROLE by NAMES' segments. Names lose
their ' in PLACE' suffix ('Felix Light in Goris, Armenia' -> 'Felix Light'); roles map to the
three fields users ask for (reporting, writing, editing) and any other role is kept under ``other``.
"""

from __future__ import annotations

import re

from ..article import BODY, Block, Credits
from ..context import Context
from ..text.regex import gated
from ..text.shapes import has_dialogue, split_names
from .base import Pass

_SEGMENT = re.compile(
    r"\s*[;|]\s*|\s*,\s*(?=(?:and\s+)?(?:additional\s+)?[a-z\- ]{3,25}\s+by\b)"
    r"|\.\s+(?=[A-Z][a-z]+(?:\s+[a-z]+)?\s+by\b)"
    # 'Reporting by Jane Doe in Nairobi Editing by John Roe': the feed dropped the semicolon, and the
    # next role opens in capitals after a word in lower case
    r"|(?<=[a-z])\s+(?=(?-i:(?:Additional\s+reporting|Reporting|Writing|Editing|Edited|Compiled)\s+by)\b)",
    re.I,
)
# what a wire's feed glues after its credits line: Reuters' contact block in double brackets
# ('((jane.doe@thomsonreuters.com; +44 20 7542 1234))') and its standards line
_GLUED_TAIL = re.compile(
    r"\s*(?:\(\([^()]*(?:@|\+?\d[\d ]{6,})[^()]*\)\)"
    r"|Our\s+Standards\s*:\s*The\s+Thomson\s+Reuters\s+Trust\s+Principles\.?)\s*$"
)
# a health site's reviewer signs with her degrees ('Medically reviewed by Jane Doe, MD, MPH'): letters
# after the name, no second person (CREDITS-001); and the writer's credit may follow the reviewer's after
# a dash, with the date it ran ('… — Written by John Roe on March 3, 2021')
_DEGREES = re.compile(
    r",?\s+(?:M\.?D|D\.?O|Ph\.?D|PharmD|RPh|R\.?N|BSN|MSN|DNP|N\.?P|FNP(?:-BC)?|APRN|CRNP|PA-C|R\.?D|RDN|L\.?D|LDN|CDCES|CDE"
    r"|MPH|MBA|M\.?S|MSc|BSc|MBBS|FACP|FAAP|FACOG|FACC|FRCP|MRCP|DDS|DMD|DPM|DPT|PsyD|LCSW|LPC|IBCLC|CSCS|CPT|CNM)\.?"
    r"(?=\s*(?:,|$|[—–]\s|\s+on\s))"
)
_REVIEWED = re.compile(r"(?:medically|clinically)\s+reviewed\s+by\b", re.IGNORECASE)
_REVIEW_DASH = re.compile(r"\s+[—–]\s+(?=[A-Z][a-z]+(?:\s+[a-z]+)?\s+by\b)")
_ON_DATE = re.compile(r"\s+on\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})$")
_NAMES_SPLIT = re.compile(r"\s*;\s*|\s+and\s+|,\s+(?=[A-Z])")  # compiled here, not in re's cache
# ('Edited By: Jane Doe': Indian outlets put a colon after the role)
_ROLE_BY = re.compile(r"^(?:and\s+)?(?P<role>[A-Za-z][A-Za-z\- ]{1,30}?)\s+by(?:\s*:)?\s+(?P<names>.+)$", re.I)
# 'Jane Doe in London', 'Jane Doe / Washington' (Time's form): where the reporter was, not the name
_PLACE = re.compile(r"\s+(?:in|from|at)\s+(?:the\s+)?[A-Z].*$|\s*/\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}$")
_VIA = re.compile(r"\s+via\s+\S.*$", re.I)  # 'John Roe via RockedBuzz': a republisher's mark, not the name
# 'Jane Doe for Reuters', 'Jane Doe for The Washington Post': the outlet the writer filed for
_FOR = re.compile(r"\s+for\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}$")


def _role_field(ctx: Context, role: str) -> str:
    role = " ".join(role.lower().split())
    params = ctx.rules.rule("CREDITS-002").params
    words = role.split()
    # 'Reuters reporting by …': the desk's name before the role is not part of it
    for start in range(min(len(words), 3)):
        tail = " ".join(words[start:])
        for field in ("reporting", "writing", "editing"):
            if tail in params.get(field, []):
                return field
    return role


_HANDLE = re.compile(r"\s*\(?@\w{2,30}\)?")  # 'Jane Doe @janedoe': her account, not her name
# 'Reporting by Jane Doe in Washington and Reuters bureaus': the wire's offices, no person to credit
# 'Compiled by Jane Doe from wire reports': where the copy came from, after the name
_FROM_WIRES = re.compile(
    r"\s+(?:from|with|and)\s+(?:(?:staff|local)\s+and\s+)?(?:wire|news\s+agency|agency|news\s+service)\s+"
    r"(?:reports|services|copy)\b.*$",
    re.IGNORECASE,
)
_BUREAUS = re.compile(r"(?:(?:the\s+)?[A-Z][\w.&'’-]*\s+)?(?:bureaus?|newsrooms?|correspondents|staff)")


def _names(segment: str) -> list[str]:
    names: list[str] = []
    after_place = False
    for part in split_names(segment):
        if after_place and len(part.split()) == 1:
            continue  # 'in Goris, Armenia': the country after a place is not a person
        after_place = bool(_PLACE.search(part))
        name = _FOR.sub("", _VIA.sub("", _PLACE.sub("", _HANDLE.sub("", _FROM_WIRES.sub("", part))))).strip(" .")
        if name.endswith((" Jr", " Sr")) and part.rstrip().endswith("."):
            name += "."  # 'John Smith Jr.' keeps the full stop of its suffix (split_names)
        if name and not _BUREAUS.fullmatch(name):
            names.append(name)
    return names


# words a credits line's role never holds ('Reuters reporting by', 'Video produced by' do not; a
# sentence's subject and verb do: 'The figures were compiled by the statistics office')
_NOT_A_ROLE = frozenset(
    "the a an this these that those it its his her their our was were is are be been being has have had "
    "which who also then".split()
)


# 'This report was written by …', 'This story was produced by …': the copy's own credits line
_THIS_STORY = re.compile(
    r"^(?:this|the)\s+(?:story|report|article|piece|post|video|graphic|interview|series|project)\s+"
    r"(?:was|has\s+been|is|were)\s+",
    re.IGNORECASE,
)
_PICTURE_ROLES = frozenset({"photo", "photos", "video", "graphics"})
_HANDLE_ON = re.compile(r"^[\w.-]{2,30}\s+on\s+[A-Z][\w.-]+$")  # 'ev on Unsplash'
# '… by Jane Doe and edited by John Roe': a second role joined by 'and' once a first one has named
_AND_ROLE = re.compile(r"\s+and\s+(?=(?:additional\s+)?[a-z-]{4,25}\s+by\b)", re.IGNORECASE)


def _segments(inner: str) -> list[str]:
    out: list[str] = []
    for segment in _SEGMENT.split(inner):
        m = _AND_ROLE.search(segment)
        if m and " by " in segment[: m.start()]:
            out.extend((segment[: m.start()], segment[m.end() :]))
        else:
            out.append(segment)
    return out


def parse(ctx: Context, text: str) -> Credits | None:
    from ..text.shapes import is_name
    from .byline import _JOB_WORDS

    inner = text.strip()
    for _ in range(2):  # the contact block and the standards line, in either order
        inner = _GLUED_TAIL.sub("", inner)
    stamps = []
    while (field := _LAST_FIELD.search(inner)) is not None and _desk_stamp(ctx, field.group("field")):
        stamps.append(field.group("field"))  # 'Edited By: Jane Doe | Updated: Mar 5, 2024, 10:15 IST'
        inner = inner[: field.start()]
    if inner.startswith(("(", "[")) and inner.endswith((")", "]")):
        inner = inner[1:-1]
    inner = _THIS_STORY.sub("", inner.strip(" .-–—"))
    if _REVIEWED.match(inner):
        inner = _REVIEW_DASH.sub("; ", _DEGREES.sub("", inner))
    credits = Credits(text=text)
    found = 0
    for segment in _segments(inner):
        segment = segment.strip(" .")
        if not segment:
            continue
        m = _ROLE_BY.match(segment)
        if not m or not ctx.rules.pattern("CREDITS-001").search(m.group("role") + " by"):
            return None
        role = m.group("role").lower()
        if not _NOT_A_ROLE.isdisjoint(role.split()):
            return None  # 'The figures were compiled by the statistics office …' is a sentence
        names = _names(_ON_DATE.sub("", m.group("names")) if _REVIEWED.match(inner) else m.group("names"))
        # a picture's credit may name a handle ('Photo by ev on Unsplash'); any other role names people
        # every name a person's (or a picture's handle): 'Written by Vince Gilligan, the series ran for
        # five seasons' is a sentence about the show, not its credits
        desks = ctx.rules.memo(
            ("credits.desks",), lambda: ctx.rules.phrase_set("BYLINE-005") | ctx.rules.phrase_set("FOOTER-021")
        )
        if not names or not all(
            is_name(n)
            or n.lower() in desks  # 'Reporting by Reuters in Karabakh and …': the wire's own desk
            or (role.split()[-1] in _PICTURE_ROLES and _HANDLE_ON.match(n))
            for n in names
        ):
            return None
        # 'Written by Jane Doe, Senior Writer': the writer's job title after the name is no second person
        names = [n for n in names if not all(w.lower() in _JOB_WORDS for w in n.split())] or names
        if any(is_name(n) for n in names):
            # 'Additional reporting by Jane Doe and agencies': the agencies credit no one (CREDITS-023)
            names = [n for n in names if n.lower() not in ctx.rules.phrase_set("CREDITS-023")]
        field = _role_field(ctx, m.group("role"))
        target = getattr(credits, field) if field in ("reporting", "writing", "editing") else None
        if target is None:
            target = credits.other.setdefault(field, [])
        if len(names) > 1 and names[-1].lower() in desks and inner.rstrip(" .").endswith(f", {names[-1]}"):
            names = names[:-1]  # 'editing by John Roe, Reuters': the wire signs the line, it edited nothing
        target.extend(n for n in names if n not in target)
        found += 1
    if found and stamps:
        from .timestamp import note_stamp

        for stamp in reversed(stamps):
            note_stamp(ctx, stamp)
    return credits if found else None


# the last field of a desk line, after a bar or a bullet: 'Edited By: Jane Doe | Updated: …'
_LAST_FIELD = re.compile(r"\s+[|·•]\s+(?P<field>[^|·•]{4,80})$")


def _desk_stamp(ctx: Context, field: str) -> bool:
    """CREDITS-001: a labelled stamp (TIMESTAMP-001) printed after the desk's names on the credits line
    ('Edited By: Jane Doe | Updated: Mar 5, 2024, 10:15 IST', 'Curated By: Ankita Rao | Last Updated:
    March 05, 2024, 10:15 IST', as Indian outlets print them): the timestamp's, not a name."""
    from . import timestamp

    return any(c.isdigit() for c in field) and timestamp.labelled_stamp(ctx, field.strip())


# a wire's credits line in brackets run on after the copy's last sentence: '… this week. (Reporting by
# Jane Doe; Editing by John Roe)'
_GLUED_CREDITS = re.compile(
    r"(?<=[.!?\"”’])\s+(?=\((?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by\b[^()]*\)$)", re.I
)


def _glued_credits(ctx: Context, block: Block) -> None:
    """CREDITS-019: the credits line an extractor ran on after the last sentence of the copy, in its
    brackets: the sentence stays, the credits go to the sidecar (a rewrite)."""
    text = block.text
    if not text.endswith(")") or " by " not in block.lower:
        return
    m = _GLUED_CREDITS.search(text, max(0, len(text) - 400))
    if m is None:
        return
    tail = text[m.end() :]
    credits = parse(ctx, tail)
    if credits is None:
        return
    ctx.metadata.credits = credits
    ctx.rewrite(block, m.start(), text[m.start() :], "", "CREDITS-019")


# the tail after the verb ('from London', 'from Washington, D.C.'): no sentence's full stop in it, so
# 'Jane Doe reported from London. The council will vote in June.' is not a note
_TAIL = r"(?:[^().]|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.)"
_CONTRIBUTED = re.compile(
    r"^[\s(*_–—-]*(?P<names>[^()]{3,200}?)\s+(?:contributed\s+(?:(?:additional\s+)?reporting|"
    r"to\s+this\s+(?:report|story|article))\b" + _TAIL + r"{0,80}?|contributed(?:\s+from\s+[A-Z]" + _TAIL + r"{1,80}?)?"
    r"|reported\s+from\s+[A-Z]" + _TAIL + r"{1,120}?)[.)]*$"
    r"|^[\s(*_–—-]*(?:with\s+(?:additional\s+)?(?:assistance|reporting)\s+(?:from|by))"
    r"\s*:?\s+(?P<names2>[^()]{3,200}?)[.)]*$",
    re.IGNORECASE,
)
# Gannett papers close with 'Contributing: Jane Doe, USA TODAY; The Associated Press'
_CONTRIBUTING = re.compile(r"^[\s(*_–—-]*contributing(?:\s+reporting)?\s*:\s*(?P<names>[^()]{3,200}?)[.)]*$", re.I)
# The New York Times' forms: 'Reporting was contributed by Jane Doe from London and John Roe from
# Paris.', 'Research was contributed by Anna Lee.', 'Kitty Bennett contributed research.'
_WAS_CONTRIBUTED = re.compile(
    r"^[\s(*_–—-]*(?P<role>(?:additional\s+)?reporting|research)\s+(?:was|were)\s+contributed\s+by\s+"
    r"(?P<names>[^()]{3,240}?)[.)]*$"
    r"|^[\s(*_–—-]*(?P<names2>[^()]{3,200}?)\s+contributed\s+(?P<role2>research)"
    r"(?:\s+from\s+[A-Z][\w'’ .-]{1,60})?[.)]*$",
    re.IGNORECASE,
)
# the outlet a contributor works for after the name ('Jane Doe of the Example Times and John Roe of
# Reuters contributed to this report'): where the name works, not part of it
_OF_OUTLET = re.compile(
    r"\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z])[\w.&'’-]*){0,3}(?=\s*(?:,|\band\b|&|$))",
    re.IGNORECASE,
)
_FROM_PLACE = re.compile(r"(?:\s+(?:from|in)\s+|\s*/\s*)[A-Z][\w'’.-]+(?:,?\s+[A-Z][\w'’.-]+){0,2}$")
_INPUTS = re.compile(r"^\(?\s*(?:with\s+)?inputs?\s+from\s+(?P<what>[\w ,&-]{3,60}?)\s*\)?\.?$", re.IGNORECASE)
# Canadian outlets' 'With files from The Canadian Press' / '— With files from CBC News': the desks and
# agencies whose copy went in, named in capitals (a sentence 'With files from the archive, the
# historian …' goes on in lower case)
_FILES = re.compile(
    r"^[\s(*_–—-]*(?i:with\s+files\s+from)\s+(?P<what>(?:the\s+)?[A-Z][\w'’.&-]*"
    r"(?:(?:\s*,\s*|\s+(?:and|&)\s+|\s+)(?:the\s+)?[A-Z][\w'’.&-]*){0,7})\s*\)?\.?$"
)
# 'Associated Press writers', 'Fox News’', 'Bloomberg's': the outlet and role before the names
_LEAD_IN = re.compile(
    r"^(?:(?:[A-Z][\w.&-]*\s+){0,3}(?:[Ss]taff\s+)?(?:[Ww]riters?|[Rr]eporters?|[Cc]orrespondents?|[Pp]hotographers?)\s+"
    r"|(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s?\s+)"
)
# ('Reporters Jane Doe and John Roe contributed …', 'Staff writer Jane Doe …': the role opening the line)
# '…contributed reporting from London, and John Roe from Paris': more reporters in the tail
_AND_FROM = re.compile(r"(?:,\s*|\s+)and\s+(?P<name>(?:[A-Z][\w'’.-]+\s+){1,3}?[A-Z][\w'’-]+)\s+from\s+[A-Z]")


def contributors(text: str, outlets: frozenset[str] = frozenset()) -> tuple[str, list[str]] | None:
    """'Jane Doe contributed to this report.' -> ('reporting', ['Jane Doe']); the agencies a desk
    note credits ('(With inputs from agencies)') -> ('inputs', ['agencies'])."""
    from ..text.shapes import is_name

    m = _CONTRIBUTED.match(text.strip())
    if m:
        raw = _LEAD_IN.sub("", (m.group("names") or m.group("names2") or "").strip())
        raw = _OF_OUTLET.sub("", raw) if " of " in raw else raw  # 'Jane Doe of the Example Times'
        names = [n for n in _names(raw) if is_name(n) and not any(t.lower() in outlets for t in n.split())]
        if not names or len(names) != len(split_names(raw)):
            return None
        tail = text.strip()[m.end("names") :] if m.group("names") else ""
        names += [n for n in (x.group("name") for x in _AND_FROM.finditer(tail)) if is_name(n) and n not in names]
        return "reporting", names
    m = _WAS_CONTRIBUTED.match(text.strip())
    if m:
        raw = (m.group("names") or m.group("names2") or "").strip()
        parts = [_FROM_PLACE.sub("", p) for p in split_names(raw)]
        names = [p for p in parts if is_name(p) and not any(t.lower() in outlets for t in p.split())]
        if names and len(names) == len(parts):
            role = (m.group("role") or m.group("role2") or "").lower()
            return ("research" if role == "research" else "reporting"), names
        return None
    m = _CONTRIBUTING.match(text.strip())
    if m:
        # the outlets and agencies among the parts are where the names work, not people
        parts = [p for chunk in m.group("names").split(";") for p in _names(chunk)]
        names = [n for n in parts if is_name(n) and not _outlet_part(n, outlets)]
        others = [n for n in parts if n not in names]
        # a bare 'Contributing: Jane Doe' is left to the copy: ScrapingHub's gold bodies keep it
        if names and others and all(_outlet_part(n, outlets) for n in others):
            return "reporting", names
        return None
    m = _INPUTS.match(text.strip()) or _FILES.match(text.strip())
    if m:
        return "inputs", [m.group("what").strip()]
    return None


_SENTENCE_END = re.compile(r"(?<=[a-z)]\.)\s+(?=[A-Z])|(?<=[a-z])\s*;\s+(?=[A-Z])")


def _contributor_sentences(text: str, outlets: frozenset[str]) -> list[tuple[str, list[str]]] | None:
    """``contributors`` of a line, or of each of its sentences when every one is a note: 'Jane Doe
    reported from London. John Roe contributed reporting from Paris.' names both (read whole, the
    first sentence's 'from London…' tail swallows the second), and The New York Times' 'Jane Doe
    contributed reporting from Beijing. Kitty Bennett contributed research.' gives each role its
    names. A line with one sentence that is no note is no note at all."""
    sentences = _SENTENCE_END.split(text.strip())
    if len(sentences) > 1:
        notes: list[tuple[str, list[str]]] = []
        for sentence in sentences:
            found = contributors(sentence, outlets)
            if found is None:
                break
            notes.append(found)
        else:
            return notes
    found = contributors(text, outlets)
    return [found] if found is not None else None


def _outlet_part(part: str, outlets: frozenset[str]) -> bool:
    return part.isupper() or part.startswith("The ") or any(t.lower() in outlets for t in part.split())


# a bio names its writer in full; 'Mr Smith is a former reporter' is the story talking about someone
_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame", "Lord", "Lady"})


def _bio_pattern(ctx: Context) -> re.Pattern[str]:
    """CREDITS-011's bio sentence with the rule's roles, built once per rule set: escaping the roles
    and looking the pattern up in ``re``'s cache cost every article about two of its lines."""
    return ctx.rules.memo(("credits.bio",), lambda: _build_bio_pattern(ctx.rules.phrases("CREDITS-011")))


def _build_bio_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    roles = "|".join(re.escape(r) for r in phrases)
    return re.compile(
        r"^(?:(?i:about\s+the\s+(?:author|writer)s?)\s*:\s*)?"  # 'About the author: Jane Doe is …'
        r"(?:(?:[A-Z][\w.&-]*\s+){0,2}(?i:contributor|columnist|contributing\s+writer|writer|editor)\s+)?"
        r"(?P<name>(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+)(?:\s*\((?:@\w{2,30}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\))?\s+(?:is|was|has\s+been)\s+(?:a|an|the|(?:[A-Z][\w&.-]*\s+(?:of\s+|for\s+)?){0,3}[A-Z][\w&.-]*['’]s?)\s+"
        r"(?:[\w,&'’-]+\s+){0,8}?(?i:" + roles + r")s?\b"
    )


# 'Jane Doe covers city hall for the Example Gazette. Contact her at …': the beat the writer covers for
# an outlet (a word of BYLINE-005 in its name: 'Gazette', 'News'), the local papers' closing bio
_COVERS = re.compile(
    r"^(?P<name>(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+)\s+(?:covers|reports\s+on|writes\s+about)\s+[^.]{3,80}?"
    r"\s+for\s+(?P<outlet>(?:the\s+)?(?:[A-Z][\w&.'’-]*\s?){1,4})\.(?:\s+.{0,160})?$"
)


# the op-ed's bio under the column, as South Asian, Israeli and Gulf papers print it, with no name
# ('The writer is a professor of economics at …', 'The writers are researchers at …'): the last
# line only, since a book review's last paragraph may well begin 'The author is a former diplomat'
_OPED_BIO = re.compile(
    r"^(?:The|This)\s+(?:writer|author|columnist|contributor)s?(?:\s*\([^)]{2,40}\))?\s+(?:is|are|was|were)\s+"
    r"(?:an?|the|former|currently|both|also|\w+s\s+(?:at|of|with|in|for))\s+[^.!?]{3,200}[.]?$"
)


# '<name> is a professor of economics at …', 'est journaliste', 'ist Redakteurin', 'es periodista':
# the verb and an article or a role's first word after the name
_NAMED_BIO = re.compile(
    r"\s*(?:\([^)]{2,40}\)\s*)?,?\s+(?:(?:is|was|has\s+been)\s+(?:a|an|the|currently\s+an?|now\s+an?)"
    r"|(?:ist|war|est|était|es|era|è|é|foi)(?:\s+(?:ein|eine|seit|un|une|una|uno|um|uma|depuis|desde|da))?)\s+\w"
)


# the AP's closing bio, by the writer's surname alone: 'Smith covers the Supreme Court for The Associated Press.'
_SURNAME_COVERS = re.compile(
    r"^(?P<surname>[A-Z][\w'’-]+)\s+(?:covers|reports\s+on|writes\s+about|is\s+an?\s+[\w -]{0,40}?"
    r"(?:reporter|writer|correspondent|editor))\b[^.]{0,100}?\s+(?:for|at)\s+(?:the\s+)?[A-Z][^.]{1,60}\.$"
)


def _surname_covers(text: str, authors: list[str]) -> str | None:
    """The byline's writer named by surname alone in a closing bio line ('Smith covers the Supreme
    Court for The Associated Press.'): a story's sentence about a Smith names someone else in full."""
    m = _SURNAME_COVERS.match(text)
    if m is None:
        return None
    for name in authors:
        if name.split()[-1] == m.group("surname"):
            return name
    return None


def _named_author(text: str, authors: list[str]) -> str | None:
    """The byline's writer whose name opens a closing line about them ('Jane Doe is a professor of
    economics at …'): whatever the role, a line about the story's own writer under the copy is their
    bio, where a line about anyone else needs a writing role (CREDITS-011's pattern)."""
    for name in authors:
        if text.startswith(name) and _NAMED_BIO.match(text, len(name)):
            return name
    return None


def _card_bio(ctx: Context) -> None:
    """CREDITS-011 at the top: the writer's card over the copy, the name then (a line between, the
    writer's post: 'Forbes Staff') the bio ('Jane Doe' / 'Forbes Staff' / 'Jane Doe is a Forbes
    reporter covering markets.'), whether or not the byline pass took the name already. Only the
    bio of the name printed right above it, before any paragraph of copy, and one naming a writer's
    role: a profile's subject named in its first sentence is a nurse, not a reporter."""
    from ..text.shapes import is_name

    pattern = None
    body = ctx.body()
    for k, block in enumerate(body[:10]):
        if block.words >= 25:
            return  # the copy has begun
        if k == 0 or (" is " not in block.text and " was " not in block.text):
            continue
        if pattern is None:
            pattern = _bio_pattern(ctx)
        m = pattern.match(block.text)
        if not m or not is_name(m.group("name")):
            continue
        name = m.group("name")
        above = ctx.blocks[max(0, block.index - 2) : block.index]  # the byline pass may have taken the name
        if any(b.text.strip().casefold() == name.casefold() for b in above):
            _file_bio(ctx, block, name, "CREDITS-011")


def _last_lines(body: list[Block], n: int) -> list[Block]:
    """The last ``n`` lines of six words or more, with the short lines among and under them: the
    author box stands over the page's buttons ('Read more by Jane Doe', 'Share this article', 'Copy
    link', 'Join our Comment Community', The Times of Israel's), which other passes take later."""
    counted = 0
    start = len(body)
    while start > 0 and counted < n:
        start -= 1
        if body[start].words >= 6:
            counted += 1
    return body[start:]


def _author_bio(ctx: Context) -> None:
    """CREDITS-011: 'Jane Doe is a reporter for Example News.' among the last lines is the author's bio."""
    from ..text.shapes import is_name

    params = ctx.rules.rule("CREDITS-011").params
    body = ctx.body()
    pattern = reporting = None
    last = body[-1] if body else None
    if last is not None and last.words <= params["max_words"] and _OPED_BIO.match(last.text.strip()):
        reporting = gated(ctx.rules, "SHARED-001")
        if not reporting.search(last.text):
            _file_bio(ctx, last, None, "CREDITS-011")
            body = body[:-1]
    authors = ctx.metadata.authors
    for block in _last_lines(body, params["last_lines"]):
        if block.words > params["max_words"]:
            continue
        if " covers " in block.text or " reports on " in block.text or " writes about " in block.text:
            m = _COVERS.match(block.text)  # 'Jane Doe covers city hall for the Example Gazette.'
            outlet = set(re.split(r"[\s-]+", m.group("outlet").lower())) - {"the", "for", "via"} if m else set()
            if m and not ctx.rules.phrase_set("BYLINE-005").isdisjoint(outlet):
                if is_name(m.group("name")) and m.group("name").split()[0].rstrip(".") not in _HONORIFICS:
                    _file_bio(ctx, block, m.group("name"), "CREDITS-011")
                    continue
        if authors and (name := _surname_covers(block.text, authors)) is not None:
            _file_bio(ctx, block, name, "CREDITS-011")  # 'Smith covers the Supreme Court for The Associated Press.'
            continue
        if authors and (name := _named_author(block.text, authors)) is not None:
            if reporting is None:
                reporting = gated(ctx.rules, "SHARED-001")
            if not reporting.search(block.text):
                _file_bio(ctx, block, name, "CREDITS-011")  # the byline's own writer, in any role
                continue
        if " is " not in block.text and " was " not in block.text:
            continue
        if pattern is None:
            pattern = _bio_pattern(ctx)
        m = pattern.match(block.text)
        if not m or not is_name(m.group("name")) or m.group("name").split()[0].rstrip(".") in _HONORIFICS:
            continue
        if reporting is None:
            reporting = gated(ctx.rules, "SHARED-001")
        if reporting.search(block.text):
            continue  # '…, officials said': the story's own sentence about someone's job
        _file_bio(ctx, block, m.group("name"), "CREDITS-011")


_COUNT_LINE = re.compile(r"^\d[\d.,]*\s+\w+$")  # '300 posts', '12 Artikel' between the name and its bio


def _author_box(ctx: Context) -> None:
    """CREDITS-014: the writer's box under the copy, in any language: a line that is only a
    person's name, and right under it (a count line such as '300 posts' may stand between) a
    paragraph that opens with the same name ('Jule Radeck studierte Sportwissenschaften, …').

    A profile of several people prints that pair once per person; only a text with one such pair,
    among its last lines, with no paragraph of the story under it, and whose name the story above
    does not mention, has an author box (a picture of the story's subject, captioned with the name,
    stands over a paragraph about that person).
    """
    from ..text.shapes import is_name

    params = {k: ctx.rules.param("CREDITS-014", k) for k in ("last_lines", "max_words", "after_words")}
    body = ctx.body()
    tail = body[-params["last_lines"] - 2 :]
    if not any(b.words <= 4 and b.text[:1].isupper() for b in tail[:-1]):
        return  # no name heading among the last lines: no box (most texts end in prose)
    pairs = []
    for i, block in enumerate(body[:-1]):
        name = block.text.strip()
        if not 2 <= block.words <= 4 or not name[:1].isupper() or not is_name(name):
            continue
        j = i + 1
        if _COUNT_LINE.match(body[j].text.strip()) and j + 1 < len(body):
            j += 1
        bio = body[j].text
        rest = bio[len(name) :]
        if bio.startswith(name) and rest[:1] == " " and rest[1:2].islower() and body[j].words <= params["max_words"]:
            pairs.append((i, j))
            if len(pairs) > 1:
                return
    if len(pairs) != 1 or pairs[0][1] < len(body) - params["last_lines"]:
        return
    i, j = pairs[0]
    name = body[i].text.strip()
    if any(b.words >= params["after_words"] for b in body[j + 1 :]):
        return  # the story goes on under it: a picture of the person the story is about, and its paragraph
    surname = re.compile(r"\b" + re.escape(name.split()[-1]) + r"\b")
    if any(surname.search(b.text) for b in body[:i]):
        return  # the person is in the story: its subject, not its writer
    if ctx.metadata.credits is None:
        ctx.metadata.credits = Credits(text=body[j].text)
    bios = ctx.metadata.credits.other.setdefault("bio", [])
    if name not in bios:
        bios.append(name)
    for block in body[i : j + 1]:
        ctx.lift(block, "CREDITS-014", "credits")


def _social_note(ctx: Context) -> None:
    """CREDITS-018: the writer's note closing the copy that points to their account in the first
    person ('… You can keep up with me on Twitter: @handle'); no quotation mark, no reporting verb."""
    body = ctx.body()
    if not body:
        return
    block = body[-1]
    if block.words > ctx.rules.param("CREDITS-018", "max_words") or " me on " not in block.lower:
        return
    if not ctx.rules.pattern("CREDITS-018").search(block.text):
        return
    if has_dialogue(block.text, gated(ctx.rules, "SHARED-001")):
        return  # a quotation or '…, she said': the story's own sentence
    _file_bio(ctx, block, None, "CREDITS-018")


def _plugin_box(ctx: Context) -> None:
    """CREDITS-017: the author box a blog plugin closes with 'Latest posts by Jane Doe (see all)'.

    The link goes; the box above it goes with it when a line that is only the name it repeats
    stands at most ``max_box`` lines higher, with nothing longer than ``max_words`` words between
    (the heading and the writer's bio). No line of prose may stand under the link.
    """
    params = {k: ctx.rules.param("CREDITS-017", k) for k in ("last_lines", "max_box", "max_words")}
    body = ctx.body()
    pattern = ctx.rules.pattern("CREDITS-017")
    for k in range(len(body) - 1, max(len(body) - params["last_lines"], 0) - 1, -1):
        m = pattern.match(body[k].text.strip()) if body[k].words <= 16 else None
        if m is None:
            continue
        if any(b.words >= 8 for b in body[k + 1 :]):
            return  # prose under the link: the story goes on
        name = m.group("name").strip()
        box = [body[k]]
        for i in range(k - 1, max(k - 1 - params["max_box"], -1), -1):
            if body[i].text.strip() == name:
                box = body[i : k + 1]
                break
            if body[i].words > params["max_words"]:
                break
        if ctx.metadata.credits is None:
            ctx.metadata.credits = Credits(text=box[-1].text if len(box) == 1 else box[1].text)
        bios = ctx.metadata.credits.other.setdefault("bio", [])
        if not bios:  # a bio taken above already names the writer, maybe in full ('Evan V. Symon')
            bios.append(name)
        for block in box:
            ctx.lift(block, "CREDITS-017", "credits")
        return


def _file_bio(ctx: Context, block: Block, name: str | None, rule: str, *, heading: bool = False) -> None:
    """The writer's bio to credits.other.bio (CREDITS-011, CREDITS-015): the name once, the bio
    lifted, and the line over it too when it is the name printed as a heading over its bio, or
    (``heading``) the label the bio's rule found there ('Über die Autorin:'). An op-ed's bio that
    names no one ('The writer is …') is lifted with no name filed."""
    if ctx.metadata.credits is None:
        ctx.metadata.credits = Credits(text=block.text)
    if name is not None:
        bios = ctx.metadata.credits.other.setdefault("bio", [])
        if name not in bios:
            bios.append(name)
    before = ctx.blocks[block.index - 1] if block.index else None
    # the name over its bio as printed, in capitals too ('JANE DOE' over the AP's bio)
    named = name is not None and before is not None and before.text.strip().casefold() == name.casefold()
    if before is not None and before.status == BODY and (named or heading):
        ctx.lift(before, rule, "credits")
    ctx.lift(block, rule, "credits")


# 'Über die Autorin: Prof. Dr. Jane Doe (37) ist …', 'Jane Doe ist seit 2019 Redakteurin …': a German bio
_DE_BIO = re.compile(
    r"^(?:(?P<label>(?i:(?:über|zur|zum)\s+(?:die|den|der)?\s*(?:autor(?:in|en|innen)?|verfasser(?:in)?)"
    r"|die\s+autorin|der\s+autor|autor(?:\*in|:in|in)?))\s*:\s*)?"
    r"(?:(?:Prof\.|Dr\.|Dipl\.-\w+\.?)\s+){0,3}"
    r"(?P<name>[A-ZÀ-Þ][\w'’.-]+(?:\s+(?:von|van|de|zu|der)?\s*[A-ZÀ-Þ][\w'’.-]+){1,3}?)"
    r"(?:\s*\(\d{2}\))?,?\s+(?P<verb>ist|war|arbeitet|schreibt|lebt|studierte|studiert|entdeckte|wurde|leitet)\b"
)
# 'Über die Autorin:' alone on its line, over the bio
_DE_BIO_LABEL = re.compile(
    r"(?i:(?:über|zur|zum)\s+(?:die|den|der)?\s*(?:autor(?:in|en|innen)?|verfasser(?:in)?)|die\s+autorin|der\s+autor)\s*:?"
)
# 'Weitere Artikel von Jane Doe', 'Mehr Beiträge von …': a link to the writer's other stories
_MORE_BY = re.compile(r"(?i)\b(?:artikel|beiträge|texte|mehr)\s+(?:von|vom)\b")


def _german_bio(ctx: Context) -> None:
    """CREDITS-015: the writer's bio among the last lines of a German story. It names the writer
    behind a label ('Über die Autorin: …', 'Autor*in: …'), or opens with the name and a verb
    ('Jane Doe ist seit 2019 Redakteurin …') and says it is about the writer: a newsroom role, or a
    line under it that links to the writer's other stories ('Weitere Artikel von Jane Doe', 'Mehr
    über den Autor'). A last paragraph about the story's own subject has neither."""
    from ..text.shapes import is_name
    from . import byline

    rule = ctx.rules.rule("CREDITS-015")
    body = ctx.body()
    tail = body[-rule.params["last_lines"] :]
    roles = None
    for n, block in enumerate(tail):
        if block.words > rule.params["max_words"] or block.words < 5:
            continue
        m = _DE_BIO.match(block.text)
        if m is None or not is_name(m.group("name")) or not byline.bare_names(ctx, m.group("name")):
            continue  # 'Der Autor ist …', 'Unser Berater Jan Roe ist …': no name, or not a name alone
        name = m.group("name")
        # the label alone on the line above (which a crumb rule may have taken already: CRUMB-126)
        above = ctx.blocks[block.index - 1] if block.index else None
        heading = above is not None and above.words <= 4 and _DE_BIO_LABEL.fullmatch(above.text.strip()) is not None
        if m.group("label") is None and not heading:
            if roles is None:
                roles = re.compile(r"(?i:" + "|".join(re.escape(r) for r in rule.phrases) + ")")
            surname = name.split()[-1]
            link = any(
                b.words <= 6 and ("autor" in b.lower or (surname in b.text and _MORE_BY.search(b.text)))
                for b in tail[n + 1 : n + 4]
            )
            if not (roles.search(block.text) or link):
                continue
            if any(surname in b.text for b in body if b.words >= 12 and b is not block):
                continue  # the story speaks of this person: its subject, not its writer
        _file_bio(ctx, block, name, "CREDITS-015", heading=heading)
        return


# CREDITS-020: 'À propos de l'auteur : Marie Dupont est journaliste …', 'Sanne de Vries is verslaggever …'
_OTHER_BIO_LABEL = (
    r"(?:[àa]\s+propos\s+de\s+l['’]aut(?:eur|eure|rice)|sobre\s+(?:el\s+autor|la\s+autora|o\s+autor|a\s+autora)"
    r"|acerca\s+(?:del\s+autor|de\s+la\s+autora)|l['’]aut(?:ore|rice)|sull['’]aut(?:ore|rice)|chi\s+è\s+l['’]autore"
    r"|over\s+de\s+(?:auteur|schrijver|schrijfster))"
)
_OTHER_BIO = re.compile(
    r"^(?:(?P<label>(?i:" + _OTHER_BIO_LABEL + r"))\s*:\s*)?"
    r"(?P<name>[A-ZÀ-Þ][\w'’.-]+(?:\s+(?:(?:van|von|de|der|den|da|del|della|di|du|la|le|ter|ten|dos|das)\s+){0,2}"
    r"[A-ZÀ-Þ][\w'’.-]+){1,3}?)"
    r"(?:\s*\(\d{2}\))?,?\s+(?P<verb>est|es|è|é|is|was|était|era|fue|foi|travaille|trabaja|lavora|trabalha|werkt)\b"
)
_OTHER_BIO_HEADING = re.compile(r"(?i:" + _OTHER_BIO_LABEL + r")\s*:?")


def _other_bio(ctx: Context) -> None:
    """CREDITS-020: the writer's bio among the last lines of a French, Spanish, Italian, Portuguese
    or Dutch story: the name and a verb, then a newsroom role within a few words ('Marie Dupont est
    journaliste …'), maybe behind a label ('À propos de l'auteur'), about someone the story above
    never names, with no quotation in it."""
    from ..text.shapes import is_name

    rule = ctx.rules.rule("CREDITS-020")
    body = ctx.body()
    tail = body[-rule.params["last_lines"] :]
    roles = frozenset(rule.phrases)
    gap = rule.params["max_gap"]
    verbs = ctx.rules.memo(  # the story's own reporting verbs, as words: one pattern per rule set
        ("credits.other_bio_verbs",),
        lambda: re.compile(r"\b(?:" + "|".join(re.escape(v) for v in rule.params["reporting"]) + r")\b"),
    )
    for block in tail:
        if block.words > rule.params["max_words"] or block.words < 5:
            continue
        m = _OTHER_BIO.match(block.text)
        if m is None or not is_name(m.group("name")) or m.group("name").split()[0].rstrip(".") in _HONORIFICS:
            continue
        if m.group("verb") in ("is", "was") and "nl" not in (ctx.language or "").split("+"):
            continue  # 'Mr Smith is a former reporter …': English, CREDITS-011's to read
        after = [w.lower().strip(".,;:()") for w in block.text[m.end() :].split()[: gap + 1]]
        if not roles.intersection(after):
            continue  # 'Jean Martin est maire de la ville': the story's subject, no writer
        low = block.lower
        if has_dialogue(block.text, gated(ctx.rules, "SHARED-001")) or verbs.search(low):
            continue  # '…, dijo el portavoz': the story's own sentence
        name = m.group("name")
        surname = name.split()[-1]
        if any(surname in b.text for b in body if b.words >= 12 and b is not block):
            continue  # the story speaks of this person: its subject, not its writer
        above = ctx.blocks[block.index - 1] if block.index else None
        heading = (
            above is not None and above.words <= 5 and _OTHER_BIO_HEADING.fullmatch(above.text.strip()) is not None
        )
        _file_bio(ctx, block, name, "CREDITS-020", heading=heading)
        return


# CREDITS-021: 'Corresponding Author: Jane Doe, PhD, 714 University Hall, …'
_CORRESPONDING = re.compile(
    r"^(?i:corresponding\s+authors?|correspondence(?:\s+to)?|address\s+correspondence\s+to|korrespondenzautor(?:in)?"
    r"|auteur\s+correspondant|autor(?:a)?\s+de\s+correspondencia|autore\s+corrispondente|corresponderend\s+auteur)"
    r"\s*[:：]\s*(?:(?:Dr|Prof|Professor)\.?\s+)*"
    r"(?P<name>[A-ZÀ-Þ][\w'’.-]+(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|van|von|de|der|den|da|del|di|du|la|le)){1,4}?)"
    r"\s*(?:[,(;]|$)"
)


def _corresponding(ctx: Context) -> None:
    """CREDITS-021: a research article's corresponding-author line, anywhere in the text."""
    from ..text.shapes import is_name

    max_words = ctx.rules.param("CREDITS-021", "max_words")
    for block in ctx.body():
        if block.words > max_words or not block.lower.startswith(
            ("corresp", "address corresp", "korresp", "auteur corr", "autor", "autore corr")
        ):
            continue
        m = _CORRESPONDING.match(block.text.strip())
        if m is None or not is_name(m.group("name").strip(" .")):
            continue
        name = m.group("name").strip(" .")
        if ctx.metadata.credits is None:
            ctx.metadata.credits = Credits(text=block.text)
        target = ctx.metadata.credits.other.setdefault("corresponding", [])
        if name not in target:
            target.append(name)
        ctx.lift(block, "CREDITS-021", "credits")
        ctx.answers.setdefault(("credits", "writers"), []).append(name)
        return


_CONTACT = re.compile(
    r"^(?:to\s+contact\s+the\s+(?P<role>reporters?|editors?|writers?|authors?|correspondents?)"
    r"(?:\s+responsible)?(?:\s+(?:on|for|of|about)\s+this\s+(?:story|article|report))?\s*:\s*(?P<names>.+)"
    r"|(?:write\s+to|(?:contact|e-?mail|reach)\s+(?:the\s+)?(?P<role2>reporters?|writers?|authors?|editors?)(?:\s*:)?"
    r"|e-?mail|contact)\s+(?P<names2>.+?)\s+at\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+.{0,120}"
    # 'Have a tip? Jane Doe may be reached at jd@example.com.', 'Reach Jane Doe at 555-0100 or jd@example.com.'
    r"|(?:have\s+a\s+(?:news\s+)?tip\?\s*)?(?P<names3>(?-i:[A-Z])[^@.!?]{2,60}?)\s+(?:may|can)\s+be\s+"
    r"(?:reached|contacted)\s+(?:at|via|by\s+e-?mail\s+at)\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+.{0,160}"
    r"|reach\s+(?P<names4>(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){1,3})\s+at\s+(?=.{0,60}[@\d]).{3,160}"
    # the writer's name and address alone, as Korean and other Asian papers sign off: 'Jane Doe
    # jane@koreatimes.co.kr', 'By Jane Doe (jane@heraldcorp.com)', 'Jane Doe | jane@example.com'
    r"|(?:by\s+)?(?!(?:the|a|an|our|your|contact|email|e-mail|mail|write|send|tips?|news|press|desk)\b)(?P<names5>(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){1,3})\s*(?:[,|]\s*|\(\s*|\s)"
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*\)?\.?)$",
    re.IGNORECASE,
)
_CONTACT_TAIL = re.compile(r"\s+(?:in\s+[A-Z][\w .'-]*?\s+)?(?:at|on)\s+\S+@\S+.*$|\s+in\s+[A-Z][\w .'-]*$")


_WRITE_TO = re.compile(r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+at\s+[\w.+-]+@")


def leaves_contact(ctx: Context, block: Block) -> bool:
    """Whether ``block`` is a contact line CREDITS-012 will read ('Email Jane Doe at jd@example.com
    or follow her @janedoe. Follow us on Twitter …'): among the last lines, naming a person before
    an address. The prompt pass, which runs first, leaves such a line to the credits pass, though
    its 'follow us' tail is a call to action: the writer's name is the story's metadata."""
    from ..text.shapes import is_name

    if not ctx.uses("CREDITS-012") or "@" not in block.text:
        return False
    params = ctx.rules.rule("CREDITS-012").params
    if block.words > params["max_words"] or block not in ctx.body()[-params["last_lines"] :]:
        return False  # a line not among the last now is not among them at the credits pass's turn
    m = _CONTACT.match(block.text.strip())
    if not m:
        return False
    raw = m.group("names") or m.group("names2") or m.group("names3") or m.group("names4") or m.group("names5") or ""
    if m.group("names2"):
        raw = "; ".join(_WRITE_TO.findall(block.text, m.start("names2"))) or raw
    return any(is_name(_CONTACT_TAIL.sub("", p.strip(" .")).strip(" .,")) for p in _NAMES_SPLIT.split(raw))


def _contacts(ctx: Context) -> None:
    """CREDITS-012: 'To contact the reporter on this story: Jane Doe in London at jdoe@example.com',
    'To contact the editor responsible for this story: John Roe at …', 'Write to Jane Doe at …',
    'Contact reporter Jane Doe at jdoe@example.com or 555-123-4567.' (local papers' form)."""
    from ..text.shapes import is_name

    params = ctx.rules.rule("CREDITS-012").params
    for block in ctx.body()[-params["last_lines"] :]:
        low = block.lower
        if block.words > params["max_words"] or (
            "contact" not in low and "write to" not in low and "@" not in low and "reach" not in low
        ):
            continue
        m = _CONTACT.match(block.text.strip())
        if not m:
            continue
        role = (m.group("role") or m.group("role2") or "").lower().rstrip("s")
        raw = m.group("names") or m.group("names2") or m.group("names3") or m.group("names4") or m.group("names5") or ""
        if m.group("names2"):  # 'Write to Jane Doe at jd@… and John Roe at jr@…': every name before an address
            raw = "; ".join(_WRITE_TO.findall(block.text, m.start("names2"))) or raw
        names = []
        for part in _NAMES_SPLIT.split(raw):
            name = _CONTACT_TAIL.sub("", part.strip(" .")).strip(" .,")
            if name and is_name(name):
                names.append(name)
        if not names:
            continue
        if ctx.metadata.credits is None:
            ctx.metadata.credits = Credits(text=block.text)
        credits = ctx.metadata.credits
        field = {"reporter": "reporting", "correspondent": "reporting", "writer": "writing", "editor": "editing"}
        target = getattr(credits, field[role]) if role in field else credits.other.setdefault("contact", [])
        target.extend(n for n in names if n not in target)
        ctx.lift(block, "CREDITS-012", "credits")
        if role != "editor":  # the reporters to write to are the story's writers (byline.SIGN_OFF)
            ctx.answers.setdefault(("credits", "writers"), []).extend(names)


# 'Editor: Liu Xin', 'Reporter: Jane Doe | Editor: John Roe', 'Editors: A, B': labelled credits
_LABELLED = re.compile(
    r"(?P<label>additional\s+reporting|reporting|editing|writing|reporters?|writers?|editors?|text|words|story|"
    r"translators?|translation|producers?|research|graphics?|photos?|pictures|photography|video|mitarbeit|redaktion|recherche|autor(?:in)?|texto|edición|rédaction|redacción|colaboró|"
    r"colaboración|reportagem|colaborou|colaboração|edição|redação|testo|redazione|tekst|redactie|"
    # the editor who saw the copy through: 'Eindredactie: …' (Dutch), 'Bearbeitung: …', 'Édition : …'
    r"eindredactie|bearbeitung|édition|edizione|"
    # translators, data and design desks: credits of their own role ('Übersetzung: …', 'Traduction : …')
    r"übersetzung|traduction|traducción|traduzione|tradução|vertaling|data\s+analysis|illustrations?|design|"
    r"infografik|grafik)\s*[:：]\s*"
    # the names end at a separator, at the next label ('Words: A. Pictures: B.', 'Text: A, Redaktion: B'), or at the end
    r"(?P<names>[^|:：/;]{3,120}?)\s*(?=[|/;]|[.,]\s+\w+\s*[:：]|\.?$)",
    re.IGNORECASE,
)
_LABEL_FIELD = {
    "additional reporting": "reporting",
    "reporting": "reporting",
    "editing": "editing",
    "writing": "writing",
    "words": "writing",
    "story": "writing",
    "reporter": "reporting",
    "reporters": "reporting",
    "mitarbeit": "reporting",
    "writer": "writing",
    "writers": "writing",
    "text": "writing",
    "autor": "writing",
    "autorin": "writing",
    "texto": "writing",
    "editor": "editing",
    "editors": "editing",
    "redaktion": "editing",
    "edición": "editing",
    "rédaction": "editing",
    "redacción": "writing",
    "redação": "writing",
    "testo": "writing",
    "tekst": "writing",
    "reportagem": "reporting",
    "colaboró": "reporting",
    "colaborou": "reporting",
    "colaboración": "reporting",
    "colaboração": "reporting",
    "edição": "editing",
    "redazione": "editing",
    "redactie": "editing",
    "eindredactie": "editing",
    "bearbeitung": "editing",
    "édition": "editing",
    "edizione": "editing",
}


# labels of those who helped, not the writers: their names are credits, never the byline
# ('Reporting: Jane Doe; Editing: John Roe' is the wire's credits line in labels, as '(Reporting by …)' is)
_HELPERS = frozenset(
    {
        "additional reporting",
        "reporting",
        "mitarbeit",
        "colaboró",
        "colaboración",
        "colaborou",
        "colaboração",
        "research",
        "recherche",
    }
)


def _labelled(ctx: Context) -> None:
    """CREDITS-013: a last line made only of labelled credits ('Editor: Liu Xin', 'Reporter: Jane
    Doe | Editor: John Roe'), every name a person's name."""
    from ..text.shapes import TITLE_BEFORE_NAME, is_name
    from .byline import signs_off

    params = ctx.rules.rule("CREDITS-013").params
    for block in ctx.body()[-params["last_lines"] :]:
        if block.words > params["max_words"] or (":" not in block.text and "：" not in block.text):
            continue
        text = block.text.strip()
        found: list[tuple[str, list[str]]] = []
        pos = 0
        for m in _LABELLED.finditer(text):
            if text[pos : m.start()].strip(" |/;.,") or not m.group("names").strip():
                break
            # 'Autor: Rechtsanwalt Jonas Albrecht': the name without the title before it
            names = [TITLE_BEFORE_NAME.sub("", n) for n in split_names(m.group("names").strip(" .")) if n]
            if not names or not all(is_name(n) for n in names):
                break
            found.append((m.group("label").lower(), names))
            pos = m.end()
        if not found or text[pos:].strip(" |/;."):
            continue
        if len(found) == 1 and signs_off(ctx, block):
            continue  # 'Text: Jane Doe' under the copy: the writer's signature (BYLINE-011, judged later)
        if ctx.metadata.credits is None:
            ctx.metadata.credits = Credits(text=block.text)
        credits = ctx.metadata.credits
        for label, names in found:
            field = _LABEL_FIELD.get(label)
            target = getattr(credits, field) if field else credits.other.setdefault(label, [])
            target.extend(n for n in names if n not in target)
            if field in ("reporting", "writing") and label not in _HELPERS:
                # 'Text: Jane Doe': the writers (byline.SIGN_OFF); who helped ('Mitarbeit:') wrote no byline
                ctx.answers.setdefault(("credits", "writers"), []).extend(names)
        ctx.lift(block, "CREDITS-013", "credits")


# a place after a contributor's name: 'Ana Pérez en Madrid', 'Jean Dupont à Paris', 'Pedro Santos, de
# Brasília' ('de' and 'da' only after a comma: 'Ana de Armas', 'Jan de Vries' are names)
_WORLD_PLACE = re.compile(
    r"(?:,\s*(?:de|da|desde|à|en|in|aus|em|a|z|w)|\s+(?:en|desde|à|a|in|aus|em|z|w|nel|nella|from))"
    r"\s+[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,2}(?=\s*$|\s*[,;]|\s+(?:y|e|et|und|and|i|en|og|och)\s)"
)
# the article before an agency's name: "l'AFP", 'la agencia EFE', 'da Reuters', 'der dpa'
_AGENCY_ARTICLE = re.compile(
    r"^(?:(?:l['’]|la|le|les|el|los|las|da|do|das|dos|de|del|der|die|dem|den|agencia|agência|agence|agentur)\s*)+",
    re.IGNORECASE,
)


# a broadcaster's studio or desk after a contributor's name: 'ARD-Hauptstadtstudio', 'SWR', 'ARD-Studio Kairo'
_BUREAU = re.compile(r"[A-ZÄÖÜ]{2,5}(?:-[A-ZÄÖÜ][\wäöüß]+)?(?:\s[A-ZÄÖÜ][\wäöüß]+)?")
_WORLD_AND = re.compile(r"\s+(?:y|e|et|und|i|en|and|og|och)\s+", re.IGNORECASE)


def world_contributors(ctx: Context, text: str) -> tuple[list[str], list[str]] | None:
    """CREDITS-016: 'Con la colaboración de Ana Pérez en Madrid.' -> (['Ana Pérez'], []); 'Avec Jean
    Dupont à Paris et l'AFP.' -> (['Jean Dupont'], ['AFP']). None unless the note names at least one
    person and nothing but people (with their places) and agencies."""
    from ..text.shapes import is_name

    rule = ctx.rules.rule("CREDITS-016")
    lead_ins, after, ends = ctx.rules.memo(
        ("credits.world",),
        lambda: (
            tuple(sorted(rule.phrases, key=len, reverse=True)),
            tuple(sorted(rule.params["after"], key=len, reverse=True)),
            # the first word of every lead-in and the last of every closing phrase: a line with
            # neither at its ends is no note (almost every line), without trying each phrase
            frozenset(p.split()[0] for p in rule.phrases) | frozenset(p.split()[-1] for p in rule.params["after"]),
        ),
    )
    inner = text.strip().strip("*_").strip()
    if inner.startswith("(") and inner.endswith(")"):
        inner = inner[1:-1].strip()
    inner = inner.rstrip(" .")
    low = inner.lower()
    first, _, _ = low.partition(" ")
    if first.rstrip(":") not in ends and low.rpartition(" ")[2] not in ends:
        return None
    rest = None
    for lead in lead_ins:
        if low.startswith(lead) and low[len(lead) : len(lead) + 1] in (" ", ":"):
            rest = inner[len(lead) :].lstrip(" :")
            break
    else:
        for tail in after:
            if low.endswith(" " + tail):
                rest = inner[: -len(tail)].strip()
                break
    if not rest:
        return None
    agencies = ctx.rules.phrase_set("FOOTER-021")
    names: list[str] = []
    inputs: list[str] = []
    parts = []
    for part in split_names(_WORLD_PLACE.sub("", rest)):
        # 'Reuters y AFP': the conjunction splits names only before a two-word name; agencies split here
        pieces = _WORLD_AND.split(part)
        if len(pieces) > 1 and any(_AGENCY_ARTICLE.sub("", p).strip().lower() in agencies for p in pieces):
            parts.extend(pieces)
        else:
            parts.append(part)
    for part in parts:
        bare = _AGENCY_ARTICLE.sub("", part).strip()
        if bare.lower() in agencies:
            inputs.append(bare)
        elif is_name(part) and not any(t.lower() in agencies for t in part.split()):
            names.append(part)
        elif names and _BUREAU.fullmatch(part):
            continue  # 'Jane Doe, ARD-Hauptstadtstudio' (the Tagesschau's): the writer's studio, no one else
        else:
            return None  # 'los vecinos, el ayuntamiento limpió …': a sentence, not a note
    return (names, inputs) if names else None


def _world_notes(ctx: Context) -> None:
    """CREDITS-016: contributor notes in the other languages among the last lines, below the prose."""
    params = ctx.rules.rule("CREDITS-016").params
    body = ctx.body()
    last_prose = None
    for block in body[-params["last_lines"] :]:
        if block.words > params["max_words"] or block.words < 3:
            continue
        found = world_contributors(ctx, block.text)
        if found is None:
            continue
        if last_prose is None:
            last_prose = max((b.index for b in body if b.words >= 20), default=-1)
        if block.index < last_prose:
            continue  # a paragraph of prose under it: the note is the story's
        names, inputs = found
        if ctx.metadata.credits is None:
            ctx.metadata.credits = Credits(text=block.text)
        credits = ctx.metadata.credits
        credits.reporting.extend(n for n in names if n not in credits.reporting)
        if inputs:
            target = credits.other.setdefault("inputs", [])
            target.extend(a for a in inputs if a not in target)
        ctx.lift(block, "CREDITS-016", "credits")


class CreditsPass(Pass[None]):
    family = "credits"
    emits = (
        "CREDITS-001",
        "CREDITS-010",
        "CREDITS-011",
        "CREDITS-012",
        "CREDITS-013",
        "CREDITS-014",
        "CREDITS-015",
        "CREDITS-016",
        "CREDITS-017",
        "CREDITS-018",
        "CREDITS-019",
        "CREDITS-020",
        "CREDITS-021",
        "CREDITS-022",
    )

    def run(self, ctx: Context) -> None:
        max_words = ctx.rules.param("CREDITS-001", "max_words")
        pattern = gated(ctx.rules, "CREDITS-001")  # searched only where one of its words is
        body = ctx.body()
        # 'Jane Doe reported from London.' closes the copy: no paragraph of prose comes after it
        last_prose = max((b.index for b in body if b.words >= 20), default=-1)
        for block in body:
            low = block.lower  # one property look-up, not six
            if block.words <= max_words and (
                "contribut" in low
                or "assistance" in low
                or "input" in low
                or "files from" in low
                or "with reporting" in low
                or (block.index > last_prose and "reported from" in low)
            ):
                notes = _contributor_sentences(block.text, ctx.rules.phrase_set("BYLINE-005"))
                if notes is not None:
                    if ctx.metadata.credits is None:
                        ctx.metadata.credits = Credits(text=block.text)
                    credits = ctx.metadata.credits
                    for role, names in notes:
                        target = credits.reporting if role == "reporting" else credits.other.setdefault(role, [])
                        target.extend(n for n in names if n not in target)
                    ctx.lift(block, "CREDITS-010", "credits")
                    continue
            if (
                block.words > max_words
                or (" by " not in low and " by:" not in low)
                or not pattern.search(block.text[:60])
            ):
                continue
            credits = parse(ctx, block.text)
            if credits is None:
                continue
            if ctx.metadata.credits is None:
                ctx.metadata.credits = credits
            else:
                _add_names(ctx.metadata.credits, credits)  # 'Graphics by …' / 'Additional reporting by …'
            ctx.lift(block, "CREDITS-001", "credits")
        _contributors_line(ctx, last_prose)
        if ctx.metadata.credits is None and body:
            _glued_credits(ctx, body[-1])
        _author_bio(ctx)
        _card_bio(ctx)
        _author_box(ctx)
        _plugin_box(ctx)  # what the bios above left of the box: its heading, its link, a bio in other words
        if ctx.uses("CREDITS-018"):
            _social_note(ctx)
        if ctx.uses("CREDITS-015"):
            _german_bio(ctx)  # after the box (CREDITS-014), which takes its name line with the bio
        _other_bio(ctx)
        _contacts(ctx)
        _corresponding(ctx)
        _labelled(ctx)
        if ctx.uses("CREDITS-016"):
            _world_notes(ctx)


def contributors_line(ctx: Context, text: str) -> list[str] | None:
    """CREDITS-022: the names of a 'Contributors: Jane Doe, John Roe' line, every part a name or an
    outlet ('…, USA TODAY') and one name at least; None when the line is something else."""
    from ..text.shapes import is_name

    if "ontributors" not in text:
        return None
    m = ctx.rules.pattern("CREDITS-022").match(text.strip())
    if m is None:
        return None
    outlets = ctx.rules.phrase_set("BYLINE-005")
    parts = [p for chunk in m.group("names").split(";") for p in _names(chunk)]
    names = [n for n in parts if is_name(n) and not _outlet_part(n, outlets)]
    if not names or not all(n in names or _outlet_part(n, outlets) for n in parts):
        return None
    return names


def _contributors_line(ctx: Context, last_prose: int) -> None:
    """CREDITS-022: a 'Contributors:' line after the last paragraph of copy, to credits as reporting."""
    for block in ctx.body():
        if block.index <= last_prose or block.words > 40:
            continue
        names = contributors_line(ctx, block.text)
        if names is None:
            continue
        if ctx.metadata.credits is None:
            ctx.metadata.credits = Credits(text=block.text)
        target = ctx.metadata.credits.reporting
        target.extend(n for n in names if n not in target)
        ctx.lift(block, "CREDITS-022", "credits")


def _add_names(credits: Credits, more: Credits) -> None:
    """A second credits line's names, role by role, to the credits the first line gave: a story that
    prints its graphics credits and its additional reporting on two lines has both."""
    for have, new in (
        (credits.reporting, more.reporting),
        (credits.writing, more.writing),
        (credits.editing, more.editing),
    ):
        have.extend(n for n in new if n not in have)
    for role, names in more.other.items():
        have = credits.other.setdefault(role, [])
        have.extend(n for n in names if n not in have)


PASS = CreditsPass()
