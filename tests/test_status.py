"""The one status rule (claimtrail.status), row by row of its table."""

from __future__ import annotations

import pytest

from claimtrail.status import STATUSES, Stand, decide, has_standing


def S(attitude: str, source: str = "Acme", standing: bool = True, **kw) -> Stand:
    return Stand(attitude=attitude, source=source, standing=standing, **kw)


@pytest.mark.parametrize(
    ("stands", "status"),
    [
        ([S("deny", order="1"), S("confirm", order="2")], "confirmed"),
        ([S("confirm", order="1"), S("deny", order="2")], "contested"),
        ([S("report", "Reuters", False), S("confirm")], "confirmed"),
        ([S("allege", "Peter Hain"), S("deny", "Acme")], "contested"),
        ([S("report", "the newspaper", False), S("deny")], "denied"),
        ([S("allege", "unattributed", False), S("deny")], "denied"),
        ([S("assert", "Acme"), S("deny", "Acme")], "denied"),  # a denier does not maintain it
        ([S("report", "The Australian", False), S("contest", "Qantas")], "contested"),
        ([S("allege", "Perry Wander")], "alleged"),
        ([S("assert", "Tessa Jowell")], "asserted"),
        ([S("assert", "analysts", False), S("speculate", "unattributed", False)], "unresolved"),
        ([S("report", "Reuters", False)], "reported"),
        ([S("speculate", "analysts", False)], "unresolved"),
        ([S("question", "Oleg Maximov")], "unresolved"),
        ([S("report", "Reuters", False, echo=True)], "reported"),
        ([], "unresolved"),
    ],
)
def test_each_row_of_the_table(stands, status):
    assert decide(stands).status == status


def test_hedged_denial_counts_as_a_report():
    assert decide([S("deny", hedged=True)]).status == "reported"


def test_echoes_never_decide_alone():
    verdict = decide([S("deny", "Wire", echo=True), S("report", "FT", False)])
    assert verdict.status == "reported"


def test_reason_names_who_decided_and_evidence_points_at_them():
    stands = [S("report", "The Times", False), S("deny", "Acme")]
    verdict = decide(stands)
    assert verdict.reason.startswith("denied by Acme")
    assert 1 in verdict.evidence


def test_standing_needs_a_named_party():
    assert has_standing("Peter Hain", "allege")
    assert not has_standing("unattributed", "allege")
    assert not has_standing("people familiar with the matter", "assert")
    assert not has_standing("Two senators", "assert")
    assert not has_standing("Reuters", "report")
    assert not has_standing("Ronald Smith", "assert", commentator=True)


def test_every_status_is_reachable():
    assert set(STATUSES) == {
        "reported",
        "asserted",
        "denied",
        "confirmed",
        "contested",
        "alleged",
        "unresolved",
    }
