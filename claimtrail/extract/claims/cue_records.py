"""Records from cues with no quote: every sentence's reporting nouns, evidentials, accusations,
answers and views, each read by its own module, gathered in document order."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from claimtrail.extract.claims.accusations import (
    accusation_record,
)
from claimtrail.extract.claims.answers import (
    answer_record,
    clausal_answer,
    reference_denial,
)
from claimtrail.extract.claims.claim_text import (
    as_person_text,
    speaker_gender,
)
from claimtrail.extract.claims.evidentials import (
    as_evidential_record,
    data_report_record,
    data_show_record,
    evidential_record,
    nested_claim_record,
    view_record,
)
from claimtrail.extract.claims.quote_records import (
    echoes_earlier,
    sentence_context,
)
from claimtrail.extract.claims.records import (
    Record,
    content_words,
    name_words,
)
from claimtrail.extract.claims.rumours import (
    linked_record,
    rumour_record,
    topic_rumour_record,
)
from claimtrail.extract.speakers.entities import EntityTable
from claimtrail.models import Quote, Source
from claimtrail.vocabulary.accusations import (
    CRITICISM_NOUNS,
    CRITICISM_VERBS,
)
from claimtrail.vocabulary.answers import (
    PHRASAL_VERB_FORMS,
    PLEA_FORMS,
)
from claimtrail.vocabulary.lexicon import (
    ACCUSATION_WORDS,
    EVIDENTIAL_ADVERBS,
    EVIDENTIAL_VERBS,
    RUMOUR_NOUNS,
    verb_lemma,
)
from claimtrail.vocabulary.relayers import DATA_SHOW_FORMS
from claimtrail.vocabulary.rumours import (
    IDIOM_RUMOUR_NOUNS,
    LINK_PARTICIPLES,
)
from claimtrail.vocabulary.views import (
    CONTENT_NOUNS,
    IDENTIFY_VERB_FORMS,
    NAMING_VERB_FORMS,
    VIEW_VERB_FORMS,
)

# -- records from cues that are not quotes ----------------------------------------------------


def cue_records(
    doc: Doc, quotes: list[Quote], entities: EntityTable, body_start: int
) -> list[Record]:
    taken = [(q.cue.start, q.cue.end) for q in quotes if q.cue is not None]

    def free(tok: Token) -> bool:
        return not any(s <= tok.idx < e for s, e in taken)

    out: list[Record] = []
    for tok in doc:
        if not _may_cue(tok) or tok.idx < body_start or not free(tok):
            continue
        rec = (
            answer_record(doc, tok, entities, quotes)
            or rumour_record(doc, tok, entities, quotes)
            or accusation_record(doc, tok, entities, quotes)
            or evidential_record(doc, tok, entities)
            or linked_record(doc, tok, entities, quotes)
            or as_evidential_record(doc, tok, entities, quotes)
            or nested_claim_record(doc, tok, entities, quotes)
            or reference_denial(doc, tok, entities, quotes)
            or clausal_answer(doc, tok, entities, quotes)
            or data_report_record(doc, tok, entities, quotes)
            or view_record(doc, tok, entities, quotes)
            or data_show_record(doc, tok, entities, quotes)
            or topic_rumour_record(doc, tok)
        )
        if rec is not None:
            if not rec.words:
                rec.words = frozenset(content_words(doc, rec.start, rec.end))
            rec.text = _quoted_speaker_words(doc, rec, quotes, entities)
            rec.source_words = name_words(rec.source.name)
            rec.sentence = tok.sent.start_char
            if rec.reference:
                rec.context = frozenset(sentence_context(doc, rec.start, rec.end))
                rec.also = echoes_earlier(tok)
            out.append(rec)
    return out


def _quoted_speaker_words(
    doc: Doc, rec: Record, quotes: Sequence[Quote], entities: EntityTable
) -> str:
    """A record read inside a direct quote ('"They say I supposedly dodged the testers," X
    said': a report that X dodged them) speaks in the quote's words: its "I" and "my" are
    the quote's speaker, written as in ``own_words``."""
    if not re.search(r"\b(?:I|[Mm]y)\b", rec.text):
        return rec.text
    quote = next(
        (
            q
            for q in quotes
            if q.kind == "direct" and q.start <= rec.start < q.end and q.speaker is not None
        ),
        None,
    )
    if quote is None or quote.speaker is None:
        return rec.text
    speaker = entities.by_id(quote.speaker.entity_id)
    if speaker is None or speaker.type != "person":
        return rec.text
    source = Source(name=speaker.name, entity_id=quote.speaker.entity_id)
    span = doc.char_span(rec.start, rec.end, alignment_mode="expand")
    return as_person_text(rec.text, speaker.name, speaker_gender(doc, source, quotes), span)


def _may_cue(tok: Token) -> bool:
    """Whether a token is a word any cue record starts from (a cheap test before the parse
    rules: most tokens are not)."""
    lowered = tok.lower_
    return (
        lowered in RUMOUR_NOUNS
        or lowered in IDIOM_RUMOUR_NOUNS
        or lowered in DATA_SHOW_FORMS
        or lowered in CONTENT_NOUNS
        or lowered in ACCUSATION_WORDS
        or lowered in CRITICISM_VERBS
        or lowered in CRITICISM_NOUNS
        or lowered in EVIDENTIAL_VERBS
        or lowered in EVIDENTIAL_ADVERBS
        or lowered in PHRASAL_VERB_FORMS
        or lowered in PLEA_FORMS
        or lowered == "according"
        or lowered in VIEW_VERB_FORMS
        or lowered in IDENTIFY_VERB_FORMS
        or lowered in NAMING_VERB_FORMS
        or lowered in LINK_PARTICIPLES
        or (tok.pos_ == "VERB" and verb_lemma(tok.text) is not None)
    )
