"""What a side or a player wins, for telling "claim" the verb of winning from "claim" the verb
of saying (extract/quotes/headline.py).

"Wessex claim Sevens glory", "Hale claims second title": a bare noun phrase object headed by
one of these nouns is something won, not a proposition anybody asserted. Kept apart from
lexicon.py: the cue model does not read them.
"""

from __future__ import annotations

ACHIEVEMENT_NOUNS = frozenset(
    """
    glory victory victories win wins title titles crown crowns lead medal medals gold silver
    bronze prize prizes award awards trophy trophies cup double treble hat-trick draw point
    points scalp scalps record records success triumph berth place places spot spots honours
    honors pole podium championship championships slam bonus lives life seat
    seats wickets wicket
    """.split()
)
