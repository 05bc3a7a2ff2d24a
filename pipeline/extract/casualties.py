"""Fatalities and injuries by ACLED's rules, from one sentence.

A count attaches to a death (or injury) word when the number sits in the phrase that the word
governs or that governs it ("trois soldats et huit VDP ont été tués", "killing 12 civilians",
"10 morts"). Counts inside a subset phrase ("dont trois soldats", "including two children") are
not added again. A death word with no count: singular 1, plural 3 (ACLED's vague-count rule).
Phrases like "sans faire de victimes" / "no casualties" give an explicit 0.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipeline.extract.lexicon import ActorGroup, Lexicon, Match, clear_of
from pipeline.nlp.doc import RELATIVE_CLAUSES, Doc, Token
from pipeline.resolve.dates import find_dates

DIGITS = re.compile(r"^\d{1,5}$")
MAX_COUNT = 10000   # larger figures are war totals or populations: a sentence whose only toll is one reports no event
AGENT_DEPRELS = {"agent", "obl:agent"}   # "by", "par": who killed, not who died
BY_CASES = {"par", "by"}   # the prepositions of a passive's agent ("killed by gunmen", "tués par des hommes armés")
PATIENT_DEPRELS = {"nsubjpass", "nsubj:pass", "obl:arg", "nmod"}   # "cattle were killed", "abattu du bétail", "la mort de bœufs"
PASSIVE_SUBJECTS = ("nsubjpass", "nsubj:pass")   # "they" of "they were killed"
PASSIVE_AUX = {"auxpass", "aux:pass"}   # "were" of "were killed", "été" of "ont été tués"
TENSE_AUX = {"aux", "aux:tense"}   # "have" of "have been killed", "ont" of "ont été tués"
PREDICATES = {"acomp", "attr", "xcomp", "oprd"}   # what a copula says its subject is ("one is missing")
NOUN_MODIFIERS = {"amod", "compound", "flat", "fixed"}   # "engin explosif": words after a noun that are its name
FREE_WINDOW = 3   # tokens between a death word and a count the parse did not tie to it ("12 killed", "10 morts")
BOUND_WORDS = 3   # the longest bound between a casualty word and its count ("en blessant au moins 43")


@dataclass(frozen=True)
class Tally:
    """People counted in a sentence, the words that say so, whether a number was given, and
    whether it was an exact one (not a vague count: "une dizaine" yields to "douze morts")."""
    value: int
    evidence: list
    explicit: bool
    exact: bool = False
    total: bool = False   # a war's total toll ("more than 35,000 people have been killed in the war"): no event's
    stated: bool = False  # the figure the report says it codes the toll as ("Unknown fatalities coded as 10")
    risen: bool = False   # the figure a toll word that is its verb's subject came to ("the death toll rose to 19"), not the
    # object of another's verb ("bringing the toll since January to 150")


@dataclass(frozen=True)
class Count:
    value: int
    start: int
    end: int
    text: str
    weak: bool = False   # "a"/"un": a count only beside a real one ("seven soldiers and a driver")
    vague: bool = False  # "une dizaine", "dozens": ACLED's figure for a vague count
    total: bool = False  # over MAX_COUNT: a war's total toll, not one event's
    before: int = -1     # the token right before the count, past a bound said before it ("en blessant au moins 43")


THOUSANDS_HEAD, THOUSANDS_GROUP = re.compile(r"^\d{1,3}$"), re.compile(r"^\d{3}$")


def number_tokens(doc: Doc, sent: list[Token], lex: Lexicon) -> dict[int, Count]:
    """Token index -> count, for digits, number words and vague counts ("une dizaine", "dozens"),
    leaving out numbers inside date expressions ("On May 19") and groups' names ("Barrio 18")."""
    counts: dict[int, Count] = {}
    start, end = sent[0].start, sent[-1].end
    not_counts = [(d.start, d.end) for d in find_dates(doc.text[start:end], lex.lang, offset=start)]
    for m in lex.numbers.find(doc, sent):
        value, vague = m.value
        counts[m.end_i - 1] = Count(value, m.start, m.end, m.text, vague=vague)
    grouped = _thousands_groups(doc, sent)
    inside = {i for first, last in grouped.items() for i in range(first + 1, last + 1)}
    for tok in sent:
        if tok.i in inside:
            continue   # "2 000": counted once, from its first group
        last = doc.tokens[grouped.get(tok.i, tok.i)]
        text = doc.text[tok.start:last.end].replace(",", "").replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
        restated = tok.i >= 2 and doc.tokens[tok.i - 1].text == "(" and (tok.i - 2) in counts   # "trois (03)"
        numbered = tok.i > 0 and doc.tokens[tok.i - 1].lower_text in lex.numbered   # "sur la route nationale 4": the road's number
        if DIGITS.match(text) and not (1900 <= int(text) <= 2100 and tok.i not in grouped) and not restated and not numbered \
                and tok.upos in ("NUM", "DET", "ADJ", "NOUN", "PROPN", "PRON", "X"):   # "tuant 25 d'entre eux": a pronoun to the parser
            counts[last.i] = Count(int(text), tok.start, last.end, doc.text[tok.start:last.end], total=int(text) > MAX_COUNT)
        elif tok.lower_text in lex.singular_articles and (tok.upos == "DET" or "Poss=Yes" in tok.feats) and tok.i not in counts \
                and "Number=Plur" not in doc.tokens[tok.head].feats \
                and doc.tokens[tok.head].lemma not in lex.place_nouns | lex.border_words:   # "the chief and his two sons", not "the
            # soldiers and ...", nor "deux bergers ..., près de la frontière", a conjunct to the parse
            counts[tok.i] = Count(1, tok.start, tok.end, tok.text, weak=True)
    if any(i > 0 and doc.tokens[i - 1].upos == "PROPN" for i in counts):   # a number after a name may be the name's
        not_counts += [(m.start, m.end) for m in lex.actor_kinds.find(doc, sent) if isinstance(m.value, ActorGroup)]
    counts = {i: c for i, c in counts.items() if not any(s <= c.start < e for s, e in not_counts) and not _measure(doc, i, lex)
              and not _names_one(doc, i, c)}
    counts = {i: c for i, c in counts.items() if not (i + 1 in counts and not DIGITS.match(doc.tokens[i].text))}   # "some 15 fighters"
    counts = {i: c for i, c in counts.items() if not (c.weak and any(o is not c and o.start <= c.start and c.end < o.end for o in counts.values()))}
    # (not the "an" of "an unknown number of")
    return {i: replace(c, before=_word_before(doc, _first_token(doc, i, c), lex)) for i, c in _ranges(doc, counts, lex).items()}


def _names_one(doc: Doc, i: int, count: Count) -> bool:
    """A figure that begins a name of one thing, not a count: "the 5 Segonn gang", "le gang 5 Segonn"
    (a name follows, and the noun it would count, or the one before it, is singular)."""
    tok = doc.tokens[i]
    after = doc.tokens[i + 1] if i + 1 < len(doc.tokens) else None
    if count.value < 2 or not DIGITS.match(tok.text) or after is None or not after.text[:1].isupper() or after.upos not in ("PROPN", "X"):
        return False
    singular = lambda t: t.upos == "NOUN" and "Number=Sing" in t.feats  # noqa: E731
    return singular(doc.tokens[tok.head]) or i > 0 and singular(doc.tokens[i - 1])


def _thousands_groups(doc: Doc, sent: list[Token]) -> dict[int, int]:
    """A number written in groups of three digits ("2 000", "1 200 000" in French): its first
    token -> its last."""
    out: dict[int, int] = {}
    for tok in sent:
        if not THOUSANDS_HEAD.match(tok.text) or any(a < tok.i <= b for a, b in out.items()):
            continue
        last = tok
        while last.i + 1 < len(doc.tokens) and THOUSANDS_GROUP.match(doc.tokens[last.i + 1].text) \
                and doc.text[last.end:doc.tokens[last.i + 1].start] in (" ", "\u00a0", "\u202f"):
            last = doc.tokens[last.i + 1]
        if last is not tok:
            out[tok.i] = last.i
    return out


def _measure(doc: Doc, i: int, lex: Lexicon) -> bool:
    """'a 50-year-old man', '20 km from', '3 heures', 'hundreds of miles': a number of a unit, not of people."""
    after = doc.text[doc.tokens[i].end: doc.tokens[i].end + 20].lower().lstrip(" -")
    after = next((after[len(link):].lstrip() for link in lex.unit_links if after.startswith(link)), after)
    return any(after.startswith(unit) for unit in lex.units)


GUESS_REACH = 6   # tokens from a figure to the higher guess after it ("7 and possibly up to 12")


def _ranges(doc: Doc, counts: dict[int, Count], lex: Lexicon) -> dict[int, Count]:
    """'between 25 and 54 people', 'entre 20 et 32', 'at least 7 and possibly up to 12': ACLED takes the lowest figure."""
    for i, j in zip(sorted(counts), sorted(counts)[1:]):
        between = doc.tokens[i + 1:_first_token(doc, j, counts[j])]
        if j - i <= GUESS_REACH and any(t.lower_text in lex.higher_guess for t in between) and not any(t.upos in ("VERB", "AUX") for t in between):
            counts.pop(j)   # a higher guess of the same dead (not "killed 7 and possibly wounded 12")
    for i in sorted(counts):
        before = doc.tokens[i - 1].lower_text if i > 0 else ""
        if before in lex.range_words:
            for j in (i + 2, i + 3):
                if j in counts and {doc.tokens[k].lower_text for k in range(i + 1, j)} <= {"and", "et", "-", "à", "to", "y"}:
                    counts.pop(j)
    return counts


def agent_verb(doc: Doc, tok: Token) -> Token | None:
    """The passive verb whose agent the word is ("drones launched by Russia", "tirés par Israël"),
    past spaCy's English "by" that governs it; else None."""
    if tok.deprel in AGENT_DEPRELS:   # (not a place the parser took for one: "enlevé en 2022 au Mali")
        cases = [c for c in doc.children.get(tok.i, []) if c.deprel == "case"]
        return doc.tokens[tok.head] if not cases or any(c.lemma in BY_CASES for c in cases) else None
    above = doc.tokens[tok.head]
    return doc.tokens[above.head] if tok.deprel == "pobj" and above.deprel in AGENT_DEPRELS else None


