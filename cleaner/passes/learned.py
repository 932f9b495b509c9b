"""The learned line scorer: shallow features of a block, its neighbours and its place in the
text, weighed by small gradient-boosted trees trained on real extractors' output of news pages
(boilerpipe and jusText in spirit).

Phrase lists catch what someone wrote down; this looks at the *shape* of lines no rule names:
short, few function words, no sentence end, title-cased, in a run of lines like it, after the last
paragraph of prose. The trees are data (``rules/learned.toml``, rule LEARNED-001, trained by
``bench/train_lines.py`` with scikit-learn at development time only) and count in the rule set's
hash; inference is plain Python comparisons compiled once per rule set, so the same input gives
the same bytes.

It runs after every family's pass and judges only what they left, and of that only short blocks
in the head or the tail of the text (never the first line, which the headline passes decide on,
never a line between two paragraphs of prose, never reported speech). It cuts from each end of the
text inward: a run starts with a line scoring at least ``threshold`` (set for a fixed budget of lost
body lines, leave-site-out), goes on while lines reach ``run_threshold`` and is cut only if it holds
``min_run`` lines or more; the first line it does not call boilerplate stops it, so a body line at
the end protects what stands above it. What is left is judged again until nothing more goes
(idempotent). Each removal records its score. Figures: bench/README.md, "The learned line scorer".
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..article import BODY, Block
from ..context import Context
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
_SYMBOLS = re.compile("[©|•»›→@#▶►]")
_DIGIT = re.compile(r"\d")
_URLISH = re.compile(r"https?://|www\.|\.com\b|\.org\b|\.co\.uk\b", re.IGNORECASE)
# the reader addressed in the languages most dumps are in (the related pass asks it too)
YOU = re.compile(r"\b(?:you|your|yours|du|dich|dir|dein\w*|euch|vous|votre|vos|tu|tú|usted|ustedes)\b", re.IGNORECASE)
_BULLET = tuple("-–—•*·►▶>")
LONG = 25  # words: a block this long that ends a sentence is running prose

FEATURES = (
    "bias",
    "log_words",
    "log_chars",
    "stop_share",
    "ends_sentence",
    "ends_colon",
    "ends_ellipsis",
    "digit_share",
    "upper_first",
    "title_share",
    "all_caps",
    "you",
    "symbol",
    "urlish",
    "comma_per_word",
    "quote_start",
    "bullet",
    "mean_word_len",
    "from_start",
    "from_end",
    "words_before",
    "words_after",
    "after_last_long",
    "before_first_long",
    "prev_log_words",
    "prev_ends_sentence",
    "prev_stop_share",
    "prev_title_share",
    "next_log_words",
    "next_ends_sentence",
    "next_stop_share",
    "next_title_share",
    "short_run",
    "same_shape_run",
    "repeated",
)


@dataclass(slots=True)
class _Shape:
    words: int
    ends: bool
    kind: tuple[int, bool, bool]  # length bucket, sentence end, capital first: "like-shaped" lines
    stop: float = -1.0  # share of function words and of capitalised words: computed when asked,
    title: float = -1.0  # for the few blocks the scorer judges and their neighbours


def _bucket(words: int) -> int:
    return 0 if words <= 3 else 1 if words <= 8 else 2 if words <= 15 else 3 if words <= LONG else 4


def _shape(block: Block) -> _Shape:
    text = block.text
    ends = text.rstrip().endswith(_SENT_END)
    return _Shape(block.words, ends, (_bucket(block.words), ends, text[:1].isupper()))


def _run(doc: Doc, i: int, same) -> int:
    """How many blocks around ``i`` (itself included) pass ``same``, without a gap."""
    lo = i
    while lo > 0 and same(doc.shape(lo - 1)):
        lo -= 1
    hi = i
    while hi + 1 < doc.n and same(doc.shape(hi + 1)):
        hi += 1
    return hi - lo + 1


class Doc:
    """What the features need to know about the whole text. Shapes are worked out when first
    asked for: the scorer looks at a few lines at each end, not at every paragraph between."""

    __slots__ = ("_first_long", "_last_long", "blocks", "cum", "n", "shapes", "total")

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.n = len(blocks)
        self.shapes: list[_Shape | None] = [None] * self.n
        cum = [0]
        for b in blocks:
            cum.append(cum[-1] + b.words)
        self.cum = cum
        self.total = max(cum[-1], 1)
        self._first_long: int | None = None
        self._last_long: int | None = None

    def shape(self, i: int) -> _Shape:
        s = self.shapes[i]
        if s is None:
            s = self.shapes[i] = _shape(self.blocks[i])
        return s

    def _long(self, i: int) -> bool:
        s = self.shape(i)
        return s.words >= LONG and s.ends

    @property
    def first_long(self) -> int:
        """The first paragraph of running prose (``n`` if there is none)."""
        if self._first_long is None:
            self._first_long = next((i for i in range(self.n) if self._long(i)), self.n)
        return self._first_long

    @property
    def last_long(self) -> int:
        """The last paragraph of running prose (-1 if there is none)."""
        if self._last_long is None:
            self._last_long = next((i for i in range(self.n - 1, -1, -1) if self._long(i)), -1)
        return self._last_long

    def detail(self, i: int) -> _Shape:
        """Block ``i``'s shape with its word shares filled in."""
        s = self.shape(i)
        if s.stop < 0:
            toks = _WORD.findall(self.blocks[i].lower)
            s.stop = sum(1 for t in toks if t in STOPWORDS) / len(toks) if toks else 0.0
            parts = self.blocks[i].text.split()
            s.title = sum(1 for t in parts if t[:1].isupper()) / len(parts) if parts else 0.0
        return s

    def repeated(self, i: int) -> bool:
        text = self.blocks[i].text
        return any(b.text == text for j, b in enumerate(self.blocks) if j != i)


