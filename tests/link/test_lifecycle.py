"""A claim's lifecycle across articles (claimtrail/link/lifecycle.py): roles in publication order
and the status the one rule gives, with no source holding standing across articles."""

from __future__ import annotations

from typing import get_args

from claimtrail.link.lifecycle import ATTITUDE_OF_STATUS, ROLE_OF, Event, decide, roles
from claimtrail.models import Attitude
from claimtrail.status import STATUSES


def event(order: str, source: str, attitude: str, *, echo: bool = False, hedged: bool = False):
    return Event(order=order, source=source, attitude=attitude, hedged=hedged, echo=echo)


def test_a_report_then_a_denial_is_denied_and_the_roles_follow_publication_order() -> None:
    events = [event("2024-02", "Ford", "deny"), event("2024-01", "The Paper", "report")]
    assert decide(events).status == "denied"
    assert roles(events) == ["denial", "first_report"]


def test_a_confirmation_after_the_last_denial_confirms() -> None:
    events = [
        event("1", "The Paper", "report"),
        event("2", "Ford", "deny"),
        event("3", "Ford", "confirm"),
    ]
    verdict = decide(events)
    assert verdict.status == "confirmed"
    assert verdict.evidence == (2,)


def test_a_denial_beside_a_confirmation_leaves_the_claim_contested() -> None:
    events = [
        event("1", "The Paper", "report"),
        event("2", "Ford", "confirm"),
        event("3", "Xiaomi", "deny"),
    ]
    assert decide(events).status == "contested"


def test_no_party_keeps_a_claim_alive_against_a_denial_across_articles() -> None:
    # Within one article a named party asserting against a denial contests it; across articles
    # claim matching can join side remarks, so the denial stands.
    events = [
        event("1", "Senator Jane Roe", "assert"),
        event("2", "Ford", "deny"),
    ]
    assert decide(events).status == "denied"


def test_echoes_never_decide_a_status_and_are_named_as_such() -> None:
    only_echo = [event("1", "Wire Service", "report", echo=True)]
    verdict = decide(only_echo)
    assert verdict.status == "reported"
    assert verdict.reason == "only repeated by Wire Service"
    with_echo = [event("1", "The Paper", "report"), event("2", "Wire", "deny", echo=True)]
    assert decide(with_echo).status == "reported"  # an echoed denial is not a denial
    assert roles(with_echo) == ["first_report", "echo"]


def test_a_hedged_denial_only_reports() -> None:
    events = [event("1", "The Paper", "report"), event("2", "Ford", "deny", hedged=True)]
    assert decide(events).status != "denied"


def test_only_speculation_is_unresolved_and_the_first_voice_opens_the_story() -> None:
    events = [event("1", "An Analyst", "speculate"), event("2", "Another", "speculate")]
    assert decide(events).status == "unresolved"
    assert roles(events) == ["first_report", "speculation"]


def test_every_attitude_has_a_role_and_every_mapped_status_is_a_status() -> None:
    attitudes = set(get_args(Attitude))
    assert attitudes <= set(ROLE_OF)
    assert set(ATTITUDE_OF_STATUS) <= set(STATUSES)
    assert set(ATTITUDE_OF_STATUS.values()) <= attitudes
