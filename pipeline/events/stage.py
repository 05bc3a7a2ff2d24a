"""The events stage: resolved mentions -> the events dataset."""
from __future__ import annotations

from pipeline.events.build import events_for_article
from pipeline.io import ParquetSink, per_article


def events_stage(articles_path, mentions_path, out_path, log=print) -> int:
    n = 0
    with ParquetSink(out_path, "events") as sink:
        for article, mentions in per_article(articles_path, mentions_path):
            rows = events_for_article(article, mentions)
            sink.write(rows)
            n += len(rows)
    log(f"events: {n} events")
    return n
