"""Record headers: WARC and HTTP header lines left before a page are set apart from it."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import EmptyDocumentError, SegmentKind

WET_HEADER = (
    "WARC/1.0\r\n"
    "WARC-Type: conversion\r\n"
    "WARC-Target-URI: https://tagesblatt.example/lokales/radweg\r\n"
    "WARC-Date: 2024-05-03T08:15:00Z\r\n"
    "WARC-Record-ID: <urn:uuid:0b7c6a52-1111-4222-8333-944455556666>\r\n"
    "WARC-Identified-Content-Language: deu\r\n"
    "Content-Type: text/plain\r\n"
    "Content-Length: 512\r\n"
    "\r\n"
)
PAGE_DE = """Neuer Radweg zur Universität ist frei | Tagesblatt

Startseite
Lokales
Sport

Von Jonas Keller

Der neue Radweg zwischen dem Bahnhof und der Universität ist seit Montag für alle frei. \
Die Stadt hat dafür zwei Jahre lang gebaut und rund vier Millionen Euro ausgegeben.

Am ersten Tag fuhren nach einer Zählung der Verwaltung schon mehr als tausend Menschen \
über die neue Strecke, die meisten davon am Morgen auf dem Weg zur Vorlesung.

Artikel teilen
"""
HTML_EN = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Council backs footbridge over the river | Valley Post</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<h1>Council backs footbridge over the river</h1><p>By Anna Berg</p>
<p>The town council voted on Tuesday to build a footbridge over the river, ending a debate \
that had gone on for more than ten years among the people who live on both banks.</p>
<p>Work is to start next spring, and the bridge should open to walkers and cyclists before \
the end of the following year, the council said in a statement after the vote.</p>
</body></html>"""


def _header_segment(article: newsparse.Article) -> newsparse.Segment:
    first = article.segments[0]
    assert (first.kind, first.rule) == (SegmentKind.BOILERPLATE, "boilerplate.record-header")
    return first


def test_wet_record_header_before_a_text_page() -> None:
    plain = newsparse.parse_article(PAGE_DE)
    article = newsparse.parse_article(WET_HEADER + PAGE_DE)
    assert _header_segment(article).text == WET_HEADER.strip()
    assert (article.title, article.site_name) == (
        "Neuer Radweg zur Universität ist frei",
        "Tagesblatt",
    )
    assert article.body == plain.body
    assert article.byline is not None
    assert article.byline.authors == ("Jonas Keller",)
    # The crawl's date is not the article's.
    assert article.byline.published is None


@pytest.mark.parametrize("as_bytes", [False, True])
def test_warc_response_header_before_html(as_bytes: bool) -> None:
    header = (
        "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 900\r\n\r\n"
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        "Set-Cookie: id=1;\r\n  Path=/\r\n\r\n"
    )
    source = header + HTML_EN
    plain = newsparse.parse_article(HTML_EN)
    article = newsparse.parse_article(source.encode() if as_bytes else source)
    assert _header_segment(article).text == header.strip()
    assert (article.title, article.site_name) == (plain.title, plain.site_name)
    assert article.title == "Council backs footbridge over the river"
    assert article.body == plain.body
    assert len(article.body) == 2


def test_http_charset_in_the_header_decodes_the_page() -> None:
    header = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\n\r\n"
    page = (
        "<html><head><title>Stadt gibt Radweg frei</title></head><body><p>Der Radweg "
        "zwischen Bahnhof und Universität ist für alle frei, sagte die Stadt am Montag."
        "</p></body></html>"
    ).encode("windows-1252")
    article = newsparse.parse_article(header + page)
    assert "Universität ist für alle" in article.text


def test_folded_field_value_stays_in_the_header() -> None:
    header = "WARC/1.0\nWARC-Type: conversion\nWARC-Target-URI: https://x.example/a\n\tb\n\n"
    article = newsparse.parse_article(header + PAGE_DE)
    assert _header_segment(article).text == header.strip()


@pytest.mark.parametrize(
    "text",
    [
        # A status line alone, or with running text under it, is the page's own text.
        "HTTP/1.1 200 OK\nThe server answered, and the reader saw the page load at last.\n",
        "WARC/1.0\n\nA page about the archive format, written for people who keep crawls.\n",
        "WARC/1.0\nWARC-Type: conversion\nThis line is no field, so nothing is a header.\n",
    ],
)
def test_lines_that_only_look_like_a_header_are_left_to_the_page(text: str) -> None:
    article = newsparse.parse_article(text)
    assert all(s.rule != "boilerplate.record-header" for s in article.segments)


def test_a_record_of_headers_only_is_an_empty_page() -> None:
    with pytest.raises(EmptyDocumentError, match="record header"):
        newsparse.parse_article("WARC/1.0\nWARC-Type: conversion\nContent-Length: 0\n\n")
