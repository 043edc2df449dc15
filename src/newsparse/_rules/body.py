"""Body rule: find the article's region, the run of lines richest in running text.

Each block gets a score: prose lines count for, short lines, menus and footer phrases
against. The region is the run with the largest total (the maximum-sum subarray), so a few
short lines inside the article (sub-headings, list items) do not cut it, while a long menu
or a comment form does.
"""

from __future__ import annotations

import itertools
from collections import Counter

import regex

from newsparse._dates import span_share
from newsparse._features import (
    columns,
    dense,
    letter_and_digit_runs,
    normalise_for_match,
    weighted_length,
)
from newsparse._lexicon import month_names
from newsparse._model import NavKind, SegmentKind
from newsparse._page import Page
from newsparse._rules.captions import picture_credit
from newsparse._rules.phrases import REPEATED as _REPEATED
from newsparse._rules.phrases import (
    boilerplate_rule,
    closes_article,
    line_items,
    nav_hit,
    paywall_notice,
    player_control,
)
from newsparse._rules.pullquotes import probes, shingles
from newsparse._rules.stamps import DATE_EDGES, STAMP_WORDS, Stamp, dated_twice, stamp
from newsparse._rules.title import split_title

__all__ = [
    "block_score",
    "date_line",
    "find_body",
    "paywall_offer",
    "player_lines",
    "post_credit",
    "repeated_runs",
    "slideshow",
]

_PROSE_CAP = 8.0
_HALF_PROSE = 0.4
_SHORT_SENTENCE = 20
_LONE_LINES = 2
_LONE_PENALTY = -0.25
_SHORT = 30
_SHORT_PENALTY = -0.6
_LINE_PENALTY = -0.3
_PHRASE_PENALTY = -1.5
_WHOLE_PHRASE_PENALTY = -2.5
_BOILERPLATE_PENALTY = -2.0
_FINAL_ENDS = frozenset({NavKind.SHARE})
# What may follow a line that ends the article: anything (a comments heading), anything but
# more of the article's long paragraphs (a share bar), or only a little text or a list of
# teasers (a "more" or "related" heading).
_ENDS_ALWAYS, _ENDS_UNLESS_RESUMED, _ENDS_BEFORE_LITTLE = 2, 1, 0
# ... or anything but the article's tags further down (a comments heading with no readers'
# comments under it: a page lists its tags over its comments, never under them).
_ENDS_UNLESS_TAGGED = 3
_TAGS_UNDER = 3  # lines under the article's region where its tags heading may stand
_HARD_ENDS = frozenset({NavKind.MORE, NavKind.TAGS, NavKind.PREVIOUS, NavKind.NEXT})
_HARD_PREFIX_ENDS = frozenset({NavKind.TAGS})
_SOFT_ENDS = frozenset({NavKind.RELATED, NavKind.SUBSCRIBE})
# Links to the articles before and after this one: a line holding one of them among other
# items is navigation, however long (a post's meta line may hold tags and comments).
_LINKED_ARTICLES = frozenset({NavKind.PREVIOUS, NavKind.NEXT})
_AFTER_ARTICLE = frozenset({NavKind.COMMENTS, NavKind.TAGS, NavKind.PREVIOUS, NavKind.NEXT})
_HARD_END_SHARE = 0.5
# A comments heading with readers' comments after it ends the article even when the
# comments outweigh it: only this share of the region need stand before it.
_THREAD_SHARE = 0.2
_THREAD_WINDOW = 10  # lines after a comments heading looked at for readers' comments
_THREAD_SIGNS = 2  # comment phrases or comment headers among them that make a thread
_THREAD_HEADER_WORDS = 12
_DIGIT = regex.compile(r"\d")
_CLOCK = regex.compile(r"(?<!\d)(?:[01]?\d|2[0-3])[:h][0-5]\d(?!\d)")  # "11:30", "08h07"
_SOFT_END_SHARE = 0.5
_OFFER_LINES = 60  # lines of an offer under a paywall notice, up to where the article resumes
_OFFER_UNITS = 3  # a paragraph this many paragraph units long is the article going on
_QUANTITY = regex.compile(
    r"\A\s*(?:\d+(?:[.,/]\d+)?|[½¼¾⅓⅔⅛])(?:\s*[-–]\s*\d+)?\s*(?:g|kg|mg|ml|cl|dl|l|oz|lb)\b"
)
_RECIPE_WINDOW = 60  # lines above the article's first line looked at for its ingredients
_RECIPE_GAP = 24  # lines from the article's first line or an ingredient to the next one
_RECIPE_QUANTITIES = 3  # ingredients with a metric quantity that make a list of them
_RECIPE_HEADING_WORDS = 6  # "Ingredients", "For the dough:", "für 12 Stück"
_STANDFIRST_WORDS = 4  # a standfirst under the headline says something: not a kicker word
_FURNITURE_LINES = 20  # lines between a standfirst and the text: byline, date, share bar...
_NEAR_FURNITURE = 6  # lines of it under a standfirst that is no sentence, right under the headline
_FURNITURE_WORDS = 6  # a line there that is no sentence: a name and role, a button's label
_DATELINE_WORDS = 20  # words of a dateline with an update's date and an issue at the most
_PRINTED_TWICE = 2  # a table of contents' entry stands on the page twice at the least
_STANDFIRST_LINES = 3  # short paragraphs of one standfirst
_STAMPS_ABOVE = 2  # date or byline lines between the headline and its standfirst
_NAMED_HEADING_WORDS = 8  # "Most read on <site>", "Mehr aus <Region>": a heading, not a link
_LIST_SHORT_RATIO = 2
_LIST_WINDOW = 12  # lines after a heading that tell a list of teasers from the article
_SUMMARIES = 3  # teasers with a one-paragraph summary each that make such a list
_SUMMARY_UNITS = 4  # a teaser's summary is shorter than this many paragraph units
_TAIL_SHARE = 0.25  # a heading ends the article when what follows it weighs less than this
_TEASER_PAIRS = 2  # teasers of a headline and a one-paragraph summary that close a region
_TEASER_HEADLINE_WORDS = 16  # words of a teaser's headline at the most
_CREDIT_WORDS = 8  # a copyright line this short standing alone is a picture credit
_INTRO_WORDS = 5  # a line of this many words ending in a colon introduces a list
_STAMP = regex.compile(r"\A(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*(?:Uhr|h))?\s+(?=\S)")
_TICKER_WORDS = 25  # words of a ticker's one-liner, its time included
_CLOSING_SHARE = 0.2  # a closing line ends the article once this share stands before it
_CLOSED_SHARE = 0.3  # the run before a closing line is the article if it weighs this much
_CLOSING_WINDOW = 6  # lines between a closing line and the run after it (a name, a link)
_CREDIT = regex.compile(r"\A\s*(?:©|\([cC]\))")
_LIST_ITEMS = 40  # lines after a list's introduction that may be its items
_COLON_END = regex.compile(r"[:：]\s*\Z")
_ENUMERATOR = regex.compile(r"\A\s*\(?(\d{1,3})[.)\]:]\s*\S")
_NAME = regex.compile(r"\A\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\Z")
_TAG = regex.compile(r"<[^<>]*>")
_MARKUP_SHARE = 0.5  # share of a line inside tags that makes it markup rather than prose
_STAMP_WORDS = 5  # a line only a date or a time is this short
_STAMP_SHARE = 0.8  # share of such a line that its date covers
_TIME_ONLY = regex.compile(r"\A(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*(?:Uhr|h|[AaPp]\.?[Mm]\.?))?\Z")
_TEASER_WINDOW = 16  # lines after a date line looked at for the next teasers' dates
_TEASER_GAP = 6  # lines from one teaser's date to the next at most
_TEASER_STAMPS = 3  # date lines that make a list of teasers
_DATED_FROM = 3  # the article's own date may stand among its first lines
_BYLINE_WORDS = 10  # words of a byline line that names the author of an author's box
_CREDIT_LINES = 64  # such lines looked at, from the top of the page
_RESUME_WINDOW = 8  # lines after a footer heading where the article may go on
_RESUME_PARAGRAPHS = 3  # long paragraphs there that show it goes on
_BOX_LINKS = 2  # links of a box set between the article's paragraphs at the least
_LONG = 2.5  # the score of a long paragraph (two and a half times the paragraph unit)
_RUN_LINES = 3  # lines in a row that, seen twice on a page, make a repeated box
_RUN_MAX = 10  # lines of the longest such box
_FULL_STOPS = ".。"  # a box printed twice may end its lines with a full stop only once
_SLIDE = regex.compile(r"\A\s*(\d{1,3})\s?/\s?(\d{1,3})(?!\S)")  # "3/12 Caption", "3 / 12"
_MIN_SLIDES = 3  # numbered slides in a row that make a gallery
_PLAYER_WINDOW = 3  # lines between two of a media player's labels in one player
_PLAYER_FILLER_WORDS = 3  # a line this short between them is one of its labels too ("/")
_HEADLINE_REPEATS = 4  # repeats of the headline looked at (a teaser of it may come first)
_HEADLINE_CHARS = 16  # a repeated headline shorter than this may be a menu word or a kicker
_HEADLINE_WINDOW = 4  # lines between the repeated headline and the article's first line
_HEADLINE_REACH = 16  # lines under the headline looked at, short ones included
_HEADLINE_SHARE = 0.2  # the run under the headline is the article if it weighs this much
_AFTER_HEADLINE = 0.6  # share of a run after the headline it holds that makes it the article
_DATED_AROUND = 3  # lines around a headline where its article's date or byline stands
_DATED_SHARE = 0.4  # share of a date line that its date covers (not a title naming a day)
_SAME_LENGTH = (0.6, 1.6)  # a reworded headline is about as long as the title's
_PROBE, _DENSE_PROBE = 6, 3  # characters of a piece of the headline, spaced or dense script
_PROBE_COUNT = 6  # pieces of the headline looked for in a line before comparing shingles
_PROBE_HITS = 2  # pieces a reworded headline keeps at the least
_KEPT = 0.8  # a reworded headline has at least this share of the title's shingles' count
_REWORDED = 0.75  # share of character shingles a reworded headline keeps (Dice)
_HEADLINE_GAP = 12  # lines after the run under the headline in which the article may go on
_CHROME_GAP = 6  # lines after chrome under a standfirst where the article may open
_NAMES_WORDS = 25  # words of a long line of names (countries, tags, a menu) at the least
_NAMES_CASE = 0.8  # share of its words that open with a capital
_CALENDAR_MONTHS = 4  # month names on a line of an archive or a calendar at the least
_CALENDAR_SHARE = 0.6  # share of its words that are months or numbers
_WRAP_WIDTH = (50, 120)  # widths at which plain text is hard-wrapped
_WRAP_LINES = 3  # lines of a wrapped paragraph at the least
_WRAP_WORDS = 4  # words of each of its lines but the last at the least
_WRAP_OPEN = 0.5  # share of those lines that stop inside a sentence
_WRAP_FIT = 4  # characters a line shown without its markup may fall short of the width by
_WRAP_FULL = 0.75  # share of those lines that the next line's first word would not fit on
_WIDE_WRAP_WIDTH = (20, 160)  # columns at which text in a script without spaces is wrapped
_WIDE_WRAP_FIT = 1  # columns its lines may differ by (a wide character that did not fit)
_WRAP_UNCASED_ENDS = 0.3  # share of lines in a script without case that end a sentence
_HANDLE = regex.compile(r"\(@[\w.]+\)")  # "(@janedoe)": a user of a social network
_POST_CREDIT_WORDS = 16  # words of the line that credits an embedded post at the most
# A live blog's post stamp: the post's time, maybe after its age ("5 hours ago 06:41"), then
# who wrote it or a label, in two to four capitalised words ("Ann Lee", "KEY EVENT").
_POST_STAMP = regex.compile(
    r"\A(?:\d{1,3}\s+\p{L}+\.?(?:\s+\p{L}+)?\s+)?(?:[01]?\d|2[0-3])[:.h][0-5]\d\s+"
    r"(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\Z"
)
_POST_STAMP_WORDS = 8  # words of such a stamp at the most, the age included
_POST_SIGNS = 2  # stamps signed alike on a page at the least


