"""Titles: the headline and the site name, from the title line and the page's own heading."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import SegmentKind
from newsparse._rules.title import _TOKEN, _edge_parts, _tokens, split_title
from texts import CYCLE_PATH, HARBOUR

EN = [
    "The council voted on Tuesday to build a new footbridge over the river, linking the old "
    "town with the station. Work should start in the spring and take about a year.",
    "Residents who live near the river welcomed the plan, although some asked for more "
    "lights along the path. The bridge will be closed to bicycles at night, the council said.",
]
DE = [
    "Der neue Radweg zwischen Altstadt und Universität ist seit Montag freigegeben. Auf "
    "knapp vier Kilometern trennt ein breiter Grünstreifen die Radfahrer vom Autoverkehr.",
    "Nach Angaben der Stadt nutzen schon in der ersten Woche mehr als dreitausend Menschen "
    "täglich die Strecke. Viele Studierende sparen so eine Viertelstunde auf dem Weg.",
]
ES = [
    "El museo de la ciudad amplía desde hoy su horario y abrirá también los lunes por la "
    "tarde. La decisión llega tras un verano con cifras récord de visitantes extranjeros.",
    "La directora explicó que la ampliación permitirá organizar visitas guiadas para los "
    "colegios de la provincia. Las entradas seguirán siendo gratuitas los domingos.",
]
ZH = [
    "市政府今天宣布，将在年底前新建三座社区图书馆，方便周边居民借阅图书。"
    "新馆将设有儿童阅读区和自习室，开放时间延长到晚上十点。",
    "市民对此普遍表示欢迎，不少家长认为孩子放学后终于有了安静的学习场所。"
    "图书馆还计划每月举办讲座和读书会。",
]


def _page(*lines: str) -> str:
    return "\n\n".join(lines)


def _title(text: str) -> tuple[str | None, str | None]:
    article = newsparse.parse_article(text)
    return article.title, article.site_name


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Council backs the footbridge | Valley Post",
            ("Council backs the footbridge", "Valley Post"),
        ),
        (
            "Die Regierung plant neue Steuern - Tagesblatt",
            ("Die Regierung plant neue Steuern", "Tagesblatt"),
        ),
        (
            "El Gobierno aprueba la reforma — El Diario",
            ("El Gobierno aprueba la reforma", "El Diario"),
        ),
        (
            "Ο νέος δρόμος άνοιξε στην Αθήνα – Η Εφημερίδα",
            ("Ο νέος δρόμος άνοιξε στην Αθήνα", "Η Εφημερίδα"),
        ),
        (
            "Новый мост открыт в Казани · Вечерние новости",
            ("Новый мост открыт в Казани", "Вечерние новости"),
        ),
        (
            "Rain closes the mountain road » Valley Post",
            ("Rain closes the mountain road", "Valley Post"),
        ),
        (
            "Le Monde :: Les vignerons face à la sécheresse",
            ("Les vignerons face à la sécheresse", "Le Monde"),
        ),
        (
            "Valley Post » Rain closes the mountain road in the north",
            ("Rain closes the mountain road in the north", "Valley Post"),
        ),
        ("東京で新しい図書館が開館 | 朝日ニュース", ("東京で新しい図書館が開館", "朝日ニュース")),
        (
            "חדשות היום | הממשלה אישרה את התקציב החדש לשנה הבאה",
            ("הממשלה אישרה את התקציב החדש לשנה הבאה", "חדשות היום"),
        ),
        (
            "Mumbai rains: schools closed - The Daily Herald",
            ("Mumbai rains: schools closed", "The Daily Herald"),
        ),
        (
            "Neue Brücke für die Altstadt | Lokales | DW | 28.04.2023",
            ("Neue Brücke für die Altstadt", "DW"),
        ),
        # A box-drawing bar, a Hangul letter used as a bar, an arrow before a domain.
        ("Neue Brücke für die Altstadt│Stadtbote", ("Neue Brücke für die Altstadt", "Stadtbote")),
        (
            "시립도서관 새 단장 마치고 문 열어ㅣ한강일보",
            ("시립도서관 새 단장 마치고 문 열어", "한강일보"),
        ),
        (
            "Neue Brücke für die Altstadt > stadtbote.de",
            ("Neue Brücke für die Altstadt", "stadtbote.de"),
        ),
        (
            "Wochenmarkt am Hafen › Heimatverein Nordufer",
            ("Wochenmarkt am Hafen", "Heimatverein Nordufer"),
        ),
        # A host name first, before a headline not much longer than it.
        (
            "valleypost.com - Council backs footbridge",
            ("Council backs footbridge", "valleypost.com"),
        ),
    ],
)
def test_split_title_either_side_any_separator(line: str, expected: tuple[str, str]) -> None:
    assert split_title(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Penny - Harbour Town Wiki", ("Penny", "Harbour Town Wiki")),
        (
            "Ausbildung - Freiwillige Feuerwehr Nordheim",
            ("Ausbildung", "Freiwillige Feuerwehr Nordheim"),
        ),
        ("Tarifs – Piscine Municipale Rivebelle", ("Tarifs", "Piscine Municipale Rivebelle")),
    ],
)
def test_split_title_a_name_last_is_the_site(line: str, expected: tuple[str, str]) -> None:
    # A short first part is no brand when a name stands last, where site names stand,
    # after a dash: only a bar sets a short brand apart before a name.
    assert split_title(line) == expected


def test_split_title_a_short_brand_before_a_bar_still_leads() -> None:
    assert split_title("LZB | Harbour Town Wiki") == ("Harbour Town Wiki", "LZB")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("AP - Mayor Wins Runoff", ("Mayor Wins Runoff", "AP")),
        ("lakeside.example - Ferry Returns Today", ("Ferry Returns Today", "lakeside.example")),
    ],
)
def test_split_title_capitals_or_a_domain_first_stay_the_brand(
    line: str, expected: tuple[str, str]
) -> None:
    assert split_title(line) == expected


@pytest.mark.parametrize(
    ("first", "name", "site"),
    [
        ("Penny - Harbour Town Wiki", "Penny", "Harbour Town Wiki"),
        ("Tarifs – Piscine Municipale Rivebelle", "Tarifs", "Piscine Municipale Rivebelle"),
    ],
)
def test_short_page_name_before_the_site_name_is_the_title(
    first: str, name: str, site: str
) -> None:
    text = _page(first, "Home", "Search", name, *EN)
    assert _title(text) == (name, site)


@pytest.mark.parametrize(
    "line",
    [
        "Breaking: The council votes on the bridge",  # a colon alone is no separator
        "Rain, wind and snow close the mountain road",
    ],
)
def test_split_title_keeps_a_line_without_a_site(line: str) -> None:
    assert split_title(line) == (line, None)


@pytest.mark.parametrize(
    "line", ["Birth lottery and mobility - Feb. 1, 2016", "Birth lottery and mobility | 01.02.2016"]
)
def test_split_title_drops_a_date_and_gives_no_site(line: str) -> None:
    assert split_title(line) == ("Birth lottery and mobility", None)


@pytest.mark.parametrize(
    "line",
    [
        "01.02.2016 - Birth lottery and mobility - Valley Post",
        "Feb. 1, 2016 | Birth lottery and mobility | Valley Post",
    ],
)
def test_split_title_drops_a_leading_date(line: str) -> None:
    """A date before the headline and the site name is neither of them."""
    assert split_title(line) == ("Birth lottery and mobility", "Valley Post")


@pytest.mark.parametrize(
    "line",
    ["01.02.2016 - Birth lottery and mobility", "Feb. 1, 2016 | Birth lottery and mobility"],
)
def test_split_title_date_before_the_headline_is_no_site(line: str) -> None:
    """Regression: a date before the headline, with nothing after it, was taken for the
    site name."""
    assert split_title(line) == ("Birth lottery and mobility", None)


@pytest.mark.parametrize(
    "line", ["Rocketeer 1.8 - The Harvest Update", "Version 3.0 | Notes from the build team"]
)
def test_split_title_a_version_number_is_no_date(line: str) -> None:
    """A word and a number with a dot ("Rocketeer 1.8") is a version, not a date to drop."""
    headline, site = split_title(line)
    words = line.replace(" - ", " ").replace(" | ", " ").split()
    assert sorted(f"{headline} {site}".split()) == sorted(words)


@pytest.mark.parametrize(
    ("stamp", "heading", "body"),
    [
        ("23.01.2022", "Schnee bringt den Zeitplan durcheinander", DE),
        ("March 4, 2024", "Council backs new footbridge over the river", EN),
    ],
)
def test_date_stamp_before_the_page_heading_is_dropped(
    stamp: str, heading: str, body: list[str]
) -> None:
    """The page prints its heading with the article's date before it: the date is not part
    of the headline."""
    text = _page(f"{heading} - Valley Post", "Home", "News", f"{stamp} - {heading}", *body)
    assert _title(text) == (heading, "Valley Post")


def test_title_line_after_menu_lines() -> None:
    text = _page(
        "Home", "News", "Sport", "Council backs footbridge over the river | Valley Post", *EN
    )
    assert _title(text) == ("Council backs footbridge over the river", "Valley Post")


def test_heading_before_the_article_without_a_title_line() -> None:
    text = _page("Home", "News", "Sport", "Council backs new footbridge over the river", *EN)
    assert _title(text) == ("Council backs new footbridge over the river", None)


@pytest.mark.parametrize(
    ("title_line", "heading", "byline", "body", "site"),
    [
        (
            "Footbridge plan approved by council | Valley Post",
            "Council approves footbridge plan after long debate",
            "By Anna Berg",
            EN,
            "Valley Post",
        ),
        (
            "Stadt gibt neuen Radweg zur Universität frei - Tagesblatt",
            "Neuer Radweg zur Universität ist frei",
            "Von Jonas Keller",
            DE,
            "Tagesblatt",
        ),
        (
            "El museo amplía su horario de los lunes — El Diario",
            "El museo de la ciudad amplía su horario",
            "Por Lucía Romero",
            ES,
            "El Diario",
        ),
    ],
)
def test_page_heading_above_the_article_is_the_headline(
    title_line: str, heading: str, byline: str, body: list[str], site: str
) -> None:
    """The title line is not repeated on the page, but a heading right above the article
    shares most of its words: the page's own wording is the headline."""
    text = _page(title_line, "Home", "News", "Contact", heading, byline, *body)
    article = newsparse.parse_article(text)
    assert (article.title, article.site_name) == (heading, site)
    rules = {s.rule for s in article.segments if s.kind is SegmentKind.TITLE}
    assert rules == {"title.first-line", "title.heading-before-article"}


