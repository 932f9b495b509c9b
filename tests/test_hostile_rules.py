"""Hostile or broken user rule packs: clear errors on load, and no pattern can hang a batch.

User patterns run on RE2 (linear time) when they can be said there with Python's meaning, else on
the ``regex`` module with a time limit per call (a per-document ``rule-timeout`` failure); every
document also has a time budget (``time-limit``). See cleaner/userregex.py and cleaner/limits.py.
"""

from __future__ import annotations

import json
import pickle
import re
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import cleaner
from cleaner import batch
from cleaner.cli import app
from cleaner.errors import RuleError, RuleTimeout
from cleaner.rules import build_ruleset
from cleaner.sources import expand
from cleaner.userregex import GuardedPattern, LinearPattern, compile_user, to_re2

from .helpers import article, no_hang

runner = CliRunner()


def pack(folder: Path, name: str, rules: list[dict], family: str = "crumb") -> Path:
    lines = ["[pack]", f'family = "{family}"', ""]
    for r in rules:
        lines.append("[[rule]]")
        for k, v in r.items():
            lines.append(f"{k} = {json.dumps(v)}")
        lines.append("")
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text("\n".join(lines), "utf-8")
    return path


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


# --- broken packs: one clear error up front, naming the file and the rule ------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[pack]\nfamily = "crumb"\n[[rule]]\nid = "HOUSE-001"\ndescription = "x\npattern = "a"\n', "not a valid TOML"),
        ('[pack]\nfamily = "crumb"\n[[rule]]\nid = "HOUSE-001"\ndescription = "d"\npattern = "(a"\n', "HOUSE-001"),
        ('[pack]\nfamily = "crumb"\n[[rule]]\nid = "HOUSE-001"\ndescription = "d"\npattern = "a{2,1}"\n', "HOUSE-001"),
        ('[pack]\nfamily = "crumb"\n[[rule]]\nid = "HOUSE-001"\ndescription = "d"\npattern = "a{5000}"\n', "HOUSE-001"),
        (
            '[pack]\nfamily = "crumb"\n[[rule]]\nid = "HOUSE-001"\ndescription = "d"\nflags = "q"\npattern = "a"\n',
            "flag",
        ),
        (
            '[pack]\nfamily = "crumb"\n[[rule]]\nid = "HOUSE-001"\ndescription = "d"\npattern = "a"\n'
            '[[rule]]\nid = "HOUSE-001"\ndescription = "again"\npattern = "b"\n',
            "HOUSE-001 is already defined",
        ),
        ('[pack]\nfamily = "crumb"\n[[rule]]\nid = "CAPTION-001"\ndescription = "d"\npattern = "a"\n', "CAPTION-001"),
    ],
    ids=[
        "toml-syntax",
        "regex-syntax",
        "bad-repeat",
        "repeat-too-large",
        "bad-flag",
        "duplicate-in-pack",
        "dup-builtin",
    ],
)
def test_broken_pack_fails_the_command_up_front(tmp_path, content, message):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "house.toml").write_text(content, "utf-8")
    (tmp_path / "a.txt").write_text(article(), "utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["clean", str(tmp_path / "a.txt"), "--out", str(out), "--rules", str(rules)])
    assert result.exit_code == 1
    assert result.stderr.startswith("cleaner: error: ") and result.stderr.count("\n") == 1
    assert "house.toml" in result.stderr and message in result.stderr
    assert not out.exists()  # nothing was cleaned with half a rule set
    assert invoke("rules", "--rules", rules).exit_code == 1


def test_duplicate_id_across_two_user_packs_names_both(tmp_path):
    rule = {"id": "HOUSE-001", "description": "d", "pattern": "a"}
    first = pack(tmp_path / "r", "a.toml", [rule])
    second = pack(tmp_path / "r", "b.toml", [rule])
    with pytest.raises(RuleError) as info:
        build_ruleset([tmp_path / "r"])
    assert str(second) in str(info.value) and str(first) in str(info.value)


# --- catastrophic patterns -----------------------------------------------------------------------

EVIL = "(a+)+$"
LONG = "a" * 50_000 + "!"


def test_catastrophic_pattern_runs_in_linear_time(tmp_path):
    rules = tmp_path / "r"
    pack(rules, "evil.toml", [{"id": "EVIL-001", "description": "nested quantifier", "pattern": EVIL}])
    rs = build_ruleset([rules])
    assert isinstance(rs.rule("EVIL-001").pattern, LinearPattern)
    anchored, floating = rs.line_prefilter("crumb", None)
    unions = [anchored, *floating.patterns]
    assert not any(isinstance(u, re.Pattern) and EVIL in u.pattern for u in unions)  # never in a `re` union
    with no_hang():
        doc = cleaner.clean_text(article(middle=[LONG, "a" * 30]), rules=rs)
    assert LONG in doc.text  # not matched: ends with "!"
    assert ("a" * 30) not in doc.text.split("\n\n")  # matched: all a's
    assert [r.rule for r in doc.removed if r.family == "crumb"] == ["EVIL-001"]


def test_catastrophic_pattern_in_a_real_batch(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(6):
        (src / f"art-{i}.txt").write_text(article(middle=[LONG if i % 2 else f"aaaa{i}"]), "utf-8")
    rules = tmp_path / "r"
    pack(rules, "evil.toml", [{"id": "EVIL-001", "description": "nested quantifier", "pattern": EVIL}])
    with no_hang():
        result = invoke("clean", src, "--out", tmp_path / "out", "--rules", rules, "--format", "json", "--jobs", "2")
    assert result.exit_code == 0 and json.loads(result.stdout)["ok"] == 6


@pytest.mark.slow  # waits out a time limit
def test_a_pattern_re2_cannot_run_is_time_limited_per_document(tmp_path):
    """Lookahead and backreferences need backtracking: each call is bounded, the document fails alone."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "evil.txt").write_text(article(middle=["a" * 40 + "!"]), "utf-8")
    (src / "fine.txt").write_text(article(middle=["Scroll down for video"]), "utf-8")
    rules = tmp_path / "r"
    pack(
        rules,
        "slow.toml",
        [
            {"id": "SLOW-001", "description": "catastrophic, with a lookahead", "pattern": "^(?=a)(a|aa)+$"},
            {
                "id": "SLOW-002",
                "description": "harmless, with a lookbehind",
                "pattern": "(?<!\\w)Scroll down for video$",
            },
        ],
    )
    rs = build_ruleset([rules])
    assert isinstance(rs.rule("SLOW-001").pattern, GuardedPattern)
    with no_hang():
        result = invoke("clean", src, "--out", tmp_path / "out", "--rules", rules, "--format", "json", "--jobs", "1")
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    (failure,) = summary["failures"]
    assert failure["path"].endswith("evil.txt") and failure["kind"] == "rule-timeout"
    assert "slow.toml: rule SLOW-001" in failure["reason"]
    fine = (tmp_path / "out" / "fine.txt").read_text("utf-8")
    assert "Scroll down for video" not in fine  # the guarded lookbehind rule still works


@pytest.mark.slow  # waits out a time limit
def test_guarded_timeout_is_a_rule_error_for_library_callers(tmp_path):
    rules = tmp_path / "r"
    pack(rules, "slow.toml", [{"id": "SLOW-001", "description": "d", "pattern": "^(?=a)(a|aa)+$"}])
    with pytest.raises(RuleTimeout, match="SLOW-001"):
        cleaner.clean_text(article(middle=["a" * 40 + "!"]), rules=rules)


def test_user_patterns_pickle_for_workers(tmp_path):
    rules = tmp_path / "r"
    pack(
        rules,
        "p.toml",
        [
            {"id": "HOUSE-001", "description": "d", "pattern": "^Scroll down for video$", "flags": "i"},
            {"id": "HOUSE-002", "description": "d", "pattern": "(?<=x)y"},
        ],
    )
    rs = pickle.loads(pickle.dumps(build_ruleset([rules])))
    assert rs.rule("HOUSE-001").pattern.search("scroll DOWN for video")
    assert rs.rule("HOUSE-002").pattern.search("xy") and not rs.rule("HOUSE-002").pattern.search("zy")
    src = tmp_path / "in"
    src.mkdir()
    for i in range(4):
        (src / f"{i}.txt").write_text(article(middle=["SCROLL DOWN FOR VIDEO"]), "utf-8")
    items, _ = expand([str(src)])

    class Sink:
        def __init__(self):
            self.texts = []

        def accept(self, outcome):
            self.texts.append(outcome.text)
            return "written"

    one, two = Sink(), Sink()
    batch.run(items, batch.Options(rules=(str(rules),)), one, jobs=1)
    batch.run(items, batch.Options(rules=(str(rules),)), two, jobs=2)
    assert one.texts == two.texts and all("SCROLL" not in t for t in one.texts)


@pytest.mark.slow  # waits out a time limit
def test_time_budget_fails_one_document_and_the_batch_goes_on(tmp_path, monkeypatch):
    real = cleaner.clean_text

    def slow_on_marker(raw, **kw):
        if "SLOW-MARKER" in raw:
            while True:  # a pass that never ends
                time.sleep(0.01)
        return real(raw, **kw)

    monkeypatch.setattr(cleaner, "clean_text", slow_on_marker)
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(article(), "utf-8")
    (src / "b.txt").write_text(article(middle=["SLOW-MARKER"]), "utf-8")
    (src / "c.txt").write_text(article(), "utf-8")
    with no_hang():
        result = invoke("clean", src, "--out", tmp_path / "out", "--time-limit", "0.5", "--format", "json", "-j", "1")
    summary = json.loads(result.stdout)
    assert result.exit_code == 1 and summary["ok"] == 2
    (failure,) = summary["failures"]
    assert failure["kind"] == "time-limit" and "took more than 0.5 s" in failure["reason"]


# --- RE2 translation keeps Python's meaning -------------------------------------------------------

PATTERNS = [
    r"^Scroll down for video$",
    r"\bsubscribe\b",
    r"\bcafé\b",
    r"^\d{1,3} photos?$",
    r"(?i)^advertisement$",
    r"[\w-]+@[\w.]+",
    r"\s+$",
    r"^\S+\s\S+$",
    r"a{,3}x",
    r"\W\w",
    r"[^\w\s]",
    r"\D\d",
    r"^[A-Z][a-z]+(?: [A-Z][a-z]+)*$",
    r"\u00e9t\u00e9",
    r"(?P<x>ab)c",
    r"x\Z",
    r"[]a]",
    r"[^]a]+",
    r"[\[]",
    r"a|b$",
    r"(?s)a.b",
    r"(?i:ÉTÉ)",
    r"\$\d+",
    r"\bv\d",
]
ALPHABET = "aAbBcvxyé ÉtTe9٣_-.,!@$\n\t\u00a0\u2003]["


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PATTERNS), st.text(alphabet=ALPHABET, max_size=30), st.sampled_from(["", "i", "s", "m"]))
def test_re2_translation_agrees_with_python(pattern, text, flags):
    value = 0
    for f in flags:
        value |= {"i": re.IGNORECASE, "s": re.DOTALL, "m": re.MULTILINE}[f]
    compiled = compile_user(pattern, value, "t.toml: rule T-001")
    expected = re.compile(pattern, value)
    for method in ("search", "match", "fullmatch"):
        assert bool(getattr(compiled, method)(text)) == bool(getattr(expected, method)(text)), (
            pattern,
            flags,
            text,
            method,
            to_re2(pattern, value),
        )


def test_most_everyday_patterns_run_on_re2():
    linear = [p for p in PATTERNS if to_re2(p) is not None]
    assert len(linear) >= len(PATTERNS) - 2
    for p in (r"(?=x)y", r"(a)\1", r"(?x) a b", r"[^\W\d]", r"a++", r"\N{BULLET}", r"\bcafé\b"):
        assert isinstance(compile_user(p, 0, "t.toml: rule T-001"), GuardedPattern), p
