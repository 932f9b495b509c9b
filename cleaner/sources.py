"""Reading inputs: which files a command line names, and how their bytes become an article.

Everything here is I/O and decoding; no cleaning. The rules:

- ``.txt`` bytes are decoded by BOM (UTF-8, UTF-16, UTF-32), else as UTF-16 without BOM when the
  NUL bytes fall every other byte, else as UTF-8, else as UTF-8 with a few damaged bytes replaced
  (U+FFFD) when the rest is clearly UTF-8, else as Windows-1252 (with the five bytes cp1252 leaves
  undefined mapped to their Latin-1 code points, as browsers do). Mojibake (UTF-8 read as
  Windows-1252: ``CafÃ©``) is repaired line by line with ftfy. Anything but plain UTF-8 is recorded
  (``Decoded.note()``, the sidecar's ``input`` field).
- Known binary formats (PNG, ZIP, ELF, PDF...), and files with NUL bytes that are not UTF-16/32, are
  refused; so are empty and whitespace-only files. Every refusal is an InputError with a ``kind``.
- ``.html``/``.htm`` bytes go to the HTML front end undecoded (it reads the page's own charset).
- ``.gz`` is decompressed with a cap on the decompressed size; the name under the ``.gz`` (or a sniff
  of the content) says whether it is text or HTML.
- Folders are walked recursively in sorted order, hidden entries skipped, symlinked folders followed
  once (a loop is detected by device and inode), excluded folders (the archive or output folder
  itself) skipped. A symlink whose target lies outside the folder named on the command line, and
  a symlink that loops or dangles, is not followed: it is reported as a failed input.
- A name that does not exist but contains ``*``, ``?`` or ``[`` is expanded as a glob (``**`` too).
- ``-`` is standard input.
"""

from __future__ import annotations

import codecs
import errno
import glob
import gzip
import os
import re
import stat
import sys
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError

try:  # mojibake repair; optional so that decoding never depends on it
    import ftfy
except ImportError:  # pragma: no cover
    ftfy = None

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
GZ_SUFFIX = ".gz"
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")  # one article per HTML record (cleaner.warc)
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + (GZ_SUFFIX, ".warc", ".arc")
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
    record: int = -1  # for a record of a WARC file: its byte offset in the file (cleaner.warc)
    uri: str | None = None  # and the page's URL (WARC-Target-URI)

    @property
    def display(self) -> str:
        """The path for messages: one line, printable (control characters and bytes that are not
        UTF-8 are shown as escapes such as ``\\n`` and ``\\xe9``)."""
        if self.path is None:
            return "<stdin>"
        return printable(self.path) + (f"@{self.record}" if self.record >= 0 else "")


@dataclass(slots=True)
class Loaded:
    """An input's bytes, and what they are: ``kind`` is ``text`` or ``html``."""

    raw: bytes  # the input exactly as read (still compressed for .gz): the record an archive keeps
    kind: str
    data: bytes  # decompressed content
    suffix: str  # the source file's suffix(es) as stored in an archive, e.g. ".txt", ".html.gz"

    def text(self, what: str = "input") -> str:
        return decode_text(self.data, what)

    def decode(self, what: str = "input") -> Decoded:
        return decode(self.data, what)


@dataclass(slots=True)
class Decoded:
    """Text decoded from bytes, with how: the encoding used and any repairs made on the way."""

    text: str
    encoding: str = "utf-8"
    repairs: dict[str, int] = field(default_factory=dict)  # kind -> count: invalid-utf-8, mojibake

    def note(self) -> dict[str, object] | None:
        """What a sidecar records (``input``): None for plain UTF-8 that needed no repair."""
        if self.encoding == "utf-8" and not self.repairs:
            return None
        return {"encoding": self.encoding, "repairs": dict(sorted(self.repairs.items()))}


def printable(s: str) -> str:
    """``s`` on one printable line: control characters escaped, undecodable bytes as ``\\xNN``."""
    if s.isprintable():
        return s
    out = []
    for ch in s:
        o = ord(ch)
        if 0xDC80 <= o <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
            out.append(f"\\x{o - 0xDC00:02x}")
        elif ch.isprintable():
            out.append(ch)
        else:
            out.append(repr(ch)[1:-1])
    return "".join(out)


