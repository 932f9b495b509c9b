"""Batches stream: inputs are taken only as results are consumed, so memory does not grow with the corpus."""

from __future__ import annotations

from cleaner import batch
from cleaner.sources import Input

from .conftest import SAMPLES

ARTICLE = SAMPLES / "input" / "us-officials-armenia-scraped.txt"


def counting_inputs(n: int, pulled: list[int]):
    for i in range(n):
        pulled[0] += 1
        yield Input(name=f"a{i:04d}.txt", path=str(ARTICLE), origin="test")


def test_workers_take_inputs_only_as_results_are_consumed():
    pulled = [0]
    results = batch.outcomes(counting_inputs(1000, pulled), batch.Options(), jobs=2)
    first = next(results)
    assert first.ok and first.input.name == "a0000.txt"
    assert pulled[0] <= 2 * 4 * 8 + 8  # jobs x window x chunk, plus the chunk being filled
    rest = list(results)
    assert pulled[0] == 1000
    assert [o.input.name for o in rest] == [f"a{i:04d}.txt" for i in range(1, 1000)]
    assert {o.text for o in rest} == {first.text}


def test_one_job_streams_too():
    pulled = [0]
    results = batch.outcomes(counting_inputs(50, pulled), batch.Options(), jobs=1)
    next(results)
    assert pulled[0] == 1
    results.close()
