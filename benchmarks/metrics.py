"""Every accuracy metric of the benchmark, each defined once.

All text comparisons start from one of three normalisations, defined here:

* :func:`tokens` -- Unicode NFKC, case folding, then one token per CJK ideograph, kana or
  Hangul character and one token per run of other letters, digits and combining marks;
  punctuation and spaces are dropped.
* :func:`fold_ws` -- every run of white space becomes one space, ends stripped (snippets,
  pull-quotes and footer lines are matched after this folding only).
* :func:`norm_title` -- NFKC, white-space folding and case folding.

Per-page scores are combined by the ``aggregate_*`` functions; the benchmark never scores
text any other way.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex

__all__ = [
    "BYLINE_MISS_CAUSES",
    "PRF",
    "TITLE_MISS_CAUSES",
    "BodyScore",
    "SegmentCounts",
    "SnippetCounts",
    "aggregate_body",
    "author_counts",
    "body_score",
    "byline_match",
    "byline_miss_cause",
    "date_match",
    "fold_ws",
    "footer_counts",
    "has_date",
    "language_match",
    "norm_language",
    "norm_title",
    "prf",
    "pull_quote_counts",
    "snippet_counts",
    "title_match",
    "title_miss_cause",
    "tokens",
]

_CJK = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}"
_TOKEN = regex.compile(rf"[{_CJK}]|[\p{{L}}\p{{N}}\p{{M}}--[{_CJK}]]+", regex.VERSION1)
_WS = regex.compile(r"\s+")


def tokens(text: str | None) -> list[str]:
    """Split *text* into comparison tokens (NFKC, case-folded; CJK characters one each).

    >>> tokens("Hello, WORLD 42!")
    ['hello', 'world', '42']
    >>> tokens("東京で2人")
    ['東', '京', 'で', '2', '人']
    """
    if not text:
        return []
    return _TOKEN.findall(unicodedata.normalize("NFKC", text).casefold())


def fold_ws(text: str | None) -> str:
    """Fold every run of white space into one space and strip the ends.

    >>> fold_ws("  a\\n\\t b ")
    'a b'
    """
    return _WS.sub(" ", text or "").strip()


_INVISIBLE = regex.compile("[\u00ad\u200b\u2060\ufeff]")  # soft hyphen, zero-width space, joiners


def norm_title(text: str | None) -> str:
    """Normalise a title for exact comparison: NFKC, without the characters that do not
    show (soft hyphens, zero-width spaces), white-space folding, case folding."""
    return fold_ws(_INVISIBLE.sub("", unicodedata.normalize("NFKC", text or ""))).casefold()


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision, recall and their harmonic mean (F1)."""

    precision: float
    recall: float
    f1: float


def prf(precision: float, recall: float) -> PRF:
    """Build a :class:`PRF`; F1 is 0 when precision and recall are both 0."""
    total = precision + recall
    return PRF(precision, recall, 2 * precision * recall / total if total else 0.0)


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


# --- body: bag of tokens -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BodyScore:
    """Token precision and recall of one page's extracted body against the true body."""

    precision: float
    recall: float


def body_score(predicted: str | None, truth: str) -> BodyScore:
    """Score one page: the overlap of the two token multisets.

    Precision is the share of predicted tokens that are in the truth, recall the share of
    true tokens that were predicted (each token counted as often as it occurs). An empty
    prediction has precision 0 and recall 0 unless the truth is empty too (then both are 1);
    a non-empty prediction for an empty truth has precision 0 and recall 1.
    """
    pred = Counter(tokens(predicted))
    true = Counter(tokens(truth))
    n_pred, n_true = sum(pred.values()), sum(true.values())
    if not n_true:
        return BodyScore(1.0 if not n_pred else 0.0, 1.0)
    if not n_pred:
        return BodyScore(0.0, 0.0)
    common = sum((pred & true).values())
    return BodyScore(common / n_pred, common / n_true)


def aggregate_body(scores: Sequence[BodyScore]) -> PRF:
    """Average precision and recall over pages; F1 is taken of the two averages."""
    if not scores:
        return prf(0.0, 0.0)
    n = len(scores)
    return prf(sum(s.precision for s in scores) / n, sum(s.recall for s in scores) / n)


# --- snippets: trafilatura's with / without lists ---------------------------------------


