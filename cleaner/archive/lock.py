"""One writer per archive: an OS lock on ``ARCHIVE/.lock``.

POSIX record locks (``fcntl.lockf``) belong to the process, so worker processes forked by a batch
do not inherit them, and the OS drops the lock when the holder dies: a killed run never leaves a
stale lock behind. Locks in one process are tracked too, so two Archive objects cannot both write.
Readers (verify, show) take a shared lock, writers an exclusive one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import threading
from collections.abc import Iterator
from pathlib import Path

from ..errors import CleanerError, StorageError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

_held: dict[str, str] = {}
_guard = threading.Lock()


class LockedError(CleanerError):
    """Another process is writing to this archive."""


@contextlib.contextmanager
def archive_lock(path: Path, *, exclusive: bool = True, what: str = "archive") -> Iterator[None]:
    key = os.path.realpath(path)
    with _guard:
        mode = _held.get(key)
        if mode is not None and (exclusive or mode == "ex"):
            raise LockedError(f"{what} is already in use by this process")
        _held[key] = "ex" if exclusive else "sh"
    fd = -1
    try:
        fd = _open(path, exclusive, what)
        if fd < 0:  # a reader on a read-only archive: nothing can write there either
            yield
            return
        _acquire(fd, exclusive, path, what)
        if exclusive:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        if fd >= 0:
            with contextlib.suppress(OSError):
                if fcntl is not None:
                    fcntl.lockf(fd, fcntl.LOCK_UN)
            os.close(fd)
        with _guard:
            _held.pop(key, None)


def _open(path: Path, exclusive: bool, what: str) -> int:
    """The lock file's descriptor; -1 for a reader that can neither create nor open it for writing."""
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        if exc.errno not in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise
        if exclusive:
            raise StorageError(
                f"{what} is not writable ({exc.strerror}): cannot take its lock; nothing was written"
            ) from None
    try:
        return os.open(path, os.O_RDONLY)  # a shared lock needs only read access
    except OSError:
        return -1


def _acquire(fd: int, exclusive: bool, path: Path, what: str) -> None:
    if fcntl is None:  # pragma: no cover - Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            raise LockedError(f"{what} is locked by another cleaner run ({path})") from None
        return
    flags = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
    try:
        fcntl.lockf(fd, flags)
    except OSError:
        holder = ""
        with contextlib.suppress(OSError, ValueError):
            pid = int(Path(path).read_text().strip() or 0)
            holder = f" (pid {pid})" if pid else ""
        raise LockedError(
            f"{what} is locked by another cleaner run{holder}; wait for it to finish, then retry"
        ) from None
