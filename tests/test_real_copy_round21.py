"""Real copy, 2026-12-06 (twenty-first session, helper branch `real16`): reader asks and page
furniture as outlets print them in wordings the dev sets never had.

- a question to the reader, then a call about the site's own offer, in French, Spanish, Italian,
  Portuguese and German (PROMPT-165..169; PROMPT-010 does it for English);
- Russian and Ukrainian agencies' pointers to their channels without an imperative ('Все самое
  важное — в нашем Telegram-канале', 'Читайте ТАСС в Telegram': PROMPT-170);
- the pitch and buttons of a Spanish membership box (PROMPT-171);
- a broadcaster's video card glued by the extractor, a web player's keyboard help and status
  labels, and a pointer to the full clip (CRUMB-179..181);
- a newsletter ask in the copy no longer takes the copy's last paragraph as the box's pitch
  (PROMPT-138).

Each class has copy that only looks like it and must stay. Copy written for the test."""

from __future__ import annotations

import pytest

from cleaner import clean_text

COPY = {
    "en": (
        "The city council voted on Tuesday to approve a new budget that raises spending on schools and roads by "
        "4 percent, officials said.",
        "Opponents argued that the increase would force higher property taxes next year, while supporters said the "
        "money was long overdue.",
    ),
    "fr": (
        "Le conseil municipal a voté mardi un nouveau budget qui augmente de 4 % les dépenses consacrées aux écoles "
        "et aux routes, ont indiqué les responsables.",
        "Les opposants estiment que cette hausse entraînera une augmentation des impôts locaux l'an prochain, tandis "
        "que ses partisans jugent l'effort nécessaire.",
    ),
    "es": (
        "El ayuntamiento aprobó el martes un nuevo presupuesto que aumenta un 4 % el gasto en escuelas y carreteras, "
        "informaron las autoridades municipales.",
        "Los opositores sostienen que el aumento obligará a subir los impuestos el próximo año, mientras que sus "
        "defensores dicen que era necesario.",
    ),
    "it": (
        "Il consiglio comunale ha approvato martedì un nuovo bilancio che aumenta del 4 per cento la spesa per scuole "
        "e strade, hanno riferito i funzionari.",
        "Gli oppositori sostengono che l'aumento costringerà a tasse più alte il prossimo anno, mentre i sostenitori "
        "lo ritengono necessario.",
    ),
    "pt": (
        "A câmara municipal aprovou na terça-feira um novo orçamento que aumenta em 4 por cento os gastos com escolas "
        "e estradas, informaram as autoridades.",
        "Os opositores afirmam que o aumento vai obrigar a subir os impostos no próximo ano, enquanto os defensores "
        "dizem que era necessário.",
    ),
    "de": (
        "Der Stadtrat hat am Dienstag einen neuen Haushalt beschlossen, der die Ausgaben für Schulen und Straßen um "
        "vier Prozent erhöht, teilte die Verwaltung mit.",
        "Kritiker befürchten, dass die Erhöhung im kommenden Jahr höhere Grundsteuern nach sich ziehen wird, während "
        "Befürworter die Investitionen begrüßen.",
    ),
    "ru": (
        "Городской совет во вторник утвердил новый бюджет, который увеличивает расходы на школы и дороги на четыре "
        "процента, сообщили в мэрии.",
        "Противники решения считают, что рост расходов приведет к повышению налогов в следующем году, а сторонники "
        "называют его необходимым.",
    ),
}


def _clean(language: str, *lines: str, end: bool = False):
    first, last = COPY[language]
    paragraphs = [first, last, *lines] if end else [first, *lines, last]
    return clean_text("\n\n".join(paragraphs) + "\n")


def _rule_of(doc, line: str) -> str | None:
    return next((r.rule for r in doc.removed if r.text and r.text.strip() == line), None)


def _assert_copy_kept(doc, language: str) -> None:
    for paragraph in COPY[language]:
        assert paragraph in doc.text


