"""Per-language phrase data: loads ``lexicons/<code>.toml``, validates it, compiles matchers.

The lexicon in effect for a page is the language-independent ``und`` data plus the page's
language plus :attr:`ParseOptions.extra_lexicons`. Files are read with
:mod:`importlib.resources` (so they work from a zip) and cached per set of languages.
"""

from __future__ import annotations

import functools
import re  # noqa: TID251 (phrase searches only: see _search_pattern)
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

import attrs
import regex

from newsparse._errors import NewsparseError
from newsparse._model import NavKind

__all__ = [
    "Found",
    "Lexicon",
    "Match",
    "PhraseSet",
    "available_languages",
    "fold_key",
    "lexicon_for",
    "load_raw",
    "merged_phrases",
    "month_names",
    "with_date_order",
]

# The schema every lexicon file follows: table -> key -> kind of value.
SCHEMA: Mapping[str, Mapping[str, str]] = {
    "language": {"code": "str", "name": "str", "spaces": "bool"},
    "byline": {
        "prefixes": "list",
        "joiners": "list",
        "spaced_names": "bool",
        "roles": "list",
        "qualifiers": "list",
        "agencies": "list",
        "newsrooms": "list",
        "function_words": "list",
    },
    "dates": {
        "order": "str",
        "months": "months",
        "markers": "list",
        "relative": "list",
        "time_words": "list",
    },
    "nav": {kind.value: "list" for kind in NavKind},
    "captions": {"markers": "list"},
    "boilerplate": {
        "cookies": "list",
        "menu": "list",
        "copyright": "list",
        "ends": "list",
        "paywall": "list",
        "player": "list",
        "donations": "list",
    },
    "quotes": {"pairs": "list"},
}
DATE_ORDERS = ("dmy", "mdy", "ymd")

_SCRIPTIO_CONTINUA = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]"
)
_EDGE = r"[\p{P}\p{S}\p{Z}\s\d]*"
_EDGE_ONLY = regex.compile(_EDGE)
_EDGE_CHAR = regex.compile(r"[\p{P}\p{S}\p{Z}\s\d]")
_APOSTROPHES = "'’ʼ"
# A letter or a digit, as the phrases' word edges are written, and as the standard library
# writes the same class: a word character that is not the underscore (the two differ only on
# characters newer than the Unicode data of the Python that runs).
_LETTER_OR_DIGIT = r"[\p{L}\p{N}]"
_STDLIB_LETTER_OR_DIGIT = r"[^\W_]"
_KEY = 3  # characters of a phrase's first word that index it


class LexiconError(NewsparseError, ValueError):
    """A lexicon file breaks the schema or is not valid TOML: a broken installation."""


# An apostrophe in an escaped phrase, maybe escaped itself: the pattern takes any of them.
_ESCAPED_APOSTROPHE = regex.compile(r"\\?['’ʼ]")


@functools.cache
def _phrase_body(phrase: str) -> str:
    """The pattern of one phrase: its words escaped, any run of spaces between them, any
    apostrophe for one. Kept per phrase: a phrase goes into the patterns of each set of
    languages and of each kind of search its list is used for."""
    parts = []
    for word in phrase.split():
        escaped = regex.escape(word)
        escaped = _ESCAPED_APOSTROPHE.sub("['’ʼ]", escaped)
        parts.append(escaped)
    return r"\s+".join(parts)


def _by_first_letter(phrases: list[str]) -> str:
    """The alternation of *phrases* (in scripts that use spaces), those that open with the
    same letter (folded, see :func:`_fold_char`) gathered in one branch, in their order: an
    engine that tries the branches in turn at each word then tries one letter per branch
    instead of one phrase. Where one text character may match the first letters of two
    branches, as with a letter that does not fold, the phrases are left as they are."""
    branches: dict[str | None, list[str]] = {}
    for phrase in phrases:
        branches.setdefault(_fold_char(phrase.lstrip()[0]), []).append(_phrase_body(phrase))
    if None in branches:
        return "|".join(body for bodies in branches.values() for body in bodies)
    return "|".join(
        bodies[0] if len(bodies) == 1 else "(?:" + "|".join(bodies) + ")"
        for bodies in branches.values()
    )


