"""Footer rule: navigation after the article (and related boxes inside it) as NavItems.

The footer zone runs from the end of the article region to the start of the site-wide
footer (the first paragraph group holding a copyright line or several menu, legal or
cookie lines), which is not labelled. Inside the zone every line is read in order. A
line that announces a kind (by the lexicon's phrases) becomes an item of that kind and
opens a section: the lines after it (the titles, kickers and dates of a related list,
the fields of a comment form, the text of a newsletter box) become items of the same
kind until the next announcing line or a line of boilerplate. "previous" and "next"
take the title that follows them as their target, and related items their own line.
Lists take section words and repeated kickers over their entries, and end at a run of
menu-short lines or at a line naming the site. Readers' comments (from a line naming a
date under a comments heading) are passed over, and a long run of lines with no
navigation at all (a paywall, an advert wall) ends the zone.
"""

from __future__ import annotations

import attrs
import regex

from newsparse._features import plain_heading
from newsparse._model import NavKind, SegmentKind
from newsparse._page import Page
from newsparse._rules.phrases import (
    SIGN_UP_WORDS,
    boilerplate_rule,
    call_kind,
    line_items,
    nav_hit,
    sign_up_call,
)

__all__ = ["find_footer"]

_TARGET_KINDS = frozenset({NavKind.PREVIOUS, NavKind.NEXT, NavKind.RELATED})
_MAX_ITEM_LENGTH = 400
_MAX_TEASER_LENGTH = 600  # the teaser of a related or "more" entry
_MENU_WORDS = 3  # a run of lines this short after a list's entries is a menu...
_MENU_RUN = 3  # ...when this many come in a row
_MIN_TITLE_CHARS = 8
_MAX_TITLE_CHARS = 300
_TARGET_LOOKAHEAD = 3
_INNER_RELATED_ITEMS = 3
_LIST_COLONS = (":", "：")  # what ends a heading set over the list of titles under it
_OWN_RIGHTS_LINES = 2  # a copyright line this close to the article's end is its own
_SITE_FOOTER_LINES = 2  # menu, legal or cookie lines that make a paragraph group the site footer
_MAX_SHARE_ITEM_WORDS = 4  # a share bar goes on over short lines only ("Other", "Close")
_MAX_FIELD_WORDS = 2  # "E-mail" in a comment or newsletter form is a field, not a share button
# How many lines a box of each kind runs on after its last announcing line (lists run on).
_BOX_LINES = {
    NavKind.SHARE: 3,
    NavKind.COMMENTS: 6,  # a sign-in form: prompt, two fields, button, two account links
    NavKind.SUBSCRIBE: 6,
    NavKind.OTHER: 3,
    NavKind.PREVIOUS: 4,
    NavKind.NEXT: 4,
}
_LISTS = frozenset({NavKind.MORE, NavKind.RELATED})  # kickers repeat in lists ("Sport")
_KICKER_RULES = frozenset({"boilerplate.repeated", "boilerplate.menu"})
# Lines in a row without navigation that end the footer zone (a paywall, an advert wall).
_MAX_QUIET_LINES = 10
_FORMS = frozenset({NavKind.COMMENTS, NavKind.SUBSCRIBE})
_APPEAL_LINES = 4  # lines of a donation appeal over its button: heading, text, account
_APPEAL_WORDS = 80  # words of a line of such an appeal at the most (a short paragraph)
_ENTRY_REST_WORDS = 3  # words after a list entry's one-word kicker ("Comment: why ...")
_CLOCK = regex.compile(r"(?<!\d)(?:[01]?\d|2[0-3])[:h][0-5]\d(?!\d)")  # "11:30", "08h07"
_RANK = regex.compile(r"\A(\d{1,2})(?:\s|[.)]|\Z)")


def _title_like(page: Page, index: int) -> bool:
    features = page.features[index]
    return (
        page.free(index)
        and _MIN_TITLE_CHARS <= features.length <= _MAX_TITLE_CHARS
        and nav_hit(page, index) is None
        and boilerplate_rule(page, index) is None
    )


