"""Event mentions: one per sentence that reports political violence, a protest or a strategic
development, typed by ACLED's rules from the sentence's triggers, weapon and actors.

Pure functions of an annotated `Doc` and a `Lexicon`: no IO here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from pipeline.extract.actors import (FORCE_KINDS, PEOPLE_KINDS, QUALIFIER_DEPRELS, actor_matches, aside_comma, before_a_subjectless_teller,
                                     described_teller, identities, identity_link_start, introduced_by, inverted_subject, parent_named,
                                     read_as_subject, right_after, source, stance, teller, verb_of_object)
from pipeline.extract.casualties import (AGENT_DEPRELS, ALTERNATIVES, BY_CASES, PARTITIVES, PASSIVE_AUX, PASSIVE_SUBJECTS, Tally, adds_to_toll, agent_verb,
                                         casualties, dying, number_tokens, objects_past_time, preposition_objects, pronoun_dead, reflexive_other_sense,
                                         restated_figure, semicolon_between,
                                         stated_toll, toll_over_a_period, verb_says, with_qualifiers)
from pipeline.extract.lexicon import ETHNIC_GROUP, ROBBERY, ActorGroup, Lexicon, Match, clear_of, ethnic_militia
from pipeline.extract.places import AREA_HINTS, ASIDE, NO_PLACE, in_dateline, place_candidates
from pipeline.nlp.doc import RELATIVE_CLAUSES, Doc, Token
from pipeline.resolve.dates import EXPLICIT_KINDS, DateExpr, counts_back, find_dates, names_a_year
from pipeline.resolve.places import is_local_name

# ACLED's event types in order of precedence, and the type of each sub-event type.
EVENT_TYPES = {
    "Battles": ["Government regains territory", "Non-state actor overtakes territory", "Armed clash"],
    "Protests": ["Excessive force against protesters", "Protest with intervention", "Peaceful protest"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"],
    "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
    "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"],
}
EVENT_TYPE_OF = {sub: etype for etype, subs in EVENT_TYPES.items() for sub in subs}
PRECEDENCE = [sub for subs in EVENT_TYPES.values() for sub in subs]
VIOLENT = set(EVENT_TYPES["Battles"] + EVENT_TYPES["Explosions/Remote violence"] + EVENT_TYPES["Violence against civilians"])
PROTEST = set(EVENT_TYPES["Protests"])
RIOTS = set(EVENT_TYPES["Riots"])
EXPLOSIONS = set(EVENT_TYPES["Explosions/Remote violence"])
AIR_STRIKE = "Air/drone strike"
STRATEGIC = set(EVENT_TYPES["Strategic developments"]) - {"Disrupted weapons use"}
ARMED_KINDS = FORCE_KINDS | {"armed_group", "communal_militia", "mutiny"}
STATE_KINDS = FORCE_KINDS | {"government"}
SPEAKER_KINDS = {"civilians"} | FORCE_KINDS   # who may tell of an event ("the army said gunmen killed ...")
CROWD_KINDS = {"rioters", "protesters"}
UNARMED_KINDS = {"civilians"} | CROWD_KINDS
FOREIGN_INTER = "External/Other forces"   # a group's type when it fights abroad for hire or as another state's ("Wagner Group")
GROUP_NEWS = {"Change to group/activity", "Other", "Headquarters or base established"}   # a group's own news, told by itself
TERRITORY = {"Government regains territory", "Non-state actor overtakes territory"}
AGENT_RELS = ("nsubj", "obl:agent", "agent", "nmod:agent")
PATIENT_RELS = ("obj", "dobj", "nsubj:pass", "nsubjpass", "iobj")
AGENT_CASES = BY_CASES | {"de", "of", "d'", "du", "des"}
PATIENT_CASES = {"contre", "against", "on", "sur", "vers", "visant", "at", "parmi", "among"}
KEPT_FROM = {"from", "de", "d'", "d’"}   # the prepositions of what someone was kept from doing ("stopped students from marching")
FACING_CASES = {"with", "avec"}   # "injured in clashes with rioters", "des combats avec l'armée": the side faced
NOMINAL_TARGET_CASES = {"contre", "against", "on", "parmi", "among"}   # "30 morts parmi les soldats": the dead are the target
HIT_CASES = PATIENT_CASES | {"along"}   # "an explosive device along the pipeline": the pipeline was hit
CONTACT_CASES = {"by", "on", "over", "into", "sur", "par", "contre"}   # "hit by a mine", "stepped on", "a sauté sur une mine"


@dataclass
class ActorMention:
    match: Match
    role: str                      # agent, patient or unknown
    country: str | None = None     # alpha-2 of a demonym beside state forces ("soldats maliens")
    partner: ActorGroup | None = None   # "JNIM and/or ISGS militants"
    alliance: ActorGroup | None = None  # "Katiba Macina (JNIM) militants": the alliance named beside its member
    allies: tuple = ()             # "the army, supported by French forces": who fought beside it (ACLED's associated actors)
    mutiny: bool = False           # forces that turned their arms on their own: ACLED's "Mutiny of" them

    @property
    def kind(self) -> str:
        value = self.match.value
        return "group" if isinstance(value, ActorGroup) else value

    @property
    def armed(self) -> bool:
        return self.kind in ARMED_KINDS or (isinstance(self.match.value, ActorGroup) and self.match.value.inter != "Civilians")


@dataclass
class Mention:
    article_id: str
    sentence: int
    sub_event_type: str
    score: float
    trigger: Match
    weapon: Match | None = None
    fatalities: int | None = None
    fatalities_explicit: bool | None = None
    fatalities_exact: bool | None = None
    fatalities_claimed: bool = False   # the toll is a side's claim ("the group claimed that it killed 12")
    fatalities_stated: bool = False    # the report states the figure it codes ("Unknown fatalities coded as 10")
    fatalities_added: bool = False     # the toll adds to one reported before ("two soldiers were also killed")
    fatalities_restated: bool = False  # the toll is another source's figure of the whole ("police put the toll at eight")
    fatalities_side: str | None = None  # whose dead the toll counts: one side's (forces, armed (non-state), civilians) or both
    dead_named_before: bool = False   # the dead are people told of before ("his body was found"): a killing of those taken
    doers_named_before: bool = False  # actor1 is armed men told of before ("les assaillants", "the gunmen"): the event told goes on
    injuries: int | None = None
    actor1: ActorMention | None = None
    actor2: ActorMention | None = None
    identities: list[Match] = field(default_factory=list)
    actor1_identities: list[str] = field(default_factory=list)   # what actor1 is by what it does: a crowd punishing suspects, vigilantes
    protesting_forces: ActorMention | None = None   # forces that were the demonstrators ("policemen staged a sit-in"): the crowd's own
    places: list[Match] = field(default_factory=list)   # candidates, best first (extract/places.py)
    date: DateExpr | None = None
    date_reported: bool = False   # the date is the day of a report told after the event ("..., residents said on Friday")
    days_of_other_acts: bool = False   # no date, the sentence's days being other acts' ("arrested people suspected of rioting last week")
    background: str | None = None
    another_event: bool = False   # after "elsewhere", "dans d'autres villes": not the lead event's place
    infrastructure: Token | None = None   # the bridge or pipeline an explosion hit, no one hurt: no actor2
    evidence: list[dict] = field(default_factory=list)

    @property
    def event_type(self) -> str:
        return EVENT_TYPE_OF[self.sub_event_type]


def strongest(subs, scores: dict) -> str:
    """The sub-event type of `subs` the scores weigh most, ties going to the first in ACLED's order."""
    return max(subs, key=lambda s: (scores.get(s, 0), -PRECEDENCE.index(s)))


def _attacked_place(doc: Doc, tok: Token, lex: Lexicon) -> bool:
    """Whether the word is a settlement an attack noun aims at ("attacks on villages", "des attaques
    contre des villages") or a verb takes ("ont visé dimanche les villages de Dablo", the object hung on
    the day): what was hit, no community that fought."""
    governor = doc.tokens[doc.tokens[tok.head].head] if tok.deprel == "pobj" else doc.tokens[tok.head]
    taken = tok.deprel in ("obj", "dobj") or tok.deprel == "nmod" and governor.lemma.lower() in lex.triggers.gaps and not _cases(doc, tok)
    return tok.lemma in lex.settlements and (governor.upos == "NOUN" and bool(_cases(doc, tok) & NOMINAL_TARGET_CASES) or taken)


def _doer_word(doc: Doc, tok: Token) -> bool:
    """Whether the word is a verb's subject or a passive's agent ("gunmen attacked", "attacked by gunmen", "par des hommes armés")."""
    return tok.deprel in AGENT_RELS or bool(_cases(doc, tok) & BY_CASES)


def _cases(doc: Doc, tok: Token) -> set[str]:
    """The prepositions that introduce a word: its 'case' children (UD), or the preposition
    that governs it (spaCy's English 'prep' -> 'pobj')."""
    cases = {c.lemma for c in doc.children.get(tok.i, []) if c.deprel == "case"}
    if tok.deprel == "pobj" and tok.head != tok.i:
        cases.add(doc.tokens[tok.head].lemma)
    return cases


MISTAKEN_GAP = 2   # words between "mistaken for" and the actor it names ("pris pour des jihadistes")
OWNER_DEPRELS = {"compound", "amod", "nmod", "poss", "nmod:poss"}   # "army post", "camp militaire", "le poste de l'armée"


def _owns_facility(doc: Doc, tok: Token, lex: Lexicon) -> bool:
    """Actor words that say whose a post or a vehicle is ("army post", "le camp de la MINUSMA"), or
    one of whose owners ("the joint Barkhane/MINUSMA base": Barkhane beside MINUSMA)."""
    owner = doc.tokens[tok.head]
    if tok.deprel in OWNER_DEPRELS and owner.upos == "PROPN" and owner.deprel in OWNER_DEPRELS:
        tok = owner
    return (tok.deprel in OWNER_DEPRELS or tok.deprel == "acl") and doc.tokens[tok.head].lemma in lex.facilities   # "véhicule blindé"


def _fought_itself(doc: Doc, sent: list[Token], lex: Lexicon, actor1: ActorMention, trigger: Match) -> bool:
    """Whether the armed group fought itself: the sentence says so ("clashed with each other",
    "intra-ISGS clashes", "deux factions rivales"), or armed men no name tells apart are the
    plural subject of the clash with no other side ("Libyan armed groups clashed", "militias
    fought", "des groupes armés ont échangé des tirs"), or its plural sides ("clashes between two armed gangs"); the group's name may stand inside
    the words that say so ("two rival Fatah factions"). Unarmed people fought themselves only as the subject of a fight verb in
    the reciprocal ("des opposants politiques se sont battus")."""
    named = range(actor1.match.start_i, actor1.match.end_i) if actor1.kind == "group" else range(0)
    if lex.among_themselves.find(doc, sent) or named and lex.among_themselves.find(doc, [t for t in sent if t.i not in named]):
        return True
    tok = doc.span_head(actor1.match.start_i, actor1.match.end_i)   # "groupes" of "groupes armés"
    verb = doc.tokens[tok.head]   # the clash's word, or the verb that traded it ("ont échangé lundi des tirs")
    traded = verb.lemma in lex.reciprocal and verb in doc.heads(doc.span_head(trigger.start_i, trigger.end_i), 2)
    between = _after_between(doc, actor1, [actor1])
    sides = tok.deprel in ("nsubj", "nsubj:pass") and (trigger.start_i <= tok.head < trigger.end_i or traded) \
        or between   # "se sont affrontés": the parser's passive subject
    reciprocal = tok.deprel.startswith("nsubj") and trigger.start_i <= tok.head < trigger.end_i \
        and any(c.lower_text in lex.reflexive_pronouns for c in doc.children.get(tok.head, []))
    bare = between and not any(c.deprel in ("det", "nummod") for c in doc.children.get(tok.i, []))   # "entre gangs": a bare noun there is plural, whatever the parser's number
    return (actor1.kind == "armed_group" and sides or actor1.kind in UNARMED_KINDS and reciprocal) and ("Number=Plur" in tok.feats or bare) \
        and not any(c.deprel == "conj" for c in doc.children.get(tok.i, []))   # "militants and villagers"


def _toll_of_another_verb(doc: Doc, actor: ActorMention, trigger: Match, armed_too: bool = False) -> bool:
    """People who are the object of a verb other than the clash ("clashed, leaving five people dead", "four fighters
    dead"; "a man was killed by a stray bullet during clashes"): its toll, not a side."""
    tok = doc.first_of_list(doc.tokens[actor.match.end_i - 1])   # "a woman and her baby were killed"
    # armed men only so ("left four fighters dead"; "killed a militiaman" names the other side), unless the sides are one
    # group's (`armed_too`: "two rival factions clashed, killing six fighters")
    taken = ("civilians", "armed_group") if armed_too else ("civilians",)
    return (actor.kind in taken and tok.deprel in ("obj", "dobj", "nsubj:pass", "nsubjpass") or _left_so(doc, tok)
            and actor.kind in ("civilians", "armed_group")) and not trigger.start_i <= tok.head < trigger.end_i


def _with_the_noun_it_completes(doc: Doc, word: Token) -> list[Token]:
    """The word, and the noun its phrase completes ("two days of fighting", "deux jours de combats"), on which the parser
    may hang a clause that tells of the word ("after three days of fighting that left 12 soldiers dead")."""
    above = doc.past_preposition(doc.tokens[word.head]) if word.deprel in ("pobj", "nmod") else None
    return [word] + ([above] if above is not None and above.upos == "NOUN" and above.i != word.i else [])


def _among_the_dead(doc: Doc, actor: ActorMention, lex: Lexicon) -> bool:
    """Whether the actor's words are those a toll is counted among ("leaving 15 dead among the fighters", "faisant 15 morts
    parmi les combattants"; casualties.yaml `dead_sides`): whose dead they were, no side of its own."""
    noun = doc.span_head(actor.match.start_i, actor.match.end_i)
    preposition = [doc.tokens[noun.head]] if noun.deprel == "pobj" else [c for c in doc.children.get(noun.i, []) if c.deprel == "case"]
    return any(p.lemma in lex.dead_sides for p in preposition)


def _left_so(doc: Doc, tok: Token) -> bool:
    """Whether the word is the subject of a small clause: "leaving 15 people dead", "four fighters dead"."""
    return tok.deprel == "nsubj" and doc.tokens[tok.head].upos == "ADJ" or tok.deprel in ("obj", "dobj") and any(
        c.deprel in ("oprd", "xcomp") and c.upos == "ADJ" for c in doc.children.get(tok.head, []))


def _left_dead(doc: Doc, tok: Token, lex: Lexicon) -> bool:
    """A small clause's subject ("leaving one teenager dead"), or an object a death or wound word follows, however parsed
    ("left at least 15 militants dead", "dead" taken for its adjective; "leaving soldiers on both sides injured", "injured"
    taken for a verb beside "leaving")."""
    told = lambda c: c.i > tok.i and bool(lex.deaths.find(doc, [c]) or lex.injuries.find(doc, [c]))  # noqa: E731
    return _left_so(doc, tok) or tok.deprel in ("obj", "dobj") and (
        any(c.deprel == "amod" and told(c) for c in doc.children.get(tok.i, []))
        or any(c.deprel == "conj" and told(c) for c in doc.children.get(tok.head, [])))


def _died_apart(doc: Doc, tok: Token, trigger: Match, lex: Lexicon) -> bool:
    """Whether the word is the subject of a death verb of its own, not the trigger ("clashed with police; two
    protesters were killed", "un manifestant est mort"): a toll of the crowd, not whom it faced."""
    verb = doc.tokens[tok.head]   # (with the words after it: "were shot dead")
    return tok.deprel.startswith("nsubj") and not trigger.start_i <= verb.i < trigger.end_i \
        and any(d.start_i == verb.i for d in lex.deaths.find(doc, doc.tokens[verb.i:verb.i + 3]))


def _named_as_doer(doc: Doc, word: Token) -> bool:
    """Whether the word is a verb's subject or a passive's agent, or in apposition to one or a complement of it: "des
    dahalo (voleurs de zébus) ont attaqué le village", "shot dead by suspected robbers": the thieves attacked, no crowd
    punished them."""
    for _ in range(2):
        word = doc.tokens[word.head] if word.deprel in ("appos", "nmod") else word
    return _doer_word(doc, word)


SERVICE_REACH = 4   # words from a mission's name up to the verb of service ("Minusca" -> "sein" -> "servant")


def _merely_present(doc: Doc, actor: ActorMention, trigger: Match, lex: Lexicon) -> bool:
    """Whether the actor is only said to be active or to operate somewhere, in a clause of its own ("no group has claimed the
    attack, but JNIM is active in the area", "l'EI sévit dans la région"; actors.yaml `presence`): no side of the event."""
    noun = doc.span_head(actor.match.start_i, actor.match.end_i)
    predicate = doc.tokens[noun.head]
    if not noun.deprel.startswith("nsubj") or trigger.start_i in {t.i for t in doc.subtree(predicate)}:
        return False
    return predicate.lemma.lower() in lex.presence or any(c.deprel == "acomp" and c.lemma.lower() in lex.presence
                                                          for c in doc.children.get(predicate.i, []))


def _owns_a_patient(doc: Doc, actor: ActorMention, patients: list[ActorMention], lex: Lexicon) -> bool:
    """Whether the actor's name is the possessor of a target's, or of what a verb took ("abducted
    GATIA's post chief", "kidnapped GATIA's local commander"), or their complement ("une patrouille de l'opération Barkhane")."""
    tok = doc.tokens[actor.match.end_i - 1]
    if tok.deprel in ("poss", "nmod:poss"):
        return doc.tokens[tok.head].deprel in PATIENT_RELS or any(p.match.start_i <= tok.head < p.match.end_i for p in patients)
    owner = doc.span_head(actor.match.start_i, actor.match.end_i)
    held = doc.tokens[doc.tokens[owner.head].head] if owner.deprel == "pobj" else doc.tokens[owner.head]   # "of" -> the patient's word
    targets = lambda i: any(p.match.start_i <= i < p.match.end_i for p in patients if p is not actor)  # noqa: E731
    service = _serves_in(doc, owner, lex)
    return owner.deprel in ("nmod", "pobj") and bool(_cases(doc, owner) & lex.whose_words) and targets(held.i) \
        or service is not None and targets(service.head)   # (not "by an alleged jihadist group")


def _serves_in(doc: Doc, word: Token, lex: Lexicon) -> Token | None:
    """The verb of service the word is the complement of, when that verb qualifies a noun ("peacekeepers serving with the
    UN mission", "casques bleus servant au sein de la Minusca"; actors.yaml `service_verbs`): the mission is the
    peacekeepers' own, hit with them, not who fired on them."""
    for up in doc.heads(word, SERVICE_REACH):
        if up.upos in ("VERB", "AUX"):
            return up if up.lemma in lex.service_verbs and up.deprel == "acl" else None
    return None


SIDE_REACH = 8   # tokens after a count of the dead that may name whose they are ("three dead on the FAMa (Malian army) side")


def _dead_side(doc: Doc, sent: list[Token], tally: Tally, lex: Lexicon) -> str | None:
    """Whose dead a toll counts: one side's ("killed about 30 assailants": armed; "20 soldiers died": forces), both
    sides' ("two soldiers and five attackers", "deux morts côté FAMa et cinq côté assaillants": BOTH_SIDES), else None."""
    sides = set()
    numbers = [next((t for t in sent if t.start < count.end <= t.end), None) for count in tally.evidence]   # "vingtaine" of "une vingtaine"
    for n, number in enumerate(numbers):
        noun = None
        if number is not None and number.deprel in ("nummod", "det", "amod"):   # (and a vague count's adjective: "several militants")
            noun = doc.tokens[number.head]
        elif number is not None and number.upos == "VERB":   # "a soldier was killed": the one dead the verb's own subject names
            noun = next((c for c in doc.children.get(number.i, []) if c.deprel in PASSIVE_SUBJECTS), None)
        elif number is not None:
            noun = _counted_noun(doc, number)
        kinds = lex.actor_kinds.find(doc, [noun]) if noun is not None else []
        if not kinds and number is not None:   # "three dead on the army's side": the side named after the count, before the next
            following = [x.i for x in numbers[n + 1:] if x is not None and x.i > number.i]
            window = [t for t in sent if number.i < t.i <= min([number.i + SIDE_REACH, *following])]
            named = any(t.lemma.lower() in lex.dead_sides for t in window)   # casualties.yaml `dead_sides`
            kinds = lex.actor_kinds.find(doc, window) if named else []
        if not kinds:
            return None
        value = kinds[0].value
        sides.add("forces" if _state_forces(value) or getattr(value, "beside_state", False)   # "Three VDP were killed": the forces' side
                  else "armed" if value in ARMED_KINDS or isinstance(value, ActorGroup) else "civilians")
    return sides.pop() if len(sides) == 1 else BOTH_SIDES if sides else None


def _counted_noun(doc: Doc, count: Token) -> Token | None:
    """What a count that is a noun counts: "une vingtaine d'assaillants", "dozens of soldiers"."""
    for c in doc.children.get(count.i, []):
        if c.deprel == "nmod" and c.i > count.i:
            return c
        if c.deprel == "prep" and c.i == count.i + 1:
            return next((o for o in doc.children.get(c.i, []) if o.deprel == "pobj"), None)
    return None


def _target_of_others(doc: Doc, actor: ActorMention, found: list[ActorMention], trigger: Match) -> bool:
    """Whether the actor is what another actor's relative clause says they acted on ("shot dead two Palestinians who tried to
    stab soldiers", "killed ten militants who had attacked a police post"): their target, no side of the trigger's event."""
    word = doc.span_head(actor.match.start_i, actor.match.end_i)
    word = doc.tokens[word.head] if word.deprel == "pobj" else word   # "at a checkpoint": where they acted, as what they acted on
    if word.deprel not in ("obj", "dobj", "obl", "prep") or doc.tokens[word.head].upos != "VERB":
        return False
    for verb in [doc.tokens[word.head], *doc.heads(doc.tokens[word.head], 2)]:
        if verb.deprel in RELATIVE_CLAUSES:
            inside = {t.i for t in doc.subtree(verb)}
            antecedent = doc.tokens[verb.head]   # the trigger's object, or another actor
            return trigger.start_i not in inside and (trigger.start_i <= antecedent.head < trigger.end_i or any(
                o is not actor and o.match.start_i <= antecedent.i < o.match.end_i for o in found))
    return False


def _fled(doc: Doc, actor: ActorMention, lex: Lexicon) -> bool:
    """Whether the actor is people who fled ("5,000 people fled their villages after clashes"): no side in what they fled."""
    word = doc.span_head(actor.match.start_i, actor.match.end_i)
    return actor.kind == "civilians" and word.deprel.startswith("nsubj") and doc.tokens[word.head].lemma in lex.fled_verbs


def _post_of_their_own(doc: Doc, actor: ActorMention, lex: Lexicon) -> bool:
    """A post the doers set up or held ("held a checkpoint", "set up a fake checkpoint", "ont érigé un faux
    poste de contrôle"): theirs, no forces' (not "an army post", whose owner the words name)."""
    tok = doc.span_head(actor.match.start_i, actor.match.end_i)
    return tok.lemma in lex.facilities and actor.match.end_i - actor.match.start_i == 1 and tok.deprel in ("obj", "dobj") \
        and doc.tokens[tok.head].lemma in lex.post_setters


def _unowned_post(doc: Doc, actor: ActorMention, lex: Lexicon) -> bool:
    """A post or vehicle whose words name no owner ("a checkpoint", "un poste de contrôle"; not "an army post")."""
    head = doc.span_head(actor.match.start_i, actor.match.end_i)
    return head.lemma in lex.facilities and not any(lex.actor_kinds.find(doc, [t]) for t in doc.tokens[actor.match.start_i:actor.match.end_i]
                                                    if t.i != head.i)


def _stood_by(doc: Doc, actor: ActorMention, trigger: Match, lex: Lexicon) -> bool:
    """Whether the actor is the subject of a negated verb other than the trigger ("police did not intervene",
    "la police n'est pas intervenue"): they did nothing in the event."""
    noun = _noun(doc, actor.match)
    verb = doc.tokens[noun.head]
    return noun.deprel.startswith("nsubj") and verb.upos == "VERB" and not trigger.start_i <= verb.i < trigger.end_i \
        and _negated(doc, Match.of_token(verb), lex)


def _a_facility(doc: Doc, actor: ActorMention, lex: Lexicon) -> bool:
    """Actor words that name a post or a vehicle ("the police station", "le commissariat"), not people."""
    tok = doc.tokens[actor.match.end_i - 1]
    return tok.lemma in lex.facilities or _owns_facility(doc, tok, lex)


def _infrastructure_hit(doc: Doc, sent: list[Token], lex: Lexicon) -> Token | None:
    """The bridge, pipeline or antenna the sentence's violence hit ("detonated a bridge", "une
    explosion sur l'oléoduc"), not one it happened near ("a truck struck by an IED near the bridge")."""
    past_time = {o.i for v in sent if v.upos == "VERB" for o in objects_past_time(doc, v, lex)}   # "a visé vendredi une raffinerie"
    return next((t for t in sent if t.lemma in lex.infrastructure
                 and (t.deprel in TAKEN_DEPRELS or _cases(doc, t) & HIT_CASES or t.i in past_time)), None)


def _role(doc: Doc, match: Match, trigger: Match, lex: Lexicon) -> str:
    """Agent or patient of the trigger, from the dependency path between them (from the name's
    own head: "the Volunteers for the Defense of the Homeland" climbs from "Volunteers")."""
    tok = doc.tokens[match.end_i - 1]
    above = doc.tokens[tok.head]
    if tok.deprel == "npadvmod" and above.deprel == "amod" and doc.text[tok.end:tok.end + 1] == "-" and above.head != above.i:
        return _role(doc, Match.of_token(doc.tokens[above.head], match.value), trigger, lex)   # "an army-escorted convoy": the convoy's part
    owned = _owns_facility(doc, tok, lex)
    facility = tok.lemma in lex.facilities and (tok.deprel.startswith("nsubj") or trigger.value[0] in EXPLOSIONS)
    if trigger.value[0] != "Armed clash" and (owned or facility) and not _in_clause_of_another(doc, tok, trigger):
        return "patient"   # "an army outpost attacked overnight", "a police station torched", "a bomb exploded near a checkpoint"
    trig_tokens = set(range(trigger.start_i, trigger.end_i))
    if tok.head in trig_tokens and tok.deprel in ("amod", "compound") and doc.tokens[tok.head].upos == "NOUN" \
            and match.value in ARMED_KINDS and match.end_i - match.start_i == 1 and trigger.value[0] in VIOLENT:
        return "agent"   # "une attaque jihadiste", "a rebel attack": whose attack it was
    if _non_state_armed(ActorMention(match, "agent")) and _resumed_by_pronoun(doc, doc.span_head(match.start_i, match.end_i)):
        return "agent"   # "15 Boko Haram fighters were killed when they attacked a military base": they attacked
    above, noun = doc.tokens[trigger.start_i], doc.span_head(match.start_i, match.end_i)   # "casques" of "casques bleus"
    if above.deprel == "acl" and "VerbForm=Fin" in above.feats and doc.tokens[above.head].deprel == "root" \
            and above.head in (noun.i, noun.head) and noun.i < above.i:
        return "agent"   # "Boko Haram insurgents abducted 30 women", parsed as a noun the finite verb describes: its subject
    clause = doc.span_head(trigger.start_i, trigger.end_i)
    relative = _relative_pronoun_subject(doc, noun, clause)
    governor = next((h for h in doc.heads(noun, 3) if h.upos == "VERB"), None)
    if relative is not None and not (governor is not None and lex.triggers.find(doc, [governor])) and not _pluperfect(doc, clause):
        # "soutient les FDLR, qui ont attaqué un village": the relative clause's subject is the name (not "the soldiers, who were
        # killed"; nor "fought police officers who drove off the raid", "ambushed hunters who were looting": the name is
        # another event's side, the clause tells what they did in it; nor "chased gunmen who had seized a trader", before)
        return "patient" if relative.deprel in PASSIVE_SUBJECTS or trigger.text.lower() in lex.dying or dying(doc, clause, lex) \
            else "agent"   # (and "two journalists who went missing": what befell them)
    listed = tok.head if tok.deprel == "conj" else tok.i   # "trois soldats et huit VDP tués": the participle of the first is theirs too
    group = doc.tokens[doc.tokens[tok.head].head] if tok.deprel == "pobj" and doc.tokens[tok.head].lemma == "of" else noun   # "a group of youths"
    for n in range(3):   # "un gendarme tué", "two soldiers wounded in an ambush": a past participle after its noun
        if above.head in (tok.i, noun.i, listed, group.i) and above.deprel == "acl" and _past_participle(above):
            verbs = [above, *(c for c in doc.children.get(above.i, []) if c.deprel == "conj")]
            if not any(c.deprel in ("obj", "dobj") for v in verbs for c in doc.children.get(v.i, [])):
                return "patient"
            if n == 0 or trig_tokens & {v.i for v in verbs}:   # "a group of youths attacked and injured a trader", parsed as
                return "agent"   # a participle after its noun (or the trigger listed after it: "students confronted and wounded a thief"): active
        above = doc.tokens[above.head]
    if tok.deprel == "nsubj" and (dying(doc, doc.tokens[tok.head], lex) or tok.head in trig_tokens and trigger.text.lower() in lex.dying):
        return "patient"   # "nine residents died in the shelling", "le soldat a succombé", "50 civilians went missing"
    taken = trigger if trigger.value[0] == ABDUCTION and tok.head in trig_tokens else None   # "23 soldiers taken hostage": whoever they are
    counted = any(c.deprel == "nummod" for c in doc.children.get(tok.i, [])) \
        or tok.i == match.start_i and _opens_its_sentence(doc, tok) and not any(c.deprel == "det" for c in doc.children.get(tok.i, []))
    # "two peacekeepers wounded", "Soldier killed during an ambush" (a headline's bare noun): whoever they are
    if (match.value in UNARMED_KINDS or taken or counted) and tok.deprel == "nsubj" and _headline_passive(doc, doc.tokens[tok.head], lex, taken,
                                                                                                          counted):
        return "patient"   # "one civilian killed, one person severely wounded": a headline's passive
    if _made_the_target(doc, tok, trigger, lex):
        return "patient"   # "les gendarmes ont été la cible de tirs", "gendarmes were the target of gunfire"
    if _laid_for(doc, noun, trig_tokens, lex):
        return "patient"   # "ont tendu une embuscade à des jihadistes", "laid an ambush for soldiers"
    verb = doc.span_head(trigger.start_i, trigger.end_i)
    if verb.upos == "VERB" and set(_phrase_path(doc, noun)) & set(objects_past_time(doc, verb, lex)):
        return "patient"   # "ont exécuté jeudi trois membres des VDP": the object past the day, however the parse hangs it (on the
        # day itself: "a frappé jeudi des cibles du Hamas")
    if _subject_before_aside(doc, _phrase_top(doc, noun), lex.dates.get("reporting", ())):
        return "patient"   # "a tué deux casques bleus, a annoncé la Minusma": the object of the verb the aside follows (its words
        # too: "opposent les rebelles du M23 à l'armée, ont indiqué des sources")
    tok = noun if match.end_i - match.start_i > 2 else tok
    own = {tok.i, tok.head} if tok.deprel in QUALIFYING_DEPRELS else {tok.i}   # "a police patrol": the patrol is the police's own word
    by_phrase = False   # the name is in a "par"/"by" phrase on the way up
    for _ in range(4):
        head = doc.tokens[tok.head]
        if head.i == tok.i:
            break
        by_phrase = by_phrase or bool(_cases(doc, tok) & BY_CASES)
        if _subject_of_a_gerund(doc, tok) and head.i not in trig_tokens:
            tok = doc.tokens[head.head]   # the preposition of the object the parse made a gerund's subject
            continue
        if tok.deprel in ("obl:agent", "agent") and head.lemma.lower() in lex.triggers.gaps:
            return "agent"   # "prise pour cible lundi par des individus armés", the agent hung on the day
        if tok.deprel in ("obj", "dobj") and head.lemma.lower() in lex.triggers.gaps and head.head in trig_tokens:
            return "patient"   # "a tué par balle jeudi un civil", the object hung on the day
        governor = doc.past_preposition(head)
        taking = governor.i in trig_tokens or any(c.i in trig_tokens and c.deprel == "compound" for c in doc.children.get(governor.i, []))
        if taking and governor.upos == "NOUN" and (trigger.value[0] in TAKEN_TYPES or governor.lemma in lex.victim_nouns
                                                   or tok.lemma in lex.facilities | lex.crewed and not by_phrase) \
                and _cases(doc, tok) & lex.whose_words:
            return "patient"   # "the arrest of three militants", "an arrest operation of 50 suspects", "l'enlèvement de deux
            # humanitaires": who was taken; "the killing of a dozen alleged ISGS fighters": who was killed; "l'attaque d'un convoi":
            # the convoy, whose own word names the forces, was struck (not who a "par" phrase on it names: "l'attaque de leur convoi
            # par des combattants des FSR")
        if head.lemma in lex.hedges and tok.deprel in ("obj", "dobj"):
            return "agent"   # "presumed ISGS militants killed...": parsed as the object of "presumed"
        if head.lemma in lex.hedges and head.deprel == "acl" and tok.deprel in ("nmod", "obl", "obl:arg"):
            tok = doc.tokens[head.head]   # "des éléments présumés de l'EIGS": the group names the elements it is said to be
            continue
        if head.i in trig_tokens or head.upos in ("VERB", "AUX") or (tok.head in trig_tokens):
            aimed = tok.upos == "ADP" and any(c.i in trig_tokens and c.deprel in ("obj", "dobj") for c in doc.children.get(head.i, []))
            done_by = tok.upos == "ADP" and tok.lemma == "by" and head.upos == "NOUN"   # "an attack by gunmen": English hangs them on "by"
            cases = _cases(doc, tok) | ({tok.lemma} if aimed or done_by else set())   # "fired mortar shells at Israeli troops": what the trigger was aimed at
            passive = tok.deprel == "nsubj" and (any(c.deprel in PASSIVE_AUX and not c.text.isupper()   # "JNIM or IS Sahel kidnapped": no auxiliary
                                                     for c in doc.children.get(head.i, []))
                                                 or "Voice=Pass" in head.feats and any(c.deprel == "cop" for c in doc.children.get(head.i, [])))
            # ("a été prise en embuscade", "été" parsed as a copula; not "se sont retirés")
            if tok.deprel in AGENT_RELS + ("obl:mod", "pobj") and head.i not in trig_tokens and head.lemma in lex.permits:
                return "unknown"   # "la manifestation, interdite par les autorités": who banned it is no side of it
            if tok.deprel in AGENT_RELS and head.i not in trig_tokens and head.deprel == "acl" \
                    and doc.tokens[head.head].lemma in lex.facilities and not lex.attribution.find(doc, [head]):
                return "patient"   # "un convoi escorté par l'armée", "a post held by soldiers": whose it is, the side attacked
            if tok.deprel in AGENT_RELS and head.i not in trig_tokens and head.deprel == "acl" and head.lemma in lex.holding:
                # "a depot in Nyala held by the RSF", "la ville, contrôlée par des rebelles": who holds the place struck did not
                # strike (whether it was the target, the victims named tell); who held the ground taken lost it ("a repris la
                # ville, occupée depuis deux ans par les jihadistes")
                return "patient" if trigger.value[0] in TERRITORY | {"Non-violent transfer of territory"} else "unknown"
            if tok.deprel in ("nsubj:pass", "nsubjpass") and head.i not in trig_tokens and head.lemma in lex.deployed \
                    and trigger.value[0] not in VIOLENT:   # (not "were dispatched to the scene; a booby-trapped body exploded")
                return "agent"   # "les forces ont été déployées ... et une dizaine de personnes interpellées": sent to act
            auxiliaries = [c.deprel for c in doc.children.get(head.i, []) if c.deprel.startswith("aux")]
            active = tok.deprel == "nsubj:pass" and (auxiliaries and not set(auxiliaries) & PASSIVE_AUX
                                                      and not any(c.deprel == "cop" for c in doc.children.get(head.i, []))
                                                      or head.lemma in lex.with_etre)
            # "les shebab ont pris la ville", not "a été prise"; "l'armée est entrée dans Kidal", parsed as a passive
            if (tok.deprel in PATIENT_RELS and not active and not (head.i in trig_tokens and _pronominal_subject(doc, tok, head, lex))) \
                    or cases & PATIENT_CASES or passive:
                return "patient"   # "leur patrouille a été prise en embuscade"
            if tok.deprel == "nsubj" and (dying(doc, head, lex) or (tok.i in own or lex.actor_kinds.find(doc, [tok])
                                                                    or tok.lower_text in UMBRELLA_FILLERS)   # "members of the National Guard"
                                          and verb_says(doc, head, lex.undergoing)):
                return "patient"   # "une vingtaine de personnes ont perdu la vie", "les gendarmes ont essuyé des tirs", "une
                # patrouille des FAMa a essuyé des tirs" (the actor's own word or one naming its people: not the owner of "le
                # véhicule du maire a subi un début d'incendie")
            if head.deprel == "acl" and head.i not in trig_tokens and doc.tokens[head.head].lemma in lex.facilities \
                    and _doer_word(doc, tok) and not lex.attribution.find(doc, [head]):
                # who escorts or hired a convoy shares its fate ("un convoi escorté par l'armée a été attaqué",
                # "burned seven trucks contracted by MINUSMA")
                return _role(doc, replace(match, start_i=head.head, end_i=head.head + 1), trigger, lex)
            if tok.deprel in AGENT_RELS and head.i not in trig_tokens and (_after_clause(doc, head, lex) or head.lemma in lex.destination_verbs
                                                                           or _after_the_event(doc, head, trigger, lex)):
                return "unknown"   # "set up a base on Tuesday after al-Shabaab withdrew": who acted before, not in the event;
                # "après l'attaque, des milliers de personnes ont fui vers Kaya": who fled it; "two days after the attack,
                # residents held a funeral": who mourned it
            if cases & (AGENT_CASES - BY_CASES) and head.upos == "NOUN" and not cases & BY_CASES \
                    and any(_cases(doc, c) & BY_CASES for c in doc.children.get(head.i, []) + doc.children.get(tok.i, [])):
                return "agent" if by_phrase else "patient"   # "l'attaque de leur convoi par des combattants des FSR": whose the
                # "par" phrase is not, and who it names (however the parse hangs it)
            if tok.deprel in AGENT_RELS or active or (cases & AGENT_CASES and head.upos == "NOUN") or (cases & BY_CASES):
                return "agent"
            return "unknown"
        if governor.upos == "NOUN" and (_cases(doc, tok) & NOMINAL_TARGET_CASES or _cases(doc, tok) & FACING_CASES
                                        and doc.tokens[governor.head].lemma in lex.dates.get("reporting", ())
                                        and any(t.value[0] == "Armed clash" for t in lex.triggers.find(doc, [governor]))):
            return "patient"   # "an attack on the CMA post", "l'attaque contre le camp"; "après des combats avec l'armée, ont indiqué
            # des sources": the other side, however the parse hangs the fighting on the reporting verb
        tok = head
    return "unknown"


def _gas_on_no_crowd(doc: Doc, triggers: list[Match], weapons: list[Match], lex: Lexicon) -> bool:
    """Whether the sentence's only protest words are tear gas fired, and the article names no demonstration,
    no riot and no crowd anywhere: forces that gassed people, no protest they broke up (not "residents clashed
    with police. Police fired tear gas": the riot's)."""
    gas = {w.start_i for w in weapons if w.value == "tear_gas"}
    protest = [t for t in triggers if t.value[0] in PROTEST]
    return bool(protest) and all(t.start_i in gas for t in protest) and not lex.demonstration.find(doc, doc.tokens) \
        and not any(m.value in CROWD_KINDS for m in lex.actor_kinds.find(doc, doc.tokens)) \
        and not any(t.value[0] in RIOTS for t in lex.triggers.find(doc, doc.tokens))


def _came_later(doc: Doc, verb: Token, lex: Lexicon) -> bool:
    """Whether the verb is one of coming in a clause of its own ("before police arrived", "until the police came", "avant que
    la police n'arrive"; actors.yaml `arrivals`): its subject reached the scene, it did not do the act."""
    below = doc.children.get(verb.i, [])
    return verb.lemma in lex.arrivals and any(c.deprel == "mark" for c in below) and not any(c.deprel == "conj" for c in below) \
        and not verb_says(doc, verb, lex.undergoing)   # (not "when police arrived and fired tear gas", nor "that its peacekeepers
    # had come under fire")


def _made_the_target(doc: Doc, tok: Token, trigger: Match, lex: Lexicon) -> bool:
    """Whether the word is the subject of a target noun the trigger hangs on ("les gendarmes ont été la cible de tirs",
    "gendarmes were the target of gunfire", the noun after English's "be"; actors.yaml `target_nouns`)."""
    if tok.deprel != "nsubj":
        return False
    head = doc.tokens[tok.head]
    nouns = [head] if head.upos == "NOUN" else [c for c in doc.children.get(head.i, []) if c.deprel == "attr" and c.upos == "NOUN"]
    return any(n.lemma.lower() in lex.target_nouns and any(t.i == n.i or n in doc.heads(t, 3) for t in doc.tokens[trigger.start_i:trigger.end_i])
               for n in nouns)


def _in_clause_of_another(doc: Doc, tok: Token, trigger: Match) -> bool:
    """Whether the word stands in a relative clause that says something of another noun, the
    trigger outside it ("ont ouvert le feu sur un véhicule qui refusait de s'arrêter à un poste de
    contrôle": the post is where the vehicle would not stop, it was not fired on)."""
    clause = next((h for h in doc.heads(tok, 4) if h.deprel in RELATIVE_CLAUSES), None)
    return clause is not None and not any(clause.i == h.i for i in range(trigger.start_i, trigger.end_i)
                                          for h in [doc.tokens[i], *doc.heads(doc.tokens[i], 4)])


def _pluperfect(doc: Doc, verb: Token) -> bool:
    """Whether the participle's tense auxiliary is in a past tense ("had abducted", "avaient tué"): an act before the one told."""
    return "VerbForm=Part" in verb.feats and any(c.deprel in ("aux", "aux:tense") and ("Tense=Past" in c.feats or "Tense=Imp" in c.feats)
                                                 for c in doc.children.get(verb.i, []))


def _relative_pronoun_subject(doc: Doc, noun: Token, verb: Token) -> Token | None:
    """The relative pronoun that stands for the noun as the subject of the verb's relative clause on it ("the FDLR, who
    attacked", "les soldats, qui ont été tués"), if the verb heads one."""
    if verb.head != noun.i or verb.deprel not in RELATIVE_CLAUSES:
        return None
    return next((c for c in doc.children.get(verb.i, []) if c.upos == "PRON" and c.deprel.startswith("nsubj") and noun.i < c.i < verb.i
                 and ("PronType=Rel" in c.feats or c.i == noun.i + 1 or doc.tokens[c.i - 1].upos == "PUNCT")), None)
    # (spaCy's English marks no relative pronoun: the one right after the noun or its comma)


def _resumed_by_pronoun(doc: Doc, tok: Token) -> bool:
    """Whether the armed men (non-state) are the passive subject of a clause whose adverbial clause has a pronoun as its
    subject and an object ("fighters were killed when they attacked a base", "ont été tués alors qu'ils
    attaquaient une base"): they did that clause's act, and fell in it."""
    if tok.deprel not in PASSIVE_SUBJECTS:
        return False
    return any(c.deprel == "advcl" and c.upos == "VERB" and any(s.deprel.startswith("nsubj") and s.upos == "PRON" for s in below)
               and any(o.deprel in ACTIVE_OBJECTS for o in below)
               for c in doc.children.get(tok.head, []) for below in [doc.children.get(c.i, [])])


def _pronominal_subject(doc: Doc, tok: Token, verb: Token, lex: Lexicon) -> bool:
    """Whether the parser's passive subject is the doer of a pronominal verb that takes an object
    (triggers.yaml `verb_objects`: "nos forces se sont emparées de Kidal", "être" taken for a
    passive's); not "se sont fait tuer", nor "se sont retirés de Kidal" (who left)."""
    return tok.deprel.endswith(":pass") and any(verb.lemma in rule.verbs for rule in lex.verb_objects) and _pronominal(doc, verb) \
        and not any(c.deprel in PASSIVE_AUX or c.lemma == "faire" for c in doc.children.get(verb.i, []))


def _pronominal(doc: Doc, verb: Token) -> bool:
    """Whether the verb has the parser's expletive pronoun of a pronominal verb ("se" of "se sont emparés")."""
    return any(c.deprel.startswith("expl") for c in doc.children.get(verb.i, []))


def _phrase_top(doc: Doc, noun: Token) -> Token:
    """The noun whose phrase the noun is part of, through its "of"/"à" phrases and lists ("l'armée" of "les rebelles du M23
    à l'armée congolaise et à ses alliés"), or itself."""
    return _phrase_path(doc, noun)[-1]


def _phrase_path(doc: Doc, noun: Token) -> list[Token]:
    """The noun and the nouns above it up to `_phrase_top`'s."""
    path = [noun]
    for _ in range(PHRASE_REACH):
        if noun.deprel not in ("nmod", "conj") or doc.tokens[noun.head].upos not in ("NOUN", "PROPN") or noun.head == noun.i:
            break
        noun = doc.tokens[noun.head]
        path.append(noun)
    return path


PHRASE_REACH = 3   # "of" phrases and list items climbed to the phrase's first noun


def _subject_before_aside(doc: Doc, tok: Token, reporting) -> bool:
    """Whether the parser made the word the subject of a reporting verb in an aside after it, whose teller
    follows it ("a tué deux casques bleus, a annoncé la Minusma"): it ends the clause the aside follows, as its object."""
    verb = doc.tokens[tok.head]
    comma = aside_comma(doc, verb)
    return tok.deprel == "nsubj" and verb.lemma in reporting and verb.head != verb.i and doc.tokens[verb.head].upos == "VERB" \
        and comma is not None and tok.i < comma and doc.tokens[verb.head].i < tok.i and _teller_after(doc, verb)


def _teller_after(doc: Doc, verb: Token) -> bool:
    """Whether a noun after the verb may be its subject (`read_as_subject`: "..., a annoncé la Minusma"), or one with the
    plural article "des" the parser hung on the day after the verb ("..., ont indiqué mercredi des sources locales")."""
    after = [c for c in doc.children.get(verb.i, []) if c.i > verb.i]
    hung = [n for c in after if c.deprel == "obl:mod" for n in doc.children.get(c.i, []) if n.i > c.i and n.deprel == "nmod"
            and [k.lower_text for k in doc.children.get(n.i, []) if k.deprel == "case"] == ["des"]]
    return any(c.upos in ("NOUN", "PROPN") and read_as_subject(doc, c) for c in after) or any(n.upos in ("NOUN", "PROPN") for n in hung)


def _listed_roles(doc: Doc, found: list[ActorMention]) -> list[ActorMention]:
    """An actor of no role listed after another takes the other's role ("ont tendu une embuscade à des militaires et des
    VDP": the VDP were ambushed too)."""
    heads = {doc.span_head(a.match.start_i, a.match.end_i).i: a.role for a in found}
    def listed_role(a: ActorMention) -> str:
        tok = doc.span_head(a.match.start_i, a.match.end_i)
        return heads.get(tok.head, "unknown") if tok.deprel == "conj" else "unknown"
    return [replace(a, role=listed_role(a)) if a.role == "unknown" else a for a in found]


def _said_to_be_roles(doc: Doc, found: list[ActorMention], links: list[tuple[int, int]]) -> list[ActorMention]:
    """An actor the report says another is ("gunmen believed to be bandits stormed a mosque": `_identity_links`) are the
    same people, in the same role, however the parse hangs the second."""
    roles = {a.match.end_i: a.role for a in found}   # by where the actor's words end
    out = []
    for a in found:
        role = next((roles[before] for before, after in links if before in roles and _after_a_link(doc, after, a)), "unknown")
        out.append(a if role == "unknown" else replace(a, role=role))
    return out


def _after_a_link(doc: Doc, after: int, actor: ActorMention) -> bool:
    """Whether the actor's phrase follows a link's end, at most filler words between ("thought to be members of Al Shabaab")."""
    return after <= _phrase_start(doc, actor) and all(t.lower_text in UMBRELLA_FILLERS for t in doc.tokens[after:_phrase_start(doc, actor)])


def _said_to_be(doc: Doc, first: ActorMention, then: ActorMention, links: list[tuple[int, int]]) -> bool:
    """Whether a link says the people of `first` are `then`, with at most filler words between ("herders thought to be members of
    Al Shabaab"; `_identity_links`)."""
    return any(before == first.match.end_i and _after_a_link(doc, after, then) for before, after in links)


def _identity_links(doc: Doc, sent: list[Token], lex: Lexicon) -> list[tuple[int, int]]:
    """(where the words before end, where the words after start) of each link that says who people are (actors.yaml
    `identity_links`)."""
    return [(identity_link_start(doc, link), link.end_i) for link in lex.identity_links.find(doc, sent)]


def _phrase_start(doc: Doc, actor: ActorMention) -> int:
    """Where the actor's phrase starts, its determiners included ("probablement des éleveurs")."""
    i = actor.match.start_i
    while i > 0 and doc.tokens[i - 1].upos == "DET":
        i -= 1
    return i


def _known_as(doc: Doc, first: ActorMention, then: ActorMention, links: list[tuple[int, int]]) -> bool:
    """Whether the report says the actor `first` is `then` ("militiamen known as Imbonerakure"; `_identity_links`): one
    side, told twice."""
    return (first.match.end_i, _phrase_start(doc, then)) in links


def _role_in_event(doc: Doc, match: Match, trigger: Match, triggers: list[Match], lex: Lexicon) -> str:
    """The actor's role for the trigger, else for another violent word of the sentence ("five people were
    killed in an attack by gunmen on CJA positions": the gunmen attacked, the positions were attacked); no role for who fears
    or plans what a trigger an "after" clause tells came after ("residents fear renewed violence after gunfights between two gangs
    left three dead": the residents fear, they did not fight)."""
    head = doc.span_head(trigger.start_i, trigger.end_i)
    clause = next((t for t in [head, *doc.heads(head, 3)] if _after_clause(doc, t, lex)), None)
    if clause is not None and doc.tokens[clause.head].lemma in lex.plans and doc.tokens[match.end_i - 1].head == clause.head:
        return "unknown"
    role = _role(doc, match, trigger, lex)
    if role != "unknown" or trigger.value[0] not in VIOLENT | RIOTS:
        return role
    for other in triggers:
        if other is trigger or other.value[0] not in VIOLENT | RIOTS or _after_clause(doc, doc.span_head(other.start_i, other.end_i), lex):
            continue   # (not the act an "after" clause tells, which came before: "residents attacked a police post after police shot a rider")
        found = _role(doc, match, other, lex)
        actor = ActorMention(match, found)
        if found == "agent" and _unit_attacked(doc, actor, other):
            return "patient"
        if found == "patient" or found == "agent" and (actor.armed or actor.kind in CROWD_KINDS and trigger.value[0] in RIOTS) \
                and not _a_facility(doc, actor, lex):
            return found   # who strikes is armed, or the crowd of a riot ("a mob beat a man"): not "another person injured",
            # nor "l'attaque de leur convoi"
    return role


def _laid_for(doc: Doc, noun: Token, trig_tokens: set[int], lex: Lexicon) -> bool:
    """Whether the actor's words are whom the trigger noun was laid for, on it or on the verb whose object it is ("une
    embuscade aux soldats", "ont tendu une embuscade à des jihadistes")."""
    head = doc.tokens[noun.head]
    return bool(_cases(doc, noun) & lex.laid_for) and head.upos in ("NOUN", "VERB") and (
        head.i in trig_tokens or any(c.i in trig_tokens and c.deprel in ("obj", "dobj") for c in doc.children.get(head.i, [])))


def _unit_attacked(doc: Doc, actor: ActorMention, word: Match) -> bool:
    """Whether state forces are the "de" complement of an event noun that names no target of its own ("un soldat a été tué dans
    l'attaque du détachement militaire de Djibo"): the unit attacked, when the sentence's trigger is another word (not "l'attaque
    de l'armée contre les positions jihadistes", nor "an attack by the army")."""
    noun = doc.span_head(word.start_i, word.end_i)
    tok = doc.span_head(actor.match.start_i, actor.match.end_i)
    return _state_forces(actor.match.value) and noun.upos == "NOUN" and tok.head == noun.i \
        and bool(_cases(doc, tok) & (AGENT_CASES - BY_CASES)) \
        and not any(_cases(doc, c) & PATIENT_CASES for c in doc.subtree(noun) if c.i != tok.i)   # however the parse hangs the target


def _counted_among(doc: Doc, start_i: int, subsets: list[Match]) -> bool:
    """Whether the words from token `start_i` follow a word that counts them among others ("including 4 CJA
    fighters", "dont deux soldats"; casualties.yaml `subset`), with at most a number or article between."""
    return any(w.end_i <= start_i <= w.end_i + 2 and all(doc.tokens[i].upos in ("NUM", "DET") for i in range(w.end_i, start_i))
               for w in subsets)


def _definite(doc: Doc, actor: ActorMention) -> bool:
    """Whether a definite or demonstrative article goes with the actor's noun ("les assaillants", "these gunmen"): people told of before."""
    return doc.definite(_noun(doc, actor.match), demonstrative=True)


def _demonym_before(actor: ActorMention, countries: list[Match]) -> bool:
    """Whether a country's word goes right before the actor's ("Israeli soldiers", "the Malian army")."""
    return any(0 <= actor.match.start_i - d.end_i <= 1 for d in countries)


def _listed_among(doc: Doc, actor: ActorMention, subsets: list[Match]) -> bool:
    """Whether the actor's words are counted among others or listed after words that are ("including six
    civilians and three VDP members", "dont six civils et trois VDP")."""
    first = doc.first_of_list(_noun(doc, actor.match)).i
    while first > 0 and doc.tokens[first - 1].upos in ("NUM", "DET"):
        first -= 1
    return _counted_among(doc, actor.match.start_i, subsets) or _counted_among(doc, first, subsets)


def among_the_struck(doc: Doc, match: Match, lex: Lexicon) -> bool:
    """Whether a group's words are counted among the victims ("including three GATIA fighters") or
    name what an attack was aimed at ("on GATIA positions", "contre des positions du GATIA"): no one
    who struck."""
    subsets = lex.subsets.find(doc, doc.sentences[doc.tokens[match.start_i].sent])
    tok = doc.tokens[match.end_i - 1]
    for _ in range(3):   # "GATIA" -> "positions", "du GATIA" -> "combattants"
        if _cases(doc, tok) & NOMINAL_TARGET_CASES or _counted_among(doc, tok.i, subsets):
            return True
        if tok.deprel not in OWNER_DEPRELS or tok.head == tok.i:
            break
        tok = doc.tokens[tok.head]
    return False


def _hurt(doc: Doc, actor: ActorMention, lex: Lexicon) -> bool:
    """Whether the actor's words are what a verb of death or injury took ("ambushed a MINUSCA convoy, wounding two
    peacekeepers") or what a verb left so ("leaving several soldiers injured"): the hurt, who did not strike."""
    noun = _noun(doc, actor.match)
    verb = doc.tokens[noun.head]
    harm = lambda t: bool(lex.deaths.find(doc, [t]) or lex.injuries.find(doc, [t]))  # noqa: E731
    if noun.deprel in ("obj", "dobj") and (harm(verb) or any(c.deprel in ("oprd", "xcomp", "ccomp", "acomp") and c.i > noun.i and harm(c)
                                                            for c in doc.children.get(verb.i, []))):
        return True
    sent = doc.sentences[doc.tokens[actor.match.start_i].sent]   # right after the verb, past its count, however the parse hangs
    return _counted_among(doc, actor.match.start_i, [*lex.deaths.find(doc, sent), *lex.injuries.find(doc, sent)])   # them
    # ("blessant deux casques bleus")


def _after_clause(doc: Doc, verb: Token, lex: Lexicon) -> bool:
    """Whether the verb heads a clause that "after" opens (casualties.yaml `earlier_markers`)."""
    return any(c.deprel == "mark" and c.lemma in lex.earlier_markers for c in doc.children.get(verb.i, []))


def _after_phrase(doc: Doc, tok: Token, lex: Lexicon) -> bool:
    """Whether "after" opens the word's clause or phrase ("after ... were killed", "après la mort de")."""
    return any(c.deprel in ("mark", "case") and c.lemma in lex.earlier_markers for c in doc.children.get(tok.i, []))


def _armed_named_before(doc: Doc, sent: list[Token], lex: Lexicon) -> bool:
    """Whether a sentence before this one names armed men ("Militiamen stopped a bus. Its passengers were badly
    beaten": theirs, no mob's)."""
    return any(ActorMention(m, "unknown").armed for s in doc.sentences[:sent[0].sent] for m in actor_matches(doc, s, lex))


def _wrecks_public_building(doc: Doc, trigger: Match, lex: Lexicon) -> bool:
    """Whether what the trigger's verb wrecked is a public building ("ransacked the local education board's offices",
    "the town hall was torched", "ont incendié la mairie", "set fire to a police post"; actors.yaml `public_buildings`)."""
    verb = doc.span_head(trigger.start_i, trigger.end_i)
    phrases = doc.children.get(verb.i, [])
    wrecked = [c for c in phrases if c.deprel in ("obj", "dobj", "nsubjpass", "nsubj:pass")]
    wrecked += [g for g in preposition_objects(doc, phrases) if _cases(doc, g) & FIRE_SET_TO]   # spaCy: "set fire to" -> post
    wrecked += [c for c in phrases if c.deprel.startswith("obl") and _cases(doc, c) & FIRE_SET_TO]   # UD: "mis le feu à la mairie"
    return any(c.lemma.lower() in lex.public_buildings for c in wrecked)


FIRE_SET_TO = {"to", "à"}   # "set fire to the police post", "ont mis le feu à la mairie": what was burned


WON_AFTER_REACH = 5   # steps up from a fight to the verb of the ground taken after it ("after several days of fighting")


def _won_after(doc: Doc, trigger: Match, verb: Token, lex: Lexicon) -> bool:
    """Whether the trigger hangs on the verb through a phrase or clause that "after" opens ("captured the outpost after
    several days of fighting", "took the town after they clashed with soldiers", "a pris la ville après des combats")."""
    tok = doc.span_head(trigger.start_i, trigger.end_i)
    path = [tok, *doc.heads(tok, WON_AFTER_REACH)]
    if verb not in path[1:]:
        return False
    below = path[:path.index(verb)]
    return any(p.lemma in lex.earlier_markers or _after_phrase(doc, p, lex) for p in below)


def _after_the_event(doc: Doc, verb: Token, trigger: Match, lex: Lexicon) -> bool:
    """Whether the trigger is a noun that "after" hangs on the verb ("two days after the attack, residents held a
    funeral", "après l'attaque"): the verb's subject did something later, not the event."""
    noun = doc.tokens[trigger.start_i]
    return noun.upos == "NOUN" and bool(_cases(doc, noun) & lex.earlier_markers) \
        and (noun.head == verb.i or doc.tokens[noun.head].head == verb.i and doc.tokens[noun.head].upos == "ADP")


def _past_participle(tok: Token) -> bool:
    return "VerbForm=Part" in tok.feats and "Tense=Past" in tok.feats


def _opens_its_sentence(doc: Doc, tok: Token) -> bool:
    """Whether the word opens its sentence (the text's first, or after a full stop or a line break)."""
    before = doc.tokens[tok.i - 1] if tok.i > 0 else None
    return before is None or before.text in (".", "!", "?") or "\n" in doc.text[before.end:tok.start]


def _headline_passive(doc: Doc, verb: Token, lex: Lexicon, taken: Match | None = None, counted: bool = False) -> bool:
    """A past participle of death or injury (or of the abduction trigger `taken`) with no auxiliary
    and no object but the trigger's own ("hostage"): "one person wounded"; `counted`: its subject has a number."""
    casualty = taken is not None or lex.deaths.find(doc, [verb]) or lex.injuries.find(doc, [verb])
    own = range(taken.start_i, taken.end_i) if taken is not None else range(0)
    participle = _past_participle(verb) or (taken is not None or verb.deprel == "parataxis" or counted) and "Tense=Past" in verb.feats
    # ("soldiers taken hostage", "taken" read as a past; "struck by an IED, two peacekeepers wounded", a clause after a comma;
    # "Two soldiers killed, three injured in raid by gunmen": a counted subject's kill with no object, a headline)
    # (nor an object shared with a verb joined to it: "Dozos abducted and executed 14 civilians")
    shared = any(c.deprel == "conj" and c.upos == "VERB" and any(o.deprel in ("obj", "dobj") for o in doc.children.get(c.i, []))
                 for c in doc.children.get(verb.i, []))
    return bool(casualty) and participle and not shared and not any(
        c.deprel.startswith("aux") or c.deprel in ("obj", "dobj") and c.i not in own for c in doc.children.get(verb.i, []))


def _took_no_one(doc: Doc, sent: list[Token], trigger: Match, lex: Lexicon) -> bool:
    """Whether the one the trigger took is no one ("no one was arrested", "personne n'a été interpellé": the parse may
    hang only the "n'" on the verb)."""
    return any(doc.tokens[i].deprel.startswith(("nsubj", "obj", "dobj", "advmod")) and trigger.start_i <= doc.tokens[i].head < trigger.end_i
               for w in lex.nobody.find(doc, sent) for i in range(w.start_i, w.end_i))


def _held_since(doc: Doc, trigger: Match, lex: Lexicon) -> bool:
    """Whether a detention or a disappearance is told with when it began ("soldiers detained since
    the May coup", "détenus depuis mai"): a state the report recalls, not an arrest it reports."""
    after = doc.tokens[trigger.end_i] if trigger.end_i < len(doc.tokens) else None
    return after is not None and after.lower_text in lex.dates.get("held_since", ())


def _marked_infinitive(doc: Doc, verb: Token) -> bool:
    """Whether the verb is an infinitive that "to", "pour" or "de" introduces."""
    return "VerbForm=Inf" in verb.feats and any(c.deprel in ("aux", "mark") and c.upos in ("PART", "ADP", "SCONJ")
                                                for c in doc.children.get(verb.i, []))


def _purpose_of(doc: Doc, verb: Token) -> int | None:
    """The verb that an infinitive of purpose depends on ("came to arrest", "venus pour arrêter",
    also "to calm tension and to arrest"), if the verb is one: what the doers meant to do."""
    for _ in range(2):
        if "VerbForm=Inf" not in verb.feats:
            return None
        if verb.deprel == "advcl" and _marked_infinitive(doc, verb):
            return verb.head
        if verb.deprel != "conj":
            return None
        verb = doc.tokens[verb.head]
    return None


def _only_attempted(doc: Doc, trigger: Match, lex: Lexicon) -> bool:
    """Whether the trigger's verb is an infinitive a try governs ("an attempt by Al Shabaab to overrun the base", "ont tenté de
    prendre la ville", "a suspect he was trying to arrest", triggers.yaml `attempts`): aimed at, not done."""
    verb = doc.span_head(trigger.start_i, trigger.end_i)
    return "VerbForm=Inf" in verb.feats and verb.deprel in ("acl", "xcomp", "advcl") and doc.tokens[verb.head].lemma in lex.attempts


def _quarrel_told_as_context(doc: Doc, trigger: Match, lex: Lexicon) -> bool:
    """Whether a quarrel's noun ("a land dispute between", triggers.yaml `quarrels`) is neither the subject of what was done
    nor what it came during ("during", "lors"): a reason told ("in a killing police linked to a feud between two families"), no fight."""
    noun = doc.span_head(trigger.start_i, trigger.end_i)
    if noun.lemma not in lex.quarrels:
        return False
    return not (noun.deprel.startswith("nsubj") or noun.head == noun.i or _cases(doc, noun) & lex.during)   # (the parse may
    # make the subject the root: "A land dispute ... left 12 dead")


def _a_noun_s_purpose(doc: Doc, trigger: Match) -> bool:
    """Whether the trigger is an infinitive that says what a noun is for ("la réquisition de milliers de jeunes pour combattre
    aux côtés de l'armée", "the recruitment of youths to fight"): what it is meant to do, no act done."""
    verb = doc.span_head(trigger.start_i, trigger.end_i)
    return verb.deprel == "acl" and doc.tokens[verb.head].upos == "NOUN" and _marked_infinitive(doc, verb)


def _only_suspected(doc: Doc, match: Match, lex: Lexicon) -> bool:
    """Whether the actor is only suspected of being what its noun says ("a suspected kidnapper", "un présumé
    ravisseur", "alleged bandits"; actors.yaml `hedges`)."""
    noun = doc.tokens[match.end_i - 1]
    return any(t.lemma in lex.hedges for t in doc.tokens[max(0, match.start_i - 1):match.end_i - 1]) or any(
        c.lemma in lex.hedges and c.deprel in ("amod", "acl") for c in doc.children.get(noun.i, []))


def _lost_by_their_side(doc: Doc, found: list[ActorMention], lex: Lexicon) -> list[ActorMention]:
    """The men a side lost stand for the side ("Russian forces had lost 540 soldiers", "les forces russes avaient perdu
    540 soldats"): the losing verb's subject is the one struck, its object no actor of its own (of no country)."""
    by_noun = {doc.span_head(a.match.start_i, a.match.end_i).i: a for a in found}
    lost, owners = [], []
    for a in found:
        noun = doc.span_head(a.match.start_i, a.match.end_i)
        if noun.deprel in ("obj", "dobj") and doc.tokens[noun.head].lemma in lex.losing:
            owner = next((by_noun[c.i] for c in doc.children.get(noun.head, []) if c.deprel.startswith("nsubj") and c.i in by_noun), None)
            if owner is not None and owner is not a:
                lost.append(a)
                owners.append(owner)
    return [replace(a, role="patient") if a.role == "unknown" and any(a is o for o in owners) else a
            for a in found if not any(a is x for x in lost)]


def _side_of_the_dead(doc: Doc, actor: ActorMention, deaths: list[Match], lex: Lexicon) -> bool:
    """Whether the actor owns the side or the ranks the dead the sentence counts (`deaths`) were on ("a fait 15 morts dans les
    rangs de l'armée", "losses in the army's ranks": casualties.yaml `dead_sides`): the side struck."""
    noun = doc.span_head(actor.match.start_i, actor.match.end_i)
    owner = doc.tokens[noun.head]
    owner = doc.tokens[owner.head] if owner.upos == "ADP" and owner.i != owner.head else owner   # English "of" between them
    return noun.i != owner.i and owner.upos == "NOUN" and (owner.lemma.lower() in lex.dead_sides or owner.lower_text in lex.dead_sides) \
        and any(d.end <= owner.start for d in deaths)


HANDED = "Non-violent transfer of territory"


def _handed_over(doc: Doc, trigger: Match, lex: Lexicon) -> Match:
    """Ground-taking words a verb of handing over takes, however the parse hangs them ("Le M23 a remis samedi aux autorités le
    contrôle de la ville": triggers.yaml `verb_objects`, the handover's verbs): ground handed over, not taken."""
    if trigger.value[0] not in TERRITORY:
        return trigger
    verb = next((h for h in doc.heads(doc.span_head(trigger.start_i, trigger.end_i), 3) if h.upos == "VERB"), None)
    handing = {v for rule in lex.verb_objects if rule.sub_event_type == HANDED for v in rule.verbs}
    return replace(trigger, value=(HANDED, trigger.value[1])) if verb is not None and verb.lemma in handing else trigger


def _names_the_dead(doc: Doc, trigger: Match, lex: Lexicon) -> bool:
    """Whether the trigger is a participle on a demonstrative pronoun ("saying those killed were terrorists") or on whom a
    funeral is for ("the funeral of a teenager killed by Israeli fire", "les obsèques d'un jeune tué"; background.yaml
    `funerals`): who the dead were, not a killing told."""
    head = doc.span_head(trigger.start_i, trigger.end_i)
    verb = next((v for v in [head, *doc.heads(head, 2)] if v.deprel == "acl" and v.upos == "VERB"), head)   # "tué par des tirs"
    noun = doc.tokens[verb.head]
    if trigger.value[0] not in VIOLENT or verb.deprel != "acl" or noun.i > verb.i:   # (not "of those arrested": the arrest)
        return False
    rite = doc.past_preposition(doc.tokens[noun.head])   # (English: past "of")
    return verb is head and noun.upos == "PRON" and "PronType=Dem" in noun.feats \
        or noun.deprel in ("pobj", "nmod") and rite.lemma.lower() in lex.funerals


def _describes_an_object(doc: Doc, word: Token, lex: Lexicon) -> bool:
    """Whether the word qualifies a verb's object, a person ("killed a tribal elder"): who was struck, no side of its own (not
    "burned a Fulani pastoralist camp", a people's settlement)."""
    noun = doc.tokens[word.head]
    return word.deprel in ("amod", "compound") and noun.deprel in ACTIVE_OBJECTS and noun.upos == "NOUN" \
        and noun.lemma.lower() not in lex.settlements


def _lone_stranger(doc: Doc, match: Match, lex: Lexicon) -> bool:
    """One person the text neither names nor places in a community ("a man", "un individu"; not "a
    Fulani pastoralist man"): armed, an unidentified armed group rather than a mob or a militia."""
    return match.text.lower() in lex.anonymous and _one_person(doc, match, lex)


def _one_person(doc: Doc, match: Match, lex: Lexicon) -> bool:
    """Whether the actor's words name one person of no community ("un ancien élève", "a former student"; not "a farmer"
    of a farmers' and herders' feud, "a Fulani pastoralist man", nor "the crowd", nor "des militants du parti", whose head is
    plural)."""
    noun = doc.tokens[match.end_i - 1]
    many = "Number=Plur" in doc.span_head(match.start_i, match.end_i).feats
    return "Number=Sing" in noun.feats and not many and noun.lemma not in lex.collectives and not lex.communities.find(doc, [noun]) and not any(
        lex.identities.find(doc, [c]) or lex.communities.find(doc, [c]) for c in doc.children.get(noun.i, []))


def _qualified(doc: Doc, match: Match, off_duty: list[Match], lex: Lexicon) -> Match:
    """What the words around an actor make of it: "armed Peul men", "des villageois armés" are a
    communal militia; "a retired policeman", "un ancien militaire", "a former rebel" are civilians, as
    ACLED codes them."""
    noun = match.end_i - 1
    if match.value in UNARMED_KINDS:
        for tok in doc.tokens[max(0, match.start_i - 3): match.end_i + 2]:
            if tok.lemma.lower() in lex.armed_words and (tok.head == noun or doc.tokens[tok.head].head == noun):
                # "a man armed with a knife", "a knife-wielding man": one the text does not name is an armed group
                # ("armed Peul men" are their community's militia)
                return replace(match, value="armed_group" if _lone_stranger(doc, match, lex) else "communal_militia")
    elif match.value in STATE_KINDS | {"armed_group"} and any(0 <= match.start_i - o.end_i <= 1 or 0 <= o.start_i - match.end_i <= 1 for o in off_duty):
        return replace(match, value="civilians")   # "a former rebel commander", "un ancien rebelle"
    elif match.value in STATE_KINDS and doc.tokens[noun].lemma in lex.facilities and any(
            lex.identities.find(doc, [c]) or any(k.value in UNARMED_KINDS for k in lex.actor_kinds.find(doc, [c])) or c.lemma.lower() in lex.civilian_cargo
            for c in [*_of_complement(doc, doc.tokens[noun], lex), *_cargo(doc, doc.tokens[noun], lex), *_whence(doc, doc.tokens[noun]),
                      *(c for c in doc.children.get(noun, []) if c.deprel in ("compound", "poss", "nmod:poss"))]):
        return replace(match, value="civilians")   # "a convoy of IDPs", "un convoi de déplacés", "a convoy carrying aid workers",
        # "a convoy carrying aid" (actors.yaml `civilian_cargo`), "an ICRC convoy", "an NGO vehicle", "a convoy returning from a market"
    elif match.value in FORCE_KINDS and match.end_i - match.start_i == 1:   # "une patrouille de la gendarmerie": the gendarmerie's
        owner = next((k.value for c in _of_complement(doc, doc.tokens[noun], lex) for k in lex.actor_kinds.find(doc, [c])
                      if k.value in FORCE_KINDS and k.value != match.value), None)
        return replace(match, value=owner) if owner else match
    return match


def _whence(doc: Doc, noun: Token) -> list[Token]:
    """Where a vehicle comes from or goes to, as a participle after it says ("a convoy returning from a
    weekly market", "un convoi revenant du marché"): the nouns its prepositions take."""
    return [n for v in doc.children.get(noun.i, []) if v.deprel.startswith("acl") and v.upos == "VERB"
            for c in doc.children.get(v.i, []) for n in ([c] if c.deprel.startswith("obl") else doc.children.get(c.i, [])
                                                          if c.deprel == "prep" else []) if n.upos == "NOUN"]


def _cargo(doc: Doc, noun: Token, lex: Lexicon) -> list[Token]:
    """What a vehicle is said to carry ("a convoy carrying aid workers", "un camion transportant des
    commerçants"): the objects of a carrying verb that qualifies it (weapons.yaml `carried`)."""
    return [o for v in doc.children.get(noun.i, []) if v.deprel.startswith("acl") and v.lemma.lower() in lex.weapon_carried
            for o in doc.children.get(v.i, []) if o.deprel in ("obj", "dobj")]


def _meets_explosive(doc: Doc, match: Match, trigger: Match, lex: Lexicon) -> bool:
    """Whether the actor is who ran into the explosive that the trigger names ("a MINUSMA vehicle
    struck an IED", "the convoy was hit by a mine", "un véhicule a sauté sur une mine"): its target,
    although the subject of the verb."""
    before = [t for t in doc.tokens[max(0, match.start_i - 4):match.start_i] if t.upos != "DET"]
    if len(before) >= 2 and before[-1].upos == "ADP" and before[-2].lemma in lex.explosive_passing:
        return True   # "l'explosion d'un engin au passage de leur patrouille", however the parser hangs the patrol
    verb, below = doc.tokens[trigger.start_i], None
    for _ in range(3):
        if verb.lemma in lex.explosive_contact:
            break
        clause = next((c for c in doc.children.get(verb.i, []) if c.deprel == "advcl" and c.lemma in lex.explosive_contact), None) or next(
            (v for p in doc.children.get(verb.i, []) if p.deprel == "prep" for o in doc.children.get(p.i, []) if o.deprel == "pobj"
             for v in doc.children.get(o.i, []) if v.deprel == "acl" and v.lemma in lex.explosive_contact), None)   # (parsed "as [a
        # patrol passed]")
        if clause is not None:   # "a bomb exploded as their patrol passed": who passed ran into it
            verb, below = clause, None
            break
        verb, below = doc.tokens[verb.head], verb
    else:
        return False
    if below is None and verb.i == trigger.start_i and trigger.end_i - trigger.start_i == 1:
        return False   # "Ukrainian forces struck an ammunition depot": the verb alone, no explosive the subject ran into
    if below is not None and below.deprel not in ("obj", "dobj") and not (_cases(doc, below) | {below.lemma}) & CONTACT_CASES:
        return False   # "hit a camp with an airstrike": the explosive is the attackers' weapon
    tok = doc.tokens[match.end_i - 1]
    for step in range(2):   # "a MINUSMA vehicle": the group names the vehicle that is the subject
        if tok.head == verb.i and tok.deprel.startswith("nsubj") or verb.head == tok.i and verb.deprel == "acl":
            # "Maoist rebels triggered an IED blast": armed men who are the subject set it off
            return step > 0 or verb.lemma not in lex.explosive_set_off or not _non_state_armed(ActorMention(match, "agent"))
        tok = doc.tokens[tok.head]
    return False


BETWEEN = {"between", "entre"}
ALLY_SPAN = 8   # tokens after "backed by" that may name allies, up to the next punctuation or verb
ALLY_REACH = 3   # tokens from actor2 to the allies named right after it ("the army and allied militias"): actor2's
STATE_ACTS = EXPLOSIONS | {"Armed clash", "Attack"}   # what a country named as the doer did by its forces
STRONG_TRIGGER = 2.0   # a country is the doer of violence its words leave no doubt about ("killed", not "beat": "Mali beat Senegal")
CLAUSE_LINKS = {"advcl", "xcomp", "conj", "acl"}   # a verb whose subject is its head verb's ("struck ..., killing three")


def _killed_by(doc: Doc, actor: ActorMention, trigger: Match, kills: set[int]) -> bool:
    """Whether the actor is the object of a killing verb (`kills`) whose subject is the trigger, or
    which is the trigger's relative or participle clause, or that of a verb the trigger is subject of
    ("clashes killed 27 people", "fighting that killed 27 people", "clashes broke out, killing 4 civilians")."""
    tok = doc.tokens[actor.match.end_i - 1]
    verb = doc.tokens[tok.head]
    trig = range(trigger.start_i, trigger.end_i)
    subject_of = lambda v: any(c.deprel.startswith("nsubj") and c.i in trig for c in doc.children.get(v, []))  # noqa: E731
    return tok.deprel in PATIENT_RELS and verb.i in kills and (
        verb.deprel in RELATIVE_CLAUSES and verb.head in trig or subject_of(verb.i)
        or verb.deprel == "advcl" and (verb.head in trig or subject_of(verb.head)))


def _negated(doc: Doc, trigger: Match, lex: Lexicon) -> bool:
    """Whether a word of the trigger is negated by a word of its own ("No arrests have been made",
    "were not arrested", "aucune arrestation", "sans affrontement", "without any clashes"; not "no
    one was killed", whose "no" is the victims')."""
    words = range(trigger.start_i, trigger.end_i)   # not a trigger's own word ("without a fight", "sans combat")
    noun = doc.span_head(trigger.start_i, trigger.end_i)
    verb = doc.tokens[noun.head]
    if noun.deprel == "nsubj" and any(m.start_i == verb.i for m in lex.occurring.find(doc, doc.tokens[verb.i:verb.i + 2])) \
            and any(c.lower_text in lex.negations and c.deprel in NEGATING_DEPRELS for c in doc.children.get(verb.i, [])):
        return True   # "the march did not take place", "la marche n'a pas eu lieu"
    return any(c.lower_text in lex.negations and c.deprel in NEGATING_DEPRELS and c.i not in words for i in words for c in doc.children.get(i, [])) \
        or any(doc.tokens[i].deprel == "pobj" and doc.tokens[i].head not in words and doc.tokens[doc.tokens[i].head].lower_text in lex.negations
               for i in words)


def _ended(doc: Doc, noun: Token, lex: Lexicon) -> bool:
    """Whether the trigger noun (or the first of a list it is in) completes a noun of ending ("l'arrêt des combats et de
    toute attaque", "a cessation of hostilities"): violence that stops or is to stop, no event of it (the end of an
    agreement is one, so strategic developments are not asked: "announced the end of the Algiers peace agreement")."""
    noun = doc.first_of_list(noun)
    owner = doc.tokens[noun.head]
    if noun.deprel == "pobj":   # spaCy's English: the preposition governs the noun
        owner = doc.tokens[owner.head]
    return noun.deprel in ("nmod", "pobj") and noun.upos == "NOUN" and owner.lemma in lex.endings


def disowned(doc: Doc, cue: Match, lex: Lexicon) -> bool:
    """Whether an attribution cue is denied: negated, or said of no one ("No group claimed
    responsibility", "l'attentat n'a pas été revendiqué", "aucun groupe n'a revendiqué")."""
    verb = doc.tokens[cue.end_i - 1]
    if verb.deprel in ("dobj", "obj") and verb.head != verb.i:   # "claimed responsibility": the claim's verb
        verb = doc.tokens[verb.head]
    subjects = [c for c in doc.children.get(verb.i, []) if c.deprel.startswith("nsubj")]
    return any(_negated(doc, m, lex) for m in [cue, Match.of_token(verb), *map(Match.of_token, subjects)])


def _died_of_wounds(doc: Doc, sent: list[Token], trigger: Match, lex: Lexicon) -> bool:
    """The wounded of an event told before died of their wounds ("L'un d'eux a succombé à ses blessures le lendemain à
    l'hôpital", "a tenth victim died in hospital"): that event's toll, not one of its own day and place."""
    verb = doc.span_head(trigger.start_i, trigger.end_i)
    below = doc.subtree(verb)
    wounds = lex.injuries.find(doc, sent)
    if sent[0].i == 0 or not dying(doc, verb, lex):
        return False
    if wounds:
        return any(w.start_i in {t.i for t in below} for w in wounds)
    subjects = [c for c in doc.children.get(verb.i, []) if c.deprel in ("nsubj", "nsubj:pass")]
    return any(t.lemma in lex.later_deaths for t in below) and not any(
        "Definite=Def" in d.feats or "Poss=Yes" in d.feats or "PronType=Dem" in d.feats for s in subjects for d in doc.children.get(s.i, []))
    # (not "the trader died at the hospital": the dead already told)


def _wounded_who_died(doc: Doc, sent: list[Token], lex: Lexicon, out: list[Mention]) -> bool:
    """Adds the wounded who died later ("The injured driver died in hospital of his wounds", "Il a succombé à ses blessures") to the
    toll of the last event that wounded or hurt someone, else of the last event told: ACLED counts them in it."""
    if not any(_died_of_wounds(doc, sent, t, lex) for t in lex.triggers.find(doc, sent)):
        return False
    tally = casualties(doc, sent, lex)["fatalities"]
    if tally is None or not tally.value:
        return False
    m = next((m for m in reversed(out) if m.injuries and not m.background), out[-1])
    m.fatalities = (m.fatalities or 0) + tally.value
    m.fatalities_explicit = m.fatalities_explicit or tally.explicit
    m.evidence += [_evidence("fatalities", doc.article_id, c) for c in tally.evidence]
    return True


PARTICIPLE_CHAIN = 3   # participles joined to one another ("looting and killing") up to the verb they hang on


def _habitual(doc: Doc, trigger: Match, lex: Lexicon) -> bool:
    """Whether the trigger says what someone does, not what they did (`_habitual_clause`), or is a present participle
    on such a clause ("gangs who attack villages, looting shops and killing farmers or seizing them for ransom")."""
    verb = doc.span_head(trigger.start_i, trigger.end_i)
    if verb.upos == "NOUN" and verb.deprel in ("pobj", "obl", "obl:arg", "obj", "dobj"):   # "for ransom": the verb its preposition hangs on;
        # "a base from which it launches attacks": the verb that takes the noun
        verb = doc.tokens[doc.tokens[verb.head].head] if verb.deprel == "pobj" else doc.tokens[verb.head]
    head = doc.tokens[verb.head]
    if verb.upos == "NOUN" and (verb.deprel == "attr" or verb.deprel == "nmod" and any(
            c.deprel == "cop" for c in doc.children.get(head.i, []))):   # "the area is regularly the scene of attacks", "la zone
        verb = head   # est régulièrement le théâtre d'attaques": the copula's clause
    for _ in range(PARTICIPLE_CHAIN):   # (or a verb in the simple present joined to one: "qui attaquent les villages et tuent")
        feats = set(verb.feats.split("|"))
        if _habitual_clause(doc, verb, lex) or not (verb.deprel in ("conj", "advcl") and {"VerbForm=Part", "Tense=Pres"} <= feats
                                                    or verb.deprel == "conj" and {"VerbForm=Fin", "Tense=Pres"} <= feats):
            break   # (a clause that tells a habit of its own: "d'où il lance régulièrement des attaques", parsed as joined)
        verb = doc.tokens[verb.head]
    return _habitual_clause(doc, verb, lex)


def _habitual_clause(doc: Doc, verb: Token, lex: Lexicon, relative: bool = True) -> bool:
    """Whether the verb's clause says what someone does, not what they did: the simple present of a relative
    clause (`relative`: "a leader of a militia that fights alongside the army", "une milice qui combat aux côtés de
    l'armée"; not "the gunmen who attacked", "qui a attaqué") or its present progressive, plain or perfect ("a town where
    rival gangs have been fighting for control"), or one with an adverb of habit ("the Pakistani Taliban often target
    security forces", "les jihadistes ciblent souvent les forces de sécurité"), in the active or the passive, or of other
    occasions in the present perfect ("has targeted the area before")."""
    children = doc.children.get(verb.i, [])
    copulas = [c for c in children if c.deprel == "cop"] or [verb] * (verb.upos == "AUX" and any(c.deprel == "attr" for c in children))
    finite = copulas[0] if copulas else verb if verb.upos == "VERB" else None   # (a noun's predicate: "is the scene of", "est le théâtre de")
    simple_present = finite is not None and "Tense=Pres" in finite.feats and "VerbForm=Fin" in finite.feats \
        and not any(c.deprel.startswith("aux") for c in children)
    auxiliaries = [c for c in children if c.deprel.startswith("aux")]
    present_aux = bool(auxiliaries) and all("Tense=Pres" in c.feats for c in auxiliaries)   # "est ciblée", "has targeted"
    progressive = "Aspect=Prog" in verb.feats and bool(auxiliaries) and "Tense=Pres" in auxiliaries[0].feats
    habit = any(c.deprel == "advmod" and c.lemma in lex.habitual_adverbs for c in children)
    related = verb.deprel in RELATIVE_CLAUSES or any(c.lower_text in lex.relative_words for c in children)   # ("d'où il lance des
    # attaques", "from where it launches attacks", which the parse may hang as an adverbial clause)
    return (simple_present or progressive) and (relative and related or habit) or present_aux and habit
    # ("la zone est régulièrement ciblée par des groupes affiliés à l'État islamique": by whom it is struck, as a rule)


def _dropped(doc: Doc, bomb: Token, lex: Lexicon) -> bool:
    """Whether the bomb is what a verb of dropping takes ("dropped bombs on a school", "ont largué des bombes"; weapons.yaml
    `drop_verbs`): it fell from an aircraft, whether or not one is named."""
    return _taken_by(doc, bomb, lex.drop_verbs)


REMNANTS = {"artillery", "mortar", "rocket", "grenade", "missile"}   # weapon classes whose unexploded remnants lie about


def _handled(doc: Doc, weapon: Token, lex: Lexicon) -> bool:
    """Whether the weapon was found and handled, what a verb of handling takes, directly or past a preposition, or a relative
    clause on it says ("a shell they had picked up", "un obus qu'ils avaient ramassé", "playing with a grenade";
    weapons.yaml `handled_verbs`): an unexploded remnant."""
    weapon = doc.compounded(weapon)   # "mortar" of "a mortar round"
    head = doc.tokens[weapon.head]
    verb = doc.tokens[head.head] if weapon.deprel == "pobj" else head if weapon.deprel.startswith("obl") else None
    return _taken_by(doc, weapon, lex.handled_verbs) or verb is not None and verb.lemma in lex.handled_verbs or any(
        c.deprel in RELATIVE_CLAUSES and c.lemma in lex.handled_verbs for c in doc.children.get(weapon.i, []))


def _taken_by(doc: Doc, word: Token, verbs: frozenset) -> bool:
    """Whether the word is the object, or the passive subject, of one of these verbs."""
    return word.deprel in ("obj", "dobj", "nsubj:pass", "nsubjpass") and doc.tokens[word.head].lemma in verbs


def _figurative(doc: Doc, trigger: Match, lex: Lexicon) -> bool:
    """Whether a violent verb takes as its object a thing attacked only in words ("the opposition
    attacked the budget plan", "le ministre a attaqué la réforme") or destroyed as a gesture ("burned an effigy")."""
    return trigger.value[0] not in PROTEST and (_takes_figurative_object(doc, trigger, lex)
                                                or trigger.value[0] == SEXUAL_VIOLENCE and _violated_thing(doc, trigger, lex))


def _takes_figurative_object(doc: Doc, words: Match, lex: Lexicon) -> bool:
    """Whether the words take as object a thing attacked only in words or burned as a gesture ("protesters burned
    flags": no arson either; triggers.yaml `figurative_objects`), or, words of fire that complete a verb, whether the verb
    takes one or the doer's own body ("set their headscarves on fire", "set himself on fire": `own_body`)."""
    top = doc.span_head(words.start_i, words.end_i)
    head = doc.tokens[top.head]
    completed = doc.tokens[words.start_i].upos != "VERB" and not top.deprel.startswith("nsubj") and head.upos == "VERB" \
        and not words.start_i <= head.i < words.end_i   # "on fire" of "set ... on fire" (not "a suicide bomber exploded himself")
    return _takes(doc, words, lex.figurative_objects, ("obj", "dobj")) or completed and _takes(
        doc, Match.of_token(head, True), lex.figurative_objects | lex.own_body, ("obj", "dobj"))


def _takes(doc: Doc, words: Match, lemmas: frozenset, relations: tuple) -> bool:
    """Whether one of the words has a dependent in one of these relations whose lemma is one of these."""
    return any(c.deprel in relations and c.lemma in lemmas for i in range(words.start_i, words.end_i) for c in doc.children.get(i, []))


def _violated_thing(doc: Doc, trigger: Match, lex: Lexicon) -> bool:
    """Whether a word of rape, which also means to violate, says so of a thing, its passive's subject too, however the parser
    hangs it ("la trêve a été violée", "ont violé le cessez-le-feu"; triggers.yaml `violated_objects`): a truce broken, no one
    raped."""
    before = trigger.start_i - 1
    while before > 0 and doc.tokens[before].upos == "AUX":
        before -= 1
    subject = doc.tokens[before] if before < trigger.start_i - 1 else None
    return subject is not None and subject.deprel.startswith("nsubj") and subject.lemma in lex.violated_objects \
        or _takes(doc, trigger, lex.violated_objects, ("obj", "dobj", "nsubj:pass", "nsubjpass", "dep"))


def _blamed_on(doc: Doc, verb: Token, links: list[str]) -> list[int]:
    """Who a blaming verb lays the event on, after one of its prepositions (actors.yaml `blame_verbs`): "an attack police blamed on
    al-Shabaab", "blamed the attack on al-Shabaab" (the parser's "on" under the attack, as its target), "ont imputé l'attaque
    aux shebab", "attribue l'attaque au M23"."""
    near = [t for c in doc.children.get(verb.i, []) for t in [c, *doc.children.get(c.i, [])]]   # its phrases and their own
    marked = [t for t in near if any(k.deprel == "case" and k.lower_text in links for k in doc.children.get(t.i, []))]   # "aux shebab"
    marked += [o for t in near if t.deprel == "prep" and t.lower_text in links for o in doc.children.get(t.i, [])]   # spaCy: "on" -> noun
    return [t.i for t in marked if t.upos in ("NOUN", "PROPN")]


def _planned(doc: Doc, trigger: Match, lex: Lexicon) -> bool:
    """Whether the trigger names what a plan was for, right after the plan's noun and its "to" or
    "de" ("foiled a plot to attack a church", "un projet d'attentat", "preparations for an offensive"), or
    what a planning verb took ("planning a bomb attack", "s'apprêtaient à manifester", "craignent de nouvelles violences", the
    partitive parsed as a preposition): not done."""
    start = trigger.start_i
    while start > 0 and doc.tokens[start - 1].upos == "DET":   # "preparations for an offensive"
        start -= 1
    before = [doc.tokens[i] for i in range(max(0, start - 2), start)]
    head = doc.compounded(doc.span_head(trigger.start_i, trigger.end_i))   # "bomb" of "a bomb attack"
    planner = doc.tokens[head.head]   # "suspected of planning a bomb attack", "soupçonnés de préparer un attentat": the plan's verb
    return len(before) == 2 and before[1].upos in ("PART", "ADP", "SCONJ") and before[0].upos == "NOUN" and before[0].lemma in lex.plans \
        or head.deprel in ("obj", "dobj", "xcomp", "obl:arg", *PASSIVE_SUBJECTS) and planner.upos == "VERB" and planner.lemma in lex.plans \
        or head.i != trigger.start_i and head.upos == "NOUN" and head.lemma in lex.plans \
        or head.upos == "NOUN" and any(c.deprel == "acl" and c.lemma in lex.plans and c.i > head.i for c in doc.children.get(head.i, []))
    # ("foiled a bomb plot", "la manifestation prévue samedi a été interdite", "the march scheduled for Saturday")


def _on_own_comrades(doc: Doc, sent: list[Token], trigger: Match, lex: Lexicon) -> bool:
    """Whether the trigger's clause names the doer's own comrades as its target ("opened fire on his colleagues", "a tiré sur ses
    camarades"; actors.yaml `comrades`, with a possessive)."""
    head = doc.span_head(trigger.start_i, trigger.end_i)
    verb = head if head.upos == "VERB" else doc.tokens[head.head]

    def hit(t: Token) -> bool:   # the verb's target, not its subject ("a policeman and his colleagues beat up a gold miner")
        path = [t, *doc.heads(t, 3)]
        return verb in path and not any(p.deprel.startswith("nsubj") for p in path[:path.index(verb)])
    return any(t.lemma in lex.comrades and hit(t) and _owned_by_pronoun(doc, t, lex) for t in sent)


def _objects_of(doc: Doc, sent: list[Token], verbs: frozenset) -> set[int]:
    """The direct objects of the sentence's verbs whose lemma is one of `verbs` ("freed detainees": "detainees")."""
    return {c.i for t in sent if t.upos == "VERB" and t.lemma in verbs for c in doc.children.get(t.i, []) if c.deprel in ACTIVE_OBJECTS}


def _released(doc: Doc, trigger: Match, releases: set[int]) -> bool:
    """Whether the abduction word names who a release verb or noun freed ("released ten hostages", "ont
    libéré dix otages enlevés sur la route", "la libération de 30 otages"): freed, not taken."""
    tok = doc.tokens[trigger.end_i - 1]
    if tok.deprel in ("acl", "amod", "compound", *RELATIVE_CLAUSES):   # the hostages "kidnapped on the road", "kidnap victims", "they
        # had kidnapped in January": the people, described
        tok = doc.tokens[tok.head]
    count = doc.past_preposition(doc.tokens[tok.head]) if tok.deprel in ("pobj", "nmod") else None
    if count is not None and (count.upos == "NUM" or "NumType=Card" in count.feats):   # "20 of the 50 worshippers", "20 des 50 fidèles":
        # the part counted (a figure the tagger may call a pronoun)
        tok = count
    if any(c.i in releases and c.deprel in ("amod", "acl") for c in doc.children.get(tok.i, [])):
        return True   # "handed over 20 rescued kidnap victims": freed before
    if tok.deprel in PASSIVE_SUBJECTS and tok.head in releases:
        return True   # "two hostages were freed by Hamas"
    if tok.deprel in ACTIVE_OBJECTS and any(h.i in releases for h in doc.heads(tok, 2)):
        return True   # (the parse may hang it on the day named)
    if tok.deprel == "obl:mod" and tok.head in releases and not any(c.deprel == "case" for c in doc.children.get(tok.i, [])):
        return True   # "ont libéré vendredi six otages", the day parsed as the hostages' article: an object with no preposition
    if tok.deprel in ("nmod", "pobj") and any(h.i in releases and h.upos == "NOUN" for h in doc.heads(tok, 2)):
        return True   # "la libération de 30 otages"
    day = doc.tokens[tok.head]   # "a libéré vendredi 30 otages", parsed as the day's
    return tok.deprel == "nmod" and day.head in releases and day.deprel in ("obl:mod", "npadvmod", "nmod:tmod") \
        and not any(c.deprel == "case" for c in doc.children.get(day.i, []))


def _doer_named(doc: Doc, trigger: Match) -> bool:
    """Whether the trigger's verb names who did it: a subject, or a "by"/"par" phrase below it ("ont été interpellés
    mercredi à Harare par la police", the parse hanging "police" on the town)."""
    verb = doc.span_head(trigger.start_i, trigger.end_i)
    return any(c.deprel in ("nsubj", "agent", "obl:agent") for c in doc.children.get(verb.i, [])) \
        or any(t.deprel == "case" and t.lower_text in BY_CASES for t in doc.subtree(verb))


def _passive_agent(doc: Doc, actor: ActorMention, trigger: Match) -> bool:
    """Whether the actor is the agent of the passive trigger after "by" or "par" ("intercepted by
    air defence"; not "forces dismantled an IED planted by JNIM", whose "by" the parser may hang on
    the trigger)."""
    tok = doc.span_head(actor.match.start_i, actor.match.end_i)
    while tok.deprel in ("nmod", "compound") and doc.tokens[tok.head].upos == "NOUN":   # "le système de défense antiaérienne"
        tok = doc.tokens[tok.head]
    governor = doc.tokens[tok.head]
    if tok.deprel == "pobj":   # spaCy's English: by -> pobj
        governor = doc.tokens[governor.head]
    active = any(c.deprel == "nsubj" for c in doc.children.get(governor.i, []))
    return bool(_cases(doc, tok) & BY_CASES) and trigger.start_i <= governor.i < trigger.end_i and not active


def _actors(doc: Doc, sent: list[Token], lex: Lexicon, trigger: Match, remote: list[Match] = (),
            triggers: list[Match] = (), allies: list[tuple[bool, range]] = ()) -> tuple[ActorMention | None, ActorMention | None]:
    """Actor1 and actor2 of the sentence's event; `remote`: its triggers of explosive or remote
    violence; `triggers`: all its triggers; `allies`: the tokens after "backed by" words, and whether
    those words say they fought beside actor1 (not "allegiance to")."""
    off_duty = lex.off_duty.find(doc, sent)
    mistaken = lex.mistaken_for.find(doc, sent)
    qualified = [_qualified(doc, m, off_duty, lex) for m in actor_matches(doc, sent, lex) if not source(doc, doc.tokens[m.end_i - 1], lex)
                 and not any(0 <= m.start_i - w.end_i <= MISTAKEN_GAP for w in mistaken)   # "whom they had mistaken for jihadists"
                 and not parent_named(doc, m, lex)]   # "claimed by ISGS, a regional affiliate of ISWAP"
    forces = {m.end_i - 1 for m in qualified if m.value in FORCE_KINDS}
    # "a junta outpost", "junta troops": the government word qualifies the forces the phrase names
    qualified = [m for m in qualified if not (m.value == "government" and doc.tokens[m.end_i - 1].head in forces)]
    demonstrations = {i for t in triggers if t.value[0] == "Peaceful protest" for i in range(t.start_i, t.end_i)}   # not "live ammunition
    # against students"
    found = [ActorMention(m, "patient" if trigger.value[0] in EXPLOSIONS and _meets_explosive(doc, m, trigger, lex)
                          else _role_in_event(doc, m, trigger, triggers, lex)) for m in qualified if not _opposed_by_a_protest(doc, m, demonstrations)]
    links = _identity_links(doc, sent, lex)
    found = _said_to_be_roles(doc, _listed_roles(doc, found), links)
    if trigger.value[0] in EVENT_TYPES["Battles"]:   # "fighting that killed 27 people": the fight's toll, not a side in it
        kills = {i for t in triggers if t.value[0] == "Attack" for i in range(t.start_i, t.end_i)}
        found = [a for a in found if a.armed or not any(_killed_by(doc, a, c, kills) for c in triggers if c.value[0] == "Armed clash")]
        # (armed men it killed were a side: "repelled an attack, killing 10 insurgents")
    found = _backed_groups(doc, found, lex)
    found = [a for a in found if not _post_of_their_own(doc, a, lex) and not _fled(doc, a, lex) and not _merely_present(doc, a, trigger, lex)
             and not _target_of_others(doc, a, found, trigger)]   # "gunmen manned a checkpoint and killed a trader"
    answer = doc.tokens[doc.tokens[trigger.start_i].head]
    answer = doc.tokens[answer.head] if answer.upos == "ADP" else answer   # spaCy: "after" -> "attack"
    responded = answer.lemma in lex.deployed and _after_the_event(doc, answer, trigger, lex)
    if responded:   # "la Côte d'Ivoire a déployé des renforts militaires après l'attaque d'un poste": who sent forces after
        # the attack, state or forces, made no side of it (not "troops pushed into Mekelle after heavy fighting with the TPLF")
        within = {x.i for x in doc.subtree(doc.tokens[trigger.start_i])}
        found = [a for a in found if a.match.start_i in within]
    if trigger.value[0] in PROTEST | RIOTS:   # "farmers blocked the motorway; police did not intervene": no one faced them
        found = [a for a in found if not (_state_forces(a.match.value) and _stood_by(doc, a, trigger, lex))]
    later = {m.end_i for m in lex.arrived_later.find(doc, sent)}   # "avant l'arrivée de la police"
    found = [a for a in found if not _came_later(doc, doc.tokens[_noun(doc, a.match).head], lex)   # "were set ablaze before police arrived"
             and not right_after(doc, a.match.start_i, later)]
    inside = lambda a: trigger.start_i <= a.match.start_i < a.match.end_i <= trigger.end_i  # noqa: E731
    if trigger.value[0] == "Agreement":   # "agreed to a prisoner exchange": the people the deal is about are no party to it
        found = [a for a in found if not inside(a)]
    elif trigger.value[0] == "Change to group/activity":   # "a désigné un nouveau chef": the group's own new leader, no victim
        found = [a for a in found if not (inside(a) and a.kind == "civilians")]
    if trigger.value[0] != ABDUCTION and (trigger.value[0] != "Agreement" or any(t.value[0] in VIOLENT for t in triggers)):
        # "set fire to a police station and freed detainees", "rescued 12 kidnapped victims after a gunfight with bandits", "freed 25
        # passengers in a raid, killing two kidnappers": whom the event's actors freed were not its victims (unlike those "freed"
        # from their abductors, or by a release agreed)
        freed = _objects_of(doc, sent, lex.releases)
        found = [a for a in found if not (a.kind == "civilians" and a.match.end_i - 1 in freed)]
    if trigger.value[0] in ("Disrupted weapons use", "Arrests") and any(a.kind in FORCE_KINDS and a.role == "agent" for a in found):
        found = [a for a in found if not _unowned_post(doc, a, lex)]   # "police seized rifles from a truck at a checkpoint": the
        # forces' own post, no other side
    elif any(a.kind in STATE_KINDS and a.role == "agent" for a in found):   # "soldiers opened fire on a car that would not stop at a
        # checkpoint": where the forces stood, no forces hit
        found = [a for a in found if not (_unowned_post(doc, a, lex) and _cases(doc, doc.span_head(a.match.start_i, a.match.end_i)) & lex.posted_at)]
    if remote:   # "a shell fired from Russian positions", "des obus tirés depuis les positions rebelles": who holds them fired it
        origins = {o.end_i for o in lex.origin_words.find(doc, sent)}
        found = [replace(a, role="agent") if _fired_from_its_post(doc, a, origins, remote, lex) else a for a in found]
    if trigger.value[0] in EXPLOSIONS:   # "a car bomb exploded, killing five people including two soldiers": the blast's victims
        tolls = [d.start for d in lex.deaths.find(doc, sent) + lex.injuries.find(doc, sent) if d.start >= trigger.end]
        found = [replace(a, role="patient") if a.role == "unknown" and any(t < a.match.start for t in tolls) else a for a in found]
    reporting = lex.dates.get("reporting", ())
    found = _teller_of_its_own(doc, sent, lex, trigger, found, reporting)
    announced = trigger.value[0] in GROUP_NEWS and _announced(doc, trigger, reporting)   # "the army announced a curfew": its own act
    found = [replace(a, role="unknown") if a.role == "agent" and (a.kind in SPEAKER_KINDS and _speaks(doc, a, trigger, reporting) and not announced
                                                                  or _speaks(doc, a, trigger, lex.condemning)
                                                                  or a.kind == "civilians" and teller(doc, doc.tokens[a.match.end_i - 1], lex)
                                                                  or _attributes(doc, a, trigger, lex)) else a
             for a in found if not (a.kind == "government" and trigger.value[0] in VIOLENT | PROTEST | RIOTS and _speaks(doc, a, trigger, reporting))
             and not (_non_state_armed(a) and tells_of_another_doer(doc, a.match, lex, doc.span_head(trigger.start_i, trigger.end_i)))
             and not _describes_teller(doc, a, trigger, lex) and not _caught_the_victims(doc, a, trigger, lex)]
    # "three people were killed, doctors said", "a doctors' group said": the doctors tell, they did not kill; "a annoncé le
    # gouvernement", "the government said protesters threw stones": no side at all; "MONUSCO condemned the attack": any group;
    # "GATIA claimed that MNLA members raided Bamba": a group that tells of another's act is no side of it
    named_by = [a for a in found if a.role == "agent" and a.armed and _cases(doc, doc.span_head(a.match.start_i, a.match.end_i)) & BY_CASES]
    found = [replace(a, role="unknown") if a.role == "agent" and named_by and a not in named_by
             and (_speaks(doc, a, trigger, reporting)
                  or trigger.value[0] == ABDUCTION and doc.tokens[doc.tokens[a.match.end_i - 1].head].lemma in lex.releases) else a
             for a in found]   # "la Minusca a annoncé qu'un casque bleu avait été tué dans une embuscade tendue par des éléments
    # armés": a group tells, the armed men it names did it; "police freed 12 students seized by bandits": the bandits took them
    # "residents found the bodies of three men": who came upon them did nothing to them (who finds a bomb disrupts it)
    finders = [a for a in found if a.role == "agent" and trigger.value[0] in VIOLENT and _finds(doc, a, lex)]
    found = [replace(a, role="unknown") if a in finders else a for a in found
             if not (a in finders and a.kind in STATE_KINDS and not (_of_trigger(doc, a, trigger) and trigger.value[0] != "Attack"))]
    # (forces that found the bodies are no side at all: "police found the bodies of nine people"; not "recovered the town")
    blamed = {c.i for w in lex.attribution.find(doc, sent) if w.end_i - w.start_i == 1 and doc.tokens[w.start_i].upos == "VERB"
              for c in doc.children.get(w.start_i, []) if c.deprel in ("obj", "dobj")}
    blaming = [t for t in sent if t.upos == "VERB" and t.lemma in lex.blame_verbs and not trigger.start_i <= t.i < trigger.end_i]
    laid = {t.i: _blamed_on(doc, t, lex.blame_verbs[t.lemma]) for t in blaming}
    blamed |= {i for ids in laid.values() for i in ids}
    blamers = {c.i for t in blaming if laid[t.i] for c in doc.children.get(t.i, []) if c.deprel.startswith("nsubj")}
    faulted = {c.i for t in sent if t.upos == "VERB" and t.lemma in lex.accusers and not trigger.start_i <= t.i < trigger.end_i
               for c in doc.children.get(t.i, []) if c.deprel in ("obj", "dobj")}   # "officials said, blaming Russian forces": any side
    # blamed by name (other words of attribution make only a non-state group the doer: not "soldiers stormed an army base")
    words = lambda a: {a.match.end_i - 1, doc.span_head(a.match.start_i, a.match.end_i).i}  # noqa: E731
    found = [replace(a, role="agent") if words(a) & blamed and _non_state_armed(a) or words(a) & faulted and a.armed else a
             for a in found
             if doc.span_head(a.match.start_i, a.match.end_i).i not in blamers]   # "the army said, blaming the RSF"; "la MONUSCO
    # attribue l'attaque au M23": who lays the event on another is no side of it
    accusing = [t for t in sent if t.lemma in lex.accusers and t.upos == "VERB" and not trigger.start_i <= t.i < trigger.end_i
                and trigger.start_i in {x.i for x in doc.subtree(t)}]   # what the accused are accused of is the event (not "ont chassé
    # une patrouille, accusant les Casques bleus de complicité avec les rebelles")
    accused = {c.i: c.deprel in ("obj", "dobj", *PASSIVE_SUBJECTS) for t in accusing for c in doc.children.get(t.i, [])
               if c.deprel in ("obj", "dobj", "nsubj", *PASSIVE_SUBJECTS)}   # "des militaires ont été accusés d'avoir exécuté"
    accused |= {o.i: False for i, is_accused in list(accused.items()) if not is_accused   # "a Plateforme statement accused the CMA"
                for o in doc.children.get(i, []) if o.deprel in OWNER_DEPRELS}
    # "Tigrayan forces accused Eritrean troops of killing 17 civilians": the accused killed, the accusers are no side; "a accusé
    # des mercenaires du groupe Wagner d'avoir exécuté": the group named in the accused's words
    charge = lambda a: next((accused[i] for i in _phrase_words(doc, a) if i in accused), None)  # noqa: E731
    found = [replace(a, role="agent") if charge(a) else a for a in found if charge(a) is not False]
    # "l'attaque de leur convoi", "their patrol was ambushed": what the victims owned was hit, it did not strike; "five
    # people died, among them 3 CJA members": who are counted among the victims were hit
    subsets = lex.subsets.find(doc, sent) if trigger.value[0] in VIOLENT else []   # not "groups including the MNLA signed"
    own_kind = lambda a: any(g.role == "agent" and g is not a and (g.kind == a.kind or _state_forces(g.match.value) and _state_forces(a.match.value))  # noqa: E731
                             for g in found)
    listed = [a for a in found if a.role in ("unknown", "patient") and _listed_among(doc, a, subsets) and not own_kind(a)]
    caught = [a for a in listed if trigger.value[0] == "Armed clash" and not a.armed]   # "les combats ont fait une dizaine de
    # morts, dont quatre civils": the civilians died in the fight, they were no side in it
    found = [replace(a, role="patient") if a.role == "unknown" and (_possessed(doc, a) or a in listed) else a
             for a in found if a not in caught]
    # (not "soldiers clashed with cattle keepers, leaving 11 dead, including four soldiers": the doers' own dead)
    found = _named_again(doc, sent, lex, trigger, triggers, found)
    found = _lost_by_their_side(doc, found, lex)
    deaths = lex.deaths.find(doc, sent)
    found = [replace(a, role="patient") if a.role == "unknown" and _side_of_the_dead(doc, a, deaths, lex) else a for a in found]
    toll_givers = _toll_givers(doc, sent, lex)
    found = [a for a in found if doc.span_head(a.match.start_i, a.match.end_i).i not in toll_givers]   # "... while the government put
    # the toll at five", "le gouvernement parle de cinq morts": who gave a figure, no side
    if trigger.value[0] in VIOLENT:   # "rescued 17 kidnapped students after a gunfight with bandits" (not "released 22 civilians" in a deal)
        found = [a for a in found if not _freed(doc, a.match, lex)]
    allied = {i for _, span in allies for i in span}
    supporters = [a for a in found if any(beside and a.match.end_i - 1 in span for beside, span in allies)]
    found = [a for a in found if a.match.end_i - 1 not in allied]   # "the army, backed by Dozo hunters and volunteers, retook the town"
    # (a name that takes the marker's word in: "et leurs alliés russes", the Russian allies)
    agents = [a for a in found if a.role == "agent"]
    patients = [a for a in found if a.role == "patient"]
    others = [a for a in found if a.role == "unknown"]
    countries = [c for c in lex.countries.find(doc, sent) if not stance(doc, c, lex)]   # names and demonyms (not "pro-Palestinian students")
    # whose weapons were stopped did not stop them ("shot down drones launched by the RSF")
    doing = [a for a in agents if not (trigger.value[0] == "Disrupted weapons use" and _launched_by(doc, a.match, remote))]
    # a riot's crowd is its doer, however armed the others who act in the sentence ("a mob beat a man before police rescued him")
    # (not "MNLA youths", "farmers youths": the words beside them name them)
    actor1 = next((a for a in doing if a.kind in CROWD_KINDS
                   and not any(o is not a and o.kind in ("group", "civilians") and _same_phrase(o, a) for o in found)),
                  None) if trigger.value[0] in RIOTS else None
    actor1 = actor1 or next((a for a in doing if a.armed), doing[0] if doing else None)
    sides = _sides_between(doc, trigger, found)
    if len(sides) > 1 and any(a.kind != "armed_group" for a in sides) and actor1 not in sides:   # "cut internet access amid fighting between the army and Fano militia": the fight's sides
        actor1 = replace(sides[0], role="agent")
        patients = [a for a in patients if a is not sides[0]]
        others = [a for a in others if a is not sides[0]]
    if trigger.value[0] == "Agreement":   # "the government and the rebels signed a ceasefire": the parties in the text's order
        actor1 = min((a for a in agents if a.kind not in UNARMED_KINDS), key=lambda a: a.match.start_i, default=actor1)
    if actor1 is None:   # "des heurts entre des jeunes et les forces de l'ordre": the crowd named first, before the forces named
        # second are taken for the doers
        actor1 = next((a for a in found if a.kind in CROWD_KINDS and _after_between(doc, a, found)), None)
    if actor1 is None:   # forces who tell of their own men's deaths ("l'armée a annoncé que deux soldats ont été tués") did not kill them
        hit = trigger.value[0] in VIOLENT and any(_state_forces(a.match.value) and doc.tokens[a.match.end_i - 1].deprel not in QUALIFYING_DEPRELS
                                                  for a in patients) and not _said_of_itself(doc, trigger)
        doers = [a for a in others if (a.armed or a.kind == "government" and trigger.value[0] in VIOLENT and _qualifies(doc, a.match, trigger))
                 # ("government shelling killed three children": the government's forces shelled)
                 and not ((hit or _tells_of(doc, a, trigger) and trigger.value[0] != "Arrests"   # "la police a
                                                        # annoncé l'arrestation de trois hommes": who arrested them
                                                        or _tells_of_others(doc, a, trigger, lex, patients)) and _state_forces(a.match.value)
                                                       and _speaks(doc, a, trigger, reporting))
                 and not (_attributes(doc, a, trigger, lex) and not (trigger.value[0] == "Arrests" and _state_forces(a.match.value)))
                 # (forces that tell of arrests made them: "two suspects were arrested, police said")
                 and not _a_facility(doc, a, lex)   # a post is attacked, it does not attack
                 and not (a.role == "unknown" and _owns_a_patient(doc, a, patients, lex))   # "une patrouille de l'opération Barkhane": the target's
                 and not (_state_forces(a.match.value) and _says_it_found(doc, a, lex) and trigger.value[0] != "Disrupted weapons use")]
        # "police said they had found the bodies" (not "... had recovered a cache of arms": who finds weapons disrupts them)
        # (forces that confirm the attack, "police confirmed the attack", tell of it)
        actor1 = next((a for a in doers if a.match.start < trigger.start), None) or next(iter(doers), None)
    if actor1 is None and trigger.value[0] == "Arrests":   # "... ont été arrêtés, a indiqué la gendarmerie": the forces that tell
        # of the arrests, taken by the parser for the verb's object, made them
        actor1 = next((replace(a, role="agent") for a in patients if _state_forces(a.match.value) and _inverted_teller(doc, a, reporting)), None)
        patients = [a for a in patients if actor1 is None or a.match.start_i != actor1.match.start_i]
    if actor1 is None:   # "clashes between herders and farmers": the first side named
        actor1 = next((a for a in found if a.kind in UNARMED_KINDS and _after_between(doc, a, found)), None)
    if actor1 is None and trigger.value[0] in RIOTS | {"Armed clash"}:   # "police officers injured in clashes with rioters": the crowd
        actor1 = next((a for a in others if a.kind in CROWD_KINDS and _cases(doc, doc.tokens[a.match.end_i - 1]) & FACING_CASES), None)
    if actor1 is None and trigger.value[0] == "Armed clash":   # "des combats ont opposé des militaires et des rebelles": the first side,
        # "ont opposé des éleveurs à des agriculteurs": civilians' words against civilians', a communal clash; "des partisans de
        # l'opposition aux forces de l'ordre": a crowd against the state's forces
        actor1 = next((a for a in patients + others for other in [_other_side(doc, a, found, lex)]
                       if other is not None and (a.armed and a in patients
                                                 or a.kind == "civilians" and (not other.armed or _camp(other) == "state"))), None)
        patients = [a for a in patients if a is not actor1]
    if actor1 is None and trigger.value[0] == "Armed clash" and lex.among_themselves.find(doc, sent):
        # "des affrontements ont opposé deux milices rivales": the one kind named is both sides
        actor1 = next((a for a in patients if a.armed), None)
        patients = [a for a in patients if a is not actor1]
    named = next((a for a in found if a.kind == "group" and a.armed and not _state_forces(a.match.value) and not _attributes(doc, a, trigger, lex)
                  and not (a.role == "unknown" and _speaks(doc, a, trigger, reporting))
                  and (a.role != "patient" or actor1 is not None and _same_phrase(a, actor1))
                  and not any(p.match.value == a.match.value and p.match.start_i != a.match.start_i for p in patients)
                  and not _owns_a_patient(doc, a, patients, lex) and not _hurt(doc, a, lex)
                  and not _joined_to_forces(doc, a, found)), None)   # not "(VDP)" after the VDP killed, not
    # "GATIA's post chief", not "blessant deux casques bleus", not "repelled by government troops and Russian instructors"
    if actor1 is not None and actor1.kind == "armed_group" and named is not None:   # "combattants du JNIM"
        actor1 = named
    if actor1 is not None:   # "Katiba Macina (JNIM) militants", "soldats maliens": the words around actor1 name actor1 too
        start, end = _phrase(doc, actor1, found)
        same = lambda a: start <= a.match.start_i and a.match.end_i <= end  # noqa: E731
        patients = [a for a in patients if not same(a)]
        # "militants fired on the market, the attackers torched a shop": unnamed gunmen beside a non-state
        # armed actor1 who are not its target are actor1 again
        again = lambda a: a.kind == "armed_group" and a.role != "patient" and _non_state_armed(actor1) \
            and not _clash_partner(doc, a, trigger) and not any(b.match.start_i == a.match.start_i for b in sides)  # noqa: E731
        # (not the other side "between" names: "un affrontement entre des chasseurs dozos et des présumés jihadistes")
        # "des soldats maliens et des éléments de Wagner ont exécuté": who "and" joins to the state's forces struck beside them
        # (not "two armed groups' fighters clashed", "attacks between two groups": two sides)
        beside = lambda a: a.role == "agent" and a.armed and (_state_forces(actor1.match.value) or _state_forces(a.match.value)) \
            and trigger.value[0] in VIOLENT - {"Armed clash"} \
            and not _after_between(doc, actor1, found) and _conjoined(doc, actor1.match, (start, end), a.match, True)  # noqa: E731
        rest = [a for a in patients + others + agents if not same(a) and not again(a) and not beside(a) and not _named_again_in_brackets(
            doc, actor1, end, a)]
    else:
        rest = patients + others
    rest = [a for a in rest if not _speaks(doc, a, trigger, reporting)]   # "rockets hit the north, the Israeli military said": no target
    patients = [a for a in patients if not _inverted_teller(doc, a, reporting)]   # "a annoncé la police", parsed as its object
    fellows = _fellows(doc, actor1, found, countries)
    supporters += fellows
    rest, patients = [a for a in rest if a not in fellows], [a for a in patients if a not in fellows]
    aimed = [a for a in patients if a.armed and _aimed_at(doc, a, trigger, triggers)]
    if aimed and patients[0].kind == "civilians" and doc.tokens[patients[0].match.end_i - 1].lemma in lex.toll_people:
        patients = aimed + [a for a in patients if a not in aimed]   # "3 people were killed in an attack by gunmen on an army post":
        # the post the attack was on, its toll the people (not named civilians, "truck drivers shot dead in an attack on a convoy")
    actor2 = patients[0] if patients else (rest[0] if rest else None)
    fought = next((a for a in rest if a.armed and _clash_partner(doc, a, trigger)), None)
    if fought is not None and actor2 is not None and not actor2.armed:   # "exchanged fire with police officers ... before taking the
        actor2 = fought   # students into a forest": the side fought, not whom another verb took
    if actor2 is not None and not actor2.armed:   # "shot three herders thought to be members of Al Shabaab": the group they were said to be
        actor2 = next((a for a in patients if a.armed and _said_to_be(doc, actor2, a, links)), actor2)
    if trigger.value[0] == "Agreement" and actor1 is not None:   # "the government and the SPLM-IO signed an agreement to integrate
        # opposition forces into the army": the other signer, not whom the deal is about
        actor2 = next((a for a in rest if a.role == "agent" and a.kind not in UNARMED_KINDS and a.match.value != actor1.match.value), actor2)
    if actor2 is None and actor1 is not None and trigger.value[0] in RIOTS | {"Armed clash"} and not _done_together(doc, trigger, actor1, lex):
        actor2 = _other_side(doc, actor1, found, lex)   # "students and police clashed": the side joined to actor1
    if actor2 is not None and trigger.value[0] in PROTEST | RIOTS | {"Armed clash"} and (
            _left_dead(doc, doc.tokens[actor2.match.end_i - 1], lex)
            or trigger.value[0] in PROTEST | RIOTS and actor1 is not None and actor1.kind in UNARMED_KINDS
            and _died_apart(doc, doc.tokens[actor2.match.end_i - 1], trigger, lex)):
        # "protesters clashed with security forces, leaving one teenager dead": the forces faced them, the teenager is the toll;
        # "a clash between JNIM and ISGS fighters left 15 militants dead": the other group
        # ("clashed with cattle raiders, leaving seven soldiers and 20 raiders dead": whom they clashed with)
        actor2 = (fought if fought is not actor2 else None) or next((a for a in rest if a.kind in STATE_KINDS and a is not actor2), None) or next(
            (a for a in found if trigger.value[0] == "Armed clash" and a.kind == "group" and a.armed and a is not actor1
             and (actor1 is None or a.match.value != actor1.match.value)), actor2)
    if actor2 is None and actor1 is not None and trigger.value[0] in TERRITORY \
            and not any(t.value[0] == "Non-violent transfer of territory" for t in triggers):
        # "seized the town after heavy fighting, forcing government troops to withdraw": the side that lost the ground
        # (a handover, "took control after government troops withdrew", has no other side)
        actor2 = next((a for a in agents + others if a.armed and _state_forces(a.match.value) != _state_forces(actor1.match.value)
                       and a.match.start_i >= _phrase(doc, actor1, found)[1] and not _speaks(doc, a, trigger, reporting)), None)
    if actor2 is not None and doc.tokens[actor2.match.end_i - 1].lemma in lex.facilities and all(
            doc.tokens[i].upos == "ADJ" for i in range(actor2.match.start_i, actor2.match.end_i - 1)):   # also "a military convoy", not "an army post"
        # "a suicide bomber struck a checkpoint, killing 4 police officers": whose the post was, its dead tell; "un convoi
        # escorté par des VDP": the named force that escorted it
        forces = [a for a in patients[1:] if _state_forces(a.match.value) or a.kind == "group" and a.armed]
        owned = {t.i for t in doc.subtree(doc.tokens[actor2.match.end_i - 1])}   # "a convoy of the Malian army and Africa Corps": the army
        actor2 = next((a for a in forces if a.match.start_i in owned and not _a_facility(doc, a, lex)), None) or next(
            (a for a in forces if a.match.value != actor2.match.value or _demonym_before(a, countries) and not _demonym_before(actor2, countries)),
            actor2)   # "a drone attack on a military base killed four Israeli soldiers": whose forces they were
    dispersing = any(t.value[0] in ("Protest with intervention", "Excessive force against protesters") for t in triggers)
    fired = any(t.value[0] == "Attack" for t in triggers)
    if actor1 is not None and actor1.kind in UNARMED_KINDS and (dispersing or fired) and trigger.value[0] in PROTEST | RIOTS \
            and (actor2 is None or actor2.kind in UNARMED_KINDS or _a_facility(doc, actor2, lex)):
        # "des manifestants ont incendié des pneus devant l'ambassade et la police a fait usage de gaz lacrymogène": the
        # police, not the embassy, faced the crowd; "ransacked the police station, police dispersed them": not the station;
        # "set fire to the governor's office before police opened fire": the police who fired
        actor2 = next((a for a in rest if _state_forces(a.match.value) and not _speaks(doc, a, trigger, reporting)
                       and not _a_facility(doc, a, lex) and (dispersing or a.role == "agent")), actor2)
    if actor1 is None and actor2 is not None and actor2.kind in UNARMED_KINDS and (
            trigger.value[0] in RIOTS or trigger.value[0] == "Armed clash" and actor2.kind != "civilians"):
        # "des heurts ont opposé des manifestants aux forces de l'ordre": the crowd, facing the forces
        forces = next((a for a in patients + rest if _state_forces(a.match.value)), None)
        if forces is not None:
            actor1, actor2 = actor2, forces
    if actor1 is None and actor2 is not None and actor2.kind == "armed_group":   # "8 attackers and 2 soldiers were killed": both sides' dead
        forces = next((a for a in patients if _state_forces(a.match.value)), None)
        if forces is not None:
            actor1, actor2 = replace(actor2, role="agent"), forces
    fought = trigger.value[0] == "Armed clash" or actor1 is not None and actor1.armed and any(t.value[0] == "Armed clash" for t in triggers)
    state_side = actor1 is not None and _state_forces(actor1.match.value)
    same_side = lambda a: a.match.value == actor1.match.value or state_side and _state_forces(a.match.value)  # noqa: E731
    if actor1 is not None and actor2 is not None and (actor2.match.value == actor1.match.value and (
            fought or trigger.value[0] in RIOTS and actor1.kind in UNARMED_KINDS)
            or same_side(actor2) and _a_facility(doc, actor2, lex) and actor1.armed and trigger.value[0] not in EXPLOSIONS):
        # "soldiers clashed with FARC dissidents; two soldiers and four rebels were killed": actor1's own dead are no other side
        # ("students clashed with police; several students were injured"), nor its own base ("troops thwarted an attack on a
        # military base, killing eight insurgents"), nor a post of other forces of its state ("les FDS ont repoussé une attaque
        # contre le poste de gendarmerie"), nor its own men attacked ("soldiers were ambushed ...; the soldiers repelled
        # the attack and killed two militants")
        actor2 = next((a for a in rest if a.armed and not same_side(a)), None) \
            or (_other_side(doc, actor1, found, lex) if fought else None) or actor2
        # ("a clash between Dozos and JNIM militants left 11 dead, including 7 Dozos": the side joined to actor1)
    if actor2 is not None and actor2.kind == "armed_group":   # "clashed with FARC dissidents, leaving three rebels dead"
        actor2 = next((a for a in rest if a.kind == "group" and _non_state_armed(a)
                       and (a.match.value != actor1.match.value if actor1 is not None else a.role != "agent")), actor2)
    if actor1 is not None and _non_state_armed(actor1) and actor2 is not None and actor2.kind == "armed_group":
        # "Al-Shabaab stormed a hotel; security forces killed all five attackers": the attackers are actor1's own, the forces the other side
        actor2 = next((a for a in rest if a.armed and _state_forces(a.match.value) and not _a_facility(doc, a, lex)), actor2)
    if actor1 is not None and actor2 is not None and _known_as(doc, actor1, actor2, links):
        # "pro-government militiamen known as Imbonerakure beat up ...": the name given is who acted, and no other side
        actor1, actor2 = replace(actor2, role=actor1.role), next(
            (a for a in rest if a.match.start_i not in (actor1.match.start_i, actor2.match.start_i)), None)
    if actor1 is not None and (actor1.kind in ("military", "group") or _before_bracket(doc, actor1)):
        actor1 = _umbrella(doc, actor1, found)   # "des soldats de la MINUSMA": the force they serve in; "volunteer fighters (VDP)"
        if actor2 is not None and actor2.match.start_i == actor1.match.start_i and actor2.role == "agent":
            # "les soldats de l'opération Barkhane ont saisi des armes": the force they serve in is no other side
            actor2 = next((a for a in rest if a.match.start_i != actor1.match.start_i), None)
    if actor1 is not None and actor1.kind == "group":
        actor1.partner = partner(doc, actor1, found)
        if actor1.partner is not None and actor2 is not None and actor2.match.value == actor1.partner:
            actor2 = next((a for a in rest if a.match.value != actor1.partner), None)
    exchanged = doc.tokens[doc.span_head(trigger.start_i, trigger.end_i).head].lemma in lex.reciprocal   # "exchanged artillery fire"
    crowd_clash = trigger.value[0] in PROTEST | RIOTS and any(t.value[0] == "Armed clash" for t in triggers)
    facing = next((a for a in sides if a is not actor1 and _camp(a) != _camp(actor1)), None) if actor1 in sides else None
    if actor1 is not None and (trigger.value[0] in ("Armed clash", "Agreement") or exchanged or crowd_clash or _after_between(doc, actor1, found)) \
            and (actor2 is None or not actor2.armed or facing is not None and actor2 not in sides and _camp(actor2) == _camp(actor1)) \
            and not _done_together(doc, trigger, actor1, lex):
        # "JNIM and ISGS militants clashed", "attacks between CMA and GATIA fighters", "the RSF and SAF signed a ceasefire",
        # "police and protesters clashed"; the other of the two sides "between" names, however parsed ("an exchange of fire
        # between police and members of the 5 Segonn gang"), not actor1's own dead ("des affrontements entre l'armée et les
        # rebelles ont fait dix morts parmi les soldats")
        actor2 = _other_side(doc, actor1, found, lex) or facing or actor2
    # "des chasseurs dozos": the group named right after the generic word
    actor1, actor2 = (next((ActorMention(g.match, a.role) for g in found if g.kind == "group" and g.match.start_i == a.match.end_i), a)
                      if a is not None and a.kind != "group" else a for a in (actor1, actor2))
    if actor2 is not None and (actor2.kind in ("armed_group", "military") or _before_bracket(doc, actor2)):
        actor2 = _umbrella(doc, actor2, found)   # "volunteer fighters (VDP)", "des jihadistes du JNIM", "une patrouille de la MINUSCA"
    if actor1 is not None and actor2 is not None and actor1.match.start_i == actor2.match.start_i:
        actor1 = None   # "un convoi de la mission onusienne a été la cible de tirs, a indiqué la Monusco": the mission was hit, no doer named
    if actor2 is not None and actor2.kind == "group" and (actor1 is None or actor1.partner is None):   # "killed suspected JNIM or ISGS militants"
        actor2.partner = partner(doc, actor2, found)
    demonyms = _demonyms(doc, sent, lex)
    if actor1 is not None and actor1.kind != "military" and doc.tokens[actor1.match.end_i - 1].head not in range(trigger.start_i, trigger.end_i) \
            and trigger.value[0] in VIOLENT - {ABDUCTION} and any(_qualifies(doc, d, trigger) and not _people(doc, d)
                                                                    and not _of_the_people(doc, d, found) for d in demonyms):
        # "Israeli air strikes killed 15 people, while Islamic Jihad fired rockets": the strikes' own country struck;
        # a group named beside no verb of its own was what they struck ("des frappes russes ont visé des positions de HTS"); not a
        # captive's nationality ("beheaded a Vietnamese hostage")
        if actor1.role == "unknown" and actor1.kind == "group" and (actor2 is None or actor2.kind == "armed_group"):
            actor2 = replace(actor1, role="patient")
        actor1 = None
    signatories = _signatories(doc, trigger, countries) if None in (actor1, actor2) and trigger.value[0] == "Agreement" else []
    if len(signatories) == 2 and actor1 is None:   # "le Rwanda et la RDC ont signé un accord de paix": their governments
        actor1, actor2 = signatories
    elif len(signatories) == 1 and actor1 is not None and actor2 is None:   # "Israel and Hamas agreed to a ceasefire"
        actor2 = replace(signatories[0], role="patient")
    if actor1 is None and trigger.value[0] in EXPLOSIONS and doc.span_head(trigger.start_i, trigger.end_i).deprel.startswith("acl"):
        actor1 = _country_doer(doc, trigger, countries, True, [])   # "25 des 30 drones lancés par la Russie": the launching verb's
        # agent struck, whoever stopped some
    if actor1 is None:   # "une frappe russe", "an Israeli drone strike", "morts sous des bombardements russes": the country's forces struck
        struck = [t for t in [trigger] + [t for t in remote if t is not trigger]
                  if doc.tokens[t.end_i - 1].lemma not in lex.captives]   # not "a French hostage was killed"
        actor1 = next((ActorMention(replace(d, value="military"), "agent", d.value) for d in demonyms
                       if not _people(doc, d) and any(_qualifies(doc, d, t) for t in struck)), None)
    if actor2 is None and actor1 is not None and actor1.armed:   # "arrested three Palestinians", "tué deux Maliens": the people a demonym names are its civilians
        actor2 = next((a for d in demonyms if _people(doc, d)
                       for a in [ActorMention(replace(d, value="civilians"), "patient", d.value)]
                       if _role(doc, a.match, trigger, lex) == "patient"), None)
    if actor2 is None and (actor1 is None or actor1.armed):   # "fired at Armenian positions", "targets US base": the country's forces held them
        actor2 = next((ActorMention(replace(d, value="military"), "patient", d.value) for d in demonyms
                       for held in [doc.tokens[doc.tokens[d.end_i - 1].head]]
                       if held.lemma in lex.facilities and not lex.actor_kinds.find(doc, [held])   # not "l'ambassade américaine"
                       and _role(doc, Match.of_token(held), trigger, lex) == "patient"
                       and not _people(doc, d) and (actor1 is None or d.value != actor1.country)), None)
    if actor2 is None and actor1 is not None and actor1.armed and trigger.value[0] == "Armed clash":
        actor2 = _attack_of(doc, demonyms, trigger, actor1, lex)   # "repelled a Russian assault": Russia's forces attacked
    if actor1 is None and trigger.value[0] in EXPLOSIONS:
        actor1 = _nation_as_doer(doc, demonyms, trigger, lex)   # "les Russes ont bombardé Kharkiv"
    if actor1 is None and trigger.value[0] in VIOLENT:
        actor1 = _nation_by_its_fire(doc, sent, demonyms, trigger, lex)   # "killed by Pakistani sniper fire"
    if actor1 is None and remote:
        actor1 = _fired_from(doc, sent, countries, remote, lex)   # "une roquette tirée depuis le Liban"
    if actor1 is None and trigger.value[0] in STATE_ACTS and not responded:   # "la Russie a bombardé Kharkiv"
        named = [c for c in countries if not any(d.start_i == c.start_i for d in demonyms)]   # "Mauritanians killed": people, not a state
        actor1 = _country_doer(doc, trigger, named, trigger.value[1] >= STRONG_TRIGGER, [trigger, *remote]) or _country_teller(doc, trigger, named) \
            or _country_accused(doc, trigger, named, lex)
    if actor1 is not None and actor1.kind == "government" and trigger.value[0] in VIOLENT:
        actor1 = replace(actor1, match=replace(actor1.match, value="military"))   # "the Syrian government used chlorine gas": its forces
    for n, actor in enumerate((actor1, actor2)):   # "the army, supported by French forces": their associates, a named group
        # before the generic word beside it ("appuyée par des chasseurs dozos": the Dozo); actor2's when their words follow it
        # ("took the town after the army and allied militias withdrew")
        if actor is None or not actor.armed:
            continue
        theirs = [a for a in supporters if (actor2 is not None and actor2.match.end_i <= a.match.start_i
                                            and _ally_words_start(a, allies) <= _qualified_end(doc, actor2) + ALLY_REACH) == n]
        armed = [a for a in theirs if a.armed and (a.match.value != actor.match.value or a.kind in STATE_KINDS)]   # (another country's
        # army: "Ugandan troops fighting alongside the Congolese army"; the same forces named twice drop out once named)
        allied = replace(actor, allies=tuple(a for a in armed if a.kind == "group" or not any(b.kind == "group" and _same_phrase(a, b) for b in armed)))
        actor1, actor2 = (allied, actor2) if n == 0 else (actor1, allied)
    if actor1 is not None:
        actor1 = _with_partners(doc, actor1, actor2, found, trigger, lex)
    if actor2 is not None:   # (also with no doer named: "des militaires et des VDP ont été pris en embuscade")
        actor2 = _with_named_partners(doc, actor2, actor1, found, trigger)
    for actor in (actor1, actor2, *(actor1.allies if actor1 is not None else ()), *(actor2.allies if actor2 is not None else ())):
        near = [d for d in countries if not _punctuation_between(doc, actor.match, d)] if actor is not None else []   # not "Gaza; police"
        own = next((d.value for d in countries if d.start_i == actor.match.start_i), None) if actor is not None else None
        if actor is not None and actor.kind in STATE_KINDS and own is None:   # "Malian soldiers", "soldats maliens"; not "destroyed 10
            # Ukrainian drones", nor "Israeli strikes hit military sites"; a demonym that is the actor is its own country ("Syria: Israeli strikes")
            beside = [d for d in near if (-3 <= d.start_i - actor.match.end_i <= 2 or 0 <= actor.match.start_i - d.end_i <= 2)
                      and not _verb_between(doc, actor.match, d) and not _across_a_conjunction(doc, actor.match, d)]
            # the demonym the parse hangs on the forces' word first ("un drone turc de l'armée malienne": Mali's army), else the first
            hung = [d for d in beside if doc.tokens[d.end_i - 1].head in range(actor.match.start_i, actor.match.end_i)]
            owners = {c.i for c in _of_complement(doc, doc.tokens[actor.match.end_i - 1], lex)}   # "un convoi de l'armée camerounaise"
            owned = [d for d in near if doc.tokens[d.end_i - 1].head in owners and not _verb_between(doc, actor.match, d)]
            actor.country = next((d.value for d in hung + beside + owned), None)
        elif actor is not None and actor.kind in ("civilians", "armed_group"):   # "Nigerien (Fulani) pastoralists", "des orpailleurs
            # burkinabè"; "Palestinian militants", "des pirates somaliens": the unnamed armed men of that country
            actor.country = actor.country or next((d.value for d in near if 0 <= actor.match.start_i - d.end_i <= 1 or d.start_i == actor.match.end_i
                                                   or d.start_i == actor.match.start_i), None)   # (or the people's own word, "a Frenchman")
    if actor1 is not None and actor1.kind in STATE_KINDS and actor1.country is None and trigger.value[0] in VIOLENT:
        fire = _nation_by_its_fire(doc, sent, demonyms, trigger, lex)   # "killed by Israeli fire ..., as the army said troops had
        if fire is not None:   # fired at militants": Israel's troops
            actor1.country = fire.country
    for actor in (actor1, actor2):   # "Israeli settlers, backed by soldiers": unnamed forces beside them are of the country their
        # words name
        whose = next((d.value for d in countries if actor.match.start_i <= d.start_i < actor.match.end_i), actor.country) if actor else None
        for ally in (actor.allies if actor is not None else ()):
            ally.country = ally.country or (whose if ally.kind in STATE_KINDS else None)
    for actor in (actor1, actor2):   # "French and Malian forces": Mali's forces fought beside France's
        if actor is not None and _state_forces(actor.match.value) and not signatories:   # "Rwanda and Congo signed": two sides
            actor.allies += _coordinated_forces(doc, actor, countries, found, {d.start_i for d in demonyms})
    if actor1 is not None and actor1.allies and trigger.value[0] == "Armed clash" and (
            actor2 is None or (actor2.match.value, actor2.country) == (actor1.match.value, actor1.country)
            or actor2.kind in UNARMED_KINDS and actor2.match.text.lower() in lex.anonymous
            or actor2.match.value == actor1.match.value and _left_dead(doc, doc.tokens[actor2.match.end_i - 1], lex)):
        # "Armenian and Azerbaijani troops exchanged fire (, wounding an Armenian soldier)", "a clash between soldiers and police":
        # with no one else to fight, the forces listed fought each other (not "soldiers and gendarmes repelled an attack"); "two
        # people were killed when Indian and Pakistani troops exchanged fire", "..., leaving soldiers on both sides injured": the dead
        # or wounded, whoever they were, are the fight's toll
        between = _sides_between(doc, trigger, [actor1, *actor1.allies])
        opposed = [a for a in actor1.allies if _state_forces(a.match.value) and a.country not in (None, actor1.country)
                   or actor1 in between and a in between]
        if opposed:
            actor2, actor1.allies = replace(opposed[0], role="patient"), tuple(a for a in actor1.allies if a is not opposed[0])
    return actor1, actor2


BACKING_DEPRELS = {"amod", "compound", "nmod", "appos", "pobj", "conj"}   # "Hamas supporters", "supporters of Hamas", "des partisans du Hamas et du Fatah"


def _backer_of(doc: Doc, group: ActorMention, lex: Lexicon) -> int | None:
    """The supporters' word the group's name qualifies ("Fatah and Hamas supporters", "supporters of
    the M5", "des partisans du Hamas et du Fatah"; actors.yaml `followers`), if it does."""
    tok = doc.tokens[group.match.end_i - 1]
    while tok.deprel == "conj" and doc.tokens[tok.head].lemma not in lex.followers:   # "Fatah and Hamas": the first of the list
        tok = doc.tokens[tok.head]
    head = doc.tokens[tok.head]
    if tok.deprel == "pobj" and head.upos == "ADP":   # spaCy's English: "of" between
        head = doc.tokens[head.head]
    if tok.deprel == "conj" and not any(c.deprel == "case" for c in doc.children.get(tok.i, [])):
        return None   # "supporters and Hamas fighters": two sides
    return head.i if tok.deprel in BACKING_DEPRELS and head.lemma in lex.followers else None


def _backed_groups(doc: Doc, found: list[ActorMention], lex: Lexicon) -> list[ActorMention]:
    """A group its supporters are named by is no side: the supporters are, with the group as their
    associate ("Hamas supporters clashed with Fatah supporters": rioters, associated with each)."""
    backers = {a.match.start_i: _backer_of(doc, a, lex) for a in found if a.kind == "group"}
    backed = lambda a: backers.get(a.match.start_i) is not None and any(f.match.end_i - 1 == backers[a.match.start_i] for f in found)  # noqa: E731
    return [replace(a, allies=a.allies + tuple(g for g in found if backed(g) and backers[g.match.start_i] == a.match.end_i - 1))
            for a in found if not backed(a)]


def _freed(doc: Doc, words: Match, lex: Lexicon) -> bool:
    """Whether the words name whom a release verb freed ("rescued 17 kidnapped students", "ont libéré dix
    otages"; triggers.yaml `releases`): no side in the fight that freed them, nor its victims."""
    word = doc.span_head(words.start_i, words.end_i)
    return word.deprel in ("obj", "dobj") and doc.tokens[word.head].lemma in lex.releases


def _named_again(doc: Doc, sent: list[Token], lex: Lexicon, trigger: Match, triggers: list[Match],
                 found: list[ActorMention]) -> list[ActorMention]:
    """"Suspended talks with the ELN after the rebel group attacked a military base": a definite group
    phrase (actors.yaml `group_anaphors`) that the trigger governs is the one non-state armed group the
    sentence named before it, in the phrase's role (not the role of the words that named it first)."""
    reporting = lex.dates.get("reporting", ())
    for phrase in lex.group_anaphors.find(doc, sent):
        before = {a.match.value: a for a in found if a.kind == "group" and _non_state_armed(a) and a.match.end <= phrase.start}
        role = _role(doc, phrase, trigger, lex)
        tied = any(trigger.start_i <= h.i < trigger.end_i for h in doc.heads(doc.span_head(phrase.start_i, phrase.end_i), 2))
        if len(before) != 1 or role == "unknown" or not tied or _speaks(doc, ActorMention(phrase, role), trigger, reporting):
            continue
        [group] = before.values()
        found = [replace(a, role=role) if a is group else a for a in found if not phrase.start <= a.match.start < phrase.end]
    return found


def _across_a_conjunction(doc: Doc, actor: Match, country: Match) -> bool:
    """Whether a conjunction stands between the actor's words and a country's name or adjective that
    qualifies another noun ("government troops and Russian instructors"; "devant l'ambassade de Belgique
    et la police": Congo's police, not Belgium's; not "French and Burkinabe military forces", both the
    forces' countries)."""
    noun = doc.span_head(actor.start_i, actor.end_i)
    noun = doc.tokens[noun.head] if noun.deprel in ("amod", "compound") else noun   # "military" of "military forces"
    between = doc.tokens[min(country.end_i, actor.end_i):max(country.start_i, actor.start_i)]
    qualified = doc.tokens[country.end_i - 1].head
    return any(t.upos == "CCONJ" for t in between) and qualified not in range(actor.start_i, actor.end_i) and qualified != noun.i


DASHES = {"-", "\u2013", "\u2014"}


def _coordinated_forces(doc: Doc, actor: ActorMention, countries: list[Match], found: list[ActorMention],
                        adjectives: set[int]) -> tuple[ActorMention, ...]:
    """The forces of the other demonyms (starting at `adjectives`) coordinated with the one naming a state's forces ("Chadian
    and French soldiers", "les soldats maliens et burkinabè"): each country's forces, of the same kind; or of their own forces'
    word ("Malian troops and French troops"); not a place named before a comma ("in the occupied West Bank, Israeli forces")."""
    own = actor.country or getattr(actor.match.value, "country", None)
    dash = lambda i: doc.tokens[i].text in DASHES  # noqa: E731   "GAZA - Israeli airstrikes": a dateline's name, no ally
    forces_at = {a.match.start_i for a in found if a.kind in FORCE_KINDS}
    own_word = lambda i: actor.match.start_i <= i < actor.match.end_i  # noqa: E731
    glue = lambda i: doc.tokens[i].deprel in ("cc", "punct") and not dash(i)  # noqa: E731
    joined = lambda a, b: a.end_i < b.start_i and all(glue(i) or own_word(i) for i in range(a.end_i, b.start_i)) and (  # noqa: E731
        b.end_i in forces_at or not any(own_word(i) for i in range(a.end_i, b.start_i)))
    chain = [d for d in countries if d.start_i == actor.match.start_i or 0 <= actor.match.start_i - d.end_i <= 1 and not any(
             doc.tokens[i].upos == "PUNCT" for i in range(d.end_i, actor.match.start_i)) or 0 <= d.start_i - actor.match.end_i <= 1][:1]
    grown = chain
    while grown:   # outward from the actor's own demonym, both ways ("French, Malian and Nigerien forces")
        grown = [d for d in countries if d not in chain and d.start_i in adjectives and any(joined(d, c) or joined(c, d) for c in chain)]
        chain += grown
    kind = actor.kind if actor.kind in FORCE_KINDS else "military"
    return tuple(ActorMention(replace(d, value=kind), actor.role, d.value) for d in sorted(chain, key=lambda c: c.start_i) if d.value != own)


GRIEVANCE_STEPS = 3   # nouns from a name up to what a protest was against ("against the arrest of their relatives by the army")
DOER_OF_A_NOUN_CASES = {"by", "of", "par", "de"}


def _opposed_by_a_protest(doc: Doc, match: Match, demonstrations: set[int]) -> bool:
    """Whether the words name what a demonstration (the tokens of its words) was against ("a
    demonstration against the military junta", "une marche contre la police"): the crowd's
    grievance, no side in the event; nor who did what it was against ("to protest against the arrest
    of their relatives by the army", "contre l'arrestation de leurs proches par l'armée", "to protest
    extortion by criminal gangs")."""
    tok = doc.tokens[match.end_i - 1]
    for _ in range(GRIEVANCE_STEPS):
        governor = doc.tokens[tok.head]
        governor = doc.past_preposition(governor)
        if governor.i in demonstrations and governor.i != tok.i and (
                _cases(doc, tok) & NOMINAL_TARGET_CASES or governor.upos == "VERB" and tok.deprel in ACTIVE_OBJECTS):
            return True   # "against the junta", or the object of a verb of protest ("to protest extortion by gangs")
        if governor.i == tok.i or not _cases(doc, tok) & DOER_OF_A_NOUN_CASES:
            return False
        tok = governor
    return False


def _punctuation_between(doc: Doc, a: Match, b: Match) -> bool:
    """Whether a clause's punctuation stands between two matches ("hostages held in Gaza; police";
    not a bracket, "Nigerien (Fulani) pastoralists", a hyphen, "Saudi-led coalition", nor a colon,
    "movement of forces: Chadian and French soldiers")."""
    lo, hi = (a.end_i, b.start_i) if a.end_i <= b.start_i else (b.end_i, a.start_i)
    return any(doc.tokens[k].text in CLAUSE_PUNCTUATION for k in range(lo, hi))


def _launched_by(doc: Doc, name: Match, weapons: list[Match]) -> bool:
    """Whether the name is the agent of a verb that qualifies a weapon ("rockets fired by Hamas",
    "des drones lancés par la Russie") or the subject of a relative clause on it ("the 90 drones Russia
    launched", or parsed as apposed to the weapon before a verb with no subject of its own), or a word on the weapon ("a Houthi
    missile", "un missile houthi"): whose the weapon was."""
    word = doc.span_head(name.start_i, name.end_i)
    if word.deprel in ("compound", "amod") and any(w.start_i <= word.head < w.end_i for w in weapons):
        return True
    verb = agent_verb(doc, word) or (doc.tokens[word.head] if word.deprel == "nsubj" else None)
    if word.deprel == "appos" and name.end_i < len(doc.tokens) and any(w.start_i <= word.head < w.end_i for w in weapons):
        after = doc.tokens[name.end_i]
        return after.upos == "VERB" and not any(c.deprel.startswith("nsubj") and c.i > word.i for c in doc.children.get(after.i, []))
        # (a subject before the name is the weapons' own phrase, misread: "30 of the 42 drones Russia launched")
    return verb is not None and verb.deprel.startswith(("acl", "relcl")) and any(w.start_i <= verb.head < w.end_i for w in weapons)


def _launches(doc: Doc, name: Match, weapons: list[Match]) -> bool:
    """Whether the name is the subject of a verb whose object is a weapon ("Russia launched 120 drones and 8
    missiles", "la Russie a lancé 40 drones"): whose the weapons were."""
    tok = doc.tokens[name.end_i - 1]
    if not tok.deprel.startswith("nsubj") or tok.deprel.endswith("pass"):
        return False
    objects = [c for c in doc.children.get(tok.head, []) if c.deprel in ("obj", "dobj")]
    objects += [c for o in objects for c in doc.children.get(o.i, []) if c.deprel == "conj"]
    return any(w.start_i <= o.i < w.end_i or any(w.start_i <= c.i < w.end_i for c in doc.children.get(o.i, []) if c.deprel == "compound")
               for o in objects for w in weapons)


def _stoppers(doc: Doc, verbs: list[Token]) -> list[Token]:
    """Who the stopping verbs say stopped the weapons: their subjects or agents ("air defences", "by air defences"), and, for a
    pronoun subject or none under a verb of telling, that verb's subject ("the air force said it shot down 40 of the 52
    drones", "l'armée israélienne a dit l'avoir intercepté")."""
    own = [c for v in verbs for c in doc.children.get(v.i, []) if c.deprel in ("nsubj", "agent", "obl:agent")]
    told = [v for v in verbs if v.deprel in ("ccomp", "xcomp") and all(c.upos == "PRON" for c in own if c.head == v.i and c.deprel == "nsubj")]
    return own + [c for v in told for c in doc.children.get(v.head, []) if c.deprel == "nsubj"]


def _stopping_teller(doc: Doc, sent: list[Token], lex: Lexicon, verbs: list[Token]) -> ActorMention | None:
    """State forces that tell of stopping the weapons (`_stoppers`, past the verbs' own subjects: "the Israeli army announced
    it had intercepted it")."""
    told = {s.i for s in _stoppers(doc, verbs)} - {c.i for v in verbs for c in doc.children.get(v.i, [])}
    return next((ActorMention(m, "agent") for m in actor_matches(doc, sent, lex)
                 if doc.span_head(m.start_i, m.end_i).i in told and _state_forces(m.value)), None)


def _disrupted_sides(doc: Doc, sent: list[Token], lex: Lexicon, trigger: Match, actor1: ActorMention | None, actor2: ActorMention | None,
                     weapons: list[Match], demonyms: list[Match], stops: list[Match]) -> tuple[ActorMention | None, ActorMention | None]:
    """Who stopped the weapons (actor1) and whose they were (actor2, as ACLED codes an
    interception): "air defences shot down 40 Russian drones", "intercepted rockets fired by
    Hamas", "a abattu des drones lancés par la Russie"; `stops`: the words that stopped them."""
    named = lex.countries.find(doc, sent)
    launcher = _fired_from(doc, sent, named, weapons, lex)   # "deux roquettes tirées depuis la bande de Gaza": its armed group's
    if actor1 is not None and (_launched_by(doc, actor1.match, weapons) or launcher is not None and actor1.match == launcher.match
                               or any(d.start_i == actor1.match.start_i and _qualifies(doc, d, w) for d in demonyms for w in weapons)):
        actor1, actor2 = None, replace(actor1, role="patient")   # "des drones russes": Russia's, not who shot them down
    verbs = [doc.span_head(t.start_i, t.end_i) for t in stops]
    stopper = doc.span_head(actor2.match.start_i, actor2.match.end_i) if actor2 is not None else None
    if actor1 is not None and stopper is not None and _launches(doc, actor1.match, weapons) \
            and stopper.deprel == "nsubj" and any(stopper.head == v.i for v in verbs):
        actor1, actor2 = replace(actor2, role="agent"), replace(actor1, role="patient")   # "Russian forces launched 45 drones;
        # air defences destroyed 38": the defences stopped them, the launcher's were stopped
    teller = _stopping_teller(doc, sent, lex, verbs) if actor1 is not None and actor2 is None else None
    if teller is not None and teller.match.start_i != actor1.match.start_i:   # "the Houthis said they had fired a missile at Eilat; the Israeli army announced it had
        actor1, actor2 = teller, replace(actor1, role="patient")   # intercepted it": the forces that tell of stopping it stopped it
    unnamed_stopper = any(("Voice=Pass" in v.feats or any(c.deprel in PASSIVE_AUX for c in doc.children.get(v.i, [])))
                          and not any(c.deprel in AGENT_DEPRELS for c in doc.children.get(v.i, [])) for v in verbs)
    if actor1 is not None and actor2 is None and unnamed_stopper and any(
            _launches(doc, m, weapons) for m in (actor1.match, Match.of_token(_noun(doc, actor1.match)))):   # "Houthi forces fired"
        # "Houthi forces fired a missile at Tel Aviv; it was intercepted": the launcher's weapon, stopped by the forces where
        # it was aimed (the event's country's)
        actor1, actor2 = ActorMention(replace(trigger, value="military"), "agent"), replace(actor1, role="patient")
    if actor1 is None:   # "a missile fired by the Houthis was intercepted", "un missile houthi a été intercepté": the group whose
        # weapon it was, stopped by the forces where it was aimed, as above
        actor2 = actor2 or next((ActorMention(m, "patient") for m in actor_matches(doc, sent, lex)
                                 if isinstance(m.value, ActorGroup) and _launched_by(doc, m, weapons)), None)
        actor1 = ActorMention(replace(trigger, value="military"), "agent") if actor2 is not None and unnamed_stopper else None
    if actor1 is None:   # "les Ukrainiens ont abattu 20 drones", "Russia said it had shot down 40 drones"
        actor1 = _nation_as_doer(doc, demonyms, trigger, lex) or _country_teller(
            doc, trigger, [c for c in named if not any(d.start_i == c.start_i for d in demonyms)])
    if actor2 is None:
        countries = [c for c in named if doc.tokens[c.end_i - 1].upos == "PROPN"
                     and (_launched_by(doc, c, weapons) or _launches(doc, c, weapons))]
        owners = countries + [d for d in demonyms if not _people(doc, d) and any(_qualifies(doc, d, w) for w in weapons)]   # who
        # launched them before an adjective the parse may hang on them
        actor2 = next((ActorMention(replace(d, value="military"), "patient", d.value) for d in owners), None)
    if actor2 is None and launcher is not None:
        actor2 = replace(launcher, role="patient")
    return actor1, actor2


def _signatories(doc: Doc, trigger: Match, countries: list[Match]) -> list[ActorMention]:
    """The countries named as the subjects of an agreement's verb ("Rwanda and Congo signed a peace
    deal", "le Rwanda et la République démocratique du Congo ont signé un accord"), by their
    names, not demonyms: their governments, in the text's order."""
    word = doc.span_head(trigger.start_i, trigger.end_i)
    verbs = {word.i}   # the agreement's word, or the verb it is the object of ("signed an agreement", "agreed to a
    for _ in range(3):   # ceasefire", "signed a prisoner exchange deal")
        if word.upos in ("VERB", "AUX") or word.head == word.i:
            break
        word = doc.tokens[word.head]
        verbs.add(word.i)
    out = []
    for c in countries:
        name = doc.span_head(c.start_i, c.end_i)
        subject = doc.tokens[name.head] if name.deprel == "conj" else name   # "Rwanda and Congo": both subjects
        if name.upos in ("PROPN", "NOUN") and subject.deprel == "nsubj" and subject.head in verbs:
            out.append(ActorMention(replace(c, value="government"), "agent" if not out else "patient", c.value))
    return out


def _fired_from(doc: Doc, sent: list[Token], countries: list[Match], remote: list[Match], lex: Lexicon) -> ActorMention | None:
    """Unnamed shooters of a weapon fired from a country the sentence names ("une roquette tirée depuis
    le Liban", "rockets fired from Syria"): an armed group of that country (its name, not a demonym)."""
    weapons = {i for w in remote for i in range(w.start_i, w.end_i)}
    origins = {o.end_i for o in lex.origin_words.find(doc, sent)}
    for c in countries:
        name = doc.tokens[c.end_i - 1]
        after_origin = right_after(doc, c.start_i, origins)
        fired = doc.past_preposition(doc.tokens[doc.span_head(c.start_i, c.end_i).head])   # the weapon, or the verb that fired it
        # ("tirée", "fired"), whatever word of the name the parse hangs on it ("depuis la bande de Gaza")
        if name.upos == "PROPN" and after_origin and _fires(doc, fired, weapons):
            return ActorMention(replace(c, value="armed_group"), "agent", c.value)
    return None


def _fired_from_its_post(doc: Doc, actor: ActorMention, origins: set[int], remote: list[Match], lex: Lexicon) -> bool:
    """Whether the actor's words, or those of the post they own, follow an origin word ("from", "depuis") that hangs on a
    projectile or the verb that fired one ("a shell fired from Russian positions", "from M23 positions", "des obus tirés
    depuis les positions des rebelles du M23")."""
    first, head = actor.match.start_i, doc.span_head(actor.match.start_i, actor.match.end_i)
    if _owns_facility(doc, head, lex):
        head = doc.tokens[head.head]
        first = min([head.i] + [c.i for c in doc.children.get(head.i, []) if c.i < head.i and c.upos != "ADP"])
    if not right_after(doc, first, origins):
        return False
    weapons = {i for w in remote for i in range(w.start_i, w.end_i)}
    return _fires(doc, doc.past_preposition(doc.tokens[head.head]), weapons)   # (spaCy hangs the noun on "from")


def _fires(doc: Doc, fired: Token, weapons: set[int]) -> bool:
    """Whether the word an origin phrase completes is one of the weapons or the verb that fired them, whose subject the
    weapons are when the parse reads the participle as the sentence's verb ("shells fired from M23 positions hit the camp")."""
    return fired.i in weapons or fired.head in weapons \
        or any(c.i in weapons for c in doc.children.get(fired.i, []) if c.deprel.startswith("nsubj"))


def _attack_of(doc: Doc, demonyms: list[Match], trigger: Match, actor1: ActorMention, lex: Lexicon) -> ActorMention | None:
    """The forces of another country whose demonym qualifies the attack the fight's verb takes ("repelled a Russian
    assault", "ont repoussé une offensive russe"): the other side."""
    span = range(trigger.start_i, trigger.end_i)
    return next((ActorMention(replace(d, value="military"), "patient", d.value) for d in demonyms
                 for attack in [doc.tokens[doc.tokens[d.end_i - 1].head]]
                 if (attack.i in span or attack.head in span) and not _people(doc, d) and d.value != actor1.country
                 and (any(t.value[0] in VIOLENT for t in lex.triggers.find(doc, [attack]))
                      or any(attack.lemma in v.objects and doc.tokens[i].lemma in v.verbs for v in lex.verb_objects for i in span))), None)


def _nation_as_doer(doc: Doc, demonyms: list[Match], trigger: Match, lex: Lexicon) -> ActorMention | None:
    """A people named with its article as who struck from afar or stopped such a strike ("les
    Russes ont bombardé Kharkiv", "the Ukrainians shot down 20 drones"): its state's forces, as
    only states do that; not people counted or unnamed ("three Russians", "des Maliens")."""
    return next((ActorMention(replace(d, value="military"), "agent", d.value) for d in demonyms
                 if _people(doc, d) and _role(doc, d, trigger, lex) == "agent" and doc.definite(doc.tokens[d.end_i - 1])), None)


def _nation_by_its_fire(doc: Doc, sent: list[Token], demonyms: list[Match], trigger: Match, lex: Lexicon) -> ActorMention | None:
    """A people's adjective on the fire that struck ("killed by Pakistani sniper fire", "Israeli fire killed a shepherd", "tué
    par des tirs israéliens"; actors.yaml `state_fire`): its state's forces, whose fire alone a people's name is given."""
    fire = {i for m in lex.state_fire.find(doc, sent) for i in range(m.start_i, m.end_i)}
    for d in demonyms:
        word = doc.tokens[d.end_i - 1]
        if word.deprel in ("amod", "compound") and word.head in fire and not _people(doc, d) \
                and _role(doc, Match.of_token(doc.tokens[word.head]), trigger, lex) == "agent":
            return ActorMention(replace(d, value="military"), "agent", d.value)
    return None


def _aimless(doc: Doc, triggers: list[Match], sub: str) -> bool:
    """Whether every word of the event's type is a verb with no object and no passive subject: an
    attack on no one ("attacked relentlessly", a team's), not a report of one (nor a participle
    after whom it hit: "2 NGO workers abducted")."""
    def aimed(verb: Token) -> bool:   # an object, a passive subject or a phrase that says at what
        return any(c.deprel in TAKEN_DEPRELS or c.deprel.startswith("obl") or c.deprel == "prep" for c in doc.children.get(verb.i, []))

    words = [doc.tokens[t.start_i] for t in triggers if t.value[0] == sub]
    return sub == "Attack" and bool(words) and all(
        w.upos == "VERB" and w.deprel not in MODIFIER_DEPRELS | {"relcl"} and not aimed(w) for w in words)


def _search_governs(doc: Doc, triggers: list[Match], raids: list[Match], found: str) -> bool:
    """Whether what a search found (`found`: arrests, weapons seized) is the sentence's act and the raids only how
    it was done ("arrested 25 suspected members of the Islamic State in raids", "seized a cache of weapons in a
    raid on a militant hideout"), not raids on armed men that also arrested some ("raided an ISGS camp, four
    militants were arrested": a battle, as ACLED codes it)."""
    spans = [t for t in triggers if t.value[0] == found]
    heads = [doc.span_head(t.start_i, t.end_i) for t in spans]
    acts = {i for t in spans for i in range(t.start_i, t.end_i)} | {h.head for h in heads if h.deprel in ("obj", "dobj")}   # and the verb a
    # seized cache is the object of
    return bool(raids) and all(any(h.i in acts for h in doc.heads(doc.tokens[r.start_i], 4)) for r in raids)   # "in a series of raids"


def _demonyms(doc: Doc, sent: list[Token], lex: Lexicon) -> list[Match]:
    """The sentence's demonyms, but not a stance ("pro-Palestinian protesters", "anti-French
    slogans"; actors.yaml `stance_prefixes`): no one of that country acts."""
    return [d for d in lex.demonyms.find(doc, sent) if not stance(doc, d, lex)]


def _qualifies(doc: Doc, demonym: Match, trigger: Match) -> bool:
    """Whether a demonym qualifies the trigger's words ("une frappe russe", "an Israeli drone
    strike"; not "attacked Palestinian farmers")."""
    words = range(trigger.start_i, trigger.end_i)
    word = doc.tokens[demonym.end_i - 1]
    return word.head in words or demonym.end_i == trigger.start_i and doc.tokens[trigger.start_i].upos not in ("VERB", "AUX") or any(
        doc.tokens[i].head == word.i and not doc.tokens[i].deprel.startswith("obl") for i in words)   # not "une position
    # israélienne ... avec des missiles", the weapons hung on the adjective by the parse, nor "trois travailleurs chinois
    # enlevés", a participle on the people the adjective is on; nor "leurs alliés russes ont repoussé": the trigger's auxiliary


def _people(doc: Doc, demonym: Match) -> bool:
    """Whether a demonym names people ("three Palestinians", "des Maliens"), not qualifies a word ("Palestinian gunmen",
    "a US drone", which English parses may give as a noun modifier before its noun, or as the verb's object: "shot down a US
    MQ-9 drone"; a country's initials, "US", "UK", never name people)."""
    word = doc.tokens[demonym.end_i - 1]
    if word.text.replace(".", "").isupper():
        return False
    argument = word.deprel.split(":")[0] in ("nsubj", "nsubjpass", "obj", "dobj", "iobj")   # "Un Palestinien a été abattu", tagged ADJ
    return (word.upos in ("NOUN", "PROPN") or argument) and word.deprel not in QUALIFYING_DEPRELS and not (word.deprel == "nmod" and word.head > word.i)


def _of_the_people(doc: Doc, demonym: Match, found: list[ActorMention]) -> bool:
    """Whether the demonym is, or qualifies, the word of unarmed people the sentence names ("took a French citizen hostage", "a
    Frenchman"): their nationality, no state that acted."""
    head = doc.tokens[demonym.end_i - 1].head
    return any(a.kind in UNARMED_KINDS and (a.match.start_i <= demonym.start_i < a.match.end_i or a.match.start_i <= head < a.match.end_i
                                            or demonym.end_i == a.match.start_i) for a in found)   # (however parsed: "French" on "hostage")


def _aimed_at(doc: Doc, actor: ActorMention, trigger: Match, triggers: list[Match]) -> bool:
    """Whether the actor's words are what the event's attack noun was "on" or against ("killed in an attack by gunmen on an army
    post", "l'attaque contre le camp de la Minusma"): an attack or clash word that is the trigger or its complement (not "in
    retaliation for a raid against the gendarmerie post", another event)."""
    noun = _noun(doc, actor.match)
    if not _cases(doc, noun) & PATIENT_CASES:
        return False
    span = range(trigger.start_i, trigger.end_i)

    def of_the_event(word: Token) -> bool:   # the trigger, or its complement ("killed ... in an attack", "tuées dans une attaque")
        parent = doc.tokens[word.head]
        parent = doc.past_preposition(parent)   # spaCy hangs the noun on "in"
        return word.i in span or parent.i in span or parent.deprel == "conj" and parent.head in span   # ("killed and 4 wounded in")
    attacks = {i for t in triggers if t.value[0] in ("Attack", "Armed clash") and of_the_event(doc.span_head(t.start_i, t.end_i))
               for i in range(t.start_i, t.end_i)}
    for _ in range(2):   # (or on the attackers the noun's "by" names: "an attack by gunmen on an army post", however parsed)
        head = doc.tokens[noun.head]
        governor = doc.past_preposition(head)   # spaCy hangs the noun on "on"
        if governor.upos != "NOUN" or governor.i in attacks:
            return governor.upos == "NOUN" and governor.i in attacks
        if not _cases(doc, governor) & BY_CASES:
            return False
        noun = governor
    return False


def _clash_partner(doc: Doc, actor: ActorMention, trigger: Match) -> bool:
    """Whether the actor is whom the clash word fought "with" ("the G9 clashed with a rival gang"): another side, not the
    first named again."""
    noun = _noun(doc, actor.match)
    head = doc.tokens[noun.head]
    cases = _cases(doc, noun)
    if _subject_of_a_gerund(doc, noun):   # "exchanged fire with police officers guarding the school": the preposition's object
        head = doc.tokens[head.head]
        cases = cases | {head.lemma}
    governor = doc.past_preposition(head)   # spaCy hangs the noun on "with"
    return trigger.value[0] == "Armed clash" and bool(cases & FACING_CASES) and trigger.start_i <= governor.i < trigger.end_i


def _subject_of_a_gerund(doc: Doc, tok: Token) -> bool:
    """Whether the noun is a preposition's object that the parse made the subject of the gerund after it ("exchanged fire
    with police officers guarding the school", "guarding" the preposition's complement)."""
    head = doc.tokens[tok.head]
    return tok.deprel == "nsubj" and head.deprel == "pcomp" and doc.tokens[head.head].upos == "ADP"


def _after_between(doc: Doc, actor: ActorMention, found: list[ActorMention]) -> bool:
    """Whether the actor's phrase comes after "between" or "entre" ("fighting between CMA and GATIA")."""
    start = _phrase(doc, actor, found)[0]
    i = start - 1   # past articles, counts and the words qualifying the actor: "between Fulani herders", "entre les jeunes", "between two gangs"
    while i >= max(0, start - 3) and (doc.tokens[i].upos == "DET"
                                      or doc.tokens[i].deprel in ("compound", "amod", "nummod") and doc.tokens[i].head >= start):
        i -= 1
    return i >= 0 and doc.tokens[i].lower_text in BETWEEN


def _sides_between(doc: Doc, trigger: Match, found: list[ActorMention]) -> list[ActorMention]:
    """The armed actors of a "between" or "entre" phrase on a trigger noun ("fighting between the army
    and Fano militia"), in the text's order: when two, one of them named, the sides of the fight,
    whoever did the verb above it (not "clashes between vendors and police", nor "between armed groups")."""
    noun = doc.span_head(trigger.start_i, trigger.end_i)
    links = [c for c in doc.children.get(noun.i, []) if c.lower_text in BETWEEN   # English hangs the sides on "between",
             or any(k.deprel == "case" and k.lower_text in BETWEEN for k in doc.children.get(c.i, []))] if noun.upos == "NOUN" else []   # UD on them
    words = {t.i for c in links for t in doc.subtree(c)}
    sides = [a for a in found if a.armed and a.match.end_i - 1 in words]
    if len(sides) == 1:   # "entre des chasseurs dozos et des présumés jihadistes": the second side parsed as joined to the first's
        start, end = _phrase(doc, sides[0], found)   # last word, out of the "entre" phrase
        joined = {t.i for i in range(start, end) for c in doc.children.get(i, []) if c.deprel == "conj" for t in doc.subtree(c)}
        sides += [a for a in found if a.armed and a is not sides[0] and a.match.end_i - 1 in joined]
    return sides


def _complement_of(doc: Doc, noun: Token) -> int | None:
    """The noun a noun complements ("tirs de grenades lacrymogènes", "shots of tear gas"): its index, if any."""
    if noun.deprel == "nmod":
        return noun.head
    if noun.deprel == "pobj" and doc.tokens[noun.head].deprel == "prep":
        return doc.tokens[noun.head].head
    return None


def _phrase_words(doc: Doc, actor: ActorMention) -> list[int]:
    """The actor's last word, then the nouns it names or qualifies, nearest first ("mercenaires" of "des
    mercenaires du groupe Wagner", whose name hangs on "groupe"; "members" of "members of the army", past spaCy's "of")."""
    tok = doc.tokens[actor.match.end_i - 1]
    out = [tok.i]
    for _ in range(2):
        if tok.deprel not in ("nmod", "compound", "appos", "flat", "flat:name", "pobj") or tok.head == tok.i:
            break
        tok = doc.past_preposition(doc.tokens[tok.head]) if tok.deprel == "pobj" else doc.tokens[tok.head]
        out.append(tok.i)
    return out


def _camp(actor: ActorMention):
    """The side an actor fights on: "state" for the state's forces and the groups beside them (VDP, Wazalendo), else its own."""
    return "state" if _state_forces(actor.match.value) or getattr(actor.match.value, "beside_state", False) else actor.match.value


def _named_member(doc: Doc, tok: Token) -> Token:
    """The conjunct noun a name qualifies through a preposition ("et des éléments de Wagner", "and members of the VDP"), else the
    name's own token (not a name in apposition: "des combats entre soldats et miliciens Wazalendo", two sides)."""
    head = doc.tokens[doc.tokens[tok.head].head] if tok.deprel == "pobj" else doc.tokens[tok.head]   # spaCy's English: "of" between
    return head if tok.deprel in ("nmod", "pobj") and _cases(doc, tok) and head.deprel == "conj" and head.upos == "NOUN" else tok


def _fellows(doc: Doc, actor1: ActorMention | None, found: list[ActorMention], countries: list[Match]) -> list[ActorMention]:
    """The actors joined to actor1 by a conjunction on the state's side ("des militaires et des VDP ont
    repoussé une attaque", "soldiers and gendarmes repelled"; the parser may take "des" for a
    preposition and the second for a patient): who fought beside it, not its other side (not "Thai
    soldiers and Cambodian troops", another country's; `countries`: the sentence's names and demonyms)."""
    if actor1 is None or _camp(actor1) != "state":
        return []
    words = range(actor1.match.start_i, actor1.match.end_i)

    def joined(a: ActorMention) -> bool:   # "VDP fighters": the noun the name qualifies is the conjunct ("les casques bleus": the noun)
        tok = _named_member(doc, doc.span_head(a.match.start_i, a.match.end_i))
        tok = doc.tokens[tok.head] if tok.deprel == "compound" else tok
        return tok.deprel == "conj" and tok.head in words

    def country(a: ActorMention) -> str | None:   # "Thai soldiers", "soldats maliens": the adjective right beside
        return next((c.value for c in countries if c.end_i == a.match.start_i or c.start_i == a.match.end_i), None)

    own = country(actor1)
    between = _after_between(doc, actor1, found)   # "clashes between soldiers and Wazalendo militiamen": two sides, though
    # the group often fights beside the state
    fellows = [a for a in found if a is not actor1 and _camp(a) == "state" and joined(a) and country(a) in (None, own)
               and not (between and not _state_forces(a.match.value))]
    owned = {t.i for a in fellows for t in doc.subtree(doc.span_head(a.match.start_i, a.match.end_i))}   # "les casques bleus de la
    # MONUSCO": the mission they serve in, beside actor1 too
    return fellows + [a for a in found if a is not actor1 and a not in fellows and _camp(a) == "state" and a.match.start_i in owned]


def _other_side(doc: Doc, actor1: ActorMention, found: list[ActorMention], lex: Lexicon) -> ActorMention | None:
    """In a clash, the armed actor joined to actor1 by "and" (lex.clash_links) that is not on its
    side: "TPLF forces and ENDF clashed", "JNIM and ISGS fighters fought each other", "between the army and
    the TPLF", "ont opposé les rebelles à des chasseurs" (not "soldiers and gendarmes"), and the crowd the
    state's forces clashed with ("demonstrators and security forces clashed")."""
    communal = not actor1.armed   # "clashes between herders and farmers": two sides, though both are civilians' words
    between_sides = _after_between(doc, actor1, found)   # "clashes between armed men and villagers": unarmed people fought too
    start, end = _phrase(doc, actor1, found)
    end = max(end, _qualified_end(doc, actor1), *(doc.subtree(c)[-1].i + 1 for c in _of_complement(doc, doc.tokens[actor1.match.end_i - 1], lex)
                                                   if doc.subtree(c)[0].i == end))
    # ("l'armée centrafricaine à des rebelles", "des partisans de l'opposition aux forces de l'ordre")
    for a in sorted(found, key=lambda a: a.kind != "group"):   # "des jihadistes du JNIM": the group they name
        between = {t.lower_text for t in doc.tokens[min(a.match.end_i, actor1.match.end_i):max(a.match.start_i, actor1.match.start_i)]}
        joined = start <= a.match.start_i < end or communal and 0 < a.match.start_i - actor1.match.end_i <= 3 \
            or 0 < a.match.start_i - end <= 2 and all(t.upos in PHRASE_GLUE for t in doc.tokens[end:a.match.start_i]) \
            or a.match.start_i > end and _conjoined_noun(doc, a, range(start, end))
        # ("herders and Tiv farmers", "the army and the TPLF", "entre la police et des membres de gangs": the noun the gangs qualify)
        if a is not actor1 and joined and between & lex.clash_links and (
                (communal or between_sides) and not a.armed or a.armed and _camp(a) != _camp(actor1)
                or a.kind in UNARMED_KINDS and _camp(actor1) == "state"
                or between_sides and a.kind == "group" and a.armed and not _state_forces(a.match.value) and _state_forces(actor1.match.value)):
            # ("between soldiers and Wazalendo militiamen": a group that fights beside the state, facing it here)
            return a
    return None


def _conjoined_noun(doc: Doc, actor: ActorMention, words: range) -> bool:
    """Whether the noun the actor's words qualify is joined by "and" to `words` ("la police et des membres du gang 5 Segonn"; the
    actor's own words joined so are told by their distance)."""
    tok = doc.span_head(actor.match.start_i, actor.match.end_i)
    for _ in range(3):
        if tok.deprel not in ("nmod", "compound", "appos", "flat", "flat:name", "pobj", "prep", "case") or tok.head == tok.i:
            return False
        tok = doc.tokens[tok.head]
        if tok.deprel == "conj" and tok.head in words:
            return True
    return False


def _qualified_end(doc: Doc, actor: ActorMention) -> int:
    """Where the actor's words end with the adjectives after them ("l'armée congolaise")."""
    end = actor.match.end_i
    while end < len(doc.tokens) and doc.tokens[end].upos == "ADJ":
        end += 1
    return end


def _phrase_after(doc: Doc, sent: list[Token], words: Match) -> range:
    """The tokens after `words` up to the next punctuation or verb: "backed by [Dozo hunters and
    village volunteers], retook"."""
    end = words.end_i
    while end < min(words.end_i + ALLY_SPAN, sent[-1].i + 1) and doc.tokens[end].upos not in ("PUNCT", "VERB", "AUX"):
        end += 1
    return range(words.end_i, end)


def _watched(doc: Doc, trigger: Match, acts: set[int], lex: Lexicon) -> bool:
    """Whether a demonstration is what the people the event struck were doing with it ("abducted two journalists
    covering a demonstration", "un bus transportant des manifestants"): the object of a participle on a noun, of a relative
    clause in the progressive or the imperfect ("journalists who were covering a protest", "qui couvraient une manifestation"),
    or of the press's work in an adverbial clause ("while covering a rally"), no act of its own."""
    word = doc.span_head(trigger.start_i, trigger.end_i)
    verb = doc.tokens[word.head]
    ongoing = verb.deprel == "acl" and "VerbForm=Part" in verb.feats \
        or verb.deprel in RELATIVE_CLAUSES and ("Aspect=Prog" in verb.feats or "Tense=Imp" in verb.feats) \
        or verb.deprel == "advcl" and verb.lemma in lex.press_work
    return word.deprel in ("obj", "dobj") and ongoing and verb.i not in acts


def _sparked(doc: Doc, trigger: Match, lex: Lexicon) -> bool:
    """Whether the trigger is what a verb of causing took as its object ("sparking riots", "provoquant une nuit
    d'émeutes"), not its subject ("protests sparked by the killing")."""
    tok = doc.span_head(trigger.start_i, trigger.end_i)
    for _ in range(3):
        if tok.head == tok.i or tok.deprel.startswith(("nsubj", "csubj")):
            return False
        tok = doc.tokens[tok.head]
        if tok.lemma in lex.consequences:
            return True
    return False


def _sparks(doc: Doc, trigger: Match, lex: Lexicon) -> bool:
    """Whether the trigger is the subject of a verb of causing ("his arrest sparked clashes", "l'arrestation a provoqué des
    manifestations"): what the event came after."""
    tok = doc.span_head(trigger.start_i, trigger.end_i)
    return tok.deprel.startswith("nsubj") and doc.tokens[tok.head].lemma in lex.consequences


def _phrase_before(doc: Doc, sent: list[Token], end: int) -> range:
    """The name's tokens before `end` back to the previous punctuation or determiner: "the [Islamic State]-linked ADF"."""
    start = end
    while start > max(end - ALLY_SPAN, sent[0].i) and doc.tokens[start - 1].upos not in ("PUNCT", "DET", "VERB", "AUX", "ADP"):
        start -= 1
    return range(start, end)


def _country_doer(doc: Doc, trigger: Match, countries: list[Match], strong: bool, struck: list[Match]) -> ActorMention | None:
    """A country named as the subject of the attack's clause or as its passive agent, when the
    attack's words leave no doubt (`strong`): "Israel struck Gaza, killing three", "la Russie a
    lancé une frappe de missiles", "shelled by Russia"; or as who launched the weapons that struck
    (`struck`: the attack's words): "des drones lancés par la Russie".
    A state acts by its forces: actor1, under the country's name ({country=XX})."""
    tok = doc.tokens[trigger.end_i - 1]
    verbs = {tok.i}
    for _ in range(3):   # up to the clause's verb: "une frappe de missiles" -> "a lancé"; "killing" -> "struck"
        if tok.upos == "VERB" and tok.deprel not in CLAUSE_LINKS or tok.head == tok.i:
            break
        tok = doc.tokens[tok.head]
        verbs.add(tok.i)
    for c in countries:
        tok = doc.tokens[c.end_i - 1]
        passive = agent_verb(doc, tok)
        agent = passive is not None and passive.i in verbs
        if tok.upos == "PROPN" and (strong and (tok.deprel == "nsubj" and tok.head in verbs or agent) or _launched_by(doc, c, struck)
                                    or _struck_with(doc, tok, struck)):
            return ActorMention(replace(c, value="military"), "agent", c.value)
    return None


def _struck_with(doc: Doc, subject: Token, weapons: list[Match]) -> bool:
    """Whether a subject's verb took a weapon "with" it ("Russia hit Kharkiv with drones", "la Russie a frappé Lviv avec des
    missiles"): the subject used the weapon."""
    if subject.deprel != "nsubj":
        return False
    for w in weapons:
        word = doc.span_head(w.start_i, w.end_i)
        verb = next((h for h in doc.heads(word, 3) if h.upos == "VERB"), None)   # spaCy: "with" -> "drones"; a parse may hang them
        # on the object ("a frappé lundi des infrastructures ... avec des missiles")
        if verb is not None and verb.i == subject.head and _cases(doc, word) & CARRIED_WITH:
            return True
    return False


def _country_accused(doc: Doc, trigger: Match, countries: list[Match], lex: Lexicon) -> ActorMention | None:
    """A country an accusation names as who did the act ("the army accused Rwanda of shelling Bunagana", "Rwanda was accused of
    shelling", "a accusé le Rwanda d'avoir bombardé"; actors.yaml `accusers`): its forces, as ACLED codes the alleged doer."""
    head = doc.span_head(trigger.start_i, trigger.end_i)
    for c in countries:
        name = doc.tokens[c.end_i - 1]
        verb = doc.tokens[name.head]
        if name.upos == "PROPN" and verb.lemma in lex.accusers and name.deprel in ("obj", "dobj", *PASSIVE_SUBJECTS) \
                and verb in doc.heads(head, 3):
            return ActorMention(replace(c, value="military"), "agent", c.value)
    return None


def _country_teller(doc: Doc, trigger: Match, countries: list[Match]) -> ActorMention | None:
    """A country named as the subject of the verb that tells of the act, whose own subject is a
    pronoun or none ("Russia said it had shot down 40 drones", "la Russie a affirmé avoir abattu 40
    drones"): its forces did it, by its name, not a demonym."""
    verb = doc.span_head(trigger.start_i, trigger.end_i)
    if verb.deprel not in ("ccomp", "xcomp") or not _said_of_itself(doc, trigger):   # "a affirmé avoir abattu": the teller's own act too
        return None
    return next((ActorMention(replace(c, value="military"), "agent", c.value) for c in countries
                 for name in [doc.tokens[c.end_i - 1]] if name.upos == "PROPN" and name.deprel == "nsubj" and name.head == verb.head), None)


def _announced(doc: Doc, trigger: Match, reporting) -> bool:
    """Whether the trigger is what a reporting verb takes as object ("the army announced a curfew", "a décrété
    l'état d'urgence"): a measure its subject took, not news it passed on."""
    head = doc.span_head(trigger.start_i, trigger.end_i)
    return head.deprel in ("obj", "dobj") and doc.tokens[head.head].lemma in reporting


def _speaks(doc: Doc, actor: ActorMention, trigger: Match, reporting) -> bool:
    """Whether the actor is the subject of a reporting verb other than the trigger ("residents
    said"), or the title of the person who is ("regional governor Oleh Syniehubov said", "a annoncé
    Sébastien Wénézoui, ministre conseiller spécial"); not the object the parser made the subject of an aside after it
    ("opposent les rebelles du M23 à l'armée, ont indiqué des sources"), nor who "reached" or "announced" the agreement it is the object of."""
    top = _title_top(doc, doc.tokens[actor.match.end_i - 1], reporting)
    head = doc.tokens[top.head]
    agreement = doc.span_head(trigger.start_i, trigger.end_i)
    signed = trigger.value[0] == "Agreement" and agreement.head == head.i and agreement.deprel in ("obj", "dobj")   # "reached an
    # agreement" (not "freed five hostages, the ministry said": the news it told)
    return head.lemma in reporting and not trigger.start_i <= head.i < trigger.end_i and not signed and not _subject_before_aside(doc, top, reporting) \
        or before_a_subjectless_teller(doc, doc.tokens[actor.match.end_i - 1], reporting)   # "..., a senior police official told
    # Dawn", the official parsed as apposed to the town before it


def _title_top(doc: Doc, word: Token, reporting) -> Token:
    """The person the word is the title of, or qualifies ("spokesman" of "a Taliban spokesman said"), else the word."""
    for _ in range(TITLE_STEPS):
        if doc.tokens[word.head].lemma in reporting or word.deprel not in TITLE_DEPRELS or doc.tokens[word.head].upos not in ("PROPN", "NOUN"):
            break
        word = doc.tokens[word.head]
    return word


def tells_of_another_doer(doc: Doc, group: Match, lex: Lexicon, act: Token | None = None) -> bool:
    """Whether the group, or its spokesman, only tells of an act (the `act` word, when given) whose clause names
    a doer of its own ("gunmen stormed a mosque ..., a Taliban spokesman said"; not "JNIM said it planted the
    mine", nor "... its fighters killed 10 soldiers"): the group is no suspect of it."""
    reporting = lex.dates.get("reporting", ())
    top = _title_top(doc, doc.tokens[group.end_i - 1], reporting)
    verb = doc.tokens[top.head]
    if verb.lemma not in reporting or not (top.deprel.startswith("nsubj") or inverted_subject(doc, top, reporting)):
        return False
    if any(c.deprel in ("obj", "dobj") and lex.attribution.find(doc, [c]) for c in doc.children.get(verb.i, [])):
        return False   # "...; the Baloch Liberation Army claimed responsibility", the blast parsed as what it claimed: its own act
    clauses = [c for c in doc.children.get(verb.i, []) if c.deprel == "ccomp"] + (
        [doc.tokens[verb.head]] if verb.deprel in ("ccomp", "parataxis") and verb.head < verb.i else [])   # "..., a Taliban spokesman said"
    return any(_names_a_doer(doc, s, lex) for c in clauses if act is None or act in doc.subtree(c)
               for s in doc.children.get(c.i, []) if s is not act)   # (not the act itself: "JNIM says a French raid killed 11 soldiers")


def _tells_of(doc: Doc, actor: ActorMention, trigger: Match) -> bool:
    """Whether the trigger is the object of the actor's verb ("police confirmed the attack"): the actor
    tells of it (not "the army said it had killed 20 rebels": a clause it tells of its own act)."""
    word = doc.tokens[trigger.end_i - 1]
    return word.deprel in ("obj", "dobj") and word.head == doc.tokens[actor.match.end_i - 1].head


def _teller_of_its_own(doc: Doc, sent: list[Token], lex: Lexicon, trigger: Match, found: list[ActorMention],
                       reporting) -> list[ActorMention]:
    """A teller whose words name its own vehicles by a possessive, hit ("MINUSMA said one of its convoys hit an
    explosive device"), is hit; its own men who acted are its forces ("l'armée a annoncé que ses hommes avaient
    neutralisé 10 terroristes": not civilians)."""
    head = doc.span_head(trigger.start_i, trigger.end_i)
    told = {h.i for h in doc.heads(head, 6)}
    saying = lambda a: doc.tokens[doc.tokens[a.match.end_i - 1].head]  # noqa: E731 (the teller's verb)
    tellers = [a for a in found if a.role != "patient" and _speaks(doc, a, trigger, reporting)
               and doc.tokens[a.match.end_i - 1].deprel.startswith("nsubj") and saying(a).i in told
               and not any(c.deprel == "xcomp" and c.upos in ("VERB", "AUX") for c in doc.children.get(saying(a).i, []))]
    if len(tellers) != 1:
        return found   # (one who says the trigger's clause: not "gunmen believed to be GATIA fighters robbed them and seized their vehicles";
        # but "la Minusma a annoncé lundi ...", the day parsed as a complement)
    teller = tellers[0]
    verb = next((h for h in [head, *doc.heads(head, 3)] if h.upos == "VERB"), doc.tokens[head.head])   # (past "in": "said it killed
    # dozens of bandits in airstrikes on their camps", the strikes' verb)
    told_verbs = [verb] + [h for h in doc.heads(head, 4) if h.upos == "VERB" and h.i != saying(teller).i]   # "its peacekeepers had been
    # killed and three others wounded by a mine explosion": the clauses the trigger hangs in, below the teller's
    owned = [t for t in sent if t.i >= teller.match.end_i and t.upos == "NOUN" and any(_in_clause_of(doc, t, v) for v in told_verbs)
             and _tellers_own(doc, t, teller, lex)]
    own_men = [a for a in found if a is not teller and doc.span_head(a.match.start_i, a.match.end_i) in owned]   # "ses Casques bleus"
    hit = any(t.lemma in lex.facilities for t in owned) or any(a.role == "patient" for a in own_men) or _own_dead(doc, sent, teller, lex)
    acted = any(a.role == "agent" for a in own_men) or any(   # "the army said it had repelled an attack on its base": it fought
        c.deprel == "nsubj" and c.upos == "PRON" and not doc.children.get(c.i) for c in doc.children.get(verb.i, []))   # back (not
    # "un de ses convois avait heurté": one of them)
    if hit == acted:
        return found
    if hit:
        return [replace(a, role="patient") if a is teller else a for a in found]
    return [replace(a, match=replace(a.match, value=teller.match.value)) if a in own_men and not a.armed else a for a in found]


def _own_dead(doc: Doc, sent: list[Token], teller: ActorMention, lex: Lexicon) -> bool:
    """Whether the teller's words name its own people by a possessive as the dead ("Hamas said one of its commanders had been
    killed", "a annoncé la mort de l'un de ses commandants"), not as who killed ("its fighters killed ten soldiers")."""
    dead_words = {i for d in lex.deaths.find(doc, sent) for i in range(d.start_i, d.end_i)}
    for word in (t for t in sent if t.i >= teller.match.end_i and t.upos == "NOUN" and _tellers_own(doc, t, teller, lex)):
        chain = [word, *doc.heads(word, OWN_DEAD_STEPS)]
        below = next((below for below, head in zip(chain, chain[1:]) if head.i in dead_words), None)
        if below is not None and (not below.deprel.startswith("nsubj") or below.deprel in PASSIVE_SUBJECTS):
            return True
    return False


OWN_DEAD_STEPS = 4   # "la mort de l'un de ses commandants": the dead word four heads up


def _in_clause_of(doc: Doc, tok: Token, verb: Token) -> bool:
    """Whether the word is of the verb's own clause, within three heads and through no relative clause
    ("killed 8 militants who attacked its base": the base is not of "killed")."""
    for head in doc.heads(tok, 3):
        if head.i == verb.i:
            return True
        if head.deprel in ("relcl", "acl:relcl"):
            return False
    return False


SAID_REACH = 3   # steps up from a trigger to the verb whose phrase it is


def _said_of_itself(doc: Doc, trigger: Match) -> bool:
    """Whether a pronoun is the trigger's subject ("the army said it killed 8 militants ...; two soldiers
    were wounded"), or the speaker's subject is its own ("l'armée affirme avoir tué 96 combattants", "claimed
    to have killed"): who tells of the act did it, whatever its own men suffered."""
    head = doc.span_head(trigger.start_i, trigger.end_i)
    verbs = [t for t in [head, *doc.heads(head, SAID_REACH)] if t.upos == "VERB"][:1]   # the trigger's verb, or the verb its phrase
    # is on ("affirme avoir tué 30 terroristes et récupéré des armes lors de combats")
    verbs += [doc.tokens[v.head] for v in verbs if v.deprel == "conj"]
    return any(_pronoun_subject(doc, v) or v.deprel == "xcomp" and not any(c.deprel.startswith("nsubj") for c in doc.children.get(v.i, []))
               for v in verbs)


def _pronoun_subject(doc: Doc, verb: Token) -> bool:
    """Whether the verb's subject is a pronoun ("it killed", "ils avaient mené"): the speaker's own act."""
    return any(c.deprel == "nsubj" and c.upos == "PRON" for c in doc.children.get(verb.i, []))


def _tells_of_others(doc: Doc, actor: ActorMention, trigger: Match, lex: Lexicon, victims: list[ActorMention] = ()) -> bool:
    """Whether what the actor said has a doer of its own, no pronoun for the actor, in its clause or in the
    trigger's ("police said tribal fighting had killed 26 men", "police said no one was hurt when a bomb
    exploded"), or is a passive whose subject is the trigger, the weapon its verb takes ("police said the device had been
    planted") or among the civilian `victims` ("police said 18 people had been killed in tribal fighting", "police said they
    had been abducted"; not "the army said it had killed 20 rebels", "... 20 rebels were killed", nor "... six civilians
    were killed in crossfire during clashes with militants")."""
    verb = doc.tokens[doc.tokens[actor.match.end_i - 1].head]
    said = [c for c in doc.children.get(verb.i, []) if c.deprel == "ccomp"]
    act = doc.span_head(trigger.start_i, trigger.end_i)
    act = act if act.upos == "VERB" else doc.tokens[act.head]   # "a bomb" -> "exploded"
    inside = act.upos == "VERB" and any(act in doc.subtree(c) for c in said)   # "... when a bomb exploded", in what was said
    civilians = {v.match.end_i - 1 for v in victims if v.kind == "civilians"}
    fought = any(t.lemma in FACING_CASES for c in said for t in doc.subtree(c))   # "... during clashes with militants": its own
    struck = trigger.value[0] in VIOLENT   # (a weapon or an attack, not "police said two protesters had been shot dead")
    return any(_names_a_doer(doc, s, lex) or s.deprel in PASSIVE_SUBJECTS and (s.i in civilians and not fought
                                                                           or struck and trigger.start_i <= s.i < trigger.end_i
                                                                           or struck and _weapon_taken(act, s, trigger, lex)
                                                                           or trigger.value[0] == ABDUCTION and s.upos == "PRON")
               for c in said + ([act] if inside else []) for s in doc.children.get(c.i, []))   # (or whose subject is the weapon
    # or the attack: "police said the bomb was detonated remotely"; or who was taken: "police said they had been abducted")


def _weapon_taken(verb: Token, word: Token, trigger: Match, lex: Lexicon) -> bool:
    """Whether the word is the weapon the trigger's verb takes (triggers.yaml `verb_objects`: the device "planted")."""
    return any(verb.lemma in rule.verbs and word.lemma in rule.objects and rule.sub_event_type == trigger.value[0] for rule in lex.verb_objects)


def _names_a_doer(doc: Doc, subject: Token, lex: Lexicon) -> bool:
    """Whether a told clause's subject names a doer of its own: no pronoun for the teller ("it killed"), nor its own
    men or weapons ("its drones struck", "its fighters killed")."""
    return subject.deprel == "nsubj" and subject.upos != "PRON" and not _owned_by_pronoun(doc, subject, lex)


def _tellers_own(doc: Doc, word: Token, teller: ActorMention, lex: Lexicon) -> bool:
    """Whether a possessive pronoun that may be the teller's determines the word: not one of many owners for a single teller
    (actors.yaml `plural_possessives`: "the air force said its jets killed dozens of bandits in air strikes on their hideouts")."""
    one = "Number=Plur" not in doc.span_head(teller.match.start_i, teller.match.end_i).feats
    return _owned_by_pronoun(doc, word, lex) and not (one and any(c.lower_text in lex.plural_possessives for c in doc.children.get(word.i, [])))


def _owned_by_pronoun(doc: Doc, word: Token, lex: Lexicon) -> bool:
    """Whether a possessive pronoun determines the word ("its drones", "ses hommes"; not a relative one, "a man whose body",
    background.yaml `relative_words`)."""
    return any("Poss=Yes" in c.feats and c.upos in ("PRON", "DET") and c.lower_text not in lex.relative_words
               for c in doc.children.get(word.i, []))


def _fired_back(doc: Doc, trigger: Match, weapons: list[Match], triggers: list[Match], lex: Lexicon) -> ActorMention | None:
    """The people the forces' act took whom a relative clause's own verb says fired or struck ("police shot dead two robbers who
    opened fire on officers", "des braqueurs qui avaient ouvert le feu"; not "villagers who fled the shooting"), or suspects the
    forces took during a fight ("shot dead two robbers after a gunfight"): armed men, who fought them, not civilians."""
    objects = [c for i in range(trigger.start_i, trigger.end_i) for c in doc.children.get(i, []) if c.deprel in ("obj", "dobj")]
    if any(trigger.start_i <= _setting_verb(doc, t).i < trigger.end_i for t in triggers if t.value[0] == "Armed clash" and _only_where(doc, t)):
        fought = next((c for c in objects if lex.suspects.find(doc, doc.subtree(c))), None)
        if fought is not None:
            return ActorMention(Match.of_token(fought, "armed_group"), "patient")
    for noun in objects:
        verbs = {c.i for c in doc.subtree(noun) if c.deprel in RELATIVE_CLAUSES}
        if any(w.value == "firearm" and w.start_i in verbs for w in weapons) or any(
                t.value[0] in VIOLENT and t.start_i in verbs for t in triggers if t is not trigger):
            return ActorMention(Match.of_token(noun, "armed_group"), "patient")
    return None


def _opposing_side(doc: Doc, sent: list[Token], lex: Lexicon, actor1: ActorMention | None, trigger: Match) -> ActorMention | None:
    """The first armed men the sentence names on the other side than actor1's (state forces facing
    gunmen, gunmen facing forces), who do not only tell of the event: someone who may have fought back."""
    reporting = lex.dates.get("reporting", ())
    return next((a for a in (ActorMention(m, "unknown") for m in actor_matches(doc, sent, lex))
                 if a.armed and _state_forces(a.match.value) != _state_forces(actor1.match.value)
                 and not _speaks(doc, a, trigger, reporting)), None) if actor1 is not None else None


def _only_where(doc: Doc, trigger: Match) -> bool:
    """Whether the trigger's words are the object of a preposition ("during a campaign rally", "lors d'un meeting"):
    the setting of what the sentence tells, not its act."""
    head = doc.span_head(trigger.start_i, trigger.end_i)
    return head.deprel == "pobj" or head.deprel in ("obl", "nmod") and any(c.deprel == "case" for c in doc.children.get(head.i, []))


def _setting_verb(doc: Doc, trigger: Match) -> Token:
    """The word a prepositional phrase's trigger sets the scene of ("shot two robbers [during a shootout]": shot)."""
    head = doc.span_head(trigger.start_i, trigger.end_i)
    return doc.tokens[doc.tokens[head.head].head] if head.deprel == "pobj" else doc.tokens[head.head]


def _joined(doc: Doc, a: Token, b: Token) -> bool:
    """Whether two verbs are joined as one subject's acts ("torched a police station and freed the detainees", "ont
    dépouillé les occupants avant de les relâcher", "robbed the passengers before releasing them")."""
    def under(x: Token, y: Token) -> bool:
        return x.deprel in ("conj", "advcl") and x.head == y.i or x.deprel == "pcomp" and doc.tokens[x.head].head == y.i
    return under(a, b) or under(b, a)


def _assailed(doc: Doc, sent: list[Token], lex: Lexicon, actor1: ActorMention | None, triggers: list[Match]) -> ActorMention | None:
    """Armed men of the other side than actor1's that an attack or a fight is done to ("attacked a military base",
    "attacked a police checkpoint")."""
    def object_of_attack(match: Match) -> bool:
        head = doc.tokens[match.end_i - 1]
        if head.deprel == "compound":   # "a police checkpoint"
            head = doc.tokens[head.head]
        return head.deprel in ("obj", "dobj") and any(t.start_i <= head.head < t.end_i and t.value[0] in ("Attack", "Armed clash") for t in triggers)
    found = [ActorMention(m, "patient") for m in actor_matches(doc, sent, lex)]
    return next((_umbrella(doc, a, found) for a in found   # "des rebelles du M23": the M23
                 if actor1 is not None and a.armed and _state_forces(a.match.value) != _state_forces(actor1.match.value)
                 and object_of_attack(a.match)), None)


def _crowd_faced(doc: Doc, sent: list[Token], lex: Lexicon, triggers: list[Match]) -> ActorMention | None:
    """Unarmed people a clash word fought ("police clashed with residents", "la police a affronté des partisans"): a side
    of the fight, not its target."""
    def fought(actor: ActorMention, clash: Match) -> bool:
        noun = _noun(doc, actor.match)
        return _clash_partner(doc, actor, clash) or clash.value[0] == "Armed clash" and noun.deprel in ("obj", "dobj") \
            and clash.start_i <= noun.head < clash.end_i
    found = [ActorMention(m, "unknown") for m in actor_matches(doc, sent, lex)]
    return next((a for a in found if a.kind in UNARMED_KINDS and any(fought(a, t) for t in triggers)), None)


def _caught_the_victims(doc: Doc, actor: ActorMention, trigger: Match, lex: Lexicon) -> bool:
    """Whether the actor is the agent of a participle on a verb's object that is no event word ("a brûlé vifs deux voleurs
    présumés capturés par des groupes d'autodéfense"): who caught the victims before the event is no side of it (not "tués par
    des jihadistes", an act of violence, nor "posés par", who laid a bomb)."""
    agent = _phrase_top(doc, _noun(doc, actor.match))
    if agent.deprel == "pobj" and doc.tokens[agent.head].deprel == "agent":
        agent = doc.tokens[agent.head]   # English hangs the noun on "by"
    participle = doc.tokens[agent.head]
    described = doc.tokens[participle.head]
    if described.deprel == "acl" and described.lemma in lex.hedges:
        described = doc.tokens[described.head]   # "deux ravisseurs présumés capturés par ..."
    return agent.deprel in ("obl:agent", "agent", "nmod:agent") and participle.deprel == "acl" \
        and not trigger.start_i <= participle.i < trigger.end_i and described.deprel in ACTIVE_OBJECTS \
        and described.lemma not in lex.facilities and participle.lemma not in lex.holding and doc.tokens[described.head].lemma not in lex.releases \
        and not lex.weapons.find(doc, [described]) and not lex.triggers.find(doc, [described]) \
        and not lex.triggers.find(doc, [participle]) and not lex.attribution.find(doc, doc.tokens[participle.i:agent.i + 1])
    # (whose the victims' post or convoy is shares its fate: "attacked a convoy escorted by soldiers"; who held the hostages freed
    # fought for them: "a libéré 14 otages détenus par des terroristes"; who fired the weapons stopped used them: "intercepted rockets
    # fired by Hamas"; who led an attack repelled: "ont repoussé une attaque menée par des miliciens")


def _possessed(doc: Doc, actor: ActorMention) -> bool:
    """Whether the actor words are determined by a possessive ("leur convoi", "their patrol")."""
    return any("Poss=Yes" in c.feats for c in doc.children.get(actor.match.end_i - 1, []))


def _describes_teller(doc: Doc, actor: ActorMention, trigger: Match, lex: Lexicon) -> bool:
    """Whether the actor's words say whose a teller is ("said Musa Ali, a commander of a civilian militia that helps
    the army"): no side of the event, unless the teller's words tell of it ("said a survivor who escaped the attack
    by JNIM")."""
    teller_word = described_teller(doc, doc.span_head(actor.match.start_i, actor.match.end_i), lex)
    return teller_word is not None and not any(trigger.start_i <= t.i < trigger.end_i for t in doc.subtree(teller_word))


def _of_trigger(doc: Doc, actor: ActorMention, trigger: Match) -> bool:
    """Whether the actor's head word depends on a word of the trigger itself ("recovered the town")."""
    return trigger.start_i <= doc.tokens[actor.match.end_i - 1].head < trigger.end_i


def _remains_of_someone_named(doc: Doc, sent: list[Token], lex: Lexicon) -> bool:
    """Whether the sentence's dead are remains a possessive pronoun ties to people told of before
    ("His body was found on Sunday", "Son corps a été retrouvé dimanche"; casualties.yaml `remains`), or the definite
    article with no one named after it ("The body was found a day later"; not "the body of a herder"), or
    a personal pronoun ("They were found dead on Tuesday", "Il a été retrouvé mort")."""
    def told_before(t: Token) -> bool:
        children = doc.children.get(t.i, [])
        return _owned_by_pronoun(doc, t, lex) or "Number=Plur" not in t.feats and doc.definite(t) \
            and not any(c.deprel in ("prep", "nmod", "nummod") for c in children)
    return any(t.lemma.lower() in lex.remains and told_before(t) for t in sent) or any(
        pronoun_dead(doc, doc.span_head(d.start_i, d.end_i), lex) is not None for d in lex.deaths.find(doc, sent))


def _finds(doc: Doc, actor: ActorMention, lex: Lexicon) -> bool:
    """Whether the actor is the subject of a verb of finding or of looking into (actors.yaml `finders`, `inquiries`: "police are
    investigating the death", "a ouvert une enquête"), or its passive's agent ("was discovered by park rangers")."""
    tok = doc.tokens[actor.match.end_i - 1]
    verb = doc.tokens[tok.head]
    if tok.deprel == "pobj" and verb.lemma == "by":   # spaCy's English: by -> pobj
        tok, verb = verb, doc.tokens[verb.head]
    return (tok.deprel.startswith("nsubj") or tok.deprel in AGENT_DEPRELS) and _finding(doc, verb, lex)


def _finding(doc: Doc, verb: Token, lex: Lexicon) -> bool:
    """Whether the verb finds an event's traces or looks into it, itself or by the inquiry it opens ("opened an investigation")."""
    return verb.lemma in lex.finders | lex.inquiries or any(
        c.deprel in ("obj", "dobj") and c.lemma in lex.inquiries for c in doc.children.get(verb.i, []))


def _says_it_found(doc: Doc, actor: ActorMention, lex: Lexicon) -> bool:
    """Whether the actor says that it found, or looks into, the event ("police said they had found the bodies of 12 people",
    "were investigating the death"): such a verb with a pronoun for its subject in what the actor's verb reports."""
    tok = doc.tokens[actor.match.end_i - 1]
    said = [c for c in doc.children.get(tok.head, []) if c.deprel == "ccomp" and _finding(doc, c, lex)] if tok.deprel.startswith("nsubj") else []
    return any(s.deprel.startswith("nsubj") and s.upos == "PRON" for c in said for s in doc.children.get(c.i, []))


def _toll_givers(doc: Doc, sent: list[Token], lex: Lexicon) -> set[int]:
    """The subjects of the sentence's verbs that give a toll again ("the government put the toll at five"): who told, no side."""
    return {c.i for r in lex.restated_toll.find(doc, sent) for c in doc.children.get(r.start_i, []) if c.deprel.startswith("nsubj")}


def _inverted_teller(doc: Doc, actor: ActorMention, reporting) -> bool:
    """Whether the actor is the subject put after a reporting verb that has no other subject ("...,
    a annoncé vendredi la police nationale"), which the parser may take for its object (its noun, not an adjective after it:
    "..., a indiqué l'armée israélienne")."""
    return inverted_subject(doc, doc.span_head(actor.match.start_i, actor.match.end_i), reporting)


def _attributes(doc: Doc, actor: ActorMention, trigger: Match, lex: Lexicon) -> bool:
    """Whether the actor only attributes the report, after it ("a landmine killed three children,
    UN peacekeepers said"; not "the army said it killed ten militants", who tells of its own act, nor
    "Al Shabaab said it carried out the attack", who claims it: actors.yaml `claim_verbs`)."""
    if not (actor.match.start > trigger.end and _speaks(doc, actor, trigger, lex.dates.get("reporting", ()))):
        return False
    said = doc.tokens[doc.tokens[actor.match.end_i - 1].head]
    return not any(c.lemma in lex.claim_verbs and _pronoun_subject(doc, c) for c in doc.children.get(said.i, []) if c.deprel in ("ccomp", "xcomp"))


TITLE_DEPRELS = {"compound", "appos", "nmod", "amod", "poss", "nmod:poss"}   # "governor" of "governor Oleh Syniehubov", "officer" of "a military
# officer", "ministry" of "the Taliban's interior ministry"
TITLE_STEPS = 3   # titles of titles: "conseiller" of "ministre" of "Sébastien Wénézoui"
PHRASE_GLUE = {"ADP", "DET", "PUNCT", "CCONJ"}   # "combattants du JNIM", "Katiba Macina (JNIM)"


def _identity_militia(actor: ActorMention) -> bool:
    """A named group or an ethnic militia that ACLED types as an identity militia ("Fulani militiamen", Dan Na Ambassagou)."""
    return getattr(actor.match.value, "inter", None) == "Identity militia"


def _state_forces(value) -> bool:
    """An actor word's value (a kind or a named group) that is a state's forces."""
    return value in STATE_KINDS or getattr(value, "inter", "") == "State forces"


def _authority(value) -> bool:
    """A state's forces, or a group that governs an area (actor_groups.yaml `governs`): who makes arrests."""
    return _state_forces(value) or getattr(value, "governs", False)


def _non_state_armed(actor: ActorMention) -> bool:
    if actor.kind == "group":
        return actor.match.value.inter not in ("State forces", FOREIGN_INTER, "Civilians")
    return actor.kind in ("armed_group", "communal_militia")


def _phrase(doc: Doc, actor: ActorMention, found: list[ActorMention]) -> tuple[int, int]:
    """Token span of the actor words that run into each other around `actor`, joined directly
    or by one function word (not by a verb: "militants attacked volunteer fighters")."""
    def joined(a: int, b: int) -> bool:   # token spans ending at a and starting at b touch
        return b <= a or b == a + 1 and doc.tokens[a].upos in PHRASE_GLUE

    start, end = actor.match.start_i, actor.match.end_i
    grown = True
    while grown:
        grown = False
        for a in found:
            if joined(end, a.match.start_i) and joined(a.match.end_i, start) and (a.match.start_i < start or a.match.end_i > end):
                start, end, grown = min(start, a.match.start_i), max(end, a.match.end_i), True
    return start, end


def _done_together(doc: Doc, trigger: Match, actor: ActorMention, lex: Lexicon) -> bool:
    """Whether the trigger is a noun the actor's verb takes, a verb of no fight of its own ("FAMa and Wagner forces staged
    a military operation", "launched an offensive"): who is joined to the actor as its subject acted with it, not against it
    (not "exchanged fire", actors.yaml `reciprocal`, nor "fought a battle", nor the two signers of an agreement)."""
    word = doc.span_head(trigger.start_i, trigger.end_i)
    verb = doc.tokens[word.head]
    return trigger.value[0] == "Armed clash" and word.upos == "NOUN" and word.deprel in ACTIVE_OBJECTS and verb.upos == "VERB" \
        and verb.lemma not in lex.reciprocal \
        and not lex.triggers.find(doc, [verb]) and _noun(doc, actor.match).head == verb.i and _noun(doc, actor.match).deprel == "nsubj"


def _with_partners(doc: Doc, actor1: ActorMention, actor2: ActorMention | None, found: list[ActorMention], trigger: Match,
                   lex: Lexicon) -> ActorMention:
    """Actor1 with the armed actors "and" joins to it as its associates: "the army and Wagner forces killed
    15 civilians", "VDP and soldiers clashed with ISGS" (not "JNIM and ISGS clashed", "fighting between CMA
    and GATIA": two sides; nor "JNIM and/or ISGS militants": one suspect, named as both)."""
    if not actor1.armed or actor1.role == "patient" or trigger.value[0] not in VIOLENT | {"Arrests"} or _after_between(doc, actor1, found) \
            or trigger.value[0] == "Armed clash" and not _done_together(doc, trigger, actor1, lex) and (
                actor2 is None or not _cases(doc, _noun(doc, actor2.match)) & (FACING_CASES | NOMINAL_TARGET_CASES | BY_CASES)):
        return actor1
    phrase = _phrase(doc, actor1, found)
    partners = [a for a in found if a.armed and a.match.value not in (actor1.match.value, actor1.partner)
                and not (actor2 is not None and (a.match.value == actor2.match.value or _same_phrase(a, actor2)))
                and _conjoined(doc, actor1.match, phrase, a.match, _state_forces(actor1.match.value))]
    # a generic word the group's name qualifies is that group ("Wagner forces")
    partners = [a for a in partners if a.kind == "group" or not any(b.kind == "group" and _noun(doc, b.match) == _noun(doc, a.match) for b in found)]
    return _with_allies(actor1, partners)


def _with_named_partners(doc: Doc, actor2: ActorMention, actor1: ActorMention | None, found: list[ActorMention], trigger: Match) -> ActorMention:
    """State forces struck with the named groups "and" joins to them as their associates: "attacked a convoy of the Malian
    army and Africa Corps", "une patrouille de soldats et de VDP" (their allies, not the attackers)."""
    if not _state_forces(actor2.match.value) or actor2.role != "patient" or trigger.value[0] not in VIOLENT:
        return actor2
    phrase = _phrase(doc, actor2, found)
    partners = [a for a in found if a.kind == "group" and a.match.value != actor2.match.value
                and not (actor1 is not None and (a.match.value == actor1.match.value or _same_phrase(a, actor1)))
                and _conjoined(doc, actor2.match, phrase, a.match, True)]
    return _with_allies(actor2, partners)


def _joined_to_forces(doc: Doc, actor: ActorMention, found: list[ActorMention]) -> bool:
    """Whether "and" joins the actor's word to a state's forces ("government troops and Russian instructors"): it fought
    beside them."""
    word = _noun(doc, actor.match)
    forces = {_noun(doc, f.match).i for f in found if _state_forces(f.match.value)}
    return word.deprel == "conj" and word.head in forces or any(
        doc.tokens[i].deprel == "conj" and doc.tokens[i].head == word.i for i in forces)


def _ally_words_start(ally: ActorMention, allies: list[tuple[bool, range]]) -> int:
    """Where the words that name the ally begin: the "alongside" phrase it is in ("troops fighting alongside the Congolese
    army"), else its own first word."""
    return min((span.start for beside, span in allies if beside and ally.match.end_i - 1 in span), default=ally.match.start_i)


def _with_allies(actor: ActorMention, partners: list[ActorMention]) -> ActorMention:
    """The actor with the partners it does not list yet as its allies, once each group."""
    known = {b.match.value for b in actor.allies}
    return replace(actor, allies=actor.allies + tuple(a for a in partners if a.match.value not in known))


NOUN_QUALIFIER_DEPRELS = QUALIFIER_DEPRELS | {"prep"}   # and spaCy's "of" before the name ("fighters of the Wagner Group")


def _noun(doc: Doc, m: Match) -> Token:
    """The noun the actor words name or qualify: "forces" for "Wagner" in "Wagner forces", "fighters" for "(VDP)",
    "mercenaires" for "les mercenaires de Wagner", "fighters" for "fighters of the Wagner Group"."""
    tok = doc.span_head(m.start_i, m.end_i)
    if tok.deprel == "pobj" and doc.tokens[tok.head].upos == "ADP" and doc.tokens[tok.head].lower_text == "of":   # spaCy's English
        tok = doc.tokens[tok.head]
    noun = doc.tokens[tok.head] if tok.deprel in NOUN_QUALIFIER_DEPRELS else tok
    return doc.compounded(noun)   # "Wagner Group forces": the match "Wagner" qualifies "Group", "Group" "forces"


def _conjoined(doc: Doc, one: Match, phrase: tuple[int, int], other: Match, alternatives: bool) -> bool:
    """Whether two actors' nouns are joined by "and" ("the army and Wagner forces", "des soldats et
    des chasseurs dozos"; "des soldats de l'armée et des VDP", on a word of the first one's `phrase`),
    or by "or" too where `alternatives` ("soldiers or gendarmes": both forces were there): one side of
    the event, together."""
    a, b = _noun(doc, one), _named_member(doc, _noun(doc, other))
    words = ({a.i} | set(range(*phrase))) - set(range(other.start_i, other.end_i))
    joined = doc.tokens[b.head]
    joined = doc.tokens[joined.head] if joined.deprel == "nmod" and joined.i not in words else joined   # "soldats de l'armée"
    either = lambda t: any(c.deprel == "cc" and c.lower_text in ALTERNATIVES   # noqa: E731 ("or" on either conjunct: spaCy's first, UD's second)
                           for c in doc.children.get(t.i, []) + doc.children.get(t.head, []))
    return a.i != b.i and (b.deprel == "conj" and joined.i in words and (alternatives or not either(b))
                           or a.deprel == "conj" and a.head == b.i and (alternatives or not either(a)))


def _same_phrase(a: ActorMention, b: ActorMention) -> bool:
    return a is b or (a.match.start_i <= b.match.end_i + 1 and b.match.start_i <= a.match.end_i + 1)


HAND_WEAPONS = {"bladed", "other"}   # weapon classes (weapons.yaml) one person wields: knives, acid

UMBRELLA_LINKS = {"(", "of", "de", "du", "des", "d'", "in", "within", "sein"}   # "soldiers serving in the African Union mission",
# "au sein de la MINUSCA"
UMBRELLA_FILLERS = UMBRELLA_LINKS | {"the", "la", "le", "l'", "militants", "fighters", "members", "combattants", "éléments", "membres",
                                     "serving", "servant", "au"}
UMBRELLA_REACH = 6   # words between a force's and its umbrella's ("burundais servant au sein de la")


def _verb_between(doc: Doc, a: Match, b: Match) -> bool:
    """Whether a verb stands between two matches: "destroyed" in "air defences destroyed 10 Ukrainian drones"."""
    return any(t.upos in ("VERB", "AUX") for t in doc.tokens[min(a.end_i, b.end_i):max(a.start_i, b.start_i)])


def _named_again_in_brackets(doc: Doc, actor1: ActorMention, end: int, other: ActorMention) -> bool:
    """Whether the other actor is of actor1's camp and in brackets a few words after actor1's phrase ("les Forces armées de la
    RDC (FARDC)"): actor1's own name, no other side."""
    gap = doc.tokens[end:other.match.start_i - 1]
    return other.match.start_i > end and doc.tokens[other.match.start_i - 1].text == "(" and len(gap) <= BRACKET_REACH \
        and all(t.upos in ("ADP", "DET", "PROPN", "NOUN", "ADJ") for t in gap) and _camp(other) == _camp(actor1)


BRACKET_REACH = 4   # words between an actor's phrase and the bracket that names it again ("de la RDC")


def _before_bracket(doc: Doc, actor: ActorMention) -> bool:
    """Whether a bracket follows the actor's words ("volunteer fighters (VDP)"): its name may be in it."""
    return actor.match.end_i < len(doc.tokens) and doc.tokens[actor.match.end_i].text == "("


def _umbrella(doc: Doc, actor: ActorMention, found: list[ActorMention]) -> ActorMention:
    """'Katiba Macina (JNIM) militants', 'Katiba Macina militants of the JNIM': the group that
    the named one belongs to is the one the event is coded to; soldiers of an international force
    are that force ("une patrouille de la MINUSCA", "une patrouille de la force Barkhane": a country's named
    forces; not "les Forces de défense et de sécurité (FDS)")."""
    for other in found:
        if actor.kind == "military" and getattr(other.match.value, "inter", None) != FOREIGN_INTER \
                and getattr(other.match.value, "country", None) is None:
            continue
        if other.kind == "group" and other.match.value != actor.match.value and 0 < other.match.start_i - actor.match.end_i <= UMBRELLA_REACH:
            if actor.kind == "group" and actor.match.value.member_of == other.match.value.name:
                return replace(actor, alliance=other.match.value)   # coded to the alliance while it belonged to it (resolve)
            between = [t.text.lower() for t in doc.tokens[actor.match.end_i:other.match.start_i] if t.upos != "ADJ"]   # not "burundais"
            if set(between) <= UMBRELLA_FILLERS and UMBRELLA_LINKS & set(between):
                return ActorMention(other.match, actor.role)
    return actor


def _ethnic_sides(doc: Doc, sent: list[Token], lex: Lexicon) -> list[Match]:
    """The militias of the two ethnic groups whose people the sentence names ("Dinka and Nuer
    youths", "Dinka youths clashed with Nuer youths"), else none."""
    found = {m.value: m for m in identities(doc, sent, lex) if m.value.endswith(ETHNIC_GROUP)}
    return [replace(m, value=ethnic_militia(group[:-len(ETHNIC_GROUP)])) for group, m in found.items()] if len(found) == 2 else []


def _each_of_a_people(doc: Doc, sent: list[Token], lex: Lexicon, *actors: ActorMention) -> bool:
    """Whether an ethnic word qualifies each actor's own words ("Mossi growers fought Fula cattle keepers"), so that each side is
    told apart already (not "cattle herders from the Dinka and Nuer communities": both peoples on one word)."""
    ethnic = [doc.tokens[m.end_i - 1] for m in identities(doc, sent, lex) if m.value.endswith(ETHNIC_GROUP)]
    return all(any(t.head in range(a.match.start_i, a.match.end_i) or a.match.start_i <= t.i < a.match.end_i for t in ethnic)
               for a in actors)


def _as_communal_militia(actor: ActorMention | None) -> ActorMention | None:
    """Farmers, herders or villagers who fight or kill are a communal militia in ACLED's terms
    (Identity militia), not rioters: their clash is a battle, their killing an attack."""
    if actor is None or actor.kind not in ("civilians", "rioters"):
        return actor
    return replace(actor, match=replace(actor.match, value="communal_militia"))


def _as_police(actor: ActorMention | None, lex: Lexicon) -> ActorMention | None:
    """Forces named only as "security forces" facing a demonstration are ACLED's police (actors.yaml `crowd_police`)."""
    if actor is None or actor.kind != "military" or actor.match.text.lower() not in lex.crowd_police:
        return actor
    return replace(actor, match=replace(actor.match, value="police"))


def partner(doc: Doc, actor: ActorMention, found: list[ActorMention]) -> ActorGroup | None:
    """A second named group joined by 'or' / 'and/or' / 'ou', after or before it: ACLED names both ('A and/or B')."""
    for other in found:
        if other.kind != "group" or other.match.value == actor.match.value:
            continue
        first, second = sorted((actor.match, other.match), key=lambda m: m.start_i)
        if 0 <= second.start_i - first.end_i <= 3:
            between = {t.text.lower() for t in doc.tokens[first.end_i:second.start_i]}
            if between & {"or", "ou", "and/or", "et/ou", "/", "/or", "/ou"}:   # "JNIM and /or ISGS"
                return other.match.value
    return None


def _main_clause(doc: Doc, words: Match, reporting=()) -> bool:
    """Whether the words head the sentence's main clause (or one listed with it): "two were
    killed", "were shot dead", "un manifestant a été tué ..., a annoncé le FNDC" (the parser may make
    the reporting verb of the aside the root; or a clause after a semicolon hang on it: "... ; deux manifestants ont été tués"),
    not "the corpses of fighters killed in X" or "after one was killed"."""
    for tok in doc.tokens[words.start_i:words.end_i]:
        tok = doc.first_of_list(tok)
        head = doc.tokens[tok.head]
        unmarked = tok.deprel in ("advcl", "ccomp", "parataxis") and not any(c.deprel == "mark" for c in doc.children.get(tok.i, []))
        if tok.head == tok.i or tok.deprel == "root" or head.head == head.i and unmarked and (
                head.lemma in reporting and head.i > tok.i or semicolon_between(doc, head.i, tok.i)):
            return True
        toll_of_root = tok.deprel in ACTIVE_OBJECTS | {"oprd", "xcomp"} and head.upos == "VERB" \
            or any(t.text == ":" for t in doc.tokens[min(head.i, tok.i):max(head.i, tok.i)])   # "Manifestations à Goma : trois morts"
        if tok.upos in ("NOUN", "ADJ") and head.head == head.i and head.lemma not in reporting and toll_of_root:
            return True   # the main verb's toll: "des manifestations ont fait trois morts", "the protests left three dead"
    return False


CROWD_VIOLENCE = ("Attack", "Looting/property destruction", "Violent demonstration")


def _forces_demonstrate(doc: Doc, actor: ActorMention | None, trigger: Match, triggers: list[Match], lex: Lexicon) -> bool:
    """Whether state forces are the subject of the demonstration's own verb ("policemen staged a sit-in", "soldiers took to the
    streets", "des policiers ont manifesté"): they are its crowd, not forces that faced it (not "police dispersed the
    protesters", "police blocked a march": words of an intervention)."""
    if actor is None or actor.kind not in FORCE_KINDS or actor.role != "agent" or trigger.value[0] != "Peaceful protest":
        return False
    noun, head = doc.compounded(doc.span_head(actor.match.start_i, actor.match.end_i)), doc.span_head(trigger.start_i, trigger.end_i)
    counted = doc.past_preposition(doc.tokens[noun.head]) if noun.deprel in ("pobj", "nmod") else noun
    if counted is not noun and number_tokens(doc, [counted], lex):   # "dozens of policemen", "des dizaines de policiers"; not
        noun = counted   # "wives of soldiers", whose own word is the subject
    verb = doc.tokens[head.head] if head.upos == "NOUN" and head.deprel in ACTIVE_OBJECTS else head   # "staged a demonstration"
    acting = any(t.start_i <= verb.i < t.end_i and t.value[0] != "Peaceful protest" for t in triggers)
    if head.upos == "NOUN" and head.deprel in ("pobj", "obl", "obl:mod") and "Number=Plur" not in head.feats \
            and not any(c.deprel == "det" for c in doc.children.get(head.i, [])):   # "shot into the air to protest": the act
        # was the protest (not "dispersed to demonstrators", a crowd)
        verb, acting = next((h for h in doc.heads(head, 4) if h.upos == "VERB"), head), False   # (however the parse hangs "in the air")
    # (the subject of a verb the parse coordinates it with too: "soldiers posted in Nioro fired shots", parsed as two verbs)
    return not acting and any(s.i == noun.i for s in _subjects(doc, verb) + _subjects(doc, head))


def _crowd_violent(doc: Doc, sent: list[Token], triggers: list[Match], lex: Lexicon) -> bool:
    """Whether demonstrators are the subject of a verb of attack or destruction ("protesters stormed
    the parliament and set part of it on fire", "les manifestants ont incendié un commissariat")."""
    crowds = [doc.tokens[m.end_i - 1] for m in actor_matches(doc, sent, lex) if m.value in ("protesters", "rioters")]
    tolls = {d.start_i for d in lex.deaths.find(doc, sent) + lex.injuries.find(doc, sent)}
    verbs = {v.i for t in triggers if t.value[0] in CROWD_VIOLENCE for head in [doc.span_head(t.start_i, t.end_i)]
             for v in [next((h for h in [head, *doc.heads(head, 2)] if h.upos == "VERB"), None)] if v is not None   # "set part of it on
             and not (t.start_i in tolls and (head.upos == "NOUN" or not any(c.deprel in ACTIVE_OBJECTS for c in doc.children.get(v.i, []))))}
    # ("set part of it on fire": the verb of "on fire"; not "one protester died": who died, nor "faisant quatre morts", a toll the
    # parse may hang on the crowd)
    subjects = {s.i for v in verbs for s in _subjects(doc, doc.tokens[v]) or _subjects(doc, _participle_clause_head(doc, doc.tokens[v]))}
    subjects |= {doc.tokens[v].head for v in verbs if doc.tokens[v].deprel == "acl" and "VerbForm=Fin" not in doc.tokens[v].feats
                 or doc.tokens[v].deprel in RELATIVE_CLAUSES and any(s.upos == "PRON" for s in _subjects(doc, doc.tokens[v]))}
    # ("a crowd attacking a police station": the participle's noun; "protesters stormed the office, looting computers": the
    # subject of the verb the participle's clause hangs on; "a tiré sur des manifestants qui avaient incendié un commissariat": the relative's noun)
    return any(c.i in subjects or (agent_verb(doc, c) or c).i in verbs for c in crowds)   # "houses burned by the protesters"


def _weapon_attack(doc: Doc, trigger: Match, explosive: list[Match], lex: Lexicon) -> str | None:
    """The weapon's event when an attack or explosion word is named after an explosive weapon ("a drone attack", "une
    attaque de drones", "l'explosion d'une grenade"): the weapon's use, which air defences can stop as they stop the drone."""
    head = doc.span_head(trigger.start_i, trigger.end_i)
    if trigger.value[0] not in ("Attack", "Remote explosive/landmine/IED") or head.upos != "NOUN" \
            or any(w.start_i <= head.i < w.end_i for w in explosive):   # (not "engin explosif", a weapon itself)
        return None
    children = doc.children.get(head.i, [])
    named = [c for c in children if c.deprel in ("compound", "amod", "nmod")]
    named += [g for c in children if c.deprel == "prep" and c.lower_text in WEAPON_LINKS for g in doc.children.get(c.i, [])]   # spaCy
    # English: "the explosion of a grenade"
    return next((lex.weapon_events[w.value] for w in explosive for c in named if w.start_i <= c.i < w.end_i), None)


def _act_word(doc: Doc, trigger: Match) -> Token:
    """The word that tells the trigger's act: the verb whose object it is ("agreed a ceasefire", "held a protest"), else its own head."""
    return verb_of_object(doc, trigger) or doc.span_head(trigger.start_i, trigger.end_i)


def _during(doc: Doc, noun: Token, lex: Lexicon) -> bool:
    """Whether "during", "lors (de)" or another of demonstrations.yaml `during` introduces the noun (the French parser
    hangs "une marche" on "lors", an adverb)."""
    above = doc.tokens[noun.head]
    return bool((_cases(doc, noun) | ({above.lemma} if above.upos in ("ADV", "ADP") else set())) & lex.during)


WEAPON_LINKS = {"of", "with", "by"}   # English prepositions between an attack or explosion word and the weapon that made it


def _choose_type(scores: dict[str, float], weapon_event: str | None, actor1, actor2, fatalities, injuries=None, harmed=False,
                 gunfire=False, punished=False, ground_fire=False, unmanned=False, counted=False, opposed=False,
                 anonymous_dead=False, crossfire=False, being_planted=False, crowd_violent=False, beaten=False, robbed=False, forces_faced=False, held_at_protest=False,
                 arrests_counted=False, armed_dead=False) -> str:
    """ACLED's decision for one sentence: demonstrations by their violence, then violence before
    strategic developments, and an attack on armed people is a battle. `harmed`: someone was
    hurt; `gunfire`: firearms were used (or gunmen named); `ground_fire`: shots were fired (not
    only gunmen named); `punished`: the victims are suspected criminals; `unmanned`: the place
    attacked was empty; `counted`: the main clause counts dead in figures ("two demonstrators were
    killed", not "after a colleague was killed in an accident"); `opposed`: armed men of the other
    side than actor1's are named (who may have fought back); `anonymous_dead`: the victims are people the
    text does not name ("two people were killed"); `crossfire`: they were hit by no one's aim ("a stray bullet"); `being_planted`: the
    explosive was caught as it was laid ("killed while planting an IED"); `crowd_violent`: the demonstrators themselves
    attacked or destroyed ("stormed the parliament and set it on fire"); `beaten`: the trigger is a beating; `robbed`: what
    harm there was is robbery ("robbed the passengers"); `forces_faced`: actor2 is state forces' people, not their post; `held_at_protest`:
    a protest word is what "during" or "lors" gives ("arrested during an unauthorised march"); `arrests_counted`: a count of arrests
    ("with 12 arrests made"); `armed_dead`: the toll counts armed men ("three jihadists were killed"). Updates `scores` as it weighs them: the
    weapon's event is added (the mention's confidence counts it), a type ruled out is dropped."""
    if weapon_event:
        scores[weapon_event] = scores.get(weapon_event, 0) + 2
    best = strongest(scores, scores)
    if best == "Remote explosive/landmine/IED" and scores.get("Suicide bomb", 0) >= 2:
        best = "Suicide bomb"   # "a suicide bomber detonated a vehicle; ... wounded in the blast": the bomber's explosion
    if best in EXPLOSIONS and any(scores.get(s, 0) >= 2 for s in TERRITORY):
        best = max(TERRITORY, key=lambda s: scores.get(s, 0))   # Battles absorb explosions: "overran the base after a car bomb blew open its gate"
    blast = weapon_event or next((s for s in EXPLOSIONS if scores.get(s, 0) >= scores.get(best, 0)), None)   # "an explosion at a rally"
    if blast and best in PROTEST and (scores[best] <= scores[blast] or fatalities or injuries):
        best = blast   # "the strike was carried out by French jets": an air strike, not a walkout; a gathering a drone kills in, or a
        # blast ("an explosion at a political rally killed 54 people")
    if best == "Armed clash" and scores.get("Violent demonstration", 0) >= scores[best] \
            and not any(a is not None and _non_state_armed(a) for a in (actor1, actor2)):
        best = "Violent demonstration"   # "des étudiants ont lancé des cocktails Molotov sur la police, qui a riposté": the crowd's
        # violence the forces answered, no battle
    if unmanned and not fatalities and not injuries and best in ("Attack", "Armed clash", "Looting/property destruction"):
        return "Looting/property destruction"   # "attacked the empty police post": only property was hit
    if best == "Violent demonstration" and actor1 is not None and actor1.armed and actor1.kind not in STATE_KINDS:
        best = "Armed clash" if scores.get("Armed clash", 0) >= 2 or forces_faced else "Looting/property destruction"   # gunmen who ransack a polling station are not rioters,
        # and gunmen who fought the police fought them ("gunmen clashed with police", "des hommes armés ont affronté la police")
        scores[best] = max(scores.get(best, 0), scores.pop("Violent demonstration"))
    elif best == "Looting/property destruction" and actor1 is not None and actor1.kind in UNARMED_KINDS and not set(scores) & (VIOLENT - {"Attack"}):
        # students who wreck a ministry, a crowd that burns a kiosk: rioters, not looters; a crowd that attacked a house and burned
        # it, a mob ("supporters of the opposition leader attacked a general's house and set it on fire")
        return "Mob violence" if "Attack" in scores and actor1.kind not in ("protesters", "rioters") else "Violent demonstration"
    strong = {s for s, v in scores.items() if v >= 2}
    blocked = best == "Arrests" and "Violent demonstration" in strong   # "activists blocked a motorway, and police detained 700 of
    # them": the riot's arrests
    if (best in PROTEST or strong & PROTEST or blocked) and not weapon_event:   # "un rassemblement de combattants" hit by a drone
        if strong & {"Violent demonstration", "Mob violence"}:
            return "Mob violence" if "Mob violence" in strong else "Violent demonstration"
        if "Armed clash" in strong and max(scores.get(s, 0) for s in PROTEST) >= scores["Armed clash"]:
            return "Violent demonstration"   # clashes at a demonstration, named as surely as it, make it a riot
        state_acts = actor1 is not None and actor1.kind in STATE_KINDS
        if crowd_violent and (fatalities or injuries or harmed or state_acts):
            return "Violent demonstration"   # "stormed parliament and set it on fire, while police shot dead five": a riot
        if fatalities and ("Protest with intervention" in strong | {best} or state_acts):
            return "Excessive force against protesters"
        detained = actor1 is None and actor2 is not None and actor2.role == "patient" and (
            actor2.kind == "protesters" or actor2.kind == "civilians" and (not anonymous_dead or held_at_protest)) \
            or arrests_counted and actor1 is not None and actor1.kind in UNARMED_KINDS and actor1.role == "agent" and actor2 is None
        # "protesters were arrested", "opposition supporters were arrested as they tried to hold a rally", "40 people were arrested
        # during an unauthorised march": by the forces, named or not (not "44 people were arrested after protests and arson
        # attacks": the riot's arrests); "thousands marched ..., with 12 arrests made": arrests no one at the march made
        armed_acts = state_acts or actor1 is not None and actor1.armed and actor1.role == "agent"
        detains = (armed_acts or detained) and "Arrests" in strong | {best}
        if not detains and armed_acts and harmed and gunfire and "Attack" in scores and actor2 is not None and actor2.role == "patient":
            return "Excessive force against protesters"   # "a boy was shot by police during protests": shot, a serious injury
        if detains or armed_acts and harmed and not strong & VIOLENT and actor2 is not None and actor2.role == "patient":
            return "Protest with intervention"   # "police arrested 17 of the protesters", "police beat protesters", "Taliban
            # fighters detained women who protested", "militiamen beat protesters with batons" (armed men who hold or beat
            # demonstrators, whoever they are)
        if "Looting/property destruction" in strong:   # the demonstrators burned, destroyed, ransacked
            if actor1 is not None and actor1.armed and actor1.kind in ("armed_group", "group") and actor1.role == "agent" \
                    and getattr(actor1.match.value, "inter", None) != "Identity militia":
                return "Looting/property destruction"   # "separatist fighters set fire to a school to enforce a boycott of
                # classes", "Ambazonian separatists set fire to a school": armed men's arson, no demonstrators (not "hunters",
                # a communal militia, "barricaded a highway to protest")
            return "Protest with intervention" if state_acts else "Violent demonstration"
        if actor1 is not None and ("Attack" in strong and actor1.kind in ("protesters", "rioters") or harmed and actor1.kind in UNARMED_KINDS):
            return "Violent demonstration"   # "attacked by demonstrators", "striking workers assaulted two managers"
        attacked = "Attack" in strong and (injuries or harmed) and not fatalities and actor2 is not None and actor2.role == "patient" \
            and actor2.kind == "civilians"   # "ruling party supporters attacked opposition activists at a rally" (the dead of a
        # protest are told by the rules above)
        if attacked and not state_acts:
            return "Attack" if actor1 is not None and actor1.armed else "Mob violence"   # the gathering was where others attacked them
        if (injuries or fatalities) and actor2 is not None and actor2.role == "patient" and actor2.kind in STATE_KINDS and not state_acts:
            return "Violent demonstration"   # "two police officers were injured": the crowd hurt them
        if fatalities and counted and best in PROTEST:   # no protest is peaceful with deaths
            # "two demonstrators were killed": protesters killed, by the forces facing them; "three
            # people killed during protests", with no one named: the demonstration turned violent
            dead_protesters = actor2 is not None and actor2.role == "patient" and actor2.kind == "protesters"
            return "Excessive force against protesters" if dead_protesters else "Violent demonstration"
        if state_acts and injuries and gunfire and "Attack" in strong:
            return "Excessive force against protesters"   # "a teenager was shot and wounded by police during a protest"
        if armed_acts and ground_fire and "Attack" in strong and best in PROTEST:
            return "Excessive force against protesters"   # "militiamen opened fire on traders marching against a new tax", "police
            # fired on women protesting for their rights": armed men shot at the demonstrators, whoever they were
        if attacked and state_acts:
            return "Protest with intervention"   # "police attacked opposition supporters at a rally, injuring 20"
        if best in PROTEST or not strong & VIOLENT:
            return max(PROTEST & (strong | {best}), key=lambda s: (scores.get(s, 0) > 0, -PRECEDENCE.index(s)))
    if being_planted and best in ("Remote explosive/landmine/IED", "Attack") and "Armed clash" not in strong:
        return "Disrupted weapons use"   # "two militants were killed while planting an IED": the planters' dead, no blast used on anyone
    searched = actor1 is not None and actor1.kind in STATE_KINDS and actor2 is None and not strong & (VIOLENT - EXPLOSIONS - {"Attack"})
    if "Disrupted weapons use" in strong and best != "Agreement" and not fatalities and not injuries and not harmed \
            and (not strong & (VIOLENT - EXPLOSIONS) or searched):
        # the explosive was defused, seized, intercepted (arms seized in an attack are the attack's loot, but not in the forces'
        # raid that hit no one: "soldiers seized rifles in a raid on a ranch"; a deal "to disarm former fighters" is the deal)
        return "Disrupted weapons use"
    if best == "Disrupted weapons use" and len(scores) > 1:
        del scores[best]
        best = strongest(scores, scores)
    if best in VIOLENT | {"Looting/property destruction"} and "Looting/property destruction" in strong and not fatalities and not injuries and not harmed and not (
            actor2 is not None and actor2.armed) and not strong & (VIOLENT - {"Attack"}):
        raid = "Attack" in strong and actor1 is not None and (actor1.kind == "communal_militia" or _identity_militia(actor1))
        return "Attack" if raid else "Looting/property destruction"   # "attacked the village and seized livestock, no casualties";
        # but a community's militia that attacks a village attacks its people, as ACLED codes it ("Fulani militiamen attacked
        # the Dogon village and seized livestock")
    if best == "Change to group/activity" and strong & VIOLENT <= {"Armed clash"} and not (fatalities or injuries or harmed) \
            and not (actor2 is not None and actor2.armed):
        return best   # "besieged the village, preventing civilians from entering or leaving": a blockade, fought by no one
    if best in STRATEGIC and (strong & VIOLENT or fatalities or best == "Looting/property destruction" and injuries
                              or best in ("Arrests", "Looting/property destruction") and harmed and "Attack" in scores):
        # "attacked and burned the village", "arrested and executed", "wounded a shepherd and seized his sheep",
        # "ont arrêté et battu un présumé voleur", "stole livestock and shot a herder who resisted"
        best = strongest(VIOLENT & set(scores) or {"Attack"}, scores)
    if punished and best in VIOLENT - EXPLOSIONS and (actor1 is None and not forces_faced or actor1 is not None and actor1.kind in UNARMED_KINDS | {"communal_militia"}):
        return "Mob violence"   # villagers who beat or burn a suspected thief: mob justice (not "a gendarme was killed chasing
        # the thieves": by them)
    if best == "Armed clash" and actor1 is not None and actor1.kind in UNARMED_KINDS and actor2 is not None and _non_state_armed(actor2):
        return "Mob violence"   # "residents clashed with armed bandits": a crowd that fought armed men is a mob, not an armed side
    if best in TERRITORY and "Non-violent transfer of territory" in scores and not fatalities and "Armed clash" not in strong:
        return "Non-violent transfer of territory"   # "took control of the town without a fight" (not "seized the town before
        # withdrawing; 27 were killed in the fighting")
    if best in TERRITORY:   # who took the ground decides the sub-event type
        state = actor1 is not None and _state_forces(actor1.match.value)
        return "Government regains territory" if state else "Non-state actor overtakes territory"
    civilians_only = actor2 is not None and actor2.kind == "civilians" and actor2.role == "patient" and not opposed   # no armed side hit
    if "Armed clash" in strong and best in EVENT_TYPES["Explosions/Remote violence"] and not civilians_only:
        return "Armed clash"   # an airstrike or a rocket inside a ground battle is one Battles event (not "besieged the town,
        # shelling a camp and killing 14 displaced people": no other side fought)
    if best in EXPLOSIONS - {"Suicide bomb", "Chemical weapon"} and ground_fire and civilians_only and (
            "Attack" in strong or "Attack" in scores and actor1 is not None and actor1.armed and actor1.role == "agent"):
        return "Attack"   # "detonated explosives and opened fire on the congregation": an attack in person
    if best in EXPLOSIONS - {"Suicide bomb", "Chemical weapon"} and ground_fire and any(a is not None and a.armed for a in (actor1, actor2)):
        return "Armed clash"   # "a roadside bomb, then gunfire", "rockets fired as the attackers and the peacekeepers traded gunfire"
    if best == "Armed clash" and "Attack" in strong and actor1 is not None and (actor1.kind in STATE_KINDS or scores["Attack"] >= scores[best] and not opposed) \
            and actor2 is not None and actor2.kind == "civilians" and actor2.role == "patient" and not (opposed and (anonymous_dead or crossfire)):
        # "troops killed three villagers during a military operation": forces that kill civilians attack them, and so
        # do gunmen whose killing is named as surely as a fight ("killing 15 people in a siege")
        return "Attack"   # (not "two people were killed when troops clashed with Fano militiamen": the fight's dead; nor "a
        # stray bullet hit a teenager as police and gang members exchanged fire")
    kinds = {a.kind for a in (actor1, actor2) if a is not None and not (a is actor2 and opposed and (anonymous_dead or crossfire))}
    if best == "Armed clash" and kinds & STATE_KINDS and kinds & UNARMED_KINDS and not weapon_event:
        return "Violent demonstration"   # "clashes between police and youths": a riot, not a battle
    if best == "Armed clash" and not any(a is not None and a.armed for a in (actor1, actor2)) and "Armed clash" not in {weapon_event} and not gunfire:
        if actor1 is not None or actor2 is not None:   # clashes between civilians, communities, families
            return "Mob violence"
    if best in ("Attack", "Abduction/forced disappearance") and "Armed clash" in strong:
        return "Armed clash"   # "attacked the village and clashed with its militia", "the attack was repelled"
    forces_taken = actor2 is not None and actor2.role == "patient" and actor2.kind in FORCE_KINDS
    if best in (ABDUCTION, "Arrests") and actor1 is not None and actor1.role == "agent" and actor1.kind in UNARMED_KINDS and (
            best == "Arrests" or forces_taken):
        return "Mob violence"   # "a group of youths detained a judge", "villagers detained two suspected thieves", "des habitants
        # ont séquestré deux agents des eaux et forêts": a crowd holds people by force, it arrests no one, nor fights the forces
        # it holds (but "youths abducted an election observer": a community's militia took him, as ACLED codes it)
    if best == ABDUCTION and forces_taken:
        return "Armed clash"   # "rebels abducted 3 soldiers": forces on duty are taken in a fight (off duty they are civilians)
    if best == ABDUCTION and (fatalities or injuries or harmed and not robbed):
        best = "Attack"   # abductees killed, wounded or beaten, villagers shot at in the raid: the abduction is an attack
        # (not "robbed the passengers and abducted three of them": robbed, they were taken)
    if best == "Attack":
        if ("Violent demonstration" in strong and actor2 is not None and actor2.role == "patient" and actor2.kind in ("protesters", "rioters")
                or crowd_violent) and actor1 is not None and actor1.kind in STATE_KINDS:
            return "Violent demonstration"   # "soldiers fired on stone-throwing youths, killing one", "security forces opened fire
            # on a crowd attacking a police station": rioters shot at still riot
        if weapon_event in EXPLOSIONS - {"Suicide bomb", "Chemical weapon"} and ground_fire and actor2 is not None and actor2.armed:
            return "Armed clash"   # "attacked an army base with mortars and small arms": a ground assault on armed men
        if weapon_event:
            return weapon_event
        remote = [sub for sub in EVENT_TYPES["Explosions/Remote violence"] if sub in strong]
        if remote:   # "neuf habitants tués dans des bombardements russes": the deaths are the shelling's
            return remote[0]
        if actor1 is not None and actor1.kind in UNARMED_KINDS:   # villagers, a crowd, farmers, angry youths
            return "Mob violence"
        if beaten and actor1 is None and not gunfire:   # "a man suspected of witchcraft was beaten to death": by no one named, unarmed
            return "Mob violence"
        if actor2 is not None and actor2.armed and (actor2.kind != "armed_group" or armed_dead and actor2.role == "patient") \
                or (actor1 and actor2 and actor1.armed and actor2.armed):
            return "Armed clash"
    return best


SCORE_SCALE = 6.0   # a mention's score (trigger weight + support) at which its confidence is 1
WEAPON_TRIGGER_WEIGHT = 1.0
HEADING_WEIGHT = 3.0   # a report's label names its event, whatever the word's weight in running text
METADATA_KINDS = {"year", "iso", "isomonth"}   # "2023-03-25" in a text is a page's date, not the event's
CUE_WINDOW = 6   # tokens between a background cue and the trigger it qualifies
FRESH_WEIGHT = 2.0   # a trigger this heavy beside an event of an earlier year is the sentence's new event
PLUPERFECT = "pluperfect"   # background.yaml: a recall cue, unless in reported speech
OTHER_ACTS_DAYS = "the sentence's days are other acts'"   # a mention's date note: no day of the article dates it
RECALL = "recall"           # background.yaml: an earlier event recalled
CRASHING_WEAPONS = {"airstrike", "drone"}   # weapon classes named by aircraft, which may crash
UNMANNED = "drone"   # the one of them with no crew aboard
STATEMENT = "statement"     # background.yaml: a statement on an event ("condemned the attack")
ALLEGATION_WINDOW = 3   # tokens between "accused of" and the alleged act
CAPTION_MAX_CHARS = 300   # a picture's caption is a short line
INTERVENTION_WEIGHT = 2.0   # forces that stop a protest named in the sentence
ABDUCTION = "Abduction/forced disappearance"
SEXUAL_VIOLENCE = "Sexual violence"
BOTH_SIDES = "both"   # a toll that counts the dead of two sides or more
TAKEN_TYPES = {"Arrests", ABDUCTION}   # events whose noun's "of" phrase names who was taken
MODIFIER_SHARE = 1 / 3   # of its weight, a word of theft describing a thing keeps beside a trigger that tells what happened
QUALIFYING_DEPRELS = {"amod", "compound", "nmod:poss", "poss"}   # a word that qualifies another: "Palestinian gunmen", "military equipment"
MODIFIER_DEPRELS = {"amod", "acl"}   # "motorcycles stolen from the village", "looted food", "des biens pillés"


def _reported(doc: Doc, trigger: Match, reporting: tuple) -> bool:
    """Whether a reporting verb governs the trigger ("residents said 75 militants had been
    killed"): its pluperfect is reported speech, not a recall."""
    return any(t.lemma in reporting for t in doc.heads(doc.span_head(trigger.start_i, trigger.end_i), 4))   # (from the trigger's
    # head: "de" of "lors de frappes" is one step further)


def _strongest(triggers: list[Match]) -> Match:
    """The heaviest trigger, the first of equals."""
    return max(triggers, key=lambda t: (t.value[1], -t.start))


def _answered_attack(doc: Doc, trigger: Match, triggers: list[Match]) -> Match:
    """An attack told, then answered by a verb whose object is that attack again ("militants attacked the post; soldiers
    repelled the attack", "les FAMa ont repoussé l'attaque"): the attack's verb tells who struck whom, the answer its type."""
    verb = doc.span_head(trigger.start_i, trigger.end_i)
    again = any(c.deprel in ("obj", "dobj") and c.upos == "NOUN" and any(t.start_i == c.i and t.value[0] == "Attack" for t in triggers)
                and doc.definite(c)
                for c in doc.children.get(verb.i, []))
    told = [t for t in triggers if t.value[0] == "Attack" and t.end_i <= trigger.start_i and doc.span_head(t.start_i, t.end_i).upos == "VERB"
            and any(c.deprel in ("nsubj", *AGENT_DEPRELS) for c in doc.children.get(doc.span_head(t.start_i, t.end_i).i, []))]
    # (an attack told with its doer: not "soldiers were ambushed ...; the soldiers repelled the attack")
    return told[0] if trigger.value[0] == "Armed clash" and verb.upos == "VERB" and again and told else trigger


def _cue_of(doc: Doc, trigger: Match, cues: list[Match], lex: Lexicon) -> Match | None:
    """The first background cue that qualifies the trigger (recalled, threatened, denied...); a
    demonstration that denounces or condemns is no statement ("ont bloqué la route pour dénoncer l'insécurité")."""
    cues = [replace(c, value=RECALL) if c.value == STATEMENT and _penalty_of(doc, c, lex) else c for c in cues]
    cues = [c for c in cues if not (c.value == STATEMENT and _telling_aside(doc, c, trigger) or c.value == ORDER and trigger.value[0] not in PROTEST)]
    return next((c for c in cues if _governs_or_near(doc, c, trigger) and not (c.value == STATEMENT and trigger.value[0] in PROTEST | RIOTS)
                 and not (c.value == PLUPERFECT and _reported(doc, trigger, lex.dates.get("reporting", ())))
                 and not (c.value == THREAT and (_feared_toll(doc, c, lex) or _told_as_before(doc, c, trigger, lex)))), None)


def _told_as_before(doc: Doc, cue: Match, trigger: Match, lex: Lexicon) -> bool:
    """Whether the trigger sits in a clause or phrase that "after" opens below the cue ("residents fear renewed violence after
    gunfights between two gangs left three dead", "craignent de nouvelles violences après la mort de trois personnes dans des
    affrontements"; casualties.yaml `earlier_markers`): what happened, not what is feared."""
    tok = doc.tokens[trigger.start_i]
    for t in [tok, *doc.heads(tok, 4)]:
        if cue.start_i <= t.i < cue.end_i:
            return False
        if _after_phrase(doc, t, lex):
            return True
    return False


def _unreal_verbs(doc: Doc, sent: list[Token], lex: Lexicon) -> list[Match]:
    """Verbs in the simple future or the present conditional ("ils reprendraient leurs attaques", "reprendront"): what will
    or would be done, a threat (not the conditional of hearsay, with its auxiliary, "auraient tué", or of a verb of tolls,
    background.yaml `hearsay_verbs`: "il y aurait dix morts")."""
    return [Match.of_token(t, THREAT) for t in sent if t.upos == "VERB" and ("Mood=Cnd" in t.feats or "Tense=Fut" in t.feats)
            and t.lemma not in lex.hearsay_verbs and not any(c.deprel.startswith("aux") for c in doc.children.get(t.i, []))]


def _recalled_clauses(doc: Doc, cues: list[Match], triggers: list[Match], lex: Lexicon) -> set[int]:
    """The words of the clauses a recall qualifies, beside the triggers' own ("nobody has claimed the bombing, but the Islamic
    State has carried out similar bombings in the past": the group is no side of this one)."""
    words: set[int] = set()
    for cue in cues:
        verb = next((h for h in doc.heads(doc.tokens[cue.end_i - 1], RECALL_CLAUSE_STEPS) if h.upos == "VERB"), None)
        clause = {x.i for x in doc.subtree(verb)} if cue.value == RECALL and verb is not None and verb.deprel in ("conj", "parataxis") \
            else set()   # (a clause of its own, not one that describes a side: "the town, previously held by the CMA")
        if not any(t.start_i in clause and _cue_of(doc, t, [cue], lex) is None for t in triggers):
            words |= clause
    return words


RECALL_CLAUSE_STEPS = 3   # steps up from a recall phrase to the verb of its clause ("in the past" -> "carried out")


def _telling_aside(doc: Doc, cue: Match, trigger: Match) -> bool:
    """Whether the statement verb opens an aside after the event with its teller put after it ("une femme a été violée
    puis tuée près de Bunia, a dénoncé mardi une association"): who made the event known, not a word on an earlier one."""
    verb = doc.tokens[cue.end_i - 1]
    comma = aside_comma(doc, verb)
    return comma is not None and trigger.end_i <= comma and _teller_after(doc, verb) and not any(
        c.deprel.startswith("nsubj") and c.i < verb.i for c in doc.children.get(verb.i, []))


def _penalty_of(doc: Doc, cue: Match, lex: Lexicon) -> bool:
    """Whether the statement verb names a penalty in a phrase of its own ("condamnés mercredi à deux ans de prison"): a
    court's sentence (background.yaml `penalties`), which recalls what it judges."""
    verb = doc.tokens[cue.end_i - 1]
    phrases = doc.children.get(verb.i, [])
    phrases = [*phrases, *preposition_objects(doc, phrases)]   # spaCy: to -> years
    return any(c.lemma.lower() in lex.penalties and c.deprel.startswith(("obl", "prep", "pobj", "nmod")) for c in phrases)


def _feared_toll(doc: Doc, cue: Match, lex: Lexicon) -> bool:
    """Whether the cue's verb says whom people fear dead ("nearly 100 people were feared dead"): a toll, not a threat (not
    "threatened to kill", an infinitive)."""
    verb = doc.tokens[cue.end_i - 1]
    return any(c.deprel in ("xcomp", "oprd", "acomp") and lex.deaths.find(doc, [c])
               and not any(x.deprel in ("aux", "mark") for x in doc.children.get(c.i, [])) for c in doc.children.get(verb.i, []))


RECALL_REACH = 2   # steps up from a recall phrase to the trigger it qualifies ("posé des mines dans la zone pendant la guerre")


def _governs_or_near(doc: Doc, cue: Match, trigger: Match) -> bool:
    """A background cue qualifies a trigger when it is close to it or one of its syntactic heads
    ("threatened to attack", "denied the killing"), or, for a recall, the subject of the clause
    the trigger is in ("Leur dernier attentat a tué vendredi à Mora deux kamikazes", "their last
    attack ... killed") or a phrase on the trigger, not anywhere in the sentence."""
    if cue.value == RECALL and (_subject_above(doc, cue, trigger) or _leads_the_sentence(doc, cue)
                                or doc.tokens[cue.start_i].upos == "ADP" and any(
                                    doc.span_head(trigger.start_i, trigger.end_i) in doc.heads(t, RECALL_REACH)
                                    for t in doc.tokens[cue.start_i:cue.end_i])
                                or _verb_over_phrases(doc, cue, trigger)):
        return True   # (or a phrase on the trigger or its complement, however far: "planted mines in the area during the war";
        # or a verb whose phrases hold it: "sentenced ten soldiers for their role in the coup attempt")
    if _describes_a_participant(doc, cue, trigger):
        return False
    if semicolon_between(doc, cue.start_i, trigger.start_i):
        return False   # "killed a chief in Tillia; the chief had been threatened for refusing to pay": a clause of its own
    if cue.start_i >= trigger.end_i and doc.tokens[cue.end_i - 1].upos == "ADP":
        return False   # "captured the town after weeks of fighting": the cue qualifies what follows it
    if cue.end_i <= trigger.start_i:
        near = trigger.start_i - cue.end_i <= CUE_WINDOW
    else:
        near = cue.start_i - trigger.end_i <= CUE_WINDOW // 2
    edge = _edge_to(doc, cue, trigger)
    if edge is not None:   # "threatened a herder and seized his cattle": a second act, not what was threatened
        return edge != "conj" or cue.value != THREAT or (near and not _threatens_someone(doc, cue))
    return near and not _threatens_someone(doc, cue)


PHRASE_REACH = 6   # steps up from a trigger, through nouns and prepositions only, to a recall verb whose phrase holds it


def _verb_over_phrases(doc: Doc, cue: Match, trigger: Match) -> bool:
    """Whether the cue is a verb the trigger hangs on through nouns, prepositions and untensed clauses alone ("sentenced ten
    soldiers to death for their role in the coup attempt", "condamné dix militaires pour leur rôle dans la tentative de coup
    d'État", "condamnés pour avoir participé à une manifestation")."""
    for tok in doc.heads(doc.span_head(trigger.start_i, trigger.end_i), PHRASE_REACH):
        if cue.start_i <= tok.i < cue.end_i:
            return tok.upos == "VERB"
        if tok.upos not in ("NOUN", "PROPN", "ADP", "PRON") and not _nonfinite_clause(tok):
            return False
    return False


def _nonfinite_clause(tok: Token) -> bool:
    """Whether the word heads a clause with no tense of its own ("for taking part in a protest", "pour avoir participé à")."""
    return tok.upos == "VERB" and tok.deprel in ("advcl", "pcomp") and any(f in tok.feats for f in ("VerbForm=Ger", "VerbForm=Part", "VerbForm=Inf"))


def _leads_the_sentence(doc: Doc, cue: Match) -> bool:
    """Whether the cue opens its sentence, set off by a comma ("Last year, more than 60 people were killed
    during protests", "L'an dernier, ..."), after a count at most ("Five years ago, ...") and before a few words
    with no verb ("Il y a un an jour pour jour, ...", "A year ago to the day, ..."): it frames all the sentence tells."""
    start = cue.start_i
    while start > 0 and doc.tokens[start - 1].sent == doc.tokens[cue.start_i].sent and doc.tokens[start - 1].upos in ("NUM", "DET", "ADJ"):
        start -= 1
    rest = doc.tokens[cue.end_i:cue.end_i + LEAD_SLACK + 1]
    comma = next((n for n, t in enumerate(rest) if t.text == ","), None)
    return (start == 0 or doc.tokens[start - 1].sent != doc.tokens[cue.start_i].sent) and comma is not None \
        and not any(t.upos in ("VERB", "AUX") for t in rest[:comma])


LEAD_SLACK = 3   # words with no verb between a cue that opens the sentence and its comma ("jour pour jour")


def _describes_a_participant(doc: Doc, cue: Match, trigger: Match) -> bool:
    """Whether the cue is a clause on who the trigger's act befell or who did it ("flogged three
    men convicted of theft", "fouetté trois hommes condamnés pour vol"): it tells of them, not of the act."""
    tok = doc.tokens[cue.start_i]
    noun = doc.tokens[tok.head]
    return tok.deprel.startswith("acl") and noun.i != tok.i and noun.head == trigger.start_i and noun.deprel in PATIENT_RELS + AGENT_RELS


def _subject_above(doc: Doc, cue: Match, trigger: Match) -> bool:
    """Whether a word of the cue is the subject of the trigger or of one of its heads (up to four up)."""
    tok = doc.tokens[trigger.start_i]
    return any(c.deprel.startswith("nsubj") and cue.start_i <= c.i < cue.end_i
               for t in [tok, *doc.heads(tok, 4)] for c in doc.children.get(t.i, []))


def _edge_to(doc: Doc, cue: Match, trigger: Match) -> str | None:
    """The relation by which the cue is one of the trigger's syntactic heads (up to four up), or None."""
    tok = doc.tokens[trigger.start_i]
    path = [tok, *doc.heads(tok, 4)]
    return next((child.deprel for child, head in zip(path, path[1:]) if cue.start_i <= head.i < cue.end_i), None)


def _heads(doc: Doc, cue: Match, trigger: Match) -> bool:
    """Whether the cue is one of the trigger's syntactic heads ("menacent de faire grève",
    "called for protests"), or the modal of one ("they would hold another demonstration"), not a
    second act beside it."""
    edge = _edge_to(doc, cue, trigger)
    modal = doc.tokens[cue.start_i]
    return edge is not None and edge != "conj" or cue.end_i - cue.start_i == 1 and modal.deprel == "aux" \
        and doc.tokens[modal.head] in doc.heads(doc.tokens[trigger.start_i], 4)


THREAT = "threat"   # background.yaml: threats, plans and warnings
DENIAL = "denial"   # background.yaml: what someone denies
CONTEXT = "context"   # background.yaml: a conflict's long course ("months of fighting")
ORDER = "order"   # background.yaml: a boycott armed men impose, context for a word of protest only
OBJECT_STARTS = {"DET", "NOUN", "PROPN", "PRON", "NUM"}


def _threatens_someone(doc: Doc, cue: Match) -> bool:
    """A threat verb followed by its own object is an act beside the event, not a frame around it:
    "torched the school and threatened its staff" torched the school; "threatened to burn" did not.
    Read from the next word, which the parse of such a pair often gets wrong."""
    after = doc.tokens[cue.end_i] if cue.end_i < len(doc.tokens) else None
    return (cue.value == THREAT and cue.end_i - cue.start_i == 1 and doc.tokens[cue.start_i].upos == "VERB"
            and after is not None and after.sent == doc.tokens[cue.start_i].sent and after.upos in OBJECT_STARTS)


def _evidence(field_name: str, article_id: str, m) -> dict:
    return {"field": field_name, "article_id": article_id, "start": m.start, "end": m.end, "text": m.text}


HELD_STEPS = 3   # words from a weapon up to the verb that holds it: explosives -> of -> kg -> seized
DEATH_PHRASE_TOKENS = 3   # "trouvé la mort": the words of a death phrase that a holding verb opens


def _held(doc: Doc, weapon: Match, lex: Lexicon) -> bool:
    """"Seized explosives", "a militant equipped with an IED", "IED planters": the weapon is
    held, found or taken, not what the event was carried out with ("seized 200 kg of explosives");
    not by a death phrase's verb ("ont trouvé la mort dans des tirs de mortier")."""
    tok = doc.tokens[weapon.end_i - 1]
    carrier = doc.tokens[tok.head]
    if tok.deprel in ("obj", "dobj") and carrier.lemma.lower() in lex.weapon_carried \
            and not any(c.deprel in ("prt", "compound:prt") for c in doc.children.get(carrier.i, [])):
        return True   # "a truck carrying explosives", not "carried out airstrikes"
    if _on_a_captive(doc, tok, lex):
        return True
    wounds = {i for m in lex.injuries.find(doc, [doc.tokens[tok.head]]) for i in range(m.start_i, m.end_i)}
    for _ in range(HELD_STEPS):
        if tok.head == tok.i or tok.head in wounds:   # "found with gunshot wounds": what hurt them, nothing found
            return False
        tok = doc.tokens[tok.head]
        if tok.lemma.lower() in lex.weapon_held:   # (a knife or a gun who attacks is armed with is used: "armed with a knife", and
            # grenades the attackers bear: "des hommes armés de grenades ont attaqué")
            bearer = doc.tokens[tok.head]
            used = isinstance(weapon.value, str) and (weapon.value not in lex.weapon_events or weapon.value in lex.weapon_thrown
                                                      and _doer_word(doc, bearer))
            return not any(d.start_i == tok.i for d in lex.deaths.find(doc, doc.tokens[tok.i:tok.i + DEATH_PHRASE_TOKENS])) \
                and not (tok.lemma.lower() in lex.weapon_borne and used
                         and bearer.lemma not in lex.facilities)   # (not "an armoured vehicle equipped with a machine gun")
    return False


def _on_a_captive(doc: Doc, tok: Token, lex: Lexicon) -> bool:
    """Whether the weapon is "with" whom an arrest took, or with the arrest ("arrested three suspects with explosives",
    "arrêté un suspect avec une grenade"): found on them (no one arrests with a grenade)."""
    owner = doc.tokens[tok.head]
    if owner.upos == "ADP":   # spaCy English: explosives <- with <- suspects
        link, owner = owner.lower_text, doc.tokens[owner.head]
    else:
        link = next((c.lower_text for c in doc.children.get(tok.i, []) if c.deprel == "case"), None)
    return link in CARRIED_WITH and any(h.lemma.lower() in lex.weapon_captured for h in [owner, *doc.heads(owner, CAPTIVE_STEPS)])


CARRIED_WITH = {"with", "avec"}
CAPTIVE_STEPS = 2   # from whom the weapon was with up to the arrest: suspects -> arrested (past a place the parse hangs them on)


HEADING_MAX_TOKENS = 6   # "Formation of armed group:" is a label; a longer run before a colon is a sentence


def heading_label(doc: Doc, lex: Lexicon) -> Match | None:
    """The trigger that a report opens with as its label ("Arrests: ...", "Property destruction:
    ...", as ACLED's notes and some wires do): the whole text before the first colon, when it is
    one trigger phrase. The label names the type of the event the report is about."""
    first = doc.sentences[0] if doc.sentences else []
    colon = next((t.i for t in first[:HEADING_MAX_TOKENS + 1] if t.text == ":"), None)
    if not colon:
        return None
    label = [t for t in first if t.i < colon]
    found = lex.headings.find(doc, label)
    if len(found) == 1 and found[0].start == label[0].start and found[0].end == label[-1].end:
        return replace(found[0], value=(found[0].value, HEADING_WEIGHT))
    return None


def _photo_credit(doc: Doc, start: int, credit: re.Pattern) -> str | None:
    """The photo credit ending the line the sentence starting at `start` is on, when that line
    is as short as a caption and not the whole text (an article may end with its agency's name)."""
    line_end = doc.text.find("\n", start)
    line = doc.text[doc.text.rfind("\n", 0, start) + 1:line_end if line_end >= 0 else len(doc.text)]
    found = credit.search(line) if len(line) <= CAPTION_MAX_CHARS and line.strip() != doc.text.strip() else None
    return found.group(0).strip() if found else None


def _verb_of(doc: Doc, sent: list[Token], date: DateExpr, stop: range = range(0)) -> Token:
    """The first verb up the parse from a date expression, or the first token in `stop` (the
    trigger's), or the last token climbed to."""
    tok = next((t for t in sent if date.start <= t.start < date.end), sent[0])
    for _ in range(3):
        if tok.upos in ("VERB", "AUX") or tok.i in stop or tok.head == tok.i:
            break
        tok = doc.tokens[tok.head]
    return tok


NOUN_CLAUSES = {"acl", "acl:relcl", "relcl"}   # clauses on a noun ("a village hit in June 2022")


def _clauses_of_another_year(doc: Doc, sent: list[Token], dates: list[DateExpr], lang: str) -> tuple[set[int], set[int]]:
    """The tokens of the clauses a date that names its year dates (resolve.dates.names_a_year), apart from the main clause's
    day: those of the dates after the sentence's first that hang on a noun or on the verb before them ("mardi ..., le village,
    déjà frappé en juin 2022 par un massacre", "on Tuesday ..., a village hit in June 2022 by a massacre"), and that of the
    first date when it follows the verb of a clause on a noun ("arrested people who gathered to mourn a protester killed
    last year"; not "On 30 January 2020, militants abducted two farmers, one was released", the first date ahead of whatever
    clause the parse hangs it on): another occasion than the main clause's, when that has an event of its own."""
    later, first = set(), set()
    for n, d in enumerate(dates):
        v = _verb_of(doc, sent, d) if names_a_year(d, lang) else None
        if v is not None and v.upos == "VERB" and (v.deprel in NOUN_CLAUSES and (n or v.start < d.start)
                                                   or n and v.deprel == "advcl" and v.head < v.i):
            (later if n else first).update(x.i for x in doc.subtree(v))
    return later, first


def _qualifies_trigger(doc: Doc, date: DateExpr, trigger: Match) -> bool:
    """A year inside the trigger's own noun phrase ("the hotel attack of 2015", "l'attentat de
    2016") names when that event was, whatever else the sentence dates."""
    word = next((t for t in doc.tokens if t.start < date.end <= t.end), None)   # the year itself, not "the" or "de"
    heads = [doc.tokens[trigger.start_i]]
    if heads[0].deprel in ("relcl", "acl:relcl", "acl"):   # "the attack of 2015 (in Bamako), which killed 20 people", "a 2021
        heads = [doc.tokens[heads[0].head]]   # attack on a military base that killed 12 soldiers": the clause's noun, or the
        for _ in range(2):   # noun its phrase completes
            if heads[-1].upos in ("PROPN", "ADP", "NOUN") and heads[-1].deprel in ("pobj", "prep", "nmod"):
                heads.append(doc.tokens[heads[-1].head])
    for _ in range(2):
        if word is None or word.deprel not in DATE_MODIFIER_DEPRELS:
            return False
        if trigger.start_i <= word.head < trigger.end_i:
            return heads[0].upos == "NOUN"
        if any(word.head == h.i for h in heads):
            return doc.tokens[word.head].upos == "NOUN"
        word = doc.tokens[word.head]
    return False


DATE_MODIFIER_DEPRELS = {"compound", "nummod", "amod", "nmod", "npadvmod", "obl:mod", "nmod:tmod"}


def _dates_another_step(doc: Doc, sent: list[Token], date: DateExpr, trigger: Match, sub: str, lang: str) -> bool:
    """A date after the trigger that hangs on another verb dates that other step, not the
    event: "kidnapped, then freed a day later"; and in a protest, any such date dates
    its cause ("protesters demanded the release of a general arrested on 30 October 2015").
    A day counted back ("l'attaque qui a fait la veille trente morts") is the event's."""
    if date.start < trigger.end or (date.kind != "following" or counts_back(date, lang)) and sub not in PROTEST:
        return False
    verb = _verb_of(doc, sent, date, range(trigger.start_i, trigger.end_i))
    return verb.upos in ("VERB", "AUX") and not _in_the_triggers_clause(doc, verb, trigger)


POSSESSIVE_AFTER = re.compile(r"['\u2019]s\b")


def _right_after_reporting(doc: Doc, sent: list[Token], date: DateExpr, reporting: tuple) -> bool:
    """Whether the date follows a reporting verb ("the army said on Monday it had killed"), which
    it dates however the parse hangs it; not a possessive, which dates its noun ("condemned last
    month's attack")."""
    if POSSESSIVE_AFTER.match(doc.text, date.end):
        return False
    first = next((t for t in sent if t.start >= date.start), None)
    before = [t for t in doc.tokens[max(0, first.i - 2):first.i] if t.upos != "ADP"] if first is not None else []
    return bool(before) and before[-1].lemma in reporting and before[-1].upos == "VERB"


def _on_a_report(doc: Doc, verb: Token, report_nouns) -> bool:
    """Whether the word a date hangs on is a participle that qualifies a report's noun ("selon un communiqué publié mercredi",
    "a statement issued on Wednesday"; dates.yaml `report_nouns`): the report's day."""
    return verb.deprel == "acl" and doc.tokens[verb.head].lemma.lower() in report_nouns


def _ends_a_span(doc: Doc, date: DateExpr, ends) -> bool:
    """Whether a word that ends a span comes right before the date ("until Wednesday", "jusqu'à mercredi"; dates.yaml
    `span_ends`)."""
    before = doc.text[max(0, date.start - 20):date.start].lower().replace("’", "'").split()
    return bool(before) and before[-1] in ends


def _of_a_toll(doc: Doc, verb: Token, toll_nouns) -> bool:
    """Whether the word a date hangs on tells of a toll or of bodies ("the death toll rose to 23 on Wednesday", "nine bodies
    were recovered on Wednesday", "le bilan s'est alourdi mercredi"; dates.yaml `toll_nouns`): the day it was told or they were
    found, a report's, not the act's; "à 23 morts mercredi": or on the word it qualifies."""
    return any(c.deprel.startswith("nsubj") and c.lemma.lower() in toll_nouns for w in {verb.i, verb.head} for c in doc.children.get(w, []))


def _of_a_report(doc: Doc, sent: list[Token], date: DateExpr, report_nouns) -> bool:
    """Whether the date qualifies a report's noun itself ("in a statement on Tuesday", "dans un communiqué mardi")."""
    word = doc.tokens[next((t for t in sent if date.start <= t.start < date.end), sent[0]).head]
    word = doc.tokens[word.head] if word.upos == "ADP" else word
    return word.upos == "NOUN" and word.lemma.lower() in report_nouns


def _dates_a_participle(doc: Doc, sent: list[Token], date: DateExpr, trigger: Match, lex: Lexicon) -> bool:
    """Whether the date hangs on a participle of another event that qualifies a noun, not the trigger ("un commerçant
    enlevé la semaine dernière"; not "insurgents linked to Islamic State over the weekend", which says who they are)."""
    return _dated_participle(doc, sent, date, trigger, lex, relative=True) is not None


def _dated_participle(doc: Doc, sent: list[Token], date: DateExpr, trigger: Match, lex: Lexicon, relative: bool = False) -> Token | None:
    """The participle of another event the date hangs on (`_dates_a_participle`), if any; with `relative`, or the verb of a
    relative clause on a noun ("the 30 passengers they abducted last week")."""
    verb = _verb_of(doc, sent, date, range(trigger.start_i, trigger.end_i))
    first = next((t for t in sent if t.start >= date.start), None)
    if verb.deprel != "acl" and verb.start >= date.end and first is not None and first.i > 0:   # "the body of a trader abducted by
        # gunmen last week was found": a day between a subject's participle phrase and the verb, however the parse hangs it, ends
        # that phrase
        before = doc.tokens[first.i - 1]
        verb = next((h for h in [before, *doc.heads(before, 3)] if h.deprel == "acl" and doc.subtree(h)[-1].i == before.i
                     and any(s.deprel.startswith("nsubj") for s in [h, *doc.heads(h, 4)])), verb)
    words = doc.tokens[verb.i:verb.i + 2]   # "shot dead"
    noun = doc.tokens[verb.head]
    side = (noun.lower_text in BETWEEN or any(c.deprel == "case" and c.lower_text in BETWEEN for c in doc.children.get(noun.i, []))
            or doc.tokens[noun.head].lower_text in BETWEEN)   # a side "between" names, parsed either way
    on_trigger = any(trigger.start_i <= t.i < trigger.end_i for t in [noun, *(doc.heads(noun, 2) if side else [])])
    clause = verb.deprel == "acl" and _past_participle(verb) or relative and verb.deprel in RELATIVE_CLAUSES and verb.i > noun.i \
        and not on_trigger   # (not one on the trigger, or on its sides: "clashes between two factions that killed two people on Friday")
    dated = clause and not trigger.start_i <= verb.i < trigger.end_i \
        and bool(lex.triggers.find(doc, words) or lex.deaths.find(doc, words) or lex.injuries.find(doc, words))
    return verb if dated else None


def _dates_a_plan(doc: Doc, sent: list[Token], date: DateExpr, trigger: Match, lex: Lexicon) -> bool:
    """Whether the date hangs on a participle of a plan that qualifies a noun ("la marche prévue samedi", "a rally scheduled
    for Saturday"), or is the possessive of a noun such a word qualifies ("Saturday's planned rally"): when it was to be, no
    day of the event told."""
    verb = _verb_of(doc, sent, date, range(trigger.start_i, trigger.end_i))
    if verb.deprel == "acl" and verb.lemma in lex.plans and not trigger.start_i <= verb.i < trigger.end_i:
        return True
    day = next((t for t in sent if date.start <= t.start < date.end and t.deprel in ("poss", "nmod:poss")), None)   # "ahead of
    # Saturday's planned rally"
    return day is not None and any(c.deprel in ("amod", "acl") and c.lemma in lex.plans for c in doc.children.get(day.head, []))


def _a_month_of_someone_s_past(doc: Doc, sent: list[Token], date: DateExpr, trigger: Match) -> bool:
    """Whether a month ("in March") hangs on a clause that describes someone or something, outside the trigger's clause
    ("arrested a colonel who had left the country in March", "un colonel qui avait quitté le pays en mars"): their past,
    no date of the event, which then takes the article's."""
    if date.kind != "month":
        return False
    tok = next((t for t in sent if date.start <= t.start < date.end), None)
    clause = next((t for t in [tok, *doc.heads(tok, 6)] if t is not None and t.deprel in ("relcl", "acl:relcl", "acl", "pcomp")), None)
    return clause is not None and not (_dates_the_trigger(doc, sent, date, trigger) or clause in doc.heads(doc.tokens[trigger.start_i], 6)
                                       or trigger.start_i <= clause.i < trigger.end_i)


def _dates_the_trigger(doc: Doc, sent: list[Token], date: DateExpr, trigger: Match) -> bool:
    """Whether the date hangs on the trigger's own clause: the trigger, the verb it is the subject
    or object of ("des manifestations ont éclaté lundi"; not "deployed on Saturday after clashes"),
    or a clause on it or on its complement ("les affrontements entre deux factions qui ont fait
    deux morts vendredi soir", "les manifestations qui durent depuis lundi")."""
    return _in_the_triggers_clause(doc, _verb_of(doc, sent, date, range(trigger.start_i, trigger.end_i)), trigger)


def _after_its_participle(doc: Doc, sent: list[Token], date: DateExpr, trigger: Match) -> bool:
    """Whether the date comes right after a participle on the trigger's noun ("l'attaque survenue dimanche"), however the
    parse hangs it: the event's day."""
    first = next((t for t in sent if t.start >= date.start), None)
    before = doc.tokens[first.i - 1] if first is not None and first.i > 0 else None
    return before is not None and before.deprel == "acl" and trigger.start_i <= before.head < trigger.end_i


def _joined_days(doc: Doc, dates: list[DateExpr], joiners) -> dict[int, list[DateExpr]]:
    """The dates an "and" joins to each date, by the date's start ("on Saturday and Sunday", "samedi et dimanche"; dates.yaml
    `day_joiners`)."""
    out: dict[int, list[DateExpr]] = {}
    for a, b in zip(dates, dates[1:]):
        if doc.text[a.end:b.start].strip().lower() in joiners:
            out.setdefault(a.start, []).append(b)
            out.setdefault(b.start, []).append(a)
    return out


def _in_the_triggers_clause(doc: Doc, verb: Token, trigger: Match) -> bool:
    """Whether the word a date hangs on (`_verb_of`) is the trigger, its verb or a clause on it."""
    trigger_tokens = range(trigger.start_i, trigger.end_i)
    nominal = [_nominal_top(doc, doc.tokens[i]) for i in trigger_tokens]   # "fired tear gas and water cannon on Thursday", "gas"
    # parsed as a noun qualifying "cannon": the object's verb
    own_verbs = {t.head for t in nominal if t.deprel.startswith(CORE_DEPRELS)
                 or t.deprel == "advcl" and "VerbForm=Part" in t.feats and "Tense=Pres" in t.feats}
    # (and the verb a present participle goes on: "stormed a hotel late on Wednesday, killing five")
    on_it = {*trigger_tokens, *(c.i for i in trigger_tokens for c in doc.children.get(i, []) if c.deprel.startswith(("nmod", "prep")))}
    return verb.i in trigger_tokens or verb.i in own_verbs or verb.head in on_it and verb.deprel.startswith(("acl", "relcl"))


def _nominal_top(doc: Doc, tok: Token) -> Token:
    """The noun a word qualifies or is listed with, up through nouns ("gas" of "tear gas and water cannon" -> "cannon")."""
    for _ in range(NOMINAL_STEPS):
        if tok.deprel not in ("nmod", "conj", "compound") or doc.tokens[tok.head].upos != "NOUN" or tok.head == tok.i:
            break
        tok = doc.tokens[tok.head]
    return tok


NOMINAL_STEPS = 2   # nouns up from a trigger's word to the one its verb takes
COARSE_KINDS = {"period", "monthweek", "month", "monthyear", "year"}   # dates of a week, a month or a year ("last week", "in January")
CLAUSE_BREAKS = {";", "—", "–"}
CLAUSE_PUNCTUATION = CLAUSE_BREAKS | {",", ".", "!", "?"}
CORE_DEPRELS = ("nsubj", "obj", "dobj", "iobj", "root")   # a trigger that is its verb's subject or object, or the verb itself


def _before_a_participle_clause(doc: Doc, tok: Token) -> bool:
    """Whether the token is a comma before a present participle ("contre la violence des gangs, bloquant les routes"): what
    the protesters did next, however the parse hangs it."""
    after = doc.tokens[tok.i + 1] if tok.i + 1 < len(doc.tokens) else None
    return tok.text == "," and after is not None and after.upos == "VERB" and "VerbForm=Part" in after.feats and "Tense=Pres" in after.feats \
        and after.deprel not in ("prep", "case", "mark")   # (not ", including robberies", a preposition)


def _protest_cause(doc: Doc, triggers: list[Match], topics: list[Match], riot_targets: frozenset, cause_agents: frozenset,
                   at_words: frozenset) -> range | None:
    """The tokens in which a protest names its cause ("protesters marched against the killings
    of villagers"): the violence and the deaths named there are what the protest is about, not
    an event of the sentence. The cause is the phrase its word governs, so that what the
    protesters did next is theirs again ("protested over the death of a student and clashed
    with gendarmes")."""
    protest = next((t for t in triggers if t.value[0] in ("Peaceful protest", "Violent demonstration")), None)   # not "tear gas against protesters"
    riots = [t for t in triggers if t.value[0] == "Violent demonstration"]
    riot_words = {i for t in riots for i in range(t.start_i, t.end_i)}
    last_before = lambda w: max((t for t in triggers if t.end <= w.start), key=lambda t: t.end, default=None)  # noqa: E731
    # "rioted following the killing of a teenager", not "threw stones against police" (a riot's act right before the word),
    # but "blocked the road to protest against the killing" (the protest's word comes last)
    topics = [w for w in topics if not (w.text.lower() in riot_targets and last_before(w) in riots)]
    holder = _holder_of(doc, protest, triggers) if protest is not None else None
    topics = [w for w in topics if holder is None or _phrase_root(doc, doc.tokens[w.end_i - 1]).head != holder.i]
    # "police detained 100 protesters after a protest turned violent": why they were held, told on the arrest, not the cause
    # the protesters marched for
    cause = None
    for topic in (w for w in topics if protest is not None and w.end > protest.end):   # after it, or holding it ("pour protester contre")
        if cause is not None and topic.start_i < cause.stop:
            continue   # inside the cause already ("by the police against a moto-taxi driver")
        if cause is not None and any(t.upos != "PUNCT" for t in doc.tokens[cause.stop:topic.start_i]):
            break   # a cause told on right after the first ("demanding a deal, after six hostages were found dead"), not one
            # past what the protesters did next ("marched against the killings and clashed with police after ...")
        word = doc.tokens[topic.end_i - 1]
        phrase = doc.subtree(_phrase_root(doc, word))   # "contre les tueries": the noun's
        # phrase, "after a man died in custody": the clause, not past a semicolon ("...; police fired live rounds")
        end = max(topic.end_i, phrase[-1].i + 1)
        end = next((t.i for t in phrase if topic.end_i <= t.i < end and (t.text in CLAUSE_BREAKS or _before_a_participle_clause(doc, t)
                                                                         or t.text == "," and t.i + 1 in riot_words)), end)
        # (and before a riot's words after a comma, however tagged: "contre le retour de l'armée, brûlant des pneus")
        turned = [doc.subtree(t)[0].i for t in phrase if t.deprel in RELATIVE_CLAUSES and t.i in riot_words]   # "a protest against the
        # reform that turned violent": the riot's own word, however the parse hangs it, tells the protest, not its grievance
        end = min([end, *(i for i in turned if i >= topic.end_i)])
        after = doc.tokens[end] if end < len(doc.tokens) else None
        if after is not None and after.lower_text in cause_agents:   # "contre le meurtre d'un chauffeur par des militaires": the
            # killers, however the parse hangs them, up to what comes next ("by security forces ..., when youths killed the chief")
            agent = doc.subtree(after if after.deprel in AGENT_DEPRELS else doc.tokens[after.head])
            end = next((t.i for t in agent if t.i > end and (t.upos in ("VERB", "AUX") or t.text in CLAUSE_PUNCTUATION)), agent[-1].i + 1)
        end = _second_place(doc, topic.end_i, end, at_words) or _cause_place(doc, topic.start_i, end, at_words) or end
        cause = range(topic.start_i, end) if cause is None else range(cause.start, max(end, cause.stop))
    if cause is None and protest is not None and protest.value[0] == "Peaceful protest":
        # "to protest extortion by criminal gangs": what the verb of protest takes (not "barricaded a road")
        verb = doc.span_head(protest.start_i, protest.end_i)
        taken = [c for c in doc.children.get(verb.i, []) if c.deprel in ACTIVE_OBJECTS] if verb.upos == "VERB" else []
        cause = range(taken[0].i, doc.subtree(taken[0])[-1].i + 1) if taken else None
    return cause


def _phrase_root(doc: Doc, word: Token) -> Token:
    """The noun or verb a preposition or conjunction marks ("contre [les tueries]", "after [a man died]"), else the word."""
    return doc.tokens[word.head] if word.deprel in ("case", "mark") else word


def _holder_of(doc: Doc, protest: Match, triggers: list[Match]) -> Token | None:
    """The verb of another kind of act that takes the protest's noun as its object ("detained 100 protesters",
    "dispersed the demonstrators"), else None."""
    noun = doc.span_head(protest.start_i, protest.end_i)
    verb = doc.tokens[noun.head]
    if noun.deprel.startswith("nmod") and not _cases(doc, noun) and verb.upos == "NOUN":   # "a interpellé lundi 40 manifestants",
        noun, verb = verb, doc.tokens[verb.head]   # hung on the day
    acts = {doc.span_head(t.start_i, t.end_i).i for t in triggers if t.value[0] not in PROTEST | RIOTS or t.value[0] == "Protest with intervention"}
    return verb if noun.upos == "NOUN" and noun.deprel in PATIENT_RELS and verb.i in acts else None


GRIEVANCE_POS = {"VERB", "ADJ", "NOUN"}   # "angered by", "angry over", "en colère après": a cause word that says how people felt


def _protesters_described(doc: Doc, triggers: list[Match], lex: Lexicon) -> set[int]:
    """The participle clauses of death inside a demonstration's subject ("relatives of soldiers killed in a recent attack
    blocked the ministry"), and what angered the doers of any act, named in its subject ("youths angered by the killing of a
    motorcyclist by police torched a police station", "des jeunes en colère après la mort d'un élève tué par un policier"): who
    they are, no act of the sentence's, neither its dead nor its sides (not "vehicle struck by IED", a strike word inside the
    subject)."""
    protests = [t for t in triggers if t.value[0] in PROTEST | RIOTS]
    mourned = {x.i for p in _subject_phrases(doc, protests) if not any(p[0].i <= t.start_i <= p[-1].i for t in protests)
               for t in p if t.deprel == "acl" and t.upos == "VERB" and lex.deaths.find(doc, [t]) for x in doc.subtree(t)}
    return mourned | {i for p in _subject_phrases(doc, triggers) for w in lex.protest_topic.find(doc, p)
                      if any(t.upos in GRIEVANCE_POS for t in doc.tokens[w.start_i:w.end_i])
                      and not any(p[0].i <= t.start_i < w.start_i for t in triggers) for i in range(w.start_i, p[-1].i + 1)}
    # (a word of feeling, not a bare preposition, "over 50 villagers were killed"; not "the attack against the convoy killed
    # five": what the act was against)


def _subject_phrases(doc: Doc, triggers: list[Match]) -> list[list[Token]]:
    """The subjects of the triggers' verbs, or of the verb a trigger's clause is the purpose of ("blocked the ministry to
    demand"), and the crowd that forces facing a protest take ("dispersed protesters angry over the killing of a student")."""
    heads = [doc.span_head(t.start_i, t.end_i) for t in triggers]
    verbs = {v.i: v for h in heads for v in [h, *([doc.tokens[h.head]] if h.deprel in ("xcomp", "advcl") else [])]
             if v.upos == "VERB" and v.deprel != "acl"}.values()
    policed = [doc.subtree(c) for h, t in zip(heads, triggers) if t.value[0] in PROTEST - {"Peaceful protest"}
               for c in doc.children.get(h.i, []) if c.deprel in PATIENT_RELS]
    return [doc.subtree(c) for v in verbs for c in doc.children.get(v.i, []) if c.deprel.startswith("nsubj")] + policed


def _place_after(doc: Doc, i: int, at_words: frozenset) -> int | None:
    """The token past a place phrase that token i opens ("in central London", "à Gaza"), else None."""
    if i >= len(doc.tokens) or doc.tokens[i].lower_text not in at_words:
        return None
    named = lambda k: doc.tokens[k].ent_type in PLACE_ENTITIES or doc.tokens[k].upos == "PROPN" and not doc.tokens[k].ent_type  # noqa: E731
    # (not "over the killing of a pupil in Koudougou", "calls by an opposition coalition for ...")
    j = next((k for k in range(i + 1, min(i + 4, len(doc.tokens))) if doc.tokens[k].upos not in ("DET", "ADJ")), len(doc.tokens))
    if j == len(doc.tokens) or not named(j):
        return None
    return next((k for k in range(j, len(doc.tokens)) if not named(k)), len(doc.tokens))


def _second_place(doc: Doc, start: int, end: int, at_words: frozenset) -> int | None:
    """Where the second of two places named in a row begins, the first in a protest's cause or right
    after it ("against the war in Gaza in central London", "contre la guerre à Gaza à Paris"): the
    cause's place, then the protest's, however the parse hangs the second."""
    for i in range(start, min(end + 1, len(doc.tokens))):
        past_first = _place_after(doc, i, at_words)
        if past_first is not None and _place_after(doc, past_first, at_words) is not None:
            return past_first
    return None


def _cause_place(doc: Doc, start: int, end: int, at_words: frozenset) -> int | None:
    """The end of a place named right after a protest's cause when the protest's own place came
    before it ("ont manifesté à Bruxelles contre la guerre en Ukraine"): the cause's place."""
    past = _place_after(doc, end, at_words)
    before = range(doc.sentences[doc.tokens[start].sent][0].i, start)
    return past if past is not None and any(_place_after(doc, k, at_words) is not None for k in before) else None


def _named_as_reason(doc: Doc, trigger: Match, lex: Lexicon) -> bool:
    """Whether a protest word is the object of a verb given as a reason ("for defying a school
    boycott", "pour avoir organisé une marche"), not the verb of protest itself ("shot for protesting")."""
    word = doc.tokens[trigger.end_i - 1]
    if word.upos != "NOUN":
        return False
    for verb in doc.heads(word, 3):
        if verb.upos == "VERB":
            return verb.deprel == "pcomp" and doc.tokens[verb.head].lower_text in lex.reasons or any(
                c.deprel in ("mark", "case") and c.lower_text in lex.reasons for c in doc.children.get(verb.i, []))
        if verb.upos == "NOUN" and _cases(doc, verb) & lex.reasons:
            return True   # "detained for her involvement in women's rights protests", "pour sa participation aux manifestations"
    return False


def _done_before(doc: Doc, sent: list[Token], triggers: list[Match], trigger: Match, dates: list[DateExpr], lex: Lexicon) -> set[int]:
    """The words of a relative clause in the past perfect or the conditional that describes someone or something the
    event's act is done to ("burned a truck that had killed a motorcyclist", "un camion qui aurait tué un motocycliste"):
    what it did or is said to have done before, whose dead are not the event's (not when the sentence tells no other act);
    and those of a participle a day of its own dates ("a trader shot dead last week"), or of whom a funeral or a wake is for
    ("during the funeral of a student shot dead by police", background.yaml `funerals`; also what an event came in the wake of,
    what set it off)."""
    participles = {d: _dated_participle(doc, sent, d, trigger, lex) for d in dates}
    out = {x.i for verb in participles.values() if verb is not None and None in participles.values()   # (another day left for
           for x in doc.subtree(doc.tokens[verb.head])}   # the event) the participle's noun too: "the coffin of [a farmer killed ... on Monday]"
    for rite in (t for t in sent if t.lemma.lower() in lex.funerals):
        mourned = {x.i for x in doc.subtree(rite) if x.i > rite.i}
        if any(t.start_i not in mourned for t in triggers):
            out |= mourned
    for verb in sent:
        if verb.deprel not in ("relcl", "acl:relcl"):
            continue
        clause = {x.i for x in doc.subtree(verb)}
        auxes = [c for c in doc.children.get(verb.i, []) if c.deprel.startswith("aux")]
        struck = doc.tokens[verb.head]   # the thing the act was done to (not "la localité de Kaya, où trois civils auraient été tués")
        acted_on = struck.deprel in ("obj", "dobj", "pobj", "obl", "obl:arg") and any(
            t.start_i <= h.i < t.end_i for h in doc.heads(struck, 2) for t in triggers)   # "set fire to a lorry that had ..."
        if acted_on and any(t.start_i not in clause for t in triggers) and any(
                a.lower_text in ("had", "'d") or a.lemma in ("avoir", "être") and ("Mood=Cnd" in a.feats or "Tense=Imp" in a.feats)
                for a in auxes):
            out |= clause
    return out


def _arrest_cause(doc: Doc, sent: list[Token], triggers: list[Match], lex: Lexicon) -> range:
    """The tokens in which an arrest names what the arrested are held for ("arrested 15 people in
    connection with communal clashes that killed six", "interpellés dans le cadre de l'enquête sur le
    meurtre d'un commerçant"): a phrase its word hangs on the arrest's verb or on whom it arrested, or
    a relative clause on them ("arrested two men who had killed a trader": their deed, before)."""
    violent = [t for t in triggers if t.value[0] in VIOLENT]
    for arrest in (t for t in triggers if t.value[0] == "Arrests"):
        verb = doc.span_head(arrest.start_i, arrest.end_i)
        held = {verb.i} | {c.i for c in doc.children.get(verb.i, []) if c.deprel in PATIENT_RELS}
        bare = {c.i for c in doc.children.get(verb.i, []) if c.deprel.startswith("obl") and not _cases(doc, c)}   # "a arrêté lundi deux
        # hommes qui ...", the object hung on the day
        for clause in (c for i in (held | bare) - {verb.i} for c in doc.children.get(i, [])
                       for who in [_relative_pronoun_subject(doc, doc.tokens[i], c)] if who is not None and who.deprel not in PASSIVE_SUBJECTS):
            deed = doc.subtree(clause)
            if any(deed[0].i <= t.start_i <= deed[-1].i for t in violent):
                return range(deed[0].i, deed[-1].i + 1)
        for word in lex.arrest_causes.find(doc, sent):
            first = doc.tokens[word.start_i]
            phrase = doc.tokens[first.head] if first.deprel in ("case", "mark") else first   # "dans [le cadre]": the noun it marks
            above = doc.heads(phrase, 2)   # "arrêtées lundi en lien avec ...", hung on the day
            governed = bool(above) and above[0].i in held or len(above) > 1 and above[0].upos == "NOUN" and above[1].i in held
            cause = range(word.start_i, doc.subtree(phrase)[-1].i + 1)
            if word.start_i > arrest.start_i and governed and phrase.i not in held \
                    and any(t.start_i in cause for t in violent):   # not "for being militants", "for vandalism"
                return cause
    return range(0)


ACTIVE_OBJECTS = {"obj", "dobj"}
NEGATING_DEPRELS = {"neg", "det", "advmod", "case"}   # "not" (English), "no", "aucune" (determiners), "pas" (French), "sans"
TAKEN_DEPRELS = ACTIVE_OBJECTS | {"nsubj:pass", "nsubjpass"}   # what a verb takes: "seized Maiha", "Maiha was seized"
PLACE_ENTITIES = {"LOC", "GPE", "FAC"}
PERSON_ENTITIES = {"PER", "PERSON", "NORP"}


def _place_name(doc: Doc, tok: Token) -> bool:
    """A recognised place, or a one-word proper name the recogniser did not take for a person
    ("seized Maiha", a town the small English model calls an organisation; not "the Blaise
    Compaore National Hospital"); a name followed by its bracketed areas is a place whatever the
    recogniser says ("captured Mekelle (Tigray)")."""
    bracketed = tok.upos == "PROPN" and AREA_HINTS.match(doc.text, tok.end) is not None and doc.text[tok.end:tok.end + 2].strip()[:1] == "("
    return tok.ent_type in PLACE_ENTITIES or bracketed or tok.upos == "PROPN" and tok.ent_type not in PERSON_ENTITIES and not any(
        c.deprel in ("compound", "flat", "flat:name") for c in doc.children.get(tok.i, []))


def _subjects(doc: Doc, verb: Token) -> list[Token]:
    """The verb's subjects, or those of the verb it is coordinated with ("forces fired tear gas and blocked the road")."""
    for _ in range(3):
        found = [c for c in doc.children.get(verb.i, []) if c.deprel == "nsubj"]
        if found or verb.deprel != "conj":
            return found
        verb = doc.tokens[verb.head]
    return []


def _participle_clause_head(doc: Doc, verb: Token) -> Token:
    """The verb a participle's clause with no subject and no conjunction of its own hangs on ("stormed the office, looting
    computers and setting vehicles on fire": "stormed"), else the verb itself."""
    first = verb
    for _ in range(3):
        if first.deprel != "conj":
            break
        first = doc.tokens[first.head]
    if first.deprel == "advcl" and "VerbForm=Fin" not in first.feats and not any(
            c.deprel in ("mark", "nsubj", "nsubjpass") for c in doc.children.get(first.i, [])):
        return doc.tokens[first.head]
    return verb


def _does_to_someone(doc: Doc, actor: ActorMention, verb: Token, lex: Lexicon) -> bool:
    """Whether the actor is the subject of the verb, which has an object, however the parse hangs it past the day ("militants
    detained 10 civilians", "les FSR ont arrêté lundi des dizaines de jeunes"; not "three attackers arrested", a passive the
    parser may read as active)."""
    own = doc.span_head(actor.match.start_i, actor.match.end_i)
    return (any(c.deprel in ACTIVE_OBJECTS for c in doc.children.get(verb.i, [])) or bool(objects_past_time(doc, verb, lex))) and any(
        s.i in (own.i, own.head) for s in _subjects(doc, verb))   # "RSF fighters": the group's name qualifies the subject


CLAUSE_OBJECTS = {"ccomp", "xcomp"}
PRONOMINAL_OBJECT_CASES = frozenset({"de"})   # French: "s'emparer de", "se saisir de"


def _of_complement(doc: Doc, noun: Token, lex: Lexicon) -> list[Token]:
    """The noun of the "of" phrase on a noun ("a group of militants", "un groupe de jihadistes"):
    what a collective or a part names."""
    found = []
    for c in doc.children.get(noun.i, []):
        if c.deprel == "nmod" and any(d.deprel == "case" and d.lemma in lex.whose_words for d in doc.children.get(c.i, [])):
            found.append(c)   # French: the noun, its "de" a case marker
        elif c.deprel == "prep" and c.lower_text in lex.whose_words:
            found += [p for p in doc.children.get(c.i, []) if p.deprel == "pobj"]   # English: the preposition's object
    return found


def _measured(doc: Doc, noun: Token, lex: Lexicon) -> list[Token]:
    """The words of a measure's or a workshop's phrase, down its "of" phrases and the words that qualify it
    ("two tonnes of explosives", "un atelier de fabrication d'engins explosifs", "a bomb-making factory"), not
    the other phrases on it ("le contrôle de la situation après des heurts à Cotonou")."""
    out, frontier = [], [noun]
    for _ in range(MEASURE_DEPTH):
        frontier = [g for n in frontier for g in _of_complement(doc, n, lex)
                    + [c for c in doc.children.get(n.i, []) if c.deprel in MEASURE_QUALIFIERS]]
        out += frontier
    return out


MEASURE_DEPTH = 3   # "atelier" -> "fabrication" -> "engins"
MEASURE_QUALIFIERS = {"compound", "amod", "npadvmod"}   # "a bomb-making factory": "making", then "bomb"


def _verb_object_triggers(doc: Doc, sent: list[Token], lex: Lexicon, event_words: list[Match]) -> list[Match]:
    """Verbs that name an event by what they take (triggers.yaml `verb_objects`): "MNLA rebels
    capture a military base", "les jihadistes ont pris la ville" take ground; "students blocked
    the national road" is a demonstration's road block. With another object the verb keeps its own
    sense ("seized weapons", "captured a suspect")."""
    found = []
    forces = None   # the tokens of state forces in the sentence, looked up only for a verb they may not do
    phrased = {i for t in event_words if t.end_i - t.start_i > 1 for i in range(t.start_i, t.end_i)}
    for tok in (t for t in sent if t.i not in phrased):   # a verb a longer trigger holds has its sense ("le poste a été pris pour cible")
        for rule in lex.verb_objects:
            if tok.lemma not in rule.verbs and tok.lower_text not in rule.verbs:
                continue
            children = doc.children.get(tok.i, [])
            passive = rule.passive or _done_by_someone(doc, children, lex)   # "were wounded by gunmen"
            taken = [c for c in children if c.deprel in (TAKEN_DEPRELS if passive else ACTIVE_OBJECTS)
                     or c.deprel == "obl:mod" and c.upos == "NUM"]   # "avoir abattu 45 des 60 drones", the count parsed as a modifier
            named = lambda c: c.upos == "PROPN" and any(g.deprel == "case" and g.lower_text in lex.whose_words  # noqa: E731
                                                        for g in doc.children.get(c.i, []))   # "de Tokmak": the noun's own name
            if passive and tok.deprel == "acl" and _past_participle(tok) and (
                    any(c.upos != "PUNCT" and not named(c) for c in children) or rule.sub_event_type == "Disrupted weapons use"):
                taken.append(doc.tokens[tok.head])   # "12 students seized last week": the noun it describes (not a bare state,
                # "la ville occupée de Tokmak"; but "un drone abattu" was downed)
            pronominal = _pronominal(doc, tok)
            # "se sont emparés de la ville": a pronominal verb's object; "ont saisi des armes": a partitive article parsed as "de"
            taken += [c for c in children if c.deprel == "obl:arg" and (any(
                d.deprel == "case" and (d.lower_text in PARTITIVES or pronominal and d.lemma in PRONOMINAL_OBJECT_CASES)
                for d in doc.children.get(c.i, [])) or not any(d.deprel == "case" for d in doc.children.get(c.i, [])))]
            # (and one with no preposition at all, an object to any reader: "ont échangé des tirs")
            if tok.deprel == "amod" and "Aspect=Prog" in tok.feats:
                taken.append(doc.tokens[tok.head])   # "with some throwing eggs at police", parsed as eggs that throw
            if tok.deprel in RELATIVE_CLAUSES and not any(c.deprel in PASSIVE_AUX for c in children) \
                    and (not taken or all("PronType=Rel" in c.feats for c in taken)):
                taken = [doc.tokens[tok.head]]   # "the 50 worshippers they seized", "les fidèles qu'ils ont saisis": the noun it is on
            if not passive:   # "wounded two boys herding goats": the parser's subject of a clause after the verb
                taken += [g for c in children if c.deprel in CLAUSE_OBJECTS and c.i > tok.i and "VerbForm=Fin" not in c.feats
                          for g in doc.children.get(c.i, []) if g.deprel.startswith("nsubj") and g.i > tok.i]   # (not "the gendarmes withdrew")
            taken += objects_past_time(doc, tok, lex, PRONOMINAL_OBJECT_CASES if pronominal else frozenset())
            # who the object is: its "of" phrase when it has one ("a group of JNIM militants", "a convoy of IDPs")
            who = [g for c in taken for g in _of_complement(doc, c, lex) or [c]]
            what = taken + [g for c in taken if c.lemma in rule.measures for g in _measured(doc, c, lex)]   # "two tonnes of explosives"
            what += [g for c in list(what) for g in doc.children.get(c.i, []) if g.deprel == "conj"]   # "seized cocaine and rifles"
            what += [g for c in taken if c.upos == "NUM" or c.lemma.lower() in lex.partial for g in _of_complement(doc, c, lex)]
            # "destroyed 40 of the drones", "most of the missiles"
            what += [g for c in taken for g in doc.children.get(c.i, []) if g.deprel == "nmod" and g.i == c.i - 1]   # "deux drones
            # kamikazes", parsed with "kamikazes" as the noun
            # a proper name a pronominal verb takes is a place whatever the recogniser says ("se sont emparées de Kouri Bougoudi")
            if not any(_named_object(doc, c, rule.objects) or rule.places and (_place_name(doc, c) or pronominal and c.upos == "PROPN")
                       for c in what) and not _complement_taken(doc, tok, rule.complements) and not (
                    rule.armed and any(ActorMention(m, "patient").armed for c in who if not lex.weapons.find(doc, [c])
                                       for m in lex.actor_kinds.find(doc, with_qualifiers(doc, c)))) \
                    and not (rule.resumed and any(c.upos == "PRON" and "Person=" in c.feats for c in taken) and _crowd_told_before(doc, sent, lex, tok)) \
                    and not (rule.places and any(c.upos == "PRON" for c in taken) and _object_told_before(sent, rule.objects, tok)):
                continue   # (a crowd resumed by a personal pronoun, "blocked them", "les disperser"; not "preventing some from casting ballots")
            if rule.by_crowd and not _crowd_does(doc, tok, lex):
                continue
            if rule.sub_event_type in TERRITORY and _crowd_does(doc, tok, lex):
                continue   # "des manifestants qui occupaient la place de l'Indépendance": a sit-in, no ground taken
            if rule.not_by_forces or rule.by_state:
                forces = forces if forces is not None else {
                    i for m in lex.actor_kinds.find(doc, sent) if _state_forces(m.value) for i in range(m.start_i, m.end_i)}
                doers = {c.i for c in _doers(doc, tok)}
                if rule.not_by_forces and doers & forces:
                    continue   # (and "les forces de l'ordre, qui ont bloqué les accès": the noun the relative clause is on)
                if rule.by_state and not doers & (forces | {i for c in lex.countries.find(doc, sent) for i in range(c.start_i, c.end_i)}):
                    continue   # (a country is its forces: "Israël a frappé des positions")
            if rule.sub_event_type == "Protest with intervention" and (_others_do(doc, tok, lex) or any(
                    ActorMention(m, "patient").armed for c in who for m in lex.actor_kinds.find(doc, with_qualifiers(doc, c)))):
                continue   # only forces intervene ("les militants ont interrompu leur sit-in"), and only on a crowd ("the army
                # prevented militants from gathering near the border")
            found.append(Match.of_token(tok, (rule.sub_event_type, rule.weight)))
    return found


def _named_object(doc: Doc, noun: Token, objects: frozenset) -> bool:
    """Whether the noun is one of the objects, alone or with the nouns before it that qualify it ("threw petrol bombs":
    a "petrol bomb", no bomb alone)."""
    qualifiers = [c.lower_text for c in doc.children.get(noun.i, []) if c.deprel == "compound" and c.i < noun.i]
    return noun.lemma in objects or bool(qualifiers) and " ".join([*qualifiers, noun.lemma.lower()]) in objects


def _complement_taken(doc: Doc, verb: Token, complements: frozenset) -> bool:
    """Whether a verb of `complements` hangs on the verb, or on its object, as what it kept someone from doing ("prevented
    supporters from gathering", "ont empêché les militants de se rassembler")."""
    def kept_from(t: Token) -> bool:   # through "from", "de" ("from gathering", "de se rassembler"), not a purpose ("to protest",
        # "pour protester")
        above = doc.tokens[t.head]
        return above.lower_text in KEPT_FROM and above.head == verb.i \
            or any(c.deprel == "mark" and c.lower_text in KEPT_FROM for c in doc.children.get(t.i, [])) and verb.i in (t.head, above.head)
    return bool(complements) and any(t.upos == "VERB" and t.lemma in complements and t.i > verb.i and kept_from(t) for t in doc.subtree(verb))


def _crowd_does(doc: Doc, verb: Token, lex: Lexicon) -> bool:
    """Whether the verb's subject, or the noun a relative clause on it describes, is unarmed people (protesters, a crowd,
    civilians): what they occupy or take is no ground an armed side holds."""
    return any(m.value in PEOPLE_KINDS for d in _doers(doc, verb) for m in lex.actor_kinds.find(doc, with_qualifiers(doc, d)))


def _others_do(doc: Doc, verb: Token, lex: Lexicon) -> bool:
    """Whether the verb's active subject, or the noun its relative clause describes, names actors none of whom are a state's
    forces ("les militants ont interrompu leur sit-in"; not "la police a stoppé une marche", nor the passive's march)."""
    doers = [c for c in _doers(doc, verb) if c.deprel == "nsubj" or c.i == verb.head]
    named = [m for c in doers for m in lex.actor_kinds.find(doc, with_qualifiers(doc, c))]
    return bool(named) and not any(_state_forces(m.value) for m in named)


def _doers(doc: Doc, verb: Token) -> list[Token]:
    """The verb's subjects, its passive's agent ("abandonné la veille par les FAMa"), and the noun a relative clause it heads
    describes ("des manifestants qui occupaient la place")."""
    return _subjects(doc, verb) + _passive_agents(doc, doc.children.get(verb.i, [])) \
        + ([doc.tokens[verb.head]] if verb.deprel in ("acl:relcl", "relcl") else [])


def _object_told_before(sent: list[Token], objects: frozenset, verb: Token) -> bool:
    """Whether the sentence names one of the rule's objects before the verb, which a pronoun may stand for ("set up an
    administration in the town of Rubaya after seizing it")."""
    return any(t.lemma in objects for t in sent if t.i < verb.i)


def _crowd_told_before(doc: Doc, sent: list[Token], lex: Lexicon, verb: Token) -> bool:
    """Whether the sentence before, or the sentence itself before the verb, tells of a demonstration
    or a riot, which a pronoun may stand for ("ont manifesté lundi ... ; la police les a dispersés")."""
    n = sent[0].sent
    told = lex.triggers.find(doc, doc.sentences[n - 1]) if n > 0 else []
    told += [t for t in lex.triggers.find(doc, sent) if t.end_i <= verb.i]
    return any(t.value[0] in PROTEST | RIOTS for t in told)


def _done_by_someone(doc: Doc, children: list[Token], lex: Lexicon) -> bool:
    """Whether a passive verb names who did it ("wounded by gunmen", "blessés par des hommes
    armés"), not only with what ("wounded by a bullet")."""
    return any(lex.actor_kinds.find(doc, sorted([a, *doc.children.get(a.i, [])], key=lambda t: t.i)) for a in _passive_agents(doc, children))


def _passive_agents(doc: Doc, children: list[Token]) -> list[Token]:
    """The words of a passive verb's agent, among the verb's `children`: "by gunmen", "par des hommes armés"."""
    agents = [a for c in children if c.deprel in AGENT_DEPRELS
              for a in ([c] if c.upos in ("NOUN", "PROPN") else doc.children.get(c.i, []))]   # en: "by" -> its noun
    return agents + [n for c in children if c.deprel.startswith("obl") for n in [c, *doc.children.get(c.i, [])]
                     if any(k.deprel == "case" and k.lemma in BY_CASES for k in doc.children.get(n.i, []))]
    # (fr: the parser's "par des orpailleurs" as a plain oblique, past the day: "attaqués samedi par des hippopotames", or hung
    # on the weapon: "blessé à la machette par ...")


def _armed_accused(doc: Doc, sent: list[Token], allegation: Match, lex: Lexicon) -> bool:
    """"The assailants are accused of raping several women", "gunmen were responsible for the attack", "des éléments de l'armée
    sont accusés d'avoir exécuté": armed men accused of an act are its perpetrators, not victims punished for a crime ("two men
    suspected of robberies")."""
    verb = doc.tokens[allegation.start_i]
    said_of = [verb, doc.tokens[verb.head]] if verb.deprel in ("acomp", "attr") else [verb]   # (the copula's subject)
    subjects = {c.i for v in said_of for c in doc.children.get(v.i, []) if c.deprel.startswith("nsubj")}

    def member_of(m: Match) -> int:   # the noun whose members the actor's words name ("éléments" of "des éléments de l'armée")
        tok = doc.span_head(m.start_i, m.end_i)
        return doc.past_preposition(doc.tokens[tok.head]).i if tok.deprel in ("nmod", "pobj") else tok.i
    return any(ActorMention(m, "agent").armed and (m.end_i - 1 in subjects or member_of(m) in subjects) for m in lex.actor_kinds.find(doc, sent))


def _alleged_clause(doc: Doc, allegation: Match) -> set[int]:
    """The tokens of what an allegation says someone did ("accused of killing a child", "soupçonnés d'avoir participé
    aux émeutes de mai"): the allegation's own phrase, or the clause the parse hangs after it."""
    said = {t.i for t in doc.subtree(doc.span_head(allegation.start_i, allegation.end_i))}   # (the verb of "leur reprochaient")
    last = doc.tokens[allegation.end_i - 1]
    if last.deprel in ("mark", "case") and last.head >= allegation.end_i:   # "soupçonnées d'avoir pris part à l'attaque", parsed
        said |= {t.i for t in doc.subtree(doc.tokens[last.head])}            # as a clause of its own on the suspects
    return {i for i in said if i >= allegation.end_i}


def _in_what_is_alleged(doc: Doc, date: DateExpr, alleged: set[int], allegations: list[Match]) -> bool:
    """Whether the date, a week, a month or a year, is inside what an allegation says someone did ("suspected of torching the
    town hall during last week's riots"), not on the allegation's own verb, which the parser may give the event's day ("the
    house of a man they accused of witchcraft on Monday"); a day the parser hangs inside is still the event's, as a rule
    ("executed two men they accused of spying for the government in Jilib on Thursday"), unless a possessive ties it to a
    noun of what is alleged ("suspected of involvement in Friday's attack")."""
    if date.kind not in COARSE_KINDS and not POSSESSIVE_AFTER.match(doc.text, date.end):
        return False
    tokens = [doc.tokens[i] for i in alleged if date.start <= doc.tokens[i].start < date.end]
    verbs = {a.start_i for a in allegations}
    return bool(tokens) and not any(t.head in verbs or doc.tokens[t.head].upos == "ADP" and doc.tokens[t.head].head in verbs for t in tokens)


def _alleged_act(doc: Doc, trigger: Match, allegation: Match) -> bool:
    """Whether the trigger tells what the allegation says someone did: just after it ("suspected
    of robberies") or in its clause ("soupçonnés d'avoir participé aux émeutes de mai")."""
    if trigger.start_i < allegation.end_i:
        return False
    said = _alleged_clause(doc, allegation)
    between = doc.tokens[allegation.end_i:trigger.start_i]   # not "two men accused of witchcraft were burned alive": their fate
    return (trigger.start_i - allegation.end_i <= ALLEGATION_WINDOW and not any(t.upos in ("AUX", "VERB") and t.i not in said for t in between)
            or trigger.start_i in said)


MILITARY_SENSE_WEIGHT = 3.0   # a strike by a country's forces weighs like "airstrike"


def _military_sense(doc: Doc, sent: list[Token], trigger: Match, demonyms: list[Match], lex: Lexicon) -> Match:
    """"Israeli strikes", "US strikes on Jilib": a protest word a demonym qualifies names a
    military strike (triggers.yaml: military_sense), and so does one after the article named
    such a strike ("a drone strike killed ... a single death from the strike"); one that armed
    men launch or that hits them is a fight ("the army launched a strike against AQIM positions";
    not "soldiers went on strike")."""
    sub = lex.military_sense.get(doc.tokens[trigger.end_i - 1].lemma)
    if sub is None or trigger.value[0] not in PROTEST:
        return trigger
    head = trigger.end_i - 1
    if any(d.end_i == trigger.start_i or doc.tokens[d.end_i - 1].head == head for d in demonyms) \
            or any(t.value[0] == sub for t in lex.triggers.find(doc, doc.tokens[:trigger.start_i])):
        return replace(trigger, value=(sub, MILITARY_SENSE_WEIGHT))
    if _armed_strike(doc, sent, doc.tokens[head], lex):   # by what means, the weapon words say ("jets", "drones"); whom
        return replace(trigger, value=("Attack" if doc.tokens[head].upos == "VERB" else "Armed clash", 1.0))   # "the gunmen struck": the others say
    return trigger


def _armed_strike(doc: Doc, sent: list[Token], strike: Token, lex: Lexicon) -> bool:
    """Whether a strike is the object of armed men's verb or what armed men died in, or aimed at armed men ("against", "on"),
    or armed men struck."""
    armed = {i for m in actor_matches(doc, sent, lex) if m.value in ARMED_KINDS or isinstance(m.value, ActorGroup) and m.value.inter != "Civilians"
             for i in range(m.start_i, m.end_i)}
    if strike.upos == "VERB":   # "when the gunmen struck": who struck is armed, or who says "it struck" ("The Israeli
        # military said it struck a depot")
        subjects = [c for c in doc.children.get(strike.i, []) if c.deprel == "nsubj"]
        speaker = doc.tokens[strike.head] if strike.deprel == "ccomp" and any(c.upos == "PRON" for c in subjects) else None
        subjects += [c for c in doc.children.get(speaker.i, []) if c.deprel == "nsubj"] if speaker is not None else []
        return any(t.i in armed for c in subjects for t in doc.subtree(c))
    verb = doc.tokens[strike.head]
    if strike.deprel == "pobj":   # spaCy's English: the preposition governs the strike ("neutralised in retaliatory strikes")
        verb = doc.tokens[verb.head]
    # who launched it, or the armed men it killed ("15 militants had been neutralised in retaliatory strikes"; not "soldiers
    # went on strike")
    subjects = ("nsubj", "nsubjpass", "nsubj:pass") if strike.deprel in ("dobj", "obj") else \
        ("nsubjpass", "nsubj:pass", "dobj", "obj") if strike.deprel in ("pobj", "obl", "obl:mod") else ()   # "neutralized a
    # leader in a strike": whom it killed
    doers = [c for c in doc.children.get(verb.i, []) if c.deprel in subjects]
    if verb.upos in ("NOUN", "PROPN") and verb.deprel in ("dobj", "obj") and subjects:   # "killed 20 militants in retaliatory
        doers.append(verb)   # strikes", the phrase hung on whom the verb killed
    aims = [o for c in doc.children.get(strike.i, []) if c.lower_text in lex.strike_aims for o in doc.children.get(c.i, [])]
    return any(t.i in armed for who in doers + aims for t in doc.subtree(who))


def _forces_hit(doc: Doc, sent: list[Token], tally, lex: Lexicon) -> ActorMention | None:
    """State forces a death or injury count counts ("one gendarme killed", "deux soldats blessés"), as the target."""
    if tally is None:
        return None
    off_duty = lex.off_duty.find(doc, sent)
    kinds = [_qualified(doc, m, off_duty, lex) for m in actor_matches(doc, sent, lex)]
    by_start = {t.start: t for t in sent}
    for count in tally.evidence:   # a number ("two soldiers killed"), else the word itself ("un gendarme blessé")
        tok = by_start.get(count.start) if tally.explicit else doc.tokens[count.end_i - 1]
        if not tally.explicit and tok.deprel not in ("amod", "acl"):
            continue
        counted = doc.tokens[tok.head].i if tok is not None else -1
        forces = next((m for m in kinds if m.start_i <= counted < m.end_i and m.value in STATE_KINDS), None)
        if forces is not None:
            return ActorMention(forces, "patient")
    return None


def _transitive_other_sense(doc: Doc, trigger: Match, lex: Lexicon) -> bool:
    """"Gathering residents before shooting them", "forces strike AQIM positions": a protest verb
    with a direct object means something else (triggers.yaml: transitive_other_sense); "the soldiers
    dispersed in the bush": an intervention verb with none, or with armed men for its object (intransitive_other_sense)."""
    tok = doc.tokens[trigger.start_i]
    objects = [c for c in doc.children.get(tok.i, []) if c.deprel in ("obj", "dobj", "nsubjpass", "nsubj:pass", "auxpass", "aux:pass", "agent", "obl:agent")]
    if tok.lemma in lex.intransitive_other_sense and tok.upos == "VERB":   # "the soldiers dispersed in the bush"
        driven_off = [g for c in objects if c.deprel in ("obj", "dobj") for g in _of_complement(doc, c, lex) or [c]]
        return _of_itself(doc, trigger, lex) or not objects and "Voice=Pass" not in tok.feats \
            and not (tok.deprel == "acl" and _past_participle(tok)) \
            or any(ActorMention(m, "patient").armed for c in driven_off for m in lex.actor_kinds.find(doc, with_qualifiers(doc, c)))
        # (not "protesters dispersed by police"); "soldiers dispersed a group of jihadists": armed men driven off, no crowd broken up
    return trigger.value[0] in PROTEST and tok.lemma in lex.transitive_other_sense and any(c.deprel in ("obj", "dobj") for c in objects)


def _of_itself(doc: Doc, trigger: Match, lex: Lexicon) -> bool:
    """Whether an intervention verb is pronominal, with no agent: what people did of themselves ("la manifestation
    s'est dispersée en fin d'après-midi", however the parser reads "se" as a passive's; intransitive_other_sense)."""
    tok = doc.tokens[trigger.start_i]
    children = doc.children.get(tok.i, [])
    return tok.lemma in lex.intransitive_other_sense and any(c.lower_text in lex.reflexive_pronouns for c in children) \
        and not any(c.deprel in ("agent", "obl:agent") for c in children)


def _forced_withdrawal(doc: Doc, trigger: Match, lex: Lexicon) -> bool:
    """"Overran the base, forcing troops to withdraw", "contraignant les soldats à se retirer": a
    withdrawal the sentence's violence forced is its outcome, not ground handed over without a fight."""
    if trigger.value[0] != "Non-violent transfer of territory":
        return False
    return any(h.lemma in lex.forced_outcome for h in doc.heads(doc.tokens[trigger.start_i], 2))


def _withdrew_after_acting(doc: Doc, trigger: Match, event_words: list[Match]) -> bool:
    """"Overran a base and seized weapons before withdrawing", "entered Ber and withdrew at nightfall": the doers left what they
    had just taken, a raid and no ground handed over (a withdrawal with no subject of its own, after the verb of another of the
    sentence's event words it hangs on)."""
    if trigger.value[0] != "Non-violent transfer of territory" or trigger.value[1] < 2:   # (not "without a fight", a cue)
        return False
    verb = doc.span_head(trigger.start_i, trigger.end_i)
    if verb.upos != "VERB" or any(c.deprel.startswith("nsubj") for c in doc.children.get(verb.i, [])):
        return False
    acts = {i for t in event_words if t is not trigger and t.value[0] != trigger.value[0] for i in range(t.start_i, t.end_i)}
    return any(h.i in acts and h.i < verb.i for h in doc.heads(verb, 3))


def _aircraft_fought(doc: Doc, sent: list[Token], lex: Lexicon) -> bool:
    """Whether a manned aircraft is what the sentence's downing verb took ("shot down an army helicopter",
    "ont abattu un hélicoptère") or what was fired at ("opened fire on a helicopter", "ont tiré sur un avion");
    weapons.yaml `downing`, `manned_aircraft`, `aimed_at`."""
    downed = any(t.lemma in lex.downing and any(c.deprel in ("obj", "dobj") and c.lemma in lex.manned_aircraft
                                                for c in doc.children.get((doc.tokens[t.head] if t.deprel == "prt" else t).i, []))
                 for t in sent)
    return downed or any(t.lemma in lex.manned_aircraft and introduced_by(doc, t, lex.aimed_at) for t in sent)


def _blast_explained_next(doc: Doc, n: int, lex: Lexicon) -> bool:
    """Whether the sentence after the n-th names a blast again and an accident's cause ("... killed 100 people.
    Authorities said the blast was caused by negligence"): the blast's cause, told next."""
    after = doc.sentences[n + 1] if n + 1 < len(doc.sentences) else []
    return any(t.lemma in lex.bare_blasts for t in after) and bool(lex.non_violent_causes.find(doc, after))


def _aircraft_nation(doc: Doc, demonyms: list[Match], lex: Lexicon) -> ActorMention | None:
    """The country whose adjective is on the manned aircraft fought ("shot down a Russian Mi-8 helicopter", "un hélicoptère
    russe"): its forces, the crew's side."""
    def described(d: Match) -> Token:   # the noun the adjective is on, past a model name ("Mi-8")
        head = doc.tokens[doc.tokens[d.end_i - 1].head]
        return doc.tokens[head.head] if head.deprel == "compound" else head
    return next((ActorMention(replace(d, value="military"), "patient", d.value) for d in demonyms
                 if not _people(doc, d) and described(d).lemma in lex.manned_aircraft), None)


def _armed_gathering(doc: Doc, trigger: Match, lex: Lexicon) -> bool:
    """"Hundreds of Al Shabaab militants gathered near El Bur", "un rassemblement de combattants": a
    gathering word (triggers.yaml `gatherings`) whose subject, or the noun's own phrase, names armed men
    is a force massing, no demonstration ("MNLA members gathered" still is)."""
    verb = doc.span_head(trigger.start_i, trigger.end_i)
    if trigger.value[0] not in PROTEST or verb.lemma not in lex.gatherings:
        return False
    who = [c for c in doc.children.get(verb.i, []) if c.deprel.startswith("nsubj") or c.deprel == "nmod" and verb.upos == "NOUN"]
    counts = [c for c in who if lex.numbers.find(doc, [t for t in doc.subtree(c) if t.i <= c.i])]
    # the subject's own word, or the people of its count ("Hundreds of Al Shabaab militants", "des centaines de combattants")
    people = {c.i for c in who} | {p.i for c in counts for p in doc.subtree(c) if p.head == c.i or doc.tokens[p.head].head == c.i}
    return any(m.value == "armed_group" and m.end_i - 1 in people for m in lex.actor_kinds.find(doc, [t for c in who for t in doc.subtree(c)]))


SITE = "sites"   # the weapons.yaml key of the phrases in which a weapon word names a place


def _site(doc: Doc, weapon: Match, site_words: frozenset) -> bool:
    """"A gold mine", "the Inata mine": a place, not a landmine."""
    after_name = weapon.start_i > 0 and doc.tokens[weapon.start_i - 1].upos == "PROPN"
    return weapon.value == SITE or (after_name and weapon.text.lower() in site_words)


def _doers_of(doc: Doc, trigger: Match) -> list[Token]:
    """The nouns that did what the trigger says: its verb's subject or passive agent, the verb a death noun completes
    ("trampled a farmer to death")."""
    head = doc.span_head(trigger.start_i, trigger.end_i)
    if head.upos == "NOUN" and head.deprel in ("pobj", "obl"):
        up = doc.tokens[head.head]
        up = doc.past_preposition(up)
        head = up if up.upos == "VERB" else head
    children = doc.children.get(head.i, [])
    doers = [c for c in children if c.deprel == "nsubj"]   # (a passive's subject is nsubjpass, nsubj:pass: who underwent it)
    return doers + [g for g in _passive_agents(doc, children) if g.upos == "NOUN"]


def _by_animals(doc: Doc, triggers: list[Match], lex: Lexicon) -> list[Match]:
    """The triggers animals did, and those no one named did beside them ("des pêcheurs ont été attaqués par des
    hippopotames, faisant deux morts", "a crocodile killed a fisherman"; casualties.yaml `animals`): no one's violence, no event."""
    doers = {t: _doers_of(doc, t) for t in triggers}
    animal = [t for t, d in doers.items() if d and all(x.lemma.lower() in lex.animals for x in d)]
    return animal + [t for t, d in doers.items() if animal and not d]


def _caught_after(doc: Doc, trigger: Match, triggers: list[Match], lex: Lexicon) -> bool:
    """An arrest told as what came after a violent act, below it in the parse ("opened fire, killing four
    guests before being arrested by police", "avant d'être interpellé"; triggers.yaml `aftermath`): the
    doer caught, neither an event of its own nor a side in the act (not a beating: "knifed a man chasing
    him, then the crowd caught and beat him" is the crowd's violence); so is the doer's death in the passive ("killing
    two people before being shot dead by police")."""
    verb = doc.span_head(trigger.start_i, trigger.end_i)
    undergone = trigger.value[0] == "Attack" and any(c.deprel in PASSIVE_AUX for c in doc.children.get(verb.i, []))
    if trigger.value[0] not in ("Arrests", "Protest with intervention") and not undergone:   # (or dispersed: "attacked a mosque ...
        return False   # before being dispersed by peacekeepers")
    marked = doc.tokens[verb.head].lemma in lex.aftermath or any(c.lemma in lex.aftermath for c in doc.children.get(verb.i, []))
    violent = {i for t in triggers if t.value[0] in VIOLENT and t is not trigger for i in range(t.start_i, t.end_i)}
    return marked and any(h.i in violent for h in doc.heads(verb, 3))


def _partly(doc: Doc, trigger: Match, weapons: list[Match], lex: Lexicon) -> bool:
    """Whether the verb stopped only a part of the weapons ("intercepted some of the missiles", "a abattu 40
    des 60 drones"; triggers.yaml `partial`): a part or a number, the weapons named below it, or before
    it when a pronoun stands for them ("fired dozens of rockets, most of which were intercepted")."""
    verb = doc.span_head(trigger.start_i, trigger.end_i)
    parts = [c for c in doc.children.get(verb.i, []) if c.deprel in ("obj", "dobj", "nsubjpass", "nsubj:pass", "obl:mod", "npadvmod")
             and (c.lemma.lower() in lex.partial or c.upos == "NUM")]
    if not parts:
        return False
    counts = number_tokens(doc, doc.sentences[verb.sent], lex)
    fewer = lambda p, w: p.i in counts and any(  # noqa: E731 ("launched 12 missiles; 8 were intercepted")
        c.i in counts and counts[c.i].value > counts[p.i].value for c in doc.children.get(w.end_i - 1, []) if c.deprel == "nummod")
    relative = [c for c in doc.children.get(verb.i, []) if "PronType=Rel" in c.feats]   # "dont certaines ont été interceptées"
    return any(w.start_i != p.i and w.start_i in {x.i for x in below} or w.end_i <= p.i and (
        any(x.upos == "PRON" and x.i != p.i for x in below + relative) or fewer(p, w))
        for p in parts for below in [doc.subtree(p)] for w in weapons)


def _earlier_clauses(doc: Doc, sent: list[Token], lex: Lexicon) -> list[Match]:
    """"after" opening a clause with a subject of its own that acts ("fired rockets on Sunday, after an
    Israeli strike killed a commander on Saturday", "après qu'une frappe a tué"; casualties.yaml
    `earlier_markers`): another event, the one the report's came after (_earlier_event); not the same
    doers' earlier step ("killed five after they stormed the village", "after storming it"), nor what
    befell someone with no one named who did it ("after the post had been subjected to an assault";
    but "after a teenager was shot dead by an officer", an accident: "after a student was killed in a road accident", and
    dead counted: "after two settlers were shot dead nearby")."""
    out = []
    for tok in sent:
        if tok.lemma in lex.earlier_markers and tok.deprel == "mark" and tok.head > tok.i:
            verb = doc.tokens[tok.head]
            children = doc.children.get(verb.i, [])
            if verb.upos == "VERB" and (any(c.deprel == "nsubj" and c.upos in ("NOUN", "PROPN")
                                            and not any(p.upos == "PRON" or p.deprel in ("poss", "nmod:poss") for p in doc.children.get(c.i, []))
                                            for c in children)   # not "his vehicle": the same people
                                        or any(c.deprel in AGENT_DEPRELS and any(t.upos in ("NOUN", "PROPN") for t in doc.subtree(c))
                                               for c in children)
                                        or lex.non_violent_causes.find(doc, doc.subtree(verb))   # "after a classmate was killed in
                                        # a road accident": no one's doing, but another event all the same
                                        or _counted_dead(doc, verb, children, lex)):
                out.append(Match.of_token(tok, True))
    return out


def _counted_dead(doc: Doc, verb: Token, children: list[Token], lex: Lexicon) -> bool:
    """Whether a passive clause counts its own dead ("after two settlers were shot dead nearby") or finds them ("after a
    missing boy was found dead"): a killing of its own."""
    return bool(lex.deaths.find(doc, [verb, *children])) and any(
        c.deprel in ("nsubjpass", "nsubj:pass") and c.upos == "NOUN"
        and (verb.lemma in lex.finders or any(n.deprel == "nummod" for n in doc.children.get(c.i, []))) for c in children)


FRONTED_REACH = 3   # tokens from the sentence's start to a phrase that opens it ("Five days after the massacre, ...")


def _earlier_event(doc: Doc, sent: list[Token], lex: Lexicon, triggers: list[Match]) -> Match | None:
    """Where the sentence turns to another, earlier event than the one its first triggers or explosive
    weapons report: a phrase that says so ("a week after a massacre", "fired rockets in response to an
    Israeli strike"; or one that opens the sentence before a comma and the event: "Five days after the
    massacre, soldiers arrested ..."), or a clause of its own (_earlier_clauses) with a
    trigger, after an event named before it by a trigger that is not only a toll ("was killed after his
    vehicle hit a mine": how he died) or by an explosive weapon ("fired rockets, after ..."); not a
    change of hands, before or after ("retook the town after the army withdrew", "overran the base after a car
    bomb blew open its gate, killing 20 soldiers": how it was taken)."""
    explosives = [w.start for w in lex.weapons.find(doc, sent) if w.value in lex.weapon_events]
    phrases = lex.earlier_event.find(doc, sent)
    phrase = next((e for e in phrases if (any(t.start < e.start for t in triggers) or any(w < e.start for w in explosives))
                   and not _policing_a_demonstration(triggers, e)), None)
    if phrase is not None:
        return phrase
    toll_words = {i for d in lex.deaths.find(doc, sent) + lex.injuries.find(doc, sent) for i in range(d.start_i, d.end_i)}
    toll = lambda t: any(i in toll_words for i in range(t.start_i, t.end_i)) \
        or t.text.lower() in lex.dying or doc.tokens[t.start_i].lemma in lex.dying  # noqa: E731   "un est porté disparu": a fate
    fronted = next((e for e in phrases if e.start_i - sent[0].i <= FRONTED_REACH), None)
    comma = next((t for t in sent if fronted is not None and t.i >= fronted.end_i and t.text == ","), None)
    if comma is not None and any(t.start > comma.start and (not toll(t) or _doer_after(doc, t, comma)) for t in triggers):
        return fronted   # "Five days after the massacre, soldiers arrested 12 suspects": the arrests; "..., the army launched an
        # operation, killing 20 militants": the operation's toll (not "..., the toll rose to 30": the massacre's)
    if comma is not None and not any(t.start > comma.start for t in triggers) \
            and not any(w.start > comma.start for w in lex.deaths.find(doc, sent) + lex.injuries.find(doc, sent) + lex.tolls.find(doc, sent)):
        return fronted   # "Deux jours après l'attaque de Tahoua, l'armée a lancé une opération de ratissage": no event but the earlier
    after_protest = _after_a_demonstration(doc, triggers, lex)
    if after_protest is not None:
        return after_protest
    return next((e for e in _earlier_clauses(doc, sent, lex)
                 if (any(t.start > e.start and t.value[0] not in TERRITORY | {"Non-violent transfer of territory"} and t.value[1] > 1
                         for t in triggers)   # a word that names an event alone ("ended a siege after gunmen stormed the hotel": its start)
                     or doc.tokens[doc.tokens[e.start_i].head].lemma in lex.finders   # or the dead found ("after a boy was found dead")
                     or lex.deaths.find(doc, doc.subtree(doc.tokens[doc.tokens[e.start_i].head])))   # or a death ("torched a house after
                 # a child died", "after officers beat a driver to death")
                 and (any(t.start < e.start and not toll(t) and t.value[0] not in TERRITORY for t in triggers)
                      or any(w < e.start for w in explosives))
                 and not _policing_a_demonstration(triggers, e)), None)


def _doer_after(doc: Doc, toll: Match, comma: Token) -> bool:
    """Whether the verb a toll's participle hangs on has a subject of its own after the comma ("the army launched an
    operation, killing 20 militants"), no word of the toll's."""
    verb = doc.tokens[doc.span_head(toll.start_i, toll.end_i).head]
    return verb.upos == "VERB" and any(c.deprel.startswith("nsubj") and c.i > comma.i and c.upos in ("NOUN", "PROPN")
                                       for c in doc.children.get(verb.i, []))


def _after_a_demonstration(doc: Doc, triggers: list[Match], lex: Lexicon) -> Match | None:
    """A demonstration noun that "after" or "après" introduces, after violence that is no policing of it
    ("soldiers beat up residents after the fuel price protests"): what came before, not the event (casualties.yaml
    `earlier_markers`); not "police detained 44 people after protests" (_policing_a_demonstration)."""
    for trigger in triggers:
        noun = doc.tokens[trigger.start_i]
        if trigger.value[0] not in PROTEST | RIOTS or noun.upos != "NOUN" or not any(
                t.start < trigger.start and t.value[0] in VIOLENT for t in triggers):
            continue
        marker = next((c for c in doc.children.get(noun.i, []) if c.deprel == "case" and c.lemma in lex.earlier_markers), None)
        if marker is None and noun.deprel == "pobj" and doc.tokens[noun.head].lemma in lex.earlier_markers:
            marker = doc.tokens[noun.head]
        if marker is not None and not _policing_a_demonstration(triggers, Match.of_token(marker, True)):
            return Match.of_token(marker, True)
    return None


def _policing_a_demonstration(triggers: list[Match], told: Match) -> bool:
    """Whether arrests or forces facing a protest come before a phrase or clause that tells of a demonstration
    ("police detained 100 people after a protest turned violent", "arrested dozens after protesters set fire to
    a police station", "fired tear gas in response to stone-throwing"): the demonstration's own, one event."""
    before = {t.value[0] for t in triggers if t.start < told.start}
    return bool(before) and before <= {"Arrests"} | PROTEST and any(t.value[0] in PROTEST | RIOTS for t in triggers if t.start > told.start)


def _weapon_named(doc: Doc, tokens: list[Token], lex: Lexicon) -> bool:
    """Whether the tokens name a weapon that can be intercepted: an explosive one, or one of
    triggers.yaml's `weapon_needed` means ("air defences", "an arms shipment")."""
    return any(w.value in lex.weapon_events for w in lex.weapons.find(doc, tokens)) or bool(lex.interception_means.find(doc, tokens))


def mention_in_sentence(doc: Doc, n: int, sent: list[Token], lex: Lexicon, min_score: float,
                        label: Match | None = None) -> Mention | None:
    """The sentence's event mention, if it reports one; a report's `label` (heading_label)
    types every mention of the report, and makes one of the sentence it opens."""
    start, end = doc.sentence_span(n)
    dates = find_dates(doc.text[start:end], lex.lang, offset=start)
    dates = [d for d in dates if sent[0].start <= d.start < sent[-1].end] or dates   # a clause told apart dates itself, if it names a
    # day ("..., while three farmers were killed in a separate attack in Mangu on Tuesday")
    in_a_date = lambda m: any(d.start <= m.start < d.end for d in dates)  # noqa: E731   "On March 3", "in March"
    allegations = [a for a in lex.allegations.find(doc, sent) if not _armed_accused(doc, sent, a, lex)]
    demonyms = _demonyms(doc, sent, lex)
    event_words = lex.triggers.find(doc, sent)   # before any is set aside below
    planned = {x.i for t in event_words if _planned(doc, t, lex)   # nor is its weapon used ("un attentat à la bombe")
               for x in [*doc.tokens[t.start_i:t.end_i], *doc.subtree(doc.span_head(t.start_i, t.end_i))]} - {
        x.i for t in sent if _after_phrase(doc, t, lex) for x in doc.subtree(t)}   # (but not what came before it: "craignent de nouvelles violences après la mort de trois personnes")
    triggers = [_handed_over(doc, _military_sense(doc, sent, t, demonyms, lex), lex) for t in event_words]
    triggers = [t for t in triggers if not in_a_date(t)
                and not (t.value[0] in EXPLOSIONS and _held(doc, t, lex))   # "equipped with an IED"
                and not any(_alleged_act(doc, t, a) for a in allegations)   # "suspected of robberies"
                and not _transitive_other_sense(doc, t, lex) and not reflexive_other_sense(doc, t, lex) and not _armed_gathering(doc, t, lex)
                and not _negated(doc, t, lex) and not (t.value[0] not in STRATEGIC and _ended(doc, doc.span_head(t.start_i, t.end_i), lex))
                and t.start_i not in planned and not _figurative(doc, t, lex) and not _habitual(doc, t, lex)
                and not _forced_withdrawal(doc, t, lex) and not _withdrew_after_acting(doc, t, event_words) and not _died_of_wounds(doc, sent, t, lex)
                and not (t.value[0] in VIOLENT and _a_noun_s_purpose(doc, t)) and not _names_the_dead(doc, t, lex)
                and not _quarrel_told_as_context(doc, t, lex) and not (t.value[0] in TERRITORY | {"Arrests"} and _only_attempted(doc, t, lex))
                and not (t.value[0] == "Attack" and _at_a_country(doc, t, lex))]
    acts = {i for t in triggers for i in range(t.start_i, t.end_i)}

    def meant(i: int) -> bool:
        """What the doers meant to do, not an act of its own ("police had come to arrest a farmer",
        "demanded a ransom to release him"); "raided a house to arrest a suspect" is an arrest operation."""
        return _purpose_of(doc, doc.tokens[i]) not in (None, *acts)
    triggers = [t for t in triggers if not (t.value[0] in (ABDUCTION, "Arrests") and t.end_i - t.start_i == 1
                                            and doc.tokens[t.start_i].deprel == "amod")   # "the kidnapped girls", "the detained
                # minister": a state, recalled
                and not (t.value[0] in ("Arrests", "Agreement") and meant(t.start_i))
                and not (t.value[0] in ("Arrests", ABDUCTION) and (_held_since(doc, t, lex) or _took_no_one(doc, sent, t, lex)))]
    allies = [(w.value, _phrase_after(doc, sent, w)) for w in lex.allies.find(doc, sent)] \
        + [(False, _phrase_before(doc, sent, t.i - 1)) for t in sent[2:-1] if t.lower_text in lex.allegiance_suffixes
           and doc.tokens[t.i - 1].text == "-" and doc.tokens[t.i + 1].upos == "PROPN"] \
        + [(True, range(p.i + 1, t.i)) for t in sent if t.lower_text in lex.ally_nouns for p in doc.children.get(t.i, [])
           if p.deprel == "poss" and p.i < t.i - 1]   # (fought beside, the words that name whom; "the army and its Wazalendo allies")
    support = {i for _, span in allies for i in span}
    if any(t.start_i not in support for t in triggers):   # "forces backed by US airstrikes recaptured the town": the ground taken
        triggers = [t for t in triggers if t.start_i not in support]
    releases = {t.start_i for t in triggers if t.value[0] == "Agreement"} | {t.i for t in sent if t.lemma in lex.releases and not meant(t.i)}
    triggers = [t for t in triggers if not (t.value[0] == ABDUCTION and _released(doc, t, releases))]
    held = [t.start_i for t in triggers if t.value[0] in (ABDUCTION, "Arrests") and _doer_named(doc, t)]
    triggers = [t for t in triggers if not (t.value[0] == "Agreement" and t.start_i in releases and any(h < t.start_i for h in held))]
    # "were detained by police and held for hours before being released": the arrest, its end told (no prisoner release; not
    # "two arrested but later released", a toll's fate, by no one named)
    taken = [g for g in _verb_object_triggers(doc, sent, lex, event_words) if not any(t.start_i == g.start_i and t.value[0] == g.value[0] for t in triggers)
             and not _habitual(doc, g, lex) and not _of_itself(doc, g, lex)   # "la manifestation s'est dispersée"
             and not any(_alleged_act(doc, g, a) for a in allegations)   # "arrested a man suspected of planting a bomb"
             and not (g.value[0] in TERRITORY | {"Arrests"} and _only_attempted(doc, g, lex))]
    freed = [g for g in taken if g.value[0] == ABDUCTION and _released(doc, g, releases)]   # "released 20 of the worshippers they
    # seized": people taken before, the verb no looting either
    armed_with = lambda t: t.value[0] == "Disrupted weapons use" and _weapon_named(doc, sent, lex)  # noqa: E731
    triggers = [t for t in triggers if not any(g.start_i == t.start_i for g in taken) or armed_with(t)] \
        + [g for g in taken if g not in freed]   # "seized Maiha":
    # not looting (but "intercepted a truck carrying weapons" may stop weapons: whose search it was decides)
    triggers = [t for t in triggers if not (t.value[0] in TERRITORY and meant(t.start_i))]
    # "avancent vers Uvira pour reprendre les quartiers": ground they mean to take ("attacked the town to retake it" took it)
    whole = sent   # the sentence before an earlier event is cut out: its context stays ("over a quarrel about fields between two hamlets")
    earlier = _earlier_event(doc, sent, lex, triggers)
    if earlier is not None:   # "l'enlèvement survient une semaine après le meurtre de trois élèves": that is another event,
        # up to a semicolon ("protested after the death of a woman; police fired live rounds, killing three")
        resumes = next((t.start for t in sent if t.start > earlier.start and t.text in CLAUSE_BREAKS), doc.tokens[sent[-1].i].end + 1)
        phrase_end = max(t.i for t in doc.subtree(doc.span_head(earlier.start_i, earlier.end_i)))
        after = [t for t in sent if t.i > phrase_end + 1]
        clause = after[:next((n for n, t in enumerate(after) if t.upos == "PUNCT"), len(after))]
        if earlier.end_i - earlier.start_i > 1 and phrase_end + 1 <= sent[-1].i and doc.tokens[phrase_end + 1].text == "," \
                and any(t.upos in ("VERB", "AUX") for t in clause) and any(t.deprel.startswith("nsubj") for t in clause):
            resumes = min(resumes, doc.tokens[phrase_end + 1].start)   # "in response to an attack on Banay, fifteen people were killed"
            # (not "came a week after militants ambushed a convoy, killing nine soldiers": the ambush's toll, no subject of its own)
        if earlier.start_i - sent[0].i <= FRONTED_REACH and not any(t.upos in ("VERB", "AUX") for t in sent if t.i < earlier.start_i):
            # "Une semaine après le massacre, l'armée a arrêté": up to the comma (not "The attack came a week after militants
            # ambushed a convoy, killing nine soldiers": the ambush's toll)
            resumes = min(resumes, next((t.start for t in sent if t.i >= earlier.end_i and t.text == ","), resumes))
        other = lambda start: earlier.start <= start < resumes  # noqa: E731
        triggers = [t for t in triggers if not other(t.start)]
        sent = [t for t in sent if not other(t.start)]   # nor are its toll, weapon, place or date this one's
        dates = [d for d in dates if not other(d.start)]
    animals = _by_animals(doc, triggers, lex)
    triggers = [t for t in triggers if t not in animals]   # "des pêcheurs attaqués par des hippopotames"
    caught = [t for t in triggers if _caught_after(doc, t, triggers, lex)]
    triggers = [t for t in triggers if t not in caught]   # "killing four guests before being arrested by police": no side in it
    aftermath = {x.i for t in caught for x in doc.subtree(doc.span_head(t.start_i, t.end_i))}
    told_quarrels = {x.i for t in event_words if _quarrel_told_as_context(doc, t, lex) for x in doc.subtree(doc.span_head(t.start_i, t.end_i))}
    if not any(c.deprel.startswith("nsubj") and c.i not in told_quarrels for t in triggers
               for c in doc.children.get(doc.span_head(t.start_i, t.end_i).i, [])):
        told_quarrels = set()   # a fight with no subject of its own: the quarrel names its sides
    aftermath |= told_quarrels   # "youths clashed after a dispute between two traders": the sides did it, the traders are none of theirs
    stopping = {doc.span_head(t.start_i, t.end_i).i for t in triggers if t.value[0] == "Disrupted weapons use"}   # "shot" of "shot down"
    # (not the drone of "abattu lundi un drone")
    found_weapons = [w for w in lex.weapons.find(doc, sent) if not _site(doc, w, lex.weapon_site_words) and w.start_i not in stopping | planned
                     and not _takes_figurative_object(doc, w, lex) and not reflexive_other_sense(doc, w, lex)]   # "un drone s'est
    # abattu sur le dépôt": it fell on it, no one shot
    weapons = [w for w in found_weapons if not _held(doc, w, lex) and w.start_i not in support]   # not the allies' air strikes
    fired = {_complement_of(doc, doc.span_head(w.start_i, w.end_i)) for w in weapons if w.value != "firearm"}
    weapons = [w for w in weapons if not (w.value == "firearm" and set(range(w.start_i, w.end_i)) & fired)]   # "tirs de grenades lacrymogènes": what was fired
    needing_a_weapon = [t for t in triggers if t.value[0] == "Disrupted weapons use" and doc.tokens[t.start_i].lemma in lex.weapon_needed]
    if needing_a_weapon and not _weapon_named(doc, [*(doc.sentences[n - 1] if n else []), *sent], lex):
        triggers = [t for t in triggers if t not in needing_a_weapon]
        # "intercepted a truck": no weapon stopped (a vehicle stopped, armed men engaged: verb_objects); "300 drones
        # launched at Israel. Most were intercepted": the sentence before names them
    stopped = [t for t in triggers if t.value[0] == "Disrupted weapons use"]
    stopping = [doc.span_head(t.start_i, t.end_i) for t in stopped]
    stoppers = _stoppers(doc, stopping)
    stopped_words = {x.i for verb in stopping for x in doc.subtree(verb)} - {
        x.i for verb in stopping for c in doc.children.get(verb.i, []) if c.deprel in ("ccomp", "parataxis", "conj", "advcl")
        for x in doc.subtree(c)}   # (the stopping verb's own words, not a clause the parse hangs on it: "Hezbollah fired a barrage
    # of rockets ..., most of which were intercepted", "fired" under "intercepted")
    launched_before = lambda: n > 0 and any(w.value in lex.weapon_events for w in lex.weapons.find(doc, doc.sentences[n - 1]))  # noqa: E731
    if stopped and all(_partly(doc, t, found_weapons, lex) for t in stopped) and (any(t.value[0] in EXPLOSIONS for t in triggers) or any(
            w.value in lex.weapon_events and w.start_i not in stopped_words for w in found_weapons) or launched_before()):
        triggers = [t for t in triggers if t not in stopped]   # "struck military sites ..., adding that air defences intercepted some of the missiles"
        # ("launched 48 drones overnight. Air defences destroyed 40 of them": the rest struck)
        aftermath |= {x.i for c in stoppers for x in doc.subtree(c)}   # who intercepted them is no side in the strike
    watched = [t for t in triggers if t.value[0] in PROTEST and _watched(doc, t, {i for x in triggers for i in range(x.start_i, x.end_i)}, lex)]
    triggers = [t for t in triggers if t not in watched] or triggers   # "abducted two journalists covering a demonstration"
    if any(_sparked(doc, t, lex) for t in triggers):   # "His arrest sparked clashes between his supporters and police": the
        triggers = [t for t in triggers if t.value[0] in VIOLENT or not _sparks(doc, t, lex)]   # clashes, the arrest their cause
    sparked = [t for t in triggers if t.value[0] in PROTEST | RIOTS and _sparked(doc, t, lex)]
    if any(t.value[0] in VIOLENT for t in triggers if t not in sparked):   # "shot dead a teenager, sparking riots": the killing;
        triggers = [t for t in triggers if t not in sparked]   # the riots came after (not "an arrest sparked a demonstration")
    armed = {doc.span_head(m.start_i, m.end_i).i for m in actor_matches(doc, sent, lex) if ActorMention(m, "unknown").armed}
    by_arms = [t for t in triggers if t.value[0] in ("Peaceful protest", "Violent demonstration") and any(
        c.i in armed and c.deprel.startswith("nsubj") for c in doc.children.get(doc.span_head(t.start_i, t.end_i).i, []))]
    # "gang members set fire to a police station after a gunfight that left two officers dead": no crowd's grievance, the fight's toll
    cause = _protest_cause(doc, [t for t in triggers if t not in by_arms], lex.protest_topic.find(doc, sent), lex.riot_targets,
                           lex.cause_agents, lex.at_words) or range(0)
    triggers = [t for t in triggers if cause or doc.tokens[t.start_i].lemma not in lex.cause_needed]   # "les troupes ont défilé": a parade
    cause = cause or _arrest_cause(doc, sent, triggers, lex)   # "arrested three men over the killing of a trader": why, no event
    # "marched against the killings": no event, no toll of its own
    described = _protesters_described(doc, triggers, lex)
    triggers = [t for t in triggers if t.start_i not in cause and t.start_i not in described or t.value[0] not in VIOLENT | STRATEGIC | RIOTS]
    dispersing = any(t.value[0] == "Protest with intervention" for t in triggers)
    warned = {i for w in lex.intervention.find(doc, sent) for i in range(w.start_i, w.end_i)} if dispersing else set()   # "fired warning
    # shots to disperse protesters", "fired into the air to disperse the crowd": an intervention, no shots at anyone (not mutineers'
    # shots, their own protest)
    triggers = [t for t in triggers if not (t.value[0] == "Attack" and set(range(t.start_i, t.end_i)) <= warned)] or triggers
    reasons = [t for t in triggers if t.value[0] in PROTEST and _named_as_reason(doc, t, lex)]
    if len(reasons) < len(triggers):   # "killed a teacher for defying a school boycott": a killing
        triggers = [t for t in triggers if t not in reasons]
    earlier = [t for t in triggers if t.value[1] < FRESH_WEIGHT and _after_clause(doc, doc.span_head(t.start_i, t.end_i), lex)]
    if len(earlier) < len(triggers):   # "set fire to a police post after an officer allegedly shot a rider": the fire (a weak word
        triggers = [t for t in triggers if t not in earlier]   # only: "took the town after the forces withdrew" tells how)
    won = [_act_word(doc, t) for t in triggers if t.value[0] in TERRITORY | {"Agreement"}]
    how = [t for t in triggers if t.value[0] == "Armed clash" and any(_won_after(doc, t, w, lex) for w in won)]
    triggers = [t for t in triggers if t not in how]   # "captured the outpost after days of fighting", "gained control of Kona
    # following clashes": the ground taken, the fight how; whom the fight killed no side ("after fighting that killed 27 people");
    # "agreed a ceasefire after two days of fighting": the agreement, the fight before it
    aftermath |= {x.i for t in how for noun in _with_the_noun_it_completes(doc, doc.span_head(t.start_i, t.end_i))
                  for c in doc.children.get(noun.i, []) if c.deprel in ("relcl", "acl:relcl") for x in doc.subtree(c)}
    cues = lex.background.find(doc, sent) + _unreal_verbs(doc, sent, lex)
    if triggers and _cue_of(doc, _strongest(triggers), cues, lex) is not None:
        # "ambushed a patrol searching for staff previously abducted": the ambush, not the recalled abduction
        triggers = [t for t in triggers if _cue_of(doc, t, cues, lex) is None] or triggers
    else:   # "arrested three militants planning attacks": the arrest, not the planned attacks; "signed a ceasefire ending
        # months of fighting": the agreement, not the war it ends
        triggers = [t for t in triggers if getattr(_cue_of(doc, t, cues, lex), "value", None) not in (THREAT, CONTEXT, ORDER)] or triggers
    later, first = _clauses_of_another_year(doc, sent, dates, lex.lang)
    recalled = later | first
    if first and not any(t.value[1] >= FRESH_WEIGHT and t.start_i not in recalled
                         and _act_word(doc, t).upos == "VERB" for t in triggers):
        # the sentence's first date dates a clause of its own beside an act the main clause names ("the group says it executed
        # a trader it seized in May 2019", "veterans wounded in the 2014 uprising held a march"; not "the strikes go on despite
        # a truce agreed on 27 November 2024", no act)
        recalled = later
    aged = [t for t in triggers if any(d.kind == "year" and _qualifies_trigger(doc, d, t) for d in dates) or t.start_i in recalled]
    if any(t not in aged and t.value[1] >= FRESH_WEIGHT for t in triggers):   # "survivors of the 2019 massacre said gunmen
        triggers = [t for t in triggers if t not in aged]   # killed three villagers on Tuesday": the killing (not "sentenced
        # to death for their role in a 2015 attack", a weak word beside the recalled attack)
    else:
        recalled = set()
    alleged = {i for a in allegations for i in _alleged_clause(doc, a)} | described
    habits = {x.i for t in sent if t.deprel != "root" and _habitual_clause(doc, t, lex, relative=False) for x in doc.subtree(t)}
    # "..., mais les jihadistes de l'EIGS ciblent souvent les forces de sécurité": who does what, in general (a relative clause in
    # the present still says whose the place is: "the Super Camp that harbors French troops")
    habits -= {i for t in triggers for i in range(t.start_i, t.end_i)}
    habits |= recalled | _recalled_clauses(doc, cues, triggers, lex)   # "burned houses in the village, already hit in June 2022 by a
    # massacre that killed 132": not its dead
    outside_cause = [t for t in sent if t.i not in cause and t.i not in alleged | habits]   # not "the house of a man accused of killing a
    # child": what he is said to have done before, neither its dead nor its sides
    weapons = [w for w in weapons if w.start_i not in alleged | habits | warned and w.start_i not in cause]   # "demolished the homes of two men
    # accused of carrying out a shooting attack", "blocked the road to protest the killing of a driver by gunmen": the weapon of
    # what they are said to have done, of what the protest is about
    crashed = bool(lex.non_violent_causes.find(doc, sent))
    if crashed:   # "un hélicoptère de l'armée s'est écrasé, faisant deux morts": the aircraft fell, it struck no one; a drone
        # that fell on people hurt them, it has no crew ("a drone crashed into a building, injuring two residents")
        hurt = bool(lex.deaths.find(doc, sent) or lex.injuries.find(doc, sent))
        weapons = [w for w in weapons if w.value not in CRASHING_WEAPONS or w.value == UNMANNED and hurt]
    # "Russian bombs struck a building", "des bombes russes": a state's bombs are dropped from the air, as are the bombs "dropped"
    weapons = [replace(w, value="airstrike") if w.value == "IED" and w.end_i - w.start_i == 1 and doc.tokens[w.start_i].lemma in lex.air_dropped
               and (any(_qualifies(doc, d, w) and not _people(doc, d) for d in demonyms) or _dropped(doc, doc.tokens[w.start_i], lex))
               else w for w in weapons]
    thrown = [w for w in weapons if w.value == "IED" and _taken_by(doc, doc.span_head(w.start_i, w.end_i), lex.throw_verbs)]
    weapons = [replace(w, value="grenade") if w in thrown else w for w in weapons]   # "threw an explosive device into a bar": thrown
    # by hand, ACLED's grenade, and so is the device's own word as a trigger
    triggers = [replace(t, value=(lex.weapon_events["grenade"], t.value[1])) if any(w.start_i <= t.start_i < w.end_i for w in thrown) else t
                for t in triggers]
    lying = [w for w in weapons if w.value in REMNANTS and _handled(doc, doc.span_head(w.start_i, w.end_i), lex)]
    weapons = [replace(w, value="landmine") if w in lying else w for w in weapons]   # "killed by a shell they had picked up": an
    # unexploded remnant, ACLED's remote explosive, not a shelling
    triggers = [replace(t, value=(lex.weapon_events["landmine"], t.value[1])) if any(w.start_i <= t.start_i < w.end_i for w in lying) else t
                for t in triggers]
    order = list(lex.weapon_events)   # most specific first
    explosive = sorted((w for w in weapons if w.value in lex.weapon_events), key=lambda w: order.index(w.value))
    lethal = sorted(weapons, key=lambda w: w.value == "tear_gas" and any(v.value == "firearm" for v in weapons)   # "gaz lacrymogène et
                    or w.value == "arson" and any(v.value in ("firearm", "bladed") for v in weapons))   # balles réelles, faisant un mort": the
    # bullets; "set fire to several houses and shot dead three residents": the guns
    weapon = explosive[0] if explosive else (lethal[0] if lethal else None)
    weapon_event = lex.weapon_events.get(weapon.value) if weapon and not _planned(doc, weapon, lex) else None   # not "a bomb plot"
    triggers = [replace(t, value=(event, t.value[1])) if (event := _weapon_attack(doc, t, explosive, lex)) else t for t in triggers]
    if weapon_event == AIR_STRIKE:   # "army helicopters bombed rebel positions", "jets bombarded": bombs dropped from the air
        triggers = [replace(t, value=(AIR_STRIKE, t.value[1])) if t.value[0] in EXPLOSIONS
                    and t.end_i - t.start_i == 1 and doc.tokens[t.start_i].lemma in lex.air_dropped else t for t in triggers]
    if weapon_event and (not triggers or weapon_event == AIR_STRIKE and all(t.value[1] <= WEAPON_TRIGGER_WEIGHT for t in triggers)) \
            and not crashed and not _planned(doc, weapon, lex):
        # "rockets hit Gao": an explosive weapon names its event (not "an army helicopter crashed"), and aircraft before a word as
        # weak ("des avions turcs ont frappé des cibles du PKK ..., selon lequel 13 militants ont été neutralisés")
        triggers = [Match(weapon.start_i, weapon.end_i, weapon.start, weapon.end, weapon.text, (weapon_event, WEAPON_TRIGGER_WEIGHT)), *triggers]
    blasts = [t for t in triggers if t.end_i - t.start_i == 1 and doc.tokens[t.start_i].lemma in lex.bare_blasts]
    accident = weapon is None and bool(blasts) and (crashed or _blast_explained_next(doc, n, lex))
    deaths = {i for d in lex.deaths.find(doc, sent) for i in range(d.start_i, d.end_i)} if accident else set()
    if accident and all(t in blasts or t.start_i in deaths for t in triggers):
        triggers = []   # "an explosion at an army depot killed four soldiers, in what the army described as an accident": a
        # blast and its dead, no weapon nor act named
    own_label = label is not None and sent[0].start <= label.start < sent[-1].end
    if own_label:
        triggers = [t for t in triggers if clear_of(t, [label])] or [label]
    if not triggers:
        return None
    scores: dict[str, float] = {}
    told = [t for t in triggers if not (t.value[0] == "Looting/property destruction" and doc.tokens[t.start_i].deprel in MODIFIER_DEPRELS)]
    for t in triggers:   # "arrested four attackers riding motorcycles stolen from the village": an arrest
        scores[t.value[0]] = scores.get(t.value[0], 0) + t.value[1] * (1 if not told or t in told else MODIFIER_SHARE)
    if PROTEST & set(scores) and lex.intervention.find(doc, sent):   # "a march was stopped by the police"
        scores["Protest with intervention"] = scores.get("Protest with intervention", 0) + INTERVENTION_WEIGHT
    trigger = _answered_attack(doc, _strongest(triggers), triggers)
    # "Movement of forces:" names no forces; "rioted following the killing of a teenager by a police officer": no one faced the
    # officer (up to a comma: "to protest against a bill, with police firing tear gas" the parse may hang on the bill)
    told_cause = range(cause.start, next((t.i for t in doc.tokens[cause.start:cause.stop] if t.text == ","), cause.stop))
    named_groups = {i for m in actor_matches(doc, sent, lex) if isinstance(m.value, ActorGroup) for i in range(m.start_i, m.end_i)}
    unlabelled = [t for t in sent if not (own_label and label.start_i <= t.i < label.end_i) and t.i not in told_cause and t.i not in aftermath | habits
                  and (t.i not in alleged or t.i in named_groups)]   # (the group one is said to belong to is still named: "equipment
    # suspected of belonging to JNIM militants")
    actor1, actor2 = _actors(doc, unlabelled, lex, trigger, [t for t in triggers if t.value[0] in EXPLOSIONS] + explosive, triggers, allies)
    if actor1 is not None and actor1.armed and actor1.kind != "armed_group" and _on_own_comrades(doc, sent, trigger, lex):
        # "a peacekeeper from Chad opened fire on his colleagues": ACLED's "Mutiny of MINUSMA" against MINUSMA
        actor1, actor2 = replace(actor1, mutiny=True), replace(actor1, role="patient", allies=())
    if weapon_event and actor2 is not None and _wielded_by(doc, weapon, actor2):   # "fired at gunmen who threw explosives at them":
        weapon_event = None   # the target's weapon, a fight of two armed sides, not the doer's explosion
    gunfire = any(w.value == "firearm" for w in weapons)
    # "two men on a motorbike shot dead a trader", "a man stabbed three people", "un homme a jeté de l'acide sur une étudiante": one
    # who strikes alone with a weapon in hand is no mob, nor is a stranger who drove a vehicle into people ("a man drove a truck into a
    # crowd")
    lone_weapon = actor1 is not None and (any(w.value in HAND_WEAPONS for w in weapons) and (
        _lone_stranger(doc, actor1.match, lex) or actor1.kind == "civilians" and actor1.role == "agent" and _one_person(doc, actor1.match, lex))
        or any(w.value == "vehicle" for w in weapons) and _lone_stranger(doc, actor1.match, lex))
    done_before = _done_before(doc, sent, triggers, trigger, dates, lex)   # "burned a truck that had killed a motorcyclist": not the
    # event's dead
    found = casualties(doc, [t for t in outside_cause if t.i not in done_before], lex)
    fatalities = found["fatalities"].value if found["fatalities"] else None
    if (gunfire or lone_weapon or fatalities and lex.stranger_cues.find(doc, sent)) and actor1 is not None and actor1.kind == "civilians" \
            and (actor1.match.text.lower() in lex.anonymous or lone_weapon):   # (or "assassinated by two men on a motorbike"; "poignardé
        # par un ancien élève": one person with a knife is no mob)
        actor1 = replace(actor1, match=replace(actor1.match, value="armed_group"))
    harms = [h for h in lex.harm.find(doc, outside_cause) if not _at_animals(doc, h, lex) and not _at_a_country(doc, h, lex)
             and not _after_clause(doc, doc.tokens[h.start_i], lex)
             and h.start_i not in warned]
    harmed = bool(harms)   # (not "shot dead livestock", nor "after an officer shot a rider", nor "fired warning shots": an intervention)
    # a community word, but with no doer named not the victims' of one-sided violence: they are no militia of their own
    # ("the group abducted 12 farmers"; "villagers killed five Fulani herders" is communal)
    victims = range(actor2.match.start_i, actor2.match.end_i) if actor1 is None and actor2 is not None and "Armed clash" not in scores \
        else range(0)
    communal = [c for c in lex.communities.find(doc, whole) if c.start_i not in victims and c.start_i not in cause
                and not _attacked_place(doc, doc.tokens[c.end_i - 1], lex) and not _describes_an_object(doc, doc.tokens[c.end_i - 1], lex)
                and not _speaks(doc, ActorMention(c, "agent"), trigger, lex.dates.get("reporting", ()))]
    # (not "attacks on villages", nor "killed a tribal elder", nor "community leader Danjuma Pam said")
    beating = harmed and not fatalities and weapon is None   # "farmers beat and injured a herder": a mob, not a militia
    if communal and not beating and not PROTEST & set(scores) and set(scores) != {"Violent demonstration"} \
            and not any(a is not None and a.armed for a in (actor1, actor2)):   # (not "des agriculteurs ont bloqué la route": a road block)
        actor1 = _as_communal_militia(actor1 or ActorMention(replace(communal[0], value="civilians"), "agent"))   # "intercommunal violence"
        actor2 = _as_communal_militia(actor2) if "Armed clash" in scores else actor2
        if "Armed clash" in scores and actor2 is None:   # "tribal fighting killed 26 men": communities fought each other
            actor2 = replace(actor1, role="patient")
    # forces only wounded where the civilians attacked died ("attacked passers-by, killing one and injuring two police
    # officers") were not the target
    killed_the_attacked = bool(fatalities) and actor2 is not None and actor2.kind == "civilians" and actor2.role == "patient"
    hit = _forces_hit(doc, sent, found["fatalities"], lex) or (None if killed_the_attacked else _forces_hit(doc, sent, found["injuries"], lex))
    if hit is not None and actor1 is not None and actor1.match.start_i == hit.match.start_i:
        actor1 = None   # "a gendarmerie post was attacked, one gendarme wounded": the wounded did not attack
    if hit is not None and (actor2 is None or actor2.kind in UNARMED_KINDS) and (actor1 is None or actor1.kind not in STATE_KINDS):
        actor2 = hit   # "a convoy under army escort ambushed, one soldier killed": forces were hit
    injuries = found["injuries"].value if found["injuries"] else None
    in_actor = lambda w: any(a.match.start_i < w.end_i and w.start_i < a.match.end_i for a in (actor1, actor2) if a)  # noqa: E731
    ground_fire = any(w.value == "firearm" and not in_actor(w) for w in weapons)   # shots fired, not only "gunmen" named
    actor_words = {i for m in actor_matches(doc, sent, lex) for i in range(m.start_i, m.end_i)}
    named = lambda w: in_actor(w) or w.start_i in actor_words  # noqa: E731
    if not explosive and weapon is not None and named(weapon):   # "un homme armé d'un couteau": the knife, not the armed man's gun;
        weapon = next((w for w in weapons if not named(w)), weapon)   # "des hommes armés soupçonnés d'appartenir au JNIM ont incendié": the fire
    punished = any(not _named_as_doer(doc, doc.tokens[w.end_i - 1]) for w in lex.suspects.find(doc, sent))
    opposing = _opposing_side(doc, sent, lex, actor1, trigger)
    assailed = _assailed(doc, sent, lex, actor1, triggers) if actor2 is not None and actor2.match.text.lower() in lex.anonymous else None
    if assailed is not None:   # "25 people were killed when militants attacked a military base": the base's forces were the
        actor2 = assailed      # target, the dead the fight's
    elif actor2 is not None and actor2.match.text.lower() in lex.anonymous and actor1 is not None and actor1.kind in STATE_KINDS:
        actor2 = _crowd_faced(doc, sent, lex, triggers) or actor2   # "two people were killed when police clashed with
        # opposition supporters": the crowd fought them, the dead are the riot's
    elif actor2 is None and actor1 is not None and actor1.kind in FORCE_KINDS and actor1.role == "agent":
        actor2 = _fired_back(doc, trigger, weapons, triggers, lex)   # "police shot dead two robbers who opened fire on officers"
    # what forces found in a raid, before the choice below drops a disrupted weapon use in favour of violence
    found_in_search = max((s for s in ("Arrests", "Disrupted weapons use") if s in scores), key=scores.__getitem__, default=None)
    planted = bool(lex.planting.find(doc, sent))
    sub = label.value[0] if label else _choose_type(
        scores, weapon_event, actor1, actor2, fatalities, injuries, harmed=harmed, robbed=all(h.value == ROBBERY for h in harms),
        gunfire=gunfire, punished=punished, unmanned=bool(lex.unmanned.find(doc, sent)), ground_fire=ground_fire,
        counted=bool(found["fatalities"] and (found["fatalities"].explicit or actor2 is not None and actor2.kind == "protesters"
                                              and actor2.role == "patient"))   # "un jeune manifestant a été tué"
        and any(_main_clause(doc, d, lex.dates.get("reporting", ())) for d in lex.deaths.find(doc, outside_cause)),
        opposed=opposing is not None or actor1 is not None and actor1.armed and _fought_itself(doc, sent, lex, actor1, trigger) and bool(
            lex.among_themselves.find(doc, sent) or _after_between(doc, actor1, [actor1])),   # "a gunfight between gangs": both sides
        anonymous_dead=actor2 is not None and actor2.match.text.lower() in lex.anonymous,
        crossfire=bool(lex.crossfire.find(doc, sent)), being_planted=planted,
        crowd_violent=_crowd_violent(doc, sent, triggers, lex),
        held_at_protest=any(t.value[0] in PROTEST and _during(doc, doc.span_head(t.start_i, t.end_i), lex) for t in triggers),
        armed_dead=bool(fatalities) and _dead_side(doc, sent, found["fatalities"], lex) == "armed",
        arrests_counted=any(t.value[0] == "Arrests" and any(c.deprel == "nummod" for c in doc.children.get(doc.span_head(t.start_i, t.end_i).i, []))
                            for t in triggers),   # "with 12 arrests made" (not "the death of a woman in custody")
        beaten=any(b.start_i < trigger.end_i and trigger.start_i < b.end_i for b in lex.beatings.find(doc, sent))
        and not _armed_named_before(doc, sent, lex),
        forces_faced=actor2 is not None and actor2.kind in FORCE_KINDS and not _a_facility(doc, actor2, lex))
    if (label and sub in GROUP_NEWS or planted and sub == "Disrupted weapons use") and actor1 is None and actor2 is not None and actor2.armed:
        actor1, actor2 = replace(actor2, role="agent"), None   # "Movement of forces: ... members of an armed group were seen": its news;
        # "two militants were killed while planting an IED": theirs, the weapon they failed to use
    if sub in EXPLOSIONS and actor1 is not None and lex.interception_means.find(doc, doc.tokens[actor1.match.start_i:actor1.match.end_i]):
        actor1 = None   # "air defences destroyed most of them, but a missile hit an apartment block": the defenders fired none of it
    crowds_between = sub in RIOTS and actor1 is not None and actor1.kind in UNARMED_KINDS and actor2 is not None \
        and actor2.kind == "civilians" and _after_between(doc, actor1, [actor1, actor2])
    if crowds_between:
        sub = "Mob violence"   # "des heurts entre des partisans du président et des militants de l'opposition": two crowds fought
    if sub == "Mob violence" and (trigger.value[0] == "Armed clash" or crowds_between) and (actor2 is None or actor2.kind == "civilians"):
        # "two rival factions clashed with sticks and stones": a fight between crowds, rioters on both sides (its toll is none:
        # "supporters of the BNP and the Awami League clashed, leaving two people injured")
        actor2 = replace(actor2, match=replace(actor2.match, value="rioters"), role="patient") \
            if actor2 is not None and (actor1 is None or not _toll_of_another_verb(doc, actor2, trigger)) \
            else ActorMention(replace(actor1.match, value="rioters"), "patient")
    # unarmed sides of a deadly clash, or unarmed people alone on one side of it
    unarmed_sides = sub == "Mob violence" and fatalities or sub == "Armed clash" and actor1 is not None \
        and actor1.kind in UNARMED_KINDS | {"communal_militia"} and (actor2 is None or _left_so(doc, doc.tokens[actor2.match.end_i - 1])
                                                                     or actor2.role == "patient" and actor2.match.text.lower() in lex.anonymous
                                                                     or actor2.kind in UNARMED_KINDS | {"communal_militia"} and actor2.role == "unknown"
                                                                     and not _each_of_a_people(doc, sent, lex, actor1, actor2))
    # (or who were killed in it: "30 people were killed in intercommunal clashes between Hema and Lendu"; or unarmed people too:
    # "clashes between cattle herders from the Dinka and Nuer communities")
    nameless = sub == "Armed clash" and actor1 is None and actor2 is None
    communities = _ethnic_sides(doc, sent, lex) if (unarmed_sides or nameless) and trigger.value[0] == "Armed clash" else []
    if len(communities) == 2:   # "Dinka and Nuer youths clashed, leaving six dead", "members of the Fulani and Tiv communities
        # clashed", "clashes between Fulani and Dogon": the two communities' militias fought
        sub, (actor1, actor2) = "Armed clash", (ActorMention(m, role) for m, role in zip(communities, ("agent", "patient")))
    forces = actor1 or actor2   # the subject, or the object of "des combats ont opposé les troupes azerbaïdjanaises et arméniennes"
    if sub == "Armed clash" and trigger.value[0] == sub and forces is not None and forces.allies \
            and _state_forces(forces.match.value) and forces.allies[0].country not in (None, forces.country):
        # "Russian and Ukrainian forces clashed": the two forces fought each other (not "soldiers and gendarmes repelled"); "...
        # exchanged fire, and one Armenian soldier was killed": the other side's dead name it again
        if None in (actor1, actor2):
            actor1, actor2 = replace(forces, role="agent", allies=forces.allies[1:]), replace(forces.allies[0], role="patient")
        elif _state_forces(actor2.match.value) and actor2.country == forces.allies[0].country:
            actor1 = replace(actor1, allies=actor1.allies[1:])
        elif _state_forces(actor2.match.value) and actor2.country is None and _hurt(doc, actor2, lex):
            # "Indian and Chinese troops clashed ..., injuring several soldiers on both sides": the hurt are of either
            actor1, actor2 = replace(actor1, allies=actor1.allies[1:]), replace(forces.allies[0], role="patient")
    hired = actor1 is not None and isinstance(actor1.match.value, ActorGroup) and actor1.match.value.inter == FOREIGN_INTER
    state = next((a for a in actor1.allies if a.kind in FORCE_KINDS or a.kind == "group" and _state_forces(a.match.value)), None) if hired else None
    if state is not None:   # "des miliciens Wagner et des soldats maliens", "Wagner Group and FAMa forces": the state's forces, the
        # foreign force beside them
        actor1 = replace(state, role=actor1.role, allies=(replace(actor1, allies=()), *(a for a in actor1.allies if a is not state)))
    caught = actor2 is not None and (actor2.kind in UNARMED_KINDS or actor2.kind == "armed_group" and (
        _among_the_dead(doc, actor2, lex) or _toll_of_another_verb(doc, actor2, trigger, armed_too=True))) \
        and bool(lex.among_themselves.find(doc, sent) or actor2.kind in UNARMED_KINDS and lex.crossfire.find(doc, sent))
    # "two rival gangs fought ..., leaving six dead, including two bystanders", "hit by a stray bullet in a gunfight between
    # gangs": the bystanders were caught between them; "deux factions rivales ..., faisant 15 morts parmi les combattants": the
    # fighters are theirs
    if sub == "Armed clash" and (actor2 is None or caught or _toll_of_another_verb(doc, actor2, trigger)) and actor1 is not None \
            and actor1.armed and _fought_itself(doc, sent, lex, actor1, trigger):
        actor2 = ActorMention(actor1.match, "patient")   # "ISGS fighters clashed with each other": one group on both sides
    if sub == "Mob violence" and actor2 is None and actor1 is not None and actor1.kind in UNARMED_KINDS \
            and _fought_itself(doc, sent, lex, actor1, trigger):
        actor2 = ActorMention(actor1.match, "patient")   # "des opposants politiques se sont battus": the crowd on both sides
    if sub == "Armed clash" and actor2 is not None and actor2.kind in UNARMED_KINDS:
        # "stormed a hotel, killing three people before security forces ended the siege": the forces are the other side
        actor2 = _umbrella(doc, opposing, [ActorMention(m, "unknown") for m in actor_matches(doc, sent, lex)]) if opposing else actor2
    freeing = any(t.value[0] == "Agreement" and doc.span_head(t.start_i, t.end_i).lemma in lex.releases for t in triggers)
    if sub == "Agreement" and freeing and "Arrests" not in scores and actor1 is not None and actor1.kind in FORCE_KINDS \
            and actor1.role == "agent" and actor2 is not None and actor2.kind == "civilians":
        # "troops rescued 23 passengers from bandits", "held by bandits": the captors named after the freed
        actor2 = next((a for m in actor_matches(doc, sent, lex) for a in [ActorMention(m, "patient")]
                       if _non_state_armed(a) and a.match.start_i > actor2.match.start_i), actor2)
    if sub in ("Agreement", ABDUCTION) and actor1 is not None and actor1.kind in FORCE_KINDS and actor1.role == "agent" and actor2 is not None \
            and _non_state_armed(actor2) and freeing and (sub == ABDUCTION or doc.span_head(trigger.start_i, trigger.end_i).lemma in lex.releases):
        sub = "Armed clash"   # "the army freed 20 hostages held by bandits", "l'armée a libéré une cinquantaine d'otages détenus par
        # des terroristes", "la gendarmerie a libéré quatre otages détenus par des ravisseurs": a rescue by force from the captors, no
        # deal, and the forces took no one
    if sub == "Agreement" and "Arrests" in scores and actor1 is not None and actor1.kind in STATE_KINDS and actor1.role == "agent" \
            and doc.span_head(trigger.start_i, trigger.end_i).lemma in lex.releases:
        sub = "Arrests"   # "police freed 20 hostages and arrested three suspects": a rescue with arrests, no deal
    if sub == "Agreement" and actor1 is not None and _non_state_armed(actor1):
        forcing = [t for t in triggers if t.value[0] in VIOLENT | {"Looting/property destruction"}]
        if any(_joined(doc, doc.span_head(t.start_i, t.end_i), doc.span_head(f.start_i, f.end_i)) for t in triggers
               if t.value[0] == "Agreement" and doc.span_head(t.start_i, t.end_i).lemma in lex.releases for f in forcing):
            sub = strongest({f.value[0] for f in forcing}, scores)   # "gang members torched a police station and freed
            # detainees": prisoners freed by force, no deal (not "fighters detained since the war began were let go")
    raids = [t for t in triggers if t.value[0] == "Attack"]
    found_in_raids = sub == "Armed clash" and "Armed clash" not in scores and found_in_search is not None \
        and _search_governs(doc, triggers, raids, found_in_search)
    if (sub == "Attack" and not (actor2 is not None and actor2.armed) or found_in_raids) and found_in_search \
            and not (fatalities or injuries or harmed or ground_fire) and actor1 is not None \
            and (_authority(actor1.match.value) or found_in_search == "Arrests" and _non_state_armed(actor1)) \
            and all(t.text.lower() in lex.searches for t in raids):
        sub = found_in_search   # "troops raided the camp and arrested three men", "... seized rifles in a raid": a search, no attack;
        # armed men who raid homes and detain people take them (made an abduction below)
    if sub in ("Looting/property destruction", "Disrupted weapons use") and "Looting/property destruction" in scores \
            and found_in_search == "Disrupted weapons use" and actor1 is not None and not (fatalities or injuries or harmed):
        # "security forces intercepted a truck carrying weapons": a search that stopped weapons; "jihadists intercepted a truck
        # carrying weapons": a robbery
        sub = found_in_search if _authority(actor1.match.value) else "Looting/property destruction"
    if sub in PROTEST and actor1 is not None and actor1.kind in STATE_KINDS and (harmed or injuries or fatalities) \
            and actor2 is not None and actor2.role == "patient" and actor2.match.text.lower() in lex.press:
        sub = "Attack"   # "journalists were beaten by police while covering a protest": the press is no demonstrator
    if sub in PROTEST and "Arrests" in scores and actor2 is not None and actor2.role == "patient" and actor2.match.text.lower() in lex.press:
        sub = "Arrests"   # "two journalists were detained while covering a sit-in"
    if sub == "Arrests" and actor1 is not None and _non_state_armed(actor1) and not _authority(actor1.match.value) \
            and (actor2 is None or actor2.kind == "civilians") and _does_to_someone(doc, actor1, doc.span_head(trigger.start_i, trigger.end_i), lex):
        sub = ABDUCTION   # "JNIM militants detained 10 civilians": armed men who govern nothing take people, they arrest no one
        # (not "three attackers arrested", nor "hunters caught two of the raiders": armed men held)
    arrests = [doc.span_head(t.start_i, t.end_i) for t in triggers if t.value[0] == "Arrests"]
    if sub in EXPLOSIONS and actor1 is not None and actor1.kind in STATE_KINDS and weapon is not None \
            and _acts(doc, [a for a in arrests if weapon.start_i not in {t.i for t in doc.subtree(a)}
                            or semicolon_between(doc, a.i, weapon.start_i)], [actor1.match]):
        actor1 = None   # "a grenade thrown into a crowd injured 14; police arrested two suspects": who arrested threw nothing (not
        # "soldiers arrested and executed a merchant", nor "arrested two men planting an IED")
    if (sub == "Arrests" or sub in VIOLENT - set(EVENT_TYPES["Battles"])) and actor2 is not None and actor2.kind == "rioters" \
            and not RIOTS & set(scores):
        actor2 = replace(actor2, match=replace(actor2.match, value="civilians"))   # "police arrested 30 youths", "a grenade thrown
        # into a crowd": no riot, civilians
    protest_named = any(not in_a_date(w) for w in lex.demonstration.find(doc, sent))
    burns = any(_wrecks_public_building(doc, t, lex) for t in triggers if t.value[0] in ("Looting/property destruction", "Violent demonstration"))
    # ("a mob set fire to a police station": the riot's own words name the building)
    if sub == "Mob violence" and burns:
        sub = "Violent demonstration"   # "a mob set ablaze a police station": a crowd that wrecks a public building riots
    if sub == "Violent demonstration" and not label and not protest_named and not burns and not _wrecks_public_building(doc, trigger, lex) \
            and not any(_state_forces(a.value) and trigger.start_i <= a.start_i < trigger.end_i for a in actor_matches(doc, sent, lex)) \
            and not (trigger.value[0] == "Arrests" and actor1 is not None and actor1.role == "agent" and _state_forces(actor1.match.value)) \
            and not any(t.value[0] == "Arrests" and _only_attempted(doc, t, lex) for t in event_words):
        sub = "Mob violence"   # a crowd's violence with no protest, demand or riot named: ACLED's mob violence (but a crowd the
        # trigger says fought the police, "clashed with police", is a demonstration turned violent, and so is one whose people
        # the police held after clashes, or tried to, and one that wrecks a prefecture or a school riots against the authorities)
    if sub in PROTEST and actor1 is not None and actor1.role == "agent" and _non_state_armed(actor1) and actor2 is not None \
            and actor2.role == "patient" and actor2.kind not in ("protesters", "rioters") and (fatalities or injuries or harmed) \
            and set(scores) & VIOLENT and all(_only_where(doc, t) for t in triggers if t.value[0] in PROTEST):
        sub = strongest(set(scores) & VIOLENT, scores)   # "gunmen killed a candidate
        # during a campaign rally": armed men's attack on one person, the gathering only where it was (not "opened fire
        # on residents protesting the occupation")
    if sub == "Violent demonstration" and actor2 is not None and _a_facility(doc, actor2, lex) and _noun(doc, actor2.match).lemma not in lex.crewed:
        actor2 = None   # "students burned the police station": a building wrecked, no forces faced (not "stoned a MONUSCO convoy")
    if sub == "Mob violence" and actor2 is not None and actor2.role != "agent" and actor2.kind == "armed_group" and _only_suspected(doc, actor2.match, lex):
        actor2 = replace(actor2, match=replace(actor2.match, value="civilians"))   # "a mob lynched a suspected kidnapper": mob justice on
        # a civilian, no armed group the crowd fought
    if sub == "Disrupted weapons use" and weapon is None and found_weapons:
        weapon = found_weapons[0]   # the seized or defused weapon is the event's
    # someone beaten or shot at: "beat a man", "beat a militiaman", "residents beat a suspected thief"
    victim = harmed and (actor2 is not None and actor2.role == "patient"
                         or punished and (actor1 is None or actor1.kind in UNARMED_KINDS))   # "a group caught a thief and beat him"
    support = sum(x is not None for x in (weapon, actor1 if actor1 and actor1.armed else None, fatalities or None)) + bool(victim)
    score = max(scores.values()) + support
    if not own_label and (score < min_score or (max(scores.values()) < 2 and support == 0)):
        return None
    if not own_label and support == 0 and actor1 is None and actor2 is None and injuries is None and (
            _aimless(doc, triggers, sub) or sub == "Armed clash" and max(scores.values()) < 3 and all(
                doc.span_head(t.start_i, t.end_i).upos == "VERB" for t in triggers if t.value[0] == sub)):
        return None   # "the Gunners attacked relentlessly": no one attacked, no one hit, nothing used; "le projet se heurte à
        # l'opposition": a fight's verb that needs its sides, with no one named (not a noun: "an offensive was launched")
    trigger = label if own_label else max((t for t in triggers if t.value[0] == sub), key=lambda t: t.value[1], default=trigger)
    if sub in GROUP_NEWS and actor1 is None:   # "the TTP announced the formation of a new wing": who speaks of itself acts
        actor1 = next((ActorMention(m, "agent") for m in actor_matches(doc, sent, lex)
                       if isinstance(m.value, ActorGroup) and m.value.inter != "Civilians"), None)
    if sub == "Other" and lex.coups.find(doc, doc.tokens[trigger.start_i:trigger.end_i]) and (actor1 is None or actor1.kind == "military"):
        actor1 = ActorMention(replace(actor1.match if actor1 else trigger, value="mutiny"), "agent")   # a coup is by mutinous forces
    if sub in EXPLOSIONS and actor1 is not None and _state_forces(actor1.match.value) and any(t in triggers for t in needing_a_weapon):
        # "air defences intercepted most of the rockets fired by Hezbollah; one man was killed": the strike was the launcher's
        actor1 = next((ActorMention(m, "agent") for m in actor_matches(doc, sent, lex) if _launched_by(doc, m, found_weapons)), actor1)
    if sub == "Disrupted weapons use" and actor2 is not None and _passive_agent(doc, actor2, trigger):
        actor1, actor2 = actor2, actor1   # "drones launched by Ukraine were intercepted by air defence": who disrupted is actor1
    if sub == "Disrupted weapons use":
        actor1, actor2 = _disrupted_sides(doc, sent, lex, trigger, actor1, actor2, found_weapons, demonyms,
                                          [t for t in triggers if t.value[0] == "Disrupted weapons use"])
    if sub in ("Disrupted weapons use", AIR_STRIKE, "Armed clash") and _aircraft_fought(doc, sent, lex):
        sub, weapon = "Armed clash", None   # "rebels shot down an army helicopter", "opened fire on a helicopter": they fought
        # its crew, which was no air strike
        actor2 = actor2 or _aircraft_nation(doc, demonyms, lex)
    if sub in PROTEST and _gas_on_no_crowd(doc, triggers, weapons, lex):
        sub = "Attack"   # "settlers attacked farmers ... soldiers fired tear gas at the Palestinians": no crowd was dispersed
    if sub in PROTEST | RIOTS:   # "security forces dispersed the protesters": the police
        actor1, actor2 = (_as_police(a, lex) for a in (actor1, actor2))
    protesting_forces = actor1 if sub in PROTEST and _forces_demonstrate(doc, actor1, trigger, triggers, lex) else None
    if protesting_forces is not None:   # "policemen staged a sit-in", "soldiers protested, firing into the air": the forces are the crowd
        actor1 = ActorMention(replace(actor1.match, value="mutiny" if gunfire else "protesters"), "agent")
    if sub in PROTEST and actor1 is not None and actor1.kind == "mutiny" and (gunfire or set(scores) & VIOLENT or lex.intervention.find(doc, sent)):
        sub = "Violent demonstration"   # "des militaires mutins ont tiré en l'air pour réclamer leurs primes": their shots, no one's
        # intervention
    if sub in RIOTS and lex.mutinies.find(doc, sent):   # "mutinying soldiers fired in the air": the forces are the rioters
        actor1, actor2 = (None if a is not None and a.kind in STATE_KINDS else a for a in (actor1, actor2))
    if sub in STRATEGIC and weapon is not None and named(weapon) and not (
            actor1 is not None and actor1.match.start_i <= weapon.start_i < actor1.match.end_i):
        weapon = None   # "demolished the family home of a Palestinian gunman", "arrested three gunmen": whose the gun was, not the act's
    tally = found["fatalities"]
    m = Mention(doc.article_id, n, sub, score, trigger, weapon, fatalities,
                fatalities_explicit=tally.explicit if tally else None, fatalities_exact=tally.exact if tally else None,
                injuries=injuries, actor1=actor1, actor2=actor2,
                fatalities_claimed=bool(fatalities) and bool(lex.claimed_toll.find(doc, sent)),
                fatalities_stated=bool(tally and tally.stated), fatalities_added=bool(fatalities) and adds_to_toll(doc, outside_cause, lex),
                fatalities_restated=bool(fatalities) and bool(lex.restated_toll.find(doc, sent)),
                fatalities_side=_dead_side(doc, sent, tally, lex) if fatalities else None,
                dead_named_before=bool(fatalities) and _remains_of_someone_named(doc, sent, lex),
                doers_named_before=actor1 is not None and actor1.kind == "armed_group" and actor1.role == "agent" and _definite(doc, actor1))
    toll_givers = _toll_givers(doc, sent, lex)   # "a local official put the death toll at 23": no official was hit
    m.identities = [i for i in identities(doc, outside_cause, lex) if not _freed(doc, i, lex) and i.start_i not in done_before   # not the
                    # student whose funeral it was, nor the trader whose killing protesters decried,
                    and doc.span_head(i.start_i, i.end_i).i not in toll_givers
                    and not source(doc, doc.span_head(i.start_i, i.end_i), lex)]   # nor "selon le Collectif contre l'impunité", who told it
    m.protesting_forces = protesting_forces if actor1 is not None and actor1.kind == "protesters" else None   # (a mutiny names them already)
    if sub in EXPLOSIONS and actor2 is None and not (fatalities or injuries or victim):
        m.infrastructure = _infrastructure_hit(doc, sent, lex)
    if sub == "Mob violence" and punished:
        m.actor1_identities = [lex.vigilantes]
    # a demonstration's towns in the order the text lists them ("12.000 à Lyon, 8.000 à Lille"), others nearest the trigger first
    m.places = place_candidates(doc, sent, lex, start if m.event_type in ("Protests", "Riots") else trigger.start, trigger.start_i,
                                sub in TERRITORY | {"Non-violent transfer of territory"})
    if any(p.start_i not in cause and p.value.label != ASIDE for p in m.places):   # the places of a protest's cause ("to
        # demand the reopening of the road to Bandiagara") stay the article's, where others are the sentence's (not a demonym's
        # country: "Kenyan police fired tear gas at demonstrators protesting against new taxes in Nairobi"); not one given its
        # areas ("insecurity in Fada NGourma (Fada Ngourma, Gourma)"): a report's coder brackets the event's place
        m.places = [p for p in m.places if p.start_i not in cause or AREA_HINTS.search(p.text)]
    m.places.sort(key=lambda p: p.start_i in alleged)   # "demolished the homes of two men accused of an attack in Tel Aviv, in
    # Beit Ummar": where what is alleged took place comes after the event's own places
    cause_span = (doc.tokens[cause.start].start, doc.tokens[cause.stop - 1].end) if cause else (0, 0)
    days = [d for d in dates if d.kind not in METADATA_KINDS and not in_dateline(doc, d.start, d.end)]
    cause_words = [doc.tokens[i] for i in cause]
    cause_acts = bool(cause_words) and bool([t for t in lex.triggers.find(doc, cause_words) if t.value[0] not in ("Other", "Agreement")
                                             and t.start_i != cause.start] or lex.deaths.find(doc, cause_words))
    # (a cause that names no act dates nothing: "a protest against the rising cost of living on Monday" is Monday's, nor
    # does a step demanded, "demanding the resignation of President Dina Boluarte on Thursday", nor the words that open the cause,
    # "pour réclamer")
    last_word = next((t for t in reversed(sent) if t.upos != "PUNCT"), sent[-1])
    closing = [d for d in days if d.kind == "weekday" and len(days) == 1 and d.start <= last_word.start < d.end]   # the sentence's only
    # day, a weekday that ends it, is the event's ("gathered to protest the arrest of a local chief in Kumba on Thursday")
    others_days = [d for d in days if cause_acts and cause_span[0] <= d.start < cause_span[1] and d not in closing   # "to demand justice for the victims of the March
                   # 2012 coup"; "arrested 12 people suspected of torching the town hall during last week's riots": the day of what
                   # they are said to have done
                   or _in_what_is_alleged(doc, d, alleged, allegations) or _dates_a_plan(doc, sent, d, trigger, lex)]
    recalled_starts = {doc.tokens[i].start for i in recalled | done_before}   # (nor a day of the dead a funeral was for)
    dated = [d for d in days if d not in others_days and not _dates_another_step(doc, sent, d, trigger, sub, lex.lang)
             and not any(d.start <= x < d.end for x in recalled_starts)   # "déjà frappé en juin 2022": not the event's day
             and not (cause and d.start >= cause_span[0] and counts_back(d, lex.lang))]   # "in reaction to violence the day before"
    links = lex.dates.get("span_links", ())
    dated = [d for d in dated if not any(e.end <= d.start and doc.text[e.end:d.start].strip().lower() in links for e in dated)]
    # "on the night of Nov. 30 to Dec. 1": the span's first day, not its end
    ends = lex.dates.get("span_ends", ())
    dated = [d for d in dated if not (_ends_a_span(doc, d, ends) and any(e.end <= d.start for e in dated))]
    # "stormed a hotel on Tuesday evening, sparking a siege that lasted until Wednesday morning": the day it began
    # "the body of a trader abducted last week was found on Sunday": a day that dates a participle describing someone
    # tells their past, when another day is left for the event
    of_participles = [d for d in dated if _dates_a_participle(doc, sent, d, trigger, lex)]
    freeing = sub == "Agreement" and doc.span_head(trigger.start_i, trigger.end_i).lemma in lex.releases
    dated = [d for d in dated if d not in of_participles] or ([] if freeing else dated[1:] if len(of_participles) > 1 else dated)
    # (of two days the parse hangs on one participle, "freed 12 students seized last week by bandits in Kaduna state on Sunday",
    # the first is its own; the day captives were taken is never that of their release: "released 12 of the 30 passengers they
    # abducted last week", the report's day)
    dated = [d for d in dated if not _a_month_of_someone_s_past(doc, sent, d, trigger)]
    reporting = lex.dates.get("reporting", ())
    # "condemned last month's attack": a day of an event word under the reporting verb is the event's
    told = {i for t in event_words for i in range(t.start_i, t.end_i)}
    report_nouns = lex.dates.get("report_nouns", ())
    dated = [d for d in dated if not _of_a_report(doc, sent, d, report_nouns)] or dated   # "in a statement on Tuesday, JNIM claimed
    # the killing of 30 soldiers ... on Saturday": the statement's day, not the killing's
    toll_nouns = lex.dates.get("toll_nouns", ())
    reports = [(d, verb) for d in dated for verb in [_verb_of(doc, sent, d, told)] if not counts_back(d, lex.lang) and (
               verb.lemma in reporting or _right_after_reporting(doc, sent, d, reporting) or _on_a_report(doc, verb, report_nouns)
               or _of_a_toll(doc, verb, toll_nouns))]
    reported = [d for d, verb in reports if not (d.end <= verb.start and any(v.i == verb.i and e.start > verb.start for e, v in reports))]
    # ("killed 14 villagers on Tuesday, the ministry said on Wednesday": of two days hung on one reporting verb, the one
    # before it dates what was told)
    found_days = [d for d, verb in reports if _of_a_toll(doc, verb, toll_nouns)]
    dated = [d for d in dated if d not in reported] or sorted(reported, key=lambda d: d not in found_days)   # "said Friday that
    # ... from Sunday to Thursday"; "said on Tuesday ... a man whose body was found on Monday": the day of the dead, not of the word
    # a day counted back from another comes first ("On 11 June, JNIM claimed an attack ... two days earlier"), unless another
    # dates the trigger ("fought the army on Tuesday to hold a town they had seized the day before")
    back = not any(_dates_the_trigger(doc, sent, d, trigger) for d in dated if not counts_back(d, lex.lang))
    pairs = _joined_days(doc, dated, lex.dates.get("day_joiners", ()))   # "samedi et dimanche": the pair dates the trigger
    # together, its first day first
    dated = sorted(dated, key=lambda d: (d.kind not in EXPLICIT_KINDS and not (back and counts_back(d, lex.lang)),
                                         not (d.start <= sent[min(2, len(sent) - 1)].start
                                              or any(_dates_the_trigger(doc, sent, e, t) for t in triggers for e in (d, *pairs.get(d.start, ()))))))
    # explicit first, then the sentence's lead ("On 15 December, IS published a video of ... the attacks (November 1)") and
    # those of a trigger's own clause ("troops deployed on Saturday after clashes that killed two on Friday evening"), then
    # the first day named ("abducted a councilman on 29 August, then killed him on 2 September")
    own_year = next((d for d in dates if d.kind == "year" and not cause_span[0] <= d.start < cause_span[1]
                     and (_qualifies_trigger(doc, d, trigger) or sub in VIOLENT | {"Excessive force against protesters"}
                          and _dates_the_trigger(doc, sent, d, trigger))), None)
    # ("the 2019 attack", "l'attentat de 2016", "exhumed the bodies of villagers massacred in 2019"; not "the end of the
    # agreement signed in 2015", whose end is the event)
    articles = lex.dates.get("year_articles", [])   # a year an article opens names its noun's event only (not "prisoners
    # connected to the 2012 coup")
    m.date = own_year or (dated[0] if dated else next((d for d in dates if d.kind == "year" and d.text.split()[0].lower() not in articles),
                                                      None))   # "l'attentat de 2016"
    m.date_reported = m.date in reported and m.date.start > trigger.end   # "40 people have been killed ..., residents said on Friday"
    m.days_of_other_acts = m.date is None and bool(days) and days == others_days
    cue = _cue_of(doc, trigger, cues, lex)
    credit = _photo_credit(doc, start, lex.photo_credit)
    if tally is not None and tally.total:
        m.background = f"a war's total toll: '{tally.evidence[0].text}'"
    elif toll_over_a_period(doc, sent, lex, trigger):
        m.background = f"a toll over a period: '{trigger.text}'"
    elif cue and (m.event_type != "Protests" or cue.value in (THREAT, RECALL, DENIAL) and _heads(doc, cue, trigger)) and label is None \
            and not (cue.value == PLUPERFECT and m.date is not None and m.date.kind in EXPLICIT_KINDS) \
            and not (cue.value == STATEMENT and m.date is not None and m.date.kind not in COARSE_KINDS and (
                _dates_the_trigger(doc, sent, m.date, trigger) and not cue.start_i <= _verb_of(doc, sent, m.date, range(trigger.start_i, trigger.end_i)).i < cue.end_i
                or _after_its_participle(doc, sent, m.date, trigger))):
        # its own date tells (a statement on "l'attaque survenue dimanche contre un bus": the day the attack's own words give, not
        # the statement's: "condemned on Sunday the attacks on civilians")
        m.background = f"{cue.value}: '{cue.text}'"   # a march to denounce or commemorate is itself an event, not a threatened strike
        # nor a protester sentenced ("a court sentenced a protester to death")
    elif credit:
        m.background = f"caption: '{credit}'"
    ev = [_evidence("sub_event_type", doc.article_id, trigger)]
    if weapon:
        ev.append(_evidence("weapon", doc.article_id, weapon))
    for key in ("fatalities", "injuries"):
        if found[key]:
            ev += [_evidence(key, doc.article_id, e) for e in found[key].evidence]
    for key, actor in (("actor1", actor1), ("actor2", actor2)):
        if actor:
            ev.append(_evidence(key, doc.article_id, actor.match))
    if m.date:
        ev.append(_evidence("event_date", doc.article_id, m.date))
    m.evidence = ev
    return m


def another_event_start(doc: Doc, lex: Lexicon) -> int | None:
    """Where the article first announces another event than the one it opened with
    ("Elsewhere", "Des manifestations dans d'autres villes"), as a character offset."""
    return next((a.start for a in lex.another_event.find(doc, doc.tokens) if a.value), None)


def extract_mentions(doc: Doc, lex: Lexicon, min_score: float, another: int | None) -> list[Mention]:
    """Every sentence's event mention, in text order; `another`: another_event_start(doc, lex)."""
    out = []
    label = heading_label(doc, lex)
    cause = next(iter(lex.non_violent_causes.find(doc, doc.tokens)), None)
    for n, sent in enumerate(doc.sentences):
        if sent:
            parts, apart = _event_clauses(doc, sent, lex)
            found = [m for part in parts for m in [mention_in_sentence(doc, n, part, lex, min_score, label)] if m]
            found = [m for m in found if not (out and _no_one_killed(doc, m, lex))]
            for m in found:
                m.another_event = another is not None and another < m.trigger.end or apart and m.trigger.start_i >= parts[-1][0].i   # "in
                # two separate incidents": the second act is another event, wherever the first one was
                if m.background is None and _named_before_as_recalled(doc, m, out):
                    m.background = f"recall: the {m.trigger.text} recalled before"   # "for their role in a 2015 attack ... The attack killed 20"
                if cause is not None and m.background is None and _bare_harm(doc, m, lex, cause):
                    m.background = f"non-violent cause: '{cause.text}'"   # "pluies diluviennes ... onze morts"
                out.append(m)
            if not found and out and _wounded_who_died(doc, sent, lex, out):
                continue
            if not found and out:   # "... killed a soldier. Unknown fatalities coded as 10.", "... clashed in Tame. 4 fatalities reported."
                died, hurt = _added_tolls(doc, n, sent, lex, out[-1])
                _restate_toll(doc, out[-1], stated_toll(doc, sent, lex) or died)
                more = _more_dead(doc, n, sent, lex, out[-1])
                if more is not None:   # "... tuant 12 assaillants. Deux soldats ont également péri."
                    out[-1].fatalities += more.value
                    out[-1].evidence += [_evidence("fatalities", doc.article_id, c) for c in more.evidence]
                _lower_toll(doc, n, out[-1], restated_figure(doc, sent, lex))
                if hurt is not None:   # "... attacked a police post. Three officers were injured."
                    out[-1].injuries = hurt.value
                    out[-1].evidence += [_evidence("injuries", doc.article_id, c) for c in hurt.evidence]
                _intervened(doc, n, sent, lex, out[-1])
    return out


def _intervened(doc: Doc, n: int, sent: list[Token], lex: Lexicon, m: Mention) -> None:
    """Forces that step in, in a sentence of their own right after a peaceful protest ("Security forces
    intervened to restore calm", "Les forces de l'ordre sont intervenues"), make it a protest with
    intervention, and its other side."""
    if m.background or m.sentence != n - 1 or m.sub_event_type != "Peaceful protest":
        return
    step = next(iter(lex.intervention.find(doc, sent)), None)
    forces = next((f for f in actor_matches(doc, sent, lex) if _state_forces(f.value)), None)
    if step is None or forces is None:
        return
    m.sub_event_type = "Protest with intervention"
    m.evidence = [e for e in m.evidence if e["field"] != "sub_event_type"] + [_evidence("sub_event_type", doc.article_id, step)]
    if m.actor2 is None:
        m.actor2 = _as_police(ActorMention(forces, "agent"), lex)
        m.evidence.append(_evidence("actor2", doc.article_id, forces))


def _no_one_killed(doc: Doc, m: Mention, lex: Lexicon) -> bool:
    """A sentence that only says nobody died ("No one was killed.", "Personne n'a été tué."): the toll of the
    event before it, not an attack of its own (burned houses stay property destruction)."""
    return m.fatalities == 0 and not m.injuries and m.sub_event_type == "Attack" and m.weapon is None \
        and bool(lex.deaths.find(doc, doc.tokens[m.trigger.start_i:m.trigger.end_i]))


def _named_before_as_recalled(doc: Doc, m: Mention, earlier: list[Mention]) -> bool:
    """A definite event noun with no date of its own ("The attack killed 20 people", "L'attaque a fait 20
    morts") names the last event the article named by that word; when that one was recalled, so is this."""
    word = doc.span_head(m.trigger.start_i, m.trigger.end_i)
    definite = word.upos == "NOUN" and doc.definite(word)
    same = [e for e in earlier if doc.span_head(e.trigger.start_i, e.trigger.end_i).lemma == word.lemma]
    return definite and m.date is None and bool(same) and (same[-1].background or "").startswith(RECALL)


def _event_clauses(doc: Doc, sent: list[Token], lex: Lexicon) -> tuple[list[list[Token]], bool]:
    """The sentence, or its two parts where a clause that a contrast word or a comma and a conjunction opens ("while RSF
    drones hit Atbara", "tandis que des drones ont frappé Atbara"; casualties.yaml `contrast_markers`; ", and Israeli jets
    struck targets in southern Lebanon") has armed men or their weapons as its subject, or a clause after a semicolon has people of its own as its subject ("police
    fired tear gas in Nakuru; in Kisumu, protesters looted shops"), with an event word and a place of its own,
    as the rest of the sentence has: two events; so are verbs joined by "and" in a sentence that says it tells acts apart ("In
    two separate incidents, gunmen killed a herder in Dioura and abducted two traders near Tenenkou"; casualties.yaml
    `separate_acts`, whose words then leave the first act its toll), and an arrest and the clashes it sparked (_sparked_clause).
    The flag says whether the parts are events apart: the sentence told them so, or a contrast or a conjunction opens the
    second and each names a place of its own."""
    cut = _sparked_clause(doc, sent, lex)
    if cut is not None:
        return [[t for t in sent if t.i < cut], [t for t in sent if t.i > cut]], True
    separate = {i for m in lex.separate_acts.find(doc, sent) for i in range(m.start_i, m.end_i)}
    for mark in sent:
        verb = doc.tokens[mark.head]
        earlier = mark.lemma.lower() in lex.earlier_markers   # "protested in Jos after gunmen killed 10 villagers in Bokkos": the
        # killing the protest came after, an event of its own
        contrast = (mark.lemma.lower() in lex.contrast_markers or earlier) and mark.deprel == "mark" and verb.i > mark.i and verb.upos == "VERB"
        joined = mark.deprel == "cc" and mark.i > sent[0].i and (doc.tokens[mark.i - 1].text == "," or bool(separate))   # ", and Israeli
        # jets struck"
        if mark.i == sent[0].i or not (contrast or joined or mark.text == ";"):
            continue
        parts = [[t for t in sent if t.i < mark.i and t.i not in separate], [t for t in sent if t.i >= mark.i and t.i not in separate]]   # the
        # clause runs to the sentence's end
        explosives = [[w for w in lex.weapons.find(doc, part) if w.value in lex.weapon_events] for part in parts]
        verbs = [v for v in [verb, *doc.children.get(verb.i, [])] if v.i > mark.i and v.upos == "VERB" and (v is verb or v.deprel == "conj")]
        if (contrast or joined) and not (separate and verbs):
            doers = actor_matches(doc, parts[1], lex)
            if not (_acts(doc, verbs, [m for m in doers if ActorMention(m, "agent").armed] + explosives[1])
                    or _harmed_by(doc, verbs, explosives[1], lex) or _acts(doc, verbs, doers) and _demonstrates(doc, parts[1], verbs, lex)):
                continue   # armed men or their weapons strike in the clause, or people were harmed in a blast of its own ("while
                # three others were wounded in an IED blast near Tillaberi"), or people demonstrate ("while in Novi Sad students
                # blocked a bridge"): not "while two children managed to escape"
        # after a semicolon, people act in both parts, or are what people named by "by" did something to (not "hostages are
        # held in Gaza; police arrested 29 demonstrators")
        if not (contrast or joined) and not all(_acts(doc, main, doers) or n and _people_struck_by_someone(doc, main, doers, lex)
                                                for n, part in enumerate(parts)
                                                for main in [[t for t in part if t.upos == "VERB" and (t.head == t.i or not part[0].i <= t.head <= part[-1].i)]]
                                                for doers in [actor_matches(doc, part, lex)]):
            continue
        if earlier and contrast and not (any(t.value[0] in VIOLENT for t in lex.triggers.find(doc, parts[1]))
                                         and not any(t.value[0] in VIOLENT for t in lex.triggers.find(doc, parts[0]))):
            continue   # (violence after which came no violence: a protest, an arrest; not "retook the town after the forces withdrew")
        candidates = [place_candidates(doc, part, lex, part[0].start) for part in parts]
        places = [{p.text for p in found} for found in candidates]
        if all(_events_named(doc, part, lex) or weapons for part, weapons in zip(parts, explosives)) \
                and all(places) and not places[0] & places[1]:
            rest, _ = _event_clauses(doc, parts[1], lex) if mark.text == ";" else ([parts[1]], False)
            return [parts[0], *rest], bool(separate) or (contrast or joined) and all(
                any(p.value.label not in NO_PLACE and is_local_name(p.text) for p in found) for found in candidates)
            # (an explosive weapon names its event: "RSF drones hit Atbara"; each in a place of its own, not "killed four herders
            # while six others went missing"; a list goes on past its next semicolon: "in Nairobi, ...; in Mombasa, ...; and in
            # Kisumu, two protesters were shot dead by police"); events apart where a contrast word or a conjunction opens a
            # clause and each part names a town or an area, not a demonym or a country only ("Israeli jets struck back while
            # militants fired rockets at Sderot", "farmers rallied across France ..., but in Lyon police charged the crowd"; not
            # a semicolon's "... on Eilat; the army intercepted a drone over the Gulf of Aqaba", the same strike)
    return [sent], False


def _sparked_clause(doc: Doc, sent: list[Token], lex: Lexicon) -> int | None:
    """The comma before a participle of causing whose demonstration or clash follows a strategic act ("Sonko was arrested in
    Dakar on Tuesday, sparking clashes between his supporters and police", "..., déclenchant des manifestations";
    demonstrations.yaml `consequences`): two events, as ACLED codes them (not "shot dead a teenager, sparking riots": the
    killing, which _sparked keeps alone)."""
    commas = [c for c in sent[1:-1] if c.text == "," and doc.tokens[c.i + 1].lemma in lex.consequences
              and any(form in doc.tokens[c.i + 1].feats for form in ("VerbForm=Part", "VerbForm=Ger"))]
    triggers = lex.triggers.find(doc, sent) if commas else []   # (looked up only where a participle of causing follows a comma)
    for comma in commas:
        verb = doc.tokens[comma.i + 1]
        before = [t for t in triggers if t.end_i <= comma.i]
        after = [t for t in triggers if t.start_i > verb.i]
        if before and all(t.value[0] in STRATEGIC for t in before) and any(t.value[0] in PROTEST | RIOTS | {"Armed clash"} for t in after):
            return comma.i
    return None


def _at_animals(doc: Doc, words: Match, lex: Lexicon) -> bool:
    """Whether all the verb's objects are animals ("shot dead livestock", "beat the donkeys")."""
    objects = [c for c in doc.children.get(words.start_i, []) if c.deprel in ("obj", "dobj")]
    return bool(objects) and all(o.lemma.lower() in lex.animals for o in objects)


def _at_a_country(doc: Doc, words: Match, lex: Lexicon) -> bool:
    """Whether what the words fired at is a country by its name ("a missile fired at Israel"): aimed at a land, no one's
    harm."""
    after = doc.tokens[words.end_i] if words.end_i < len(doc.tokens) else None
    return after is not None and after.upos == "PROPN" and after.deprel not in ("amod", "compound") \
        and any(c.start_i == after.i for c in lex.countries.find(doc, [after]))   # (not "attacked Nigerien pastoralists")


def _wielded_by(doc: Doc, weapon: Match, actor: ActorMention) -> bool:
    """Whether the weapon is in a relative clause on the actor's words ("gunmen who threw explosives",
    "des hommes qui ont lancé une grenade"): the actor's own."""
    words = range(actor.match.start_i, actor.match.end_i)
    return any(h.deprel in RELATIVE_CLAUSES and h.head in words for h in doc.heads(doc.tokens[weapon.end_i - 1], 3))


def _acts(doc: Doc, verbs: list[Token], doers: list[Match]) -> bool:
    """Whether one of the doers is the active subject of one of the verbs."""
    return any(c.deprel == "nsubj" and any(m.start_i <= c.i < m.end_i for m in doers) for v in verbs for c in doc.children.get(v.i, []))


def _events_named(doc: Doc, part: list[Token], lex: Lexicon) -> list[Match]:
    """The event words of a part of a sentence, a verb's object among them ("blocked a bridge")."""
    return [*lex.triggers.find(doc, part), *_verb_object_triggers(doc, part, lex, [])]


def _demonstrates(doc: Doc, part: list[Token], verbs: list[Token], lex: Lexicon) -> bool:
    """Whether one of the verbs names a demonstration or a riot ("students blocked a bridge")."""
    return any(t.value[0] in PROTEST | RIOTS and doc.span_head(t.start_i, t.end_i) in verbs for t in _events_named(doc, part, lex))


def _harmed_by(doc: Doc, verbs: list[Token], explosives: list[Match], lex: Lexicon) -> bool:
    """Whether one of the verbs tells of hurt or death that an explosive weapon in its own phrase caused ("were wounded in an
    IED blast", "in an IED blast": the weapon's noun, its preposition, the verb)."""
    harmed = [v for v in verbs if lex.deaths.find(doc, [v]) or lex.injuries.find(doc, [v])]
    return any(v in doc.heads(doc.tokens[w.end_i - 1], 3) for w in explosives for v in harmed)


def _people_struck_by_someone(doc: Doc, verbs: list[Token], people: list[Match], lex: Lexicon) -> bool:
    """Whether one of the (passive) verbs has people as its subject and names who did it ("two protesters were shot dead by
    police"; not "all 12 were intercepted by air defences", no people struck)."""
    return any(_done_by_someone(doc, doc.children.get(v.i, []), lex) and any(
        c.deprel in PASSIVE_SUBJECTS and any(m.start_i <= c.i < m.end_i for m in people) for c in doc.children.get(v.i, [])) for v in verbs)


def _added_tolls(doc: Doc, n: int, sent: list[Token], lex: Lexicon, m: Mention) -> tuple[Tally | None, Tally | None]:
    """Counts of deaths and of injuries in a sentence of its own, right after an event that gave
    none ("4 fatalities reported", "Trois policiers ont été blessés"): that event's tolls."""
    if m.background or m.sentence != n - 1 or m.fatalities is not None and m.injuries is not None or lex.cumulative.find(doc, sent):
        return None, None
    found = casualties(doc, sent, lex)
    if m.fatalities is not None and found["fatalities"] is not None:   # "Quatre blessés ont ensuite succombé": the injured are dead
        return None, None
    return tuple(tally if getattr(m, name) is None and tally is not None and (tally.explicit or name == "injuries" and tally.value == 1)
                 and not tally.total else None   # "Un berger a été blessé": one wounded, told by its article
                 for name in ("fatalities", "injuries") for tally in [found[name]])


def _more_dead(doc: Doc, n: int, sent: list[Token], lex: Lexicon, m: Mention) -> Tally | None:
    """The dead a sentence of its own, right after an event that gave its toll, says add to it ("Deux soldats ont également
    péri", "Two soldiers also died"; casualties.adds_to_toll)."""
    if m.background or m.sentence != n - 1 or m.fatalities is None or not adds_to_toll(doc, sent, lex):
        return None
    dead = casualties(doc, sent, lex)["fatalities"]
    return dead if dead is not None and dead.explicit and not dead.total else None


def _lower_toll(doc: Doc, n: int, m: Mention, figure: Tally | None) -> None:
    """Another source's lower figure of the toll, in a sentence of its own right after it ("Gunmen killed 12 villagers,
    residents said. The army put the toll at seven."): ACLED codes the lowest."""
    if figure is not None and not m.background and m.sentence == n - 1 and m.fatalities and figure.value < m.fatalities:
        m.fatalities, m.fatalities_explicit, m.fatalities_exact, m.fatalities_restated = figure.value, True, figure.exact, True
        m.evidence = [e for e in m.evidence if e["field"] != "fatalities"] + [_evidence("fatalities", doc.article_id, c) for c in figure.evidence]


def _restate_toll(doc: Doc, m: Mention, stated: Tally | None) -> None:
    if stated is not None:
        m.fatalities, m.fatalities_explicit, m.fatalities_exact, m.fatalities_stated = stated.value, True, True, True
        m.evidence = [e for e in m.evidence if e["field"] != "fatalities"] + [_evidence("fatalities", doc.article_id, c) for c in stated.evidence]


def _bare_harm(doc: Doc, m: Mention, lex: Lexicon, cause: Match) -> bool:
    """A mention whose only evidence of violence is a word of death or of remains found, of destruction that nobody
    did or of a blast that names no weapon: no weapon, nobody armed who did it (the dead are named:
    "landslides killed 30 people"; whoever reports it did nothing: "a bus crash killed 12 passengers,
    police said"; "un incendie accidentel a détruit le marché"; "an explosion at an ammunition depot
    ...; officials blamed a short circuit")."""
    head = doc.span_head(m.trigger.start_i, m.trigger.end_i)
    found_dead = any(c.lemma in lex.remains for c in doc.children.get(head.i, []) if c.deprel.startswith("nsubj"))   # "the bodies of 12
    # migrants were found ... They had died of thirst"
    died = bool(lex.deaths.find(doc, doc.tokens[m.trigger.start_i:m.trigger.end_i])) or found_dead
    actor = doc.tokens[m.actor1.match.end_i - 1] if m.actor1 is not None else None
    in_cause = actor is not None and any(h.i in range(cause.start_i, cause.end_i) for h in doc.heads(actor, 3)) \
        and not _cases(doc, actor) & BY_CASES
    # (not "un hélicoptère de l'armée s'est écrasé", "l'explosion d'un dépôt de munitions de l'armée": whose aircraft crashed, whose
    # depot blew up, did nothing; but "l'incendie de leur maison provoqué par des assaillants": who set it)
    ruin = m.sub_event_type in ("Looting/property destruction", "Remote explosive/landmine/IED") and (m.actor1 is None or in_cause)
    doer = m.actor1 is not None and m.actor1.armed and not _speaks(doc, m.actor1, m.trigger, lex.dates.get("reporting", ())) and not in_cause
    cause_words = {t.i for t in doc.subtree(doc.span_head(cause.start_i, cause.end_i))} if m.weapon is not None else set()
    return (died or ruin) and not doer and (m.weapon is None or m.weapon.start_i in cause_words) and not _partial_cause(doc, cause, lex)
    # (nor one that the cause's clause names: "dynamite had been mishandled")


def _partial_cause(doc: Doc, cause: Match, lex: Lexicon) -> bool:
    """Whether the cause is given for a part of the dead only ("129 inmates died, most in a stampede", "la plupart dans une
    bousculade"; triggers.yaml `partial`): the rest died of the event told before."""
    head = doc.span_head(cause.start_i, cause.end_i)
    near = [head, *doc.heads(head, 2)]
    return any(t.lemma.lower() in lex.partial or any(c.lemma.lower() in lex.partial and c.deprel == "advmod" for c in doc.children.get(t.i, []))
               for t in near)
