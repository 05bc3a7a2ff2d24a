"""The actor words of a sentence: the lexicon's (generic kinds and named groups), gangs that go by
a name, which ACLED codes as groups of their own ("the Gran Grif gang": "Gran Grif Gang"), and
the identities of the people it names (ACLED's associated actors)."""
from __future__ import annotations

from dataclasses import replace

from pipeline.extract.lexicon import ETHNIC_GROUP, ETHNIC_MILITIA, ORGANISATIONS, ActorGroup, Lexicon, Match, ethnic_militia
from pipeline.nlp.doc import Doc, Token

QUOTES = {"«", "»", '"', "“", "”", "'", "‘", "’"}
NAME_MAX_TOKENS = 4
AREA_LIST_CHARS = 80   # characters from a word to the brackets of an area list around it
WHEN = {"DATE", "TIME"}   # "the gang Monday" names when
QUALIFIER_DEPRELS = {"amod", "compound", "nmod", "appos", "flat", "flat:name"}   # "Fulani herders", "Somali troops", "villageois peuls"
NAME_IN_PHRASE = {"compound", "npadvmod", "amod", "nmod", "nmod:poss", "poss", "flat", "flat:name", "appos"}   # "Hamas" in "the Hamas-run health ministry"
SOURCE_PHRASE_DEPTH = 3
WHERE = {"GPE", "LOC", "FAC"}   # "the Port-au-Prince gang" names where; a name after the gang word is its own, whatever the tagger says


PEOPLE_KINDS = {"civilians", "rioters", "protesters"}   # actor kinds of unarmed people, whom an ethnic word may qualify
FORCE_KINDS = {"military", "police", "gendarmerie", "forest_guards", "prison_guards"}   # actor kinds of state forces, whose words also name their posts ("checkpoint", "camp")
HOLDING = {"held", "controlled", "occupied"}   # "the rebel-held city": whose the place is


def _holds_place(doc: Doc, m: Match) -> bool:
    """Whether the actor words only say who holds a place ("the rebel-held city of Saada"): no side
    of the event."""
    after = doc.tokens[m.end_i:m.end_i + 2]
    return len(after) == 2 and after[0].text == "-" and after[1].lower_text in HOLDING and after[0].start == doc.tokens[m.end_i - 1].end


def _qualifies_a_thing(doc: Doc, m: Match, lex: Lexicon) -> bool:
    """An actor word used as the adjective of an activity ("une opération militaire", actors.yaml
    `activities`): no soldiers named (a "military camp" still says whose camp was hit)."""
    tok = doc.tokens[m.start_i]
    return m.end_i - m.start_i == 1 and tok.upos == "ADJ" and tok.deprel == "amod" and doc.tokens[tok.head].lemma in lex.activities


def _not_the_noun(doc: Doc, m: Match, lex: Lexicon) -> bool:
    """A word that names people only as a common noun, used otherwise (actors.yaml `nouns_only`: "the national army", "the
    Azawad National Liberation Movement")."""
    tok = doc.tokens[m.start_i]
    return m.end_i - m.start_i == 1 and tok.lower_text in lex.nouns_only and not (tok.upos == "NOUN" and tok.text.islower())


def verb_of_object(doc: Doc, m: Match) -> Token | None:
    """The verb whose object the match's phrase is ("un poste de contrôle": "poste"), if it is one."""
    tok = doc.span_head(m.start_i, m.end_i)
    return doc.tokens[tok.head] if tok.deprel in ("obj", "dobj") else None


def _made_by_subject(doc: Doc, m: Match, lex: Lexicon) -> bool:
    """A post the subject set up ("militants set up a checkpoint", actors.yaml `made`), forces or
    aircraft it used ("using helicopter gunships"): theirs, no forces named."""
    verb = verb_of_object(doc, m)
    return verb is not None and verb.lemma in lex.made_verbs


def parent_named(doc: Doc, m: Match, lex: Lexicon) -> bool:
    """A group named as another's parent in apposition to it ("claimed by ISGS, a regional affiliate of ISWAP",
    "la katiba Macina, une émanation du JNIM"; actors.yaml `parents`), or as whom a group named in apposition is linked
    to ("an al Qaeda affiliated outfit, Ansaroul Islam", "un groupe affilié à Al-Qaïda, Ansaroul Islam", "the Islamic State-linked
    ADF"; `allegiance_suffixes`): a description, no side."""
    tok = doc.span_head(m.start_i, m.end_i)
    noun = _noun_over(doc, tok)
    apposed = noun.deprel == "appos" or noun.deprel == "conj" and not any(c.deprel == "cc" for c in doc.children.get(noun.i, []))
    return tok.deprel in ("pobj", "nmod") and noun.lemma.lower() in lex.parents and apposed or _linked_to_another(doc, m, tok, lex) \
        or _owner_of_a_group(doc, m, lex)
    # (the parser may take a comma's apposition for a conjunct)


