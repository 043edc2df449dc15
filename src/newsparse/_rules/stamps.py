"""Stamps: the short lines that date or sign an article, read the same way for every rule.

A stamp is a line of a few words that gives the article's date ("3. Mai 2024, 14:05 Uhr")
or opens with a byline prefix, maybe after a date and a bar ("By Ann Lee", "3 May | By Ann
Lee"), and holds at most one sentence besides the full stops of its date. The title rule
looks for one under a heading, the body rule around a headline and between a standfirst
and the article, the byline rule for the date of a byline. Each rule says how many words it
allows and how much of the line a date must cover; what counts as a date, a prefix and a
sentence is decided here once.
"""

from __future__ import annotations

import enum

import regex

from newsparse._dates import find_date_span, is_weekday, span_share
from newsparse._features import SENTENCE_MARK, weighted_length
from newsparse._page import Page

__all__ = [
    "DATE_EDGES",
    "DATE_ONLY_WORDS",
    "STAMP_WORDS",
    "Stamp",
    "date_only",
    "dated_twice",
    "labelled_pair",
    "stamp",
    "stamp_date",
]

STAMP_WORDS = 16  # words of the longest date or byline line
DATE_EDGES = " ,:;|·•–—-/()"  # what stands between a date and its label or a time word
# Where a part of a stamp starts after another: a bar, a bullet or a dash between spaces
# ("Wed 22.05.24 | By Ann Lee").
_PART_START = regex.compile(r"[|•·]\s*|\s[–—-]\s+")


class Stamp(enum.IntEnum):
    """What a short line stamps on the article; a prefixed line outranks a date line."""

    NONE = 0
    DATE = 1  # a readable date covers enough of the line
    NAME = 2  # the line opens with a byline prefix


def _undated(page: Page, index: int, span: tuple[str, int, int]) -> tuple[str, bool]:
    """The text of block *index* without its first date (*span*) and a second one after it
    ("Published 3 May 2024, 10:30 | Updated 4 May 2024, 09:12"), and whether it held a
    second one."""
    text = page.blocks[index].text
    rest = f"{text[: span[1]]} {text[span[2] :]}"
    again = find_date_span(rest, page.lexicon)
    if again is None:
        return rest, False
    return f"{rest[: again[1]]} {rest[again[2] :]}", True


def _one_sentence(page: Page, index: int, span: tuple[str, int, int] | None) -> bool:
    """Whether block *index* holds no more than one sentence mark outside its dates (the
    full stops of "3. maj 2024 kl. 14.30", "2024. május 3." are the date's, not
    sentences); *span* is its first date."""
    if page.features[index].sentences <= 1:
        return True
    if span is None:
        return False
    # A second date may follow ("입력 2024. 5. 3. 14:30 수정 2024. 5. 4. 09:12").
    return len(SENTENCE_MARK.findall(_undated(page, index, span)[0])) <= 1


def stamp_date(page: Page, index: int, most: int = STAMP_WORDS) -> str | None:
    """The date of block *index* (ISO 8601) when it is a stamp of at most *most* words
    with a readable date, else ``None``."""
    if page.features[index].words > most:
        return None
    span = page.date_span(index)
    if span is None or not _one_sentence(page, index, span):
        return None
    return span[0]


DATE_ONLY_WORDS = 10  # words of a line that is (nearly) only a date
_DATE_ONLY_REST = 30  # weighted length of what such a line holds besides two dates


def date_only(page: Page, index: int) -> str | None:
    """The date of block *index* when it is a stamp that is (nearly) only a date: a line
    of a few words ("3. Mai 2024, 14:05 Uhr", "Published May 3, 2024"), or one whose two
    dates leave only a few words ("09:15, 3 May 2024 Updated 09:40, 3 May 2024")."""
    span = page.date_span(index)
    found = stamp_date(page, index)
    if span is None or found is None or page.features[index].words <= DATE_ONLY_WORDS:
        return found
    rest, _twice = _undated(page, index, span)
    return found if weighted_length(rest.strip()) <= _DATE_ONLY_REST else None


