"""Words for telling a report from a decision still to be made or a condition
(extract/quotes/finder.py).

Kept apart from lexicon.py: the cue model does not read them, so changing them needs no
retraining.
"""

from __future__ import annotations

# Verbs of weighing something up, in every written form: with an open question for content
# ("will decide whether C", "are considering if C", "is assessing whether C") they report a
# decision not yet made, nobody's words. "The court decided that C" (a finding, with "that")
# is not touched.
DELIBERATION_FORMS = frozenset(
    """
    decide decides decided deciding consider considers considered considering assess
    assesses assessed assessing weigh weighs weighed weighing determine determines determined
    determining examine examines examined examining investigate investigates investigated
    investigating review reviews reviewed reviewing study studies studied studying ponder
    ponders pondered pondering debate debates debated debating
    """.split()
)

# Subordinators that make a clause a condition: a verb of saying in such a clause ("if he
# says that C", "unless she confirms C") is speech that may happen, not speech reported.
CONDITIONAL_MARKS = frozenset({"if", "unless"})

# Past forms of knowing and realising: "It took hours before Tom knew that C", "she realised
# that C" tell what the writer says came to be known, a fact of the story, not anybody's
# words or stated belief.
KNOWING_PAST_FORMS = frozenset({"knew", "realised", "realized"})

# Past forms of finding something out: "When he came back, she discovered that C" tells what a
# person in the story came to know, a fact of the story. Only with a person as subject (a
# pronoun or a name): "Researchers discovered that C" may be a finding and is not touched.
DISCOVERING_PAST_FORMS = frozenset({"discovered"})
