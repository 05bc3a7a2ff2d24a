"""Shared fixtures: real spaCy models, real Parquet files, real pipeline runs."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.events.build import events_for_article
from pipeline.extract.lexicon import load_lexicon
from pipeline.extract.stage import mentions_for_doc
from pipeline.layout import Layout
from pipeline.nlp.doc import Doc
from pipeline.nlp.annotate import Annotator
from pipeline.params import AnnotateParams, Params, ExtractParams, ResolveParams
from pipeline.resolve.corpus import Corpus
from pipeline.resolve.gazetteer import load_gazetteer
from pipeline.resolve.stage import resolve_article
from pipeline.runner import run_pipeline

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def parse():
    """parse(text, lang) -> Doc, with the real spaCy models (the annotate stage's own code)."""
    annotator = Annotator(AnnotateParams())

    def _parse(text: str, lang: str, article_id: str = "t") -> Doc:
        [(_, doc, _)] = annotator.parse([{"article_id": article_id, "text": text, "language": lang}])
        return doc

    return _parse


@pytest.fixture(scope="session")
def code_events(parse):
    """code_events(text, lang, published=None) -> event rows, through extract, resolve and events
    in memory (the same functions the stages call); `corpus`, what the rest of a corpus taught."""

    def _code(text: str, lang: str, published=None, article_id: str = "t", corpus: Corpus = Corpus()) -> list[dict]:
        from datetime import date

        doc = parse(text, lang, article_id)
        article = {"article_id": article_id, "text": text, "language": lang, "source": None,
                   "published": date.fromisoformat(published) if published else None}
        mentions = mentions_for_doc(doc, load_lexicon(lang), ExtractParams())
        resolved = resolve_article(article, mentions, ResolveParams(), load_gazetteer(), corpus)
        return events_for_article(article, resolved)

    return _code


@pytest.fixture
def run_records(tmp_path):
    """run_records([records]) -> Layout of a full in-process run on a JSONL file of records."""

    def _run(records: list[dict], params: Params | None = None) -> Layout:
        source = tmp_path / "input.jsonl"
        source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        layout = Layout(tmp_path / "out")
        run_pipeline([str(source)], layout, params or Params(), log=lambda line: None)
        return layout

    return _run
