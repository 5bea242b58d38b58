"""Which kind of stakeholder a voice is, for the story page's stakeholder map.

The store knows person / organization / outlet / anonymous; readers of a business story think in
companies, analysts, politicians, investors and officials. A voice's role words decide; an
organization without telling role words counts as a company.
"""

from __future__ import annotations

import re

from claimtrail.vocabulary.gazetteer import VOICE_KIND_WORDS

# One alternation per kind, compiled once: a story page classifies hundreds of voices.
ROLE_PATTERNS = tuple(
    (kind, re.compile(r"\b(?:" + "|".join(map(re.escape, cues)) + r")\b"))
    for kind, cues in VOICE_KIND_WORDS
)


def voice_kind(store_kind: str, role: str | None, organization: str | None) -> str:
    """company, analyst, politician, investor, official or other."""
    words = " ".join(w for w in (role, organization) if w).lower()
    for kind, pattern in ROLE_PATTERNS:
        if pattern.search(words):
            return kind
    if store_kind == "organization" or organization:
        return "company"
    return "other"