def _first_characters(phrases: list[str]) -> str:
    """The class of the characters *phrases* open with, as their patterns match them (an
    apostrophe matches the other apostrophes)."""
    chars: set[str] = set()
    for phrase in phrases:
        first = phrase.split()[0][0]
        chars.update(_APOSTROPHES if first in _APOSTROPHES else first)
    return "[" + "".join(regex.escape(char) for char in sorted(chars)) + "]"


def _alternation(phrases: Iterable[str], *, by_first_letter: bool = False) -> str:
    """One pattern for many phrases. Phrases in scripts that use spaces must stand as whole
    words; those in scripts without spaces (Chinese, Japanese, Thai) match anywhere. The
    word boundary is written once around each group, which keeps compiling cheap. With
    *by_first_letter*, the phrases of scripts with spaces are gathered by their first letter
    (see :func:`_by_first_letter`), after a test of the first character against them all:
    at any position the same phrase matches, found sooner.
    """
    spaced = [p for p in phrases if not _SCRIPTIO_CONTINUA.search(p)]
    dense = [p for p in phrases if _SCRIPTIO_CONTINUA.search(p)]
    groups = []
    if spaced:
        opening = ""
        if by_first_letter:
            body = _by_first_letter(spaced)
            # One test of the character at a word's start against the phrases' first
            # characters: at most words, no branch need then be tried.
            opening = f"(?={_first_characters(spaced)})"
        else:
            body = "|".join(_phrase_body(p) for p in spaced)
        groups.append(f"(?<!{_LETTER_OR_DIGIT}){opening}(?:{body})(?!{_LETTER_OR_DIGIT})")
    if dense:
        groups.append("(?:" + "|".join(_phrase_body(p) for p in dense) + ")")
    return "(?:" + "|".join(groups) + ")"


@functools.lru_cache(maxsize=4096)
def _fold_char(char: str) -> str | None:
    """*char* folded so that the characters the phrase patterns match case-insensitively
    fold alike, or ``None`` for the few whose case is not one character to one (``ß``,
    ``İ``) or that this Python's Unicode data does not know: those are never folded."""
    if char in _APOSTROPHES:
        return "'"  # the patterns take one apostrophe for another
    upper = char.upper()
    if len(upper) != 1 or unicodedata.category(char) == "Cn":
        return None
    folded = upper.lower()
    return folded if len(folded) == 1 else None


def fold_key(text: str) -> str | None:
    """*text* folded character by character for the phrase index (see :func:`_fold_char`),
    or ``None`` when one of its characters does not fold.

    >>> fold_key("ShARE’s"), fold_key("Straße")
    ("share's", None)
    """
    if text.isascii():
        return text.lower()
    folded = [_fold_char(char) for char in text]
    return None if None in folded else "".join(folded)  # type: ignore[arg-type]


def _phrase_key(phrase: str) -> str | None:
    """The first characters of the first word of *phrase* after the bullets, symbols and
    numbers it may open with, folded: where the phrase matches, a line holds them right
    after the symbols that open it. ``""`` for a phrase made of symbols only ("→", "©"),
    ``None`` for one that cannot be indexed (it opens with an apostrophe, which the
    patterns match with a letter too, or holds a character that does not fold)."""
    start = 0
    while start < len(phrase) and _EDGE_CHAR.match(phrase, start):
        if phrase[start] in _APOSTROPHES:
            return None
        start += 1
    if start == len(phrase):
        return ""
    return fold_key(phrase[start:].split(maxsplit=1)[0][:_KEY])