ASKS = [
    ("fr", "Vous aimez nos articles ? Inscrivez-vous à notre newsletter gratuite.", "PROMPT-165"),
    ("fr", "Vous appréciez nos contenus ? Abonnez-vous pour ne rien manquer.", "PROMPT-165"),
    ("fr", "Envie de ne rien rater ? Recevez chaque matin l'essentiel de l'actualité.", "PROMPT-165"),
    ("fr", "Une info à nous signaler ? Écrivez-nous à redaction@exemple.fr", "PROMPT-165"),
    ("fr", "Vous souhaitez recevoir nos alertes ? Activez les notifications.", "PROMPT-165"),
    ("es", "¿Te gustó este artículo? Suscríbete a nuestro boletín.", "PROMPT-166"),
    ("es", "¿No quieres perderte nada? Recibe nuestro boletín cada mañana.", "PROMPT-166"),
    ("es", "¿Te interesa este tema? Síguenos en Instagram para no perderte nada.", "PROMPT-166"),
    ("it", "Ti è piaciuto questo articolo? Iscriviti alla nostra newsletter.", "PROMPT-167"),
    ("it", "Vuoi restare aggiornato? Seguici su Telegram.", "PROMPT-167"),
    ("pt", "Gostou desta reportagem? Assine a nossa newsletter.", "PROMPT-168"),
    ("pt", "Quer receber as principais notícias? Siga-nos no WhatsApp.", "PROMPT-168"),
    ("de", "Sie wollen nichts mehr verpassen? Folgen Sie uns auf WhatsApp.", "PROMPT-169"),
    ("de", "Ihnen hat der Artikel gefallen? Unterstützen Sie unseren Journalismus mit einem Abo.", "PROMPT-169"),
]


@pytest.mark.parametrize(("language", "line", "rule"), ASKS)
def test_a_question_then_a_call_about_the_sites_offer_goes(language: str, line: str, rule: str) -> None:
    doc = _clean(language, line)
    assert line not in doc.text
    assert _rule_of(doc, line) == rule
    _assert_copy_kept(doc, language)


ADVICE = [
    ("fr", "Vous cherchez un logement ? Consultez les annonces de la mairie avant vendredi."),
    ("fr", "Vous avez des symptômes ? Téléchargez l'application du ministère et faites-vous tester."),
    ("fr", "Vous voulez nous aider ? Rejoignez-nous, a lancé le maire aux bénévoles réunis samedi."),
    ("es", "¿Tienes síntomas? Llama a tu médico y quédate en casa."),
    ("es", "¿Quieres ayudar? Dona a la Cruz Roja, pidió el alcalde."),
    ("it", "Hai la febbre? Chiama il medico di famiglia e resta a casa."),
    ("pt", "Tem febre? Procure um posto de saúde e fique em casa."),
    ("de", "Sie haben Fieber? Bleiben Sie zu Hause und rufen Sie Ihren Hausarzt an."),
    ("de", "Sie wollen mehr wissen? Dann folgen Sie uns, sagte der Gewerkschaftschef vor den Streikenden."),
    # a company's own page asks its customers to get in touch about its product: that is its copy
    ("de", "Haben auch Sie Interesse an unserem Flüssiggas? Dann melden Sie sich gern bei uns per E-Mail."),
]


@pytest.mark.parametrize(("language", "line"), ADVICE)
def test_advice_and_reported_appeals_in_the_copy_stay(language: str, line: str) -> None:
    doc = _clean(language, line)
    assert line in doc.text
    _assert_copy_kept(doc, language)


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("fr", "Vous aimez nos articles ? Inscrivez-vous à notre newsletter gratuite."),
        ("de", "Ihnen gefällt dieser Artikel? Dann abonnieren Sie unseren Newsletter."),
        ("ru", "Подпишитесь на рассылку, чтобы не пропустить главное"),
        ("es", "¿Te gustó este artículo? Suscríbete a nuestro boletín."),
    ],
)
def test_a_newsletter_ask_inside_the_copy_leaves_the_last_paragraph(language: str, line: str) -> None:
    """PROMPT-138 takes the line under a newsletter box's title at the very end as the box's pitch;
    under a whole ask (a question, then the call), or when the line is a sentence of clauses, it is
    the copy's last paragraph."""
    doc = _clean(language, line)
    assert line not in doc.text
    _assert_copy_kept(doc, language)
    assert not any(r.rule == "PROMPT-138" for r in doc.removed)


