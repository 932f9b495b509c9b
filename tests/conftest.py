"""Shared fixtures: the real articles the tests run on, and the sidecar schema."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest

from cleaner.sidecar import schema

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
TEXTSET = SHARED / "data" / "textset-dev"


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
