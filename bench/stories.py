"""Time `cleaner learn` and story linking per article at scale, with peak memory.

    .venv/bin/python bench/stories.py -n 10000        # and -n 100000

Articles are made from textset-dev's gold bodies (read in place), each story printed by several
made-up sites with their own furniture, some as copies (cut, first paragraphs only, an UPDATE),
so both learning and linking have real work. Cleaning is not timed here (bench/throughput.py
times it): the learner is fed clean text directly. Prints articles/s for linking alone and for
learning (which links too), and the peak resident memory of this process.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cleaner.learn import Doc, learn
from cleaner.stories import Facts, StoryIndex

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "textset-dev"
SITES = 40


def _vocabulary() -> list[str]:
    words: dict[str, None] = {}
    for p in sorted(SHARED.glob("*-7.gold.json")):
        words.update(dict.fromkeys(json.loads(p.read_text("utf-8"))["text"].split()))
    return list(words)


def _story(vocab: list[str], story: int) -> list[str]:
    """A story of its own: ten paragraphs of words drawn from the dev set's vocabulary, Zipf-like."""
    rng = random.Random(story)
    weights = [1 / (i + 1) for i in range(len(vocab))]
    return [" ".join(rng.choices(vocab, weights, k=rng.randint(30, 70))) + "." for _ in range(10)]


def docs(n: int, seed: int = 0) -> Iterator[Doc]:
    rng = random.Random(seed)
    vocab = _vocabulary()
    paras: list[str] = []
    for i in range(n):
        story = i // 3  # about three prints of each story
        if i % 3 == 0:
            paras = _story(vocab, story)
        kind = rng.choice(("full", "full", "cut", "update"))
        body = paras
        if kind == "cut":
            body = paras[:5]
        elif kind == "update":
            body = [*paras, f"Officials said on day {story} that talks would continue."]
        site = rng.randrange(SITES)
        furniture = [f"Site {site} newsletter: the day's news at 6am. Sign up free.", f"More from Site {site}"]
        text = "\n\n".join([body[0], furniture[0], *body[1:], furniture[1]]) + "\n"
        yield Doc(article=f"a{i:07d}", text=text, side={"url": f"https://site{site}.example/{i}"})


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=10_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        index = StoryIndex(sqlite3.connect(f"{tmp}/stories.sqlite"))
        start = time.perf_counter()
        for doc in docs(args.n):
            index.add(doc.article, doc.text, Facts(False, 0, None, len(doc.text.split())))
        index.conn.commit()
        linked = time.perf_counter() - start
        stories = index.conn.execute("SELECT COUNT(DISTINCT story) FROM story_docs").fetchone()[0]
    print(f"link:  {args.n} articles in {linked:.1f}s = {args.n / linked:.0f} articles/s, {stories} stories"
          f" (expected about {args.n // 3}); peak RSS {peak_mib():.0f} MiB")
    start = time.perf_counter()
    packs = learn(docs(args.n))
    learned = time.perf_counter() - start
    rules = sum(len(p.lines) for p in packs)
    print(f"learn: {args.n} articles in {learned:.1f}s = {args.n / learned:.0f} articles/s, {len(packs)} site packs,"
          f" {rules} rules (expected {2 * SITES}); peak RSS {peak_mib():.0f} MiB")


if __name__ == "__main__":
    main()
