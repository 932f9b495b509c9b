#!/usr/bin/env python3
"""Real extractors' dumps (../shared/data/realtext-dev), scored leave-site-out.

Usage: bench/realtext.py [--half tune|check|check-a|check-b|all] [--rules DIR] [--set DIR]

The 377 dumps are 127 pages from many sites, each dumped by trafilatura, readability and
newspaper. Pages are split by registered domain into two halves (a stable hash of the domain,
never Python's ``hash()``), so whatever is tuned on ``tune`` is judged on ``check``, whose sites it
never saw. ``check`` splits again by site into ``check-a`` and ``check-b``: once ``tune`` has taught
all it can, ``check-a`` may be studied and ``check-b`` stays blind (the figure to quote).
For each extractor it prints the raw dump, the line oracle (keep exactly the lines that hold
gold text: the ceiling of line cleaning) and the project, with the reference scorer's
metrics, and ``way``: how much of the distance from raw F1 to oracle F1 the project covers (the
issue's target is 0.60, with ``kept`` not below ``min(raw, oracle) - 0.005``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "bench"))
from shb_eval import TOKEN, prf  # noqa: E402  (the reference scorer's own tokens and F1)

EXTRACTORS = ("trafilatura", "readability", "newspaper")
_SECOND = {"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "go"}


def site(url: str) -> str:
    """The registered domain, roughly: two labels, three under a country's second level (co.uk)."""
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    parts = host.split(".")
    n = 3 if len(parts) >= 3 and parts[-2] in _SECOND and len(parts[-1]) == 2 else 2
    return ".".join(parts[-n:])


def half(url: str) -> str:
    return "tune" if hashlib.sha1(site(url).encode()).digest()[0] % 2 == 0 else "check"


def quarter(url: str) -> str:
    """'check' split again by site: 'check-a' may be looked at once 'tune' is exhausted, 'check-b' stays blind."""
    h = half(url)
    return h if h == "tune" else ("check-a" if hashlib.sha1(site(url).encode()).digest()[1] % 2 == 0 else "check-b")


def in_part(url: str, part: str) -> bool:
    return part == "all" or half(url) == part or quarter(url) == part


def oracle(raw: str, gold: str) -> str:
    gtoks = " " + " ".join(TOKEN.findall(gold)) + " "
    keep = [ln for ln in raw.splitlines() if TOKEN.findall(ln) and (" " + " ".join(TOKEN.findall(ln)) + " ") in gtoks]
    return "\n\n".join(keep) + "\n"


def score(pairs: list[tuple[str, str]]) -> dict[str, float]:
    ps, rs, acc, kept = [], [], [], []
    for gold, out in pairs:
        tp, fp, fn = prf(gold, out)
        ps.append(tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0))
        rs.append(tp / (tp + fn) if tp + fn else 1.0)
        acc.append(float(TOKEN.findall(gold) == TOKEN.findall(out or "")))
        o = " ".join(TOKEN.findall(out or ""))
        kept.extend(float(" ".join(TOKEN.findall(gp)) in o) for gp in gold.split("\n\n"))
    p, r = statistics.mean(ps), statistics.mean(rs)
    return {"F1": 2 * p * r / (p + r), "acc": statistics.mean(acc), "kept": statistics.mean(kept), "n": len(pairs)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=("tune", "check", "check-a", "check-b", "all"), default="check")
    ap.add_argument("--rules", help="extra rule packs (a folder), as clean_text(rules=...)")
    ap.add_argument("--set", default=str(SHARED / "data" / "realtext-dev"))
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    import cleaner

    report: dict[str, dict[str, dict[str, float]]] = {}
    for ex in EXTRACTORS:
        rows: dict[str, list[tuple[str, str]]] = {"raw": [], "oracle": [], "project": []}
        for g in sorted(Path(args.set).glob(f"*-{ex}.gold.json")):
            gold = json.loads(g.read_text())
            if not in_part(gold["url"], args.half):
                continue
            raw = g.with_name(g.name.replace(".gold.json", ".txt")).read_text()
            doc = cleaner.clean_text(raw, rules=args.rules) if args.rules else cleaner.clean_text(raw)
            rows["raw"].append((gold["text"], raw))
            rows["oracle"].append((gold["text"], oracle(raw, gold["text"])))
            rows["project"].append((gold["text"], doc.text))
        report[ex] = {k: score(v) for k, v in rows.items()}
        r, o, p = (report[ex][k] for k in ("raw", "oracle", "project"))
        room = o["F1"] - r["F1"]
        p["way"] = (p["F1"] - r["F1"]) / room if room > 0 else 0.0
        p["kept_floor"] = min(r["kept"], o["kept"]) - 0.005
    if args.json:
        print(json.dumps(report, indent=1, sort_keys=True))
        return 0
    print(f"realtext-dev, half={args.half} (split by registered domain)")
    for ex, rows in report.items():
        for k, m in rows.items():
            extra = f" way={m['way']:+.2f} kept_floor={m['kept_floor']:.3f}" if k == "project" else ""
            print(f"{ex:12s} {k:8s} n={m['n']:3d} F1={m['F1']:.3f} acc={m['acc']:.3f} kept={m['kept']:.3f}{extra}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
