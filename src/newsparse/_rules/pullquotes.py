"""Pull-quote rule: call-outs that repeat or closely paraphrase the article's own text.

Texts are compared as sets of character shingles (runs of a few letters or digits, with
case, spaces and punctuation folded away), so the test works the same for scripts that
write no spaces between words. A line is a pull-quote when most of its shingles occur in
one other line of the article, the passage it repeats, and that passage is longer than
itself (or carries no quote marks where the call-out does). Without quote marks, the passage
must be a paragraph, and a line that is no sentence standing right over it is its
sub-heading.
"""

from __future__ import annotations

import bisect

import regex

from newsparse._features import letters_and_digits
from newsparse._model import SegmentKind
from newsparse._page import Page

__all__ = ["find_pull_quotes", "probes", "shingles"]

_SHINGLE = 5
_DENSE_SHINGLE = 3
_MIN_LENGTH = 40  # weighted characters
_MIN_WORDS = 5
_MAX_LENGTH = 500  # weighted: call-outs are a sentence or two
_MARKUP = regex.compile(r"://|<\w+[^<>]*>")  # markup or links shown as text are not call-outs
_DENSE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")
_FIRST_DENSE = "\N{THAI CHARACTER KO KAI}"  # no character of those scripts comes before it
_PROBES = 4  # pieces of a candidate looked for in the rest of the region
_PROBE = 10  # characters per piece (letters and digits only)
_DENSE_PROBE = 4  # in scripts without spaces
_COMMON = 8  # a piece found in more lines than this is common text, not a repeat
_WINDOW = 30_000  # folded characters searched on each side of a candidate
_PARAGRAPH_LENGTH = 250  # weighted: an unquoted line of several sentences this long is a paragraph
_SOURCES = 3  # lines a candidate is compared with: those most of its pieces are found in
_LONGER = 1.15  # the repeated passage is at least this much longer than the call-out
_QUOTED_SHARE = 0.75  # of the threshold: what one passage must give a quoted call-out
_LOOKAROUND = 2  # call-outs may stand just outside the region's edges
# Share of words opening with a capital from which a line is names, a heading or a work's
# title ("Ann Lee Kai Lum Ede Berg", "The Lighthouse Keeper's Daughter"), not running text.
_NAMES_CASE = 0.75
# The passage a call-out without quote marks repeats is a paragraph of running text: at
# least this many times as long as the shortest full paragraph, or else at least
# _SOURCE_RATIO times as long as the call-out. A line about as short as the call-out that
# says much the same (a row of a table, an entry of a list, a teaser's headline) is
# another of its kind.
_SOURCE_PARAGRAPHS = 2.5
_SOURCE_RATIO = 2.0
_SUBHEADING_GAP = 5  # lines from a sub-heading to its paragraph (a caption, a date between)


def shingles(text: str) -> frozenset[str]:
    """The character shingles of *text*.

    >>> sorted(shingles("Ab, cd!"))
    ['abcd']
    """
    folded = letters_and_digits(text)
    return _shingles(folded, _size(folded))


def _size(folded: str) -> int:
    """The shingle size for a folded text: shorter in scripts without spaces."""
    if folded.isascii() or max(folded) < _FIRST_DENSE:
        return _SHINGLE
    return _DENSE_SHINGLE if _DENSE.search(folded) else _SHINGLE


def _shingles(folded: str, size: int) -> frozenset[str]:
    if len(folded) <= size:
        return frozenset({folded}) if folded else frozenset()
    return frozenset([folded[i : i + size] for i in range(len(folded) - size + 1)])


def _shared(own: frozenset[str], source: str, needed: float) -> int:
    """How many of the shingles *own* occur in the folded text *source*, or a number below
    *needed* as soon as too many are missing for the count to reach it."""
    allowed = len(own) - needed
    missing = 0
    for shingle in own:
        if shingle not in source:
            missing += 1
            if missing > allowed:
                return 0
    return len(own) - missing


def _quoted(text: str, opening: tuple[str, ...], closing: tuple[str, ...]) -> bool:
    """Whether *text* opens with one of the *opening* quote marks or ends with a *closing* one."""
    stripped = text.strip()
    return stripped.startswith(opening) or stripped.endswith(closing)


def probes(text: str, size: int, count: int = _PROBES) -> list[str]:
    """Up to *count* pieces of *size* characters spread over *text*: a line that repeats
    another, or rewords it, shares some.

    >>> probes("abcdefghij", 4, 3)
    ['abcd', 'defg', 'ghij']
    """
    if len(text) <= size:
        return [text] if text else []
    step = (len(text) - size) / (count - 1)
    return list(dict.fromkeys(text[round(k * step) : round(k * step) + size] for k in range(count)))


def _heads(page: Page, line: int, source: int) -> bool:
    """Whether *source* is the first line of running text under *line*: a line that is
    not a sentence, standing over the paragraph it rewords, is that paragraph's
    sub-heading, not a call-out."""
    if not 0 < source - line <= _SUBHEADING_GAP:
        return False
    between = [page.features[j].prose for j in range(line + 1, source)]
    # Only lines that are no running text (a caption, a date) stand between them, or only
    # the section's paragraphs before the one it rewords.
    return not any(between) or all(between)


