"""The versioned archive: ids, versions, fixity, reindex, locking, and killing a real batch."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.archive import Archive, ArchiveError, LockedError, make_id, verify
from cleaner.archive.index import Index
from cleaner.cli import app

from .conftest import EXE, FOOTER_RULE, SAMPLES, SCRAPED, SYNDICATED
from .helpers import tripwire_env, wait_for

INPUT = SAMPLES / "input"

runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def cli(*args, **kw):
    cmd = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "cleaner.cli"]
    return subprocess.run([*cmd, *map(str, args)], capture_output=True, timeout=120, **kw)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree(root: Path) -> dict[str, bytes]:
    """Every archive file but the index and the lock, by relative path."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes() for p in sorted((root / "articles").rglob("*")) if p.is_file()
    }


@pytest.fixture
def rules_dir(tmp_path):
    folder = tmp_path / "myrules"
    folder.mkdir()
    (folder / "footer-extra.toml").write_text(FOOTER_RULE)
    return folder


# --- ids ---------------------------------------------------------------------------------------


def test_ids_are_stable_safe_and_distinct():
    assert make_id("us-officials-armenia-scraped.txt") == "us-officials-armenia-scraped"
    assert make_id("story.html.gz") == "story"
    url = make_id("https://www.reuters.com/world/us-officials-2023-09-25/")
    assert url == make_id("http://reuters.com/world/us-officials-2023-09-25#comments")
    assert url.startswith("reuters.com_world_us-officials-2023-09-25-")
    hostile = ["../../etc/passwd", "CON", "a/../../b", "", "....", "é/ü?x=1&y=2", "x" * 500, "NUL.txt", "-rf"]
    ids = [make_id(k) for k in hostile]
    for i in ids:
        assert "/" not in i and "\\" not in i and not i.startswith((".", "-")) and len(i) <= 100
        assert i not in ("con", "nul", "", ".", "..")
    assert len(set(ids)) == len(ids)
    assert make_id("Story.txt") != make_id("story.txt")  # case-insensitive file systems stay safe


# --- versions ----------------------------------------------------------------------------------


