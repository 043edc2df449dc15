"""Invariants that hold for every input: offsets, coverage, determinism and the errors raised."""

from __future__ import annotations

import datetime as dt
import html
import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import Article, NewsparseError, SegmentKind
from strategies import (
    ComposedPage,
    any_bytes,
    any_text,
    hostile_html,
    markdown_pages,
    pages,
    record_headers,
    tricky_text,
)

FORMATS = ("auto", "text", "html")


def parse_or_refuse(source: str | bytes, **kwargs: object) -> Article | None:
    """Parse *source*; return ``None`` when newsparse refuses it with one of its own errors."""
    try:
        return newsparse.parse_article(source, **kwargs)  # type: ignore[arg-type]
    except NewsparseError:
        return None


def check_segments(article: Article) -> None:
    """Segments are ordered, disjoint, exact slices that cover every visible character."""
    source = article.source_text
    position = 0
    for segment in article.segments:
        assert position <= segment.start <= segment.end <= len(source), segment
        assert source[segment.start : segment.end] == segment.text
        assert segment.text.strip(), f"empty segment {segment!r}"
        gap = source[position : segment.start]
        assert not gap.strip(), f"text lost before {segment!r}: {gap!r}"
        position = segment.end
    assert not source[position:].strip(), f"text lost at the end: {source[position:]!r}"


def check_parts_are_segments(article: Article) -> None:
    """Body paragraphs, pull-quotes, captions and footer items are the texts of their segments."""

    def texts(kind: SegmentKind) -> list[str]:
        return [s.text for s in article.segments if s.kind is kind]

    assert [p.text for p in article.body] == texts(SegmentKind.BODY)
    assert [q.text for q in article.pull_quotes] == texts(SegmentKind.PULL_QUOTE)
    assert list(article.captions) == texts(SegmentKind.CAPTION)
    # A footer line may hold several items (previous and next): one segment, an item each.
    footer = [item.text for item in article.footer]
    assert [t for t, _ in itertools.groupby(footer)] == [
        t for t, _ in itertools.groupby(texts(SegmentKind.FOOTER))
    ]
    assert len(footer) >= len(texts(SegmentKind.FOOTER))
    if article.byline is not None:
        assert article.byline.text == "\n".join(texts(SegmentKind.BYLINE)) or all(
            line in article.byline.text for line in texts(SegmentKind.BYLINE)
        )
    else:
        assert texts(SegmentKind.BYLINE) == []


