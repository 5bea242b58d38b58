"""The model's attribute ruler (tag -> POS and morphology, plus a few word exceptions), applied
by table look-up instead of spaCy's ``Matcher``: the same attributes on every token, for about a
tenth of the CPU (the ``Matcher`` tried ~180 patterns at every token: 12% of the parse).

spaCy's ``AttributeRuler`` matches all its patterns on the doc as it comes in, then sets each
match's attributes in rule order, so a token ends with, for each attribute, the value of the
last rule that matched it and set that attribute. Almost all of the model's rules are
one-token patterns over the token's ``TAG``, ``LOWER``, ``DEP`` and ``IS_SPACE`` (a value, or
an ``IN`` / ``NOT_IN`` list): which of them match depends on those four values alone, so the
rules a combination matches, merged in rule order, are worked out once per combination seen
and kept. Any other pattern (several tokens, other keys or operators) is matched by a
``Matcher`` holding only those, and its rules are merged with the others in rule order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Span
from spacy.tokens._retokenize import set_token_attrs
from spacy.vocab import Vocab

FACTORY = "claimtrail_attribute_ruler"
# The token attributes a one-token rule may test to be looked up (the order of the key).
_KEY_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_KEY_IDS = [TAG, LOWER, DEP, IS_SPACE]
_STRING_ATTRS = 3  # the first three are strings, IS_SPACE a bool
# A key's value for a string no one-token rule names: every test (equal to, in or not in a
# list of named strings) gives the same answer for all such strings.
UNNAMED = np.uint64(np.iinfo(np.uint64).max)

Key = tuple[int, int, int, int]
Rule = tuple[int, list[tuple[int, Callable[[Any], bool]]]]


def _test(value: Any) -> tuple[Callable[[Any], bool], list[str]] | None:
    """A one-token pattern's test of one attribute as a predicate on the attribute's value
    (a string, None for a string no rule names, or a bool for IS_SPACE), with the strings it
    names; None when the look-up does not handle it."""
    if isinstance(value, dict):
        if len(value) != 1:
            return None
        ((op, options),) = value.items()
        if op not in ("IN", "NOT_IN") or not isinstance(options, list):
            return None
        if not all(isinstance(o, str) for o in options):
            return None
        allowed = frozenset(options)
        if op == "IN":
            return (lambda v: v in allowed), options
        return (lambda v: v not in allowed), options
    if isinstance(value, bool):
        return (lambda v: v is value), []
    if isinstance(value, str):
        return (lambda v: v == value), [value]
    return None


def _one_token_tests(
    pattern: list[dict[str, Any]], index: int
) -> list[tuple[int, Callable[[Any], bool], list[str]]] | None:
    """The pattern as (position in the key, predicate, strings named) triples; None when it is
    not a one-token pattern over the key's attributes alone (it is then left to the
    ``Matcher``)."""
    if len(pattern) != 1 or index not in (0, -1):
        return None
    tests: list[tuple[int, Callable[[Any], bool], list[str]]] = []
    for attr, value in pattern[0].items():
        if attr not in _KEY_ATTRS or (attr == "IS_SPACE") != isinstance(value, bool):
            return None
        test = _test(value)
        if test is None:
            return None
        tests.append((_KEY_ATTRS.index(attr), *test))
    return tests


class LookupAttributeRuler(AttributeRuler):
    """spaCy's ``AttributeRuler`` with the same patterns and results, matched by look-up."""

    def __init__(self, vocab: Vocab, name: str, patterns: Iterable[dict[str, Any]]) -> None:
        super().__init__(vocab, name)
        self.add_patterns(patterns)
        # One-token rules by what they require: an exact TAG, an exact LOWER (or one of a
        # list), or neither (tested at every token); each with its tests.
        self._by_tag: dict[str, list[Rule]] = {}
        self._by_lower: dict[str, list[Rule]] = {}
        self._anywhere: list[Rule] = []
        named: list[set[str]] = [set() for _ in range(_STRING_ATTRS)]
        self._others = Matcher(vocab)
        specs: list[dict[str, Any]] = list(self.patterns)
        for rule, spec in enumerate(specs):
            for pattern in spec["patterns"]:
                tests = _one_token_tests(pattern, spec["index"])
                if tests is None:
                    self._others.add(str(rule), [pattern])
                    continue
                for at, _, strings in tests:
                    if at < _STRING_ATTRS:
                        named[at].update(strings)
                entry: Rule = (rule, [(at, test) for at, test, _ in tests])
                tag, lower = pattern[0].get("TAG"), pattern[0].get("LOWER")
                if isinstance(tag, str):
                    self._by_tag.setdefault(tag, []).append(entry)
                elif isinstance(lower, str):
                    self._by_lower.setdefault(lower, []).append(entry)
                elif isinstance(lower, dict) and "IN" in lower:
                    for word in lower["IN"]:
                        self._by_lower.setdefault(word, []).append(entry)
                else:
                    self._anywhere.append(entry)
        self._named = [
            np.array(sorted(vocab.strings.add(s) for s in strings), dtype=np.uint64)
            for strings in named
        ]
        # Per key seen (strings no rule names folded into UNNAMED, so there are few), the
        # attributes its one-token rules set, merged in rule order; and the rules.
        self._rules: dict[Key, tuple[int, ...]] = {}
        self._merged: dict[Key, dict[int, Any]] = {}

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            self._apply(doc)
            return doc
        except Exception as e:  # as AttributeRuler.__call__
            return error_handler(self.name, self, [doc], e)

    def _keys(self, doc: Doc) -> list[Key]:
        values = doc.to_array(_KEY_IDS).astype(np.uint64).reshape(len(doc), len(_KEY_IDS))
        for at, named in enumerate(self._named):
            values[~np.isin(values[:, at], named), at] = UNNAMED
        return [tuple(row) for row in values.tolist()]  # type: ignore[misc]

    def _apply(self, doc: Doc) -> None:
        # Everything is matched before any attribute is set, as AttributeRuler does.
        keys = self._keys(doc)
        extra: dict[int, list[int]] = {}
        if len(self._others):
            for match_id, start, end in self._others(doc, allow_missing=True, as_spans=False):
                rule = int(self.vocab.strings[match_id])
                target = Span(doc, start, end)[self.indices[rule]].i
                extra.setdefault(target, []).append(rule)
        merged = self._merged
        for i, key in enumerate(keys):
            if i in extra:
                attrs = self._merge(sorted({*self._rules_for(key), *extra[i]}))
            else:
                attrs = merged.get(key)  # type: ignore[assignment]
                if attrs is None:
                    attrs = merged[key] = self._merge(self._rules_for(key))
            if attrs:
                set_token_attrs(doc[i], attrs)

    def _rules_for(self, key: Key) -> tuple[int, ...]:
        rules = self._rules.get(key)
        if rules is None:
            values: list[Any] = [
                None if key[at] == UNNAMED else self.vocab.strings[key[at]]
                for at in range(_STRING_ATTRS)
            ]
            values.append(bool(key[_STRING_ATTRS]))
            candidates = [
                *self._by_tag.get(values[0], ()),
                *self._by_lower.get(values[1], ()),
                *self._anywhere,
            ]
            found = {
                rule for rule, tests in candidates if all(test(values[at]) for at, test in tests)
            }
            rules = self._rules[key] = tuple(sorted(found))
        return rules

    def _merge(self, rules: Iterable[int]) -> dict[int, Any]:
        """The attributes of ``rules`` applied in rule order (a later rule's value wins)."""
        merged: dict[int, Any] = {}
        for rule in rules:
            merged.update(self.attrs[rule])
        return merged


@Language.factory(FACTORY, default_config={"patterns": []})
def make_lookup_attribute_ruler(
    nlp: Language, name: str, patterns: list[dict[str, Any]]
) -> LookupAttributeRuler:
    return LookupAttributeRuler(nlp.vocab, name, patterns)


def use_lookup_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Replace the pipeline's ``AttributeRuler`` ``name`` by a ``LookupAttributeRuler`` with
    its patterns; False when there is none (or it is something else)."""
    ruler = nlp.get_pipe(name) if name in nlp.pipe_names else None
    if type(ruler) is not AttributeRuler:
        return False
    patterns = ruler.patterns
    nlp.replace_pipe(name, FACTORY, config={"patterns": patterns})
    return True
