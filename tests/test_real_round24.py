"""Round 24 (issue 12, "real newsroom copy"): furniture real outlets print around a story in
languages whose packs lacked it, placed between the paragraphs and at the end of real-looking
articles in those languages, with look-alike sentences of copy that must stay.

Classes: player labels and video cards (CRUMB-230, RELATED-031), gallery links and counters
(CRUMB-231), ad labels and 'continues after the ad' markers (CRUMB-232), age notices (CRUMB-233),
keyword lines (CRUMB-234), follow / newsletter / app asks (PROMPT-212), paywall lines (PROMPT-213),
module headers (RELATED-032), rights and agency source lines (FOOTER-176, FOOTER-177), German
print-edition notes (FOOTER-178); and a module header over copy that opens with a quotation
(related pass: the copy is no list of headlines).
"""

from __future__ import annotations

import pytest

import cleaner

# six paragraphs of a council story, per language, as the outlets of that language write copy
ARTICLES = {
    "en": [
        "The city council on Tuesday approved a £12 million plan to strengthen flood defences along the river, "
        "after three winters in which hundreds of homes were flooded.",
        "The scheme will raise the embankment by a metre over two miles and add pumping stations at the lowest "
        "points, officials said.",
        "Residents who packed the public gallery applauded when the vote was announced, though some said the "
        "work had taken too long to arrive.",
        '"We have been bailing out our kitchens every January for years," said Margaret Hill, who has lived on '
        "Mill Lane since 1987.",
        "Construction is due to begin in the spring and to finish before the winter of 2026, according to the "
        "council's timetable.",
        "The Environment Agency, which will pay for a third of the cost, said the design had been tested against "
        "a once-in-a-century storm.",
    ],
    "es": [
        "El ayuntamiento aprobó el martes un plan de 12 millones de euros para reforzar las defensas a lo largo "
        "del río, tras tres inviernos de inundaciones.",
        "El muro de contención se elevará un metro a lo largo de tres kilómetros y se instalarán estaciones de "
        "bombeo en los puntos más bajos, informaron fuentes municipales.",
        "Los vecinos que llenaron la sala aplaudieron al conocer el resultado de la votación, aunque algunos "
        "lamentaron la demora.",
        "«Llevamos años sacando agua de los sótanos cada enero», dijo Margarita Colina, que vive en la calle del "
        "Molino desde 1987.",
        "Las obras comenzarán en primavera y terminarán antes del invierno de 2026, según el calendario municipal.",
        "El gobierno regional, que pagará un tercio del coste, afirmó que el diseño soporta una crecida centenaria.",
    ],
    "pl": [
        "Rada miasta zatwierdziła we wtorek plan za 50 milionów złotych, który ma wzmocnić wały wzdłuż rzeki po "
        "trzech zimach powodzi.",
        "Wał zostanie podniesiony o metr na odcinku trzech kilometrów, a w najniższych miejscach powstaną "
        "przepompownie, poinformował urząd.",
        "Mieszkańcy, którzy wypełnili salę, oklaskiwali wynik głosowania, choć niektórzy narzekali, że trwało to "
        "zbyt długo.",
        "– Od lat co styczeń wylewamy wodę z piwnic – powiedziała Małgorzata Górska, która mieszka przy ulicy "
        "Młyńskiej od 1987 roku.",
        "Prace mają się rozpocząć wiosną i zakończyć przed zimą 2026 roku, według harmonogramu miasta.",
        "Województwo, które pokryje jedną trzecią kosztów, zapewniło, że projekt przetestowano na wypadek powodzi "
        "stulecia.",
    ],
    "sv": [
        "Kommunfullmäktige beslutade på tisdagen om en plan för 120 miljoner kronor för att stärka skydden längs "
        "älven efter tre vintrar med översvämningar.",
        "Vallen ska höjas en meter längs tre kilometer och pumpstationer byggs vid de lägsta punkterna, uppger "
        "kommunen.",
        "Invånare som fyllde läktaren applåderade när beslutet kom, men flera tyckte att det hade dröjt för länge.",
        "– Vi har öst vatten ur källaren varje januari i flera år, säger Margareta Backe, som bott på Kvarngatan "
        "sedan 1987.",
        "Arbetet ska börja i vår och vara klart före vintern 2026, enligt kommunens tidsplan.",
        "Länsstyrelsen, som betalar en tredjedel av kostnaden, säger att konstruktionen klarar ett hundraårsregn.",
    ],
    "ru": [
        "Городской совет во вторник утвердил план стоимостью 1,2 млрд рублей по укреплению дамб вдоль реки после "
        "трех зим с наводнениями.",
        "Дамбу поднимут на метр на протяжении трех километров, а в самых низких местах построят насосные станции, "
        "сообщили в мэрии.",
        "Жители, заполнившие зал, встретили итоги голосования аплодисментами, хотя некоторые жаловались на задержки.",
        "«Мы каждый январь годами вычерпываем воду из подвалов», — сказала Маргарита Холмова, живущая на "
        "Мельничной улице с 1987 года.",
        "Работы начнутся весной и завершатся до зимы 2026 года, следует из графика мэрии.",
        "Областное правительство, которое оплатит треть стоимости, заявило, что проект рассчитан на паводок раз в "
        "сто лет.",
    ],
    "tr": [
        "Belediye meclisi salı günü, üç kış boyunca yaşanan sellerin ardından nehir boyunca setleri güçlendirmek "
        "için 400 milyon liralık planı onayladı.",
        "Set üç kilometre boyunca bir metre yükseltilecek ve en alçak noktalara pompa istasyonları kurulacak, "
        "belediye açıkladı.",
        "Salonu dolduran mahalle sakinleri oylamanın sonucunu alkışladı, ancak bazıları gecikmeden şikayet etti.",
        "\"Yıllardır her ocak ayında bodrumlarımızdan su boşaltıyoruz\" dedi, 1987'den beri Değirmen Sokak'ta "
        "oturan Margarit Tepe.",
        "Çalışmaların baharda başlaması ve 2026 kışından önce bitmesi planlanıyor.",
        "Maliyetin üçte birini karşılayacak valilik, projenin yüz yılda bir görülen sele göre tasarlandığını söyledi.",
    ],
    "ja": [
        "市議会は火曜日、3年連続で浸水被害が出た河川沿いの堤防を強化する12億円の計画を可決した。",
        "計画では堤防を3キロにわたり1メートルかさ上げし、最も低い地点には排水ポンプ場を新設すると市は説明している。",
        "傍聴席を埋めた住民は可決に拍手を送ったが、対応が遅すぎたとの声も上がった。",
        "「毎年1月になると地下室の水をくみ出してきた」と、1987年から水車町に住む山田花子さんは話した。",
        "工事は春に始まり、2026年の冬までに完了する予定だという。",
        "費用の3分の1を負担する県は、百年に一度の豪雨にも耐える設計だとしている。",
    ],
    "de": [
        "Der Stadtrat hat am Dienstag einen Plan über zwölf Millionen Euro beschlossen, um den Hochwasserschutz "
        "entlang des Flusses zu verstärken.",
        "Der Deich soll auf drei Kilometern um einen Meter erhöht werden, an den tiefsten Stellen kommen Pumpwerke "
        "hinzu, teilte die Verwaltung mit.",
        "Anwohner, die die Zuschauerplätze füllten, applaudierten nach der Abstimmung, einige kritisierten jedoch, "
        "dass es so lange gedauert habe.",
        "„Wir schöpfen seit Jahren jeden Januar Wasser aus unseren Kellern“, sagte Margarete Hügel, die seit 1987 "
        "in der Mühlenstraße wohnt.",
        "Die Bauarbeiten sollen im Frühjahr beginnen und vor dem Winter 2026 abgeschlossen sein, heißt es im "
        "Zeitplan der Stadt.",
        "Das Land, das ein Drittel der Kosten übernimmt, erklärte, die Planung sei auf ein Jahrhunderthochwasser "
        "ausgelegt.",
    ],
}
TITLES = {
    "en": "Council approves new flood defences for riverside homes",
    "es": "El ayuntamiento aprueba nuevas defensas contra las inundaciones",
    "pl": "Rada miasta zatwierdza nowe zabezpieczenia przeciwpowodziowe",
    "sv": "Kommunfullmäktige klubbar nya översvämningsskydd vid älven",
    "ru": "Городской совет утвердил новые защитные дамбы на реке",
    "tr": "Belediye meclisi nehir kenarı için yeni sel setlerini onayladı",
    "ja": "市議会、河川沿いの新たな堤防整備計画を可決",
    "de": "Stadtrat beschließt neuen Hochwasserschutz am Fluss",
}


