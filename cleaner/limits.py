"""A time budget per document: one pathological input fails alone instead of stalling a batch.

The budget is wall-clock time for reading, decoding and cleaning one input, enforced with
``SIGALRM`` (``setitimer``) in the thread that cleans: batch workers clean in their main thread, and
so does ``cleaner clean`` with one job. Python checks signals between bytecodes and inside its own
regex engine, so a runaway pass or pattern is stopped too. Where no alarm can be set (another
thread, Windows) the budget is not enforced; user rule patterns are still bounded on their own
(see ``cleaner.userregex``).
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator

from .errors import TimeLimitError

BASE_SECONDS = 60.0  # per document...
PER_MIB_SECONDS = 4.0  # ...plus this per MiB of input (the text engine does several MiB/s)


def budget_for(nbytes: int, limit: float | None = None) -> float:
    """The budget for an input of ``nbytes``: ``limit`` if given (0 means none), else the default."""
    if limit is not None:
        return max(0.0, limit)
    return BASE_SECONDS + PER_MIB_SECONDS * nbytes / (1024 * 1024)


def can_enforce() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise TimeLimitError inside the block once ``seconds`` have passed (0: no limit)."""
    if seconds <= 0 or not can_enforce():
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise TimeLimitError(
            f"took more than {seconds:g} s to clean (time limit); raise --time-limit to allow more", kind="time-limit"
        )

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)
