"""Confirmations and denials talked about but not made (extract/quotes/reported.unmade): the
guidelines attribute an attitude only to the source that takes it, so "was unable to confirm",
"hoped to confirm", "was asked to deny" and "confirm whether" neither confirm nor deny. All texts
are written for the tests."""

from __future__ import annotations

import pytest


def _attitudes(result) -> set[tuple[str, str]]:
    return {(a.source.name, a.attitude) for c in result.claims for a in c.attributions}


@pytest.mark.parametrize(
    "sentence",
    [
        "Halden Foods was unable to confirm that the plant would close.",
        "Halden Foods was not able to confirm that the plant would close.",
        "Halden Foods said it hoped to confirm that the plant would stay open.",
        "Halden Foods was asked to confirm whether the plant would close.",
        "Halden Foods was asked to deny that the plant would close.",
    ],
)
def test_a_confirmation_or_denial_not_made_is_no_attitude(analyze_text, sentence) -> None:
    text = (
        "Halden plant to close, paper says\n\n"
        "The Halden Foods plant in Dunmore will close next year, the Evening Post said on "
        f"Monday. {sentence} Staff at the plant were told to expect news within weeks.\n"
    )
    result = analyze_text(text)
    taken = {att for name, att in _attitudes(result) if "Halden" in name}
    assert not taken & {"confirm", "deny"}
    assert not any(c.status in {"confirmed", "denied"} for c in result.claims)


def test_a_confirmation_made_still_confirms(analyze_text) -> None:
    text = (
        "Halden plant to close, paper says\n\n"
        "The Halden Foods plant in Dunmore will close next year, the Evening Post said on "
        "Monday. Halden Foods confirmed that the plant would close in March.\n"
    )
    result = analyze_text(text)
    assert ("Halden Foods", "confirm") in _attitudes(result)


def test_a_denial_forced_from_a_party_is_still_its_denial(analyze_text) -> None:
    # "was forced to deny" is a denial made under pressure, not one left undone
    text = (
        "Minister in row over donor\n\n"
        "Transport minister Alan Pryce was forced to deny that he had met the donor in private. "
        "The Evening Post said the two men had dined together in May.\n"
    )
    assert ("Alan Pryce", "deny") in _attitudes(analyze_text(text))


def test_the_month_of_may_does_not_hedge_a_cue(analyzer) -> None:
    from claimtrail.extract.claims.attitudes import cues_in_sentence

    month = analyzer.nlp("Investors in May confirmed that they had been approached.")
    [cue] = [c for c in cues_in_sentence(next(month.sents)) if c.attitude == "confirm"]
    assert not cue.hedged
    modal = analyzer.nlp("Investors may confirm that they had been approached.")
    cues = [c for c in cues_in_sentence(next(modal.sents)) if c.attitude == "confirm"]
    assert cues and all(c.hedged for c in cues)


@pytest.mark.parametrize(
    "headline",
    [
        "Mayor said to confirm the bridge will close",  # hearsay of a confirmation
        "Mayor expected to deny the bridge will close",  # a denial still to come
    ],
)
def test_a_confirmation_or_denial_under_an_evidential_is_not_made(analyze_text, headline) -> None:
    result = analyze_text(headline + "\n")
    assert not any(a.attitude in {"confirm", "deny"} for c in result.claims for a in c.attributions)


def test_a_refusal_to_blame_is_neither_a_denial_nor_an_accusation(analyze_text) -> None:
    text = (
        "Keeper refuses to blame defender\n\n"
        "Dunmore keeper Sam Orr has refused to blame Tom Hale for the late goal on Saturday.\n"
    )
    result = analyze_text(text)
    attitudes = {a.attitude for c in result.claims for a in c.attributions}
    assert not attitudes & {"deny", "allege"}
    assert not any(c.status in {"denied", "alleged"} for c in result.claims)
