"""The registry is the one place every decision is named: ids in code, shapes, vetoes and params
all have to agree with the packs, and the counts with the trail."""

from __future__ import annotations

import re
import shutil

import pytest

import cleaner
from cleaner import html as cleaner_html
from cleaner.article import Block, Piece
from cleaner.context import Context
from cleaner.errors import RuleError
from cleaner.pipeline import passes
from cleaner.rules import build_ruleset, default_ruleset, engine_sha256, hash_engine, track_params

from .conftest import ROOT, SCRAPED, SYNDICATED, TEXTSET
from .helpers import article

PACKAGE = ROOT / "cleaner"
FIXTURES = ROOT / "tests" / "fixtures_html"
_ID_LITERAL = re.compile(r"[\"']([A-Z]+-\d{3})[\"']")


def _ids_in_code() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for rule_id in _ID_LITERAL.findall(path.read_text("utf-8")):
            found.setdefault(rule_id, []).append(str(path.relative_to(ROOT)))
    return found


def test_every_id_written_in_code_is_in_the_packs():
    rules = default_ruleset().rules
    unknown = {rule_id: where for rule_id, where in _ids_in_code().items() if rule_id not in rules}
    assert not unknown


def test_every_shape_rule_is_emitted_and_every_veto_counted_by_some_pass():
    emitted = {rule_id for p in passes() for rule_id in p.emits} | set(cleaner_html.EMITS) | {"NORM-001"}
    vetoes = {rule_id for p in passes() for rule_id in p.vetoes} | set(cleaner_html.VETOES)
    rules = default_ruleset().rules.values()
    assert {r.id for r in rules if r.kind == "shape"} - emitted == set()
    assert {r.id for r in rules if r.kind == "veto"} == vetoes
    # and what a pass says it emits is a shape rule of its own family
    for p in passes():
        for rule_id in (*p.emits, *p.vetoes):
            assert default_ruleset().rule(rule_id).family == p.family, (p, rule_id)


# a caption printed above the headline: the headline decision then weighs the line's Title Case
CAPTION_ABOVE = article(
    top=[
        "A boy sits on a bench in Kornidzor, Armenia, September 26, 2023. REUTERS/Irakli Gedenidze",
        "Police Arrest Three After Overnight Raid On Border Depot",
    ]
)
# an extractor's dump of a clean page: a title over prose, and nothing else to remove
TITLE_OVER_PROSE = article(top=["Police Arrest Three After Overnight Raid On Border Depot"])


def _corpus() -> list[tuple[str, str | None]]:
    texts = [(SCRAPED.read_text("utf-8"), None), (SYNDICATED.read_text("utf-8"), None), (CAPTION_ABOVE, None)]
    texts.append((TITLE_OVER_PROSE, None))
    texts += [(p.read_text("utf-8"), None) for p in sorted(TEXTSET.glob("*.txt"))]
    return texts


def test_every_recorded_id_is_a_line_rule_of_its_family_or_declared_by_its_pass():
    ruleset = default_ruleset()
    declared: dict[str, set[str]] = {}
    for p in passes():
        declared.setdefault(p.family, set()).update(p.emits)
    declared.setdefault("html", set()).update(cleaner_html.EMITS)
    declared.setdefault("normalize", set()).add("NORM-001")
    docs = [cleaner.clean_text(text) for text, _ in _corpus()]
    docs += [
        cleaner.clean_html(p.read_bytes(), url="https://example.com/a") for p in sorted(FIXTURES.glob("article_*"))
    ]
    seen = set()
    for doc in docs:
        for r in doc.removed:
            rule = ruleset.rule(r.rule)
            assert rule.family == r.family, r
            assert (rule.kind == "line") or r.rule in declared[r.family], r
            seen.add(r.rule)
    assert {"HEADLINE-001", "BYLINE-001", "CAPTION-010", "DATELINE-003", "RELATED-010", "HTML-001"} <= seen


def _languages(ruleset) -> list[str | None]:
    return [*sorted({r.language for r in ruleset.rules.values() if r.language != "*"}), None, "und"]


def test_every_declared_param_is_read():
    """A param nothing reads is a threshold the code has replaced with a literal of its own."""
    reads = track_params(True)
    try:
        ruleset = build_ruleset()  # fresh: the default one may have been set up before tracking began
        for text, _ in _corpus():
            cleaner.clean_text(text, rules=ruleset)
        for language in _languages(ruleset):
            cleaner.clean_text(SCRAPED.read_text("utf-8"), rules=ruleset, language=language)
        for path in sorted(FIXTURES.glob("*.html")):
            try:
                cleaner.clean_html(path.read_bytes(), url="https://example.com/a", rules=ruleset)
            except cleaner.InputError:
                pass  # the empty page: no article, by design
    finally:
        track_params(False)
    # a rule shipped switched off (LEARNED-001) applies nothing, so reads nothing
    declared = {(r.id, name) for r in ruleset.rules.values() if r.status == "on" for name in r.params}
    assert declared - reads == set()