def block_score(page: Page, index: int, group_size: int = 1) -> float:
    """How much block *index* looks like part of the article (positive) or not (negative).

    *group_size* is the number of lines in the block's paragraph group: a short line on its
    own (a sub-heading, a step title, a caption) costs less than one of a run of short
    lines (a menu, a link list).
    """
    label = page.labels[index]
    if label is not None and label.kind is SegmentKind.TITLE:
        return _SHORT_PENALTY
    features = page.features[index]
    if _ticker_line(page, index):
        return _PHRASE_PENALTY
    if closes_article(page, index) or paywall_notice(page, index):
        return _WHOLE_PHRASE_PENALTY  # "About the author", even written as a sentence
    if player_control(page, index):
        return 0.0  # a video player stands inside articles as often as outside them
    unit = page.options.min_paragraph_chars
    if features.prose and features.length >= unit:
        if _markup(page.blocks[index].text):
            return _BOILERPLATE_PENALTY  # a tracking pixel's or a widget's markup, leaked
        if _doubled(page.blocks[index].text):
            return _LINE_PENALTY  # a teaser's link: its headline twice over
        if _calendar(page, index):
            return _LINE_PENALTY  # "Archive: May 2024 (3) April 2024 (5) March 2024 (2)"
        if (
            features.words >= _NAMES_WORDS
            and features.title_case >= _NAMES_CASE
            and not features.sentence_end
        ):
            return _LINE_PENALTY  # "Albania Andorra Austria ...": a list of names
        if _links_neighbours(page, index):
            return _PHRASE_PENALTY  # "Previous article: <title> | Next article: <title>"
        return min(features.length / unit, _PROSE_CAP)
    hit = nav_hit(page, index)
    if hit is not None and hit[0] is not NavKind.OTHER:
        return _WHOLE_PHRASE_PENALTY if hit[1] else _PHRASE_PENALTY
    if page.repeats[index] >= _REPEATED:
        return 0.0  # repeated chrome ("Advertisement") stands inside articles as often as outside
    if hit is not None:
        return _WHOLE_PHRASE_PENALTY if hit[1] else _PHRASE_PENALTY
    rule = boilerplate_rule(page, index)
    lone = group_size <= _LONE_LINES and features.words <= _CREDIT_WORDS
    if lone and rule == "boilerplate.copyright" and _CREDIT.match(page.blocks[index].text):
        return _LONE_PENALTY  # a picture credit standing between paragraphs
    if rule is not None:
        return _BOILERPLATE_PENALTY
    if features.prose and features.sentence_end and features.length >= _SHORT_SENTENCE:
        return _HALF_PROSE
    if _introduces_list(page, index):
        return _HALF_PROSE  # "...the following:" before a list
    if group_size <= _LONE_LINES:
        return _LONE_PENALTY
    return _SHORT_PENALTY if features.length < _SHORT else _LINE_PENALTY


def _links_neighbours(page: Page, index: int) -> bool:
    """Whether a line that reads like prose opens with a footer phrase and holds a link to
    the previous or the next article among other items: navigation, however long."""
    if nav_hit(page, index) is None:
        return False
    items = line_items(page, index)
    return items is not None and any(kind in _LINKED_ARTICLES for kind, _target in items)


def _markup(text: str) -> bool:
    """Whether most of a line is HTML tags (markup that leaked into the page's text), not
    prose that quotes a tag or two ("use <code>+=</code> here")."""
    if "<" not in text:
        return False
    inside = sum(len(tag) for tag in _TAG.findall(text))
    return inside >= _MARKUP_SHARE * len(text)


def _calendar(page: Page, index: int) -> bool:
    """Whether a long line is mostly months and numbers: a blog's archive or a calendar
    printed on one line ("May 2024 (3) April 2024 (5) ..."), not a sentence with dates."""
    # Case-folding the line folds each of its runs, and leaves them runs of the same kind
    # (tests/test_features.py): one call for the line instead of one per word.
    words = letter_and_digit_runs(page.blocks[index].text.casefold())
    months = month_names(page.lexicon.codes)
    named = sum(map(months.__contains__, words))
    if named < _CALENDAR_MONTHS:
        return False  # most long lines: their numbers need not be counted
    dated = named + sum(1 for word in words if word[0].isdigit())
    return dated >= _CALENDAR_SHARE * len(words)


def _doubled(text: str) -> bool:
    """Whether a line says the same thing twice ("Headline Headline"), as the link of a
    teaser does when its picture's text and its title are printed together."""
    text = text.strip()
    middle = len(text) // 2
    split = text.find(" ", middle - 1)
    return 0 < split <= middle + 1 and text[:split] == text[split + 1 :]


