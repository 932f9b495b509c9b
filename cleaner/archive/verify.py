"""Fixity: every source, version and sidecar checked against the hashes recorded for it.

Two records are checked, so damage is caught even where one of them is lost:
- the index (``sources.sha256``, ``versions.text_sha256``, ``versions.sidecar_sha256``);
- the sidecars themselves (``text_sha256`` of the text, ``source_file_sha256`` of the source,
  ``previous_sha256`` of the previous sidecar, which chains every version to the one before).
Leftovers of an interrupted run (temp files, a text without its sidecar) are warnings: they are
not versions, and the next run on that article replaces or removes them. So are whole files the
index does not list yet (a run killed before its index commit): their hashes are still checked
against the sidecars, and the next run or ``cleaner reindex`` adds the rows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import layout
from .fsio import is_temp

if TYPE_CHECKING:
    from .store import Archive


UNINDEXED = "not in the index yet (left by an interrupted run): run the batch again, or cleaner reindex"


@dataclass(frozen=True, slots=True)
class Finding:
    path: str  # relative to the archive root
    reason: str
    severity: str = "error"  # or "warning"

    def to_dict(self) -> dict[str, str]:
        return {"path": self.path, "reason": self.reason, "severity": self.severity}


def verify(archive: Archive, *, index: Any = None) -> tuple[list[Finding], dict[str, int]]:
    """Check the archive; returns findings (errors and warnings) and what was checked."""
    from .fsio import NotRegularFile, read_regular
    from .store import file_sha256

    root = archive.root
    findings: list[Finding] = []
    stats = {"articles": 0, "sources": 0, "versions": 0}
    hashes: dict[Path, str | None] = {}
    refused: set[str] = set()

    def sha(path: Path) -> str | None:
        if path not in hashes:
            try:
                hashes[path] = file_sha256(path)
            except NotRegularFile as exc:  # a FIFO, a device, a link: named once, never read
                refused.add(rel(path))
                err(path, str(exc.strerror))
                hashes[path] = None
            except OSError:
                hashes[path] = None
        return hashes[path]

    def rel(path: Path) -> str:
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            return str(path)

    def err(path: Path, reason: str) -> None:
        findings.append(Finding(rel(path), reason))

    def warn(path: Path, reason: str) -> None:
        findings.append(Finding(rel(path), reason, "warning"))

    # 1. the index against the files
    indexed_sources: set[tuple[str, int]] = set()
    indexed_versions: set[tuple[str, int]] = set()
    indexed_articles: set[str] = set()
    if index is None:
        if archive.article_ids():
            err(root / layout.INDEX, "no index to check against (run cleaner reindex)")
    else:
        indexed_articles = set(index.ids())
        for row in index.sources():
            aid, n = row["article_id"], row["n"]
            indexed_sources.add((aid, n))
            path = archive.articles / aid / row["file"]
            digest = sha(path)
            if digest is None:
                err(path, "source missing (recorded in the index)")
            elif digest != row["sha256"]:
                err(path, f"source changed: sha256 {digest[:12]}, recorded {row['sha256'][:12]}")
        for row in index.versions():
            aid, n = row["article_id"], row["n"]
            indexed_versions.add((aid, n))
            folder = archive.articles / aid
            for name, recorded, what in (
                (layout.text_name(n), row["text_sha256"], "text"),
                (layout.sidecar_name(n), row["sidecar_sha256"], "sidecar"),
            ):
                path = folder / name
                digest = sha(path)
                if digest is None:
                    err(path, f"{what} missing (recorded in the index)")
                elif digest != recorded:
                    err(path, f"{what} changed: sha256 {digest[:12]}, recorded {recorded[:12]}")
        for aid in sorted(indexed_articles):
            if not (archive.articles / aid).is_dir():
                err(archive.articles / aid, "article folder missing (recorded in the index)")

    # 2. the files against themselves and the index
    if archive.articles.is_dir():
        for entry in sorted(archive.articles.iterdir()):
            if entry.is_symlink():
                err(entry, "a symbolic link where an article folder should be: not followed")
                continue
            if not entry.is_dir() or not layout.is_valid_id(entry.name):
                if is_temp(entry.name):
                    warn(entry, "temporary file left by an interrupted run")
                else:
                    warn(entry, "not an article folder")
                continue
            aid = entry.name
            stats["articles"] += 1
            if index is not None and aid not in indexed_articles:
                warn(entry, UNINDEXED)
            sources, versions, other = layout.scan(entry)
            for name in other:
                if is_temp(name):
                    warn(entry / name, "temporary file left by an interrupted run")
                elif layout.VERSION_RE.match(name):
                    warn(entry / name, "text without its sidecar, left by an interrupted run; rerun to complete it")
                else:
                    warn(entry / name, "unexpected file")
            for n, name in sorted(sources.items()):
                stats["sources"] += 1
                if index is not None and (aid, n) not in indexed_sources:
                    warn(entry / name, UNINDEXED)
            previous: str | None = None
            last = 0
            for n in sorted(versions):
                stats["versions"] += 1
                side_path = entry / layout.sidecar_name(n)
                text_path = entry / layout.text_name(n)
                if index is not None and (aid, n) not in indexed_versions:
                    warn(side_path, UNINDEXED)
                try:
                    side = json.loads(read_regular(side_path).decode("utf-8"))
                    if not isinstance(side, dict):
                        raise ValueError("not an object")
                except (OSError, ValueError) as exc:
                    err(side_path, f"sidecar unreadable: {exc}")
                    previous, last = sha(side_path), n
                    continue
                _check_version(aid, n, side, entry, text_path, sha, err, previous, last)
                previous, last = sha(side_path), n
    # a path refused as not a regular file is said once, not again as missing or changed
    findings = [f for f in findings if f.path not in refused or "not a regular file" in f.reason]
    return findings, stats


def _check_version(aid, n, side, folder, text_path, sha, err, previous, last) -> None:  # type: ignore[no-untyped-def]
    side_path = folder / layout.sidecar_name(n)
    if side.get("id") != aid:
        err(side_path, f"sidecar names article {side.get('id')!r}, not {aid!r}")
    if side.get("version") != n:
        err(side_path, f"sidecar says version {side.get('version')!r}, file is v{n}")
    digest = sha(text_path)
    if digest is None:
        err(text_path, "text missing")
    elif digest != side.get("text_sha256"):
        err(
            text_path,
            f"text does not match its sidecar: sha256 {digest[:12]}, recorded {str(side.get('text_sha256'))[:12]}",
        )
    source_file = side.get("source_file")
    if not isinstance(source_file, str) or not layout.SOURCE_RE.match(source_file):
        err(side_path, f"sidecar names no valid source file ({source_file!r})")
    else:
        src_digest = sha(folder / source_file)
        if src_digest is None:
            err(folder / source_file, f"source missing (v{n} was made from it)")
        elif src_digest != side.get("source_file_sha256"):
            err(folder / source_file, f"source does not match v{n}'s sidecar: sha256 {src_digest[:12]}")
    expected_prev = previous if last == n - 1 else None
    if n > 1 and last != n - 1:
        err(side_path, f"version v{n - 1} is missing before v{n}")
    elif side.get("previous_sha256") != expected_prev:
        if n == 1:
            err(side_path, "first version links to a predecessor")
        else:
            err(
                folder / layout.sidecar_name(n - 1),
                f"sidecar changed: v{n} records its sha256 as {str(side.get('previous_sha256'))[:12]}",
            )


REINDEX_FIX = "run cleaner reindex: it moves this index aside and rebuilds one from the files, checking them"


def index_problem(archive: Archive) -> str | None:
    """What is wrong with the archive's index file, if anything: missing, empty, damaged.

    A damaged index used to read as an empty one, and verify then said ``ok`` with a warning per
    article; SQLite's own check is cheap next to hashing every file.
    """
    import sqlite3
    from urllib.parse import quote

    path = archive.root / layout.INDEX
    has_articles = bool(archive.article_ids())
    if not path.exists():
        return f"index missing; {REINDEX_FIX}" if has_articles else None
    if path.stat().st_size == 0:
        return f"index is empty (zero bytes); {REINDEX_FIX}" if has_articles else None
    uri = "file:" + quote(str(path.resolve())) + "?mode=ro"
    try:
        db = sqlite3.connect(uri, uri=True, timeout=30)
        try:
            try:
                rows = db.execute("PRAGMA quick_check").fetchall()
            except sqlite3.OperationalError:  # read-only folder and a WAL index: read it as immutable
                db.close()
                db = sqlite3.connect(uri + "&immutable=1", uri=True, timeout=30)
                rows = db.execute("PRAGMA quick_check").fetchall()
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:
        return f"index damaged ({exc}); {REINDEX_FIX}"
    if rows != [("ok",)]:
        return f"index damaged (SQLite's integrity check: {rows[0][0] if rows else 'no answer'}); {REINDEX_FIX}"
    if has_articles and not {"sources", "versions"} <= tables:
        return f"index has no tables (a run was killed while creating it); {REINDEX_FIX}"
    return None


def verify_archive(archive: Archive) -> tuple[list[Finding], dict[str, int]]:
    """``verify`` with the archive's own index, or without it when the index is missing or damaged
    (then the files are still checked against their sidecars, and the index problem is an error)."""
    import sqlite3

    from .index import Index

    problem = index_problem(archive)
    index = None
    if problem is None and (archive.root / layout.INDEX).exists():
        index = Index(archive.root / layout.INDEX, readonly=True)
    try:
        if index is not None:
            try:
                return verify(archive, index=index)
            except sqlite3.DatabaseError as exc:
                problem = f"index unreadable ({exc}); {REINDEX_FIX}"
    finally:
        if index is not None:
            index.close()
    findings, stats = verify(archive, index=None)
    findings = [f for f in findings if f.path != layout.INDEX]
    if problem is not None:
        findings.insert(0, Finding(layout.INDEX, problem))
    return findings, stats
