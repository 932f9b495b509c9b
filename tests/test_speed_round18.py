"""Round 18's speed work changes no answer: the faster forms answer exactly as the plain ones.

No timing here (a test that times the engine fails by the load of the machine); each check puts a
rewritten helper beside the obvious code it stands for.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.text.regex import FOLDS, has_folds, literal_union, may_match

# letters common and rare, the space, regex metacharacters, a character outside ASCII and one
# outside Latin-1 (a curly quote): words anchored on each kind
_ALPHABET = st.sampled_from(list("aeyzp /|]().:*?\\é’"))
_WORDS = st.lists(st.text(alphabet=_ALPHABET, min_size=0, max_size=6), max_size=8)


@settings(max_examples=400, deadline=None)
@given(_WORDS, st.lists(st.text(alphabet=_ALPHABET, max_size=40), min_size=1, max_size=6))
def test_literal_union_answers_as_substring_tests(words: list[str], texts: list[str]) -> None:
    pattern = literal_union(words)
    for text in texts:
        assert (pattern.search(text) is not None) == any(w in text for w in words), (words, text, pattern.pattern)


def test_literal_union_finds_a_word_wherever_it_stands() -> None:
    hints = ["getty", "photo", "photo:", "/getty", "/", "(ap)", "ap)", "reuters"]
    pattern = literal_union(hints)
    for text in ("jane doe/getty", "photo: jane doe", "(ap)", "… reuters", "x ap) y", "getty"):
        assert pattern.search(text) is not None, text
    for text in ("", "gett", "phot o", "(a p)", "reuter s", "apa"):
        assert pattern.search(text) is None, text
    assert literal_union([]).search("anything") is None
    assert literal_union(["", "x"]).search("") is not None  # an empty word is in every text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aI is’é") + list(FOLDS)), max_size=12))
def test_has_folds_and_may_match_answer_as_the_generator_did(text: str) -> None:
    folds = not text.isascii() and any(c in text for c in FOLDS)
    assert has_folds(text) == folds
    words = frozenset(("is", "’"))
    assert may_match(words, text, text.lower()) == (folds or any(w in text.lower() for w in words))
    assert may_match(None, text, text.lower())