def player_lines(page: Page) -> set[int]:
    """The lines of a media player printed as text: its labels ("Play Video", "Mute",
    "Current Time 0:00", "Captions") two or more within a few lines of each other, and the
    short lines between them ("/", "1"). A single such word is left alone, since an article
    may use it."""
    controls = [i for i in range(len(page.blocks)) if player_control(page, i)]
    found: set[int] = set()
    for a, b in itertools.pairwise(controls):
        if b - a > _PLAYER_WINDOW:
            continue
        found.update((a, b))
        found.update(
            j
            for j in range(a + 1, b)
            if page.features[j].words <= _PLAYER_FILLER_WORDS and not page.features[j].prose
        )
    return found


def post_credit(page: Page, index: int) -> bool:
    """Whether a line credits a post embedded in the article, as the embed prints it under
    the post: a short line naming a user in brackets and a date ("— Jane Doe (@janedoe)
    May 3, 2024"). The post's text is left alone: the article quotes it."""
    text = page.blocks[index].text
    if "(@" not in text or page.features[index].words > _POST_CREDIT_WORDS:
        return False  # most lines name no user: the patterns need not be tried
    return _HANDLE.search(text) is not None and page.date_span(index) is not None


# A job ad's title carries the genders the post is open to, single letters between
# slashes in brackets: three or four of them ("(m/w/d)", "(m/f/x)"), or two capitals
# ("(H/F)"); two small letters are as often a spec's "front/rear" ("180/170 mm (v/h)").
_GENDERS = regex.compile(r"\((?:\p{L}(?:\s?/\s?\p{L}){2,3}|\p{Lu}\s?/\s?\p{Lu})\)")
_JOB_TITLE_WORDS = 24  # words of a job ad's line (its title, maybe the employer) at the most


def job_ad(page: Page, index: int) -> bool:
    """Whether a line is the title of a job ad set inside the article: a line of a few words,
    no sentence, that names the genders the post is open to ("Site Engineer (m/f/d)")."""
    features = page.features[index]
    if features.sentence_end or features.words > _JOB_TITLE_WORDS:
        return False
    text = page.blocks[index].text
    return "/" in text and _GENDERS.search(text) is not None


def post_stamps(page: Page) -> set[int]:
    """The stamps between a live blog's posts: a line of the post's time (maybe after its
    age) and a signature of a few capitalised words, the same signature on two stamps at
    the least ("06:41 Ann Lee" ... "09:10 Ann Lee"). A ticker's one-liners ("06:41 Storm
    closes the port") or a timetable's lines do not sign twice alike."""
    signed: dict[str, list[int]] = {}
    for i in range(page.body_start, page.body_end):
        text = page.blocks[i].text
        if not text[:1].isdigit() or page.features[i].words > _POST_STAMP_WORDS:
            continue  # most lines open with no digit: the pattern need not be tried
        match = _POST_STAMP.match(text.strip())
        if match is not None:
            signed.setdefault(match[1].casefold(), []).append(i)
    return {i for lines in signed.values() if len(lines) >= _POST_SIGNS for i in lines}


def repeated_runs(page: Page) -> set[int]:
    """The lines of runs printed twice on the page: three or more lines in a row that come
    back in the same order (a paywall's offer shown twice, a widget's labels), with or
    without the full stop that ends each line. An article does not repeat its own text line
    after line, unless the whole of it is printed twice."""
    keys = [b.text.strip().rstrip(_FULL_STOPS).casefold() for b in page.blocks]
    counts = Counter(keys)
    # Lines that may belong to such a run: lines seen twice, of one sentence at most (a
    # paragraph of the article shown twice has more), that do not run on into the next
    # line (the lines of a paragraph broken at a width go on in lower case).
    blocks = page.blocks
    boxed = [
        counts[keys[i]] >= 2
        and page.features[i].sentences <= 1
        and not (
            i + 1 < len(blocks)
            and blocks[i + 1].group == blocks[i].group
            and blocks[i + 1].text.lstrip()[:1].islower()
        )
        for i in range(len(blocks))
    ]
    seen: dict[tuple[str, ...], int] = {}
    found: set[int] = set()
    for i in range(len(keys) - _RUN_LINES + 1):
        if not all(boxed[i : i + _RUN_LINES]):
            continue
        key = tuple(keys[i : i + _RUN_LINES])
        first = seen.setdefault(key, i)
        if first + _RUN_LINES <= i:
            found.update(range(first, first + _RUN_LINES))
            found.update(range(i, i + _RUN_LINES))
    # A long stretch printed twice is the article itself shown twice (a preview and the
    # full text), not a box: it is left alone.
    kept: set[int] = set()
    stretch: list[int] = []
    for i in [*sorted(found), -2]:
        if stretch and i != stretch[-1] + 1:
            if len(stretch) <= _RUN_MAX:
                kept.update(stretch)
            stretch = []
        stretch.append(i)
    return kept


def paywall_offer(page: Page) -> set[int]:
    """The lines of an offer that a paywall notice opens inside the article ("Subscribe to
    continue reading", then what a subscription gives and the sign-in form): from the
    notice to the next long paragraph, where the article goes on, within a few dozen
    lines. An offer that no paragraph follows is where the article ends (see
    :func:`_end_marker`)."""
    offer: set[int] = set()
    resumes = _OFFER_UNITS * page.options.min_paragraph_chars
    i = page.body_start
    while i < page.body_end:
        if not paywall_notice(page, i):
            i += 1
            continue
        end = min(page.body_end, i + 1 + _OFFER_LINES)
        j = next(
            (
                j
                for j in range(i + 1, end)
                if page.features[j].prose and page.features[j].length >= resumes
            ),
            None,
        )
        if j is None:
            i += 1
            continue
        offer.update(range(i, j))
        i = j
    return offer


def slideshow(page: Page) -> range:
    """The lines of a picture gallery inside the article: slides numbered "1/12",
    "2/12"... in order, each with its caption, standing between paragraphs of the article.
    A gallery that is the whole page, with no article text around it, is not one."""
    best = range(0)
    first = previous = -1
    total = 0
    for i in range(page.body_start, page.body_end):
        text = page.blocks[i].text
        opening = text[:1]
        if opening.isascii() and opening.isalpha():
            continue  # a slide's number opens its line
        match = _SLIDE.match(text)
        if match is None:
            continue
        number, count = int(match.group(1)), int(match.group(2))
        if number == 1 and count >= _MIN_SLIDES:
            first, previous, total = i, 1, count
        elif first >= 0 and count == total and number == previous + 1:
            previous = number
            if number >= _MIN_SLIDES and i + 2 - first > len(best):
                best = range(first, min(i + 2, page.body_end))  # the last slide's caption
        else:
            first = -1
    if not best:
        return best
    unit = page.options.min_paragraph_chars

    def paragraph(j: int) -> bool:
        return page.features[j].prose and page.features[j].length >= unit

    before = any(paragraph(j) for j in range(page.body_start, best.start))
    after = any(paragraph(j) for j in range(best.stop, page.body_end))
    return best if before and after else range(0)


def _stamped(page: Page, index: int) -> bool:
    """Whether a line opens with a time of day and goes on with a headline ("14:32 Storm
    closes the port"), not with a sentence (a timetable's "6:30 Doors open.")."""
    if not 0 <= index < len(page.blocks) or page.blocks[index].text[:1].isalpha():
        return False  # a time of day opens with a digit
    features = page.features[index]
    match = _STAMP.match(page.blocks[index].text)
    return match is not None and features.words <= _TICKER_WORDS and not features.sentence_end


def _ticker_line(page: Page, index: int) -> bool:
    """Whether a line is one of a news ticker's one-liners: stamped with a time, next to
    another such line. A live blog's entries put the time on a line of its own."""
    return _stamped(page, index) and (_stamped(page, index - 1) or _stamped(page, index + 1))


def _introduces_list(page: Page, index: int) -> bool:
    """Whether a line of words ends in a colon, as the sentence before a list does."""
    text = page.blocks[index].text
    # Most lines hold no colon at all: a substring test tells so sooner than the pattern.
    return (
        page.features[index].words >= _INTRO_WORDS
        and (":" in text or "：" in text)
        and _COLON_END.search(text) is not None
    )