def test_heading_sharing_no_words_is_not_the_headline() -> None:
    text = _page(
        "Footbridge plan approved by council | Valley Post",
        "Home",
        "News",
        "Subscribe to our weekly letters",
        *EN,
    )
    assert _title(text) == ("Footbridge plan approved by council", "Valley Post")


def test_quote_variants_keep_the_title_line_wording() -> None:
    text = _page(
        "Mayor's footbridge plan approved | Valley Post",
        "Home",
        "News",
        "Mayor’s footbridge plan approved",
        "By Anna Berg",
        *EN,
    )
    assert _title(text) == ("Mayor's footbridge plan approved", "Valley Post")


def test_title_repeated_in_the_page_header_does_not_hide_the_heading() -> None:
    line = "Footbridge plan approved by council | Valley Post"
    text = _page(line, line, "Home", "News", "Contact", "Footbridge plan approved", *EN)
    assert _title(text) == ("Footbridge plan approved", "Valley Post")


def test_kicker_on_the_page_heading_is_kept() -> None:
    text = _page(
        "Footbridge plan approved by council | Valley Post",
        "Home",
        "News",
        "Vote: Footbridge plan approved by council",
        *EN,
    )
    assert _title(text) == ("Vote: Footbridge plan approved by council", "Valley Post")


@pytest.mark.parametrize(
    ("title_line", "heading", "byline", "body", "expected"),
    [
        (
            "Council approves the new footbridge - Club Press - Valley Post",
            "Club Press: Council approves the new footbridge",
            "By Anna Berg",
            EN,
            "Council approves the new footbridge",
        ),
        (
            "Neuer Radweg zur Universität freigegeben | Vereinspresse | Stadtbote",
            "Vereinspresse – Neuer Radweg zur Universität freigegeben",
            "Von Jana Lenz",
            DE,
            "Neuer Radweg zur Universität freigegeben",
        ),
        (
            # The label stands before the headline on the title line too: it is a kicker
            # the headline keeps.
            "Club Press - Council approves the new footbridge - Valley Post",
            "Club Press: Council approves the new footbridge",
            "By Anna Berg",
            EN,
            "Club Press: Council approves the new footbridge",
        ),
    ],
)
def test_section_label_on_the_heading_set_apart_on_the_title_line(
    title_line: str, heading: str, byline: str, body: list[str], expected: str
) -> None:
    """The heading opens with a label that the title line sets apart as a piece of its own
    after the headline: a section printed as a kicker, not part of the headline."""
    text = _page(title_line, "Home", "News", "Contact", heading, byline, *body)
    assert _title(text)[0] == expected


# A reading meter's prompt before the article's heading, running text the article region
# takes in: the heading and its byline then stand some lines into the region.
_METER_EN = [
    "Reading more about a story helps you follow it: this meter shows how much of the "
    "coverage on this topic you have read so far, and it fills up as you read on.",
    "Close",
    "Knowing the background of a story is part of being a citizen. Here you can see how well "
    "informed you are about it and find further articles on the subject.",
    "Want to know more about this subject?",
]
_METER_DE = [
    "Wer mehr über ein Thema liest, kann ihm besser folgen: Diese Anzeige zeigt, wie viel Sie "
    "von der Berichterstattung zu diesem Thema schon gelesen haben, und sie füllt sich beim "
    "Lesen.",
    "Schließen",
    "Den Hintergrund einer Nachricht zu kennen, gehört zum Bürgersein. Hier sehen Sie, wie "
    "gut Sie informiert sind, und finden weitere Artikel zum Thema.",
    "Wollen Sie mehr über dieses Thema wissen?",
]


@pytest.mark.parametrize(
    ("title_line", "meter", "heading", "byline", "body"),
    [
        (
            "Council backs plan for a footbridge to the station | Valley Post",
            [*_METER_EN, "Town news"],
            "Council approves the new footbridge to the station",
            "By Anna Berg",
            EN,
        ),
        (
            "Radweg zur Universität nach langer Bauzeit eröffnet | Stadtbote",
            [*_METER_DE, "Verkehr"],
            "Der neue Radweg zur Universität ist freigegeben",
            "Von Jana Lenz",
            DE,
        ),
    ],
)
def test_signed_heading_a_few_lines_into_the_article(
    title_line: str, meter: list[str], heading: str, byline: str, body: list[str]
) -> None:
    """The article region takes in a prompt before the headline: the heading right over a
    byline prefix a few lines into it, on the title line's story, is the headline."""
    text = _page(title_line, "Home", "News", "Contact", *meter, heading, byline, "Valley", *body)
    assert _title(text)[0] == heading


def test_signed_heading_on_another_story_is_not_the_headline() -> None:
    """The same heading sharing no longer word with the title line: the title line's
    headline stays."""
    text = _page(
        "Council backs plan for a footbridge to the station | Valley Post",
        "Home",
        "News",
        "Contact",
        *_METER_EN,
        "Town news",
        "Residents ask for lights along the river path",
        "By Anna Berg",
        "Valley",
        *EN,
    )
    assert _title(text)[0] == "Council backs plan for a footbridge to the station"


def test_signed_teaser_after_the_article_byline_is_not_the_headline() -> None:
    """A heading over a byline prefix inside the article, after the article's own byline and
    date: a teaser's, however many words it shares with the title line."""
    text = _page(
        "Council backs plan for a footbridge to the station | Valley Post",
        "Home",
        "News",
        "By Anna Berg",
        "Posted on May 3, 2024",
        "Print",
        "Save",
        EN[0],
        "More on the footbridge to the station",
        "By Ben Hale",
        EN[1],
    )
    assert _title(text)[0] == "Council backs plan for a footbridge to the station"


@pytest.mark.parametrize(
    ("title_line", "glued", "byline", "body", "expected"),
    [
        (
            "Harbour works: Council approves the new footbridge | Valley Post",
            "Harbour works Council gives the go-ahead for a footbridge to the station",
            "By Anna Berg",
            EN,
            "Council gives the go-ahead for a footbridge to the station",
        ),
        (
            "Verkehr in der Altstadt: Radweg zur Universität freigegeben | Stadtbote",
            "Verkehr in der Altstadt Neuer Radweg zur Universität ist seit Montag offen",
            "Von Jana Lenz",
            DE,
            "Neuer Radweg zur Universität ist seit Montag offen",
        ),
        (
            # The kicker glued to the title line's own wording: the title line's style, with
            # its colon, stays.
            "Harbour works: Council approves the new footbridge | Valley Post",
            "Harbour works Council approves the new footbridge",
            "By Anna Berg",
            EN,
            "Harbour works: Council approves the new footbridge",
        ),
        (
            # Glued to a line on another story (no longer word shared): no headline.
            "Harbour works: Council approves the new footbridge | Valley Post",
            "Harbour works Residents ask for lights along the river path",
            "By Anna Berg",
            EN,
            "Harbour works: Council approves the new footbridge",
        ),
    ],
)
def test_kicker_glued_to_a_headline_worded_otherwise(
    title_line: str, glued: str, byline: str, body: list[str], expected: str
) -> None:
    """Right under the repeated title line, the page prints its kicker in an element of its
    own, glued to a headline worded otherwise: that wording is the page's headline."""
    repeat = title_line.split(" | ", maxsplit=1)[0]
    text = _page(title_line, "Home", "News", "Contact", repeat, glued, byline, *body)
    assert _title(text)[0] == expected


@pytest.mark.parametrize(
    ("title_line", "byline", "body", "expected"),
    [
        (
            "Harbour works - “We will finish the bridge by May” | Valley Post",
            "By Anna Berg",
            EN,
            "“We will finish the bridge by May”",
        ),
        (
            "Radweg zur Universität – „Wir sind sehr zufrieden“ | Stadtbote",
            "Von Jana Lenz",
            DE,
            "„Wir sind sehr zufrieden“",
        ),
        (
            # A speaker before a colon: the quotation is theirs, the headline keeps them.
            "Mayor Lee: “We will finish the bridge by May” | Valley Post",
            "By Anna Berg",
            EN,
            "Mayor Lee: “We will finish the bridge by May”",
        ),
        (
            # Quoted words inside the rest: no single quotation, nothing is cut.
            "Harbour - 'Good' news for 'all' the boats | Valley Post",
            "By Anna Berg",
            EN,
            "Harbour - 'Good' news for 'all' the boats",
        ),
    ],
)
def test_topic_before_a_dash_and_a_whole_quotation(
    title_line: str, byline: str, body: list[str], expected: str
) -> None:
    """A short topic, a dash, then one quotation whole: the quotation is the headline."""
    text = _page(title_line, "Home", "News", "Contact", byline, *body)
    assert _title(text)[0] == expected


def test_heading_with_the_site_name_gives_the_title_line_headline() -> None:
    text = _page(
        "Footbridge plan approved by council | Valley Post",
        "Home",
        "News",
        "Footbridge plan approved by council :: VALLEYPOST.COM",
        *EN,
    )
    assert _title(text)[0] == "Footbridge plan approved by council"


def test_breadcrumb_above_the_article_is_not_the_headline() -> None:
    text = _page(
        "Footbridge plan approved by council | Valley Post",
        "Home",
        "News › Council › Footbridge plan",
        *EN,
    )
    assert _title(text) == ("Footbridge plan approved by council", "Valley Post")


def test_dense_script_heading_above_the_article() -> None:
    text = _page(
        "晨光日报 | 市政府宣布新建社区图书馆",
        "首页",
        "新闻",
        "市政府宣布年底前新建三座社区图书馆",
        *ZH,
    )
    title, site = _title(text)
    assert site == "晨光日报"
    assert title == "市政府宣布年底前新建三座社区图书馆"


@pytest.mark.parametrize("separator", [" ✩ ", " ~ ", " // ", " ★ "])
def test_any_separator_confirmed_by_the_page_heading(separator: str) -> None:
    """A symbol that is no known separator still splits the title line when the page's
    heading repeats the part before it."""
    text = _page(
        "Council backs the new footbridge" + separator + "Valley Post Weekly",
        "Home",
        "News",
        "Council backs the new footbridge",
        *EN,
    )
    assert _title(text) == ("Council backs the new footbridge", "Valley Post Weekly")


def test_of_two_repeated_parts_the_one_above_the_article_wins() -> None:
    """A menu repeats the title line's first piece (a series name); the heading right above
    the article repeats its longest piece, which is the headline."""
    text = _page(
        "River Walks | Council backs the new footbridge plan | Valley Post",
        "Home",
        "River Walks",
        "Podcasts",
        "Council backs the new footbridge plan",
        *EN,
    )
    assert _title(text)[0] == "Council backs the new footbridge plan"


def test_title_line_of_the_site_name_only() -> None:
    text = _page("Valley Post", "Home", "News", "Heavy snow closes the mountain pass", *EN)
    assert _title(text) == ("Heavy snow closes the mountain pass", "Valley Post")


