"""A language's knowledge, loaded from its resource files, and the phrase matcher that applies it.

Phrases match a sentence three ways: a single word against a token's lemma or lower-cased text,
and a multi-word phrase against the sentence's lower-cased surface text or its lemma string.
Overlapping matches keep the longest, so "air strike" beats "strike".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

from pipeline.nlp.doc import Doc, Token, normalise
from pipeline.resources import demonyms, load_common, load_resource

V = TypeVar("V")


@dataclass(frozen=True)
class Match(Generic[V]):
    start_i: int          # first token
    end_i: int            # one past the last token
    start: int            # character offsets in the article
    end: int
    text: str
    value: V

    @classmethod
    def of_token(cls, tok, value=None) -> "Match":
        """The one token as a match ("the verb that said it", a single word found by its parse)."""
        return cls(tok.i, tok.i + 1, tok.start, tok.end, tok.text, value)


SHADOW = object()   # the value of a phrase that only hides the words inside it


class PhraseMatcher(Generic[V]):
    """Words and phrases, matched on lemmas or lower-cased forms; the `gaps` (one-word lemmas:
    weekdays, "hier") may interrupt a phrase ("ont repris mercredi le contrôle"); the `shadows`
    are phrases that win over the shorter ones inside them and match nothing ("fuel tanks"); the
    `cased` words match only as written ("IS", not the verb "is"), and not as the first word of a name ("AS Vita Club")."""

    def __init__(self, entries: list[tuple[str, V]], gaps: frozenset = frozenset(), shadows: list[str] = (),
                 cased: list[tuple[str, V]] = ()):
        self.gaps = gaps
        self.cased: dict[str, list[V]] = {}
        for word, value in cased:
            self.cased.setdefault(word, []).append(value)
        self.words: dict[str, list[V]] = {}
        phrases: dict[str, V] = {}
        for phrase, value in [*entries, *((s, SHADOW) for s in shadows)]:
            phrase = normalise(str(phrase)).strip()
            if not re.fullmatch(r"\w+", phrase):   # phrases, and hyphenated or dotted words
                phrases.setdefault(phrase, value)
            else:
                self.words.setdefault(phrase, []).append(value)
        self.phrases = phrases
        self.regex = re.compile(rf"(?<!\w)(?:{_trie_pattern(phrases)})(?:(?<=')|(?!\w))") if phrases else None   # "soupçonnés
        # d'avoir": an elided end runs into a word

    def _phrase_value(self, matched: str) -> V:
        key = re.sub(r"\s+", " ", matched).replace("' ", "'")
        return self.phrases.get(key, self.phrases.get(matched))

    def find(self, doc: Doc, tokens: list[Token]) -> list[Match[V]]:
        if not tokens:
            return []
        found: list[Match[V]] = []
        forms = doc.forms
        for tok in tokens:
            form = forms[tok.i]
            for key in (tok.lemma,) if form == tok.lemma else (tok.lemma, form):   # lemma first: a fixed order, whatever the hash seed
                for value in self.words.get(key, ()):
                    found.append(Match(tok.i, tok.i + 1, tok.start, tok.end, doc.text[tok.start:tok.end], value))
            if tok.text in self.cased and not (tok.i + 1 < len(doc.tokens) and doc.tokens[tok.i + 1].text[:1].isupper()):
                found += [Match.of_token(tok, value) for value in self.cased[tok.text]]   # not "AS Vita Club", a club's name
        if self.regex:
            found += self._find_phrases(doc, tokens)
        return [m for m in _longest(found) if m.value is not SHADOW]

    def _find_phrases(self, doc: Doc, tokens: list[Token]) -> list[Match[V]]:
        out = []
        base = tokens[0].start
        surface = _surface(doc, base, tokens[-1].end)
        for m in self.regex.finditer(surface):
            covered = [t for t in tokens if t.end > base + m.start() and t.start < base + m.end()]
            if covered:
                value = self._phrase_value(m.group(0))
                if value is not None:
                    out.append(Match(covered[0].i, covered[-1].i + 1, base + m.start(), base + m.end(),
                                     doc.text[base + m.start(): base + m.end()], value))
        gapped = [t for t in tokens if t.lemma.lower() not in self.gaps] if self.gaps else tokens
        for kept in [tokens] + ([gapped] if len(gapped) < len(tokens) else []):
            for verbs_only in (False, True):
                line, line_tok = _lemma_line(doc, kept, verbs_only)
                for m in self.regex.finditer(line):
                    covered = [(s, t) for s, e, t in line_tok if e > m.start() and s < m.end()]
                    value = self._phrase_value(m.group(0))
                    if covered and value is not None and covered[0][0] >= m.start():   # (a phrase from inside a word, "État
                        # islamique" of "pro-État", is the surface's: it starts after the word's own start)
                        covered = [t for _, t in covered]
                        out.append(Match(covered[0].i, covered[-1].i + 1, covered[0].start, covered[-1].end,
                                         doc.text[covered[0].start:covered[-1].end], value))
        return out


def _trie_pattern(phrases) -> str:
    """One pattern for all the phrases, their shared beginnings written once (a regex trie: each position of a line
    tries a few letters, not every phrase), that prefers the longest phrase, as "air strike" over "air"; a space
    matches any run of spaces, and an apostrophe may have one after it (tokens joined by spaces: "l' ordre")."""
    root: dict = {}
    for phrase in phrases:
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}   # a phrase ends here
    return _node_pattern(root)


CHAR_PATTERNS = {" ": r"\s+", "'": r"'\s?"}   # a space matches a run of them; an apostrophe may have one after it


def _node_pattern(node: dict) -> str:
    branches = [CHAR_PATTERNS.get(char, re.escape(char)) + _node_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body   # greedy: the longer phrase first, the one ending here if it fails


def _surface(doc: Doc, start: int, end: int) -> str:
    """The normalised text between two offsets, once per document (every matcher reads it)."""
    cache = doc.matcher_cache
    key = ("surface", start, end)
    if key not in cache:
        cache[key] = normalise(doc.text[start:end])
    return cache[key]


def _lemma_line(doc: Doc, tokens: list[Token], verbs_only: bool = False) -> tuple[str, list[tuple[int, int, Token]]]:
    """The tokens' lemmas joined by spaces, with each token's span in that line, once per document;
    with `verbs_only`, the verbs' lemmas and the other words as written, for phrases that inflect
    their verb but not its object ("a trouvé la mort" is "trouver la mort", whose lemma line is
    "trouver le mort")."""
    cache = doc.matcher_cache
    key = (tuple(t.i for t in tokens), verbs_only)
    if key not in cache:
        parts, spans, pos = [], [], 0
        for tok in tokens:
            word = tok.lemma if not verbs_only or tok.upos in ("VERB", "AUX") else doc.forms[tok.i]
            parts.append(word)
            spans.append((pos, pos + len(word), tok))
            pos += len(word) + 1
        cache[key] = (" ".join(parts), spans)
    return cache[key]


def clear_of(m: Match, others: list[Match]) -> bool:
    """Whether the match overlaps none of the others."""
    return all(m.end <= o.start or m.start >= o.end for o in others)


def _longest(matches: list[Match]) -> list[Match]:
    kept: list[Match] = []
    for m in sorted(matches, key=lambda m: (-(m.end - m.start), m.start)):
        if clear_of(m, kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def _flatten(mapping: dict) -> list[tuple[str, object]]:
    """{value: [phrases]} -> [(phrase, value)]."""
    return [(p, v) for v, phrases in (mapping or {}).items() for p in phrases or ()]


@dataclass(frozen=True)
class ActorGroup:
    name: str
    inter: str
    country: str | None = None
    per_country: bool = False
    member_of: str | None = None   # the alliance it joined (ACLED codes it by year: resolve/stage.py)
    governs: bool = False          # holds an area as its authority: its arrests are Arrests, like a state's
    beside_state: bool = False     # fights beside the state's forces (VDP, Wazalendo): never their other side in a clash


@dataclass
class Lexicon:
    lang: str
    triggers: PhraseMatcher          # -> (sub_event_type, weight)
    headings: PhraseMatcher          # -> sub_event_type: the triggers, and the words that name an event only as a report's label
    weapons: PhraseMatcher           # -> weapon class
    weapon_held: frozenset           # lemmas under which a weapon is held, found or seized, not used
    weapon_borne: frozenset          # of those, lemmas under which who attacks bears a knife or a gun he uses ("armed with")
    weapon_thrown: frozenset         # explosive classes that who bears them throws when attacking ("men armed with grenades attacked")
    weapon_carried: frozenset        # lemmas whose direct object is a weapon carried, not used ("a truck carrying explosives")
    weapon_captured: frozenset       # arrest lemmas whose captive's weapon was found on them ("arrested two men with a grenade")
    explosive_contact: frozenset     # "strike", "sauter": their subject ran into the explosive ("a vehicle struck an IED")
    explosive_set_off: frozenset     # "trigger": of those, the verbs whose armed subject set the explosive off ("rebels triggered a blast")
    explosive_passing: frozenset     # "passage": nouns of whose passing the explosive went off ("au passage de leur patrouille")
    weapon_site_words: frozenset     # weapon words that name a place after a proper noun ("the Inata mine")
    air_dropped: frozenset           # "bomb", "bombard": an explosive from the air when an aircraft or a drone is named with it
    drop_verbs: frozenset            # "drop", "larguer": a bomb their object falls from the air ("dropped bombs on a school")
    throw_verbs: frozenset           # "throw", "lancer": an explosive device their object was thrown, a grenade
    handled_verbs: frozenset         # "pick up", "ramasser": a shell their object was found and handled, an unexploded remnant
    downing: frozenset               # "shoot (down)", "abattre": verbs that bring an aircraft down
    manned_aircraft: frozenset       # "helicopter", "avion": aircraft with a crew, which those verbs down in a fight
    aimed_at: frozenset              # "on", "at", "sur": the prepositions of what shots were aimed at ("fired at a helicopter")
    laid_for: frozenset              # "for", "à": the preposition of whom an ambush was laid for ("tendu une embuscade à des jihadistes")
    weapon_events: dict[str, str]    # weapon class -> sub-event type
    numbers: PhraseMatcher           # -> (int, vague): number words, and vague counts ("une dizaine", "dozens") that give no exact figure
    lower_bounds: PhraseMatcher
    singular_articles: frozenset      # "a", "the", "un": 1 beside another count
    pair_nouns: frozenset             # "couple": a singular noun that names two people
    units: tuple                      # words after a number that measure something else
    unit_links: tuple                 # "of", "de": between a vague count and its unit ("hundreds of miles")
    numbered: frozenset               # words right before a figure that make it a thing's number ("route nationale 4")
    range_words: frozenset            # "between", "entre"
    higher_guess: frozenset           # "possibly", "voire": between two figures, the second a higher guess
    deaths: PhraseMatcher
    injuries: PhraseMatcher
    other_fates: PhraseMatcher       # "arrested", "enlevés": what befell people counted apart from the dead and the wounded
    no_casualties: PhraseMatcher
    not_deaths: PhraseMatcher        # "dead city", "attempted to assassinate": a death word that names no death
    verdicts: frozenset              # "sentence", "condamner", "threaten": the death they give is a penalty or a threat, no one died
    victim_nouns: frozenset          # "killing", "assassinat": their "of" phrase names who was killed
    harm: PhraseMatcher              # violence at people that kills or wounds nobody ("opened fire on", "assaulted"; ROBBERY: "robbed")
    subsets: PhraseMatcher
    selves: frozenset                # "himself": the killer among the dead ("killing himself and 4 civilians")
    selves_counted: frozenset        # "bomber": the killer named in a count's subset ("killing 6 people including the bomber")
    worn_explosives: frozenset       # "vest", "ceinture": a bomber's own, by a possessive, blown up with him ("detonated his vest")
    claimed_toll: PhraseMatcher      # "claimed that it killed 12": a side's figure, not a source's
    added_toll: PhraseMatcher        # "also", "également": a toll that adds to one reported before
    other_dead: frozenset            # "other", "autre": the dead are others than those told before, a toll that adds
    dead_sides: frozenset            # "side", "côté": after a count of the dead, the side they were on follows
    restated_toll: PhraseMatcher     # "put the toll at", "parle de": another source's figure of the same toll
    superseded_toll: PhraseMatcher   # "an earlier toll", "un précédent bilan": a figure a later one replaced
    cumulative: PhraseMatcher        # "since", "depuis": a toll over a period, no one event's
    crossfire: PhraseMatcher         # "stray bullet", "balle perdue": the victim was hit by a fight no side aimed at them
    planting: PhraseMatcher          # "while planting", "en train de poser": an explosive stopped as it was laid, never used
    overall: PhraseMatcher           # "overall", "au total": the sentence's whole toll, the other figures part of it
    stated_toll: PhraseMatcher       # "coded as": the figure after it is the toll the report codes
    tolls: PhraseMatcher             # "toll", "bilan": the figure its verb gives is the dead ("the toll rose to 14")
    later_deaths: frozenset          # "hospital", "victime": a later death, under them, is the last event's
    dying: frozenset                 # "die", "périr": verbs whose subject is the dead
    bearing: frozenset               # "suffer", "souffrir": verbs whose one subject bears the wounds they take
    losing: frozenset                # "lose", "perdre": verbs whose object, people counted, are the subject's dead
    listed_with: frozenset           # "along with": a preposition that lists people beside others, dead with them
    lost_people: frozenset           # "soldier", "soldat": the people a verb of losing or falling counts
    falling: frozenset               # "tomber": verbs whose subject, people counted, fell dead
    fell_into: frozenset             # "dans", "mains": words that make a fall no death ("tombés dans une embuscade")
    animals: frozenset               # "livestock", "bétail": killed, they are no fatalities
    remains: frozenset               # "body", "corps": with a possessive pronoun, the dead of people told of before
    earlier_event: PhraseMatcher     # "a week after a massacre": what follows is another event's toll
    earlier_markers: frozenset       # "after", "après": opening a clause with its own subject, another event
    contrast_markers: frozenset      # "while", "tandis que": opening a clause with an event of its own beside the first
    separate_acts: PhraseMatcher     # "in two separate incidents": verbs joined by "and" tell an event each
    another_event: PhraseMatcher     # -> True, or False for the exceptions ("en outre"): "elsewhere", "dans d'autres villes"
    non_violent_causes: PhraseMatcher   # floods, road accidents: deaths with no actor or weapon are theirs
    background: PhraseMatcher        # -> cue kind (recall, denial, threat)
    habitual_adverbs: frozenset      # "often", "souvent": a verb in the simple present says what someone does
    relative_words: frozenset        # "where", "où": a relative clause's opening word, however the parse hangs the clause
    penalties: frozenset             # (lemmas) what a court condemns people to ("condamnés à deux ans de prison"): a sentence, no statement
    hearsay_verbs: frozenset         # (lemmas) verbs whose conditional tells hearsay, not a plan ("il y aurait dix morts")
    funerals: frozenset              # (lemmas) "funeral", "obsèques": the killing of whose funeral it is, recalled
    reflexive_pronouns: frozenset    # "se", "s'"
    reflexive_verbs: frozenset       # "abattre": "les pluies se sont abattues sur Niamey" fell, nobody was shot
    transitive_other_sense: frozenset   # "gather", "strike": with an object, no protest ("strike AQIM positions")
    intransitive_other_sense: frozenset   # "disperse": with no object nor passive, no intervention ("dispersed in the bush")
    gatherings: frozenset   # "gather", "rassemblement": armed men gathering are no demonstration
    aftermath: frozenset    # "before", "avant": an arrest so told after a violent act is the doer caught
    partial: frozenset      # "some", "une partie": a part of the projectiles intercepted, the rest hit
    coups: PhraseMatcher             # "tentative de coup d'État": its soldiers are a mutiny of the country's forces
    mutinies: PhraseMatcher          # "mutinying soldiers": forces who riot are the rioters
    searches: frozenset              # "raided", "descente": forces' raids that, with arrests and no harm, are arrests
    releases: frozenset              # "libérer", "rescue": verbs whose object, described as abducted, was freed
    attempts: frozenset              # "attempt", "tentative": ground taken only in a try's infinitive was not taken
    quarrels: frozenset              # "dispute", "conflit": a fight's noun only as what did the harm or what it came during
    captives: frozenset              # "hostage", "otage": trigger words (lemmas) that name people, whom a demonym on them is of
    negations: frozenset             # "no", "not", "aucune": a trigger they qualify names no event ("No arrests were made")
    endings: frozenset               # "cessation", "arrêt": the violence their "of" phrase names ends, no event of it
    nobody: PhraseMatcher            # "no one", "personne n'": no one taken ("no one was arrested") is no arrest
    occurring: PhraseMatcher         # "take place", "eu lieu": a trigger whose happening is negated names no event
    plans: frozenset                 # "plot", "projet": an act named right after one was not done ("a plot to attack")
    figurative_objects: frozenset    # "plan", "réforme": what a violent verb attacks only in words ("attacked the budget plan")
    own_body: frozenset              # "himself": a fire set to one's own body is a protest, no arson
    violated_objects: frozenset      # "trêve": what a word of rape, which also means to violate, violates without violence
    forced_outcome: frozenset        # "force", "contraindre": a withdrawal they govern was forced by fighting ("forcing troops to withdraw")
    military_sense: dict             # lemma -> sub-event type: "Israeli strikes" are air strikes, no walkout
    strike_aims: frozenset           # "against", "on": a strike against armed men is a military one
    weapon_needed: frozenset         # "intercept": a disrupted weapon use only with a weapon in its sentence ("intercepted a truck": none)
    bare_blasts: frozenset           # "explosion": a blast word that names no weapon, an accident's when the sentence names one
    interception_means: PhraseMatcher   # "air defences", "arms": words that count as that weapon
    verb_objects: tuple              # VerbObjects: verbs that name an event with some objects ("seized Maiha", "blocked the road")
    photo_credit: re.Pattern         # the credit that ends a picture's caption line ("( AFP / RAYMOND ROIG )")
    actor_kinds: PhraseMatcher       # -> kind or ActorGroup
    nouns_only: frozenset            # "national": an actor word only as a common noun ("a Chinese national", not "the national army")
    identities: PhraseMatcher        # -> identity label, or an organisation's ACLED name (common/organisations.yaml)
    ethnic_groups: PhraseMatcher     # -> "<Group> Ethnic Group": the words of ethnic_militias' groups
    settlements: frozenset           # "village", "campement": an ethnic word on one names its people ("the Dogon village of X")
    home_links: frozenset            # "from", "du": "villagers from Nagbingou" names a communal militia by its village
    armed_words: frozenset           # "armed", "armés"
    identities_also: dict            # identity or ethnic militia -> identities ACLED codes with it ("Fulani": "Pastoralists")
    vigilantes: str                  # the identity of a crowd that punishes suspects ("Vigilante Group")
    communities: PhraseMatcher       # words that make a fight between civilians a communal one
    demonstration: PhraseMatcher     # words that make a crowd's violence a demonstration, not a mob's
    protest_topic: PhraseMatcher     # "against": what follows a protest's trigger and this word is its cause
    riot_targets: frozenset          # "against": after a riot's act, whom it hit ("threw stones against police")
    during: frozenset                # "during", "lors": people arrested so at a protest were held in it, whoever they are
    cause_agents: frozenset          # "by", "par": after a protest's cause, who did what it decries ("the killing of a driver by soldiers")
    permits: frozenset               # "ban", "interdire": verbs whose agent bans or allows a protest, no side of it
    intervention: PhraseMatcher      # "police intervened": beside a protest, forces intervened in it
    reasons: frozenset               # "for", "pour": before a verb, why someone was struck ("killed a teacher for defying a boycott")
    cause_needed: frozenset          # "défiler": a protest only when its cause is named ("ont défilé contre la réforme"), else a parade
    consequences: frozenset          # "spark", "provoquer": the protest or riot they take is what the event led to, another event
    attribution: PhraseMatcher       # "claimed", "planted by": a sentence naming who was behind an event
    hedges: frozenset                # "presumed", "suspected": verbs a parser may hang the perpetrators on
    identity_links: PhraseMatcher    # "believed to be": the identities after an actor's words and these are its people's
    blamed_on: PhraseMatcher         # "attacks blamed on herders": the identities after these are the perpetrators'
    blame_verbs: dict                # "blamed the attack on al-Shabaab": verb lemma -> the prepositions before who is blamed
    state_fire: PhraseMatcher        # "Pakistani sniper fire": a people's fire is its state's forces'
    accusers: frozenset              # "accuse": whom they accuse did the act, who accuses did not
    finders: frozenset               # "found", "discovered": verbs whose subject came upon an event's traces
    plural_possessives: frozenset    # "their", "leurs": possessives of many owners, never of one teller
    membership: frozenset            # "member": a word of belonging between a link and the people it names
    inquiries: frozenset             # "investigate", "investigation": verbs or nouns of looking into an event
    service_verbs: frozenset         # "serve", "servir": "peacekeepers serving with the UN mission" name the mission theirs
    presence: frozenset              # "active", "operate", "sévir": a group only said to be active somewhere is no side
    followers: frozenset             # "supporter", "partisan": people a group qualifies who back it, not its members
    activists: frozenset             # "militants": civilians when a civil organisation qualifies them ("militants du PASTEF")
    staff: frozenset                 # "employee", "employé": people whose employer's identity, when named, is theirs
    identity_negations: frozenset    # "not", "non": an identity they deny is not the people's ("who were not Muslims")
    condemning: frozenset            # "condemn", "dénoncer": their subject did not do the event, whoever it is
    activities: frozenset            # "operation": an actor word qualifying one ("a military operation") names no actor
    made_verbs: frozenset            # "set (up)", "installer": their object is the subject's own ("set up a checkpoint")
    alerted_verbs: frozenset         # "call", "alerter": their object was told of the event ("called the police"), no side
    handing_verbs: frozenset         # "hand", "remettre": to whom someone was handed over ("handed him to the police"), no side
    posted_at: frozenset             # "at", "à": the acting forces' own post named after it ("would not stop at a checkpoint")
    parents: frozenset               # "branch", "branche": the group after it, in apposition to another, is that one's parent, no side
    allies: PhraseMatcher            # "backed by", "appuyés par": who fights beside actor1 (True), or whom it pledged allegiance to (False)
    allegiance_suffixes: frozenset   # "linked": after a hyphen, the group before it is whom the next one is linked to ("Islamic State-linked ADF")
    ally_nouns: frozenset            # "allies": the name between it and a possessive fought beside its owner ("its Wazalendo allies")
    toll_people: frozenset           # "people", "personne": the words a toll counts the dead by, whoever they were
    clash_links: frozenset           # "and", "à": between the two sides of a clash ("opposé les rebelles à des chasseurs")
    reciprocal: frozenset            # "exchange", "échanger": verbs whose subjects did it to each other (two sides)
    fled_verbs: frozenset            # "flee", "fuir": people who fled an event were no side in it
    gang_words: frozenset            # "gang": a gang with a proper name is a group of its own ("le gang Taliban")
    known_as: PhraseMatcher          # "known as", "connu sous le nom de": the gang's name follows
    gang_name_links: frozenset       # "de", "of": small words inside a gang's name ("Village de Dieu")
    gang_name: str                   # ACLED's pattern for it: "{name} Gang"
    gang_inter: str
    facilities: frozenset            # "post", "convoy", "camp": an actor's place or vehicle, which is attacked, never attacks
    crewed: frozenset                # "convoy", "convoi": a facility that travels with its people, whom a crowd stoning it faces
    comrades: frozenset              # "colleague", "camarade": the doer's own, when a possessive says whose
    post_setters: frozenset          # "hold", "dresser": a post they take as object is the doers' own ("held a checkpoint")
    holding: frozenset               # "hold", "contrôler": who holds a place struck did not strike it ("a depot held by the RSF")
    infrastructure: frozenset        # "bridge", "oléoduc": what an explosion may hit with no one as its target
    public_buildings: frozenset      # "prefecture", "mairie": wrecked by a crowd, a riot against the authorities
    civilian_cargo: frozenset        # "aid", "vivres": what a civilian convoy carries
    anonymous: frozenset             # "men", "individus": people the text does not name, armed when they shoot
    collectives: frozenset           # "crowd", "foule": many people in the singular
    stranger_cues: PhraseMatcher     # "assassinated", "on a motorbike": those anonymous men who kill are armed men, no mob
    crowd_police: frozenset          # "security forces": police where they face a demonstration
    undergoing: frozenset            # "come under", "essuyer": verbs whose subject suffered the event
    target_nouns: frozenset          # "target", "cible": "were the target of gunfire", their subject struck
    arrivals: frozenset              # "arrive", "arriver": "before police arrived", who came after the act did not do it
    arrived_later: PhraseMatcher     # "before the arrival of", "avant l'arrivée de": the nouns' forms of the same
    deployed: frozenset              # "deploy", "déployer": verbs whose passive subject was sent to act
    with_etre: frozenset             # "entrer": French verbs of motion conjugated with "être", never passive: their subject acts
    press: frozenset                 # "journalists": who covers a demonstration is no demonstrator
    press_work: frozenset            # "cover", "couvrir": "while covering a rally", the rally no act of its own
    group_anaphors: PhraseMatcher    # "the rebel group", "le groupe armé": the group the sentence named before
    claim_verbs: frozenset           # "carry", "mener": a group that says it did the act claims it
    unmanned: PhraseMatcher          # "unmanned", "inoccupé": the post attacked was empty, only property was hit
    among_themselves: PhraseMatcher  # "each other", "entre eux": a group fought itself, it is on both sides
    off_duty: PhraseMatcher          # "retired", "off-duty": forces who are civilians at the time
    kin: frozenset                   # "brother", "fils" (lemmas): whose kin an identity's word names are not of it
    family_identities: frozenset     # identities a family shares ("Muslim Group"): kin of their members are of them too
    mistaken_for: PhraseMatcher      # "mistaken for", "pris pour": the actor named after them was not there
    suspects: PhraseMatcher          # "suspected thieves": whom a crowd punishes (mob justice)
    beatings: PhraseMatcher          # "beaten to death", "passé à tabac": by no one named, a mob's
    allegations: PhraseMatcher       # "accused of": what follows is the victims' alleged act, no event
    arrest_causes: PhraseMatcher     # "arrested ... over": what follows is why they were arrested, no event
    countries: PhraseMatcher         # -> ISO alpha-2 (names and demonyms)
    country_names: frozenset         # "somalie": the countries' names alone, lower-cased (not their demonyms)
    demonyms: PhraseMatcher          # -> ISO alpha-2 (demonyms only: "une frappe russe")
    stance_prefixes: tuple           # "pro-", "anti-": before a demonym, a stance ("pro-Palestinian"), no country acting
    loyalty: PhraseMatcher           # "loyal to": after forces' words, whom they serve (a rival of the `rulers` makes them an armed group)
    rulers: frozenset                # (lemmas) "president", "gouvernement": whom the state's own forces are loyal to
    likened: PhraseMatcher           # "modelled on": before a group's words, what actors are likened to, no side
    near_words: PhraseMatcher
    stated_precision: re.Pattern     # "at geoprecision 2" right after a name: the precision a coder gave that place
    region_words: PhraseMatcher
    region_after: frozenset          # "state", "region" after a name: "Kaduna state" is the region
    border_words: frozenset          # "border", "frontière": "Burkina Faso's border" is the neighbour's
    border_with: frozenset           # "with", "avec": after a border, its other side ("Mali's border with Burkina Faso")
    missions: frozenset              # "embassy", "ambassade": a country's office abroad ("the embassies of Rwanda"), not where
    place_nouns: frozenset           # "coast", "northeast", "province": a part of the country that owns it ("Kenya's coast")
    kind_words: frozenset            # "township", "city" between a name and its bracketed areas: "Kani township (Sagaing)"
    town_parts: frozenset            # "neighborhood", "quartier": the name beside it is a part of a town, no town of its own
    roads: frozenset                 # "road", "axe": after "Kaya-Dori", a road from the first town
    joined_names: frozenset          # "jammu and kashmir": one place, whose parts the recogniser splits at "and"
    road_from: frozenset             # "from", "de": "the road from Gao", near Gao
    road_to: frozenset               # "to", "à": "... to Ansongo", where the road leads, not the event's place
    at_words: frozenset
    whose_words: frozenset           # "of", "de": "the chief of Taoudenni" is whose place, not where
    capital_words: frozenset         # "capital": "the Kenyan capital" is Nairobi
    directions: dict                 # "nord-ouest", "northern" -> a direction ("north-west"): the part of a country named
    direction_before: re.Pattern     # a direction and its link word that end right before a country's name ("le nord du ")
    named_direction: re.Pattern      # a region named after a direction ("la région de l'Est", "the Far North region")
    direction_alone: re.Pattern      # a direction with no country after it ("dans le sud-est,"): the article's country's
    region_nouns: frozenset          # "région", "region": "la région nigérienne de Tillabéri" is a region
    village_words: frozenset         # "village", "hameau": a place so called is no city of its name
    village_links: frozenset         # "of", "de": between a village word and the village's name
    name_adjectives: frozenset       # "oriental": a lower-case word that ends a region's name ("le Logone oriental")
    country_words: frozenset         # "pays", "country": after a direction, the article's own country ("le nord du pays")
    in_name: frozenset               # "in", "à": inside a recognised name, what follows is where the rest is
    area_links: frozenset            # "in", "en": after a place and a comma, they name the area it is in ("Alexandria, in Virginia")
    origin_words: PhraseMatcher      # "from", "depuis": where a weapon or attackers came from, not the event's place
    speaker_at: frozenset            # "in", "à": "said an activist in Bamako" places the speaker, not the event
    told_to: frozenset               # "to", "à": "confirmed the raid to reporters in Maiduguri": whom it was told
    told_verbs: frozenset            # "tell", "informer": their object is whom it was told ("told reporters")
    destination_verbs: frozenset     # "flee", "fuir": where their subject went after "to", "vers" is no place of the event
    destination_links: frozenset     # "to", "vers"
    approach_verbs: frozenset        # "march", "advance": the place after "towards" is one their subject did not get to
    approach_links: frozenset        # "towards", "vers"
    sources: frozenset               # "according", "selon": "according to an NGO" names who tells of the event
    dates: dict


def _date_words(dates: dict) -> frozenset:
    """One-word day names that may interrupt a trigger phrase: "ont pris mardi le contrôle"."""
    return frozenset(w for w in list(dates.get("weekdays", {})) + list(dates.get("relative_days", {})) if " " not in w)


def _compounds(spec: dict) -> dict[str, int]:
    """Every tens word joined to every unit word: "vingt-deux" 22, "thirty five" 35."""
    return {f"{tens}{joiner}{unit}": t + u for tens, t in spec.get("tens", {}).items()
            for joiner in spec.get("joiners", []) for unit, u in spec.get("units", {}).items()}


def _credit_pattern(credits: list[str]) -> re.Pattern:
    """A photo credit ending a line: "( AFP / NAME )", "(Foto: NAME/AP). Image: AP", "© AFP",
    "... rebelles. - NAME / AFP"."""
    words = "|".join(map(re.escape, credits))
    return re.compile(rf"(?:\(\s*(?:{words})\b[^()\n]*\)|©[^\n]*|(?<=[.!?])\s+[-–—]\s+[^\n/]{{2,60}}/\s*(?:{words})\b[^\n/]{{0,20}})"
                      rf"[\s.]*(?:(?:{words})\b[^()\n]{{0,40}})?$")


NOT_WEAPON_CLASSES = {"held", "borne", "thrown", "carried", "captured", "site_words", "contact", "set_off", "passing", "dropped", "drop_verbs", "throw_verbs", "handled_verbs", "downing", "manned_aircraft", "aimed_at", "laid_for", "warnings", "planting"}   # weapons.yaml keys that are no weapon class ("sites" matches, as a non-weapon)
REFLEXIVE = "reflexive_other_sense"   # triggers.yaml: verbs that mean no violence with a reflexive pronoun
OTHER_SENSE = "other_sense"   # triggers.yaml: phrases around a trigger word that mean no event ("à plusieurs reprises")
FIGURATIVE = "figurative_objects"   # triggers.yaml: things attacked only in words ("attacked the budget plan")
OWN_BODY = "own_body"   # triggers.yaml: one's own body, set on fire in protest ("set himself on fire")
VIOLATED = "violated_objects"       # triggers.yaml: things violated without violence ("la trêve a été violée")
TRANSITIVE = "transitive_other_sense"   # triggers.yaml: protest verbs that mean something else with an object
INTRANSITIVE = "intransitive_other_sense"   # triggers.yaml: intervention verbs that mean something else with no object
GATHERINGS = "gatherings"   # triggers.yaml: gathering words, which armed men's make no demonstration
AFTERMATH = "aftermath"   # triggers.yaml: words that tell an arrest as what came after a violent act
PARTIAL = "partial"       # triggers.yaml: words that name a part of what was intercepted
STRIKE_AIMS = "strike_aims"   # triggers.yaml: words before the target of a military strike
MILITARY = "military_sense"   # triggers.yaml: protest words that a demonym makes a military strike
COUP = "coup"   # triggers.yaml: words of a coup, Strategic developments/Other by mutinous forces
MUTINY = "mutiny"   # triggers.yaml: words of a mutiny, whose forces are rioters
HARM, ROBBERY = "harm", "robbery"   # casualties.yaml: violence at people, and robbing them
SEARCHES = "searches"   # triggers.yaml: raids that are searches, which with an arrest and no harm make Arrests
NEGATIONS = "negations"   # triggers.yaml: words that negate the trigger they qualify ("no arrests")
ENDINGS = "endings"   # triggers.yaml: nouns whose "of" phrase names violence that ends ("a cessation of hostilities")
NOBODY = "nobody"   # triggers.yaml: no one as the one taken ("no one was arrested")
OCCURRING = "occurring"   # triggers.yaml: verbs of happening ("take place"), negated: no event
FORCED = "forced_outcome"   # triggers.yaml: verbs of which a withdrawal is the forced outcome ("forcing troops to withdraw")
PLANS = "plans"   # triggers.yaml: nouns of a plan, after which an act was not done ("a plot to attack")
ATTEMPTS = "attempts"   # triggers.yaml: nouns and verbs (lemmas) of a try: ground they aimed at was not taken ("an attempt to overrun")
QUARRELS = "quarrels"   # triggers.yaml: nouns (lemmas) of a quarrel ("dispute", "conflit"): a fight only as the toll's subject or what it came during
RELEASES = "releases"   # triggers.yaml: verbs (lemmas) that free captives ("a libéré 25 écoliers enlevés": freed, not taken)
CAPTIVES = "captives"   # triggers.yaml: trigger words that name the people an act befell ("a French hostage")
WEAPON_NEEDED = "weapon_needed"   # triggers.yaml: verbs that name a disrupted weapon use only with a weapon named
BARE_BLASTS = "bare_blasts"   # triggers.yaml: blast words that name no weapon ("an explosion")
COUP_WEIGHT = 4.0   # a coup is the report's news, over the camps and the TV station its soldiers took
VERB_OBJECTS = "verb_objects"   # triggers.yaml: verbs that name an event when they take one of some objects
HEADING = "heading"   # the "weight" of the trigger words that name an event only as a report's label ("Other: ...")


@dataclass(frozen=True)
class VerbObjects:
    """A verb that names `sub_event_type` when it takes one of `objects`, or, with `places`, any
    named place: "seized Maiha" takes ground, "blocked the road" is a demonstration's tactic.
    With another object the verb keeps its own sense ("seized weapons", "blocked the transfer").
    `not_by_forces`: state forces doing it do something else ("police blocked the road to the palace");
    `by_state`: only state forces or a country doing it name the event; `by_crowd`: only unarmed people;
    `passive`: the passive's subject is taken too ("Maiha was seized"; false: "two people were wounded"
    is a toll, though "wounded by gunmen", with its agent, is the act); `armed`: any armed actor
    taken is an object too ("engaged suspected JNIM militants"); `measures`: nouns an object is counted
    in, whose "of" phrase names it ("seized two tonnes of explosives", "a cache of rifles"); `complements`: verbs that, kept from,
    are the object ("prevented supporters from gathering")."""
    sub_event_type: str
    verbs: frozenset
    objects: frozenset
    places: bool
    not_by_forces: bool
    passive: bool
    weight: float
    armed: bool = False   # any armed actor taken counts as an object ("engaged suspected JNIM militants")
    measures: frozenset = frozenset()   # "tonne", "cache": the object is their "of" phrase
    resumed: bool = False   # a pronoun object is one when the sentence before tells of a crowd ("La police est intervenue pour les disperser")
    complements: frozenset = frozenset()   # verbs of what the verb kept someone from doing ("prevented supporters from gathering")
    by_state: bool = False   # only a state's forces or a country doing it ("l'armée a frappé des positions"; jihadists who "frappent"
    # a base attack it on the ground)
    by_crowd: bool = False   # only unarmed people doing it ("students occupied a university building"; rebels who occupy a building
    # take it)


ETHNIC_GROUP = " Ethnic Group"   # an ethnic group's members, as an identity: "Dogon Ethnic Group"
ORGANISATIONS = frozenset(o["name"] for o in load_common("organisations"))   # the civil organisations' ACLED names
ETHNIC_MILITIA = " Ethnic Militia"


def ethnic_militia(group: str) -> ActorGroup:
    """An ethnic group's militia as ACLED names it: "Tuareg Ethnic Militia (<country>)"."""
    return ActorGroup(f"{group}{ETHNIC_MILITIA}", "Identity militia", per_country=True)


