"""Sequel rule: end the article where the page goes on with the next one.

Pages that load the next article under the first ("endless" pages) repeat the first
article's header further down: a headline, the authors, a "Published …" line. When the
article's header held such a dated line (a date marker, then a date) and one comes back once
or twice deep in the article region, with paragraphs before it and long paragraphs after it,
the article ends at the top of that second header (its headline). Three or more such lines
are entries of one live blog, not further articles, and are left alone. Bylines alone are no
such sign: articles embed other articles' teasers and social posts signed "By …".
"""

from __future__ import annotations

from newsparse._model import SegmentKind
from newsparse._page import Page

__all__ = ["cut_following_article"]

_HEADER_AFTER = 3  # lines after the byline that still belong to the article's header
_MIN_PARAGRAPHS = 3  # paragraphs the first article must have before the sequel's header
_MIN_FOLLOWING = 2  # and the sequel after it
_MAX_SEQUELS = 2  # more repeats than this are entries of a live blog
_MAX_DATE_WORDS = 16
_CLIMB = 8  # lines above the repeated header line where the sequel's headline may stand
_LONG = 2  # paragraphs this many units long belong to the first article, not a sequel's header
_SHORT_WORDS = 12


def _dated(page: Page, index: int) -> bool:
    """Whether block *index* is a header's date line: a date marker, then a readable date
    ("Published March 3, 2024", "Publisert 08.02.2026 - 10:05")."""
    text = page.blocks[index].text
    features = page.features[index]
    return (
        features.words <= _MAX_DATE_WORDS
        and not features.sentence_end
        and page.lexicon.date_markers.starts(text) is not None
        and page.date_span(index) is not None
    )


def _paragraph(page: Page, index: int, units: int = 1) -> bool:
    features = page.features[index]
    return features.prose and features.length >= units * page.options.min_paragraph_chars


def cut_following_article(page: Page) -> None:
    """Move the end of the article region up to the header of a following article, if any;
    label the following article's lines as boilerplate."""
    bylines = [
        i
        for i in range(page.body_end)
        if (label := page.labels[i]) is not None and label.kind is SegmentKind.BYLINE
    ]
    if not bylines:
        return
    header_end = min(page.body_end, bylines[-1] + 1 + _HEADER_AFTER)
    start = max(0, bylines[0] - _HEADER_AFTER)
    if not any(_dated(page, i) for i in range(start, header_end)):
        return
    repeats: list[int] = []
    paragraphs = 0
    for i in range(page.body_start, page.body_end):
        if _paragraph(page, i):
            paragraphs += 1
        elif i >= header_end and page.free(i) and paragraphs >= _MIN_PARAGRAPHS and _dated(page, i):
            repeats.append(i)
    if not repeats or len(repeats) > _MAX_SEQUELS:
        return
    at = repeats[0]
    following = sum(1 for i in range(at + 1, page.body_end) if _paragraph(page, i, _LONG))
    if following < _MIN_FOLLOWING:
        return  # a signed note or an embedded post, not another article
    cut = None
    for i in range(at - 1, max(page.body_start, at - 1 - _CLIMB), -1):
        if _paragraph(page, i, _LONG):
            break
        if page.features[i].words <= _SHORT_WORDS and not page.features[i].url_like:
            cut = i
    if cut is None:
        return  # no headline over the repeated header: not the start of another article
    old_end, page.body_end = page.body_end, cut
    for i in range(cut, old_end):
        page.set(i, SegmentKind.BOILERPLATE, "boilerplate.following-article")