def test_the_box_pitch_under_a_newsletter_title_still_goes() -> None:
    doc = _clean(
        "en",
        "Sign Up for the Example Newsletter",
        "Daily news about the politics, business, and technology shaping our world.",
        end=True,
    )
    assert "shaping our world" not in doc.text
    _assert_copy_kept(doc, "en")


@pytest.mark.parametrize(
    "line",
    [
        "Все самое важное — в нашем Telegram-канале",
        "Больше новостей в нашем Telegram-канале",
        "Главные новости дня — в Telegram-канале РИА Новости",
        "Самые важные новости — в нашем телеграм-канале",
        "Читайте ТАСС в Telegram",
        "Читайте РИА Новости в MAX",
        "Більше новин — у нашому Telegram-каналі",
    ],
)
def test_an_agencys_pointer_to_its_channels_goes(line: str) -> None:
    doc = _clean("ru", line, end=True)
    assert line not in doc.text
    assert _rule_of(doc, line) == "PROMPT-170"
    _assert_copy_kept(doc, "ru")


@pytest.mark.parametrize(
    "line",
    [
        "Об этом сообщили в Telegram-канале ведомства.",
        "Последние данные опубликованы в Telegram-канале оперштаба.",
        "Видео инцидента появилось в Telegram-канале Baza.",
        "Больше всего пострадали жители Курской области, сообщил губернатор в своем Telegram-канале.",
        "Подробности — в материале «Известий».",
    ],
)
def test_copy_that_names_a_telegram_channel_stays(line: str) -> None:
    doc = _clean("ru", line)
    assert line in doc.text
    _assert_copy_kept(doc, "ru")


@pytest.mark.parametrize(
    "line",
    [
        "Hacemos periodismo desde hace 106 años.",
        "Con tu suscripción apoyas el periodismo independiente.",
        "Tu apoyo nos permite seguir informando.",
        "El periodismo de calidad necesita tu apoyo.",
        "Accede sin límites a todo nuestro contenido",
        "VER PROMOS DE SUSCRIPCIÓN",
        "Ya soy suscriptor",
    ],
)
def test_a_spanish_membership_boxs_pitch_goes(line: str) -> None:
    doc = _clean("es", line, end=True)
    assert line not in doc.text
    assert _rule_of(doc, line) == "PROMPT-171"
    _assert_copy_kept(doc, "es")


@pytest.mark.parametrize(
    "line",
    [
        "Con su apoyo, el partido logró aprobar la reforma en el Senado.",
        "El periodismo de investigación reveló la trama en 2019.",
        '"Hacemos periodismo desde hace 30 años y nunca vimos algo así", dijo la directora del diario.',
        "Los lectores de la biblioteca leen sin límites de tiempo desde el lunes.",
    ],
)
def test_copy_about_support_and_journalism_stays(line: str) -> None:
    doc = _clean("es", line)
    assert line in doc.text
    _assert_copy_kept(doc, "es")


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("VIDEO02:3102:31", "CRUMB-179"),
        ("watch now VIDEO 4:05 04:05", "CRUMB-179"),
        ("Press shift question mark to access a list of keyboard shortcuts", "CRUMB-180"),
        ("Keyboard Shortcuts", "CRUMB-180"),
        ("Play/Pause SPACE", "CRUMB-180"),
        ("Increase Volume ↑", "CRUMB-180"),
        ("Seek Forward →", "CRUMB-180"),
        ("Volume 90%", "CRUMB-180"),
        ("Video ended", "CRUMB-180"),
        ("Ad loading...", "CRUMB-180"),
        ("Watch CNBC's full interview with Apple CEO Tim Cook.", "CRUMB-181"),
        ("► Watch the full video here", "CRUMB-181"),
    ],
)
def test_video_player_furniture_goes(line: str, rule: str) -> None:
    doc = _clean("en", line)
    assert line not in doc.text
    assert _rule_of(doc, line) == rule
    _assert_copy_kept(doc, "en")


