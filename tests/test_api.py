"""The public API: errors, options, bytes decoding, serialisation and packaging."""

from __future__ import annotations

import json
from importlib import resources

import attrs
import pytest

import newsparse
from newsparse import (
    Article,
    EmptyDocumentError,
    InputTypeError,
    InvalidLanguageError,
    InvalidOptionError,
    NewsparseError,
    ParseOptions,
)

PAGE = (
    "Rain floods the old town | Le Journal\n\n"
    "By Marie Curie\n\n"
    "Heavy rain fell over the old town on Monday, flooding streets near the river and "
    "closing two bridges for the day. The fire brigade pumped water out of forty cellars.\n\n"
    "Shops on the quay stayed shut, and the market was moved to the square by the church. "
    "The council said the clean-up would take most of the week.\n\n"
    "Share this article\n"
)


@pytest.mark.parametrize(
    "source", ["", " ", "\n\n\t", "\u200b\ufeff", b"", b"   \n", "\u2028\u2029"]
)
def test_empty_input_raises_empty_document_error(source: str | bytes) -> None:
    """Empty or blank input is refused with EmptyDocumentError, which is also a ValueError."""
    with pytest.raises(EmptyDocumentError) as caught:
        newsparse.parse_article(source)
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, NewsparseError)


def test_markup_without_text_raises_empty_document_error() -> None:
    """HTML whose markup holds no visible text is an empty document."""
    with pytest.raises(EmptyDocumentError):
        newsparse.parse_article(
            "<html><head><title></title></head><body><script>x()</script></body></html>"
        )


@pytest.mark.parametrize("source", [None, 42, 3.5, ["text"], {"text": "x"}, object()])
def test_wrong_type_raises_type_error(source: object) -> None:
    """A source that is not str or bytes is refused with a TypeError."""
    with pytest.raises(TypeError) as caught:
        newsparse.parse_article(source)  # type: ignore[arg-type]
    assert isinstance(caught.value, InputTypeError)
    assert "str or bytes" in str(caught.value)


@pytest.mark.parametrize("source", [bytearray(PAGE.encode()), memoryview(PAGE.encode())])
def test_bytes_like_sources_are_read(source: object) -> None:
    """bytearray and memoryview are read like bytes."""
    article = newsparse.parse_article(source)  # type: ignore[arg-type]
    assert article.title == "Rain floods the old town"


@pytest.mark.parametrize("options", ["fast", {"pull_quote_similarity": 0.5}, 1])
def test_wrong_options_type_raises_type_error(options: object) -> None:
    """options must be a ParseOptions."""
    with pytest.raises(TypeError):
        newsparse.parse_article(PAGE, options=options)  # type: ignore[arg-type]


def test_wrong_url_type_raises_type_error() -> None:
    """url must be a str."""
    with pytest.raises(TypeError):
        newsparse.parse_article(PAGE, url=b"https://example.org")  # type: ignore[arg-type]


@pytest.mark.parametrize("language", ["", "english", "EN", "e", "eng", "und", "fr-FR", "12", 7])
def test_bad_language_code_raises_at_once(language: object) -> None:
    """A language that is not an ISO 639-1 code raises InvalidLanguageError (a ValueError)."""
    with pytest.raises(InvalidLanguageError) as caught:
        newsparse.parse_article(PAGE, language=language)  # type: ignore[arg-type]
    assert isinstance(caught.value, InvalidOptionError)
    assert isinstance(caught.value, ValueError)


def test_bad_language_is_refused_before_the_source_is_read() -> None:
    """Argument errors come first, even when the source itself is empty."""
    with pytest.raises(InvalidLanguageError):
        newsparse.parse_article("", language="xx-yy")


