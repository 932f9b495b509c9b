"""A page's own title and authors (HTML-016, HTML-017), in the shapes real news pages print them.

Each page is a small one built here in the style of an outlet's template: a JSON-LD block, meta
tags, a byline element, a comment thread. The body is the same few paragraphs everywhere, so
each test shows the one metadata feature it is about.
"""

from __future__ import annotations

import json

import pytest

from cleaner.html import clean_html

URL = "https://www.harbourherald.example/news/2024/03/05/council-votes-to-keep-the-ferry"

BODY = (
    "<p>The council voted on Tuesday to keep the island ferry running through the winter, reversing a "
    "decision taken in the autumn that would have left three hundred residents without a crossing.</p>"
    "<p>Officials said the service would cost about two million pounds a year, most of it paid from a "
    "regional fund that had been set aside for transport links to the smaller islands.</p>"
    "<p>Residents who had campaigned for months said they were relieved, but warned that the timetable "
    "still left commuters with no crossing after six in the evening on most weekdays.</p>"
)


def page(*, head: str = "", byline: str = "", after: str = "", title: str = "Council votes to keep the ferry") -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head><title>{title} | Harbour Herald</title>"
        f"<meta property='og:site_name' content='Harbour Herald'>{head}</head>"
        f"<body><article><h1>{title}</h1>{byline}{BODY}</article>{after}</body></html>"
    )


def ld(obj: dict) -> str:
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


def authors_of(html: str) -> list[str]:
    return clean_html(html, url=URL).metadata.authors


# ------------------------------------------------------------------ authors (HTML-016)


def test_json_ld_people_win_over_a_publisher_in_the_author_meta_tag(validate_sidecar):
    # Condé Nast and FAZ pages: meta author is the publishing house, JSON-LD names the writers
    head = "<meta name='author' content='Harbour Media Group'>" + ld(
        {
            "@type": "NewsArticle",
            "headline": "Council votes to keep the ferry",
            "author": [{"@type": "Person", "name": "Molly Ward"}, {"@type": "Person", "name": "Marcus Theil"}],
            "publisher": {"@type": "Organization", "name": "Harbour Herald"},
        }
    )
    doc = clean_html(page(head=head), url=URL)
    assert doc.metadata.authors == ["Molly Ward", "Marcus Theil"]
    side = validate_sidecar(doc.to_sidecar())  # the page's sources in html.metadata, schema-valid
    assert side["html"]["metadata"]["authors"] == "HTML-016: json-ld"


def test_json_ld_author_referred_to_by_id_in_a_graph_is_read():
    # Yoast's @graph: the article names its author by @id, the Person node holds the name
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Article", "@id": "#article", "author": {"@id": "#/person/1"}, "headline": "Ferry"},
            {"@type": "Person", "@id": "#/person/1", "name": "Gilles Garnier"},
        ],
    }
    assert authors_of(page(head=ld(graph))) == ["Gilles Garnier"]


def test_an_organisation_as_json_ld_author_is_no_person():
    head = ld({"@type": "NewsArticle", "author": {"@type": "Organization", "name": "BBC News"}})
    assert authors_of(page(head=head)) == []


@pytest.mark.parametrize(
    ("printed", "names"),
    [
        # AP's style: names in capitals, then the agency
        ("By MEG KINNARD and ERRIN HAINES, Associated Press", ["Meg Kinnard", "Errin Haines"]),
        # a job title after the name
        ("By TOM KRISHER, AP Auto Writer", ["Tom Krisher"]),
        ("Analysis by Chris Cillizza, CNN Editor-at-large", ["Chris Cillizza"]),
        # the agency or the outlet printed after the names without a comma
        ("By Meg Kinnard and Errin Haines Associated Press", ["Meg Kinnard", "Errin Haines"]),
        ("By Jane Doyle and John Rowe Reuters", ["Jane Doyle", "John Rowe"]),
        ("By Jane Doyle The New York Times", ["Jane Doyle"]),
        ("Amy Kuperinsky | NJ Advance Media for NJ.com", ["Amy Kuperinsky"]),
        # the outlet the writers filed for
        ("By Glen Owen And Brendan Carlin For The Mail On Sunday", ["Glen Owen", "Brendan Carlin"]),
        # a place after the name (Süddeutsche, NZZ)
        ("Von Markus Balser, Berlin", ["Markus Balser"]),
        # degrees after the name
        ("Ilana Muhlstein, MS, RDN", ["Ilana Muhlstein"]),
    ],
)
def test_author_meta_tag_keeps_the_names_only(printed, names):
    assert authors_of(page(head=f"<meta name='author' content=\"{printed}\">")) == names


