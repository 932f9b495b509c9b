#!/usr/bin/env python3
"""Quality of the text engine on a text set (<id>.txt + <id>.gold.json), one line per set.

Usage: python bench/quality.py [SET_DIR ...] [--show-failures N] [--family F]
Default set: ../shared/data/textset-dev. Metrics follow ../shared/data/README.md: 4-gram shingle
F1 and exact-token accuracy against the gold body, kept (gold paragraphs found whole), para (gold
paragraphs standing as an output paragraph), the share of injected lines removed per family, and
per metadata field the share right. Also prints articles/s and MB/s of clean_text alone.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import cleaner
from bench.common import TOKEN, prf

ROLES = ("reporting", "writing", "editing")
META = ("title", "label", "authors", "dateline", "captions", "credit_roles", "republisher")


def ws(s: str | None) -> str:
    return re.sub(r"\s+", " ", s or "").strip()


def fold(s: str | None) -> str:
    return ws(s).casefold()


def dash(s: str) -> str:
    return re.sub(r"[—–]", "-", ws(s))


def caption_ok(gold: dict, got: list) -> bool:
    want = set(TOKEN.findall(gold["text"].casefold()))
    for c in got:
        have = set(TOKEN.findall((c.get("text", "") + " " + c.get("credit", "")).casefold()))
        if want and len(want & have) / len(want) >= 0.8 and fold(gold["photographer"]) in fold(c.get("credit")):
            return True
    return False


def credits_ok(gold: dict, got: dict | None) -> bool:
    if not isinstance(got, dict):
        return False
    return all({fold(n) for n in gold.get(r) or []} == {fold(n) for n in got.get(r) or []} for r in ROLES)


def score_meta(gold: dict, side: dict) -> dict[str, list[bool]]:
    out: dict[str, list[bool]] = {k: [] for k in META}
    out["title"].append(fold(side.get("title")) == fold(gold["title"]) if gold["title"] else not side.get("title"))
    out["label"].append(fold(side.get("label")).strip(" -:") == fold(gold["label"]).strip(" -:"))
    out["authors"].append(sorted(map(fold, side.get("authors") or [])) == sorted(map(fold, gold["authors"])))
    if gold["dateline"]:
        dl = side.get("dateline") or {}
        out["dateline"].append(
            fold(dl.get("place")) == fold(gold["dateline"]["place"])
            and fold(dl.get("agency")) == fold(gold["dateline"]["agency"])
        )
    for cap in gold["captions"]:
        out["captions"].append(caption_ok(cap, side.get("captions") or []))
    if gold["credits"]:
        out["credit_roles"].append(credits_ok(gold["credits"], side.get("credits")))
    out["republisher"].append(fold(side.get("republisher")) == fold(gold["republisher"]))
    return out


def evaluate(set_dir: Path, show: int, family: str | None) -> str:
    items = sorted(set_dir.glob("*.gold.json"))
    if not items:
        raise SystemExit(f"{set_dir}: no *.gold.json files")
    ps, rs, acc, kept, para = [], [], [], [], []
    fam: dict[str, list[float]] = {}
    meta: dict[str, list[bool]] = {k: [] for k in META}
    failures: list[str] = []
    elapsed = 0.0
    size = 0
    for g in items:
        gold = json.loads(g.read_text("utf-8"))
        raw = g.with_name(g.name.replace(".gold.json", ".txt")).read_text("utf-8")
        size += len(raw.encode())
        t0 = time.perf_counter()
        doc = cleaner.clean_text(raw)
        elapsed += time.perf_counter() - t0
        out, side = doc.text, doc.to_sidecar()
        tp, fp, fn = prf(gold["text"], out)
        ps.append(tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0))
        rs.append(tp / (tp + fn) if tp + fn else 1.0)
        exact = TOKEN.findall(gold["text"]) == TOKEN.findall(out)
        acc.append(float(exact))
        o = " ".join(TOKEN.findall(out))
        out_paras = {dash(p) for p in re.split(r"\n\s*\n", out)}
        for gp in gold["text"].split("\n\n"):
            kept.append(float(" ".join(TOKEN.findall(gp)) in o))
            para.append(float(dash(gp) in out_paras))
            if " ".join(TOKEN.findall(gp)) not in o:
                failures.append(f"{g.name}: LOST {gp[:100]!r}")
        flat = " " + ws(out) + " "
        for inj in gold.get("injected", []):
            gone = " " + ws(inj["text"]) + " " not in flat
            fam.setdefault(inj["family"], []).append(float(gone))
            if not gone and (family is None or family == inj["family"]):
                failures.append(f"{g.name}: KEPT {inj['family']} {inj['text'][:100]!r}")
        m = score_meta(gold, side)
        for k, v in m.items():
            meta[k].extend(v)
            if family in (None, k) and not all(v):
                failures.append(f"{g.name}: META {k} got {_meta_repr(side, k)}")
    p, r = statistics.mean(ps), statistics.mean(rs)
    line = (
        f"{set_dir.name:18s} n={len(items):3d} F1={2 * p * r / (p + r):.3f} P={p:.3f} R={r:.3f} "
        f"acc={statistics.mean(acc):.3f} kept={statistics.mean(kept):.3f} para={statistics.mean(para):.3f}"
    )
    line += " | removed " + " ".join(f"{k}={statistics.mean(v):.2f}" for k, v in sorted(fam.items()))
    line += " | meta " + " ".join(f"{k}={statistics.mean(v):.2f}" for k, v in meta.items() if v)
    line += f" | {len(items) / elapsed:.0f} articles/s {size / elapsed / 1e6:.1f} MB/s"
    for f in failures[:show]:
        print("  " + f, file=sys.stderr)
    return line


def _meta_repr(side: dict, key: str) -> str:
    field = {"credit_roles": "credits"}.get(key, key)
    return json.dumps(side.get(field), ensure_ascii=False)[:200]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    here = Path(__file__).resolve().parent.parent
    ap.add_argument("sets", nargs="*", type=Path, default=[here.parent / "shared" / "data" / "textset-dev"])
    ap.add_argument("--show-failures", type=int, default=0, metavar="N")
    ap.add_argument("--family", default=None, help="only show failures of this family or metadata field")
    args = ap.parse_args()
    for s in args.sets:
        print(evaluate(s, args.show_failures, args.family))


if __name__ == "__main__":
    main()
