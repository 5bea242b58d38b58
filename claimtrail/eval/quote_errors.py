"""Per-document error records for ``claimtrail eval quotes --errors``: what to fix, with text.

Each record lists the gold quotes nothing matched (misses), the predictions that matched no
gold (false alarms), pairs whose trimmed spans differ (boundary errors) and pairs with the
wrong speaker, each with the text a person needs to see why.
"""

from __future__ import annotations

from typing import Any

from claimtrail.eval.quotes import DocScore, GoldQuote, PredQuote, trim_span

# Enough surrounding text to see the cue or the quote mark that explains a miss.
CONTEXT_CHARS = 60
MISTAKE_KINDS = ("missed_gold", "unmatched_pred", "boundary", "wrong_speaker")


def _span_text(text: str, start: int | None, end: int | None) -> str | None:
    if start is None or end is None:
        return None
    return text[start:end]


def _context(text: str, start: int, end: int) -> str:
    lo, hi = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
    return f"{text[lo:start]}[[{text[start:end]}]]{text[end:hi]}"


def gold_record(text: str, gold: GoldQuote) -> dict[str, Any]:
    return {
        "start": gold.start,
        "end": gold.end,
        "text": text[gold.start : gold.end],
        "source": _span_text(text, gold.source_start, gold.source_end),
        "source_span": None if gold.source_start is None else [gold.source_start, gold.source_end],
        "cue": _span_text(text, gold.cue_start, gold.cue_end),
        "context": _context(text, gold.start, gold.end),
    }


def pred_record(text: str, pred: PredQuote) -> dict[str, Any]:
    return {
        "start": pred.start,
        "end": pred.end,
        "text": text[pred.start : pred.end],
        "speaker_name": pred.speaker_name,
        "speaker_mention": _span_text(text, pred.speaker_start, pred.speaker_end),
        "speaker_span": None
        if pred.speaker_start is None
        else [pred.speaker_start, pred.speaker_end],
        "context": _context(text, pred.start, pred.end),
    }


def doc_errors(score: DocScore, system: str) -> dict[str, Any] | None:
    """The document's mistakes for one system, or None when it made none."""
    doc, text = score.doc, score.doc.text
    paired_gold = {pair.gold for pair in score.pairs}
    paired_pred = {pair.pred for pair in score.pairs}
    boundary = []
    for pair in (p for p in score.pairs if not p.exact):
        gold, pred = doc.gold[pair.gold], doc.pred[pair.pred]
        boundary.append(
            {
                "gold": text[slice(*trim_span(text, gold.start, gold.end))],
                "pred": text[slice(*trim_span(text, pred.start, pred.end))],
                "gold_span": [gold.start, gold.end],
                "pred_span": [pred.start, pred.end],
            }
        )
    record = {
        "doc": doc.doc_id,
        "system": system,
        "counts": {"gold": len(doc.gold), "pred": len(doc.pred), "paired": len(score.pairs)},
        "missed_gold": [
            gold_record(text, g) for i, g in enumerate(doc.gold) if i not in paired_gold
        ],
        "unmatched_pred": [
            pred_record(text, p) for j, p in enumerate(doc.pred) if j not in paired_pred
        ],
        "boundary": boundary,
        "wrong_speaker": [
            {
                "gold": gold_record(text, doc.gold[p.gold]),
                "pred": pred_record(text, doc.pred[p.pred]),
            }
            for p in score.pairs
            if not p.attributed
        ],
    }
    return record if any(record[kind] for kind in MISTAKE_KINDS) else None
