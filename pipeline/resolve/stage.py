"""The resolve stage: fills each mention's date, place and actor names from its article's
context (reference date, country), and marks mentions dated long before the article's main
event as background."""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache, partial

from pipeline.failures import Failures
from pipeline.io import ParquetSink, per_article
from pipeline.params import ResolveParams
from pipeline.resolve.dates import find_dates, reference_date, resolve, expr_year
from pipeline.resolve.corpus import OWN_FORCES, Corpus, article_country, corpus_context, country_votes, group_areas, likely_region
from pipeline.resolve.gazetteer import Country, Gazetteer, Place, WithCorpusPlaces, key, load_gazetteer
from pipeline.resolve.places import (BIG_CITY, NEIGHBOUR_KM, ResolvedPlace, capital_of, choose_place, compass_region, hinted_place, named_country, neighbour_countries, only_in_features,
                                     other_towns, outside_features, shared_feature_region)
from pipeline.resources import load_common, load_resource
from pipeline.extract.places import DESTINATION, DIRECTION, NO_PLACE, dateline_name, decode
from pipeline.extract.mentions import METADATA_KINDS, OTHER_ACTS_DAYS
from pipeline.extract.stage import MUTINY_PREFIX, PLACE_SEPARATOR

LIKELY_SHARE = 0.05    # of the corpus's articles, for a country whose big city a sentence names to be the one meant
FOCUS_SHARE = 0.8      # of the corpus's articles, in the countries it reports on most: a corpus focused on a few countries
STATE_FORCES = re.compile(r"(?:Military|Police) Forces of ")
GOVERNMENT = "Government of {country}"   # actor_types.yaml: a government its article names by no country
MIN_VOTE_SHARE = 0.2   # of the article's top country votes, for a sentence's own country to override it
ONE_TOWN_VOTES = 1.0   # a country's votes from one town named and nothing else
BORDER_KM = 100        # a town this near another country's is where that country's forces fight across the border


def _actor(name: str | None, inter: str | None, country: Country | None, event_cc: str | None, gaz: Gazetteer):
    """Fill the name's country slot; a state's forces outside their own country are External/Other forces."""
    if name is None:
        return None, inter
    own = OWN_FORCES.search(name)
    if own and own.group(1) in gaz.countries:
        name = gaz.countries[own.group(1)].in_actor(OWN_FORCES.sub("{country}", name))
    elif own:
        name = OWN_FORCES.sub("{country}", name)
    if "{country}" in name:
        return (country.in_actor(name) if country else None), inter
    named = [c for c in gaz.countries.values() if _named_after(name, c)]
    home = max(named, key=lambda c: len(c.name), default=None)   # the longest name: not Serbia's in "Serbia and Montenegro"
    if home and inter == "State forces" and event_cc and home.cc != event_cc:
        inter = "External/Other forces"
    return name, inter


def _named_after(name: str, country: Country) -> bool:
    """Whether the actor's name is the country's ("Military Forces of the Democratic Republic of Congo")."""
    return bool(re.search(rf" of (?:the )?{re.escape(country.name)}(?![\w-])", name))   # not Guinea's in "Guinea-Bissau"


def _taken_from_the_state(actor1: str | None, assoc1: str | None, actor2: str | None, country: Country) -> bool:
    """Whether another country's forces, with none of the state's beside them, took the ground from the forces of the
    state it lies in, or from no one named ("Russian troops captured a village in the Kharkiv region"): to that state
    no government regaining its territory, but an outside actor overtaking it (not French troops who retake a Malian
    town from Ansar Dine, nor "Malian and French forces retook Timbuktu")."""
    foreign = bool(actor1 and STATE_FORCES.match(actor1) and not _named_after(actor1, country)) and not _named_after(assoc1 or "", country)
    return foreign and (actor2 is None or bool(STATE_FORCES.match(actor2)) and _named_after(actor2, country))


def _negotiating_government(name: str | None, other: str | None, event_cc: str | None, sub: str, gaz: Gazetteer) -> Country | None:
    """The government that meets a named group abroad ("the government and the ELN signed a
    ceasefire in Havana"), or its army that signs with it ("the army and the RSF signed a truce in
    Jeddah"): the group's home country, when the event's country is none of those it operates in."""
    areas = group_areas().get(other or "", [])
    party = name == GOVERNMENT or sub == "Agreement" and name is not None and "{country}" in name and STATE_FORCES.match(name)
    if not party or not areas or event_cc in areas:
        return None
    return gaz.countries.get(areas[0])


