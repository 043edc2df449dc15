"""Block features: the fast paths for ASCII text measure what the general patterns measure."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from newsparse._features import (
    _PUNCT_OR_SPACE,
    _ascii_features,
    _features,
    block_features,
    normalise_for_match,
)

# Characters the patterns treat apart: sentence and clause marks, quotes, word joiners,
# whitespace the two regular expression engines disagree on (\x1c-\x1f), letters, digits.
_MARKS = ".!?,;:'\"()[]-_@/ \t\x0b\x0c\x1c\x1f#*aZ9"
_ASCII = st.characters(max_codepoint=0x7F)


def test_ascii_features_agree_with_the_patterns_on_every_pair() -> None:
    """Every text of two ASCII characters, and of three of the marks, is measured alike."""
    texts = ["".join(p) for p in itertools.product(map(chr, range(128)), repeat=2)]
    texts += ["".join(p) for p in itertools.product(_MARKS, repeat=3)]
    for text in texts:
        assert _ascii_features(text) == _features(text), repr(text)


@given(st.text(st.one_of(_ASCII, st.sampled_from(_MARKS)), max_size=80))
def test_ascii_features_agree_with_the_patterns(text: str) -> None:
    """ASCII text is measured without the regex module's patterns, to the same features."""
    assert _ascii_features(text) == _features(text)


def test_block_features_of_ascii_text() -> None:
    features = block_features("Rain fell, and fell: it rained. Then it stopped!")
    assert (features.words, features.sentences, features.clauses) == (9, 2, 2)
    assert features.sentence_end
    assert not features.dense


@given(st.text(st.one_of(_ASCII, st.sampled_from(_MARKS)), max_size=80))
def test_ascii_normalised_text_agrees_with_the_pattern(text: str) -> None:
    """ASCII text is folded for matching without the pattern, to the same text."""
    assert normalise_for_match(text) == _PUNCT_OR_SPACE.sub(" ", text.casefold()).strip()
