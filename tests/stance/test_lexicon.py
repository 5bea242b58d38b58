"""The word lists and the wording rules for short texts (quotes, headlines)."""

from __future__ import annotations

import pytest

from claimtrail.stance.lexicon import refers_to_claim, relation_flags, short_text_side, tokenize

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


@pytest.mark.parametrize(
    "text",
    [
        "Nothing in the permit allows trawling in the bay.",  # "nothing in <the …>"
        "There is nothing in these stories.",
        "No breach of any rule, ever.",  # an elliptical "No …" opening
        "No, the harbour company did not break them.",
    ],
)
def test_formulas_of_denial_read_as_against(text: str) -> None:
    assert short_text_side(CLAIM, text) == "against"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("No doubt the harbour company broke them.", "for"),
        ("No comment on the fishing case.", "observing"),
        ("No one knows what the harbour company did.", None),
        ("Nothing in particular happened at the harbour.", None),  # no determiner after "in"
    ],
)
def test_openings_with_no_that_do_not_deny(text: str, side: str | None) -> None:
    assert short_text_side(CLAIM, text) == side


def test_a_denial_formula_ties_a_quote_to_its_claim_without_shared_words() -> None:
    assert refers_to_claim(CLAIM, "No row between me and the skipper.")
    assert refers_to_claim(CLAIM, "There is no truth in that.")
    assert not refers_to_claim(CLAIM, "No doubt about the weather.")


SPAM_CLAIM = "Their e-mails broke the anti-spam laws"


@pytest.mark.parametrize(
    ("claim", "text", "side"),
    [
        (SPAM_CLAIM, "We run legitimate marketing businesses.", "against"),
        (SPAM_CLAIM, "All our mailings were in full compliance with the Act.", "against"),
        (SPAM_CLAIM, "These were not legitimate businesses.", None),  # negated
        ("The sale was a legitimate deal", "It was a legitimate deal.", None),  # no accusation
        ("The mayor took bribes", "The mayor maintains his innocence.", "against"),
    ],
)
def test_calling_the_accused_lawful_denies_a_claim_of_wrongdoing(
    claim: str, text: str, side: str | None
) -> None:
    assert short_text_side(claim, text) == side


def test_an_exculpation_ties_a_quote_to_a_claim_of_wrongdoing() -> None:
    assert refers_to_claim(SPAM_CLAIM, "Both firms are legitimate advertisers.")
    assert not refers_to_claim("The weather was fine", "Both firms are legitimate advertisers.")


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("That is simply not true.", "against"),  # a verdict on what the text points back at
        ("This is not the case.", "against"),
        ("That's incorrect.", "against"),
        ("Those figures are wrong, the harbour master said.", "against"),
        ("The report isn't accurate and never was.", "against"),
        ("The story is wide of the mark.", "against"),
        ("Fishing there is wrong.", None),  # an opinion on the act takes it as real
        ("It is not clear what the company did.", None),
        ("It is true that the company broke them.", None),
    ],
)
def test_a_verdict_of_falsity_reads_as_against(text: str, side: str | None) -> None:
    assert short_text_side(CLAIM, text) == side


def test_a_verdict_of_falsity_ties_a_quote_to_its_claim() -> None:
    assert refers_to_claim(CLAIM, "That is simply not true.")
    assert not refers_to_claim(CLAIM, "That is simply lovely.")


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("We did nothing wrong.", "against"),
        ("That never happened.", "against"),  # a non-event
        ("It did not take place.", "against"),
        ("There have been no breaches of any kind.", "against"),  # said not to exist
        ("There is no doubt the company broke them.", "for"),  # a negation that affirms
        ("There is no question that it broke them.", "for"),
        ("We do not comment on rumours.", "observing"),  # declining to comment
        ("The company declined to comment.", "observing"),
        ("The firm denies it and will not comment further.", "against"),  # the denial first
    ],
)
def test_non_events_affirmations_and_declining_to_comment(text: str, side: str | None) -> None:
    assert short_text_side(CLAIM, text) == side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Shameful if true: the harbour would never recover.", "observing"),
        ("If it proves correct, the fishing fleet will be ruined.", "observing"),
        ("If the reports are accurate, someone must resign.", "observing"),
        ("If confirmed, this would be the worst breach in years.", "observing"),
        ("If the boats come back, the port will cope.", None),  # a condition, not on the claim
        ("It is true that they fished there.", None),
    ],
)
def test_a_verdict_on_condition_that_the_claim_is_true_takes_no_side(
    text: str, side: str | None
) -> None:
    assert short_text_side(CLAIM, text) == side


def test_a_non_event_ties_a_quote_to_its_claim() -> None:
    assert refers_to_claim(CLAIM, "That never happened.")
    assert refers_to_claim(CLAIM, "There have been no breaches.")
    assert not refers_to_claim(CLAIM, "There is no doubt about the weather.")


@pytest.mark.parametrize(
    ("claim", "text", "flags"),
    [
        # a hedging word the claim does not use: the headline reports the claim
        ("The pop star quit the band", "Pop star reportedly quits band", [1, 0]),
        ("The pop star quit the band", "Pop star quits band, sources say", [1, 0]),
        # the claim is itself a report: its own reporting word is no hedge
        ("A priest says he met an angel", "Priest says he met an angel", [0, 0]),
        ("A priest claimed he met an angel", "Priest claims he met an angel", [0, 0]),
        # a confirming word the claim lacks, and one the claim has ("confirmed" ~ "confirms")
        ("The pop star quit the band", "Band confirms pop star has quit", [0, 1]),
        ("The band confirmed the pop star quit", "Band confirms pop star has quit", [0, 0]),
        ("The pop star quit the band", "Pop star quit the band", [0, 0]),
    ],
)
def test_relation_flags_read_words_the_claim_lacks(claim: str, text: str, flags: list[int]) -> None:
    assert relation_flags(tokenize(claim), tokenize(text)) == flags
