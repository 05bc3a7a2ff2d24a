"""stanza backend: Universal Dependencies parses for ~70 languages, CPU or GPU.

Its models come from stanza's model hub through `python -m pipeline models download`, into the
folder `annotate.stanza_dir`; at run time nothing is downloaded unless `annotate.allow_download`.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from pipeline.errors import UserError
from pipeline.nlp.backend import NlpBackend, common_label, register_backend
from pipeline.nlp.doc import Token

PROCESSORS = "tokenize,mwt,pos,lemma,depparse,ner"


def _import_stanza():
    try:
        import stanza
    except ImportError as exc:
        raise UserError('stanza is not installed; run: pip install -e ".[stanza]"') from exc
    return stanza


def bioes_to_iob(tag: str | None) -> tuple[str, str]:
    """stanza's BIOES tag ('S-LOC', 'E-PER') -> (IOB position, common label)."""
    if not tag or tag == "O" or "-" not in tag:
        return "O", ""
    position, label = tag.split("-", 1)
    return ("B" if position in ("B", "S") else "I"), common_label(label)


def tokens_from_stanza(doc) -> list[Token]:
    """A stanza Document -> our tokens. Words of a multi-word token ('du' = 'de' + 'le') each
    keep the surface token's character offsets, so evidence always points at real text."""
    tokens: list[Token] = []
    for sent_index, sentence in enumerate(doc.sentences):
        base = len(tokens)
        for token in sentence.tokens:
            iob, label = bioes_to_iob(token.ner)
            for n, word in enumerate(token.words):
                local = word.id - 1
                tokens.append(Token(
                    i=base + local, sent=sent_index, start=token.start_char, end=token.end_char,
                    text=word.text, lemma=(word.lemma or word.text).lower(), upos=word.upos or "X",
                    feats=word.feats or "", head=base + (word.head - 1 if word.head else local),
                    deprel=word.deprel or "dep",
                    ent_iob="I" if (iob == "B" and n > 0) else iob, ent_type=label,
                ))
    return tokens


def model_dir(params) -> Path:
    return Path(params.stanza_dir)


@lru_cache(maxsize=None)
def load_stanza(lang: str, package: str, directory: str, allow_download: bool, use_gpu: bool):
    stanza = _import_stanza()
    if not allow_download and not (Path(directory) / lang).is_dir():
        raise UserError(f"stanza model for '{lang}' not found in {directory}; run: "
                        f"python -m pipeline models download --backend stanza --lang {lang}")
    method = stanza.DownloadMethod.REUSE_RESOURCES if allow_download else None
    try:
        return stanza.Pipeline(lang=lang, package=package, processors=PROCESSORS, dir=directory,
                               download_method=method, use_gpu=use_gpu, logging_level="WARN")
    except (OSError, ValueError, FileNotFoundError) as exc:
        raise UserError(f"stanza model for '{lang}' could not be loaded from {directory} ({exc}); run: "
                        f"python -m pipeline models download --backend stanza --lang {lang}") from exc


def download(lang: str, directory: str, package: str = "default") -> None:
    stanza = _import_stanza()
    stanza.download(lang, model_dir=directory, package=package, processors=PROCESSORS)


@register_backend("stanza")
class StanzaBackend(NlpBackend):
    def parse(self, texts: Iterable[str]) -> Iterator[list[Token]]:
        stanza = _import_stanza()
        package = "default" if self.model in ("", "default") else self.model
        nlp = load_stanza(self.lang, package, str(model_dir(self.params)), self.params.allow_download, self.params.use_gpu)
        texts = list(texts)
        docs = nlp.bulk_process([stanza.Document([], text=t) for t in texts])
        for doc in docs:
            yield tokens_from_stanza(doc)

    @classmethod
    def installed_models(cls, params) -> list[str]:
        directory = model_dir(params)
        return sorted(p.name for p in directory.iterdir() if p.is_dir()) if directory.is_dir() else []