@pytest.mark.parametrize(
    ("line", "heading", "body"),
    [
        ("Harbour Ferry Service", "Heavy snow closes the mountain pass", EN),
        ("Harbour Ferry Service -", "Heavy snow closes the mountain pass", EN),
        ("Stadtwerke Nord Aktuell |", "Neuer Radweg zur Universität ist frei", DE),
    ],
)
def test_title_line_of_a_three_word_name_only(line: str, heading: str, body: list[str]) -> None:
    """Three words that all open with a capital, a separator with nothing after it left
    out, are the site's name: the heading above the article is the headline."""
    text = _page(line, "Home", "News", heading, *body)
    assert _title(text) == (heading, line.rstrip(" -|"))


def test_title_line_of_three_words_not_all_capitalised_stays_the_headline() -> None:
    text = _page("Snow closes pass", "Home", "News", "Heavy snow in the mountains", *EN)
    assert _title(text)[0] == "Snow closes pass"


@pytest.mark.parametrize(
    "line", ["Heizjacken für die Baustelle -", "Heizjacken für die Baustelle |"]
)
def test_split_title_drops_a_separator_with_nothing_after_it(line: str) -> None:
    assert split_title(line) == ("Heizjacken für die Baustelle", None)


def test_split_title_keeps_closing_guillemets() -> None:
    line = "Agnès Laroche met en garde sur la « gravité de la situation »"
    assert split_title(line) == (line, None)


def test_heading_above_prompts_and_dates_before_the_article() -> None:
    """Prompts and a date line stand between the headline and the article."""
    text = _page(
        "Olive bread for the weekend - Easy recipes by Valley Kitchen",
        "Home",
        "Recipes",
        "Olive and herb bread for the weekend",
        "09/03/2021 by Mona 7 Comments",
        "Jump to Recipe Print Recipe",
        *EN,
    )
    assert _title(text)[0] == "Olive and herb bread for the weekend"


def test_whole_title_line_as_the_page_heading_is_the_headline() -> None:
    """A short kicker before a dash looks like a site name, but the page's heading repeats
    the whole line: the kicker belongs to the headline."""
    line = "Tannbach SO - A2 nach Unfall mit Lastwagen für den ganzen Abend gesperrt"
    text = _page(line, "Startseite", "Polizei", "Unfälle", line, *DE)
    assert _title(text) == (line, None)


def test_heading_after_long_menus_is_still_found() -> None:
    menus = [f"Section {n}" for n in range(450)]
    text = _page("Footbridge plan approved | Valley Post", *menus, "Footbridge plan approved", *EN)
    article = newsparse.parse_article(text)
    rules = {s.rule for s in article.segments if s.kind is SegmentKind.TITLE}
    assert rules == {"title.first-line", "title.repeated-heading"}


def test_site_after_a_bar_stays_when_the_whole_line_is_repeated() -> None:
    line = "Footbridge plan approved by council | Valley Post"
    text = _page(line, "Home", "News", "Contact", line, *EN)
    assert _title(text) == ("Footbridge plan approved by council", "Valley Post")


@pytest.mark.parametrize(
    ("title_line", "heading", "byline", "body"),
    [
        (
            "Town gets a new crossing | Valley Post",
            "Council approves the footbridge after a long debate",
            "By Anna Berg",
            EN,
        ),
        (
            "Mehr Platz für Fahrräder - Tagesblatt",
            "Radweg zur Universität freigegeben",
            "Von Jonas Keller",
            DE,
        ),
        (
            "Más cultura para todos — El Diario",
            "El museo abre también los lunes",
            "12 de marzo de 2024",
            ES,
        ),
    ],
)
def test_heading_over_a_byline_is_the_headline(
    title_line: str, heading: str, byline: str, body: list[str]
) -> None:
    """The title line words the story otherwise, but the heading right above the byline
    (or the date) shares words with the article: it is the printed headline."""
    text = _page(title_line, "Home", "News", "Contact", heading, byline, *body)
    assert _title(text)[0] == heading


def test_line_over_a_date_sharing_no_words_is_not_the_headline() -> None:
    text = _page(
        "Footbridge plan approved by council | Valley Post",
        "Home",
        "News",
        "Show or hide the search panel",
        "12 March 2024",
        *EN,
    )
    assert _title(text)[0] == "Footbridge plan approved by council"


@pytest.mark.parametrize(
    ("repeat", "kicker", "heading", "byline", "body"),
    [
        (
            "Council approves the footbridge plan",
            "Town planning",
            "Footbridge plan wins council backing",
            "By Anna Berg",
            EN,
        ),
        (
            "Radweg zur Universität ist endlich frei",
            "Verkehrswende",
            "Studierende feiern neuen Radweg",
            "Von Jonas Keller",
            DE,
        ),
    ],
)
def test_kicker_and_heading_under_a_repeated_title_are_the_headline(
    repeat: str, kicker: str, heading: str, byline: str, body: list[str]
) -> None:
    """The title line comes back as the last step of a breadcrumb trail; under it, a
    kicker and the page's own heading on the same story stand above the byline."""
    text = _page(f"{repeat} | Valley Post", "Home", "News", repeat, kicker, heading, byline, *body)
    assert _title(text)[0] == heading


def test_date_under_a_repeated_title_is_no_kicker() -> None:
    repeat = "Council approves the footbridge plan"
    text = _page(
        f"{repeat} | Valley Post",
        "Home",
        "News",
        repeat,
        "12 March 2024",
        "Footbridge plan wins council backing",
        "By Anna Berg",
        *EN,
    )
    assert _title(text)[0] == repeat


@pytest.mark.parametrize(
    ("title_line", "heading", "standfirst", "byline", "body"),
    [
        (
            "Storms could hit the valley on Friday | Valley Post",
            "Strong storms expected in the valley",
            "Forecasters expect strong storms in the valley on Friday",
            "By Anna Berg",
            EN,
        ),
        (
            "Radweg zur Universität ab Montag frei - Tagesblatt",
            "Neuer Radweg zur Universität ist frei",
            "Der Radweg zur Universität ist seit Montag für alle frei",
            "Von Jonas Keller",
            DE,
        ),
    ],
)
def test_heading_above_a_standfirst_is_the_headline(
    title_line: str, heading: str, standfirst: str, byline: str, body: list[str]
) -> None:
    """Under the headline, a longer standfirst on the same story stands nearer the article:
    the line above it is the headline."""
    text = _page(title_line, "Home", "News", "Contact", heading, standfirst, byline, *body)
    assert _title(text)[0] == heading


def test_kicker_above_the_page_heading_is_not_the_headline() -> None:
    text = _page(
        "Footbridge plan approved by council | Valley Post",
        "Home",
        "News",
        "Town hall vote",
        "Council approves the footbridge plan after a long debate",
        "By Anna Berg",
        *EN,
    )
    assert _title(text)[0] == "Council approves the footbridge plan after a long debate"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Valley Post - Council approves the new footbridge over the river after a long "
            "debate - News (en-gb)",
            (
                "Council approves the new footbridge over the river after a long debate",
                "Valley Post",
            ),
        ),
        (
            "Tagesblatt - Der neue Radweg zwischen Altstadt und Universität ist seit Montag "
            "für alle freigegeben - Lokales",
            (
                "Der neue Radweg zwischen Altstadt und Universität ist seit Montag für alle "
                "freigegeben",
                "Tagesblatt",
            ),
        ),
    ],
)
def test_split_title_site_first_then_a_long_headline_then_a_section(
    line: str, expected: tuple[str, str]
) -> None:
    assert split_title(line) == expected


def test_split_title_keeps_a_short_headline_before_a_long_name() -> None:
    line = "Fair supply chains - Valley Youth Work of the Hills - VYW"
    assert split_title(line) == ("Fair supply chains", "VYW")


def test_heading_over_a_standfirst_and_a_byline_far_above_the_article() -> None:
    """A standfirst stands between the headline and the byline, and share buttons between
    the byline and the article."""
    prompts = ["Share", "Facebook", "Email", "Print", "Copy link", "Save", "Comments"] * 2
    text = _page(
        "Town gets a new crossing | Valley Post",
        "Home",
        "News",
        "Council approves the footbridge after a long debate",
        "The new bridge links the old town with the station, and the council expects it to "
        "open to walkers next spring.",
        "By Anna Berg",
        *prompts,
        *EN,
    )
    assert _title(text)[0] == "Council approves the footbridge after a long debate"


_SHARE_PROMPTS = ["Share", "Facebook", "Email", "Print", "Copy link", "Save", "Comments"] * 2


@pytest.mark.parametrize(
    ("top", "heading", "quote", "byline", "body"),
    [
        (
            ("Town gets a new crossing | Valley Post", "Home", "News"),
            "Council approves the footbridge after a long debate",
            '"We waited such a long time for this, and it was worth every single minute of '
            'it," says one happy walker',
            "By Anna Berg",
            EN,
        ),
        (
            ("Mehr Platz für Fahrräder - Tagesblatt", "Startseite", "Nachrichten"),
            "Radweg zur Universität freigegeben",
            "„Wir haben so lange darauf gewartet, und es hat sich wirklich jede einzelne "
            "Minute davon gelohnt“, sagt eine glückliche Spaziergängerin",
            "Von Jonas Keller",
            DE,
        ),
    ],
)
def test_heading_over_a_quoted_standfirst_and_a_byline_is_the_headline(
    top: tuple[str, ...], heading: str, quote: str, byline: str, body: list[str]
) -> None:
    """A standfirst that is a quotation with no full stop at its end still reads as
    running text: the heading over it and the byline is the headline."""
    text = _page(*top, heading, quote, byline, *_SHARE_PROMPTS, *body)
    assert _title(text)[0] == heading


def test_prompt_over_a_quoted_standfirst_and_a_byline_is_not_the_headline() -> None:
    text = _page(
        "Town gets a new crossing | Valley Post",
        "Home",
        "News",
        "Sign up for our evening newsletter",
        '"We waited such a long time for this, and it was worth every single minute of it," '
        "says one happy walker",
        "By Anna Berg",
        *_SHARE_PROMPTS,
        *EN,
    )
    assert _title(text) == ("Town gets a new crossing", "Valley Post")


@pytest.mark.parametrize(
    ("top", "heading", "byline", "body"),
    [
        (
            ("Valley Post - The weekly paper for the valley", "Home", "News", "Contact"),
            "A long wait comes to an end",
            "By Anna Berg",
            EN,
        ),
        (
            ("Tagesblatt Nord - Die Zeitung für den Landkreis", "Startseite", "Nachrichten"),
            "Das lange Warten hat ein Ende",
            "Von Jonas Keller",
            DE,
        ),
    ],
)
def test_heading_over_a_byline_beats_a_title_line_that_tells_nothing_of_the_story(
    top: tuple[str, ...], heading: str, byline: str, body: list[str]
) -> None:
    """The title line is the site's name and tagline, sharing no word with the article:
    the heading over the byline is the headline, though it shares no word either."""
    text = _page(*top, heading, byline, *body)
    assert _title(text)[0] == heading