def _owner_of_a_group(doc: Doc, m: Match, lex: Lexicon) -> bool:
    """Whether a possessive, or a parent's noun, makes the group the owner of another group named right after it ("al Qaeda's
    JNIM", "al Qaeda affiliate JNIM"; actors.yaml `parents`): its parent (not an alliance a member of it is coded to: "JNIM's
    Katiba Macina" is JNIM's event in ACLED's years)."""
    if m.end_i + 1 >= len(doc.tokens) or doc.tokens[m.end_i].lower_text not in ("'s", "’s") \
            and doc.tokens[m.end_i].lemma.lower() not in lex.parents:
        return False
    return any(isinstance(g.value, ActorGroup) and g.start_i == m.end_i + 1 and g.value.member_of != getattr(m.value, "name", None)
               for g in lex.actor_kinds.find(doc, doc.tokens[m.end_i + 1:m.end_i + 1 + OWNED_GROUP_WORDS]))


OWNED_GROUP_WORDS = 6   # the words after a possessive that may name the group owned


def _linked_to_another(doc: Doc, m: Match, tok: Token, lex: Lexicon) -> bool:
    """Whether the group is named with an allegiance word, after it or over it ("al Qaeda affiliated", "affilié à Al-Qaïda"),
    on a name ("an Al Qaeda-linked media outlet", "a desert emirate faction linked to Al-Qaida"), after a name and a comma
    ("le JNIM, affilié à Al-Qaïda") or on a phrase another name stands in apposition to."""
    after = doc.tokens[m.end_i + 1] if m.end_i + 1 < len(doc.tokens) and doc.tokens[m.end_i].text == "-" else \
        doc.tokens[m.end_i] if m.end_i < len(doc.tokens) else None
    link = next((w for w in (after, doc.tokens[tok.head]) if w is not None and w.lower_text in lex.allegiance_suffixes), None)
    if link is None:
        return False
    named = next((t for t in doc.tokens[link.i + 1:link.i + 3] if t.upos != "PUNCT"), None)
    before = doc.tokens[link.i - 2] if link.i >= 2 and doc.tokens[link.i - 1].text == "," else None
    return link is after and named is not None and _a_name(named) or before is not None and _a_name(before) or any(
        c.deprel == "appos" and not m.start_i <= c.i < m.end_i for h in doc.heads(link, 3) for c in doc.children.get(h.i, []))
    # ("the al-Qaeda-linked JNIM", "le JNIM, affilié à Al-Qaïda": the name the link word follows, however the parse hangs it)


def _a_name(tok: Token) -> bool:
    """A proper name, or an acronym the tagger took for a noun ("JNIM")."""
    return tok.upos == "PROPN" or tok.text.isupper() and len(tok.text) > 1


def _noun_over(doc: Doc, tok: Token) -> Token:
    """The noun a word's phrase hangs on, past spaCy's "of" ("the village of Kuki" -> "village")."""
    noun = doc.tokens[tok.head]
    return doc.past_preposition(noun) if tok.deprel == "pobj" else noun


def _alerted(doc: Doc, m: Match, lex: Lexicon) -> bool:
    """Forces or people only told of the event ("the people called the police", actors.yaml `alerted`), or handed
    the suspect (`handed_to`), by someone who did (not named so: "des hommes armés appelés Bandits")."""
    verb = verb_of_object(doc, m)
    return verb is not None and verb.lemma in lex.alerted_verbs and any(
        c.deprel.startswith("nsubj") for c in doc.children.get(verb.i, [])) or _handed_to(doc, m, lex)


def _handed_to(doc: Doc, m: Match, lex: Lexicon) -> bool:
    """Forces someone was handed over to ("thrashed the thief, then turned him over to the police", "l'ont remis à la
    gendarmerie", actors.yaml `handed_to`): who received him, no side (not who received ground: "handed over the town of
    Lalibela to the army", the other side of the transfer, triggers.yaml `verb_objects`)."""
    tok = doc.span_head(m.start_i, m.end_i)
    up = doc.tokens[tok.head]
    up = doc.past_preposition(up) if tok.deprel == "pobj" else up
    up = doc.tokens[up.head] if up.upos == "ADP" and up.deprel == "prt" else up   # "turned him over"
    ground = {o for rule in lex.verb_objects if rule.sub_event_type == "Non-violent transfer of territory" and up.lemma in rule.verbs
              for o in rule.objects}
    return tok.deprel in ("pobj", "obl", "obl:arg", "iobj") and up.upos == "VERB" and up.lemma in lex.handing_verbs \
        and not any(c.deprel in ("obj", "dobj") and c.lemma in ground for c in doc.children.get(up.i, []))   # not "at the hands of the MNLA"


