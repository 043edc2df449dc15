"""The shipped lexicon files: schema, hygiene, coverage, and phrases that do their job.

Every file under ``newsparse/lexicons`` is checked against the schema and for the mistakes a
hand-edited data file invites (duplicates, non-NFC text, a month in two places). The
matching tests go through :func:`newsparse.parse_article` on small pages written here, and
through :func:`newsparse._lexicon.lexicon_for` for single lines.
"""

from __future__ import annotations

import json
import os
import tomllib
import unicodedata
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse import NavKind
from newsparse._lexicon import SCHEMA, available_languages, lexicon_for, load_raw

# The languages the library promises phrase data for ("no" is what language detection
# reports for Norwegian Bokmål).
REQUIRED = frozenset(
    [
        "en",
        "fr",
        "de",
        "es",
        "it",
        "pt",
        "nl",
        "sv",
        "da",
        "nb",
        "no",
        "fi",
        "pl",
        "cs",
        "sk",
        "sl",
        "hr",
        "ro",
        "hu",
        "tr",
        "ru",
        "uk",
        "bg",
        "el",
        "ar",
        "fa",
        "he",
        "hi",
        "bn",
        "zh",
        "ja",
        "ko",
        "vi",
        "id",
    ]
)
SHIPPED = sorted(available_languages())
LANGUAGES = [code for code in SHIPPED if code != "und"]
# Scripts written without spaces between words: the months come from the numeric date forms.
NUMERIC_MONTHS = frozenset({"zh", "ja", "ko"})


def raw_file(code: str) -> dict[str, Any]:
    """The file of *code* as TOML, read without the library's validation."""
    text = resources.files("newsparse").joinpath("lexicons", f"{code}.toml").read_text("utf-8")
    return tomllib.loads(text)


def phrase_lists(data: dict[str, Any]) -> Iterator[tuple[str, list[str]]]:
    """Every list of strings in a lexicon file, with where it stands."""
    for table, keys in SCHEMA.items():
        for key, kind in keys.items():
            value = data[table][key]
            if kind == "list":
                yield f"[{table}] {key}", value
            elif kind == "months":
                for number, forms in enumerate(value, start=1):
                    yield f"[{table}] {key} {number}", forms


def nav_kind_of(code: str, line: str) -> NavKind | None:
    """The kind whose phrases make up *line* or open it (the longest opening wins)."""
    lexicon = lexicon_for((code,))
    best: tuple[int, NavKind] | None = None
    for kind, phrases in lexicon.nav:
        if phrases.whole(line):
            return kind
        match = phrases.starts(line)
        if match is not None and (best is None or match.end() > best[0]):
            best = (match.end(), kind)
    return best[1] if best else None


# -- the files ------------------------------------------------------------------------------


def test_required_languages_are_shipped() -> None:
    """A lexicon exists for every language the library promises, plus the neutral one."""
    assert sorted(REQUIRED - set(SHIPPED)) == []
    assert "und" in SHIPPED


@pytest.mark.parametrize("code", SHIPPED)
def test_file_loads_and_validates(code: str) -> None:
    """The loader reads and validates each file, and the file names its own code."""
    data = load_raw(code)
    assert data["language"]["code"] == code
    assert data["language"]["name"].strip()


@pytest.mark.parametrize("code", SHIPPED)
def test_file_has_exactly_the_schema_keys(code: str) -> None:
    """No table or key is missing or extra, so a misspelt key cannot be silently ignored."""
    data = raw_file(code)
    assert set(data) == set(SCHEMA)
    for table, keys in SCHEMA.items():
        assert set(data[table]) == set(keys), table


@pytest.mark.parametrize("code", SHIPPED)
def test_strings_are_nfc_trimmed_and_unique(code: str) -> None:
    """Every entry is NFC, has no stray outer spaces, and appears once in its list."""
    for where, values in phrase_lists(raw_file(code)):
        for value in values:
            assert unicodedata.normalize("NFC", value) == value, (where, value)
            assert value == value.strip(), (where, value)
        folded = [v.casefold() for v in values]
        assert len(folded) == len(set(folded)), where


