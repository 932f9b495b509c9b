"""The sidecar: one JSON document per cleaned article, deterministic to the byte.

Field names follow schema.org NewsArticle where one fits (``headline`` is given as ``title`` for
readability, ``creditText`` as ``credit``). No wall-clock time goes in: two runs of the same input
and rules must produce identical bytes, which is what lets an archive skip unchanged versions.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import TYPE_CHECKING, Any

from .article import REWRITTEN

if TYPE_CHECKING:
    from .article import CleanedArticle

SIDECAR_VERSION = "2"


def build_sidecar(doc: CleanedArticle) -> dict[str, Any]:
    from . import __version__

    m = doc.metadata
    removed = [r.to_dict() for r in doc.removed]
    side: dict[str, Any] = {
        "sidecar_version": SIDECAR_VERSION,
        "title": m.title,
        "label": m.label,
        "authors": list(m.authors),
        "dateline": m.dateline.to_dict() if m.dateline else None,
        "captions": [c.to_dict() for c in m.captions],
        "credits": m.credits.to_dict() if m.credits else None,
        "republisher": m.republisher,
        "truncated": m.truncated,
        "language": m.language,
        "url": m.url,
        "sitename": m.sitename,
        "date": m.date,
        "source": doc.source,
        "removed": removed,
        "counts": _counts(doc),
        "rules": dict(doc.ruleset),
        "cleaner_version": __version__,
        "source_sha256": doc.source_sha256,
        "text_sha256": doc.text_sha256,
    }
    if m.html is not None:
        side["html"] = m.html
    if m.original_publisher is not None:
        side["original_publisher"] = m.original_publisher
    if m.subtitle is not None:
        side["subtitle"] = m.subtitle
    if m.published is not None:
        side["published"] = m.published
    if m.updated is not None:
        side["updated"] = m.updated
    return side


def _counts(doc: CleanedArticle) -> dict[str, Any]:
    """Decisions counted by rule id, as datatrove counts its filters by name; families are derived.

    ``rules`` sums to the number of ``removed`` entries; ``families`` counts the same entries by
    family (rewrites apart, as ``family.rewritten``); ``vetoes`` counts decisions to keep, which
    remove nothing and so stay out of both sums. ``actions`` splits the entries by what was done
    (removed, lifted into metadata, rewritten in place) and family: three different things a
    summary must not call by one name.
    """
    rules: dict[str, int] = {}
    families: dict[str, int] = {}
    actions: dict[str, dict[str, int]] = {}
    for r in doc.removed:
        rules[r.rule] = rules.get(r.rule, 0) + 1
        key = f"{r.family}.{r.action}" if r.action == REWRITTEN else r.family
        families[key] = families.get(key, 0) + 1
        by_family = actions.setdefault(r.action, {})
        by_family[r.family] = by_family.get(r.family, 0) + 1
    return {
        "rules": dict(sorted(rules.items())),
        "families": dict(sorted(families.items())),
        "actions": {a: dict(sorted(f.items())) for a, f in sorted(actions.items())},
        "vetoes": dict(sorted(doc.vetoes.items())),
    }


def dumps(side: dict[str, Any]) -> str:
    """Canonical JSON: sorted keys, UTF-8, a final newline; the bytes archives hash and compare."""
    return json.dumps(side, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def schema() -> dict[str, Any]:
    return json.loads(resources.files("cleaner.schema").joinpath("sidecar.schema.json").read_text("utf-8"))
