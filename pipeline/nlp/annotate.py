"""The annotate stage: the one expensive step, cached apart from the cheap ones.

Articles are parsed in batches, per language with the backend and model named in params. Rows of
the previous annotations file are reused for every article whose text and model are unchanged, so
adding articles parses only the new ones and changing an extraction rule re-parses nothing.
A batch the NLP library raises on (a text its tokenizer or tagger trips on) is parsed again one
article at a time: only the article at fault is left out, listed in the stage's failures table,
and parsed again on the next run. Long texts are parsed in chunks (at line breaks, else at spaces) so that one huge article or one
30,000-token "sentence" cannot exhaust memory.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pyarrow.parquet as pq

from pipeline.errors import UserError
from pipeline.failures import Failures
from pipeline.io import ParquetSink, iter_rows
from pipeline.nlp.backend import NlpBackend, get_backend
from pipeline.nlp.doc import Doc, Token, doc_to_rows
from pipeline.params import AnnotateParams


@dataclass
class AnnotateStats:
    articles: int = 0
    parsed: int = 0
    reused: int = 0
    tokens: int = 0

    def line(self) -> str:
        return f"annotate: {self.articles} articles, {self.parsed} parsed, {self.reused} reused from cache, {self.tokens} tokens"


DATE_HEADER = re.compile(r"\s*date:?\s+\d{4}-\d\d(?:-\d\d)?(?=\s)", re.IGNORECASE)
CHUNK_RULES = "lines,date-header,lowercase-wraps"   # part of the cache key: texts cut by older rules are parsed again
SENTENCE_END = re.compile(r"[.!?:;»\"”)\]]\s*$")


def _wrapped(text: str, previous: tuple[int, int], start: int) -> bool:
    """Whether the line at `start` goes on the sentence of the line before it: a hard-wrapped
    wire ("...has recaptured two\nnortheastern towns"), not a new paragraph or a title (a
    title runs into a capitalised lead)."""
    return (text[previous[1]:start] == "\n" and not SENTENCE_END.search(text[previous[0]:previous[1]])
            and text[start:start + 1].islower())


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, hard-wrapped lines joined into their paragraph; a leading date
    header ("date 2023-05 Deux (2) décès...") is a line of its own, or the parser makes one
    sentence of it and the lead."""
    header = DATE_HEADER.match(text)
    cut = header.end() if header else None
    lines: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        if cut is not None and line.start() < cut < line.end():
            lines += [(line.start(), cut), (cut, line.end())]
        elif lines and _wrapped(text, lines[-1], line.start()):
            lines[-1] = (lines[-1][0], line.end())
        else:
            lines.append((line.start(), line.end()))
    return lines


