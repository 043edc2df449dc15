"""Bylines: where they stand, how their names are split and cleaned, how dates are read."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import SegmentKind
from newsparse._blocks import text_blocks
from newsparse._dates import find_date, find_date_span
from newsparse._lexicon import lexicon_for
from newsparse._options import ParseOptions
from newsparse._page import Page
from newsparse._rules.byline import (
    _evidence,
    _in_list,
    _Vocabulary,
    _Window,
    split_authors,
)
from texts import CYCLE_PATH, HARBOUR

EN = list(HARBOUR)
DE = list(CYCLE_PATH)
FR = [
    "Le marché couvert de la place Carnot rouvrira ses portes samedi après huit mois de "
    "travaux. La charpente a été renforcée et les étals ont été entièrement refaits.",
    "Une trentaine de commerçants retrouveront leur emplacement, et quatre nouveaux "
    "producteurs de la vallée ont obtenu une place. La mairie promet des loyers inchangés.",
    "Pour l’inauguration, une fanfare jouera dès huit heures et un petit-déjeuner sera "
    "offert aux premiers visiteurs. Les travaux du parking voisin se termineront en septembre.",
]
ES = [
    "El museo de la ciudad amplía desde hoy su horario y abrirá también los lunes por la "
    "tarde. La decisión llega tras un verano con cifras récord de visitantes extranjeros.",
    "La directora explicó que la ampliación permitirá organizar visitas guiadas para los "
    "colegios de la comarca, que hasta ahora tenían que esperar meses para conseguir plaza.",
    "El ayuntamiento contratará a seis personas más para atender las nuevas salas. La "
    "entrada seguirá siendo gratuita para los menores de dieciocho años y los jubilados.",
]
RU = [
    "Городская библиотека на набережной снова открылась после ремонта, который длился "
    "почти два года. Читатели получили новый зал и тихие комнаты для занятий.",
    "В новом здании появились детская комната, кафе и небольшая сцена для встреч с "
    "писателями. Администрация обещает, что вход останется бесплатным для всех.",
    "Летом библиотека будет работать до десяти часов вечера, а по выходным здесь пройдут "
    "лекции и показы фильмов для жителей района.",
]
ZH = [
    "新建的城市图书馆昨天正式向市民开放，馆内设有阅览室、儿童活动区和一个可以举办读书会的小舞台。",
    "市政府表示，所有市民都可以免费进入，周末也会延长开放时间，方便上班族前来借阅图书。",
    "图书馆负责人介绍，今年还将增加外文图书的数量，并为老年读者开设使用电子设备的课程。",
]
AR = [
    "افتتحت البلدية صباح اليوم الحديقة الجديدة في وسط المدينة بعد عامين من الأعمال، "
    "وتضم الحديقة ممرات للمشي وملاعب للأطفال ومقاعد تحت الأشجار.",
    "وقال رئيس البلدية إن الحديقة ستبقى مفتوحة حتى منتصف الليل خلال أشهر الصيف، "
    "وإن الدخول سيكون مجانيا لجميع السكان والزوار.",
    "ومن المتوقع أن تفتتح حديقتان أخريان في الأحياء الشمالية قبل نهاية العام المقبل.",
]


def page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def _authors(code: str, *lines: str) -> tuple[str, ...]:
    """The authors of a page made of a headline, *lines* and a body in language *code*;
    the page must have a byline."""
    text = page(HEADLINES[code], *lines, *BODIES[code])
    byline = newsparse.parse_article(text, language=code).byline
    assert byline is not None
    return byline.authors


CASES = [
    # (language, byline lines, authors, published)
    ("en", ["By Ruth Ellis and Sam Okafor"], ("Ruth Ellis", "Sam Okafor"), None),
    (
        "de",
        ["Von Anna Fink, Jan Pellner und Hanne Vogtland"],
        ("Anna Fink", "Jan Pellner", "Hanne Vogtland"),
        None,
    ),
    ("fr", ["Par Hélène Morel et Paul Girard"], ("Hélène Morel", "Paul Girard"), None),
    ("es", ["Por Marta Gil y Andrés Soto"], ("Marta Gil", "Andrés Soto"), None),
    ("ru", ["Автор: Мария Соколова и Игорь Белов"], ("Мария Соколова", "Игорь Белов"), None),
    ("zh", ["记者 王小明"], ("王小明",), None),
    ("ar", ["بقلم: سارة أحمد"], ("سارة أحمد",), None),
    # names and a date separated by "|"
    ("en", ["Ruth Ellis | 3 May 2024"], ("Ruth Ellis",), "2024-05-03"),
    # names without a prefix, the date on the next line
    ("de", ["Anna Fink", "03.05.2024, 14:05 Uhr"], ("Anna Fink",), "2024-05-03T14:05"),
    # a role after the name
    ("en", ["Tessa Holloway Correspondent", "May 3, 2024"], ("Tessa Holloway",), "2024-05-03"),
    ("es", ["Marta Gil", "Corresponsal en Atenas"], ("Marta Gil",), None),
    # the prefix on a line of its own
    ("de", ["Von", "Jan Pellner"], ("Jan Pellner",), None),
    # one author per line
    (
        "en",
        ["Ruth Ellis", "Sam Okafor", "Updated 5 Aug 2024, 10:30"],
        ("Ruth Ellis", "Sam Okafor"),
        "2024-08-05T10:30",
    ),
    # a prefix after a few words, the date before it
    ("de", ["Veröffentlicht am 12. Juni 2017 von Anna Fink"], ("Anna Fink",), "2017-06-12"),
    ("en", ["Posted on 2016-05-07 by kasper | Leave a comment"], ("kasper",), "2016-05-07"),
    # the date right after the names, a time and a.m./p.m.
    ("en", ["by Steven Rowe January 18, 2017 11:00 PM PST"], ("Steven Rowe",), "2017-01-18T23:00"),
    ("fr", ["Par Hélène Morel, le 3 mai 2024 à 09h08"], ("Hélène Morel",), "2024-05-03T09:08"),
    ("es", ["Por Marta Gil, 3 de mayo de 2024"], ("Marta Gil",), "2024-05-03"),
    # a full stop after the surname ends the name; a short word with one stays inside it
    ("en", ["Written by Ruth Ellis. Edited by Sam Okafor."], ("Ruth Ellis",), None),
    ("en", ["By Ruth Ellis. Photos by Sam Okafor"], ("Ruth Ellis",), None),
    ("en", ["By Anna St. Clair"], ("Anna St. Clair",), None),
    ("en", ["By Ruth C. Ellis"], ("Ruth C. Ellis",), None),
    # the place the authors write from, after their names; an agency still credits
    ("de", ["Von Jonas Weber, Berlin"], ("Jonas Weber",), None),
    ("de", ["Von Jonas Weber und Greta Aalen, Nairobi"], ("Jonas Weber", "Greta Aalen"), None),
    ("en", ["By Ruth Ellis, Reuters"], ("Ruth Ellis", "Reuters"), None),
    # a role in the part after the names is theirs, not another author
    ("en", ["By Ruth Ellis / Staff writer"], ("Ruth Ellis",), None),
    ("en", ["Ruth Ellis | Reporter"], ("Ruth Ellis",), None),
    # a word after the time, the names after it: the hour word and a zone are no name
    ("de", ["19.6.2007 9:40 Uhr Jonas Weber"], ("Jonas Weber",), "2007-06-19T09:40"),
    ("de", ["Jonas Weber | 12.05.2024, 14:30 Uhr MEZ"], ("Jonas Weber",), "2024-05-12T14:30"),
    ("en", ["3 May 2024 10:30 GMT Ruth Ellis"], ("Ruth Ellis",), "2024-05-03T10:30"),
    ("es", ["3 de mayo de 2024 14:30 h Marta Gil"], ("Marta Gil",), "2024-05-03T14:30"),
    # a role and the place where it is held, after the name
    (
        "fr",
        ["Paul Girard, envoyé spécial à Lyon", "Publié le 1er juin 2024 à 09h15"],
        ("Paul Girard",),
        "2024-06-01T09:15",
    ),
    (
        "es",
        ["Marta Gil, corresponsal en Lisboa", "Publicado el 12 de marzo de 2024"],
        ("Marta Gil",),
        "2024-03-12",
    ),
    # the date's full stop ends the line: no sentence
    (
        "ru",
        ["Игорь Белов | Обновлено 03.05.2024 14:30 ч."],
        ("Игорь Белов",),
        "2024-05-03T14:30",
    ),
    # a label opens the byline
    (
        "vi",
        ["Bài: Nguyễn Văn An và Trần Thị Bình"],
        ("Nguyễn Văn An", "Trần Thị Bình"),
        None,
    ),
    # a date line whose full stops belong to the date, not to sentences
    ("de", ["Anna Fink", "Di. 3. Mai 2024, 14.30 Uhr"], ("Anna Fink",), "2024-05-03T14:30"),
    # in a script without case, plain words right under the headline, over or before a date
    ("ar", ["سارة أحمد", "3 مايو 2024 14:30"], ("سارة أحمد",), "2024-05-03T14:30"),
    ("ar", ["سارة أحمد | 3 مايو 2024"], ("سارة أحمد",), "2024-05-03"),
    ("he", ["דנה לוי", "12.03.2024 18:40"], ("דנה לוי",), "2024-03-12T18:40"),
    ("hi", ["राहुल शर्मा", "3 मई 2024, 14:30"], ("राहुल शर्मा",), "2024-05-03T14:30"),
    # a name and its role over the date: the byline, not a second headline
    ("ja", ["山田太郎 記者", "2024年5月3日 14:30"], ("山田太郎",), "2024-05-03T14:30"),
    (
        "ja",
        ["文：山田太郎・ジョン・スミス", "2024年5月3日"],
        ("山田太郎", "ジョン・スミス"),
        "2024-05-03",
    ),
    # a role that opens the credit, and the names after it
    ("zh", ["记者 王小明 李娜"], ("王小明", "李娜"), None),
    ("zh", ["（记者 王小明 通讯员 李娜）"], ("王小明", "李娜"), None),
    # a middle dot joins two names before their role
    ("ko", ["김민수·이지은 기자"], ("김민수", "이지은"), None),
    ("ko", ["김민수·이지은·박서준 기자"], ("김민수", "이지은", "박서준"), None),
    # the Vietnamese date with its word for "day" in front
    ("vi", ["Nguyễn Văn An", "ngày 3 tháng 5 năm 2024"], ("Nguyễn Văn An",), "2024-05-03"),
]
KO = [
    "시의 새 도서관이 어제 문을 열었다. 도서관에는 열람실과 어린이 공간, 독서 모임을 열 수 있는 "
    "작은 무대가 마련됐다.",
    "시에 따르면 시민 누구나 무료로 이용할 수 있으며 주말에는 운영 시간을 늘려 직장인도 책을 "
    "빌리기 쉽게 했다.",
    "도서관 관계자는 올해 외국어 도서를 늘리고 어르신을 위한 전자기기 사용 강좌도 열 계획이라고 "
    "밝혔다.",
]
VI = [
    "Chính quyền thành phố hôm thứ Ba đã khánh thành cây cầu mới dành cho xe đạp bắc qua sông, "
    "nối nhà ga với các khu dân cư ở bờ đông.",
    "Theo phó chủ tịch thành phố, mỗi ngày sẽ có hơn năm nghìn người đi xe đạp qua cầu, chủ yếu "
    "là học sinh và sinh viên.",
    "Công trình kéo dài hai năm với tổng chi phí khoảng hai trăm tỷ đồng, một phần do ngân sách "
    "trung ương hỗ trợ.",
]
HE = [
    "העירייה פתחה ביום שלישי את גשר האופניים החדש מעל הנהר. הגשר מחבר את תחנת הרכבת לשכונות "
    "המגורים בגדה המזרחית.",
    "לדברי סגן ראש העירייה, יותר מחמשת אלפים רוכבי אופניים ישתמשו בגשר מדי יום, רובם תלמידים "
    "וסטודנטים.",
    "הבנייה נמשכה שנתיים ועלתה כשלושים מיליון שקלים. חלק מהכסף הגיע מהממשלה.",
]
HI = [
    "नगर निगम ने मंगलवार को नदी पर साइकिल के लिए नया पुल खोल दिया। यह पुल रेलवे स्टेशन को पूर्वी "
    "किनारे की बस्तियों से जोड़ता है।",
    "उप महापौर के अनुसार हर दिन पांच हजार से अधिक साइकिल सवार इस पुल का इस्तेमाल करेंगे, जिनमें "
    "ज्यादातर छात्र हैं।",
    "निर्माण में दो साल लगे और इस पर लगभग पचास करोड़ रुपये खर्च हुए। कुछ पैसा राज्य सरकार ने दिया।",
]
JA = [
    "市の新しい図書館が昨日開館し、閲覧室や子ども向けのスペース、読書会を開ける小さなステージが設けられた。",
    "市によると、市民は誰でも無料で利用でき、週末は開館時間を延長して働く人も本を借りやすくするという。",
    "図書館の担当者は、今年は外国語の本を増やし、高齢者向けに電子機器の使い方を教える講座も開く予定だと話した。",
]
BODIES = {
    "en": EN,
    "de": DE,
    "fr": FR,
    "es": ES,
    "ru": RU,
    "zh": ZH,
    "ar": AR,
    "ko": KO,
    "vi": VI,
    "he": HE,
    "hi": HI,
    "ja": JA,
}
HEADLINES = {
    "en": "Storm closes the harbour to small boats",
    "de": "Neuer Radweg zur Universität freigegeben",
    "fr": "Le marché couvert rouvre samedi",
    "es": "El museo amplía su horario",
    "ru": "Библиотека на набережной снова открыта",
    "zh": "城市图书馆正式开放",
    "ar": "افتتاح حديقة جديدة في وسط المدينة",
    "ko": "시립 도서관 새로 문 열어",
    "vi": "Thành phố khánh thành cầu dành cho xe đạp",
    "he": "גשר אופניים חדש נפתח בעיר",
    "hi": "शहर में साइकिल के लिए नया पुल खुला",
    "ja": "市立図書館が新しく開館",
}


def names_nobody(article: newsparse.Article) -> bool:
    """Whether *article* credits no author: no byline, or one that only dates the article
    (a date line under the headline)."""
    return article.byline is None or article.byline.authors == ()


@pytest.mark.parametrize(("code", "lines", "authors", "published"), CASES)
def test_byline_between_title_and_body(
    code: str, lines: list[str], authors: tuple[str, ...], published: str | None
) -> None:
    """The byline under the headline gives its names, cleaned, and its date in ISO 8601."""
    text = page(HEADLINES[code], *lines, *BODIES[code])
    article = newsparse.parse_article(text, language=code)
    assert article.byline is not None
    assert article.byline.authors == authors
    assert article.byline.published == published
    bylines = [s.text for s in article.segments if s.kind is SegmentKind.BYLINE]
    assert bylines == lines
    assert [p.text for p in article.body] == BODIES[code]


def test_byline_at_the_end_of_the_article() -> None:
    """Without a byline at the top, a prefixed line right after the last paragraph is taken."""
    text = page(HEADLINES["de"], *DE, "Von Jonas Weber", "Teilen", "Kommentare")
    article = newsparse.parse_article(text, language="de")
    assert article.byline is not None
    assert article.byline.authors == ("Jonas Weber",)


@pytest.mark.parametrize(
    "line",
    [
        "Share by email",  # "by" inside a phrase, no name
        "Powered by Nikola",  # one capitalised word after "by", no date
        "— Ruth Ellis (@ruthellis) May 3, 2024",  # the source of an embedded post
        "Home Politics Business",  # menu words
        "Author of the article:",  # a prefix word followed by plain words
        "A post shared by Ruth Ellis (@ruthellis) on Apr 21, 2019 at 4:40am PDT",  # an embed
    ],
)
def test_lines_that_are_not_bylines(line: str) -> None:
    """Phrases with "by", a prefix before plain words, the credits of quotations and
    embedded posts, and menus give no byline."""
    article = newsparse.parse_article(page(HEADLINES["en"], line, *EN), language="en")
    assert names_nobody(article)


@pytest.mark.parametrize(
    ("code", "lines"),
    [
        ("ar", ["حديقة جديدة", "3 مايو 2024"]),  # the article's own words
        ("ar", ["في وسط المدينة", "3 مايو 2024"]),  # a function word
        ("ar", ["أخبار محلية", "3 مايو 2024"]),  # a menu's word
        ("ar", ["سارة أحمد"]),  # no date beside it
        ("ar", ["سارة أحمد سالم خالد يوسف", "3 مايو 2024"]),  # too many words
        ("ar", ["سارة أحمد 2024", "3 مايو 2024"]),  # a digit
        ("he", ["דעות ופרשנות", "12.03.2024 18:40"]),  # a section
        ("hi", ["ताज़ा खबरें", "3 मई 2024, 14:30"]),  # a section
        ("hi", ["नदी पर पुल", "3 मई 2024, 14:30"]),  # a phrase with a function word
    ],
)
def test_uncased_lines_that_are_not_names(code: str, lines: list[str]) -> None:
    """In a script without case, a short line under the headline is a name only when it
    is two to four plain words over or before a date, none of them the article's, a
    function word or a word of the lexicon."""
    text = page(HEADLINES[code], *lines, *BODIES[code])
    assert names_nobody(newsparse.parse_article(text, language=code))


def test_uncased_line_repeating_the_menu_is_not_a_name() -> None:
    """A line under the headline that repeats a line above it is a menu's or a section's
    link, not the author."""
    text = page("سارة أحمد", HEADLINES["ar"], "سارة أحمد", "3 مايو 2024", *AR)
    assert names_nobody(newsparse.parse_article(text, language="ar"))


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        (["2024年5月3日 14:30", "山田 花子", "社会"], ("山田 花子",)),  # under the date line
        (["佐藤健太", "国際", "速報", "2024年5月3日 14:30"], ("佐藤健太",)),  # the date lower
    ],
)
def test_han_name_alone_under_the_headline(lines: list[str], authors: tuple[str, ...]) -> None:
    """In Japanese, a name in Chinese characters alone on its line right under the
    headline (or under its date line), a date a few lines away, is the byline."""
    text = page(HEADLINES["ja"], *lines, *JA)
    byline = newsparse.parse_article(text, language="ja").byline
    assert byline is not None
    assert byline.authors == authors


@pytest.mark.parametrize(
    ("code", "lines"),
    [
        ("ja", ["2024年5月3日 14:30", "国際"]),  # two characters: a section
        ("ja", ["佐藤健太"]),  # no date near it
        ("ja", ["2024年5月3日 14:30", "市立図書館"]),  # in the headline
        ("ja", ["2024年5月3日 14:30", "図書館の担当者"]),  # not Chinese characters alone
        ("zh", ["2024年05月03日 14:30", "小字号"]),  # a language without spaces in names
        ("en", ["佐藤健太", "Harbour News"]),  # on an English page too, no date near it
    ],
)
def test_han_lines_that_are_not_names(code: str, lines: list[str]) -> None:
    """A short line of Chinese characters under the headline is no name when it is two
    characters, has no date near it, stands in the headline, holds other signs, or the
    language writes no space inside a name (Chinese), where its bylines name a role."""
    text = page(HEADLINES[code], *lines, *BODIES[code])
    assert names_nobody(newsparse.parse_article(text, language=code))


DATE_LINES = {"en": "Friday, 3 May 2024", "de": "Freitag, 3. Mai 2024"}


@pytest.mark.parametrize(
    ("code", "menu"),
    [
        ("en", ["Home", "News", "Garden Tools", "Contact", "Garden Party"]),
        ("de", ["Rezensionen", "Garten Tipps", "Gästebuch", "Garten Ideen"]),
    ],
)
def test_menu_entry_sharing_a_word_with_one_above_is_no_name(code: str, menu: list[str]) -> None:
    """Two capitalised words at the end of a menu, over the article's date, are another
    entry of that menu when an entry a few lines above opens with the same word ("Garten
    Tipps" / "Garten Ideen"), not the author."""
    title = f"{HEADLINES[code]} - Blog"
    text = page(title, *menu, DATE_LINES[code], HEADLINES[code], *BODIES[code])
    assert names_nobody(newsparse.parse_article(text, language=code))


@pytest.mark.parametrize(
    ("code", "menu", "name"),
    [
        ("en", ["Home", "Ruth's Recipes", "Contact"], "Ruth Ellis"),
        ("de", ["Startseite", "Rezepte", "Kontakt"], "Anna Fink"),
        ("de", ["Startseite", "Anna kocht", "Kontakt"], "Anna Fink"),  # a phrase, not a name
        ("en", ["Home", "Ruth Ellis Books", "Contact"], "Ruth Ellis"),  # not of its shape
    ],
)
def test_name_under_a_menu_of_other_words_is_the_byline(
    code: str, menu: list[str], name: str
) -> None:
    """Under a menu whose entries open with other words, or are not of the names' shape
    (as many capitalised words), a dated line of names over the headline stays the
    byline."""
    title = f"{HEADLINES[code]} - Blog"
    text = page(title, *menu, name, DATE_LINES[code], HEADLINES[code], *BODIES[code])
    byline = newsparse.parse_article(text, language=code).byline
    assert byline is not None
    assert byline.authors == (name,)


def test_sentence_naming_a_person_is_not_a_byline() -> None:
    """A body sentence that starts with a name stays in the body."""
    first = "Ruth Ellis, the harbour master, closed the port to small boats on Thursday."
    article = newsparse.parse_article(page(HEADLINES["en"], first, *EN), language="en")
    assert names_nobody(article)
    assert article.body[0].text == first


@pytest.mark.parametrize(
    ("code", "text", "names"),
    [
        ("en", "Ruth Ellis, Sam Okafor and Lee Kim", ("Ruth Ellis", "Sam Okafor", "Lee Kim")),
        ("de", "Greta von Aalen und Jan Pellner", ("Greta von Aalen", "Jan Pellner")),
        ("es", "Lola del Río y Pau Serrat (Enviado especial)", ("Lola del Río", "Pau Serrat")),
        ("fr", "Claire Martin et Julien Robert, le 3 mai 2024", ("Claire Martin", "Julien Robert")),
        ("en", "Naledi Khumalo/Lerato Phakela", ("Naledi Khumalo", "Lerato Phakela")),
        ("en", "Emma Reed Reporter & Tom Hale Editor", ("Emma Reed", "Tom Hale")),
        ("zh", "王小明、李娜", ("王小明", "李娜")),
        ("zh", "王小明 李娜", ("王小明", "李娜")),  # a space parts names without spaces
        ("ja", "山田 太郎", ("山田 太郎",)),  # but not names that hold one
        # a middle dot parts two names in kanji, not the two halves of a name in katakana
        ("ja", "山田太郎・佐藤花子", ("山田太郎", "佐藤花子")),
        ("ja", "ジョン・スミス", ("ジョン・スミス",)),
        ("ja", "山田太郎・ジョン・スミス", ("山田太郎", "ジョン・スミス")),
        ("ko", "김민수·이지은", ("김민수", "이지은")),
        ("ru", "Анна Петрова и Игорь Смирнов", ("Анна Петрова", "Игорь Смирнов")),
        # a joiner word after a comma: the serial comma
        ("en", "Ruth Ellis, Sam Okafor, and Lee Kim", ("Ruth Ellis", "Sam Okafor", "Lee Kim")),
        ("es", "Lola del Río, y Pau Serrat", ("Lola del Río", "Pau Serrat")),
        ("en", "Ruth Ellis, Andrea Berg", ("Ruth Ellis", "Andrea Berg")),
        # the letters of a degree after a name are no author; an agency's still are
        ("en", "Ruth Ellis, MD", ("Ruth Ellis",)),
        ("en", "Ruth Ellis, Ph.D., and Sam Okafor, RN, MPH", ("Ruth Ellis", "Sam Okafor")),
        ("de", "Greta Aalen, M.A., und Jan Pellner", ("Greta Aalen", "Jan Pellner")),
        ("en", "Ruth Ellis, AP", ("Ruth Ellis", "AP")),
    ],
)
def test_split_authors(code: str, text: str, names: tuple[str, ...]) -> None:
    """Names are split at joiners and commas, with roles, dates and brackets dropped."""
    assert split_authors(text, lexicon_for((code,))) == names


@pytest.mark.parametrize(
    ("code", "line", "iso"),
    [
        ("en", "March 4, 2024", "2024-03-04"),
        ("en", "Published Jul 19, 2024, 10:42am", "2024-07-19T10:42"),
        ("en", "04/05/2024", "2024-04-05"),
        ("de", "3. Mai 2024 um 14:05 Uhr", "2024-05-03T14:05"),
        ("de", "03.05.2024", "2024-05-03"),
        ("fr", "le 3 mai 2024 à 09h08", "2024-05-03T09:08"),
        ("es", "3 de mayo de 2024", "2024-05-03"),
        ("ru", "3 мая 2024", "2024-05-03"),
        ("zh", "2024年5月3日 10:30", "2024-05-03T10:30"),
        ("ko", "2024년 5월 3일", "2024-05-03"),
        ("hu", "2024. május 3.", "2024-05-03"),
        ("en", "2024-05-03T09:15:00Z", "2024-05-03T09:15"),
        # the time before the date, or after it past a colon or a slash
        ("en", "19:30, 14 Feb 2024", "2024-02-14T19:30"),
        ("en", "Updated 3:45 PM EDT, Tue May 7, 2024", "2024-05-07T15:45"),
        ("en", "11:05am Mar 9, 2024", "2024-03-09T11:05"),
        ("en", "March 3, 2017: 10:15 PM ET", "2017-03-03T22:15"),
        ("en", "Posted: Oct 2, 2023 / 03:20 PM CST", "2023-10-02T15:20"),
        ("de", "14:05 Uhr, 3. Mai 2024", "2024-05-03T14:05"),  # an hour word between
        ("de", "Seite 12.05 2024", None),  # no date: a number with a dot is no time either
        # two short words before the time, an hour mark between spaces, the date's full stop
        ("es", "3 de mayo de 2024 a las 14:30 h", "2024-05-03T14:30"),
        ("fr", "mardi 5 mars 2024 à 17 h 40", "2024-03-05T17:40"),
        ("pl", "12 marca 2024 r., godz. 18:40", "2024-03-12T18:40"),
        ("hr", "3. svibnja 2024. u 14:30", "2024-05-03T14:30"),
        ("hu", "2024.05.03. 14:30", "2024-05-03T14:30"),
        ("ro", "12 mart. 2024", "2024-03-12"),
        # the hour and minute words of Chinese, Japanese and Korean, morning and afternoon
        ("ja", "2024年5月3日 14時30分", "2024-05-03T14:30"),
        ("ko", "2024년 5월 3일 14시 30분", "2024-05-03T14:30"),
        ("ko", "2024. 5. 3. 오후 2:30", "2024-05-03T14:30"),
        ("zh", "2024年5月3日下午3点30分", "2024-05-03T15:30"),
        ("de", "3.5.7", None),  # a year of one digit is no year
        # the Vietnamese word for "year" before the year, and the numeric forms
        ("vi", "ngày 3 tháng 5 năm 2024", "2024-05-03"),
        ("vi", "Thứ Sáu, ngày 3 tháng 10 năm 2024 - 14:30", "2024-10-03T14:30"),
        ("vi", "3/5/2024", "2024-05-03"),
        ("vi", "Thứ sáu, 3/5/2024 14:30", "2024-05-03T14:30"),
        # a number with a colon before the date, other words between: no time of the date
        ("en", "Matthew 10:30 says May 3, 2024", "2024-05-03"),
        ("en", "Chapter 10:30 and then May 3, 2024", "2024-05-03"),
        ("de", "Kinder 6:12 Jahre 3. Mai 2024", "2024-05-03"),
        # a weekday between the time and the date is the date's
        ("en", "10:30 Fri, May 3, 2024", "2024-05-03T10:30"),
        ("en", "09:40 am Sat Jun 8, 2013", "2013-06-08T09:40"),
        # a zone in small letters is a word: French "et", not Eastern Time
        ("fr", "Publié le 3 mai 2024 à 14h30 et mis à jour le 4 mai", "2024-05-03T14:30"),
        # a number in the next sentence or after two words is no time of the date
        ("en", "Updated May 3, 2024. The 10.30 train was late", "2024-05-03"),
        ("en", "3 May 2024 in the 12.15 race", "2024-05-03"),
        # "a. m." and "p. m." written with a space, as in Spanish
        ("es", "3 de mayo de 2024 - 2:30 p. m.", "2024-05-03T14:30"),
        ("en", "May 3, 2024 12:05 a. m.", "2024-05-03T00:05"),
        ("es", "11:05 a. m. 3 de mayo de 2024", "2024-05-03T11:05"),
        # a word after the "a" is no morning mark
        ("en", "May 3, 2024 at 10:30 a meeting", "2024-05-03T10:30"),
        # the month's name between two marks of the same kind
        ("en", "Posted 03-Jan-2024 10:30", "2024-01-03T10:30"),
        ("de", "27 / Dezember / 2021", "2021-12-27"),
        ("fr", "7/mars/2024", "2024-03-07"),
        ("en", "3-May / 2024", None),  # two different marks: no date
        # a year of two digits right after the mark, as some templates print it
        ("de", "Autor: Lena Brandt, Datum: 07.Mär.24", "2024-03-07"),
        ("en", "Posted 03-Jan-24 10:30", "2024-01-03T10:30"),
        ("de", "bis zum 3. Mai. 20 Prozent mehr", None),  # a number after a sentence's end
    ],
)
def test_dates_in_many_formats(code: str, line: str, iso: str | None) -> None:
    """Dates in the usual formats of each language come out as ISO 8601; a number near a
    date is its time only when written next to it, a zone, an hour word or a weekday
    between."""
    assert find_date(line, lexicon_for((code,))) == iso


@pytest.mark.parametrize(
    ("code", "line", "covered"),
    [
        ("de", "Stand: 12.05.2024, 14:30 Uhr", "12.05.2024, 14:30 Uhr"),
        ("de", "12.05.2024 14:30 Uhr MEZ | Jonas Weber", "12.05.2024 14:30 Uhr MEZ"),
        ("nl", "12 mei 2024 14:30 uur", "12 mei 2024 14:30 uur"),
        ("id", "Senin, 12 Mei 2024 09:15 WIB", "12 Mei 2024 09:15 WIB"),
        ("ru", "12 мая 2024, 14:30 мск", "12 мая 2024, 14:30 мск"),
        ("en", "2024-05-12 14:30 UTC", "2024-05-12 14:30 UTC"),
        # only right after a time, and only a whole word
        ("de", "12.05.2024 Uhrmacher Jonas Weber", "12.05.2024"),
        ("de", "12.05.2024, 14:30 Uhrmacher", "12.05.2024, 14:30"),
        ("en", "3 May 2024 ET Ruth Ellis", "3 May 2024"),
        ("es", "3 de mayo de 2024 - 9:15 a. m. | Ana Lima", "3 de mayo de 2024 - 9:15 a. m."),
    ],
)
def test_words_after_the_time_belong_to_the_date(code: str, line: str, covered: str) -> None:
    """The hour word or a time zone written after the time ("Uhr", "uur", "GMT", "WIB") is
    part of the date's span, so it is never read as a name."""
    found = find_date_span(line, lexicon_for((code,)))
    assert found is not None
    assert line[found[1] : found[2]] == covered


def test_a_zone_in_small_letters_is_not_taken_into_the_date() -> None:
    """The date's span stops before a word that is a zone only in capitals."""
    line = "Publié le 3 mai 2024 à 14h30 et mis à jour"
    found = find_date_span(line, lexicon_for(("fr",)))
    assert found is not None
    assert line[found[1] : found[2]] == "3 mai 2024 à 14h30"


def test_date_span_is_where_the_date_stands() -> None:
    """The span covers the date and its time, so the names before it can be cut cleanly."""
    line = "Ruth Ellis | 3 May 2024, 10:30 | Harbour"
    found = find_date_span(line, lexicon_for(("en",)))
    assert found is not None
    iso, start, end = found
    assert iso == "2024-05-03T10:30"
    assert line[start:end] == "3 May 2024, 10:30"


def test_no_date() -> None:
    """A line without a readable date gives None, also with impossible numbers."""
    lexicon = lexicon_for(("en",))
    assert find_date("By Ruth Ellis", lexicon) is None
    assert find_date("31.02.2024", lexicon) is None


@pytest.mark.parametrize(
    ("code", "lines", "authors", "published"),
    [
        # the date first, the names after it
        ("de", ["1. Februar 2022, Jonas Weber"], ("Jonas Weber",), "2022-02-01"),
        # a date marker between the names and the date
        ("de", ["Jonas Weber am 18. September 2019"], ("Jonas Weber",), "2019-09-18"),
        # an initial at the end keeps its full stop
        ("fr", ["Par Julien Robert C. le 14.09.2020 à 11h46"], ("Julien Robert C.",), None),
        # English template prefixes on a page in another language, dates before the prefix
        (
            "de",
            ["Posted on Freitag, 15. April 2016 Samstag, 4. März 2017 by Jonas Weber"],
            ("Jonas Weber",),
            "2016-04-15",
        ),
        # English month names on a page in another language
        ("de", ["Von Jonas Weber, 5 November 2024"], ("Jonas Weber",), "2024-11-05"),
    ],
)
def test_names_around_dates(
    code: str, lines: list[str], authors: tuple[str, ...], published: str | None
) -> None:
    """Names stand before or after a date, with a marker or a template prefix."""
    text = page(HEADLINES[code], *lines, *BODIES[code])
    article = newsparse.parse_article(text, language=code)
    assert article.byline is not None
    assert article.byline.authors == authors
    if published is not None:
        assert article.byline.published == published


def test_date_on_a_line_near_the_byline() -> None:
    """A date line a few lines away from the byline gives the date."""
    text = page(
        HEADLINES["en"], "Published 5 Aug 2024, 10:30", "Harbour", "Live", "By Ruth Ellis", *EN
    )
    article = newsparse.parse_article(text, language="en")
    assert article.byline is not None
    assert article.byline.authors == ("Ruth Ellis",)
    assert article.byline.published == "2024-08-05T10:30"


def test_byline_under_a_headline_far_above_the_article() -> None:
    """When the article region starts far below the headline, the line under it is still read."""
    teasers = [f"Teaser number {k} about something else entirely" for k in range(30)]
    text = page("Menu", HEADLINES["en"], "By Ruth Ellis", *teasers, *EN)
    article = newsparse.parse_article(text, language="en")
    assert article.byline is not None
    assert article.byline.authors == ("Ruth Ellis",)


def test_prefixed_sentence_inside_the_article_is_not_a_byline() -> None:
    """Deep in the article, a sentence that opens with a prefix word stays in the body."""
    sentence = "Author Ruth Ellis, who lives by the harbour, said she had never seen such a storm."
    text = page(HEADLINES["en"], *EN, *EN, *EN[:2], sentence, EN[2])
    article = newsparse.parse_article(text, language="en")
    assert names_nobody(article)
    assert sentence in [p.text for p in article.body]


def test_arabic_joiner_written_against_the_next_name_splits_the_authors() -> None:
    """Regression: "سارة أحمد ومحمد خليل" names two authors; a name starting with و stays whole."""
    lexicon = lexicon_for(("ar",))
    assert split_authors("سارة أحمد ومحمد خليل", lexicon) == ("سارة أحمد", "محمد خليل")
    assert split_authors("وليد أحمد", lexicon) == ("وليد أحمد",)
    assert split_authors("محمد وليد خليل", lexicon) == ("محمد وليد خليل",)


def test_lone_name_over_a_line_with_a_date_marker_is_the_byline() -> None:
    """A bare name gains from a "Published ..." line the date parser cannot read."""
    text = page("Menu", HEADLINES["en"], "Ruth Ellis", "Published 3 seconds ago", *EN)
    article = newsparse.parse_article(text, language="en")
    assert article.byline is not None
    assert article.byline.authors == ("Ruth Ellis",)


def test_lone_name_over_a_day_and_month_without_year_is_the_byline() -> None:
    """Regression: "tirsdag 6. august kl. 09:31" dates the name above it though it has no year."""
    norwegian = [
        "Kommunen åpner i dag den nye sykkelveien langs elva, etter to år med arbeid. Veien "
        "går fra sentrum til universitetet og har egen belysning hele veien.",
        "Ordføreren sier at flere tusen studenter vil bruke veien hver dag, og at bilene nå "
        "får mindre plass i sentrum. Arbeidet kostet mindre enn planlagt.",
        "Neste år skal en ny bro over elva bygges, slik at også bydelen i nord får en trygg "
        "vei for syklister og fotgjengere.",
    ]
    text = page("Ny sykkelvei åpnet langs elva", "Kari Nordmann", "tirsdag 6. august kl. 09:31")
    article = newsparse.parse_article(text + page(*norwegian), language="no")
    assert article.byline is not None
    assert article.byline.authors == ("Kari Nordmann",)


def test_author_box_repeating_the_name_confirms_it() -> None:
    """A lone name whose next line opens with it (an author's box) is the byline."""
    bio = "Ruth Ellis writes about the coast and its weather for the paper."
    text = page("Menu", "Search", "Weather", HEADLINES["en"], "Latest", "Ruth Ellis", bio, *EN)
    article = newsparse.parse_article(text, language="en")
    assert article.byline is not None
    assert article.byline.authors == ("Ruth Ellis",)


def test_name_and_date_a_few_lines_into_the_article_is_the_byline() -> None:
    """Regression: full names with a date on their line are taken a little deeper in."""
    lead = [f"Kurze Meldung Nummer {k} aus dem Stadtteil." for k in range(6)]
    text = page(HEADLINES["de"], *lead, "Anna Fink 19.10.2019, 05:00 Uhr", *DE)
    article = newsparse.parse_article(text, language="de")
    assert article.byline is not None
    assert article.byline.authors == ("Anna Fink",)
    assert article.byline.published == "2019-10-19T05:00"


@pytest.mark.parametrize(
    ("language", "text", "authors"),
    [
        # A name particle is no prefix ("von" = "by" only before the names).
        ("de", "Konrad von Auel 24. April 2020", ("Konrad von Auel",)),
        # A short agency after the names of a prefixed byline.
        ("de", "Von Anna Fink und Jan Berg, dpa", ("Anna Fink", "Jan Berg", "dpa")),
        # A bracket that opens with a joiner names more authors.
        (
            "fr",
            "Par Léa Roux (avec Paul Morel et Inès Gall)",
            ("Léa Roux", "Paul Morel", "Inès Gall"),
        ),
        # A middle initial without its full stop.
        ("en", "Posted by Ann Lee and Kiran C Nair", ("Ann Lee", "Kiran C Nair")),
    ],
)
def test_byline_names_are_split_and_kept_whole(
    language: str, text: str, authors: tuple[str, ...]
) -> None:
    """Regressions from the byline review: names kept whole, every author found."""
    body = {"de": DE, "fr": FR, "en": EN}[language]
    article = newsparse.parse_article(page(HEADLINES[language], text, *body), language=language)
    assert article.byline is not None
    assert article.byline.authors == authors


def test_day_first_date_read_when_month_first_is_impossible() -> None:
    """Regression: "13/01/2025" on an English page is 13 January, not an unreadable date."""
    assert find_date("13/01/2025 10:22", lexicon_for(("en",))) == "2025-01-13T10:22"
    assert find_date("05/03/2024", lexicon_for(("en",))) == "2024-05-03"


def test_dated_name_line_right_above_the_headline_is_the_byline() -> None:
    """Some pages print the date and the author before the headline."""
    text = page(
        "Menu", "Suche", "Verkehr", "04.02.2022 | 13:10 Uhr | Uta Berg", HEADLINES["de"], *DE
    )
    article = newsparse.parse_article(text, language="de")
    assert article.byline is not None
    assert article.byline.authors == ("Uta Berg",)
    assert article.byline.published == "2022-02-04T13:10"


def test_section_line_above_the_headline_is_no_byline() -> None:
    """A dated line of section names above the headline names nobody."""
    line = "01.12.2022 / Verkehr / Stadtleben / Neue Projekte / Wirtschaft"
    text = page("Menu", "Suche", line, HEADLINES["de"], *DE)
    assert names_nobody(newsparse.parse_article(text, language="de"))


def _under_repeated_headline(code: str, *lines: str) -> newsparse.Article:
    """A page whose headline is repeated under the site's name, *lines* under it, then
    the body."""
    headline = HEADLINES[code]
    text = page(f"{headline} | Stadtblatt", "Stadtblatt", headline, *lines, *BODIES[code])
    return newsparse.parse_article(text, language=code)


@pytest.mark.parametrize(
    ("code", "lines"),
    [
        ("de", ["Radwege", "Ladestationen", "Kommende Termine", "Pressestelle"]),
        ("de", ["Energie", "Solarstrom", "Windparks Nord", "Presse"]),
        ("en", ["Weather", "Harbour Works", "Ferry Times", "Contact"]),
    ],
)
def test_entry_of_a_menu_is_no_byline(code: str, lines: list[str]) -> None:
    """Capitalised words between two other short entries of a menu or a list, with no
    date by them, are that list's entry ("Windparks Nord"), not a name."""
    assert names_nobody(_under_repeated_headline(code, *lines))


@pytest.mark.parametrize(
    ("code", "lines", "authors"),
    [
        (
            "en",
            ["Ruth Ellis", "Sam Okafor", "Lena Ortiz"],
            ("Ruth Ellis", "Sam Okafor", "Lena Ortiz"),
        ),
        ("en", ["Share", "Ruth Ellis", "Twitter"], ("Ruth Ellis",)),
        ("de", ["Startseite", "Anna Fink", "Teilen"], ("Anna Fink",)),
        ("de", ["Radwege", "Anna Fink", "am", "3. Mai 2024"], ("Anna Fink",)),
    ],
)
def test_names_beside_buttons_or_names_stay_a_byline(
    code: str, lines: list[str], authors: tuple[str, ...]
) -> None:
    """A line of names under the headline is no menu's entry when a button, a date, the
    headline or other names stand beside it."""
    byline = _under_repeated_headline(code, *lines).byline
    assert byline is not None
    assert byline.authors == authors


def test_month_after_the_names_is_no_author() -> None:
    """A month's name left by a date without its day ("Oktober 2008") is no author."""
    assert _authors("de", "Von Anna Fink, Oktober 2008") == ("Anna Fink",)


def test_function_word_under_a_lone_prefix_is_no_name() -> None:
    """A link under a label ("Autor:innen" / "Wer wir sind") names nobody."""
    text = page(HEADLINES["de"], "Autor:innen", "Wer wir sind", "3. Mai 2024", *DE)
    assert names_nobody(newsparse.parse_article(text, language="de"))


def test_caption_marker_before_bare_words_is_a_caption() -> None:
    """Bare words after a caption marker ("Symbolbild Radweg") say what a picture shows."""
    line = "Symbolbild Radweg | Foto: stadtblatt/bilder.example.com 2022/01/Radweg_1234"
    article = _under_repeated_headline("de", "03.05.2024", "Verkehr", "0", line)
    assert names_nobody(article)


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("de", "04.11.2021 | PAID CONTENT"),
        ("de", "3. Mai 2024 Aktuelles Radverkehr"),
        ("en", "May 3, 2024 | Paid Content"),
    ],
)
def test_label_of_a_paid_post_or_a_section_is_no_name(code: str, line: str) -> None:
    """A paid post's label or a news section's name beside the date names nobody."""
    text = page(HEADLINES[code], line, *BODIES[code])
    assert names_nobody(newsparse.parse_article(text, language=code))