def _ethnic_militias(spec: dict) -> list[tuple[str, ActorGroup]]:
    """"Tuareg militiamen", "miliciens touaregs", "militiamen from the Twa community": each group word placed with each
    militia word by each of the language's patterns, as that group's ethnic militia (actors.yaml `ethnic_militias`)."""
    return [(pattern.format(group=group, word=word), ethnic_militia(name)) for pattern in spec.get("patterns", [])
            for group, name in spec.get("groups", {}).items() for word in spec.get("words", [])]


def _alternatives(words) -> str:
    """The words as one regex alternation, longest first (matching nothing when there are none)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


def _direction_before(places: dict) -> re.Pattern:
    """A direction word and its link word, ending where a country's name starts: "le nord-ouest
    du ", "l'est de la ", "northern ", "the north of ", "la région de l'Ouest du ", "the Far North
    region of " (a capitalised direction too: the region named after it)."""
    articles = places.get("direction_articles", [])   # "le nord du Mali", not "il est du Mali"
    before = rf"(?:{_alternatives(articles)})\s*" if articles else ""
    return re.compile(rf"(?<![\w-]){before}({_alternatives(places.get('directions', {}))})\s+(?:(?:{_alternatives(places.get('direction_links', []))})\s*)?$", re.IGNORECASE)


