#!/usr/bin/env python3
"""Byte-for-byte outputs of ``clean_html`` on every HTML benchmark page, for changes meant to keep them.

Usage: python bench/html_identity.py save FILE
       python bench/html_identity.py compare FILE [--show N]

A speed change to the page layer must not change what it returns. ``bench/html_halves.py --diff``
compares the clean text only; this compares everything a caller gets: the text and the whole
sidecar (metadata, html facts, every removal with its rule and locator, counts) but the engine's
source hash (``rules.engine_sha256``, which any code edit changes). Every page of
shb-dev and trafilatura-eval-dev is cleaned once; a failure is recorded as its exception. Run
``save`` before the change and ``compare`` after it; the exit status is 1 when a page differs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import DATA_ROOT, load_shb, load_traf


def outputs() -> dict[str, str]:
    """Each page's clean text and sidecar JSON (or its exception), keyed by benchmark and page key."""
    from cleaner.html import clean_html
    from cleaner.sidecar import build_sidecar, dumps

    out: dict[str, str] = {}
    sets = (("shb", load_shb(DATA_ROOT / "shb-dev")), ("traf", load_traf(DATA_ROOT / "trafilatura-eval-dev")))
    for name, pages in sets:
        for p in pages:
            key = f"{name}:{p.key}"
            try:
                doc = clean_html(p.html, url=p.url)
            except Exception as e:  # a page that fails must keep failing the same way
                out[key] = f"error: {e!r}"
                continue
            side = build_sidecar(doc)
            # the engine's own source hash names the code, not what it returned: it changes with
            # any edit of the engine, so it is left out (the rule set's hash stays in)
            side["rules"].pop("engine_sha256", None)
            out[key] = doc.text + "\x00" + dumps(side)
    return out


def digest(out: dict[str, str]) -> str:
    return hashlib.sha256(json.dumps(out, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("action", choices=("save", "compare"))
    ap.add_argument("file", type=Path)
    ap.add_argument("--show", type=int, default=10, help="print the first N differing pages")
    args = ap.parse_args()
    out = outputs()
    if args.action == "save":
        args.file.write_text(json.dumps(out, ensure_ascii=False))
        print(f"{len(out)} pages saved, sha256 {digest(out)}")
        return
    old = json.loads(args.file.read_text())
    differ = sorted(k for k in old.keys() | out.keys() if old.get(k) != out.get(k))
    print(f"{len(old)} pages before, {len(out)} after; {len(differ)} differ; sha256 {digest(old)} -> {digest(out)}")
    for k in differ[: args.show]:
        a, b = old.get(k, ""), out.get(k, "")
        i = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
        print(f"  {k[:90]}\n    before: {a[max(0, i - 60) : i + 60]!r}\n    after:  {b[max(0, i - 60) : i + 60]!r}")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