def _attached(doc: Doc, anchor: Match, counts: dict[int, Count], skip: set[int], blocked: set[int], lex: Lexicon,
              beside: frozenset = frozenset()) -> list[Count]:
    """Counts syntactically tied to the anchor word (within a few dependency steps), else adjacent.
    `skip`: tokens of subset phrases; `blocked`: anchors of the other kind (injuries for deaths);
    `beside`: words of other fates, whose own counts are not taken ("et une trentaine arrêtées"), though the
    people they qualify may be ("23 men arrested by the army were executed")."""
    anchor_tokens = set(range(anchor.start_i, anchor.end_i))
    modified = set()   # the nouns a verb or adjective anchor qualifies, and the nouns they are listed with
    for a in anchor_tokens:
        tok = doc.tokens[a]
        if tok.deprel != "conj" and tok.upos != "NOUN" and not any(c.deprel == "mark" for c in doc.children.get(a, [])):
            modified.add(tok.head)   # (not a clause of its own the parse hangs on a noun: "tuant deux personnes avant d'être abattu")
            if doc.tokens[tok.head].deprel == "conj":   # "12 JNIM militants and 4 ISGS fighters killed"
                modified.add(doc.tokens[tok.head].head)
        if tok.deprel in ("oprd", "xcomp") and tok.upos == "ADJ":   # "leaving two soldiers and four rebels dead": the verb's objects
            objects = [c for c in doc.children.get(tok.head, []) if c.deprel in ("dobj", "obj")]
            modified.update(n.i for o in objects for n in [o, *(c for c in doc.children.get(o.i, []) if c.deprel == "conj")])
        if tok.deprel in ("oprd", "xcomp") and doc.tokens[tok.head].upos == "VERB":   # "twelve soldiers were reported killed",
            modified.update(c.i for c in doc.children.get(tok.head, []) if c.deprel in ("nsubjpass", "nsubj:pass"))   # "feared dead"
        if tok.deprel == "conj" and tok.upos == "VERB" and doc.tokens[tok.head].upos == "VERB" \
                and not any(c.deprel.startswith("nsubj") for c in doc.children.get(a, [])):   # "two journalists were kidnapped and
            modified.update(c.i for c in doc.children.get(tok.head, []) if c.deprel in ("nsubjpass", "nsubj:pass"))   # killed"
    other_words = blocked | beside
    found = []
    for i, count in counts.items():
        tok = doc.tokens[i]
        chain = [tok] + doc.heads(tok, 4)
        reach = next((n for n, t in enumerate(chain) if t.i in anchor_tokens), None)
        if any(t.i in skip for t in chain) or _word_after(doc, i) in other_words or count.before in blocked \
                or _after_a_joined_verb(doc, anchor_tokens, _first_token(doc, i, count), other_words):
            continue   # a subset, or the count of the other kind's word right after it ("and four wounded", "et quatre (04) blessés")
            # or right before it ("tuant douze personnes et en blessant 43", which the parse may count as people killed)
        verb_before = count.before in anchor_tokens and (doc.tokens[count.before].upos == "VERB" or doc.tokens[count.before].upos == "NOUN" and not any(
            c.deprel == "det" for c in doc.children.get(count.before, [])))   # "et blessant 14 autres", "blessant" tagged a noun
        lost_one = doc.tokens[count.before].lemma in lex.losing and doc.tokens[tok.head].lemma in lex.lost_people   # not "perdu la vie"
        if verb_before and (not count.weak or lost_one):
            found.append(replace(count, weak=False))   # "en blessant 43", "en blessant une vingtaine": the verb's count, wherever the parse hangs it; "perdant
            # un soldat": one of the side's own
            continue
        if _more_on_another_side(doc, i, count, anchor, lex):
            found.append(count)   # "12 morts parmi les soldats et une quarantaine parmi les assaillants", however the parser hangs it
            continue
        if any(c.i in other_words and c.deprel != "conj" for c in doc.children.get(tok.i, [])):
            continue   # "tués et une dizaine d'autres blessés": the count is of the other kind's noun
        counted = chain[1] if len(chain) > 1 else tok
        if counted.i in beside:
            continue   # "et trois autres portées disparues", "portées" parsed as the noun the count counts
        if any(child.i in blocked and child.deprel != "conj" and not (counted.i in anchor_tokens and child.deprel == "advcl")
               or child.i in beside and (
                child.deprel in PREDICATES or child.deprel.startswith("acl") and counted.deprel == "conj")
               for child in doc.children.get(counted.i, [])):
            continue   # "nine others injured": the other kind's word qualifies the counted noun; "and one is missing";
            # "blessés et 20 personnes interpellées" (not "23 men arrested by the army were executed", the verb's subject, nor
            # "dozens wounded when two suicide bombers blew themselves up", a clause on the anchor itself; but "1 protester shot dead
            # & 2 severely wounded")
        joined = [c for c in doc.children.get(counted.head, []) if counted.deprel in ("obj", "dobj") and c.deprel == "conj"
                  and (c.upos == "NUM" or c.upos == "NOUN" and c.i > counted.i)] \
            + [n for h in (counted, doc.tokens[counted.head]) for n in _along_with(doc, h, lex) if n.i > counted.i]
        # (a count or a noun the parser joins to the verb: "killing the imam and two of his sons", "a tué son commandant et deux collègues")
        members = [counted] + ([doc.tokens[counted.head]] if counted.deprel == "conj" else []) + joined + _listed_beside(doc, counted, lex)
        for t in members:   # all those listed with it, however the parse hangs them ("a man, his wife and their three children")
            members += [c for c in doc.children.get(t.i, []) if c.deprel == "conj" and c not in members]
        listed = members[1:]
        listed += [c for c in doc.children.get(counted.head, []) if c.i != counted.i and c.deprel == counted.deprel
                   and counted.deprel.startswith("nsubj") and counted.head in anchor_tokens
                   and any(t.upos == "CCONJ" for t in doc.tokens[min(c.i, counted.i) + 1:max(c.i, counted.i)])
                   and not lex.subsets.find(doc, doc.tokens[min(c.i, counted.i) + 1:max(c.i, counted.i)])]   # "Un policier et trois
        # assaillants ont été tués", "Deux soldats et un civil ont été tués", parsed as two subjects of the anchor (not "three people
        # including a man, ... and a girl": the subset's last)
        if count.weak and (counted.i in anchor_tokens   # "ont perdu la vie et cinq blessés": the article of the death phrase
                           or not any(c.i in counts and not counts[c.i].weak for n in listed
                                      for c in [n, *doc.children.get(n.i, []), *(doc.tokens[counted.i + 1:n.i] if n in joined else ())])):
            continue   # "a" counts only listed with counted victims ("seven soldiers and a driver", "a man and his two sons", "a village
            # head and four of his guards", not "and a school looted")
        if _killers(doc, counted, anchor_tokens) or tok.upos == "NOUN" and _killers(doc, tok, anchor_tokens):   # (a count that is the
            continue   # noun itself: "dozens of residents lynched two men")
        if _after_preposition(doc, counted, lex) or tok.deprel == "pobj" and _after_preposition(doc, tok, lex):   # "killing five people in one of them"
            continue
        if reach is not None:   # the count's phrase depends on the anchor, through no other verb
            sibling = chain[reach - 1].deprel == "conj" and chain[reach].upos == "NOUN"   # "deux morts et plusieurs destructions"
            if not sibling and not any(t.i in blocked or t.upos == "VERB" for t in chain[:reach]):
                found.append(count)
        elif any(t.i in modified and t.upos in ("NOUN", "PROPN", "PRON") and not any(x.i in blocked for x in chain[:n])
                 and (n < 2 or not t.i < anchor.start_i < i) for n, t in enumerate(chain[:3])):   # not a conjunct the anchor stands
            # before, after the noun it qualifies ("one gunman killed, and two gunmen and a gendarme wounded")
            found.append(count)  # the anchor modifies the counted noun ("10 people dead", "12 soldiers and 5 attackers killed");
            # a noun anchor counts its own phrase only ("un bilan de 7 morts et de nombreux disparus")
    if found and all(c.weak for c in found):
        found = []
    if not found:   # "two hunters and two militiamen were killed", parsed with no subject
        found = [counts[i] for i in _stranded_subject_counts(doc, doc.tokens[anchor.end_i - 1], counts, blocked) if i not in skip]
    if not found:  # parse disagreed: take a count right before the anchor ("12 killed", "10 morts")
        free = {i: c for i, c in counts.items() if i not in skip and i not in blocked and not _subject_of_the_other_kind(doc, i, blocked)
                and not c.weak and _free_count(doc, i, blocked, lex)
                and not _killers(doc, doc.tokens[doc.tokens[i].head], anchor_tokens)
                and not _counts_the_other_kind(doc, doc.tokens[i], blocked)}
        own_victims = _victims(doc, doc.span_head(anchor.start_i, anchor.end_i), lex)   # "abducting 25 schoolgirls and
        # killing the vice principal": a verb with victims of its own does not count those of the phrase before it
        before = [c for i, c in free.items() if 0 <= anchor.start_i - i <= FREE_WINDOW and not own_victims
                  and not _counted_by_another_verb(doc, i, anchor_tokens, lex, as_object=True)]
        after = [c for i, c in free.items() if 0 < i - (anchor.end_i - 1) <= FREE_WINDOW and not _counted_by_another_verb(doc, i, anchor_tokens, lex)]
        found = before[-1:] or after[:1]
    return found


def _counted_by_another_verb(doc: Doc, i: int, anchor_tokens: set[int], lex: Lexicon, as_object: bool = False) -> bool:
    """Whether the count counts the subject of another verb than the anchor, or `as_object` the object of another death verb
    ("a soldier was martyred and three terrorists were killed", "killing three before being shot dead": the three are the
    other verb's dead, not the anchor's; not "clashed, leaving one dead")."""
    noun = doc.tokens[doc.tokens[i].head] if doc.tokens[i].deprel == "nummod" else doc.tokens[i]
    verb = doc.tokens[noun.head]
    if verb.upos != "VERB" or verb.i in anchor_tokens:
        return False
    return noun.deprel.startswith(("obj", "dobj")) and bool(lex.deaths.find(doc, [verb])) if as_object else noun.deprel.startswith("nsubj")


def _after_a_joined_verb(doc: Doc, anchor_tokens: set[int], i: int, other_words: set[int]) -> bool:
    """Whether a verb joined to the anchor, or a word of another fate joined to its object, comes between the anchor and token
    `i` ("avoir tué 40 terroristes et arrêté 25 suspects", "tuant le chauffeur et blessant quatre passagers", however the parse
    hangs the second object): what follows is that word's."""
    return any(t.deprel == "conj" and (t.upos == "VERB" and t.head in anchor_tokens or t.i in other_words)
               for t in doc.tokens[max(anchor_tokens) + 1:i])


def _more_on_another_side(doc: Doc, i: int, count: Count, anchor: Match, lex: Lexicon) -> bool:
    """Whether the count comes after "and" past the death word and a side follows it ("12 dead among the soldiers and about 40
    among the attackers", "et une quarantaine parmi les assaillants"; casualties.yaml `dead_sides`): more of the same dead."""
    after = doc.tokens[i + 1] if i + 1 < len(doc.tokens) else None
    return not count.weak and after is not None and after.lemma.lower() in lex.dead_sides and count.before >= anchor.end_i \
        and doc.tokens[count.before].upos == "CCONJ"


def _first_token(doc: Doc, i: int, count: Count) -> int:
    """The first token of the count keyed by token `i` ("une" of "une vingtaine")."""
    return next(t.i for t in doc.tokens[max(0, i - BOUND_WORDS):i + 1] if t.start >= count.start)


