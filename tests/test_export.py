"""cleaner export (issue 16): every format readable by its reference reader, and complete."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from cleaner.cli import app

from .test_warc import write_warc

runner = CliRunner()
pytestmark = pytest.mark.slow  # writes and reads whole WARC files: deselect with -m 'not slow'


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("export")
    warc = root / "crawl.warc.gz"
    write_warc(warc)
    arch = root / "arch"
    assert invoke("clean", warc, "--archive", arch, "-q", "--jobs", "1").exit_code == 0
    texts = {}
    for side_path in sorted((arch / "articles").glob("*/v1.json")):
        side = json.loads(side_path.read_text("utf-8"))
        texts[side["id"]] = (side_path.with_suffix(".txt").read_text("utf-8"), side)
    return arch, texts


def test_jsonl_rows_are_complete(archive, tmp_path):
    arch, texts = archive
    assert invoke("export", arch, tmp_path / "out.jsonl", "--to", "jsonl").exit_code == 0
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text("utf-8").splitlines()]
    assert {r["id"]: r["text"] for r in rows} == {k: v[0] for k, v in texts.items()}
    for r in rows:
        assert r["url"] == r["capture"]["uri"] and r["version"] == 1 and r["text_sha256"]


def test_parquet_reads_back_with_pyarrow(archive, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")  # the test extra installs it
    arch, texts = archive
    assert invoke("export", arch, tmp_path / "out.parquet", "--to", "parquet").exit_code == 0
    table = pq.read_table(tmp_path / "out.parquet").to_pylist()
    assert {r["id"]: r["text"] for r in table} == {k: v[0] for k, v in texts.items()}


def test_warc_conversion_records_refer_to_their_captures(archive, tmp_path):
    from warcio.archiveiterator import ArchiveIterator

    arch, texts = archive
    assert invoke("export", arch, tmp_path / "out.warc.gz", "--to", "warc").exit_code == 0
    seen = {}
    with open(tmp_path / "out.warc.gz", "rb") as fh:
        for record in ArchiveIterator(fh):
            if record.rec_type == "conversion":
                uri = record.rec_headers.get_header("WARC-Target-URI")
                seen[uri] = (
                    record.content_stream().read().decode("utf-8"),
                    record.rec_headers.get_header("WARC-Refers-To"),
                )
    for text, side in texts.values():
        assert seen[side["url"]] == (text, side["capture"]["record_id"])


def test_bagit_bag_validates(archive, tmp_path):
    import bagit

    arch, texts = archive
    assert invoke("export", arch, tmp_path / "bag", "--to", "bagit").exit_code == 0
    bag = bagit.Bag(str(tmp_path / "bag"))
    bag.validate()
    assert bag.info["Cleaner-Version"] and "cleaner-core" in bag.info["Cleaner-Rule-Sets"]
    for article_id, (text, side) in texts.items():
        assert (tmp_path / "bag" / "data" / article_id / "v1.txt").read_text("utf-8") == text
        assert (tmp_path / "bag" / "data" / article_id / side["source_file"]).is_file()


def test_an_existing_destination_is_refused_and_nothing_half_written(archive, tmp_path):
    arch, _ = archive
    (tmp_path / "taken.jsonl").write_text("mine\n")
    r = invoke("export", arch, tmp_path / "taken.jsonl", "--to", "jsonl")
    assert r.exit_code == 1 and "already exists" in r.stderr
    assert (tmp_path / "taken.jsonl").read_text() == "mine\n"
    assert not list(tmp_path.glob(".*tmp-export*"))