def _story(lang: str, line: str, where: str) -> str:
    paras = ARTICLES[lang]
    if where == "middle":
        lines = [TITLES[lang], *paras[:3], line, *paras[3:]]
    elif where == "top":
        lines = [TITLES[lang], line, *paras]
    else:
        lines = [TITLES[lang], *paras, line]
    return "\n\n".join(lines) + "\n"


def _kept(doc, line: str) -> bool:
    return any(block.strip() == line for block in doc.text.split("\n\n"))


def _body_intact(doc, lang: str) -> None:
    for para in ARTICLES[lang]:
        assert para in doc.text, para[:60]


# (language, furniture line, the rule that removes it) between paragraphs and at the end
FURNITURE = [
    ("es", "Escucha esta noticia", "CRUMB-230"),
    ("pl", "Odsłuchaj artykuł", "CRUMB-230"),
    ("sv", "Se klippet", "CRUMB-230"),
    ("ru", "Слушать статью", "CRUMB-230"),
    ("tr", "Haberi dinle", "CRUMB-230"),
    ("ja", "この記事を音声で聞く", "CRUMB-230"),
    ("de", "Diesen Artikel anhören", "CRUMB-230"),
    ("en", "Listen to the full episode", "CRUMB-230"),
    ("es", "Ver galería", "CRUMB-231"),
    ("sv", "Bild 3 av 12", "CRUMB-231"),
    ("ru", "Смотрите фотогалерею", "CRUMB-231"),
    ("es", "Anuncio", "CRUMB-232"),
    ("tr", "Haberin Devamı", "CRUMB-232"),
    ("pl", "Artykuł jest kontynuowany poniżej reklamy", "CRUMB-232"),
    ("sv", "Artikeln fortsätter under annonsen", "CRUMB-232"),
    ("ru", "Продолжение после рекламы", "CRUMB-232"),
    ("en", "This story is over 5 years old.", "CRUMB-233"),
    ("es", "Esta noticia tiene más de un año", "CRUMB-233"),
    ("pl", "Ten artykuł ma więcej niż 2 lata.", "CRUMB-233"),
    ("sv", "Artikeln är mer än 2 år gammal", "CRUMB-233"),
    ("ru", "Этой статье больше 2 лет", "CRUMB-233"),
    ("tr", "Bu haber 2 yıldan daha eski", "CRUMB-233"),
    ("pl", "Tagi: powódź, rada miasta", "CRUMB-234"),
    ("sv", "Ämnen: Översvämningar, Kommunen", "CRUMB-234"),
    ("ru", "Темы: наводнение, дамба", "CRUMB-234"),
    ("tr", "Etiketler: sel, belediye", "CRUMB-234"),
    ("sv", "Prenumerera på vårt nyhetsbrev", "PROMPT-212"),
    ("sv", "Följ oss på Facebook", "PROMPT-212"),
    ("tr", "Bizi Google News'ten takip edin", "PROMPT-212"),
    ("tr", "WhatsApp kanalımıza katılın", "PROMPT-212"),
    ("ru", "Присоединяйтесь к нашему сообществу", "PROMPT-212"),
    ("pl", "Pobierz aplikację", "PROMPT-212"),
    ("ja", "LINEで友だち追加", "PROMPT-212"),
    ("sv", "Redan prenumerant? Logga in", "PROMPT-213"),
    ("ru", "Чтобы продолжить чтение, оформите подписку", "PROMPT-213"),
    ("tr", "Haberin devamını okumak için abone olun", "PROMPT-213"),
    ("ja", "この記事は有料会員限定です", "PROMPT-213"),
    ("es", "Vídeo: Así quedó el barrio tras la riada", "RELATED-031"),
    ("ru", "Видео: как выглядел город после паводка", "RELATED-031"),
    ("pl", "Wszelkie prawa zastrzeżone.", "FOOTER-176"),
    ("tr", "Tüm hakları saklıdır.", "FOOTER-176"),
    ("ja", "無断転載・複製を禁じます", "FOOTER-176"),
    ("sv", "Källa: TT", "FOOTER-177"),
    ("tr", "Kaynak: AA", "FOOTER-177"),
    ("de", "Erschienen in der Ausgabe 11/2024", "FOOTER-178"),
]