def _word_before(doc: Doc, i: int, lex: Lexicon) -> int:
    """The token before a count, past a bound said before it ("en blessant au moins 43")."""
    bound = next((m for m in lex.lower_bounds.find(doc, doc.tokens[max(0, i - BOUND_WORDS):i]) if m.end_i == i), None)
    return (bound.start_i if bound else i) - 1


def _word_after(doc: Doc, i: int) -> int:
    """The token after a count, past the figure restated in brackets ("quatre (04) blessés") and the auxiliaries of its verb
    ("a soldier died and four were wounded", "et quatre ont été blessés")."""
    after = i + 1
    if after < len(doc.tokens) and doc.tokens[after].text == "(":
        close = next((j for j in range(after + 1, min(after + 4, len(doc.tokens))) if doc.tokens[j].text == ")"), None)
        after = close + 1 if close is not None else after
    while after < len(doc.tokens) - 1 and doc.tokens[after].upos == "AUX":
        after += 1
    return after


def _killers(doc: Doc, counted: Token, anchor_tokens: set[int]) -> bool:
    """"Three soldiers beat a worker to death": the subject of a death verb that has an object
    killed; the object died (not an object inside the death phrase: "onze personnes ont perdu la vie")."""
    if counted.deprel == "pobj" and doc.tokens[counted.head].lemma == "of" or counted.deprel == "nmod":
        counted = doc.tokens[doc.tokens[counted.head].head if counted.deprel == "pobj" else counted.head]   # "members of 5 Segond
        # killed 8 people": the phrase the count is in
    verbs = [counted.head] + [c.i for c in doc.children.get(counted.head, []) if c.deprel == "conj" and c.upos == "VERB"
                              and not any(s.deprel.startswith("nsubj") for s in doc.children.get(c.i, []))]
    # "residents burned alive and killed a robber": the object of the verb listed after it (not of a clause of its own:
    # "seven gendarmes wounded, and the forces seized arms")
    has_object = lambda v: any(c.deprel in ("obj", "dobj") and c.upos in ("NOUN", "PROPN") and c.i not in anchor_tokens  # noqa: E731
                               for c in doc.children.get(v, []))
    acted = [c.i for c in doc.children.get(counted.i, []) if c.i in anchor_tokens and c.deprel == "acl" and has_object(c.i)]
    # ("a number of young men lynched to death an elderly herbalist": an active verb parsed as the participle of its subject)
    return bool(acted) or counted.deprel == "nsubj" and counted.head in anchor_tokens and any(has_object(v) for v in verbs)


def _stranded_subject_counts(doc: Doc, verb: Token, counts: dict[int, Count], blocked: set[int]) -> list[int]:
    """The counts of a passive verb's subject that the parse left unattached: the noun just
    before its auxiliaries (or before the bare participle) and the nouns listed with it ("two
    hunters and three herders were killed": 2 + 3; "two soldiers and three
    fighters killed": 2 + 3), not a listed word of the other kind ("six soldats tués et dix blessés": 6)."""
    children = doc.children.get(verb.i, [])
    if any(c.deprel.startswith("nsubj") or c.deprel in ("obj", "dobj") for c in children):
        return []
    auxiliaries = [c.i for c in children if c.deprel in PASSIVE_AUX and c.i < verb.i]
    if not auxiliaries and "VerbForm=Part" not in verb.feats:
        return []
    auxiliaries += [c.i for c in children if c.deprel in TENSE_AUX and c.i < verb.i]   # "have been killed", "ont été tués"
    first = min(auxiliaries, default=verb.i)   # "... were killed", or a bare participle: "... fighters killed"
    if first == 0:
        return []
    subject = doc.tokens[first - 1]
    if not _counted_word(doc, subject):
        return []
    head = doc.tokens[subject.head] if subject.deprel == "conj" else subject   # the list's first noun
    if not _counted_word(doc, head):   # "fait état de 15 soldats et 9 VDP tués", the second joined to the verb: the noun before "et"
        head = _listed_before(doc, subject) or subject
    listed = ({head.i, subject.i} | {c.i for c in doc.children.get(head.i, []) if c.deprel == "conj"}) - blocked
    return [i for i, c in counts.items() if not c.weak and doc.tokens[i].deprel == "nummod" and doc.tokens[i].head in listed]


def _counted_word(doc: Doc, tok: Token) -> bool:
    """A noun, or a word a number counts, whatever its tag ("9 VDP", "9 civils" tagged as adjectives)."""
    return tok.upos in ("NOUN", "PROPN") or any(c.deprel == "nummod" for c in doc.children.get(tok.i, []))


def _listed_before(doc: Doc, tok: Token) -> Token | None:
    """The counted word a coordinator joins to the counted phrase that ends with `tok` ("15 soldats et | 9 VDP")."""
    start = min([tok.i, *(c.i for c in doc.children.get(tok.i, []) if c.deprel == "nummod")])
    if start < 2 or doc.tokens[start - 1].upos != "CCONJ":
        return None
    before = doc.tokens[start - 2]
    return before if _counted_word(doc, before) else None


def _counts_the_other_kind(doc: Doc, number: Token, blocked: set[int]) -> bool:
    """Whether the number counts a noun the other kind's word qualifies ("and three others injured")."""
    counted = doc.tokens[number.head]
    return counted.i != number.i and counted.upos in ("NOUN", "PRON", "ADJ") and any(c.i in blocked for c in doc.children.get(counted.i, []))


def _subject_of_the_other_kind(doc: Doc, i: int, blocked: set[int]) -> bool:
    """Whether the count is the subject of the other kind's verb ("a soldier died and four were wounded"); not a count
    of people the other kind's word names ("the two wounded later succumbed")."""
    return i + 1 < len(doc.tokens) and doc.tokens[i + 1].upos == "AUX" and _word_after(doc, i) in blocked


def _free_count(doc: Doc, i: int, blocked: set[int], lex: Lexicon) -> bool:
    """A count that may be the toll of a word beside it: not the other kind's count ("un mort et
    douze blessés", "une dizaine de blessés", "nine others injured"), nor the killers' ("shot dead by two gunmen"; a
    count the parse lists with the weapon that killed is free: "tués par balles et une quarantaine blessés")."""
    above = doc.heads(doc.tokens[i], 3)
    counts_other = any(c.i in blocked and c.deprel == "nmod" for c in doc.children.get(i, []))   # "un mort et une dizaine de blessés"
    qualifying = above[1:2] if doc.tokens[i].deprel == "conj" else above[:2]   # a count listed after the other kind's word is no count of it
    if doc.tokens[i].deprel == "conj" and _a_weapon(doc, above[0], lex):
        qualifying = []   # listed with the weapon ("tués par balles et une quarantaine blessés"), by the parse only
    return not counts_other and not any(t.i in blocked for t in qualifying) \
        and not any(t.deprel in AGENT_DEPRELS and not _a_weapon(doc, t, lex) for t in above)


def _in_brackets(doc: Doc, sent: list[Token], offset: int) -> bool:
    before = doc.text[sent[0].start:offset]
    return before.count("(") > before.count(")")


def _lists_beside(doc: Doc, preposition: Token, lex: Lexicon) -> bool:
    """Whether the preposition ends a phrase that lists people beside others ("along with", "together with"; casualties.yaml
    `listed_with`)."""
    return preposition.i > 0 and f"{doc.tokens[preposition.i - 1].lower_text} {preposition.lower_text}" in lex.listed_with


def _along_with(doc: Doc, head: Token, lex: Lexicon) -> list[Token]:
    """The nouns such a phrase hangs on the word ("killed a chief along with his two sons": "sons" on "killed")."""
    return [n for c in doc.children.get(head.i, []) for w in [c, *doc.children.get(c.i, [])] if _lists_beside(doc, w, lex)
            for n in doc.children.get(w.i, []) if n.deprel == "pobj"]


def _listed_beside(doc: Doc, counted: Token, lex: Lexicon) -> list[Token]:
    """The word such a phrase lists the noun beside, and that word's objects ("killed two farmers together with a herder":
    "killed", "farmers"), else nothing."""
    preposition = doc.tokens[counted.head]
    if counted.deprel != "pobj" or not _lists_beside(doc, preposition, lex):
        return []
    head = doc.tokens[preposition.head]
    head = doc.tokens[head.head] if head.i == preposition.i - 1 else head   # "along" of "along with", the phrase's own word
    return [head] + [c for c in doc.children.get(head.i, []) if c.deprel in ("obj", "dobj")]


def _after_preposition(doc: Doc, counted: Token, lex: Lexicon) -> bool:
    """The counted noun comes with a preposition ("dans deux accrochages", "by five gunmen"): a
    place, a means or an agent, not the dead ("the deaths of five soldiers" are, and those whom
    an attack "a coûté la vie à", or those a toll "fait état de", the verb's own argument, unless what "of" hangs on has a count
    of its own; and so are those listed beside others: "along with his two sons")."""
    if counted.deprel == "pobj":   # spaCy's English: the preposition governs the noun
        preposition = doc.tokens[counted.head]
        if _listed_beside(doc, counted, lex):
            return False
        counted_before = any(c.deprel == "nummod" for c in doc.children.get(preposition.head, []))
        return preposition.lemma != "of" or counted_before   # "11 members of one family": one family is who they were
    cases = [c for c in doc.children.get(counted.i, []) if c.deprel == "case"]
    if counted.deprel == "nmod":   # "lors d'attaques contre trois villages": what was attacked ("la mort de cinq soldats" are the dead)
        return bool(cases) and cases[0].lemma not in ("de", "à")
    return counted.deprel.startswith("obl") and bool(cases) and not (counted.deprel == "obl:arg" and cases[0].lemma in ("à", "de"))


def _subset_tokens(doc: Doc, sent: list[Token], lex: Lexicon, casualty_words: list[Match]) -> set[int]:
    """Tokens of phrases that restate part of a count ("dont trois soldats"), but not a count of
    their own the parse lists with them ("dont deux enfants, et une dizaine de blessés")."""
    words = {i for m in casualty_words for i in range(m.start_i, m.end_i)}
    out: set[int] = set()
    for m in lex.subsets.find(doc, sent):
        marker = doc.tokens[m.start_i]
        phrase_head = doc.tokens[marker.head] if marker.head != marker.i else marker
        closing = next((t.i for t in sent if t.i >= m.end_i and t.text in (",", ")", ";")), sent[-1].i + 1)   # "Sixteen civilians,
        # among them four women, lost their lives": the subset ends at its comma ("killing 25 of them; two soldiers were wounded")
        phrase = {t.i for t in doc.subtree(phrase_head) if t.i >= m.start_i} | set(range(m.start_i, min(m.end_i + 4, sent[-1].i + 1, closing)))
        for branch in ({t.i for t in doc.subtree(c)} for c in doc.children.get(phrase_head.i, []) if c.deprel == "conj"):
            if branch & words:
                phrase -= branch
        out |= phrase
    return out


