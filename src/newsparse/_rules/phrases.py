"""Phrase evidence shared by the rules: which footer kind or boilerplate a short line announces."""

from __future__ import annotations

import regex

from newsparse._model import NavKind
from newsparse._page import Page

__all__ = ["REPEATED", "NavHit", "boilerplate_rule", "nav_hit"]

_MAX_NAV_WORDS = 12
_MAX_NAV_LENGTH = 160
_MAX_LABELLED_LENGTH = 400  # "Article suivant <title>" or a comment notice with its tail
_MIN_TARGET_CHARS = 8

NavHit = tuple[NavKind, bool, str | None]
"""(kind, whole line is phrases, the text after the phrase)."""


def nav_hit(page: Page, index: int) -> NavHit | None:
    """The footer kind a line announces, if any.

    A line announces a kind when it is made of that kind's phrases only ("Share",
    "Facebook Twitter"), or when it is short and opens with one ("Article suivant <title>").
    """
    features = page.features[index]
    if features.length > _MAX_LABELLED_LENGTH:
        return None
    text = page.blocks[index].text
    best: tuple[int, NavKind, bool, str | None] | None = None
    for kind, phrases in page.lexicon.nav:
        if not phrases:
            continue
        if features.words <= _MAX_NAV_WORDS and phrases.whole(text):
            return kind, True, None
        match = phrases.starts(text)
        if match is None:
            continue
        rest = text[match.end() :].strip(" :–—-|»>→·•")
        short = features.words <= _MAX_NAV_WORDS and features.length <= _MAX_NAV_LENGTH
        titled = kind in (NavKind.PREVIOUS, NavKind.NEXT) and len(rest) >= _MIN_TARGET_CHARS
        notice = kind is NavKind.COMMENTS and match.end() >= 20
        if not (short or titled or notice):
            continue
        size = match.end()
        if best is None or size > best[0]:
            best = (size, kind, False, rest or None)
    if best is None:
        return None
    return best[1], best[2], best[3]


_COPYRIGHT_START = regex.compile(r"\A\s*(?:©|\(c\)|copyright\b)", regex.IGNORECASE)
_MAX_BOILERPLATE_WORDS = 10
REPEATED = 3  # a short line seen this often on a page is chrome ("Article content", "Advertisement")


def boilerplate_rule(page: Page, index: int) -> str | None:
    """The name of the boilerplate evidence a line carries (menu, cookie, copyright), if any."""
    text = page.blocks[index].text
    features = page.features[index]
    lexicon = page.lexicon
    if _COPYRIGHT_START.match(text) or (features.words <= 20 and lexicon.copyright.search(text)):
        return "boilerplate.copyright"
    if features.words <= _MAX_BOILERPLATE_WORDS and lexicon.menu.whole(text):
        return "boilerplate.menu"
    if lexicon.cookies.search(text) and (features.words <= 60 or lexicon.cookies.count(text) >= 2):
        return "boilerplate.cookies"
    if features.url_like:
        return "boilerplate.url"
    if page.repeats[index] >= REPEATED:
        return "boilerplate.repeated"
    return None