@pytest.mark.parametrize("code", LANGUAGES)
def test_months(code: str) -> None:
    """Twelve months (none for scripts that write months as numbers), no form in two months."""
    months = raw_file(code)["dates"]["months"]
    if code in NUMERIC_MONTHS:
        assert months == []
        return
    assert len(months) == 12
    assert all(months), "every month has at least one form"
    forms = [form.casefold() for month in months for form in month]
    assert len(forms) == len(set(forms))


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_phrase_names_one_kind(code: str) -> None:
    """A phrase announces one footer kind only, and is not also a bare menu word."""
    data = raw_file(code)
    seen: dict[str, str] = {}
    for kind, phrases in data["nav"].items():
        for phrase in phrases:
            assert phrase.casefold() not in seen, (phrase, seen.get(phrase.casefold()), kind)
            seen[phrase.casefold()] = kind
    menu = {word.casefold() for word in data["boilerplate"]["menu"]}
    assert sorted(menu & set(seen)) == []


@pytest.mark.parametrize("code", sorted(REQUIRED))
def test_required_languages_cover_every_field(code: str) -> None:
    """Each promised language has phrases for every footer kind and every other field."""
    data = raw_file(code)
    for kind in NavKind:
        assert len(data["nav"][kind.value]) >= 4, kind
    for table, key in [
        ("byline", "prefixes"),
        ("byline", "joiners"),
        ("byline", "roles"),
        ("dates", "markers"),
        ("dates", "relative"),
        ("captions", "markers"),
        ("boilerplate", "cookies"),
        ("boilerplate", "menu"),
        ("boilerplate", "copyright"),
        ("quotes", "pairs"),
    ]:
        assert data[table][key], (table, key)


@pytest.mark.parametrize("code", SHIPPED)
def test_function_words_are_single_lower_case_words(code: str) -> None:
    """Function words are single words in lower case, and none is a name particle
    ("von", "de", "van"), which stands inside names."""
    particles = {"von", "van", "der", "den", "de", "del", "della", "di", "da", "dos", "do", "du"}
    particles |= {"la", "le", "ter", "ten", "bin", "ibn", "al", "el"}
    for word in raw_file(code)["byline"]["function_words"]:
        assert len(word.split()) == 1, word
        assert word == word.lower(), word
        assert word not in particles, word


@pytest.mark.parametrize("code", SHIPPED)
def test_quote_pairs_are_two_characters(code: str) -> None:
    """Each quote pair is an opening and a closing character."""
    assert all(len(pair) == 2 for pair in raw_file(code)["quotes"]["pairs"])


def test_norwegian_codes_share_their_data() -> None:
    """``no`` (what detection reports) and ``nb`` carry the same phrases."""
    nb, no = raw_file("nb"), raw_file("no")
    assert {t: v for t, v in nb.items() if t != "language"} == {
        t: v for t, v in no.items() if t != "language"
    }


# -- single lines -----------------------------------------------------------------------------

NAV_LINES = [
    ("en", "Related articles", NavKind.RELATED),
    ("en", "Next article: How the bridge was rebuilt", NavKind.NEXT),
    ("fr", "Article suivant : Le pont rouvre enfin", NavKind.NEXT),
    ("fr", "À lire aussi", NavKind.RELATED),
    ("de", "Mehr zum Thema", NavKind.RELATED),
    ("de", "Vorheriger Artikel", NavKind.PREVIOUS),
    ("es", "Noticias relacionadas", NavKind.RELATED),
    ("es", "Lo más leído", NavKind.MORE),
    ("es", "Archivado en:", NavKind.TAGS),
    ("it", "Articolo precedente", NavKind.PREVIOUS),
    ("it", "Leggi anche", NavKind.RELATED),
    ("pt", "Leia também", NavKind.RELATED),
    ("pt", "Mais lidas", NavKind.MORE),
    ("nl", "Lees ook", NavKind.RELATED),
    ("sv", "Mest läst", NavKind.MORE),
    ("da", "Del artiklen", NavKind.SHARE),
    ("nb", "Les også", NavKind.RELATED),
    ("no", "Neste artikkel", NavKind.NEXT),
    ("fi", "Lue myös", NavKind.RELATED),
    ("pl", "Zobacz również", NavKind.RELATED),
    ("pl", "Przeczytaj następny tekst", NavKind.NEXT),
    ("cs", "Sdílet článek", NavKind.SHARE),
    ("sk", "Súvisiace články", NavKind.RELATED),
    ("sl", "Preberite tudi", NavKind.RELATED),
    ("hr", "Najčitanije", NavKind.MORE),
    ("ro", "Citește și", NavKind.RELATED),
    ("hu", "Kapcsolódó cikkek", NavKind.RELATED),
    ("tr", "İlgili haberler", NavKind.RELATED),
    ("ru", "Читайте также", NavKind.RELATED),
    ("ru", "Поделиться", NavKind.SHARE),
    ("uk", "Попередня стаття", NavKind.PREVIOUS),
    ("bg", "Коментари", NavKind.COMMENTS),
    ("el", "Διαβάστε επίσης", NavKind.RELATED),
    ("ar", "مقالات ذات صلة", NavKind.RELATED),
    ("ar", "الأكثر قراءة", NavKind.MORE),
    ("fa", "مطالب مرتبط", NavKind.RELATED),
    ("he", "כתבות נוספות", NavKind.RELATED),
    ("hi", "ये भी पढ़ें", NavKind.RELATED),
    ("bn", "সম্পর্কিত খবর", NavKind.RELATED),
    ("zh", "相关新闻", NavKind.RELATED),
    ("zh", "上一篇：市政府公布新预算", NavKind.PREVIOUS),
    ("zh", "標籤：", NavKind.TAGS),
    ("ja", "関連記事", NavKind.RELATED),
    ("ja", "次の記事", NavKind.NEXT),
    ("ko", "관련기사", NavKind.RELATED),
    ("ko", "많이 본 뉴스", NavKind.MORE),
    ("vi", "Tin liên quan", NavKind.RELATED),
    ("id", "Baca juga", NavKind.RELATED),
    ("th", "ข่าวที่เกี่ยวข้อง", NavKind.RELATED),
    ("sw", "Habari zinazohusiana", NavKind.RELATED),
]


