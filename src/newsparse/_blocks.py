"""Plain text to blocks: one block per non-blank line, with offsets and paragraph groups."""

from __future__ import annotations

import attrs

__all__ = ["Block", "text_blocks"]


@attrs.frozen(kw_only=True)
class Block:
    """One non-blank line of the source text.

    Attributes:
        index: Position among the blocks, from 0.
        text: The line without its surrounding whitespace.
        start: Offset of ``text`` in the source text.
        end: Offset one past its end.
        group: Index of the run of lines between blank lines the block belongs to.
        line: Its 1-based line number in the source text.
    """

    index: int
    text: str
    start: int
    end: int
    group: int
    line: int


def text_blocks(text: str) -> tuple[Block, ...]:
    """Split *text* into blocks: every line holding a non-whitespace character is one.

    Lines end where :meth:`str.splitlines` ends them (``\\n``, ``\\r\\n``, ``\\r``, U+2028...).

    >>> [(b.text, b.start, b.group, b.line) for b in text_blocks("a\\n\\n  b c \\r\\nd")]
    [('a', 0, 0, 1), ('b c', 5, 1, 3), ('d', 11, 1, 4)]
    """
    blocks: list[Block] = []
    group = 0
    previous_blank = False
    pos = 0
    for line_no, raw in enumerate(text.splitlines(keepends=True), start=1):
        stripped = raw.strip()
        if stripped:
            if previous_blank and blocks:
                group += 1
            start = pos + len(raw) - len(raw.lstrip())
            blocks.append(
                Block(
                    index=len(blocks),
                    text=stripped,
                    start=start,
                    end=start + len(stripped),
                    group=group,
                    line=line_no,
                )
            )
            previous_blank = False
        else:
            previous_blank = True
        pos += len(raw)
    return tuple(blocks)