_TWICE_REST_WORDS = 4  # words beside two dates: their labels ("Updated", "Published on")
_WORD = regex.compile(r"\p{L}+")


def dated_twice(page: Page, index: int) -> bool:
    """Whether block *index* is a stamp of two dates and little else, the first and last
    change of a page ("Updated: 05.03.2024 10:12 Published: 04.03.2024 18:30"): such a
    line is the page's furniture, where one date alone may open a sentence. A line opening
    in lower case goes on with a sentence ("on 3 May 2024. Retrieved 4 May 2024.")."""
    text = page.blocks[index].text
    if page.features[index].words > STAMP_WORDS or text.lstrip()[:1].islower():
        return False
    span = page.date_span(index)
    if span is None:
        return False
    left, twice = _undated(page, index, span)
    return twice and len(_WORD.findall(left)) <= _TWICE_REST_WORDS


_PAIR_WORDS = 2 * STAMP_WORDS  # words of a line of two dates, each with its time and zone


def labelled_pair(page: Page, index: int) -> str | None:
    """The first date of block *index* when the line is two dates and nothing else, the
    second after its label ("Thu 7 Mar 2024 09.00 GMT Last modified on Fri 8 Mar 2024
    10.15 GMT", "5 févr. 2024 à 07:40 Mis à jour le 6 févr. 2024 à 11:02"): the first
    and last change of a page, however many words its weekdays, times and zones take.
    What stands before the first date is left to the caller."""
    if page.features[index].words > _PAIR_WORDS:
        return None
    span = page.date_span(index)
    if span is None:
        return None
    after = page.blocks[index].text[span[2] :]
    second = find_date_span(after, page.lexicon)
    if second is None or after[second[2] :].strip(DATE_EDGES):
        return None  # no second date, or words after it
    label = after[: second[1]].strip(DATE_EDGES)
    words = label.rsplit(maxsplit=1)
    if len(words) == 2 and is_weekday(words[1].rstrip(".,"), page.lexicon):
        label = words[0].strip(DATE_EDGES)  # the second date's weekday ("on Wed 16 Jan")
    return span[0] if page.lexicon.date_markers.whole(label) else None


def stamp(page: Page, index: int, most: int = STAMP_WORDS, share: float = 0.0) -> Stamp:
    """What block *index* stamps when it is a line of at most *most* words: ``NAME`` when
    it or one of its parts opens with a byline prefix, ``DATE`` when a readable date covers
    more than *share* of it, else ``NONE``."""
    if page.features[index].words > most:
        return Stamp.NONE
    text = page.blocks[index].text
    span = page.date_span(index)
    if not _one_sentence(page, index, span):
        return Stamp.NONE
    prefixes = page.lexicon.byline_prefixes
    if prefixes.starts(text) is not None or any(
        prefixes.starts(text, part.end()) is not None for part in _PART_START.finditer(text)
    ):
        return Stamp.NAME
    if span is None:
        return Stamp.DATE if _age(page, index) else Stamp.NONE
    return Stamp.DATE if span_share(text, span) > share else Stamp.NONE


_AGE_WORDS = 4  # words of a line that gives an article's age ("vor 23 Minuten") at the most
_AGE_UNIT_WORDS = 1  # words beside its phrase and number: the unit of time, if the phrase lacks it


def _age(page: Page, index: int) -> bool:
    """Whether block *index* gives the article's age instead of its date: a few words, a
    number among them, and a relative date phrase ("2 hours ago", "vor 23 Minuten", "hace
    3 horas"). Like a date, it stamps the article whose heading stands over it."""
    text = page.blocks[index].text
    if page.features[index].words > _AGE_WORDS or not any(ch.isdigit() for ch in text):
        return False
    match = page.lexicon.relative_dates.search(text)
    if match is None:
        return False
    rest = f"{text[: match.start()]} {text[match.end() :]}"
    return len(_WORD.findall(rest)) <= _AGE_UNIT_WORDS  # the unit ("Minuten"), nothing else
