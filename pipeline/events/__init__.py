"""Events: resolved mentions -> one record per event (mentions of one event in an article merged)."""