@pytest.mark.parametrize("input_format", ["markdown", "", "HTML", None])
def test_bad_input_format_raises_invalid_option_error(input_format: object) -> None:
    """input_format takes only auto, text and html."""
    with pytest.raises(InvalidOptionError):
        newsparse.parse_article(PAGE, input_format=input_format)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "value", "error"),
    [
        ("fallback_encoding", "no-such-codec", InvalidOptionError),
        ("extra_lexicons", ("english",), InvalidLanguageError),
        ("extra_lexicons", ("und",), InvalidLanguageError),
        ("pull_quote_similarity", 0.0, InvalidOptionError),
        ("pull_quote_similarity", 1.5, InvalidOptionError),
        ("min_paragraph_chars", 0, InvalidOptionError),
        ("min_paragraph_chars", True, InvalidOptionError),
        ("min_paragraph_chars", 2.5, InvalidOptionError),
        ("paragraph_languages", "yes", TypeError),
    ],
)
def test_bad_options_raise_on_construction(
    name: str, value: object, error: type[Exception]
) -> None:
    """ParseOptions validates every field when it is built."""
    with pytest.raises(error):
        ParseOptions(**{name: value})  # type: ignore[arg-type]


def test_options_are_frozen_and_evolve() -> None:
    """ParseOptions cannot be changed in place; attrs.evolve makes a validated copy."""
    options = ParseOptions()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        options.pull_quote_similarity = 0.9  # type: ignore[misc]
    assert attrs.evolve(options, pull_quote_similarity=0.9).pull_quote_similarity == 0.9
    with pytest.raises(InvalidOptionError):
        attrs.evolve(options, pull_quote_similarity=9.0)


def test_stated_language_is_used() -> None:
    """A stated language skips detection and is reported with full confidence."""
    article = newsparse.parse_article(PAGE, language="en")
    assert article.language.code == "en"
    assert article.language.confidence == 1.0


def test_bytes_with_utf8_bom() -> None:
    """A UTF-8 byte-order mark is honoured and not kept in the text."""
    article = newsparse.parse_article(b"\xef\xbb\xbf" + PAGE.encode("utf-8"))
    assert article.source_text == PAGE
    assert article.title == "Rain floods the old town"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_bytes_with_utf16_and_utf32_bom(encoding: str) -> None:
    """UTF-16 and UTF-32 text with a byte-order mark is decoded."""
    article = newsparse.parse_article(PAGE.encode(encoding))
    assert article.source_text == PAGE


def test_bytes_with_declared_charset() -> None:
    """A charset declared in the page is used to decode it."""
    html = (
        '<html><head><meta charset="koi8-r"><title>Новости | Газета</title></head>'
        "<body><p>Первая библиотека откроется уже в сентябре в здании бывшего кинотеатра. "
        "Там будут читальный зал и детская комната.</p></body></html>"
    )
    article = newsparse.parse_article(html.encode("koi8-r"))
    assert "Первая библиотека" in article.source_text
    assert article.title == "Новости"


@pytest.mark.parametrize(
    ("declared", "written"),
    [
        ("iso-8859-1", "utf-8"),
        ("iso-8859-15", "utf-8"),
        ("windows-1252", "utf-8"),
        ("shift_jis", "utf-8"),
        ("iso-8859-15", "iso-8859-15"),
    ],
)
def test_bytes_are_read_in_the_charset_they_are_written_in(declared: str, written: str) -> None:
    """Regression: a page passed on as UTF-8 that still declares the charset it was first
    published in was read in that charset, so every letter beyond ASCII came out garbled
    ("Ã©" for "é"). Bytes that all read as UTF-8 are UTF-8; text really written in the
    declared charset (its letters beyond ASCII are not valid UTF-8) is read in it."""
    html = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={declared}">'
        "<title>Le tramway arrive à la gare | Le Courrier</title></head><body><p>Après dix ans "
        "de travaux, la première rame a traversé le pont vendredi, sous les applaudissements "
        "des riverains réunis sur les quais, pour 5 € le billet.</p></body></html>"
    )
    article = newsparse.parse_article(html.encode(written))
    assert "la première rame a traversé le pont" in article.source_text
    assert "5 € le billet" in article.source_text
    assert article.title == "Le tramway arrive à la gare"


