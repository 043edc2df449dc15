"""Phrase evidence shared by the rules: which footer kind or boilerplate a short line announces."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import regex

from newsparse._features import dense, weighted_length
from newsparse._model import NavKind
from newsparse._page import Page

__all__ = [
    "REPEATED",
    "SIGN_UP_WORDS",
    "NavHit",
    "boilerplate_rule",
    "call_kind",
    "closes_article",
    "line_items",
    "link_arrow",
    "nav_hit",
    "paywall_notice",
    "player_control",
    "sign_up_call",
]

_MAX_NAV_WORDS = 12
_MAX_NAV_LENGTH = 160
_MAX_LABELLED_LENGTH = 400  # "Article suivant <title>" or a comment notice with its tail
_MIN_TARGET_CHARS = 8
_MAX_TAIL_WORDS = (
    4  # a short heading ending in a phrase: "Site Newsletter", "Articles les plus lus"
)
_TITLED_KINDS = frozenset({NavKind.PREVIOUS, NavKind.NEXT, NavKind.RELATED, NavKind.MORE})
_EDGE_CHARS = " :–—-|»>→·•.…"
_MIN_TAIL_CHARS = 5
# Where one footer item ends and the next may start on a line that holds several: a bar, a
# dot or a slash, a dash between spaces, a tab or a wide gap. Runs of spaces are tried from
# their first character only.
_ITEM_SEPARATOR = regex.compile(r"(?:(?<!\s)\s+)?[|｜·•]\s*|(?<!\s)\s+[–—/-]\s+|(?<!\s)\s{3,}|\t+")
_MAX_ITEMS_LENGTH = 400  # a line of several items is short
# Buttons of these kinds make one item together, whatever their mix ("Facebook | Instagram",
# "Teilen/Drucken"): a row of icons is one thing on the page.
_ITEM_GROUP = dict.fromkeys((NavKind.SHARE, NavKind.SUBSCRIBE, NavKind.OTHER), NavKind.SHARE)
_TWIN_KINDS = frozenset({NavKind.PREVIOUS, NavKind.NEXT})
_SENTENCE_REST_WORDS = 3
_LABEL_COLONS = (":", "：")  # what ends a label set before its list ("Tags:")
_SENTENCE_ENDS = (".", "。", "?", "？")  # a full stop, or a question mark (a question heading)
_TAIL_KINDS = frozenset(NavKind) - {NavKind.SHARE, NavKind.OTHER}  # not "... on Facebook"
_WORD_START = regex.compile(r"(?<![\p{L}\p{N}'’])[\p{L}\p{N}]")

NavHit = tuple[NavKind, bool, str | None]
"""(kind, whole line is phrases, the text after the phrase)."""
LineItems = tuple[tuple[NavKind, str | None], ...]
"""The footer items of one line: (kind, target) each."""

_T = TypeVar("_T")


def _per_text(
    memo: dict[str, _T], page: Page, index: int, compute: Callable[[Page, int], _T]
) -> _T:
    """*compute* for block *index*, once per page for each distinct line text: the evidence
    depends on the text alone, and pages print the same line many times."""
    key = page.blocks[index].text
    if key not in memo:
        memo[key] = compute(page, index)
    return memo[key]


# A line that opens with a quotation mark, maybe after a dialogue dash: quoted speech.
# Guillemets are left out: "« Previous", "› Next" use them as arrows.
_QUOTED = regex.compile(r"\A[\s\-–—]*[\"„“”‚‘「『]")


def _quoted(text: str) -> bool:
    """Whether *text* opens as quoted speech (:data:`_QUOTED`)."""
    first = text[:1]
    if first.isascii() and first.isalnum():
        return False  # most lines open with a letter: the pattern need not be tried
    return _QUOTED.match(text) is not None


# A line of hashtags only, two at the least ("#climate #energy", "#climate#energy").
_HASHTAGS = regex.compile(r"(?:#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*[\s,]*){2,}")


def nav_hit(page: Page, index: int) -> NavHit | None:
    """The footer kind a line announces, if any.

    A line announces a kind when it is made of that kind's phrases only ("Share",
    "Facebook Twitter"), when it is short and opens with one ("Article suivant <title>",
    "More from <section>"), or when it is a heading of a few words that ends with one
    ("Site Newsletter").
    """
    return _per_text(page.nav_memo, page, index, _nav_hit)


def _nav_hit(page: Page, index: int) -> NavHit | None:
    features = page.features[index]
    if features.length > _MAX_LABELLED_LENGTH:
        return None
    text = page.visible[index]
    if text.startswith("#") and _HASHTAGS.fullmatch(text) is not None:
        return NavKind.TAGS, True, None  # "#climate #energy": the page's tags
    if _quoted(text) or page.lexicon.nav_any.starts(text) is None:
        # No phrase of any kind opens the line (a line of dialogue, "– „Ok.“", quotes what
        # someone said, no button): only a short heading ending in one is left.
        return _tail_hit(page, text) if features.words <= _MAX_TAIL_WORDS else None
    best: tuple[int, NavKind, bool, str | None] | None = None
    for kind, phrases in page.lexicon.nav:
        match = phrases.starts(text)
        if match is None:
            continue  # nor is the line made of this kind's phrases
        if features.words <= _MAX_NAV_WORDS and phrases.whole(text):
            return kind, True, None
        rest = text[match.end() :].strip(_EDGE_CHARS)
        short = features.words <= _MAX_NAV_WORDS and features.length <= _MAX_NAV_LENGTH
        titled = (
            kind in _TITLED_KINDS
            and len(rest) >= _MIN_TARGET_CHARS
            and (features.length <= _MAX_NAV_LENGTH or kind in (NavKind.PREVIOUS, NavKind.NEXT))
        )
        notice = kind is NavKind.COMMENTS and match.end() >= 20
        tag_list = kind is NavKind.TAGS and bool(rest) and _tag_list(text, match.end())
        if not (short or titled or notice or tag_list):
            continue
        if short and not (titled or notice) and _sentence(text, rest):
            continue  # "Responses take the first value as the key.": a sentence, not a heading
        size = match.end()
        if best is None or size > best[0]:
            best = (size, kind, False, rest or None)
    if best is None and features.words <= _MAX_TAIL_WORDS:
        return _tail_hit(page, text)
    if best is None:
        return None
    return best[1], best[2], best[3]


def line_items(page: Page, index: int) -> LineItems | None:
    """The footer items of a line that holds items of two kinds or more, in order, each with
    its target ("Previous article: <title> | Next article: <title>", "Share · 12 comments"),
    or ``None`` for a line of one kind or none (share, subscribe and other buttons count as
    one kind: a row of icons is one item).

    The line is cut at its separators (bars, dots, slashes, dashes between spaces, wide
    gaps); a piece that opens with a footer phrase starts an item, and the pieces up to the
    next such piece are its target (a title may hold a dash).
    """
    return _per_text(page.items_memo, page, index, _line_items)


def _line_items(page: Page, index: int) -> LineItems | None:
    if page.features[index].length > _MAX_ITEMS_LENGTH:
        return None
    text = page.visible[index]
    # (where the piece starts, where its phrase ends, its kind) for the pieces that open
    # with a phrase, and where each piece starts.
    separators = list(_ITEM_SEPARATOR.finditer(text))
    starts = [0, *(m.end() for m in separators)]
    cuts = [m.start() for m in separators]
    found: list[tuple[int, int, NavKind]] = []
    nav_any = page.lexicon.nav_any
    for piece, start in enumerate(starts):
        if start >= len(text) or nav_any.starts(text, start) is None:
            continue
        best = _kind_at(page, text, start)
        if best is not None:
            found.append((piece, best[0], best[1]))
    if len({_ITEM_GROUP.get(kind, kind) for _piece, _end, kind in found}) < 2:
        return _phrase_items(page, text)
    items: list[tuple[NavKind, str | None]] = []
    for k, (_piece, phrase_end, kind) in enumerate(found):
        stop = cuts[found[k + 1][0] - 1] if k + 1 < len(found) else len(text)
        rest = text[phrase_end:stop].strip(_EDGE_CHARS)
        target = rest if kind in _TITLED_KINDS and len(rest) >= _MIN_TARGET_CHARS else None
        items.append((kind, target))
    return tuple(items)


def _kind_at(page: Page, text: str, pos: int) -> tuple[int, NavKind] | None:
    """The end of the longest footer phrase at *pos* in *text*, and its kind, if any."""
    best: tuple[int, NavKind] | None = None
    for kind, phrases in page.lexicon.nav:
        match = phrases.starts(text, pos)
        if match is not None and (best is None or match.end() > best[0]):
            best = (match.end(), kind)
    return best


_ONLY_EDGES = regex.compile(r"[\p{P}\p{S}\p{Z}\s\d]*")


def _phrase_items(page: Page, text: str) -> LineItems | None:
    """The items of a short line made of "previous" and "next" phrases only ("« Previous
    Next »", "« Précédent Suivant »"): one per run of phrases of one kind,
    without targets. Other mixes of phrases are most often one longer phrase ("View all
    comments", "Follow us on Twitter")."""
    if page.lexicon.nav_any.starts(text) is None:
        return None
    if any(page.lexicon.nav_phrases(kind).search(text) is None for kind in _TWIN_KINDS):
        return None  # no "previous" and "next" phrase both: no need to read the line through
    kinds: list[NavKind] = []
    pos = 0
    while True:
        best = _kind_at(page, text, pos)
        if best is None or best[0] == pos:
            break
        pos = best[0]
        if not kinds or kinds[-1] is not best[1]:
            kinds.append(best[1])
    if set(kinds) != _TWIN_KINDS or _ONLY_EDGES.fullmatch(text, pos) is None:
        return None
    return tuple((kind, None) for kind in kinds)


def _tag_list(text: str, end: int) -> bool:
    """Whether a line that opens with a tags label goes on as its list, however long ("Tags:
    climate, energy, wind power, ..."): the label ends in a colon, and the line is no
    sentence ("Themen: die Regierung hat ... beschlossen.")."""
    labelled = text[:end].rstrip().endswith(_LABEL_COLONS)  # the phrase holds it: "Tags:"
    labelled = labelled or text[end:].lstrip().startswith(_LABEL_COLONS)
    return labelled and not text.rstrip().endswith(_SENTENCE_ENDS)


def _sentence(text: str, rest: str) -> bool:
    """Whether a line that opens with a phrase goes on as a sentence of its own: a few more
    words and a full stop."""
    words = _WORD_START.findall(rest)  # "? Read on" has two words, not three
    return len(words) >= _SENTENCE_REST_WORDS and text.rstrip().endswith(_SENTENCE_ENDS)


def _tail_hit(page: Page, text: str) -> NavHit | None:
    """The kind of a short heading whose last words are a phrase ("Site Newsletter")."""
    starts = [m.start() for m in _WORD_START.finditer(text)]
    for start in starts[1:]:
        tail = text[start:]
        if len(tail.rstrip(_EDGE_CHARS)) < _MIN_TAIL_CHARS:
            break
        if page.lexicon.nav_any.starts(tail) is None:
            continue
        for kind, phrases in page.lexicon.nav:
            if kind in _TAIL_KINDS and phrases and phrases.whole(tail):
                return kind, False, None
    return None


# Markup shown as text (a tracking pixel, a script's fallback): a line opening with a tag.
_MARKUP_LINE = regex.compile(r"\A<[!/]?[A-Za-z][\w:-]*(?:\s[^<>]*)?>")
# A link or a button printed with an arrow after it: "Read the offer ›", "All deals »".
_LINK_ARROW = regex.compile(r"\s(?:[›→»≫]|>>)\s*\Z")
_MAX_LINK_WORDS = 8


_ARROWS = ("›", "→", "»", "≫", ">>")  # what _LINK_ARROW ends with


def link_arrow(text: str) -> bool:
    """Whether a short line ends in an arrow after a space, as links and buttons do (not
    a closing quote mark: no opening one stands before it)."""
    if not any(arrow in text for arrow in _ARROWS):
        return False  # most lines: substring tests tell so sooner than the pattern
    return _LINK_ARROW.search(text) is not None and "«" not in text and "‹" not in text


_COPYRIGHT_START = regex.compile(r"\A\s*(?:©|\(c\)|copyright\b)", regex.IGNORECASE)


def _copyright_start(text: str) -> bool:
    """Whether *text* opens with a copyright sign or word (:data:`_COPYRIGHT_START`)."""
    first = text[:1]
    if first.isascii() and first.isalnum() and first not in "cC":
        return False  # most lines open with another letter: the pattern need not be tried
    return _COPYRIGHT_START.match(text) is not None


_CREDIT_PARAGRAPH_UNITS = 3  # paragraph units of running text a credit may open
_CREDIT_PARAGRAPH_SENTENCES = 2  # sentence marks of that text at the least


def _credit_over_paragraph(page: Page, index: int) -> bool:
    """Whether a line opening with a copyright sign goes on with a paragraph of running
    text ("© Agency Name The council voted on Tuesday..."): a picture's credit printed on
    the paragraph under the picture, not a notice of rights. A notice names its rights
    again ("All rights reserved") after the sign; a paragraph does not."""
    features = page.features[index]
    if not (
        features.prose
        and features.sentences >= _CREDIT_PARAGRAPH_SENTENCES
        and features.length >= _CREDIT_PARAGRAPH_UNITS * page.options.min_paragraph_chars
    ):
        return False
    text = page.visible[index]
    start = _COPYRIGHT_START.match(text)
    rest = text[start.end() :] if start is not None else text
    return page.lexicon.copyright.search(rest) is None


_MAX_BOILERPLATE_WORDS = 10
_MAX_COOKIE_WORDS = 60  # a consent notice is a short paragraph, not an article's
_LONG_END_PHRASE = 3  # words of a closing phrase that close the article on a line of any length
REPEATED = 3  # a short line seen this often on a page is chrome ("Advertisement")


def closes_article(page: Page, index: int) -> bool:
    """Whether a line opens with a phrase that closes the article ("About the author",
    "Press contact", "This entry was posted in"): a phrase of a word or two only on a short
    line that is not a sentence, a longer one on a line of any length."""
    return _per_text(page.closing_memo, page, index, _closes_article)


def _closes_article(page: Page, index: int) -> bool:
    text = page.visible[index]
    match = page.lexicon.ends.starts(text)
    if match is None:
        return False
    phrase = match.group().strip(_EDGE_CHARS)
    if len(phrase.split()) >= _LONG_END_PHRASE or weighted_length(phrase) > len(phrase) * 2:
        return True
    features = page.features[index]
    rest = text[match.end() :].strip(_EDGE_CHARS)
    return features.words <= _MAX_NAV_WORDS and not _sentence(text, rest)


_PAYWALL_WORDS = 25  # a paywall notice is a sentence or two, not a paragraph


def paywall_notice(page: Page, index: int) -> bool:
    """Whether a short line tells that the rest of the article is for subscribers ("62 % of
    this article remains", "Subscribe to continue reading", "Möchten Sie weiterlesen?"):
    a paywall phrase stands anywhere in a line of a sentence or two. The phrases are long
    enough ("of this article remains", not "You still have") to tell a notice from a
    sentence of the article that merely opens the same way."""
    return _per_text(page.paywall_memo, page, index, _paywall_notice)


def _paywall_notice(page: Page, index: int) -> bool:
    phrases = page.lexicon.paywall
    if not phrases or page.features[index].words > _PAYWALL_WORDS:
        return False
    return phrases.search(page.visible[index]) is not None


SIGN_UP_WORDS = 30  # a sign-up call is a sentence or two, not a paragraph
_CALL_WORDS = 2  # words of a subscribe phrase that make a call ("Sign up for"), not a name
_CALL_CHARS = 4  # characters of such a call in a script written without spaces


def sign_up_call(page: Page, index: int) -> bool:
    """Whether a short line, even a sentence, opens with a call to subscribe of two words or
    more ("Sign up for our morning briefing.", "Jetzt abonnieren und nichts verpassen!"): a
    newsletter or subscription promotion set between the article's paragraphs. A single
    word ("Newsletter", "Podcast") may open a sentence of the article. A call of the other
    chrome ("Follow us on Telegram and get every update") counts only as a link, not
    ended as a sentence: the article's own sentence may open with such words."""
    return call_kind(page, index) is not None


def call_kind(page: Page, index: int) -> NavKind | None:
    """The kind of the call a line is (see :func:`sign_up_call`): ``SUBSCRIBE`` for a call
    to subscribe, ``OTHER`` for a call of the other chrome ("Donate now with PayPal",
    "Follow us on Telegram"), ``None`` for no call."""
    return _per_text(page.sign_up_memo, page, index, _call_kind)


def _call_kind(page: Page, index: int) -> NavKind | None:
    if page.features[index].words > SIGN_UP_WORDS:
        return None
    text = page.visible[index]
    kind = NavKind.SUBSCRIBE
    match = page.lexicon.nav_phrases(kind).starts(text)
    if match is None and not text.rstrip().endswith(_SENTENCE_ENDS):
        kind = NavKind.OTHER
        match = page.lexicon.nav_phrases(kind).starts(text)
    if match is None:
        return None
    phrase = match.group().strip(_EDGE_CHARS)
    call = len(phrase.split()) >= _CALL_WORDS or (dense(phrase) and len(phrase) >= _CALL_CHARS)
    return kind if call else None


_MAX_SETTINGS_WORDS = 24  # words of a row of a player's settings, its choices included
_SETTINGS_CHOICES = 3  # choices after a settings label at the least
_CHOICE = regex.compile(r"[\p{Lu}\p{N}]|[-–—/|]+\Z")  # "Opaque", "75%", "---"


def player_control(page: Page, index: int) -> bool:
    """Whether a short line is made of a media player's labels ("Play Video", "Mute",
    "Current Time 0:00", "Captions"), give or take numbers and symbols."""
    return _per_text(page.player_memo, page, index, _player_control)


def _player_control(page: Page, index: int) -> bool:
    features = page.features[index]
    text = page.visible[index]
    found = page.lexicon.player.starts(text)
    if found is None:
        return False  # no label opens the line: neither labels only nor a row of settings
    if features.words <= _MAX_BOILERPLATE_WORDS and page.lexicon.player.whole(text):
        return True
    if features.sentence_end or features.words > _MAX_SETTINGS_WORDS:
        return False
    # A row of the player's settings: a label and its choices ("Font Size 50% 75% 100%",
    # "Text Edge Style None Raised Depressed"), each a capitalised word, a number or a dash.
    choices = text[found.end() :].split()
    return len(choices) >= _SETTINGS_CHOICES and all(_CHOICE.match(c) for c in choices)


def boilerplate_rule(page: Page, index: int) -> str | None:
    """The name of the boilerplate evidence a line carries (menu, cookie, copyright), if any."""
    return _per_text(page.boilerplate_memo, page, index, _boilerplate_rule)


def _boilerplate_rule(page: Page, index: int) -> str | None:
    text = page.visible[index]
    features = page.features[index]
    lexicon = page.lexicon
    if (_copyright_start(text) and not _credit_over_paragraph(page, index)) or (
        features.words <= 20 and lexicon.copyright.search(text)
    ):
        return "boilerplate.copyright"
    if features.words <= _MAX_BOILERPLATE_WORDS and lexicon.menu.whole(text):
        return "boilerplate.menu"
    if features.words <= _MAX_COOKIE_WORDS and lexicon.cookies.search(text):
        return "boilerplate.cookies"
    if paywall_notice(page, index):
        return "boilerplate.paywall"
    if closes_article(page, index):
        return "boilerplate.article-end"
    if features.url_like:
        return "boilerplate.url"
    if text.startswith("<") and _MARKUP_LINE.match(text):
        return "boilerplate.markup"
    if features.words <= _MAX_LINK_WORDS and link_arrow(text):
        return "boilerplate.link"
    if page.repeats[index] >= REPEATED:
        return "boilerplate.repeated"
    return None
