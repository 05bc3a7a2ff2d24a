"""Where each dataset lives under a data folder: the same layout for `dvc repro` (data/) and for
`python -m pipeline run --out DIR`."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Layout:
    root: Path

    @property
    def articles(self) -> Path:
        return self.root / "articles.parquet"

    @property
    def rejects(self) -> Path:
        return self.root / "rejects.parquet"

    @property
    def annotations(self) -> Path:
        return self.root / "interim" / "annotations.parquet"

    @property
    def annotate_failures(self) -> Path:
        return self.root / "interim" / "annotate_failures.parquet"

    @property
    def mentions(self) -> Path:
        return self.root / "interim" / "mentions.parquet"

    @property
    def extract_failures(self) -> Path:
        return self.root / "interim" / "extract_failures.parquet"

    @property
    def resolved(self) -> Path:
        return self.root / "interim" / "mentions_resolved.parquet"

    @property
    def resolve_failures(self) -> Path:
        return self.root / "interim" / "resolve_failures.parquet"

    @property
    def events(self) -> Path:
        return self.root / "events.parquet"

    @property
    def events_failures(self) -> Path:
        return self.root / "interim" / "events_failures.parquet"

    @property
    def export_csv(self) -> Path:
        return self.root / "exports" / "events_acled.csv"
