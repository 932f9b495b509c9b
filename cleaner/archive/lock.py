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
            raise LockedError(f"{what} is locked by another cleaner command ({path})") from None
        return
    flags = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
    try:
        fcntl.lockf(fd, flags)
    except OSError:
        raise LockedError(
            f"{what} is locked by another cleaner command{_holders(fd)}; wait for it to finish, then retry"
        ) from None


def _holders(fd: int) -> str:
    """Who holds the lock, as the kernel tells it (Linux's /proc/locks), e.g. ' (pid 42, writing)'.

    The pid written in the lock file names the last writer, which may have exited while a reader
    holds the lock: it is never shown. Where the kernel cannot be asked, the message names no one.
    """
    try:
        st = os.fstat(fd)
        with open("/proc/locks", encoding="ascii", errors="replace") as fh:
            table = fh.read()
    except OSError:
        return ""
    want = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    found = []
    for line in table.splitlines():
        parts = line.split()
        # "1: POSIX  ADVISORY  WRITE 1234 08:01:5678 0 EOF" (blocked waiters carry "->")
        if len(parts) >= 6 and "->" not in parts[1] and parts[5] == want and parts[4].isdigit():
            pid = int(parts[4])
            if pid != os.getpid():
                found.append(f"pid {pid}, {'writing' if parts[3] == 'WRITE' else 'reading'}")
    return f" ({'; '.join(sorted(set(found)))})" if found else ""
