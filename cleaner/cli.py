"""The ``cleaner`` command: thin on purpose (parse arguments, call the library, print).

Exit codes: 0 success; 1 some inputs failed, a check found problems, or an operational error
(locked archive, unreadable rule pack); 2 a usage error; 130 interrupted.
Errors are one line on stderr, never a traceback (set CLEANER_DEBUG=1 to see one).
"""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable
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
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

F = TypeVar("F", bound=Callable[..., Any])


class Format(StrEnum):
    text = "text"
    json = "json"


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

    return Console(highlight=False, soft_wrap=True)


def error(message: str) -> None:
    from rich.markup import escape

    _stderr().print(f"[bold red]cleaner: error:[/] {escape(message)}")


def guarded(fn: F) -> F:
    """Turn every expected failure into a one-line message and an exit code."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except typer.Exit:
            raise
        except Fail as exc:
            error(str(exc))
            raise typer.Exit(exc.code) from None
        except KeyboardInterrupt:
            error("interrupted")
            raise typer.Exit(130) from None
        except BrokenPipeError:
            _silence_stdout()
            raise typer.Exit(1) from None
        except (CleanerError, ValueError, OSError) as exc:
            if os.environ.get("CLEANER_DEBUG"):
                raise
            from .batch import one_line

            error(one_line(exc))
            raise typer.Exit(1) from None
        except Exception as exc:
            if os.environ.get("CLEANER_DEBUG"):
                raise
            from .batch import one_line

            error(
                f"internal error: {type(exc).__name__}: {one_line(exc)} (CLEANER_DEBUG=1 shows the traceback)"
            )
            raise typer.Exit(1) from None

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
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=version_callback, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Clean scraped and syndicated news articles into clean, archived, auditable text."""


RulesOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--rules", "-r", help="A rule pack (.toml) or a folder of packs, added to the built-in rules."
    ),
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
    fmt: FormatOpt = Format.text,
    quiet: QuietOpt = False,
) -> None:
    """Clean articles: print one, write clean files (--out) or keep a versioned archive (--archive)."""
    from . import batch, sources

    if out is not None and archive is not None:
        raise Fail("use either --out or --archive, not both", 2)
    exclude = [p for p in (out, archive) if p is not None]
    items, problems = sources.expand(inputs, exclude=exclude, stdin_name=_safe_name(name))
    if sum(1 for i in items if i.path is None) > 1:
        raise Fail("standard input (-) can be named only once", 2)
    if url is not None and len(items) + len(problems) > 1:
        raise Fail("--url applies to a single input; several were given", 2)
    opts = batch.Options(
        rules=_rule_paths(rules), url=url, language=language, max_bytes=int(max_size * 1024 * 1024)
    )
    batch.ruleset_for(opts.rules)  # a bad rule pack is one error up front, not one per article

    if out is None and archive is None:
        if problems:
            arg, reason = problems[0]
            raise Fail(f"{arg}: {reason}")
        if len(items) != 1:
            raise Fail(
                f"{len(items)} inputs: printing is for one article; use --out DIR or --archive DIR",
                2,
            )
        stdin = sources.read_bytes(items[0], max_bytes=opts.max_bytes) if items[0].path is None else None
        outcome = batch.clean_one(items[0], opts, stdin)
        if not outcome.ok:
            raise Fail(f"{items[0].display}: {outcome.error}")
        assert outcome.text is not None
        if fmt is Format.json:
            print_json({"text": outcome.text, "sidecar": outcome.sidecar})
        else:
            write_stdout(outcome.text)
        return

    stdin = None
    if any(i.path is None for i in items):
        stdin_item = next(i for i in items if i.path is None)
        try:
            stdin = sources.read_bytes(stdin_item, max_bytes=opts.max_bytes)
        except CleanerError as exc:
            problems.append(("-", str(exc)))
            items = [i for i in items if i.path is not None]

    if archive is not None:
        from .archive import Archive

        store = Archive.open(archive, create=True)
        with store.locked():
            summary = _run_batch(items, opts, store.sink(), jobs, stdin, quiet, fmt)
    else:
        assert out is not None
        summary = _run_batch(items, opts, batch.FolderSink(out), jobs, stdin, quiet, fmt)
    for arg, reason in problems:
        summary.total += 1
        summary.failed.append((arg, reason))
    _report(summary, fmt, quiet, archive=archive is not None)
    if summary.interrupted:
        raise typer.Exit(130)
    if summary.failed:
        raise typer.Exit(1)


def _safe_name(name: str) -> str:
    name = name.strip().replace("\\", "/")
    parts = [p for p in name.split("/") if p not in ("", ".", "..")]
    return "/".join(parts) or "stdin"


def _run_batch(
    items: list[Any], opts: Any, sink: Any, jobs: int | None, stdin: bytes | None, quiet: bool, fmt: Format
) -> Any:
    from . import batch

    jobs = jobs or batch.default_jobs()
    if quiet or fmt is Format.json or not items:
        return batch.run(items, opts, sink, jobs=jobs, stdin=stdin)
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
        task = progress.add_task("cleaning", total=len(items), rate="", failed="")
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

        return batch.run(items, opts, sink, jobs=jobs, stdin=stdin, on_result=on_result)


def _report(summary: Any, fmt: Format, quiet: bool, *, archive: bool) -> None:
    from rich.markup import escape
    from rich.table import Table

    if fmt is Format.json:
        print_json(summary.to_dict())
        return
    err = _stderr()
    for path, reason in summary.failed:
        err.print(f"[red]failed[/] {escape(path)}: {escape(reason)}")
    if summary.interrupted:
        err.print("[yellow]interrupted: rerun the same command to finish the work[/]")
    if quiet:
        return
    table = Table(title="cleaner summary", show_header=True, header_style="bold")
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("articles", str(summary.total))
    if archive:
        table.add_row("new versions", str(summary.statuses.get("new version", 0)))
        table.add_row("unchanged", str(summary.statuses.get("unchanged", 0)))
    else:
        table.add_row("written", str(summary.statuses.get("written", 0)))
    table.add_row("failed", str(len(summary.failed)), style="red" if summary.failed else None)
    for family, n in sorted(summary.removed.items()):
        table.add_row(f"removed: {family}", str(n))
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
        print_json(
            {
                "ruleset": ruleset.identity(),
                "rules": [
                    {
                        "id": r.id,
                        "family": r.family,
                        "kind": r.kind,
                        "language": r.language,
                        "description": r.description,
                        "why": r.why,
                        "pack": Path(r.pack).name if not os.path.isabs(r.pack) else r.pack,
                        "examples": list(r.examples),
                    }
                    for r in items
                ],
            }
        )
        return
    from rich.markup import escape
    from rich.table import Table

    console = _stdout()
    if explain:
        r = items[0]
        console.print(
            f"[bold]{r.id}[/]  {escape(r.family)} / {escape(r.kind)}  (pack {escape(Path(r.pack).name)})"
        )
        console.print(escape(r.description))
        if r.why:
            console.print(f"[dim]why:[/] {escape(r.why)}")
        for ex in r.examples:
            console.print(f"  [green]example:[/] {escape(ex)}")
        for ex in r.counter_examples:
            console.print(f"  [yellow]not:[/] {escape(ex)}")
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


def run() -> None:  # pragma: no cover - console entry for python -m
    app()


if __name__ == "__main__":  # pragma: no cover
    run()
