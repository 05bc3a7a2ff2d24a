"""Merge an article's resolved mentions into events, the way an ACLED coder reads an article.

- Background mentions (recalled, denied, threatened, dated long before) never make events.
- Context developments (agreements, withdrawals, curfews...) only make an event when the
  article reports no violence or protest, or when the lead reports them.
- Mentions join the event of their day and place; a mention with its own different day or town
  starts a new event only when it is strong enough, so an article that reports one attack in
  several sentences gives one event. Abductions and rapes in a sentence of their own are apart.
  A region named alone that holds the event's town is that event's, and so is a town by the
  place an attack was "near", named with no toll or day of its own; a town named after the
  article announced another event ("Elsewhere", "in other cities") is not the lead's.
- The event's place is the most exact one its own sentences name.
- The merged event takes the highest-scoring type under ACLED's precedence, the headline death
  toll (an exact figure over a vague count that it refines, another source's over a side's
  claim, lowered only by close conflicting figures), the earliest date.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from pipeline.extract.lexicon import ETHNIC_GROUP, ETHNIC_MILITIA
from pipeline.extract.mentions import (ABDUCTION, BOTH_SIDES, EVENT_TYPE_OF, EVENT_TYPES, EXPLOSIONS, SCORE_SCALE, STRATEGIC, TERRITORY, VIOLENT,
                                      strongest)
from pipeline.extract.places import DIRECTION, decode
from pipeline.extract.stage import COMMUNAL_MILITIA, MUTINY_PREFIX, NON_STATE, PLACE_SEPARATOR
from pipeline.resolve.gazetteer import Country, countries, key, km
from pipeline.resolve.dates import COUNTED_FROM_BEFORE
from pipeline.resolve.places import country_names, is_local_name
from pipeline.resources import load_common, load_resource

CONTEXT_TYPES = {"Agreement", "Non-violent transfer of territory", "Change to group/activity",
                 "Headquarters or base established", "Other"}
# nobody dies in these by ACLED's definitions (deaths would make it an attack, excessive force): a
# death the sentence names is the cause or the background ("protested the death of a journalist")
NO_DEATHS_TYPES = {"Peaceful protest", "Protest with intervention", "Arrests", "Looting/property destruction",
                   "Agreement", "Headquarters or base established", "Non-violent transfer of territory", "Change to group/activity"}
STRONG_SCORE = 5.0   # a mention this strong with its own day starts its own event
NEAR = 2   # geo_precision of "near X"
NEAR_KM = 50   # a town this close to the place an event was near may be that event's
PER_TOWN_TYPES = {"Protests", "Riots"}
PLACED_SCORE = 3.0   # a mention this strong with its own place (another town) starts its own event
MAX_EVENTS_PER_ARTICLE = 3
PERIOD_REACH = {2: 3, 3: 15}   # days from the middle of a week (time_precision 2) or a month (3) told to its ends
MERGE_DAYS = 3   # a weak mention dated this many days from the lead's at most is the lead's (the night before, the day after)
ABSORB_SHARE = 0.35    # a battle absorbs an attack reported at least this share as strongly
CONFLICT_SHARE = 0.75   # a later death toll this close to the first one is a conflicting report of it
INTER_CODES = {"State forces": 1, "Rebel group": 2, "Political militia": 3, "Identity militia": 4,
               "Rioters": 5, "Protesters": 6, "Civilians": 7, "External/Other forces": 8}
DEFAULT_ACTOR1 = {
    "Protests": ("Protesters ({country})", "Protesters"),
    "Riots": ("Rioters ({country})", "Rioters"),
}
ARMED_DEFAULT = ("Unidentified Armed Group ({country})", "Political militia")
CROWDS = ("Rioters", "Protesters")
UNARMED_INTERS = {None, *CROWDS, "Civilians"}
ARMED_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}   # whose actor1 is always armed


@dataclass
class Cluster:
    day: object
    location: str | None
    mentions: list[dict] = field(default_factory=list)


def _score(m: dict) -> float:
    """The mention's extraction score, back from its confidence."""
    return (m["confidence"] or 0) * SCORE_SCALE


def _strong(m: dict) -> bool:
    return bool(m["fatalities"]) or _score(m) >= STRONG_SCORE


ABDUCTION = "Abduction/forced disappearance"
TOLD_AFTER = 2   # sentences after an abduction within which the remains of "his", "their" body are the abductees'
SEPARATE_TYPES = {ABDUCTION, "Sexual violence"}


STRIKES_FROM_AFAR = {"Air/drone strike", "Shelling/artillery/missile attack"}
BLASTS = {"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"}   # explosions no fight on the ground comes with
BATTLES = set(EVENT_TYPES["Battles"])


def _struck_back(m: dict, cluster: Cluster) -> bool:
    """A third side's strikes from afar, or ground attack on strikes from afar, on the event's doer ("RSF shelling
    killed 15 civilians ... The army responded with air strikes on RSF positions"), or the target's own strikes back at a strike from afar
    ("a drone strike on a car killed a Hezbollah officer ... Hezbollah fired rockets at an Israeli base in
    response"): an event of their own, unlike the doer's target fighting back on the ground, or others who
    came to its help and routed the attackers there."""
    sides = {x[k] for x in cluster.mentions for k in ("actor1", "actor2")}
    third_side = m["actor1"] not in sides and any(m["actor2"] == x["actor1"] for x in cluster.mentions)
    if m["sub_event_type"] == "Armed clash":   # a third side's ground attack on the striker ("government drones struck a market ...
        # Fano militiamen later attacked a military camp")
        return all(x["sub_event_type"] in STRIKES_FROM_AFAR for x in cluster.mentions) and None not in (m["actor1"], m["actor2"]) \
            and third_side and _score(m) >= PLACED_SCORE
    returned = any(m["actor1"] == x["actor2"] and (m["actor2"] == x["actor1"] and x["sub_event_type"] in STRIKES_FROM_AFAR
                                                   or x["actor1"] in (None, m["actor2"]) and x["sub_event_type"] in BLASTS)
                   for x in cluster.mentions)   # (or the target's strike on who set off a blast at it: "soldiers were killed when
    # their vehicle struck a landmine. Later, the army said it had killed the militants who planted it in an airstrike")
    answered_there = m["actor1"] is not None and m["actor2"] is None and m["place_in_sentence"] and m["location"] not in (None, cluster.location) \
        and any(m["actor1"] == x["actor2"] and x["sub_event_type"] in STRIKES_FROM_AFAR for x in cluster.mentions)
    # ("Hezbollah fired anti-tank missiles at an Israeli post near Metula. Israel responded with artillery fire on Kfar Kila": the
    # answer struck a place of its own)
    return m["sub_event_type"] in STRIKES_FROM_AFAR and _score(m) >= PLACED_SCORE and (answered_there or all(
        x["sub_event_type"] != m["sub_event_type"] for x in cluster.mentions) and None not in (m["actor1"], m["actor2"]) and (third_side or returned))


def _separate(m: dict, cluster: Cluster) -> bool:
    """ACLED codes abductions, rapes and arrests apart from the killing they come with, when a
    sentence of their own reports them (looting stays part of the attack; arrests at a protest
    make it a protest with intervention, at a riot are part of it), and a fight with the kidnappers
    apart from the kidnapping."""
    if _struck_back(m, cluster):
        return True
    if m["another_event"] and all(x["event_type"] != m["event_type"] and x["sentence"] == m["sentence"] for x in cluster.mentions):
        return True   # a kind of event its sentence tells apart ("was arrested, sparking clashes between his supporters and police")
    if m["sub_event_type"] == "Armed clash" and _score(m) >= PLACED_SCORE:   # forces who fight the kidnappers: a battle apart
        return all(x["sub_event_type"] in SEPARATE_TYPES for x in cluster.mentions)
    if m["event_type"] in PER_TOWN_TYPES and _score(m) >= STRONG_SCORE:   # residents who riot after the gangs' attack; not the
        # riot whose arrests were told first ("police arrested 30 after protests turned violent. Protesters burned tyres")
        return all(x["event_type"] not in PER_TOWN_TYPES for x in cluster.mentions) \
            and any(x["sub_event_type"] != "Arrests" for x in cluster.mentions) \
            and not all(x["sub_event_type"] == "Looting/property destruction" and x["inter1"] in UNARMED_INTERS for x in cluster.mentions)
        # (nor the riot whose looting, by no one armed, was told first: "looting and burning houses ... a rioter shot dead by police")
    harmless = all(x["sub_event_type"] == "Attack" and not (x["fatalities"] or x["injuries"]) for x in cluster.mentions)
    return ((m["sub_event_type"] in SEPARATE_TYPES or m["sub_event_type"] == "Arrests"
             and not any(x["event_type"] in PER_TOWN_TYPES for x in cluster.mentions)) and _score(m) >= PLACED_SCORE
            and all(x["sub_event_type"] != m["sub_event_type"] for x in cluster.mentions)
            and not harmless)   # "attacked the village. Three men were abducted": the raid was the abduction


def _place_key(m: dict) -> str | None:
    """Where the mention's own sentence puts it: its resolved place, else a location the
    gazetteer lacks but the sentence names as the event's ("à Sarja"): another place than the lead's
    (not a spot a common noun names, "près de la place de l'Obélisque", which is in the lead's town)."""
    if m["place_in_sentence"] and m["location"]:
        return m["location"]
    if not _strong(m):   # an unknown name in a passing sentence is not enough to tell events apart
        return None
    return next((c.name for c in decode(m["place_text"], PLACE_SEPARATOR)
                 if c.own and c.label == "LOC" and c.relation in ("in", "near") and c.name[:1].isupper() and is_local_name(c.name)), None)


