"""Title rule: the headline and the site name, from the first line and a repeated heading."""

from __future__ import annotations

import re  # noqa: TID251 (ASCII words only: see _ASCII_TOKEN)
from collections.abc import Callable

import regex

from newsparse._dates import date_share, span_share
from newsparse._features import (
    normalise_for_match,
    plain_heading,
    weighted_length,
    without_invisible,
)
from newsparse._lexicon import Lexicon
from newsparse._model import SegmentKind
from newsparse._page import Page
from newsparse._rules.captions import caption_patterns, is_caption
from newsparse._rules.phrases import boilerplate_rule, nav_hit
from newsparse._rules.stamps import Stamp, stamp

__all__ = ["find_title"]

# Separators between a headline and a site name, strongest first: the strongest one found
# on a title line is the one that sets the site name apart. A colon only counts when a
# heading on the page confirms the split.
_SEPARATORS = tuple(
    regex.compile(p)
    for p in (
        r"(?:(?<!\s)\s+)?[|｜丨│┃]\s*|(?<=\p{Hangul})\s*ㅣ\s*(?=\p{Hangul})",
        r"(?<!\s)\s+::\s+|(?:(?<!\s)\s+)?::\s*\Z",
        r"(?<!\s)\s+[—–]\s+",
        r"(?<!\s)\s+-\s+",
        r"(?<!\s)\s+[·•»›>]\s+",
    )
)
_MAX_SITE_WORDS = 6
_MAX_SITE_CHARS = 50
_MAX_BRAND_WORDS = 3
_BRAND_RATIO = 2
_DENSE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")
_MAX_TITLE_CHARS = 300
_HEADING_WINDOW = 400  # blocks after the first in which the on-page headline is looked for
_MIN_FUZZY_CHARS = 16
_SENTENCE_HEADING = 100  # a heading ending in a full stop is rarely longer
_RUNNING_SENTENCES = 3  # a line with this many sentences is running text, not a title
_HEADING_LOOKBACK = 6  # lines before the article where its heading may stand
_TITLE_LOOKAHEAD = 10  # the title line may follow a few menu lines
_WEAK_SEPARATOR = regex.compile(r"(?:(?<!\s)\s+)?:\s+")


def _split(text: str) -> tuple[list[str], bool]:
    """The parts of a title line at its strongest separator, and whether that one is a
    bar (``|``), which sets a site name apart for sure, unlike dashes and dots that
    headlines use too."""
    for rank, separator in enumerate(_SEPARATORS):
        parts = [p.strip() for p in separator.split(text) if p.strip()]
        if len(parts) > 1:
            return parts, rank == 0
    return [text.strip()], False


def _parts(text: str) -> list[str]:
    return _split(text)[0]


_BRAND = regex.compile(r"\A(?:\S+\.\p{L}{2,}|[\p{Lu}\p{N}&.\-\s]+)\Z")
_CAPITALISED = regex.compile(r"\A[\p{Lu}\p{N}]")
_MAX_NAME_WORDS = 5


def _brand_like(part: str) -> bool:
    """A name rather than a phrase: a domain, capitals only, or a few capitalised words;
    scripts without case always pass."""
    words = part.split()
    if not regex.search(r"[\p{Lu}\p{Ll}]", part) or len(words) <= _MAX_BRAND_WORDS - 1:
        return True
    if _BRAND.match(part) is not None:
        return True
    capitalised = sum(1 for w in words if _CAPITALISED.match(w))
    return (
        len(words) <= _MAX_NAME_WORDS
        and bool(_CAPITALISED.match(words[0]))
        and capitalised * 2 > len(words)
    )


# A host name ("stadtbote.example", "www.valley-post.example"): a site name wherever it stands.
_DOMAIN = regex.compile(r"\A(?:[\p{L}\p{N}][\p{L}\p{N}\-]*\.)+\p{L}{2,}\Z")


def _domain(part: str) -> bool:
    return _DOMAIN.match(part) is not None


def _site_like(part: str) -> bool:
    return len(part) <= _MAX_SITE_CHARS and len(part.split()) <= _MAX_SITE_WORDS


def _site_of(part: str) -> str:
    """The site name in a trailing part that holds more ("NDR.de - Nachrichten" → "NDR.de")."""
    inner = _parts(part)
    return inner[0] if len(inner) > 1 else part


def _brand_first(first: str, last: str, *, bar: bool) -> bool:
    """Whether a title line puts the site name first: a short name, then a headline that is
    much longer ("LZB | Neue Regeln für Mieterhöhungen", "晨光日报 | 市政府宣布…")."""
    short, long_ = weighted_length(first), weighted_length(last)
    if long_ < _BRAND_RATIO * short:
        return False
    if not bar and _name_only(last) and _BRAND.match(first) is None:
        # "Penny - Harbour Town Wiki": a name last, where site names stand; but a domain or
        # capitals first are the brand ("AP - Trump Wins Iowa").
        return False
    if len(first.split()) <= _MAX_BRAND_WORDS and len(last.split()) >= _MAX_BRAND_WORDS:
        return True
    if not (short <= _MAX_SITE_CHARS and _site_like(first)):
        return False
    # Scripts without spaces, or a longer name before a bar: judged by length alone; before
    # another separator, a name ("Le Courrier du Matin") before a headline that is not one.
    return (
        bar
        or _DENSE.search(first) is not None
        or (_brand_like(first) and not _brand_like(last) and not _site_like(last))
    )


# A date standing alone as the last piece of a title line: "28.04.2023", "Feb. 1, 2016".
# A word before the numbers is a weekday or a month: then the year is written in full, or
# the numbers are three ("Minecraft 1.8", "Budget 3.0" are no dates).
_DATE_PART = regex.compile(
    r"\A(?:\p{L}{3,9}\.?,?\s+)?\d{1,4}[./\-]\d{1,2}[./\-]\d{2,4}\.?\Z"
    r"|\A\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\Z"
    r"|\A\d{1,2}\.?\s+\p{L}{3,9}\.?,?\s+\d{4}\Z"
)


# A date stamp and a separator opening a heading: "23.01.2022 - Headline".
_STAMP_SHARE = 0.8  # share of the piece before the separator that its date covers
_DATE_OPENING = regex.compile(r"\A(.{4,24}?)\s+[|｜\-–—·•:]\s+(?=\S)")


def _without_date(heading: str, lexicon: Lexicon) -> str:
    """*heading* without a date stamp printed before it ("23.01.2022 - Headline"): the
    stamp is the article's date, not part of its headline."""
    match = _DATE_OPENING.match(heading)
    if match is None:
        return heading
    if date_share(match.group(1), lexicon) < _STAMP_SHARE:
        return heading
    return heading[match.end() :]


# A separator with nothing after it: "Regenjacken vom Hafenmarkt -", "Headline |".
_DANGLING = regex.compile(r"(?<!\s)\s+(?:[|｜\-–—·•]|::)\s*\Z")


