"""Figure captions: a <figcaption> as caption text and its photo credit."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .rules import HtmlRules
from .text import squash

_COPYRIGHT = re.compile(r"\s*(?:©|\(c\)|copyright\b)\s*(.+?)\s*$", re.IGNORECASE)


def read_caption(cap: HtmlElement, out: list[dict[str, str]], hr: HtmlRules) -> None:
    """A <figcaption> as caption text and photo credit (a credit element, or a © notice)."""
    full = squash(cap.text_content())
    if not full or any(c["full"] == full for c in out):
        return
    credit = ""
    for sub in cap.iterdescendants():
        if isinstance(sub.tag, str) and (sub.tag in ("small", "cite") or hr.parts_of(sub) & hr.credit):
            credit = squash(sub.text_content())
            if credit:
                break
    text = full
    if credit and full.endswith(credit):
        text = full[: -len(credit)].rstrip()
    elif not credit and (m := _COPYRIGHT.search(full)) and m.start() > 0:
        text, credit = full[: m.start()].rstrip(), m.group(1)
    out.append({"text": text, "credit": credit, "full": full})