def _in_area_of(m: dict, cluster: Cluster) -> bool:
    """A place that holds or lies by the event's reports that event, not another one: a region
    named alone that holds its town ("heavy fighting broke out in Borno state" after "soldiers attacked insurgents in Bama",
    and a town the same report names after its region: "teachers kidnapped in the North-West region ... teachers
    abducted at a school in Kumbo"), or,
    in a sentence with no toll or day of its own, a town within NEAR_KM of the place the event
    was near ("a roadside bomb near Maiduguri" ... "the explosion happened on the road at Konduga"); but
    ACLED codes a protest in each town, however close."""
    return any(x["location"] == cluster.location and (
        (m["geo_precision"] == 3 or _region_level(x) and (x["sub_event_type"] == m["sub_event_type"] or _same_doer(m, x)))
        and m["admin1"] is not None and x["admin1"] == m["admin1"]
        or NEAR in (m["geo_precision"], x["geo_precision"]) and not m["fatalities"] and m["date_text"] is None
        and m["event_type"] not in PER_TOWN_TYPES
        and None not in (m["latitude"], x["latitude"])
        and km(m["latitude"], m["longitude"], x["latitude"], x["longitude"]) <= NEAR_KM) for x in cluster.mentions)


def _same_doer(m: dict, x: dict) -> bool:
    """The same armed doer, no new dead ("gunmen killed 40 people in attacks on villages in Zamfara state ... The gunmen
    stormed the villages of Kadawa and Bungudu, setting houses on fire"): what it did in a town of the region it struck."""
    return m["actor1"] is not None and m["actor1"] == x["actor1"] and m["inter1"] not in UNARMED_INTERS and not m["fatalities"]


def _region_level(m: dict) -> bool:
    """A place named for its region: a region alone, or a seat that bears its region's name ("ELN
    rebels kidnap three soldiers in Arauca", the department, then "in the town of Tame")."""
    return m["geo_precision"] == 3 or m["geo_precision"] == 1 and m["location"] is not None and m["location"] == m["admin1"]


def _names_lead_town(place: str, m: dict, lead: Cluster) -> bool:
    """The lead event's town named again, not a new event's: a town the lead's mentions are
    placed at (a region's seat is no town of the event; after "elsewhere", only the lead's own
    sentences name its town)."""
    return any(place == x["location"] and x["geo_precision"] != 3 and (x["place_in_sentence"] or not m["another_event"])
               for x in lead.mentions)


def _same_toll(m: dict, cluster: Cluster) -> bool:
    """A death toll given again reports the same event again, whatever day ("police said on
    Monday") or place ("in the Diffa region") its sentence names (a toll implied by a plural,
    "their dead comrades", is no figure to compare)."""
    return bool(m["fatalities"]) and m["fatalities_explicit"] and any(
        x["fatalities"] == m["fatalities"] and x["fatalities_explicit"] for x in cluster.mentions)


def cluster_mentions(mentions: list[dict]) -> list[Cluster]:
    """Mentions grouped by day and place: ACLED's one event per place and day."""
    live = [m for m in mentions if not m["background"]]
    headline = live[0] if live else None   # an agreement, a coup, a withdrawal in the lead is the news
    if headline and headline["sub_event_type"] in CONTEXT_TYPES and _score(headline) >= PLACED_SCORE:
        # the news' context too, and events of their own day and place ("the army retook Bor last week")
        live = [m for m in live if m["sub_event_type"] in CONTEXT_TYPES or m["date_text"] and m["place_in_sentence"]]
    elif any(m["sub_event_type"] not in CONTEXT_TYPES for m in live):   # (ground taken "without a fight" tells how it was taken)
        ground_taken = any(m["sub_event_type"] in TERRITORY for m in live)
        live = [m for m in live if m["sub_event_type"] not in CONTEXT_TYPES or ground_taken and m["sub_event_type"] == HANDED_OVER]
    clusters: list[Cluster] = []
    for m in live:
        taken = next((c for c in reversed(clusters) if m["dead_named_before"] and any(x["sub_event_type"] == ABDUCTION or x["fatalities"]
                                                                                      for x in c.mentions)
                      and 0 < m["sentence"] - max(x["sentence"] for x in c.mentions) <= TOLD_AFTER), None)
        if taken is not None:   # "Gunmen abducted a trader on Thursday. His body was found on Sunday": the abduction's killing;
            # "killed a village chief on Monday. His corpse was found a day later": the same dead
            taken.mentions.append(m)
            continue
        # armed men named again ("15 civils tués dans une attaque des ADF à Mambasa. Les assaillants ont fait irruption dans le village
        # de Bandibwame"): the event of their day told before, the one of their kind first, wherever their unknown village is (but
        # "the gunmen shot two herders as they fled through Zzyxkoro (Tougan, Sourou)", a place found elsewhere, is another event)
        told = [c for c in reversed(clusters) if (m["doers_named_before"] or _after_its_headline(m, c, clusters)) and not m["another_event"]
                and c.day == m["event_date"] and not (m["place_in_sentence"] and m["location"] not in (None, c.location))]
        told = next((c for c in told if any(x["sub_event_type"] == m["sub_event_type"] for x in c.mentions)), told[0] if told else None)
        place = _place_key(m)
        placeless = (None,) if place is None or not m["another_event"] else ()   # "Elsewhere, in Lille": not the lead's town
        order = reversed(clusters) if m["another_event"] else clusters   # after "Elsewhere, in Lille ...", the latest event goes on
        same = told or next((c for c in order if c.day == m["event_date"] and (place is None or c.location in (*placeless, place) or _in_area_of(m, c))
                             and not _in_another_country(m, c)), None)
        same = same or next((c for c in clusters if _same_toll(m, c)), None)
        if same is not None and _separate(m, same):   # the raid's abductions beside its killings, as one event
            apart = next((c for c in clusters if c.day == m["event_date"] and c.mentions[0]["sub_event_type"] == m["sub_event_type"]
                          and not _struck_back(m, c)), None)   # (not the strike it answered, of its own type)
            if apart is None and len(clusters) < MAX_EVENTS_PER_ARTICLE:
                clusters.append(Cluster(m["event_date"], place, [m]))
                continue
            same = apart or same
        if same is not None:
            same.mentions.append(m)
            same.location = same.location or place
        elif not clusters or (len(clusters) < MAX_EVENTS_PER_ARTICLE and (
                (_strong(m) or m["injuries"]) and m["date_text"] is not None or place is not None and (_score(m) >= PLACED_SCORE or m["another_event"])
                and not _names_lead_town(place, m, clusters[0]) or _strike_of_another_day(m, clusters[0]) or _in_another_country(m, clusters[0]))):   # (or one told as
            # another: "Le lendemain, une autre patrouille a été attaquée à Anderamboukane"; one of its own day that counts wounded:
            # "Le lendemain, une patrouille a été prise pour cible, faisant trois blessés")
            clusters.append(Cluster(m["event_date"], place, [m]))
        elif len(clusters) < MAX_EVENTS_PER_ARTICLE and _another_dated_act(m, clusters[0]):
            clusters.append(Cluster(m["event_date"], place, [m]))   # "Hundreds marched on Wednesday ... Several officers were
            # arrested on Tuesday": its own day and another kind of event, not the march
        elif _days_apart(m, clusters[0]) > MERGE_DAYS:
            if m["event_date"] > clusters[0].day and len(clusters) < MAX_EVENTS_PER_ARTICLE:   # the news after an earlier attack the
                # lead recalled ("Au début du mois, le quartier a été attaqué. ... des personnes ont été tuées" on Friday)
                clusters.append(Cluster(m["event_date"], place, [m]))
            continue   # a weak report of another day weeks before ("was targeted in the night of Sept. 11"): not the lead's
        elif len(clusters) < MAX_EVENTS_PER_ARTICLE or place is None and m["date_text"] is None:
            clusters[0].mentions.append(m)
        # else: one more event on another day or in another town, past the events an article gives: not the lead's
    return clusters


def _in_another_country(m: dict, lead: Cluster) -> bool:
    """Whether the mention's own sentence places it in another country, by the country's name or a part of it, than the lead
    event's ("Kurdish militants ambushed a patrol in Hakkari province ... Turkish jets then struck PKK positions in northern
    Iraq"): another event of another kind whose doer it names, however weakly told (not a town there, which may be where the
    event's people were taken, nor an act no one is named for, told again in a wider frame: "the bombing was the worst in
    years in the border region, a stronghold of the group in Nigeria")."""
    named_there = m["actor1_text"] is not None and any(c.own and (c.label == DIRECTION or c.relation in ("in", "region") and key(c.name) in country_names())
                      for c in decode(m["place_text"], PLACE_SEPARATOR))
    return named_there and m["country"] is not None and all(x["country"] not in (None, m["country"]) and x["sub_event_type"] != m["sub_event_type"]
                                                            for x in lead.mentions)


def _after_its_headline(m: dict, cluster: Cluster, clusters: list[Cluster]) -> bool:
    """Whether the mention, of the first sentence after the article's first, tells again the one event that first sentence,
    undated like a headline, told, of its kind ("Maiduguri: Suicide bomber kills six at mosque. A female suicide bomber blew herself up during dawn
    prayers at a mosque in the Gwange area"): a headline's event, told whole, wherever its unknown place is."""
    return clusters == [cluster] and m["sentence"] == 1 and all(x["sentence"] == 0 and x["date_text"] is None for x in cluster.mentions) \
        and any(x["sub_event_type"] == m["sub_event_type"] for x in cluster.mentions)   # (a headline names no day: not "Le 10 mars,
    # des roquettes ont tué quatre civils à Idleb. Le même jour, des tirs ont tué six personnes à Zarqaniyé, un village voisin")


