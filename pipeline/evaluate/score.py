"""Scoring predicted events against gold events: matching within each article, then accuracy
per field over the matched pairs (recall and precision say how many were matched)."""
from __future__ import annotations

import re
from collections import defaultdict
from statistics import median

from pipeline.resolve.gazetteer import key, km
from pipeline.resources import load_common

FIELDS = ("event_type", "sub_event_type", "event_date", "fatalities", "country", "admin1", "location",
          "inter1", "inter2", "weapon", "actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "time_precision", "geo_precision")
PRECISIONS = ("time_precision", "geo_precision")   # scored only where the gold codes them
ONLY_WHERE_CODED = ("inter2", "actor2", "assoc_actor_1", "assoc_actor_2")   # fields a gold set may not carry at all
REGIME = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)")


def _alts(gold: dict, name: str) -> list:
    values = [gold.get(name)]
    values += (gold.get("alt") or {}).get(name, []) or []
    if name == "event_date" and gold.get("event_date_alt"):
        alt = gold["event_date_alt"]
        values += alt if isinstance(alt, list) else [alt]
    return values


def _norm(name: str, value):
    if value is None:
        return None
    if name in ("actor1", "actor2"):
        return REGIME.sub("", str(value)).strip()
    if name.startswith("assoc_actor"):   # a set of names, in any order
        return tuple(sorted(REGIME.sub("", a).strip() for a in str(value).split(";")))
    if name == "admin1":   # a region by any of the names the gazetteer knows it by: "Idlib" is ACLED's "Idleb"
        return key(load_common("admin_names").get("official_names", {}).get(str(value), str(value)))
    if name == "country":
        return key(str(value))
    if name == "event_date":
        return str(value)[:10]
    if name == "fatalities":
        return int(value)
    return value


def field_correct(name: str, gold: dict, pred: dict, location_km: float) -> bool | None:
    """True/False, or None when the gold does not code the field (not counted)."""
    if name == "location":
        if gold.get("latitude") is None or pred.get("latitude") is None:
            return None if gold.get("latitude") is None else False
        return km(gold["latitude"], gold["longitude"], pred["latitude"], pred["longitude"]) <= location_km
    if name == "weapon" and not gold.get("weapon"):
        return None
    if name in ONLY_WHERE_CODED and name not in gold or name in PRECISIONS and gold.get(name) is None:
        return None
    golds = {_norm(name, v) for v in _alts(gold, name)}
    return _norm(name, pred.get(name)) in golds


SAME_PLACE_KM = 25   # a tie-breaker: of two predicted events alike in type and day, the one at the gold's place


def _pair_score(gold: dict, pred: dict) -> float:
    same_place = (gold.get("latitude") is not None and pred.get("latitude") is not None
                  and km(gold["latitude"], gold["longitude"], pred["latitude"], pred["longitude"]) <= SAME_PLACE_KM)
    return (2 * (pred["sub_event_type"] == gold.get("sub_event_type")) + (pred["event_type"] == gold.get("event_type"))
            + (str(pred["event_date"])[:10] == str(gold.get("event_date"))[:10]) + 0.5 * same_place)


def match(golds: list[dict], preds: list[dict]) -> tuple[list[tuple[dict, dict]], int]:
    """Greedy best pairs within each article; returns (pairs, number of predicted events)."""
    by_article = defaultdict(list)
    for p in preds:
        for aid in p["article_ids"]:
            by_article[aid].append(p)
    pairs = []
    gold_by_article = defaultdict(list)
    for g in golds:
        gold_by_article[g["article_id"]].append(g)
    for aid, gs in gold_by_article.items():
        candidates = sorted(((_pair_score(g, p), gi, pi) for gi, g in enumerate(gs) for pi, p in enumerate(by_article.get(aid, []))),
                            key=lambda t: (-t[0], t[1], t[2]))
        used_g, used_p = set(), set()
        for _, gi, pi in candidates:
            if gi not in used_g and pi not in used_p:
                used_g.add(gi)
                used_p.add(pi)
                pairs.append((gs[gi], by_article[aid][pi]))
    return pairs, len(preds)


def score(golds: list[dict], preds: list[dict], article_ids: list[str], location_km: float) -> tuple[dict, list[tuple[str, str]]]:
    """Metrics and (gold, predicted) event_type pairs for the confusion matrix."""
    pairs, n_pred = match(golds, preds)
    gold_articles = {g["article_id"] for g in golds}
    metrics = {
        "gold_events": len(golds),
        "predicted_events": n_pred,
        "detection_recall": round(len(pairs) / len(golds), 4) if golds else None,
        "precision": round(len(pairs) / n_pred, 4) if n_pred else None,
        "events_per_article": round(n_pred / len(article_ids), 4) if article_ids else None,
        "false_events_in_no_event_articles": sum(1 for p in preds if not set(p["article_ids"]) & gold_articles),
    }
    errors = []
    for name in FIELDS:
        results = [r for r in (field_correct(name, g, p, location_km) for g, p in pairs) if r is not None]
        metrics[f"{name}_accuracy"] = round(sum(results) / len(results), 4) if results else None
        metrics[f"{name}_n"] = len(results)
    for g, p in pairs:
        if g.get("latitude") is not None and p.get("latitude") is not None:
            errors.append(km(g["latitude"], g["longitude"], p["latitude"], p["longitude"]))
    metrics["location_median_error_km"] = round(median(errors), 1) if errors else None
    confusion = [(g.get("event_type") or "", p["event_type"]) for g, p in pairs]
    return metrics, confusion