@pytest.mark.parametrize(
    ("title_line", "stamp_line", "expected"),
    [
        # Over a date only, a line sharing no word is not taken.
        (
            "Valley Post - The weekly paper for the valley",
            "12 March 2024",
            "The weekly paper for the valley",
        ),
        # The title line tells of the story: the heading must share a word.
        (
            "Footbridge plan approved by council | Valley Post",
            "By Anna Berg",
            "Footbridge plan approved by council",
        ),
    ],
)
def test_unrelated_line_over_a_stamp_is_not_the_headline(
    title_line: str, stamp_line: str, expected: str
) -> None:
    text = _page(
        title_line, "Home", "News", "Contact", "A long wait comes to an end", stamp_line, *EN
    )
    assert _title(text)[0] == expected


def test_kicker_and_headline_over_a_byline_keep_the_bare_headline() -> None:
    text = _page(
        "Footbridge plan approved by council - News - Valley Post",
        "Home",
        "News",
        "Town planning - Footbridge plan approved by council",
        "By Anna Berg",
        *EN,
    )
    assert _title(text)[0] == "Footbridge plan approved by council"


def test_prompt_over_a_date_sharing_only_short_words_is_not_the_headline() -> None:
    text = _page(
        "El museo amplía su horario de los lunes",
        "Inicio",
        "Cultura",
        "Esta función es para los registrados",
        "12 de marzo de 2024",
        *ES,
    )
    assert _title(text)[0] == "El museo amplía su horario de los lunes"


def test_line_holding_the_headline_is_no_standfirst() -> None:
    """The heading and its standfirst run together on one line under a list of tags: the
    line holds the title line's headline, so the tag list above it is not lifted."""
    text = _page(
        "Council approves the footbridge - Valley Post",
        "Home",
        "News",
        "Town, River, Footbridge, Politics, Weather",
        "Council approves the footbridge The vote ends a debate",
        "12 March 2024",
        *EN,
    )
    assert _title(text)[0] == "Council approves the footbridge"


@pytest.mark.parametrize(
    ("title_line", "heading", "date", "body", "expected"),
    [
        (
            "Council approves the footbridge - Valley Post",
            "Council approves the footbridge The vote ends a long debate",
            "12 March 2024",
            EN,
            "Council approves the footbridge",
        ),
        (
            "Neuer Radweg zur Universität - Tagesblatt",
            "Neuer Radweg zur Universität Studierende sparen eine Viertelstunde",
            "12.03.2024",
            DE,
            "Neuer Radweg zur Universität",
        ),
        (
            "El museo amplía su horario — El Diario",
            "El museo amplía su horario Las visitas guiadas llegan a los colegios",
            "12/03/2024",
            ES,
            "El museo amplía su horario",
        ),
        # The heading carries on the title line's words in lower case: the page's own,
        # longer wording of the headline.
        (
            "Council approves the footbridge - Valley Post",
            "Council approves the footbridge over the river",
            "12 March 2024",
            EN,
            "Council approves the footbridge over the river",
        ),
    ],
)
def test_standfirst_run_on_after_the_heading_is_left_out_of_the_title(
    title_line: str, heading: str, date: str, body: list[str], expected: str
) -> None:
    """A heading that is the title line's headline and then a phrase opening with a
    capital holds the headline and its standfirst on one line: the title is the headline,
    and the line is labelled as the heading it is."""
    text = _page(title_line, "Home", "News", heading, date, *body)
    article = newsparse.parse_article(text)
    assert article.title == expected
    titles = [s for s in article.segments if s.kind is SegmentKind.TITLE]
    assert [article.source_text[s.start : s.end] for s in titles] == [title_line, heading]
    assert titles[1].rule == "title.heading-before-article"


@pytest.mark.parametrize(
    ("title_line", "heading", "date", "body", "expected"),
    [
        (
            "Footbridge | Valley Post",
            "Footbridge Footbridge plan approved by the council",
            "12 March 2024",
            EN,
            "Footbridge plan approved by the council",
        ),
        (
            "Radweg - Tagesblatt",
            "Radweg Radweg zur Universität freigegeben",
            "12.03.2024",
            DE,
            "Radweg zur Universität freigegeben",
        ),
        (
            "Museo — El Diario",
            "Museo Museo de la ciudad abre los lunes",
            "12/03/2024",
            ES,
            "Museo de la ciudad abre los lunes",
        ),
        # The word after the kicker only opens with the headline's letters: a run-on
        # standfirst, not the headline repeated.
        (
            "Footbridge | Valley Post",
            "Footbridge Footbridges are planned for the old town",
            "12 March 2024",
            EN,
            "Footbridge",
        ),
    ],
)
def test_title_line_headline_printed_as_a_kicker_before_the_heading(
    title_line: str, heading: str, date: str, body: list[str], expected: str
) -> None:
    """The heading's line opens with the title line's short headline as a kicker, then the
    heading, which starts with the same words: the title is the heading after the kicker."""
    text = _page(title_line, "Home", "News", heading, date, *body)
    article = newsparse.parse_article(text)
    assert article.title == expected
    titles = [s for s in article.segments if s.kind is SegmentKind.TITLE]
    assert [article.source_text[s.start : s.end] for s in titles] == [title_line, heading]


@pytest.mark.parametrize(
    ("title_line", "nav", "heading", "byline", "body"),
    [
        (
            "Council news of the week | Valley Post",
            ("Home", "News", "Contact"),
            "Footbridge Approved, Station Link Funded, Night Lights Promised and Bicycle Rules "
            "Set for the Riverside Path",
            "By Anna Berg",
            EN,
        ),
        (
            "Stadtnachrichten der Woche - Tagesblatt",
            ("Startseite", "Nachrichten", "Kontakt"),
            "Radweg zur Universität freigegeben, Grünstreifen trennt Radfahrer vom "
            "Autoverkehr, Tausende Studierende sparen jeden Tag eine Viertelstunde auf dem "
            "Weg zur Vorlesung",
            "Von Jonas Keller",
            DE,
        ),
    ],
)
def test_long_heading_taken_into_the_article_over_a_byline_is_the_headline(
    title_line: str, nav: tuple[str, ...], heading: str, byline: str, body: list[str]
) -> None:
    """A long heading is read as the article's first line; right over the byline, with no
    sentence mark in it, it is still the printed headline."""
    text = _page(title_line, *nav, heading, byline, *body)
    assert _title(text)[0] == heading


def test_standfirst_taken_into_the_article_over_a_byline_is_not_the_headline() -> None:
    """The article's first line over the byline holds a question and a sentence: a
    standfirst, not a heading; the title line stays the title."""
    text = _page(
        "Council news of the week | Valley Post",
        "Home",
        "News",
        "Contact",
        "Footbridge approved, station link funded? The council says the bridge, lights and "
        "bicycle rules for the riverside path will follow",
        "By Anna Berg",
        *EN,
    )
    assert _title(text) == ("Council news of the week", "Valley Post")


@pytest.mark.parametrize(
    ("title_line", "nav", "kicker", "heading", "after"),
    [
        (
            "Footbridge plans | Valley Post",
            ("Home", "News", "Contact"),
            "Footbridge plans",
            "Council approves the new footbridge over the river",
            ["By Anna Berg", *EN],
        ),
        (
            "Radwege - Tagesblatt",
            ("Startseite", "Nachrichten", "Kontakt"),
            "Radwege",
            "Neuer Radweg zur Universität freigegeben",
            DE,
        ),
    ],
)
def test_heading_under_a_short_repeat_of_the_title_line_is_the_headline(
    title_line: str, nav: tuple[str, ...], kicker: str, heading: str, after: list[str]
) -> None:
    """The title line gives only a kicker or section name, which the page repeats right
    over its own, longer heading on the same topic: the heading is the headline."""
    text = _page(title_line, *nav, kicker, heading, *after)
    assert _title(text)[0] == heading


@pytest.mark.parametrize(
    "below",
    [
        # A standfirst of two sentences, not a heading.
        "Council approves the new footbridge. Work starts in spring",
        # A line on nothing the repeat names.
        "Residents welcome the council decision",
    ],
)
def test_line_under_a_short_repeat_that_is_no_heading_on_its_topic_is_not_the_headline(
    below: str,
) -> None:
    text = _page(
        "Footbridge plans | Valley Post",
        "Home",
        "News",
        "Contact",
        "Footbridge plans",
        below,
        "By Anna Berg",
        *EN,
    )
    assert _title(text) == ("Footbridge plans", "Valley Post")


HI = [
    "नगर परिषद ने मंगलवार को नदी पर एक नया पुल बनाने का फैसला किया, जो पुराने शहर को स्टेशन से "
    "जोड़ेगा। काम वसंत में शुरू होगा और लगभग एक साल चलेगा।",
    "नदी के पास रहने वाले लोगों ने इस योजना का स्वागत किया, हालांकि कुछ ने रास्ते पर और रोशनी की "
    "मांग की। परिषद ने कहा कि रात में पुल पर साइकिल नहीं चलेगी।",
]


def _html_page(title: str, heading: str, body: list[str]) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    return (
        f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>{heading}</h1>{paragraphs}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("title_line", "heading", "body", "expected"),
    [
        (
            "Footbridge plan: council approves the new crossing - Town news | Valley Post",
            "<span>Footbridge plan:</span>council approves the new crossing",
            EN,
            "Footbridge plan: council approves the new crossing",
        ),
        (
            "नया पुल: परिषद ने नदी पर पुल को मंजूरी दी - शहर समाचार | घाटी टाइम्स",
            "<span>नया पुल:</span>परिषद ने नदी पर पुल को मंजूरी दी",
            HI,
            "नया पुल: परिषद ने नदी पर पुल को मंजूरी दी",
        ),
        # The heading says more than the title line: its own wording, spacing and all.
        (
            "Footbridge plan: council approves the new crossing - Town news | Valley Post",
            "<span>Footbridge plan:</span>council approves the new crossing today",
            EN,
            "Footbridge plan:council approves the new crossing today",
        ),
    ],
)
def test_heading_set_without_a_space_takes_the_title_line_spacing(
    title_line: str, heading: str, body: list[str], expected: str
) -> None:
    """A kicker set in its own element with no space after it runs into the headline; the
    title line holds the same characters, spaced: the title is spaced as there."""
    article = newsparse.parse_article(_html_page(title_line, heading, body), input_format="html")
    assert article.title == expected


