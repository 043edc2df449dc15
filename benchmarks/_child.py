"""Work run in a child process: peak memory of one system, and time against page size.

Run by :mod:`benchmarks.run` as ``python -m benchmarks._child rss|scale ...``; each child
prints JSON lines on stdout. A fresh process per measurement keeps one system's imports and
caches from counting against another's memory.
"""

from __future__ import annotations

import argparse
import html
import json
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.corpora import Page, load_corpus
from benchmarks.systems import load_system

__all__ = ["build_html", "build_text", "main", "paragraph_pool"]


def _status_mb(field: str) -> float | None:
    """A memory field of ``/proc/self/status`` in MB (``None`` where there is no procfs)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _rss_now_mb() -> float | None:
    return _status_mb("VmRSS")


def _peak_rss_mb() -> float:
    """Peak resident set size of this process.

    ``VmHWM`` is reset by ``exec``, unlike ``getrusage``'s ``ru_maxrss``, which a child
    started with fork and exec inherits from its parent; ``ru_maxrss`` is the fallback off Linux.
    """
    hwm = _status_mb("VmHWM")
    if hwm is not None:
        return hwm
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _emit(record: dict[str, Any]) -> None:
    print(json.dumps(record), flush=True)


def _rss(system_name: str, page_list: Path) -> None:
    wanted = json.loads(page_list.read_text(encoding="utf-8"))
    by_folder: dict[str, set[str]] = {}
    for folder, page_id in wanted:
        by_folder.setdefault(folder, set()).add(page_id)
    pages = [
        p for folder, ids in by_folder.items() for p in load_corpus(Path(folder)) if p.id in ids
    ]
    start = _rss_now_mb()
    system = load_system(system_name)
    imported = _rss_now_mb()
    failures = 0
    for page in pages:
        source = system.prepare(page)
        try:
            system.run(source, page)
        except Exception:
            failures += 1
        page.drop_cache()
    _emit(
        {
            "system": system_name,
            "pages": len(pages),
            "failures": failures,
            "start_mb": start,
            "after_import_mb": imported,
            "peak_mb": _peak_rss_mb(),
        }
    )


def paragraph_pool(folders: list[Path], limit: int = 400) -> tuple[str, list[str]]:
    """Real paragraphs (>= 80 characters) of the true bodies of the corpora, in a fixed
    order, English pages first, and a real title to head the synthetic pages.
    """
    pages: list[Page] = []
    for folder in folders:
        pages.extend(load_corpus(folder))
    pages.sort(key=lambda p: (p.lang != "en", p.corpus, p.id))
    title, pool = "", list[str]()
    for page in pages:
        body = page.truth.get("body")
        if not isinstance(body, str):
            continue
        if not title and isinstance(page.truth.get("title"), str):
            title = page.truth["title"]
        pool.extend(p.strip() for p in body.split("\n\n") if len(p.strip()) >= 80)
        if len(pool) >= limit:
            break
    return title or "A synthetic article", pool


def build_text(title: str, pool: list[str], size: int) -> str:
    """A plain-text page of about *size* UTF-8 bytes: title line, a menu line, paragraphs
    taken from *pool* in turn (repeating it as needed), and a share line.
    """
    parts = [f"{title} | The Daily Example", "Home News World Sport Culture"]
    used = sum(len(p.encode()) + 2 for p in parts)
    i = 0
    while used < size or i == 0:
        para = pool[i % len(pool)]
        parts.append(para)
        used += len(para.encode()) + 2
        i += 1
    parts.append("Share this article")
    return "\n\n".join(parts) + "\n"


def build_html(title: str, pool: list[str], size: int) -> bytes:
    """An HTML page of about *size* bytes with the same parts as :func:`build_text`."""
    head = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)} | The Daily Example</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/world">World</a></nav>'
        f"<article><h1>{html.escape(title)}</h1>\n"
    )
    tail = '</article><footer><a href="/share">Share this article</a></footer></body></html>\n'
    chunks = [head]
    used = len(head.encode()) + len(tail)
    i = 0
    while used < size or i == 0:
        chunk = f"<p>{html.escape(pool[i % len(pool)])}</p>\n"
        chunks.append(chunk)
        used += len(chunk.encode())
        i += 1
    chunks.append(tail)
    return "".join(chunks).encode()


def _scale(
    system_names: list[str], folders: list[Path], sizes: list[int], call_budget: float
) -> None:
    title, pool = paragraph_pool(folders)
    systems = [load_system(name) for name in system_names]
    dummy = Page("synthetic", "synthetic", "en", None, Path(), "", "", "utf-8", {})
    active = {s.name for s in systems}
    warm: set[str] = set()
    for size in sizes:
        text = build_text(title, pool, size)
        page_html = build_html(title, pool, size)
        for system in systems:
            if system.name not in active:
                continue
            if system.input == "text":
                source: Any = text
            elif system.input == "html":
                source = page_html
            else:
                source = page_html.decode()
            if system.name not in warm:  # first call fills lazy caches: not timed
                system.run(source, dummy)
                warm.add(system.name)
            times: list[float] = []
            spent = 0.0
            while not times or (spent < 1.0 and len(times) < 30):
                t0 = time.perf_counter()
                system.run(source, dummy)
                elapsed = time.perf_counter() - t0
                times.append(elapsed)
                spent += elapsed
            if spent > call_budget:
                active.discard(system.name)
            _emit(
                {
                    "system": system.name,
                    "size": size,
                    "bytes": len(source.encode()) if isinstance(source, str) else len(source),
                    "runs": len(times),
                    "seconds": statistics.median(times),
                    "min_seconds": min(times),
                }
            )


def main(argv: list[str] | None = None) -> int:
    """Entry point of the child process."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks._child")
    sub = parser.add_subparsers(dest="command", required=True)
    rss = sub.add_parser("rss")
    rss.add_argument("--system", required=True)
    rss.add_argument("--pages", type=Path, required=True)
    scale = sub.add_parser("scale")
    scale.add_argument("--systems", required=True)
    scale.add_argument("--corpora", nargs="+", type=Path, required=True)
    scale.add_argument("--sizes", required=True)
    scale.add_argument("--call-budget", type=float, default=60.0)
    args = parser.parse_args(argv)
    if args.command == "rss":
        _rss(args.system, args.pages)
    else:
        _scale(
            args.systems.split(","),
            args.corpora,
            [int(s) for s in args.sizes.split(",")],
            args.call_budget,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
