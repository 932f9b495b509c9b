"""The learned line scorer: shallow features of a block and its neighbours, weighed by a logistic
model trained on real extractors' dumps (boilerpipe and jusText in spirit).

Phrase lists catch what someone wrote down; this catches the *shape* of boilerplate on lines no
rule names: short, few function words, no sentence end, title-cased, surrounded by lines like it,
near the ends of the text. The weights are data (``rules/learned.toml``, rule LEARNED-001, trained
by ``bench/train_lines.py`` with scikit-learn at development time only) and count in the rule
set's hash; inference is a dot product in plain Python, so the same input gives the same bytes.

It runs after every family's pass and removes a block only when the model is confident (the
threshold was set for a fixed budget of lost body lines, leave-site-out) and the block carries no
sign of reported copy. Each removal records its score.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..article import BODY, Block
from ..context import Context
from ..text.regex import Searcher, gated
from .base import Pass

# function words of the languages most dumps are in: their share separates prose from labels
STOPWORDS = frozenset(
    """a an the and or but of to in on at by for with from as is are was were be been has have had
    it its this that these those he she they we you i his her their our your not no will would
    can could said says who which what when where there than then also after before over about into
    der die das und oder ein eine ist sind war mit von zu im den dem des nicht auch sich auf für
    le la les et ou un une des du est sont était avec pour dans sur pas qui que il elle ils au aux
    el los las y o es son fue con para por en del al que se una uno lo como más pero
    il lo gli e di da per con che non è sono una uno della nel
    o os as e um uma é são com para por em do da dos das não que
    de het een en van is zijn met voor op niet dat die
    """.split()
)
_WORD = re.compile(r"\w+", re.UNICODE)
_SENT_END = tuple('.!?"”’»)…')
_SYMBOLS = frozenset("©|•»›→@#▶►")
_URLISH = re.compile(r"https?://|www\.|\.com\b|\.org\b|\.co\.uk\b", re.IGNORECASE)
_YOU = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)

FEATURES = (
    "bias",
    "log_words",
    "log_chars",
    "stop_share",
    "ends_sentence",
    "ends_colon",
    "digit_share",
    "upper_first",
    "title_share",
    "all_caps",
    "you",
    "symbol",
    "urlish",
    "comma_per_word",
    "reported",
    "quote_start",
    "position",
    "near_start",
    "near_end",
    "short",
    "prev_short",
    "next_short",
    "prev_ends_sentence",
    "next_ends_sentence",
    "prev_log_words",
    "next_log_words",
    "prev_stop_share",
    "next_stop_share",
)


@dataclass(slots=True)
class _Shape:
    words: int
    ends: bool
    stop: float


def _shape(block: Block) -> _Shape:
    toks = _WORD.findall(block.lower)
    n = len(toks)
    stop = sum(1 for t in toks if t in STOPWORDS) / n if n else 0.0
    return _Shape(n, block.text.rstrip().endswith(_SENT_END), stop)


def features(blocks: list[Block], i: int, shapes: list[_Shape], reporting: Searcher | None) -> list[float]:
    """The feature vector of ``blocks[i]`` among its neighbours (order as in ``FEATURES``)."""
    b = blocks[i]
    text = b.text
    s = shapes[i]
    n = len(blocks)
    chars = max(len(text), 1)
    toks = text.split()
    caps = sum(1 for t in toks if t[:1].isupper())
    prev = shapes[i - 1] if i > 0 else None
    nxt = shapes[i + 1] if i + 1 < n else None
    return [
        1.0,
        math.log1p(s.words),
        math.log1p(len(text)),
        s.stop,
        float(s.ends),
        float(text.rstrip().endswith(":")),
        sum(c.isdigit() for c in text) / chars,
        float(text[:1].isupper()),
        caps / len(toks) if toks else 0.0,
        float(text.isupper()),
        float(_YOU.search(text) is not None),
        float(any(c in _SYMBOLS for c in text)),
        float(_URLISH.search(text) is not None),
        text.count(",") / max(s.words, 1),
        float(reporting is not None and reporting.search(text) is not None),
        float(text[:1] in "\"“‘'«"),
        i / max(n - 1, 1),
        float(i < 2),
        float(i >= n - 2),
        float(s.words <= 3),
        float(prev is None or prev.words <= 3),
        float(nxt is None or nxt.words <= 3),
        float(prev is not None and prev.ends),
        float(nxt is not None and nxt.ends),
        math.log1p(prev.words) if prev else 0.0,
        math.log1p(nxt.words) if nxt else 0.0,
        prev.stop if prev else 0.0,
        nxt.stop if nxt else 0.0,
    ]


def score(weights: list[float], x: list[float]) -> float:
    """P(boilerplate) under the logistic model."""
    z = math.fsum(w * v for w, v in zip(weights, x, strict=True))
    if z < -60:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def vectors(blocks: list[Block], reporting: Searcher | None) -> list[list[float]]:
    shapes = [_shape(b) for b in blocks]
    return [features(blocks, i, shapes, reporting) for i in range(len(blocks))]


@dataclass
class _Setup:
    weights: list[float] | None
    threshold: float
    max_words: int


class Learned(Pass[_Setup]):
    family = "learned"
    emits = ("LEARNED-001",)

    def prepare(self, ctx: Context) -> _Setup:
        rules = ctx.rules
        rule = rules.rules.get("LEARNED-001")
        if rule is None or rule.status != "on" or not ctx.uses("LEARNED-001"):
            return _Setup(None, 1.0, 0)  # shipped switched off: see rules/learned.toml
        p = rules.rule("LEARNED-001").params
        names = p["features"]
        if tuple(names) != FEATURES:
            from ..errors import RuleError

            raise RuleError("LEARNED-001: the model's features do not match this engine's; retrain it")
        return _Setup([float(w) for w in p["weights"]], float(p["threshold"]), int(p["max_words"]))

    def run(self, ctx: Context) -> None:
        setup = self.setup(ctx)
        if setup.weights is None:
            return
        body = [b for b in ctx.blocks if b.status == BODY]
        if len(body) < 3:
            return  # too little context to judge a line by its neighbours
        reporting = gated(ctx.rules, "SHARED-001")
        xs = vectors(body, reporting)
        for block, x in zip(body, xs, strict=True):
            if block.words > setup.max_words or x[FEATURES.index("reported")]:
                continue  # long prose and reported speech are never taken on shape alone
            p = score(setup.weights, x)
            if p >= setup.threshold:
                ctx.remove(block, "LEARNED-001", score=p)


PASS = Learned()
