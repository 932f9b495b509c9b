#!/usr/bin/env python3
"""Both HTML benchmarks (shb-dev, trafilatura-eval-dev) on the tune and check halves, in one run.

Usage: python bench/html_halves.py [--cache DIR] [--save FILE] [--diff FILE] [--show tune|check]

Pages are split by registered domain with bench/realtext.py's hash (bench/common.py ``half_of``):
page-level rules are tuned on ``tune`` and quoted on ``check``, whose sites they never saw. Each
page goes through ``clean_html`` once; trafilatura's outputs, which do not change while the
project does, are kept in ``--cache`` (outside the project, default /tmp) after the first run.
No timing here: bench/shb.py prints the time ratio. ``--save`` writes our outputs as JSON and
``--diff`` names the pages whose output changed against such a file; ``--show`` lists our misses
and false positives on one half.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (
    DATA_ROOT,
    TOKEN,
    half_of,
    load_shb,
    load_traf,
    norm,
    prf,
    project_extractor,
    shb_score,
    snippet_counts,
    traf_score,
    trafilatura_default,
)

PARTS = ("tune", "check", "all")


def _outputs(pages: list, fn: object) -> dict[str, str]:
    out = {}
    for p in pages:
        try:
            out[p.key] = fn(p.html, p.url) or ""  # type: ignore[operator]
        except Exception as e:  # as in the reference scorers: a failure is an empty output
            print(f"  failed on {p.key}: {e!r}", file=sys.stderr)
            out[p.key] = ""
    return out


def _theirs(name: str, pages: list, cache: Path) -> dict[str, str]:
    path = cache / f"html_halves-trafilatura-{name}.json"
    if path.is_file():
        return json.loads(path.read_text())
    out = _outputs(pages, trafilatura_default())
    cache.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(out))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=Path("/tmp/cleaner-bench-cache"))
    ap.add_argument("--save", type=Path, help="write our outputs here (JSON)")
    ap.add_argument("--diff", type=Path, help="list pages whose output differs from this saved run")
    ap.add_argument("--show", choices=("tune", "check"), help="list our losses on this half")
    args = ap.parse_args()

    shb = load_shb(DATA_ROOT / "shb-dev")
    traf = load_traf(DATA_ROOT / "trafilatura-eval-dev")
    ours = project_extractor()
    outs = {"shb": _outputs(shb, ours), "traf": _outputs(traf, ours)}
    theirs = {"shb": _theirs("shb", shb, args.cache), "traf": _theirs("traf", traf, args.cache)}
    half = {p.key: half_of(p.url or p.key) for p in (*shb, *traf)}

    print(f"{'set':5s} {'half':6s} {'n':>4s}  {'trafilatura':28s}  clean_html")
    for part in PARTS:
        sel = [p for p in shb if part == "all" or half[p.key] == part]
        gold = {p.key: str(p.gold) for p in sel}
        a = shb_score(gold, {k: theirs["shb"][k] for k in gold})
        b = shb_score(gold, {k: outs["shb"][k] for k in gold})
        print(
            f"shb   {part:6s} {len(sel):4d}  F1={a['f1']:.3f} acc={a['accuracy']:.3f}            "
            f"F1={b['f1']:.4f} acc={b['accuracy']:.3f}"
        )
    for part in PARTS:
        sel = [p for p in traf if part == "all" or half[p.key] == part]
        a = traf_score(snippet_counts(theirs["traf"][p.key], p.gold) for p in sel)  # type: ignore[arg-type]
        b = traf_score(snippet_counts(outs["traf"][p.key], p.gold) for p in sel)  # type: ignore[arg-type]
        print(
            f"traf  {part:6s} {len(sel):4d}  P={a['precision']:.4f} R={a['recall']:.4f} F1={a['f1']:.3f}  "
            f"P={b['precision']:.4f} R={b['recall']:.4f} F1={b['f1']:.3f}"
        )
    if args.save:
        args.save.write_text(json.dumps(outs, ensure_ascii=False))
    if args.diff:
        old = json.loads(args.diff.read_text())
        for name, pages in (("shb", shb), ("traf", traf)):
            for p in pages:
                if old[name].get(p.key) != outs[name][p.key]:
                    extra = ""
                    if name == "shb":
                        before = TOKEN.findall(str(p.gold)) == TOKEN.findall(old[name].get(p.key, ""))
                        after = TOKEN.findall(str(p.gold)) == TOKEN.findall(outs[name][p.key])
                        t0, t1 = prf(str(p.gold), old[name].get(p.key, ""))[0], prf(str(p.gold), outs[name][p.key])[0]
                        extra = f" tp {t0:.3f}->{t1:.3f} exact {before}->{after}"
                    print(f"  changed {name} {half[p.key]:5s} {p.key[:70]}{extra}")
    if args.show:
        for p in shb:
            if half[p.key] == args.show:
                tp, fp, fn = prf(str(p.gold), outs["shb"][p.key])
                if fp or fn:
                    print(f"  shb tp={tp:.3f} fp={fp:.3f} fn={fn:.3f} {p.key[:12]} {p.url}")
        for p in traf:
            if half[p.key] != args.show:
                continue
            out, th = norm(outs["traf"][p.key]), norm(theirs["traf"][p.key])
            for w in p.gold["without"]:  # type: ignore[index]
                if norm(w) in out:
                    print(f"  FP {p.key[:70]} | {w[:80]}")
            for w in p.gold["with"]:  # type: ignore[index]
                if norm(w) not in out:
                    print(f"  FN {p.key[:70]} | {w[:80]} | {'trafilatura kept it' if norm(w) in th else 'both missed'}")


if __name__ == "__main__":
    main()