def is_article_name(name: str) -> bool:
    low = name.lower()
    if low.endswith(OUTPUT_MARKERS):
        return False
    return low.endswith(ARTICLE_SUFFIXES)


class Reason(str):
    """A problem's one-line reason that also carries its ``kind`` (it compares equal to the plain text)."""

    kind: str

    def __new__(cls, text: str, kind: str) -> Reason:
        obj = super().__new__(cls, text)
        obj.kind = kind
        return obj

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (Reason, (str(self), self.kind))


def expand(
    args: Iterable[str],
    *,
    exclude: Iterable[str | Path] = (),
    stdin_name: str = "stdin",
) -> tuple[list[Input], list[tuple[str, str]]]:
    """Turn command-line arguments into inputs, in a stable order.

    Returns ``(inputs, problems)``; a problem is ``(argument or path, reason)`` for an argument that
    named nothing readable, or an entry of a folder that cannot be followed (a symlink loop, a
    symlink out of the folder), so one bad argument is reported without stopping the rest. Each
    reason is a :class:`Reason` (a str with a ``kind``).
    """
    problems: list[tuple[str, str]] = []
    inputs = list(iter_expand(args, exclude=exclude, stdin_name=stdin_name, problems=problems))
    return inputs, problems


def iter_expand(
    args: Iterable[str],
    *,
    exclude: Iterable[str | Path] = (),
    stdin_name: str = "stdin",
    problems: list[tuple[str, str]] | None = None,
    skipped: list[tuple[str, str]] | None = None,
    records: Counter[str] | None = None,
) -> Iterator[Input]:
    """``expand`` as a stream: inputs are yielded as folders are walked; problems go to ``problems``.

    Files in a folder that are not articles by name go to ``skipped`` with the reason (a PDF, a
    DOCX): skipped is not failed, but a user who dropped 40 PDFs in a folder must hear about them.

    Memory does not grow with the number of inputs when one folder without symlinks is named (the
    usual big batch): no input can then be reached twice, so none is remembered. Otherwise each
    input's real path is remembered so that a file named twice is cleaned once.
    """
    args = list(args)
    excluded = {_real(p) for p in exclude}
    if problems is None:
        problems = []
    seen: set[str] | None = set()
    if len(args) == 1 and args[0] != STDIN and os.path.isdir(args[0]) and not _has_links(args[0]):
        seen = None

    def each(item: Input) -> Iterator[Input]:
        """The input itself, or every HTML record of a WARC file (streamed, offsets only)."""
        if item.path is None or not item.path.lower().endswith(WARC_SUFFIXES):
            yield item
            return
        from . import warc

        stem = os.path.basename(item.name)
        for suffix in WARC_SUFFIXES:
            if stem.lower().endswith(suffix):
                stem = stem[: -len(suffix)]
                break
        folder = os.path.dirname(item.name)
        for found in warc.scan(item.path, records):
            if isinstance(found, warc.Damage):
                reason = f"damaged at offset {found.offset} ({found.reason}); the records before it were read"
                problems.append((printable(item.path), Reason(reason, "corrupt")))
                return
            name = f"{stem}-{found.n:06d}"
            yield Input(
                name=f"{folder}/{name}" if folder else name,
                path=item.path,
                origin=item.origin,
                record=found.offset,
                uri=found.uri,
            )

    def fresh(item: Input) -> bool:
        if seen is None:
            return True
        key = item.path if item.path is not None else "\0stdin"
        real = _real(item.path) if item.path is not None else key
        if real in seen:
            return False
        seen.add(real)
        return True

    for arg in args:
        if arg == STDIN:
            item = Input(name=stdin_name, path=None, origin=arg)
            if fresh(item):
                yield item
            continue
        path = Path(arg)
        shown = printable(arg)
        if path.is_dir():
            found = 0
            for file, rel in walk(path, excluded=excluded, problems=problems, skipped=skipped):
                item = Input(name=rel, path=str(file), origin=arg)
                if fresh(item):
                    yield from each(item)
                found += 1
            if not found:
                problems.append((shown, _empty_folder(path, excluded)))
        elif path.exists():
            if not path.is_file():
                problems.append((shown, Reason("not a regular file", "not-a-file")))
            else:
                item = Input(name=path.name, path=str(path), origin=arg)
                if fresh(item):
                    yield from each(item)
        elif os.path.islink(arg):
            problems.append((shown, _link_problem(arg)))
        elif any(ch in arg for ch in _GLOB_CHARS):
            matches = sorted(glob.glob(arg, recursive=True))
            files = [m for m in matches if os.path.isfile(m) and _real(os.path.dirname(m) or ".") not in excluded]
            dirs = [m for m in matches if os.path.isdir(m)]
            for m in files:
                item = Input(name=os.path.basename(m), path=m, origin=arg)
                if fresh(item):
                    yield from each(item)
            for d in dirs:
                for file, rel in walk(Path(d), excluded=excluded, problems=problems, skipped=skipped):
                    item = Input(name=rel, path=str(file), origin=arg)
                    if fresh(item):
                        yield from each(item)
            if not files and not dirs:
                problems.append((shown, Reason("no files match this pattern", "missing")))
        else:
            problems.append((shown, Reason("no such file or folder", "missing")))


