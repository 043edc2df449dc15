"""HTML to text: renders a page's HTML as plain text with one block element per line.

This is the HTML front end of the shared pipeline: its output is read by the same block,
language and labelling stages as plain-text input. It is the only module that imports the
HTML parser. The rendering follows what browsers and crawlers' text dumps do: the
``<title>`` first, then block elements on their own lines (a table's row on one line, its
cells a space apart), paragraph-level elements separated by a blank line (blocks that only
meet or nest, by one line break), a line break at each ``<br>``, scripts, styles, template
content, the readings of ``<ruby>`` without brackets and elements with the ``hidden``
attribute dropped, and a space where two words meet at the edges of links, spans, buttons or
times set side by side.

The walk over the page runs in C: libxml2 parses the page and one XSL transformation
(libxslt) writes its text, with a carriage return at each edge of a block element and a
mark at each edge of a paragraph-level one and at each ``<br>``. Python then only tidies
the lines.
"""

from __future__ import annotations

import html as html_module

import lxml.etree
import regex

__all__ = ["render_html"]

_DROP = frozenset(
    (
        "script style noscript template svg math iframe object embed canvas head select "
        "input textarea video audio map"
    ).split()
)
# The reading a <ruby> prints over its word (furigana), when the page gives no brackets
# (<rp>) to set it apart for browsers without ruby: in text it would run into the word
# ("東京とうきょう"), so only the word is kept. With brackets the text reads
# "東京（とうきょう）", as such browsers show it.
# (A key indexes each ruby's brackets by the ruby, so that the test takes the same time
# for each reading however many a ruby holds.)
_BARE_RUBY_TEXT = "rt[not(key('brackets', generate-id(..)))]"
_PARAGRAPH = frozenset(
    ("p h1 h2 h3 h4 h5 h6 ul ol dl blockquote pre figure table hr address figcaption").split()
)
_LINE = frozenset(
    (
        "div li tr nav header footer article section aside main form dd dt "
        "caption fieldset legend details summary label option body html"
    ).split()
)


# Table cells: a row's cells stand on its line, a space apart, as browsers and text dumps
# write them ("daten-2020 3,3 GB/s 0,9 GB/s").
_CELL = frozenset(("td", "th"))


# Elements with the hidden attribute, which browsers do not show (but not the page itself,
# which some pages hide until a script has run, nor content hidden only until found).
_HIDDEN = "*[@hidden][not(self::html or self::body)][not(@hidden = 'until-found')]"
# The same for the reader of last resort: the attribute among a start tag's attributes,
# with its value if it has one.
_HIDDEN_ATTRIBUTE = regex.compile(
    r"""\shidden(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?(?=[\s/>]|\Z)""", regex.IGNORECASE
)
# Elements that have no end tag: one of them dropped or hidden skips nothing after it.
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


# Inline elements whose edges the transformation marks (see _EDGE): links, spans, buttons and
# times, which pages set side by side without a space and style apart
# ("<a>Adobe</a><a>Flash</a>").
_MARKED = frozenset(("a", "span", "button", "time"))
# The mark written at each edge of those elements: a noncharacter, which pages do not hold
# (a page that does goes through the transformation without marks, see render_html).
_EDGE = "\ufdd0"
# Marks written, each on a line of its own, at each edge of a paragraph-level element and at
# each <br> (noncharacters too, left out like _EDGE when the page holds them). Where blocks
# meet, the line breaks and marks between two lines make one line break, as in a browser,
# unless they hold a paragraph edge or two <br>s, which make a blank line: the edges of
# nested blocks ("<li><div>") no longer part every line of a list or a teaser box from the
# next, so the core reads them as a run of short lines, as it does in a page's text.
_PARAGRAPH_EDGE = "\ufdd1"
_BREAK = "\ufdd2"
_BREAKS = regex.compile(f"[\r{_PARAGRAPH_EDGE}{_BREAK}]+")


