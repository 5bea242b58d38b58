"""Words for writing a speaker's own words as a claim about the speaker (``extract/claims/
claim_text.own_words``): a direct quote's "I", "me", "my" become the speaker's name or a
third-person pronoun ("I'm sure I scored" → "Ann Lee is sure she scored"), and the verb after
"I" takes the third person singular. Also the abbreviations whose stop ends no sentence when a
quote is cut to its first sentence.

Kept apart from lexicon.py and gazetteer.py: the cue model does not read them.
"""

from __future__ import annotations

# First person singular → third person, by gender ("m", "f").
OWN_FORMS: dict[str, dict[str, str]] = {
    "me": {"m": "him", "f": "her"},
    "my": {"m": "his", "f": "her"},
    "mine": {"m": "his", "f": "hers"},
    "myself": {"m": "himself", "f": "herself"},
    "i": {"m": "he", "f": "she"},
}
# A verb or clitic after "I" whose third person singular is not the regular "-s" form.
THIRD_PERSON_FORMS: dict[str, str] = {
    "'m": "is",
    "’m": "is",
    "am": "is",
    "'ve": "has",
    "’ve": "has",
    "have": "has",
    "do": "does",
    "'ll": "will",
    "’ll": "will",
    "'d": "would",
    "’d": "would",
}
# Abbreviations and titles whose stop ends no sentence ("St. Mary's", "Mr. Lee").
ABBREVIATIONS = frozenset({"Mrs", "Mr", "Dr", "St", "Jr", "Sr", "Co", "No", "vs", "Gen", "Rev"})
# First person plural → third person plural, for a body's "we" once its name is given
# ("We have had an approach," a spokesman for Acme said → "Acme have had an approach").
BODY_FORMS: dict[str, str] = {
    "we": "they",
    "our": "their",
    "ours": "theirs",
    "us": "them",
    "ourselves": "themselves",
}
# A contracted verb after "we", written out when "we" becomes the body's name ("We're going" →
# "Acme are going", not "Acme're going").
WE_CLITICS: dict[str, str] = {"'re": "are", "'ve": "have", "'ll": "will", "'d": "would"}
# The words between a spokesperson noun and the body it speaks for ("a spokesman for Acme").
SPOKEN_FOR = frozenset({"for", "from", "at"})
# An object pronoun moved to be a clause's subject ("reports linking him with Acme" → "he is
# linked with Acme").
SUBJECT_FORMS: dict[str, str] = {"him": "he", "her": "she", "them": "they", "us": "we", "me": "I"}

# Possessive pronouns that open a claim text, by the subject pronoun whose referent names their
# possessor ("his death dealt a blow": the person "he" stands for).
POSSESSIVE_SUBJECTS: dict[str, str] = {"his": "he", "her": "she", "its": "it", "their": "they"}
