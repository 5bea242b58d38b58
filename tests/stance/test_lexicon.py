"""The word lists and the wording rules for short texts (quotes, headlines)."""

from __future__ import annotations

import pytest

from claimtrail.stance.lexicon import refers_to_claim, short_text_side

CLAIM = "The harbour company broke the fishing laws"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("The lawsuit was groundless.", "against"),  # a denial word the claim lacks
        ("The company denies it.", "against"),
        ("There is no evidence of any breach, the firm said.", "against"),  # a denial formula
        ("Nothing to suggest the nets were illegal.", "against"),
        ("The denials are expected; no firm admits this.", "observing"),  # about the denials
        ("This rumour, even if unfounded, will hurt the port.", "observing"),  # conditional
        ("The company broke the fishing laws, officials confirmed.", None),  # the head decides
        ("We are not in the harbour business.", None),
    ],
)
def test_short_text_side_by_wording(text: str, side: str | None) -> None:
    assert short_text_side(CLAIM, text) == side


def test_a_denial_in_the_claim_itself_is_no_cue() -> None:
    assert short_text_side("The mayor denied the bribe", "The mayor denied it again.") is None


def test_content_words_on_the_stop_list_still_tie_a_quote_to_its_claim() -> None:
    # scikit-learn's stop-word list holds "bill", "interest" and "front"
    assert refers_to_claim("The Fishing Bill allows trawling", "The bill does no such thing.")
    assert refers_to_claim("Directors had a conflict of interest", "Their interest was declared")
    assert refers_to_claim("The fund is a front for the bank", "It was never a front.")
    assert not refers_to_claim("The Fishing Bill allows trawling", "The weather was fine.")