def _take_target(page: Page, index: int, kind: NavKind, end: int) -> str | None:
    """Label the title line that follows a "previous"/"next" label and return it."""
    for j in range(index + 1, min(end, index + 1 + _TARGET_LOOKAHEAD)):
        if _title_like(page, j):
            title = plain_heading(page.blocks[j].text) or None
            page.set(j, SegmentKind.FOOTER, f"footer.{kind.value}-target", nav=kind, target=title)
            return title
        if not page.free(j) or nav_hit(page, j) is not None:
            return None
    return None


def _label_hit(page: Page, index: int, kind: NavKind, rest: str | None, end: int) -> None:
    target: str | None = None
    if kind in (NavKind.PREVIOUS, NavKind.NEXT):
        target = rest or _take_target(page, index, kind, end)
    elif kind is NavKind.RELATED:
        target = rest
    page.set(index, SegmentKind.FOOTER, f"footer.{kind.value}", nav=kind, target=target)


def _inner_related(page: Page) -> None:
    """Related boxes between the article's paragraphs ("Read also: <title>"), and boxes of
    other stories under a heading that is only a "more" phrase ("Most read", "Latest
    news"), with the few titles under them. A heading that ends in a colon ("Read more about
    the market here:") names no title after its phrase: the titles stand under it."""
    for i in range(page.body_start, page.body_end):
        if not page.free(i):
            continue
        hit = nav_hit(page, i)
        if hit is None:
            continue
        kind, whole, rest = hit
        if kind is not NavKind.RELATED and not (kind is NavKind.MORE and whole):
            continue
        if rest and page.visible[i].rstrip().endswith(_LIST_COLONS):
            rest = None  # "Read more about X here:": a heading over its titles
        page.set(i, SegmentKind.FOOTER, f"footer.{kind.value}-inline", nav=kind, target=rest)
        if rest:
            continue
        for j in range(i + 1, min(page.body_end, i + 1 + _INNER_RELATED_ITEMS)):
            features = page.features[j]
            sentence = features.sentence_end and features.length >= page.options.min_paragraph_chars
            if not _title_like(page, j) or sentence:
                break
            text = plain_heading(page.blocks[j].text) or None
            page.set(
                j, SegmentKind.FOOTER, f"footer.{kind.value}-inline-item", nav=kind, target=text
            )


def _site_footer_start(page: Page, start: int) -> int:
    """The first block of the site-wide footer after *start* (the number of blocks if none).

    It begins with the first copyright line (unless it closes the article), or with the
    second menu or cookie line of a paragraph group ("Privacy policy", "Contact"), and
    takes in the lines of that group before it back to the last one announcing a kind
    with more than a word or two.
    """
    legal = 0
    for i in range(start, len(page.blocks)):
        if i > start and page.blocks[i].group != page.blocks[i - 1].group:
            legal = 0
        rule = boilerplate_rule(page, i)
        if rule in ("boilerplate.menu", "boilerplate.cookies"):
            legal += 1
        # A rights line right at the article's end ("© Reproduction reserved") is the article's.
        own_rights = i - start < _OWN_RIGHTS_LINES
        if (rule == "boilerplate.copyright" and not own_rights) or legal >= _SITE_FOOTER_LINES:
            first = i
            group = page.blocks[i].group
            while (
                first > start
                and page.blocks[first - 1].group == group
                and _menu_link(page, first - 1)
            ):
                first -= 1
            return first
    return len(page.blocks)


def _menu_link(page: Page, index: int) -> bool:
    """Whether a line can stand in a menu of the site footer: no phrase, or one short
    phrase alone ("Newsletters", "Abonnement") rather than a heading over a list."""
    hit = nav_hit(page, index)
    return hit is None or (hit[1] and page.features[index].words <= _MAX_FIELD_WORDS)


def _network(page: Page, index: int) -> NavKind | None:
    """The kind of a line naming one network or channel alone ("Facebook", "YouTube")."""
    if page.features[index].words > _MAX_FIELD_WORDS:
        return None
    hit = nav_hit(page, index)
    if hit is None or not hit[1] or hit[0] not in (NavKind.SHARE, NavKind.SUBSCRIBE):
        return None
    return hit[0]


