"""Name keys across articles (claimtrail/link/names.py)."""

from __future__ import annotations

import pytest

from claimtrail.link.names import (
    entity_key,
    fold,
    is_anonymous,
    is_generic_outlet,
    known_outlet,
    name_key,
    outlet_key,
    surname_key,
)


def test_fold_is_lowercase_ascii_without_punctuation() -> None:
    assert fold("  Zoë  O'Brien-Smith, Jr. ") == "zoe o brien smith jr"
    assert fold("") == ""


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("CEO Jim Farley", "jim farley"),
        ("Mr. Farley", "farley"),
        ("Senator Dr. Ann Lee", "ann lee"),  # every leading title goes
        ("the Mayor", "mayor"),  # a title alone is kept, not emptied into ""
        ("Jim Farley, CEO", "jim farley ceo"),  # only leading titles are dropped
    ],
)
def test_name_key_drops_leading_titles(name: str, key: str) -> None:
    assert name_key(name) == key


def test_surname_key() -> None:
    assert surname_key("CEO Jim Farley") == surname_key("Mr. Farley") == "farley"
    assert surname_key("Dr.") is None


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("FT", "financial times"),
        ("the Financial Times", "financial times"),
        ("WSJ", "wall street journal"),
        ("Bloomberg News", "bloomberg"),
        ("The Guardian", "guardian"),
        ("the Verge", "the verge"),
        ("The Daily Planet", "daily planet"),  # unknown: its folded form without "the"
        (None, None),
        ("", None),
    ],
)
def test_outlet_key(name: str | None, key: str | None) -> None:
    assert outlet_key(name) == key


def test_known_outlet_needs_an_alias_or_a_stored_source() -> None:
    assert known_outlet("the FT", set()) == known_outlet("FT", set()) == "financial times"
    assert known_outlet("The Daily Planet", set()) is None
    assert known_outlet("The Daily Planet", {"daily planet"}) == "daily planet"


@pytest.mark.parametrize(
    ("name", "generic"),
    [
        ("the newspaper", True),
        ("that publication", True),
        ("the news agency", True),
        ("the Financial Times", False),
        ("the company", False),
    ],
)
def test_is_generic_outlet(name: str, generic: bool) -> None:
    assert is_generic_outlet(name) is generic


@pytest.mark.parametrize(
    ("name", "anonymous"),
    [
        ("people familiar with the matter", True),
        ("sources", True),
        ("a source", True),
        ("Analysts", True),
        ("an official who declined to be named", True),
        (None, True),
        ("", True),
        ("Jim Farley", False),
        ("Ford", False),
        ("the Financial Times", False),
    ],
)
def test_is_anonymous(name: str | None, anonymous: bool) -> None:
    assert is_anonymous(name) is anonymous


def test_entity_key_meets_company_forms() -> None:
    assert entity_key("Xiaomi Corp.") == entity_key("Xiaomi") == "xiaomi"
    assert entity_key("Ford Motor Co") == "ford motor"
    assert entity_key("President Lei Jun") == "lei jun"
