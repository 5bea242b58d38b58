"""Round 11 on attributed propositions and the attitude of each attribution: phrasal answers
read from a quote ("played down reports that C"), verbs of disputing whose object can be
neither true nor false ("deflected the free-kick"). All texts are written for the tests."""

from __future__ import annotations


def _attitudes(result) -> set[tuple[str, str]]:
    return {(a.source.name, a.attitude) for c in result.claims for a in c.attributions}


def _by_text(result, words: str):
    return [c for c in result.claims if words in c.text]


def test_playing_down_reports_contests_them_and_the_reports_stay_unheld(analyze_text) -> None:
    text = (
        "Marlow coach eyes cup return\n\n"
        "Brentwick Rovers manager Colm Deasy has played down reports that Ivo Markel will "
        'return for the cup tie against Dunmore Athletic. "He is doing well, but we will have '
        'to wait and see," Deasy told Radio Kestrel.\n'
    )
    result = analyze_text(text)
    claims = _by_text(result, "Ivo Markel will return")
    assert claims
    found = {(a.source.name, a.attitude) for c in claims for a in c.attributions}
    assert ("Colm Deasy", "contest") in found
    assert ("Colm Deasy", "assert") not in found
    assert ("Colm Deasy", "report") not in found
    assert ("unattributed", "report") in found


def test_a_deflected_ball_is_no_contest(analyze_text) -> None:
    text = (
        "Rovers held at Dunmore\n\n"
        "Brentwick Rovers were held to a draw at Dunmore Athletic on Saturday. Rovers captain "
        "Tom Ailey deflected Piet Varga's free-kick past his own keeper early in the second "
        "half. Ailey said the side had played well after the break.\n"
    )
    result = analyze_text(text)
    assert not any(a.attitude == "contest" for c in result.claims for a in c.attributions)


def test_a_disputed_claim_is_still_contested(analyze_text) -> None:
    text = (
        "Rovers chief disputes debt claims\n\n"
        "Brentwick Rovers chairman Ray Lusk has disputed the claims that the club owes Dunmore "
        "Bank five million pounds. The Evening Post reported on Monday that the loan was "
        "overdue.\n"
    )
    assert ("Ray Lusk", "contest") in _attitudes(analyze_text(text))