@attrs.frozen
class _Heads:
    """An index of the folded first characters of phrases (see :func:`_phrase_key`): it
    tells most positions of most lines that no phrase can start there, without trying the
    pattern."""

    keys: frozenset[str]
    symbols: bool  # some phrase is made of symbols only
    indexed: bool  # every phrase has a key

    @classmethod
    def of(cls, phrases: Iterable[str]) -> _Heads:
        """The index of *phrases*."""
        keys = {_phrase_key(p) for p in phrases}
        return cls(frozenset(k for k in keys if k), "" in keys, None not in keys)

    @classmethod
    def union(cls, indexes: Iterable[_Heads]) -> _Heads:
        """One index that lets through whatever one of *indexes* lets through."""
        indexes = tuple(indexes)
        return cls(
            frozenset().union(*(i.keys for i in indexes)),
            any(i.symbols for i in indexes),
            all(i.indexed for i in indexes),
        )

    def may_start(self, head: str | None, *, after_symbols: bool) -> bool:
        """Whether a phrase may match at a position whose first characters after the
        symbols there fold to *head* (``None``: unknown), *after_symbols* telling whether
        there are any. ``False`` means the pattern cannot match there."""
        if head is None or not self.indexed or (after_symbols and self.symbols):
            return True
        keys = self.keys
        return head[:1] in keys or head[:2] in keys or head[:_KEY] in keys


Match = re.Match[str] | regex.Match[str]
"""A phrase found in a text: the search pattern is the standard library's when it can be
written there, :mod:`regex`'s otherwise."""


@attrs.frozen
class Found:
    """A phrase (after the bullets, symbols and numbers before it) matched at a position
    of a text: the span :attr:`_Compiled.at` matches there."""

    string: str
    pos: int
    stop: int

    def start(self) -> int:
        """Where the match starts: the position it was tried at."""
        return self.pos

    def end(self) -> int:
        """Where the phrase ends."""
        return self.stop

    def span(self) -> tuple[int, int]:
        """:meth:`start` and :meth:`end`."""
        return self.pos, self.stop

    def group(self) -> str:
        """The text matched, symbols before the phrase included."""
        return self.string[self.pos : self.stop]


# The dotted and dotless i: the standard library matches either with "i" and "I"
# case-insensitively, the regex module only one of them each. A line or a phrase holding one
# is searched with the regex module, as every other pattern here is.
_DOTTED_I = "\N{LATIN CAPITAL LETTER I WITH DOT ABOVE}"
_DOTLESS_I = "\N{LATIN SMALL LETTER DOTLESS I}"


def _stdlib_pattern(alternation: str, phrases: Iterable[str]) -> re.Pattern[str] | None:
    """*alternation* compiled by the standard library, to search lines with: its engine scans
    a line for a set of phrases several times faster than :mod:`regex` does, and the phrase
    patterns need nothing only :mod:`regex` has but the Unicode classes of their word edges,
    written there another way. ``None`` when the alternation needs more, or when a phrase
    holds a dotted or dotless i.

    >>> _stdlib_pattern(_alternation(["read more"]), ["read more"]) is not None
    True
    """
    stdlib = alternation.replace(_LETTER_OR_DIGIT, _STDLIB_LETTER_OR_DIGIT)
    if "\\p{" in stdlib or any(_DOTTED_I in p or _DOTLESS_I in p for p in phrases):
        return None
    try:
        return re.compile(stdlib, re.IGNORECASE)
    except re.error:
        return None


