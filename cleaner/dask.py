"""Cleaning on Dask, for corpora beyond one machine: bags and DataFrames partition-wise, and the
``cleaner clean --engine dask`` batch.

Needs the ``dask`` extra (``pip install 'cleaner[dask]'``: dask, distributed, pyarrow). Every worker
runs the same ``cleaner`` code as a local batch, so results are byte-identical to a single-process
run: the same clean text and the same sidecar (its canonical JSON, ``cleaner.sidecar.dumps``).

Library::

    import dask.bag as db
    from cleaner.dask import clean_bag, clean_dataframe

    records = clean_bag(db.from_sequence(texts, npartitions=8))       # str: text, bytes: text/HTML/gzip
    records.pluck("text").compute()
    frame = clean_dataframe(ddf, text_column="body", id_column="key")  # adds ok, error, kind, text, sidecar

A bag element is a ``str`` (a plain-text article), ``bytes`` (a text, HTML or gzip file's bytes,
decoded exactly as ``cleaner clean`` decodes files) or a dict with ``text`` or ``html`` (or ``raw``
bytes) and optional ``id``, ``url``. Each result is a dict: ``id``, ``ok``, ``error``, ``kind``
(``text``/``html``), ``text`` and ``sidecar`` (a dict; in a DataFrame its canonical JSON string).
A bad record gives ``ok=False`` and a one-line ``error``; it never fails the computation.

Rule packs given as paths are read once on the client and shipped to the workers as a built rule
set, so workers need not see the client's files.
"""

from __future__ import annotations

import json
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .batch import Options, Outcome, Summary, account, chunked, clean_one, one_line, ruleset_for
from .errors import CleanerError
from .sources import Input

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe

    from .rules import RuleSet

RECORD_KEYS = ("id", "ok", "error", "kind", "text", "sidecar")
SHARD_FORMATS = ("jsonl", "parquet")


def _import_dask() -> Any:
    try:
        import dask  # the real dask: absolute imports never resolve to this module
        import distributed  # noqa: F401 - fail early with the install hint below
    except ImportError:
        raise CleanerError("the Dask engine needs dask and distributed: pip install 'cleaner[dask]'") from None
    return dask


def _rules_arg(rules: Any) -> RuleSet | None:
    """None stays None (each worker loads the built-in rules once); anything else is built here."""
    if rules is None:
        return None
    from .rules import resolve

    return resolve(rules)


# --- records -----------------------------------------------------------------------------------


def _ruleset(rules: RuleSet | None) -> RuleSet:
    return rules if rules is not None else ruleset_for(())


def clean_record(record: Any, *, rules: RuleSet | None = None, language: str | None = None, index: int = 0) -> dict:
    """Clean one bag element (see the module doc); never raises for a bad record."""
    ruleset = _ruleset(rules)
    rid: str | None = None
    url: str | None = None
    try:
        if isinstance(record, dict):
            rid = None if record.get("id") is None else str(record["id"])
            url = record.get("url") or None
            if record.get("html") is not None:
                value: Any = record["html"]
                kind = "html"
            elif record.get("text") is not None:
                value, kind = record["text"], "text"
            elif record.get("raw") is not None:
                value, kind = record["raw"], None
            else:
                raise CleanerError("record has no 'text', 'html' or 'raw'")
        else:
            value, kind = record, None
        name = rid or f"record-{index}"
        opts = Options(url=url, language=language)
        if isinstance(value, str) and kind != "html":  # an article already decoded: nothing to read
            out = clean_one(Input(name=name, path=None, origin="dask"), opts, ruleset=ruleset, text=value)
            return _record(name, out)
        if isinstance(value, str):
            value = value.encode("utf-8")
        if not isinstance(value, (bytes, bytearray, memoryview)):
            raise CleanerError(f"cannot clean a {type(value).__name__}: give str (text) or bytes")
        if kind == "html" and not name.lower().endswith((".html", ".htm", ".html.gz", ".htm.gz")):
            name_for_kind = name + ".html"
        else:
            name_for_kind = name
        inp = Input(name=name_for_kind, path=None, origin="dask")
        return _record(name, clean_one(inp, opts, bytes(value), ruleset=ruleset))
    except CleanerError as exc:
        return _failed(rid or f"record-{index}", one_line(exc))
    except Exception as exc:  # a bug must not fail a whole partition
        return _failed(rid or f"record-{index}", f"internal error: {type(exc).__name__}: {one_line(exc)}")


def _record(name: str, out: Outcome) -> dict:
    if not out.ok:
        return _failed(name, out.error or "failed")
    return {"id": name, "ok": True, "error": None, "kind": out.kind, "text": out.text, "sidecar": out.sidecar}


def _failed(name: str, error: str) -> dict:
    return {"id": name, "ok": False, "error": error, "kind": None, "text": None, "sidecar": None}


def clean_partition(
    records: Iterable[Any], rules: RuleSet | None = None, language: str | None = None, start: int = 0
) -> list[dict]:
    """Clean every record of one partition, in order."""
    return [clean_record(r, rules=rules, language=language, index=start + i) for i, r in enumerate(records)]