@pytest.mark.parametrize(
    ("code", "lines"),
    [
        ("de", ["Unser Blick von „Big Data“ und „Smart City“", "3. Mai 2024"]),
        ("de", ["Unser Verständnis von »Offene Daten«"]),
        ("en", ['Our take by "Harbour Lights"', "May 3, 2024"]),
    ],
)
def test_quoted_title_after_an_inner_prefix_is_no_name(code: str, lines: list[str]) -> None:
    """After "von" or "by" inside a line, words in quote marks are a title, not a name."""
    text = page(HEADLINES[code], *lines, *BODIES[code])
    assert names_nobody(newsparse.parse_article(text, language=code))


@pytest.mark.parametrize(
    ("code", "lines", "authors"),
    [
        (
            "en",
            ["By", "Ruth Ellis", "and", "Sam Okafor", "May 3, 2024"],
            ("Ruth Ellis", "Sam Okafor"),
        ),
        ("de", ["Von", "Anna Fink", "und", "Jan Berg"], ("Anna Fink", "Jan Berg")),
        (
            "en",
            [
                "By",
                "Ruth Ellis News Reporter",
                "Sam Okafor News Reporter",
                "Lena Ortiz",
                "Tom Reed",
                "Updated 09:15, 3 May 2024",
            ],
            ("Ruth Ellis", "Sam Okafor", "Lena Ortiz", "Tom Reed"),
        ),
        ("en", ["By", "Ruth Ellis", "and", "More Stories"], ("Ruth Ellis",)),
        ("en", ["By Ruth Ellis", "Harbour News"], ("Ruth Ellis",)),
    ],
)
def test_names_on_the_lines_after_a_prefixed_byline(
    code: str, lines: list[str], authors: tuple[str, ...]
) -> None:
    """After a prefixed byline, a full name under a joiner alone on its line, or under two
    lines of one name each, is one more author; other bare capitalised lines are not."""
    assert _authors(code, *lines) == authors