def _named_direction(places: dict) -> re.Pattern:
    """A region word and a direction, with the links between them and perhaps a country's adjective:
    "région de l'Est", "région camerounaise du Nord-Ouest", "Far North region" (places.yaml `region_nouns`)."""
    nouns, links, directions = (_alternatives(places.get(k, [])) for k in ("region_nouns", "direction_links", "directions"))
    return re.compile(rf"(?<![\w-])(?:(?:{nouns})\s+(?:[^\W\d_][\w-]*\s+)?(?:{links})\s*(?P<dir>{directions})"
                      rf"|(?P<dir_first>{directions})\s+(?:{nouns}))(?![\w-])", re.IGNORECASE)


def _direction_alone(places: dict) -> re.Pattern:
    """A direction after the words that put the event in it, with no country after it ("dans le sud-est,")."""
    return re.compile(rf"(?<![\w-])(?:{_alternatives(places.get('direction_in', []))})\s*({_alternatives(places.get('directions', {}))})(?![\w-])",
                      re.IGNORECASE)


def _countries(places: dict, demonyms_found: dict[str, str]) -> PhraseMatcher:
    """Country names and demonyms; those places.yaml `cased_countries` lists match only as written ("CAR", not "police cars")."""
    cased = set(places.get("cased_countries", []))
    names = {**places.get("countries", {}), **demonyms_found}
    return PhraseMatcher([(n, code) for n, code in names.items() if n.upper() not in cased], shadows=places.get("regional_demonyms", []),
                         cased=[(n.upper(), code) for n, code in names.items() if n.upper() in cased])


