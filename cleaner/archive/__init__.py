"""The versioned archive: sources byte for byte, clean versions that are never rewritten, a SQLite
index, fixity checks. See ``layout`` for the folder layout and ``store`` for the write protocol."""

from .layout import make_id, normalize_key
from .lock import LockedError
from .store import Archive, ArchiveError, ArchiveSink, Stored
from .verify import Finding, verify

__all__ = [
    "Archive",
    "ArchiveError",
    "ArchiveSink",
    "Finding",
    "LockedError",
    "Stored",
    "make_id",
    "normalize_key",
    "verify",
]
