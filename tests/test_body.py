"""The article region in text mode: where the body starts and ends, and what it keeps."""

from __future__ import annotations

import time

import pytest

import newsparse
from newsparse._features import columns
from strategies import wrap_text
from texts import CYCLE_PATH, HARBOUR

_MENU = "Home\nNews\nSport\nCulture\nContact"

_EN_PARAGRAPHS = (
    "The council voted on Tuesday to turn the old rail depot into a public park, ending a "
    "dispute that had lasted for more than ten years.",
    "Residents had asked for green space since the depot closed, and the plan now includes "
    "a playground, a market hall and a path along the river.",
    "Work is due to start next spring, and the first part of the park should open to the "
    "public before the end of the following year.",
)


def _body(text: str, language: str | None = None) -> list[str]:
    article = newsparse.parse_article(text, input_format="text", language=language)
    return [p.text for p in article.body]


def test_list_introduced_by_a_colon_stays_in_the_body() -> None:
    items = ["Pack a warm coat", "Bring water", "Check the weather", "Tell a friend your route"]
    text = "\n\n".join(
        [
            "Winter walks: what to take",
            _MENU,
            _EN_PARAGRAPHS[0],
            "Before you set off on a long walk in the hills, remember the following:",
            "\n".join(items),
            _EN_PARAGRAPHS[1],
            _EN_PARAGRAPHS[2],
            "Share\nFacebook\nTwitter",
        ]
    )
    body = "\n".join(_body(text))
    for item in items:
        assert item in body
    assert _EN_PARAGRAPHS[0] in body
    assert "Facebook" not in body


_SHORT_INTROS = {
    "en": ("The timetable looks like this:", ["Warm-up 10:00", "Race 11:30", "Prizes 17:00"]),
    "de": (
        "So sieht der Zeitplan aus:",
        ["Aufwärmen 10:00 Uhr", "Rennen 11:30 Uhr", "Ehrung 17 Uhr"],
    ),
    "fr": (
        "Voici le programme de la journée :",
        ["Échauffement 10 h", "Course 11 h 30", "Prix 17 h"],
    ),
}


@pytest.mark.parametrize("language", sorted(_SHORT_INTROS))
def test_a_short_sentence_ending_in_a_colon_keeps_the_closing_list(language: str) -> None:
    """A sentence of five words or more that ends in a colon introduces a list even when the
    list closes the article: its items stay in the body."""
    intro, items = _SHORT_INTROS[language]
    text = "\n\n".join(
        ["Title", _MENU, *_EN_PARAGRAPHS, intro, "\n".join(items), "Share\nFacebook\nTwitter"]
    )
    body = "\n".join(_body(text, language))
    for item in items:
        assert item in body
    assert "Facebook" not in body


def test_numbered_list_article_keeps_every_item() -> None:
    items = [f"{n}. Stadt Nummer {n}" for n in range(1, 13)]
    intro = (
        "Wir haben die schönsten Städte für einen Wochenendausflug gesucht, und die Liste "
        "ist länger geworden, als wir dachten."
    )
    outro = (
        "Welche Stadt fehlt in unserer Liste? Schreiben Sie uns, und wir nehmen Ihre "
        "Vorschläge gerne in die nächste Ausgabe auf."
    )
    text = "\n\n".join(["Die zwölf schönsten Städte", _MENU, intro, "\n".join(items), outro])
    body = "\n".join(_body(text, "de"))
    assert intro in body
    assert outro in body
    for item in items:
        assert item in body


def test_picture_credit_does_not_cut_off_the_lead() -> None:
    lead = (
        "In letzter Zeit kam niemand an dem neuen Trend vorbei, und jetzt wollen ihn auch "
        "die Gärtner in den Städten ausprobieren."
    )
    rest = [
        "Der Begriff stammt aus dem Japanischen und bedeutet so viel wie Sinn des Lebens, "
        "sagen die Fachleute, die sich seit Jahren damit befassen.",
        "Wer ihn sucht, fragt sich, was er liebt, was er gut kann und wofür andere ihn "
        "bezahlen würden, und schreibt die Antworten auf.",
    ]
    text = "\n\n".join(["Ein neuer Trend", _MENU, lead, "© Foto: Agentur", *rest])
    body = _body(text, "de")
    assert body[0] == lead
    assert "© Foto: Agentur" not in body


def _cjk_page(title: str, menu: str, paragraphs: list[str], footer: str) -> str:
    return "\n\n".join([title, menu, title, *paragraphs, footer])


def test_japanese_sentences_without_spaces() -> None:
    paragraphs = [
        "市議会は火曜日、古い鉄道の車庫を公園にする計画を承認した。十年以上続いた議論に区切りがついた。",
        "住民は車庫が閉鎖されて以来、緑地を求めてきた。計画には遊び場と市場と川沿いの小道が含まれる。",
        "工事は来年の春に始まる予定だ。公園の一部は翌年の終わりまでに開かれる見通しだという。",
    ]
    text = _cjk_page(
        "車庫跡が公園に", "ホーム\nニュース\nスポーツ\n天気", paragraphs, "利用規約\nお問い合わせ"
    )
    assert _body(text, "ja") == paragraphs


def test_chinese_sentences_without_spaces() -> None:
    paragraphs = [
        "市议会周二批准了把旧铁路车库改建为公园的计划。持续十多年的争论终于结束了。",
        "车库关闭以来，居民一直要求增加绿地。计划包括一个游乐场、一个市场和一条河边小路。",
        "工程预计明年春天开工。公园的第一部分将在后年年底之前向公众开放。",
    ]
    text = _cjk_page("旧车库将变成公园", "首页\n新闻\n体育\n天气", paragraphs, "关于我们\n联系我们")
    assert _body(text, "zh") == paragraphs


def test_chinese_blog_lines_with_spaces_for_commas() -> None:
    """Regression: lines that pause with spaces instead of punctuation are the article, not
    the short dated comments under it (which end in punctuation)."""
    paragraphs = [
        "这次的寒流 让山上的枫树一夜之间就从绿色变成了金黄和火红的颜色 吸引了许多游客",
        "我们沿着山路 慢慢开上去一路上云雾缭绕偶尔可以看到远处的村庄和梯田 十分安静",
        "营地的主人说 今年的红叶比往年更早所以周末的时候最好提早出发不然停车位很快就满了",
        "傍晚风变大了 落叶不停地飘下来整片草地都被染成了红色我们拍了很多照片才离开",
    ]
    comments = "\n".join(f"12/{d:02d} 访客{d}： 谢谢分享！" for d in range(10, 15))
    text = _cjk_page(
        "山上的红叶", "首页 相簿 留言板 关于我 联系我们", paragraphs, "发表评论\n" + comments
    )
    assert _body(text, "zh") == paragraphs


_KO_PARAGRAPHS = (
    "시의회는 화요일에 옛 철도 차고지를 공원으로 바꾸는 계획을 승인했다. 논쟁이 끝났다.",
    "주민들은 차고지가 문을 닫은 뒤 녹지를 요구해 왔다. 계획에는 놀이터와 산책로가 있다.",
    "공사는 내년 봄에 시작될 예정이다. 공원의 첫 구역은 이듬해 말까지 문을 열 것으로 보인다.",
)


def test_korean_sentences() -> None:
    paragraphs = list(_KO_PARAGRAPHS)
    menu = "홈\n뉴스\n스포츠\n날씨"
    text = _cjk_page("차고지가 공원으로", menu, paragraphs, "회사소개\n이용약관")
    assert _body(text, "ko") == paragraphs


def test_inline_read_also_box_does_not_end_the_article() -> None:
    text = "\n\n".join(
        [
            "Park plan approved",
            _MENU,
            _EN_PARAGRAPHS[0],
            "Read also: The depot that nobody wanted",
            _EN_PARAGRAPHS[1],
            _EN_PARAGRAPHS[2],
        ]
    )
    body = _body(text, "en")
    assert body[0] == _EN_PARAGRAPHS[0]
    assert body[-1] == _EN_PARAGRAPHS[2]


def test_newsletter_box_is_left_out_of_the_article() -> None:
    text = "\n\n".join(
        [
            "Park plan approved",
            _MENU,
            *_EN_PARAGRAPHS,
            "Newsletter\nSign up for our morning briefing\nSubscribe",
        ]
    )
    assert _body(text, "en") == list(_EN_PARAGRAPHS)


def test_comments_after_the_article_are_left_out() -> None:
    comment = (
        "I have lived next to the depot for twenty years and I cannot wait to walk my dog "
        "there, it is about time the council did something."
    )
    text = "\n\n".join(
        [
            "Park plan approved",
            _MENU,
            *_EN_PARAGRAPHS,
            "Comments",
            "Jane Doe\nMarch 3, 2024 at 9:15 am",
            comment,
        ]
    )
    body = _body(text, "en")
    assert body == list(_EN_PARAGRAPHS)


def test_teaser_list_after_the_article_is_left_out() -> None:
    teasers = [
        "Mayor Opens New Library In The East End",
        "Ten Things To Do This Weekend",
        "Local Team Wins The Cup After Penalties",
        "Bus Fares To Rise In April",
    ]
    text = "\n\n".join(
        ["Park plan approved", _MENU, *_EN_PARAGRAPHS, "Related articles", "\n".join(teasers)]
    )
    body = "\n".join(_body(text, "en"))
    assert _EN_PARAGRAPHS[2] in body
    for teaser in teasers:
        assert teaser not in body


def test_body_segments_name_their_rule() -> None:
    text = "\n\n".join(["Park plan approved", _MENU, *_EN_PARAGRAPHS])
    article = newsparse.parse_article(text, input_format="text", language="en")
    rules = {s.rule for s in article.segments if s.kind is newsparse.SegmentKind.BODY}
    assert rules == {"body.article-region"}


def test_share_bar_with_soft_hyphens_ends_the_article() -> None:
    """Soft hyphens inside the words of a share bar ("Face\\u00adbook") do not hide it."""
    share = "Tei\u00adlen\nFace\u00adbook Twit\u00adter E-Mail"
    article_end = (
        "Die Stadt will im Herbst entscheiden, ob der Park um ein weiteres Grundstück am "
        "Fluss wachsen soll."
    )
    comment = (
        "Ich wohne seit zwanzig Jahren neben dem alten Depot und freue mich sehr darauf, "
        "dort endlich spazieren zu gehen, das wurde wirklich Zeit, liebe Stadtverwaltung."
    )
    text = "\n\n".join(
        [
            "Park beschlossen",
            _MENU,
            *CYCLE_PATH,
            article_end,
            share,
            comment,
            comment.replace("zwanzig", "dreißig"),
        ]
    )
    body = _body(text, "de")
    assert body == [*CYCLE_PATH, article_end]


_BIO = {
    "en": (
        "About the author",
        "Jane Doe has covered city politics for twenty years, first for a weekly paper and "
        "then for the evening news, and she lives with her two cats near the old harbour.",
    ),
    "de": (
        "Über die Autorin",
        "Erika Muster schreibt seit zwanzig Jahren über Stadtpolitik, zuerst für ein "
        "Wochenblatt und dann für die Abendnachrichten, und sie lebt mit zwei Katzen am Hafen.",
    ),
    "fr": (
        "À propos de l'auteur",
        "Jean Dupont suit la politique de la ville depuis vingt ans, d'abord pour un "
        "hebdomadaire puis pour le journal du soir, et il vit avec ses deux chats près du port.",
    ),
}


@pytest.mark.parametrize("language", sorted(_BIO))
def test_author_box_after_the_article_is_left_out(language: str) -> None:
    """The heading of an author's box closes the article, and the box stays out of it."""
    heading, bio = _BIO[language]
    paragraphs = CYCLE_PATH if language == "de" else _EN_PARAGRAPHS
    text = "\n\n".join(["Title", _MENU, *paragraphs, heading, bio, bio.replace("20", "30")])
    article = newsparse.parse_article(text, input_format="text", language=language)
    assert [p.text for p in article.body] == list(paragraphs)
    closing = [s for s in article.segments if s.text == heading]
    assert closing[0].kind is newsparse.SegmentKind.BOILERPLATE


def test_a_closing_sentence_and_a_long_biography_do_not_outweigh_a_short_article() -> None:
    """A blog's "this entry was posted in" line and the long biography after it are left
    out, even when they hold more text than the one paragraph of the article before them."""
    posted = (
        "This entry was posted in Podcasts and tagged with city, parks, rivers by Jane Doe. "
        "Bookmark the permalink."
    )
    bio = " ".join([_BIO["en"][1]] * 2)
    text = "\n\n".join(
        [
            "Title",
            _MENU,
            _EN_PARAGRAPHS[0],
            "Share\nFacebook\nTwitter",
            posted,
            "About Jane Doe",
            bio,
            "View all posts by Jane Doe",
        ]
    )
    assert _body(text, "en") == [_EN_PARAGRAPHS[0]]


def test_press_contact_after_a_press_release_is_left_out() -> None:
    """A press contact heading closes a press release; the names and numbers after it are
    not part of it."""
    contact = (
        "Pressekontakt\n"
        "Die Pressestelle des Vereins ist montags bis freitags von neun bis siebzehn Uhr für "
        "Sie da, am besten erreichen Sie Erika Muster unter der Nummer 030 1234567."
    )
    text = "\n\n".join(["Radweg eröffnet", _MENU, *CYCLE_PATH, contact])
    assert _body(text, "de") == list(CYCLE_PATH)


def test_a_sentence_opening_with_a_short_closing_word_stays_in_the_article() -> None:
    """A word that heads a press contact ("Pressesprecherin") may open a sentence of the
    article; such a sentence is no closing line."""
    quote = (
        "Pressesprecherin Erika Muster sagte am Montag, die Stadt sei mit dem Start sehr "
        "zufrieden und werde die Zahlen im Herbst erneut prüfen."
    )
    text = "\n\n".join(["Radweg eröffnet", _MENU, CYCLE_PATH[0], quote, *CYCLE_PATH[1:]])
    assert _body(text, "de") == [CYCLE_PATH[0], quote, *CYCLE_PATH[1:]]


_THREADS = {
    "en": ("12 comments", "Reply", "March 3, 2024 at 9:15 am"),
    "de": ("12 Kommentare", "Antworten", "3. März 2024 um 9:15 Uhr"),
}


@pytest.mark.parametrize("language", sorted(_THREADS))
def test_readers_comments_longer_than_the_article_are_left_out(language: str) -> None:
    """A comments heading over readers' comments ends the article even when the comments
    hold far more text than the article itself."""
    heading, reply, stamp = _THREADS[language]
    paragraphs = CYCLE_PATH if language == "de" else _EN_PARAGRAPHS
    comment = _BIO[language][1]
    thread = [f"Reader {n}, {stamp}\n{comment} {comment}" for n in range(4)]
    text = "\n\n".join(["Title", _MENU, *paragraphs, heading, *thread, reply])
    assert _body(text, language) == list(paragraphs)


def test_a_comment_count_over_the_article_does_not_cut_it() -> None:
    """A comment count printed above the article, before any of its text, is no end."""
    heading, _reply, stamp = _THREADS["en"]
    text = "\n\n".join(
        ["Title", _MENU, f"Jane Doe\n{stamp}\n{heading}", *_EN_PARAGRAPHS, "Share\nFacebook"]
    )
    assert _body(text, "en") == list(_EN_PARAGRAPHS)


def test_an_author_box_ends_the_article_when_more_text_follows_it() -> None:
    """A closing line ends the article even when more running text follows it than stands
    before it (an author's box over a long reader forum)."""
    heading, bio = _BIO["de"]
    after = [f"Leser {n} meint: {bio} {bio}" for n in range(3)]
    text = "\n\n".join(["Radweg eröffnet", _MENU, *CYCLE_PATH, heading, bio, *after])
    assert _body(text, "de") == list(CYCLE_PATH)


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_list_that_closes_the_article_stays_in_it(language: str) -> None:
    """The items of a list after the article's last sentence ("...the following:") weigh
    nothing on their own, yet they belong to the article that introduces them."""
    paragraphs = CYCLE_PATH if language == "de" else _EN_PARAGRAPHS
    intro = {
        "en": "Before you set off on a long walk in the hills, remember the following:",
        "de": "Wer am Wochenende eine längere Tour plant, sollte Folgendes einpacken:",
    }[language]
    items = ["Warm coat", "Water", "Map and compass", "Phone"]
    text = "\n\n".join(["Title", _MENU, *paragraphs, intro, *items, "Share\nFacebook\nTwitter"])
    assert _body(text, language) == [*paragraphs, intro, *items]


def test_a_news_ticker_after_the_article_is_left_out() -> None:
    """A ticker of one-liners stamped with the time, some with a short text under them,
    is no part of the article it follows."""
    ticker = [
        "14:44 Le conseil municipal vote le budget de la piscine",
        "14:32 Un festival de jazz annoncé pour septembre",
        "14:10 Grève des bus : le trafic reprend lentement",
        (
            "Les chauffeurs ont repris le travail en début d'après-midi, après trois jours de "
            "mouvement, et les lignes principales roulent déjà presque normalement."
        ),
        "13:54 La bibliothèque rouvre ses portes après les travaux",
        "13:43 Les prix de l'immobilier reculent dans le centre",
    ]
    paragraphs = [
        "Le conseil a voté mardi la transformation de l'ancien dépôt en parc public, après "
        "un débat qui aura duré plus de dix ans.",
        "Les habitants réclamaient un espace vert depuis la fermeture du dépôt, et le projet "
        "prévoit une aire de jeux, une halle de marché et un chemin le long de la rivière.",
        "Les travaux commenceront au printemps prochain, et une première partie du parc "
        "devrait ouvrir avant la fin de l'année suivante.",
    ]
    text = "\n\n".join(["Titre", _MENU, *paragraphs, "En direct", "\n".join(ticker)])
    assert _body(text, "fr") == paragraphs


def test_a_timetable_in_the_article_stays_in_it() -> None:
    """Times opening the sentences of a timetable are not a ticker's stamps."""
    timetable = [
        "9:00 The doors of the town hall open to visitors.",
        "10:30 The mayor unveils the plans for the new park.",
        "12:00 Lunch is served in the market hall.",
    ]
    text = "\n\n".join(
        ["Title", _MENU, _EN_PARAGRAPHS[0], "\n".join(timetable), *_EN_PARAGRAPHS[1:]]
    )
    body = "\n".join(_body(text, "en"))
    for line in timetable:
        assert line in body


