"""Fixity evidence survives (issue 11, items 2, 6 and 7): reindex no longer launders a tampered
version, verify reports a damaged or empty index instead of "ok", and a deleted source's number is
never given to new bytes."""

from __future__ import annotations

import hashlib
import json
import os

from typer.testing import CliRunner

from cleaner.cli import app

from .conftest import SCRAPED

runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def make(tmp_path):
    arch = tmp_path / "arch"
    assert invoke("clean", SCRAPED, "--archive", arch, "-q").exit_code == 0
    (folder,) = (arch / "articles").iterdir()
    return arch, folder


def tamper(folder):
    """Edit v1.txt and set the sidecar's text_sha256 to match: the sidecar alone cannot tell."""
    text = (folder / "v1.txt").read_text("utf-8").replace("Senior Biden", "Junior Biden")
    (folder / "v1.txt").write_text(text, "utf-8")
    side = json.loads((folder / "v1.json").read_text("utf-8"))
    side["text_sha256"] = hashlib.sha256(text.encode()).hexdigest()
    (folder / "v1.json").write_text(json.dumps(side, indent=2, sort_keys=True, ensure_ascii=False) + "\n", "utf-8")


def errors(arch) -> list[dict]:
    r = invoke("verify", arch, "--format", "json")
    found = [f for f in json.loads(r.stdout)["findings"] if f["severity"] == "error"]
    assert (r.exit_code == 1) == bool(found)
    return found


def test_reindex_keeps_the_evidence_of_a_tampered_version(tmp_path):
    arch, folder = make(tmp_path)
    tamper(folder)
    before = errors(arch)
    assert before and all("v1" in f["path"] for f in before)
    r = invoke("reindex", arch, "--format", "json")
    assert r.exit_code == 1  # it says so, it does not pass over it
    report = json.loads(r.stdout)
    assert any("v1.json" in d["path"] for d in report["disagreements"]), report
    assert report["old_index"].startswith("index.sqlite.replaced-")
    assert (arch / report["old_index"]).is_file()  # moved aside, not deleted
    after = errors(arch)
    assert after, "after reindex, verify must still report the tamper"
    assert {f["path"] for f in after} >= {f["path"] for f in before if "v1.txt" in f["path"]}
    assert errors(arch) == after  # and a second look says the same


def test_reindex_keeps_the_run_history(tmp_path):
    arch, _ = make(tmp_path)
    import sqlite3

    def runs():
        db = sqlite3.connect(arch / "index.sqlite")
        try:
            return db.execute("SELECT command FROM runs ORDER BY id").fetchall()
        finally:
            db.close()

    before = runs()
    assert before and invoke("reindex", arch).exit_code == 0
    assert runs() == before


def test_a_damaged_or_empty_index_is_an_error_with_the_fix_named(tmp_path):
    arch, _ = make(tmp_path)
    data = bytearray((arch / "index.sqlite").read_bytes())
    for i in range(len(data) // 2, len(data) // 2 + 2048):
        data[i] = (data[i] * 7 + 13) % 256  # random-looking bytes over the middle pages
    (arch / "index.sqlite").write_bytes(bytes(data))
    for extra in ("index.sqlite-wal", "index.sqlite-shm"):
        (arch / extra).unlink(missing_ok=True)
    (found,) = [f for f in errors(arch) if f["path"] == "index.sqlite"]
    assert "cleaner reindex" in found["reason"]
    (arch / "index.sqlite").write_bytes(b"")
    (found,) = [f for f in errors(arch) if f["path"] == "index.sqlite"]
    assert "empty" in found["reason"] and "cleaner reindex" in found["reason"]
    r = invoke("verify", arch)
    assert r.exit_code == 1 and " ok" not in r.stdout


def test_a_deleted_sources_number_is_never_reused(tmp_path):
    arch, folder = make(tmp_path)
    second = SCRAPED.read_text("utf-8").replace("Senior", "Very senior", 1)
    page = tmp_path / SCRAPED.name
    page.write_text(second, "utf-8")
    assert invoke("clean", page, "--archive", arch, "-q").exit_code == 0
    assert (folder / "source-2.txt").is_file()
    os.unlink(folder / "source-2.txt")
    third = SCRAPED.read_text("utf-8").replace("Senior", "Most senior", 1)
    page.write_text(third, "utf-8")
    assert invoke("clean", page, "--archive", arch, "-q").exit_code == 0
    assert not (folder / "source-2.txt").exists()  # the number stays with the bytes it named
    assert (folder / "source-3.txt").read_text("utf-8") == third
    reasons = [f["reason"] for f in errors(arch)]
    assert any("source-2" in r or "missing" in r for r in reasons)  # the deletion is still reported
