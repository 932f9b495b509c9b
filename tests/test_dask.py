"""The Dask engine against a real LocalCluster with two worker processes: results byte-identical to a
single-process run, for bags, DataFrames and ``cleaner clean --engine dask`` (archive and shards)."""

from __future__ import annotations

import gzip
import json
import logging
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import cleaner
from cleaner import batch
from cleaner.cli import app
from cleaner.sidecar import dumps
from cleaner.sources import expand

from .conftest import SAMPLES, SHARED, TEXTSET

pytestmark = pytest.mark.slow  # real subprocesses, kill -9, clusters or long property runs: deselect with -m "not slow"

SHB = SHARED / "data" / "shb-dev" / "html"
runner = CliRunner()


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client, LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=logging.ERROR
    ) as lc:
        with Client(lc) as client:
            assert len(client.scheduler_info()["workers"]) == 2
            yield lc


def text_articles(n: int) -> list[tuple[str, str]]:
    """A few dozen real articles: the two samples and the first of the dev text set when it is here."""
    found = [(p.name, p.read_text("utf-8")) for p in sorted((SAMPLES / "input").glob("*.txt"))]
    if TEXTSET.is_dir():
        found += [(p.name, p.read_text("utf-8")) for p in sorted(TEXTSET.glob("*.txt"))[: n - len(found)]]
    return found


def html_pages(n: int) -> list[tuple[str, bytes]]:
    if not SHB.is_dir():
        return [("page.html", b"<html><head><title>T</title></head><body><p>One paragraph of copy.</p></body></html>")]
    return [(p.name, p.read_bytes()) for p in sorted(SHB.glob("*.html.gz"))[:n]]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    for name, text in text_articles(30):
        (root / "text").mkdir(exist_ok=True)
        (root / "text" / name).write_text(text, "utf-8")
    for name, data in html_pages(3):
        (root / "pages").mkdir(exist_ok=True)
        (root / "pages" / name).write_bytes(data)
    (root / "text" / "zz-binary.txt").write_bytes(b"\x00\x01binary")
    return root


def test_the_module_does_not_shadow_the_real_dask():
    import dask
    import dask.bag

    import cleaner.dask as ours

    assert dask.__name__ == "dask" and "cleaner" not in Path(dask.__file__).parts[-2:]
    assert ours.__name__ == "cleaner.dask" and hasattr(dask.bag, "from_sequence")
    assert sys.modules["dask"] is dask


def test_a_bag_gives_what_clean_text_and_clean_html_give(cluster):
    import dask.bag as db
    from distributed import Client

    from cleaner.dask import clean_bag

    texts = text_articles(24)
    pages = html_pages(2)
    records = [{"id": name, "text": text} for name, text in texts]
    records += [{"id": name, "raw": data, "url": f"https://example.com/{name}"} for name, data in pages]
    records += [texts[0][1], {"id": "empty"}, {"id": "nul", "raw": b"\x00\x00"}]
    with Client(cluster):
        got = clean_bag(db.from_sequence(records, npartitions=4)).compute()
    assert len(got) == len(records)
    for (name, text), rec in zip(texts, got, strict=False):
        doc = cleaner.clean_text(text, source=name)
        assert rec["ok"] and rec["id"] == name and rec["kind"] == "text"
        assert rec["text"] == doc.text
        assert dumps(rec["sidecar"]) == dumps(doc.to_sidecar())
    for (name, data), rec in zip(pages, got[len(texts) :], strict=False):
        want = batch.clean_one(
            batch.Input(name=name, path=None, origin="dask"),
            batch.Options(url=f"https://example.com/{name}"),
            data,
        )
        assert (rec["ok"], rec["error"]) == (want.ok, want.error)
        assert rec["text"] == want.text and rec["sidecar"] == want.sidecar
        if want.ok:
            assert rec["kind"] == "html"
    plain, empty, nul = got[-3:]
    assert plain["ok"] and plain["text"] == cleaner.clean_text(texts[0][1]).text
    assert plain["id"].startswith("record-")
    assert not empty["ok"] and "no 'text'" in empty["error"]
    assert not nul["ok"] and "binary" in nul["error"]


def test_a_dataframe_gets_result_columns(cluster):
    import dask.dataframe as dd
    import pandas as pd
    from distributed import Client

    from cleaner.dask import clean_dataframe

    texts = text_articles(12)
    frame = pd.DataFrame({"key": [n for n, _ in texts], "body": [t for _, t in texts]})
    with Client(cluster):
        out = clean_dataframe(dd.from_pandas(frame, npartitions=3), text_column="body", id_column="key").compute()
    assert list(out["key"]) == [n for n, _ in texts]
    for (name, text), (_, row) in zip(texts, out.iterrows(), strict=True):
        doc = cleaner.clean_text(text, source=name)
        assert row["ok"] and row["kind"] == "text" and row["error"] is None
        assert row["clean_text"] == doc.text
        assert row["sidecar"] == dumps(doc.to_sidecar())


