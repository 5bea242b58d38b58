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

# Verbs of identifying or naming someone as what the 'as' phrase says, read only when a
# relaying source (an outlet, unnamed sources) does it ("was named as X by the Daily Ledger",
# "the paper identified the man as X"): it reports that the thing is X. A party naming someone
# appoints ("the board named her as chief executive") and police identifying act on a case.
IDENTIFY_VERB_FORMS = frozenset({"identify", "identifies", "identified", "identifying"})
NAMING_VERB_FORMS = frozenset({"name", "names", "named", "naming"})

# Subordinating words that may open a clause a claim is read from and that the claim, a
# sentence of its own, does without ("while A reportedly signed up": A signed up). Not "if",
# "unless" or "before": they change what is claimed.
CLAUSE_OPENERS = frozenset(
    {"while", "whilst", "as", "because", "since", "although", "though", "whereas", "after"}
)
