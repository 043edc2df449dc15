"""Labelling: runs the rules in order over a page's blocks and gives every block one label."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable

import attrs
import regex

from newsparse._blocks import Block
from newsparse._dates import page_order
from newsparse._lexicon import Lexicon
from newsparse._model import Byline, NavKind, SegmentKind
from newsparse._options import ParseOptions
from newsparse._page import Label, Page
from newsparse._rules.body import (
    date_line,
    find_body,
    job_ad,
    paywall_offer,
    player_lines,
    post_credit,
    post_stamps,
    repeated_runs,
    slideshow,
)
from newsparse._rules.byline import find_byline
from newsparse._rules.captions import find_captions, picture_credit
from newsparse._rules.footer import find_footer
from newsparse._rules.phrases import SIGN_UP_WORDS, boilerplate_rule, nav_hit, sign_up_call
from newsparse._rules.published import find_published
from newsparse._rules.pullquotes import find_pull_quotes
from newsparse._rules.sequel import cut_following_article
from newsparse._rules.title import find_title

__all__ = ["label_blocks"]

_INLINE_CHROME_WORDS = 6  # a line this short that opens or ends with a footer phrase is chrome


# A line's check, by its index on the page.
_Check = Callable[[int], bool]


@attrs.frozen
class _Region:
    """What the labels of the article region's free lines are read from: the lines found
    over the whole page, and the checks of one line, each list in the order it is tried."""

    offer: set[int]  # a paywall's offer
    closed: set[int]  # the headlines of a box of stories a link to more of them closes
    chrome: tuple[tuple[str, _Check], ...]  # the page's furniture, before footer phrases
    calls: tuple[tuple[str, _Check], ...]  # calls and furniture, after footer phrases
    last_text: int  # the article's last paragraph (see _last_paragraph)


def _fill(page: Page) -> None:
    """Label what no rule took: body inside the article region, boilerplate outside."""
    repeated = repeated_runs(page)
    gallery = slideshow(page)
    player = player_lines(page)
    stamps = post_stamps(page)
    offer = paywall_offer(page)
    outside = itertools.chain(range(page.body_start), range(page.body_end, len(page.blocks)))
    page.set_free(outside, SegmentKind.BOILERPLATE, "boilerplate.outside-article")
    last_text = _last_paragraph(page)
    region = _Region(
        offer=offer,
        closed=_closed_box(page),
        chrome=(
            ("boilerplate.repeated-run", repeated.__contains__),
            ("boilerplate.slideshow", gallery.__contains__),
            ("boilerplate.player", player.__contains__),
            ("boilerplate.post-credit", functools.partial(post_credit, page)),
            ("boilerplate.post-stamp", stamps.__contains__),
            ("boilerplate.job-ad", functools.partial(job_ad, page)),
            ("boilerplate.date-line", functools.partial(date_line, page)),
        ),
        calls=(
            ("boilerplate.furniture", page.furniture.__contains__),
            ("boilerplate.sign-up", functools.partial(sign_up_call, page)),
            ("boilerplate.tail-call", lambda i: i > last_text and _tail_call(page, i)),
            ("boilerplate.sign-up-pitch", functools.partial(_sign_up_pitch, page)),
        ),
        last_text=last_text,
    )
    for i in range(page.body_start, page.body_end):
        if page.free(i):
            kind, rule = _region_label(page, i, region)
            page.set(i, kind, rule)


def _first_rule(checks: tuple[tuple[str, _Check], ...], index: int) -> str | None:
    """The rule of the first of *checks* that line *index* passes, if any."""
    return next((rule for rule, check in checks if check(index)), None)


def _region_label(page: Page, i: int, region: _Region) -> tuple[SegmentKind, str]:
    """The kind and rule of free line *i* of the article region (the lines above it
    labelled already)."""
    if i in region.offer:
        return SegmentKind.BOILERPLATE, "boilerplate.paywall"
    previous = page.labels[i - 1] if i > 0 else None
    if i in region.closed or (
        previous is not None and _more_stories(previous) and _teaser_headline(page, i)
    ):
        return SegmentKind.BOILERPLATE, _MORE_TEASER
    if page.wrapped.get(i - 1) and previous is not None and previous.kind is SegmentKind.BODY:
        # The rest of a hard-wrapped paragraph ("cultura."), whatever words it holds.
        return SegmentKind.BODY, "body.article-region"
    rule = boilerplate_rule(page, i) or _first_rule(region.chrome, i)
    if rule is not None:
        return SegmentKind.BOILERPLATE, rule
    hit = nav_hit(page, i)
    short = page.features[i].words <= _INLINE_CHROME_WORDS
    if hit is not None and (
        ((hit[1] or short) and hit[0] is not NavKind.RELATED) or i > region.last_text
    ):
        # A line past the article's last paragraph that opens with a footer phrase,
        # however long ("Read next: <title>", "Follow us on ... for the latest news"),
        # is a link or a call after the article, not its text.
        return SegmentKind.BOILERPLATE, f"boilerplate.inline-{hit[0].value}"
    if hit is None and _caption_over_credit(page, i):
        return SegmentKind.CAPTION, "caption.over-credit"
    rule = _first_rule(region.calls, i)
    if rule is not None:
        return SegmentKind.BOILERPLATE, rule
    return SegmentKind.BODY, "body.article-region"


_MORE_TEASER = "boilerplate.more-teaser"
# The rules of a box of more stories' heading or headlines that no footer item holds.
_MORE_RULES = frozenset({f"boilerplate.inline-{NavKind.MORE.value}", _MORE_TEASER})
_TEASER_WORDS = 16  # words of a teaser's headline at the most
_ENUMERATED = regex.compile(r"\A\s*\(?\d{1,3}[.)\]:]\s*\S")  # "5. Check the kettle"


def _more_stories(label: Label) -> bool:
    """Whether a line is the heading or a headline of a box of more stories set inside the
    article ("Most read", "More from the section"); the lines right under it that read as
    headlines are the box's too."""
    return label.nav is NavKind.MORE or label.rule in _MORE_RULES