@pytest.mark.parametrize(
    ("code", "line", "authors"),
    [
        ("en", "Posted on May 3, 2024 by Ruth Ellis in News", ("Ruth Ellis",)),
        ("de", "am 3. Mai 2024 von Anna Fink in Allgemein", ("Anna Fink",)),
        ("fr", "Publié le 3 mai 2024 par Hélène Morel dans Actualités", ("Hélène Morel",)),
    ],
)
def test_section_after_a_dated_credit_is_cut(
    code: str, line: str, authors: tuple[str, ...]
) -> None:
    """On a dated line, the section a post was filed in after the names ("... in News")
    is not part of the credit."""
    assert _authors(code, line) == authors


def test_phrase_with_von_and_in_is_no_credit() -> None:
    """Without a date, "von" and "in" inside a line are plain words, not a credit."""
    text = page(HEADLINES["de"], "Ein Hauch von Neu Ulm in Burgdorf", *DE)
    assert names_nobody(newsparse.parse_article(text, language="de"))


@pytest.mark.parametrize(
    ("code", "headline", "line"),
    [
        ("de", "Hotel Seeblick öffnet nach dem Umbau wieder", "Hotel Seeblick"),
        ("en", "Harbour Lights returns to the old quay", "Harbour Lights"),
    ],
)
def test_bare_names_from_the_headline_are_its_subject(code: str, headline: str, line: str) -> None:
    """Bare capitalised words that stand in the headline name what the article is about,
    not its author, even by a date."""
    date = {"en": "May 3, 2024", "de": "3. Mai 2024"}[code]
    text = page(headline, line, date, *BODIES[code])
    assert names_nobody(newsparse.parse_article(text, language=code))


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("de", "Gleich mitmachen!"),
        ("en", "Sounds Good?"),
        ("de", "Weitere Termine"),
        ("de", "Letzte Meldungen"),
    ],
)
def test_call_question_or_determiner_phrase_is_no_name(code: str, line: str) -> None:
    """Bare words ending in "!" or "?", or opening with a determiner of the language's
    function words ("Weitere", "Letzte"), are a call or a heading, even by a date."""
    date = {"en": "May 3, 2024", "de": "3. Mai 2024"}[code]
    text = page(HEADLINES[code], line, date, *BODIES[code])
    assert names_nobody(newsparse.parse_article(text, language=code))


def test_section_word_after_the_name_is_dropped() -> None:
    """ "30. Oktober 2023 Carola Berg Kultur": the section is not part of the name."""
    text = page(HEADLINES["de"], "30. Oktober 2023 Carola Berg Kultur", *DE)
    article = newsparse.parse_article(text, language="de")
    assert article.byline is not None
    assert article.byline.authors == ("Carola Berg",)


def test_multi_word_date_marker_after_the_name_is_dropped() -> None:
    """Regression: "Eva Roth Zuletzt geändert am 06.11.2023" names Eva Roth only."""
    lexicon = lexicon_for(("de",))
    assert split_authors("Eva Roth Zuletzt geändert am 06.11.2023", lexicon) == ("Eva Roth",)


def test_prefixed_byline_some_lines_under_the_last_paragraph() -> None:
    """A signed article: "Text: Ann Lee" a few menu lines under the last paragraph."""
    links = ["Anzeige", "Kontakt", "Startseite", "Suche", "Anzeige"]
    text = page(
        "Menu", HEADLINES["de"], *DE, *DE, *DE, *DE, *links, "Text: Ursula Berg", "Impressum"
    )
    article = newsparse.parse_article(text, language="de")
    assert article.byline is not None
    assert article.byline.authors == ("Ursula Berg",)


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "Reading Time: 3 mins read"),
        ("de", "Lesedauer: 4 Minuten"),
        ("fr", "Temps de Lecture 4 min."),
    ],
)
def test_reading_time_label_is_no_author(language: str, line: str) -> None:
    """A reading-time label under the headline names nobody ("Reading Time" is no name)."""
    body = {"en": EN, "de": DE, "fr": FR}[language]
    date = {"en": "March 3, 2024", "de": "3. März 2024", "fr": "3 mars 2024"}[language]
    text = page(HEADLINES[language], line, date, *body)
    byline = newsparse.parse_article(text, language=language).byline
    assert byline is None or not byline.authors


def test_prefixed_byline_wins_over_a_bare_line_nearer_the_article() -> None:
    """ "By Ann Lee" beats a bare name (a caption, a photographer) that stands nearer."""
    title_line = f"{HEADLINES['en']} | Harbour Weekly"
    extra = ("By Ruth Ellis", "March 3, 2024", "Ann Marie Holt")
    text = page(title_line, "Menu", HEADLINES["en"], *extra, *EN)
    article = newsparse.parse_article(text, language="en")
    assert article.byline is not None
    assert article.byline.authors == ("Ruth Ellis",)


@pytest.mark.parametrize("prefix", ["AUTOR/IN", "Autor*in", "Autor:in"])
def test_gendered_author_prefix_alone_over_the_name(prefix: str) -> None:
    """German gender-inclusive prefixes stand alone over the name, never read as names."""
    text = page(HEADLINES["de"], "21.4.2021, 16:41 Uhr", prefix, "Julia Richter", *DE)
    article = newsparse.parse_article(text, language="de")
    assert article.byline is not None
    assert article.byline.authors == ("Julia Richter",)


@pytest.mark.parametrize(
    ("code", "shown", "credit", "author"),
    [
        ("en", "Ruth Ellis", "Photo: Reuters/Sam Okafor", "Lee Kim"),
        ("de", "Anna Fink", "Foto: dpa/Jan Pellner", "Jonas Weber"),
        ("es", "Marta Gil", "Foto: EFE/Andrés Soto", "Lola del Río"),
    ],
)
def test_names_over_a_photo_credit_lose_to_the_byline_below(
    code: str, shown: str, credit: str, author: str
) -> None:
    """A bare name right over a photo credit is what the photo shows; the bare name a few
    lines below it, with as much evidence, is the byline."""
    lead, *rest = BODIES[code]
    text = page(HEADLINES[code], lead, "03.05.2024 10:30", shown, credit, author, *rest)
    article = newsparse.parse_article(text, language=code)
    assert article.byline is not None
    assert article.byline.authors == (author,)


@pytest.mark.parametrize(
    ("code", "line", "authors"),
    [
        ("zh", "(责编：王小明、李娜)", ("王小明", "李娜")),
        ("zh", "【作者：王小明】", ("王小明",)),
        ("de", "[Von Jonas Weber]", ("Jonas Weber",)),
    ],
)
def test_bracketed_byline_after_the_last_paragraph(
    code: str, line: str, authors: tuple[str, ...]
) -> None:
    """A byline in brackets under the last paragraph is read inside its brackets; names in
    a script written without spaces count as full names there."""
    text = page(HEADLINES[code], *BODIES[code], line, "Teilen")
    article = newsparse.parse_article(text, language=code)
    assert article.byline is not None
    assert article.byline.authors == authors


KO = [
    "시립 도서관이 2년 동안의 공사를 마치고 어제 다시 문을 열었다. 새 열람실과 어린이 "
    "공간이 생겼고, 주말에도 밤늦게까지 이용할 수 있다.",
    "도서관 측은 모든 시민이 무료로 이용할 수 있으며, 올해 안에 외국어 도서를 두 배로 "
    "늘릴 계획이라고 밝혔다.",
    "노인을 위한 전자기기 사용 강좌도 다음 달부터 매주 토요일 오전에 열린다.",
]


@pytest.mark.parametrize(
    ("code", "body", "line", "authors"),
    [
        ("ko", KO, "서울, 부산 홍길동 기자 gildong@example.com", ("홍길동",)),
        ("en", EN, "Ruth Ellis, Reporter, ruth.ellis@example.com", ("Ruth Ellis",)),
    ],
)
def test_name_role_and_mail_after_the_last_paragraph(
    code: str, body: list[str], line: str, authors: tuple[str, ...]
) -> None:
    """Under the last paragraph, a name with its role and an e-mail address is the byline,
    also after a place or two in a script without case."""
    text = page("도서관 다시 문 열어" if code == "ko" else HEADLINES[code], *body, line)
    article = newsparse.parse_article(text, language=code)
    assert article.byline is not None
    assert article.byline.authors == authors


@pytest.mark.parametrize(
    ("code", "line", "authors"),
    [
        ("en", "Marlowe · March 3, 2024 · Travel · 12 comments", ("Marlowe",)),
        ("de", "3. Mai 2024 Jonas Weber 2 Kommentare", ("Jonas Weber",)),
        ("de", "jweber 03.05.24 14:05", ("jweber",)),
        ("es", "martagil 03/05/2024 14:05", ("martagil",)),
        # a comment link without a count, a user name before it
        ("de", "3. Mai 2024 jweber Schreibe einen Kommentar", ("jweber",)),
        ("en", "May 3, 2024 Ruth Ellis Leave a comment", ("Ruth Ellis",)),
        ("fr", "3 mai 2024 hmorel 2 commentaires", ("hmorel",)),
        # a user name in lower case before a date without its time
        ("de", "jw 3. Mai 2024", ("jw",)),
        ("en", "rellis May 3, 2024", ("rellis",)),
        # the name first, then the post's section and its date
        (
            "en",
            "Ruth Ellis Science policy March 3, 2024 budget, research 2 Comments",
            ("Ruth Ellis",),
        ),
        ("de", "Jonas Weber Politik aktuell 3. Mai 2024 Rente 1 Kommentar", ("Jonas Weber",)),
        # a theme left in English on a page in another language
        ("fr", "Hugo Morel Politique locale 3 mai 2024 budget 0 Comment", ("Hugo Morel",)),
        ("de", "3. Mai 2024 Jonas Weber 4 Comments", ("Jonas Weber",)),
    ],
)
def test_writer_on_a_line_of_post_facts(code: str, line: str, authors: tuple[str, ...]) -> None:
    """On a dated line with a comment count, the short run of names beside the date is the
    writer; without a count, only a user name right before the date and its time."""
    assert _authors(code, line) == authors


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("fr", "mardi 3 mai 2024 à 14h05"),  # a weekday in lower case
        ("es", "martes 3 de mayo de 2024 14:05"),
        ("fr", "mardi 3 mai 2024"),  # a weekday in lower case, no time
        ("es", "martes 3 de mayo de 2024"),
        ("de", "AnnLee 3. Mai 2024"),  # a capital inside the user name: a time is asked for
        ("de", "Do 24. Mai 2018 | Reisen | 1 Kommentar"),  # a weekday, then a section
        ("de", "erstellt: 3. Mai 2024, 15:25 in: Reisen | Kommentare: 0"),  # labels
        # a capitalised section before the date, one word of a name-like run left
        ("en", "Travel Notes Europe March 3, 2024 2 Comments"),
        ("fr", "Politique Locale Ville 3 mai 2024 0 Comment"),
        ("en", "Ruth Ellis Science policy March 3, 2024"),  # no comment count or link
    ],
)
def test_post_facts_without_a_writer(code: str, line: str) -> None:
    """Weekdays, sections and labels on a dated line of post facts name nobody."""
    article = newsparse.parse_article(page(HEADLINES[code], line, *BODIES[code]), language=code)
    assert names_nobody(article)


@pytest.mark.parametrize(
    ("code", "lines", "authors"),
    [
        # a photo's credit after a copyright sign, nearer the article than the byline
        (
            "de",
            ["Jonas Weber", "Erstellt: vor 4 Stunden", "Der neue Radweg © Stadt Ulm / Ann Berg"],
            ("Jonas Weber",),
        ),
        (
            "en",
            ["Ruth Ellis", "Updated 2 hours ago", "The harbour at dawn © Sam Okafor"],
            ("Ruth Ellis",),
        ),
        # a headline in capitals with "por" inside is no byline
        (
            "es",
            ["Marta Gil", "Actualizado el 08/05/2024 02:14", "MARTA: POR SER FAN, ME CASTIGARON"],
            ("Marta Gil",),
        ),
    ],
)
def test_credits_and_capitals_do_not_beat_the_byline(
    code: str, lines: list[str], authors: tuple[str, ...]
) -> None:
    """Bare names beside a copyright sign are a photo's credit, and a prefix word inside a
    line in capitals is a headline's word: the byline above them wins."""
    assert _authors(code, *lines) == authors


def test_prefixed_byline_some_paragraphs_before_the_end() -> None:
    """A prefixed byline a few paragraphs above the end of a long article (before a box of
    notes or a last remark) is found when none stands at its head."""
    paragraphs = [
        f"Im Abschnitt {k} des neuen Radwegs wurden die Arbeiten am Montag abgeschlossen, "
        f"und die Stadt meldet für diesen Teil {k + 3} neue Laternen und frische Markierungen."
        for k in range(1, 25)
    ]
    text = page(HEADLINES["de"], *paragraphs[:18], "Autorin: Anna Fink", *paragraphs[18:])
    article = newsparse.parse_article(text, language="de")
    assert article.byline is not None
    assert article.byline.authors == ("Anna Fink",)


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("en", "The harbour master at the quay | photo by Sam Okafor"),
        ("fr", "Le marché de la place Carnot | photos par Julien Robert"),
        ("es", "El museo de noche | foto por Andrés Soto"),
    ],
)
def test_photo_credit_with_a_prefix_inside_is_no_byline(code: str, line: str) -> None:
    """ "photo by", "photos par", "foto por": a caption marker right before the prefix makes
    the part a photo's credit."""
    article = newsparse.parse_article(page(HEADLINES[code], line, *BODIES[code]), language=code)
    assert names_nobody(article)


@pytest.mark.parametrize(
    ("code", "prefixed", "bare", "date"),
    [
        ("en", "By Ruth Ellis", "Sam Okafor", "May 3, 2024"),
        ("de", "Von Jonas Weber", "Anna Fink", "3. Mai 2024"),
    ],
)
def test_prefixed_line_under_a_far_headline_beats_bare_names(
    code: str, prefixed: str, bare: str, date: str
) -> None:
    """When the article region starts far below the headline, a prefixed line right under
    the headline wins over bare names near the region's start."""
    teasers = [f"Teaser number {k} about something else entirely" for k in range(30)]
    text = page("Menu", HEADLINES[code], prefixed, *teasers, bare, date, *BODIES[code])
    article = newsparse.parse_article(text, language=code)
    assert article.byline is not None
    assert article.byline.authors == (prefixed.split(None, 1)[1],)


@pytest.mark.parametrize(
    ("code", "dated", "bare", "date", "author"),
    [
        ("en", "May 3, 2024 Ruth Ellis", "Sam Okafor", "May 4, 2024", "Ruth Ellis"),
        ("de", "3. Mai 2024 Jonas Weber", "Anna Fink", "4. Mai 2024", "Jonas Weber"),
    ],
)
def test_dated_names_under_a_far_headline_beat_bare_names(
    code: str, dated: str, bare: str, date: str, author: str
) -> None:
    """Names with a date on their own line under a far headline win over bare names that
    only gain from a date line beside them."""
    teasers = [f"Teaser number {k} about something else entirely" for k in range(30)]
    text = page("Menu", HEADLINES[code], dated, *teasers, bare, date, *BODIES[code])
    article = newsparse.parse_article(text, language=code)
    assert article.byline is not None
    assert article.byline.authors == (author,)


@pytest.mark.parametrize(
    ("code", "lines", "authors"),
    [
        (
            "de",
            [
                "Autoren",
                "Anna Fink (Ärztin und Medizinredakteurin in Berlin)",
                "Jonas Weber, Redakteur",
            ],
            ("Anna Fink", "Jonas Weber"),
        ),
        (
            "en",
            ["Authors", "Ruth Ellis (senior health writer at the city desk)", "Sam Okafor, Editor"],
            ("Ruth Ellis", "Sam Okafor"),
        ),
    ],
)
def test_names_under_a_lone_prefix_keep_a_long_note(
    code: str, lines: list[str], authors: tuple[str, ...]
) -> None:
    """Under a prefix on its own line, the name is the author even when a long note in
    brackets follows it."""
    assert _authors(code, *lines) == authors


@pytest.mark.parametrize(
    ("code", "lines", "authors"),
    [
        ("de", ["dpa", "03.05.2024, 14:05 Uhr"], ("dpa",)),
        ("en", ["AFP", "May 3, 2024"], ("AFP",)),
        ("fr", ["AFP/AP", "3 mai 2024"], ("AFP", "AP")),
        ("de", ["dpa/lno", "3. Mai 2024"], ("dpa/lno",)),
        ("es", ["EFE", "3 de mayo de 2024"], ("EFE",)),
    ],
)
def test_agency_alone_under_the_headline_is_the_byline(
    code: str, lines: list[str], authors: tuple[str, ...]
) -> None:
    """A line that is only a news agency, right under the headline and by a date, credits
    the story to the agency, though the same word under a photo would be its credit."""
    text = page(HEADLINES[code], *lines, *BODIES[code])
    article = newsparse.parse_article(text, language=code)
    assert article.byline is not None
    assert article.byline.authors == authors
    assert [s.text for s in article.segments if s.kind is SegmentKind.BYLINE] == lines


@pytest.mark.parametrize(
    ("code", "line", "authors"),
    [
        ("en", "Storm over the quay | Ruth Ellis / AP", ("Ruth Ellis",)),
        ("de", "Der neue Radweg am Fluss. Anna Fink/dpa", ("Anna Fink",)),
    ],
)
def test_name_and_agency_credit_a_photo(code: str, line: str, authors: tuple[str, ...]) -> None:
    """Bare names followed by an agency credit a photo: the byline above them wins."""
    byline = authors[0]
    assert _authors(code, byline, "May 3, 2024", line) == authors


