"""Preformatted text and tables are never judged line by line (issue 14, HTML-014): a blog post
lost 108 lines of terminal output to a timestamp rule; price lists and results tables are content."""

from __future__ import annotations

import cleaner

INTRO = "<p>Here is how the upgrade went on our build server last night, with the full log below.</p>"
OUTRO = "<p>After the upgrade every job ran again, and the queue was empty by the morning shift.</p>"
LOG = "\n".join(
    ["2019-11-20 08:15", "Updated", "Share", "Advertisement", "Next In World", "2019-11-20 08:16", "Read more"]
    + [f"[{i:02d}:0{i % 10}] job {i} finished" for i in range(12)]
)


def page(middle: str) -> str:
    return (
        "<html><head><title>Upgrade log</title></head><body><article><h1>Upgrade log</h1>"
        f"{INTRO}{middle}{OUTRO}</article></body></html>"
    )


def test_terminal_output_is_kept_line_for_line():
    doc = cleaner.clean_html(page(f"<pre>{LOG}</pre>"))
    for line in LOG.splitlines():
        assert line in doc.text, line
    side = doc.to_sidecar()
    assert side["counts"]["vetoes"].get("HTML-014", 0) >= 1
    assert not [r for r in side["removed"] if r["text"].strip() in LOG.splitlines()]


def test_a_price_table_is_kept():
    rows = "".join(f"<tr><td>Plan {n}</td><td>${n * 5}.00</td><td>Share</td></tr>" for n in range(1, 8))
    doc = cleaner.clean_html(page(f"<table>{rows}</table>"))
    assert all(f"${n * 5}.00" in doc.text for n in range(1, 8))
