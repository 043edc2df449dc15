"""Per-stage timing of newsparse: the stages of ``parse_article`` called one by one.

This is the only part of the benchmark that imports newsparse's private modules. It calls
the stages in the order ``src/newsparse/_api.py`` does and checks, on the first page, that
the result equals ``parse_article``'s; when it does not (the pipeline changed), the stage
times are reported as unavailable rather than wrong.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Sequence
from typing import Any

import newsparse
from benchmarks.corpora import Page

__all__ = ["STAGES", "stage_times"]

STAGES = ("decode", "html", "blocks", "language", "labels", "assembly")


def _stage_runner() -> Callable[[Any, str, str | None], tuple[dict[str, float], Any]]:
    private = {
        name: importlib.import_module(f"newsparse.{name}")
        for name in (
            "_api",
            "_assemble",
            "_blocks",
            "_html",
            "_input",
            "_labels",
            "_lang",
            "_lexicon",
        )
    }
    assemble = private["_assemble"].assemble
    text_blocks = private["_blocks"].text_blocks
    render_html = private["_html"].render_html
    prepare_input = private["_input"].prepare_input
    label_blocks = private["_labels"].label_blocks
    detect_language = private["_lang"].detect_language
    paragraph_languages = private["_lang"].paragraph_languages
    lexicon_for = private["_lexicon"].lexicon_for
    language_text = private["_api"]._language_text

    options = newsparse.DEFAULT
    clock = time.perf_counter

    def run(source: Any, input_format: str, url: str | None) -> tuple[dict[str, float], Any]:
        t0 = clock()
        text, kind = prepare_input(
            source, input_format=input_format, fallback_encoding=options.fallback_encoding
        )
        t1 = clock()
        if kind == "html":
            text = render_html(text)
        t2 = clock()
        blocks = text_blocks(text)
        t3 = clock()
        if not blocks:
            return dict.fromkeys(STAGES, 0.0), None
        page_language = detect_language(language_text(blocks, options))
        t4 = clock()
        lexicon = lexicon_for((page_language.code, *options.extra_lexicons))
        page, byline, published = label_blocks(blocks, lexicon, options, url=url)
        t5 = clock()

        def languages(paragraphs: Sequence[str]) -> Any:
            return paragraph_languages(paragraphs, page_language)

        article = assemble(
            page,
            source_text=text,
            byline=byline,
            language=page_language,
            paragraph_languages=languages if options.paragraph_languages else None,
            published=published,
        )
        t6 = clock()
        times = dict(
            zip(STAGES, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5), strict=True)
        )
        return times, article

    return run


def stage_times(pages: Sequence[Page], rounds: int = 1) -> dict[str, Any]:
    """Mean milliseconds per page of each stage, for text mode and HTML mode.

    Returns ``{"text": {stage: ms}, "html": {stage: ms}}`` plus ``"pages"``; a mode whose
    stage-by-stage result differs from ``parse_article``'s gets ``{"error": ...}`` instead.
    """
    try:
        run = _stage_runner()
    except (ImportError, AttributeError) as exc:
        return {"error": f"newsparse's private stages moved: {exc}"}
    out: dict[str, Any] = {"pages": len(pages), "rounds": rounds}
    for mode in ("text", "html"):
        inputs = [(p.text() if mode == "text" else p.html_bytes(), p.url) for p in pages]
        check_source, check_url = inputs[0]
        try:
            _times, staged = run(check_source, mode, check_url)
            direct = newsparse.parse_article(check_source, url=check_url, input_format=mode)
        except Exception as exc:
            out[mode] = {"error": f"{type(exc).__name__}: {exc}"}
            continue
        if staged != direct:
            out[mode] = {"error": "the staged pipeline no longer matches parse_article"}
            continue
        totals = dict.fromkeys(STAGES, 0.0)
        calls = 0
        for _ in range(rounds):
            for source, url in inputs:
                try:
                    times, _article = run(source, mode, url)
                except Exception:
                    continue
                calls += 1
                for stage, seconds in times.items():
                    totals[stage] += seconds
        out[mode] = {stage: 1000 * totals[stage] / max(calls, 1) for stage in STAGES}
        out[mode]["total"] = sum(out[mode][s] for s in STAGES)
    return out