def _teaser_headline(page: Page, index: int) -> bool:
    """Whether a line reads as one more headline of such a box, right under its heading or
    its links: a few words with no sentence end. A numbered line ("5. Check the kettle")
    is the article's own step going on after the box."""
    features = page.features[index]
    return (
        features.words <= _TEASER_WORDS
        and not features.sentence_end
        and _ENUMERATED.match(page.blocks[index].text) is None
    )


_CLOSED_BOX_LINES = 2  # headlines over a link to more stories that make a box of them


def _closed_box(page: Page) -> set[int]:
    """The headlines of a box of stories set inside the article that a link to more of them
    closes ("Trending now", a few headlines, then "Read more stories"), with the article
    going on right under the link: the lines over the link that read as headlines, two at
    the least (one may be a sub-heading of the article), up to the article's paragraph."""
    found: set[int] = set()
    unit = page.options.min_paragraph_chars
    for i in range(page.body_start + 1, page.body_end - 1):
        label = page.labels[i]
        if label is None:
            hit = nav_hit(page, i)
            link = (
                hit is not None
                and hit[0] is NavKind.MORE
                and page.features[i].words <= _INLINE_CHROME_WORDS
            )
        else:
            link = label.nav is NavKind.MORE
        after = page.features[i + 1]
        if not (link and after.prose and after.length >= unit):
            continue
        run = []
        j = i - 1
        while j >= page.body_start and page.free(j) and _teaser_headline(page, j):
            run.append(j)
            j -= 1
        if len(run) >= _CLOSED_BOX_LINES:
            found.update(run)
    return found


def _last_paragraph(page: Page) -> int:
    """The article region's last paragraph of running text (a line of prose at least a
    paragraph unit long that opens with no footer phrase), or -1: what follows it in the
    region is the article's foot."""
    unit = page.options.min_paragraph_chars
    for j in range(page.body_end - 1, page.body_start - 1, -1):
        features = page.features[j]
        if (
            features.prose
            and features.length >= unit
            and nav_hit(page, j) is None
            and not _tail_call(page, j)
        ):
            return j
    return -1


