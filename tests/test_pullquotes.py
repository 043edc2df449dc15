"""Pull-quotes: call-outs that repeat the article's own text, and lines that only look like one."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import SegmentKind
from newsparse._rules.pullquotes import shingles
from texts import CYCLE_PATH, HARBOUR

EN = [
    *HARBOUR,
    (
        "Shop owners on the quay said the closure came at the worst moment, just before the "
        "start of the holiday season, and asked the council for help with lost takings."
    ),
]
ZH = [
    "新建的城市图书馆昨天正式向市民开放，馆内设有阅览室、儿童活动区和一个可以举办读书会的小舞台。",
    (
        "市政府表示，所有市民都可以免费进入，周末也会延长开放时间，方便上班族前来借阅图书。"
        "暑假期间还会为学生安排专门的自习座位。"
    ),
    "图书馆负责人介绍，今年还将增加外文图书的数量，并为老年读者开设使用电子设备的课程。",
    "不少家长表示，孩子们终于有了一个安静的地方读书和写作业，希望以后能有更多这样的场所。",
]
TITLE_EN = "Storm closes the harbour to small boats"
TITLE_ZH = "城市图书馆正式开放"


def parse(*blocks: str, language: str = "en") -> newsparse.Article:
    return newsparse.parse_article("\n\n".join(blocks) + "\n", language=language)


def quotes(article: newsparse.Article) -> list[str]:
    return [q.text for q in article.pull_quotes]


def test_exact_repeat_between_paragraphs() -> None:
    """A sentence of a paragraph repeated between paragraphs is a pull-quote, not body."""
    call_out = "All of them were back on land by noon, the coastguard said."
    article = parse(TITLE_EN, EN[0], EN[1], call_out, EN[2], EN[3])
    assert quotes(article) == [call_out]
    assert [p.text for p in article.body] == EN


def test_repeat_with_quote_marks() -> None:
    """Quote marks around the call-out do not stop the match."""
    call_out = "“The harbour will reopen once the pilots have checked the channel markers”"
    article = parse(TITLE_EN, EN[0], EN[1], EN[2], call_out, EN[3])
    assert quotes(article) == [call_out]


def test_close_paraphrase_with_quote_marks() -> None:
    """A quoted call-out that shortens its passage a little still counts."""
    call_out = (
        "“Shop owners said the closure came at the worst moment, just before the holiday season”"
    )
    article = parse(TITLE_EN, EN[0], EN[1], EN[2], EN[3], call_out, EN[1])
    assert call_out in quotes(article)


def test_script_without_spaces() -> None:
    """Character shingles find the repeat in Chinese, which writes no spaces between words."""
    call_out = "所有市民都可以免费进入，周末也会延长开放时间"
    article = parse(TITLE_ZH, ZH[0], ZH[1], call_out, ZH[2], ZH[3], language="zh")
    assert quotes(article) == [call_out]
    assert [p.text for p in article.body] == ZH


def test_quotation_not_repeated_is_body() -> None:
    """A quotation that the article does not repeat anywhere stays in the body."""
    quotation = "“We have never seen the sea this high in March,” said one of the pilots."
    article = parse(TITLE_EN, EN[0], quotation, EN[1], EN[2], EN[3])
    assert quotes(article) == []
    assert quotation in [p.text for p in article.body]


def test_words_gathered_from_several_paragraphs_are_not_a_repeat() -> None:
    """A line whose words come from all over the article repeats no one passage."""
    line = "Ferries cancelled, fishermen told by radio, forecasters expect the wind to ease."
    article = parse(TITLE_EN, EN[0], EN[1], line, EN[2], EN[3])
    assert quotes(article) == []


def test_teaser_at_the_top_is_not_a_pull_quote() -> None:
    """A teaser above the first paragraph that repeats it is not taken as a call-out."""
    teaser = "The harbour master closed the port to small boats on Thursday morning."
    article = parse(TITLE_EN, teaser, *EN)
    assert quotes(article) == []


def test_links_and_markup_are_not_pull_quotes() -> None:
    """A line of markup shown as text that repeats another is not a call-out."""
    markup = '<div class="pixel"><img src="https://example.org/p.gif?id=1"></div>'
    article = parse(TITLE_EN, EN[0], markup + " tracking", EN[1], markup, EN[2], EN[3])
    assert all("<div" not in q for q in quotes(article))


def test_shingles_ignore_case_and_punctuation() -> None:
    """Shingles compare letters only, so spacing, case and punctuation do not matter."""
    assert shingles("Back on LAND, by noon!") == shingles("back on land by noon")
    assert shingles("") == frozenset()


def test_pull_quote_segments() -> None:
    """Each pull-quote is a segment of its own kind."""
    call_out = "All of them were back on land by noon, the coastguard said."
    article = parse(TITLE_EN, EN[0], EN[1], call_out, EN[2], EN[3])
    kinds = [s.kind for s in article.segments if s.text == call_out]
    assert kinds == [SegmentKind.PULL_QUOTE]


@given(text=st.text(st.characters(max_codepoint=0x7F)))
def test_ascii_shingles_agree_with_the_pattern(text: str) -> None:
    """Text in ASCII is folded without the pattern, to the same shingles as through it (a
    no-break space, which folding removes, sends the text through the pattern)."""
    assert shingles(text) == shingles(text + "\u00a0")


def test_rows_of_a_table_are_not_pull_quotes() -> None:
    """Rows of a timetable that repeat each other with a word changed are rows, not call-outs
    (a call-out without quote marks repeats a paragraph, not a line as short as itself)."""
    rows = [
        "7:00 AM Opens the bakery on Mill Street and lights the ovens.",
        "7:30 AM Opens the bakery on Mill Street and lights the ovens for bread.",
        "1:00 PM Closes the bakery and walks to the market square.",
        "1:30 PM Closes the bakery and walks to the market square for lunch.",
    ]
    article = parse(TITLE_EN, EN[0], EN[1], *rows, EN[2], EN[3])
    assert quotes(article) == []
    assert set(rows) <= {p.text for p in article.body}


@pytest.mark.parametrize(
    ("language", "heading", "paragraphs"),
    [
        (
            "en",
            "Told by radio to shelter in the bay behind the lighthouse",
            [EN[0], EN[1], EN[2]],
        ),
        (
            "de",
            "In der ersten Woche mehr als dreitausend Menschen täglich",
            list(CYCLE_PATH),
        ),
    ],
)
def test_sub_heading_over_its_paragraph_is_not_a_pull_quote(
    language: str, heading: str, paragraphs: list[str]
) -> None:
    """A line that is no sentence, right above the paragraph it rewords, heads that
    paragraph: it stays in the body."""
    first, second, *rest = paragraphs
    article = parse("Headline", first, heading, second, *rest, language=language)
    assert quotes(article) == []
    assert heading in [p.text for p in article.body]


@pytest.mark.parametrize(
    ("language", "line", "paragraphs", "closing"),
    [
        # the writers' names, which the closing credit of the last paragraph repeats
        (
            "en",
            "Annabel Leeming Kaito Lumley Edeltraud Bergmann",
            EN,
            " (Annabel Leeming, Kaito Lumley and Edeltraud Bergmann, on the quay)",
        ),
        # a book's title, which a paragraph names
        (
            "de",
            "Der Radweg Am Alten Kanal Und Seine Brücken",
            list(CYCLE_PATH),
            " Der Radweg am alten Kanal und seine Brücken heißt das Buch dazu.",
        ),
    ],
)
def test_names_and_titles_repeated_by_a_paragraph_are_no_pull_quotes(
    language: str, line: str, paragraphs: list[str], closing: str
) -> None:
    """A call-out is running text: a line of names or a work's title, most of its words
    capitalised, is none, even when a paragraph repeats it."""
    *rest, last = paragraphs
    article = parse("Headline", rest[0], line, *rest[1:], last + closing, language=language)
    assert quotes(article) == []


@pytest.mark.parametrize(
    ("language", "opening", "heading", "section"),
    [
        (
            "en",
            EN[3],
            "Told by radio to shelter in the bay behind the lighthouse",
            [EN[0], EN[1], EN[2]],
        ),
        (
            "de",
            (
                "Lange war die Strecke umstritten, weil für den Grünstreifen eine Fahrspur "
                "wegfallen musste. Der Stadtrat stimmte im vergangenen Jahr knapp dafür."
            ),
            "In der ersten Woche mehr als dreitausend Menschen täglich",
            list(CYCLE_PATH),
        ),
    ],
)
def test_sub_heading_reworded_by_a_later_paragraph_of_its_section_is_not_a_pull_quote(
    language: str, opening: str, heading: str, section: list[str]
) -> None:
    """A line that is no sentence over a few paragraphs, the second of which rewords it,
    heads that section: it stays in the body, like a sub-heading over the paragraph it
    rewords."""
    article = parse("Headline", opening, heading, *section, language=language)
    assert quotes(article) == []
    assert heading in [p.text for p in article.body]
