"""Place candidates: the words that may name where an event happened, best first.

Named-entity recognisers disagree on toponyms (en_core_web_sm tags "Koro" as an organisation),
so every proper-noun span is a candidate and the gazetteer decides later; spans introduced by a
place preposition ("à", "in") or naming a region come first, then those "near" a place or tagged
LOC, then the others, each group by distance to the event's trigger. A candidate's value says
how it relates to the event: "near" ("près de X", "20 km from X"), "region" ("la région de
X", "Kaduna state"), "in" (after a place preposition: "au Cameroun", "in Gao"), or "at" (named
in the sentence, relation unknown).
Enclosing areas given in brackets after a name ("Banh (Banh, Loroum)", "Koro (Mopti)") stay
with it as hints: "Banh (Banh, Loroum)" is one candidate.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract.actors import actor_matches, identities, inverted_subject, listener
from pipeline.extract.casualties import agent_verb
from pipeline.extract.lexicon import ETHNIC_GROUP, ActorGroup, Lexicon, Match
from pipeline.nlp.annotate import DATE_HEADER
from pipeline.nlp.doc import Doc, Token
from pipeline.resources import load_common

NAME_LABELS = {"LOC", "ORG", "PER", "MISC", "NORP", ""}
PREFIX = {"near": "~", "region": "^", "in": "=", "at": ""}
LIST_WORDS = {"and", "et", ",", "or", "ou"}
PASSIVE_DEPRELS = {"nsubjpass", "nsubj:pass", "auxpass", "aux:pass"}
SPEAKER_DEPRELS = {"nsubj", "obj", "dobj", "iobj", "dative"}   # who said it, or whom it was told to ("told reporters in Gao")
STATED_RELATION = {"1": "in", "2": "near", "3": "region"}   # a geo_precision a report states, as the relation that codes to it
NEAR_REACH = 25   # characters from a "near" phrase to the name it places the event by
OWNER_CAPITAL_RANK = 3   # a capital named as the owner of a part of it, after the part ("the Libyan capital's Souq al-Jumaa district")
CAPITAL_REACH = 3   # tokens from a capital word to the country that owns it ("the capital of Mali")


@dataclass(frozen=True)
class Where:
    relation: str      # in, near, region, at
    label: str         # the recogniser's entity label ("" for a bare proper noun)
    village: bool = False   # the text calls it a village ("the village of Boni"): no city of that name


def _spans(doc: Doc, sent: list[Token], lex: Lexicon) -> list[tuple[int, int, str]]:
    """(first token, end token, entity label) of entities and proper-noun runs in the sentence
    ("Thursday", a date, is none: "On Thursday, Russia launched" lists no place)."""
    lo, hi = sent[0].i, sent[-1].i + 1
    kept = {t.i for t in sent}   # not in a part cut out of it ("Ten days after gunmen killed 30 villagers in Bokkos, ...")
    spans = [part for e in doc.entities if e.start_i in kept and e.label in NAME_LABELS
             for part in _cut_at_in(doc, _without_common_head(doc, e.start_i, e.end_i), _without_possessive(
                 doc, e.start_i, _without_date(doc, e.start_i, _without_clause(doc, e.start_i, e.end_i), lex)), e.label, lex)]
    spans = [span for span in spans if any(t.text[:1].isupper() for t in doc.tokens[span[0]:span[1]])]   # no name in lower case
    # ("killed four jihadists in the bush near Mopti": the recogniser's person, no town)
    for s, e in _hyphenated(doc, sent, lex):   # "Port-au-Prince", split by the tokeniser and missed or cut by the recogniser
        inside = [span for span in spans if s <= span[0] and span[1] <= e]
        if all(span in inside for span in spans if span[0] < e and s < span[1]):
            spans = [span for span in spans if span not in inside] + [(s, e, inside[0][2] if inside else "")]
    covered = {i for s, e, _ in spans for i in range(s, e)}
    run: list[Token] = []
    for tok in sent + [None]:
        named = tok is not None and tok.text[:1].isupper() and (
            tok.upos == "PROPN" or tok.upos in ("NOUN", "PRON") and tok.i > lo and _after_place_word(doc, tok, lex)
            or tok.upos == "ADJ" and tok.i > lo and _before_its_kind(doc, tok, lex))
        if named and tok.i not in covered and not _a_date_word(doc, tok, lex) and not _month_of_a_date(doc, tok, lex):
            run.append(tok)
            continue
        if run:
            spans.append((run[0].i, run[-1].i + 1, ""))
            run = []
    return [_with_adjective(doc, _with_name_tail(doc, span, hi), lex) for span in _joined(doc, sorted(spans), lex)]


def _with_name_tail(doc: Doc, span: tuple[int, int, str], sent_end: int) -> tuple[int, int, str]:
    """The span with the capitalised words the parser joins to it as one name but the recogniser
    left out ("Kiryat" + "Shmona", which the French model tags as foreign words)."""
    start, end, label = span
    while end < sent_end and doc.tokens[end].text[:1].isupper() and doc.tokens[end].deprel in ("flat", "flat:name") \
            and start <= doc.tokens[end].head < end:
        end += 1
    return (start, end, label)


def _with_adjective(doc: Doc, span: tuple[int, int, str], lex: Lexicon) -> tuple[int, int, str]:
    """The span with the lower-case adjective that ends a region's name ("le Logone oriental", "le
    Kasaï oriental"; places.yaml `name_adjectives`)."""
    start, end, label = span
    return (start, end + 1, label) if end < len(doc.tokens) and doc.tokens[end].lower_text in lex.name_adjectives else span


def _called_a_village(doc: Doc, sent: list[Token], start_i: int, end_i: int, lex: Lexicon) -> bool:
    """Whether the text calls the place a village: "the village of Boni", "le village de Boni",
    "Boni village", "Sarja, un village de la province d'Idleb" (not "un chef de village à Kaya")."""
    after = [t for t in doc.tokens[end_i:min(sent[-1].i + 1, end_i + 3)] if t.upos not in ("DET", "PUNCT")]
    return _called_before(doc, sent, start_i, lex.village_words, lex) or bool(after) and after[0].lower_text in lex.village_words


def _called_before(doc: Doc, sent: list[Token], start_i: int, kinds: frozenset, lex: Lexicon) -> bool:
    """Whether one of `kinds` and a link word go before the name: "the town of Tal Afar", "le village de Boni"."""
    words = [t for t in doc.tokens[max(sent[0].i, start_i - 3):start_i] if t.upos != "DET"]
    return len(words) >= 2 and words[-1].lower_text in lex.village_links and words[-2].lower_text in kinds


def _road_end(doc: Doc, start_i: int) -> bool:
    """Whether the name is the second of two joined by a hyphen and no space ("Tororo-Mbale"), a road's end."""
    if start_i < 2:
        return False
    dash, before = doc.tokens[start_i - 1], doc.tokens[start_i - 2]
    return dash.text == "-" and before.end == dash.start and dash.end == doc.tokens[start_i].start and before.text[:1].isupper()


def _road_start(doc: Doc, first: Token, last: Token, text: str, lex: Lexicon) -> str | None:
    """The first town of a hyphenated pair a road word follows or comes before ("the Kaya-Dori road",
    "l'axe Kaya-Dori"; places.yaml `roads`)."""
    beside = [doc.tokens[i].lower_text for i in (first.i - 1, last.i + 1) if 0 <= i < len(doc.tokens)]
    name, bracket, areas = text.partition(" (")   # "l'axe Kaya-Dori (Sanmatenga, Centre-Nord)": the areas are the first town's
    words = name.split()
    while words and not words[0][:1].isupper():   # "the Kaya-Dori"; "axe Mora-Kolofata", the road word inside the recogniser's name
        beside.append(words.pop(0).lower())
    parts = " ".join(words).rsplit("-", 1)
    if not set(beside) & lex.roads or len(parts) != 2 or not all(p[:1].isupper() for p in parts):
        return None
    return parts[0] + bracket + areas


