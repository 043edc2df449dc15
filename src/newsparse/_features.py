"""Block features: cheap numbers and flags about each line that the rules weigh.

Lengths are *weighted*: a character of a script written without spaces (Han, kana, Thai...)
carries about as much text as three Latin letters, so it counts three times. This keeps one
set of thresholds working across scripts.
"""

from __future__ import annotations

import itertools
import re  # noqa: TID251 (lines of the fast ranges only: see _fast_class)
from typing import NamedTuple

import regex

__all__ = [
    "SENTENCE_MARK",
    "Features",
    "block_features",
    "columns",
    "dense",
    "letter_and_digit_runs",
    "letters_and_digits",
    "normalise_for_match",
    "plain_heading",
    "visible_text",
    "weighted_length",
    "without_invisible",
]

_DENSE = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]"
)
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-]*")
# Sentence-ending punctuation in many scripts, possibly followed by closing quotes/brackets.
_SENTENCE_END_MARK = r"[.!?…。！？؟।॥։።።\u061f\u06d4]"
_SENTENCE_END_CLOSE = r"[\"'”’»«)\]\s]"
_SENTENCE_END = regex.compile(rf"{_SENTENCE_END_MARK}{_SENTENCE_END_CLOSE}*\Z")
_SENTENCE_MARK_SPACED = r"[.!?…؟।\u06d4]"  # followed by a space, the end or a closing mark
_SENTENCE_MARK_CLOSE = r"[\"'”’»)]"
SENTENCE_MARK = regex.compile(rf"{_SENTENCE_MARK_SPACED}(?:\s|\Z|{_SENTENCE_MARK_CLOSE})|[。！？]")
_CLAUSE_MARK = regex.compile(r"[,;，、；،:：]")
# Only ever used whole (fullmatch): the lazy run finds the same lines as a greedy one, but
# a greedy run backtracked over a long word of dots ("a.a.a...") in time growing with the
# square of its length.
_URL = regex.compile(
    r"(?:https?://|www\.)\S+|\b[\w.-]+?\.(?:com|org|net|de|fr|uk|io|html?)\b", regex.IGNORECASE
)
_EMAIL = regex.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
_TITLE_WORD = regex.compile(r"\b\p{Lu}")
_PUNCT_OR_SPACE = regex.compile(r"[\p{P}\p{S}\p{Z}\s]+")
# The pattern's characters in ASCII, each made a space by a translation table.
_ASCII_PUNCT_OR_SPACE_CHARS = bytes(c for c in range(128) if _PUNCT_OR_SPACE.match(chr(c)))
_ASCII_PUNCT_OR_SPACE = bytes.maketrans(
    _ASCII_PUNCT_OR_SPACE_CHARS, b" " * len(_ASCII_PUNCT_OR_SPACE_CHARS)
)

# The standard library's engine runs the simple patterns here several times faster than the
# regex module, but may know an older Unicode, or none of its properties. So it reads only
# text made of characters up to U+02FF (Latin letters, IPA, spacing modifiers) and of General
# Punctuation (U+2000-U+206F), as most lines in languages written in Latin letters are, with
# patterns whose classes list the characters of those ranges that the regex module's match.
_FAST_RANGES = (range(0x300), range(0x2000, 0x2070))
_BEYOND_FAST = re.compile(r"[^\x00-\u02ff\u2000-\u206f]")


def _fast_chars(pattern: str) -> str:
    """The characters of the fast ranges that *pattern*, a class of the regex module, matches."""
    match = regex.compile(pattern).fullmatch
    return "".join(chr(c) for r in _FAST_RANGES for c in r if match(chr(c)))


def _fast_class(pattern: str) -> str:
    """:func:`_fast_chars` of *pattern* as a class of the standard library's engine, in runs
    of consecutive characters."""
    codes = list(map(ord, _fast_chars(pattern)))
    runs = [
        [code for _, code in run]
        for _, run in itertools.groupby(enumerate(codes), lambda item: item[1] - item[0])
    ]
    return "[" + "".join(f"\\u{run[0]:04x}-\\u{run[-1]:04x}" for run in runs) + "]"


