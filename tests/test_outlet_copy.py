"""What real outlets print around their copy (issue 12, part 3), class by class, in several outlets'
styles and languages: reader appeals, page furniture, republication notes, footers without a ©
sign. Every line here was written for these tests in the manner of a kind of outlet (a public
broadcaster, a reader-funded nonprofit, a wire service, a tabloid, a shopping guide, a regional
daily); each must go, filed under its family, and the article around it must stay whole.
"""

from __future__ import annotations

import pytest

import cleaner

from .helpers import BODY, LEAD, article


def _gone(line: str, family: str, *, where: str = "middle", language: str | None = None) -> None:
    raw = article(**{where: [line]})
    doc = cleaner.clean_text(raw, language=language)
    assert line not in doc.text, line
    families = [r.family for r in doc.removed if " ".join(r.text.split()) == line]
    assert families == [family], (line, families)
    for para in [LEAD, *BODY]:
        assert para in doc.text


# --- reader appeals -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "language"),
    [
        # a reader-funded British daily's end-of-article ask
        (
            "We have a small favour to ask. Tens of millions have placed their trust in our fearless journalism, "
            "and your support keeps it open to everyone.",
            None,
        ),
        # a US nonprofit newsroom
        ("As a nonprofit newsroom, we rely on readers like you to fund our reporting. Will you chip in today?", None),
        ("Every contribution, however big or small, powers our reporting and sustains our future.", None),
        # a newsletter box and its form text
        ("Get the morning briefing delivered straight to your inbox, Monday to Friday.", None),
        ("Please enter a valid email address.", None),
        ("Thanks for subscribing! Check your inbox to confirm.", None),
        ("By clicking Sign Up, you acknowledge that you have read our Privacy Policy and agree to our Terms.", None),
        ("You can unsubscribe at any time by clicking the link in our emails.", None),
        ("after newsletter promotion", None),
        ("This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.", None),
        # app, account and save-for-later prompts
        ("Download on the App Store", None),
        ("Save this article to read later in your account.", None),
        ("Don't have an account? Register for free to follow your favourite topics.", None),
        ("Turn on notifications to get breaking news as it happens.", None),
        # sign-up, podcast and letters links
        ("Subscribe now for free.", None),
        ("Listen and subscribe on Apple Podcasts, Spotify or wherever you get your podcasts.", None),
        ("Have a story idea? Email our newsroom at tips@example.org.", None),
        ("We'd love to hear your thoughts on this story. Write to us at letters@example.com.", None),
        # other languages
        ("Mit Ihrer Registrierung stimmen Sie unseren Nutzungsbedingungen und der Datenschutzerklärung zu.", "de"),
        ("Vielen Dank für Ihre Anmeldung! Bitte bestätigen Sie Ihre E-Mail-Adresse.", "de"),
        ("En validant votre inscription, vous acceptez notre politique de confidentialité.", "fr"),
        ("Al registrarte aceptas nuestra política de privacidad y los términos de uso.", "es"),
        ("Grazie per esserti iscritto alla nostra newsletter!", "it"),
        ("Obrigado por se inscrever! Confira a sua caixa de entrada.", "pt"),
        ("Bedankt voor je aanmelding voor onze nieuwsbrief.", "nl"),
        ("Dziękujemy za zapisanie się do naszego newslettera.", "pl"),
    ],
)
def test_reader_appeals_go(line, language):
    _gone(line, "prompt", language=language)


def test_a_how_to_step_that_says_sign_in_is_kept():
    steps = ["1. Open the settings menu.", "2. Sign in to your account with the new password.", "3. Tap Save."]
    doc = cleaner.clean_text(article(middle=steps))
    for step in steps:
        assert step in doc.text


# --- page furniture -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Purchase Licensing Rights", None),  # a wire's article page
        ("Republish this article", None),  # a nonprofit's republishing link
        ("Report continues after this advertisement", None),
        ("Advertisement - Scroll to continue reading", None),
        ("This audio is automatically generated. Please let us know if you have feedback.", None),
        ("Graphic: Dana Whitfield / The Daily Ledger", None),
        ("This gallery requires JavaScript.", None),
        ("Your browser doesn't support HTML5 video.", None),
        ("Join the conversation", None),
        ("View all 38 comments", None),
        ("Sponsored by Northwind Credit Union", None),
        ("Paid Post", None),
        ("Spotify: https://open.spotify.example/show/12345", None),
        ("3 of 12", None),
        ("Bitte aktivieren Sie JavaScript, um das Video abzuspielen.", "de"),
        ("Lesen Sie nach der Anzeige weiter", "de"),
        ("In Kooperation mit Stadtwerke Nord", "de"),
        ("Veuillez activer JavaScript pour lire la vidéo.", "fr"),
        ("L'article continue sous cette publicité", "fr"),
        ("El artículo continúa después del anuncio", "es"),
        ("In collaborazione con Banca del Nord", "it"),
        ("Em parceria com Banco do Norte", "pt"),
        ("In samenwerking met Bank Noord", "nl"),
        ("Artykuł sponsorowany", "pl"),
        ("Reklama", "pl"),
        ("Publicidade", "pt"),
    ],
)
def test_page_furniture_goes(line, language):
    _gone(line, "crumb", language=language)