@attrs.frozen(slots=False)  # not slotted: the patterns are cached on the instance
class _Compiled:
    """The phrases of one lexicon list: the index of their heads, and patterns to search
    with and to match at a position (after bullets, symbols and numbers). Each pattern is
    compiled the first time it is needed: a list is mostly only searched or only matched
    at a position, and compiling a long list of phrases takes a while."""

    phrases: tuple[str, ...]
    heads: _Heads = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "heads", _Heads.of(self.phrases))

    @functools.cached_property
    def _ordered(self) -> tuple[list[str], str]:
        """The phrases, longest first, and their alternation."""
        ordered = sorted(set(self.phrases), key=lambda p: (-len(p), p))
        return ordered, _alternation(ordered)

    @functools.cached_property
    def any(self) -> regex.Pattern[str]:
        """The pattern that finds a phrase anywhere."""
        return regex.compile(self._ordered[1], _FLAGS)

    @functools.cached_property
    def fast(self) -> re.Pattern[str] | None:
        """:attr:`any` compiled by the standard library, when it can be: faster to search
        with."""
        ordered = self._ordered[0]
        return _stdlib_pattern(_alternation(ordered, by_first_letter=True), ordered)

    @functools.cached_property
    def at(self) -> regex.Pattern[str]:
        """The pattern that matches a phrase at a position, after bullets and symbols."""
        return regex.compile(_EDGE + self._ordered[1], _FLAGS)

    @functools.cached_property
    def edge_led(self) -> bool:
        """Whether a phrase may open with a character that :attr:`at` takes for a symbol
        before it: a phrase that opens with a symbol, a number or an apostrophe."""
        return any(p[0] in _APOSTROPHES or _EDGE_CHAR.match(p) for p in self.phrases)


_FLAGS = regex.IGNORECASE | regex.V0


def _last_match(pattern: re.Pattern[str], text: str, pos: int, start: int) -> re.Match[str] | None:
    """*pattern* matched at the last position from *start* back to *pos* where it matches,
    the symbols between *pos* and *start* being those before a phrase: where
    :attr:`_Compiled.at` finds the phrase, since it takes as many symbols as it can before
    it. A phrase that opens with a symbol is found so without compiling that pattern too.
    """
    for at in range(start, pos - 1, -1):
        match = pattern.match(text, at)
        if match is not None:
            return match
    return None


@functools.cache
def _compiled(code: str, table: str, key: str) -> _Compiled | None:
    """The compiled list *table*.*key* of one language (``None`` when empty), built once."""
    phrases = tuple(load_raw(code)[table][key])
    return _Compiled(phrases) if phrases else None


@functools.cache
def _merged_compiled(code: str, lists: tuple[tuple[str, str], ...]) -> _Compiled | None:
    """The phrases of several lists (``(table, key)`` pairs) of one language as one
    compiled list, built once."""
    raw = load_raw(code)
    phrases = tuple(dict.fromkeys(p for table, key in lists for p in raw[table][key]))
    return _Compiled(phrases) if phrases else None


_NAV_LISTS = tuple(("nav", kind.value) for kind in NavKind)
# Searches of a set of several languages' lists before their phrases are compiled into one
# pattern: compiling it costs about what a few hundred searches with it save, and the sets
# of a language seldom met are searched only that often.
_UNION_AFTER = 200


