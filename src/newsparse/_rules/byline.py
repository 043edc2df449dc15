"""Byline rule: the line (or lines) naming the authors, and often the date, of the article.

A line is read as parts cut at ``|``, ``•``, spaced dashes and the like. A part names
authors when it starts with a byline prefix ("By", "Von", "Par", "记者："), holds one after a
few words ("Kommentar von ...", "Posted on ... by ..."), ends with a role word ("... Reporter",
"... 기자"), or, in a cased script, is nothing but a short run of capitalised names (in a
script without case, a few plain words right under the headline with a date after them; in
Japanese, a name in Chinese characters alone under the headline, a date near it). The
other parts may be dates, roles, counts or a site's name. Each line found that way is weighed
by its evidence (prefix, role, a date on the line or the next, closeness to the first
paragraph) between the title and the first lines of the article (a prefixed full name may
stand a little deeper in it), else right under the headline when the article region starts
far below it, or under the first copy of a headline the page prints twice; when nothing is
found there, a prefixed line near the end of the article (its last paragraphs or the lines
under them) is taken, then a labelled credit ("Autorin: Ann Lee") anywhere in the article,
then a signature under it, then an author's box (a name a few lines over the link to that
person's other articles: "Ann Lee" / "More from Ann Lee"), then the agency of the dateline that
opens the first paragraph ("Hamburg (dpa) – ..."), then the agency, or the writers with
the date, credited in brackets at the end of its last paragraph ("(dpa)", "(Ann Lee,
7.5.2024)"), then the one person a copyright line under the article credits with a prefix
("© 2009-2024 by Ann Lee"). A first name alone takes the full name from the line that
links the author's other articles ("More from Ann Lee"), and initials alone ("Posted by
AL") the name a line credits after a prefix ("This blog by Ann Lee is licensed ..."). The
date is the first one on the byline's lines, else that of the nearest short date line a
few lines away. A site's or publisher's name is not an author: it is the article's ``site_name``; a
byline names the people (or the agency, or the newsroom when no person is named) the page
credits with the text.
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
import re  # noqa: TID251 (ASCII text only: see _CUT_SIGNS)
from collections.abc import Iterator
from typing import cast

import attrs
import regex

from newsparse._dates import (
    find_date,
    find_date_span,
    has_day_and_month,
    span_share,
)
from newsparse._features import Features
from newsparse._lexicon import (
    Found,
    Lexicon,
    Match,
    PhraseSet,
    lexicon_for,
    merged_phrases,
    month_names,
    with_date_order,
)
from newsparse._model import Byline, NavKind, SegmentKind
from newsparse._page import Page
from newsparse._rules.phrases import link_arrow
from newsparse._rules.stamps import STAMP_WORDS, date_only, stamp_date
from newsparse._stopwords import STOPWORDS

__all__ = ["find_byline", "split_authors"]

_MAX_BYLINE_LENGTH = 200
_MAX_BYLINE_WORDS = 30
_BEFORE = 25  # blocks before the article region in which a byline may stand
_AFTER = 6  # and blocks into it
_AFTER_PREFIXED = 12  # how far into it a line opening with a byline prefix may stand
_END_AFTER = 12  # blocks either side of the region's end where a prefixed byline may stand
_FAR_AFTER = 24  # blocks under the region's end where a prefixed and dated byline may stand
# The evidence a byline that far under the article needs: a date and a prefix, at the start
# of its line or after a few words of it ("Posted on May 3, 2024 by Ann Lee").
_FAR_SCORE = 3.5
_MAX_LINES = 6  # consecutive lines one byline may take (one author per line)
_MAX_NAME_WORDS = 5
_MAX_NAME_CHARS = 60
_MAX_AGENCY_CHARS = 4  # a lower-case agency after the names: "dpa", "apa"
_MAX_PLACE_WORDS = 2  # words of a place before a name and its role in a script without case
_MAX_DENSE_NAME = 8  # characters of a name in a script written without spaces
_MAX_HEAD_WORDS = 4  # words before a prefix inside a part ("Ein Kommentar von ...")
_MIN_SCORE = 2.0
_SAID = 0.5  # the edge of a line that opens with a byline prefix over bare names
_SHOWN = 0.5  # what bare names right over a photo credit lose to other lines of names
_NAMED = 2.0  # the score of names with a role or a date on their own line
_DATED_BY = 0.5  # what a date line right next to an undated byline adds
_MIN_FULL_NAME = 2  # words of a full name
_SURNAME_ABBREVIATION = 3  # characters of a short word with its full stop inside a name: "St."
_MAX_ABBREVIATION = 5  # characters of a title or an initial with its full stop: "Prof."
_MIN_BIO_WORDS = 6  # words of an author's box line that opens with the name
_ABOVE_HEADING = 3  # blocks above the repeated headline where a prefixed byline may stand
_UNDER_HEADING = 6  # blocks under the headline where bare names gain from standing there
_DATE_RADIUS = 6  # blocks around the byline in which a line of its own may give the date
_MAX_DATE_WORDS = 8  # a line with a date marker but no readable date is no longer
_MAX_SENTENCE_WORDS = 14  # inside the article, a byline ending in a full stop is no longer
_DIGIT = regex.compile(r"\d")
# The patterns that run over a name's surroundings try an address or a domain from the
# start of a run of its characters only (or from where the search starts, \G), never from
# inside one: tried from every character, a long run (a Markdown link's target, which the
# byline's length does not count) would cost its length squared. The match found is the same.
_MAIL = regex.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_EMBED = regex.compile(r"\(@[\w.]+\)")
_ATTRIBUTION = frozenset("—―~")
_COPYRIGHT = "©"
_LINK_START = regex.compile(r"\A\s*(?:>>+|→)\s")  # a teaser's link: ">>> Mehr von ..."
_SOFT_HYPHEN = "\N{SOFT HYPHEN}"
_BRACKETED = regex.compile(r"[(\[（【]([^()\[\]（）【】]+)[)\]）】]")
# Each whitespace run is tried from its first character only: tried from every one of its
# characters, a long run would cost its length squared.
_RUN = r"(?<!\s)\s+"
_PARTS = regex.compile(
    rf"{_RUN}[|•·~—–/]\s+|(?:{_RUN})?(?:[|•]|//|;)\s*|{_RUN}-\s+|(?<!\s)\s{{3,}}|\t"
)
_CUT = regex.compile(
    r"(?:(?<![\w.+-])|\G)[\w.+-]+@[\w-]+\.|(?<![\p{L}\p{N}])\d|@|\(|\)|\[|\]|https?://|www\."
    r"|\b(?:(?<!\w-*)|(?<=\G\w*)|(?<=\G-*))[\w-]+\.(?:com|org|net|[a-z]{2})\b",
    regex.IGNORECASE,
)
_TOKEN = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}\p{N}.'’\-]*")
_UPPER_START = regex.compile(r"\A\p{Lu}")
_CASED = regex.compile(r"[\p{Lu}\p{Ll}]")
_DENSE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")
_HANDLE = regex.compile(r"\A[\p{Ll}\p{N}_.\-]*\p{Ll}[\p{Ll}\p{N}_.\-]*\Z")
_STRIP = " \t,.;:·-–—&+/|:：،、"
_INITIAL_END = regex.compile(r"(?<=\s)\p{Lu}\Z")
_INITIAL_NAME = regex.compile(r"\p{Lu}\p{Ll}+ \p{Lu}\.?")  # "Ann L", under a lone prefix
# A line of a list of names one to a line that the next line goes on: it ends with a comma,
# an ampersand or an ellipsis (more names hidden behind a button).
_LINE_JOINED = regex.compile(r"(?:[,&]|…|\.\.\.)\s*\Z")
_LISTED_LINES = 8  # lines of such a list at the most
_LISTED_WORDS = 5  # words of each of its lines at the most
# What such a line holds besides a name: an affiliation's number ("Ann Lee 1,"), a lone
# ellipsis standing for hidden names.
_NAME_MARK = regex.compile(r"(?<=\p{L})\s+\d{1,2}(?=\s*[,&]?\s*\Z)|\A\s*(?:…|\.\.\.)\s*\Z")
# Lower-case words that stand inside names in many languages: "Greta von Aalen",
# "Lola del Río", "Inês de Valadares", "Ahmad bin Ali".
_PARTICLES = frozenset(
    (
        *("von", "van", "der", "den", "de", "del", "della", "di", "da", "dos", "do", "du"),
        *("la", "le", "ter", "ten", "bin", "ibn", "al", "el"),
    )
)


# Texts whose date spans are remembered: the rule reads the date of a line, then of its
# parts, then again of the part it reads names from (in _cut_tail), and of nearby lines
# again for each candidate; a page's bylines and their neighbours fit.
_DATE_SPANS_KEPT = 512


@functools.lru_cache(maxsize=_DATE_SPANS_KEPT)
def _date_span_in(
    text: str, codes: tuple[str, ...], orders: tuple[str, ...]
) -> tuple[str, int, int] | None:
    lexicon = lexicon_for(codes)
    if lexicon.date_orders != orders:
        lexicon = with_date_order(lexicon, orders[0])
    return find_date_span(text, lexicon)


def _date_span(text: str, lexicon: Lexicon) -> tuple[str, int, int] | None:
    """:func:`newsparse._dates.find_date_span`, remembered for the texts read lately."""
    return _date_span_in(text, lexicon.codes, lexicon.date_orders)


def _upper_start(text: str) -> bool:
    """Whether *text* opens with a capital letter (:data:`_UPPER_START`)."""
    first = text[:1]
    if first.isascii():
        return "A" <= first <= "Z"  # quicker than the pattern, for most words
    return _UPPER_START.match(text) is not None


def _cased(text: str) -> bool:
    """Whether *text* holds a letter with case (:data:`_CASED`)."""
    if text.isascii():
        return text.lower() != text.upper()  # an ASCII letter: quicker than the pattern
    return _CASED.search(text) is not None


_MAX_MARKER_WORDS = 3


def _drop_marker(text: str, lexicon: Lexicon) -> str:
    """Remove a date marker that ends *text* ("Udo Kranich am", "Mira Stolle Vom", "Eva Roth
    Zuletzt geändert am")."""
    words = text.rstrip(_STRIP).split()
    for size in range(min(_MAX_MARKER_WORDS, len(words) - 1), 0, -1):
        if lexicon.date_markers.whole(" ".join(words[-size:])):
            return " ".join(words[:-size])
    return text


def _cut_tail(text: str, lexicon: Lexicon) -> str:
    """Drop what follows the names: a date, a number, a handle, a link, a bracket.

    When the text opens with the date ("1. Februar 2022, Jonas Wetterau"), the names
    are read after it.
    """
    date = _date_span(text, lexicon)
    start = 0
    end = len(text)
    if date is not None:
        before = text[: date[1]].strip(_STRIP)
        if before and not lexicon.date_markers.whole(before):
            end = date[1]
        else:
            start = date[2]
    relative = _relative_start(text[start:end], lexicon)
    if relative is not None:
        end = start + relative  # "Anna Fink vor 5 Minuten", "Lola Río hace 2 horas"
    cut = _CUT.search(text, start, end) if _may_cut(text[start:end]) else None
    if cut is not None:
        end = cut.start()
    head = text[start:end]
    if date is not None and end == date[1]:
        return _drop_marker(head, lexicon)
    return _drop_month(head, lexicon) if end < len(text) else head


def _drop_month(head: str, lexicon: Lexicon) -> str:
    """*head* without the month's name that ends it, when the day and time were cut after it
    ("Ann Lee June" from "Ann Lee June 9 at 10:41 AM", a date not read without its
    year). A name of two words is left alone: "May" and "June" are also names."""
    words = head.rstrip(_STRIP).split()
    if len(words) > _MIN_FULL_NAME and _month_name(words[-1].rstrip("."), lexicon):
        return " ".join(words[:-1])
    return head


# The characters one of which every match of _CUT holds: a digit, an at sign, a bracket, the
# colon of an address or the dot of a domain.
_CUT_SIGNS = re.compile(r"[0-9@()\[\]:.]")


def _may_cut(text: str) -> bool:
    """Whether _CUT may find something in *text*: in ASCII, only where it holds one of
    :data:`_CUT_SIGNS` (most names hold none)."""
    return not text.isascii() or _CUT_SIGNS.search(text) is not None


def _clean(name: str) -> str:
    """Strip punctuation around a name, but keep the full stop of a final initial ("C.")."""
    right = name.rstrip(_STRIP)
    kept = right.lstrip(_STRIP)
    if name[len(right) :].startswith(".") and _INITIAL_END.search(kept) is not None:
        kept += "."
    return kept


# The words of a compound before its last part: "Online-", "Sport-Chef-".
_ROLE_COMPOUND = regex.compile(r"\s*(?:[\p{L}\p{N}]+-)+")


def _drop_role(piece: str, lexicon: Lexicon, *, prefixed: bool = False) -> tuple[str, bool]:
    """Remove a role word after (or before) a name: "Tessa Holloway Correspondent".

    After a prefix, one word written right before the role makes a pen name with it
    ("von: Flinker Reporter"), which is kept whole.
    """
    role = lexicon.byline_roles.search(piece)
    if role is None:
        return piece, False
    if role.start() == 0 or _ROLE_COMPOUND.fullmatch(piece, 0, role.start()) is not None:
        # The role opens the piece, alone or closing the compound word that does ("Online-
        # Redakteurin Ann Lee", "Gast-Autor Ann Lee"): the whole word is the role.
        return piece[role.end() :], True
    head = piece[: role.start()]
    words = head.split()
    qualified = len(words)
    while qualified and words[qualified - 1].casefold() in lexicon.role_qualifiers:
        qualified -= 1
    if qualified == 0:
        return piece[role.end() :], True  # "Senior Correspondent Ann Lee"
    if prefixed and len(words) == 1 and head[-1:].isspace() and head[:1].isupper():
        return piece, True
    if _MIN_FULL_NAME <= qualified < len(words):
        # "Ruth Ellis Political Correspondent": the words that qualify the role go with
        # it; a name of two words is kept whole ("Ann Sport, Reporter").
        return " ".join(words[:qualified]), True
    if role.group()[:1].islower() and len(words) > _MIN_FULL_NAME and _upper_start(words[-1]):
        # A role written in sentence case opens with its one capital: "Ann Lee Education
        # editor" is Ann Lee's role, "Education editor".
        return head[: head.rindex(words[-1])], True
    return head, True


def _name_run(piece: str, *, prefixed: bool) -> tuple[str, str]:
    """The name at the start of *piece* and what is left after it."""
    tokens = list(_TOKEN.finditer(piece))
    if not tokens:
        return "", piece
    if not _cased(piece):
        # The words of a name in a script without case, and a middle dot where it parts
        # the given name and the surname of a foreign name in katakana ("ジョン・スミス").
        name = tokens[0].group()
        for before, token in itertools.pairwise(tokens):
            gap = piece[before.end() : token.start()].strip()
            name += f"{gap if gap in _NAME_DOTS else ' '}{token.group()}"
        return name, ""
    taken = 0
    for k, token in enumerate(tokens):
        word = token.group()
        if k > 0 and piece[tokens[k - 1].end() : token.start()].strip():
            break  # a name does not run across punctuation ("Union: Duell ...")
        if _upper_start(word) or (not _cased(word)):
            taken = k + 1
            if k > 0 and word.endswith(".") and len(word) > _SURNAME_ABBREVIATION:
                break  # a full stop after a surname ends a sentence: "Ann Lee. Photos by"
        elif word.casefold() in _PARTICLES and k > 0 and k + 1 < len(tokens):
            continue
        else:
            break
    if taken == 0 and prefixed and _HANDLE.match(tokens[0].group()):
        # A user name after an explicit prefix: "von gizzmo", "by marc", "Von dpa".
        return tokens[0].group(), piece[tokens[0].end() :]
    if taken == 0:
        return "", piece
    end = tokens[taken - 1].end()
    return piece[tokens[0].start() : end], piece[end:]


# A word of three capitals or more: an acronym, not a first name ("ANN" stands only in a
# name written all in capitals: "ANN LEE").
_ACRONYM = regex.compile(r"\p{Lu}{3,}")


def _looks_like_name(name: str, *, prefixed: bool) -> bool:
    words = name.split()
    if not words or len(words) > _MAX_NAME_WORDS or len(name) > _MAX_NAME_CHARS:
        return False
    if _cased(name):
        if any(len(w) == 1 for w in (words[0], words[-1])) or sum(len(w) == 1 for w in words) > 1:
            return False  # "F T W M": letters, not a name ("A." initials keep their dot)
        if any(w.endswith(".") and len(w) > _MAX_ABBREVIATION for w in words):
            return False  # "ANGST. HOFFNUNG": short sentences, not a name ("Dr.", "Prof.")
        if prefixed:
            return True
        # Without a prefix a single word is too weak ("Politics", "Sport").
        return len(words) >= 2
    dense = len(_DENSE.findall(name))
    return dense <= _MAX_DENSE_NAME and len(words) <= 3


@attrs.frozen
class _Names:
    """Names read from a text, and what else the text held."""

    names: tuple[str, ...]
    role: bool  # a role word stood next to a name
    leftover: int  # words that are neither names, roles, joiners nor a trailing date
    handle: bool  # a lower-case user name was taken as a name
    desk: bool = False  # a newsroom word alone was taken as a name ("Redaktion")
    described: int = 0  # words of roles and of the bodies holding them ("Reporter, Fund")


def _mark_pattern(mark: str) -> str:
    """The pattern of a joining *mark* ("," "、" "·"); a middle dot joins two names unless
    it stands between two words in katakana, where it parts the given name and the surname
    of one foreign name ("山田太郎・佐藤花子" are two names, "ジョン・スミス" one)."""
    escaped = regex.escape(mark)
    if mark not in _NAME_DOTS:
        return escaped
    return rf"(?:(?<!\p{{Katakana}}){escaped}|{escaped}(?!\p{{Katakana}}))"


@functools.cache
def _joiners(codes: tuple[str, ...]) -> regex.Pattern[str]:
    """The pattern that splits a run of names at the joiners of *codes* ("and", ",", "&")."""
    joiners = [j for j in lexicon_for(codes).author_joiners if j.strip()]
    words = [regex.escape(j) for j in joiners if j[0].isalpha()]
    marks = [j for j in joiners if not j[0].isalpha()]
    # A one-letter joiner of a script without case (Arabic و, Hebrew ו) is written against
    # the next name: split there only between names of two words or more each, since names
    # may start with the same letter ("وليد").
    attached = [
        regex.escape(j) for j in joiners if len(j) == 1 and j.isalpha() and j.lower() == j.upper()
    ]
    # Where names hold no space (Chinese), a space between two of them parts them; not one
    # between a name and its role ("记者 王小明"), which the role reading takes apart.
    lexicon = lexicon_for(codes)
    roles = "|".join(regex.escape(r) for r in lexicon.byline_roles.phrases if _DENSE.search(r))
    beside = rf"(?<!{roles})" if roles else ""
    after = rf"(?!{roles})" if roles else ""
    after_mark = rf"(?:(?:{'|'.join(words)})\s+)?" if words else ""
    spaced = () if lexicon.names_spaced else (rf"(?<=\p{{Han}}){beside}\s+{after}(?=\p{{Han}})",)
    pattern = "|".join(
        [
            *spaced,
            *(rf"{_RUN}{w}\s+" for w in words),
            # a mark may come with a joiner word after it: "Ann Lee, and Jan Berg"
            *(rf"(?:{_RUN})?{_mark_pattern(m)}\s*+{after_mark}" for m in marks),
            *(rf"(?<=\p{{L}}+\s+\p{{L}}+)\s+{a}(?=\p{{L}}{{2,}}\s+\p{{L}})" for a in attached),
        ]
    )
    return regex.compile(pattern or rf"(?:{_RUN})?,\s*", regex.IGNORECASE)


@functools.cache
def _joined_aside(codes: tuple[str, ...]) -> regex.Pattern[str]:
    """A bracket that opens with a joiner: "Ann Lee (with Jan Berg)" names two authors."""
    words = [regex.escape(j) for j in lexicon_for(codes).author_joiners if j[:1].isalpha()]
    if not words:
        return regex.compile(r"(?!)")
    return regex.compile(rf"\s*\(\s*(?:{'|'.join(words)})\s+([^()]*)\)", regex.IGNORECASE)


def _names(text: str, lexicon: Lexicon, *, prefixed: bool, dated: bool = False) -> _Names:
    """Read *text* as author names (*dated*: a date stands on the line of the credit)."""
    if prefixed:
        # Hyphenation points inside a name after a prefix: "Von Jo\xadhan\xadnes Brenner".
        # Bare runs keep them: a site that hyphenates its menu too ("Nach\xadrich\xadten aus
        # der Re\xadgion") would otherwise offer its links as names.
        text = text.replace(_SOFT_HYPHEN, "")
    if "(" in text:  # the pattern opens with a bracket, which most credits do not hold
        text = _joined_aside(lexicon.codes).sub(r", \1", text)
    head = _cut_tail(text, lexicon)
    if prefixed and " " in head and lexicon.newsrooms.whole(head.strip(_STRIP)):
        # A newsroom's credit holding a joiner, read whole: "By Staff and wire reports".
        return _Names((_clean(head),), role=True, leftover=0, handle=False, desk=True)
    joiners = _joiners(lexicon.codes)
    pieces = joiners.split(head)
    names: list[str] = []
    role_seen = handle = desk = False
    leftover = 0
    unnamed = 0  # words of a script without case not (yet) followed by a role
    dotted: list[str] = []  # the single words before it, each followed by a tight mark
    led = False  # a role opened the credit, the names after it ("记者 王小明 李娜")
    held = False  # the piece before was a role, after the names
    described = 0  # words of roles and of the bodies that hold them, after the names
    for k, raw in enumerate(pieces):
        piece = _clean(raw)
        if not piece or lexicon.date_markers.whole(piece):
            continue  # ", le 3 mai", "am 3. Mai"
        opened = lexicon.byline_roles.starts(piece) is not None
        room = None if names else _newsroom(piece, lexicon)
        if room is not None:
            name, rest, alone = room
            names.append(name)
            role_seen = True
            desk = desk or alone
            leftover += len(_TOKEN.findall(rest))
            continue
        if held and _comma_before(joiners, head, k):
            # Where the role is held: "Ann Lee, Staff Attorney, Harbour Rights Fund".
            held = False
            described += len(_TOKEN.findall(pieces[k - 1])) + len(_TOKEN.findall(raw))
            continue
        rest, role = _drop_role(piece, lexicon, prefixed=prefixed and not names)
        # A role that opens an unprefixed line, alone or after a word that qualifies it
        # ("Reporter, Harbour Times", "Senior Reporter, Harbour Times"): what follows its
        # comma is where the role is held, under the names of a line above it.
        opening = (role and k == 0 and not names and not prefixed and _cased(piece)) and len(
            rest.split()
        ) <= 1
        held = role and (bool(names) or opening)
        if opening:
            rest = ""
        elif role and names and rest != piece and len(rest.split()) == 1:
            rest = ""  # a role with its word after the names: "Ann Lee, News Reporter"
        elif role and names and _role_place(piece, rest, lexicon):
            rest = ""  # where the role is held: "Ann Lee, correspondent in Paris"
        piece = rest
        role_seen = role_seen or role
        piece = _clean(piece)
        if not piece:
            continue
        if not _cased(piece) and not prefixed:
            # Uncased scripts name one author right before the role: "서울 홍길동 기자".
            if not role and led and _short_dense_name(piece):
                names.append(piece)  # "记者 王小明 李娜": another name after the role's
                continue
            led = False
            if not role:
                unnamed += len(piece.split())
                single = len(piece.split()) == 1 and _tight_marks(joiners, head)[k]
                dotted = [*dotted, piece] if single else []
                continue
            if opened and not lexicon.names_spaced:
                # In a script that writes no space inside a name, the role opens the
                # credit and each word after it (a role word aside) is a name: "记者
                # 王小明 通讯员 李娜".
                found, other = _role_led(piece, lexicon)
                if found:
                    leftover += unnamed + other
                    unnamed = 0
                    names.extend(found)
                    led = True
                    continue
            words = len(_TOKEN.findall(piece))
            if words == 1 and dotted:
                # Names joined by a tight mark before the last one and its role:
                # "김민수·이지은 기자".
                names.extend(d for d in dotted if _looks_like_name(d, prefixed=False))
                unnamed -= len(dotted)
            dotted = []
            # A place or two may stand before the name: "서울, 부산 홍길동 기자".
            before = unnamed + words - 1
            leftover += before if before > _MAX_PLACE_WORDS else 0
            unnamed = 0
            piece = piece.split()[-1]
        # A user name after a prefix ("Von gizzmo"), or a short agency after the names
        # ("Von Ann Lee und Jan Berg, dpa").
        last_agency = k == len(pieces) - 1 and len(piece) <= _MAX_AGENCY_CHARS
        name, rest = _name_run(piece, prefixed=prefixed and (k == 0 or last_agency))
        if prefixed and dated and k == len(pieces) - 1 and _lower_surname(name, rest, lexicon):
            name, rest = f"{name} {rest.strip()}", ""
        tail = len(_TOKEN.findall(rest))
        leftover += tail
        if prefixed and names and not name and tail:
            # The credit has ended: "By HBN, in News, Harbour, Business" lists sections.
            leftover += sum(len(_TOKEN.findall(p)) for p in pieces[k + 1 :])
            break
        name = _clean(_caption_tail(_phrase_tail(name, lexicon) if prefixed else name, lexicon))
        dated_name = " " in name and (  # "Published Fri", "Kai Lum Monday"
            lexicon.relative_dates.search(name) is not None
            or lexicon.date_markers.search(name) is not None
        )
        if dated_name:
            name = _date_tail(name, lexicon)
        if name and len(name.split()) <= _MAX_LABEL_WORDS and lexicon.byline_prefixes.whole(name):
            leftover += len(name.split())  # a label, not a name: "Auteur(s) :"
        elif dated_name and _date_word(name.split()[0], lexicon):
            leftover += len(name.split())  # "Published Fri", "Actualizado Lunes"
        elif name and not prefixed and lexicon.caption_markers.whole(name.split()[0]):
            leftover += len(name.split())  # "Symbolbild Feuerwehr": a picture's caption
        elif " " not in name and (_month_name(name, lexicon) or _function_word(name, lexicon)):
            # "Ann Lee, Stiftung, Oktober 2008": the month of a date; "Autor:innen" / "Wer
            # wir sind": a link cut at its second word
            leftover += 1
        elif name and names and prefixed and tail:
            # After the names, words that run on past a capitalised start describe the
            # author: "Ann Lee, Projektleiterin der Stiftung in Tunis".
            leftover += len(name.split())
        elif names and _postnominal(name, lexicon):
            pass  # "Ann Lee, MD": the letters of a degree after a name, not an author
        elif prefixed and k == len(pieces) - 1 and _place_after(name, names, lexicon):
            pass  # "Von Ann Lee, Berlin": the place the author writes from
        elif name and _looks_like_name(name, prefixed=prefixed):
            names.append(name)
            handle = handle or (k == 0 and _cased(name) and _HANDLE.match(name) is not None)
        elif name:
            leftover += len(name.split())
    leftover += unnamed
    return _Names(tuple(dict.fromkeys(names)), role_seen, leftover, handle, desk, described)


_NAME_DOTS = frozenset("·・ㆍ")  # middle dots that join names written without a space


def _tight_marks(joiners: regex.Pattern[str], head: str) -> list[bool]:
    """For each piece of *head* cut at *joiners*, whether the joiner after it is a middle
    dot written between two words without a space ("김민수·이지은 기자" joins two names,
    not a place and a name); the last piece has none. Worked out only for the single
    words of a script without case, the one place it is asked."""
    return [_tight_mark(m.group()) for m in joiners.finditer(head)] + [False]


def _comma_before(joiners: regex.Pattern[str], head: str, k: int) -> bool:
    """Whether piece *k* of *head* cut at *joiners* follows a comma alone."""
    marks = [m.group().strip() for m in joiners.finditer(head)]
    return 0 < k <= len(marks) and marks[k - 1] == ","


def _tight_mark(joiner: str) -> bool:
    """Whether *joiner*, as found between two pieces, is a middle dot written without
    spaces ("김민수·이지은"), unlike a comma, which may part a place from a name."""
    return joiner in _NAME_DOTS


_MAX_LED_NAME = 3  # characters of a Chinese name after another one, with no role between


def _short_dense_name(word: str) -> bool:
    """Whether *word* reads as a name of two or three characters in a script written
    without spaces ("李娜", "王小明"); longer words after a name are rather a place and
    a verb ("北京报道")."""
    return (
        " " not in word
        and _MIN_FULL_NAME <= len(word) <= _MAX_LED_NAME
        and len(_DENSE.findall(word)) == len(word)
    )


def _role_led(piece: str, lexicon: Lexicon) -> tuple[list[str], int]:
    """The names in *piece*, the words after a role that opened the credit, in a script
    that writes no space inside a name ("王小明 通讯员 李娜"); and how many other words
    stand there. A word right after a role is a name; one after a name is only when it
    reads as a short name too."""
    found: list[str] = []
    other = 0
    after_role = True
    for word in piece.split():
        if lexicon.byline_roles.whole(word):
            after_role = True
            continue
        if (after_role and _looks_like_name(word, prefixed=False)) or _short_dense_name(word):
            found.append(word)
        else:
            other += 1
        after_role = False
    return found, other


# The letters of a degree or a qualification, dots left out: two to five capitals, each but
# the first perhaps after a small letter, and perhaps one small letter at the end ("MD",
# "PhD", "MPH", "MSc", "RN").
_DEGREE_LETTERS = regex.compile(r"\p{Lu}(?:\p{Ll}?\p{Lu}){1,4}\p{Ll}?")


def _postnominal(name: str, lexicon: Lexicon) -> bool:
    """Whether *name*, read after an author's name, is the letters of a degree or a
    qualification ("Ann Lee, MD", "Ann Lee, Ph.D.", "Ann Lee, RN, MPH") rather than a
    second author; an agency's letters ("Ann Lee, AP") are still its credit.

    >>> lexicon = lexicon_for(("en",))
    >>> _postnominal("Ph.D", lexicon), _postnominal("MPH", lexicon), _postnominal("AP", lexicon)
    (True, True, False)
    >>> _postnominal("Li", lexicon), _postnominal("Sam Lee", lexicon)
    (False, False)
    """
    letters = name.replace(".", "")
    return _DEGREE_LETTERS.fullmatch(letters) is not None and not lexicon.agencies.whole(name)


def _place_after(name: str, names: list[str], lexicon: Lexicon) -> bool:
    """Whether *name*, one capitalised word ending a credit after full names, is the place
    the authors write from ("Von Ann Lee, Berlin") rather than an author known by one name;
    an agency's name ("Ann Lee, Reuters") still credits the text."""
    return (
        bool(names)
        and _full_name(names[-1])
        and " " not in name
        and _upper_start(name)
        and not lexicon.agencies.whole(name)
        and not lexicon.newsrooms.whole(name)
    )


def _lower_surname(name: str, rest: str, lexicon: Lexicon) -> bool:
    """Whether *rest* is a surname written in lower case after a capitalised first name at
    the end of a dated credit: "March 3, 2024 by Ann lee" (no function word, no word of
    the lexicon: "by Ann today")."""
    word = rest.strip()
    return (
        len(name.split()) == 1
        and _upper_start(name)
        and rest[:1].isspace()
        and len(word) > _MAX_SHORT_WORD
        and word.isalpha()
        and word.islower()
        and not _function_word(word, lexicon)
        and not _known_word(word, lexicon)
    )


_MAX_ROLE_PLACE_WORDS = 3


def _role_place(piece: str, rest: str, lexicon: Lexicon) -> bool:
    """Whether *rest*, left of *piece* once the role that opens it is dropped, is only the
    place where the role is held: a short lower-case word and a capitalised name or two
    ("correspondent in Paris", "envoyé spécial à Lyon", "Korrespondentin in Wien")."""
    words = rest.split()
    return (
        lexicon.byline_roles.starts(piece) is not None
        and 1 < len(words) <= _MAX_ROLE_PLACE_WORDS
        and words[0].islower()
        and len(words[0]) <= _MAX_SHORT_WORD
        and all(_upper_start(w) for w in words[1:])
    )


def _newsroom(piece: str, lexicon: Lexicon) -> tuple[str, str, bool] | None:
    """The newsroom a credit names instead of a person, with the name after it, what is
    left, and whether the newsroom word stands alone: "Redaktion" or "Redacción Diario Sur"
    is the author itself, not a role beside a name. ``None`` when *piece* opens with no
    newsroom word or uses it as a label ("Redaktion: Ann Lee")."""
    match = lexicon.newsrooms.starts(piece)
    if match is None:
        return None
    after = piece[match.end() :]
    if after and not after[:1].isspace():
        return None
    run, rest = _name_run(after.lstrip(), prefixed=False)
    name = _clean(f"{piece[: match.end()]} {run}")
    if not _looks_like_name(name, prefixed=True):
        return None
    return name, rest, not run


def split_authors(text: str, lexicon: Lexicon) -> tuple[str, ...]:
    """Split the author part of a byline into names (no dates, roles or joiners).

    >>> from newsparse._lexicon import lexicon_for
    >>> split_authors("Anna Fink, Jan Pellner und Hanne Vogtland", lexicon_for(("de",)))
    ('Anna Fink', 'Jan Pellner', 'Hanne Vogtland')
    """
    return _names(text, lexicon, prefixed=True).names


_SERVICE = regex.compile(r"(?:/\p{Ll}{2,4})+\Z")  # an agency's regional desk: "dpa/lno"
_MAX_AGENCY_LINE = 40
# A dateline that opens the first paragraph: the place, the agency in brackets, a dash.
_DATELINE = regex.compile(r"\A(\p{Lu}[\p{L}.'’ -]{0,40}?)\s*\(([^()]{1,30})\)\s*[–—-]\s")


def _agency_credit(text: str, lexicon: Lexicon) -> tuple[str, ...]:
    """The agencies *text* names when it is nothing else ("AFP", "dpa/lno", "APA/AP").

    >>> from newsparse._lexicon import lexicon_for
    >>> _agency_credit("dpa/lno", lexicon_for(("de",))), _agency_credit("AFP/AP", lexicon_for(()))
    (('dpa/lno',), ('AFP', 'AP'))
    """
    text = text.strip(_STRIP)
    if not text or len(text) > _MAX_AGENCY_LINE or any(ch.isdigit() for ch in text):
        return ()
    service = _SERVICE.search(text)
    core = text if service is None else text[: service.start()]
    if not lexicon.agencies.whole(core):
        return ()
    if service is not None:
        return (text,)  # one agency and its desk
    pieces = (_clean(p) for p in _joiners(lexicon.codes).split(core))
    return tuple(dict.fromkeys(p for p in pieces if p))


def _strip_prefixes(text: str, lexicon: Lexicon) -> str:
    """Remove one or more byline prefixes at the start ("Autorin/Autor ..."), and the
    pictures credited with the text ("Text & Fotos: ...")."""
    for _ in range(3):
        match = lexicon.byline_prefixes.starts(text)
        if match is None:
            break
        text = text[match.end() :].lstrip(" :：/-–—")
        pictures = _and_pictures(text, lexicon)
        if pictures:
            text = text[pictures:].lstrip(" :：/-–—")
    return text


def _and_pictures(text: str, lexicon: Lexicon) -> int:
    """How many characters of *text* (what follows a byline prefix) join the pictures to
    the credit ("& Fotos", "und Bilder", "et photos"); 0 when it does not open so."""
    joiner = _joiners(lexicon.codes).match(f" {text}")
    if joiner is None or joiner.end() <= 1:
        return 0
    start = joiner.end() - 1
    marker = lexicon.caption_markers.starts(text, start)
    if marker is None or text[marker.end() : marker.end() + 1].isalnum():
        return 0
    return marker.end()


def _text_and_pictures(text: str, lexicon: Lexicon) -> bool:
    """Whether *text* credits the words and the pictures together ("Text & Fotos: Ann
    Lee"): the writer's credit, though it reads like a photo's."""
    match = lexicon.byline_prefixes.starts(text)
    return match is not None and bool(
        _and_pictures(text[match.end() :].lstrip(" :：/-–—"), lexicon)
    )


@attrs.frozen
class _Reading:
    """What one line says: its names, the evidence for them, and its date."""

    authors: tuple[str, ...]
    score: float
    published: str | None


def _date_line(page: Page, index: int) -> bool:
    """Whether block *index* is a short line that dates the article: a readable date
    ("09:15, 3 May 2024 Updated 09:40"), or a date marker or relative date that the date
    parser cannot read ("Published 3 seconds ago", "hace 2 horas", "mandag 5. august")."""
    if stamp_date(page, index) is not None:
        return True
    features = page.features[index]
    if features.words > _MAX_DATE_WORDS or features.sentence_end:
        return False
    text = page.blocks[index].text
    lexicon = page.lexicon
    return (
        (lexicon.date_markers.starts(text) is not None and any(ch.isdigit() for ch in text))
        or lexicon.relative_dates.search(text) is not None
        or has_day_and_month(text, lexicon)
    )


def _credible_handle(found: _Names, text: str, dated: bool) -> bool:
    """A lower-case user name counts only with a date on the line or when it reads as one."""
    if not found.handle:
        return True
    if found.leftover:
        return False  # "Author of the article", "Authors and topics you follow"
    return (
        dated
        or any(ch.isdigit() or ch == "_" for ch in text)
        or all(len(n) <= 4 for n in found.names)
    )


def _particle_inside_name(part: str, match: Match) -> bool:
    """Whether a prefix found inside *part* is a name particle between two capitalised
    words ("Konrad von Auel"), not the word "by" ("Kommentar von Ann Lee")."""
    word = match.group().strip()
    if word.casefold() not in _PARTICLES or not word[:1].islower():
        return False
    before = part[: match.start()].split()
    after = part[match.end() :].split()
    return len(before) == 1 and _upper_start(before[0]) and bool(after) and _upper_start(after[0])


def _credits(part: str, lexicon: Lexicon) -> list[str]:
    """*part* cut before each further credit in it, when it opens with one: "作者：李娜
    编辑：张伟", "Written by Ann Lee Edited by Kai Lum" are two credits, as they are when a
    bar parts them. A later credit opens with a capital or ends in a colon (a lower-case
    "von" or "by" inside the names is a word of them: "Von Ann von Berg"): a prefix of the
    lexicon, or a capitalised word before a one-word prefix ("Edited by", the credit for
    other work than the writing, see :func:`_other_credit`)."""
    first = lexicon.byline_prefixes.starts(part)
    if first is None:
        return [part]
    pieces: list[str] = []
    start = 0
    for token in _TOKEN.finditer(part, first.end()):
        if token.start() == start:
            continue
        found = lexicon.byline_prefixes.starts(part, token.start())
        phrase = found.group().strip() if found is not None else ""
        credit = bool(phrase) and (phrase[:1].isupper() or phrase.endswith((":", "：")))
        if not credit and not _other_credit(part[token.start() :], lexicon):
            continue
        head = part[start : token.start()].strip()
        opening = lexicon.byline_prefixes.starts(head)
        if opening is not None and head[opening.end() :].strip():
            pieces.append(head)
            start = token.start()
    pieces.append(part[start:].strip())
    return [p for p in pieces if p]


def _other_credit(part: str, lexicon: Lexicon) -> bool:
    """Whether *part* opens with a credit for other work than the writing: a capitalised
    word and a one-word byline prefix that together are no prefix of the lexicon ("Edited
    by", "Translated by", "Übersetzt von"); the lexicon lists the credits for writing
    ("Written by", "Reporting by")."""
    words = part.split(maxsplit=2)
    if len(words) < 3 or not words[0][:1].isupper() or not words[0].isalpha():
        return False
    if not (words[1].islower() and lexicon.byline_prefixes.whole(words[1])):
        return False
    if words[1].casefold() in _PARTICLES and _upper_start(words[2]):
        return False  # "Greta von Aalen": a name with its particle
    return lexicon.byline_prefixes.starts(part) is None


def _first_credit(part: str, lexicon: Lexicon) -> str:
    """*part* (which holds a prefix) up to a second credit in it, one for the pictures:
    "Text von Ann Lee Illustration von Jan Berg" names the writer first (a caption ending
    in its credit, "Der Hafen. Foto: Jan Berg", has no credit before it and is kept
    whole, and so is a credit for the text and its pictures, "Text & Fotos: Ann Lee")."""
    if _text_and_pictures(part, lexicon):
        return part
    for token in list(_TOKEN.finditer(part))[1:]:
        marker = lexicon.caption_markers.starts(part, token.start())
        if marker is None:
            continue
        rest = part[marker.end() :].lstrip()
        head = part[: token.start()].rstrip()
        if (rest.startswith(":") or lexicon.byline_prefixes.starts(rest) is not None) and (
            lexicon.byline_prefixes.search(head) is not None
        ):
            return head
    return part


_MAX_LABEL_WORDS = 2  # words of a prefix read as a name: "Auteur", "Posted By"
_MAX_BUTTON_WORDS = 3  # words of a button after the names: "Tips meg", "Copy link"
_MAX_BARE_WORDS = 10  # words of a part that may be bare names and a button or a date


def _drop_button(part: str, lexicon: Lexicon) -> str:
    """*part* without the button that ends it: the author's links after the name ("Ann
    Lee Follow", "Kari Berg Tips meg")."""
    for token in list(_TOKEN.finditer(part))[1:][-_MAX_BUTTON_WORDS:]:
        button = lexicon.nav_any.starts(part, token.start())
        if button is not None and not part[button.end() :].strip(_STRIP):
            head = part[: token.start()].rstrip(_STRIP)
            # What stands before a share button is as often a phrase: "Mit Freunden teilen".
            return part if any(_function_word(w, lexicon) for w in head.split()) else head
    return part


_MAX_SHORT_WORD = 3  # letters of the articles and prepositions that open a phrase


def _section_cut(credit: str, lexicon: Lexicon) -> str:
    """*credit* without the section it was posted in: "Ann Lee in News" is "Ann Lee"; the
    names end at a lower-case function word that joins no names ("in", "im", "dans")."""
    joiners = {j.casefold() for j in lexicon.author_joiners}
    for token in list(_TOKEN.finditer(credit))[1:]:
        word = token.group()
        if word.islower() and word not in joiners and _function_word(word, lexicon):
            return credit[: token.start()].rstrip()
    return credit


def _credit(part: str, lexicon: Lexicon) -> str:
    """What follows the prefix of *part*, without a button after the names: "by Ann Lee
    Leave a comment" credits Ann Lee."""
    return _drop_button(_strip_prefixes(part, lexicon), lexicon)


def _phrase_tail(name: str, lexicon: Lexicon) -> str:
    """Cut a capitalised run after a prefix at the short function word that follows the
    name: "Ann Lee For The Harbour Times", "Jan Ott In Aktuell", "Ann Lee Ein Kommentar".
    (Bare runs are not cut: one holding such a word is rather a heading.)"""
    words = name.split()
    for j in range(1, len(words)):
        if len(words[j]) <= _MAX_SHORT_WORD and _function_word(words[j], lexicon):
            return " ".join(words[:j])
    return name


def _caption_tail(name: str, lexicon: Lexicon) -> str:
    """Cut *name* at a caption marker after its first word: the picture's credit run on
    after the author's name ("Olga Berg Symbolbild", "Ann Lee Photo"). A name holds none."""
    words = name.split()
    for j in range(1, len(words)):
        if lexicon.caption_markers.whole(words[j]):
            return " ".join(words[:j])
    return name


def _phrase_edge(name: str, lexicon: Lexicon) -> bool:
    """Whether bare *name* opens with a short function word of the page's language or
    ends with any: a title or a heading ("The Garden", "Aus der Region", "ARTICLES OF"),
    not a name. Longer words that open a phrase are also first names ("Will")."""
    words = name.split()
    first = words[0]
    return (
        (len(first) <= _MAX_SHORT_WORD and _function_word(first, lexicon))
        or first.casefold() in lexicon.function_words
        or (len(words) > 1 and _function_word(words[-1], lexicon))
    )


def _function_word(word: str, lexicon: Lexicon) -> bool:
    """Whether *word* is a function word of the page's language ("mit", "zum", "the"):
    one of its lexicon's ``function_words`` or of the words language detection uses. A
    name does not hold one (name particles aside)."""
    folded = word.casefold()
    if folded in _PARTICLES:
        return False
    if folded in lexicon.function_words:
        return True
    codes = STOPWORDS.get(folded, ())
    return any(code in codes for code in lexicon.codes)


def _opening_quotes(lexicon: Lexicon) -> str:
    """The characters that open a quotation in the page's language, and the straight one."""
    return '"' + "".join(pair[0] for pair in lexicon.quote_pairs)


# Two capitalised words or more and a comma, then a lower-case word: a name and a clause
# about it ("Ann Lee, long admired by").
_APPOSITION = regex.compile(
    r"\s*(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)+),\s+\p{Ll}"
)


def _clause_about(head: str, lexicon: Lexicon) -> bool:
    """Whether *head*, the words before a byline prefix inside a part, opens with a full
    name, a comma and a clause about that person ("Ann Lee, long admired by Kai Lum"): the
    prefix is a word of the sentence, not a label before a credit. A weekday or a date
    marker there opens a date ("Updated Monday, the 3rd by")."""
    match = _APPOSITION.match(head)
    return match is not None and not any(
        _date_word(w, lexicon) or _month_name(w, lexicon) for w in match.group(1).split()
    )


def _read_part(
    part: str, lexicon: Lexicon, dated: bool, near: bool | None = None
) -> tuple[tuple[str, ...], float]:
    """Names in one part of a line and how strongly the part says they are authors.

    *dated* tells whether the line holds a date, *near* whether it or a line right next to
    it does (``dated`` when not given): enough for a user name after a prefix.
    """
    near = dated if near is None else near
    inner = lexicon.byline_prefixes.search(part)
    if inner is not None:
        cut = _first_credit(part, lexicon)
        if cut != part:
            part, inner = cut, lexicon.byline_prefixes.search(cut)
    agencies = _agency_credit(part, lexicon)
    if agencies:
        return agencies, 1.0  # as weak as bare names: a photo's credit looks the same
    if lexicon.byline_prefixes.starts(part) is not None:
        credited_as = _credit(part, lexicon)
        timed = _post_time(credited_as, lexicon)
        if timed is not None:
            credited_as, near = credited_as[:timed], True  # "Posted by annlee at 10:52"
        found = _names(credited_as, lexicon, prefixed=True, dated=dated)
        if not found.names or not _credible_handle(found, part, near):
            return (), 0.0
        if len(found.names) > 1 and not dated and not any(_full_name(n) for n in found.names):
            # "Von Wegen und Umwegen": single words joined after a prefix, undated,
            # read as a heading's words as well as first names; as weak as bare names.
            return found.names, 1.0
        return found.names, 3.0
    if inner is not None and (_particle_inside_name(part, inner) or part.isupper()):
        # "Konrad von Auel": a name particle, not "von" = "by"; in a line written in
        # capitals, a headline's word ("FAN POR SIEMPRE")
        inner = None
    if inner is not None:
        before = part[: inner.start()]
        for _ in range(2):  # "Posted on 15. April 2016 (updated 4. März 2017) by ..."
            date = _date_span(before, lexicon)
            if date is None:
                break
            before = before[: date[1]] + before[date[2] :]
        head = [w for w in before.split() if not any(c.isdigit() for c in w)]
        credit = bool(head) and lexicon.caption_markers.whole(head[-1])
        if credit:
            return (), 0.0  # "... | photo by Ann Lee", "Foto von Ann Lee": a photo's credit
        if _clause_about(before, lexicon):
            return (), 0.0
        if len(head) <= _MAX_HEAD_WORDS:
            after = _credit(part[inner.start() :], lexicon)
            if dated:  # "3. Mai 2024 von Ann Lee in Allgemein": the section it was posted in
                after = _section_cut(after, lexicon)
            found = _names(after, lexicon, prefixed=True, dated=dated)
            # Inside a part, "by"/"von" is often just a word: ask for a full name or a date,
            # and nothing much after it ("Geschrieben von Cooper am ...").
            full = any(len(n.split()) >= 2 for n in found.names)
            # A title in quote marks after the word: "Unser Verständnis von „Offene Daten“".
            opening = part[inner.end() :].lstrip()[:1]
            quoted = bool(opening) and opening in _opening_quotes(lexicon)
            if (
                found.names
                and not quoted
                and found.leftover <= 1
                and (full or dated)
                and _credible_handle(found, part, near)
            ):
                return found.names, 2.5
    short = len(part.split()) <= _MAX_BARE_WORDS  # longer parts hold more than names
    found = _names(_drop_button(part, lexicon) if short else part, lexicon, prefixed=False)
    if not found.names or found.leftover or (found.desk and not dated):
        return (), 0.0  # a newsroom word alone, undated: rather a menu's link
    label = _LABEL.match(part)
    if label is not None and all(n in label.group(1) for n in found.names):
        return (), 0.0  # a label before its value: "Letzte Aktualisierung: 03.05.2024"
    if len(found.names) == 1 and len(found.names[0].split()) > _MIN_FULL_NAME:
        # A section name after the author's ("Wiebke Tornow Kultur"): not part of the name.
        kept, last = found.names[0].rsplit(None, 1)
        if lexicon.menu.whole(last):
            found = attrs.evolve(found, names=(kept,))
    joined = " ".join(found.names)
    if any(_phrase_edge(n, lexicon) for n in found.names):
        return (), 0.0  # "The Harbour Times", "Aus der Region": a title or a heading
    if lexicon.menu.search(joined) is not None or any(
        phrases.search(joined) is not None for _kind, phrases in lexicon.nav
    ):
        return (), 0.0
    # Bare names: the part holds the names, maybe a role, a date and a short count at most.
    date = _date_span(part, lexicon)
    rest = part if date is None else part[: date[1]] + part[date[2] :]
    relative = _relative_start(rest, lexicon)
    rest = rest if relative is None else rest[:relative]
    named = sum(len(n.split()) for n in found.names)
    if len(_TOKEN.findall(rest)) > named + 3 + (2 if found.role else 0) + found.described:
        return (), 0.0
    return found.names, 2.0 if found.role else 1.0


# A post's time after the names, with the short word that introduces it and what may follow
# the time: "at 10:52", "um 10:52 Uhr", "a las 10:52", "at 2:33 PM".
_POST_TIME = regex.compile(
    r"(?<=\S)\s+(\p{L}{1,3}(?:\s+\p{L}{1,3})?)\s+\d{1,2}[:.]\d{2}(?![\d:.])"
    r"\s*(\p{L}{1,5}\.?(?:\p{L}\.?)?)?\s*\Z"
)
_MERIDIEM = frozenset({"am", "pm", "a.m.", "p.m."})


def _post_time(credit: str, lexicon: Lexicon) -> int | None:
    """Where the time a post was published at starts in the *credit* after a prefix, or
    ``None``: one or two function words of the page's language and a clock time that end
    the credit ("annlee at 10:52 PM", "annlee um 10:52 Uhr", "annlee a las 10:52"). Blog
    templates print it there; the names end before it, and the time dates the line as a
    date would."""
    match = _POST_TIME.search(credit)
    if match is None or not all(_function_word(w, lexicon) for w in match.group(1).split()):
        return None
    after = match.group(2)
    if after and after.casefold() not in _MERIDIEM and not lexicon.time_words.whole(after):
        return None
    return match.start()


_LABEL = regex.compile(r"([^:：\d]+)[:：]\s*\S")  # a label without digits (no time)
_MAX_META_DATES = 3
_DATE_MARK = "\x00"
_MAX_META_WORDS = 3
_THEME_LANGUAGE = "en"  # the language of a blog theme left untranslated ("0 Comment")
_COMMENT_LIST = (("nav", NavKind.COMMENTS.value),)  # the lexicon's list of comment phrases


def _comment_phrases(lexicon: Lexicon) -> PhraseSet:
    """The comment phrases a post's facts may hold: the page's, and English ones, which
    an untranslated blog theme prints on pages in any language ("0 Comment")."""
    codes = lexicon.codes
    if _THEME_LANGUAGE not in codes:
        codes = (*codes, _THEME_LANGUAGE)
    return merged_phrases(codes, _COMMENT_LIST)


def _name_before_section(head: str, lexicon: Lexicon) -> str:
    """The writer's full name that opens a post's facts before its section and date ("Ann
    Lee Science policy 20 January 2020 ... 0 Comment"), or "": a run of capitalised words
    that a run of lower-case words ends, the section's first word being the run's last."""
    run, rest = _name_run(head, prefixed=False)
    words = run.split()
    tail = rest.split()
    if (
        len(words) <= _MIN_FULL_NAME
        or len(words) > _MAX_META_WORDS + 1
        or not tail
        or len(tail) >= _MAX_META_WORDS
        or not all(_TOKEN.fullmatch(w) is not None and w.islower() for w in tail)
    ):
        return ""
    name = words[:-1]
    if any(_known_word(w, lexicon) for w in name):
        return ""
    return " ".join(name)


def _post_meta(text: str, lexicon: Lexicon) -> tuple[str, ...]:
    """The writer on a dated line of a post's facts ("Paddy · April 19, 2019 · Mac · 7
    comments", "3. Mai 2024 Ann Lee 1 Kommentar", "annlee 03.05.24 18:05").

    With a comment count or link on the line, the first short run of names (or user name)
    that is followed by nothing, a number or the comment phrase (with its count or not) is
    taken; without one, only a user name that is the line's one word besides its date.
    """
    first = _date_span(text, lexicon)
    if first is None:
        return ()
    comments = _comment_phrases(lexicon)
    if comments.search(text) is None:
        # A user name, a space, the date and its time: "annlee 03.05.24 18:05" (a weekday
        # written in lower case stands before a date too, but rarely before its time); a
        # name in lower case letters only needs no time ("annlee 3. Mai 2024"): the
        # weekdays of the lexicon are known words.
        before = text[: first[1]].strip()
        after = _TOKEN.findall(text[first[2] :])
        if (
            _user_name(before)
            and ("T" in first[0] or _HANDLE.match(before) is not None)
            and all(len(w) <= _MAX_AGENCY_CHARS for w in after)
            and not _known_word(before, lexicon)
        ):
            return (before,)
        return ()
    for _ in range(_MAX_META_DATES):
        span = _date_span(text, lexicon)
        if span is None:
            break
        text = text[: span[1]] + _DATE_MARK + text[span[2] :]
    opening = _name_before_section(text.split(_DATE_MARK, 1)[0], lexicon)
    if opening and _DATE_MARK in text:
        return (opening,)
    for k, raw in enumerate(_PARTS.split(text)):
        # Only a piece after the date or apart from it: a word right before a date is
        # rather a weekday ("Do 24. Mai 2018") or a place.
        part = raw.split(_DATE_MARK)[-1].strip(_STRIP)
        if not part[:1].isalpha() or lexicon.date_markers.starts(part) is not None:
            continue
        # A user name counts here too: "3. Mai 2024 annlee 2 Kommentare".
        name, rest = _name_run(part, prefixed=True)
        if rest.lstrip()[:1] == ":":
            continue  # a label: "erstellt: ...", "in: Gesellschaft"
        cut = comments.search(name)
        if cut is not None:
            name, rest = name[: cut.start()].strip(), name[cut.start() :] + rest
        rest = rest.strip(_STRIP)
        words = name.split()
        if not name or len(words) > _MAX_META_WORDS or any(_known_word(w, lexicon) for w in words):
            continue
        if rest[:1].isdigit():  # "Ann Lee 1 Kommentar"
            return (name,)
        if not rest and (k == 0 or len(words) >= _MIN_FULL_NAME):
            return (name,)  # one word alone is a name at the head of the line, else a section
        said = comments.starts(rest)
        tail = "" if said is None else rest[said.end() :].strip(_STRIP)
        if said is not None and (tail[:1].isdigit() or not tail):
            return (name,)  # "Ann Lee Kommentare 4", "Ann Lee Leave a comment"
    return ()


_RELATIVE_WORDS = 5  # words of a relative date at the end of a line: "il y a 3 heures"


def _relative_start(text: str, lexicon: Lexicon) -> int | None:
    """Where a relative date that ends *text* starts ("2 hours ago", "vor 5 Minuten"; its
    closing marks aside), or ``None``: among the last few words, a phrase of the lexicon
    with a number before it that ends the text, or one with a number after it."""
    stripped = text.rstrip(_STRIP)
    words = list(_SPACED_WORD.finditer(stripped))[-_RELATIVE_WORDS:]
    if not words:
        return None
    offset = words[0].start()
    tail = stripped[offset:]
    match = lexicon.relative_dates.search(tail)
    if match is None:
        return None
    start = offset + match.start()
    # A number right before the phrase belongs to it ("2 hours ago"), or one follows it
    # ("vor 5 Minuten"); without one, the phrase is rather a word ("... beugen vor").
    number = _NUMBER_BEFORE.search(stripped, 0, start)
    if number is not None and match.end() == len(tail):
        return number.start()
    return start if any(ch.isdigit() for ch in tail[match.end() :]) else None


_SPACED_WORD = regex.compile(r"\S+")
_NUMBER_BEFORE = regex.compile(r"\d+\s*\Z")


def _date_word(word: str, lexicon: Lexicon) -> bool:
    """Whether *word* belongs to a date rather than a name: a weekday or a relative date,
    or a date marker longer than the short words names share ("Le", "Am", "On")."""
    return lexicon.relative_dates.search(word) is not None or (
        len(word) > _MAX_SHORT_WORD and lexicon.date_markers.whole(word)
    )


def _month_name(word: str, lexicon: Lexicon) -> bool:
    """Whether *word* is a month's name or its short form in the page's language
    ("Oktober", "Okt")."""
    return word.casefold() in month_names(lexicon.codes)


def _date_tail(name: str, lexicon: Lexicon) -> str:
    """*name* without the date words that follow it: "Kai Lum Monday" is "Kai Lum"."""
    words = name.split()
    for j in range(1, len(words)):
        if _date_word(words[j], lexicon):
            return " ".join(words[:j])
    return name


def _known_word(word: str, lexicon: Lexicon) -> bool:
    """Whether *word* is a word of the lexicon rather than a name: a date marker, a byline
    prefix, a menu word, a relative date."""
    return (
        lexicon.date_markers.whole(word)
        or lexicon.byline_prefixes.whole(word)
        or lexicon.menu.whole(word)
        or lexicon.relative_dates.search(word) is not None
    )


def _user_name(word: str) -> bool:
    """Whether *word* reads as a user name: lower case or with a capital inside ("annlee",
    "AnnLee"), never a plain capitalised word (a place: "Berlin")."""
    if _TOKEN.fullmatch(word) is None:
        return False
    if _HANDLE.match(word) is not None:
        return len(word) >= 2 and word[:1].isalpha() and word[-1].isalnum()
    return _upper_start(word) and any(ch.isupper() for ch in word[1:]) and (word[1:2].islower())


def _read_line(page: Page, index: int) -> _Reading | None:
    """What block *index* says as a byline, read once per line text: the reading depends on
    the text alone, and the windows the byline is looked for in overlap."""
    text = page.blocks[index].text
    if text not in page.reading_memo:
        page.reading_memo[text] = _read(page, index)
    return cast("_Reading | None", page.reading_memo[text])


_BADGE_NAME_WORDS = (2, 3)  # words of the full name before an author's badge


def _badge(text: str, lexicon: Lexicon) -> str | None:
    """The credit a full name followed by a badge word says ("Ann Lee Author", "Jan Berg
    Autor": a theme prints the word for author after the name), written with the word as
    its prefix ("Author: Ann Lee"); ``None`` for any other line. The badge is one word of
    the lexicon's byline prefixes that is no function word ("Author", not "By"); each word
    of the name is capitalised, not in capitals ("MORE FROM AUTHOR" is a heading), and no
    function word."""
    words = text.split(maxsplit=_BADGE_NAME_WORDS[1] + 1)  # a longer line stops early
    if not _BADGE_NAME_WORDS[0] + 1 <= len(words) <= _BADGE_NAME_WORDS[1] + 1:
        return None
    *name, badge = words
    if not _upper_start(badge) or _function_word(badge, lexicon):
        return None
    if not lexicon.byline_prefixes.whole(badge):
        return None
    for word in name:
        if not (_upper_start(word) and word[1:2].islower()) or _function_word(word, lexicon):
            return None
        if lexicon.byline_prefixes.whole(word):
            return None
    return f"{badge}: {' '.join(name)}"


_MIN_HEADLINE_WORDS = 3  # words of a headline quoted in a credit: fewer match by chance


def _credits_headline(page: Page, parts: list[str]) -> bool:
    """Whether a line opens with full names alone and then, in another part, writes the
    article's headline in full ("Ann Lee • The post Harbour closes to boats appeared first
    on Harbour Blog"): a note that credits this very article to the names."""
    if len(parts) < 2 or not _full_names_part(parts[0], page.lexicon):
        return False
    headlines = [
        page.blocks[t].text.strip()
        for t in page.title_blocks
        if len(page.blocks[t].text.split()) >= _MIN_HEADLINE_WORDS
    ]
    return any(h in part for h in headlines for part in parts[1:])


def _full_names_part(part: str, lexicon: Lexicon) -> bool:
    """Whether *part* is bare full names and nothing else ("Ann Lee", "Ann Lee, Kai Lum")."""
    names, _weight = _read_part(part, lexicon, False)
    return (
        bool(names)
        and all(_full_name(n) for n in names)
        and len(_TOKEN.findall(part)) == sum(len(n.split()) for n in names)
    )


def _read(page: Page, index: int) -> _Reading | None:
    features = page.features[index]
    if features.length > _MAX_BYLINE_LENGTH or features.words > _MAX_BYLINE_WORDS:
        return None
    text = page.blocks[index].text
    lexicon = page.lexicon
    if text.lstrip()[:1] in _ATTRIBUTION or _EMBED.search(text) is not None:
        return None  # "— Name (@handle) May 3, 2024": the source of a quotation or a post
    whole = _BRACKETED.fullmatch(text.strip())
    if whole is not None:
        text = whole.group(1)  # "(责编：牛镛、岳弘彬)", "[Von Ann Lee]"
    badge = _badge(text, lexicon)
    if badge is not None:
        text = badge  # "Ann Lee Author" reads as "Author: Ann Lee"
    span = _date_span(text, lexicon)
    dated = span is not None
    parts = [
        piece
        for raw in _PARTS.split(text)
        if raw.strip()
        for piece in _credits(raw.strip(), lexicon)
    ]
    if _prefix_needed(text, span, features) and not any(
        lexicon.byline_prefixes.search(part) is not None for part in parts
    ):
        return None  # only a part that opens with a prefix would pass the tests below
    # A date on a line of its own right next to this one dates it as well ("2. Mai 2024" /
    # "By annlee"): enough for a user name after a prefix.
    near = dated or (
        lexicon.byline_prefixes.search(text) is not None
        and any(
            0 <= j < len(page.blocks) and stamp_date(page, j) is not None
            for j in (index - 1, index + 1)
        )
    )
    authors: list[str] = []
    score = 0.0
    credited = False  # bare names, then an agency: "Ann Lee / AP" credits a photo
    for k, part in enumerate(parts):
        if _other_credit(part, lexicon) or (authors and _role_part(part, lexicon)):
            continue  # "Edited by Kai Lum", "Ann Lee / Staff writer": not the writers
        names, weight = _read_part(part, lexicon, dated, near)
        if names:
            credited = bool(authors) and bool(_agency_credit(part, lexicon))
            authors.extend(names)
            if weight < _NAMED and k + 1 < len(parts) and _role_part(parts[k + 1], lexicon):
                weight = _NAMED  # the role in the next part: "Ann Lee – Reporter"
            score = max(score, weight)
    if authors and score < 3.0 and _credits_headline(page, parts):
        score = 3.0  # "Ann Lee • The post <headline> appeared first on Harbour Blog"
    if authors and score < _NAMED and _section_list(parts):
        return None  # "News / Sport / Energie / Harbour Weekly News": sections
    if not authors and dated:
        authors.extend(_post_meta(text, lexicon))
        score = 1.0
    if not authors or (score < 3.0 and (_COPYRIGHT in text or credited)):
        return None  # bare names by a copyright sign or an agency: a photo's credit
    if lexicon.nav_phrases(NavKind.TAGS).starts(text) is not None:
        return None  # "Tags: ..., Arndt von Seelow, ...": a list of topics, not of authors
    if features.sentence_end and score < 3.0 and features.words > 6 and not _date_ends(text, span):
        return None  # a sentence that starts with a name, not a byline
    if score < 3.0 and text.rstrip().endswith((":", "：")):
        return None  # a heading over what follows: "Für den Teig:"
    if score < 2.0 and text.rstrip().endswith(("!", "?", "！", "？")):
        return None  # a call or a question: "Gleich mitmachen!", "Alles klar?"
    if (score < 3.0 and link_arrow(text)) or _LINK_START.match(text) is not None:
        return None  # a link or a button: "Zum Angebot »", "All deals ›", ">> Mehr von ..."
    if score == _NAMED and _MAIL.search(text) is not None:
        score += 1.0  # names, their role and an e-mail address: "Ann Lee, Reporter, ann@..."
    published = None if span is None else span[0]
    if published is not None:
        score += 1.0
    return _Reading(tuple(dict.fromkeys(authors)), score, published)


_MIN_SECTIONS = 3  # parts of one word each that make a line a list of sections


def _section_list(parts: list[str]) -> bool:
    """Whether the parts of a line are mostly single words without digits ("News / Sport
    / Energie / Harbour Weekly News"): a list of the site's sections, in
    which bare capitalised words are one more section, not a name."""
    single = sum(1 for p in parts if len(p.split()) == 1 and _DIGIT.search(p) is None)
    return single >= _MIN_SECTIONS


def _prefix_needed(text: str, span: tuple[str, int, int] | None, features: Features) -> bool:
    """Whether :func:`_read` takes the line *text* (its first date *span*) only with a
    score of 3, which a part that opens with a byline prefix alone gives: a sentence of
    more than six words that does not end with its date, a heading over what follows, a
    line with a copyright sign, a link or a button. A part opens with a prefix only where
    the prefixes' search finds one, so a line of these with no prefix in any part can be
    given up before its parts are read."""
    return (
        (features.sentence_end and features.words > 6 and not _date_ends(text, span))
        or text.rstrip().endswith((":", "："))
        or _COPYRIGHT in text
        or link_arrow(text)
    )


def _date_ends(text: str, span: tuple[str, int, int] | None) -> bool:
    """Whether *text* ends with its date (*span*, from find_date_span), so that its last
    full stop is the date's ("03.05.2024 14:30 ч.", "3. svibnja 2024."), not a
    sentence's."""
    return span is not None and not text[span[2] :].strip(" .")


_MAX_ROLE_WORDS = 6  # words of a part that gives a role: "Reporter in Paris"
_ROLE_LEAD = 2  # words that may qualify a role before it: "Chief Political Correspondent"


def _role_part(part: str, lexicon: Lexicon) -> bool:
    """Whether *part* of a line is a short role alone ("Reporter", "Journalist i Paris")."""
    return (
        len(part.split()) <= _MAX_ROLE_WORDS
        and lexicon.byline_roles.starts(part) is not None
        and part[-1:] not in ".!?"
    )


def _prefix_only(page: Page, index: int) -> bool:
    """Whether block *index* is a byline prefix alone ("Von", "By:"), the names below it."""
    return page.features[index].words <= 3 and page.lexicon.byline_prefixes.whole(
        page.blocks[index].text
    )


def _prefix_after_date(page: Page, index: int) -> bool:
    """Whether block *index* is a date line that ends with a byline prefix, the names on
    the next line: "Written on May 3 by" / "Ann Lee"."""
    features = page.features[index]
    text = page.blocks[index].text
    if features.words > _MAX_DATE_WORDS or features.sentence_end or not _DIGIT.search(text):
        return False
    text = text.rstrip(" :：")
    words = text.split()
    lexicon = page.lexicon
    for size in range(min(_MAX_LABEL_WORDS, len(words) - 1), 0, -1):
        tail = words[-size:]
        if all(w[:1].isalpha() for w in tail) and lexicon.byline_prefixes.whole(" ".join(tail)):
            head = " ".join(words[:-size])
            return find_date(head, lexicon) is not None or has_day_and_month(head, lexicon)
    return False


def _role_only(page: Page, index: int) -> bool:
    """Whether block *index* is a short role line ("Corresponsal en Atenas"), the role
    maybe after a word or two that qualify it ("Senior Reporter, Harbour Times")."""
    features = page.features[index]
    if features.words > _MAX_ROLE_WORDS or features.sentence_end:
        return False
    text = page.blocks[index].text
    role = page.lexicon.byline_roles.search(text)
    if role is None:
        return False
    lead = text[: role.start()].split()
    return len(lead) <= _ROLE_LEAD and all(_upper_start(w) and w.isalpha() for w in lead)


@attrs.frozen
class _Window:
    """Where a byline is looked for: blocks lo..hi, the block it should be near, the heading."""

    lo: int
    hi: int
    anchor: int
    heading: int | None
    deep: int  # from this block on, only a prefixed full name that is no sentence is taken
    bounded: bool = False  # the byline's lines all stand inside it, not only its main line


def _listed_names(page: Page, i: int) -> list[int]:
    """Line *i* under a lone prefix, and the lines that go on with it while each ends with
    a joiner: names listed one to a line ("By" / "Ann Lee," / "Kai Lum &" / "…" / "Eva
    Roth"), at most a few."""
    lines = [i]
    while (
        len(lines) < _LISTED_LINES
        and _LINE_JOINED.search(page.blocks[lines[-1]].text) is not None
        and lines[-1] + 1 < len(page.blocks)
        and page.free(lines[-1] + 1)
        and page.features[lines[-1] + 1].words <= _LISTED_WORDS
    ):
        lines.append(lines[-1] + 1)
    return lines


def _usable(page: Page, j: int, window: _Window) -> bool:
    return window.lo <= j < window.hi and page.free(j)


def _continues(page: Page, j: int, window: _Window) -> bool:
    """Whether block *j* is free and may continue a byline found in *window*."""
    inside = window.lo <= j < window.hi or not window.bounded
    return inside and 0 <= j < len(page.blocks) and page.free(j)


def _footer_item(page: Page, j: int, window: _Window) -> bool:
    """Whether block *j* is in the window and the footer rule took it: a prefix line there
    ("Written on May 3 by") still opens the byline on the next line."""
    label = page.labels[j]
    return window.lo <= j < window.hi and label is not None and label.kind is SegmentKind.FOOTER


def _evidence(
    page: Page, i: int, window: _Window, vocabulary: _Vocabulary
) -> tuple[float, _Reading, list[int]] | None:
    """Score block *i* as the byline's main line, with the lines that belong to it."""
    lexicon = page.lexicon
    lines = [i]
    if (
        i - 1 >= 0
        and (_usable(page, i - 1, window) or _footer_item(page, i - 1, window))
        and (_prefix_only(page, i - 1) or _prefix_after_date(page, i - 1))
    ):
        listed = _listed_names(page, i)
        text = " ".join(_NAME_MARK.sub("", page.blocks[k].text) for k in listed)
        found = _names(text, lexicon, prefixed=True)
        initial = _INITIAL_NAME.fullmatch(page.blocks[i].text.strip())
        if initial is not None and not found.names:
            # Under a lone prefix, a first name and the initial of the surname: "Ann L".
            found = _Names((initial.group(),), role=False, leftover=0, handle=False)
        if not found.names or found.leftover > 2 or page.features[i].words > 12:
            return None
        span = page.date_span(i)
        published = span[0] if span is not None else date_only(page, i - 1)
        below = _Reading(found.names, 3.0, published)
        return 3.0 + (below.published is not None), below, [i - 1, *listed]
    reading = (
        _read_line(page, i)
        or _uncased_name(page, i, window, vocabulary)
        or _han_name(page, i, vocabulary)
    )
    if reading is None:
        return None
    score = reading.score
    dated_next = False  # a date line right next to the names
    if score < 2.0:
        # A bare line of names gains from what stands around it: a date or a role
        # on the next lines, or its place right under the headline.
        if _relative_start(page.blocks[i].text, lexicon) is not None or (
            reading.published is None and has_day_and_month(page.blocks[i].text, lexicon)
        ):
            # The names' own line ends with a relative date ("Ann Lee 2 hours ago") or
            # holds a day and month without a year ("Ann Lee 06 PM | 18 Mai").
            score += 1.0
            dated_next = True
        else:
            for j in (i + 1, i - 1, i + 2, i - 2, i + 3, i - 3):
                # The date line may stand just outside the window: it is evidence still.
                if 0 <= j < len(page.blocks) and page.free(j) and _date_line(page, j):
                    score += 1.0
                    dated_next = abs(j - i) == 1
                    break
        if _usable(page, i + 1, window) and _role_only(page, i + 1):
            score += 1.0
            lines.append(i + 1)
        elif i + 1 < len(page.blocks) and (
            _bio_follows(page, i, reading) or _mail_follows(page, i, reading)
        ):
            score += 1.0  # an author's box, or the writer's e-mail address under the name
        if window.heading is not None and window.heading < i <= min(
            window.anchor + 1, window.heading + _UNDER_HEADING
        ):
            score += 1.0
    elif reading.published is None and any(
        _usable(page, j, window) and _date_line(page, j) for j in (i + 1, i - 1)
    ):
        # A byline that states no date of its own but stands by the date line: "von Ann
        # Lee" / "am 03.05.2024" over the same prefixed line in a teaser further down.
        score += _DATED_BY
    if window.heading is not None and i < window.heading and score < 3.0:
        # Above the headline: a prefixed line, or one or two full names right above it
        # with a date on their line or the next.
        full = all(len(a.split()) >= _MIN_FULL_NAME for a in reading.authors)
        if (
            not (reading.published is not None or dated_next)
            or not full
            or len(reading.authors) > _MIN_FULL_NAME
            or i < window.heading - _ABOVE_HEADING
            or _extra_words(page, i, reading) > _MAX_EXTRA_WORDS
        ):
            return None
    return score, reading, lines


_MIN_UNCASED_WORDS = 2  # words of a bare name in a script without case
_MAX_UNCASED_WORDS = 4
_PLAIN_WORD = regex.compile(r"[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*")


# The lexicon lists whose phrases a line of names never holds: credits, dates, interface
# and boilerplate words.
_NOT_NAMES = (
    ("byline", "prefixes"),
    ("byline", "roles"),
    ("byline", "agencies"),
    ("byline", "newsrooms"),
    ("dates", "markers"),
    ("dates", "relative"),
    ("dates", "time_words"),
    *(("nav", kind.value) for kind in NavKind),
    ("captions", "markers"),
    ("boilerplate", "cookies"),
    ("boilerplate", "menu"),
    ("boilerplate", "copyright"),
    ("boilerplate", "ends"),
    ("boilerplate", "paywall"),
    ("boilerplate", "player"),
)


def _plain_words(text: str, lexicon: Lexicon) -> bool:
    """Whether *text* is two to four plain words of a script without case that hold no
    digit, no punctuation, no function word, month or other word of the lexicon: what a
    name may be ("سارة أحمد", "राहुल शर्मा")."""
    words = text.split()
    if not _MIN_UNCASED_WORDS <= len(words) <= _MAX_UNCASED_WORDS:
        return False
    if _cased(text) or _DENSE.search(text) is not None:
        return False
    if not all(_PLAIN_WORD.fullmatch(w) for w in words):
        return False
    if any(_function_word(w, lexicon) or _month_name(w, lexicon) for w in words):
        return False
    return merged_phrases(lexicon.codes, _NOT_NAMES).search(text) is None


def _uncased_name(page: Page, i: int, window: _Window, vocabulary: _Vocabulary) -> _Reading | None:
    """A name in a script without case (Arabic, Hebrew, Devanagari), which its letters
    cannot tell from other words: a line of plain words right under the headline with a
    date right after it, on its line or the next ("سارة أحمد" / "3 مايو 2024"). The line
    is no sentence, not in the headline, not a repeat of a line above it (a menu's or a
    section's link) and holds no word the article writes in its sentences."""
    if i - 1 not in page.title_blocks or page.features[i].sentence_end:
        return None
    text = page.blocks[i].text.strip()
    lexicon = page.lexicon
    if _cased(text):
        return None
    span = _date_span(text, lexicon)
    published = None
    if span is not None:
        before = text[: span[1]].strip(_STRIP)
        if text[span[2] :].strip(_STRIP):
            return None  # the date must end the line: "سارة أحمد | 3 مايو 2024"
        text, published = before, span[0]
    elif not (_usable(page, i + 1, window) and _date_line(page, i + 1)):
        return None
    if not _plain_words(text, lexicon) or not _fresh_line(page, i, text, vocabulary):
        return None
    return _Reading((text,), 1.0 if published is None else 2.0, published)


def _fresh_line(page: Page, i: int, text: str, vocabulary: _Vocabulary) -> bool:
    """Whether *text*, the words of block *i*, holds no word the article writes in its
    sentences, stands in no headline and repeats no line above it (a link of the menu)."""
    if any(vocabulary.holds(w) for w in text.split()):
        return False
    titles = [page.blocks[k].text for k in page.title_blocks]
    if any(text in title for title in titles):
        return False
    return not any(page.blocks[k].text.strip() == text for k in range(i - 1))


# A name in Chinese characters alone on its line: the surname and the given name, perhaps
# with a space between them ("佐藤健太", "山田 花子").
_HAN_NAME = regex.compile(r"\p{Han}+(?: \p{Han}+)?")
_MIN_HAN_NAME = 3  # characters of such a name: two are as often a section ("国際", "社会")
_MAX_HAN_NAME = 6


def _han_name(page: Page, i: int, vocabulary: _Vocabulary) -> _Reading | None:
    """A name in Chinese characters alone on its line right under the headline, or under
    the date line right under it ("山田 花子", "佐藤健太"), with a date line a few lines
    away: three to six characters, no phrase of the lexicon, no word the article writes,
    not in the headline and no repeat of a line above it (a menu's link). Only in a
    language that may write a space inside a name (Japanese): in one that writes none
    (Chinese), a short word alone is as often a button of the page ("小字号"), and its
    bylines name a role ("记者 王小明")."""
    text = page.blocks[i].text.strip()
    if not page.lexicon.names_spaced or _HAN_NAME.fullmatch(text) is None:
        return None
    if not _MIN_HAN_NAME <= len(text.replace(" ", "")) <= _MAX_HAN_NAME:
        return None
    titles = page.title_blocks
    if not (i - 1 in titles or (i - 2 in titles and _date_line(page, i - 1))):
        return None
    near = range(max(0, i - _DATE_RADIUS), min(len(page.blocks), i + _DATE_RADIUS + 1))
    if not any(page.free(j) and _date_line(page, j) for j in near if j != i):
        return None
    if merged_phrases(page.lexicon.codes, _NOT_NAMES).search(text) is not None:
        return None
    if not _fresh_line(page, i, text, vocabulary):
        return None
    return _Reading((text,), 1.0, None)


_MIN_PROSE_WORDS = 8  # words of a sentence whose lower-case words are the page's vocabulary
_MIN_COMMON_WORD = 5  # letters of a first word looked up there ("Will" may be a name)
_MIN_STEMMED = 7  # letters of a word looked up by its stem
_ENDING = 2  # letters of an inflected ending


# A capitalised word right after a lower-case one inside a sentence: "beim Leasing".
_AFTER_LOWER = regex.compile(r"(?<![\p{L}\p{M}])\p{Ll}[\p{Ll}\p{M}]*\s+(\p{Lu}[\p{L}\p{M}]*)")


class _Vocabulary:
    """The words the page writes in lower case inside its sentences: read from the page
    the first time a word is looked up, since most pages never look one up."""

    def __init__(self, page: Page) -> None:
        self._page = page
        self._words: tuple[str, ...] | None = None
        self._inner: frozenset[str] | None = None

    def _sorted(self) -> tuple[str, ...]:
        if self._words is None:
            page = self._page
            words: set[str] = set()
            for block, features in zip(page.blocks, page.features, strict=True):
                if features.sentence_end and features.words >= _MIN_PROSE_WORDS:
                    # Words of a script without case too: a name there is told by them.
                    words.update(
                        w for w in _TOKEN.findall(block.text) if w.islower() or not _cased(w)
                    )
            self._words = tuple(sorted(words))
        return self._words

    def inside(self, word: str) -> bool:
        """Whether the page's sentences write *word* (capitalised) right after a lower-case
        word: a noun ("beim Leasing", "das Leasing"), read once, for the rare line that
        asks."""
        if self._inner is None:
            page = self._page
            inner: set[str] = set()
            for block, features in zip(page.blocks, page.features, strict=True):
                if features.sentence_end and features.words >= _MIN_PROSE_WORDS:
                    inner.update(m.group(1) for m in _AFTER_LOWER.finditer(block.text))
            self._inner = frozenset(inner)
        return word in self._inner

    def holds(self, word: str) -> bool:
        """Whether *word*, or for a long word its stem without the last two letters (an
        inflected ending: "Aktuelle" / "aktuellen"), is in the vocabulary."""
        vocabulary = self._sorted()
        folded = word.casefold()
        stem = folded if len(folded) < _MIN_STEMMED else folded[:-_ENDING]
        k = bisect.bisect_left(vocabulary, stem)
        if k == len(vocabulary):
            return False
        found = vocabulary[k]
        return found == folded or (stem != folded and found.startswith(stem))


def _common_words(reading: _Reading, vocabulary: _Vocabulary) -> bool:
    """Whether bare names (a date beside them or not) open with a word the page writes in
    lower case in its sentences: an adjective or a noun ("Aktuelle Meldung", "Total
    Stats"), not a first name. Names with a prefix or a role beside them are not looked
    up."""
    dated = 1.0 if reading.published is not None else 0.0
    if reading.score - dated >= _NAMED:
        return False
    for author in reading.authors:
        first = author.split()[0]
        if _cased(first) and len(first) >= _MIN_COMMON_WORD and vocabulary.holds(first):
            return True
    return False


def _phrase_with_particle(reading: _Reading, vocabulary: _Vocabulary) -> bool:
    """Whether bare names joined by a particle open with a word that the page's sentences
    use as a noun, after a lower-case word: a sub-heading ("Leasing von Dienstwagen"
    where the text says "beim Leasing"), not a name ("Greta von Aalen")."""
    if reading.score - (reading.published is not None) >= _NAMED:
        return False
    for author in reading.authors:
        words = author.split()
        if any(w in _PARTICLES for w in words[1:-1]) and vocabulary.inside(words[0]):
            return True
    return False


def _acronym_led(reading: _Reading) -> bool:
    """Whether bare names (a date beside them or not) open with an acronym that the rest
    of the name does not match in capitals: a thing ("USB Kabel", "ACME Labs"), not
    a first name. Names with a prefix or a role beside them are not looked at."""
    if reading.score - (reading.published is not None) >= _NAMED:
        return False
    for author in reading.authors:
        words = author.split()
        if _ACRONYM.fullmatch(words[0]) is not None and not all(w.isupper() for w in words):
            return True
    return False


def _under_list_heading(page: Page, index: int) -> bool:
    """Whether block *index* stands right under a short heading ending in a colon
    ("Inhalt:", "Lesen Sie auch:") or under a topics label that closes the block above
    ("Tags", "Themen"): the first entry of a list, not a line of names."""
    if index == 0:
        return False
    text = page.blocks[index - 1].text.rstrip()
    if page.lexicon.nav_phrases(NavKind.TAGS).whole(text.rsplit("\n", 1)[-1]):
        return True  # "Tags" / "School Meals": the first of the article's topics
    return (
        text.endswith((":", "："))
        and page.features[index - 1].words <= _MAX_LABEL_WORDS + 1
        and not page.lexicon.byline_prefixes.whole(text.rstrip(":： "))
    )


_MAX_ENTRY_WORDS = 4  # words of a line of a menu or a list: "Energie", "Kommende Termine"


def _list_entry(page: Page, index: int) -> bool:
    """Whether block *index* is a short free line that is no sentence, no date and no
    title: an entry of a menu or a list."""
    if not 0 <= index < len(page.blocks) or not page.free(index) or index in page.title_blocks:
        return False
    features = page.features[index]
    text = page.blocks[index].text.strip()
    return (
        features.words <= _MAX_ENTRY_WORDS
        and not features.sentence_end
        and _upper_start(text)
        and not any(c.isdigit() for c in text)
        and _COPYRIGHT not in text
        and page.lexicon.nav_any.search(text) is None
        and not _date_line(page, index)
    )


def _list_heading(page: Page, index: int) -> bool:
    """Whether block *index* is a free line that is only a nav phrase ("Related Topics",
    "Tags"): the heading of a list of links."""
    return (
        0 <= index < len(page.blocks)
        and page.free(index)
        and page.lexicon.nav_any.whole(page.blocks[index].text.strip())
    )


def _in_list(page: Page, index: int) -> bool:
    """Whether block *index* stands between two entries of a menu or a list ("Energie" /
    "Solarstrom" / "Kommende Termine"), or first in a list under its heading ("Related
    Topics" / "Harbour Council," / "Ferry Service,"): an entry of that list, not a line of
    names."""
    if not _list_entry(page, index + 1):
        return False
    return _list_entry(page, index - 1) or _list_heading(page, index - 1)


_MENU_REACH = 4  # blocks above a line of names where an entry of the same menu may stand


def _menu_kin(page: Page, index: int, reading: _Reading) -> bool:
    """Whether an entry of a menu or a list a few lines above block *index* is shaped like
    one of its names, as many capitalised words, and opens with the same word ("Garten
    Tipps" / "Gästebuch" / "Garten Ideen"): the line is another entry of that menu, not
    a line of names. An entry that repeats the name, or a phrase that opens with a first
    name ("Anna kocht"), says nothing against it."""
    shapes = {(len(words), words[0]) for words in (a.split() for a in reading.authors)}
    for j in range(max(0, index - _MENU_REACH), index):
        text = page.blocks[j].text.strip()
        words = text.split()
        if not words or text in reading.authors or not all(_upper_start(w) for w in words):
            continue
        if (len(words), words[0]) in shapes and _list_entry(page, j):
            return True
    return False


def _in_headline(page: Page, reading: _Reading) -> bool:
    """Whether every name of *reading* stands in the headline or the page's title: what the
    article is about, or the site's name, not its author."""
    titles = [page.blocks[k].text for k in page.title_blocks]
    return bool(reading.authors) and all(
        any(author in title for title in titles) for author in reading.authors
    )


def _over_caption(page: Page, index: int) -> bool:
    """Whether block *index* stands right above a caption or a photo credit."""
    if index + 1 >= len(page.blocks):
        return False
    label = page.labels[index + 1]
    return label is not None and label.kind is SegmentKind.CAPTION


def _written_in(page: Page, index: int, reading: _Reading) -> bool:
    """Whether the article's sentences under block *index* write every name of *reading*:
    the people it is about, whom a photo over it shows, not its writer (who is named in
    a credit line, not in a sentence: "Edited by Ann Lee")."""
    below = [
        page.blocks[j].text
        for j in range(index + 1, min(len(page.blocks), page.body_end))
        if page.features[j].sentence_end and page.features[j].words >= _MIN_PROSE_WORDS
    ]
    return bool(reading.authors) and all(
        any(author in text for text in below) for author in reading.authors
    )


_MAX_EXTRA_WORDS = 2  # words beside the names and the date ("Uhr", "um")


def _extra_words(page: Page, index: int, reading: _Reading) -> int:
    """How many words a line holds besides its names and its date: a dated line of names
    above a headline holds little else ("04.02.2022 | 13:10 Uhr | Ann Lee"), unlike a line
    of sections or a breadcrumb."""
    text = page.blocks[index].text
    span = page.date_span(index)
    if span is not None:
        text = text[: span[1]] + " " + text[span[2] :]
    named = {w.casefold() for a in reading.authors for w in a.split()}
    return sum(1 for w in _TOKEN.findall(text) if w.casefold() not in named)


def _bio_follows(page: Page, index: int, reading: _Reading) -> bool:
    """Whether the line after a lone full name opens with that name: an author's box
    ("Ann Lee" / "Ann Lee teaches history at ...")."""
    name = reading.authors[0]
    return (
        len(reading.authors) == 1
        and len(name.split()) >= _MIN_FULL_NAME
        and page.features[index + 1].words >= _MIN_BIO_WORDS
        and page.blocks[index + 1].text.startswith(name + " ")
    )


def _mail_follows(page: Page, index: int, reading: _Reading) -> bool:
    """Whether the line after one full name is an e-mail address alone: the writer's
    contact under the byline ("Ann Lee" / "ann.lee@example.com")."""
    return (
        len(reading.authors) == 1
        and _full_name(reading.authors[0])
        and _MAIL.fullmatch(page.blocks[index + 1].text.strip()) is not None
    )


def _lines_around(
    page: Page, lines: list[int], strong: bool, window: _Window, vocabulary: _Vocabulary
) -> list[int]:
    """Add the name or date lines right next to the byline (one author per line, a date line).

    A search window bounds where the byline's main line may stand, not the lines that
    continue it: an author list (a name and an e-mail address per author) may run past its
    edge. The lines of a byline found by its own evidence alone stay in its window."""
    taken = set(lines)
    for step in (-1, 1):
        j = (min(taken) if step < 0 else max(taken)) + step
        joined = False  # the line before stands alone as a joiner: "Ann Lee" / "and"
        while _continues(page, j, window) and len(taken) < _MAX_LINES:
            reading = _read_line(page, j)
            if reading is None and not joined and _role_only(page, j):
                taken.add(j)  # the role of the names above: "Ann Lee" / "Senior Reporter"
                j += step
                continue
            if reading is None:
                if not joined and (_joiner_only(page, j) or _beside_name(page, j)):
                    joined = True
                    j += step
                    continue
                if joined or date_only(page, j) is None:
                    break
            elif (
                strong
                and reading.score < 2.0
                and not (joined and _full_names(reading))
                and not _listed(page, j, step, taken)
            ):
                break  # next to a prefixed line, a bare capitalised line is rather a heading
            elif _common_words(reading, vocabulary):
                break  # a heading: "Gesunde Rezepte" where the text says "gesunden"
            if joined:
                taken.add(j - step)
                joined = False
            taken.add(j)
            j += step
    return sorted(taken)


_INITIALS = regex.compile(r"\p{Lu}{2,3}")
_MAX_AGENCY_NAMES_WORDS = 8  # words of an agency and its writers: "AFP, Ann Lee, Kai Lum"


def _agency_and_names(page: Page, j: int) -> bool:
    """Whether block *j*, which the caption rule took for a credit, is a news agency and
    then names after a comma ("AFP, Ann Lee") right next to the article's date line: the
    story's credit.
    A picture's credit joins the agency and the photographer with a slash ("AFP/Ann Lee"),
    or follows a marker ("Foto: AFP")."""
    if not 0 <= j < len(page.blocks) or page.features[j].words > _MAX_AGENCY_NAMES_WORDS:
        return False
    label = page.labels[j]
    if label is None or label.kind is not SegmentKind.CAPTION:
        return False
    text = page.blocks[j].text.strip()
    lexicon = page.lexicon
    agency = lexicon.agencies.starts(text)
    if agency is None or agency.start() != 0 or "/" in text:
        return False
    rest = text[agency.end() :]
    if not rest.startswith(","):
        return False
    names = split_authors(rest.lstrip(" ,"), lexicon)
    return bool(names) and all(" " in name for name in names)


def _beside_name(page: Page, index: int) -> bool:
    """Whether block *index* is what an author list prints beside each name: an e-mail
    address alone ("ann.lee@example.org"), or the initials of the name on the next line
    (an avatar's letters: "AL" / "Ann Lee")."""
    text = page.blocks[index].text.strip()
    if _MAIL.fullmatch(text) is not None:
        return True
    if _INITIALS.fullmatch(text) is None or index + 1 >= len(page.blocks):
        return False
    reading = _read_line(page, index + 1)
    return (
        reading is not None
        and len(reading.authors) == 1
        and "".join(w[0] for w in reading.authors[0].split()) == text
    )


def _joiner_only(page: Page, index: int) -> bool:
    """Whether block *index* is a joiner alone ("and", "und", "&") between two lines of names."""
    return _joiner_only_word(page.blocks[index].text.strip(), page.lexicon)


def _full_names(reading: _Reading) -> bool:
    """Whether *reading* names authors, each with a full name."""
    return bool(reading.authors) and all(_full_name(a) for a in reading.authors)


_LISTED = 2  # lines of one name each before a bare name that continues the list


def _listed(page: Page, index: int, step: int, taken: set[int]) -> bool:
    """Whether the lines before block *index* (in the direction of *step*) are lines of
    the byline with one name each, so that the full name at *index* continues that list:
    "Ann Lee News Reporter" / "Jan Berg News Reporter" / "Eva Roth"."""
    reading = _read_line(page, index)
    if reading is None or len(reading.authors) != 1 or not _full_names(reading):
        return False
    for k in range(1, _LISTED + 1):
        j = index - k * step
        before = _read_line(page, j) if j in taken else None
        if before is None or len(before.authors) != 1:
            return False
    return True


def _full_name(name: str) -> bool:
    """Whether *name* reads as a full name: two words or more, or, in a script written
    without spaces, two characters or more ("王小明")."""
    if _cased(name):
        return len(name.split()) >= _MIN_FULL_NAME
    return len(name.split()) >= _MIN_FULL_NAME or len(_DENSE.findall(name)) >= _MIN_FULL_NAME


_CLOCK = regex.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])")  # a post's time: "um 10:52"


