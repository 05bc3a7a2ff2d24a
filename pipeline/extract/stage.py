"""The extract stage: annotations + articles -> mentions (unresolved: names still carry a
'{country}' slot, dates and places are still words with offsets)."""
from __future__ import annotations

from dataclasses import replace

from pipeline.extract.lexicon import ETHNIC_GROUP, ETHNIC_MILITIA, ORGANISATIONS, ActorGroup, Lexicon, Match, load_lexicon
from pipeline.extract.actors import FORCE_KINDS, QUALIFIER_DEPRELS, actor_matches, identity_link_start, parent_named
from pipeline.extract.mentions import OTHER_ACTS_DAYS, SCORE_SCALE, ActorMention, Mention, among_the_struck, another_event_start, disowned, extract_mentions, partner, tells_of_another_doer
from pipeline.extract.places import encode, place_candidates
from pipeline.failures import Failures
from pipeline.io import ParquetSink, per_article
from pipeline.nlp.doc import Doc, doc_from_rows
from pipeline.params import ExtractParams
from pipeline.resources import load_common

PLACE_SEPARATOR = " | "
MUTINY_PREFIX = "Mutiny of "   # forces in revolt (actor_types.yaml `mutiny`)


def actor_template(actor: ActorMention | None) -> tuple[str | None, str | None]:
    """(ACLED name, actor type). The name keeps a '{country}' slot for the event's country, or
    '{country=ML}' where a demonym named the forces' own country ("l'armée malienne"); forces in
    mutiny are "Mutiny of" them, of their type."""
    if actor is None:
        return None, None
    if actor.mutiny:
        name, inter = actor_template(replace(actor, mutiny=False))
        return (MUTINY_PREFIX + name if name else None), inter
    value = actor.match.value
    if isinstance(value, ActorGroup):
        named = lambda g: f"{g.name} ({{country}})" if g.per_country else g.name  # noqa: E731
        if actor.partner is not None:
            order = [g["name"] for g in load_common("actor_groups")]
            first, second = sorted((value, actor.partner), key=lambda g: order.index(g.name))
            return f"{named(first)} and/or {named(second)}", first.inter
        return named(value), value.inter
    spec = load_common("actor_types").get(value)
    if not spec:
        return None, None
    name = spec["name"].replace("{country}", f"{{country={actor.country}}}") if actor.country else spec["name"]
    return name, spec["inter"]


def _doc_places(doc: Doc, lex: Lexicon) -> list[Match]:
    """The article's place candidates, lead first."""
    return [p for sent in doc.sentences for p in place_candidates(doc, sent, lex, 0)]


def _with_article_places(mention: Mention, article_places: list[Match]) -> list[Match]:
    """The mention's own place candidates, then the article's."""
    places, seen = list(mention.places), {p.text for p in mention.places}
    for p in article_places:
        if p.text not in seen:
            places.append(p)
            seen.add(p.text)
    return places


def _named_in(doc: Doc, m: Mention, actor: ActorMention | None, other: ActorMention | None = None) -> list[str]:
    """The identities named in an actor's own words or in words qualifying them ("suspected
    farmers", "éleveurs arabes", "Fulani herders"; an ethnic word right after them, however parsed:
    "entre agriculteurs dogons et ..."), but not the `other` actor's own words ("ont opposé des
    éleveurs à des agriculteurs", the farmers parsed under the herders)."""
    if actor is None:
        return []
    words = set(range(actor.match.start_i, actor.match.end_i))
    others = set(range(other.match.start_i, other.match.end_i)) if other is not None else set()
    others = set() if others & words else others   # the same words taken twice ("Fulani pastoralists") are both sides
    qualifies = lambda tok: tok.head in words and tok.deprel in QUALIFIER_DEPRELS  # noqa: E731
    return [i.value for i in m.identities if (set(range(i.start_i, i.end_i)) <= words or qualifies(doc.tokens[i.end_i - 1])
            or i.start_i == actor.match.end_i and i.value.endswith(ETHNIC_GROUP)) and not set(range(i.start_i, i.end_i)) & others]