def test_archive_versions_and_determinism(tmp_path, rules_dir):
    arch = tmp_path / "arch"
    result = invoke("clean", INPUT, "--archive", arch, "--format", "json", "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["statuses"] == {"new version": 2}
    assert json.loads(result.stdout)["new_sources"] == 2
    folder = arch / "articles" / "karabakh-exodus-syndicated"
    assert (folder / "source-1.txt").read_bytes() == SYNDICATED.read_bytes()
    assert (folder / "v1.txt").read_text("utf-8") == (SAMPLES / "expected" / SYNDICATED.name).read_text("utf-8")
    side = json.loads((folder / "v1.json").read_text("utf-8"))
    assert side["id"] == "karabakh-exodus-syndicated" and side["version"] == 1
    assert side["previous_sha256"] is None
    assert side["source_file"] == "source-1.txt" and side["source_file_sha256"] == sha(SYNDICATED)
    assert side["text_sha256"] == sha(folder / "v1.txt")
    first = tree(arch)

    # rerun: nothing new, nothing rewritten
    result = invoke("clean", INPUT, "--archive", arch, "--format", "json")
    assert json.loads(result.stdout)["statuses"] == {"unchanged": 2}
    assert json.loads(result.stdout)["new_sources"] == 0
    assert tree(arch) == first

    # a fresh archive from the same input is byte-identical (no times in files)
    arch2 = tmp_path / "arch2"
    assert invoke("clean", INPUT, "--archive", arch2, "-q").exit_code == 0
    assert tree(arch2) == first

    # a new rule that changes one article: v2 there, unchanged elsewhere
    result = invoke("clean", INPUT, "--archive", arch, "--rules", rules_dir, "--format", "json")
    assert json.loads(result.stdout)["statuses"] == {"new version": 1, "unchanged": 1}
    v2 = json.loads((folder / "v2.json").read_text("utf-8"))
    assert v2["version"] == 2 and v2["previous_sha256"] == sha(folder / "v1.json")
    assert v2["rules"]["name"] == "cleaner-core+footer-extra"
    assert "Armenia says more than 200" not in (folder / "v2.txt").read_text("utf-8")
    assert not (arch / "articles" / "us-officials-armenia-scraped" / "v2.json").exists()
    for name, data in first.items():  # versions are never rewritten
        assert (arch / name).read_bytes() == data

    # the index lists articles, versions, hashes, rule sets and times
    db = sqlite3.connect(arch / "index.sqlite")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    rows = db.execute(
        "SELECT n, rules_name, sidecar_sha256, created_at FROM versions WHERE article_id = ? ORDER BY n",
        ("karabakh-exodus-syndicated",),
    ).fetchall()
    assert [(r[0], r[1]) for r in rows] == [(1, "cleaner-core"), (2, "cleaner-core+footer-extra")]
    assert rows[1][2] == sha(folder / "v2.json") and rows[1][3].endswith("Z")
    assert db.execute("SELECT COUNT(*) FROM rulesets").fetchone()[0] == 2
    assert db.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 3
    db.close()

    # log and show
    result = invoke("log", "karabakh", "--archive", arch, "--format", "json")
    data = json.loads(result.stdout)
    assert [v["version"] for v in data["versions"]] == [1, 2]
    result = invoke("show", "karabakh-exodus-syndicated", "--archive", arch, "--diff")
    assert result.exit_code == 0
    assert "-Armenia says more than 200 people" in result.stdout
    result = invoke("show", folder / "v1.json")
    assert "[DATELINE-" in result.stdout or "[CREDITS-" in result.stdout
    result = invoke("show", "karabakh-exodus-syndicated", "--archive", arch, "--format", "json", "-v", "1")
    assert json.loads(result.stdout)["sidecar"]["version"] == 1
    result = invoke("show", "nope", "--archive", arch)
    assert result.exit_code == 1 and "no article" in result.stderr


def test_refetched_source_is_kept_as_new_source_version(tmp_path):
    arch = tmp_path / "arch"
    url = "https://example.com/news/karabakh"
    first = tmp_path / "fetch1.txt"
    first.write_bytes(SYNDICATED.read_bytes())
    second = tmp_path / "fetch2.txt"
    second.write_bytes(SYNDICATED.read_bytes().replace(b"Turkey", b"Turkiye", 1))
    assert invoke("clean", first, "--archive", arch, "--url", url, "-q").exit_code == 0
    assert invoke("clean", second, "--archive", arch, "--url", url, "-q").exit_code == 0
    folder = arch / "articles" / make_id(url)
    assert (folder / "source-1.txt").read_bytes() == first.read_bytes()
    assert (folder / "source-2.txt").read_bytes() == second.read_bytes()
    v2 = json.loads((folder / "v2.json").read_text("utf-8"))
    assert v2["source_version"] == 2 and v2["url"] == url
    # the old fetch again: a known source whose result is already archived
    result = invoke("clean", first, "--archive", arch, "--url", url, "--format", "json")
    assert json.loads(result.stdout)["statuses"] == {"unchanged": 1}
    assert sorted(p.name for p in folder.iterdir()) == [
        "source-1.txt",
        "source-2.txt",
        "v1.json",
        "v1.txt",
        "v2.json",
        "v2.txt",
    ]


def test_gzip_source_kept_compressed(tmp_path):
    import gzip

    src = tmp_path / "in" / "story.txt.gz"
    src.parent.mkdir()
    src.write_bytes(gzip.compress(SCRAPED.read_bytes(), mtime=0))
    arch = tmp_path / "arch"
    assert invoke("clean", src.parent, "--archive", arch, "-q").exit_code == 0
    folder = arch / "articles" / "story"
    assert (folder / "source-1.txt.gz").read_bytes() == src.read_bytes()
    assert (folder / "v1.txt").read_text("utf-8") == (SAMPLES / "expected" / SCRAPED.name).read_text("utf-8")
    assert invoke("verify", arch).exit_code == 0


def test_archive_refuses_a_folder_that_is_not_one(tmp_path):
    (tmp_path / "stuff.txt").write_text("x")
    result = invoke("clean", SCRAPED, "--archive", tmp_path)
    assert result.exit_code == 1 and "not a cleaner archive" in result.stderr
    result = invoke("verify", tmp_path)
    assert result.exit_code == 1 and "not a cleaner archive" in result.stderr


def test_archive_skips_itself_when_inside_the_input(tmp_path):
    (tmp_path / "a.txt").write_bytes(SCRAPED.read_bytes())
    arch = tmp_path / "arch"
    assert invoke("clean", tmp_path, "--archive", arch, "-q").exit_code == 0
    result = invoke("clean", tmp_path, "--archive", arch, "--format", "json")
    assert json.loads(result.stdout)["articles"] == 1


# --- fixity ------------------------------------------------------------------------------------


def test_verify_names_each_mismatch(tmp_path, rules_dir):
    arch = tmp_path / "arch"
    invoke("clean", INPUT, "--archive", arch, "-q")
    invoke("clean", INPUT, "--archive", arch, "-q", "--rules", rules_dir)
    result = invoke("verify", arch)
    assert result.exit_code == 0, result.stdout
    assert "ok" in result.stdout

    k = arch / "articles" / "karabakh-exodus-syndicated"
    u = arch / "articles" / "us-officials-armenia-scraped"
    (k / "v1.txt").write_bytes((k / "v1.txt").read_bytes() + b"tampered")
    (k / "v1.json").write_bytes((k / "v1.json").read_bytes().replace(b'"truncated": false', b'"truncated": true'))
    (u / "source-1.txt").write_bytes(b"someone edited the record")
    (u / "v1.txt").unlink()
    result = invoke("verify", arch, "--format", "json")
    assert result.exit_code == 1
    found = json.loads(result.stdout)["findings"]
    paths = {f["path"] for f in found if f["severity"] == "error"}
    assert paths == {
        "articles/karabakh-exodus-syndicated/v1.txt",
        "articles/karabakh-exodus-syndicated/v1.json",
        "articles/us-officials-armenia-scraped/source-1.txt",
        "articles/us-officials-armenia-scraped/v1.txt",
    }
    text = invoke("verify", arch).stdout
    assert text.count("MISMATCH") == len([f for f in found if f["severity"] == "error"])


def test_verify_without_index_still_checks_sidecars(tmp_path):
    arch = tmp_path / "arch"
    invoke("clean", INPUT, "--archive", arch, "-q")
    for p in arch.glob("index.sqlite*"):
        p.unlink()
    result = invoke("verify", arch)
    assert result.exit_code == 1 and "reindex" in result.stdout
    assert invoke("reindex", arch).exit_code == 0
    assert invoke("verify", arch).exit_code == 0


def test_reindex_rebuilds_the_same_catalogue(tmp_path, rules_dir):
    arch = tmp_path / "arch"
    invoke("clean", INPUT, "--archive", arch, "-q")
    invoke("clean", INPUT, "--archive", arch, "-q", "--rules", rules_dir)

    def catalogue():
        idx = Index(arch / "index.sqlite", readonly=True)
        try:
            return (
                [tuple(r)[:6] for r in idx.sources()],
                [tuple(r)[:10] for r in idx.versions()],
                idx.ids(),
            )
        finally:
            idx.close()

    before = catalogue()
    (arch / "index.sqlite").write_bytes(b"this is not a database")
    for extra in ("index.sqlite-wal", "index.sqlite-shm"):
        (arch / extra).unlink(missing_ok=True)
    result = invoke("reindex", arch, "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["versions"] == 3
    assert catalogue() == before
    assert list(arch.glob("index.sqlite.damaged-*"))  # the damaged one is kept, not deleted


# --- locking -----------------------------------------------------------------------------------


def test_lock_keeps_a_second_writer_out(tmp_path):
    arch = tmp_path / "arch"
    invoke("clean", SCRAPED, "--archive", arch, "-q")
    store = Archive.open(arch)
    with store.locked():
        with pytest.raises(LockedError):
            with Archive.open(arch).locked():
                pass
        proc = cli("clean", SYNDICATED, "--archive", arch)
        assert proc.returncode == 1
        assert b"locked by another cleaner command" in proc.stderr
        assert b"Traceback" not in proc.stderr
    assert not (arch / "articles" / "karabakh-exodus-syndicated").exists()
    proc = cli("clean", SYNDICATED, "--archive", arch, "-q")
    assert proc.returncode == 0, proc.stderr


def test_store_requires_lock(tmp_path):
    store = Archive.open(tmp_path / "a", create=True)
    with pytest.raises(ArchiveError):
        store.store(key="x", raw=b"x", suffix=".txt", text="x", sidecar={})


# --- kill and rerun ----------------------------------------------------------------------------


def _make_inputs(folder: Path, n: int) -> None:
    folder.mkdir()
    a, b = SCRAPED.read_text("utf-8"), SYNDICATED.read_text("utf-8")
    for i in range(n):
        src = a if i % 2 else b
        text = src.replace("Senior", f"Senior {i}", 1).replace("Turkey", f"Turkey {i}", 1)
        (folder / f"art-{i:04d}.txt").write_text(text, "utf-8")


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_killed_batch_leaves_no_partial_version_and_rerun_completes(tmp_path, jobs):
    inputs = tmp_path / "in"
    _make_inputs(inputs, 300)
    ref = tmp_path / "ref"
    assert cli("clean", inputs, "--archive", ref, "-q", "--jobs", "1").returncode == 0

    arch = tmp_path / "arch"
    cmd = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "cleaner.cli"]
    wire = tmp_path / "wire"
    proc = subprocess.Popen(
        [*cmd, "clean", str(inputs), "--archive", str(arch), "-q", "--jobs", jobs],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        env=tripwire_env(40, wire),  # stops after its 40th stored article: killed mid-batch by state
    )
    articles = arch / "articles"
    wait_for(lambda: wire.exists() or proc.poll() is not None)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the batch finished before it could be killed"
    done = sum(1 for _ in articles.iterdir())
    assert 0 < done < 300

    # no partial version: every sidecar is whole and has its text; no row without its files
    for side_path in articles.rglob("v*.json"):
        side = json.loads(side_path.read_text("utf-8"))
        text_path = side_path.with_suffix(".txt")
        assert sha(text_path) == side["text_sha256"]
    store = Archive.open(arch)
    idx = Index(arch / "index.sqlite", readonly=True)
    try:
        findings, _ = verify(store, index=idx)
    finally:
        idx.close()
    errors = [f for f in findings if f.severity == "error"]
    assert all("not in the index" in f.reason for f in errors), errors

    # the same command again completes the work, and the result is what an uninterrupted run makes
    again = cli("clean", inputs, "--archive", arch, "-q", "--jobs", jobs)
    assert again.returncode == 0, again.stderr
    assert tree(arch) == tree(ref)
    check = cli("verify", arch, "--format", "json")
    assert check.returncode == 0, check.stdout
    assert json.loads(check.stdout)["findings"] == []