@pytest.mark.parametrize(
    ("code", "opening", "dateline", "authors"),
    [
        ("de", "Ulm (dpa/lsw) – ", "Ulm (dpa/lsw)", ("dpa/lsw",)),
        ("en", "PORTLAND (AP) — ", "PORTLAND (AP)", ("AP",)),
        ("es", "Sevilla (EFE) - ", "Sevilla (EFE)", ("EFE",)),
    ],
)
def test_agency_in_the_dateline_of_the_first_paragraph(
    code: str, opening: str, dateline: str, authors: tuple[str, ...]
) -> None:
    """Without a byline, the agency in brackets after the place that opens the first
    paragraph is the author; the paragraph stays whole in the body."""
    first, *rest = BODIES[code]
    text = page(HEADLINES[code], opening + first, *rest)
    article = newsparse.parse_article(text, language=code)
    assert article.byline is not None
    assert article.byline.text == dateline
    assert article.byline.authors == authors
    assert article.body[0].text == opening + first


def test_place_in_brackets_without_an_agency_is_no_byline() -> None:
    """A bracket after the opening words that holds no agency names nobody."""
    first, *rest = EN
    text = page(HEADLINES["en"], "Portland (Oregon) — " + first, *rest)
    assert names_nobody(newsparse.parse_article(text, language="en"))


def test_agency_under_a_photo_caption_in_the_article_is_no_byline() -> None:
    """An agency alone under a caption inside the article, with no date by it, credits the
    photo and stays a caption."""
    text = page(HEADLINES["en"], EN[0], "Boats tied up at the quay.", "AFP", *EN[1:])
    article = newsparse.parse_article(text, language="en")
    assert names_nobody(article)
    assert "AFP" in article.captions


@pytest.mark.parametrize(
    ("code", "lines", "authors"),
    [
        ("de", ["von Redaktion", "3. Mai 2024"], ("Redaktion",)),
        ("de", ["Redaktion - 3. Mai 2024"], ("Redaktion",)),
        ("es", ["Por Redacción Diario Norte"], ("Redacción Diario Norte",)),
        ("fr", ["Par la rédaction, le 3 mai 2024"], ("la rédaction",)),
        ("en", ["By Staff", "May 3, 2024"], ("Staff",)),
        ("de", ["Redaktion Stadtblatt Nord", "03.05.2024 | 14:05"], ("Redaktion Stadtblatt Nord",)),
    ],
)
def test_newsroom_credited_instead_of_a_person_is_the_author(
    code: str, lines: list[str], authors: tuple[str, ...]
) -> None:
    """When a byline names the newsroom rather than a person, the newsroom (with the name
    after it) is the author instead of being dropped as a role."""
    assert _authors(code, *lines) == authors


@pytest.mark.parametrize(
    ("code", "line", "authors"),
    [
        ("de", "Von Anna Fink, Redaktion", ("Anna Fink",)),
        ("es", "Por Marta Gil, Redacción", ("Marta Gil",)),
    ],
)
def test_newsroom_after_a_name_is_a_role(code: str, line: str, authors: tuple[str, ...]) -> None:
    """After a person's name, the newsroom word is the person's role."""
    assert _authors(code, line) == authors


@pytest.mark.parametrize(("code", "line"), [("de", "Redaktion"), ("en", "Staff")])
def test_newsroom_word_alone_is_no_byline(code: str, line: str) -> None:
    """A newsroom word alone on its line, with no prefix or date, is a menu's link."""
    text = page(HEADLINES[code], line, *BODIES[code])
    assert names_nobody(newsparse.parse_article(text, language=code))


@pytest.mark.parametrize(
    ("code", "dated", "heading", "author"),
    [
        ("de", "Christoph von Berg 3. Mai 2024", "Von Menschen und Mäusen", "Christoph von Berg"),
        ("en", "Ruth Ellis May 3, 2024", "By Land and Sea", "Ruth Ellis"),
    ],
)
def test_heading_of_single_words_after_a_prefix_loses_to_dated_names(
    code: str, dated: str, heading: str, author: str
) -> None:
    """A heading inside the article that opens with a prefix word and joins single words
    ("Von Menschen und Mäusen") loses to a full name with a date under the headline."""
    body = BODIES[code]
    text = page(HEADLINES[code], dated, body[0], heading, *body[1:])
    article = newsparse.parse_article(text, language=code)
    assert article.byline is not None
    assert article.byline.authors == (author,)


@pytest.mark.parametrize(
    ("code", "byline", "date", "teaser", "other"),
    [
        ("de", "von Anna Fink", "am 03.05.2024", "Mehr zum Radweg", "von Jonas Weber"),
        ("en", "By Ruth Ellis", "Posted on May 3, 2024", "More on the harbour", "By Sam Okafor"),
    ],
)
def test_prefixed_byline_by_its_date_line_beats_a_teaser_byline(
    code: str, byline: str, date: str, teaser: str, other: str
) -> None:
    """Of two prefixed lines, the one with the date line beside it is the article's byline,
    though a teaser's byline stands nearer the first paragraph."""
    body = BODIES[code]
    text = page(HEADLINES[code], byline, date, "Print", "Save", "Report", body[0], teaser, other)
    text += page(*body[1:])
    article = newsparse.parse_article(text, language=code)
    assert article.byline is not None
    assert article.byline.authors == (byline.split(None, 1)[1],)


@pytest.mark.parametrize(
    ("code", "line", "date", "authors"),
    [
        (
            "de",
            "Anna Fink im Gespräch mit Jonas Weber",
            "3. Mai 2024",
            ("Anna Fink", "Jonas Weber"),
        ),
        (
            "en",
            "Ruth Ellis in conversation with Sam Okafor",
            "May 3, 2024",
            ("Ruth Ellis", "Sam Okafor"),
        ),
    ],
)
def test_conversation_credit_names_both(
    code: str, line: str, date: str, authors: tuple[str, ...]
) -> None:
    """ "A in conversation with B" under the headline credits both speakers."""
    assert _authors(code, line, date) == authors


@pytest.mark.parametrize(
    ("code", "lines", "authors"),
    [
        ("de", ["3. Mai 2024", "Von jweber"], ("jweber",)),
        ("en", ["By ruthellis", "May 3, 2024"], ("ruthellis",)),
        ("es", ["3 de mayo de 2024", "Por martagil"], ("martagil",)),
        ("en", ["Thread starter Okafor", "Start date May 3, 2024"], ("Okafor",)),
    ],
)
def test_user_name_after_a_prefix_dated_by_the_next_line(
    code: str, lines: list[str], authors: tuple[str, ...]
) -> None:
    """A user name after a prefix counts when a date line stands right next to it, as it
    does when the date is on its own line."""
    assert _authors(code, *lines) == authors


def test_user_name_after_a_prefix_without_a_date_is_no_byline() -> None:
    """Without a date on its line or the next, a lower-case word after a prefix is rather
    a phrase ("By default")."""
    text = page(HEADLINES["en"], "By default", *EN)
    assert names_nobody(newsparse.parse_article(text, language="en"))


@pytest.mark.parametrize(
    ("code", "line", "authors"),
    [
        ("de", "Text von Anna Fink Illustration von Jonas Weber", ("Anna Fink",)),
        ("en", "Words by Ruth Ellis Illustration by Sam Okafor", ("Ruth Ellis",)),
        ("fr", "Texte de Hélène Morel Photos par Paul Girard", ("Hélène Morel",)),
    ],
)
def test_writer_credit_before_a_picture_credit(
    code: str, line: str, authors: tuple[str, ...]
) -> None:
    """A line crediting the text and then the pictures names the writer as the author."""
    assert _authors(code, line) == authors


@pytest.mark.parametrize(
    ("code", "lines"),
    [
        ("de", ["3. Mai 2024", "Für den Teig:", "125 g Mehl"]),  # a heading over a list
        ("en", ["May 3, 2024", "Harbour Notes:"]),
        ("de", ["3. Mai 2024", "MUT. ANGST. HOFFNUNG."]),  # short sentences in capitals
        ("fr", ["Auteur :", "Auteur(s) :"]),  # labels with their values missing
        ("en", ["Author:", "Author(s):"]),
    ],
)
def test_labels_headings_and_slogans_are_no_byline(code: str, lines: list[str]) -> None:
    """A capitalised line ending in a colon heads what follows, short sentences in capitals
    are a slogan, and a prefix word under a prefix is an empty label: none names anyone."""
    text = page(HEADLINES[code], *lines, *BODIES[code])
    assert names_nobody(newsparse.parse_article(text, language=code))


@pytest.mark.parametrize(
    ("code", "line", "authors"),
    [
        (
            "de",
            "Von Jo\N{SOFT HYPHEN}han\N{SOFT HYPHEN}nes Bren\N{SOFT HYPHEN}ner",
            ("Johannes Brenner",),
        ),
        ("en", "By Ro\N{SOFT HYPHEN}sa\N{SOFT HYPHEN}lind Ellis", ("Rosalind Ellis",)),
    ],
)
def test_hyphenation_points_inside_a_prefixed_name(
    code: str, line: str, authors: tuple[str, ...]
) -> None:
    """Soft hyphens a site puts into words do not cut a name after a prefix."""
    article = newsparse.parse_article(page(HEADLINES[code], line, *BODIES[code]), language=code)
    assert article.byline is not None
    assert article.byline.authors == authors
    assert article.byline.text == line


def test_newsroom_with_its_article_is_the_author() -> None:
    """ "Autor: Die Redaktion" credits the newsroom, article and all."""
    text = page(HEADLINES["de"], "Autor: Die Redaktion", "Veröffentlicht am 03.05.2024", *DE)
    article = newsparse.parse_article(text, language="de")
    assert article.byline is not None
    assert article.byline.authors == ("Die Redaktion",)


@pytest.mark.parametrize(
    ("code", "line", "authors"),
    [
        ("de", "von: Flinker Reporter", ("Flinker Reporter",)),
        ("en", "By Roving Correspondent", ("Roving Correspondent",)),
        ("en", "By Ruth Ellis, News Reporter", ("Ruth Ellis",)),
        ("de", "von Anna Fink, Online-Redaktion", ("Anna Fink",)),
        ("en", "By Ruth Ellis Correspondent", ("Ruth Ellis",)),
    ],
)
def test_role_words_beside_names_and_pen_names(
    code: str, line: str, authors: tuple[str, ...]
) -> None:
    """After a prefix, one word and a role make a pen name; after a name, a role with a
    word before it ("News Reporter") is the role, not a second author."""
    assert _authors(code, line) == authors


@pytest.mark.parametrize(
    ("code", "lines", "authors"),
    [
        ("en", ["May 3, 2024", "Ruth Ellis Email"], ("Ruth Ellis",)),
        ("de", ["03.05.2024", "Anna Fink Teilen"], ("Anna Fink",)),
    ],
)
def test_button_after_the_names_is_dropped(
    code: str, lines: list[str], authors: tuple[str, ...]
) -> None:
    """A button printed after the author's name ("Email") is not part of the name."""
    assert _authors(code, *lines) == authors


def test_phrase_before_a_share_button_is_no_name() -> None:
    """ "Mit Freunden teilen" is a share prompt, not a name and its button."""
    text = page(HEADLINES["de"], "03.05.2024", "Mit Freunden teilen", *DE)
    assert names_nobody(newsparse.parse_article(text, language="de"))


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("en", "The Harbour Gazette"),
        ("de", "Aus der Region"),
        ("de", "Die Eisheiligen"),
        ("en", "MORE ARTICLES OF"),
        ("de", "Zum Wochenmarkt"),
        ("de", "Im Rathaus"),
        ("en", "Our Harbour Staff"),
        ("fr", "Sur Les Quais"),
    ],
)
def test_capitalised_phrase_with_a_function_word_is_no_name(code: str, line: str) -> None:
    """A capitalised run that opens with an article or a preposition, or ends with a
    function word, is a title or a heading, even by a date."""
    date = {"en": "May 3, 2024", "de": "3. Mai 2024", "fr": "3 mai 2024"}[code]
    text = page(HEADLINES[code], line, date, *BODIES[code])
    assert names_nobody(newsparse.parse_article(text, language=code))


@pytest.mark.parametrize(
    ("code", "line", "date"),
    [
        ("de", "Jonas Weil", "3. Mai 2024"),
        ("fr", "Claire Lui", "3 mai 2024"),
        ("en", "Xiaoling You", "May 3, 2024"),
    ],
)
def test_surname_that_is_also_a_word_stays_a_name(code: str, line: str, date: str) -> None:
    """Words that are also common surnames ("Weil", "Lui", "You") are not in the function
    words, so a name ending with one stays a name."""
    assert _authors(code, line, date) == (line,)


def test_first_name_that_is_also_a_verb_stays_a_name() -> None:
    """A longer function word as a first name ("Will") does not make a phrase."""
    text = page(HEADLINES["en"], "Will Brady", "May 3, 2024", *EN)
    article = newsparse.parse_article(text, language="en")
    assert article.byline is not None
    assert article.byline.authors == ("Will Brady",)


@pytest.mark.parametrize(
    ("code", "line", "authors"),
    [
        ("en", "By Ruth Ellis For The Harbour Gazette", ("Ruth Ellis",)),
        ("en", "By Ruth Ellis And Sam Okafor For The Gazette", ("Ruth Ellis", "Sam Okafor")),
        ("de", "3. Mai 2024 von Anna Fink Ein Kommentar", ("Anna Fink",)),
        ("de", "Am 3. Mai 2024 Von Anna Fink In Aktuelles", ("Anna Fink",)),
    ],
)
def test_prefixed_name_ends_at_a_short_function_word(
    code: str, line: str, authors: tuple[str, ...]
) -> None:
    """After a prefix, a capitalised run stops at a short function word: what follows
    ("For The Gazette", "Ein Kommentar") is not part of the name."""
    assert _authors(code, line) == authors


LONG_DE = [
    f"Im Abschnitt {k} des neuen Radwegs wurden die Arbeiten am Montag abgeschlossen, "
    f"und die Stadt meldet für diesen Teil {k + 3} neue Laternen und frische Markierungen."
    for k in range(1, 40)
]


LONG_EN = [
    f"Section {k} of the new harbour wall was finished on Monday, and the port says {k + 3} "
    "new lamps and fresh markings were added to this part of the quay."
    for k in range(1, 40)
]


@pytest.mark.parametrize(
    ("code", "body", "lines", "author"),
    [
        ("en", LONG_EN, ["Written on May 3 by", "Ruth Ellis"], "Ruth Ellis"),
        ("de", LONG_DE, ["Geschrieben am 3. Mai von", "Anna Fink"], "Anna Fink"),
    ],
)
def test_name_under_a_date_line_ending_with_a_prefix(
    code: str, body: list[str], lines: list[str], author: str
) -> None:
    """A date line that ends with a prefix ("Written on May 3 by") is read like a prefix
    on its own line: the name under it is the author, even under a long article."""
    text = page(HEADLINES[code], *body, *lines)
    article = newsparse.parse_article(text, language=code)
    assert article.byline is not None
    assert article.byline.authors == (author,)
    assert article.byline.text == "\n".join(lines)


def test_labelled_credit_deep_in_a_long_article() -> None:
    """A labelled credit ("Autorin: ...") names the author wherever it stands in the
    article when nothing else does; the description after the name is no second author."""
    credit = "Autorin: Anna Fink, Projektleiterin der Stiftung in Ulm."
    text = page(HEADLINES["de"], *LONG_DE[:20], credit, *LONG_DE[20:])
    article = newsparse.parse_article(text, language="de")
    assert article.byline is not None
    assert article.byline.authors == ("Anna Fink",)
    assert article.byline.text == credit


def test_labelled_credit_in_the_lists_under_the_article() -> None:
    """A labelled credit in the lists under the article, by its date and source, is taken
    from them."""
    lines = ["Mehr zum Thema", "Radweg am Fluss wird breiter", "Datum: 03.05.2024"]
    text = page(HEADLINES["de"], *DE, *lines, "Autor: Jonas Weber", "Quelle: Stadtblatt")
    article = newsparse.parse_article(text, language="de")
    assert article.byline is not None
    assert article.byline.authors == ("Jonas Weber",)


def test_author_in_a_box_of_facts_about_a_book_is_no_byline() -> None:
    """ "Autorin:" among a book's facts (title, pages, publisher) names the book's author."""
    facts = [
        "Titel: Die Brücke im Nebel",
        "Seiten: 400",
        "Autorin: Lena Brandt",
        "Verlag: Nordlicht",
    ]
    text = page(HEADLINES["de"], *LONG_DE[:20], *facts, *LONG_DE[20:])
    assert names_nobody(newsparse.parse_article(text, language="de"))


@pytest.mark.parametrize(
    ("code", "lines", "authors"),
    [
        ("en", ["Published Fri, May 3 2024 2:23 PM", "By Ruth Ellis"], ("Ruth Ellis",)),
        ("es", ["Marta Gil", "Actualizado Viernes, 3 mayo 2024 - 02:24"], ("Marta Gil",)),
        ("en", ["Ruth Ellis Friday, May 3, 2024 @ 11:10 PM"], ("Ruth Ellis",)),
        ("de", ["Letzte Aktualisierung: 03.05.2024", "Von Anna Fink"], ("Anna Fink",)),
        (
            "de",
            ["Von: Anna Fink", "Schlagworte: Radverkehr, Jonas Weber, Stadtrat Ulm"],
            ("Anna Fink",),
        ),
    ],
)
def test_dates_labels_and_topics_beside_the_byline_name_nobody(
    code: str, lines: list[str], authors: tuple[str, ...]
) -> None:
    """Words of a date ("Published Fri", "Actualizado Viernes"), a label before its value
    ("Letzte Aktualisierung:") and a list of topics next to the byline add no author, and
    a weekday after a name is cut from it."""
    assert _authors(code, *lines) == authors


@pytest.mark.parametrize(
    ("code", "line", "authors"),
    [
        ("en", "By Ruth Ellis, in News, Harbour, Weather", ("Ruth Ellis",)),
        ("de", "Von Anna Fink, in Stadt, Verkehr, Umwelt", ("Anna Fink",)),
    ],
)
def test_sections_after_the_credit_are_no_authors(
    code: str, line: str, authors: tuple[str, ...]
) -> None:
    """Once a piece after the names reads as words ("in News"), the credit has ended: the
    sections listed after it are no authors."""
    assert _authors(code, line) == authors


@pytest.mark.parametrize(
    ("code", "line", "authors"),
    [
        ("de", "erstellt von Anna Fink — veröffentlicht 03.05.2024 06:00", ("Anna Fink",)),
        ("en", "Posted by Ruth Ellis on May 3, 2024", ("Ruth Ellis",)),
        ("en", "Posted on May 3, 2024 by Ruth Ellis", ("Ruth Ellis",)),
        ("de", "Veröffentlicht am 03.05.2024 von Anna Fink", ("Anna Fink",)),
        ("fr", "Publié le 3 mai 2024 par Hélène Morel", ("Hélène Morel",)),
    ],
)
def test_dated_prefixed_byline_far_under_the_article(
    code: str, line: str, authors: tuple[str, ...]
) -> None:
    """A prefixed byline with its date on the line is found even under a long list of
    other headlines below the article, when nothing else names the authors."""
    links = [f"STADT: Meldung Nummer {k} aus der Region" for k in range(16)]
    text = page(HEADLINES[code], *BODIES[code], *links, line, "Impressum")
    article = newsparse.parse_article(text, language=code)
    assert article.byline is not None
    assert article.byline.authors == authors


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("en", "A note by Ruth Ellis on the harbour"),
        ("en", "Ruth Ellis | 3 May 2024"),
        ("de", "Eine Meldung von Anna Fink"),
        ("fr", "Hélène Morel | 3 mai 2024"),
    ],
)
def test_weak_credit_far_under_the_article_is_no_byline(code: str, line: str) -> None:
    """Far under the article, past the related links, only a dated credit counts: bare
    names beside a date, or a prefix inside an undated line, are not taken there."""
    links = [f"STADT: Meldung Nummer {k} aus der Region" for k in range(16)]
    text = page(HEADLINES[code], *BODIES[code], *links, line, "Impressum")
    article = newsparse.parse_article(text, language=code)
    assert article.byline is None or not article.byline.authors


@pytest.mark.parametrize(
    ("code", "link", "line", "authors"),
    [
        ("de", "Zum Angebot »", "jweber 03.05.2024, 14:05 Uhr", ("jweber",)),
        ("en", "Latest Offers ›", "Ruth Ellis | 3 May 2024", ("Ruth Ellis",)),
    ],
)
def test_capitalised_link_with_an_arrow_is_no_author(
    code: str, link: str, line: str, authors: tuple[str, ...]
) -> None:
    """A capitalised line ending in an arrow is a link or a button, not a name: the
    dated line of names beside it is the byline."""
    assert _authors(code, line, link, link) == authors


@pytest.mark.parametrize(
    ("code", "line", "authors"),
    [
        ("en", "By Ruth Ellis Leave a comment", ("Ruth Ellis",)),
        ("de", "Ein Beitrag von Anna Fink Kommentar schreiben", ("Anna Fink",)),
        ("fr", "Par Hélène Morel Laisser un commentaire", ("Hélène Morel",)),
    ],
)
def test_button_after_prefixed_names_is_dropped(
    code: str, line: str, authors: tuple[str, ...]
) -> None:
    """A comment button printed after the names of a credit is no part of them."""
    assert _authors(code, line) == authors


