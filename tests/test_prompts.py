from __future__ import annotations

import pytest

from .helpers import article, assert_body_intact, clean

PROMPTS = [
    "Subscribe now to our Premium Plan for an ad-free and unlimited reading experience!",
    "Sign up for our free morning newsletter and get the top stories delivered to your inbox.",
    "Already a subscriber? Log in to continue reading.",
    "Enjoying this story? Unlock every article with a Plus membership today.",
    "Get our Evening Briefing newsletter in your inbox every weekday.",
    "Support our journalism: make a contribution today.",
    "Download our app for breaking news alerts.",
    "Want more stories like this? Join our mailing list.",
]


@pytest.mark.parametrize("line", PROMPTS)
def test_prompts_removed(line):
    doc = clean(article(middle=[line], end=[line]))
    assert line not in doc.text
    assert {r.family for r in doc.removed} == {"prompt"}
    assert_body_intact(doc)


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for a Hulu ad-free account for $11.99 a month.",
        "“Sign up now,” the mayor urged residents at a rally on Monday.",
        "Get support for the scary stuff. If you are truly committed to growth, consider joining a group "
        "where the other members will have your back.",
        "Subscribers to the service grew 12% in the quarter, the company said.",
    ],
)
def test_copy_that_mentions_signing_up_is_kept(line):
    doc = clean(article(middle=[line]))
    assert line in doc.text


def test_paywall_cut_marks_truncated():
    doc = clean(article(end=["Already a subscriber? Log in to continue reading."]))
    assert doc.metadata.truncated is True
    doc = clean(article(middle=["Already a subscriber? Log in to continue reading."]))
    assert doc.metadata.truncated is False
