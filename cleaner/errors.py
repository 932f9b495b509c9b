"""Errors a caller can catch by kind; every message is one line that says what to do next.

Every error has a ``kind``: a short, stable word a script can test (``binary``, ``empty``,
``too-large``...). Batch summaries report it next to the message; docs/reliability.md lists them.
"""

from __future__ import annotations

import re


def _kebab(name: str) -> str:
    name = name.removesuffix("Error") or name
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", name).lower()


class CleanerError(Exception):
    """Base of every error cleaner raises on purpose (the CLI prints these without a traceback)."""

    default_kind: str | None = None

    def __init__(self, *args: object, kind: str | None = None) -> None:
        super().__init__(*args)
        self._kind = kind

    @property
    def kind(self) -> str:
        """A short stable word for the class of problem (``NoArticleError`` gives ``no-article``)."""
        return getattr(self, "_kind", None) or self.default_kind or _kebab(type(self).__name__)

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (_rebuild, (type(self), self.args, getattr(self, "_kind", None)))


def _rebuild(cls: type[CleanerError], args: tuple[object, ...], kind: str | None) -> CleanerError:
    exc = cls.__new__(cls)
    Exception.__init__(exc, *args)
    exc._kind = kind
    return exc


class RuleError(CleanerError, ValueError):
    """A rule pack is malformed: the message names the file and the rule."""

    default_kind = "rules"


class RuleTimeout(RuleError):
    """A user rule's pattern ran past its time limit on one document (a per-document failure)."""

    default_kind = "rule-timeout"


class InputError(CleanerError, ValueError):
    """The input cannot be read as an article (not text, undecodable, too large...)."""

    default_kind = None  # "input", or the kind given: empty, binary, encoding, too-large, corrupt, ...


class TimeLimitError(CleanerError):
    """Cleaning one document took longer than its time budget."""

    default_kind = "time-limit"


class StorageError(CleanerError):
    """The output or archive cannot be written (disk full, read-only): the batch stops, nothing half written."""

    default_kind = "storage"