def _party_country(other: str | None, sub: str, gaz: Gazetteer) -> Country | None:
    """In an agreement, the country of the other party when a demonym names it ("le gouvernement malien et
    les groupes armés signataires ont signé un accord à Alger"): the unnamed party's country too, not the host's."""
    own = OWN_FORCES.search(other or "") if sub == "Agreement" else None
    return gaz.countries.get(own.group(1)) if own else None


def _big_city_only_there(there: ResolvedPlace | None, candidates: list, gaz: Gazetteer, mention_cc: str, cc: str | None) -> bool:
    """Whether the sentence's own place (`there`, in `mention_cc`) is a city of at least BIG_CITY people, none
    of its names is found in the article's country `cc`, and it places the event in no other country
    ("Sarja, en Syrie" is no Sharjah; "rebel groups from northern Mali signed an agreement in
    Ouagadougou" is in Ouagadougou)."""
    own = [c for c in candidates if c.own]
    if any(p.kind == "country" and p.cc != mention_cc for c in own if c.relation != "at" for p in gaz.lookup(c.name)):
        return False
    here = choose_place(own, gaz, cc) if cc else None
    return there is not None and there.place.kind == "city" and there.place.population >= BIG_CITY and (here is None or here.place.kind == "country")


def _capital_named(candidates: list, gaz: Gazetteer, mention_cc: str) -> bool:
    """Whether the sentence places its event in that country's capital, spelt as GeoNames spells
    it ("signed a peace deal in Doha"): a capital is where talks are held, not a village's namesake."""
    capital = capital_of(mention_cc, gaz)
    return capital is not None and any(c.own and c.relation == "in" and key(c.name) == key(capital.name) for c in candidates)


def _sentence_country_stands(mention_cc: str, cc: str | None, candidates: list, gaz: Gazetteer, votes, likely: frozenset[str] | None,
                             forces_only: bool) -> bool:
    """Whether the country the sentence's own place is in is the event's, though the article's is
    another. Not a town in a country a focused corpus hardly reports on (`likely`: None when the
    corpus is not focused), nor one the article otherwise ignores: those are namesakes. But a
    capital ("talks in Doha") or a town across the border its forces crossed stands in a focused
    corpus, and a city the article's country has none of ("the Ukrainian city of Mykolaiv" in a
    report that names Russia often) in any other; a town the sentence places in a part of that
    country ("the southern Lebanese town of Bint Jbeil") always does, as does one given the areas it lies in ("towards
    Sderot (Ashkelon, Southern)" in a report on Gaza)."""
    if _part_named(candidates, mention_cc) or _placed_by_areas(candidates, gaz, mention_cc):
        return True
    there = choose_place([c for c in candidates if c.own], gaz, mention_cc)   # the sentence's own place in that country, once
    if likely is not None and mention_cc not in likely and not (   # "in the bush" in Mali is no Egyptian city
            _capital_named(candidates, gaz, mention_cc) or forces_only and _across_the_border(there, gaz, mention_cc, cc)):
        return False
    if not forces_only and cc in gaz.countries and votes.get(cc, 0.0) > votes[mention_cc] \
            and _far_small_town(there, candidates, gaz, mention_cc, cc, votes[mention_cc] < ONE_TOWN_VOTES):
        return False
    return votes[mention_cc] >= MIN_VOTE_SHARE * votes.get(cc, 0.0) or _big_city_only_there(there, candidates, gaz, mention_cc, cc)


def _far_small_town(there: ResolvedPlace | None, candidates: list, gaz: Gazetteer, mention_cc: str, cc: str, only_named_so: bool) -> bool:
    """Whether the sentence's own place (`there`, in `mention_cc`) is a town under BIG_CITY people (or a city named by another of its
    names, when it is all the article says of its country, `only_named_so`, and the article names a town of its own country),
    farther than NEIGHBOUR_KM from the article's
    country, with its own country named nowhere in the sentence ("shells landed on homes in the Karari district" in a report
    from Khartoum is no Indian town of 14,000): in an article that names its country more, by a place of it (not only by its
    forces: "un militaire français tué près de Ménaka"), a namesake of a place the gazetteer lacks."""
    if any(p.kind == "country" and p.cc == mention_cc for c in candidates for p in gaz.lookup(c.name)):
        return False
    other_name = there is not None and there.place.alt and only_named_so and any(
        p.cc == cc and p.kind == "city" for c in candidates for p in gaz.lookup(c.name))   # ("Bunia : ... une attaque à Mambasa": the
    # Ituri town, also a spelling of Mombasa; not "Mossoul" in a report on Iraqi forces, nor "à Bruxelles contre la guerre en Ukraine")
    return there is not None and there.place.kind == "city" and (there.place.population < BIG_CITY or other_name) \
        and gaz.km_to_country(cc, there.place.lat, there.place.lon) > NEIGHBOUR_KM


