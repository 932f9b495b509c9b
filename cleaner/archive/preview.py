"""``cleaner clean --archive DIR --dry-run``: what a run would store, and why, writing nothing.

The decision is the one ``Archive.stage`` makes (same id, same source match by bytes, same
comparison of results without provenance), read-only: a user about to re-run a large archive
under new rules sees which articles would get a new version and which fields moved.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..article import sha256
from . import layout
from .store import Archive, content


@dataclass(frozen=True)
class Preview:
    id: str
    status: str  # "new article", "new version" or "unchanged"
    reason: str


def preview(archive: Archive, *, key: str, raw: bytes, text: str, sidecar: dict[str, Any]) -> Preview:
    article_id = layout.make_id(key)
    folder = archive.articles / article_id
    if not folder.is_dir():
        return Preview(article_id, "new article", "not in the archive yet")
    sources, versions, _ = layout.scan(folder)
    raw_sha = sha256(raw)
    match = None
    for n, name in sorted(sources.items()):
        path = folder / name
        try:
            if path.stat().st_size == len(raw) and sha256(path.read_bytes()) == raw_sha:
                match = n
                break
        except OSError:
            continue
    if match is None:
        return Preview(article_id, "new version", f"new source bytes (the archive holds {len(sources)} other)")
    for n in sorted(versions, reverse=True):
        old = archive._read_sidecar(folder, n)
        if old is None or old.get("source_file_sha256") != raw_sha:
            continue
        before, after = content(old), content(dict(sidecar))
        if before == after:
            return Preview(article_id, "unchanged", f"same result as v{n}")
        changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
        return Preview(article_id, "new version", f"result differs from v{n} in {', '.join(changed)}")
    return Preview(article_id, "new version", f"source v{match} has no version yet")


class PreviewSink:
    """A batch sink that decides like ``ArchiveSink`` and stores nothing."""

    def __init__(self, archive: Archive, report: Any) -> None:
        self.archive = archive
        self.report = report  # called with each Preview, in input order
        self.new_sources = 0

    def accept(self, outcome: Any) -> str:
        side = outcome.sidecar
        p = preview(
            self.archive,
            key=side.get("url") or outcome.input.name,
            raw=outcome.raw,
            text=outcome.text,
            sidecar=side,
        )
        if p.reason.startswith(("new source", "not in the archive")):
            self.new_sources += 1
        self.report(outcome, p)
        return "would be " + p.status if p.status != "unchanged" else "unchanged"
