"""Real copy, 2026-12-04 (fifth session): real outlets' lines the engine kept, in the forms their pages
print them (the BBC's caption labels split from their text by an extractor, the NYT's gift-article
note without its 'As a subscriber,', a sign-up form's privacy note, an app pitch, a sponsor's
disclosure), and what must stay beside each: a short story's own 'By entering this store you agree …',
a sentence about an app, a note on who paid for a study. Copy written for the test."""

from __future__ import annotations

import pytest

from cleaner import clean_text

from .test_real_copy_round5 import DE, EN, ES
from .test_real_copy_round7 import FR, IT, _clean, _goes


def _stays(body: list[str], line: str, where: str = "middle") -> None:
    """The planted line is the copy's: it stands in the clean text."""
    assert line in _clean(body, line, where).text


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("You have 10 gift articles to give each month. Anyone can read what you share.", "CRUMB-130"),
        ("By submitting your email, you agree to our Terms and Privacy Notice.", "CRUMB-122"),
        ("By creating an account, you agree to our Terms of Service and acknowledge our Privacy Policy.", "CRUMB-122"),
        ("Get the latest news on the go with the BBC News app.", "PROMPT-132"),
        ("Stay informed with the free Example Gazette app.", "PROMPT-132"),
        ("This content was created by our commercial team and paid for by Visa.", "FOOTER-128"),
        ("This article was produced on behalf of Example Bank by the Example Brand Studio.", "FOOTER-128"),
        ("Media caption,", "CAPTION-019"),
    ],
)
@pytest.mark.parametrize("where", ["middle", "end"])
def test_real_outlets_lines_go(line: str, rule: str, where: str) -> None:
    _goes(EN, line, where, rule)


@pytest.mark.parametrize(
    "line",
    [
        "By entering this store you agree to be bound by the FoodCorp Privacy Statement, the sign read.",
        "By signing up for the plan, you agree to pay the fee every month, the regulator warned customers.",
        "Download speeds in the app fell by half after the update, users complained on Tuesday.",
        "The study was paid for by the drug maker, the authors disclosed in a note under the paper.",
        "This article was written in partnership with two universities, whose researchers reviewed the data.",
        "Image captions are written by the picture desk, the editor said, and checked twice before printing.",
    ],
)
@pytest.mark.parametrize("where", ["middle", "end"])
def test_look_alikes_stay(line: str, where: str) -> None:
    doc = _clean(EN, line, where)
    assert line in doc.text
    assert all(b in doc.text for b in EN)


BBC_SPLIT = (
    "A row over the rights to her old recordings has drawn in two politicians and a rival label, the singer said "
    "on Thursday, after weeks of talks broke down.\n"
    "Image copyright\n"
    "Getty Images\n"
    "Image caption\n"
    "The singer's seventh album is the only one she owns the rights to\n"
    "The label said in a statement that it had offered to settle and that it would not comment further.\n"
    "Media caption,\n"
    "Watch: the singer speaks about the dispute\n"
    "Talks are expected to resume next week, a person close to the negotiations said on Friday evening.\n"
)


def test_split_caption_labels_give_one_caption_with_its_credit() -> None:
    """CAPTION-019: 'Image copyright' 'Getty Images' 'Image caption' 'TEXT', one line each (as
    readability prints the BBC's figure), is one caption with its credit; a video's 'Media
    caption,' and its text go too (a caption with no credit is removed, not recorded)."""
    doc = clean_text(BBC_SPLIT)
    assert [(c.text, c.credit) for c in doc.metadata.captions] == [
        ("The singer's seventh album is the only one she owns the rights to", "Getty Images")
    ]
    assert "Watch: the singer" not in doc.text and "Media caption" not in doc.text
    assert "Image" not in doc.text
    for sentence in ("A row over the rights", "The label said in a statement", "Talks are expected to resume"):
        assert sentence in doc.text


