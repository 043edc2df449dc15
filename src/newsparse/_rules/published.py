"""The article's publication date, read once the page is labelled.

The byline's own date comes first. A page whose byline gives none (or that has no byline)
often prints the date on a line of its own near the headline ("4. Mai 2024, 09:12",
"måndag 4 mars 2024", "Mar 4, 2024 · 6 min read") or in its browser title ("... –
Stadtbote – 21.02.2024"), many addresses hold it ("/2024/05/03/"), and a dateline may open
the first paragraph ("PARIS, 3 mai 2024 – ..."). This rule looks there, in that order,
nearest the article's start first, and says where it found the date; it labels nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from urllib.parse import urlsplit

import regex

from newsparse._dates import find_date_span
from newsparse._model import Byline, SegmentKind
from newsparse._page import Page
from newsparse._rules.stamps import (
    DATE_EDGES,
    DATE_ONLY_WORDS,
    date_only,
    labelled_pair,
    stamp_date,
)

__all__ = [
    "AFTER_RULE",
    "BYLINE_RULE",
    "DATELINE_RULE",
    "LINE_RULE",
    "REGION_RULE",
    "REPEAT_RULE",
    "TITLE_LINE_RULE",
    "URL_RULE",
    "find_published",
    "url_date",
]

BYLINE_RULE = "published.byline"
LINE_RULE = "published.date-line"
TITLE_LINE_RULE = "published.title-line"
URL_RULE = "published.url"
REGION_RULE = "published.region-stamp"
REPEAT_RULE = "published.headline-repeat"
DATELINE_RULE = "published.dateline"
AFTER_RULE = "published.after-article"

_ABOVE = 6  # lines above the headline (or the article's start) where its date may stand
_BELOW = 15  # lines under the article's start (past a standfirst and a caption)
_OVER_TEXT = 6  # lines over the running text where its date may stand (a share bar between)

# A date written in an address: year, month and day as path parts ("/2024/05/03/",
# "/2024-05-03-"), or eight digits standing alone in a part ("/20240503/", "-20240503.html").
_URL_DATE = regex.compile(
    r"(?<![0-9])((?:19|20)[0-9]{2})([/_-])([01]?[0-9])\2([0-3]?[0-9])(?![0-9])"
    r"|(?<![0-9A-Za-z])((?:19|20)[0-9]{2})([01][0-9])([0-3][0-9])(?![0-9A-Za-z])"
)


def url_date(url: str | None) -> str | None:
    """The date written in the path of *url* (ISO 8601 ``YYYY-MM-DD``), or ``None``.

    Only a whole date counts: a year and a month alone ("/2024/05/") do not give a day.

    >>> url_date("https://example.org/news/2024/05/03/bridge-opens")
    '2024-05-03'
    >>> url_date("https://example.org/a/20240503-bridge.html")
    '2024-05-03'
    >>> url_date("https://example.org/2024/05/bridge") is None
    True
    """
    if not url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    for found in _URL_DATE.finditer(parts.path):
        year, month, day = (
            (found.group(1), found.group(3), found.group(4))
            if found.group(1)
            else (found.group(5), found.group(6), found.group(7))
        )
        try:
            return dt.date(int(year), int(month), int(day)).isoformat()
        except ValueError:
            continue  # "/2024/13/45/": digits, not a date
    return None


def _anchor(page: Page) -> int:
    """The block the article starts at: its headline when that stands above the region
    that holds the article, else the region's start."""
    heads = [t for t in page.title_blocks if 0 < t <= page.text_start]
    return max(heads) if heads else page.text_start


