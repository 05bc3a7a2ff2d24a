"""Schemas as contracts: every dataset validated on write, described in its Parquet file."""
import json
import os
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

from pipeline.io import SCHEMA_DIR, ParquetSink, SchemaViolation, _temp_path, load_schema, write_rows

SCHEMAS = sorted(p.stem for p in SCHEMA_DIR.glob("*.json"))


def test_one_schema_per_dataset():
    assert SCHEMAS == ["annotations", "articles", "events", "failures", "mentions", "rejects"]


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


def test_a_write_in_progress_elsewhere_keeps_its_temporary_file_and_a_killed_writes_leftover_goes(tmp_path):
    path = tmp_path / "gazetteer.parquet"
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True)
    leftover = tmp_path / f".gazetteer.parquet.{finished.stdout.strip()}.abc.tmp"   # its writer is gone: a killed write's
    other = tmp_path / f".gazetteer.parquet.{os.getppid()}.def.tmp"   # its writer still runs: another process's write
    leftover.write_bytes(b"")
    other.write_bytes(b"")
    mine = _temp_path(path)
    assert other.exists() and mine.exists() and not leftover.exists()   # the other's file was removed, and its rename crashed
