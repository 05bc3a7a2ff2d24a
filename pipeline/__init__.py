"""Raw news articles -> ACLED-style conflict event data (see README.md)."""
