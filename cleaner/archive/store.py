"""The archive: sources kept byte for byte, clean versions never rewritten, an index beside them.

What one article adds: the source, if these bytes are new for the id (``source-N.ext``, never
replacing a file); and, if the result differs from the newest version made from this source,
``vN.txt`` then ``vN.json`` (created only if absent; the sidecar is what makes a version exist).

Articles are written in groups (``stage`` each, then ``commit``), in this order:
1. every file of the group under a temp name in its article's folder;
2. one file-system flush (``syncfs``; per-file fsync where there is none): the data is durable;
3. the temps get their names, in input order (source, text, then sidecar), then a second flush;
4. index rows, added only for files already durable under their names.
A run killed at any instant leaves whole files under their names (or temps, which the next run
removes) and no row without its files; running the same command again finds what is there and
adds what is missing. ``store`` is one article in a group of its own.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import CleanerError, StorageError
from ..sidecar import dumps
from ..sources import printable
from . import layout
from .fsio import (
    STORAGE_ERRNOS,
    atomic_write,
    is_temp,
    publish,
    read_regular,
    remove_temps,
    sha256_regular,
    storage_error,
    sync_filesystem,
    write_temp,
)
from .index import Index, mtime, quarantine, utc
from .lock import archive_lock

# fields the archive adds to a version's sidecar
ARCHIVE_FIELDS = ("id", "version", "previous_sha256", "source_file", "source_version", "source_file_sha256")
# fields that change without the result changing: they alone never make a new version
NOT_CONTENT = (*ARCHIVE_FIELDS, "rules", "cleaner_version", "source", "story", "copy_of")


class ArchiveError(CleanerError):
    """The folder is not an archive, or an archive operation cannot proceed."""


def index_error(exc: sqlite3.Error, path: Path) -> CleanerError:
    """An SQLite failure as a one-line error: a full or read-only disk stops the batch (StorageError)."""
    text = str(exc)
    if any(w in text for w in ("full", "readonly", "read-only", "disk I/O", "unable to open")):
        return StorageError(
            f"cannot write the index {path}: {text}; the files written so far are whole "
            "(free space or fix permissions, then run the same command again)"
        )
    return ArchiveError(f"{path}: index error: {text}; cleaner reindex rebuilds it from the files")


@dataclass(slots=True)
class _Pending:
    """One staged article: its temp files and where they go, and what the index needs to know."""

    article_id: str
    dir: Path
    key: str
    url: str | None
    title: str | None
    new_folder: bool
    moves: list[tuple[Path, Path, bool]] = field(default_factory=list)  # (temp, name, exclusive)
    hashes: dict[str, tuple[str, int]] = field(default_factory=dict)  # file name -> (sha256, size)
    sidecars: dict[int, dict[str, Any]] = field(default_factory=dict)  # version -> sidecar written

    def add(self, path: Path, data: bytes, *, exclusive: bool = False) -> None:
        self.moves.append((write_temp(path, data), path, exclusive))


@dataclass(slots=True)
class Stored:
    id: str
    status: str  # "new version" or "unchanged"
    version: int
    source_version: int
    new_source: bool


def file_sha256(path: Path) -> str:
    """The hash of an archive file, never through a link or from a FIFO or device (fsio)."""
    return sha256_regular(path)


def bytes_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def shown(path: Path | str) -> str:
    """A path as messages show it: control characters escaped (a newline in a folder name is
    ``\\n``, not a line break, and not a space after one-line error formatting)."""
    return printable(str(path))


def content(side: dict[str, Any]) -> dict[str, Any]:
    """What decides whether two results differ: text hash and metadata, without provenance."""
    return {k: v for k, v in side.items() if k not in NOT_CONTENT}


class Archive:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.articles = self.root / layout.ARTICLES
        self.index: Index | None = None
        self._pending: list[_Pending] = []
        self._pending_ids: set[str] = set()

    # -- opening --

    @classmethod
    def open(cls, root: str | os.PathLike[str], *, create: bool = False) -> Archive:
        root = Path(root)
        marker = root / layout.MARKER
        if marker.is_file():
            try:
                info = json.loads(read_regular(marker, limit=1 << 20).decode("utf-8"))
            except (OSError, ValueError):
                raise ArchiveError(f"{marker}: unreadable archive marker") from None
            if info.get("format") != "cleaner-archive":
                raise ArchiveError(f"{shown(root)}: {layout.MARKER} does not describe a cleaner archive")
            if int(info.get("layout", 0)) > layout.LAYOUT_VERSION:
                raise ArchiveError(f"{shown(root)}: archive layout {info.get('layout')} is newer than this cleaner")
            return cls(root)
        if not create:
            if not root.exists():
                raise ArchiveError(f"{shown(root)}: no such file or folder")
            raise ArchiveError(f"{shown(root)}: not a cleaner archive (no {layout.MARKER})")
        if root.exists() and not root.is_dir():
            raise ArchiveError(f"{shown(root)}: exists and is not a folder")
        # what a new archive may already hold: a run killed while creating it, or another run
        # creating it at the same moment (both write the same marker; the lock orders the rest)
        ours = {layout.ARTICLES, layout.LOCK, layout.MARKER, layout.INDEX, f"{layout.INDEX}-wal", f"{layout.INDEX}-shm"}
        if root.is_dir() and any(p.name not in ours and not is_temp(p.name) for p in root.iterdir()):
            raise ArchiveError(f"{shown(root)}: folder is not empty and not a cleaner archive; choose a new folder")
        try:
            root.mkdir(parents=True, exist_ok=True)
            (root / layout.ARTICLES).mkdir(exist_ok=True)
        except OSError as exc:
            if exc.errno in STORAGE_ERRNOS:
                raise storage_error(exc, root) from None
            raise
        if not marker.is_file():
            data = json.dumps({"format": "cleaner-archive", "layout": layout.LAYOUT_VERSION}, sort_keys=True)
            atomic_write(marker, (data + "\n").encode())
        return cls(root)

    @contextlib.contextmanager
    def locked(self, *, exclusive: bool = True) -> Iterator[Archive]:
        """Hold the archive's lock (exclusive to write) and an open index for the duration.

        A shared (reader's) lock opens no index: readers open it read-only themselves, and must not
        create one where it is missing (verify reports that)."""
        with archive_lock(self.root / layout.LOCK, exclusive=exclusive, what=f"archive {shown(self.root)}"):
            if not exclusive:
                yield self
                return
            try:
                self.index = self._open_index(readonly=False)
            except sqlite3.OperationalError as exc:
                raise index_error(exc, self.root / layout.INDEX) from None
            failed = False
            try:
                yield self
                self.commit()
            except BaseException:
                failed = True
                self._commit_on_failure()
                raise
            finally:
                try:
                    self.index.close()
                except sqlite3.Error as exc:
                    if not failed:  # don't hide the error that brought us here
                        raise index_error(exc, self.root / layout.INDEX) from None
                finally:
                    self.index = None

    def _commit_on_failure(self) -> None:
        # what was staged before the failure is whole: keep it if the disk still takes it
        try:
            self.commit()
        except Exception:
            self.discard()

    def _open_index(self, *, readonly: bool) -> Index:
        path = self.root / layout.INDEX
        try:
            return Index(path, readonly=readonly)
        except Exception as exc:
            if readonly or not path.exists():
                raise ArchiveError(f"{path}: cannot open the index: {exc}") from None
            import sqlite3

            if not isinstance(exc, sqlite3.DatabaseError):
                raise
            moved = quarantine(path)
            print(  # tell the user at once: their run goes on, with a fresh index beside the old one
                f"cleaner: the index {path} was damaged ({exc}); it was moved to {moved.name} and a new one "
                "started: run cleaner reindex to rebuild it from the files",
                file=sys.stderr,
            )
            return Index(path)

    def _need_index(self) -> Index:
        if self.index is None:
            raise ArchiveError("the archive must be locked (Archive.locked()) to use its index")
        return self.index

    def sink(self) -> ArchiveSink:
        return ArchiveSink(self)

    # -- paths --

    def folder(self, article_id: str) -> Path:
        if not layout.is_valid_id(article_id):
            raise ArchiveError(f"{article_id!r} is not an article id")
        path = self.articles / article_id
        if path.is_symlink():  # never read (or write) through a link out of the archive
            raise ArchiveError(f"{path}: a symbolic link where an article folder should be: not followed")
        return path

    def article_ids(self) -> list[str]:
        try:
            return sorted(p.name for p in self.articles.iterdir() if p.is_dir() and layout.is_valid_id(p.name))
        except FileNotFoundError:
            return []

    # -- writing --

    def store(
        self,
        *,
        key: str,
        raw: bytes,
        suffix: str,
        text: str,
        sidecar: dict[str, Any],
    ) -> Stored:
        """Keep one cleaned article: its source (if new) and a new version (if the result changed).

        The files are durable and indexed when this returns; ``stage`` + ``commit`` do the same
        for many articles at a time.
        """
        stored = self.stage(key=key, raw=raw, suffix=suffix, text=text, sidecar=sidecar)
        self.commit()
        return stored

    def stage(
        self,
        *,
        key: str,
        raw: bytes,
        suffix: str,
        text: str,
        sidecar: dict[str, Any],
    ) -> Stored:
        """Decide what one article adds and write it under temp names; ``commit`` publishes it.

        Decisions read the article's folder, so an article already waiting in the group is
        committed first: two inputs with the same id are stored one after the other, in order.
        """
        self._need_index()
        article_id = layout.make_id(key)
        if article_id in self._pending_ids:
            self.commit()
        folder = self.folder(article_id)
        try:
            folder.mkdir()
            new_folder = True
        except FileExistsError:
            new_folder = False
        except OSError as exc:
            if exc.errno in STORAGE_ERRNOS:
                raise storage_error(exc, folder) from None
            raise
        sources: dict[int, str] = {}
        versions: dict[int, bool] = {}
        known: dict[int, str] = {}
        if not new_folder:
            remove_temps(folder)
            sources, versions, _other = layout.scan(folder)
            known = {row["n"]: row["sha256"] for row in self._need_index().sources(article_id)}
        key = printable(layout.normalize_key(key))
        pending = _Pending(article_id, folder, key, sidecar.get("url"), sidecar.get("title"), new_folder)
        self._pending.append(pending)
        self._pending_ids.add(article_id)

        try:
            return self._plan(pending, sources, versions, known, raw=raw, suffix=suffix, text=text, sidecar=sidecar)
        except BaseException:
            self._pending.remove(pending)
            self._pending_ids.discard(article_id)
            for tmp, _, _ in pending.moves:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
            raise

    def _plan(
        self,
        pending: _Pending,
        sources: dict[int, str],
        versions: dict[int, bool],
        known: dict[int, str],
        *,
        raw: bytes,
        suffix: str,
        text: str,
        sidecar: dict[str, Any],
    ) -> Stored:
        folder, article_id = pending.dir, pending.article_id
        raw_sha = bytes_sha256(raw)
        source_n = None
        for n, name in sorted(sources.items()):
            path = folder / name
            if path.stat().st_size != len(raw):
                continue
            if known.get(n, None) == raw_sha or file_sha256(path) == raw_sha:
                source_n = n
                break
        new_source = source_n is None
        if source_n is None:
            # a number is never reused: a deleted source-2 still names v2's source in the index,
            # and new bytes under its number would make verify report "source changed" forever
            source_n = max([*sources, *known], default=0) + 1
            source_file = layout.source_name(source_n, suffix)
            pending.add(folder / source_file, raw, exclusive=True)
            pending.hashes[source_file] = (raw_sha, len(raw))
        else:
            source_file = sources[source_n]

        side = dict(sidecar)
        side.update(source_file=source_file, source_version=source_n, source_file_sha256=raw_sha, id=article_id)
        for k in ("version", "previous_sha256"):
            side.pop(k, None)
        side.update(self._story(article_id, text, side))
        status, version = "new version", 0
        for n in sorted(versions, reverse=True):
            old = self._read_sidecar(folder, n)
            if old is None or old.get("source_file_sha256") != raw_sha:
                continue
            if content(old) == content(side):
                status, version = "unchanged", n
            break
        if status != "unchanged":
            latest = max(versions, default=0)
            version = latest + 1
            previous = file_sha256(folder / layout.sidecar_name(latest)) if latest else None
            side["version"] = version
            side["previous_sha256"] = previous
            data = dumps(side).encode("utf-8")
            pending.add(folder / layout.text_name(version), text.encode("utf-8", "surrogatepass"))
            pending.add(folder / layout.sidecar_name(version), data, exclusive=True)
            pending.hashes[layout.sidecar_name(version)] = (bytes_sha256(data), len(data))
            pending.sidecars[version] = side
        return Stored(id=article_id, status=status, version=version, source_version=source_n, new_source=new_source)

    def _story(self, article_id: str, text: str, side: dict[str, Any]) -> dict[str, Any]:
        """Link the article to the copies of its story already in the archive (cleaner.stories):
        ``story`` names the story by its first article, ``copy_of`` the story's original when
        that is another article. Both are as of this version; ``cleaner copies`` gives the
        current state, and neither decides whether a result changed."""
        from ..stories import Facts, StoryIndex

        index = self._need_index()
        stories = getattr(self, "_stories", None)
        if stories is None or stories.conn is not index.db:
            stories = self._stories = StoryIndex(index.db)
        story = stories.add(article_id, text, Facts.of(side, len(text.split())))
        if story is None:
            return {"story": None, "copy_of": None}
        original = stories.original(story)
        members = stories.members(story)
        return {
            "story": stories.story_name(story) if len(members) > 1 else None,
            "copy_of": original if original != article_id else None,
        }

    @property
    def pending(self) -> int:
        """Articles staged and not yet committed."""
        return len(self._pending)

    def commit(self) -> None:
        """Publish every staged article: data made durable, then names, then index rows.

        Each step waits for the one before, so a crash at any instant leaves whole files under
        their names (or temps the next run removes) and never an index row without its files.
        """
        if not self._pending:
            return
        group, self._pending, self._pending_ids = self._pending, [], set()
        temps = [tmp for p in group for tmp, _, _ in p.moves]
        try:
            sync_filesystem(self.root, temps, [])
            for p in group:
                for tmp, path, exclusive in p.moves:
                    try:
                        publish(tmp, path, exclusive=exclusive)
                    except FileExistsError:
                        raise StorageError(
                            f"{path}: appeared while writing; is another process writing to the archive "
                            "without its lock? The files written so far are whole; run the same command again"
                        ) from None
            folders = {p.dir for p in group}
            if any(p.new_folder for p in group):
                folders.add(self.articles)
            sync_filesystem(self.root, [], sorted(folders))
        except OSError as exc:
            if exc.errno in STORAGE_ERRNOS:
                raise storage_error(exc, self.root) from None
            raise
        except BaseException:
            self._pending = group  # discard() removes the temps not yet published
            self.discard()
            raise
        try:
            for p in group:
                self.sync_article(p.article_id, key=p.key, url=p.url, title=p.title, known=p)
        except sqlite3.Error as exc:
            raise index_error(exc, self.root / layout.INDEX) from None

    def discard(self) -> None:
        """Forget staged articles (their temps are removed): what a failed batch does on its way out."""
        group, self._pending, self._pending_ids = self._pending, [], set()
        for p in group:
            for tmp, _, _ in p.moves:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)

    def _read_sidecar(self, folder: Path, n: int) -> dict[str, Any] | None:
        try:
            return json.loads(read_regular(folder / layout.sidecar_name(n)).decode("utf-8"))
        except (OSError, ValueError):
            return None

    def sync_article(
        self,
        article_id: str,
        *,
        key: str | None = None,
        url: str | None = None,
        title: str | None = None,
        known: _Pending | None = None,
    ) -> int:
        """Add index rows for every file of the article already on disk; returns rows added.

        ``known`` carries the hashes and sidecars of files this process just wrote, which spares
        reading them back."""
        index = self._need_index()
        folder = self.folder(article_id)
        sources, versions, _ = layout.scan(folder)
        have_sources: set[int] = set()
        have_versions: set[int] = set()
        if not (known and known.new_folder):  # a folder this process made has no rows yet
            have_sources = {row["n"] for row in index.sources(article_id)}
            have_versions = {row["n"] for row in index.versions(article_id)}
        latest_side = None
        if versions and (url is None or title is None):
            latest = max(versions)
            mine = known.sidecars if known else {}
            latest_side = mine[latest] if latest in mine else self._read_sidecar(folder, latest)
        if latest_side is not None:
            url = url or latest_side.get("url")
            title = title or latest_side.get("title")
        index.add_article(article_id, key=key, url=url, title=title)
        added = 0
        for n, name in sorted(sources.items()):
            if n in have_sources:
                continue
            path = folder / name
            if known and name in known.hashes:
                sha, size = known.hashes[name]
            else:
                sha, size = file_sha256(path), path.stat().st_size
            index.add_source(article_id, n, name, sha, size, mtime(path))
            added += 1
        for n, has_text in sorted(versions.items()):
            if n in have_versions or not has_text:
                continue
            path = folder / layout.sidecar_name(n)
            if known and n in known.sidecars:
                side, sha = known.sidecars[n], known.hashes[path.name][0]
            else:
                side = self._read_sidecar(folder, n)
                if side is None:
                    continue  # unreadable: verify reports it
                sha = file_sha256(path)
            index.add_version(article_id, n, side, sha, mtime(path))
            added += 1
        index.touched(added + 1)
        return added

    def reindex(self) -> dict[str, Any]:
        """Rebuild the index from the files, keeping the evidence the old index holds.

        The old index is moved aside (``index.sqlite.replaced-N``), never cleared: the hashes it
        recorded are the second record fixity rests on. Where the files now disagree with them (a
        text edited and its sidecar's hash made to match), the new index keeps the recorded hash,
        so ``verify`` goes on reporting the change, and every disagreement is returned. The run
        history is carried over; the sidecar chains (``previous_sha256``) are checked as verify does.
        """
        from .verify import index_problem, verify

        path = self.root / layout.INDEX
        old = None if index_problem(self) else self._recorded(self._need_index())
        self._need_index().close()
        self.index = None
        kept = quarantine(path, "replaced" if old is not None else "damaged") if path.exists() else None
        index = self.index = Index(path)
        for article_id in self.article_ids():
            folder = self.folder(article_id)
            sources, versions, _ = layout.scan(folder)
            if not sources and not versions:
                continue
            key = None
            latest = self._read_sidecar(folder, max(versions)) if versions else None
            if latest is not None:
                key = layout.normalize_key(latest.get("url") or latest.get("source") or article_id)
            self.sync_article(article_id, key=key)
        self._relink_stories(index)
        index.flush()
        disagreements = self._keep_evidence(index, old) if old is not None else []
        index.flush()
        findings, _ = verify(self, index=index)
        seen = {d["path"] for d in disagreements}
        for f in findings:
            if f.severity == "error" and f.path not in seen:
                disagreements.append({"path": f.path, "reason": f.reason})
        return {
            **index.counts(),
            "old_index": kept.name if kept is not None else None,
            "disagreements": disagreements,
        }

    def _relink_stories(self, index: Index) -> None:
        """Stories rebuilt from each article's newest version, in id order (deterministic)."""
        from ..stories import Facts, StoryIndex

        stories = self._stories = StoryIndex(index.db)
        for article_id in self.article_ids():
            _, versions, _ = layout.scan(self.folder(article_id))
            if not versions:
                continue
            try:
                _, text, side = self.read_version(article_id, max(versions))
            except ArchiveError:
                continue  # verify reports it
            stories.add(article_id, text, Facts.of(side, len(text.split())))

    def copies(self) -> list[dict[str, Any]]:
        """The archive's stories with more than one article: members and original (``cleaner copies``)."""
        from ..stories import StoryIndex

        index = self._open_index(readonly=True)
        try:
            stories = StoryIndex.reader(index.db)
            if stories is None:
                return []
            first_seen = {r[0]: r[1] for r in index.db.execute("SELECT id, first_seen FROM articles")}
            return [{"members": c["members"], "original": c["original"]} for c in stories.clusters(first_seen)]
        finally:
            index.close()

    def story_of(self, article_id: str) -> dict[str, Any] | None:
        """The story an article belongs to now, if it has copies: members and original."""
        from ..stories import StoryIndex

        index = self._open_index(readonly=True)
        try:
            stories = StoryIndex.reader(index.db)
            story = stories.story_of(article_id) if stories is not None else None
            if story is None:
                return None
            members = stories.members(story)
            if len(members) < 2:
                return None
            first_seen = {r[0]: r[1] for r in index.db.execute("SELECT id, first_seen FROM articles")}
            return {"members": members, "original": stories.original(story, first_seen)}
        finally:
            index.close()

    @staticmethod
    def _recorded(index: Index) -> dict[str, Any] | None:
        """What an index records: hashes by file, and the run history (None if it cannot be read)."""
        try:
            return {
                "sources": {(r["article_id"], r["n"]): dict(r) for r in index.sources()},
                "versions": {(r["article_id"], r["n"]): dict(r) for r in index.versions()},
                "runs": [dict(r) for r in index.db.execute("SELECT * FROM runs ORDER BY id")],
            }
        except sqlite3.DatabaseError:
            return None

    def _keep_evidence(self, index: Index, old: dict[str, Any]) -> list[dict[str, str]]:
        found: list[dict[str, str]] = []
        new_sources = {(r["article_id"], r["n"]): dict(r) for r in index.sources()}
        new_versions = {(r["article_id"], r["n"]): dict(r) for r in index.versions()}
        for key, row in sorted(old["sources"].items()):
            now = new_sources.get(key)
            where = f"{layout.ARTICLES}/{key[0]}/{row['file']}"
            if now is None:
                index.add_source(key[0], key[1], row["file"], row["sha256"], row["size"], row["added_at"])
                found.append({"path": where, "reason": "recorded in the old index, missing from the files"})
            elif now["sha256"] != row["sha256"]:
                index.db.execute(
                    "UPDATE sources SET sha256 = ? WHERE article_id = ? AND n = ?", (row["sha256"], *key)
                )
                found.append({"path": where, "reason": f"source changed since it was recorded ({row['sha256'][:12]})"})
        for key, row in sorted(old["versions"].items()):
            now = new_versions.get(key)
            where = f"{layout.ARTICLES}/{key[0]}/{layout.sidecar_name(key[1])}"
            if now is None:
                cols = ", ".join(row)
                index.db.execute(
                    f"INSERT OR IGNORE INTO versions({cols}) VALUES ({', '.join('?' for _ in row)})",
                    tuple(row.values()),
                )
                found.append({"path": where, "reason": "version recorded in the old index, missing from the files"})
                continue
            for col, what in (("text_sha256", "text"), ("sidecar_sha256", "sidecar")):
                if now[col] != row[col]:
                    index.db.execute(
                        f"UPDATE versions SET {col} = ? WHERE article_id = ? AND n = ?", (row[col], *key)
                    )
                    found.append(
                        {"path": where, "reason": f"{what} hash differs from the one recorded ({str(row[col])[:12]})"}
                    )
        for run in old["runs"]:
            run = {k: v for k, v in run.items() if k != "id"}
            index.db.execute(
                f"INSERT INTO runs({', '.join(run)}) VALUES ({', '.join('?' for _ in run)})", tuple(run.values())
            )
        return found

    def record_run(self, *, started_at: str, command: str, summary: Any, rules_sha256: str | None) -> None:
        from .. import __version__

        index = self._need_index()
        self.commit()
        try:
            self._add_run(index, started_at, command, summary, rules_sha256, __version__)
        except sqlite3.Error as exc:
            raise index_error(exc, self.root / layout.INDEX) from None

    @staticmethod
    def _add_run(
        index: Index, started_at: str, command: str, summary: Any, rules_sha256: str | None, version: str
    ) -> None:
        index.add_run(
            started_at=started_at,
            finished_at=utc(),
            command=command,
            rules_sha256=rules_sha256,
            cleaner_version=version,
            articles=summary.total,
            new_versions=summary.statuses.get("new version", 0),
            unchanged=summary.statuses.get("unchanged", 0),
            failed=len(summary.failed),
        )

    # -- reading --

    def resolve(self, ref: str) -> str:
        """An article id from an id, a URL, a source name, or an unambiguous id prefix."""
        ref = ref.strip()
        if layout.is_valid_id(ref) and (self.articles / ref).is_dir():
            return ref
        made = layout.make_id(ref)
        if (self.articles / made).is_dir():
            return made
        if layout.is_valid_id(ref):
            matches = [i for i in self.article_ids() if i.startswith(ref)]
            if len(matches) == 1:
                return matches[0]
            if len(matches) > 1:
                shown = ", ".join(matches[:5]) + (" ..." if len(matches) > 5 else "")
                raise ArchiveError(f"{ref!r} matches several articles: {shown}")
        raise ArchiveError(f"no article {ref!r} in {self.root}")

    def versions(self, article_id: str) -> list[dict[str, Any]]:
        """Every version of an article, oldest first: number, sidecar, and index times if known."""
        folder = self.folder(article_id)
        _, versions, _ = layout.scan(folder)
        times: dict[int, str] = {}
        if self.index is not None:
            times = {row["n"]: row["created_at"] for row in self.index.versions(article_id)}
        else:
            with contextlib.suppress(ArchiveError, OSError):
                ro = self._open_index(readonly=True)
                try:
                    times = {row["n"]: row["created_at"] for row in ro.versions(article_id)}
                finally:
                    ro.close()
        out = []
        for n in sorted(versions):
            side = self._read_sidecar(folder, n) or {}
            out.append(
                {
                    "version": n,
                    "created_at": times.get(n) or mtime(folder / layout.sidecar_name(n)),
                    "indexed": n in times,
                    "sidecar": side,
                }
            )
        return out

    def read_version(self, article_id: str, n: int | None = None) -> tuple[int, str, dict[str, Any]]:
        folder = self.folder(article_id)
        _, versions, _ = layout.scan(folder)
        if not versions:
            raise ArchiveError(f"article {article_id} has no version yet")
        if n is None:
            n = max(versions)
        if n not in versions:
            raise ArchiveError(f"article {article_id} has no version {n} (it has 1 to {max(versions)})")
        side_path = folder / layout.sidecar_name(n)
        try:
            side = json.loads(read_regular(side_path).decode("utf-8"))
        except OSError as exc:
            raise ArchiveError(f"{side_path}: {exc.strerror}") from None
        except ValueError:
            raise ArchiveError(f"{side_path}: unreadable sidecar") from None
        try:
            text = read_regular(folder / layout.text_name(n)).decode("utf-8", "surrogatepass")
        except OSError as exc:
            raise ArchiveError(f"{folder / layout.text_name(n)}: {exc.strerror}") from None
        return n, text, side

    def read_source(self, article_id: str, side: dict[str, Any]) -> bytes | None:
        name = side.get("source_file")
        if not name or not layout.SOURCE_RE.match(name):
            return None
        try:
            return read_regular(self.folder(article_id) / name)
        except OSError:
            return None


class ArchiveSink:
    """The batch sink for ``--archive``: stores each outcome in input order, in groups.

    A group is committed when it holds ``group_size`` articles or its first one has waited
    ``group_seconds``, and when the archive's lock is released. Durability costs one file-system
    flush per group instead of six fsyncs per article, which is what let more workers help.
    """

    def __init__(self, archive: Archive, *, group_size: int = 256, group_seconds: float = 1.0) -> None:
        self.archive = archive
        self.new_sources = 0
        self.group_size = group_size
        self.group_seconds = group_seconds
        self._opened = 0.0
        self._accepted = 0

    def accept(self, outcome: Any) -> str:
        side = outcome.sidecar
        key = side.get("url") or outcome.input.name
        if not self.archive.pending:
            self._opened = time.monotonic()
        stored = self.archive.stage(key=key, raw=outcome.raw, suffix=outcome.suffix, text=outcome.text, sidecar=side)
        if stored.new_source:
            self.new_sources += 1
        if self.archive.pending >= self.group_size or time.monotonic() - self._opened >= self.group_seconds:
            self.archive.commit()
        self._accepted += 1
        _tripwire(self._accepted)
        return stored.status


def _tripwire(accepted: int) -> None:
    """For the crash tests: ``CLEANER_TEST_TRIPWIRE=N:PATH`` stops this process after its Nth
    stored article, with PATH created, until it is killed: a kill then lands mid-batch by state,
    not by timing, however fast or loaded the machine is. Unset, it costs one dict lookup."""
    spec = os.environ.get("CLEANER_TEST_TRIPWIRE")
    if not spec:
        return
    n, _, path = spec.partition(":")
    if accepted == int(n):
        Path(path).touch()
        while True:
            time.sleep(60)