def _stylesheet(*, spaced_cr: bool, marked: bool) -> lxml.etree.XSLT:
    """The transformation writing the text of a page, with a CR at each block edge and, if
    *marked*, an _EDGE at each edge of the _MARKED elements and a _PARAGRAPH_EDGE or _BREAK
    at paragraph edges and line breaks (without *marked*, two CRs and one CR).

    It reads every top-level element: the parser puts what stands after ``</html>`` (which
    browsers show at the end of the body) in another ``<html>`` element after the first.
    Elements not named here are walked through (the built-in rule), text is
    copied as it is (with its CRs made spaces if *spaced_cr*), and comments and processing
    instructions write nothing.
    """

    def names(tags: frozenset[str]) -> str:
        return "|".join(sorted(tags))

    text = (
        """<xsl:template match="text()"><xsl:value-of select="translate(., '&#13;', ' ')"/>"""
        "</xsl:template>"
        if spaced_cr
        else ""
    )
    paragraph = f"&#13;{_PARAGRAPH_EDGE}&#13;" if marked else "&#13;&#13;"
    br = f"&#13;{_BREAK}&#13;" if marked else "&#13;"
    edges = (
        f"""<xsl:template match="{names(_MARKED)}">"""
        f"<xsl:text>{_EDGE}</xsl:text><xsl:apply-templates/><xsl:text>{_EDGE}</xsl:text>"
        "</xsl:template>"
        if marked
        else ""
    )
    source = f"""<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="text" encoding="UTF-8"/>
<xsl:key name="brackets" match="rp" use="generate-id(..)"/>
<xsl:template match="/"><xsl:apply-templates select="*"/></xsl:template>
<xsl:template match="{names(_DROP)}"/>
<xsl:template match="{_BARE_RUBY_TEXT}"/>
<xsl:template match="{_HIDDEN}" priority="2"/>
<xsl:template match="{names(_PARAGRAPH)}">
<xsl:text>{paragraph}</xsl:text><xsl:apply-templates/><xsl:text>{paragraph}</xsl:text>
</xsl:template>
<xsl:template match="{names(_LINE)}">
<xsl:text>&#13;</xsl:text><xsl:apply-templates/><xsl:text>&#13;</xsl:text>
</xsl:template>
<xsl:template match="br"><xsl:text>{br}</xsl:text></xsl:template>
<xsl:template match="{names(_CELL)}">
<xsl:text> </xsl:text><xsl:apply-templates/><xsl:text> </xsl:text>
</xsl:template>
{edges}
{text}
</xsl:stylesheet>"""
    return lxml.etree.XSLT(lxml.etree.XML(source))


_TEXT_OF = _stylesheet(spaced_cr=False, marked=True)
# The parser reads every CR in the page as a line feed, so the CRs the transformation writes
# are the only ones in its text, unless the page writes one as a character reference. Pages
# that might do so (a rare few) go through the slower transformation that makes them spaces,
# which they are to the renderer anyway.
_CR_REFERENCE = regex.compile(rb"&#(?:0*13|[xX]0*[dD])")
_TEXT_WITH_CR_OF = _stylesheet(spaced_cr=True, marked=True)
# A page holding one of the marks itself (U+FDD0 to U+FDD2), or a reference that may write
# it, is rendered without marks: its own characters must not be taken for them (nor dropped).
# The marks are looked for with substring tests and the references with a pattern opening
# with "&#": each scans the page several times faster than one pattern for both (no literal
# to skip to).
_EDGE_REFERENCE = regex.compile(r"&#(?:0*6497[678]|[xX]0*[fF][dD][dD][012])\b", regex.ASCII)
_PLAIN_TEXT_OF = _stylesheet(spaced_cr=True, marked=False)
# Where two words meet at the edge of a marked element with no space between, a space is
# read: two links side by side ("Adobe|adobe flash"), or a word of two letters or more, a
# number, or a word's closing mark, before a capital ("Video|The man", "5|When", "rain.|The
# river": an empty span set for a line break), and a word before a number ("Ann Lee|2": a
# count of comments, a note's mark). A capital after one letter is a drop cap's word
# ("T|HE"), a small letter a word's end ("GPU|s"). Scripts written without
# spaces (Chinese, Japanese, Thai) and Korean are left as they are.
_UNSPACED = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Hangul}"
_SPACED = rf"[[\p{{L}}\p{{N}}]--[{_UNSPACED}]]"
_SPACED_LETTER = rf"[\p{{L}}--[{_UNSPACED}]]"
_EDGES_APART = regex.compile(
    rf"(?<={_SPACED}{{2}}){_EDGE}{{2,}}(?={_SPACED}{{2}})"
    rf"|(?:(?<={_SPACED}{{2}})|(?<=\p{{N}})|(?<={_SPACED}[.!?:;,])){_EDGE}+(?=\p{{Lu}})"
    rf"|(?<={_SPACED_LETTER}{{2}}){_EDGE}+(?=\p{{N}})",
    regex.V1,
)
_XML_DECLARATION = regex.compile(r"\A\s*<\?xml[^>]*>", regex.IGNORECASE)
_SURROGATE = regex.compile(r"[\ud800-\udfff]")
_SPACE = regex.compile(r"[ \t\r\n\f\v]+")
# Whitespace other than one space, CRs (line breaks) aside.
_SPACES = regex.compile(r"[ \t\n\f\v]{2,}|[\t\n\f\v]")
# Two line breaks or more in a row, in text rendered without marks.
_BLANKS = regex.compile(r"\r{2,}")


