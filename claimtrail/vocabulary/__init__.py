"""Every English word list claimtrail reads, in one typed home (a lint test keeps it so).

lexicon: attribution words; gazetteer: people, bodies, places; grammar: function words and
stop words; stance: the stance features' words. The cue model records a digest of the
lexicon and gazetteer it was trained with (extract/cues/model.py)."""
