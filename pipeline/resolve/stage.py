"""The resolve stage: fills each mention's date, place and actor names from its article's
context (reference date, country), and marks mentions dated long before the article's main
event as background."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import timedelta
from functools import lru_cache

from pipeline.io import ParquetSink, per_article
from pipeline.params import ResolveParams
from pipeline.resolve.dates import find_dates, reference_date, resolve, expr_year
from pipeline.resolve.gazetteer import Gazetteer, Place, WithCorpusPlaces, load_gazetteer
from pipeline.resolve.places import (article_countries, base_key, capital_of, choose_place, hinted_place, is_local_name,
                                     name_variants, named_country, other_towns)
from pipeline.extract.places import decode
from pipeline.extract.mentions import METADATA_KINDS
from pipeline.extract.stage import PLACE_SEPARATOR
from pipeline.resources import load_common



@lru_cache(maxsize=1)
def group_areas() -> dict[str, list[str]]:
    return {g["name"]: g.get("operates_in", []) for g in load_common("actor_groups")}


CERTAIN_VOTES = 3.0     # an article this sure of its country (a country named, areas in brackets) teaches its villages
CERTAIN_MARGIN = 1.5   # ... and this many times its runner-up's votes
LEARNED_SHARE = 0.8     # of the certain articles naming a village, those that agree on its country
LEARNED_WEIGHT = 1.0    # a village the corpus placed votes like a known town
MIN_VOTE_SHARE = 0.2   # of the article's top country votes, for a sentence's own country to override it
OWN_COUNTRY = re.compile(r"\{country=([A-Z]{2})\}")


def _actor(name: str | None, inter: str | None, country_name: str | None, event_cc: str | None, gaz: Gazetteer):
    """Fill the name's country slot; a state's forces outside their own country are External/Other forces."""
    if name is None:
        return None, inter
    own = OWN_COUNTRY.search(name)
    if own and own.group(1) in gaz.countries:
        name = OWN_COUNTRY.sub(gaz.countries[own.group(1)].name, name)
    elif own:
        name = OWN_COUNTRY.sub("{country}", name)
    if "{country}" in name:
        return (name.replace("{country}", country_name) if country_name else None), inter
    home = next((c for c in gaz.countries.values() if re.search(rf" of (?:the )?{re.escape(c.name)}\b", name)), None)
    if home and inter == "State forces" and event_cc and home.cc != event_cc:
        inter = "External/Other forces"
    return name, inter


def country_votes(article: dict, mentions: list[dict], gaz: Gazetteer, learned: Mapping[str, str] = {}) -> Counter:
    """The article's evidence for each country: the names it uses, its mentions' candidates and
    groups, and the villages other articles of the corpus placed in a country."""
    candidates = [c for m in mentions for c in decode(m["place_text"], PLACE_SEPARATOR)]
    actor_hints = [areas for m in mentions for name in (m["actor1"], m["actor2"]) if name
                   for areas in [group_areas().get(name.replace(" ({country})", ""), [])] if areas]
    names = list(dict.fromkeys(c.name for c in candidates))   # once each, however many mentions list it
    votes = article_countries(article["text"], article["language"], gaz, names, actor_hints)
    for name in {base_key(c.name) for c in candidates} & learned.keys():
        votes[learned[name]] += LEARNED_WEIGHT
    return votes


def article_country(votes: Counter, prior: Mapping[str, float], params: ResolveParams) -> str | None:
    """The best-supported country: the article's own votes weighed by the corpus prior (its
    shares plus `prior_smoothing`, so that strong evidence for a country the corpus seldom
    names still wins); with no evidence at all, the corpus's main country when it holds at
    least `prior_min_share`."""
    if not votes:
        top = max(prior, key=prior.__getitem__, default=None)
        return top if top and prior[top] >= params.prior_min_share else params.default_country
    scores = {cc: v * (prior.get(cc, 0.0) + params.prior_smoothing) for cc, v in votes.items()} if prior else votes
    return max(scores, key=scores.__getitem__)   # ties: the first named


@dataclass(frozen=True)
class Corpus:
    """What the whole corpus says about countries, read in a first pass over it."""
    prior: Mapping[str, float] = field(default_factory=dict)   # country -> share of the articles
    learned: Mapping[str, str] = field(default_factory=dict)   # unknown place name (key) -> its country
    places: Mapping[str, Place] = field(default_factory=dict)  # unknown place name (key) -> the area it was bracketed with


def _as_area(place: Place) -> Place:
    """A town that stands for the area around a village: found by the village's name, it is
    coded at geo_precision 2 like a district's town ("admin2" to choose_place)."""
    return replace(place, kind="admin2") if place.kind == "city" else place


