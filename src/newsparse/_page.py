"""The working state of one parse: blocks, their features and the labels given so far.

A ``Page`` lives for one call of :func:`newsparse.parse_article` only, so the rules may
write to it freely without any shared state between calls or threads.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable

import attrs

from newsparse._blocks import Block
from newsparse._dates import find_date_span
from newsparse._features import Features, block_features, normalise_for_match, visible_text
from newsparse._lexicon import Lexicon
from newsparse._model import NavKind, SegmentKind
from newsparse._options import ParseOptions

__all__ = ["Label", "Page"]

_REPEAT_MAX_CHARS = 100  # only short lines count as repeated chrome ("Advertisement", "Read more")


@attrs.frozen(kw_only=True)
class Label:
    """The label of one block and the rule that gave it."""

    kind: SegmentKind
    rule: str
    nav: NavKind | None = None
    target: str | None = None
    # Further footer items on the same line ("Previous: <title> | Next: <title>"): (kind,
    # target) each, after the item given by nav and target.
    more: tuple[tuple[NavKind, str | None], ...] = ()


@attrs.define(kw_only=True)
class Page:
    """Blocks plus everything the rules have found about them so far."""

    blocks: tuple[Block, ...]
    features: tuple[Features, ...]
    visible: tuple[str, ...]  # each block's text as it shows (see visible_text)
    lexicon: Lexicon
    options: ParseOptions
    labels: list[Label | None]
    repeats: tuple[int, ...]  # how often each short line occurs on the page (1 for long lines)
    title: str | None = None
    site_name: str | None = None
    title_blocks: tuple[int, ...] = ()
    body_start: int = 0  # first block of the article region
    body_end: int = 0  # one past its last block
    # The first block of its running text: body_start before a standfirst or a recipe's
    # ingredients above it were taken in (where the byline rule looks around).
    text_start: int = 0
    # The lines between a standfirst and the running text (its byline, date, picture,
    # share bar): none of them is running text.
    furniture: range = range(0)
    # The lines of hard-wrapped paragraphs but each paragraph's last, with whether the next
    # line carries on their paragraph (set by the body rule; assembly joins them so).
    wrapped: dict[int, bool] = attrs.field(factory=dict)
    # Phrase evidence, computed by _rules.phrases once per line text: it depends on the
    # text alone (its features and repeats too), and a page often prints a line twice.
    nav_memo: dict[str, tuple[NavKind, bool, str | None] | None] = attrs.field(factory=dict)
    boilerplate_memo: dict[str, str | None] = attrs.field(factory=dict)
    closing_memo: dict[str, bool] = attrs.field(factory=dict)
    paywall_memo: dict[str, bool] = attrs.field(factory=dict)
    player_memo: dict[str, bool] = attrs.field(factory=dict)
    sign_up_memo: dict[str, NavKind | None] = attrs.field(factory=dict)
    items_memo: dict[str, tuple[tuple[NavKind, str | None], ...] | None] = attrs.field(factory=dict)
    normalised_memo: dict[str, str] = attrs.field(factory=dict)
    # The short lines that credit someone after a byline prefix, as (index, line, where the
    # prefix ends), found once for the body rule's author boxes (see _rules.body).
    credit_lines: tuple[tuple[int, str, int], ...] | None = None
    # The byline rule's reading of a line, also once per line text (see _rules.byline).
    reading_memo: dict[str, object] = attrs.field(factory=dict)
    # The first readable date of a line, as find_date_span gives it, once per line text.
    date_memo: dict[str, tuple[str, int, int] | None] = attrs.field(factory=dict)

    @classmethod
    def new(cls, blocks: tuple[Block, ...], lexicon: Lexicon, options: ParseOptions) -> Page:
        """Start labelling *blocks*, none labelled yet."""
        keys = [b.text.casefold() if len(b.text) <= _REPEAT_MAX_CHARS else None for b in blocks]
        counts = Counter(k for k in keys if k is not None)
        # A line printed again is measured once.
        measured: dict[str, tuple[str, Features]] = {}
        for block in blocks:
            if block.text not in measured:
                shown = visible_text(block.text)
                measured[block.text] = shown, block_features(shown)
        return cls(
            blocks=blocks,
            features=tuple(measured[b.text][1] for b in blocks),
            visible=tuple(measured[b.text][0] for b in blocks),
            lexicon=lexicon,
            options=options,
            labels=[None] * len(blocks),
            repeats=tuple(counts[k] if k is not None else 1 for k in keys),
        )

    def normalised(self, index: int) -> str:
        """The text of block *index* as :func:`normalise_for_match` gives it (kept, since
        the body and title rules both compare lines with the title)."""
        text = self.blocks[index].text
        if text not in self.normalised_memo:
            self.normalised_memo[text] = normalise_for_match(text)
        return self.normalised_memo[text]

    def date_span(self, index: int) -> tuple[str, int, int] | None:
        """The first readable date of block *index* as :func:`find_date_span` gives it
        (kept, since the title, body and byline rules all ask for the dates of the lines
        around the headline)."""
        text = self.blocks[index].text
        if text not in self.date_memo:
            self.date_memo[text] = find_date_span(text, self.lexicon)
        return self.date_memo[text]

    def free(self, index: int) -> bool:
        """Whether block *index* has no label yet."""
        return self.labels[index] is None

    def set(self, index: int, kind: SegmentKind, rule: str, **extra: object) -> None:
        """Label block *index* (a block keeps the first label it is given)."""
        if self.labels[index] is None:
            self.labels[index] = (
                Label(kind=kind, rule=rule, **extra)  # type: ignore[arg-type]
                if extra
                else _plain_label(kind, rule)
            )

    def set_free(self, indices: Iterable[int], kind: SegmentKind, rule: str) -> None:
        """Label each block of *indices* that has no label yet, as :meth:`set` would."""
        label = _plain_label(kind, rule)
        labels = self.labels
        for index in indices:
            if labels[index] is None:
                labels[index] = label

    def relabel(self, index: int, kind: SegmentKind, rule: str) -> None:
        """Replace the label of block *index*: for a later rule that reads the block better
        than the one that labelled it (a lone "AFP" under the headline is the byline, not a
        photo's credit)."""
        self.labels[index] = _plain_label(kind, rule)


@functools.cache
def _plain_label(kind: SegmentKind, rule: str) -> Label:
    """The label of *kind* given by *rule*, with no footer kind or target: one object for
    all the blocks it is given to (labels are immutable)."""
    return Label(kind=kind, rule=rule)
