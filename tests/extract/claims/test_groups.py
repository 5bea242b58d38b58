"""Grouping helpers (claimtrail/extract/claims/groups.py): weighted word overlap, and an
article's attributions as the status rule sees them."""

from __future__ import annotations

from claimtrail.extract.claims.groups import share, stands_of
from claimtrail.models import Attribution, Cue, Source


def test_share_weighs_common_words_against_the_smaller_set() -> None:
    weights = {"xiaomi": 3.0, "talks": 1.0, "ford": 2.0, "plant": 1.0}
    assert share({"ford", "xiaomi", "talks"}, {"xiaomi", "talks"}, weights) == (1.0, 2)
    ratio, common = share({"ford", "talks"}, {"xiaomi", "talks", "plant"}, weights)
    assert common == 1 and ratio == 1.0 / 3.0
    assert share({"a"}, {"b"}, weights) == (0.0, 0)


def _attribution(source: str, attitude: str, hedged: bool = False) -> Attribution:
    return Attribution(
        source=Source(name=source),
        attitude=attitude,  # type: ignore[arg-type]
        cue=Cue(text="said", start=0, end=4),
        hedged=hedged,
    )


def test_stands_keep_text_order_and_give_standing_only_to_named_parties() -> None:
    stands = stands_of(
        [
            _attribution("The Daily Paper", "report"),
            _attribution("Ford", "deny"),
            _attribution("some analysts", "assert"),
        ]
    )
    assert [s.order for s in stands] == sorted(s.order for s in stands)
    assert [s.standing for s in stands] == [False, True, False]