def corpus_context(articles_path, mentions_path, gaz: Gazetteer) -> Corpus:
    """The share of the corpus's articles whose own evidence points to each country (a hamlet
    that shares its name with one in Japan is in Japan only if the corpus is about Japan), and
    the villages the gazetteer lacks (or knows only abroad) that articles certain of their
    country name ("Bartiebougou (Foutouri, Komondjari)" teaches that Bartiebougou is in Burkina
    Faso, "Solhan (Solhan, Yagha)" that this Solhan is not the Turkish town)."""
    counts: Counter = Counter()
    seen: dict[str, Counter] = {}
    areas: dict[str, Counter] = {}
    for article, mentions in per_article(articles_path, mentions_path):
        votes = country_votes(article, mentions, gaz) if mentions else None
        if not votes:
            continue
        (top, first), *rest = votes.most_common(2)
        counts[top] += 1
        if first >= CERTAIN_VOTES and (not rest or rest[0][1] * CERTAIN_MARGIN <= first):
            for c in {c for m in mentions for c in decode(m["place_text"], PLACE_SEPARATOR) if c.own and c.label != "PER"}:
                if is_local_name(c.name) and not any(p.cc == top for v in name_variants(c.name) for p in gaz.lookup(v)):
                    seen.setdefault(base_key(c.name), Counter())[top] += 1
                    area, agreed = hinted_place(c, gaz, top)
                    if agreed:   # the village lies in its bracketed area
                        areas.setdefault(base_key(c.name), Counter())[_as_area(area.place)] += 1
    total = sum(counts.values())
    prior = {cc: n / total for cc, n in sorted(counts.items())} if total else {}
    learned = {name: c.most_common(1)[0][0] for name, c in sorted(seen.items()) if c.most_common(1)[0][1] >= LEARNED_SHARE * sum(c.values())}
    places = {name: max(c.items(), key=lambda kv: (kv[1], kv[0].name))[0] for name, c in sorted(areas.items())}
    return Corpus(prior, learned, places)