def _follow_links(page: Page, index: int) -> bool:
    """Whether a line is one of a list of "follow us" links: a run of lines naming one
    network each, some of them channels one follows but cannot share to (video, audio)."""
    if _network(page, index) is None:
        return False
    kinds: set[NavKind] = set()
    for step in (-1, 1):
        j = index
        while 0 <= j < len(page.blocks) and (kind := _network(page, j)) is not None:
            kinds.add(kind)
            j += step
    return len(kinds) > 1


def _item(page: Page, index: int, section: NavKind) -> bool:
    """Whether a line without phrases of its own goes on the section it stands in."""
    features = page.features[index]
    if features.length > (_MAX_TEASER_LENGTH if section in _LISTS else _MAX_ITEM_LENGTH):
        return False
    if section is NavKind.SHARE:
        return features.words <= _MAX_SHARE_ITEM_WORDS
    if section is NavKind.TAGS:
        return not features.sentence_end  # a tag names a topic; a sentence is no tag
    if section is NavKind.COMMENTS:
        # Readers' comments are not navigation: only short form fields and controls go on.
        return not (features.prose and features.length >= page.options.min_paragraph_chars)
    return True


def _field(page: Page, index: int, section: NavKind | None, hit: tuple[NavKind, bool]) -> bool:
    """Whether a lone share word ("E-mail", "Twitter") is a field of the comment or
    newsletter form around it, or a tab of the list it is printed in, rather than a share
    button of its own (no share line next to it)."""
    kind, whole = hit
    if kind is not NavKind.SHARE or not whole or page.features[index].words > _MAX_FIELD_WORDS:
        return False
    in_list = (
        section in _LISTS and index > 0 and page.blocks[index - 1].group == page.blocks[index].group
    )
    if section not in _FORMS and not in_list:
        return False
    for j in (index - 1, index + 1):
        if 0 <= j < len(page.blocks):
            other = nav_hit(page, j)
            if other is not None and other[0] is NavKind.SHARE:
                return False
    return True


def _rank(page: Page, index: int) -> int | None:
    match = _RANK.match(page.blocks[index].text)
    return int(match.group(1)) if match else None


def _ranked_list(page: Page, index: int, end: int) -> bool:
    """Whether a ranked list starts here: "1 <title>" (or "1" then the title), then "2"."""
    if _rank(page, index) != 1:
        return False
    return any(_rank(page, j) == 2 for j in range(index + 1, min(end, index + 3)))


def _list_kicker(page: Page, index: int, section: NavKind | None, rule: str) -> bool:
    """Whether a menu word or a line seen several times on the page is the kicker of a list
    entry ("Sport" over each title): printed in the same paragraph as the line before it,
    or after an entry that stood in a paragraph of its own, and not over a further menu
    word of its paragraph ("Home", "Topics", "Events": a menu)."""
    if section not in _LISTS or rule not in _KICKER_RULES or index == 0:
        return False
    after = index + 1
    if (
        after < len(page.blocks)
        and page.blocks[after].group == page.blocks[index].group
        and page.features[after].words <= _MENU_WORDS
    ):
        return False  # another menu word under it: the line opens a menu, not an entry
    groups = [b.group for b in page.blocks[max(0, index - 2) : index + 1]]
    return groups[-1] == groups[-2] or len(groups) < 3 or groups[0] != groups[1]


def _site_name(page: Page, index: int, *, any_length: bool = False) -> bool:
    """Whether a line names the site, alone or before a word or two ("<Site> logo"), or
    with *any_length* before anything ("<Site> is the leading daily of ...")."""
    name = page.site_name
    if not name:
        return False
    text = page.blocks[index].text.casefold()
    name = name.casefold()
    return text == name or (
        text.startswith(name + " ")
        and (any_length or page.features[index].words <= _MENU_WORDS + len(name.split()))
    )