def _without_parts(doc: Doc, used: dict[int, Count], token_of: dict[int, int]) -> dict[int, Count]:
    """The counts less those that break the first one down: a bare figure (no people word of its
    own), hung on the first count's people or verb, or on a part before it ("six gendarmes were
    wounded, five by gunfire, two of them seriously": 6; "cinq morts, deux à Gao et trois à
    Ansongo": 5; "the bodies of 11 people, some with gunshot wounds": 11), or the counts after a colon that add up to no more
    than it; not "three soldiers and a civilian", nor "3 dead ..., 2 reported dead"."""
    ordered = sorted(used.values(), key=lambda c: c.start)
    if len(ordered) < 2:
        return used
    first = doc.tokens[token_of[ordered[0].start]]
    hooks, parts = {first.head, doc.tokens[first.head].head}, set()
    above = doc.tokens[doc.tokens[first.head].head]
    if above.upos == "ADP":   # "the bodies of 11 people, some with gunshot wounds": the noun the people's "of" is on
        hooks.add(above.head)
    colon = next((t for t in doc.sentences[first.sent] if t.text == ":" and t.i > first.i), None)
    after = [c for c in ordered[1:] if colon is not None and c.start > colon.start]
    if after and sum(c.value for c in after) <= ordered[0].value:
        parts |= {c.start for c in after}   # "killed 12 people: seven men, three women and two children": 12, the list its parts
    for c in ordered[1:]:
        tok = doc.tokens[token_of[c.start]]
        if not c.weak and c.value < ordered[0].value and tok.deprel not in ("nummod", "det") and tok.head in hooks \
                and c.before >= 0 and (doc.tokens[c.before].text in (",", ";") or doc.tokens[c.before].upos == "CCONJ" and parts):
            parts.add(c.start)
            hooks.add(tok.i)
    return {k: c for k, c in used.items() if c.start not in parts}


def count_in_sentence(doc: Doc, sent: list[Token], lex: Lexicon, anchors: list[Match], others: list[Match],
                      fates: list[Match] = ()) -> Tally | None:
    """Total people counted by the anchor words of one kind (deaths or injuries) in a sentence;
    `others` are the anchors of the other kind, whose counts are not taken, nor those of `fates`
    (casualties.yaml `other_fates`)."""
    periods = lex.cumulative.find(doc, sent)
    anchors = [a for a in anchors if not _over_a_period(doc, a, periods, lex.lang)]   # a period's toll: the event's is unknown
    if not anchors:
        return None
    counts = {i: c for i, c in number_tokens(doc, sent, lex).items() if not _counts_animals(doc, doc.tokens[i], lex)
              and not _counts_weapons(doc, doc.tokens[i], lex) and not _counts_what_else_befell(doc, doc.tokens[i], lex)}
    subset = _subset_tokens(doc, sent, lex, [*anchors, *others])
    blocked = {i for m in others for i in range(m.start_i, m.end_i)}
    beside = frozenset(i for m in fates for i in range(m.start_i, m.end_i))
    used: dict[int, Count] = {}
    bare: list[Match] = []
    for anchor in anchors:
        attached = _attached(doc, anchor, counts, subset, blocked, lex, beside)
        for c in attached:
            used[c.start] = c
        if not attached:
            bare.append(anchor)
    if not used:   # the dead counted only inside a subset phrase ("15 victimes, dont 9 morts")
        for anchor in (a for a in anchors if a.start_i in subset):
            used.update((c.start, c) for c in _attached(doc, anchor, counts, set(), blocked, lex, beside))
    used = _without_parts(doc, used, {c.start: i for i, c in counts.items()})
    outside = {k: c for k, c in used.items() if not _in_brackets(doc, sent, c.start)}
    used = outside or used   # "killed at least 12 militants (9 bodies recovered)": the bracket restates the toll
    totals = [c for c in used.values() if c.total]
    used = {k: c for k, c in used.items() if not c.total}   # "five killed on Tuesday, adding to 30,000 since 2011": five
    if len(used) > 1 and lex.overall.find(doc, sent):   # "lost 4 men, while 15 people died overall": fifteen
        used = dict([max(used.items(), key=lambda kc: kc[1].value)])
    if totals and not used:
        return Tally(0, totals, True, True, total=True)
    if used:
        anchor_tokens = {i for a in anchors for i in range(a.start_i, a.end_i)}
        selves = sum(1 for t in sent if t.lower_text in lex.selves and doc.first_of_list(t).head in anchor_tokens and not any(
            "Number=Plur" in s.feats for s in doc.children.get(t.head, []) if s.deprel.startswith("nsubj")))   # "killing himself and
        # 4 civilians", "killing four officers and himself", "un kamikaze s'est fait exploser" (not "deux kamikazes se sont fait exploser": how many is not told)
        starts = {c.start for c in used.values()}
        counted_nouns = {doc.tokens[t.head].lemma for t in sent if t.start in starts}
        if any(t.lemma in lex.worn_explosives and any("Poss=Yes" in c.feats for c in doc.children.get(t.i, [])) for t in sent):
            selves += 1   # "detonated his explosive belt, killing 20 people", "a fait exploser sa ceinture": the bomber died with it
        selves = min(selves, 1)   # "blew himself up, killing himself and two guards": one bomber, told twice
        if any(doc.tokens[i].lemma in lex.selves_counted for i in subset) or counted_nouns & lex.selves_counted:
            selves = 0   # "killing 6 people including the bomber", "blew himself up, killing three soldiers and the bomber":
            # counted already
        adding = [a for a in anchors if a not in bare and adds_to_toll(doc, sent, lex, [a])]
        added_clause = {t.i for a in adding[:1] for t in doc.subtree(doc.span_head(a.start_i, a.end_i))}   # not "deux de ses gardes du corps"
        first = [a for a in bare if adding and a.start_i < adding[0].start_i and a.start_i not in added_clause][:1]   # "shot dead a
        # village chief ..., adding that two of his sons were also killed": the one named first, then those added
        named_first = sum(_implied_count(doc, sent, a, counts, lex).value for a in first)
        fallen = sum(1 for a in bare if a not in first and _doer_killed_after(doc, a))
        single = sum(1 for a in bare if a not in first and not _doer_killed_after(doc, a) and _one_befallen(doc, a))   # "un soldat a
        # été tué ..., l'armée affirme avoir neutralisé cinq assaillants": the one soldier beside the five counted
        return Tally(sum(c.value for c in used.values()) + selves + named_first + fallen + single, list(used.values()), True,
                     not any(c.vague for c in used.values()))
    bomber = next((a for a in bare if any(doc.tokens[i].lower_text in lex.selves for i in range(a.start_i, a.end_i))), None)
    beside = [n for a in bare if a is not bomber for n in _killed_beside_self(doc, a, lex)] if bomber is not None else []
    if beside:   # "blew himself up, killing a guard", "killing himself and a guard": the bomber and those he killed
        return Tally(1 + _people_counted(doc, beside, counts, bomber, lex).value, [bomber], False)
    return _implied_count(doc, sent, bare[0], counts, lex)


def _killed_beside_self(doc: Doc, anchor: Match, lex: Lexicon) -> list[Token]:
    """The nouns a death verb takes as objects, past the "himself" that may lead them ("killing himself and a guard")."""
    verb = doc.span_head(anchor.start_i, anchor.end_i)
    own = next((c for c in doc.children.get(verb.i, []) if c.deprel in ("obj", "dobj")), None)
    if own is not None and own.lower_text in lex.selves:
        return [t for t in _with_conjuncts(doc, own)[1:] if t.upos in ("NOUN", "PROPN")]
    return _victims(doc, verb, lex)


def _one_befallen(doc: Doc, anchor: Match) -> bool:
    """Whether the passive death verb's own subject is one person an indefinite article counts ("a soldier was killed", "un
    soldat a été tué"; not "a soldier and a civilian", a list counted as such)."""
    verb = doc.span_head(anchor.start_i, anchor.end_i)
    subject = next((c for c in doc.children.get(verb.i, []) if c.deprel.startswith("nsubj")), None)
    if verb.upos != "VERB" or subject is None or subject.upos != "NOUN" or "Number=Sing" not in subject.feats:
        return False
    kids = doc.children.get(subject.i, [])
    return not any(c.deprel in ("conj", "nummod") for c in kids) and any(c.deprel == "det" and "Definite=Ind" in c.feats for c in kids) \
        and (any(c.deprel in PASSIVE_AUX for c in doc.children.get(verb.i, [])) or subject.deprel in ("nsubjpass", "nsubj:pass"))


def _doer_killed_after(doc: Doc, anchor: Match) -> bool:
    """Whether a passive death verb with no subject of its own but a pronoun, in a clause a preposition or a mark opens,
    tells that the one doer the sentence's subject names was killed too ("a gunman opened fire, killing two people before
    being shot dead by police", "avant d'être abattu"): one more dead."""
    verb = doc.span_head(anchor.start_i, anchor.end_i)
    children = doc.children.get(verb.i, [])
    own = [c for c in children if c.deprel.startswith("nsubj")]
    if verb.upos != "VERB" or not any(c.deprel in PASSIVE_AUX for c in children) or any(
            c.upos != "PRON" or "Number=Sing" not in c.feats or "PronType=Prs" not in c.feats for c in own):
        return False   # (no subject, or "he": "before he was shot dead by police")
    if not (doc.tokens[verb.head].upos == "ADP" or any(c.deprel == "mark" for c in children)):
        return False
    subject = next((c for h in doc.heads(verb, 4) for c in doc.children.get(h.i, []) if c.deprel == "nsubj" and h.upos == "VERB"), None)
    return subject is not None and subject.upos == "NOUN" and "Number=Sing" in subject.feats


