"""Evaluation: run the pipeline on gold sets and score it field by field (DVC metrics and plots)."""
