"""Title rule: the headline and the site name, from the first line and a repeated heading."""

from __future__ import annotations

import regex

from newsparse._features import normalise_for_match
from newsparse._model import SegmentKind
from newsparse._page import Page

__all__ = ["find_title"]

# Separators between a headline and a site name: " | ", " - ", " – ", " — ", " · ", " » ",
# " :: ", " / ", and a colon only when a heading on the page confirms the split.
_SEPARATOR = regex.compile(r"\s+(?:\||-|–|—|·|»|::|/|•|~)\s+|\s*[｜丨]\s*")
_WEAK_SEPARATOR = regex.compile(r"\s*:\s+")
_MAX_SITE_WORDS = 6
_MAX_SITE_CHARS = 50
_MAX_TITLE_CHARS = 300
_HEADING_WINDOW = 80  # blocks after the first in which the on-page headline is looked for


def _parts(text: str) -> list[str]:
    return [p.strip() for p in _SEPARATOR.split(text) if p.strip()]


def _site_like(part: str) -> bool:
    return len(part) <= _MAX_SITE_CHARS and len(part.split()) <= _MAX_SITE_WORDS


def split_title(text: str) -> tuple[str, str | None]:
    """Split a ``<title>``-like line into (headline, site name) without other evidence.

    >>> split_title("Cette semaine dans l’IA | TechCrunch")
    ('Cette semaine dans l’IA', 'TechCrunch')
    >>> split_title("BMJV | Transparenz bei Preisanpassungen")
    ('Transparenz bei Preisanpassungen', 'BMJV')
    >>> split_title("Meuleuses : prévenir l’effet rebond – Actualité – INRS")
    ('Meuleuses : prévenir l’effet rebond', 'INRS')
    """
    parts = _parts(text)
    if len(parts) < 2:
        return text.strip(), None
    # The headline is the longest part; the site name stands at the far end from it.
    longest = max(range(len(parts)), key=lambda i: len(parts[i]))
    headline = parts[longest]
    site = parts[-1] if longest < len(parts) - 1 else parts[0]
    if not _site_like(site):
        return text.strip(), None
    # Parts between the headline and the site name are sections: dropped.
    return headline, site


def _heading_candidates(page: Page, first: int) -> list[int]:
    limit = min(len(page.blocks), first + _HEADING_WINDOW)
    return [
        i
        for i in range(first + 1, limit)
        if 0 < page.features[i].length <= _MAX_TITLE_CHARS * 2 and page.free(i)
    ]


def find_title(page: Page) -> None:
    """Find the headline and site name; label the title line(s)."""
    if not page.blocks:
        return
    first = 0
    line = page.blocks[first].text
    features = page.features[first]
    if features.length > _MAX_TITLE_CHARS * 2 or (features.sentences >= 3 and features.length > 250):
        return  # the page starts with running text: no title line
    whole = normalise_for_match(line)
    parts = _parts(line) or [line]
    weak = [p.strip() for p in _WEAK_SEPARATOR.split(line) if p.strip()]
    options = {normalise_for_match(p): p for p in [*parts, *weak] if len(p) >= 3}
    # Look for the on-page headline: a later line equal to the title or to one of its parts.
    best: tuple[int, int] | None = None  # (score, index)
    for i in _heading_candidates(page, first):
        norm = normalise_for_match(page.blocks[i].text)
        if not norm:
            continue
        if norm == whole:
            score = 3
        elif norm in options and len(norm) >= 12:
            score = 2 if len(norm) >= len(max(options, key=len)) else 1
        elif len(norm) >= 20 and (whole.startswith(norm) or whole.endswith(norm)):
            score = 1
        else:
            continue
        if best is None or score > best[0]:
            best = (score, i)
    headline, site = split_title(line)
    indices = [first]
    if best is not None:
        heading_index = best[1]
        heading = page.blocks[heading_index].text
        indices.append(heading_index)
        if normalise_for_match(heading) != whole:
            headline = heading
            rest = line.replace(heading, "", 1).strip(" |-–—·»:/•~｜丨_")
            rest_parts = _parts(rest) or ([rest] if rest else [])
            site = rest_parts[-1] if rest_parts and _site_like(rest_parts[-1]) else site
        elif site is None:
            headline = heading
    page.title = headline or None
    page.site_name = site
    page.title_blocks = tuple(indices)
    for i in indices:
        page.set(i, SegmentKind.TITLE, "title.first-line" if i == first else "title.repeated-heading")