def actor_matches(doc: Doc, sent: list[Token], lex: Lexicon) -> list[Match]:
    """The sentence's actor words, with a gang that goes by a name ("the Gran Grif gang", "le gang
    Taliban", "a gang known as 5 Segond") as ACLED codes it: a group of its own, "<Name> Gang"."""
    key = ("actors", lex.lang, tuple(t.i for t in sent))
    if key not in doc.matcher_cache:   # once per sentence: the event's actors and its place candidates both read them (a sentence cut
        # short of an earlier event's clause is another list of tokens, with other matches)
        found = [m for m in lex.actor_kinds.find(doc, sent) if not _holds_place(doc, m) and not _qualifies_a_thing(doc, m, lex)
                 and not stance(doc, m, lex) and not _not_the_noun(doc, m, lex)
                 and not (m.value in FORCE_KINDS and _made_by_subject(doc, m, lex)) and not _alerted(doc, m, lex)]
        likened = {w.end_i for w in lex.likened.find(doc, sent)}   # "an emirate modelled on the Islamic State": no side
        found = [m for m in found if not right_after(doc, m.start_i, likened)]
        loyal = {w.start_i: w for w in lex.loyalty.find(doc, sent)}   # "forces loyal to the former vice president"
        found = [replace(m, value="armed_group") if m.value in FORCE_KINDS and m.end_i in loyal and _loyal_to_a_rival(doc, loyal[m.end_i], lex)
                 else m for m in found]
        found += _conjoined_militias(doc, sent, found, lex) + _activists(doc, sent, lex)
        found = [m for m in found if not _one_of_the_armed(doc, m, found, lex)]
        found = _described_groups_named(doc, found)
        inside = lambda m, spans: any(g.start <= m.start and m.end <= g.end for g in spans)  # noqa: E731
        # "le gang Viv Ansanm": a gang the aliases name goes by that name ("le gang Taliban" is no Afghan Taliban)
        listed = [m for m in found if isinstance(m.value, ActorGroup) and m.value.inter == lex.gang_inter]
        gangs = [g for g in (_named_gang(doc, m, lex) for m in found) if g is not None and not any(inside(k, [g]) for k in listed)]
        doc.matcher_cache[key] = sorted(gangs + [m for m in found if not inside(m, gangs)], key=lambda m: m.start)
    return list(doc.matcher_cache[key])


def _loyal_to_a_rival(doc: Doc, link: Match, lex: Lexicon) -> bool:
    """Whether whom forces are said to be loyal to is a rival of the rulers: a former leader, or one no ruler's word names
    ("loyal to the former vice president", "loyal to Riek Machar"; not "loyal to the president", "fidèles au gouvernement")."""
    words = []
    for tok in doc.tokens[link.end_i:link.end_i + LOYALTY_REACH]:
        if tok.upos in ("VERB", "AUX", "PUNCT") and tok.deprel != "amod" or tok.sent != doc.tokens[link.start_i].sent:   # (not "ousted")
            break
        words.append(tok)
    return bool(words) and (bool(lex.off_duty.find(doc, words)) or not any(t.lemma.lower() in lex.rulers for t in words))


LOYALTY_REACH = 6   # words after "loyal to" that name whom the forces serve ("the former vice president Riek Machar")


def _activists(doc: Doc, sent: list[Token], lex: Lexicon) -> list[Match]:
    """Activists' words a civil organisation qualifies ("des militants du PASTEF", "militants de l'APR", actors.yaml
    `activists`): civilians, the organisation's members (alone, "13 militants neutralisés", or of an armed group, fighters)."""
    words = [t for t in sent if t.lower_text in lex.activists]
    organisations = [m for m in lex.identities.find(doc, sent) if m.value in ORGANISATIONS] if words else []
    return [Match.of_token(t, "civilians") for t in words if any(_qualifies(doc, o, t.i, of_only=True) for o in organisations)]


def right_after(doc: Doc, first: int, ends: set[int]) -> bool:
    """Whether a phrase that starts at the index follows one of the words that end at the given indices, an article between
    them or none ("from the north", "depuis les positions")."""
    return first in ends or first - 1 in ends and doc.tokens[first - 1].upos == "DET"


def stance(doc: Doc, m: Match, lex: Lexicon) -> bool:
    """Whether the words come right after "pro-" or "anti-" (actors.yaml `stance_prefixes`): a stance ("anti-government
    slogans", "pro-Palestinian protesters", "des militants pro-État islamique"), no actor of that name or country acting."""
    return doc.text[max(0, m.start - STANCE_REACH):m.start].lower().endswith(lex.stance_prefixes)


STANCE_REACH = 6   # characters before a word that may hold its stance prefix

ARMED_QUALIFIERS = {"amod", "compound", "nmod"}