def split_title(text: str) -> tuple[str, str | None]:
    """Split a ``<title>``-like line into (headline, site name) without other evidence.

    The site name stands after the strongest separator, or before it when the first part
    is a short brand and the rest a much longer headline.

    >>> split_title("Le tramway arrive enfin au port | Le Courrier")
    ('Le tramway arrive enfin au port', 'Le Courrier')
    >>> split_title("LZB | Neue Regeln für Mieterhöhungen")
    ('Neue Regeln für Mieterhöhungen', 'LZB')
    >>> split_title("Ponts : l’hiver ralentit les travaux – Actualité – OTR")
    ('Ponts : l’hiver ralentit les travaux', 'OTR')
    >>> split_title("Derby verloren - Kiel verliert in Lübeck | sportblatt.de")
    ('Derby verloren - Kiel verliert in Lübeck', 'sportblatt.de')
    >>> split_title("sportblatt.de - Kiel verliert in Lübeck")
    ('Kiel verliert in Lübeck', 'sportblatt.de')
    >>> split_title("晨光日报 | 市政府宣布年底前新建三座社区图书馆")
    ('市政府宣布年底前新建三座社区图书馆', '晨光日报')
    >>> split_title("23.01.2022 - Schnee bringt den Zeitplan durcheinander - Skiclub Nord")
    ('Schnee bringt den Zeitplan durcheinander', 'Skiclub Nord')
    """
    text = _DANGLING.sub("", text)
    parts, bar = _split(text)
    if len(parts) > 1 and _DATE_PART.match(parts[-1]):
        parts = parts[:-1]  # "Headline | Site | 28.04.2023": the date is neither
        if len(parts) == 1:
            return parts[0], None
    if len(parts) > 1 and _DATE_PART.match(parts[0]):
        parts = parts[1:]  # "28.04.2023 - Headline - Site": nor is a date before them
        if len(parts) == 1:
            return parts[0], None
    if len(parts) < 2:
        return text.strip(), None
    first, last = parts[0], parts[-1]
    if _brand_first(first, last, bar=bar) or (
        len(parts) == 2 and _domain(first) and not _domain(last)
    ):
        return last, first
    if len(parts) > 2:
        # "Site - Headline - Section": a short name first, then a headline too long to be
        # a name, then a last part such as a section.
        middle = max(parts[1:-1], key=weighted_length)
        if not _site_like(middle) and _brand_first(first, middle, bar=bar):
            return middle, first
    site = _site_of(last) if len(parts) == 2 else last
    if not _site_like(site) or not (bar or _brand_like(site)):
        return text.strip(), None
    return _without_domain(first), site


# A word of a script without case joined to the end of a headline by a hyphen with no
# space ("…도서관 문 열어-사회"): where scripts with case write words so joined, they are
# compounds ("Ready-to-Go"), not a section.
_JOINED_END = regex.compile(
    r"(?<=[\p{L}\p{N}.!?…'\"”’」』)])-((?:(?![\p{Lu}\p{Ll}\p{Lt}])\p{L}){1,12})\Z"
)


def _without_section(headline: str, lexicon: Lexicon) -> str:
    """*headline* without a section name from the menu lexicon joined to its end by a hyphen
    ("…문 열어-사회 | Site"): the section, not part of the headline."""
    match = _JOINED_END.search(headline)
    if match is None or not lexicon.menu.whole(match.group(1)):
        return headline
    return headline[: match.start()]


def _without_domain(headline: str) -> str:
    """*headline* without a host name set apart at its end or start by a weaker separator
    ("Headline » site.org", once a tagline after a bar is cut off)."""
    parts = _parts(headline)
    if len(parts) == 2 and _domain(parts[-1]) and not _domain(parts[0]):
        return parts[0]
    if len(parts) == 2 and _domain(parts[0]) and not _domain(parts[-1]):
        return parts[-1]
    return headline


def _heading_candidates(page: Page, first: int) -> range:
    # The window reaches the article's first line even when long menus stand before it.
    end = max(first + 1 + _HEADING_WINDOW, page.body_start + 1)
    return range(first + 1, min(len(page.blocks), end))


_TOKEN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]|[\p{L}\p{N}]+")
_MIN_CONTAINED = 0.8  # share of a heading's words that the title line must hold
_MIN_COVER = 0.5  # share of the headline's words the heading must hold


def _shown(page: Page, index: int) -> str:
    """The text of block *index* without the characters that do not show (soft hyphens,
    zero-width spaces): the title rule reads every line so, since one repeat of a headline
    may hold them and another not, and gives the title as it shows."""
    return without_invisible(page.blocks[index].text)


# _TOKEN for ASCII text, in the standard library's engine: faster, and the same words there.
_ASCII_TOKEN = re.compile(r"[A-Za-z0-9]+")


def _tokens(text: str) -> list[str]:
    if text.isascii():
        return _ASCII_TOKEN.findall(text.lower())
    return _TOKEN.findall(text.casefold())


def _match_score(
    line: str,
    whole: str,
    parts: frozenset[str],
    title_words: frozenset[str],
    headline_words: frozenset[str],
) -> float:
    """How well a page line matches the title line: 3 the whole title, 2 one of its long
    parts, between 0 and 1 a heading made mostly of the title's words, else 0."""
    if not line:
        return 0.0
    if line == whole:
        return _WHOLE
    if line in parts:
        return _PART
    if weighted_length(line) < _MIN_FUZZY_CHARS or not headline_words:
        return 0.0
    words = _tokens(line)
    if not words:
        return 0.0
    contained = sum(1 for w in words if w in title_words) / len(words)
    cover = len(headline_words.intersection(words)) / len(headline_words)
    if contained < _MIN_CONTAINED or cover < _MIN_COVER:
        return 0.0
    return min(contained, cover)


_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "„": '"'})


def _fold_quotes(text: str) -> str:
    """*text* case-folded, with quote variants and spaces folded: two wordings that differ
    only so are the same headline."""
    return " ".join(text.translate(_QUOTES).casefold().split())


# Any symbol between spaces, quotes and brackets aside; on a line with no "«", a "»"
# between spaces too, since it closes no quotation there ("Site - News » Headline").
_ANY_SEPARATOR = regex.compile(r"(?<!\s)\s+[^\s\p{L}\p{N}\"'«»„“”‘’()\[\]]+\s+")
_ANY_SEPARATOR_OR_ARROW = regex.compile(r"(?<!\s)\s+[^\s\p{L}\p{N}\"'«„“”‘’()\[\]]+\s+")
_WHOLE = 3.0  # the score of a heading that repeats the whole title line
_PART = 2.0  # the score of a heading that repeats a long part of the title line
_EXACT_PART = 2.1  # the same, punctuation and all
_EDGE = 0.4  # the score of a heading that opens or closes the title line at any separator


def _edge_parts(line: str) -> dict[str, str]:
    """The title line's first and last pieces at any symbol between spaces ("Headline ✩
    Site", "Site ~ Headline"), normalised, each with the rest of the line."""
    separator = _ANY_SEPARATOR if "«" in line else _ANY_SEPARATOR_OR_ARROW
    found = list(separator.finditer(line))
    if not found:
        return {}
    first, last = found[0], found[-1]
    return {
        normalise_for_match(line[: first.start()]): line[first.end() :].strip(),
        normalise_for_match(line[last.end() :]): line[: last.start()].strip(),
    }


_PUNCTUATION = regex.compile(r"\p{P}")


def _punctuated(headline: str, heading: str) -> bool:
    """Whether *headline* is *heading* with punctuation added inside it, such as the colon
    after a kicker that the page prints in its own style ("Kicker: Headline" over the
    heading "Kicker Headline")."""
    full, bare = "".join(headline.split()), "".join(heading.split())
    if len(full) <= len(bare) or not bare or full[0] != bare[0] or full[-1] != bare[-1]:
        return False
    at = 0
    for char in full:
        if at < len(bare) and char == bare[at]:
            at += 1
        elif _PUNCTUATION.match(char) is None:
            return False
    return at == len(bare)


_SPACES = regex.compile(r"\s*")  # the spaces at a position, maybe none


def _spaced_as_in(line: str, heading: str) -> str:
    """*heading* as the title line spaces it, when the line holds the same characters with
    other spacing ("Kicker:Headline", a kicker set in its own element with no space after
    it, where the title line writes "Kicker: Headline"); else *heading*."""
    chars = "".join(heading.split())
    if not chars:
        return heading
    # The first place where the characters follow each other with only spaces between
    # them, walked through by hand: a pattern made of the heading would be compiled anew
    # for every page.
    start = line.find(chars[0])
    while start >= 0:
        end = start + 1
        for char in chars[1:]:
            spaces = _SPACES.match(line, end)
            end = spaces.end() if spaces is not None else end
            if not line.startswith(char, end):
                break
            end += 1
        else:
            return line[start:end]
        start = line.find(chars[0], start + 1)
    return heading


