"""Recall split by the kind of gold quote, to show where a system loses.

PolNeAR marks direct and reported speech alike; the only visible difference is whether the
gold content contains a double quotation mark. textacy finds direct quotes only, so the split
shows how much of a gap is indirect speech.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimtrail.eval.quotes import DocScore, GoldQuote

# Double marks only: a single ’ is far more often an apostrophe than a quotation mark.
DOUBLE_QUOTE_MARKS = frozenset('"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033')
GOLD_KINDS = ("quoted", "unquoted")


def gold_kind(text: str, gold: GoldQuote) -> str:
    """``quoted`` when the gold content holds a double quotation mark, else ``unquoted``."""
    content = text[gold.start : gold.end]
    return "quoted" if any(ch in DOUBLE_QUOTE_MARKS for ch in content) else "unquoted"


def recall_by_gold_kind(scores: Iterable[DocScore]) -> dict[str, dict[str, float]]:
    """Per kind: gold count and overlap / exact / attribution recall."""
    tally = {kind: {"gold": 0, "paired": 0, "exact": 0, "attributed": 0} for kind in GOLD_KINDS}
    for score in scores:
        kinds = [gold_kind(score.doc.text, g) for g in score.doc.gold]
        for kind in kinds:
            tally[kind]["gold"] += 1
        for pair in score.pairs:
            counts = tally[kinds[pair.gold]]
            counts["paired"] += 1
            counts["exact"] += int(pair.exact)
            counts["attributed"] += int(pair.attributed)
    return {kind: _recalls(counts) for kind, counts in tally.items()}


def _recalls(counts: dict[str, int]) -> dict[str, float]:
    gold = counts["gold"]
    return {
        "gold": gold,
        **{
            f"{name}_recall": round(counts[name] / gold, 4) if gold else 0.0
            for name in ("paired", "exact", "attributed")
        },
    }