def clean_bag(bag: dask.bag.Bag, *, rules: Any = None, language: str | None = None) -> dask.bag.Bag:
    """A bag of result dicts, one per element, partition by partition (lazy: call ``.compute()``).

    Elements without an ``id`` are named ``record-N`` with N their position in their partition.
    """
    _import_dask()
    import dask

    ruleset = _rules_arg(rules)
    shipped = dask.delayed(ruleset, pure=True) if ruleset is not None else None
    return bag.map_partitions(clean_partition, shipped, language)


def clean_dataframe(
    df: dask.dataframe.DataFrame,
    *,
    text_column: str | None = "text",
    html_column: str | None = None,
    url_column: str | None = None,
    id_column: str | None = None,
    rules: Any = None,
    language: str | None = None,
) -> dask.dataframe.DataFrame:
    """The frame with the result columns added: ``ok``, ``error``, ``kind``, ``clean_text``, ``sidecar``.

    Each row is cleaned from ``html_column`` when that is given and not null, else from
    ``text_column``. ``sidecar`` holds the canonical JSON (``cleaner.sidecar.dumps``), so it stores
    in Parquet and compares byte for byte. Rows are named by ``id_column`` (else the index).
    """
    _import_dask()
    import dask
    import pandas as pd

    for col in (text_column, html_column, url_column, id_column):
        if col is not None and col not in df.columns:
            raise CleanerError(f"no column {col!r} in the frame (columns: {', '.join(map(str, df.columns))})")
    ruleset = _rules_arg(rules)
    shipped = dask.delayed(ruleset, pure=True) if ruleset is not None else None
    meta = df._meta.assign(
        ok=pd.Series(dtype=bool),
        error=pd.Series(dtype=object),
        kind=pd.Series(dtype=object),
        clean_text=pd.Series(dtype=object),
        sidecar=pd.Series(dtype=object),
    )
    return df.map_partitions(
        _frame_partition,
        shipped,
        text_column,
        html_column,
        url_column,
        id_column,
        language,
        meta=meta,
    )


def _frame_partition(
    part: Any,
    rules: RuleSet | None,
    text_column: str | None,
    html_column: str | None,
    url_column: str | None,
    id_column: str | None,
    language: str | None,
) -> Any:
    from .sidecar import dumps

    def cell(row: Any, col: str | None) -> Any:
        if col is None:
            return None
        value = row[col]
        try:
            import pandas as pd

            if pd.isna(value):
                return None
        except (TypeError, ValueError):
            pass
        return value

    results = []
    for i, (idx, row) in enumerate(part.iterrows()):
        rid = cell(row, id_column) if id_column else idx
        record: dict[str, Any] = {"id": str(rid), "url": cell(row, url_column)}
        html = cell(row, html_column)
        if html is not None:
            record["html"] = html
        else:
            record["text"] = cell(row, text_column)
        results.append(clean_record(record, rules=rules, language=language, index=i))
    out = part.copy()
    out["ok"] = [r["ok"] for r in results]
    out["error"] = [r["error"] for r in results]
    out["kind"] = [r["kind"] for r in results]
    out["clean_text"] = [r["text"] for r in results]
    out["sidecar"] = [dumps(r["sidecar"]) if r["sidecar"] is not None else None for r in results]
    return out


# --- the command line's engine -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ShardSpec:
    """Where and how workers write result shards: ``<target>/part-NNNNN.<format>`` (fsspec URL)."""

    target: str
    format: str = "jsonl"

    def path(self, n: int) -> str:
        return f"{self.target.rstrip('/')}/part-{n:05d}.{self.format}"


def shard_record(outcome: Outcome) -> dict[str, Any]:
    """One line of a JSONL shard (or row of a Parquet shard): the input's name, text and sidecar."""
    return {
        "name": outcome.input.name,
        "ok": outcome.ok,
        "error": outcome.error,
        "error_kind": outcome.error_kind,
        "kind": outcome.kind if outcome.ok else None,
        "text": outcome.text,
        "sidecar": outcome.sidecar,
    }


def write_shard(spec: ShardSpec, n: int, outcomes: Sequence[Outcome]) -> str:
    import fsspec

    from .sidecar import dumps

    path = spec.path(n)
    fs, fs_path = fsspec.core.url_to_fs(path)
    fs.makedirs(fs._parent(fs_path), exist_ok=True)
    rows = [shard_record(o) for o in outcomes]
    if spec.format == "jsonl":
        data = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows)
        with fs.open(fs_path, "wb") as fh:
            fh.write(data.encode("utf-8", "surrogatepass"))
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.table(
            {
                "name": pa.array([r["name"] for r in rows], pa.string()),
                "ok": pa.array([r["ok"] for r in rows], pa.bool_()),
                "error": pa.array([r["error"] for r in rows], pa.string()),
                "error_kind": pa.array([r["error_kind"] for r in rows], pa.string()),
                "kind": pa.array([r["kind"] for r in rows], pa.string()),
                "text": pa.array([r["text"] for r in rows], pa.string()),
                "sidecar": pa.array([dumps(r["sidecar"]) if r["sidecar"] else None for r in rows], pa.string()),
            }
        )
        with fs.open(fs_path, "wb") as fh:
            pq.write_table(table, fh)
    return path