# a text the engine reads as Polish has the Polish pack's rules, which take these lines first; a
# shorter Polish text (too few function words to tell) has only the language-neutral ones
POLISH_PACK = {
    "Tagi: powódź, rada miasta": "CRUMB-402",
    "Pobierz aplikację": "PROMPT-401",
    "Wszelkie prawa zastrzeżone.": "FOOTER-401",
}


@pytest.mark.parametrize(("lang", "line", "rule"), FURNITURE, ids=[f"{r}-{ln[:24]}" for _, ln, r in FURNITURE])
@pytest.mark.parametrize("where", ["middle", "end"])
def test_furniture_goes_and_the_copy_stays(lang, line, rule, where):
    doc = cleaner.clean_text(_story(lang, line, where))
    assert not _kept(doc, line), (line, where)
    assert {rule, POLISH_PACK.get(line)} & {r.rule for r in doc.removed if r.text.strip() == line}
    _body_intact(doc, lang)


@pytest.mark.parametrize("line", sorted(POLISH_PACK))
def test_polish_furniture_goes_where_the_text_is_not_read_as_polish(line):
    """Two short paragraphs hold too few function words to be read as Polish: the language-neutral
    rules of this round take the line."""
    paras = ARTICLES["pl"][:2]
    doc = cleaner.clean_text("\n\n".join([TITLES["pl"], paras[0], line, paras[1]]) + "\n")
    assert not _kept(doc, line)
    assert {r.rule for r in doc.removed if r.text.strip() == line} & {"CRUMB-234", "PROMPT-212", "FOOTER-176"}
    for para in paras:
        assert para in doc.text


