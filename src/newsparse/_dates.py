"""Dates in bylines: find a date in a line and write it as ISO 8601."""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata

import regex

from newsparse._lexicon import Lexicon, lexicon_for, with_date_order

__all__ = [
    "date_share",
    "find_date",
    "find_date_span",
    "has_day_and_month",
    "is_weekday",
    "page_order",
    "span_share",
]

_ISO = regex.compile(
    r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?(?!\d)"
)
# 03.05.2024, 3/5/24, 2024-5-3, and the Korean 2024. 5. 3. (the year first, a day of one digit)
_NUMERIC = regex.compile(r"(?<!\d)(\d{1,4})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{1,4})(?!\d)")
_DIGIT = regex.compile(r"\d")
_CJK = regex.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?")
# A time right after a date (its last full stop between: "2024. 14:30", "3. svibnja 2024.
# u 14:30"), perhaps after one or two short words or a mark: ", 10:30",
# " um 14.05", " à 09h08", " à 17 h 40", " a las 14:30", " at 11:21am", " @ 18:13",
# ": 12:41 PM", " / 04:43 PM", " - 2:30 p. m." (the Spanish mark, with a space); the hour
# and minute words of Chinese, Japanese and Korean, with the word for morning or afternoon
# before the time: " 14時30分", " 오후 2:30", " 下午3点30分".
_TIME = regex.compile(
    r"\.?[\s,]*(?:(?:\p{L}{1,5}\.?[\s,]+){1,2}|[@|·•\-—–/:]\s*|(?:[오午下上][전후前後午]\s*))?"
    r"([01]?\d|2[0-3])(?:[:.]|\s?h\s?|\s*[時时시点點]\s*)(\d{2})(?!\d)(?:\s*[分분])?"
    r"(?:\s*([ap])(?:\.\s?)?m\.?(?!\p{L}))?",
    regex.IGNORECASE,
)
_GAP_WORD = regex.compile(r"\p{L}+")
_GAP_WORDS = 2
_AFTERNOON = ("오후", "午後", "下午")  # the word before a time of the afternoon
_MORNING = ("오전", "午前", "上午")
# A time right before a date, perhaps with a short word after it (a zone, an hour word) and
# a weekday between: "19:30, 14 Feb 2024", "11:05am Mar 9, 2024", "09:40 am Sat Jun 8,
# 2013", "3:45 PM EDT, Tue May 7, 2024", "14:05 Uhr, 3. Mai 2024".
# Looked for in the few characters before the date only.
# The short word after the time must be a zone in capitals or a time word of the lexicon,
# the word before the date a weekday (checked in _time_before).
_TIME_BEFORE = regex.compile(
    r"(?<![\d.:])([01]?\d|2[0-3])[:h](\d{2})(?![\d.])(?:\s*([ap])(?:\.\s?)?m\.?(?!\p{L}))?"
    r"(?:\s+(\p{L}{2,4}))?[\s,|·•\-—–/]*(?:(\p{L}{2,9})\.?,?\s+)?\Z",
    regex.IGNORECASE,
)
_WEEKDAY_PREFIX = 3  # letters of a weekday's short form: "Tue", "Fri", "Mi"
_TIME_BEFORE_WINDOW = 40  # characters before a date where its time may stand
_YEAR = r"((?:19|20)\d{2})"


def _valid(year: int, month: int, day: int) -> dt.date | None:
    if year < 100:
        year += 2000 if year < 70 else 1900
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_TIME_WORDS = 2  # "14:30 Uhr MEZ"


def _time_word_end(line: str, after: int, lexicon: Lexicon) -> int:
    """Where the words written after a time end ("14:30 Uhr", "10:30 GMT", "09.15 WIB",
    "14:30 Uhr MEZ"), each after spaces only; *after* when none follows."""
    for _ in range(_TIME_WORDS):
        start = after
        while start < len(line) and line[start].isspace():
            start += 1
        if start == after or start == len(line) or not line[start].isalpha():
            break
        word = lexicon.time_words.starts(line, start)
        if word is None or _lower_zone(word.group(), lexicon):
            break
        after = word.end()
    return after


