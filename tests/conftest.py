"""Shared fixtures: the real articles the tests run on, and the sidecar schema."""

from __future__ import annotations

import sys
from pathlib import Path

import jsonschema
import pytest
from hypothesis import settings as _hypothesis_settings

from cleaner.sidecar import schema

# Every property test draws the same examples on every run unless it says otherwise: CI must not
# turn red by the luck of the draw (tests/test_properties_long.py's soak mode explores new ones).
_hypothesis_settings.register_profile("deterministic", derandomize=True)
_hypothesis_settings.load_profile("deterministic")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
TEXTSET = SHARED / "data" / "textset-dev"
SCRAPED = SAMPLES / "input" / "us-officials-armenia-scraped.txt"
SYNDICATED = SAMPLES / "input" / "karabakh-exodus-syndicated.txt"
EXE = Path(sys.executable).with_name("cleaner")  # the installed console script, for real subprocesses
# A user rule that removes one real paragraph of the syndicated seed: rerunning with it makes a v2.
FOOTER_RULE = """
[pack]
family = "footer"

[[rule]]
id = "FOOTER-901"
description = "A casualty-count tail paragraph (test rule)"
pattern = "^Armenia says more than 200 people"
"""


@pytest.fixture(scope="session")
def validate_sidecar():
    validator = jsonschema.Draft202012Validator(schema())

    def check(side: dict) -> dict:
        validator.validate(side)
        return side

    return check


@pytest.fixture(scope="session")
def scraped() -> str:
    return (SAMPLES / "input" / "us-officials-armenia-scraped.txt").read_text("utf-8")


@pytest.fixture(scope="session")
def syndicated() -> str:
    return (SAMPLES / "input" / "karabakh-exodus-syndicated.txt").read_text("utf-8")
