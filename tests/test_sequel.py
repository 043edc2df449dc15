"""Endless pages: the next article loaded under the first one is not part of it."""

from __future__ import annotations

import pytest

import newsparse
from texts import CYCLE_PATH, HARBOUR

SECOND_EN = [
    "The town council approved a new budget for the library on Tuesday evening, after a long "
    "debate about opening hours and the cost of heating the old building in winter.",
    "Librarians said the money would pay for longer hours on Saturdays and for a reading room "
    "for students, which has been closed since the spring because of a leaking roof.",
    "The mayor said a decision on a new building would follow next year, once the council has "
    "compared the cost of repairs with the cost of moving to the former post office.",
]
SECOND_DE = [
    "Der Gemeinderat hat am Dienstagabend einen neuen Haushalt für die Bibliothek beschlossen, "
    "nach einer langen Debatte über Öffnungszeiten und die Heizkosten des alten Gebäudes.",
    "Die Bibliothekarinnen sagten, mit dem Geld würden längere Öffnungszeiten am Samstag und ein "
    "Lesesaal für Studierende bezahlt, der seit dem Frühjahr wegen eines undichten Dachs zu ist.",
    "Über einen Neubau solle im kommenden Jahr entschieden werden, sobald die Kosten einer "
    "Sanierung mit denen eines Umzugs in die alte Post verglichen seien, sagte der Bürgermeister.",
]


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def _body(text: str, language: str) -> list[str]:
    return [p.text for p in newsparse.parse_article(text, language=language).body]


@pytest.mark.parametrize(
    ("language", "first", "second", "header"),
    [
        (
            "en",
            ("Storm closes the harbour to small boats", *HARBOUR),
            ("Library gets its budget", *SECOND_EN),
            ("By {}", "Published March 3, 2024"),
        ),
        (
            "de",
            ("Neuer Radweg zur Universität freigegeben", *CYCLE_PATH),
            ("Bibliothek bekommt ihr Geld", *SECOND_DE),
            ("Von {}", "Veröffentlicht am 3. März 2024"),
        ),
    ],
)
def test_next_article_under_the_first_is_cut_off(
    language: str, first: tuple[str, ...], second: tuple[str, ...], header: tuple[str, str]
) -> None:
    """The first article's header (byline, dated line) comes back: the page goes on with the
    next article, which is labelled as such and left out of the body."""
    byline, dated = header
    text = _page(
        first[0],
        byline.format("Ruth Ellis"),
        dated,
        *first[1:],
        second[0],
        byline.format("Sam Okafor"),
        dated,
        *second[1:],
    )
    article = newsparse.parse_article(text, language=language)
    assert [p.text for p in article.body] == list(first[1:])
    assert article.byline is not None
    assert article.byline.authors == ("Ruth Ellis",)
    cut = [s for s in article.segments if s.rule == "boilerplate.following-article"]
    assert cut[0].text == second[0]


def test_live_blog_entries_are_not_cut() -> None:
    """Three or more repeats of the header are entries of one live blog, kept whole."""
    entries = []
    for k, paragraph in enumerate(HARBOUR * 2):
        entries += [f"By Ruth Ellis {k}", f"Published March {k + 3}, 2024", paragraph]
    text = _page("Live: storm over the harbour", "By Ruth Ellis", "Published March 3, 2024")
    text += _page(*list(HARBOUR), *entries)
    body = _body(text, "en")
    assert body[-1] == HARBOUR[-1]
    assert len(body) >= len(HARBOUR) * 3


def test_signature_under_the_article_is_no_sequel() -> None:
    """A byline repeated under the last paragraph, with nothing after it, cuts nothing."""
    first = list(HARBOUR)
    text = _page(
        "Storm closes the harbour to small boats",
        "By Ruth Ellis",
        "Published March 3, 2024",
        *first,
        "By Ruth Ellis",
        "Published March 3, 2024",
    )
    assert _body(text, "en") == first


def test_embedded_teaser_signed_by_someone_else_is_no_sequel() -> None:
    """Articles embed other stories signed "By …" and go on after them: no dated header line
    comes back, so nothing is cut."""
    first = list(HARBOUR)
    text = _page(
        "Storm closes the harbour to small boats",
        "By Ruth Ellis",
        "Published March 3, 2024",
        *first[:2],
        "Library gets its budget",
        "By Sam Okafor",
        *SECOND_EN,
        first[2],
    )
    assert _body(text, "en")[-1] == first[2]