def _said_to_be(doc: Doc, m: Mention, actor: ActorMention | None, lex: Lexicon) -> list[str]:
    """The identities the report says the actor's people are, right after its words ("armed men
    believed to be Fulani herders", "des hommes armés, probablement des éleveurs peuls")."""
    if actor is None:
        return []
    link = next((w for w in lex.identity_links.find(doc, doc.sentences[m.sentence]) if identity_link_start(doc, w) == actor.match.end_i), None)
    return _identities_from(doc, m, link.end_i, lex) if link is not None else []


def _blamed(doc: Doc, m: Mention, lex: Lexicon) -> list[str]:
    """The identities an event is blamed on ("attacks blamed on herders", "une attaque attribuée à des éleveurs peuls"):
    the perpetrators' people, not the victims'."""
    return [i for b in lex.blamed_on.find(doc, doc.sentences[m.sentence]) for i in _identities_from(doc, m, b.end_i, lex)]


def _identities_from(doc: Doc, m: Mention, i: int, lex: Lexicon) -> list[str]:
    """The identities named one after another from token `i` ("des éleveurs peuls": each in turn), past a word of membership
    and its "of" (actors.yaml `membership`: "members of the Lendu community") and a community's word before its people's
    (`settlements`: "membres de la communauté lendu")."""
    starting: dict[int, list[Match]] = {}
    for identity in m.identities:
        starting.setdefault(identity.start_i, []).append(identity)
    out = []
    while i < len(doc.tokens) and (doc.tokens[i].upos == "DET" or i in starting or doc.tokens[i].lemma in lex.membership
                                   or doc.tokens[i].upos == "ADP" and i > 0 and doc.tokens[i - 1].lemma in lex.membership
                                   or doc.tokens[i].lower_text in lex.settlements and i + 1 in starting):
        out += [identity.value for identity in starting.get(i, [])]
        i = starting[i][0].end_i if i in starting else i + 1
    return out


def _identities_of(doc: Doc, m: Mention, lex: Lexicon, said: list[str]) -> tuple[list[str], list[str]]:
    """The identities of actor1 (named in its words, `said` to be its people's or those the event is blamed on, coded with its ethnic
    militia: "Fulani Ethnic Militia" with "Pastoralists", or given by what it does) and the others
    (actor2's, victims')."""
    own = _named_in(doc, m, m.actor1, m.actor2) + m.actor1_identities + said + _blamed(doc, m, lex) + _militia_people(doc, m.actor1, lex)
    if m.protesting_forces is not None:   # "policemen staged a sit-in": Protesters with the Police Forces
        own.append(actor_template(m.protesting_forces)[0])
    if m.actor1 is not None and isinstance(m.actor1.match.value, ActorGroup):
        own += lex.identities_also.get(m.actor1.match.value.name, [])
    return sorted(set(own)), sorted({i.value for i in m.identities} - set(own))


def _militia_people(doc: Doc, actor: ActorMention | None, lex: Lexicon) -> list[str]:
    """The ethnic group an ethnic word beside a communal militia's word names ("Dogon hunters", "des chasseurs dogons"): the
    militia's people, so that it is coded as theirs (not an identity of the people it struck)."""
    if actor is None or actor.match.value != COMMUNAL_KIND:
        return []
    words = range(actor.match.start_i, actor.match.end_i)
    before, after = doc.tokens[max(0, words.start - 2):words.start], doc.tokens[words.stop:words.stop + 1]
    return [e.value for e in lex.ethnic_groups.find(doc, before) + lex.ethnic_groups.find(doc, after)
            if doc.tokens[e.end_i - 1].head in words and doc.tokens[e.end_i - 1].deprel in QUALIFIER_DEPRELS]


def _communal(actor: str | None, sub_event_type: str) -> bool:
    """A communal militia, or civilians or a crowd in a clash, who fought as one."""
    return actor == COMMUNAL_MILITIA or actor in (CIVILIANS, RIOTERS) and sub_event_type == "Armed clash"