def _one_of_the_armed(doc: Doc, m: Match, found: list[Match], lex: Lexicon) -> bool:
    """A civilian's word an armed group's qualifies ("le chef jihadiste", "un chef de l'EI", "le chef
    d'un groupe d'autodéfense"): a member of the group, which names the side; not its supporters ("Hamas supporters")."""
    head = m.end_i - 1
    return m.value == "civilians" and doc.tokens[head].lemma not in lex.followers and any(
        (a.value in ("armed_group", "communal_militia") or isinstance(a.value, ActorGroup) and a.value.inter != "Civilians")
        and doc.span_head(a.start_i, a.end_i).head == head and doc.span_head(a.start_i, a.end_i).deprel in ARMED_QUALIFIERS
        for a in found)   # "le chef d'un groupe armé": the group's noun, not its adjective


def _described_groups_named(doc: Doc, found: list[Match]) -> list[Match]:
    """A group told of in common words whose "of" phrase names another group ("des combattants kurdes du PKK", "Kurdish-led
    fighters of the PKK", "les casques bleus de la MONUSCO"): the named group, in the words that carry the phrase's role
    (not the SDF or the UN, which those words alone stand for; not "JNIM and/or Fulani militiamen")."""
    out, named = [], set()
    names = [a for a in found if isinstance(a.value, ActorGroup) and doc.span_head(a.start_i, a.end_i).upos == "PROPN"]
    for m in found:
        noun = doc.span_head(m.start_i, m.end_i)
        described = isinstance(m.value, ActorGroup) and noun.upos == "NOUN"
        name = next((a for a in names if described and a.value != m.value and _qualifies(doc, a, noun.i, of_only=True)), None)
        if name is not None:
            named.add(name)
        out.append(m if name is None else replace(m, value=name.value))
    return [m for m in out if m not in named]


def _qualifies(doc: Doc, a: Match, head: int, of_only: bool = False) -> bool:
    """Whether the match's words qualify the token `head` as its "of" phrase ("employees of an NGO", "des employés d'une
    ONG") or, unless `of_only`, as its adjective or compound ("MSF staff")."""
    tok = doc.span_head(a.start_i, a.end_i)
    if tok.deprel == "pobj":
        return doc.tokens[tok.head].head == head and doc.tokens[tok.head].lower_text in ("of", "from")
    return tok.head == head and tok.deprel in ARMED_QUALIFIERS and (
        not of_only or any(c.deprel == "case" and c.lemma == "de" for c in doc.children.get(tok.i, [])))


def _conjoined_militias(doc: Doc, sent: list[Token], found: list[Match], lex: Lexicon) -> list[Match]:
    """An ethnic word joined to an ethnic militia's shares its militia word ("Fulani and Dogon
    militias", "des miliciens peuls et dogons"): that group's militia too."""
    militias = [range(m.start_i, m.end_i) for m in found if isinstance(m.value, ActorGroup) and m.value.name.endswith(ETHNIC_MILITIA)]
    if not militias:
        return []
    joined = lambda tok, words: tok.deprel == "conj" and tok.head in words or any(  # noqa: E731
        doc.tokens[i].deprel == "conj" and doc.tokens[i].head == tok.i for i in words)
    return [replace(e, value=ethnic_militia(e.value[:-len(ETHNIC_GROUP)])) for e in lex.ethnic_groups.find(doc, sent)
            if any(e.start_i not in words and joined(doc.tokens[e.end_i - 1], words) for words in militias)]


def identities(doc: Doc, sent: list[Token], lex: Lexicon) -> list[Match]:
    """The identities of the people a sentence names ("students", "women") and the ethnic groups
    of its people ("Fulani civilians", "le village dogon", "des Peuls"), each with the identities
    ACLED codes with it (actor_types.yaml `identities_also`); not the words of a group's name
    ("the Arab Movement of Azawad"), nor a shorter identity inside a longer one ("health workers")."""
    names = [m for m in actor_matches(doc, sent, lex) if isinstance(m.value, ActorGroup)]
    found = lex.identities.find(doc, sent) + [m for m in lex.ethnic_groups.find(doc, sent) if _people_of(doc, m, lex)]
    longer = lambda m: any(o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start for o in found)  # noqa: E731
    kept = [m for m in found if not longer(m) and not any(g.start <= m.start and m.end <= g.end for g in names)
            and not listener(doc, doc.span_head(m.start_i, m.end_i), lex) and not teller(doc, doc.span_head(m.start_i, m.end_i), lex)
            and not _not_the_noun(doc, m, lex)   # "une fête religieuse": no nun
            and (m.value.endswith(ETHNIC_GROUP) or m.value in lex.family_identities or not _kin_or_former(doc, m, lex))]
    kept = [m for m in kept if not _of_another_faith(doc, m, kept, lex) and not _employer_named(doc, m, kept, lex)
            and not _denied_identity(doc, m, lex)]
    return kept + [replace(m, value=also) for m in kept for also in lex.identities_also.get(m.value, [])]


