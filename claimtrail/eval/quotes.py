"""Score predicted quotes against gold attributions, as docs/evaluation.md and EVALUATION.md say.

Pure functions over plain records: no spaCy, no files. The steps, in order:
  1. trim every content span (whitespace, quotation marks, ``, . ; :`` and dashes at the ends);
  2. pair gold and predicted quotes one-to-one, greedily by largest overlap of trimmed content
     (a pair needs at least one shared character);
  3. count pairs (overlap), pairs with identical trimmed spans (exact) and pairs whose speaker is
     right (attribution), and turn the counts into precision, recall and F1.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claimtrail.vocabulary.gazetteer import NOT_NAME_WORDS

if TYPE_CHECKING:
    from claimtrail.models import Analysis

# Characters trimmed from both ends of a span before it is compared. Annotators disagree on
# whether the quotation marks and the final comma or period belong to the quote; the yardstick
# should not. Covers straight, curly, angle, low-9 and prime marks, and every dash.
TRIM_CHARS = frozenset(
    " \t\n\r\f\v\u00a0"
    "\"'`\u00b4\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a"
    "\u2032\u2033\u300c\u300d"
    ",.;:"
    "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
)
# A pair must share at least this many characters of trimmed content.
MIN_OVERLAP = 1
_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)


@dataclass(frozen=True)
class GoldQuote:
    """One gold attribution: its content span and, if it has one, its source span.

    The cue ("said", "according to") is kept to explain mistakes; it is not scored.
    """

    start: int
    end: int
    source_start: int | None = None
    source_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None


@dataclass(frozen=True)
class PredQuote:
    """One predicted quote: content span, the speaker mention it hangs on, the resolved name."""

    start: int
    end: int
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_name: str | None = None


@dataclass(frozen=True)
class DocQuotes:
    """Gold and predicted quotes of one document, with the text their offsets index."""

    doc_id: str
    text: str
    gold: Sequence[GoldQuote]
    pred: Sequence[PredQuote]


@dataclass(frozen=True)
class Pair:
    gold: int  # index into DocQuotes.gold
    pred: int  # index into DocQuotes.pred
    overlap: int
    exact: bool
    attributed: bool


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float


def prf(hits_pred: int, n_pred: int, hits_gold: int, n_gold: int) -> PRF:
    """Precision, recall and F1; an empty denominator gives 0 (nothing found, nothing right)."""
    precision = hits_pred / n_pred if n_pred else 0.0
    recall = hits_gold / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PRF(precision, recall, f1)


@dataclass
class QuoteCounts:
    """Counts summed over documents; the three P/R/F1 figures follow from them."""

    gold: int = 0
    pred: int = 0
    paired: int = 0
    exact: int = 0
    attributed: int = 0
    docs: int = 0

    def add(self, other: QuoteCounts) -> None:
        for name in ("gold", "pred", "paired", "exact", "attributed", "docs"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def overlap(self) -> PRF:
        return prf(self.paired, self.pred, self.paired, self.gold)

    @property
    def exact_prf(self) -> PRF:
        return prf(self.exact, self.pred, self.exact, self.gold)

    @property
    def attribution(self) -> PRF:
        return prf(self.attributed, self.pred, self.attributed, self.gold)

    def as_dict(self) -> dict[str, object]:
        figures = {
            "overlap": self.overlap,
            "exact": self.exact_prf,
            "attribution": self.attribution,
        }
        return {
            "docs": self.docs,
            "gold": self.gold,
            "pred": self.pred,
            "paired": self.paired,
            "exact_pairs": self.exact,
            "attributed_pairs": self.attributed,
            **{
                name: {
                    "precision": round(f.precision, 4),
                    "recall": round(f.recall, 4),
                    "f1": round(f.f1, 4),
                }
                for name, f in figures.items()
            },
        }


@dataclass(frozen=True)
class DocScore:
    doc: DocQuotes
    pairs: list[Pair]
    counts: QuoteCounts = field(default_factory=QuoteCounts)


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without trim characters at either end (empty spans come back as start == end)."""
    start, end = max(0, start), min(len(text), end)
    while start < end and text[start] in TRIM_CHARS:
        start += 1
    while end > start and text[end - 1] in TRIM_CHARS:
        end -= 1
    return start, end


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def greedy_pairs(
    gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]]
) -> list[tuple[int, int, int]]:
    """One-to-one ``(gold_i, pred_j, overlap)`` pairs, largest overlap first.

    Ties go to the earlier gold, then the earlier prediction, so the result is deterministic.
    """
    candidates = [
        (shared, g, p)
        for g, gspan in enumerate(gold)
        for p, pspan in enumerate(pred)
        if (shared := overlap(gspan, pspan)) >= MIN_OVERLAP
    ]
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for shared, g, p in candidates:
        if g not in used_gold and p not in used_pred:
            used_gold.add(g)
            used_pred.add(p)
            pairs.append((g, p, shared))
    return sorted(pairs)


