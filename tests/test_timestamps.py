"""Timestamps (issue 12): published and updated lines in the formats real outlets print, in several
languages, and the dates that are copy (a timeline, a schedule, a range) kept."""

from __future__ import annotations

import pytest

import cleaner

from .helpers import BODY, LEAD, article


@pytest.mark.parametrize(
    "line",
    [
        "Updated: Tue., Nov. 19, 2019",  # a US tabloid
        "Published 3:04 PM ET Nov. 20, 2019",  # a wire's site
        "November 19, 2019 / 12:21 AM / Updated 14 hours ago",  # an agency's article page
        "1:39 am EST, Wednesday, November 20, 2019",
        "Last updated on 20 November 2019 at 10:12",  # a British broadcaster
        "Aktualisiert am 19.11.2019, 14:03 Uhr",  # a German daily
        "Stand: 20.11.2019 08:15 Uhr",
        "Mis à jour le 20/11/2019 à 08h12",  # a French daily
        "Publié le mercredi 20 novembre 2019 à 10h12",
        "Actualizado: 20/11/2019 10:45",  # a Spanish daily
        "Pubblicato il 20 novembre 2019 alle 10:45",  # an Italian daily
        "Atualizado em 20/11/2019 às 10h45",
        "Bijgewerkt op 20 november 2019, 10:45",  # a Dutch daily
        "3 hours ago",
        "2019-11-20 08:15 UTC",
    ],
)
def test_timestamp_lines_at_the_top_are_removed(line):
    doc = cleaner.clean_text(article(top=[line]))
    assert line not in doc.text
    assert [r.family for r in doc.removed if r.text.strip() == line] == ["timestamp"]
    for para in [LEAD, *BODY]:
        assert para in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "November 20, 2019 was the day the bridge reopened.",
        "Published in 1851, the novel sold poorly at first.",
        "9.30 A.M. / 7.00 P.M.",  # opening hours
        "29 November 2018 | 20 January 2019",  # an exhibition's dates
        "Updated figures",
    ],
)
def test_dates_that_are_copy_are_kept(line):
    doc = cleaner.clean_text(article(top=[line]))
    assert not any(r.family == "timestamp" for r in doc.removed)
    # a headline-shaped line over prose may be lifted as the title: kept, as metadata
    assert line in doc.text or doc.metadata.title == line


def test_a_bare_date_heading_a_timeline_in_the_middle_is_kept():
    timeline = [
        "March 3, 2019",
        "The council first proposed the closure.",
        "June 12, 2019",
        "It voted the plan through.",
    ]
    more = [p.replace("official", "spokesman") for p in BODY] + [p.replace("said", "added") for p in BODY]
    doc = cleaner.clean_text(article(middle=[*more, *timeline]))
    assert "March 3, 2019" in doc.text and "June 12, 2019" in doc.text
    stamped = cleaner.clean_text(article(middle=["Updated at 1:23 p.m."]))
    assert "Updated at 1:23 p.m." not in stamped.text  # a labelled time goes anywhere


@pytest.mark.parametrize(
    ("lines", "published", "updated", "language"),
    [
        (
            ["Published 3:04 PM ET Nov. 20, 2019", "Updated: Nov. 21, 2019 at 10:12 am"],
            "2019-11-20T15:04-05:00",  # ET in November: standard time
            "2019-11-21T10:12",
            None,
        ),
        (["Published 3:04 PM ET July 20, 2019"], "2019-07-20T15:04-04:00", None, None),  # ET in summer
        (["Nov. 20, 2019 3:04 PM PT"], "2019-11-20T15:04-08:00", None, None),
        (["2019-11-20T15:04:00Z"], "2019-11-20T15:04+00:00", None, None),  # ISO 8601 with its zone
        (["20 Nov 2019 15:04 GMT+2"], "2019-11-20T15:04+02:00", None, None),
        (
            ["Posted: Nov 20, 2019 3:04 PM ET | Last Updated: November 21, 2019"],
            "2019-11-20T15:04-05:00",
            "2019-11-21",
            None,
        ),
        (["1:39 am EST, Wednesday, November 20, 2019"], "2019-11-20T01:39-05:00", None, None),
        (["Aktualisiert am 19.11.2019, 14:03 Uhr"], None, "2019-11-19T14:03", "de"),  # day first
        (["Mis à jour le 03/11/2019 à 08h12"], None, "2019-11-03T08:12", "fr"),  # day first by language
        (["12:30 IST 20 November 2019"], "2019-11-20T12:30", None, None),  # IST is ambiguous: no zone
    ],
)
def test_published_and_updated_as_printed_and_as_iso(lines, published, updated, language, validate_sidecar):
    doc = cleaner.clean_text(article(top=lines), language=language)
    side = validate_sidecar(doc.to_sidecar())
    assert (side.get("published") or {}).get("iso") == published
    assert (side.get("updated") or {}).get("iso") == updated
    for key in ("published", "updated"):
        if key in side:
            assert any(side[key]["text"] in line for line in lines)  # one line may print both


@pytest.mark.parametrize(
    "line",
    [
        "Updated 14 hours ago",
        "UPDATED 2 HOURS AGO",
        "Posted An hour Ago by the desk",
        "The company was founded decades ago in Ohio.",
        "Agora a prefeitura fala em chicago: no match inside words",
        "Aktualisiert vor 3 Stunden",
        "Mis à jour il y a 2 heures",
        "Il y a 5 minutes",
        "Actualizado hace 2 horas",
        "Aggiornato 3 ore fa",
        "Fatto a mano, la fabbrica di famiglia",  # 'fa' only inside words
        "Atualizado há 2 horas",
        "Atualizado HÁ 2 horas",
        "Bijgewerkt 2 uur geleden",
        "Обновлено 2 часа назад",
        "Оновлено 2 години тому",
        "It’s been a year ago’s story now",
        "Brazil’s president spoke on Tuesday",
        "Vorige week, voor het eerst",
    ],
)
def test_relative_word_fast_path_answers_as_the_pattern(line):
    """The fast path for ASCII lines (a substring test, then the lower-cased line searched) gives
    the answer of the case-insensitive pattern on every line, ASCII or not."""
    from cleaner.passes.timestamp import _RELATIVE, _relative

    for text in (line, line.upper(), line.lower(), line.title()):
        assert _relative(text) == (_RELATIVE.search(text) is not None)
        assert _relative(text, text.lower()) == (_RELATIVE.search(text) is not None)