def _of_another_faith(doc: Doc, m: Match, found: list[Match], lex: Lexicon) -> bool:
    """Whether the faith a word names is overridden by another faith's word that qualifies it ("a Hindu temple priest": a
    Hindu, though priests are Christians unless said otherwise)."""
    word = doc.tokens[m.end_i - 1]
    return m.value in lex.family_identities and any(
        o.value in lex.family_identities and o.value != m.value and o.end_i <= m.start_i and word in doc.heads(doc.tokens[o.end_i - 1], 3)
        for o in found)


def _employer_named(doc: Doc, m: Match, found: list[Match], lex: Lexicon) -> bool:
    """Whether the identity's word names staff whose employer another identity names ("employees of an NGO", "des
    employés d'une ONG"): they are that identity's (Aid Workers), not the workers' one."""
    noun = doc.span_head(m.start_i, m.end_i)
    return noun.lemma.lower() in lex.staff and any(o.value != m.value and _qualifies(doc, o, noun.i) for o in found)


def _denied_identity(doc: Doc, m: Match, lex: Lexicon) -> bool:
    """Whether a negation denies the identity, right before its word ("non-Muslim teachers", "des passagers non musulmans")
    or on the clause it is the predicate of ("passengers who were not Muslims", "qui n'étaient pas musulmans")."""
    word = doc.span_head(m.start_i, m.end_i)
    before = next((t for t in reversed(doc.tokens[max(0, m.start_i - 2):m.start_i]) if t.text != "-"), None)
    clause = [word, doc.tokens[word.head]] if word.deprel in ("attr", "acomp") else [word]
    return before is not None and before.lower_text in lex.identity_negations or any(
        c.lower_text in lex.identity_negations and c.deprel in ("neg", "advmod") for h in clause for c in doc.children.get(h.i, []))


def _kin_or_former(doc: Doc, m: Match, lex: Lexicon) -> bool:
    """Whether the identity's word names someone the people are kin of ("the brother of a councilman", "le fils d'un conseiller
    municipal", "a councilman's son") or who no longer is what it says ("a former prefect", "un ancien maire"): not theirs."""
    word = doc.span_head(m.start_i, m.end_i)
    if any(0 <= m.start_i - o.end_i <= 1 for o in lex.off_duty.find(doc, doc.tokens[max(0, m.start_i - 3):m.start_i])):
        return True
    owner = doc.tokens[word.head]
    if word.deprel == "pobj":   # "the brother of a councilman": the noun the preposition hangs on
        owner = doc.tokens[owner.head]
    return word.deprel in ("pobj", "nmod", "poss", "nmod:poss") and owner.i != word.i and owner.lemma.lower() in lex.kin


def listener(doc: Doc, tok: Token, lex: Lexicon) -> bool:
    """Whether the word names whom a report was made to ("confirmed the attack to journalists",
    "a confirmé l'attaque aux journalistes", "told reporters"; places.yaml `told_to`, `told_verbs`):
    not the event's people."""
    reporting = lex.dates.get("reporting", ())
    if tok.deprel in ("obj", "dobj", "iobj", "dative") and doc.tokens[tok.head].lemma in lex.told_verbs:
        return True
    verb = next((t for t in doc.heads(tok, 4) if t.upos == "VERB"), None)   # the verb the phrase hangs on: the reporting verb, not
    # "set fire to a police station in Gressier, police said"
    return introduced_by(doc, tok, lex.told_to) and verb is not None and verb.lemma in reporting and verb.i < tok.i


def teller(doc: Doc, tok: Token, lex: Lexicon) -> bool:
    """Whether the word names who tells of the event (`speaker`, or a `source`: "according to an
    aid group", "selon une ONG"; places.yaml `sources`), or whose the teller is or what it is ("a doctors'
    group said", "Fulani community leaders said"; not "Fulani herders said they had ...", who may tell of their own act):
    not the event's people."""
    if tok.deprel in ("poss", "nmod:poss") and teller(doc, doc.tokens[tok.head], lex):
        return True
    top = tok
    while top.deprel in ("compound", "amod") and top.head != top.i:
        top = doc.tokens[top.head]
    if top is not tok and not lex.actor_kinds.find(doc, [top]) and teller(doc, top, lex):
        return True
    return speaker(doc, tok, lex) or source(doc, tok, lex)


def speaker(doc: Doc, tok: Token, lex: Lexicon) -> bool:
    """Whether the word is the subject of a reporting verb ("an NGO said", "a annoncé l'Élysée"), or joined or apposed to it
    ("residents and a health worker said", "JOS - ..., a local official said", the dateline parsed as the subject)."""
    reporting = lex.dates.get("reporting", ())
    return before_a_subjectless_teller(doc, tok, reporting) or _reporting_subject(doc, tok, reporting)


