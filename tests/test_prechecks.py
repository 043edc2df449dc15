"""Cheap tests that spare a pattern on most lines: each may only say "no" where the
pattern finds nothing, so the rules read every line as the pattern alone would."""

from __future__ import annotations

from unittest import mock

from hypothesis import given
from hypothesis import strategies as st

from newsparse._blocks import text_blocks
from newsparse._features import _EMAIL, _URL, _url_like
from newsparse._lexicon import lexicon_for
from newsparse._options import ParseOptions
from newsparse._page import Page
from newsparse._rules import byline
from newsparse._rules.body import _COLON_END, _ENUMERATOR, _NAME, _SLIDE
from newsparse._rules.byline import _CASED, _CUT, _UPPER_START, _cased, _may_cut, _upper_start
from newsparse._rules.captions import _MARKDOWN_IMAGE
from newsparse._rules.phrases import (
    _COPYRIGHT_START,
    _LINK_ARROW,
    _MARKUP_LINE,
    _QUOTED,
    _copyright_start,
    _quoted,
    link_arrow,
)
from newsparse._rules.title import _CONTINUATION
from strategies import line_edges

LINES = st.one_of(line_edges(), st.text(max_size=20))
# Words and addresses: what the patterns for names, web addresses and e-mails look for.
_WORDISH = st.text(st.sampled_from("aZé.@:/()[]-_+w3 ’'É"), max_size=16)
WORDS = st.one_of(LINES, _WORDISH, st.sampled_from(["www.x.de", "a@b.org", "http://x", "A.B."]))


@given(LINES)
def test_quoted_speech_is_what_the_pattern_finds(text: str) -> None:
    assert _quoted(text) == (_QUOTED.match(text) is not None)


@given(LINES)
def test_a_copyright_opening_is_what_the_pattern_finds(text: str) -> None:
    assert _copyright_start(text) == (_COPYRIGHT_START.match(text) is not None)


@given(LINES)
def test_a_link_arrow_is_what_the_pattern_finds(text: str) -> None:
    expected = _LINK_ARROW.search(text) is not None and "«" not in text and "‹" not in text
    assert link_arrow(text) == expected


@given(LINES)
def test_cased_text_is_what_the_pattern_finds(text: str) -> None:
    assert _cased(text) == (_CASED.search(text) is not None)


@given(LINES)
def test_lines_skipped_before_the_patterns_match_none_of_them(text: str) -> None:
    """The tests written out in the rules: markup opens with "<", a numbered item does not
    open with an ASCII letter, a line carried on after a colon opens with one, and a line
    that ends in a colon holds one."""
    if not text.startswith("<"):
        assert _MARKUP_LINE.match(text) is None
    first = text[:1]
    if first.isascii() and first.isalpha():
        assert _ENUMERATOR.match(text) is None
    if text[:1] not in ":：":
        assert _CONTINUATION.match(text) is None
    if ":" not in text and "：" not in text:
        assert _COLON_END.search(text) is None
    if first.isascii() and first.isalpha():
        assert _SLIDE.match(text) is None
    if first.isascii() and not "A" <= first <= "Z":
        assert _NAME.match(text) is None
    if not text.startswith("!["):
        assert _MARKDOWN_IMAGE.match(text) is None


@given(WORDS)
def test_a_capital_first_is_what_the_pattern_finds(text: str) -> None:
    assert _upper_start(text) == (_UPPER_START.match(text) is not None)


@given(WORDS)
def test_an_address_is_what_the_patterns_find(text: str) -> None:
    expected = " " not in text and bool(_URL.fullmatch(text) or _EMAIL.fullmatch(text))
    assert _url_like(text) == expected


@given(WORDS, st.integers(0, 20), st.integers(0, 20))
def test_names_skipped_before_the_cut_pattern_hold_nothing_it_cuts_at(
    text: str, start: int, end: int
) -> None:
    if not _may_cut(text[start:end]):
        assert _CUT.search(text, start, end) is None


# Pieces of lines that come near a byline: prefixes (placed by the test), names, roles,
# dates, separators, words of a sentence, a copyright sign, a heading's colon, an arrow.
_CREDIT_PIECES = (
    *("Ann Lee", "Jan Berg", "Kai", "annlee", "AP", "dpa", "Reporter", "Staff writer"),
    *("Redaktion", "Foto", "Text & Fotos:", "and", "und", "et", "von", "de la", "in"),
    *("3 May 2024", "03.05.2024", "14:30 Uhr", "2 hours ago", "vor 5 Minuten", "2009-2024"),
    *(" | ", " – ", " / ", " · ", ", ", ": ", "   ", "\t", " (", ") ", "ann@example.org"),
    *("the council voted on Tuesday", "der Rat hat beschlossen", ".", "!", "?", ":", "©"),
    *(" »", ">> ", "Tags:", "„Offene Daten“", "Ph.D", "MD", "Berlin", "記者 王小明"),
)


@st.composite
def _credit_lines(draw: st.DrawFn, prefixes: tuple[str, ...]) -> str:
    """A line of the pieces of a byline: often a prefix and a name first, the other pieces
    around them, and perhaps another prefix among them."""
    pieces = draw(st.lists(st.sampled_from(_CREDIT_PIECES), max_size=8))
    if draw(st.booleans()):
        pieces.insert(0, draw(st.sampled_from(prefixes)) + " " + draw(st.sampled_from(_NAMES)))
    if draw(st.booleans()):
        pieces.insert(draw(st.integers(0, len(pieces))), " " + draw(st.sampled_from(prefixes)))
    return "".join(pieces)


_NAMES = ("Ann Lee", "Jan Berg und Eva Roth", "annlee", "Kai")


@given(st.data(), st.sampled_from(("en", "de", "fr", "es")))
def test_lines_given_up_for_want_of_a_prefix_are_those_the_full_reading_refuses(
    data: st.DataObject, code: str
) -> None:
    """_read gives up a line that only a prefixed part could pass (a long sentence, a
    heading, a copyright or link line) when no part holds a prefix: read in full, every
    such line is refused too."""
    lexicon = lexicon_for((code,))
    prefixes = lexicon.byline_prefixes.phrases
    lines = data.draw(
        st.lists(st.one_of(_credit_lines(prefixes), LINES), min_size=1, max_size=4), "lines"
    )
    blocks = text_blocks("\n\n".join(line.replace("\n", " ") for line in lines) + "\n")
    if not blocks:
        return
    quick = Page.new(blocks, lexicon, ParseOptions())
    full = Page.new(blocks, lexicon, ParseOptions())
    with mock.patch.object(byline, "_prefix_needed", return_value=False):
        expected = [byline._read(full, i) for i in range(len(blocks))]
    assert [byline._read(quick, i) for i in range(len(blocks))] == expected