def _clean_chunk(
    n: int,
    tasks: list[tuple[Input, bytes | None]],
    opts: Options,
    rules: RuleSet | None,
    shards: ShardSpec | None,
    want_results: bool,
) -> list[Outcome]:
    """Runs on a worker: clean a chunk of inputs, write its shard, return what the client needs."""
    ruleset = _ruleset(rules)
    outcomes = [clean_one(inp, opts, raw, ruleset=ruleset) for inp, raw in tasks]
    if shards is not None:
        write_shard(shards, n, outcomes)
    if want_results:
        return outcomes
    # the client only counts: drop the heavy parts
    return [
        Outcome(
            input=o.input,
            ok=o.ok,
            error=o.error,
            error_kind=o.error_kind,
            kind=o.kind,
            sidecar={"counts": (o.sidecar or {}).get("counts", {})} if o.ok else None,
        )
        for o in outcomes
    ]


def connect(scheduler: str | None, *, workers: int = 2) -> tuple[Any, Any]:
    """A ``distributed.Client`` on ``scheduler`` (an address such as ``tcp://host:8786``), or on a
    new LocalCluster of ``workers`` single-threaded worker processes; returns (client, cluster)."""
    _import_dask()
    import logging

    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler, timeout="30s"), None
    cluster = LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",
        silence_logs=logging.ERROR,
    )
    return Client(cluster), cluster


def run(
    inputs: Iterable[Input],
    opts: Options,
    sink: Any | None,
    *,
    scheduler: str | None = None,
    jobs: int = 2,
    shards: ShardSpec | None = None,
    partition_size: int = 256,
    stdin: bytes | None = None,
    on_result: Callable[[Outcome, str], None] | None = None,
) -> Summary:
    """``cleaner clean --engine dask``: clean inputs on a Dask cluster, in chunks of ``partition_size``.

    Without ``scheduler`` a LocalCluster of ``jobs`` single-threaded worker processes is started.

    Workers read the input files themselves (paths must be readable on the workers: a shared file
    system), clean them and, with ``shards``, write one shard per chunk. With a ``sink`` (a local
    archive or folder) the results come back to this process in input order and are stored exactly
    as a local batch stores them. A bounded number of chunks is in flight, so the client's memory
    stays flat whatever the corpus size. Returns the same Summary as ``batch.run``.
    """
    if sink is None and shards is None:
        raise CleanerError("the Dask engine needs somewhere to write: --out TARGET or --archive DIR")
    rules = ruleset_for(opts.rules) if opts.rules else None
    client, cluster = connect(scheduler, workers=jobs)
    summary = Summary()
    start = time.monotonic()
    try:
        shipped = client.scatter(rules, broadcast=True) if rules is not None else None
        run_id = uuid.uuid4().hex  # task keys are global on a cluster: other runs must not share them
        nthreads = max(1, sum(client.nthreads().values()))
        window = max(2, 2 * nthreads)
        chunks = chunked(((inp, stdin if inp.path is None else None) for inp in inputs), max(1, partition_size))
        pending: deque[tuple[Any, list[tuple[Input, bytes | None]]]] = deque()

        def collect() -> None:
            fut, chunk = pending.popleft()
            try:
                results = fut.result()
            except Exception as exc:  # a worker lost, a shard not writable: the chunk's inputs fail
                reason = f"dask: {type(exc).__name__}: {one_line(exc)}"
                results = [Outcome(input=inp, ok=False, error=reason, error_kind="internal") for inp, _ in chunk]
            fut.release()
            for outcome in results:
                account(summary, outcome, sink, on_result)

        try:
            for n, chunk in enumerate(chunks):
                fut = client.submit(
                    _clean_chunk, n, chunk, opts, shipped, shards, sink is not None, key=f"cleaner-{run_id}-{n}"
                )
                pending.append((fut, chunk))
                if len(pending) >= window:
                    collect()
            while pending:
                collect()
        except KeyboardInterrupt:
            summary.interrupted = True
            for fut, _ in pending:
                fut.cancel()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    summary.seconds = time.monotonic() - start
    return summary


def read_shards(target: str | Path) -> list[dict[str, Any]]:
    """Every record of a folder of shards, in input order (JSONL or Parquet)."""
    import fsspec

    fs, root = fsspec.core.url_to_fs(str(target))
    files = sorted(p for p in fs.ls(root, detail=False) if p.rsplit("/", 1)[-1].startswith("part-"))
    out: list[dict[str, Any]] = []
    for f in files:
        if f.endswith(".jsonl"):
            with fs.open(f, "rb") as fh:
                out.extend(json.loads(line) for line in fh.read().decode("utf-8").splitlines() if line)
        elif f.endswith(".parquet"):
            import pyarrow.parquet as pq

            with fs.open(f, "rb") as fh:
                rows = pq.read_table(fh).to_pylist()
            for r in rows:
                r["sidecar"] = json.loads(r["sidecar"]) if r["sidecar"] else None
            out.extend(rows)
    return out