@pytest.mark.parametrize(
    ("code", "headline", "newsroom", "body"),
    [
        ("de", "Neuer Radweg zur Universität freigegeben", "Redaktion Stadtblatt Nord", DE),
        ("es", "El museo amplía su horario de los lunes", "Redacción Diario Norte Madrid", ES),
    ],
)
def test_newsroom_over_a_date_is_not_the_headline(
    code: str, headline: str, newsroom: str, body: list[str]
) -> None:
    text = _page(headline, newsroom, "03.05.2024 | 14:05", *body)
    assert newsparse.parse_article(text, language=code).title == headline


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "rain closes the mountain road » valleypost.org | news from the valley",
            ("rain closes the mountain road", "news from the valley"),
        ),
        (
            "stadtbote.de - Neue Brücke für die Altstadt | Lokales aus dem Norden",
            ("Neue Brücke für die Altstadt", "Lokales aus dem Norden"),
        ),
    ],
)
def test_split_title_drops_a_host_name_beside_the_headline(
    line: str, expected: tuple[str, str]
) -> None:
    """A tagline after the bar is taken as the site name; the host name left beside the
    headline is no part of it either."""
    assert split_title(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Neue Brücke für die Altstadt > stadtbote.de",
            ("Neue Brücke für die Altstadt", "stadtbote.de"),
        ),
        (
            "Le tramway arrive au port - courrier-du-matin.fr",
            ("Le tramway arrive au port", "courrier-du-matin.fr"),
        ),
    ],
)
def test_host_name_stays_a_site_when_the_whole_line_is_repeated(
    line: str, expected: tuple[str, str]
) -> None:
    """A repeat of the whole title line does not make a host name part of the headline."""
    text = _page(line, "Startseite", "Lokales", "Kontakt", line, *DE)
    assert _title(text) == expected


def test_repeat_of_the_title_after_the_article_does_not_hide_the_heading() -> None:
    """The title line comes back below the article (a list of links): the heading over the
    byline is still the printed headline."""
    line = "Town gets a new crossing | Valley Post"
    heading = "Council approves the footbridge after a long debate"
    text = _page(
        line,
        "Home",
        "News",
        "Contact",
        heading,
        "By Anna Berg",
        *EN,
        "Share this article",
        "More stories",
        line,
        "Rain closes the mountain road | Valley Post",
        "Contact us",
        "Privacy policy",
    )
    assert _title(text)[0] == heading


@pytest.mark.parametrize(
    ("line", "heading", "body"),
    [
        (
            "Neuer Radweg: Die Strecke zur Universität ist frei | Tagesblatt",
            "Neuer Radweg Die Strecke zur Universität ist frei",
            DE,
        ),
        (
            "Museo de la ciudad: abre también los lunes - El Diario",
            "Museo de la ciudad abre también los lunes",
            ES,
        ),
    ],
)
def test_title_line_punctuation_kept_when_the_heading_drops_it(
    line: str, heading: str, body: list[str]
) -> None:
    """The page prints the kicker and the headline without the colon between them: the title
    line's wording, colon and all, is the headline."""
    text = _page(line, "Startseite", "Kontakt", "Suche", heading, *body)
    assert _title(text) == split_title(line)


def test_heading_carried_on_after_a_colon_on_the_next_line() -> None:
    """A heading printed as its kicker, then a line opening with the colon and the rest."""
    text = _page(
        "Sommer in der Stadt: Der Radweg ist frei | Tagesblatt",
        "Startseite",
        "Kontakt",
        "Suche",
        "Sommer in der Stadt\n: Der Radweg ist frei",
        *DE,
    )
    assert _title(text) == ("Sommer in der Stadt: Der Radweg ist frei", "Tagesblatt")


def test_heading_that_is_no_part_of_the_title_line_leaves_the_site_name() -> None:
    """The heading holds only the kicker of the title line's headline: the site name is still
    the one after the bar, not the rest of the headline."""
    text = _page(
        "Sommer in der Stadt: Radweg frei | Tagesblatt",
        "Startseite",
        "Kontakt",
        "Suche",
        "Sommer in der Stadt",
        *DE,
    )
    assert _title(text)[1] == "Tagesblatt"


@pytest.mark.parametrize(
    ("code", "line", "heading", "site", "body"),
    [
        ("en", "News - Valley Post", "Council approves the new footbridge", "Valley Post", EN),
        ("de", "Aktuelles - Tagesblatt", "Neuer Radweg zur Universität", "Tagesblatt", DE),
        ("es", "Noticias | El Diario", "El museo abre también los lunes", "El Diario", ES),
    ],
)
def test_title_line_of_a_section_name_and_the_site(
    code: str, line: str, heading: str, site: str, body: list[str]
) -> None:
    """The title line names only a section ("News") and the site: the heading above the
    article is the headline."""
    text = _page(line, "Home", "Contact", heading, *body)
    article = newsparse.parse_article(text, language=code)
    assert (article.title, article.site_name) == (heading, site)


@pytest.mark.parametrize("invisible", ["\u00ad", "\u200b", "\u2060", "\ufeff"])
@pytest.mark.parametrize(
    ("title_line", "above", "repeat", "byline"),
    [
        (
            "Council backs the new footbridge | Valley Post",
            "Bridges over the river in town",
            "Council backs the new foot{}bridge",
            "By Ann Lee",
        ),
        (
            "Neuer Radweg zur Universität freigegeben - Tagesblatt",
            "Radwege in der ganzen Altstadt",
            "Neuer Rad{}weg zur Universität freigegeben",
            "Von Eva Kurz",
        ),
    ],
)
def test_repeat_of_the_headline_with_invisible_characters_is_no_standfirst(
    invisible: str, title_line: str, above: str, repeat: str, byline: str
) -> None:
    """A repeat of the headline written with a soft hyphen or another character that does
    not show is the headline itself, not a standfirst under the line above it."""
    body = EN if byline.startswith("By") else DE
    text = _page(title_line, "Home", "News", above, repeat.format(invisible), byline, *body)
    assert _title(text)[0] == repeat.format("")


@pytest.mark.parametrize("invisible", ["\u00ad", "\u200b"])
@pytest.mark.parametrize(
    ("title_line", "headline", "site", "body"),
    [
        (
            "Council backs the new foot{}bridge | Valley Post",
            "Council backs the new footbridge",
            "Valley Post",
            EN,
        ),
        ("Neuer Rad{}weg freigegeben - Tagesblatt", "Neuer Radweg freigegeben", "Tagesblatt", DE),
    ],
)
def test_title_is_given_as_it_shows(
    invisible: str, title_line: str, headline: str, site: str, body: list[str]
) -> None:
    """Characters that do not show are left out of the title and the site name, whether the
    title comes from the title line alone or from a heading repeating it."""
    line = title_line.format(invisible)
    assert _title(_page(line, "Home", "News", *body)) == (headline, site)
    assert _title(_page(line, "Home", "News", headline, *body)) == (headline, site)


@pytest.mark.parametrize(
    ("title_line", "body"),
    [
        ("Kolloquium zur Hafengeschichte des 18. Jahrhunderts (12. und 13. 3. 2019, Altdorf)", DE),
        ("Festival des 3. Jahrtausends am 4. 5. 2024 in der Altstadt", DE),
        ("Konference o dějinách města 12. a 13. 5. 2024 v Novém Městě", EN),
    ],
)
def test_full_stops_after_numbers_are_no_sentence_ends_in_a_title(
    title_line: str, body: list[str]
) -> None:
    """Ordinals and dates written with full stops do not make a title line running text."""
    text = _page(title_line, "Startseite", "Über das Blog", "Artikel, Forschung", title_line, *body)
    assert _title(text)[0] == title_line


@pytest.mark.parametrize(
    ("title_line", "headline"),
    [
        (
            "The Harbour Lie. How a rumour sank a ferry… | Ann B. Lee | Harbour Notes",
            "The Harbour Lie. How a rumour sank a ferry…",
        ),
        (
            "U.S. Coast Guard ends search. Divers return to port | Harbour Notes",
            "U.S. Coast Guard ends search. Divers return to port",
        ),
    ],
)
def test_full_stops_after_initials_are_no_sentence_ends_in_a_title(
    title_line: str, headline: str
) -> None:
    """Regression: a title line with a sentence, an ellipsis and an author's initial ("Ann
    B. Lee") counted three sentences, was taken for running text and passed over for the
    "Open in app" line under it. Full stops after initials ("U.S.") end no sentence."""
    text = _page(title_line, "Open in app", "Sign in", *EN)
    assert _title(text)[0] == headline


def test_a_heading_repeating_the_first_sentence_of_the_title_line_is_the_headline() -> None:
    """A blog platform's title line gives the title and the start of its subtitle ("The
    Harbour Lie. How a rumour sank a…"); the page prints them as two headings. The one
    that repeats the first sentence is the headline, not the subtitle nearer the
    article."""
    text = _page(
        "The Harbour Lie. How a rumour sank a ferry and… | by Ann Lee | Harbour Notes",
        "Open in app",
        "Sign in",
        "The Harbour Lie",
        "Ann Lee",
        "How a rumour sank a ferry and its captain",
        *EN,
    )
    assert _title(text)[0] == "The Harbour Lie"


KO = [
    "시는 오늘 연말까지 동네 도서관 세 곳을 새로 열겠다고 밝혔다. 새 도서관에는 어린이 열람실과 "
    "공부방이 마련되고, 문을 여는 시간도 밤 열 시까지 늘어난다.",
    "주민들은 대체로 반기는 분위기다. 아이들이 학교를 마친 뒤 조용히 공부할 곳이 생겼다는 "
    "부모들이 많았다. 도서관은 매달 강연과 독서 모임도 열 계획이다.",
]


@pytest.mark.parametrize(
    ("title_line", "body", "expected"),
    [
        (
            "동네 도서관 세 곳 연말까지 새로 문 열어-사회ㅣ한빛일보",
            KO,
            ("동네 도서관 세 곳 연말까지 새로 문 열어", "한빛일보"),
        ),
        (
            "市政府宣布年底前新建三座社区图书馆-国内 | 晨光日报",
            ZH,
            ("市政府宣布年底前新建三座社区图书馆", "晨光日报"),
        ),
        (
            "Festival passes for the river weekend are Ready-to-Go | Valley Post",
            EN,
            ("Festival passes for the river weekend are Ready-to-Go", "Valley Post"),
        ),
    ],
)
def test_section_joined_to_the_headline_by_a_hyphen_is_left_out(
    title_line: str, body: list[str], expected: tuple[str, str]
) -> None:
    """In scripts without case, a section name joined to the end of the headline by a
    hyphen is no part of it; in scripts with case, such a word is part of a compound."""
    assert _title(_page(title_line, *body)) == expected


