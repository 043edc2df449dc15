"""Input checks: the type of the source, bytes decoding, and telling HTML from plain text."""

from __future__ import annotations

from typing import Literal

import regex

from newsparse._decode import decode_bytes
from newsparse._errors import EmptyDocumentError, InputTypeError, InvalidOptionError
from newsparse._record import html_after_header

__all__ = ["InputFormat", "prepare_input"]

InputFormat = Literal["auto", "text", "html"]
_FORMATS = ("auto", "text", "html")

_START_TAG = r"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|\?xml)"
# A page that opens with its doctype or <html>, perhaps after comments. The comments are
# matched as one stretch from the first "<!--" to a "-->" right before such a tag (the same
# pages as a run of comments one by one): a repeated group of lazy comments backtracked
# through every way of splitting a run of them, in time doubling with each comment.
_HTML_START = regex.compile(
    rf"\A[\s\ufeff]*(?:<!--.*?-->\s*(?={_START_TAG}))?{_START_TAG}",
    regex.IGNORECASE | regex.DOTALL,
)
_TAG = regex.compile(
    r"</?(?:p|div|br|span|a|li|ul|h[1-6]|table|td|tr|section|article|meta|script)\b[^<>]{0,500}>",
    regex.IGNORECASE,
)
_SNIFF_CHARS = 65536
_MIN_TAGS = 5
# Markup without a doctype is HTML when its tags are dense: on a good share of its lines
# (one paragraph a line) or a good share of its characters (long lines of nested markup).
# Plain text that quotes a few tags (a copied page with leftover markup, an article about
# HTML) has them on a few lines only.
_MIN_TAGGED_LINES = 0.2
_MIN_TAG_CHARS = 0.15
_VISIBLE = regex.compile(r"[^\p{White_Space}\p{Cf}\p{Cc}]")


def looks_like_html(text: str) -> bool:
    """Tell whether *text* is HTML rather than plain text (a cheap look at its start).

    It is HTML when it opens with a doctype, ``<html>``, ``<head>``, ``<body>`` or an XML
    declaration, or when at least five common tags stand in its first 64 KiB densely enough
    (on a fifth of its non-blank lines, or as 15% of its characters).
    """
    if _HTML_START.match(text):
        return True
    head = text[:_SNIFF_CHARS]
    tags = [match.end() - match.start() for match in _TAG.finditer(head)]
    if len(tags) < _MIN_TAGS:
        return False
    if sum(tags) >= _MIN_TAG_CHARS * len(head.strip()):
        return True
    rows = [row for row in head.splitlines() if row.strip()]
    return sum(1 for row in rows if _TAG.search(row)) >= _MIN_TAGGED_LINES * len(rows)


def prepare_input(
    source: object, *, input_format: str, fallback_encoding: str
) -> tuple[str, Literal["text", "html"]]:
    """Check and decode the source; return the text and whether it is text or HTML.

    Raises:
        InputTypeError: *source* is neither ``str`` nor ``bytes``.
        InvalidOptionError: *input_format* is not one of ``auto``, ``text``, ``html``.
        EmptyDocumentError: the source holds no visible character.
    """
    if input_format not in _FORMATS:
        msg = f"input_format must be one of {', '.join(map(repr, _FORMATS))}, got {input_format!r}"
        raise InvalidOptionError(msg)
    if isinstance(source, bytes | bytearray | memoryview):
        text, _encoding = decode_bytes(bytes(source), fallback=fallback_encoding)
    elif isinstance(source, str):
        text = source
    else:
        msg = (
            f"parse_article() takes the page as str or bytes, not {type(source).__name__}; "
            "read files with open(path, 'rb').read() and pass the bytes"
        )
        raise InputTypeError(msg)
    if _VISIBLE.search(text) is None:
        msg = "the page is empty: it holds no visible character"
        raise EmptyDocumentError(msg)
    if input_format == "auto":
        return text, "html" if looks_like_html(html_after_header(text)[1]) else "text"
    return text, "html" if input_format == "html" else "text"
