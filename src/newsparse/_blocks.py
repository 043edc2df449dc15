"""Plain text to blocks: one block per non-blank line, with offsets and paragraph groups."""

from __future__ import annotations

import attrs
import regex

__all__ = ["Block", "text_blocks"]

# The line boundaries of str.splitlines(), so that no separator hides a line.
_LINE_BREAK = regex.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


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
    """Split *text* into blocks: every line holding a non-whitespace character is one."""
    blocks: list[Block] = []
    group = 0
    previous_blank = False
    pos = 0
    line_no = 0
    length = len(text)
    while pos <= length:
        line_no += 1
        match = _LINE_BREAK.search(text, pos)
        line_end = match.start() if match else length
        raw = text[pos:line_end]
        stripped = raw.strip()
        if stripped:
            if previous_blank and blocks:
                group += 1
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
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
        if match is None:
            break
        pos = match.end()
    return tuple(blocks)
