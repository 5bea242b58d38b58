"""Stance of a text toward a claim: agree, disagree, discuss or unrelated.

A lexical model trained here on FNC-1 (claim vs article body) and Emergent (claim vs headline);
see docs/stance.md for how it works and what it scores. Nothing is loaded at import time:
call ``load_stance_model()`` once and pass the model along.
"""

from __future__ import annotations

from claimtrail.stance.model import StanceModel
from claimtrail.stance.model_file import load_stance_model

__all__ = ["StanceModel", "load_stance_model"]