@pytest.mark.parametrize(
    ("printed", "names"),
    [
        # a timestamp glued to the name, as templates print it
        ("Madeline Fry | November 18, 2019 12:01 PM Print this article", ["Madeline Fry"]),
        ("by Jeff FoustMonday, November 18, 2019", ["Jeff Foust"]),
        ("Von Isabella.DiBiase am Samstag, 19. Oktober 2019 um 11:14 Uhr", ["Isabella DiBiase"]),
        # an agency glued to the last name
        ("By DANICA KIRKA and JILL LAWLESSAssociated Press", ["Danica Kirka", "Jill Lawless"]),
        # a handle, then the second writer, then the date (Evening Standard)
        ("By April Roach@aprilroach28Daniel O'Mahony01 October 2020", ["April Roach", "Daniel O'Mahony"]),
        # the name printed twice and a bio (NBC)
        ("Phil HelselPhil Helsel is a reporter for NBC News.", ["Phil Helsel"]),
        ("Tom Gillespie News reporter @TomGillespie1", ["Tom Gillespie"]),
        # labels before the name
        ("Autor/in: Korinna Hennig", ["Korinna Hennig"]),
        ("Erstellt von Andri Bryner", ["Andri Bryner"]),
        ("Текст: Лида Буслаева", ["Лида Буслаева"]),
        # a first name alone, even after a lead-in, is no clean name (HTML-016 single_names)
        ("written by Regan", []),
    ],
)
def test_visible_byline_element_keeps_the_names_only(printed, names):
    byline = f"<div class='byline'>{printed}</div>"
    assert authors_of(page(byline=byline)) == names


@pytest.mark.parametrize(
    "printed",
    [
        "Associated Press November 19, 2019, 9:02 AM",  # an agency and a date
        "By JERUSALEM POST STAFF NOVEMBER 20, 2019 10:43",  # a desk
        "Reuters Updated: January 16, 2020",
        "Zespół wPolityce.pl",  # the site's team
        "Redacción El Comercio Perú",  # the newsroom
        "| BY: Harbour Herald",  # the site itself
        "Posted by harbouradmin",  # a handle
        "PAP/ Rafał Guz",  # a photo credit: agency/photographer
        "20 Nov 2019 08:00 GMT",  # only a date
    ],
)
def test_no_person_in_the_byline_gives_no_author(printed):
    byline = f"<div class='byline'>{printed}</div>"
    assert authors_of(page(byline=byline)) == []


def test_publisher_name_in_the_author_tag_is_no_person():
    head = "<meta name='author' content='Süddeutsche.de GmbH, Munich, Germany'>"
    assert authors_of(page(head=head)) == []
    head = "<meta name='author' content='Harbour Herald'>"  # the site's own name
    assert authors_of(page(head=head)) == []


def test_commenters_and_comment_form_labels_are_not_authors():
    comments = (
        "<ol class='commentlist'><li class='comment'><div class='comment-author vcard'>"
        "<b class='fn'>Art Edwards</b> <span class='says'>says:</span></div><p>Great piece.</p></li></ol>"
        "<form id='respond'><label class='author'>Name *</label></form>"
    )
    assert authors_of(page(after=comments)) == []
    byline = "<address>By <a href='/author/tanderson/'>Tim Anderson</a></address>"
    assert authors_of(page(byline=byline, after=comments)) == ["Tim Anderson"]


def test_a_fuller_list_of_the_same_byline_is_taken():
    # JSON-LD names the first writer only; the meta tag names both
    head = ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "April Roach"}}) + (
        "<meta name='author' content=\"April Roach, Daniel O'Mahony\">"
    )
    assert authors_of(page(head=head)) == ["April Roach", "Daniel O'Mahony"]


def test_json_ld_handle_gives_way_to_the_meta_tag_name():
    head = ld({"@type": "NewsArticle", "author": {"name": "edilson.la.rosa"}}) + (
        "<meta name='author' content='Edilson La Rosa'>"
    )
    assert authors_of(page(head=head)) == ["Edilson La Rosa"]