def _phrase_in_site_name(page: Page, index: int, ends_section: bool) -> bool:
    """Whether a line opens with the site's name and that name opens with a footer phrase
    (a site called "Latest News"): the line is the site's, not a heading."""
    name = page.site_name
    return (
        ends_section
        and name is not None
        and page.lexicon.nav_any.starts(name) is not None
        and _site_name(page, index, any_length=True)
    )


def _menu_entry(page: Page, index: int, whole: bool) -> bool:
    """Whether a lone phrase ("Topics") is an entry of the site menu it is printed in:
    right under a menu word of the same paragraph ("Home")."""
    if not whole or index == 0 or page.features[index].words > _MAX_FIELD_WORDS:
        return False
    before = index - 1
    return (
        page.blocks[before].group == page.blocks[index].group
        and boilerplate_rule(page, before) == "boilerplate.menu"
    )


def _menu_run(page: Page, index: int, end: int) -> bool:
    """Whether a run of short lines without phrases starts here (a menu after a list)."""
    stop = index + _MENU_RUN
    if stop > end:
        return False
    return all(
        page.free(j) and page.features[j].words <= _MENU_WORDS and nav_hit(page, j) is None
        for j in range(index, stop)
    )


def _reader_comment(page: Page, index: int, section: NavKind | None) -> bool:
    """Whether a line in a comments section heads a reader's comment (a name with a date
    or a time)."""
    if section is not NavKind.COMMENTS:
        return False
    text = page.blocks[index].text
    return _CLOCK.search(text) is not None or page.date_span(index) is not None


def _kicked_entry(
    page: Page, index: int, section: NavKind | None, hit: tuple[NavKind, bool, str | None]
) -> bool:
    """Whether a line of a related or "more" list that opens with a one-word phrase of
    another kind goes on as a headline ("Discussion over the archive's future", "Comment:
    why the park matters"): an entry of the list, not a heading of its own."""
    kind, whole, rest = hit
    if section not in _LISTS or kind in _LISTS or whole or not rest:
        return False
    if ":" in page.visible[index].partition(rest)[0]:
        return False  # "Tags: parks, markets": a label before its own items
    rest_words = len(rest.split())
    return rest_words >= _ENTRY_REST_WORDS and page.features[index].words - rest_words == 1


def _closing_calls(page: Page) -> tuple[NavKind | None, int]:
    """Label the calls that close the article region, after its last paragraph ("Sign up
    for our weekly newsletter about the city", "Donate now with PayPal"), as the items they
    are (subscribe, or other for a donation or "follow us" button), and return the kind of
    the box the last one opens (``None`` if there is none) and the first of them (the end
    of the article region if none). The body rule has kept them out of the article; they
    are the first lines of its footer."""
    start = page.body_end
    while start > page.body_start and page.free(start - 1) and sign_up_call(page, start - 1):
        start -= 1
    kind: NavKind | None = None
    for i in range(start, page.body_end):
        kind = call_kind(page, i)
        if kind is not None:
            page.set(i, SegmentKind.FOOTER, f"footer.{kind.value}-call", nav=kind)
    return kind, start


def _donation_button(page: Page, index: int) -> bool:
    """Whether a line is a donation button or call ("Jetzt spenden", "Donate with PayPal"):
    a call of the other chrome, or a line opening with its phrase, that names giving."""
    if index >= len(page.blocks) or page.features[index].words > SIGN_UP_WORDS:
        return False
    hit = nav_hit(page, index)
    kind = hit[0] if hit is not None else call_kind(page, index)
    return kind is NavKind.OTHER and page.lexicon.donations.search(page.visible[index]) is not None


def _closing_appeal(page: Page, button: int) -> None:
    """Label the donation appeal over a donation button that closes the article region: the
    few lines right above the button that ask for or explain a donation (a heading "We
    need your help!", a sentence or two, the bank account), each naming giving. An
    appeal of the site is no part of the article: it is the other chrome of its footer.
    The article keeps its first line whatever it says."""
    for j in range(button, min(len(page.blocks), button + _APPEAL_LINES)):
        if _donation_button(page, j):
            button = j  # the bank account may stand between the article and the button
            break
        if not _gives(page, j):
            return
    else:
        return
    first = button
    while (
        first - 1 > page.body_start
        and button - (first - 1) <= _APPEAL_LINES
        and _gives(page, first - 1)
    ):
        first -= 1
    for i in range(first, button):
        page.set(i, SegmentKind.FOOTER, "footer.other-appeal", nav=NavKind.OTHER)


