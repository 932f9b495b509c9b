"""The data every pass shares: blocks of the source, what was lifted, what was removed.

One invariant makes "nothing is lost" checkable: every block ends in exactly one place, the
body, a metadata field (``lifted``) or ``removed``, and each decision names the rule that made it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

BODY = "body"
REMOVED = "removed"  # boilerplate, dropped from the body
LIFTED = "lifted"  # moved into a metadata field (title, byline, caption, credits)
REWRITTEN = "rewritten"  # changed in place (syndication repair, normalisation)


@dataclass(slots=True)
class Piece:
    """Where one source line of a block lives, so a block-relative offset maps back to the source."""

    offset: int  # start of this line inside Block.text
    start: int  # span of the raw line in the source
    end: int
    exact: bool  # True when Block.text holds the raw line unchanged


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
            self.words = len(self.text.split())

    @property
    def lower(self) -> str:
        if self._lower is None:
            self._lower = self.text.lower()
        return self._lower

    def set_text(self, text: str) -> None:
        self.text = text
        self._lower = None
        self.words = len(text.split())

    def source_span(self, pos: int, before: str, source: str) -> tuple[int, int]:
        """Map a position in ``text`` back to the source, falling back to the line's span."""
        for piece in reversed(self.pieces):
            if piece.offset <= pos:
                if piece.exact:
                    start = piece.start + (pos - piece.offset)
                    return start, start + len(before)
                found = source.find(before, piece.start, piece.end)
                if found >= 0:
                    return found, found + len(before)
                return piece.start, piece.end
        return self.start, self.end


@dataclass(slots=True)
class Removal:
    """One removed, lifted or rewritten segment, with the rule that did it and its source span."""

    rule: str
    kind: str
    text: str
    start: int
    end: int
    family: str = ""
    field: str | None = None
    before: str | None = None
    after: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "rule": self.rule,
            "family": self.family,
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }
        if self.field:
            d["field"] = self.field
        if self.kind == REWRITTEN:
            d["before"] = self.before
            d["after"] = self.after
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


@dataclass
class Metadata:
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

    @property
    def text_sha256(self) -> str:
        return sha256(self.text)

    def to_sidecar(self) -> dict[str, Any]:
        """The JSON-serialisable sidecar; deterministic, so archives can compare versions by bytes."""
        from .sidecar import build_sidecar

        return build_sidecar(self)
