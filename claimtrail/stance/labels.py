"""The stance label sets and how Emergent's labels map onto FNC-1's."""

from __future__ import annotations

FNC_LABELS: tuple[str, ...] = ("agree", "disagree", "discuss", "unrelated")
RELATED_LABELS: tuple[str, ...] = ("agree", "disagree", "discuss")
EMERGENT_LABELS: tuple[str, ...] = ("for", "against", "observing")

# Emergent's "observing" (repeats the claim without taking a side) is FNC-1's "discuss";
# FNC-1 was built from Emergent with exactly this correspondence (Pomerleau & Rao 2017).
EMERGENT_TO_FNC: dict[str, str] = {"for": "agree", "against": "disagree", "observing": "discuss"}
FNC_TO_EMERGENT: dict[str, str] = {fnc: emergent for emergent, fnc in EMERGENT_TO_FNC.items()}
