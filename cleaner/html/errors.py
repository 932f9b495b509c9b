"""The HTML layer's input errors: both are InputErrors, so the CLI reports them in one line."""

from __future__ import annotations

from ..errors import InputError


class HtmlDecodeError(InputError):
    """The bytes are not text in any encoding we can recognise (binary data, or garbage)."""

    default_kind = "encoding"


class NoArticleError(InputError):
    """The page decodes and parses, but holds no article text to extract."""

    default_kind = "no-article"


class PageTooDeepError(InputError):
    """The page nests elements deeper than libxml2 can build a tree for (2,048 levels even with
    ``huge_tree``): what lies below would be cut silently, so the page fails whole instead."""

    default_kind = "nesting"
