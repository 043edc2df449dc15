"""Cheap tests that spare a pattern on most lines: each may only say "no" where the
pattern finds nothing, so the rules read every line as the pattern alone would."""

from __future__ import annotations

import sys
from unittest import mock

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse._blocks import text_blocks
from newsparse._features import _EMAIL, _URL, _url_like
from newsparse._lexicon import lexicon_for
from newsparse._options import ParseOptions
from newsparse._page import Page
from newsparse._rules import byline, captions
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
from newsparse._rules.title import _CONTINUATION, _spaced_as_in
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


# Pieces of lines that end in a picture's credit or nearly so: markers in odd cases (the
# Kelvin sign and the long s fold to "k" and "s"), brackets, colons and slashes, full stops,
# marks a credit never holds, and spaces of several kinds, some of them not the pattern's.
_CAPTION_PIECES = (
    *("Photo", "PHOTO", "foto", "Bild", "ſource", "Crédit", "Фото", "Imagem", "Getty Images"),
    *("\N{KELVIN SIGN}eystone", "Ann Lee", "dpa", "AFP/Getty", "stockpics.example", "CC BY 2.0"),
    *("(", ")", "[", "]", ":", " : ", "/", " / ", ".", ". ", "!", "?", "©", "via", "x" * 30),
    *(" ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u2028", "\x1c", "\x85", "\u200b", "14:30"),
)
_CAPTION_CODES = (("en",), ("de",), ("fr",), ("pt",), ("ru",), ("de", "en"))
_CAPTION_SPACES = st.text(st.sampled_from(" \t\n\u00a0\u2003\u2028\x1c\x85"), max_size=3)


@st.composite
def _credit_ends(draw: st.DrawFn, markers: tuple[str, ...]) -> str:
    """A line of the pieces, often shaped like a credit at its end: a marker (one of
    *markers* or of the pieces) in brackets that close the line, or a marker, a colon or
    slash and a credit after it."""
    pieces = st.lists(st.sampled_from(_CAPTION_PIECES), max_size=6).map("".join)
    text = draw(pieces)
    shape = draw(st.sampled_from(("none", "bracket", "sign", "sign")))
    marker = draw(st.sampled_from(markers + _CAPTION_PIECES[:10]))
    if shape == "bracket":
        opening, closing = draw(st.sampled_from(("()", "[]", "(]", "[)")))
        inner = draw(pieces)
        text += opening + draw(_CAPTION_SPACES) + marker + inner + closing
    elif shape == "sign":
        # A credit of about as many characters as the pattern takes, a dot in a word or
        # the marks it never holds among them.
        credit = "x" * draw(st.sampled_from((1, 20, 59, 60, 61))) + draw(
            st.sampled_from(("", " Ann", " e.V", ".x", ".", "!", "?", "\u2028y"))
        )
        sign = draw(st.sampled_from(":/"))
        text += marker + draw(_CAPTION_SPACES) + sign + draw(_CAPTION_SPACES) + credit
    return text + draw(_CAPTION_SPACES)


@settings(max_examples=500, deadline=None)  # the shapes near the test's limits are rare
@given(st.data(), st.sampled_from(_CAPTION_CODES), st.integers(0, 40))
def test_lines_given_up_before_the_credit_pattern_end_in_no_credit(
    data: st.DataObject, codes: tuple[str, ...], tail: int
) -> None:
    """A line the cheap test gives up on holds no credit at its end for the pattern, in
    English, German, French, Portuguese and Russian."""
    text = data.draw(_credit_ends(lexicon_for(codes).caption_markers.phrases))
    patterns = captions.caption_patterns(codes)
    assert patterns is not None
    tail = min(tail, len(text))
    if not captions._may_end_in_credit(text, tail):
        assert patterns[1].search(text, tail) is None


def test_the_credit_patterns_spaces_are_spaces_to_python() -> None:
    """Every character the credit pattern takes for a space is one to str.isspace, which
    the cheap test strips and splits on."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert all(c.isspace() for c in regex.findall(r"\s", every, regex.IGNORECASE))


def test_the_credit_test_lets_credits_through() -> None:
    """Lines that end in a credit pass the cheap test and are captions; lines that do
    not are given up on."""
    assert captions._may_end_in_credit("The old harbour at dawn (Photo: Ann Lee)", 0)
    assert captions._may_end_in_credit("Der Hafen am Morgen. Foto: Ann Lee / dpa", 0)
    assert captions._may_end_in_credit("Le port à l'aube. Photo : AFP", 0)
    assert not captions._may_end_in_credit("Photo: a long day at the harbour, what a sight!", 0)
    assert not captions._may_end_in_credit("Um 14:30 " + "beginnt die lange Sitzung " * 3, 0)
    patterns = captions.caption_patterns(("de",))
    assert patterns is not None
    assert patterns[1].search("Der Hafen am Morgen. Foto: Ann Lee / dpa") is not None


def _spaced_by_pattern(line: str, heading: str) -> str:
    """What ``_spaced_as_in`` answered when it compiled a pattern of the heading's
    characters with any spaces between them."""
    chars = "".join(heading.split())
    if not chars:
        return heading
    match = regex.search(r"\s*".join(regex.escape(c) for c in chars), line)
    return match.group(0) if match is not None else heading


# Headings and title lines of a few letters, spaces of several kinds and punctuation, so
# that the characters often stand in the line with other spacing, or nearly.
_SPACED = st.text(st.sampled_from("abAB:：-— \u00a0\t\u3000\x1c新闻é"), max_size=14)


@given(_SPACED, _SPACED)
def test_a_heading_spaced_as_in_the_title_line_is_what_the_pattern_finds(
    line: str, heading: str
) -> None:
    assert _spaced_as_in(line, heading) == _spaced_by_pattern(line, heading)


def test_a_heading_takes_the_spacing_of_the_title_line() -> None:
    """The first place the heading's characters stand with only spaces between them gives
    the title its spacing; a line that holds them otherwise leaves the heading as it is."""
    assert _spaced_as_in("Storm: Flood: the port closes", "Flood:the port") == "Flood: the port"
    assert _spaced_as_in("Radweg:  Stadt gibt ihn frei", "Radweg:Stadt gibt") == (
        "Radweg:  Stadt gibt"
    )
    assert _spaced_as_in("新闻： 市政府 宣布", "新闻：市政府宣布") == "新闻： 市政府 宣布"
    assert _spaced_as_in("Flood, the port closes", "Flood:the port") == "Flood:the port"
