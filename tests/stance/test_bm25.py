"""Open-vocabulary BM25 relatedness: a new claim's own words still count."""

from __future__ import annotations

import pytest

from claimtrail.stance.bm25 import FEATURE_NAMES, Bm25Relatedness

BODIES = [
    "The council met on Monday to discuss the budget and the new bridge.",
    "The football club won its third match in a row after a late goal.",
    "The singer cancelled her world tour, her agent said on Friday.",
]


def _features(model: Bm25Relatedness, claim: str, text: str) -> dict[str, float]:
    (row,) = model.transform([claim], [text])
    return dict(zip(FEATURE_NAMES, map(float, row), strict=True))


def test_words_never_seen_in_training_still_make_a_text_related() -> None:
    model = Bm25Relatedness.fit(BODIES)
    claim = "Meteorite crater near Managua airport"
    text = "A small meteorite left a crater in a wooded area near the Managua airport."
    related = _features(model, claim, text)
    assert related["idf_coverage"] == pytest.approx(1.0)
    assert related["best_sentence_idf_coverage"] == pytest.approx(1.0)
    assert related["open_tfidf_cos"] > 0.3
    unrelated = _features(model, claim, BODIES[1])
    assert unrelated["idf_coverage"] == unrelated["bm25"] == 0.0


def test_rare_words_weigh_more_than_common_ones() -> None:
    model = Bm25Relatedness.fit(BODIES)
    claim = "The council will close the Kestrel bridge"
    common = _features(model, claim, "The council has met again.")
    rare = _features(model, claim, "Kestrel is the name people use.")
    assert rare["idf_coverage"] > common["idf_coverage"] > 0.0


def test_the_lead_and_empty_texts() -> None:
    model = Bm25Relatedness.fit(BODIES)
    late = " ".join(["filler"] * 80) + " meteorite"
    assert _features(model, "meteorite", late)["idf_lead_coverage"] == 0.0
    assert _features(model, "meteorite", late)["idf_coverage"] == 1.0
    assert set(_features(model, "meteorite", "").values()) == {0.0}
    assert model.transform([], []).shape == (0, len(FEATURE_NAMES))


def test_best_sentences_are_those_that_cover_the_claim() -> None:
    model = Bm25Relatedness.fit(BODIES)
    text = (
        "The weather was mild. A meteorite fell near Managua, officials said. "
        "Nobody was hurt. Managua airport stayed open."
    )
    (best,) = model.best_sentences(["Meteorite lands near Managua"], [text], 2)
    assert best == "A meteorite fell near Managua, officials said. Managua airport stayed open."
    assert model.best_sentences(["x"], ["One sentence only"], 3) == ["One sentence only"]


# Idf weights whose sum depends on the order of addition: (0.1 + 0.2) + 0.3 != 0.3 + 0.2 + 0.1.
# One sentence covers the three claim words, the other one word weighing exactly 0.6: a tie that
# the order of the sum breaks. A set's order follows PYTHONHASHSEED, so the best sentence did.
_TIE_SCRIPT = """
from sklearn.feature_extraction.text import CountVectorizer
from claimtrail.stance.bm25 import Bm25Relatedness
idf = {"alpha": 0.1, "bravo": 0.2, "charlie": 0.3, "delta": 0.6}
model = Bm25Relatedness(CountVectorizer(stop_words="english"), idf, 1.0, 10.0)
text = "Delta delta here. Alpha bravo charlie there."
print(model.best_sentences(["alpha bravo charlie delta"], [text], 1)[0])
print(model.best_sentences(["charlie alpha bravo delta"], [text], 1)[0])
"""


def test_best_sentences_do_not_depend_on_the_hash_seed() -> None:
    import os
    import subprocess
    import sys

    outputs = set()
    for seed in range(8):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        result = subprocess.run(
            [sys.executable, "-c", _TIE_SCRIPT], env=env, capture_output=True, text=True, check=True
        )
        outputs.add(result.stdout)
    assert len(outputs) == 1