@dataclass(frozen=True, slots=True)
class SnippetCounts:
    """Confusion counts of snippet matching, summed over pages by ``+``."""

    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def __add__(self, other: SnippetCounts) -> SnippetCounts:
        return SnippetCounts(
            self.tp + other.tp, self.fn + other.fn, self.fp + other.fp, self.tn + other.tn
        )

    @property
    def scores(self) -> PRF:
        """Precision TP/(TP+FP), recall TP/(TP+FN), and F1."""
        return prf(_ratio(self.tp, self.tp + self.fp), _ratio(self.tp, self.tp + self.fn))

    @property
    def accuracy(self) -> float:
        """(TP+TN) / all snippets."""
        return _ratio(self.tp + self.tn, self.tp + self.fn + self.fp + self.tn)


def snippet_counts(
    predicted: str | None, with_: Iterable[str], without: Iterable[str]
) -> SnippetCounts:
    """Count one page: a ``with`` snippet found is a TP, missing an FN; a ``without`` snippet
    found is an FP, absent a TN. A snippet is found when its white-space-folded text occurs
    in the white-space-folded prediction. Empty snippets are ignored.
    """
    text = fold_ws(predicted)
    tp = fn = fp = tn = 0
    for snippet in (fold_ws(s) for s in with_):
        if snippet:
            if snippet in text:
                tp += 1
            else:
                fn += 1
    for snippet in (fold_ws(s) for s in without):
        if snippet:
            if snippet in text:
                fp += 1
            else:
                tn += 1
    return SnippetCounts(tp, fn, fp, tn)


# --- title, byline, language ---------------------------------------------------------------


def title_match(predicted: str | None, truth: str) -> bool:
    """Exact match after :func:`norm_title`; ``None`` counts as the empty title."""
    return norm_title(predicted) == norm_title(truth)


TITLE_MISS_CAUSES = ("a line", "part of a line", "not on the page")


def title_miss_cause(page_text: str, truth: str) -> str:
    """Where the true title of a page stands in its plain text, to tell a missed title's
    cause: ``"a line"`` when a line is the title (another line was taken), ``"part of a
    line"`` when only a longer line holds it (the truth drops a kicker or a site name that
    the page prints with it), ``"not on the page"`` when no line holds it (a title reworded
    in the page's metadata). Lines compare as :func:`norm_title` leaves them.

    >>> title_miss_cause("Menu\\nBridge opens - Daily\\nBridge opens", "Bridge opens")
    'a line'
    >>> title_miss_cause("Bridge opens - Daily\\nText", "Bridge opens")
    'part of a line'
    >>> title_miss_cause("A new bridge\\nText", "Bridge opens")
    'not on the page'
    """
    want = norm_title(truth)
    part = False
    for line in page_text.splitlines():
        have = norm_title(line)
        if have == want:
            return "a line"
        part = part or (bool(want) and want in have)
    return "part of a line" if part else "not on the page"


# Words that a truth writes between or before names when it gives a whole byline as one
# "name" ("Von Anna Fink und Jan Lee", "Le Figaro et AFP"): they name nobody.
_BYLINE_PREFIX_TOKENS = frozenset(("by", "von", "par", "por", "door", "av", "af"))
_JOINER_TOKENS = frozenset(
    ("and", "und", "et", "y", "og", "och", "en", "ja", "és", "with", "avec", "mit", "con")
)


def _name_tokens(name: str) -> list[str]:
    """The tokens of one true name, without a leading byline prefix ("Von") or the joiners
    between the names of a byline given as one string; a name made only of such words keeps
    them."""
    found = tokens(name)
    if len(found) > 1 and found[0] in _BYLINE_PREFIX_TOKENS:
        found = found[1:]
    kept = [t for t in found if t not in _JOINER_TOKENS]
    return kept or found


def byline_match(
    predicted_text: str | None, predicted_authors: Iterable[str], truth_names: Iterable[str]
) -> bool:
    """Tell whether the predicted byline names every true author.

    The predicted side is the system's author names when it gives any, else the byline's
    text (so a system cannot match by returning a long byline text); the true side is the
    list of author names (or, where a corpus gives only a raw byline string, that string),
    without a leading byline prefix or the joiners between names when a whole byline is
    given as one name ("Ole Brandt und Marta Feldkamp"). It matches when every token
    (see :func:`tokens`) of every true name occurs among the
    predicted tokens, in any order. A page whose truth names no author is not scored: the
    caller skips it, and this function raises :class:`ValueError` for it.
    """
    true = {t for name in truth_names for t in _name_tokens(name)}
    if not true:
        msg = "no true author tokens: this page is not scored for bylines"
        raise ValueError(msg)
    pred = {t for name in predicted_authors for t in tokens(name)} or set(tokens(predicted_text))
    return true <= pred