def _another_dated_act(m: dict, lead: Cluster) -> bool:
    """Whether the mention's own sentence dates it to a day other than the one the lead's own sentence names, and it is a
    demonstration, or arrests beside a lead of no violence, of another event type than all the lead's: another event, however
    weakly told (not the arrests of the suspects of an attack the next day, nor the day a claim gave the attack)."""
    dated = [x for x in lead.mentions if x["date_text"] and x["time_precision"] == 1 and x["event_date"] is not None]
    own_kind = m["event_type"] in ("Protests", "Riots") or m["sub_event_type"] == "Arrests" and all(
        x["event_type"] in ("Protests", "Strategic developments") for x in lead.mentions)
    before = m["date_note"] == COUNTED_FROM_BEFORE and all(m["event_date"] < x["event_date"] for x in dated)   # "killed a teacher on
    # Monday. The day before, they had stolen cattle": an earlier act of another kind, counted back from the lead's day, which
    # would date the lead's event to its day (not a claim's own day, nor the other date a claim gives the attack)
    return bool(dated) and (own_kind or before) and m["date_text"] is not None and m["time_precision"] == 1 and m["event_date"] is not None \
        and all(x["event_date"] != m["event_date"] for x in dated) and all(x["event_type"] != m["event_type"] for x in lead.mentions)


def _strike_of_another_day(m: dict, lead: Cluster) -> bool:
    """A strike from afar, or a battle, its own sentence dates to another day than a lead of no such strike or battle ("une
    attaque contre un convoi ... samedi. Le lendemain, des frappes aériennes ont visé les positions des assaillants"; "jihadists
    attacked the town, killing 40 civilians. On August 9, the army launched a counter-offensive"): the answer, an event of its own."""
    kinds = STRIKES_FROM_AFAR if m["sub_event_type"] in STRIKES_FROM_AFAR else BATTLES if m["sub_event_type"] in BATTLES else set()
    return bool(kinds) and m["date_text"] is not None and None not in (m["event_date"], lead.day) \
        and (m["event_date"] > lead.day if kinds is BATTLES else m["event_date"] != lead.day) \
        and all(x["sub_event_type"] not in kinds for x in lead.mentions)   # (a battle after the lead: not the day a claim of it was made)


def _days_apart(m: dict, cluster: Cluster) -> int:
    """Days between a mention's date (its own or its sentence's neighbour's) and the event's (0 when either is unknown)."""
    if m["event_date"] is None or cluster.day is None:
        return 0
    return abs((m["event_date"] - cluster.day).days)


def _first(mentions: list[dict], subs: list[str]) -> int:
    """The first sentence reporting one of these sub-event types."""
    return min(m["sentence"] for m in mentions if m["sub_event_type"] in subs)


def _withdrew_from_assault(mentions: list[dict]) -> bool:
    """Whether the side that withdrew is the one the taking overran ("Al-Shabaab overran a military base ... The army said
    it had withdrawn from the base"): ground lost to an assault, not handed over."""
    losers = {m["actor2"] for m in mentions if m["sub_event_type"] in TERRITORY and m["actor2"]}
    return any(m["sub_event_type"] == HANDED_OVER and m["actor1"] in losers for m in mentions)


def _left_the_ground(mentions: list[dict]) -> bool:
    """Whether the group that overran a place withdrew after it, by name or as unnamed armed men ("Al-Shabaab overran a
    military base ... The militants later withdrew"): the ground was not held, a fight with no change of control."""
    taken = [m for m in mentions if m["sub_event_type"] == OVERTAKEN and m["actor1"]]
    takers = {m["actor1"] for m in taken}
    return bool(taken) and any(m["sub_event_type"] == HANDED_OVER and (m["actor1"] in takers or _unidentified_armed(m["actor1"]))
                               and m["sentence"] > min(t["sentence"] for t in taken) for m in mentions)