def test_a_split_label_never_takes_a_paragraph() -> None:
    """CAPTION-019's counter-case: the line after a lone label is a sentence of the story (the
    caption was lost upstream); the label goes, the paragraph stays."""
    text = BBC_SPLIT.replace("Watch: the singer speaks about the dispute\n", "")
    doc = clean_text(text)
    assert "Talks are expected to resume next week, a person close to the negotiations said" in doc.text
    assert "Media caption" not in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "November 18, 2023 8:05 AM GMT+1 Updated a day ago",  # Reuters' stamp
        "Updated an hour ago",
        "a few seconds ago",
    ],
)
@pytest.mark.parametrize("where", ["middle", "end"])
def test_relative_times_counted_in_words_go(line: str, where: str) -> None:
    """TIMESTAMP-010: a relative time whose count is a word ('a day ago') is a stamp like '2 days ago'."""
    _goes(EN, line, where, "TIMESTAMP-010")


@pytest.mark.parametrize(
    ("body", "line"),
    [
        (EN, "3 days"),  # a count with no 'ago' is no time of the page
        (EN, "Ten years ago"),  # a short line of the story, no stamp
        (EN, "One year ago today, the bridge fell into the river and the town was cut off."),
    ],
)
def test_counts_that_are_no_stamp_stay(body: list[str], line: str) -> None:
    _stays(body, line)


@pytest.mark.parametrize("line", ["vor einer Woche", "vor 3 Tagen"])
def test_german_relative_times_go(line: str) -> None:
    _goes(DE, line, "end", "TIMESTAMP-010")


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("File photo. REUTERS/Jane Doe", "CAPTION-010"),  # a stock label in place of the scene
        ("Illustrative image. Photo: Jane Doe/AFP", "CAPTION-010"),
    ],
)
def test_stock_caption_labels_with_a_credit_are_captions(line: str, rule: str) -> None:
    doc = _clean(EN, line, "middle")
    assert line not in doc.text
    assert [(c.text, c.credit) for c in doc.metadata.captions if c.text]
    assert any(r.rule == rule for r in doc.removed)


def test_a_two_word_line_with_a_credit_is_no_caption_unless_a_stock_label() -> None:
    """CAPTION-010's counter-case: 'Jane Doe. REUTERS/John Roe' has no scene and no stock label."""
    doc = _clean(EN, "Big win. REUTERS/John Roe", "middle")
    assert not any(r.rule == "CAPTION-010" for r in doc.removed)


def test_french_paywall_share_with_decimals_goes() -> None:
    _goes(FR, "Il vous reste 78.41% de cet article à lire. La suite est réservée aux abonnés.", "end", "PROMPT-301")


@pytest.mark.parametrize(
    ("body", "line"),
    [(EN, "5 marca 2024 | 15:14"), (IT, "5 marzo 2024 (modifica il 5 marzo 2024 | 18:02)")],
)
def test_polish_and_italian_stamps_go(body: list[str], line: str) -> None:
    _goes(body, line, "end", "TIMESTAMP-010")


@pytest.mark.parametrize("line", ["Follow Al Jazeera English:", "See also:", "Find us on:", "Folgen Sie uns:"])
def test_a_pointer_label_left_last_goes(line: str) -> None:
    """CRUMB-017: a follow bar's or a see-also box's header whose links the extractor dropped."""
    _goes(EN, line, "end", "CRUMB-017")


def test_a_pointer_label_goes_after_the_furniture_under_it_and_idempotently() -> None:
    """CRUMB-017 is judged once the share row under the label is gone, so a second cleaning of the
    clean text finds nothing more to take."""
    doc = _clean(EN, "Follow us:\n\nFacebook\n\nTwitter\n\nInstagram", "end")
    assert "Follow us:" not in doc.text
    assert clean_text(doc.text).text == doc.text


@pytest.mark.parametrize("line", ["He said:", "The statement read in full:", "Suivez ce lien pour lire la suite"])
def test_a_colon_line_that_is_no_pointer_label_stays(line: str) -> None:
    _stays(EN, line, "end")


@pytest.mark.parametrize(
    "line",
    [
        "Externer Inhalt",
        "Empfohlener redaktioneller Inhalt",
        "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene "
        "Daten an Drittplattformen übermittelt werden. Mehr dazu in unserer Datenschutzerklärung.",
        "Wir benötigen Ihre Zustimmung, um den von unserer Redaktion eingebundenen Inhalt anzuzeigen.",
        "Externe Inhalte immer anzeigen",
    ],
)
@pytest.mark.parametrize("where", ["middle", "end"])
def test_german_consent_placeholders_of_embeds_go(line: str, where: str) -> None:
    """CRUMB-108: the placeholder German news sites print where an embedded video or post waits
    for the reader's consent."""
    _goes(DE, line, where, "CRUMB-108")


