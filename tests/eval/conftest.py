"""Shared fixtures for the evaluation tests: a tiny PolNeAR-style compartment."""

from __future__ import annotations

from pathlib import Path

import pytest

TEXT = 'Obama said: "We go." "Stay," she added, "here." It is known that rain falls.\n'
ANN = "\n".join(
    [
        "T1\tSource 0 5\tObama",
        "T2\tCue 6 10\tsaid",
        'T3\tContent 12 20\t"We go."',
        "T4\tAttribution 6 10\tsaid",
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        'T5\tContent 40 47;21 28\t"here." "Stay,"',
        "T6\tSource 29 32\tshe",
        "T7\tCue 33 38\tadded",
        "T8\tAttribution 33 38\tadded",
        "E2\tAttribution:T8 Cue:T7 Source:T6 Content:T5",
        "T9\tAttribution-no-source 51 59\tis known",
        "T10\tContent 60 75\tthat rain falls",
        "T11\tDiscard 0 5\tObama",
        "E3\tAttribution-no-source:T9 Content:T10 Cue:T9",
        "#1\tAnnotatorNotes T1\ta note",
    ]
)


def _write_compartment(root: Path) -> Path:
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / "story.txt").write_bytes(TEXT.encode("utf-8"))
    (root / "text" / "unannotated.txt").write_text("No annotation here.\n", encoding="utf-8")
    (root / "attributions" / "story_b2.ann").write_text("E1\tAttribution:T1\n", encoding="utf-8")
    (root / "attributions" / "story_a1.ann").write_text(ANN, encoding="utf-8")
    (root / "attributions" / "story_extra_a0.ann").write_text("", encoding="utf-8")
    return root


@pytest.fixture
def polnear_dir(tmp_path: Path) -> Path:
    """``text/`` and ``attributions/`` with one article, two annotators and a decoy name."""
    return _write_compartment(tmp_path / "dev")
