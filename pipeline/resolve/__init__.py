"""Resolution: date expressions -> dates, place names -> gazetteer places, actor words -> ACLED names."""
