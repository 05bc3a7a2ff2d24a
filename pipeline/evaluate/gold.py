"""Gold sets as (articles, gold events). Third-party sets are read by path from params and never
copied into the project; a missing file is skipped with a message."""
from __future__ import annotations

import csv
import hashlib
import json
from datetime import date, timedelta
from pathlib import Path


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def acled_dev(path: Path, limit: int) -> tuple[list[dict], list[dict]]:
    """Each ACLED note as one English article, published 0-3 days after its event (a fixed
    pseudo-random lag per event id, so runs are reproducible)."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    if limit and len(rows) > limit:
        step = len(rows) / limit
        rows = [rows[int(i * step)] for i in range(limit)]
    articles, gold = [], []
    for row in rows:
        lag = int(hashlib.sha1(row["event_id_cnty"].encode()).hexdigest(), 16) % 4
        published = date.fromisoformat(row["event_date"]) + timedelta(days=lag)
        articles.append({"id": row["event_id_cnty"], "text": row["notes"], "language": "en", "published": published.isoformat()})
        g = {k: (v if v != "" else None) for k, v in row.items() if k != "notes"}
        g["article_id"] = row["event_id_cnty"]
        for k in ("fatalities", "iso", "geo_precision", "time_precision"):
            g[k] = int(g[k]) if g.get(k) is not None else None
        for k in ("latitude", "longitude"):
            g[k] = float(g[k]) if g.get(k) is not None else None
        gold.append(g)
    return articles, gold


def news_dev(articles_path: Path, gold_path: Path) -> tuple[list[dict], list[dict]]:
    articles = [{"id": a["id"], "text": a["text"], "language": a["language"], "published": a.get("published"),
                 "url": a.get("url")} for a in _jsonl(articles_path)]
    return articles, _jsonl(gold_path)


def sample(gold_path: Path) -> list[dict]:
    return _jsonl(gold_path)