@pytest.mark.parametrize(
    ("code", "line", "authors"),
    [
        ("en", "May 3, 2024 by Ruth ellis Leave a comment", ("Ruth ellis",)),
        ("de", "3. Mai 2024 von Anna fink", ("Anna fink",)),
    ],
)
def test_lower_case_surname_at_the_end_of_a_dated_credit(
    code: str, line: str, authors: tuple[str, ...]
) -> None:
    """On a dated credit, a lower-case word after a capitalised first name that ends the
    credit is the surname."""
    assert _authors(code, line) == authors


def test_lower_case_word_after_an_undated_prefix_is_no_surname() -> None:
    """Without a date, "Von" and a capitalised word, then a lower-case one, read as a
    sentence (German nouns are capitalised), not as a name."""
    line = "Von Diskussionen schweigen"
    article = newsparse.parse_article(page(HEADLINES["de"], line, *DE), language="de")
    assert article.byline is None or "Diskussionen schweigen" not in article.byline.authors


@pytest.mark.parametrize(
    ("code", "heading", "entry"),
    [
        ("de", "Inhalt:", "Holland – Neue Wege"),
        ("en", "Contents:", "Harbour Walls"),
        ("fr", "Sommaire :", "Nouvelles Halles"),
    ],
)
def test_first_entry_under_a_list_heading_is_no_author(code: str, heading: str, entry: str) -> None:
    """A capitalised line right under a short heading ending in a colon opens a list (a
    table of contents), whatever the date beside it: it names nobody."""
    date = {"en": "May 3, 2024", "de": "3. Mai 2024", "fr": "3 mai 2024"}[code]
    text = page(HEADLINES[code], date, heading, entry, *BODIES[code])
    byline = newsparse.parse_article(text, language=code).byline
    assert byline is None or not byline.authors


@pytest.mark.parametrize(("code", "label"), [("de", "Autorin:"), ("en", "Author:")])
def test_name_under_an_author_label_is_still_the_byline(code: str, label: str) -> None:
    """A label that is a byline prefix ("Autorin:") is no list heading: the name under it
    is the author."""
    text = page(HEADLINES[code], label, "Ruth Ellis", *BODIES[code])
    article = newsparse.parse_article(text, language=code)
    assert article.byline is not None
    assert article.byline.authors == ("Ruth Ellis",)


@pytest.mark.parametrize(
    ("code", "line", "sentence"),
    [
        (
            "de",
            "Aktuelle Meldung",
            "Die Stadt informiert über die aktuelle Lage auf der neuen Strecke am Fluss.",
        ),
        ("en", "Total Stats", "The total cost of the new harbour wall was paid by the city."),
        # the text writes the word with another ending
        (
            "de",
            "Olympische Winterspiele",
            "Die Stadt hatte sich vor Jahren um die olympischen Spiele beworben, ohne Erfolg.",
        ),
        ("fr", "Nouvelles Halles", "Les nouvelles halles ouvriront aussi le dimanche matin."),
    ],
)
def test_capitalised_words_the_text_writes_in_lower_case_are_no_name(
    code: str, line: str, sentence: str
) -> None:
    """A bare capitalised line whose first word the article writes in lower case in its
    sentences (a long word also with another ending) is a heading ("Aktuelle Meldung"), not
    a name, even with a date beside it."""
    date = {"en": "May 3, 2024", "de": "3. Mai 2024", "fr": "3 mai 2024"}[code]
    text = page(HEADLINES[code], line, date, *BODIES[code], sentence)
    byline = newsparse.parse_article(text, language=code).byline
    assert byline is None or not byline.authors


def test_first_name_the_text_does_not_write_in_lower_case_is_kept() -> None:
    """A name's first word that the text never writes in lower case keeps the name."""
    sentence = "The total cost of the new harbour wall was paid by the city."
    text = page(HEADLINES["en"], "Ruth Ellis", "May 3, 2024", *EN, sentence)
    article = newsparse.parse_article(text, language="en")
    assert article.byline is not None
    assert article.byline.authors == ("Ruth Ellis",)


@pytest.mark.parametrize(
    ("code", "line", "authors"),
    [
        ("de", "Text & Fotos: Jonas Weber", ("Jonas Weber",)),
        ("de", "Text und Bilder: Anna Fink", ("Anna Fink",)),
        ("fr", "Texte et photos : Hélène Morel", ("Hélène Morel",)),
    ],
)
def test_credit_for_the_text_and_its_pictures_names_the_writer(
    code: str, line: str, authors: tuple[str, ...]
) -> None:
    """A credit for the words and the pictures together names the writer, though it ends
    like a photo's credit."""
    assert _authors(code, line) == authors


@pytest.mark.parametrize(
    ("code", "line"), [("de", "Fotos: Jonas Weber"), ("en", "Photo: Ruth Ellis")]
)
def test_photo_credit_alone_is_no_byline(code: str, line: str) -> None:
    """A credit for the pictures alone names no author."""
    text = page(HEADLINES[code], *BODIES[code][:1], line, *BODIES[code][1:])
    byline = newsparse.parse_article(text, language=code).byline
    assert byline is None or not byline.authors


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("de", ">>> Neue Studie von Jonas Weber"),
        ("en", ">> New study by Ruth Ellis"),
        ("fr", "→ Par Hélène Morel"),
    ],
)
def test_line_opening_with_a_link_arrow_is_no_byline(code: str, line: str) -> None:
    """A line that opens with a link arrow (">>> ...") points to another article: the
    names in it are that article's."""
    text = page(HEADLINES[code], line, *BODIES[code])
    byline = newsparse.parse_article(text, language=code).byline
    assert byline is None or not byline.authors


@pytest.mark.parametrize(
    ("code", "line", "sentence"),
    [
        (
            "de",
            "Leasing von Dienstwagen",
            "Viele Firmen setzen beim Leasing auf kurze Laufzeiten und feste Raten.",
        ),
        (
            "en",
            "Festival de Rivebelle",
            "Every year the Festival brings more visitors to the old harbour and its bars.",
        ),
    ],
)
def test_heading_joined_by_a_particle_the_text_uses_as_a_noun_is_no_name(
    code: str, line: str, sentence: str
) -> None:
    """Bare words joined by a particle ("von", "de") whose first word the article writes
    after a lower-case word in its sentences are a sub-heading, not a name."""
    date = {"en": "May 3, 2024", "de": "3. Mai 2024"}[code]
    text = page(HEADLINES[code], date, BODIES[code][0], line, *BODIES[code][1:], sentence)
    byline = newsparse.parse_article(text, language=code).byline
    assert byline is None or not byline.authors


@pytest.mark.parametrize(
    ("code", "line", "sentence"),
    [
        (
            "de",
            "Greta von Aalen",
            "Viele Firmen setzen beim Leasing auf kurze Laufzeiten und feste Raten.",
        ),
        (
            "fr",
            "Inès de Valadares",
            "La ville espère que le festival attirera plus de visiteurs au vieux port.",
        ),
    ],
)
def test_name_with_a_particle_the_text_does_not_use_is_kept(
    code: str, line: str, sentence: str
) -> None:
    """A name joined by a particle whose first word the text never writes inside its
    sentences stays a name."""
    date = {"fr": "3 mai 2024", "de": "3. Mai 2024"}[code]
    text = page(HEADLINES[code], line, date, *BODIES[code], sentence)
    article = newsparse.parse_article(text, language=code)
    assert article.byline is not None
    assert article.byline.authors == (line,)


@pytest.mark.parametrize(
    ("code", "lines", "authors"),
    [
        ("de", ["3. Mai 2024", "USB Kabel"], ()),  # an acronym, then a noun: a thing
        ("en", ["May 3, 2024", "USB Cables"], ()),
        ("en", ["May 3, 2024", "RUTH ELLIS"], ("RUTH ELLIS",)),  # a name all in capitals
        ("de", ["3. Mai 2024", "Jonas WEBER"], ("Jonas WEBER",)),  # a surname in capitals
    ],
)
def test_bare_words_opening_with_an_acronym_are_no_name(
    code: str, lines: list[str], authors: tuple[str, ...]
) -> None:
    """Bare capitalised words that open with an acronym the rest does not match in
    capitals name a thing ("USB Kabel"); a name all in capitals, or with its surname in
    capitals, stays a name."""
    text = page(HEADLINES[code], *lines, *BODIES[code])
    byline = newsparse.parse_article(text, language=code).byline
    assert (byline.authors if byline is not None else ()) == authors


@pytest.mark.parametrize(
    ("code", "label", "authors"),
    [
        ("en", "Tags", ()),  # the article's topics start under the label
        ("de", "Themen", ()),
        ("de", "Verkehr", ("Jonas Weber",)),  # a section's name over the byline
    ],
)
def test_names_under_a_topics_label_are_a_topic(
    code: str, label: str, authors: tuple[str, ...]
) -> None:
    """Bare names right under a line that is a topics label ("Tags", "Themen"), closing
    the block above, are the first of the article's topics, not its writer."""
    date = {"en": "May 3, 2024", "de": "3. Mai 2024"}[code]
    name = {"en": "Ruth Ellis", "de": "Jonas Weber"}[code]
    text = page(HEADLINES[code], f"{date}\n{label}", name, *BODIES[code])
    byline = newsparse.parse_article(text, language=code).byline
    assert (byline.authors if byline is not None else ()) == authors


@pytest.mark.parametrize(
    ("code", "line", "authors"),
    [
        ("en", "May 3, 2024 / Energy / Markets / Solar / Green Power News", ()),
        ("de", "3. Mai 2024 / Energie / Märkte / Solar / Grüne Energie", ()),
        # a section or two beside the names: still a byline
        ("en", "Ruth Ellis / Energy / Markets / May 3, 2024", ("Ruth Ellis",)),
        ("de", "Jonas Weber / Politik / 3. Mai 2024", ("Jonas Weber",)),
    ],
)
def test_capitalised_words_in_a_list_of_sections_are_no_name(
    code: str, line: str, authors: tuple[str, ...]
) -> None:
    """Bare capitalised words as one part of a line whose other parts are mostly single
    words (the site's sections) are one more section, not a name."""
    text = page(HEADLINES[code], line, *BODIES[code])
    byline = newsparse.parse_article(text, language=code).byline
    assert (byline.authors if byline is not None else ()) == authors


@pytest.mark.parametrize(
    ("code", "line", "authors"),
    [
        ("en", "Ruth Ellis   06 PM | 3 May", ("Ruth Ellis",)),
        ("de", "Jonas Weber   18 Uhr | 3. Mai", ("Jonas Weber",)),
        ("en", "Ruth Ellis   06 PM", ()),  # a time alone dates nothing
        ("en", "Ruth Ellis", ()),
    ],
)
def test_names_with_a_day_and_month_on_their_line_after_the_lead(
    code: str, line: str, authors: tuple[str, ...]
) -> None:
    """Bare names under the first paragraph count as a byline when their own line holds a
    day and a month without a year ("Ann Lee 06 PM | 18 Mai"), as with a date line
    beside them."""
    body = BODIES[code]
    text = page(HEADLINES[code], body[0], line, *body[1:])
    byline = newsparse.parse_article(text, language=code).byline
    assert (byline.authors if byline is not None else ()) == authors


def test_dated_heading_in_the_article_vocabulary_is_no_byline() -> None:
    """A date on the line of a heading does not make its words a name."""
    sentence = "Die Stadt informiert über die aktuelle Lage auf der neuen Strecke am Fluss."
    text = page(HEADLINES["de"], "3. Mai 2024 Aktuelle Meldung", *DE, sentence)
    byline = newsparse.parse_article(text, language="de").byline
    assert byline is None or not byline.authors


def test_heading_next_to_the_names_is_no_second_author() -> None:
    """A line of the article's words next to the byline's names is not taken as more
    names."""
    sentence = "The total cost of the new harbour wall was paid by the city."
    text = page(HEADLINES["en"], "Ruth Ellis", "Total Stats", "May 3, 2024", *EN, sentence)
    article = newsparse.parse_article(text, language="en")
    assert article.byline is not None
    assert article.byline.authors == ("Ruth Ellis",)


@pytest.mark.parametrize(
    ("code", "prefix", "name"),
    [("en", "By", "Ruth E"), ("de", "Von", "Anna F"), ("fr", "Par", "Paul G")],
)
def test_first_name_and_initial_under_a_lone_prefix(code: str, prefix: str, name: str) -> None:
    """Under a prefix on its own line, a first name and the initial of the surname is the
    author."""
    article = newsparse.parse_article(
        page(HEADLINES[code], prefix, name, *BODIES[code]), language=code
    )
    assert article.byline is not None
    assert article.byline.authors == (name,)


@pytest.mark.parametrize(
    ("code", "line", "authors"),
    [
        ("de", "Interview: Anna Fink", ("Anna Fink",)),
        ("de", "Das Interview führte Anna Fink.", ("Anna Fink",)),
        ("de", "Ein Interview von Anna Fink", ("Anna Fink",)),
        ("en", "Text: Ruth Ellis", ("Ruth Ellis",)),
        ("en", "Interviewed by Ruth Ellis", ("Ruth Ellis",)),
        ("fr", "Entretien réalisé par Hélène Morel", ("Hélène Morel",)),
    ],
)
def test_credit_for_an_interview_or_the_text(
    code: str, line: str, authors: tuple[str, ...]
) -> None:
    """A credit for an interview or for the text, written as a label or as a phrase,
    names the author."""
    assert _authors(code, line) == authors


@pytest.mark.parametrize(("code", "heading"), [("de", "Interview"), ("en", "Text")])
def test_label_word_alone_is_no_prefix(code: str, heading: str) -> None:
    """A word that is a byline prefix only as a label ("Interview:") is a heading when it
    stands alone on its line: the capitalised line under it names nobody."""
    text = page(HEADLINES[code], heading, "Basics", *BODIES[code])
    assert names_nobody(newsparse.parse_article(text, language=code))


@pytest.mark.parametrize(
    ("code", "lines", "authors", "published"),
    [
        ("en", ["Ruth Ellis", "May 3, 2024"], ("Ruth Ellis",), "2024-05-03"),
        ("de", ["28. November 2022", "- Anna Fink"], ("Anna Fink",), "2022-11-28"),
        ("fr", ["Hélène Morel", "3 mai 2024"], ("Hélène Morel",), "2024-05-03"),
    ],
)
def test_dated_name_under_a_long_article(
    code: str, lines: list[str], authors: tuple[str, ...], published: str
) -> None:
    """Under an article too long for its end to be near its start, a full name alone on its
    line with a date line beside it signs the article, and the date is the byline's."""
    text = page(HEADLINES[code], *(BODIES[code] * 5), *lines)
    byline = newsparse.parse_article(text, language=code).byline
    assert byline is not None
    assert byline.authors == authors
    assert byline.published == published


@pytest.mark.parametrize(
    "lines",
    [
        ["Harbour Wall", "May 3, 2024"],  # the article's own words
        ["Contact:", "Ruth Ellis", "May 3, 2024"],  # under a heading ending in a colon
        ["Ruth", "May 3, 2024"],  # no full name
    ],
)
def test_unlikely_name_under_a_long_article_is_no_byline(lines: list[str]) -> None:
    """A name under the article is its signature only as a full name, not under a heading
    and not made of the article's words (alone, see
    test_a_full_name_alone_under_the_last_paragraph_signs_the_article)."""
    text = page(HEADLINES["en"], *(EN * 5), *lines)
    assert names_nobody(newsparse.parse_article(text, language="en"))


@pytest.mark.parametrize(
    ("code", "lines", "authors"),
    [
        ("en", ["Print this page", "Written on May 3 by", "Ruth Ellis", "Follow"], ("Ruth Ellis",)),
        ("de", ["Drucken", "Von", "Anna Fink", "Teilen"], ("Anna Fink",)),
    ],
)
def test_prefix_line_in_a_box_under_the_article(
    code: str, lines: list[str], authors: tuple[str, ...]
) -> None:
    """A prefix on its own line and the names under it are the byline even where they stand
    among the buttons under the article, which the footer rule takes for its items."""
    text = page(HEADLINES[code], *(BODIES[code] * 5), *lines)
    article = newsparse.parse_article(text, language=code)
    assert article.byline is not None
    assert article.byline.authors == authors
    kinds = [s.kind for s in article.segments if s.text.strip() in lines[1:3]]
    assert kinds == [SegmentKind.BYLINE, SegmentKind.BYLINE]


@pytest.mark.parametrize(
    ("code", "lines", "authors", "published"),
    [
        (
            "en",
            ["RE", "Ruth Ellis", "SO", "Sam Okafor", "May 3, 2024"],
            ("Ruth Ellis", "Sam Okafor"),
            "2024-05-03",
        ),
        (
            "de",
            ["AF", "Anna Fink", "JB", "Jan Berg", "3. Mai 2024"],
            ("Anna Fink", "Jan Berg"),
            "2024-05-03",
        ),
        (
            "en",
            ["Ruth Ellis, Reporter", "ruth.ellis@example.org", "Sam Okafor, Reporter"],
            ("Ruth Ellis", "Sam Okafor"),
            None,
        ),
        (
            "de",
            ["Anna Fink, Redakteurin", "anna.fink@example.org", "Jan Berg, Redakteur"],
            ("Anna Fink", "Jan Berg"),
            None,
        ),
    ],
)
def test_author_list_with_initials_or_addresses_between_names(
    code: str, lines: list[str], authors: tuple[str, ...], published: str | None
) -> None:
    """An author list that prints an avatar's initials before each name, or an e-mail
    address after it, names every author of the list."""
    byline = newsparse.parse_article(
        page(HEADLINES[code], *lines, *BODIES[code]), language=code
    ).byline
    assert byline is not None
    assert byline.authors == authors
    assert byline.published == published


@pytest.mark.parametrize(
    ("code", "head", "body", "lines", "authors"),
    [
        (
            "ko",
            "도서관 다시 문 열어",
            KO,
            [
                *("홍길동 기자", "gildong@example.com", "김영희 기자", "younghee@example.com"),
                *("이철수 기자", "cheolsu@example.com", "박민수 기자", "minsu@example.com"),
            ],
            ("홍길동", "김영희", "이철수", "박민수"),
        ),
        (
            "en",
            HEADLINES["en"],
            EN,
            [
                *("Ruth Ellis, Reporter", "ruth@example.org", "Sam Okafor, Reporter"),
                *("sam@example.org", "Mira Kessler, Reporter", "mira@example.org"),
                *("Jon Tarrant, Reporter", "jon@example.org"),
            ],
            ("Ruth Ellis", "Sam Okafor", "Mira Kessler", "Jon Tarrant"),
        ),
    ],
)
def test_author_list_runs_past_the_window_under_the_headline(
    code: str, head: str, body: list[str], lines: list[str], authors: tuple[str, ...]
) -> None:
    """Under a headline far above the article, a long author list (a name and an e-mail
    address per author) is taken whole, past the few lines where its first name may stand."""
    menu = [f"Menu {k}" for k in range(30)]
    text = page(head, *menu[:5], head, "Top", *lines, *menu, *body)
    byline = newsparse.parse_article(text, language=code).byline
    assert byline is not None
    assert byline.authors == authors


def test_initials_of_another_name_end_the_author_list() -> None:
    """Capital letters that are not the initials of the name under them are no part of the
    list: the byline stops there."""
    assert _authors("en", "By Ruth Ellis", "TV", "Sam Okafor") == ("Ruth Ellis",)
    assert _authors("en", "By Ruth Ellis", "SO", "Sam Okafor") == ("Ruth Ellis", "Sam Okafor")


@pytest.mark.parametrize(
    ("code", "timed", "untimed", "name"),
    [
        ("de", "Eingestellt von Kuchenfee um 10:52", "Eingestellt von Kuchenfee", "Kuchenfee"),
        ("en", "Posted by Gullwatcher at 2:33 PM", "Posted by Gullwatcher", "Gullwatcher"),
    ],
)
def test_pen_name_posted_at_a_time_under_a_long_article(
    code: str, timed: str, untimed: str, name: str
) -> None:
    """Under the end of a long article, a prefixed line with a single name counts when it
    gives the post's time, as a blog's post line does; without a time or a date it does
    not."""
    text = page(HEADLINES[code], *(BODIES[code] * 5), timed)
    byline = newsparse.parse_article(text, language=code).byline
    assert byline is not None
    assert byline.authors == (name,)
    text = page(HEADLINES[code], *(BODIES[code] * 5), untimed)
    assert names_nobody(newsparse.parse_article(text, language=code))


@pytest.mark.parametrize(
    ("code", "line", "authors"),
    [
        ("en", "Ruth Ellis Education editor", ("Ruth Ellis",)),
        ("en", "By Ruth Ellis Education editor", ("Ruth Ellis",)),
        ("ru", "Анна Петрова Военный корреспондент", ("Анна Петрова",)),
        # A name of three words with its role after a comma, or a role without a capital
        # word before it, keeps every word.
        ("en", "Mary Ann Lee, editor", ("Mary Ann Lee",)),
        ("en", "Ruth Ellis editor", ("Ruth Ellis",)),
        ("ru", "Анна Петрова, корреспондент", ("Анна Петрова",)),
    ],
)
def test_role_in_sentence_case_takes_its_capital_word(
    code: str, line: str, authors: tuple[str, ...]
) -> None:
    """A role written in sentence case right after the names ("Education editor") opens
    with the one capitalised word before it, which is no part of the name."""
    assert _authors(code, line) == authors


