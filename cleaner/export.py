"""``cleaner export ARCHIVE --to FORMAT DEST``: an archive's articles for other tools.

- ``warc``: one ``conversion`` record per article (the clean text, ``WARC-Refers-To`` the capture's
  record id, ``WARC-Target-URI``), as Common Crawl's WET files carry extracted text, plus a
  ``metadata`` record with the sidecar; written with warcio.
- ``jsonl`` and ``parquet`` (pyarrow, the ``dask`` extra): one row per article for dataset builders.
- ``bagit``: a BagIt bag (bagit-python) of sources, texts and sidecars with manifests and a
  ``bag-info.txt`` naming the cleaner version and rule sets; ``bagit.py --validate`` accepts it.

The newest version of each article by default; ``all_versions`` exports every version. The
destination is written under a temporary name and renamed when complete, so a failed export
leaves no half-written file behind.
"""

from __future__ import annotations

import io
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import __version__
from .archive import Archive, layout
from .errors import CleanerError
from .sidecar import dumps

FORMATS = ("warc", "jsonl", "parquet", "bagit")


class ExportError(CleanerError):
    pass


def rows(archive: Archive, *, all_versions: bool = False) -> Iterator[dict[str, Any]]:
    """One dict per exported version: the row fields plus the text, sidecar and source bytes."""
    for article_id in archive.article_ids():
        _, versions, _ = layout.scan(archive.folder(article_id))
        if not versions:
            continue
        wanted = sorted(versions) if all_versions else [max(versions)]
        for n in wanted:
            _, text, side = archive.read_version(article_id, n)
            yield {
                "id": article_id,
                "version": n,
                "url": side.get("url"),
                "title": side.get("title"),
                "authors": side.get("authors") or [],
                "date": side.get("date"),
                "language": side.get("language"),
                "text": text,
                "capture": side.get("capture"),
                "text_sha256": side.get("text_sha256"),
                "source_sha256": side.get("source_file_sha256"),
                "rules_sha256": (side.get("rules") or {}).get("sha256"),
                "_sidecar": side,
                "_source": archive.read_source(article_id, side),
            }


def _public(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if not k.startswith("_")}


def export(archive_dir: Path, fmt: str, dest: Path, *, all_versions: bool = False) -> int:
    """Write the export; returns how many versions were exported."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    if dest.exists():
        raise ExportError(f"{dest}: already exists; choose a new destination")
    archive = Archive.open(archive_dir)
    tmp = dest.with_name(f".{dest.name}.tmp-export")
    if tmp.exists():
        shutil.rmtree(tmp) if tmp.is_dir() else tmp.unlink()
    try:
        with archive.locked(exclusive=False):
            n = {"warc": _warc, "jsonl": _jsonl, "parquet": _parquet, "bagit": _bagit}[fmt](
                rows(archive, all_versions=all_versions), tmp
            )
        os.replace(tmp, dest)
    except BaseException:
        if tmp.exists():
            shutil.rmtree(tmp) if tmp.is_dir() else tmp.unlink()
        raise
    return n


def _jsonl(items: Iterator[dict[str, Any]], path: Path) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for row in items:
            fh.write(json.dumps(_public(row), ensure_ascii=False, sort_keys=True) + "\n")
            n += 1
    return n


def _parquet(items: Iterator[dict[str, Any]], path: Path) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ExportError("parquet export needs pyarrow: pip install 'cleaner[dask]'") from None
    schema = pa.schema(
        [
            ("id", pa.string()),
            ("version", pa.int64()),
            ("url", pa.string()),
            ("title", pa.string()),
            ("authors", pa.list_(pa.string())),
            ("date", pa.string()),
            ("language", pa.string()),
            ("text", pa.string()),
            ("capture", pa.string()),  # JSON: its HTTP headers vary from page to page
            ("text_sha256", pa.string()),
            ("source_sha256", pa.string()),
            ("rules_sha256", pa.string()),
        ]
    )
    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in items:
            r = _public(row)
            r["capture"] = json.dumps(r["capture"], sort_keys=True) if r["capture"] is not None else None
            batch.append(r)
            if len(batch) == 1000:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n


def _warc(items: Iterator[dict[str, Any]], path: Path) -> int:
    from warcio.warcwriter import WARCWriter

    n = 0
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for row in items:
            side = row["_sidecar"]
            uri = row["url"] or f"urn:cleaner:{row['id']}:v{row['version']}"
            headers = {"WARC-Identified-Content-Language": row["language"] or ""}
            capture = row["capture"] or {}
            if capture.get("record_id"):
                headers["WARC-Refers-To"] = capture["record_id"]
            text = writer.create_warc_record(
                uri,
                "conversion",
                payload=io.BytesIO(row["text"].encode("utf-8", "surrogatepass")),
                warc_content_type="text/plain; charset=utf-8",
                warc_headers_dict={k: v for k, v in headers.items() if v},
            )
            writer.write_record(text)
            meta = writer.create_warc_record(
                uri,
                "metadata",
                payload=io.BytesIO(dumps(side).encode("utf-8", "surrogatepass")),
                warc_content_type="application/json",
                warc_headers_dict={"WARC-Concurrent-To": text.rec_headers.get_header("WARC-Record-ID")},
            )
            writer.write_record(meta)
            n += 1
    return n


def _bagit(items: Iterator[dict[str, Any]], path: Path) -> int:
    try:
        import bagit
    except ImportError:
        raise ExportError("bagit export needs bagit-python: pip install bagit") from None
    path.mkdir()
    n = 0
    rules: set[str] = set()
    for row in items:
        side = row["_sidecar"]
        folder = path / row["id"]
        folder.mkdir(exist_ok=True)
        stem = f"v{row['version']}"
        (folder / f"{stem}.txt").write_bytes(row["text"].encode("utf-8", "surrogatepass"))
        (folder / f"{stem}.json").write_bytes(dumps(side).encode("utf-8", "surrogatepass"))
        if row["_source"] is not None and side.get("source_file"):
            (folder / side["source_file"]).write_bytes(row["_source"])
        rs = side.get("rules") or {}
        rules.add(f"{rs.get('name')} {rs.get('version')} ({str(rs.get('sha256'))[:12]})")
        n += 1
    bagit.make_bag(
        str(path),
        {
            "Source-Organization": "cleaner archive export",
            "External-Description": "Sources, clean texts and sidecars exported from a cleaner archive.",
            "Cleaner-Version": __version__,
            "Cleaner-Rule-Sets": "; ".join(sorted(rules)),
        },
        checksums=["sha256"],
    )
    return n
