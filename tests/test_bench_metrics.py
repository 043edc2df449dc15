"""The benchmark's metric definitions (benchmarks/metrics.py) on small hand-made cases."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# The benchmarks package lives at the repository root, beside src/.
_REPO = str(Path(__file__).resolve().parents[1])
if _REPO not in sys.path:
    sys.path.insert(0, _REPO)

from benchmarks import metrics  # noqa: E402
from benchmarks.accuracy import score_page, summarise, truth_authors  # noqa: E402
from benchmarks.corpora import Page  # noqa: E402
from benchmarks.report import build_tables  # noqa: E402
from benchmarks.systems import BYLINE, TITLE, Extraction, c4_keep  # noqa: E402


def test_tokens_fold_case_and_compatibility_forms() -> None:
    """Tokens are NFKC-normalised and case-folded; punctuation and spaces are dropped."""
    assert metrics.tokens("Straße, ＡＢＣ — ﬁne!") == ["strasse", "abc", "fine"]


def test_tokens_split_cjk_characters_one_by_one() -> None:
    """Han, kana and Hangul characters are one token each; digits and Latin runs stay whole."""
    expected = ["東", "京", "で", "2024", "年", "서", "울", "ok"]
    assert metrics.tokens("東京で2024年 서울 OK") == expected


def test_tokens_keep_combining_marks_inside_words() -> None:
    """A Devanagari word with vowel signs stays one token."""
    assert metrics.tokens("हिन्दी समाचार") == ["हिन्दी", "समाचार"]


def test_body_score_counts_token_multisets() -> None:
    """Precision and recall come from the multiset overlap of the tokens."""
    score = metrics.body_score("a a b c", "a b b d")
    assert score.precision == pytest.approx(2 / 4)  # a, b of a a b c
    assert score.recall == pytest.approx(2 / 4)  # a, b of a b b d


def test_body_score_empty_cases() -> None:
    """An empty prediction scores 0/0; empty against empty scores 1/1."""
    assert metrics.body_score("", "some words") == metrics.BodyScore(0.0, 0.0)
    assert metrics.body_score(None, "") == metrics.BodyScore(1.0, 1.0)
    assert metrics.body_score("extra", "") == metrics.BodyScore(0.0, 1.0)


def test_aggregate_body_takes_f1_of_the_averages() -> None:
    """F1 is the harmonic mean of averaged precision and recall, not the mean of page F1s."""
    scores = [metrics.BodyScore(1.0, 0.0), metrics.BodyScore(0.0, 1.0)]
    agg = metrics.aggregate_body(scores)
    assert (agg.precision, agg.recall) == (0.5, 0.5)
    assert agg.f1 == pytest.approx(0.5)  # the mean of the page F1s would be 0
    assert metrics.aggregate_body([]).f1 == 0.0


def test_snippet_counts_confusion_and_whitespace_folding() -> None:
    """with-snippets found are TPs, missing FNs; without-snippets found are FPs, absent TNs."""
    text = "The council  met on\nMonday.\n\nShare this"
    counts = metrics.snippet_counts(
        text, ["council met on Monday", "not there"], ["Share this", "Cookie policy", "  "]
    )
    assert counts == metrics.SnippetCounts(tp=1, fn=1, fp=1, tn=1)
    total = counts + metrics.SnippetCounts(tp=1, fn=0, fp=0, tn=1)
    assert total.scores.precision == pytest.approx(2 / 3)
    assert total.scores.recall == pytest.approx(2 / 3)
    assert total.accuracy == pytest.approx(4 / 6)


def test_snippet_match_is_case_sensitive() -> None:
    """Snippets match after white-space folding only, not after case folding."""
    assert metrics.snippet_counts("HELLO world", ["hello world"], []).fn == 1


def test_title_match_normalises_unicode_space_and_case() -> None:
    """Titles match after NFKC, white-space folding and case folding; None is the empty title."""
    assert metrics.title_match("  Rain\u00a0in   PARIS ", "rain in paris")
    assert not metrics.title_match("Rain in Paris | Le Journal", "Rain in Paris")
    assert metrics.title_match(None, "")


def test_title_match_ignores_characters_that_do_not_show() -> None:
    """A zero-width space or a soft hyphen in one title and not the other changes nothing."""
    assert metrics.title_match("Ein bisschen Fortschritt", "Ein bisschen Fortschritt\u200b")
    assert metrics.title_match("Fahr\u00adrad im Winter", "Fahrrad im Winter")
    assert not metrics.title_match("Fahrrad im Winter", "Fahrräder im Winter")


@pytest.mark.parametrize(("truth", "scored"), [("", False), ("  ", False), ("Rain", True)])
def test_a_page_whose_truth_has_no_title_is_not_scored_for_titles(
    tmp_path: Path, truth: str, scored: bool
) -> None:
    """An empty true title means the corpus knows none: the page is left out of the title
    score for every system, as pages without authors are left out of the byline score."""
    page = Page("c", "p", "en", None, tmp_path, "p.html.gz", "p.txt", None, {"title": truth})
    score = score_page(page, Extraction(title="Rain"), frozenset({TITLE}))
    assert (score.title is not None) is scored


def test_byline_match_needs_every_name_token_in_any_order() -> None:
    """Every token of every true name must be among the byline's text and author tokens."""
    assert metrics.byline_match("By Brook, Ada and Lee Kim", (), ["Ada Brook", "Kim Lee"])
    assert metrics.byline_match(None, ("Ada Brook",), ["ada brook"])
    assert not metrics.byline_match("By Ada Brook", ("Ada Brook",), ["Ada Brook", "Kim Lee"])
    with pytest.raises(ValueError, match="not scored"):
        metrics.byline_match("By Ada Brook", (), ["", " , "])


