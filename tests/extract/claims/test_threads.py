"""Claims that join every attribution about one proposition, and the status that follows
(claimtrail/extract/claims/groups.py): what a denial or confirmation answers, and what it does
not. All texts are written for the tests (invented people, clubs and places)."""

from __future__ import annotations


def _central(claims):
    return next(c for c in claims if c.central)


def _sides(claim) -> set[tuple[str, str]]:
    return {(a.source.name, a.attitude) for a in claim.attributions}


def test_a_headline_naming_the_story_takes_no_answer_that_shares_only_a_name(
    analyze_text,
) -> None:
    # the headline names the player and nothing anyone holds; her denial of a retirement plan
    # and her admission about training are about other propositions: the central claim is
    # neither contested nor confirmed by them
    text = (
        "Where next for Petra Halvorsen?\n\n"
        "Petra Halvorsen won two titles at the Kestrel Games last summer.\n\n"
        "Since then the sprinter has raced only once, in a meeting at Dunmore. "
        "Halvorsen admitted that she had found the winter sessions hard. "
        "After the Games she denied that she planned to retire from the track.\n"
    )
    central = _central(analyze_text(text).claims)
    assert central.status not in {"contested", "confirmed", "denied"}
    assert not {a.attitude for a in central.attributions} & {"deny", "confirm"}
