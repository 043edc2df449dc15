"""Caption rule: image captions and credits near or inside the article."""

from __future__ import annotations

import functools

import regex

from newsparse._lexicon import lexicon_for
from newsparse._model import SegmentKind
from newsparse._page import Page
from newsparse._rules.phrases import boilerplate_rule

__all__ = ["caption_patterns", "find_captions", "is_caption", "picture_credit"]

_MAX_CAPTION_LENGTH = 400
_MAX_CREDIT_WORDS = 8
_LONE_CREDIT_WORDS = 16  # words of a picture's credit that stands on its own line
_LOOKBEHIND = 12  # blocks before the article region in which captions are looked for
_LOOKAHEAD = 2  # and after it
_CREDIT_TAIL = 160  # a credit at the end of a caption is looked for in its last characters
_CLOSING_BRACKETS = ")]"  # what a bracketed credit at the end closes with
_CREDIT_SIGNS_BEFORE = ":/"  # what stands between a marker and its credit at the end
_FORBIDDEN_IN_CREDIT = "!?"  # what a credit after a colon or a slash never holds
_MAX_CREDIT_CHARS = 60  # characters of a credit after a colon or a slash (_CREDIT_AT_END)
# "Foto: dpa", "Photo : AFP", "Bild/Keystone", "© Reuters"
_MARKER_THEN_CREDIT = r"\A[\s(\[]*(?:{markers})\s*(?:[:/©|]|\bby\b|\bvon\b|\bde\b)"
# A credit's text holds no full stop, but may hold a dot inside a word ("stockpics.example",
# "CC BY 2.0").
_CREDIT_AT_END = (
    r"(?:[(\[]\s*(?:{markers})\b[^()\[\]]{{0,80}}[)\]]"
    r"|(?:{markers})\s*[:/]\s*(?:[^.!?]|\.(?=\S)){{1,{chars}}})\s*\Z"
)
# A picture in Markdown, with its text: "![The old harbour at dawn](https://…/harbour.jpg)".
_MARKDOWN_IMAGE = regex.compile(r"\A!\[\s*[^\s\[\]][^\[\]]*\]\([^()]*\)\Z")
# "Ann Lee/Getty Images", "STR/AFP via Getty Images": a short credit that ends in an agency.
_AGENCY_AT_END = r"(?:/|\bvia\b)\s*(?:{markers})\s*\Z"


@functools.cache
def caption_patterns(
    codes: tuple[str, ...],
) -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]] | None:
    phrases = lexicon_for(codes).caption_markers.phrases
    if not phrases:
        return None
    alt = "|".join(regex.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return (
        regex.compile(_MARKER_THEN_CREDIT.format(markers=alt), regex.IGNORECASE),
        regex.compile(
            _CREDIT_AT_END.format(markers=alt, chars=_MAX_CREDIT_CHARS), regex.IGNORECASE
        ),
        regex.compile(_AGENCY_AT_END.format(markers=alt), regex.IGNORECASE),
    )


def is_caption(
    page: Page,
    index: int,
    patterns: tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]],
) -> bool:
    """Whether block *index* reads as a caption or a picture credit."""
    features = page.features[index]
    if features.length > _MAX_CAPTION_LENGTH:
        return False
    text = page.blocks[index].text
    start, end, agency = patterns
    if start.match(text):
        return True
    tail = max(0, len(text) - _CREDIT_TAIL)
    # A credit at the end closes with a bracket or follows a colon or slash: most lines
    # have neither there.
    if _may_end_in_credit(text, tail):
        credit = end.search(text, tail)
        if credit is not None and not _bracketed_byline(page, index, credit.group()):
            return True
    # A short credit line without a sentence: "Generated with DALL·E 3", "Getty Images",
    # "Ann Lee/Getty Images".
    return (
        features.words <= _MAX_CREDIT_WORDS
        and not features.sentence_end
        and (
            page.lexicon.caption_markers.starts(text) is not None
            or (
                agency.search(text, tail) is not None
                and page.lexicon.byline_prefixes.starts(text) is None  # "Von: det/dpa"
            )
        )
    )