def _reporting_subject(doc: Doc, tok: Token, reporting) -> bool:
    """Whether the word is the subject of a reporting verb, or joined or apposed to it ("John Doe, a local official, said");
    not what was reported ("Student marches were reported in Koudougou")."""
    if inverted_subject(doc, tok, reporting):   # "..., a déclaré à l'AFP un élu local", apposed to whom it told
        return True
    top = tok
    while top.deprel in ("conj", "appos") and top.head < top.i:
        top = doc.tokens[top.head]
    return top.deprel == "nsubj" and doc.tokens[top.head].lemma in reporting or top is not tok and inverted_subject(doc, top, reporting)


def described_teller(doc: Doc, tok: Token, lex: Lexicon) -> Token | None:
    """The teller whose apposition or relative clause the word is in ("said Musa Ali, a commander of a civilian
    militia that helps the army", "a déclaré Jean Kabamba, chef d'une milice"), if any: the words say whose
    the teller is."""
    described = False
    for _ in range(DESCRIPTION_STEPS):
        if tok.head == tok.i:
            return None
        described |= tok.deprel in ("relcl", "acl:relcl") or tok.deprel == "appos" and doc.tokens[doc.subtree(tok)[0].i - 1].text == ","
        # (an apposition after a comma, not a note's label parsed as the teller: "Arrests: A rebel group said")
        tok = doc.tokens[tok.head]
        if described and _reporting_subject(doc, tok, lex.dates.get("reporting", ())):
            return tok
    return None


DESCRIPTION_STEPS = 6   # words from a group's name up to the teller it describes: army, helps, militia, of, commander, Ali


def before_a_subjectless_teller(doc: Doc, tok: Token, reporting) -> bool:
    """Whether the word stands in the phrase right before a reporting verb the parse gave no subject, after a comma
    ("..., killing 25 people, residents and a health worker said", the tellers parsed as more of the dead); not a participle
    that qualifies a noun ("fighting between police and suspected bandits")."""
    after = next((t for t in doc.tokens[tok.i + 1:tok.i + TELLER_REACH] if t.upos in ("VERB", "PUNCT")), None)
    return after is not None and after.upos == "VERB" and after.lemma in reporting and after.deprel != "amod" and not any(
        c.deprel.startswith("nsubj") for c in doc.children.get(after.i, [])) and any(
        t.text == "," for t in doc.tokens[max(0, tok.i - TELLER_REACH):tok.i])


TELLER_REACH = 6   # tokens between a teller's word and its verb, or the comma before it


def inverted_subject(doc: Doc, tok: Token, verbs) -> bool:
    """Whether the word is the subject put after one of these verbs that has no other subject
    ("..., a annoncé vendredi la police nationale"), which the parser may take for its object; a subject
    it gave the verb before the comma that opens the aside is the parser's error ("a tué deux casques bleus,
    a annoncé la Minusma"); nor one it hung on the day after the verb ("..., ont affirmé jeudi des habitants") or on
    whom the verb told ("..., a déclaré à l'AFP un élu local")."""
    verb = doc.tokens[tok.head]
    on_the_day = tok.deprel == "nmod" and verb.deprel == "obl:mod" and verb.i < tok.i
    to_the_hearer = tok.deprel == "appos" and verb.deprel.startswith("obl") and verb.i < tok.i
    verb = doc.tokens[verb.head] if on_the_day or to_the_hearer else verb
    comma = aside_comma(doc, verb)
    return verb.lemma in verbs and tok.i > verb.i and (on_the_day or to_the_hearer or read_as_subject(doc, tok)) and not any(
        c.deprel.startswith("nsubj") and c.i != tok.i and not (comma is not None and c.i < comma) for c in doc.children.get(verb.i, []))


def read_as_subject(doc: Doc, tok: Token) -> bool:
    """Whether a noun put after its verb may be the verb's subject: so parsed, or taken for its object ("..., a annoncé la
    Minusma") or for a phrase with an article but no preposition ("..., a dénoncé jeudi une ONG locale"; not the day "jeudi")."""
    children = doc.children.get(tok.i, [])
    return tok.deprel in ("obj", "dobj", "nsubj") or tok.deprel == "obl:mod" and any(c.deprel == "det" for c in children) \
        and not any(c.deprel == "case" for c in children)


def aside_comma(doc: Doc, verb: Token) -> int | None:
    """The comma right before the verb and its auxiliaries, which opens an aside (", a annoncé la Minusma"), if any."""
    first = min([verb.i] + [c.i for c in doc.children.get(verb.i, []) if c.deprel.startswith("aux")])
    return first - 1 if first > 0 and doc.tokens[first - 1].text == "," else None