@pytest.mark.parametrize(
    ("title_line", "heading", "under", "byline", "body"),
    [
        (
            "Council backs new footbridge over the river | Valley Post",
            "After a long debate, council backs the new footbridge over the river that shop "
            "owners on the old quay asked for",
            "Lights along the footbridge path will stay on all night",
            "By Ann Lee",
            EN,
        ),
        (
            "Neuer Radweg verbindet Altstadt und Universität - Tagesblatt",
            "Nach drei Jahren Bauzeit verbindet ein neuer Radweg die Altstadt mit der "
            "Universität im Norden der Stadt",
            "Studierende sparen täglich eine Viertelstunde auf dem Radweg",
            "Von Eva Kurz",
            DE,
        ),
    ],
)
def test_heading_holding_most_of_a_long_title_line_is_the_headline(
    title_line: str, heading: str, under: str, byline: str, body: list[str]
) -> None:
    """A heading that holds most of a long title line's words and adds many of its own is
    the page's longer wording of the headline, not a line under it that stands over the
    byline."""
    text = _page(title_line, "Home", "News", heading, under, byline, *body)
    assert _title(text)[0] == heading


def test_short_heading_of_a_dense_script_repeats_the_title_line() -> None:
    """A heading in a script without spaces is measured by its weighted length: ten
    characters are a whole headline there, and its repeat on the page is the headline."""
    text = _page(
        "新馆开放延长到晚上十点-晨光日报",
        "首页",
        "国内",
        "新馆开放延长到晚上十点",
        "2024-03-05 09:30",
        "来源：晨光日报网",
        *ZH,
    )
    assert _title(text)[0] == "新馆开放延长到晚上十点"


@pytest.mark.parametrize(
    ("first", "heading", "body"),
    [
        (
            "Ruderclub am Nordufer e.V. - Neuigkeiten » Die Saison ist endlich eröffnet",
            "Die Saison ist endlich eröffnet",
            DE,
        ),
        (
            "Harbour Rowing Club of the North - News » Our boats are back on the water",
            "Our boats are back on the water",
            EN,
        ),
    ],
)
def test_heading_repeating_the_piece_after_an_arrow_quote_is_the_title(
    first: str, heading: str, body: list[str]
) -> None:
    # "Site - Section » Headline": the page prints the last piece, set apart by a "»"
    # between spaces, as its heading.
    text = _page(first, "Home", "Login", "News", heading, *body)
    assert _title(text)[0] == heading


def test_closing_guillemet_is_no_separator() -> None:
    line = "Le maire : « Nous rouvrirons la piscine » dit-il - Le Courrier"
    assert "dit-il" not in _edge_parts(line)
    assert _edge_parts(line)["le courrier"].startswith("Le maire")


@given(st.text(st.characters(max_codepoint=127), max_size=60))
def test_words_of_ascii_lines_are_the_patterns_words(text: str) -> None:
    """A line in ASCII is cut into words by the standard library's engine, into the words
    the pattern finds."""
    assert _tokens(text) == _TOKEN.findall(text.casefold())


_BUTTONS = ["Share", "Facebook", "X", "Email", "Save", "Print", "Copy link", "Comments"]


@pytest.mark.parametrize(
    ("title_line", "heading", "standfirst", "buttons", "body"),
    [
        (
            "Footbridge approved by the council | Valley Post",
            "Council approves the footbridge after a long debate",
            "The new bridge will link the old town with the station and should open to "
            "walkers and cyclists next spring if the work keeps to plan",
            _BUTTONS * 2,
            EN,
        ),
        (
            "Radweg zur Universität frei - Tagesblatt",
            "Neuer Radweg zur Universität ist seit Montag frei",
            "Auf knapp vier Kilometern trennt ein breiter Grünstreifen die Radfahrer vom "
            "Autoverkehr und Studierende sparen eine Viertelstunde",
            ["Teilen", "Facebook", "X", "E-Mail", "Merken", "Drucken", "Link kopieren"] * 2,
            DE,
        ),
    ],
)
def test_heading_over_a_standfirst_far_above_the_article_is_the_headline(
    title_line: str, heading: str, standfirst: str, buttons: list[str], body: list[str]
) -> None:
    """Buttons of a word or two between a heading with its standfirst and the article do
    not put the heading out of reach: the heading over the standfirst is the headline."""
    text = _page(title_line, "Home", "News", heading, standfirst, *buttons, *body)
    assert _title(text)[0] == heading


def test_heading_far_above_the_article_without_a_standfirst_is_not_the_headline() -> None:
    """So far above the article, a heading-like line with only buttons under it may be a
    teaser of another story: the title line stays the title."""
    text = _page(
        "Footbridge approved by the council | Valley Post",
        "Home",
        "News",
        "Council approves the footbridge after a long debate",
        *(_BUTTONS * 2),
        *EN,
    )
    assert _title(text) == ("Footbridge approved by the council", "Valley Post")


@pytest.mark.parametrize(
    ("top", "lines", "body"),
    [
        (
            ("Footbridge plans: council says yes | Valley Post", "Home", "News", "Newsletter"),
            (
                "Photo: the river at dawn, where the new footbridge will stand once the "
                "council has found the money for the work on both banks",
                "Town",
                "Council approves the new footbridge after a long debate",
                "Sam Okafor 2024-05-03T10:10:52+01:00 3 May 2024 |",
                "The bridge will link the old town with the station, and walkers will use it "
                "from next spring.",
            ),
            EN,
        ),
        (
            ("Radweg zur Universität: Stadt gibt frei - Tagesblatt", "Startseite", "Newsletter"),
            (
                "Foto: Der neue Radweg am Morgen, kurz bevor die ersten Studierenden auf dem "
                "Weg zur Universität an der Altstadt vorbeifahren",
                "Verkehr",
                "Neuer Radweg zwischen Altstadt und Universität ist frei",
                "Anna Fink 2024-05-03T10:10:52+01:00 3. Mai 2024 |",
                "Der Radweg trennt die Radfahrer vom Autoverkehr, und viele Studierende sparen "
                "so Zeit.",
            ),
            DE,
        ),
    ],
)
def test_heading_after_a_caption_and_a_kicker_at_the_articles_start_is_the_headline(
    top: tuple[str, ...], lines: tuple[str, ...], body: list[str]
) -> None:
    """The article region opens with a picture's caption, then a kicker, then the heading
    over a date line: that heading is the headline, though the title line words the story
    otherwise."""
    text = _page(*top, *lines, *body)
    assert _title(text)[0] == lines[2]


def test_sentence_after_a_caption_at_the_articles_start_is_not_the_headline() -> None:
    """A line that ends a sentence under the caption is a standfirst, not a heading."""
    text = _page(
        "Footbridge plans: council says yes | Valley Post",
        "Home",
        "News",
        "Newsletter",
        "Photo: the river at dawn, where the new footbridge will stand once the council has "
        "found the money for the work on both banks",
        "Town",
        "Council approves the new footbridge after a long debate.",
        "Sam Okafor 2024-05-03T10:10:52+01:00 3 May 2024 |",
        "The bridge will link the old town with the station, and walkers will use it from "
        "next spring.",
        *EN,
    )
    assert _title(text)[0] == "Footbridge plans: council says yes"


@pytest.mark.parametrize(
    ("top", "crumb"),
    [
        (
            ("Footbridge plans: council says yes | Valley Post", "News", "Sport"),
            "Home/Council approves the footbridge plans after a long debate",
        ),
        (
            ("Radweg zur Universität: Stadt gibt frei - Tagesblatt", "Nachrichten", "Sport"),
            "Startseite/Radweg zur Universität: Stadt gibt ihn frei",
        ),
    ],
)
def test_breadcrumb_with_no_spaces_is_not_the_headline(top: tuple[str, ...], crumb: str) -> None:
    """A trail that opens with a menu word and a slash with no spaces ("Home/…") is a
    breadcrumb, not the article's heading."""
    body = EN if top[0].endswith("Valley Post") else DE
    text = _page(*top, crumb, *body)
    title = _title(text)[0]
    assert title is not None
    assert "/" not in title


def test_heading_with_a_slash_after_a_name_is_still_the_headline() -> None:
    """A slash after a word that is no menu entry ("AC/DC") makes no breadcrumb."""
    text = _page(
        "AC/DC to play at the harbour | Valley Post",
        "News",
        "Sport",
        "AC/DC will play a concert at the harbour this summer",
        *EN,
    )
    assert _title(text)[0] == "AC/DC will play a concert at the harbour this summer"


@pytest.mark.parametrize(
    ("title_line", "trail", "heading", "body"),
    [
        (
            "Valley Post - News and views from the valley",
            "You are here: Home » Travel » Lakes of the upper valley",
            "Lakes of the upper valley",
            EN,
        ),
        (
            "Tagesblatt - Nachrichten aus der Region",
            "Sie sind hier: Startseite › Freizeit › Seen im oberen Tal",
            "Seen im oberen Tal",
            DE,
        ),
    ],
)
def test_heading_repeating_the_last_step_of_a_breadcrumb_is_the_headline(
    title_line: str, trail: str, heading: str, body: list[str]
) -> None:
    """The line under a breadcrumb trail that repeats the trail's last step names the page
    the trail leads to: it is the headline, not the site's tagline on the title line."""
    text = _page(title_line, "Home", "Newsletter", trail, heading, *body)
    assert _title(text)[0] == heading


@pytest.mark.parametrize(
    ("title_line", "trail", "heading", "body"),
    [
        (
            "Footbridge | Valley Post",
            "Home | Magazine | Town | Footbridge",
            "Council approves the new footbridge after a long debate",
            EN,
        ),
        (
            "Radweg | Tagesblatt",
            "Startseite | Magazin | Verkehr | Radweg",
            "Neuer Radweg zwischen Altstadt und Universität ist frei",
            DE,
        ),
        (
            "Museo | El Diario",
            "Inicio|Cultura|Ciudad|Museo",
            "El museo de la ciudad abre también los lunes por la tarde",
            ES,
        ),
    ],
)
def test_heading_under_a_breadcrumb_ending_in_the_title_lines_headline_is_the_headline(
    title_line: str, trail: str, heading: str, body: list[str]
) -> None:
    """A trail whose last step is the title line's headline names the page briefly; the
    heading right under it is the page's full headline."""
    text = _page(title_line, "Home", "Newsletter", trail, heading, *body)
    assert _title(text)[0] == heading


def test_heading_under_a_breadcrumb_leading_elsewhere_is_not_the_headline() -> None:
    """A trail whose last step is neither the line under it nor the title line's headline
    says nothing about that line: the title line stays the title."""
    text = _page(
        "Footbridge approved by the council | Valley Post",
        "Home",
        "Newsletter",
        "Home » Town » Footbridge",
        "Weather in the valley for the coming week",
        *EN,
    )
    assert _title(text) == ("Footbridge approved by the council", "Valley Post")


