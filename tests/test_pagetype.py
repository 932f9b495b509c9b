"""Pages that are not articles are said to be so (issue 14, HTML-015), their text still returned."""

from __future__ import annotations

import json

from typer.testing import CliRunner

import cleaner
from cleaner.cli import app

PROSE = "<p>The council voted on Tuesday to close the old bridge to traffic from May, officials said.</p>" * 3
TEASERS = "".join(
    f'<div class="teaser"><h2><a href="/2019/11/story-{i}">Story {i} headline about the town</a></h2>'
    f"<p>Short teaser {i}.</p></div>"
    for i in range(12)
)


def html(body: str, head: str = "") -> str:
    return f"<html><head><title>Site</title>{head}</head><body>{body}</body></html>"


def test_an_article_declared_in_json_ld_is_an_article():
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge"}</script>'
    doc = cleaner.clean_html(html(f"<article><h1>Bridge</h1>{PROSE}</article>", ld), url="https://x.com/")
    assert doc.metadata.html["page_type"] == "article"


def test_a_front_page_and_a_section_index():
    front = cleaner.clean_html(html(f"<main>{TEASERS}</main>"), url="https://news.example.com/")
    assert front.metadata.html["page_type"] == "front" and front.text.strip()
    index = cleaner.clean_html(html(f"<main>{TEASERS}</main>"), url="https://news.example.com/world/")
    assert index.metadata.html["page_type"] == "index"
    tag = cleaner.clean_html(html(f"<main>{PROSE}</main>"), url="https://news.example.com/tag/bridges/")
    assert tag.metadata.html["page_type"] == "index"


def test_an_article_with_a_dated_url_and_a_query_is_not_a_front_page():
    doc = cleaner.clean_html(html(f"<article>{PROSE}</article>"), url="http://blog.example.de/?p=2895")
    assert doc.metadata.html["page_type"] == "article"


def test_the_cli_lists_pages_that_are_not_articles(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "front.html").write_text(html(f"<main>{TEASERS}</main>"))
    r = CliRunner().invoke(app, ["clean", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "-f", "json"])
    summary = json.loads(r.stdout)
    assert r.exit_code == 0 and summary["ok"] == 1
    assert [p["page_type"] for p in summary["not_articles"]] == ["index"]


def test_the_pages_own_title_and_authors_win_over_the_first_line_of_its_text():
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",'
        ' "headline": "Council closes the old bridge",'
        ' "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Organization", "name": "Reuters"}]}'
        "</script>"
    )
    body = f"<article><p>WORLD NEWS</p>{PROSE}</article>"
    doc = cleaner.clean_html(html(body, ld), url="https://news.example.com/2019/11/20/bridge-closes-for-good")
    assert doc.metadata.title == "Council closes the old bridge"
    assert doc.metadata.authors == ["Jane Doe"]  # a person's name; the agency is not an author
