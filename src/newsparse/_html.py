"""HTML to text: renders a page's HTML as plain text with one block element per line.

This is the HTML front end of the shared pipeline: its output is read by the same block,
language and labelling stages as plain-text input. It is the only module that imports the
HTML parser. The rendering follows what browsers and crawlers' text dumps do: the
``<title>`` first, then block elements on their own lines, paragraph-level elements
separated by a blank line, scripts, styles and hidden template content dropped.
"""

from __future__ import annotations

import lxml.etree
import lxml.html
import regex

__all__ = ["render_html"]

_DROP = frozenset(
    (
        "script style noscript template svg math iframe object embed canvas head select "
        "button input textarea video audio map"
    ).split()
)
_PARAGRAPH = frozenset(
    ("p h1 h2 h3 h4 h5 h6 ul ol dl blockquote pre figure table hr address figcaption").split()
)
_LINE = frozenset(
    (
        "div li tr br nav header footer article section aside main form dd dt td th "
        "caption fieldset legend details summary label option body html"
    ).split()
)
_XML_DECLARATION = regex.compile(r"\A\s*<\?xml[^>]*>", regex.IGNORECASE)
_SPACE = regex.compile(r"[ \t\r\n\f\v]+")
_BLANKS = regex.compile(r"\n{3,}")
_SURROGATE = regex.compile(r"[\ud800-\udfff]")


def _title(root: lxml.html.HtmlElement) -> str:
    for element in root.iter("title"):
        if element.getparent() is not None and element.getparent().tag == "svg":
            continue
        text = _SPACE.sub(" ", element.text_content()).strip()
        if text:
            return text
    return ""


def render_html(html: str) -> str:
    """Render *html* as plain text; return ``""`` when it holds no text at all."""
    html = _XML_DECLARATION.sub("", html, count=1)
    # The parser stops at a lone surrogate and drops the rest of the page: mark it instead.
    html = _SURROGATE.sub("\ufffd", html)
    try:
        root = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return ""
    pieces: list[str] = []
    title = _title(root)
    if title:
        pieces.extend((title, "\n\n"))
    skip = 0
    for event, element in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        tag = tag.lower()
        if event == "start":
            if skip or tag in _DROP or not tag:
                skip += 1
                continue
            if tag in _PARAGRAPH:
                pieces.append("\n\n")
            elif tag in _LINE:
                pieces.append("\n")
            if element.text:
                pieces.append(_SPACE.sub(" ", element.text))
        else:
            if skip:
                skip -= 1
                if skip == 0 and element.tail and (tag in _DROP or not tag):
                    pieces.append(_SPACE.sub(" ", element.tail))
                continue
            if tag in _PARAGRAPH:
                pieces.append("\n\n")
            elif tag in _LINE:
                pieces.append("\n")
            if element.tail:
                pieces.append(_SPACE.sub(" ", element.tail))
    text = "".join(pieces)
    lines = [line.strip() for line in text.split("\n")]
    text = _BLANKS.sub("\n\n", "\n".join(lines)).strip()
    return text + "\n" if text else ""
