#!/usr/bin/env python3
"""Score ``cleaner.clean_html`` against trafilatura alone on trafilatura's evaluation corpus.

Usage: python bench/traf.py [DATA_DIR] [--split dev|heldout|all] [--half tune|check|all] [--limit N] [--bytes] [--show]

Both extractors run in the same process on the same pages. Metric as in that corpus: a 'with'
snippet found in the output (whitespace-normalised substring) is a true positive, a 'without'
snippet found is a false positive; precision, recall, F1 and accuracy over all snippets. Pages
are handed over as the reference scorer does (UTF-8 decoded with replacement); ``--bytes`` passes
our side the raw bytes instead, to exercise its own decoding. ``--show`` lists our false
positives and misses.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (
    DATA_ROOT,
    compare,
    load_traf,
    norm,
    print_speed,
    project_extractor,
    snippet_counts,
    traf_score,
    trafilatura_default,
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", type=Path, default=DATA_ROOT / "trafilatura-eval-dev")
    ap.add_argument("--split", default="all", choices=("dev", "heldout", "all"))
    ap.add_argument(
        "--half",
        default="all",
        choices=("tune", "check", "all"),
        help="pages of the tune or check half, split by registered domain (bench/realtext.py's hash)",
    )
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--bytes", action="store_true", help="give clean_html the raw bytes")
    ap.add_argument("--show", action="store_true", help="list our false positives and misses")
    args = ap.parse_args()

    pages = load_traf(args.data, args.split, args.limit, args.half)
    traf, ours = trafilatura_default(), project_extractor()
    outs, times, warm = compare(pages, traf, ours, ours_bytes=args.bytes)
    results = {
        name: traf_score(snippet_counts(preds[p.key], p.gold) for p in pages)  # type: ignore[arg-type]
        for name, preds in outs.items()
    }
    for name, m in results.items():
        t = times[name]
        print(
            f"{name:12s} n={len(pages):3d} F1={m['f1']:.3f} P={m['precision']:.3f} R={m['recall']:.3f} "
            f"acc={m['accuracy']:.3f}  {len(pages) / t.wall:6.1f} pages/s  {1000 * t.wall / len(pages):6.1f} ms/page"
            f"  (cpu {1000 * t.cpu / len(pages):5.1f} ms/page)"
        )
    print_speed(len(pages), times, warm)
    if args.show:
        preds = outs["clean_html"]
        for p in pages:
            out = norm(preds[p.key])
            for w in p.gold["without"]:  # type: ignore[index]
                if norm(w) in out:
                    print(f"  FP {p.key[:60]} | {w[:80]}")
            theirs = norm(outs["trafilatura"][p.key])
            for w in p.gold["with"]:  # type: ignore[index]
                if norm(w) not in out:
                    kept = "trafilatura kept it" if norm(w) in theirs else "both missed"
                    print(f"  FN {p.key[:60]} | {w[:80]} | {kept}")


if __name__ == "__main__":
    main()