def _ethnic_militia(actor: str | None, own: list[str], sub_event_type: str, said: list[str] = ()) -> tuple[str | None, list[str]]:
    """A communal militia named by its ethnic group ("Arab herders clashed with Tiv farmers"), or
    armed men `said` to be of it ("gunmen believed to be Fulani herders"), is that group's ethnic
    militia, as ACLED codes it: "Arab Ethnic Militia (Chad)"."""
    ethnic = next((i for i in own if i.endswith(ETHNIC_GROUP)), None)
    if ethnic is None or not (_communal(actor, sub_event_type) or ethnic in said and actor in UNNAMED_ARMED):
        return actor, own
    return _militia_of(ethnic), [i for i in own if i != ethnic]


def _militia_of(ethnic_group: str) -> str:
    """"Fulani Ethnic Group" -> "Fulani Ethnic Militia ({country})", the actor name's template."""
    return f"{ethnic_group[:-len(ETHNIC_GROUP)]}{ETHNIC_MILITIA} ({{country}})"


def _two_peoples(m: Mention, actor1: str | None) -> list[tuple[str, list[str]]] | None:
    """A communal clash told with one word for both sides ("clashes between Lobi and Fulani communities",
    "des affrontements intercommunautaires entre Lobi et Peuls"): the two peoples it names are its two
    sides, each its ethnic militia with the identities its own word gives ("Peuls": Pastoralists too)."""
    if m.sub_event_type != "Armed clash" or m.actor1 is None or m.actor2 is None or m.actor1.match.start_i != m.actor2.match.start_i \
            or not (_communal(actor1, m.sub_event_type) or actor1 and ETHNIC_MILITIA in actor1):
        return None
    peoples = sorted({(i.start_i, i.end_i, i.value) for i in m.identities if i.value.endswith(ETHNIC_GROUP)})
    if len(peoples) != 2 or peoples[0][2] == peoples[1][2]:
        return None
    return [(_militia_of(value),
             sorted({i.value for i in m.identities if (i.start_i, i.end_i) == (start, end) and i.value != value}))
            for start, end, value in peoples]


def _two_parties(m: Mention) -> tuple[str, str] | None:
    """A clash told with one word for both sides whose words name two organisations ("supporters of the BNP and the Awami
    League clashed", "des partisans du BNP et de la Ligue Awami se sont affrontés"): the first is actor1's associate, the second actor2's."""
    if m.actor1 is None or m.actor2 is None or m.actor1.match.start_i != m.actor2.match.start_i:
        return None
    parties = list(dict.fromkeys(i.value for i in sorted(m.identities, key=lambda i: i.start_i) if i.value in ORGANISATIONS))
    return (parties[0], parties[1]) if len(parties) == 2 else None


def _village_militia(doc: Doc, actor: ActorMention | None, name: str | None, sub_event_type: str, lex: Lexicon) -> str | None:
    """A communal militia named by its home village ("villagers from Nagbingou", "armed young men from
    the village of Tangaye", "des jeunes du village de Tangaye"), as ACLED names them:
    "Nagbingou Communal Militia (Burkina Faso)"."""
    if actor is None or not _communal(name, sub_event_type):
        return name
    tokens, i = doc.tokens, actor.match.end_i
    at = lambda j: tokens[j].lower_text if j < len(tokens) else ""  # noqa: E731
    i += at(i) in lex.armed_words   # "des jeunes armés du village"
    if at(i) not in lex.home_links:
        return name
    i += 1 + (i + 1 < len(tokens) and tokens[i + 1].upos == "DET")
    if at(i) in lex.settlements:
        if at(i + 1) not in lex.home_links:
            return name
        i += 2
    run = []
    while i < len(tokens) and tokens[i].upos == "PROPN" and tokens[i].text[:1].isupper():
        run.append(tokens[i])
        i += 1
    if not run:
        return name
    people = lex.ethnic_groups.find(doc, run)   # "farmers from the Fulani ethnic group": a people's militia, no village's
    return _militia_of(people[0].value) if people else f"{doc.text[run[0].start:run[-1].end]} Communal Militia ({{country}})"


