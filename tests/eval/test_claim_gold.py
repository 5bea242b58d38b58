"""The claim gold scorer on analyses built by hand."""

from __future__ import annotations

from claimtrail.eval.claim_gold import score_claims
from claimtrail.models import Analysis, Article, Attribution, Claim, Source

TEXT = "Acme denies bid\nReports said Globex would bid for Acme. Acme denied it.\n"


def analysis(claims: list[Claim]) -> Analysis:
    return Analysis(article=Article(text=TEXT, body_start=16), claims=claims)


def att(name: str, attitude: str) -> Attribution:
    return Attribution(source=Source(name=name), attitude=attitude)  # type: ignore[arg-type]


GOLD = [
    {
        "name": "t",
        "text": TEXT,
        "claims": [
            {
                "keywords": ["Globex", "bid"],
                "status": "denied",
                "attributions": [{"source": "Acme", "attitude": "deny"}],
            }
        ],
    }
]


def test_found_by_text_with_status_and_attribution():
    claim = Claim(
        id="C1",
        text="Globex would bid for Acme",
        start=29,
        end=54,
        status="denied",
        attributions=[att("Acme", "deny")],
    )
    scores, misses = score_claims(GOLD, [analysis([claim])])
    assert (scores.claim_recall, scores.status_acc, scores.attribution_recall) == (1, 1, 1)
    assert misses == []


def test_found_by_span_but_wrong_status_and_attitude():
    claim = Claim(
        id="C1", text="x", start=29, end=54, status="reported", attributions=[att("Acme", "assert")]
    )
    scores, misses = score_claims(GOLD, [analysis([claim])])
    assert (scores.claim_recall, scores.status_acc, scores.attribution_recall) == (1, 0, 0)
    assert len(misses) == 2


def test_not_found():
    scores, misses = score_claims(GOLD, [analysis([])])
    assert scores.found == 0 and "claim not found" in misses[0]
