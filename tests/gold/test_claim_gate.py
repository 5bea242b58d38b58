"""The claim quality gate: claims, statuses and attributions on our hand-written articles
(claims.json: a rumour denied by its subject, an allegation, a confirmation, an evidential and a
prediction, a headline denial stated by a body negation, 'according to', 'the claims were
untrue', a minister's assertion, a passive accusation, 'denied the allegations', 'claims denied
by X', a coordinated accusation and 'rejected the idea X', claimed and expected predictions, a
content's pronoun resolved, 'criticised for' and 'came under fire for', a subject's 'this would
not', 'the claims had no merit' before the claim is stated, 'they reported' with rumours about a
topic, 'the paper said', and a rumour its subject refused to comment on after rejecting an
earlier bid, a not-guilty plea, a jury ruling, a company playing down fears) must not drop below
the floors in claim_floors.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrail.eval.claim_gold import ClaimScores, load_claim_gold, score_claims
from claimtrail.ingest.readers import article_from_text

HERE = Path(__file__).resolve().parent
GOLD = HERE / "claims.json"
FLOORS = HERE / "claim_floors.json"


@pytest.fixture(scope="module")
def scored(analyzer) -> tuple[ClaimScores, list[str]]:  # type: ignore[no-untyped-def]
    gold = load_claim_gold(GOLD)
    analyses = [analyzer.analyze(article_from_text(a["text"], a["name"])) for a in gold]
    return score_claims(gold, analyses)


def test_claim_gold_is_well_formed() -> None:
    gold = load_claim_gold(GOLD)
    assert 8 <= len(gold) <= 30
    statuses = {c["status"] for a in gold for c in a["claims"]}
    assert {"denied", "alleged", "confirmed", "reported", "asserted", "unresolved"} <= statuses
    for article in gold:
        for claim in article["claims"]:
            for keyword in claim["keywords"]:
                assert keyword in article["text"], (article["name"], keyword)


@pytest.mark.parametrize("floor_name", ["claim_recall", "status_acc", "attribution_recall"])
def test_claims_stay_above_their_floor(scored, floor_name: str) -> None:  # type: ignore[no-untyped-def]
    scores, misses = scored
    floor = json.loads(FLOORS.read_text(encoding="utf-8"))[floor_name]
    value = getattr(scores, floor_name)
    assert value >= floor, f"{floor_name} {value:.3f} < floor {floor}\n" + "\n".join(misses)
