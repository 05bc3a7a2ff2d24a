"""Which country (and, when it names no town, which region) an article is about, read from its
own evidence and from what the rest of the corpus teaches: the corpus's country shares, the
villages that articles sure of their country place, and the words those articles use (unions,
militias, ethnic groups, local institutions)."""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy as np

from pipeline.extract.lexicon import ETHNIC_GROUP, ETHNIC_MILITIA
from pipeline.extract.places import ASIDE, NO_PLACE, ORIGIN, dateline_name, decode
from pipeline.extract.stage import PLACE_SEPARATOR
from pipeline.io import iter_rows, per_article
from pipeline.params import ResolveParams
from pipeline.resolve.gazetteer import Gazetteer, Place, WithCorpusPlaces, key
from pipeline.resolve.places import (CAPITALISED, DEMONYM_WEIGHT, HINT_WEIGHT, article_countries, base_key, choose_place, hinted_place, is_local_name,
                                     name_variants, only_in_features, outside_features, shared_feature_countries, split_hints)
from pipeline.resources import demonyms, load_common, load_resource

CERTAIN_VOTES = 3.0     # an article this sure of its country (a country named, areas in brackets) teaches the corpus
CERTAIN_MARGIN = 1.5    # ... and this many times its runner-up's votes
LEARNED_SHARE = 0.8     # of the certain articles naming a village, those that agree on its country
LEARNED_WEIGHT = 1.0    # a village the corpus placed votes like a known town
OWN_FORCES = re.compile(r"\{country=([A-Z]{2})\}")   # an actor named by its country's demonym: forces, or civilians ("Nigerien miners")
OWN_FORCES_WEIGHT = 1.5   # votes for the country whose forces the article names by demonym
TOWN_ABROAD_POPULATION = 20_000   # ... unless their own sentence places them in a town this big of another country,
FORCES_REACH_KM = 500             # ... this close to their own (across the border: "Rwandan troops attacked Goma"),
CITY_ABROAD_POPULATION = 500_000  # ... or in a city this big anywhere (not "l'armée malienne près de Léré", a Nigerian namesake)
NAMESAKE_RATIO = 5                # a namesake at home this many times smaller is no home town ("Russian troops near Pokrovsk": Ukraine's)
WORD = re.compile(r"[^\W\d_]{3,}")
MIN_WORD_ARTICLES = 3   # a word the certain articles use fewer times teaches nothing
WORD_SHRINK = 20.0      # pulls a country's rate of a word toward the corpus's rate (pseudo-articles)
MIN_COUNTRY_ARTICLES = 10   # a country's words are learnt from at least this many certain articles
MIN_COUNTRY_SHARE = 0.01    # ... and this share of them: among thousands, ten articles' use of a common word reads as a
# mark of their country by chance ("dead" in 1 of Niger's 10 acled_dev notes made all the notes that name no place Niger's)
MIN_REGION_ARTICLES = 5     # a region's words, from at least this many articles placed in it
REGION_MIN_SHARE = 0.3      # an article that names no place gets the region its words point to if it is this likely
SHARES_SAMPLE = 20_000      # articles read, at most, to re-estimate a word model's label shares
SHARES_ROUNDS = 200         # EM rounds at most ...
SHARES_TOLERANCE = 1e-6     # ... stopping when no share moves more than this
SHARES_PSEUDO = 10.0        # the learnt shares count as this many articles among them (no label vanishes on weak words)


@lru_cache(maxsize=1)
def group_areas() -> dict[str, list[str]]:
    return {g["name"]: g.get("operates_in", []) for g in load_common("actor_groups")}


def _homelands_named(mentions: list[dict]) -> list[list[str]]:
    """The homelands of the ethnic groups whose militias or people the mentions name, once each
    ("Nuer Ethnic Group ({country})": South Sudan, Ethiopia; common/ethnic_homelands.yaml)."""
    homelands = load_common("ethnic_homelands")
    named = {part.split(ETHNIC_GROUP)[0].split(ETHNIC_MILITIA)[0] for m in mentions
             for field in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2") for part in (m[field] or "").split("; ")
             if ETHNIC_GROUP in part or ETHNIC_MILITIA in part}
    return [homelands[g] for g in sorted(named) if g in homelands]


def words_of(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text)}


