"""Cheap tests that spare a pattern on most lines: each may only say "no" where the
pattern finds nothing, so the rules read every line as the pattern alone would."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse._rules.body import _COLON_END, _ENUMERATOR
from newsparse._rules.byline import _CASED, _cased
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
