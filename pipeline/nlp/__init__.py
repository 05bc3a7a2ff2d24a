"""NLP annotation behind one interface: backends registered by name (spaCy, stanza) produce the
same `Doc` of tokens, which is stored as the annotations dataset."""
