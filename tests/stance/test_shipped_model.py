"""The shipped model: it loads, reads denials and new claims. (Its speed is measured by
benchmarks/bench_analyze.py and bench_stance.py, never by a timed test.)"""

from __future__ import annotations

import pytest

from claimtrail.stance import load_stance_model
from claimtrail.stance.labels import FNC_LABELS

FORD_CLAIM = "Ford and Xiaomi held talks on US EV production"
# Issue 11: a quoted first-person denial was read as agree (0.82).
DENIALS = [
    "We are not in talks with Xiaomi.",
    "Ford is not in discussions with Xiaomi about building cars in America.",
    '"We are not in talks with Xiaomi," a Ford spokesperson said.',
]
# Denials without a denial word (issue 11, second round): a formula, an elliptical "No …", a
# claim of wrongdoing answered by calling it lawful.
WORDED_DENIALS = [
    ("The trawling permit lets boats fish inside the reserve", "Nothing in the permit allows it."),
    ("The two directors fell out over the merger", "No row between us, none at all."),
    ("The toy maker broke the safety laws", "Every toy we sold was in full compliance."),
    ("The toy maker broke the safety laws", "We are a legitimate and careful business."),
    ("The bank plans to close 40 branches in Wales", "That is simply not true."),
    ("The bank plans to close 40 branches in Wales", "This is not the case."),
    ("The chief executive misled investors", "That never happened."),
    ("The chief executive misled investors", "We did nothing wrong."),
    ("Ford and Xiaomi held talks on US EV production", "There have been no discussions at all."),
]


def test_declining_to_comment_is_not_a_denial(shipped) -> None:
    # It was read as disagree 0.99 (a negation and "rumours", a refuting word).
    assert _label(shipped, FORD_CLAIM, "We do not comment on market rumours.") == "discuss"


@pytest.fixture(scope="module")
def shipped():
    return load_stance_model()


def _label(model, claim: str, text: str) -> str:
    (row,) = model.predict_proba([claim], [text])
    return max(row, key=row.__getitem__)


def test_shipped_model_loads_with_a_version(shipped) -> None:
    assert shipped.version.startswith("stance-2+")
    (row,) = shipped.predict_proba(["Ford and Xiaomi held talks"], ["Ford denied any talks."])
    assert set(row) == set(FNC_LABELS) and sum(row.values()) == pytest.approx(1.0)


@pytest.mark.parametrize("quote", DENIALS)
def test_a_first_person_denial_disagrees(shipped, quote: str) -> None:
    assert _label(shipped, FORD_CLAIM, quote) == "disagree"


@pytest.mark.parametrize(("claim", "quote"), WORDED_DENIALS)
def test_a_denial_without_a_denial_word_disagrees(shipped, claim: str, quote: str) -> None:
    assert _label(shipped, claim, quote) == "disagree"


def test_an_article_on_a_claim_with_words_never_trained_on_is_related(shipped) -> None:
    claim = "Glowing jellyfish swarm closes Vladivostok beaches"
    body = (
        "Beaches in Vladivostok were closed on Tuesday after a swarm of glowing jellyfish "
        "drifted into the bay, city officials said. Swimmers were told to stay out of the "
        "water while biologists counted the jellyfish, which glow blue at night. "
    ) * 3
    other = (
        "The football club won its third match in a row on Saturday after a late goal by its "
        "new striker. The manager praised the defence for keeping a clean sheet away from "
        "home, and said the team would now aim for the top four. Supporters sang in the rain "
        "long after the final whistle, and the club said a record number of tickets had been "
        "sold for the next home game against their local rivals."
    )
    assert _label(shipped, claim, body) != "unrelated"
    assert _label(shipped, claim, other) == "unrelated"


def test_shipped_model_reads_the_codes_syntactic_columns(shipped) -> None:
    import json

    from claimtrail.stance.model_file import MANIFEST_FILE, default_model_dir
    from claimtrail.stance.syntax import SYNTAX_NAMES, syntax_digest

    assert shipped.headline.syntax_digest == syntax_digest()
    manifest = json.loads((default_model_dir() / MANIFEST_FILE).read_text(encoding="utf-8"))
    record = manifest["training"]["headline_head"]
    assert record == {"syntax_columns": list(SYNTAX_NAMES), "syntax_digest": syntax_digest()}