def _placed_by_areas(candidates: list, gaz: Gazetteer, mention_cc: str) -> bool:
    """Whether the town the sentence places the event in (its first own place, else the article's) is named with the
    areas it lies in, their names agreeing, in `mention_cc`."""
    first = next((c for c in candidates if c.own), candidates[0] if candidates else None)   # the event's, not where it came from
    place, agreed = hinted_place(first, gaz, None) if first is not None else (None, False)
    return agreed and place.place.cc == mention_cc


def _whose_forces_only(cc: str | None, mentions: list[dict], candidates: list, gaz: Gazetteer) -> bool:
    """Whether the article names its country only as whose forces acted, and no place of it
    ("Israeli soldiers shot dead a man in Rafah"): forces fight across their borders, so a town
    there that the sentence names tells the country, in a corpus focused elsewhere too."""
    if cc not in gaz.countries:
        return False
    named = f" of {gaz.countries[cc].name}"
    forces = any(cc in OWN_FORCES.findall(actor) or actor.endswith(named)
                 for m in mentions for actor in (m["actor1"] or "", m["actor2"] or "") if STATE_FORCES.match(actor))
    return forces and not any(p.cc == cc for c in candidates if c.label not in NO_PLACE | {"PER"} for p in gaz.lookup(c.name))


def _across_the_border(there: ResolvedPlace | None, gaz: Gazetteer, mention_cc: str, cc: str | None) -> bool:
    """Whether the sentence's own town (`there`, looked up in `mention_cc`) lies within BORDER_KM of a town of the article's
    country `cc`."""
    return cc is not None and there is not None and there.place.cc == mention_cc and gaz.km_to_country(cc, there.place.lat, there.place.lon) <= BORDER_KM


def _part_named(candidates: list, mention_cc: str) -> bool:
    """Whether the sentence names the part of that country its event is in ("the southern Lebanese
    town of Bint Jbeil"), however often the article names another country."""
    return any(c.own and c.label == DIRECTION and c.name.split()[0] == mention_cc for c in candidates)


def _day(value: int | str, last: bool) -> tuple[int, int, int]:
    """A year (2019: its first or `last` day), a month ("2020-03") or a day ("2021-08-15") of actor_groups.yaml."""
    parts = [int(p) for p in str(value).split("-")]
    defaults = (12, 31) if last else (1, 1)
    return tuple(parts + list(defaults[len(parts) - 1:]))


@cache
def _later_names() -> dict[str, tuple[str, tuple, tuple, bool]]:
    """Group name -> (the name its events are coded to, from which day, up to which day,
    whether that is an alliance it joined): the alliance (member_of, until member_until when ACLED
    coded it apart again) or the name ACLED gave it (renamed_to), from actor_groups.yaml."""
    return {g["name"]: (g.get("member_of") or g["renamed_to"], _day(g.get("member_since") or g["renamed_in"], False),
                        _day(g.get("member_until", 9999), True), bool(g.get("member_of")))
            for g in load_common("actor_groups") if g.get("member_of") or g.get("renamed_to")}


def _later_name(group: str, day, cc: str | None) -> tuple[str, bool]:
    """The name a group's events of that day in that country are coded to (its own, or a later
    one), and whether it is an alliance the group had joined (ACLED then names the member as
    actor1's associated actor): only where the alliance operates (AQIM in Mali is JNIM's, in Algeria its own)."""
    later, since, until, joined = _later_names().get(group, (group, (0, 1, 1), (9999, 12, 31), False))
    if joined and cc is not None and cc not in (group_areas().get(later) or [cc]):
        return group, False
    if later == group or day is None or not since <= (day.year, day.month, day.day) <= until:
        return group, False
    return (later, True) if joined else (_later_name(later, day, cc)[0], False)   # renamed twice by then: AMISOM in 2025 is AUSSOM


