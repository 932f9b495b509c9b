"""Layouts the dev set never had: textset-dev's articles laid out again as dumps print them, and the
clean text compared with the clean text of the original layout (same paragraphs, whitespace inside
them aside).

Layouts: ``wrap`` (every paragraph hard-wrapped at its own width, 60 to 80 columns, single newlines
between paragraphs), ``indent`` (the same with first lines indented by four spaces), ``blank``
(wrapped, blank lines between paragraphs), ``crlf`` and ``single`` (the original lines with CRLF
ends, or with every blank line taken out). The widths are drawn with a fixed seed, so a run is
reproducible; another seed draws other widths. The dev set's gold is not used: what is measured is
whether the layout changes what the engine keeps and how it paragraphs it.

    .venv/bin/python bench/relayout.py                 # every layout, seed 11
    .venv/bin/python bench/relayout.py --layout wrap --seed 3 --show 5
"""

from __future__ import annotations

import argparse
import random
import re
import textwrap
from pathlib import Path

import cleaner

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "textset-dev"
LAYOUTS = ("wrap", "indent", "blank", "crlf", "single")
_SPACE = re.compile(r"\s+")


def relayout(source: str, layout: str, rng: random.Random) -> str:
    if layout == "crlf":
        return source.replace("\n", "\r\n")
    if layout == "single":
        return re.sub(r"\n\n+", "\n", source)
    paras = []
    for line in source.split("\n"):
        width = rng.randint(60, 80)
        indent = "    " if layout == "indent" and line.strip() else ""
        if len(indent + line) > width:
            wrapped = textwrap.wrap(
                line, width=width, initial_indent=indent, break_on_hyphens=False, break_long_words=False
            )
            paras.append("\n".join(wrapped))
        else:
            paras.append(indent + line)
    return ("\n\n" if layout == "blank" else "\n").join(paras)


def _paragraphs(text: str) -> list[str]:
    return [_SPACE.sub(" ", p).strip() for p in text.split("\n\n")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--layout", choices=LAYOUTS, action="append")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--show", type=int, default=0, help="print the first N texts whose paragraphs differ")
    args = parser.parse_args()
    files = sorted(DEV.glob("*.txt"))
    for layout in args.layout or LAYOUTS:
        rng = random.Random(args.seed)
        same = shown = 0
        for path in files:
            source = path.read_text("utf-8")
            want = _paragraphs(cleaner.clean_text(source).text)
            got = _paragraphs(cleaner.clean_text(relayout(source, layout, rng)).text)
            if got == want:
                same += 1
            elif shown < args.show:
                shown += 1
                print(f"  {path.name}: lost {[p[:60] for p in want if p not in got][:2]}")
                print(f"  {' ' * len(path.name)}  extra {[p[:60] for p in got if p not in want][:2]}")
        print(f"{layout:7s} {same}/{len(files)} texts with the original layout's paragraphs (seed {args.seed})")


if __name__ == "__main__":
    main()
