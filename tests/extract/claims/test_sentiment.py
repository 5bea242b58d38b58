"""Quote sentiment (claimtrail/extract/claims/sentiment.py): VADER with news words added."""

from __future__ import annotations

from claimtrail.extract.claims.sentiment import score_sentiment


def test_sentiment_is_bounded_and_signed() -> None:
    assert score_sentiment("This is a wonderful, excellent result.") > 0.5
    assert score_sentiment("A terrible, disastrous decision.") < -0.5
    assert score_sentiment("   ") == 0.0


def test_the_news_additions_count() -> None:
    # "disgraceful" and "short-sighted" are among the words claimtrail adds to VADER's lexicon.
    assert score_sentiment("The deal is short-sighted.") < 0
    assert score_sentiment("Absolutely disgraceful.") < -0.3
