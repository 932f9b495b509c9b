"""Pages libxml2 would cut short (issue 11, item 1): past 255 levels of nesting, or after one text
node or attribute over 10 MB, the rest of the page used to vanish with exit 0. Now they are parsed
whole (lxml's huge_tree), and a page too deep even for that fails with its reason."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.html.errors import PageTooDeepError

LEAD = "<p>The council voted on Tuesday to close the old bridge to traffic from the first of May next year.</p>"
LAST = "<p>The final paragraph, after the huge part of the page, is what used to be lost without a word.</p>"


def page(middle: str) -> str:
    return (
        "<html><head><title>Bridge to close</title></head><body><article><h1>Bridge to close in May</h1>"
        f"{LEAD}{middle}{LAST}</article></body></html>"
    )


@pytest.mark.parametrize(
    "middle",
    [
        pytest.param(
            "<div>" * 300 + "<p>A paragraph three hundred levels down in the layout.</p>" + "</div>" * 300,
            id="300-levels",
        ),
        pytest.param('<img src="data:image/png;base64,' + "iVBORw0KGgo" * 1_100_000 + '">', id="11MB-data-url"),
        pytest.param("<script>" + "var x = 1;" * 1_200_000 + "</script>", id="12MB-script"),
        pytest.param("<!-- " + "saved by a browser " * 600_000 + " -->", id="11MB-comment"),
    ],
)
def test_the_rest_of_the_page_survives(middle):
    doc = cleaner.clean_html(page(middle))
    assert "final paragraph, after the huge part" in doc.text
    assert "close the old bridge" in doc.text
    if "levels down" in middle:
        assert "three hundred levels down" in doc.text


def test_a_page_too_deep_even_for_huge_tree_fails_with_its_reason():
    deep = "<div>" * 3000 + "<p>Deep down.</p>" + "</div>" * 3000
    with pytest.raises(PageTooDeepError, match="2,048 levels"):
        cleaner.clean_html(page(deep))
    assert issubclass(PageTooDeepError, cleaner.InputError)


def test_a_page_with_thousands_of_linked_paragraphs_is_taken_block_by_block():
    """trafilatura's //p//text() is quadratic in libxml2 over such pages (a 10 MB page took 213 s);
    past HTML-013's max_paragraphs the page's blocks are taken in order, and that is recorded."""
    from cleaner.rules import default_ruleset

    limit = default_ruleset().param("HTML-013", "max_paragraphs")
    paras = "".join(
        f'<p>In <a href="/a{i}">town {i}</a> the council met on Tuesday, officials said, and voted to close the '
        f'bridge.</p>' for i in range(limit + 10)
    )
    html = f"<html><body><nav><p>Home</p></nav><article><h1>Bridges</h1>{paras}</article></body></html>"
    doc = cleaner.clean_html(html)
    side = doc.to_sidecar()
    assert [a["rule"] for a in side["html"]["added"]] == ["HTML-013"]
    assert f"town {limit + 9} the council" in doc.text and "town 0 the council" in doc.text
    assert "Home" not in doc.text.split("\n\n")  # navigation is left out
