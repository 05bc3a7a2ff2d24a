"""Every stage in-process, with the same functions the DVC stages call."""
from __future__ import annotations

from pipeline.events.stage import events_stage
from pipeline.export import export_csv
from pipeline.extract.stage import extract
from pipeline.ingest.stage import ingest
from pipeline.layout import Layout
from pipeline.nlp.annotate import annotate
from pipeline.params import Params
from pipeline.resolve.stage import resolve_stage


def run_pipeline(inputs, layout: Layout, params: Params, log=print) -> None:
    log(ingest(inputs, params.ingest, layout.articles, layout.rejects).line())
    annotate(layout.articles, layout.annotations, layout.annotate_failures, params.annotate, log=log)
    extract(layout.articles, layout.annotations, layout.mentions, layout.extract_failures, params.extract, log=log)
    resolve_stage(layout.articles, layout.mentions, layout.resolved, layout.resolve_failures, params.resolve, log=log)
    events_stage(layout.articles, layout.resolved, layout.events, layout.events_failures, layout.rejects, log=log)
    log(f"export: {export_csv(layout.events, layout.export_csv)} events -> {layout.export_csv}")