@attrs.frozen
class PhraseSet:
    """The phrases of one list across the languages in effect, matched case-insensitively.

    Each language's list is compiled once per process and shared by every set of languages
    it takes part in; a match tries them in turn.
    """

    parts: tuple[_Compiled, ...]
    heads: _Heads = attrs.field(init=False, eq=False, repr=False)
    # The phrases of every part in one standard library pattern, or None where there is no
    # such pattern (see _union_pattern): empty until a search compiles it, once the set has
    # been searched _UNION_AFTER times (counted in _searches).
    _union: tuple[re.Pattern[str] | None, ...] = attrs.field(
        init=False, default=(), eq=False, repr=False
    )
    _searches: int = attrs.field(init=False, default=0, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "heads", _Heads.union(part.heads for part in self.parts))

    def _union_pattern(self) -> re.Pattern[str] | None:
        """Every part's phrases in one pattern of the standard library, or ``None`` when
        a part is searched by :mod:`regex` (or there is one part only). Where it finds no
        phrase, no part's pattern does: it holds each part's phrases with the same edges."""
        if not self._union:
            pattern = None
            if len(self.parts) > 1 and all(part.fast is not None for part in self.parts):
                ordered = sorted(set(self.phrases), key=lambda p: (-len(p), p))
                pattern = _stdlib_pattern(_alternation(ordered, by_first_letter=True), ordered)
            object.__setattr__(self, "_union", (pattern,))
        return self._union[0]

    @property
    def phrases(self) -> tuple[str, ...]:
        """Every phrase, in the order of the languages."""
        return tuple(p for part in self.parts for p in part.phrases)

    def __bool__(self) -> bool:
        return bool(self.parts)

    def search(self, text: str) -> Match | None:
        """Find a phrase anywhere in *text* (the leftmost, then the longest)."""
        best: Match | None = None
        stdlib = _DOTTED_I not in text and _DOTLESS_I not in text
        union = None
        if self._union:
            union = self._union[0]
        elif self._searches < _UNION_AFTER:
            object.__setattr__(self, "_searches", self._searches + 1)
        else:
            union = self._union_pattern()
        if stdlib and union is not None and union.search(text) is None:
            # Most lines hold no phrase: one pass over the line tells so for all the parts.
            return None
        for part in self.parts:
            fast = part.fast
            match = fast.search(text) if stdlib and fast is not None else part.any.search(text)
            if match is not None and (
                best is None
                or match.start() < best.start()
                or (match.start() == best.start() and match.end() > best.end())
            ):
                best = match
        return best

    def starts(self, text: str, pos: int = 0) -> Found | None:
        """Match a phrase at the start of *text*, or at *pos* in it (after bullets, symbols
        and numbers)."""
        # The folded first characters after the symbols at pos (see Heads.may_start), and
        # where they start: written out here, since the rules try most lines against one
        # list after another and most tries end at the index.
        start = pos
        if pos < len(text) and not text[pos].isalpha():  # a letter is never a symbol
            edge = _EDGE_ONLY.match(text, pos)
            start = edge.end() if edge is not None else pos
        first = text[start : start + _KEY]
        head = first.lower() if first.isascii() else fold_key(first)
        after_symbols = start > pos
        heads = self.heads
        if head is not None and heads.indexed and not (after_symbols and heads.symbols):
            # Heads.may_start for the languages together, written out: most calls end here.
            keys = heads.keys
            if not (head[:1] in keys or head[:2] in keys or head in keys):
                return None
        stdlib = _DOTTED_I not in text and _DOTLESS_I not in text
        end = -1
        for part in self.parts:
            if not part.heads.may_start(head, after_symbols=after_symbols):
                continue
            fast = part.fast if stdlib else None
            match: Match | None
            if fast is None:
                match = part.at.match(text, pos)
            elif after_symbols and part.edge_led:
                match = _last_match(fast, text, pos, start)
            else:
                # With no phrase that opens with a symbol, a phrase matches right after the
                # symbols or not at all: the standard library's pattern, quicker, finds it
                # there.
                match = fast.match(text, start)
            if match is not None and match.end() > end:
                end = match.end()
        return None if end < 0 else Found(text, pos, end)

    def whole(self, text: str) -> bool:
        """Tell whether *text* is made of the phrases only (give or take symbols and numbers)."""
        pos, found = 0, False
        while True:
            match = self.starts(text, pos)
            if match is None or match.end() == pos:
                break
            pos, found = match.end(), True
        return found and _EDGE_ONLY.fullmatch(text, pos) is not None

    def count(self, text: str) -> int:
        """Count the phrases found in *text* (each list counted on its own)."""
        return sum(sum(1 for _ in part.any.finditer(text)) for part in self.parts)