def _associated(identities: list[str], actor: ActorMention | None = None) -> str | None:
    """The identities as associated actors, of the actor's own country where a demonym named it; an organisation by its
    own name ("CDP: Congress for Democracy and Progress")."""
    slot = f"{{country={actor.country}}}" if actor is not None and actor.kind == "civilians" and actor.country else "{country}"
    return "; ".join(i if i in ORGANISATIONS else i.replace("{country}", slot) if "{country" in i else f"{i} ({slot})"
                     for i in identities) or None   # a local official's: "Government of {country}"


def _allies(actor: ActorMention | None) -> list[str]:
    """The names of who fought beside the actor ("supported by French forces"), once each."""
    return list(dict.fromkeys(actor_template(a)[0] for a in (actor.allies if actor else ())))


def mention_row(doc: Doc, m: Mention, article_places: list[Match], lex: Lexicon) -> dict:
    actor1, inter1 = actor_template(m.actor1)
    actor2, inter2 = actor_template(m.actor2)
    places = _with_article_places(m, article_places)
    evidence = list(m.evidence) + [{"field": "location", "article_id": doc.article_id, "start": p.start, "end": p.end,
                                    "text": doc.text[p.start:p.end]} for p in places[:1]]   # the words ("north of the Ukrainian"), not a code ("UA north")
    said = _said_to_be(doc, m, m.actor1, lex)
    own1, others = _identities_of(doc, m, lex, said)
    named2 = _named_in(doc, m, m.actor2) + _militia_people(doc, m.actor2, lex)
    coded1, own1 = _ethnic_militia(_village_militia(doc, m.actor1, actor1, m.sub_event_type, lex), own1, m.sub_event_type, said)
    coded2, own2 = _ethnic_militia(_village_militia(doc, m.actor2, actor2, m.sub_event_type, lex), named2, m.sub_event_type)
    peoples = _two_peoples(m, actor1)
    if peoples:
        (coded1, own1), (coded2, own2) = peoples
        others = own2   # the second people's own identities, actor2's associates
    parties = _two_parties(m)
    if parties:
        own1, others = sorted(set(own1) - {parties[1]} | {parties[0]}), [i for i in others if i != parties[0]]
    # a crowd that fought as its community's militia is an identity militia ("Dinka youths clashed with Nuer youths")
    (actor1, inter1), (actor2, inter2) = ((coded, inter if coded == name else COMMUNAL_INTER)
                                          for coded, name, inter in ((coded1, actor1, inter1), (coded2, actor2, inter2)))
    others = [i for i in others if i in own2 or i not in named2]   # not the ethnic group now in actor2's name
    fighting = {a.split(" (")[0].replace(ETHNIC_MILITIA, ETHNIC_GROUP) for a in (actor1, actor2) if a and ETHNIC_MILITIA in a}
    own1, others = ([i for i in ids if i not in fighting] for ids in (own1, others))   # "Dinka and Nuer youths clashed": the
    # Nuer are a side, not its victims, and the Dinka no associate of their own militia
    if m.actor2 is not None and m.actor2.armed and m.actor2.kind not in FORCE_KINDS:   # "MONUSCO repelled an attack by CODECO
        # militiamen on a displacement site" (forces' identities are the crowd's that faced them, or none: events.build)
        others = [i for i in others if ETHNIC_GROUP in i or i in ARMED_IDENTITIES]
    return {
        "mention_id": f"{m.article_id}:{m.sentence}:{m.trigger.start}",
        "article_id": m.article_id,
        "sentence": m.sentence,
        "trigger": m.trigger.text,
        "background": m.background is not None,
        "background_reason": m.background,
        "date_text": m.date.text if m.date else None,
        "date_note": OTHER_ACTS_DAYS if m.days_of_other_acts else None,
        "date_reported": m.date_reported,
        "actor1_text": m.actor1.match.text if m.actor1 else None,
        "actor2_text": m.actor2.match.text if m.actor2 else None,
        "infrastructure_text": m.infrastructure.text if m.infrastructure else None,
        "place_text": PLACE_SEPARATOR.join(encode(p, n < len(m.places)) for n, p in enumerate(places[:12])) or None,
        "place_in_sentence": bool(m.places),
        "another_event": m.another_event,
        "event_date": None, "time_precision": None,
        "event_type": m.event_type, "sub_event_type": m.sub_event_type,
        "actor1": actor1, "assoc_actor_1": "; ".join(filter(None, [m.actor1.alliance.name if m.actor1 and m.actor1.alliance else None,
                                                                   *_allies(m.actor1), _associated(own1)])) or None, "inter1": inter1,
        "actor2": actor2, "assoc_actor_2": "; ".join(filter(None, [*_allies(m.actor2), _associated(others, m.actor2)])) or None,
        "inter2": inter2,
        "iso": None, "region": None, "country": None, "admin1": None, "admin2": None, "admin3": None,
        "location": None, "latitude": None, "longitude": None,
        "geo_precision": None,
        "fatalities": m.fatalities, "fatalities_explicit": m.fatalities_explicit,
        "fatalities_exact": m.fatalities_exact, "fatalities_claimed": m.fatalities_claimed, "fatalities_stated": m.fatalities_stated, "fatalities_added": m.fatalities_added, "fatalities_restated": m.fatalities_restated, "fatalities_side": m.fatalities_side,
        "dead_named_before": m.dead_named_before, "doers_named_before": m.doers_named_before, "injuries": m.injuries,
        "weapon": m.weapon.value if m.weapon else None,
        "weapon_text": m.weapon.text if m.weapon else None,
        "confidence": round(min(1.0, m.score / SCORE_SCALE), 3),
        "evidence": evidence,
    }