ROAD_START_RANK = 2   # the town a road starts from, after the places the sentence puts the event in or near
ROAD_END_REACH = 6   # tokens from a road's "to" back to its "from" ("the road from Gao to Ansongo")


def _road_side(doc: Doc, start_i: int, lex: Lexicon) -> str | None:
    """"start" for the town a road is named to lead from ("on the road from Gao to Ansongo", "sur la route de Gao
    à Ansongo"), "end" for the one it leads to, else None (places.yaml `road_from`, `road_to`)."""
    if start_i < 2:
        return None
    before = doc.tokens[start_i - 1].lower_text
    if before in lex.road_from and doc.tokens[start_i - 2].lower_text in lex.roads:
        return "start"
    if before in lex.road_to and any(doc.tokens[i].lower_text in lex.road_from and doc.tokens[i - 1].lower_text in lex.roads
                                     for i in range(max(1, start_i - ROAD_END_REACH), start_i - 1)):
        return "end"
    return None


def _hyphen_road_side(doc: Doc, start_i: int, end_i: int, lex: Lexicon) -> str | None:
    """"start" or "end" for a town of a hyphenated pair the recogniser split, that a road word follows or comes before
    ("on the Djibo-Ouahigouya road", "l'axe Djibo-Ouahigouya"; places.yaml `roads`), else None."""
    def road_beside(first: int, last: int) -> bool:
        return any(0 <= i < len(doc.tokens) and doc.tokens[i].lower_text in lex.roads for i in (first - 1, last + 1))
    if _road_end(doc, start_i):
        return "end" if road_beside(start_i - 2, end_i - 1) else None
    if end_i + 1 < len(doc.tokens) and _road_end(doc, end_i + 1):
        return "start" if road_beside(start_i, end_i + 1) else None
    return None


def _after_place_word(doc: Doc, tok: Token, lex: Lexicon) -> bool:
    """A capitalised word the tagger took for a common noun or a pronoun right after a place's preposition
    ("near Sake", "à Kaya", "near Dara'a"): a name all the same."""
    before = doc.tokens[tok.i - 1].lower_text
    return before in lex.at_words or before in lex.near_words.words or any(p.split()[-1] == before for p in lex.near_words.phrases)


def _before_its_kind(doc: Doc, tok: Token, lex: Lexicon) -> bool:
    """A capitalised word the tagger took for an adjective right before a word for a kind of place ("over Kyiv city"), and
    no people's name ("a Russian city"): a name all the same."""
    after = doc.tokens[tok.i + 1] if tok.i + 1 < len(doc.tokens) else None
    return after is not None and after.lower_text in lex.kind_words and not lex.demonyms.find(doc, [tok]) \
        and not any(e.start_i <= tok.i < e.end_i for e in doc.entities)


def _date_names(lex: Lexicon) -> dict:
    """Weekdays and months, the names a date has."""
    return {**lex.dates.get("weekdays", {}), **lex.dates.get("months", {})}


def _without_date(doc: Doc, start: int, end: int, lex: Lexicon) -> int:
    """The end of an entity without the weekday or month the recogniser took in ("Conakry mercredi")."""
    names = _date_names(lex)
    while end - start > 1 and doc.tokens[end - 1].lower_text in names:
        end -= 1
    return end


def _a_date_word(doc: Doc, tok: Token, lex: Lexicon) -> bool:
    """A word of a date ("Thursday"); a name the recogniser took into a date after a place's preposition
    ("drones at Kharkiv overnight") is not one unless it is a weekday or month."""
    if tok.ent_type != "DATE":
        return False
    return tok.lower_text in _date_names(lex) or tok.i == 0 or doc.tokens[tok.i - 1].lower_text not in lex.at_words


def _month_of_a_date(doc: Doc, tok: Token, lex: Lexicon) -> bool:
    """A month's name beside a number, a date the recogniser missed ("the night of March 8-9"), no town of March."""
    beside = [doc.tokens[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc.tokens)]
    return tok.lower_text in lex.dates.get("months", {}) and any(t.upos == "NUM" for t in beside)


def _without_common_head(doc: Doc, start: int, end: int) -> int:
    """The start of an entity past the lower-case noun and preposition the recogniser took in before the name ("base de
    Gao", "camp of Boni"): the name is the place; the noun says what stood there."""
    if not doc.tokens[start].text[:1].islower() or doc.tokens[start].upos != "NOUN":   # not "the Cherif of Nioro", a person
        return start
    return next((i for i in range(start + 1, end) if doc.tokens[i].text[:1].isupper() and doc.tokens[i - 1].upos == "ADP"), start)


def _without_possessive(doc: Doc, start: int, end: int) -> int:
    """The end of an entity without the possessive the recogniser took in ("Benue State's")."""
    return end - 1 if end - start > 1 and doc.tokens[end - 1].upos == "PART" else end


def _without_clause(doc: Doc, start: int, end: int) -> int:
    """The end of an entity before the lower-case verb the recogniser ran on into, and the small words before it ("le
    ministère de la Justice pour exiger la libération d'un journaliste": "Justice")."""
    cut = next((i for i in range(start + 1, end) if doc.tokens[i].upos in ("VERB", "AUX") and doc.tokens[i].text[:1].islower()), end)
    while cut - start > 1 and doc.tokens[cut - 1].text[:1].islower() and doc.tokens[cut - 1].upos in ("ADP", "SCONJ", "DET", "PART"):
        cut -= 1
    return cut


def _cut_at_in(doc: Doc, start: int, end: int, label: str, lex: Lexicon) -> list[tuple[int, int, str]]:
    """An entity cut where a place preposition puts its first part in its second ("the National
    Penitentiary in Port-au-Prince", "Macomia in Mozambique's Cabo Delgado"; places.yaml
    `in_name`): the second part is a place the event is in; or near it ("Ndimo near Beni")."""
    cut = next((i for i in range(start + 1, end - 1) if doc.tokens[i].upos == "ADP"
                and (doc.tokens[i].lower_text in lex.in_name or lex.near_words.find(doc, [doc.tokens[i]]))), None)
    if cut is None:
        return [(start, end, label)]
    return [(start, cut, label)] + _cut_at_in(doc, cut + 1, end, label, lex)


def _a_joined_name(text: str, lex: Lexicon) -> bool:
    """Whether the words are a name with "and" in it, maybe with a word after it ("Sistan and Baluchestan province")."""
    return any(text == name or text.startswith(name + " ") for name in lex.joined_names)


