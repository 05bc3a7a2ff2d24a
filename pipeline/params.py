"""`params.yaml` as frozen dataclasses, checked once, so a bad value fails with one clear line."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path

import yaml

from pipeline.errors import UserError


@dataclass(frozen=True)
class IngestParams:
    inputs: tuple[str, ...] = ("data/raw",)
    max_chars: int = 100_000
    languages: tuple[str, ...] = ("fr", "en")


@dataclass(frozen=True)
class ModelChoice:
    backend: str
    model: str


@dataclass(frozen=True)
class AnnotateParams:
    batch_size: int = 32
    max_chunk_chars: int = 5000
    use_gpu: bool = False
    allow_download: bool = False
    stanza_dir: str = "models/stanza"
    backends: dict = field(default_factory=lambda: {
        "fr": ModelChoice("spacy", "fr_core_news_md"),
        "en": ModelChoice("spacy", "en_core_web_sm"),
    })


@dataclass(frozen=True)
class ExtractParams:
    min_score: float = 1.0


@dataclass(frozen=True)
class ResolveParams:
    default_country: str | None = None
    background_days: int = 30
    corpus_prior: bool = True
    prior_smoothing: float = 0.1
    prior_min_share: float = 0.4
    word_weight: float = 1.0


@dataclass(frozen=True)
class EvaluateParams:
    gold: dict = field(default_factory=dict)
    acled_dev_limit: int = 1500
    location_km: float = 25.0


@dataclass(frozen=True)
class Params:
    ingest: IngestParams = IngestParams()
    annotate: AnnotateParams = AnnotateParams()
    extract: ExtractParams = ExtractParams()
    resolve: ResolveParams = ResolveParams()
    evaluate: EvaluateParams = EvaluateParams()


def _build(cls, section: str, raw) -> object:
    raw = raw or {}
    if not isinstance(raw, dict):
        raise UserError(f"params.yaml: '{section}' must be a mapping")
    known = {f.name: f for f in fields(cls)}
    unknown = set(raw) - set(known)
    if unknown:
        raise UserError(f"params.yaml: unknown key(s) {sorted(unknown)} in '{section}'; known: {sorted(known)}")
    values = {}
    for name, value in raw.items():
        default = getattr(cls(), name)
        if isinstance(default, tuple):
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list):
                raise UserError(f"params.yaml: '{section}.{name}' must be a list")
            value = tuple(value)
        elif isinstance(default, bool):
            if not isinstance(value, bool):
                raise UserError(f"params.yaml: '{section}.{name}' must be true or false, not {value!r}")
        elif isinstance(default, (int, float)) and not isinstance(default, bool):
            if not isinstance(value, (int, float)) or isinstance(value, bool) or value < 0:
                raise UserError(f"params.yaml: '{section}.{name}' must be a non-negative number, not {value!r}")
        values[name] = value
    return cls(**values)


def parse_params(raw: dict) -> Params:
    raw = raw or {}
    unknown = set(raw) - {f.name for f in fields(Params)}
    if unknown:
        raise UserError(f"params.yaml: unknown section(s) {sorted(unknown)}")
    annotate_raw = dict(raw.get("annotate") or {})
    backends = annotate_raw.pop("backends", None)
    annotate = _build(AnnotateParams, "annotate", annotate_raw)
    if backends is not None:
        if not isinstance(backends, dict):
            raise UserError("params.yaml: 'annotate.backends' must map a language code to {backend, model}")
        choices = {}
        for lang, choice in backends.items():
            if not isinstance(choice, dict) or set(choice) != {"backend", "model"}:
                raise UserError(f"params.yaml: 'annotate.backends.{lang}' needs exactly 'backend' and 'model'")
            choices[str(lang)] = ModelChoice(str(choice["backend"]), str(choice["model"]))
        annotate = AnnotateParams(**{**annotate.__dict__, "backends": choices})
    return Params(
        ingest=_build(IngestParams, "ingest", raw.get("ingest")),
        annotate=annotate,
        extract=_build(ExtractParams, "extract", raw.get("extract")),
        resolve=_build(ResolveParams, "resolve", raw.get("resolve")),
        evaluate=_build(EvaluateParams, "evaluate", raw.get("evaluate")),
    )


def load_params(path: str | Path = "params.yaml") -> Params:
    path = Path(path)
    if not path.exists():
        return Params()
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise UserError(f"{path} is not valid YAML: {str(exc).splitlines()[0]}") from exc
    return parse_params(raw)
