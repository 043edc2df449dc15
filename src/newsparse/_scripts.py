"""Writing systems: which script each letter belongs to, and the languages each script allows."""

from __future__ import annotations

import functools
import string
import unicodedata
from collections.abc import Mapping

import regex

__all__ = [
    "CJK_SCRIPTS",
    "OPEN_SCRIPTS",
    "SETTLED",
    "ScriptCounts",
    "dominant_script",
    "script_counts",
]

# Scripts whose language is settled by the script alone, as far as this library can tell
# (the n-gram profiles know at most one language written in each of them).
SETTLED: Mapping[str, str] = {
    "Hangul": "ko",
    "Thai": "th",
    "Greek": "el",
    "Hebrew": "he",
    "Georgian": "ka",
    "Armenian": "hy",
    "Bengali": "bn",
    "Gujarati": "gu",
    "Gurmukhi": "pa",
    "Tamil": "ta",
    "Telugu": "te",
    "Kannada": "kn",
    "Malayalam": "ml",
    "Oriya": "or",
    "Sinhala": "si",
    "Khmer": "km",
    "Lao": "lo",
    "Myanmar": "my",
    "Ethiopic": "am",
    "Tibetan": "bo",
    "Thaana": "dv",
}

# Scripts shared by several languages: the n-gram model decides among these only.
OPEN_SCRIPTS: Mapping[str, frozenset[str]] = {
    "Latin": frozenset(
        {"af", "ca", "cs", "cy", "da", "de", "en", "es", "et", "fi", "fr", "hr", "hu", "id", "it"}
        | {"lt", "lv", "nl", "no", "pl", "pt", "ro", "sk", "sl", "so", "sq", "sv", "sw", "tl"}
        | {"tr", "vi"}
    ),
    "Cyrillic": frozenset({"bg", "mk", "ru", "uk"}),
    "Arabic": frozenset({"ar", "fa", "ur"}),
    "Devanagari": frozenset({"hi", "mr", "ne"}),
}

# Scripts of Chinese and Japanese: kana settles Japanese, Han alone Chinese.
CJK_SCRIPTS = ("Han", "Hiragana", "Katakana")

# How many Latin letters one ideograph or syllable block is worth when scripts compete:
# a Chinese character or a Hangul block carries about as much as a short word.
_BLOCK_WEIGHT = 3

_TAGS = "".join(chr(0x41 + i) for i in range(len(SETTLED) + len(OPEN_SCRIPTS) + len(CJK_SCRIPTS)))
_NAMES: tuple[str, ...] = (*SETTLED, *OPEN_SCRIPTS, *CJK_SCRIPTS)
_OTHER_LETTER = "z"
_NAME_OF_TAG = {**dict(zip(_TAGS, _NAMES, strict=True)), _OTHER_LETTER: "Other"}
_BLOCK_SCRIPTS = frozenset({"Hangul", *CJK_SCRIPTS})


@functools.cache
def _table() -> str:
    """A ``str.translate`` table over the BMP: letters to their script's tag, others to space."""
    table = [" "] * 0x10000
    every = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF)
    for match in regex.finditer(r"\p{L}+", every):
        run = match.group()
        table[ord(run[0]) : ord(run[-1]) + 1] = _OTHER_LETTER * len(run)
    for tag, name in zip(_TAGS, _NAMES, strict=True):
        for match in regex.finditer(rf"(?V1)[\p{{Script={name}}}&&[\p{{L}}\p{{M}}]]+", every):
            run = match.group()
            table[ord(run[0]) : ord(run[-1]) + 1] = tag * len(run)
    # The regex module may know a newer Unicode than the interpreter: characters that
    # Python's own tables leave unassigned are no letters here either.
    for c in range(0x10000):
        if table[c] != " " and unicodedata.category(chr(c)) == "Cn":
            table[c] = " "
    return "".join(table)


ScriptCounts = dict[str, int]
_ASCII_LETTERS = string.ascii_letters.encode("ascii")


def script_counts(text: str) -> ScriptCounts:
    """Count the letters of *text* per script (``"Other"`` for scripts not listed here).

    >>> script_counts("Ελλάδα and 日本")
    {'Greek': 6, 'Latin': 3, 'Han': 2}
    """
    if text.isascii():  # the common case, without the table: ASCII letters are Latin
        letters = len(text) - len(text.encode("ascii").translate(None, _ASCII_LETTERS))
        return {"Latin": letters} if letters else {}
    tags = text.translate(_table()).replace(" ", "")
    # Letters of one script, the common case, are counted in one go (characters beyond the
    # table's BMP are left as they are: no tag).
    script = _NAME_OF_TAG.get(tags[:1])
    if script is not None and tags.count(tags[0]) == len(tags):
        return {script: len(tags)}
    counts: ScriptCounts = {}
    for tag, name in zip(_TAGS, _NAMES, strict=True):
        n = tags.count(tag)
        if n:
            counts[name] = n
    other = tags.count(_OTHER_LETTER)
    if other:
        counts["Other"] = other
    return counts


def dominant_script(counts: ScriptCounts) -> str | None:
    """The script that carries most of the text, ideographs and syllable blocks weighted up.

    Han and kana count together as Japanese when kana is present, since Japanese mixes them.

    >>> dominant_script({"Latin": 10, "Han": 8})
    'Han'
    >>> dominant_script({}) is None
    True
    """
    weights = {
        name: n * (_BLOCK_WEIGHT if name in _BLOCK_SCRIPTS else 1)
        for name, n in counts.items()
        if name != "Other"
    }
    if not weights:
        return None
    return max(sorted(weights), key=lambda name: weights[name])
