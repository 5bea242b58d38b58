"""Words for reading a speaker's title off the words before or around a name
(speakers/resolve.py).

Kept apart from gazetteer.py: the cue model does not read them, so changing them needs no
retraining.
"""

from __future__ import annotations

# Ranks that are never the first word of an office ("Lord Chancellor" is one): the NER often
# leaves them out of the name it tags ("Sir | Alan Ferrow"), and the guidelines keep them.
KNIGHTLY_RANKS = frozenset({"sir", "dame"})

# Titles a person holds that the gazetteer's person nouns leave out because the word has
# other senses ("agent" of a chemical, a change): before a name, or after "as" in "joined the
# club as agent", they are a title.
EXTRA_TITLE_NOUNS = frozenset({"agent"})

# Verbs, in every written form, that state a title through "as": "X joined the club as chief
# executive", "X was appointed as coach", "X took over as manager", "X served as chairman".
TITLE_AS_VERBS = frozenset(
    """
    join joins joined joining appoint appoints appointed name names named serve serves served
    serving take takes took taken taking return returns returned install installed
    """.split()
)

# Verbs, in every written form, whose "as" phrase gives their OBJECT's title when they have
# one: "Rovers appoint Hale as manager" titles Hale, not Rovers; "Hale was appointed as
# manager" (passive, no object) titles the subject.
OBJECT_TITLE_VERBS = frozenset(
    """
    appoint appoints appointed appointing name names named naming install installs installed
    hire hires hired elect elects elected unveil unveils unveiled choose chooses chose chosen
    select selects selected confirm confirms confirmed announce announces announced sign signs
    signed
    """.split()
)