@pytest.mark.parametrize(
    ("title_line", "kicker", "heading", "site", "body"),
    [
        (
            "Workouts of the week | Pyramid with fast sprints - Swim Mag",
            "Workouts of the week",
            "Pyramid with fast sprints",
            "Swim Mag",
            EN,
        ),
        (
            "Training der Woche | Pyramide mit Sprints - Bahn7",
            "Training der Woche",
            "Pyramide mit Sprints",
            "Bahn7",
            DE,
        ),
    ],
)
def test_heading_under_a_kicker_that_is_another_piece_of_the_title_line_is_the_headline(
    title_line: str, kicker: str, heading: str, site: str, body: list[str]
) -> None:
    """A title line "Kicker | Headline - Site", printed on the page as the kicker over the
    headline: the line under the kicker is the headline, the last piece the site."""
    text = _page(title_line, "Home", "Training", "Newsletter", kicker, heading, *body)
    assert _title(text) == (heading, site)


def test_line_under_a_kicker_that_is_no_piece_of_the_title_line_is_not_the_headline() -> None:
    """A line under the repeat that shares no word with it and is no piece of the title
    line may be anything: the repeat stays the headline."""
    text = _page(
        "Workouts of the week | Pyramid with fast sprints - Swim Mag",
        "Home",
        "Training",
        "Newsletter",
        "Workouts of the week",
        "Weather in the valley for the coming days",
        *EN,
    )
    assert _title(text)[0] == "Workouts of the week"


@pytest.mark.parametrize(
    ("title_line", "heading", "date", "summary", "body"),
    [
        (
            "Heat pumps: rent or buy? What is cheaper? | Money Mag",
            "Heat pumps: renting or buying?",
            "11 October 2019",
            "Conclusion – Heat pumps: rent or buy?",
            EN,
        ),
        (
            "Wärmepumpe: mieten oder kaufen? Was ist günstiger? | Geldblatt",
            "Wärmepumpe: Miete oder Kauf?",
            "11. Oktober 2019",
            "Fazit – Wärmepumpe: mieten oder kaufen?",
            DE,
        ),
    ],
)
def test_heading_over_the_date_at_the_articles_start_beats_a_summary_heading_deep_in_it(
    title_line: str, heading: str, date: str, summary: str, body: list[str]
) -> None:
    """A heading deep in the article that only resembles the title line (a summary) is not
    the headline when the article opens with a heading on the same story over its date."""
    text = _page(title_line, "Home", "Magazine", heading, date, *body, *body, summary, *body)
    assert _title(text)[0] == heading


def test_summary_heading_deep_in_the_article_stays_without_an_opening_heading() -> None:
    """With no heading over a date at the article's start, the heading that resembles the
    title line stays the best evidence."""
    summary = "Conclusion – Heat pumps: rent or buy?"
    text = _page(
        "Heat pumps: rent or buy? What is cheaper? | Money Mag",
        "Home",
        "Magazine",
        *EN,
        *EN,
        summary,
        *EN,
    )
    assert _title(text)[0] == summary


@pytest.mark.parametrize(
    ("title_line", "date", "heading", "paragraph"),
    [
        (
            "Valley Trade - The magazine for the shop trade",
            "4 November 2021 | Paid content",
            "Harbour festival draws record crowds to the old docks",
            "The harbour festival drew more visitors than ever this weekend, and the crowds "
            "filled the old docks until late at night. Organisers want to repeat it next year.",
        ),
        (
            "Talhandel - Die Zeitschrift für den Fachhandel",
            "04. November 2021 | Anzeige",
            "Hafenfest lockt Rekordbesucher in die alten Docks",
            "Das Hafenfest lockte am Wochenende mehr Besucher als je zuvor, bis spät in die "
            "Nacht waren die alten Docks voll. Die Veranstalter planen es wieder.",
        ),
    ],
)
def test_heading_under_a_date_is_the_headline_when_the_title_line_is_a_tagline(
    title_line: str, date: str, heading: str, paragraph: str
) -> None:
    """A title line that shares no word with the article (a site's name and tagline):
    the heading at the article's start, dated above it and on the story of the paragraph
    under it, is the headline."""
    text = _page(title_line, "Home", "News", "Events", date, heading, paragraph, *EN)
    assert _title(text)[0] == heading


def test_heading_under_a_date_leaves_a_title_line_that_tells_of_the_article() -> None:
    """A title line that shares words with the article's first lines is its headline: a
    heading under a date does not overrule it."""
    text = _page(
        "Harbour festival breaks its record | Valley Post",
        "Home",
        "News",
        "Events",
        "4 November 2021",
        "Crowds fill the old docks for the weekend",
        "The harbour festival drew more visitors than ever this weekend, and the crowds "
        "filled the old docks until late at night. Organisers want to repeat it next year.",
        *EN,
    )
    assert _title(text)[0] == "Harbour festival breaks its record"


@pytest.mark.parametrize(
    ("title_line", "heading", "body"),
    [
        (
            "Bridge plan 2024: when will the footbridge open? | answers | Valley Post",
            "When will the new footbridge over the river open, under the 2024 bridge plan?",
            EN,
        ),
        (
            "Horario del museo 2024: ¿cuándo abre los lunes? | respuestas | El Diario",
            "¿Cuándo abre el museo de la ciudad los lunes, según el horario de 2024?",
            ES,
        ),
    ],
)
def test_question_opening_the_article_on_the_title_lines_story_is_the_headline(
    title_line: str, heading: str, body: list[str]
) -> None:
    """The article opens with a heading on the story of the title line, right over its
    first paragraph: it is the headline, though it reads as a sentence, since it asks."""
    text = _page(title_line, "Home", "answers", heading, *body)
    assert _title(text)[0] == heading


def test_sentence_opening_the_article_is_not_the_headline() -> None:
    """A line that opens the article as running text (here with no full stop at its end),
    not asking or exclaiming, is its first paragraph even when it shares the title line's
    words."""
    text = _page(
        "Bridge plan 2024: when will the footbridge open? | answers | Valley Post",
        "Home",
        "answers",
        "Council members said on Tuesday that the footbridge, under the 2024 bridge plan, "
        "will open in the spring, once the work on both banks is done",
        *EN,
    )
    assert _title(text)[0] == "Bridge plan 2024: when will the footbridge open?"


@pytest.mark.parametrize(
    ("title_line", "heading", "site", "body"),
    [
        (
            "Guides/Getting_Started - Harbour Wiki",
            "Getting started with the harbour ferry app",
            "Harbour Wiki",
            EN,
        ),
        (
            "Hilfe/Erste-Schritte - Hafenwiki",
            "Erste Schritte mit der neuen Fähren-App",
            "Hafenwiki",
            DE,
        ),
    ],
)
def test_title_line_holding_a_page_path_gives_way_to_the_heading(
    title_line: str, heading: str, site: str, body: list[str]
) -> None:
    """A wiki's title line names the page by its path ("Guides/Getting_Started"), not by a
    headline: the heading above the article is the title, though the path is repeated."""
    path = title_line.split(" - ", maxsplit=1)[0]
    text = _page(title_line, "Search:", path, "FrontPage", "RecentChanges", heading, *body)
    assert _title(text) == (heading, site)


def test_headline_with_a_slash_between_words_is_no_page_path() -> None:
    """A headline with spaces that holds a slash ("24/7") is a headline, not a path."""
    text = _page(
        "Ferry runs 24/7 over the summer | Valley Post",
        "Home",
        "News",
        "Ferry runs 24/7 over the summer",
        *EN,
    )
    assert _title(text) == ("Ferry runs 24/7 over the summer", "Valley Post")


@pytest.mark.parametrize(
    ("title_line", "heading", "headline", "body"),
    [
        (
            "Valley Games | Previews: Harbour Sim 2 Beta",
            "Harbour Sim 2 Beta Back to the docks?",
            "Harbour Sim 2 Beta",
            EN,
        ),
        (
            "Spieleblatt | Vorschauen: Hafensimulator 2 Beta",
            "Hafensimulator 2 Beta Zurück in den Hafen?",
            "Hafensimulator 2 Beta",
            DE,
        ),
    ],
)
def test_label_before_a_colon_on_the_title_line_is_left_out_when_the_page_prints_the_rest(
    title_line: str, heading: str, headline: str, body: list[str]
) -> None:
    """A title line that puts the site's section before the headline ("Previews: …") and a
    heading that opens with the rest, then runs on with a subtitle: the rest is the
    headline."""
    text = _page(title_line, "Search", "Products", heading, *body)
    assert _title(text)[0] == headline


def test_label_before_a_colon_stays_when_no_heading_prints_the_rest() -> None:
    """With no heading that opens with the words after the colon, the title line's
    headline stays whole."""
    text = _page(
        "Valley Games | Previews: Harbour Sim 2 Beta",
        "Search",
        "Products",
        "Back to the docks with the new beta",
        *EN,
    )
    assert _title(text)[0] == "Previews: Harbour Sim 2 Beta"


@pytest.mark.parametrize(
    ("title_line", "heading", "summary", "body"),
    [
        (
            "Heat pumps: rent or buy? What is cheaper? | Money Mag",
            "Heat pumps: renting or buying?",
            "Conclusion – Heat pumps: rent or buy?",
            EN,
        ),
        (
            "Wärmepumpe: mieten oder kaufen? Was ist günstiger? | Geldblatt",
            "Wärmepumpe: Miete oder Kauf?",
            "Fazit – Wärmepumpe: mieten oder kaufen?",
            DE,
        ),
    ],
)
def test_heading_opening_the_article_beats_a_summary_heading_deep_in_it(
    title_line: str, heading: str, summary: str, body: list[str]
) -> None:
    """With no date under it, a heading on the story that opens the article, right over
    its first paragraph, still beats a heading deep in it that only resembles the title
    line."""
    text = _page(title_line, "Home", "Magazine", heading, *body, *body, summary, *body)
    assert _title(text)[0] == heading


@pytest.mark.parametrize(
    ("title_line", "heading", "byline", "body"),
    [
        (
            "Council backs the footbridge - Valley Post",
            "Council backs the footbridge over the river",
            "By Sam Okafor",
            EN,
        ),
        (
            "Stadt gibt den Radweg frei - Tagesblatt",
            "Stadt gibt den Radweg frei, ab Montag für alle",
            "Von Anna Fink",
            DE,
        ),
    ],
)
def test_fuller_heading_over_the_byline_beats_a_repeat_deep_in_the_article(
    title_line: str, heading: str, byline: str, body: list[str]
) -> None:
    """The heading over the byline that holds the title line's headline and goes on is
    the headline, not a bare repeat of it deep in the article (a link to the story)."""
    headline = title_line.split(" - ", maxsplit=1)[0]
    text = _page(title_line, "Home", "News", heading, byline, *body, *body, headline, *body)
    assert _title(text)[0] == heading