def _list_items(page: Page, scores: list[float]) -> set[int]:
    """Score the short lines of a list as neutral rather than as a menu: the lines after
    a sentence of the text that ends in a colon, up to the next paragraph of prose, and runs
    of lines numbered 1, 2, 3... A list belongs to the text around it, so its items
    neither help nor cut the article; a heading or a share line among them still counts.
    Return the lines taken as items."""
    items: set[int] = set()
    unit = page.options.min_paragraph_chars
    inside = 0  # lines left that may still be items of the last list introduced
    previous_number: int | None = None
    for i, block in enumerate(page.blocks):
        features = page.features[i]
        paragraph = features.prose and features.length >= unit
        # A line that opens with an ASCII letter (most lines) is no numbered item.
        first = block.text[:1]
        letter = first.isascii() and first.isalpha()
        match = None if letter else _ENUMERATOR.match(block.text)
        number = int(match.group(1)) if match else None
        numbered = number is not None and number - 1 == previous_number
        if (
            (inside > 0 or numbered)
            and _BOILERPLATE_PENALTY < scores[i] < 0
            and nav_hit(page, i) is None
        ):
            scores[i] = 0.0
            items.add(i)
        if number is not None:
            previous_number = number
        elif paragraph:
            previous_number = None
        if _introduces_list(page, i) and any(s > 0 for s in scores[max(0, i - 2) : i]):
            inside = _LIST_ITEMS
        elif paragraph:
            inside = 0
        else:
            inside = max(0, inside - 1)
    return items


def _best_run(scores: list[float], lo: int, hi: int) -> tuple[float, tuple[int, int]]:
    """The run of blocks in [lo, hi) with the largest total score (Kadane's algorithm)."""
    best_sum = 0.0
    best = (lo, lo)
    running = 0.0
    start = lo
    for i in range(lo, hi):
        score = scores[i]
        if running <= 0.0:
            running, start = score, i
        else:
            running += score
        if running > best_sum:
            best_sum, best = running, (start, i + 1)
    return best_sum, best


def wrapped_lines(page: Page) -> dict[int, bool]:
    """The lines of paragraphs hard-wrapped at a fixed width (a pasted e-mail, a text file,
    a preformatted block), but the last line of each run, with whether the next line
    carries on their paragraph: it does unless a line ends a sentence with room left for
    the next line's first word. Each such line is a piece of a long paragraph, not a short
    line of its own. See :func:`_wrapped`."""
    found: dict[int, bool] = {}
    widths: set[int] = set()  # the widths of wrapped paragraphs in a script with spaces
    wide: set[int] = set()  # and in a script without spaces
    blocks = page.blocks
    start = 0
    while start < len(blocks):
        # A run of lines in one paragraph group, up to one of a few words (a paragraph's
        # last line, or a short line set apart by a line break: "Lorem ipsum" / "dolor").
        end = start + 1
        while (
            end < len(blocks)
            and blocks[end].group == blocks[start].group
            and blocks[end - 1].text.count(" ") >= _WRAP_WORDS - 1
        ):
            end += 1
        width = _wrapped(page, start, end) if end - start >= _WRAP_LINES else 0
        if width:
            widths.add(width)
            for i in range(start, end - 1):
                found[i] = not page.features[i].sentence_end or _full(
                    blocks[i].text, blocks[i + 1].text, width
                )
        elif dense(blocks[start].text):
            end, width = _wide_wrapped(page, start, found)
            if width:
                wide.add(width)
        start = end
    if widths or wide:
        _wrapped_pairs(page, widths, wide, found)
    return found


def _wrapped_pairs(page: Page, widths: set[int], wide: set[int], found: dict[int, bool]) -> None:
    """Enter in *found* the first lines of paragraphs of two lines wrapped at a width found
    elsewhere on the page: a line that does not end a sentence and is full at one of the
    *widths* (the next line's first word would not have fitted) or, in a script without
    spaces, as wide as one of the *wide* widths, with the next line shorter. (Two lines
    alone do not show a width; a page wrapped at one does.)"""
    blocks, features = page.blocks, page.features
    for i in range(len(blocks) - 1):
        group = blocks[i].group
        if (
            i in found
            or blocks[i + 1].group != group
            or (i > 0 and blocks[i - 1].group == group)
            or (i + 2 < len(blocks) and blocks[i + 2].group == group)
            or features[i].sentence_end
        ):
            continue  # not a paragraph group of two lines, or its first line ends a sentence
        line, following = blocks[i].text, blocks[i + 1].text
        width = columns(line)
        if line.count(" ") >= _WRAP_WORDS - 1:
            # Words apart (Korean too). The widths seen are the longest lines of their
            # runs: the page's may be a few columns wider.
            wrapped = any(
                width <= w + _WRAP_FIT and _full(line, following, max(w, width)) for w in widths
            )
        else:
            wrapped = (
                dense(line)
                and columns(following) < width - _WIDE_WRAP_FIT
                and any(abs(width - w) <= _WIDE_WRAP_FIT for w in wide)
            )
        if wrapped:
            found[i] = True


def _full(line: str, following: str, width: int) -> bool:
    """Whether the first word of *following* would not have fitted on *line*."""
    return columns(line) + 1 + columns(following.split(maxsplit=1)[0]) > width - _WRAP_FIT


def _wide_wrapped(page: Page, start: int, found: dict[int, bool]) -> tuple[int, int]:
    """The lines of a paragraph in a script without spaces hard-wrapped at a fixed width
    from *start* on, entered in *found* as :func:`wrapped_lines` does; the block after them
    and the width (0 when there is no such paragraph).

    Such a paragraph breaks anywhere, even inside a word: its lines in one paragraph group,
    of 20 to 160 columns (10 to 80 wide characters), are all but the last of the same width,
    give or take a character that did not fit; at least half of them stop inside a
    sentence; and a sentence ends inside the paragraph (a list of headlines cut to one
    length, one to a line, ends none).
    """
    blocks, features = page.blocks, page.features
    # The first line of a wrapped paragraph fills the width: the run goes on while the line
    # before is as wide, give or take a character, and takes in one line more (the last).
    width = columns(blocks[start].text)
    if not _WIDE_WRAP_WIDTH[0] <= width <= _WIDE_WRAP_WIDTH[1]:
        return start + 1, 0
    widths = [width]
    end = start + 1
    while (
        end < len(blocks)
        and blocks[end].group == blocks[start].group
        and dense(blocks[end].text)
        and abs(widths[-1] - width) <= _WIDE_WRAP_FIT
    ):
        widths.append(columns(blocks[end].text))
        end += 1
    if abs(widths[-1] - width) > _WIDE_WRAP_FIT and widths[-1] > width:
        end -= 1  # a longer line is no last line of this paragraph
    if end - start < _WRAP_LINES:
        return start + 1, 0
    lines = [blocks[i].text for i in range(start, end)]
    inner = range(start, end - 1)
    open_lines = sum(not features[i].sentence_end for i in inner)
    ends = sum(features[i].sentences for i in range(start, end)) - features[end - 1].sentence_end
    if len(set(lines)) < len(lines) or 2 * open_lines < len(inner) or ends <= 0:
        return start + 1, 0
    for i in inner:
        found[i] = True  # a full line carries its paragraph on, as a wrapped line does
    return end, width