def author_counts(predicted_authors: Iterable[str], truth_names: Iterable[str]) -> tuple[int, int]:
    """Count how clean a system's author names are on one page: ``(clean, given)``, where
    *given* is the number of predicted names with at least one token and *clean* those whose
    every token belongs to a true name (tokens as :func:`byline_match` reads them). A name
    with a role, a section or a stray word glued to it ("Ann Lee Lifestyle Writer"), or a
    heading taken for a name ("Key Points"), is not clean. :func:`byline_match` only asks
    whether every true name was found; this is its precision side.

    >>> author_counts(["Ann Lee", "Key Points"], ["Ann Lee"])
    (1, 2)
    >>> author_counts(["Ann Lee Lifestyle Writer"], ["Ann Lee"])
    (0, 1)
    """
    true = {t for name in truth_names for t in _name_tokens(name)}
    clean = given = 0
    for name in predicted_authors:
        found = tokens(name)
        if not found:
            continue
        given += 1
        clean += all(t in true for t in found)
    return clean, given


_ISO_DATE = regex.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ISO_INSTANT = regex.compile(
    r"(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?"
)
# The offsets of the world's time zones reach 14 hours east and 12 west of UTC.
_EAST, _WEST = dt.timedelta(hours=14), dt.timedelta(hours=12)


def _calendar_date(text: str) -> dt.date | None:
    found = _ISO_DATE.match(text.strip())
    if found is None:
        return None
    try:
        return dt.date(*(int(g) for g in found.groups()))
    except ValueError:
        return None


def has_date(truth: str) -> bool:
    """Whether a true publication date opens with a calendar date (scored pages only)."""
    return _calendar_date(truth) is not None


def date_match(predicted: str | None, truth: str) -> bool:
    """Tell whether the predicted publication date (ISO 8601, the date first) names the
    true one's calendar day.

    A true date alone must be equal. A true instant with a UTC offset ("2024-05-03
    23:40:00+00:00") is a day somewhere on Earth and may be printed as the next or the
    previous day by a page in another zone: any date it has in a zone from UTC-12 to UTC+14
    matches. A truth that holds no date is not scored: this function raises
    :class:`ValueError` for it.

    >>> date_match("2024-05-03T09:15", "2024-05-03")
    True
    >>> date_match("2024-05-04", "2024-05-03 23:40:00+00:00")
    True
    >>> date_match("2024-05-04", "2024-05-03")
    False
    """
    day = _calendar_date(truth)
    if day is None:
        msg = f"no date in the truth {truth!r}: this page is not scored for dates"
        raise ValueError(msg)
    found = _calendar_date(predicted or "")
    if found is None:
        return False
    if found == day:
        return True
    instant = _ISO_INSTANT.match(truth.strip())
    if instant is None or instant.group(5) is None:
        return False
    date, hour, minute, _, zone = instant.groups()
    sign = -1 if zone.startswith("-") else 1
    digits = zone.replace(":", "").lstrip("+-") if zone != "Z" else "0000"
    offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    local = dt.datetime.fromisoformat(date) + dt.timedelta(hours=int(hour), minutes=int(minute))
    utc = local - sign * offset
    return (utc - _WEST).date() <= found <= (utc + _EAST).date()


_LANGUAGE_ALIASES = {"nb": "no", "nn": "no", "zh-cn": "zh", "zh-tw": "zh"}


BYLINE_MISS_CAUSES = ("on one line", "in the title line", "spread over lines", "not on the page")