def features(doc: Doc, i: int) -> list[float]:
    """The feature vector of block ``i`` among its neighbours (order as in ``FEATURES``)."""
    b = doc.blocks[i]
    text = b.text
    s = doc.detail(i)
    n = doc.n
    chars = max(len(text), 1)
    prev = doc.detail(i - 1) if i > 0 else None
    nxt = doc.detail(i + 1) if i + 1 < n else None
    words = max(s.words, 1)
    stripped = text.rstrip()
    short = s.words <= 8 and not s.ends
    kind = s.kind
    return [
        1.0,
        math.log1p(s.words),
        math.log1p(len(text)),
        s.stop,
        float(s.ends),
        float(stripped.endswith(":")),
        float(stripped.endswith(("...", "…"))),
        len(_DIGIT.findall(text)) / chars,
        float(text[:1].isupper()),
        s.title,
        float(text.isupper()),
        float(YOU.search(text) is not None),
        float(_SYMBOLS.search(text) is not None),
        float(_URLISH.search(text) is not None),
        text.count(",") / words,
        float(text[:1] in "\"“‘'«„"),
        float(text.startswith(_BULLET)),
        len(text) / words,
        math.log1p(i),
        math.log1p(n - 1 - i),
        doc.cum[i] / doc.total,
        math.log1p(doc.total - doc.cum[i + 1]),
        float(i > doc.last_long),
        float(i < doc.first_long),
        math.log1p(prev.words) if prev else 0.0,
        float(prev is not None and prev.ends),
        prev.stop if prev else 0.0,
        prev.title if prev else 0.0,
        math.log1p(nxt.words) if nxt else 0.0,
        float(nxt is not None and nxt.ends),
        nxt.stop if nxt else 0.0,
        nxt.title if nxt else 0.0,
        math.log1p(_run(doc, i, lambda t: t.words <= 8 and not t.ends)) if short else 0.0,
        math.log1p(_run(doc, i, lambda t: t.kind == kind)),
        float(doc.repeated(i)),
    ]


def eligible(doc: Doc, i: int, reporting: re.Pattern[str] | None, max_words: int) -> bool:
    """Whether the scorer may judge block ``i`` at all: a short block (long prose is never taken on
    shape alone), not reported speech, not the first line (the headline passes decide on it), and
    in the head or the tail of the text, outside the run of prose paragraphs: that is where real
    boilerplate is, and where a lost line costs no paragraph in the middle of the story."""
    if i == 0 or doc.blocks[i].words > max_words:
        return False
    if doc.first_long <= i <= doc.last_long:
        return False
    return reporting is None or reporting.search(doc.blocks[i].text) is None


