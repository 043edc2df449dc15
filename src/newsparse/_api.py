"""parse_article(): wires the stages together (input → blocks → language → labels → Article).

This module holds no heuristics of its own; each stage lives in its own module.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Literal

from newsparse._assemble import assemble
from newsparse._blocks import Block, text_blocks
from newsparse._errors import EmptyDocumentError, InputTypeError, InvalidLanguageError
from newsparse._html import render_html
from newsparse._input import prepare_input
from newsparse._labels import label_blocks
from newsparse._lang import detect_language, is_markup, paragraph_languages
from newsparse._lexicon import lexicon_for
from newsparse._model import Article, Language, is_language_code
from newsparse._options import DEFAULT, ParseOptions
from newsparse._record import html_after_header, split_header, target_uri

__all__ = ["parse_article"]

_log = logging.getLogger("newsparse")

_LANGUAGE_SAMPLE_MIN = 200  # characters of prose below which the whole page is used


def _language_text(blocks: Sequence[Block], options: ParseOptions) -> str:
    """The text the page's language is told from: its prose lines, or all of it if too few.

    Lines that read as markup or code are no prose, however long.
    """
    prose = [
        b.text
        for b in blocks
        if len(b.text) >= options.min_paragraph_chars and not is_markup(b.text)
    ]
    text = "\n".join(prose)
    if len(text) < _LANGUAGE_SAMPLE_MIN:
        text = "\n".join(b.text for b in blocks)
    return text


def parse_article(
    source: str | bytes,
    /,
    *,
    url: str | None = None,
    language: str | None = None,
    input_format: Literal["auto", "text", "html"] = "auto",
    options: ParseOptions | None = None,
) -> Article:
    """Split a news page into title, byline, body, pull-quotes, captions and footer.

    Args:
        source: The page: its plain text (a crawler's text dump, a copy of the browser
            window) or its HTML, as ``str`` or as ``bytes`` (decoded from a byte-order
            mark, a declared charset, UTF-8, then ``options.fallback_encoding``).
        url: The page's address, if known (never fetched): a date in its path dates an
            article whose text gives none. A WARC record's ``WARC-Target-URI`` serves when
            *url* is ``None``.
        language: The page's language as an ISO 639-1 code, when known: skips detection.
        input_format: ``"text"``, ``"html"``, or ``"auto"`` to tell them apart: a page is
            HTML when it opens with a doctype or ``<html>``, or when common tags stand on
            many of its lines; plain text quoting a few tags stays text.
        options: Behaviour switches; :data:`newsparse.DEFAULT` when ``None``.

    Returns:
        The :class:`Article`. Its ``segments`` cover every non-whitespace character of
        ``source_text`` exactly once.

    Raises:
        EmptyDocumentError: The page holds no visible text.
        InputTypeError: *source* is not ``str`` or ``bytes`` (also a ``TypeError``).
        InvalidLanguageError: *language* is not an ISO 639-1 code.
        InvalidOptionError: *input_format* or *options* is not valid.

    >>> import newsparse
    >>> page = '''Rain in Paris | Le Journal
    ...
    ... By Marie Curie
    ...
    ... Heavy rain fell over Paris on Monday, flooding streets near the river and closing
    ... two metro lines for the day.
    ...
    ... Share this article
    ... '''
    >>> article = newsparse.parse_article(page)
    >>> article.title, article.site_name
    ('Rain in Paris', 'Le Journal')
    >>> article.byline.authors
    ('Marie Curie',)
    >>> [item.kind.value for item in article.footer]
    ['share']

    .. versionadded:: 0.1.0
    """
    if options is None:
        options = DEFAULT
    elif not isinstance(options, ParseOptions):
        msg = f"options must be a ParseOptions, not {type(options).__name__}"
        raise InputTypeError(msg)
    if url is not None and not isinstance(url, str):
        msg = f"url must be a str or None, not {type(url).__name__}"
        raise InputTypeError(msg)
    if language is not None and (not is_language_code(language) or language == "und"):
        msg = f"language must be an ISO 639-1 code such as 'en' or 'zh', got {language!r}"
        raise InvalidLanguageError(msg)
    text, kind = prepare_input(
        source, input_format=input_format, fallback_encoding=options.fallback_encoding
    )
    if kind == "html":
        header_text, html = html_after_header(text)
        text = header_text + render_html(html)
    header, blocks = split_header(text, text_blocks(text))
    if not blocks:
        msg = "the page holds no text" + (" once its markup is removed" if kind == "html" else "")
        if header:
            msg += " after its record header"
        raise EmptyDocumentError(msg)
    _log.debug("parse_article: %d blocks from %s input (url=%s)", len(blocks), kind, url)
    page_language = (
        Language(code=language, confidence=1.0)
        if language is not None
        else detect_language(_language_text(blocks, options))
    )
    lexicon = lexicon_for((page_language.code, *options.extra_lexicons))
    address = url if url is not None else target_uri(header)
    page, byline, published = label_blocks(blocks, lexicon, options, url=address)

    def languages(paragraphs: Sequence[str]) -> Sequence[Language | None]:
        return paragraph_languages(paragraphs, page_language)

    return assemble(
        page,
        source_text=text,
        header=header,
        byline=byline,
        language=page_language,
        paragraph_languages=languages if options.paragraph_languages else None,
        published=published,
    )
