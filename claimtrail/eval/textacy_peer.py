"""The peer we measure against: textacy's ``direct_quotations`` on the same texts and model.

textacy pairs quotation marks naively and raises ``ValueError`` on an odd count (textacy #379);
such a document counts as having no predictions and is reported as crashed, so one odd mark
does not end the run.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimtrail.eval.quotes import PredQuote

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

PEER_NAME = "textacy"
# Same batching as claimtrail's pipeline, so neither side gains from a different batch size.
PEER_BATCH_SIZE = 16


@dataclass(frozen=True)
class PeerResult:
    quotes: list[PredQuote]
    crashed: bool = False
    error: str | None = None


def load_peer_nlp(model: str | None = None) -> Language:
    """The peer's own full pipeline (textacy needs the lemmatizer for its reporting verbs)."""
    import spacy

    from claimtrail.parse.nlp import resolve_model_name

    return spacy.load(resolve_model_name(model))


def peer_version() -> str:
    import textacy

    return f"textacy {textacy.__version__}"


def _token_span(tokens: Iterable[Token]) -> tuple[int, int]:
    ordered = sorted(tokens, key=lambda t: t.i)
    first, last = ordered[0], ordered[-1]
    return first.idx, last.idx + len(last)


def doc_quotes(doc: Doc) -> PeerResult:
    """textacy's direct quotations as predictions: content span, speaker tokens as speaker."""
    from textacy.extract.triples import direct_quotations

    try:
        triples = list(direct_quotations(doc))
    except ValueError as exc:
        return PeerResult([], crashed=True, error=str(exc))
    quotes = []
    for triple in triples:
        start, end = _token_span(triple.content)
        speaker_start, speaker_end = _token_span(triple.speaker)
        quotes.append(
            PredQuote(start, end, speaker_start, speaker_end, doc.text[speaker_start:speaker_end])
        )
    return PeerResult(quotes)


def run_peer(nlp: Language, texts: Iterable[str]) -> Iterator[PeerResult]:
    """One result per text, in input order."""
    for doc in nlp.pipe(texts, batch_size=PEER_BATCH_SIZE):
        yield doc_quotes(doc)
