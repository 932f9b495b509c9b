"""Properties that must hold on any text: no exception, idempotence, determinism, nothing lost."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cleaner

from .helpers import BODY, LEAD

LINES = [
    LEAD,
    *BODY,
    "Advertisement",
    "Next In World",
    "Amazon says thieves swiped millions by faking product refunds",
    "By JANE DOE",
    "Exclusive-Senior US officials traveling to Armenia",
    "A boy looks out of a window, Goris, Armenia. REUTERS/Irakli Gedenidze",
    "(Reporting by Jane Doe; Editing by John Roe)",
    "Subscribe now to our Premium Plan for an ad-free and unlimited reading experience!",
    "© NewsHive Daily 2023",
    "KARABAKH",
    "STEPANAKERT, Azerbaijan (RockedBuzz via Reuters) – Thousands fled on Monday.",
    "",
    "   ",
]
articles = st.lists(st.one_of(st.sampled_from(LINES), st.text(max_size=80)), max_size=25).flatmap(
    lambda lines: st.sampled_from(["\n", "\n\n", "\r\n", "\n\n\n"]).map(lambda sep: sep.join(lines))
)
# the same examples on every run (tests/conftest.py's profile); wider random runs are a development step
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.text())
def test_never_raises_on_any_text(raw):
    doc = cleaner.clean_text(raw)
    assert doc.text == "" or doc.text.endswith("\n")
    assert not re.search(r"[ \t]\n", doc.text)


@SETTINGS
@given(articles)
def test_idempotent_and_deterministic(raw):
    first = cleaner.clean_text(raw)
    assert cleaner.clean_text(first.text).text == first.text
    assert cleaner.clean_text(raw).to_sidecar() == first.to_sidecar()


@SETTINGS
@given(articles)
def test_every_line_is_accounted_for(raw):
    doc = cleaner.clean_text(raw)
    body = " ".join(doc.text.split())
    spans = [(r.start, r.end) for r in doc.removed]
    for m in re.finditer(r"[^\r\n\u2028\u2029\x0b\x0c\x85]+", raw):
        line = " ".join(m.group(0).split())
        if not line or not any(c.isprintable() and not c.isspace() for c in line):
            continue
        covered = any(s <= m.start() < e or m.start() <= s < m.end() for s, e in spans)
        assert line in body or covered, line


@SETTINGS
@given(articles)
def test_removed_segments_are_not_in_the_output(raw):
    doc = cleaner.clean_text(raw)
    paragraphs = set(doc.text.rstrip("\n").split("\n\n"))
    for r in doc.removed:
        if r.action in ("removed", "lifted"):
            assert " ".join(r.text.split()) not in paragraphs or r.text.strip() in _body_twice(raw, r.text)


def _body_twice(raw: str, text: str) -> str:
    """A line printed twice may be boilerplate in one place only when its neighbours differ."""
    return text if raw.count(text.strip()) > 1 else ""


def test_large_inputs_do_not_blow_up():
    big = ("word " * 1_000_000).strip()  # 5 MB on one line
    assert cleaner.clean_text(big).text == big + "\n"
    many = "\n".join([LEAD, *BODY] * 3000)
    assert cleaner.clean_text(many).text.count("\n\n") == 4 * 3000 - 1