def test_byline_match_reads_a_whole_byline_given_as_one_name() -> None:
    """A truth that gives the byline as one name loses its prefix and joiners: the names
    split into two authors still match it, but a missing name still fails."""
    assert metrics.byline_match(None, ("Ada Brook", "Kim Lee"), ["Von Ada Brook und Kim Lee"])
    assert metrics.byline_match(None, ("Le Soir", "AFP"), ["Le Soir et AFP"])
    assert not metrics.byline_match(None, ("Ada Brook",), ["Ada Brook and Kim Lee"])
    assert metrics.byline_match(None, ("Und",), ["Und"])


def test_byline_match_scores_the_authors_when_there_are_some() -> None:
    """Given author names, the byline text is not searched: a long text cannot match by luck."""
    text = "Ada Brook wrote this with Kim Lee and many other words"
    assert not metrics.byline_match(text, ("Ada Brook",), ["Ada Brook", "Kim Lee"])
    assert metrics.byline_match(text, (), ["Ada Brook", "Kim Lee"])


def test_author_counts_tell_clean_names_from_names_with_extra_words() -> None:
    """Each predicted name is clean only when all its words belong to true names; names
    with no word are not counted; a byline prefix or joiner in the truth is not required."""
    assert metrics.author_counts(("Ada Brook", "Kim Lee"), ["Ada Brook", "Kim Lee"]) == (2, 2)
    assert metrics.author_counts(("Ada Brook Redakteurin",), ["Ada Brook"]) == (0, 1)
    assert metrics.author_counts(("Auf einen Blick", "Ada Brook"), ["Von Ada Brook"]) == (1, 2)
    assert metrics.author_counts(("--", "BROOK"), ["Ada Brook"]) == (1, 1)
    assert metrics.author_counts((), ["Ada Brook"]) == (0, 0)


@pytest.mark.parametrize(
    ("predicted", "truth", "match"),
    [
        ("2024-05-03", "2024-05-03", True),
        ("2024-05-03T09:15", "2024-05-03T22:10:00+02:00", True),
        ("2024-05-04", "2024-05-03", False),
        (None, "2024-05-03", False),
        ("3 May 2024", "2024-05-03", False),  # not ISO 8601
        # an instant late in the day in UTC is the next day further east, not two days on
        ("2024-05-04", "2024-05-03 23:40:00+00:00", True),
        ("2024-05-05", "2024-05-03 23:40:00+00:00", False),
        ("2024-05-02", "2024-05-03T01:00:00Z", True),
        ("2024-05-02", "2024-05-03T20:00:00+0100", False),
    ],
)
def test_date_match_compares_calendar_days(predicted: str | None, truth: str, match: bool) -> None:
    """A date matches the true day; a true instant with an offset, any day it is in some
    time zone."""
    assert metrics.date_match(predicted, truth) is match


