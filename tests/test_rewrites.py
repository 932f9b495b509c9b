"""The audit trail of rewrites points at the right bytes of the source, however many share a line."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import cleaner

_FILLER = st.text(alphabet=st.sampled_from("abcdefghij klmnop,."), min_size=1, max_size=30).map(
    lambda s: " " + s.strip(" ") + " " if s.strip(" ") else " and "
)
_GAP = st.sampled_from([" ", "  ", "\u200b ", " \u00ad", "\t"])
_INVISIBLE = re.compile("[\u200b\u00ad]")


def _line(fillers: list[str], gaps: list[str]) -> str:
    parts = ["The ministry told RockedBuzz via Reuters"]
    for filler, gap in zip(fillers, gaps, strict=False):
        parts.append(f"{filler}then RockedBuzz{gap}via Reuters")
    return "".join(parts) + "."


@settings(max_examples=150, deadline=None)
@given(st.lists(_FILLER, min_size=1, max_size=12), st.lists(_GAP, min_size=12, max_size=12), st.booleans())
def test_every_rewrite_maps_to_its_own_source_span(fillers, gaps, wrapped):
    lead = "WASHINGTON (RockedBuzz via Reuters) - Officials met on Monday to discuss the ceasefire terms."
    line = _line(fillers, gaps)
    if wrapped:  # the same line hard-wrapped, so a repair may straddle two source lines
        words, rows, row = line.split(" "), [], ""
        for w in words:
            if row and len(row) + 1 + len(w) > 60:
                rows.append(row)
                row = w
            else:
                row = f"{row} {w}" if row else w
        line = "\n".join([*rows, row])
    source = f"{lead}\n\n{line}\n\nThe talks resume next week, officials said in a statement on Tuesday.\n"
    doc = cleaner.clean_text(source)
    rewrites = [r for r in doc.removed if r.rule == "DATELINE-003"]
    # a 'line' wrapped into two rows is not a hard-wrapped dump: its halves stay two paragraphs
    assert len(rewrites) == source.count("RockedBuzz") - doc.text.count("RockedBuzz")
    for r in doc.removed:
        assert source[r.start : r.end] == r.text
    for r in rewrites:
        seen = " ".join(_INVISIBLE.sub("", r.text).split())
        assert seen == r.before == "RockedBuzz via Reuters", (r.text, r.before)
    starts = [r.start for r in rewrites]
    assert starts == sorted(set(starts))  # one span each, none twice


def test_a_paragraph_with_thousands_of_repairs_is_rewritten_in_one_pass():
    """Each repair used to rebuild the whole paragraph: quadratic in the number of repairs."""
    lead = "WASHINGTON (RockedBuzz via Reuters) - Officials met on Monday to discuss the ceasefire terms."
    body = " ".join(["Officials told RockedBuzz via Reuters that talks went well."] * 3000)
    source = f"{lead}\n\n{body}\n"
    doc = cleaner.clean_text(source)
    rewrites = [r for r in doc.removed if r.rule == "DATELINE-003"]
    assert len(rewrites) == 3001
    assert all(source[r.start : r.end] == "RockedBuzz via Reuters" for r in rewrites)
    assert doc.text.count("told Reuters that") == 3000
