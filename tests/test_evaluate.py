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


def test_associated_actors_compare_as_sets_of_names_without_regime_years():
    from pipeline.evaluate.score import field_correct

    gold = {"assoc_actor_1": "Pastoralists (Mali); Fulani Ethnic Group (Mali)", "actor2": "Police Forces of Mali (2013-2020)"}
    assert field_correct("assoc_actor_1", gold, {"assoc_actor_1": "Fulani Ethnic Group (Mali); Pastoralists (Mali)"}, 25)
    assert not field_correct("assoc_actor_1", gold, {"assoc_actor_1": "Pastoralists (Mali)"}, 25)
    assert field_correct("actor2", gold, {"actor2": "Police Forces of Mali"}, 25)
    assert field_correct("assoc_actor_2", gold, {"assoc_actor_2": None}, 25) is None   # a gold set without the field


def test_precision_codes_are_scored_only_where_the_gold_codes_them():
    from pipeline.evaluate.score import field_correct

    assert field_correct("time_precision", {"time_precision": 2}, {"time_precision": 2}, 25)
    assert not field_correct("geo_precision", {"geo_precision": 1}, {"geo_precision": 3}, 25)
    assert field_correct("time_precision", {}, {"time_precision": 1}, 25) is None   # a hand-coded gold event without one


def test_a_region_scores_by_any_name_the_gazetteer_knows_it_by():
    from pipeline.evaluate.score import field_correct

    assert field_correct("admin1", {"admin1": "Idlib"}, {"admin1": "Idleb"}, 25)   # GeoNames' form, ACLED's form
    assert not field_correct("admin1", {"admin1": "Hama"}, {"admin1": "Idleb"}, 25)