_SHORT_ARTICLES = {
    "en": (
        "Storm closes the harbour for two days | The Coast Herald",
        "Storm closes the harbour for two days",
        [
            "The harbour was closed on Monday evening after waves of up to six metres broke "
            "over the outer wall.",
            "Ferries will stay in port until Wednesday, the harbour master said.",
        ],
        [
            "The Coast Herald has reported on the towns and villages of the coast for more "
            "than a hundred years, and our newsroom is still in the old customs house.",
            "Our reporters cover local politics, schools, sport and the arts, and every week "
            "our readers send us hundreds of letters, photographs and tips about their towns.",
            "With a subscription you support this work and read every story on any device, "
            "with a digital copy of the printed paper every morning from six o'clock.",
            "Members also receive invitations to our evening talks, where readers meet the "
            "reporters and editors who write the stories they read every day.",
        ],
    ),
    "de": (
        "Sturm schließt den Hafen für zwei Tage | Der Küstenbote",
        "Sturm schließt den Hafen für zwei Tage",
        [
            "Der Hafen wurde am Montagabend geschlossen, nachdem bis zu sechs Meter hohe "
            "Wellen über die Mole geschlagen waren.",
            "Die Fähren bleiben bis Mittwoch im Hafen, teilte der Hafenmeister mit.",
        ],
        [
            "Der Küstenbote berichtet seit mehr als hundert Jahren aus den Städten und "
            "Dörfern der Küste, und unsere Redaktion sitzt noch immer im alten Zollhaus.",
            "Unsere Reporter schreiben über Politik, Schulen, Sport und Kultur, und jede "
            "Woche schicken uns die Leser Hunderte Briefe, Fotos und Hinweise aus ihren Orten.",
            "Mit einem Abonnement unterstützen Sie diese Arbeit und lesen alle Artikel auf "
            "jedem Gerät, dazu jeden Morgen ab sechs Uhr die digitale Ausgabe der Zeitung.",
            "Abonnenten erhalten außerdem Einladungen zu unseren Abendgesprächen, bei denen "
            "Leser die Reporter und Redakteure treffen, deren Artikel sie täglich lesen.",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(_SHORT_ARTICLES))
def test_a_short_article_under_its_headline_beats_a_longer_promotion(language: str) -> None:
    """The page's repeated headline anchors a short article against longer text far below."""
    first_line, headline, article, promotion = _SHORT_ARTICLES[language]
    links = "\n".join(f"{word} {n}" for n in range(1, 7) for word in ("Archive", "Events", "Jobs"))
    text = "\n\n".join([first_line, _MENU, headline, *article, links, *promotion])
    assert _body(text, language) == article


_SUMMARY_UNDER_HEADLINE = {
    "en": (
        "Pumpkin dumplings with sage butter",
        [
            "Ingredients",
            *("pumpkin", "400 g", "onion", "1", "garlic", "3 cloves", "walnuts", "2 spoons"),
            *("butter", "50 g", "sage", "8 leaves", "flour", "500 g", "water", "1 cup"),
            *("egg", "1", "salt", "1 pinch"),
        ],
        [
            "Make a smooth dough from the flour, water, salt and the egg, then let it rest in "
            "the fridge for twenty minutes.",
            "Cut the pumpkin into small cubes and chop the onion and the garlic.",
            "Fry the onion, the garlic and the pumpkin in a pan until soft, then season the "
            "filling with salt and a little pepper.",
            "Roll the dough out thin, cut out rounds with a glass and fill each with a spoon "
            "of the pumpkin mixture before you close it.",
            "Cook the dumplings in salted water, toss them in the sage butter and serve at once.",
        ],
        "Dumplings are a classic dish far beyond one country: similar recipes are cooked all "
        "over the world, and every family keeps its own way of folding them. This version "
        "with pumpkin and sage suits autumn evenings, when pumpkins are cheap.",
    ),
    "pl": (
        "Pierogi z dynią w maśle szałwiowym",
        [
            "Składniki",
            *("dynia", "400 g", "cebula", "1", "czosnek", "3 ząbki", "orzechy", "2 łyżki"),
            *("masło", "50 g", "szałwia", "8 listków", "mąka", "500 g", "woda", "1 szklanka"),
            *("jajko", "1", "sól", "1 szczypta"),
        ],
        [
            "Z mąki, wody, soli i jajka zagnieć gładkie ciasto i odstaw je na dwadzieścia "
            "minut do lodówki.",
            "Dynię pokrój w małą kostkę, a cebulę i czosnek drobno posiekaj.",
            "Na patelni podsmaż cebulę, czosnek i dynię, aż zmiękną, a potem dopraw farsz "
            "solą i odrobiną pieprzu.",
            "Cienko rozwałkuj ciasto, wytnij szklanką krążki i na każdy nałóż łyżkę farszu, "
            "zanim go skleisz.",
            "Ugotuj pierogi w osolonej wodzie, wymieszaj je z masłem szałwiowym i od razu podawaj.",
        ],
        "Pierogi to danie znane daleko poza jednym krajem: podobne przepisy gotuje się na całym "
        "świecie, a każda rodzina ma swój sposób ich lepienia. Ta wersja z dynią i szałwią "
        "dobrze sprawdza się jesienią, kiedy dynie są tanie.",
    ),
}


@pytest.mark.parametrize("language", sorted(_SUMMARY_UNDER_HEADLINE))
def test_the_headline_printed_again_over_a_summary_at_the_foot_is_no_second_article(
    language: str,
) -> None:
    """Regression: a recipe's headline printed again at the foot of the page, over one long
    summary paragraph, anchored that paragraph as the article, while the method (short
    steps under a long list of ingredients, under the headline at the top) was left out."""
    headline, ingredients, steps, summary = _SUMMARY_UNDER_HEADLINE[language]
    text = "\n\n".join(
        [
            f"{headline} | Kitchen Notes",
            _MENU,
            headline,
            "\n".join(ingredients),
            *(part for n, step in enumerate(steps, 1) for part in (f"{n}.", step)),
            "Newsletter\nSign up",
            headline,
            summary,
        ]
    )
    body = _body(text, language)
    assert [p for p in body if p in steps] == steps
    assert summary not in body


_REWORDED_HEADLINES = {
    "en": (
        "Storm closes the harbour of Port Ellis for two days | The Coast Herald",
        "Storm closes the harbour of Ellis for two days",
        ["Save", "Members only", "About saving", "Sign up", "Log in", "Cancel", "Done"],
    ),
    "ja": (
        "嵐で港町エリスの港が二日間閉鎖、フェリーは水曜日まで全便欠航の見込み : 海岸新聞",
        "嵐で港町の港が二日間閉鎖、フェリーは水曜日まで全便欠航の見込み",
        ["保存", "会員限定です", "保存について", "新規登録", "ログイン", "キャンセル", "完了"],
    ),
}


@pytest.mark.parametrize("language", sorted(_REWORDED_HEADLINES))
def test_a_reworded_headline_over_a_toolbar_still_anchors_its_article(language: str) -> None:
    """The headline printed with a name shortened still anchors the short article that
    follows it, past a member's toolbar of more short lines than the usual window."""
    first_line, headline, toolbar = _REWORDED_HEADLINES[language]
    article, promotion = _SHORT_ARTICLES["en"][2:]
    if language == "ja":
        article = [
            "月曜日の夜、高さ六メートルの波が外側の防波堤を越えたため、港は閉鎖された。"
            "港長によると、フェリーは水曜日まで港にとどまる見込みだという。",
            "地元の漁業協同組合は、漁船の被害を調べるため、火曜日の朝から組合員に連絡を取り始めた。",
        ]
        promotion = [
            "海岸新聞は百年以上にわたり海岸の町や村を取材してきました。編集局は今も古い税関の建物にあります。",
            "記者たちは地方の政治、学校、スポーツ、文化を取り上げ、読者からは毎週何百通もの手紙や写真が届きます。",
            "購読すると、どの端末でもすべての記事を読むことができ、毎朝六時から紙面のデジタル版も届きます。",
            "会員には、読者が記者や編集者と直接話すことのできる夜の講演会への招待状もお送りしています。",
        ]
    links = "\n".join(f"{word} {n}" for n in range(1, 7) for word in ("Archive", "Events", "Jobs"))
    text = "\n\n".join([first_line, _MENU, headline, *toolbar, *article, links, *promotion])
    assert _body(text, language) == article


_AUTHOR_BOXES = {
    "en": (
        "Maria Lopez",
        "Maria Lopez is a reporter who has covered the city council, its budgets and its "
        "building plans since she joined the paper from a regional radio station in 2015.",
    ),
    "de": (
        "Jonas Becker",
        "Jonas Becker ist Redakteur im Lokalressort und schreibt seit vielen Jahren über "
        "Stadtplanung, Verkehr und die Arbeit des Gemeinderats in der Region.",
    ),
    "fr": (
        "Claire Dubois",
        "Claire Dubois est journaliste au service local, où elle suit depuis plusieurs "
        "années les travaux du conseil municipal et les grands projets de la ville.",
    ),
}


@pytest.mark.parametrize("language", sorted(_AUTHOR_BOXES))
def test_an_author_box_opening_with_the_name_ends_the_article(language: str) -> None:
    """A name on its own line over a paragraph opening with that name is an author's box."""
    name, biography = _AUTHOR_BOXES[language]
    text = "\n\n".join(["Title", _MENU, *_EN_PARAGRAPHS, name, biography, biography])
    assert _body(text, language) == list(_EN_PARAGRAPHS)


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "Was this article helpful? Share it..."),
        ("de", "Hat Ihnen der Artikel gefallen? Jetzt teilen..."),
    ],
)
def test_a_closing_question_with_a_short_call_is_not_body(language: str, line: str) -> None:
    """A footer phrase ending in a question mark and two words more is not a sentence."""
    text = "\n\n".join(["Title", _MENU, *_EN_PARAGRAPHS, line])
    assert _body(text, language) == list(_EN_PARAGRAPHS)


_TEASERS = {
    "en": [
        "Why the old lighthouse on the north shore is finally getting a new lamp this winter",
        "Five walks along the river that are at their best in the first weeks of autumn",
        "The baker who has sold bread from the same window on the square for forty years",
        "How the city's night buses changed the way students get home after the concerts",
    ],
    "es": [
        "Por qué el viejo faro de la costa norte tendrá por fin una lámpara nueva este invierno",
        "Cinco paseos junto al río que están en su mejor momento en las primeras semanas de otoño",
        "El panadero que vende pan desde la misma ventana de la plaza desde hace cuarenta años",
        "Cómo los autobuses nocturnos cambiaron la forma en que los estudiantes vuelven a casa",
    ],
}


@pytest.mark.parametrize("language", sorted(_TEASERS))
def test_teasers_printing_their_headline_twice_are_not_the_article(language: str) -> None:
    """A teaser's link repeats its headline ("A A"): however long, it is not running text."""
    doubled = [f"{line} {line}" for line in _TEASERS[language]]
    text = "\n\n".join(["Title", _MENU, *_EN_PARAGRAPHS, "Share\nFacebook", "\n".join(doubled)])
    assert _body(text, language) == list(_EN_PARAGRAPHS)


_OFFER_BOXES = {
    "en": [
        "Subscribe now to read every story from our newsroom.",
        "Unlimited access on every device",
        "The printed edition as a digital copy each morning",
        "Daily puzzles and crosswords",
    ],
    "de": [
        "Jetzt abonnieren und alle Artikel unserer Redaktion lesen.",
        "Unbegrenzter Zugang auf allen Geräten",
        "Die gedruckte Ausgabe jeden Morgen als digitale Kopie",
        "Tägliche Rätsel und Kreuzworträtsel",
    ],
}


@pytest.mark.parametrize("language", sorted(_OFFER_BOXES))
def test_a_box_printed_twice_inside_the_article_is_not_body(language: str) -> None:
    """An offer shown twice line for line is chrome, even between the article's paragraphs."""
    offer = _OFFER_BOXES[language]
    text = "\n\n".join(
        ["Title", _MENU, _EN_PARAGRAPHS[0], *offer, *offer, _EN_PARAGRAPHS[1], _EN_PARAGRAPHS[2]]
    )
    body = _body(text, language)
    assert body == list(_EN_PARAGRAPHS)
    article = newsparse.parse_article(text, input_format="text", language=language)
    rules = {s.rule for s in article.segments if s.kind is newsparse.SegmentKind.BOILERPLATE}
    assert "boilerplate.repeated-run" in rules


_STOPPED_BOXES = {
    "en": [
        "Create an account to keep reading.",
        "Read three more articles every month.",
        "Get a letter from our editors each week.",
    ],
    "fr": [
        "Créez un compte pour continuer la lecture.",
        "Lisez trois articles de plus chaque mois.",
        "Recevez chaque semaine la lettre de la rédaction.",
    ],
}


@pytest.mark.parametrize("language", sorted(_STOPPED_BOXES))
def test_a_box_printed_twice_with_and_without_full_stops_is_not_body(language: str) -> None:
    """An offer shown twice is the same box even when its second copy drops the full stop
    that ends each line."""
    offer = _STOPPED_BOXES[language]
    bare = [line.rstrip(".") for line in offer]
    text = "\n\n".join(
        ["Title", _MENU, _EN_PARAGRAPHS[0], *offer, *bare, _EN_PARAGRAPHS[1], _EN_PARAGRAPHS[2]]
    )
    assert _body(text, language) == list(_EN_PARAGRAPHS)


def test_an_article_printed_twice_keeps_its_paragraphs() -> None:
    """Paragraphs of several sentences shown twice (a preview, then the text) stay body."""
    paragraphs = [
        "The bridge reopened on Friday. Traffic moved slowly at first. By noon the queues "
        "had gone.",
        "Engineers checked the cables for a week. They found no damage. The repairs cost less "
        "than feared.",
        "The council thanked the crews. It will review the budget in May. Residents welcomed "
        "the news.",
    ]
    text = "\n\n".join(["Title", _MENU, *paragraphs, *paragraphs])
    assert _body(text, "en") == paragraphs * 2


_GALLERIES = {
    "en": [
        ("The new market hall", "Stalls opened at dawn, and the first customers queued outside."),
        ("The old depot", "The brick sheds will house a café and a bicycle workshop."),
        ("The river path", "A path of four kilometres now runs from the park to the harbour."),
    ],
    "de": [
        ("Die neue Markthalle", "Die Stände öffneten im Morgengrauen, die ersten Kunden warteten."),
        ("Das alte Depot", "In den Backsteinhallen ziehen ein Café und eine Fahrradwerkstatt ein."),
        ("Der Uferweg", "Ein vier Kilometer langer Weg führt jetzt vom Park bis zum Hafen."),
    ],
}


@pytest.mark.parametrize("language", sorted(_GALLERIES))
def test_a_numbered_gallery_inside_the_article_is_left_out(language: str) -> None:
    """Slides numbered 1/3, 2/3, 3/3 with their captions between paragraphs are not body."""
    slides = _GALLERIES[language]
    gallery = [
        line
        for n, (heading, caption) in enumerate(slides, start=1)
        for line in (f"{n}/{len(slides)} {heading}", caption)
    ]
    text = "\n\n".join(
        ["Title", _MENU, _EN_PARAGRAPHS[0], *gallery, _EN_PARAGRAPHS[1], _EN_PARAGRAPHS[2]]
    )
    assert _body(text, language) == list(_EN_PARAGRAPHS)


def test_a_gallery_that_is_the_whole_page_is_kept() -> None:
    """Numbered slides with no article text around them are the page's content."""
    slides = _GALLERIES["en"]
    lines = [
        line
        for n, (heading, caption) in enumerate(slides, start=1)
        for line in (f"{n}/{len(slides)} {heading}", caption)
    ]
    text = "\n\n".join(["Title", _MENU, *lines])
    body = "\n".join(_body(text, "en"))
    for _heading, caption in slides:
        assert caption in body


@pytest.mark.parametrize("language", sorted(_SHORT_ARTICLES))
def test_the_headline_over_the_article_is_found_after_a_teaser_of_it(language: str) -> None:
    """A teaser repeating the headline in the page's header and the site's name on a line
    of its own do not hide the heading that stands over the article."""
    first_line, headline, article, promotion = _SHORT_ARTICLES[language]
    site = first_line.split(" | ")[1]
    links = "\n".join(f"{word} {n}" for n in range(1, 7) for word in ("Archive", "Events", "Jobs"))
    text = "\n\n".join(
        [first_line, headline, _MENU, site, _MENU, headline, *article, links, *promotion]
    )
    assert _body(text, language) == article


_PLAYERS = {
    "en": [
        "Play Video",
        "Mute",
        "Current Time 0:00",
        "/",
        "Duration 2:41",
        "Captions",
        "Fullscreen",
    ],
    "de": ["Video abspielen", "Stummschalten", "Dauer 2:41", "Untertitel", "Vollbild"],
    "fr": ["Lire la vidéo", "Couper le son", "Durée 2:41", "Sous-titres", "Plein écran"],
}


@pytest.mark.parametrize("language", sorted(_PLAYERS))
def test_a_video_player_inside_the_article_neither_cuts_it_nor_joins_it(language: str) -> None:
    """A player's labels between paragraphs are boilerplate and leave the article whole."""
    player = "\n".join(_PLAYERS[language])
    text = "\n\n".join(
        ["Title", _MENU, _EN_PARAGRAPHS[0], player, _EN_PARAGRAPHS[1], _EN_PARAGRAPHS[2]]
    )
    assert _body(text, language) == list(_EN_PARAGRAPHS)
    article = newsparse.parse_article(text, input_format="text", language=language)
    rules = {s.rule for s in article.segments}
    assert "boilerplate.player" in rules


_PLAYER_SETTINGS = {
    "en": [
        "Captions",
        "Foreground --- Black Blue White Yellow --- Semi-Transparent Opaque",
        "Background --- Black White Blue --- Opaque Transparent",
        "Text Edge Style Raised Uniform None Depressed",
        "Defaults Done",
    ],
    "de": [
        "Untertitel",
        "Vordergrund --- Weiß Schwarz Rot Grün --- Deckend Halbtransparent",
        "Hintergrund --- Schwarz Weiß Blau --- Deckend Transparent",
        "Schriftgröße 50% 75% 100% 150% 200%",
        "Standardwerte Fertig",
    ],
}


@pytest.mark.parametrize("language", sorted(_PLAYER_SETTINGS))
def test_a_player_s_settings_rows_are_not_body(language: str) -> None:
    """A player's settings printed as text (a label, then its choices in capitalised words,
    numbers and dashes) are its controls, not the article's text."""
    player = "\n".join([*_PLAYERS[language], *_PLAYER_SETTINGS[language]])
    text = "\n\n".join(["Title", _MENU, *_EN_PARAGRAPHS[:2], player, _EN_PARAGRAPHS[2]])
    assert _body(text, language) == list(_EN_PARAGRAPHS)


def test_a_heading_opening_with_a_player_s_label_stays_in_the_body() -> None:
    """A sub-heading that opens with such a label but goes on in words is no settings row."""
    heading = "Background to the long dispute over the depot"
    text = "\n\n".join(
        ["Title", _MENU, _EN_PARAGRAPHS[0], "Captions", heading, *_EN_PARAGRAPHS[1:]]
    )
    assert heading in _body(text, "en")


def test_leaked_markup_lines_are_not_prose() -> None:
    """Lines that are mostly HTML tags (a tracking pixel's or a widget's markup left in the
    page's text) weigh against the region instead of for it, so menus and teaser lists
    between them do not join the article; a sentence quoting a tag stays prose."""
    pixel = (
        '<div style="position:absolute;"><img width=1 height=1 alt="" '
        'src="http://pixel.example.org/b?P=' + "a1B2c3D4e5F6" * 25 + '"></div>'
    )
    quoting = (
        "For lists, the <code>+=</code> operator extends the list in place, which the longer "
        "spelling with a plus sign does not do."
    )
    paragraphs = [*_EN_PARAGRAPHS, quoting]
    teasers = [f"Teaser headline number {n} about the town" for n in range(1, 6)]
    text = "\n\n".join(["Title", pixel, _MENU, *paragraphs, pixel, *teasers, pixel, pixel])
    assert _body(text, "en") == paragraphs