def _deep_doubt(page: Page, i: int, reading: _Reading) -> bool:
    """Deep in the article only a prefixed full name ("Von Ann Lee") that is no sentence
    counts (a single name only with a date or a post's time on its line: "Posted by annlee
    at 2:33 PM"), or, not too deep, full names with a role or a date on their own line
    ("Ann Lee 12.10.2019, 05:00")."""
    features = page.features[i]
    if (
        reading.score >= _NAMED
        and i < page.body_start + 2 * _AFTER
        and not features.sentence_end
        and all(_full_name(a) for a in reading.authors)
    ):
        return False
    return (
        reading.score < 3.0
        or (features.sentence_end and features.words > _MAX_SENTENCE_WORDS)
        or (
            reading.published is None
            and not any(_full_name(a) for a in reading.authors)
            and _CLOCK.search(page.blocks[i].text) is None
            and not _dated_credit(page, i)
        )
    )


_EMBED_REACH = 12  # blocks either side of a deep credit where another post's credit may stand


def _embedded_credit(page: Page, i: int) -> bool:
    """Whether line *i*, deep in the article, opens with a byline prefix that another line
    of the region a few blocks away opens with too, crediting someone else ("Posted by
    Harbour Council on 3 May" ... "Posted by Ann Lee on 2 May") with a paragraph between
    them: the headers of social posts embedded in the article, which a page prints one per
    post, where the article's own byline stands once (or its credits one under another).
    """
    prefixes = page.lexicon.byline_prefixes
    text = page.blocks[i].text
    found = prefixes.starts(text)
    if found is None:
        return False
    prefix = text[: found.end()].strip().casefold()
    unit = page.options.min_paragraph_chars
    lo = max(page.body_start, i - _EMBED_REACH)
    hi = min(page.body_end, i + _EMBED_REACH + 1)
    for j in range(lo, hi):
        other = page.blocks[j].text
        if j == i or other == text or page.features[j].words > _MAX_BYLINE_WORDS:
            continue
        match = prefixes.starts(other)
        if match is None or other[: match.end()].strip().casefold() != prefix:
            continue
        between = range(min(i, j) + 1, max(i, j))
        if any(page.features[k].prose and page.features[k].length >= unit for k in between):
            return True  # a post's text between them, not two credits of one article
    return False