def find_pull_quotes(page: Page) -> None:
    """Label the lines of the article region that repeat another of its lines.

    Each candidate line is first probed with a few pieces of its text against the rest of
    the region (a fast substring search); only the lines its pieces are found in are then
    compared shingle by shingle.
    """
    lo = max(0, page.body_start - _LOOKAROUND)
    hi = min(len(page.blocks), page.body_end + _LOOKAROUND)
    region = [i for i in range(lo, hi) if page.free(i)]
    if len(region) < 2:
        return
    unit = page.options.min_paragraph_chars
    first_prose = next(
        (i for i in region if page.features[i].prose and page.features[i].length >= unit), None
    )
    if first_prose is None:
        return
    folded = {i: letters_and_digits(page.blocks[i].text) for i in region}
    offsets: list[int] = []
    pieces: list[str] = []
    position = 0
    for i in region:
        offsets.append(position)
        pieces.append(folded[i])
        position += len(folded[i]) + 1
    joined = "\x00".join(pieces)
    region_index = {b: k for k, b in enumerate(region)}
    sizes: dict[int, int] = {}

    def size_of(block: int) -> int:
        if block not in sizes:
            sizes[block] = _size(folded[block])
        return sizes[block]

    threshold = page.options.pull_quote_similarity
    paragraph = _SOURCE_PARAGRAPHS * unit
    opening = tuple(mark for mark, _ in page.lexicon.quote_pairs)
    closing = tuple(mark for _, mark in page.lexicon.quote_pairs)
    for c in region:
        features = page.features[c]
        if c <= first_prose or not (_MIN_LENGTH <= features.length <= _MAX_LENGTH):
            continue
        if features.words < _MIN_WORDS or features.title_case >= _NAMES_CASE:
            continue  # a call-out is running text, not names or a work's title
        text = page.blocks[c].text
        quoted = _quoted(text, opening, closing)
        if not quoted and features.sentences >= 2 and features.length >= _PARAGRAPH_LENGTH:
            continue  # a paragraph of its own that may repeat text, not a call-out
        if _MARKUP.search(text):
            continue
        hits: dict[int, int] = {}
        # Look for the pieces within a window around the line: call-outs stand near the
        # passage they repeat, and the window keeps the cost linear on huge pages.
        here = offsets[region_index[c]]
        lo_at, hi_at = max(0, here - _WINDOW), min(len(joined), here + len(folded[c]) + _WINDOW)
        size = size_of(c)
        for probe in probes(folded[c], _DENSE_PROBE if size == _DENSE_SHINGLE else _PROBE):
            holders: set[int] = set()
            at = joined.find(probe, lo_at, hi_at)
            while at != -1 and len(holders) <= _COMMON:
                holder = region[bisect.bisect_right(offsets, at) - 1]
                if holder != c:
                    holders.add(holder)
                at = joined.find(probe, at + 1, hi_at)
            if len(holders) <= _COMMON:  # a piece found all over the page tells nothing
                for holder in holders:
                    hits[holder] = hits.get(holder, 0) + 1
        sources = sorted(hits, key=lambda b: (-hits[b], b))[:_SOURCES]
        if not sources:
            continue
        own = _shingles(folded[c], size)
        if not own:
            continue
        # A call-out in quote marks may paraphrase part of its passage, but a good part must
        # come from one passage; without quote marks a line must repeat its passage more
        # closely (headlines of related articles and book titles share words with the text).
        needed = _QUOTED_SHARE * threshold if quoted else (1.0 + threshold) / 2
        # The shingles a source shares with the line are those found in its folded text
        # (a substring test, cheaper than the source's own shingles); shingles of another
        # size (a source in another script) share none.
        if quoted:
            found_in = {
                b: {sh for sh in own if sh in folded[b]} if size_of(b) == size else set()
                for b in sources
            }
            per_block = {b: len(found) for b, found in found_in.items()}
            covered = len(set().union(*found_in.values()))
            if covered < threshold * len(own):
                continue
        else:
            # Unquoted, the passage alone must hold more than the threshold asks of all the
            # sources together, so a source is given up once it cannot reach that.
            per_block = {
                b: _shared(own, folded[b], needed * len(own)) if size_of(b) == size else 0
                for b in sources
            }
        # The call-out repeats one passage, not words gathered from all over the page.
        source = max(per_block, key=lambda b: (per_block[b], -b))
        shared = per_block[source]
        if shared < needed * len(own):
            continue
        source_text = page.blocks[source].text
        if not quoted and (
            (not features.prose and _heads(page, c, source))
            or (
                page.features[source].length < paragraph
                and len(source_text) < _SOURCE_RATIO * len(text)
            )
        ):
            continue
        longer = len(source_text) >= _LONGER * len(text)
        marked = quoted and not _quoted(source_text, opening, closing)
        if longer or marked:
            page.set(c, SegmentKind.PULL_QUOTE, "pull_quote.repeats-body")
