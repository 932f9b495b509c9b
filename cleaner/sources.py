"""Reading inputs: which files a command line names, and how their bytes become an article.

Everything here is I/O and decoding; no cleaning. The rules:

- ``.txt`` bytes are decoded by BOM (UTF-8, UTF-16, UTF-32), else as UTF-8, else as Windows-1252
  (with the five bytes cp1252 leaves undefined mapped to their Latin-1 code points, as browsers do).
  A file with NUL bytes and no UTF-16/32 BOM is binary and refused.
- ``.html``/``.htm`` bytes go to the HTML front end undecoded (it reads the page's own charset).
- ``.gz`` is decompressed with a cap on the decompressed size; the name under the ``.gz`` (or a sniff
  of the content) says whether it is text or HTML.
- Folders are walked recursively in sorted order, hidden entries skipped, symlinked folders followed
  once (a loop is detected by device and inode), excluded folders (the archive or output folder
  itself) skipped.
- A name that does not exist but contains ``*``, ``?`` or ``[`` is expanded as a glob (``**`` too).
- ``-`` is standard input.
"""

from __future__ import annotations

import glob
import gzip
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
GZ_SUFFIX = ".gz"
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + (GZ_SUFFIX,)
# outputs the pre-commit hook writes beside articles; never articles themselves
OUTPUT_MARKERS = (".clean.txt", ".clean.json")

DEFAULT_MAX_BYTES = 64 * 1024 * 1024  # per input, read or decompressed
STDIN = "-"
_GLOB_CHARS = "*?["


@dataclass(frozen=True, slots=True)
class Input:
    """One article to read: a file (``path``) or standard input (``path is None``).

    ``name`` is the stable, relative name used for output file names, sidecar ``source`` and archive
    ids: the path inside the folder that was walked, or the file name for a file named directly.
    """

    name: str
    path: str | None
    origin: str  # what the user typed that produced this input

    @property
    def display(self) -> str:
        return self.path if self.path is not None else "<stdin>"


@dataclass(slots=True)
class Loaded:
    """An input's bytes, and what they are: ``kind`` is ``text`` or ``html``."""

    raw: bytes  # the input exactly as read (still compressed for .gz): the record an archive keeps
    kind: str
    data: bytes  # decompressed content
    suffix: str  # the source file's suffix(es) as stored in an archive, e.g. ".txt", ".html.gz"

    def text(self, what: str = "input") -> str:
        return decode_text(self.data, what)


def is_article_name(name: str) -> bool:
    low = name.lower()
    if low.endswith(OUTPUT_MARKERS):
        return False
    return low.endswith(ARTICLE_SUFFIXES)


def expand(
    args: Iterable[str],
    *,
    exclude: Iterable[str | Path] = (),
    stdin_name: str = "stdin",
) -> tuple[list[Input], list[tuple[str, str]]]:
    """Turn command-line arguments into inputs, in a stable order.

    Returns ``(inputs, problems)``; a problem is ``(argument, reason)`` for an argument that named
    nothing readable, so one bad argument is reported without stopping the rest.
    """
    excluded = {_real(p) for p in exclude}
    inputs: list[Input] = []
    problems: list[tuple[str, str]] = []
    seen: set[str] = set()

    def add(item: Input) -> None:
        key = item.path if item.path is not None else "\0stdin"
        real = _real(item.path) if item.path is not None else key
        if real in seen:
            return
        seen.add(real)
        inputs.append(item)

    for arg in args:
        if arg == STDIN:
            add(Input(name=stdin_name, path=None, origin=arg))
            continue
        path = Path(arg)
        if path.is_dir():
            found = 0
            for file, rel in walk(path, excluded=excluded):
                add(Input(name=rel, path=str(file), origin=arg))
                found += 1
            if not found:
                problems.append((arg, "no .txt, .html, .htm or .gz files in this folder"))
        elif path.exists():
            if not path.is_file():
                problems.append((arg, "not a regular file"))
            else:
                add(Input(name=path.name, path=str(path), origin=arg))
        elif any(ch in arg for ch in _GLOB_CHARS):
            matches = sorted(glob.glob(arg, recursive=True))
            files = [m for m in matches if os.path.isfile(m) and _real(os.path.dirname(m) or ".") not in excluded]
            dirs = [m for m in matches if os.path.isdir(m)]
            for m in files:
                add(Input(name=os.path.basename(m), path=m, origin=arg))
            for d in dirs:
                for file, rel in walk(Path(d), excluded=excluded):
                    add(Input(name=rel, path=str(file), origin=arg))
            if not files and not dirs:
                problems.append((arg, "no files match this pattern"))
        else:
            problems.append((arg, "no such file or folder"))
    return inputs, problems


