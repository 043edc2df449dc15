"""The benchmark's command line: run every system over the corpora and write the report."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.accuracy import PageScore, score_page, summarise
from benchmarks.corpora import (
    Page,
    default_corpora_root,
    find_corpora,
    load_corpus,
    load_labels,
    quick_sample,
)
from benchmarks.report import (
    build_tables,
    draw_charts,
    render_docs_page,
    render_markdown,
    render_rst,
)
from benchmarks.stages import stage_times
from benchmarks.systems import ALL_SYSTEMS, Extraction, System, load_system, system_version

__all__ = ["main"]

REPO = Path(__file__).resolve().parents[1]
QUICK_PAGES_PER_CORPUS = 6
FULL_SIZES = (1_000, 3_000, 10_000, 30_000, 100_000, 300_000, 1_000_000, 3_000_000, 10_000_000)
QUICK_SIZES = (1_000, 10_000, 100_000)
SCALING_SYSTEMS = ("newsparse-text", "newsparse-html", "trafilatura")


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Accuracy, speed and memory of newsparse against its peers and baselines.",
    )
    parser.add_argument(
        "corpora",
        nargs="*",
        type=Path,
        help="corpus folders (each with a manifest.jsonl), or a folder of them "
        f"(default: every corpus under {default_corpora_root()})",
    )
    parser.add_argument(
        "--systems",
        default=",".join(ALL_SYSTEMS),
        help=f"comma-separated systems to run (default: all: {','.join(ALL_SYSTEMS)})",
    )
    parser.add_argument("--skip", default="", help="comma-separated systems to leave out")
    parser.add_argument(
        "--quick",
        action="store_true",
        help=f"a small fixed sample ({QUICK_PAGES_PER_CORPUS} pages per corpus plus two "
        "labelled ones) and small scaling sizes: under a minute",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=REPO / "benchmarks" / "results",
        help="folder for results.json, the tables and the charts (default: benchmarks/results)",
    )
    parser.add_argument("--no-memory", action="store_true", help="skip the peak-RSS children")
    parser.add_argument("--no-scaling", action="store_true", help="skip time against page size")
    parser.add_argument("--no-stages", action="store_true", help="skip newsparse's stage timing")
    parser.add_argument("--no-charts", action="store_true", help="write no PNG charts")
    parser.add_argument(
        "--from-json",
        type=Path,
        metavar="RESULTS",
        help="run nothing: rewrite the tables and charts of an earlier results.json into --out",
    )
    parser.add_argument(
        "--docs",
        type=Path,
        metavar="DOCS",
        help="also write the docs page DOCS/benchmarks.rst and its charts in DOCS/_static/bench",
    )
    parser.add_argument(
        "--max-size",
        type=int,
        default=None,
        help="largest synthetic page in bytes for the scaling test (default 10 MB, 100 KB quick)",
    )
    return parser.parse_args(argv)


def _corpus_folders(paths: Sequence[Path]) -> list[Path]:
    if not paths:
        return find_corpora(default_corpora_root())
    folders: list[Path] = []
    for path in paths:
        if (path / "manifest.jsonl").is_file():
            folders.append(path)
        else:
            folders.extend(find_corpora(path))
    return folders


def _load_pages(folders: Sequence[Path]) -> list[Page]:
    labels: dict[str, Any] = {}
    for root in dict.fromkeys(f.resolve().parent for f in folders):
        labels.update(load_labels(root))
    pages: list[Page] = []
    for folder in folders:
        pages.extend(load_corpus(folder, labels))
    return pages


def _load_systems(names: Sequence[str]) -> tuple[list[System], dict[str, str]]:
    systems, skipped = [], {}
    for name in names:
        try:
            systems.append(load_system(name))
        except KeyError:
            skipped[name] = f"unknown system (known: {', '.join(ALL_SYSTEMS)})"
        except ImportError as exc:
            skipped[name] = f"not installed ({exc.name or exc}); pip install 'newsparse[bench]'"
    return systems, skipped


def _evaluate(
    pages: Sequence[Page], systems: Sequence[System]
) -> tuple[dict[str, list[PageScore]], dict[str, list[float]], dict[str, list[str]]]:
    """Run every system on every page, alternating systems page by page, timing each call."""
    scores: dict[str, list[PageScore]] = {s.name: [] for s in systems}
    times: dict[str, list[float]] = {s.name: [] for s in systems}
    errors: dict[str, list[str]] = {s.name: [] for s in systems}
    if pages:
        for system in systems:  # warm-up: lazy imports and caches are not timed
            with contextlib.suppress(Exception):
                system.run(system.prepare(pages[0]), pages[0])
    clock = time.perf_counter
    started = clock()
    for i, page in enumerate(pages):
        inputs = {s.name: s.prepare(page) for s in systems}
        shift = i % len(systems) if systems else 0
        for system in [*systems[shift:], *systems[:shift]]:
            extraction: Extraction | None
            t0 = clock()
            try:
                extraction = system.run(inputs[system.name], page)
            except Exception as exc:
                extraction = None
                errors[system.name].append(f"{page.key}: {type(exc).__name__}: {exc}"[:300])
            times[system.name].append(clock() - t0)
            scores[system.name].append(score_page(page, extraction, system.fields))
        page.drop_cache()
        if (i + 1) % 50 == 0:
            _log(f"  {i + 1}/{len(pages)} pages ({clock() - started:.0f} s)")
    return scores, times, errors


def _group(scores: Sequence[PageScore]) -> dict[str, Any]:
    by_corpus: dict[str, list[PageScore]] = {}
    by_lang: dict[str, list[PageScore]] = {}
    by_both: dict[str, list[PageScore]] = {}
    for s in scores:
        by_corpus.setdefault(s.corpus, []).append(s)
        by_lang.setdefault(s.lang, []).append(s)
        by_both.setdefault(f"{s.corpus}/{s.lang}", []).append(s)
    return {
        "overall": summarise(scores),
        "by_corpus": {k: summarise(v) for k, v in sorted(by_corpus.items())},
        "by_language": {k: summarise(v) for k, v in sorted(by_lang.items())},
        "by_corpus_language": {k: summarise(v) for k, v in sorted(by_both.items())},
    }


def _speed(times: dict[str, list[float]], n_pages: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, values in times.items():
        total = sum(values)
        ordered = sorted(values)
        out[name] = {
            "pages_per_second": len(values) / total if total else math.inf,
            "total_seconds": total,
            "mean_ms": 1000 * total / max(len(values), 1),
            "median_ms": 1000 * statistics.median(values) if values else None,
            "p95_ms": 1000 * ordered[int(0.95 * (len(ordered) - 1))] if values else None,
            "max_ms": 1000 * ordered[-1] if values else None,
        }
    for ref, key in (("trafilatura", "x_trafilatura"), ("trafilatura-body", "x_trafilatura_body")):
        if ref in out:
            for s in out.values():
                s[key] = s["pages_per_second"] / out[ref]["pages_per_second"]
    return {"pages": n_pages, "systems": out}


def _child(args: list[str], timeout: float) -> tuple[list[dict[str, Any]], str]:
    """Run ``python -m benchmarks._child ARGS``; return its JSON lines and any error text."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    }
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "benchmarks._child", *args],
            stdout=out,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO,
            env=env,
        )
        error = ""
        try:
            _, stderr = proc.communicate(timeout=timeout)
            if proc.returncode:
                error = f"exit {proc.returncode}: {stderr.strip().splitlines()[-1:] or ''}"
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            error = f"stopped after {timeout:.0f} s"
        out.seek(0)
        records = [json.loads(line) for line in out if line.strip().startswith("{")]
    return records, error


