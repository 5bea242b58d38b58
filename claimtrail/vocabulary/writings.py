"""Words of published news items that the speaker resolver reads: the nouns an article uses for
one piece of reporting ("a Washington Post article claims C. The article says D. According to
the story, E"), and the verbs that name the outlet that published it ("a report published in
the Daily Blur", "the story was posted by Acme News").

Kept apart from gazetteer.py and lexicon.py: the cue model does not read them, so changing
them needs no retraining.
"""

from __future__ import annotations

# Nouns of one published piece of reporting. A later definite one ("the article", "the story")
# names the same piece as an earlier one of any of these nouns, and speaks for its outlet.
ARTICLE_NOUNS = frozenset({"article", "story", "piece", "report"})

# Past participles that bring in the outlet a piece appeared in or was put out by
# ("published in X", "posted by X", "carried by X").
PUBLISHING_PARTICIPLES = frozenset({"published", "posted", "printed", "carried", "run"})

# Prepositions that name that outlet after a publishing participle.
PUBLISHING_PREPOSITIONS = frozenset({"in", "by", "on"})

# Last words of a newspaper's or magazine's name besides those of
# ``referents.OUTLET_NAME_WORDS`` ("The Denver Reporter", "The Boston Globe"): a mention that
# ends with one after a place or body the NER tagged alone names the outlet, not the place.
OUTLET_TITLE_ENDINGS = frozenset(
    {"reporter", "post", "globe", "examiner", "star", "sun", "express", "register", "daily"}
)

# Verbs that give the name a person goes by after "as" ("the nurse, known to readers as Tia",
# "a man identified as Omar Reyes"): the name stands for the noun the clause describes.
NAMING_PARTICIPLES = frozenset({"known", "identified", "named", "called", "described"})
