"""Readers, one per input format, registered by file extension.

Each reader turns one file into `RawRecord`s: either the fields of an article or the reason the
record cannot be used. Readers never raise on bad content; only the caller's path errors are
user errors.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from pipeline.errors import UserError

ARTICLE_FIELDS = ("id", "text", "title", "url", "source", "published", "language")


@dataclass
class RawRecord:
    source_file: str
    locator: str
    fields: dict | None = None
    reject_code: str | None = None
    reject_reason: str | None = None
    flags: list[str] = field(default_factory=list)


# A reader gets the decoded file (text, repair flags) and yields its records.
READERS: dict[str, Callable[[Path, str, str, list[str]], Iterator[RawRecord]]] = {}


def reader(*extensions: str):
    def register(func):
        for ext in extensions:
            READERS[ext] = func
        return func
    return register


def decode(data: bytes) -> tuple[str | None, list[str], str | None]:
    """Bytes -> (text, repair flags, reason when the bytes are not text at all)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), ["decoded_utf16"], None
        except UnicodeDecodeError:   # an unpaired surrogate: the rest is still text
            return data.decode("utf-16", errors="replace"), ["decoded_utf16", "replaced_invalid_utf16"], None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    head = data[:8192]
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if b"\x00" in head or (head and controls / len(head) > 0.05):
        return None, [], "binary"
    try:
        return data.decode("utf-8"), [], None
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    if any(ord(c) > 0x7F and c != "\ufffd" for c in lenient):
        return lenient, ["replaced_invalid_utf8"], None
    try:
        return data.decode("cp1252"), ["decoded_latin1"], None
    except UnicodeDecodeError:
        return data.decode("latin-1"), ["decoded_latin1"], None


def _read_text_file(path: Path, source: str) -> tuple[str | None, list[str], RawRecord | None]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, [], RawRecord(source, "", reject_code="unreadable", reject_reason=f"cannot read file: {exc.strerror}")
    text, flags, problem = decode(data)
    if problem:
        return None, [], RawRecord(source, "", reject_code="binary", reject_reason="file holds binary data, not text")
    return text, flags, None


LONE_SURROGATE = re.compile("[\ud800-\udfff]")   # what a JSON "\\ud800" escape leaves: no UTF-8 encoding exists for it


def _pick(raw: dict) -> tuple[dict, list[str]]:
    """The article fields of a JSON object or CSV row, and the repairs made: numbers become strings
    (an id or a date given as a number), a list or object where a string belongs is dropped
    (flag "<field>_invalid"; a text that is no string stays, to be rejected), and lone surrogates,
    which no file can store, become U+FFFD (one character for one, so offsets hold)."""
    fields, flags = {}, []
    for key in ARTICLE_FIELDS:
        value = raw.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if isinstance(value, str):
            if LONE_SURROGATE.search(value):
                value = LONE_SURROGATE.sub("\ufffd", value)
                flags.append(f"{key}_surrogates_replaced")
            if value:
                fields[key] = value
        elif value is not None and key != "text":
            flags.append(f"{key}_invalid")
        elif value is not None:
            fields[key] = value
    return fields, flags


@reader(".jsonl", ".ndjson")
def read_jsonl(path: Path, source: str, text: str, flags: list[str]) -> Iterator[RawRecord]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        locator = f"line {number}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            yield RawRecord(source, locator, reject_code="malformed_json", reject_reason=f"not valid JSON: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(raw, dict):
            yield RawRecord(source, locator, reject_code="malformed_json", reject_reason="a JSONL line must be an object with a 'text' field")
            continue
        fields, repairs = _pick(raw)
        yield RawRecord(source, locator, fields=fields, flags=flags + repairs)


CSV_FIELD_LIMIT = 2**31 - 1   # a whole article may be one field: longer than the csv module's 131,072 characters (ingest truncates)


@reader(".csv")
def read_csv(path: Path, source: str, text: str, flags: list[str]) -> Iterator[RawRecord]:
    csv.field_size_limit(CSV_FIELD_LIMIT)
    rows = csv.DictReader(io.StringIO(text))
    if "text" not in (rows.fieldnames or []):
        yield RawRecord(source, "", reject_code="no_text_column",
                        reject_reason=f"CSV has no 'text' column (columns: {', '.join(rows.fieldnames or []) or 'none'})")
        return
    for number, row in enumerate(rows, start=2):
        fields, repairs = _pick(row)
        yield RawRecord(source, f"row {number}", fields=fields, flags=flags + repairs)


def _sidecar(path: Path) -> tuple[dict, list[str]]:
    sidecar = path.with_suffix(".json")
    if not sidecar.exists():
        return {}, []
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
        return _pick(meta) if isinstance(meta, dict) else ({}, ["sidecar_invalid"])
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return {}, ["sidecar_invalid"]


@reader(".txt")
def read_txt(path: Path, source: str, text: str, flags: list[str]) -> Iterator[RawRecord]:
    meta, meta_flags = _sidecar(path)
    yield RawRecord(source, "", fields={**meta, "text": text}, flags=flags + meta_flags)


@reader(".html", ".htm")
def read_html(path: Path, source: str, html: str, flags: list[str]) -> Iterator[RawRecord]:
    import trafilatura  # imported here: only HTML inputs pay for it

    page = trafilatura.bare_extraction(html, with_metadata=True, favor_recall=True)
    meta, meta_flags = _sidecar(path)
    fields = {"title": getattr(page, "title", None), "published": getattr(page, "date", None)}
    fields = {k: v for k, v in fields.items() if v}
    fields.update(meta)
    fields["text"] = getattr(page, "text", None) or ""
    yield RawRecord(source, "", fields=fields, flags=flags + meta_flags + ["markup_removed"])


def input_files(inputs: list[str] | tuple[str, ...]) -> Iterator[Path]:
    """Every file under the inputs, in a stable order; sidecars are read with their article."""
    for entry in inputs:
        path = Path(entry)
        if not path.exists():
            raise UserError(f"input path not found: {entry}; give an existing file or folder")
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if file.name.startswith("."):
                continue
            if file.suffix == ".json" and any(file.with_suffix(ext).exists() for ext in (".txt", ".html", ".htm")):
                continue
            yield file


def read_inputs(inputs) -> Iterator[RawRecord]:
    for file in input_files(inputs):
        source = str(file)
        read = READERS.get(file.suffix.lower())
        if read is None:
            yield RawRecord(source, "", reject_code="unsupported_format",
                            reject_reason=f"unsupported file type '{file.suffix}'; use .jsonl, .txt, .csv or .html")
            continue
        text, flags, rejected = _read_text_file(file, source)
        if rejected:
            yield rejected
        else:
            yield from read(file, source, text, flags)