def _joined(doc: Doc, spans: list[tuple[int, int, str]], lex: Lexicon) -> list[tuple[int, int, str]]:
    """Spans that touch and are one name: proper nouns compounded onto the next span's
    ("Dera" + "Ismail Khan", which the recogniser split into a place and a person) or onto the
    noun it compounds onto ("Debre" + "Markos" of "Debre Markos town"), two spans
    an elided particle glues ("Fada" + "N'" + "Gourma"), or a name with "and" in it (places.yaml
    `joined_names`: "Jammu" + "and" + "Kashmir")."""
    out: list[tuple[int, int, str]] = []
    for span in spans:
        glue = doc.tokens[span[0] - 1] if span[0] > 0 else None
        if out and out[-1][1] == span[0] - 1 and glue is not None and (
                glue.text[:1].isupper() and glue.text[-1:] in "'’" and glue.end == doc.tokens[span[0]].start
                or _a_joined_name(doc.text[doc.tokens[out[-1][0]].start:doc.tokens[span[1] - 1].end].lower(), lex)):
            out[-1] = (out[-1][0], span[1], out[-1][2] or span[2])
        elif out and out[-1][1] == span[0] and all(doc.tokens[i].upos == "PROPN" and doc.tokens[i].deprel == "compound"
                                                   and (span[0] <= doc.tokens[i].head < span[1] or _same_noun(doc, i, span))
                                                   for i in range(*out[-1][:2])):
            out[-1] = (out[-1][0], span[1], span[2])
        else:
            out.append(span)
    return out


def _same_noun(doc: Doc, i: int, span: tuple[int, int, str]) -> bool:
    """Whether the word and a person's name the recogniser found right after it compound onto one
    noun after both ("Debre" + "Markos" of "in Debre Markos town"): one name."""
    last = doc.tokens[span[1] - 1]
    return span[2] == "PER" and last.deprel == "compound" and doc.tokens[i].head == last.head >= span[1]


HYPHEN_PART = 5   # letters in each half of a hyphenated name that may be two towns ("Kaga-Bandoro" is one)


@lru_cache(maxsize=1)
def _arabic_articles() -> frozenset:
    """The Arabic article's forms inside names ("Deir ez-Zor", "Ras al-Ain"; transliteration.yaml `articles`)."""
    return frozenset(a for a in load_common("transliteration").get("articles", []) if len(a) > 1)


def _hyphenated(doc: Doc, sent: list[Token], lex: Lexicon) -> list[tuple[int, int]]:
    """(first token, end token) of the capitalised names written with hyphens and no spaces whose
    words are not all proper nouns ("Port-au-Prince", "Croix-des-Bouquets" whose "des" the tagger calls
    one), that has three words or more ("PORT-AU-PRINCE"), a word too short for a town of its own
    ("Kaga-Bandoro"), or that is a country's ("Guinea-Bissau"); "Ouaga-Kaya", two towns, stays two names."""
    countries = {(c.start_i, c.end_i) for c in lex.countries.find(doc, sent)}
    out, i, last = [], sent[0].i, sent[-1].i
    while i <= last:
        end = i + 1
        while end + 1 <= last and doc.tokens[end].text == "-" and doc.tokens[end].start == doc.tokens[end - 1].end \
                and doc.tokens[end + 1].start == doc.tokens[end].end and doc.tokens[end + 1].text[:1].isalpha():
            end += 2
        if end > i + 1 and doc.tokens[i].text[:1].isupper() and (end - i >= 5 or (i, end) in countries or any(
                doc.tokens[w].upos != "PROPN" or doc.tokens[w].text[:1].islower() or len(doc.tokens[w].text) < HYPHEN_PART
                for w in range(i, end, 2))):
            out.append((i, end))
        elif end > i + 1 and doc.tokens[i].text in _arabic_articles() and i > sent[0].i and doc.tokens[i - 1].text[:1].isupper() \
                and doc.tokens[end - 1].text[:1].isupper():
            out.append((i - 1, end))   # "Deir ez-Zor", "Ras al-Ain": the word before the article is the name's first
        i = end
    return out


AGENCIES = r"AFP|Reuters|AP|APA|ANP|Xinhua|RFI|Kyodo|IANS|PTI|ANI|UPI|Anadolu|dpa|EFE"
DATELINE = re.compile(rf"^[\s,.(]*(?:[A-Z][\w’'\-]+[\s,.)]*){{0,3}}(?:\(?(?:{AGENCIES})\)?|\d{{1,2}}(?:er|st|nd|rd|th)?\b|[A-Z][a-z]{{2,8}}\.? \d{{1,2}}|[-–—])")
# "BAMAKO, 25 mars (AFP) -", "BUKAVU, 1er décembre", "Bamako, Mali —", "Goma (RD Congo) -": the place, perhaps its country, then a
# date, an agency or a dash
DATELINE_PLACE = re.compile(r"[\s\"'|*]*(?:[A-ZÀ-Ý][\w’'.\-]*(?:\s+[A-ZÀ-Ý][\w’'.\-]*){0,3}\s*,\s*){1,2}(?:le\s+)?")
DATELINE_END = re.compile(rf"\s*(?:\(\s*(?:{AGENCIES})\s*\)\s*|,\s*(?:{AGENCIES})\b)?\.?\s*[-–—]|\s*\(\s*(?:{AGENCIES})\s*\)|,\s*(?:{AGENCIES})\b")
# "MOGADISHU, March 12 (Reuters) -", "Kinshasa, 25 novembre 2023.-", "ISLAMABAD, Sept. 16, Kyodo": a date between them


def _line_opening(text: str, pos: int) -> int:
    """Where the line holding `pos` starts, past a page's date header (" date 2023-08-02 Amman, Aug 2 ...")."""
    line_start = text.rfind("\n", 0, pos) + 1
    header = DATE_HEADER.match(text, line_start)
    return header.end() if header else line_start


RUBRIC_COLON = re.compile(r"\s*:\s")


def _opens_line(doc: Doc, first: Token) -> bool:
    """Whether the word opens its line, past quotes and markup."""
    return not doc.text[_line_opening(doc.text, first.start):first.start].strip(" \"'|*")


def _rubric(doc: Doc, first: Token, last: Token) -> bool:
    """A place opening a line before a colon ("Mopti : deux soldats tués près de Konna"): the paper's heading for
    the area, which the sentence's own places say more exactly."""
    return _opens_line(doc, first) and bool(RUBRIC_COLON.match(doc.text, last.end))


def _dateline(doc: Doc, sent: list[Token], first: Token, last: Token) -> bool:
    """A place opening a line and followed by a date, an agency or a dash, or holding the dash where the recogniser ran the
    town into the words after it ("ABUJA - Troops of Operation Hadin Kai": no road from Abuja)."""
    if not _opens_line(doc, first):
        return False
    name = DATELINE_NAME.match(doc.text, first.start)
    return bool(DATELINE.match(doc.text[last.end:last.end + 20])) or name is not None and name.end(1) < last.end \
        and bool(DATELINE.match(doc.text[name.end(1):name.end(1) + 20]))


def _agency(doc: Doc, first: Token, last: Token) -> bool:
    """A name in brackets before a dateline's dash ("NAIROBI, Dec 5 (Reuters) -"): the agency that filed the story, no town."""
    return doc.text[max(0, first.start - 1):first.start] == "(" and bool(AGENCY_END.match(doc.text, last.end))


AGENCY_END = re.compile(r"\)\s*[-–—]")
DATELINE_NAME = re.compile(r"[\s\"'|*]*([A-ZÀ-Ý][\w’'\-]*(?:[ -][A-ZÀ-Ý][\w’'\-]*){0,2})\s*(?=[,(]|\s[-–—])")


def dateline_name(text: str) -> str | None:
    """The town a story was filed from, opening its text before a date, an agency or a dash
    ("GOMA, Congo (Reuters) -", "MOPTI (AFP) -"), as written; None when the text opens otherwise."""
    found = DATELINE_NAME.match(text, _line_opening(text, 0))
    return found.group(1) if found and DATELINE.match(text[found.end(1):found.end(1) + 40]) else None


