#!/usr/bin/env python3
"""Every built-in pass must be linear in the input: time the engine on repetitive shapes at two
sizes and fail (exit 1) when 8x the input costs more than 14x the time.

Usage: bench/linearity.py [--base KB] [--shape NAME ...]

The shapes are the ones an adversarial probe found superlinear (issue 11): runs of short
same-looking lines (a stock table, a results list, "Yes" lines, alternating short lines), one
paragraph with thousands of syndication rewrites, hard-wrapped dumps, blank-line floods, and long
link-dense pages through clean_html. Per pass times come from the pipeline's own order; the total
decides. A benchmark, not a test: its verdict depends on the machine, so it never runs in pytest.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PROSE = (
    "The council said on Tuesday that the bridge would close for repairs in May, and that buses "
    "would replace the trams on the route until the work is finished late next year."
)


def table(n: int) -> str:
    rows = [f"ACME{i % 97:02d}  {10 + i % 50}.{i % 100:02d}  +{i % 7}.{i % 10}%  {1000 + i}" for i in range(n)]
    return PROSE + "\n\n" + "\n".join(rows) + "\n\n" + PROSE + "\n"


def yes_lines(n: int) -> str:
    return PROSE + "\n\n" + "\n\n".join("Yes" for _ in range(n)) + "\n\n" + PROSE + "\n"


def alternating(n: int) -> str:
    lines = [("Read more" if i % 2 else f"Team {i % 13} beat Team {i % 11}") for i in range(n)]
    return PROSE + "\n\n" + "\n".join(lines) + "\n\n" + PROSE + "\n"


def headlines(n: int) -> str:
    lines = [f"Minister visits flooded town number {i} as rain continues" for i in range(n)]
    return PROSE + "\n\n" + "\n\n".join(lines) + "\n"


def rewrites(n: int) -> str:
    quote = "Officials told RockedBuzz via Reuters that talks would go on. "
    return "LONDON (RockedBuzz via Reuters) - " + quote * n + "\n"


def wrapped(n: int) -> str:
    words = (PROSE + " ") * max(1, n)
    out, line = [], ""
    for w in words.split():
        width = 60 + (len(out) * 7) % 20
        if len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    out.append(line)
    return "\n".join(out) + "\n"


def blanks(n: int) -> str:
    return PROSE + "\n" * (n * 40) + PROSE + "\n"


def links_page(n: int) -> str:
    paras = "".join(
        f'<p>In <a href="/a{i}">one</a> of the <a href="/b{i}">towns</a>, {PROSE}</p>' for i in range(n)
    )
    return f"<html><head><title>Floods</title></head><body><article><h1>Floods</h1>{paras}</article></body></html>"


SHAPES: dict[str, tuple[Callable[[int], str], int, bool]] = {
    # name: (maker, units per KB at --base, html?)
    "table": (table, 25, False),
    "yes-lines": (yes_lines, 200, False),
    "alternating": (alternating, 40, False),
    "headlines": (headlines, 18, False),
    "rewrites": (rewrites, 16, False),
    "wrapped": (wrapped, 5, False),
    "blanks": (blanks, 25, False),
    "links-page": (links_page, 4, True),
}


def seconds(fn: Callable[[], object], budget: float = 0.3) -> float:
    """The best of several runs, repeated until ``budget`` seconds are spent (at least two):
    a millisecond run timed once is mostly noise."""
    best, spent, runs = float("inf"), 0.0, 0
    while runs < 2 or spent < budget:
        t = time.perf_counter()
        fn()
        took = time.perf_counter() - t
        best, spent, runs = min(best, took), spent + took, runs + 1
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", type=int, default=16, help="size of the small input, in KB (the large one is 8x)")
    ap.add_argument("--shape", action="append", choices=sorted(SHAPES))
    ap.add_argument("--limit", type=float, default=14.0, help="largest allowed time ratio for 8x the input")
    args = ap.parse_args(argv)
    import cleaner

    cleaner.clean_text(PROSE)  # load the rules once, outside the timings
    failed = []
    print(f"{'shape':12s} {'small':>9s} {'large':>9s} {'t small':>9s} {'t large':>9s} {'ratio':>6s}")
    for name in args.shape or sorted(SHAPES):
        make, per_kb, html = SHAPES[name]
        small, large = make(per_kb * args.base), make(per_kb * args.base * 8)
        run = cleaner.clean_html if html else cleaner.clean_text
        t1 = seconds(lambda s=small, f=run: f(s))
        t8 = seconds(lambda s=large, f=run: f(s))
        ratio = t8 / t1 if t1 > 0 else 0.0
        verdict = "ok" if ratio <= args.limit else "SUPERLINEAR"
        if verdict != "ok":
            failed.append(name)
        sizes = f"{len(small) / 1024:8.0f}K {len(large) / 1024:8.0f}K"
        print(f"{name:12s} {sizes} {t1:8.3f}s {t8:8.3f}s {ratio:6.1f} {verdict}")
    if failed:
        print(f"superlinear: {', '.join(failed)} (8x the input cost more than {args.limit:g}x the time)")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