def test_teaser_articles_in_json_ld_do_not_add_their_authors():
    head = ld(
        [
            {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Benjamin Fischer"}},
            {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Klaus Otten"}},
        ]
    )
    assert authors_of(page(head=head)) == ["Benjamin Fischer"]


# ------------------------------------------------------------------ title (HTML-017)


def test_site_wide_og_title_beside_the_articles_own_is_not_the_title():
    title = "Schneeflöckchen, Weißröckchen – mit Hund im Winter"
    head = f"<meta property='og:title' content='{title}'><meta property='og:title' content='Aktuelles'>"
    doc = clean_html(page(head=head, title=title), url=URL)
    assert doc.metadata.title == title
    assert doc.to_sidecar()["html"]["metadata"]["title"].startswith("HTML-017: declared, confirmed")


def test_site_name_and_slogan_before_the_title_are_dropped_when_the_page_confirms_it():
    title = "BREAKING NEWS: Chelsea Activate Release Clause To Sign Their Goalkeeper"
    head = (
        f"<meta property='og:title' content='{title}'>"
        f"<meta property='og:title' content=\"LinkHub | Nigeria's popular news platform: {title}\">"
    )
    doc = clean_html(page(head=head, title=title), url=URL)
    assert doc.metadata.title == title


def test_seo_og_title_differing_from_the_h1_stays_the_declared_title():
    # one og:title only: the outlet's declared title stands even when its <h1> words it otherwise
    head = "<meta property='og:title' content='Ferry saved: council reverses winter cut'>"
    doc = clean_html(page(head=head), url=URL)
    assert doc.metadata.title == "Ferry saved: council reverses winter cut"


def test_bylines_of_teasers_and_quotations_are_not_the_articles():
    # a related-links card and a quote box carry other people's names in 'author' elements
    teaser = (
        "<div class='related-links-module'><a href='/news/other-story'><div class='related-links-info'>"
        "<div class='related-links-author'>Ryan McKee</div></div></a></div>"
        "<section class='box-zitiert'><blockquote>We were warned.<span class='zitat-author'>Jan Fleischer</span>"
        "</blockquote></section>"
    )
    assert authors_of(page(after=teaser)) == []
    assert authors_of(page(byline="<p class='byline'>By Lisa Kubota</p>", after=teaser)) == ["Lisa Kubota"]


def test_authors_block_and_a_byline_followed_by_its_date_and_widgets():
    # Radio Prague: a block labelled 'authors'; Ökonomenstimme: name, date, then a rating widget
    byline = "<div class='node-block--authors'><span>Auteur:</span> <a href='/a'>Anna Kubišta</a></div>"
    assert authors_of(page(byline=byline)) == ["Anna Kubišta"]
    widget = " ".join(["★"] * 12)
    byline = (
        "<div class='author'><a href='/autoren/gq/'>Georg Quaas</a>, 21. Jan. 2015 "
        f"<span>{widget} 4 Stimmen</span></div>"
    )
    assert authors_of(page(byline=byline)) == ["Georg Quaas"]


def test_a_handle_printed_after_the_name_is_not_part_of_it():
    byline = "<div class='byline'>by Bryan DeArdo @BryanDeArdo Nov 19, 2019 at 12:42 pm ET</div>"
    assert authors_of(page(byline=byline)) == ["Bryan DeArdo"]


@pytest.mark.parametrize(
    "printed",
    ["", " ", "By", "By:", "@", "| | |", "2019", "The", "The The The", "Von , und", "—", "By @a@b", "x" * 300],
)
def test_odd_byline_texts_give_no_author_and_no_error(printed):
    byline = f"<div class='byline'>{printed}</div>"
    head = f"<meta name='author' content='{printed}'>" + ld({"@type": "NewsArticle", "author": printed})
    assert authors_of(page(byline=byline, head=head)) == []


def test_a_bare_two_word_line_in_the_copy_is_no_author_on_a_page():
    # the text engine lifts a lone capitalised line under the title as a bare-name byline
    # (BYLINE-010); on a page that names no author, such a line is a subheading or a crumb
    body = "<p>Bug Fixes</p>" + BODY
    html = page(byline="").replace(BODY, body)
    doc = clean_html(html, url=URL)
    assert doc.metadata.authors == []
    # the same page with its byline element: the page's author stands
    html = page(byline="<div class='byline'>By Lisa Kubota</div>").replace(BODY, body)
    assert clean_html(html, url=URL).metadata.authors == ["Lisa Kubota"]


def test_a_page_without_a_declared_title_takes_its_document_title_without_the_site():
    # no og:title, no JSON-LD, no <h1>: the browser's title, less the site's name, is the title
    html = (
        "<!DOCTYPE html><html lang='en'><head><title>Council votes to keep the ferry | Harbour Herald</title>"
        f"<meta property='og:site_name' content='Harbour Herald'></head><body><article>{BODY}</article></body></html>"
    )
    doc = clean_html(html, url=URL)
    assert doc.metadata.title == "Council votes to keep the ferry"
    assert "<title>" in doc.to_sidecar()["html"]["metadata"]["title"]


def test_a_heading_that_is_the_sites_name_is_no_title():
    # a blog prints its name in the <h1>; the article's title is only in the <title>
    html = (
        "<!DOCTYPE html><html lang='de'><head><title>Vegetarier zu sein. Bedarf oder Trend? | Ethify</title>"
        "</head><body><h1>Ethify</h1><article>" + BODY + "</article></body></html>"
    )
    doc = clean_html(html, url="https://ethify.org/vegetarier-zu-sein/")
    assert doc.metadata.title == "Vegetarier zu sein. Bedarf oder Trend?"


def test_a_byline_class_glued_to_another_word_still_marks_the_byline():
    # Computer Bild: <div class="authorbox">, the name after a bold 'von'
    byline = "<div class='authorbox'><div class='textblock'><strong>von</strong> <span>Dennis Kochinky</span></div>"
    byline += "</div>"
    assert authors_of(page(byline=byline)) == ["Dennis Kochinky"]