def walk(root: Path, *, excluded: set[str] | None = None) -> Iterator[tuple[Path, str]]:
    """Article files under ``root`` as ``(path, relative posix name)``, sorted, loop-safe."""
    excluded = excluded or set()
    visited: set[tuple[int, int]] = set()

    def visit(folder: Path, rel: str) -> Iterator[tuple[Path, str]]:
        try:
            st = folder.stat()
        except OSError:
            return
        key = (st.st_dev, st.st_ino)
        if key in visited or _real(folder) in excluded:
            return
        visited.add(key)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            sub = f"{rel}/{entry.name}" if rel else entry.name
            try:
                if entry.is_dir(follow_symlinks=True):
                    yield from visit(Path(entry.path), sub)
                elif entry.is_file(follow_symlinks=True) and is_article_name(entry.name):
                    yield Path(entry.path), sub
            except OSError:
                continue

    yield from visit(root, "")


def read_bytes(inp: Input, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The raw bytes of an input, refusing more than ``max_bytes``."""
    try:
        if inp.path is None:
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            with open(inp.path, "rb") as fh:
                data = fh.read(max_bytes + 1)
    except IsADirectoryError:
        raise InputError(f"{inp.display}: is a folder") from None
    except OSError as exc:
        raise InputError(f"{inp.display}: cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise InputError(f"{inp.display}: larger than {_mib(max_bytes)}; raise --max-size to read it")
    return data


def load(inp: Input, *, max_bytes: int = DEFAULT_MAX_BYTES, raw: bytes | None = None) -> Loaded:
    """Read an input and say what it holds; raises InputError with a one-line reason."""
    if raw is None:
        raw = read_bytes(inp, max_bytes=max_bytes)
    name = (inp.path or inp.name).lower()
    data = raw
    suffix = ""
    if name.endswith(GZ_SUFFIX) or raw[:2] == b"\x1f\x8b":
        data = gunzip(raw, max_bytes=max_bytes, what=inp.display)
        suffix = GZ_SUFFIX
        if name.endswith(GZ_SUFFIX):
            name = name[: -len(GZ_SUFFIX)]
    if name.endswith(HTML_SUFFIXES):
        kind = "html"
        inner = os.path.splitext(name)[1]
    elif name.endswith(TEXT_SUFFIXES):
        kind = "text"
        inner = ".txt"
    else:
        kind = sniff(data)
        inner = ".html" if kind == "html" else ".txt"
    return Loaded(raw=raw, kind=kind, data=data, suffix=inner + suffix)


def gunzip(raw: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES, what: str = "input") -> bytes:
    """Decompress gzip data, stopping past ``max_bytes`` (a small file can inflate enormously)."""
    out = bytearray()
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    buf = raw
    try:
        while buf:
            chunk = d.decompress(buf, max_bytes + 1 - len(out))
            out += chunk
            if len(out) > max_bytes:
                raise InputError(f"{what}: decompresses to more than {_mib(max_bytes)}")
            if d.eof:
                buf = d.unused_data  # another gzip member follows
                if buf:
                    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
                continue
            if d.unconsumed_tail:
                buf = d.unconsumed_tail
                continue
            break
        if not d.eof:
            raise InputError(f"{what}: truncated gzip data")
    except (zlib.error, EOFError, gzip.BadGzipFile) as exc:
        raise InputError(f"{what}: not valid gzip data ({exc})") from None
    return bytes(out)


def sniff(data: bytes) -> str:
    """``html`` when the bytes look like a web page, else ``text``."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<!--")):
        return "html"
    if b"<html" in head or b"<body" in head:
        return "html"
    return "text"


_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)
# bytes cp1252 leaves undefined; WHATWG's windows-1252 maps them to the same C1 code points
_CP1252_HOLES = {0x81: "\x81", 0x8D: "\x8d", 0x8F: "\x8f", 0x90: "\x90", 0x9D: "\x9d"}


def decode_text(data: bytes, what: str = "input") -> str:
    """Bytes of a text article to str: BOM, else UTF-8, else Windows-1252; binary is refused."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{what}: starts with a {encoding} byte-order mark but is not {encoding}: {exc.reason}"
                ) from None
    if b"\x00" in data:
        raise InputError(f"{what}: looks binary (NUL bytes), not a text article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return "".join(_cp1252_char(b) for b in data) if _has_holes(data) else data.decode("cp1252")


def _has_holes(data: bytes) -> bool:
    return any(b in data for b in (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d"))


def _cp1252_char(b: int) -> str:
    hole = _CP1252_HOLES.get(b)
    return hole if hole is not None else bytes((b,)).decode("cp1252")


def _real(p: str | Path) -> str:
    try:
        return os.path.realpath(p)
    except OSError:
        return str(p)


def _mib(n: int) -> str:
    return f"{n / (1024 * 1024):g} MiB"