def _choose_type(mentions: list[dict]) -> str:
    scores: dict[str, float] = {}
    for m in mentions:
        scores[m["sub_event_type"]] = scores.get(m["sub_event_type"], 0) + (m["confidence"] or 0)
    blasts = [m for m in mentions if m["sub_event_type"] in EXPLOSIONS]
    if blasts and not any(m["fatalities"] or m["injuries"] for m in blasts) and any(
            m["sub_event_type"] == "Attack" and m["weapon"] == "firearm" and m["fatalities"] and m["sentence"] < min(b["sentence"] for b in blasts)
            for m in mentions):   # "Israeli forces shot dead a boy ... The army said he had thrown an explosive device": the
        mentions = [m for m in mentions if m not in blasts]   # shooting, told first; the blast told after it hurt no one
        scores = {s: v for s, v in scores.items() if s not in EXPLOSIONS}
    if set(scores) & TERRITORY and scores.get(HANDED_OVER, 0) >= ABSORB_SHARE * max(scores.get(s, 0) for s in TERRITORY) \
            and not set(scores) & (VIOLENT - TERRITORY) and not any(m["fatalities"] for m in mentions) \
            and not _withdrew_from_assault(mentions):
        return HANDED_OVER   # "les FAMa reprennent le contrôle de Tessalit. L'armée a pris possession de la localité ..., sans combat"
    if set(scores) & VIOLENT:   # violence reported: context developments do not type the event, nor do weapons
        # seized in it ("attacked a Dozo position ... and seized a submachine gun"); a weapon intercepted stays beside explosions
        remote = set(scores) & set(EVENT_TYPES["Explosions/Remote violence"])
        scores = {s: v for s, v in scores.items() if s not in STRATEGIC and (s != DISRUPTED or remote)}
    best = strongest(scores, scores)
    if best == "Armed clash" and OVERTAKEN in scores:   # "Fano militiamen and the army fought in Lalibela ... The militia then took
        best = OVERTAKEN   # control of the town": the battle in which the group took the ground (not the army's, told in a headline as taken)
    if best == "Attack" and ABDUCTION in scores and not any(m["fatalities"] or m["injuries"] for m in mentions):
        best = ABDUCTION   # "attacked the village. Three men were abducted": a raid that harmed no one took them
    if best == "Attack" and any(m["sub_event_type"] == "Looting/property destruction" for m in mentions) \
            and not any(m["fatalities"] or m["injuries"] for m in mentions) \
            and all(_unidentified_armed(m["actor1"]) for m in mentions if m["sub_event_type"] == "Attack"):
        best = "Looting/property destruction"   # "unknown gunmen attacked the village. The gunmen took cattle. No one was hurt":
        # what unnamed men took or burned (the sentence's rule, across sentences)
    if best == ABDUCTION and any(m["dead_named_before"] for m in mentions):
        best = "Attack"   # "... abducted a trader. His body was found on Sunday": a killed abductee is an attack
    protests = [s for s in EVENT_TYPES["Protests"] if s in scores]   # most severe first
    riots = [s for s in EVENT_TYPES["Riots"] if s in scores]
    # the crowd clashed with the forces facing it ("puis des heurts ont opposé les marcheurs aux gendarmes")
    crowd_fought = any(m["sub_event_type"] == "Armed clash" and "State forces" in (m["inter1"], m["inter2"])
                       and {m["inter1"], m["inter2"]} <= UNARMED_INTERS | {"State forces"} for m in mentions)
    faceless = [m for m in mentions if m["sub_event_type"] == "Armed clash"]
    if best == "Armed clash" and riots and all(m["actor1"] is None and m["inter2"] == "State forces" for m in faceless) \
            and _first(mentions, riots) < _first(mentions, ["Armed clash"]):
        best = riots[0]   # "youths clashed with police ... Cars were torched and 12 officers were injured", "une foule en colère
        # a pris à partie des policiers ... deux agents blessés": the forces hurt by no one named after a riot were hurt in it
    looted = "Looting/property destruction"
    wrecked = looted in scores and protests and _first(mentions, protests) < _first(mentions, [looted]) and all(
        m["inter1"] in UNARMED_INTERS for m in mentions if m["sub_event_type"] == looted)   # "... They set fire to an official's home"
    if (best in protests or best in ("Mob violence", looted)) and protests and (
            {"Violent demonstration", "Mob violence"} & set(scores) or crowd_fought or wrecked):
        best = "Violent demonstration"   # demonstrators who turned violent, or a mob beside a protest: a violent demonstration
    elif best == "Mob violence" and "Violent demonstration" in scores and any(
            m["sub_event_type"] == "Mob violence" and "State forces" in (m["inter1"], m["inter2"]) for m in mentions):
        best = "Violent demonstration"   # "protesters blocked roads ... Clashes with police left 10 injured": the demonstration's
    elif best in protests or best == "Arrests" and protests and _first(mentions, protests) < _first(mentions, ["Arrests"]):
        # forces that dispersed or arrested the protesters (not protesters who marched against arrests)
        arrested = "Arrests" in scores and _first(mentions, protests) < _first(mentions, ["Arrests"]) and any(
            m["sub_event_type"] == "Arrests" and m["inter1"] == "State forces" for m in mentions)   # "... Police arrested 23 of them"
        best = "Protest with intervention" if arrested and protests[0] == "Peaceful protest" else protests[0]
    elif best == "Arrests" and riots and _first(mentions, riots) < _first(mentions, ["Arrests"]):
        best = riots[0]   # rioters arrested: the riot
    elif best in ("Attack", "Looting/property destruction") and riots and _first(mentions, riots) < _first(mentions, [best]) \
            and all(m["actor1"] is None for m in mentions if m["sub_event_type"] == best):
        best = riots[0]   # "youths clashed with police ... Cars were torched and 12 officers injured": what the riot did
    # "protesters marched on parliament. Police opened fire, killing 19 people": the forces' killing is the demonstration's
    crowd_told = _first(mentions, protests + riots) if protests or riots else None
    forces_killed = any(m["sub_event_type"] == "Attack" and m["inter1"] == "State forces" and m["fatalities"] and (
        m["actor2"] and m["inter2"] in UNARMED_INTERS or m["actor2"] is None and crowd_told is not None and crowd_told < m["sentence"])
        for m in mentions)   # "youths threw stones at soldiers. The soldiers opened fire, killing one": the crowd told before
    forces_shot = crowd_told is not None and any(
        m["sub_event_type"] == "Attack" and m["inter1"] == "State forces" and m["weapon"] == "firearm"
        and (m["injuries"] or m["actor2"] is not None and m["inter2"] in UNARMED_INTERS) and crowd_told < m["sentence"]
        for m in mentions)   # "Students
    # protested ... Three students were shot by police": people the forces' gunfire hit
    if (forces_killed or forces_shot) and (best == "Attack" and (protests or riots) or best in protests):
        best = riots[0] if riots else "Excessive force against protesters"   # rioters shot at are still rioting
    if best in ("Attack", "Peaceful protest") and protests and "Attack" in scores and _first(mentions, protests) < _first(mentions, ["Attack"]) \
            and all(m["inter1"] == "State forces" and m["actor2"] is None and not (m["fatalities"] or m["injuries"])
                    for m in mentions if m["sub_event_type"] == "Attack"):
        best = "Protest with intervention"   # "protesters gathered at the palace. Soldiers fired shots in the air": no one hit
    # forces broke up the protest, and people died ("13 personnes ont été tuées") or were shot ("trois manifestants ont été
    # blessés par balles"), with no one else named who hit them
    if best == "Protest with intervention" and any((m["fatalities"] or m["injuries"] and m["weapon"] == "firearm")
                                                   and m["inter1"] in (None, "State forces") and m["inter2"] in UNARMED_INTERS
                                                   for m in mentions):
        best = "Excessive force against protesters"
    # ACLED's precedence: a higher type absorbs a lower one in the same event
    if best in ("Attack", "Abduction/forced disappearance") and scores.get("Armed clash", 0) >= ABSORB_SHARE * scores[best]:
        best = "Armed clash"
    if best == "Looting/property destruction" and any(m["sub_event_type"] == best and m["injuries"] and m["inter1"] not in UNARMED_INTERS
                                                      for m in mentions):
        best = "Attack"   # "threw petrol bombs at a church. Five worshippers were wounded": people were hurt, not only property
    attacks = [m for m in mentions if m["sub_event_type"] == best]
    by_forces = all(m["inter1"] in FORCES for m in attacks)
    if best == "Attack" and not any(m["inter2"] for m in attacks) and any(
            m["inter2"] in FORCES and m["inter1"] not in UNARMED_INTERS
            or by_forces and m["inter2"] not in UNARMED_INTERS and m["inter1"] in (None, *FORCES) for m in mentions):
        best = "Armed clash"   # "gang members set fire to a police station. Two officers were killed": the forces' dead; "forces
        # opened fire on a vehicle at a checkpoint. Two gunmen in it were wounded and arrested": armed men they fired on
    taken = max((s for s in TERRITORY if s in scores), key=lambda s: (scores[s], -_first(mentions, [s])), default=None)
    if taken and (best in ("Attack", "Abduction/forced disappearance") and scores[taken] >= ABSORB_SHARE * scores[best]
                  or best == "Armed clash" and _fought_over(mentions, taken)) \
            and _first(mentions, [taken]) < _first(mentions, [best]):
        best = taken   # "overran a military base ... 30 militants were killed": the ground taken first is the battle's sub-event type
    explosions = [s for s in EVENT_TYPES["Explosions/Remote violence"] if s in scores]   # list order: most specific first
    if explosions and (best == "Attack" or best in explosions):   # "une frappe israélienne ... a coûté la vie à neuf personnes"
        best = explosions[0] if best == "Attack" or {"Chemical weapon", "Suicide bomb"} & set(explosions) else best
    weapon_events = load_common("weapon_classes")
    explosive = next((weapon_events[m["weapon"]] for m in mentions if m["weapon"] in weapon_events), None)
    # a deadly fight between two armed sides named as surely as the explosive makes a battle ("an ambush, then jets
    # struck the attackers"), and one told before an explosive no one is named to have fired does if named half as surely
    # ("the army and the RSF fought for El Fasher ... 40 civilians were killed by shelling": the battle's shells), as does one
    # the side attacked answered from the air; any other clash word must be twice as sure ("l'assaut contre le centre" by two rockets)
    shot = [m for m in mentions if m["sub_event_type"] == explosive]
    unclaimed = bool(shot) and not any(m["actor1"] for m in shot)
    clashes = [m for m in mentions if m["sub_event_type"] == "Armed clash" and {m["inter1"], m["inter2"]}.isdisjoint(UNARMED_INTERS)]
    before = [m for m in clashes if shot and m["sentence"] < min(s["sentence"] for s in shot)]
    answered = all(s["actor1"] not in (None, m["actor1"]) and s["actor2"] in (None, m["actor1"]) for s in shot for m in before)
    told_first = bool(before) and (unclaimed or answered)   # "PKK militants attacked a Turkish base. Turkish forces responded
    # with airstrikes", "Barkhane intervened with airstrikes": the side attacked, or its allies, answered
    share = 0.5 if told_first else 1 if any(m["fatalities"] or m["injuries"] for m in clashes) else 2
    if told_first and best == explosive and scores.get("Armed clash", 0) >= share * scores[explosive]:
        return "Armed clash"
    in_person = any(m["sub_event_type"] == "Attack" and m["actor1"] and weapon_events.get(m["weapon"]) == explosive for m in mentions)
    # "gunmen stormed a church, shooting worshippers and detonating explosives": the sentence weighed the explosive and found
    # armed men's attack in person (not "a child died handling a device he found in a field": the device's blast)
    if explosive and best in ("Attack", "Armed clash") and scores.get("Armed clash", 0) < share * scores.get(explosive, 0.01) and not in_person:
        return explosive
    hits = [m["sub_event_type"] for m in mentions if m["sub_event_type"] in explosions and (m["fatalities"] or m["injuries"])]
    if hits and (best == DISRUPTED or best in explosions and best not in {*hits, "Chemical weapon", "Suicide bomb"}
                 and hits[0] in STRIKES_FROM_AFAR):
        return hits[0]   # "a missile hit a power plant, killing two workers ... Air defences shot down 40 drones", "... 40 of the 52
        # drones launched overnight were shot down": the strike that hit
    if best in explosions and DISRUPTED in scores and not any(m["fatalities"] or m["injuries"] for m in mentions):
        last = max((m for m in mentions if m["sub_event_type"] in explosions + [DISRUPTED]), key=lambda m: m["sentence"])
        if last["sub_event_type"] == DISRUPTED:
            return DISRUPTED   # "fired rockets at Sderot. The rockets were intercepted": the last word on them, and no one hit
    if best == OVERTAKEN and _left_the_ground(mentions):
        return "Armed clash"   # "overran a military base ... The militants later withdrew": no ground held
    return best


def _fought_over(mentions: list[dict], taken: str) -> bool:
    """Whether the fighting reported beside ground taken is the taking's own battle, told again by its
    toll: no side in it that the taking did not name, unnamed armed men aside ("overran a military
    base ... 30 militants were killed, while the group claimed to have killed 20 soldiers"; not
    "Nyatura militiamen fought the rebels near the town")."""
    sides = {m[f"actor{n}"] for m in mentions if m["sub_event_type"] == taken for n in (1, 2)}
    return all(m[f"actor{n}"] in sides or _unidentified_armed(m[f"actor{n}"]) or m[f"actor{n}"] is None
               for m in mentions if m["sub_event_type"] == "Armed clash" for n in (1, 2))