def _memory(pages: Sequence[Page], systems: Sequence[System], quick: bool) -> dict[str, Any]:
    """Peak RSS of each system alone in a fresh process, over a fixed sample of pages."""
    sample = list(pages) if quick else list(pages[::4])
    largest = sorted(pages, key=lambda p: (p.folder / p.html_path).stat().st_size)[-3:]
    sample += [p for p in largest if p not in sample]
    out: dict[str, Any] = {"_pages": len(sample)}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump([[str(p.folder), p.id] for p in sample], fh)
        page_file = fh.name
    try:
        for system in systems:
            records, error = _child(
                ["rss", "--system", system.name, "--pages", page_file], 120 if quick else 900
            )
            out[system.name] = records[0] if records else {"error": error}
            _log(f"  memory {system.name}: {out[system.name].get('peak_mb', error)}")
    finally:
        Path(page_file).unlink(missing_ok=True)
    return out


def _exponent(points: list[dict[str, Any]]) -> float | None:
    """Least-squares slope of log(seconds) on log(bytes), over pages of 10 KB and more."""
    xs = [math.log(p["bytes"]) for p in points if p["size"] >= 10_000]
    ys = [math.log(p["seconds"]) for p in points if p["size"] >= 10_000]
    if len(xs) < 2:
        return None
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    var = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / var if var else None