def _title(root: lxml.etree._Element) -> str:
    # Look in <head> first: lxml looks ahead for the next match of iter(), so even the first
    # <title> of a page costs a walk over all of it.
    first = root.find("*")
    for scope in (first, root) if first is not None and first.tag == "head" else (root,):
        for element in scope.iter("title"):
            parent = element.getparent()
            if parent is not None and parent.tag == "svg":
                continue
            text = _SPACE.sub(" ", "".join(element.itertext())).strip()
            if text:
                return text
    return ""


# A <noscript> tag, opening or closing.
_NOSCRIPT_TAG = regex.compile(r"<(/?)noscript\b[^>]*>", regex.IGNORECASE)


def _without_noscript(html: str) -> str:
    """*html* without its ``<noscript>`` elements, cut from each start tag to the next end
    tag as a browser that runs scripts reads them (their content is raw text there): the
    parser would read the markup inside, and an element left open in it ("<noscript><div
    id=x></noscript>") would take the rest of the page into the dropped element."""
    kept: list[str] = []
    pos = 0
    start: int | None = None
    for tag in _NOSCRIPT_TAG.finditer(html):
        closing = bool(tag.group(1))
        if start is None and not closing:
            kept.append(html[pos : tag.start()])
            start = tag.start()
        elif start is not None and closing:
            pos, start = tag.end(), None
    if start is not None:
        return html  # a start tag without an end tag: the parser's reading is kept
    kept.append(html[pos:])
    return "".join(kept)


def render_html(html: str) -> str:
    """Render *html* as plain text; return ``""`` when it holds no text at all."""
    if html.lstrip()[:5].lower() == "<?xml":
        html = _XML_DECLARATION.sub("", html, count=1)
    html = _without_noscript(html)
    marked = (
        _EDGE not in html
        and _PARAGRAPH_EDGE not in html
        and _BREAK not in html
        and _EDGE_REFERENCE.search(html) is None
    )
    try:
        data = html.encode()
    except UnicodeEncodeError:
        # A lone surrogate (possible in a str) has no UTF-8 form, and the parser would stop at
        # it and drop the rest of the page: mark it instead.
        data = _SURROGATE.sub("\ufffd", html).encode()
    parser = lxml.etree.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, collect_ids=False
    )
    try:
        root = lxml.etree.fromstring(data, parser)
        if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
            # The parser gave up (elements nested hundreds deep, as unclosed tags make
            # them) and kept nothing past that point: read the page token by token instead.
            return _tidy(*_tokens_text(html, marked=marked), marked=marked)
        if root is None:
            return ""
        title = _title(root)
        if marked:
            transform = _TEXT_WITH_CR_OF if _CR_REFERENCE.search(data) else _TEXT_OF
            text = _apart(str(transform(root)))
        else:
            text = str(_PLAIN_TEXT_OF(root))
    except (lxml.etree.LxmlError, ValueError):
        return _tidy(*_tokens_text(html, marked=marked), marked=marked)
    return _tidy(title, text, marked=marked)