def in_dateline(doc: Doc, start: int, end: int) -> bool:
    """A date in a story's dateline: the day it was filed, which "on Monday" counts back from,
    not the day of the event."""
    return bool(DATELINE_PLACE.fullmatch(doc.text, _line_opening(doc.text, start), start)) and bool(DATELINE_END.match(doc.text, end))


def _destination(doc: Doc, start_i: int, end_i: int, lex: Lexicon) -> str | None:
    """A place people went to ("fled to Mauritania", "se sont réfugiés au Niger"): not where the event was
    (DESTINATION); or the one a return demanded is to ("demanding safe return to Myanmar", "réclamer leur retour
    au Mali"): not even in its country (ASIDE); not "on their return to Koro", struck on the way. Nor a
    place people only moved towards ("tried to march towards Delhi", "advanced towards Goma"): the event was on the way."""
    before = doc.tokens[start_i - 1].lower_text if start_i > 0 else None
    if _other_end(doc, start_i, doc.tokens[end_i - 1], lex) or _route_of_a_vehicle(doc, doc.tokens[end_i - 1], lex):
        return DESTINATION
    if before not in lex.destination_links and before not in lex.approach_links:
        return None
    verb = doc.tokens[doc.tokens[end_i - 1].head]
    if verb.upos == "ADP":   # spaCy's English: the preposition governs the place
        verb = doc.tokens[verb.head]
    if before in lex.approach_links and verb.lemma in lex.approach_verbs and verb.upos == "VERB":
        return DESTINATION
    if before not in lex.destination_links:
        return None
    if verb.lemma not in lex.destination_verbs:   # "réclamer leur rapatriement en Birmanie", the place hung on the verb
        demanded = any(c.lemma in lex.destination_verbs and c.upos == "NOUN" and c.deprel in ("obj", "dobj") and c.i < start_i
                       for c in doc.children.get(verb.i, []))
        return ASIDE if demanded else None
    return DESTINATION if verb.upos == "VERB" else ASIDE if verb.upos == "NOUN" and verb.deprel in ("obj", "dobj") else None


def _route_of_a_vehicle(doc: Doc, last: Token, lex: Lexicon) -> bool:
    """The place a route verb takes as its object in a clause on a noun other than a road's ("un car qui reliait Bandiagara
    à Bamako", "a bus linking Mopti and Bamako"; not "the road linking Hombori and Gossi", places.yaml `roads`): where the
    vehicle went, after the places the sentence puts the event in ("a sauté sur une mine près de Douentza")."""
    verb = doc.tokens[last.head]
    return last.deprel in ("obj", "dobj") and verb.upos == "VERB" and verb.lemma in lex.destination_verbs \
        and verb.deprel.startswith("acl") and doc.tokens[verb.head].lemma.lower() not in lex.roads


def _other_end(doc: Doc, start_i: int, last: Token, lex: Lexicon) -> bool:
    """The second of the two places a route verb takes as its objects ("the highway linking La Paz
    and Oruro"): the road's far end, where nothing happened; the event is coded to the first."""
    if last.deprel != "conj":
        return False
    first = doc.tokens[last.head]
    verb = doc.tokens[first.head]
    return first.i < start_i and first.deprel in ("obj", "dobj") and verb.upos == "VERB" and verb.lemma in lex.destination_verbs


def _speakers_place(doc: Doc, first: Token, last: Token, lex: Lexicon) -> bool:
    """A place after a reporting verb that says where it was said or where the speaker is
    ("said in Bamako", "a déclaré un militant, Ali Traoré, à Bamako"), not where the event was."""
    before = doc.tokens[first.i - 1] if first.i > 0 else None
    if before is None or before.text.lower() not in lex.speaker_at:
        return False
    reporting = lex.dates.get("reporting", ())   # as mentions.py reads them
    head = doc.tokens[last.head]
    if head.deprel == "prep":   # spaCy's English: "in" governs the place
        head = doc.tokens[head.head]
    if head.i >= last.i:
        return False
    if head.lemma in reporting and head.upos != "NOUN":   # "said in Bamako"; not "shooting was reported in Kaya", where the
        # shooting was, nor "arrested 12 suspects in Mopti" ("suspect" a noun, not a reporting verb), nor "a annoncé le démantèlement
        # d'un réseau à Koudougou", the place of what was announced, however the parse hangs it
        return not any(c.deprel in PASSIVE_DEPRELS or c.deprel in ("obj", "dobj") and head.i < c.i < first.i
                       for c in doc.children.get(head.i, []))
    verb = doc.tokens[head.head]
    if listener(doc, head, lex):   # "confirmed the raid to reporters in Maiduguri"
        return True
    if head.deprel in ("obj", "dobj") and lex.triggers.find(doc, [head]) and not any(
            listener(doc, doc.tokens[i], lex) for i in range(head.i + 1, first.i)):
        return False   # "announced its dissolution in Bandiagara": the place of the event announced (not "confirmed the raid to
        # reporters in Maiduguri")
    return head.deprel in SPEAKER_DEPRELS and verb.lemma in reporting and verb.i < head.i


def _incise_speaker(doc: Doc, last: Token, lex: Lexicon) -> bool:
    """Whether the name is the subject put after a reporting verb that a comma opens ("..., a
    annoncé l'Élysée", which the parser may take for its object): who spoke, not where."""
    verb = doc.tokens[last.head]
    opening = min([verb.i] + [c.i for c in doc.children.get(verb.i, []) if c.deprel.startswith("aux")])
    return inverted_subject(doc, last, lex.dates.get("reporting", ())) and opening > 0 and doc.tokens[opening - 1].text == ","


def _speaks_or_acts(doc: Doc, last: Token, lex: Lexicon) -> bool:
    """Whether the name is the subject of a reporting verb ("Israël n'a pas commenté", "Russia
    said"): who spoke; or the agent of a passive ("drones launched by Russia", "tirés par
    Israël"): who acted; or whom someone accuses ("l'armée accuse le Rwanda de soutenir le M23"). Not
    where ("le Niger connaît l'horreur" is)."""
    accused = last.deprel in ("obj", "dobj") and doc.tokens[last.head].lemma in lex.accusers
    return _says(doc, last, lex) or agent_verb(doc, last) is not None or accused


def _says(doc: Doc, last: Token, lex: Lexicon) -> bool:
    """Whether the name is the subject of a reporting verb ("Russia said", "Baku said": a government by its capital)."""
    return last.deprel in ("nsubj", "nsubj:pass") and doc.tokens[last.head].lemma in lex.dates.get("reporting", ())


def _qualifies_a_noun(doc: Doc, start_i: int, end_i: int, lex: Lexicon) -> bool:
    """Whether the name modifies the noun after it ("U.S. troops", "a United States diplomatic
    facility"): whose the thing is, not where; or owns a thing that is no part of it ("Rwanda's
    backing of the rebels", where "Mozambique's Cabo Delgado province" and "Nigeria's northeast"
    are in the country) or the border named ("near Burkina Faso's border": the neighbour's)."""
    head = doc.span_head(start_i, end_i)
    owned = doc.tokens[head.head]
    if head.head < end_i or owned.upos not in ("NOUN", "PROPN") or owned.i == end_i and owned.lower_text in lex.region_after:
        return False   # "in Niger state": the region of that name
    placed = any(c.deprel == "case" and c.lower_text in lex.at_words - lex.whose_words   # "Au Niger, l'explosion": where, not whose
                 for c in doc.children.get(head.i, []))
    return head.deprel in ("compound", "amod") or head.deprel == "nmod" and not placed or head.deprel in ("poss", "nmod:poss") and (
        _border_of_one_side(doc, head.head, lex) or owned.upos == "NOUN" and owned.lower_text not in lex.place_nouns
        or bool(lex.actor_kinds.find(doc, [owned])))   # "Yemen's Houthis": whose the group is


