"""Extraction: annotated documents -> event mentions (pure functions over `Doc` and `Lexicon`)."""