_CONTINUATION = regex.compile(r"\A[:：]\s*\S")


def _continuation(page: Page, index: int) -> str | None:
    """The next line when it carries on line *index* after a colon (": Headline", a kicker's
    colon printed with the headline part of a heading), else None."""
    after = index + 1
    if after >= len(page.blocks) or not page.free(after):
        return None
    text = _shown(page, after)
    if text[:1] not in ":：":
        return None  # most lines: the pattern need not be tried
    return text if _CONTINUATION.match(text) is not None else None


def _site_after_bar(line: str, site: str) -> bool:
    parts, bar = _split(line)
    return bar and normalise_for_match(parts[-1]) == normalise_for_match(site)


def _site_beside(line: str, heading: str) -> str | None:
    """The site name left on the title line once the page's heading is taken out of it."""
    norm_heading = normalise_for_match(heading)
    parts = _parts(line)
    rest = [p for p in parts if normalise_for_match(p) not in norm_heading]
    if len(parts) < 2 or not rest or len(rest) == len(parts):
        return None  # no part is the heading: what is left is no site name
    site = rest[-1] if normalise_for_match(parts[0]) in norm_heading else rest[0]
    return site if _site_like(site) else None


# A full stop after a number: an ordinal or a date ("19. Jahrhundert", "26. 2. 2015").
# A full stop after a number ("3. Mai") or after an initial ("John C. Welch", "U.S. Senate").
_NO_SENTENCE_STOP = regex.compile(r"(?:(?<=\d)|(?<=(?:^|[^\p{L}\p{N}])\p{Lu}))\.(?:\s|\Z)")


def _sentences(page: Page, index: int) -> int:
    """The sentence marks of line *index*, less the full stops after numbers and initials."""
    sentences = page.features[index].sentences
    if sentences < 2:
        return sentences
    return max(0, sentences - len(_NO_SENTENCE_STOP.findall(page.visible[index])))


def _title_line(page: Page, index: int) -> bool:
    """Whether a line can be a title: not running text, not a menu, not footer chrome."""
    features = page.features[index]
    sentences = _sentences(page, index)
    if features.length > _MAX_TITLE_CHARS * 2 or sentences >= _RUNNING_SENTENCES:
        return False
    if sentences >= 2 and features.sentence_end and features.length > _SENTENCE_HEADING:
        return False
    text = _shown(page, index)
    hit = nav_hit(page, index)
    return not (page.lexicon.menu.whole(text) or (hit is not None and hit[1]))


_TWICE_REACH = 12  # the article's first lines, where its headline may be printed again


def _heading_printed_twice(page: Page, first: int) -> int | None:
    """The heading right above the article that the article prints again in its first
    lines, for a page whose first title-like line stands under others (no browser title
    line: menus first) and no line confirms it: a headline that a page prints over its
    article and again at its head is the article's, where the first such line may be a
    fragment of its menus ("Login" / "or sign up?")."""
    start = page.body_start
    for i in range(start - 1, max(first, start - 1 - _HEADING_LOOKBACK), -1):
        if not _title_like(page, i):
            continue
        norm = page.normalised(i)
        for j in range(start, min(page.body_end, start + _TWICE_REACH)):
            if j != i and page.normalised(j) == norm:
                return i
    return None


def _title_like(page: Page, index: int) -> bool:
    """Whether a free line above the article may be its headline: long enough to hold one,
    no sentence, a possible title line and no chrome."""
    features = page.features[index]
    return (
        page.free(index)
        and features.length >= _MIN_FUZZY_CHARS
        and not features.sentence_end
        and _title_line(page, index)
        and _not_chrome(page, index)
    )


def _not_chrome(page: Page, index: int) -> bool:
    # A headline is often repeated (title, heading, breadcrumb): repetition is no evidence here.
    return boilerplate_rule(page, index) in (None, "boilerplate.repeated")


def _carries_site(norm: str, norm_site: str | None) -> bool:
    """Whether a normalised line is the site's name or ends with it after other words: the
    site's logo or a credit ("Ann Lee The Harbour Times"), not the article's headline."""
    return bool(norm_site) and (norm == norm_site or norm.endswith(f" {norm_site}"))


def _heading_before_body(page: Page) -> None:
    """No title line first (the page opens with a menu or with text): take the heading-like
    line that stands closest before the article, if any."""
    for i in range(page.body_start - 1, max(-1, page.body_start - 1 - _HEADING_LOOKBACK), -1):
        if _title_like(page, i):
            page.title = plain_heading(_shown(page, i)) or None
            page.title_blocks = (i,)
            page.set(i, SegmentKind.TITLE, "title.heading-before-article")
            return


_ARTICLE_LOOKBACK = 12  # lines above the article in which its heading is looked for
_STANDFIRST_RATIO = 2  # a standfirst holds this many times the words of its heading, or more
_MIN_HEADING_WORDS = 2
_MIN_FAR_HEADING_WORDS = 3
_DATE_SHARE = 0.5  # a line that is mostly a date is not a heading


def _heading_like(page: Page, index: int) -> bool:
    """A line that can be the article's own heading: a few words, not running text, not a
    date, byline, menu, share prompt or other page chrome."""
    features = page.features[index]
    if (
        not page.free(index)
        or features.words < _MIN_HEADING_WORDS
        or features.length < _MIN_FUZZY_CHARS
    ):
        return False
    if features.url_like or _sentences(page, index) >= _RUNNING_SENTENCES:
        return False
    text = _shown(page, index)
    if text.endswith(".") and features.length > _SENTENCE_HEADING:
        return False
    if not _title_line(page, index) or not _not_chrome(page, index):
        return False
    lexicon = page.lexicon
    if (
        lexicon.byline_prefixes.starts(text) is not None
        or lexicon.caption_markers.starts(text) is not None
    ):
        return False
    patterns = caption_patterns(lexicon.codes)
    if patterns is not None and is_caption(page, index, patterns):
        return False
    return span_share(page.blocks[index].text, page.date_span(index)) < _DATE_SHARE


def _over_standfirst(page: Page, index: int) -> bool:
    """Whether line *index* stands over a standfirst: running text, or a line much longer
    than it (a standfirst set without a full stop)."""
    below = page.features[index + 1]
    return below.prose or below.words >= _STANDFIRST_RATIO * page.features[index].words


def _article_heading(
    page: Page, stop: int, accept: Callable[[str], bool], headline: str = ""
) -> int | None:
    """The heading-like line nearest above the article's first paragraphs that *accept*
    takes, if any. Past the nearest heading-like line, a line of two words counts when
    it stands right over that one, right over the article (a heading and its subtitle),
    and all its words are the title line's *headline*'s (the headline, worded short)."""
    nearest = True
    counted = 0
    for i in range(page.body_start - 1, stop, -1):
        if page.features[i].words >= _MIN_FAR_HEADING_WORDS:
            # Buttons, tags and menu items of a word or two (share, save, topics) between
            # the heading and the article do not count towards the distance.
            counted += 1
            if counted > _ARTICLE_LOOKBACK:
                break
        if _heading_like(page, i):
            # Past the nearest heading-like line (often a prompt such as "Jump to recipe"),
            # a two-word line is more likely a name or a section than the headline.
            far_ok = nearest or page.features[i].words >= _MIN_FAR_HEADING_WORDS
            if not far_ok and headline and i == page.body_start - 2:
                # Right over the nearest heading-like line, its subtitle over the article.
                far_ok = _stems(_shown(page, i)) <= _stems(headline)
            if i < page.body_start - _ARTICLE_LOOKBACK and not _over_standfirst(page, i):
                far_ok = False  # so far up, only a heading over its standfirst
            if far_ok and accept(_shown(page, i)):
                return i
            nearest = False
    return None