# --- republication notes and footers without a © sign ---------------------------------------------


@pytest.mark.parametrize(
    ("line", "language"),
    [
        (
            "This article is republished from The Conversation under a Creative Commons license. "
            "Read the original article.",
            None,
        ),
        (
            "This story was published under a Creative Commons Attribution-NoDerivatives license and may be "
            "republished free of charge.",
            None,
        ),
        ("Reprinted with permission from the Hartford Courant.", None),
        (
            "(Only the headline of this report may have been reworked by our staff; the rest of the content is "
            "auto-generated from a syndicated feed.)",
            None,
        ),
        (
            "A version of this article appears in print on March 2, 2020, Section B, Page 3 of the National "
            "edition with the headline: Rates Hold Steady.",
            None,
        ),
        (
            "This article appeared in the Business section of the print edition under the headline "
            "\u201cA slow thaw\u201d.",
            None,
        ),
        ("The BBC is not responsible for the content of external sites.", None),
        ("The views expressed in this commentary are solely those of the author.", None),
        ("When you buy through links on our site, we may earn an affiliate commission. Here's how it works.", None),
        ("This post contains affiliate links.", None),
        ("As an Amazon Associate we earn from qualifying purchases.", None),
        ("We may earn a commission from links on this page.", None),
        ("Distributed by Andrews McMeel Syndication for UFS", None),
        ("No part of this article may be reproduced without prior written permission.", None),
        ("Source: Reuters", None),
        ("(AP/AFP)", None),
        ("jsh/dpa", "de"),
        ("Mit Material von dpa und AFP", "de"),
        ("Avec AFP", "fr"),
        ("Fuente: EFE", "es"),
        ("Fonte: ANSA", "it"),
        ("Com Lusa", "pt"),
        ("Bron: ANP", "nl"),
        ("Źródło: PAP", "pl"),
        ("Dieser Beitrag erschien in der gedruckten Ausgabe vom 14. März.", "de"),
        ("Cet article est republié à partir de The Conversation sous licence Creative Commons.", "fr"),
        ("Este artigo foi republicado do The Conversation sob licença Creative Commons.", "pt"),
        ("Dit artikel verscheen ook in de krant van zaterdag.", "nl"),
    ],
)
def test_footers_and_republication_notes_go(line, language):
    _gone(line, "footer", where="end", language=language)


@pytest.mark.parametrize(
    "line",
    [
        "Reuters reported the deal on Monday.",
        "The photos were released under a Creative Commons license, which lets anyone reuse them.",
        "If you buy through a broker, the broker may receive a commission from the fund, the regulator warned.",
        "Distributed by volunteers, the food parcels reached 3,000 families before the storm.",
        "The views expressed by residents at the hearing were mostly critical of the plan.",
        "Source: a person familiar with the matter, who asked not to be named.",
    ],
)
def test_copy_that_looks_like_a_footer_is_kept(line):
    doc = cleaner.clean_text(article(end=[line]))
    assert line in doc.text


def test_about_the_company_block_of_a_press_release_goes():
    """FOOTER-013: the issuer's boilerplate, with or without its heading."""
    about = [
        "About Northwind Systems",
        "Northwind Systems is a global provider of hospital communication software, serving more than "
        "2,000 clinics in 18 countries.",
        "Northwind Systems is headquartered in Zug, Switzerland, and employs about 1,300 people. "
        "For more information, visit www.northwind.example.",
    ]
    doc = cleaner.clean_text(article(end=about))
    assert [r.rule for r in doc.removed] == ["FOOTER-013"] * 3
    for para in [LEAD, *BODY]:
        assert para in doc.text
    headless = cleaner.clean_text(article(end=about[1:]))
    assert [r.rule for r in headless.removed] == ["FOOTER-013"] * 2
    # one closing paragraph about a company is the story's own
    single = cleaner.clean_text(article(end=about[1:2]))
    assert about[1] in single.text
    # a section heading 'About the study' and a paragraph on the study are copy
    study = ["About the study", "The study followed 2,000 patients for five years and was funded by the state."]
    kept = cleaner.clean_text(article(end=study))
    assert all(line in kept.text for line in study)
