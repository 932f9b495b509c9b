"""Issue 14, sixteenth round: page-level decisions on small handmade pages.

HTML-029 (a short extraction covering little of the page, widened with jusText's paragraphs).
Each page is written here, in the shape of a failure seen on real sites (a forum thread whose
first post alone was taken, a Q&A page without its answers), with copy written for the test.
"""

from __future__ import annotations

from lxml.etree import Element, SubElement

from cleaner.html.parse import parse
from cleaner.html.rules import html_rules
from cleaner.html.widen import _merge, page_text, widen
from cleaner.rules import resolve

URL = "https://forum.example.org/threads/dark-crumbs.123/"

POSTS = [
    "Hello everyone, my cat sleeps on the window bench every night, and for a few days there have been "
    "dark crumbs on the cover in the morning.",
    "That sounds like soil from the garden to me. Our tomcat brings in half the flower bed when it has "
    "rained, and it falls out of his fur once he is warm and dry again.",
    "Brush him in the evening over a white towel and look at what comes out. If the crumbs turn reddish "
    "when wet, it is flea dirt after all and you should talk to your vet.",
    "We had the same thing last summer. In our case it was sand from the playground next door, and it "
    "stopped as soon as the sandpit got a cover for the winter months.",
    "If he is an outdoor cat, wipe his paws and belly with a damp cloth when he comes in at night; he will "
    "get used to it after a week or two, and the bed stays clean.",
    "Thank you both! I brushed him yesterday and it was only soil and a few bits of leaves. He has been "
    "digging under the hedge again, so the mystery is solved for now.",
]


def forum_page(posts: list[str] = POSTS) -> str:
    """A forum thread: each post in its own container, its text straight in a div, member details
    beside it, the site's menu and footer around the thread."""
    body = "".join(
        f"<article class='message' id='post-{i}'><div class='message-user'><a href='/members/{i}/'>member{i}</a>"
        f"<dl><dt>Member since</dt><dd>June {i + 1}, 2014</dd></dl></div>"
        f"<div class='message-content'><div class='bbWrapper'>{t}</div></div>"
        f"<footer class='message-footer'><a href='/posts/{i}/react'>Like</a></footer></article>"
        for i, t in enumerate(posts)
    )
    return (
        "<html><head><title>Dark crumbs on the cat's bed every night | Cat Forum</title></head><body>"
        "<header><nav><a href='/'>Forum</a> <a href='/whats-new/'>What's new</a> <a href='/members/'>Members</a>"
        "</nav></header><div class='p-body'><h1>Dark crumbs on the cat's bed every night</h1>"
        f"<div class='block-body'>{body}</div></div>"
        "<footer><p>Community platform by a forum vendor. All rights reserved.</p></footer></body></html>"
    )


def extraction(*texts: str) -> Element:
    """An extractor's output tree: one <p> a block."""
    body = Element("body")
    for t in texts:
        SubElement(body, "p").text = t
    return body


def texts(body: Element) -> list[str]:
    return [" ".join("".join(b.itertext()).split()) for b in body]


HR = html_rules(resolve(None))


# ---------------------------------------------------------------- HTML-029: widened extraction


def test_a_forum_threads_first_post_alone_gets_the_other_posts_in_page_order() -> None:
    """The extractor took the first post's container for the article: the thread's other posts,
    which jusText reads as prose, are set after it in the order the page prints them."""
    tree = parse(forum_page())
    body = extraction(POSTS[0])
    added = widen(tree, body, HR, URL)
    assert added == POSTS[1:]
    assert texts(body) == POSTS


def test_new_paragraphs_go_where_the_page_prints_them() -> None:
    """The extraction kept the third post: the second goes before it, the others after it, as on the
    page (the opening post, which jusText leaves out under the member details, stays out)."""
    tree = parse(forum_page())
    body = extraction(POSTS[2])
    widen(tree, body, HR, URL)
    assert texts(body) == POSTS[1:]


def test_an_extraction_covering_the_page_is_left_alone() -> None:
    tree = parse(forum_page())
    body = extraction(*POSTS[:4])
    assert widen(tree, body, HR, URL) == []
    assert texts(body) == POSTS[:4]


def test_a_long_extraction_is_left_alone_without_reading_the_page() -> None:
    """Past max_chars the extraction is no short one: nothing is measured, nothing added."""
    tree = parse(forum_page())
    long = " ".join(["The council met on Tuesday to discuss the budget for next year."] * 60)
    body = extraction(long)
    assert widen(tree, body, HR, URL) == []
    assert len(body) == 1


def test_the_page_text_leaves_out_code_and_the_pages_furniture() -> None:
    """Menus, headers, footers, asides, scripts and styles are no text the extraction should cover."""
    tree = parse(
        "<html><body><header><nav><a href='/'>Home</a></nav></header><script>var x = 1;</script>"
        "<main><p>Twelve words of copy.</p><aside>Related: more stories</aside></main>"
        "<footer>Imprint</footer></body></html>"
    )
    assert page_text(tree) == len("Twelvewordsofcopy.")


def test_merge_keeps_the_extraction_whole_and_adds_only_what_it_lacks() -> None:
    body = extraction("Opening paragraph of the story.", "A list of the results:", "Closing line of the story.")
    added = _merge(
        body,
        [
            "Standfirst over the story.",
            "Opening paragraph of the story.",
            "The second paragraph the extractor missed.",
            "Closing line of the story.",
            "An author's note under the story.",
        ],
    )
    assert added == [
        "Standfirst over the story.",
        "The second paragraph the extractor missed.",
        "An author's note under the story.",
    ]
    assert texts(body) == [
        "Standfirst over the story.",
        "Opening paragraph of the story.",
        "The second paragraph the extractor missed.",
        "A list of the results:",
        "Closing line of the story.",
        "An author's note under the story.",
    ]
