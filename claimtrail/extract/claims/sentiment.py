"""Sentiment of a quote, −1…1, from VADER (a lexicon model made for short social text).

VADER's lexicon has gaps on formal news words ("disgraceful" scores 0), so a few strongly
evaluative words it lacks are added with scores on its own −4…4 scale.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

LEXICON_ADDITIONS = {
    "disgraceful": -3.0,
    "shameful": -2.8,
    "reckless": -2.2,
    "short-sighted": -1.8,
    "sells": -0.3,
    "undeniable": 1.2,
    "unfounded": -1.2,
    "baseless": -1.8,
    "viable": 1.2,
    "prowess": 1.5,
    "affordable": 1.2,
    "uncomfortable": -1.0,
    "betrayal": -2.8,
}


@lru_cache(maxsize=1)
def _vader() -> Any:
    # Built once per process: the lexicon load takes ~50 ms and the object is read-only.
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    analyzer.lexicon.update(LEXICON_ADDITIONS)
    return analyzer


def score_sentiment(text: str) -> float:
    if not text.strip():
        return 0.0
    compound = float(_vader().polarity_scores(text)["compound"])
    return max(-1.0, min(1.0, round(compound, 4)))