def _near_start(page: Page) -> str | None:
    """The date of the date line nearest the article's start (above it first at equal
    distance): a line that is only a date, or a date with its label, a day's name or a time
    ("Published: 3 May 2024", "Dienstag, 14.05.2024, 08:40"); failing that, of the one
    nearest over its running text, when that starts far under the headline, or around a
    headline inside the article's region, when the region opens far above it."""
    anchor = _anchor(page)
    found = _around(page, anchor)
    if found is not None:
        return found
    # The running text may start far under the headline taken (a heading of a menu above
    # the article's own): its date line then stands right over it.
    for j in range(page.text_start - 1, max(anchor + _BELOW, page.text_start - _OVER_TEXT - 1), -1):
        found = _line_date(page, j)
        if found is not None:
            return found
    # The region may open above the headline (a menu taken in): the date stands around it.
    for head in page.title_blocks:
        if anchor < head < page.body_end:
            found = _around(page, head)
            if found is not None:
                return found
    return None


def _around(page: Page, anchor: int) -> str | None:
    """The date of the date line nearest block *anchor* (above it first at equal distance),
    within a few lines above it and more under it."""
    n = len(page.blocks)
    for distance in range(max(_ABOVE, _BELOW) + 1):
        for j in (anchor - distance, anchor + distance):
            if distance > (_ABOVE if j < anchor else _BELOW) or not 0 < j < n:
                continue
            if distance == 0 and (j != anchor or j in page.title_blocks):
                continue  # once; a headline naming a day is no date line
            found = _line_date(page, j)
            if found is not None:
                return found
    return None


def _line_date(page: Page, index: int) -> str | None:
    """The date of block *index* when the line is a date stamp: (nearly) only a date, or a
    stamp that opens with its date, maybe after a label or a day's name ("Published on 3
    May 2024 · 4 min read", "Thu 7 Mar 2024 09.00 GMT Last modified on ...")."""
    features = page.features[index]
    if features.words <= DATE_ONLY_WORDS and not features.sentence_end:
        found = date_only(page, index)
        if found is not None:
            return found
    found = stamp_date(page, index) or labelled_pair(page, index)
    span = page.date_span(index)
    if found is None or span is None:
        return None
    before = page.blocks[index].text[: span[1]].strip(DATE_EDGES)
    if len(before.split()) <= 1 or page.lexicon.date_markers.whole(before):
        return found
    return None


def _title_line(page: Page) -> str | None:
    """The date the browser's title line ends or opens with ("Headline – Site –
    21.02.2024"), when the first block is the title line."""
    if not page.blocks or 0 not in page.title_blocks:
        return None
    span = page.date_span(0)
    if span is None:
        return None
    text = page.blocks[0].text
    before, after = text[: span[1]].strip(), text[span[2] :].strip()
    return span[0] if not before or not after or len(after) <= len(" Uhr") else None


def find_published(page: Page, byline: Byline | None, url: str | None) -> tuple[str, str] | None:
    """The article's publication date (ISO 8601) and the rule that found it: the byline's
    date (unless the byline prints none and a date line stands near the article's start),
    a date line near the article's start, a date closing or opening the title line,
    the date in *url*, a date line set apart inside the article, the date under a repeat
    of the headline; ``None`` when none of them gives one."""
    if byline is not None and byline.published is not None:
        if find_date_span(byline.text, page.lexicon) is not None:
            return byline.published, BYLINE_RULE
        # A byline that prints no date borrowed one from a line near it, which may stand
        # far from the article's start (under it, in a list): the date line nearer the
        # start wins over that.
        found = _near_start(page)
        return (found, LINE_RULE) if found is not None else (byline.published, BYLINE_RULE)
    finders: tuple[tuple[str, Callable[[], str | None]], ...] = (
        (LINE_RULE, lambda: _near_start(page)),
        (TITLE_LINE_RULE, lambda: _title_line(page)),
        (URL_RULE, lambda: url_date(url)),
        (DATELINE_RULE, lambda: _dateline(page)),
        (REGION_RULE, lambda: _region_stamp(page)),
        (REPEAT_RULE, lambda: _under_repeat(page)),
        (AFTER_RULE, lambda: _after_article(page)),
    )
    for rule, finder in finders:
        found = finder()
        if found is not None:
            return found, rule
    return None


_CREDIT_WORDS = 3  # words of a place or a desk's sign before a dateline's date ("Red. /")
_DATELINE_MARKS = ".,:;|–—-"  # what may end a dateline's date before the text goes on
_DATELINE_PARAGRAPHS = 2  # the first paragraphs, a standfirst's and the text's own


