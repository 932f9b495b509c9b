#!/usr/bin/env python3
"""Batch to archive: wall time and peak memory of ``cleaner clean DIR --archive A`` for N articles.

Usage:
    python bench/batch.py [-n 10000] [--jobs 1 2] [--sink archive|out|shards] [--engine local|dask]
                          [--repeat R] [--set SET_DIR] [--keep] [--corpus DIR]

Writes a corpus of N ``.txt`` articles into a temp folder (the text set replicated, 1,000 files per
sub-folder), then for each ``--jobs`` value runs the real command line in a fresh process, each
into a new archive, and prints: seconds, articles/s, speed-up over the first ``--jobs`` value, and
peak RSS measured four ways (below). ``--repeat R`` runs R rounds of every ``--jobs`` value, one
after the other, and prints each round's speed-up and their median: on a shared machine the CPU's
speed drifts by 10 to 30% over minutes, so one pair of runs can be far off either way.


- ``peak-main``: the peak RSS of the main ``cleaner`` process (its ``VmHWM``, sampled);
- ``peak-worker``: the largest peak RSS of one worker process (``VmHWM``, sampled);
- ``peak-proc``: the largest peak RSS of any single process of the run (the parent or one worker),
  from the kernel's accounting (``wait4`` ``ru_maxrss``);
- ``peak-tree``: the largest sum of RSS over the parent and its workers at one moment, sampled
  every 20 ms from ``/proc``.

Run it for two corpus sizes (``-n 10000`` then ``-n 100000``) to check that memory does not grow
with the corpus. Temp folders are removed unless ``--keep``; ``--tmp DIR`` puts them elsewhere.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SET = HERE.parent.parent / "shared" / "data" / "textset-dev"
PER_FOLDER = 1000


def make_corpus(src: Path, dest: Path, n: int) -> int:
    texts = [f.read_bytes() for f in sorted(src.glob("*.txt"))]
    if not texts:
        sys.exit(f"no .txt files in {src}")
    size = 0
    for i in range(n):
        folder = dest / f"d{i // PER_FOLDER:04d}"
        if i % PER_FOLDER == 0:
            folder.mkdir(parents=True)
        data = texts[i % len(texts)]
        (folder / f"a{i:07d}.txt").write_bytes(data)
        size += len(data)
    return size


def _tree_rss(pid: int, hwm: dict[int, int] | None = None) -> int:
    """RSS in bytes of a process and all its descendants, from /proc; ``hwm`` gets each one's peak."""
    total = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/statm") as fh:
                total += int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            if hwm is not None and p != pid:
                hwm[p] = max(hwm.get(p, 0), _hwm(p))
            for tid in os.listdir(f"/proc/{p}/task"):  # children are listed by the thread that made them
                with open(f"/proc/{p}/task/{tid}/children") as fh:
                    stack.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return total


def _hwm(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def run_once(cmd: list[str]) -> tuple[float, int, int, int, int, int]:
    """Run ``cmd``; return (seconds, exit code, and peak RSS of: the main process, any one worker,
    any one process (kernel accounting), the whole tree at once)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak_tree = peak_main = 0
    workers: dict[int, int] = {}
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_tree, peak_main
        while not done.is_set():
            peak_tree = max(peak_tree, _tree_rss(proc.pid, workers))
            peak_main = max(peak_main, _hwm(proc.pid))
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.returncode not in (0, 1):
        sys.stderr.write(err)
    return seconds, proc.returncode, peak_main, max(workers.values(), default=0), usage.ru_maxrss * 1024, peak_tree


class NullSink:
    def accept(self, outcome: object) -> str:
        return "written"


def null_run(corpus: str, jobs: int) -> None:
    from cleaner import batch, sources

    batch.run(sources.iter_expand([corpus]), batch.Options(), NullSink(), jobs=jobs)


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--null-run":
        null_run(sys.argv[2], int(sys.argv[3]))
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=10_000, help="articles in the corpus")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument(
        "--sink",
        choices=("archive", "out", "shards", "null"),
        default="archive",
        help="null: clean in workers and drop the results (batch.run with a sink that writes nothing)",
    )
    ap.add_argument("--engine", choices=("local", "dask"), default="local", help="dask: a LocalCluster of J workers")
    ap.add_argument(
        "--repeat", type=int, default=1, help="rounds of all --jobs values, interleaved; prints the median speed-up"
    )
    ap.add_argument("--set", dest="set_dir", type=Path, default=DEFAULT_SET)
    ap.add_argument("--tmp", type=Path, default=None, help="where to make the temp folders")
    ap.add_argument("--keep", action="store_true", help="keep the corpus and the archives")
    ap.add_argument("--corpus", type=Path, default=None, help="reuse a corpus a --keep run left (its -n articles)")
    args = ap.parse_args()

    exe = Path(sys.executable).with_name("cleaner")
    base = [str(exe)] if exe.exists() else [sys.executable, "-m", "cleaner.cli"]
    work = Path(tempfile.mkdtemp(prefix="cleaner-bench-", dir=args.tmp))
    try:
        t0 = time.perf_counter()
        corpus = work / "corpus"
        if args.corpus is not None:
            corpus = args.corpus
            size = sum(f.stat().st_size for f in corpus.rglob("*.txt"))
        else:
            size = make_corpus(args.set_dir, corpus, args.n)
        print(
            f"corpus: {args.n} articles, {size / 1e6:.1f} MB ({args.set_dir.name} replicated), "
            f"written in {time.perf_counter() - t0:.1f} s"
        )
        first = None
        speedups: dict[int, list[float]] = {}
        for rep in range(args.repeat):
            first = None  # each round compares its own runs: the machine's speed drifts between rounds
            for jobs in args.jobs:
                target = work / f"{args.sink}-j{jobs}-r{rep}"
                cmd = [*base, "clean", str(corpus), f"--{args.sink}", str(target), "--jobs", str(jobs), "--quiet"]
                if args.sink == "null":
                    cmd = [sys.executable, __file__, "--null-run", str(corpus), str(jobs)]
                if args.engine == "dask" or args.sink == "shards":
                    cmd += ["--engine", "dask"]
                seconds, code, peak_main, peak_worker, peak_proc, peak_tree = run_once(cmd)
                first = first or seconds
                speedups.setdefault(jobs, []).append(first / seconds)
                print(
                    f"--jobs {jobs}: {seconds:7.1f} s  {args.n / seconds:6.0f} articles/s  "
                    f"{size / seconds / 1e6:5.2f} MB/s  "
                    f"speed-up {first / seconds:4.2f}x  peak-main {peak_main / 2**20:5.1f} MiB  "
                    f"peak-worker {peak_worker / 2**20:5.1f} MiB  "
                    f"peak-proc {peak_proc / 2**20:5.1f} MiB  "
                    f"peak-tree {peak_tree / 2**20:6.1f} MiB  exit {code}"
                )
                # targets are removed at the end, not here: deleting tens of thousands of files keeps
                # the file system busy (ext4 scans recently deleted inodes) while the next run creates
        if args.repeat > 1:
            for jobs, values in speedups.items():
                shown_values = " ".join(f"{v:.2f}" for v in values)
                median = statistics.median(values)
                print(f"--jobs {jobs}: median speed-up {median:.2f}x over {len(values)} rounds ({shown_values})")
        engine = ["--engine", "dask"] if args.engine == "dask" or args.sink == "shards" else []
        shown = [*base, "clean", "CORPUS", f"--{args.sink}", "DEST", "--jobs", "J", "--quiet", *engine]
        print("command: " + " ".join(shown))
        from throughput import machine  # the sibling bench module

        print(f"machine: {machine()}")
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