_CALL_PHRASE_WORDS = 2  # words of a call's phrase at the least ("sign up for")


def _tail_call(page: Page, index: int) -> bool:
    """Whether a line is a call to subscribe, to follow the site or to use one of its
    services, wherever its phrase stands in it ("For the day's news, sign up for our
    newsletter.", "To submit a correction, click here."): one of the last lines of the
    region, after the article's last paragraph, it is the page's."""
    if page.features[index].words > SIGN_UP_WORDS:
        return False
    for kind in (NavKind.SUBSCRIBE, NavKind.OTHER):
        match = page.lexicon.nav_phrases(kind).search(page.visible[index])
        if match is not None and len(match.group().split()) >= _CALL_PHRASE_WORDS:
            return True
    return False


def _caption_over_credit(page: Page, index: int) -> bool:
    """Whether a line under the standfirst, where the running text opens, is a picture's
    caption: a short line over the picture's credit ("Photo: ...")."""
    if not page.body_start < index <= page.text_start:
        return False
    features = page.features[index]
    short = features.length < page.options.min_paragraph_chars
    return short and picture_credit(page, index + 1)


# The rules of a call to subscribe set inside the article; a pitch's own rule is not one of
# them, so one pitch line at most goes with a call.
_SIGN_UP_HEADINGS = frozenset({"boilerplate.sign-up", "boilerplate.inline-subscribe"})
_BLURB_WORDS = SIGN_UP_WORDS  # a newsletter box's pitch is a sentence or two, like its call
_BLURB_SENTENCES = 2
_BOX_HEADING_WORDS = 6  # words of a newsletter box's heading at the most


def _sign_up_pitch(page: Page, index: int) -> bool:
    """Whether a line is the pitch of a newsletter box set inside the article: a sentence or
    two right under a sign-up heading ("Sign up for our newsletter", then "The day's news
    in your inbox every morning."), with no paragraph of running text right after it (the
    article going on would put one there). One line at most: the lines after it are the
    article's again."""
    previous = page.labels[index - 1] if index > 0 else None
    if previous is None or previous.rule not in _SIGN_UP_HEADINGS:
        return False
    if index >= 2 and _box_heading(page, index - 2):
        return False  # "Headlines in your inbox" over "Sign up for ...": the box ends at the call
    features = page.features[index]
    if features.words > _BLURB_WORDS or features.sentences > _BLURB_SENTENCES:
        return False
    following = index + 1
    if following >= page.body_end or sign_up_call(page, following):
        return True  # the box's pitch between its heading and its call, or at the region's end
    after = page.features[following]
    return not (after.prose and after.length >= page.options.min_paragraph_chars)


def _box_heading(page: Page, index: int) -> bool:
    """Whether a line is a short heading (a few words, no sentence end) of the article's
    region: over a call to subscribe, it is that box's heading, and the call its text."""
    features = page.features[index]
    label = page.labels[index]
    return (
        page.body_start <= index
        and features.words <= _BOX_HEADING_WORDS
        and not features.sentence_end
        and label is not None
        and label.kind is SegmentKind.BODY
    )


def label_blocks(
    blocks: tuple[Block, ...], lexicon: Lexicon, options: ParseOptions, *, url: str | None = None
) -> tuple[Page, Byline | None, tuple[str, str] | None]:
    """Label every block; return the labelled page, the byline found, if any, and the
    article's publication date with the rule that read it, if any (*url*: the page's
    address, which may hold the date)."""
    # Numeric dates are read in the order the page's own unambiguous dates show.
    lexicon = page_order("\n".join(block.text for block in blocks), lexicon)
    page = Page.new(blocks, lexicon, options)
    find_body(page)
    find_title(page)
    find_footer(page)
    find_captions(page)
    byline = find_byline(page)
    cut_following_article(page)
    find_pull_quotes(page)
    _fill(page)
    return page, byline, find_published(page, byline, url)