def _fast(text: str) -> bool:
    """Whether the fast patterns may read *text*: all its characters are of the fast ranges."""
    return text.isascii() or _BEYOND_FAST.search(text) is None


_FAST_WORD = re.compile(_fast_class(r"[\p{L}\p{N}]") + _fast_class(r"[\p{L}\p{N}\p{M}'’\-]") + "*")
# A capital after no word character: written capital first, which lets the engine skip to
# the capitals (the lookbehind spans the character before and the capital itself).
_FAST_TITLE_WORD = re.compile(_fast_class(r"\p{Lu}") + "(?<!" + _fast_class(r"\w") + ".)")
_FAST_SENTENCE_END = re.compile(
    _fast_class(_SENTENCE_END_MARK) + _fast_class(_SENTENCE_END_CLOSE) + r"*\Z"
)
# SENTENCE_MARK: its marks of scripts without spaces are none of the fast ranges'.
_FAST_SENTENCE_MARK = re.compile(
    _fast_class(_SENTENCE_MARK_SPACED)
    + "(?:"
    + _fast_class(r"\s")
    + r"|\Z|"
    + _fast_class(_SENTENCE_MARK_CLOSE)
    + ")"
)
_FAST_CLAUSE_MARKS = tuple(_fast_chars(_CLAUSE_MARK.pattern))
_FAST_PUNCT_OR_SPACE = re.compile(_fast_class(_PUNCT_OR_SPACE.pattern.removesuffix("+")) + "+")
_NOT_LETTER_OR_DIGIT = regex.compile(r"[^\p{L}\p{N}]+")
_ASCII_NOT_LETTER_OR_DIGIT = bytes(c for c in range(128) if not chr(c).isalnum())
_FAST_NOT_LETTER_OR_DIGIT = re.compile(
    _fast_class(_NOT_LETTER_OR_DIGIT.pattern.removesuffix("+")) + "+"
)

# Characters that do not show: the soft hyphen (a break point inside a word, "Face\u00adbook"),
# the zero-width space, the word joiner, the byte-order mark, and the marks that set the
# direction of a run of text (a label or a name isolated from its neighbours).
_INVISIBLE_CHARS = (
    "\N{SOFT HYPHEN}\N{ZERO WIDTH SPACE}\N{WORD JOINER}\N{ZERO WIDTH NO-BREAK SPACE}"
    "\N{LEFT-TO-RIGHT MARK}\N{RIGHT-TO-LEFT MARK}"
    "\N{LEFT-TO-RIGHT EMBEDDING}\N{RIGHT-TO-LEFT EMBEDDING}\N{POP DIRECTIONAL FORMATTING}"
    "\N{LEFT-TO-RIGHT OVERRIDE}\N{RIGHT-TO-LEFT OVERRIDE}"
    "\N{LEFT-TO-RIGHT ISOLATE}\N{RIGHT-TO-LEFT ISOLATE}\N{FIRST STRONG ISOLATE}"
    "\N{POP DIRECTIONAL ISOLATE}"
)
_INVISIBLE = regex.compile(f"[{_INVISIBLE_CHARS}]")


_END_WINDOW = 16  # a sentence end and its closing quotes fit in the last characters
_CLAUSE_WORDS = 12
_LONG_WORDS = 25  # a line of this many words reads as text even without a full stop...
_TITLE_CASE = 0.5  # ...unless most of its words are capitalised, as in lists of titles
_DENSE_CHAR = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]"
_DENSE_CLAUSE = regex.compile(rf"{_DENSE_CHAR}{{16,}}")
_DENSE_PAUSE = regex.compile(rf"{_DENSE_CHAR} (?={_DENSE_CHAR})")
_DENSE_PAUSES = 1  # spaces standing for commas between runs of such a script
_DENSE_PHRASE_LENGTH = 60  # weighted length of a line of such clauses that reads as text


