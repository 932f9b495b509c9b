"""The pre-commit check: every raw article has an up-to-date clean text and sidecar beside it.

Convention: ``news/story.txt`` (or ``.html``, ``.htm``, ``.gz``) is checked against
``news/story.clean.txt`` and ``news/story.clean.json``; with ``out=DIR`` against ``DIR/news/story.txt``
and ``DIR/news/story.json`` instead. An output is stale when it is not what this cleaner, with these
rules, makes from these bytes today; the reason names what moved (the source bytes, the rules, the
cleaner version, or the output itself). ``fix`` writes the outputs (atomically), as formatters do,
and still fails so the new files get staged. The source file itself is never written: the raw
article is the record.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .batch import Options, clean_one, output_stem
from .sidecar import dumps
from .sources import OUTPUT_MARKERS, Input, is_article_name


@dataclass(frozen=True, slots=True)
class Report:
    path: str
    status: str  # "ok", "stale", "missing", "fixed", "error", "skipped"
    reason: str = ""

    @property
    def failed(self) -> bool:
        return self.status not in ("ok", "skipped")

    def to_dict(self) -> dict[str, str]:
        return {"path": self.path, "status": self.status, "reason": self.reason}


def outputs_for(path: str, out: str | None = None) -> tuple[Path, Path]:
    """The clean text and sidecar that belong to a raw article."""
    rel = _relative(path)
    stem = output_stem(rel)
    if out is None:
        return Path(f"{stem}.clean.txt"), Path(f"{stem}.clean.json")
    parts = [p for p in stem.split("/") if p not in ("", ".", "..")]
    base = Path(out).joinpath(*parts) if parts else Path(out) / "article"
    return base.with_name(base.name + ".txt"), base.with_name(base.name + ".json")


def _relative(path: str) -> str:
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.resolve().relative_to(Path.cwd().resolve())
        except ValueError:
            pass
    return p.as_posix()


def _inside(path: str, folder: str | None) -> bool:
    if folder is None:
        return False
    try:
        Path(path).resolve().relative_to(Path(folder).resolve())
        return True
    except ValueError:
        return False


def check(
    paths: Iterable[str], *, fix: bool = False, rules: Iterable[str] = (), out: str | None = None
) -> list[Report]:
    """Check (or, with ``fix``, write) the outputs of each raw article in ``paths``."""
    opts = Options(rules=tuple(rules))
    reports: list[Report] = []
    claimed: dict[Path, str] = {}
    for path in paths:
        name = Path(path).name
        if name.lower().endswith(OUTPUT_MARKERS) or _inside(path, out) or not is_article_name(name):
            reports.append(Report(path, "skipped", "not a raw article"))
            continue
        if not os.path.isfile(path):
            reports.append(Report(path, "skipped", "not a file"))
            continue
        text_path, side_path = outputs_for(path, out)
        other = claimed.get(text_path)
        if other is not None:
            reports.append(Report(path, "error", f"{other} has the same outputs ({text_path}); rename one of them"))
            continue
        claimed[text_path] = path
        reports.append(_check_one(path, text_path, side_path, opts, fix))
    return reports


def _check_one(path: str, text_path: Path, side_path: Path, opts: Options, fix: bool) -> Report:
    rel = _relative(path)
    outcome = clean_one(Input(name=rel, path=path, origin=path), opts)
    if not outcome.ok:
        return Report(path, "error", outcome.error or "cannot clean")
    assert outcome.text is not None and outcome.sidecar is not None
    want_text = outcome.text.encode("utf-8", "surrogatepass")
    want_side = dumps(outcome.sidecar).encode("utf-8", "surrogatepass")
    reason = _staleness(text_path, side_path, want_text, want_side, outcome.sidecar)
    if reason is None:
        return Report(path, "ok")
    if not fix:
        status = "missing" if reason.endswith(" not written") else "stale"
        return Report(path, status, reason)
    from .archive.fsio import atomic_write

    if _read(text_path) != want_text:
        atomic_write(text_path, want_text, sync=False)
    if _read(side_path) != want_side:
        atomic_write(side_path, want_side, sync=False)
    return Report(path, "fixed", f"{reason}; wrote {text_path} and {side_path}")


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _staleness(
    text_path: Path, side_path: Path, want_text: bytes, want_side: bytes, side: dict[str, Any]
) -> str | None:
    have_text, have_side = _read(text_path), _read(side_path)
    missing = [str(p) for p, data in ((text_path, have_text), (side_path, have_side)) if data is None]
    if missing:
        return " and ".join(missing) + " not written"
    if have_text == want_text and have_side == want_side:
        return None
    try:
        old = json.loads(have_side or b"")
        if not isinstance(old, dict):
            raise ValueError
    except ValueError:
        return f"{side_path} is not a valid sidecar"
    if old.get("source_sha256") != side.get("source_sha256"):
        return "made from other bytes of the source"
    old_rules, new_rules = old.get("rules") or {}, side.get("rules") or {}
    if old_rules.get("sha256") != new_rules.get("sha256"):
        return (
            f"made with other rules ({old_rules.get('name')} {old_rules.get('version')} "
            f"{str(old_rules.get('sha256'))[:12]}, now {new_rules.get('name')} {new_rules.get('version')} "
            f"{str(new_rules.get('sha256'))[:12]})"
        )
    if old.get("cleaner_version") != side.get("cleaner_version"):
        return f"made by cleaner {old.get('cleaner_version')}, now {side.get('cleaner_version')}"
    which = [str(p) for p, ok in ((text_path, have_text == want_text), (side_path, have_side == want_side)) if not ok]
    return "differs from what cleaner makes (edited by hand?): " + " and ".join(which)
