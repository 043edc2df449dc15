"""The HTML front end: how ``render_html`` turns markup into lines of plain text."""

from __future__ import annotations

import threading

import pytest

from newsparse._html import render_html


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        "<!-- only a comment -->",
        "<html><head><script>var a = 1;</script></head><body> </body></html>",
        "<div><div>\n\t</div></div>",
    ],
)
def test_a_page_without_text_renders_as_the_empty_string(html: str) -> None:
    """A page with no text at all renders as ``""``, not as a lone line break."""
    assert render_html(html) == ""


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>a <b> b</b>\n\tc</p>", "a b c\n"),
        ("<p>Left \n <i> right</i> </p>", "Left right\n"),
        ("<p>\u00a0 a \u3000</p><p>x\u00a0 \u00a0y</p>", "a\n\nx\u00a0 \u00a0y\n"),
        ("<pre>a\n  b</pre>", "a b\n"),
        ("<p>a\r\nb\rc</p>", "a b c\n"),
    ],
)
def test_whitespace_runs_become_one_space(html: str, text: str) -> None:
    """A run of ASCII whitespace becomes one space, also across inline elements; other
    spaces (no-break, ideographic) stay inside a line and are stripped from its ends."""
    assert render_html(html) == text


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>a</p><p>b</p>", "a\n\nb\n"),
        ("<div>a<div>b</div></div>", "a\nb\n"),
        ("<p>one<br>two</p>", "one\ntwo\n"),
        ("<ul><li>a</li><li>b</li></ul>", "a\nb\n"),
        ("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\nc\n"),
        ("<div>a<span>b</span>c</div>", "abc\n"),
    ],
)
def test_block_elements_stand_on_their_own_lines(html: str, text: str) -> None:
    """Block elements, line breaks, list items and table rows start lines of their own;
    inline elements do not, and a row's cells stand on its line a space apart."""
    assert render_html(html) == text


def test_dropped_elements_leave_no_text_but_keep_what_follows() -> None:
    """Scripts, styles and hidden content are dropped with all they hold, even nested or
    holding markup, and the text after them stays."""
    html = (
        "<div>before <script>var a = '<p>no</p>';</script><noscript><style>s{}</style>"
        "n</noscript> after</div><template><p>hidden</p></template><p>x<select><option>o"
        "</option></select>y</p><p>shown</p>"
    )
    assert render_html(html) == "before after\n\nxy\n\nshown\n"


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>a<!-- secret -->b<?php echo 'hidden' ?>c</p>", "abc\n"),
        ("<p>x<!-- a <p>fake</p> -->y</p>", "xy\n"),
        (
            "<p>Published <!-- -->3 seconds ago</p><!-- x --><p>next</p>",
            "Published 3 seconds ago\n\nnext\n",
        ),
    ],
)
def test_comments_and_processing_instructions_show_nothing(html: str, text: str) -> None:
    """Comments and processing instructions are not rendered, and the text after them is."""
    assert render_html(html) == text


def test_the_title_comes_first() -> None:
    """The first non-empty <title> outside SVG comes first, its whitespace collapsed, and a
    page holding only a title renders as the title."""
    html = "<html><head><title> The\n  title </title></head><body><p>Body</p></body></html>"
    assert render_html(html) == "The title\n\nBody\n"
    assert render_html("<title>T</title><body> </body>") == "T\n"
    text = render_html("<body><svg><title>Icon</title></svg><title>Late</title><p>x</p></body>")
    assert text.startswith("Late\n\n")
    assert "Icon" not in text


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>a&#13;b&#xD;c&#X00d; d</p>", "a b c d\n"),
        ("<p>a&#130;b</p>", "a\u201ab\n"),
        ("<xmp>&#13;</xmp>", "&#13;\n"),
    ],
)
def test_carriage_returns_written_as_references_are_spaces(html: str, text: str) -> None:
    """A CR written as a character reference is whitespace like any other, not a line break
    (and markup shown as text keeps its references as they are)."""
    assert render_html(html) == text


@pytest.mark.parametrize(
    "html",
    [
        '<meta charset="iso-8859-1"><p>caf\u00e9</p>',
        '<meta charset="utf-16"><p>caf\u00e9</p>',
        '<?xml version="1.0" encoding="iso-8859-1"?><html><body><p>caf\u00e9</p></body></html>',
    ],
)
def test_declared_encodings_do_not_change_decoded_text(html: str) -> None:
    """The page is already text: a charset it declares does not change how it is read."""
    assert render_html(html) == "caf\u00e9\n"