_FIRST_DENSE = "\N{THAI CHARACTER KO KAI}"  # no character of those scripts comes before it
_FROM_FIRST_DENSE = regex.compile(r"[^\x00-\u0e00]+")  # runs of characters from U+0E01 on


def _dense_count(text: str) -> int:
    """The number of characters of space-less scripts in *text*.

    A text whose characters all come before ``_FIRST_DENSE`` holds none:

    >>> _DENSE.search("".join(map(chr, range(ord(_FIRST_DENSE))))) is None
    True
    """
    if text.isascii():
        return 0
    # Only the characters from _FIRST_DENSE on are looked at: a line of a Latin script
    # with a curly quote or a dash holds few, and the script test is the costly part.
    # (Finding them is a fast scan of the line, several times quicker than comparing its
    # characters one by one for the highest.)
    beyond = _FROM_FIRST_DENSE.findall(text)
    return len(_DENSE.findall("".join(beyond))) if beyond else 0


def dense(text: str) -> bool:
    """Whether *text* holds characters of a script written without spaces (Chinese,
    Japanese, Korean, Thai)."""
    return _dense_count(text) > 0


_WIDE = regex.compile(r"[\p{East_Asian_Width=Wide}\p{East_Asian_Width=Fullwidth}]")


def columns(text: str) -> int:
    """The columns *text* takes in a fixed-width font (where a hard-wrapped text was
    wrapped): two for each wide character (Han, kana, Hangul, full-width forms), one for
    any other."""
    return len(text) if text.isascii() else len(text) + len(_WIDE.findall(text))


def weighted_length(text: str) -> int:
    """The length of *text*, counting each character of a space-less script three times."""
    return len(text) + 2 * _dense_count(text)


# Markdown, as tools that turn pages into text write it: a link or an image shows its text
# ("[Next article](https://…)"), a sub-heading its words ("## What happens next"). A single
# "#" is left alone: tag lists print "# Topic" too.
_MARKDOWN_LINK = regex.compile(
    r"!?\[([^\[\]\n]{0,500})\]\((?:<[^<>\n]*>|[^()\s]*)(?:\s+\"[^\"\n]*\")?\)"
)
# A heading's marks: its opening hashes (at least *fewest*) and any closing ones. Runs of
# spaces are tried from their first character only.
_HEADING_MARKS = r"\A#{{{fewest},6}}[ \t]+(?=\S)|(?<![ \t])[ \t]+#+\Z"
_MARKDOWN_SUBHEADING = regex.compile(_HEADING_MARKS.format(fewest=2))


def _markdown_free(text: str) -> str:
    if "](" in text:
        text = _MARKDOWN_LINK.sub(r"\1", text)
    if text.startswith("##"):
        text = _MARKDOWN_SUBHEADING.sub("", text)
    return text


def without_invisible(text: str) -> str:
    """*text* without the characters that do not show (soft hyphens, zero-width spaces).

    >>> without_invisible("Foot\u00adbridge")
    'Footbridge'
    """
    if text.isascii():
        return text
    for char in _INVISIBLE_CHARS:
        if char in text:
            return _INVISIBLE.sub("", text)
    return text


def visible_text(text: str) -> str:
    """*text* as it shows, for measuring and matching phrases: without the characters that
    do not show, and without the marks of Markdown links and sub-headings.

    >>> visible_text("Face\\u00adbook")
    'Facebook'
    >>> visible_text("[Next article: Rain in Paris](https://example.org/rain)")
    'Next article: Rain in Paris'
    >>> visible_text("## What happens next")
    'What happens next'
    """
    text = without_invisible(text)
    if "](" in text or text.startswith("##"):
        return _markdown_free(text)
    return text


