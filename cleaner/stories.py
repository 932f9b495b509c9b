"""Syndicated copies linked into stories: near-duplicate detection on clean text, streaming, in SQLite.

A wire story reaches an archive many times: republished with the agency's name rewritten, cut after
a few paragraphs, with a reworded headline and lead, as a later UPDATE with paragraphs added. Those
copies share most of their word 5-grams, but a short copy shares little of a long original by
Jaccard, so the test is *containment*: the share of the smaller text's 5-grams that the larger one
holds. Each text is reduced to a deterministic sample of its 5-grams (those whose 64-bit BLAKE2
hash is 0 mod ``SAMPLE``, a "0 mod p" fingerprint sample as in Broder's and Schleimer's work), so
containment is estimated from the samples, and candidates are found through an inverted index
(fingerprint -> texts) kept in SQLite: memory stays flat however many articles the archive holds.

Why not datasketch: its MinHash LSH estimates Jaccard, which misses short copies, and its LSH
Ensemble (containment) is built in one go over a set known in advance and held in memory; an
archive grows one article at a time and may hold 100,000 of them.

Two texts are one story when the smaller shares at least ``MIN_CONTAINMENT`` of its sampled
5-grams with the larger, at least ``MIN_SHARED`` of them, and the shared part reaches into the
first half of the smaller (``MIN_EARLY``): an article that borrows one or two background
paragraphs from another story, usually near its end, does not join that story.
"""

from __future__ import annotations

import re
import sqlite3
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

SHINGLE = 5
SAMPLE = 6
MIN_WORDS = 40  # shorter texts (a caption, a brief) are never linked
MIN_SHARED = 4
MIN_CONTAINMENT = 0.5
MIN_EARLY = 0.3
COMMON = 1000  # a fingerprint held by more texts than this is a stock phrase, not evidence

_WORD = re.compile(r"\w+")
_UPDATE = re.compile(r"^(?:update|updated|refile|corrected|rpt)\s*-?\s*(\d*)$", re.IGNORECASE)

SCHEMA = """
CREATE TABLE IF NOT EXISTS story_docs (
  doc INTEGER PRIMARY KEY,
  article TEXT NOT NULL UNIQUE,
  story INTEGER NOT NULL,
  n_fp INTEGER NOT NULL,
  n_early INTEGER NOT NULL,
  agency INTEGER NOT NULL,
  update_rank INTEGER NOT NULL,
  captured TEXT,
  words INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS story_docs_story ON story_docs(story);
CREATE TABLE IF NOT EXISTS story_fp (
  h INTEGER NOT NULL,
  doc INTEGER NOT NULL,
  early INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS story_fp_h ON story_fp(h);
CREATE INDEX IF NOT EXISTS story_fp_doc ON story_fp(doc);
CREATE TABLE IF NOT EXISTS story_counts (h INTEGER PRIMARY KEY, n INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS story_common (h INTEGER PRIMARY KEY);
CREATE TEMP TABLE IF NOT EXISTS story_query (h INTEGER PRIMARY KEY, early INTEGER NOT NULL);
"""


_MASK = (1 << 64) - 1
_MIX = 0x9E3779B97F4A7C15  # 2^64 / golden ratio: spreads the combined word hashes over 64 bits


def fingerprints(text: str) -> tuple[dict[int, bool], int]:
    """The sampled 5-gram hashes of a text, each with whether it lies in the text's first half.

    Each word is hashed once (CRC-32, stable across runs and machines, unlike ``hash()``); a
    5-gram's hash combines its five words' and is mixed to 64 bits before sampling.
    """
    words = _WORD.findall(text.casefold())
    hashes = [zlib.crc32(w.encode("utf-8", "surrogatepass")) for w in words]
    n = len(words) - SHINGLE + 1
    out: dict[int, bool] = {}
    half = n / 2
    for i in range(max(0, n)):
        a, b, c, d, e = hashes[i : i + SHINGLE]
        h = ((((((a * 1000003) ^ b) * 1000003 ^ c) * 1000003 ^ d) * 1000003 ^ e) * _MIX) & _MASK
        h ^= h >> 31
        if h % SAMPLE == 0 and h not in out:
            out[h - (1 << 63)] = i < half  # signed, as SQLite's INTEGER is
    return out, len(words)