@functools.cache
def _zones(codes: tuple[str, ...]) -> frozenset[str]:
    """The time words of *codes* written in capitals (zones: "ET", "CET"), case-folded."""
    words = lexicon_for(codes).time_words.phrases
    return frozenset(w.casefold() for w in words if w.isupper())


def _lower_zone(found: str, lexicon: Lexicon) -> bool:
    """Whether *found* is a zone written in small letters: "et" in a French line is a word,
    not Eastern Time."""
    word = found.strip()
    return not word.isupper() and word.casefold() in _zones(lexicon.codes)


def _time_before(line: str, start: int, lexicon: Lexicon) -> regex.Match[str] | None:
    """The time written right before a date that starts at *start*, if any: a zone or a
    time word may follow it, a weekday may stand before the date; any other word between
    them means the time is not the date's ("Chapter 10:30 says May 3")."""
    time = _TIME_BEFORE.search(line, max(0, start - _TIME_BEFORE_WINDOW), start)
    if time is None:
        return None
    zone, weekday = time.group(4), time.group(5)
    # The word after the time is a zone, or else the date's weekday ("09:40 am Sat Jun 8").
    zoned = zone is None or zone.isupper() or lexicon.time_words.whole(zone)
    if not zoned and (weekday is not None or not is_weekday(zone or "", lexicon)):
        return None

    if weekday is not None and not is_weekday(weekday, lexicon):
        return None
    return time


def is_weekday(word: str, lexicon: Lexicon) -> bool:
    """Whether *word* is a weekday's name or its short form ("Tue", "Fri") in the lexicon's
    relative date words, which hold the weekdays."""
    if lexicon.relative_dates.whole(word):
        return True
    return len(word) >= _WEEKDAY_PREFIX and any(
        phrase.casefold().startswith(word.casefold())
        for phrase in lexicon.relative_dates.phrases
        if " " not in phrase
    )


def _time_after(line: str, after: int, lexicon: Lexicon) -> regex.Match[str] | None:
    """The time written right after a date that ends at *after*, if any. Across the
    date's own full stop no capitalised word may stand before it ("2024. u 14:30", not
    "2024. The 10.30 train"); after two words, only a time written with a colon or an "h"
    ("a las 14:30", not "in the 12.15 race")."""
    time = _TIME.match(line, after)
    if time is None:
        return None
    gap = line[after : time.start(1)]
    words = _GAP_WORD.findall(gap)
    if gap.startswith(".") and any(w[0].isupper() for w in words):
        return None
    if len(words) >= _GAP_WORDS and line[time.end(1)] == ".":
        return None
    return time


def _with_time(
    date: dt.date, line: str, span: tuple[int, int], lexicon: Lexicon
) -> tuple[str, int, int]:
    """The date in ISO 8601 with the time written right after it (a word after the time,
    "Uhr", "GMT", taken in) or, failing that, right before it; and where that starts and
    ends."""
    start, after = span
    time = _time_after(line, after, lexicon)
    if time is None:
        time = _time_before(line, start, lexicon)
        if time is None:
            return date.isoformat(), start, after
        start = time.start()
    else:
        after = _time_word_end(line, time.end(), lexicon)
    hour = int(time.group(1))
    meridiem = (time.group(3) or "").casefold()
    before = time.group()[: time.start(1) - time.start()]
    if not meridiem and any(word in before for word in _AFTERNOON):
        meridiem = "p"
    elif not meridiem and any(word in before for word in _MORNING):
        meridiem = "a"
    if meridiem == "p" and hour < 12:
        hour += 12
    elif meridiem == "a" and hour == 12:
        hour = 0
    return f"{date.isoformat()}T{hour:02d}:{time.group(2)}", start, after


def _fold(text: str) -> str:
    """Case-fold and recompose, so that forms such as Greek "Μαΐου" compare equal."""
    return unicodedata.normalize("NFC", text.casefold())


