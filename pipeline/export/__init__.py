"""Exports: the events dataset in ACLED's CSV column order, for tools that expect ACLED files."""
from __future__ import annotations

import csv
import io

from pipeline.io import iter_rows, write_text

ACLED_COLUMNS = ["event_id", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
                 "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
                 "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
                 "latitude", "longitude", "geo_precision", "source", "notes", "fatalities", "tags",
                 "injuries", "weapon", "weapon_text", "confidence", "language", "article_ids"]


def export_csv(events_path, out_path) -> int:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=ACLED_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in iter_rows(events_path):
        row["article_ids"] = "; ".join(row["article_ids"])
        writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
        n += 1
    write_text(buffer.getvalue(), out_path)
    return n