def _wrapped(page: Page, start: int, end: int) -> int:
    """The width at which the lines [start, end) of one paragraph group were wrapped, or 0
    when they were not: a width of 50 to 120 characters; at least half of the lines but
    the last stop inside a sentence, and most of those stop because the next line's first
    word would not have fitted on them (a list of headlines breaks where it likes); the
    lines differ, hold a few words each, and one at least opens with a small letter, or
    most of them have a sentence end inside (a list of headlines opens each with a
    capital, one headline to a line), or, in a script without case, all those that stop
    inside a sentence are full and many end one."""
    lines = [page.blocks[i].text for i in range(start, end)]
    ends = [page.features[i].sentence_end for i in range(start, end)]
    width = max(map(columns, lines))
    if not _WRAP_WIDTH[0] <= width <= _WRAP_WIDTH[1] or len(set(lines)) < len(lines):
        return 0
    inner = range(len(lines) - 1)
    if any(lines[k].count(" ") < _WRAP_WORDS - 1 for k in inner):
        return 0
    open_lines = [k for k in inner if not ends[k]]
    if len(open_lines) < _WRAP_OPEN * len(inner):
        return 0
    if sum(_full(lines[k], lines[k + 1], width) for k in open_lines) < _WRAP_FULL * len(open_lines):
        return 0
    firsts = [line[0] for line in lines[1:] if line[0].isalpha()]
    if 2 * len(firsts) < len(lines) - 1:
        return 0  # lines that open with numbers or marks: a list ("1. Ann Lee 13,26 sec.")
    if any(ch.islower() for ch in firsts):
        return width
    features = page.features
    if 2 * sum(ch.isupper() for ch in firsts) >= len(firsts):
        # Every line opens with a capital (nouns in German): sentences that end inside most
        # of the lines still show running text, as headlines, one to a line, do not.
        inside = sum(features[i].sentences > features[i].sentence_end for i in range(start, end))
        return width if 2 * inside > end - start else 0
    # A script without case (Arabic, Devanagari): every line that stops inside a sentence
    # is full, and a third of the lines at least end a sentence, inside or at their end
    # (but for the paragraph's last).
    if not all(_full(lines[k], lines[k + 1], width) for k in open_lines):
        return 0
    ends_on = sum(
        features[i].sentences > (i == end - 1 and features[i].sentence_end)
        for i in range(start, end)
    )
    return width if ends_on > _WRAP_UNCASED_ENDS * (end - start) else 0


def find_body(page: Page) -> None:
    """Set ``page.body_start`` and ``page.body_end`` to the best-scoring run of blocks."""
    sizes = Counter(b.group for b in page.blocks)
    scores = [block_score(page, i, sizes[b.group]) for i, b in enumerate(page.blocks)]
    unit = page.options.min_paragraph_chars
    page.wrapped = wrapped_lines(page)
    for i, goes_on in page.wrapped.items():
        # A piece of a wrapped paragraph weighs its share of the paragraph; a line that
        # carries one on does whatever words it holds ("cultura." is no menu there).
        for j, carried in ((i, False), (i + 1, goes_on)):
            if carried or scores[j] > _PHRASE_PENALTY:
                scores[j] = max(scores[j], page.features[j].length / unit)
    items = _list_items(page, scores)
    best_sum, best = _best_run(scores, 0, len(scores))
    best = _before_closing(page, scores, best_sum, best)
    best = _under_headline(page, scores, best_sum, best)
    if best_sum <= 0.0:
        # No running text anywhere: the article is every line that is not chrome.
        free = [i for i in range(len(page.blocks)) if page.free(i)]
        best = (free[0], free[-1] + 1) if free else (0, 0)
    start, end = _trim(page, *best, scores)
    if end == best[1]:
        end = _list_tail(page, end, items)
    end = _teaser_tail(page, start, end, scores)
    start, end = _extend(page, start, end)
    page.text_start = start
    standfirst = _standfirst(page, start, end)
    page.furniture = range(standfirst.stop, start) if standfirst else range(0)
    page.body_start, page.body_end = _ingredients(page, standfirst.start), end


def _teaser_tail(page: Page, start: int, end: int, scores: list[float]) -> int:
    """Where the article ends when its region closes on a box of teasers: two or more
    pairs of a headline (a short line that is no sentence nor a picture's credit) and a
    one-paragraph summary, the first under a heading of its own ("Editor's picks", "3 min").
    An article's sub-heading follows a paragraph of the text, not another short line. A
    headline the page prints elsewhere too (a line seen so often it weighs nothing) is
    still a teaser's headline; a list's items, which weigh nothing too, are not."""
    unit = page.options.min_paragraph_chars
    features = page.features

    def headline(i: int) -> bool:
        line = features[i]
        return (
            (scores[i] < 0 or (scores[i] == 0 and page.repeats[i] >= _REPEATED))
            and not line.sentence_end
            and line.words <= _TEASER_HEADLINE_WORDS
            and not picture_credit(page, i)
        )

    top = end
    pairs = 0
    while top - 2 > start:
        summary = features[top - 1]
        if not (
            summary.prose and unit <= summary.length < _SUMMARY_UNITS * unit and headline(top - 2)
        ):
            break
        pairs += 1
        top -= 2
    if pairs < _TEASER_PAIRS or top - 1 <= start or not headline(top - 1):
        return end
    return top - 1


def _ingredients(page: Page, start: int) -> int:
    """Take in a recipe's ingredients above its method: walking up from the article's first
    line over lines that are not chrome, at least three lines that open with a metric
    quantity ("125 g flour", "500 ml Milch") within a few lines of each other, with the
    short headings right above the first of them ("Ingredients", "For the dough:")."""
    top = None
    found = 0
    last = start
    for j in range(start - 1, max(-1, start - 1 - _RECIPE_WINDOW), -1):
        if _chrome(page, j) or last - j > _RECIPE_GAP:
            break
        if _QUANTITY.match(page.blocks[j].text) is not None:
            found, last, top = found + 1, j, j
    if top is None or found < _RECIPE_QUANTITIES:
        return start
    while (
        top > 0
        and top - 1 > start - 1 - _RECIPE_WINDOW
        and not _chrome(page, top - 1)
        and page.features[top - 1].words <= _RECIPE_HEADING_WORDS
        and page.date_span(top - 1) is None
    ):
        top -= 1
    return top


def _standfirst(page: Page, start: int, end: int) -> range:
    """The standfirst between the headline and the article's first paragraph ("How one
    family rebuilt the mill"), or an empty range: a line of a few words, or up to three
    short paragraphs, standing under the repeated headline (a date or byline line or two
    may stand between), with nothing but the article's furniture under it (a byline, a
    date, a share bar, a player's controls, a caption, a table of contents whose entries
    the article prints again as its sub-headings). A standfirst is neither chrome, a
    date, a caption nor the headline again with a word or a mark changed."""
    none = range(start, start)
    reach = _STAMPS_ABOVE + _STANDFIRST_LINES + _FURNITURE_LINES
    forms = _title_forms(page)
    heading = next(
        (
            j
            for j in range(start - 1, max(0, start - 1 - reach), -1)
            if _repeats_headline(page, j, forms)
        ),
        None,
    )
    if heading is None:
        return none
    while heading + 1 < start and _rest_of_title(page, heading + 1):
        heading += 1  # a headline set on two lines: "Rent strike" over "'We have no money'"
    first = heading + 1
    while (
        first < start
        and first - heading <= _STAMPS_ABOVE
        and (_chrome(page, first) or stamp(page, first) is not Stamp.NONE)
    ):
        first += 1  # "Published 3 May 2024", "By Ann Lee" over the standfirst
    if first >= start or not _standfirst_line(page, first):
        return none
    last = first
    while (
        last + 1 < start
        and last + 1 - first < _STANDFIRST_LINES
        and page.features[last + 1].sentence_end
        and _standfirst_line(page, last + 1)
    ):
        last += 1  # a standfirst of a few short paragraphs
    if any(
        not (_furniture(page, j) or _contents(page, j, start, end)) for j in range(last + 1, start)
    ):
        return none
    if not page.features[first].sentence_end and (
        first != heading + 1 or start - last - 1 > _NEAR_FURNITURE
    ):
        return none  # a line of a few words that is no sentence: a second headline
    if picture_credit(page, last + 1):
        last -= 1  # a picture's caption over its credit ("Photo: Jane Roe")
    return range(first, last + 1) if last >= first else none


def _rest_of_title(page: Page, index: int) -> bool:
    """Whether a line is the rest of a headline set on two lines: free, of a few words,
    and found word for word in the page's title."""
    if not page.free(index) or page.features[index].words < _STANDFIRST_WORDS:
        return False
    text = " ".join(page.blocks[index].text.split()).casefold()
    return text in " ".join(page.blocks[0].text.split()).casefold()


def _standfirst_line(page: Page, index: int) -> bool:
    """Whether a line may be (part of) a standfirst: free, of a few words at least, not
    chrome, no date, no caption, not the headline reworded."""
    if not page.free(index) or page.features[index].words < _STANDFIRST_WORDS:
        return False
    if _chrome(page, index) or page.date_span(index) is not None:
        return False
    text = page.blocks[index].text
    if page.lexicon.caption_markers.search(text):
        return False
    title = page.blocks[0].text
    headlines = (title, split_title(title)[0])
    return not any(_reworded(shingles(h), h, text) for h in headlines)