@pytest.mark.parametrize(
    "line",
    [
        "Video 2 shows the moment the bridge gave way, the court heard on Monday afternoon.",
        "The volume 90% of the time is too loud, residents of the estate said at the hearing.",
        "Watchdogs called for a full inquiry into the report, the paper said on Wednesday.",
        "Press shift to type capital letters, the manual for the old terminals says.",
    ],
)
def test_copy_about_video_and_volume_stays(line: str) -> None:
    doc = _clean("en", line)
    assert line in doc.text
    _assert_copy_kept(doc, "en")


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "We can't load this content because of your cookie settings."),
        ("en", "Instagram content is not available because you have not accepted cookies."),
        ("en", "A post shared by Jane Doe (@janedoe)"),
        ("en", "Content from external provider"),
        ("en", "Click here to load this content"),
        ("en", "Skip past Twitter post"),
        ("fr", "Ce contenu n'est pas accessible car vous avez refusé les cookies."),
        ("fr", "Contenu externe"),
        ("es", "Este contenido no está disponible porque no has aceptado las cookies."),
        ("es", "Contenido externo"),
        ("ru", "Для просмотра этого контента необходимо принять cookies."),
    ],
)
def test_a_blocked_embeds_placeholder_goes(language: str, line: str) -> None:
    doc = _clean(language, line)
    assert line not in doc.text
    assert _rule_of(doc, line) == "CRUMB-182"
    _assert_copy_kept(doc, language)


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "The content is not available in stores because of a dispute with the distributor."),
        ("es", "Contenido externo al acuerdo, según el ministerio, fue la principal causa del retraso."),
        ("en", "A post shared by the mayor on Monday drew thousands of angry replies from residents."),
    ],
)
def test_copy_about_unavailable_content_stays(language: str, line: str) -> None:
    doc = _clean(language, line)
    assert line in doc.text
    _assert_copy_kept(doc, language)


@pytest.mark.parametrize(
    "line",
    [
        "Hier geht es um viel Geld für die Stadt.",
        "Hier geht es zu wie im Taubenschlag.",
        # link text: trafilatura-eval's gold keeps this one as text and drops another ('Hier geht es zur
        # neuen Vorstandsstruktur'); the project keeps such links (see round 7), so no rule takes them
        "Hier geht’s zur Facebook Veranstaltung",
    ],
)
def test_german_copy_and_link_text_stay(line: str) -> None:
    doc = _clean("de", line)
    assert line in doc.text
    _assert_copy_kept(doc, "de")


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("es", "Sigue a EL PAÍS en Google News"),
        ("fr", "Suivez toute l’actualité de France 24 sur WhatsApp"),
        ("fr", "Rejoignez la chaîne WhatsApp de 20 Minutes"),
        ("pt", "Entre no canal do g1 no WhatsApp"),
        ("pt", "Clique aqui para seguir o canal do Estadão no WhatsApp"),
    ],
)
def test_an_ask_to_follow_the_outlet_on_a_channel_goes(language: str, line: str) -> None:
    doc = _clean(language, line, end=True)
    assert line not in doc.text
    assert _rule_of(doc, line) == "PROMPT-172"
    _assert_copy_kept(doc, language)


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("fr", "Rejoignez-nous sur WhatsApp, a lancé le candidat à ses partisans réunis à Lille."),
        ("en", "Follow-up messages sent over WhatsApp were shown to the jury on Tuesday."),
        ("en", "Join a WhatsApp group for your street, the police urged residents after the floods."),
    ],
)
def test_copy_about_channels_stays(language: str, line: str) -> None:
    doc = _clean(language, line)
    assert line in doc.text
    _assert_copy_kept(doc, language)