def byline_miss_cause(page_text: str, truth_names: Iterable[str]) -> str:
    """Where the true authors of a page stand in its plain text, to tell a missed byline's
    cause: ``"in the title line"`` when the page's first line (the browser's title) holds
    every name token (mostly the publisher after the headline, "Bridge opens - Daily"),
    ``"on one line"`` when another line holds them all, ``"spread over lines"`` when the
    page holds them on several lines, ``"not on the page"`` when some token is nowhere
    (the truth took it from the page's metadata). Tokens as :func:`byline_match` reads
    them.

    >>> byline_miss_cause("Bridge opens - Daily\\nBy Ann Lee\\nText", ["Ann Lee"])
    'on one line'
    >>> byline_miss_cause("Bridge opens - Daily\\nText", ["Daily"])
    'in the title line'
    >>> byline_miss_cause("Ann\\nLee", ["Ann Lee"])
    'spread over lines'
    >>> byline_miss_cause("Text", ["Ann Lee"])
    'not on the page'
    """
    true = {t for name in truth_names for t in _name_tokens(name)}
    if not true <= set(tokens(page_text)):
        return "not on the page"
    lines = [line for line in page_text.splitlines() if line.strip()]
    if lines and true <= set(tokens(lines[0])):
        return "in the title line"
    if any(true <= set(tokens(line)) for line in lines[1:]):
        return "on one line"
    return "spread over lines"


def norm_language(code: str | None) -> str | None:
    """Lower-case an ISO 639-1 code, keep its primary subtag, and read Norwegian Bokmål and
    Nynorsk as ``no``; ``None``, ``""`` and ``"und"`` give ``None``.
    """
    if not code:
        return None
    code = code.strip().lower().replace("_", "-")
    code = _LANGUAGE_ALIASES.get(code, code.split("-")[0])
    code = _LANGUAGE_ALIASES.get(code, code)
    return None if code in {"", "und"} else code


def language_match(predicted: str | None, truth: str) -> bool:
    """Exact match of the normalised codes (see :func:`norm_language`)."""
    return norm_language(predicted) is not None and norm_language(predicted) == norm_language(truth)


# --- pull-quotes and footer items on the hand-labelled pages ------------------------------


@dataclass(frozen=True, slots=True)
class SegmentCounts:
    """Matching counts for pull-quotes or footer items, summed over pages by ``+``.

    ``kinds_right`` counts matched footer items whose kind agrees (0 for pull-quotes).
    """

    matched: int = 0
    predicted: int = 0
    truth: int = 0
    kinds_right: int = 0

    def __add__(self, other: SegmentCounts) -> SegmentCounts:
        return SegmentCounts(
            self.matched + other.matched,
            self.predicted + other.predicted,
            self.truth + other.truth,
            self.kinds_right + other.kinds_right,
        )

    @property
    def scores(self) -> PRF:
        """Precision matched/predicted, recall matched/truth, and F1."""
        return prf(_ratio(self.matched, self.predicted), _ratio(self.matched, self.truth))

    @property
    def kinds_accuracy(self) -> float:
        """Share of matched items whose kind agrees."""
        return _ratio(self.kinds_right, self.matched)


def pull_quote_counts(predicted: Iterable[str], truth: Iterable[str]) -> SegmentCounts:
    """Match pull-quote texts as multisets after white-space folding."""
    pred = Counter(fold_ws(t) for t in predicted)
    true = Counter(fold_ws(t) for t in truth)
    pred.pop("", None)
    true.pop("", None)
    return SegmentCounts(sum((pred & true).values()), sum(pred.values()), sum(true.values()), 0)


def footer_counts(
    predicted: Iterable[tuple[str, str]], truth: Iterable[tuple[str, str]]
) -> SegmentCounts:
    """Match footer items, given as ``(kind, text)`` pairs.

    Items are matched as multisets by their white-space-folded text alone; for each text,
    the matched items whose kind also agrees (multiset intersection of the kinds) are
    ``kinds_right``.
    """
    pred_kinds: dict[str, Counter[str]] = {}
    true_kinds: dict[str, Counter[str]] = {}
    for kinds, items in ((pred_kinds, predicted), (true_kinds, truth)):
        for kind, text in items:
            folded = fold_ws(text)
            if folded:
                kinds.setdefault(folded, Counter())[kind] += 1
    matched = kinds_right = 0
    for text, true in true_kinds.items():
        pred = pred_kinds.get(text)
        if pred is None:
            continue
        matched += min(sum(pred.values()), sum(true.values()))
        kinds_right += sum((pred & true).values())
    return SegmentCounts(
        matched,
        sum(sum(c.values()) for c in pred_kinds.values()),
        sum(sum(c.values()) for c in true_kinds.values()),
        kinds_right,
    )
