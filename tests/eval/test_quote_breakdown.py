"""Recall split by gold kind (with or without double quotation marks)."""

from __future__ import annotations

from claimtrail.eval.quote_breakdown import gold_kind, recall_by_gold_kind
from claimtrail.eval.quotes import DocQuotes, GoldQuote, PredQuote, score_doc

TEXT = "“We won,” Ann said. Bob said that it rained. It’s over."


def span(piece: str) -> tuple[int, int]:
    start = TEXT.index(piece)
    return start, start + len(piece)


def test_kind_follows_double_marks_not_apostrophes() -> None:
    assert gold_kind(TEXT, GoldQuote(*span("“We won,”"))) == "quoted"
    assert gold_kind(TEXT, GoldQuote(*span("that it rained"))) == "unquoted"
    assert gold_kind(TEXT, GoldQuote(*span("It’s over"))) == "unquoted"


def test_recall_per_kind() -> None:
    gold = [GoldQuote(*span("“We won,”"), *span("Ann")), GoldQuote(*span("that it rained"))]
    score = score_doc(DocQuotes("d", TEXT, gold, [PredQuote(*span("We won"))]))
    split = recall_by_gold_kind([score])
    assert split["quoted"] == {
        "gold": 1,
        "paired_recall": 1.0,
        "exact_recall": 1.0,
        "attributed_recall": 0.0,
    }
    assert split["unquoted"]["gold"] == 1 and split["unquoted"]["paired_recall"] == 0.0