@pytest.mark.parametrize(
    ("code", "line", "authors"),
    [
        ("en", "By Ruth Ellis June 9 at 10:41 AM", ("Ruth Ellis",)),
        ("de", "Von Anna Fink Mai 18 um 12:22 Uhr", ("Anna Fink",)),
        # A two-word name keeps a surname that is also a month's name.
        ("en", "By Ruth May 3 comments", ("Ruth May",)),
        ("de", "Von Anna Mai 2 Kommentare", ("Anna Mai",)),
        ("en", "By April Lee 3 comments", ("April Lee",)),
    ],
)
def test_month_before_a_day_ends_the_names(code: str, line: str, authors: tuple[str, ...]) -> None:
    """A month's name right before a number, after a full name, opens a date without a
    year ("June 9 at 10:41 AM"), not a third word of the name."""
    assert _authors(code, line) == authors


@pytest.mark.parametrize(
    ("code", "lines", "author", "published"),
    [
        ("en", ["By Ruth Ellis", "Reporter, Harbour Weekly"], "Ruth Ellis", None),
        ("en", ["Ruth Ellis", "Political Correspondent"], "Ruth Ellis", None),
        ("en", ["Ruth Ellis", "Senior Reporter, Harbour Weekly"], "Ruth Ellis", None),
        (
            "en",
            ["Ruth Ellis", "Reporter, Harbour Weekly", "May 3, 2024"],
            "Ruth Ellis",
            "2024-05-03",
        ),
        ("en", ["Ruth Ellis", "Editor", "Gull Finance May 3, 2024"], "Ruth Ellis", "2024-05-03"),
        ("de", ["Von Anna Fink", "Redakteurin, Neue Presse"], "Anna Fink", None),
        ("de", ["Anna Fink", "Leitende Redakteurin, Neue Presse"], "Anna Fink", None),
        ("de", ["Anna Fink", "Redakteurin", "Neue Presse 3. Mai 2024"], "Anna Fink", "2024-05-03"),
        ("fr", ["Hélène Morel", "Grande Reporter, Le Courrier"], "Hélène Morel", None),
    ],
)
def test_role_line_under_the_name_names_no_author(
    code: str, lines: list[str], author: str, published: str | None
) -> None:
    """A line that gives the author's role, maybe after a word that qualifies it, belongs
    to the byline; the body named after its comma, or on the line under it, is where the
    role is held (the newspaper), not a second author. A date there dates the article."""
    text = page(HEADLINES[code], *lines, *BODIES[code])
    byline = newsparse.parse_article(text, language=code).byline
    assert byline is not None
    assert byline.authors == (author,)
    assert byline.published == published


@pytest.mark.parametrize(
    ("code", "lines", "authors"),
    [
        ("en", ["Ruth Ellis", "Reporter", "Sam Okafor", "Editor"], ("Ruth Ellis", "Sam Okafor")),
        (
            "de",
            ["Anna Fink", "Redakteurin", "Jan Berg", "Korrespondent"],
            ("Anna Fink", "Jan Berg"),
        ),
        ("en", ["Reporter Sam Okafor"], ("Sam Okafor",)),
    ],
)
def test_names_after_a_role_line_with_a_role_of_their_own_are_authors(
    code: str, lines: list[str], authors: tuple[str, ...]
) -> None:
    """Names under a role line that have a role line of their own are the next author,
    not where the first one works; names after a role with no comma between are the
    author's."""
    assert _authors(code, *lines) == authors


@pytest.mark.parametrize(
    ("code", "site", "credit", "teaser", "names"),
    [
        (
            "en",
            "Harbour Weekly",
            "By Harbour Weekly | May 3, 2024",
            "…as the pilots wait for calmer seas",
            "Ruth Ellis/Sam Okafor",
        ),
        (
            "de",
            "Hafenblatt",
            "Von Hafenblatt | 3. Mai 2024",
            "…und die Pendler freuen sich",
            "Anna Fink/Jan Berg",
        ),
    ],
)
def test_names_of_people_win_over_the_site_credited_as_author(
    code: str, site: str, credit: str, teaser: str, names: str
) -> None:
    """A prefixed line that credits only the site's own name (the one its title gives) is
    what a page prints when it names nobody: a line of people's names near it is the
    byline. Alone, the site's credit is still taken."""
    title = f"{HEADLINES[code]} - {site}"
    text = page(title, "Home", HEADLINES[code], credit, teaser, names, *BODIES[code])
    byline = newsparse.parse_article(text, language=code).byline
    assert byline is not None
    assert byline.authors == tuple(names.split("/"))
    assert byline.published == "2024-05-03"
    text = page(title, "Home", HEADLINES[code], credit, teaser, *BODIES[code])
    byline = newsparse.parse_article(text, language=code).byline
    assert byline is not None
    assert byline.authors == (site,)


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("en", "Posted by gullwatcher at 2:33 PM"),
        ("en", "Posted by gullwatcher at 14:33"),
        ("de", "Eingestellt von kuchenfee um 10:52 Uhr"),
        ("fr", "Publié par mouette42 à 08:00"),
        ("es", "Publicado por gaviota a las 10:52"),
    ],
)
def test_user_name_posted_at_a_time_under_the_headline(code: str, line: str) -> None:
    """A lower-case user name after a prefix, with the time of the post after it, is the
    byline: the short word and the time that close the line are no part of the name, and
    the time vouches for the user name as a date would."""
    name = line.split()[2]
    assert _authors(code, line) == (name,)


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("en", "Posted by gullwatcher"),  # a user name with nothing that dates it
        ("en", "Posted by gullwatcher gate 14:33"),  # no short word that introduces a time
        ("en", "Posted by gullwatcher at 14:33 sharp"),  # a word after the time
    ],
)
def test_user_name_without_a_post_time_is_no_byline(code: str, line: str) -> None:
    """Without a post time closing the line (or a word that introduces it), a lower-case
    user name after a prefix stays too weak to be a byline."""
    text = page(HEADLINES[code], line, *BODIES[code])
    assert names_nobody(newsparse.parse_article(text, language=code))


@pytest.mark.parametrize(
    ("code", "line", "authors"),
    [
        ("en", "Ruth Ellis – Reporter in Paris", ("Ruth Ellis",)),
        ("fr", "Hélène Morel – Journaliste", ("Hélène Morel",)),
        ("de", "Anna Fink · Redakteurin", ("Anna Fink",)),
    ],
)
def test_role_after_a_dash_names_the_author(code: str, line: str, authors: tuple[str, ...]) -> None:
    """Names followed by a part that is a short role alone, after a dash or a dot, are a
    byline as names with their role after a comma are."""
    assert _authors(code, line) == authors


def test_sentence_after_a_dash_is_no_role() -> None:
    """A part that opens with a role word but ends a sentence is no role."""
    text = page(HEADLINES["en"], "Ruth Ellis – Reporter in Paris.", *EN)
    assert names_nobody(newsparse.parse_article(text, language="en"))


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("记者：王小明 李娜", ("王小明", "李娜")),
        ("本报记者 王小明 李娜", ("王小明", "李娜")),
        ("记者 王小明", ("王小明",)),  # a space beside a role parts nothing
    ],
)
def test_chinese_names_set_apart_by_a_space(line: str, authors: tuple[str, ...]) -> None:
    """Chinese names hold no space, so one between two names parts them."""
    assert _authors("zh", line) == authors


@pytest.mark.parametrize(
    ("code", "line", "authors"),
    [
        (
            "en",
            "Archive – Imprint – 2009-2024 by Mira Kessler – Powered by Quillpress",
            ("Mira Kessler",),
        ),
        ("de", "Texte und Bilder © by Jonas Weber | Impressum | Datenschutz", ("Jonas Weber",)),
        ("fr", "Mentions légales – 2009-2024 par Hélène Morel", ("Hélène Morel",)),
        ("en", "(Creative Commons) 2006-2008 by Mira Kessler", ("Mira Kessler",)),
    ],
)
def test_copyright_line_crediting_a_person_under_the_article(
    code: str, line: str, authors: tuple[str, ...]
) -> None:
    """On a page with no byline, a copyright line under the article that credits one
    person with a byline prefix ("© 2024 by Ann Lee") names the site's writer, however far
    under the article it stands."""
    menu = [f"Menu {k}" for k in range(30)]
    text = page(HEADLINES[code], *BODIES[code], *menu, line)
    byline = newsparse.parse_article(text, language=code).byline
    assert byline is not None
    assert byline.authors == authors


@pytest.mark.parametrize(
    "line",
    [
        "© 2024 Harbour Media Ltd | Imprint",  # a firm's name after a bare sign
        "© 2024 Mira Kessler | Imprint",  # no prefix: a picture's credit looks the same
        "Theme by Mira Kessler | © 2024",  # the credit is not the copyright's
        "© 2024 by Mira Kessler and Jon Tarrant",  # more than one holder
        "Copyright 2024 by Harbour",  # no full name
    ],
)
def test_copyright_line_without_one_credited_person_is_no_byline(line: str) -> None:
    menu = [f"Menu {k}" for k in range(30)]
    text = page(HEADLINES["en"], *EN, *menu, line)
    assert names_nobody(newsparse.parse_article(text, language="en"))


def test_copyright_line_does_not_replace_a_byline() -> None:
    text = page(HEADLINES["en"], "By Ruth Ellis", *EN, "Menu", "© 2024 by Mira Kessler")
    byline = newsparse.parse_article(text, language="en").byline
    assert byline is not None
    assert byline.authors == ("Ruth Ellis",)


@pytest.mark.parametrize(
    ("code", "menu", "name"),
    [
        (
            "en",
            ["Weather", "Tides", "Ferries", "Events", "Parking", "Contact", "Archive"],
            "Ruth Ellis",
        ),
        (
            "de",
            ["Wetter", "Verkehr", "Fähren", "Termine", "Parken", "Kontakt", "Archiv"],
            "Jonas Weber",
        ),
    ],
)
def test_bare_name_far_under_the_headline_needs_more_than_its_place(
    code: str, menu: list[str], name: str
) -> None:
    """Bare names gain from standing right under the headline, not from standing anywhere
    between it and a start of the article guessed far below: there they need a date or a
    role beside them."""

    def byline(*lines: str) -> newsparse.Byline | None:
        head = HEADLINES[code]
        text = page(head, "Home", "News", head, *lines, *BODIES[code])
        return newsparse.parse_article(text, language=code).byline

    near = byline(*menu[:2], name)
    assert near is not None
    assert near.authors == (name,)
    assert byline(*menu, "Letters", name) is None
    dated = byline(*menu, "Letters", name, "03.05.2024")
    assert dated is not None
    assert dated.authors == (name,)


@pytest.mark.parametrize(
    ("code", "line", "authors"),
    [
        ("en", "By Ruth Ellis (Reuters)", ("Ruth Ellis",)),
        ("de", "Von Jonas Weber (dpa)", ("Jonas Weber",)),
    ],
)
def test_byline_with_its_agency_in_brackets_is_no_caption(
    code: str, line: str, authors: tuple[str, ...]
) -> None:
    """An agency in brackets after a prefixed name credits the text, not a picture."""
    article = newsparse.parse_article(page(HEADLINES[code], line, *BODIES[code]), language=code)
    assert article.byline is not None
    assert article.byline.authors == authors
    assert article.captions == ()


def test_caption_with_a_bracketed_credit_stays_a_caption() -> None:
    """A caption that ends in a bracketed picture credit, without a byline prefix."""
    caption = "Boats wait in the harbour at dawn (Photo: Reuters)"
    article = newsparse.parse_article(page(HEADLINES["en"], caption, *EN), language="en")
    assert article.captions == (caption,)


@pytest.mark.parametrize(
    ("code", "line", "published"),
    [
        ("en", "Published 5 Aug 2024, 10:30", "2024-08-05T10:30"),
        ("en", "March 4, 2024", "2024-03-04"),
        ("de", "Stand: 12.05.2024, 14:30 Uhr", "2024-05-12T14:30"),
        ("fr", "Publié le 3 mai 2024 à 09h08, mis à jour le 4 mai 2024", "2024-05-03T09:08"),
        ("zh", "2024年5月3日 10:30", "2024-05-03T10:30"),
        # the full stop that ends the date is no sentence's
        ("de", "Aktualisiert am 3. Mai 2024.", "2024-05-03"),
    ],
)
def test_date_line_alone_under_the_headline_dates_the_article(
    code: str, line: str, published: str
) -> None:
    """A page that names no author still gives the date of the line under its headline: a
    byline without names, its line labelled as the byline."""
    article = newsparse.parse_article(page(HEADLINES[code], line, *BODIES[code]), language=code)
    assert article.byline == newsparse.Byline(text=line, authors=(), published=published)
    labelled = [(s.text, s.rule) for s in article.segments if s.kind is SegmentKind.BYLINE]
    assert labelled == [(line, "byline.date")]
    assert [p.text for p in article.body] == BODIES[code]


def test_sentence_with_a_date_under_the_headline_is_no_date_line() -> None:
    """A short sentence of the article that names a date is no byline."""
    first = "The port reopened on 5 August 2024."
    article = newsparse.parse_article(page(HEADLINES["en"], first, *EN), language="en")
    assert article.byline is None
    assert article.body[0].text == first


def test_date_line_with_two_dates_dates_the_byline() -> None:
    """A date line that gives the first and the last date, their full stops no sentences."""
    text = page(
        HEADLINES["ko"], "김민수 기자", "입력 2024. 5. 3. 14:30 수정 2024. 5. 4. 09:12", *KO
    )
    byline = newsparse.parse_article(text, language="ko").byline
    assert byline is not None
    assert byline.authors == ("김민수",)
    assert byline.published == "2024-05-03T14:30"


@pytest.mark.parametrize(
    ("code", "lines"),
    [
        ("en", ["Ann Lee", "09:15, 20 Apr 2026 Updated 09:40, 20 Apr 2026"]),
        (
            "en",
            [
                "By Ann Lee",
                "Published: 08:10 BST, 20 April 2026 | Updated: 08:25 BST, 20 April 2026",
            ],
        ),
        (
            "fr",
            [
                "Par Claire Martin",
                "Publié le 20 avril 2026 à 07h05, modifié le 20 avril 2026 à 07h40",
            ],
        ),
    ],
)
def test_published_and_updated_line_belongs_to_the_byline(code: str, lines: list[str]) -> None:
    """Regression: a date line that gives the time of publication and of the last update
    was too long for a line that is only a date, so it was left out of the byline (and
    read as the article's first paragraph) though it gave the byline its date."""
    article = newsparse.parse_article(page(HEADLINES[code], *lines, *BODIES[code]), language=code)
    assert article.byline is not None
    assert article.byline.text == "\n".join(lines)
    assert article.byline.published is not None
    assert article.byline.published.startswith("2026-04-20")
    assert all(lines[1] not in p.text for p in article.body)


@pytest.mark.parametrize(
    ("code", "line", "name"),
    [
        ("en", "Ann Lee 2 minutes ago", "Ann Lee"),
        ("en", "Ann Lee | 3 hours ago", "Ann Lee"),
        ("de", "Anna Fink vor 5 Minuten", "Anna Fink"),
        ("es", "Lola Río hace 2 horas", "Lola Río"),
        ("fr", "Claire Martin il y a 3 heures", "Claire Martin"),
    ],
)
def test_names_with_a_relative_date_on_their_line(code: str, line: str, name: str) -> None:
    """A line of bare names ending with a relative date ("2 hours ago") is a dated byline,
    as the same names over a date line are; the relative date is no part of the name."""
    article = newsparse.parse_article(page(HEADLINES[code], line, *BODIES[code]), language=code)
    assert article.byline is not None
    assert article.byline.authors == (name,)
    assert article.byline.text == line


def test_a_heading_ending_in_a_relative_word_is_no_byline() -> None:
    """A relative-date word without a number is rather a word of a heading ("... vor", the
    particle of a German verb): its capitalised words are no names."""
    line = "Haferflocken beugen Entzündungen vor"
    article = newsparse.parse_article(page(HEADLINES["de"], line, *BODIES["de"]), language="de")
    assert names_nobody(article)


@pytest.mark.parametrize(
    ("prefix", "listed", "authors", "body"),
    [
        (
            "By",
            ["Ann Lee 1,", "Kai Lum,", "Eva Roth &", "…", "Tom Berg"],
            ("Ann Lee", "Kai Lum", "Eva Roth", "Tom Berg"),
            EN,
        ),
        (
            "Von",
            ["Anna Fink,", "Jonas Weber &", "Miriam Schulz"],
            ("Anna Fink", "Jonas Weber", "Miriam Schulz"),
            DE,
        ),
    ],
)
def test_names_listed_one_to_a_line_under_a_lone_prefix(
    prefix: str, listed: list[str], authors: tuple[str, ...], body: list[str]
) -> None:
    """Regression: under a lone prefix ("By"), names listed one to a line, each but the
    last ending with a comma, an ampersand or an ellipsis (and an affiliation's number),
    gave the first name only."""
    text = "\n\n".join(
        [
            "Harbour news | The Ledger",
            "Harbour news",
            "A summary of the day on the water, in one sentence for the readers.",
            "\n".join([prefix, *listed]),
            "Show authors",
            *body,
        ]
    )
    article = newsparse.parse_article(text)
    assert article.byline is not None
    assert article.byline.authors == authors


@pytest.mark.parametrize(
    ("code", "name", "after"),
    [
        ("en", "Mira Kessler", "Back to News"),
        ("de", "Hanne Vogtland", "Zurück zur Übersicht"),
        ("fr", "Hélène Morel", "Retour à l'accueil"),
        ("es", "Marta Gil", "Volver al inicio"),
    ],
)
def test_a_full_name_alone_under_the_last_paragraph_signs_the_article(
    code: str, name: str, after: str
) -> None:
    """On a page with no byline elsewhere, one full name on its own line right under the
    article's last paragraph, with the page's chrome after it, is the writer's signature."""
    text = page(HEADLINES[code], *BODIES[code], name, after, "Facebook\nTwitter")
    byline = newsparse.parse_article(text, language=code).byline
    assert byline is not None
    assert byline.authors == (name,)


@pytest.mark.parametrize(
    ("lines", "why"),
    [
        (["Further Links", "Port authority", "Weather service", "Ferry timetable"], "a list"),
        (["External links", "Harbour office website"], "a related heading"),
        (["Harbour Master", "Back to News"], "words of the article"),
    ],
)
def test_lines_under_the_last_paragraph_that_are_no_signature(lines: list[str], why: str) -> None:
    """A heading over a list, a heading of links and a name the article writes about are no
    signature."""
    body = [*EN[:-1], EN[-1] + " The harbour master said boats may return on Monday."]
    text = page(HEADLINES["en"], *body, *lines)
    assert names_nobody(newsparse.parse_article(text, language="en")), why


def test_a_signature_does_not_replace_a_byline() -> None:
    text = page(HEADLINES["en"], "By Ruth Ellis", *EN, "Mira Kessler", "Back to News")
    byline = newsparse.parse_article(text, language="en").byline
    assert byline is not None
    assert byline.authors == ("Ruth Ellis",)


def test_a_date_line_just_outside_the_window_still_dates_bare_names() -> None:
    """Regression: bare names at the window's first line, with their date line right above
    it (one line outside the window), gained nothing from the date and were passed over
    for a byline of the date alone. The date line beside the names is evidence wherever
    the window starts."""
    text = page("Ferry service resumes | Lake News", "19.10.2019, 18:56", "Mira Kessler", *EN)
    blocks = text_blocks(text)
    lake = Page.new(blocks, lexicon_for(("en",)), ParseOptions())
    vocabulary = _Vocabulary(lake)
    inside = _evidence(lake, 2, _Window(1, 6, 3, None, 10), vocabulary)
    outside = _evidence(lake, 2, _Window(2, 6, 3, None, 10), vocabulary)
    assert inside is not None
    assert outside is not None
    assert outside[0] == inside[0]


@pytest.mark.parametrize(
    ("code", "above", "entries", "listed"),
    [
        ("en", "Related Topics", ("Ruth Ellis,", "Harbour Board,", "Sam Okafor"), True),
        ("de", "Themen", ("Anna Fink,", "Stadtrat Nord,", "Jan Pellner"), True),
        # a date over the names: no heading of a list
        ("en", "May 3, 2024", ("Ruth Ellis,", "Harbour Board,", "Sam Okafor"), False),
        ("de", "3. Mai 2024", ("Anna Fink,", "Stadtrat Nord,", "Jan Pellner"), False),
    ],
)
def test_first_entry_under_a_nav_heading_is_in_a_list(
    code: str, above: str, entries: tuple[str, ...], listed: bool
) -> None:
    """The first line under a heading that is only a nav phrase ("Related Topics"), with
    another entry under it, opens a list of links: its name is a topic, not an author."""
    text = page(HEADLINES[code], above, *entries, *BODIES[code])
    built = Page.new(text_blocks(text), lexicon_for((code,)), ParseOptions())
    assert _in_list(built, 2) is listed