@pytest.mark.parametrize(
    "line",
    [
        "Ich bin damit einverstanden, dass mir der Minister die Zahlen erst nächste Woche nennt, sagte sie.",
        "An dieser Stelle ist ein externer Gutachter nötig, sagte der Richter am Montag in Karlsruhe.",
    ],
)
def test_german_sentences_about_consent_or_external_experts_stay(line: str) -> None:
    _stays(DE, line)


@pytest.mark.parametrize(
    "line",
    [
        "Allow Twitter content?",
        "This article contains content provided by Twitter. We ask for your permission before anything is "
        "loaded, as they may be using cookies and other technologies. You may want to read Twitter’s cookie "
        "policy, external and privacy policy, external before accepting. To view this content choose ‘accept "
        "and continue’.",
        "Skip twitter post by Tottenham Hotspur",
        "End of twitter post by Tottenham Hotspur",
        "This content is provided by Twitter, which may be using cookies and other technologies. To show you "
        "this content, we need your permission to use cookies.",
    ],
)
@pytest.mark.parametrize("where", ["middle", "end"])
def test_consent_gates_of_embeds_go(line: str, where: str) -> None:
    """CRUMB-133: the gate the BBC and Sky print around every embedded post until the reader accepts."""
    _goes(EN, line, where, "CRUMB-133")


@pytest.mark.parametrize(
    "line",
    [
        "Skip the post office queue by booking online, the council suggested on Tuesday.",
        "This content is provided by the agency free of charge to schools, its director said on Monday.",
    ],
)
def test_sentences_that_begin_like_a_consent_gate_stay(line: str) -> None:
    _stays(EN, line)


def test_al_jazeera_recommended_module_goes_whole() -> None:
    """CRUMB-134 with RELATED-010: the header, its screen-reader labels and the headlines between them."""
    module = (
        "Recommended Stories\n\nlist of 3 items\n\n- Harbour strike enters its second week\n\n"
        "- Ferry operator posts record loss\n\n- Port city elects new mayor\n\nend of list"
    )
    doc = _clean(EN, module, "middle")
    assert "list of 3 items" not in doc.text and "end of list" not in doc.text
    assert all(b in doc.text for b in EN)
    assert any(r.rule == "CRUMB-134" for r in doc.removed)


@pytest.mark.parametrize(
    ("body", "line", "rule"),
    [
        (FR, "Article réservé à nos abonnés", "CRUMB-301"),  # Le Monde
        (FR, "Ajouter à vos sélections", "CRUMB-301"),
        (ES, "Archivado En", "CRUMB-204"),  # El País
        (ES, "Se adhiere a los criterios de The Trust Project", "CRUMB-204"),
        (ES, "Lee sin límites", "CRUMB-204"),
    ],
)
def test_french_and_spanish_outlets_furniture_goes(body: list[str], line: str, rule: str) -> None:
    _goes(body, line, "end", rule)


def test_a_spanish_sentence_opening_like_a_tags_header_stays() -> None:
    line = "Archivado en 2019, el caso fue reabierto por la fiscalía el lunes tras nuevas pruebas."
    _stays(ES, line)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("(Updates with comment from ministry in third paragraph)", "CRUMB-135"),  # Reuters' write-through note
        ("(Corrects spelling of minister's name in paragraph 3)", "CRUMB-135"),
        ("Story continues", "CRUMB-001"),  # Yahoo's marker, without 'below'
        ("Sponsor Message", "CRUMB-001"),  # NPR's ad label
        ("Go deeper:", "CRUMB-017"),  # Axios, its links gone
        ("12 shares", "CRUMB-001"),  # a share counter
        ("This story has been shared 1,234 times.", "CRUMB-001"),
        (
            "When you buy a book using a link on this page, we receive a commission. Thank you for supporting "
            "The Atlantic.",
            "FOOTER-118",
        ),
    ],
)
def test_american_and_wire_furniture_goes(line: str, rule: str) -> None:
    _goes(EN, line, "end", rule)