def test_heading_over_the_byline_that_words_the_story_otherwise_leaves_the_repeat() -> None:
    """A heading over the byline that does not hold the headline whole gives the repeat
    deep in the article no reason to give way."""
    text = _page(
        "Council backs the footbridge - Valley Post",
        "Home",
        "News",
        "Footbridge plans win the vote",
        "By Sam Okafor",
        *EN,
        *EN,
        "Council backs the footbridge",
        *EN,
    )
    assert _title(text)[0] == "Council backs the footbridge"


@pytest.mark.parametrize(
    ("title_line", "date", "heading", "site", "body"),
    [
        (
            "New practice boards - Kestrel Sails - "
            "Sailmakers, sails and boards with repairs in Brookhaven",
            "14 May 2021 08:20",
            "New practice boards",
            "Kestrel Sails",
            EN,
        ),
        (
            "Neue Übungsbretter - Kestrel Segel - "
            "Segelmacher, Segel und Bretter mit Reparatur in Brookhafen",
            "14.05.2021 08:20",
            "Neue Übungsbretter",
            "Kestrel Segel",
            DE,
        ),
    ],
)
def test_first_piece_printed_between_the_date_and_the_article_is_the_headline(
    title_line: str, date: str, heading: str, site: str, body: list[str]
) -> None:
    """A short first piece that the split took for the site's name, printed between the
    date line and the article's first paragraph, is the headline: a site's name does not
    stand there. The site is then another piece that reads as a name."""
    text = _page(title_line, "Home", "Articles", date, heading, *body)
    assert _title(text) == (heading, site)


def test_first_piece_printed_at_the_top_of_the_page_stays_the_site_name() -> None:
    """The same piece printed at the top of the page, as a logo's text, is the site's
    name the split took it for."""
    text = _page(
        "Kestrel Sails - Sailmakers, sails and boards with repairs in Brookhaven",
        "Kestrel Sails",
        "Home",
        "Articles",
        *EN,
    )
    assert _title(text)[1] == "Kestrel Sails"


@pytest.mark.parametrize(
    ("title_line", "heading", "under", "body"),
    [
        (
            "Town gets a new crossing | Valley Post",
            "Council approves the footbridge after a long debate",
            (
                "The river seen from the old town, where the footbridge will stand. "
                "Photo: Lena Hart",
                "Work on the new crossing should start in the spring and take about a year.",
                "By Anna Berg",
            ),
            EN,
        ),
        (
            "Mehr Platz für Fahrräder - Tagesblatt",
            "Radweg zur Universität endlich freigegeben",
            (
                "Der Grünstreifen trennt den Radweg vom Autoverkehr. Foto: Mia Roth",
                "Studierende sparen auf dem Weg zur Universität eine Viertelstunde.",
                "Von Jonas Keller",
            ),
            DE,
        ),
    ],
)
def test_heading_over_a_caption_a_standfirst_and_a_byline_is_the_headline(
    title_line: str, heading: str, under: tuple[str, str, str], body: list[str]
) -> None:
    """A picture's caption and a standfirst, both running text, stand between the printed
    headline and the byline (*under* it, in that order): the headline is still the heading
    over them."""
    text = _page(title_line, "Home", "News", "Contact", heading, *under, *body)
    assert _title(text)[0] == heading


def test_line_over_the_headline_a_standfirst_and_a_date_is_not_the_headline() -> None:
    """The title line's headline itself stands right under the line (a blog's name), then
    the standfirst and the date: the line is no headline over a caption."""
    headline = "Should the footbridge stay open at night? We think so."
    text = _page(
        f"{headline} | Valley Post",
        "Home",
        "News",
        "The Valley Post Blog",
        headline,
        "Riders and walkers asked the council to keep the new footbridge open after dark.",
        "12 March 2024",
        *EN,
    )
    assert _title(text)[0] == headline


@pytest.mark.parametrize(
    ("title_line", "headline", "subtitle", "byline", "body"),
    [
        (
            "Footbridge opens after two years of work - "
            "Council promises more crossings along the river - Valley Post",
            "Footbridge opens after two years of work",
            "Council promises more crossings along the river",
            "By Anna Berg",
            EN,
        ),
        (
            "Neuer Radweg nach zwei Jahren Bauzeit eröffnet - "
            "Die Stadt plant weitere Strecken zur Universität - Tagesblatt",
            "Neuer Radweg nach zwei Jahren Bauzeit eröffnet",
            "Die Stadt plant weitere Strecken zur Universität",
            "Von Jonas Keller",
            DE,
        ),
    ],
)
def test_headline_printed_over_another_part_of_the_title_line_is_the_headline(
    title_line: str, headline: str, subtitle: str, byline: str, body: list[str]
) -> None:
    """The title line holds a headline and a subtitle; the page prints both, the subtitle
    right under the headline and nearer the article: the headline is the title."""
    text = _page(title_line, "Home", "News", "Contact", headline, subtitle, byline, *body)
    assert _title(text)[0] == headline


def test_headline_printed_far_above_another_part_of_the_title_line_is_not_the_title() -> None:
    """A show's name first on the title line, printed high up in the menu, and the
    episode's name printed over the article: the episode's name is the title."""
    text = _page(
        "Harbour Talk | With a ferry captain on the night crossing | Valley Radio",
        "Home",
        "Harbour Talk",
        "Shows",
        "Contact",
        "With a ferry captain on the night crossing",
        *EN,
    )
    assert _title(text)[0] == "With a ferry captain on the night crossing"


@pytest.mark.parametrize(
    ("title_line", "heading", "subtitle", "body"),
    [
        (
            "Footbridge approved for the old town | Valley Post",
            "Footbridge approved",
            "Better walking routes",
            EN,
        ),
        (
            "Radweg zur Universität nach langer Bauzeit freigegeben - Tagesblatt",
            "Radweg freigegeben",
            "Die Stadt baut weiter",
            DE,
        ),
    ],
)
def test_short_heading_over_its_subtitle_is_the_headline(
    title_line: str, heading: str, subtitle: str, body: list[str]
) -> None:
    """A two-word heading made of the title line's words, right over a subtitle right
    over the article: the page's headline, worded short."""
    text = _page(title_line, "Home", "News", "Contact", heading, subtitle, *body)
    assert _title(text)[0] == heading


def test_two_words_over_a_subtitle_that_are_not_the_headlines_are_not_the_headline() -> None:
    """A two-word line with a word the headline lacks (a section's name) over the
    subtitle is no short headline: the title line's headline stays."""
    text = _page(
        "Footbridge approved for the old town | Valley Post",
        "Home",
        "News",
        "Footbridge planning",
        "Better walking routes",
        *EN,
    )
    assert _title(text)[0] == "Footbridge approved for the old town"


@pytest.mark.parametrize(
    ("title_line", "heading", "standfirst", "byline", "body"),
    [
        (
            "Town planning: what the new footbridge changes | Valley Post",
            "“We waited thirty years for this”",
            "A retired ferryman on the crossing that will end his old trade.",
            "By Anna Berg",
            EN,
        ),
        (
            "Verkehr: Was der neue Radweg bringt - Tagesblatt",
            "„Endlich kann ich ohne Angst fahren“",
            "Eine Studentin erzählt, wie sich ihr Weg zur Universität verändert hat.",
            "Von Jonas Keller",
            DE,
        ),
    ],
)
def test_quotation_over_a_standfirst_over_a_byline_prefix_is_the_headline(
    title_line: str, heading: str, standfirst: str, byline: str, body: list[str]
) -> None:
    """An interview's headline, a quotation, shares no word with the title line, but it
    stands where a headline does: over a standfirst right over the byline."""
    text = _page(title_line, "Home", "News", "Contact", heading, standfirst, byline, *body)
    assert _title(text)[0] == heading


def test_quotation_over_a_standfirst_over_a_date_is_not_the_headline() -> None:
    """Over a date rather than a byline prefix, a quotation that shares no word with the
    title line or the article is no evidence of a headline (a pull-quote may stand so)."""
    text = _page(
        "Town planning: what the new footbridge changes | Valley Post",
        "Home",
        "News",
        "“We waited thirty years for this”",
        "A retired ferryman on the crossing that will end his old trade.",
        "12 March 2024",
        *EN,
    )
    assert _title(text)[0] == "Town planning: what the new footbridge changes"


@pytest.mark.parametrize(
    ("line", "heading", "over_date", "body", "date"),
    [
        (
            "Council backs the footbridge | Valley Post",
            "Council backs the footbridge",
            "Ruth Ellis Valley Post",
            EN,
            "Tue, 26 March 2024 9:27PM",
        ),
        (
            "Council backs the footbridge | Valley Post",
            "Council backs the footbridge",
            "Valley Post",
            EN,
            "Tue, 26 March 2024 9:27PM",
        ),
        (
            "Neuer Radweg zur Universität freigegeben - Stadtbote Nord",
            "Neuer Radweg zur Universität freigegeben",
            "Lena Brandt Stadtbote Nord",
            DE,
            "26.03.2024, 09:27 Uhr",
        ),
    ],
)
def test_a_line_carrying_the_sites_name_over_the_date_is_no_headline(
    line: str, heading: str, over_date: str, body: list[str], date: str
) -> None:
    """Right under the title line, the repeat of its headline stays the headline when the
    line over the date is the site's logo or a credit ending with the site's name."""
    site = line.rsplit(" | " if " | " in line else " - ", 1)[1]
    assert _title(_page(line, heading, over_date, date, *body)) == (heading, site)


_MENU_FRAGMENTS = {
    "en": (
        "Home\nNews\nSport\nContact",
        "Login",
        "or create an account?",
        "Search",
        "Storm closes the harbour to small boats",
        "2 hours ago in News",
    ),
    "de": (
        "Startseite\nPolitik\nSport\nKontakt",
        "Anmelden",
        "oder ein Konto anlegen?",
        "Suche",
        "Neuer Radweg zur Universität freigegeben",
        "vor 2 Stunden in Verkehr",
    ),
}


@pytest.mark.parametrize("code", sorted(_MENU_FRAGMENTS))
def test_a_headline_printed_over_the_article_and_again_at_its_head_wins_over_a_menu_fragment(
    code: str,
) -> None:
    """With menus first and no browser title line, the first title-like line may be a piece
    of a menu ("Login" / "or create an account?"); the heading right above the article that
    the article prints again in its first lines is the headline."""
    *menus, headline, stamp = _MENU_FRAGMENTS[code]
    first, *rest = HARBOUR if code == "en" else CYCLE_PATH
    text = _page(*menus, headline, stamp, first, headline, *rest)
    assert newsparse.parse_article(text, language=code).title == headline
