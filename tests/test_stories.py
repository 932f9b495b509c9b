"""Syndicated copies are linked into stories; borrowing a paragraph or two is not copying."""

from __future__ import annotations

import itertools
import json
import random

import cleaner
from cleaner.stories import Facts, link_all, update_rank

from .conftest import SCRAPED, SYNDICATED, TEXTSET

_SYNONYMS = {"said": "stated", "government": "administration", "people": "residents", "would": "will", "new": "fresh"}


def _bodies(n: int, start: int = 0) -> list[tuple[str, str]]:
    golds = sorted(TEXTSET.glob("*-7.gold.json"))[start : start + n]
    return [(g.name.split("-")[0], json.loads(g.read_text("utf-8"))["text"]) for g in golds]


def _facts(text: str, *, agency: bool = False, rank: int = 0) -> Facts:
    return Facts(agency=agency, update_rank=rank, captured=None, words=len(text.split()))


def _copies(key: str, body: str, rng: random.Random) -> list[tuple[str, str, Facts]]:
    """One story as a syndication network prints it: the original and five kinds of copy."""
    paras = body.split("\n\n")
    lightly = [" ".join(_SYNONYMS.get(w, w) if rng.random() < 0.5 else w for w in p.split(" ")) for p in paras[1:]]
    kinds = {
        "orig": (body, True, 0),
        "republished": (body.replace("Reuters", "NewsHub via Reuters"), False, 0),
        "cut": (
            "\n\n".join(paras[: max(2, len(paras) // 3)]) + "\n\nThis article first appeared on Reuters.",
            False,
            0,
        ),
        "first-paragraphs": ("\n\n".join(paras[:3]), False, 0),
        "reworded": (
            "A new opening paragraph says much the same thing in other words.\n\n" + "\n\n".join(lightly),
            False,
            0,
        ),
        "update": (body + "\n\nOfficials later said further talks were planned for next week.", True, 2),
    }
    return [(f"{key}-{k}", text, _facts(text, agency=a, rank=r)) for k, (text, a, r) in kinds.items()]


def test_copies_of_every_kind_join_their_story_and_nothing_else():
    rng = random.Random(7)
    items, truth = [], {}
    for key, body in _bodies(25):
        for item in _copies(key, body, rng):
            items.append(item)
            truth[item[0]] = key
    # other stories that borrow two background paragraphs of a story above
    for (key, body), (other, other_body) in zip(_bodies(10), _bodies(10, start=60), strict=True):
        text = other_body + "\n\n" + "\n\n".join(body.split("\n\n")[3:5])
        items.append((f"{other}-borrows-{key}", text, _facts(text)))
        truth[f"{other}-borrows-{key}"] = other
    rng.shuffle(items)
    index = link_all(items)
    story = {name: index.story_of(name) for name, _, _ in items}
    tp = fp = fn = 0
    for (a, _, _), (b, _, _) in itertools.combinations(items, 2):
        same, linked = truth[a] == truth[b], story[a] is not None and story[a] == story[b]
        tp, fp, fn = tp + (same and linked), fp + (linked and not same), fn + (same and not linked)
    assert tp / (tp + fp) >= 0.95 and tp / (tp + fn) >= 0.95, (tp, fp, fn)
    clusters = index.clusters()
    assert len(clusters) == 25
    # the agency's own copy, earliest version first: not the UPDATE 2, not a republished copy
    assert all(c["original"].endswith("-orig") for c in clusters)


def test_original_without_an_agency_copy_is_the_earliest_capture_then_the_fullest():
    ((_key, body),) = _bodies(1)
    short = "\n\n".join(body.split("\n\n")[:4])
    items = [
        ("b-late-full", body, Facts(False, 0, "2024-03-05T10:00:00Z", len(body.split()))),
        ("a-early-short", short, Facts(False, 0, "2024-03-04T10:00:00Z", len(short.split()))),
        ("c-unknown-time", body, _facts(body)),
    ]
    index = link_all(items)
    assert index.clusters()[0]["original"] == "a-early-short"


def test_update_labels_rank_later_versions():
    assert [update_rank(x) for x in (None, "Exclusive", "UPDATE 1", "UPDATE 3", "Refile", "UPDATE-2")] == [
        0,
        0,
        1,
        3,
        1,
        2,
    ]


def test_the_seeds_rockedbuzz_copy_is_linked_to_the_reuters_original():
    """Both seed articles and a Reuters original of the syndicated one: the copy joins the original,
    the unrelated scraped article stays alone, and the agency's own copy is named the original."""
    syndicated = SYNDICATED.read_text("utf-8")
    original = syndicated.replace("RockedBuzz via Reuters", "Reuters")
    docs = {
        "karabakh-rockedbuzz": cleaner.clean_text(syndicated),
        "karabakh-reuters": cleaner.clean_text(original),
        "us-officials-scraped": cleaner.clean_text(SCRAPED.read_text("utf-8")),
    }
    items = [(k, d.text, Facts.of(d.to_sidecar(), len(d.text.split()))) for k, d in docs.items()]
    index = link_all(items)
    assert index.story_of("karabakh-rockedbuzz") == index.story_of("karabakh-reuters")
    assert index.story_of("us-officials-scraped") != index.story_of("karabakh-reuters")
    assert index.clusters() == [
        {
            "story": "karabakh-reuters",
            "members": ["karabakh-reuters", "karabakh-rockedbuzz"],
            "original": "karabakh-reuters",
        }
    ]


def test_short_texts_are_never_linked():
    index = link_all(
        [("a", "Markets closed higher on Monday.", _facts("x")), ("b", "Markets closed higher on Monday.", _facts("x"))]
    )
    assert index.story_of("a") is None and index.clusters() == []