def _open(page: Page, i: int) -> bool:
    """Whether block *i* may be the byline: a free block, a line of agencies alone or a
    credit for the text and its pictures that the caption rule took for a photo's credit
    ("AFP", "Text & Fotos: Ann Lee"), or names under a prefix line alone that the footer
    rule took for the items of a box ("Print" / "Written on May 3 by" / "Ann Lee"), or a
    full name with an author's badge ("Ann Lee Author") wherever it stands."""
    if page.free(i):
        return True
    label = page.labels[i]
    text = page.blocks[i].text
    if _badge(text, page.lexicon) is not None:
        return True  # "Ann Lee Author": a theme's author badge, whatever region holds it
    if label is not None and label.kind is SegmentKind.FOOTER:
        return i > 0 and (
            _prefix_only(page, i - 1) or _prefix_after_date(page, i - 1) or _dated_credit(page, i)
        )
    return (
        label is not None
        and label.kind is SegmentKind.CAPTION
        and (bool(_agency_credit(text, page.lexicon)) or _text_and_pictures(text, page.lexicon))
    )


_MAX_CREDIT_WORDS = 4  # words of a short credit line: a prefix and a name ("von Ann Lee")


def _dated_credit(page: Page, i: int) -> bool:
    """Whether block *i* is a short line that opens with a byline prefix and has a date
    line of its own right under it ("von Ann" / "03.05.2024 18:06 Uhr"): a credit, even
    where another rule took the two lines for entries of a list."""
    return (
        i + 1 < len(page.blocks)
        and page.features[i].words <= _MAX_CREDIT_WORDS
        and page.lexicon.byline_prefixes.starts(page.blocks[i].text) is not None
        and stamp_date(page, i + 1) is not None
    )


