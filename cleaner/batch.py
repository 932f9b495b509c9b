"""Cleaning many inputs: worker processes, a progress bar, a summary.

Workers only read and clean; every write happens in the parent, in input order, through a *sink*
(a folder of ``<name>.txt`` + ``<name>.json``, or an archive). That keeps results deterministic
whatever the number of workers (two inputs with the same archive id are stored in input order)
and leaves exactly one process writing to an archive and its index.

One bad input never stops a batch: its failure is recorded with a one-line reason.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from concurrent.futures import CancelledError, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any, Protocol

from .errors import CleanerError, StorageError
from .sources import DEFAULT_MAX_BYTES, Input, Reason, load, printable


@dataclass(frozen=True, slots=True)
class Options:
    """What every worker needs to clean an input the same way."""

    rules: tuple[str, ...] = ()  # user rule packs (files or folders), added to the built-in ones
    url: str | None = None  # only meaningful for a single input
    language: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    time_limit: float | None = None  # seconds per document; None: limits.budget_for(size); 0: no limit


@dataclass(slots=True)
class Outcome:
    """What cleaning one input gave: the raw bytes (for the archive), the text and the sidecar."""

    input: Input
    ok: bool
    error: str | None = None
    raw: bytes | None = None
    suffix: str = ".txt"
    kind: str = "text"
    text: str | None = None
    sidecar: dict[str, Any] | None = None
    error_kind: str | None = None  # binary, empty, too-large, ... (docs/reliability.md)


class Sink(Protocol):
    def accept(self, outcome: Outcome) -> str:
        """Store a successful outcome; return its status (e.g. ``written``, ``new version``)."""
        ...


@dataclass
class Summary:
    total: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    families: Counter[str] = field(default_factory=Counter)  # decisions by family, as in sidecars' counts
    rules: Counter[str] = field(default_factory=Counter)  # the same decisions by rule id
    vetoes: Counter[str] = field(default_factory=Counter)
    actions: dict[str, Counter[str]] = field(default_factory=dict)  # removed / lifted / rewritten, by family
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # files in a folder that are not articles
    missing: list[tuple[str, str]] = field(default_factory=list)  # arguments that named no article at all
    records_skipped: Counter[str] = field(default_factory=Counter)  # WARC records that are not HTML pages
    not_articles: list[tuple[str, str]] = field(default_factory=list)  # pages that are a front page or an index
    seconds: float = 0.0
    interrupted: bool = False
    new_sources: int | None = None  # archive runs: sources stored that the archive did not have

    def fail(self, path: str, reason: str, kind: str | None = None) -> None:
        """Record a failure; its reason carries its kind (a str that compares as the plain text)."""
        self.failed.append((path, Reason(reason, kind or getattr(reason, "kind", None) or "input")))

    @property
    def ok(self) -> int:
        return self.total - len(self.failed)

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.total,
            "ok": self.ok,
            "failed": len(self.failed),
            "statuses": dict(sorted(self.statuses.items())),
            "removed_by_family": dict(sorted(self.families.items())),
            "removed_by_rule": dict(sorted(self.rules.items())),
            "vetoes_by_rule": dict(sorted(self.vetoes.items())),
            "by_action": {a: dict(sorted(c.items())) for a, c in sorted(self.actions.items())},
            "skipped": [{"path": p, "reason": str(r)} for p, r in self.skipped],
            "missing": [{"path": p, "reason": str(r)} for p, r in self.missing],
            "warc_records_skipped": dict(sorted(self.records_skipped.items())),
            "not_articles": [{"path": p, "page_type": t} for p, t in self.not_articles],
            "failures": [{"path": p, "reason": str(r), "kind": getattr(r, "kind", "input")} for p, r in self.failed],
            "seconds": round(self.seconds, 3),
            "interrupted": self.interrupted,
            **({"new_sources": self.new_sources} if self.new_sources is not None else {}),
        }


# --- one input ---------------------------------------------------------------------------------

_RULESET: Any = None
_RULES_KEY: tuple[str, ...] | None = None


def ruleset_for(rules: Sequence[str]) -> Any:
    """The RuleSet for these packs, built once per process (workers inherit or build it once)."""
    global _RULESET, _RULES_KEY
    key = tuple(rules)
    if _RULESET is None or key != _RULES_KEY:
        from .rules import build_ruleset, default_ruleset

        _RULESET = build_ruleset(list(key)) if key else default_ruleset()
        _RULES_KEY = key
    return _RULESET


def clean_one(
    inp: Input, opts: Options, raw: bytes | None = None, *, ruleset: Any = None, text: str | None = None
) -> Outcome:
    """Read, decode and clean one input; never raises for a bad input (the outcome says why).

    ``ruleset`` (a RuleSet built elsewhere, e.g. shipped to a Dask worker) replaces ``opts.rules``;
    ``text`` is an article already decoded (a Dask record given as ``str``): nothing is read.
    """
    from .limits import budget_for, time_limit

    try:
        if ruleset is None:
            ruleset = ruleset_for(opts.rules)
        if inp.record >= 0:
            return _clean_record(inp, opts, ruleset)
        loaded = None if text is not None else load(inp, max_bytes=opts.max_bytes, raw=raw)
        note = None
        size = len(loaded.data) if loaded is not None else len(text or "")
        with time_limit(budget_for(size, opts.time_limit)):
            if loaded is not None and loaded.kind == "html":
                doc = _clean_html(loaded.data, url=opts.url, rules=ruleset)
            else:
                from . import clean_text

                if loaded is not None:
                    decoded = loaded.decode(inp.display)
                    note, text = decoded.note(), decoded.text
                doc = clean_text(text or "", rules=ruleset, source=printable(inp.name), language=opts.language)
                if opts.url:
                    doc.metadata.url = opts.url
            if getattr(doc, "source", "") is None:
                doc.source = printable(inp.name)
            side = doc.to_sidecar()
        if note is not None:
            side["input"] = note  # how the bytes became text: encoding, repairs (not plain UTF-8)
        if loaded is None:
            return Outcome(input=inp, ok=True, raw=None, kind="text", text=doc.text, sidecar=side)
        return Outcome(
            input=inp,
            ok=True,
            raw=loaded.raw,
            suffix=loaded.suffix,
            kind=loaded.kind,
            text=doc.text,
            sidecar=side,
        )
    except (CleanerError, ValueError, UnicodeError, OSError) as exc:
        reason = one_line(exc).removeprefix(inp.display + ": ")  # the path is shown beside the reason
        return Outcome(input=inp, ok=False, error=reason, error_kind=getattr(exc, "kind", "input"))
    except RecursionError as exc:  # a document nested too deep for a pass
        return Outcome(input=inp, ok=False, error=f"too deeply nested to clean ({one_line(exc)})", error_kind="nesting")
    except Exception as exc:  # a bug in a pass must not stop the batch; report it like a bad file
        return Outcome(
            input=inp, ok=False, error=f"internal error: {type(exc).__name__}: {one_line(exc)}", error_kind="internal"
        )


def _clean_record(inp: Input, opts: Options, ruleset: Any) -> Outcome:
    """One HTML record of a WARC file: decoded by its HTTP headers (the header's charset before the
    page's own), cleaned as a page, with its capture in the sidecar; the archive keeps the payload
    as recorded, so its digest can be checked against WARC-Payload-Digest."""
    import codecs

    from . import warc
    from .limits import budget_for, time_limit

    assert inp.path is not None
    cap = warc.read(inp.path, inp.record, max_bytes=opts.max_bytes)
    page: str | bytes = cap.page
    if cap.charset:
        try:
            page = cap.page.decode(codecs.lookup(cap.charset).name)
        except (LookupError, UnicodeDecodeError):
            page = cap.page  # a wrong or unknown charset: let the page's own declaration decide
    with time_limit(budget_for(len(cap.page), opts.time_limit)):
        doc = _clean_html(page, url=cap.info["uri"] or opts.url, rules=ruleset)
        side = doc.to_sidecar()
    side["capture"] = cap.info
    return Outcome(input=inp, ok=True, raw=cap.payload, suffix=".html", kind="html", text=doc.text, sidecar=side)


def _clean_html(data: bytes | str, *, url: str | None, rules: Any) -> Any:
    try:
        from .html import clean_html
    except ImportError:
        raise CleanerError("HTML input is not supported by this build of cleaner (cleaner.html missing)") from None
    return clean_html(data, url=url, rules=rules)


def one_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return " ".join(text.split())


# --- many inputs -------------------------------------------------------------------------------


def _work(task: tuple[Input, Options, bytes | None]) -> Outcome:
    inp, opts, raw = task
    return clean_one(inp, opts, raw)


def _init_worker() -> None:
    # the parent handles Ctrl-C and terminates the pool; workers should not print tracebacks
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # the parent writes every result; when writing is the slower half (a slow disk)
    # workers only need to stay a few chunks ahead, so they must not take CPU from the writer
    try:
        os.nice(WORKER_NICENESS)
    except (AttributeError, OSError):
        pass


WORKER_NICENESS = 5
STREAM_CHUNK = 32  # inputs per task: a task costs the parent about 0.3 ms whatever its size


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def _work_chunk(tasks: list[tuple[Input, Options, bytes | None]]) -> list[Outcome]:
    return [_work(task) for task in tasks]


def chunked(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    group: list[Any] = []
    for item in items:
        group.append(item)
        if len(group) >= size:
            yield group
            group = []
    if group:
        yield group


def outcomes(inputs: Iterable[Input], opts: Options, *, jobs: int, stdin: bytes | None = None) -> Iterator[Outcome]:
    """Clean inputs in worker processes and yield their outcomes in input order.

    ``inputs`` may be any iterable (a generator streams them). At most a few chunks per worker are
    in flight: inputs are taken only as results are consumed, so memory stays flat however long the
    batch is and however slow the consumer (the archive sink) is.
    """
    tasks = ((inp, opts, stdin if inp.path is None else None) for inp in inputs)
    size = len(inputs) if isinstance(inputs, Sized) else None
    if size is not None:
        jobs = max(1, min(jobs, size))
    if jobs <= 1:
        for task in tasks:
            yield _work(task)
        return
    ruleset_for(opts.rules)  # validate packs once, and let forked workers inherit them
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin" else "spawn"
    ctx = multiprocessing.get_context(method)
    chunk = max(1, min(STREAM_CHUNK, size // (jobs * 8))) if size is not None else STREAM_CHUNK
    window = jobs * 4  # chunks in flight: enough to keep every worker busy, bounded whatever the batch
    pool = ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init_worker)
    pending: deque[tuple[list[Any], Any]] = deque()

    def collect(group: list[Any], future: Any) -> list[Outcome]:
        # A worker that dies (killed, out of memory) breaks the pool, and every chunk in flight with
        # it: each such chunk is run again alone, in a pool of its own, so only the chunk that kills
        # its worker again is reported as failed (not whichever chunk was in flight beside it), and
        # the batch goes on instead of waiting forever for them.
        try:
            return future.result()
        except (BrokenProcessPool, CancelledError):
            try:
                with ProcessPoolExecutor(1, mp_context=ctx, initializer=_init_worker) as alone:
                    return alone.submit(_work_chunk, group).result()
            except BrokenProcessPool:
                return [
                    Outcome(
                        input=task[0], ok=False, error="a worker process died while cleaning it", error_kind="worker"
                    )
                    for task in group
                ]

    def submit(group: list[Any]) -> Any:
        # a worker may have died since the last result: a broken pool takes no more work, so a new
        # one does (the chunks the old one held fail when collected, and are run again there)
        nonlocal pool
        try:
            return pool.submit(_work_chunk, group)
        except BrokenProcessPool:
            pool.shutdown(wait=False)
            pool = ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init_worker)
            return pool.submit(_work_chunk, group)

    try:
        for group in chunked(tasks, chunk):
            pending.append((group, submit(group)))
            if len(pending) >= window:
                yield from collect(*pending.popleft())
        while pending:
            yield from collect(*pending.popleft())
    finally:
        try:
            pool.shutdown(wait=True, cancel_futures=True)
        except RuntimeError:
            # an abandoned generator is finalized by the garbage collector in whatever thread runs
            # it, possibly the pool's own manager thread, which cannot wait for itself
            pool.shutdown(wait=False, cancel_futures=True)


def run(
    inputs: Iterable[Input],
    opts: Options,
    sink: Sink,
    *,
    jobs: int,
    stdin: bytes | None = None,
    on_result: Callable[[Outcome, str], None] | None = None,
) -> Summary:
    """Clean every input and hand each success to ``sink``; failures are collected, never raised.

    The exception is a sink that cannot write at all (StorageError: disk full, read-only): that
    stops the batch, as every later write would fail too; what was stored before stays whole.
    """
    summary = Summary()
    start = time.monotonic()
    try:
        for outcome in outcomes(inputs, opts, jobs=jobs, stdin=stdin):
            account(summary, outcome, sink, on_result)
    except KeyboardInterrupt:
        summary.interrupted = True
    summary.seconds = time.monotonic() - start
    return summary


def account(
    summary: Summary,
    outcome: Outcome,
    sink: Sink | None,
    on_result: Callable[[Outcome, str], None] | None = None,
    *,
    status: str = "written",
) -> None:
    """Hand one outcome to the sink (``status`` when there is none) and count it in the summary."""
    if outcome.ok and sink is not None:
        try:
            status = sink.accept(outcome)
        except StorageError:
            raise
        except (CleanerError, ValueError, OSError) as exc:
            outcome.ok = False
            outcome.error = one_line(exc)
            outcome.error_kind = getattr(exc, "kind", "output")
    if not outcome.ok:
        status = "failed"
    summary.total += 1
    if outcome.ok:
        summary.statuses[status] += 1
        counts = (outcome.sidecar or {}).get("counts") or {}
        summary.families.update(counts.get("families") or {})
        summary.rules.update(counts.get("rules") or {})
        summary.vetoes.update(counts.get("vetoes") or {})
        for action, by_family in (counts.get("actions") or {}).items():
            summary.actions.setdefault(action, Counter()).update(by_family)
        kind = ((outcome.sidecar or {}).get("html") or {}).get("page_type")
        if kind and kind != "article":
            summary.not_articles.append((outcome.input.display, kind))
    else:
        summary.fail(outcome.input.display, outcome.error or "failed", outcome.error_kind)
    if on_result is not None:
        on_result(outcome, status)


# --- sinks -------------------------------------------------------------------------------------


def output_stem(name: str) -> str:
    """``world/story.html.gz`` -> ``world/story``: an input's name without its article suffixes."""
    low = name.lower()
    for suffix in (".gz", ".txt", ".html", ".htm", ".xhtml"):
        if low.endswith(suffix):
            name, low = name[: -len(suffix)], low[: -len(suffix)]
    return name or "article"


class FolderSink:
    """``--out DIR``: ``<name>.txt`` + ``<name>.json`` per input, mirroring folders; no versions."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        from pathlib import Path

        self.root = Path(root)
        self.used: dict[str, str] = {}

    def accept(self, outcome: Outcome) -> str:
        from .archive.fsio import atomic_write
        from .sidecar import dumps

        stem = output_stem(outcome.input.name)
        parts = [p for p in stem.split("/") if p not in ("", ".", "..")]
        stem = "/".join(parts) or "article"
        other = self.used.get(stem)
        if other is not None:
            raise CleanerError(f"same output name {stem}.txt as {other}; clean them into separate --out folders")
        text_path = self.root / f"{stem}.txt"
        side_path = self.root / f"{stem}.json"
        if outcome.input.path is not None:
            src = os.path.realpath(outcome.input.path)
            if src in (os.path.realpath(text_path), os.path.realpath(side_path)):
                raise CleanerError(f"output {text_path} would overwrite the input; choose another --out folder")
        self.used[stem] = outcome.input.display
        assert outcome.text is not None and outcome.sidecar is not None
        atomic_write(text_path, outcome.text.encode("utf-8", "surrogatepass"), sync=False)
        atomic_write(side_path, dumps(outcome.sidecar).encode("utf-8", "surrogatepass"), sync=False)
        return "written"