_TOP_LINES = 2  # a repeat of the title this close under it is the page's header, not a heading
_NEAR = -1.0  # the score given to a heading found above the article, not by matching
_MIN_SHARED = 0.4  # share of a heading's words that the headline must hold
# Or, for a headline of this many words at least, the share of them the heading must hold:
# a heading that adds much to the title line's wording still holds most of it.
_MIN_LONG_HEADLINE = 5
_MIN_HEADLINE_SHARED = 0.6
_STEM = 5  # words compared by their first letters, so that inflected forms still meet
_BREADCRUMB = regex.compile(r"\s[›»>/]\s")
# A trail's first step and its separator, set with no spaces: "Home/Section/Headline".
_CRUMB_START = regex.compile(r"\A([^›»>/]{1,40}?)\s*[›»>/]")


def _breadcrumb(text: str, lexicon: Lexicon) -> bool:
    """Whether *text* is a breadcrumb trail: steps between spaced arrows or slashes, or a
    menu word such as "Home" and a separator first, spaced or not ("Home/News/…")."""
    if _BREADCRUMB.search(text):
        return True
    match = _CRUMB_START.match(text)
    return match is not None and lexicon.menu.whole(match.group(1).strip())


_KICKER_END = regex.compile(r"[:|\-–—]\s*\Z")


def _stems(text: str) -> set[str]:
    return {t[:_STEM] for t in _tokens(text)}


def _prefer_heading(heading: str, headline: str, norm_site: str | None, lexicon: Lexicon) -> bool:
    """Whether the heading above the article, not the title line's headline, is the title:
    it must share enough words with the headline, not be the site name, a breadcrumb or the
    headline with the site name, and may add a kicker before the headline."""
    norm = normalise_for_match(heading)
    norm_headline = normalise_for_match(headline)
    if not norm or norm == norm_site or _breadcrumb(heading, lexicon):
        return False
    if heading.endswith(".") and not headline.endswith("."):
        return False  # a sentence under the heading (a teaser), not a heading
    if norm_headline and norm_headline in norm:
        if any(normalise_for_match(p) == norm_headline for p in _parts(heading)):
            return False
        at = heading.casefold().find(headline.casefold())
        return at > 0 and _KICKER_END.search(heading[:at].rstrip()) is not None
    words = _stems(heading)
    if not words:
        return False
    headline_stems = _stems(headline)
    shared = len(words & headline_stems)
    return shared / len(words) >= _MIN_SHARED or (
        len(headline_stems) >= _MIN_LONG_HEADLINE
        and shared / len(headline_stems) >= _MIN_HEADLINE_SHARED
    )


# A line that is one quotation whole: opening and closing marks of any style around it.
_QUOTED = regex.compile(r"\A[\"'«»„“”‚‘’‹›「『][^\"«»„“”「」『』]+[\"'«»“”‘’‹›」』]\Z")
_BYLINE_WORDS = 12  # a byline or date line under a heading is no longer
_BYLINE_LOOKBACK = 24  # lines above the article in which the headline over a byline may stand
_OPENING_BLOCKS = 3  # the article's first lines, whose words a headline shares
_CONTENT_CHARS = 5  # shorter words are mostly function words


def _content_stems(text: str) -> set[str]:
    """The stems of a text's longer words (and of each character in scripts without
    spaces): short function words say nothing about the topic."""
    return {t[:_STEM] for t in _tokens(text) if len(t) >= _CONTENT_CHARS or _DENSE.match(t)}


_NAME_ROLE_WORDS = 4  # words of a line that is a name and its role


def _name_and_role(text: str, lexicon: Lexicon) -> bool:
    """Whether *text* is a short line that ends with a role word after a name or two
    ("山田太郎 記者", "Ann Lee Reporter")."""
    words = text.split()
    return 1 < len(words) <= _NAME_ROLE_WORDS and lexicon.byline_roles.whole(words[-1])


def _run_on(text: str, headline: str) -> bool:
    """Whether *text* is *headline* with a further phrase run on after a space, one that
    opens with a capital (a standfirst set on the heading's line)."""
    if not headline or not text.casefold().startswith(headline.casefold()):
        return False
    rest = text[len(headline) :]
    return rest[:1].isspace() and _CAPITALISED.match(rest.lstrip()) is not None


def _after_kicker(text: str, headline: str) -> str | None:
    """What follows *headline* at the start of *text* when that goes on with *headline*
    again: the title line's headline printed as a kicker on the heading's line, then the
    heading that opens with the same words ("Compost Compost bins made simple"); else None."""
    if not headline or not text.casefold().startswith(headline.casefold()):
        return None
    rest = text[len(headline) :]
    if not rest[:1].isspace():
        return None
    rest = rest.lstrip()
    if len(rest) <= len(headline) or not rest.casefold().startswith(headline.casefold()):
        return None
    # The repeat is the headline's words, not the start of a longer word ("Compost" in
    # "Composting tips").
    return None if rest[len(headline)].isalnum() else rest


_KICKER_WORDS = 4  # words of a kicker or section name set over a heading, at most


def _opening_heading(page: Page) -> int | None:
    """The article's first line when it is a heading right over a byline or date line (the
    article region taken to start at its headline): a line with no sentence mark in it (a
    standfirst set there has some, a headline that asks a question is left alone), then
    the stamp. A picture's caption may open the region before it, and a short kicker
    between the two."""
    i = page.body_start
    if i + 1 < len(page.blocks) and _caption_line(page, i):
        i += 1
        if (
            i + 1 < len(page.blocks)
            and page.features[i].words <= _KICKER_WORDS
            and not page.features[i].sentence_end
            and not stamp(page, i, _BYLINE_WORDS)
            and not stamp(page, i + 1, _BYLINE_WORDS)
        ):
            i += 1
    if i + 1 >= len(page.blocks):
        return None
    if page.features[i].sentence_end or _sentences(page, i):
        return None
    return i if stamp(page, i + 1, _BYLINE_WORDS) else None


def _caption_line(page: Page, index: int) -> bool:
    """Whether block *index* is a picture's caption or credit."""
    patterns = caption_patterns(page.lexicon.codes)
    return patterns is not None and is_caption(page, index, patterns)