def _fatalities(mentions: list[dict]) -> tuple[int, list[dict]]:
    """ACLED's rule: the lowest figure when reports conflict. The first figure the article gives is
    its headline toll, unless it is a vague count that an exact figure later refines ("une dizaine
    de villageois" ... "douze morts" gives 12); later figures close to it (CONFLICT_SHARE) are
    conflicting reports of the same toll ("au moins 11" ... "une dizaine" gives 10), smaller ones
    are subsets ("dont deux femmes") and do not lower it, unless they restate the whole toll ("l'armée
    parle de 15 morts"). A later toll said to add to it ("two soldiers were also killed"), or that
    counts the dead of the side that did the first toll's killing, not as its enemy's claim, after a vague
    first toll or killed by a third side ("repoussé une attaque, tuant une dizaine d'assaillants ... Deux
    soldats ont été tués"; "Gunmen killed four villagers ... Three of the gunmen were killed by vigilantes";
    not the other side's own figure of the same fight), or whose dead are of another side than the first
    toll's ("killed about 30 assailants ... at least 20 soldiers died"), is added: ACLED counts the
    dead of every side."""
    stated = [m for m in mentions if m["fatalities_stated"]]
    if stated:   # "Unknown fatalities coded as 10": the report's own figure
        return stated[0]["fatalities"], stated[0]["evidence"]
    reported = [m for m in mentions if m["fatalities"] is not None]
    unclaimed = [m for m in reported if not m["fatalities_claimed"]]
    if any(m["fatalities_explicit"] for m in unclaimed) or not any(m["fatalities_explicit"] for m in reported):
        reported = unclaimed or reported   # a side's claim, only when no one else gives a toll (a figure: not a headline's
        # "'terrorists' killed" before "the army said it had neutralised 18 terrorists")
    explicit = [m for m in reported if m["fatalities"] > 0 and m["fatalities_explicit"]]
    implied = [m for m in reported if m["fatalities"] > 0 and not m["fatalities_explicit"]]
    positive = explicit or implied   # numbers first, then counts implied by words, but one told before numbers that add to it
    before = [m for m in implied if explicit and m["sentence"] < min(x["sentence"] for x in explicit)][:1]
    if before and all(m["fatalities_added"] or (_other_sides_dead(m, before[0]) or _sides_apart(before[0], m))
                      and m["sub_event_type"] == before[0]["sub_event_type"] == "Armed clash" for m in explicit):
        # ("killed a commander ... Two of his bodyguards were also killed"; "a soldier was killed when militants attacked
        # ... Two militants were killed in the exchange of fire", "un soldat a été tué ... Trois assaillants ont été abattus")
        positive = before + explicit
    if positive:
        first = min(positive, key=lambda m: m["sentence"])
        whole = next((m for m in sorted(positive, key=lambda m: m["sentence"]) if m["sentence"] > first["sentence"]
                      and m["fatalities_side"] == BOTH_SIDES and m["fatalities"] >= first["fatalities"]), None)
        if whole is not None:   # "two soldiers were killed ... the toll stood at two dead on the soldiers' side and five on
            # the assailants'": the later toll of both sides is the whole of it
            positive, first = [m for m in positive if m["sentence"] >= whole["sentence"]], whole
        # a vague first toll is refined by a later exact one of the same dead, not by the other side's
        added = [m for m in positive if m["sentence"] > first["sentence"]
                 and (m["fatalities_added"] or _other_sides_dead(m, first) and not m["fatalities_claimed"]
                      and (not first["fatalities_exact"] or m["actor1"] != first["actor2"])
                      or _sides_apart(first, m))]
        added += [m for m in reported if m["fatalities"] == 1 and not m["fatalities_explicit"] and m["fatalities_added"]
                  and m["sentence"] > first["sentence"] and m not in positive]   # "A soldier was also killed": one, named by its article
        positive = [m for m in positive if m not in added]
        if not first["fatalities_exact"]:
            positive = [m for m in positive if m["fatalities_exact"] and m["sentence"] > first["sentence"]] or positive
        lead = min(positive, key=lambda m: m["sentence"])
        # another source's figure of the whole toll conflicts with it however much lower ("police put the toll at eight"); the
        # other side's dead are no figure of it ("quatre soldats tués ... neutralisant plusieurs terroristes", both sides' claims)
        low = min((m for m in positive if (m["fatalities"] >= CONFLICT_SHARE * lead["fatalities"] or m["fatalities_restated"])
                   and not (m is not lead and _different_sides(m, lead))),
                  key=lambda m: (m["fatalities"], m["sentence"]))
        return low["fatalities"] + sum(m["fatalities"] for m in added), low["evidence"] + [e for m in added for e in m["evidence"]]
    return 0, (reported[0]["evidence"] if reported else [])


def _sides_apart(first: dict, later: dict) -> bool:
    """Whether two tolls count the dead of different sides ("30 assailants" ... "20 soldiers"), the
    later not a side's claim ("the army said twenty militants were neutralized": ACLED leaves it out)."""
    return _different_sides(first, later) and not later["fatalities_claimed"]


def _different_sides(a: dict, b: dict) -> bool:
    """Whether two tolls each count one side's dead, and not the same side's."""
    return not {None, BOTH_SIDES} & {a["fatalities_side"], b["fatalities_side"]} and a["fatalities_side"] != b["fatalities_side"]


def _other_sides_dead(later: dict, first: dict) -> bool:
    """Whether a later toll's victims are the side that did the first toll's killing."""
    return later["actor2"] is not None and later["actor2"] == first["actor1"] and later["actor1"] != first["actor1"]


def _named_group(name: str | None) -> bool:
    """A group named in common/actor_groups.yaml, a gang by its own name ("Kraze Baryè Gang") or a people's militia
    ("Murle Ethnic Militia (South Sudan)"): a mention that names the group beats one that does not."""
    gang = load_common("actor_types")["named_gang"]["name"].replace("{name}", "")
    return bool(name) and (name.endswith(gang) or f"{ETHNIC_MILITIA} (" in name or any(name.startswith(g["name"]) and g["inter"] != "State forces"
                                                      for g in load_common("actor_groups")))


MINE = "Remote explosive/landmine/IED"
DISRUPTED = "Disrupted weapons use"
OVERTAKEN = "Non-state actor overtakes territory"
HANDED_OVER = "Non-violent transfer of territory"
PROJECTILES = {"drone", "missile", "rocket", "artillery", "mortar"}   # weapon classes launched at a target, which defences stop
INTERNATIONAL_CIVILIANS = load_common("actor_types")["international_civilians"]["name"]
CIVILIANS_OF = re.compile(re.escape(load_common("actor_types")["civilians"]["name"]).replace(re.escape("{country}"), "(.+)"))   # "Civilians (Mali)"
GOVERNMENT = load_common("actor_types")["government"]["name"].split("{")[0]   # "Government of ": a local official's associate
CROWD_SUBS = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters", "Violent demonstration")
FORCES = ("State forces", "External/Other forces")


def _unidentified_armed(name: str | None) -> bool:
    return name is not None and name.startswith(ARMED_DEFAULT[0].split(" (")[0])


def _anaphoric(m: dict, lang: str, side: int = 1) -> bool:
    """Armed men the text does not name and does not call unknown ("the gunmen", "les assaillants";
    not "unknown gunmen", actors.yaml `unknown_doers`): the article's one named group again."""
    return _unidentified_armed(m.get(f"actor{side}")) and not _unknown_words(lang).search(m.get(f"actor{side}_text") or "")


@cache
def _unknown_words(lang: str) -> re.Pattern:
    """actors.yaml's `unknown_doers`, as one pattern compiled once per language."""
    words = "|".join(re.escape(w) for w in load_resource(lang, "actors").get("unknown_doers", [])) or "(?!)"
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def _on_both_sides(m: dict) -> bool:
    """Whether the report put its one group (or crowd) on both sides: the same words are its actor1 and actor2."""
    words = {e["field"]: e["start"] for e in m["evidence"] if e["field"] in ("actor1", "actor2")}
    return m["actor1"] is not None and m["actor1"] == m["actor2"] and words.get("actor1") == words.get("actor2") is not None


@cache
def _country_named(name: str | None) -> Country | None:
    """The country of that ACLED name, which knows how actor names spell it ("of the Democratic Republic of Congo")."""
    return next((c for c in countries().values() if c.name == name), None)