def _dateline(page: Page) -> str | None:
    """The date that opens one of the article's first two paragraphs (a standfirst may come
    first), its dateline: the date at the very start or after a place or a desk's sign and
    a mark ("Red. / 12.06.2024 Der ...", "PARIS, 3 mai 2024 – Le ..."), set apart from the
    text by a mark or with its time ("3. Mai 2024. Der ...", "03.05.2024, 09:12 Uhr Am
    ..."). A paragraph that only starts with a date as its first words ("3. Mai 2024 war
    ...") or after a preposition ("Am 3. Mai ...") tells of a day, not when it was
    written."""
    unit = page.options.min_paragraph_chars
    paragraphs = 0
    for j in range(page.body_start, page.body_end):
        label = page.labels[j]
        features = page.features[j]
        if label is None or label.kind is not SegmentKind.BODY:
            continue
        if not (features.prose and features.length >= unit):
            continue
        found = _opening_date(page, j)
        paragraphs += 1
        if found is not None or paragraphs == _DATELINE_PARAGRAPHS:
            return found
    return None


def _opening_date(page: Page, index: int) -> str | None:
    """The date block *index* opens with as a dateline (see :func:`_dateline`)."""
    span = page.date_span(index)
    if span is None:
        return None
    text = page.blocks[index].text
    before = text[: span[1]].strip()
    after = text[span[2] :].lstrip()
    credited = bool(before) and before[-1] in DATE_EDGES and before[-1] != " "
    if before and not (credited and len(before.split()) <= _CREDIT_WORDS):
        return None
    if credited or "T" in span[0] or after[:1] in _DATELINE_MARKS:
        return span[0]
    return None


_AFTER = 15  # lines under the article where its labelled date may stand
_POST_LABEL_WORDS = 3  # words of a label that dates the post, however long its line


def _after_article(page: Page) -> str | None:
    """The date of the first labelled date line a few lines under the article ("Datum:
    04.06.2022", "Published on 3 May 2024"), where some pages print it: the label tells it
    from the dates of readers' comments and of the next stories, which stand bare."""
    for j in range(page.body_end, min(len(page.blocks), page.body_end + _AFTER)):
        span = page.date_span(j)
        if span is None:
            continue
        label = page.blocks[j].text[: span[1]].strip(DATE_EDGES)
        if label and page.lexicon.date_markers.whole(label):
            found = _line_date(page, j)
            if found is None and len(label.split()) >= _POST_LABEL_WORDS:
                # A sentence too long for a stamp that records the post ("Dieser Beitrag
                # wurde am 04.02.2020 von ... in ... veröffentlicht", "This entry was
                # posted on ..."): a label of several words says what the date is.
                found = span[0]
            if found is not None:
                return found
    return None


def _under_repeat(page: Page) -> str | None:
    """The date of the first date line right under a line that prints the headline again
    (the article's own entry in a list of the site's latest stories: "Bridge reopens" /
    "3 May 2024"), for a page that prints its date nowhere else. When a date line stands
    over the repeat too, the list may give each date before its story, and the one under
    it is the next story's: such a repeat gives none."""
    heads = {page.normalised(t) for t in page.title_blocks if t > 0}
    for j in range(1, len(page.blocks) - 1):
        if j not in page.title_blocks and page.normalised(j) in heads:
            found = _line_date(page, j + 1)
            if found is not None and _line_date(page, j - 1) is None:
                return found
    return None


def _region_stamp(page: Page) -> str | None:
    """The date of the first date line set apart inside the article's region (labelled
    ``boilerplate.date-line``: a line that is only a date), however far down: the date of
    an article whose head is printed with a gap under its headline."""
    for j in range(page.body_start, page.body_end):
        label = page.labels[j]
        if label is not None and label.rule == _DATE_LINE:
            return _line_date(page, j)
    return None


_DATE_LINE = "boilerplate.date-line"