def _owns_a_mission(doc: Doc, start_i: int, end_i: int, lex: Lexicon, owner_only: bool = False) -> bool:
    """Whether the name is whose an embassy is ("the embassies of Rwanda, France and the United
    States", "les ambassades de France et du Rwanda"), past the names listed with it; with `owner_only`,
    not where it is ("the Swiss ambassador to Niger", "l'ambassadeur de France au Mali")."""
    tok = doc.span_head(start_i, end_i)
    while tok.deprel == "conj" and tok.head != tok.i and doc.tokens[tok.head].lemma not in lex.missions:
        tok = doc.tokens[tok.head]
    cases = [c.lower_text for c in doc.children.get(tok.i, []) if c.deprel == "case"]
    if tok.deprel == "pobj" and tok.head != tok.i:   # English: "of" between the office and its country
        tok = doc.tokens[tok.head]
        cases = [tok.lower_text]
    return tok.head != tok.i and doc.tokens[tok.head].lemma in lex.missions and (not owner_only or all(c in lex.whose_words for c in cases))


def _part_of_a_place(doc: Doc, start_i: int, end_i: int, lex: Lexicon) -> bool:
    """Whether the name qualifies a noun that is part of a place named after it ("the Sikasso-Sira
    neighborhood of Bobo-Dioulasso"): the place is the one after "of"."""
    noun = doc.tokens[doc.span_head(start_i, end_i).head]
    while noun.deprel == "compound" and noun.head > noun.i:   # "Sikasso" of "Sikasso-Sira neighborhood"
        noun = doc.tokens[noun.head]
    return noun.i >= end_i and noun.i + 1 < len(doc.tokens) and doc.tokens[noun.i + 1].lower_text in lex.whose_words


def _border_of_one_side(doc: Doc, i: int, lex: Lexicon) -> bool:
    """A border word that names no other side ("near Burkina Faso's border", not "near Mali's border
    with Burkina Faso", where Mali is the side the event is on)."""
    after = doc.tokens[i + 1].lower_text if i + 1 < len(doc.tokens) else ""
    return doc.tokens[i].lemma in lex.border_words and after not in lex.border_with


def _surnames(doc: Doc) -> dict[str, set[str]]:
    """Last words of the people the article names in full, with those full names: "Karim Keita"
    is a person too when the recogniser tagged "Ibrahim Boubacar Keita" as one."""
    out: dict[str, set[str]] = {}
    for e in doc.entities:
        if e.label == "PER" and e.end_i - e.start_i > 1:
            out.setdefault(doc.tokens[e.end_i - 1].text, set()).add(e.text)
    return out


POSSESSIVE_S = re.compile(r"['’]s\s*")
POSSESSIVE_TOKENS = ("'s", "’s")   # the possessive as the tokeniser splits it off ("Kenya's capital")
AREA_HINTS = re.compile(r"((?:\s+[a-zà-ÿ]+){0,2})\s*\(((?:[A-ZÀ-Ý][\w’'\- ]{1,40})(?:,\s*[A-ZÀ-Ý][\w’'\- ]{1,40}){0,2})\)")
# "Tarmiya (Tarmiya, Baghdad)", also past a word for what the place is: "Kani township (Sagaing)", "Marib city (Marib)"


def _with_hints(doc: Doc, start: int, end: int, lex: Lexicon) -> tuple[str, int]:
    """The name, with the bracketed areas that follow it, and where that text ends."""
    text = doc.text[start:end]
    if " (" in text:   # a recogniser's span that runs into the brackets: "Banh (Banh, Loroum"
        text = text[:text.index(" (")]
        end = start + len(text)
    hints = AREA_HINTS.match(doc.text, end)
    if hints and not set(hints.group(1).split()) <= lex.kind_words:
        hints = None   # "Ndimo near Beni (North Kivu)": the brackets are Beni's
    return (f"{text} ({hints.group(2)})", hints.end()) if hints else (text, end)


def _area_apposed(doc: Doc, end: int, lex: Lexicon) -> str | None:
    """The name a comma and "in", "dans la", "en" put right after a place ("Alexandria, in Virginia", "Alexandria, en
    Louisiane"; places.yaml `area_links`): the area it is in (not a country's possessive: "Hyderabad, in Pakistan's Sindh
    province", which names the province)."""
    found = _apposed_pattern(lex.area_links).match(doc.text, end)
    if found is None or doc.text[found.end():].lstrip().startswith("(") or found.group(1).split()[-1].lower() in lex.kind_words:
        return None   # (an area with areas of its own: "Kalembe, in Pinga Commune (Walikale, North Kivu)", its own candidate)
    return found.group(1)


@lru_cache(maxsize=None)
def _apposed_pattern(links: frozenset) -> re.Pattern:
    words = "|".join(re.escape(w) for w in sorted(links, key=len, reverse=True)) or "(?!)"
    return re.compile(rf",\s+(?:{words})(?:\s+|(?<=['’]))([A-ZÀ-Ý][\w\-]+(?:\s+(?:(?:{NAME_PARTICLES})\s+)?[A-ZÀ-Ý][\w\-]+){{0,2}})"
                      rf"(?!\w|\s*['’]s\b)")


NAME_PARTICLES = "del|de|di|da|do|dos|das|du|la|el"   # the small words inside a region's name ("Valle del Cauca")


def _possessor_place(doc: Doc, start_i: int, actor_words: set[int]) -> str | None:
    """The name whose possessive comes right before a place ("Dhaka's Mirpur area", "Gaza's Jabalia camp"): the town the
    place is in; not a group's ("Boko Haram's Sambisa forest") nor a noun's ("Kebbi state's Maga town"). (Its caller leaves a
    country's, "Burkina Faso's Nord region", to the country's own vote, and a part named by no name, "Gao's 8th district", to
    the town.)"""
    mark = start_i - 1
    if mark < 1 or not POSSESSIVE_S.fullmatch(doc.tokens[mark].text):
        return None
    begin = mark
    while begin > 0 and doc.tokens[begin - 1].upos == "PROPN" and begin - 1 not in actor_words:
        begin -= 1
    if begin == mark or begin > 0 and doc.tokens[begin - 1].upos == "PROPN":
        return None
    return doc.text[doc.tokens[begin].start:doc.tokens[mark - 1].end]


def _placed_near(doc: Doc, near: list[Match], first: Token, lex: Lexicon, actor_words: set[int]) -> bool:
    """Whether a "near" phrase places the event by the place named at `first`, unless an "in"
    comes between them past no other name than a group's: "outside a cafe in Mogadishu" and
    "fighting between the RSF and the army in El Fasher" are in the town, not near it ("between
    Kakou in Mali and Tin-Akoff": both near)."""
    def placed_in(n: Match) -> bool:
        between = doc.tokens[n.end_i:first.i]
        return any(t.lower_text in lex.in_name for t in between) and not any(t.upos == "PROPN" and t.i not in actor_words for t in between)

    return any(0 <= first.start - n.end <= NEAR_REACH and not placed_in(n) for n in near)


def _town_part(doc: Doc, start_i: int, end_i: int, lex: Lexicon) -> bool:
    """Whether a word for a part of a town comes right after the name or before it, past "de"
    ("the Bel Air neighborhood", "le quartier de Bel-Air", "dans le quartier Bel Air"); a part a town's
    name qualifies is that town's, and the name after it a place of its own ("the Paris suburb of Nanterre")."""
    after = doc.tokens[end_i] if end_i < len(doc.tokens) else None
    i = start_i - 1
    while i >= 0 and doc.tokens[i].lower_text in lex.whose_words:
        i -= 1
    owned = i < start_i - 1 and i > 0 and doc.tokens[i - 1].upos == "PROPN"
    return after is not None and after.lower_text in lex.town_parts or i >= 0 and doc.tokens[i].lower_text in lex.town_parts and not owned


