"""Reported speech from the dependency parse: a cue, its source and its content clause.

Patterns (each a small function):
  - verb with a clausal complement: "X said (that) C", "C, X said", "X told reporters C"
  - reporting verb attached by parataxis: "C, he added."
  - "according to X, C" and "C, per X"
  - reporting noun with a content clause: "his claim that C", "a statement saying C"
  - an "as" clause: "As experts have pointed out, C", "C, as one analyst put it"
  - a word the learned cue model knows as a cue, its content chosen by the model (and its
    candidate filter) among the word's dependents

Where each content begins and ends is content_spans.py's job.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from claimtrail.extract.cues.features import candidate_features, score, score_cue
from claimtrail.extract.cues.model import CueModel
from claimtrail.extract.cues.sources import (
    SUBJECT_DEPS,
    holds_views,
    quotes_as_saying,
    subject_of,
)
from claimtrail.extract.quotes.candidates import QuoteCandidate
from claimtrail.extract.quotes.content_spans import (
    DEFAULT_CONVENTION,
    FINITE_OR_MODAL_TAGS,
    MIN_CONTENT_TOKENS,
    complement_span,
    content_before_cue,
    has_quote_marks,
    is_finite_clause,
    parenthetical_content,
    raised_subject,
    sentence_without,
    stranded_subject,
    subtree_span,
    trimmed,
)
from claimtrail.vocabulary.contrary import CONVICTION_WORDS
from claimtrail.vocabulary.gazetteer import PERSON_NOUNS
from claimtrail.vocabulary.grammar import (
    CONSEQUENCE_CONNECTIVES,
    EMERGING_FORMS,
    HOLDER_PREPOSITIONS,
    NON_SOURCES,
    POSTPOSED_SOURCE_ADJECTIVES,
    RELATIVE_PRONOUNS,
    SETTING_PREPOSITIONS,
    SHARE_PREPOSITIONS,
    TAIL_NOUN_VERBS,
    TOPIC_PREPOSITIONS,
)
from claimtrail.vocabulary.lexicon import (
    ACCORDING_HEADS,
    ADDRESSEE_VERBS,
    EVIDENTIAL_VERBS,
    REPORTING_NOUNS,
    verb_forms,
    verb_lemma,
)
from claimtrail.vocabulary.press import GENERIC_PRESS_WORDS
from claimtrail.vocabulary.realis import OPEN_QUESTION_MARKS, UNREALISED_HEADS
from claimtrail.vocabulary.targets import RECEIVING_FORMS

CONTENT_DEPS = {"ccomp"}


def char_span(tokens: Span | list[Token]) -> tuple[int, int]:
    toks = list(tokens)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def is_relative_subject(token: Token) -> bool:
    """'officials who said': PolNeAR marks the pronoun as the source, so the mention is 'who'."""
    return (
        token.lower_ in RELATIVE_PRONOUNS
        and token.dep_ in SUBJECT_DEPS
        and token.head.dep_ == "relcl"
    )


def source_mention(head: Token) -> tuple[tuple[int, int], int] | None:
    """The noun phrase a source hangs on: left edge to head plus compounds and 'of/for X'.

    Appositions and relative clauses are cut ("Jim Farley, Ford's chief, said" → Jim Farley).
    """
    if is_relative_subject(head):
        return (head.idx, head.idx + len(head.text)), head.i
    if head.lower_ in NON_SOURCES or head.dep_ == "expl":
        return None
    if head.lower_ == "it" and head.dep_ == "nsubjpass":
        return None  # "It is widely expected that…": nobody in particular
    left = head.left_edge
    # A dateline or heading before the subject ("WASHINGTON — President Obama") is not part of it.
    for tok in head.doc[left.i : head.i]:
        spaced_hyphen = (
            tok.text == "-"
            and bool(tok.whitespace_)
            and tok.i > 0
            and bool(tok.nbor(-1).whitespace_)
        )
        if (
            tok.text in {"—", "–", "--", ":"}
            or spaced_hyphen  # "CLEVELAND - Donald Trump"
            or "\n" in tok.text
            or "\n" in tok.whitespace_
        ):
            left = head.doc[tok.i + 1]
    right = head
    for child in head.rights:
        if (
            child.dep_ in {"compound", "flat", "nummod"}
            or (child.dep_ == "prep" and child.lower_ in {"of", "for", "at", "with", "from"})
            or (child.dep_ == "amod" and child.lower_ in POSTPOSED_SOURCE_ADJECTIVES)
            or (  # a share of those asked: "One in four said", "Thirty per cent said"
                head.pos_ == "NUM" and child.dep_ == "prep" and child.lower_ in SHARE_PREPOSITIONS
            )
        ):
            right = child.right_edge
        else:
            break
    doc = head.doc
    while (  # "The Tory co-chairman": a hyphenated word is one word
        right.i + 2 < len(doc)
        and doc[right.i + 1].text == "-"
        and not right.whitespace_
        and not doc[right.i + 1].whitespace_
    ):
        right = doc[right.i + 2]
    toks = doc[left.i : right.i + 1]
    while len(toks) > 1 and toks[0].is_punct:
        toks = toks[1:]
    return char_span(toks), head.i


def is_negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def unmade(verb: Token) -> bool:
    """A confirmation or denial talked about, not made: the verb hangs as "to confirm" on a head
    that leaves it undone ("was unable to confirm", "hoped to confirm", "was asked to deny", "not
    able to confirm"), or its content is an open question ("confirm whether the deal would go
    ahead"). The guidelines attribute an attitude only to the source that takes it."""
    if verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        head = verb.head
        if head.lower_ in _unrealised_forms() or head.lower_ in EVIDENTIAL_VERBS:
            return True  # "hoped to confirm"; "said to confirm", "expected to deny": hearsay
        if is_negated(head) or (head.dep_ == "acomp" and is_negated(head.head)):
            return True  # "was not able to confirm", "would not want to deny"
    return any(
        c.dep_ in {"ccomp", "advcl"}
        and any(m.dep_ == "mark" and m.lower_ in OPEN_QUESTION_MARKS for m in c.children)
        for c in verb.children
    )


@lru_cache(maxsize=1)
def _unrealised_forms() -> frozenset[str]:
    return frozenset(f for word in UNREALISED_HEADS for f in verb_forms(word))


def cue_span(verb: Token) -> tuple[int, int]:
    parts = [verb] + [c for c in verb.children if c.dep_ == "prt"]
    return min(t.idx for t in parts), max(t.idx + len(t.text) for t in parts)


def _content_child(verb: Token) -> Token | None:
    """The clausal complement; one after the verb wins ('A; the team says C' reports C)."""
    found = [
        c
        for c in verb.children
        if c.dep_ in CONTENT_DEPS and len(list(c.subtree)) >= MIN_CONTENT_TOKENS
    ]
    after = [c for c in found if c.i > verb.i]
    chosen = after or found
    return chosen[0] if chosen else None


def _candidate(
    doc: Doc, verb: Token, content: tuple[int, int], lemma: str, finder: str, source: Token | None
) -> QuoteCandidate | None:
    mention = source_mention(source) if source is not None else None
    if mention is not None and content[0] < mention[0][0] < content[1] <= verb.idx + 1:
        content = (content[0], mention[0][0])  # "C, her lawyer, X, said": C ends at the source
    start, end = trimmed(doc, *content)
    if end - start < 2:
        return None
    end = _through_stranded_object(doc, end)
    return QuoteCandidate(
        start=start,
        end=end,
        kind="indirect",
        cue=cue_span(verb),
        cue_lemma=lemma,
        source=mention[0] if mention else None,
        source_head=mention[1] if mention else None,
        negated=is_negated(verb),
        finder=finder,
    )


def _through_stranded_object(doc: Doc, end: int) -> int:
    """'confirmed Ashby made a bid for | Robbie Hale - but …' where the parser hung the name on
    a later noun: a content that ends on a preposition runs on through the capitalised name
    right after it."""
    last = doc.char_span(end - 1, end, alignment_mode="expand")
    if last is None or last[-1].pos_ != "ADP" or last[-1].i + 1 >= len(doc):
        return end
    name = []
    for tok in doc[last[-1].i + 1 :]:
        if tok.pos_ != "PROPN" or not tok.is_title:
            break
        name.append(tok)
    return name[-1].idx + len(name[-1].text) if name else end


def from_clausal_complement(doc: Doc, verb: Token, lemma: str) -> QuoteCandidate | None:
    """'X said (that) C' and 'C, X said' — content is the complement's subtree; when the
    reporting clause closes the sentence, everything before it is the content (the parser
    often hangs 'said' on the last conjunct only: 'A, but B, a source said')."""
    content = _content_child(verb)
    if content is None:
        return None
    span = parenthetical_content(doc, verb) or subtree_span(content)
    if content.i < verb.i:
        if _follows_a_connective(verb, content):
            return None
        span = content_before_cue(doc, verb, content) or span
    else:
        span = _with_stranded_subject(verb, content, span)
        span = _through_the_finite_half(verb, content, span)
    return _candidate(doc, verb, span, lemma, "ccomp", subject_of(verb))


def _through_the_finite_half(verb: Token, content: Token, span: tuple[int, int]) -> tuple[int, int]:
    """'believes that the men now being held should be freed': the parser
    made the subject with its participle one complement and the finite, subjectless rest
    another; the content runs on through the rest that follows straight after."""
    if is_finite_clause(content) or not any(c.dep_ in SUBJECT_DEPS for c in content.children):
        return span
    right = content.right_edge.i + 1
    rest = next(
        (c for c in verb.children if c.dep_ in CONTENT_DEPS and c.left_edge.i == right), None
    )
    if rest is None or any(c.dep_ in {*SUBJECT_DEPS, "mark"} for c in rest.children):
        return span
    tensed = [rest, *(c for c in rest.children if c.dep_ in {"aux", "auxpass"})]
    if not any(t.tag_ in FINITE_OR_MODAL_TAGS for t in tensed):
        return span
    return span[0], rest.right_edge.idx + len(rest.right_edge.text)


def _with_stranded_subject(verb: Token, content: Token, span: tuple[int, int]) -> tuple[int, int]:
    """'insisted Wessex were happy': the content starts at the subject the parser took for
    the verb's object."""
    obj = stranded_subject(content)
    if obj is None or obj.head.i != verb.i:
        return span
    if verb_lemma(verb.text) in ADDRESSEE_VERBS:
        # "told a court that C", the "that" clause parsed into the object: the content is the
        # clause from its "that"; the person told is never its subject
        mark = next((t for t in obj.subtree if t.lower_ == "that" and t.i > obj.i), None)
        if mark is None or mark.i + 1 >= len(mark.doc):
            return span
        return (mark.doc[mark.i + 1].idx, span[1])
    return (obj.left_edge.idx, span[1])


# Dependents that never hold a cue's content.
NON_CONTENT_DEPS = {
    "nsubj",
    "aux",
    "auxpass",
    "neg",
    "punct",
    "cc",
    "det",
    "mark",
    "prt",
    "advmod",
    "npadvmod",
    "agent",
    "expl",
    "poss",
    "case",
    "compound",
    "amod",
    "nummod",
    "appos",
    "relcl",
    "dep",
    "conj",
    "dative",
}


# A cue whose prepositional dependent is this often the content takes it whatever the
# preposition ("referring to X", "responded to X"), unless it sets a time or place.
STRONG_PREP_CONTENT = 0.4


def from_learned_cue(
    doc: Doc, token: Token, model: CueModel, convention: str = DEFAULT_CONVENTION
) -> QuoteCandidate | None:
    """A word the cue model knows as a cue; content is its likeliest content dependent — or,
    with a trained filter, whichever of its two likeliest the filter rates higher. Under the
    news convention the content must also be a proposition (see ``states_a_proposition``)."""
    cue_score = None if token.is_punct else score_cue(token, model)
    if cue_score is None or quotes_as_saying(token):
        return None
    contents = _content_dependents(token, model)
    if not model.filter_weights:
        found = _learned_candidate(doc, token, contents[0]) if contents else None
        best: tuple[float, QuoteCandidate, Token] | None = (
            (1.0, found, contents[0]) if found is not None else None
        )
    else:
        rated = []
        for content in contents[:CONTENT_CHOICES]:
            found = _learned_candidate(doc, token, content)
            if found is not None:
                rated.append((_filter_score(token, found, model, cue_score), found, content))
        best = max(rated, key=lambda triple: triple[0], default=None)
        if best is None or best[0] < model.filter_threshold:
            return None
    if best is None:
        return None
    if convention == "news" and not states_a_proposition(doc, token, best[2], best[1]):
        return None
    if convention == "news" and _held_by_a_thing(token, best[2], best[1]):
        return None
    return best[1]


def _held_by_a_thing(token: Token, content: Token, found: QuoteCandidate) -> bool:
    """The news convention's test of a learned find's holder: no thing holds a view ("the fall
    mirrors the belief that C", "resistance stoked talk that C"), and a verb the parse gave a
    thing for its subject ('... stolen by mass immigration and promised a "firm but fair"
    policy') is nobody's. (PolNeAR's convention keeps such attributions.)"""
    source = token.doc[found.source_head] if found.source_head is not None else None
    if _thing_stirs_a_view(token, content, source):
        return True
    return (
        source is not None
        and source.pos_ == "NOUN"
        and not source.ent_type_
        and not holds_views(source)
        and raised_subject(token, content) is None
        and content.dep_ != "nsubjpass"
    )


def states_a_proposition(doc: Doc, cue: Token, content: Token, found: QuoteCandidate) -> bool:
    """The news convention's test of a learned find: its content is a finite clause ("warned
    [that the plan would fail]") or holds quotation marks ("condemned the debate as a
    'charade'"), and a raised or passive content has an agent ("X is expected to win" is
    an agentless evidential, not an attribution)."""
    raised = raised_subject(cue, content) is not None or content.dep_ == "nsubjpass"
    if raised and found.source is None:
        return False
    clause = _clause_head(content)
    if clause is not None and is_finite_clause(clause):
        return True
    return has_quote_marks(doc, found.start, found.end)


def _clause_head(content: Token) -> Token | None:
    """The verb of a content clause: the content itself, or the clause a noun or a
    preposition introduces ("the claim [that C]", "about [whether C]")."""
    if content.pos_ in {"VERB", "AUX"}:
        return content
    return next(
        (
            c
            for c in content.children
            if c.dep_ in {"ccomp", "acl", "pcomp"}
            and c.pos_ in {"VERB", "AUX"}
            and any(g.dep_ == "mark" for g in c.children)
        ),
        None,
    )


# How many of a learned cue's likeliest content dependents the filter chooses among.
CONTENT_CHOICES = 2


def _content_dependents(token: Token, model: CueModel) -> list[Token]:
    """Dependents that may hold the content, likeliest first."""
    scored = []
    for child in token.children:
        if child.dep_ in NON_CONTENT_DEPS or child.lower_ in NON_SOURCES:
            continue
        score = model.content_probability(token.text, child.dep_)
        if (
            child.dep_ == "prep"
            and child.lower_ not in TOPIC_PREPOSITIONS
            and (child.lower_ in SETTING_PREPOSITIONS or score < STRONG_PREP_CONTENT)
        ):
            continue  # "spoke to reporters", "talks in Geneva": an addressee or a place
        if score >= model.content_threshold:
            scored.append((score, -child.i, child))
    return [child for _, _, child in sorted(scored, reverse=True)]


def _follows_a_connective(verb: Token, content: Token) -> bool:
    """'X was hurt, so he called an ambulance': a clause before the verb that a connective of
    consequence or sequence separates from it is what happened first, not what the verb
    reports, whatever the parser hung on the verb. Likewise a verb that states a feeling of
    its own after it ("C - he must have felt awful"; not "C - he felt sure of it")."""
    if content.i > verb.i:
        return False
    if any(
        c.lower_ in CONSEQUENCE_CONNECTIVES and content.i < c.i < verb.i
        for c in verb.children
        if c.dep_ in {"advmod", "cc"}
    ):
        return True
    return any(
        c.dep_ == "acomp" and c.i > verb.i and c.lower_ not in CONVICTION_WORDS
        for c in verb.children
    )


def _learned_candidate(doc: Doc, token: Token, content: Token) -> QuoteCandidate | None:
    if _follows_a_connective(token, content):
        return None
    span = complement_span(token, content)
    if token.pos_ in {"VERB", "AUX"}:
        span = parenthetical_content(doc, token) or span
    if content.i < token.i and token.pos_ in {"VERB", "AUX"}:
        span = content_before_cue(doc, token, content) or span
    source = subject_of(token) if token.pos_ in {"VERB", "AUX"} else _noun_owner(token)
    if raised_subject(token, content) is not None or content.dep_ == "nsubjpass":
        source = _agent_of(token)  # "X is expected to win", "X was announced": by whom, if said
    if token.lower_ in EMERGING_FORMS:
        source = None  # "it emerged that C": an agentless evidential, its "it" is nobody
    lemma = verb_lemma(token.text) or token.lower_
    return _candidate(doc, token, span, lemma, "learned", source)


def _thing_stirs_a_view(verb: Token, content: Token, source: Token | None) -> bool:
    """A verb that is no verb of speech, with a reporting noun for its object, and a subject
    that cannot hold a view: "the fall in the pound mirrors the belief that C", "resistance
    from one investor stoked talk that C". The view is nobody's, not the subject's."""
    return (
        verb.pos_ in {"VERB", "AUX"}
        and verb_lemma(verb.text) is None
        and content.dep_ == "dobj"
        and content.pos_ == "NOUN"
        and source is not None
        and not holds_views(source)
    )


def _filter_score(token: Token, found: QuoteCandidate, model: CueModel, cue_score: float) -> float:
    """The trained filter's probability that a learned find is a real attribution
    (see cue_training.fit_candidate_filter)."""
    source = token.doc[found.source_head] if found.source_head is not None else None
    feats = candidate_features(
        token, found.start, found.end, found.source is not None, source, found.kind, cue_score
    )
    return score(model.filter_weights, feats)


def _agent_of(verb: Token) -> Token | None:
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None


def _noun_owner(noun: Token) -> Token | None:
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None and noun.dep_ in {"dobj", "pobj"} and noun.head.pos_ in {"VERB", "AUX"}:
        if noun.dep_ == "dobj" and noun.head.lower_ in RECEIVING_FORMS:
            return None  # "it has received criticism that C": spoken about, not speaking
        owner = _speaking_subject(noun.head)
    return owner


def _speaking_subject(verb: Token) -> Token | None:
    """The subject of the verb a reporting noun is the object of, when it can hold a view
    ("the union voiced fears that C"); "The rise reflects the view that C", "shares fell amid
    concerns that C" and "growth boosted hopes that C" hold none: those views are nobody's."""
    subject = subject_of(verb)
    return subject if subject is not None and holds_views(subject) else None


def from_parataxis(doc: Doc, verb: Token, lemma: str) -> QuoteCandidate | None:
    """'C, he added.' — spaCy hangs the reporting clause on C's verb as parataxis."""
    if verb.dep_ != "parataxis" or _content_child(verb) is not None:
        return None
    subject = subject_of(verb)
    if subject is None:
        return None
    content = parenthetical_content(doc, verb) or sentence_without(
        doc, verb.sent, verb.left_edge.i, verb.right_edge.i
    )
    return _candidate(doc, verb, content, lemma, "parataxis", subject)


# Dependents a closing "…, the paper reported on Tuesday." may have besides its source.
TAIL_CLAUSE_DEPS = {"prep", "advmod", "npadvmod", "punct", "agent"}


def from_tail_clause(doc: Doc, verb: Token, lemma: str) -> QuoteCandidate | None:
    """'C, the Daily Courier reported on Tuesday.' misparsed as an apposition with a reduced
    relative ("C, [the Courier [reported on Tuesday]]"): a past-tense verb (VBD, where a true
    reduced relative is a participle: "the highest figure reported since 2001") on a noun set
    off by a comma, closing the sentence, with no object or clause of its own. Its noun speaks
    and what comes before the comma is the content."""
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    noun = verb.head
    comma = noun.left_edge.i - 1
    sent = verb.sent
    if comma <= sent.start or doc[comma].text != ",":
        return None
    if any(c.dep_ not in TAIL_CLAUSE_DEPS for c in verb.children):
        return None
    if any(not (t.is_punct or t.is_space) for t in doc[verb.right_edge.i + 1 : sent.end]):
        return None
    if any(c.i > verb.i for c in noun.children):
        return None  # something after the verb hangs on the noun: not the closing clause
    return _candidate(doc, verb, (sent[0].idx, doc[comma].idx), lemma, "tail-clause", noun)


def from_tail_noun(doc: Doc, noun: Token) -> QuoteCandidate | None:
    """'C, local press reports.' misparsed with "reports" as a noun in apposition: a present
    verb form closing the sentence after a comma, its left modifiers a press word or a name
    ("local press", "Reuters", "state media"). Those words speak; what comes before the comma
    is the content. "..., including three reports." names nothing that could speak."""
    lemma = TAIL_NOUN_VERBS.get(noun.lower_)
    if lemma is None or noun.pos_ != "NOUN" or noun.dep_ not in {"appos", "npadvmod", "conj"}:
        return None
    sent = noun.sent
    if any(not (t.is_punct or t.is_space) for t in doc[noun.i + 1 : sent.end]):
        return None
    speaker = [t for t in doc[noun.left_edge.i : noun.i]]
    comma = noun.left_edge.i - 1
    if not speaker or comma <= sent.start or doc[comma].text != ",":
        return None
    if not any(t.lower_ in GENERIC_PRESS_WORDS or t.pos_ == "PROPN" for t in speaker):
        return None
    if any(t.pos_ in {"VERB", "AUX", "NUM"} for t in speaker):
        return None
    head = speaker[-1]
    start, end = trimmed(doc, sent[0].idx, doc[comma].idx)
    if end - start < 2:
        return None
    return QuoteCandidate(
        start=start,
        end=end,
        kind="indirect",
        cue=char_span([noun]),
        cue_lemma=lemma,
        source=(speaker[0].idx, head.idx + len(head.text)),
        source_head=head.i,
        finder="tail-noun",
    )


# An "as" clause with an object of its own is a time or manner ("as he discussed his plans").
AS_CLAUSE_OBJECTS = {"ccomp", "xcomp", "dobj", "dative"}


def from_as_clause(doc: Doc, verb: Token, lemma: str) -> QuoteCandidate | None:
    """'As many tax experts have pointed out, C' / 'C, as one analyst put it': the clause the
    'as' attribution hangs on is the content."""
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children
    ):
        return None
    if any(c.dep_ in AS_CLAUSE_OBJECTS and c.lower_ != "it" for c in verb.children):
        return None  # "as he discussed his plans": a time, not an attribution
    # Its own subject: "as promised", "as shown" say nothing about who; "even as he says" is
    # a time, not an attribution.
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    mark = next(c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as")
    if subject is None or (mark.i > 0 and doc[mark.i - 1].lower_ in {"even", "just"}):
        return None
    if _closes_a_comparison(doc, mark):
        return None  # "was not as bad as X believed": a measure, not X's words
    content = sentence_without(doc, verb.sent, verb.left_edge.i, verb.right_edge.i)
    return _candidate(doc, verb, content, lemma, "as-clause", subject)


def _closes_a_comparison(doc: Doc, mark: Token) -> bool:
    """'as "dramatic" as Mr X believed', 'as quickly as they had hoped': the second 'as' of an
    equative ('as' + adjective or adverb + 'as', or 'the same' + noun + 'as') compares with a
    view; it does not attribute the clause around it to anybody."""
    i = mark.i - 1
    while i >= 0 and doc[i].is_punct:
        i -= 1  # quote marks round the compared word
    if i >= 1 and doc[i].pos_ == "NOUN" and any(c.lower_ == "same" for c in doc[i].lefts):
        return True  # "at the same price as text messages": a like measure, nobody's words
    if i < 1 or doc[i].pos_ not in {"ADJ", "ADV"}:
        return False
    j = i - 1
    while j >= 0 and (doc[j].is_punct or doc[j].pos_ == "ADV"):
        if doc[j].lower_ == "as":
            break
        j -= 1  # "as very dramatic as"
    return j >= 0 and doc[j].lower_ == "as"


def _puts_it(verb: Token) -> bool:
    """'as one analyst put it': 'put' with 'it' and nothing else is a way of saying."""
    return verb.lower_ in {"put", "puts"} and [
        c.lower_ for c in verb.children if c.dep_ in {"dobj", "prep", "prt"}
    ] == ["it"]


def from_according_to(doc: Doc, token: Token) -> QuoteCandidate | None:
    """'According to X, C' / 'C, according to X' — the rest of the clause is the content."""
    if token.lower_ not in ACCORDING_HEADS or token.dep_ not in {
        "prep",
        "advcl",
        "advmod",
        "pcomp",
    }:
        return None
    obj = according_object(token)
    if obj is None or (token.lower_ == "per" and not _per_cites_a_source(token, obj)):
        return None
    if (
        token.lower_ == "according"
        and obj.tag_ in {"NNS", "NN"}
        and any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in obj.children)
        and verb_lemma(token.head.text) is not None
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.head.children)
    ):
        return None  # "According to its latest accounts, X said C": X's own words, the
        # accounts where they stand; the verb's record takes it
    content = sentence_without(doc, token.sent, token.left_edge.i, token.right_edge.i)
    start, end = trimmed(doc, *content)
    if end - start < 2:
        return None
    mention = source_mention(obj)
    cue_end = obj.i if token.lower_ == "according" else token.i + 1
    cue_tokens = doc[token.i : max(token.i + 1, cue_end)]
    cue_tokens = cue_tokens[:2] if token.lower_ == "according" else cue_tokens[:1]
    return QuoteCandidate(
        start=start,
        end=end,
        kind="indirect",
        cue=char_span(cue_tokens),
        cue_lemma="report",
        source=mention[0] if mention else None,
        source_head=mention[1] if mention else None,
        finder="according",
    )


