"""Fixtures for the stance tests: a tiny model trained in seconds on invented pairs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimtrail.stance.emergent import EmergentRow
from claimtrail.stance.fnc1 import FncPair

CLAIMS = [
    "Mayor Smith resigned over the bridge scandal",
    "A shark swam through the flooded city mall",
    "The singer cancelled her world tour",
    "Scientists found water on the red planet",
]
AGREE = "Officials confirmed it on Monday: {c}. The announcement was made at a press event."
DISAGREE = "This story is a hoax. {c}? Not true, officials said, calling the report fake and false."
DISCUSS = "Reports claim that {c}, but it could not be verified. Sources say it may have happened."
UNRELATED = "The football club won its third match in a row after a late goal by the striker."


def invented_fnc_pairs() -> list[FncPair]:
    pairs = []
    for number, claim in enumerate(CLAIMS):
        for label, template in (
            ("agree", AGREE),
            ("disagree", DISAGREE),
            ("discuss", DISCUSS),
            ("unrelated", UNRELATED),
        ):
            body = template.format(c=claim.lower())
            pairs.append(FncPair(claim, f"{number}-{label}", body, label))
    return pairs * 3


def invented_emergent_rows() -> list[EmergentRow]:
    rows = []
    for number, claim in enumerate(CLAIMS):
        for label, headline in (
            ("for", f"Confirmed: {claim}"),
            ("against", f"Hoax: no, {claim.lower()} is fake"),
            ("observing", f"Report claims {claim.lower()}?"),
        ):
            rows.append(EmergentRow(claim, headline, label, str(number), (claim, headline, label)))
    return rows * 2


@pytest.fixture(scope="session")
def tiny_model():
    from claimtrail.stance.model import StanceModel
    from claimtrail.stance.train import train_body_head, train_headline_head

    return StanceModel(
        "tiny",
        train_body_head(invented_fnc_pairs(), n_threads=1),
        train_headline_head(invented_emergent_rows()),
    )


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data (or CLAIMTRAIL_SHARED_DATA); the test is skipped when it is absent."""
    default = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"
    path = Path(os.environ.get("CLAIMTRAIL_SHARED_DATA", default))
    if not (path / "fnc-1" / "train_stances.csv").is_file():
        pytest.skip(f"shared data not found at {path}")
    return path