_DATED_TEASERS = {
    "en": (
        "Latest sport",
        ["19:00", "18:52", "15:15", "14:00"],
        [
            "The club signs a young goalkeeper from the second division for three seasons",
            "A late goal sends the home side into the cup final for the first time in years",
            "Why the marathon will start an hour earlier next spring, the organisers explain",
            "The coach who led the team through its best season says goodbye after a decade",
        ],
    ),
    "de": (
        "Weitere Sportnachrichten",
        ["10.06.2026", "09.06.2026", "07.06.2026", "05.06.2026"],
        [
            "Der Verein verpflichtet einen jungen Torhüter aus der zweiten Liga für drei Jahre",
            "Ein spätes Tor bringt die Gastgeber zum ersten Mal seit Jahren ins Pokalfinale",
            "Warum der Marathon im nächsten Frühjahr eine Stunde früher beginnt",
            "Der Trainer, der die Mannschaft durch ihre beste Saison führte, verabschiedet sich",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(_DATED_TEASERS))
def test_a_list_of_dated_teasers_after_the_article_ends_it(language: str) -> None:
    """Lines that are only a date or a time, every few lines, each over a teaser's kicker,
    headline and summary, are a list of other articles: the article ends before them, though
    the summaries read as running text."""
    heading, stamps, headlines = _DATED_TEASERS[language]
    summary = (
        "A summary of the other article that runs on for a long sentence, long enough to "
        "count as running text on its own if nothing told it apart from the article above."
    )
    article = [
        *_EN_PARAGRAPHS,
        "The plan was drawn up by a group of neighbours, architects and gardeners who met "
        "every month in the library to argue over benches, trees and the width of the paths.",
        "Their drawings were shown in the town hall last autumn, and more than two thousand "
        "people left comments on them, most of them asking for more shade and fewer car parks.",
    ]
    kicker = {"en": "Football", "de": "Fußball"}[language]
    teasers = [
        line
        for stamp, title in zip(stamps, headlines, strict=True)
        for line in (stamp, kicker, title, summary)
    ]
    text = "\n\n".join(["Title", _MENU, *article, heading, *teasers])
    assert _body(text, language) == article


def test_a_live_blog_whose_entries_are_stamped_keeps_every_entry() -> None:
    """A live blog stamps its own entries with times: the times inside the article show
    that later stamps are entries too, not a list of other articles."""
    entries = [
        "The second half is under way, and the visitors have made two changes at the break.",
        "A long spell of pressure from the home side ends with a shot that hits the post.",
        "The referee stops play for a few minutes while a player is treated on the pitch.",
        "Play resumes, and the visitors almost score from the free kick that follows.",
        "Full time: a draw that leaves both sides where they were in the table.",
        "The home coach says he is proud of his players after a hard week of travel.",
    ]
    times = ["20:31", "20:24", "20:21", "20:19", "20:17", "20:02"]
    lines = [line for stamp, entry in zip(times, entries, strict=True) for line in (stamp, entry)]
    text = "\n\n".join(["Title", _MENU, *lines])
    body = _body(text, "en")
    assert all(entry in body for entry in entries)


@pytest.mark.parametrize(
    ("language", "byline", "name", "role", "biography"),
    [
        (
            "en",
            "By Maria Lopez",
            "Maria Lopez",
            "Reporter",
            "Has written about the city since 2015, mostly about housing, budgets and the "
            "long arguments of the planning committee, and before that for a radio station.",
        ),
        (
            "de",
            "Kommentar von Jonas Becker",
            "Jonas Becker",
            "Redakteur",
            "Seit 2019 in der Lokalredaktion. Interessiert sich vor allem für Stadtplanung, "
            "Verkehr und die langen Sitzungen des Gemeinderats, über die er regelmäßig schreibt.",
        ),
    ],
)
def test_the_bylines_name_alone_after_the_article_opens_an_authors_box(
    language: str, byline: str, name: str, role: str, biography: str
) -> None:
    """The author the byline named, standing alone on a line after the article over a role
    and a biography, opens an author's box: the article ends before it."""
    text = "\n\n".join(["Title", _MENU, "Title", byline, *_EN_PARAGRAPHS, name, role, biography])
    assert _body(text, language) == list(_EN_PARAGRAPHS)


_RELATED_BOXES = {
    "en": (
        "Related",
        [
            "Why the old lighthouse is finally getting a new lamp",
            "Five walks along the river this autumn",
            "The baker who has sold bread from the same window for forty years",
        ],
    ),
    "fr": (
        "À lire aussi",
        [
            "Pourquoi le vieux phare aura enfin une nouvelle lampe",
            "Cinq promenades le long du fleuve cet automne",
            "Le boulanger qui vend son pain à la même fenêtre depuis quarante ans",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(_RELATED_BOXES))
def test_a_related_box_between_paragraphs_does_not_end_the_article(language: str) -> None:
    """A "related" heading and its titles set between the paragraphs end nothing when
    several long paragraphs follow them: the article goes on after the box."""
    heading, titles = _RELATED_BOXES[language]
    # A long article before the box, so that the text after it weighs little beside it.
    opening = [
        f"On day {n} of the hearing, the council heard from residents of street number {n}, "
        "who asked for green space where the old rail depot stands, and from the gardeners "
        "and architects who drew the plan for a park with a market hall and a river path."
        for n in range(1, 21)
    ]
    closing = [
        "More than two thousand people left comments on the drawings, most of them asking "
        "for more shade and fewer car parks, and the architects changed the plan twice to "
        "answer them, moving the playground away from the road and adding a row of oaks.",
        "The cost of the park is shared between the city and the region, which will pay for "
        "the path along the river as part of its plan to link the towns of the valley by "
        "bicycle, a project that has been waiting for money for almost as long as the depot.",
        "The first trees will be planted in March, the mayor said, and children from the "
        "three schools of the neighbourhood have been invited to plant them together with "
        "the gardeners who drew the plan, before the builders arrive with their machines.",
    ]
    text = "\n\n".join(["Title", _MENU, *opening, heading, *titles, *closing])
    assert _body(text, language) == [*opening, *closing]


_BOXES_BETWEEN = {
    "en": (
        "Related",
        [
            "Why the old lighthouse is finally getting a new lamp",
            "Five walks along the river this autumn",
            "The baker who has sold bread from the same window for forty years",
        ],
        [
            "The first trees will be planted in March, the mayor said on Tuesday evening, and "
            "the gardeners who drew the plan will choose the places where they stand.",
            "Children from the three schools nearby have been invited to plant them, before "
            "the builders arrive with their machines to lay the path along the river.",
        ],
        "Most read",
    ),
    "de": (
        "Auch interessant",
        [
            "Warum der alte Leuchtturm endlich eine neue Lampe bekommt",
            "Fünf Spaziergänge am Fluss in diesem Herbst",
            "Der Bäcker, der seit vierzig Jahren am selben Fenster Brot verkauft",
        ],
        [
            "Die ersten Bäume sollen im März gepflanzt werden, sagte der Bürgermeister am "
            "Dienstagabend, und die Gärtner suchen die Plätze aus, an denen sie stehen.",
            "Kinder aus den drei Schulen der Nachbarschaft dürfen beim Pflanzen helfen, bevor "
            "die Bauarbeiter mit ihren Maschinen den Weg am Fluss anlegen.",
        ],
        "Meistgelesen",
    ),
}


def _long_opening() -> list[str]:
    """A long article, so that what follows a box after it weighs little beside it."""
    return [
        f"On day {n} of the hearing, the council heard from residents of street number {n}, "
        "who asked for green space where the old rail depot stands, and from the gardeners "
        "and architects who drew the plan for a park with a market hall and a river path."
        for n in range(1, 21)
    ]


@pytest.mark.parametrize("language", sorted(_BOXES_BETWEEN))
def test_two_paragraphs_after_a_box_of_links_go_on_with_the_article(language: str) -> None:
    """A "related" box near the end of a long article, with its links under its heading,
    does not end the article when two paragraphs in a row follow it: a teaser has one
    summary at the most, so two paragraphs are the article going on."""
    heading, titles, closing, _ = _BOXES_BETWEEN[language]
    opening = _long_opening()
    text = "\n\n".join(["Title", _MENU, *opening, heading, *titles, *closing])
    body = _body(text, language)
    assert body[: len(opening)] == opening
    assert body[-len(closing) :] == closing
    assert titles[0] not in body


@pytest.mark.parametrize("language", sorted(_BOXES_BETWEEN))
def test_summaries_right_under_a_box_heading_do_not_go_on_with_the_article(
    language: str,
) -> None:
    """Paragraphs right under a "most read" heading, with no link line between, are the
    box's own summaries: the article still ends at the heading."""
    _, _, closing, heading = _BOXES_BETWEEN[language]
    opening = _long_opening()
    text = "\n\n".join(["Title", _MENU, *opening, heading, *closing])
    assert _body(text, language) == opening


_LAST_AFTER_BOX = {
    "en": (
        "The gardeners will come back every autumn to prune the young trees, and the city has "
        "promised to publish each year how many of them took root, so that residents can see "
        "whether the park grows as the drawings promised when the council voted for it.",
        "A short walk along the river.",
    ),
    "de": (
        "Die Gärtner wollen jeden Herbst zurückkommen, um die jungen Bäume zu schneiden, und "
        "die Stadt hat versprochen, jedes Jahr zu veröffentlichen, wie viele davon angewachsen "
        "sind, damit die Anwohner sehen, ob der Park so wächst, wie die Pläne es versprachen.",
        "Ein kurzer Spaziergang am Fluss.",
    ),
}


@pytest.mark.parametrize("language", sorted(_LAST_AFTER_BOX))
def test_the_last_paragraph_after_a_box_of_links_ends_the_article(language: str) -> None:
    """A "related" box set before the article's last paragraph: the long paragraph that
    closes the text under the box's links is the article's, not the box's."""
    heading, titles, _, most_read = _BOXES_BETWEEN[language]
    last, _ = _LAST_AFTER_BOX[language]
    opening = _long_opening()
    text = "\n\n".join(
        ["Title", _MENU, *opening, heading, *titles[:2], last, most_read, *titles[2:]]
    )
    body = _body(text, language)
    assert body[: len(opening)] == opening
    assert body[-1] == last
    assert titles[0] not in body


@pytest.mark.parametrize("language", sorted(_LAST_AFTER_BOX))
def test_a_teasers_short_summary_after_a_box_of_links_stays_out(language: str) -> None:
    """A short summary under the box's links is the teaser's: the article ends at the box."""
    heading, titles, _, most_read = _BOXES_BETWEEN[language]
    _, summary = _LAST_AFTER_BOX[language]
    opening = _long_opening()
    text = "\n\n".join(
        ["Title", _MENU, *opening, heading, *titles[:2], summary, most_read, *titles[2:]]
    )
    assert _body(text, language) == opening


def test_two_paragraphs_after_a_tags_heading_do_not_go_on_with_the_article() -> None:
    """Tags stand after the article: paragraphs under a tags heading and its tags are not
    the article going on (a site's notice, another story)."""
    closing = _BOXES_BETWEEN["en"][2]
    opening = _long_opening()
    text = "\n\n".join(["Title", _MENU, *opening, "Tags", "Parks", "Council", *closing])
    assert _body(text, "en") == opening


_MORE_PARAGRAPHS = [
    "More than two thousand people left comments on the drawings, most of them asking for "
    "more shade and fewer car parks, and the architects changed the plan twice to answer them.",
    "The cost of the park is shared between the city and the region, which will pay for the "
    "path along the river as part of its plan to link the towns of the valley by bicycle.",
    "The first trees will be planted in March, and children from the three schools of the "
    "neighbourhood have been invited to plant them together with the gardeners.",
]


@pytest.mark.parametrize(
    ("language", "link"),
    [
        ("en", "See all offers ›"),
        ("nl", "Bekijk alle aanbiedingen ›"),
        ("de", "Alle Angebote »"),
        ("fr", "Voir toutes les offres »"),
        ("es", "Ver todas las ofertas →"),
    ],
)
def test_a_short_line_ending_in_an_arrow_is_a_link(language: str, link: str) -> None:
    """A short line ending in an arrow after a space is a link or a button between the
    paragraphs, never article text, whatever the language."""
    text = "\n\n".join(["Title", _MENU, *_EN_PARAGRAPHS, link, *_MORE_PARAGRAPHS])
    article = newsparse.parse_article(text, input_format="text", language=language)
    rules = {text[s.start : s.end]: s.rule for s in article.segments}
    assert rules[link] == "boilerplate.link"
    assert [p.text for p in article.body] == [*_EN_PARAGRAPHS, *_MORE_PARAGRAPHS]


def test_a_line_closing_its_own_quotation_is_no_link() -> None:
    """A closing guillemet after a space ends a quotation the line opened: text, not a link."""
    quote = "« Nous verrons bien, on verra au printemps »"
    text = "\n\n".join(["Titre", _MENU, *_EN_PARAGRAPHS, quote, *_MORE_PARAGRAPHS])
    assert quote in _body(text, "fr")


_TICKER_NOTICES = [
    "Until 13 June, closing time: between the two stations, buses replace the trains every "
    "night after half past ten, and the last bus leaves the square at one in the morning.",
    "Until 8 May: the trains of this line stop at every station on the way to the coast, "
    "since one of the two tracks is being renewed, and journeys take a quarter hour longer.",
]


@pytest.mark.parametrize(
    ("language", "dateline"),
    [
        ("en", "Wed 22.05.24 | 09:41 | By Eva Stone"),
        ("de", "Mi 22.05.24 | 09:41 Uhr | Von Eva Stein"),
    ],
)
def test_lines_before_a_dated_headline_inside_the_run_are_left_out(
    language: str, dateline: str
) -> None:
    """When the richest run holds the page's headline with a date or a byline under it, and
    most of the run comes after it, what stands before the headline (a ticker of notices)
    is no part of the article."""
    headline = "Storm closes the harbour for two days"
    article = [
        *_EN_PARAGRAPHS,
        *_MORE_PARAGRAPHS,
        "The harbour master said the new wall would be finished before the winter storms, "
        "and that the ferries would then keep their timetable in all but the worst weather.",
    ]
    text = "\n\n".join(
        [f"{headline} | The Coast Herald", _MENU, *_TICKER_NOTICES, headline, dateline, *article]
    )
    assert _body(text, language) == article


def test_a_headline_repeated_without_a_date_inside_the_run_changes_nothing() -> None:
    """A repeat of the headline with no date or byline around it (a share box, a caption)
    inside the article does not cut the article's opening off."""
    headline = "Storm closes the harbour for two days"
    article = [*_EN_PARAGRAPHS, "Share this article", headline, *_MORE_PARAGRAPHS]
    text = "\n\n".join([f"{headline} | The Coast Herald", _MENU, headline, *article])
    body = _body(text, "en")
    assert body[0] == _EN_PARAGRAPHS[0]
    assert body[-1] == _MORE_PARAGRAPHS[-1]


@pytest.mark.parametrize(
    ("language", "credit"),
    [
        ("en", "Jane Porter/Getty Images"),
        ("en", "STR/AFP via Getty Images"),
        ("de", "Anna Fink/dpa"),
    ],
)
def test_a_short_credit_ending_in_an_agency_is_a_caption(language: str, credit: str) -> None:
    """A picture credit between paragraphs that names the photographer, then the agency
    after a slash or "via", is a caption, not article text."""
    text = "\n\n".join(["Title", _MENU, *_EN_PARAGRAPHS[:2], credit, _EN_PARAGRAPHS[2]])
    article = newsparse.parse_article(text, input_format="text", language=language)
    assert credit in article.captions
    assert [p.text for p in article.body] == list(_EN_PARAGRAPHS)


def test_a_prefixed_byline_ending_in_an_agency_stays_a_byline() -> None:
    """ "Von: det/dpa" under the headline credits writers, it is no picture credit."""
    text = "\n\n".join(["Titel", _MENU, "Titel", "Von: det/dpa", *_EN_PARAGRAPHS])
    article = newsparse.parse_article(text, input_format="text", language="de")
    assert article.byline is not None
    assert article.byline.authors == ("det", "dpa")


@pytest.mark.parametrize(
    ("language", "notice"),
    [
        (
            "de",
            "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit "
            "können personenbezogene Daten an Drittplattformen übermittelt werden.",
        ),
        (
            "en",
            "External content: this chart is provided by a partner site, and you need to "
            "allow its cookies before it can be shown here.",
        ),
    ],
)
def test_a_consent_notice_for_embedded_content_is_not_body(language: str, notice: str) -> None:
    """The notice standing in for an embedded chart or post until the reader consents is
    boilerplate between the paragraphs, not article text."""
    text = "\n\n".join(["Title", _MENU, *_EN_PARAGRAPHS[:2], notice, _EN_PARAGRAPHS[2]])
    article = newsparse.parse_article(text, input_format="text", language=language)
    rules = {text[s.start : s.end]: s.rule for s in article.segments}
    assert rules[notice] == "boilerplate.cookies"
    assert [p.text for p in article.body] == list(_EN_PARAGRAPHS)


_SUMMARY_TEASERS = {
    "en": (
        "Latest news",
        [
            (
                "Harbour ferry gets a second deck",
                "The old ferry will carry twice as many bikes from June, the operator said, and "
                "the crossing will take ten minutes less.",
            ),
            (
                "Choir from the valley wins the national prize",
                "Forty singers from three villages beat twelve city choirs in the final round, "
                "held for the first time in the new concert hall.",
            ),
            (
                "Why the bridge closes every night this month",
                "Engineers are checking the cables, a job that can only be done without traffic, "
                "and buses will take the old road instead.",
            ),
            (
                "A bakery turns a hundred",
                "The family that runs it celebrates with free bread for everyone on Saturday, and "
                "the mayor has promised to come early.",
            ),
        ],
    ),
    "de": (
        "Neueste Artikel",
        [
            (
                "Die Hafenfähre bekommt ein zweites Deck",
                "Ab Juni nimmt die alte Fähre doppelt so viele Fahrräder mit, sagt die "
                "Reederei, und die Überfahrt dauert zehn Minuten weniger.",
            ),
            (
                "Chor aus dem Tal gewinnt den Landespreis",
                "Vierzig Sänger aus drei Dörfern setzten sich im Finale gegen zwölf Stadtchöre "
                "durch, das zum ersten Mal im neuen Konzertsaal stattfand.",
            ),
            (
                "Warum die Brücke diesen Monat jede Nacht gesperrt ist",
                "Ingenieure prüfen die Seile, eine Arbeit, die nur ohne Verkehr möglich ist, und "
                "die Busse fahren so lange über die alte Straße.",
            ),
            (
                "Eine Bäckerei wird hundert Jahre alt",
                "Die Familie, die sie führt, feiert am Samstag mit Brot für alle Gäste, und der "
                "Bürgermeister hat versprochen, früh zu kommen.",
            ),
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(_SUMMARY_TEASERS))
def test_teasers_with_a_one_sentence_summary_after_the_article_are_left_out(
    language: str,
) -> None:
    """After a "more" heading, titles that each carry one short summary, never two
    paragraphs in a row, are a list of other articles, though the summaries read as
    sentences: the article ends at the heading."""
    heading, teasers = _SUMMARY_TEASERS[language]
    article = [*_EN_PARAGRAPHS, *_MORE_PARAGRAPHS]
    lines = [line for teaser in teasers for line in teaser]
    text = "\n\n".join(["Title", _MENU, *article, heading, *lines])
    assert _body(text, language) == article


def test_paragraphs_in_a_row_after_a_more_heading_stay_in_the_article() -> None:
    """Sub-headings each followed by two paragraphs after a "more" heading are the article
    going on, not a list of teasers."""
    sections = [
        ("The river path", _MORE_PARAGRAPHS[0], _MORE_PARAGRAPHS[1]),
        ("The market hall", _EN_PARAGRAPHS[1], _MORE_PARAGRAPHS[2]),
        ("The trees", _EN_PARAGRAPHS[2], _MORE_PARAGRAPHS[0]),
    ]
    lines = [line for section in sections for line in section]
    text = "\n\n".join(["Title", _MENU, *_EN_PARAGRAPHS, "Read more", *lines])
    body = _body(text, "en")
    assert body[-1] == _MORE_PARAGRAPHS[0]


@pytest.mark.parametrize(
    ("language", "question", "paragraphs"),
    [
        (
            "fr",
            "Comment réagissent les habitants du quartier ?",
            (
                "Le conseil a voté mardi la transformation de l'ancien dépôt ferroviaire en "
                "parc public, après plus de dix ans de débats entre la ville et la région.",
                "Les habitants réclamaient un espace vert depuis la fermeture du dépôt, et le "
                "projet prévoit une aire de jeux, une halle et un chemin au bord de l'eau.",
                "Les travaux doivent commencer au printemps prochain, et une première partie du "
                "parc devrait ouvrir au public avant la fin de l'année suivante.",
            ),
        ),
        ("en", "Share prices falling again?", _EN_PARAGRAPHS),
    ],
)
def test_a_question_heading_opening_with_a_footer_word_stays_in_the_article(
    language: str, question: str, paragraphs: tuple[str, ...]
) -> None:
    """A sub-heading that asks a question is the article's, even when its first word is
    also a footer phrase ("Comment", "Share"): the paragraphs after it stay in the body."""
    text = "\n\n".join(["Title", _MENU, *paragraphs[:2], question, paragraphs[2]])
    assert _body(text, language) == [*paragraphs[:2], question, paragraphs[2]]


@pytest.mark.parametrize(
    ("language", "share"),
    [("en", "Share this article\nFacebook Twitter Email"), ("de", "Teilen\nFacebook Twitter")],
)
def test_a_share_bar_between_long_paragraphs_does_not_end_the_article(
    language: str, share: str
) -> None:
    """Share buttons printed between the article's paragraphs end nothing when several
    long paragraphs follow them: the article goes on after the bar."""
    opening = [
        f"On day {n} of the hearing, the council heard from residents of street number {n}, "
        "who asked for green space where the old rail depot stands, and from the gardeners "
        "and architects who drew the plan for a park with a market hall and a river path."
        for n in range(1, 9)
    ]
    closing = [
        f"In week {n} of the works, the builders cleared another part of the depot, and the "
        "gardeners followed them with young oaks, hedges and benches, while the neighbours "
        "watched from the fence and asked when the first part of the park would open to all."
        for n in range(1, 5)
    ]
    text = "\n\n".join(["Title", _MENU, *opening, share, *closing])
    assert _body(text, language) == [*opening, *closing]


@pytest.mark.parametrize(
    ("language", "call"),
    [
        ("en", "Sign up for our morning briefing and never miss a story from the valley."),
        ("en", "Get the latest news from the harbour district in your inbox."),
        ("de", "Jetzt abonnieren und jeden Morgen die wichtigsten Nachrichten aus dem Tal lesen!"),
        ("fr", "Recevez notre newsletter chaque matin pour ne rien manquer de la vallée."),
    ],
)
def test_a_call_to_sign_up_between_paragraphs_is_not_body(language: str, call: str) -> None:
    """A short line that opens with a call to subscribe is a newsletter promotion, even
    written as a sentence: it is left out of the body, and the article goes on after it."""
    text = "\n\n".join(["Title", _MENU, _EN_PARAGRAPHS[0], call, *_EN_PARAGRAPHS[1:]])
    article = newsparse.parse_article(text, input_format="text", language=language)
    assert [p.text for p in article.body] == list(_EN_PARAGRAPHS)
    rules = {text[s.start : s.end]: s.rule for s in article.segments}
    assert rules[call] == "boilerplate.sign-up"


def test_a_sentence_opening_with_a_network_name_stays_in_the_body() -> None:
    """A single subscribe word opening a sentence ("Instagram changed ...") names a service
    the article talks about; it is no call to sign up."""
    sentence = "Instagram changed the order of its feed again this week, and many users noticed."
    text = "\n\n".join(["Title", _MENU, _EN_PARAGRAPHS[0], sentence, *_EN_PARAGRAPHS[1:]])
    assert _body(text, "en") == [_EN_PARAGRAPHS[0], sentence, *_EN_PARAGRAPHS[1:]]


@pytest.mark.parametrize(
    ("language", "line", "rule"),
    [
        ("de", "Zurück zur Übersicht", "boilerplate.menu"),
        ("de", "Zurück zur Startseite", "boilerplate.menu"),
        ("no", "Annonsørinnhold", "boilerplate.menu"),
        ("pl", "Informujemy, że na naszej stronie korzystamy z cookies.", "boilerplate.cookies"),
        (
            "pl",
            "Materiał chroniony prawem autorskim – przedruk tylko za zgodą wydawcy.",
            "boilerplate.copyright",
        ),
    ],
)
def test_back_links_cookie_and_copyright_notices_between_paragraphs(
    language: str, line: str, rule: str
) -> None:
    """A link back to the overview, a cookie notice and a copyright notice between the
    article's paragraphs are boilerplate, in the page's language."""
    text = "\n\n".join(["Title", _MENU, *_EN_PARAGRAPHS, line, *_MORE_PARAGRAPHS])
    article = newsparse.parse_article(text, input_format="text", language=language)
    rules = {text[s.start : s.end]: s.rule for s in article.segments}
    assert rules[line] == rule
    assert [p.text for p in article.body] == [*_EN_PARAGRAPHS, *_MORE_PARAGRAPHS]


def test_an_explore_further_heading_after_the_article_ends_it() -> None:
    """An "Explore further" heading over links to other stories is a "related" heading."""
    teasers = [
        "Old harbour crane finds a new home",
        "The crane that stood by the harbour for sixty years now greets visitors at the museum.",
    ]
    text = "\n\n".join(["Title", _MENU, *_EN_PARAGRAPHS, "Explore further", *teasers])
    assert _body(text, "en") == list(_EN_PARAGRAPHS)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Lest auch", newsparse.SegmentKind.FOOTER),
        ("Link kopiert!", newsparse.SegmentKind.BOILERPLATE),
    ],
)
def test_german_read_also_and_link_copied_lines_are_not_body(
    line: str, kind: newsparse.SegmentKind
) -> None:
    """The informal "Lest auch" over a related title and a share button's "Link kopiert!"
    between the paragraphs are no part of the article."""
    title = "Warum die Fähre im Winter seltener fährt"
    text = "\n\n".join(["Titel", _MENU, *_EN_PARAGRAPHS, line, title, *_MORE_PARAGRAPHS])
    article = newsparse.parse_article(text, input_format="text", language="de")
    kinds = {text[s.start : s.end]: s.kind for s in article.segments}
    assert kinds[line] is kind
    assert line not in [p.text for p in article.body]


@pytest.mark.parametrize(
    ("language", "heading", "titles"),
    [
        (
            "en",
            "Most read",
            [
                "Lighthouse keeper retires after forty winters",
                "Night buses return to the valley",
                "The bakery that never closes",
            ],
        ),
        (
            "de",
            "Meistgelesen",
            [
                "Leuchtturmwärter geht nach vierzig Wintern in Rente",
                "Nachtbusse fahren wieder ins Tal",
                "Die Bäckerei, die nie schließt",
            ],
        ),
    ],
)
def test_a_box_of_most_read_titles_between_paragraphs_is_not_body(
    language: str, heading: str, titles: list[str]
) -> None:
    """A heading that is only a "more" phrase, set between the article's paragraphs, and
    the few titles under it are a box of other stories: the titles leave the body, and the
    article goes on after them."""
    text = "\n\n".join(["Title", _MENU, *_EN_PARAGRAPHS, heading, *titles, *_MORE_PARAGRAPHS])
    article = newsparse.parse_article(text, input_format="text", language=language)
    assert [p.text for p in article.body] == [*_EN_PARAGRAPHS, *_MORE_PARAGRAPHS]
    rules = {text[s.start : s.end]: s.rule for s in article.segments}
    assert rules[heading] == "footer.more-inline"
    assert {rules[title] for title in titles} == {"footer.more-inline-item"}


_OFFER = (
    "Four weeks for one euro, then cancel any month.\n"
    "Unlimited access to every article on the site.\n"
    "Our daily puzzles and the evening newsletter."
)


@pytest.mark.parametrize(
    ("language", "notice"),
    [
        ("en", "41 % of this article remains. Subscribe to continue reading."),
        ("en", "Create a free account to continue reading"),
        ("fr", "Il vous reste 63 % de cet article à lire. La suite est réservée aux abonnés."),
        ("de", "Möchten Sie weiterlesen?"),
        ("de", "Wählen Sie Ihr Angebot und lesen Sie weiter:"),
        ("es", "Este contenido es exclusivo para suscriptores."),
        ("pl", "Pozostało jeszcze 72% artykułu"),
    ],
)
def test_a_paywall_notice_ends_the_article(language: str, notice: str) -> None:
    """A short line telling that the rest of the article is for subscribers ends the
    article: neither the notice nor the offer under it is body."""
    text = "\n\n".join(["Title", _MENU, *_EN_PARAGRAPHS, notice, _OFFER])
    article = newsparse.parse_article(text, input_format="text", language=language)
    assert [p.text for p in article.body] == list(_EN_PARAGRAPHS)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The rest of the evening belonged to the brass band from the harbour."),
        ("fr", "Il vous reste deux semaines pour donner votre avis sur le projet du parc."),
        ("de", "Wer weiterlesen möchte, findet den Bericht des Rates in der Bibliothek."),
    ],
)
def test_a_sentence_opening_like_a_paywall_notice_stays_in_the_article(
    language: str, sentence: str
) -> None:
    """A sentence of the article that merely shares words with a paywall notice ("Il vous
    reste deux semaines...") ends nothing."""
    text = "\n\n".join(["Title", _MENU, *_EN_PARAGRAPHS[:2], sentence, _EN_PARAGRAPHS[2]])
    assert _body(text, language) == [*_EN_PARAGRAPHS[:2], sentence, _EN_PARAGRAPHS[2]]


# An article printed whole around a paywall notice: paragraphs before it and after it.
_HEARING = [
    f"On day {n} of the hearing, the council heard from residents of street number {n}, "
    "who asked for green space where the old rail depot stands, and from the gardeners "
    "and architects who drew the plan for a park with a market hall and a river path."
    for n in range(1, 4)
]
_WORKS = [
    f"In week {n} of the works, the builders cleared another part of the depot, and the "
    "gardeners followed them with young oaks, hedges and benches, while the neighbours "
    "watched from the fence and asked when the first part of the park would open to all."
    for n in range(1, 6)
]


def test_a_paywall_notice_before_the_rest_of_the_article_does_not_end_it() -> None:
    """A paywall notice printed between the article's paragraphs, with several long
    paragraphs after it (the whole article sent to the page), ends nothing; the notice
    itself is left out."""
    opening, closing = _HEARING, _WORKS
    notice = "This content is reserved for subscribers only"
    text = "\n\n".join(["Title", _MENU, *opening, notice, *closing])
    article = newsparse.parse_article(text, input_format="text", language="en")
    assert [p.text for p in article.body] == [*opening, *closing]
    rules = {text[s.start : s.end]: s.rule for s in article.segments}
    assert rules[notice] == "boilerplate.paywall"


def test_many_paywall_notices_parse_quickly() -> None:
    """A page of thousands of short paywall notices parses in well under a second."""
    notices = [f"Subscribe to continue reading part {n}" for n in range(3000)]
    text = "\n\n".join(["Title", *_EN_PARAGRAPHS, *notices])
    began = time.perf_counter()
    newsparse.parse_article(text, input_format="text", language="en")
    assert time.perf_counter() - began < 1.0


@pytest.mark.parametrize(
    ("language", "heading"),
    [("en", "More from the valley desk"), ("de", "Mehr aus dem Tal und der Region")],
)
def test_a_more_heading_naming_a_section_ends_the_article_before_teasers(
    language: str, heading: str
) -> None:
    """A short "more" heading that names a section or a site after its phrase ("More from
    the valley desk", "Mehr aus dem Tal") ends the article like the bare phrase when a
    list of teasers follows it."""
    _bare, teasers = _SUMMARY_TEASERS[language]
    article = [*_EN_PARAGRAPHS, *_MORE_PARAGRAPHS]
    lines = [line for teaser in teasers for line in teaser]
    text = "\n\n".join(["Title", _MENU, *article, heading, *lines])
    assert _body(text, language) == article


def test_a_more_link_between_long_paragraphs_does_not_end_the_article() -> None:
    """A short "Read more" link to another story, set between long paragraphs that go on
    after it, ends nothing."""
    opening = [
        f"On day {n} of the hearing, the council heard from residents of street number {n}, "
        "who asked for green space where the old rail depot stands, and from the gardeners "
        "and architects who drew the plan for a park with a market hall and a river path."
        for n in range(1, 5)
    ]
    closing = [
        f"In week {n} of the works, the builders cleared another part of the depot, and the "
        "gardeners followed them with young oaks, hedges and benches, while the neighbours "
        "watched from the fence and asked when the first part of the park would open to all."
        for n in range(1, 5)
    ]
    link = "Read more: Harbour ferry gets a second deck"
    text = "\n\n".join(["Title", _MENU, *opening, link, *closing])
    assert _body(text, "en") == [*opening, *closing]


_STANDFIRSTS = {
    "en": (
        "Old rail depot to become a park",
        "How ten years of letters from residents changed the council's mind",
    ),
    "de": (
        "Altes Bahndepot wird zum Park",
        "Wie zehn Jahre Briefe der Anwohner den Stadtrat umgestimmt haben",
    ),
    "fr": (
        "Le vieux dépôt ferroviaire deviendra un parc",
        "Comment dix ans de lettres des riverains ont fait changer le conseil d'avis",
    ),
}


@pytest.mark.parametrize("language", sorted(_STANDFIRSTS))
def test_a_standfirst_under_the_headline_opens_the_body(language: str) -> None:
    """A line of a few words standing between the headline and the article's first
    paragraph, neither chrome nor a date, is the article's standfirst: the body opens
    with it."""
    headline, standfirst = _STANDFIRSTS[language]
    text = "\n\n".join([headline, _MENU, headline, standfirst, *_EN_PARAGRAPHS, "Share"])
    assert _body(text, language) == [standfirst, *_EN_PARAGRAPHS]


@pytest.mark.parametrize(
    "line",
    [
        "12 March 2024",
        "Parks",
        "Photo: Jane Roe",
        "By Jane Roe and Tom Poe",
    ],
)
def test_a_date_a_kicker_a_credit_or_a_byline_do_not_open_the_body(
    line: str,
) -> None:
    """Under the headline, a date, a one-word kicker, a picture credit and a byline are no
    standfirst: the body opens after them."""
    headline = _STANDFIRSTS["en"][0]
    text = "\n\n".join([headline, _MENU, headline, line, *_EN_PARAGRAPHS, "Share"])
    assert _body(text, "en") == list(_EN_PARAGRAPHS)


_FURNITURE = {
    "en": ("By Jane Roe", "12 March 2024, 14:05", "Reading time: 3 min"),
    "de": ("Von Anna Fink", "12.03.2024, 14:05 Uhr", "Lesedauer: 3 Min."),
    "fr": ("Par Jeanne Roux", "12 mars 2024 à 14h05", "Lecture : 3 min"),
}


@pytest.mark.parametrize("language", sorted(_STANDFIRSTS))
def test_a_standfirst_over_a_byline_and_a_date_opens_the_body(language: str) -> None:
    """A standfirst under the headline stays the article's first line when its byline, its
    date and a reading time stand between it and the first paragraph: the body opens with
    it, and the byline is still read."""
    headline, standfirst = _STANDFIRSTS[language]
    byline, date, reading = _FURNITURE[language]
    text = "\n\n".join(
        [headline, _MENU, headline, standfirst, byline, date, reading, *_EN_PARAGRAPHS, "Share"]
    )
    body = _body(text, language)
    assert body[0] == standfirst
    assert body[-len(_EN_PARAGRAPHS) :] == list(_EN_PARAGRAPHS)
    article = newsparse.parse_article(text, input_format="text", language=language)
    assert article.byline is not None
    assert byline not in body


_TWO_LINE_HEADLINES = {
    "en": (
        "Rent strike in the city",
        "“We simply have no money left for the rent”",
        "Tenants across the city hold back their rent and warn their landlords",
        "A new fight over the old depot",
    ),
    "de": (
        "Mietstreik in der Stadt",
        "„Wir haben einfach kein Geld mehr für die Miete“",
        "In der ganzen Stadt halten Mieter ihre Miete zurück und warnen die Vermieter",
        "Ein neuer Streit um das alte Depot",
    ),
}


@pytest.mark.parametrize("language", sorted(_TWO_LINE_HEADLINES))
def test_a_standfirst_under_a_headline_on_two_lines_opens_the_body(language: str) -> None:
    """A headline the page sets on two lines (a kicker over a quote, both in the title)
    is one headline: the line of a few words under its second line is the standfirst."""
    kicker, quote, standfirst, _ = _TWO_LINE_HEADLINES[language]
    byline, date, _ = _FURNITURE[language]
    title = f"{kicker}: {quote}"
    top = [title, _MENU, kicker, quote, standfirst, byline, date]
    text = "\n\n".join([*top, *_EN_PARAGRAPHS, "Share"])
    assert _body(text, language) == [standfirst, *_EN_PARAGRAPHS]


@pytest.mark.parametrize("language", sorted(_TWO_LINE_HEADLINES))
def test_a_second_headline_not_in_the_title_is_no_part_of_the_headline(language: str) -> None:
    """A line under the headline that the title does not hold is a second headline, not
    the headline's other line: the line of a few words under it is no standfirst."""
    kicker, quote, standfirst, other = _TWO_LINE_HEADLINES[language]
    byline, date, _ = _FURNITURE[language]
    title = f"{kicker}: {quote}"
    top = [title, _MENU, kicker, other, standfirst, byline, date]
    text = "\n\n".join([*top, *_EN_PARAGRAPHS, "Share"])
    assert _body(text, language) == list(_EN_PARAGRAPHS)


_CONTENTS = {
    "en": (
        "Contents",
        "How ten years of letters changed the council's mind",
        "What the new park will bring to the whole neighbourhood",
    ),
    "de": (
        "Inhalt",
        "Wie zehn Jahre voller Briefe den Stadtrat umgestimmt haben",
        "Was der neue Park dem ganzen Viertel bringen soll",
    ),
}


@pytest.mark.parametrize("language", sorted(_CONTENTS))
def test_a_standfirst_over_a_table_of_contents_opens_the_body(language: str) -> None:
    """A table of contents between a standfirst and the first paragraph, whose entries
    the article prints again as its sub-headings, is the article's furniture: the body
    opens with the standfirst, and the contents stay out."""
    headline, standfirst = _STANDFIRSTS[language]
    heading, first, second = _CONTENTS[language]
    standfirst += "."
    top = [headline, _MENU, headline, standfirst, heading, first, second]
    first_text, second_text, third_text = _EN_PARAGRAPHS
    article = [first_text, first, second_text, second, third_text]
    text = "\n\n".join([*top, *article, "Share"])
    body = _body(text, language)
    assert body[0] == standfirst
    assert body[1:] == article


@pytest.mark.parametrize("language", sorted(_CONTENTS))
def test_lines_the_article_does_not_print_again_are_no_table_of_contents(
    language: str,
) -> None:
    """Lines between a standfirst and the first paragraph that the article does not print
    again are no table of contents: the line above them is no standfirst."""
    headline, standfirst = _STANDFIRSTS[language]
    heading, first, second = _CONTENTS[language]
    standfirst += "."
    top = [headline, _MENU, headline, standfirst, heading, first, second]
    text = "\n\n".join([*top, *_EN_PARAGRAPHS, "Share"])
    assert standfirst not in _body(text, language)


_PICTURES = {
    "en": ("A crane lifts the last rail off the site.", "Photo: Tom Poe"),
    "de": ("Ein Kran hebt die letzte Schiene vom Gelände.", "Foto: Tom Poe"),
    "fr": ("Une grue soulève le dernier rail du site.", "© Tom Poe / Agence"),
}


_SHARE_BAR = "Share\nFacebook\nTwitter\nEmail"
_DATELINES = {
    "en": "12 March 2024, 14:05 Updated 12 March 2024, 16:30 The Weekly Review issue 11/2024 "
    "page 4",
    "de": "12. März 2024, 14:05 Uhr Aktualisiert am 12. März 2024, 16:30 Uhr Die Wochenzeitung "
    "Nr. 11/2024",
    "fr": "12 mars 2024 à 14h05 Mis à jour le 12 mars 2024 à 16h30 La Revue hebdomadaire "
    "n° 11/2024",
}


@pytest.mark.parametrize("language", sorted(_DATELINES))
def test_a_standfirst_over_a_long_dateline_opens_the_body(language: str) -> None:
    """A dateline that gives the update's date and the print issue after the date is the
    article's furniture though longer than a date line: the standfirst over it (and over
    a share bar) still opens the body, and the dateline stays out."""
    headline, standfirst = _STANDFIRSTS[language]
    byline = _FURNITURE[language][0]
    dateline = _DATELINES[language]
    top = [headline, _MENU, headline, standfirst, byline, dateline, _SHARE_BAR]
    text = "\n\n".join([*top, *_EN_PARAGRAPHS, "Share"])
    assert _body(text, language) == [standfirst, *_EN_PARAGRAPHS]


def test_a_long_line_of_dates_is_no_dateline() -> None:
    """A line that opens with a date but runs on for many words (a list of dates) is no
    dateline: the line above it is no standfirst."""
    headline, standfirst = _STANDFIRSTS["en"]
    dates = (
        "12 March 2024 Riverside market 19 March 2024 Harbour fair 26 March 2024 Night of the "
        "museums 2 April 2024 Spring run 9 April 2024 Garden open day"
    )
    text = "\n\n".join(
        [headline, _MENU, headline, standfirst, dates, _SHARE_BAR, *_EN_PARAGRAPHS, "Share"]
    )
    assert _body(text, "en") == list(_EN_PARAGRAPHS)


_UPDATED = {
    "en": "Updated 2 hours ago",
    "de": "Aktualisiert vor 2 Stunden",
    "fr": "Actualisé à 16h05",
}


@pytest.mark.parametrize("language", sorted(_STANDFIRSTS))
def test_the_lines_between_a_standfirst_and_the_text_are_no_body(language: str) -> None:
    """The short lines between a standfirst and the first paragraph (an update time, a
    reading time) are its furniture, not running text, even when no other rule takes
    them."""
    headline, standfirst = _STANDFIRSTS[language]
    byline, _date, reading = _FURNITURE[language]
    updated = _UPDATED[language]
    text = "\n\n".join(
        [headline, _MENU, headline, standfirst, byline, updated, reading, *_EN_PARAGRAPHS]
    )
    article = newsparse.parse_article(text, input_format="text", language=language)
    assert [p.text for p in article.body] == [standfirst, *_EN_PARAGRAPHS]
    rules = {s.text: s.rule for s in article.segments}
    assert rules[updated] == "boilerplate.furniture"


@pytest.mark.parametrize("language", sorted(_STANDFIRSTS))
def test_a_standfirst_over_a_picture_and_its_credit_opens_the_body(language: str) -> None:
    """A picture's caption and its credit between a standfirst and the first paragraph are
    the article's furniture: the body opens with the standfirst, the caption stays out."""
    headline, standfirst = _STANDFIRSTS[language]
    _byline, date, _reading = _FURNITURE[language]
    caption, credit = _PICTURES[language]
    text = "\n\n".join(
        [headline, _MENU, headline, standfirst, date, caption, credit, *_EN_PARAGRAPHS]
    )
    body = _body(text, language)
    assert body[0] == standfirst
    assert body[-len(_EN_PARAGRAPHS) :] == list(_EN_PARAGRAPHS)
    assert caption not in body


@pytest.mark.parametrize("credit", ["Photo: Tom Poe", "© Tom Poe / All rights reserved"])
def test_a_caption_over_its_credit_is_no_standfirst(credit: str) -> None:
    """Under the headline, a line over a picture's credit ("Photo: ...") is the picture's
    caption, not a standfirst: the body opens after the byline under them."""
    headline = _STANDFIRSTS["en"][0]
    caption = "Residents walk past the closed depot on a grey morning"
    text = "\n\n".join([headline, _MENU, headline, caption, credit, "By Jane Roe", *_EN_PARAGRAPHS])
    assert _body(text, "en") == list(_EN_PARAGRAPHS)


def test_the_headline_printed_again_under_itself_is_no_standfirst() -> None:
    """The headline printed a second time under itself, a mark left out, is no standfirst:
    the body opens after it."""
    headline = "Rail depot: Council votes - the park opens next spring"
    variant = "Rail depot Council votes - the park opens next spring"
    text = "\n\n".join([headline, _MENU, headline, variant, *_EN_PARAGRAPHS, "Share"])
    assert _body(text, "en") == list(_EN_PARAGRAPHS)


_RECIPES = {
    "en": (
        ["Ingredients", "For the dough:", "250 g flour", "125 ml milk", "2 eggs", "50 g sugar"],
        [
            "Warm the milk in a small pan, stir in the sugar and leave it to cool for a few "
            "minutes before you add the eggs.",
            "Work the flour into the milk until the dough is smooth, then cover the bowl and "
            "let it rest in a warm place for half an hour.",
            "Bake the rolls for twenty minutes until they are golden, and let them cool on a "
            "rack before you serve them with butter.",
        ],
    ),
    "de": (
        ["Zutaten", "Für den Teig:", "250 g Mehl", "125 ml Milch", "2 Eier", "50 g Zucker"],
        [
            "Die Milch in einem kleinen Topf erwärmen, den Zucker einrühren und alles ein paar "
            "Minuten abkühlen lassen, bevor die Eier dazukommen.",
            "Das Mehl unter die Milch arbeiten, bis der Teig glatt ist, dann die Schüssel "
            "abdecken und eine halbe Stunde an einem warmen Ort ruhen lassen.",
            "Die Brötchen zwanzig Minuten goldbraun backen und auf einem Gitter abkühlen "
            "lassen, bevor sie mit Butter serviert werden.",
        ],
    ),
    "fr": (
        [
            "Ingrédients",
            "Pour la pâte :",
            "250 g de farine",
            "12,5 cl de lait",
            "2 œufs",
            "40 g de sucre",
        ],
        [
            "Faites tiédir le lait dans une petite casserole, ajoutez le sucre et laissez "
            "refroidir quelques minutes avant d'incorporer les œufs.",
            "Travaillez la farine avec le lait jusqu'à obtenir une pâte lisse, puis couvrez le "
            "saladier et laissez reposer une demi-heure au chaud.",
            "Faites cuire les petits pains vingt minutes jusqu'à ce qu'ils soient dorés, et "
            "laissez-les refroidir sur une grille avant de servir.",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(_RECIPES))
def test_a_recipes_ingredients_above_its_method_are_body(language: str) -> None:
    """A list of ingredients above a recipe's method, three of them or more with a metric
    quantity ("250 g flour"), belongs to the article together with its short headings."""
    ingredients, method = _RECIPES[language]
    text = "\n\n".join(["Soft milk rolls", _MENU, "\n".join(ingredients), *method, "Share"])
    assert _body(text, language) == [*ingredients, *method]


def test_quantities_behind_chrome_or_too_few_do_not_join_the_body() -> None:
    """Quantities separated from the article by chrome (a share bar), or only two of them,
    are no list of ingredients: the body opens with the method."""
    ingredients, method = _RECIPES["en"]
    behind = "\n\n".join(["Rolls", _MENU, "\n".join(ingredients), "Share", *method, "Share"])
    assert _body(behind, "en") == method
    few = "\n\n".join(["Rolls", _MENU, "Prices\n250 g for 3 euros\n500 g for 5 euros", *method])
    assert _body(few, "en") == method


def test_many_quantity_lines_above_the_article_parse_quickly() -> None:
    """A page of thousands of quantity lines above the article parses in well under a
    second."""
    quantities = [f"{n} g of item {n}" for n in range(3000)]
    text = "\n\n".join(["Rolls", *quantities, *_RECIPES["en"][1]])
    began = time.perf_counter()
    newsparse.parse_article(text, input_format="text", language="en")
    assert time.perf_counter() - began < 1.0


@pytest.mark.parametrize(
    ("language", "notice", "offer"),
    [
        (
            "en",
            "This content is reserved for subscribers only",
            [
                "Unlimited access to every story on the site, on any device.",
                "The evening newsletter and our daily puzzles.",
                "Sign in or create an account",
                "View more offers",
            ],
        ),
        (
            "fr",
            "La suite est réservée aux abonnés.",
            [
                "Un accès illimité à tous nos articles, sur tous vos appareils.",
                "La lettre du soir et nos jeux quotidiens.",
                "Découvrir nos offres",
            ],
        ),
    ],
)
def test_the_offer_under_a_paywall_notice_inside_the_article_is_not_body(
    language: str, notice: str, offer: list[str]
) -> None:
    """When the whole article is printed under a paywall notice, the offer between the
    notice and the next long paragraph (what a subscription gives, a sign-in form) is
    left out, and the article goes on after it."""
    opening, closing = _HEARING, _WORKS
    text = "\n\n".join(["Title", _MENU, *opening, notice, *offer, *closing])
    article = newsparse.parse_article(text, input_format="text", language=language)
    assert [p.text for p in article.body] == [*opening, *closing]
    rules = {text[s.start : s.end]: s.rule for s in article.segments}
    assert {rules[line] for line in offer} == {"boilerplate.paywall"}


def test_a_show_more_button_between_paragraphs_is_not_body() -> None:
    """A "show more" button printed between the article's paragraphs ("Vis mer" in
    Norwegian) is chrome, and the article goes on after it."""
    paragraphs = [
        f"Dag {n} av høringen hørte kommunestyret fra beboerne i gate nummer {n}, som ba om "
        "grøntområder der det gamle jernbaneverkstedet står, og fra gartnerne og arkitektene "
        "som tegnet planen for en park med en torghall og en sti langs elva."
        for n in range(1, 7)
    ]
    text = "\n\n".join(["Tittel", _MENU, *paragraphs[:3], "Vis mer", *paragraphs[3:]])
    article = newsparse.parse_article(text, input_format="text", language="nb")
    assert [p.text for p in article.body] == paragraphs


@pytest.mark.parametrize(
    ("language", "button"),
    [("en", "Continue reading"), ("fr", "Je découvre les offres")],
)
def test_a_button_after_the_article_is_not_body(language: str, button: str) -> None:
    """A button printed right under the article's last paragraph, without a blank line
    ("Continue reading", a call to see the subscription offers), is chrome, not the
    article's last line."""
    paragraphs = [
        f"On day {n} of the hearing, the council heard from residents of street number {n}, "
        "who asked for green space where the old rail depot stands, and from the gardeners "
        "and architects who drew the plan for a park with a market hall and a river path."
        for n in range(1, 5)
    ]
    last = f"{paragraphs[-1]}\n{button}"
    text = "\n\n".join(["Title", _MENU, *paragraphs[:-1], last])
    assert _body(text, language) == paragraphs


@pytest.mark.parametrize("heading", ["More for you", "Sponsored links", "Promoted links"])
def test_a_box_of_promoted_links_after_the_article_is_a_more_box(heading: str) -> None:
    """A box of promoted or recommended links after the article ("More for you",
    "Sponsored links"), each a title and its source, is a "more" box in the footer."""
    article = [*_EN_PARAGRAPHS, *_MORE_PARAGRAPHS]
    links = [
        "Harbour Health",
        "Tired all day? Five small changes that help you sleep better tonight, say doctors",
        "Tech Weekly",
        "Slow laptop? You may not need a new one thanks to this simple trick from engineers",
        "Valley Travel",
        "Why everyone on the coast is booking the new ferry with twice the room for bikes",
        "Garden Monthly",
        "Is your lawn ready for spring? What gardeners in the valley do in the first week",
    ]
    text = "\n\n".join(["Title", _MENU, *article, heading, *links])
    parsed = newsparse.parse_article(text, input_format="text", language="en")
    assert [p.text for p in parsed.body] == article
    rules = {text[s.start : s.end]: s.rule for s in parsed.segments}
    assert rules[heading] == "footer.more"
    assert {rules[line] for line in links} == {"footer.more-item"}


def test_a_standfirst_taken_into_the_body_leaves_the_byline_as_it_was() -> None:
    """The byline is looked for around the article's running text, not around a standfirst
    taken in above it: the names under the first paragraph stay the byline, not a teaser's
    names printed a little higher up."""
    headline, standfirst = _STANDFIRSTS["en"]
    paragraphs = list(_EN_PARAGRAPHS)
    text = "\n\n".join(
        [
            headline,
            "Menu",
            "Ann Lake and Tom Poe",
            "January 16, 2024",
            headline,
            standfirst,
            paragraphs[0],
            "Jane Roe",
            "May 2, 2024",
            *paragraphs[1:],
            "Share",
        ]
    )
    article = newsparse.parse_article(text, input_format="text", language="en")
    assert [p.text for p in article.body][:2] == [standfirst, paragraphs[0]]
    assert article.byline is not None
    assert article.byline.authors == ("Jane Roe",)


_ES_PARAGRAPHS = (
    "El ayuntamiento aprobó el martes convertir el antiguo depósito ferroviario en un parque "
    "público, y puso fin a una disputa que duraba más de diez años.",
    "Los vecinos pedían zonas verdes desde que cerró el depósito, y el plan incluye ahora un "
    "parque infantil, un mercado cubierto y un paseo junto al río.",
    "Las obras empezarán la próxima primavera, y la primera parte del parque debería abrir "
    "antes del final del año siguiente.",
)
_DE_PARAGRAPHS = (
    "Der Stadtrat hat am Dienstag beschlossen, das alte Bahndepot in einen öffentlichen Park "
    "umzuwandeln, und damit einen Streit beendet, der mehr als zehn Jahre gedauert hatte.",
    "Die Anwohner hatten seit der Schließung des Depots Grünflächen gefordert, und der Plan "
    "sieht nun einen Spielplatz, eine Markthalle und einen Weg am Fluss vor.",
    "Die Arbeiten sollen im nächsten Frühjahr beginnen, und der erste Teil des Parks soll "
    "noch vor Ende des folgenden Jahres öffnen.",
)

_ES_MORE = tuple(
    f"El día {n} de la audiencia, el pleno escuchó a los vecinos de la calle número {n}, que "
    "pidieron árboles y bancos, y a los arquitectos que dibujaron el plan del parque."
    for n in range(1, 4)
)
_EN_PARAGRAPHS_MORE = tuple(
    f"On day {n} of the hearing, the council heard the residents of street number {n}, who "
    "asked for trees and benches, and the architects who drew the plan of the park."
    for n in range(1, 4)
)
_DE_MORE = tuple(
    f"Am {n}. Tag der Anhörung hörte der Rat die Anwohner der Straße Nummer {n}, die Bäume "
    "und Bänke forderten, und die Architekten, die den Plan für den Park gezeichnet haben."
    for n in range(1, 4)
)


@pytest.mark.parametrize(
    ("language", "line", "kept"),
    [
        ("en", "Follow us on Telegram for every update from the city", False),
        ("de", "Folgen Sie uns auf Instagram und verpassen Sie keine Nachricht", False),
        ("es", "Síguenos en Telegram y recibe todas nuestras actualizaciones", False),
        # The same opening words in a sentence of the article's own.
        ("en", "Support us, the mayor told the council, and the park will open in spring.", True),
        ("de", "Nach oben hin sei die Skala offen, sagte der Sprecher des Rates am Montag.", True),
        ("es", "Síguenos en el camino, dijo la alcaldesa a los vecinos antes del voto.", True),
    ],
)
def test_a_call_to_follow_the_site_between_paragraphs_is_not_body(
    language: str, line: str, *, kept: bool
) -> None:
    """A link that calls the reader to follow the site, set between the article's
    paragraphs, is chrome; a sentence that opens with the same words is the article's."""
    paragraphs = {
        "en": [*_EN_PARAGRAPHS, *_EN_PARAGRAPHS_MORE],
        "es": [*_ES_PARAGRAPHS, *_ES_MORE],
        "de": [*_DE_PARAGRAPHS, *_DE_MORE],
    }[language]
    text = "\n\n".join(["Title", _MENU, *paragraphs[:3], line, *paragraphs[3:]])
    expected = [*paragraphs[:3], line, *paragraphs[3:]] if kept else paragraphs
    assert _body(text, language) == expected


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("es", "Le puede interesar: Nuevas rutas de autobús para el barrio del puerto"),
        ("es", "Mirá también"),
        ("es", "Siguenos en Telegram y recibe todas nuestras actualizaciones"),
        ("de", "Quellen ausblenden"),
        ("de", "Artikel gefallen? Jetzt gleich teilen!"),
        ("de", "Zurück zur Liste"),
        ("de", "Empfohlen für dich"),
        ("de", "Lust auf mehr?"),
    ],
)
def test_reader_prompts_between_paragraphs_are_not_body(language: str, line: str) -> None:
    """A reader prompt set between the article's paragraphs ("You may be interested in:"
    with a title, a call to follow the site, a button to hide the sources or to go back to
    a list) is chrome, and the article goes on after it."""
    paragraphs = [*_ES_PARAGRAPHS, *_ES_MORE] if language == "es" else [*_DE_PARAGRAPHS, *_DE_MORE]
    text = "\n\n".join(["Title", _MENU, *paragraphs[:3], line, *paragraphs[3:]])
    assert _body(text, language) == paragraphs


@pytest.mark.parametrize(
    "heading",
    ["Du willst nichts mehr verpassen?", "Ihre Meinung zu diesem Thema", "Diskutieren Sie mit"],
)
def test_german_prompts_after_the_article_are_not_body(heading: str) -> None:
    """A heading after the article that invites comments, recommends other stories or calls
    to follow the site ends the article: it is footer, and the lines under it are not body."""
    after = ["Neue Radwege für die Innenstadt", "Der Markt zieht in die alte Halle"]
    text = "\n\n".join(["Titel", _MENU, *_DE_PARAGRAPHS, heading, *after])
    article = newsparse.parse_article(text, input_format="text", language="de")
    assert [p.text for p in article.body] == list(_DE_PARAGRAPHS)
    kinds = {text[s.start : s.end]: s.kind for s in article.segments}
    assert kinds[heading] is newsparse.SegmentKind.FOOTER


_EN_MORE = tuple(
    f"On day {n} of the hearing, the council heard from residents of street number {n}, who "
    "asked for trees and benches, and from the architects who drew the plan for the park."
    for n in range(1, 4)
)


@pytest.mark.parametrize(
    ("language", "heading", "pitch", "paragraphs"),
    [
        (
            "en",
            "Sign up for our morning newsletter",
            "The day's news from the valley, in your inbox before breakfast.",
            (*_EN_PARAGRAPHS, *_EN_MORE),
        ),
        (
            "de",
            "Jetzt abonnieren und nichts verpassen",
            "Die Nachrichten aus dem Tal jeden Morgen in Ihrem Postfach.",
            (*_DE_PARAGRAPHS, *_DE_MORE),
        ),
    ],
)
def test_the_pitch_under_a_newsletter_heading_is_not_body(
    language: str, heading: str, pitch: str, paragraphs: tuple[str, ...]
) -> None:
    """A newsletter box set inside the article, its sign-up heading and the sentence of its
    pitch under it, followed by the box's short chrome, is no part of the article."""
    text = "\n\n".join(["Title", _MENU, *paragraphs[:3], heading, pitch, "Email", *paragraphs[3:]])
    assert _body(text, language) == list(paragraphs)


def test_a_newsletter_pitch_is_one_line_at_most() -> None:
    """Short lines of the article under a sign-up call: the first may be read as the box's
    pitch, the ones after it stay in the article (a pitch does not open another one)."""
    shorts = ["The mayor said the bridge was late.", "Residents were not surprised."]
    last = "Some had hoped for more."
    text = "\n\n".join(
        [
            "Title",
            _MENU,
            *_EN_PARAGRAPHS,
            "Sign up for our morning briefing.",
            "Pitch line.",
            *shorts,
            last,
        ]
    )
    article = newsparse.parse_article(text, input_format="text", language="en")
    rules = {text[s.start : s.end]: s.rule for s in article.segments}
    assert rules["Pitch line."] == "boilerplate.sign-up-pitch"
    assert all(rules[line] == "body.article-region" for line in [*shorts, last])


def test_a_short_paragraph_after_a_sign_up_heading_before_more_text_stays() -> None:
    """A short sentence of the article under a sign-up heading stays when a paragraph of
    running text follows it: the article goes on there."""
    short = "The vote was close."
    paragraphs = [*_EN_PARAGRAPHS, short, *_EN_MORE]
    text = "\n\n".join(
        ["Title", _MENU, *paragraphs[:3], "Sign up for our morning newsletter", *paragraphs[3:]]
    )
    assert _body(text, "en") == paragraphs


@pytest.mark.parametrize(
    ("language", "heading", "call", "short", "paragraphs"),
    [
        (
            "en",
            "The valley in your inbox",
            "Sign up for our daily briefing by email.",
            "Two of the riders were unhurt.",
            (*_EN_PARAGRAPHS, *_EN_MORE),
        ),
        (
            "de",
            "Das Tal im Postfach",
            "Jetzt anmelden und morgens alles Wichtige lesen.",
            "Zwei Fahrer blieben unverletzt.",
            (*_DE_PARAGRAPHS, *_DE_MORE),
        ),
    ],
)
def test_a_box_heading_over_a_sign_up_call_leaves_the_next_line_to_the_article(
    language: str, heading: str, call: str, short: str, paragraphs: tuple[str, ...]
) -> None:
    """A newsletter box printed as a short heading over its call: the call is the box's
    text, and the sentences after it are the article's again, not the box's pitch."""
    ending = "The others were taken to hospital."
    text = "\n\n".join(
        ["Title", _MENU, *paragraphs[:3], heading, call, short, ending, *paragraphs[3:]]
    )
    article = newsparse.parse_article(text, input_format="text", language=language)
    rules = {text[s.start : s.end]: s.rule for s in article.segments}
    assert rules[call] == "boilerplate.sign-up"
    assert rules[short] == rules[ending] == "body.article-region"


@pytest.mark.parametrize(
    ("language", "heading", "pitch", "call", "paragraphs"),
    [
        (
            "en",
            "Newsletter: Weekend sport",
            "The weekend's matches and results, each Monday morning",
            "Sign up today: it is free, and one click takes you off the list again. Privacy first.",
            (*_EN_PARAGRAPHS, *_EN_MORE),
        ),
        (
            "de",
            "Newsletter: Sport am Wochenende",
            "Montags die Spiele und Ergebnisse aus dem Lokalsport, kurz erklärt",
            "Jetzt anmelden: kostenlos, und mit einem Klick sind Sie wieder abgemeldet. "
            "Hinweise zum Datenschutz gibt es hier.",
            (*_DE_PARAGRAPHS, *_DE_MORE),
        ),
    ],
)
def test_the_pitch_between_a_newsletter_heading_and_its_call_is_not_body(
    language: str, heading: str, pitch: str, call: str, paragraphs: tuple[str, ...]
) -> None:
    """A newsletter box of a heading, a pitch and a call that is a sentence or two: the
    pitch between them belongs to the box, however the call reads."""
    text = "\n\n".join(["Title", _MENU, *paragraphs[:3], heading, pitch, call, *paragraphs[3:]])
    article = newsparse.parse_article(text, input_format="text", language=language)
    rules = {text[s.start : s.end]: s.rule for s in article.segments}
    assert rules[pitch] == "boilerplate.sign-up-pitch"
    assert [p.text for p in article.body] == list(paragraphs)


@pytest.mark.parametrize(
    ("language", "caption", "paragraphs"),
    [
        ("en", "Boats in the harbour at dawn. Photo: Jane Porter/Stockpics.com", _EN_PARAGRAPHS),
        ("de", "Der alte Lokschuppen im Abendlicht. Foto: Anna Fink | CC BY 2.0", _DE_PARAGRAPHS),
    ],
)
def test_a_caption_whose_credit_has_a_dot_inside_a_word_is_a_caption(
    language: str, caption: str, paragraphs: tuple[str, ...]
) -> None:
    """A caption that ends with a credit holding a dot inside a word (a web address, a
    licence's version) is a caption, not article text."""
    text = "\n\n".join(["Title", _MENU, *paragraphs[:2], caption, paragraphs[2]])
    article = newsparse.parse_article(text, input_format="text", language=language)
    assert caption in article.captions
    assert [p.text for p in article.body] == list(paragraphs)


def test_a_sentence_ending_after_a_photo_word_is_no_caption() -> None:
    """A paragraph whose last words follow "photo:" but end with a full stop stays body."""
    line = "The museum asked one thing of visitors, in the words of its photo: no flash."
    paragraphs = [*_EN_PARAGRAPHS[:2], line, _EN_PARAGRAPHS[2]]
    assert _body("\n\n".join(["Title", _MENU, *paragraphs]), "en") == paragraphs


_PLAYER = ("0.5x", "1.0x", "1.5x", "2.0x", "00:00")
_LONG_FURNITURE = {
    "en": (
        "Jane Roe Senior Reporter",
        "12 March 2024, 14:05",
        "Listen to this article",
        *_PLAYER,
        "Add to saved articles",
        "Post to Facebook",
        "Copy link",
    ),
    "de": (
        "Anna Fink Redakteurin",
        "12.03.2024, 14:05 Uhr",
        "Beitrag vorlesen lassen",
        *_PLAYER,
        "Für später speichern",
        "Bei Facebook empfehlen",
        "Link kopieren",
    ),
    "fr": (
        "Jeanne Roux Journaliste",
        "12 mars 2024 à 14h05",
        "Écouter cet article",
        *_PLAYER,
        "Garder pour plus tard",
        "Envoyer à un ami",
        "Copier l'adresse",
    ),
}
_SENTENCE_STANDFIRSTS = {
    "en": [
        "Residents wrote letters to the council for ten years.",
        "Now the depot will become a park with a market hall.",
    ],
    "de": [
        "Zehn Jahre lang schrieben Anwohner Briefe an den Stadtrat.",
        "Nun wird das Depot ein Park mit einer Markthalle.",
    ],
    "fr": [
        "Pendant dix ans, les riverains ont écrit au conseil.",
        "Le dépôt deviendra un parc avec une halle de marché.",
    ],
}


@pytest.mark.parametrize("language", sorted(_LONG_FURNITURE))
def test_a_standfirst_over_long_furniture_opens_the_body(language: str) -> None:
    """A standfirst of one or two short paragraphs stays the article's first lines when a
    long run of furniture stands under it (a byline with its role, a date, an audio
    player's controls, buttons to save and share): the body opens with it, and the
    furniture stays out."""
    headline = _STANDFIRSTS[language][0]
    standfirst = _SENTENCE_STANDFIRSTS[language]
    furniture = _LONG_FURNITURE[language]
    text = "\n\n".join([headline, _MENU, headline, *standfirst, *furniture, *_EN_PARAGRAPHS])
    body = _body(text, language)
    assert body == [*standfirst, *_EN_PARAGRAPHS]


def test_a_standfirst_under_a_date_line_opens_the_body() -> None:
    """A date line between the headline and the standfirst does not hide the standfirst;
    the date line stays out of the body."""
    headline = _STANDFIRSTS["en"][0]
    standfirst = _SENTENCE_STANDFIRSTS["en"]
    furniture = _LONG_FURNITURE["en"]
    date = "Published 12 March 2024"
    text = "\n\n".join([headline, _MENU, headline, date, *standfirst, *furniture, *_EN_PARAGRAPHS])
    assert _body(text, "en") == [*standfirst, *_EN_PARAGRAPHS]


def test_a_second_headline_over_long_furniture_is_no_standfirst() -> None:
    """Under the headline, a line of a few words that is no sentence, over a long run of
    furniture, is rather a second headline than a standfirst: the body does not open with
    it."""
    headline = _STANDFIRSTS["en"][0]
    second = "Park plan: what changes for the neighbours"
    text = "\n\n".join([headline, _MENU, headline, second, *_LONG_FURNITURE["en"], *_EN_PARAGRAPHS])
    assert _body(text, "en") == list(_EN_PARAGRAPHS)


_WRAPPED = {
    "en": (
        "Ferry service resumes on the lake",
        "The ferry between the two harbours ran again on Saturday morning, after three weeks "
        "in which a broken engine part kept it at the quay and pushed commuters onto the "
        "slow road around the lake.",
        "Engineers had waited for the part to arrive from the maker, which builds only a few "
        "of them each year, and they worked through the night to fit it and test the boat "
        "before the first crossing.",
        "The operator said the timetable would stay as it was through the winter, with an "
        "extra crossing on market days, when the boat carries farmers and their stalls.",
    ),
    "de": (
        "Fähre fährt wieder über den See",
        "Die Fähre zwischen den beiden Häfen ist am Samstagmorgen wieder gefahren, nachdem "
        "ein defektes Motorteil sie drei Wochen lang am Kai gehalten und die Pendler auf die "
        "langsame Straße um den See geschickt hatte.",
        "Die Techniker hatten auf das Teil vom Hersteller gewartet, der nur wenige davon im "
        "Jahr baut, und sie arbeiteten die Nacht hindurch, um es einzubauen und das Boot vor "
        "der ersten Überfahrt zu prüfen.",
        "Der Betreiber sagte, der Fahrplan bleibe den Winter über so, wie er ist, mit einer "
        "zusätzlichen Fahrt an Markttagen, wenn das Boot Bauern und ihre Stände trägt.",
    ),
}


@pytest.mark.parametrize("width", [60, 72])
@pytest.mark.parametrize("language", sorted(_WRAPPED))
def test_hard_wrapped_paragraphs_are_the_article(language: str, width: int) -> None:
    """Regression: an article hard-wrapped at a fixed width (lines of 60 to 70 characters,
    most ending inside a sentence) read as runs of short lines and was left out whole,
    while a one-line blurb above it was taken for the article."""
    headline, *paragraphs = _WRAPPED[language]
    text = "\n\n".join(
        [
            f"{headline} | Lake News",
            _MENU,
            "News from the towns around the lake, every day of the week.",
            headline,
            *(wrap_text(p, width) for p in paragraphs),
            "Share\nFacebook\nTwitter",
        ]
    )
    body = " ".join(" ".join(p.text.split()) for p in newsparse.parse_article(text).body)
    for paragraph in paragraphs:
        assert paragraph in body
    assert "Facebook" not in body


def test_a_list_of_headlines_is_not_read_as_wrapped_text() -> None:
    """Lines of about the same length that each open with a capital and end without a full
    stop are a list of teasers, not a wrapped paragraph."""
    teasers = "\n".join(
        [
            "Harbour festival draws record crowds despite the rain",
            "New cycle lanes open along the northern shore road",
            "Council approves budget for the library extension",
            "Local bakery wins regional prize for its rye bread",
        ]
    )
    text = "\n\n".join(
        ["Ferry service resumes | Lake News", _MENU, *_EN_PARAGRAPHS, "Most read", teasers]
    )
    body = "\n".join(_body(text))
    assert _EN_PARAGRAPHS[2] in body
    assert "Harbour festival" not in body


@pytest.mark.parametrize(
    ("story", "archive"),
    [
        (
            "We walked along the old towpath on Sunday and counted the boats moored by the lock.",
            "Past posts by month May 2024 (3) April 2024 (5) March 2024 (2) February 2024 (4) "
            "January 2024 (6) December 2023 (1) November 2023 (2) October 2023 (3)",
        ),
        (
            "Am Sonntag sind wir den alten Treidelpfad entlanggegangen und haben die Boote an "
            "der Schleuse gezählt.",
            "Ältere Beiträge nach Monat Mai 2024 (3) April 2024 (5) März 2024 (2) Februar 2024 (4) "
            "Januar 2024 (6) Dezember 2023 (1) November 2023 (2) Oktober 2023 (3)",
        ),
    ],
)
def test_an_archive_printed_on_one_line_is_not_the_article(story: str, archive: str) -> None:
    """Regression: a blog's archive list printed on one long line (months, years and
    counts) outweighed a short article and was taken for it."""
    text = "\n\n".join(
        ["Sunday on the towpath | Canal Notes", _MENU, story, "Recent posts", archive, "Log in"]
    )
    assert _body(text) == [story]


def test_a_short_dated_headline_anchors_its_short_article_over_the_comments() -> None:
    """Regression: a headline shorter than the length checked for repeats ("Gefällt mir")
    did not anchor the short article under it, and the longer comments below won."""
    story = (
        "Manchmal überrascht einen der Alltag mit kleinen Freuden. Unlängst hing vom Balkon "
        "im dritten Stock ein Körbchen an einer langen Schnur, und ein Zettel bat um Münzen."
    )
    comment = (
        "Schöne Geschichte, so etwas habe ich in unserem Viertel auch schon gesehen, nur "
        "hing dort statt eines Körbchens eine alte Einkaufstasche an der Schnur, und wer "
        "eine Münze hineinlegte, bekam ein kleines Bild zurück, gemalt von den Kindern."
    )
    text = "\n\n".join(
        [
            "Gefällt mir – Stadtblog",
            _MENU,
            "Gefällt mir",
            "11.09.2021, 16:20 von stadtblogger",
            story,
            "Tags: Balkon, Münzen",
            "3 Kommentare",
            f"Anna am 12.09.2021\n{comment}",
            f"Ben am 13.09.2021\n{comment.replace('Schöne', 'Tolle')}",
            f"Cem am 14.09.2021\n{comment.replace('Schöne', 'Nette')}",
        ]
    )
    assert _body(text) == [story]


def test_the_article_under_a_standfirst_and_a_share_bar_beats_a_richer_teaser_list() -> None:
    """Regression: the run under the headline stopped at the share bar under the
    standfirst, so a list of teasers further down, richer than the short article, won."""
    standfirst = "Branches keep blocking the forest tracks near the village. Police ask for help."
    article = [
        "Near the old mill, someone has been dragging branches and whole tree trunks onto "
        "the forest tracks for weeks, so that foresters and farmers can no longer pass with "
        "their machines, and walkers have to climb over the piles.",
        "Police are treating it as obstruction and ask anyone who saw people or vehicles on "
        "the tracks in the evenings to call the local station.",
    ]
    teasers = [
        f"{lead} The story behind it, with pictures and a map of the area, is on our site "
        "for subscribers and readers who registered for free."
        for lead in (
            "A motorbike rider struck a forester on a narrow path.",
            "A farmer was rescued after his tractor rolled down a slope.",
            "Hunters collected rubbish left in the woods after the flood.",
            "A hunter found a missing walker after three days.",
            "Young trees were cut down overnight in the state forest.",
            "Mountain bikers built ramps across a protected meadow.",
        )
    ]
    text = "\n\n".join(
        [
            "Branches block forest tracks | Forest Weekly",
            _MENU,
            "Branches block forest tracks",
            "12.05.2024",
            "© Photo agency",
            standfirst,
            "WhatsApp Share Tweet Pin",
            "© Photo agency",
            *article,
            "Share this article",
            "Leave a comment",
            "You may also like:",
            *teasers,
        ]
    )
    body = _body(text)
    for paragraph in article:
        assert paragraph in body
    assert not any(t in body for t in teasers)


def test_wrapped_lines_under_short_broken_lines_are_the_article() -> None:
    """Regression: a paragraph group opening with short lines set apart by line breaks
    ("Fair weather" / "at last") hid the wrapped lines under them from the wrapped-text
    rule, and the article was cut to a few of its lines."""
    paragraphs = [wrap_text(p, 74) for p in _WRAPPED["en"][1:]]
    text = "\n\n".join(
        [
            "Notes from the lake | Lake News",
            f"Fair weather\nat last\n{paragraphs[0]}",
            "Intermission",
            f"Ferries\n{paragraphs[1]}\n{paragraphs[2]}",
        ]
    )
    body = " ".join(" ".join(p.text.split()) for p in newsparse.parse_article(text).body)
    for paragraph in _WRAPPED["en"][1:]:
        assert paragraph in body


def test_hard_wrapped_german_lines_that_all_open_with_nouns_are_the_article() -> None:
    """Regression: wrapped German lines that each open with a capitalised noun read as a
    list of headlines, and the paragraph was left out."""
    text = "\n\n".join(
        [
            "Fähre fährt wieder über den See",
            "Die Fähre ist am Samstag wieder gefahren, nachdem ein Motorteil sie drei Wochen\n"
            "Zeit gekostet hatte. Die Pendler mussten so lange die langsame Straße um den\n"
            "See nehmen. Der Betreiber will den Fahrplan über den Winter so beibehalten.",
            "Die Techniker hatten auf das Teil gewartet und es in einer Nacht eingebaut. Das\n"
            "Boot wurde vor der ersten Fahrt geprüft. Bauern mit ihren Ständen fahren an\n"
            "Markttagen mit, wenn eine zusätzliche Fahrt am Morgen angeboten wird.",
        ]
    )
    body = " ".join(" ".join(p.text.split()) for p in newsparse.parse_article(text).body)
    assert "Techniker hatten auf das Teil gewartet" in body
    assert "Pendler mussten so lange" in body


_WRAPPED_UNCASED = {
    "ar": (
        "افتتاح مكتبة جديدة في وسط المدينة",
        "افتتحت البلدية يوم السبت مكتبة عامة جديدة في المبنى القديم للبريد، بعد أعمال ترميم "
        "استمرت عامين. وتضم المكتبة قاعة للمطالعة وركنا للأطفال. وقال مدير المكتبة إن "
        "الدخول سيكون مجانيا لجميع السكان طوال أيام الأسبوع.",
        "وستفتح المكتبة أبوابها من الصباح حتى المساء، وتنظم كل شهر أمسية للقراءة مع كاتب "
        "من المنطقة. وتأمل البلدية أن يزورها الطلاب بعد المدرسة. وسيتم شراء كتب جديدة كل "
        "عام من ميزانية الثقافة.",
    ),
    "hi": (
        "शहर के बीच नया पुस्तकालय खुला",
        "नगर निगम ने शनिवार को पुराने डाकघर की इमारत में एक नया सार्वजनिक पुस्तकालय खोला। "
        "इमारत की मरम्मत में दो साल लगे। पुस्तकालय में पढ़ने का बड़ा कमरा और बच्चों के लिए "
        "एक अलग कोना है। प्रवेश सभी निवासियों के लिए मुफ्त रहेगा।",
        "पुस्तकालय सुबह से शाम तक खुला रहेगा और हर महीने किसी स्थानीय लेखक के साथ पढ़ने की "
        "एक शाम होगी। निगम को उम्मीद है कि छात्र स्कूल के बाद यहां आएंगे। हर साल नई किताबें "
        "खरीदी जाएंगी।",
    ),
}


@pytest.mark.parametrize("width", [60, 72])
@pytest.mark.parametrize("language", sorted(_WRAPPED_UNCASED))
def test_hard_wrapped_paragraphs_in_a_script_without_case_are_the_article(
    language: str, width: int
) -> None:
    """Regression: paragraphs in Arabic or Devanagari hard-wrapped at a fixed width were
    read line by line (no small letter to show a line carrying a sentence on), and a
    paragraph was left out of the article."""
    headline, *paragraphs = _WRAPPED_UNCASED[language]
    text = "\n\n".join([headline, *(wrap_text(p, width) for p in paragraphs)])
    body = newsparse.parse_article(text).body
    assert " ".join(" ".join(p.text.split()) for p in body) == " ".join(paragraphs)


_WRAPPED_KO = (
    "호숫가 새 자전거길",
    "시는 토요일 호수 북쪽 기슭에 새 자전거길을 개통했다. 공사는 이 년 전에 시작되어 예정보다 "
    "석 달 늦어졌지만 비용은 처음 예산 안에서 마무리되었다고 한다. 개통식에는 근처 초등학교 "
    "아이들도 초대되어 첫 구간을 함께 달렸다.",
    "시 관계자에 따르면 자전거길은 전체 길이가 십이 킬로미터이며 중간에 쉼터가 네 곳 있다. "
    "밤에도 안전하게 달릴 수 있도록 조명은 태양광으로 켜진다. 이용자 수는 내년 봄에 조사할 "
    "예정이다.",
    "지역 상인회는 주말에 찾아오는 사람이 늘어나기를 기대하고 있다. 호숫가에서 찻집을 하는 한 "
    "여성은 가게 앞에 자전거를 세울 자리를 마련했다고 말했다.",
)


@pytest.mark.parametrize("width", [60, 70, 80, 90])
def test_hard_wrapped_korean_paragraphs_come_back_one_each(width: int) -> None:
    """Regression: Korean wrapped between words at 80 columns (a Hangul syllable takes two)
    was read in characters, and its paragraph of two lines was cut in two. Widths are
    counted in columns, and a two-line paragraph is joined at the width found elsewhere on
    the page."""
    headline, *paragraphs = _WRAPPED_KO
    body = newsparse.parse_article(
        _lake_news(headline, [wrap_text(p, width) for p in paragraphs])
    ).body
    assert [" ".join(p.text.split()) for p in body] == paragraphs


def _lake_news(headline: str, paragraphs: list[str]) -> str:
    """A page of *headline* and *paragraphs* between a menu and a share bar."""
    return "\n\n".join(
        [
            f"{headline} | Lake News",
            _MENU,
            headline,
            *paragraphs,
            "Share\nFacebook\nTwitter",
        ]
    )


_WRAPPED_WIDE = {
    "ja": (
        "湖岸に新しい自転車道",
        "市は土曜日、湖の北岸に新しい自転車道を開通させた。工事は二年前に始まり、予定より三か月"
        "遅れたが、費用は当初の見積もりの範囲内に収まったという。開通式には近くの小学校の子ども"
        "たちも招かれ、最初の区間を一緒に走った。",
        "市の担当者によると、自転車道は全長十二キロで、途中に休憩所が四か所設けられている。夜間"
        "も安全に走れるよう、照明は太陽光で点灯する。",
        "地元の商店会は、週末に訪れる人が増えることを期待している。湖畔の喫茶店を営む女性は、"
        "自転車を止める場所を店の前に用意したと話した。",
    ),
    "zh": (
        "湖边新自行车道开通",
        "市政府星期六在湖的北岸开通了一条新的自行车道。工程两年前开始，比计划晚了三个月，但费用"
        "没有超出最初的预算。附近小学的孩子们也应邀参加了开通仪式，并一起骑了第一段路。",
        "据市政府介绍，自行车道全长十二公里，沿途设有四个休息点。为了夜间也能安全骑行，路灯由"
        "太阳能供电。",
        "当地商会希望周末来湖边的人会更多。一位在湖边开咖啡馆的女士说，她已经在店门前准备了停放"
        "自行车的地方。",
    ),
}


def _wrap_wide(text: str, characters: int) -> str:
    """Break *text*, written without spaces, every *characters* characters."""
    return "\n".join(text[i : i + characters] for i in range(0, len(text), characters))


@pytest.mark.parametrize("characters", [12, 20, 35])
@pytest.mark.parametrize("language", sorted(_WRAPPED_WIDE))
def test_hard_wrapped_paragraphs_without_spaces_are_the_article(
    language: str, characters: int
) -> None:
    """Regression: Japanese or Chinese paragraphs broken every so many characters (inside
    words, as a text file wrapped at a fixed width is) were read line by line: paragraphs
    were left out, or cut into pieces where a line happened to end a sentence. Each comes
    back as one paragraph, a paragraph of two lines too."""
    headline, *paragraphs = _WRAPPED_WIDE[language]
    body = newsparse.parse_article(
        _lake_news(headline, [_wrap_wide(p, characters) for p in paragraphs])
    ).body
    assert [p.text.replace("\n", "") for p in body] == paragraphs


def test_headlines_cut_to_one_width_are_not_read_as_wrapped_text() -> None:
    """Teasers in a script without spaces, each cut to the same number of characters and
    ending no sentence, are a list, not one wrapped paragraph: none of them joins the
    article."""
    headline, *paragraphs = _WRAPPED_WIDE["ja"]
    teasers = "\n".join(
        [
            "駅前の再開発計画、住民説明会で反対の声相次",
            "高校野球の県大会、雨のため三試合が順延に決",
            "山あいの集落で伝統の祭り、四年ぶりに復活へ",
            "市立図書館の改修工事終わり来月から利用再開",
        ]
    )
    text = "\n\n".join([headline, *paragraphs, "よく読まれている記事", teasers])
    body = [p.text for p in newsparse.parse_article(text).body]
    assert body == paragraphs


def test_columns_count_wide_characters_twice() -> None:
    assert columns("News") == 4
    assert columns("湖のニュース") == 12
    assert columns("한국 News") == 9
    assert columns("Ｎｅｗｓ") == 8  # full-width forms
    assert columns("Fähre") == 5


def test_the_last_line_of_a_wrapped_paragraph_is_body_whatever_its_words() -> None:
    """Regression: the last line of a wrapped paragraph holding one word that the lexicon
    lists as a menu entry ("cultura.") was cut from the article as a menu line."""
    first = (
        "Las bibliotecas de la ciudad abrirán también por la tarde durante el fin\n"
        "de semana, a petición de los estudiantes, que pedían más sitio para\n"
        "preparar los exámenes. El gasto saldrá del presupuesto municipal de\n"
        "cultura."
    )
    second = (
        "La oposición pide que el horario ampliado se mantenga también en verano,\n"
        "y el concejal respondió que se estudiará tras los primeros meses, cuando\n"
        "se conozca cuántos lectores acuden por la tarde a cada una de las salas."
    )
    text = "\n\n".join(["Bibliotecas abiertas por la tarde", first, second, "Compartir"])
    body = " ".join(" ".join(p.text.split()) for p in newsparse.parse_article(text).body)
    assert body == " ".join(f"{first} {second}".split())


@pytest.mark.parametrize(
    "names",
    [
        "Albania Andorra Austria Belgium Bulgaria Croatia Cyprus Czechia Denmark Estonia "
        "Finland France Germany Greece Hungary Iceland Ireland Italy Latvia Lithuania St. "
        "Lucia Luxembourg Malta Monaco Netherlands Norway Poland Portugal Romania Slovakia "
        "Spain U.S. Virgin Islands",
        "Alle Regionen Allgäu Bodensee Breisgau Donautal Eifel Erzgebirge Harz Hunsrück "
        "Kaiserstuhl Lausitz Mosel Münsterland Odenwald Ostfriesland Pfalz Rhön Sächs. "
        "Schweiz St. Peter-Ording Sauerland Schwarzwald Spessart Taunus Vogtland Westerwald",
    ],
)
def test_a_long_line_of_names_is_no_paragraph(names: str) -> None:
    """Regression: the options of a country or region list printed on one line (a
    newsletter form's select box) read as a long paragraph and pulled the form into the
    article."""
    story = [
        "The ferry between the two harbours ran again on Saturday morning, after three weeks "
        "in which a broken engine part kept it at the quay.",
        "Engineers had waited for the part to arrive from the maker, and they worked through "
        "the night to fit it and test the boat before the first crossing.",
    ]
    text = "\n\n".join(
        [
            "Ferry service resumes | Lake News",
            _MENU,
            *story,
            "Learn more",
            "Your country",
            names,
            "We will only send you news about the lake and its ferries, once a week.",
        ]
    )
    assert names not in _body(text)


_TEASER_BOXES = {
    "en": (
        "From our desk",
        [
            (
                "Ferry service to the islands returns",
                "The summer timetable adds two sailings "
                "a day, and the harbour expects more visitors than last year.",
            ),
            (
                "School kitchens to cook with local produce",
                "Farmers from the valley will "
                "supply vegetables to twelve schools from the start of the new term.",
            ),
        ],
    ),
    "de": (
        "Aus unserem Ressort",
        [
            (
                "Fähre zu den Inseln fährt wieder",
                "Der Sommerfahrplan bringt zwei Fahrten "
                "mehr am Tag, und der Hafen rechnet mit mehr Besuchern als im Vorjahr.",
            ),
            (
                "Schulküchen kochen mit Gemüse aus der Region",
                "Höfe aus dem Tal liefern "
                "vom neuen Schuljahr an Gemüse an zwölf Schulen im Landkreis.",
            ),
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(_TEASER_BOXES))
def test_a_box_of_teasers_with_summaries_after_the_article_is_left_out(language: str) -> None:
    """Headlines each over a one-paragraph summary, under a heading of their own, close the
    page's region but are not the article."""
    heading, teasers = _TEASER_BOXES[language]
    lines = [line for pair in teasers for line in pair]
    text = "\n\n".join(["Title", _MENU, *_EN_PARAGRAPHS, heading, *lines])
    assert _body(text, language) == list(_EN_PARAGRAPHS)


@pytest.mark.parametrize("language", sorted(_TEASER_BOXES))
def test_sub_headings_over_short_paragraphs_that_close_the_article_stay_in_it(
    language: str,
) -> None:
    """The same pairs right after a paragraph of the article, with no heading of their own,
    are its last sections (a sub-heading follows the text, not another short line)."""
    _heading, teasers = _TEASER_BOXES[language]
    lines = [line for pair in teasers for line in pair]
    text = "\n\n".join(["Title", _MENU, *_EN_PARAGRAPHS, *lines, "Share\nFacebook"])
    body = _body(text, language)
    assert body[: len(_EN_PARAGRAPHS)] == list(_EN_PARAGRAPHS)
    assert teasers[-1][1] in body


_POST_CREDITS = {
    "en": ("Jane Doe (@janedoe) May 3, 2024", "The new park looks wonderful in the sun today!"),
    "de": (
        "Max Muster (@maxmuster) 3. Mai 2024",
        "Der neue Park sieht heute in der Sonne toll aus!",
    ),
    "fr": ("Marie Dupont (@mariedupont) 3 mai 2024", "Le nouveau parc est magnifique au soleil !"),
}


@pytest.mark.parametrize("language", sorted(_POST_CREDITS))
def test_the_credit_under_an_embedded_post_is_not_body(language: str) -> None:
    """ "— Name (@handle) date" under a quoted post is the embed's credit; the post stays."""
    credit, post = _POST_CREDITS[language]
    text = "\n\n".join(
        ["Title", _MENU, _EN_PARAGRAPHS[0], post, f"— {credit}", *_EN_PARAGRAPHS[1:]]
    )
    article = newsparse.parse_article(text, input_format="text", language=language)
    body = [p.text for p in article.body]
    assert post in body
    assert not any("(@" in line for line in body)
    rules = {s.rule for s in article.segments if s.kind is newsparse.SegmentKind.BOILERPLATE}
    assert "boilerplate.post-credit" in rules


def test_a_sentence_naming_a_user_without_a_date_stays_in_the_body() -> None:
    line = "Residents can follow the works on the council's own account (@cityhall) each week."
    text = "\n\n".join(["Title", _MENU, _EN_PARAGRAPHS[0], line, *_EN_PARAGRAPHS[1:]])
    assert line in _body(text, "en")


_DE_PARAGRAPHS = (
    "Der Stadtrat hat am Dienstag beschlossen, das alte Bahndepot in einen öffentlichen Park "
    "umzuwandeln, und damit einen Streit beendet, der mehr als zehn Jahre gedauert hatte.",
    "Die Anwohner hatten seit der Schließung des Depots Grünflächen gefordert, und der Plan "
    "sieht nun einen Spielplatz, eine Markthalle und einen Weg entlang des Flusses vor.",
    "Die Arbeiten sollen im nächsten Frühjahr beginnen, und der erste Teil des Parks soll noch "
    "vor dem Ende des folgenden Jahres für die Öffentlichkeit geöffnet werden.",
)


@pytest.mark.parametrize(
    "heading",
    [
        "Redaktionstipp",
        "Lesetipp",
        "Diese Artikel könnten Sie ebenfalls interessieren:",
        "Diese Artikel könnten euch auch interessieren:",
    ],
)
def test_a_reading_tip_heading_ends_a_german_article(heading: str) -> None:
    teaser = (
        "Neue Fähre zu den Inseln",
        "Der Sommerfahrplan bringt zwei Fahrten mehr am Tag, und der Hafen rechnet mit mehr "
        "Besuchern als im Vorjahr.",
    )
    text = "\n\n".join(["Titel", _MENU, *_DE_PARAGRAPHS, heading, *teaser])
    assert _body(text, "de") == list(_DE_PARAGRAPHS)


def test_a_paragraph_opening_with_a_reading_tip_phrase_stays_in_the_body() -> None:
    line = (
        "Das könnte dich ebenfalls interessieren, schreibt die Stadt an alle Anwohner, die sich "
        "bis zum Frühjahr über die Pläne informieren und ihre Fragen im Rat stellen wollen."
    )
    text = "\n\n".join(["Titel", _MENU, _DE_PARAGRAPHS[0], line, *_DE_PARAGRAPHS[1:]])
    assert line in _body(text, "de")


@pytest.mark.parametrize(
    ("language", "notice"),
    [
        ("de", "Empfohlener redaktioneller Inhalt"),
        ("de", "Bitte aktivieren Sie JavaScript, damit Sie diesen Inhalt anzeigen können."),
        ("en", "This advertisement has not loaded yet, but your article continues below."),
        ("de", "To view this video please enable JavaScript, and consider upgrading to a browser."),
        ("fr", "To view this video please enable JavaScript, and consider upgrading to a browser."),
    ],
)
def test_a_placeholder_notice_between_paragraphs_is_not_body(language: str, notice: str) -> None:
    """An embed's or an advert's placeholder notice is no part of the article, in the page's
    language or in the English a video player prints on every page."""
    paragraphs = _DE_PARAGRAPHS if language == "de" else _EN_PARAGRAPHS
    text = "\n\n".join(["Title", _MENU, *paragraphs[:2], notice, paragraphs[2]])
    body = _body(text, language)
    assert notice not in body
    assert paragraphs[0] in body


_LONG_SUMMARY_TEASERS = {
    "en": (
        "More from the valley",
        [
            (
                "Ferry service to the islands returns",
                "The summer timetable adds two sailings a day, the harbour expects more visitors "
                "than last year, and the operator says that a second boat will join the route "
                "once the new pier is finished in the autumn, if the weather allows the works "
                "to go on as planned through the wet weeks of September and October.",
            ),
            (
                "School kitchens to cook with local produce",
                "Farmers from the valley will supply vegetables to twelve schools from the start "
                "of the new term, and the council hopes that the scheme will spread to the care "
                "homes of the district before the end of the year, when the contracts with the "
                "farms and the kitchens come up for renewal in the council chamber.",
            ),
        ],
    ),
    "es": (
        "Más del valle",
        [
            (
                "Vuelve el ferri a las islas",
                "El horario de verano añade dos salidas al día, el puerto espera más visitantes "
                "que el año pasado y la naviera dice que un segundo barco se sumará a la ruta "
                "cuando termine el nuevo muelle en otoño, si el tiempo permite que las obras sigan "
                "según lo previsto durante las semanas de lluvia de septiembre.",
            ),
            (
                "Los comedores escolares cocinarán con producto local",
                "Los agricultores del valle suministrarán verduras a doce escuelas desde el "
                "inicio del curso, y el ayuntamiento espera que el plan llegue a las residencias "
                "de la comarca antes de fin de año, cuando se renueven en el pleno los contratos "
                "con las granjas y con las cocinas de los centros.",
            ),
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(_LONG_SUMMARY_TEASERS))
def test_teasers_with_summaries_of_a_few_lines_after_the_article_are_left_out(
    language: str,
) -> None:
    """A teaser's summary may run to two or three sentences: still shorter than the
    article's paragraphs, and still not the article."""
    heading, teasers = _LONG_SUMMARY_TEASERS[language]
    lines = [line for pair in teasers for line in pair]
    text = "\n\n".join(["Title", _MENU, *_EN_PARAGRAPHS, heading, *lines])
    assert _body(text, language) == list(_EN_PARAGRAPHS)


def test_picture_credits_between_the_last_sections_are_no_teaser_headlines() -> None:
    """A picture's credit over a section of the article is no teaser's headline: the
    sections after the credits stay in the article."""
    _heading, teasers = _TEASER_BOXES["en"]
    sub, section = teasers[0]
    last = teasers[1][1]
    text = "\n\n".join(
        [
            "Title",
            _MENU,
            *_EN_PARAGRAPHS,
            "Photo: Ann Lee",
            sub,
            section,
            "Photo: Ann Lee",
            last,
            "Share\nFacebook",
        ]
    )
    body = _body(text, "en")
    assert section in body
    assert last in body


_NO_PARAGRAPHS = (
    "Bystyret vedtok tirsdag å gjøre det gamle jernbaneverkstedet om til en offentlig park, og "
    "dermed tok en strid som hadde vart i mer enn ti år, endelig slutt.",
    "Beboerne hadde bedt om grøntareal siden verkstedet ble stengt, og planen omfatter nå en "
    "lekeplass, en markedshall og en sti langs elven.",
    "Arbeidet skal etter planen begynne neste vår, og den første delen av parken skal åpne for "
    "publikum før slutten av året etter.",
)


def test_a_norwegian_notice_on_who_controls_the_readers_data_is_not_body() -> None:
    notice = (
        "Avisen er en del av Eksempel Media. Eksempel Media er ansvarlig for dine data på denne "
        "nettsiden."
    )
    text = "\n\n".join(["Tittel", _MENU, *_NO_PARAGRAPHS[:2], notice, _NO_PARAGRAPHS[2]])
    body = _body(text, "no")
    assert notice not in body
    assert _NO_PARAGRAPHS[0] in body


def test_a_norwegian_sentence_on_who_is_responsible_stays_in_the_body() -> None:
    line = (
        "Kommunen er ansvarlig for driften av parken, og alle som vil, kan komme innom "
        "biblioteket hver onsdag og stille spørsmål til arkitektene."
    )
    text = "\n\n".join(["Tittel", _MENU, _NO_PARAGRAPHS[0], line, *_NO_PARAGRAPHS[1:]])
    assert line in _body(text, "no")


_ES_PARAGRAPHS = (
    "El ayuntamiento aprobó el martes convertir el antiguo depósito ferroviario en un parque "
    "público, y puso fin a una disputa que había durado más de diez años.",
    "Los vecinos pedían zonas verdes desde el cierre del depósito, y el plan incluye ahora un "
    "parque infantil, un mercado cubierto y un paseo junto al río.",
    "Las obras empezarán la próxima primavera, y la primera parte del parque abrirá al público "
    "antes de que termine el año siguiente.",
)


@pytest.mark.parametrize("heading", ["Imperdibles", "No te pierdas"])
def test_a_must_read_heading_ends_a_spanish_article(heading: str) -> None:
    teaser = (
        "Vuelve el ferri a las islas",
        "El horario de verano añade dos salidas al día, y el puerto espera más visitantes que el "
        "año pasado.",
    )
    text = "\n\n".join(["Título", _MENU, *_ES_PARAGRAPHS, heading, *teaser])
    assert _body(text, "es") == list(_ES_PARAGRAPHS)


def test_a_spanish_sentence_opening_with_dont_miss_stays_in_the_body() -> None:
    line = (
        "No te pierdas el mercado de los sábados, dice la alcaldesa a los vecinos, porque allí se "
        "presentarán cada semana los avances de las obras del parque."
    )
    text = "\n\n".join(["Título", _MENU, _ES_PARAGRAPHS[0], line, *_ES_PARAGRAPHS[1:]])
    assert line in _body(text, "es")


@pytest.mark.parametrize(
    ("language", "stamp"),
    [
        ("en", "March 4, 2024"),
        ("de", "26.11.2022"),
        ("de", "3. Mai 2024, 16:52"),
        ("en", "Published: March 4, 2024"),
        ("de", "Dienstag, 14.03.2023, 08:40"),
        ("de", "4. März 2024 um 9:29 Uhr"),
    ],
)
def test_a_line_that_is_only_a_date_inside_the_article_is_not_body(
    language: str, stamp: str
) -> None:
    """A teaser's or a post's date standing between paragraphs is no part of the text."""
    paragraphs = _DE_PARAGRAPHS if language == "de" else _EN_PARAGRAPHS
    text = "\n\n".join(["Title", _MENU, *paragraphs[:2], stamp, paragraphs[2]])
    article = newsparse.parse_article(text, input_format="text", language=language)
    assert [p.text for p in article.body] == list(paragraphs)
    rules = {s.rule for s in article.segments if s.kind is newsparse.SegmentKind.BOILERPLATE}
    assert "boilerplate.date-line" in rules


@pytest.mark.parametrize(
    ("language", "stamp"),
    [
        ("en", "Updated: March 5, 2024 10:12 Published: March 4, 2024 18:30"),
        ("de", "Aktualisiert: 05.03.2024 10:12 Veröffentlicht: 04.03.2024 18:30"),
        ("es", "4 de marzo de 2024 (actualizado el 5 de marzo de 2024 | 10:12)"),
    ],
)
def test_a_line_of_two_dates_inside_the_article_is_not_body(language: str, stamp: str) -> None:
    """A page's published and updated stamps on one line, set between paragraphs, are the
    page's furniture, though their labels make the line longer than a date alone."""
    paragraphs = {"en": _EN_PARAGRAPHS, "de": _DE_PARAGRAPHS, "es": _ES_PARAGRAPHS}[language]
    text = "\n\n".join(["Title", _MENU, *paragraphs[:2], stamp, paragraphs[2]])
    article = newsparse.parse_article(text, input_format="text", language=language)
    assert [p.text for p in article.body] == list(paragraphs)
    rules = {s.rule for s in article.segments if s.kind is newsparse.SegmentKind.BOILERPLATE}
    assert "boilerplate.date-line" in rules


def test_two_dates_going_on_with_a_sentence_stay_in_the_body() -> None:
    """A line in lower case after a paragraph goes on with its sentence, dates or not."""
    line = "on March 4, 2024. It reopened on March 5, 2024."
    text = "\n\n".join(["Title", _MENU, *_EN_PARAGRAPHS[:2], line, _EN_PARAGRAPHS[2]])
    assert line in _body(text, "en")


@pytest.mark.parametrize(
    "line", ["8:09", "Eröffnung am 3. Mai 2024", "Sitzung des Stadtrats vom 4. März 2024"]
)
def test_a_time_alone_or_a_phrase_with_a_date_stays_in_the_body(line: str) -> None:
    """A time alone may be a clip's length, and a few words around a date say something."""
    text = "\n\n".join(["Titel", _MENU, *_DE_PARAGRAPHS[:2], line, _DE_PARAGRAPHS[2]])
    assert line in _body(text, "de")


def test_a_teaser_of_the_article_in_a_list_above_it_does_not_anchor_the_article() -> None:
    """The page's headline printed in a list of the latest stories over the article (no date
    by it) is a teaser: the headline printed again with its date opens the article."""
    headline = "Harbour reopens after the winter storm"
    latest = [
        "World",
        "The ferry service to the islands returns after a long break, with two sailings every day.",
        "Local",
        headline,
        "Culture",
        "The old cinema on the high street shows silent films with a live orchestra this month.",
        "Sport",
        "The rowing club has won the regional cup for the third year in a row at the weekend.",
    ]
    text = "\n\n".join(
        [f"{headline} - Example News", _MENU, *latest, headline, "March 4, 2024", *_EN_PARAGRAPHS]
    )
    assert _body(text, "en") == list(_EN_PARAGRAPHS)


def test_a_headline_printed_again_with_its_date_under_the_article_does_not_cut_it() -> None:
    headline = "Harbour reopens after the winter storm"
    text = "\n\n".join(
        [
            f"{headline} - Example News",
            _MENU,
            headline,
            *_EN_PARAGRAPHS,
            headline,
            "March 4, 2024",
            "Share\nFacebook",
        ]
    )
    assert _body(text, "en") == list(_EN_PARAGRAPHS)


_LINKS_AFTER_THE_TEXT = {
    "en": (
        _EN_PARAGRAPHS,
        "READ NEXT: Council approves the new cycle path along the river, says the transport office",
        ("Read more on these topics", "City council parks river depot transport playground"),
    ),
    "de": (
        _DE_PARAGRAPHS,
        "Weiter: Der Rat beschließt den neuen Radweg entlang des Flusses, sagt das Verkehrsamt",
        ("Mehr zu diesen Themen", "Stadtrat Parks Fluss Bahndepot Verkehr Spielplatz"),
    ),
}


@pytest.mark.parametrize("language", sorted(_LINKS_AFTER_THE_TEXT))
def test_a_long_link_opening_with_a_footer_phrase_after_the_last_paragraph_is_not_body(
    language: str,
) -> None:
    """A link to the next story as long as a paragraph, past the article's last one, is
    chrome after the article; the paragraphs stay."""
    paragraphs, link, topics = _LINKS_AFTER_THE_TEXT[language]
    text = "\n\n".join(["Title", _MENU, *paragraphs, link, *topics])
    article = newsparse.parse_article(text, input_format="text", language=language)
    body = [p.text for p in article.body]
    assert body == list(paragraphs)
    rules = {s.rule for s in article.segments if s.kind is newsparse.SegmentKind.BOILERPLATE}
    assert "boilerplate.inline-next" in rules


@pytest.mark.parametrize("language", sorted(_LINKS_AFTER_THE_TEXT))
def test_a_long_line_opening_with_a_footer_phrase_between_paragraphs_stays_in_the_body(
    language: str,
) -> None:
    paragraphs, link, topics = _LINKS_AFTER_THE_TEXT[language]
    text = "\n\n".join(["Title", _MENU, *paragraphs[:2], link, paragraphs[2], *topics])
    body = _body(text, language)
    assert link in body
    assert body[-1] == paragraphs[2]


@pytest.mark.parametrize("language", sorted(_TEASER_BOXES))
def test_a_teaser_whose_headline_the_page_prints_elsewhere_still_closes_the_box(
    language: str,
) -> None:
    """A teaser's headline that the page also lists in its menus (a line seen three times,
    which weighs nothing) is still a teaser's headline over its summary: the box stays
    out of the article."""
    heading, teasers = _TEASER_BOXES[language]
    repeated = teasers[0][0]
    lines = [line for pair in teasers for line in pair]
    text = "\n\n".join(
        ["Title", _MENU, *_EN_PARAGRAPHS, heading, *lines, repeated, "Contact\n" + repeated]
    )
    assert _body(text, language) == list(_EN_PARAGRAPHS)


@pytest.mark.parametrize("language", sorted(_TEASER_BOXES))
def test_a_sub_heading_the_page_prints_elsewhere_does_not_end_the_article(
    language: str,
) -> None:
    """The same sub-heading over a single section stays in the article: one pair is no
    box of teasers."""
    _heading, teasers = _TEASER_BOXES[language]
    sub = teasers[0][0]
    text = "\n\n".join(["Title", _MENU, sub, sub, *_EN_PARAGRAPHS[:2], sub, _EN_PARAGRAPHS[2]])
    body = _body(text, language)
    assert body[-1] == _EN_PARAGRAPHS[2]
    assert _EN_PARAGRAPHS[0] in body


@pytest.mark.parametrize(
    ("language", "stamps"),
    [
        ("en", ["5 hours ago 06:41 Ann Lee", "4 hours ago 08:40 Ann Lee"]),
        ("de", ["09:15 Lena Vogt", "10:02 Lena Vogt"]),
    ],
)
def test_a_live_blog_s_post_stamps_are_not_body(language: str, stamps: list[str]) -> None:
    """The time and the author's name over each post of a live blog, signed alike on two
    posts, stamp the posts: they are not the article's text; the posts are."""
    paragraphs = _DE_PARAGRAPHS if language == "de" else _EN_PARAGRAPHS
    text = "\n\n".join(
        ["Title", _MENU, paragraphs[0], stamps[0], paragraphs[1], stamps[1], paragraphs[2]]
    )
    article = newsparse.parse_article(text, input_format="text", language=language)
    assert [p.text for p in article.body] == list(paragraphs)
    rules = {s.rule for s in article.segments if s.kind is newsparse.SegmentKind.BOILERPLATE}
    assert "boilerplate.post-stamp" in rules


def test_a_timetable_s_lines_stay_in_the_body() -> None:
    """Times before different words (a programme) sign nothing twice: they stay."""
    lines = ["10:00 Warm Up", "11:30 Main Race"]
    text = "\n\n".join(
        [
            "Title",
            _MENU,
            _EN_PARAGRAPHS[0],
            lines[0],
            _EN_PARAGRAPHS[1],
            lines[1],
            _EN_PARAGRAPHS[2],
        ]
    )
    body = _body(text, "en")
    for line in lines:
        assert line in body


_MORE_BOXES = {
    "en": (
        "Most read",
        [
            "Harbour reopens after the winter storm",
            "City council approves new cycle lanes",
            "Local bakery wins national bread award",
            "Ferry timetable changes for the summer",
        ],
        [
            "The mayor said the park would be the largest green space built in the city "
            "for half a century, and thanked the residents for their patience.",
            "Neighbours who had campaigned for the park said they would keep watching the "
            "work closely, and asked for a say in how the playground is designed.",
            "The first trees will be planted in the autumn, and a café is planned next to the "
            "old signal box, which is to be kept as a reminder of the depot's past.",
        ],
    ),
    "de": (
        "Mehr aus der Region",
        [
            "Hafen nach dem Wintersturm wieder offen",
            "Stadtrat beschließt neue Radwege",
            "Bäckerei aus der Altstadt gewinnt Brotpreis",
        ],
        [
            "Die Bürgermeisterin sagte, der Park werde die größte Grünfläche, die seit einem "
            "halben Jahrhundert in der Stadt angelegt wurde, und dankte den Anwohnern.",
            "Die Nachbarn, die sich für den Park eingesetzt hatten, wollen die Arbeiten genau "
            "verfolgen und bei der Gestaltung des Spielplatzes mitreden.",
            "Die ersten Bäume sollen im Herbst gepflanzt werden, und neben dem alten Stellwerk, "
            "das an die Geschichte des Depots erinnern soll, ist ein Café geplant.",
        ],
    ),
}


def _more_box_page(language: str, after: list[str]) -> tuple[str, list[str]]:
    """A page whose article holds a box of more stories after its first three paragraphs,
    then *after* and the article's other paragraphs; and the article's paragraphs."""
    heading, headlines, more = _MORE_BOXES[language]
    paragraphs = [*(_DE_PARAGRAPHS if language == "de" else _EN_PARAGRAPHS), *more]
    box = [heading, *headlines, *after]
    text = "\n\n".join(["Title", _MENU, *paragraphs[:3], *box, *paragraphs[3:]])
    return text, paragraphs


@pytest.mark.parametrize("language", sorted(_MORE_BOXES))
def test_the_headlines_under_a_box_of_more_stories_are_not_body(language: str) -> None:
    """A box of more stories set between the article's paragraphs ("Most read" and the
    headlines under it, however many; "Mehr aus der Region" and its headlines) is links, not
    text; the article goes on after it."""
    text, paragraphs = _more_box_page(language, [])
    assert _body(text, language) == paragraphs


def test_a_numbered_step_after_a_box_of_more_stories_stays_in_the_body() -> None:
    """A numbered line under the box is the article's next step, not one more headline."""
    step = "3. Check the tyres before you set off"
    text, paragraphs = _more_box_page("en", [step])
    assert _body(text, "en") == [*paragraphs[:3], step, *paragraphs[3:]]


@pytest.mark.parametrize(
    ("language", "ad"),
    [
        ("en", "Site Engineer (m/f/d) Harbour Works Ltd"),
        ("de", "Sachbearbeiter/in Buchhaltung (m/w/d)"),
        ("fr", "Ingénieur commercial (H/F)"),
    ],
)
def test_a_job_ad_s_title_inside_the_article_is_not_body(language: str, ad: str) -> None:
    """A job ad's title set between the article's paragraphs, with the genders the post is
    open to in brackets, is an ad, not the article's text."""
    text = "\n\n".join(["Title", _MENU, *_EN_PARAGRAPHS[:2], ad, _EN_PARAGRAPHS[2]])
    assert _body(text, language) == list(_EN_PARAGRAPHS)


@pytest.mark.parametrize(
    "line",
    [
        "Wheels 29 inch, travel 180/170 mm (v/h)",
        "The council is hiring a site engineer (m/f/d) to oversee the work.",
    ],
)
def test_a_spec_or_a_sentence_with_slashed_letters_stays_in_the_body(line: str) -> None:
    """Two small letters in brackets are a spec's, and a sentence naming a post is text."""
    text = "\n\n".join(["Title", _MENU, *_EN_PARAGRAPHS[:2], line, _EN_PARAGRAPHS[2]])
    assert line in _body(text, "en")


_CLOSED_BOXES = {
    "en": ("Popular this week", "See all stories"),
    "de": ("Das lesen andere", "Mehr anzeigen"),
}


@pytest.mark.parametrize("language", sorted(_CLOSED_BOXES))
def test_headlines_over_a_link_to_more_stories_are_not_body(language: str) -> None:
    """A box of headlines that a link to more stories closes, the article going on under
    the link, is links, not text: its heading and headlines go with the link."""
    heading, link = _CLOSED_BOXES[language]
    _, headlines, more = _MORE_BOXES[language]
    paragraphs = [*(_DE_PARAGRAPHS if language == "de" else _EN_PARAGRAPHS), *more]
    box = [heading, *headlines[:3], link]
    text = "\n\n".join(["Title", _MENU, *paragraphs[:3], *box, *paragraphs[3:]])
    assert _body(text, language) == paragraphs


def test_a_sub_heading_over_a_link_to_more_stories_stays_in_the_body() -> None:
    """One short line over such a link may be the article's sub-heading: it stays."""
    _, _, more = _MORE_BOXES["en"]
    paragraphs = [*_EN_PARAGRAPHS, *more]
    heading = "What happens next"
    text = "\n\n".join(
        ["Title", _MENU, *paragraphs[:3], heading, "See all stories", *paragraphs[3:]]
    )
    assert heading in _body(text, "en")


@pytest.mark.parametrize(
    ("language", "call"),
    [
        ("en", "For the day's top stories from the city, sign up for our newsletter."),
        ("de", "Sie interessieren sich für die Stadt? Folgen Sie uns auf allen Kanälen."),
        ("en", "To report an error in this story, write to the desk."),
        ("de", "Sie haben einen Fehler entdeckt? Dann können Sie hier den Fehler melden."),
    ],
)
def test_a_call_to_subscribe_after_the_article_is_not_body(language: str, call: str) -> None:
    """A call to subscribe, to follow the site or to report an error after the article's
    last paragraph, its phrase in the middle of the sentence, is the page's, not the
    article's."""
    paragraphs = _DE_PARAGRAPHS if language == "de" else _EN_PARAGRAPHS
    text = "\n\n".join(["Title", _MENU, *paragraphs, call])
    article = newsparse.parse_article(text, input_format="text", language=language)
    assert [p.text for p in article.body] == list(paragraphs)
    rules = {s.rule for s in article.segments if s.kind is newsparse.SegmentKind.BOILERPLATE}
    assert "boilerplate.tail-call" in rules


def test_a_call_to_subscribe_inside_the_article_stays_in_the_body() -> None:
    """Such a phrase in a paragraph the article goes on after is the article's own."""
    line = "Residents who want a plot can sign up for the garden at the town hall this week."
    text = "\n\n".join(["Title", _MENU, *_EN_PARAGRAPHS[:2], line, _EN_PARAGRAPHS[2]])
    assert line in _body(text, "en")


_CREDITS_OVER_PARAGRAPHS = {
    "en": (
        "© Riverside Photo Agency The architects showed their drawings to a full hall on "
        "Thursday evening. Most questions were about the trees, the benches and the lights, "
        "and the mayor promised a second meeting before the builders arrive in the spring.",
        "© 2024 Riverside Media Group. All rights reserved. No part of this site may be "
        "copied, stored or sent on in any form without the written consent of the publisher, "
        "and the use of the site is subject to the terms of use and the privacy policy.",
    ),
    "de": (
        "© Bildagentur Flussufer Der Stadtrat hat am Dienstag beschlossen, das alte "
        "Bahndepot in einen Park zu verwandeln. Die Anwohner hatten sich seit der Schließung "
        "Grünflächen gewünscht, und der Plan sieht einen Spielplatz und eine Markthalle vor.",
        "© 2024 Flussufer Medien GmbH. Alle Rechte vorbehalten. Kein Teil dieser Seite darf "
        "ohne die schriftliche Zustimmung des Verlags kopiert, gespeichert oder in irgendeiner "
        "Form weitergegeben werden, und es gelten die Nutzungsbedingungen der Seite.",
    ),
}


@pytest.mark.parametrize("language", sorted(_CREDITS_OVER_PARAGRAPHS))
def test_a_credit_printed_on_a_paragraph_keeps_the_paragraph(language: str) -> None:
    """A line opening with a copyright sign that goes on with sentences of running text is a
    picture's credit printed on the paragraph under it: the paragraph is the article's."""
    paragraph, _ = _CREDITS_OVER_PARAGRAPHS[language]
    text = "\n\n".join(["Title", _MENU, _EN_PARAGRAPHS[0], paragraph, *_EN_PARAGRAPHS[1:]])
    assert _body(text, language) == [_EN_PARAGRAPHS[0], paragraph, *_EN_PARAGRAPHS[1:]]


@pytest.mark.parametrize("language", sorted(_CREDITS_OVER_PARAGRAPHS))
def test_a_long_notice_of_rights_is_not_body(language: str) -> None:
    """A long notice that names its rights again after the sign stays out of the article."""
    _, notice = _CREDITS_OVER_PARAGRAPHS[language]
    text = "\n\n".join(["Title", _MENU, *_EN_PARAGRAPHS, notice])
    assert notice not in _body(text, language)


_COMMENT_COLUMNS = {
    "en": (
        ("Stage", "Owner", "Comment", "draft", "editor", "read twice"),
        (
            "Every proof now goes through both stages before the desk signs it off, which adds "
            "about an hour to the evening but has already caught several errors.",
            "The newsroom plans to review the process in the autumn, once the new layout "
            "software has been in use for a full season.",
            "Readers who spot a mistake can still write to the corrections desk, which "
            "answers every letter within a week and prints its corrections on page two.",
        ),
        "Tags: newsroom, printing, proofs",
    ),
    "de": (
        ("Abschnitt", "Zustand", "Kommentar", "Altstadt", "fertig", "seit Montag"),
        (
            "Die Stadt will nach dem zweiten Abschnitt prüfen, ob sich ein dritter bis zum "
            "Hafen lohnt. Dafür sollen im Frühjahr die Radfahrer gezählt werden.",
            "Der Fahrradclub begrüßt die Pläne, fordert aber mehr Abstellplätze an der "
            "Universität und eine bessere Beleuchtung auf dem Abschnitt am Kanal.",
            "Wer Hinweise zu gefährlichen Stellen hat, kann sie bis Ende Mai über ein "
            "Formular der Stadt melden. Die Planer wollen jede Meldung prüfen.",
        ),
        "Schlagworte: Radweg, Verkehr, Universität",
    ),
}


@pytest.mark.parametrize("language", sorted(_COMMENT_COLUMNS))
def test_a_comment_column_of_a_table_before_the_tags_does_not_end_the_article(
    language: str,
) -> None:
    """A lone "Comment" line with no readers' comments under it, over the article's tags,
    is a table's column heading: pages list their tags over their comments, never under
    them, so the article goes on past it."""
    cells, closing, tags = _COMMENT_COLUMNS[language]
    paragraphs = CYCLE_PATH if language == "de" else (*_EN_PARAGRAPHS, HARBOUR[2])
    text = "\n\n".join(["Title", _MENU, *paragraphs, *cells, *closing, tags, "Share\nFacebook"])
    body = _body(text, language)
    assert body[: len(paragraphs)] == list(paragraphs)
    assert body[-len(closing) :] == list(closing)
    assert not any(tags in line for line in body)


def test_a_comments_heading_without_tags_under_it_still_ends_the_article() -> None:
    """With no tags further down, a comments heading ends the article as before."""
    text = "\n\n".join(
        ["Title", _MENU, *_EN_PARAGRAPHS, "Comments", "Leave a reply", "Name", "Email"]
    )
    assert _body(text, "en") == list(_EN_PARAGRAPHS)


_PICTURE_BUTTONS = {
    "en": (
        "Enlarge image",
        "Fishermen tie up their boats at the quay on Thursday morning. Reuters",
        list(_EN_PARAGRAPHS),
    ),
    "ko": (
        "이미지 확대보기",
        "시민들이 화요일 옛 철도 차고지 앞에서 공원 계획 설명을 듣고 있다. 연합뉴스",
        list(_KO_PARAGRAPHS),
    ),
}


@pytest.mark.parametrize("language", sorted(_PICTURE_BUTTONS))
def test_a_caption_under_a_pictures_button_is_a_caption(language: str) -> None:
    """The line under a picture's button ("Enlarge image") that says what the picture
    shows and ends with a bare credit after its last sentence is the picture's caption."""
    button, caption, paragraphs = _PICTURE_BUTTONS[language]
    text = "\n\n".join(["Title", _MENU, paragraphs[0], button, caption, *paragraphs[1:]])
    article = newsparse.parse_article(text, input_format="text", language=language)
    assert caption in article.captions
    assert [p.text for p in article.body] == paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "The quay was busy again by noon, and the ferries were back on time.",  # a sentence
        "Harbour master vs. the council",  # a heading with an abbreviation in it
    ],
)
def test_a_paragraph_or_heading_under_a_pictures_button_stays_in_the_body(line: str) -> None:
    """Under a picture's button, a line that ends with its sentence, or a heading whose
    abbreviation ends in a full stop, is the article's own."""
    text = "\n\n".join(
        ["Title", _MENU, _EN_PARAGRAPHS[0], "Enlarge image", line, *_EN_PARAGRAPHS[1:]]
    )
    article = newsparse.parse_article(text, input_format="text", language="en")
    assert line in [p.text for p in article.body]
