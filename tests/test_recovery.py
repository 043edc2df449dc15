"""Composed pages in many languages give back their parts; body extraction is stable.

Each page is built from parts with a known ground truth (see ``strategies.py``). Recovery
of bylines, captions and footer items rests on per-language phrase data: for a language
whose lexicon is not shipped yet, those tests are expected to fail (strict xfail), so they
turn into ordinary tests the day its lexicon lands.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import Article, NavKind
from strategies import (
    LANGUAGES,
    SEPARATORS,
    ComposedPage,
    LanguageParts,
    PageParts,
    body_only_pages,
    page_parts,
)

# Per-language tests draw a fixed, derandomised set of examples in every profile, so that
# whether a language passes (or is a known shortfall, marked xfail) never depends on luck.
PER_LANGUAGE = settings(max_examples=15, derandomize=True, database=None)


def lexicon_shipped(code: str) -> bool:
    """Whether newsparse ships phrase data for *code*."""
    return resources.files("newsparse").joinpath("lexicons", f"{code}.toml").is_file()


def by_language(
    *, needs_lexicon: bool, shortfalls: Mapping[str, str] | None = None
) -> list[object]:
    """One pytest parameter per language, expected to fail (strictly) when its phrase data is
    missing or when *shortfalls* names it, with the reason."""
    params = []
    for parts in LANGUAGES:
        reason = (shortfalls or {}).get(parts.code)
        if reason is None and needs_lexicon and not lexicon_shipped(parts.code):
            reason = f"no lexicon for {parts.code!r} yet"
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(parts, id=parts.code, marks=marks))
    return params


def body_texts(article: Article) -> tuple[str, ...]:
    return tuple(p.text for p in article.body)


def footer_kinds(article: Article) -> tuple[NavKind, ...]:
    """The kinds of the footer items, runs of one kind counted once (a label and its target)."""
    kinds: list[NavKind] = []
    for item in article.footer:
        if not kinds or kinds[-1] is not item.kind:
            kinds.append(item.kind)
    return tuple(kinds)


# Languages whose title lines are not all split right yet, and why (see the test below).
TITLE_SHORTFALLS: dict[str, str] = {}


def title_lines_of(parts: LanguageParts) -> list[tuple[str, str, str | None]]:
    """Every title line of a language: each headline bare, and with each site name on
    either side of each separator."""
    lines = []
    for headline in parts.headlines:
        lines.append((headline, headline, None))
        for site in parts.sites:
            for separator in SEPARATORS:
                lines.append((headline + separator + site, headline, site))
                lines.append((site + separator + headline, headline, site))
    return lines


@pytest.mark.parametrize(
    "parts",
    [
        pytest.param(
            parts,
            id=parts.code,
            marks=[pytest.mark.xfail(strict=True, reason=TITLE_SHORTFALLS[parts.code])]
            if parts.code in TITLE_SHORTFALLS
            else [],
        )
        for parts in LANGUAGES
    ],
)
def test_title_and_site_name_are_recovered(parts: LanguageParts) -> None:
    """The headline and the site name come back, whatever the separator and its side.

    Every combination is tried (a few hundred lines), so the outcome does not depend on
    which examples a random run draws.
    """
    body = "\n\n".join(parts.paragraphs[:2])
    wrong = []
    for line, headline, site in title_lines_of(parts):
        article = newsparse.parse_article(f"{line}\n\n{body}\n")
        if (article.title, article.site_name) != (headline, site):
            wrong.append((line, article.title, article.site_name))
    assert wrong == []


@pytest.mark.parametrize("parts", by_language(needs_lexicon=False))
@PER_LANGUAGE
@given(data=st.data())
def test_body_and_pull_quotes_are_recovered(parts: LanguageParts, data: st.DataObject) -> None:
    """The article's paragraphs and the call-out repeating one of them come back apart."""
    page: ComposedPage = data.draw(page_parts([parts], menu=False).map(lambda p: p.composed()))
    article = newsparse.parse_article(page.text)
    assert body_texts(article) == page.body
    assert tuple(q.text for q in article.pull_quotes) == page.pull_quotes


@pytest.mark.parametrize("parts", by_language(needs_lexicon=False))
@PER_LANGUAGE
@given(data=st.data())
def test_language_is_recovered(parts: LanguageParts, data: st.DataObject) -> None:
    """The page's language is told right from its paragraphs."""
    page: ComposedPage = data.draw(page_parts([parts]).map(lambda p: p.composed()))
    assert newsparse.parse_article(page.text).language.code == page.language


@pytest.mark.parametrize(
    "parts",
    by_language(needs_lexicon=True),
)
@PER_LANGUAGE
@given(data=st.data())
def test_byline_authors_are_recovered(parts: LanguageParts, data: st.DataObject) -> None:
    """The byline under the title gives back each author's name."""
    page: ComposedPage = data.draw(
        page_parts([parts], byline=True, menu=False).map(lambda p: p.composed())
    )
    article = newsparse.parse_article(page.text)
    assert article.byline is not None
    assert article.byline.authors == page.authors


@pytest.mark.parametrize("parts", by_language(needs_lexicon=True))
@PER_LANGUAGE
@given(data=st.data())
def test_captions_are_recovered(parts: LanguageParts, data: st.DataObject) -> None:
    """Picture captions and credits come back as captions, not body."""
    page: ComposedPage = data.draw(
        page_parts([parts], captions=True, menu=False).map(lambda p: p.composed())
    )
    article = newsparse.parse_article(page.text)
    assert article.captions == page.captions