def test_a_follow_line_that_names_social_networks_stays() -> None:
    """ScrapingHub's gold keeps 'Follow NBC Latino on Facebook, Twitter and Instagram.' as text: the
    channel ask (PROMPT-172) names messaging channels and news aggregators only."""
    line = "Follow NBC Latino on Facebook, Twitter and Instagram."
    doc = _clean("en", line, end=True)
    assert line in doc.text


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (["watch now", "VIDEO02:3102:31", "Why the Fed may not cut rates this year"], True),
        (["VIDEO 2:31 02:31", "Why the Fed may not cut rates this year"], True),
        (["VIDEO 2:31 02:31", "The Federal Reserve held rates steady on Wednesday and signalled two cuts."], False),
        (["VIDEO 2:58 02:58 Why the Fed is cutting rates", "Markets rally after the decision"], False),
    ],
)
def test_a_video_cards_title_goes_under_its_bare_marker(lines: list[str], title: bool) -> None:
    doc = _clean("en", *lines)
    assert (lines[-1] in doc.text) is not title
    if title:
        assert _rule_of(doc, lines[-1]) == "CRUMB-184"
    _assert_copy_kept(doc, "en")


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Есть новость? Пишите нам в Telegram", "PROMPT-173"),
        ("Нашли ошибку? Сообщите нам", "PROMPT-173"),
        ("Хотите получать новости быстрее? Подпишитесь на нас в MAX", "PROMPT-173"),
        ("Маєте новину? Пишіть нам", "PROMPT-173"),
        ("Еще больше новостей и экспертных мнений — в нашем канале в MAX", "PROMPT-170"),
        ("Главное за день — в рассылке «Коммерсанта»", "PROMPT-170"),
        ("Источник: ТАСС", "FOOTER-149"),
        ("По материалам РИА Новости", "FOOTER-149"),
        ("Материал подготовлен при поддержке Фонда президентских грантов", "FOOTER-149"),
        ("Джерело: УНІАН", "FOOTER-149"),
        ("18+", "FOOTER-150"),
        ("Сообщить об опечатке", "FOOTER-150"),
    ],
)
def test_russian_agency_furniture_goes(line: str, rule: str) -> None:
    doc = _clean("ru", line, end=True)
    assert line not in doc.text
    assert _rule_of(doc, line) == rule
    _assert_copy_kept(doc, "ru")


@pytest.mark.parametrize("line", ["Новости партнеров", "Партнерские материалы", "Выбор редакции", "Новини партнерів"])
def test_russian_partner_and_editors_headers_go(line: str) -> None:
    doc = _clean("ru", line, end=True)
    assert line not in doc.text
    _assert_copy_kept(doc, "ru")


@pytest.mark.parametrize(
    ("line", "end"),
    [
        ("Заболели? Вызовите врача на дом и оставайтесь в постели.", False),
        ("Есть вопросы? Пишите в налоговую инспекцию по месту жительства.", False),
        ("По материалам дела, обвиняемый получил взятку в 2019 году.", True),
        ("Источник в правительстве сообщил, что решение примут в среду.", True),
        ("Выбор редакции пал на молодого автора из Перми, рассказал главный редактор.", True),
        ("18+ лет стажа у водителя, сообщили в ГИБДД.", False),
    ],
)
def test_russian_copy_that_looks_like_furniture_stays(line: str, end: bool) -> None:
    doc = _clean("ru", line, end=end)
    assert line in doc.text
    _assert_copy_kept(doc, "ru")
