"""The public data model: frozen, slotted attrs classes that make up an Article.

Every class is immutable and hashable; collections are tuples. ``None`` means "not found"
and is never replaced by an empty string.
"""

from __future__ import annotations

import enum
import json
from typing import Any

import attrs

from newsparse._errors import InvalidLanguageError, InvalidOptionError

__all__ = [
    "Article",
    "Byline",
    "Language",
    "NavItem",
    "NavKind",
    "Paragraph",
    "PullQuote",
    "Segment",
    "SegmentKind",
    "to_json",
]

UNDETERMINED = "und"


def is_language_code(code: object) -> bool:
    """Tell whether *code* is an ISO 639-1 code (two ASCII lower-case letters) or ``"und"``."""
    return isinstance(code, str) and (
        code == UNDETERMINED
        or (len(code) == 2 and code.isascii() and code.isalpha() and code.islower())
    )


def _check_code(_instance: object, _attribute: object, value: str) -> None:
    if not is_language_code(value):
        msg = f"not an ISO 639-1 language code or 'und': {value!r}"
        raise InvalidLanguageError(msg)


def _check_unit(_instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not 0.0 <= value <= 1.0:
        msg = f"{attribute.name} must lie in [0, 1], got {value!r}"
        raise InvalidOptionError(msg)


class SegmentKind(enum.StrEnum):
    """What a stretch of the page is.

    .. versionadded:: 0.1.0
    """

    TITLE = "title"
    BYLINE = "byline"
    BODY = "body"
    PULL_QUOTE = "pull_quote"
    CAPTION = "caption"
    FOOTER = "footer"
    BOILERPLATE = "boilerplate"


class NavKind(enum.StrEnum):
    """The kind of a footer navigation item.

    .. versionadded:: 0.1.0
    """

    SHARE = "share"
    PREVIOUS = "previous"
    NEXT = "next"
    COMMENTS = "comments"
    RELATED = "related"
    MORE = "more"
    TAGS = "tags"
    SUBSCRIBE = "subscribe"
    OTHER = "other"


@attrs.frozen(kw_only=True)
class Language:
    """The language of a text, as an ISO 639-1 code with a confidence.

    Attributes:
        code: ISO 639-1 code such as ``"fr"`` or ``"zh"``, or ``"und"`` when undetermined.
        confidence: How sure the detector is, from 0 to 1 (0 for ``"und"``).
        alternatives: Other candidate languages as ``(code, confidence)`` pairs, best first.

    >>> from newsparse import Language
    >>> Language(code="fr", confidence=0.99)
    Language(code='fr', confidence=0.99, alternatives=())

    .. versionadded:: 0.1.0
    """

    code: str = attrs.field(validator=_check_code)
    confidence: float = attrs.field(default=0.0, converter=float, validator=_check_unit)
    alternatives: tuple[tuple[str, float], ...] = attrs.field(default=(), converter=tuple)

    @classmethod
    def undetermined(cls) -> Language:
        """Return the ``"und"`` language: no language could be told."""
        return cls(code=UNDETERMINED, confidence=0.0)

    @property
    def is_determined(self) -> bool:
        """Whether a language was found (the code is not ``"und"``)."""
        return self.code != UNDETERMINED


@attrs.frozen(kw_only=True)
class Segment:
    """A labelled stretch of the source text.

    ``article.source_text[segment.start:segment.end] == segment.text`` always holds. The
    segments of an article are ordered, never overlap, and together hold every
    non-whitespace character of the source text.

    Attributes:
        kind: What the stretch is.
        text: The stretch itself, exactly as in the source text.
        start: Offset of its first character in ``Article.source_text``.
        end: Offset one past its last character.
        rule: The name of the rule or evidence that gave the label, for debugging.

    .. versionadded:: 0.1.0
    """

    kind: SegmentKind
    text: str
    start: int = attrs.field(validator=attrs.validators.ge(0))
    end: int = attrs.field()
    rule: str = ""

    @end.validator
    def _check_end(self, _attribute: object, value: int) -> None:
        if value < self.start:
            msg = f"segment end {value} lies before its start {self.start}"
            raise InvalidOptionError(msg)


@attrs.frozen(kw_only=True)
class Byline:
    """The line naming the article's authors and, often, its date.

    Attributes:
        text: The line as written on the page.
        authors: The names it gives, one per author; empty for a line that only dates
            an article whose page names no author ("Published 3 May 2024").
        published: The date it states, in ISO 8601 (``YYYY-MM-DD``, with the time when
            stated), or ``None``.

    .. versionadded:: 0.1.0
    """

    text: str
    authors: tuple[str, ...] = ()
    published: str | None = None


@attrs.frozen(kw_only=True)
class Paragraph:
    """A paragraph of the article body.

    Attributes:
        text: The paragraph, as in the source text (inner line breaks kept).
        language: Its own language when it clearly differs from the page's, else ``None``.

    .. versionadded:: 0.1.0
    """

    text: str
    language: Language | None = None


@attrs.frozen(kw_only=True)
class PullQuote:
    """A call-out that repeats or paraphrases a passage of the article.

    .. versionadded:: 0.1.0
    """

    text: str


@attrs.frozen(kw_only=True)
class NavItem:
    """One item of the navigation after the article: a share prompt, a link to the next article...

    A line holding several items ("Previous article: <title> | Next article: <title>")
    gives one item for each, all with that line as their ``text``.

    Attributes:
        kind: What the item is for.
        text: The line as written on the page.
        target: The title or URL of the linked article (for previous, next and related
            items) when the page shows it, else ``None``.

    .. versionadded:: 0.1.0
    """

    kind: NavKind
    text: str
    target: str | None = None


def _jsonable(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    return value


@attrs.frozen(kw_only=True)
class Article:
    """A news page split into its parts.

    Attributes:
        title: The article's headline, without the site name, or ``None``.
        site_name: The name of the site or publication, or ``None``.
        byline: The authors and date line, or ``None``.
        published: The article's publication date in ISO 8601 (``YYYY-MM-DD``, with the
            time when the page states it), or ``None``: the byline's date (when the byline
            prints none and took one from a line near it, a date line near the headline
            first), else a date line near the headline, else a date in the browser's title
            line, else a date in the page's address (``url``, or a WARC record's target),
            else the dateline opening one of the article's first two paragraphs
            ("PARIS, 3 May 2024 – ..."), else the first line inside the article that is
            only a date, else the date line under a line that prints the headline again
            (the article's entry in a list of stories), else a labelled date a few lines
            under the article ("Published on 3 May 2024").
        published_rule: Where ``published`` was read: ``"published.byline"``,
            ``"published.date-line"``, ``"published.title-line"``, ``"published.url"``,
            ``"published.dateline"``, ``"published.region-stamp"``,
            ``"published.headline-repeat"`` or ``"published.after-article"``; ``None`` when
            there is no date.
        body: The article's paragraphs in reading order.
        pull_quotes: Call-outs that repeat the article's own text.
        captions: Image captions and credits.
        footer: Navigation after the article (share prompts, next article, comments...).
        language: The page's language.
        segments: Every labelled stretch of ``source_text``, in order.
        source_text: The text the offsets of ``segments`` refer to: the input itself for
            text input, the decoded text for bytes.

    .. versionadded:: 0.1.0
    """

    title: str | None
    site_name: str | None
    byline: Byline | None
    published: str | None = None
    published_rule: str | None = None
    body: tuple[Paragraph, ...]
    pull_quotes: tuple[PullQuote, ...]
    captions: tuple[str, ...]
    footer: tuple[NavItem, ...]
    language: Language
    segments: tuple[Segment, ...]
    source_text: str

    @property
    def text(self) -> str:
        """The body paragraphs joined by a blank line (``""`` when there is no body)."""
        return "\n\n".join(p.text for p in self.body)

    def to_dict(self, *, include_source: bool = False) -> dict[str, Any]:
        """Return the article as JSON-ready data (dicts, lists, strings, numbers, ``None``).

        Args:
            include_source: Also include ``source_text`` (it can be large).

        .. versionadded:: 0.1.0
        """
        data: dict[str, Any] = _jsonable(attrs.asdict(self))
        if not include_source:
            del data["source_text"]
        data["text"] = self.text
        return data


def to_json(article: Article, *, indent: int | None = 2, include_source: bool = False) -> str:
    """Serialise an article to a JSON string (UTF-8 characters kept, not escaped).

    .. versionadded:: 0.1.0
    """
    return json.dumps(
        article.to_dict(include_source=include_source), ensure_ascii=False, indent=indent
    )
