"""Peak memory for one article stays within about 100 MB plus 20x the input (issue 11, item 5):
20 MB of blank lines around two sentences took 3.2 GB, 50 MB of newlines 7.6 GB, when every line
was a list entry. Measured as the peak resident size of a real `cleaner clean` process."""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

SENTENCE = "The council met on Tuesday to discuss the bridge closure and what it will cost the town.\n"


RUN = """
import resource, sys
from cleaner.cli import app
try:
    app(["clean", sys.argv[1], "--format", "json"])
except SystemExit as exc:
    code = exc.code
# VmHWM: this process's own peak (ru_maxrss keeps the forking parent's peak across exec on Linux)
try:
    with open("/proc/self/status") as fh:
        peak = next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:"))
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(peak, file=sys.stderr)
sys.exit(code)
"""


def peak_mb(path: Path) -> float:
    """The peak resident size of a fresh process cleaning ``path`` (its own, not its siblings')."""
    r = subprocess.run([sys.executable, "-c", RUN, str(path)], capture_output=True, timeout=600)
    assert r.returncode == 0, r.stderr
    assert SENTENCE.strip() in r.stdout.decode()
    return int(r.stderr.decode().split()[-1]) / 1024  # kilobytes on Linux


@pytest.mark.parametrize(
    ("name", "body", "packed"),
    [
        ("blank-lines.txt", "\n" * 20_000_000, False),
        ("spaces.txt", "   \n" * 5_000_000, False),
        ("newlines.txt.gz", "\n" * 50_000_000, True),
    ],
)
def test_peak_memory_follows_the_text_not_the_line_count(tmp_path, name, body, packed):
    data = (SENTENCE + body + SENTENCE).encode()
    path = tmp_path / name
    path.write_bytes(gzip.compress(data, 1) if packed else data)
    limit = 100 + 20 * len(data) / 1e6
    assert peak_mb(path) <= limit
