"""Assembly: labelled blocks to the public Article (the only place an Article is built)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from newsparse._blocks import Block
from newsparse._model import (
    Article,
    Byline,
    Language,
    NavItem,
    NavKind,
    Paragraph,
    PullQuote,
    Segment,
    SegmentKind,
)
from newsparse._page import Label, Page
from newsparse._record import RULE as HEADER_RULE

__all__ = ["assemble"]

# Kinds whose consecutive lines in one paragraph group form a single segment.
_MERGED = frozenset({SegmentKind.BODY, SegmentKind.BOILERPLATE})
_SENTENCE_END = regex.compile(r"[.!?…。！？؟।:;\u06d4][\"'”’»)\]]*\Z")
_SENTENCE_START = regex.compile(r"\A[\p{Lu}\p{N}\p{Lo}\"'“‘«„¿¡(\[•\-–—*]")
_WRAPPED_LINE = 50  # a line at least this long that stops mid-sentence was wrapped
_OPEN_END = regex.compile(r"[,(\-–]\Z")


def _continues(previous: str, line: str) -> bool:
    """Whether *line* carries on the paragraph of *previous* (a hard-wrapped line) rather
    than starting a new one: the previous line stops mid-sentence, and either this one
    does not start like a sentence or the previous one is too long to be a heading.

    >>> _continues("The arguments of fetch() are the same as those passed to", "Request().")
    True
    >>> _continues("First paragraph ends here.", "Second one starts here.")
    False
    >>> _continues("A sub-heading", "The next paragraph.")
    False
    """
    if _SENTENCE_END.search(previous):
        return False
    return (
        _SENTENCE_START.match(line) is None
        or _OPEN_END.search(previous) is not None
        or len(previous) >= _WRAPPED_LINE
    )


def _carries_on(page: Page, last: int, index: int) -> bool:
    """Whether body line *index* carries on the paragraph of line *last*: as the body rule
    found in a hard-wrapped paragraph, else as :func:`_continues` reads the two lines."""
    wrapped = page.wrapped.get(last)
    if wrapped is not None:
        return wrapped
    return _continues(page.blocks[last].text, page.blocks[index].text)


def _runs(page: Page) -> list[tuple[Label, int, int]]:
    """Group blocks into runs: (label, first block, last block).

    Consecutive lines of one kind in one paragraph group form a run for body and
    boilerplate; body lines split into paragraphs where a line does not carry on the one
    before it (crawler dumps put one paragraph per line, without blank lines), or, in a
    hard-wrapped paragraph, where the body rule found that it does not.
    """
    runs: list[tuple[Label, int, int]] = []
    for i, label in enumerate(page.labels):
        if label is None:  # pragma: no cover - _labels fills every block
            msg = f"block {i} was left without a label"
            raise AssertionError(msg)
        if runs:
            previous, first, last = runs[-1]
            if (
                label.kind in _MERGED
                and previous.kind is label.kind
                and page.blocks[last].group == page.blocks[i].group
                and (label.kind is not SegmentKind.BODY or _carries_on(page, last, i))
            ):
                runs[-1] = (previous, first, i)
                continue
        runs.append((label, i, i))
    return runs


def assemble(
    page: Page,
    *,
    source_text: str,
    header: Sequence[Block] = (),
    byline: Byline | None,
    language: Language,
    paragraph_languages: Callable[[Sequence[str]], Sequence[Language | None]] | None = None,
    published: tuple[str, str] | None = None,
) -> Article:
    """Build the Article from a labelled page.

    *header* holds the record header lines set apart before the page (see
    :mod:`newsparse._record`): they make one boilerplate segment. *paragraph_languages*,
    when given, tells the language of each body paragraph that differs from the page's
    (``None`` for the others). *published* is the article's date and the rule that read it.
    """
    segments: list[Segment] = []
    if header:
        start, end = header[0].start, header[-1].end
        segments.append(
            Segment(
                kind=SegmentKind.BOILERPLATE,
                text=source_text[start:end],
                start=start,
                end=end,
                rule=HEADER_RULE,
            )
        )
    body: list[str] = []
    pull_quotes: list[PullQuote] = []
    captions: list[str] = []
    footer: list[NavItem] = []
    for label, first, last in _runs(page):
        start, end = page.blocks[first].start, page.blocks[last].end
        text = source_text[start:end]
        segments.append(Segment(kind=label.kind, text=text, start=start, end=end, rule=label.rule))
        if label.kind is SegmentKind.BODY:
            body.append(text)
        elif label.kind is SegmentKind.PULL_QUOTE:
            pull_quotes.append(PullQuote(text=text))
        elif label.kind is SegmentKind.CAPTION:
            captions.append(text)
        elif label.kind is SegmentKind.FOOTER:
            footer.append(NavItem(kind=label.nav or NavKind.OTHER, text=text, target=label.target))
            footer.extend(
                NavItem(kind=kind, text=text, target=target) for kind, target in label.more
            )
    languages: Sequence[Language | None] = (
        paragraph_languages(body)
        if paragraph_languages is not None and body
        else [None] * len(body)
    )
    return Article(
        title=page.title,
        site_name=page.site_name,
        byline=byline,
        body=tuple(
            Paragraph(text=text, language=lang) for text, lang in zip(body, languages, strict=True)
        ),
        pull_quotes=tuple(pull_quotes),
        captions=tuple(captions),
        footer=tuple(footer),
        language=language,
        segments=tuple(segments),
        source_text=source_text,
        published=published[0] if published is not None else None,
        published_rule=published[1] if published is not None else None,
    )