_SITE_CREDIT = 2.5  # what a byline crediting only the site's own name loses to other lines


def _site_credit(page: Page, reading: _Reading) -> bool:
    """Whether *reading* credits the site alone: its one author is the page's site name
    (read from the title), "by Harbour Times" on the Harbour Times' own page."""
    site = page.site_name
    return (
        site is not None
        and len(reading.authors) == 1
        and reading.authors[0].casefold() == site.casefold()
    )


def _best(
    page: Page, window: _Window, minimum: float, vocabulary: _Vocabulary
) -> tuple[_Reading, list[int]] | None:
    best: tuple[float, _Reading, list[int]] | None = None
    for i in range(window.lo, window.hi):
        if not _open(page, i):
            continue
        found = _evidence(page, i, window, vocabulary)
        if found is None or found[0] < minimum:
            continue
        if i >= window.deep and _deep_doubt(page, i, found[1]):
            continue
        if i > page.body_start and _embedded_credit(page, i):
            continue  # "Posted by Harbour Council on 3 May" over a post set in the article
        distance = window.anchor - i if i < window.anchor else 2 * (i - window.anchor)
        if found[1].score < _NAMED and _under_list_heading(page, i):
            continue  # "Inhalt:" / "Flandern – Motor der Region": a list's entry
        if found[1].score <= _NAMED and found[1].published is None and _in_list(page, i):
            # "Energie" / "Solarstrom" / "Kommende Termine" / "Presse": a menu's entry; "Ann
            # Lee, writer" among a letter's signatories: a list's entry with its role.
            continue
        if found[1].score < _NAMED and _menu_kin(page, i, found[1]):
            continue  # "Garten Tipps" / "Gästebuch" / "Garten Ideen": the menu goes on
        if _common_words(found[1], vocabulary):
            continue  # "Aktuelle Meldung" where the text says "die aktuelle Lage"
        if _phrase_with_particle(found[1], vocabulary):
            continue  # "Leasing von Dienstwagen" where the text says "beim Leasing"
        if _acronym_led(found[1]):
            continue  # "USB Kabel" under the headline
        if found[1].score < _NAMED and _in_headline(page, found[1]):
            continue  # "Hotel Seeblick" under "Hotel Seeblick opens its doors": the subject
        if found[1].score < _NAMED and _over_caption(page, i) and _written_in(page, i, found[1]):
            continue  # "Ann Lee" / "Photo: Kai Lum" / "... said Ann Lee": who the photo shows
        # Of lines with equal evidence, one that says it is a byline ("By ...") wins over
        # bare names that gained their score from what stands around them.
        said = _SAID if found[1].score >= 3.0 else 0.0
        # Bare names right over a photo credit may be what the photo shows ("Ann Lee" /
        # "Foto: dpa"): another line of names with equal evidence wins over them.
        shown = _SHOWN if found[1].score < _NAMED and _over_caption(page, i) else 0.0
        # The site's own name as the author ("by Harbour Times") is what a page prints when
        # it names nobody: a line that names people wins over it.
        site = _SITE_CREDIT if _site_credit(page, found[1]) else 0.0
        key = found[0] + said - shown - site - 0.02 * distance
        if best is None or key > best[0]:
            best = (key, found[1], found[2])
    return None if best is None else (best[1], best[2])