def _per_cites_a_source(per: Token, obj: Token) -> bool:
    """'per the report', 'per Reuters' cite; '79p per track', 'costs $15 per month' do not."""
    before = per.doc[per.i - 1] if per.i > 0 else None
    if before is not None and (before.like_num or before.tag_ in {"CD", "$"} or before.is_currency):
        return False
    return obj.pos_ == "PROPN" or obj.lower_ in REPORTING_NOUNS or obj.lower_ in PERSON_NOUNS


def according_object(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "pobj":
            return child
        if child.dep_ == "prep":  # according -> to -> pobj
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def from_reporting_noun(doc: Doc, noun: Token) -> QuoteCandidate | None:
    """'his claim that C', 'a statement saying C' — content is the noun's clause."""
    attitude_key = noun.lower_
    if attitude_key not in REPORTING_NOUNS or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    clause = next(
        (
            c
            for c in noun.children
            if c.dep_ in {"acl", "ccomp"}
            and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        ),
        None,
    )
    if clause is None or len(list(clause.subtree)) < MIN_CONTENT_TOKENS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    named = owner is not None and owner.pos_ == "PROPN"  # "Roberts's claim that C"
    if owner is None and (
        noun.dep_ == "dobj" or noun.dep_ == "pobj" and noun.head.lower_ in HOLDER_PREPOSITIONS
    ):  # "X said in a statement that C"; not "X met Y amid speculation that C" (nobody's)
        owner = _speaking_subject(noun.head if noun.dep_ == "dobj" else noun.head.head)
    start, end = trimmed(doc, *subtree_span(clause))
    mention = source_mention(owner) if owner is not None else None
    return QuoteCandidate(
        start=start,
        end=end,
        kind="indirect",
        cue=char_span([noun]),
        cue_lemma=attitude_key,
        source=mention[0] if mention else None,
        source_head=mention[1] if mention else None,
        finder=NAMED_NOUN_FINDER if named else "noun",
    )


# The finder of "X's claim that C" with X named: the guidelines give X a record of its own
# even when the sentence's subject denies C (finder.py keeps both). ("a claim by X that C" is
# left to the one record it had: the claims module reads it as the denier's.)
NAMED_NOUN_FINDER = "noun+named"


def find_reported_speech(
    doc: Doc, model: CueModel | None = None, convention: str = DEFAULT_CONVENTION
) -> Iterator[QuoteCandidate]:
    """Every reported-speech candidate in the document, in text order."""
    for token in doc:
        if _discourse_said(token):
            continue
        found = candidate_at(doc, token)
        if found is None and model is not None:
            found = from_learned_cue(doc, token, model, convention)
        if found is not None:
            yield found


def _discourse_said(token: Token) -> bool:
    """'That said, …' and 'Having said that, …' concede; nobody is quoted."""
    if token.lower_ != "said":
        return False
    doc = token.doc
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    after = doc[token.i + 1].text if token.i + 1 < len(doc) else ""
    return token.lower_ == "said" and (
        (before == "that" and after == ",") or (before == "having" and after.lower() == "that")
    )


def _verb_by_its_place(token: Token) -> bool:
    """A word tagged a noun that the parse uses as a verb: the sentence's root, with a subject
    and a clausal complement ("C, BBC Sport understands": "understands" tagged a plural
    noun)."""
    return (
        token.dep_ == "ROOT"
        and any(c.dep_ == "nsubj" for c in token.children)
        and any(c.dep_ == "ccomp" for c in token.children)
    )


def candidate_at(doc: Doc, token: Token) -> QuoteCandidate | None:
    if _discourse_said(token):
        return None
    if token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB") or _verb_by_its_place(token):
        lemma = verb_lemma(token.text) or ("say" if _puts_it(token) else None)
        if lemma is not None:
            return (
                from_clausal_complement(doc, token, lemma)
                or from_parataxis(doc, token, lemma)
                or from_as_clause(doc, token, lemma)
                or from_tail_clause(doc, token, lemma)
            )
    if token.lower_ in ACCORDING_HEADS:
        return from_according_to(doc, token)
    if token.pos_ in {"NOUN", "PROPN"}:
        return from_reporting_noun(doc, token) or from_tail_noun(doc, token)
    return None
