"""The systems under test: newsparse in both modes, the peer extractors and two baselines.

Each system reads one input of a page (its plain-text rendering or its HTML) and returns
an :class:`Extraction`. Peers are imported only when their system is loaded, so a missing
peer is skipped with a note instead of failing the run; newsparse itself never imports them.
"""

from __future__ import annotations

import importlib.metadata
import logging
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import regex

from benchmarks.corpora import Page

__all__ = [
    "ALL_SYSTEMS",
    "DEFAULT_SYSTEMS",
    "Extraction",
    "System",
    "load_system",
    "system_version",
]

# Fields an extraction may give; a system scores only the fields it lists.
BODY, TITLE, BYLINE, LANGUAGE, SEGMENTS = "body", "title", "byline", "language", "segments"
DATE = "date"  # the publication date


@dataclass(frozen=True, slots=True)
class Extraction:
    """What a system found on one page (``None`` = the system gave nothing for that field)."""

    body: str = ""
    title: str | None = None
    byline_text: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None  # ISO 8601, a date or a date and time
    language: str | None = None
    pull_quotes: tuple[str, ...] = ()
    footer: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class System:
    """A loaded system: its name, the input it reads, what it gives, and the call itself."""

    name: str
    input: str  # "text" (pages/<id>.txt as str), "html" (bytes) or "html-str" (decoded str)
    fields: frozenset[str]
    run: Callable[[Any, Page], Extraction]
    package: str | None = None
    note: str = field(default="")

    def prepare(self, page: Page) -> Any:
        """The input this system reads for *page* (read before any timing starts)."""
        if self.input == "text":
            return page.text()
        if self.input == "html":
            return page.html_bytes()
        return page.html_str()


# --- newsparse -----------------------------------------------------------------------------


def _newsparse(input_format: Literal["text", "html"]) -> Callable[[Any, Page], Extraction]:
    import newsparse  # noqa: PLC0415 (peers load only when asked for)

    def run(source: Any, page: Page) -> Extraction:
        try:
            article = newsparse.parse_article(source, url=page.url, input_format=input_format)
        except newsparse.EmptyDocumentError:
            return Extraction()
        byline = article.byline
        return Extraction(
            body=article.text,
            title=article.title,
            byline_text=byline.text if byline else None,
            authors=byline.authors if byline else (),
            published=article.published,
            language=article.language.code if article.language.is_determined else None,
            pull_quotes=tuple(q.text for q in article.pull_quotes),
            footer=tuple((item.kind.value, item.text) for item in article.footer),
        )

    return run


# --- baselines -----------------------------------------------------------------------------

_SENTENCE_END = regex.compile(r"[.!?\"'”’»。！？…]\s*$")


def _whole_text() -> Callable[[Any, Page], Extraction]:
    def run(source: str, page: Page) -> Extraction:
        del page
        first = next((line.strip() for line in source.splitlines() if line.strip()), None)
        return Extraction(body=source, title=first)

    return run


def c4_keep(line: str) -> bool:
    """The C4 line rule: the line ends in sentence punctuation and has five or more words
    (words split on white space, as C4 does).
    """
    return bool(_SENTENCE_END.search(line)) and len(line.split()) >= 5


def _c4_lines() -> Callable[[Any, Page], Extraction]:
    def run(source: str, page: Page) -> Extraction:
        del page
        return Extraction(body="\n".join(ln for ln in source.splitlines() if c4_keep(ln)))

    return run


# --- peers ---------------------------------------------------------------------------------


def _trafilatura(with_metadata: bool) -> Callable[[Any, Page], Extraction]:
    import trafilatura  # noqa: PLC0415 (peers load only when asked for)

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    if not with_metadata:

        def run_body(source: str, page: Page) -> Extraction:
            return Extraction(body=trafilatura.extract(source, url=page.url) or "")

        return run_body

    def run(source: str, page: Page) -> Extraction:
        doc = trafilatura.bare_extraction(source, url=page.url, with_metadata=True)
        if doc is None:
            return Extraction()
        author = getattr(doc, "author", None)
        return Extraction(
            body=getattr(doc, "text", None) or "",
            title=getattr(doc, "title", None),
            byline_text=author,
            authors=tuple(a.strip() for a in (author or "").split(";") if a.strip()),
            published=getattr(doc, "date", None),
        )

    return run


_BLOCK_TAGS = frozenset(
    {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th",
     "table", "blockquote", "pre", "section", "article", "header", "footer", "figure",
     "figcaption", "dd", "dt", "dl"}
)  # fmt: skip


def _readability() -> Callable[[Any, Page], Extraction]:
    import lxml.html  # noqa: PLC0415 (peers load only when asked for)
    from readability import Document  # type: ignore[import-untyped]  # noqa: PLC0415 (peers load only when asked for)

    logging.getLogger("readability").setLevel(logging.CRITICAL)
    logging.getLogger("readability.readability").setLevel(logging.CRITICAL)

    def run(source: str, page: Page) -> Extraction:
        del page
        doc = Document(source)
        summary = doc.summary(html_partial=True)
        text = ""
        if summary and summary.strip():
            root = lxml.html.fromstring(summary)
            for el in root.iter():
                if isinstance(el.tag, str) and el.tag in _BLOCK_TAGS:
                    el.tail = "\n" + (el.tail or "")
            text = root.text_content()
        return Extraction(body=text, title=doc.short_title() or None)

    return run