@dataclass(frozen=True)
class WordModel:
    """A naive Bayes model of the words that the articles of each label (a country, a region)
    use: the words that mark a country or a region (its unions, militias, ethnic groups,
    institutions) are learnt from the corpus itself, in any language, with no list to maintain."""
    labels: Mapping[str, int] = field(default_factory=dict)                 # label -> articles
    words: Mapping[str, Mapping[str, int]] = field(default_factory=dict)    # word -> label -> articles using it
    shares: Mapping[str, float] = field(default_factory=dict)   # label -> its share of the articles the model decides (else of those it learnt from)

    @classmethod
    def learn(cls, labels: Counter, word_counts: dict[str, Counter], min_articles: int, min_share: float = 0.0) -> "WordModel":
        """The model of the labels with at least `min_articles` articles and `min_share` of them all."""
        total = sum(labels.values())
        kept = {label: n for label, n in sorted(labels.items()) if n >= max(min_articles, min_share * total)}
        words = {w: {label: n for label, n in sorted(c.items()) if label in kept} for w, c in sorted(word_counts.items())}
        return cls(kept, {w: c for w, c in words.items() if sum(c.values()) >= MIN_WORD_ARTICLES})

    def odds(self, text: str) -> dict[str, float]:
        """Each label's probability given the text's known words: its share of the articles,
        times how much likelier each word is in that label's articles than in the corpus's.
        Empty when the corpus taught no label."""
        if not self.labels:
            return {}
        total = sum(self.labels.values())
        shares = self.shares or {label: n / total for label, n in self.labels.items()}
        scores = {label: math.log(shares[label]) + ll for label, ll in self.likelihoods(text).items()}
        top = max(scores.values())
        weights = {label: math.exp(s - top) for label, s in scores.items()}
        total_weight = sum(weights.values())
        return {label: w / total_weight for label, w in weights.items()}

    def likelihoods(self, text: str) -> dict[str, float]:
        """Each label's log-likelihood ratio of the text's known words (how much likelier they
        are in that label's articles than in the corpus's)."""
        total = sum(self.labels.values())
        scores = dict.fromkeys(self.labels, 0.0)
        for word in sorted(words_of(text) & self.words.keys()):
            by_label = self.words[word]
            rate = sum(by_label.values()) / total
            for label, n in self.labels.items():
                scores[label] += math.log((by_label.get(label, 0) + WORD_SHRINK * rate) / (n + WORD_SHRINK) / rate)
        return scores

    def refit_shares(self, texts: Iterable[str]) -> "WordModel":
        """The model with its label shares re-estimated on the articles it will decide, by EM
        (Saerens, Latinne and Decaestecker 2002): it learnt from articles with place evidence,
        and a country reported through villages the gazetteer lacks is rarer among those than
        among the articles left to the words (on ACLED's Sahel notes, Burkina Faso's share of
        the articles with no place found is nearly twice its share of the others)."""
        labels = list(self.labels)
        likelihoods = np.array([[row[label] for label in labels] for row in map(self.likelihoods, texts)]) if labels else []
        if not len(likelihoods):
            return self
        likelihoods = np.exp(likelihoods - likelihoods.max(axis=1, keepdims=True))
        learnt = np.array([self.labels[label] for label in labels], dtype=float)
        learnt /= learnt.sum()
        shares = learnt
        for _ in range(SHARES_ROUNDS):
            posterior = likelihoods * shares
            posterior /= posterior.sum(axis=1, keepdims=True)
            refit = (posterior.sum(axis=0) + SHARES_PSEUDO * learnt) / (len(likelihoods) + SHARES_PSEUDO)
            moved = np.abs(refit - shares).max()
            shares = refit
            if moved < SHARES_TOLERANCE:
                break
        return replace(self, shares=dict(zip(labels, shares.round(9).tolist())))


@dataclass(frozen=True)
class Corpus:
    """What the whole corpus says about countries and regions, read in a first pass over it."""
    prior: Mapping[str, float] = field(default_factory=dict)   # country -> share of the articles
    learned: Mapping[str, str] = field(default_factory=dict)   # unknown place name (key) -> its country
    places: Mapping[str, Place] = field(default_factory=dict)  # unknown place name (key) -> the area it was bracketed with
    words: WordModel = field(default_factory=WordModel)     # country labels, from the articles with place evidence
    regions: WordModel = field(default_factory=WordModel)   # "CC|admin1" labels, from the articles whose place was found
    latest_year: int | None = None   # the latest publication year: a yearless "samedi 15 octobre" falls in or before it