@lru_cache(maxsize=None)
def load_lexicon(lang: str) -> Lexicon:
    res = lambda name: load_resource(lang, name)  # noqa: E731
    reflexive = res("triggers").get(REFLEXIVE, {})
    triggers = [(p, (sub, w)) for sub, by_weight in res("triggers").items() if sub not in (REFLEXIVE, OTHER_SENSE, VERB_OBJECTS, TRANSITIVE, INTRANSITIVE, GATHERINGS, AFTERMATH, PARTIAL, MILITARY, STRIKE_AIMS, COUP, MUTINY, SEARCHES, NEGATIONS, ENDINGS, NOBODY, OCCURRING, FORCED, PLANS, RELEASES, QUARRELS, ATTEMPTS, CAPTIVES, WEAPON_NEEDED, BARE_BLASTS, FIGURATIVE, OWN_BODY, VIOLATED)
                for w, phrases in by_weight.items() for p in phrases]
    triggers += [(p, ("Other", COUP_WEIGHT)) for p in res("triggers").get(COUP, [])]
    numbers = res("numbers")
    weapons = res("weapons")
    casualties = res("casualties")
    actors = res("actors")
    group = lambda g: ActorGroup(g["name"], g["inter"], g.get("country"), g.get("per_country", False), g.get("member_of"),  # noqa: E731
                                 g.get("governs", False), g.get("beside_state", False))
    groups = [(alias, group(g)) for g in load_common("actor_groups") for alias in g["aliases"]]
    cased_groups = [(alias, group(g)) for g in load_common("actor_groups") for alias in g.get("cased_aliases", [])]
    groups += _ethnic_militias(actors.get("ethnic_militias", {}))
    organisations = load_common("organisations")   # named like identities: the people's party, union or agency
    places = res("places")
    demonstrations = res("demonstrations")
    return Lexicon(
        lang=lang,
        triggers=PhraseMatcher([(p, (sub, float(w))) for p, (sub, w) in triggers if w != HEADING], gaps=_date_words(res("dates")),
                               shadows=res("triggers").get(OTHER_SENSE, []) + weapons.get("warnings", [])),   # the longer phrase
        # wins, and names nothing ("air raid sirens" no air raid)
        headings=PhraseMatcher([(p, sub) for p, (sub, w) in triggers]),
        reflexive_pronouns=frozenset(reflexive.get("pronouns", [])),
        reflexive_verbs=frozenset(reflexive.get("verbs", [])),
        transitive_other_sense=frozenset(res("triggers").get(TRANSITIVE, [])),
        intransitive_other_sense=frozenset(res("triggers").get(INTRANSITIVE, [])),
        gatherings=frozenset(res("triggers").get(GATHERINGS, [])),
        aftermath=frozenset(res("triggers").get(AFTERMATH, [])),
        partial=frozenset(res("triggers").get(PARTIAL, [])),
        military_sense=dict(res("triggers").get(MILITARY, {})),
        strike_aims=frozenset(res("triggers").get(STRIKE_AIMS, [])),
        coups=PhraseMatcher([(p, True) for p in res("triggers").get(COUP, [])]),
        mutinies=PhraseMatcher([(p, True) for p in res("triggers").get(MUTINY, [])]),
        searches=frozenset(res("triggers").get(SEARCHES, [])),
        releases=frozenset(res("triggers").get(RELEASES, [])),
        quarrels=frozenset(res("triggers").get(QUARRELS, [])),
        attempts=frozenset(res("triggers").get(ATTEMPTS, [])),
        captives=frozenset(res("triggers").get(CAPTIVES, [])),
        negations=frozenset(res("triggers").get(NEGATIONS, [])),
        endings=frozenset(res("triggers").get(ENDINGS, [])),
        nobody=PhraseMatcher([(w, True) for w in res("triggers").get(NOBODY, [])]),
        occurring=PhraseMatcher([(w, True) for w in res("triggers").get(OCCURRING, [])]),
        plans=frozenset(res("triggers").get(PLANS, [])),
        figurative_objects=frozenset(res("triggers").get(FIGURATIVE, [])),
        own_body=frozenset(res("triggers").get(OWN_BODY, [])),
        violated_objects=frozenset(res("triggers").get(VIOLATED, [])),
        forced_outcome=frozenset(res("triggers").get(FORCED, [])),
        weapon_needed=frozenset(res("triggers").get(WEAPON_NEEDED, {}).get("verbs", [])),
        bare_blasts=frozenset(res("triggers").get(BARE_BLASTS, [])),
        interception_means=PhraseMatcher([(p, True) for p in res("triggers").get(WEAPON_NEEDED, {}).get("means", [])]),
        verb_objects=tuple(VerbObjects(sub, frozenset(rule["verbs"]), frozenset(rule["objects"]), rule.get("places", False),
                                       rule.get("not_by_forces", False), rule.get("passive", True), float(rule["weight"]),
                                       rule.get("armed", False), frozenset(rule.get("measures", [])), rule.get("resumed", False),
                                       frozenset(rule.get("complements", [])), rule.get("by_state", False), rule.get("by_crowd", False))
                           for sub, rules in res("triggers").get(VERB_OBJECTS, {}).items()
                           for rule in (rules if isinstance(rules, list) else [rules])),   # a type's rules: one, or a list
        weapons=PhraseMatcher(_flatten({c: words for c, words in weapons.items() if c not in NOT_WEAPON_CLASSES}),
                              shadows=weapons.get("warnings", [])),
        weapon_held=frozenset(weapons.get("held", [])),
        weapon_borne=frozenset(weapons.get("borne", [])),
        weapon_thrown=frozenset(weapons.get("thrown", [])),
        weapon_carried=frozenset(weapons.get("carried", [])),
        weapon_captured=frozenset(weapons.get("captured", [])),
        explosive_contact=frozenset(weapons.get("contact", [])),
        explosive_set_off=frozenset(weapons.get("set_off", [])),
        explosive_passing=frozenset(weapons.get("passing", [])),
        weapon_site_words=frozenset(weapons.get("site_words", [])),
        air_dropped=frozenset(weapons.get("dropped", [])),
        drop_verbs=frozenset(weapons.get("drop_verbs", [])),
        throw_verbs=frozenset(weapons.get("throw_verbs", [])),
        handled_verbs=frozenset(weapons.get("handled_verbs", [])),
        downing=frozenset(weapons.get("downing", [])),
        manned_aircraft=frozenset(weapons.get("manned_aircraft", [])),
        aimed_at=frozenset(weapons.get("aimed_at", [])),
        laid_for=frozenset(weapons.get("laid_for", [])),
        weapon_events=load_common("weapon_classes"),
        numbers=PhraseMatcher([(w, (int(v), w in numbers.get("vague", {}))) for w, v in {
            **_compounds(numbers.get("compounds", {})), **numbers.get("words", {}), **numbers.get("vague", {})}.items()]),
        lower_bounds=PhraseMatcher([(p, True) for p in numbers.get("lower_bound", [])]),
        singular_articles=frozenset(numbers.get("singular_articles", [])),
        pair_nouns=frozenset(numbers.get("pairs", [])),
        units=tuple(numbers.get("units", [])),
        unit_links=tuple(numbers.get("unit_links", [])),
        numbered=frozenset(numbers.get("numbered", [])),
        range_words=frozenset(numbers.get("range", [])),
        higher_guess=frozenset(numbers.get("higher_guess", [])),
        deaths=PhraseMatcher([(p, "death") for p in casualties.get("death", [])]),
        injuries=PhraseMatcher([(p, "injury") for p in casualties.get("injury", [])]),
        other_fates=PhraseMatcher([(p, "fate") for p in casualties.get("other_fates", [])]),
        no_casualties=PhraseMatcher([(p, 0) for p in casualties.get("none", [])]),
        not_deaths=PhraseMatcher([(p, True) for p in casualties.get("not_deaths", [])]),
        verdicts=frozenset(casualties.get("verdicts", [])),
        victim_nouns=frozenset(casualties.get("victim_nouns", [])),
        harm=PhraseMatcher([(p, HARM) for p in casualties.get("harm", [])] + [(p, ROBBERY) for p in casualties.get("robbery", [])],
                           shadows=casualties.get("harm_shadows", [])),
        subsets=PhraseMatcher([(p, True) for p in casualties.get("subset", [])]),
        selves=frozenset(casualties.get("selves", [])),
        selves_counted=frozenset(casualties.get("selves_counted", [])),
        worn_explosives=frozenset(casualties.get("worn_explosives", [])),
        claimed_toll=PhraseMatcher([(p, True) for p in casualties.get("claimed_toll", [])]),
        added_toll=PhraseMatcher([(p, True) for p in casualties.get("added_toll", [])]),
        other_dead=frozenset(casualties.get("other_dead", [])),
        dead_sides=frozenset(casualties.get("dead_sides", [])),
        restated_toll=PhraseMatcher([(p, True) for p in casualties.get("restated_toll", [])]),
        superseded_toll=PhraseMatcher([(p, True) for p in casualties.get("superseded_toll", [])]),
        cumulative=PhraseMatcher([(p, True) for p in casualties.get("cumulative", [])]),
        crossfire=PhraseMatcher([(p, True) for p in casualties.get("crossfire", [])]),
        planting=PhraseMatcher([(p, True) for p in weapons.get("planting", [])]),
        overall=PhraseMatcher([(p, True) for p in casualties.get("overall", [])]),
        stated_toll=PhraseMatcher([(p, True) for p in casualties.get("stated_toll", [])]),
        tolls=PhraseMatcher([(p, True) for p in casualties.get("toll", [])]),
        dying=frozenset(casualties.get("dying", [])),
        later_deaths=frozenset(casualties.get("later_deaths", [])),
        bearing=frozenset(casualties.get("bearing", [])),
        losing=frozenset(casualties.get("losing", [])),
        listed_with=frozenset(casualties.get("listed_with", [])),
        lost_people=frozenset(casualties.get("lost_people", [])),
        falling=frozenset(casualties.get("falling", [])),
        fell_into=frozenset(casualties.get("fell_into", [])),
        animals=frozenset(casualties.get("animals", [])),
        remains=frozenset(casualties.get("remains", [])),
        earlier_event=PhraseMatcher([(p, True) for p in casualties.get("earlier_event", [])]),
        earlier_markers=frozenset(casualties.get("earlier_markers", [])),
        contrast_markers=frozenset(casualties.get("contrast_markers", [])),
        separate_acts=PhraseMatcher([(p, True) for p in casualties.get("separate_acts", [])]),
        another_event=PhraseMatcher([(p, False) for p in casualties.get("another_event_exceptions", [])]
                                    + [(p, True) for p in casualties.get("another_event", [])]),
        non_violent_causes=PhraseMatcher([(p, True) for p in casualties.get("non_violent_causes", [])]),
        background=PhraseMatcher(_flatten({cue: words for cue, words in res("background").items()
                                           if cue not in ("habitual_adverbs", "relative_words", "penalties", "not_cues", "funerals",
                                                          "hearsay_verbs")}),
                                 shadows=res("background").get("not_cues", [])),
        habitual_adverbs=frozenset(res("background").get("habitual_adverbs", [])),
        relative_words=frozenset(res("background").get("relative_words", [])),
        penalties=frozenset(res("background").get("penalties", [])),
        hearsay_verbs=frozenset(res("background").get("hearsay_verbs", [])),
        funerals=frozenset(res("background").get("funerals", [])),
        photo_credit=_credit_pattern(load_common("captions")["credits"]),
        actor_kinds=PhraseMatcher(groups + _flatten(actors.get("kinds")), shadows=actors.get("other_sense", []),
                                  cased=cased_groups + _flatten(actors.get("cased_kinds"))),
        nouns_only=frozenset(actors.get("nouns_only", [])),
        identities=PhraseMatcher(_flatten(actors.get("identities")) + [(a, o["name"]) for o in organisations
                                                                       for a in o.get("aliases", []) + o.get("leaders", [])],
                                 cased=_flatten(actors.get("cased_identities", {}))
                                 + [(a, o["name"]) for o in organisations for a in o.get("cased_aliases", [])]),
        ethnic_groups=PhraseMatcher([(word, f"{name}{ETHNIC_GROUP}")
                                     for word, name in actors.get("ethnic_militias", {}).get("groups", {}).items()]),
        settlements=frozenset(actors.get("settlements", [])),
        home_links=frozenset(actors.get("home_links", [])),
        armed_words=frozenset(actors.get("armed_words", [])),
        identities_also=dict(load_common("actor_types").get("identities_also", {})),
        vigilantes=load_common("actor_types")["vigilantes"],
        communities=PhraseMatcher([(w, True) for w in actors.get("communities", [])]),
        demonstration=PhraseMatcher([(w, True) for w in demonstrations.get("words", [])]),
        protest_topic=PhraseMatcher([(w, True) for w in demonstrations.get("topic", [])]),
        riot_targets=frozenset(demonstrations.get("riot_targets", [])),
        during=frozenset(demonstrations.get("during", [])),
        cause_agents=frozenset(demonstrations.get("cause_agents", [])),
        permits=frozenset(demonstrations.get("permits", [])),
        intervention=PhraseMatcher([(w, True) for w in demonstrations.get("intervention", [])], gaps=_date_words(res("dates"))),
        reasons=frozenset(demonstrations.get("reasons", [])),
        cause_needed=frozenset(demonstrations.get("cause_needed", [])),
        consequences=frozenset(demonstrations.get("consequences", [])),
        attribution=PhraseMatcher([(w, True) for w in actors.get("attribution", [])]),
        hedges=frozenset(actors.get("hedges", [])),
        identity_links=PhraseMatcher([(w, True) for w in actors.get("identity_links", [])]),
        blamed_on=PhraseMatcher([(w, True) for w in actors.get("blamed_on", [])]),
        blame_verbs=dict(actors.get("blame_verbs", {})),
        state_fire=PhraseMatcher([(w, True) for w in actors.get("state_fire", [])]),
        accusers=frozenset(actors.get("accusers", [])),
        finders=frozenset(actors.get("finders", [])),
        plural_possessives=frozenset(actors.get("plural_possessives", [])),
        membership=frozenset(actors.get("membership", [])),
        inquiries=frozenset(actors.get("inquiries", [])),
        service_verbs=frozenset(actors.get("service_verbs", [])),
        presence=frozenset(actors.get("presence", [])),
        followers=frozenset(actors.get("followers", [])),
        activists=frozenset(actors.get("activists", [])),
        staff=frozenset(actors.get("staff", [])),
        identity_negations=frozenset(actors.get("identity_negations", [])),
        condemning=frozenset(actors.get("condemning", [])),
        activities=frozenset(actors.get("activities", [])),
        made_verbs=frozenset(actors.get("made", [])),
        alerted_verbs=frozenset(actors.get("alerted", [])),
        handing_verbs=frozenset(actors.get("handed_to", [])),
        parents=frozenset(actors.get("parents", [])),
        posted_at=frozenset(actors.get("posted_at", [])),
        allies=PhraseMatcher([(w, True) for w in actors.get("allies", [])] + [(w, False) for w in actors.get("allegiance", [])]),
        allegiance_suffixes=frozenset(actors.get("allegiance_suffixes", [])),
        ally_nouns=frozenset(actors.get("ally_nouns", [])),
        toll_people=frozenset(actors.get("toll_people", [])),
        clash_links=frozenset(actors.get("clash_links", [])),
        reciprocal=frozenset(actors.get("reciprocal", [])),
        fled_verbs=frozenset(actors.get("fled_verbs", [])),
        gang_words=frozenset(actors.get("named_gangs", {}).get("words", [])),
        known_as=PhraseMatcher([(w, True) for w in actors.get("named_gangs", {}).get("known_as", [])]),
        gang_name_links=frozenset(actors.get("named_gangs", {}).get("links", [])),
        gang_name=load_common("actor_types")["named_gang"]["name"],
        gang_inter=load_common("actor_types")["named_gang"]["inter"],
        facilities=frozenset(actors.get("facilities", [])),
        crewed=frozenset(actors.get("crewed", [])),
        comrades=frozenset(actors.get("comrades", [])),
        post_setters=frozenset(actors.get("post_setters", [])),
        holding=frozenset(actors.get("holding", [])),
        infrastructure=frozenset(actors.get("infrastructure", [])),
        public_buildings=frozenset(actors.get("public_buildings", [])),
        civilian_cargo=frozenset(actors.get("civilian_cargo", [])),
        anonymous=frozenset(actors.get("anonymous", [])),
        collectives=frozenset(actors.get("collectives", [])),
        stranger_cues=PhraseMatcher([(w, True) for w in actors.get("stranger_cues", [])]),
        crowd_police=frozenset(actors.get("crowd_police", [])),
        undergoing=frozenset(actors.get("undergoing", [])),
        target_nouns=frozenset(actors.get("target_nouns", [])),
        arrivals=frozenset(actors.get("arrivals", [])),
        arrived_later=PhraseMatcher([(p, True) for p in actors.get("arrived_later", [])]),
        deployed=frozenset(actors.get("deployed", [])),
        with_etre=frozenset(actors.get("with_etre", [])),
        press=frozenset(actors.get("press", [])),
        press_work=frozenset(actors.get("press_work", [])),
        group_anaphors=PhraseMatcher([(p, True) for p in actors.get("group_anaphors", [])]),
        claim_verbs=frozenset(actors.get("claim_verbs", [])),
        unmanned=PhraseMatcher([(w, True) for w in actors.get("unmanned", [])]),
        among_themselves=PhraseMatcher([(w, True) for w in actors.get("among_themselves", [])]),
        off_duty=PhraseMatcher([(w, True) for w in actors.get("off_duty", [])]),
        kin=frozenset(actors.get("kin", [])),
        family_identities=frozenset(load_common("actor_types").get("family_identities", [])),
        mistaken_for=PhraseMatcher([(w, True) for w in actors.get("mistaken_for", [])]),
        suspects=PhraseMatcher([(w, True) for w in actors.get("suspects", [])]),
        beatings=PhraseMatcher([(w, True) for w in actors.get("beatings", [])]),
        allegations=PhraseMatcher([(w, True) for w in actors.get("allegations", [])]),
        arrest_causes=PhraseMatcher([(w, True) for w in actors.get("arrest_causes", [])]),
        countries=_countries(places, demonyms(lang)),
        country_names=frozenset(name.lower() for name in places.get("countries", {})),
        demonyms=PhraseMatcher(list(demonyms(lang).items()), shadows=places.get("regional_demonyms", [])),
        stance_prefixes=tuple(actors.get("stance_prefixes", [])),
        likened=PhraseMatcher([(w, True) for w in actors.get("likened", [])]),
        loyalty=PhraseMatcher([(w, True) for w in actors.get("loyalty", [])]),
        rulers=frozenset(actors.get("rulers", [])),
        near_words=PhraseMatcher([(p, True) for p in places.get("near", [])]),
        stated_precision=re.compile(rf"\s*(?:{'|'.join(re.escape(w) for w in places.get('stated_precision', [])) or '(?!)'})\s*([123])\b", re.I),
        region_words=PhraseMatcher([(p, True) for p in places.get("region", [])]),
        region_after=frozenset(places.get("region_after", [])),
        border_words=frozenset(w for w in places.get("border", []) if " " not in w),
        border_with=frozenset(places.get("border_with", [])),
        missions=frozenset(places.get("missions", [])),
        place_nouns=frozenset([*places.get("place_nouns", []), *places.get("kind_words", []), *places.get("directions", {}),
                               *places.get("capital_words", [])]),
        kind_words=frozenset(places.get("kind_words", [])),
        town_parts=frozenset(places.get("town_parts", [])),
        roads=frozenset(places.get("roads", [])),
        joined_names=frozenset(n.lower() for n in places.get("joined_names", [])),
        road_from=frozenset(places.get("road_from", [])),
        road_to=frozenset(places.get("road_to", [])),
        at_words=frozenset(places.get("at", [])),
        whose_words=frozenset(places.get("whose", [])),
        in_name=frozenset(places.get("in_name", [])),
        area_links=frozenset(places.get("area_links", [])),
        capital_words=frozenset(places.get("capital_words", [])),
        directions=dict(places.get("directions", {})),
        direction_before=_direction_before(places),
        named_direction=_named_direction(places),
        direction_alone=_direction_alone(places),
        region_nouns=frozenset(places.get("region_nouns", [])),
        village_words=frozenset(places.get("village_words", [])),
        village_links=frozenset(places.get("village_links", [])),
        name_adjectives=frozenset(places.get("name_adjectives", [])),
        country_words=frozenset(places.get("country_words", [])),
        origin_words=PhraseMatcher([(p, True) for p in places.get("origin", [])]),
        speaker_at=frozenset(places.get("speaker_at", [])),
        told_to=frozenset(places.get("told_to", [])),
        told_verbs=frozenset(places.get("told_verbs", [])),
        destination_verbs=frozenset(places.get("destination_verbs", [])),
        destination_links=frozenset(places.get("destination_links", [])),
        approach_verbs=frozenset(places.get("approach_verbs", [])),
        approach_links=frozenset(places.get("approach_links", [])),
        sources=frozenset(places.get("sources", [])),
        dates=res("dates"),
    )
