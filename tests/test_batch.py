"""Batches: worker processes, ordering, failures, summaries, and the whole tour as real subprocesses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import cleaner
from cleaner import batch
from cleaner.archive import make_id
from cleaner.cli import app
from cleaner.sources import expand

from .conftest import SAMPLES

INPUT = SAMPLES / "input"
SCRAPED = INPUT / "us-officials-armenia-scraped.txt"
SYNDICATED = INPUT / "karabakh-exodus-syndicated.txt"
EXE = Path(sys.executable).with_name("cleaner")

runner = CliRunner()


def make_corpus(folder: Path, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    a, b = SCRAPED.read_text("utf-8"), SYNDICATED.read_text("utf-8")
    for i in range(n):
        src = a if i % 2 else b
        (folder / f"art-{i:03d}.txt").write_text(src.replace("Senior", f"Senior {i}", 1), "utf-8")


class ListSink:
    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []

    def accept(self, outcome: batch.Outcome) -> str:
        self.seen.append((outcome.input.name, outcome.text or ""))
        return "written"


def test_workers_give_the_same_results_in_input_order(tmp_path):
    make_corpus(tmp_path / "in", 24)
    (tmp_path / "in" / "art-005.txt").write_bytes(b"\x00binary")
    items, _ = expand([str(tmp_path / "in")])
    opts = batch.Options()
    one, two = ListSink(), ListSink()
    s1 = batch.run(items, opts, one, jobs=1)
    s2 = batch.run(items, opts, two, jobs=2)
    assert one.seen == two.seen
    assert [name for name, _ in two.seen] == [i.name for i in items if i.name != "art-005.txt"]
    assert s1.to_dict()["statuses"] == s2.to_dict()["statuses"] == {"written": 23}
    assert s2.failed == [(str(tmp_path / "in" / "art-005.txt"), s2.failed[0][1])]
    assert "binary" in s2.failed[0][1]
    assert s2.families["related"] > 0
    assert sum(s2.rules.values()) == sum(s2.families.values())


def test_a_crashing_pass_is_reported_not_raised(monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("pass exploded")

    monkeypatch.setattr(cleaner, "clean_text", boom)
    items, _ = expand([str(SCRAPED)])
    outcome = batch.clean_one(items[0], batch.Options())
    assert not outcome.ok and outcome.error == "internal error: RuntimeError: pass exploded"


def test_interrupt_ends_the_batch_with_a_summary():
    class Interrupting(ListSink):
        def accept(self, outcome):
            if self.seen:
                raise KeyboardInterrupt
            return super().accept(outcome)

    items, _ = expand([str(INPUT)])
    summary = batch.run(items, batch.Options(), Interrupting(), jobs=1)
    assert summary.interrupted and summary.total == 1


def test_html_pages_get_their_id_from_the_url_in_the_page(tmp_path, monkeypatch):
    """Routing only: a stand-in front end, so this test does not depend on the HTML engine."""

    def fake_clean_html(data, *, url=None, rules=None):
        doc = cleaner.clean_text(SCRAPED.read_text("utf-8"), rules=rules)
        doc.metadata.url = url or "https://www.example.com/world/us-officials/"
        return doc

    monkeypatch.setattr(batch, "_clean_html", fake_clean_html)
    page = tmp_path / "in" / "saved-page.html"
    page.parent.mkdir()
    page.write_bytes(b"<!doctype html><html><body><p>stand-in</p></body></html>")
    arch = tmp_path / "arch"
    result = runner.invoke(app, ["clean", str(page.parent), "--archive", str(arch), "-q", "-j", "1"])
    assert result.exit_code == 0, result.output
    folder = arch / "articles" / make_id("https://example.com/world/us-officials")
    assert (folder / "source-1.html").read_bytes() == page.read_bytes()
    side = json.loads((folder / "v1.json").read_text("utf-8"))
    assert side["url"] == "https://www.example.com/world/us-officials/"
    assert side["source"] == "saved-page.html"


def test_html_front_end_errors_are_failures_not_crashes(tmp_path, monkeypatch):
    def failing(data, *, url=None, rules=None):
        raise cleaner.InputError("no article found in this page")

    monkeypatch.setattr(batch, "_clean_html", failing)
    (tmp_path / "a.html").write_text("<html></html>")
    result = runner.invoke(app, ["clean", str(tmp_path), "--out", str(tmp_path / "o"), "--format", "json"])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["failures"][0]["reason"] == "no article found in this page"


def test_same_output_name_from_two_folders_is_a_failure(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "story.txt").write_bytes(SCRAPED.read_bytes())
    result = runner.invoke(
        app, ["clean", str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(tmp_path / "o"), "--format", "json"]
    )
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert summary["ok"] == 1 and "same output name" in summary["failures"][0]["reason"]


def test_summary_table_and_quiet(tmp_path):
    result = runner.invoke(app, ["clean", str(INPUT), "--archive", str(tmp_path / "a")])
    assert result.exit_code == 0
    for row in ("articles", "new versions", "unchanged", "failed", "removed: related"):
        assert row in result.stdout
    result = runner.invoke(app, ["clean", str(INPUT), "--archive", str(tmp_path / "a"), "--quiet"])
    assert result.exit_code == 0 and result.stdout == ""


@pytest.mark.slow
@pytest.mark.skipif(not EXE.exists(), reason="console script not installed")
def test_tour_through_real_subprocesses(tmp_path):
    """The README tour, command by command, as a user runs it."""
    env = {**os.environ, "COLUMNS": "200", "CLEANER_ARCHIVE": str(tmp_path / "archive")}

    def run(*args: str, cwd: Path = tmp_path) -> subprocess.CompletedProcess:
        return subprocess.run([str(EXE), *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=120)

    make_corpus(tmp_path / "articles", 6)
    r = run("clean", "articles/", "--archive", "archive", "--jobs", "2")
    assert r.returncode == 0, r.stderr
    assert "new versions" in r.stdout
    r = run("show", "art-001")
    assert r.returncode == 0 and "[HEADLINE-001" in r.stdout
    assert run("verify", "archive").returncode == 0
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "x.toml").write_text(
        '[pack]\nfamily = "footer"\n[[rule]]\nid = "FOOTER-901"\ndescription = "test"\n'
        'pattern = "^Armenia says more than 200 people"\n'
    )
    r = run("clean", "articles/", "--archive", "archive", "--rules", "rules/", "--format", "json")
    assert json.loads(r.stdout)["statuses"] == {"new version": 3, "unchanged": 3}
    r = run("log", "art-000", "--format", "json")
    assert [v["version"] for v in json.loads(r.stdout)["versions"]] == [1, 2]
    r = run("show", "art-000", "--diff")
    assert r.returncode == 0 and "-Armenia says more than 200 people" in r.stdout
    (tmp_path / "archive" / "index.sqlite").unlink()
    r = run("reindex", "archive")
    assert r.returncode == 0 and "9 versions" in r.stdout
    r = run("verify", "archive")
    assert r.returncode == 0, r.stdout
    r = run("check", "articles/art-000.txt")
    assert r.returncode == 1 and "articles/art-000.txt: missing" in r.stdout
    assert run("check", "--fix", "articles/art-000.txt").returncode == 1
    assert run("check", "articles/art-000.txt").returncode == 0
    r = run("show", "does-not-exist")
    assert r.returncode == 1 and r.stderr.startswith("cleaner: error:") and "Traceback" not in r.stderr