def country_votes(article: dict, mentions: list[dict], gaz: Gazetteer, learned: Mapping[str, str] = {}) -> Counter:
    """The article's evidence for each country: the names it uses, its mentions' candidates and
    groups, and the villages other articles of the corpus placed in a country."""
    text, outside = article["text"], outside_features(article["text"])
    named = [c for m in mentions for c in decode(m["place_text"], PLACE_SEPARATOR) if not only_in_features(c.name, text, outside)]
    candidates = [c for c in named if c.label not in NO_PLACE]
    aside = frozenset(key(c.name) for c in named if c.label == ASIDE) - {key(c.name) for c in candidates}   # "Israël n'a pas commenté", "U.S. troops"
    came_from = frozenset(key(c.name) for c in named if c.label == ORIGIN) - {key(c.name) for c in candidates}   # "fired from Lebanon"
    origins = {p.cc for name in came_from for p in gaz.lookup(name) if p.kind == "country"}   # "rockets fired from Gaza": its group's
    # country is where they came from, and so are the lands of a group that fired from there ("a drone launched from Yemen by the Houthis")
    features = shared_feature_countries(article["text"])
    actor_hints = [areas for m in mentions for name in (m["actor1"], m["actor2"]) if name
                   for areas in [group_areas().get(name.replace(" ({country})", ""), [])] if areas and not set(areas) <= origins] \
        + _homelands_named(mentions) + [f for f in features if len(f) > 1]
    dateline = dateline_name(text)   # "MOGADISHU (Reuters) -": the bureau is no event's place, but mostly in its country
    names = list(dict.fromkeys([*(c.name for c in candidates), *([dateline.title()] if dateline else [])]))   # once each
    persons = frozenset(key(c.name) for c in candidates if c.label == "PER")
    doers = _doers(article["text"], mentions, gaz)
    villages = frozenset(key(c.name) for c in candidates if c.village)
    regions = frozenset(key(c.name) for c in candidates if c.relation == "region")
    votes = article_countries(article["text"], article["language"], gaz, names, actor_hints, persons,
                              doers | aside | came_from | _group_names(mentions, gaz), villages, regions)
    for cc in sorted({p.cc for name in aside - doers for p in gaz.lookup(name) if p.kind == "country"}):
        votes[cc] += DEMONYM_WEIGHT   # "at Bangladesh garment factories", "U.S. troops": as weak as "Bangladeshi", "American"
    for cc in sorted({f[0] for f in features if len(f) == 1}):
        votes[cc] += HINT_WEIGHT   # "in the Golan Heights", "in Donbas": a part of one country names it like its own name
        # (a lake several share only hints, as a group's lands do)
    for name in sorted({base_key(c.name) for c in candidates} & learned.keys()):   # sorted: vote order breaks ties
        votes[learned[name]] += LEARNED_WEIGHT
    adjectives = {key(w) for w in demonyms(article["language"])}
    abroad = {key(w) for w in load_resource(article["language"], "actors").get("abroad", [])}
    for cc in sorted({cc for m in mentions if key(m["actor1_text"] or "") not in doers and not m.get("background") and not _two_states(m)
                      for name, inter, text in ((m["actor1"], m["inter1"], m["actor1_text"]), (m["actor2"], m["inter2"], m["actor2_text"]))
                      if name and inter != "Civilians" and not _may_be_abroad(text, adjectives, abroad) and key(text or "") not in doers
                      for cc in OWN_FORCES.findall(name) if not _placed_abroad(m, cc, gaz) and cc not in origins}):   # not "Nigerien miners"
        # "l'armée colombienne": forces mostly fight at home; not "une frappe russe", "an Israeli drone
        # strike", forces named by their country's adjective alone, which strike across borders as often, nor
        # their warplanes and tanks, nor a coalition a country leads (actors.yaml `abroad`), nor forces of a recalled event
        # ("Eritrean troops had planted mines in the area during the war")
        votes[cc] += OWN_FORCES_WEIGHT
    for cc in sorted({cc for m in mentions if not m.get("background") for n in (1, 2) if m.get(f"inter{n}") != "Civilians"
                      for cc in OWN_FORCES.findall(m.get(f"assoc_actor_{n}") or "")
                      if set(OWN_FORCES.findall(m[f"actor{n}"] or "")) - {cc}}):
        votes[cc] += OWN_FORCES_WEIGHT   # "Burundian soldiers fighting alongside the Congolese army": the host's army, at home
    for cc in sorted({cc for m in mentions for name, inter in ((m["actor1"], m["inter1"]), (m["actor2"], m["inter2"]))
                      if inter == "Civilians" for cc in OWN_FORCES.findall(name or "")}):
        votes[cc] -= DEMONYM_WEIGHT   # "a Canadian national abducted": whose the victims are, not where
        if votes[cc] <= 0:
            del votes[cc]
    return votes


