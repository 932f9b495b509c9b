"""Bytes to text: a page in any declared or undeclared encoding, or a clear HtmlDecodeError."""

from __future__ import annotations

import codecs
import re

from .errors import HtmlDecodeError

# WHATWG encoding labels that Python spells differently or that browsers treat as a superset.
_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "windows-1252": "cp1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "big5": "big5hkscs",
    "utf8": "utf-8",
    "unicode": "utf-16",
    "x-user-defined": "cp1252",
}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9._:\-]+)|<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9._\-]+)""",
    re.IGNORECASE,
)
# C0 controls other than tab, newline, carriage return and form feed: never in a real page.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _codec(label: str | bytes) -> str | None:
    """A Python codec for an encoding label, or None if the label names nothing we know."""
    if isinstance(label, bytes):
        label = label.decode("ascii", "ignore")
    label = label.strip().strip("\"'").lower()
    label = _ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _ALIASES.get(name, name) if name in ("latin-1", "iso8859-1", "ascii") else name


def _declared(data: bytes) -> str | None:
    m = _META_CHARSET.search(data, 0, 4096) or _META_CHARSET.search(data, 0, 32768)
    if not m:
        return None
    return _codec(m.group(1) or m.group(2))


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 without a BOM shows as NUL in every other byte of ASCII markup."""
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _looks_binary(text: str) -> bool:
    if not text.strip():
        return False
    sample = text[:20000]
    bad = len(_CONTROL.findall(sample)) + sample.count("\ufffd")
    return bad > max(8, len(sample) // 50)


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode a page's bytes; return the text and the encoding used.

    Order: byte-order mark, the page's own declaration (meta charset, http-equiv, XML prolog),
    strict UTF-8, then statistical detection, then cp1252. A declaration that does not decode
    cleanly is ignored rather than trusted, since pages often lie about their encoding.
    Raises HtmlDecodeError when the result is not text (binary files, random bytes).
    """
    from ..sources import binary_format  # one detection of file formats for the CLI and the library

    fmt = binary_format(data[:1024])
    if fmt is not None:
        raise HtmlDecodeError(f"input looks like {fmt}, not an article")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(name), name
            except UnicodeDecodeError:
                break
    guess = _utf16_without_bom(data[:512])
    declared = None if guess else _declared(data)
    if declared and declared.startswith(("utf-16", "utf-32")):
        declared = None  # a page read as bytes without a BOM was not saved as UTF-16 after all
    # Strict UTF-8 goes before the declaration: valid UTF-8 with non-ASCII bytes is almost never
    # anything else, while "iso-8859-1" declared over UTF-8 bytes is common.
    for name in dict.fromkeys(n for n in (guess, "utf-8", declared) if n):
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        if _looks_binary(text):
            raise HtmlDecodeError(f"input looks like binary data, not an HTML page (decoded as {name})")
        return text, name
    detected = _detect(data)
    if detected:
        try:
            text = data.decode(detected)
            if not _looks_binary(text):
                return text, detected
        except (UnicodeDecodeError, LookupError):
            pass
    text = data.decode("cp1252", "replace")
    if _looks_binary(text):
        raise HtmlDecodeError("input is not text in any recognisable encoding; is it an HTML page?")
    return text, "cp1252"


def _detect(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - trafilatura depends on it
        return None
    best = from_bytes(data[:200_000]).best()
    if best is None:
        return None
    return _codec(best.encoding)
