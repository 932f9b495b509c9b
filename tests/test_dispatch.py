"""The first-characters dispatch of line-rule unions never rejects a line the whole union takes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import default_ruleset
from cleaner.rules import FAMILIES
from cleaner.text.dispatch import _UNKNOWN, AnchoredDispatch, key_of, openings, split_branches
from cleaner.text.lines import LineRules

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
RULES = default_ruleset()
LANGUAGES = [*sorted({r.language for r in RULES.rules.values() if r.language not in ("*", None)}), None]


def _dispatchers() -> list[tuple[str, str | None, AnchoredDispatch]]:
    out = []
    for family in FAMILIES:
        for language in LANGUAGES:
            anchored = LineRules(RULES, family, language).cheap_anchored
            if isinstance(anchored, AnchoredDispatch):
                out.append((family, language, anchored))
    return out


DISPATCHERS = _dispatchers()


def _lines() -> list[str]:
    lines = set()
    for rule in RULES.rules.values():
        for text in (*rule.examples, *rule.counter_examples):
            lines.update(part.strip() for part in text.splitlines())
    for name in ("textset-dev", "realtext-dev"):
        for path in sorted((SHARED / name).glob("*.txt"))[:150]:
            lines.update(line.strip() for line in path.read_text("utf-8").splitlines())
    return sorted(line for line in lines if line)


LINES = _lines()


def test_there_are_dispatchers_and_lines_to_check():
    assert len(DISPATCHERS) >= 4 and len(LINES) > 1000


@pytest.mark.parametrize(("family", "language", "dispatch"), DISPATCHERS, ids=lambda v: str(v)[:20])
def test_dispatch_agrees_with_the_whole_union_on_real_lines(family, language, dispatch):
    wrong = [line for line in LINES if bool(dispatch.match(line)) != bool(dispatch._full.match(line))]
    assert wrong == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aAsSiIkKtTh ©(-–•@0123456789:.ıİſKσςΣкК")), min_size=0, max_size=12))
def test_dispatch_agrees_with_the_whole_union_on_odd_openings(text):
    for _family, _language, dispatch in DISPATCHERS:
        assert bool(dispatch.match(text)) == bool(dispatch._full.match(text)), text


def test_the_key_folds_space_digits_and_case_and_refuses_odd_folds():
    assert key_of("Th") == "th" and key_of("\u00a0 ") == "  " and key_of("12") == "00"
    assert key_of("A") is None and key_of("ſo") is None and key_of("İs") is None


def test_openings_of_a_branch():
    assert openings("subscribe", re.IGNORECASE) == frozenset({"su"})
    assert openings("(?:please\\s+)?sign", re.IGNORECASE) == frozenset({"pl", "si"})
    assert openings("\\d{1,3}\\s+of", 0) == frozenset({"00", "0 "})
    assert openings("[©ⓒ].{0,200}$", 0) == frozenset({"©\uffff", "ⓒ\uffff"})  # any second character
    assert openings(".{0,80}inbox", re.IGNORECASE) is None  # may open with anything
    assert openings("(?:x)?", 0) is None  # may match nothing


def test_split_branches_only_splits_a_group_matched_once():
    assert split_branches("(?:a|b(?:c|d))\\s*$") == (["a", "b(?:c|d)"], "\\s*$")
    assert split_branches("(?:a|b)?c") is None
    assert split_branches("abc") is None
    assert split_branches("(?:[|(]|x)y") == (["[|(]", "x"], "y")


def test_case_insensitive_letters_outside_ascii_key_every_character_re_folds_them_with():
    # 'σ' matches 'ς' and 'Σ', 'в' matches 'ᲀ': the key of such a letter must hold every character
    # a case-insensitive match takes for it (the letters the packs use, against the whole BMP)
    from cleaner.text.dispatch import _chars, _kc
    from cleaner.text.regex import FOLDS

    letters = {
        c
        for rule in RULES.rules.values()
        if rule.pattern is not None and hasattr(rule.pattern, "pattern")
        for c in rule.pattern.pattern
        if not c.isascii() and (c.lower() != c or c.upper() != c)
    } | set("σςΣвᲀкКß")
    assert len(letters) > 20
    plane = "".join(chr(i) for i in range(0x10000) if not 0xD800 <= i < 0xE000 and chr(i) not in FOLDS)
    for c in sorted(letters):
        keys = _chars(ord(c), True)
        for pattern in (f"(?i){re.escape(c)}", f"(?i)[{re.escape(c)}]"):
            missed = {x for x in re.findall(pattern, plane) if _kc(x) not in keys}
            assert not missed, (c, missed)


def test_required_characters_of_a_branch_the_key_cannot_bound():
    from cleaner.text.dispatch import required_chars

    # a breadcrumb: opens with any capital, but its lookahead needs a separator
    assert required_chars("(?=[^>/\\n]{1,40}[>/])[A-Z][^>\\n]{0,30}", 0) == frozenset({">", "/"})
    assert required_chars("(?:a|b)x", 0) == frozenset({"x"})  # the fewest characters win
    assert required_chars("x?y*", 0) is None  # nothing is required
    assert required_chars("(?i)k", re.IGNORECASE) is None  # a letter in any case folds beyond lower()


def test_a_branch_opening_with_any_letter_is_tried_apart_on_lines_holding_its_word():
    loose = r"(?:[a-z][\w.'-]{1,30}(?:\s+[a-z][\w.'-]{1,30}){0,3}\s+is)\s+not\s+responsible\s+for\b.{0,80}$"
    bodies = [(f"(?:subscribe\\s+now|{loose})", re.IGNORECASE)]
    full = re.compile(f"^(?i:(?:subscribe\\s+now|{loose}))")
    dispatch = AnchoredDispatch(bodies, full)
    assert [words for words, _keys, _pattern in dispatch._worded] == [("responsible",)]
    lines = [
        "The Daily Courier is not responsible for the content of external sites.",
        "THE COURIER IS NOT RESPONSIBLE FOR LINKS",
        "The mayor said the council met on Tuesday.",
        "Subscribe now",
        "12 ways to save",
        "Sİte is not responsible for anything",  # a dotted capital I: lower() gives two characters
        "The Courier is not reſponsible for links",  # a long s matches 's' when case is ignored
    ]
    for _ in range(4):  # past the head's first lines, once its own union is compiled
        for line in lines:
            assert bool(dispatch.match(line)) == bool(full.match(line)), line
    assert dispatch.compiled("Th") is _UNKNOWN  # the worded branch keeps 'Th' lines on ``match``
    assert dispatch.compiled("12") is None  # no branch opens with a digit: settled