def _nearby_date(page: Page, lines: list[int]) -> str | None:
    """The date of the nearest free date line a few blocks above or below the byline."""
    first, last = min(lines), max(lines)
    for distance in range(1, _DATE_RADIUS + 1):
        for j in (first - distance, last + distance):
            if 0 < j < len(page.blocks) and page.free(j):
                found = stamp_date(page, j)
                if found is not None:
                    return found
    return None


_DATELINE_PARAGRAPHS = 3  # first blocks of the article where a dateline may open one


def _labelled(text: str, lexicon: Lexicon) -> bool:
    """Whether *text* opens with a byline prefix written as a label: "Autorin: Ann Lee",
    "Author: ...", "Автор: ..."."""
    match = lexicon.byline_prefixes.starts(text)
    return match is not None and (
        match.group().rstrip().endswith((":", "：")) or text[match.end() :].lstrip()[:1] in ":："
    )


def _labelled_credit(page: Page) -> tuple[_Reading, list[int]] | None:
    """A labelled credit with a full name anywhere in the article or in the lists under it
    ("Autorin: Ann Lee, Projektleiterin"), for a page whose byline is nowhere else: such a
    label names the author wherever it stands. The last one wins."""
    n = len(page.blocks)
    for i in range(min(n, page.body_end + _END_AFTER) - 1, page.body_start - 1, -1):
        label = page.labels[i]
        if label is not None and label.kind is not SegmentKind.FOOTER:
            continue
        if not _labelled(page.blocks[i].text, page.lexicon):
            continue
        reading = _read_line(page, i)
        if (
            reading is not None
            and reading.score >= 3.0
            and any(_full_name(a) for a in reading.authors)
            and not any(_fact(page, j) for j in (i - 1, i + 1))
        ):
            return reading, [i]
    return None


