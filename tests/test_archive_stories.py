"""Stories in the archive (issue 15): copies of a wire story linked at store time, shown in each
version's sidecar (`story`, `copy_of`), listed by `cleaner copies`, named by `cleaner log`, and
rebuilt by `cleaner reindex`; none of it decides whether a result changed."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from cleaner.cli import app

from .conftest import SAMPLES

runner = CliRunner()
SCRAPED = SAMPLES / "input" / "us-officials-armenia-scraped.txt"
SYNDICATED = SAMPLES / "input" / "karabakh-exodus-syndicated.txt"


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def reuters_original() -> str:
    """The agency's own copy of the syndicated seed: the content farm's rewrites undone."""
    return SYNDICATED.read_text("utf-8").replace("RockedBuzz via Reuters", "Reuters")


def build(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a-reuters-karabakh.txt").write_text(reuters_original(), "utf-8")
    (src / "b-rockedbuzz-karabakh.txt").write_bytes(SYNDICATED.read_bytes())
    (src / "c-armenia-officials.txt").write_bytes(SCRAPED.read_bytes())
    arch = tmp_path / "arch"
    assert invoke("clean", src, "--archive", arch, "-q", "--jobs", "1").exit_code == 0
    return arch


def test_the_rockedbuzz_copy_is_linked_to_the_reuters_original(tmp_path, validate_sidecar):
    arch = build(tmp_path)
    r = invoke("copies", arch, "--format", "json")
    assert r.exit_code == 0
    clusters = json.loads(r.stdout)["clusters"]
    assert clusters == [
        {"members": ["a-reuters-karabakh", "b-rockedbuzz-karabakh"], "original": "a-reuters-karabakh"}
    ]
    copy = validate_sidecar(json.loads((arch / "articles" / "b-rockedbuzz-karabakh" / "v1.json").read_text()))
    assert copy["copy_of"] == "a-reuters-karabakh" and copy["story"] == "a-reuters-karabakh"
    other = json.loads((arch / "articles" / "c-armenia-officials" / "v1.json").read_text())
    assert other["story"] is None and other["copy_of"] is None  # a different story: not linked
    log = invoke("log", "b-rockedbuzz-karabakh", "--archive", arch)
    assert "a copy of a-reuters-karabakh" in log.stdout
    assert json.loads(invoke("log", "a-reuters-karabakh", "--archive", arch, "--format", "json").stdout)["story"][
        "original"
    ] == "a-reuters-karabakh"


def test_stories_do_not_make_new_versions_and_reindex_rebuilds_them(tmp_path):
    arch = build(tmp_path)
    before = invoke("copies", arch, "--format", "json").stdout
    r = invoke("clean", tmp_path / "in", "--archive", arch, "--format", "json", "--jobs", "1")
    assert json.loads(r.stdout)["statuses"] == {"unchanged": 3}
    assert invoke("reindex", arch).exit_code == 0
    assert invoke("copies", arch, "--format", "json").stdout == before
    text = invoke("copies", arch).stdout
    assert "original: a-reuters-karabakh" in text and "* a-reuters-karabakh" in text