def _two_states(mention: dict) -> bool:
    """Whether the mention's two sides are the forces of two countries ("Chinese and Indian soldiers clashed"): one of them, at
    least, fights abroad, so neither votes for its home."""
    own = [set(OWN_FORCES.findall(mention[name] or "")) for name, inter in (("actor1", "inter1"), ("actor2", "inter2"))
           if mention[inter] != "Civilians"]
    return len(own) == 2 and all(own) and own[0] != own[1]


def _placed_abroad(mention: dict, cc: str, gaz: Gazetteer) -> bool:
    """The mention's own sentence puts it in a town of another country that country `cc` has no
    namesake of, near enough or big enough to be where its forces fought ("Rwandan troops attacked
    Goma", "des soldats russes ont bombardé Kherson"): forces abroad."""
    for c in decode(mention["place_text"], PLACE_SEPARATOR):
        places = gaz.lookup(c.name) if c.own and c.label not in NO_PLACE else []
        own_name = [p for p in places if not p.alt]   # by its own name, not another ("Cherso")
        other_name = [p for p in places if p.alt] if len({p.cc for p in places}) == 1 else []   # or one country's only ("Jénine")
        known = sorted(own_name or other_name, key=lambda p: -p.population)
        town = known[0] if known else None   # the biggest town so named (Goma in Congo, not the Philippine village)
        if town and town.population >= TOWN_ABROAD_POPULATION and all(p.kind != "country" for p in places) \
                and all(p.cc != cc or NAMESAKE_RATIO * p.population < town.population for p in known) \
                and (town.population >= CITY_ABROAD_POPULATION or gaz.km_to_country(cc, town.lat, town.lon) <= FORCES_REACH_KM):
            return True
    return False


def _may_be_abroad(text: str | None, adjectives: set[str], abroad: set[str]) -> bool:
    """Forces named by their country's adjective alone ("une frappe russe"), or by it and words
    for forces that fight abroad ("Russian warplanes"): no sign that they fight at home."""
    rest = " ".join(w for w in key(text or "").split() if w not in adjectives)
    return bool(text) and (not rest or rest in abroad)


def _without(shares: Mapping[str, float], dropped: frozenset[str]) -> dict[str, float]:
    """The shares of the other countries, summing to one again."""
    kept = {cc: p for cc, p in shares.items() if cc not in dropped}
    total = sum(kept.values())
    return {cc: p / total for cc, p in kept.items()} if total else {}


def _group_names(mentions: list[dict], gaz: Gazetteer) -> frozenset[str]:
    """The capitalised names in the words of the named groups the mentions found ("le gang Gran
    Grif"): a group's name, no evidence of place (Gran is a Norwegian town); and in a force's own
    words ("la Garde nationale": no Spanish town of Garde), but for a country they name ("the Mali army")."""
    return frozenset(key(n) for m in mentions for name, text in ((m["actor1"], m["actor1_text"]), (m["actor2"], m["actor2_text"]))
                     if name and text for n in CAPITALISED.findall(text)
                     if "{country" not in name or not any(p.kind == "country" for p in gaz.lookup(n)))


def _doers(text: str, mentions: list[dict], gaz: Gazetteer) -> frozenset[str]:
    """Countries the article names only as who struck ("la Russie a bombardé Kharkiv"), or whose weapons were stopped ("shot
    down 30 of the drones Russia launched"): no evidence of where the event was."""
    sides = [(m["actor1_text"], m["actor1"]) for m in mentions] + [(m["actor2_text"], m["actor2"]) for m in mentions
                                                                   if m.get("sub_event_type") == "Disrupted weapons use"]
    named = Counter(key(text) for text, name in sides if text and OWN_FORCES.search(name or "")
                    and any(p.kind == "country" for p in gaz.lookup(text)))
    keyed = key(text)
    return frozenset(k for k, n in named.items() if len(re.findall(rf"(?<!\w){re.escape(k)}(?!\w)", keyed)) <= n)