def _furniture(page: Page, index: int) -> bool:
    """Whether a line between a standfirst and the article's first paragraph is its
    furniture: chrome (a share bar, a reading time), a caption, a short line giving a
    date or a byline, or a dateline with an update's date and the print issue."""
    if _chrome(page, index):
        return True
    text = page.blocks[index].text
    if page.lexicon.caption_markers.search(text):
        return True
    words = page.features[index].words
    if words > STAMP_WORDS:
        return _dateline(page, index)
    return (
        picture_credit(page, index + 1)  # a picture's caption over its credit
        or (words <= _STAMP_WORDS and _DIGIT.search(text) is not None)  # "Reading time: 8 min"
        or stamp(page, index) is not Stamp.NONE
        # a name and role, a button: "Ann Lee Senior Reporter", "Add to saved articles"
        or (words <= _FURNITURE_WORDS and not page.features[index].sentence_end)
    )


def _dateline(page: Page, index: int) -> bool:
    """Whether a longer line is the article's dateline: it opens with a date and is no
    sentence ("3 May 2024, 10:30 Updated 3 May 2024, 12:05 Issue 19/2024"), of a few
    words only."""
    if page.features[index].words > _DATELINE_WORDS or page.features[index].sentence_end:
        return False
    span = page.date_span(index)
    return span is not None and not page.blocks[index].text[: span[1]].strip()


def _contents(page: Page, index: int, start: int, end: int) -> bool:
    """Whether a line between a standfirst and the article's first paragraph is an entry
    of its table of contents: no sentence, and the article prints it again, as one of its
    sub-headings."""
    if page.repeats[index] < _PRINTED_TWICE or page.features[index].sentence_end:
        return False
    text = page.blocks[index].text
    return any(page.blocks[j].text == text for j in range(start, end))


def _list_tail(page: Page, end: int, items: set[int]) -> int:
    """Take in the items of a list that closes the article ("...the following:" and its
    lines): they weigh nothing, so the richest run stops before them."""
    while end in items and not _chrome(page, end):
        end += 1
    return end


def _before_closing(
    page: Page, scores: list[float], best_sum: float, best: tuple[int, int]
) -> tuple[int, int]:
    """The article when the richest run stands a few lines after a closing line ("About the
    author", "This entry was posted in"): an author's long biography outweighs a short
    article. The richest run before that line is taken instead, unless it is much poorer
    (a teaser in the page's header)."""
    closing = next(
        (
            i
            for i in range(best[0] - 1, max(-1, best[0] - 1 - _CLOSING_WINDOW), -1)
            if closes_article(page, i)
        ),
        None,
    )
    if closing is None:
        return best
    before_sum, before = _best_run(scores, 0, closing)
    return before if before_sum >= _CLOSED_SHARE * best_sum and before_sum > 0 else best


def _headline_lines(page: Page) -> list[int]:
    """The first few lines after the title line that repeat its headline (the whole title
    line, its headline without the site's name, or a part of it before a separator): the
    page's own heading over the article, or a teaser of it in a menu or a ticker."""
    if len(page.blocks) < 2:
        return []
    whole = normalise_for_match(page.blocks[0].text)
    headline, site = split_title(page.blocks[0].text)
    norm_headline = normalise_for_match(headline)
    wanted = {whole, norm_headline}
    site_key = normalise_for_match(site) if site else None
    own = shingles(headline)
    pieces = probes(norm_headline, _DENSE_PROBE if dense(norm_headline) else _PROBE, _PROBE_COUNT)
    found: list[int] = []
    for i in range(1, len(page.blocks)):
        length = page.features[i].length
        if length > len(whole) * 3:
            continue
        text = page.normalised(i)
        if text == site_key:
            continue
        if length < _HEADLINE_CHARS or weighted_length(text) < _HEADLINE_CHARS:
            # A short headline ("Gefällt mir") only as the title's whole headline, dated.
            if text == norm_headline and _dated_heading(page, i):
                found.append(i)
                if len(found) == _HEADLINE_REPEATS:
                    break
            continue
        if (
            text in wanted
            or whole.startswith(text + " ")
            or (
                sum(piece in text for piece in pieces) >= _PROBE_HITS
                and _reworded(own, headline, text)
            )
        ):
            found.append(i)
            if len(found) == _HEADLINE_REPEATS:
                break
    return found


def _title_forms(page: Page) -> tuple[str, str]:
    """The title line and its headline without the site's name, as
    :func:`normalise_for_match` gives them: what a repeated headline is compared with."""
    title = page.blocks[0].text
    return normalise_for_match(title), normalise_for_match(split_title(title)[0])


def _repeats_headline(page: Page, index: int, forms: tuple[str, str]) -> bool:
    """Whether a line (past the title line) is the page's headline: the whole title line,
    its headline without the site's name (*forms*, see _title_forms), or its part before a
    separator."""
    if index < 1:
        return False
    text = page.normalised(index)
    if weighted_length(text) < _HEADLINE_CHARS:
        return False
    return text in forms or forms[0].startswith(text + " ")


def _reworded(own: frozenset[str], headline: str, text: str) -> bool:
    """Whether a line is the headline printed with a word or two changed (a name shortened,
    a mark added): about as long, and most of its character shingles shared."""
    if not own or not _SAME_LENGTH[0] * len(headline) <= len(text) <= _SAME_LENGTH[1] * len(
        headline
    ):
        return False  # too short or too long to share enough shingles: not worth comparing
    other = shingles(text)
    kept = min(len(own), len(other)) / max(len(own), len(other))
    return kept >= _KEPT and 2 * len(own & other) >= _REWORDED * (len(own) + len(other))


def _under_headline(
    page: Page, scores: list[float], best_sum: float, best: tuple[int, int]
) -> tuple[int, int]:
    """The article when the page repeats its title's headline and a short article follows
    it while the richest run stands elsewhere (a cookie notice, a promotion, a list of
    teasers): the run that opens right under the headline is taken instead, unless it is
    much poorer."""
    if best_sum <= 0.0:
        return best
    runs: list[tuple[float, tuple[int, int]]] = []
    headings = _headline_lines(page)
    for heading in headings:
        if heading >= best[1] and any(h < best[0] for h in headings):
            # The headline printed again under the richest run (over a summary at the foot
            # of the page), where it stands under the headline too: no other article.
            continue
        if best[0] < heading + 1 + _HEADLINE_WINDOW and best[1] > heading:
            # The richest run already opens under the headline, or holds it: then what
            # stands before the headline (a ticker, teasers) is no part of the article when
            # most of the run's weight lies after it.
            after = sum(s for s in scores[heading + 1 : best[1]] if s > 0)
            before = sum(s for s in scores[best[0] : heading] if s > 0)
            dated = _dated_heading(page, heading)
            if before > 0 and after >= _AFTER_HEADLINE * (after + before) and dated:
                return heading + 1, best[1]
            if not dated and any(
                heading < later < best[1] and _dated_heading(page, later) for later in headings
            ):
                # A teaser of the article in a list of the latest stories over it: the
                # headline printed again further down, with its date, is the article's own.
                continue
            return best
        runs.append(_run_under(page, scores, heading + 1, _window_end(page, heading)))
    if not runs:
        return best
    anchored_sum, anchored = max(runs)
    if anchored[1] > best[0] and anchored[0] < best[1]:
        return best  # the same run, only widened over the lines under the headline
    if anchored[1] <= best[0] <= anchored[1] + _HEADLINE_GAP and not any(
        _after_article(page, j) for j in range(anchored[1], best[0])
    ):
        # The article goes on after a share bar or a picture's chrome; not after a
        # comments heading or a list of tags ("3 Kommentare" over readers' comments).
        return best
    return anchored if anchored_sum >= _HEADLINE_SHARE * best_sum else best


def _after_article(page: Page, index: int) -> bool:
    """Whether a line heads what comes after an article: its comments, its tags, the
    previous or the next article (a share bar may stand inside it)."""
    hit = nav_hit(page, index)
    return hit is not None and hit[0] in _AFTER_ARTICLE


def _dated_heading(page: Page, heading: int) -> bool:
    """Whether a headline heads an article: a date or a byline stands right around it
    ("Wed 22.05.24 | 09:41 | By Jane Doe"), as teasers, captions and share boxes that repeat
    the headline do not have."""
    return any(
        j != heading and stamp(page, j, share=_DATED_SHARE) is not Stamp.NONE
        for j in range(
            max(0, heading - _DATED_AROUND), min(len(page.blocks), heading + 1 + _DATED_AROUND)
        )
    )


