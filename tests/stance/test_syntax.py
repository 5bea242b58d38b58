"""The headline head's syntactic columns (``stance/syntax.py``) on sentences written here, and
the guard that a model's columns are the code's."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrail.errors import ModelError
from claimtrail.stance.model_file import load_stance_model, save_stance_model
from claimtrail.stance.syntax import (
    NONE_DEPTH,
    SYNTAX_NAMES,
    claim_stems,
    depth,
    parse_texts,
    syntax_columns,
    syntax_digest,
    tokens_of,
)

CLAIM = "Mayor Smith resigned over the bridge scandal"


def columns(claim: str, text: str) -> dict[str, float]:
    (parsed,) = parse_texts([text])
    return dict(zip(SYNTAX_NAMES, syntax_columns(claim, parsed), strict=True))


def test_a_root_sharing_a_claim_stem_asserts_the_claim() -> None:
    # "resigns" shares "resig" with "resigned": the headline's main verb is the claim's event.
    got = columns(CLAIM, "Mayor Smith resigns after the bridge scandal")
    assert got["root_in_claim"] == 1.0
    assert got["claim_min_depth"] == 0.0
    assert got["hedge_min_depth"] == NONE_DEPTH


def test_a_reporting_root_is_a_hedge_at_depth_zero_and_the_claim_below_it() -> None:
    got = columns(CLAIM, "Police say Mayor Smith resigned over the scandal")
    assert got["root_in_claim"] == 0.0
    assert got["hedge_min_depth"] == 0.0
    assert got["claim_min_depth"] >= 1.0


def test_a_buried_reportedly_lies_deeper_than_a_reporting_root() -> None:
    buried = columns(CLAIM, "The mayor, who reportedly took bribes from builders, resigned")
    at_root = columns(CLAIM, "Reports say the mayor took bribes from builders")
    assert buried["hedge_min_depth"] >= 2.0
    assert buried["hedge_min_depth"] > at_root["hedge_min_depth"]


def test_no_hedge_and_no_claim_word_read_as_the_missing_depth() -> None:
    got = columns(CLAIM, "A shark swam through the flooded mall")
    assert got == {"root_in_claim": 0.0, "hedge_min_depth": 6.0, "claim_min_depth": 6.0}
    assert columns(CLAIM, "")["hedge_min_depth"] == NONE_DEPTH


def test_claim_stems_are_content_words_cut_to_five_letters() -> None:
    assert claim_stems("The mayor's bridge scandal, on TV") == {"mayor", "bridg", "scand"}


def test_depth_follows_heads_to_the_root() -> None:
    tokens = (("police", 1), ("say", 1), ("mayor", 3), ("quit", 1))
    assert [depth(tokens, i) for i in range(4)] == [1, 0, 2, 1]


def test_a_span_whose_head_lies_outside_it_is_a_root_of_its_own() -> None:
    from claimtrail.stance.syntax import standalone_parser

    doc = standalone_parser()("Police said the mayor quietly resigned.")
    span = doc[2:6]  # "the mayor quietly resigned"
    parsed = tokens_of(span)
    assert [w for w, _ in parsed] == ["the", "mayor", "quietly", "resigned"]
    assert parsed[3] == ("resigned", 3)  # its head "said" is outside: a root here
    assert all(0 <= head < len(parsed) for _, head in parsed)


def test_parse_texts_keeps_order_and_repeats() -> None:
    a, b, a_again = parse_texts(["Smith quits", "Smith stays", "Smith quits"])
    assert a == a_again and a != b


def test_the_headline_head_needs_parses_when_it_reads_them(tiny_model) -> None:
    head = tiny_model.headline
    assert head.with_syntax and head.syntax_digest == syntax_digest()
    with pytest.raises(ValueError, match="dependency parse"):
        head.predict_proba([CLAIM], ["Mayor Smith resigns"])
    # The model itself parses short texts it is given no parse for, in one batch.
    (parsed,) = parse_texts(["Mayor Smith resigns"])
    given = tiny_model.predict_proba([CLAIM], ["Mayor Smith resigns"], [parsed])
    assert tiny_model.predict_proba([CLAIM], ["Mayor Smith resigns"]) == given


def test_a_model_with_other_syntactic_columns_is_refused(tiny_model, tmp_path: Path) -> None:
    saved = tiny_model.headline.syntax_digest
    tiny_model.headline.syntax_digest = "0123456789abcdef"
    try:
        save_stance_model(tiny_model, tmp_path, {"note": "test"})
    finally:
        tiny_model.headline.syntax_digest = saved
    with pytest.raises(ModelError, match="other syntactic columns.*claimtrail train stance"):
        load_stance_model(tmp_path)