_ISO_DATE = regex.compile(r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?")


def check_published(article: Article) -> None:
    """A publication date is a valid ISO 8601 date with the rule that read it; a page whose
    byline has a date has one, and a date read from the byline is the byline's."""
    assert (article.published is None) == (article.published_rule is None)
    if article.published is not None:
        assert _ISO_DATE.fullmatch(article.published), article.published
        dt.date.fromisoformat(article.published[:10])
    if article.byline is not None and article.byline.published is not None:
        assert article.published is not None
    if article.published_rule == "published.byline":
        assert article.byline is not None
        assert article.published == article.byline.published


def check_article(article: Article) -> None:
    check_segments(article)
    check_parts_are_segments(article)
    check_published(article)
    assert json.loads(newsparse.to_json(article)) == article.to_dict()


@given(any_text(), st.sampled_from(FORMATS))
def test_any_text_keeps_the_invariants(text: str, input_format: str) -> None:
    """Any str parses (or is refused with a NewsparseError) into segments that cover it exactly."""
    article = parse_or_refuse(text, input_format=input_format)
    if article is None:
        return
    check_article(article)
    if input_format == "text":
        assert article.source_text == text


@given(tricky_text())
def test_tricky_text_keeps_the_invariants(text: str) -> None:
    """Line separators, invisible characters and phrase fragments never break the offsets."""
    article = parse_or_refuse(text, input_format="text")
    if article is not None:
        check_article(article)


@given(any_bytes())
def test_any_bytes_keep_the_invariants(data: bytes) -> None:
    """Any bytes decode and parse (or are refused with a NewsparseError), never crash."""
    article = parse_or_refuse(data)
    if article is not None:
        check_article(article)


@given(hostile_html())
def test_hostile_html_keeps_the_invariants(html: str) -> None:
    """Broken and hostile HTML renders to text whose segments still cover it exactly."""
    for input_format in ("auto", "html"):
        article = parse_or_refuse(html, input_format=input_format)
        if article is not None:
            check_article(article)


@given(pages())
def test_composed_pages_keep_the_invariants(page: ComposedPage) -> None:
    """Composed pages in every language keep the segment invariants."""
    article = newsparse.parse_article(page.text)
    check_article(article)
    assert article.source_text == page.text


@given(st.one_of(pages().map(lambda p: p.text), tricky_text(), hostile_html()))
def test_parsing_is_deterministic(text: str) -> None:
    """The same input gives an equal Article every time."""
    first = parse_or_refuse(text)
    second = parse_or_refuse(text)
    assert first == second
    if first is not None:
        assert newsparse.to_json(first) == newsparse.to_json(second)  # type: ignore[arg-type]


@given(
    st.one_of(
        st.integers(),
        st.none(),
        st.lists(st.text(max_size=5), max_size=3),
        st.dictionaries(st.text(max_size=3), st.text(max_size=3), max_size=2),
    )
)
def test_wrong_types_raise_type_error(value: object) -> None:
    """Anything but str or bytes is refused with a TypeError (and a NewsparseError)."""
    with pytest.raises(TypeError) as caught:
        newsparse.parse_article(value)  # type: ignore[arg-type]
    assert isinstance(caught.value, NewsparseError)


_FIXED_PAGES = (
    "Rain in Paris | Le Journal\n\nBy Marie Curie\n\nHeavy rain fell over Paris on Monday, "
    "flooding streets near the river and closing two metro lines for the day.\n\n"
    "Share this article\n",
    "Die Bibliothek öffnet sonntags – Tagesblatt\n\nVon Anna Fink\n\nAb dem kommenden Monat ist "
    "die Bibliothek auch sonntags geöffnet. Möglich wird das durch zusätzliches Personal.\n\n"
    "Kommentare\n",
    "市政府宣布年底前新建三座社区图书馆 | 晨光日报\n\n第一座图书馆将于九月在原电影院的旧址开放。"
    "馆内设有阅览室、儿童活动区和一个可以举办读书会的小舞台。\n\n分享\n",
    "<html><head><title>Une page | Le Site</title></head><body><p>Un paragraphe assez long pour "
    "être lu comme du texte suivi, avec une phrase complète.</p><p>Partager</p></body></html>",
)

_CHILD = """
import json, sys
import newsparse
pages = json.loads(sys.stdin.read())
articles = [newsparse.parse_article(p) for p in pages]
print(json.dumps([newsparse.to_json(a, include_source=True) for a in articles]))
"""


def test_parsing_is_deterministic_across_processes() -> None:
    """Processes with different hash seeds give the same Articles as this one."""
    expected = [
        newsparse.to_json(newsparse.parse_article(p), include_source=True) for p in _FIXED_PAGES
    ]
    for seed in ("0", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", _CHILD],
            input=json.dumps(_FIXED_PAGES),
            capture_output=True,
            text=True,
            env=env,
            cwd=Path(__file__).parent,
            check=True,
            timeout=120,
        )
        assert json.loads(done.stdout) == expected


_SURROGATE = regex.compile(r"[\ud800-\udfff]")
_VISIBLE = st.characters(codec=None, exclude_categories=("Cc", "Zl", "Zp"))


@given(st.lists(st.text(_VISIBLE, min_size=1, max_size=30), min_size=1, max_size=5))
def test_html_paragraph_text_survives_rendering(paragraphs: list[str]) -> None:
    """The text of every <p> element is in the rendered text (spaces aside, lone surrogates
    shown as U+FFFD), whatever it holds."""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    article = parse_or_refuse(f"<html><body>{body}</body></html>", input_format="html")
    rendered = "".join(article.source_text.split()) if article is not None else ""
    for paragraph in paragraphs:
        visible = _SURROGATE.sub("\ufffd", "".join(paragraph.split()))
        if visible:
            assert visible in rendered


@given(markdown_pages())
def test_a_page_written_as_markdown_reads_like_its_text(pages: tuple[str, str]) -> None:
    """The Markdown of a page (a "#" title, links for menus and footer lines) gives the same
    title, byline, body, pull-quotes and footer kinds and targets as its plain text."""
    markdown, text = pages
    article, plain = newsparse.parse_article(markdown), newsparse.parse_article(text)
    check_article(article)
    assert (article.title, article.site_name) == (plain.title, plain.site_name)
    assert article.byline == plain.byline
    assert article.body == plain.body
    assert article.pull_quotes == plain.pull_quotes
    assert [(i.kind, i.target) for i in article.footer] == [
        (i.kind, i.target) for i in plain.footer
    ]


@given(pages(), record_headers())
def test_a_record_header_before_the_page_changes_nothing(page: ComposedPage, header: str) -> None:
    """A WET or WARC record header left before the page is one boilerplate segment, and
    the article read from the page is the same as without it."""
    plain = newsparse.parse_article(page.text)
    article = newsparse.parse_article(header + page.text)
    check_article(article)
    first = article.segments[0]
    assert (first.kind, first.rule) == (SegmentKind.BOILERPLATE, "boilerplate.record-header")
    assert first.text == header.strip()
    fields = ("title", "site_name", "byline", "body", "pull_quotes", "captions", "footer")
    assert [getattr(article, f) for f in fields] == [getattr(plain, f) for f in fields]
    assert article.language == plain.language


@given(pages(), st.sampled_from(("utf-8", "utf-16", "utf-8-sig")))
def test_encoded_pages_parse_like_their_text(page: ComposedPage, encoding: str) -> None:
    """A page given as bytes (UTF-8, or with a byte-order mark) parses like the same text."""
    data = page.text.encode(encoding)
    assert newsparse.parse_article(data) == newsparse.parse_article(page.text)
