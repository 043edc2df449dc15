"""Cheap tests that spare a pattern on most lines: each may only say "no" where the
pattern finds nothing, so the rules read every line as the pattern alone would."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse._features import _EMAIL, _URL, _url_like
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