def resolve_article(article: dict, mentions: list[dict], params: ResolveParams, gaz: Gazetteer,
                    corpus: Corpus = Corpus()) -> list[dict]:
    if not mentions:
        return []
    lang, text = article["language"], article["text"]
    ref, ref_note = reference_date(text, lang, article["published"])
    all_dates = find_dates(text, lang)
    years = [y for y in (expr_year(e) for e in all_dates) if y]
    min_year = max(years) if years else None
    recent = lambda day: ref is None or day >= ref - timedelta(days=params.background_days)  # noqa: E731
    article_dates = [(e.start, r) for e in all_dates if e.kind not in METADATA_KINDS
                     for r in [resolve(e, lang, ref, min_year)] if r.day is not None and recent(r.day)]
    candidates_of = {m["mention_id"]: decode(m["place_text"], PLACE_SEPARATOR) for m in mentions}
    gaz = WithCorpusPlaces(gaz, corpus.places) if corpus.places else gaz
    votes = country_votes(article, mentions, gaz, corpus.learned)
    cc = article_country(votes, corpus.prior, params)
    out = []
    for m in mentions:
        m = dict(m)
        day = precision = None
        note = ""
        position = next((e["start"] for e in m["evidence"] if e["field"] == "sub_event_type"), 0)
        if m["date_text"]:
            exprs = find_dates(m["date_text"], lang)
            if exprs:
                previous = max(((start, r.day) for start, r in article_dates if start < position and r.precision == 1), default=(0, None))[1]
                r = resolve(exprs[0], lang, ref, min_year, previous)
                day, precision, note = r.day, r.precision, r.note
                year = expr_year(exprs[0])
                if exprs[0].kind == "year" and ref and year and year < ref.year and m["event_type"] != "Protests":
                    m["background"], m["background_reason"] = True, f"recalls {year}"
        if day is None and article_dates:   # the article's first date before the mention, else its first
            ranked = sorted(article_dates, key=lambda d: (d[1].precision, d[0] >= position))   # a day before a month
            before = [r for start, r in ranked if start < position]
            r = before[0] if before else ranked[0][1]   # the lead's date, a day rather than a month
            day, precision, note = r.day, r.precision, f"{r.note} (date given earlier in the article)"
        if day is None and ref is not None:
            day, precision, note = ref, 1, f"no date in the sentence: {ref_note}"
        if day is not None and ref is not None and day < ref - timedelta(days=params.background_days):
            m["background"], m["background_reason"] = True, f"dated {day.isoformat()}, over {params.background_days} days before {ref.isoformat()}"
        elif m["date_text"] and precision == 3 and day is not None and ref is not None and (day.year, day.month) < (ref.year, ref.month):
            m["background"], m["background_reason"] = True, f"refers to an earlier month ({m['date_text']})"
        m["event_date"], m["time_precision"], m["date_note"] = day, precision, note or ref_note
        candidates = candidates_of[m["mention_id"]]
        mention_cc = named_country(candidates, gaz)
        if mention_cc is None or votes[mention_cc] < MIN_VOTE_SHARE * votes.get(cc, 0.0):
            mention_cc = cc   # a town in a country the article otherwise ignores is another town's namesake
        country = gaz.countries.get(mention_cc) if mention_cc else None
        place = choose_place(candidates, gaz, mention_cc)
        if place is not None:
            p = place.place
            if p.kind == "country":   # only the country is named: coded to its capital, not a place of its own
                p = capital_of(p.cc, gaz) or p
            m.update(location=p.name, admin1=p.admin1, admin2=p.admin2, latitude=p.lat, longitude=p.lon,
                     geo_precision=place.precision, place_in_sentence=place.own and place.place.kind != "country")
        elif country is not None:
            capital = capital_of(country.cc, gaz)
            if capital:
                m.update(location=capital.name, admin1=capital.admin1, admin2=capital.admin2,
                         latitude=capital.lat, longitude=capital.lon, geo_precision=3, place_in_sentence=False)
        if country is not None:
            m.update(country=country.name, iso=country.iso, region=country.region)
        cname = country.name if country else None
        m["actor1"], m["inter1"] = _actor(m["actor1"], m["inter1"], cname, mention_cc, gaz)
        m["actor2"], m["inter2"] = _actor(m["actor2"], m["inter2"], cname, mention_cc, gaz)
        if m["assoc_actor_2"]:
            m["assoc_actor_2"] = m["assoc_actor_2"].replace("{country}", cname) if cname else None
        out.append(m)
        if m["event_type"] in ("Protests", "Riots") and place is not None:   # "à Paris, Lyon et Marseille": one event per town
            out += [{**m, "mention_id": f"{m['mention_id']}#{n}", "location": p.name, "admin1": p.admin1, "admin2": p.admin2,
                     "latitude": p.lat, "longitude": p.lon, "geo_precision": 1, "place_in_sentence": True}
                    for n, p in enumerate(other_towns(candidates, gaz, mention_cc, place.place), start=2)]
    return out


def resolve_stage(articles_path, mentions_path, out_path, params: ResolveParams, log=print) -> int:
    gaz = load_gazetteer()
    corpus = corpus_context(articles_path, mentions_path, gaz) if params.corpus_prior else Corpus()
    n = 0
    with ParquetSink(out_path, "mentions") as sink:
        for article, mentions in per_article(articles_path, mentions_path):
            rows = resolve_article(article, mentions, params, gaz, corpus)
            sink.write(rows)
            n += len(rows)
    log(f"resolve: {n} mentions resolved")
    return n
