"""The exception hierarchy: every error newsparse raises on purpose derives from NewsparseError."""

from __future__ import annotations

__all__ = [
    "EmptyDocumentError",
    "InputTypeError",
    "InvalidLanguageError",
    "InvalidOptionError",
    "NewsparseError",
]


class NewsparseError(Exception):
    """Base class of every error newsparse raises on purpose.

    Catch this to handle any refusal of newsparse at once. Each concrete subclass also
    derives from the builtin exception that fits it, so ``except ValueError`` keeps working.

    .. versionadded:: 0.1.0
    """


class EmptyDocumentError(NewsparseError, ValueError):
    """The input holds no text at all (empty, or only whitespace and invisible characters).

    .. versionadded:: 0.1.0
    """


class InputTypeError(NewsparseError, TypeError):
    """The input is not ``str`` or ``bytes``, or an argument has the wrong type.

    .. versionadded:: 0.1.0
    """


class InvalidOptionError(NewsparseError, ValueError):
    """An option or argument has a value outside what it accepts.

    .. versionadded:: 0.1.0
    """


class InvalidLanguageError(InvalidOptionError):
    """A language code is not a well-formed ISO 639-1 code (two lower-case letters) or ``"und"``.

    .. versionadded:: 0.1.0
    """