@pytest.mark.parametrize("parts", by_language(needs_lexicon=True))
@PER_LANGUAGE
@given(data=st.data())
def test_footer_items_are_recovered(parts: LanguageParts, data: st.DataObject) -> None:
    """Footer phrases come back as items of the right kinds, previous/next with their targets."""
    page: ComposedPage = data.draw(page_parts([parts], menu=False).map(lambda p: p.composed()))
    article = newsparse.parse_article(page.text)
    assert footer_kinds(article) == page.footer_kinds
    for expected in page.footer:
        if expected.target is not None:
            targets = {i.target for i in article.footer if i.kind is expected.kind}
            assert targets == {expected.target}
    labels = [i.text for i in article.footer if i.target is None or i.text != i.target]
    assert labels == [item.text for item in page.footer]


@pytest.mark.parametrize("parts", by_language(needs_lexicon=False))
@PER_LANGUAGE
@given(data=st.data())
def test_footer_block_never_changes_the_body(parts: LanguageParts, data: st.DataObject) -> None:
    """A footer block below the body leaves the body as it is without it."""
    drawn: PageParts = data.draw(page_parts([parts]))
    without = newsparse.parse_article(drawn.layout(with_footer=False))
    with_footer = newsparse.parse_article(drawn.layout(with_footer=True))
    assert body_texts(with_footer) == body_texts(without)


@pytest.mark.parametrize("parts", by_language(needs_lexicon=False))
@PER_LANGUAGE
@given(data=st.data())
def test_hard_wrapped_body_is_recovered(parts: LanguageParts, data: st.DataObject) -> None:
    """Body paragraphs hard-wrapped at 60 to 90 columns (inside words in scripts without
    spaces) come back whole, in order. (Where they break is not asserted: a line that ends
    a sentence and fills the width may end a paragraph or not.)"""
    drawn: PageParts = data.draw(page_parts([parts], menu=False, pull_quote=False))
    width = data.draw(st.integers(60, 90))
    article = newsparse.parse_article(drawn.layout(wrap=width))
    assert "".join("".join(p.text for p in article.body).split()) == "".join(
        "".join(drawn.body).split()
    )


# With menu lines first, the title line is not recognised and can join the body.
MENU_SHORTFALLS: dict[str, str] = {}


@pytest.mark.parametrize("parts", by_language(needs_lexicon=False, shortfalls=MENU_SHORTFALLS))
@PER_LANGUAGE
@given(data=st.data())
def test_menu_lines_never_change_the_body(parts: LanguageParts, data: st.DataObject) -> None:
    """Menu lines above the title leave the body as it is without them."""
    drawn: PageParts = data.draw(page_parts([parts], menu=True))
    without = newsparse.parse_article(drawn.layout(with_menu=False))
    with_menu = newsparse.parse_article(drawn.layout(with_menu=True))
    assert body_texts(with_menu) == body_texts(without)
    assert body_texts(with_menu) == drawn.body


# Languages whose title line is not found yet below menu lines, and why.
TITLE_BELOW_MENU_SHORTFALLS: dict[str, str] = {}


@pytest.mark.parametrize(
    "parts", by_language(needs_lexicon=False, shortfalls=TITLE_BELOW_MENU_SHORTFALLS)
)
@PER_LANGUAGE
@given(data=st.data())
def test_title_is_found_below_menu_lines(parts: LanguageParts, data: st.DataObject) -> None:
    """The title line is recognised even when menu lines come first."""
    page: ComposedPage = data.draw(page_parts([parts], menu=True).map(lambda p: p.composed()))
    article = newsparse.parse_article(page.text)
    assert (article.title, article.site_name) == (page.title, page.site_name)


# Languages whose pages of body alone do not all come back whole yet, and why.
BODY_ALONE_SHORTFALLS: dict[str, str] = {}


@pytest.mark.parametrize(
    "parts",
    [
        pytest.param(
            parts,
            id=parts.code,
            marks=[pytest.mark.xfail(strict=True, reason=BODY_ALONE_SHORTFALLS[parts.code])]
            if parts.code in BODY_ALONE_SHORTFALLS
            else [],
        )
        for parts in LANGUAGES
    ],
)
def test_a_page_of_body_alone_is_all_body(parts: LanguageParts) -> None:
    """A page made only of article paragraphs gives every paragraph back unchanged.

    Every ordered choice of one to three paragraphs is tried, so the outcome is fixed.
    """
    wrong = []
    for size in (1, 2, 3):
        for paragraphs in itertools.permutations(parts.paragraphs, size):
            article = newsparse.parse_article("\n\n".join(paragraphs) + "\n")
            if body_texts(article) != paragraphs or article.pull_quotes or article.footer:
                wrong.append(paragraphs[0][:40])
    assert wrong == []


@given(body_only_pages([p for p in LANGUAGES if p.code not in BODY_ALONE_SHORTFALLS]))
def test_body_alone_pages_are_all_body(page: tuple[str, tuple[str, ...]]) -> None:
    """Up to five paragraphs, with nothing else, come back as the body unchanged."""
    text, paragraphs = page
    article = newsparse.parse_article(text)
    assert body_texts(article) == paragraphs
    assert article.pull_quotes == ()
    assert article.footer == ()