@pytest.mark.parametrize(
    ("charset", "title", "paragraph"),
    [
        (
            "gb2312",
            "市政府宣布新建三座社区图书馆",
            "市政府今天宣布，将在年底前新建三座社区图书馆，方便周边居民借阅图书。",
        ),
        (
            "koi8-r",
            "Библиотека на набережной снова открыта",
            "Первая библиотека откроется уже в сентябре в здании бывшего кинотеатра.",
        ),
    ],
)
def test_charset_of_a_script_is_not_the_pages(charset: str, title: str, paragraph: str) -> None:
    """Regression: the charset of a script tag ahead of the page's own declaration (an
    archive's player script, "<script src=… charset="utf-8">") was read as the page's, so
    text written in the declared charset came out garbled."""
    html = (
        '<html><head><script src="/static/player.js" charset="utf-8"></script>'
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        f"<title>{title}</title></head><body><h1>{title}</h1><p>{paragraph}</p>"
        f"<p>{paragraph}</p></body></html>"
    )
    article = newsparse.parse_article(html.encode(charset))
    assert paragraph in article.source_text
    assert article.title == title


def test_charset_of_a_script_does_not_decide_an_undeclared_page() -> None:
    """A page that declares nothing, with a script tag saying "utf-8", in bytes that are
    not UTF-8: the fallback encoding reads it, not the script's charset."""
    html = (
        '<html><head><script src="/static/player.js" charset="utf-8"></script>'
        "<title>Café crème à la gare | Le Journal</title></head><body><p>Après dix ans de "
        "travaux, la première rame a traversé le pont vendredi.</p></body></html>"
    )
    article = newsparse.parse_article(html.encode("cp1252"))
    assert "la première rame a traversé le pont" in article.source_text


def test_invalid_utf8_falls_back_without_crashing() -> None:
    """Bytes that are not UTF-8 are decoded with the fallback encoding."""
    data = "Café crème à la gare | Le Journal\n\nUn paragraphe écrit en français.".encode("cp1252")
    article = newsparse.parse_article(data)
    assert article.source_text.startswith("Café crème")


def test_stated_fallback_encoding_is_used() -> None:
    """options.fallback_encoding decides how undeclared, non-UTF-8 bytes are read."""
    data = "Привет, мир".encode("cp1251")
    article = newsparse.parse_article(data, options=ParseOptions(fallback_encoding="cp1251"))
    assert article.source_text == "Привет, мир"


def test_undecodable_bytes_become_replacement_characters() -> None:
    """Bytes the encoding cannot read become U+FFFD, never an error."""
    data = b'<meta charset="utf-8">\n\xff\xfe\xfa broken \x80\x81 bytes here'
    article = newsparse.parse_article(data, input_format="text")
    assert "broken" in article.source_text


def test_to_dict_is_json_ready_and_round_trips() -> None:
    """to_dict gives plain JSON data that to_json writes and json reads back unchanged."""
    article = newsparse.parse_article(PAGE)
    data = article.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert json.loads(newsparse.to_json(article)) == data
    assert "source_text" not in data
    assert article.to_dict(include_source=True)["source_text"] == PAGE
    assert data["title"] == article.title
    assert data["text"] == article.text
    assert [s["kind"] for s in data["segments"]] == [s.kind.value for s in article.segments]
    assert data["language"]["code"] == article.language.code
    assert data["footer"][0]["kind"] == "share"


def test_to_json_keeps_non_ascii_characters() -> None:
    """to_json writes UTF-8 characters as they are."""
    article = newsparse.parse_article("Café | Le Journal\n\nUn café très serré, servi au comptoir.")
    assert "Café" in newsparse.to_json(article)


def test_text_joins_body_paragraphs() -> None:
    """Article.text is the body paragraphs joined by a blank line."""
    article = newsparse.parse_article(PAGE)
    assert article.text == "\n\n".join(p.text for p in article.body)
    assert len(article.body) == 2


def test_every_public_name_is_importable() -> None:
    """Every name in newsparse.__all__ exists and a star import gives exactly those names."""
    for name in newsparse.__all__:
        assert hasattr(newsparse, name), name
    assert len(set(newsparse.__all__)) == len(newsparse.__all__)
    namespace: dict[str, object] = {}
    exec("from newsparse import *", namespace)  # noqa: S102
    assert set(namespace) - {"__builtins__"} == set(newsparse.__all__)