@cache
def _branches() -> dict[tuple[str, str], str]:
    """(movement, country) -> its branch there: the first branch that lists the country, by its
    rank in the branch's operates_in, then by file order."""
    ranked = sorted((rank, n, movement, cc, g["name"]) for n, g in enumerate(load_common("actor_groups"))
                    for movement in _as_list(g.get("branch_of", [])) for rank, cc in enumerate(g.get("operates_in", [])))
    out: dict[tuple[str, str], str] = {}
    for _, _, movement, cc, branch in ranked:
        out.setdefault((movement, cc), branch)
    return out


@cache
def _branch_of() -> dict[str, str | list[str]]:
    return {g["name"]: g["branch_of"] for g in load_common("actor_groups") if g.get("branch_of")}


def _branches_named(movement: str, named) -> set[str]:
    """The groups among `named` that are branches of the movement ("MONUSCO" of the UN, "IS Sahel" of the Islamic State)."""
    return {b for b in named if b and movement in _as_list(_branch_of().get(b, []))}


def _as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else value


ISLAMIST_MILITIA = load_common("actor_types")["islamist_militia"]
ORGANISATION_HOMES = {o["name"]: o["country"] for o in load_common("organisations") if "country" in o}   # "ANC": South Africa's


def _organisation_here(name: str, cc: str | None) -> str:
    """The associate a name stands for in the event's country: a civil organisation of another country stands for the one
    its acronym names there, if there is one ("l'ANC" in Lomé: Togo's ANC, not South Africa's); any other name for itself."""
    home = ORGANISATION_HOMES.get(name)
    if home is None or cc is None or home == cc:
        return name
    acronym = name.split(":")[0]
    return next((n for n, c in ORGANISATION_HOMES.items() if c == cc and n.split(":")[0] == acronym), name)
UNIDENTIFIED_ARMED = load_common("actor_types")["armed_group"]["name"]


@cache
def _islamist_words(lang: str) -> tuple[str, ...]:
    """The language's words that call armed men Islamist (actors.yaml `islamist_words`), as keys between spaces."""
    return tuple(f" {key(w)} " for w in load_resource(lang, "actors").get("islamist_words", []))


def _islamist_militia(text: str, mention: dict, field: str, day, lang: str) -> bool:
    """Whether the mention's unnamed armed men, whose words call them Islamist ("suspected jihadists"),
    are ACLED's Islamist militia: in the years it coded them so (actor_types.yaml `islamist_militia`)."""
    if mention[field] != UNIDENTIFIED_ARMED or day is None or not ISLAMIST_MILITIA["from"] <= day.year <= ISLAMIST_MILITIA["until"]:
        return False
    said = f" {key(_with_words_before(text, mention, field) or '')} "
    return any(w in said for w in _islamist_words(lang))


WORDS_BEFORE = 3   # words before an actor's own that may qualify it ("presumed Islamist militants")


def _with_words_before(text: str, mention: dict, field: str) -> str | None:
    """The actor's words in the text with the few words before them ("Islamist" of "Islamist militants")."""
    spans = [e for e in mention["evidence"] if e["field"] == field]
    if not spans:
        return mention[f"{field}_text"]
    before = text[:spans[0]["start"]].split()[-WORDS_BEFORE:]
    return " ".join([*before, text[spans[0]["start"]:spans[0]["end"]]])


def _coded_name(name: str | None, day, cc: str | None, named: frozenset[str] = frozenset()) -> str | None:
    """The name an event of that day in that country is coded to: a shared alias is the group's that
    operates there ("SNA factions" near Afrin: the Syrian National Army); "the Islamic State" in Mali is
    its Sahel branch, and elsewhere the one branch the article names (`named`: "IS Sahel ... the IS
    claim" in Benin); a group that had joined an alliance by then is the alliance ("Katiba Macina
    militants" in 2019: JNIM), one renamed by then has its new name; each side of "A and/or B"
    on its own, in actor_groups.yaml's order as extraction wrote them ("JNIM and/or ISGS" for
    "Katiba Macina or ISGS" in 2019)."""
    if name is None:
        return name
    if name.startswith(MUTINY_PREFIX):   # "Mutiny of" peacekeepers in Mali: of MINUSMA
        return MUTINY_PREFIX + _coded_name(name[len(MUTINY_PREFIX):], day, cc, named)

    def coded(part: str) -> str:
        areas = group_areas().get(part, [])
        part = next((other for other in _namesakes().get(part, []) if cc not in areas and cc in group_areas().get(other, [])), part)
        branches = _branches_named(part, named)
        part = _branches().get((part, cc)) or (next(iter(branches)) if len(branches) == 1 else part)
        return _later_name(part, day, cc)[0]

    rank = _group_rank()
    parts = sorted(name.split(" and/or "), key=lambda part: rank.get(coded(part), rank.get(part, len(rank))))
    return " and/or ".join(dict.fromkeys(coded(part) for part in parts))