def test_a_sentence_about_shares_stays() -> None:
    line = "12 shares of the company were sold on Tuesday, the filing showed."
    _stays(EN, line)


def test_a_parenthesised_sentence_of_the_story_stays() -> None:
    line = "(Adding to the pressure, the union called a second strike on Friday.) The ministry did not respond."
    _stays(EN, line)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Dieser Artikel stammt aus der ZEIT Nr. 11/2024.", "FOOTER-107"),
        ("Dieser Artikel ist Teil von ZEIT am Wochenende, Ausgabe 10/2024.", "FOOTER-107"),
        ("Dieses Thema im Programm: Das Erste | tagesschau | 05.03.2024 | 20:00 Uhr", "FOOTER-107"),
        ("SZ Plus", "FOOTER-107"),
        ("Zur SZ-Startseite", "CRUMB-101"),
    ],
)
def test_german_print_edition_broadcast_notes_and_labels_go(line: str, rule: str) -> None:
    _goes(DE, line, "end", rule)


@pytest.mark.parametrize(
    "line",
    [
        "Dieser Artikel stammt aus der Feder eines Gastautors, der anonym bleiben möchte.",
        "Dieser Text erschien zuerst auf ZEIT ONLINE.",  # an origin note names the original publisher: it stays
    ],
)
def test_german_notes_that_are_no_print_edition_note_stay(line: str) -> None:
    _stays(DE, line, "end")


@pytest.mark.parametrize(
    "line",
    [
        "Vous lisez un article réservé aux abonnés.",  # Le Monde
        "Vous avez envie de lire la suite ?",  # Le Figaro
        "Débloquez tous les articles",
        "Chaque jour, recevez l’essentiel de l’actu politique.",
        "Newsletter Politique",
    ],
)
@pytest.mark.parametrize("where", ["middle", "end"])
def test_french_paywall_and_newsletter_lines_go(line: str, where: str) -> None:
    _goes(FR, line, where, "PROMPT-307")


def test_a_french_question_to_the_reader_in_the_story_stays() -> None:
    line = "Vous avez envie de partir ? Les agences de voyage affichent complet, selon le syndicat."
    _stays(FR, line)


_FR_TITLE = "Le conseil municipal adopte le budget après un long débat"


@pytest.mark.parametrize(
    ("title", "line", "body", "authors"),
    [
        (_FR_TITLE, "Article rédigé par Jeanne Dupont - franceinfo", FR, ["Jeanne Dupont"]),  # franceinfo's byline
        (_FR_TITLE, "Article rédigé par Jeanne Dupont, Paul Martin - franceinfo", FR, ["Jeanne Dupont", "Paul Martin"]),
        ("El puerto reabre tras las obras", "Escrito por Ana Ruiz", ES, ["Ana Ruiz"]),  # Joomla's, in Spanish
    ],
)
def test_written_by_lead_ins_of_other_languages_are_bylines(
    title: str, line: str, body: list[str], authors: list[str]
) -> None:
    doc = clean_text("\n\n".join([title, line, *body]) + "\n")
    assert doc.metadata.authors == authors
    assert line not in doc.text


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Riproduzione riservata © Copyright ANSA", "FOOTER-831"),  # the Italian wire's footer
        ("Ultimo aggiornamento: 5 marzo 2024, 15:14", "TIMESTAMP-001"),
    ],
)
def test_italian_wire_footer_and_update_stamp_go(line: str, rule: str) -> None:
    _goes(IT, line, "end", rule)


def test_the_conversations_about_paragraph_goes() -> None:
    """FOOTER-127: The Conversation's paragraph about itself goes, like the wires'; the Creative
    Commons note above it goes by its own rule (FOOTER-116)."""
    about = (
        "The Conversation is an independent source of news and views, sourced from the academic and "
        "research community. Its team of editors work with these experts to share their knowledge."
    )
    origin = "This article is republished from The Conversation under a Creative Commons license."
    doc = clean_text("\n\n".join([*EN, origin, about]) + "\n")
    assert about not in doc.text and origin not in doc.text
    assert [r.rule for r in doc.removed] == ["FOOTER-116", "FOOTER-127"]
    assert all(b in doc.text for b in EN)
