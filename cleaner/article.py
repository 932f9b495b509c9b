"""The data every pass shares: blocks of the source, what was lifted, what was removed.

One invariant makes "nothing is lost" checkable: every block ends in exactly one place, the
body, a metadata field (``lifted``) or ``removed``, and each decision names the rule that made it.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

BODY = "body"
PROTECTED = "protected"  # page text the line rules never judge: preformatted text and tables (HTML-014)
REMOVED = "removed"  # boilerplate, dropped from the body
LIFTED = "lifted"  # moved into a metadata field (title, byline, caption, credits)
REWRITTEN = "rewritten"  # changed in place (syndication repair, normalisation)


@dataclass(slots=True)
class Piece:
    """Where one source line of a block lives, so a block-relative offset maps back to the source.

    ``edits`` are the rewrites made inside this line so far, in the block text's coordinates
    (``(start, end_after, end_before)``: the edit now spans ``start:end_after`` and once spanned
    ``start:end_before``), so a later rewrite in the same line still maps to the right source span.
    """

    offset: int  # start of this line inside Block.text
    start: int  # span of the raw line in the source
    end: int
    exact: bool  # True when Block.text held the raw line unchanged before any rewrite
    edits: list[tuple[int, int, int]] = field(default_factory=list)

    def raw_offset(self, pos: int, *, end: bool = False) -> int | None:
        """How far into the raw line the block-text position ``pos`` lies, or None inside an edit.

        ``end``: ``pos`` ends a span, so an edit starting right there lies after it.
        """
        rel = pos - self.offset
        for start, end_after, end_before in self.edits:
            if pos < start or (end and pos == start):
                break
            if pos < end_after:
                return None
            rel -= end_after - end_before
        return rel


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def word_count(text: str) -> int:
    """Words of a line: its space-separated words, and in Chinese and Japanese, which put no spaces
    between words, about one per two characters (a paragraph of Chinese is no one-word label)."""
    words = len(text.split())
    if not text.isascii() and _CJK.search(text):
        words += len(_CJK.findall(text)) // 2
    return words


@dataclass(slots=True)
class Block:
    """One paragraph or line of the article, as cleaned so far."""

    text: str
    start: int
    end: int
    pieces: list[Piece]
    index: int = 0
    status: str = BODY
    rule: str | None = None
    words: int = -1  # word count, kept with the text: every pass asks for it, many times
    _lower: str | None = None

    def __post_init__(self) -> None:
        if self.words < 0:
            self.words = word_count(self.text)

    @property
    def lower(self) -> str:
        if self._lower is None:
            self._lower = self.text.lower()
        return self._lower

    def set_text(self, text: str, words: int | None = None) -> None:
        self.text = text
        self._lower = None
        self.words = word_count(text) if words is None else words

    def piece_at(self, pos: int) -> Piece:
        """The source line that holds block-text position ``pos`` (a binary search: a re-joined
        paragraph may hold thousands of lines, and every rewrite asks)."""
        pieces = self.pieces
        if len(pieces) < 8:
            for piece in reversed(pieces):
                if piece.offset <= pos:
                    return piece
            return pieces[0]
        i = bisect.bisect_right(pieces, pos, key=lambda p: p.offset) - 1
        return pieces[max(i, 0)]

    def source_span(self, pos: int, before: str, source: str) -> tuple[int, int]:
        """Map ``before`` at ``pos`` in ``text`` back to its span in the source.

        Exact when the line was taken from the source unchanged (rewrites made earlier in the line
        are accounted for); a line whose whitespace was folded is aligned with its raw form, so the
        span may hold the raw whitespace; a span that runs over a re-joined line break ends in the
        next line. When nothing maps (an edit over an earlier edit), the line's whole span.
        """
        first = self.piece_at(pos)
        start = _source_index(first, pos, source)
        if not before:
            return (start, start) if start is not None else (first.start, first.end)
        last_pos = pos + len(before) - 1
        last = self.piece_at(last_pos)
        end = _source_index(last, last_pos, source)
        if start is None or end is None:
            return (first.start, last.end) if first is not last else (first.start, first.end)
        return start, end + 1


def _source_index(piece: Piece, pos: int, source: str) -> int | None:
    """The source index of the character at block-text position ``pos`` (inside ``piece``), if any."""
    rel = piece.raw_offset(pos)
    if rel is None:
        return None
    if piece.exact:
        return piece.start + rel
    align = _alignment(source[piece.start : piece.end])
    return piece.start + align[rel] if 0 <= rel < len(align) else None


def _alignment(raw: str) -> list[int]:
    """For each character of a line as normalisation left it, its index in the raw line.

    Mirrors ``passes.normalize.clean_line``: invisible characters dropped, whitespace runs folded
    to one space, the ends stripped.
    """
    from .passes.normalize import _INVISIBLE as INVISIBLE

    out: list[int] = []
    space = False
    for i, ch in enumerate(raw):
        if INVISIBLE.match(ch):
            continue
        if ch.isspace():
            if out and not space:
                out.append(i)
            space = True
            continue
        space = False
        out.append(i)
    if out and raw[out[-1]].isspace():
        out.pop()
    return out


@dataclass(slots=True)
class Removal:
    """One removed, lifted or rewritten segment, with the rule that did it and where it was.

    ``action`` is what happened to the segment (``removed``, ``lifted``, ``rewritten``); the sidecar
    calls it ``kind``. Text decisions carry character offsets into the source (``start``, ``end``);
    a page-level decision (a block the HTML layer dropped before the text engine saw it) has none
    and says where it was on the page instead (``locator``).
    """

    rule: str
    action: str
    text: str
    start: int | None
    end: int | None
    family: str = ""
    field: str | None = None
    before: str | None = None
    after: str | None = None
    locator: str | None = None
    score: float | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "rule": self.rule,
            "family": self.family,
            "kind": self.action,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }
        if self.field:
            d["field"] = self.field
        if self.action == REWRITTEN:
            d["before"] = self.before
            d["after"] = self.after
        if self.locator is not None:
            d["locator"] = self.locator
        if self.score is not None:
            d["score"] = self.score
        return d


@dataclass(slots=True)
class Caption:
    text: str
    credit: str
    photographer: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "credit": self.credit, "photographer": self.photographer}


@dataclass(slots=True)
class Dateline:
    place: str | None
    agency: str | None
    date: str | None = None
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"place": self.place, "date": self.date, "agency": self.agency, "text": self.text}


@dataclass(slots=True)
class Credits:
    text: str
    reporting: list[str] = field(default_factory=list)
    writing: list[str] = field(default_factory=list)
    editing: list[str] = field(default_factory=list)
    other: dict[str, list[str]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "reporting": list(self.reporting),
            "writing": list(self.writing),
            "editing": list(self.editing),
            "other": {k: list(v) for k, v in sorted(self.other.items())},
        }


class _FieldMapping:
    """Read-only mapping access to a dataclass's fields (``doc.metadata["title"]``).

    Users reach for ``metadata["title"]`` as they would on the sidecar; attribute access stays the
    primary, typed face, and the values are the same objects either way.
    """

    def __getitem__(self, key: str) -> Any:
        if key not in self.keys():
            raise KeyError(key)
        return getattr(self, key)

    def get(self, key: str, default: Any = None) -> Any:
        return getattr(self, key) if key in self.keys() else default

    def keys(self) -> list[str]:
        import dataclasses

        return [f.name for f in dataclasses.fields(self)]  # type: ignore[arg-type]

    def __contains__(self, key: object) -> bool:
        return key in self.keys()


@dataclass
class Metadata(_FieldMapping):
    """What the passes (and, for pages, the HTML front end) learned about the article."""

    title: str | None = None
    label: str | None = None
    authors: list[str] = field(default_factory=list)
    dateline: Dateline | None = None
    captions: list[Caption] = field(default_factory=list)
    credits: Credits | None = None
    republisher: str | None = None
    truncated: bool = False
    language: str | None = None
    url: str | None = None
    sitename: str | None = None
    date: str | None = None
    html: dict[str, Any] | None = None
    original_publisher: str | None = None  # where a copy says the story first appeared
    subtitle: str | None = None  # a second headline line right under the title (a dek, a video's title)
    published: dict[str, Any] | None = None  # {"text": as printed, "iso": ISO 8601 or None}
    updated: dict[str, Any] | None = None


def sha256(text: str | bytes) -> str:
    data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    return hashlib.sha256(data).hexdigest()


@dataclass
class CleanedArticle:
    """The result of cleaning one article: body text, metadata, and the audit trail."""

    text: str
    metadata: Metadata
    removed: list[Removal]
    source: str | None
    source_sha256: str
    ruleset: dict[str, str]
    vetoes: dict[str, int] = field(default_factory=dict)

    @property
    def text_sha256(self) -> str:
        return sha256(self.text)

    def to_sidecar(self) -> dict[str, Any]:
        """The JSON-serialisable sidecar; deterministic, so archives can compare versions by bytes."""
        from .sidecar import build_sidecar

        return build_sidecar(self)
