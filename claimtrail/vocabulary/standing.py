"""Words that say a described source speaks for a party (status.has_standing): "a spokesman
for Northwave" is Northwave's insider, a party with standing (guidelines C); and the cues of
a litigant ("sued by a homeowner"), who has standing however it is named.

Kept apart from gazetteer.py: the cue model does not read them, so changing them needs no
retraining.
"""

from __future__ import annotations

# Nouns of those who speak for a named party ("a spokeswoman for the ministry").
SPEAKING_FOR = frozenset(
    {
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "spokespeople",
        "spokesmen",
        "spokeswomen",
        "representative",
        "representatives",
        "lawyer",
        "lawyers",
        "solicitor",
        "solicitors",
    }
)

# Cues of taking a claim to court (extract/claims/groups.py): the source is a litigant.
LITIGATION_CUES = frozenset({"sue", "sues", "sued", "suing", "lawsuit", "lawsuits"})