_NAME_UNDER = 4  # blocks under the article's end where bare names with a date may stand


def _dated_names_under(page: Page, vocabulary: _Vocabulary) -> tuple[_Reading, list[int]] | None:
    """One or two full names on a line of their own right under the article, with a line
    that is only a date right above or below them ("Ann Lee" / "03.05.2024"): the author's
    signature, for a page whose byline is nowhere else. A line under a heading that ends
    in a colon, in a menu, in the headline or of the page's own words is no signature."""
    n = len(page.blocks)
    for i in range(page.body_end, min(n, page.body_end + _NAME_UNDER)):
        if not page.free(i) or page.features[i].sentence_end:
            continue
        reading = _read_line(page, i)
        if (
            reading is None
            or reading.score >= _NAMED
            or len(reading.authors) > _MIN_FULL_NAME
            or not _full_names(reading)
        ):
            continue
        near = (j for j in (i - 1, i + 1) if 0 <= j < n)
        if all(date_only(page, j) is None for j in near):
            continue
        if (
            _under_list_heading(page, i)
            or _in_list(page, i)
            or _in_headline(page, reading)
            or _common_words(reading, vocabulary)
        ):
            continue
        return reading, [i]
    return None


def _signature(page: Page, vocabulary: _Vocabulary) -> tuple[_Reading, list[int]] | None:
    """One full name on a line of its own right under the article's last paragraph, with
    nothing of the article after it (the page's chrome, a short line or the end of the
    page): the writer's signature, for a page whose byline is nowhere else ("... the
    last sentence." / "Ann Lee" / "Back to News"). A line in the headline, of the page's
    own words, with a word the article writes ("Harbour Master"), with a phrase of the
    lexicon, under a list heading, in a menu or over more names is no signature.

    The article region may run on past the article's end (a list of teasers, the notes
    under it, the next story on an archived page): a name deeper in it signs the article
    when it stands under a long paragraph of running text and no other line of the page
    writes a word of it. A heading over the next part of an article has its words in the
    text it heads, or stands under a short paragraph (a step, an instruction, a quote)."""
    n = len(page.blocks)
    for i in (page.body_end - 1, page.body_end):
        if 0 < i < n and _signs(page, i, vocabulary, deep=False):
            reading = _read_line(page, i)
            if reading is not None:
                return reading, [i]
    counts: list[collections.Counter[str]] = []  # the page's words, counted once if asked
    for i in range(max(1, page.body_start), min(n, page.body_end) - 1):
        if _signs(page, i, vocabulary, deep=True, counts=counts):
            reading = _read_line(page, i)
            if reading is not None:
                return reading, [i]
    return None


