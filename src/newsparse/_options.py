"""ParseOptions: the one frozen, validated object that holds every behaviour switch."""

from __future__ import annotations

import codecs

import attrs

from newsparse._errors import InputTypeError, InvalidLanguageError, InvalidOptionError
from newsparse._model import is_language_code

__all__ = ["DEFAULT", "ParseOptions"]


def _check_encoding(_instance: object, _attribute: object, value: str) -> None:
    if not isinstance(value, str):
        msg = f"fallback_encoding must be a str, not {type(value).__name__}"
        raise InputTypeError(msg)
    try:
        info = codecs.lookup(value)
    except (LookupError, ValueError):  # ValueError: a NUL or a lone surrogate in the name
        info = None
    if info is None or not getattr(info, "_is_text_encoding", True):
        msg = f"fallback_encoding must name a text encoding, got {value!r}"
        raise InvalidOptionError(msg)


def _to_codes(value: object) -> tuple[str, ...]:
    try:
        return tuple(value)  # type: ignore[arg-type]
    except TypeError:
        msg = f"extra_lexicons must be a sequence of language codes, not {type(value).__name__}"
        raise InputTypeError(msg) from None


def _check_languages(_instance: object, _attribute: object, value: tuple[str, ...]) -> None:
    for code in value:
        if not is_language_code(code) or code == "und":
            msg = f"extra_lexicons takes ISO 639-1 codes, got {code!r}"
            raise InvalidLanguageError(msg)


def _check_fraction(_instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not isinstance(value, int | float) or not 0.0 < value <= 1.0:
        msg = f"{attribute.name} must lie in (0, 1], got {value!r}"
        raise InvalidOptionError(msg)


def _check_positive(_instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        msg = f"{attribute.name} must be a positive whole number, got {value!r}"
        raise InvalidOptionError(msg)


def _check_bool(_instance: object, attribute: attrs.Attribute[bool], value: bool) -> None:
    if not isinstance(value, bool):
        msg = f"{attribute.name} must be True or False, not {type(value).__name__}"
        raise InputTypeError(msg)


@attrs.frozen(kw_only=True)
class ParseOptions:
    """How :func:`newsparse.parse_article` behaves. Facts about the input (its URL, its
    language, its format) are keyword arguments of the call instead.

    Make variants with :func:`attrs.evolve`:

    >>> import attrs, newsparse
    >>> strict = attrs.evolve(newsparse.DEFAULT, pull_quote_similarity=0.8)
    >>> strict.pull_quote_similarity
    0.8
    >>> newsparse.ParseOptions(pull_quote_similarity=2.0)
    Traceback (most recent call last):
    ...
    newsparse.InvalidOptionError: pull_quote_similarity must lie in (0, 1], got 2.0

    Attributes:
        fallback_encoding: Encoding used for ``bytes`` that are neither marked (BOM, declared
            charset) nor valid UTF-8. Undecodable bytes are replaced, never dropped silently.
        extra_lexicons: Languages whose phrase lists are used on every page besides the
            page's own language. English by default, because share buttons, credits and
            "related" boxes are often left in English on pages in other languages.
        pull_quote_similarity: The share of a call-out's character shingles that must occur
            in the article's other text for it to count as a pull-quote.
        paragraph_languages: Detect the language of body paragraphs that look different
            from the page's and set :attr:`Paragraph.language`.
        min_paragraph_chars: The length from which a line counts as a full prose paragraph
            when looking for where the article is.

    .. versionadded:: 0.1.0
    """

    fallback_encoding: str = attrs.field(default="cp1252", validator=_check_encoding)
    extra_lexicons: tuple[str, ...] = attrs.field(
        default=("en",), converter=_to_codes, validator=_check_languages
    )
    pull_quote_similarity: float = attrs.field(default=0.6, validator=_check_fraction)
    paragraph_languages: bool = attrs.field(default=True, validator=_check_bool)
    min_paragraph_chars: int = attrs.field(default=80, validator=_check_positive)


DEFAULT = ParseOptions()
"""The default options."""
