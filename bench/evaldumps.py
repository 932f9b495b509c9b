#!/usr/bin/env python3
"""Real extractors' dumps of the trafilatura-eval-dev pages, scored by their must / must-not snippets.

Usage:
    bench/evaldumps.py make DIR        # dump the 647 pages with the three extractors into DIR (~1 min on 2 cores)
    bench/evaldumps.py score DIR [--half tune|check|check-a|check-b|all] [-v]

``realtext-dev`` holds 127 pages; this turns the 647 pages of trafilatura-eval-dev, from other
sites in many languages, into the same kind of dumps (trafilatura favor_recall, readability-lxml's
text one line per block, newspaper4k: ``../shared/bench/make_realtext.py``'s extractors), and
scores the text engine on the snippets the corpus's own authors marked: of the ``without``
snippets the raw dump holds, the share the engine removes; of the ``with`` snippets the raw dump
holds, the share it keeps (``kept``: anything below 1.000 is body the engine lost). Labels made by
someone else's process, on sites the rules were not written on: a generalization check. Split by
registered domain like ``bench/realtext.py``: tune on ``tune``, quote ``check``.
The dumps are derived data: write them outside the project (they are not committed). ``make``
needs readability-lxml and newspaper4k (``pip install readability-lxml newspaper4k``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import unicodedata
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "trafilatura-eval-dev"
sys.path.insert(0, str(ROOT / "bench"))
from realtext import EXTRACTORS, in_part  # noqa: E402

_NAMES = {"trafilatura": "trafilatura-recall", "readability": "readability-text", "newspaper": "newspaper"}
_WS = re.compile(r"\s+")


def _dump(args: tuple[str, dict, str]) -> int:
    url, entry, out = args
    sys.path.insert(0, str(ROOT.parent / "shared" / "bench"))
    from shb_eval import extractor  # the reference bench's own extractor settings

    stem = Path(entry["file"]).name.split(".")[0]
    html = gzip.decompress((DATA / "pages" / Path(entry["file"]).name).read_bytes()).decode("utf-8", "replace")
    written = 0
    for short in EXTRACTORS:
        try:
            text = extractor(_NAMES[short])(html, url) or ""
        except Exception:  # an extractor that fails on a page leaves no dump, as in make_realtext.py
            continue
        if text.strip():
            Path(out, f"{stem}-{short}.txt").write_text(text.rstrip("\n") + "\n")
            labels = {"url": url, "with": entry["with"], "without": entry["without"]}
            Path(out, f"{stem}-{short}.json").write_text(json.dumps(labels, ensure_ascii=False))
            written += 1
    return written


def make(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    evaldata = json.loads((DATA / "evaldata.json").read_text())
    jobs = [(url, entry, str(out)) for url, entry in sorted(evaldata.items())]
    with ProcessPoolExecutor(2) as pool:
        print(f"{sum(pool.map(_dump, jobs, chunksize=8))} dumps written to {out}")


def _norm(text: str) -> str:
    """The snippet test's view of a text: NFKC, no soft hyphens, one space, lower case."""
    return _WS.sub(" ", unicodedata.normalize("NFKC", text).replace("\u00ad", "")).strip().lower()


def score(folder: Path, part: str, verbose: bool) -> None:
    import cleaner

    # per extractor: with-snippets in the raw dump, of them kept; without-snippets in it, of them removed
    totals = {name: [0, 0, 0, 0, 0] for name in EXTRACTORS}
    for labels_file in sorted(folder.glob("*.json")):
        labels = json.loads(labels_file.read_text())
        if not in_part(labels["url"], part):
            continue
        name = labels_file.stem.rsplit("-", 1)[1]
        raw_text = labels_file.with_suffix(".txt").read_text()
        raw, clean = _norm(raw_text), _norm(cleaner.clean_text(raw_text).text)
        t = totals[name]
        t[4] += 1
        for snippet in map(_norm, labels["with"]):
            if snippet and snippet in raw:
                t[0] += 1
                t[1] += snippet in clean
                if verbose and snippet not in clean:
                    print(f"LOST {labels_file.stem}: {snippet[:120]!r}")
        for snippet in map(_norm, labels["without"]):
            if snippet and snippet in raw:
                t[2] += 1
                t[3] += snippet not in clean
                if verbose and snippet in clean:
                    print(f"KEPT {labels_file.stem}: {snippet[:120]!r}")
    print(f"trafilatura-eval-dev dumps, half={part} (split by registered domain)")
    print(f"{'extractor':12s} {'dumps':>5s} {'kept (with)':>18s} {'removed (without)':>20s}")
    for name, (w, k, n, r, dumps) in totals.items():
        print(f"{name:12s} {dumps:5d} {k:6d}/{w:<5d} {k / max(w, 1):.3f} {r:8d}/{n:<5d} {r / max(n, 1):.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("action", choices=("make", "score"))
    ap.add_argument("dir", type=Path)
    ap.add_argument("--half", choices=("tune", "check", "check-a", "check-b", "all"), default="check")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each snippet lost or kept")
    args = ap.parse_args()
    if args.action == "make":
        make(args.dir)
    else:
        score(args.dir, args.half, args.verbose)


if __name__ == "__main__":
    main()