@cache
def _namesakes() -> dict[str, list[str]]:
    """Group name -> the other groups that share one of its aliases ("SNA": the Somali army, the Syrian
    National Army); extraction reads the alias as the first of them."""
    owners: dict[str, list[str]] = {}
    for g in load_common("actor_groups"):
        for alias in [*g["aliases"], *g.get("cased_aliases", [])]:   # ("SLA": the Sudan Liberation Army, the Sri Lanka Army)
            owners.setdefault(alias.lower(), []).append(g["name"])
    return {name: [other for other in names if other != name] for names in owners.values() if len(names) > 1 for name in names}


@cache
def _group_rank() -> dict[str, int]:
    return {g["name"]: n for n, g in enumerate(load_common("actor_groups"))}


def _country_seat(cc: str, region_odds, candidates: list, gaz: Gazetteer, dateline: str | None = None, sentence: str = "") -> Place | None:
    """Where an event only its country locates is coded: the region on the shore of a lake its sentence names ("l'île de
    Barkaram, sur le lac Tchad": Lac), else the region the article's words point to (`region_odds()`, read on the first
    need), else the part of the country its sentence names, else the region of the town the story was filed from ("GOMA,
    Congo (Reuters) - Rebels attacked a village": North Kivu, not Kinshasa), else the capital."""
    return shared_feature_region(sentence, cc, gaz) or likely_region(region_odds(), cc, gaz) or compass_region(candidates, gaz, cc) \
        or _dateline_region(dateline, cc, gaz) or capital_of(cc, gaz)


def _sentence_of(text: str, m: dict) -> str:
    """The text of the sentence the mention's trigger stands in."""
    at = min((e["start"] for e in m["evidence"] if e["field"] == "sub_event_type"), default=None)
    if at is None:
        return ""
    starts = [b.end() for b in SENTENCE_BREAK.finditer(text, 0, at)]
    end = SENTENCE_BREAK.search(text, at)
    return text[starts[-1] if starts else 0:end.start() if end else len(text)]


def _dateline_region(dateline: str | None, cc: str, gaz: Gazetteer) -> Place | None:
    """The region of country `cc` whose town the story was filed from, at its seat."""
    towns = [p for p in gaz.lookup(dateline) if p.cc == cc and p.kind == "city" and not p.alt] if dateline else []
    town = max(towns, key=lambda p: p.population, default=None)
    return next((r for r in gaz.regions_of(cc) if town is not None and r.admin1 == town.admin1), None)


RELATIVE_KINDS = ("relative", "period", "following")   # "overnight", "earlier this week", "la veille" with no day before it: days
# counted back from a reference
SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
POSSESSIVE_DAY = re.compile(r"\w+['\u2019]s\b")   # "Saturday's rally": the day of a thing named, never a report's


def _report_after_event(text: str, start: int, event_dates: set[int]) -> bool:
    """Whether the day named at `start` follows a mention's day in its sentence without being one ("une attaque ... samedi près
    de Djibo, a-t-on appris lundi"): the report's, which "le lendemain" does not count from."""
    return start not in event_dates and _shares_a_sentence(text, start, {at for at in event_dates if at < start})


def _beside_an_event_date(text: str, start: int, event_dates: set[int]) -> bool:
    """Whether the day named at `start` shares its sentence with a mention's day without being one ("the army said on Monday it
    had killed 25 terrorists ... last week"): the report's, no day to lend a sentence that names none."""
    return start not in event_dates and _shares_a_sentence(text, start, event_dates)


def _shares_a_sentence(text: str, start: int, offsets: set[int]) -> bool:
    """Whether the offset `start` stands in the sentence of one of the offsets."""
    return any(not SENTENCE_BREAK.search(text, min(at, start), max(at, start)) for at in offsets)


def _report_day(text: str, named_at: int, article_dates: list, expr) -> date | None:
    """The day named later in the same sentence ("... overnight, police said on Saturday"): a
    relative expression counts back from the day the report was made, not from publication."""
    if expr.kind not in RELATIVE_KINDS:
        return None
    later = [(start, r.day) for start, r in article_dates if start > named_at + len(expr.text) and r.precision == 1
             and not SENTENCE_BREAK.search(text, named_at, start) and ";" not in text[named_at:start]   # (not "...; 10 were
             # rescued on Sunday", another act's day)
             and not POSSESSIVE_DAY.match(text, start)]   # nor "overnight raids ahead of Saturday's planned rally", a thing's day
    return min(later)[1] if later else None


