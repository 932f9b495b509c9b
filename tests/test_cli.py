"""The cleaner command through typer's runner and through a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import app

from .conftest import SAMPLES

ROOT = Path(__file__).resolve().parent.parent
INPUT = SAMPLES / "input"
SCRAPED = INPUT / "us-officials-armenia-scraped.txt"
SYNDICATED = INPUT / "karabakh-exodus-syndicated.txt"
EXE = Path(sys.executable).with_name("cleaner")

runner = CliRunner()


def invoke(*args: str, input: bytes | str | None = None):
    return runner.invoke(app, [str(a) for a in args], input=input, catch_exceptions=False)


def run_exe(*args: str, input: bytes | None = None, cwd: Path | None = None, env: dict | None = None):
    cmd = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "cleaner.cli"]
    full_env = {**os.environ, "COLUMNS": "200", **(env or {})}
    return subprocess.run([*cmd, *map(str, args)], input=input, capture_output=True, cwd=cwd, env=full_env, timeout=120)


def expected_text(path: Path) -> str:
    return (SAMPLES / "expected" / path.name).read_text("utf-8")


def test_clean_one_file_prints_clean_text():
    result = invoke("clean", SCRAPED)
    assert result.exit_code == 0
    assert result.stdout == expected_text(SCRAPED)


def test_clean_stdin():
    result = invoke("clean", "-", input=SYNDICATED.read_bytes())
    assert result.exit_code == 0
    assert result.stdout == expected_text(SYNDICATED)


def test_clean_json_format_has_text_and_sidecar():
    result = invoke("clean", SCRAPED, "--format", "json")
    data = json.loads(result.stdout)
    assert data["text"] == expected_text(SCRAPED)
    assert data["sidecar"]["source"] == SCRAPED.name
    assert data["sidecar"]["title"].startswith("Senior US officials")


def test_clean_url_recorded_in_sidecar():
    result = invoke("clean", SCRAPED, "--format", "json", "--url", "https://example.com/a")
    assert json.loads(result.stdout)["sidecar"]["url"] == "https://example.com/a"


def test_clean_folder_to_out(tmp_path):
    out = tmp_path / "out"
    result = invoke("clean", INPUT, "--out", out, "--quiet")
    assert result.exit_code == 0, result.output
    for src in INPUT.glob("*.txt"):
        assert (out / src.name).read_text("utf-8") == expected_text(src)
        side = json.loads((out / f"{src.stem}.json").read_text("utf-8"))
        assert side["source"] == src.name
        assert side["text_sha256"]
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [p.name for p in INPUT.glob("*.txt")] + [f"{p.stem}.json" for p in INPUT.glob("*.txt")]
    )


def test_clean_out_mirrors_subfolders_and_globs(tmp_path):
    src = tmp_path / "src"
    (src / "world").mkdir(parents=True)
    (src / "world" / "a.txt").write_bytes(SCRAPED.read_bytes())
    (src / "b.txt").write_bytes(SYNDICATED.read_bytes())
    (src / "notes.md").write_text("not an article")
    out = tmp_path / "out"
    assert invoke("clean", src, "--out", out, "-q").exit_code == 0
    assert (out / "world" / "a.txt").exists() and (out / "b.json").exists()
    assert not (out / "notes.txt").exists()
    out2 = tmp_path / "out2"
    assert invoke("clean", str(src / "**" / "*.txt"), "--out", out2, "-q").exit_code == 0
    assert (out2 / "a.txt").exists() and (out2 / "b.txt").exists()


def test_clean_several_inputs_without_destination_prints_each():
    result = invoke("clean", INPUT)  # a folder of two: both printed, each under its header
    assert result.exit_code == 0
    assert result.stdout.count("==> ") == 2


def test_missing_file_is_one_line_error():
    result = invoke("clean", "no/such/file.txt")
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0
    assert "no such file" in result.stderr


def test_batch_with_bad_file_reports_and_continues(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.txt").write_bytes(SCRAPED.read_bytes())
    (src / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    (src / "bomb.txt.gz").write_bytes(b"\x1f\x8b not gzip at all")
    out = tmp_path / "out"
    result = invoke("clean", src, "--out", out, "--format", "json", "--jobs", "1")
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert summary["articles"] == 3 and summary["ok"] == 1 and summary["failed"] == 2
    reasons = {Path(f["path"]).name: f["reason"] for f in summary["failures"]}
    assert "binary" in reasons["bad.txt"]
    assert "gzip" in reasons["bomb.txt.gz"]
    assert (out / "good.txt").exists()
    assert not (out / "bad.txt").exists() and not (out / "bad.json").exists()


def test_out_never_overwrites_input(tmp_path):
    (tmp_path / "a.txt").write_bytes(SCRAPED.read_bytes())
    result = invoke("clean", tmp_path / "a.txt", "--out", tmp_path, "-q")
    assert result.exit_code == 1
    assert (tmp_path / "a.txt").read_bytes() == SCRAPED.read_bytes()


def test_rules_lists_rules():
    result = invoke("rules")
    assert result.exit_code == 0
    assert "CAPTION-010" in result.stdout


def test_rules_json_and_user_pack(tmp_path):
    pack = tmp_path / "mine.toml"
    pack.write_text(
        '[pack]\nfamily = "prompt"\n\n[[rule]]\nid = "PROMPT-901"\n'
        'description = "Custom newsletter prompt"\nphrases = ["join our club"]\n'
    )
    data = json.loads(invoke("rules", "--rules", pack, "--format", "json").stdout)
    ids = {r["id"]: r for r in data["rules"]}
    assert ids["PROMPT-901"]["family"] == "prompt"
    assert data["ruleset"]["name"] == "cleaner-core+mine"  # the pack file names the set when [pack] has no name


def test_bad_rule_pack_is_one_line_error(tmp_path):
    pack = tmp_path / "bad.toml"
    pack.write_text("[pack]\nfamily = 'prompt'\n[[rule]]\nid = 'nope'\n")
    result = invoke("clean", SCRAPED, "--rules", pack)
    assert result.exit_code == 1
    assert "bad.toml" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.slow
def test_subprocess_clean_and_rules(tmp_path):
    proc = run_exe("clean", SCRAPED)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode("utf-8") == expected_text(SCRAPED)
    proc = run_exe("clean", "-", input=SYNDICATED.read_bytes())
    assert proc.stdout.decode("utf-8") == expected_text(SYNDICATED)
    proc = run_exe("clean", INPUT, "--out", tmp_path / "o", "--jobs", "2")
    assert proc.returncode == 0, proc.stderr
    assert "articles" in proc.stdout.decode()
    assert (tmp_path / "o" / SCRAPED.name).read_text("utf-8") == expected_text(SCRAPED)
    proc = run_exe("rules")
    assert proc.returncode == 0 and b"CAPTION-010" in proc.stdout
    proc = run_exe("clean", tmp_path / "missing.txt")
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252"])
def test_clean_decodes_text_encodings(tmp_path, encoding):
    text = SCRAPED.read_text("utf-8").replace("\u2019", "'").replace("\u2018", "'")
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode(encoding, "replace"))
    result = invoke("clean", path)
    assert result.exit_code == 0
    assert result.stdout.startswith("WASHINGTON (Reuters) - Senior Biden")


def test_show_raw_file_marks_removals_in_place():
    result = invoke("show", SYNDICATED)
    assert result.exit_code == 0
    assert "[-RockedBuzz via Reuters-]{+Reuters+}[DATELINE-" in result.stdout
    assert "[CREDITS-001 -> credits]" in result.stdout
    data = json.loads(invoke("show", SYNDICATED, "--format", "json").stdout)
    assert data["text"] == expected_text(SYNDICATED)


def test_rules_explain_and_version():
    result = invoke("rules", "--explain", "caption-010")
    assert result.exit_code == 0 and result.stdout.startswith("CAPTION-010")
    assert invoke("rules", "--explain", "NOPE-999").exit_code == 1
    assert invoke("--version").stdout.startswith("cleaner ")
