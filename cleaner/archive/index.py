"""The SQLite index: a catalogue of the archive's files, with the times they were written.

Standard library ``sqlite3`` in WAL mode. Rows are only ever added after their files are on disk
(and fsynced), so a row never points at a missing file; a row missing after a crash is added back
by the next run that touches the article, or by ``cleaner reindex``. Times live here, never in the
files, which keeps the files byte-identical across reruns.
"""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

SCHEMA_VERSION = "1"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY,
  key TEXT,
  url TEXT,
  title TEXT,
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sources (
  article_id TEXT NOT NULL REFERENCES articles(id),
  n INTEGER NOT NULL,
  file TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  added_at TEXT NOT NULL,
  PRIMARY KEY (article_id, n)
);
CREATE TABLE IF NOT EXISTS versions (
  article_id TEXT NOT NULL REFERENCES articles(id),
  n INTEGER NOT NULL,
  source_n INTEGER NOT NULL,
  text_sha256 TEXT NOT NULL,
  sidecar_sha256 TEXT NOT NULL,
  previous_sha256 TEXT,
  rules_name TEXT,
  rules_version TEXT,
  rules_sha256 TEXT,
  cleaner_version TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (article_id, n)
);
CREATE TABLE IF NOT EXISTS rulesets (
  sha256 TEXT PRIMARY KEY,
  name TEXT,
  version TEXT,
  first_seen TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  started_at TEXT NOT NULL,
  finished_at TEXT NOT NULL,
  command TEXT,
  rules_sha256 TEXT,
  cleaner_version TEXT,
  articles INTEGER,
  new_versions INTEGER,
  unchanged INTEGER,
  failed INTEGER
);
CREATE INDEX IF NOT EXISTS versions_rules ON versions(rules_sha256);
CREATE INDEX IF NOT EXISTS articles_url ON articles(url);
"""


def utc(ts: float | None = None) -> str:
    return datetime.fromtimestamp(time.time() if ts is None else ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def mtime(path: Path) -> str:
    try:
        return utc(path.stat().st_mtime)
    except OSError:
        return utc()


class Index:
    """One connection to an archive's index; commits are grouped for speed (``flush`` forces one)."""

    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        self.path = path
        self.readonly = readonly
        if readonly:
            if not path.exists():
                raise FileNotFoundError(f"{path}: no index (run cleaner reindex)")
            uri = "file:" + quote(str(path.resolve())) + "?mode=ro"
            self.db = sqlite3.connect(uri, uri=True, timeout=30)
            try:
                self.db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            except sqlite3.OperationalError:
                # a WAL database in a folder we cannot write (a read-only archive): SQLite cannot make
                # its shared-memory file; nobody can be writing there, so read it as immutable
                self.db.close()
                self.db = sqlite3.connect(uri + "&immutable=1", uri=True, timeout=30)
            if self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'versions'").fetchone() is None:
                # a run killed while creating the index left it without tables: read it as empty
                self.db.close()
                self.db = sqlite3.connect(":memory:")
                self.db.executescript(SCHEMA)
        else:
            self.db = sqlite3.connect(str(path), timeout=30)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(SCHEMA)
            self.db.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
            self.db.commit()
        self.db.row_factory = sqlite3.Row
        self._pending = 0
        self._last_commit = time.monotonic()

    def close(self) -> None:
        if not self.readonly:
            self.db.commit()
        self.db.close()

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing --

    def add_article(self, article_id: str, *, key: str | None, url: str | None, title: str | None) -> None:
        now = utc()
        self.db.execute(
            "INSERT INTO articles(id, key, url, title, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET last_seen = excluded.last_seen, "
            "url = COALESCE(excluded.url, articles.url), title = COALESCE(excluded.title, articles.title), "
            "key = COALESCE(articles.key, excluded.key)",
            (article_id, key, url, title, now, now),
        )

    def add_source(self, article_id: str, n: int, file: str, sha256: str, size: int, added_at: str) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO sources(article_id, n, file, sha256, size, added_at) VALUES (?, ?, ?, ?, ?, ?)",
            (article_id, n, file, sha256, size, added_at),
        )

    def add_version(self, article_id: str, n: int, side: dict[str, Any], sidecar_sha256: str, created_at: str) -> None:
        rules = side.get("rules") or {}
        self.db.execute(
            "INSERT OR IGNORE INTO versions(article_id, n, source_n, text_sha256, sidecar_sha256, previous_sha256, "
            "rules_name, rules_version, rules_sha256, cleaner_version, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article_id,
                n,
                side.get("source_version") or 0,
                side.get("text_sha256") or "",
                sidecar_sha256,
                side.get("previous_sha256"),
                rules.get("name"),
                rules.get("version"),
                rules.get("sha256"),
                side.get("cleaner_version"),
                created_at,
            ),
        )
        if rules.get("sha256"):
            self.db.execute(
                "INSERT OR IGNORE INTO rulesets(sha256, name, version, first_seen) VALUES (?, ?, ?, ?)",
                (rules.get("sha256"), rules.get("name"), rules.get("version"), created_at),
            )

    def add_run(self, **fields: Any) -> None:
        cols = ", ".join(fields)
        marks = ", ".join("?" for _ in fields)
        self.db.execute(f"INSERT INTO runs({cols}) VALUES ({marks})", tuple(fields.values()))
        self.flush()

    def touched(self, n: int = 1) -> None:
        """Count a change; commit every 200 changes or every second, whichever comes first."""
        self._pending += n
        if self._pending >= 200 or time.monotonic() - self._last_commit > 1.0:
            self.flush()

    def flush(self) -> None:
        self.db.commit()
        self._pending = 0
        self._last_commit = time.monotonic()

    # -- reading --

    def article(self, article_id: str) -> sqlite3.Row | None:
        return self.db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()

    def ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM articles ORDER BY id")]

    def sources(self, article_id: str | None = None) -> list[sqlite3.Row]:
        if article_id is None:
            return list(self.db.execute("SELECT * FROM sources ORDER BY article_id, n"))
        return list(self.db.execute("SELECT * FROM sources WHERE article_id = ? ORDER BY n", (article_id,)))

    def versions(self, article_id: str | None = None) -> list[sqlite3.Row]:
        if article_id is None:
            return list(self.db.execute("SELECT * FROM versions ORDER BY article_id, n"))
        return list(self.db.execute("SELECT * FROM versions WHERE article_id = ? ORDER BY n", (article_id,)))

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("articles", "sources", "versions", "rulesets", "runs"):
            out[table] = self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        return out


def quarantine(path: Path, why: str = "damaged") -> Path:
    """Move an index aside (never delete it) so a fresh one can be built beside it."""
    n = 1
    while True:
        target = path.with_name(f"{path.name}.{why}-{n}")
        if not target.exists():
            break
        n += 1
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            os.replace(extra, target.with_name(target.name + suffix))
    return target
