"""The engine on the shared dev set: idempotent on every article, nothing of the gold body lost."""

from __future__ import annotations

import json
import re

import pytest

import cleaner

from .conftest import TEXTSET

pytestmark = pytest.mark.skipif(not TEXTSET.is_dir(), reason="../shared/data/textset-dev is not beside the project")
TOKEN = re.compile(r"\w+")


def _items():
    return sorted(TEXTSET.glob("*.gold.json"))


def test_idempotent_on_every_dev_article():
    for g in _items():
        raw = g.with_name(g.name.replace(".gold.json", ".txt")).read_text("utf-8")
        once = cleaner.clean_text(raw).text
        assert cleaner.clean_text(once).text == once, g.name


def test_no_gold_paragraph_lost_and_most_exact(validate_sidecar):
    kept = total = exact = 0
    for g in _items():
        gold = json.loads(g.read_text("utf-8"))
        doc = cleaner.clean_text(g.with_name(g.name.replace(".gold.json", ".txt")).read_text("utf-8"))
        validate_sidecar(doc.to_sidecar())
        out = " ".join(TOKEN.findall(doc.text))
        for para in gold["text"].split("\n\n"):
            total += 1
            kept += " ".join(TOKEN.findall(para)) in out
        exact += TOKEN.findall(gold["text"]) == TOKEN.findall(doc.text)
    assert kept / total >= 0.995
    assert exact / len(_items()) >= 0.9