@pytest.mark.parametrize(("code", "line", "kind"), NAV_LINES)
def test_phrase_names_the_kind_of_a_line(code: str, line: str, kind: NavKind) -> None:
    """A short footer line in each language is read as the kind its phrase names."""
    assert nav_kind_of(code, line) is kind


ORDINARY_LINES = [
    ("en", "Next year the council will vote on the plan."),
    ("en", "More than a hundred people came to the meeting."),
    ("de", "Weiter geht es am Montag mit der zweiten Runde."),
    ("fr", "Suivant les recommandations du comité, la ville a changé de cap."),
    ("es", "Por la mañana llegaron los primeros voluntarios."),
    ("id", "Terkait hal itu, pemerintah daerah akan mengeluarkan aturan baru."),
    ("zh", "相关部门表示，新规定将于下月实施。"),
    ("th", "ล่าสุด เมื่อวันที่ 3 พฤษภาคม ฝนตกหนักทั่วประเทศ"),
]


@pytest.mark.parametrize(("code", "line"), ORDINARY_LINES)
def test_ordinary_sentence_openings_name_no_kind(code: str, line: str) -> None:
    """Words that often open an article's own sentences are not navigation phrases."""
    assert nav_kind_of(code, line) is None


# -- whole pages ------------------------------------------------------------------------------


def page(title: str, byline: str, paragraphs: list[str], footer: list[str]) -> str:
    return "\n\n".join([title, byline, *paragraphs, *footer]) + "\n"