def _window_end(page: Page, heading: int) -> int:
    """The end of the lines under a headline where its article may open: a few lines, not
    counting the short ones of a share bar or a member's toolbar between them."""
    counted = 0
    end = heading + 1
    limit = min(len(page.blocks), heading + 1 + _HEADLINE_REACH)
    while end < limit and counted < _HEADLINE_WINDOW:
        counted += weighted_length(page.blocks[end].text) >= _SHORT
        end += 1
    return end


def _run_under(page: Page, scores: list[float], lo: int, hi: int) -> tuple[float, tuple[int, int]]:
    """The run that opens at the first line of running text in [lo, hi) and goes on while
    its total stays positive, up to the first line of chrome, ending at its richest point.
    When that run is a short standfirst cut off by chrome (a share bar, a picture's
    credit), the run that opens within a few lines after the chrome, if richer, is taken
    (the standfirst rule takes the standfirst in again)."""
    top, run, stop = _run_from(scores, lo, hi)
    if stop is None or run[1] - run[0] > _STANDFIRST_LINES:
        return top, run
    after_top, after, _stop = _run_from(scores, stop + 1, stop + 1 + _CHROME_GAP)
    if after_top <= top or any(_after_article(page, j) for j in range(stop, after[0])):
        return top, run  # not past comments or tags: what follows them is no article
    return after_top, after


def _run_from(scores: list[float], lo: int, hi: int) -> tuple[float, tuple[int, int], int | None]:
    """:func:`_run_under`'s run from *lo*, and the line of chrome that ended it, if one did."""
    start = next((i for i in range(lo, min(hi, len(scores))) if scores[i] > 0.0), None)
    if start is None:
        return 0.0, (lo, lo), None
    running = top = 0.0
    run = (start, start)
    for i in range(start, len(scores)):
        if scores[i] <= _PHRASE_PENALTY:
            return top, run, i
        running += scores[i]
        if running <= 0.0:
            break
        if running > top:
            top, run = running, (start, i + 1)
    return top, run, None


def _end_marker(page: Page, index: int, *, dated: bool = False) -> tuple[float, int] | None:
    """Whether this line can end the article: the share of the article that must stand
    before it, and what may follow it (``_ENDS_ALWAYS``, ``_ENDS_UNLESS_RESUMED`` or
    ``_ENDS_BEFORE_LITTLE``). A comments heading ends it whatever follows; a share bar
    does unless several long paragraphs follow it (share buttons set between the article's
    paragraphs). Other footer headings (more, tags, next) end it only when little text
    follows them, and a "related" heading only late, since newsletter boxes and related
    links also stand between the article's paragraphs. A short line that opens with a
    "more" phrase and names a section or a site after it ("Most read on <site>", "Mehr aus
    <Region>") ends it like a "related" heading. A closing line ("About the author",
    "Press contact") and a comments heading over readers' comments end it whatever
    follows, and with less of the article before them, since a biography or a thread can
    outweigh it. A paywall notice ("Subscribe to continue reading") ends it with as little
    before it, unless several long paragraphs follow (the whole article sent anyway). A
    list of dated teasers ends it like a "related" heading, unless the article itself is
    *dated* line by line (a live blog, whose entries are stamped the same way)."""
    hit = nav_hit(page, index)
    if hit is None and paywall_notice(page, index):
        return _CLOSING_SHARE, _ENDS_UNLESS_RESUMED
    if hit is None:
        closing = closes_article(page, index) or _author_box(page, index)
        if closing:
            return _CLOSING_SHARE, _ENDS_ALWAYS
        teasers = not dated and _teaser_stamps(page, index)
        return (_SOFT_END_SHARE, _ENDS_BEFORE_LITTLE) if teasers else None
    kind, whole, _rest = hit
    if kind is NavKind.COMMENTS and _thread_heading(page, index, whole=whole):
        return _THREAD_SHARE, _ENDS_ALWAYS
    if kind is NavKind.COMMENTS:
        return _HARD_END_SHARE, _ENDS_UNLESS_TAGGED
    if kind in _FINAL_ENDS and whole:
        return _HARD_END_SHARE, _ENDS_UNLESS_RESUMED
    if kind in _HARD_ENDS and (whole or kind in _HARD_PREFIX_ENDS):
        return _HARD_END_SHARE, _ENDS_BEFORE_LITTLE
    if kind in _SOFT_ENDS and whole:
        return _SOFT_END_SHARE, _ENDS_BEFORE_LITTLE
    if kind is NavKind.MORE and page.features[index].words <= _NAMED_HEADING_WORDS:
        return _SOFT_END_SHARE, _ENDS_BEFORE_LITTLE
    return None


def date_line(page: Page, index: int) -> bool:
    """Whether a line inside the article region is only a date ("26.11.2022", "March 4,
    2024, 10:30"): a teaser's or a post's stamp, not the article's text (the byline rule
    reads the article's own date). A time alone may be a clip's length, and a line opening
    with a mark the end of a sentence or a reference broken over two lines: both stay."""
    return page.blocks[index].text.lstrip()[:1].isalnum() and (
        _only_date(page, index) or dated_twice(page, index) or _labelled_date(page, index)
    )


def _labelled_date(page: Page, index: int) -> bool:
    """Whether a line is a date with only its label or its day's name before it and at
    most a time word after it ("Published: 3 May 2024", "Dienstag, 14.03.2023, 08:40",
    "Oppdatert 12.09.24 kl. 09:05"): a stamp, however little of the line the date
    covers. Other words before a date ("Meeting of 3 May 2024") say something."""
    if page.features[index].words > STAMP_WORDS:
        return False
    span = page.date_span(index)
    if span is None:
        return False
    text = page.blocks[index].text
    lexicon = page.lexicon
    after = text[span[2] :].strip(DATE_EDGES)
    if after and after in _FULL_STOPS:
        # A full stop may close a label's date ("Aktualisiert am 12.02.2023."), not the
        # tail of a sentence broken over two lines ("on 2016-05-04.").
        if text.lstrip()[:1].islower():
            return False
    elif after and not lexicon.time_words.whole(after):
        return False
    before = text[: span[1]].strip(DATE_EDGES)
    return not before or lexicon.date_markers.whole(before) or lexicon.relative_dates.whole(before)


def _only_date(page: Page, index: int) -> bool:
    """Whether a line is only a date ("10.06.2026", "March 4, 2024, 10:30")."""
    return (
        page.features[index].words <= _STAMP_WORDS
        and span_share(page.blocks[index].text, page.date_span(index)) >= _STAMP_SHARE
    )


def _only_date_or_time(page: Page, index: int) -> bool:
    """Whether a line is only a date or a time ("19:00", "10.06.2026", "March 4, 2024")."""
    if page.features[index].words > _STAMP_WORDS:
        return False
    return _TIME_ONLY.match(page.blocks[index].text.strip()) is not None or _only_date(page, index)


def _teaser_stamps(page: Page, index: int) -> bool:
    """Whether a line opens a list of dated teasers: it is only a date or a time, and more
    such lines follow every few lines (a teaser's date, its headline, its summary)."""
    if not _only_date_or_time(page, index):
        return False
    found, last = 1, index
    for j in range(index + 2, min(len(page.blocks), index + 1 + _TEASER_WINDOW)):
        if j - last > _TEASER_GAP:
            break
        if j - last >= 2 and _only_date_or_time(page, j):
            found, last = found + 1, j
            if found >= _TEASER_STAMPS:
                return True
    return False


def _author_box(page: Page, index: int) -> bool:
    """Whether a line is the name heading an author's box: a name of two to four words on
    its own line, followed by a paragraph that opens with the same name ("Jane Doe" over
    "Jane Doe is a reporter who covers..."), or the name the page's byline gave above
    ("By Jane Doe" under the headline, "Jane Doe" over her role and biography)."""
    text = page.blocks[index].text.strip()
    first = text[:1]
    if first.isascii() and not "A" <= first <= "Z":
        return False  # no capital first (most lines): no name, the pattern need not be tried
    if index + 1 >= len(page.blocks) or _NAME.match(text) is None:
        return False
    following = page.features[index + 1]
    if (
        following.prose
        and following.length >= page.options.min_paragraph_chars
        and page.blocks[index + 1].text.lstrip().startswith(text + " ")
    ):
        return True
    return _named_above(page, index, text)