def test_a_lone_surrogate_is_shown_as_a_replacement_character() -> None:
    """A lone surrogate (possible in a Python str) becomes U+FFFD and the text goes on."""
    assert render_html("<p>a\ud800b</p><p>c</p>") == "a\ufffdb\n\nc\n"


def test_rendering_gives_the_same_text_from_several_threads() -> None:
    """The compiled transformation is shared by every call: threads rendering pages at the
    same time each get their own page's text."""
    pages = [
        f"<html><head><title>Page {n}</title></head><body><p>Paragraph {n} of the page.</p>"
        f"<ul><li>item {n}a</li><li>item {n}b</li></ul><script>var x = {n};</script></body></html>"
        for n in range(20)
    ]
    expected = [render_html(page) for page in pages]
    failures: list[int] = []

    def work() -> None:
        for _ in range(5):
            for n, page in enumerate(pages):
                if render_html(page) != expected[n]:
                    failures.append(n)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []


@pytest.mark.parametrize(
    ("html", "text"),
    [
        # links side by side: a row of tags
        (
            "<div><span>Tags: </span><a>Harbour</a><a>ferry lines</a><a>Weather</a></div>",
            "Tags: Harbour ferry lines Weather\n",
        ),
        # a number or a word set apart from a capital by a span or a link's edge
        (
            "<li><span>5</span><a>Ferries return</a></li>"
            "<li><a><span>Video</span>The tide</a></li>",
            "5 Ferries return\nVideo The tide\n",
        ),
        ("<p><span>Von</span><a>Anna Fink</a></p>", "Von Anna Fink\n"),
        # an empty span set for a line break after a sentence
        (
            "<p>The tide rose.<span class='br'></span>The ferry waited.</p>",
            "The tide rose. The ferry waited.\n",
        ),
        ("<p>Piers, quays,<a>Harbour</a></p>", "Piers, quays, Harbour\n"),
        # a name and a count, two times side by side
        ("<p><a>Ann Lee</a><span>2</span></p>", "Ann Lee 2\n"),
        ("<p><time>May 3, 2024</time><time>May 4, 2024</time></p>", "May 3, 2024 May 4, 2024\n"),
        # one letter before a capital is a drop cap's, a small letter a word's end
        (
            "<p><span>T</span>HE tide rose. <span>W</span>e sailed.</p>",
            "THE tide rose. We sailed.\n",
        ),
        ("<p>Three <a>GPU</a>s and two <a>CPU</a>s.</p>", "Three GPUs and two CPUs.\n"),
        ("<p>Route 6<span>6</span> and 1<sup>st</sup></p>", "Route 66 and 1st\n"),
        # letters set one by one, and scripts written without spaces, stay as they are
        ("<p><span>H</span><span>a</span><span>r</span><span>b</span></p>", "Harb\n"),
        ("<p>市政府<a>宣布</a><span>新建</span>图书馆</p>", "市政府宣布新建图书馆\n"),
        ("<p>共有<span>3</span>人</p>", "共有3人\n"),
    ],
)
def test_words_at_the_edges_of_links_and_spans(html: str, text: str) -> None:
    """Pages set links and spans side by side without a space and style them apart: a
    space is read where two words meet there, not inside a word."""
    assert render_html(html) == text


@pytest.mark.parametrize("mark", ["\ufdd0", "&#xFDD0;", "&#64976;"])
def test_a_page_holding_the_edge_mark_keeps_it(mark: str) -> None:
    """The character the renderer marks edges with is kept where a page writes it."""
    assert render_html(f"<p>a {mark} b <a>Cd</a><a>Ef</a></p>") == "a \ufdd0 b CdEf\n"


def test_edges_are_read_alike_when_the_page_is_read_token_by_token() -> None:
    """A page nested too deep for the parser is read tag by tag, with the same spaces at
    the edges of links and spans."""
    inner = "<p><span>5</span><a>Ferries return</a> <a>Harbour</a><a>ferry lines</a></p>"
    html = "<body>" + "<div>" * 300 + inner + "</div>" * 300 + "</body>"
    assert render_html(html) == "5 Ferries return Harbour ferry lines\n"