def _apart(text: str) -> str:
    """*text* with a space where two words meet at marked edges (see _EDGES_APART), and
    the marks dropped."""
    return _EDGES_APART.sub(" ", text).replace(_EDGE, "")


def _tidy(title: str, text: str, *, marked: bool) -> str:
    """The rendered page: *title* first, then *text*'s lines (a CR at each block edge and,
    if *marked*, paragraph edges and line breaks marked, see _BREAKS)."""
    # Strip the lines first: most whitespace in the text stands between block elements.
    text = "\r".join(map(str.strip, text.split("\r")))
    text = _SPACES.sub(" ", text)
    text = _BREAKS.sub(_line_breaks, text) if marked else _BLANKS.sub("\n\n", text)
    text = text.replace("\r", "\n").strip()
    if title:
        text = f"{title}\n\n{text}" if text else title
    return text + "\n" if text else ""


def _line_breaks(match: regex.Match[str]) -> str:
    """A blank line for a run of breaks holding a paragraph edge or two <br>s, else one
    line break."""
    run = match.group()
    return "\n\n" if _PARAGRAPH_EDGE in run or run.count(_BREAK) > 1 else "\n"


# A tag, a comment, a doctype or a processing instruction, for the reader of last resort.
_TOKEN = regex.compile(
    r"<(/?)([A-Za-z][A-Za-z0-9:-]*)(\s[^<>]*)?/?>|<!--.*?(?:-->|\Z)|<[!?][^<>]*>", regex.DOTALL
)


def _skipped(name: str, attributes: str | None) -> bool:
    """Whether the start tag of element *name* with *attributes* opens content the reader
    of last resort skips up to its end tag: a dropped element, or one with the hidden
    attribute (not the page itself). An element without an end tag skips nothing: reading
    on to an end tag that never comes would drop the rest of the page."""
    if name in _VOID:
        return False
    if name in _DROP:
        return name != "head"
    if name in ("html", "body"):
        return False
    match = _HIDDEN_ATTRIBUTE.search(attributes or "")
    if match is None:
        return False
    value = next((g for g in match.groups() if g is not None), "")
    return value.strip().lower() != "until-found"


def _tokens_text(html: str, *, marked: bool) -> tuple[str, str]:
    """(title, text) of a page the parser cannot read, from its tags and text in order: the
    same blocks, dropped and hidden elements and (if *marked*) spaces at the edges of links
    and spans as the transformation, without a tree."""
    title = ""
    parts: list[str] = []
    dropped: str | None = None  # the element whose content is being skipped
    in_title = False
    bracketed = False  # whether the <ruby> being read has brackets (<rp>) so far
    pos = 0
    for match in _TOKEN.finditer(html):
        if dropped is None and match.start() > pos:
            piece = html_module.unescape(html[pos : match.start()]).replace("\r", " ")
            if in_title:
                title += piece
            else:
                parts.append(piece)
        pos = match.end()
        name = match.group(2)
        if name is None:
            continue  # a comment, a doctype
        name = name.lower()
        closing = match.group(1) == "/"
        if dropped is not None:
            if closing and name == dropped:
                dropped = None
            continue
        if name == "title":
            in_title = not closing
        elif name in ("ruby", "rp"):
            bracketed = name == "rp"  # pages put the first bracket before the reading
        elif not closing and (_skipped(name, match.group(3)) or (name == "rt" and not bracketed)):
            dropped = name
        elif name in _PARAGRAPH:
            parts.append(f"\r{_PARAGRAPH_EDGE}\r" if marked else "\r\r")
        elif name == "br":
            parts.append(f"\r{_BREAK}\r" if marked else "\r")
        elif name in _LINE:
            parts.append("\r")
        elif name in _CELL:
            parts.append(" ")
        elif marked and name in _MARKED:
            parts.append(_EDGE)
    if dropped is None and pos < len(html):
        parts.append(html_module.unescape(html[pos:]).replace("\r", " "))
    text = "".join(parts)
    return _SPACE.sub(" ", title).strip(), _apart(text) if marked else text