PAGES = {
    "fr": (
        page(
            "La ville rouvre le pont des Arts après deux ans de travaux",
            "Par Claire Martin et Julien Robert, le 3 mai 2024",
            [
                "Le pont, fermé depuis l'hiver 2022, accueille de nouveau les piétons depuis "
                "ce matin. Les ingénieurs ont remplacé la totalité du tablier et renforcé les "
                "piles, rongées par l'humidité du fleuve.",
                "La mairie estime le coût du chantier à douze millions d'euros, financés pour "
                "moitié par la région. Les commerçants du quartier, privés de passage pendant "
                "deux ans, saluent une réouverture attendue.",
                "Une fête est prévue samedi soir sur les deux rives, avec des concerts et un "
                "marché nocturne. La circulation des vélos reste interdite sur l'ouvrage "
                "jusqu'à la fin du mois.",
            ],
            [
                "Partager cet article",
                "Facebook Twitter",
                "Article suivant",
                "Les berges se mettent au vert cet été",
                "Commentaires",
            ],
        ),
        ("Claire Martin", "Julien Robert"),
        "2024-05-03",
        [NavKind.SHARE, NavKind.NEXT, NavKind.COMMENTS],
    ),
    "es": (
        page(
            "El ayuntamiento abre tres bibliotecas de barrio antes del verano",
            "Por Ana García y Luis Pérez | 3 de mayo de 2024",
            [
                "Las nuevas bibliotecas ocuparán antiguos locales comerciales del centro y "
                "abrirán de lunes a sábado. Cada una tendrá una sala de estudio, un rincón "
                "infantil y ordenadores de uso libre.",
                "El concejal de Cultura explicó que la inversión supera los dos millones de "
                "euros y que la contratación del personal ya está en marcha. Los vecinos "
                "llevaban años reclamando estos espacios.",
                "La primera de ellas se inaugurará a finales de junio, coincidiendo con el "
                "inicio de las vacaciones escolares. Las otras dos lo harán antes de octubre.",
            ],
            [
                "Compartir",
                "Noticias relacionadas",
                "La feria del libro vuelve al parque",
                "Etiquetas",
                "Cultura",
            ],
        ),
        ("Ana García", "Luis Pérez"),
        "2024-05-03",
        [NavKind.SHARE, NavKind.RELATED, NavKind.TAGS],
    ),
    "ru": (
        page(
            "В городе открылись три новые библиотеки",
            "Автор: Анна Смирнова и Иван Петров, 3 мая 2024",
            [
                "Новые библиотеки разместились в бывших магазинах в центре города и будут "
                "работать с понедельника по субботу. В каждой есть читальный зал, детский "
                "уголок и компьютеры для посетителей.",
                "По словам чиновников, на проект потратили более ста миллионов рублей. "
                "Жители района несколько лет просили открыть такие места рядом с домом, и "
                "теперь их просьба выполнена.",
                "Первая библиотека начнёт работу в конце июня, к началу школьных каникул. "
                "Две другие откроются до октября, когда закончится ремонт помещений.",
            ],
            ["Поделиться", "Читайте также", "В парке прошла книжная ярмарка", "Комментарии"],
        ),
        ("Анна Смирнова", "Иван Петров"),
        "2024-05-03",
        [NavKind.SHARE, NavKind.RELATED, NavKind.COMMENTS],
    ),
    "pl": (
        page(
            "Miasto otwiera trzy nowe biblioteki osiedlowe",
            "Autor: Anna Kowalska i Piotr Nowak, 3 stycznia 2024",
            [
                "Nowe biblioteki powstaną w dawnych lokalach handlowych w centrum i będą "
                "czynne od poniedziałku do soboty. W każdej znajdzie się czytelnia, kącik "
                "dla dzieci oraz komputery dla odwiedzających.",
                "Według urzędników inwestycja kosztowała ponad osiem milionów złotych. "
                "Mieszkańcy od lat prosili o takie miejsca w pobliżu domu i teraz ich prośba "
                "została spełniona.",
                "Pierwsza biblioteka zostanie otwarta pod koniec czerwca, na początek wakacji. "
                "Dwie kolejne zaczną działać przed październikiem, gdy skończy się remont.",
            ],
            ["Udostępnij", "Zobacz również", "W parku odbył się kiermasz książek", "Komentarze"],
        ),
        ("Anna Kowalska", "Piotr Nowak"),
        "2024-01-03",
        [NavKind.SHARE, NavKind.RELATED, NavKind.COMMENTS],
    ),
    "zh": (
        page(
            "市政府宣布年底前新建三座社区图书馆",
            "作者：王小明 | 2024年5月3日",
            [
                "新的图书馆将设在市中心原来的商铺里，每周一至周六开放。每座图书馆都有阅览室、"
                "儿童角和供读者免费使用的电脑，预计每天可以接待数百名读者。",
                "市文化局负责人表示，这个项目的总投资超过两千万元，工作人员的招聘已经开始。"
                "附近居民多年来一直希望在家门口有这样的阅读空间，如今终于如愿。",
                "第一座图书馆将在六月底开放，正好赶上学校放暑假。另外两座将在十月前完成装修并"
                "向公众开放，届时还会举办一系列读书活动。",
            ],
            ["分享到", "相关新闻", "公园书市本周末开幕", "上一篇", "暴雨导致北部山区多条公路中断"],
        ),
        ("王小明",),
        "2024-05-03",
        [NavKind.SHARE, NavKind.RELATED, NavKind.PREVIOUS],
    ),
    "ar": (
        page(
            "البلدية تفتتح ثلاث مكتبات جديدة قبل الصيف",
            "بقلم: سارة أحمد، 3 مايو 2024",
            [
                "ستفتح المكتبات الجديدة أبوابها في محلات تجارية قديمة في وسط المدينة من "
                "الاثنين إلى السبت. وتضم كل مكتبة قاعة للمطالعة وركنا للأطفال وحواسيب "
                "مجانية للزوار.",
                "وقال مسؤول في البلدية إن كلفة المشروع تجاوزت مليوني دينار، وإن توظيف "
                "العاملين قد بدأ بالفعل. وكان سكان الحي يطالبون بهذه الأماكن منذ سنوات.",
                "وستفتتح المكتبة الأولى في نهاية يونيو مع بداية العطلة المدرسية، على أن "
                "تفتح المكتبتان الأخريان قبل شهر أكتوبر بعد انتهاء أعمال الترميم.",
            ],
            ["شارك المقال", "مقالات ذات صلة", "معرض الكتاب يعود إلى الحديقة العامة", "التعليقات"],
        ),
        ("سارة أحمد",),
        "2024-05-03",
        [NavKind.SHARE, NavKind.RELATED, NavKind.COMMENTS],
    ),
}