def _named_above(page: Page, index: int, name: str) -> bool:
    """Whether a short line above *index* credits *name* after a byline prefix (one of the
    page's first such lines: a byline stands near the top, and a page of thousands of
    "By ..." lines is a list, not an article)."""
    if page.credit_lines is None:
        prefixes = page.lexicon.byline_prefixes
        found: list[tuple[int, str, int]] = []
        for j, block in enumerate(page.blocks):
            if len(found) >= _CREDIT_LINES:
                break
            if page.features[j].words <= _BYLINE_WORDS:
                match = prefixes.search(block.text)
                if match is not None:
                    found.append((j, block.text, match.end()))
        page.credit_lines = tuple(found)
    for j, line, after in page.credit_lines:
        if j >= index:
            break
        if line.find(name, after) >= 0:
            return True
    return False


def _thread_heading(page: Page, index: int, *, whole: bool) -> bool:
    """Whether a comments line heads readers' comments: it is made of comment phrases or
    counts them ("5 comments"), and within a few lines follow two more comment phrases
    ("Reply") or short lines naming a date or a time (a comment's header)."""
    if not whole and _DIGIT.search(page.blocks[index].text) is None:
        return False
    signs = 0
    for j in range(index + 1, min(len(page.blocks), index + 1 + _THREAD_WINDOW)):
        if signs >= _THREAD_SIGNS:
            break
        hit = nav_hit(page, j)
        if hit is not None and hit[0] is NavKind.COMMENTS:
            signs += 1
        elif page.features[j].words <= _THREAD_HEADER_WORDS:
            text = page.blocks[j].text
            signs += _CLOCK.search(text) is not None or page.date_span(j) is not None
    return signs >= _THREAD_SIGNS


def _trim(page: Page, start: int, end: int, scores: list[float]) -> tuple[int, int]:
    """Cut the region at the first footer heading that most of the article precedes, so
    that comments and teasers after it do not join the article."""
    total = sum(s for s in scores[start:end] if s > 0)
    before = 0.0
    dated = False  # a date or time line stood among the article's lines (past its first)
    last_tags: int | None = None  # the region's last tags heading, found once when needed
    for i in range(start, end):
        marker = _end_marker(page, i, dated=dated)
        if marker is not None and marker[1] == _ENDS_UNLESS_TAGGED:
            if last_tags is None:
                last_tags = _last_tags(page, start, end)
            # With the article's tags further down, the heading heads none of its comments
            # (a table's "Comment" column, a "Comment" label on a quoted reply).
            marker = (marker[0], _ENDS_ALWAYS) if last_tags <= i else None
        if marker is not None and before > 0 and before >= marker[0] * total:
            follows = marker[1]
            if follows == _ENDS_ALWAYS or (
                (
                    follows == _ENDS_UNLESS_RESUMED
                    or total - before <= _TAIL_SHARE * before
                    or _list_like(page, i, end)
                )
                and not _resumes(scores, i, end)
                and not (
                    follows == _ENDS_BEFORE_LITTLE
                    and (_goes_on(page, i, end) or _last_after_box(page, i, end, scores))
                )
            ):
                return start, _list_heading(page, start, i)
        if scores[i] > 0:
            before += scores[i]
        if not dated and i >= start + _DATED_FROM and _only_date_or_time(page, i):
            dated = not _teaser_stamps(page, i)  # a date of the article's own, not a teaser's
    return start, end


def _last_tags(page: Page, start: int, end: int) -> int:
    """The last line of the region [start, end), or of the few lines right under it, that
    heads the article's tags ("Tags:", "Schlagworte"), or *start* when none does."""
    for j in range(min(len(page.blocks), end + _TAGS_UNDER) - 1, start - 1, -1):
        hit = nav_hit(page, j)
        if hit is not None and hit[0] is NavKind.TAGS and (hit[1] or hit[2] is not None):
            return j
    return start


def _resumes(scores: list[float], index: int, end: int) -> bool:
    """Whether the article goes on after a box of links: several long paragraphs follow
    within a few lines of its heading (a "Related" box set between paragraphs)."""
    after = scores[index + 1 : min(end, index + 1 + _RESUME_WINDOW)]
    return sum(1 for score in after if score >= _LONG) >= _RESUME_PARAGRAPHS


def _goes_on(page: Page, index: int, end: int) -> bool:
    """Whether the article goes on after a box of links set between its paragraphs
    ("Related", "Read more"): under the box's heading come its links (two lines or more
    that are no paragraph), then two paragraphs in a row within a few lines. A teaser
    gives one summary under its headline, never two paragraphs; paragraphs right under the
    heading are the box's own summaries ("Most read" with a line each). Headings that
    stand after the article (tags, next, comments) are not such a box."""
    hit = nav_hit(page, index)
    if hit is None or hit[0] in _AFTER_ARTICLE:
        return False
    unit = page.options.min_paragraph_chars
    previous = False
    links = 0  # lines of the box (no paragraph) under its heading
    for j in range(index + 1, min(end, index + 1 + _RESUME_WINDOW)):
        features = page.features[j]
        paragraph = features.prose and features.sentence_end and features.length >= unit
        if paragraph and previous and links >= _BOX_LINKS:
            return True
        links += not paragraph
        previous = paragraph
    return False


def _last_after_box(page: Page, index: int, end: int, scores: list[float]) -> bool:
    """Whether the article's last paragraph stands under a box of links set between its
    paragraphs ("Related", "Read more"): the run of text ends, within a few lines of the
    box's heading, on a long paragraph that ends a sentence, and only the box's links (two
    lines or more that are no paragraph) stand between them. A box's teaser has a headline
    and at most a short summary, which weighs too little to close the run."""
    hit = nav_hit(page, index)
    if hit is None or hit[0] in _AFTER_ARTICLE:
        return False
    last = end - 1
    if not index + 1 < last < index + 1 + _RESUME_WINDOW or scores[last] < _LONG:
        return False
    features = page.features[last]
    if not (features.prose and features.sentence_end):
        return False
    unit = page.options.min_paragraph_chars
    links = range(index + 1, last)
    return len(links) >= _BOX_LINKS and all(
        not (page.features[j].prose and page.features[j].length >= unit) for j in links
    )


def _list_heading(page: Page, start: int, index: int) -> int:
    """Where the article ends when a list of dated teasers opens at *index*: before the
    list's heading ("Latest sport") when a short line that is no sentence stands right
    above its first date."""
    above = index - 1
    if above <= start or not _only_date_or_time(page, index):
        return index
    features = page.features[above]
    short = features.words <= _STAMP_WORDS and not features.sentence_end
    return above if short else index


def _list_like(page: Page, index: int, end: int) -> bool:
    """Whether the lines after a footer heading read as a list of teasers rather than as
    the article going on: twice as many short title and date lines as sentences, or
    teasers that each give a title and a one-paragraph summary (no two paragraphs in a
    row, each of them short)."""
    unit = page.options.min_paragraph_chars
    sentences = short = 0
    summaries = 0
    single = True  # no two paragraphs in a row, none of them long
    previous_short = False
    for j in range(index + 1, min(end, index + 1 + _LIST_WINDOW)):
        features = page.features[j]
        if boilerplate_rule(page, j) is not None:
            continue
        if features.prose and features.length >= unit:
            sentences += 1
            if not previous_short or features.length >= _SUMMARY_UNITS * unit:
                single = False
            summaries += 1
            previous_short = False
        else:
            short += 1
            previous_short = True
    if sentences > 0 and short >= sentences * _LIST_SHORT_RATIO:
        return True
    return single and summaries >= _SUMMARIES


def _chrome(page: Page, index: int) -> bool:
    return (
        not page.free(index)
        or nav_hit(page, index) is not None
        or boilerplate_rule(page, index) is not None
    )


def _extend(page: Page, start: int, end: int) -> tuple[int, int]:
    """Widen the region over the lines that share a paragraph group with its first and
    last lines (list items and short lines printed without a blank line between them and
    the article), stopping at chrome."""
    if start >= end:
        return start, end
    group = page.blocks[start].group
    while start > 0 and page.blocks[start - 1].group == group and not _chrome(page, start - 1):
        start -= 1
    group = page.blocks[end - 1].group
    while end < len(page.blocks) and page.blocks[end].group == group and not _chrome(page, end):
        end += 1
    return start, end