COMMUNAL_KIND = "communal_militia"   # the actor kind of a community's own fighters (actors.yaml)
COMMUNAL_MILITIA = load_common("actor_types")["communal_militia"]["name"]
COMMUNAL_INTER = load_common("actor_types")["communal_militia"]["inter"]
CIVILIANS = load_common("actor_types")["civilians"]["name"]
RIOTERS = load_common("actor_types")["rioters"]["name"]
NON_STATE = {"Rebel group", "Political militia", "Identity militia"}
ATTRIBUTABLE = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
UNNAMED_ARMED = {None, load_common("actor_types")["armed_group"]["name"]}
ARMED_IDENTITIES = frozenset(load_common("actor_types")["armed_identities"])


def _article_group(doc: Doc, lex: Lexicon, before: int | None = None) -> ActorMention | None:
    """The one armed group (or pair: "JNIM or ISGS militants") the article names as behind an
    event, in whichever sentence (before `before`, where another event's report starts: "Separately,
    suspected Boko Haram militants abducted 12 people" names no one behind the lead's attack):
    "The mine was probably planted by JNIM militants", "JNIM claimed the attack" (not a group that
    only condemned it)."""
    found = [ActorMention(m, "agent") for sent in doc.sentences if (before is None or sent[0].start < before)
             for cues in [[cue for cue in lex.attribution.find(doc, sent) if not disowned(doc, cue, lex)]] if cues
             for m in actor_matches(doc, sent, lex) if isinstance(m.value, ActorGroup) and m.value.inter in NON_STATE
             and not among_the_struck(doc, m, lex)   # "including three GATIA fighters": the group was hit
             and not parent_named(doc, m, lex)   # "a claim relayed by a news outlet close to Al Qaeda": no side
             and not tells_of_another_doer(doc, m, lex)
             and not all(_under_another_verb(doc, m, cue) for cue in cues)]
    if not found:
        return None
    first = replace(found[0], partner=partner(doc, found[0], found))
    named = {first.match.value.name} | ({first.partner.name} if first.partner else set())
    return first if {a.match.value.name for a in found} == named else None