def _empty_folder(path: Path, excluded: set[str]) -> Reason:
    """Why a folder gave no article: it is the output folder itself, or it holds none."""
    if _real(path) in excluded:
        return Reason(
            "is also the output folder: cleaning a folder into itself would mix outputs with inputs; "
            "write the results to another folder",
            "usage",
        )
    return Reason("no .txt, .html, .htm, .gz or .warc files in this folder", "missing")


def skip_reason(path: str) -> str:
    """Why a file in a folder is not taken as an article: what it looks like, else its extension."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(64)
    except OSError as exc:
        return f"not readable ({exc.strerror or exc})"
    what = binary_format(head)
    if what is not None:
        return f"looks like {what}"
    ext = os.path.splitext(path)[1]
    if not ext:
        return "not an article file (no extension)"
    return f"not an article file ({ext} is not .txt, .html, .htm or .gz)"


def _has_links(folder: str) -> bool:
    """Whether any symlink sits under ``folder`` (hidden entries, which are never walked, aside)."""
    stack = [folder]
    while stack:
        try:
            with os.scandir(stack.pop()) as entries:
                for entry in entries:
                    if entry.name.startswith("."):
                        continue
                    if entry.is_symlink():
                        return True
                    if entry.is_dir(follow_symlinks=False):
                        stack.append(entry.path)
        except OSError:
            continue
    return False


def _link_problem(path: str) -> Reason:
    """Why a symlink cannot be followed: it loops, or its target does not exist."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Reason("symlink loop: not followed", "symlink-loop")
        return Reason(f"symlink to a missing target ({os.readlink(path)})", "missing")
    return Reason("symlink cannot be followed", "missing")  # pragma: no cover - a race


def walk(
    root: Path,
    *,
    excluded: set[str] | None = None,
    problems: list[tuple[str, str]] | None = None,
    skipped: list[tuple[str, str]] | None = None,
) -> Iterator[tuple[Path, str]]:
    """Article files under ``root`` as ``(path, relative posix name)``, sorted, loop-safe.

    Other regular files go to ``skipped`` (when a list is given) with the reason, except the
    outputs cleaner itself writes beside articles.

    Symlinks are followed only to targets inside ``root`` (a folder reached twice is walked once);
    one that points out of ``root``, loops or (for an article name) dangles is skipped, and noted in
    ``problems`` when a list is given.
    """
    excluded = excluded or set()
    visited: set[tuple[int, int]] = set()
    top = _real(root)

    def note(path: str, reason: Reason) -> None:
        if problems is not None:
            problems.append((printable(path), reason))

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
                if entry.is_symlink():
                    try:
                        os.stat(entry.path)
                    except OSError:
                        reason = _link_problem(entry.path)
                        if reason.kind == "symlink-loop" or is_article_name(entry.name):
                            note(entry.path, reason)
                        continue
                    target = _real(entry.path)
                    if not _within(target, top):
                        if os.path.isdir(target) or is_article_name(entry.name):
                            note(
                                entry.path,
                                Reason(
                                    f"symlink to {printable(target)}, outside {printable(str(root))}: "
                                    "not followed (name the target itself to clean it)",
                                    "outside",
                                ),
                            )
                        continue
                if entry.is_dir(follow_symlinks=True):
                    yield from visit(Path(entry.path), sub)
                elif entry.is_file(follow_symlinks=True):
                    if is_article_name(entry.name):
                        yield Path(entry.path), sub
                    elif skipped is not None and not entry.name.lower().endswith(OUTPUT_MARKERS):
                        skipped.append((printable(entry.path), skip_reason(entry.path)))
            except OSError:
                continue

    yield from visit(root, "")