def _heading_over_byline(page: Page, first: int, headline: str) -> int | None:
    """The heading-like line just above a byline or date line (or with one line between,
    such as a standfirst or a caption, or a caption and a standfirst), near the article's
    start, when it shares a longer word with the title line or the article's first lines:
    the printed headline, even when the title line words the story otherwise. A line above
    a byline prefix beats one above a date. The article's first line counts too when it is
    such a heading: the article's first lines are then the ones after it. A title line
    that shares no longer word with the article's first lines says nothing of the story (a
    site's name and a page type or tagline): then a line right above a byline prefix, with
    nothing between, that does not read as prose (a standfirst or a quotation does) needs
    no shared word; nor does a quotation over a standfirst right over a byline prefix."""
    found: tuple[int, int] | None = None  # (kind, index)
    related: set[str] | None = None
    untold = False  # the title line shares no longer word with the article's first lines
    norm_headline = normalise_for_match(headline)
    heading = _opening_heading(page)
    start = page.body_start if heading is None else heading + 1
    for i in range(start - 1, max(first, page.body_start - 1 - _BYLINE_LOOKBACK), -1):
        if i + 1 >= len(page.blocks) or page.features[i].words < _MIN_FAR_HEADING_WORDS:
            continue
        kind = stamp(page, i + 1, _BYLINE_WORDS)
        right_over = kind  # the stamp right under the line, with nothing between
        one_between = Stamp.NONE  # the stamp under the line with one line between
        if (
            not kind
            and i + 2 < len(page.blocks)
            and (page.features[i + 1].prose or not _heading_like(page, i + 1))
        ):
            # A standfirst (running text, even with no full stop at its end, as a quotation
            # that ends on its attribution), a caption or a name between.
            kind = stamp(page, i + 2, _BYLINE_WORDS)
            one_between = kind
            if (
                not kind
                and i + 3 < len(page.blocks)
                and page.features[i + 2].prose
                and (page.features[i + 1].prose or _caption_line(page, i + 1))
                and page.normalised(i + 1) != norm_headline
            ):
                # A picture's caption and a standfirst between, running text (but not the
                # title line's headline itself: the line above that is a kicker or a site's).
                kind = stamp(page, i + 3, _BYLINE_WORDS)
        if not kind or (found is not None and kind <= found[0]) or not _heading_like(page, i):
            continue
        if related is None:
            end = min(len(page.blocks), start + _OPENING_BLOCKS)
            opening = " ".join(_shown(page, j) for j in range(start, end))
            title_stems = _content_stems(_shown(page, first))
            opening_stems = _content_stems(opening)
            related = opening_stems | title_stems
            untold = not (title_stems & opening_stems)
        text = _shown(page, i)
        if any(normalise_for_match(p) == norm_headline for p in _parts(text)):
            continue  # the headline with a kicker set apart: the title line has it bare
        lexicon = page.lexicon
        if lexicon.newsrooms.starts(text) or lexicon.byline_roles.starts(text):
            continue  # a newsroom credited as the author ("Redaktion Stadtblatt"): a byline
        if _name_and_role(text, lexicon):
            continue  # a name and the role after it ("山田太郎 記者"): a byline
        untold_name = untold and right_over == Stamp.NAME and not page.features[i].prose
        # A quotation over a standfirst over a byline prefix ("By …"): an interview's
        # headline, which need share no word with the title line.
        quoted = (
            one_between == Stamp.NAME
            and page.features[i + 1].prose
            and _QUOTED.match(text) is not None
        )
        if untold_name or quoted or _content_stems(text) & related:
            found = (kind, i)
    return found[1] if found is not None else None


def _heading_under_repeat(page: Page, index: int) -> int | None:
    """The printed heading two lines under a repeat of the title line: a short kicker, then
    a heading on the same story that is not much longer than the repeat, then the byline,
    a date or the article. The repeat is then the last step of a breadcrumb trail, and the
    kicker and heading are the page's own headline."""
    kicker, heading, after = index + 1, index + 2, index + 3
    if after >= len(page.blocks):
        return None
    kicker_features, features = page.features[kicker], page.features[heading]
    if (
        kicker_features.sentence_end
        or kicker_features.words > _MAX_SITE_WORDS
        or kicker_features.length >= features.length
        or features.words < _MIN_FAR_HEADING_WORDS
        or features.length * 2 > page.features[index].length * 3
    ):
        return None
    if not (after == page.body_start or stamp(page, after, _BYLINE_WORDS)):
        return None
    if (
        not page.free(kicker)
        or stamp(page, kicker, _BYLINE_WORDS)
        or page.date_span(kicker) is not None
        or not _title_line(page, kicker)
        or not _not_chrome(page, kicker)
        or not _heading_like(page, heading)
    ):
        return None
    shared = _content_stems(_shown(page, heading)) & _content_stems(_shown(page, index))
    return heading if shared else None


def _heading_under_kicker(page: Page, index: int, pieces: frozenset[str]) -> int | None:
    """The printed heading right under a short repeat of the title line's headline, when
    that repeat reads as a kicker or a section name over it ("Gardens" over "How to plant
    a hedge"): a longer heading-like line with no sentence mark, not a date or byline,
    right over the article or a byline or date, that shares a longer word with the repeat
    or is itself another of the title line's *pieces* ("Kicker | Headline - Site" printed
    as the kicker over the headline)."""
    heading, after = index + 1, index + 2
    if after >= len(page.blocks) or page.features[index].words > _KICKER_WORDS:
        return None
    piece = page.normalised(heading) in pieces
    if not (
        after == page.body_start
        or (piece and heading == page.body_start)
        or stamp(page, after, _BYLINE_WORDS)
    ):
        return None  # the article opens right under the heading (or with a piece of the title)
    features = page.features[heading]
    if (
        features.words < _MIN_FAR_HEADING_WORDS
        or features.length <= page.features[index].length
        or features.sentence_end
        or _sentences(page, heading)
    ):
        return None
    if stamp(page, heading, _BYLINE_WORDS) or not _heading_like(page, heading):
        return None
    if piece:
        return heading
    shared = _content_stems(_shown(page, heading)) & _content_stems(_shown(page, index))
    return heading if shared else None


def _all_pieces(line: str) -> list[str]:
    """The title line's pieces between any of its separators, in order."""
    pieces = [line]
    for separator in _SEPARATORS:
        pieces = [p.strip() for piece in pieces for p in separator.split(piece)]
    return [p for p in pieces if p]


def _pieces(line: str) -> frozenset[str]:
    """The title line's pieces between any of its separators, normalised."""
    return frozenset(n for n in (normalise_for_match(p) for p in _all_pieces(line)) if n)


# A label and the separator after it opening a heading: "Section: Headline", "Section - Headline".
_LABEL_OPENING = regex.compile(r"\A(.+?)(?:\s*:|\s+[|\-–—])\s+(?=\S)")


def _without_section_label(heading: str, line: str) -> str:
    """*heading* without the label that opens it when the title line sets that label apart
    as a piece of its own after the headline ("Headline - Section - Site" over the heading
    "Section: Headline"): the page prints its section as a kicker there, while the title
    line tells it apart from the headline."""
    match = _LABEL_OPENING.match(heading)
    if match is None:
        return heading
    rest = heading[match.end() :].strip()
    pieces = [normalise_for_match(p) for p in _all_pieces(line)]
    label, norm_rest = normalise_for_match(match.group(1)), normalise_for_match(rest)
    if label not in pieces or norm_rest not in pieces:
        return heading
    return rest if pieces.index(norm_rest) < pieces.index(label) else heading


def _above_the_standfirst(page: Page, index: int, first: int, headline: str) -> int:
    """*index*, or the heading-like line right above it when that one reads as the headline
    over a standfirst: on the same story, no longer than it, at least half as long (not a
    kicker), not a breadcrumb."""
    above = index - 1
    if above <= first or not _heading_like(page, above):
        return index
    norm_headline = normalise_for_match(headline)
    if norm_headline and norm_headline in page.normalised(index):
        return index  # the line holds the title line's headline: no standfirst
    length, above_length = page.features[index].length, page.features[above].length
    text = _shown(page, above)
    if above_length > length or above_length * 2 < length or _BREADCRUMB.search(text):
        return index
    story = _content_stems(_shown(page, index)) | _content_stems(headline)
    return above if _content_stems(text) & story else index


# The steps of a breadcrumb trail: pieces between arrows, slashes or bars ("Home » Travel »
# Lakes", "Home|Travel|Lakes"; a slash or ">" between spaces only, since words such as
# "AC/DC" hold them), or lines that end in an arrow ("Home >" over "Travel >" over "Lakes").
_TRAIL_SEPARATOR = regex.compile(r"\s+[>/]\s+|\s*[›»|]\s*")
_TRAIL_LINE_END = regex.compile(r"\s*([›»>])[ \t]*\n\s*")
_TRAIL_MARKS = frozenset("›»>/|")
_MIN_TRAIL_STEPS = 3  # steps of a trail, at least: fewer are a name and a section
_OPENING_LINES = 4  # the article's first lines, where a trail, its heading, a byline stand
_TRAIL_GAP = 2  # lines after a trail in which the heading that repeats its last step stands