def test_buttons_show_their_text() -> None:
    """Browsers show a button's text: share buttons and the label of a tags box are the
    page's footer navigation ("Post to Facebook", "Filed under:"), side by side without a
    space or not."""
    html = (
        "<p>The ferry returns.</p><aside><button><span>Post to Facebook</span></button>"
        "<button>Share on X</button></aside><section><header><button>Filed under:</button>"
        "</header><ul><li><a>Harbour</a></li></ul></section>"
    )
    assert render_html(html) == (
        "The ferry returns.\n\nPost to Facebook Share on X\nFiled under:\n\nHarbour\n"
    )


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<div>Lorem ipsum<br/>dolor sit<br>amet</div>", "Lorem ipsum\ndolor sit\namet\n"),
        ("<div>one<br><br>two</div>", "one\n\ntwo\n"),
        ("<div>one<br/> <br/>two</div>", "one\n\ntwo\n"),
        ("<p>one<br>two</p><p>three</p>", "one\ntwo\n\nthree\n"),
    ],
)
def test_a_line_break_starts_a_line_not_a_paragraph(html: str, text: str) -> None:
    """Regression: a ``<br>`` wrote a line break at each of its edges, so every one made a
    paragraph break and a paragraph broken into lines became as many short paragraphs,
    which the rules read as a list of short lines, not the article. One ``<br>`` starts a
    line; two in a row leave a blank line, as browsers show them."""
    assert render_html(html) == text


def _both_readings(html: str) -> tuple[str, str]:
    """*html* rendered as a tree, and read tag by tag (nested too deep for the parser)."""
    return render_html(html), render_html("<div>" * 300 + html + "</div>" * 300)


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>a</p><div hidden><p>menu</p></div><p>b</p>", "a\n\nb\n"),
        ("<p>a</p><div hidden=''>menu</div><p>b</p>", "a\n\nb\n"),
        # content hidden only until the reader searches for it is the page's
        ("<p>a</p><div hidden='until-found'>found</div><p>b</p>", "a\n\nfound\n\nb\n"),
        # a page hidden until a script has run is still read
        ("<body hidden><p>a</p><p>b</p></body>", "a\n\nb\n"),
        ("<p>a</p><div data-hidden='x'>shown</div><p>b</p>", "a\n\nshown\n\nb\n"),
    ],
)
def test_elements_with_the_hidden_attribute_are_not_shown(html: str, text: str) -> None:
    """Browsers do not show an element with the ``hidden`` attribute: its text is left out,
    read as a tree or tag by tag alike."""
    assert _both_readings(html) == (text, text)


@pytest.mark.parametrize("tag", ["<input type='text'>", "<input hidden>", "<embed src='x'/>"])
def test_an_element_without_an_end_tag_drops_nothing_after_it(tag: str) -> None:
    """Regression: read tag by tag, a dropped or hidden element without an end tag (an
    ``<input>``) skipped everything up to an end tag that never comes: the rest of the page
    was lost."""
    html = f"<p>a</p><form>{tag}</form><p>b</p><p>c</p>"
    assert _both_readings(html)[1] == "a\n\nb\n\nc\n"


@pytest.mark.parametrize(
    ("html", "text"),
    [
        # a live ticker's entries: a time and a headline in nested blocks, one line each
        (
            "<p>Le port rouvre.</p><aside><a>Direct</a><ul>"
            "<li><div><a><span>14:44</span></a> <a>Le budget de la piscine est voté</a></div></li>"
            "<li><div><a><span>14:32</span></a><div>Un cycliste blessé sur le pont</div></div></li>"
            "</ul></aside>",
            "Le port rouvre.\n\nDirect\n\n14:44 Le budget de la piscine est voté\n"
            "14:32\nUn cycliste blessé sur le pont\n",
        ),
        # a teaser box: a topic and a headline in blocks of their own inside each item
        (
            "<section><div><div>Mehr zum Thema</div></div><div><div><a>"
            "<div>Hafen</div><div>Neuer Kran geliefert</div></a></div>"
            "<div><a><div>Wetter</div><div>Sturmwarnung für die Küste</div></a></div>"
            "</div></section>",
            "Mehr zum Thema\nHafen\nNeuer Kran geliefert\nWetter\nSturmwarnung für die Küste\n",
        ),
        # a paragraph-level element among them still stands apart, and so do two <br>s
        ("<div><div>a</div><p>b</p><div>c</div></div>", "a\n\nb\n\nc\n"),
        ("<li><div>a<br></div></li><li><div>b<br><br></div></li><li>c</li>", "a\nb\n\nc\n"),
    ],
)
def test_nested_blocks_meet_at_one_line_break(html: str, text: str) -> None:
    """Regression: the edges of nested blocks (``<li><div>``) each wrote a line break, and
    two made a blank line, so every item of a list or a teaser box became a paragraph of
    its own, which the rules read as the article's. As in a browser, blocks meeting make
    one line break, paragraph-level elements and two ``<br>``s a blank line, read as a tree
    or tag by tag alike."""
    assert _both_readings(html) == (text, text)


