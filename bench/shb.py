#!/usr/bin/env python3
"""Score ``cleaner.clean_html`` against trafilatura alone on the ScrapingHub article benchmark.

Usage: python bench/shb.py [DATA_DIR] [--split dev|heldout|all] [--half tune|check|all] [--limit N] [--bytes] [--show N]
       [--best-of K]

Both extractors run in the same process on the same pages, so the two scores and the two speeds
are directly comparable. Metric: the benchmark's per-page 4-gram shingle precision and recall
averaged over pages, F1 of the two averages, and exact-token accuracy (share of pages whose
``\\w+`` tokens equal the gold body's). Pages are handed over as the reference scorer does
(UTF-8 decoded with replacement); ``--bytes`` passes our side the raw bytes instead, to exercise
its own decoding.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (
    DATA_ROOT,
    TOKEN,
    compare,
    load_shb,
    prf,
    print_speed,
    project_extractor,
    run_best_of,
    shb_score,
    trafilatura_default,
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", type=Path, default=DATA_ROOT / "shb-dev")
    ap.add_argument("--split", default="all", choices=("dev", "heldout", "all"))
    ap.add_argument(
        "--half",
        default="all",
        choices=("tune", "check", "all"),
        help="pages of the tune or check half, split by registered domain (bench/realtext.py's hash)",
    )
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--bytes", action="store_true", help="give clean_html the raw bytes")
    ap.add_argument("--show", type=int, default=0, help="list the N worst pages of ours")
    ap.add_argument(
        "--best-of",
        type=int,
        default=0,
        metavar="K",
        help="also run both K more times and print the ratio of each page's fastest run (steadier than one pass)",
    )
    args = ap.parse_args()

    pages = load_shb(args.data, args.split, args.limit, args.half)
    gold = {p.key: str(p.gold) for p in pages}
    traf, ours = trafilatura_default(), project_extractor()
    outs, times, warm = compare(pages, traf, ours, ours_bytes=args.bytes)
    results = {name: shb_score(gold, preds) for name, preds in outs.items()}
    for name, m in results.items():
        t = times[name]
        print(
            f"{name:12s} n={len(pages):3d} F1={m['f1']:.3f} P={m['precision']:.3f} R={m['recall']:.3f} "
            f"acc={m['accuracy']:.3f}  {len(pages) / t.wall:6.1f} pages/s  {1000 * t.wall / len(pages):6.1f} ms/page"
            f"  (cpu {1000 * t.cpu / len(pages):5.1f} ms/page)"
        )
    steady = None
    if args.best_of > 0:
        both = [("trafilatura", traf, False), ("clean_html", ours, args.bytes)]
        steady = (args.best_of, run_best_of(both, pages, args.best_of))
    print_speed(len(pages), times, warm, steady)
    if args.show:
        preds = outs["clean_html"]
        scored = []
        for p in pages:
            tp, fp, fn = prf(gold[p.key], preds[p.key])
            exact = TOKEN.findall(gold[p.key]) == TOKEN.findall(preds[p.key])
            scored.append((tp, fp, fn, exact, p))
        scored.sort(key=lambda x: x[0])
        for tp, fp, fn, exact, p in scored[: args.show]:
            print(f"  tp={tp:.2f} fp={fp:.2f} fn={fn:.2f} exact={exact} {p.key[:12]} {p.url}")


if __name__ == "__main__":
    main()