def test_a_truth_without_a_date_is_not_scored_for_dates() -> None:
    """A true "published" that holds no calendar date is skipped by the caller."""
    assert not metrics.has_date("last week")
    with pytest.raises(ValueError, match="not scored"):
        metrics.date_match("2024-05-03", "May 2024")


def test_summarise_gives_the_share_of_clean_author_names(tmp_path: Path) -> None:
    """Author-name precision is summed over pages, not averaged per page."""
    (tmp_path / "p.txt").write_text("T\nVon Ada Brook\nText", encoding="utf-8")
    page = Page("c", "p", "de", None, tmp_path, "p.html.gz", "p.txt", None, {"author": "Ada Brook"})
    good = score_page(page, Extraction(authors=("Ada Brook",)), frozenset({BYLINE}))
    bad = score_page(page, Extraction(authors=("Ada Brook", "Mehr", "Teilen")), frozenset({BYLINE}))
    assert (good.authors, bad.authors) == ((1, 1), (1, 3))
    out = summarise([good, bad])
    assert out["author_names"] == [2, 4]
    assert out["author_precision"] == 0.5
    assert (
        summarise([score_page(page, Extraction(), frozenset({BYLINE}))])["author_precision"] is None
    )


@pytest.mark.parametrize(
    ("text", "truth", "cause"),
    [
        ("Bridge opens - Daily\nMenu\nBRIDGE  opens\nText", "Bridge opens", "a line"),
        ("Ponte: Il ponte apre - Il Giornale\nTesto", "Il ponte apre", "part of a line"),
        ("Die Brücke ist offen\nText", "Brücke eröffnet", "not on the page"),
    ],
)
def test_title_miss_cause_tells_where_the_truth_stands(text: str, truth: str, cause: str) -> None:
    """A missed title's cause: the truth is a line, a part of a longer line, or no line."""
    assert metrics.title_miss_cause(text, truth) == cause


@pytest.mark.parametrize(
    ("text", "names", "cause"),
    [
        (
            "Bridge opens - Daily\nBy Ann Lee and Kim Berg\nText",
            ["Ann Lee", "Kim Berg"],
            "on one line",
        ),
        ("Le pont ouvre - Le Quotidien\nTexte", ["Le Quotidien"], "in the title line"),
        ("Title\nAnn Lee\nKim Berg\nText", ["Ann Lee", "Kim Berg"], "spread over lines"),
        ("Title\nVon Anna Fink\nText", ["Anna Fink", "Jan Lee"], "not on the page"),
    ],
)
def test_byline_miss_cause_tells_where_the_names_stand(
    text: str, names: list[str], cause: str
) -> None:
    """A missed byline's cause: every name on one line, in the browser title line, spread
    over lines, or some name not on the page."""
    assert metrics.byline_miss_cause(text, names) == cause


def test_score_page_gives_a_missed_title_its_cause(tmp_path: Path) -> None:
    """A page whose title is missed carries the cause; a page matched carries none."""
    (tmp_path / "p.txt").write_text("Rain - Weather Desk\nRain\nText", encoding="utf-8")
    page = Page("c", "p", "en", None, tmp_path, "p.html.gz", "p.txt", None, {"title": "Rain"})
    missed = score_page(page, Extraction(title="Text"), frozenset({TITLE}))
    assert (missed.title, missed.title_miss) == (False, "a line")
    matched = score_page(page, Extraction(title="Rain"), frozenset({TITLE}))
    assert (matched.title, matched.title_miss) == (True, None)


