"""Language identification from stopword profiles (resources/common/stopwords.yaml).

News prose is dense in function words, so counting them tells French from English (and from the
other profiled languages) on a few sentences, with no model to download. A language is chosen
when it has at least 3 hits and clearly more than the runner-up, or, in a one-line report ("Gunmen
killed six people in Kidal on Monday."), 2 hits and none for any other language; otherwise 'und'.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.resources import load_common

WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=1)
def _profiles() -> dict[str, frozenset[str]]:
    return {lang: frozenset(words) for lang, words in load_common("stopwords").items()}


def detect_language(text: str) -> str:
    words = [w.lower() for w in WORD.findall(text[:5000])]
    scores = sorted(((sum(w in profile for w in words), lang) for lang, profile in _profiles().items()), reverse=True)
    (best, lang), (second, _) = scores[0], scores[1]
    return lang if (best >= 3 and best >= 1.5 * second) or (best >= 2 and second == 0) else "und"
