"""Atomic file writes: a temp file in the same folder, fsync, rename, fsync the folder.

A reader (or a run killed at any instant) sees either no file or the whole file, never a part.
Temp files are named ``.<name>.tmp-<random>`` so a leftover one is easy to recognise and remove.
"""

from __future__ import annotations

import errno
import os
import random
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import StorageError

TMP_MARK = ".tmp-"
# mkstemp creates files readable by the owner only; archive files get the usual umask-based mode
_UMASK = os.umask(0)
os.umask(_UMASK)
FILE_MODE = 0o666 & ~_UMASK


def fsync_dir(folder: str | Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not supported (Windows): the rename is still atomic
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# errors that mean the storage itself cannot take writes: the batch stops (StorageError)
STORAGE_ERRNOS = frozenset(
    getattr(errno, name) for name in ("ENOSPC", "EDQUOT", "EFBIG", "EROFS", "EACCES", "EPERM") if hasattr(errno, name)
)


def storage_error(exc: OSError, path: str | Path) -> StorageError:
    return StorageError(
        f"cannot write {path}: {exc.strerror or exc}; nothing partial was kept "
        "(free space or fix permissions, then run the same command again)"
    )


def atomic_write(path: str | Path, data: bytes, *, sync: bool = True, exclusive: bool = False) -> None:
    """Write ``data`` to ``path`` atomically; with ``exclusive``, never replace an existing file.

    A full disk, a file-size limit, a read-only folder: StorageError, and no file or temp file left.
    """
    try:
        _atomic_write(Path(path), data, sync=sync, exclusive=exclusive)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno in STORAGE_ERRNOS:
            raise storage_error(exc, path) from exc
        raise


def _atomic_write(path: Path, data: bytes, *, sync: bool, exclusive: bool) -> None:
    tmp = _write_temp(path, data, sync=sync)
    try:
        publish(tmp, path, exclusive=exclusive)
    except BaseException:
        _unlink(tmp)
        raise
    if sync:
        fsync_dir(path.parent)


def write_temp(path: str | Path, data: bytes) -> Path:
    """Write ``data`` beside ``path`` under a temp name, without fsync; ``publish`` names it later.

    Group commits write many temps, make them durable with one ``sync_filesystem``, then publish
    them all: one flush for a group instead of two fsyncs per file. The folder must exist. Three
    system calls a file (open, write, close): a batch writes thousands of these.
    """
    path = Path(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
    flags |= getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = path.with_name(f".{path.name}{TMP_MARK}{_NAMES.getrandbits(40):010x}")
        try:
            fd = os.open(tmp, flags, FILE_MODE)
            break
        except FileExistsError:
            continue
        except OSError as exc:
            if exc.errno in STORAGE_ERRNOS:
                raise storage_error(exc, path) from exc
            raise
    else:
        raise FileExistsError(f"{path}: no free temp name")
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    except BaseException as exc:
        os.close(fd)
        _unlink(tmp)
        if isinstance(exc, OSError) and exc.errno in STORAGE_ERRNOS:
            raise storage_error(exc, path) from exc
        raise
    os.close(fd)
    return tmp


def _write_temp(path: Path, data: bytes, *, sync: bool) -> Path:
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}{TMP_MARK}", dir=folder)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, FILE_MODE)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if sync:
                fh.flush()
                os.fsync(fh.fileno())
    except BaseException:
        _unlink(tmp)
        raise
    return Path(tmp)


# temp names need to be unlikely to clash, not unpredictable (O_EXCL settles a clash)
_NAMES = random.Random(os.urandom(16))


def publish(tmp: str | Path, path: str | Path, *, exclusive: bool = False) -> None:
    """Give a written temp file its name; with ``exclusive``, never replace an existing file."""
    if not exclusive:
        os.replace(tmp, path)
        return
    if _RENAME_NOREPLACE is not None and _RENAME_NOREPLACE(os.fsencode(tmp), os.fsencode(path)):
        return
    # link() fails if the target exists: a version, once written, is never replaced
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise
    except OSError:  # no hard links here (some network or FAT file systems)
        if os.path.exists(path):
            raise FileExistsError(f"{path} already exists") from None
        os.replace(tmp, path)
    else:
        os.unlink(tmp)


def _unlink(path: str | Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _load_syncfs() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        fn = libc.syncfs
    except (OSError, AttributeError):
        return None
    fn.argtypes = [ctypes.c_int]
    fn.restype = ctypes.c_int
    return fn


_SYNCFS = _load_syncfs()


def _load_rename_noreplace() -> Any:
    """``renameat2(RENAME_NOREPLACE)``: one atomic step where link + unlink take two."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        fn = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return None
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    fn.restype = ctypes.c_int
    at_fdcwd, noreplace = -100, 1

    def rename(src: bytes, dst: bytes) -> bool:
        """True when renamed; FileExistsError if ``dst`` exists; False: not supported, fall back."""
        if fn(at_fdcwd, src, at_fdcwd, dst, noreplace) == 0:
            return True
        err = ctypes.get_errno()
        if err == errno.EEXIST:
            raise FileExistsError(err, os.strerror(err), os.fsdecode(dst))
        if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
            return False
        raise OSError(err, os.strerror(err), os.fsdecode(src))

    return rename


_RENAME_NOREPLACE = _load_rename_noreplace()


def sync_filesystem(root: str | Path, files: Iterable[str | Path], folders: Iterable[str | Path]) -> None:
    """Make ``files`` and ``folders`` (their entries) durable, with as few flushes as possible.

    On Linux one ``syncfs`` flushes the whole file system at once: for a group of a few hundred
    small files that costs a few milliseconds against half a millisecond per fsync. Elsewhere each
    file and folder is fsynced.
    """
    if _SYNCFS is not None:
        fd = os.open(root, os.O_RDONLY)
        try:
            if _SYNCFS(fd) == 0:
                return
            err = ctypes_errno()
        finally:
            os.close(fd)
        if err in STORAGE_ERRNOS or err == errno.EIO:
            raise storage_error(OSError(err, os.strerror(err)), root)
    for f in files:
        fd = os.open(f, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    for folder in folders:
        fsync_dir(folder)


def ctypes_errno() -> int:
    import ctypes

    return ctypes.get_errno()


def is_temp(name: str) -> bool:
    return name.startswith(".") and TMP_MARK in name


def remove_temps(folder: str | Path) -> list[str]:
    """Delete temp files a killed run left in ``folder``; return their names."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if is_temp(entry.name) and entry.is_file(follow_symlinks=False):
            try:
                os.unlink(entry.path)
                removed.append(entry.name)
            except OSError:
                pass
    return removed


# --- reading archive files: never through a link, never from a device or a FIFO ----------------

_KINDS = (
    (0o010000, "a FIFO"),
    (0o020000, "a character device"),
    (0o060000, "a block device"),
    (0o140000, "a socket"),
    (0o040000, "a folder"),
)


class NotRegularFile(OSError):
    """An archive path that is a link, a FIFO, a device or a folder where a file should be.

    Reading one could hang forever (a FIFO, /dev/zero) or show a file outside the archive
    (a link to /etc/passwd); an ``OSError`` so every reader's handling of unreadable files applies.
    """

    def __init__(self, path: Path | str, what: str) -> None:
        super().__init__(errno.EINVAL, f"not a regular file ({what}): not read", str(path))


def read_regular(path: Path | str, *, limit: int | None = None) -> bytes:
    """The bytes of a regular file, opened without following a link and without blocking."""
    import stat

    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise NotRegularFile(path, "a symbolic link") from None
        raise
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            what = next((w for bits, w in _KINDS if stat.S_IFMT(st.st_mode) == bits), "not a file")
            raise NotRegularFile(path, what)
        chunks = []
        left = st.st_size if limit is None else min(st.st_size, limit)
        while True:
            chunk = os.read(fd, max(left, 1 << 16))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def sha256_regular(path: Path | str) -> str:
    """SHA-256 of a regular file read as ``read_regular`` reads it, in blocks."""
    import hashlib
    import stat

    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise NotRegularFile(path, "a symbolic link") from None
        raise
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            what = next((w for bits, w in _KINDS if stat.S_IFMT(st.st_mode) == bits), "not a file")
            raise NotRegularFile(path, what)
        h = hashlib.sha256()
        while chunk := os.read(fd, 1 << 20):
            h.update(chunk)
        return h.hexdigest()
    finally:
        os.close(fd)