MONTH_END_DAYS = 10   # the end of last month named this many days after it is recent news, no recall
REPORT_REACH_DAYS = 3   # a report's day ("..., police said on Friday") gives way to an event's day this many days before it


def resolve_article(article: dict, mentions: list[dict], params: ResolveParams, gaz: Gazetteer,
                    corpus: Corpus = Corpus()) -> list[dict]:
    if not mentions:
        return []
    lang, text = article["language"], article["text"]
    ref, ref_note = reference_date(text, lang, article["published"], corpus.latest_year)
    all_dates = find_dates(text, lang)
    years = [y for y in (expr_year(e) for e in all_dates) if y]
    min_year = max(years) if years else None
    page_month = next((r.day for e in all_dates if e.kind == "isomonth" and ref is None
                       for r in [resolve(e, lang, None, None)] if r.day is not None), None)
    recent = lambda day: ref is None or day >= ref - timedelta(days=params.background_days)  # noqa: E731
    article_dates = [(e.start, r) for e in all_dates if e.kind not in METADATA_KINDS
                     for r in [resolve(e, lang, ref, min_year)] if r.day is not None and recent(r.day)]
    event_dates = {e["start"] for m in mentions for e in m["evidence"] if e["field"] == "event_date"}
    report_days = {start for start, _ in article_dates if _beside_an_event_date(text, start, event_dates)}   # once an article
    told_days = {e["start"] for m in mentions if not m["background"] and not m["date_reported"] for e in m["evidence"] if e["field"] == "event_date"}
    triggers_at = {e["start"] for m in mentions for e in m["evidence"] if e["field"] == "sub_event_type"}
    event_days = [(start, r.day) for start, r in article_dates if r.precision == 1 and (
        start in told_days or not _shares_a_sentence(text, start, triggers_at))]   # (or a day of a sentence that tells no event:
    # "... a-t-on appris mardi. « Ils sont arrivés à moto lundi vers 17h00 »")
    gaz = WithCorpusPlaces(gaz, corpus.places) if corpus.places else gaz
    votes = country_votes(article, mentions, gaz, corpus.learned)
    neighbours = neighbour_countries(text, lang, gaz)
    # "5 km from the border with Mali": Mali is no place of the event
    across = lambda c: bool(neighbours) and any(p.kind == "country" and p.cc in neighbours for p in gaz.lookup(c.name))  # noqa: E731
    outside = outside_features(text)   # "sur le lac Tchad" names no Chad
    candidates_of = {m["mention_id"]: [c for c in decode(m["place_text"], PLACE_SEPARATOR) if c.label != DESTINATION   # "fled towards Goma"
                                       and not across(c) and not only_in_features(c.name, text, outside)] for m in mentions}
    cc = article_country(votes, corpus.prior, params, corpus.words.odds(text) if params.word_weight else {}, neighbours)
    forces_only = _whose_forces_only(cc, mentions, [c for cs in candidates_of.values() for c in cs], gaz)
    region_odds = cache(partial(corpus.regions.odds, text))   # read once, at the first mention with no town
    dateline = dateline_name(text)
    likely = frozenset(c for c, share in corpus.prior.items() if share >= LIKELY_SHARE)
    focused = sum(corpus.prior.get(c, 0.0) for c in likely) >= FOCUS_SHARE   # "Sanare" in a Burkina corpus is no Venezuelan town
    named_groups = frozenset(part for m in mentions for side in (m["actor1"], m["actor2"]) if side for part in side.split(" and/or "))
    out = []
    stale = set()   # mentions that are background only for the old day they name
    told = None   # (sentence, day, precision) of the last mention that dated violence or a protest to the day
    placed = None   # (sentence, country) of the last mention placed by its own sentence
    for m in mentions:
        m = dict(m)
        day = precision = None
        note = ""
        position = next((e["start"] for e in m["evidence"] if e["field"] == "sub_event_type"), 0)
        if m["date_text"]:
            exprs = find_dates(m["date_text"], lang)
            if exprs:   # the day named last before this date ("mardi ... la veille")
                named_at = next((e["start"] for e in m["evidence"] if e["field"] == "event_date"), position)
                previous = max(((start, r.day) for start, r in article_dates if start < named_at and r.precision == 1
                                and not _report_after_event(text, start, event_dates)), default=(0, None))[1]
                r = resolve(exprs[0], lang, _report_day(text, named_at, article_dates, exprs[0]) or ref, min_year, previous)
                day, precision, note = r.day, r.precision, r.note
                if m["date_reported"] and precision == 1:   # "... killed, residents said on Friday. The gunmen stormed the villages
                    # on Thursday": the report's day, and the event's the day the article names for it
                    named = [d for start, d in event_days if start != named_at and timedelta(0) <= day - d <= timedelta(days=REPORT_REACH_DAYS)]
                    if named:
                        day, note = max(named), f"the event's day named elsewhere in the article ('{m['date_text']}' is the report's)"
                year = expr_year(exprs[0])
                if exprs[0].kind == "year" and ref and year and year < ref.year \
                        and (m["event_type"] != "Protests" or m["sub_event_type"] == "Excessive force against protesters"):
                    # (a protest of another year's date is mostly what it marks; not protesters killed in 2019)
                    m["background"], m["background_reason"] = True, f"recalls {year}"
        if day is None and told is not None and m["sentence"] == told[0] + 1:   # "The next morning, they came back. The army retook the town."
            day, precision, note = *told[1:], "the date of the sentence before"
        if day is None and article_dates and m["date_note"] != OTHER_ACTS_DAYS:   # the article's first date before the mention, else
            # its first; not when its own sentence's days are other acts' ("arrested 12 people suspected of rioting last week")
            # a day before a month, an event's date before a caption's or a byline's, any before a report's
            ranked = sorted(article_dates, key=lambda d: (d[1].precision, d[0] in report_days, d[0] not in event_dates, d[0] >= position))
            before = [r for start, r in ranked if start < position]
            r = before[0] if before else ranked[0][1]   # the lead's date, a day rather than a month
            day, precision, note = r.day, r.precision, f"{r.note} (date given earlier in the article)"
        if day is None and ref is not None:
            day, precision, note = ref, 1, f"no date in the sentence: {ref_note}"
        if day is None and page_month is not None:   # " date 2021-07 ... samedi soir": only the month is known
            day, precision, note = page_month, 3, f"only the page's month is known ({page_month:%Y-%m}): mid-month"
        if m["background"]:
            pass   # a recall, a threat, a denial: whatever its date
        elif day is not None and ref is not None and day < ref - timedelta(days=params.background_days):
            m["background"], m["background_reason"] = True, f"dated {day.isoformat()}, over {params.background_days} days before {ref.isoformat()}"
            if m["date_text"] and precision == 1:
                stale.add(m["mention_id"])   # its day named in its own sentence ("On September 5"): an old event, perhaps reported late
        elif m["date_text"] and precision == 3 and day is not None and ref is not None and (day.year, day.month) < (ref.year, ref.month) \
                and day < ref - timedelta(days=MONTH_END_DAYS):   # not "fin février" told on 5 March: days before
            m["background"], m["background_reason"] = True, f"refers to an earlier month ({m['date_text']})"
        m["event_date"], m["time_precision"], m["date_note"] = day, precision, note or ref_note
        if m["date_text"] and precision in (1, 2) and not m["background"] and m["event_type"] != "Strategic developments":
            told = (m["sentence"], day, precision)   # a day ("Around 5 April") the violence or the protest of that sentence took place
        candidates = candidates_of[m["mention_id"]]
        mention_cc = named_country(candidates, gaz, likely, cc, lang)
        if mention_cc is None or mention_cc != cc and not _sentence_country_stands(
                mention_cc, cc, candidates, gaz, votes, likely if focused else None, forces_only):
            mention_cc = cc
        place = choose_place(candidates, gaz, mention_cc)
        if placed is not None and m["sentence"] == placed[0] + 1 and placed[1] != mention_cc and (place is None or not place.own):
            # "Thousands rallied in Tel Aviv for the hostages held in Gaza. Police used water cannon ...": a sentence that places
            # nothing goes on where the one before placed its event
            mention_cc = placed[1]
            place = choose_place(candidates, gaz, mention_cc)
        if mention_cc is None and place is not None:   # "sur l'axe Gao-Ansongo": the road's first town tells the country
            mention_cc = place.place.cc
        country = gaz.countries.get(mention_cc) if mention_cc else None
        if place is not None:
            p = place.place
            if p.kind == "country":   # only the country is named
                p = _country_seat(p.cc, region_odds, candidates, gaz, dateline, _sentence_of(text, m)) or p
            m.update(location=p.name, admin1=p.admin1, admin2=p.admin2, latitude=p.lat, longitude=p.lon,
                     geo_precision=place.precision, place_in_sentence=place.own and place.place.kind != "country")
        elif country is not None:
            seat = _country_seat(country.cc, region_odds, candidates, gaz, dateline, _sentence_of(text, m))
            if seat:
                m.update(location=seat.name, admin1=seat.admin1, admin2=seat.admin2,
                         latitude=seat.lat, longitude=seat.lon, geo_precision=3, place_in_sentence=False)
        if country is not None:
            m.update(country=country.name, iso=country.iso, region=country.region)
        if m.get("place_in_sentence") and not m["background"]:
            placed = (m["sentence"], mention_cc)
        members = [] if m["actor1"] is None else [g for g in m["actor1"].split(" and/or ") if _later_name(g, day, mention_cc)[1]]
        sides = (m["actor1"], m["actor2"])
        for n in (1, 2):
            if _islamist_militia(text, m, f"actor{n}", day, lang):   # "suspected jihadists" in 2017
                m[f"actor{n}"], m[f"inter{n}"] = ISLAMIST_MILITIA["name"], ISLAMIST_MILITIA["inter"]
            coded = _coded_name(m[f"actor{n}"], day, mention_cc, named_groups)
            inter = "State forces" if coded != m[f"actor{n}"] and STATE_FORCES.match(coded) else m[f"inter{n}"]   # the Taliban since 2021
            whose = _negotiating_government(coded, sides[2 - n], mention_cc, m["sub_event_type"], gaz) or _party_country(sides[2 - n], m["sub_event_type"], gaz) or country
            m[f"actor{n}"], m[f"inter{n}"] = _actor(coded, inter, whose, mention_cc, gaz)
        # "Katiba Macina" beside JNIM; the alliance named beside its member is no associate of itself
        sides = set((m["actor1"] or "").split(" and/or "))
        assoc1 = [a for a in members + (m["assoc_actor_1"] or "").split("; ") if a and a not in sides]
        m["assoc_actor_1"] = "; ".join(dict.fromkeys(assoc1)) or None
        for n in (1, 2):   # each its own country: "Military Forces of France; Military Forces of Mali"; none the side itself
            # ("Bokkos, Nigeria, soldiers arrested": Nigeria's soldiers once, not their own associates)
            named = [_actor(_organisation_here(a, mention_cc), None, country, mention_cc, gaz)[0]
                     for a in (m[f"assoc_actor_{n}"] or "").split("; ") if a]
            m[f"assoc_actor_{n}"] = "; ".join(dict.fromkeys(a for a in named if a and a != m[f"actor{n}"] and not _branches_named(a, named))) \
                or None   # "MONUSCO peacekeepers": the mission, not the UN too
        if m["sub_event_type"] == "Government regains territory" and country is not None and m.get("place_in_sentence") \
                and _taken_from_the_state(m["actor1"], m["assoc_actor_1"], m["actor2"], country):
            m["sub_event_type"] = "Non-state actor overtakes territory"
        out.append(m)
        if m["event_type"] in ("Protests", "Riots") and place is not None:   # "à Paris, Lyon et Marseille": one event per town
            out += [{**m, "mention_id": f"{m['mention_id']}#{n}", "location": p.name, "admin1": p.admin1, "admin2": p.admin2,
                     "latitude": p.lat, "longitude": p.lon, "geo_precision": 1, "place_in_sentence": True}
                    for n, p in enumerate(other_towns(candidates, gaz, mention_cc, place.place), start=2)]
    if stale and all(m["background"] for m in out):   # a late report of an old event, not a recall beside news: coded at its date
        for m in out:
            if m["mention_id"].split("#")[0] in stale:   # a protest's other towns too
                m["background"], m["background_reason"] = False, None
                m["date_note"] = f"{m['date_note']}; reported late, with nothing more recent in the article"
    return out


def resolve_stage(articles_path, mentions_path, out_path, failures_path, params: ResolveParams, log=print) -> int:
    gaz = load_gazetteer()
    corpus = corpus_context(articles_path, mentions_path, gaz, params) if params.corpus_prior else Corpus()
    n = 0
    with ParquetSink(out_path, "mentions") as sink, Failures(failures_path, "resolve") as failures:
        for article, mentions in per_article(articles_path, mentions_path):
            rows = failures.run(article["article_id"], lambda: resolve_article(article, mentions, params, gaz, corpus))
            sink.write(rows)
            n += len(rows)
    log(f"resolve: {n} mentions resolved{failures.line()}")
    return n
