"""Page-level rules of the HTML layer on small handmade pages: what is added back (HTML-010,
HTML-011) and what is taken out of the page before extraction (HTML-006).

Each page is built here, in the shape of a failure seen on real sites, with copy written for the test.
"""

from __future__ import annotations

from cleaner.html import extract

URL = "https://www.rivertonherald.example/news/2024/03/ferry-service-returns"


def page(body: str, title: str = "Ferry service returns to Riverton") -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head><title>{title}</title></head>"
        f"<body><header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>{body}</body></html>"
    )


def _para(n: int) -> str:
    return (
        f"<p>Paragraph {n}: the harbour authority said the ferry would run every forty minutes on weekdays, "
        f"with extra crossings on market days, once the repaired landing stage passes its final inspection ({n}).</p>"
    )


def test_body_chunks_deep_in_wrappers_are_joined():
    """HTML-011: the repeated container sits four levels above the paragraphs (grid, column, text
    wrappers); every chunk after the first is the article's and is logged as added."""
    chunks = "".join(
        f"<div class='story-chunk'><div class='row'><div class='col'><div class='article-body'>"
        f"{_para(i)}{_para(i + 1)}</div></div></div></div><div class='ad-slot'>Advertisement</div>"
        for i in range(1, 9, 2)
    )
    ex = extract(page(f"<main><h1>Ferry service returns to Riverton</h1>{chunks}</main>"), url=URL)
    for n in range(1, 9):
        assert f"Paragraph {n}:" in ex.text
    added = [d for d in ex.blocks if d["rule"] == "HTML-011"]
    assert added and all(d.get("added") for d in added)


def test_chunks_of_another_class_are_not_joined():
    """HTML-011's counter-case: the containers after the body are teasers of another class."""
    teasers = "".join(
        f"<div class='teaser-card'><div class='row'><div class='col'><div class='rich-text'>"
        f"<p>Other story {n}: the county's bus timetable changes next month, and three rural routes will "
        f"run only on school days, the transport office said in a statement on Friday.</p></div></div></div></div>"
        for n in range(1, 5)
    )
    body = (
        "<div class='story-chunk'><div class='row'><div class='col'><div class='rich-text'>"
        f"{_para(1)}{_para(2)}</div></div></div></div>"
    )
    ex = extract(
        page(f"<main><h1>Ferry service returns to Riverton</h1>{body}</main><section>{teasers}</section>"), url=URL
    )
    assert "Paragraph 1:" in ex.text
    assert not [d for d in ex.blocks if d["rule"] == "HTML-011"]