def _actors(typed: list[dict], etype: str, sub: str, cname: str | None, perpetrator: dict | None = None, lang: str = "en"):
    """((actor1, inter1), (actor2, inter2), assoc_actor_1, assoc_actor_2) by ACLED's conventions;
    violence with no perpetrator named, or by armed men it does not name, is the article's one
    named armed group's (`perpetrator`). Without a known country a generic actor keeps its type
    but gets no name."""
    country = _country_named(cname)
    named = lambda name: (country.in_actor(name) if country else name.replace("{country}", cname)) if cname else None  # noqa: E731
    # "four soldiers killed by a mine" with no one named who laid it: the soldiers were hit, so in the
    # event's other reports ("the army pursued the jihadists") their opponent is actor1, not they
    # (forces of the same state are the soldiers' side too: "un gendarme tué par un engin explosif ... les militaires ont ensuite
    # neutralisé quatre terroristes")
    hit = next((m for m in typed if sub == MINE and m["sub_event_type"] == sub and m["actor2"] and not m["actor1"]
                and m["inter2"] not in UNARMED_INTERS), None)
    target = hit["actor2"] if hit else None
    own_side = lambda m: m["actor1"] == target or m["inter1"] == hit["inter2"] == "State forces"  # noqa: E731
    sides = [{"actor1": m["actor2"], "inter1": m["inter2"], "sentence": m["sentence"]} if target and own_side(m) else m for m in typed]
    armed_only = etype in ARMED_TYPES   # a crowd or villagers read in another sentence did not do the attack
    # who stopped some of the projectiles did not fire those that hit ("a missile hit a power plant ... Air defences shot down 40 drones")
    defended = sub != DISRUPTED and etype == "Explosions/Remote violence" and any(
        m["actor1"] for m in typed if EVENT_TYPE_OF[m["sub_event_type"]] == etype) and any(
        m["fatalities"] or m["injuries"] for m in typed)   # (someone named fired them, and they hit)
    told = min((m["sentence"] for m in typed if m["sub_event_type"] in VIOLENT), default=None)
    with_actor1 = [m for m in sides if (m["actor1"] or m["inter1"]) and not (armed_only and m["inter1"] in UNARMED_INTERS)
                   and not (defended and m.get("sub_event_type") == DISRUPTED)
                   and not (armed_only and m.get("sub_event_type") == "Arrests" and told is not None and m["sentence"] > told)]
    # (who arrested suspects after the attack was told did not attack; who arrested the men they then executed did)
    # the named group the article names first: the lead's ("M23 rebels seized the town ... Nyatura militiamen fought them")
    lead = min(with_actor1, key=lambda m: m["sentence"], default={})
    fought = etype == "Battles" and lead.get("inter1") not in (None, *UNARMED_INTERS) and any(
        m["sub_event_type"] == sub and m["actor2"] == lead["actor1"] for m in typed)
    # "... when jihadists attacked a convoy escorted by soldiers. The army said it had killed dozens of attackers": who
    # attacked first is the battle's actor1, the side the later report has as its target
    first = next((m for m in sorted(with_actor1, key=lambda m: m["sentence"]) if _named_group(m["actor1"])),
                 lead if fought else with_actor1[0] if with_actor1 else {})
    actor1 = (first.get("actor1"), first.get("inter1"))
    unnamed_fought = etype == "Battles" and _unidentified_armed(actor1[0]) and any(m["actor1"] == m["actor2"] == actor1[0] for m in typed)
    others = [m for m in typed if (m["actor2"] or m["inter2"]) and m["actor2"] != actor1[0]] \
        or [m for m in typed if unnamed_fought and m["actor1"] == m["actor2"] == actor1[0]]   # another side named, else the same again
    # a named group's opponents named by another report before the unnamed armed men that are likely its own
    # ("Al Shabaab militants attacked an SNA base ... 5 militants were killed": the army fought them)
    second = next((m for m in others if not (_named_group(actor1[0]) and _unidentified_armed(m["actor2"]))), others[0] if others else {})
    actor2 = (second.get("actor2"), second.get("inter2"))
    if etype == "Battles" and (actor2[1] is None or actor2[1] in UNARMED_INTERS or _named_group(actor1[0]) and _unidentified_armed(actor2[0])):
        # "JNIM militants attacked the village ... Dozo militiamen responded, killing two militants": the other side (also
        # before the people killed in the fight: "security forces ended the siege ... 21 people were killed")
        fighters = [(m["actor1"], m["inter1"]) for m in with_actor1 if m["actor1"] and m["actor1"] != actor1[0] and m["inter1"] not in UNARMED_INTERS]
        unnamed = fighters[0] if fighters and actor2[1] in (None, *UNARMED_INTERS) else actor2   # ("jihadists attacked an army post;
        # the soldiers withdrew after two hours of fighting": the armed men the army fought, though unnamed)
        actor2 = next((a for a in fighters if not _unidentified_armed(a[0])), unnamed)
    default1 = DEFAULT_ACTOR1.get(etype)
    if default1 and actor1[1] != default1[1]:   # demonstrations: the crowd is actor1, forces facing it actor2
        held = sub in ("Protest with intervention", "Excessive force against protesters") and actor1[1] not in (None, *UNARMED_INTERS)
        if (actor1[1] in FORCES or held) and (not actor2[1] or actor2[1] in FORCES or etype == "Protests" and actor2[1] not in UNARMED_INTERS
                                              or actor2[1] in UNARMED_INTERS and held):
            actor2 = actor1   # the forces that acted faced the crowd, not those it protested against ("contre la Monusco") nor the
            # group its members belong to ("arrested 40 members of a separatist group during a rally": not so a riot's armed
            # side, "soldiers and hunters exchanged gunfire"); armed men who held the demonstrators ("Islamists detained about 90
            # protesters") are the side that intervened
        actor1 = (None, None)
    mob_victims = sub == "Mob violence" and second.get("sub_event_type") == sub and second.get("inter2") == "Civilians"
    if default1 and actor2[1] in UNARMED_INTERS:   # "police dispersed the crowd" in another sentence; not the police who arrested
        # some after a mob's violence ("rival supporters clashed ... Police arrested 10"), nor forces told of beside the people a
        # mob attacked that acted on no crowd ("a mob beat a thief to death. Police arrested 15 suspects", "Police arrived after
        # the victims had died")
        actor2 = next(((m[f"actor{n}"], m[f"inter{n}"]) for m in typed for n in (1, 2) if m[f"inter{n}"] in FORCES
                       and not (sub == "Mob violence" and m["sub_event_type"] == "Arrests")
                       and not (mob_victims and m is not second and m[f"inter{3 - n}"] not in CROWDS)), actor2)
    if sub == "Air/drone strike" and actor1[1] not in FORCES:   # only forces fly: the side they strike is actor2
        flown = next(((m[f"actor{n}"], m[f"inter{n}"]) for m in typed for n in (1, 2) if m[f"inter{n}"] in FORCES
                      and m[f"actor{n}"] != actor2[0] and m["sub_event_type"] != DISRUPTED), None)   # not the forces struck ("drones
        # struck a U.S. base"), nor those that shot some down ("the Houthis launched drones at Eilat; Israel intercepted one")
        if flown is not None:   # the struck side: actor2 as read, unless forces again ("the army said"), then the displaced actor1
            actor1, actor2 = flown, (actor2 if actor2[1] and actor2[1] not in FORCES or not actor1[1] else actor1)
    disruptor = next((m for m in typed if m["sub_event_type"] == DISRUPTED and m["actor1"]), None)
    if sub == DISRUPTED and disruptor is not None:   # "rockets fired by Hamas ... intercepted by Israeli air defence": who stopped them
        attacker = next(((m["actor1"], m["inter1"]) for m in typed if m["actor1"] and m["actor1"] != disruptor["actor1"]
                         and EVENT_TYPE_OF[m["sub_event_type"]] == "Explosions/Remote violence"), None)
        own = (disruptor["actor2"], disruptor["inter2"]) if disruptor["actor2"] not in (None, disruptor["actor1"]) else None   # "by the IDF and allied forces": one side
        actor1, actor2 = (disruptor["actor1"], disruptor["inter1"]), own or attacker or (actor2 if actor2[0] != disruptor["actor1"] else (None, None))
    unnamed_stop = sub == DISRUPTED and disruptor is None and not any(m["actor2"] for m in typed if m["sub_event_type"] == DISRUPTED)
    fired = next(((m["actor1"], m["inter1"]) for m in typed if unnamed_stop and m["actor1"] and m["weapon"] in PROJECTILES
                  and EVENT_TYPE_OF[m["sub_event_type"]] == "Explosions/Remote violence"), None)
    defences = (named("Military Forces of {country}"), "State forces")
    if fired is not None and defences[0] and fired[0] != defences[0]:   # "Houthi forces fired a missile towards Israel. The missile
        # was intercepted near Beersheba": stopped by the forces where it was aimed, the launcher's (as one sentence tells it)
        actor1, actor2 = defences, fired
    launched = next((m for m in typed if m["sub_event_type"] == DISRUPTED and m["actor2"] and m["actor1"] == actor1[0]
                     and m["weapon"] in PROJECTILES), None)   # not "shot down a French helicopter": an aircraft is no projectile
    if launched is not None and sub != DISRUPTED and EVENT_TYPE_OF[sub] == "Explosions/Remote violence":
        # "Russia launched 120 drones, most were shot down; two people were killed": the strike was the launcher's, on whom it hit
        actor1 = (launched["actor2"], launched["inter2"])
        actor2 = next(((m["actor2"], m["inter2"]) for m in typed if m is not launched and m["actor2"] and m["actor2"] != actor1[0]), (None, None))
    if sub == "Government regains territory" and actor1[1] not in FORCES:   # only forces regain ground: the other side lost it
        actor1, actor2 = ((actor2, actor1) if actor2[1] in FORCES
                          else ((named("Military Forces of {country}"), "State forces"), actor1 if actor1[1] else actor2))
    if sub == MINE and actor1[1] == "State forces" and not actor2[1]:
        actor1, actor2 = (None, None), actor1   # "soldiers killed when their truck ran over a mine": forces are the target
    if (actor1[1] is None or _anaphoric(first, lang)) and sub in VIOLENT and perpetrator and perpetrator["actor1"] != actor2[0]:
        actor1 = (perpetrator["actor1"], perpetrator["inter1"])
    elif _anaphoric(first, lang) and sub in VIOLENT and perpetrator and perpetrator["actor1"] == actor2[0]:
        # "Ethiopian troops and Fano militiamen fought for the town. The militia briefly took it over": the group named, its
        # opponent the other side
        opponent = next(((m[f"actor{3 - n}"], m[f"inter{3 - n}"]) for m in typed for n in (1, 2)
                         if m[f"actor{n}"] == actor2[0] and m[f"actor{3 - n}"] and not _unidentified_armed(m[f"actor{3 - n}"])), (None, None))
        actor1, actor2 = actor2, opponent
    elif actor1[1] in FORCES and second and _anaphoric(second, lang, 2) and sub in VIOLENT and perpetrator \
            and perpetrator["inter1"] not in FORCES:
        actor2 = (perpetrator["actor1"], perpetrator["inter1"])   # "Al Shabaab fighters stormed a hotel ... The next day,
        # security forces ended the siege, killing all five attackers": the group's fighters
    if actor1[1] is None and sub == "Air/drone strike" and (actor2[1] not in (*UNARMED_INTERS, *FORCES)
                                                            or any(m["weapon"] == "airstrike" for m in typed)):
        # "a drone strike targeted a meeting of jihadist leaders": who flies against armed groups unnamed is the country's
        # forces, and the side struck stays actor2 (not "drones struck a U.S. base": militias fly drones too); so are
        # aircraft, whoever they struck ("jets bombed a market"), or the state's that flies over a land with no air force
        flier = countries().get(load_common("countries")["air_forces_of"].get(country.cc)) if country else None
        actor1 = (flier.in_actor("Military Forces of {country}"), "External/Other forces") if flier else (named("Military Forces of {country}"), "State forces")
    if actor1[1] is None and etype != "Strategic developments":
        name, inter = default1 or ARMED_DEFAULT
        actor1 = (named(name), inter)
    elif actor1[1] is None and sub == "Arrests":   # "opposition activists were arrested": by the police, unless named; armed men
        # by the army ("the arrest of 12 suspected jihadists")
        forces = "Military Forces of {country}" if actor2[1] in NON_STATE else "Police Forces of {country}"
        actor1 = (named(forces), "State forces")
    if sub == "Arrests" and actor2[1] is None:   # "police arrested three suspects": whom no group or force names are civilians
        actor2 = (named("Civilians ({country})"), "Civilians")
    assoc2 = next((m["assoc_actor_2"] for m in typed if m["assoc_actor_2"] and not (actor1[1] in FORCES and m["actor2"] == actor1[0])
                   and not (etype == "Battles" and m["inter2"] in UNARMED_INTERS and actor2[1] not in (*UNARMED_INTERS, "Identity militia"))
                   and not (actor2[1] == "Civilians" and m["inter2"] not in (None, *UNARMED_INTERS))), None)
    # (not the allies of the forces that fought, struck beside them: "soldiers and VDP repelled an attack ... Eight soldiers and
    # four VDP died"; not the people a gang shot before the police fought it: "... including a pastor. Police later exchanged fire with the gang";
    # but a village's people are its militia's: "attacked the Dogon village ... the village's defence group drove the raiders off"; nor, for
    # civilians, the allies of the armed side a clash told beside their killing: "clashes between the army and the RSF ... The
    # RSF shelled residential areas, killing 9 civilians")
    turned_on_forces = sub == "Mob violence" and actor2[1] in FORCES and second.get("sub_event_type") == sub   # "a mob lynched a policeman"
    fought_itself = sub == "Mob violence" and any(m["sub_event_type"] == sub and m["inter1"] in UNARMED_INTERS and _on_both_sides(m)
                                                  for m in typed)   # the crowd's own words as both sides ("clashes between political
    # rivals", "des opposants politiques se sont battus"; not "youths lynched by a mob")
    crowds_fought = sub == "Mob violence" and (actor2[1] in ("Rioters", *NON_STATE) or fought_itself)   # "two rival factions clashed":
    # rioters on both sides; "residents clashed with armed bandits": the armed men the mob fought
    if (etype == "Violence against civilians" or sub == "Mob violence" and not turned_on_forces and not crowds_fought) and actor2[1] != "Civilians":
        if (actor2[0] or "").startswith(GOVERNMENT):   # "ont enlevé le préfet": an official, a civilian with the government associated
            assoc2 = "; ".join(dict.fromkeys([actor2[0], *(assoc2.split("; ") if assoc2 else [])]))
        actor2 = (named("Civilians ({country})"), "Civilians")   # a mob's target is civilians, unless the mob turned on forces
    if fought_itself and actor1[1] == "Rioters" and actor2[1] in UNARMED_INTERS:
        actor2 = actor1   # rioters on both sides
    if etype == "Battles" and (actor2[1] in ("Civilians", "Rioters") or actor2[1] is None and actor1[1] == "Identity militia"):
        actor2 = (named("Unidentified Communal Militia ({country})"), "Identity militia")   # villagers who fight back, the other community
    hit_infrastructure = etype == "Explosions/Remote violence" and any(m["infrastructure_text"] for m in typed)   # "detonated a bridge"
    unhurt = not any(m["fatalities"] or m["injuries"] for m in typed)
    if (sub == "Looting/property destruction" or etype == "Explosions/Remote violence") and actor2[1] is None and not hit_infrastructure \
            and not (sub == "Air/drone strike" and unhurt):
        actor2 = (named("Civilians ({country})"), "Civilians")   # what is looted, burned or shelled with no target named is mostly civilians
        # (not what an air strike that hurt no one struck: "drones carried out strikes in the area of Tessit. No casualties were
        # reported": no side)
    assoc1 = next((m["assoc_actor_1"] for m in typed if m["assoc_actor_1"]   # actor1's identity, or the crowd's
                   and (m["actor1"] == actor1[0] or default1 and m["inter1"] in UNARMED_INTERS)), None)
    if sub == "Violent demonstration" and actor2[1] in ("Civilians", "Protesters"):
        actor2 = (None, None)   # rioters face forces or other rioters; the shops they wreck or the town's people are no side
    if sub == "Protest with intervention" and actor2[1] in UNARMED_INTERS or sub == "Excessive force against protesters" and (
            actor2[1] in UNARMED_INTERS and actor1[1] in UNARMED_INTERS):   # "militants dispersed with tear gas", "one protester was shot
        actor2 = (named("Police Forces of {country}"), "State forces")   # dead": by the police
    if sub in ("Protest with intervention", "Excessive force against protesters") and (actor2[0] or "").startswith(GOVERNMENT):
        # "a sit-in outside the governor's office ... Police arrested six": the forces that stepped in, not whom the crowd addressed
        actor2 = next(((m["actor1"], m["inter1"]) for m in typed if m["inter1"] in FORCES and m["actor1"] and not m["actor1"].startswith(GOVERNMENT)),
                      (named("Police Forces of {country}"), "State forces"))
    if sub in ("Peaceful protest", "Headquarters or base established"):   # nobody faces peaceful protesters; a group sets up its base alone
        actor2 = (None, None)
    if sub in CROWD_SUBS or turned_on_forces:   # the identity named in a demonstration, or a mob that faced forces, is the
        # crowd's: "students clashed with police", "échauffourées avec des orpailleurs"
        assoc1, assoc2 = "; ".join(dict.fromkeys(a for side in (assoc1, assoc2) if side for a in side.split("; "))) or None, None
    if actor1[1] in UNARMED_INTERS and assoc1:   # the officials a crowd turned on are none of its own ("rioters ransacked the
        # mayor's house", "l'attaque du domicile du maire")
        assoc1 = "; ".join(a for a in assoc1.split("; ") if not a.startswith(GOVERNMENT)) or None
    if etype == "Riots" and (actor2[0] or "").startswith(MUTINY_PREFIX) and any(m["actor1"] == actor2[0] for m in typed):
        # "des militaires mutins ont tiré en l'air": the rioters' own mutiny is their associate (ACLED's Rioters with "Mutiny of
        # Military Forces of ..."), not a side they faced (not "demonstrators burned tyres to press the junta")
        assoc1 = "; ".join(dict.fromkeys(a for a in [*(assoc1 or "").split("; "), actor2[0]] if a))
        actor2 = (None, None)
    if etype == "Battles" and any(_on_both_sides(m) and m["actor1"] == actor1[0] for m in typed):
        actor2 = actor1   # "ISGS fighters clashed with each other": one group on both sides
    elif actor2[0] is not None and actor2[0] == actor1[0] and actor2[1] != "Identity militia" and not crowds_fought and not unnamed_fought:
        actor2 = (None, None)   # two communities, two crowds, two armed groups no one names ("clashes between two armed groups") may fight
    actor1, actor2, assoc2 = _forces_before_auxiliaries(typed, actor1, actor2, assoc2)
    actor1, assoc1 = _of_its_people(actor1, assoc1, named)
    actor2, assoc2 = _of_its_people(actor2, assoc2, named)
    if actor2[1] in FORCES:   # the people named where forces were struck are none of theirs ("fired on a police checkpoint beside a
        # camp for displaced people"): forces have other forces for associates, not identities
        assoc2 = "; ".join(a for a in (assoc2 or "").split("; ") if a and not _identity(a)) or None
    if actor2[1] == "Civilians" and _from_afar(actor2[0], country):
        theirs = CIVILIANS_OF.fullmatch(actor2[0]).group(1)
        if not any(a.endswith(f"({theirs})") for a in (assoc2 or "").split("; ")):
            assoc2 = "; ".join([actor2[0], *(assoc2.split("; ") if assoc2 else [])])
        actor2 = (INTERNATIONAL_CIVILIANS, "Civilians")   # "abducted two Czech tourists": Civilians (International), and
        # the Czech Republic's civilians associated, unless an identity of theirs names them ("Journalists (France)")
    return actor1, actor2, assoc1, assoc2 if actor2[1] else None


