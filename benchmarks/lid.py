"""Language identification benchmark: seeded langdetect against newsparse.detect_language.

Run ``python benchmarks/lid.py`` from the repository. It reads the labelled sentences of
``../shared/lid/`` (documents, sentences, 60-character titles), builds 100 KB pages from the
documents, and reads the ``lang`` field of the pages in ``../shared/corpora`` (each part is
skipped when its data is absent; ``NEWSPARSE_SHARED`` points elsewhere). Every
(detector, set) pair runs in a fresh interpreter, one after the other, so first-call cost
and peak memory are measured alike for both. It prints accuracy (macro over languages and
micro), texts per second, first-call cost, peak traced memory and the ten worst languages.

Scoring: langdetect's ``zh-cn``/``zh-tw`` count as ``zh``; Norwegian is ``no`` for both
detectors and the data's ``nb`` label is read as ``no``. ``"und"`` counts as a miss.

Options: ``--limit N`` keeps the first N texts per language of each set (quicker runs);
``--sets documents,titles`` picks sets; ``--mem-texts N`` texts run under tracemalloc.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
import tracemalloc
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSPARSE_SHARED", REPO / ".." / "shared"))
SETS = ("documents", "sentences", "titles", "pages100k", "corpora", "corpora-body", "corpora-parse")
DETECTORS = ("langdetect", "newsparse")
ALIASES = {"nb": "no", "zh-cn": "zh", "zh-tw": "zh"}


def _norm(code: str | None) -> str:
    if not code:
        return "und"
    return ALIASES.get(code, code)


def load_set(name: str, limit: int | None) -> list[tuple[str, str]]:
    """The (language, text) pairs of one set; empty when its data is absent."""
    if name in ("documents", "sentences", "titles"):
        path = SHARED / "lid" / f"{name}.jsonl"
        if not path.exists():
            return []
        rows = [json.loads(line) for line in path.open(encoding="utf-8")]
        pairs = [(_norm(r["lang"]), r["text"]) for r in rows]
    elif name == "pages100k":
        docs = load_set("documents", None)
        by_lang: dict[str, list[str]] = defaultdict(list)
        for lang, text in docs:
            by_lang[lang].append(text)
        pairs = []
        for lang, texts in sorted(by_lang.items()):
            for k in range(2):
                page = []
                size = 0
                i = k
                while size < 100_000:
                    page.append(texts[i % len(texts)])
                    size += len(page[-1]) + 2
                    i += 1
                pairs.append((lang, "\n\n".join(page)[:100_000]))
    else:
        pairs = []
        for manifest in sorted((SHARED / "corpora").glob("*/manifest.jsonl")):
            for line in manifest.open(encoding="utf-8"):
                row = json.loads(line)
                if not row.get("lang"):
                    continue
                if name == "corpora-body":
                    body = (row.get("truth") or {}).get("body")
                    if not body:
                        continue
                    text = body
                else:
                    text = (manifest.parent / row["text"]).read_text(encoding="utf-8")
                pairs.append((_norm(row["lang"]), text))
    if limit:
        seen: dict[str, int] = defaultdict(int)
        kept = []
        for lang, text in pairs:
            if seen[lang] < limit:
                seen[lang] += 1
                kept.append((lang, text))
        pairs = kept
    return pairs


def _detector(name: str, set_name: str):  # type: ignore[no-untyped-def]
    if name == "langdetect":
        from langdetect import DetectorFactory, detect  # noqa: PLC0415
        from langdetect.lang_detect_exception import LangDetectException  # noqa: PLC0415

        DetectorFactory.seed = 0

        def run(text: str) -> str:
            try:
                return _norm(detect(text))
            except LangDetectException:
                return "und"

        return run
    import newsparse  # noqa: PLC0415  (imported late: first-call cost is measured)

    if set_name == "corpora-parse":

        def parse(text: str) -> str:
            return newsparse.parse_article(text, input_format="text").language.code

        return parse

    def detect_np(text: str) -> str:
        return newsparse.detect_language(text).code

    return detect_np


def worker(detector: str, set_name: str, limit: int | None, mem_texts: int) -> None:
    """Run one detector on one set in this fresh process; print JSON results."""
    pairs = load_set(set_name, limit)
    texts = [t for _, t in pairs]
    if sys.argv[-1] == "--memory":
        tracemalloc.start()
        run = _detector(detector, set_name)
        for text in texts[:mem_texts]:
            run(text)
        print(json.dumps({"peak": tracemalloc.get_traced_memory()[1]}))
        return
    start = time.perf_counter()
    run = _detector(detector, set_name)
    first = run(texts[0]) if texts else "und"
    first_cost = time.perf_counter() - start
    start = time.perf_counter()
    predictions = [first] + [run(t) for t in texts[1:]]
    elapsed = time.perf_counter() - start
    print(
        json.dumps(
            {
                "first": first_cost,
                "rate": (len(texts) - 1) / elapsed if elapsed else 0.0,
                "pred": predictions,
            }
        )
    )


def _spawn(detector: str, set_name: str, args: argparse.Namespace, *extra: str) -> dict:  # type: ignore[type-arg]
    cmd = [sys.executable, __file__, "--worker", detector, set_name]
    cmd += ["--limit", str(args.limit or 0), "--mem-texts", str(args.mem_texts), *extra]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


def score(pairs: list[tuple[str, str]], predictions: list[str]) -> tuple[float, float, dict]:  # type: ignore[type-arg]
    hits: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for (lang, _), pred in zip(pairs, predictions, strict=True):
        hits[lang][1] += 1
        hits[lang][0] += int(pred == lang)
    per = {lang: h / n for lang, (h, n) in hits.items()}
    macro = sum(per.values()) / len(per)
    micro = sum(h for h, _ in hits.values()) / sum(n for _, n in hits.values())
    return macro, micro, per


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--worker", nargs=2, metavar=("DETECTOR", "SET"))
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--mem-texts", type=int, default=2000)
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--memory", action="store_true")
    args = parser.parse_args()
    if args.worker:
        worker(args.worker[0], args.worker[1], args.limit or None, args.mem_texts)
        return
    print(
        f"{'set':<14}{'detector':<12}{'n':>6}{'langs':>6}{'macro %':>9}{'micro %':>9}"
        f"{'texts/s':>10}{'first ms':>10}{'peak MB':>9}  worst languages (accuracy %)"
    )
    for set_name in args.sets.split(","):
        pairs = load_set(set_name, args.limit or None)
        if not pairs:
            print(f"{set_name:<14}(data absent: skipped)")
            continue
        rates = {}
        accuracy: dict[str, dict[str, float]] = {}
        for detector in DETECTORS:
            result = _spawn(detector, set_name, args)
            memory = _spawn(detector, set_name, args, "--memory")
            macro, micro, per = score(pairs, result["pred"])
            rates[detector] = result["rate"]
            accuracy[detector] = per
            worst = sorted(per.items(), key=lambda kv: (kv[1], kv[0]))[:10]
            worst_text = " ".join(f"{lang}:{100 * acc:.1f}" for lang, acc in worst)
            print(
                f"{set_name:<14}{detector:<12}{len(pairs):>6}{len(per):>6}{100 * macro:>9.2f}"
                f"{100 * micro:>9.2f}{result['rate']:>10.1f}{1000 * result['first']:>10.1f}"
                f"{memory['peak'] / 2**20:>9.1f}  {worst_text}"
            )
        if rates.get("langdetect"):
            print(f"{'':<14}speed-up {rates['newsparse'] / rates['langdetect']:.1f}x")
        below = [
            f"{lang}:{100 * acc:.1f}<{100 * accuracy['langdetect'][lang]:.1f}"
            for lang, acc in sorted(accuracy["newsparse"].items())
            if acc < accuracy["langdetect"][lang]
        ]
        print(f"{'':<14}newsparse below langdetect: {' '.join(below) or 'none'}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
