"""Bytes to text: BOM, declared charset, UTF-8, then the stated fallback; never raises."""

from __future__ import annotations

import codecs

import regex

__all__ = ["decode_bytes"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# <meta charset="x">, <meta http-equiv="Content-Type" content="text/html; charset=x">,
# <?xml encoding="x"?>, a "Content-Type: text/html; charset=x" header line left before the
# page: looked for in the first bytes only, as browsers do, and there only: the charset of
# a <script> or a link ("<script src=… charset=utf-8>") says how that file is written, not
# the page.
_DECLARED = regex.compile(
    rb"""(?:<meta\b[^<>]*?\bcharset|<\?xml\b[^<>]*?\bencoding"""
    rb"""|\bcontent-type:[^<>\r\n]*?\bcharset)"""
    rb"""\s*=\s*["']?\s*([A-Za-z0-9][A-Za-z0-9._:-]{0,39})""",
    regex.IGNORECASE,
)
_PRESCAN_BYTES = 4096

# Labels that browsers read as another encoding (WHATWG Encoding Standard).
_BROWSER_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-sjis": "shift_jis",
}


# Python codecs that are text encodings in name only: they transform escapes or labels, or
# refuse every input. A page declaring one of them is read as if it declared nothing.
_NOT_PAGE_ENCODINGS = frozenset(
    {"idna", "punycode", "undefined", "unicode-escape", "raw-unicode-escape", "utf-7"}
)


def _declared_encoding(data: bytes) -> str | None:
    match = _DECLARED.search(data[:_PRESCAN_BYTES])
    if match is None:
        return None
    label = match.group(1).decode("ascii").lower()
    label = _BROWSER_ALIASES.get(label, label)
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    name = info.name
    if not info._is_text_encoding or name in _NOT_PAGE_ENCODINGS:
        return None  # "base64", "rot13", "punycode"...: codecs, but no page is written in them
    # A page cannot declare itself UTF-16 in ASCII-compatible bytes; browsers read UTF-8.
    return "utf-8" if name.startswith("utf-16") else name


def decode_bytes(data: bytes, *, fallback: str) -> tuple[str, str]:
    """Decode *data* and return ``(text, encoding used)``.

    Order: a byte-order mark, then UTF-8 when the bytes beyond ASCII all read as UTF-8, then
    a charset declared in the first 4 KB, then strict UTF-8, then *fallback*. Bytes the
    chosen encoding cannot read become U+FFFD, so no text is dropped without a trace.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace"), name
    declared = _declared_encoding(data)
    if declared is not None and declared != "utf-8":
        if not data.isascii():
            # Letters beyond ASCII that all read as UTF-8 are UTF-8, whatever the page
            # declares: a page saved or passed on as UTF-8 keeps the charset of its first
            # publication ("iso-8859-1" over "Ã©" for "é"), and text in another encoding
            # with such letters is almost never valid UTF-8 as well.
            try:
                return data.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                pass
        try:
            return data.decode(declared), declared
        except UnicodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared is not None:
        return data.decode(declared, errors="replace"), declared
    try:
        return data.decode(fallback, errors="replace"), fallback
    except (LookupError, UnicodeError):
        # A fallback that is no text encoding at all: keep every character readable.
        return data.decode("utf-8", errors="replace"), "utf-8"