def _forces_before_auxiliaries(typed: list[dict], actor1: tuple, actor2: tuple, assoc2: str | None) -> tuple[tuple, tuple, str | None]:
    """A group that fights beside the state (actor_groups.yaml `beside_state`) struck with the state's forces that another
    report names as struck is the forces' associate ("Des militaires et des VDP ont été pris en embuscade ... Le bilan fait
    état de 15 soldats et 9 VDP tués": the army, with the VDP)."""
    auxiliaries = {g["name"] for g in load_common("actor_groups") if g.get("beside_state") and g["inter"] not in FORCES}   # (not a
    # mission's peacekeepers: a side of their own)
    forces = next(((m["actor2"], m["inter2"]) for m in typed if m["inter2"] == "State forces" and m["actor2"] != actor1[0]), None)
    if actor2[0] not in auxiliaries or actor1[1] in FORCES or forces is None:
        return actor1, actor2, assoc2
    return actor1, forces, "; ".join(dict.fromkeys([actor2[0], *(assoc2.split("; ") if assoc2 else [])]))


def _from_afar(name: str | None, country: Country | None) -> bool:
    """Whether the name is civilians of a country on another continent than the event's (actor_types.yaml
    `international_civilians`)."""
    of = CIVILIANS_OF.fullmatch(name or "")
    theirs = _country_named(of.group(1)) if of else None
    return theirs is not None and country is not None and None not in (theirs.region, country.region) \
        and theirs.region.split()[-1] != country.region.split()[-1]   # "Western Africa" and "Eastern Africa": one continent


def _identity(actor: str) -> bool:
    """Whether an associated actor is an identity ("Refugees/IDPs (Mali)", "Fulani Ethnic Group (Mali)"), no group."""
    return actor.split(" (")[0] in load_common("actor_types")["identities"] or ETHNIC_GROUP in actor


def _of_its_people(actor: tuple, assoc: str | None, named) -> tuple[tuple, str | None]:
    """A communal militia whose people an ethnic group names is that group's militia, which the
    group no longer associates ("attacked the Dogon village ... Village self-defense repelled the
    attack": the Dogon Ethnic Militia)."""
    communal = named(COMMUNAL_MILITIA)
    people = next((a for a in (assoc or "").split("; ") if ETHNIC_GROUP in a), None)
    if actor[0] is None or actor[0] != communal or people is None:
        return actor, assoc
    rest = "; ".join(a for a in assoc.split("; ") if a != people) or None
    return (people.replace(ETHNIC_GROUP, ETHNIC_MILITIA), actor[1]), rest


