"""``StanceModel``: the shipped stance model, as the pipeline and the commands use it.

One model, two heads. A text long enough to be an article body goes to the FNC-1 head
(agree/disagree/discuss/unrelated). A short text, a quote or a headline, is out of that head's
training distribution for the direction of the stance, so there the FNC-1 head decides only how
related the text is and the Emergent head (trained on claim/headline pairs) splits the related
share between agree (for), disagree (against) and discuss (observing).

The Emergent head reads a dependency parse of each short text (``syntax.py``). Callers pass
the parses they have (``parses``, aligned with the texts: the pipeline passes its own parse of
each quote, ``syntax.tokens_of`` a span of the article's doc); a short text without one is
parsed on its own, all such texts in one batch (``syntax.parse_texts``). Long texts need none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from claimtrail.errors import InputError
from claimtrail.stance.heads import BodyStanceHead, HeadlineStanceHead
from claimtrail.stance.labels import EMERGENT_LABELS, EMERGENT_TO_FNC, FNC_LABELS
from claimtrail.stance.lexicon import refers_to_claim
from claimtrail.stance.syntax import ParsedText, parse_texts

# Emergent headlines have at most ~30 words and FNC-1 bodies a median of 300; quotes sit in
# between. Up to this many words a text is treated like a headline.
SHORT_TEXT_WORDS = 60
UNRELATED_COLUMN = FNC_LABELS.index("unrelated")
# The Emergent head's columns, placed at their FNC-1 labels' columns.
HEADLINE_TO_BODY_COLUMNS = [FNC_LABELS.index(EMERGENT_TO_FNC[label]) for label in EMERGENT_LABELS]


@dataclass
class StanceModel:
    version: str
    body: BodyStanceHead
    headline: HeadlineStanceHead

    def predict_proba(
        self,
        claims: list[str],
        texts: list[str],
        parses: Sequence[ParsedText | None] | None = None,
    ) -> list[dict[str, float]]:
        """Per pair, a probability for each of agree/disagree/discuss/unrelated (sum 1).
        ``parses``: the texts' parses where the caller has them (None: parsed here if needed)."""
        matrix = self.proba_matrix(claims, texts, parses)
        return [dict(zip(FNC_LABELS, map(float, row), strict=True)) for row in matrix]

    def predict(
        self,
        claims: Sequence[str],
        texts: Sequence[str],
        parses: Sequence[ParsedText | None] | None = None,
    ) -> list[str]:
        return _argmax_labels(self.proba_matrix(claims, texts, parses), FNC_LABELS)

    def proba_matrix(
        self,
        claims: Sequence[str],
        texts: Sequence[str],
        parses: Sequence[ParsedText | None] | None = None,
    ) -> np.ndarray:
        _check_pairs(claims, texts)
        if parses is not None and len(parses) != len(texts):
            raise ValueError(f"{len(texts)} texts but {len(parses)} parses")
        if not claims:
            return np.zeros((0, len(FNC_LABELS)))
        is_short = [len(text.split()) <= SHORT_TEXT_WORDS for text in texts]
        about = [
            short and refers_to_claim(claim, text)
            for short, claim, text in zip(is_short, claims, texts, strict=True)
        ]
        # A short text about the claim reads nothing of the body head: it is not run for it.
        matrix = np.zeros((len(claims), len(FNC_LABELS)))
        body = [i for i, flag in enumerate(about) if not flag]
        if body:
            matrix[body] = self.body.predict_proba(
                [claims[i] for i in body],
                [texts[i] for i in body],
                relatedness_only=[is_short[i] for i in body],
            )
        short = [i for i, flag in enumerate(is_short) if flag]
        if short:
            matrix[short] = self._short_text_proba(
                matrix[short],
                [claims[i] for i in short],
                [texts[i] for i in short],
                [about[i] for i in short],
                self._short_text_parses(texts, short, parses),
            )
        return matrix / matrix.sum(axis=1, keepdims=True)

    def _short_text_parses(
        self,
        texts: Sequence[str],
        short: list[int],
        parses: Sequence[ParsedText | None] | None,
    ) -> list[ParsedText] | None:
        """The short texts' parses: the caller's, and the missing ones parsed in one batch."""
        if not self.headline.with_syntax:
            return None
        given = [None if parses is None else parses[i] for i in short]
        missing = [j for j, parse in enumerate(given) if parse is None]
        for j, parse in zip(missing, parse_texts(texts[short[j]] for j in missing), strict=True):
            given[j] = parse
        return [parse if parse is not None else () for parse in given]

    def _short_text_proba(
        self,
        body_proba: np.ndarray,
        claims: list[str],
        texts: list[str],
        about: list[bool],
        parses: list[ParsedText] | None = None,
    ) -> np.ndarray:
        """Relatedness of a short text: the body head was trained on articles and reads most
        quotes as unrelated (a quote repeats few of the claim's words), so a short text that
        shares a content word with the claim or points back at it ("the rumours are false")
        (``about``) is taken as related, and the body head decides only for the others."""
        unrelated = body_proba[:, UNRELATED_COLUMN].copy()
        unrelated[np.asarray(about, dtype=bool)] = 0.0
        related_share = 1.0 - unrelated
        combined = np.zeros_like(body_proba)
        combined[:, UNRELATED_COLUMN] = unrelated
        combined[:, HEADLINE_TO_BODY_COLUMNS] = (
            self.headline.predict_proba(claims, texts, parses) * related_share[:, None]
        )
        return combined

    def predict_body_stance(self, claims: Sequence[str], bodies: Sequence[str]) -> list[str]:
        """FNC-1 labels from the body head alone (what ``eval fnc1`` measures)."""
        _check_pairs(claims, bodies)
        return _argmax_labels(self.body.predict_proba(claims, bodies), FNC_LABELS)

    def predict_headline_stance(
        self,
        claims: Sequence[str],
        headlines: Sequence[str],
        parses: Sequence[ParsedText] | None = None,
    ) -> list[str]:
        """Emergent labels (for/against/observing) from the headline head alone; ``parses``:
        the headlines' (parsed here, in one batch, when not given and the head reads them)."""
        _check_pairs(claims, headlines)
        if parses is None and self.headline.with_syntax:
            parses = parse_texts(headlines)
        probabilities = self.headline.predict_proba(claims, headlines, parses)
        return _argmax_labels(probabilities, EMERGENT_LABELS)


def _check_pairs(claims: Sequence[str], texts: Sequence[str]) -> None:
    if len(claims) != len(texts):
        raise ValueError(f"{len(claims)} claims but {len(texts)} texts")
    empty = next((i for i, claim in enumerate(claims) if not claim.strip()), None)
    if empty is not None:
        raise InputError(f"claim {empty + 1} is empty: a stance needs a claim to be about")


def _argmax_labels(matrix: np.ndarray, labels: Sequence[str]) -> list[str]:
    return [labels[int(i)] for i in np.argmax(matrix, axis=1)] if len(matrix) else []