def _trail_end(text: str) -> str | None:
    """The last step of the breadcrumb trail on one of *text*'s lines, if any: the page the
    trail leads to."""
    for line in _TRAIL_LINE_END.sub(r" \1 ", text).split("\n"):
        steps = [s.strip() for s in _TRAIL_SEPARATOR.split(line)]
        if len(steps) >= _MIN_TRAIL_STEPS and all(steps):
            return steps[-1]
    return None


def _heading_under_trail(page: Page, first: int, headline: str) -> int | None:
    """The line under a breadcrumb trail near the article's start (or the next one, past a
    search box) that repeats the trail's last step: the page the trail leads to, named
    again as its heading. Or the line right under the trail when that step is the title
    line's headline: the page's short name in the trail, its full headline under it. The
    trail is the page's own account of where it stands, so its heading beats a title line
    that may be only the site's tagline."""
    norm_headline = normalise_for_match(headline)
    start = max(first + 1, page.body_start - _ARTICLE_LOOKBACK)
    end = min(len(page.blocks) - 1, page.body_start + _OPENING_LINES)
    for i in range(start, end):
        text = page.blocks[i].text
        if _TRAIL_MARKS.isdisjoint(text):
            continue  # most lines: no trail to split
        step = _trail_end(text)
        if step is None:
            continue
        norm_step = normalise_for_match(step)
        if not norm_step:
            continue
        for heading in range(i + 1, min(len(page.blocks), i + 1 + _TRAIL_GAP)):
            if not (page.free(heading) and _title_line(page, heading)):
                continue
            if not _not_chrome(page, heading):
                continue
            if page.normalised(heading) == norm_step or (
                heading == i + 1 and norm_step == norm_headline and _heading_like(page, heading)
            ):
                return heading
    return None


def _heading_at_opening(page: Page, headline: str, norm_site: str | None) -> int | None:
    """A heading-like line among the article's first lines, right over its byline or date
    line, that shares enough words with the title line's headline: the article's own
    headline."""
    end = min(len(page.blocks) - 1, page.body_start + _OPENING_LINES)
    for i in range(max(0, page.body_start - 1), end):
        if not stamp(page, i + 1, _BYLINE_WORDS) or not _heading_like(page, i):
            continue
        if _prefer_heading(_shown(page, i), headline, norm_site, page.lexicon):
            return i
    return None


# Lines into the article region in which a dated heading may stand: a ticker or a menu that
# the region took in may come first.
_STAMP_REACH = 8


def _heading_under_stamp(page: Page, first: int) -> int | None:
    """A heading-like line at the article's start, right under a date or byline line and
    right over the article's first paragraph, on the same story as that paragraph, when
    the title line says nothing of the article (no longer word shared with its first
    lines: the site's name and tagline): the article's headline, dated above it."""
    start = max(first + 2, page.body_start - _TOP_LINES)
    end = min(len(page.blocks) - 1, page.body_start + _STAMP_REACH)
    title_stems: set[str] | None = None
    for i in range(start, end):
        if not page.features[i + 1].prose or not stamp(page, i - 1, _BYLINE_WORDS):
            continue
        if stamp(page, i, _BYLINE_WORDS) or not _heading_like(page, i):
            continue
        below = range(i + 1, min(len(page.blocks), i + 1 + _OPENING_BLOCKS))
        opening = " ".join(_shown(page, j) for j in below)
        opening_stems = _content_stems(opening)
        if title_stems is None:
            title_stems = _content_stems(_shown(page, first))
        if title_stems & opening_stems:
            return None  # the title line tells of the article: its headline stands
        if _content_stems(_shown(page, i)) & opening_stems:
            return i
    return None


def _signed_heading_in_article(
    page: Page, first: int, headline: str, norm_site: str | None
) -> int | None:
    """A heading-like line among the article's first lines, with no sentence mark in it (a
    standfirst set there has some), right over a byline prefix ("By …", "Por …"), that
    shares enough words with the title line's *headline* (as the heading above the article
    must): the article's signed headline, when the article region was taken to start some
    lines before it (a prompt, a section's name, a kicker) and no heading above it was
    found. A byline or date line before it near the article's start is the article's own:
    then a signed heading after it is a teaser's."""
    # As many lines into the article as its heading is looked for above it.
    end = min(len(page.blocks) - 1, page.body_start + _ARTICLE_LOOKBACK)
    start = max(first + 1, page.body_start - _ARTICLE_LOOKBACK)
    for i in range(start, end):
        if stamp(page, i, _BYLINE_WORDS):
            return None  # the article's byline or date comes first: a later one is a teaser's
        if i < page.body_start or page.features[i].sentence_end or _sentences(page, i):
            continue
        if stamp(page, i + 1, _BYLINE_WORDS) != Stamp.NAME:
            continue
        if _heading_like(page, i) and _prefer_heading(
            _shown(page, i), headline, norm_site, page.lexicon
        ):
            return i
    return None


# A kicker's separator inside a headline: "Kicker: Headline", "Kicker - Headline".
_KICKER_SEPARATOR = regex.compile(r"(?<!\s)\s*[:：]\s+|(?<!\s)\s+[-–—]\s+")


def _letters(text: str) -> str:
    """*text*'s letters and digits only, case-folded: two wordings that differ only in
    punctuation and spacing are the same."""
    return "".join(_tokens(text))


# A topic set before a quotation with a dash: "Harbour works – «We will finish by May»".
_TOPIC_DASH = regex.compile(r"\A(\S.*?)\s+[-–—]\s+(?=\S)")


def _quotation_after_topic(headline: str) -> str:
    """*headline* without a short topic set before a dash when the rest is one quotation
    whole ("Harbour works – «We will finish by May»" → "«We will finish by May»"): the
    quotation is the headline, the topic a kicker. A speaker before a colon stays, since
    the quotation is theirs ("Mayor Lee: «We will finish by May»")."""
    match = _TOPIC_DASH.match(headline)
    if match is None or len(match.group(1).split()) > _KICKER_WORDS:
        return headline
    rest = headline[match.end() :]
    if _QUOTED.match(rest) is None or rest[0] in rest[1:-1] or rest[-1] in rest[1:-1]:
        return headline  # not one quotation: quotation marks (or apostrophes) inside it
    return rest


def _headline_after_glued_kicker(
    page: Page, line: str, headline: str, heading: int | None
) -> tuple[str, int] | None:
    """The page's own headline, and the line it stands on, when the line right under the
    page's *heading* or right over the article prints the kicker of the title line's
    *headline* ("Kicker: Headline") glued to a headline worded otherwise, with no separator
    between ("Kicker Other wording of the headline"): the kicker set in an element of its
    own, then the page's headline, on the same story. Wording the title *line* holds
    already is no other headline."""
    match = _KICKER_SEPARATOR.search(headline)
    if match is None:
        return None
    kicker, told = headline[: match.start()].strip(), headline[match.end() :].strip()
    if not kicker or not told:
        return None
    folded = kicker.casefold()
    candidates = {page.body_start - 1} | (set() if heading is None else {heading + 1})
    for i in sorted(candidates):
        if not 0 < i < len(page.blocks):
            continue
        text = _shown(page, i)
        if (
            text[: len(kicker)].casefold() != folded
            or not text[len(kicker) : len(kicker) + 1].isspace()
        ):
            continue  # most lines: not the kicker's
        rest = text[len(kicker) :].strip()
        if _CAPITALISED.match(rest) is None or len(rest.split()) < _MIN_FAR_HEADING_WORDS:
            continue
        if _letters(rest) in _letters(line) or not _heading_like(page, i):
            continue
        if _content_stems(rest) & _content_stems(told):
            return rest, i
    return None


