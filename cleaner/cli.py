"""The ``cleaner`` command: thin on purpose (parse arguments, call the library, print).

Exit codes: 0 success; 1 some inputs failed, a check found problems, or an operational error
(locked archive, unreadable rule pack); 2 a usage error; 130 interrupted.
Errors are one line on stderr, never a traceback (set CLEANER_DEBUG=1 to see one).
"""

from __future__ import annotations

import functools
import itertools
import json
import os
import sqlite3
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from . import __version__
from .errors import CleanerError

app = typer.Typer(
    name="cleaner",
    help="Clean scraped and syndicated news articles into clean, archived, auditable text.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

F = TypeVar("F", bound=Callable[..., Any])


class Format(StrEnum):
    text = "text"
    json = "json"


class CleanFormat(StrEnum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


class Engine(StrEnum):
    local = "local"
    dask = "dask"


class ShardFormat(StrEnum):
    jsonl = "jsonl"
    parquet = "parquet"


class Fail(Exception):
    """A one-line error for the user; ``code`` is the exit status."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def _stderr() -> Any:
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def _stdout() -> Any:
    from rich.console import Console

    console = Console(highlight=False, soft_wrap=True)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console = Console(highlight=False, soft_wrap=True, width=160)  # piped: don't squeeze tables to 80
    return console


def error(message: str) -> None:
    from rich.markup import escape

    _stderr().print(f"[bold red]cleaner: error:[/] {escape(message)}")


def guarded(fn: F) -> F:
    """Turn every expected failure into a one-line message and an exit code."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        json_mode = str(kwargs.get("fmt", "")) in ("json", "jsonl")

        def fail(message: str, code: int) -> typer.Exit:
            error(message)
            if json_mode:  # scripts read stdout: the error is there too, as JSON
                write_stdout(json.dumps({"ok": False, "error": message}, ensure_ascii=False) + "\n")
            return typer.Exit(code)

        try:
            return fn(*args, **kwargs)
        except typer.Exit:
            raise
        except Fail as exc:
            raise fail(str(exc), exc.code) from None
        except KeyboardInterrupt:
            raise fail("interrupted", 130) from None
        except BrokenPipeError:
            _silence_stdout()
            raise typer.Exit(1) from None
        except MemoryError:
            raise fail(
                "out of memory: the input (or the batch) needs more memory than this machine gives; "
                "try fewer --jobs, or a smaller --max-size to skip the largest inputs",
                1,
            ) from None
        except sqlite3.DatabaseError as exc:
            if os.environ.get("CLEANER_DEBUG"):
                raise
            raise fail(
                f"the archive's index is damaged ({exc}): cleaner verify shows what is affected, "
                "cleaner reindex rebuilds the index from the files (the damaged one is kept aside)",
                1,
            ) from None
        except (CleanerError, ValueError, OSError) as exc:
            if os.environ.get("CLEANER_DEBUG"):
                raise
            from .batch import one_line

            raise fail(one_line(exc), 1) from None
        except Exception as exc:
            if os.environ.get("CLEANER_DEBUG"):
                raise
            from .batch import one_line

            raise fail(
                f"internal error: {type(exc).__name__}: {one_line(exc)} (CLEANER_DEBUG=1 shows the traceback)", 1
            ) from None

    return wrapper  # type: ignore[return-value]


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def write_stdout(text: str) -> None:
    """Print text exactly (UTF-8, no re-wrapping, no markup)."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is not None:
        buffer.write(text.encode("utf-8", "surrogatepass"))
        buffer.flush()
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


def print_json(data: Any) -> None:
    write_stdout(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n")


def version_callback(value: bool) -> None:
    if value:
        write_stdout(f"cleaner {__version__}\n")
        raise typer.Exit()


@app.callback()
@guarded
def main(
    ctx: typer.Context,
    version: Annotated[
        bool, typer.Option("--version", callback=version_callback, is_eager=True, help="Show the version.")
    ] = False,
    isolated: Annotated[
        bool, typer.Option("--isolated", help="Ignore cleaner.toml and [tool.cleaner] in pyproject.toml.")
    ] = False,
) -> None:
    """Clean scraped and syndicated news articles into clean, archived, auditable text.

    Settings (rules, archive, jobs, format, language, max-size, time-limit, quiet) may live in a
    cleaner.toml or in [tool.cleaner] of a pyproject.toml, found from the current folder up;
    flags override them.
    """
    if isolated:
        return
    from . import config

    cfg = config.load()
    if cfg.path is None:
        return
    group = ctx.command
    defaults: dict[str, Any] = {}
    for name in getattr(group, "commands", {}):
        command = group.get_command(ctx, name)  # type: ignore[attr-defined]
        if command is not None:
            taken = cfg.defaults_for({p.name for p in command.params if p.name})
            if taken:
                defaults[name] = taken
    ctx.default_map = {**(ctx.default_map or {}), **defaults}


RulesOpt = Annotated[
    list[Path] | None,
    typer.Option("--rules", "-r", help="A rule pack (.toml) or a folder of packs, added to the built-in rules."),
]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")]
ArchiveOpt = Annotated[
    Path | None,
    typer.Option(
        "--archive",
        "-a",
        envvar="CLEANER_ARCHIVE",
        help="The archive folder (default: $CLEANER_ARCHIVE or '.').",
    ),
]


def _rule_paths(rules: list[Path] | None) -> tuple[str, ...]:
    return tuple(str(p) for p in rules or ())


def _load_rules(rules: list[Path] | None) -> Any:
    from .batch import ruleset_for

    return ruleset_for(_rule_paths(rules))


# --- clean -------------------------------------------------------------------------------------


@app.command()
@guarded
def clean(
    ctx: typer.Context,
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Articles: files, folders (recursively), globs, or - for standard input. "
            "Plain text (.txt), pages (.html, .htm) and gzip (.gz).",
            show_default=False,
        ),
    ],
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Write <name>.txt and <name>.json per input into this folder."),
    ] = None,
    archive: Annotated[
        Path | None,
        typer.Option("--archive", "-a", help="Store sources and versioned results in this archive."),
    ] = None,
    rules: RulesOpt = None,
    url: Annotated[str | None, typer.Option("--url", help="The article's URL (one input only).")] = None,
    name: Annotated[
        str, typer.Option("--name", help="The name standard input goes by (output name, archive id).")
    ] = "stdin",
    language: Annotated[str | None, typer.Option("--language", help="Language code, e.g. en, fr.")] = None,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes (default: all cores).")
    ] = None,
    max_size: Annotated[
        float, typer.Option("--max-size", min=0.001, help="Largest input to read, or to decompress, in MiB.")
    ] = 64.0,
    time_limit: Annotated[
        float | None,
        typer.Option(
            "--time-limit",
            min=0,
            help="Seconds to clean one article before it fails (default: 60 + 4 per MiB; 0: no limit).",
        ),
    ] = None,
    engine: Annotated[
        Engine, typer.Option("--engine", help="local: worker processes here; dask: a Dask cluster (see docs/scale.md).")
    ] = Engine.local,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="With --engine dask: the scheduler address (default: a local cluster)."),
    ] = None,
    shards: Annotated[
        str | None,
        typer.Option("--shards", help="With --engine dask: workers write result shards to this folder or URL."),
    ] = None,
    shard_format: Annotated[
        ShardFormat, typer.Option("--shard-format", help="Shard format for --shards.")
    ] = ShardFormat.jsonl,
    partition_size: Annotated[
        int, typer.Option("--partition-size", min=1, help="With --engine dask: articles per task (and per shard).")
    ] = 256,
    fmt: Annotated[
        CleanFormat,
        typer.Option(
            "--format",
            "-f",
            help="text; json (one document); jsonl (one line per article, then the summary).",
        ),
    ] = CleanFormat.text,
    quiet: QuietOpt = False,
    dry_run: Annotated[
        bool,
        typer.Option("--dry-run", help="With --archive: say what would get a new version, and why; write nothing."),
    ] = False,
) -> None:
    """Clean articles: print them, write clean files (--out) or keep a versioned archive (--archive)."""
    from . import batch, sources

    if out is not None and archive is not None and _from_config(ctx, "archive"):
        archive = None  # --out on the command line beats the configured archive
    if out is not None and archive is not None:
        raise Fail("use either --out or --archive, not both", 2)
    if dry_run and archive is None:
        raise Fail("--dry-run previews an archive run: give --archive DIR", 2)
    if engine is Engine.local and (scheduler is not None or shards is not None):
        raise Fail("--scheduler and --shards need --engine dask", 2)
    if engine is Engine.dask and out is None and archive is None and shards is None:
        raise Fail("--engine dask needs somewhere to write: --shards TARGET, --archive DIR or --out DIR", 2)
    exclude = [p for p in (out, archive) if p is not None]
    _check_destination(out, "--out", inputs)
    _check_destination(archive, "--archive", inputs)
    # inputs stream from the folders as the batch goes: memory does not grow with the corpus
    problems: list[tuple[str, str]] = []
    skipped: list[tuple[str, str]] = []
    records: Counter[str] = Counter()  # WARC records that are not HTML captures, by type
    stream = sources.iter_expand(
        inputs, exclude=exclude, stdin_name=_safe_name(name), problems=problems, skipped=skipped, records=records
    )
    head = list(itertools.islice(stream, 2))  # fewer than two: the stream is done and problems complete
    if sum(1 for i in head if i.path is None) > 1:
        raise Fail("standard input (-) can be named only once", 2)
    if url is not None and len(head) + len(problems) > 1:
        raise Fail("--url applies to a single input; several were given", 2)
    rule_paths = _rule_paths(rules)
    if archive is not None:
        from .learn import archive_packs

        rule_paths = (*rule_paths, *archive_packs(archive))  # what cleaner learn --archive wrote
    opts = batch.Options(
        rules=rule_paths,
        url=url,
        language=language,
        max_bytes=int(max_size * 1024 * 1024),
        time_limit=time_limit,
    )
    batch.ruleset_for(opts.rules)  # a bad rule pack is one error up front, not one per article

    if out is None and archive is None and shards is None:
        items = head + list(stream)
        if problems:
            arg, reason = problems[0]
            raise Fail(f"{arg}: {reason}")
        if len(items) == 1:
            stdin = sources.read_bytes(items[0], max_bytes=opts.max_bytes) if items[0].path is None else None
            outcome = batch.clean_one(items[0], opts, stdin)
            if not outcome.ok:
                raise Fail(f"{items[0].display}: {outcome.error}")
            assert outcome.text is not None
            if fmt is CleanFormat.json:
                print_json({"text": outcome.text, "sidecar": outcome.sidecar})
            elif fmt is CleanFormat.jsonl:
                write_stdout(_jsonl(_printed(outcome)))
            else:
                write_stdout(outcome.text)
            return
        _print_several(items, opts, fmt)
        return

    distributed = None
    if engine is Engine.dask:
        from .dask import ShardSpec

        distributed = {
            "scheduler": scheduler,
            "shards": ShardSpec(shards, shard_format.value) if shards else None,
            "partition_size": partition_size,
        }
    stdin = None
    stdin_failed: list[tuple[str, str]] = []
    batch_items: Any = head if len(head) < 2 else itertools.chain(head, stream)
    if sources.STDIN in inputs:
        stdin_item = sources.Input(name=_safe_name(name), path=None, origin=sources.STDIN)
        try:
            stdin = sources.read_bytes(stdin_item, max_bytes=opts.max_bytes)
        except CleanerError as exc:
            stdin_failed.append(("-", str(exc)))
            batch_items = (i for i in batch_items if i.path is not None)

    def count() -> int:  # for the progress bar: a second walk, which keeps nothing
        return sum(1 for _ in sources.iter_expand(inputs, exclude=exclude, stdin_name=_safe_name(name), problems=[]))

    if archive is not None and dry_run:
        from .archive import Archive
        from .archive.preview import PreviewSink

        if not (archive / "cleaner-archive.json").is_file():
            raise Fail(f"--dry-run: {sources.printable(str(archive))} is not an archive yet: every input would be new")
        store = Archive.open(archive)

        def said(outcome: Any, p: Any) -> None:
            if fmt == "text" and not quiet:
                _stdout().print(f"{p.status:>11}  {p.id}: {p.reason}", markup=False, highlight=False)

        with store.locked(exclusive=False):
            sink = PreviewSink(store, said)
            summary = _run_batch(batch_items, opts, sink, jobs, stdin, True, fmt, distributed, count)
            summary.new_sources = sink.new_sources
    elif archive is not None:
        from .archive import Archive
        from .archive.index import utc

        started = utc()
        store = Archive.open(archive, create=True)
        with store.locked():
            sink = store.sink()
            summary = _run_batch(batch_items, opts, sink, jobs, stdin, quiet, fmt, distributed, count)
            summary.new_sources = sink.new_sources
            ruleset = batch.ruleset_for(opts.rules)
            store.record_run(
                started_at=started,
                command="clean " + " ".join(sources.printable(i) for i in inputs),
                summary=summary,
                rules_sha256=ruleset.sha256,
            )
    else:
        sink = batch.FolderSink(out) if out is not None else None
        summary = _run_batch(batch_items, opts, sink, jobs, stdin, quiet, fmt, distributed, count)
    for arg, reason in stdin_failed:
        summary.total += 1
        summary.fail(arg, reason)
    named = {sources.printable(a) for a in inputs}
    for arg, reason in problems:
        if arg in named and getattr(reason, "kind", None) in ("missing", "usage"):
            summary.missing.append((arg, reason))  # an argument that named nothing: not an article
        else:
            summary.total += 1  # a file in a folder that could not be taken (a symlink loop, ...)
            summary.fail(arg, reason)
    summary.skipped.extend(skipped)
    summary.records_skipped.update(records)
    _report(summary, fmt, quiet, archive=archive is not None, dry_run=dry_run)
    if summary.interrupted:
        raise typer.Exit(130)
    if summary.failed or summary.missing:
        raise typer.Exit(1)


def _from_config(ctx: typer.Context, param: str) -> bool:
    source = ctx.get_parameter_source(param)  # typer may vendor click: compare by name
    return getattr(source, "name", None) == "DEFAULT_MAP"


def _check_destination(dest: Path | None, flag: str, inputs: list[str]) -> None:
    """A destination that cannot work fails once, up front, not once per article."""
    if dest is None:
        return
    from .sources import printable

    shown = printable(str(dest))
    if dest.exists() and not dest.is_dir():
        raise Fail(f"{flag} {shown}: is a file, not a folder; name a folder (it is created if missing)", 2)
    real = os.path.realpath(dest)
    for arg in inputs:
        if arg != "-" and os.path.isdir(arg) and os.path.realpath(arg) == real:
            raise Fail(
                f"{flag} {shown} is also an input folder: the results would mix with the articles; "
                "write them to another folder",
                2,
            )


def _jsonl(row: dict[str, Any]) -> str:
    return json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n"


def _result_row(outcome: Any, status: str) -> dict[str, Any]:
    """One article's result as a JSON Lines row: enough for a script to act on it."""
    side = outcome.sidecar or {}
    row: dict[str, Any] = {"path": outcome.input.display, "name": outcome.input.name, "status": status}
    if outcome.ok:
        row.update(title=side.get("title"), text_sha256=side.get("text_sha256"), removed=len(side.get("removed") or []))
    else:
        row.update(error=outcome.error, kind=outcome.error_kind)
    return row


def _printed(outcome: Any) -> dict[str, Any]:
    return {"path": outcome.input.display, "text": outcome.text, "sidecar": outcome.sidecar}


def _print_several(items: list[Any], opts: Any, fmt: str) -> None:
    """Several inputs to standard output: each under a header line (as ``head`` does), or as
    JSON (a list) / JSON Lines (one article per line); one that fails is said on stderr, exit 1."""
    from . import batch, sources

    failed = 0
    documents = []
    for n, item in enumerate(items):
        try:
            raw = sources.read_bytes(item, max_bytes=opts.max_bytes) if item.path is None else None
        except CleanerError as exc:
            failed += 1
            _stderr().print(f"[red]failed[/] {_esc(item.display)}: {_esc(str(exc))}", markup=True, highlight=False)
            continue
        outcome = batch.clean_one(item, opts, raw)
        if not outcome.ok:
            failed += 1
            _stderr().print(
                f"[red]failed[/] {_esc(item.display)}: {_esc(outcome.error or '')}", markup=True, highlight=False
            )
            continue
        if fmt == "jsonl":
            write_stdout(_jsonl(_printed(outcome)))
        elif fmt == "json":
            documents.append(_printed(outcome))
        else:
            write_stdout(("\n" if n else "") + f"==> {item.display} <==\n" + (outcome.text or ""))
    if fmt == "json":
        print_json({"articles": documents})
    if failed:
        raise typer.Exit(1)


def _esc(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def _safe_name(name: str) -> str:
    name = name.strip().replace("\\", "/")
    parts = [p for p in name.split("/") if p not in ("", ".", "..")]
    return "/".join(parts) or "stdin"


def _run_batch(
    items: Iterable[Any],
    opts: Any,
    sink: Any,
    jobs: int | None,
    stdin: bytes | None,
    quiet: bool,
    fmt: str,
    distributed: dict[str, Any] | None = None,
    count: Callable[[], int] | None = None,
) -> Any:
    from . import batch

    jobs = jobs or batch.default_jobs()
    run = batch.run
    if distributed is not None:
        from . import dask

        run = functools.partial(dask.run, **distributed)
    if fmt == "jsonl":  # one line per article as it is done, so scripts can act on each

        def line(outcome: Any, status: str) -> None:
            write_stdout(_jsonl(_result_row(outcome, status)))

        return run(items, opts, sink, jobs=jobs, stdin=stdin, on_result=line)
    if quiet or fmt == "json" or not items:
        return run(items, opts, sink, jobs=jobs, stdin=stdin)
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    console = _stderr()
    columns = (
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TextColumn("[red]{task.fields[failed]}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    import time

    start = time.monotonic()
    failed = 0
    with Progress(*columns, console=console, transient=False, disable=not console.is_terminal) as progress:
        total = len(items) if isinstance(items, list) else None
        if total is None and count is not None and console.is_terminal:
            total = count()
        task = progress.add_task("cleaning", total=total, rate="", failed="")
        done = 0

        def on_result(outcome: Any, status: str) -> None:
            nonlocal done, failed
            done += 1
            if not outcome.ok:
                failed += 1
            elapsed = max(time.monotonic() - start, 1e-6)
            progress.update(
                task,
                advance=1,
                rate=f"{done / elapsed:.0f}/s",
                failed=f"{failed} failed" if failed else "",
            )

        return run(items, opts, sink, jobs=jobs, stdin=stdin, on_result=on_result)


_ACTIONS = (("removed", "removed"), ("lifted", "lifted into metadata"), ("rewritten", "rewritten in place"))
_SKIPPED_SHOWN = 10


def _report(summary: Any, fmt: str, quiet: bool, *, archive: bool, dry_run: bool = False) -> None:
    from rich.markup import escape
    from rich.table import Table

    if fmt == "json":
        print_json(summary.to_dict())
        return
    if fmt == "jsonl":
        write_stdout(_jsonl({"summary": summary.to_dict()}))
        return
    err = _stderr()
    for path, reason in summary.failed:
        err.print(f"[red]failed[/] {escape(path)}: {escape(reason)}")
    for path, reason in summary.missing:
        err.print(f"[red]not found[/] {escape(path)}: {escape(reason)}")
    if summary.interrupted:
        err.print("[yellow]interrupted: rerun the same command to finish the work[/]")
    if quiet or (summary.total == 0 and summary.missing and not summary.skipped):
        return  # nothing was found: the lines above say it all
    for path, reason in summary.skipped[:_SKIPPED_SHOWN]:
        err.print(f"skipped {escape(path)}: {escape(reason)}")
    for path, kind in summary.not_articles[:_SKIPPED_SHOWN]:
        err.print(f"not an article ({kind} page): {escape(path)}: its main text was kept all the same")
    if len(summary.skipped) > _SKIPPED_SHOWN:
        err.print(f"skipped {len(summary.skipped) - _SKIPPED_SHOWN} more (--format json lists them all)")
    table = Table(title="cleaner summary", show_header=True, header_style="bold")
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("articles", str(summary.total))
    if dry_run:
        table.title = "cleaner summary (dry run: nothing written)"
        for status, n in sorted(summary.statuses.items()):
            table.add_row(status, str(n))
    elif archive:
        table.add_row("new versions", str(summary.statuses.get("new version", 0)))
        table.add_row("unchanged", str(summary.statuses.get("unchanged", 0)))
        table.add_row("new sources", str(summary.new_sources or 0))
    else:
        table.add_row("written", str(summary.statuses.get("written", 0)))
    table.add_row("failed", str(len(summary.failed)), style="red" if summary.failed else None)
    if summary.skipped:
        table.add_row("skipped (not articles)", str(len(summary.skipped)))
    if summary.missing:
        table.add_row("not found", str(len(summary.missing)), style="red")
    if summary.not_articles:
        table.add_row("pages that are not articles", str(len(summary.not_articles)))
    for kind, n in sorted(summary.records_skipped.items()):
        table.add_row(f"WARC records skipped: {kind}", str(n))
    for action, heading in _ACTIONS:
        for family, n in sorted(summary.actions.get(action, {}).items()):
            table.add_row(f"{heading}: {family}", str(n))
    for rule, n in sorted(summary.rules.items()):
        table.add_row(f"  by rule {rule}", str(n))
    for rule, n in sorted(summary.vetoes.items()):
        table.add_row(f"  kept by veto {rule}", str(n))
    rate = summary.ok / summary.seconds if summary.seconds > 0 else 0.0
    table.caption = f"{summary.seconds:.1f}s, {rate:.0f} articles/s"
    _stdout().print(table)


# --- rules -------------------------------------------------------------------------------------


@app.command("rules")
@guarded
def rules_cmd(
    rules: RulesOpt = None,
    family: Annotated[str | None, typer.Option("--family", help="Only this family.")] = None,
    explain: Annotated[
        str | None, typer.Option("--explain", help="Show one rule in full: why, pack, examples.")
    ] = None,
    fmt: FormatOpt = Format.text,
) -> None:
    """List the loaded rules (id, family, description); --rules adds packs."""
    ruleset = _load_rules(rules)
    items = sorted(ruleset.rules.values(), key=lambda r: (r.family, r.id))
    if family:
        items = [r for r in items if r.family == family]
    if explain:
        rule = ruleset.rules.get(explain.upper())
        if rule is None:
            raise Fail(f"no rule {explain} in the loaded packs")
        items = [rule]
    if fmt is Format.json:
        from .catalogue import catalogue

        print_json(catalogue(ruleset, items))
        return
    from rich.markup import escape
    from rich.table import Table

    console = _stdout()
    if explain:
        from .catalogue import describe

        r = items[0]
        d = describe(r)
        # in a terminal, words wrap at its width (a soft-wrapped line would be cut mid-word at 80 columns)
        soft = not console.is_terminal

        def say(text: str) -> None:
            console.print(text, soft_wrap=soft)

        say(f"[bold]{r.id}[/]  {escape(r.family)} / {escape(r.kind)}  (pack {escape(d['pack'])})")
        say(escape(r.description))
        if r.why:
            say(f"[dim]why:[/] {escape(r.why)}")
        if d["modules"]:
            say(f"[dim]implemented in:[/] {escape(', '.join(d['modules']))}")
        if d["params"]:
            # a learned model's trees would fill pages: their count here, the numbers in --format json
            shown = (
                f"{k} = {v!r}" if len(repr(v)) <= 1000 else f"{k} = [{len(v)} items]"
                for k, v in d["params"].items()
            )
            say(f"[dim]params:[/] {escape(', '.join(shown))}")
        for ex in r.examples:
            say(f"  [green]example:[/] {escape(ex)}")
        for ex in r.counter_examples:
            say(f"  [yellow]not:[/] {escape(ex)}")
        return
    ident = ruleset.identity()
    table = Table(
        title=f"{ident['name']} {ident['version']} ({ident['sha256'][:12]}), {len(items)} rules",
        header_style="bold",
    )
    table.add_column("id", no_wrap=True)
    table.add_column("family")
    table.add_column("description")
    for r in items:
        table.add_row(r.id, r.family, escape(r.description))
    console.print(table)


# --- learn -------------------------------------------------------------------------------------


@app.command()
@guarded
def learn(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(help="Articles to learn from: files, folders, globs, or archives.", show_default=False),
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write the site packs (site-<site>.toml) into this folder.")
    ] = None,
    archive: Annotated[
        Path | None,
        typer.Option("--archive", "-a", help="Learn from this archive into its own packs (used by clean --archive)."),
    ] = None,
    rules: RulesOpt = None,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes (default: all cores).")
    ] = None,
    fmt: FormatOpt = Format.text,
    quiet: QuietOpt = False,
) -> None:
    """Learn site packs: lines a site prints word for word across different stories (see docs/learn.md)."""
    from . import batch
    from . import learn as learning

    if archive is not None and out is None and not inputs:
        sources_, target = [str(archive)], archive / learning.PACKS
    elif out is not None and inputs and archive is None:
        sources_, target = list(inputs), out
    else:
        raise Fail("give INPUTS... --out PACKDIR, or --archive DIR alone", 2)
    if archive is not None and not (archive / "cleaner-archive.json").is_file():
        raise Fail(f"{archive}: not a cleaner archive (no cleaner-archive.json)")
    opts = batch.Options(rules=_rule_paths(rules))
    batch.ruleset_for(opts.rules)  # a bad rule pack is one error up front
    failed: list[tuple[str, str]] = []
    docs = learning.docs_from_inputs(sources_, opts, jobs or batch.default_jobs(), failed)
    packs = learning.learn(docs)
    written = learning.write_packs(packs, target)
    result = {
        "packs": [
            {"file": str(path), "site": p.site, "grouped_by": p.grouped_by, "stories": p.stories,
             "articles": p.articles, "rules": len(p.lines)}
            for p, path in zip(packs, written, strict=True)
        ],
        "failed": [{"path": p, "reason": r} for p, r in failed],
    }
    if fmt is Format.json:
        print_json(result)
    elif not quiet:
        for p in result["packs"]:
            _stdout().print(
                f"{p['file']}: {p['rules']} rules from {p['articles']} articles in {p['stories']} stories"
                f" ({p['site']}, grouped by {p['grouped_by']})",
                highlight=False,
                markup=False,
            )
    for path, reason in failed:
        _stderr().print(f"[red]failed[/] {path}: {reason}", highlight=False)
    if failed:
        raise typer.Exit(1)


# --- archive commands --------------------------------------------------------------------------


def _archive_path(archive: Path | None) -> Path:
    return archive if archive is not None else Path(".")


def _open_archive(archive: Path | None) -> Any:
    from .archive import Archive

    return Archive.open(_archive_path(archive))


@app.command()
@guarded
def verify(
    archive: Annotated[Path, typer.Argument(help="The archive folder.")],
    fmt: FormatOpt = Format.text,
    quiet: QuietOpt = False,
) -> None:
    """Fixity check: every source, version and sidecar against its recorded hashes."""
    from .archive.verify import verify_archive

    store = _open_archive(archive)
    with store.locked(exclusive=False):
        findings, stats = verify_archive(store)
    errors = [f for f in findings if f.severity == "error"]
    if fmt is Format.json:
        print_json({"ok": not errors, "checked": stats, "findings": [f.to_dict() for f in findings]})
    else:
        from rich.markup import escape

        console = _stdout()
        for f in findings:
            tag = "[bold red]MISMATCH[/]" if f.severity == "error" else "[yellow]warning[/]"
            console.print(f"{tag} {escape(f.path)}: {escape(f.reason)}")
        if not quiet:
            verdict = "[green]ok[/]" if not errors else f"[red]{len(errors)} mismatch(es)[/]"
            console.print(
                f"checked {stats['articles']} articles, {stats['sources']} sources, "
                f"{stats['versions']} versions: {verdict}"
            )
    if errors:
        raise typer.Exit(1)


@app.command()
@guarded
def reindex(
    archive: Annotated[Path, typer.Argument(help="The archive folder.")],
    fmt: FormatOpt = Format.text,
) -> None:
    """Rebuild the SQLite index from the archive's files."""
    store = _open_archive(archive)
    with store.locked():
        report = store.reindex()
    found = report["disagreements"]
    if fmt is Format.json:
        print_json(report)
    else:
        from rich.markup import escape

        console = _stdout()
        for d in found:
            console.print(f"[bold red]MISMATCH[/] {escape(d['path'])}: {escape(d['reason'])}")
        console.print(
            f"reindexed {report['articles']} articles, {report['sources']} sources, {report['versions']} versions"
            + (f"; the old index is kept as {report['old_index']}" if report["old_index"] else "")
        )
        if found:
            console.print(
                f"[red]{len(found)} disagreement(s) between the files and what was recorded: the recorded hashes "
                "are kept, so cleaner verify keeps reporting them[/]"
            )
    if found:
        raise typer.Exit(1)


@app.command()
@guarded
def log(
    article: Annotated[str, typer.Argument(help="Article id, URL, source name, or unique id prefix.")],
    archive: ArchiveOpt = None,
    fmt: FormatOpt = Format.text,
) -> None:
    """The versions of one article, oldest first."""
    store = _open_archive(archive)
    article_id = store.resolve(article)
    versions = store.versions(article_id)
    rows = []
    for v in versions:
        side = v["sidecar"]
        rules = side.get("rules") or {}
        rows.append(
            {
                "version": v["version"],
                "created_at": v["created_at"],
                "source_version": side.get("source_version"),
                "rules": f"{rules.get('name')} {rules.get('version')}",
                "rules_sha256": rules.get("sha256"),
                "cleaner_version": side.get("cleaner_version"),
                "text_sha256": side.get("text_sha256"),
                "removed": len(side.get("removed") or []),
                "title": side.get("title"),
            }
        )
    with store.locked(exclusive=False):
        story = store.story_of(article_id)
    if fmt is Format.json:
        print_json({"id": article_id, "versions": rows, "story": story})
        return
    text = _log_blocks(article_id, rows)
    if story is not None:
        from rich.markup import escape

        others = [m for m in story["members"] if m != article_id]
        role = "its original" if story["original"] == article_id else f"a copy of {story['original']}"
        text += f"\nstory: {len(story['members'])} articles, this one {escape(role)}; others: " + escape(
            ", ".join(others)
        )
    _stdout().print(text, soft_wrap=True)


def _log_blocks(article_id: str, rows: list[dict[str, Any]]) -> str:
    """One block per version, laid out for 80 columns: a table of seven columns was not readable."""
    from rich.markup import escape

    lines = [f"[bold]{escape(article_id)}[/]: {len(rows)} version{'s' if len(rows) != 1 else ''}"]
    for r in rows:
        when = str(r["created_at"]).replace("T", " ").replace("Z", " UTC")
        lines.append(f"[bold]v{r['version']}[/]  {when}  from source v{r['source_version']}")
        lines.append(
            f"    rules   {escape(str(r['rules']))} ({str(r['rules_sha256'] or '')[:12]}), "
            f"cleaner {escape(str(r['cleaner_version']))}"
        )
        lines.append(f"    text    sha256 {str(r['text_sha256'] or '')[:16]}, {r['removed']} decisions recorded")
        if r.get("title"):
            import textwrap

            title = textwrap.fill(str(r["title"]), 78, initial_indent=" " * 12, subsequent_indent=" " * 12)
            lines.append("    title   " + escape(title[12:]))
    return "\n".join(lines)


@app.command()
@guarded
def show(
    target: Annotated[str, typer.Argument(help="An article file, a version file (vN.txt/vN.json), or an article id.")],
    archive: ArchiveOpt = None,
    version: Annotated[int | None, typer.Option("--version", "-v", min=1, help="Version (default: latest).")] = None,
    diff: Annotated[bool, typer.Option("--diff", help="Show what changed from the previous version.")] = False,
    base: Annotated[int | None, typer.Option("--base", min=1, help="With --diff: the older version.")] = None,
    rules: RulesOpt = None,
    fmt: FormatOpt = Format.text,
) -> None:
    """The clean text with what was removed, coloured, each with its rule id; --diff between versions."""
    from .archive import show as views

    path = Path(target)
    store = None
    article_id = None
    if path.is_file():
        located = _version_file(path)
        if located is not None:
            store, article_id, file_version = located
            version = version or file_version
        elif path.name.endswith((".clean.txt", ".clean.json")):
            stem = path.name[: -len(".clean.txt" if path.name.endswith(".txt") else ".clean.json")]
            text = (path.parent / f"{stem}.clean.txt").read_text("utf-8")
            side = json.loads((path.parent / f"{stem}.clean.json").read_text("utf-8"))
            _show_one(fmt, str(path), text, side, None, views)
            return
        else:
            from . import batch, sources

            item = sources.Input(name=path.name, path=str(path), origin=target)
            opts = batch.Options(rules=_rule_paths(rules))
            outcome = batch.clean_one(item, opts)
            if not outcome.ok:
                raise Fail(f"{path}: {outcome.error}")
            assert outcome.text is not None and outcome.sidecar is not None
            if diff:  # a raw file: what cleaning changed, source against clean text
                source = sources.load(item).text()
                lines = views.diff_lines(source, outcome.text, f"{path.name} (source)", f"{path.name} (clean)")
                if fmt is Format.json:
                    print_json({"file": str(path), "diff": "".join(lines)})
                else:
                    _stdout().print(views.render_diff(lines, [], f"{path}: source -> clean"))
                return
            _show_one(
                fmt, str(path), outcome.text, outcome.sidecar, outcome.raw if outcome.kind == "text" else None, views
            )
            return
    if store is None:
        if archive is None and not path.exists() and not (Path(".") / "cleaner-archive.json").is_file():
            raise Fail(f"{target}: no such file or folder (to show an article id, give --archive DIR)")
        store = _open_archive(archive)
        article_id = store.resolve(target)
    assert article_id is not None
    n, text, side = store.read_version(article_id, version)
    if diff:
        m = base if base is not None else n - 1
        if m < 1:
            raise Fail(f"{article_id} v{n} is the first version: nothing to compare with", 2)
        if m >= n:
            raise Fail(f"--base v{m} is not older than v{n}: the base must be an earlier version", 2)
        m, old_text, old_side = store.read_version(article_id, m)
        lines = views.diff_lines(old_text, text, f"v{m}.txt", f"v{n}.txt")
        changes = views.metadata_changes(old_side, side)
        if fmt is Format.json:
            print_json(
                {
                    "id": article_id,
                    "from": m,
                    "to": n,
                    "diff": "".join(lines),
                    "metadata": [{"field": k, "from": a, "to": b} for k, a, b in changes],
                }
            )
        else:
            _stdout().print(views.render_diff(lines, changes, f"{article_id}: v{m} -> v{n}"))
        return
    _show_one(fmt, f"{article_id} v{n}", text, side, store.read_source(article_id, side), views)


def _show_one(fmt: Format, title: str, text: str, side: dict[str, Any], raw: bytes | None, views: Any) -> None:
    if fmt is Format.json:
        print_json({"title": title, "text": text, "sidecar": side})
    else:
        console = _stdout()  # on a terminal, wrap at word boundaries; piped, leave lines whole
        console.print(views.render(title, text, side, raw), soft_wrap=not console.is_terminal)


def _version_file(path: Path) -> tuple[Any, str, int] | None:
    """``ARCHIVE/articles/<id>/vN.(txt|json)`` -> (archive, id, N)."""
    from .archive import Archive, layout

    m = layout.VERSION_RE.match(path.name)
    folder = path.resolve().parent
    if not m or folder.parent.name != layout.ARTICLES:
        return None
    root = folder.parent.parent
    if not (root / layout.MARKER).is_file():
        return None
    return Archive.open(root), folder.name, int(m.group(1))


@app.command()
@guarded
def copies(
    archive: Annotated[Path, typer.Argument(help="The archive folder.")],
    fmt: FormatOpt = Format.text,
) -> None:
    """Syndicated copies linked into stories: each story's articles and its original."""
    store = _open_archive(archive)
    with store.locked(exclusive=False):
        clusters = store.copies()
    if fmt is Format.json:
        print_json({"clusters": clusters})
        return
    from rich.markup import escape

    console = _stdout()
    if not clusters:
        console.print("no story has more than one article in this archive")
        return
    for c in clusters:
        console.print(f"[bold]story[/] of {len(c['members'])} articles; original: {escape(str(c['original']))}")
        for member in c["members"]:
            mark = "*" if member == c["original"] else " "
            console.print(f"  {mark} {escape(member)}", soft_wrap=True)
    console.print(f"{len(clusters)} stories with copies (* the original)")


class ExportFormat(StrEnum):
    warc = "warc"
    jsonl = "jsonl"
    parquet = "parquet"
    bagit = "bagit"


@app.command()
@guarded
def export(
    archive: Annotated[Path, typer.Argument(help="The archive folder.")],
    dest: Annotated[Path, typer.Argument(help="Where to write: a file (warc, jsonl, parquet) or a folder (bagit).")],
    to: Annotated[ExportFormat, typer.Option("--to", help="warc, jsonl, parquet or bagit.")],
    all_versions: Annotated[
        bool, typer.Option("--all-versions", help="Every version, not only the newest of each article.")
    ] = False,
    fmt: FormatOpt = Format.text,
) -> None:
    """Export the archive's articles: WARC conversion records, JSON Lines, Parquet or a BagIt bag."""
    from .export import export as run_export

    n = run_export(archive, to.value, dest, all_versions=all_versions)
    if fmt is Format.json:
        print_json({"exported": n, "format": to.value, "dest": str(dest)})
    else:
        _stdout().print(f"exported {n} article version(s) as {to.value} to {dest}", markup=False)


# --- pre-commit hook ---------------------------------------------------------------------------


@app.command()
@guarded
def check(
    files: Annotated[
        list[str] | None, typer.Argument(help="Raw article files (pre-commit passes the staged ones).")
    ] = None,
    fix: Annotated[bool, typer.Option("--fix", help="Write missing or stale outputs (never the source).")] = False,
    rules: RulesOpt = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="Keep outputs in this folder (<name>.txt/.json) instead of beside the "
            "article (<name>.clean.txt/.clean.json).",
        ),
    ] = None,
    fmt: FormatOpt = Format.text,
    quiet: QuietOpt = False,
) -> None:
    """Pre-commit check: fail when an article's clean text or sidecar is missing or stale; --fix writes them."""
    from . import hook

    _load_rules(rules)  # a bad pack is one error, not one per file
    reports = hook.check(files or [], fix=fix, rules=_rule_paths(rules), out=str(out) if out else None)
    failed = [r for r in reports if r.failed]
    if fmt is Format.json:
        print_json({"ok": not failed, "files": [r.to_dict() for r in reports if r.status != "skipped"]})
    else:
        lines = [f"{r.path}: {r.status} ({r.reason})" for r in failed]
        if not quiet:
            checked = sum(1 for r in reports if r.status != "skipped")
            if any(r.status == "fixed" for r in failed):
                lines.append("cleaner check: outputs written; stage them (git add) and commit again")
            elif failed:
                lines.append(
                    f"cleaner check: {len(failed)} of {checked} article(s) need attention; "
                    "run `cleaner check --fix FILE...` to write the outputs"
                )
        if lines:
            write_stdout("\n".join(lines) + "\n")
    if failed:
        raise typer.Exit(1)


def run() -> None:  # pragma: no cover - console entry for python -m
    app()


if __name__ == "__main__":  # pragma: no cover
    run()