CUE_REACH = 5   # dependency steps from a group up to the attribution cue that governs it


def _under_another_verb(doc: Doc, group: Match, cue: Match) -> bool:
    """Whether the cue governs the group only through another verb: the group is what that verb
    is about, not who is blamed ("Pakistan blames Afghanistan for harbouring the Pakistani
    Taliban", "accuse le Mali de soutenir le FLA"; not "blamed JNIM for the attack", "claimed by JNIM", nor a participle
    on the blamed, "blamed jihadists linked to the Islamic State")."""
    path = [doc.tokens[group.end_i - 1], *doc.heads(doc.tokens[group.end_i - 1], CUE_REACH)]
    top = next((n for n, t in enumerate(path) if cue.start_i <= t.i < cue.end_i), None)
    return top is not None and any(t.upos == "VERB" and t.deprel not in ("ccomp", "acl") for t in path[1:top])   # not what is claimed: "presumed ISGS militants stormed"


def _attribute(row: dict, group: ActorMention | None) -> dict:
    """An attack with no named perpetrator in its sentence is the article's one named armed group's."""
    name, inter = actor_template(group)
    if group and row["event_type"] in ATTRIBUTABLE and row["actor1"] in UNNAMED_ARMED and row["actor2"] != name:
        text = group.match.text
        row.update(actor1=name, inter1=inter, actor1_text=text)
        row["evidence"].append({"field": "actor1", "article_id": row["article_id"], "start": group.match.start, "end": group.match.end, "text": text})
    return row


def mentions_for_doc(doc: Doc, lex: Lexicon, params: ExtractParams) -> list[dict]:
    another = another_event_start(doc, lex)
    mentions = extract_mentions(doc, lex, params.min_score, another)
    if not mentions:
        return []
    recalled = {m.sentence for m in mentions} - {m.sentence for m in mentions if m.background is None}   # sentences that tell only
    # of other events ("En juillet, une attaque similaire avait fait 40 morts dans la région de Bandiagara"): their places are theirs
    article_places, group = [p for p in _doc_places(doc, lex) if doc.tokens[p.start_i].sent not in recalled], _article_group(doc, lex)
    lead_group = _article_group(doc, lex, another) if another is not None else group
    lead_places = [p for p in article_places if another is None or p.start < another]   # "Elsewhere, in Lille": not the lead's
    rows = [mention_row(doc, m, article_places if m.another_event else lead_places, lex) for m in mentions]
    def struck(g: ActorMention) -> bool:   # "a drone struck a vehicle carrying suspected al-Shabaab fighters ... It was not clear who
        # operated the drone", "troops fought presumed JNIM fighters": the group an event struck is behind none of the
        # reports, unless named forces struck it only in other sentences than the one that blames it ("Al Shabaab claimed
        # responsibility. Hours later, government forces killed 10 al Shabaab fighters")
        blamed_in = doc.tokens[g.match.start_i].sent
        name = actor_template(g)[0]
        return any((row["actor2"] == name or name in (row["assoc_actor_2"] or "").split("; "))   # or was hit beside them ("deux militaires
                   # et six VDP sont morts")
                   and (row["actor1"] in UNNAMED_ARMED or row["sentence"] == blamed_in) for row in rows)
    group, lead_group = (None if g is not None and struck(g) else g for g in (group, lead_group))
    return [_attribute(row, group if m.another_event else lead_group) for m, row in zip(mentions, rows)]


def extract(articles_path, annotations_path, out_path, failures_path, params: ExtractParams, log=print) -> int:
    n = 0
    with ParquetSink(out_path, "mentions") as sink, Failures(failures_path, "extract") as failures:
        for article, tokens in per_article(articles_path, annotations_path):
            rows = failures.run(article["article_id"], lambda: mentions_for_doc(
                doc_from_rows(article["article_id"], article["text"], tokens), load_lexicon(article["language"]), params))
            sink.write(rows)
            n += len(rows)
    log(f"extract: {n} mentions{failures.line()}")
    return n
