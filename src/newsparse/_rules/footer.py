"""Footer rule: navigation after the article (and related boxes inside it) as NavItems.

After the article region every line is read in order. A line that announces a kind (by
the lexicon's phrases) becomes an item of that kind; the lines of a list that such a
heading opens (related articles, most read, tags) follow it as items of the same kind;
"previous" and "next" take the title that follows them as their target.
"""

from __future__ import annotations

from newsparse._model import NavKind, SegmentKind
from newsparse._page import Page
from newsparse._rules.phrases import boilerplate_rule, nav_hit

__all__ = ["find_footer"]

_LIST_KINDS = frozenset({NavKind.RELATED, NavKind.MORE, NavKind.TAGS})
_TARGET_KINDS = frozenset({NavKind.PREVIOUS, NavKind.NEXT, NavKind.RELATED})
_MAX_ITEM_LENGTH = 400
_MIN_TITLE_CHARS = 8
_MAX_TITLE_CHARS = 300
_TARGET_LOOKAHEAD = 3
_INNER_RELATED_ITEMS = 3


def _title_like(page: Page, index: int) -> bool:
    features = page.features[index]
    return (
        page.free(index)
        and _MIN_TITLE_CHARS <= features.length <= _MAX_TITLE_CHARS
        and nav_hit(page, index) is None
        and boilerplate_rule(page, index) is None
    )


def _take_target(page: Page, index: int, kind: NavKind) -> str | None:
    """Label the title line that follows a "previous"/"next" label and return it."""
    for j in range(index + 1, min(len(page.blocks), index + 1 + _TARGET_LOOKAHEAD)):
        if _title_like(page, j):
            title = page.blocks[j].text
            page.set(j, SegmentKind.FOOTER, f"footer.{kind.value}-target", nav=kind, target=title)
            return title
        if not page.free(j) or nav_hit(page, j) is not None:
            return None
    return None


def _label_hit(page: Page, index: int, kind: NavKind, rest: str | None) -> None:
    target: str | None = None
    if kind in (NavKind.PREVIOUS, NavKind.NEXT):
        target = rest or _take_target(page, index, kind)
    page.set(index, SegmentKind.FOOTER, f"footer.{kind.value}", nav=kind, target=target)


def _inner_related(page: Page) -> None:
    """Related boxes between the article's paragraphs ("Read also: <title>")."""
    for i in range(page.body_start, page.body_end):
        if not page.free(i):
            continue
        hit = nav_hit(page, i)
        if hit is None or hit[0] is not NavKind.RELATED:
            continue
        kind, _whole, rest = hit
        page.set(i, SegmentKind.FOOTER, "footer.related-inline", nav=kind, target=rest)
        if rest:
            continue
        for j in range(i + 1, min(page.body_end, i + 1 + _INNER_RELATED_ITEMS)):
            features = page.features[j]
            sentence = features.sentence_end and features.length >= page.options.min_paragraph_chars
            if not _title_like(page, j) or sentence:
                break
            text = page.blocks[j].text
            page.set(j, SegmentKind.FOOTER, "footer.related-inline-item", nav=kind, target=text)


def find_footer(page: Page) -> None:
    """Label the footer navigation after the article region and related boxes inside it."""
    _inner_related(page)
    list_kind: NavKind | None = None
    for i in range(page.body_end, len(page.blocks)):
        if not page.free(i):
            continue
        hit = nav_hit(page, i)
        if hit is not None:
            kind, _whole, rest = hit
            _label_hit(page, i, kind, rest)
            list_kind = kind if kind in _LIST_KINDS else None
            continue
        if boilerplate_rule(page, i) is not None:
            list_kind = None
            continue
        features = page.features[i]
        running_text = features.sentence_end and features.length >= page.options.min_paragraph_chars
        if list_kind is not None and features.length <= _MAX_ITEM_LENGTH and not running_text:
            target = page.blocks[i].text if list_kind in _TARGET_KINDS else None
            page.set(i, SegmentKind.FOOTER, f"footer.{list_kind.value}-item", nav=list_kind, target=target)
