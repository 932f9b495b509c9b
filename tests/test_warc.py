"""WARC files in (issue 16): one article per HTML response or resource record, decoded by its
HTTP headers, with its capture in the sidecar; other records skipped and counted; a damaged file
keeps every record before the damage, fails in one line, exit 1. The tests write their own WARCs."""

from __future__ import annotations

import gzip
import io
import json
import zlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

import cleaner
from cleaner.cli import app

from .conftest import SHARED

warcio = pytest.importorskip("warcio")  # a core dependency: installed by the project
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

runner = CliRunner()
pytestmark = pytest.mark.slow  # writes and reads whole WARC files: deselect with -m 'not slow'
PAGES = sorted((SHARED / "data" / "shb-dev" / "html").glob("*.html.gz"))[:6]


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def response(w: WARCWriter, uri: str, body: bytes, headers: list[tuple[str, str]], **kw):
    http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
    return w.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http, **kw)


def write_warc(path: Path, *, damage: bool = False) -> list[tuple[str, bytes]]:
    """Six news pages (plain, gzip, deflate, chunked, latin-1 by header) among a request, an image,
    robots.txt, a revisit and a metadata record; returns (uri, page bytes) of the HTML pages."""
    pages = []
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    for i, p in enumerate(PAGES):
        uri = f"https://news{i}.example.com/2019/11/story-{i}"
        page = gzip.decompress(p.read_bytes())
        headers = [("Content-Type", "text/html; charset=utf-8")]
        body = page
        if i == 1:
            body, headers = gzip.compress(page), [*headers, ("Content-Encoding", "gzip")]
        elif i == 2:
            body, headers = zlib.compress(page), [*headers, ("Content-Encoding", "deflate")]
        elif i == 3:
            body = b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in (page[:5000], page[5000:]) if c) + b"0\r\n\r\n"
            headers = [*headers, ("Transfer-Encoding", "chunked")]
        req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "x")], is_http_request=True)
        w.write_record(w.create_warc_record(uri, "request", payload=io.BytesIO(b""), http_headers=req))
        w.write_record(response(w, uri, body, headers))
        pages.append((uri, page))
    w.write_record(
        response(
            w, "https://news.example.com/a.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, [("Content-Type", "image/png")]
        )
    )
    w.write_record(
        response(w, "https://news.example.com/robots.txt", b"User-agent: *\n", [("Content-Type", "text/plain")])
    )
    w.write_record(
        w.create_revisit_record(
            pages[0][0], digest="sha1:AAAA", refers_to_uri=pages[0][0], refers_to_date="2019-11-20T00:00:00Z"
        )
    )
    w.write_record(
        w.create_warc_record(
            "https://news.example.com/",
            "metadata",
            payload=io.BytesIO(b"via: test\r\n"),
            warc_content_type="application/warc-fields",
        )
    )
    data = buf.getvalue()
    if damage:
        data = data[: len(data) // 2]
    path.write_bytes(data)
    return pages


def test_one_article_per_html_record_with_its_capture(tmp_path, validate_sidecar):
    warc = tmp_path / "crawl.warc.gz"
    pages = write_warc(warc)
    r = invoke("clean", warc, "--out", tmp_path / "out", "--format", "json", "--jobs", "1")
    assert r.exit_code == 0, r.stdout
    summary = json.loads(r.stdout)
    assert summary["articles"] == len(pages) and summary["failed"] == 0
    skipped = summary["warc_records_skipped"]
    assert skipped["request"] == len(pages) and skipped["revisit"] == 1 and skipped["metadata"] == 1
    assert skipped["response (image/png)"] == 1 and skipped["response (text/plain)"] == 1
    for n, (uri, page) in enumerate(pages, 1):
        side = validate_sidecar(json.loads((tmp_path / "out" / f"crawl-{n:06d}.json").read_text("utf-8")))
        cap = side["capture"]
        assert cap["uri"] == uri == side["url"] and cap["record_id"].startswith("<urn:uuid:")
        assert cap["payload_digest_ok"] is True and cap["file"].endswith("crawl.warc.gz") and cap["offset"] > 0
        text = (tmp_path / "out" / f"crawl-{n:06d}.txt").read_text("utf-8")
        assert text == cleaner.clean_html(page, url=uri).text  # the same as the page cleaned alone


def test_jobs_give_the_same_bytes(tmp_path):
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc)
    for jobs in ("1", "2"):
        assert invoke("clean", warc, "--out", tmp_path / f"out{jobs}", "-q", "--jobs", jobs).exit_code == 0
    one = {p.name: p.read_bytes() for p in (tmp_path / "out1").iterdir()}
    two = {p.name: p.read_bytes() for p in (tmp_path / "out2").iterdir()}
    assert one == two and len(one) == 12


def test_a_warc_cut_in_half_keeps_the_records_before_the_cut(tmp_path):
    warc = tmp_path / "cut.warc.gz"
    write_warc(warc, damage=True)
    r = invoke("clean", warc, "--out", tmp_path / "out", "--format", "json", "--jobs", "1")
    assert r.exit_code == 1
    summary = json.loads(r.stdout)
    assert summary["ok"] >= 1  # the records before the cut are cleaned
    damaged = [f for f in summary["failures"] if "damaged at offset" in f["reason"]]
    assert len(damaged) == 1 and damaged[0]["path"].endswith("cut.warc.gz")
    r = invoke("clean", warc, "--out", tmp_path / "out2")
    assert "Traceback" not in r.stderr and r.stderr.count("damaged at offset") == 1


def test_the_archive_keeps_the_payload_so_its_digest_can_be_checked(tmp_path):
    import base64
    import hashlib

    warc = tmp_path / "crawl.warc.gz"
    pages = write_warc(warc)
    arch = tmp_path / "arch"
    assert invoke("clean", warc, "--archive", arch, "-q", "--jobs", "1").exit_code == 0
    sides = [json.loads(p.read_text("utf-8")) for p in sorted((arch / "articles").glob("*/v1.json"))]
    assert len(sides) == len(pages)
    for side in sides:
        folder = arch / "articles" / side["id"]
        payload = (folder / side["source_file"]).read_bytes()
        digest = "sha1:" + base64.b32encode(hashlib.sha1(payload).digest()).decode()
        assert digest == side["capture"]["payload_digest"]
    assert invoke("verify", arch).exit_code == 0


def test_a_payload_that_does_not_match_its_digest_is_reported(tmp_path):
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=False)
    page = gzip.decompress(PAGES[0].read_bytes())
    rec = response(w, "https://news.example.com/x", page, [("Content-Type", "text/html")])
    w.write_record(rec)
    data = buf.getvalue()
    i = data.index(b"<html") if b"<html" in data else data.index(b"<")
    data = data[:i] + b"<" + data[i + 1 :].replace(b"e", b"a", 1)  # one byte of the payload changed
    (tmp_path / "bad.warc").write_bytes(data)
    r = invoke("clean", tmp_path / "bad.warc", "--out", tmp_path / "out", "--format", "json")
    assert r.exit_code == 0, r.stdout
    (side,) = [json.loads(p.read_text()) for p in (tmp_path / "out").glob("*.json")]
    assert side["capture"]["payload_digest_ok"] is False