def chunk_text(text: str, max_chars: int) -> list[tuple[int, str]]:
    """(offset, chunk) pieces: each line (paragraph) on its own, so that no sentence spans a
    line break, and lines longer than max_chars cut at a space."""
    chunks = []
    for pos, end_of_line in _lines(text):
        while pos < end_of_line:
            end = min(end_of_line, pos + max_chars)
            if end < end_of_line:
                cut = text.rfind(" ", pos + max_chars // 2, end)
                end = cut + 1 if cut >= 0 else end
            if text[pos:end].strip():
                chunks.append((pos, text[pos:end]))
            pos = end
    return chunks


def join_chunks(chunks: list[tuple[int, list[Token]]]) -> list[Token]:
    tokens: list[Token] = []
    for offset, parsed in chunks:
        base, sent_base = len(tokens), (tokens[-1].sent + 1 if tokens else 0)
        tokens.extend(Token(t.i + base, t.sent + sent_base, t.start + offset, t.end + offset, t.text, t.lemma,
                            t.upos, t.feats, t.head + base, t.deprel, t.ent_iob, t.ent_type) for t in parsed)
    return tokens


class Annotator:
    """Parses articles with the backend configured for their language."""

    def __init__(self, params: AnnotateParams):
        self.params = params
        self._backends: dict[str, NlpBackend] = {}

    def backend(self, lang: str) -> NlpBackend:
        if lang not in self._backends:
            choice = self.params.backends.get(lang)
            if choice is None:
                raise UserError(f"no NLP backend for language '{lang}'; add it under annotate.backends in params.yaml")
            self._backends[lang] = get_backend(choice.backend)(lang, choice.model, self.params)
        return self._backends[lang]

    def parse(self, articles: list[dict]) -> Iterator[tuple[dict, Doc, str]]:
        by_lang: dict[str, list[dict]] = {}
        for article in articles:
            by_lang.setdefault(article["language"], []).append(article)
        for lang, group in by_lang.items():
            backend = self.backend(lang)
            pieces = [(n, offset, chunk) for n, a in enumerate(group)
                      for offset, chunk in chunk_text(a["text"], self.params.max_chunk_chars)]
            parsed: dict[int, list] = {n: [] for n in range(len(group))}
            for (n, offset, _), tokens in zip(pieces, backend.parse(chunk for _, _, chunk in pieces)):
                parsed[n].append((offset, tokens))
            for n, article in enumerate(group):
                yield article, Doc(article["article_id"], article["text"], join_chunks(parsed[n])), self.signature(lang)

    def signature(self, lang: str) -> str:
        """What made an article's parse: the backend, its model and the chunk rules."""
        return f"{self.backend(lang).signature};{CHUNK_RULES}"


def _cached_keys(path: Path) -> dict[str, tuple[str, str]]:
    if not path.exists():
        return {}
    try:
        table = pq.read_table(path, columns=["article_id", "text_sha1", "nlp"])
    except Exception:  # an unreadable cache is just a cold cache
        return {}
    return {a: (s, n) for a, s, n in zip(*(table.column(c).to_pylist() for c in ("article_id", "text_sha1", "nlp")))}


def annotate(articles_path, out_path, failures_path, params: AnnotateParams, log=print) -> AnnotateStats:
    out_path = Path(out_path)
    cached = _cached_keys(out_path)
    annotator = Annotator(params)
    stats = AnnotateStats()
    with ParquetSink(out_path, "annotations") as sink, Failures(failures_path, "annotate") as failures:
        batch: list[dict] = []
        for article in iter_rows(articles_path, batch_size=params.batch_size):
            batch.append(article)
            if len(batch) >= params.batch_size:
                _annotate_batch(batch, annotator, cached, out_path, sink, stats, failures)
                batch = []
        if batch:
            _annotate_batch(batch, annotator, cached, out_path, sink, stats, failures)
    log(stats.line() + failures.line())
    return stats


def _parse(annotator: Annotator, articles: list[dict], failures: Failures) -> dict[str, tuple[Doc, str]]:
    """Each article's parse and its signature; a batch that raises is parsed article by article,
    each article that raises alone listed in failures."""
    try:
        return {a["article_id"]: (doc, sig) for a, doc, sig in annotator.parse(articles)}
    except UserError:
        raise
    except Exception:   # noqa: BLE001 (which article tripped the library is found below, one by one)
        parsed = {}
        for article in articles:
            for a, doc, sig in failures.run(article["article_id"], lambda: list(annotator.parse([article]))):
                parsed[a["article_id"]] = (doc, sig)
        return parsed


def _annotate_batch(batch, annotator, cached, cache_path, sink, stats, failures) -> None:
    reusable = {a["article_id"] for a in batch
                if cached.get(a["article_id"]) == (a["text_sha1"], annotator.signature(a["language"]))}
    reused_rows: dict[str, list[dict]] = {}
    if reusable:
        table = pq.read_table(cache_path, filters=[("article_id", "in", sorted(reusable))])
        for row in table.to_pylist():
            reused_rows.setdefault(row["article_id"], []).append(row)
    fresh = _parse(annotator, [a for a in batch if a["article_id"] not in reusable], failures)
    for article in batch:  # input order, whatever came from the cache
        aid = article["article_id"]
        stats.articles += 1
        if aid in reusable:
            rows = sorted(reused_rows.get(aid, []), key=lambda r: r["i"])
            stats.reused += 1
        elif aid not in fresh:   # listed in failures
            continue
        else:
            doc, signature = fresh[aid]
            rows = doc_to_rows(doc, article["text_sha1"], signature)
            stats.parsed += 1
        sink.write(rows)
        stats.tokens += len(rows)