def _within(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def read_bytes(inp: Input, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The raw bytes of an input, refusing more than ``max_bytes``, and anything but a regular file
    (a FIFO or device would block or never end)."""
    if inp.path is None:
        try:
            data = sys.stdin.buffer.read(max_bytes + 1)
        except OSError as exc:
            raise InputError(f"<stdin>: cannot read: {exc.strerror or exc}", kind="unreadable") from None
    else:
        try:
            fd = os.open(inp.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
        except OSError as exc:
            raise _read_error(inp, exc) from None
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                kind = "is a folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "not a regular file"
                raise InputError(f"{inp.display}: {kind}", kind="not-a-file")
            with os.fdopen(fd, "rb", closefd=False) as fh:
                data = fh.read(max_bytes + 1)
        except OSError as exc:
            raise _read_error(inp, exc) from None
        finally:
            os.close(fd)
    if len(data) > max_bytes:
        raise InputError(f"{inp.display}: larger than {_mib(max_bytes)}; raise --max-size to read it", kind="too-large")
    return data


def _read_error(inp: Input, exc: OSError) -> InputError:
    what = inp.display
    if exc.errno == errno.ENOENT:
        return InputError(
            f"{what}: cannot read: it no longer exists (deleted or moved after the batch started)", kind="missing"
        )
    if exc.errno in (errno.EACCES, errno.EPERM):
        return InputError(f"{what}: cannot read: permission denied", kind="unreadable")
    if exc.errno == errno.ELOOP:
        return InputError(f"{what}: symlink loop", kind="symlink-loop")
    if exc.errno == errno.EISDIR:
        return InputError(f"{what}: is a folder", kind="not-a-file")
    return InputError(f"{what}: cannot read: {exc.strerror or exc}", kind="unreadable")


# magic numbers of formats that are never articles; checked before any decoding
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"RIFF", "a RIFF file (WebP, WAV, AVI)"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX, EPUB, JAR)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x7fELF", "an ELF executable"),
    (b"BZh", None),  # bzip2 only with its block magic, checked below
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
    (b"\xca\xfe\xba\xbe", "a Java class or Mach-O file"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
)


def binary_format(data: bytes) -> str | None:
    """What a known binary file format is (``a PNG image``), or None."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            if what is None:
                if data[4:10] == b"1AY&SY":
                    return "a bzip2 archive"
                continue
            return what
    if data.startswith(b"MZ") and b"\x00" in data[:512]:
        return "a Windows executable"
    # ISO media (MP4, MOV, M4A, 3GP, HEIC, AVIF): a size, then "ftyp"; Matroska/WebM, MPEG-TS, Ogg, FLAC, MP3
    if data[4:8] == b"ftyp":
        return "an MP4 or other ISO media file (video, audio or HEIC/AVIF image)"
    for magic, what in _MEDIA:
        if data.startswith(magic):
            return what
    # a text-like signature after leading blank lines is still that format ("\n\n%PDF-1.4")
    stripped = data[:1024].lstrip(b" \t\r\n")
    if len(stripped) < len(data[:1024]):
        for magic, what in _MAGIC:
            if what is not None and stripped.startswith(magic):
                return what
    return None


_MEDIA = (
    (b"\x1aE\xdf\xa3", "a Matroska or WebM video"),
    (b"OggS", "an Ogg audio or video file"),
    (b"fLaC", "a FLAC audio file"),
    (b"ID3", "an MP3 audio file"),
    (b"\x00\x00\x01\xba", "an MPEG video"),
    (b"\x00\x00\x01\x00", "an icon image"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
)


def load(inp: Input, *, max_bytes: int = DEFAULT_MAX_BYTES, raw: bytes | None = None) -> Loaded:
    """Read an input and say what it holds; raises InputError with a one-line reason and a kind."""
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
    what = binary_format(data)
    if what is not None:
        raise InputError(f"{inp.display}: looks like {what}, not an article", kind="binary")
    if not data.strip():
        raise InputError(f"{inp.display}: {'empty' if not data else 'only whitespace'}: nothing to clean", kind="empty")
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
                raise InputError(
                    f"{what}: decompresses to more than {_mib(max_bytes)} (a gzip bomb?); raise --max-size to read it",
                    kind="too-large",
                )
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
            raise InputError(f"{what}: truncated gzip data", kind="corrupt")
    except (zlib.error, EOFError, gzip.BadGzipFile) as exc:
        raise InputError(f"{what}: not valid gzip data ({exc})", kind="corrupt") from None
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
    """Bytes of a text article to str (see :func:`decode`); binary is refused."""
    return decode(data, what).text


def decode(data: bytes, what: str = "input") -> Decoded:
    """Bytes of a text article to str, saying how: BOM, else UTF-16 without BOM, else UTF-8, else
    UTF-8 with a few damaged bytes replaced, else Windows-1252; then mojibake repaired line by line.
    Binary data (a known format, or NUL bytes that are not UTF-16/32) raises InputError."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{what}: starts with a {encoding} byte-order mark but is not {encoding}: {exc.reason}",
                    kind="encoding",
                ) from None
            return _repaired(Decoded(text, "utf-8" if encoding == "utf-8" else encoding))
    fmt = binary_format(data)
    if fmt is not None:
        raise InputError(f"{what}: looks like {fmt}, not an article", kind="binary")
    if b"\x00" in data:
        encoding = _utf16_without_bom(data)
        if encoding is None:
            raise InputError(f"{what}: looks binary (NUL bytes), not a text article", kind="binary")
        try:
            return _repaired(Decoded(data.decode(encoding), encoding))
        except UnicodeDecodeError:
            raise InputError(f"{what}: looks binary (NUL bytes), not a text article", kind="binary") from None
    try:
        return _repaired(Decoded(data.decode("utf-8")))
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", "replace")
    bad = lenient.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    good = sum(1 for ch in lenient if ch > "\x7f") - lenient.count("\ufffd")
    if good >= bad:  # clearly UTF-8, with a few damaged bytes (a cut multi-byte character...)
        return _repaired(Decoded(lenient, "utf-8", {"invalid-utf-8": bad}))
    return _repaired(Decoded(data.decode("cp1252", _HOLES_HANDLER), "windows-1252"))


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NUL bytes fall on every other byte, as in mostly-Latin UTF-16."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    half = len(data) // 2
    if odd.count(0) >= 0.4 * half and even.count(0) <= 0.05 * half:
        return "utf-16-le"
    if even.count(0) >= 0.4 * half and odd.count(0) <= 0.05 * half:
        return "utf-16-be"
    return None


# a UTF-8 lead byte read as Windows-1252 (Ã, Â, â...) followed by a continuation byte read the same way
_MOJIBAKE = re.compile(
    "[\u00c2-\u00ef][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152"
    "\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]"
)


def _repaired(decoded: Decoded) -> Decoded:
    """Repair mojibake (``CafÃ©`` -> ``Café``) on the lines that show it, with ftfy; count the lines."""
    text = decoded.text
    if ftfy is None or text.isascii() or not _MOJIBAKE.search(text):
        return decoded
    lines = text.splitlines(keepends=True)
    fixed = 0
    for i, line in enumerate(lines):
        if _MOJIBAKE.search(line):
            new = ftfy.fix_encoding(line)
            if new != line:
                lines[i] = new
                fixed += 1
    if fixed:
        decoded.text = "".join(lines)
        decoded.repairs["mojibake"] = fixed
    return decoded


def _cp1252_holes(exc: UnicodeError) -> tuple[str, int]:
    assert isinstance(exc, UnicodeDecodeError)
    byte = exc.object[exc.start]
    return _CP1252_HOLES.get(byte, "\ufffd"), exc.start + 1


_HOLES_HANDLER = "cleaner-cp1252-holes"
codecs.register_error(_HOLES_HANDLER, _cp1252_holes)


def _real(p: str | Path) -> str:
    try:
        return os.path.realpath(p)
    except OSError:
        return str(p)


def _mib(n: int) -> str:
    return f"{n / (1024 * 1024):g} MiB"
