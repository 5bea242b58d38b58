"""Verbs of holding a view of something *as* something ("the fines are seen by campaigners as a
cover-up", "analysts regard the deal as a rescue"): the viewer holds that the thing
is what the "as" phrase says (extract/claims/propositions ``_view_record``)."""

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
