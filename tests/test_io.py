"""Schemas as contracts: every dataset validated on write, described in its Parquet file."""
import json

import pyarrow.parquet as pq
import pytest

from pipeline.io import SCHEMA_DIR, ParquetSink, SchemaViolation, load_schema, write_rows

SCHEMAS = sorted(p.stem for p in SCHEMA_DIR.glob("*.json"))


def test_one_schema_per_dataset():
    assert SCHEMAS == ["annotations", "articles", "events", "mentions", "rejects"]


@pytest.mark.parametrize("name", SCHEMAS)
def test_every_field_is_described(name):
    spec = json.loads((SCHEMA_DIR / f"{name}.json").read_text())
    assert spec["description"]
    assert all(len(f["description"]) > 10 for f in spec["fields"])


@pytest.mark.parametrize("name", SCHEMAS)
def test_parquet_carries_the_descriptions(tmp_path, name):
    path = tmp_path / f"{name}.parquet"
    write_rows([], path, name)
    schema = pq.read_schema(path)
    for field in load_schema(name):
        assert schema.field(field.name).metadata[b"description"] == field.metadata[b"description"]


def _reject(**overrides):
    row = {"stage": "ingest", "source_file": "a.jsonl", "source_locator": "line 1", "article_id": None,
           "reason_code": "empty", "reason": "text is empty", "duplicate_of": None}
    row.update(overrides)
    return row


def test_valid_rows_are_written(tmp_path):
    write_rows([_reject()], tmp_path / "r.parquet", "rejects")
    assert pq.read_table(tmp_path / "r.parquet").num_rows == 1


@pytest.mark.parametrize("bad", [{"reason": None}, {"reason_code": "not-a-code"}, {"source_locator": 3}, {"extra": 1}])
def test_invalid_rows_are_refused(tmp_path, bad):
    with pytest.raises(SchemaViolation):
        write_rows([_reject(**bad)], tmp_path / "r.parquet", "rejects")
    assert not (tmp_path / "r.parquet").exists()


def test_failed_write_keeps_the_previous_file_and_no_temporary(tmp_path):
    path = tmp_path / "r.parquet"
    write_rows([_reject()], path, "rejects")
    before = path.read_bytes()
    with pytest.raises(RuntimeError):
        with ParquetSink(path, "rejects") as sink:
            sink.write([_reject(), _reject()])
            raise RuntimeError("killed mid-write")
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["r.parquet"]