def _implied_count(doc: Doc, sent: list[Token], anchor: Match, counts: dict[int, Count], lex: Lexicon) -> Tally:
    """The people an anchor with no number of its own counts: those it names ("killed a farmer", "a woman
    and her baby were killed"), or 3 for a plural."""
    head = doc.span_head(anchor.start_i, anchor.end_i)   # the phrase's own head: "shot" in "shot dead"
    taken = next((found for v in [head.i, *_put_to_death(doc, head)] if (found := _count_of_those_taken(doc, doc.tokens[v], counts))), None)
    if taken is not None:   # (or "lynched two men ..., burning them to death")
        return Tally(taken.value, [taken], True, not taken.vague)
    if _one_bearer(doc, head, lex):
        return Tally(1, [anchor], False)
    # "shot dead a police officer": the parse may hang the object on "dead", not on the head
    joined = [c.i for c in doc.children.get(head.i, []) if c.deprel == "conj" and c.upos == "VERB"]   # "killed and beheaded a shepherd"
    victims = next((v for i in [head.i, *range(anchor.start_i, anchor.end_i), *joined, *_put_to_death(doc, head)]
                    if (v := _victims(doc, doc.tokens[i], lex))), [])
    if victims:   # "killed a farmer" 1, "killing a mother, her child and an old man" 3, "killed civilians" 3, "burned two thieves
        # to death" 2
        return _people_counted(doc, victims, counts, anchor, lex)
    pronoun = pronoun_dead(doc, head, lex)
    named_before = _named_before(doc, pronoun, lex) if pronoun is not None else None
    if named_before is not None:   # "Gunmen abducted three traders on Monday. They were found dead on Tuesday": the three
        return named_before
    verb = _state_verb(doc, head)   # "Four were later found dead": found's subject
    subjects = [] if _perfect_active(doc, verb) else [t for t in sent if t.head == verb.i and t.deprel.startswith("nsubj")]
    subjects = [t for t in subjects if t.lemma.lower() not in lex.animals] or subjects   # "un éleveur et 30 vaches ont été tués": one
    by = any(c.deprel in AGENT_DEPRELS for c in doc.children.get(head.i, []))   # a headline's passive: "teacher and assistant killed by gunmen"
    died = dying(doc, head, lex)   # "died", "ont perdu la vie"
    undergone = [t for t in subjects if t.deprel in ("nsubjpass", "nsubj:pass") or died or by]   # not who killed
    counted = next((counts[t.i] for t in undergone if t.i in counts and not counts[t.i].weak), None)
    if counted is not None:   # "Three were later found dead", "several were found dead": the subject is the count
        return Tally(counted.value, [counted], True, not counted.vague)
    undergone = [t for t in undergone if t.upos in ("NOUN", "PROPN") or t.lemma.lower() in lex.pair_nouns]   # "Both died"
    noun = doc.tokens[head.head]
    if not subjects and head.deprel == "acl" and "VerbForm=Part" in head.feats and noun.deprel == "conj" and noun.i < head.i \
            and doc.tokens[noun.head].upos in ("NOUN", "PROPN"):   # (not "trois assaillants ont été tués et un policier blessé")
        undergone = [doc.tokens[noun.head]]   # "village teacher and his assistant killed by gunmen": the participle after the list is the list's
    if all(_listed_after(doc, a, t) for a, t in zip(undergone, undergone[1:])) \
            and not any(c.deprel == "cc" and c.lower_text in ALTERNATIVES for c in doc.children.get(head.i, [])):
        named = list(dict.fromkeys(t for subject in undergone for t in _with_conjuncts(doc, subject)))   # "le maire et son chauffeur",
        # parsed as two subjects
    else:   # one named in several words ("Jean Martin, a Belgian engineer", "sub - officer"), or alternatives
        named = undergone[:1] + [t for subject in undergone for t in _with_conjuncts(doc, subject)[1:]]
    lost = None if subjects else _count_right_before(doc, head, counts)   # a subject the parse lost: "une dizaine d'autres ont été blessées"
    if lost is not None:
        return Tally(lost.value, [lost], True, not lost.vague)
    if any(_plural(doc, t, lex) for t in subjects) or not named and "Number=Plur" in head.feats:
        return Tally(max((_plural_people(doc, t, lex) for t in subjects if _plural(doc, t, lex)), default=PLURAL_PEOPLE), [anchor], False)
    people = [t for t in named if t.lemma.lower() not in lex.animals]   # "a herder and 30 cows were killed": one
    return Tally(max(1, sum(_people_in(t, lex) for t in people)), [anchor], False)   # "a woman and her baby were killed" ("ont été
    # tués"): 2; "a couple was shot dead": 2


def _people_counted(doc: Doc, nouns: list[Token], counts: dict[int, Count], anchor: Match, lex: Lexicon) -> Tally:
    """The people some nouns name: each one's number ("two thieves"), else 3 for a plural and 1 (2 for a pair) for a singular."""
    numbered = [next((counts[c.i] for c in doc.children.get(v.i, []) if c.deprel == "nummod" and c.i in counts), None) for v in nouns]
    value = sum(n.value if n is not None else _plural_people(doc, v, lex) if _plural(doc, v, lex) else _people_in(v, lex)
                for v, n in zip(nouns, numbered))
    given = [n for n in numbered if n is not None]
    return Tally(value, given or [anchor], bool(given), bool(given) and not any(n.vague for n in given))


def _plural(doc: Doc, noun: Token, lex: Lexicon) -> bool:
    """Whether the noun names several people: tagged plural, unless a singular article says one ("un villageois", a noun
    the same in both numbers)."""
    return "Number=Plur" in noun.feats and not any(c.deprel == "det" and c.lower_text in lex.singular_articles and "Number=Sing" in c.feats
                                                   for c in doc.children.get(noun.i, []))


def pronoun_dead(doc: Doc, death: Token, lex: Lexicon) -> Token | None:
    """The personal pronoun a death word says is dead ("They were found dead", "Il a été retrouvé mort", "he was executed",
    "they died"): people the text told of before, not who killed ("they killed two men")."""
    verb = _state_verb(doc, death)
    subject = next((c for c in doc.children.get(verb.i, []) if c.deprel.startswith("nsubj")), None)
    undergone = subject is not None and (subject.deprel in PASSIVE_SUBJECTS or verb is not death and verb.lemma in lex.finders
                                         or dying(doc, verb, lex))
    return subject if undergone and subject.upos == "PRON" and "Person=3" in subject.feats else None


def _state_verb(doc: Doc, death: Token) -> Token:
    """The verb a death word is the state of, whose subject died ("found" of "were found dead", "retrouvés" of "ont été retrouvés
    morts", "retrouvé mort" with "mort" tagged a participle), else the death word itself."""
    state = death.upos in ("ADJ", "NOUN") or death.upos == "VERB" and "VerbForm=Part" in death.feats and death.deprel in PREDICATES
    return doc.tokens[death.head] if death.deprel in PREDICATES | {"obl:mod"} and state else death


def _named_before(doc: Doc, pronoun: Token, lex: Lexicon) -> Tally | None:
    """The people a pronoun stands for: the first object (or passive subject) of the sentence before whose number is the
    pronoun's ("Gunmen abducted a village chief and his son. They were found dead": 2)."""
    if pronoun.sent == 0:
        return None
    before = doc.sentences[pronoun.sent - 1]
    plural = "Number=Plur" in pronoun.feats
    counts = number_tokens(doc, before, lex)
    for noun in before:
        if noun.deprel in ("obj", "dobj", *PASSIVE_SUBJECTS) and noun.upos in ("NOUN", "PROPN") and noun.lemma.lower() not in lex.animals:
            people = _with_conjuncts(doc, noun)
            if plural == (len(people) > 1 or "Number=Plur" in noun.feats):
                return _people_counted(doc, people, counts, Match.of_token(noun), lex)
    return None


SUBJECT_SPAN = 3   # words of a subject from its count to its noun: "une dizaine d'autres"


def _count_right_before(doc: Doc, verb: Token, counts: dict[int, Count]) -> Count | None:
    """The count of the words right before a verb and its auxiliaries, its subject ("et une dizaine d'autres ont été
    blessées", "and 10 others were wounded")."""
    i = verb.i - 1
    while i >= 0 and doc.tokens[i].upos in ("AUX", "ADV", "PART"):
        i -= 1
    if i < 0 or doc.tokens[i].upos not in ("NOUN", "ADJ", "PRON", "NUM") or doc.tokens[i].sent != verb.sent:
        return None
    for j in range(i, max(-1, i - SUBJECT_SPAN - 1), -1):
        if j in counts:
            return None if counts[j].weak else counts[j]   # (not "his" of "a guard and his guide killed")
        if doc.tokens[j].upos in ("VERB", "PUNCT", "CCONJ"):
            return None
    return None


def _one_bearer(doc: Doc, head: Token, lex: Lexicon) -> bool:
    """Whether a wound noun is what one person, a pronoun, suffers ("he suffered injuries to the face", "il souffre de blessures
    au visage"; casualties.yaml `bearing`): one wounded, whatever the noun's number."""
    verb = doc.tokens[head.head]
    return head.upos == "NOUN" and head.deprel in ("obj", "dobj", "obl", "obl:arg") and verb.lemma in lex.bearing and any(
        c.deprel == "nsubj" and c.upos == "PRON" and "Number=Sing" in c.feats for c in doc.children.get(verb.i, []))


def adds_to_toll(doc: Doc, sent: list[Token], lex: Lexicon, anchors: list[Match] | None = None) -> bool:
    """Whether a death word (of `anchors`, else the sentence's) is said to add to a toll given before ("two soldiers were
    also killed", "ils ont aussi poignardé à mort un otage", "four other militants were killed")."""
    dead = {i for d in (lex.deaths.find(doc, sent) if anchors is None else anchors) for i in range(d.start_i, d.end_i)}
    counted = {t.i for t in sent if t.deprel.startswith(("nsubj", "obj", "dobj")) and t.head in dead}   # who died ("four other militants")
    return any(doc.tokens[w.start_i].head in dead for w in lex.added_toll.find(doc, sent)) or any(
        t.lemma in lex.other_dead and (t.i in counted or t.head in counted) for t in sent)


def toll_over_a_period(doc: Doc, sent: list[Token], lex: Lexicon, trigger: Match) -> bool:
    """Whether the trigger is a death word counting over a period ("2,000 people have been killed
    since the start of the year"), or what such a toll is of ("intercommunal violence has killed more than
    200 people since January", "les violences ont fait 200 morts depuis janvier"): a war's toll, no event."""
    periods = lex.cumulative.find(doc, sent)
    subject = doc.span_head(trigger.start_i, trigger.end_i)
    return bool(periods) and any((d.start_i <= trigger.start_i < d.end_i or _subject_of_toll(doc, subject, d))
                                 and _over_a_period(doc, d, periods, lex.lang) for d in lex.deaths.find(doc, sent))


def _subject_of_toll(doc: Doc, subject: Token, death: Match) -> bool:
    """Whether the word is the subject of the death word's verb ("violence has killed", "les violences ont fait ... morts")."""
    word = doc.span_head(death.start_i, death.end_i)
    verb = doc.tokens[word.head] if word.upos == "NOUN" else word
    return subject.deprel.startswith("nsubj") and subject.head == verb.i


DAYS_AGO = {"weekday", "relative", "night"}   # "since Monday", "depuis hier": days, not a period's toll


def _over_a_period(doc: Doc, anchor: Match, periods: list[Match], lang: str) -> bool:
    """Whether the casualty word counts over a period ("fighting that has killed more than 400
    people since January", "qui a fait 300 morts depuis le début de l'année"): no one event's toll.
    Not since a day of the week ("clashes have killed 20 people since Monday": that fighting's), nor
    since an event ("9 villagers killed in bombing raids since the foreign troops arrived": the operation's)."""
    word = doc.span_head(anchor.start_i, anchor.end_i)
    counted = {word.i, word.head} if word.upos == "NOUN" else {word.i}   # "fait 300 morts depuis": the noun's verb
    if word.upos == "NOUN" and doc.tokens[word.head].upos == "NOUN":   # "a fait des centaines de morts cette année": the count's verb
        counted.add(doc.tokens[word.head].head)
    for period in periods:
        since = find_dates(doc.text[doc.tokens[period.end_i - 1].end:doc.tokens[period.end_i - 1].end + 30], lang)
        if since and since[0].start <= 1 and since[0].kind in DAYS_AGO or doc.tokens[period.start_i].deprel == "mark":
            continue
        tok = doc.tokens[period.start_i]
        for _ in range(3):   # "since" on the verb, or "depuis" on the month that is the verb's, or its cause's
            # ("tuées dans des violences ... depuis le début de l'année")
            if tok.head in counted:
                return True
            tok = doc.tokens[tok.head]
            if tok.upos == "VERB":
                break   # "killed 12 on Monday, bringing the toll since January to 200": another verb's period
            if _apposed(doc, tok):
                break   # "shot dead a priest ..., the third killing of a cleric this year": the series' period, not the toll's
    return False