def _unit_named(doc: Doc, sent: list[Token], start_i: int, end_i: int, lex: Lexicon) -> bool:
    """A name that a word for a region follows or ends ("Kaduna state", "Sagaing Region"): the
    region, not the town of its name."""
    last = doc.tokens[end_i - 1]
    after = doc.tokens[end_i] if end_i <= sent[-1].i else None
    following = doc.text[last.end:doc.tokens[sent[-1].i].end].lower()
    return (end_i - start_i > 1 and last.lower_text in lex.region_after
            or after is not None and after.lower_text in lex.region_after and after.start - last.end <= 1
            or any(" " in w and re.match(rf" {re.escape(w)}\b", following) for w in lex.region_after))   # "Maru local government area"


def _countrys_region(doc: Doc, sent: list[Token], start_i: int, lex: Lexicon) -> bool:
    """A name after a region word and its country's adjective ("la région nigérienne de Tillabéri"):
    the region, not the town of its name."""
    link = start_i - 1
    if link <= sent[0].i or doc.tokens[link].upos not in ("ADP", "DET"):
        return False
    demonym = next((d for d in lex.demonyms.find(doc, sent) if d.end_i == link), None)
    return demonym is not None and demonym.start_i > sent[0].i and doc.tokens[demonym.start_i - 1].lower_text in lex.region_nouns


def _in_an_earlier_event(doc: Doc, start_i: int, end_i: int, trigger_i: int | None, lex: Lexicon) -> bool:
    """Whether the place is named in an "after" phrase the trigger is not in ("Two years after the
    massacre in Solhan, survivors gathered in Ouagadougou", "après l'attaque de Solhan"): another event's place
    (casualties.yaml `earlier_markers`)."""
    if trigger_i is None:
        return False
    for tok in doc.heads(doc.span_head(start_i, end_i), 6):
        opens = tok.deprel == "prep" and tok.lemma in lex.earlier_markers or any(   # "after gunmen killed 30 villagers in Bokkos"
            c.deprel in ("case", "mark") and c.lemma in lex.earlier_markers for c in doc.children.get(tok.i, []))
        if opens:
            return trigger_i not in {t.i for t in doc.subtree(tok)}
    return False


