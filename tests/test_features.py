"""Block features: the fast patterns read the text they are given as the general ones do."""

from __future__ import annotations

import itertools
import sys

import regex
from hypothesis import given
from hypothesis import strategies as st

from newsparse._features import (
    _FAST_RANGES,
    _NOT_LETTER_OR_DIGIT,
    _PUNCT_OR_SPACE,
    _RUN,
    _fast,
    _fast_features,
    _features,
    block_features,
    letter_and_digit_runs,
    letters_and_digits,
    normalise_for_match,
    without_invisible,
)

_FAST_CHARS = "".join(chr(c) for r in _FAST_RANGES for c in r)
# Characters the patterns treat apart: sentence and clause marks, quotes, word joiners,
# whitespace the two engines' own classes disagree on (\x1c-\x1f, \x85, the no-break
# spaces), letters with and without case, digits.
_MARKS = ".!?…,;:'\"’”»«()[]-_@/ \t\x0b\x1c\x1f\x85\xa0\u2007\u202f\u2028#*aZ9ßÀǅʰ"
_SOME_FAST = st.one_of(st.sampled_from(_FAST_CHARS), st.sampled_from(_MARKS))


def test_fast_features_agree_with_the_patterns_on_every_pair() -> None:
    """Every character of the fast ranges, before and after each mark, and every text of
    three marks, is measured alike."""
    texts = [a + b for c in _FAST_CHARS for m in _MARKS for a, b in ((c, m), (m, c))]
    texts += ["".join(p) for p in itertools.product(_MARKS, repeat=3)]
    for text in texts:
        assert _fast(text)
        assert _fast_features(text) == _features(text), repr(text)


@given(st.text(_SOME_FAST, max_size=80))
def test_fast_features_agree_with_the_patterns(text: str) -> None:
    """Text of the fast ranges is measured with the standard library's engine, to the
    same features as with the regex module's patterns."""
    assert _fast_features(text) == _features(text)


def test_text_beyond_the_fast_ranges_is_measured_by_the_patterns() -> None:
    assert not _fast("Zürich’s 東京")
    assert block_features("東京 and Paris").dense is False
    assert block_features("東京都の天気").dense


def test_block_features_of_latin_text() -> None:
    features = block_features("Rain fell, and fell: it rained. Then it stopped!")
    assert (features.words, features.sentences, features.clauses) == (9, 2, 2)
    assert features.sentence_end
    assert not features.dense
    assert block_features("Ça va, Zoë? «Très bien.» Merci…").sentences == 3


@given(st.text(st.one_of(_SOME_FAST, st.characters()), max_size=80))
def test_normalised_text_agrees_with_the_pattern(text: str) -> None:
    """Text is folded for matching without the regex module's pattern where it can be, to
    the same text."""
    expected = _PUNCT_OR_SPACE.sub(" ", without_invisible(text).casefold()).strip()
    assert normalise_for_match(text) == expected


@given(st.text(st.one_of(_SOME_FAST, st.characters()), max_size=80))
def test_letters_and_digits_agree_with_the_pattern(text: str) -> None:
    """Text is stripped to its letters and digits without the regex module's pattern where
    it can be, to the same text."""
    assert letters_and_digits(text) == _NOT_LETTER_OR_DIGIT.sub("", text.casefold())


@given(st.text(st.one_of(_SOME_FAST, st.characters()), max_size=80))
def test_letter_and_digit_runs_agree_with_the_pattern(text: str) -> None:
    """Text is cut into runs of letters and of digits without the regex module's pattern
    where it can be, into the same runs."""
    assert letter_and_digit_runs(text) == _RUN.findall(text)


def test_case_folding_keeps_letters_letters_and_digits_digits() -> None:
    """Every character case-folds to characters of its own kind (a letter or a mark, a
    digit, or neither): the runs of a case-folded line are its runs, each case-folded."""
    letter, digit = regex.compile(r"[\p{L}\p{M}]"), regex.compile(r"\d")

    def kind(char: str) -> int:
        return 0 if letter.match(char) else 1 if digit.match(char) else 2

    changed = [
        chr(c)
        for c in range(sys.maxunicode + 1)
        if not 0xD800 <= c <= 0xDFFF and chr(c).casefold() != chr(c)
    ]
    assert [c for c in changed if any(kind(f) != kind(c) for f in c.casefold())] == []


@given(st.text(st.one_of(_SOME_FAST, st.characters()), max_size=80))
def test_runs_of_a_case_folded_line_are_its_runs_case_folded(text: str) -> None:
    """The body rule reads a line's words case-folded from the case-folded line."""
    folded = [run.casefold() for run in letter_and_digit_runs(text)]
    assert letter_and_digit_runs(text.casefold()) == folded


def test_a_line_reads_as_prose_when_it_reads_like_running_text() -> None:
    """A sentence, a long run of lower-case words, or a long line of a script without spaces
    pausing with spaces reads as prose; a heading, a row of menu items or of titles does not."""
    prose = [
        "The council voted on Tuesday to build a new footbridge.",
        "Der Gemeinderat hat am Dienstag den Bau einer neuen Brücke beschlossen.",
        "the bridge will be closed to bicycles at night and open again each morning at six "
        "for the people who walk to the station from the old town on the hill",
        "天冷了 山上的枫树一夜之间就从绿色变成了金黄色，"
        "村里的孩子们每天放学后都跑到山坡上捡落叶玩耍",
    ]
    not_prose = [
        "Council approves new footbridge",
        "Startseite Politik Wirtschaft Sport Kultur",
        "首页 新闻 体育",
        " ".join(["Rain In Paris"] * 9),
    ]
    assert [block_features(t).prose for t in prose] == [True] * len(prose)
    assert [block_features(t).prose for t in not_prose] == [False] * len(not_prose)