@pytest.mark.parametrize(
    ("code", "credit", "more", "authors"),
    [
        ("en", "By Ruth on May 3, 2024", "More from Ruth Ellis", ("Ruth Ellis",)),
        ("de", "Von Jonas am 3. Mai 2024", "Mehr von Jonas Weber →", ("Jonas Weber",)),
        ("es", "Por Marta el 3 de mayo de 2024", "Más de Marta Gil", ("Marta Gil",)),
        # the line names someone else, or no full name: the single name stays
        ("en", "By Ruth on May 3, 2024", "More from Harbour News", ("Ruth",)),
        ("de", "Von Jonas am 3. Mai 2024", "Mehr von Jonas", ("Jonas",)),
        # an agency or a newsroom is no first name
        ("en", "By Staff on May 3, 2024", "More from Staff Picks", ("Staff",)),
        ("en", "By AFP on May 3, 2024", "More from AFP Photos", ("AFP",)),
        ("de", "Von Redaktion am 3. Mai 2024", "Mehr von Redaktion Nord", ("Redaktion",)),
    ],
)
def test_a_single_name_completed_by_the_line_of_the_authors_other_articles(
    code: str, credit: str, more: str, authors: tuple[str, ...]
) -> None:
    """A byline that gives the author's first name only takes the full name from the line
    that links the author's other articles ("More from Ruth Ellis"), wherever it stands."""
    text = page(HEADLINES[code], credit, *BODIES[code], "Menu", more, "Contact")
    byline = newsparse.parse_article(text, language=code).byline
    assert byline is not None
    assert byline.authors == authors


@pytest.mark.parametrize(
    ("code", "credit", "authors"),
    [
        ("en", "By Staff and wire reports", ("Staff and wire reports",)),
        ("es", "Por Redacción y agencias", ("Redacción y agencias",)),
        # names of people joined: split as ever
        ("en", "By Ruth Ellis and Sam Okafor", ("Ruth Ellis", "Sam Okafor")),
        ("es", "Por Marta Gil y Luis Ortega", ("Marta Gil", "Luis Ortega")),
    ],
)
def test_a_newsroom_credit_holding_a_joiner_is_read_whole(
    code: str, credit: str, authors: tuple[str, ...]
) -> None:
    """A newsroom's credit that holds a joiner ("Staff and wire reports") names one author,
    not a newsroom and a few lower-case words."""
    assert _authors(code, credit) == authors


@pytest.mark.parametrize(
    ("code", "lines", "authors", "published"),
    [
        (
            "en",
            ["Topics", "Harbour", "Storms", "By Ruth", "May 3, 2024 4:06 PM", "Related"],
            ("Ruth",),
            "2024-05-03T16:06",
        ),
        (
            "de",
            ["Themen", "Radweg", "Verkehr", "von Jonas", "21.03.2020 09:14 Uhr", "Mehr zum Thema"],
            ("Jonas",),
            "2020-03-21T09:14",
        ),
        # no date line under the credit: an entry of the list like the others
        ("en", ["Topics", "Harbour", "Storms", "By Ruth", "Related"], (), None),
        ("de", ["Themen", "Radweg", "Verkehr", "von Jonas", "Mehr zum Thema"], (), None),
    ],
)
def test_a_dated_credit_under_the_article_is_no_entry_of_a_list(
    code: str, lines: list[str], authors: tuple[str, ...], published: str | None
) -> None:
    """Under the article, a short line that opens with a byline prefix and has a date line
    right under it ("von Jonas" / "21.03.2020 09:14 Uhr") is the byline, even where the
    lines around it make a list of topics."""
    text = page(HEADLINES[code], *BODIES[code], *lines, "Contact")
    byline = newsparse.parse_article(text, language=code).byline
    if not authors:
        assert byline is None or byline.authors == ()
        return
    assert byline is not None
    assert (byline.authors, byline.published) == (authors, published)


@pytest.mark.parametrize(
    ("code", "lines", "authors"),
    [
        (
            "en",
            [
                "Ruth Ellis, Staff Attorney, Westfield Legal Aid",
                "& Sam Okafor, Director of Outreach, Northgate Tenants League",
                "May 3, 2024 | 4:06 PM",
            ],
            ("Ruth Ellis", "Sam Okafor"),
        ),
        ("en", ["Ruth Ellis, Reporter, Westfield Legal Aid", "May 3, 2024"], ("Ruth Ellis",)),
        (
            "de",
            [
                "Jonas Weber, Redakteur, Stadtanzeiger Nord",
                "& Lena Brandt, Korrespondentin, Rheinkurier Verlag",
                "21.03.2020 09:14 Uhr",
            ],
            ("Jonas Weber", "Lena Brandt"),
        ),
        (
            "fr",
            [
                "Claire Dubois, Journaliste, Gazette du Port",
                "& Marc Lenoir, Correspondant, Radio Littoral",
                "3 mai 2024 à 16h06",
            ],
            ("Claire Dubois", "Marc Lenoir"),
        ),
        # a joiner word, not a comma, after the role: another author follows
        (
            "en",
            ["Ruth Ellis, Reporter and Sam Okafor", "May 3, 2024"],
            ("Ruth Ellis", "Sam Okafor"),
        ),
        (
            "de",
            ["Jonas Weber, Redakteur und Lena Brandt", "21.03.2020"],
            ("Jonas Weber", "Lena Brandt"),
        ),
    ],
)
def test_the_body_after_an_authors_role_is_no_author(
    code: str, lines: list[str], authors: tuple[str, ...]
) -> None:
    """In "name, role, organisation" the part after the role, set off by a comma, says where
    the role is held; the names alone are the authors, also over two lines joined by "&"."""
    assert _authors(code, *lines) == authors


@pytest.mark.parametrize(
    ("code", "credit", "authors"),
    [
        ("en", "(AP)", ("AP",)),
        ("de", "(dpa)", ("dpa",)),
        ("de", "(HZ mit dpa)", ("HZ", "dpa")),
        ("fr", "(AFP)", ("AFP",)),
        # no agency in the brackets: an aside, not a credit
        ("en", "(Ruth Ellis)", ()),
        ("de", "(siehe Seite 3)", ()),
    ],
)
def test_an_agency_in_brackets_closing_the_article_credits_it(
    code: str, credit: str, authors: tuple[str, ...]
) -> None:
    """On a page that names no author, the agency credited in brackets at the end of the
    article's last paragraph ("... (dpa)", with a newsroom's short sign: "(HZ mit dpa)")
    is the byline's author. The paragraph is long: a short one ending in "(AP)" is rather
    a picture's caption."""
    last = " ".join(BODIES[code])
    text = page(HEADLINES[code], *BODIES[code][:2], f"{last} {credit}", "Contact")
    byline = newsparse.parse_article(text, language=code).byline
    assert (byline.authors if byline is not None else ()) == authors


def test_an_agency_in_brackets_gives_way_to_a_byline() -> None:
    """The bracketed agency under the article is no author where a byline names one."""
    last = " ".join(BODIES["en"])
    text = page(HEADLINES["en"], "By Ruth Ellis", *BODIES["en"][:2], f"{last} (AP)")
    byline = newsparse.parse_article(text, language="en").byline
    assert byline is not None
    assert byline.authors == ("Ruth Ellis",)


@pytest.mark.parametrize(
    ("code", "lines", "authors"),
    [
        ("en", ["Ruth Ellis Political Correspondent", "May 3, 2024"], ("Ruth Ellis",)),
        ("en", ["By", "Sam Okafor Lifestyle Writer", "14:05, 3 May 2024"], ("Sam Okafor",)),
        ("en", ["May 3, 2024 - 16:06", "Ruth Ellis Parliamentary editor"], ("Ruth Ellis",)),
        ("en", ["By Senior Correspondent Sam Okafor", "May 3, 2024"], ("Sam Okafor",)),
        ("de", ["Von Jonas Weber Leitender Redakteur", "21.03.2020"], ("Jonas Weber",)),
        # a name of two words keeps its second word, a qualifier or not
        ("en", ["By Ruth Sport, Reporter", "May 3, 2024"], ("Ruth Sport",)),
        # no qualifier: a name of three words stays whole
        ("en", ["By Ruth Anne Ellis, Senior Writer", "May 3, 2024"], ("Ruth Anne Ellis",)),
    ],
)
def test_the_words_that_qualify_a_role_go_with_it(
    code: str, lines: list[str], authors: tuple[str, ...]
) -> None:
    """The lexicon's role qualifiers ("Political", "Leitender") right before a role belong
    to the role, not to the name before them; before the role at the credit's start too."""
    assert _authors(code, *lines) == authors


@pytest.mark.parametrize(
    ("code", "lines", "authors"),
    [
        # a month before the day and time, a date read without a year
        ("en", ["By Ruth Ellis June 9 at 10:41 AM"], ("Ruth Ellis",)),
        ("en", ["By Ruth May 18 at 12:22 PM"], ("Ruth May",)),
        # the author's follow button after the name
        ("en", ["By Sam Okafor Follow", "May 3, 2024"], ("Sam Okafor",)),
        # a picture's credit run on after the name
        ("de", ["21.03.2020 14:30 von Lena Symbolbild dpa"], ("Lena",)),
        ("en", ["By Ruth Ellis Photo Sam Okafor", "May 3, 2024"], ("Ruth Ellis",)),
        # a profession before the name
        ("de", ["Autor: Rechtsanwalt Jonas Weber"], ("Jonas Weber",)),
        ("de", ["Gepostet von Lena Brandt", "21.03.2020"], ("Lena Brandt",)),
        # a line describing the author under the name
        (
            "de",
            ["Jonas Weber", "Mitglied der Stadtanzeiger-Redaktion", "21.03.2020"],
            ("Jonas Weber",),
        ),
    ],
)
def test_words_glued_to_a_name_are_cut_off(
    code: str, lines: list[str], authors: tuple[str, ...]
) -> None:
    """A month's name, a button, a caption marker or a profession beside a name is no part
    of it."""
    assert _authors(code, *lines) == authors


def test_names_with_roles_in_a_list_of_signatories_are_no_byline() -> None:
    """Under a short open letter, the signatories listed with their roles ("Ann Lee,
    writer") are entries of a list, not the byline: the date line above stays the byline."""
    signatories = [
        "Ruth Ellis",
        "Sam Okafor, Harbour College",
        "Mia Brandt, historian",
        "Tom Reyes, writer",
        "Lena Ortiz, Westfield University",
        "Kai Lund, poet",
        "Ida Novak",
    ]
    text = page(HEADLINES["en"], "May 3, 2024", *BODIES["en"], *signatories, "Contact us")
    byline = newsparse.parse_article(text, language="en").byline
    assert byline is not None
    assert (byline.authors, byline.published) == ((), "2024-05-03")


def test_links_and_box_headings_under_a_byline_are_no_names() -> None:
    """A live-stream link and the heading of a key-points box right under the byline are
    menu words of the lexicon, not more authors (nor the only ones)."""
    lines = ["Published Fri, May 3 2024 4:06 PM EDT", "Ruth Ellis @RuthEllis", "WATCH LIVE"]
    assert _authors("en", *lines, "Key Points") == ("Ruth Ellis",)


@pytest.mark.parametrize(
    ("code", "title", "lines", "authors"),
    [
        (
            "en",
            "Storm closes the harbour to small boats | The Harbour Times",
            ["Ruth Ellis The Harbour Times", "Tue, 26 March 2024 9:27PM"],
            ("Ruth Ellis",),
        ),
        (
            "de",
            "Neuer Radweg zur Universität freigegeben - Stadtbote Nord",
            ["Veröffentlicht am 03.02.2024 von Lena Brandt Stadtbote Nord"],
            ("Lena Brandt",),
        ),
        # one word left: the site is named after its author, or a newsroom with its name
        (
            "de",
            "Neuer Radweg zur Universität freigegeben - Brandt",
            ["Veröffentlicht am 03.02.2024 von Lena Brandt"],
            ("Lena Brandt",),
        ),
    ],
)
def test_the_sites_name_after_a_persons_name_is_no_part_of_it(
    code: str, title: str, lines: list[str], authors: tuple[str, ...]
) -> None:
    """The site's name, as the title line gives it, printed right after the author's name
    belongs to the publication; a name left with one word keeps it."""
    text = page(title, "Home", "Politik" if code == "de" else "Politics", HEADLINES[code])
    text += page(*lines, *BODIES[code])
    byline = newsparse.parse_article(text, language=code).byline
    assert byline is not None
    assert byline.authors == authors


# A long last paragraph of an article, the notes under it and the next story of the page:
# the article region runs on past the writer's signature.
_RUN_ON = {
    "en": (
        [
            *EN,
            "The coastguard will review the closure on Sunday evening, and the harbour office "
            "has asked owners to check their moorings twice a day until then. Fishermen who "
            "lost gear in the night may claim a grant from the town, which set aside a fund "
            "for repairs last winter. The ferry company said that tickets for cancelled "
            "crossings will be refunded in full, and that extra boats will run on Monday "
            "to carry the passengers who were stranded on the islands this week.",
        ],
        "Mira Kessler",
        [
            "(1) The wind figures come from the weather station on the pier, which records "
            "the speed of the gusts every ten minutes and publishes them on its own page.",
            "Summer timetable for the islands",
            "The first summer crossings will leave the harbour at six in the morning from "
            "the first of June, and the last boat will return shortly before midnight.",
            "Bicycles travel free on every crossing, but places on the deck are limited and "
            "must be booked at the harbour office a day ahead of the trip.",
        ],
    ),
    "de": (
        [
            *DE,
            "Die Stadt will die Strecke im Herbst noch einmal prüfen lassen und hat die "
            "Anwohner gebeten, Schäden am Belag direkt beim Bauamt zu melden. Wer sein Rad "
            "bisher an der alten Brücke abgestellt hat, findet neue Bügel vor dem Eingang der "
            "Bibliothek, die Stellplätze sind überdacht und beleuchtet. Bis zum Winter sollen "
            "entlang des Weges außerdem zwanzig neue Bäume gepflanzt werden, die im Sommer "
            "Schatten spenden und den Lärm der nahen Straße etwas dämpfen sollen.",
        ],
        "Hanne Vogtland",
        [
            "(1) Die Zahlen zum Verkehr stammen aus den Zählungen des Bauamts, das an drei "
            "Stellen der Strecke jede Woche die Räder und die Fußgänger zählen lässt.",
            "Neue Fahrpläne für die Buslinien",
            "Ab dem ersten Juni fahren die Busse zwischen Bahnhof und Klinikum alle zehn "
            "Minuten, am Wochenende bleibt es beim Takt von einer halben Stunde.",
            "Die Haltestellen am Markt werden dafür im Mai für zwei Wochen verlegt, die "
            "Ersatzhaltestellen stehen an der Ecke zur Post.",
        ],
    ),
    "fr": (
        [
            *FR,
            "La mairie fera le point sur le chantier à la fin du mois, et les commerçants du "
            "quartier ont été invités à signaler les problèmes de livraison au service de la "
            "voirie. Les habitants qui garaient leur voiture devant les halles trouveront des "
            "places dans la rue voisine, gratuites le samedi matin. Un marché de nuit est "
            "aussi prévu pour le mois de juillet, avec des producteurs venus de toute la "
            "région et des concerts sur la place jusqu’à minuit chaque vendredi.",
        ],
        "Hélène Morel",
        [
            "(1) Les chiffres de fréquentation viennent des comptages de la mairie, qui compte "
            "chaque semaine les visiteurs aux trois entrées du bâtiment depuis le printemps.",
            "Les horaires d’été des bibliothèques",
            "À partir du premier juin, les bibliothèques du centre ouvriront dès huit heures "
            "et fermeront à vingt heures, y compris le samedi et pendant les vacances.",
            "Les prêts pourront être prolongés en ligne pendant tout l’été, sans frais, et "
            "les retours se feront aussi dans la boîte placée devant l’entrée.",
        ],
    ),
}


@pytest.mark.parametrize("code", ["en", "de", "fr"])
def test_a_signature_under_the_article_where_the_region_runs_on(code: str) -> None:
    """Regression: the article region ran on past the writer's signature (its notes and the
    next story of the page), so the name stood deep in it and was not taken. A full name
    alone under a long paragraph of running text, whose words no other line of the page
    writes, signs the article there too."""
    above, name, after = _RUN_ON[code]
    text = page(HEADLINES[code], *above, name, *after)
    article = newsparse.parse_article(text, language=code)
    assert article.byline is not None
    assert article.byline.authors == (name,)


@pytest.mark.parametrize(
    ("heading", "why"),
    [
        ("Ostend Ferries", "a heading whose words the text under it writes"),
        ("Lundy Crossings", "a heading under a short paragraph"),
    ],
)
def test_headings_deep_in_the_article_are_no_signature(heading: str, why: str) -> None:
    """A short capitalised line deep in the article region is a heading, not a signature,
    when its words come back in the text or the paragraph over it is short."""
    above, _, after = _RUN_ON["en"]
    if why.endswith("short paragraph"):
        above = [
            *above,
            "Boats may leave again from Monday morning, the office said in a short note "
            "to the owners.",
        ]
    else:
        after = [*after, "Ostend Ferries will add a second boat on the route in July."]
    text = page(HEADLINES["en"], *above, heading, *after)
    assert names_nobody(newsparse.parse_article(text, language="en")), why


@pytest.mark.parametrize(
    ("code", "shown", "credit", "sentence"),
    [
        (
            "en",
            "Tomas Brenner",
            "Photo: Sam Okafor",
            "Tomas Brenner, who sails the ferry to the islands, waited on the quay all day.",
        ),
        (
            "de",
            "Greta Holmsen",
            "Foto: Jan Pellner",
            "Greta Holmsen fährt seit zehn Jahren mit dem Rad jeden Tag zur Universität.",
        ),
        (
            "es",
            "Marta Olivares",
            "Foto: Andrés Soto",
            "Marta Olivares, guía del museo, enseñará las nuevas salas a los colegios.",
        ),
    ],
)
def test_names_over_a_photo_credit_that_the_article_writes_are_no_byline(
    code: str, shown: str, credit: str, sentence: str
) -> None:
    """Regression: a bare name right over a photo credit was taken for the byline when no
    other line named anyone, though the article's sentences write that name: the person
    the photo shows, not the writer."""
    lead, *rest = BODIES[code]
    title = f"{HEADLINES[code]} | Harbour News"
    lines = [title, "03.05.2024", HEADLINES[code], shown, credit, lead, sentence, *rest]
    assert names_nobody(newsparse.parse_article(page(*lines), language=code))


_LINKS = [f"Link {k}: https://example.org/{k}" for k in range(1, 15)]


@pytest.mark.parametrize(
    ("code", "meta", "authors"),
    [
        ("de", "am 3. Mai 2024 von Anna Fink in Allgemein", ("Anna Fink",)),
        ("en", "Posted on May 3, 2024 by Ann Lee in News", ("Ann Lee",)),
        ("fr", "Publié le 3 mai 2024 par Claire Martin", ("Claire Martin",)),
    ],
)
def test_byline_under_the_first_copy_of_the_headline(
    code: str, meta: str, authors: tuple[str, ...]
) -> None:
    """Regression: a page that prints the headline twice (its header, then a list of
    links and the headline again over the text) has its byline under the first copy,
    far above the article; it was not looked for there."""
    head = HEADLINES[code]
    text = page(f"{head} | Harbour Notes", head, meta, *_LINKS, head, *BODIES[code])
    byline = newsparse.parse_article(text, language=code).byline
    assert byline is not None
    assert byline.authors == authors
    assert byline.text == meta


def test_bare_names_under_a_teasers_copy_of_the_headline_are_no_byline() -> None:
    """Under a first copy of the headline, only a line with a byline's evidence counts:
    a teaser there (the headline, its age, a section, the next teaser's title) is not."""
    head = HEADLINES["de"]
    teaser = [head, "vor 11 Monaten", "Musik", "Lena Vogtberg", "23. Januar 2019"]
    text = page(f"{head} | Harbour Notes", *teaser, *_LINKS, head, *BODIES["de"])
    assert names_nobody(newsparse.parse_article(text, language="de"))


@pytest.mark.parametrize(
    ("code", "standfirst", "name", "mail"),
    [
        (
            "en",
            "Ferries stay in port until the wind eases, says the harbour office",
            "Tomas Brenner",
            "t.brenner@harbour-notes.example",
        ),
        (
            "de",
            "Vier Kilometer ohne Autos, sagt das Bauamt der Stadt",
            "Greta Holmsen",
            "greta.holmsen@radweg.example",
        ),
        (
            "es",
            "Las salas abrirán también los lunes por la tarde, dice la directora",
            "Marta Olivares",
            "molivares@museo.example",
        ),
    ],
)
def test_a_name_over_its_mail_address_is_a_byline(
    code: str, standfirst: str, name: str, mail: str
) -> None:
    """Regression: a full name over an e-mail address alone on its line (the writer's
    contact) and a date line, under the first copy of the headline and its standfirst,
    had too little evidence to be taken: the address under the name is the evidence of
    a byline."""
    head = HEADLINES[code]
    header = [head, standfirst, "local", name, mail, "03.05.2024, 05:45"]
    text = page(f"{head} | Harbour Notes", *header, *_LINKS, head, *BODIES[code])
    byline = newsparse.parse_article(text, language=code).byline
    assert byline is not None
    assert byline.authors == (name,)