def test_user_rule_packs_are_shipped_to_the_workers(cluster, tmp_path):
    import dask.bag as db
    from distributed import Client

    from cleaner.dask import clean_bag

    pack = tmp_path / "mine.toml"
    pack.write_text(
        '[pack]\nfamily = "footer"\n\n[[rule]]\nid = "FOOTER-901"\ndescription = "test"\n'
        'pattern = "^Armenia says more than 200 people"\n',
        "utf-8",
    )
    texts = text_articles(4)
    with Client(cluster):
        got = clean_bag(db.from_sequence([t for _, t in texts], npartitions=2), rules=[pack]).compute()
    rules = cleaner.build_ruleset([pack])
    for (_, text), rec in zip(texts, got, strict=True):
        assert rec["sidecar"]["rules"]["name"] == "cleaner-core+mine"
        assert dumps(rec["sidecar"]) == dumps(cleaner.clean_text(text, rules=rules, source=rec["id"]).to_sidecar())


def archive_files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted((root / "articles").rglob("*")) if p.is_file()}


@pytest.mark.parametrize("shard_format", ["jsonl", "parquet"])
def test_the_command_on_a_cluster_matches_one_process(cluster, corpus, tmp_path, shard_format):
    from cleaner.dask import read_shards

    local = runner.invoke(
        app, ["clean", str(corpus), "--archive", str(tmp_path / "a1"), "--jobs", "1", "--format", "json"]
    )
    assert local.exit_code == 1, local.output  # the binary file fails, the rest is stored
    shards = tmp_path / "shards"
    distributed = runner.invoke(
        app,
        [
            "clean",
            str(corpus),
            "--engine",
            "dask",
            "--scheduler",
            cluster.scheduler_address,
            "--archive",
            str(tmp_path / "a2"),
            "--shards",
            str(shards),
            "--shard-format",
            shard_format,
            "--partition-size",
            "7",
            "--format",
            "json",
        ],
    )
    assert distributed.exit_code == 1, distributed.output
    s1, s2 = json.loads(local.stdout), json.loads(distributed.stdout)
    for key in ("articles", "ok", "failed", "statuses", "removed_by_family", "failures", "new_sources"):
        assert s1[key] == s2[key], key
    assert any(f["path"].endswith("zz-binary.txt") and "binary" in f["reason"] for f in s1["failures"])

    one, two = archive_files(tmp_path / "a1"), archive_files(tmp_path / "a2")
    assert one == two and len(one) >= 3 * 30

    items, _ = expand([str(corpus)])
    records = read_shards(shards)
    assert len(list(shards.iterdir())) == -(-len(items) // 7)
    assert [r["name"] for r in records] == [i.name for i in items]
    for item, rec in zip(items, records, strict=True):
        want = batch.clean_one(item, batch.Options())
        assert (rec["ok"], rec["error"]) == (want.ok, want.error)
        assert rec["text"] == want.text
        assert rec["sidecar"] == want.sidecar


def test_the_command_needs_a_target_and_the_dask_engine(corpus, tmp_path):
    r = runner.invoke(app, ["clean", str(corpus), "--engine", "dask"])
    assert r.exit_code == 2 and "needs somewhere to write" in r.output
    r = runner.invoke(app, ["clean", str(corpus), "--shards", str(tmp_path / "s")])
    assert r.exit_code == 2 and "need --engine dask" in r.output


def test_shards_alone_on_a_local_cluster(corpus, tmp_path):
    from cleaner.dask import read_shards

    small = tmp_path / "in"
    small.mkdir()
    for name, text in text_articles(5):
        (small / name).write_text(text, "utf-8")
    with gzip.open(small / "page.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write(text_articles(1)[0][1])
    r = runner.invoke(
        app,
        ["clean", str(small), "--engine", "dask", "--jobs", "2", "--shards", str(tmp_path / "out"), "--format", "json"],
    )
    assert r.exit_code == 0, r.output
    summary = json.loads(r.stdout)
    assert summary["statuses"] == {"written": 6}
    records = read_shards(tmp_path / "out")
    assert [x["name"] for x in records] == sorted(x["name"] for x in records)
    assert records[-1]["name"] == "us-officials-armenia-scraped.txt"
    gz = next(x for x in records if x["name"] == "page.txt.gz")
    first = next(x for x in records if x["name"] == text_articles(1)[0][0])
    assert gz["text"] == first["text"]
