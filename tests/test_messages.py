"""Messages a user reads when something is wrong (issue 11, "Messages"): each says what happened
and what to run, names the right process, shows paths unambiguously, and reaches a script's stdout
in JSON mode."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from typer.testing import CliRunner

from cleaner.cli import app

from .conftest import SCRAPED
from .helpers import wait_for

runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


HOLD_SHARED = """
import sys, time, pathlib
from cleaner.archive import Archive
a = Archive.open(sys.argv[1])
with a.locked(exclusive=False):
    pathlib.Path(sys.argv[2]).touch()
    time.sleep(120)
"""


def test_a_locked_archive_names_the_process_that_holds_it_not_the_last_writer(tmp_path):
    arch = tmp_path / "arch"
    assert invoke("clean", SCRAPED, "--archive", arch, "-q").exit_code == 0  # its pid stays in the lock file
    ready = tmp_path / "ready"
    reader = subprocess.Popen([sys.executable, "-c", HOLD_SHARED, str(arch), str(ready)])
    try:
        wait_for(lambda: ready.exists() or reader.poll() is not None)
        r = invoke("clean", SCRAPED, "--archive", arch, "-q")
        assert r.exit_code == 1
        assert "locked by another cleaner command" in r.stderr
        if os.path.exists("/proc/locks"):
            assert f"pid {reader.pid}, reading" in r.stderr, r.stderr
        r = invoke("reindex", arch, "--format", "json")
        assert r.exit_code == 1
        assert json.loads(r.stdout)["ok"] is False and "locked" in json.loads(r.stdout)["error"]
    finally:
        reader.kill()
        reader.wait()


def test_verify_json_on_a_locked_archive_answers_on_stdout(tmp_path):
    arch = tmp_path / "arch"
    assert invoke("clean", SCRAPED, "--archive", arch, "-q").exit_code == 0
    from cleaner.archive import Archive

    with Archive.open(arch).locked():
        r = invoke("verify", arch, "--format", "json")
    assert r.exit_code == 1
    answer = json.loads(r.stdout)
    assert answer["ok"] is False and "locked" in answer["error"]


def test_a_truncated_index_is_named_with_what_to_run(tmp_path, monkeypatch):
    arch = tmp_path / "arch"
    assert invoke("clean", SCRAPED, "--archive", arch, "-q").exit_code == 0
    import sqlite3

    from cleaner.archive import index as index_module

    def broken(self, article_id=None):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(index_module.Index, "versions", broken)
    r = invoke("log", SCRAPED.stem, "--archive", arch)
    assert r.exit_code == 1
    assert "internal error" not in r.stderr
    assert "index is damaged" in r.stderr and "cleaner reindex" in r.stderr


def test_out_of_memory_says_what_to_do(tmp_path, monkeypatch):
    import cleaner.batch

    def no_memory(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(cleaner.batch, "clean_one", no_memory)
    r = invoke("clean", SCRAPED)
    assert r.exit_code == 1
    assert "MemoryError" not in r.stderr and "out of memory" in r.stderr and "--max-size" in r.stderr


def test_a_newline_in_the_archive_path_is_shown_escaped(tmp_path):
    weird = tmp_path / "new\nline"
    r = invoke("verify", weird)
    assert r.exit_code == 1
    assert "new\\nline: no such file or folder" in r.stderr


def test_media_and_late_signatures_are_binary_not_an_encoding_problem(tmp_path):
    import random

    rng = random.Random(7)
    noise = bytes(rng.randrange(256) for _ in range(4000))
    cases = {
        "clip.html": b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41" + noise,
        "doc.html": b"\n\n%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n" + noise,
        "movie.txt": b"\x1aE\xdf\xa3" + noise,
    }
    src = tmp_path / "in"
    src.mkdir()
    for name, data in cases.items():
        (src / name).write_bytes(data)
    r = invoke("clean", src, "--out", tmp_path / "out", "--format", "json", "--jobs", "1")
    kinds = {f["path"].rsplit("/", 1)[-1]: (f["kind"], f["reason"]) for f in json.loads(r.stdout)["failures"]}
    assert {k: v[0] for k, v in kinds.items()} == dict.fromkeys(cases, "binary")
    assert "MP4" in kinds["clip.html"][1] and "PDF" in kinds["doc.html"][1]
