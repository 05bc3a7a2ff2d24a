"""The evaluate stage: the sample gold against the pipeline's own events dataset, and each
development set (when its files exist) through an in-process run in data/interim/eval/<set>.
Writes one metrics JSON and one event-type confusion CSV per set (DVC plots)."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from pipeline.evaluate import gold as gold_sets
from pipeline.evaluate.score import score
from pipeline.io import read_rows, write_json, write_text
from pipeline.layout import Layout
from pipeline.params import Params
from pipeline.runner import run_pipeline


def _run_on(articles: list[dict], workdir: Path, params: Params) -> tuple[list[dict], list[str]]:
    workdir.mkdir(parents=True, exist_ok=True)
    source = workdir / "articles.jsonl"
    write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), source)
    layout = Layout(workdir / "run")
    run_pipeline([str(source)], layout, params, log=lambda line: print(f"  {line}"))
    ids = [r["article_id"] for r in read_rows(layout.articles, columns=["article_id"])]
    # an article rejected as a duplicate is coded by the article kept with the same text
    kept = {r["article_id"]: r["duplicate_of"] for r in read_rows(layout.rejects) if r["duplicate_of"]}
    return read_rows(layout.events), ids, kept


def _confusion_csv(pairs: list[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["actual", "predicted"])
    writer.writerows(sorted(pairs))
    return buffer.getvalue()


def evaluate_stage(layout: Layout, params: Params, metrics_path: Path, plots_dir: Path, log=print) -> dict:
    cfg = params.evaluate
    (layout.root / "interim" / "eval").mkdir(parents=True, exist_ok=True)   # declared output, even when no dev set runs
    results: dict[str, dict] = {}
    confusions: dict[str, list] = {}
    sample_path = Path(cfg.gold.get("sample", ""))
    reason = f"gold file not found ({sample_path})" if not sample_path.is_file() else f"no events dataset yet ({layout.events})"
    results["sample"], confusions["sample"] = {"skipped": reason}, []
    if sample_path.is_file() and layout.events.exists():
        ids = [r["article_id"] for r in read_rows(layout.articles, columns=["article_id"])]
        results["sample"], confusions["sample"] = score(gold_sets.sample(sample_path), read_rows(layout.events), ids, cfg.location_km)
    sets = {
        "acled_dev": lambda: gold_sets.acled_dev(Path(cfg.gold["acled_dev"]), cfg.acled_dev_limit),
        "news_dev": lambda: gold_sets.news_dev(Path(cfg.gold["news_dev"]), Path(cfg.gold["news_dev_gold"])),
    }
    needs = {"acled_dev": ["acled_dev"], "news_dev": ["news_dev", "news_dev_gold"]}
    for name, load in sets.items():
        missing = [cfg.gold.get(k) for k in needs[name] if not cfg.gold.get(k) or not Path(cfg.gold[k]).is_file()]
        if missing:
            reason = f"gold file not found ({', '.join(map(str, missing))})"
            log(f"evaluate: skipping {name}: {reason}")
            results[name], confusions[name] = {"skipped": reason}, []
            continue
        log(f"evaluate: {name}")
        articles, golds = load()
        preds, ids, kept = _run_on(articles, layout.root / "interim" / "eval" / name, params)
        golds = [{**g, "article_id": kept.get(g["article_id"], g["article_id"])} for g in golds]
        results[name], confusions[name] = score(golds, preds, ids, cfg.location_km)
    write_json(results, metrics_path)
    plots_dir.mkdir(parents=True, exist_ok=True)
    for name, pairs in confusions.items():
        write_text(_confusion_csv(pairs), plots_dir / f"confusion_{name}.csv")
    for name, m in results.items():
        log(f"evaluate: {name}: " + ", ".join(f"{k}={v}" for k, v in m.items() if not k.endswith("_n")))
    print(metrics_table(results))
    return results


TABLE_FIELDS = ("detection_recall", "precision", "events_per_article", "event_type_accuracy", "sub_event_type_accuracy",
                "event_date_accuracy", "time_precision_accuracy", "fatalities_accuracy", "weapon_accuracy", "country_accuracy", "admin1_accuracy",
                "location_accuracy", "location_median_error_km", "geo_precision_accuracy", "inter1_accuracy", "inter2_accuracy", "actor1_accuracy",
                "actor2_accuracy", "assoc_actor_1_accuracy", "assoc_actor_2_accuracy")


def metrics_table(results: dict) -> str:
    """The evaluation as a Markdown table (the README's table is pasted from this)."""
    names = list(results)
    lines = ["| metric | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    for f in TABLE_FIELDS:
        cells = [results[n].get(f) for n in names]
        lines.append(f"| {f} | " + " | ".join("-" if c is None else f"{c}" for c in cells) + " |")
    return "\n".join(lines)
