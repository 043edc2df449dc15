"""Pages written as Markdown, as tools that turn web pages into text write them."""

from __future__ import annotations

import newsparse
from newsparse import NavKind, SegmentKind

EN_MARKDOWN = """[Home](https://valleypost.example/) [News](https://valleypost.example/news)

# Council backs footbridge over the river | Valley Post

*By Anna Berg* | March 4, 2024

![The old ferry landing at dawn](https://valleypost.example/img/ferry.jpg)

The town council voted on Tuesday to build a [footbridge](https://valleypost.example/bridge) \
over the river, ending a debate that had gone on for more than ten years among the people who \
live on both banks.

## What happens next

Work is to start next spring, and the bridge should open to walkers and cyclists before the \
end of the following year, the council said in a statement after the vote.

- [Share on Facebook](https://facebook.example/share)

[Next article: Night trains return to the northern line](https://valleypost.example/trains)
"""

DE_MARKDOWN = """# Neuer Radweg zur Universität ist frei

Von Jonas Keller

Der neue Radweg zwischen dem Bahnhof und der Universität ist seit Montag für alle frei. \
Die Stadt hat dafür zwei Jahre lang gebaut und rund vier Millionen Euro ausgegeben.

### Tausend Radfahrer am ersten Tag

Am ersten Tag fuhren nach einer Zählung der Verwaltung schon mehr als tausend Menschen über \
die neue Strecke, die meisten davon am Morgen auf dem Weg zur Vorlesung.

**Weitere Artikel**

- [Brücke am Hafen wird saniert](https://tagesblatt.example/bruecke)
- [Neue Buslinie ins Gewerbegebiet](https://tagesblatt.example/bus)
"""


def _rules(article: newsparse.Article) -> dict[str, str]:
    return {s.text: s.rule for s in article.segments}


def test_markdown_title_subheading_picture_and_links() -> None:
    article = newsparse.parse_article(EN_MARKDOWN)
    assert (article.title, article.site_name) == (
        "Council backs footbridge over the river",
        "Valley Post",
    )
    assert article.byline is not None
    assert article.byline.authors == ("Anna Berg",)
    # The sub-heading belongs to the article; the picture is a caption.
    assert [p.text for p in article.body][1] == "## What happens next"
    assert article.captions == (
        "![The old ferry landing at dawn](https://valleypost.example/img/ferry.jpg)",
    )
    assert _rules(article)[article.captions[0]] == "caption.image"
    # Footer items are read from the links' text; the target has no link syntax.
    assert [(i.kind, i.target) for i in article.footer] == [
        (NavKind.SHARE, None),
        (NavKind.NEXT, "Night trains return to the northern line"),
    ]


def test_markdown_page_in_german_with_a_related_list() -> None:
    article = newsparse.parse_article(DE_MARKDOWN)
    assert article.title == "Neuer Radweg zur Universität ist frei"
    assert article.language.code == "de"
    assert "### Tausend Radfahrer am ersten Tag" in [p.text for p in article.body]
    related = [i for i in article.footer if i.kind is NavKind.RELATED]
    assert [i.target for i in related if i.target] == [
        "Brücke am Hafen wird saniert",
        "Neue Buslinie ins Gewerbegebiet",
    ]


def test_a_hash_before_a_tag_is_no_heading() -> None:
    """Tag lists print "# Topic": a single "#" is not read as a Markdown heading."""
    text = (
        "Council backs footbridge over the river | Valley Post\n\n"
        "The town council voted on Tuesday to build a footbridge over the river, ending a "
        "debate that had gone on for more than ten years among the people on both banks.\n\n"
        "Work is to start next spring, and the bridge should open to walkers and cyclists "
        "before the end of the following year, the council said after the vote.\n\n"
        "Tags\n\n# Bridges\n\n# Town council\n"
    )
    article = newsparse.parse_article(text)
    tags = [i.text for i in article.footer if i.kind is NavKind.TAGS]
    assert tags == ["Tags", "# Bridges", "# Town council"]


def test_an_image_without_text_is_no_caption() -> None:
    text = EN_MARKDOWN.replace("![The old ferry landing at dawn]", "![]")
    article = newsparse.parse_article(text)
    assert article.captions == ()
    image = next(s for s in article.segments if s.text.startswith("![]"))
    assert image.kind is not SegmentKind.CAPTION


def test_a_title_line_opening_the_article_region_keeps_its_site_name() -> None:
    """Regression: "# Site :: Headline" right above the first paragraph was taken into the
    body, since the "#" hid the site name from the title line's split."""
    text = (
        "[Home](https://ledger.example/)\n[News](https://ledger.example/news)\n\n"
        "# The Daily Ledger :: Storm leaves thousands without power across the northern "
        "valleys\n\n"
        "The council voted eight to three on Tuesday evening to paint red bus lanes along the "
        "whole of the river road. Work is due to begin in March and should take about six "
        "weeks. Shop owners on the street asked for loading bays to be kept, and the plan was "
        "changed to allow deliveries before nine in the morning.\n\n"
        "Engineers from the power company worked through the night to reconnect homes in the "
        "hill villages. Fallen branches brought down lines in more than forty places, and some "
        "roads stayed closed until the afternoon.\n\n"
        "[Share this article](https://ledger.example/share)\n"
    )
    article = newsparse.parse_article(text)
    assert (article.title, article.site_name) == (
        "Storm leaves thousands without power across the northern valleys",
        "The Daily Ledger",
    )
