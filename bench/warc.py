#!/usr/bin/env python3
"""Pages per second from a WARC against clean_html on the same pages, and --jobs 2 against 1.

Usage: bench/warc.py [-n PAGES]

Writes a WARC of shb-dev pages (with request records between them), then times:
clean_html on each page's bytes in one process; `cleaner clean crawl.warc.gz --out DIR --jobs 1`;
and the same with --jobs 2. Targets (issue 16): WARC within 10% of clean_html, --jobs 2 >= 1.8x.
"""

from __future__ import annotations

import argparse
import gzip
import io
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHB = ROOT.parent / "shared" / "data" / "shb-dev" / "html"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=127)
    ap.add_argument("--repeat", type=int, default=4, help="write each page this many times (start-up amortised)")
    args = ap.parse_args(argv)
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    import cleaner

    pages = [gzip.decompress(p.read_bytes()) for p in sorted(SHB.glob("*.html.gz"))[: args.n]] * args.repeat
    tmp = Path(tempfile.mkdtemp())
    warc = tmp / "crawl.warc.gz"
    with open(warc, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for i, page in enumerate(pages):
            uri = f"https://site{i}.example.com/story"
            req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "x")], is_http_request=True)
            w.write_record(w.create_warc_record(uri, "request", payload=io.BytesIO(b""), http_headers=req))
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(uri, "response", payload=io.BytesIO(page), http_headers=http))
    cleaner.clean_html(pages[0])
    t = time.perf_counter()
    for page in pages:
        try:
            cleaner.clean_html(page)
        except cleaner.InputError:
            pass
    direct = len(pages) / (time.perf_counter() - t)
    exe = [sys.executable, "-m", "cleaner.cli"]
    rates = {}
    for jobs in (1, 2):
        out = tmp / f"out{jobs}"
        t = time.perf_counter()
        subprocess.run([*exe, "clean", str(warc), "--out", str(out), "-q", "--jobs", str(jobs)], check=False)
        rates[jobs] = len(pages) / (time.perf_counter() - t)
    print(f"clean_html in one process: {direct:6.1f} pages/s ({len(pages)} pages, warm)")
    print(f"WARC, --jobs 1:           {rates[1]:6.1f} pages/s ({rates[1] / direct:.2f}x; includes start-up)")
    print(f"WARC, --jobs 2:           {rates[2]:6.1f} pages/s ({rates[2] / rates[1]:.2f}x --jobs 1)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
