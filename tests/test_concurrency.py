"""Two runs on one archive at once: an OS lock lets one write; the other stops with a clear message.

Never a corrupted index, never a duplicate version: checked after real subprocesses race on an
existing archive, on an archive neither has created yet, and with a verify running beside a batch.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.archive.store import content
from cleaner.cli import app

from .conftest import SAMPLES
from .helpers import tripwire_env, wait_for

pytestmark = pytest.mark.slow  # real subprocesses, kill -9, clusters or long property runs: deselect with -m "not slow"

SCRAPED = SAMPLES / "input" / "us-officials-armenia-scraped.txt"
SYNDICATED = SAMPLES / "input" / "karabakh-exodus-syndicated.txt"
EXE = Path(sys.executable).with_name("cleaner")
CMD = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "cleaner.cli"]
LOCKED = "locked by another cleaner command"
runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def make_inputs(folder: Path, n: int, tag: str = "") -> None:
    folder.mkdir(parents=True)
    a, b = SCRAPED.read_text("utf-8"), SYNDICATED.read_text("utf-8")
    for i in range(n):
        src = a if i % 2 else b
        (folder / f"art-{i:03d}.txt").write_text(src.replace("Senior", f"Senior {tag}{i}", 1), "utf-8")


def tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes() for p in sorted((root / "articles").rglob("*")) if p.is_file()
    }


def start(*args) -> subprocess.Popen:
    return subprocess.Popen(
        [*CMD, *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )


def finish(proc: subprocess.Popen) -> tuple[int, str]:
    _, err = proc.communicate(timeout=120)
    assert "Traceback" not in err, err
    assert proc.returncode == 0 or (proc.returncode == 1 and LOCKED in err), (proc.returncode, err)
    return proc.returncode, err


def check_consistent(arch: Path) -> None:
    """verify passes; the index has one row per file, and every version number once per article."""
    result = invoke("verify", arch, "--format", "json")
    assert result.exit_code == 0, result.stdout
    assert json.loads(result.stdout)["findings"] == [], result.stdout
    db = sqlite3.connect(arch / "index.sqlite")
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = db.execute("SELECT article_id, n FROM versions").fetchall()
        sources = db.execute("SELECT article_id, n FROM sources").fetchall()
    finally:
        db.close()
    files = tree(arch)
    assert sorted(rows) == sorted(
        (name.split("/")[1], int(name.rsplit("/v", 1)[1][:-5])) for name in files if name.endswith(".json")
    )
    assert len(sources) == sum(1 for name in files if "/source-" in name)
    for folder in (arch / "articles").iterdir():
        sides = [json.loads(p.read_text("utf-8")) for p in sorted(folder.glob("v*.json"))]
        results = [(s["source_file_sha256"], json.dumps(content(s), sort_keys=True)) for s in sides]
        assert len(results) == len(set(results)), f"duplicate version in {folder.name}"


def test_two_batches_on_one_archive_at_once(tmp_path):
    """Five rounds of two batches started together, on the same and on overlapping inputs."""
    make_inputs(tmp_path / "a", 30, "a")
    make_inputs(tmp_path / "b", 30, "b")
    arch = tmp_path / "arch"
    assert invoke("clean", tmp_path / "a" / "art-000.txt", "--archive", arch, "-q").exit_code == 0
    outcomes = []
    for round_ in range(5):
        first = start("clean", tmp_path / "a", "--archive", arch, "-q", "--jobs", "2")
        if round_ % 2:
            time.sleep(0.05 * round_)
        second = start("clean", tmp_path / ("b" if round_ % 2 else "a"), "--archive", arch, "-q", "--jobs", "1")
        outcomes.append((finish(first)[0], finish(second)[0]))
        check_consistent(arch)
    # whether these rounds overlapped depends on the machine; this one overlaps by state: the
    # first run stops holding the lock after its 5th article, and the second must be refused
    wire = tmp_path / "wire"
    first = subprocess.Popen(
        [*CMD, "clean", str(tmp_path / "a"), "--archive", str(arch), "-q", "--jobs", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        env=tripwire_env(5, wire),
    )
    wait_for(lambda: wire.exists() or first.poll() is not None)
    assert first.poll() is None
    code, err = finish(start("clean", tmp_path / "b", "--archive", arch, "-q", "--jobs", "1"))
    assert code == 1 and LOCKED in err, (code, err)
    os.killpg(first.pid, signal.SIGKILL)
    first.wait(timeout=60)
    check_consistent(arch)
    # sequential runs finish whatever a locked-out run left: the same archive as one clean pass
    for folder in ("a", "b"):
        assert invoke("clean", tmp_path / folder, "--archive", arch, "-q").exit_code == 0
    check_consistent(arch)
    ref = tmp_path / "ref"
    invoke("clean", tmp_path / "a" / "art-000.txt", "--archive", ref, "-q")
    invoke("clean", tmp_path / "a", "--archive", ref, "-q")
    invoke("clean", tmp_path / "b", "--archive", ref, "-q")
    assert tree(arch) == tree(ref)


def test_two_batches_creating_the_same_archive(tmp_path):
    make_inputs(tmp_path / "a", 10)
    for round_ in range(4):
        arch = tmp_path / f"new-{round_}"
        procs = [start("clean", tmp_path / "a", "--archive", arch, "-q", "--jobs", "1") for _ in range(2)]
        codes = [finish(p)[0] for p in procs]
        assert 0 in codes, codes
        check_consistent(arch)


def test_verify_beside_a_batch(tmp_path):
    make_inputs(tmp_path / "a", 30)
    arch = tmp_path / "arch"
    assert invoke("clean", tmp_path / "a" / "art-000.txt", "--archive", arch, "-q").exit_code == 0
    # while a batch holds the archive (stopped by state after its 10th article), verify says busy
    wire = tmp_path / "wire"
    held = subprocess.Popen(
        [*CMD, "clean", str(tmp_path / "a"), "--archive", str(arch), "-q", "--jobs", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        env=tripwire_env(10, wire),
    )
    wait_for(lambda: wire.exists() or held.poll() is not None)
    proc = subprocess.run([*CMD, "verify", str(arch), "-q"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1 and LOCKED in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
    os.killpg(held.pid, signal.SIGKILL)
    held.wait(timeout=60)

    # and beside a running batch, verify only ever says ok or busy: never a mismatch
    batch = start("clean", tmp_path / "a", "--archive", arch, "-q", "--jobs", "1")
    # the batch holds the archive before the first verify runs: a verify started sooner (the batch
    # still importing on a loaded machine) would hold its shared lock and turn the batch away
    lock = arch / ".lock"
    wait_for(lambda: batch.poll() is not None or lock.read_text().strip() == str(batch.pid))
    seen = set()
    while batch.poll() is None:
        proc = subprocess.run([*CMD, "verify", str(arch), "-q"], capture_output=True, text=True, timeout=60)
        assert "Traceback" not in proc.stderr
        if proc.returncode == 1:
            assert LOCKED in proc.stderr, proc.stdout + proc.stderr  # never a mismatch: just "busy"
        seen.add(proc.returncode)
    assert seen <= {0, 1}, seen
    assert finish(batch)[0] == 0
    check_consistent(arch)
    assert subprocess.run([*CMD, "verify", str(arch), "-q"], capture_output=True, timeout=60).returncode == 0
