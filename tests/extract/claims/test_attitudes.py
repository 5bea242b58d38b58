"""Attitude cues in a sentence (claimtrail/extract/claims/attitudes.py): which words change what
is known about a claim, hedged or not, on sentences written here."""

from __future__ import annotations

import pytest

from claimtrail.extract.claims.attitudes import cues_in_sentence


@pytest.fixture(scope="module")
def cues(analyzer):
    def run(sentence: str) -> list[tuple[str, str, bool]]:
        doc = analyzer.nlp(sentence)
        found = cues_in_sentence(doc[:])
        return [(sentence[c.start : c.end], c.attitude, c.hedged) for c in found]

    return run


def test_a_denial_and_a_report(cues) -> None:
    assert cues("The company denied the report.") == [("denied", "deny", False)]
    assert ("reported", "report", False) in cues("The newspaper reported that talks began.")


def test_a_negated_denial_takes_neither_side_and_a_negated_confirmation_questions(cues) -> None:
    assert cues("The company did not deny the talks.") == [("deny", "speculate", True)]
    assert cues("The company would not confirm the talks.") == [("confirm", "question", False)]


def test_a_hedge_on_the_cue_or_its_holder_hedges_it(cues) -> None:
    [(_, attitude, hedged)] = cues("The firm reportedly denied the claims.")
    assert (attitude, hedged) == ("deny", True)


def test_a_reporting_noun_needs_a_holder(cues) -> None:
    assert cues("Ford's denial came on Monday.") == [("denial", "deny", False)]
    assert cues("A denial came on Monday.") == []


def test_plain_saying_is_left_to_the_quotes(cues) -> None:
    assert cues("The minister said taxes would rise.") == []


def test_a_refusal_to_comment_is_no_attitude(cues) -> None:
    # guidelines: "declined to comment" is not an attribution, so neither a denial nor a
    # negated assertion read as one
    assert cues("Acme refused to comment on the reports.") == []
    assert cues("A spokesman for Acme would not comment on market speculation.") == []
    assert cues("Globex declined to comment on the talks.") == []
    assert cues("Acme refused the offer and denied the reports.") == [("denied", "deny", False)]


def test_rejecting_an_offer_decides_and_denies_no_claim(cues) -> None:
    assert cues("Acme rejected a takeover offer from Globex last week.") == []
    assert cues("Acme has dismissed its finance director.") == []
    assert cues("Acme rejected the reports as speculation.") == [("rejected", "deny", False)]
    assert cues("Acme rejected the idea that it was for sale.") == [("rejected", "deny", False)]


def test_reports_relay_whatever_their_verb(cues) -> None:
    assert cues("Press reports suggested that Acme would bid.") == [("suggested", "report", False)]
    assert cues("Analysts suggested that Acme would bid.") == [("suggested", "speculate", True)]
