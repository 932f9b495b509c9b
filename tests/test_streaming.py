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
    try:
        first = next(results)
        assert first.ok and first.input.name == "a0000.txt"
        in_flight = 2 * 4 * batch.STREAM_CHUNK  # jobs x window x chunk
        assert pulled[0] <= in_flight + batch.STREAM_CHUNK < 1000  # plus the chunk being filled
        rest = list(results)
    finally:
        results.close()
    assert pulled[0] == 1000
    assert [o.input.name for o in rest] == [f"a{i:04d}.txt" for i in range(1, 1000)]
    assert {o.text for o in rest} == {first.text}


def test_one_job_streams_too():
    pulled = [0]
    results = batch.outcomes(counting_inputs(50, pulled), batch.Options(), jobs=1)
    next(results)
    assert pulled[0] == 1
    results.close()


def test_folders_are_walked_as_the_batch_goes(tmp_path):
    from cleaner.sources import iter_expand

    for sub in ("a", "b", "c"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "one.txt").write_text("text", "utf-8")
    stream = iter_expand([str(tmp_path)])
    assert next(stream).name == "a/one.txt"
    (tmp_path / "c" / "two.txt").write_text("added after the walk started", "utf-8")
    assert [i.name for i in stream] == ["b/one.txt", "c/one.txt", "c/two.txt"]


def test_a_file_reached_twice_is_still_cleaned_once(tmp_path):
    from cleaner.sources import expand, iter_expand

    (tmp_path / "a.txt").write_text("text", "utf-8")
    (tmp_path / "b-link.txt").symlink_to(tmp_path / "a.txt")
    assert [i.name for i in iter_expand([str(tmp_path)])] == ["a.txt"]
    items, problems = expand([str(tmp_path), str(tmp_path / "a.txt")])
    assert [i.name for i in items] == ["a.txt"] and not problems
