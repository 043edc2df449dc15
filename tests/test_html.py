"""The HTML front end: how ``render_html`` turns markup into lines of plain text."""

from __future__ import annotations

import pytest

from newsparse._html import render_html


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        "<!-- only a comment -->",
        "<html><head><script>var a = 1;</script></head><body> </body></html>",
        "<div><div>\n\t</div></div>",
    ],
)
def test_a_page_without_text_renders_as_the_empty_string(html: str) -> None:
    """A page with no text at all renders as ``""``, not as a lone line break."""
    assert render_html(html) == ""
