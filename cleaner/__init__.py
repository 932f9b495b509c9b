"""cleaner: scraped and syndicated news articles to clean, archived, auditable text.

The library face is two calls, ``clean_text`` and ``clean_html``; both return a CleanedArticle whose
``to_sidecar()`` is the JSON metadata sidecar the CLI and the archive write.
"""

from __future__ import annotations

from pathlib import Path as _Path
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

from .article import CleanedArticle, Metadata, Removal
from .errors import CleanerError, InputError, RuleError
from .rules import RuleSet, build_ruleset, default_ruleset

if _TYPE_CHECKING:
    from collections.abc import Iterable

__version__ = "0.1.0"


def clean_text(
    raw: str,
    *,
    rules: RuleSet | str | _Path | Iterable[str | _Path] | None = None,
    source: str | None = None,
    language: str | None = None,
) -> CleanedArticle:
    """Clean one article given as plain text. Never raises on a ``str`` (bad rules raise RuleError)."""
    from .pipeline import clean
    from .rules import resolve

    if not isinstance(raw, str):
        raise InputError(f"clean_text expects str, got {type(raw).__name__}; use clean_html or decode first")
    return clean(raw, resolve(rules), language=language, source_name=source)


def clean_html(html: str | bytes, *, url: str | None = None, rules: _Any = None) -> CleanedArticle:
    """Clean one article given as an HTML page (str or bytes in any encoding)."""
    from .html import clean_html as _clean_html

    return _clean_html(html, url=url, rules=rules)


__all__ = [
    "CleanedArticle",
    "CleanerError",
    "InputError",
    "Metadata",
    "Removal",
    "RuleError",
    "RuleSet",
    "__version__",
    "build_ruleset",
    "clean_html",
    "clean_text",
    "default_ruleset",
]


def __dir__() -> list[str]:
    """The public face is ``__all__`` (and the subpackages a user imports by name)."""
    return sorted(__all__)