def certain_country(votes: Counter) -> str | None:
    """The country of an article whose evidence leaves no doubt, else None."""
    if not votes:
        return None
    (top, first), *rest = votes.most_common(2)
    return top if first >= CERTAIN_VOTES and (not rest or rest[0][1] * CERTAIN_MARGIN <= first) else None


def article_country(votes: Counter, prior: Mapping[str, float], params: ResolveParams, word_odds: Mapping[str, float] = {},
                    neighbours: frozenset[str] = frozenset()) -> str | None:
    """The best-supported country: the article's own votes, plus `word_weight` votes shared
    out by what its words say (`word_odds`, the corpus word model's probabilities), weighed by
    the corpus prior (its shares plus `prior_smoothing`, so that strong evidence for a country
    the corpus seldom names still wins). With no votes at all, the words' choice when they give
    it at least `prior_min_share`, else the corpus's main country when it holds that share.
    Words and prior never choose a country the article names only across the border (`neighbours`)
    and gives no other evidence for."""
    across = neighbours - votes.keys()
    if across:
        word_odds, prior = _without(word_odds, across), _without(prior, across)
    if not votes:
        for guess in (word_odds, prior):   # the words' choice when they are sure enough, else the corpus's main country
            top = max(sorted(guess), key=guess.__getitem__, default=None)
            if top and guess[top] >= params.prior_min_share:
                return top
        return params.default_country
    votes = Counter(votes)
    for cc, p in word_odds.items():
        votes[cc] += params.word_weight * p
    scores = {cc: v * (prior.get(cc, 0.0) + params.prior_smoothing) for cc, v in votes.items()} if prior else votes
    return max(scores, key=scores.__getitem__)   # ties: the first named


def _as_area(place: Place) -> Place:
    """A town that stands for the area around a village: found by the village's name, it is
    coded at geo_precision 2 like a district's town ("admin2" to choose_place)."""
    return replace(place, kind="admin2") if place.kind == "city" else place


def corpus_context(articles_path, mentions_path, gaz: Gazetteer, params: ResolveParams) -> Corpus:
    """The share of the corpus's articles whose own evidence points to each country (a hamlet
    that shares its name with one in Japan is in Japan only if the corpus is about Japan); the
    villages the gazetteer lacks (or knows only abroad) that articles certain of their country
    name ("Bartiebougou (Foutouri, Komondjari)" teaches that Bartiebougou is in Burkina Faso,
    "Solhan (Solhan, Yagha)" that this Solhan is not the Turkish town); and the words that mark
    each country, for the articles that name no place the gazetteer knows."""
    counts: Counter = Counter()
    seen: dict[str, Counter] = {}
    areas: dict[str, Counter] = {}
    certain: Counter = Counter()
    word_counts: dict[str, Counter] = {}
    latest_year = None
    for article, mentions in per_article(articles_path, mentions_path):
        if article["published"] is not None:
            latest_year = max(latest_year or 0, article["published"].year)
        votes = country_votes(article, mentions, gaz) if mentions else None
        if not votes:
            continue
        counts[votes.most_common(1)[0][0]] += 1
        top = certain_country(votes)
        if top is None:
            continue
        _count(certain, word_counts, top, words_of(article["text"]))
        unknown_here = lambda name: is_local_name(name) and not any(p.cc == top for v in name_variants(name) for p in gaz.lookup(v))  # noqa: E731
        for c in sorted({c for m in mentions for c in decode(m["place_text"], PLACE_SEPARATOR) if c.own and c.label not in NO_PLACE | {"PER"}},
                        key=lambda c: (c.name, c.relation)):
            for area in split_hints(c.name)[1]:   # "Koro (Zzyxna, Mopti)": Zzyxna, a commune GeoNames lacks, is Malian too
                if unknown_here(area.bare):
                    seen.setdefault(base_key(area.bare), Counter())[top] += 1
            if unknown_here(c.name):
                seen.setdefault(base_key(c.name), Counter())[top] += 1
                area, agreed = hinted_place(c, gaz, top)
                if agreed:   # the village lies in its bracketed area; a town spelt otherwise ("Baramulla") is that town
                    areas.setdefault(base_key(c.name), Counter())[area.place if area.precision == 1 else _as_area(area.place)] += 1
    total = sum(counts.values())
    prior = {cc: n / total for cc, n in sorted(counts.items())} if total else {}
    learned = {name: c.most_common(1)[0][0] for name, c in sorted(seen.items()) if c.most_common(1)[0][1] >= LEARNED_SHARE * sum(c.values())}
    places = {name: max(c.items(), key=lambda kv: (kv[1], kv[0].name))[0] for name, c in sorted(areas.items())}
    words, regions = _second_pass(articles_path, mentions_path, gaz, learned, places, prior, params,
                                  WordModel.learn(certain, word_counts, MIN_COUNTRY_ARTICLES, MIN_COUNTRY_SHARE))
    return Corpus(prior, learned, places, words, regions, latest_year)


