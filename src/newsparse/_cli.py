"""The ``newsparse`` command: parse a page from a file or standard input and print JSON."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from newsparse._api import parse_article
from newsparse._errors import NewsparseError
from newsparse._model import to_json

__all__ = ["main"]

_EXIT_USAGE = 2
_EXIT_FAILED = 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Split a news page (plain text or HTML) into title, byline, body, "
        "pull-quotes and footer navigation; print the article as JSON.",
    )
    parser.add_argument(
        "path", nargs="?", default="-", help="the page to read; '-' or nothing reads standard input"
    )
    parser.add_argument(
        "--format", choices=("auto", "text", "html"), default="auto", dest="input_format"
    )
    parser.add_argument("--language", help="the page's ISO 639-1 language code, to skip detection")
    parser.add_argument("--url", help="the page's address (recorded, never fetched)")
    parser.add_argument("--compact", action="store_true", help="print the JSON on one line")
    parser.add_argument("--source", action="store_true", help="include the source text in the JSON")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return its exit status (0 ok, 1 the page could not be parsed, 2 usage)."""
    args = _parser().parse_args(argv)
    try:
        data = sys.stdin.buffer.read() if args.path == "-" else Path(args.path).read_bytes()
    except OSError as error:
        print(f"newsparse: cannot read {args.path}: {error.strerror or error}", file=sys.stderr)  # noqa: T201
        return _EXIT_USAGE
    try:
        article = parse_article(
            data, url=args.url, language=args.language, input_format=args.input_format
        )
    except NewsparseError as error:
        print(f"newsparse: {error}", file=sys.stderr)  # noqa: T201
        return _EXIT_FAILED
    sys.stdout.write(
        to_json(article, indent=None if args.compact else 2, include_source=args.source)
    )
    sys.stdout.write("\n")
    return 0