def test_a_param_the_pack_does_not_declare_is_an_error():
    with pytest.raises(RuleError, match="declares no param 'nope'"):
        default_ruleset().param("PROMPT-010", "nope")


def _ctx(text: str = "Some text here.") -> tuple[Context, Block]:
    ctx = Context(text, default_ruleset(), None)
    block = Block(text, 0, len(text), [Piece(0, 0, len(text), True)])
    ctx.blocks = [block]
    return ctx, block


def test_context_files_a_decision_under_the_family_the_registry_gives():
    ctx, block = _ctx()
    ctx.remove(block, "CRUMB-010")
    assert (ctx.removed[0].rule, ctx.removed[0].family) == ("CRUMB-010", "crumb")


def test_an_unknown_rule_id_is_an_error_not_a_silent_record():
    ctx, block = _ctx()
    with pytest.raises(RuleError, match="CRUMB-999"):
        ctx.remove(block, "CRUMB-999")
    with pytest.raises(RuleError, match="NOPE-001"):
        ctx.veto("NOPE-001", block)
    assert ctx.removed == [] and ctx.vetoes == {}


def test_counts_by_rule_sum_to_the_trail_and_vetoes_stay_apart():
    veto = "Click here to see the full list of winners announced by the academy on Sunday."
    raw = article(middle=[veto], end=["(Reporting by Jane Doe; Editing by John Roe)"])
    side = cleaner.clean_text(raw).to_sidecar()
    counts = side["counts"]
    assert sum(counts["rules"].values()) == len(side["removed"])
    assert sum(counts["families"].values()) == len(side["removed"])
    assert counts["rules"]["CREDITS-001"] == 1
    assert counts["vetoes"] == {"PROMPT-090": 1}
    assert veto in cleaner.clean_text(raw).text


def test_page_level_drops_are_counted_with_the_text_decisions():
    side = cleaner.clean_html((FIXTURES / "article_en.html").read_bytes(), url="https://example.com/a").to_sidecar()
    assert side["counts"]["rules"].get("HTML-001") == 1
    assert sum(side["counts"]["rules"].values()) == len(side["removed"])


def test_engine_hash_covers_the_code_that_decides(tmp_path):
    """Two different heuristics never share an identity: change a pass, and the hash changes."""
    copy = tmp_path / "cleaner"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert hash_engine(copy) == engine_sha256()
    prompt = copy / "passes" / "prompt.py"
    prompt.write_text(prompt.read_text("utf-8").replace("max_sentences", "max_sentences "), "utf-8")
    assert hash_engine(copy) != engine_sha256()
    cli = copy / "cli.py"  # the CLI decides nothing
    before = hash_engine(copy)
    cli.write_text(cli.read_text("utf-8") + "\n# a comment\n", "utf-8")
    assert hash_engine(copy) == before
    assert cleaner.clean_text("Text.").to_sidecar()["rules"]["engine_sha256"] == engine_sha256()


def test_registry_as_data_names_every_id_any_output_records(tmp_path):
    from typer.testing import CliRunner

    from cleaner.cli import app

    result = CliRunner().invoke(app, ["rules", "--format", "json"])
    assert result.exit_code == 0, result.output
    import json

    data = json.loads(result.output)
    by_id = {r["id"]: r for r in data["rules"]}
    for rule_id in ("HTML-004", "PROMPT-010", "RELATED-090", "SHARED-001"):
        entry = by_id[rule_id]
        assert {"family", "kind", "language", "description", "why", "params", "examples", "module"} <= set(entry)
    assert by_id["HTML-004"]["family"] == "html" and by_id["HTML-004"]["params"]["wrapper_share"] == 0.3
    assert by_id["PROMPT-010"]["module"] == "cleaner/passes/prompt.py"
    assert by_id["HTML-001"]["module"] == "cleaner/html/filter.py"
    doc = cleaner.clean_text(SYNDICATED.read_text("utf-8"))
    for r in doc.removed:
        assert by_id[r.rule]["family"] == r.family
    explained = CliRunner().invoke(app, ["rules", "--explain", "HTML-002"])
    assert explained.exit_code == 0 and "link" in explained.output.lower()
