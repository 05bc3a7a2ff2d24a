"""`python -m pipeline <stage>`: one small entry point per DVC stage, plus `run` (every stage
in-process on files or folders) and `models` (list and download NLP models)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.errors import UserError
from pipeline.layout import Layout
from pipeline.params import Params, load_params


def cmd_ingest(args, params: Params, layout: Layout) -> None:
    from pipeline.ingest.stage import ingest

    stats = ingest(args.inputs or params.ingest.inputs, params.ingest, layout.articles, layout.rejects)
    print(stats.line())


def cmd_annotate(args, params: Params, layout: Layout) -> None:
    from pipeline.nlp.annotate import annotate

    annotate(layout.articles, layout.annotations, layout.annotate_failures, params.annotate)


def cmd_extract(args, params: Params, layout: Layout) -> None:
    from pipeline.extract.stage import extract

    extract(layout.articles, layout.annotations, layout.mentions, layout.extract_failures, params.extract)


def cmd_resolve(args, params: Params, layout: Layout) -> None:
    from pipeline.resolve.stage import resolve_stage

    resolve_stage(layout.articles, layout.mentions, layout.resolved, layout.resolve_failures, params.resolve)


def cmd_events(args, params: Params, layout: Layout) -> None:
    from pipeline.events.stage import events_stage

    events_stage(layout.articles, layout.resolved, layout.events, layout.events_failures, layout.rejects)


def cmd_export(args, params: Params, layout: Layout) -> None:
    from pipeline.export import export_csv

    n = export_csv(layout.events, layout.export_csv)
    print(f"export: {n} events -> {layout.export_csv}")


def cmd_evaluate(args, params: Params, layout: Layout) -> None:
    from pipeline.evaluate.stage import evaluate_stage

    evaluate_stage(layout, params, Path(args.metrics), Path(args.plots))


def cmd_gazetteer(args, params: Params, layout: Layout) -> None:
    import time

    from pipeline.resolve.gazetteer import Gazetteer, _cache_path

    start = time.perf_counter()
    gaz = Gazetteer()
    print(f"gazetteer: {len(gaz._runs)} names at {_cache_path()} (ready in {time.perf_counter() - start:.1f} s)")


def cmd_run(args, params: Params, layout: Layout) -> None:
    from pipeline.runner import run_pipeline

    run_pipeline(args.inputs, layout, params)
    print(f"run: datasets written to {layout.root}")


def cmd_models(args, params: Params, layout: Layout) -> None:
    from pipeline.nlp.backend import BACKENDS, get_backend

    if args.action == "list":
        get_backend("spacy")
        for name in sorted(BACKENDS):
            models = BACKENDS[name].installed_models(params.annotate)
            print(f"{name}: {', '.join(models) if models else '(none installed)'}")
        for lang, choice in sorted(params.annotate.backends.items()):
            print(f"params: {lang} -> {choice.backend}:{choice.model}")
        return
    if args.backend != "stanza":
        raise UserError("only stanza models are downloaded by this command; spaCy models install with pip install -e .")
    from pipeline.nlp.stanza_backend import download

    for lang in args.lang:
        download(lang, params.annotate.stanza_dir)
        print(f"models: stanza '{lang}' in {params.annotate.stanza_dir}")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    p.add_argument("--params", default="params.yaml", help="parameters file (default: params.yaml)")
    sub = p.add_subparsers(dest="command", required=True)

    def stage(name, func, help_text):
        s = sub.add_parser(name, help=help_text)
        s.add_argument("--data", default="data", help="data folder (default: data)")
        s.set_defaults(func=func)
        return s

    stage("ingest", cmd_ingest, "read raw articles -> articles.parquet + rejects.parquet").add_argument(
        "inputs", nargs="*", help="files or folders (default: params ingest.inputs)")
    stage("annotate", cmd_annotate, "NLP annotation (cached per article)")
    stage("extract", cmd_extract, "event mentions from annotated sentences")
    stage("resolve", cmd_resolve, "dates, places and actor names")
    stage("events", cmd_events, "merge mentions into the events dataset")
    stage("export", cmd_export, "events as an ACLED-style CSV")
    ev = stage("evaluate", cmd_evaluate, "score the pipeline on the gold sets in params")
    ev.add_argument("--metrics", default="metrics/eval.json")
    ev.add_argument("--plots", default="plots")
    stage("gazetteer", cmd_gazetteer, "build (once) and load the offline gazetteer index")
    run = sub.add_parser("run", help="every stage in-process: INPUT... -> DIR")
    run.add_argument("inputs", nargs="+")
    run.add_argument("--out", required=True, help="output folder")
    run.set_defaults(func=cmd_run)
    models = sub.add_parser("models", help="list or download NLP models")
    models.add_argument("action", choices=["list", "download"])
    models.add_argument("--backend", default="stanza")
    models.add_argument("--lang", nargs="+", default=["fr", "en"])
    models.set_defaults(func=cmd_models)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        params = load_params(args.params)
        layout = Layout(Path(getattr(args, "out", None) or getattr(args, "data", "data")))
        args.func(args, params, layout)
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error: interrupted; outputs already written are complete, rerun to finish", file=sys.stderr)
        return 130
    return 0
