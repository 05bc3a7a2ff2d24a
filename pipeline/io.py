"""One place for dataset IO: schemas from `schemas/`, validated atomic Parquet writes, batched reads.

Every dataset the pipeline writes has a JSON schema in `schemas/NAME.json` listing each field with
its type and a description. Writes are validated against it, carry the descriptions as Parquet
field metadata, and go to a temporary file that is renamed into place, so a killed stage leaves
the previous complete file or none.
"""
from __future__ import annotations

import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.errors import UserError

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"
if not SCHEMA_DIR.is_dir():  # installed without the source tree: schemas ship inside the package
    SCHEMA_DIR = Path(__file__).resolve().parent / "schemas"

EVIDENCE_TYPE = pa.struct([
    ("field", pa.string()),
    ("article_id", pa.string()),
    ("start", pa.int32()),
    ("end", pa.int32()),
    ("text", pa.string()),
])

_SIMPLE_TYPES = {
    "string": pa.string(),
    "int32": pa.int32(),
    "int64": pa.int64(),
    "float64": pa.float64(),
    "bool": pa.bool_(),
    "date": pa.date32(),
    "list<string>": pa.list_(pa.string()),
    "list<int32>": pa.list_(pa.int32()),
    "list<evidence>": pa.list_(EVIDENCE_TYPE),
}


class SchemaViolation(ValueError):
    """Raised when rows do not match their dataset's schema: a bug in the stage, not bad input."""


@lru_cache(maxsize=None)
def load_schema(name: str) -> pa.Schema:
    """The Arrow schema of dataset `name`, with each field's description in its metadata."""
    spec = json.loads((SCHEMA_DIR / f"{name}.json").read_text(encoding="utf-8"))
    fields = []
    for f in spec["fields"]:
        meta = {"description": f["description"]}
        if "enum" in f:
            meta["enum"] = json.dumps(f["enum"])
        fields.append(pa.field(f["name"], _SIMPLE_TYPES[f["type"]], nullable=f.get("nullable", True), metadata=meta))
    return pa.schema(fields, metadata={"dataset": name, "description": spec["description"]})


def to_table(rows: list[dict], schema_name: str) -> pa.Table:
    """Rows as a validated Arrow table: types, non-null fields and enumerated values checked."""
    schema = load_schema(schema_name)
    extra = {k for r in rows[:1] for k in r} - set(schema.names)
    if extra:
        raise SchemaViolation(f"{schema_name}: fields not in the schema: {sorted(extra)}")
    try:
        table = pa.Table.from_pylist(rows, schema=schema)
    except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
        raise SchemaViolation(f"{schema_name}: {exc}") from exc
    validate(table, schema_name)
    return table


def validate(table: pa.Table, schema_name: str) -> None:
    schema = load_schema(schema_name)
    if table.schema.names != schema.names:
        raise SchemaViolation(f"{schema_name}: columns {table.schema.names} != schema {schema.names}")
    for field in schema:
        column = table.column(field.name)
        if not field.nullable and column.null_count:
            raise SchemaViolation(f"{schema_name}.{field.name}: {column.null_count} null values in a required field")
        if b"enum" in (field.metadata or {}):
            allowed = set(json.loads(field.metadata[b"enum"]))
            bad = {v for v in column.to_pylist() if v is not None and v not in allowed}
            if bad:
                raise SchemaViolation(f"{schema_name}.{field.name}: values outside the schema: {sorted(map(str, bad))[:5]}")


def _temp_path(path: Path) -> Path:
    """A fresh temporary file beside `path`, named with this process's id; leftovers of a killed earlier write are
    removed, not the file another running process is writing now (two runs building the shared gazetteer cache at once)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in path.parent.glob(f".{path.name}.*.tmp"):
        if not _writer_alive(stale, path):
            stale.unlink(missing_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    return Path(tmp)


def _writer_alive(temp: Path, path: Path) -> bool:
    """Whether the temporary file's writer (the process id in its name) is another process still running."""
    pid = temp.name[len(path.name) + 2:].split(".")[0]
    if not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True   # running, under another user
    return True


def write_rows(rows: list[dict], path: str | Path, schema_name: str) -> int:
    """Validate `rows` against the schema and write them atomically as one Parquet file."""
    with ParquetSink(path, schema_name) as sink:
        sink.write(rows)
    return len(rows)


class ParquetSink:
    """Streams rows into one Parquet file, a row group per `batch_rows` rows; the file is renamed
    into place only on a clean exit."""

    def __init__(self, path: str | Path, schema_name: str, batch_rows: int = 5000):
        self.path = Path(path)
        self.schema_name = schema_name
        self.batch_rows = batch_rows
        self.rows_written = 0
        self._buffer: list[dict] = []

    def __enter__(self) -> "ParquetSink":
        try:
            self._tmp = _temp_path(self.path)
        except OSError as exc:
            raise UserError(f"cannot write to {self.path.parent}: {exc.strerror}; choose a writable output folder") from exc
        self._writer = pq.ParquetWriter(self._tmp, load_schema(self.schema_name), compression="zstd")
        return self

    def write(self, rows: list[dict]) -> None:
        self._buffer.extend(rows)
        if len(self._buffer) >= self.batch_rows:
            self._flush()

    def _flush(self) -> None:
        if self._buffer:
            self._writer.write_table(to_table(self._buffer, self.schema_name))
            self.rows_written += len(self._buffer)
            self._buffer = []

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self._flush()
        self._writer.close()
        if exc_type is None:
            os.replace(self._tmp, self.path)
        else:
            self._tmp.unlink(missing_ok=True)


def write_text(text: str, path: str | Path) -> None:
    """Atomic write of a small text file (metrics, plots, CSV exports)."""
    tmp = _temp_path(Path(path))
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def write_json(obj, path: str | Path) -> None:
    write_text(json.dumps(obj, indent=2, ensure_ascii=False, sort_keys=True) + "\n", path)


def iter_rows(path: str | Path, batch_size: int = 2048, columns: list[str] | None = None) -> Iterator[dict]:
    """Rows of a Parquet file as dicts, read batch by batch so a corpus never sits in memory."""
    parquet = pq.ParquetFile(path)
    for batch in parquet.iter_batches(batch_size=batch_size, columns=columns):
        yield from batch.to_pylist()


def read_rows(path: str | Path, columns: list[str] | None = None) -> list[dict]:
    return list(iter_rows(path, columns=columns))


def group_consecutive(rows: Iterable[dict], key: str) -> Iterator[tuple[str, list[dict]]]:
    """Group a stream of rows sorted by `key` (datasets are written grouped by article)."""
    current, group = None, []
    for row in rows:
        if group and row[key] != current:
            yield current, group
            group = []
        current = row[key]
        group.append(row)
    if group:
        yield current, group


def per_article(articles_path: str | Path, rows_path: str | Path) -> Iterator[tuple[dict, list[dict]]]:
    """(article, its rows) for every article, streaming both files (both in article order);
    an article with no rows gets an empty list."""
    articles = iter_rows(articles_path, batch_size=256)
    for article_id, rows in group_consecutive(iter_rows(rows_path), "article_id"):
        for article in articles:
            if article["article_id"] == article_id:
                yield article, rows
                break
            yield article, []
    for article in articles:
        yield article, []