_ASKING_MARKS = ("?", "？", "!", "！")  # a headline that asks or exclaims may read as prose


def _heading_opening_article(
    page: Page, first: int, headline: str, norm_site: str | None
) -> int | None:
    """The article's first line when it is its heading: a heading-like line right over the
    first paragraph, on the same story as the title line's headline (as the heading above
    the article must be), not running text unless it asks or exclaims: the article region
    taken to start at its headline, with no byline or date under it."""
    i = page.body_start
    if i <= first or i + 1 >= len(page.blocks) or not page.features[i + 1].prose:
        return None
    if i in page.wrapped:
        return None  # the first line of a hard-wrapped paragraph
    text = _shown(page, i)
    if page.features[i].prose and not text.endswith(_ASKING_MARKS):
        return None  # running text, unless it asks or exclaims as headlines often do
    if not _heading_like(page, i):
        return None
    return i if _prefer_heading(text, headline, norm_site, page.lexicon) else None


def _name_only(line: str) -> bool:
    """A title line that is only a name (the site's), no headline: a few capitalised words,
    or three that all open with a capital ("Harbour Ferry Service"), a separator with
    nothing after it left out."""
    line = _DANGLING.sub("", line)
    words = line.split()
    if len(words) == _MAX_BRAND_WORDS and all(_CAPITALISED.match(w) for w in words):
        return _DENSE.search(line) is None
    return (
        0 < len(words) < _MAX_BRAND_WORDS
        and _brand_like(line)
        and _CAPITALISED.match(line) is not None
        and _DENSE.search(line) is None
    )


def _title_line_opening_article(page: Page) -> int | None:
    """The article's first line when it is a title line with a site name (menus before it,
    the title line taken into the article): not running text, split by a separator."""
    i = page.body_start
    if not (0 < i < _TITLE_LOOKAHEAD and i < len(page.blocks)):
        return None
    features = page.features[i]
    if features.sentence_end or features.sentences >= 2:
        return None
    if not (page.free(i) and _title_line(page, i) and _not_chrome(page, i)):
        return None
    return i if split_title(plain_heading(_shown(page, i)))[1] is not None else None


# A sentence's end inside a headline: a full stop, a question or exclamation mark, then a
# capital ("The Harbour Lie. How a rumour sank a ferry").
_INNER_SENTENCE_END = regex.compile(r"(?<=[^\s\p{Lu}][.?!])\s+(?=\p{Lu})")
_MIN_SENTENCE_WORDS = 3  # words of a headline's first sentence that a page heading may be


def _first_sentence(headline: str) -> frozenset[str]:
    """The first sentence of a headline of two sentences or more (a blog platform's title
    and its subtitle), as a part a page heading may repeat; else nothing."""
    pieces = _INNER_SENTENCE_END.split(headline, maxsplit=1)
    if len(pieces) < 2 or len(pieces[0].split()) < _MIN_SENTENCE_WORDS:
        return frozenset()
    return frozenset({normalise_for_match(pieces[0])})


# The colon after a label that opens a headline ("Previews: Harbour Sim 2").
_LABEL_END = regex.compile(r"(?<=\S):\s+(?=\S)")


def _after_label(headline: str) -> str | None:
    """What follows a short label and its colon at the start of *headline* ("Previews:
    Harbour Sim 2" → "Harbour Sim 2"), if it opens so."""
    pieces = _LABEL_END.split(headline, maxsplit=1)
    if len(pieces) < 2 or len(pieces[0].split()) > _KICKER_WORDS:
        return None
    return pieces[1].strip() or None


def _heading_after_label(page: Page, first: int, headline: str) -> tuple[str, int] | None:
    """The title line's headline without a short label before its colon ("Previews:
    Harbour Sim 2"), and the line it stands on, when a heading near the article's start
    opens with the rest and runs on with a subtitle ("Harbour Sim 2 Back to the docks?"):
    the label is the site's section, the rest the headline that the page prints."""
    rest = _after_label(headline)
    if rest is None:
        return None
    end = min(len(page.blocks), page.body_start + _STAMP_REACH)
    for i in range(max(first + 1, page.body_start - _ARTICLE_LOOKBACK), end):
        text = _shown(page, i)
        if page.free(i) and _run_on(text, rest) and _heading_like(page, i):
            return text[: len(rest)], i
    return None


def _dated_over_article(page: Page, index: int) -> bool:
    """Whether line *index* stands between a date or byline line and the article's first
    paragraph: where the article's heading stands, not the site's name."""
    if index == 0 or index + 1 != page.body_start or not page.features[index + 1].prose:
        return False
    return bool(stamp(page, index - 1, _BYLINE_WORDS))


# A page's path in its site rather than a headline: words joined by slashes with no space
# ("Guides/Getting_Started", "Hilfe/Erste-Schritte"), as wikis name their pages.
_PAGE_PATH = regex.compile(r"\A[\p{L}\p{N}_.\-]+(?:/[\p{L}\p{N}_.\-]+)+\Z")