@pytest.mark.parametrize(
    ("code", "clause", "byline", "author"),
    [
        ("fr", "Paul Verlaine, peu estimé par Jean Marais", "Par Claire Martin", "Claire Martin"),
        ("en", "Tom Hardy, long admired by Ruth Ellis", "By Lee Kim", "Lee Kim"),
        ("de", "Karl Brenner, lange bewundert von Greta Holm", "Von Anna Fink", "Anna Fink"),
    ],
)
def test_a_clause_about_a_named_person_is_no_byline(
    code: str, clause: str, byline: str, author: str
) -> None:
    """Regression: a line that names someone and says something of them ("Ann Lee, little
    liked by Kai Lum"), over the byline, gave the person after "by" as an author too: the
    word is part of the clause, not a label before a credit."""
    text = page(HEADLINES[code], clause, byline, *BODIES[code])
    article = newsparse.parse_article(text, language=code)
    assert article.byline is not None
    assert article.byline.authors == (author,)


@pytest.mark.parametrize(
    ("code", "line", "author"),
    [
        ("de", "Montag, den 3. Mai 2024 von Anna Fink", "Anna Fink"),
        ("en", "Last Updated Monday, the 3rd by Ann Lee", "Ann Lee"),
        ("fr", "Lundi, le 3 mai 2024 par Claire Martin", "Claire Martin"),
    ],
)
def test_a_weekday_and_a_comma_before_the_prefix_open_a_date(
    code: str, line: str, author: str
) -> None:
    """A weekday (or a date marker) and a comma before "by" open the line's date, not a
    clause about a person: the names after the prefix are the byline's."""
    assert _authors(code, line) == (author,)


@pytest.mark.parametrize(
    ("code", "line", "author"),
    [
        ("de", "Online-Redakteurin Anna Fink", "Anna Fink"),
        ("de", "Von Finanz-Expertin Greta Holmsen", "Greta Holmsen"),
        ("en", "By Co-Editor Ann Lee", "Ann Lee"),
    ],
)
def test_a_compound_role_before_the_name_is_no_part_of_it(
    code: str, line: str, author: str
) -> None:
    """Regression: a role written as the last part of a compound word before the name
    ("Online-Redakteurin Ann Lee") was taken into the name, or took the name with it: the
    whole compound word is the role."""
    assert _authors(code, line) == (author,)


@pytest.mark.parametrize(
    ("code", "credit", "authors"),
    [
        ("de", "(Greta Holmsen aus Graz, Jonas Weber, 7.5.2024)", ("Greta Holmsen", "Jonas Weber")),
        ("en", "(Ruth Ellis, Lee Kim, 3 May 2024)", ("Ruth Ellis", "Lee Kim")),
        ("fr", "(Claire Martin, 3 mai 2024)", ("Claire Martin",)),
    ],
)
def test_a_dated_credit_in_brackets_closing_the_article_signs_it(
    code: str, credit: str, authors: tuple[str, ...]
) -> None:
    """Regression: the writers credited in brackets with the date at the end of the last
    paragraph ("... said. (Ann Lee, Kai Lum, 7.5.2024)") were not read: only an agency's
    credit there was ("(dpa)")."""
    *rest, last = BODIES[code]
    text = page(HEADLINES[code], *rest, f"{last} {credit}")
    byline = newsparse.parse_article(text, language=code).byline
    assert byline is not None
    assert byline.authors == authors
    assert byline.text == credit


@pytest.mark.parametrize(
    "credit", ["(Ruth Ellis, Lee Kim)", "(Photo: Ruth Ellis, 3 May 2024)", "(Harbour, 3 May 2024)"]
)
def test_brackets_closing_the_article_without_a_date_or_full_names_sign_nothing(
    credit: str,
) -> None:
    """Names in brackets without a date (what a photo shows, a note) and a date with a
    place or a photo's credit are no signature."""
    *rest, last = EN
    text = page(HEADLINES["en"], *rest, f"{last} {credit}")
    assert names_nobody(newsparse.parse_article(text, language="en"))


@pytest.mark.parametrize(
    ("code", "line", "authors"),
    [
        # an editor's or a translator's credit names no writer
        ("en", "Written by Ann Lee Edited by Kai Lum", ("Ann Lee",)),
        ("en", "By Ann Lee | Edited by Kai Lum", ("Ann Lee",)),
        ("en", "By Ann Lee Translated by Kai Lum", ("Ann Lee",)),
        ("de", "Von Anna Fink Text: Jonas Weber", ("Anna Fink", "Jonas Weber")),
        # a lower-case "von" inside the names opens no credit
        ("de", "Von Greta von Aalen", ("Greta von Aalen",)),
        ("de", "Von Anna Fink, Greta von Aalen", ("Anna Fink", "Greta von Aalen")),
    ],
)
def test_a_second_credit_on_the_line_is_read_apart(
    code: str, line: str, authors: tuple[str, ...]
) -> None:
    """Regression: a second credit run on after the first names ("Written by Ann Lee
    Edited by Kai Lum") was glued to them ("Ann Lee Edited"): each credit is read apart,
    as when a bar parts them, and one for other work than the writing names no author."""
    assert _authors(code, line) == authors


def test_an_editors_credit_after_the_writer_is_not_glued_to_the_name() -> None:
    """Regression: in Chinese, the editor's credit after the reporter's ("作者：记者李娜
    编辑：张伟") was read as one name with the role inside it."""
    authors = _authors("zh", "作者： 记者李娜 编辑： 张伟")
    assert authors[0] == "李娜"
    assert not any("编辑" in name for name in authors)


def test_an_editors_credit_on_the_next_line_names_no_author() -> None:
    """A credit for other work than the writing stays out of the authors on a line of its
    own under the writer's credit too."""
    assert _authors("en", "Written by Ann Lee", "Edited by Kai Lum") == ("Ann Lee",)


_EMBEDDED_POSTS = {
    "en": (
        "Monday, March 11, 2024, 10:15",
        "Posted by Harbour Council on Monday, March 11, 2024",
        "Posted by Kaito Lumley on Sunday, March 10, 2024",
        "We are asking every boat owner to check their moorings tonight, the forecast is "
        "worse than expected and the harbour will stay closed until Saturday.",
    ),
    "de": (
        "Montag, 11.03.2024, 10:15 Uhr",
        "Geschrieben von Stadt Lindenau am 11.03.2024",
        "Geschrieben von Edeltraud Bergmann am 10.03.2024",
        "Der neue Radweg ist offen! Wir sind gespannt auf jede Rückmeldung und sammeln bis "
        "Ende des Monats Hinweise zu gefährlichen Stellen auf der Strecke.",
    ),
}


@pytest.mark.parametrize("code", sorted(_EMBEDDED_POSTS))
def test_the_headers_of_posts_embedded_in_the_article_are_no_byline(code: str) -> None:
    """Social posts set between the article's paragraphs each carry a credit of the same
    shape ("Posted by <page> on <date>"): the article's byline stands once, so such
    credits, with a post's text between them, name no author of the article and give no
    date of it."""
    stamp, first_post, second_post, post_text = _EMBEDDED_POSTS[code]
    first, second, third = BODIES[code][:3]
    text = page(
        HEADLINES[code],
        stamp,
        first,
        second,
        first_post,
        post_text,
        second_post,
        post_text + " " + post_text,
        third,
    )
    article = newsparse.parse_article(text, language=code)
    assert article.byline is None or article.byline.authors == ()
    assert article.published == "2024-03-11T10:15"


@pytest.mark.parametrize(
    ("code", "box", "authors"),
    [
        ("en", ("Ruth Ellis", "More from Ruth Ellis"), ("Ruth Ellis",)),
        ("en", ("Ruth Ellis", "View all posts by Ruth Ellis"), ("Ruth Ellis",)),
        ("de", ("Jonas Weber", "Alles von Jonas Weber"), ("Jonas Weber",)),
        ("de", ("Jonas Weber", "Alle Beiträge von Jonas Weber →"), ("Jonas Weber",)),
        ("es", ("Marta Gil", "Más de Marta Gil"), ("Marta Gil",)),
        # the name at the head of a short biography a few lines over a link that gives
        # its first word
        (
            "en",
            (
                "Ruth Ellis – sailor, cook and harbour reporter since 2009.",
                "Instagram: ruth.sails",
                "More from Ruth →",
            ),
            ("Ruth Ellis",),
        ),
        (
            "de",
            (
                "Jonas Weber - Radfahrer und Lokalreporter aus dem Norden.",
                "Website: www.example.org",
                "Mehr Artikel von Jonas →",
            ),
            ("Jonas Weber",),
        ),
        # a credit for other work, another name, or the name alone: no author's box
        ("en", ("Ruth Ellis", "Verified by Ruth Ellis"), None),
        ("en", ("Ruth Ellis", "More from Sam Okafor"), None),
        ("de", ("Jonas Weber", "Impressum"), None),
        ("en", ("Ruth Ellis – sailor and cook.", "More from Sam →"), None),
    ],
)
def test_a_name_over_the_link_to_its_other_articles_is_the_author(
    code: str, box: tuple[str, ...], authors: tuple[str, ...] | None
) -> None:
    """A full name at the head of its line a few lines over the line that links that
    person's other articles ("Ruth Ellis" / "More from Ruth Ellis", or from "Ruth") is the
    author's box: the byline of a page that names its author nowhere else, wherever the
    box stands."""
    text = page(HEADLINES[code], *BODIES[code], "Share", *box, "Contact")
    byline = newsparse.parse_article(text, language=code).byline
    assert (None if byline is None else byline.authors) == authors


def test_the_sites_own_name_over_the_link_to_its_stories_is_no_author() -> None:
    """The site's own name over the link to its other stories ("Harbour Times" / "More
    from Harbour Times") names the publication, not a writer."""
    headline = HEADLINES["en"]
    text = page(
        f"{headline} | Harbour Times",
        headline,
        *BODIES["en"],
        "Share",
        "Harbour Times",
        "More from Harbour Times",
        "Contact",
    )
    assert newsparse.parse_article(text, language="en").byline is None


@pytest.mark.parametrize(
    ("code", "credit", "owner", "authors"),
    [
        (
            "en",
            "Posted by RE in News",
            "This blog by Ruth Ellis is licensed under a free licence.",
            ("Ruth Ellis",),
        ),
        (
            "de",
            "Veröffentlicht von JW",
            "Ein Blog von Jonas Weber steht unter einer freien Lizenz.",
            ("Jonas Weber",),
        ),
        ("fr", "Publié par MD", "Un blog par Marie Dubois, sous licence libre.", ("Marie Dubois",)),
        # a longer name, a photo's credit, other initials: the initials stay
        ("en", "Posted by RE in News", "This blog by Ruth Ellis Smith is free.", ("RE",)),
        ("en", "Posted by RE in News", "Photos by Rita Evans.", ("RE",)),
        ("de", "Veröffentlicht von JW", "Ein Blog von Jana Wolf Berger.", ("JW",)),
        ("en", "Posted by RE in News", "This blog by Sam Okafor is free.", ("RE",)),
    ],
)
def test_initials_are_completed_by_the_line_that_credits_the_owner(
    code: str, credit: str, owner: str, authors: tuple[str, ...]
) -> None:
    """A byline that signs with initials only ("Posted by RE") takes the full name from a
    line that credits a name with those initials after a byline prefix ("This blog by
    Ruth Ellis is licensed ..."): the blog's owner, who signs the posts."""
    text = page(HEADLINES[code], credit, *BODIES[code], "Share", owner)
    byline = newsparse.parse_article(text, language=code).byline
    assert byline is not None
    assert byline.authors == authors


@pytest.mark.parametrize(
    ("code", "box", "authors"),
    [
        ("en", ("About the author", "View all posts", "Ruth", "Ruth sails and cooks."), ("Ruth",)),
        ("en", ("About the author", "Ruth Ellis", "Ruth sails and cooks."), ("Ruth Ellis",)),
        (
            "de",
            ("Über den Autor", "Alle Artikel anzeigen", "Jonas Weber", "Jonas fährt Rad."),
            ("Jonas Weber",),
        ),
        (
            "fr",
            ("À propos de l'auteur", "Marie Dubois", "Marie écrit sur le marché."),
            ("Marie Dubois",),
        ),
        # a press contact's heading, or a biography right under the heading: no name
        ("en", ("Press contact", "Ruth Ellis", "Ruth sails and cooks."), None),
        ("de", ("Pressekontakt", "Jonas Weber", "Jonas fährt Rad."), None),
        ("en", ("About the author", "Ruth sails and cooks in the harbour town.", "Ruth"), None),
    ],
)
def test_the_name_under_the_heading_of_an_authors_box_is_the_author(
    code: str, box: tuple[str, ...], authors: tuple[str, ...] | None
) -> None:
    """The name a few lines under the heading of an author's box ("About the author" /
    "View all posts" / "Ruth") names the author of a page whose byline is nowhere else;
    the heading must speak of the author (a press contact's does not)."""
    text = page(HEADLINES[code], *BODIES[code], "Harbour festival returns", "3 May 2024", *box)
    article = newsparse.parse_article(text, language=code)
    assert (None if article.byline is None else article.byline.authors) == authors
    if article.byline is not None:
        assert article.byline.published is None  # the date over the box is a teaser's


@pytest.mark.parametrize(
    ("code", "date", "credit", "authors"),
    [
        ("en", "Harbourton, May 3, 2024, 10:30", "AFP, Ruth Ellis", ("AFP", "Ruth Ellis")),
        (
            "de",
            "Hafenstadt, 3. Mai 2024, 10:30 Uhr",
            "dpa, Jonas Weber, Lea Roth",
            ("dpa", "Jonas Weber", "Lea Roth"),
        ),
        ("fr", "Port-Joli, 3 mai 2024, 10:30", "AFP, Marie Dubois", ("AFP", "Marie Dubois")),
        # an agency and a photographer joined by a slash: a picture's credit
        ("en", "Harbourton, May 3, 2024, 10:30", "AFP/Ruth Ellis", ()),
        ("de", "Hafenstadt, 3. Mai 2024, 10:30 Uhr", "Foto: dpa, Jonas Weber", ()),
    ],
)
def test_an_agency_and_names_beside_the_date_line_credit_the_story(
    code: str, date: str, credit: str, authors: tuple[str, ...]
) -> None:
    """A line that names a news agency and then writers after a comma ("AFP, Ruth Ellis")
    right under the article's date line credits the story, though the caption rule takes
    a line that opens with an agency for a picture's credit."""
    text = page(HEADLINES[code], BODIES[code][0], date, credit, *BODIES[code][1:])
    byline = newsparse.parse_article(text, language=code).byline
    assert byline is not None
    assert byline.authors == authors


@pytest.mark.parametrize(
    ("code", "handle", "credit", "authors"),
    [
        (
            "en",
            "Submitted by rellis on 3 May 2024 - 10:30",
            "A blog post by Ruth Ellis",
            ("Ruth Ellis",),
        ),
        (
            "de",
            "Gespeichert von jweber am 3. Mai 2024 - 10:30",
            "Ein Beitrag von Jonas Weber",
            ("Jonas Weber",),
        ),
        ("fr", "Publié par mdubois le 3 mai 2024", "Un article de Marie Dubois", ("Marie Dubois",)),
    ],
)
def test_a_writers_credit_in_the_posts_head_wins_over_a_user_name(
    code: str, handle: str, credit: str, authors: tuple[str, ...]
) -> None:
    """A byline signed by a user name only ("Submitted by rellis on 3 May 2024") names the
    account that posted; a credit of full names after a prefix a few lines under it, above
    the first paragraph, names the writer."""
    subtitle = {
        "en": "What the harbour master says",
        "de": "Was die Stadt dazu sagt",
        "fr": "Ce que dit la mairie",
    }[code]
    text = page(HEADLINES[code], handle, subtitle, credit, *BODIES[code])
    byline = newsparse.parse_article(text, language=code).byline
    assert byline is not None
    assert byline.authors == authors
    assert byline.published is not None


@pytest.mark.parametrize("code", ["en", "de"])
def test_a_credit_under_the_first_paragraph_leaves_the_user_name(code: str) -> None:
    """Under the post's first paragraph, a credit is the source's of a story the post takes
    over: the user name that posted it stays the author."""
    handle, credit = {
        "en": ("Submitted by rellis on 3 May 2024 - 10:30", "Interview: Ruth Ellis"),
        "de": ("Gespeichert von jweber am 3. Mai 2024 - 10:30", "Interview: Jonas Weber"),
    }[code]
    text = page(HEADLINES[code], handle, BODIES[code][0], credit, *BODIES[code][1:])
    byline = newsparse.parse_article(text, language=code).byline
    assert byline is not None
    assert byline.authors == (handle.split()[2],)


@pytest.mark.parametrize(
    ("code", "badge", "authors"),
    [
        ("en", "Ruth Ellis Author", ("Ruth Ellis",)),
        ("de", "Jonas Weber Autor", ("Jonas Weber",)),
        ("fr", "Marie Dubois Auteur", ("Marie Dubois",)),
        # a heading in capitals, or one that holds a function word: no name
        ("en", "MORE FROM AUTHOR", None),
        ("en", "More From Author", None),
        ("de", "Mehr vom Autor", None),
    ],
)
def test_a_full_name_with_an_authors_badge_is_the_author(
    code: str, badge: str, authors: tuple[str, ...] | None
) -> None:
    """A full name followed by the word for author ("Ruth Ellis Author"), which a blog's
    theme prints as a badge, credits the name as a prefix would, even under the article
    among its tags and menus."""
    tags = {"en": "Filed under: News", "de": "Abgelegt in: News", "fr": "Classé dans : News"}
    text = page(HEADLINES[code], *BODIES[code], tags[code], badge, "Contact", "Imprint")
    article = newsparse.parse_article(text, language=code)
    assert (None if article.byline is None else article.byline.authors) == authors


@pytest.mark.parametrize(
    ("code", "lines", "author"),
    [
        ("en", ("Leave a comment", "3 May 2024", "Ruth Ellis Author"), "Ruth Ellis"),
        (
            "de",
            ("Kommentare", "3. Mai 2024", "Abgelegt in: News", "Jonas Weber Autor"),
            "Jonas Weber",
        ),
    ],
)
def test_an_authors_badge_among_the_readers_comments_is_the_author(
    code: str, lines: tuple[str, ...], author: str
) -> None:
    """The author's badge counts where the comments rule took the lines under the article
    for readers' comments: the theme prints it by the post's author, whoever writes there."""
    text = page(HEADLINES[code], *BODIES[code], *lines, "Contact", "Imprint")
    article = newsparse.parse_article(text, language=code)
    assert article.byline is not None
    assert article.byline.authors == (author,)


@pytest.mark.parametrize(
    ("code", "note", "authors"),
    [
        (
            "en",
            "Ruth Ellis • The post {} appeared first on Harbour Notes",
            ("Ruth Ellis",),
        ),
        (
            "de",
            "Jonas Weber • Dieser Beitrag {} erschien zuerst im Blog Radweg Notizen",
            ("Jonas Weber",),
        ),
        # a note that names another story, or a name that is not alone in its part
        (
            "en",
            "Ruth Ellis • The post Ferry fares rise again appeared first on Harbour Notes",
            None,
        ),
        ("de", "Mit Jonas Weber • Dieser Beitrag {} erschien zuerst im Blog Radweg Notizen", None),
    ],
)
def test_a_name_before_a_note_that_quotes_the_headline_credits_the_article(
    code: str, note: str, authors: tuple[str, ...] | None
) -> None:
    """A full name alone before a separator and a note that writes the article's headline
    in full ("Ruth Ellis • The post <headline> appeared first on ...") credits this very
    article to that name."""
    headline = HEADLINES[code]
    text = page(headline, BODIES[code][0], note.format(headline), *BODIES[code][1:])
    article = newsparse.parse_article(text, language=code)
    assert (None if article.byline is None else article.byline.authors) == authors


@pytest.mark.parametrize(
    ("code", "box", "authors"),
    [
        ("en", ("Ruth Ellis", "All recipes by the author"), ("Ruth Ellis",)),
        ("de", ("Jonas Weber", "zu allen Texten vom Autor"), ("Jonas Weber",)),
        ("fr", ("Marie Dubois", "Toutes les recettes de cet auteur"), ("Marie Dubois",)),
        # a heading over the box, a role, a single word: no name
        ("en", ("Ruth Ellis", "Contact the author:"), None),
        ("en", ("Harbour", "More from the author"), None),
        ("de", ("Jonas Weber", "Journalist und Autor"), None),
    ],
)
def test_a_full_name_over_the_link_to_the_authors_work_is_the_author(
    code: str, box: tuple[str, ...], authors: tuple[str, ...] | None
) -> None:
    """A full name alone right over a short link that ends with the word for author after
    a function word ("All recipes by the author", "zu allen Texten vom Autor") names the
    author of a page whose byline is nowhere else."""
    text = page(HEADLINES[code], *BODIES[code], "Ingredients", *box, "Contact", "Imprint")
    article = newsparse.parse_article(text, language=code)
    assert (None if article.byline is None else article.byline.authors) == authors