def _may_end_in_credit(text: str, tail: int) -> bool:
    """Whether the pattern of a credit at the end (_CREDIT_AT_END) may match in *text* from
    *tail*: ``False`` only where it cannot, so most lines are given up before it is tried.
    A credit in brackets closes the line, give or take spaces; a credit after a colon or a
    slash is all that follows it, so the last colon or slash of the line is followed by no
    "!" or "?" and by no more characters than a credit holds, spaces aside (the pattern's
    spaces are spaces to :meth:`str.isspace` as well)."""
    if text.rstrip()[-1:] in _CLOSING_BRACKETS:
        return True
    sign = max(text.rfind(c, tail) for c in _CREDIT_SIGNS_BEFORE)
    if sign < 0:
        return False
    after = text[sign + 1 :]
    return (
        not any(c in after for c in _FORBIDDEN_IN_CREDIT)
        and len("".join(after.split())) <= _MAX_CREDIT_CHARS
    )


def picture_credit(page: Page, index: int) -> bool:
    """Whether a line is a picture's credit on its own: a caption marker or a copyright
    notice, and a few words ("Photo: Jane Roe", "© Agency / All rights reserved")."""
    if index >= len(page.blocks) or page.features[index].words > _LONE_CREDIT_WORDS:
        return False
    if page.lexicon.caption_markers.search(page.blocks[index].text):
        return True
    return boilerplate_rule(page, index) == "boilerplate.copyright"


def _bracketed_byline(page: Page, index: int, credit: str) -> bool:
    """Whether a credit in brackets at the end of a short line that opens with a byline
    prefix names the agency of a byline ("By Ann Lee (Reuters)"), not a picture's source."""
    return (
        credit.lstrip()[:1] in "(["
        and page.features[index].words <= _MAX_CREDIT_WORDS
        and page.lexicon.byline_prefixes.starts(page.blocks[index].text) is not None
    )


def find_captions(page: Page) -> None:
    """Label captions from a little before the article region to its end."""
    patterns = caption_patterns(page.lexicon.codes)
    if patterns is None:
        return
    first = max(0, page.body_start - _LOOKBEHIND)
    if page.title_blocks:
        first = max(first, min(page.title_blocks) + 1)
    button = False  # the line before is a picture's button ("Enlarge image", "Image")
    for i in range(first, min(len(page.blocks), page.body_end + _LOOKAHEAD)):
        if not page.free(i):
            button = False
            continue
        text = page.blocks[i].text
        if text.startswith("![") and _MARKDOWN_IMAGE.match(text):
            page.set(i, SegmentKind.CAPTION, "caption.image")
        elif is_caption(page, i, patterns):
            page.set(i, SegmentKind.CAPTION, "caption.marker")
            features = page.features[i]
            button = (
                features.words <= _BUTTON_WORDS
                and not features.sentence_end
                and patterns[0].match(text) is None  # "Photo: Reuters" is a credit
            )
            continue
        elif button and _credit_tail(page, i):
            page.set(i, SegmentKind.CAPTION, "caption.under-button")
        button = False


_BUTTON_WORDS = 3  # words of a picture's button: "Image", "Bild vergrößern", "이미지 확대보기"
_TAIL_WORDS = 3  # words of a bare credit after a caption's last sentence: "Reuters"
_TAIL_CHARS = 24  # and its characters at the most
_SAYS_WORDS = 4  # words before the credit at the least: a sentence, not an abbreviation
# The end of a sentence, with the quote marks or brackets that close it, and the space
# after it.
_SENTENCE_BREAK = regex.compile(r"[.!?。！？][\"”’»)）]*\s+")


def _credit_tail(page: Page, index: int) -> bool:
    """Whether a line under a picture's button reads as its caption: sentences that say
    what the picture shows, then a credit that is no sentence ("... at the harbour on
    Monday. Reuters", "... 있다. 연합뉴스"): a few words, or a caption marker and its
    credit ("... Credit Ann Lee/Harbour Times"). The article's paragraphs end with a
    sentence."""
    if page.features[index].length > _MAX_CAPTION_LENGTH or index in page.wrapped:
        return False  # a wrapped paragraph's line may break after a sentence's first words
    text = page.blocks[index].text.rstrip()
    breaks = list(_SENTENCE_BREAK.finditer(text))  # a short line: a few at the most
    if not breaks:
        return False
    last = breaks[-1]
    tail = text[last.end() :]
    if not tail or tail[-1] in _TAIL_ENDS or len(text[: last.start()].split()) < _SAYS_WORDS:
        return False  # "Ann vs. the council", "Fest zum Hl. Martin": a heading
    words = len(tail.split())
    if words <= _TAIL_WORDS and len(tail) <= _TAIL_CHARS:
        return True
    return words <= _MAX_CREDIT_WORDS and page.lexicon.caption_markers.starts(tail) is not None


_TAIL_ENDS = frozenset('.!?。！？:;,…"”’»')  # what no credit ends with
