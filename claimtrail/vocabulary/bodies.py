"""Words about how one organisation's name relates to another's (extract/speakers/entities.py).

A longer name that begins with a shorter one usually names the same body ("Ford" / "Ford
Motor"). When the article introduces the shorter name on its own first, a longer name made
from it with further words is another body: an arm, a council, a channel of it ("the IAAF"
… "the IAAF Council", "Barclays" … "Barclays Capital"). Only a company's legal form or a
word for the whole group after the name keeps the two one body ("Telegraph" … "Telegraph
Group", "ABC" … "ABC Inc.").
"""

from __future__ import annotations

# Words after a company's name that name the same company, compared in lower case with any
# trailing stop removed.
LEGAL_FORM_WORDS = frozenset(
    {
        "ag",
        "co",
        "company",
        "corp",
        "corporation",
        "gmbh",
        "group",
        "holding",
        "holdings",
        "inc",
        "incorporated",
        "limited",
        "llc",
        "llp",
        "ltd",
        "nv",
        "plc",
        "sa",
        "spa",
    }
)

# Nouns one study goes by again: "A study by X said C. D, said the report." A definite one of
# these names the study, survey or report introduced before with any of them.
STUDY_NOUNS = frozenset({"report", "study", "survey", "research", "poll", "analysis"})

# Last words of a firm's name that no place's name ends with, though the NER often reads the
# whole name as a place ("Tarvo Research", "Norland Consulting"): with the gazetteer's body
# endings (less its continents, which end places' names too: "South America"), they make the
# name a body's.
FIRM_NAME_TAILS = frozenset({"Research", "Consulting", "Consultancy", "Analytics", "Securities"})
# Continents and regions that end both places' and bodies' names ("Bank of America").
REGION_NAME_TAILS = frozenset({"America", "Asia", "Europe", "Africa", "International"})
