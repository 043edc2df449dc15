"""One test per bug found, each named after the bug it keeps away."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import InvalidOptionError, ParseOptions
from newsparse._lexicon import LexiconError, validate

TEXT = "Hello world, this line is long enough to be read as a paragraph of running text."


@pytest.mark.parametrize(
    "charset", ["base64", "rot13", "hex", "zlib", "punycode", "undefined", "unicode_escape"]
)
def test_declared_codec_that_is_no_page_encoding(charset: str) -> None:
    """Bug: a page declaring ``charset=base64`` (or rot13, punycode...) crashed with
    LookupError or UnicodeError, because any Python codec name was taken as its encoding."""
    data = f'<meta charset="{charset}">\n{TEXT}\n'.encode("ascii")
    article = newsparse.parse_article(data, input_format="text")
    assert TEXT in article.source_text


@pytest.mark.parametrize("fallback", ["rot13", "base64", "undefined"])
def test_fallback_encoding_that_is_no_text_encoding(fallback: str) -> None:
    """Bug: ``ParseOptions(fallback_encoding="rot13")`` was accepted, then decoding bytes
    that are not UTF-8 crashed with LookupError. Refusing it at once is fine too."""
    try:
        options = ParseOptions(fallback_encoding=fallback)
    except InvalidOptionError:
        return
    article = newsparse.parse_article(b"caf\xe9 " + TEXT.encode(), options=options)
    assert TEXT in article.source_text


def test_lone_surrogate_in_html_keeps_the_rest_of_the_page() -> None:
    """Bug: the HTML parser stopped at a lone surrogate (possible in a Python str), so all the
    text after it was silently lost."""
    html = f"<html><body><p>Before \ud800 after.</p><p>{TEXT}</p></body></html>"
    article = newsparse.parse_article(html)
    assert "after." in article.source_text
    assert TEXT in article.source_text


def test_a_broken_lexicon_raises_a_newsparse_error() -> None:
    """Regression: a lexicon that breaks the schema raised a bare error; it is a NewsparseError."""
    assert issubclass(LexiconError, newsparse.NewsparseError)
    with pytest.raises(newsparse.NewsparseError, match="differ from the schema"):
        validate("xx", {"language": {}})


def test_characters_unassigned_in_python_are_no_letters() -> None:
    """Regression: U+0558, unassigned in Python's Unicode tables, was read as Armenian."""
    assert newsparse.detect_language("\u0558" * 30).code == "und"
    assert newsparse.detect_language("Հայաստանը " * 5).code == "hy"


def test_sentences_mentioning_cookies_or_opening_with_a_phrase_stay_in_the_body() -> None:
    """Regression: an article sentence naming cookies was taken for a cookie notice, and one
    opening with a footer word ("Responses ...") for a comments heading that ended the article."""
    paragraphs = [
        "Browsers keep cookies apart for each site, so one page cannot read what another stored "
        "there. The new rules make that separation stricter for embedded frames.",
        "Responses take the first value as the key of the table.",
        "Servers that answer slowly are given a few more seconds before the request fails, and "
        "the client retries twice with a growing pause between attempts.",
        "The change ships in the next release, after a month of testing on the beta channel, "
        "and the old behaviour stays available behind a setting for a year.",
    ]
    page = "Browsers tighten the rules | Web Weekly\n\n" + "\n\n".join(paragraphs) + "\n"
    article = newsparse.parse_article(page, language="en")
    assert [p.text for p in article.body] == paragraphs


def test_numbered_lines_sharing_words_are_no_author_box() -> None:
    """Regression: "Test Case 1" over "Test Case 2" is not a name over its author's box."""
    text = "Lazy images keep their alt text\n\nTest Case 1\n\nTest Case 2\n"
    assert newsparse.parse_article(text, language="en").byline is None


def test_text_after_an_html_comment_is_kept() -> None:
    """Bug: the HTML renderer dropped the text right after a comment (pages built by script
    frameworks put ``<!-- -->`` between pieces of a sentence), so "Published <!-- -->3 hours
    ago" came out as "Published"."""
    html = (
        "<html><body><p>Published <!-- -->3 hours ago</p>"
        f"<p>{TEXT}<!-- x --> More.</p></body></html>"
    )
    article = newsparse.parse_article(html)
    assert "Published 3 hours ago" in article.source_text
    assert f"{TEXT} More." in article.source_text


