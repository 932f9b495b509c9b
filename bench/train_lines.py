#!/usr/bin/env python3
"""Train the learned line scorer (LEARNED-001) on real extractors' dumps, leave-site-out.

Usage: bench/train_lines.py [--write] [--budget 0.004]

Data: ../shared/data/realtext-dev (377 dumps of 127 news pages by trafilatura, readability and
newspaper, with gold bodies). Every block the engine leaves in the body is a sample; it is body
when its words occur, in order, in the gold text (the line oracle's test), boilerplate otherwise.
textset-dev is never used: its dressings would be memorised.

Leave-site-out: the pages are split by registered domain (bench/realtext.py's halves). A model is
trained on one half, its threshold set on that half so that at most ``--budget`` of the half's body
blocks would be removed, and it is scored on the other half; then the halves swap. The figures
printed are those of the held-out halves. ``--write`` then trains on both halves and writes
rules/learned.toml (weights, threshold, feature names), which ships in the package.

scikit-learn is needed here only (pip install -e '.[train]'); inference is plain Python.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import realtext  # noqa: E402  (split, oracle and scorer)

from cleaner.context import Context  # noqa: E402
from cleaner.passes import learned  # noqa: E402
from cleaner.passes.normalize import split_blocks  # noqa: E402
from cleaner.pipeline import passes  # noqa: E402
from cleaner.rules import build_ruleset  # noqa: E402

TOKEN = realtext.TOKEN


def body_blocks(raw: str, rules) -> list:
    """The blocks every pass before the scorer leaves in the body, as the scorer will see them."""
    ctx = Context(raw, rules, None)
    ctx.blocks = split_blocks(raw, rules, ctx.removed)
    for step in passes():
        if step is learned.PASS:
            break
        step.run(ctx)
    return [b for b in ctx.blocks if b.status == "body"]


def samples(set_dir: Path, rules) -> list[tuple[str, list[list[float]], list[int]]]:
    """Per dump: its half, its blocks' feature vectors and labels (1 = boilerplate)."""
    reporting = rules.pattern("SHARED-001")
    out = []
    for g in sorted(set_dir.glob("*.gold.json")):
        gold = json.loads(g.read_text())
        raw = g.with_name(g.name.replace(".gold.json", ".txt")).read_text()
        gtoks = " " + " ".join(TOKEN.findall(gold["text"])) + " "
        blocks = body_blocks(raw, rules)
        if len(blocks) < 3:
            continue
        xs = learned.vectors(blocks, reporting)
        ys = []
        for b in blocks:
            toks = TOKEN.findall(b.text)
            ys.append(0 if toks and (" " + " ".join(toks) + " ") in gtoks else 1)
        out.append((realtext.half(gold["url"]), xs, ys))
    return out


def fit(xs: list[list[float]], ys: list[int]):
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=1.0, max_iter=2000, fit_intercept=False)  # "bias" is a feature
    model.fit(xs, ys)
    return [float(w) for w in model.coef_[0]]


def threshold_for(weights: list[float], xs: list[list[float]], ys: list[int], budget: float, max_words: int) -> float:
    """The lowest threshold that removes at most ``budget`` of the body blocks it may judge."""
    body_scores = sorted(
        (learned.score(weights, x) for x, y in zip(xs, ys, strict=True) if y == 0 and _eligible(x, max_words)),
        reverse=True,
    )
    n_body = sum(1 for y in ys if y == 0)
    allowed = int(budget * n_body)
    if allowed >= len(body_scores):
        return 0.5
    return max(0.5, body_scores[allowed] + 1e-6)


def _eligible(x: list[float], max_words: int) -> bool:
    import math

    words = round(math.expm1(x[learned.FEATURES.index("log_words")]))
    return words <= max_words and not x[learned.FEATURES.index("reported")]


def pack(weights: list[float], threshold: float, max_words: int, note: str, status: str = "off") -> str:
    w = ", ".join(f"{v:.6f}" for v in weights)
    names = ", ".join(f'"{n}"' for n in learned.FEATURES)
    return f'''# The learned line scorer's model: written by bench/train_lines.py --write, never by hand.
# {note}
[pack]
name = "learned"
family = "learned"

[[rule]]
id = "LEARNED-001"
kind = "shape"
language = "*"
status = "{status}"  # off: measured leave-site-out, it loses body lines faster than it finds boilerplate
description = "A block the line scorer judges boilerplate with confidence: a logistic model over shallow features of the block and its neighbours (length, share of function words, sentence end, case, digits, symbols, links, address to the reader, position), trained on real extractors' dumps of news pages."
why = "Phrase rules only catch wordings someone wrote down; real pages carry furniture in wordings nobody listed, and its shape gives it away. Trained leave-site-out with a fixed budget of lost body lines; long blocks and reported speech are never removed on shape alone."
params = {{ threshold = {threshold:.6f}, max_words = {max_words}, features = [{names}], weights = [{w}] }}
examples = []
'''


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default=str(realtext.SHARED / "data" / "realtext-dev"))
    ap.add_argument("--budget", type=float, default=0.004, help="share of body blocks the threshold may remove")
    ap.add_argument("--max-words", type=int, default=25)
    ap.add_argument("--write", action="store_true", help="train on both halves and write rules/learned.toml")
    ap.add_argument("--on", action="store_true", help="with --write: ship the rule switched on")
    args = ap.parse_args(argv)
    rules = build_ruleset()
    data = samples(Path(args.set), rules)
    report = {}
    for train, test in (("tune", "check"), ("check", "tune")):
        xs = [x for h, dx, _ in data if h == train for x in dx]
        ys = [y for h, _, dy in data if h == train for y in dy]
        w = fit(xs, ys)
        t = threshold_for(w, xs, ys, args.budget, args.max_words)
        txs = [x for h, dx, _ in data if h == test for x in dx]
        tys = [y for h, _, dy in data if h == test for y in dy]
        removed = [(learned.score(w, x) >= t and _eligible(x, args.max_words), y) for x, y in zip(txs, tys, strict=True)]
        boiler = sum(1 for _, y in removed if y)
        body = sum(1 for _, y in removed if not y)
        report[f"{train}->{test}"] = {
            "threshold": round(t, 4),
            "boilerplate blocks removed": f"{sum(1 for r, y in removed if r and y)}/{boiler}",
            "body blocks removed": f"{sum(1 for r, y in removed if r and not y)}/{body}",
        }
    print(json.dumps(report, indent=1))
    if args.write:
        xs = [x for _, dx, _ in data for x in dx]
        ys = [y for _, _, dy in data for y in dy]
        w = fit(xs, ys)
        t = threshold_for(w, xs, ys, args.budget, args.max_words)
        note = f"{len(xs)} blocks of {len(data)} realtext-dev dumps; body-block budget {args.budget}; leave-site-out: {report}"
        status = "on" if args.on else "off"
        (ROOT / "rules" / "learned.toml").write_text(pack(w, t, args.max_words, note, status), "utf-8")
        print(f"wrote rules/learned.toml (threshold {t:.4f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
