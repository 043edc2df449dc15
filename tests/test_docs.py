"""The documentation builds without warnings and every example in it runs and passes."""

from __future__ import annotations

import doctest
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

import newsparse

DOCS = Path(__file__).resolve().parents[1] / "docs"
PAGES = sorted(p for p in DOCS.rglob("*.rst") if "_build" not in p.parts)

needs_sphinx = pytest.mark.skipif(
    importlib.util.find_spec("sphinx") is None, reason="sphinx is not installed (docs extra)"
)


def _sphinx(builder: str, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-W",
            "--keep-going",
            "-q",
            "-b",
            builder,
            str(DOCS),
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )


@needs_sphinx
def test_html_build_is_clean(tmp_path: Path) -> None:
    """sphinx-build -W -b html succeeds: no warning, no broken cross-reference."""
    result = _sphinx("html", tmp_path / "html")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "html" / "reference" / "api.html").is_file()


@needs_sphinx
def test_doctest_build_passes(tmp_path: Path) -> None:
    """sphinx-build -b doctest runs the examples of the pages and of the API docstrings."""
    result = _sphinx("doctest", tmp_path / "doctest")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(DOCS)) for p in PAGES])
def test_page_examples_run_on_their_own(page: Path) -> None:
    """Each page's examples pass with the plain doctest runner, without any hidden setup."""
    failures, _tried = doctest.testfile(
        str(page), module_relative=False, optionflags=doctest.ELLIPSIS, verbose=False
    )
    assert failures == 0


def test_every_public_name_is_in_the_api_reference() -> None:
    """reference/api.rst has an entry for each name of newsparse.__all__."""
    text = (DOCS / "reference" / "api.rst").read_text(encoding="utf-8")
    missing = [name for name in newsparse.__all__ if f":: {name}\n" not in text]
    assert missing == []


def test_command_line_example_shows_the_real_output() -> None:
    """The JSON the tutorial shows for the command is what `python -m newsparse` prints."""
    examples = DOCS / "_examples"
    result = subprocess.run(
        [sys.executable, "-m", "newsparse", str(examples / "rain.txt")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    expected = (examples / "rain.json").read_text(encoding="utf-8")
    assert result.stdout == expected, (
        "docs/_examples/rain.json is out of date; regenerate it with "
        "`python -m newsparse docs/_examples/rain.txt > docs/_examples/rain.json`"
    )
