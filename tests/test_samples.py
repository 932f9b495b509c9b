"""The bundled samples: the seed articles and the outputs judged right for them."""

from __future__ import annotations

import json

import pytest

import cleaner
from cleaner.sidecar import dumps

from .conftest import SAMPLES

INPUTS = sorted((SAMPLES / "input").glob("*.txt"))
VOLATILE = ("rules", "cleaner_version")  # change with every rule edit; checked by test_rules


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.stem)
def test_sample_matches_expected(path, validate_sidecar):
    doc = cleaner.clean_text(path.read_text("utf-8"), source=path.name)
    expected_text = (SAMPLES / "expected" / path.name).read_text("utf-8")
    expected_side = json.loads((SAMPLES / "expected" / f"{path.stem}.json").read_text("utf-8"))
    assert doc.text == expected_text
    side = json.loads(dumps(validate_sidecar(doc.to_sidecar())))
    for key in VOLATILE:
        side.pop(key), expected_side.pop(key)
    assert side == expected_side


def test_scraped_seed(scraped):
    doc = cleaner.clean_text(scraped)
    side = doc.to_sidecar()
    assert side["title"] == "Senior US officials traveling to Armenia as Karabakh's Armenians start to leave"
    assert side["label"] == "Exclusive"
    assert side["captions"][0]["credit"] == "REUTERS/Irakli Gedenidze"
    assert side["captions"][0]["photographer"] == "Irakli Gedenidze"
    assert side["credits"]["reporting"] == ["Daphne Psaledakis"]
    assert side["credits"]["editing"] == ["Donna Bryson", "Michael Perry"]
    for junk in ("Subscribe now", "Next In World", "Amazon says thieves", "Others Also Read", "REUTERS/"):
        assert junk not in doc.text
    assert doc.text.startswith("WASHINGTON (Reuters) - Senior Biden administration officials")
    assert doc.text.endswith("failing to guarantee.\n")
    assert side["dateline"]["place"] == "WASHINGTON" and side["dateline"]["agency"] == "Reuters"


def test_syndicated_seed(syndicated):
    doc = cleaner.clean_text(syndicated)
    side = doc.to_sidecar()
    assert "RockedBuzz" not in doc.text
    assert side["republisher"] == "RockedBuzz"
    assert side["dateline"]["place"] == "STEPANAKERT-KHANKENDI, Azerbaijan"
    assert side["dateline"]["agency"] == "Reuters"
    assert side["credits"]["writing"] == ["Guy Faulconbridge", "Peter Graff", "Ron Popeski"]
    assert side["credits"]["editing"] == ["Philippa Fletcher", "Alex Richardson", "Grant McCool"]
    assert "Felix Light" in side["credits"]["reporting"]
    assert "RockedBuzz" not in side["credits"]["text"]
    rewrites = [r for r in side["removed"] if r["kind"] == "rewritten"]
    assert len(rewrites) == syndicated.count("RockedBuzz via Reuters")
    for r in rewrites:
        assert syndicated[r["start"] : r["end"]] == r["before"] == "RockedBuzz via Reuters"
        assert r["after"] == "Reuters"
    paragraphs = doc.text.rstrip("\n").split("\n\n")
    assert "KARABAKH" in paragraphs and "THE VICTORY OF AZERBAIJAN" in paragraphs
    # every source line but the credits line is body
    body_lines = [ln for ln in syndicated.splitlines() if ln.strip() and not ln.startswith("(Reporting")]
    assert len(paragraphs) == len(body_lines)