# sentences of copy that open with the same words
LOOK_ALIKES = [
    ("en", "Listen to the full episode of the council's debate, residents urged, before judging the vote."),
    ("en", "This bridge is more than 200 years old and was never designed for floods."),
    ("en", "Trending upward for years, the river's winter peaks now reach the doorsteps."),
    ("es", "El anuncio llegó el martes por la tarde, cuando los vecinos ya se habían marchado."),
    ("es", "Vídeo: el alcalde dijo que la obra terminará en 2026 y que el coste se mantiene."),
    ("sv", "Bild 3 av 12 visar hur vattnet steg över kajen på natten."),
    ("sv", "Kommunen följer oss på Facebook och svarar på frågor där, säger hon."),
    ("sv", "Läs hela artikeln i morgondagens tidning, där kommunalrådet svarar på kritiken från invånarna."),
    ("tr", "Reklam harcamaları geçen yıl yüzde 12 arttı, belediye açıkladı."),
    ("tr", "Kaynak: bakanlığın açıkladığı verilere göre 300 ev sular altında kaldı ve tahliyeler sürüyor."),
    ("pl", "Tematy: powódź i drogi. Radni dyskutowali o nich przez trzy godziny."),
    ("de", "Erschienen in der Ausgabe 11/2024 war auch ein Interview mit dem Bürgermeister, das viel Kritik auslöste."),
]


@pytest.mark.parametrize(("lang", "line"), LOOK_ALIKES, ids=[ln[:30] for _, ln in LOOK_ALIKES])
def test_look_alike_copy_stays(lang, line):
    doc = cleaner.clean_text(_story(lang, line, "middle"))
    assert line in doc.text
    _body_intact(doc, lang)


def test_corrections_are_copy():
    """A correction or clarification notice is the newsroom's word to the reader about the story: body."""
    for line in (
        "Correction: An earlier version of this article misstated the cost of the scheme. It is £12 million, "
        "not £21 million.",
        "Clarification: This article has been updated to make clear that the agency pays one third of the cost.",
    ):
        doc = cleaner.clean_text(_story("en", line, "end"))
        assert line in doc.text


@pytest.mark.parametrize(
    ("lang", "header"),
    [("tr", "Bunlar da ilginizi çekebilir"), ("ru", "Самое читаемое"), ("pl", "Najczęściej czytane")],
)
def test_a_module_header_over_the_copy_leaves_the_copy(lang, header):
    """A module's header printed over the copy (the extractor kept it above the story) heads no list
    when the lines under it are sentences closed by a full stop, one of them opening with a quotation
    ('«Мы …», — сказала …'): every paragraph stays."""
    doc = cleaner.clean_text(_story(lang, header, "top"))
    _body_intact(doc, lang)


@pytest.mark.parametrize(
    ("lang", "header"),
    [
        ("tr", "Bunlar da ilginizi çekebilir"),
        ("tr", "Çok okunanlar"),
        ("pl", "Czytaj także"),
        ("sv", "Läs också"),
        ("en", "Popular on Variety"),
        ("en", "Trending"),
        ("pt", "Mais lidas da semana"),
    ],
)
def test_a_module_under_the_copy_goes_with_its_header(lang, header):
    """RELATED-032's headers make the run under them a module of other stories' headlines."""
    items = [
        "Mayor faces fresh questions over bridge contract",
        "Five things to know before the budget vote",
        "Storm to bring heavy rain to the coast on Friday",
    ]
    paras = ARTICLES.get(lang, ARTICLES["en"])
    raw = "\n\n".join([TITLES.get(lang, TITLES["en"]), *paras, header, *items]) + "\n"
    doc = cleaner.clean_text(raw)
    assert not _kept(doc, header)
    for item in items:
        assert item not in doc.text
    for para in paras:
        assert para in doc.text