@functools.cache
def _month_pattern(codes: tuple[str, ...]) -> tuple[regex.Pattern[str], dict[str, int]] | None:
    lexicon = lexicon_for(codes)
    # Templates print English dates on pages in every language ("5 November 2024" on a
    # Zulu page): English month names are read too, the page's own names winning a clash.
    names = {_fold(form): number for number, form in lexicon_for(("en",)).months}
    names.update({_fold(form): number for number, form in lexicon.months})
    if not names:
        return None
    alt = "|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True))
    word = rf"(?<!\p{{L}})({alt})\.?(?!\p{{L}})"
    day = r"(\d{1,2})(?:st|nd|rd|th|er|\.|º|°)?"
    pattern = regex.compile(
        # 3 May 2024, 3. Mai 2024, 3 de mayo de 2024, 3 tháng 5 năm 2024 (the word for
        # "year" before it)
        rf"{day}\s*(?:de\s+)?{word}\s*(?:de\s+|năm\s+)?,?\s*{_YEAR}"
        rf"|{word}\s+{day},?\s*{_YEAR}"  # May 3, 2024
        rf"|{_YEAR}\s*(?:\.|,)?\s*{word}\s*{day}"  # 2024. május 3
        # 03-May-2024, 3 / Mai / 2024, 07.Okt.21: the same mark on both sides of the
        # month, the year of two digits only right after it
        rf"|(?<!\d)(\d{{1,2}})\s*([/|.-])\s*{word}\s*\11\s*"
        rf"((?:19|20)\d{{2}}|(?<=[/|.-])\d{{2}})(?!\d)",
        regex.IGNORECASE,
    )
    return pattern, names


def _read(
    match: regex.Match[str], kind: str, lexicon: Lexicon, names: dict[str, int]
) -> dt.date | None:
    g = match.groups()
    if kind in {"iso", "cjk"}:
        return _valid(int(g[0]), int(g[1]), int(g[2]))
    if kind == "month":
        if g[0] is not None:
            day, month, year = g[0], g[1], g[2]
        elif g[3] is not None:
            month, day, year = g[3], g[4], g[5]
        elif g[6] is not None:
            year, month, day = g[6], g[7], g[8]
        else:
            day, month, year = g[9], g[11], g[12]
        number = names.get(_fold(month).rstrip("."))
        return None if number is None else _valid(int(year), number, int(day))
    a, b, c = int(g[0]), int(g[2]), int(g[3])
    if len(g[0]) == 4:
        return _valid(a, b, c)
    if len(g[3]) == 1:  # a year of one digit: "3.5.7" is no date
        return None
    if "mdy" in lexicon.date_orders and "dmy" not in lexicon.date_orders:
        # Month first, unless the first number cannot be a month ("13/01/2025").
        return _valid(c, a, b) or _valid(c, b, a)
    return _valid(c, b, a) or _valid(c, a, b)


# A numeric date with a year of four digits ("17/03/2021"), not inside a longer number
_FULL_NUMERIC = regex.compile(
    r"(?<![\d.,])(\d{1,2})\s*([./-])\s*(\d{1,2})\s*\2\s*((?:19|20)\d{2})(?![\d.,]?\d)"
)
_MONTHS = 12


def page_order(text: str, lexicon: Lexicon) -> Lexicon:
    """*lexicon*, or a copy of it that reads numeric dates day first or month first, as the
    page's own dates that cannot be read the other way do ("17/03/2021" is day first, so
    "09/03/2021" on the same page is the 9th of March). A page whose dates say both, or
    neither, keeps the order of its languages.

    >>> from newsparse._lexicon import lexicon_for
    >>> en = lexicon_for(("en",))
    >>> find_date("09/03/2021", page_order("09/03/2021 ... 17/03/2021", en))
    '2021-03-09'
    >>> find_date("09/03/2021", page_order("09/03/2021 ... 03/17/2021", en))
    '2021-09-03'
    """
    if _DIGIT.search(text) is None:
        return lexicon
    day_first = month_first = False
    for match in _FULL_NUMERIC.finditer(text):
        first, second = int(match.group(1)), int(match.group(3))
        if first > _MONTHS >= second:
            day_first = True
        elif second > _MONTHS >= first:
            month_first = True
    if day_first == month_first:
        return lexicon
    return with_date_order(lexicon, "dmy" if day_first else "mdy")


