"""Stamps: the short date and byline lines that the title, body and byline rules all read."""

from __future__ import annotations

import pytest

from newsparse._blocks import text_blocks
from newsparse._lexicon import lexicon_for
from newsparse._options import ParseOptions
from newsparse._page import Page
from newsparse._rules.stamps import STAMP_WORDS, Stamp, date_only, stamp, stamp_date


def _line(text: str, language: str) -> Page:
    blocks = text_blocks(text + "\n")
    assert len(blocks) == 1
    return Page.new(blocks, lexicon_for((language,)), ParseOptions())


@pytest.mark.parametrize(
    ("language", "line", "kind", "date"),
    [
        ("en", "By Ann Lee, March 4, 2024", Stamp.NAME, "2024-03-04"),
        ("en", "March 4, 2024, 10:30", Stamp.DATE, "2024-03-04T10:30"),
        ("de", "Von Jana Roth | 3. Mai 2024, 14:05 Uhr", Stamp.NAME, "2024-05-03T14:05"),
        ("fr", "Publié le 3 mai 2024 à 09h15", Stamp.DATE, "2024-05-03T09:15"),
        ("da", "3. maj 2024 kl. 14.30", Stamp.DATE, "2024-05-03T14:30"),  # the date's full stops
        ("hu", "2024. május 3.", Stamp.DATE, "2024-05-03"),
        ("ko", "입력 2024. 5. 3. 14:30 수정 2024. 5. 4. 09:12", Stamp.DATE, "2024-05-03T14:30"),
        ("en", "Wed 22.05.24 | By Ann Lee and Eva Roth, Harbour Desk", Stamp.NAME, "2024-05-22"),
        ("fr", "3 mai 2024 - Par Ann Lee", Stamp.NAME, "2024-05-03"),
        ("en", "Photos of the harbour", Stamp.NONE, None),
        ("en", "Council votes by a narrow margin", Stamp.NONE, None),
    ],
)
def test_a_stamp_is_read_the_same_for_every_rule(
    language: str, line: str, kind: Stamp, date: str | None
) -> None:
    page = _line(line, language)
    assert stamp(page, 0) is kind
    assert stamp_date(page, 0) == date


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "It rained on March 4, 2024. The river rose. Roads were closed."),
        ("de", "Am 3. Mai 2024 regnete es. Der Fluss stieg. Straßen wurden gesperrt."),
    ],
)
def test_sentences_beside_the_date_make_no_stamp(language: str, line: str) -> None:
    page = _line(line, language)
    assert stamp(page, 0) is Stamp.NONE
    assert stamp_date(page, 0) is None


def test_a_stamp_is_short() -> None:
    words = " ".join(["word"] * STAMP_WORDS)
    page = _line(f"By Ann Lee {words}", "en")
    assert stamp(page, 0) is Stamp.NONE
    assert stamp(page, 0, most=STAMP_WORDS + 3) is Stamp.NAME
    long_date = _line(f"March 4, 2024 {words}", "en")
    assert stamp_date(long_date, 0) is None
    assert stamp_date(long_date, 0, most=STAMP_WORDS + 3) == "2024-03-04"


def test_a_date_must_cover_the_share_asked_for() -> None:
    page = _line("Harbour festival opens on March 4, 2024 with boats", "en")
    assert stamp(page, 0) is Stamp.DATE
    assert stamp(page, 0, share=0.6) is Stamp.NONE
    assert stamp(_line("March 4, 2024", "en"), 0, share=0.6) is Stamp.DATE


def test_the_date_of_a_line_is_found_once_per_page() -> None:
    page = _line("March 4, 2024", "en")
    first = page.date_span(0)
    assert first == ("2024-03-04", 0, 13)
    assert page.date_memo == {"March 4, 2024": first}
    assert page.date_span(0) is first


@pytest.mark.parametrize(
    ("language", "line", "date"),
    [
        ("en", "March 4, 2024, 10:30", "2024-03-04T10:30"),
        ("en", "09:15, 4 Mar 2024 Updated 09:40, 4 Mar 2024", "2024-03-04T09:15"),
        (
            "en",
            "Published: 08:10 BST, 4 March 2024 | Updated: 08:25 BST, 4 March 2024",
            "2024-03-04T08:10",
        ),
        ("es", "21/02/2025 07:05 Actualizado a 21/02/2025 11:30", "2025-02-21T07:05"),
        (
            "nb",
            "Publisert 11.09.2024, kl. 07.20 Oppdatert 11.09.2024, kl. 08.45",
            "2024-09-11T07:20",
        ),
        ("en", "The ferry timetable for the harbour changes on March 4, 2024 at noon", None),
        ("zh", "2024年5月3日，市政府宣布将在年底前新建三座社区图书馆并延长开放时间", None),
    ],
)
def test_a_line_that_is_only_a_date(language: str, line: str, date: str | None) -> None:
    """A line of a few words with its date, or one whose two dates (published, updated)
    leave only a few words, is only a date; a sentence with a date is not."""
    assert date_only(_line(line, language), 0) == date


@pytest.mark.parametrize(
    ("language", "line", "kind"),
    [
        ("en", "2 hours ago", Stamp.DATE),
        ("de", "vor 23 Minuten", Stamp.DATE),
        ("es", "hace 3 horas", Stamp.DATE),
        ("de", "Politik vor 23 Minuten", Stamp.NONE),  # a teaser's section and age
        ("de", "Vor 40 Jahren fiel die Mauer", Stamp.NONE),  # a headline
        ("en", "Ferry delayed two hours ago", Stamp.NONE),  # no number: no age
    ],
)
def test_an_age_stamps_like_a_date_with_no_date_to_read(
    language: str, line: str, kind: Stamp
) -> None:
    """A line that gives the article's age ("2 hours ago", "vor 23 Minuten") stamps it as
    a date does; no calendar date can be read from it. A section's name before the age (a
    teaser's) or words after it make no stamp."""
    page = _line(line, language)
    assert stamp(page, 0) is kind
    assert stamp_date(page, 0) is None
