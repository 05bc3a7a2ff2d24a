"""Articles a stage could not process. A bug that one article trips must neither stop a corpus run
nor drop the article unseen: the stage writes its rows for every other article and lists each failed
one, with the error and where it was raised, in a failures table beside its output
(schemas/failures.json)."""
from __future__ import annotations

import traceback
from pathlib import Path
from typing import Callable

from pipeline.errors import UserError
from pipeline.io import ParquetSink

REPO_ROOT = Path(__file__).resolve().parent.parent   # "where" is told from here: "pipeline/resolve/places.py:754 in _whole"


class Failures:
    """A stage's failures table, written as the stage goes (empty when every article went through)."""

    def __init__(self, path: str | Path, stage: str):
        self.path, self.stage, self.count = Path(path), stage, 0
        self._sink = ParquetSink(path, "failures")

    def __enter__(self) -> "Failures":
        self._sink.__enter__()
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self._sink.__exit__(exc_type, exc, tb)

    def run(self, article_id: str, work: Callable[[], list]) -> list:
        """The article's rows, or none when its work raises, the article then listed. A user
        error (a model not installed) is the run's, not the article's: it stops the stage."""
        try:
            return work()
        except UserError:
            raise
        except Exception as exc:   # noqa: BLE001 (whatever an article trips is listed, never raised: the run goes on)
            self._sink.write([failure_row(self.stage, article_id, exc)])
            self.count += 1
            return []

    def line(self) -> str:
        """What the stage's log line adds: nothing, or how many articles failed and where they are listed."""
        return f"; {self.count} article(s) failed, listed in {self.path}" if self.count else ""


def failure_row(stage: str, article_id: str, exc: Exception) -> dict:
    """The failures row of an exception: its type and message, and the innermost frame of the project's own code."""
    frames = traceback.extract_tb(exc.__traceback__)
    own = [f for f in frames if Path(f.filename).resolve().is_relative_to(REPO_ROOT)] or frames
    frame = own[-1]
    path = Path(frame.filename).resolve()
    shown = path.relative_to(REPO_ROOT).as_posix() if path.is_relative_to(REPO_ROOT) else path.name
    return {"stage": stage, "article_id": article_id, "error": f"{type(exc).__name__}: {exc}",
            "raised_at": f"{shown}:{frame.lineno} in {frame.name}"}
