"""Reading inputs: decoding, gzip caps, folder walks, globs, stdin."""

from __future__ import annotations

import gzip
import io
import os
import sys

import pytest

from cleaner.errors import InputError
from cleaner.sources import Input, decode_text, expand, gunzip, load, read_bytes, sniff, walk

TEXT = "Caf\u00e9 \u2019quoted\u2019 \u2013 na\u00efve\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM, native order
        b"\xfe\xff" + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-32"),
        TEXT.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16-be", "utf32", "cp1252"],
)
def test_decode_text(data):
    assert decode_text(data) == TEXT


def test_decode_cp1252_holes_and_binary():
    assert decode_text(b"a\x81b\x9dc\xe9") == "a\x81b\x9dc\u00e9"
    with pytest.raises(InputError, match="binary"):
        decode_text(b"abc\x00def")
    with pytest.raises(InputError, match="utf-16"):
        decode_text(b"\xff\xfe\x00\xd8")  # BOM, then a lone surrogate


def test_gunzip_cap_and_errors():
    payload = b"x" * 100_000
    assert gunzip(gzip.compress(payload)) == payload
    assert gunzip(gzip.compress(b"a") + gzip.compress(b"b")) == b"ab"  # multi-member
    bomb = gzip.compress(b"\0" * 5_000_000)
    assert len(bomb) < 10_000
    with pytest.raises(InputError, match="decompresses to more than"):
        gunzip(bomb, max_bytes=1_000_000)
    with pytest.raises(InputError, match="not valid gzip"):
        gunzip(b"\x1f\x8bgarbage")
    with pytest.raises(InputError, match="truncated"):
        gunzip(gzip.compress(payload)[:-20])


def test_load_kinds(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"plain")
    (tmp_path / "b.html.gz").write_bytes(gzip.compress(b"<html><body>x</body></html>"))
    (tmp_path / "c.gz").write_bytes(gzip.compress(b"just text"))
    (tmp_path / "d").write_bytes(b"<!DOCTYPE html><html></html>")
    kinds = {}
    for name in ("a.txt", "b.html.gz", "c.gz", "d"):
        loaded = load(Input(name=name, path=str(tmp_path / name), origin=name))
        kinds[name] = (loaded.kind, loaded.suffix)
    assert kinds == {
        "a.txt": ("text", ".txt"),
        "b.html.gz": ("html", ".html.gz"),
        "c.gz": ("text", ".txt.gz"),
        "d": ("html", ".html"),
    }
    assert sniff(b"\xef\xbb\xbf  <html>") == "html" and sniff(b"Hello <b>") == "text"


def test_read_bytes_cap(tmp_path):
    (tmp_path / "big.txt").write_bytes(b"x" * 2000)
    with pytest.raises(InputError, match="larger than"):
        read_bytes(Input(name="big.txt", path=str(tmp_path / "big.txt"), origin="x"), max_bytes=1000)
    with pytest.raises(InputError, match="cannot read"):
        read_bytes(Input(name="no.txt", path=str(tmp_path / "no.txt"), origin="x"))


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"from stdin")))
    items, problems = expand(["-"], stdin_name="piped")
    assert items == [Input(name="piped", path=None, origin="-")] and not problems
    assert read_bytes(items[0]) == b"from stdin"


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "corpus"
    (root / "world" / "deep").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "b.txt").write_text("b")
    (root / "a.html").write_text("<html></html>")
    (root / "world" / "c.txt.gz").write_bytes(gzip.compress(b"c"))
    (root / "world" / "deep" / "d.htm").write_text("<html></html>")
    (root / "world" / "notes.md").write_text("skip")
    (root / "b.clean.txt").write_text("hook output, not an article")
    (root / ".git" / "x.txt").write_text("hidden")
    return root


def test_walk_sorted_filtered(corpus):
    names = [rel for _, rel in walk(corpus)]
    assert names == ["a.html", "b.txt", "world/c.txt.gz", "world/deep/d.htm"]


def test_walk_survives_symlink_loops(corpus):
    try:
        os.symlink(corpus, corpus / "world" / "loop")
        os.symlink(corpus / "world", corpus / "world" / "deep" / "up")
    except (OSError, NotImplementedError):
        pytest.skip("no symlinks here")
    names = [rel for _, rel in walk(corpus)]
    assert names == ["a.html", "b.txt", "world/c.txt.gz", "world/deep/d.htm"]


def test_expand_files_folders_globs_and_problems(corpus, monkeypatch):
    monkeypatch.chdir(corpus)
    items, problems = expand(["b.txt", "world", "**/*.htm", "missing.txt", "*.nothing", "b.txt"])
    assert [i.name for i in items] == ["b.txt", "c.txt.gz", "deep/d.htm"]
    assert problems == [("missing.txt", "no such file or folder"), ("*.nothing", "no files match this pattern")]
    items, _ = expand(["."], exclude=[corpus / "world"])
    assert [i.name for i in items] == ["a.html", "b.txt"]
    items, _ = expand([str(corpus / ".git")])  # a hidden folder named explicitly is walked
    assert [i.name for i in items] == ["x.txt"]
    items, problems = expand([str(corpus / "world" / "deep")])
    assert [i.name for i in items] == ["d.htm"] and not problems
    (corpus / "empty").mkdir()
    items, problems = expand([str(corpus / "empty")])
    assert not items and "no .txt" in problems[0][1]
