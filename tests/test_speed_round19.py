"""Round 19's speed work changes no answer: trafilatura's cascade as ``extraction`` runs it (its
copies of the page made only when read) gives the tree ``trafilatura.bare_extraction`` gives.

No timing here (a test that times the engine fails by the load of the machine).
"""

from __future__ import annotations

import pytest
from lxml import etree

from cleaner.html import extraction
from cleaner.html.parse import parse

_SENTENCE = (
    "The council met on Tuesday evening to discuss the new budget for the harbour district, "
    "and several members asked for more time to read the proposals before the vote. "
)


def _page(paragraphs: int, extra: str = "", head: str = "") -> str:
    body = "".join(f"<p>{_SENTENCE * 2}Paragraph {i}.</p>" for i in range(paragraphs))
    return (
        f"<html><head><title>Budget vote delayed</title>{head}</head><body>"
        '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>'
        f"<article><h1>Budget vote delayed</h1>{body}{extra}</article>"
        "<footer><p>© Example Harbour News</p></footer></body></html>"
    )


_FORUM = '<script type="application/ld+json">{"@type": "DiscussionForumPosting", "headline": "Budget"}</script>'
_COMMENTS = (
    '<div class="comments"><ul><li><p>First comment on the budget, with a few words.</p></li>'
    "<li><p>Second comment, which disagrees with the first one entirely.</p></li></ul></div>"
)
_ASIDE = "<aside><p>Read also: the harbour's history</p></aside><figure><p>A chart of the budget.</p></figure>"

PAGES = {
    "long": _page(12),  # more than ten times MIN_EXTRACTED_SIZE: no cross-check
    "medium": _page(3),  # the readability cross-check
    "short": _page(1),  # the cross-check, and jusText on a short result
    "one line": "<html><body><div><span>Closed today.</span></div></body></html>",  # the baseline
    "unclean": _page(2, _ASIDE),
    "comments": _page(2, _COMMENTS),
    "forum": _page(2, _COMMENTS, _FORUM),
    "no body": "<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>",
}


def _xml(tree: etree._Element | None) -> bytes | None:
    return None if tree is None else etree.tostring(tree)


@pytest.mark.parametrize("name", sorted(PAGES))
@pytest.mark.parametrize("url", [None, "https://example.org/news/budget-vote"])
def test_the_cascade_gives_bare_extractions_tree(name: str, url: str | None) -> None:
    tree = parse(PAGES[name])
    before = etree.tostring(tree)
    expected = _xml(extraction._bare_extraction(tree, url))
    assert etree.tostring(tree) == before
    assert _xml(extraction._cascade(tree, url)) == expected
    assert etree.tostring(tree) == before  # the page's tree is left as it was: later steps read it
    assert _xml(extraction.trafilatura_body(tree, url)) == expected


def test_another_trafilatura_runs_its_own_bare_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    monkeypatch.setattr(extraction, "_CASCADE_VERSION", "0.0")
    monkeypatch.setattr(extraction, "_cascade", lambda *a: calls.append(a))
    tree = parse(PAGES["medium"])
    assert extraction.trafilatura_body(tree, None) is not None
    assert not calls


@pytest.mark.parametrize("url", [None, "", "https://example.org/a", "https://example.org/caf\udce9"])
def test_the_options_copied_are_the_options_built(url: str | None) -> None:
    from trafilatura.settings import Extractor

    built = Extractor(output_format="txt", recall=True, comments=False, tables=True, url=url)
    copied = extraction._options(url)
    assert {k: getattr(copied, k) for k in Extractor.__slots__} == {k: getattr(built, k) for k in Extractor.__slots__}
    assert copied is not extraction._options(url)  # each page its own: a URL set on one is not another's