def test_py_typed_is_shipped() -> None:
    """The package marks itself as typed (PEP 561)."""
    assert resources.files("newsparse").joinpath("py.typed").is_file()


def test_result_classes_are_frozen() -> None:
    """Article and its parts cannot be changed after parsing."""
    article = newsparse.parse_article(PAGE)
    parts: list[object] = [
        article,
        article.byline,
        article.body[0],
        article.footer[0],
        article.language,
        article.segments[0],
    ]
    for part in parts:
        field = attrs.fields(type(part))[0].name
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(part, field, None)
    assert isinstance(article.body, tuple)
    assert isinstance(article.segments, tuple)
    with pytest.raises((AttributeError, TypeError)):
        article.extra = 1  # type: ignore[attr-defined]


def test_articles_are_hashable_and_equal_by_value() -> None:
    """Two parses of one page are equal and hash alike."""
    first, second = newsparse.parse_article(PAGE), newsparse.parse_article(PAGE)
    assert first == second
    assert hash(first) == hash(second)
    assert isinstance(first, Article)


def test_html_input_is_rendered() -> None:
    """HTML input is rendered to text, and the offsets refer to that text."""
    html = (
        "<!DOCTYPE html><html><head><title>Rain floods the old town | Le Journal</title></head>"
        "<body><nav><a href='/'>Home</a></nav><article><h1>Rain floods the old town</h1>"
        "<p>Heavy rain fell over the old town on Monday, flooding streets near the river and "
        "closing two bridges for the day.</p><script>var x = '<p>no</p>';</script>"
        "</article></body></html>"
    )
    article = newsparse.parse_article(html)
    assert article.title == "Rain floods the old town"
    assert article.site_name == "Le Journal"
    assert "var x" not in article.source_text
    assert [p.text for p in article.body] == [
        "Heavy rain fell over the old town on Monday, flooding streets near the river and "
        "closing two bridges for the day."
    ]


_QUOTED_TAGS = "\n".join(
    [
        "How to write a link | Web Notes",
        "",
        "Home",
        "Guides",
        "Contact",
        "",
        "How to write a link",
        "",
        "A link is the oldest part of the web, and the easiest one to get wrong.",
        '<a href="/next">Next page</a>',
        "The element above points to a page on the same site, which keeps the address short.",
        "Screen readers announce the words inside the element, so they should name the page.",
        '<a href="/next"><span>Next</span></a>',
        "Wrapping the words in a span changes nothing for the reader.",
        "A list of links is written as a list:",
        "<ul><li>first</li></ul>",
        "Each item holds one link, and the list tells the reader how many there are.",
        "Every page should link back to its parent, so nobody gets lost.",
        "Share this guide",
        "Previous: How to write a heading",
    ]
)


def test_text_quoting_a_few_tags_is_read_as_text() -> None:
    """Regression: five tags quoted on a few lines of a plain-text page made it HTML."""
    article = newsparse.parse_article(_QUOTED_TAGS)
    assert article.source_text == _QUOTED_TAGS
    assert article.title == "How to write a link"
    assert article.body[0].text.startswith("A link is the oldest part of the web")


@pytest.mark.parametrize(
    "fragment",
    [
        "<p>Rain fell over the old town on Monday.</p>\n<p>Two bridges were closed.</p>\n"
        "<p>The river rose by a metre.</p>\n<p>Schools stayed open.</p>\n<p>More rain is due.</p>",
        "<div><p>Il a plu sur la vieille ville.</p><p>Deux ponts ont été fermés.</p>"
        "<p>La rivière est montée.</p></div>",
        "<article>\n  <h1>Starker Regen</h1>\n  <p>\n    Es regnete den ganzen Tag über der "
        "Altstadt,\n    und zwei Brücken wurden gesperrt.\n  </p>\n  <p>\n    Der Fluss "
        "stieg um einen Meter.\n  </p>\n</article>",
    ],
)
def test_markup_fragments_without_a_doctype_are_read_as_html(fragment: str) -> None:
    """A fragment of markup (no doctype, no <html>) is still HTML when its tags are dense."""
    article = newsparse.parse_article(fragment)
    assert "<p>" not in article.source_text