def test_truth_authors_prefers_lists_then_strings() -> None:
    """Author lists win over a single author string, which wins over a raw byline."""
    assert truth_authors({"authors": ["A B", ""], "byline": "A B"}) == ["A B"]
    assert truth_authors({"authors": [], "author": "C D"}) == ["C D"]
    assert truth_authors({"author": None, "byline": "By E F"}) == ["E F"]
    assert truth_authors({"byline": "By Owen Treharne March 25, 2015"}) == ["Owen Treharne"]
    assert truth_authors({"author": "", "byline": None}) == []


def test_language_codes_are_normalised() -> None:
    """Region subtags are dropped, Bokmål/Nynorsk read as Norwegian, und counts as unknown."""
    assert metrics.norm_language("nb-NO") == "no"
    assert metrics.norm_language("zh_CN") == "zh"
    assert metrics.norm_language("und") is None
    assert metrics.language_match("nb", "no")
    assert not metrics.language_match(None, "en")
    assert not metrics.language_match("und", "en")


def test_pull_quote_counts_match_multisets_after_folding() -> None:
    """Pull-quotes match by folded text, each truth quote at most as often as it occurs."""
    counts = metrics.pull_quote_counts(
        ["It  was\nlate.", "It was late.", "Other"], ["It was late."]
    )
    assert (counts.matched, counts.predicted, counts.truth) == (1, 3, 1)
    assert counts.scores.precision == pytest.approx(1 / 3)
    assert counts.scores.recall == 1.0


def test_footer_counts_match_by_text_and_score_kinds_separately() -> None:
    """Footer items match by text as multisets; kinds_right counts matches of the same kind."""
    truth = [("previous", "« Old | New »"), ("next", "« Old | New »"), ("share", "Share")]
    predicted = [("next", "« Old  |  New »"), ("comments", "Share"), ("tags", "Tags: x")]
    counts = metrics.footer_counts(predicted, truth)
    assert (counts.matched, counts.predicted, counts.truth, counts.kinds_right) == (2, 3, 3, 1)
    assert counts.kinds_accuracy == pytest.approx(0.5)
    total = counts + metrics.SegmentCounts(matched=1, predicted=1, truth=1, kinds_right=1)
    assert total.scores.precision == pytest.approx(3 / 4)
    assert total.scores.recall == pytest.approx(3 / 4)


def test_prf_is_zero_without_hits() -> None:
    """F1 of zero precision and zero recall is 0, not a division error."""
    assert metrics.prf(0.0, 0.0).f1 == 0.0
    assert metrics.prf(1.0, 0.5).f1 == pytest.approx(2 / 3)


def test_c4_baseline_keeps_long_lines_ending_a_sentence() -> None:
    """The C4 rule keeps lines of five or more words ending in sentence punctuation."""
    assert c4_keep("The council met again on Monday.")
    assert not c4_keep("Too short a line.")
    assert not c4_keep("Home News World Sport Culture Weather")


def test_the_report_gives_every_metric_of_newsparse_per_language() -> None:
    """newsparse's modes get a table per language with every metric; a language whose
    labelled pages hold no pull-quote, and where none was given, shows no score for them."""
    french = {
        "pages": 4,
        "body_p": 0.9,
        "body_r": 0.8,
        "body_f1": 0.85,
        "body_pages": 4,
        "title_exact": 0.75,
        "byline_match": 0.5,
        "date_match": 1.0,
        "language_accuracy": 1.0,
        "pull_quote_p": 0.0,
        "pull_quote_r": 0.0,
        "pull_quote_counts": [0, 0, 0],
    }
    system = {"overall": french, "by_corpus": {}, "by_language": {"fr": french, "it": {"pages": 1}}}
    results = {"accuracy": {"newsparse-text": system, "trafilatura": system}, "corpora": []}
    tables = {t.title: t for t in build_tables(results)}
    rows = tables["newsparse per language"].rows
    assert [row[:2] for row in rows] == [["newsparse-text", "fr (4)"]]
    assert rows[0][2:] == [
        "0.900",
        "0.800",
        "0.850",
        "—",
        "0.750",
        "0.500",
        "1.000",
        "1.000",
        "—",
        "—",
    ]
