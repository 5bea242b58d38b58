"""claimtrail/parse/attributes.py: the attribute ruler by look-up sets exactly what spaCy's
``AttributeRuler`` sets, for rules made up here (no model needed) and for the model's own."""

from __future__ import annotations

import pytest
import spacy
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.vocab import Vocab

from claimtrail.parse.attributes import LookupAttributeRuler

# Rule order matters (a later rule's value wins); one-token rules over TAG, LOWER, DEP and
# IS_SPACE with values, IN and NOT_IN lists; rules the look-up leaves to a Matcher (two tokens,
# a negative index, a REGEX, another attribute).
RULES = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "VBD"}]], "attrs": {"POS": "VERB", "MORPH": "Tense=Past"}},
    {"patterns": [[{"TAG": "VBD", "LOWER": "was"}]], "attrs": {"POS": "AUX"}},
    {"patterns": [[{"LOWER": {"IN": ["harbour", "ferry"]}}]], "attrs": {"LEMMA": "boat"}},
    {"patterns": [[{"DEP": {"NOT_IN": ["", "punct"]}, "IS_SPACE": True}]], "attrs": {"DEP": "dep"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE"}},
    {"patterns": [[{"TAG": {"IN": ["NN", "NNS"]}, "DEP": "nsubj"}]], "attrs": {"POS": "PROPN"}},
    {"patterns": [[{"LOWER": "the"}, {"TAG": "NN"}]], "attrs": {"LEMMA": "thing"}, "index": -1},
    {"patterns": [[{"LOWER": {"REGEX": "^fer+y$"}}]], "attrs": {"MORPH": "Case=Nom"}},
    {"patterns": [[{"ORTH": "Ferry"}]], "attrs": {"LEMMA": "Ferry"}},
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"MORPH": "Number=Plur"}},
]
WORDS = ["The", "ferry", "was", "late", "\n", "the", "harbour", "closed", " ", "Ferry", "."]
TAGS = ["DT", "NN", "VBD", "JJ", "_SP", "DT", "NN", "VBD", "_SP", "NN", "."]
DEPS = ["det", "nsubj", "ROOT", "acomp", "dep", "det", "nsubj", "ROOT", "punct", "nsubj", "punct"]
HEADS = [1, 2, 2, 2, 3, 6, 7, 7, 7, 7, 7]
SPACES = [True, True, True, False, False, True, True, False, False, False, False]


def _vocab() -> Vocab:
    return spacy.blank("en").vocab  # with the lexical attributes (LOWER, IS_SPACE)


def _doc(vocab: Vocab) -> Doc:
    return Doc(vocab, words=WORDS, spaces=SPACES, tags=TAGS, deps=DEPS, heads=HEADS)


def _attributes(doc: Doc) -> list[tuple[str, ...]]:
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, str(t.head.i)) for t in doc]


def test_the_same_attributes_as_spacys_ruler() -> None:
    vocab = _vocab()
    ruler = AttributeRuler(vocab)
    ruler.add_patterns(RULES)  # type: ignore[arg-type]
    lookup = LookupAttributeRuler(vocab, "attribute_ruler", RULES)
    expected, got = ruler(_doc(vocab)), lookup(_doc(vocab))
    assert _attributes(got) == _attributes(expected)
    assert _attributes(got) != _attributes(_doc(vocab))  # the rules did change something
    # the later rule's morphology won, and the two-token rule set its last token's lemma
    assert str(got[6].morph) == "Number=Plur" and got[6].lemma_ == "thing"
    # a second doc through the same ruler (its look-up table filled) gives the same again
    assert _attributes(lookup(_doc(vocab))) == _attributes(expected)


def test_rules_it_cannot_look_up_go_to_its_matcher() -> None:
    lookup = LookupAttributeRuler(_vocab(), "attribute_ruler", RULES)
    assert len(lookup._others) == 3  # the two-token, REGEX and ORTH rules


@pytest.mark.slow
def test_the_models_ruler_gives_the_same_parse() -> None:
    from claimtrail.parse.nlp import load_nlp, resolve_model_name

    nlp = load_nlp()
    lookup = nlp.get_pipe("attribute_ruler")
    assert isinstance(lookup, LookupAttributeRuler)
    ruler = spacy.load(resolve_model_name(), exclude=["lemmatizer"]).get_pipe("attribute_ruler")
    assert type(ruler) is AttributeRuler and ruler.patterns == lookup.patterns
    text = (
        "Gonna be honest: there were doubts.\n\nLet's see, the council ain't sure.  Y'all "
        "heard the mayor, who said the ferries got ta run on time, c'mon.\n"
        "Nobody is certain whether it was the storm or the tide."
    )
    names = [n for n, _ in nlp.pipeline]
    with nlp.select_pipes(enable=names[: names.index("attribute_ruler")]):
        parsed = nlp(text)
    expected = ruler(Doc(nlp.vocab).from_bytes(parsed.to_bytes()))
    got = lookup(Doc(nlp.vocab).from_bytes(parsed.to_bytes()))
    assert _attributes(got) == _attributes(expected)
    assert any(t.lemma_ == "be" for t in got[:12])  # a two-token rule (ain't) applied
