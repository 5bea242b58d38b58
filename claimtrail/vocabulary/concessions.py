"""Verbs of conceding whose confirming sense needs something that can be true or false.

Read only by the claim rules (``extract/claims/answers``). "Acme conceded that C" and
"Acme admitted the claims" confirm; with a plain noun object the same verbs name an act, not
an answer: a side "conceded a late goal" or "a penalty", a hospital "admitted two fans". Such
an object confirms nothing unless it is a claim, report, data or criticism noun, or holds a
content clause (``answers._disputable``).
"""

from __future__ import annotations

# Lemmas of conceding verbs whose noun object must be disputable for a confirmation.
CONCESSION_LEMMAS: frozenset[str] = frozenset({"concede", "admit"})