def _newspaper() -> Callable[[Any, Page], Extraction]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import newspaper  # type: ignore[import-untyped]  # noqa: PLC0415 (peers load only when asked for)
    logging.getLogger("newspaper").setLevel(logging.CRITICAL)
    config = newspaper.Config()
    config.fetch_images = False

    def run(source: str, page: Page) -> Extraction:
        article = newspaper.Article(page.url or "https://example.invalid/article", config=config)
        article.download(input_html=source)
        article.parse()
        authors = tuple(article.authors or ())
        return Extraction(
            body=article.text or "",
            title=article.title or None,
            byline_text=", ".join(authors) or None,
            authors=authors,
            published=article.publish_date.isoformat() if article.publish_date else None,
            language=article.meta_lang or None,
        )

    return run


_JUSTEXT_LANGUAGES = {
    "ar": "Arabic", "bg": "Bulgarian", "bn": "Bengali", "ca": "Catalan", "cs": "Czech",
    "da": "Danish", "de": "German", "el": "Greek", "en": "English", "es": "Spanish",
    "et": "Estonian", "fa": "Persian", "fi": "Finnish", "fr": "French", "he": "Hebrew",
    "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian", "id": "Indonesian", "is": "Icelandic",
    "it": "Italian", "ko": "Korean", "lt": "Lithuanian", "lv": "Latvian", "nb": "Norwegian_Bokmal",
    "nl": "Dutch", "no": "Norwegian_Bokmal", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian",
    "ru": "Russian", "sk": "Slovak", "sl": "Slovenian", "sr": "Serbian", "sv": "Swedish",
    "sw": "Swahili", "tr": "Turkish", "uk": "Ukrainian", "vi": "Vietnamese",
}  # fmt: skip


def _justext() -> Callable[[Any, Page], Extraction]:
    import justext  # type: ignore[import-untyped]  # noqa: PLC0415 (peers load only when asked for)

    stoplists: dict[str, frozenset[str]] = {}

    def stoplist(lang: str | None) -> frozenset[str]:
        name = _JUSTEXT_LANGUAGES.get(lang or "", "English")
        if name not in stoplists:
            stoplists[name] = justext.get_stoplist(name)
        return stoplists[name]

    def run(source: str, page: Page) -> Extraction:
        paragraphs = justext.justext(source, stoplist(page.lang))
        return Extraction(body="\n\n".join(p.text for p in paragraphs if not p.is_boilerplate))

    return run


# --- the registry --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Spec:
    input: str
    fields: frozenset[str]
    factory: Callable[[], Callable[[Any, Page], Extraction]]
    package: str | None
    note: str


_ALL = frozenset({BODY, TITLE, BYLINE, DATE, LANGUAGE, SEGMENTS})
_SPECS: dict[str, _Spec] = {
    "newsparse-text": _Spec(
        "text", _ALL, lambda: _newsparse("text"), "newsparse", "parse_article on pages/<id>.txt"
    ),
    "newsparse-html": _Spec(
        "html", _ALL, lambda: _newsparse("html"), "newsparse", "parse_article on the HTML bytes"
    ),
    "trafilatura": _Spec(
        "html-str",
        frozenset({BODY, TITLE, BYLINE, DATE}),  # a language only with py3langid installed
        lambda: _trafilatura(with_metadata=True),
        "trafilatura",
        "bare_extraction(with_metadata=True), default settings",
    ),
    "trafilatura-body": _Spec(
        "html-str",
        frozenset({BODY}),
        lambda: _trafilatura(with_metadata=False),
        "trafilatura",
        "extract(), default settings: main text only, no metadata",
    ),
    "readability": _Spec(
        "html-str",
        frozenset({BODY, TITLE}),
        _readability,
        "readability-lxml",
        "Document.summary() rendered to text, short_title()",
    ),
    "newspaper4k": _Spec(
        "html-str",
        frozenset({BODY, TITLE, BYLINE, DATE, LANGUAGE}),
        _newspaper,
        "newspaper4k",
        "Article.download(input_html=...).parse(), no image fetching",
    ),
    "justext": _Spec(
        "html-str",
        frozenset({BODY}),
        _justext,
        "justext",
        "non-boilerplate paragraphs; stoplist of the corpus language (English when unknown)",
    ),
    "whole-text": _Spec(
        "text", frozenset({BODY, TITLE}), _whole_text, None, "baseline: the whole page text"
    ),
    "c4-lines": _Spec(
        "text",
        frozenset({BODY}),
        _c4_lines,
        None,
        "baseline: lines ending in sentence punctuation with >= 5 words",
    ),
}

ALL_SYSTEMS: tuple[str, ...] = tuple(_SPECS)
DEFAULT_SYSTEMS = ALL_SYSTEMS


def load_system(name: str) -> System:
    """Import and set up the system called *name*.

    Raises:
        KeyError: *name* is not a known system.
        ImportError: the system's package is not installed.
    """
    spec = _SPECS[name]
    return System(
        name=name,
        input=spec.input,
        fields=spec.fields,
        run=spec.factory(),
        package=spec.package,
        note=spec.note,
    )


def system_version(name: str) -> str | None:
    """The installed version of the package behind system *name* (``None`` for baselines)."""
    package = _SPECS[name].package
    if package is None:
        return None
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return None