def name_words(name: str) -> set[str]:
    """Lower-cased words of a name that can identify a person or body (surnames, not titles)."""
    words = (w.rstrip(".'’").lower() for w in _WORD.findall(name) if w[0].isupper())
    return {w for w in words if len(w) > 1 and w not in NOT_NAME_WORDS}


def speaker_is_right(text: str, gold: GoldQuote, pred: PredQuote) -> bool:
    """The predicted mention overlaps the gold source, or the name shares a name word with it.

    A gold attribution without a source ("it has been reported") is right only when the
    prediction names no speaker either.
    """
    has_speaker = pred.speaker_start is not None or bool(pred.speaker_name)
    if gold.source_start is None or gold.source_end is None:
        return not has_speaker
    source = (gold.source_start, gold.source_end)
    if pred.speaker_start is not None and pred.speaker_end is not None:
        if overlap(source, (pred.speaker_start, pred.speaker_end)) >= MIN_OVERLAP:
            return True
    if pred.speaker_name:
        return bool(name_words(pred.speaker_name) & name_words(text[source[0] : source[1]]))
    return False


def score_doc(doc: DocQuotes) -> DocScore:
    """Pair one document's quotes and count overlap, exact and attribution hits."""
    gold_spans = [trim_span(doc.text, g.start, g.end) for g in doc.gold]
    pred_spans = [trim_span(doc.text, p.start, p.end) for p in doc.pred]
    pairs = [
        Pair(
            g,
            p,
            shared,
            exact=gold_spans[g] == pred_spans[p],
            attributed=speaker_is_right(doc.text, doc.gold[g], doc.pred[p]),
        )
        for g, p, shared in greedy_pairs(gold_spans, pred_spans)
    ]
    counts = QuoteCounts(
        gold=len(doc.gold),
        pred=len(doc.pred),
        paired=len(pairs),
        exact=sum(pair.exact for pair in pairs),
        attributed=sum(pair.attributed for pair in pairs),
        docs=1,
    )
    return DocScore(doc, pairs, counts)


def score_docs(docs: Iterable[DocQuotes]) -> tuple[QuoteCounts, list[DocScore]]:
    """Micro-averaged counts over all documents, and each document's own score."""
    total = QuoteCounts()
    scores = []
    for doc in docs:
        score = score_doc(doc)
        total.add(score.counts)
        scores.append(score)
    return total, scores


def predictions_from_analysis(analysis: Analysis) -> list[PredQuote]:
    """The scored fields of an analysis: ``quotes[].start/end`` and ``quotes[].speaker``."""
    preds = []
    for quote in analysis.quotes:
        speaker = quote.speaker
        preds.append(
            PredQuote(
                start=quote.start,
                end=quote.end,
                speaker_start=speaker.start if speaker else None,
                speaker_end=speaker.end if speaker else None,
                speaker_name=speaker.name if speaker else None,
            )
        )
    return preds
