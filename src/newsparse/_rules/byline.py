"""Byline rule: the line naming the authors (and often the date) near the top of the article."""

from __future__ import annotations

import regex

from newsparse._dates import find_date
from newsparse._lexicon import Lexicon
from newsparse._model import Byline, SegmentKind
from newsparse._page import Page

__all__ = ["find_byline", "split_authors"]

_MAX_BYLINE_LENGTH = 200
_MAX_BYLINE_WORDS = 30
_WINDOW_AFTER_START = 4  # blocks into the article region where a byline may still stand
_MAX_NAME_WORDS = 5
_MAX_NAME_CHARS = 60
_CUT = regex.compile(r"\s+[|•·—–]\s+|\s+-\s+|\s*\|\s*|\(|\)|\s{3,}|\n")
_DATE_LIKE = regex.compile(
    r"\d{1,4}[./-]\d{1,2}|\d{1,2}:\d{2}|\b(?:19|20)\d{2}\b|\d{4}\s*[年년]"
)
_UPPER_START = regex.compile(r"\A\p{Lu}")
_CASED = regex.compile(r"[\p{Lu}\p{Ll}]")
_NAME_TOKEN = regex.compile(r"\A[\p{L}\p{M}.'’\-]+\Z")


def _looks_like_name(name: str) -> bool:
    words = name.split()
    if not words or len(words) > _MAX_NAME_WORDS or len(name) > _MAX_NAME_CHARS:
        return False
    if any(ch.isdigit() for ch in name) or "@" in name:
        return False
    if not all(_NAME_TOKEN.match(w) for w in words):
        return False
    if _CASED.search(name):
        # Cased scripts: a name starts with a capital; most of its words do too.
        capitals = sum(1 for w in words if _UPPER_START.match(w))
        return bool(_UPPER_START.match(words[0])) and capitals * 2 >= len(words)
    return True


def split_authors(text: str, lexicon: Lexicon) -> tuple[str, ...]:
    """Split the author part of a byline into names.

    >>> from newsparse._lexicon import lexicon_for
    >>> split_authors("Anna Fink, Jan Marchart und Birgit Baumann", lexicon_for(("de",)))
    ('Anna Fink', 'Jan Marchart', 'Birgit Baumann')
    """
    head = _CUT.split(text, maxsplit=1)[0]
    date = _DATE_LIKE.search(head)
    if date is not None:
        head = head[: date.start()]
    joiners = [j for j in lexicon.author_joiners if j.strip()]
    words = [regex.escape(j) for j in joiners if j[0].isalpha()]
    marks = [regex.escape(j) for j in joiners if not j[0].isalpha()]
    parts_pattern = "|".join(
        [*(rf"\s+{w}\s+" for w in words), *(rf"\s*{m}\s*" for m in marks)]
    ) or r"\s*,\s*"
    names: list[str] = []
    for raw in regex.split(parts_pattern, head, flags=regex.IGNORECASE):
        name = raw.strip(" ,.;:·-–—")
        role = lexicon.byline_roles.starts(name)
        if role is not None and role.end() >= len(name) - 1:
            continue
        if _looks_like_name(name):
            names.append(name)
    return tuple(dict.fromkeys(names))


def _byline_candidate(page: Page, index: int) -> tuple[tuple[str, ...], str | None] | None:
    features = page.features[index]
    if features.length > _MAX_BYLINE_LENGTH or features.words > _MAX_BYLINE_WORDS:
        return None
    text = page.blocks[index].text
    lexicon = page.lexicon
    match = lexicon.byline_prefixes.starts(text)
    if match is None:
        match = lexicon.byline_prefixes.search(text)
        if match is None or find_date(text[: match.start()], lexicon) is None:
            return None
    rest = text[match.end() :].lstrip(" :")
    authors = split_authors(rest, lexicon)
    if not authors:
        return None
    return authors, find_date(text, lexicon)


def find_byline(page: Page) -> Byline | None:
    """Find the byline between the title and the first lines of the article; label it."""
    first = max(page.title_blocks, default=-1) + 1
    last = min(len(page.blocks), page.body_start + _WINDOW_AFTER_START)
    for i in range(first, last):
        if not page.free(i):
            continue
        found = _byline_candidate(page, i)
        if found is None:
            continue
        authors, published = found
        lines = [i]
        # A date on the line just before or after belongs to the byline.
        if published is None:
            for j in (i + 1, i - 1):
                if first <= j < len(page.blocks) and page.free(j) and page.features[j].words <= 8:
                    date = find_date(page.blocks[j].text, page.lexicon)
                    if date is not None:
                        published = date
                        lines.append(j)
                        break
        for j in sorted(lines):
            page.set(j, SegmentKind.BYLINE, "byline.prefix")
        text = "\n".join(page.blocks[j].text for j in sorted(lines))
        return Byline(text=text, authors=authors, published=published)
    return None
