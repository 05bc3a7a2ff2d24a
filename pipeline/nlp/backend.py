"""The NLP backend interface and its registry.

A backend turns texts into lists of `Token`s (offsets relative to each text). Backends register
themselves by name with `@register_backend`, and `annotate` picks one per language from
`params.yaml` (annotate.backends): no if/else over backends anywhere else.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Iterable, Iterator

from pipeline.nlp.doc import Token
from pipeline.params import AnnotateParams

BACKENDS: dict[str, type["NlpBackend"]] = {}

# Common entity label set: every backend maps its model's labels onto these.
COMMON_LABELS = {
    "PER": "PER", "PERSON": "PER",
    "ORG": "ORG",
    "LOC": "LOC", "GPE": "LOC", "FAC": "LOC",
    "NORP": "NORP",
    "DATE": "DATE", "TIME": "DATE",
    "NUM": "NUM", "MISC": "MISC",
    "CARDINAL": "NUM", "QUANTITY": "NUM", "ORDINAL": "NUM", "MONEY": "NUM", "PERCENT": "NUM",
}


def common_label(label: str) -> str:
    return COMMON_LABELS.get(label, "MISC") if label else ""


def register_backend(name: str):
    def register(cls):
        cls.name = name
        BACKENDS[name] = cls
        return cls
    return register


class NlpBackend(ABC):
    """Provides: sentences, tokens with character offsets, lemmas, UPOS, features, dependency
    heads and relations, entity IOB tags in the common label set."""

    name: str = ""

    def __init__(self, lang: str, model: str, params: AnnotateParams):
        self.lang, self.model, self.params = lang, model, params

    @property
    def signature(self) -> str:
        return f"{self.name}:{self.model}"

    @abstractmethod
    def parse(self, texts: Iterable[str]) -> Iterator[list[Token]]:
        """One token list per text; `i`, `head` and `sent` local to that text."""

    @classmethod
    @abstractmethod
    def installed_models(cls, params: AnnotateParams) -> list[str]:
        """Models this backend can load here without a download."""


def get_backend(name: str) -> type[NlpBackend]:
    from pipeline.nlp import spacy_backend, stanza_backend  # noqa: F401  (registration)
    from pipeline.errors import UserError

    if name not in BACKENDS:
        raise UserError(f"unknown NLP backend '{name}' in params annotate.backends; available: {', '.join(sorted(BACKENDS))}")
    return BACKENDS[name]
