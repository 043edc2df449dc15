"""Reading the evaluation corpora: pages, their ground truth and the hand labels."""

from __future__ import annotations

import gzip
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "Labels",
    "Page",
    "default_corpora_root",
    "find_corpora",
    "load_corpus",
    "load_labels",
    "quick_sample",
]


def default_corpora_root() -> Path:
    """``$NEWSPARSE_SHARED/corpora``, else ``../shared/corpora`` next to the repository."""
    shared = os.environ.get("NEWSPARSE_SHARED")
    if shared:
        return Path(shared) / "corpora"
    return Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora"


def find_corpora(root: Path) -> list[Path]:
    """Every folder under *root* that holds a ``manifest.jsonl``, sorted by name."""
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if (p / "manifest.jsonl").is_file())


@dataclass(frozen=True, slots=True)
class Labels:
    """Hand labels of one page: pull-quote texts and footer items as ``(kind, text)``."""

    pull_quotes: tuple[str, ...]
    footer: tuple[tuple[str, str], ...]
    footer_complete: bool


@dataclass(slots=True)
class Page:
    """One page of a corpus: where its files are and what its truth says."""

    corpus: str
    id: str
    lang: str | None
    url: str | None
    folder: Path
    html_path: str
    text_path: str
    html_encoding: str | None
    truth: dict[str, Any]
    labels: Labels | None = None
    _text: str | None = field(default=None, repr=False)
    _html: bytes | None = field(default=None, repr=False)

    @property
    def key(self) -> str:
        """``corpus/id``: unique across corpora."""
        return f"{self.corpus}/{self.id}"

    def text(self) -> str:
        """The page's plain-text rendering (``pages/<id>.txt``), read once."""
        if self._text is None:
            self._text = (self.folder / self.text_path).read_text(encoding="utf-8")
        return self._text

    def html_bytes(self) -> bytes:
        """The page's HTML, as published (bytes), read once."""
        if self._html is None:
            with gzip.open(self.folder / self.html_path) as fh:
                self._html = fh.read()
        return self._html

    def html_str(self) -> str:
        """The HTML decoded with the encoding the corpus records for it (for the peers)."""
        encoding = (self.html_encoding or "utf-8").split()[0].strip(" ;,()")
        try:
            return self.html_bytes().decode(encoding, errors="replace")
        except LookupError:
            return self.html_bytes().decode("utf-8", errors="replace")

    def drop_cache(self) -> None:
        """Forget the file contents read so far (to keep memory flat over a long run)."""
        self._text = None
        self._html = None


def load_labels(root: Path) -> dict[str, Labels]:
    """The hand labels of ``labels/segments.jsonl`` under *root*, by page key (empty if absent)."""
    path = root / "labels" / "segments.jsonl"
    if not path.is_file():
        return {}
    labels: dict[str, Labels] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            labels[f"{row['corpus']}/{row['id']}"] = Labels(
                pull_quotes=tuple(row.get("pull_quotes") or ()),
                footer=tuple((f["kind"], f["text"]) for f in row.get("footer") or ()),
                footer_complete=bool(row.get("footer_complete")),
            )
    return labels


def load_corpus(folder: Path, labels: dict[str, Labels] | None = None) -> list[Page]:
    """Every page of the corpus in *folder*, in manifest order, with its labels attached."""
    pages = []
    with (folder / "manifest.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            page = Page(
                corpus=row.get("corpus") or folder.name,
                id=row["id"],
                lang=row.get("lang"),
                url=row.get("url"),
                folder=folder,
                html_path=row["html"],
                text_path=row["text"],
                html_encoding=row.get("html_encoding"),
                truth=row.get("truth") or {},
            )
            if labels:
                page.labels = labels.get(page.key)
            pages.append(page)
    return pages


def quick_sample(pages: list[Page], per_corpus: int) -> list[Page]:
    """A small fixed sample: the first *per_corpus* pages of each corpus in id order, plus
    up to two hand-labelled pages per corpus (complete footer and pull-quotes first) so the
    segment metrics have pages to score.
    """
    by_corpus: dict[str, list[Page]] = {}
    for page in pages:
        by_corpus.setdefault(page.corpus, []).append(page)
    sample: list[Page] = []
    for corpus_pages in by_corpus.values():
        ordered = sorted(corpus_pages, key=lambda p: p.id)
        chosen = ordered[:per_corpus]
        keys = {p.key for p in chosen}
        labelled = [
            (not p.labels.footer_complete, not p.labels.pull_quotes, p.id, p)
            for p in ordered
            if p.labels is not None and p.key not in keys
        ]
        chosen += [item[-1] for item in sorted(labelled, key=lambda item: item[:3])[:2]]
        sample.extend(chosen)
    return sample