def find_date_span(line: str, lexicon: Lexicon) -> tuple[str, int, int] | None:
    """Find the first readable date in *line*: ``(iso, start, end)`` or ``None``.

    The span covers the date and a time written right after it, with a word that follows
    the time ("Uhr", "GMT"), or else a time written right before it ("19:30, 14 Feb
    2024"); *iso* is the date in ISO 8601, with the time (``THH:MM``) when there is one.

    >>> from newsparse._lexicon import lexicon_for
    >>> find_date_span("By Ana Lima | March 4, 2024, 10:30", lexicon_for(("en",)))
    ('2024-03-04T10:30', 14, 34)
    >>> find_date_span("12.05.2024, 14:30 Uhr Ana Lima", lexicon_for(("de",)))
    ('2024-05-12T14:30', 0, 21)
    >>> find_date_span("Ana Lima 19:30, 14 Feb 2024", lexicon_for(("en",)))
    ('2024-02-14T19:30', 9, 27)
    """
    if _DIGIT.search(line) is None:
        return None  # every date format read here has digits
    patterns: list[tuple[str, regex.Pattern[str]]] = [
        ("iso", _ISO),
        ("cjk", _CJK),
        ("numeric", _NUMERIC),
    ]
    names: dict[str, int] = {}
    compiled = _month_pattern(lexicon.codes)
    if compiled is not None:
        patterns.insert(2, ("month", compiled[0]))
        names = compiled[1]
    best: tuple[str, int, int] | None = None
    for kind, pattern in patterns:
        for match in pattern.finditer(line):
            if best is not None and match.start() >= best[1]:
                break
            date = _read(match, kind, lexicon, names)
            if date is None:
                continue
            if kind == "iso" and match.group(4):
                iso = f"{date.isoformat()}T{int(match.group(4)):02d}:{match.group(5)}"
                best = (iso, match.start(), _time_word_end(line, match.end(), lexicon))
            else:
                best = _with_time(date, line, match.span(), lexicon)
            break
    return best


@functools.cache
def _day_month_pattern(codes: tuple[str, ...]) -> regex.Pattern[str] | None:
    compiled = _month_pattern(codes)
    if compiled is None:
        return None
    alt = "|".join(regex.escape(n) for n in sorted(compiled[1], key=len, reverse=True))
    word = rf"(?<!\p{{L}})(?:{alt})\.?(?!\p{{L}})"
    day = r"(?<!\d)\d{1,2}(?:st|nd|rd|th|er|\.|º|°)?(?!\d)"
    return regex.compile(rf"{day}\s*(?:de\s+)?{word}|{word}\s+{day}", regex.IGNORECASE)


def has_day_and_month(line: str, lexicon: Lexicon) -> bool:
    """Whether *line* names a day of a month, perhaps without a year ("mandag 5. august").

    >>> from newsparse._lexicon import lexicon_for
    >>> has_day_and_month("tirsdag 6. august kl. 09:31", lexicon_for(("no",)))
    True
    >>> has_day_and_month("Route 66 in August", lexicon_for(("en",)))
    False
    """
    pattern = _day_month_pattern(lexicon.codes)
    return pattern is not None and pattern.search(line) is not None


def find_date(line: str, lexicon: Lexicon) -> str | None:
    """Find the first readable date in *line*; return it as ISO 8601 or ``None``.

    >>> from newsparse._lexicon import lexicon_for
    >>> find_date("Von Anna Fink, 3. Mai 2024, 14:05 Uhr", lexicon_for(("de",)))
    '2024-05-03T14:05'
    """
    found = find_date_span(line, lexicon)
    return None if found is None else found[0]


def date_share(line: str, lexicon: Lexicon) -> float:
    """The share of *line*, its edges' spaces left out, that its first readable date covers
    (0 without one): near 1 for a line that is only a date, low for a headline naming a day.

    >>> from newsparse._lexicon import lexicon_for
    >>> date_share(" 3. Mai 2024 ", lexicon_for(("de",)))
    1.0
    >>> date_share("Kein Datum", lexicon_for(("de",)))
    0.0
    """
    return span_share(line, find_date_span(line, lexicon))


def span_share(line: str, span: tuple[str, int, int] | None) -> float:
    """:func:`date_share` for a date *span* already found in *line* by
    :func:`find_date_span`."""
    stripped = len(line.strip())
    return (span[2] - span[1]) / stripped if span is not None and stripped else 0.0