def place_candidates(doc: Doc, sent: list[Token], lex: Lexicon, anchor: int, trigger_i: int | None = None,
                     handed_over: bool = False) -> list[Match]:
    """The sentence's places, the event's most likely first; `handed_over`: the event is a change of
    hands, whose place may follow "from" ("withdrew from Alamata")."""
    near = lex.near_words.find(doc, sent)
    origins = lex.origin_words.find(doc, sent)
    region = lex.region_words.find(doc, sent)
    out = []
    hinted_until = -1
    surnames = _surnames(doc)
    actors = actor_matches(doc, sent, lex)
    groups = {i for m in actors if isinstance(m.value, ActorGroup) for i in range(m.start_i, m.end_i)}
    actor_words = {i for m in actors for i in range(m.start_i, m.end_i)}
    people_before = {m.end_i for m in actors}   # a token right after an actor word
    peoples = {m.start_i for m in identities(doc, sent, lex) if m.value.endswith(ETHNIC_GROUP) and m.end_i - m.start_i == 1
               and doc.tokens[m.start_i].deprel in ("amod", "compound") and doc.tokens[m.start_i].head in actor_words}
    country_ends = {c.end_i: c.start_i for c in lex.countries.find(doc, sent)}   # "the United States", "de France": the name ends the span
    for start_i, end_i, label in sorted(_spans(doc, sent, lex)):
        first, last = doc.tokens[start_i], doc.tokens[end_i - 1]
        if first.start < hinted_until:
            continue   # an area inside another name's brackets
        if start_i in groups or doc.tokens[start_i].upos == "DET" and start_i + 1 in groups:
            continue   # a group's name ("the Gran Grif gang", "Wagner"), not a town named alike
        if all(i in actor_words for i in range(start_i, end_i)):
            continue   # a force's words ("la Garde nationale"), not the town "Garde"
        if start_i in peoples and end_i - start_i == 1:
            continue   # a people qualifying people ("Amhara youths"), not the region named alike
        stated = lex.stated_precision.match(doc.text, last.end)   # "(coded as Kompienga at geoprecision 2)": the coder's own place
        name = doc.text[first.start:last.end]
        hinted = " (" in _with_hints(doc, first.start, last.end, lex)[0]   # "near Kobo (Raya Kobo, North Wollo, Amhara)": a place its
        # areas follow, whatever person the recogniser makes of its name
        if last.text in surnames and not stated and not hinted and (
                label != "PER" and not (label == "LOC" and name in surnames[last.text])
                or label == "PER" and any(len(full) > len(name) and full.endswith(name) for full in surnames[last.text])):
            continue   # "Karim Keita", "Keita's arrest" are a person too when "Ibrahim Boubacar Keita" is one; a name the recogniser
            # calls a place here and a person elsewhere ("la ville de Khan Cheikhoun") stays a place, and so does a longer one
            # ("Dera Ismail Khan")
        text, hinted_until = _with_hints(doc, first.start, last.end, lex)
        owner = _possessor_place(doc, start_i, actor_words)
        if owner is not None and " (" not in text and start_i - 1 not in country_ends and first.upos == "PROPN":
            text = f"{text} ({owner})"   # "Dhaka's Mirpur area": Mirpur in Dhaka, as a bracketed area says
        near_it = _placed_near(doc, near, first, lex, actor_words)
        relation = ("region" if _unit_named(doc, sent, start_i, end_i, lex) and (not near_it or doc.tokens[start_i - 1].lower_text in lex.in_name)
                    # "near Mokwa in Niger state": the region the place near is in (but "near Sofara, Mopti Region": near)
                    else "near" if near_it
                    else "region" if any((0 <= first.start - r.end <= 3 and not POSSESSIVE_S.fullmatch(doc.text[r.end:first.start])
                                          or r.start == first.start) and not (start_i <= country_ends.get(end_i, -1) and (
                                              "Number=Plur" in doc.tokens[r.start_i].feats
                                              or r.start_i > sent[0].i and doc.tokens[r.start_i - 1].upos == "PROPN"))
                                          and not ("Number=Plur" in doc.tokens[r.start_i].feats and r.end <= first.start
                                                   and not any(c.deprel == "conj" and c.upos == "PROPN" for c in doc.children.get(last.i, [])))
                                         for r in region)   # not "Kebbi state's Maga town", nor "in several regions of France", "the
                    # Gourma region of Mali" (parts of the country; but "l'État du Niger" is the region), nor "several districts of
                    # Kyiv", parts of one place (but "the states of Borno and Yobe" are two)
                    or _countrys_region(doc, sent, start_i, lex)
                    else "at")
        apposed = _area_apposed(doc, last.end, lex) if relation != "region" and " (" not in text and first.upos == "PROPN" else None
        if apposed is not None:   # "Alexandria, in Virginia": the town in the area, as a bracketed area says (not "le territoire de
            text = f"{text} ({apposed})"   # Beni, au Nord-Kivu": a district, with its province)
        if label == "PER" and (relation == "region" or _called_before(doc, sent, start_i, lex.kind_words, lex)):
            label = "LOC"   # "in the Kasai region", "near the town of Tal Afar": a name a word for a place goes with is one,
            # whatever the recogniser says
        before = doc.tokens[start_i - 1] if start_i > sent[0].i else None
        if before is not None and before.upos == "DET" and start_i - 1 > sent[0].i and doc.tokens[start_i - 2].lower_text in lex.in_name \
                and not _part_of_a_place(doc, start_i, end_i, lex):
            before = doc.tokens[start_i - 2]   # "in the Nuseirat refugee camp": the place the camp is named after
        elif before is not None and before.upos == "ADJ" and before.text.islower() and start_i - 1 > sent[0].i \
                and doc.tokens[start_i - 2].lower_text in lex.at_words:
            before = doc.tokens[start_i - 2]   # "in central London", "in downtown Nairobi"
        introduced = before is not None and before.text.lower() in lex.at_words
        listed = before is not None and before.text.lower() in LIST_WORDS and bool(out) and out[-1][2].end_i == start_i - 1 \
            and out[-1][2].value.relation == "in"   # "in Bamako and Timbuktu": both towns are the event's
        whose = introduced and before.text.lower() in lex.whose_words and before.i in people_before
        if relation == "at" and (introduced and not whose or listed):
            relation = "in"
        if _town_part(doc, start_i, end_i, lex):   # "in the Bel Air neighborhood": a part of the town, no other place
            relation = "at"
        if _road_end(doc, start_i):   # "the Tororo-Mbale highway": where the road leads, near the event, no town of its own
            relation = "near"
        road_start = _road_start(doc, first, last, text, lex)
        if road_start is not None:   # "on the Kaya-Dori road", one name to the recogniser: near the town it starts from,
            text, relation = road_start, "near"   # the town it leads to a landmark (whose country it tells: "l'axe Fada-Pama")
            dash = next((i for i in reversed(range(start_i, end_i)) if doc.tokens[i].text == "-"), None)
            if dash is not None and dash + 1 < end_i:
                to = doc.tokens[dash + 1]
                out.append((4, abs(to.start - anchor), Match(dash + 1, end_i, to.start, last.end, doc.text[to.start:last.end],
                                                             Where("near", label, False))))
        if _dateline(doc, sent, first, last) or _agency(doc, first, last) or _speakers_place(doc, first, last, lex) or _incise_speaker(doc, last, lex) \
                or _says(doc, last, lex) and not country_ends.get(end_i, -1) >= start_i:   # "Baku said": who spoke (a country's
            # own name is an aside below)
            continue   # "KINSHASA, 25 novembre (AFP) -", "a déclaré un militant, Ali Traoré, à Bamako": where the reporter was, not the
            # event; "..., a annoncé l'Élysée": the seat of who spoke
        named_country = end_i in country_ends and all(   # "the United States", "la bande de Gaza"; not "Port Sudan's airport"
            doc.tokens[i].upos in ("DET", "ADP") for i in range(start_i, country_ends[end_i]))
        mission = named_country and _owns_a_mission(doc, start_i, end_i, lex, owner_only=True)   # "l'ambassade des États-Unis à
        # Bagdad": abroad
        if named_country and (mission or _speaks_or_acts(doc, last, lex) or _qualifies_a_noun(doc, start_i, end_i, lex)
                              or _owns_a_mission(doc, start_i, end_i, lex)):
            name = doc.tokens[country_ends[end_i]]   # the country's name without "the", "de": "United States"
            out.append((5, 0, Match(name.i, end_i, name.start, last.end, doc.text[name.start:last.end], Where("at", ORIGIN if mission else ASIDE))))
            continue
        # "à Baabda, au sud-est de Beyrouth", "dans le territoire de Rutshuru, à 50 km de Goma": the place or the region the
        # event is in before the places it is near
        heading = _rubric(doc, first, last)
        rank = 0 if relation in ("in", "region") else 1 if relation != "at" or label == "LOC" and not whose and not heading else 2
        if road_start is not None:   # a place named on the road comes first ("on the Abuja-Kaduna highway near Katari")
            rank = ROAD_START_RANK
        if stated:   # the place and precision the report's coder chose
            rank, relation = -1, STATED_RELATION[stated.group(1)]
        side = _road_side(doc, start_i, lex) or _hyphen_road_side(doc, start_i, end_i, lex)
        if side is not None:   # "on the road from Gao to Ansongo": near the town it leads from, the other a landmark
            relation, rank = "near", 1 if side == "start" else 4
        elif any(o.end_i in (start_i, _name_opening(doc, start_i, end_i, country_ends)) for o in origins) and relation != "near" \
                and not handed_over:
            rank, relation = 3, "at"   # "rockets fired from Gaza towards Ashkelon": where they came from, after where they fell, and
            # no place the event is in ("des rebelles venus de Libye", after a French "de")
            label = ORIGIN if named_country else label   # "a rocket fired from Lebanon struck Metula": not even the event's country
        elif _in_an_earlier_event(doc, start_i, end_i, trigger_i, lex):
            rank = 3   # "after the massacre in Solhan": where the event before it was
        gone_to = _destination(doc, start_i, end_i, lex)
        if gone_to:
            rank, label = 5, gone_to   # "thousands fled towards Goma"
        where = Where(relation, label, _called_a_village(doc, sent, start_i, end_i, lex))
        out.append((rank, abs(first.start - anchor), Match(start_i, end_i, first.start, last.end, text, where)))
    countries = lex.countries.find(doc, sent)
    out += [(rank, abs(c.start - anchor), c) for rank, c in _capitals(doc, sent, lex, countries)
            if not _placed_near(doc, near, doc.tokens[c.start_i], lex, actor_words)]   # "au nord de la capitale": somewhere else
    named_parts = _named_parts(doc, sent, lex, countries)
    out = [o for o in out if not any(p.start_i <= o[2].start_i < p.end_i for p in named_parts)]
    out += [(0, abs(c.start - anchor), c) for c in named_parts]
    out += [(4, abs(c.start - anchor), c) for c in _country_parts(doc, sent, lex, countries)   # when no place is named
            if not any(c.start_i <= p.start_i < c.end_i for p in named_parts)]
    return [m for _, _, m in sorted(out, key=lambda t: (t[0], t[1]))]




def _name_opening(doc: Doc, start_i: int, end_i: int, country_ends: dict[int, int]) -> int:
    """Where the name of the place the span ends opens, with its article: "la bande de Gaza" of the span "Gaza"."""
    opening = min(start_i, country_ends.get(end_i, start_i))
    return opening - 1 if opening > 0 and doc.tokens[opening - 1].upos == "DET" else opening


