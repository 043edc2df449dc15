"""Labelling: runs the rules in order over a page's blocks and gives every block one label."""

from __future__ import annotations

from newsparse._blocks import Block
from newsparse._lexicon import Lexicon
from newsparse._model import Byline, NavKind, SegmentKind
from newsparse._options import ParseOptions
from newsparse._page import Page
from newsparse._rules.body import (
    find_body,
    paywall_offer,
    player_lines,
    repeated_runs,
    slideshow,
)
from newsparse._rules.byline import find_byline
from newsparse._rules.captions import find_captions
from newsparse._rules.footer import find_footer
from newsparse._rules.phrases import boilerplate_rule, nav_hit, sign_up_call
from newsparse._rules.pullquotes import find_pull_quotes
from newsparse._rules.sequel import cut_following_article
from newsparse._rules.title import find_title

__all__ = ["label_blocks"]

_INLINE_CHROME_WORDS = 6  # a line this short that opens or ends with a footer phrase is chrome


def _fill(page: Page) -> None:
    """Label what no rule took: body inside the article region, boilerplate outside."""
    repeated = repeated_runs(page)
    gallery = slideshow(page)
    player = player_lines(page)
    offer = paywall_offer(page)
    for i in range(len(page.blocks)):
        if not page.free(i):
            continue
        if not page.body_start <= i < page.body_end:
            page.set(i, SegmentKind.BOILERPLATE, "boilerplate.outside-article")
            continue
        if i in offer:
            page.set(i, SegmentKind.BOILERPLATE, "boilerplate.paywall")
            continue
        rule = boilerplate_rule(page, i)
        if rule is not None:
            page.set(i, SegmentKind.BOILERPLATE, rule)
            continue
        if i in repeated:
            page.set(i, SegmentKind.BOILERPLATE, "boilerplate.repeated-run")
            continue
        if i in gallery:
            page.set(i, SegmentKind.BOILERPLATE, "boilerplate.slideshow")
            continue
        if i in player:
            page.set(i, SegmentKind.BOILERPLATE, "boilerplate.player")
            continue
        hit = nav_hit(page, i)
        short = page.features[i].words <= _INLINE_CHROME_WORDS
        if hit is not None and (hit[1] or short) and hit[0] is not NavKind.RELATED:
            page.set(i, SegmentKind.BOILERPLATE, f"boilerplate.inline-{hit[0].value}")
            continue
        if sign_up_call(page, i):
            page.set(i, SegmentKind.BOILERPLATE, "boilerplate.sign-up")
            continue
        page.set(i, SegmentKind.BODY, "body.article-region")


def label_blocks(
    blocks: tuple[Block, ...], lexicon: Lexicon, options: ParseOptions
) -> tuple[Page, Byline | None]:
    """Label every block; return the labelled page and the byline found, if any."""
    page = Page.new(blocks, lexicon, options)
    find_body(page)
    find_title(page)
    find_footer(page)
    find_captions(page)
    byline = find_byline(page)
    cut_following_article(page)
    find_pull_quotes(page)
    _fill(page)
    return page, byline
