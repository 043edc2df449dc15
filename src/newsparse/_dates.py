"""Dates in bylines: find a date in a line and write it as ISO 8601."""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata

import regex

from newsparse._lexicon import Lexicon, lexicon_for

__all__ = ["find_date"]

_ISO = regex.compile(
    r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?(?!\d)"
)
_NUMERIC = regex.compile(r"(?<!\d)(\d{1,4})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{2,4})(?!\d)")
_CJK = regex.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?")
_TIME = regex.compile(r"(?<!\d)([01]?\d|2[0-3])[:h.](\d{2})(?!\d)")
_YEAR = r"((?:19|20)\d{2})"


def _valid(year: int, month: int, day: int) -> dt.date | None:
    if year < 100:
        year += 2000 if year < 70 else 1900
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _with_time(date: dt.date, line: str, after: int) -> str:
    time = _TIME.search(line, after)
    if time is None:
        return date.isoformat()
    return f"{date.isoformat()}T{int(time.group(1)):02d}:{time.group(2)}"


def _fold(text: str) -> str:
    """Case-fold and recompose, so that forms such as Greek "Μαΐου" compare equal."""
    return unicodedata.normalize("NFC", text.casefold())


@functools.cache
def _month_pattern(codes: tuple[str, ...]) -> tuple[regex.Pattern[str], dict[str, int]] | None:
    lexicon = lexicon_for(codes)
    names = {_fold(form): number for number, form in lexicon.months}
    if not names:
        return None
    alt = "|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True))
    word = rf"(?<!\p{{L}})({alt})\.?(?!\p{{L}})"
    day = r"(\d{1,2})(?:st|nd|rd|th|er|\.|º|°)?"
    pattern = regex.compile(
        rf"{day}\s*(?:de\s+)?{word}\s*(?:de\s+)?,?\s*{_YEAR}"  # 3 May 2024, 3. Mai 2024, 3 de mayo de 2024
        rf"|{word}\s+{day},?\s*{_YEAR}"  # May 3, 2024
        rf"|{_YEAR}\s*(?:\.|,)?\s*{word}\s*{day}",  # 2024. május 3
        regex.IGNORECASE,
    )
    return pattern, names


def find_date(line: str, lexicon: Lexicon) -> str | None:
    """Find the first readable date in *line*; return it as ISO 8601 or ``None``."""
    match = _ISO.search(line)
    if match:
        date = _valid(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if date is not None:
            if match.group(4):
                return f"{date.isoformat()}T{int(match.group(4)):02d}:{match.group(5)}"
            return _with_time(date, line, match.end())
    match = _CJK.search(line)
    if match:
        date = _valid(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if date is not None:
            return _with_time(date, line, match.end())
    compiled = _month_pattern(lexicon.codes)
    if compiled is not None:
        pattern, names = compiled
        match = pattern.search(line)
        if match:
            g = match.groups()
            if g[0] is not None:
                day, month, year = g[0], g[1], g[2]
            elif g[3] is not None:
                month, day, year = g[3], g[4], g[5]
            else:
                year, month, day = g[6], g[7], g[8]
            number = names.get(_fold(month).rstrip("."))
            if number is not None:
                date = _valid(int(year), number, int(day))
                if date is not None:
                    return _with_time(date, line, match.end())
    match = _NUMERIC.search(line)
    if match:
        a, b, c = int(match.group(1)), int(match.group(3)), int(match.group(4))
        if len(match.group(1)) == 4:
            date = _valid(a, b, c)
        elif "mdy" in lexicon.date_orders and "dmy" not in lexicon.date_orders:
            date = _valid(c, a, b)
        else:
            date = _valid(c, b, a) or _valid(c, a, b)
        if date is not None:
            return _with_time(date, line, match.end())
    return None