def _scaling(
    folders: Sequence[Path], names: Sequence[str], sizes: Sequence[int], quick: bool
) -> dict[str, Any]:
    records, error = _child(
        [
            "scale",
            "--systems",
            ",".join(names),
            "--corpora",
            *map(str, folders),
            "--sizes",
            ",".join(map(str, sizes)),
            "--call-budget",
            "10" if quick else "90",
        ],
        60 if quick else 1500,
    )
    exponents = {
        n: _exponent([r for r in records if r["system"] == n]) for n in dict.fromkeys(names)
    }
    return {"points": records, "exponents": exponents, "error": error or None}


def _machine() -> dict[str, Any]:
    cpu = platform.processor() or ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            cpu = next(
                (ln.split(":", 1)[1].strip() for ln in fh if ln.startswith("model name")), cpu
            )
    except OSError:
        pass
    return {
        "platform": platform.platform(),
        "cpu": cpu,
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
    }


def _git_commit() -> str | None:
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "src"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return head + ("+dirty" if dirty else "")


def _headline(results: dict[str, Any]) -> list[str]:
    speed = results.get("speed", {}).get("systems", {})
    lines = []
    for name, goal in (("newsparse-text", 10), ("newsparse-html", 2)):
        s = speed.get(name)
        if s is None or "x_trafilatura" not in s:
            continue
        extra = (
            f", {s['x_trafilatura_body']:.2f}× trafilatura-body"
            if "x_trafilatura_body" in s
            else ""
        )
        lines.append(
            f"- {name}: {s['pages_per_second']:.1f} pages/s = {s['x_trafilatura']:.2f}× "
            f"trafilatura{extra} (goal ≥ {goal}× trafilatura)"
        )
    return lines


