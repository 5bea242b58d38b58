"""The text and the sentences of a parsed document, computed once.

spaCy's ``Doc.text`` joins every token on each access, so code that reads it per quote or per
sentence turns quadratic on long articles (a 100,000-character text took 90 s instead of 12).
``remember_text`` stores it in the doc's ``user_data``; ``text_of`` reads it back. ``Doc.sents``
likewise builds every sentence span anew on each access; ``sentences`` keeps the list.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

_KEY = "claimtrail.text"
_SENTENCES_KEY = "claimtrail.sentences"


def remember_text(doc: Doc) -> Doc:
    doc.user_data[_KEY] = doc.text
    return doc


def text_of(doc: Doc) -> str:
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.text
        doc.user_data[_KEY] = text
    return str(text)


def sentences(doc: Doc) -> tuple[Span, ...]:
    """The doc's sentences (``doc.sents``), listed once per doc (a tuple: shared, not copied)."""
    listed = doc.user_data.get(_SENTENCES_KEY)
    if listed is None:
        listed = tuple(doc.sents)
        doc.user_data[_SENTENCES_KEY] = listed
    return tuple(listed)


def is_word(token: Token) -> bool:
    """A token of letters, or of letters joined by hyphens ("anti-Semitism", "co-operate",
    which the tokenizer keeps whole: parse/nlp.py)."""
    return token.is_alpha or (
        "-" in token.text and all(part.isalpha() for part in token.text.split("-"))
    )