_BOX_LINES = 4  # lines over the link to an author's other articles where the name may stand


def _linked_names(link: str, lexicon: Lexicon, more: PhraseSet) -> tuple[str, ...]:
    """What may be the name alone after the phrase that opens *link*, a line that links an
    author's other articles ("More from Ann Lee", "Mehr Artikel von Ann →"): the rest of
    the line after a phrase of the lexicon for more stories, or after one for the box that
    closes an article (the two may open the line differently: "View all" / "View all posts
    by")."""
    if len(link) > _MAX_MORE_LINE:
        return ()
    found: list[str] = []
    for match in (more.starts(link), lexicon.ends.starts(link)):
        if match is not None:
            name = link[match.end() :].strip(_MORE_MARKS)
            if name and "\n" not in name and _DIGIT.search(name) is None:
                found.append(name)
    return tuple(found)


def _boxed_name(page: Page, i: int, linked: str) -> _Reading | None:
    """Line *i* read as the name *linked* (or, when that is a first name alone, a full name
    it opens), alone on the line or at the head of a short biography parted from it by a
    dash or a bar ("Ann Lee – sailor and cook since 2009."); else ``None``."""
    reading = _read_line(page, i)
    if reading is None:
        text = page.blocks[i].text.strip()
        parts = _PARTS.split(text, maxsplit=1)
        if len(parts) == 1 or not text.startswith(linked):
            return None
        found = _names(parts[0], page.lexicon, prefixed=False)
        if found.leftover or found.role or found.handle or found.names != (parts[0].strip(),):
            return None
        reading = _Reading(found.names, 1.0, None)
    if len(reading.authors) != 1:
        return None
    name = reading.authors[0]
    if name == linked or (" " not in linked and name.startswith(f"{linked} ")):
        return reading if page.blocks[i].text.startswith(name) else None
    return None


def _author_box(page: Page) -> tuple[_Reading, list[int]] | None:
    """A full name at the head of its line a few lines over the line that links that
    person's other articles ("Ann Lee" / "All posts by Ann Lee", "Ann Lee – rides a
    bicycle to work ..." / "More from Ann →"): the author's box, wherever the page prints
    it, for a page whose byline is nowhere else. The link opens with a phrase of the
    lexicon for more stories or for the box that closes an article and gives the same
    name, or its first word, alone after it; the line over it names that one person
    only. So a credit for other work ("Verified by Ann Lee") is none; nor is the site's
    own name over the link to its other stories ("Harbour Times" / "More from Harbour
    Times"), or a newsroom's."""
    lexicon = page.lexicon
    more = lexicon.nav_phrases(NavKind.MORE)
    for k in range(2, len(page.blocks)):
        names = _linked_names(page.blocks[k].text.strip(), lexicon, more)
        for i, linked in itertools.product(range(k - 1, max(0, k - 1 - _BOX_LINES), -1), names):
            reading = _boxed_name(page, i, linked)
            if reading is None:
                continue
            name = reading.authors[0]
            if (
                reading.score < _NAMED
                and _full_name(name)
                and not lexicon.newsrooms.whole(name)
                and not _site_credit(page, reading)
            ):
                return reading, [i]
    return None


def _about_author(page: Page) -> tuple[_Reading, list[int]] | None:
    """The name a few lines under the heading of an author's box ("About the author" /
    "View all posts" / "Ann Lee" / "Ann writes about ..."), for a page whose byline is
    nowhere else: the heading is a phrase of the lexicon that closes an article and holds
    a byline prefix that is no function word ("Author", "Autor", not "by"), so a press
    contact's heading or a note on affiliate links is none; the name is
    the first line under it that is no link of the box, one name alone on its line (the
    box may give a first name only, as the blog signs its posts)."""
    lexicon = page.lexicon
    n = len(page.blocks)
    for k in range(1, n - 1):
        heading = page.blocks[k].text.strip()
        if page.features[k].words > _MAX_ROLE_WORDS or not lexicon.ends.whole(heading):
            continue
        prefix = lexicon.byline_prefixes.search(heading)
        word = "" if prefix is None else prefix.group().strip()
        if not word or word.casefold() in _PARTICLES or _function_word(word, lexicon):
            continue  # no author's box: "This post contains affiliate links", "All posts by"
        for i in range(k + 1, min(n, k + 1 + _BOX_LINES)):
            text = page.blocks[i].text.strip()
            features = page.features[i]
            if features.words <= _MAX_ROLE_WORDS and (
                lexicon.nav_any.search(text) is not None or lexicon.ends.starts(text) is not None
            ):
                continue  # the box's links: "View all posts", "Show all articles"
            found = _names(text, lexicon, prefixed=True)
            if (
                features.sentence_end
                or features.words > _MAX_NAME_WORDS
                or len(found.names) != 1
                or found.leftover
                or found.handle
                or found.names[0] != text
                or lexicon.newsrooms.whole(text)
            ):
                break
            reading = _Reading(found.names, 3.0, None)
            if _site_credit(page, reading):
                break
            return reading, [i]
    return None


_MAX_LINK_WORDS = 6  # words of a link to an author's other work: "zu allen Texten vom Autor"


def _author_link(page: Page, k: int) -> bool:
    """Whether block *k* is a short link to the other work of the person named above it
    ("All recipes by the author", "Mehr vom Autor"): it ends with a byline prefix that is
    no function word ("Author", "Autor") after a function word ("the", "vom"), holds no
    comma and no joiner before the word (a role: "Ann Lee, author", "writer and author"),
    no colon (a heading: "Contact the author:"), and is no heading that closes an article
    ("About the author")."""
    if page.features[k].words > _MAX_LINK_WORDS:
        return False
    text = page.blocks[k].text.strip()
    words = text.split()
    lexicon = page.lexicon
    if not 2 <= len(words) <= _MAX_LINK_WORDS or any(c in text for c in ",:：("):
        return False
    last, before = words[-1], words[-2]
    return (
        lexicon.byline_prefixes.whole(last)
        and not _function_word(last, lexicon)
        and _function_word(before, lexicon)
        and not _joiner_only_word(before, lexicon)  # "Journalist und Autor": a role
        and lexicon.byline_prefixes.starts(text) is None
        and lexicon.ends.starts(text) is None
    )


def _joiner_only_word(word: str, lexicon: Lexicon) -> bool:
    """Whether *word* is one of the joiners that list authors ("and", "und", "&")."""
    folded = word.casefold()
    return any(folded == j.strip().casefold() for j in lexicon.author_joiners if j.strip())


def _name_over_link(page: Page) -> tuple[_Reading, list[int]] | None:
    """A full name alone on its line right over the link to that author's other work
    ("Ann Lee" / "All recipes by the author"), for a page whose byline is nowhere else:
    the box of the person who wrote it. Not the site's own name or a newsroom's."""
    lexicon = page.lexicon
    for k in range(1, len(page.blocks)):
        if not _author_link(page, k):
            continue
        text = page.blocks[k - 1].text.strip()
        found = _names(text, lexicon, prefixed=False)
        if (
            page.features[k - 1].sentence_end
            or len(found.names) != 1
            or found.leftover
            or found.handle
            or found.names[0] != text
            or not _full_name(text)
            or lexicon.newsrooms.whole(text)
        ):
            continue
        reading = _Reading(found.names, 3.0, None)
        if not _site_credit(page, reading):
            return reading, [k - 1]
    return None


_WORD = regex.compile(r"[\p{L}\p{M}]+")


def _signs(
    page: Page,
    i: int,
    vocabulary: _Vocabulary,
    *,
    deep: bool,
    counts: list[collections.Counter[str]] | None = None,
) -> bool:
    """Whether block *i* is the article's signature (see :func:`_signature`); *deep*: a
    line above the region's last ones, held to the stricter test, with *counts* holding
    the page's word counts once a line has asked for them (counted once per page, so the
    test stays linear in the page's length)."""
    n = len(page.blocks)
    unit = page.options.min_paragraph_chars
    features = page.features[i]
    if features.sentence_end or features.words > _SIGNATURE_WORDS:
        return False
    label = page.labels[i]
    if label is not None and label.kind not in (SegmentKind.BODY, SegmentKind.BOILERPLATE):
        return False
    above = page.features[i - 1]
    if not (above.prose and above.length >= unit and above.sentence_end):
        return False
    if deep and above.length < _SIGNED_PARAGRAPH * unit:
        return False  # a step, an instruction or a quote over the next heading
    if (
        not deep
        and i + 1 < n
        and page.features[i + 1].prose
        and page.features[i + 1].length >= unit
    ):
        return False  # the article goes on: a sub-heading, a name it mentions
    following = _read_line(page, i + 1) if i + 1 < n else None
    if following is not None and following.authors:
        return False  # the first of a list of names (the signatories of a letter)
    reading = _read_line(page, i)
    if (
        reading is None
        or reading.score >= _NAMED
        or len(reading.authors) != 1
        or not _full_names(reading)
        or page.blocks[i].text.isupper()
        or _under_list_heading(page, i)
        or _in_list(page, i)
        or _in_headline(page, reading)
        or _common_words(reading, vocabulary)
    ):
        return False
    name = reading.authors[0]
    if merged_phrases(page.lexicon.codes, _NOT_NAMES).search(name) is not None:
        return False  # "Externe Links", "Weitere Informationen": a heading of the page
    words = [w for w in name.split() if len(w) >= _SIGNATURE_WORD]
    if deep and counts is not None:
        # No other line of the page writes a word of it: a heading's words come back in
        # the text it heads, in the page's menus or in its teasers.
        if not counts:
            page_text = "\n".join(block.text for block in page.blocks)
            counts.append(collections.Counter(_WORD.findall(page_text)))
        own = collections.Counter(_WORD.findall(page.blocks[i].text))
        return all(counts[0][w] <= own[w] for w in _WORD.findall(" ".join(words)))
    article = " ".join(page.blocks[j].text for j in range(page.body_start, i))
    return not any(w in article for w in words)  # a person, a place or a firm it writes about


_SIGNATURE_WORDS = 4  # words of a signature's line at the most
_SIGNATURE_WORD = 4  # letters of a word of a signature that the article must not write
# Characters of the paragraph over a signature deep in the article region, in units of
# min_paragraph_chars: a paragraph of running text, several sentences long.
_SIGNED_PARAGRAPH = 5


_FACT = regex.compile(r"\A\s*(\p{L}[\p{L}. -]{0,24}?)\s*:\s*\S")


def _fact(page: Page, index: int) -> bool:
    """Whether block *index* is a line of a box of facts about a book, a film or a product
    ("Verlag: ...", "Seiten: 400"): an author there wrote that work, not the page. A date,
    a source or another credit ("Datum: ...", "Quelle: ...") is the article's own."""
    if not 0 <= index < len(page.blocks):
        return False
    match = _FACT.match(page.blocks[index].text)
    if match is None:
        return False
    key = match.group(1)
    lexicon = page.lexicon
    return not (
        lexicon.date_markers.whole(key)
        or lexicon.caption_markers.whole(key)
        or lexicon.byline_prefixes.whole(key)
    )


def _dateline_agency(page: Page) -> Byline | None:
    """The agency named in the dateline that opens the first paragraph ("Hamburg (dpa) –
    ...", "WASHINGTON (AP) — ..."): the byline of a page that has no other. The paragraph
    stays in the body; the byline's text is the dateline."""
    taken = 0
    for i in range(page.body_start, min(len(page.blocks), page.body_end)):
        if not page.free(i):
            continue
        match = _DATELINE.match(page.blocks[i].text)
        if match is not None:
            agencies = _agency_credit(match.group(2), page.lexicon)
            if agencies:
                text = match.group(0).rstrip(" –—-")
                return Byline(text=text, authors=agencies, published=_nearby_date(page, [i]))
        taken += 1
        if taken == _DATELINE_PARAGRAPHS:
            break
    return None


# The credit in brackets that closes the article's last paragraph: "... gesagt. (dpa)",
# "... said. (FR mit AFP)".
_CLOSING_CREDIT = regex.compile(r"(?<=[.!?…\"“”»«'’])\s*\(([^()\d]{1,30})\)\s*\Z")
_CLOSING_PARAGRAPHS = 2  # last paragraphs of the article where it may stand
_MAX_DESK_CHARS = 3  # characters of a newsroom's short sign beside the agency: "FR", "red"


def _signed_agencies(credit: str, lexicon: Lexicon) -> tuple[str, ...]:
    """The pieces of *credit* when each is an agency or a newsroom's short sign and one at
    least an agency ("HZ mit dpa"); else none."""
    pieces = [_clean(p) for p in _joiners(lexicon.codes).split(credit)]
    if not any(lexicon.agencies.whole(p) for p in pieces):
        return ()
    if not all(
        lexicon.agencies.whole(p) or (0 < len(p) <= _MAX_DESK_CHARS and p.isalpha()) for p in pieces
    ):
        return ()
    return tuple(dict.fromkeys(pieces))


def _closing_agency(page: Page) -> Byline | None:
    """The agency credited in brackets at the end of the article's last paragraph
    ("... (dpa)", "... (HZ mit dpa)"), with the newsroom's short sign written beside it:
    on a page whose byline names nobody, the credit of the story. Every piece must be an
    agency or such a sign, one piece at least an agency. The byline's text is the credit."""
    lexicon = page.lexicon
    for match in _closing_brackets(page, _CLOSING_CREDIT):
        credit = match.group(1)
        agencies = _agency_credit(credit, lexicon) or _signed_agencies(credit, lexicon)
        if agencies:
            return Byline(text=match.group(0).strip(), authors=agencies, published=None)
    return None


def _closing_brackets(page: Page, pattern: regex.Pattern[str]) -> Iterator[regex.Match[str]]:
    """The brackets *pattern* finds closing the article's last paragraphs, last first."""
    taken = 0
    for i in range(min(len(page.blocks), page.body_end) - 1, page.body_start - 1, -1):
        if not page.free(i):
            continue
        match = pattern.search(page.blocks[i].text)
        if match is not None:
            yield match
        taken += 1
        if taken == _CLOSING_PARAGRAPHS:
            return