def _write_report(
    results: dict[str, Any], out: Path, *, charts: bool, docs: Path | None = None
) -> None:
    """Write results.json, table.md, table.rst and the charts; print the Markdown report.

    With *docs*, also write the docs page ``benchmarks.rst`` there and its charts under
    ``_static/bench/``.
    """
    tables = build_tables(results)
    markdown = render_markdown(tables)
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(
        json.dumps(results, indent=1, ensure_ascii=False, default=str), encoding="utf-8"
    )
    (out / "table.md").write_text(markdown, encoding="utf-8")
    (out / "table.rst").write_text(render_rst(tables), encoding="utf-8")
    drawn = draw_charts(results, out) if charts else []
    if docs is not None:
        static = docs / "_static" / "bench"
        static.mkdir(parents=True, exist_ok=True)
        names = []
        for chart in drawn:
            shutil.copyfile(chart, static / chart.name)
            names.append(chart.name)
        (docs / "benchmarks.rst").write_text(
            render_docs_page(results, tables, names), encoding="utf-8"
        )
    machine = results["machine"]
    versions = results["versions"]
    print(f"## newsparse benchmark — {results['date']}\n")
    print(
        f"Machine: {machine['cpu']} ({machine['cpus']} CPUs), {machine['platform']}, Python "
        f"{machine['python']}; newsparse "
        f"{versions.get('newsparse-text') or versions.get('newsparse-html')} "
        f"(commit {results['newsparse_commit']}); "
        + ", ".join(
            f"{k} {v}"
            for k, v in versions.items()
            if v and not k.startswith(("newsparse", "trafilatura-"))
        )
    )
    headline = _headline(results)
    if headline:
        print("\nSpeed against trafilatura (same pages, same run):\n" + "\n".join(headline))
    for line in results.get("skipped_notes", []):
        print(f"\n{line}")
    print()
    print(markdown)
    _log(f"wrote {out / 'results.json'}, table.md, table.rst and {len(drawn)} charts")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; return the process exit status."""
    args = _parse_args(argv)
    if args.from_json is not None:
        loaded = json.loads(args.from_json.read_text(encoding="utf-8"))
        _write_report(loaded, args.out, charts=not args.no_charts, docs=args.docs)
        return 0
    folders = _corpus_folders(args.corpora)
    if not folders:
        where = ", ".join(map(str, args.corpora)) or str(default_corpora_root())
        print(f"No corpora found under {where}: nothing to benchmark (see benchmarks/README.md).")
        return 0
    pages = _load_pages(folders)
    if args.quick:
        pages = quick_sample(pages, QUICK_PAGES_PER_CORPUS)
    skip = {s for s in args.skip.split(",") if s}
    names = [s for s in dict.fromkeys(args.systems.split(",")) if s and s not in skip]
    systems, skipped = _load_systems(names)
    for name, why in skipped.items():
        _log(f"skipping {name}: {why}")
    if not systems:
        print("No system to run.")
        return 0
    corpora = list(dict.fromkeys(p.corpus for p in pages))
    names_run = ", ".join(s.name for s in systems)
    _log(f"{len(pages)} pages from {', '.join(corpora)}; systems: {names_run}")

    started = time.perf_counter()
    started_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    scores, times, errors = _evaluate(pages, systems)
    results: dict[str, Any] = {
        "date": started_at,
        "command": ["python", "-m", "benchmarks", *(argv if argv is not None else sys.argv[1:])],
        "quick": args.quick,
        "machine": _machine(),
        "newsparse_commit": _git_commit(),
        "versions": {s.name: system_version(s.name) for s in systems},
        "packages": {s.package: system_version(s.name) for s in systems if s.package},
        "system_notes": {s.name: s.note for s in systems},
        "skipped": skipped,
        "corpora": corpora,
        "corpus_folders": [str(f) for f in folders],
        "accuracy": {name: _group(s) for name, s in scores.items()},
        "speed": _speed(times, len(pages)),
        "errors": {name: e for name, e in errors.items() if e},
    }
    _log(f"accuracy and throughput: {time.perf_counter() - started:.0f} s")
    newsparse_ran = any(s.name.startswith("newsparse") for s in systems)
    if not args.no_stages and newsparse_ran:
        _log("timing newsparse's stages")
        results["stages"] = stage_times(pages if args.quick else pages[::3])
    if not args.no_memory:
        _log("measuring peak memory")
        results["memory"] = _memory(pages, systems, args.quick)
    if not args.no_scaling:
        loaded = {s.name for s in systems}
        scale_names = [n for n in SCALING_SYSTEMS if n in loaded]
        max_size = args.max_size or (QUICK_SIZES[-1] if args.quick else FULL_SIZES[-1])
        sizes = [s for s in (QUICK_SIZES if args.quick else FULL_SIZES) if s <= max_size]
        if scale_names and sizes:
            _log(f"timing page sizes {sizes[0]}..{sizes[-1]} bytes for {', '.join(scale_names)}")
            results["scaling"] = _scaling(folders, scale_names, sizes, args.quick)
    results["seconds"] = time.perf_counter() - started

    skipped_lines = [f"Skipped {name}: {why}" for name, why in skipped.items()]
    results["skipped_notes"] = skipped_lines
    _write_report(results, args.out, charts=not args.no_charts, docs=args.docs)
    return 0