def _apposed(doc: Doc, noun: Token) -> bool:
    """Whether the noun is set beside the clause's own object, a second naming of the event (an apposition,
    or a second object as the parse may hang it): "..., the third killing of a cleric this year"."""
    if noun.upos != "NOUN":
        return False
    return noun.deprel == "appos" or noun.deprel in ("dobj", "obj") and any(
        c.deprel == noun.deprel and c.i < noun.i for c in doc.children.get(noun.head, []))


DYING_PHRASE_TOKENS = 3   # "perdu la vie", "lost their lives"


def dying(doc: Doc, verb: Token, lex: Lexicon) -> bool:
    """Whether the verb says its subject died or went missing: "périr", or a phrase it opens,
    its verb as a lemma ("ont perdu la vie": "perdre la vie")."""
    return verb_says(doc, verb, lex.dying)


def verb_says(doc: Doc, verb: Token, said: frozenset) -> bool:
    """Whether the verb is one of `said` (lemmas), or opens one of its phrases ("came under": "come under")."""
    if verb.lemma in said:
        return True
    phrases = [d for d in said if d.startswith(f"{verb.lemma} ")]
    phrase = " ".join([verb.lemma] + [t.lower_text for t in doc.tokens[verb.i + 1:verb.i + DYING_PHRASE_TOKENS]]) if phrases else ""
    return any(phrase == d or phrase.startswith(f"{d} ") for d in phrases)


def _perfect_active(doc: Doc, verb: Token) -> bool:
    """"les forces de l'ordre ont tué ...", "gunmen have killed ...": the subject of an active verb
    with its tense auxiliary killed; how many it killed is not its number."""
    auxiliaries = [c.deprel for c in doc.children.get(verb.i, []) if c.deprel.startswith("aux")]
    return bool(auxiliaries) and not any(a in PASSIVE_AUX for a in auxiliaries)


ALTERNATIVES = {"or", "ou", "and/or", "et/ou"}   # "JNIM or ISGS militants": suspects, not two groups together
PARTITIVES = frozenset({"des", "du"})   # "a lancé dimanche des dizaines de roquettes", "saisi des armes": articles the parser may take for "de"


def time_words(lex: Lexicon) -> set[str]:
    """Words of a time phrase a parser may take for a noun of the clause (dates.yaml weekdays and `day_parts`)."""
    return {*lex.dates.get("weekdays", {}), *lex.dates.get("day_parts", [])}


def objects_past_time(doc: Doc, verb: Token, lex: Lexicon, cases: frozenset = frozenset()) -> list[Token]:
    """The nominal phrase right after a time adjunct that sits between a verb and its object ("ont
    repris mercredi la ville", "ont abattu dans la nuit 20 drones russes", "ont tué dans la nuit de
    samedi à dimanche trois civils"), read from the words because the parser hangs it anywhere; or a
    nominal adjunct of the verb with no preposition after the weekday ("ont assassiné vendredi soir le
    maire"): the verb's objects. Time words: dates.yaml weekdays and `day_parts`; `cases`: the
    prepositions that mark the verb's object ("se sont emparés dimanche de la localité")."""
    times = time_words(lex)
    days = [c for c in doc.children.get(verb.i, []) if c.i > verb.i and c.lemma in times] or [
        t for t in doc.tokens[verb.i + 1:verb.i + 2] if t.lemma in times and t.sent == verb.sent]   # "ont détruit mercredi une
    # fabrique", the day hung on the object
    hung = [found for c in days[:1] if (found := _nominal_after_time(doc, c.i + 1, times, cases))]
    nominal = lambda t: t.upos in ("NOUN", "PROPN", "ADJ") and any(  # noqa: E731
        d.deprel in ("det", "nummod") or d.deprel == "case" and d.lower_text in PARTITIVES for d in doc.children.get(t.i, []))
    adjuncts = [c for c in doc.children.get(verb.i, []) if days and c.i > days[0].i and c.deprel.startswith("obl") and nominal(c)
                and c.lemma not in times and c not in hung
                and not any(d.deprel == "case" and d.lower_text not in PARTITIVES for d in doc.children.get(c.i, []))]
    return hung + adjuncts


TIME_LINKS = {"ADP", "DET"}   # "de samedi à dimanche", "du matin": words inside a time phrase


def _nominal_after_time(doc: Doc, i: int, times: set, cases: frozenset) -> Token | None:
    """The noun of a determined or counted phrase that starts once the time phrase from token i
    ends ("[de samedi à dimanche] trois civils"), past a town's name ("[samedi à Kaya] trois civils"); none when
    anything else comes first."""
    toks, sent = doc.tokens, doc.tokens[i - 1].sent
    while i < len(toks) and toks[i].sent == sent and (toks[i].lemma in times or toks[i].upos in TIME_LINKS and any(
            t.lemma in times for t in toks[i + 1:i + 3])):
        i += 1
    if i + 1 < len(toks) and toks[i].upos == "ADP" and toks[i + 1].upos == "PROPN":   # "ont dispersé samedi [à Antananarivo] un
        i += 1   # rassemblement": a town's name between the day and the object
        while i < len(toks) and toks[i].sent == sent and (toks[i].upos == "PROPN" or toks[i].text == "-"):
            i += 1
    if i < len(toks) and toks[i].lemma in cases:   # "se sont emparés dimanche [de] la localité"
        i += 1
    start = i
    while i < len(toks) and toks[i].sent == sent and (toks[i].upos in ("DET", "NUM") or toks[i].lower_text in PARTITIVES):
        i += 1
    if not (i > start and i < len(toks) and toks[i].sent == sent and toks[i].upos in ("NOUN", "PROPN", "ADJ")):
        return None
    while toks[i].upos == "ADJ" and i + 1 < len(toks) and toks[i + 1].upos in ("NOUN", "ADJ"):
        i += 1   # "les principales artères": the noun its adjectives come before
    return toks[i]


def _victims(doc: Doc, verb: Token, lex: Lexicon) -> list[Token]:
    """The direct object of a death verb and the nouns joined to it: who was killed, not who killed."""
    times = time_words(lex)   # "ont abattu lundi un drone": "lundi" parsed as the object
    objects = [t for t in doc.children.get(verb.i, []) if t.deprel in ("obj", "dobj") and t.upos in ("NOUN", "PROPN") and t.lemma not in times] \
        or objects_past_time(doc, verb, lex)
    if not objects:
        return []
    stray = [c for c in doc.children.get(verb.i, []) if c.deprel == "conj" and c.upos == "NOUN" and c.i > objects[0].i
             and any(p.deprel == "poss" for p in doc.children.get(c.i, []))]
    victims = _with_conjuncts(doc, objects[0]) + stray   # "killed a tribal elder and his driver", the driver parsed as the verb's
    victims = [t for t in victims if not (t is not objects[0] and (lex.injuries.find(doc, [t]) or lex.other_fates.find(doc, [t])))]
    # (not "blessant" of "tuant le chauffeur et blessant quatre passagers", parsed as a noun joined to the driver)
    return [t for t in victims if not _animals(doc, t, lex)] or victims   # "killed a shepherd and his herd": one


PLURAL_PEOPLE = 3   # people a plural with no number names, as ACLED counts "several"


def _plural_people(doc: Doc, noun: Token, lex: Lexicon) -> int:
    """How many people a plural noun with no number names: two when it is a pair word or one goes with it ("twins", "both
    victims", "twin brothers"), else 3."""
    return 2 if noun.lemma.lower() in lex.pair_nouns or any(c.lower_text in lex.pair_nouns for c in doc.children.get(noun.i, [])) \
        else PLURAL_PEOPLE


def _people_in(noun: Token, lex: Lexicon) -> int:
    """How many people a singular noun names: one, or two for a pair ("a couple", numbers.yaml `pairs`)."""
    return 2 if noun.lemma.lower() in lex.pair_nouns else 1


def _put_to_death(doc: Doc, death: Token) -> list[int]:
    """The verb a bare death noun completes ("burned two thieves to death", "ont battu un voleur à mort"), whose object
    died; not a death of someone's ("held the officers responsible for a motorist's death")."""
    if death.upos != "NOUN" or any(c.deprel != "case" for c in doc.children.get(death.i, [])):
        return []
    up = doc.tokens[death.head]
    up = doc.past_preposition(up) if death.deprel == "pobj" else up
    return [up.i] if up.upos == "VERB" and up.i != death.i and death.deprel in ("pobj", "obl", "obl:arg") else []


def _count_of_those_taken(doc: Doc, verb: Token, counts: dict[int, Count]) -> Count | None:
    """The count of the people a plural pronoun object stands for, the object of the verb the death verb is joined to
    ("detained fourteen herders and executed them", "ont enlevé six hommes avant de les exécuter")."""
    if verb.deprel not in ("conj", "advcl", "xcomp") or not any(
            c.deprel in ("obj", "dobj") and c.upos in ("PRON", "DET") and "Number=Plur" in c.feats for c in doc.children.get(verb.i, [])):
        # (the French clitic "les" may be parsed as a determiner)
        return None
    objects = [o for o in doc.children.get(verb.head, []) if o.deprel in ("obj", "dobj", "obl:arg")]   # (the parser's "des dizaines")
    return next((counts[c.i] for o in objects for c in [*doc.children.get(o.i, []), o] if c.i in counts and not counts[c.i].weak),
                None)   # "fourteen herders", or the count that is the object ("rounded up dozens of men and executed them")


def _listed_after(doc: Doc, first: Token, then: Token) -> bool:
    """Whether a noun follows another in a list, a comma or a conjunction between their phrases ("un infirmier, un
    enseignant et un cultivateur"), as the last one does after a conjunction."""
    phrases = {t.i for t in [*doc.subtree(first), *doc.subtree(then)]}   # "the imam of the village and his deputy"
    between = [t for t in doc.tokens[first.i + 1:then.i] if t.i not in phrases or t.deprel == "cc" or t.text == ","]
    joints = [t for t in between if t.deprel == "cc" or t.text == ","]
    return len(between) == len(joints) == 1 and not (joints[0].text == "," and then.i == max(
        t.i for t in doc.children.get(first.head, []) if t.deprel == then.deprel))


def _with_conjuncts(doc: Doc, noun: Token) -> list[Token]:
    """The noun and the nouns joined to it ("a woman, her baby and a young man"), not a conjunct a preposition
    introduces ("abattu un hélicoptère ... près de Rutshuru", parsed so), nor an alternative ("a farmer or a herder")."""
    out = [noun]
    either = any(c.deprel == "cc" and c.lower_text in ALTERNATIVES for c in doc.children.get(noun.i, []))   # "a farmer or a herder": one
    for tok in out:
        out += [c for c in doc.children.get(tok.i, []) if c.deprel == "conj" and _noun_like(doc, c) and not either
                and not any(g.deprel == "case" or g.deprel == "cc" and g.lower_text in ALTERNATIVES for g in doc.children.get(c.i, []))]
    return out + _kin_after_a_name(doc, noun)


