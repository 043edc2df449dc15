"""Turning the benchmark's results into tables (Markdown and reStructuredText) and charts."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.stages import STAGES

__all__ = [
    "Table",
    "build_tables",
    "draw_charts",
    "render_docs_page",
    "render_markdown",
    "render_rst",
]

MIN_LANGUAGE_PAGES = 3  # languages with fewer scored pages are left out of the tables


@dataclass(frozen=True, slots=True)
class Table:
    """A titled table of strings, with an optional note under it."""

    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[str]]
    note: str = ""


def _f(value: Any, digits: int = 3) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _cells(summary: dict[str, Any], keys: str) -> list[str]:
    """The values of the space-separated *keys* of *summary*, each as :func:`_f` writes it."""
    return [_f(summary.get(key)) for key in keys.split()]


def _pr(summary: dict[str, Any], p: str, r: str) -> str:
    """Precision and recall, or — where nothing was scored: no labelled page, or labelled
    pages with nothing to find on which nothing was given (``*_counts``: matched, given,
    true)."""
    counts = summary.get(p.removesuffix("_p") + "_counts")
    if summary.get(p) is None or (counts is not None and not counts[1] and not counts[2]):
        return "—"
    return f"{summary[p]:.2f} / {summary[r]:.2f}"


def _size(n: float) -> str:
    for unit, scale in (("MB", 1e6), ("KB", 1e3)):
        if n >= scale:
            return f"{n / scale:g} {unit}"
    return f"{n:g} B"


def _languages(results: dict[str, Any], key: str, pages_key: str) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for system in results["accuracy"].values():
        for lang, summary in system["by_language"].items():
            counts[lang] = max(counts.get(lang, 0), summary.get(pages_key, 0))
    return sorted(
        ((lang, n) for lang, n in counts.items() if n >= MIN_LANGUAGE_PAGES and lang != "und"),
        key=lambda item: (-item[1], item[0]),
    ) + ([("und", counts["und"])] if counts.get("und", 0) >= MIN_LANGUAGE_PAGES else [])


def _per_language_table(results: dict[str, Any], systems: Sequence[str]) -> Table | None:
    """Every metric of *systems* (newsparse's modes) per language: the issue's targets are
    per language too, and the side-by-side tables above give F1 only."""
    accuracy: dict[str, Any] = results["accuracy"]
    langs = _languages({"accuracy": {s: accuracy[s] for s in systems}}, "pages", "pages")
    rows = []
    for name in systems:
        for lang, n in langs:
            s = accuracy[name]["by_language"].get(lang)
            if not s:
                continue
            rows.append(
                [
                    name,
                    f"{lang} ({n})",
                    *_cells(s, "body_p body_r body_f1 snippet_f1"),
                    *_cells(s, "title_exact byline_match date_match language_accuracy"),
                    _pr(s, "pull_quote_p", "pull_quote_r"),
                    _pr(s, "footer_p", "footer_r"),
                ]
            )
    if not rows:
        return None
    return Table(
        "newsparse per language",
        [
            "system",
            "language (pages)",
            "body P",
            "body R",
            "body F1",
            "snippet F1",
            "title",
            "byline",
            "date",
            "language",
            "pull-quotes P / R",
            "footer P / R",
        ],
        rows,
        f"Languages with at least {MIN_LANGUAGE_PAGES} pages; `und` = no known language. "
        "Each metric is taken over the pages of the language that have its truth (body: "
        "the fundus and readability corpora; snippets: the trafilatura corpus; pull-quotes "
        "and footer: the hand-labelled pages), so a column may rest on fewer pages than "
        "the row's count; — = no page of the language is scored for it (for pull-quotes and "
        "footer items: or its labelled pages hold none and none was given).",
    )


def build_tables(results: dict[str, Any]) -> list[Table]:
    """Every table of the report, from the results dictionary written to JSON."""
    tables: list[Table] = []
    accuracy: dict[str, Any] = results["accuracy"]
    systems = list(accuracy)
    corpora = results["corpora"]
    columns: list[tuple[str, str, str]] = []  # (header, corpus, metric)
    for corpus in corpora:
        if any(accuracy[s]["by_corpus"].get(corpus, {}).get("body_pages") for s in systems):
            columns.append((f"{corpus} body F1", corpus, "body_f1"))
        if any(accuracy[s]["by_corpus"].get(corpus, {}).get("snippet_pages") for s in systems):
            columns.append((f"{corpus} snippet F1", corpus, "snippet_f1"))
    headers = ["system", *(c[0] for c in columns)]
    headers += [
        "title exact",
        "byline",
        "author names P",
        "date",
        "language",
        "pull-quotes P / R",
        "footer P / R",
        "kinds",
    ]
    rows = []
    for name in systems:
        overall = accuracy[name]["overall"]
        row = [name]
        row += [_f(accuracy[name]["by_corpus"].get(c, {}).get(m)) for _, c, m in columns]
        row += [
            _f(overall.get("title_exact")),
            _f(overall.get("byline_match")),
            _f(overall.get("author_precision")),
            _f(overall.get("date_match")),
            _f(overall.get("language_accuracy")),
            _pr(overall, "pull_quote_p", "pull_quote_r"),
            _pr(overall, "footer_p", "footer_r"),
            _f(overall.get("footer_kinds")),
        ]
        rows.append(row)
    first = accuracy[systems[0]]["overall"] if systems else {}
    note = (
        f"Pages scored: title {first.get('title_pages', 0)}, "
        f"byline {first.get('byline_pages', 0)}, "
        f"date {first.get('date_pages', 0)}, "
        f"language {first.get('language_pages', 0)} (pages with a known `lang`), pull-quotes "
        f"{first.get('pull_quote_pages', 0)} labelled pages, footer {first.get('footer_pages', 0)} "
        "labelled pages whose footer is marked complete. Author names P: the share of the "
        "author names a system gives, on pages scored for bylines, made only of words of the "
        "true names (a role or a heading glued to a name counts against it). Date: the "
        "publication date's calendar day (a true instant matches the day it is in any time "
        "zone). — = the system "
        "does not give that field."
    )
    tables.append(Table("Accuracy", headers, rows, note))

    detail_rows = []
    for name in systems:
        for corpus in corpora:
            s = accuracy[name]["by_corpus"].get(corpus)
            if not s or not (s.get("body_pages") or s.get("snippet_pages")):
                continue
            detail_rows.append(
                [
                    name,
                    corpus,
                    *_cells(s, "body_p body_r body_f1 snippet_p snippet_r snippet_f1"),
                    *_cells(s, "title_exact byline_match"),
                    str(s.get("failures", 0)),
                ]
            )
    tables.append(
        Table(
            "Per corpus",
            [
                "system",
                "corpus",
                "body P",
                "body R",
                "body F1",
                "snippet P",
                "snippet R",
                "snippet F1",
                "title",
                "byline",
                "errors",
            ],
            detail_rows,
        )
    )

    misses = _misses_table(accuracy, systems)
    if misses is not None:
        tables.append(misses)

    for key, pages_key, label in (
        ("body_f1", "body_pages", "Body F1 per language"),
        ("snippet_f1", "snippet_pages", "Snippet F1 per language"),
    ):
        langs = _languages(results, key, pages_key)
        if not langs:
            continue
        lang_rows = [
            [
                f"{lang} ({n})",
                *(_f(accuracy[s]["by_language"].get(lang, {}).get(key)) for s in systems),
            ]
            for lang, n in langs
        ]
        tables.append(
            Table(
                label,
                ["language (pages)", *systems],
                lang_rows,
                f"Languages with at least {MIN_LANGUAGE_PAGES} scored pages; "
                "`und` = no known language.",
            )
        )

    own = _per_language_table(results, [s for s in systems if s.startswith("newsparse")])
    if own is not None:
        tables.append(own)

    speed = results.get("speed", {})
    rss = results.get("memory", {})
    if speed:
        speed_rows = []
        for name, s in speed["systems"].items():
            mem = rss.get(name, {})
            speed_rows.append(
                [
                    name,
                    _f(s["pages_per_second"], 1),
                    _f(s["mean_ms"], 1),
                    _f(s["median_ms"], 1),
                    _f(s.get("x_trafilatura"), 2),
                    _f(s.get("x_trafilatura_body"), 2),
                    _f(mem.get("peak_mb"), 0),
                    _f(mem.get("after_import_mb"), 0),
                ]
            )
        tables.append(
            Table(
                "Speed and memory",
                [
                    "system",
                    "pages/s",
                    "mean ms",
                    "median ms",
                    "× trafilatura",
                    "× trafilatura-body",
                    "peak RSS MB",
                    "RSS after import MB",
                ],
                speed_rows,
                f"{speed['pages']} pages, every system on every page, systems alternated page by "
                "page (rotating order); reading files is not timed. Peak RSS: each system alone in "
                f"a fresh process over {rss.get('_pages', '?')} pages.",
            )
        )
    stages = results.get("stages", {})
    if stages.get("text") and "error" not in stages["text"]:
        stage_rows = [
            [stage, _f(stages["text"].get(stage), 2), _f(stages["html"].get(stage), 2)]
            for stage in (*STAGES, "total")
        ]
        tables.append(
            Table(
                "newsparse time per stage (ms per page)",
                ["stage", "text mode", "HTML mode"],
                stage_rows,
                f"Mean over {stages['pages']} pages.",
            )
        )
    scaling = results.get("scaling", {})
    if scaling.get("points"):
        names = list(dict.fromkeys(p["system"] for p in scaling["points"]))
        sizes = sorted({p["size"] for p in scaling["points"]})
        by = {(p["system"], p["size"]): p for p in scaling["points"]}
        scale_rows = [
            [
                _size(size),
                *(_f(by[(n, size)]["seconds"], 4) if (n, size) in by else "—" for n in names),
            ]
            for size in sizes
        ]
        scale_rows.append(["growth exponent", *(_f(scaling["exponents"].get(n), 2) for n in names)])
        tables.append(
            Table(
                "Time (s) against page size",
                ["page size", *names],
                scale_rows,
                "Synthetic pages made of real corpus paragraphs; median of repeated calls. Growth "
                "exponent: slope of log(time) against log(size) from 10 KB up (1 = linear).",
            )
        )
    return tables


def _misses_table(accuracy: dict[str, Any], systems: Sequence[str]) -> Table | None:
    """Missed titles and bylines by where the truth stands on the page (see
    ``metrics.title_miss_cause`` and ``metrics.byline_miss_cause``), or ``None`` when no
    system was scored on either."""
    rows = []
    title_causes: list[str] = []
    byline_causes: list[str] = []
    for name in systems:
        overall = accuracy[name]["overall"]
        titles = overall.get("title_misses") or {}
        bylines = overall.get("byline_misses") or {}
        title_causes = title_causes or list(titles)
        byline_causes = byline_causes or list(bylines)
        if not (overall.get("title_pages") or overall.get("byline_pages")):
            continue
        rows.append(
            [
                name,
                *(
                    str(titles.get(c, 0)) if overall.get("title_pages") else "—"
                    for c in title_causes
                ),
                *(
                    str(bylines.get(c, 0)) if overall.get("byline_pages") else "—"
                    for c in byline_causes
                ),
            ]
        )
    if not rows or not (title_causes or byline_causes):
        return None
    headers = [
        "system",
        *(f"title: {c}" for c in title_causes),
        *(f"byline: {c}" for c in byline_causes),
    ]
    note = (
        "Pages missed, by where the truth stands in the page's plain text. Title: a line of "
        "the page is the true title (another line was taken); only a longer line holds it "
        "(the truth drops a kicker or the site's name printed with it); no line holds it (a "
        "title reworded in the page's metadata). Byline: the page's first line, its browser "
        "title, holds every true name (mostly the publisher after the headline); another "
        "line holds them; they are spread over lines; some name is not on the page."
    )
    return Table("Missed titles and bylines by cause", headers, rows, note)


def render_markdown(tables: Sequence[Table]) -> str:
    """GitHub-flavoured Markdown tables, each under a ``###`` heading."""
    out = []
    for table in tables:
        out.append(f"### {table.title}\n")
        out.append("| " + " | ".join(table.headers) + " |")
        out.append("|" + "|".join("---" for _ in table.headers) + "|")
        out.extend("| " + " | ".join(row) + " |" for row in table.rows)
        if table.note:
            out.append(f"\n{table.note}")
        out.append("")
    return "\n".join(out)


def render_rst(tables: Sequence[Table], underline: str = "-") -> str:
    """reStructuredText list-tables, each under a section heading underlined with *underline*."""
    out = []
    for table in tables:
        out += [
            table.title,
            underline * len(table.title),
            "",
            ".. list-table::",
            "   :header-rows: 1",
            "",
        ]
        for row in (table.headers, *table.rows):
            cells = [c.replace("`", "") or " " for c in row]
            out.append(f"   * - {cells[0]}")
            out.extend(f"     - {c}" for c in cells[1:])
        out.append("")
        if table.note:
            out += [table.note.replace("`", "``"), ""]
    return "\n".join(out)


def draw_charts(results: dict[str, Any], folder: Path) -> list[Path]:
    """Draw the PNG charts into *folder*; return their paths (none if matplotlib is missing)."""
    try:
        import matplotlib  # noqa: PLC0415 (optional: only the charts need it)

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt  # noqa: PLC0415
    except ImportError:
        return []
    folder.mkdir(parents=True, exist_ok=True)
    accuracy = results["accuracy"]
    systems = list(accuracy)
    paths: list[Path] = []
    plt.rcParams.update({"font.size": 8})

    def save(fig: Any, name: str) -> None:
        path = folder / name
        fig.tight_layout()
        fig.savefig(path, dpi=80)
        plt.close(fig)
        paths.append(path)

    groups = []
    for corpus in results["corpora"]:
        for metric, label in (("body_f1", "body F1"), ("snippet_f1", "snippet F1")):
            if any(
                accuracy[s]["by_corpus"].get(corpus, {}).get(metric) is not None for s in systems
            ):
                groups.append((f"{corpus}\n{label}", corpus, metric))
    if groups and systems:
        fig, ax = plt.subplots(figsize=(8, 3.6))
        width = 0.8 / len(systems)
        for i, name in enumerate(systems):
            values = [accuracy[name]["by_corpus"].get(c, {}).get(m) or 0.0 for _, c, m in groups]
            ax.bar([g + i * width for g in range(len(groups))], values, width, label=name)
        ax.set_xticks([g + 0.4 - width / 2 for g in range(len(groups))], [g[0] for g in groups])
        ax.set_ylim(0, 1)
        ax.set_ylabel("F1")
        ax.set_title("F1 per system and corpus")
        ax.legend(fontsize=7, loc="center left", bbox_to_anchor=(1.0, 0.5))
        save(fig, "f1_by_corpus.png")

    langs = _languages(results, "body_f1", "body_pages")
    if langs and systems:
        grid = [
            [accuracy[s]["by_language"].get(lang, {}).get("body_f1") for lang, _ in langs]
            for s in systems
        ]
        fig, ax = plt.subplots(figsize=(1.2 + 0.55 * len(langs), 0.9 + 0.32 * len(systems)))
        image = ax.imshow(
            [[v if v is not None else float("nan") for v in row] for row in grid],
            vmin=0.0, vmax=1.0, cmap="RdYlGn", aspect="auto",
        )  # fmt: skip
        for y, row in enumerate(grid):
            for x, v in enumerate(row):
                ax.text(
                    x, y, "—" if v is None else f"{v:.2f}", ha="center", va="center", fontsize=6
                )
        ax.set_xticks(range(len(langs)), [f"{lang}\n({n})" for lang, n in langs])
        ax.set_yticks(range(len(systems)), systems)
        ax.set_title("Body F1 per language (pages)")
        fig.colorbar(image, ax=ax, fraction=0.03)
        save(fig, "f1_by_language.png")

    speed = results.get("speed", {}).get("systems", {})
    if speed:
        names = list(speed)
        fig, ax = plt.subplots(figsize=(6, 0.6 + 0.3 * len(names)))
        ax.barh(names, [speed[n]["pages_per_second"] for n in names], color="tab:blue")
        ax.set_xscale("log")
        ax.invert_yaxis()
        ax.set_xlabel("pages per second (log scale)")
        ax.set_title(f"Throughput on {results['speed']['pages']} pages, one run")
        for y, n in enumerate(names):
            ax.text(
                speed[n]["pages_per_second"],
                y,
                f" {speed[n]['pages_per_second']:.0f}",
                va="center",
                fontsize=7,
            )
        save(fig, "throughput.png")

    points = results.get("scaling", {}).get("points", [])
    if points:
        fig, ax = plt.subplots(figsize=(5.5, 3.6))
        for name in dict.fromkeys(p["system"] for p in points):
            mine = sorted((p["bytes"], p["seconds"]) for p in points if p["system"] == name)
            ax.plot([b for b, _ in mine], [t for _, t in mine], marker="o", ms=3, label=name)
        lo = min(p["bytes"] for p in points)
        hi = max(p["bytes"] for p in points)
        base = min(p["seconds"] for p in points if p["bytes"] == lo)
        ax.plot([lo, hi], [base, base * hi / lo], "k--", lw=0.8, label="linear")
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel("page size (bytes)")
        ax.set_ylabel("seconds per page")
        ax.set_title("Time against page size")
        ax.legend(fontsize=7)
        save(fig, "scaling.png")
    return paths


_CHART_CAPTIONS = {
    "f1_by_corpus.png": "F1 per system and corpus",
    "f1_by_language.png": "Body F1 per system and language",
    "throughput.png": "Pages per second per system",
    "scaling.png": "Time against page size",
}


def render_docs_page(
    results: dict[str, Any], tables: Sequence[Table], charts: Sequence[str]
) -> str:
    """The documentation's "Benchmarks" page: how to run, then this run's numbers and charts.

    *charts* are the chart file names, expected under ``_static/bench/`` of the docs.
    """
    machine = results["machine"]
    packages = results.get("packages") or results["versions"]
    versions = ", ".join(f"{name} {version}" for name, version in packages.items() if version)
    lines = [
        "Benchmarks",
        "==========",
        "",
        "The benchmark under ``benchmarks/`` in the repository measures newsparse against the",
        "best-known extractors (trafilatura, readability-lxml, newspaper4k, jusText) and two",
        "baselines (the whole page text, and a C4-style line filter) on the same pages in the",
        "same run: body, snippet, title, byline and language accuracy per corpus and per",
        "language, pull-quote and footer accuracy on hand-labelled pages, throughput, time per",
        "pipeline stage, peak memory, and time against page size. Run it with::",
        "",
        "    pip install -e '.[bench]'",
        "    python -m benchmarks           # every corpus, every system",
        "    python -m benchmarks --quick   # a small sample, under a minute",
        "",
        "Every metric is defined once, in ``benchmarks/metrics.py``; ``benchmarks/README.md``",
        "gives the definitions, the pages each metric is scored on, and how speed and memory",
        "are measured.",
        "",
        "Latest run",
        "----------",
        "",
        f"* Date: {results['date']}",
        f"* Machine: {machine['cpu']}, {machine['cpus']} CPUs, {machine['platform']}, "
        f"Python {machine['python']} (compare speeds only within one run)",
        f"* newsparse commit: ``{results.get('newsparse_commit')}``",
        f"* Versions: {versions}",
        f"* Pages: {results['speed']['pages']} from {', '.join(results['corpora'])}",
        "",
        "Speed against trafilatura, on the same pages in the same run (the goals: text mode at",
        "least 10 times trafilatura's pages per second, HTML mode at least twice):",
        "",
    ]
    speed = results["speed"]["systems"]
    for name in ("newsparse-text", "newsparse-html"):
        s = speed.get(name)
        if s and "x_trafilatura" in s:
            body = (
                f", {s['x_trafilatura_body']:.2f}× trafilatura-body"
                if "x_trafilatura_body" in s
                else ""
            )
            lines.append(
                f"* {name}: {s['pages_per_second']:.1f} pages/s, "
                f"{s['x_trafilatura']:.2f}× trafilatura{body}"
            )
    lines.append("")
    for chart in charts:
        lines += [
            f".. figure:: _static/bench/{chart}",
            f"   :alt: {_CHART_CAPTIONS.get(chart, chart)}",
            "",
            f"   {_CHART_CAPTIONS.get(chart, chart)}",
            "",
        ]
    lines.append(render_rst(tables, underline="~"))  # sections under "Latest run"
    return "\n".join(lines).rstrip() + "\n"
