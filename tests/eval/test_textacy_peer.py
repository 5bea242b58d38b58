"""The textacy peer: converted to our prediction shape; odd quote marks count as a crash."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from claimtrail.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

TEXT = 'The mayor spoke on Monday. "We will rebuild the bridge next year," Jane Smith said.'
ODD = 'Jane Smith said "we will rebuild the bridge next year and more. Nobody argued.'


@pytest.fixture(scope="module")
def peer_nlp() -> Language:
    from claimtrail.eval.textacy_peer import load_peer_nlp

    try:
        return load_peer_nlp()
    except ModelError as exc:
        pytest.skip(str(exc))


@pytest.mark.slow
def test_direct_quote_becomes_a_prediction_with_speaker_span(peer_nlp: Language) -> None:
    from claimtrail.eval.textacy_peer import run_peer

    [result] = list(run_peer(peer_nlp, [TEXT]))
    assert not result.crashed
    [quote] = result.quotes
    assert TEXT[quote.start : quote.end].startswith('"We will rebuild')
    assert quote.speaker_start is not None and quote.speaker_end is not None
    assert TEXT[quote.speaker_start : quote.speaker_end] == "Jane Smith" == quote.speaker_name


@pytest.mark.slow
def test_odd_quote_marks_are_a_crash_with_no_predictions(peer_nlp: Language) -> None:
    from claimtrail.eval.textacy_peer import run_peer

    results = list(run_peer(peer_nlp, [ODD, TEXT]))
    crashed = results[0]
    assert crashed.crashed and crashed.quotes == [] and "quotation" in (crashed.error or "")
    assert not results[1].crashed and len(results[1].quotes) == 1