@pytest.mark.parametrize(
    "line",
    [
        "## Heading" + " " * 200_000 + "end",  # closing hashes were looked for after every space
        "# Heading" + " " * 200_000 + "end",
        "![" + "a" * 200_000 + "](",  # a picture's text was split every way before failing
    ],
)
def test_markdown_marks_on_a_huge_line_are_read_in_linear_time(line: str) -> None:
    """Bug: the patterns for Markdown sub-headings and pictures backtracked over long runs,
    so one long line took minutes. Parsing such a line must come back (and keep its text)."""
    article = newsparse.parse_article(f"{line}\n\n{TEXT}\n")
    assert "".join(s.text for s in article.segments).count("end") >= line.count("end")


def test_a_huge_run_of_folded_header_lines_is_read_in_linear_time() -> None:
    """Bug: the record header at the start of a raw page was matched with one pattern whose
    backtracking grew with the square of the lines; a long run of indented lines took
    seconds. The header is now read line by line, over the page's first characters only."""
    text = "WARC/1.0\nWARC-Type: response\n" + "  folded\n" * 100_000 + "\n<p>" + TEXT + "</p>"
    article = newsparse.parse_article(text, input_format="html")
    assert TEXT in article.text


@pytest.mark.parametrize("space", [" ", "\t", "\u3000", "\u00a0"])
@pytest.mark.parametrize("where", ["title", "body"])
def test_a_long_run_of_spaces_in_a_line_is_read_in_linear_time(space: str, where: str) -> None:
    """Bug: the title's separators ("\\s+-\\s+") and the byline's joiners were tried from
    every character of a run of spaces, so a line holding 100 000 spaces took minutes."""
    line = "Harbour" + space * 100_000 + "bridge"
    text = f"{line}\n\n{TEXT}\n" if where == "title" else f"Title\n\n{TEXT}\n\n{line}\n"
    article = newsparse.parse_article(text)
    assert any("bridge" in s.text for s in article.segments)


@pytest.mark.parametrize(
    "line", ["Harbour bridge | | Valley Post", "Harbour bridge || Valley Post"]
)
def test_separators_side_by_side_still_split_the_title_line(line: str) -> None:
    """The separators are tried from the first space of a run only: a bar right after the
    spaces another bar took still splits the line."""
    article = newsparse.parse_article(f"{line}\n\n{TEXT}\n")
    assert (article.title, article.site_name) == ("Harbour bridge", "Valley Post")


@pytest.mark.parametrize("line", ["By Jonas Keller", "BREAKING NEWS TODAY", "Anna Berg"])
def test_thousands_of_name_like_lines_are_read_in_linear_time(line: str) -> None:
    """Bug: every line that looked like a name (an author's box heading) was looked for in
    all the lines above it, so a page of 8 000 such lines took minutes."""
    text = "\n".join([TEXT, *([line] * 20_000), TEXT])
    article = newsparse.parse_article(text)
    assert sum(s.text.count(line) for s in article.segments) == 20_000


@pytest.mark.parametrize("depth", [300, 5_000])
@pytest.mark.parametrize("closed", [True, False])
def test_html_nested_hundreds_deep_keeps_its_text(depth: int, closed: bool) -> None:
    """Bug: the HTML parser gives up at 256 nested elements (unclosed tags make them) and
    kept nothing from there on, so the page came out empty (EmptyDocumentError) or lost
    its article. Such pages are now read token by token: title, blocks and dropped
    elements as usual."""
    inner = f"<p>{TEXT}</p><script>var hidden = 1;</script><p>Tail &amp; end</p>"
    html = (
        "<html><head><title>Deep page | Valley Post</title></head><body>"
        + "<div><span>" * depth
        + inner
        + ("</span></div>" * depth if closed else "")
        + "</body></html>"
    )
    article = newsparse.parse_article(html)
    assert (article.title, article.site_name) == ("Deep page", "Valley Post")
    assert TEXT in article.source_text
    assert "Tail & end" in article.source_text
    assert "hidden" not in article.source_text


