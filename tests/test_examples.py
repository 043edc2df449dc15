"""Hand-written example pages in several languages, checked field by field."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

import newsparse
from newsparse import Article, NavKind, SegmentKind
from texts import CYCLE_PATH, HARBOUR


@dataclass(frozen=True)
class Example:
    """A page and every field it should give."""

    language: str
    page: str
    title: str | None
    site_name: str | None
    authors: tuple[str, ...] = ()
    published: str | None = None
    body: tuple[str, ...] = ()
    pull_quotes: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    footer: tuple[tuple[NavKind, str | None], ...] = ()
    boilerplate: tuple[str, ...] = field(default=())


EN_BODY = HARBOUR

FR_BODY = (
    "Le marché couvert de la place Carnot rouvrira ses portes samedi après huit mois de "
    "travaux. La charpente a été renforcée et les étals ont été entièrement refaits.",
    "Une trentaine de commerçants retrouveront leur emplacement, et quatre nouveaux "
    "producteurs de la vallée ont obtenu une place. La mairie promet des loyers inchangés.",
    "Pour l’inauguration, une fanfare jouera dès huit heures et un petit-déjeuner sera offert "
    "aux premiers visiteurs. Les travaux du parking voisin se termineront en septembre.",
)

DE_BODY = CYCLE_PATH

ES_BODY = (
    "El museo de la ciudad amplía desde hoy su horario y abrirá también los lunes por la "
    "tarde. La decisión llega tras un verano con cifras récord de visitantes extranjeros.",
    "La directora explicó que la ampliación permitirá organizar visitas guiadas para los "
    "colegios durante toda la semana. Las entradas seguirán siendo gratuitas los domingos.",
    "El ayuntamiento contratará a seis personas más para atender las salas. Los sindicatos "
    "celebran la medida, aunque piden que los nuevos contratos sean indefinidos.",
)

RU_BODY = (
    "В центре города открылся новый пешеходный мост через реку. Его строили почти два года, "
    "и теперь дорога от вокзала до старого рынка занимает всего десять минут.",
    "Мост освещается ночью, а на смотровой площадке установлены скамейки. По словам "
    "инженеров, конструкция рассчитана на сильный ветер и весенний ледоход.",
    "Жители соседних кварталов просят продлить набережную до парка. В мэрии ответили, что "
    "проект будет готов к осени, а работы начнутся следующей весной.",
)

EL_BODY = (
    "Το νέο δημοτικό κολυμβητήριο άνοιξε τις πόρτες του τη Δευτέρα, μετά από τρία χρόνια "
    "εργασιών. Η πισίνα έχει οκτώ διαδρόμους και θερμαίνεται με ηλιακή ενέργεια.",
    "Τα σχολεία της περιοχής θα μπορούν να το χρησιμοποιούν δωρεάν κάθε πρωί. Τα απογεύματα "
    "θα λειτουργούν τμήματα εκμάθησης κολύμβησης για παιδιά και ενήλικες.",
    "Ο δήμαρχος δήλωσε ότι το έργο ολοκληρώθηκε εντός προϋπολογισμού. Οι κάτοικοι ζητούν "
    "τώρα περισσότερες θέσεις στάθμευσης γύρω από το κτίριο.",
)

IT_BODY = (
    "La biblioteca comunale resterà aperta anche la domenica a partire dal mese prossimo. "
    "Il nuovo orario è stato deciso dopo una raccolta di firme promossa dagli studenti.",
    "Per coprire i turni in più, il comune assumerà quattro bibliotecari a tempo pieno. Le "
    "sale studio al primo piano saranno rinnovate con nuove lampade e prese elettriche.",
    "L’assessore alla cultura ha spiegato che l’esperimento durerà un anno. Se i risultati "
    "saranno buoni, l’orario esteso diventerà definitivo.",
)

AR_BODY = (
    "افتتحت البلدية صباح اليوم سوقًا جديدة للخضار والفواكه في وسط المدينة، بعد أشهر من أعمال "
    "البناء. وتضم السوق أكثر من ستين محلًا ومواقف للسيارات وممرات واسعة للمشاة.",
    "وقال رئيس البلدية إن السوق ستفتح أبوابها كل يوم من السادسة صباحًا حتى المساء. وأضاف أن "
    "المزارعين من القرى المجاورة سيحصلون على أماكن بأسعار مخفضة خلال السنة الأولى.",
    "ورحب السكان بالمشروع، لكن بعضهم طالب بزيادة عدد الحافلات التي تصل إلى السوق. ووعدت "
    "البلدية بدراسة الطلب بعد قياس عدد الزوار في الأسابيع الأولى.",
)

ZH_BODY = (
    "新建的城市公园今天上午正式向市民开放。公园占地约二十公顷，设有湖边步道、儿童游乐场"
    "和一片专门种植本地树种的小树林，周末还将举办免费的自然讲座。",
    "公园管理处表示，园内所有设施都考虑到了老人和残障人士的需要。入口处设有轮椅租借点，"
    "主要步道也都铺设了防滑路面，方便雨天通行。",
    "附近居民对新公园普遍表示欢迎，但也有人担心周末停车位不足。有关部门回应说，将在下个月"
    "开通两条连接地铁站的公交线路，鼓励市民绿色出行。",
)

EXAMPLES = (
    Example(
        language="en",
        page=(
            "Gales close the harbour to small boats | Coast Herald\n\n"
            "By Ruth Ellis and Sam Okafor\n\n"
            f"{EN_BODY[0]}\n\n{EN_BODY[1]}\n\n"
            "“All of them were back on land by noon.”\n\n"
            f"{EN_BODY[2]}\n\n"
            "Share this article\n\nNext article\n\nNew ferry timetable starts in June\n\n"
            "Leave a comment\n"
        ),
        title="Gales close the harbour to small boats",
        site_name="Coast Herald",
        authors=("Ruth Ellis", "Sam Okafor"),
        body=EN_BODY,
        pull_quotes=("“All of them were back on land by noon.”",),
        footer=(
            (NavKind.SHARE, None),
            (NavKind.NEXT, "New ferry timetable starts in June"),
            (NavKind.COMMENTS, None),
        ),
    ),
    Example(
        language="fr",
        page=(
            "Le marché couvert rouvre samedi après huit mois de travaux | La Dépêche du Val\n\n"
            "Par Hélène Morel\n\n"
            "Photo : AFP\n\n"
            f"{FR_BODY[0]}\n\n{FR_BODY[1]}\n\n{FR_BODY[2]}\n\n"
            "Partager cet article\n\nArticle précédent\n\n"
            "La piscine municipale ferme pour l’hiver\n\nCommentaires\n"
        ),
        title="Le marché couvert rouvre samedi après huit mois de travaux",
        site_name="La Dépêche du Val",
        authors=("Hélène Morel",),
        body=FR_BODY,
        captions=("Photo : AFP",),
        footer=(
            (NavKind.SHARE, None),
            (NavKind.PREVIOUS, "La piscine municipale ferme pour l’hiver"),
            (NavKind.COMMENTS, None),
        ),
    ),
    Example(
        language="de",
        page=(
            "Neuer Radweg zur Universität freigegeben | Stadtanzeiger\n\n"
            "Von Jana Vogel und Peter Brandt, 3. Juni 2024\n\n"
            f"{DE_BODY[0]}\n\n"
            "Foto: dpa\n\n"
            f"{DE_BODY[1]}\n\n{DE_BODY[2]}\n\n"
            "Artikel teilen\n\nKommentare\n"
        ),
        title="Neuer Radweg zur Universität freigegeben",
        site_name="Stadtanzeiger",
        authors=("Jana Vogel", "Peter Brandt"),
        published="2024-06-03",
        body=DE_BODY,
        captions=("Foto: dpa",),
        footer=((NavKind.SHARE, None), (NavKind.COMMENTS, None)),
    ),
    Example(
        language="es",
        page=(
            "El museo de la ciudad abrirá también los lunes | Noticias del Valle\n\n"
            "Por Marta Gil y Andrés Soto\n\n"
            f"{ES_BODY[0]}\n\n{ES_BODY[1]}\n\n{ES_BODY[2]}\n\n"
            "Compartir\n\nComentarios\n"
        ),
        title="El museo de la ciudad abrirá también los lunes",
        site_name="Noticias del Valle",
        authors=("Marta Gil", "Andrés Soto"),
        body=ES_BODY,
        footer=((NavKind.SHARE, None), (NavKind.COMMENTS, None)),
    ),
    Example(
        language="ru",
        page=(
            "Новый пешеходный мост соединил вокзал и старый рынок | Речной вестник\n\n"
            "Автор: Мария Соколова\n\n"
            f"{RU_BODY[0]}\n\n{RU_BODY[1]}\n\n{RU_BODY[2]}\n\n"
            "Поделиться\n\nКомментарии\n"
        ),
        title="Новый пешеходный мост соединил вокзал и старый рынок",
        site_name="Речной вестник",
        authors=("Мария Соколова",),
        body=RU_BODY,
        footer=((NavKind.SHARE, None), (NavKind.COMMENTS, None)),
    ),
    Example(
        language="el",
        page=(
            "Άνοιξε το νέο δημοτικό κολυμβητήριο | Τοπικά Νέα\n\n"
            f"{EL_BODY[0]}\n\n{EL_BODY[1]}\n\n{EL_BODY[2]}\n\n"
            "Κοινοποίηση\n\nΣχόλια\n"
        ),
        title="Άνοιξε το νέο δημοτικό κολυμβητήριο",
        site_name="Τοπικά Νέα",
        body=EL_BODY,
        footer=((NavKind.SHARE, None), (NavKind.COMMENTS, None)),
    ),
    Example(
        language="it",
        page=(
            "La biblioteca comunale aprirà anche la domenica | Gazzetta del Borgo\n\n"
            "Di Giulia Conti\n\n"
            f"{IT_BODY[0]}\n\n{IT_BODY[1]}\n\n{IT_BODY[2]}\n\n"
            "Condividi\n\nCommenti\n"
        ),
        title="La biblioteca comunale aprirà anche la domenica",
        site_name="Gazzetta del Borgo",
        authors=("Giulia Conti",),
        body=IT_BODY,
        footer=((NavKind.SHARE, None), (NavKind.COMMENTS, None)),
    ),
    Example(
        language="ar",
        page=(
            "افتتاح سوق جديدة للخضار في وسط المدينة | أخبار الساحل\n\n"
            "بقلم: يوسف منصور\n\n"
            f"{AR_BODY[0]}\n\n{AR_BODY[1]}\n\n{AR_BODY[2]}\n\n"
            "شارك المقال\n\nالتعليقات\n"
        ),
        title="افتتاح سوق جديدة للخضار في وسط المدينة",
        site_name="أخبار الساحل",
        authors=("يوسف منصور",),
        body=AR_BODY,
        footer=((NavKind.SHARE, None), (NavKind.COMMENTS, None)),
    ),
    Example(
        language="zh",
        page=(
            "城市新公园今日向市民开放 | 江城晚报\n\n"
            "记者：陈静\n\n"
            f"{ZH_BODY[0]}\n\n{ZH_BODY[1]}\n\n{ZH_BODY[2]}\n\n"
            "分享本文\n\n发表评论\n"
        ),
        title="城市新公园今日向市民开放",
        site_name="江城晚报",
        authors=("陈静",),
        body=ZH_BODY,
        footer=((NavKind.SHARE, None), (NavKind.COMMENTS, None)),
    ),
)


def footer_summary(article: Article) -> tuple[tuple[NavKind, str | None], ...]:
    """One (kind, target) per run of footer items of one kind (a label and its target line)."""
    summary: list[tuple[NavKind, str | None]] = []
    for item in article.footer:
        if summary and summary[-1][0] is item.kind:
            if summary[-1][1] is None:
                summary[-1] = (item.kind, item.target)
            continue
        summary.append((item.kind, item.target))
    return tuple(summary)


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.language for e in EXAMPLES])
def test_example_page(example: Example) -> None:
    """Each field of the example page comes out as written by hand."""
    article = newsparse.parse_article(example.page)
    assert article.language.code == example.language
    assert article.title == example.title
    assert article.site_name == example.site_name
    if example.authors:
        assert article.byline is not None
        assert article.byline.authors == example.authors
        assert article.byline.published == example.published
    else:
        assert article.byline is None
    assert tuple(p.text for p in article.body) == example.body
    assert tuple(q.text for q in article.pull_quotes) == example.pull_quotes
    assert article.captions == example.captions
    assert footer_summary(article) == example.footer


def test_menu_lines_before_the_title_are_boilerplate() -> None:
    """Menu lines above the title are boilerplate; the body stays as without them."""
    plain = newsparse.parse_article(EXAMPLES[0].page)
    article = newsparse.parse_article("Home\nNews\nWeather\n\n" + EXAMPLES[0].page)
    first = article.segments[0]
    assert first.kind is SegmentKind.BOILERPLATE
    assert first.text.startswith("Home")
    assert article.body == plain.body


def test_title_below_menu_lines() -> None:
    """The title line is found when menu lines come first (issue 5: "menus first")."""
    article = newsparse.parse_article("Home\nNews\nWeather\n\n" + EXAMPLES[0].page)
    assert article.title == EXAMPLES[0].title
    assert article.site_name == EXAMPLES[0].site_name


def test_site_name_with_lower_case_words_after_a_dash() -> None:
    """ "Headline – La Dépêche du Val" splits into the headline and the site name."""
    page = EXAMPLES[1].page.replace(" | La Dépêche du Val", " – La Dépêche du Val", 1)
    article = newsparse.parse_article(page)
    assert (article.title, article.site_name) == (EXAMPLES[1].title, EXAMPLES[1].site_name)
