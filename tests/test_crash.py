"""Crashes: a real batch killed with SIGKILL at 20 random instants, and a disk that fills mid-write.

After every kill, ``cleaner verify`` passes (files not yet in the index are warnings: the index is
a catalogue of the files) and running the same command again gives an archive byte-identical to
an uninterrupted run. A write that fails for lack of space stops the batch with one clear error,
leaves no partial file, and the archive still verifies.
"""

from __future__ import annotations

import json
import os
import random
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.archive.fsio import is_temp
from cleaner.cli import app

from .conftest import SAMPLES
from .helpers import wait_for

pytestmark = pytest.mark.slow  # real subprocesses, kill -9, clusters or long property runs: deselect with -m "not slow"

SCRAPED = SAMPLES / "input" / "us-officials-armenia-scraped.txt"
SYNDICATED = SAMPLES / "input" / "karabakh-exodus-syndicated.txt"
EXE = Path(sys.executable).with_name("cleaner")
CMD = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "cleaner.cli"]
KILLS = 20
SEED = 20260611
runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def make_inputs(folder: Path, n: int) -> None:
    folder.mkdir()
    a, b = SCRAPED.read_text("utf-8"), SYNDICATED.read_text("utf-8")
    for i in range(n):
        src = a if i % 2 else b
        text = src.replace("Senior", f"Senior {i}", 1).replace("Turkey", f"Turkey {i}", 1)
        (folder / f"art-{i:03d}.txt").write_text(text, "utf-8")


def tree(root: Path) -> dict[str, bytes]:
    """Every file of the archive's articles (sources and versions), by relative path."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes() for p in sorted((root / "articles").rglob("*")) if p.is_file()
    }


def verify_errors(arch: Path) -> list[dict]:
    result = invoke("verify", arch, "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    errors = [f for f in findings if f["severity"] == "error"]
    assert (result.exit_code == 0) == (not errors), result.stdout
    return errors


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("crash")
    make_inputs(root / "in", 30)
    ref = root / "ref"
    assert invoke("clean", root / "in", "--archive", ref, "-q", "--jobs", "1").exit_code == 0
    return root, tree(ref)


def test_kill_9_at_twenty_random_instants(corpus, tmp_path):
    """Half the kills land by state (a tripwire stops the run after its Nth stored article, so the
    kill is mid-batch however fast or loaded the machine is); the other half at random instants
    (creation, a commit, the very end), which timing alone reaches."""
    root, reference = corpus
    rng = random.Random(SEED)
    n_articles = len({name.split("/")[1] for name in reference})
    by_state = 0
    for i in range(KILLS):
        arch = tmp_path / f"arch-{i:02d}"
        jobs = "2" if i % 2 else "1"
        env = dict(os.environ)
        wire = tmp_path / f"wire-{i:02d}"
        tripwire = i % 4 < 2
        if tripwire:
            env["CLEANER_TEST_TRIPWIRE"] = f"{rng.randint(1, n_articles - 1)}:{wire}"
        proc = subprocess.Popen(
            [*CMD, "clean", str(root / "in"), "--archive", str(arch), "-q", "--jobs", jobs],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            env=env,
        )
        if tripwire:
            wait_for(lambda w=wire, p=proc: w.exists() or p.poll() is not None, timeout=300)
            assert proc.poll() is None, "the run ended before its tripwire"
        else:
            # once k article folders exist (k random, 0 to all), plus a random few ms
            k, extra = rng.randint(0, n_articles), rng.uniform(0, 0.03)
            articles = arch / "articles"

            def reached(p=proc, a=arch, d=articles, k=k) -> bool:
                if p.poll() is not None:
                    return True
                made = (a / "cleaner-archive.json").exists()
                return made and (k == 0 or (d.is_dir() and sum(1 for _ in d.iterdir()) >= k))

            wait_for(reached, timeout=300)
            time.sleep(extra)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
        published = [name for name in tree(arch) if not is_temp(name.rsplit("/", 1)[-1])]
        if tripwire:
            assert len(published) < len(reference), f"kill {i} landed after the end"
            by_state += 1

        # whatever the instant: every version whole, verify passes
        assert verify_errors(arch) == [], f"kill {i}"
        # the same command again completes the work: the same bytes as an uninterrupted run
        again = invoke("clean", root / "in", "--archive", arch, "-q", "--jobs", "1")
        assert again.exit_code == 0, again.output
        assert tree(arch) == reference, f"kill {i}"
        result = invoke("verify", arch, "--format", "json")
        assert result.exit_code == 0 and json.loads(result.stdout)["findings"] == [], result.stdout
    assert by_state == KILLS // 2


def _cap_file_size(limit: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the cap fails with EFBIG

    return apply


def test_disk_full_mid_write_stops_the_batch_with_nothing_partial(corpus, tmp_path):
    """A file-size cap (RLIMIT_FSIZE) stands in for a full disk: the big article's source cannot be
    written. The batch stops with one clear error, what was stored before stays whole, and a rerun
    with room completes the archive exactly."""
    root, _ = corpus
    src = tmp_path / "in"
    src.mkdir()
    for p in sorted((root / "in").iterdir())[:6]:
        (src / p.name).write_bytes(p.read_bytes())
    big = (SCRAPED.read_text("utf-8") + "\n\n") * 40  # ~200 KB
    (src / "art-003-big.txt").write_text(big, "utf-8")
    arch = tmp_path / "arch"
    assert invoke("clean", src / "art-000.txt", "--archive", arch, "-q").exit_code == 0  # archive and index exist

    proc = subprocess.run(
        [*CMD, "clean", str(src), "--archive", str(arch), "--jobs", "1", "-q"],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=_cap_file_size(64 * 1024),
    )
    assert proc.returncode == 1
    assert proc.stderr.startswith("cleaner: error: cannot write ") and proc.stderr.count("\n") == 1
    assert "File too large" in proc.stderr and "nothing partial was kept" in proc.stderr
    assert "Traceback" not in proc.stderr
    files = tree(arch)
    assert not any(".tmp-" in name for name in files)
    assert not (arch / "articles" / "art-003-big").exists() or not list((arch / "articles" / "art-003-big").iterdir())
    stored = {name.split("/")[1] for name in files}
    assert stored == {"art-000", "art-001", "art-002"}  # in input order, up to the failed write
    assert verify_errors(arch) == []

    again = invoke("clean", src, "--archive", arch, "-q")
    assert again.exit_code == 0
    fresh = tmp_path / "fresh"
    assert invoke("clean", src, "--archive", fresh, "-q").exit_code == 0
    assert tree(arch) == tree(fresh)
    assert verify_errors(arch) == []


def test_disk_full_in_an_output_folder(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_bytes(SCRAPED.read_bytes())
    (src / "b-big.txt").write_text((SCRAPED.read_text("utf-8") + "\n\n") * 40, "utf-8")
    out = tmp_path / "out"
    proc = subprocess.run(
        [*CMD, "clean", str(src), "--out", str(out), "--jobs", "1", "-q"],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=_cap_file_size(64 * 1024),
    )
    assert proc.returncode == 1 and "cannot write" in proc.stderr and "Traceback" not in proc.stderr
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "a.txt"]  # nothing of b-big, not even a temp file
