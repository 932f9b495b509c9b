"""Small builders for tests: an article around the lines under test."""

from __future__ import annotations

import cleaner

LEAD = (
    "WASHINGTON (Reuters) - Senior Biden administration officials were to arrive in Armenia on Monday, "
    "a U.S. official told Reuters, after ethnic Armenians in Nagorno-Karabakh began a mass exodus on Sunday."
)
BODY = [
    "The visit by U.S. Agency for International Development chief Samantha Power would be the first by "
    "senior U.S. officials to Armenia since a ceasefire last week, the official said.",
    "The Armenian government said late on Sunday that a total of 1,050 people had crossed into the country "
    "from Nagorno-Karabakh. It was unclear when the bulk of the population might move to Armenia.",
    "Karabakh has been run by a breakaway administration since a war in the early 1990s amid the breakup "
    "of the Soviet Union, and the region's leaders said they would stay until everyone who wants to leave can.",
]


def article(*, top: list[str] = (), middle: list[str] = (), end: list[str] = ()) -> str:
    """A real-looking article with lines placed at the top, between paragraphs and at the end."""
    lines = [*top, LEAD, BODY[0], *middle, BODY[1], BODY[2], *end]
    return "\n\n".join(lines) + "\n"


def clean(raw: str):
    return cleaner.clean_text(raw)


def rules_of(doc, family: str) -> list[str]:
    return [r.rule for r in doc.removed if r.family == family]


def assert_body_intact(doc) -> None:
    for para in [LEAD, *BODY]:
        assert para in doc.text.rstrip("\n").split("\n\n"), para[:60]


class Hung(AssertionError):
    pass


def no_hang(seconds: float = 300):
    """Fail (instead of hanging the suite) if the block runs for minutes; never a speed verdict.

    The bound is far beyond any machine's speed: a linear-time guarantee broken by catastrophic
    backtracking or an endless loop takes hours, not a few seconds more. Speed targets live in
    bench/.
    """
    import contextlib
    import signal

    @contextlib.contextmanager
    def guard():
        def fire(signum, frame):
            raise Hung(f"still running after {seconds:.0f} s: a hang, not slowness")

        old = signal.signal(signal.SIGALRM, fire)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)

    return guard()


def tripwire_env(n: int, path) -> dict:
    """Environment that stops a `cleaner clean --archive` run after its nth stored article, with
    ``path`` created (see cleaner/archive/store.py ``_tripwire``): kills and lock contention then
    happen by state, not by timing."""
    import os

    return {**os.environ, "CLEANER_TEST_TRIPWIRE": f"{n}:{path}"}


def wait_for(ready, *, timeout: float = 300) -> None:
    """Poll a condition on state; the timeout only stops a hung run from hanging the suite."""
    import time

    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline:
            raise Hung("state not reached: the run hung")
        time.sleep(0.002)