def _noun_like(doc: Doc, tok: Token) -> bool:
    """A noun, or a word the tagger took for an adjective that has an article of its own ("a policeman and a passer-by")."""
    return tok.upos in ("NOUN", "PROPN") or tok.upos == "ADJ" and any(c.deprel == "det" for c in doc.children.get(tok.i, []))


def _kin_after_a_name(doc: Doc, noun: Token) -> list[Token]:
    """One's own kin or aide joined to the name in the noun's phrase, however parsed: "le chef du village de Douna et son
    fils", "the imam of Douna and his son" (the son is no Douna's), "l'adjoint au maire de Kaya et son garde du corps"
    (the mayor's title word)."""
    names = [t for t in doc.subtree(noun) if t.upos in ("PROPN", "NOUN") and t.i > noun.i and t.deprel in ("pobj", "nmod")]
    return [c for t in names for c in doc.children.get(t.i, []) if c.deprel == "conj" and c.upos == "NOUN"
            and (t.upos == "PROPN" or "Number=Sing" in c.feats)   # not "le chef des bandits et ses complices": how many, untold
            and any(g.deprel == "poss" or "Poss=Yes" in g.feats for g in doc.children.get(c.i, []))]


def preposition_objects(doc: Doc, words: list[Token]) -> list[Token]:
    """The nouns spaCy's English hangs on the prepositions among the words ("of" -> "animals", "to" -> "post"); UD hangs
    the preposition on its noun instead, as a "case"."""
    return [g for c in words if c.upos == "ADP" for g in doc.children.get(c.i, [])]


def _animals(doc: Doc, word: Token, lex: Lexicon, depth: int = 1) -> bool:
    """Whether a word names animals (casualties.yaml `animals`), itself or by the phrase after it that says of
    what, up to `depth` such phrases ("20 of the herders' animals", "several of their livestock", "20 de leurs zébus")."""
    partitive = [t for t in _partitive_nouns(doc, word) if not lex.suspects.find(doc, [t])]   # not the cattle of "deux présumés
    # voleurs de bétail"
    return word.lemma.lower() in lex.animals or any(_animals(doc, t, lex, depth - 1) if depth > 1 else t.lemma.lower() in lex.animals
                                                   for t in partitive)


def _partitive_nouns(doc: Doc, word: Token) -> list[Token]:
    """The nouns of the phrases after a word that say of what ("20 of the herders' animals", "25 des 30 drones")."""
    children = doc.children.get(word.i, [])
    return preposition_objects(doc, children) + [c for c in children if c.deprel in ("nmod", "obl")]   # spaCy: of -> pobj; UD: the
    # noun, its "de" a case


def _part_of_weapons(doc: Doc, word: Token, lex: Lexicon) -> bool:
    """Whether a number or a part names weapons by the phrase after it that says of what ("25 of the 30 drones", "25 des 30
    drones", "most of the missiles")."""
    return (word.upos == "NUM" or word.lemma.lower() in lex.partial) and any(_a_weapon(doc, t, lex) for t in _partitive_nouns(doc, word))


def _counts_animals(doc: Doc, number: Token, lex: Lexicon) -> bool:
    """Whether a number counts animals ("volé plus de 200 zébus et tué un gendarme", "killed 20 of the herders' animals",
    "une centaine de têtes de bétail", the number's noun and its two phrases)."""
    return _animals(doc, number, lex) or _animals(doc, doc.tokens[number.head], lex, depth=2)


def _dead_are_not_people(doc: Doc, death: Match, lex: Lexicon) -> bool:
    """"Shot dead livestock", "des bœufs ont été abattus", "the death of cattle": the dead are
    animals; "neutralised an IED", "ont neutralisé un engin explosif", "un drone a été abattu": what was
    hit is a weapon."""
    head = doc.span_head(death.start_i, death.end_i)   # "five oxen were shot dead": the verb, not "dead"
    objects = _victims(doc, head, lex)
    if objects and all(_a_weapon(doc, t, lex) for t in objects):
        return True
    dead = objects or [t for t in doc.children.get(head.i, []) if t.deprel in PATIENT_DEPRELS
                       or t.deprel in ("obj", "dobj", "obl:mod") and t.upos == "NUM"]   # "killed 20 of the herders' animals"
    # (and "avoir abattu 45 des 60 drones", the count parsed as a modifier)
    if head.deprel in ("amod", "acl") and head.head != head.i:   # "livestock killed", "des bœufs tués"
        dead.append(doc.tokens[head.head])
    dead = dead or [t for t in doc.children.get(head.i, []) if t.deprel == "nsubj"]   # "and one oxen killed", read as active
    qualified = head.head if head.deprel in ("amod", "acl") and not any(
        c.deprel in ("conj", "obj", "dobj") for c in doc.children.get(head.i, [])) else None   # (not "armed with machetes killed and
    # mutilated a guard", the verb parsed as the weapon's)
    return bool(dead) and all(_animals(doc, t, lex) or _part_of_weapons(doc, t, lex) or not objects and (
        _shot_down(doc, t, lex) or t.i == qualified and _a_weapon(doc, t, lex) or _most_of_the_weapons(doc, t, lex)) for t in dead)
    # ("ont abattu 25 des 30 drones": a number of weapons; "les débris d'un drone abattu": the weapon the participle qualifies)


def _most_of_the_weapons(doc: Doc, subject: Token, lex: Lexicon) -> bool:
    """Whether a passive's subject is a share word with no complement after weapons the sentence named ("ont lancé 40 drones
    ...; la plupart ont été abattus", "most were shot down"): the weapons, not people."""
    before = doc.tokens[doc.sentences[subject.sent][0].i:subject.i]
    return subject.deprel in ("nsubj:pass", "nsubjpass") and subject.lemma.lower() in lex.partial \
        and not any(c.deprel in ("nmod", "prep") for c in doc.children.get(subject.i, [])) \
        and any(t.upos == "NOUN" and _a_weapon(doc, t, lex) for t in before)


def _shot_down(doc: Doc, subject: Token, lex: Lexicon) -> bool:
    """Whether a passive's subject is a weapon, not people named by one ("un drone a été abattu", not
    "suicide bombers were killed")."""
    return subject.deprel in ("nsubj:pass", "nsubjpass") and _a_weapon(doc, subject, lex)


def with_qualifiers(doc: Doc, noun: Token) -> list[Token]:
    """The noun and the adjectives or nouns that qualify it, in text order ("le chef rebelle", "a rebel commander")."""
    return sorted([noun, *(c for c in doc.children.get(noun.i, []) if c.deprel in ("amod", "compound"))], key=lambda t: t.i)


def _counts_what_else_befell(doc: Doc, number: Token, lex: Lexicon) -> bool:
    """Whether a number counts things its noun's own participle says were burned, looted or destroyed ("14 civils tués et
    trois greniers incendiés", "two killed and several houses burned"): the granaries are no dead, however the parser
    joins them to the toll."""
    counted = doc.tokens[number.head]
    return number.deprel in ("nummod", "det") and counted.upos == "NOUN" and any(
        c.deprel in ("acl", "amod") and c.i > counted.i and "VerbForm=Part" in c.feats
        and any(t.value[0] == "Looting/property destruction" for t in lex.triggers.find(doc, [c])) for c in doc.children.get(counted.i, []))


def _counts_weapons(doc: Doc, number: Token, lex: Lexicon) -> bool:
    """Whether a number counts weapons ("one fighter killed, and six assault rifles recovered"): no one dead."""
    counted = doc.tokens[number.head]
    return number.deprel == "nummod" and counted.upos == "NOUN" and _a_weapon(doc, counted, lex)


def _a_weapon(doc: Doc, noun: Token, lex: Lexicon) -> bool:
    """Whether the noun names a weapon ("an improvised explosive device", "un engin explosif
    improvisé"), not people the weapon qualifies ("IED planters", "gunmen") nor people a clause
    ties to one ("a militant known for planting IEDs"), nor people its qualifiers name ("shot dead a suicide bomber"); an
    aircraft is one though its words name its forces ("ont abattu un avion de chasse russe")."""
    found = _weapons_naming(doc, noun, lex)
    return bool(found) and (noun.lemma.lower() in lex.manned_aircraft or _machine_named(found, noun)
                            or not lex.actor_kinds.find(doc, with_qualifiers(doc, noun)))


def _weapons_naming(doc: Doc, noun: Token, lex: Lexicon) -> list[Match]:
    """The weapon words of the noun's phrase (the words before it and its modifiers) that cover the noun."""
    phrase = sorted((t for t in doc.subtree(noun) if t.i <= noun.i or t.head == noun.i and t.deprel in NOUN_MODIFIERS), key=lambda t: t.i)
    return [w for w in lex.weapons.find(doc, phrase) if w.start_i <= noun.i < w.end_i]


def _machine_named(found: list[Match], noun: Token) -> bool:
    """Whether the noun ends the name of a weapon that is a machine, though a word for people
    ("drones kamikazes"), not of one that is a bomber ("suicide bombers"); `found`: _weapons_naming."""
    return any(w.start_i < noun.i and w.value != "suicide_bomb" for w in found)


def casualties(doc: Doc, sent: list[Token], lex: Lexicon) -> dict:
    """{'fatalities': Tally | None, 'injuries': Tally | None} for one sentence."""
    out: dict = {"fatalities": None, "injuries": None}
    none = lex.no_casualties.find(doc, sent)
    outside = none + lex.not_deaths.find(doc, sent)
    deaths = [d for d in lex.deaths.find(doc, sent) if clear_of(d, outside)
              and not _dead_are_not_people(doc, d, lex) and not _sentenced(doc, d, lex) and not reflexive_other_sense(doc, d, lex)
              and not _negated_verb(doc, d, lex)]
    deaths += _losses(doc, sent, lex)
    colon = next((t for t in sent if t.text == ":" and any(d.end_i <= t.i for d in deaths) and any(d.start_i > t.i for d in deaths)), None)
    if colon is not None:   # "two separate attacks left nine dead: gunmen killed six villagers in Tougan, while ...": the parts told
        deaths = [d for d in deaths if d.start_i > colon.i]   # after the whole, each its own event's toll
    superseded = lex.superseded_toll.find(doc, sent)
    if superseded:   # "An earlier toll had put the dead at 20": the figure the report's replaced (not "killed 30, up from an
        # earlier toll of 20")
        deaths = [d for d in deaths if d.start_i < superseded[0].start_i]
    found_injuries = [i for i in lex.injuries.find(doc, sent) if not _borne_by_the_dead(doc, i, deaths, lex)
                      and not any(d.start_i <= i.start_i and i.end_i <= d.end_i for d in deaths)]   # "mortally wounded": dead
    injuries = [i for i in found_injuries if clear_of(i, none) and not _denied_with_another(doc, i, lex) and not _negated_verb(doc, i, lex)]
    fates = lex.other_fates.find(doc, sent)   # "et une trentaine arrêtées": counted neither dead nor wounded
    if none and not deaths:
        out["fatalities"] = Tally(0, none[:1], False)
    elif deaths:
        out["fatalities"] = count_in_sentence(doc, sent, lex, deaths, injuries, fates)
    if injuries:
        out["injuries"] = count_in_sentence(doc, sent, lex, injuries, deaths, fates)
    elif found_injuries:   # "no one was hurt": none injured, not one
        out["injuries"] = Tally(0, none[:1], False)
    restated = lex.restated_toll.find(doc, sent)
    out["fatalities"] = _lowest_of_two_sources(out["fatalities"], restated)
    toll = _toll_figure(doc, sent, lex)
    counted = out["fatalities"] is not None and out["fatalities"].explicit
    another_source = bool(restated) and counted and any(c.start < restated[0].start for c in out["fatalities"].evidence)   # not the
    # toll's own verb ("le bilan fait état de quatre militaires tués et de 15 terroristes neutralisés": both counts, 19)
    since = [c for c in out["fatalities"].evidence if c != toll.evidence[0]] if counted and toll is not None else []
    added = bool(since) and all(c.start > toll.evidence[0].start for c in since) and toll.value > sum(c.value for c in since) \
        and toll.risen   # "the toll rose to 19 after two of the wounded died", "le bilan est passé à 19 morts
    # après le décès de deux blessés": the deaths told after the new figure, which counts them too
    if toll is not None and (not counted or another_source and toll.value < out["fatalities"].value or toll.exact and not out["fatalities"].exact
                             or added):
        out["fatalities"] = toll   # "at least nine were killed, while the government put the toll at five": the lowest; "the toll has
        # risen to 23, after several of the wounded died": the figure, not the vague count of those added
    out["fatalities"] = stated_toll(doc, sent, lex) or out["fatalities"]
    return out