class Model:
    """Gradient-boosted regression trees on the log-odds scale: ``base`` plus, per tree, the value
    of the leaf ``x`` falls in (``x[feature] <= threshold`` goes left), as trained by
    bench/train_lines.py. A tree is its nodes in order, as five parallel lists (feature, -1 at a
    leaf; threshold; left child; right child; value, the learning rate applied) or, as the rule
    pack ships it, one string of nodes: ``feature:threshold:left:right`` for a split, the value
    alone for a leaf (TOML reads one string per tree twenty times faster than arrays of numbers).

    The trees are turned into one expression of nested comparisons, compiled once per rule set:
    walking a hundred trees node by node in Python costs tens of microseconds a block, the
    expression a few. Only numbers read as ``int``/``float`` go into it, written back with
    ``repr``, so the compiled model is exactly the data, and the same on every run."""

    __slots__ = ("_z", "base", "trees")

    def __init__(self, base: float, trees: list) -> None:
        self.base = float(base)
        self.trees = [self._read(t) for t in trees]
        terms = [repr(self.base), *(self._expr(t, 0) for t in self.trees)]
        self._z = eval(compile("lambda x: " + " + ".join(terms), "<LEARNED-001>", "eval"), {"__builtins__": {}})

    @staticmethod
    def _read(tree: str | list) -> tuple[list[int], list[float], list[int], list[int], list[float]]:
        if not isinstance(tree, str):
            return (
                [int(f) for f in tree[0]],
                [float(v) for v in tree[1]],
                [int(v) for v in tree[2]],
                [int(v) for v in tree[3]],
                [float(v) for v in tree[4]],
            )
        nodes: tuple[list, list, list, list, list] = ([], [], [], [], [])
        for node in tree.split():
            parts = node.split(":")
            split = len(parts) == 4
            if not split and len(parts) != 1:
                from ..errors import RuleError

                raise RuleError(f"LEARNED-001: bad tree node {node!r}")
            row = (
                (int(parts[0]), float(parts[1]), int(parts[2]), int(parts[3]), 0.0)
                if split
                else (-1, 0.0, -1, -1, float(parts[0]))
            )
            for column, value in zip(nodes, row, strict=True):
                column.append(value)
        return nodes

    @staticmethod
    def encode(tree: list) -> str:
        """A tree's five lists as the rule pack's string (see the class)."""
        return " ".join(
            f"{f}:{t!r}:{lo}:{hi}" if f >= 0 else repr(float(v)) for f, t, lo, hi, v in zip(*tree, strict=True)
        )

    @staticmethod
    def _expr(tree: tuple[list[int], list[float], list[int], list[int], list[float]], k: int) -> str:
        feature, threshold, left, right, value = tree
        if feature[k] < 0:
            return repr(value[k])
        low, high = Model._expr(tree, left[k]), Model._expr(tree, right[k])
        return f"({low} if x[{feature[k]}] <= {threshold[k]!r} else {high})"

    def score(self, x: list[float]) -> float:
        """P(boilerplate)."""
        z = self._z(x)
        if z < -60:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))


@dataclass
class _Setup:
    model: Model | None
    threshold: float
    max_words: int
    from_ends: bool = False
    run_threshold: float = 1.0
    min_run: int = 1


class Learned(Pass[_Setup]):
    family = "learned"
    emits = ("LEARNED-001",)

    def prepare(self, ctx: Context) -> _Setup:
        rules = ctx.rules
        rule = rules.rules.get("LEARNED-001")
        if rule is None or rule.status != "on" or not ctx.uses("LEARNED-001"):
            return _Setup(None, 1.0, 0)
        p = rules.rule("LEARNED-001").params
        if tuple(p["features"]) != FEATURES:
            from ..errors import RuleError

            raise RuleError("LEARNED-001: the model's features do not match this engine's; retrain it")
        model = Model(p["base"], p["trees"])
        threshold = float(p["threshold"])
        run = min(float(p["run_threshold"]), threshold)
        return _Setup(model, threshold, int(p["max_words"]), bool(p["from_ends"]), run, int(p["min_run"]))

    def run(self, ctx: Context) -> None:
        setup = self.setup(ctx)
        model = setup.model
        if model is None:
            return
        reporting = ctx.rules.pattern("SHARED-001")
        kept = ctx.vetoed()  # a list the related pass found to be the copy's own, and the like

        def judged(doc: Doc, i: int) -> bool:
            return doc.blocks[i].index not in kept and eligible(doc, i, reporting, setup.max_words)

        # Judged again on what is left until nothing more goes: a second cleaning sees the text
        # without the removed lines, and must find nothing more to take (idempotent).
        while True:
            body = [b for b in ctx.blocks if b.status == BODY]
            if len(body) < 3:
                return  # too little context to judge a line by its neighbours
            doc = Doc(body)
            hits = []
            if setup.from_ends:
                # Only what reaches an end of the text: the last lines back to the first that is
                # not judged boilerplate, and the lines after the first one down to such a line.
                # Furniture sits at the ends; a body line in the tail stops the cut there.
                # A run once started goes on at a lower score (``run_threshold``): a line among
                # other stories' headlines is judged with its neighbours, not alone.
                # Where a rule has spoken for a line at an end (the related pass keeping a list as
                # the copy's own: it vetoes the list's first line), the scorer is silent there.
                tail = range(doc.n - 1, 0, -1)
                head = range(1, doc.n)
                for order, end in ((tail, range(doc.last_long + 1, doc.n)), (head, range(1, doc.first_long))):
                    start = len(hits)
                    if any(doc.blocks[j].index in kept for j in end):
                        continue
                    if not all(judged(doc, i) for i in order[: setup.min_run]):
                        continue  # no run long enough could start at this end: nothing to score
                    for i in order:
                        if any(b is body[i] for b, _ in hits) or not judged(doc, i):
                            break
                        p = model.score(features(doc, i))
                        if p < (setup.threshold if len(hits) == start else setup.run_threshold):
                            break
                        hits.append((body[i], p))
                    if len(hits) - start < setup.min_run:
                        del hits[start:]  # a lone line at an end: a sign-off or a source line as often as not
            else:
                for i in range(doc.n):
                    if judged(doc, i):
                        p = model.score(features(doc, i))
                        if p >= setup.threshold:
                            hits.append((body[i], p))
            if not hits:
                return
            for block, p in hits:
                ctx.remove(block, "LEARNED-001", score=p)


PASS = Learned()
