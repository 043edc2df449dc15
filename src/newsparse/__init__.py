"""newsparse: turn a news page (plain text or HTML) into a typed, structured article.

>>> import newsparse
>>> text = "A first paragraph that is long enough to read as running text, with a full stop."
>>> article = newsparse.parse_article("Hello | Site\\n\\n" + text + "\\n")
>>> article.title
'Hello'

The public names are listed in ``__all__``; every other module is private.
"""

from __future__ import annotations

import logging
from importlib.metadata import PackageNotFoundError, version

from newsparse._api import parse_article
from newsparse._errors import (
    EmptyDocumentError,
    InputTypeError,
    InvalidLanguageError,
    InvalidOptionError,
    NewsparseError,
)
from newsparse._lang import detect_language
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
    to_json,
)
from newsparse._options import DEFAULT, ParseOptions

try:
    __version__ = version("newsparse")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

logging.getLogger("newsparse").addHandler(logging.NullHandler())

__all__ = [
    "DEFAULT",
    "Article",
    "Byline",
    "EmptyDocumentError",
    "InputTypeError",
    "InvalidLanguageError",
    "InvalidOptionError",
    "Language",
    "NavItem",
    "NavKind",
    "NewsparseError",
    "Paragraph",
    "ParseOptions",
    "PullQuote",
    "Segment",
    "SegmentKind",
    "__version__",
    "detect_language",
    "parse_article",
    "to_json",
]