def _weapon(mentions: list[dict], sub: str, article_weapons: list[dict] = []) -> tuple[str | None, str | None]:
    """The weapon that fits the event's type (the rocket of a shelling, not the gun of a
    by-stander sentence); else the type's own weapon ("une frappe israélienne": airstrike);
    else the first weapon named; else, for violence, the weapon the article names for the
    violence it reports ("Boko Haram killed 11 villagers ... the assailants shot them")
    when it fits the type; none for a peaceful protest (the guns of "armed men" whose rapes it denounces were not used there)."""
    if sub == "Peaceful protest":
        return None, None
    weapon_events, implied = load_common("weapon_classes"), load_common("sub_event_weapons")
    fitting = next((m for m in mentions if m["weapon"] and weapon_events.get(m["weapon"]) == sub), None)
    if fitting:
        return fitting["weapon"], fitting["weapon_text"]
    if sub in implied:
        return implied[sub], None
    named = next((m for m in mentions if m["weapon"] and m["weapon"] not in weapon_events), _pick(mentions, "weapon"))
    if named is None and sub in VIOLENT:
        named = next((m for m in article_weapons if weapon_events.get(m["weapon"], sub) == sub), None)
    return (named["weapon"], named["weapon_text"]) if named else (None, None)


def _pick(mentions: list[dict], field_name: str):
    return next((m for m in mentions if m[field_name] is not None), None)


def interaction(inter1: str | None, inter2: str | None) -> str | None:
    if not inter1:
        return None
    if not inter2:
        return f"{inter1} only"
    a, b = sorted((inter1, inter2), key=lambda x: INTER_CODES.get(x, 9))
    return f"{a}-{b}"


def disorder_type(event_type: str, sub_event_type: str) -> str:
    if sub_event_type == "Excessive force against protesters":
        return "Political violence; Demonstrations"
    if event_type in ("Protests", "Riots"):
        return "Demonstrations"
    if event_type == "Strategic developments":
        return "Strategic developments"
    return "Political violence"


def event_id(article_ids: list[str], day, sub: str, location: str | None) -> str:
    raw = "|".join([",".join(sorted(article_ids)), str(day), sub, location or ""])
    return hashlib.sha1(raw.encode()).hexdigest()[:16]


def build_event(article: dict, cluster: Cluster, article_weapons: list[dict] = [], perpetrator: dict | None = None) -> dict:
    ms = sorted(cluster.mentions, key=lambda m: -(m["confidence"] or 0))
    sub = _choose_type(ms)
    if sub != HANDED_OVER and any(m["sub_event_type"] in TERRITORY for m in ms):   # ground handed over told beside its taking only
        ms = [m for m in ms if m["sub_event_type"] != HANDED_OVER]   # says how it was taken: no actor nor weapon of the event
    etype = EVENT_TYPE_OF[sub]
    taking = TERRITORY if sub == HANDED_OVER else set()   # ground taken without a fight: who took it, as the taking names them
    typed = sorted(ms, key=lambda m: 0 if m["sub_event_type"] in taking else 1 if m["sub_event_type"] == sub else 2)
    day, dated = _event_day(ms)
    fatalities, fat_evidence = _fatalities(ms) if sub not in NO_DEATHS_TYPES else (0, [])
    if sub == "Suicide bomb" and not fatalities:   # ACLED counts the bomber among the dead: a blast that killed no one else
        # killed the bomber ("a suicide bomber attacked a patrol, three soldiers wounded": 1), the suicide word its evidence
        fatalities = 1
        fat_evidence = [{**e, "field": "fatalities"} for e in typed[0]["evidence"] if e["field"] == "sub_event_type"][:1]
    injured = [m["injuries"] for m in ms if m["injuries"] is not None]   # 0: "no one was hurt"
    weapon, weapon_text = _weapon(typed, sub, article_weapons)
    located = sorted((m for m in ms if m["location"]), key=lambda m: (not m["place_in_sentence"], m["geo_precision"] or 3, _region_level(m)))
    placed = located[0] if located else None   # a place named with the event, precise first (a town before its region's namesake seat)
    country_m = placed if placed and placed["country"] else _pick(ms, "country") or {}   # the place's own country, never another mention's
    cname = country_m.get("country")
    (actor1, inter1), (actor2, inter2), assoc1, assoc2 = _actors(typed, etype, sub, cname, perpetrator, article["language"])
    borrowed = perpetrator and actor1 == perpetrator["actor1"] and not any(m["actor1"] == actor1 for m in ms)
    evidence = [e for e in perpetrator["evidence"] if e["field"] == "actor1"] if borrowed else []   # the words that named the group
    for m in ms:   # the words of the toll and of the weapon chosen, not those of the other mentions
        evidence += [e for e in m["evidence"] if e["field"] != "fatalities" and (e["field"] != "weapon" or e["text"] == weapon_text)]
    evidence += [e for e in fat_evidence if e["field"] == "fatalities"]
    evidence = [dict(t) for t in sorted({tuple(sorted(e.items())) for e in evidence}, key=lambda t: (dict(t)["start"], dict(t)["field"]))]
    location = placed.get("location") if placed else None
    notes = article["text"][min(e["start"] for e in dated["evidence"]):max(e["end"] for e in dated["evidence"])] if dated["evidence"] else None
    article_ids = [article["article_id"]]
    return {
        "event_id": event_id(article_ids, day, sub, location),
        "event_date": day, "year": day.year if day else None,
        "time_precision": dated["time_precision"],
        "disorder_type": disorder_type(etype, sub),
        "event_type": etype, "sub_event_type": sub,
        "actor1": actor1, "assoc_actor_1": assoc1, "inter1": inter1,
        "actor2": actor2, "assoc_actor_2": assoc2, "inter2": inter2,
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": "Civilians targeted" if inter2 == "Civilians" else None,
        "iso": country_m.get("iso"), "region": country_m.get("region"), "country": cname,
        "admin1": placed.get("admin1") if placed else None, "admin2": placed.get("admin2") if placed else None,
        "admin3": None, "location": location,
        "latitude": placed.get("latitude") if placed else None, "longitude": placed.get("longitude") if placed else None,
        "geo_precision": placed.get("geo_precision") if placed else None,
        "fatalities": fatalities, "injuries": max(injured) if injured else None,
        "weapon": weapon, "weapon_text": weapon_text,
        "language": article["language"],
        "confidence": round(min(1.0, sum(m["confidence"] or 0 for m in ms) / max(1.0, len(ms)) + 0.05 * (len(ms) - 1)), 3),
        "evidence": evidence,
        "source": article.get("source"),
        "notes": " ".join(notes.split()) if notes else None,
        "tags": "; ".join(filter(None, [f"date: {dated['date_note']}" if dated.get("date_note") else None])) or None,
        "article_ids": article_ids,
    }


def _event_day(mentions: list[dict]) -> tuple[date | None, dict]:
    """The event's day, and the mention that dates it: the earliest day reported, but a week or a
    month told ("last week") that holds a day another sentence names ("The attack took place on
    Thursday") gives way to that day, unless that is the day of arrests that followed ("Earlier this week, gunmen
    attacked a police post ... On Wednesday, the army said it had arrested five suspects"; not the day of arrests that were
    the disappearances told)."""
    named = min((m for m in mentions if m["event_date"] is not None and m["date_text"] and m["time_precision"] == 1
                 and (m["sub_event_type"] != "Arrests" or not any(x["sub_event_type"] in VIOLENT - {ABDUCTION} for x in mentions))),
                key=lambda m: m["event_date"], default=None)
    days = [m["event_date"] for m in mentions if m["event_date"] is not None and not (
        named is not None and m["time_precision"] in PERIOD_REACH
        and abs((m["event_date"] - named["event_date"]).days) <= PERIOD_REACH[m["time_precision"]])]
    day = min(days) if days else None
    return day, next((m for m in mentions if m["event_date"] == day), mentions[0])


def _perpetrator(mentions: list[dict]) -> dict | None:
    """The mention naming the one armed group the article's violence is by, when it names only
    one ("JNIM militants attacked the village and killed two herders. Several women were raped.":
    the rapes, an event apart, are JNIM's too), not one named only after another event's report starts
    ("Separately, suspected Boko Haram militants abducted 12 people")."""
    by = [m for m in mentions if not m["background"] and m["sub_event_type"] in VIOLENT and _named_group(m["actor1"])
          and m["inter1"] != "Civilians" and not m["another_event"]]
    if not by:   # the one group the forces fought ("Congolese troops and M23 rebels fought around Sake ... the rebels had shelled
        # the town"), as the doer
        by = [{**m, "actor1": m["actor2"], "inter1": m["inter2"], "evidence": [{**e, "field": "actor1"} for e in m["evidence"] if e["field"] == "actor2"]}
              for m in mentions if not m["background"] and m["sub_event_type"] in VIOLENT and m["inter1"] in FORCES
              and _named_group(m["actor2"]) and m["inter2"] in NON_STATE and not m["another_event"]]
    return by[0] if len({m["actor1"] for m in by}) == 1 else None


def events_for_article(article: dict, mentions: list[dict]) -> list[dict]:
    clusters = cluster_mentions(mentions)
    day_of = {m["mention_id"]: c.day for c in clusters for m in c.mentions}
    article_weapons = [m for m in mentions if m["weapon"] and not m["background"] and m["sub_event_type"] in VIOLENT]
    perpetrator = _perpetrator(mentions)
    # an event told only after another event's report starts ("Separately, two civilians were killed by a bomb") is not the lead's group's
    return [build_event(article, c, _weapons_of_its_day(c, day_of, article_weapons), None if all(m["another_event"] for m in c.mentions) else perpetrator)
            for c in clusters]


def _weapons_of_its_day(cluster: Cluster, day_of: dict, weapons: list[dict]) -> list[dict]:
    """The article's weapons an event may take, less those of an event of another kind that its own sentence dates to another day
    (`day_of`: each mention's event's day; "clashed on Friday ... On Saturday, the insurgents beheaded two fishermen"; but "the
    same attackers had killed three farmers" two days before: their guns)."""
    return [m for m in weapons if cluster.day is None or m["date_text"] is None or day_of.get(m["mention_id"]) in (None, cluster.day)
            or any(x["sub_event_type"] == m["sub_event_type"] for x in cluster.mentions)]
