"""Scoring against gold events."""
from pipeline.evaluate.score import match


def test_scoring_pairs_events_alike_in_type_and_day_by_place():
    def event(place, lat, lon):
        return {"article_id": "a", "article_ids": ["a"], "event_type": "Protests", "sub_event_type": "Peaceful protest",
                "event_date": "2024-03-14", "location": place, "latitude": lat, "longitude": lon}

    golds = [event("Lyon", 45.76, 4.84), event("Paris", 48.85, 2.35)]
    preds = [event("Paris", 48.86, 2.35), event("Lyon", 45.75, 4.85)]
    pairs, _ = match(golds, preds)
    assert {(g["location"], p["location"]) for g, p in pairs} == {("Lyon", "Lyon"), ("Paris", "Paris")}
