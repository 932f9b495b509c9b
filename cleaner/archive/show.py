"""Showing a result to a person: the text with what was removed, coloured and labelled by rule.

For a text source whose bytes are at hand, the source is shown whole, each removed, lifted or
rewritten span marked in place with its rule id; otherwise (pages, where offsets refer to the text
the HTML front end extracted) the clean text is followed by the list of removals.
"""

from __future__ import annotations

import difflib
import json
from typing import Any

from rich.console import Group, RenderableType
from rich.text import Text

from ..article import sha256
from ..errors import CleanerError
from ..sources import decode_text, gunzip

STYLES = {"removed": "red strike", "lifted": "yellow", "rewritten": "blue"}
TAG = "dim"


def source_text(raw: bytes | None, side: dict[str, Any]) -> str | None:
    """The source as the text the offsets refer to, or None if these bytes are not that text."""
    if raw is None:
        return None
    try:
        data = gunzip(raw) if raw[:2] == b"\x1f\x8b" else raw
        text = decode_text(data)
    except CleanerError:
        return None
    return text if sha256(text) == side.get("source_sha256") else None


def header(side: dict[str, Any], title: str) -> Text:
    out = Text()
    out.append(title + "\n", style="bold")
    if side.get("title"):
        out.append("title: ", style="dim").append(str(side["title"]) + "\n")
    if side.get("authors"):
        out.append("authors: ", style="dim").append(", ".join(side["authors"]) + "\n")
    dateline = side.get("dateline") or {}
    if dateline.get("text"):
        out.append("dateline: ", style="dim").append(str(dateline["text"]) + "\n")
    if side.get("url"):
        out.append("url: ", style="dim").append(str(side["url"]) + "\n")
    rules = side.get("rules") or {}
    out.append("rules: ", style="dim").append(
        f"{rules.get('name')} {rules.get('version')} ({str(rules.get('sha256'))[:12]}), "
        f"cleaner {side.get('cleaner_version')}\n"
    )
    out.append("legend: ", style="dim")
    out.append("removed", style=STYLES["removed"]).append("  ")
    out.append("lifted to metadata", style=STYLES["lifted"]).append("  ")
    out.append("rewritten", style=STYLES["rewritten"]).append("  ")
    out.append("[RULE-ID]", style=TAG).append("\n")
    return out


def inline(source: str, side: dict[str, Any]) -> Text:
    """The source with each removal marked in place."""
    out = Text()
    pos = 0
    leftovers = []
    for r in sorted(side.get("removed", []), key=lambda r: (r.get("start", 0), -r.get("end", 0))):
        start, end = int(r.get("start", 0)), int(r.get("end", 0))
        if start < pos or end > len(source) or start > end:
            leftovers.append(r)
            continue
        out.append(source[pos:start])
        kind = r.get("kind", "removed")
        if kind == "rewritten":
            # word-diff markers keep the change readable without colour too
            out.append("[-", style=TAG).append(source[start:end], style="blue strike").append("-]", style=TAG)
            out.append("{+", style=TAG).append(str(r.get("after", "")), style="blue").append("+}", style=TAG)
            out.append(f"[{r.get('rule')}]", style=TAG)
        else:
            out.append(source[start:end], style=STYLES.get(kind, "red"))
            label = f"-> {r['field']}" if kind == "lifted" and r.get("field") else kind
            out.append(f" [{r.get('rule')} {label}]", style=TAG)
        pos = end
    out.append(source[pos:])
    if leftovers:
        out.append("\n")
        out.append_text(listing(leftovers))
    return out


def listing(removed: list[dict[str, Any]]) -> Text:
    out = Text()
    for r in removed:
        kind = r.get("kind", "removed")
        out.append(f"[{r.get('rule')}] ", style=TAG)
        out.append(f"{r.get('family')} {kind}", style="bold")
        if r.get("field"):
            out.append(f" -> {r['field']}", style="dim")
        out.append(": ")
        if kind == "rewritten":
            out.append(str(r.get("before", "")), style="blue strike").append(" -> ")
            out.append(str(r.get("after", "")), style="blue")
        else:
            out.append(str(r.get("text", "")).strip(), style=STYLES.get(kind, "red"))
        out.append("\n")
    return out


def render(title: str, text: str, side: dict[str, Any], raw: bytes | None) -> RenderableType:
    src = source_text(raw, side)
    if src is not None:
        return Group(header(side, title), inline(src, side))
    body = Text(text)
    removed = side.get("removed", [])
    parts: list[RenderableType] = [header(side, title), body]
    if removed:
        parts.append(Text(f"\nremoved ({len(removed)}):", style="bold"))
        parts.append(listing(removed))
    return Group(*parts)


def diff_lines(old: str, new: str, old_name: str, new_name: str) -> list[str]:
    return list(
        difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True), old_name, new_name, n=1)
    )


def metadata_changes(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    skip = {"removed", "counts", "text_sha256", "version", "previous_sha256", "source_file_sha256"}
    keys = sorted((set(old) | set(new)) - skip)
    return [(k, old.get(k), new.get(k)) for k in keys if old.get(k) != new.get(k)]


def render_diff(lines: list[str], changes: list[tuple[str, Any, Any]], title: str) -> RenderableType:
    out = Text()
    out.append(title + "\n", style="bold")
    for key, before, after in changes:
        out.append(f"{key}: ", style="dim")
        if key == "rules" and isinstance(before, dict) and isinstance(after, dict):
            out.append(_rules(before), style="red").append(" -> ").append(_rules(after), style="green").append("\n")
            continue
        out.append(_short(before), style="red").append(" -> ").append(_short(after), style="green").append("\n")
    if not lines:
        out.append("text unchanged\n", style="dim")
    for line in lines:
        style = None
        if line.startswith(("+++", "---")):
            style = "bold"
        elif line.startswith("@@"):
            style = "cyan"
        elif line.startswith("+"):
            style = "green"
        elif line.startswith("-"):
            style = "red"
        out.append(line if line.endswith("\n") else line + "\n", style=style)
    return out


def _rules(r: dict[str, Any]) -> str:
    return f"{r.get('name')} {r.get('version')} ({str(r.get('sha256'))[:12]})"


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= 100 else text[:97] + "..."
