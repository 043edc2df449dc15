"""Body rule: find the article's region, the run of lines richest in running text.

Each block gets a score: prose lines count for, short lines, menus and footer phrases
against. The region is the run with the largest total (the maximum-sum subarray), so a few
short lines inside the article (sub-headings, list items) do not cut it, while a long menu
or a comment form does.
"""

from __future__ import annotations

from newsparse._model import SegmentKind
from newsparse._page import Page
from newsparse._rules.phrases import boilerplate_rule, nav_hit

__all__ = ["block_score", "find_body"]

_PROSE_CAP = 8.0
_HALF_PROSE = 0.3
_SHORT = 30
_SHORT_PENALTY = -0.6
_LINE_PENALTY = -0.3
_PHRASE_PENALTY = -1.5
_WHOLE_PHRASE_PENALTY = -2.5
_BOILERPLATE_PENALTY = -2.0


def block_score(page: Page, index: int) -> float:
    """How much block *index* looks like part of the article (positive) or not (negative)."""
    label = page.labels[index]
    if label is not None and label.kind is SegmentKind.TITLE:
        return _SHORT_PENALTY
    features = page.features[index]
    unit = page.options.min_paragraph_chars
    if features.prose and features.length >= unit:
        return min(features.length / unit, _PROSE_CAP)
    hit = nav_hit(page, index)
    if hit is not None:
        return _WHOLE_PHRASE_PENALTY if hit[1] else _PHRASE_PENALTY
    if boilerplate_rule(page, index) is not None:
        return _BOILERPLATE_PENALTY
    if features.prose and features.length >= unit // 2:
        return _HALF_PROSE
    return _SHORT_PENALTY if features.length < _SHORT else _LINE_PENALTY


def find_body(page: Page) -> None:
    """Set ``page.body_start`` and ``page.body_end`` to the best-scoring run of blocks."""
    best_sum = 0.0
    best = (0, 0)
    running = 0.0
    start = 0
    for i in range(len(page.blocks)):
        score = block_score(page, i)
        if running <= 0.0:
            running, start = score, i
        else:
            running += score
        if running > best_sum:
            best_sum, best = running, (start, i + 1)
    if best_sum <= 0.0:
        # No running text anywhere: the article is every line that is not chrome.
        free = [i for i in range(len(page.blocks)) if page.free(i)]
        best = (free[0], free[-1] + 1) if free else (0, 0)
    page.body_start, page.body_end = best
