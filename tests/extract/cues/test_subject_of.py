"""Sources of reported speech (extract/cues/sources.py) on parses set by hand.

The small parser hangs participles on whatever it likes; these tests fix the parse it produced
on news text (re-written here) so that the rule is tested, not the parser's mood.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from claimtrail.extract.cues.sources import subject_of


def parsed(rows: list[tuple[str, int, str, str, str]]) -> Doc:
    """(word, head index, dependency, coarse POS, fine tag) per token."""
    vocab = spacy.blank("en").vocab
    return Doc(
        vocab,
        words=[r[0] for r in rows],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        tags=[r[4] for r in rows],
        sent_starts=[True] + [False] * (len(rows) - 1),
    )


def test_a_set_off_participle_speaks_for_the_main_subject_not_a_thing():
    # "Unions criticised the possible move - which may affect staff - saying Skyway was
    # profitable.": the parser hung "saying" on the relative clause about "move"
    doc = parsed(
        [
            ("Unions", 1, "nsubj", "NOUN", "NNS"),
            ("criticised", 1, "ROOT", "VERB", "VBD"),
            ("the", 4, "det", "DET", "DT"),
            ("possible", 4, "amod", "ADJ", "JJ"),
            ("move", 1, "dobj", "NOUN", "NN"),
            ("-", 4, "punct", "PUNCT", ","),
            ("which", 8, "nsubj", "PRON", "WDT"),
            ("may", 8, "aux", "AUX", "MD"),
            ("affect", 4, "relcl", "VERB", "VB"),
            ("staff", 8, "dobj", "NOUN", "NN"),
            ("-", 8, "punct", "PUNCT", ":"),
            ("saying", 8, "advcl", "VERB", "VBG"),
            ("Skyway", 13, "nsubj", "PROPN", "NNP"),
            ("was", 11, "ccomp", "AUX", "VBD"),
            ("profitable", 13, "acomp", "ADJ", "JJ"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    assert subject_of(doc[11]).text == "Unions"


def test_a_participle_after_a_person_object_is_the_object(analyze_text):
    text = (
        "Takeover\nThe Financial Times also reported the deal. It quoted a spokesman for "
        "US-based hedge fund Atticus Capital complaining that the takeover was motivated by "
        "empire-building.\n"
    )
    quote = next(q for q in analyze_text(text).quotes if "empire-building" in q.text)
    assert (quote.speaker.name, quote.speaker.role) == (
        "a spokesman for Atticus Capital",
        "spokesman",
    )


def test_a_statement_still_speaks_for_its_issuer(analyze_text):
    text = "Plant\nFord issued a statement saying the plant would stay open.\n"
    quote = next(q for q in analyze_text(text).quotes if "stay open" in q.text)
    assert quote.speaker.name == "Ford"


def test_a_sentence_final_verb_without_subject_takes_the_phrase_before_it():
    # "She waited to sue, her lawyer, Perry Wander, said.": the parser joined the lawyer to
    # the content and left "said" with no subject
    doc = parsed(
        [
            ("She", 1, "nsubj", "PRON", "PRP"),
            ("waited", 11, "ccomp", "VERB", "VBD"),
            ("to", 3, "aux", "PART", "TO"),
            ("sue", 1, "xcomp", "VERB", "VB"),
            (",", 3, "punct", "PUNCT", ","),
            ("her", 6, "poss", "PRON", "PRP$"),
            ("lawyer", 3, "conj", "NOUN", "NN"),
            (",", 6, "punct", "PUNCT", ","),
            ("Perry", 9, "compound", "PROPN", "NNP"),
            ("Wander", 6, "appos", "PROPN", "NNP"),
            (",", 6, "punct", "PUNCT", ","),
            ("said", 11, "ROOT", "VERB", "VBD"),
            (".", 11, "punct", "PUNCT", "."),
        ]
    )
    assert subject_of(doc[11]).text == "lawyer"
