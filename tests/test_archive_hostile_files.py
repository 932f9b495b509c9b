"""Archive files that are not files (issue 11, item 4): a FIFO or a link to /dev/zero made verify and
show hang forever, and a link out of the archive made show print /etc/passwd. Archive files are
opened without following links and without blocking; anything not a regular file is refused, named."""

from __future__ import annotations

import json
import os
import shutil

import pytest
from typer.testing import CliRunner

from cleaner.cli import app

from .conftest import SCRAPED
from .helpers import no_hang

runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def archive(tmp_path):
    arch = tmp_path / "arch"
    assert invoke("clean", SCRAPED, "--archive", arch, "-q").exit_code == 0
    return arch


def folder(arch):
    (art,) = (arch / "articles").iterdir()
    return art


@pytest.mark.parametrize("make", ["fifo", "dev-zero", "outside-link"])
@pytest.mark.parametrize("which", ["v1.txt", "v1.json", "source-1.txt"])
def test_verify_and_show_refuse_what_is_not_a_regular_file(archive, tmp_path, make, which):
    path = folder(archive) / which
    assert path.is_file(), sorted(p.name for p in folder(archive).iterdir())
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:SECRET-LINE\n")
    path.unlink()
    if make == "fifo":
        os.mkfifo(path)
    elif make == "dev-zero":
        path.symlink_to("/dev/zero")
    else:
        path.symlink_to(secret)
    with no_hang(120):
        r = invoke("verify", archive, "--format", "json")
    assert r.exit_code == 1
    findings = json.loads(r.stdout)["findings"]
    assert any(which in f["path"] and "not a regular file" in f["reason"] for f in findings), findings
    with no_hang(120):
        r = invoke("show", SCRAPED.stem, "--archive", archive, "--format", "json")
    assert "SECRET-LINE" not in r.stdout
    if which != "source-1.txt":  # without its source, show still shows the version
        assert r.exit_code == 1 and "not a regular file" in r.stderr


def test_an_article_folder_that_links_out_is_not_followed(archive, tmp_path):
    outside = tmp_path / "outside"
    shutil.copytree(folder(archive), outside)
    (outside / "v1.txt").write_text("SECRET-LINE\n")
    art = folder(archive)
    shutil.rmtree(art)
    art.symlink_to(outside, target_is_directory=True)
    r = invoke("verify", archive, "--format", "json")
    assert r.exit_code == 1 and "symbolic link" in r.stdout
    r = invoke("show", SCRAPED.stem, "--archive", archive)
    assert r.exit_code == 1 and "SECRET-LINE" not in r.stdout and "not followed" in r.stderr