# The dated credit in brackets that closes the article's last paragraph: "... gesagt. (Ann
# Lee, Kai Lum, 7.5.2024)".
_SIGNED_CREDIT = regex.compile(r"(?<=[.!?…\"“”»«'’])\s*\(([^()]{1,160})\)\s*\Z")
_MAX_CREDIT_LEFTOVER = 2  # words beside the names: a place ("Ann Lee aus Wien")


def _closing_names(page: Page) -> Byline | None:
    """The writers credited, with the date, in brackets at the end of the article's last
    paragraph ("... said. (Ann Lee, Kai Lum, 7.5.2024)"): the signature of a page whose
    byline is nowhere else. The date tells it from a photo's credit or a note in brackets;
    every name must be a full name. The byline's text is the credit."""
    lexicon = page.lexicon
    for match in _closing_brackets(page, _SIGNED_CREDIT):
        credit = match.group(1)
        span = _date_span(credit, lexicon)
        if span is None:
            continue
        rest = credit[: span[1]] + credit[span[2] :]
        found = _names(_credit(rest, lexicon), lexicon, prefixed=True)
        if (
            found.names
            and found.leftover <= _MAX_CREDIT_LEFTOVER
            and all(_full_name(n) for n in found.names)
        ):
            # The date only tells the credit from a photo's: the page's date line, read
            # later, gives the article's date with its time.
            return Byline(text=match.group(0).strip(), authors=found.names, published=None)
    return None


_DATE_ALONE_ABOVE = 3  # blocks above the article where its date line may stand, no headline
_DATE_ALONE_INTO = 2  # and blocks into it
_DATE_ALONE_SHARE = 0.5  # share of a line without a date marker that its date covers


def _date_alone(page: Page, heading: int | None) -> Byline | None:
    """The line under the headline that only dates the article ("Published 3 May 2024,
    10:30", "12.05.2024, 14:30 Uhr"), on a page that names no author: a byline with the
    date and no names. The line opens with a date marker or is mostly its date, and is no
    sentence."""
    begin = page.body_start
    lo = heading + 1 if heading is not None and heading < begin else begin - _DATE_ALONE_ABOVE
    lexicon = page.lexicon
    # Under a standfirst, the date may stand among the lines above the running text.
    end = max(begin, page.text_start) + _DATE_ALONE_INTO
    for j in range(max(1, lo), min(len(page.blocks), end)):
        features = page.features[j]
        if not page.free(j) or features.words > STAMP_WORDS:
            continue
        text = page.blocks[j].text
        span = page.date_span(j)
        if span is None or (features.sentence_end and not _date_ends(text, span)):
            continue  # no date, or a sentence (a full stop that ends the date is none)
        if (
            lexicon.date_markers.starts(text) is not None
            or span_share(text, span) >= _DATE_ALONE_SHARE
        ):
            page.set(j, SegmentKind.BYLINE, "byline.date")
            for k in (j + 1, j - 1):
                if _agency_and_names(page, k):
                    # "12.05.2024, 14:30 Uhr" / "AFP, Ann Lee": the story's credit beside it
                    page.relabel(k, SegmentKind.BYLINE, "byline.date")
                    lines = sorted((j, k))
                    return Byline(
                        text="\n".join(page.blocks[i].text for i in lines),
                        authors=split_authors(page.blocks[k].text, lexicon),
                        published=span[0],
                    )
            return Byline(text=text, authors=(), published=span[0])
    return None


# The years a site's rights run over ("2009-2024"), or a year that opens a part ("2024 by").
_RIGHTS_YEARS = regex.compile(
    r"(?<!\d)(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d(?!\d)|\A(?:19|20)\d\d\b"
)


def _rights_by(part: str, lexicon: Lexicon) -> Found | None:
    """The byline prefix right after a copyright sign or the years of a site's rights in
    *part* ("© by", "2009-2024 by"), else ``None``."""
    mark = lexicon.copyright.search(part)
    years = _RIGHTS_YEARS.search(part)
    for found in (mark, years):
        if found is not None:
            prefix = lexicon.byline_prefixes.starts(
                part, found.end() if found is mark else found.start()
            )
            if prefix is not None:
                return prefix
    return None


def _rights_holder(page: Page) -> Byline | None:
    """The person a copyright line under the article credits with a byline prefix ("© 2024
    by Ann Lee", "2009-2024 by Ann Lee | Imprint"): on a personal site, its writer, for a
    page whose byline is nowhere else. Only one full name counts, on the last such line (a
    firm's name after a bare sign, "© Harbour Media", says nothing of who wrote the text)."""
    lexicon = page.lexicon
    for i in range(len(page.blocks) - 1, page.body_end - 1, -1):
        label = page.labels[i]
        if page.features[i].words > _MAX_BYLINE_WORDS or (
            label is not None and label.kind is SegmentKind.CAPTION
        ):
            continue
        text = page.blocks[i].text
        for part in _PARTS.split(text):
            prefix = _rights_by(part, lexicon)
            if prefix is None:
                continue
            found = _names(
                _credit(part[prefix.start() :].lstrip(), lexicon), lexicon, prefixed=True
            )
            if len(found.names) == 1 and not found.leftover and _full_name(found.names[0]):
                return Byline(text=text, authors=found.names, published=None)
    return None


_MORE_MARKS = " \t:：→»›>"  # what may close the line of an author's other articles
_MAX_MORE_LINE = 80  # characters of that line: a phrase and a name


def _full_from_more(page: Page, author: str) -> str:
    """The full name of *author*, a single name the byline gives ("Von Ann In News"), from
    the line that links the author's other articles ("More from Ann Lee", "Mehr von Ann
    Lee"): a name of two words or more that opens with it, alone after the phrase. The
    single name when no such line is on the page, or when it names an agency or a
    newsroom ("By Staff" is not completed by "More from Staff Picks")."""
    lexicon = page.lexicon
    if lexicon.agencies.whole(author) or lexicon.newsrooms.whole(author):
        return author
    more = lexicon.nav_phrases(NavKind.MORE)
    folded = author.casefold()
    for block in page.blocks:
        text = block.text
        if len(text) > _MAX_MORE_LINE:
            continue
        match = more.starts(text)
        if match is None:
            continue
        name = text[match.end() :].strip(_MORE_MARKS)
        words = name.split()
        if (
            _MIN_FULL_NAME <= len(words) <= _MAX_NAME_WORDS
            and words[0].casefold() == folded
            and _DIGIT.search(name) is None
            and "\n" not in name
        ):
            return name
    return author


_CREDIT_LINE = 240  # characters of a line that may credit the owner of a page in full


def _full_from_initials(page: Page, author: str) -> str:
    """The full name of *author*, a byline's initials alone ("Posted by AL"), from a line
    that credits a name with those initials after a byline prefix ("Ein Blog von Ann Lee
    steht unter einer freien Lizenz", "Site by Ann Lee"): a blog signs its posts with its
    owner's initials and names the owner in full where it states who made it. The name's
    words each open with the next initial, with no capitalised word after them (a longer
    name has other initials). The initials stay when no line credits such a name, or when
    they are an agency's or a newsroom's sign ("AFP", "SID")."""
    lexicon = page.lexicon
    if (
        _INITIALS.fullmatch(author) is None
        or lexicon.agencies.whole(author)
        or lexicon.newsrooms.whole(author)
    ):
        return author
    size = len(author)
    for block in page.blocks:
        text = block.text
        if (
            len(text) > _CREDIT_LINE
            or lexicon.byline_prefixes.search(text) is None
            or lexicon.caption_markers.search(text) is not None
        ):
            continue  # no credit, or a photo's ("Photos by Ann Lee")
        for token in _TOKEN.finditer(text):
            prefix = lexicon.byline_prefixes.starts(text, token.start())
            if prefix is None:
                continue
            words = text[prefix.end() :].split()[: size + 1]
            name = [w.rstrip(_STRIP) for w in words[:size]]
            if len(name) == size and all(
                w[:1] == initial and w[1:].isalpha() and w[1:].islower()
                for w, initial in zip(name, author, strict=True)
            ):
                after = words[size] if len(words) > size else ""
                if not (words[size - 1] == name[-1] and _upper_start(after)):
                    return " ".join(name)
    return author


def _without_site(author: str, site: str) -> str:
    """*author* without the site's name printed right after the person's ("Ann Lee The
    Harbour Times" on the Harbour Times' page): the publication, not part of the name. A
    name of one word left is kept whole: a blog named after its author ("Ann Berg" on
    "Berg"), a newsroom with the site's name ("Redacción Diario Norte")."""
    if len(author) > len(site) and author.casefold().endswith(f" {site.casefold()}"):
        head = author[: -len(site)].rstrip()
        if len(head.split()) >= _MIN_FULL_NAME:
            return head
    return author


def _held_at(page: Page, j: int, lines: list[int], core: list[int]) -> bool:
    """Whether line *j* of a byline names where the role on the line above it is held:
    the newspaper or the body under an author's role ("Ann Lee" / "Games Editor" /
    "Harbour Times May 3, 2024"), not another author, who would have a role line of
    their own under the name ("Ann Lee" / "Reporter" / "Kai Brand" / "Editor")."""
    return (
        j not in core
        and j - 1 in lines
        and _role_only(page, j - 1)
        and not (j + 1 in lines and _role_only(page, j + 1))
    )


_HANDLE_REACH = 6  # blocks under a byline signed by a user name where the writer's credit may stand
_HEAD_LINE_WORDS = 12  # words of a line of a post's head (a headline, a subtitle) at the most


def _writer_under_handle(page: Page, main: _Reading, last: int) -> int | None:
    """The line a few blocks under a byline signed only by user names ("Submitted by annlee
    on 3 May 2024") that credits full names after a byline prefix ("A post by Ann Lee"),
    in the post's head above its first paragraph: the user name is the account that put
    the post online, the credit names its writer. Under a paragraph, such a credit is
    rather the source's of a story the post takes over."""
    if not main.authors or not all(_user_name(a) for a in main.authors):
        return None
    for j in range(last + 1, min(len(page.blocks), last + 1 + _HANDLE_REACH)):
        features = page.features[j]
        if features.sentence_end and features.words > _HEAD_LINE_WORDS:
            return None  # the text has begun: a credit under its first paragraph is a source's
        label = page.labels[j]
        if label is not None and label.kind is not SegmentKind.BODY:
            continue
        if page.lexicon.byline_prefixes.search(page.blocks[j].text) is None:
            continue
        reading = _read_line(page, j)
        if reading is not None and _full_names(reading):
            return j
    return None


def find_byline(page: Page) -> Byline | None:
    """Find the byline around the start (or else the end) of the article; label it."""
    n = len(page.blocks)
    begin = page.text_start  # a standfirst or a recipe's ingredients above it aside
    lo = max(1, begin - _BEFORE)
    hi = min(n, begin + _AFTER_PREFIXED)
    heads = [t for t in page.title_blocks if 0 < t < hi]
    heading = max(heads) if heads else None
    if heading is not None:
        lo = max(lo, heading - _ABOVE_HEADING)
    # The headline may stand below the guessed start of the article (a teaser taken into it):
    # the byline is then looked for under the headline too.
    start = begin if heading is None else max(begin, heading + 1)
    hi = min(n, max(hi, start + _AFTER_PREFIXED))
    window = _Window(lo, hi, begin, heading, start + _AFTER)
    vocabulary = _Vocabulary(page)
    found = _best(page, window, _MIN_SCORE, vocabulary)
    if (found is None or found[0].score < 3.0) and heading is not None and heading + 1 < lo:
        # The article region may start well below the headline (a teaser list, a wrong
        # guess): look right under the headline too; a line there that says more by itself
        # (a prefix, a role, a date beside the names) wins over bare names near that start.
        reach = heading + _AFTER + 1
        if lo - reach <= _AFTER:
            reach = lo  # no gap of a few lines between the two windows
        under = _Window(
            max(1, heading - _ABOVE_HEADING),
            min(n, reach),
            heading + 1,
            heading,
            heading + _AFTER + 1,
        )
        headed = _best(page, under, _MIN_SCORE, vocabulary)
        if headed is not None and (
            found is None or headed[0].score > max(found[0].score, _NAMED - 1.0)
        ):
            found, window = headed, under
    if (found is None or found[0].score < 3.0) and heading is not None:
        # The page may print the headline twice (the article's header, then a gallery or a
        # sticky header over the text): its byline stands under the first copy.
        text = page.blocks[heading].text
        for copy in range(1, max(1, lo - _AFTER)):
            if page.blocks[copy].text != text:
                continue
            under = _Window(
                max(1, copy - _ABOVE_HEADING),
                min(n, copy + _AFTER + 1),
                copy + 1,
                copy,
                copy + _AFTER + 1,
            )
            # Only a line with the evidence of a byline near the article: that copy may
            # be a teaser's among others, the page's own byline standing by the second.
            headed = _best(page, under, 3.0, vocabulary)
            if headed is not None and (
                found is None or headed[0].score > max(found[0].score, _NAMED - 1.0)
            ):
                found, window = headed, under
            break
    if found is None:
        end_lo = max(lo, page.body_end - _END_AFTER)
        end = _Window(end_lo, min(n, page.body_end + _END_AFTER), page.body_end, None, end_lo)
        found = _best(page, end, 3.0, vocabulary)
        window = end
        if found is None:
            # A dated prefixed line a little further under the article: "erstellt von Ann
            # Lee — veröffentlicht 28.01.2022 06:00", "Posted on May 3, 2024 by Ann Lee"
            # under the related links.
            far = _Window(end_lo, min(n, page.body_end + _FAR_AFTER), page.body_end, None, end_lo)
            found = _best(page, far, _FAR_SCORE, vocabulary)
            window = far
    rule = "byline.agency"  # the rule of a block taken from another rule's label
    if found is None:
        found = _dated_names_under(page, vocabulary)
        under_end = min(n, page.body_end + _NAME_UNDER + 1)
        window = _Window(page.body_end - 1, under_end, 0, None, 0, bounded=True)
    if found is None:
        found = _labelled_credit(page)
        window = _Window(0, 0, 0, None, 0, bounded=True)  # its line alone
        rule = "byline.credit"
    if found is None:
        found = _signature(page, vocabulary)
        window = _Window(0, 0, 0, None, 0, bounded=True)
        rule = "byline.signature"
    if found is None:
        found = _author_box(page) or _about_author(page) or _name_over_link(page)
        window = _Window(0, 0, 0, None, 0, bounded=True)
        rule = "byline.author-box"
    if found is None:
        dateline = _dateline_agency(page)
        if dateline is not None:
            return dateline
        closing = _closing_agency(page) or _closing_names(page)
        if closing is not None:
            dated = _date_alone(page, heading)  # the date line under the headline, if any
            return attrs.evolve(closing, published=None if dated is None else dated.published)
        return _rights_holder(page) or _date_alone(page, heading)
    main, core = found
    lines = _lines_around(page, core, main.score >= 3.0, window, vocabulary)
    writer = _writer_under_handle(page, main, max(lines)) if rule == "byline.agency" else None
    if writer is not None:
        lines = [*lines, writer]
    authors: list[str] = []
    published: str | None = None
    for j in lines:
        reading = _read_line(page, j)
        if reading is not None and reading.authors and _held_at(page, j, lines, core):
            published = published or reading.published  # "Ann Lee" / "Editor" / "Harbour Times"
        elif reading is not None and reading.authors:
            authors.extend(reading.authors)
            published = published or reading.published
        else:
            if j == max(core):
                # The names under a prefix on its own line ("Autorin" / "Ann Lee (Ärztin)"),
                # read as such even when the line alone would not pass as a byline.
                authors.extend(main.authors)
            published = published or date_only(page, j)
    if not authors:
        authors.extend(main.authors)
    if writer is not None:
        # "Submitted by annlee on 3 May 2024" / "A post by Ann Lee": the writer's credit
        authors = [a for a in authors if not _user_name(a)]
    if any(" " not in a for a in authors):
        authors = [_full_from_more(page, a) if " " not in a else a for a in authors]
        authors = [_full_from_initials(page, a) for a in authors]
    if page.site_name:
        authors = [_without_site(a, page.site_name) for a in authors]
    last = lines[-1]
    if published is None and main.published is None and _dated_credit(page, last):
        label = page.labels[last + 1]
        if label is not None and label.kind is SegmentKind.FOOTER:
            lines.append(last + 1)  # its date line, which the footer took for an entry
            published = stamp_date(page, last + 1)
    if published is None and main.published is None and rule != "byline.author-box":
        # An author's box stands among other stories' teasers: a date near it is theirs.
        published = _nearby_date(page, lines)
    published = published or main.published
    for j in lines:
        label = page.labels[j]
        if label is None:
            page.set(j, SegmentKind.BYLINE, "byline.line")
        elif rule == "byline.agency" and label.kind is SegmentKind.FOOTER:
            page.relabel(j, SegmentKind.BYLINE, "byline.line")  # a prefix line the footer took
        else:
            page.relabel(j, SegmentKind.BYLINE, rule)
    text = "\n".join(page.blocks[j].text for j in lines)
    return Byline(text=text, authors=tuple(dict.fromkeys(authors)), published=published)