def find_title(page: Page) -> None:
    """Find the headline and site name; label the title line(s).

    The first line is the page's ``<title>`` in crawler dumps. Its headline part is
    confirmed, and replaced by the page's own wording, when a later line (the on-page
    heading) repeats the title, its headline part or most of it.
    """
    if not page.blocks:
        return
    first = next(
        (
            i
            for i in range(min(len(page.blocks), _TITLE_LOOKAHEAD, max(page.body_start, 1)))
            if page.free(i) and _title_line(page, i) and _not_chrome(page, i)
        ),
        None,
    )
    if first is None:
        first = _title_line_opening_article(page)
    if first is None:
        _heading_before_body(page)
        return
    line = plain_heading(_shown(page, first))
    headline, site = split_title(line)
    if site is not None:
        headline = _without_section(headline, page.lexicon)
    told = headline  # the title line's own headline, before a heading on the page words it
    whole = normalise_for_match(line)
    norm_headline = normalise_for_match(headline)
    norm_site = normalise_for_match(site) if site else None
    # Parts a page heading may repeat: the headline and the longest part only, since the
    # others are section names that menus repeat too.
    parts = (
        frozenset(normalise_for_match(p) for p in (headline, max(_parts(line), key=len)))
        | frozenset(
            n
            for n in (normalise_for_match(p) for p in _WEAK_SEPARATOR.split(line))
            if n == norm_headline
        )
        | _first_sentence(headline)
    )
    title_words = frozenset(_tokens(line))
    headline_words = frozenset(_tokens(headline))
    edges = _edge_parts(line)
    exact_parts = {_fold_quotes(p) for p in _parts(line)}
    best: tuple[float, int] | None = None  # (score, index)
    joined: dict[int, str] = {}  # headings whose second part stands on the next line
    # A section's name or a page's path and the site's: the title line holds no headline.
    section_only = site is not None and (
        page.lexicon.menu.whole(headline) or _PAGE_PATH.match(headline) is not None
    )
    for i in () if section_only else _heading_candidates(page, first):
        if page.features[i].length > _MAX_TITLE_CHARS * 2 or not page.free(i):
            continue
        features = page.features[i]
        if _sentences(page, i) >= 2 or (
            features.sentence_end and features.length > _SENTENCE_HEADING
        ):
            continue  # running text, not a heading
        norm = page.normalised(i)
        if norm == norm_site:
            if not _dated_over_article(page, i):
                continue
            # What the split took for the site name, printed where the heading stands: it
            # was the title line's headline after all.
            score = _PART
        else:
            score = _match_score(norm, whole, parts, title_words, headline_words)
        rest = _continuation(page, i)
        if rest is not None:
            norm_joined = normalise_for_match(_shown(page, i) + rest)
            joined_score = _match_score(norm_joined, whole, parts, title_words, headline_words)
            if joined_score > score:
                score = joined_score
                joined[i] = _shown(page, i) + rest
        if not score and len(norm) >= _MIN_FUZZY_CHARS and norm in edges:
            score = _EDGE
        elif score == _PART and _fold_quotes(_shown(page, i)) in exact_parts:
            score = _EXACT_PART  # the part with its own punctuation, not only its words
        if score and (
            best is None or score > best[0] or (score == best[0] and i <= page.body_start)
        ):
            # Of equal matches, the one nearest above the article is its heading.
            best = (score, i)
            if score == _WHOLE:
                break
    indices = [first]
    # A repeat after the article's end (a link to it among others) is no heading either,
    # but then only a heading over a byline is evidence enough to overrule it.
    after = best is not None and best[1] >= page.body_end
    # A heading that only resembles the title line, deep in the article (a summary heading
    # such as "In short: …"): the article's own heading at its start, if any, beats it.
    inside = best is not None and best[0] < _PART and best[1] >= page.body_start + _OPENING_LINES
    if best is None or best[1] <= first + _TOP_LINES or after or inside:
        # Nothing on the page repeats the title line, or only the page's own header right
        # under it does, or only a heading deep in the article resembles it: the heading
        # above or opening the article is the headline when it shares enough of its words.
        near = None if after else _heading_under_trail(page, first, headline)
        if near is None and inside:
            near = _heading_at_opening(page, headline, norm_site)
            if near is None:
                near = _heading_opening_article(page, first, headline, norm_site)
        elif near is None:
            near = (
                None
                if after
                else _article_heading(
                    page,
                    first,
                    lambda text: _prefer_heading(text, headline, norm_site, page.lexicon),
                    headline,
                )
            )
            if near is None:
                near = _heading_over_byline(page, first, headline)
            if near is None and not after:
                near = _heading_opening_article(page, first, headline, norm_site)
            if near is not None:
                near = _above_the_standfirst(page, near, first, headline)
            elif not after:
                near = _heading_under_stamp(page, first)
            if near is None and not after:
                # Nothing above the article: its headline may stand a few lines into it.
                near = _signed_heading_in_article(page, first, headline, norm_site)
            if near is None and not after and first > 0:
                near = _heading_printed_twice(page, first)
        if near is not None and _carries_site(page.normalised(near), norm_site):
            near = None  # "The Harbour Times" / "Ann Lee The Harbour Times": a logo or credit
        if near is not None and (best is None or near > best[1] or after or inside):
            best = (_NEAR, near)
        elif best is None and ((site is None and _name_only(line)) or section_only):
            # The title line is only the site's name ("Harbour Weekly"), or a section's or a
            # page path's and the site's ("News - Harbour Weekly", "Guides/Setup - Wiki").
            near = _article_heading(page, first, lambda _text: True)
            if near is not None:
                site = site if section_only else _DANGLING.sub("", line).strip()
                best = (_NEAR, near)
    if (
        best is not None
        and _PART <= best[0] < _WHOLE
        and best[1] >= page.body_start + _OPENING_LINES
    ):
        # A repeat of the headline deep in the article (a link among related stories) gives
        # way to the heading over the byline at its start that holds the headline whole and
        # goes on: the page prints the fuller headline there.
        signed = _heading_over_byline(page, first, headline)
        if signed is not None and page.normalised(signed).startswith(norm_headline + " "):
            best = (_NEAR, signed)
    if (
        best is not None
        and _PART <= best[0] < _WHOLE
        and best[1] - 1 > first + _TOP_LINES
        and page.normalised(best[1]) != norm_headline
        and page.free(best[1] - 1)
        and page.normalised(best[1] - 1) == norm_headline
    ):
        # Another part of the title line printed right under its headline: the headline
        # over its subtitle ("Headline - Subtitle - Site").
        best = (best[0], best[1] - 1)
    heading_rule = "title.repeated-heading"
    if best is not None and best[0] >= _PART and best[1] > first + _TOP_LINES:
        below = _heading_under_repeat(page, best[1])
        if below is None:
            below = _heading_under_kicker(page, best[1], _pieces(line))
        if below is not None:
            best = (_NEAR, below)
            if page.normalised(below) == norm_site:
                # "Kicker | Headline - Site" read as a headline and a site name: the site
                # is the last piece then, if any is left.
                last = _all_pieces(line)[-1]
                same = normalise_for_match(last) == norm_site
                site = None if same or not _site_like(last) else last
    if best is not None:
        heading_index = best[1]
        heading = _shown(page, heading_index)
        indices.append(heading_index)
        if best[0] != _NEAR and heading_index in joined:
            heading = joined[heading_index]
            indices.append(heading_index + 1)
        kicked = _after_kicker(heading, headline) if best[0] < _WHOLE else None
        if kicked is not None:
            # The heading with the title line's headline printed before it as a kicker.
            headline = kicked
            heading_rule = "title.heading-before-article" if best[0] == _NEAR else heading_rule
        elif (
            best[0] < _WHOLE and (labelled := _after_label(headline)) and _run_on(heading, labelled)
        ):
            # The heading opens with the headline less the label before its colon, then
            # runs on with a subtitle: the label is the site's section.
            headline = heading[: len(labelled)]
            heading_rule = "title.heading-before-article" if best[0] == _NEAR else heading_rule
        elif best[0] < _WHOLE and (_punctuated(headline, heading) or _run_on(heading, headline)):
            # The title line's wording, with the punctuation the page's style drops, or
            # without the standfirst the page runs on after the heading.
            heading_rule = "title.heading-before-article" if best[0] == _NEAR else heading_rule
        elif best[0] < _WHOLE and _fold_quotes(heading) != _fold_quotes(headline):
            headline = _spaced_as_in(
                line, _without_section_label(_without_date(heading, page.lexicon), line)
            )
            if best[0] == _NEAR:
                heading_rule = "title.heading-before-article"
            else:
                rest = edges.get(normalise_for_match(heading))
                site = (
                    _site_beside(line, heading)
                    or site
                    or (rest if rest and _site_like(rest) else None)
                )
        elif (
            best[0] == _WHOLE
            and site is not None
            and heading_index > first + _TOP_LINES
            and not _site_after_bar(line, site)
            and not _domain(site)
        ):
            # The page's own heading is the whole title line: what looked like a site name
            # is part of the headline ("Tannbach SO - A2 nach Unfall gesperrt"), unless it
            # stands after a bar or is a host name, the surest signs of a site name.
            headline, site = heading, None
    if best is None:
        kicked_off = _heading_after_label(page, first, headline)
        if kicked_off is not None:
            headline, heading_index = kicked_off
            indices.append(heading_index)
            heading_rule = "title.heading-before-article"
    glued = _headline_after_glued_kicker(page, line, told, None if best is None else best[1])
    if glued is not None:
        # The kicker glued to the page's own headline, worded otherwise than the title line.
        headline = glued[0]
    if site is not None and normalise_for_match(site) == normalise_for_match(headline):
        # What the split took for the site name is the headline the page prints: the site
        # is another piece of the title line, if one reads as a name.
        others = [p for p in _parts(line) if normalise_for_match(p) != normalise_for_match(site)]
        site = next((p for p in others if _site_like(p)), None)
    page.title = plain_heading(_quotation_after_topic(headline)) or None
    page.site_name = site
    extra = () if glued is None or glued[1] in indices else (glued[1],)
    page.title_blocks = (*indices, *extra)
    for i in indices:
        page.set(i, SegmentKind.TITLE, "title.first-line" if i == first else heading_rule)
    for i in extra:
        page.set(i, SegmentKind.TITLE, "title.heading-before-article")