@pytest.mark.parametrize("code", sorted(PAGES))
def test_page_byline_and_footer(code: str) -> None:
    """A small page in each language gives its authors, its date and its footer kinds."""
    text, authors, published, kinds = PAGES[code]
    article = newsparse.parse_article(text, language=code)
    assert article.byline is not None
    assert article.byline.authors == authors
    assert article.byline.published == published
    found = [item.kind for item in article.footer]
    for kind in kinds:
        assert kind in found, (kind, found)


DATED_BYLINES = [
    ("de", "Von Anna Fink und Jan Pellner, 3. März 2024", "2024-03-03"),
    ("it", "Di Marco Rossi, 3 maggio 2024", "2024-05-03"),
    ("cs", "Autor: Jana Nováková, 3. ledna 2024", "2024-01-03"),
    ("hu", "Szerző: Kovács Anna, 2024. május 3.", "2024-05-03"),
    # Regression: "Μαΐου" was case-folded to a decomposed form and missed.
    ("el", "Γράφει ο Γιώργος Παπαδόπουλος, 3 Μαΐου 2024", "2024-05-03"),
    ("el", "Γράφει ο Γιώργος Παπαδόπουλος, 3 Ιουνίου 2024", "2024-06-03"),
    ("tr", "Yazan: Ayşe Yılmaz, 3 Mayıs 2024", "2024-05-03"),
    ("uk", "Автор: Олена Коваль, 3 травня 2024", "2024-05-03"),
    ("ca", "Per Marta Puig, 3 d'abril de 2024", "2024-04-03"),
]


@pytest.mark.parametrize(("code", "line", "iso"), DATED_BYLINES)
def test_byline_dates_with_month_names(code: str, line: str, iso: str) -> None:
    """Month names, genitive forms included, give an ISO date in the byline."""
    paragraph = " ".join(["Lorem ipsum dolor sit amet, consectetur adipiscing elit."] * 4)
    text = page("Headline of the story for the test page", line, [paragraph] * 3, [])
    article = newsparse.parse_article(text, language=code)
    assert article.byline is not None
    assert article.byline.published == iso


# -- the development corpora (skipped when absent) ---------------------------------------------


def shared_corpora() -> Path | None:
    env = os.environ.get("NEWSPARSE_SHARED")
    root = Path(env) if env else Path(__file__).resolve().parents[1] / ".." / "shared"
    corpora = root / "corpora"
    return corpora if corpora.is_dir() else None


def test_one_corpus_page_per_language_parses() -> None:
    """One real page of each language in the development corpora parses without error."""
    corpora = shared_corpora()
    if corpora is None:
        pytest.skip("shared corpora not available")
    seen: set[str] = set()
    for manifest in sorted(corpora.glob("*/manifest.jsonl")):
        for row in map(json.loads, manifest.read_text("utf-8").splitlines()):
            lang = row.get("lang") or "null"
            if lang in seen:
                continue
            seen.add(lang)
            text = (manifest.parent / row["text"]).read_text("utf-8")
            article = newsparse.parse_article(text, input_format="text")
            assert article.source_text
    assert seen


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("en", "Jump to navigation Jump to search"),
        ("de", "Zur Navigation springen Zur Suche springen"),
        ("fr", "Aller à la navigation Aller à la recherche"),
        ("es", "Ir a la navegación Ir a la búsqueda"),
    ],
)
def test_skip_links_are_menu_entries(code: str, line: str) -> None:
    """A row of skip links, as wikis and many themes print them under the headline, is made
    of menu phrases only."""
    assert lexicon_for((code,)).menu.whole(line)


@pytest.mark.parametrize("code", SHIPPED)
def test_role_qualifiers_are_single_capitalised_words(code: str) -> None:
    """A role qualifier is one word, written as it stands before a role in a byline
    ("Political" in "Political Correspondent"); it is no role itself."""
    data = raw_file(code)["byline"]
    roles = {role.casefold() for role in data["roles"]}
    for word in data["qualifiers"]:
        assert len(word.split()) == 1, word
        assert word[:1].isupper(), word
        assert word.casefold() not in roles, word