@attrs.frozen(kw_only=True)
class Lexicon:
    """The merged phrase data of one or more languages, ready to match."""

    codes: tuple[str, ...]
    byline_prefixes: PhraseSet
    author_joiners: tuple[str, ...]
    names_spaced: bool  # a space may stand inside a name (not in Chinese: it parts two names)
    byline_roles: PhraseSet
    role_qualifiers: frozenset[str]  # casefolded words that qualify a role: "Political"
    agencies: PhraseSet  # news agencies that credit a story: "AFP", "dpa", "Reuters"
    newsrooms: PhraseSet  # a newsroom credited as the author: "Redaktion", "Staff"
    function_words: frozenset[str]  # casefolded words a name never holds: "the", "zum"
    months: tuple[tuple[int, str], ...]
    date_markers: PhraseSet
    relative_dates: PhraseSet
    time_words: PhraseSet  # written after a time: "Uhr", "uur", "GMT", "WIB"
    date_orders: tuple[str, ...]
    nav: tuple[tuple[NavKind, PhraseSet], ...]
    nav_any: PhraseSet  # every nav phrase of every kind: a cheap first test
    caption_markers: PhraseSet
    cookies: PhraseSet
    menu: PhraseSet
    copyright: PhraseSet
    ends: PhraseSet  # lines that close the article: an author's box, a press contact...
    paywall: PhraseSet  # a notice that the rest of the article is for subscribers only
    player: PhraseSet  # the labels of a media player's controls: "Play", "Mute", "Captions"
    donations: PhraseSet  # words of a donation appeal, anywhere in a line: "Spende", "IBAN"
    quote_pairs: tuple[tuple[str, str], ...]

    def nav_phrases(self, kind: NavKind) -> PhraseSet:
        """The phrases that announce footer items of *kind*."""
        for k, phrases in self.nav:
            if k is kind:
                return phrases
        return PhraseSet(())


