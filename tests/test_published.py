"""The article's publication date: from the byline, a date line near the headline, the
title line, the page's address, or a date line set apart inside the article."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse._blocks import text_blocks
from newsparse._labels import label_blocks
from newsparse._lexicon import lexicon_for
from newsparse._model import Byline
from newsparse._options import ParseOptions
from newsparse._rules.published import find_published, url_date
from texts import CYCLE_PATH, HARBOUR

SV = (
    "Kommunen öppnar i dag den nya cykelbron över ån, efter två års arbete och flera "
    "förseningar under vintern. Bron ska korta vägen till skolan för många barn.",
    "Invånarna samlades på båda sidor om vattnet för att se de första cyklisterna ta sig "
    "över, och kaféerna längs kajen höll öppet längre än vanligt.",
    "Projektet blev dyrare än väntat, men kommunen räknar med att bron ska användas av "
    "flera tusen cyklister varje dag redan i sommar.",
)
FR = (
    "La mairie a ouvert lundi la nouvelle passerelle au-dessus du canal, après deux ans de "
    "travaux et plusieurs retards pendant l'hiver. Elle raccourcit le chemin de l'école.",
    "Les habitants se sont réunis sur les deux rives pour voir passer les premiers "
    "cyclistes, et les cafés du quai sont restés ouverts plus tard que d'habitude.",
    "Le projet a coûté plus cher que prévu, mais la ville compte sur plusieurs milliers de "
    "passages par jour dès cet été.",
)
BODIES = {"en": HARBOUR, "de": CYCLE_PATH, "sv": SV, "fr": FR}
HEADLINES = {
    "en": "Storm closes the harbour to small boats",
    "de": "Neuer Radweg zur Universität freigegeben",
    "sv": "Ny cykelbro öppnar över ån",
    "fr": "Une nouvelle passerelle ouvre au-dessus du canal",
}


def page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def published(code: str, *blocks: str, url: str | None = None) -> tuple[str | None, str | None]:
    article = newsparse.parse_article(page(*blocks), language=code, url=url)
    return article.published, article.published_rule


def assert_dated_nearby(found: tuple[str | None, str | None], date: str) -> None:
    """The date found is *date*, read from the byline or a date line near the headline."""
    assert found[0] == date
    assert found[1] in {"published.byline", "published.date-line"}


@pytest.mark.parametrize(
    ("code", "date_line", "date"),
    [
        ("en", "Published 3 May 2024, 10:30", "2024-05-03T10:30"),
        ("de", "Freitag, 14.03.2025, 08:40 Uhr", "2025-03-14T08:40"),
        ("sv", "måndag 4 mars 2024", "2024-03-04"),
        ("en", "3 May 2024 - 9:15 a. m.", "2024-05-03T09:15"),
    ],
)
def test_a_byline_date_or_a_date_line_under_the_headline(
    code: str, date_line: str, date: str
) -> None:
    """A date line under the headline dates the article (as the byline when the page names
    no author)."""
    assert_dated_nearby(published(code, HEADLINES[code], date_line, *BODIES[code]), date)


@pytest.mark.parametrize(
    ("code", "date_line", "date"),
    [
        ("en", "Mar 4, 2024 · 6 min read", "2024-03-04"),
        # two dates: the first is the publication's
        ("en", "Published on 7 Mar 2024 · Updated on 8 Mar 2024 · 3 min read", "2024-03-07"),
        ("de", "Veröffentlicht am 5. März 2024, 14:09 / Stadtbote", "2024-03-05T14:09"),
    ],
)
def test_a_stamp_that_opens_with_its_date_above_the_headline(
    code: str, date_line: str, date: str
) -> None:
    """A stamp that opens with its date, a label or a day's name before it and words after
    it, a few lines above the headline (the byline takes it when it is near enough)."""
    title = f"{HEADLINES[code]} | Stadtbote"
    credit = "Von Lena Brandt" if code == "de" else "By Ruth Ellis"
    blocks = [title, "Home", date_line, "Sport", HEADLINES[code], credit, *BODIES[code]]
    assert_dated_nearby(published(code, *blocks), date)


@pytest.mark.parametrize(
    ("code", "date_line", "date"),
    [
        (
            "en",
            "Thu 7 Mar 2024 09.15 GMT Last modified on Friday 8 Mar 2024 11.40 GMT",
            "2024-03-07T09:15",
        ),
        (
            "de",
            "Donnerstag, 7. März 2024, 09:15 Uhr MEZ Zuletzt aktualisiert am Freitag, "
            "8. März 2024, 11:40 Uhr MEZ",
            "2024-03-07T09:15",
        ),
        (
            "fr",
            "Publié le 7 mars 2024 à 09 h 15 Mis à jour le 8 mars 2024 à 11 h 40",
            "2024-03-07T09:15",
        ),
    ],
)
def test_a_stamp_of_two_labelled_dates_under_the_headline(
    code: str, date_line: str, date: str
) -> None:
    """A line of two dates, the second after its label (published, then last changed),
    dates the article by its first, however many words its times and zones take."""
    found, rule = published(code, HEADLINES[code], date_line, *BODIES[code])
    assert (found, rule) == (date, "published.date-line")


def test_two_dates_with_a_headline_between_are_no_stamp() -> None:
    """Two dates with words between them that are no label (a teaser's headline) make no
    stamp."""
    line = "Sat 9 Mar 2024 09.15 GMT Ferry crews vote on a strike over winter pay Sun 10 Mar 2024"
    assert published("en", HEADLINES["en"], line, *HARBOUR) == (None, None)


_MENU = {
    "en": [f"Section {letter}" for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"],
    "de": [f"Rubrik {letter}" for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"],
}
_DAY_LINES = {"en": "Thursday, 7 March 2024", "de": "Donnerstag, 07.03.2024"}
_SHARE = {"en": "share tweet share", "de": "teilen twittern teilen"}


@pytest.mark.parametrize("code", ["en", "de"])
def test_a_date_line_right_over_the_text_far_under_the_headline(code: str) -> None:
    """A date line right over the article's running text dates it, however many menu lines
    stand between the headline and the text."""
    headline = HEADLINES[code]
    blocks = [f"{headline} | Stadtbote", headline, *_MENU[code], _DAY_LINES[code]]
    found, rule = published(code, *blocks, _SHARE[code], *BODIES[code])
    assert found == "2024-03-07"
    assert rule in {"published.byline", "published.date-line"}
    if code == "de":
        assert rule == "published.date-line"


def test_a_date_line_among_the_menu_far_over_the_text_is_no_date() -> None:
    """A date line in the middle of a long menu, far from both the headline and the running
    text, dates nothing (the day's date of the site, a teaser's)."""
    headline, menu = HEADLINES["de"], _MENU["de"]
    blocks = [f"{headline} | Stadtbote", headline, *menu[:16], _DAY_LINES["de"], *menu[16:]]
    assert published("de", *blocks, _SHARE["de"], *CYCLE_PATH) == (None, None)


@pytest.mark.parametrize(
    ("code", "headline", "stamp", "date"),
    [
        ("en", "Minutes of the harbour board of 10 March 2024", "12 March 2024", "2024-03-12"),
        ("de", "Protokoll der Ratssitzung vom 10. März 2024", "12.03.2024 Redaktion", "2024-03-12"),
        ("en", "Minutes of the harbour board of 10 March 2024", None, None),
        ("de", "Protokoll der Ratssitzung vom 10. März 2024", None, None),
    ],
)
def test_a_headline_naming_a_day_is_no_date_line(
    code: str, headline: str, stamp: str | None, date: str | None
) -> None:
    """The day a headline names is what it is about, not when it was published: the stamp
    under it dates the article, and with none, nothing does."""
    blocks = [f"{headline} | Stadtbote", headline, *([stamp] if stamp else []), *BODIES[code]]
    assert published(code, *blocks)[0] == date


# Long lines a broken server prints over the page, which the article's region takes in.
_WARNINGS = [
    f"Warning: the function load_part_{i}() called in /var/www/site/lib/part{i}.php on line "
    f"{40 + i} is deprecated and will be removed in a later version."
    for i in range(20)
]
_POST_META = {
    "en": "· March 7, 2024 · Send · Print · 3 comments",
    "de": "· 7. März 2024 · Senden · Drucken · 3 Kommentare",
}


@pytest.mark.parametrize("code", ["en", "de"])
def test_the_date_under_a_headline_inside_the_region(code: str) -> None:
    """When the article's region opens far above its headline, the date line under the
    headline still dates it; with no date line there, nothing does."""
    headline = HEADLINES[code]
    top = [f"{headline} | Stadtbote", *_WARNINGS, "Home", "News", headline]
    found = published(code, *top, _POST_META[code], *BODIES[code])
    assert found == ("2024-03-07", "published.date-line")
    assert published(code, *top, *BODIES[code]) == (None, None)


_LATEST = {"en": "Latest news", "fr": "Dernières infos"}
_OTHER_STORY = {
    "en": "Ferry timetable changes for the winter",
    "fr": "Une nouvelle ligne de bus vers l'hôpital",
}
_LIST_DATES = {"en": ("7 March 2024", "6 March 2024"), "fr": ("7 mars 2024", "6 mars 2024")}
_PLACES = ("north", "south", "east", "west", "old town", "river", "station", "market")
_LIEUX = ("nord", "sud", "port", "centre", "marché", "canal", "stade", "lycée")
# Long reports, the list of stories far under the headline.
_REPORTS = {
    "en": [
        f"Near the {place} the wind tore down fences and signs, and the crews who went out "
        f"in the afternoon found the roads blocked by branches for most of the evening."
        for place in _PLACES
    ]
    * 2,
    "fr": [
        f"Près du {lieu}, beaucoup d'habitants passent déjà par la passerelle, et les "
        f"riverains disent que la circulation y est bien plus calme depuis lundi."
        for lieu in _LIEUX
    ]
    * 2,
}


@pytest.mark.parametrize("code", ["en", "fr"])
def test_the_date_under_the_headline_in_a_list_of_stories(code: str) -> None:
    """A page that prints its date nowhere else is dated by its own entry in the list of
    latest stories under it: the headline again, its date under it."""
    first = _OTHER_STORY[code]
    ours, theirs = _LIST_DATES[code]
    report = [*BODIES[code], *_REPORTS[code]]
    blocks = [
        f"{HEADLINES[code]} | Stadtbote",
        HEADLINES[code],
        *report,
        _LATEST[code],
        HEADLINES[code],
        ours,
        first,
        theirs,
    ]
    assert published(code, *blocks) == ("2024-03-07", "published.headline-repeat")


@pytest.mark.parametrize("code", ["en", "fr"])
def test_a_list_that_gives_each_date_first_dates_nothing(code: str) -> None:
    """In a list that prints each date over its story, the date under the headline's repeat
    is the next story's: it dates nothing."""
    first = _OTHER_STORY[code]
    ours, theirs = _LIST_DATES[code]
    report = [*BODIES[code], *_REPORTS[code]]
    blocks = [
        f"{HEADLINES[code]} | Stadtbote",
        HEADLINES[code],
        *report,
        _LATEST[code],
        ours,
        HEADLINES[code],
        theirs,
        first,
    ]
    assert published(code, *blocks) == (None, None)


_BORROWED = "2024-03-01"  # the date of a line near a byline, under the article


@pytest.mark.parametrize(
    ("code", "credit", "stamp", "expected"),
    [
        # a byline that prints no date: the date line under the headline wins
        ("en", "By Ruth Ellis", "Thursday 7 March 2024", ("2024-03-07", "published.date-line")),
        ("de", "Von Lena Brandt", "Donnerstag, 07.03.2024", ("2024-03-07", "published.date-line")),
        # no date line near the start: the byline's date stands
        ("en", "By Ruth Ellis", None, (_BORROWED, "published.byline")),
        # a byline that prints its own date keeps it
        (
            "de",
            "Von Lena Brandt, 01.03.2024",
            "Donnerstag, 07.03.2024",
            (_BORROWED, "published.byline"),
        ),
    ],
)
def test_a_byline_without_a_date_of_its_own_yields_to_a_date_line(
    code: str, credit: str, stamp: str | None, expected: tuple[str, str]
) -> None:
    """A byline that prints no date borrowed its date from a line near it, which may stand
    far from the article's start; a date line under the headline is read first."""
    blocks = [HEADLINES[code], *([stamp] if stamp else []), *BODIES[code]]
    labelled, _byline, _found = label_blocks(
        text_blocks(page(*blocks)), lexicon_for((code,)), ParseOptions()
    )
    byline = Byline(text=credit, authors=(credit.split(maxsplit=1)[1],), published=_BORROWED)
    assert find_published(labelled, byline, None) == expected


def test_the_title_lines_date() -> None:
    """A date closing the browser's title line dates a page that prints none elsewhere."""
    title = f"{HEADLINES['de']} – Stadtbote – 21.02.2024"
    assert published("de", title, *CYCLE_PATH) == ("2024-02-21", "published.title-line")


def test_the_date_in_the_address() -> None:
    """The date in the page's address, given as ``url`` or as a WARC record's target."""
    url = "https://example.org/news/2024/05/03/harbour-storm"
    assert published("en", HEADLINES["en"], *HARBOUR, url=url) == ("2024-05-03", "published.url")
    record = f"WARC/1.0\nWARC-Type: conversion\nWARC-Target-URI: {url}\n\n"
    article = newsparse.parse_article(record + page(HEADLINES["en"], *HARBOUR), language="en")
    assert (article.published, article.published_rule) == ("2024-05-03", "published.url")


def test_a_printed_date_wins_over_the_address() -> None:
    """The page's own date line is read before its address."""
    url = "https://example.org/2024/05/01/harbour-storm"
    found = published("en", HEADLINES["en"], "May 3, 2024", *HARBOUR, url=url)
    assert found[0] == "2024-05-03"


_SHIPS = ("ferry", "trawler", "tug", "yacht", "barge", "dinghy", "schooner", "cutter", "sloop")
_SHORE = ("pier", "quay", "jetty", "slipway")
# Paragraphs of a long report, each telling of another boat at another place.
LONG = [
    f"The {ship} that usually leaves from the {shore} stayed tied up all day, and its crew "
    f"spent the morning checking the ropes while the wind kept rising over the bay."
    for ship in _SHIPS
    for shore in _SHORE[:2]
]


def test_a_date_line_set_apart_deep_inside_the_article() -> None:
    """A line that is only a date, far under the headline but inside the article, dates it
    when nothing nearer does."""
    blocks = [HEADLINES["en"], *LONG, "11 March 2024", *HARBOUR]
    assert published("en", *blocks) == ("2024-03-11", "published.region-stamp")


_DATELINES = {
    "en": ("HARBOURTON, March 11, 2024 – ", "2024-03-11"),
    "de": ("Red. / 11.03.2024 ", "2024-03-11"),
    "fr": ("11 mars 2024. ", "2024-03-11"),
    "sv": ("2024-03-11, 09:12 ", "2024-03-11T09:12"),
}


@pytest.mark.parametrize("code", sorted(_DATELINES))
def test_a_dateline_opening_the_first_paragraph(code: str) -> None:
    """A date opening the article's first paragraph, after a place or a desk's sign and a
    mark, or set apart from the text, dates a page that prints no date line."""
    opening, date = _DATELINES[code]
    first, *rest = BODIES[code]
    assert published(code, HEADLINES[code], opening + first, *rest) == (
        date,
        "published.dateline",
    )


def test_a_dateline_may_follow_a_standfirst() -> None:
    """The dateline may open the second paragraph, under a standfirst."""
    standfirst = "The port stays shut to small boats until the wind drops, officials said."
    first, *rest = HARBOUR
    blocks = [HEADLINES["en"], standfirst, "HARBOURTON, March 11, 2024 – " + first, *rest]
    assert published("en", *blocks) == ("2024-03-11", "published.dateline")


@pytest.mark.parametrize(
    ("code", "opening"),
    [
        # the paragraph tells of a day: the date is a word of its first sentence
        ("de", "Am 11. März 2024 "),
        ("en", "March 11, 2024 "),
        # a date opening the third paragraph is the story's, not the article's
        ("en", None),
    ],
)
def test_a_date_told_of_in_the_first_paragraph_is_no_dateline(
    code: str, opening: str | None
) -> None:
    """A date that is part of the first sentence, or that opens a later paragraph, does
    not date the article."""
    paragraphs = list(BODIES[code])
    if opening is None:
        paragraphs[2] = "HARBOURTON, March 11, 2024 – " + paragraphs[2]
    else:
        paragraphs[0] = opening + paragraphs[0][0].lower() + paragraphs[0][1:]
    assert published(code, HEADLINES[code], *paragraphs) == (None, None)


_AFTER_LINES = {
    "en": ("Published on 11 March 2024", "Share this story"),
    "de": ("Erschienen am: 11.03.2024", "Artikel teilen"),
}
_ORTE = ("Brücke", "Schule", "Kreuzung", "Halle", "Mühle", "Kirche", "Wache", "Fähre")
# Paragraphs of a long German report, each telling of another place (as LONG does).
LANG = [
    f"An der {ort} ruhte die Baustelle {zeit}, und die Arbeiter prüften die Absperrungen, "
    f"während der Regen über der Stadt immer stärker wurde."
    for ort in _ORTE
    for zeit in ("den ganzen Montag", "bis zum Abend")
]
_LONG_REPORTS = {"en": [*LONG, *HARBOUR], "de": [*LANG, *CYCLE_PATH]}


@pytest.mark.parametrize("code", sorted(_AFTER_LINES))
def test_a_labelled_date_under_the_article(code: str) -> None:
    """A labelled date a few lines under the article dates a page that prints no date
    anywhere nearer its start."""
    stamp, share = _AFTER_LINES[code]
    blocks = [HEADLINES[code], *_LONG_REPORTS[code], share, stamp]
    assert published(code, *blocks) == ("2024-03-11", "published.after-article")


_POST_RECORDS = {
    "en": "This entry was posted on 11 March 2024 by ann in Harbour News and tagged storm.",
    "de": "Dieser Beitrag wurde am 11.03.2024 von ann in Verkehr veröffentlicht.",
}


@pytest.mark.parametrize("code", sorted(_POST_RECORDS))
def test_a_posts_record_sentence_under_the_article(code: str) -> None:
    """A blog's sentence under the post that records when it was posted dates it, however
    long the sentence: its label of several words says what the date is."""
    share = _AFTER_LINES[code][1]
    blocks = [HEADLINES[code], *_LONG_REPORTS[code], share, _POST_RECORDS[code]]
    assert published(code, *blocks) == ("2024-03-11", "published.after-article")


@pytest.mark.parametrize(
    ("code", "closing"),
    [("de", "Aktualisiert am 11.03.2024."), ("en", "Updated on 11 March 2024.")],
)
def test_a_labelled_date_closed_by_a_full_stop_is_a_date_line(code: str, closing: str) -> None:
    """A labelled date closed by a full stop, on the article's last line, is its date line,
    not a paragraph."""
    article = newsparse.parse_article(
        page(HEADLINES[code], *_LONG_REPORTS[code], closing), language=code
    )
    assert article.published == "2024-03-11"
    assert closing not in [p.text for p in article.body]


def test_the_tail_of_a_sentence_broken_before_a_date_is_no_date_line() -> None:
    """A line that opens in lower case with a label word and a date ("on 11 March 2024.")
    ends a sentence broken over two lines: it stays in the article."""
    rest = HARBOUR[1:]
    tail = "on 11 March 2024."
    blocks = [HEADLINES["en"], *LONG, "The harbour master first closed the port", tail, *rest]
    article = newsparse.parse_article(page(*blocks), language="en")
    assert tail in "\n".join(p.text for p in article.body)


def test_a_bare_date_under_the_article_is_a_comments_not_the_articles() -> None:
    """A date without a label under the article (a reader's comment, the next story) does
    not date it."""
    comment = ["Comments", "Ann Lee", "11 March 2024", "Well said."]
    blocks = [HEADLINES["en"], *_LONG_REPORTS["en"], *comment]
    assert published("en", *blocks) == (None, None)


@pytest.mark.parametrize(
    "blocks",
    [
        # a date inside a sentence of the article
        [
            HEADLINES["en"],
            "The council will vote on the harbour plan on 3 May 2024, officials said today.",
            *HARBOUR,
        ],
        # a date in the title line that goes on with words: part of the headline
        ["Council meeting of 3 May 2024 ends early | Harbour News", *HARBOUR],
    ],
)
def test_no_date_where_none_is_printed_as_a_stamp(blocks: list[str]) -> None:
    """A date written inside a sentence or a headline is no publication date."""
    assert published("en", *blocks) == (None, None)


@pytest.mark.parametrize(
    ("url", "date"),
    [
        ("https://example.org/2024/05/03/story", "2024-05-03"),
        ("https://example.org/story-2024-05-03-harbour", "2024-05-03"),
        ("https://example.org/a/20240503/harbour.html", "2024-05-03"),
        ("https://example.org/2024/5/3/story", "2024-05-03"),
        ("https://example.org/2024/05/story", None),  # no day
        ("https://example.org/2024/13/45/story", None),  # no date
        ("https://example.org/id/12024050312/story", None),  # digits of a longer number
        ("https://example.org/story?date=2024-05-03", None),  # the query is not the path
        ("not a url [", None),
        (None, None),
    ],
)
def test_url_date(url: str | None, date: str | None) -> None:
    """Only a whole date in the address's path counts."""
    assert url_date(url) == date


@given(st.text(max_size=80))
def test_any_address_gives_a_valid_date_or_none(url: str) -> None:
    """Whatever the address, ``url_date`` gives a real calendar date or ``None``."""
    found = url_date(url)
    if found is not None:
        assert dt.date.fromisoformat(found).isoformat() == found


@given(st.integers(1900, 2099), st.integers(1, 12), st.integers(1, 31), st.sampled_from("/-"))
def test_a_whole_date_in_a_path_is_read(year: int, month: int, day: int, mark: str) -> None:
    """Year, month and day written as path parts give that date, when it exists."""
    url = f"https://example.org/news{mark}{year}{mark}{month:02d}{mark}{day:02d}{mark}story"
    try:
        expected: str | None = dt.date(year, month, day).isoformat()
    except ValueError:
        expected = None
    assert url_date(url) == expected


@pytest.mark.parametrize(
    ("code", "byline", "other_dates", "date"),
    [
        # A British page: its comments' dates cannot be month first.
        (
            "en",
            "09/03/2021 by Ann Lee",
            ("19/03/2021 at 8:15 pm", "18/03/2021 at 9:10 am"),
            "2021-03-09",
        ),
        # No date on the page says how it writes them: English reads month first.
        ("en", "09/03/2021 by Ann Lee", (), "2021-09-03"),
        # Dates that say both orders: the language's order stands.
        ("en", "09/03/2021 by Ann Lee", ("17/03/2021", "03/17/2021"), "2021-09-03"),
        # A German page with dates written month first elsewhere on it.
        ("de", "Von Anna Berg, 03/05/2021", ("Aktualisiert: 05/23/2021",), "2021-03-05"),
        ("de", "Von Anna Berg, 03/05/2021", (), "2021-05-03"),
    ],
)
def test_numeric_dates_read_in_the_pages_own_order(
    code: str, byline: str, other_dates: tuple[str, ...], date: str
) -> None:
    """A numeric date that could be read either way is read in the order of the page's
    own dates that cannot ("17/03/2021" is day first); with no such date, or dates that
    say both, in the order of the page's language."""
    body = BODIES[code]
    found = published(code, HEADLINES[code], byline, *body, *other_dates)
    assert_dated_nearby(found, date)
