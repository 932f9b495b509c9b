"""cleaner learn: a site's furniture, seen across its stories, becomes a reviewable rule pack."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import cleaner
from cleaner.learn import Doc, learn, read_existing, write_packs

from .conftest import TEXTSET

# Two made-up sites' templates, in wordings no built-in rule knows.
LEDGER = {
    "host": "harbourledger.example",
    "top": ["Harbour Ledger Morning Edition"],
    "middle": ["Ledger Pro members read every story without limits. Join them from $1 a week."],
    "end": ["Tips? Write to newsdesk@harbourledger.example", "Filed under: Harbour, City Hall, Weather"],
}
COURIER = {
    "host": "valleycourier.example",
    "top": [],
    "middle": ["The Courier's county briefing lands at 6am on weekdays. Tap here to get it."],
    "end": [
        "More from the Valley Courier",
        "The Valley Courier is an independent, reader-funded newsroom serving the county since 1911.",
    ],
}


def _bodies(n: int) -> list[str]:
    return [json.loads(p.read_text("utf-8"))["text"] for p in sorted(TEXTSET.glob("*-7.gold.json"))[:n]]


def _dress(body: str, site: dict) -> str:
    paras = body.split("\n\n")
    return "\n\n".join([*site["top"], *paras[:2], *site["middle"], *paras[2:], *site["end"]]) + "\n"


def _corpus(tmp_path: Path) -> tuple[list[Path], list[str]]:
    """Twelve stories on two sites, three of them also copied (same story, same site)."""
    files, bodies = [], _bodies(12)
    for i, body in enumerate(bodies):
        site = LEDGER if i % 2 else COURIER
        folder = tmp_path / "corpus" / site["host"]
        folder.mkdir(parents=True, exist_ok=True)
        files.append(folder / f"story-{i:02d}.txt")
        files[-1].write_text(_dress(body, site), "utf-8")
        if i < 3:
            (folder / f"story-{i:02d}-copy.txt").write_text(_dress(body, site), "utf-8")
    return files, bodies


def _docs(paths: list[Path], rules=None) -> list[Doc]:
    out = []
    for p in sorted(paths):
        doc = cleaner.clean_text(p.read_text("utf-8"), rules=rules)
        out.append(Doc(article=p.stem, text=doc.text, side=doc.to_sidecar(), folder=p.parent.name))
    return out


FURNITURE = [line for site in (LEDGER, COURIER) for part in ("top", "middle", "end") for line in site[part]]


def test_furniture_seen_across_stories_is_learned_and_removed_and_the_body_stays(tmp_path):
    files, bodies = _corpus(tmp_path)
    all_files = sorted((tmp_path / "corpus").rglob("*.txt"))
    before = _docs(all_files)
    # the built-in rules leave some of this furniture: that is what there is to learn
    assert sum(any(line in d.text for d in before) for line in FURNITURE) >= 3
    packs = learn(before)
    assert {p.site for p in packs} == {"harbourledger.example", "valleycourier.example"}
    assert all(p.grouped_by == "folder" for p in packs)
    write_packs(packs, tmp_path / "packs")
    after = _docs(all_files, rules=tmp_path / "packs")
    for d in after:
        for line in FURNITURE:
            assert line not in d.text, (d.article, line)
    by_name = {d.article: d for d in after}
    for i, body in enumerate(bodies):
        kept = cleaner.clean_text(body).text  # what the built-in rules keep of the bare body (a syndication
        for para in body.split("\n\n"):  # note such as 'Originally published on …' is theirs to take)
            if para in kept:
                assert para in by_name[f"story-{i:02d}"].text  # the body is whole: no paragraph was learned
    # the audit trail names the learned rule, filed under the family it most likely belongs to
    side = cleaner.clean_text(files[1].read_text("utf-8"), rules=tmp_path / "packs").to_sidecar()
    learned = [r for r in side["removed"] if r["rule"].startswith("SITE-")]
    assert {r["text"] for r in learned} >= {"Tips? Write to newsdesk@harbourledger.example"}
    assert {r["family"] for r in learned} <= {"crumb", "prompt", "footer", "related", "caption", "byline"}


def test_learning_twice_gives_the_same_bytes_and_keeps_a_persons_decisions(tmp_path):
    _corpus(tmp_path)
    docs = _docs(sorted((tmp_path / "corpus").rglob("*.txt")))
    write_packs(learn(docs), tmp_path / "packs")
    first = {p.name: p.read_bytes() for p in (tmp_path / "packs").iterdir()}
    write_packs(learn(list(reversed(docs))), tmp_path / "packs")
    assert {p.name: p.read_bytes() for p in (tmp_path / "packs").iterdir()} == first
    # switch one rule off and edit another: a later learn keeps both as the person left them
    path = tmp_path / "packs" / "site-harbourledger.example.toml"
    text = path.read_text("utf-8")
    rules = read_existing(tmp_path / "packs")
    off = next(i for i, r in rules.items() if r["examples"] == ["Tips? Write to newsdesk@harbourledger.example"])
    pro = "Ledger Pro members read every story without limits. Join them from $1 a week."
    edited = next(i for i, r in rules.items() if r["examples"] == [pro])
    blocks = text.split("\n[[rule]]\n")
    for i, block in enumerate(blocks):
        if f'id = "{off}"' in block:
            blocks[i] = block.replace('status = "on"', 'status = "off"')
        if f'id = "{edited}"' in block:
            blocks[i] = re.sub(r"(?m)^pattern = .*$", 'pattern = "^Ledger Pro .*$"', block)
    path.write_text("\n[[rule]]\n".join(blocks), "utf-8")
    write_packs(learn(docs), tmp_path / "packs")
    again = read_existing(tmp_path / "packs")
    assert again[off]["status"] == "off" and again[edited]["pattern"] == "^Ledger Pro .*$"
    doc = cleaner.clean_text(_dress(_bodies(2)[1], LEDGER), rules=tmp_path / "packs")
    assert "Tips? Write to newsdesk@harbourledger.example" in doc.text  # switched off: never fires
    assert "Ledger Pro" not in doc.text and any(r.rule == edited for r in doc.removed)


def test_a_line_seen_in_one_story_is_never_learned_and_copies_count_once(tmp_path):
    body = _bodies(1)[0]
    text = _dress(body, LEDGER)
    docs = [Doc(article=f"copy-{i}", text=cleaner.clean_text(text).text, side={}, folder="one") for i in range(6)]
    assert learn(docs)[0].lines == []


def test_a_press_release_dateline_in_two_stories_is_not_learned():
    """A short line with no sign of furniture needs a third story: 'BAAR, SWITZERLAND' heads two
    releases of one company, and it is their copy."""
    a, b = _bodies(2)
    docs = [
        Doc(article="r1", text=f"BAAR, SWITZERLAND\n\n{a}\n", side={}),
        Doc(article="r2", text=f"BAAR, SWITZERLAND\n\n{b}\n", side={}),
    ]
    assert learn(docs)[0].lines == []


@pytest.mark.slow
def test_the_command_learns_the_same_packs_with_any_number_of_jobs(tmp_path):
    from typer.testing import CliRunner

    from cleaner.cli import app

    _corpus(tmp_path)
    runner = CliRunner()
    one = runner.invoke(app, ["learn", str(tmp_path / "corpus"), "--out", str(tmp_path / "p1"), "--jobs", "1"])
    two = runner.invoke(app, ["learn", str(tmp_path / "corpus"), "--out", str(tmp_path / "p2"), "--jobs", "2"])
    assert one.exit_code == two.exit_code == 0, one.output + two.output
    names = sorted(p.name for p in (tmp_path / "p1").iterdir())
    assert names == ["site-harbourledger.example.toml", "site-valleycourier.example.toml"]
    for name in names:
        assert (tmp_path / "p1" / name).read_bytes() == (tmp_path / "p2" / name).read_bytes()
    assert "grouped by folder" in one.output
