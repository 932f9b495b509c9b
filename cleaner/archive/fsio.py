"""Atomic file writes: a temp file in the same folder, fsync, rename, fsync the folder.

A reader (or a run killed at any instant) sees either no file or the whole file, never a part.
Temp files are named ``.<name>.tmp-<random>`` so a leftover one is easy to recognise and remove.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

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
        if exclusive:
            # link() fails if the target exists: a version, once written, is never replaced
            try:
                os.link(tmp, path)
            except FileExistsError:
                raise
            except OSError:  # no hard links here (some network or FAT file systems)
                if path.exists():
                    raise FileExistsError(f"{path} already exists") from None
                os.replace(tmp, path)
            else:
                os.unlink(tmp)
        else:
            os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    if sync:
        fsync_dir(folder)


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
