from __future__ import annotations

import pytest

from .helpers import article, assert_body_intact, clean

CRUMBS = [
    "Advertisement",
    "Story continues below advertisement",
    "Share this article",
    "Facebook Twitter WhatsApp Email",
    "Share on Facebook | Share on X | Copy link",
    "- ADVERTISEMENT -",
    "Print this page",
]
FOOTERS = [
    "© NewsHive Daily 2023",
    "Copyright 2023 RockedBuzz. All rights reserved.",
    "© 2023 Newsline Hub. All rights reserved.",
    "This material may not be published, broadcast, rewritten or redistributed.",
]


@pytest.mark.parametrize("line", CRUMBS)
def test_crumbs(line):
    doc = clean(article(middle=[line], end=[line]))
    assert line not in doc.text
    assert {r.family for r in doc.removed} == {"crumb"}
    assert_body_intact(doc)


@pytest.mark.parametrize("line", FOOTERS)
def test_footers(line):
    doc = clean(article(end=[line]))
    assert line not in doc.text
    assert {r.family for r in doc.removed} == {"footer"}


@pytest.mark.parametrize(
    "line",
    [
        "Facebook shares fell 3% on Monday after the report.",
        "Copyright holders sued the company in 2021, saying it had copied their work.",
        "Share prices rose.",
    ],
)
def test_copy_about_the_same_words_is_kept(line):
    doc = clean(article(middle=[line]))
    assert line in doc.text
