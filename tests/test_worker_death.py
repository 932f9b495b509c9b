"""A worker process that dies mid-batch (killed, out of memory) must not hang the batch."""

from __future__ import annotations

import os

import pytest

from cleaner import batch
from cleaner.sources import Input

from .helpers import article

pytestmark = pytest.mark.slow  # real subprocesses, kill -9, clusters or long property runs: deselect with -m "not slow"

_real_chunk = batch._work_chunk


def _dying_chunk(tasks):
    if any(task[0].name == "doomed.txt" for task in tasks):
        os._exit(137)  # what a SIGKILL or the OOM killer leaves behind
    return _real_chunk(tasks)


def test_a_dead_worker_fails_its_inputs_and_the_batch_goes_on(tmp_path, monkeypatch):
    # workers are forked (batch uses fork on Linux), so they inherit the patched function
    names = [f"story{i:02d}.txt" for i in range(40)]
    names[17] = "doomed.txt"
    for name in names:
        (tmp_path / name).write_text(article(), "utf-8")
    monkeypatch.setattr(batch, "_work_chunk", _dying_chunk)
    inputs = [Input(name=name, path=str(tmp_path / name), origin=str(tmp_path)) for name in names]
    results = list(batch.outcomes(inputs, batch.Options(), jobs=2))
    assert [r.input.name for r in results] == names  # every input answered, in order
    dead = [r for r in results if not r.ok]
    assert "doomed.txt" in {r.input.name for r in dead}
    assert all(r.error_kind == "worker" for r in dead)
    # only the chunk that kills its worker: a chunk in flight beside it is run again, alone
    # (40 inputs on 2 workers go in chunks of 2: the doomed input's chunk is the only one that fails)
    assert {r.input.name for r in dead} == {names[16], "doomed.txt"}
