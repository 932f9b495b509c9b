"""Rule packs: every rule documents itself, proves itself on its examples, and bad packs fail clearly."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.rules import FAMILIES, build_ruleset, default_ruleset

from .helpers import article

RULES = sorted(default_ruleset().rules.values(), key=lambda r: r.id)


# Families whose rules come from packs a run adds (cleaner learn writes "site" rules; the
# learned line scorer and timestamp rules ship later), so the built-in packs may leave them empty.
PACK_FILLED = {"site", "learned"}


def test_every_pass_family_has_built_in_rules():
    """A pass whose family has no rule could never record a decision under its own family."""
    from cleaner.pipeline import passes

    built_in = {r.family for r in RULES}
    for p in passes():
        assert p.family in built_in | PACK_FILLED, p
    assert set(FAMILIES) - PACK_FILLED <= built_in
    rs = default_ruleset()
    assert rs.version and len(rs.sha256) == 64


def test_every_built_in_pattern_compiles_and_pickles():
    """Built-in patterns are compiled on first use (LazyPattern), so a broken one would only show when
    a pass first needs it; this compiles them all, and checks they travel to worker processes."""
    import pickle
    import re

    from cleaner.rules import LazyPattern

    lazy = [r for r in build_ruleset().rules.values() if isinstance(r.pattern, LazyPattern)]
    assert len(lazy) > 100
    for rule in lazy:
        assert rule.pattern._re is None  # loading the packs compiled nothing
        copy = pickle.loads(pickle.dumps(rule.pattern))
        assert isinstance(rule.pattern.compiled(), re.Pattern) and copy.pattern == rule.pattern.pattern
        assert copy.flags == rule.pattern.flags


@pytest.mark.parametrize("rule", [r for r in RULES if r.pattern is not None], ids=lambda r: r.id)
def test_pattern_rules_match_examples_and_not_counter_examples(rule):
    for ex in rule.examples:
        if "\n" not in ex:
            assert rule.pattern.search(ex) or rule.kind == "shape", (rule.id, ex)
    for ex in rule.counter_examples:
        if rule.kind == "line":
            assert not rule.matches(ex), (rule.id, ex)


@pytest.mark.parametrize("rule", [r for r in RULES if r.kind == "line"], ids=lambda r: r.id)
def test_line_rule_examples_are_removed_in_context(rule):
    language = None if rule.language in ("*", "en") else rule.language  # a language pack runs in its language
    for ex in rule.examples:
        doc = cleaner.clean_text(article(end=[ex]), language=language)
        assert ex not in doc.text, (rule.id, ex)


def test_user_pack_adds_a_rule(tmp_path):
    pack = tmp_path / "house.toml"
    pack.write_text(
        '[pack]\nname = "house"\nfamily = "crumb"\n\n[[rule]]\nid = "HOUSE-001"\n'
        'description = "Our CMS label"\npattern = \'^Tap the star to keep this story$\'\nflags = "i"\n',
        "utf-8",
    )
    line = "Tap the star to keep this story"
    assert line in cleaner.clean_text(article(middle=[line])).text
    doc = cleaner.clean_text(article(middle=[line]), rules=tmp_path)
    assert line not in doc.text
    assert [r.rule for r in doc.removed] == ["HOUSE-001"]
    side = doc.to_sidecar()
    assert side["rules"]["name"] == "cleaner-core+house"  # the pack's own name
    assert side["rules"]["sha256"] != default_ruleset().sha256


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[pack\nname=", "not a valid TOML"),
        ('[pack]\nfamily="crumb"\n[[rule]]\nid="X-1"\ndescription="d"\npattern="a"\n', "id must look like"),
        ('[pack]\nfamily="crumb"\n[[rule]]\nid="CRUMB-001"\ndescription="d"\npattern="a"\n', "already defined"),
        ('[pack]\nfamily="crumb"\n[[rule]]\nid="HOUSE-002"\ndescription="d"\npattern="(a"\n', "bad pattern"),
        ('[pack]\nfamily="nope"\n[[rule]]\nid="HOUSE-003"\ndescription="d"\npattern="a"\n', "unknown family"),
        ('[pack]\nfamily="crumb"\n[[rule]]\nid="HOUSE-004"\npattern="a"\n', "description is required"),
    ],
)
def test_bad_packs_name_file_and_rule(tmp_path, content, message):
    pack = tmp_path / "bad.toml"
    pack.write_text(content, "utf-8")
    with pytest.raises(cleaner.RuleError, match=message) as info:
        build_ruleset([pack])
    assert "bad.toml" in str(info.value)