def _second_pass(articles_path, mentions_path, gaz: Gazetteer, learned: Mapping[str, str], places: Mapping[str, Place],
                 prior: Mapping[str, float], params: ResolveParams, certain: WordModel) -> tuple[WordModel, WordModel]:
    """The word models of countries and regions, learnt from every article with some place
    evidence, each labelled with the country that its evidence and the certain articles' words
    choose (one step of semi-supervised naive Bayes), and with the region of the first town it
    names, among the villages the first pass placed too. The certain articles alone are a biased
    sample: those that name known towns, so a country reported through unknown villages is
    under-represented and its words under-learnt. Articles with no evidence at all stay out, so
    that the words' own guesses do not teach them back."""
    by_words = bool(certain.labels and params.word_weight)
    with_places = WithCorpusPlaces(gaz, places) if places else gaz
    labels: Counter = Counter()
    word_counts: dict[str, Counter] = {}
    placed: Counter = Counter()
    region_words: dict[str, Counter] = {}
    unplaced, unregioned = [], []   # the articles whose country, whose region, the words will choose
    for i, (article, mentions) in enumerate(per_article(articles_path, mentions_path)):
        if not mentions:
            continue
        votes = country_votes(article, mentions, gaz, learned)
        cc = article_country(votes, prior, params, certain.odds(article["text"]) if by_words else {}) if votes else None
        if cc is None:
            unplaced.append(i)
            unregioned.append(i)
            continue
        words = words_of(article["text"])
        _count(labels, word_counts, cc, words)
        region = _found_region(mentions, with_places, cc)
        if region:
            _count(placed, region_words, region, words)
        else:
            unregioned.append(i)
    countries = WordModel.learn(labels, word_counts, MIN_COUNTRY_ARTICLES, MIN_COUNTRY_SHARE) if by_words else certain
    regions = WordModel.learn(placed, region_words, MIN_REGION_ARTICLES)
    return countries.refit_shares(_texts(articles_path, unplaced)), regions.refit_shares(_texts(articles_path, unregioned))


def _texts(articles_path, positions: list[int]) -> Iterator[str]:
    """The texts of the articles at these positions, at most SHARES_SAMPLE of them spread evenly
    through the corpus (which may be sorted by country)."""
    wanted = set(positions[::max(1, math.ceil(len(positions) / SHARES_SAMPLE))])
    return (row["text"] for i, row in enumerate(iter_rows(articles_path, columns=["text"])) if i in wanted)


def _count(labels: Counter, word_counts: dict[str, Counter], label: str, words: set[str]) -> None:
    """One more article of `label`, using `words`."""
    labels[label] += 1
    for word in words:
        word_counts.setdefault(word, Counter())[label] += 1


def _found_region(mentions: list[dict], gaz: Gazetteer, cc: str) -> str | None:
    """"CC|admin1" of the first town the article's mentions name in its country, if any."""
    for m in mentions:
        place = choose_place(decode(m["place_text"], PLACE_SEPARATOR), gaz, cc)
        if place and place.precision < 3 and place.place.cc == cc and place.place.admin1:
            return f"{cc}|{place.place.admin1}"
    return None


def likely_region(odds: Mapping[str, float], cc: str, gaz: Gazetteer) -> Place | None:
    """The region that the words of an article naming no place point to, among its country's
    regions the corpus learnt, when it is at least REGION_MIN_SHARE likely: its seat (largest town)."""
    odds = {label: p for label, p in odds.items() if label.startswith(f"{cc}|")}
    if not odds:
        return None
    top = max(sorted(odds), key=odds.__getitem__)
    if odds[top] < REGION_MIN_SHARE * sum(odds.values()):
        return None
    return next((p for p in gaz.lookup(top.split("|", 1)[1]) if p.kind == "admin1" and p.cc == cc), None)