# A list bullet; a hyphen only before a Markdown link, since headlines in some languages
# open with a dash for a quote ("- Verre enn ventet").
_BULLET = regex.compile(r"\A(?:[*+•▪◦‣►▸]|-(?=\s+!?\[))\s+(?=\S)")
_MARKDOWN_HEADING = regex.compile(_HEADING_MARKS.format(fewest=1))
_MARKDOWN_EMPHASIS = regex.compile(
    r"\A(?:\*\*(?!\s)([^*]+)(?<!\s)\*\*|\*(?!\s)([^*]+)(?<!\s)\*|__(?!\s)([^_]+)(?<!\s)__)\Z"
)


def plain_heading(text: str) -> str:
    """A heading's words without the marks around them: a list bullet, Markdown's ("# Title",
    "**Title**", "[Title](url)"). It is the text a title or a link's target is given as.

    >>> plain_heading("# Rain in **Paris**")
    'Rain in **Paris**'
    >>> plain_heading("**[Rain in Paris](https://example.org/rain)**")
    'Rain in Paris'
    >>> plain_heading("• [Rain in Paris](https://example.org/rain)")
    'Rain in Paris'
    """
    text = visible_text(_BULLET.sub("", text))
    text = _MARKDOWN_HEADING.sub("", text) if text.startswith("#") else text
    match = _MARKDOWN_EMPHASIS.match(text)
    return next(g for g in match.groups() if g) if match is not None else text


def normalise_for_match(text: str) -> str:
    """Case-fold *text*, drop the characters that do not show and fold punctuation and spaces
    into single spaces, for comparisons.

    >>> normalise_for_match("Foot\u00adbridge  opens!")
    'footbridge opens'
    """
    if text.isascii():  # the common case, without a pattern
        spaced = text.lower().encode("ascii").translate(_ASCII_PUNCT_OR_SPACE).decode("ascii")
        return " ".join(filter(None, spaced.split(" "))).strip()
    folded = without_invisible(text).casefold()
    spaces = _FAST_PUNCT_OR_SPACE if _fast(folded) else _PUNCT_OR_SPACE
    return spaces.sub(" ", folded).strip()


def letters_and_digits(text: str) -> str:
    """*text* case-folded, with everything but letters and digits removed, for comparing
    texts piece by piece whatever their spacing and punctuation.

    >>> letters_and_digits("Ça va, Zoë?")
    'çavazoë'
    """
    if text.isascii():  # the common case, without a pattern
        return text.lower().encode("ascii").translate(None, _ASCII_NOT_LETTER_OR_DIGIT).decode()
    folded = text.casefold()
    letters = _FAST_NOT_LETTER_OR_DIGIT if _fast(folded) else _NOT_LETTER_OR_DIGIT
    return letters.sub("", folded)


_RUN = regex.compile(r"[\p{L}\p{M}]+|\d+")
_FAST_RUN = re.compile(_fast_class(r"[\p{L}\p{M}]") + "+|" + _fast_class(r"\d") + "+")


def letter_and_digit_runs(text: str) -> list[str]:
    """The runs of letters (with their marks) and the runs of digits of *text*, in order.

    >>> letter_and_digit_runs("Mai 2024 (3), Juni")
    ['Mai', '2024', '3', 'Juni']
    """
    return (_FAST_RUN if _fast(text) else _RUN).findall(text)


class Features(NamedTuple):
    """What the rules know about one block without looking at its neighbours (a named
    tuple: built for every line of every page, it is made faster than a frozen class)."""

    length: int  # weighted length
    words: int  # word count (dense scripts: weighted length / 6)
    sentence_end: bool  # ends like a sentence
    sentences: int  # sentence marks inside the line
    clauses: int  # commas and the like
    dense: bool  # mostly a script written without spaces
    url_like: bool
    title_case: float  # share of words starting with a capital letter
    # A long line of a script without spaces holding a clause-long run of it and spaces
    # between its runs: text written with spaces for pauses instead of punctuation, as some
    # blogs do.
    dense_phrase: bool
    # Reads like running text (see _prose): worked out once from the fields above, since
    # every rule asks it of every line.
    prose: bool


