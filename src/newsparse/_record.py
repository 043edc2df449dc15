"""Record headers: the WARC and HTTP header lines a crawler may leave at the top of a page.

A WET record (a crawl's plain text) or a WARC response record opens with a status line
(``WARC/1.0``, ``HTTP/1.1 200 OK``) and ``Name: value`` fields up to a blank line. They are
about the record, not the page: this front end sets them apart, so that the page's own
first line is read as its title, and the parse gives them one boilerplate segment of their
own (nothing of the input is dropped).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from newsparse._blocks import Block, text_blocks

__all__ = ["RULE", "html_after_header", "split_header", "target_uri"]

RULE = "boilerplate.record-header"

_STATUS = regex.compile(r"\A(?:WARC/\d+\.\d+|HTTP/\d(?:\.\d)?\s+\d{3}(?:\s.*)?)\Z")
# A header field: a name of token characters, a colon, its value (RFC 9110, WARC 1.1).
_FIELD = regex.compile(r"\A[!#$%&'*+\-.^_`|~0-9A-Za-z]+:(?:[ \t].*)?\Z")
_OPENING = regex.compile(r"[\ufeff \t\r\n]*(?:WARC|HTTP)/")  # how a raw header starts
_MAX_FIELDS = 200  # field lines under one status line: a record's header has a few dozen
_MAX_HEADER_CHARS = 65536  # characters of a raw page looked at for a header


def split_header(
    text: str, blocks: tuple[Block, ...]
) -> tuple[tuple[Block, ...], tuple[Block, ...]]:
    """Split the *blocks* of *text* into the record header lines at its start, if any, and
    the page's blocks (indexed from 0 again).

    A header is a status line and the field lines under it (a field's value may go on, on
    indented lines), without a blank line between them; a WARC header may be followed by
    the HTTP header of the response it holds. Lines that are no fields, right under the
    status line, make it no header.

    >>> from newsparse._blocks import text_blocks
    >>> text = "WARC/1.0\\nWARC-Type: conversion\\n\\nTitle"
    >>> header, page = split_header(text, text_blocks(text))
    >>> [b.text for b in header], [(b.index, b.text) for b in page]
    (['WARC/1.0', 'WARC-Type: conversion'], [(0, 'Title')])
    """
    count = 0
    while count < len(blocks) and _STATUS.match(blocks[count].text):
        group = blocks[count].group
        end = count + 1
        while end < len(blocks) and blocks[end].group == group and end - count <= _MAX_FIELDS:
            block = blocks[end]
            indented = block.start > 0 and text[block.start - 1] in " \t"
            if not (
                _FIELD.match(block.text) or (indented and block.line == blocks[end - 1].line + 1)
            ):
                break
            end += 1
        if end == count + 1 or (end < len(blocks) and blocks[end].group == group):
            break  # no field under the status line, or a line that is no field: no header
        count = end
    if count == 0:
        return (), blocks
    page = tuple(attrs.evolve(b, index=b.index - count) for b in blocks[count:])
    return blocks[:count], page


def html_after_header(text: str) -> tuple[str, str]:
    """Split a raw page into the record header at its start, if any, with the blank lines
    after it, and the rest (for HTML fetched with its headers).

    >>> html_after_header("HTTP/1.1 200 OK\\r\\nContent-Type: text/html\\r\\n\\r\\n<html>")
    ('HTTP/1.1 200 OK\\r\\nContent-Type: text/html\\r\\n\\r\\n', '<html>')
    """
    if _OPENING.match(text) is None:
        return "", text
    prefix = text[:_MAX_HEADER_CHARS]
    header, rest = split_header(prefix, text_blocks(prefix))
    if not header or not rest:
        return "", text  # no header, or one that runs to the end of what was looked at
    cut = rest[0].start
    while cut > header[-1].end and text[cut - 1] not in "\r\n":
        cut -= 1  # the rest starts at the start of its line
    return text[:cut], text[cut:]


_TARGET = regex.compile(r"\AWARC-Target-URI:[ \t]*<?([^\s<>]+)>?[ \t]*\Z", regex.IGNORECASE)


def target_uri(header: Sequence[Block]) -> str | None:
    """The address a WARC record's header names for its page (``WARC-Target-URI``), or
    ``None``.

    >>> from newsparse._blocks import text_blocks
    >>> text = "WARC/1.0\\nWARC-Target-URI: https://example.org/a\\n\\nTitle"
    >>> header, _ = split_header(text, text_blocks(text))
    >>> target_uri(header)
    'https://example.org/a'
    """
    for block in header:
        found = _TARGET.match(block.text)
        if found is not None:
            return found.group(1)
    return None