@pytest.mark.parametrize(
    ("mark", "char"), [("\ufdd1", "\ufdd1"), ("&#xFDD2;", "\ufdd2"), ("&#64977;", "\ufdd1")]
)
def test_a_page_holding_a_break_mark_keeps_it(mark: str, char: str) -> None:
    """A page holding one of the characters paragraph edges and line breaks are marked
    with keeps it, and is rendered without marks: every meeting of blocks is a blank line."""
    text = render_html(f"<div><div>a {mark} b</div><div>c</div></div>")
    assert text == f"a {char} b\n\nc\n"


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # an element left open inside <noscript> does not take the page into it
        (
            "<body><noscript><div id='nojs'></noscript><div><p>Le pont rouvre lundi.</p>"
            "<noscript>Activez JavaScript</noscript><p>Les travaux sont finis.</p></div></body>",
            "Le pont rouvre lundi.\n\nLes travaux sont finis.\n",
        ),
        (
            "<body><NOSCRIPT><img src='x'><p>Enable scripts</NOSCRIPT><p>The bridge reopens.</p>",
            "The bridge reopens.\n",
        ),
        # a start tag never closed: the parser's reading of the rest is kept
        (
            "<body><p>Die Brücke ist offen.</p><noscript><p>Bitte JavaScript</p>",
            "Die Brücke ist offen.\n",
        ),
    ],
)
def test_noscript_content_is_dropped_as_a_browser_running_scripts_reads_it(
    html: str, expected: str
) -> None:
    """<noscript> content is cut from its start tag to its end tag, markup and all."""
    assert render_html(html) == expected


@pytest.mark.parametrize(
    ("html", "text"),
    [
        # a row of figures reads as a text dump writes it
        (
            "<table><tr><th>Datei</th><th>Tempo</th></tr>"
            "<tr><td>daten-2020</td><td>3,3 GB/s</td></tr></table>",
            "Datei Tempo\ndaten-2020 3,3 GB/s\n",
        ),
        # cells meeting without a space, digits on both sides, stay apart
        ("<table><tr><td>2018</td><td>3.3</td></tr></table>", "2018 3.3\n"),
        # a layout table: block elements inside the cells keep their own lines
        (
            "<table><tr><td><p>The bridge reopens.</p></td><td><div>Menu</div></td></tr></table>",
            "The bridge reopens.\n\nMenu\n",
        ),
    ],
)
def test_a_table_row_is_one_line_of_cells(html: str, text: str) -> None:
    """A table's row stands on one line, its cells a space apart; blocks inside a cell
    still break it; read as a tree or tag by tag alike."""
    assert _both_readings(html) == (text, text)


@pytest.mark.parametrize(
    ("html", "text"),
    [
        # a reading over each word, as pages for learners print it: the words alone
        (
            "<p><ruby>東京<rt>とうきょう</rt></ruby>に<ruby>行<rt>い</rt></ruby>く</p>",
            "東京に行く\n",
        ),
        # with the page's brackets for browsers without ruby, the reading in them
        (
            "<p><ruby><rb>東京</rb><rp>（</rp><rt>とうきょう</rt><rp>）</rp></ruby>に行く</p>",
            "東京（とうきょう）に行く\n",
        ),
        # a ruby with brackets does not make the next one's reading bracketed
        (
            "<p><ruby>東<rp>(</rp><rt>ひがし</rt><rp>)</rp></ruby><ruby>京<rt>きょう</rt></ruby></p>",
            "東(ひがし)京\n",
        ),
    ],
)
def test_a_ruby_reading_without_brackets_is_left_out(html: str, text: str) -> None:
    """The reading printed over a word (``<rt>``) would run into the word in text: it is
    left out, unless the page gives brackets (``<rp>``) to set it apart; read as a tree or
    tag by tag alike."""
    assert _both_readings(html) == (text, text)
