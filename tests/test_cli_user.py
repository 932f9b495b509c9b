"""What a new user tripped over (issue 17): each message and exit code through the real CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from cleaner.cli import app

from .conftest import SAMPLES

INPUT = SAMPLES / "input"
SCRAPED = INPUT / "us-officials-armenia-scraped.txt"
runner = CliRunner()


def invoke(*args: str | Path, cwd: Path | None = None):
    if cwd is None:
        return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)
    import os

    old = os.getcwd()
    os.chdir(cwd)
    try:
        return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)
    finally:
        os.chdir(old)


def arts(tmp_path: Path) -> Path:
    folder = tmp_path / "arts"
    shutil.copytree(INPUT, folder)
    return folder


def test_out_naming_a_file_is_said_once(tmp_path):
    (tmp_path / "afile").write_text("x")
    r = invoke("clean", arts(tmp_path), "--out", tmp_path / "afile")
    assert r.exit_code == 2
    assert r.stderr.count("\n") == 1 and "is a file, not a folder" in r.stderr
    assert "Errno" not in r.stderr


def test_out_equal_to_the_input_folder_says_so(tmp_path):
    folder = arts(tmp_path)
    r = invoke("clean", folder, "--out", folder)
    assert r.exit_code == 2
    assert "also an input folder" in r.stderr and "no .txt" not in r.stderr
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in INPUT.iterdir())


def test_missing_paths_are_no_such_file_or_folder(tmp_path):
    r = invoke("verify", tmp_path / "nonexist")
    assert r.exit_code == 1 and "no such file or folder" in r.stderr
    r = invoke("show", "nope", cwd=tmp_path)
    assert r.exit_code == 1 and "nope: no such file or folder" in r.stderr
    r = invoke("clean", tmp_path / "nonexist", "--out", tmp_path / "o9", "--format", "json")
    assert r.exit_code == 1
    summary = json.loads(r.stdout)
    assert summary["articles"] == 0  # a missing path is not an article
    assert [m["reason"] for m in summary["missing"]] == ["no such file or folder"]


def test_non_articles_in_a_folder_are_listed_as_skipped_not_failed(tmp_path):
    folder = arts(tmp_path)
    (folder / "report.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    r = invoke("clean", folder, "--out", tmp_path / "out", "--format", "json")
    assert r.exit_code == 0, r.stdout
    summary = json.loads(r.stdout)
    assert summary["articles"] == 2 and summary["failed"] == 0
    reasons = {Path(s["path"]).name: s["reason"] for s in summary["skipped"]}
    assert reasons["report.pdf"] == "looks like a PDF document"
    assert set(reasons) == {"report.pdf", "notes.docx"}
    r = invoke("clean", folder, "--out", tmp_path / "out2")
    assert "skipped" in r.stderr and "report.pdf" in r.stderr and "looks like a PDF document" in r.stderr


def test_summary_tells_removed_lifted_and_rewritten_apart(tmp_path):
    folder = arts(tmp_path)
    r = invoke("clean", folder, "--out", tmp_path / "out", "--format", "json")
    by_action = json.loads(r.stdout)["by_action"]
    assert by_action["removed"]["related"] >= 1
    assert by_action["lifted"]["headline"] == 1  # the title went into metadata, not away
    assert by_action["rewritten"]["dateline"] >= 1  # RockedBuzz repaired in place
    assert "headline" not in by_action["removed"]
    r = invoke("clean", folder, "--out", tmp_path / "out3")
    assert "lifted into metadata: headline" in r.stdout
    assert "rewritten in place: dateline" in r.stdout
    assert "removed: dateline" not in r.stdout and "removed: headline" not in r.stdout


def test_show_diff_on_a_raw_file_compares_source_and_clean_text():
    r = invoke("show", SCRAPED, "--diff")
    assert r.exit_code == 0, r.stderr
    assert "-Subscribe now to our Premium Plan" in r.stdout
    assert "source -> clean" in r.stdout


def test_show_diff_base_must_be_older(tmp_path):
    archive = tmp_path / "arch"
    invoke("clean", SCRAPED, "--archive", archive, "-q")
    invoke("clean", SCRAPED, "--archive", archive, "-q", "--language", "fr")  # other rules: a second version
    log = json.loads(invoke("log", SCRAPED.stem, "--archive", archive, "--format", "json").stdout)
    assert [v["version"] for v in log["versions"]] == [1, 2]
    r = invoke("show", SCRAPED.stem, "--archive", archive, "--diff", "--base", "2")
    assert r.exit_code == 2 and "not older than v2" in r.stderr
    assert "v2 -> v2" not in r.stdout
    assert invoke("show", SCRAPED.stem, "--archive", archive, "--diff", "--base", "1").exit_code == 0


def test_log_fits_80_columns(tmp_path):
    archive = tmp_path / "arch"
    invoke("clean", SCRAPED, "--archive", archive, "-q")
    r = runner.invoke(app, ["log", SCRAPED.stem, "--archive", str(archive)], env={"COLUMNS": "80"})
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert max(map(len, lines)) <= 80
    assert "…" not in r.stdout  # nothing cut to an ellipsis
    assert any(line.startswith("v1 ") for line in lines) and "cleaner-core" in r.stdout


def test_help_renders_plain_metavars():
    r = runner.invoke(app, ["clean", "--help"], env={"COLUMNS": "80"})
    assert "INPUTS..." in r.stdout
    assert "<bool>" not in r.stdout and "{inputs}" not in r.stdout and "<list[" not in r.stdout
    r = runner.invoke(app, ["--help"], env={"COLUMNS": "80"})
    assert "--install-completion" in r.stdout


# --- the library as documented ------------------------------------------------------------------


def test_metadata_reads_as_attributes_and_as_a_mapping():
    import cleaner

    doc = cleaner.clean_text(SCRAPED.read_text("utf-8"))
    assert doc.metadata["title"] == doc.metadata.title
    assert doc.metadata.get("no-such-field") is None and "authors" in doc.metadata
    import pytest

    with pytest.raises(KeyError):
        doc.metadata["no-such-field"]


def test_sidecar_dumps_gives_text():
    import cleaner
    from cleaner.sidecar import dumps

    out = dumps(cleaner.clean_text(SCRAPED.read_text("utf-8")).to_sidecar())
    assert isinstance(out, str) and out.endswith("\n") and json.loads(out)["title"]


def test_clean_html_names_a_pdf_as_the_cli_does(tmp_path):
    import pytest

    import cleaner

    pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>"
    with pytest.raises(cleaner.InputError, match="looks like a PDF document"):
        cleaner.clean_html(pdf)
    page = tmp_path / "page.html"
    page.write_bytes(pdf)
    r = invoke("clean", page)
    assert r.exit_code == 1 and "looks like a PDF document" in r.stderr


def test_the_package_shows_only_its_public_face():
    import cleaner

    assert dir(cleaner) == sorted(cleaner.__all__)
    assert not {"Any", "Path", "TYPE_CHECKING"} & set(dir(cleaner))


# --- conveniences ----------------------------------------------------------------------------


def test_several_inputs_print_under_headers_or_as_json_lines(tmp_path):
    folder = arts(tmp_path)
    files = sorted(folder.glob("*.txt"))
    r = invoke("clean", *files)
    assert r.exit_code == 0, r.stderr
    assert r.stdout.count("==> ") == 2 and f"==> {files[0]} <==" in r.stdout
    r = invoke("clean", *files, "--format", "jsonl")
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [row["path"] for row in rows] == [str(f) for f in files]
    assert all(row["text"] and row["sidecar"]["text_sha256"] for row in rows)


def test_folder_runs_give_one_json_line_per_article_then_the_summary(tmp_path):
    folder = arts(tmp_path)
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02\x03binary")
    r = invoke("clean", folder, "--out", tmp_path / "out", "--format", "jsonl", "--jobs", "1")
    assert r.exit_code == 1
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert rows[-1]["summary"]["articles"] == 3
    per_file = {row["name"]: row for row in rows[:-1]}
    assert per_file["broken.txt"]["status"] == "failed" and per_file["broken.txt"]["error"]
    assert per_file[SCRAPED.name]["status"] == "written" and per_file[SCRAPED.name]["removed"] > 0


def test_dry_run_says_what_would_change_and_writes_nothing(tmp_path):
    archive = tmp_path / "arch"
    invoke("clean", SCRAPED, "--archive", archive, "-q")

    def files() -> dict[str, bytes]:
        return {str(p): p.read_bytes() for p in sorted(archive.rglob("*")) if p.is_file() and "lock" not in p.name}

    before = files()
    r = invoke("clean", SCRAPED, "--archive", archive, "--dry-run")
    assert r.exit_code == 0 and "unchanged" in r.stdout and "same result as v1" in r.stdout
    r = invoke("clean", SCRAPED, "--archive", archive, "--dry-run", "--language", "fr", "--format", "json")
    assert json.loads(r.stdout)["statuses"] == {"would be new version": 1}
    r = invoke("clean", SCRAPED, "--archive", archive, "--dry-run", "--language", "fr")
    assert "result differs from v1 in" in r.stdout and "language" in r.stdout
    assert files() == before
    assert invoke("clean", SCRAPED, "--out", tmp_path / "o", "--dry-run").exit_code == 2


# --- configuration ------------------------------------------------------------------------------


def test_config_file_found_upwards_flags_override_isolated_ignores(tmp_path):
    proj = tmp_path / "proj"
    (proj / "deep" / "er").mkdir(parents=True)
    shutil.copy(SCRAPED, proj / "story.txt")
    (proj / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.cleaner]\nformat = "json"\njobs = 1\n')
    here = proj / "deep" / "er"
    r = invoke("clean", proj / "story.txt", cwd=here)
    assert r.exit_code == 0 and json.loads(r.stdout)["sidecar"]["title"]  # format = "json" applied
    r = invoke("clean", proj / "story.txt", "--format", "text", cwd=here)
    assert r.stdout.startswith("WASHINGTON (Reuters)")  # the flag wins
    r = invoke("--isolated", "clean", proj / "story.txt", cwd=here)
    assert r.stdout.startswith("WASHINGTON (Reuters)")  # the file is ignored


def test_cleaner_toml_paths_are_relative_to_the_file_and_out_beats_its_archive(tmp_path):
    proj = tmp_path / "proj"
    (proj / "sub").mkdir(parents=True)
    shutil.copy(SCRAPED, proj / "story.txt")
    (proj / "cleaner.toml").write_text('archive = "arch"\nquiet = true\n')
    r = invoke("clean", proj / "story.txt", cwd=proj / "sub")
    assert r.exit_code == 0 and (proj / "arch" / "cleaner-archive.json").is_file()
    r = invoke("clean", proj / "story.txt", "--out", tmp_path / "out", cwd=proj / "sub")
    assert r.exit_code == 0 and (tmp_path / "out" / "story.txt").is_file()


def test_a_bad_config_file_is_one_line_naming_the_setting(tmp_path):
    (tmp_path / "cleaner.toml").write_text("jobz = 4\n")
    r = invoke("clean", SCRAPED, cwd=tmp_path)
    assert r.exit_code == 1 and "unknown setting 'jobz'" in r.stderr and r.stderr.count("\n") == 1
    (tmp_path / "cleaner.toml").write_text("jobs = 'four'\n")
    r = invoke("clean", SCRAPED, cwd=tmp_path)
    assert r.exit_code == 1 and "wrong type" in r.stderr


def test_the_projects_own_pyproject_carries_no_cleaner_settings():
    import tomllib

    data = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text("utf-8"))
    assert "cleaner" not in data.get("tool", {})