def source(doc: Doc, tok: Token, lex: Lexicon) -> bool:
    """Whether the word names whom the report comes from ("according to MINUSMA", "selon la
    Minusma", "selon le ministère de la Santé du Hamas"; places.yaml `sources`): a force so named
    tells of the event, it is no side in it."""
    chain = [tok]   # up from a name inside the source's phrase, or from a source joined to another, to the phrase's head
    # ("according to residents and health workers", "selon des habitants et des agents de santé"); not past a comma but to a
    # word set beside or joined ("Selon des sources locales, des soldats ont tué", the soldiers parsed as the sources')
    while chain[-1].deprel in NAME_IN_PHRASE | {"conj"} and chain[-1].head != chain[-1].i and len(chain) <= SOURCE_PHRASE_DEPTH \
            and (chain[-1].deprel in ("appos", "conj") or not _comma_between(doc, chain[-1].i, chain[-1].head)):
        chain.append(doc.tokens[chain[-1].head])
    issued = _issuer_of(doc, tok)   # "selon un bilan communiqué par les autorités", "according to a toll released by the ministry"
    return any(introduced_by(doc, t, lex.sources, 2) for t in chain + ([issued] if issued is not None else []))


def _issuer_of(doc: Doc, tok: Token) -> Token | None:
    """The noun a participle qualifies whose agent the word is ("a toll released by the ministry": the toll), if any."""
    agent = doc.tokens[tok.head] if tok.deprel == "pobj" and doc.tokens[tok.head].deprel == "agent" else tok
    verb = doc.tokens[agent.head]
    if agent.deprel not in ("obl:agent", "agent") or verb.deprel != "acl":
        return None
    return doc.tokens[verb.head]


def identity_link_start(doc: Doc, link: Match) -> int:
    """Where the words a link says who they are end (actors.yaml `identity_links`): past a comma or a bracket ("armed men,
    believed to be ...") and a pronoun for who believes it ("gunmen they believed to be Fulani herders")."""
    i = link.start_i
    i -= i > 0 and doc.tokens[i - 1].upos == "PRON" and doc.tokens[i - 1].deprel.startswith("nsubj")
    return i - (i > 0 and doc.tokens[i - 1].text in (",", "(", "["))


def _comma_between(doc: Doc, i: int, j: int) -> bool:
    """Whether a comma stands between the two words."""
    return any(t.text == "," for t in doc.tokens[min(i, j) + 1:max(i, j)])


def introduced_by(doc: Doc, tok: Token, words: frozenset, depth: int = 1) -> bool:
    """Whether one of the prepositions `words` brings in the word: spaCy's English hangs it on the
    preposition ("to journalists"; "according to a group", two heads up), UD on a case marker
    ("aux journalistes", "selon une ONG") or, for an adverb's phrase, on the adverb ("auprès d'un élu local")."""
    heads = doc.heads(tok, depth) if tok.deprel == "pobj" else []
    return any(t.lower_text in words for t in heads) or any(c.deprel == "case" and c.lower_text in words for c in doc.children.get(tok.i, [])) \
        or tok.deprel.startswith("obl") and doc.tokens[tok.head].upos == "ADV" and doc.tokens[tok.head].lower_text in words


def _people_of(doc: Doc, match: Match, lex: Lexicon) -> bool:
    """An ethnic word names people when it heads its phrase ("the Fulani", "des Peuls") or
    qualifies people, a settlement or a community ("Dogon villagers", "a Fulani camp", "Dinka clans"); not forces or land
    ("Somali troops", "the Amhara region")."""
    word = doc.tokens[match.end_i - 1]
    if _in_area_list(doc, word):
        return False
    if _settlement_name(doc, word, lex) or _place_name(doc, match, lex):
        return False
    if word.head == word.i or word.deprel not in QUALIFIER_DEPRELS:
        return True
    if any(c.deprel == "det" and word.upos == "NOUN" or c.deprel == "case" and c.lower_text in lex.range_words
           for c in doc.children.get(word.i, [])):
        return True   # a phrase of its own under another noun ("affrontements entre les Peuls et les Dogons", "entre Peuls et ...")
    before = doc.tokens[match.start_i - 1] if match.start_i else None
    # "entre agriculteurs dogons et ...", parsed as two nouns: the people noun right before is the one qualified
    head = doc.tokens[word.head]
    for _ in range(2):   # past a subgroup's name: "the Tuareg Imghad community", "the Tuareg Kel Ansar tribe"
        if head.upos == "PROPN" and head.deprel in ("compound", "flat") and head.head != head.i:
            head = doc.tokens[head.head]
    qualified = [head] + ([before] if before is not None and before.upos == "NOUN" else [])
    return any(noun.lemma.lower() in lex.settlements or any(k.value in PEOPLE_KINDS for k in lex.actor_kinds.find(doc, [noun]))
               or lex.communities.find(doc, [noun]) or lex.identities.find(doc, [noun]) for noun in qualified)
    # ("rival Dinka clans": a community's words, "Dinka youths"; "trois bergers peuls", "Fulani shepherds": people an identity names)


