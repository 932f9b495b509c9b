#!/usr/bin/env python3
"""Train the learned line scorer (LEARNED-001) on real extractors' output, leave-site-out.

Usage: bench/train_lines.py [--budget 0.001] [--write [--on]]

Data, both real and made by nobody on this project:
- ../shared/data/realtext-dev: 377 dumps of 127 news pages by trafilatura, readability and
  newspaper, with gold bodies. A block is body when its words occur, in order, in the gold text
  (or when most of its word trigrams do: a typo in the gold is no boilerplate), boilerplate when
  almost none of them do, and left out between the two.
- ../shared/data/trafilatura-eval-dev: 647 pages in many languages, extracted here with
  trafilatura (favor_recall, the way realtext-dev's trafilatura dumps were made). A block holding a
  ``with`` snippet is body, one holding (or inside) a ``without`` snippet is boilerplate; the
  rest is not labelled but still gives its neighbours their context.
textset-dev is never used: its dressings would be memorised.

Every sample is a block the rules before the scorer leave in the body and that the scorer may
judge (``learned.eligible``: short, not reported speech, not the first line, in the head or the
tail of the text); blocks a later pass takes anyway (the headline) are left out.

Leave-site-out: pages are split by registered domain (bench/realtext.py's halves, for both sets).
A model is trained on one half, its threshold set on that half so that at most ``--budget`` of the
half's body blocks would be removed, and it is scored on the other half; then the halves swap.
``--write`` trains on the ``tune`` half of realtext-dev and on every trafilatura-eval-dev page
whose site is not one of realtext-dev's ``check`` sites, so ``--half check`` (and its blind
``check-b``) stays held out, and writes rules/learned.toml.

The model is a small gradient-boosted ensemble of depth-3 trees (scikit-learn at development time
only, ``pip install -e '.[train]'``); it ships as data and runs in plain Python.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import realtext  # noqa: E402  (split, tokens)

import cleaner  # noqa: E402
from cleaner.article import BODY  # noqa: E402
from cleaner.passes import learned  # noqa: E402

TOKEN = realtext.TOKEN
TRAF = realtext.SHARED / "data" / "trafilatura-eval-dev"


def views(raw: str, rules, **page) -> list[tuple[str, learned.Doc, list[int]]]:
    """Two views of a text, each with the indices of the blocks the scorer may judge there:
    ``left``, the blocks the rules leave in the body (what the scorer sees; blocks a later pass
    takes anyway, the headline, are dropped), and ``all``, every block the splitter makes (the
    rules' own removals are real boilerplate in real wordings: they teach the model its shape)."""
    from cleaner.context import Context
    from cleaner.passes.normalize import split_blocks

    seen: list = []

    def spy(_pass, ctx) -> None:  # stands in for the scorer: keeps the blocks it would judge
        seen[:] = [b for b in ctx.blocks if b.status == BODY]

    run = learned.Learned.run
    learned.Learned.run = spy  # type: ignore[method-assign]
    try:
        if page:  # a page's extracted text, cleaned as clean_html cleans it
            from cleaner.pipeline import clean

            clean(raw, rules, **page)
        else:
            cleaner.clean_text(raw, rules=rules)
    finally:
        learned.Learned.run = run  # type: ignore[method-assign]
    reporting = rules.pattern("SHARED-001")
    out = []
    every = split_blocks(raw, rules, Context(raw, rules, page.get("language")).removed)
    for stage, blocks in (("left", seen), ("all", every)):
        if len(blocks) >= 3:
            doc = learned.Doc(blocks)
            keep = [
                i
                for i in range(doc.n)
                if learned.eligible(doc, i, reporting, MAX_WORDS) and (stage == "all" or blocks[i].status == BODY)
            ]
            out.append((stage, doc, keep))
    return out


def _records(got, label, text: str, page: dict | None = None, **meta) -> list[dict]:
    out = []
    for stage, doc, keep in got:
        xs, ys = [], []
        for i in keep:
            y = label(doc.blocks[i].text)
            if y is not None:
                xs.append(learned.features(doc, i))
                ys.append(y)
        record = {**meta, "stage": stage, "x": xs, "y": ys}
        if stage == "left":  # to judge the pass itself on it (``evaluate``)
            record.update(text=text, page=page or {}, label=label)
        out.append(record)
    return out


MAX_WORDS = 25
FROM_ENDS = True  # the pass cuts only runs of boilerplate that reach an end of the text
MIN_RUN = 2  # and only runs of two lines or more: a lone last line is a sign-off or a source line as often as not


def _grams(toks: list[str], k: int = 3) -> list[tuple[str, ...]]:
    return [tuple(toks[j : j + k]) for j in range(len(toks) - k + 1)]


def realtext_label(text: str, gtoks_s: str, ggrams: set) -> int | None:
    toks = TOKEN.findall(text)
    if not toks:
        return None
    if (" " + " ".join(toks) + " ") in gtoks_s:
        return 0
    grams = _grams(toks)
    if not grams:
        return 1
    share = sum(1 for g in grams if g in ggrams) / len(grams)
    return 0 if share >= 0.5 else 1 if share <= 0.15 else None


def realtext_samples(rules) -> list[dict]:
    out = []
    for g in sorted((realtext.SHARED / "data" / "realtext-dev").glob("*.gold.json")):
        gold = json.loads(g.read_text())
        raw = g.with_name(g.name.replace(".gold.json", ".txt")).read_text()
        gtoks = TOKEN.findall(gold["text"])
        gs, gg = " " + " ".join(gtoks) + " ", set(_grams(gtoks))
        site = realtext.site(gold["url"])
        out += _records(
            views(raw, rules),
            lambda t, gs=gs, gg=gg: realtext_label(t, gs, gg),
            raw,
            set="realtext",
            site=site,
            half=realtext.half(gold["url"]),
        )
    return out


def _norm(s: str) -> str:
    return " ".join(s.split())


def traf_texts(cache: Path | None) -> dict[str, dict]:
    if cache is not None and cache.exists():
        return json.loads(cache.read_text())
    import trafilatura

    ev = json.loads((TRAF / "evaldata.json").read_text())
    out = {}
    for url, v in sorted(ev.items()):
        html = gzip.open(TRAF / "pages" / v["file"]).read()
        text = trafilatura.extract(html, favor_recall=True, include_tables=True, deduplicate=False) or ""
        out[url] = {"text": text, "with": v["with"], "without": v["without"]}
    if cache is not None:
        cache.write_text(json.dumps(out))
    return out


def traf_samples(rules, cache: Path | None) -> list[dict]:
    out = []
    for url, page in traf_texts(cache).items():
        if not page["text"].strip():
            continue
        site = _traf_site(url)
        label = lambda t, p=page: snippet_label(t, p["with"], p["without"])  # noqa: E731
        text = page["text"] + "\n"
        out += _records(views(text, rules), label, text, set="traf", site=site, half="tune" if _half(site) else "check")
    return out


def extracted(cache: Path | None) -> dict[str, dict]:
    """The text clean_html hands the text engine (cleaner.html.extract) for every shb-dev and
    trafilatura-eval-dev page, with what the page knew (language, title, protected lines)."""
    if cache is not None and cache.exists():
        return json.loads(cache.read_text())
    from cleaner.errors import CleanerError
    from cleaner.html.extraction import extract

    shb = realtext.SHARED / "data" / "shb-dev"
    pages = [
        ("shb", v["url"], shb / "html" / f"{k}.html.gz", {"gold": v["articleBody"]})
        for k, v in sorted(json.loads((shb / "ground-truth.json").read_text()).items())
    ]
    ev = json.loads((TRAF / "evaldata.json").read_text())
    pages += [
        ("traf", url, TRAF / "pages" / v["file"], {"with": v["with"], "without": v["without"]})
        for url, v in sorted(ev.items())
    ]
    out = {}
    for name, url, path, labels in pages:
        try:
            ex = extract(gzip.open(path).read(), url=url if "://" in url else None)
        except CleanerError:
            continue
        out[f"{name} {url}"] = {
            "set": name,
            "url": url,
            "text": ex.text,
            "page": {
                "language": ex.language or "und",
                "known_title": ex.title or "",
                "structured": True,
                "protected": sorted(ex.protected),
            },
            **labels,
        }
    if cache is not None:
        cache.write_text(json.dumps(out))
    return out


def _traf_site(url: str) -> str:
    u = url.split("::", 1)[-1]
    return realtext.site(u if "://" in u else "http://" + u.split("-", 1)[0].split("/")[0])


def page_samples(rules, cache: Path | None) -> list[dict]:
    out = []
    for item in extracted(cache).values():
        page = dict(item["page"], protected=frozenset(item["page"]["protected"]))
        if item["set"] == "shb":
            gtoks = TOKEN.findall(item["gold"])
            gs, gg = " " + " ".join(gtoks) + " ", set(_grams(gtoks))
            label = lambda t, gs=gs, gg=gg: realtext_label(t, gs, gg)  # noqa: E731
            site = realtext.site(item["url"])
        else:
            label = lambda t, i=item: snippet_label(t, i["with"], i["without"])  # noqa: E731
            site = _traf_site(item["url"])
        half = "tune" if _half(site) else "check"
        out += _records(
            views(item["text"], rules, **page),
            label,
            item["text"],
            page,
            set=item["set"] + "-html",
            site=site,
            half=half,
        )
    return out


def _half(site: str) -> bool:
    import hashlib

    return hashlib.sha1(site.encode()).digest()[0] % 2 == 0


def snippet_label(text: str, with_: list[str], without: list[str]) -> int | None:
    t = _norm(text)
    body = any((s := _norm(w)) and (s in t or (len(t) >= 20 and t in s)) for w in with_)
    boiler = any((s := _norm(w)) and (s in t or (len(t) >= 8 and t in s)) for w in without)
    return int(boiler) if body != boiler else None


def fit(xs: list[list[float]], ys: list[int], trees: int, lr: float) -> dict:
    """A gradient-boosted ensemble, exported as plain lists (see learned.Model)."""
    from sklearn.ensemble import GradientBoostingClassifier

    model = GradientBoostingClassifier(
        n_estimators=trees, max_depth=3, learning_rate=lr, subsample=1.0, min_samples_leaf=20, random_state=0
    )
    model.fit(xs, ys)
    import math

    prior = model.init_.class_prior_[1]
    base = math.log(prior / (1 - prior))
    out = []
    for est in model.estimators_[:, 0]:
        t = est.tree_
        out.append(
            [
                [int(f) if t.children_left[k] != -1 else -1 for k, f in enumerate(t.feature)],
                [round(float(v), 6) for v in t.threshold],
                [int(v) for v in t.children_left],
                [int(v) for v in t.children_right],
                [round(float(v[0][0]) * lr, 6) for v in t.value],
            ]
        )
    return {"base": round(base, 6), "trees": out}


def threshold_for(data: list[dict], budget: float, trees: int, lr: float, folds: int = 5) -> float:
    """The lowest threshold that would have removed at most ``budget`` of the body blocks, on
    scores each block got from a model that never saw its site (``folds`` groups of sites): a
    threshold read off the training scores themselves would trust the trees' memory."""
    sites = sorted({d["site"] for d in data})
    body = []
    for k in range(folds):
        held = {s for j, s in enumerate(sites) if j % folds == k}
        xs, ys = _pool(data, lambda d, h=held: d["site"] not in h and d["stage"] in STAGES)
        model = learned.Model(**fit(xs, ys, trees, lr))
        body += [
            model.score(x)
            for d in data
            if d["site"] in held and d["stage"] == "left"
            for x, y in zip(d["x"], d["y"], strict=True)
            if y == 0
        ]
    body.sort(reverse=True)
    allowed = int(budget * len(body))
    return max(0.5, body[allowed] + 1e-6) if allowed < len(body) else 0.5


def auc(scores: list[float], ys: list[int]) -> float:
    pos = [s for s, y in zip(scores, ys, strict=True) if y]
    neg = sorted(s for s, y in zip(scores, ys, strict=True) if not y)
    import bisect

    if not pos or not neg:
        return float("nan")
    tot = sum(
        bisect.bisect_left(neg, p) + 0.5 * (bisect.bisect_right(neg, p) - bisect.bisect_left(neg, p)) for p in pos
    )
    return tot / (len(pos) * len(neg))


STAGES = ("left", "all")  # which views train the model (``views``); it is judged on "left" only


def _pool(data: list[dict], keep) -> tuple[list, list]:
    xs = [x for d in data if keep(d) for x in d["x"]]
    ys = [y for d in data if keep(d) for y in d["y"]]
    return xs, ys


def switched_on(fitted: dict, threshold: float, run_threshold: float):
    """The built-in rule set with LEARNED-001 on and this model in it."""
    import dataclasses

    rs = cleaner.default_ruleset()
    rule = rs.rule("LEARNED-001")
    params = {
        **rule.params,
        **fitted,
        "threshold": threshold,
        "run_threshold": run_threshold,
        "from_ends": FROM_ENDS,
        "min_run": MIN_RUN,
    }
    return dataclasses.replace(
        rs, rules={**rs.rules, "LEARNED-001": dataclasses.replace(rule, status="on", params=params)}
    )


def judge(records: list[dict], rules) -> dict:
    """Clean every text with the pass on; count its removals the labels call boilerplate and body
    (``boilerplate removed`` of all the boilerplate blocks it could have judged)."""
    from cleaner.pipeline import clean

    boiler = body = other = 0
    for d in records:
        page = dict(d["page"], protected=frozenset(d["page"].get("protected", ()))) if d["page"] else None
        doc = clean(d["text"], rules, **page) if page else cleaner.clean_text(d["text"], rules=rules)
        for r in doc.removed:
            if r.rule == "LEARNED-001":
                y = d["label"](r.text)
                boiler += y == 1
                body += y == 0
                other += y is None
    n_boiler = sum(sum(d["y"]) for d in records)
    n_body = sum(len(d["y"]) - sum(d["y"]) for d in records)
    return {
        "boilerplate removed": f"{boiler}/{n_boiler}",
        "body removed": f"{body}/{n_body}",
        "unlabelled removed": other,
    }


def evaluate(data: list[dict], args) -> dict:
    report = {}
    for train, test in (("tune", "check"), ("check", "tune")):
        part = [d for d in data if d["half"] == train]
        xs, ys = _pool(part, lambda d: d["stage"] in STAGES)
        fitted = fit(xs, ys, args.trees, args.lr)
        model = learned.Model(**fitted)
        t = threshold_for(part, args.budget, args.trees, args.lr)
        rules = switched_on(fitted, t, args.run_threshold)
        row: dict = {"threshold": round(t, 4)}
        for name in sorted({d["set"] for d in data}):
            held = [d for d in data if d["half"] == test and d["set"] == name and d["stage"] == "left"]
            txs, tys = _pool(held, lambda d: True)
            row[name] = {**judge(held, rules), "auc": round(auc([model.score(x) for x in txs], tys), 3)}
        report[f"{train}->{test}"] = row
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--budget", type=float, default=0.005, help="share of body blocks the threshold may remove")
    ap.add_argument("--trees", type=int, default=100)
    ap.add_argument("--lr", type=float, default=0.05)
    ap.add_argument("--run-threshold", type=float, default=0.5, help="the score that carries a run on from an end")
    ap.add_argument("--cache", help="a JSON file to keep trafilatura's extraction of the eval pages in")
    ap.add_argument("--no-traf", action="store_true", help="realtext-dev only")
    ap.add_argument("--left-only", action="store_true", help="train on the blocks the rules leave only")
    ap.add_argument("--write", action="store_true", help="train the shipped model and write rules/learned.toml")
    ap.add_argument("--on", action="store_true", help="with --write: ship the rule switched on")
    args = ap.parse_args(argv)
    global STAGES
    STAGES = ("left",) if args.left_only else ("left", "all")
    rules = cleaner.default_ruleset()
    data = realtext_samples(rules)
    if not args.no_traf:
        cache = Path(args.cache) if args.cache else None
        data += traf_samples(rules, cache)
        data += page_samples(rules, cache.with_name(cache.stem + "-pages.json") if cache else None)
    report = evaluate(data, args)
    print(json.dumps(report, indent=1))
    if args.write:
        check_sites = {d["site"] for d in data if d["set"] == "realtext" and d["half"] == "check"}
        part = [
            d
            for d in data
            if (d["set"] in ("realtext", "shb-html") and d["half"] == "tune")
            or (d["set"].startswith("traf") and d["site"] not in check_sites)
        ]
        xs, ys = _pool(part, lambda d: d["stage"] in STAGES)
        fitted = fit(xs, ys, args.trees, args.lr)
        t = threshold_for(part, args.budget, args.trees, args.lr)
        note = (
            f"{len(xs)} blocks (realtext-dev and shb-dev: tune half; trafilatura-eval-dev: all but realtext-dev's check sites); "
            f"body-block budget {args.budget}; {args.trees} trees, rate {args.lr}; leave-site-out: {json.dumps(report)}"
        )
        (ROOT / "rules" / "learned.toml").write_text(
            pack(fitted, t, args.run_threshold, note, "on" if args.on else "off"), "utf-8"
        )
        print(f"wrote rules/learned.toml (threshold {t:.4f})")
    return 0


OFF_NOTE = "  # off: on tune it changes nothing, on check-a one dump; leave-site-out it takes as much body as boilerplate (bench/README.md)"


def pack(fitted: dict, threshold: float, run_threshold: float, note: str, status: str) -> str:
    names = ", ".join(f'"{n}"' for n in learned.FEATURES)
    trees = ",\n".join(f'  "{learned.Model.encode(t)}"' for t in fitted["trees"])
    return f'''# The learned line scorer's model: written by bench/train_lines.py --write, never by hand.
# {note}
[pack]
name = "learned"
family = "learned"

[[rule]]
id = "LEARNED-001"
kind = "shape"
language = "*"
status = "{status}"{OFF_NOTE if status == "off" else ""}
description = "A run of short blocks at the head or the tail of the text, reaching its end, that the line scorer judges boilerplate with confidence: small gradient-boosted trees over shallow features of each block and its neighbours (length, share of function words, sentence end, case, digits, symbols, links, address to the reader, position, runs of short or like-shaped lines, repeats), trained on real extractors' output of news pages."
why = "Phrase rules only catch wordings someone wrote down; real pages carry furniture in wordings nobody listed, and its shape gives it away. Trained and measured leave-site-out (split by registered domain) with a fixed budget of lost body lines. It cuts only from an end of the text inward, a run of at least min_run lines started at the threshold and carried on at run_threshold, and stops at the first line it does not call boilerplate; long blocks, reported speech, the first line and anything between two paragraphs of running prose are never judged."
examples = []

[rule.params]
threshold = {threshold:.6f}
max_words = {MAX_WORDS}
from_ends = {str(FROM_ENDS).lower()}
run_threshold = {run_threshold}
min_run = {MIN_RUN}
features = [{names}]
base = {fitted["base"]}
trees = [
{trees},
]
'''


if __name__ == "__main__":
    raise SystemExit(main())