def _gives(page: Page, index: int) -> bool:
    """Whether a free line of a few sentences at the most names giving ("Ihre Spende",
    "IBAN ..."): a line of a donation appeal."""
    return (
        page.free(index)
        and page.features[index].words <= _APPEAL_WORDS
        and page.lexicon.donations.search(page.visible[index]) is not None
    )


def find_footer(page: Page) -> None:
    """Label the footer navigation after the article region and related boxes inside it."""
    _inner_related(page)
    end = _site_footer_start(page, page.body_end)
    section, calls = _closing_calls(page)
    _closing_appeal(page, calls)
    left = _BOX_LINES[section] if section is not None else 0  # lines a box may take
    rule = f"{section.value}-item" if section is not None else ""
    quiet = 0  # lines in a row that are neither navigation nor readers' comments
    thread = False  # inside readers' comments: their lines are not items
    entries = False  # whether the list section has taken an entry longer than a menu word
    for i in range(page.body_end, end):
        if not page.free(i):
            continue
        if quiet >= _MAX_QUIET_LINES:
            break
        quiet += 1
        if _follow_links(page, i):
            section = None
            continue
        hit = nav_hit(page, i)
        if hit is None and (call := call_kind(page, i)) is not None:
            hit = call, False, None  # a call to subscribe (or to donate), however long
        elif hit is not None and _kicked_entry(page, i, section, hit):
            hit = None  # "Discussion over the archive's future": an entry of the list
        if hit is not None and _phrase_in_site_name(page, i, entries or section not in _LISTS):
            section = None  # the site's own name holds the phrase ("Latest News is ...")
            continue
        if hit is not None and _menu_entry(page, i, hit[1]):
            section = None
            continue
        if hit is not None and not _field(page, i, section, hit[:2]):
            kind, _whole, rest = hit
            _label_hit(page, i, kind, rest, end)
            section, left, rule = kind, _BOX_LINES.get(kind, len(page.blocks)), f"{kind.value}-item"
            quiet, thread, entries = 0, False, False
            continue
        if thread or _reader_comment(page, i, section):
            # Readers' comments: neither navigation nor anyone's byline.
            page.set(i, SegmentKind.BOILERPLATE, "boilerplate.reader-comment")
            thread, quiet = True, 0
            continue
        boilerplate = boilerplate_rule(page, i) if hit is None else None
        if boilerplate is not None and not _list_kicker(page, i, section, boilerplate):
            section = None
            continue
        if _ranked_list(page, i, end):
            section, left, rule = NavKind.MORE, len(page.blocks), "more-ranked"
        if (
            section is None
            or left <= 0
            or (entries and _menu_run(page, i, end))
            or ((entries or section not in _LISTS) and _site_name(page, i))
        ):
            section = None
            continue
        if not _item(page, i, section):
            if section is not NavKind.COMMENTS:
                section = None
            else:
                quiet = 0
            continue
        left -= 1
        quiet = 0
        entries = entries or (section in _LISTS and page.features[i].words > _MENU_WORDS)
        target = (plain_heading(page.blocks[i].text) or None) if section in _TARGET_KINDS else None
        page.set(i, SegmentKind.FOOTER, f"footer.{rule}", nav=section, target=target)
    _several_items(page)


def _several_items(page: Page) -> None:
    """Give every footer line that holds items of several kinds one item per kind ("Previous
    article: <title> | Next article: <title>"), each with its target."""
    for i, label in enumerate(page.labels):
        if label is None or label.kind is not SegmentKind.FOOTER:
            continue
        items = line_items(page, i)
        if items is not None:
            (kind, target), *more = items
            page.labels[i] = attrs.evolve(label, nav=kind, target=target, more=tuple(more))
