"""The attribution lexicon (claimtrail/vocabulary/lexicon.py): verb forms, attitudes, and that its
tables hold only the schema's attitude names."""

from __future__ import annotations

from typing import get_args

import pytest

from claimtrail.models import Attitude
from claimtrail.vocabulary import lexicon

ATTITUDES = set(get_args(Attitude))


@pytest.mark.parametrize(
    ("word", "lemma"),
    [("said", "say"), ("says", "say"), ("denied", "deny"), ("denies", "deny"), ("told", "tell")],
)
def test_inflected_forms_find_their_lemma(word: str, lemma: str) -> None:
    assert lexicon.verb_lemma(word) == lemma


def test_words_that_are_not_reporting_verbs_have_no_lemma() -> None:
    assert lexicon.verb_lemma("table") is None
    assert lexicon.verb_lemma("") is None


def test_attitudes_and_their_negations() -> None:
    assert lexicon.attitude_of("deny") == "deny"
    assert lexicon.attitude_of("confirm", negated=True) == "question"
    assert lexicon.attitude_of("deny", negated=True) == "speculate"
    assert lexicon.attitude_of("say", negated=True) == "deny"
    assert lexicon.attitude_of(None) == "assert"


@pytest.mark.parametrize(
    "table",
    ["REPORTING_VERBS", "REPORTING_NOUNS", "RUMOUR_NOUNS", "EVIDENTIAL_VERBS", "NEGATED_ATTITUDE"],
)
def test_every_attitude_table_holds_only_schema_attitudes(table: str) -> None:
    values = set(getattr(lexicon, table).values())
    assert values <= ATTITUDES, values - ATTITUDES
