"""Scoring extractions against each corpus's truth and summing the scores by group."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import regex as re

from benchmarks import metrics
from benchmarks.corpora import Page
from benchmarks.systems import BODY, BYLINE, DATE, LANGUAGE, SEGMENTS, TITLE, Extraction

__all__ = ["PageScore", "score_page", "summarise", "truth_authors"]


@dataclass(frozen=True, slots=True)
class PageScore:
    """The scores of one system on one page; ``None`` = not scored (no truth, or no field)."""

    corpus: str
    lang: str
    body: metrics.BodyScore | None = None
    snippets: metrics.SnippetCounts | None = None
    title: bool | None = None
    byline: bool | None = None
    authors: tuple[int, int] | None = None  # (clean, given) author names (metrics.author_counts)
    date: bool | None = None  # the publication date's day (metrics.date_match)
    language: bool | None = None
    pull_quotes: metrics.SegmentCounts | None = None
    footer: metrics.SegmentCounts | None = None  # footer_complete pages only
    footer_labelled: metrics.SegmentCounts | None = None  # every page with footer labels
    title_miss: str | None = None  # a missed title's cause (metrics.title_miss_cause)
    byline_miss: str | None = None  # a missed byline's cause (metrics.byline_miss_cause)
    failed: bool = False


_BYLINE_PREFIX = re.compile(
    r"^\s*(?:(?:written|posted|edited|reported|published)\s+by|by|par|von|por|di|de|door|av)\b[\s:]*",
    re.IGNORECASE,
)
_MONTH = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\S*\d\S*")


def clean_raw_byline(raw: str) -> str:
    """A raw byline string as some corpora give it ("By Ann Lee March 25, 2015"), cut down
    to the names: without a leading "By"-like word, English month names and tokens with
    digits. Only used when the truth has no list of author names.
    """
    text = _BYLINE_PREFIX.sub("", raw)
    text = _DIGITS.sub(" ", _MONTH.sub(" ", text))
    return " ".join(text.split())


def truth_authors(truth: dict[str, Any]) -> list[str]:
    """The true author names of a page: ``authors`` (a list), else ``author`` (a string or a
    list), else the raw ``byline`` string cleaned by :func:`clean_raw_byline`; ``[]`` when
    the truth names nobody.
    """
    for key in ("authors", "author", "byline"):
        value = truth.get(key)
        if isinstance(value, list) and any(isinstance(v, str) and v.strip() for v in value):
            return [v for v in value if isinstance(v, str) and v.strip()]
        if isinstance(value, str) and value.strip():
            if key == "byline":
                cleaned = clean_raw_byline(value)
                return [cleaned] if cleaned else []
            return [value]
    return []


def score_page(page: Page, extraction: Extraction | None, fields: frozenset[str]) -> PageScore:
    """Score one extraction (``None`` = the system raised) on every metric the page has
    truth for and the system gives.
    """
    failed = extraction is None
    ex = extraction or Extraction()
    truth = page.truth
    scores: dict[str, Any] = {}
    body = truth.get("body")
    if BODY in fields and isinstance(body, str) and body.strip():
        scores["body"] = metrics.body_score(ex.body, body)
    if BODY in fields and (truth.get("with") or truth.get("without")):
        scores["snippets"] = metrics.snippet_counts(
            ex.body, truth.get("with") or (), truth.get("without") or ()
        )
    title = truth.get("title")
    if TITLE in fields and isinstance(title, str) and title.strip():
        scores["title"] = metrics.title_match(ex.title, title)
        if not scores["title"]:
            scores["title_miss"] = metrics.title_miss_cause(page.text(), title)
    names = truth_authors(truth)
    if BYLINE in fields and names:
        scores["byline"] = metrics.byline_match(ex.byline_text, ex.authors, names)
        scores["authors"] = metrics.author_counts(ex.authors, names)
        if not scores["byline"]:
            scores["byline_miss"] = metrics.byline_miss_cause(page.text(), names)
    published = truth.get("published")
    if DATE in fields and isinstance(published, str) and metrics.has_date(published):
        scores["date"] = metrics.date_match(ex.published, published)
    if LANGUAGE in fields and metrics.norm_language(page.lang) is not None:
        scores["language"] = metrics.language_match(ex.language, page.lang or "")
    labels = page.labels
    if SEGMENTS in fields and labels is not None:
        scores["pull_quotes"] = metrics.pull_quote_counts(ex.pull_quotes, labels.pull_quotes)
        if labels.footer:
            counts = metrics.footer_counts(ex.footer, labels.footer)
            scores["footer_labelled"] = counts
            if labels.footer_complete:
                scores["footer"] = counts
    return PageScore(corpus=page.corpus, lang=page.lang or "und", failed=failed, **scores)


def _share(values: Iterable[bool | None]) -> tuple[float | None, int]:
    kept = [v for v in values if v is not None]
    return (sum(kept) / len(kept) if kept else None), len(kept)


def _causes(known: Sequence[str], found: Iterable[str | None]) -> dict[str, int]:
    """How many misses each cause in *known* accounts for."""
    counts = dict.fromkeys(known, 0)
    for cause in found:
        if cause is not None:
            counts[cause] += 1
    return counts


def _segment_total(items: Iterable[metrics.SegmentCounts | None]) -> tuple[Any, int]:
    total, n = metrics.SegmentCounts(), 0
    for item in items:
        if item is not None:
            total, n = total + item, n + 1
    return total, n


def summarise(scores: Sequence[PageScore]) -> dict[str, Any]:
    """Every metric over a group of pages, as JSON-ready numbers (``None`` = not scored)."""
    out: dict[str, Any] = {"pages": len(scores), "failures": sum(s.failed for s in scores)}
    bodies = [s.body for s in scores if s.body is not None]
    if bodies:
        agg = metrics.aggregate_body(bodies)
        out.update(body_p=agg.precision, body_r=agg.recall, body_f1=agg.f1)
    out["body_pages"] = len(bodies)
    snippets = [s.snippets for s in scores if s.snippets is not None]
    if snippets:
        total = sum(snippets, metrics.SnippetCounts())
        agg = total.scores
        out.update(
            snippet_p=agg.precision,
            snippet_r=agg.recall,
            snippet_f1=agg.f1,
            snippet_accuracy=total.accuracy,
            snippet_counts=[total.tp, total.fn, total.fp, total.tn],
        )
    out["snippet_pages"] = len(snippets)
    out["title_exact"], out["title_pages"] = _share(s.title for s in scores)
    out["byline_match"], out["byline_pages"] = _share(s.byline for s in scores)
    out["date_match"], out["date_pages"] = _share(s.date for s in scores)
    authors = [s.authors for s in scores if s.authors is not None]
    clean, given = sum(a[0] for a in authors), sum(a[1] for a in authors)
    out["author_precision"] = clean / given if given else None
    out["author_names"] = [clean, given]
    out["title_misses"] = _causes(metrics.TITLE_MISS_CAUSES, (s.title_miss for s in scores))
    out["byline_misses"] = _causes(metrics.BYLINE_MISS_CAUSES, (s.byline_miss for s in scores))
    out["language_accuracy"], out["language_pages"] = _share(s.language for s in scores)
    pq, n = _segment_total(s.pull_quotes for s in scores)
    out["pull_quote_pages"] = n
    if n:
        agg = pq.scores
        out.update(
            pull_quote_p=agg.precision,
            pull_quote_r=agg.recall,
            pull_quote_counts=[pq.matched, pq.predicted, pq.truth],
        )
    footer, n = _segment_total(s.footer for s in scores)
    out["footer_pages"] = n
    if n:
        agg = footer.scores
        out.update(
            footer_p=agg.precision,
            footer_r=agg.recall,
            footer_kinds=footer.kinds_accuracy,
            footer_counts=[footer.matched, footer.predicted, footer.truth, footer.kinds_right],
        )
    labelled, n = _segment_total(s.footer_labelled for s in scores)
    if n:
        out["footer_r_all_labelled"] = labelled.scores.recall
        out["footer_all_labelled_pages"] = n
    return out
