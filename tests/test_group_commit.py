"""Group commits: a batch stages articles under temp names and publishes them a group at a time.

What must hold whatever the grouping: nothing is visible under its name or in the index before
its group is committed, two inputs with the same id become two versions in input order, a failure
keeps what was staged before it, and the fallbacks (no ``syncfs``, no ``renameat2``) store the
same bytes.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from cleaner.archive import Archive, fsio, layout
from cleaner.archive.store import ArchiveSink
from cleaner.batch import Outcome
from cleaner.errors import StorageError
from cleaner.sources import Input

from .conftest import SCRAPED, SYNDICATED


def outcome(name: str, raw: bytes, text: str, title: str = "A title") -> Outcome:
    side = {"title": title, "text_sha256": str(hash(text) & 0xFFFF), "counts": {}}
    return Outcome(input=Input(name=name, path=None, origin=name), ok=True, raw=raw, text=text, sidecar=side)


def index_rows(root: Path) -> int:
    with sqlite3.connect(root / layout.INDEX) as db:
        return db.execute("SELECT COUNT(*) FROM versions").fetchone()[0]


def named_files(root: Path) -> list[str]:
    return sorted(p.name for p in (root / layout.ARTICLES).rglob("*") if p.is_file() and not fsio.is_temp(p.name))


def test_nothing_is_published_or_indexed_before_the_group_commits(tmp_path):
    archive = Archive.open(tmp_path / "a", create=True)
    with archive.locked():
        sink = ArchiveSink(archive, group_size=3, group_seconds=3600)
        sink.accept(outcome("one.txt", b"one", "One."))
        sink.accept(outcome("two.txt", b"two", "Two."))
        assert named_files(tmp_path / "a") == []  # only temps so far
        assert archive.pending == 2
        archive.index.flush()
        assert index_rows(tmp_path / "a") == 0
        sink.accept(outcome("three.txt", b"three", "Three."))  # the third fills the group
        assert archive.pending == 0
        assert named_files(tmp_path / "a") == sorted(["source-1.txt", "v1.json", "v1.txt"] * 3)
        archive.index.flush()
        assert index_rows(tmp_path / "a") == 3


def test_releasing_the_lock_commits_a_partial_group(tmp_path):
    archive = Archive.open(tmp_path / "a", create=True)
    with archive.locked():
        ArchiveSink(archive, group_size=100, group_seconds=3600).accept(outcome("one.txt", b"one", "One."))
    assert named_files(tmp_path / "a") == ["source-1.txt", "v1.json", "v1.txt"]
    assert not [p for p in (tmp_path / "a").rglob("*") if fsio.is_temp(p.name)]
    assert index_rows(tmp_path / "a") == 1


def test_same_id_twice_in_one_group_gives_two_versions_in_input_order(tmp_path):
    archive = Archive.open(tmp_path / "a", create=True)
    with archive.locked():
        sink = ArchiveSink(archive, group_size=100, group_seconds=3600)
        assert sink.accept(outcome("story.txt", b"first copy", "First text.")) == "new version"
        assert sink.accept(outcome("story.txt", b"second copy", "Second text.")) == "new version"
        assert sink.accept(outcome("story.txt", b"second copy", "Second text.")) == "unchanged"
    folder = archive.folder(layout.make_id("story.txt"))
    assert (folder / "v1.txt").read_text() == "First text."
    assert (folder / "v2.txt").read_text() == "Second text."
    v2 = json.loads((folder / "v2.json").read_text())
    assert v2["source_file"] == "source-2.txt" and v2["previous_sha256"] is not None
    assert not (folder / "v3.json").exists()


def test_a_failure_keeps_what_the_group_staged_before_it(tmp_path, monkeypatch):
    archive = Archive.open(tmp_path / "a", create=True)
    real = fsio.write_temp
    calls = {"n": 0}

    def failing(path, data):
        calls["n"] += 1
        if calls["n"] > 3:  # the second article's first file: the disk is full
            raise StorageError(f"cannot write {path}: No space left on device")
        return real(path, data)

    monkeypatch.setattr("cleaner.archive.store.write_temp", failing)
    with pytest.raises(StorageError), archive.locked():
        sink = ArchiveSink(archive, group_size=100, group_seconds=3600)
        sink.accept(outcome("kept.txt", b"kept", "Kept."))
        sink.accept(outcome("lost.txt", b"lost", "Lost."))
    assert named_files(tmp_path / "a") == ["source-1.txt", "v1.json", "v1.txt"]
    assert (archive.folder(layout.make_id("kept.txt")) / "v1.txt").read_text() == "Kept."
    assert not [p for p in (tmp_path / "a").rglob("*") if fsio.is_temp(p.name)]
    assert index_rows(tmp_path / "a") == 1


def test_exclusive_publish_never_replaces_a_file(tmp_path):
    target = tmp_path / "v1.json"
    target.write_bytes(b"old")
    tmp = fsio.write_temp(target, b"new")
    with pytest.raises(FileExistsError):
        fsio.publish(tmp, target, exclusive=True)
    assert target.read_bytes() == b"old" and tmp.read_bytes() == b"new"
    fsio.publish(tmp, target)  # not exclusive: replaces
    assert target.read_bytes() == b"new" and not tmp.exists()


def store_samples(root: Path) -> dict[str, bytes]:
    from cleaner import clean_text

    archive = Archive.open(root, create=True)
    with archive.locked():
        sink = ArchiveSink(archive, group_size=2)
        for path in (SCRAPED, SYNDICATED, SCRAPED):
            raw = path.read_bytes()
            doc = clean_text(raw.decode(), source=path.name)
            inp = Input(name=path.name, path=None, origin=str(path))
            sink.accept(Outcome(input=inp, ok=True, raw=raw, text=doc.text, sidecar=doc.to_sidecar()))
    return {
        p.relative_to(root).as_posix(): p.read_bytes() for p in sorted((root / "articles").rglob("*")) if p.is_file()
    }


def test_fallbacks_without_syncfs_or_renameat2_store_the_same_bytes(tmp_path, monkeypatch):
    fast = store_samples(tmp_path / "fast")
    monkeypatch.setattr(fsio, "_SYNCFS", None)
    monkeypatch.setattr(fsio, "_RENAME_NOREPLACE", None)
    synced: list[str] = []
    real_fsync = fsio.os.fsync
    monkeypatch.setattr(fsio.os, "fsync", lambda fd: synced.append(fd) or real_fsync(fd))
    slow = store_samples(tmp_path / "slow")
    assert slow == fast and len(fast) == 6  # two articles, one of them stored twice: unchanged
    assert synced  # without syncfs every file and folder is fsynced