def _capitals(doc: Doc, sent: list[Token], lex: Lexicon, countries: list[Match]) -> list[tuple[int, Match]]:
    """A country's capital named by the word for a capital and the country's adjective or name
    ("the Kenyan capital", "la capitale malienne", "the capital of Mali"): a candidate whose name
    is the country's code, labelled CAPITAL, which the resolver codes to that country's capital
    (a code in capitals is an acronym to the name lookups: it names no town and votes for none), or
    ARTICLE_COUNTRY for "the capital" alone; `countries`: the sentence's country names and demonyms.
    Each with its rank: a capital that owns the part named ("the Haitian capital's Solino neighborhood")
    comes after that part, for when the gazetteer does not know it."""
    out = []
    for tok in sent:
        owns_part = tok.i + 1 < len(doc.tokens) and doc.tokens[tok.i + 1].lower_text in POSSESSIVE_TOKENS
        if tok.lower_text not in lex.capital_words or _named_capital(doc, sent, tok, countries) and not owns_part:
            continue
        rank = OWNER_CAPITAL_RANK if owns_part else 0
        possessive = tok.i > sent[0].i and doc.tokens[tok.i - 1].lower_text in POSSESSIVE_TOKENS   # "Kenya's capital"
        owner = next((c for c in countries if c.end_i == tok.i - possessive or 0 < c.start_i - tok.i <= CAPITAL_REACH), None)
        if owner is not None:
            out.append((rank, Match(tok.i, tok.i + 1, tok.start, tok.end, owner.value, Where("in", CAPITAL))))
        elif tok.i > sent[0].i and doc.tokens[tok.i - 1].upos == "DET" and not (
                tok.i + 1 < len(doc.tokens) and doc.tokens[tok.i + 1].lower_text in lex.whose_words):
            # "in the capital": the article's country's (also beside a demonym that owns no capital: "des centaines de Tunisiens
            # ont manifesté dans le centre de la capitale"); not "the capital of Borno state", a region's
            out.append((rank, Match(tok.i, tok.i + 1, tok.start, tok.end, ARTICLE_COUNTRY, Where("in", CAPITAL))))
    return out


def _named_capital(doc: Doc, sent: list[Token], word: Token, countries: list[Match]) -> bool:
    """Whether the capital word is followed by the town's own name ("the Burundian capital Bujumbura",
    "la capitale économique, Abidjan") or by a part of it it owns ("the Haitian capital's Carrefour district"):
    that place is the event's, whichever town is the capital now."""
    country_words = {i for c in countries for i in range(c.start_i, c.end_i)}
    for tok in doc.tokens[word.i + 1:min(word.i + 1 + CAPITAL_REACH, sent[-1].i + 1)]:
        if tok.upos == "PROPN" and tok.i not in country_words:
            return True
        if not (tok.upos in ("ADJ", "PUNCT") or tok.i in country_words or tok.i == word.i + 1 and tok.lower_text in POSSESSIVE_TOKENS):
            return False
    return False


def _country_parts(doc: Doc, sent: list[Token], lex: Lexicon, countries: list[Match]) -> list[Match]:
    """The part of a country a sentence names ("dans le nord-ouest du Cameroun", "in northern
    Uganda", "dans le nord du pays", or "dans le sud-est" alone): a candidate named by the country's
    code (ARTICLE_COUNTRY for the article's own) and the direction ("CM north-west"), labelled
    DIRECTION, which the resolver codes to the country's region of that name, if any, or the region
    that lies that way."""
    out = []
    named = [(country.value, country) for country in countries]
    named += [(ARTICLE_COUNTRY, Match.of_token(t)) for t in sent if t.lower_text in lex.country_words]   # "du pays"
    for cc, country in named:
        part = lex.direction_before.search(doc.text, sent[0].start, country.start)
        first = next((t for t in sent if part and t.start <= part.start(1) < t.end), None)
        if first is not None:
            out.append(_part_of(first, doc.tokens[country.end_i - 1], cc, part.group(1), lex))
    for alone in ([] if out else lex.direction_alone.finditer(doc.text, sent[0].start, sent[-1].end)):
        # "dans le sud-est, non loin de la frontière": the article's country's part, though the sentence does not name it
        word = next((t for t in sent if t.start <= alone.start(1) < t.end), None)
        after = doc.tokens[word.i + 1] if word is not None and word.i < sent[-1].i else None
        if word is not None and (after is None or after.upos not in ("NOUN", "PROPN") and after.lower_text not in lex.whose_words):
            out.append(_part_of(word, word, ARTICLE_COUNTRY, alone.group(1), lex))
    return out


def _part_of(first: Token, last: Token, cc: str, direction: str, lex: Lexicon) -> Match:
    """The DIRECTION candidate of the words from `first` to `last`: the country's code and the direction ("CM north-west")."""
    return Match(first.i, last.i + 1, first.start, last.end, f"{cc} {lex.directions[direction.lower()]}", Where("region", DIRECTION))


def _named_parts(doc: Doc, sent: list[Token], lex: Lexicon, countries: list[Match]) -> list[Match]:
    """A region named after its direction ("la région de l'Est", "la région camerounaise du Nord-Ouest",
    "the Far North region"): that part of the country the adjective beside it names, else of the
    article's country (a DIRECTION candidate, as `_country_parts`), not a namesake place abroad."""
    out = []
    for found in lex.named_direction.finditer(doc.text, sent[0].start, sent[-1].end):
        word = found.group("dir") or found.group("dir_first")
        if not word[0].isupper():
            continue   # "la région de l'est du pays": the country's east, which `_country_parts` reads
        tokens = [t for t in sent if found.start() <= t.start < found.end()]
        owner = next((c.value for c in countries if found.start() <= c.start and c.end <= found.end()), ARTICLE_COUNTRY)
        out.append(_part_of(tokens[0], tokens[-1], owner, word, lex))
    return out


@dataclass(frozen=True)
class PlaceCandidate:
    name: str
    relation: str      # in, near, region, at
    own: bool          # named in the mention's own sentence (else elsewhere in the article)
    label: str = ""    # LOC, PER: what the recogniser took it for, "" when it gave no label
    village: bool = False   # the text calls it a village: no city of its name


CAPITAL = "CAPITAL"   # a candidate that is a country's capital, named by the country's code
DIRECTION = "DIRECTION"   # a candidate that is a part of a country: its code and the direction ("CM north-west")
ARTICLE_COUNTRY = "#"     # the code of a DIRECTION in the country the article is about ("dans le nord du pays": "# north"); not a LABEL_MARK
ASIDE = "ASIDE"   # a country named as who spoke ("Israël n'a pas commenté") or whose a thing is ("U.S. troops"): not where
DESTINATION = "DESTINATION"   # where people went ("fled towards Goma"): never the event's place, though the text still names it
ORIGIN = "ORIGIN"   # a country a weapon or attackers came from ("a rocket fired from Lebanon"), or whose embassy was where the event was:
# neither the event's place nor its country
LABEL_MARK = {"LOC": "!", "PER": "%", CAPITAL: "&", DIRECTION: "*", ASIDE: "?", DESTINATION: ">", ORIGIN: "<"}
VILLAGE_MARK = "+"
NO_PLACE = {CAPITAL, DIRECTION, ASIDE, DESTINATION, ORIGIN}   # candidates that are no evidence of the event's country (named by a country's code,
# aside, gone to or come from)


def encode(candidate: Match, own: bool) -> str:
    """A candidate as text for the mentions dataset: '@' from elsewhere in the article, '!' a
    recognised location or '%' a recognised person, '+' a place the text calls a village, then '~'
    near, '^' region or '=' after a place preposition, then the name."""
    where = candidate.value
    return ("" if own else "@") + LABEL_MARK.get(where.label, "") + (VILLAGE_MARK if where.village else "") + PREFIX[where.relation] + candidate.text


def decode(text: str | None, separator: str) -> list[PlaceCandidate]:
    out = []
    for item in (text or "").split(separator):
        own = not item.startswith("@")
        item = item.lstrip("@")
        label = next((lab for lab, mark in LABEL_MARK.items() if item.startswith(mark)), "")
        item = item.lstrip("".join(LABEL_MARK.values()))
        village = item.startswith(VILLAGE_MARK)
        item = item.lstrip(VILLAGE_MARK)
        relation = next((r for r, p in PREFIX.items() if p and item.startswith(p)), "at")
        name = item.lstrip("~^=")
        if name:
            out.append(PlaceCandidate(name, relation, own, label, village))
    return out
