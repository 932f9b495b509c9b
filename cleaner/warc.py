"""WARC (and ARC) files as inputs: every HTML response or resource record is one article.

Read with warcio, the reference implementation (pure Python, reads WARC and ARC, gzip per record
or not, and writes WARC, which the export and the tests need); FastWARC is faster but its wheels
lag new Pythons, and the engine, not the reader, is the cost per page.

A file is scanned once, streaming (flat memory whatever its size): ``scan`` yields one ``Record``
per HTML capture with its byte offset, and counts the rest by type. A worker later reads one
record by seeking to its offset (``read``), so records are cleaned in parallel like files. A
truncated or corrupt file yields every record before the damage, then a ``Damage`` with the offset.
"""

from __future__ import annotations

import base64
import hashlib
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .errors import InputError

SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_warc_name(name: str) -> bool:
    return name.lower().endswith(SUFFIXES)


@dataclass(frozen=True, slots=True)
class Record:
    offset: int
    n: int  # 1-based position among the file's HTML records
    uri: str | None


@dataclass(frozen=True, slots=True)
class Damage:
    offset: int
    reason: str


@dataclass(slots=True)
class Capture:
    """One record read for cleaning: the payload as recorded, the page bytes, and provenance."""

    payload: bytes  # the HTTP body as the record holds it (what WARC-Payload-Digest covers)
    page: bytes  # the body decoded by its Content-Encoding and transfer encoding
    charset: str | None
    info: dict[str, Any] = field(default_factory=dict)  # the sidecar's `capture`


def _content_type(record: Any) -> str:
    if record.http_headers is not None:
        return (record.http_headers.get_header("Content-Type") or "").lower()
    return (record.rec_headers.get_header("Content-Type") or "").lower()


def scan(path: str, counts: Counter[str] | None = None) -> Iterator[Record | Damage]:
    """The HTML captures of a WARC/ARC file, in order, with their offsets; other records counted
    by type in ``counts`` (``request``, ``metadata``, ``revisit``, ``response (image/png)``...)."""
    from warcio.archiveiterator import ArchiveIterator

    counts = counts if counts is not None else Counter()
    n = 0
    offset = 0
    try:
        with open(path, "rb") as fh:
            it = ArchiveIterator(fh, arc2warc=True)
            for record in it:
                offset = it.get_record_offset()
                rtype = record.rec_type
                stream = record.raw_stream
                while stream.read(1 << 16):  # to the record's end, in blocks: memory stays flat
                    pass
                if getattr(stream, "limit", 0):  # fewer bytes than Content-Length: the file ends here
                    yield Damage(offset, f"{rtype} record cut short ({stream.limit} bytes missing)")
                    return
                if rtype in ("response", "resource"):
                    ctype = _content_type(record)
                    if any(t in ctype for t in HTML_TYPES) or (rtype == "resource" and not ctype):
                        n += 1
                        yield Record(offset, n, record.rec_headers.get_header("WARC-Target-URI"))
                        continue
                    counts[f"{rtype} ({ctype.split(';')[0].strip() or 'no type'})"] += 1
                else:
                    counts[rtype or "unknown"] += 1
    except Exception as exc:  # warcio raises several kinds on damage: each ends the file here
        yield Damage(offset, _reason(exc))


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return f"{type(exc).__name__}: {text[:200]}"


def read(path: str, offset: int, *, max_bytes: int) -> Capture:
    """One record, read by seeking to its offset; the page decoded by its HTTP headers."""
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as fh:
        fh.seek(offset)
        try:
            record = next(iter(ArchiveIterator(fh, arc2warc=True)))
            payload = record.raw_stream.read(max_bytes + 1)
        except Exception as exc:
            raise InputError(f"damaged record at offset {offset}: {_reason(exc)}", kind="corrupt") from None
    if len(payload) > max_bytes:
        raise InputError(f"record at offset {offset} is larger than the size limit", kind="too-large")
    headers = record.http_headers
    head = {k: v for k, v in headers.headers} if headers is not None else {}
    page = _decode_body(payload, head)
    ctype = next((v for k, v in head.items() if k.lower() == "content-type"), "")
    charset = None
    if "charset=" in ctype.lower():
        charset = ctype.lower().split("charset=", 1)[1].split(";")[0].strip().strip("\"'") or None
    rec = record.rec_headers
    declared = rec.get_header("WARC-Payload-Digest")
    info = {
        "record_id": rec.get_header("WARC-Record-ID"),
        "uri": rec.get_header("WARC-Target-URI"),
        "date": rec.get_header("WARC-Date"),
        "payload_digest": declared,
        "file": path,
        "offset": offset,
        "http_headers": dict(sorted(head.items())),
    }
    if declared:
        info["payload_digest_ok"] = _digest_ok(declared, payload)
    return Capture(payload=payload, page=page, charset=charset, info=info)


def _header(head: dict[str, str], name: str) -> str:
    return next((v for k, v in head.items() if k.lower() == name), "").lower()


def _decode_body(body: bytes, head: dict[str, str]) -> bytes:
    """The page as the browser saw it: chunked transfer undone, then gzip/deflate/br."""
    if "chunked" in _header(head, "transfer-encoding"):
        body = _dechunk(body)
    encoding = _header(head, "content-encoding").strip()
    try:
        if encoding in ("gzip", "x-gzip"):
            return zlib.decompress(body, 16 + zlib.MAX_WBITS)
        if encoding == "deflate":
            try:
                return zlib.decompress(body)
            except zlib.error:
                return zlib.decompress(body, -zlib.MAX_WBITS)
        if encoding == "br":
            try:
                import brotli  # type: ignore[import-not-found]
            except ImportError:
                message = "page is brotli-compressed and the brotli module is not installed"
                raise InputError(message, kind="encoding") from None
            return brotli.decompress(body)
    except (zlib.error, OSError) as exc:
        if body[:1] == b"<":
            return body  # the header lied: the body was stored decoded (common in crawls)
        raise InputError(f"page does not decode as {encoding} ({exc})", kind="corrupt") from None
    return body


def _dechunk(body: bytes) -> bytes:
    out = bytearray()
    pos = 0
    while pos < len(body):
        end = body.find(b"\r\n", pos)
        if end < 0:
            return body  # not chunked after all
        try:
            size = int(body[pos:end].split(b";")[0].strip() or b"0", 16)
        except ValueError:
            return body
        if size == 0:
            break
        out += body[end + 2 : end + 2 + size]
        pos = end + 2 + size + 2
    return bytes(out)


def _digest_ok(declared: str, payload: bytes) -> bool:
    algo, _, value = declared.partition(":")
    algo = algo.lower().replace("-", "")
    if algo not in ("sha1", "sha256", "md5"):
        return True  # a digest we cannot check is not a mismatch
    digest = hashlib.new(algo, payload).digest()
    value = value.strip()
    return value.upper() == base64.b32encode(digest).decode() or value.lower() == digest.hex()
