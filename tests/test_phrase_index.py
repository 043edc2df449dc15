"""The index of phrase heads that lets a phrase list skip its patterns on most lines.

:class:`newsparse._lexicon.PhraseSet` tells a line no phrase starts at a position from the
folded first characters there before it tries its patterns. The index must never refuse a
line a pattern matches: these tests compare every answer with the patterns tried alone, on
lines written here in several languages and scripts and on generated ones, and check the
character folding it rests on against the ``regex`` module's own case tables.

Searching a line for a phrase anywhere, and matching one right after the symbols at a
position when no phrase of the list opens with a symbol, run on the standard library's
engine, which is faster at it: the same tests compare its every answer with the ``regex``
module's.
"""

from __future__ import annotations

import re  # noqa: TID251 (the standard library's case rules are under test)
import sys

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsparse._lexicon import (
    PhraseSet,
    _fold_char,
    available_languages,
    fold_key,
    lexicon_for,
    merged_phrases,
)
from newsparse._model import NavKind
from strategies import phrase_lines, symbol_led_lines

CODES = ("en", "de", "fr", "it", "el", "ru", "tr", "ja", "zh", "hi", "ar", "th")


def all_sets(code: str) -> list[tuple[str, PhraseSet]]:
    """Every phrase list of the lexicon in effect for *code*, by name."""
    lexicon = lexicon_for((code,))
    named = [
        ("byline_prefixes", lexicon.byline_prefixes),
        ("byline_roles", lexicon.byline_roles),
        ("date_markers", lexicon.date_markers),
        ("relative_dates", lexicon.relative_dates),
        ("caption_markers", lexicon.caption_markers),
        ("cookies", lexicon.cookies),
        ("menu", lexicon.menu),
        ("copyright", lexicon.copyright),
        ("ends", lexicon.ends),
        ("paywall", lexicon.paywall),
        ("player", lexicon.player),
        ("nav_any", lexicon.nav_any),
    ]
    named += [(f"nav.{kind.value}", phrases) for kind, phrases in lexicon.nav]
    return [(name, phrases) for name, phrases in named if phrases]


def patterns_at(phrases: PhraseSet, text: str, pos: int) -> tuple[int, int] | None:
    """The span the longest phrase matches at *pos*, trying every pattern, no index."""
    best: regex.Match[str] | None = None
    for part in phrases.parts:
        match = part.at.match(text, pos)
        if match is not None and (best is None or match.end() > best.end()):
            best = match
    return best.span() if best is not None else None


def patterns_whole(phrases: PhraseSet, text: str) -> bool:
    """Whether *text* is made of phrases only, trying every pattern, no index."""
    pos, found = 0, False
    while True:
        span = patterns_at(phrases, text, pos)
        if span is None or span[1] == pos:
            break
        pos, found = span[1], True
    return found and regex.fullmatch(r"[\p{P}\p{S}\p{Z}\s\d]*", text[pos:]) is not None


def regex_search(phrases: PhraseSet, text: str) -> tuple[int, int] | None:
    """The span of the leftmost, then longest, phrase in *text*, found by each list's
    ``regex`` pattern."""
    best: regex.Match[str] | None = None
    for part in phrases.parts:
        match = part.any.search(text)
        if match is not None and (
            best is None
            or match.start() < best.start()
            or (match.start() == best.start() and match.end() > best.end())
        ):
            best = match
    return best.span() if best is not None else None


