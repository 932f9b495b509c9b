"""The pre-commit hook: the check itself, and the real pre-commit framework running it in a git repo."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner import hook
from cleaner.cli import app

from .conftest import EXE, FOOTER_RULE, ROOT, SAMPLES, SCRAPED, SYNDICATED

runner = CliRunner()


@pytest.fixture
def repo(tmp_path, monkeypatch):
    work = tmp_path / "work"
    (work / "news").mkdir(parents=True)
    shutil.copy(SCRAPED, work / "news" / "scraped.txt")
    shutil.copy(SYNDICATED, work / "news" / "syndicated.txt")
    monkeypatch.chdir(work)
    return work


def test_check_reports_missing_then_fix_writes_beside(repo):
    files = ["news/scraped.txt", "news/syndicated.txt"]
    reports = hook.check(files)
    assert [r.status for r in reports] == ["missing", "missing"]
    source_before = (repo / "news" / "scraped.txt").read_bytes()
    reports = hook.check(files, fix=True)
    assert [r.status for r in reports] == ["fixed", "fixed"]
    assert (repo / "news" / "scraped.txt").read_bytes() == source_before
    clean = (repo / "news" / "scraped.clean.txt").read_text("utf-8")
    assert clean == (SAMPLES / "expected" / SCRAPED.name).read_text("utf-8")
    side = json.loads((repo / "news" / "scraped.clean.json").read_text("utf-8"))
    assert side["source"] == "news/scraped.txt"
    assert [r.status for r in hook.check(files)] == ["ok", "ok"]
    # outputs passed back in (as a broad `files:` pattern would) are skipped, not checked
    assert hook.check(["news/scraped.clean.txt", "news/scraped.clean.json"])[0].status == "skipped"


def test_check_names_why_an_output_is_stale(repo, tmp_path):
    path = "news/syndicated.txt"
    hook.check([path], fix=True)
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "extra.toml").write_text(FOOTER_RULE)
    (report,) = hook.check([path], rules=[str(rules)])
    assert report.status == "stale" and "other rules" in report.reason

    (repo / path).write_bytes(SYNDICATED.read_bytes().replace(b"Turkey", b"Turkiye", 1))
    (report,) = hook.check([path])
    assert report.status == "stale" and "other bytes" in report.reason
    hook.check([path], fix=True)

    clean = repo / "news" / "syndicated.clean.txt"
    clean.write_text(clean.read_text("utf-8") + "\nhand edit\n", "utf-8")
    (report,) = hook.check([path])
    assert report.status == "stale" and "by hand" in report.reason


@pytest.mark.slow
def test_check_out_folder_and_bad_input(repo):
    (repo / "news" / "broken.txt").write_bytes(b"\x00\x00binary")
    result = runner.invoke(app, ["check", "--out", "clean", "--format", "json", "news/scraped.txt", "news/broken.txt"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    status = {f["path"]: f["status"] for f in data["files"]}
    assert status == {"news/scraped.txt": "missing", "news/broken.txt": "error"}
    result = runner.invoke(app, ["check", "--fix", "--out", "clean", "news/scraped.txt"])
    assert result.exit_code == 1 and "stage them" in result.stdout
    assert (repo / "clean" / "news" / "scraped.txt").is_file()
    assert (repo / "clean" / "news" / "scraped.json").is_file()
    result = runner.invoke(app, ["check", "--out", "clean", "news/scraped.txt", "clean/news/scraped.txt"])
    assert result.exit_code == 0, result.stdout
    assert runner.invoke(app, ["check"]).exit_code == 0  # nothing staged, nothing to do


# --- the real pre-commit framework -------------------------------------------------------------


def _git(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True, env=_env(cwd))


def _env(cwd: Path) -> dict[str, str]:
    home = cwd.parent / "home"
    home.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env.update(
        HOME=str(home),
        PRE_COMMIT_HOME=str(cwd.parent / "pre-commit-cache"),
        GIT_AUTHOR_NAME="t",
        GIT_AUTHOR_EMAIL="t@example.invalid",
        GIT_COMMITTER_NAME="t",
        GIT_COMMITTER_EMAIL="t@example.invalid",
        GIT_CONFIG_NOSYSTEM="1",
        NO_COLOR="1",
    )
    return env


def _pre_commit(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).with_name("pre-commit")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "pre_commit"]
    return subprocess.run([*cmd, *args], cwd=cwd, capture_output=True, text=True, env=_env(cwd), timeout=120)


@pytest.mark.slow
def test_pre_commit_framework_runs_the_hook(tmp_path):
    pytest.importorskip("pre_commit")
    from pre_commit.all_languages import language_names

    # a hook repository holding this project's own manifest
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    shutil.copy(ROOT / ".pre-commit-hooks.yaml", hooks / ".pre-commit-hooks.yaml")
    _git(hooks, "init", "-q")
    _git(hooks, "add", ".pre-commit-hooks.yaml")
    _git(hooks, "commit", "-q", "-m", "hooks")
    rev = _git(hooks, "rev-parse", "HEAD").stdout.strip()

    # an archive repository that uses it; the hook runs the installed cleaner, so no network is needed
    work = tmp_path / "work"
    (work / "news").mkdir(parents=True)
    _git(work, "init", "-q")
    entry = f"{EXE} check" if EXE.exists() else f"{sys.executable} -m cleaner.cli check"
    language = "unsupported" if "unsupported" in language_names else "system"

    def config(*args: str) -> None:
        (work / ".pre-commit-config.yaml").write_text(
            "repos:\n"
            f"  - repo: {hooks}\n"
            f"    rev: {rev}\n"
            "    hooks:\n"
            "      - id: cleaner-check\n"
            f"        language: {language}\n"
            f"        entry: {entry}\n"
            f"        args: [{', '.join(args)}]\n"
        )

    config()
    (work / "README.md").write_text("archive\n")
    shutil.copy(SCRAPED, work / "news" / "story.txt")
    original = (work / "news" / "story.txt").read_bytes()
    _git(work, "add", ".")

    # check mode: fails, naming the file
    run = _pre_commit(work, "run")
    assert run.returncode == 1, run.stdout + run.stderr
    assert "news/story.txt: missing" in run.stdout
    assert not (work / "news" / "story.clean.txt").exists()

    # fix mode: writes the outputs, fails so they get staged, leaves the source alone
    config("--fix")
    _git(work, "add", ".pre-commit-config.yaml")
    run = _pre_commit(work, "run")
    assert run.returncode == 1
    assert "news/story.txt: fixed" in run.stdout
    assert (work / "news" / "story.txt").read_bytes() == original
    assert (work / "news" / "story.clean.txt").read_text("utf-8") == (SAMPLES / "expected" / SCRAPED.name).read_text(
        "utf-8"
    )

    # fixed state: with the outputs staged, the check passes and a real commit goes through
    config()
    _git(work, "add", ".")
    run = _pre_commit(work, "run")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Passed" in run.stdout
    install = _pre_commit(work, "install")
    assert install.returncode == 0, install.stderr
    commit = subprocess.run(
        ["git", "commit", "-q", "-m", "add story"], cwd=work, capture_output=True, text=True, env=_env(work)
    )
    assert commit.returncode == 0, commit.stdout + commit.stderr

    # a re-fetched source with other bytes makes the outputs stale: the commit is refused
    (work / "news" / "story.txt").write_bytes(original.replace(b"Senior", b"Top", 1))
    _git(work, "add", "news/story.txt")
    commit = subprocess.run(
        ["git", "commit", "-q", "-m", "refetch"], cwd=work, capture_output=True, text=True, env=_env(work)
    )
    assert commit.returncode != 0
    assert "news/story.txt: stale (made from other bytes of the source)" in commit.stdout + commit.stderr
