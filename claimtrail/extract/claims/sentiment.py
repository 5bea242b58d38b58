"""Sentiment of a quote, −1…1, from VADER (a lexicon model made for short social text).

VADER's lexicon has gaps on formal news words ("disgraceful" scores 0), so a few strongly
evaluative words it lacks are added with scores on its own −4…4 scale.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from claimtrail.vocabulary.stance import SENTIMENT_ADDITIONS


@lru_cache(maxsize=1)
def _vader() -> Any:
    # Built once per process: the lexicon load takes ~50 ms and the object is read-only.
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    analyzer.lexicon.update(SENTIMENT_ADDITIONS)
    return analyzer


def score_sentiment(text: str) -> float:
    if not text.strip():
        return 0.0
    compound = float(_vader().polarity_scores(text)["compound"])
    return max(-1.0, min(1.0, round(compound, 4)))
