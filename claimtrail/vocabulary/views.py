"""Verbs of holding a view of something *as* something ("the fines are seen by campaigners as a
cover-up", "analysts regard the deal as a rescue"): the viewer holds that the thing
is what the "as" phrase says (extract/claims/evidentials ``view_record``)."""

from __future__ import annotations

VIEW_VERB_FORMS = frozenset(
    {
        *("see", "sees", "saw", "seen"),
        *("regard", "regards", "regarded"),
        *("view", "views", "viewed"),
    }
)
# The word that opens what the thing is seen as.
VIEW_AS = "as"
# Plural tags: the thing seen takes "are" ("the charges are X").
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Tags of a finite verb: a sentence holding one states something ("this" can stand for it).
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})

# Nouns whose content clause states what their holder holds, beside lexicon's ``RUMOUR_NOUNS``
# (kept here so that no cue model retrain is needed): "expressed concern that C", "amid worries
# that C", "a warning that C" (speculate: what may happen). Each needs a finite clause with a
# subject of its own ("concern over him signing X" states nothing).
CONTENT_NOUNS: dict[str, str] = {
    "concern": "speculate",
    "concerns": "speculate",
    "worry": "speculate",
    "worries": "speculate",
    "fear": "speculate",
    "warning": "speculate",
    "warnings": "speculate",
}
