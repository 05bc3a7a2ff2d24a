"""Ingest: raw files (JSONL, TXT + sidecar, CSV, HTML) -> articles dataset + rejects."""
