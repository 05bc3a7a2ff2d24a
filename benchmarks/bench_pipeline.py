"""Benchmark: where the time goes, measured side by side in one run (no timed tests).

Runs each stage on the same corpus and prints seconds per stage, NLP tokens per second per
language, the share of extraction + resolution + merging relative to NLP annotation, and how
long the gazetteer index takes to load. Usage:

    python benchmarks/bench_pipeline.py [INPUT ...]      (default: data/raw, repeated 20 times)
"""
from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.events.stage import events_stage
from pipeline.extract.stage import extract
from pipeline.ingest.stage import ingest
from pipeline.layout import Layout
from pipeline.nlp.annotate import annotate
from pipeline.params import load_params
from pipeline.resolve.gazetteer import load_gazetteer
from pipeline.resolve.stage import resolve_stage


def corpus(tmp: Path, inputs: list[str], copies: int) -> list[str]:
    """The inputs' articles repeated with distinct ids, so annotation has real work to do."""
    layout = Layout(tmp / "seed")
    ingest(inputs, load_params().ingest, layout.articles, layout.rejects)
    rows = pq.read_table(layout.articles).to_pylist()
    path = tmp / "bench.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for n in range(copies):
            for r in rows:
                text = f"{r['text']}\n(copy {n})"
                f.write(json.dumps({"id": f"{r['article_id']}-{n}", "text": text, "language": r["language"],
                                    "published": r["published"].isoformat() if r["published"] else None}) + "\n")
    return [str(path)]


def timed(label: str, func, timings: dict):
    start = time.perf_counter()
    result = func()
    timings[label] = time.perf_counter() - start
    return result


def main(argv: list[str]) -> None:
    params = load_params()
    quiet = lambda line: None  # noqa: E731
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        inputs = corpus(tmp, argv or ["data/raw"], copies=1 if argv else 20)
        layout = Layout(tmp / "run")
        t: dict[str, float] = {}
        timed("gazetteer load", load_gazetteer, t)   # resolve below reuses the loaded index
        timed("ingest", lambda: ingest(inputs, params.ingest, layout.articles, layout.rejects), t)
        stats = timed("annotate (NLP)", lambda: annotate(layout.articles, layout.annotations, layout.annotate_failures, params.annotate, log=quiet), t)
        timed("extract", lambda: extract(layout.articles, layout.annotations, layout.mentions, layout.extract_failures, params.extract, log=quiet), t)
        timed("resolve", lambda: resolve_stage(layout.articles, layout.mentions, layout.resolved, layout.resolve_failures, params.resolve, log=quiet), t)
        timed("events", lambda: events_stage(layout.articles, layout.resolved, layout.events, layout.events_failures, log=quiet), t)
        cached = timed("annotate again (cache)", lambda: annotate(layout.articles, layout.annotations, layout.annotate_failures, params.annotate, log=quiet), t)
        langs = pq.read_table(layout.articles, columns=["article_id", "language"]).to_pylist()
        lang_of = {r["article_id"]: r["language"] for r in langs}
        tokens = pq.read_table(layout.annotations, columns=["article_id"]).column(0).to_pylist()
        per_lang: dict[str, int] = {}
        for aid in tokens:
            per_lang[lang_of[aid]] = per_lang.get(lang_of[aid], 0) + 1
    print(f"articles: {stats.articles}, tokens: {stats.tokens} ({', '.join(f'{k} {v}' for k, v in sorted(per_lang.items()))})")
    for label, seconds in t.items():
        print(f"{label:>24}: {seconds:7.2f} s")
    print(f"{'NLP tokens per second':>24}: {stats.tokens / t['annotate (NLP)']:7.0f} (spaCy, CPU, models loaded in the timing)")
    cheap = t["extract"] + t["resolve"] + t["events"]
    print(f"{'extract+resolve+events':>24}: {cheap / t['annotate (NLP)']:7.1%} of the NLP time")
    print(f"{'cache reuse':>24}: {cached.reused}/{cached.articles} articles, {t['annotate again (cache)'] / t['annotate (NLP)']:.1%} of a cold parse")


if __name__ == "__main__":
    main(sys.argv[1:])
