"""The events stage: resolved mentions -> the events dataset."""
from __future__ import annotations

from pathlib import Path

from pipeline.events.build import events_for_article
from pipeline.failures import Failures
from pipeline.io import ParquetSink, iter_rows, per_article


def copies_of(rejects_path) -> dict[str, list[str]]:
    """Article id -> the ids of its copies: the same text published the same day under other ids,
    which ingest set aside as duplicates. They report the same events, so each of those events
    lists them among its sources."""
    copies: dict[str, list[str]] = {}
    if rejects_path is None or not Path(rejects_path).exists():
        return copies
    for row in iter_rows(rejects_path, columns=["reason_code", "article_id", "duplicate_of"]):
        if row["reason_code"] == "duplicate_text" and row["duplicate_of"] and row["article_id"]:
            copies.setdefault(row["duplicate_of"], []).append(row["article_id"])
    return {kept: sorted(ids) for kept, ids in copies.items()}


def events_stage(articles_path, mentions_path, out_path, failures_path, rejects_path=None, log=print) -> int:
    copies = copies_of(rejects_path)
    n = 0
    with ParquetSink(out_path, "events") as sink, Failures(failures_path, "events") as failures:
        for article, mentions in per_article(articles_path, mentions_path):
            rows = failures.run(article["article_id"], lambda: events_for_article(article, mentions))
            for row in rows:   # the event's id stays the first article's: a copy found later changes no id
                row["article_ids"] = row["article_ids"] + copies.get(article["article_id"], [])
            sink.write(rows)
            n += len(rows)
    log(f"events: {n} events{failures.line()}")
    return n