def _check_list(code: str, where: str, value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        msg = f"{code}.toml: {where} must be a list of non-blank strings"
        raise LexiconError(msg)
    for v in value:
        if unicodedata.normalize("NFC", v) != v:
            msg = f"{code}.toml: {where} entry {v!r} is not in Unicode NFC"
            raise LexiconError(msg)
    if len({v.casefold() for v in value}) != len(value):
        msg = f"{code}.toml: {where} has duplicate entries"
        raise LexiconError(msg)
    return value


def validate(code: str, data: Mapping[str, Any]) -> None:
    """Check *data* (a parsed lexicon file) against the schema; raise LexiconError if off."""
    if set(data) != set(SCHEMA):
        msg = f"{code}.toml: tables {sorted(data)} differ from the schema's {sorted(SCHEMA)}"
        raise LexiconError(msg)
    for table, keys in SCHEMA.items():
        section = data[table]
        if not isinstance(section, dict) or set(section) != set(keys):
            msg = f"{code}.toml: [{table}] must have exactly the keys {sorted(keys)}"
            raise LexiconError(msg)
        for key, kind in keys.items():
            value = section[key]
            where = f"[{table}] {key}"
            if kind == "list":
                _check_list(code, where, value)
            elif kind == "str" and not isinstance(value, str):
                msg = f"{code}.toml: {where} must be a string"
                raise LexiconError(msg)
            elif kind == "bool" and not isinstance(value, bool):
                msg = f"{code}.toml: {where} must be true or false"
                raise LexiconError(msg)
            elif (
                kind == "months"
                and value != []
                and (not isinstance(value, list) or len(value) != 12)
            ):
                msg = f"{code}.toml: {where} must list 12 months (or none)"
                raise LexiconError(msg)
            elif kind == "months":
                for i, forms in enumerate(value):
                    _check_list(code, f"{where}[{i}]", forms)
    if data["language"]["code"] != code:
        msg = f"{code}.toml: [language] code says {data['language']['code']!r}"
        raise LexiconError(msg)
    if data["dates"]["order"] not in DATE_ORDERS:
        msg = f"{code}.toml: [dates] order must be one of {DATE_ORDERS}"
        raise LexiconError(msg)
    for pair in data["quotes"]["pairs"]:
        if len(pair) != 2:
            msg = f"{code}.toml: [quotes] pairs entries are two characters, opening and closing"
            raise LexiconError(msg)


@functools.cache
def available_languages() -> frozenset[str]:
    """The codes of every lexicon file shipped (``und`` included)."""
    folder = resources.files("newsparse").joinpath("lexicons")
    return frozenset(
        entry.name.removesuffix(".toml")
        for entry in folder.iterdir()
        if entry.name.endswith(".toml")
    )


@functools.cache
def load_raw(code: str) -> Mapping[str, Any]:
    """Read and validate the lexicon file of *code*."""
    path = resources.files("newsparse").joinpath("lexicons").joinpath(f"{code}.toml")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        msg = f"{code}.toml is not valid TOML: {error}"
        raise LexiconError(msg) from error
    validate(code, data)
    return data


@functools.cache
def month_names(codes: tuple[str, ...]) -> frozenset[str]:
    """The months' names and short forms of the languages *codes*, case-folded."""
    return frozenset(form.casefold() for _, form in lexicon_for(codes).months)


@functools.cache
def _ordered(codes: tuple[str, ...], order: str) -> Lexicon:
    return attrs.evolve(lexicon_for(codes), date_orders=(order,))


def with_date_order(lexicon: Lexicon, order: str) -> Lexicon:
    """*lexicon* reading numeric dates in *order* only (``"dmy"`` or ``"mdy"``): one object
    per languages and order, so what is remembered for a lexicon stays remembered."""
    if lexicon.date_orders == (order,):
        return lexicon
    return _ordered(lexicon.codes, order)


@functools.cache
def lexicon_for(codes: tuple[str, ...]) -> Lexicon:
    """Merge ``und`` and the lexicons of *codes* that exist (unknown codes are skipped)."""
    known = available_languages()
    ordered = ["und", *(c for c in codes if c in known and c != "und")]
    ordered = list(dict.fromkeys(ordered))
    raws = [load_raw(c) for c in ordered]

    def gather(table: str, key: str) -> PhraseSet:
        parts = (_compiled(code, table, key) for code in ordered)
        return PhraseSet(tuple(p for p in parts if p is not None))

    months: dict[tuple[int, str], None] = {}
    for raw in raws:
        for number, forms in enumerate(raw["dates"]["months"], start=1):
            for form in forms:
                months[number, form] = None
    return Lexicon(
        codes=tuple(ordered),
        byline_prefixes=gather("byline", "prefixes"),
        author_joiners=tuple(dict.fromkeys(v for raw in raws for v in raw["byline"]["joiners"])),
        names_spaced=all(raw["byline"]["spaced_names"] for raw in raws),
        byline_roles=gather("byline", "roles"),
        role_qualifiers=frozenset(
            w.casefold() for raw in raws for w in raw["byline"]["qualifiers"]
        ),
        agencies=gather("byline", "agencies"),
        newsrooms=gather("byline", "newsrooms"),
        function_words=frozenset(
            w.casefold() for raw in raws for w in raw["byline"]["function_words"]
        ),
        months=tuple(months),
        date_markers=gather("dates", "markers"),
        relative_dates=gather("dates", "relative"),
        time_words=gather("dates", "time_words"),
        date_orders=tuple(dict.fromkeys(raw["dates"]["order"] for raw in raws[1:] or raws)),
        nav=tuple((kind, gather("nav", kind.value)) for kind in NavKind),
        nav_any=merged_phrases(tuple(ordered), _NAV_LISTS),
        caption_markers=gather("captions", "markers"),
        cookies=gather("boilerplate", "cookies"),
        menu=gather("boilerplate", "menu"),
        copyright=gather("boilerplate", "copyright"),
        ends=gather("boilerplate", "ends"),
        paywall=gather("boilerplate", "paywall"),
        player=gather("boilerplate", "player"),
        donations=gather("boilerplate", "donations"),
        quote_pairs=tuple(
            dict.fromkeys((p[0], p[1]) for raw in raws for p in raw["quotes"]["pairs"])
        ),
    )


@functools.cache
def merged_phrases(codes: tuple[str, ...], lists: tuple[tuple[str, str], ...]) -> PhraseSet:
    """One set of the phrases of several lexicon lists (*lists*: ``(table, key)`` pairs)
    in the languages *codes* (as :attr:`Lexicon.codes` gives them): for a rule asking
    whether a line holds a phrase of any of them, one search instead of one per list.

    >>> lists = (("byline", "prefixes"), ("nav", "share"))
    >>> merged_phrases(("und", "en"), lists).search("Share this story") is not None
    True
    """
    parts = (_merged_compiled(code, lists) for code in codes)
    return PhraseSet(tuple(p for p in parts if p is not None))