@dataclass(frozen=True, slots=True)
class Facts:
    """What decides which copy of a story is its original (see ``original``)."""

    agency: bool  # the agency's own copy: no republisher repaired, no syndication note, agency dateline
    update_rank: int  # 0 for a first version; n for 'UPDATE n'
    captured: str | None  # capture or first-archived time, ISO 8601
    words: int

    @classmethod
    def of(cls, side: dict[str, Any], words: int, captured: str | None = None) -> Facts:
        dateline = side.get("dateline") or {}
        agency = bool(dateline.get("agency")) and not side.get("republisher") and not side.get("original_publisher")
        capture = side.get("capture") or {}
        return cls(
            agency=agency,
            update_rank=update_rank(side.get("label")),
            captured=capture.get("date") or captured,
            words=words,
        )


def update_rank(label: str | None) -> int:
    """'UPDATE 2' -> 2, 'Refile' -> 1, no label -> 0: a later version of a wire story ranks higher."""
    if not label:
        return 0
    m = _UPDATE.match(label.strip())
    if not m:
        return 0
    return int(m.group(1)) if m.group(1) else 1


class StoryIndex:
    """Stories of near-duplicate texts, assigned as texts arrive; lives in a SQLite connection."""

    def __init__(self, conn: sqlite3.Connection, *, create: bool = True) -> None:
        self.conn = conn
        if create:
            conn.executescript(SCHEMA)

    @classmethod
    def reader(cls, conn: sqlite3.Connection) -> StoryIndex | None:
        """The stories of an index opened read-only; None when it has none yet."""
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'story_docs'").fetchone() is None:
            return None
        return cls(conn, create=False)

    def story_name(self, story: int) -> str | None:
        """A story's name: the article id of its first member (the doc the story is numbered by)."""
        row = self.conn.execute("SELECT article FROM story_docs WHERE doc = ?", (story,)).fetchone()
        if row is None:
            row = self.conn.execute("SELECT MIN(article) FROM story_docs WHERE story = ?", (story,)).fetchone()
        return None if row is None or row[0] is None else str(row[0])

    def add(self, article: str, text: str, facts: Facts) -> int | None:
        """File one text; returns its story id (None: too short to link). Re-adding replaces."""
        self.remove(article)
        fps, words = fingerprints(text)
        if words < MIN_WORDS or not fps:
            return None
        matches = self._matches(fps)
        cur = self.conn.execute(
            "INSERT INTO story_docs (article, story, n_fp, n_early, agency, update_rank, captured, words)"
            " VALUES (?, 0, ?, ?, ?, ?, ?, ?)",
            (article, len(fps), sum(fps.values()), int(facts.agency), facts.update_rank, facts.captured, facts.words),
        )
        doc = int(cur.lastrowid or 0)
        stories = sorted({s for s in matches})
        story = stories[0] if stories else doc
        for other in stories[1:]:  # this text bridges stories: they are one
            self.conn.execute("UPDATE story_docs SET story = ? WHERE story = ?", (story, other))
        self.conn.execute("UPDATE story_docs SET story = ? WHERE doc = ?", (story, doc))
        self.conn.executemany(
            "INSERT INTO story_fp (h, doc, early) VALUES (?, ?, ?)", ((h, doc, int(e)) for h, e in fps.items())
        )
        # a fingerprint held by more than COMMON texts is a stock phrase: it stops counting as evidence
        self.conn.execute(
            "INSERT INTO story_counts (h, n) SELECT h, 1 FROM story_query WHERE true"
            " ON CONFLICT(h) DO UPDATE SET n = n + 1"
        )
        self.conn.execute(
            "INSERT OR IGNORE INTO story_common SELECT q.h FROM story_query q JOIN story_counts c ON c.h = q.h"
            " WHERE c.n > ?",
            (COMMON,),
        )
        return story

    def _matches(self, fps: dict[int, bool]) -> list[int]:
        """The stories of the texts this one is a copy of (or that are copies of it).

        The new text's fingerprints go into a temporary table and SQLite counts, per text sharing
        any, the shared ones and how many lie in either text's first half: no posting list is read
        into Python, however many copies a wire story has.
        """
        conn = self.conn
        conn.execute("DELETE FROM story_query")
        conn.executemany("INSERT INTO story_query (h, early) VALUES (?, ?)", ((h, int(e)) for h, e in fps.items()))
        rows = conn.execute(
            """SELECT f.doc, COUNT(*), SUM(q.early), SUM(f.early)
               FROM story_query q CROSS JOIN story_fp f ON f.h = q.h  -- CROSS: the few new hashes drive the loop
               WHERE q.h NOT IN (SELECT h FROM story_common)
               GROUP BY f.doc HAVING COUNT(*) >= ?""",
            (MIN_SHARED,),
        ).fetchall()
        if not rows:
            return []
        n = len(fps)
        n_early = sum(fps.values())
        shared = {doc: (both, mine, theirs) for doc, both, mine, theirs in rows}
        out = []
        docs = list(shared)
        for i in range(0, len(docs), 500):
            chunk = docs[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for doc, story, n_other, early_other in conn.execute(
                f"SELECT doc, story, n_fp, n_early FROM story_docs WHERE doc IN ({marks})", chunk
            ):
                both, mine_early, theirs_early = shared[doc]
                small, small_early, small_shared_early = (
                    (n, n_early, mine_early) if n <= n_other else (n_other, early_other, theirs_early)
                )
                if both < MIN_CONTAINMENT * small:
                    continue
                if small_early and small_shared_early < MIN_EARLY * small_early:
                    continue
                out.append(story)
        return out

    def remove(self, article: str) -> None:
        row = self.conn.execute("SELECT doc FROM story_docs WHERE article = ?", (article,)).fetchone()
        if row is not None:
            self.conn.execute(
                "UPDATE story_counts SET n = n - 1 WHERE h IN (SELECT h FROM story_fp WHERE doc = ?)", (row[0],)
            )
            self.conn.execute("DELETE FROM story_fp WHERE doc = ?", (row[0],))
            self.conn.execute("DELETE FROM story_docs WHERE doc = ?", (row[0],))

    def story_of(self, article: str) -> int | None:
        row = self.conn.execute("SELECT story FROM story_docs WHERE article = ?", (article,)).fetchone()
        return None if row is None else int(row[0])

    def members(self, story: int) -> list[str]:
        rows = self.conn.execute("SELECT article FROM story_docs WHERE story = ? ORDER BY article", (story,))
        return [r[0] for r in rows]

    def original(self, story: int, first_seen: dict[str, str] | None = None) -> str | None:
        """The story's original: the agency's own copy, earliest version first, then the fullest;
        without one, the earliest capture (``first_seen`` gives archive times where no capture date
        is known), then the fullest. Ties go to the smallest article id, so the answer is stable."""
        rows = self.conn.execute(
            "SELECT article, agency, update_rank, captured, words FROM story_docs WHERE story = ?", (story,)
        ).fetchall()
        if not rows:
            return None
        seen = first_seen or {}

        def when(row: Any) -> str:
            return row[3] or seen.get(row[0]) or "~"  # unknown times sort last

        agency = [r for r in rows if r[1]]
        if agency:
            best = min(agency, key=lambda r: (r[2], when(r), -r[4], r[0]))
        else:
            best = min(rows, key=lambda r: (when(r), -r[4], r[0]))
        return str(best[0])

    def clusters(self, first_seen: dict[str, str] | None = None) -> list[dict[str, Any]]:
        """Every story with more than one member: ``{"members": [ids], "original": id}``, sorted."""
        out = []
        rows = self.conn.execute(
            "SELECT story FROM story_docs GROUP BY story HAVING COUNT(*) > 1 ORDER BY MIN(article)"
        ).fetchall()
        for (story,) in rows:
            members = self.members(story)  # the story is named by its smallest member: stable in any order
            out.append({"story": members[0], "members": members, "original": self.original(story, first_seen)})
        return out


def link_all(texts: Iterable[tuple[str, str, Facts]]) -> StoryIndex:
    """Stories of a set of texts in an in-memory index (tests, and ``cleaner learn`` on small inputs)."""
    index = StoryIndex(sqlite3.connect(":memory:"))
    for article, text, facts in texts:
        index.add(article, text, facts)
    return index
