"""Paragraphs introduced by a reporting line that ends in a colon.

    Limbaugh added:

    And from a supposed front-runner, Hillary Clinton, this reeks of …

The colon closes the attribution ("Limbaugh added"); the next paragraph is what was said,
quoted or not. The line's reporting verb is the cue and its subject the source.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from claimtrail.extract.cues.sources import subject_of
from claimtrail.extract.quotes.candidates import QuoteCandidate
from claimtrail.extract.quotes.reported import cue_span, source_mention
from claimtrail.parse.text import text_of
from claimtrail.vocabulary.lexicon import verb_lemma

QUOTE_OPENERS = ('"', "“", "''", "‘")
EDGE_MARKS = " \t\"“”'‘’"


def _without_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph less white space and quotation marks at its ends (its words are kept
    whole: an opening "And" is the speaker's)."""
    while start < end and text[start] in EDGE_MARKS:
        start += 1
    while end > start and text[end - 1] in EDGE_MARKS:
        end -= 1
    return start, end


def find_intro_paragraphs(doc: Doc) -> Iterator[QuoteCandidate]:
    text = text_of(doc)
    for line_start, line_end in _paragraphs(text):
        line = text[line_start:line_end].rstrip()
        if not line.endswith(":"):
            continue
        colon = line_start + len(line) - 1
        verb = _reporting_verb_before(doc, line_start, colon)
        following = _next_paragraph(text, line_end)
        if verb is None or following is None:
            continue
        found = _intro_candidate(doc, verb, following)
        if found is not None:
            yield found


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for line in text.split("\n"):
        yield start, start + len(line)
        start += len(line) + 1


def _next_paragraph(text: str, after: int) -> tuple[int, int] | None:
    start = after
    while start < len(text) and text[start].isspace():
        start += 1
    if start >= len(text):
        return None
    end = text.find("\n", start)
    return start, len(text) if end < 0 else end


def _reporting_verb_before(doc: Doc, line_start: int, colon: int) -> Token | None:
    """The last reporting verb with a subject in the line's final sentence."""
    span = doc.char_span(line_start, colon, alignment_mode="contract")
    if span is None or not len(span):
        return None
    for token in reversed(list(span)):
        if token.text in {".", "!", "?"}:
            return None  # the verb must be in the sentence the colon ends
        if verb_lemma(token.text) and subject_of(token) is not None:
            return token
    return None


def _intro_candidate(doc: Doc, verb: Token, paragraph: tuple[int, int]) -> QuoteCandidate | None:
    lemma = verb_lemma(verb.text)
    subject = subject_of(verb)
    mention = source_mention(subject) if subject is not None else None
    if lemma is None or mention is None:
        return None
    start, end = _without_marks(text_of(doc), *paragraph)
    if end - start < 2:
        return None
    quoted = text_of(doc)[paragraph[0] : paragraph[1]].startswith(QUOTE_OPENERS)
    return QuoteCandidate(
        start=start,
        end=end,
        kind="direct" if quoted else "indirect",
        cue=cue_span(verb),
        cue_lemma=lemma,
        source=mention[0],
        source_head=mention[1],
        finder="intro",
    )
