"""Issue 14, twenty-second round: trafilatura's raw-tree prunes answered by our own walks.

trafilatura 2.3.1 prunes the page before extraction with three XPath expressions whose ``re:test``
predicates lxml answers by calling back into Python for every candidate element: infinite-scroll
boxes holding appended articles (Zox News' 'mvp-post-add-box'), Elementor's share bars and comment
sections. ``cleaner.html.prune`` answers each with one walk over the same tags and the same regular
expressions; these tests hold the walks to the XPath's answer, element for element, on markup in the
shapes real CMSs print (WordPress comment lists, Disqus threads, Zox News' scroll boxes, Elementor),
with look-alikes that must stay (a 'commentary' column, an ordered list marked only by Disqus, a scroll
box that holds the page's own h1), and on real dev pages, where the whole output must not change.
"""

from __future__ import annotations

import gzip

import pytest
from lxml import html as lxml_html
from trafilatura.htmlprocessing import prune_unwanted_nodes
from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH

from cleaner.html import clean_html, prune
from cleaner.html.parse import parse

from .conftest import SHARED

EXPRESSIONS = [*RAW_TREE_PRUNE_XPATH, *REMOVE_COMMENTS_AND_LISTS_XPATH]

BODY = (
    "<p>The council voted on Tuesday to extend the night bus network to the three outer districts, "
    "a change residents had asked for since the last line closed in the spring.</p>"
)


def page(inner: str) -> str:
    head = "<html><head><title>Night buses</title></head>"
    return f"{head}<body><article><h1>Night buses return</h1>{BODY}</article>{inner}</body></html>"


def same(doc: str) -> list[str]:
    """The walks' answer equals lxml's for every expression; the tags of what they found."""
    tree = parse(doc)
    found = []
    for expression in EXPRESSIONS:
        ours, theirs = prune.matches(tree, expression), expression(tree)
        assert len(ours) == len(theirs) and all(a is b for a, b in zip(ours, theirs, strict=True))
        found.extend(f"{e.tag}#{e.get('id') or ''}.{e.get('class') or ''}" for e in ours)
    return found


def test_every_expression_has_its_walk():
    # the walks stand for trafilatura 2.3.1's expressions by their exact source text
    assert all(x.path in prune._WALKS for x in EXPRESSIONS)


@pytest.mark.parametrize(
    "inner, hit",
    [
        # WordPress: the comment area and its list
        (
            '<div id="comments" class="comments-area"><ol class="comment-list"><li>Great news</li></ol></div>',
            "div#comments",
        ),
        ('<section class="comments"><p>12 comments</p></section>', "section#.comments"),
        ('<div class="article-comments"><p>Join the discussion</p></div>', "div#.article-comments"),
        ('<div class="post-comments-wrap"><p>Leave a reply</p></div>', "div#.post-comments-wrap"),
        # Disqus and its older embed
        ('<div id="disqus_thread"></div>', "div#disqus_thread"),
        ('<div id="dsq-comments"><p>Comments powered by Disqus</p></div>', "div#dsq-comments"),
        ('<details id="comol"><summary>Kommentare</summary></details>', "details#comol"),
        # a list is a comment section by its own id or class only
        ('<ul id="commentlist"><li>First!</li></ul>', "ul#commentlist"),
        ('<ol class="commentlist"><li>First!</li></ol>', "ol#.commentlist"),
        # Zox News appends whole follow-up articles in these boxes, h1 and all
        ('<div class="mvp-post-add-box"><h1>Another story</h1><p>More text</p></div>', "div#.mvp-post-add-box"),
        ('<section id="infinite-scroll"><h2>Up next</h2><p>Next story</p></section>', "section#infinite-scroll"),
        ('<aside class="infinitescroll-wrap"><p>Keep reading</p></aside>', "aside#.infinitescroll-wrap"),
        # Elementor's share bar
        (
            '<div class="elementor-share-buttons elementor-grid"><span>Share</span></div>',
            "div#.elementor-share-buttons elementor-grid",
        ),
    ],
)
def test_furniture_is_found_as_trafilatura_finds_it(inner, hit):
    assert any(f.startswith(hit) for f in same(page(inner)))


@pytest.mark.parametrize(
    "inner",
    [
        # a column of opinion pieces: 'commentary' is no comment section
        '<div id="commentary"><h2>Commentary</h2><p>Why the buses matter</p></div>',
        '<section class="commentary-column"><p>Our view</p></section>',
        # an ordered list marked only by Disqus' id is left to the later passes
        '<ol id="disqus_thread"><li>A numbered point</li></ol>',
        # a scroll box that holds the page's own h1 is the article
        '<div class="infinite-scroll-container"><h1>Night buses, part two</h1><p>Text</p></div>',
        # 'comment' inside a class, not at its start, on a plain div
        '<div class="no-comment-yet"><p>Be the first</p></div>',
        # a span or a paragraph is never one of these boxes
        '<p class="comments">3 comments</p><span class="elementor-share-buttons">Share</span>',
    ],
)
def test_look_alikes_stay(inner):
    assert same(page(inner)) == []


def test_nested_boxes_and_attribute_order():
    doc = page(
        '<div class="comments" id="x"><div id="comment-12"><div id="commentary"></div></div></div>'
        '<section class="infinite-scroll"><div class="mvp-post-add-wrap"><h1>Next</h1></div></section>'
    )
    # both comment boxes and the Zox box; the scroll box holds an h1 (the Zox box's) and is no Zox box
    assert same(doc) == ["div#.mvp-post-add-wrap", "div#x.comments", "div#comment-12."]


def test_an_expression_without_a_walk_goes_to_lxml():
    from lxml.etree import XPath

    tree = parse(page('<div class="comments"></div>'))
    other = XPath(".//div[@class='comments']")
    assert [e.get("class") for e in prune.matches(tree, other)] == ["comments"]


def test_prune_leaves_the_tree_trafilatura_leaves():
    doc = page(
        '<div id="comments">Before<p>One</p></div>tail text<ol class="commentlist"><li>x</li></ol>after'
        '<div class="elementor-share-buttons">Share</div>kept'
    )
    a, b = lxml_html.fromstring(doc), lxml_html.fromstring(doc)
    for xs in (RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH):
        prune_unwanted_nodes(a, xs)
        prune.prune(b, xs)
    assert lxml_html.tostring(a) == lxml_html.tostring(b)
    assert b"tail text" in lxml_html.tostring(b) and b"commentlist" not in lxml_html.tostring(b)


SHB = sorted((SHARED / "data" / "shb-dev" / "html").glob("*.html.gz"))[:12]


@pytest.mark.parametrize("path", SHB, ids=lambda p: p.name[:12])
def test_real_pages_unchanged_by_the_walks(path, monkeypatch):
    text = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
    ours = clean_html(text)
    monkeypatch.setattr(prune, "_WALKS", {})  # every expression run by lxml
    theirs = clean_html(text)
    assert ours.text == theirs.text
    assert ours.to_sidecar() == theirs.to_sidecar()