def _losses(doc: Doc, sent: list[Token], lex: Lexicon) -> list[Match]:
    """A verb of losing whose object is people it counts ("the army lost seven soldiers", "a perdu sept soldats"), or one of
    falling whose subject is ("trois soldats sont tombés lors d'une embuscade"; not "tombés dans une embuscade"): their deaths."""
    return [Match.of_token(t, "death") for t in sent if t.upos == "VERB" and (
        t.lemma in lex.losing and _counts_lost_people(doc, t, ("obj", "dobj"), lex)
        or t.lemma in lex.falling and _counts_lost_people(doc, t, ("nsubj", "nsubj:pass"), lex) and not any(
            w.lower_text in lex.fell_into for c in doc.children.get(t.i, []) if c.deprel not in ("nsubj", "nsubj:pass")
            for w in (c, *doc.children.get(c.i, []))))]


def _counts_lost_people(doc: Doc, verb: Token, roles: tuple[str, ...], lex: Lexicon) -> bool:
    """Whether the verb's word in one of these roles is people a number counts ("sept soldats"), one person ("perdant un
    soldat", "losing a soldier"), or a count of people ("lost dozens of fighters", "ont perdu des dizaines de combattants")."""
    return any(c.deprel in roles and (c.lemma in lex.lost_people and any(
        n.deprel == "nummod" or n.deprel == "det" and n.lower_text in lex.singular_articles and "Number=Sing" in c.feats
        for n in doc.children.get(c.i, [])) or (c.upos == "NUM" or lex.numbers.find(doc, [c])) and any(
        p.lemma in lex.lost_people for p in _partitive_nouns(doc, c))) for c in doc.children.get(verb.i, []))


def _denied_with_another(doc: Doc, word: Match, lex: Lexicon) -> bool:
    """Whether the noun is joined to one that a negation determines ("no damage or injuries", "aucun dégât ni blessé"):
    denied with it."""
    tok = doc.tokens[word.end_i - 1]
    first = doc.tokens[tok.head]
    return tok.upos == "NOUN" and tok.deprel == "conj" and any(c.deprel == "det" and c.lower_text in lex.negations
                                                               for c in doc.children.get(first.i, []))


def _negated_verb(doc: Doc, word: Match, lex: Lexicon) -> bool:
    """Whether the casualty verb is negated ("the passengers were not injured", "n'ont pas été blessés"): no one befell it."""
    tok = doc.tokens[word.end_i - 1]
    return tok.upos == "VERB" and any(c.deprel in ("neg", "advmod") and c.lower_text in lex.negations for c in doc.children.get(tok.i, []))


def reflexive_other_sense(doc: Doc, word: Match, lex: Lexicon) -> bool:
    """"Des pluies se sont abattues sur Niamey", "des obus se sont abattus sur un quartier": with a
    reflexive pronoun the verb means no violence, and no death."""
    tok = doc.tokens[word.start_i]
    return tok.lemma in lex.reflexive_verbs and any(c.lower_text in lex.reflexive_pronouns for c in doc.children.get(tok.i, []))


def _sentenced(doc: Doc, death: Match, lex: Lexicon) -> bool:
    """Whether a verdict or a threat gives the death ("sentenced five soldiers to death", "a condamné à mort cinq
    soldats", "threatened the teachers with death"): a penalty or a threat, no one died."""
    tok = doc.tokens[death.end_i - 1]
    if tok.deprel in RELATIVE_CLAUSES:
        return False   # "condemned the attack that killed nine passengers": the clause tells what the attack did
    return any(h.lemma in lex.verdicts and not semicolon_between(doc, h.i, tok.i) for h in doc.heads(tok, 2))   # (not "killed a
    # chief; he had been threatened ...", parsed as one clause)


def semicolon_between(doc: Doc, a: int, b: int) -> bool:
    """Whether a semicolon separates tokens a and b: two clauses, each with its own frame."""
    return any(t.text == ";" for t in doc.tokens[min(a, b) + 1:max(a, b)])


def _borne_by_the_dead(doc: Doc, injury: Match, deaths: list[Match], lex: Lexicon) -> bool:
    """Whether an injury noun describes bodies found or what someone died of ("the bodies of 12 men
    with gunshot wounds", "bodies were found with gunshot wounds", "des corps portant des blessures par balle", "one teenager dead from a
    gunshot wound", "the body was found; it bore gunshot wounds"): how they died, nobody injured."""
    tok = doc.tokens[injury.end_i - 1]
    dead = {i for d in deaths for i in range(d.start_i, d.end_i)}
    if tok.upos != "NOUN" or not dead:
        return False
    bearer = doc.tokens[tok.head]
    if any(c.deprel == "nsubj" and c.upos == "PRON" for c in doc.children.get(bearer.i, [])) \
            and any(doc.tokens[i].lemma.lower() in lex.remains and i < tok.i for i in dead):
        return True   # the remains told of before, by a pronoun
    cause = any(c.deprel == "case" for c in doc.children.get(tok.i, []))   # "mort de ses blessures"
    for _ in range(4):
        if tok.deprel == "conj" or tok.head == tok.i:
            return False
        tok = doc.tokens[tok.head]
        cause = cause or tok.upos == "ADP"   # "dead from a gunshot wound"
        if tok.i in dead and (doc.tokens[tok.i].upos == "NOUN" or cause):   # a body, or what a death came from
            return True
        if tok.upos == "VERB" and any(c.i in dead and (c.upos == "NOUN" and c.deprel in PATIENT_DEPRELS or c.deprel in FOUND_AS)
                                      for c in doc.children.get(tok.i, [])):
            return True   # "the bodies of five men were found ... with gunshot wounds": the verb's subject is the bodies; "was
            # found dead in his car with gunshot wounds", "retrouvé mort avec des blessures par balle": found as a dead man
    return False


FOUND_AS = {"oprd", "xcomp", "acomp"}   # "found dead", "retrouvé mort": how someone was found
TOLL_LINKS = {"to", "at", "à"}   # "the death toll rose to 27 soldiers", "le bilan est passé à 27 soldats"
TOLL_OF = {"of", "de"}   # "gave a lower toll of 17", "un bilan de 17": the figure the toll word itself takes


def _lowest_of_two_sources(tally: Tally | None, restated: list[Match]) -> Tally | None:
    """The counts before another source's figure ("nine were killed, residents said, while the government
    speaks of five dead") and after it are two reports of one toll, not two groups of dead: the lower."""
    if tally is None or not restated or len(tally.evidence) < 2:
        return tally
    cut = restated[0].start
    sides = [[c for c in tally.evidence if (c.start < cut) == before] for before in (True, False)]
    if not all(sides):
        return tally
    lower = min(sides, key=lambda counts: sum(c.value for c in counts))
    return replace(tally, value=sum(c.value for c in lower), evidence=lower)


def _toll_figure(doc: Doc, sent: list[Token], lex: Lexicon) -> Tally | None:
    """The bare figure a toll's verb gives ("the death toll has risen to 14", "le bilan est passé à
    14", "put the toll at five"), or the toll word itself ("gave a lower toll of 17"): the dead, where no figure counts a death
    word ("death" alone counts one)."""
    tolls = lex.tolls.find(doc, sent)
    counts = number_tokens(doc, sent, lex) if tolls else {}
    for toll in tolls:
        word = doc.tokens[toll.end_i - 1]
        if not (word.deprel.startswith("nsubj") or word.deprel in ("obj", "dobj")):
            continue
        for i, count in counts.items():
            tok = doc.tokens[i]
            counted = doc.tokens[tok.head] if tok.deprel == "nummod" else tok   # "rose to 27 soldiers": the noun the figure counts
            above = doc.tokens[counted.head]
            verb = doc.past_preposition(above)   # "risen to 14": the figure the preposition takes
            linked = above.upos == "ADP" and above.lemma in TOLL_LINKS or any(
                c.deprel == "case" and c.lemma in TOLL_LINKS for c in doc.children.get(counted.i, []))
            own = tok.deprel != "nummod" and above.upos == "ADP" and above.lemma in TOLL_OF and above.head == word.i
            if not count.weak and (tok.deprel != "nummod" or linked) and (verb.i == word.head or own):
                return Tally(count.value, [count], True, not count.vague, risen=word.deprel.startswith("nsubj"))
    return None


def restated_figure(doc: Doc, sent: list[Token], lex: Lexicon) -> Tally | None:
    """Another source's figure of the whole toll, given by a toll word and no death word ("The army put the toll at seven")."""
    return _toll_figure(doc, sent, lex) if lex.restated_toll.find(doc, sent) else None


def stated_toll(doc: Doc, sent: list[Token], lex: Lexicon) -> Tally | None:
    """The figure a report says it codes the toll as ("Unknown fatalities coded as 10"): the
    count right after a `stated_toll` phrase that follows a death word."""
    phrases = lex.stated_toll.find(doc, sent)
    if not phrases:
        return None
    deaths = lex.deaths.find(doc, sent)
    counts = number_tokens(doc, sent, lex)
    for phrase in phrases:
        after = doc.tokens[phrase.end_i].start if phrase.end_i < len(doc.tokens) else None
        count = next((c for c in counts.values() if c.start == after and not c.weak), None)
        if count is not None and any(d.end <= phrase.start for d in deaths):
            return Tally(count.value, [count], True, True, stated=True)
    return None