def _place_name(doc: Doc, match: Match, lex: Lexicon) -> bool:
    """A capitalised ethnic word right after "in", "à" or hyphened to another name names a place ("clashed in Kounta",
    "between Sama-Bozo and Tiena"), not its people ("in Fulani villages" is theirs), as does a capitalised country's
    name ("au large d'Eyl, en Somalie", where "somalie" is the people's adjective too)."""
    first, last = doc.tokens[match.start_i], doc.tokens[match.end_i - 1]
    before = doc.tokens[match.start_i - 1] if match.start_i else None
    after = doc.tokens[match.end_i] if match.end_i < len(doc.tokens) else None
    hyphened = before is not None and before.text == "-" and before.end == first.start or \
        after is not None and after.text == "-" and after.start == last.end
    return first.text[:1].isupper() and (hyphened or match.text.lower() in lex.country_names
                                         or before is not None and before.lower_text in lex.at_words
                                         and last.upos == "PROPN" and doc.tokens[last.head].upos not in ("NOUN", "PROPN"))


def _settlement_name(doc: Doc, word: Token, lex: Lexicon) -> bool:
    """A bare name after "the village of", "le village de": the village's name ("the village of Kuki"), not
    its people ("un village de Peuls" is one of theirs, "le campement des Peuls" has its article)."""
    noun = _noun_over(doc, word)
    return (word.upos == "PROPN" and word.deprel in ("pobj", "nmod") and word.i > noun.i and noun.lemma.lower() in lex.settlements
            and doc.definite(noun)
            and "Number=Plur" not in noun.feats and not any(c.deprel == "det" for c in doc.children.get(word.i, [])))


def _in_area_list(doc: Doc, tok: Token) -> bool:
    """Whether the word is one of the areas bracketed after a place ("Debre Markos (Debre Markos,
    Misraq Gojjam, Amhara)"): a region's name, though the ethnic group's too."""
    opening = doc.text.rfind("(", max(0, tok.start - AREA_LIST_CHARS), tok.start)
    closing = doc.text.find(")", tok.end, tok.end + AREA_LIST_CHARS)
    inside = doc.text[opening + 1:closing] if opening >= 0 and closing >= 0 else ""
    return "," in inside and not any(c in inside for c in "()\n")


def _named_gang(doc: Doc, match: Match, lex: Lexicon) -> Match | None:
    """A gang word with a proper name after it (past "known as" and quotes) or before it."""
    if match.value != "armed_group" or match.text.lower() not in lex.gang_words:
        return None
    last = doc.tokens[-1].i
    after = match.end_i
    known = next((k for k in lex.known_as.find(doc, doc.tokens[after:after + 6]) if k.start_i == after), None)
    after = known.end_i if known else after
    if known is None and after < last and doc.tokens[after].lower_text in lex.gang_name_links:
        after += 1   # "le gang de Ti Makak", "the gang of Izo"
    while after <= last and doc.tokens[after].text in QUOTES:
        after += 1
    name = _name_run(doc, range(after, min(after + NAME_MAX_TOKENS, last + 1)), WHEN, lex.gang_name_links)
    if not name and known is None:
        name = _name_run(doc, range(match.start_i - 1, max(match.start_i - 1 - NAME_MAX_TOKENS, -1), -1), WHEN | WHERE)[::-1]
    if all(tok.text.isdigit() for tok in name):
        return None   # "killed 12 gang members": a count, no name (unlike "the 400 Mawozo gang")
    first, end = min(name[0].i, match.start_i), max(name[-1].i, match.end_i - 1)
    text = doc.text[name[0].start:name[-1].end]
    return Match(first, end + 1, doc.tokens[first].start, doc.tokens[end].end, doc.text[doc.tokens[first].start:doc.tokens[end].end],
                 ActorGroup(lex.gang_name.format(name=text), lex.gang_inter))


def _name_run(doc: Doc, positions: range, not_names: set[str], links: frozenset = frozenset()) -> list[Token]:
    """The proper-name tokens at `positions`, up to the first that is not one or that the
    recogniser tags as one of `not_names`; a word of `links` between two names is part of the
    name ("Village de Dieu"), and so is a capitalised adjective on one of them ("Grand Ravine")."""
    is_name = lambda tok: (tok.upos in ("PROPN", "NUM", "NOUN", "X") and (tok.text[:1].isupper() or tok.text.isdigit())  # noqa: E731
                           and tok.ent_type not in not_names)
    run: list[Token] = []
    for n, i in enumerate(positions):
        tok = doc.tokens[i]
        linked = run and tok.lower_text in links and n + 1 < len(positions) and is_name(doc.tokens[positions[n + 1]])
        qualifies = tok.upos == "ADJ" and tok.text[:1].isupper() and tok.head in positions and is_name(doc.tokens[tok.head])   # "Grand" of
        # "le gang Grand Ravine", an adjective of the name
        if not (linked or qualifies or is_name(tok)):
            break
        run.append(tok)
    return run
