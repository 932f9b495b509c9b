#!/usr/bin/env python3
"""Text engine throughput on one core: ``clean_text`` over a text set replicated to N articles.

Usage: python bench/throughput.py [SET_DIR] [-n 10000] [--sidecar] [--profile [--top 30]]

Prints articles/s and MB/s (UTF-8 bytes of input per second) of ``clean_text`` alone: no file
reading, no decoding, no writing. The set's ``*.txt`` files are read once and replicated in memory
(copy ``i`` is article ``i % len(set)``), so the figure does not depend on the disk. ``--sidecar``
also times ``to_sidecar()`` and its canonical JSON (what a batch does per article). ``--profile``
runs the same loop under cProfile and prints the functions that take the most time (cumulative
and own time), for finding what to speed up next.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import platform
import pstats
import sys
import time
from pathlib import Path

import cleaner
from cleaner.sidecar import dumps

DEFAULT_SET = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "textset-dev"


def load_set(folder: Path) -> list[str]:
    files = sorted(folder.glob("*.txt"))
    if not files:
        sys.exit(f"no .txt files in {folder}")
    return [f.read_text("utf-8") for f in files]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}"


def run(texts: list[str], n: int, *, sidecar: bool) -> tuple[float, int]:
    rules = cleaner.default_ruleset()
    clean = cleaner.clean_text
    size = 0
    start = time.perf_counter()
    for i in range(n):
        raw = texts[i % len(texts)]
        doc = clean(raw, rules=rules)
        if sidecar:
            dumps(doc.to_sidecar())
    elapsed = time.perf_counter() - start
    for i in range(n):
        size += len(texts[i % len(texts)].encode("utf-8"))
    return elapsed, size


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("set_dir", nargs="?", type=Path, default=DEFAULT_SET)
    ap.add_argument("-n", type=int, default=10_000, help="articles to clean (the set replicated)")
    ap.add_argument("--sidecar", action="store_true", help="also build each sidecar and its JSON bytes")
    ap.add_argument("--profile", action="store_true", help="run under cProfile and print the top functions")
    ap.add_argument("--top", type=int, default=30, help="functions to print with --profile")
    args = ap.parse_args()

    texts = load_set(args.set_dir)
    cleaner.clean_text(texts[0], rules=cleaner.default_ruleset())  # load rules, compile patterns
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        elapsed, size = run(texts, args.n, sidecar=args.sidecar)
        prof.disable()
        for key in ("cumulative", "tottime"):
            out = io.StringIO()
            pstats.Stats(prof, stream=out).strip_dirs().sort_stats(key).print_stats(args.top)
            print(f"--- by {key} ---")
            print(out.getvalue().split("\n\n", 1)[-1].rstrip())
        print(f"(under cProfile: {args.n / elapsed:.0f} articles/s; profiling slows everything down)")
        return
    elapsed, size = run(texts, args.n, sidecar=args.sidecar)
    what = "clean_text + sidecar JSON" if args.sidecar else "clean_text"
    print(f"{what}: {args.set_dir.name} ({len(texts)} articles) x{args.n / len(texts):.1f} = {args.n} articles")
    print(
        f"{args.n / elapsed:.0f} articles/s  {size / elapsed / 1e6:.2f} MB/s  "
        f"({elapsed:.2f} s, one core, mean article {size / args.n / 1000:.1f} kB)"
    )
    print(f"machine: {machine()}")


if __name__ == "__main__":
    main()