def _prose(
    *,
    sentence_end: bool,
    sentences: int,
    clauses: int,
    words: int,
    dense: bool,
    title_case: float,
    dense_phrase: bool,
) -> bool:
    """Whether a line reads like running text: it ends a sentence, holds a few sentence
    marks or clauses, or is a long run of words that are not mostly capitalised (not a list
    of titles), or a long line of a script without spaces that holds a clause-long run of
    it."""
    return (
        sentence_end
        or sentences >= 2
        or (clauses >= 2 and words >= _CLAUSE_WORDS)
        or (not dense and words >= _LONG_WORDS and title_case < _TITLE_CASE)
        or dense_phrase
    )


def _url_like(text: str) -> bool:
    """Whether *text* is a web address or an e-mail address: one word, holding the dot or
    the colon of an address, or the at sign of an e-mail (most lines hold neither)."""
    if " " in text:
        return False
    if ("." in text or "://" in text) and _URL.fullmatch(text):
        return True
    return "@" in text and _EMAIL.fullmatch(text) is not None


def _dense_phrase(text: str) -> bool:
    """A run of a space-less script as long as a clause, and single spaces between such runs:
    text that pauses with spaces instead of commas ("天冷了 山上的枫树一夜之间就从绿色变成了金黄"),
    not a row of menu items ("首页 新闻 体育") or a headline."""
    return (
        len(_DENSE_PAUSE.findall(text)) >= _DENSE_PAUSES and _DENSE_CLAUSE.search(text) is not None
    )


def block_features(text: str) -> Features:
    """Measure a block from its text as it shows (see :func:`visible_text`)."""
    return _fast_features(text) if _fast(text) else _features(text)


def _features(text: str) -> Features:
    """:func:`block_features` of any text."""
    dense_chars = _dense_count(text)
    length = len(text) + 2 * dense_chars
    words_found = _WORD.findall(text)
    dense = dense_chars * 2 > len(text)
    words = max(len(words_found), length // 6) if dense else len(words_found)
    capitals = len(_TITLE_WORD.findall(text))
    sentence_end = _SENTENCE_END.search(text, max(0, len(text) - _END_WINDOW)) is not None
    sentences = len(SENTENCE_MARK.findall(text))
    clauses = len(_CLAUSE_MARK.findall(text))
    title_case = capitals / len(words_found) if words_found else 0.0
    dense_phrase = dense and length >= _DENSE_PHRASE_LENGTH and _dense_phrase(text)
    prose = _prose(
        sentence_end=sentence_end,
        sentences=sentences,
        clauses=clauses,
        words=words,
        dense=dense,
        title_case=title_case,
        dense_phrase=dense_phrase,
    )
    return Features(
        length,
        words,
        sentence_end,
        sentences,
        clauses,
        dense,
        _url_like(text),
        title_case,
        dense_phrase,
        prose,
    )


def _fast_features(text: str) -> Features:
    """:func:`block_features` of text the fast patterns read: it holds no character of a
    script without spaces."""
    words_found = _FAST_WORD.findall(text)
    words = len(words_found)
    capitals = len(_FAST_TITLE_WORD.findall(text))
    sentence_end = _FAST_SENTENCE_END.search(text, max(0, len(text) - _END_WINDOW)) is not None
    sentences = len(_FAST_SENTENCE_MARK.findall(text))
    clauses = sum(map(text.count, _FAST_CLAUSE_MARKS))
    title_case = capitals / words if words else 0.0
    prose = _prose(
        sentence_end=sentence_end,
        sentences=sentences,
        clauses=clauses,
        words=words,
        dense=False,
        title_case=title_case,
        dense_phrase=False,
    )
    return Features(
        len(text),
        words,
        sentence_end,
        sentences,
        clauses,
        False,
        _url_like(text),
        title_case,
        False,
        prose,
    )