@pytest.mark.parametrize("target", ["http://example.org/" + "a" * 100_000, "x//" + "a-" * 50_000])
@pytest.mark.parametrize("where", ["byline", "body"])
def test_a_huge_link_target_on_a_byline_is_read_in_linear_time(target: str, where: str) -> None:
    """Bug: a byline's length is measured on the text a reader sees, without a Markdown
    link's target, but the patterns that cut the names' surroundings (an e-mail address, a
    domain) were tried from every character of the target's runs of letters: a line such
    as "By [Anna Berg](http://example.org/aaaa...)" took minutes."""
    line = f"By [Anna Berg]({target})"
    text = f"Title\n\n{line}\n\n{TEXT}\n" if where == "byline" else f"Title\n\n{TEXT}\n\n{line}\n"
    article = newsparse.parse_article(text)
    assert any(target in s.text for s in article.segments)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("fallback_encoding", None),
        ("fallback_encoding", b"utf-8"),
        ("fallback_encoding", "utf\x00"),
        ("fallback_encoding", "utf-8\ud800"),
        ("extra_lexicons", None),
        ("extra_lexicons", 5),
        ("pull_quote_similarity", "0.5"),
        ("pull_quote_similarity", None),
        ("paragraph_languages", None),
    ],
)
def test_options_of_the_wrong_kind_raise_a_newsparse_error(name: str, value: object) -> None:
    """Bug: ParseOptions raised a bare TypeError, ValueError or UnicodeEncodeError for a
    fallback encoding that is no str or holds a NUL or a lone surrogate, extra_lexicons that
    are not iterable, a similarity that is no number and a paragraph_languages that is no
    bool (attrs' own TypeError)."""
    with pytest.raises(newsparse.NewsparseError):
        ParseOptions(**{name: value})  # type: ignore[arg-type]


def test_detect_language_refuses_bytes_with_a_newsparse_error() -> None:
    """Bug: detect_language(b"...") raised a bare TypeError; it is an InputTypeError (still a
    TypeError)."""
    with pytest.raises(newsparse.InputTypeError):
        newsparse.detect_language(b"bytes")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "after",
    [
        "<p>Shown after the page.</p>",
        "Shown after the page.",
        "<html><body><p>Shown after the page.</p></body></html>",
        "<frameset><noframes><p>Shown after the page.</p></noframes></frameset>",
    ],
)
def test_text_after_the_closing_html_tag_is_kept(after: str) -> None:
    """Bug: browsers show what stands after ``</html>`` at the end of the body, but the
    parser puts it in a second ``<html>`` element and only the first one was read, so that
    text was silently lost."""
    html = f"<html><head><title>Page</title></head><body><p>{TEXT}</p></body></html>{after}"
    article = newsparse.parse_article(html)
    assert "Shown after the page." in article.source_text
    assert article.source_text.count(TEXT) == 1


@pytest.mark.parametrize("piece", ["A.", "a.b", ".com"])
def test_a_huge_word_of_dots_is_read_in_linear_time(piece: str) -> None:
    """Bug: the test for a line that is a web address alone backtracked over a long word
    holding many dots ("a.a.a..." with no space) in time growing with the square of its
    length: a line of a million such characters took close to a minute."""
    line = "Head" + piece * (1_000_000 // len(piece)) + "end"
    article = newsparse.parse_article(f"Title\n\n{TEXT}\n\n{line}\n\n{TEXT}\n")
    assert any(line in s.text for s in article.segments)


@pytest.mark.parametrize("as_bytes", [False, True])
def test_a_run_of_comments_at_the_start_is_read_in_linear_time(as_bytes: bool) -> None:
    """Bug: telling HTML from text matched the comments a page may open with by a repeated
    group of lazy comments, which backtracked through every way of splitting them when no
    <html> followed: 40 comments before plain text took longer than anyone would wait
    (the time doubled with each comment)."""
    text = "<!-- a -->" * 40 + TEXT
    article = newsparse.parse_article(text.encode() if as_bytes else text)
    assert TEXT in article.source_text
    page = "<!-- a -->" * 40 + f"<html><body><p>{TEXT}</p></body></html>"
    assert newsparse.parse_article(page).source_text == TEXT + "\n"