def agrees(phrases: PhraseSet, text: str) -> None:
    """Assert that the indexed answers for *text* are those of the patterns alone, and that
    a search finds what the ``regex`` module finds."""
    found = phrases.search(text)
    assert (found.span() if found else None) == regex_search(phrases, text), text
    for pos in {0, min(1, len(text)), len(text) // 2}:
        indexed = phrases.starts(text, pos)
        assert (indexed.span() if indexed else None) == patterns_at(phrases, text, pos), (
            text,
            pos,
        )
    assert phrases.whole(text) == patterns_whole(phrases, text), text


WRITTEN = {
    "en": [
        "Share this article",
        "SHARE",
        "• Read more »",
        "By Jane Doe",
        "byline",
        "12 Comments",
        "© 2024 The Daily Ledger",
        "Related: storm",
        "Sharecropping was common",
        "Reply ↓",
    ],
    "de": [
        "Artikel teilen",
        "VON Max Müller",
        "Weiterlesen »",
        "Straße gesperrt",
        "STRASSE",
        "Kommentare (3)",
        "Mehr zum Thema",
        "Foto: dpa",
        "ẞTRASSE",
    ],
    "fr": [
        "Partager l’article",
        "Partager l'article",
        "Par Marie Curie",
        "À lire aussi",
        "Lire la suite…",
        "Commentaires",
        "Article précédent « Titre »",
        "S’abonner",
        "Jʼaime",
        "L’AUTEUR VOUS RECOMMANDE",
    ],
    "it": ["L’autore", "un’ora fa", "Condividi", "Leggi anche"],
    "el": ["Κοινοποίηση", "ΣΧΟΛΙΑ", "Σχόλιας", "Διαβάστε επίσης", "Του Γιώργου Παπαδόπουλου"],
    "ru": ["Поделиться", "ПОДЕЛИТЬСЯ", "Читайте также", "Комментарии 5", "Автор: Иван Петров"],
    "tr": [
        "İlgili Haberler",
        "ILGILI HABERLER",
        "ilgili haberler",
        "ıLGİLİ HABERLER",
        "Yorumlar",
        "Paylaş",
        "Sıradaki haber",
    ],
    "ja": ["関連記事", "コメント(3)", "記者：山田太郎", "« 前へ", "次へ »"],
    "zh": ["相关阅读", "记者：张三", "责任编辑：李四", "分享到：", "评论"],
    "hi": ["और पढ़ें", "शेयर करें", "संबंधित खबरें", "टिप्पणियाँ"],
    "ar": ["شارك", "اقرأ أيضا", "التعليقات", "السابق: عنوان"],
    "th": ["แชร์", "อ่านเพิ่มเติม", "ความคิดเห็น", "ข่าวที่เกี่ยวข้อง"],
}


@pytest.mark.parametrize("code", CODES)
def test_index_agrees_with_the_patterns_on_written_lines(code: str) -> None:
    """On lines written for the test, and on every phrase of the lexicon printed as is, in
    capitals and after a bullet, the index changes no answer."""
    for _name, phrases in all_sets(code):
        lines = list(WRITTEN[code])
        for phrase in phrases.phrases:
            lines += [phrase, phrase.upper(), f"• {phrase}", f"{phrase}x", f"3{phrase}"]
            lines += [phrase.replace("'", "’"), phrase.replace("'", "ʼ").upper()]
        for line in lines:
            agrees(phrases, line)


@pytest.mark.parametrize("code", CODES)
@given(data=st.data())
def test_index_agrees_with_the_patterns_on_generated_lines(code: str, data: st.DataObject) -> None:
    """On lines made of a lexicon's phrases in other cases, after symbols, cut short or run
    on, the index changes no answer."""
    for _name, phrases in all_sets(code):
        agrees(phrases, data.draw(phrase_lines(phrases.phrases)))


@pytest.mark.parametrize("code", CODES)
@given(data=st.data())
def test_matches_after_symbols_agree_with_the_patterns(code: str, data: st.DataObject) -> None:
    """At every position of a line that opens with symbols, digits, apostrophes or
    characters that only look like them, a phrase matched there is the one the ``regex``
    module's pattern matches, symbols and all."""
    for _name, phrases in all_sets(code):
        text = data.draw(symbol_led_lines(phrases.phrases))
        for pos in range(len(text) + 1):
            found = phrases.starts(text, pos)
            assert (found.span() if found else None) == patterns_at(phrases, text, pos), (
                text,
                pos,
            )
            assert found is None or found.group() == text[pos : found.end()]
        assert phrases.whole(text) == patterns_whole(phrases, text), text


def test_no_character_matches_first_letters_of_two_branches() -> None:
    """The standard library's patterns gather the phrases by their folded first letter
    (see ``_by_first_letter``); no character matches, case-insensitively, the first letters
    of two branches, so that at any position the phrases of one branch only may match and
    the order in which the branches are tried changes no answer. (A list with a dotted or
    dotless i has no such pattern, and a line holding one is searched by the regex module.)
    """
    turkish = "İı"
    firsts = {
        phrase.lstrip()[0]
        for code in available_languages()
        for _name, phrases in all_sets(code)
        for phrase in phrases.phrases
        if not any(i in phrase for i in turkish)
    }
    every = "".join(
        chr(c)
        for c in range(sys.maxunicode + 1)
        if not 0xD800 <= c <= 0xDFFF and chr(c) not in turkish
    )
    keys: dict[int, set[str | None]] = {}
    for first in firsts:
        first_pattern = "['’ʼ]" if first in "'’ʼ" else re.escape(first)
        for found in re.finditer(first_pattern, every, re.IGNORECASE):
            keys.setdefault(found.start(), set()).add(_fold_char(first))
    assert [every[at] for at, folded in keys.items() if len(folded) > 1] == []


def test_lists_with_phrases_opening_with_symbols_are_known() -> None:
    """A list that holds a phrase opening with a symbol, a number or an apostrophe says so
    (its phrases after symbols are then tried at each of the symbols, the last first)."""
    for code in CODES:
        for _name, phrases in all_sets(code):
            for part in phrases.parts:
                opening = {p[0] for p in part.phrases}
                led = any(regex.match(r"[\p{P}\p{S}\p{Z}\s\d'’ʼ]", c) for c in opening)
                assert part.edge_led == led, part.phrases


# Characters this Python's Unicode data does not know yet may be letters to the newer data
# of the regex module: at a phrase's edge the two engines may then disagree.
@given(text=st.text(st.characters(exclude_categories=("Cn",)), max_size=40))
def test_index_agrees_with_the_patterns_on_any_text(text: str) -> None:
    """On arbitrary text the index changes no answer, nor the engine a search."""
    for _name, phrases in all_sets("en"):
        agrees(phrases, text)


def test_folding_respects_the_regex_case_tables() -> None:
    """Two characters the patterns match case-insensitively fold alike, unless one of them
    does not fold at all (and a key holding it is never used)."""
    all_cases = getattr(getattr(regex, "_regex", None), "get_all_cases", None)
    if all_cases is None:
        pytest.skip("this regex release does not expose its case tables")
    flags = int(regex.IGNORECASE | regex.V0)
    edge = regex.compile(r"[\p{P}\p{S}\p{Z}\s\d]")
    wrong = []
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        folded = fold_key(char)
        if folded is None:
            continue
        for other in all_cases(flags, code):
            other_folded = fold_key(chr(other))
            if other_folded is not None and other_folded != folded:
                wrong.append((char, chr(other)))
            if edge.match(char) is None and edge.match(chr(other)) is not None:
                wrong.append((char, chr(other)))  # a letter matching a symbol
    assert wrong == []


def test_symbols_do_not_change_with_case_and_letters_are_no_symbols() -> None:
    """The symbols skipped before a phrase are the same whatever the case, and no letter is
    one of them (the index takes a line opening with a letter to open with the phrase)."""
    edge = regex.compile(r"[\p{P}\p{S}\p{Z}\s\d]")
    edge_folded = regex.compile(r"[\p{P}\p{S}\p{Z}\s\d]", regex.IGNORECASE | regex.V0)
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        is_edge = edge.match(char) is not None
        assert is_edge == (edge_folded.match(char) is not None), hex(code)
        assert not (is_edge and char.isalpha()), hex(code)


@pytest.mark.parametrize("code", ["en", "de", "ru", "ja", "ar"])
def test_searches_run_on_the_faster_engine(code: str) -> None:
    """Phrase lists without a dotted or dotless i are searched by the standard library's
    engine (a regression would only show as lost speed)."""
    lexicon = lexicon_for((code,))
    for phrases in (lexicon.cookies, lexicon.copyright, lexicon.byline_prefixes):
        assert all(part.fast is not None for part in phrases.parts), phrases.phrases


def test_turkish_i_is_searched_as_the_regex_module_does() -> None:
    """The standard library takes "I" for the dotted and the dotless i alike; a line holding
    either is searched by the regex module, whose answers all other patterns give."""
    related = lexicon_for(("tr",)).nav_phrases(NavKind.RELATED)
    for line in ("ILGILI HABERLER", "İlgili haberler", "ılgılı haberler", "Şu ilgili haberler"):
        found = related.search(line)
        assert (found.span() if found else None) == regex_search(related, line), line


@pytest.mark.parametrize("code", CODES)
@given(data=st.data())
def test_one_pattern_for_all_languages_finds_a_phrase_where_one_language_does(
    code: str, data: st.DataObject
) -> None:
    """A set of the lists of several languages first searches a line with all their phrases
    in one pattern: it finds a phrase in the lines where one of the lists does, and in no
    others."""
    unions = 0
    for _name, phrases in all_sets(code):
        union = phrases._union_pattern()
        if union is None:
            continue
        unions += 1
        line = data.draw(st.one_of(phrase_lines(phrases.phrases), st.text(max_size=30)))
        found = any(part.fast is not None and part.fast.search(line) for part in phrases.parts)
        assert (union.search(line) is not None) == found, line
    assert unions > 0


_LISTS = (
    ("byline", "prefixes"),
    ("byline", "roles"),
    ("dates", "markers"),
    ("captions", "markers"),
    ("boilerplate", "copyright"),
    *(("nav", kind.value) for kind in NavKind),
)


def _separate(code: str) -> list[PhraseSet]:
    lexicon = lexicon_for((code,))
    sets = [
        lexicon.byline_prefixes,
        lexicon.byline_roles,
        lexicon.date_markers,
        lexicon.caption_markers,
        lexicon.copyright,
    ]
    return sets + [phrases for _, phrases in lexicon.nav]


@pytest.mark.parametrize("code", CODES)
@given(data=st.data())
def test_merged_lists_find_a_phrase_where_one_of_the_lists_does(
    code: str, data: st.DataObject
) -> None:
    separate = _separate(code)
    merged = merged_phrases(lexicon_for((code,)).codes, _LISTS)
    every = [p for phrases in separate for p in phrases.phrases]
    line = data.draw(st.one_of(phrase_lines(every), st.text(max_size=30)))
    found = any(phrases.search(line) is not None for phrases in separate)
    assert (merged.search(line) is not None) == found


def test_nav_any_is_every_nav_list_merged() -> None:
    lexicon = lexicon_for(("de",))
    merged = {p for _, phrases in lexicon.nav for p in phrases.phrases}
    assert set(lexicon.nav_any.phrases) == merged


@pytest.mark.parametrize(
    ("code", "name", "text", "found"),
    [
        ("en", "copyright", "• © 2024 Jane Doe", "• ©"),
        ("de", "nav_any", "1. « Zurück zur Übersicht", "1. « Zurück"),
        ("fr", "nav_any", "– « Précédent, le titre", "– « Précédent"),
        ("en", "nav_any", "• « Previously on the show", None),
    ],
)
def test_a_phrase_opening_with_a_symbol_is_found_after_other_symbols(
    code: str, name: str, text: str, found: str | None
) -> None:
    """A phrase that opens with a symbol ("©", "« Zurück") is found after the bullets and
    numbers before it, as the regex module's pattern finds it; one run on into a longer
    word ("« Previously") is not."""
    phrases = getattr(lexicon_for((code,)), name)
    match = phrases.starts(text)
    assert (match.group() if match else None) == found
    assert (match.span() if match else None) == patterns_at(phrases, text, 0)
