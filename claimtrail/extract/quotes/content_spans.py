"""Where a reported content begins and ends: the span conventions of PolNeAR, read off the
dependency parse.

reported.py finds a cue and the dependent that holds its content; this module turns that into
character offsets — the object and complement that belong with it ("called on [Trump to stop]"),
the writer's asides that do not ("the health of Donald Trump, who is 70"), the whole clause around
a parenthetical attribution ("Too often, Mr. Clarke said, the debate …"), and the trimming of
punctuation and discourse words at the edges.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claimtrail.parse.text import text_of
from claimtrail.vocabulary.grammar import (
    CONCESSIVE_MARKS,
    LEADING_DISCOURSE,
    SETTING_PREPOSITIONS,
    TRAILING_CONJUNCTIONS,
)
from claimtrail.vocabulary.lexicon import RAISING_FORMS, RAISING_PARTICIPLES

_TRIM = set(" \n\t,;:.—–-\"'“”‘’")

# "X said he would…" with a ccomp of one or two tokens is not a content clause worth a quote.
MIN_CONTENT_TOKENS = 3


# A content ends before a dash aside or a non-restrictive clause the writer adds to it.
TRAILING_ASIDES = (", even as ", ", according to ")
MIN_CONTENT_BEFORE_ASIDE = 12


def _cut_trailing_aside(text: str, start: int, end: int) -> int:
    piece = text[start:end]
    cuts = [piece.find(a, MIN_CONTENT_BEFORE_ASIDE) for a in TRAILING_ASIDES]
    cuts = [c for c in cuts if c > 0]
    return start + min(cuts) if cuts else end


def trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop punctuation, marks, space and edge conjunctions at both ends of a span."""
    text = text_of(doc)
    end = _cut_trailing_aside(text, start, end)
    for _ in range(3):
        while start < end and text[start] in _TRIM:
            start += 1
        while end > start and text[end - 1] in _TRIM:
            end -= 1
        lowered = text[start:end].lower()
        lead = next((w for w in LEADING_DISCOURSE if lowered.startswith(w)), None)
        tail = next((w for w in TRAILING_CONJUNCTIONS if lowered.endswith(w)), None)
        if lead is None and tail is None:
            break
        start += len(lead) if lead else 0
        end -= len(tail) if tail else 0
    return start, end


def subtree_span(token: Token) -> tuple[int, int]:
    """The token's subtree, less a trailing aside of the writer's after a comma."""
    end_tok = last_content_token(token)
    return token.left_edge.idx, end_tok.idx + len(end_tok.text)


# After a comma, what the writer adds to a reported noun phrase ("the health of Donald Trump,
# who is 70"; "the deal, known as the TPP") and to a reported clause ("…, forcing them to…";
# "…, though she noted…") is not the source's; a clause's own ", which …" is (PolNeAR).
NOUN_ASIDE_DEPS = {"relcl", "appos", "acl", "advcl"}


def _is_aside(head: Token, child: Token) -> bool:
    if head.pos_ in {"NOUN", "PROPN", "PRON"}:
        return child.dep_ in NOUN_ASIDE_DEPS
    if child.dep_ != "advcl":
        return False
    return child.tag_ == "VBG" or any(
        g.dep_ == "mark" and g.lower_ in CONCESSIVE_MARKS for g in child.children
    )


def last_content_token(token: Token) -> Token:
    """The subtree's right edge, or the token before a comma that opens an aside — looked for
    down the right-most branch ("the health of [Donald Trump, who is 70]")."""
    head = token
    while True:
        rights = [c for c in head.rights if not c.is_punct]
        if not rights:
            return token.right_edge
        child = rights[-1]
        before = token.doc[child.left_edge.i - 1]
        if before.text == "," and before.i > token.i and _is_aside(head, child):
            return token.doc[before.i - 1]
        head = child


# Dependents of a cue verb that stay inside a parenthetical attribution
# ("A, Mr. Clarke said Monday in an interview, B").
PARENTHETICAL_DEPS = {"nsubj", "aux", "neg", "advmod", "npadvmod", "prep", "prt"}


def parenthetical_content(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """'Too often, Mr. Clarke said, the debate is …': an attribution set off by commas inside
    its sentence reports the whole clause around it, both sides (PolNeAR spans it so)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or verb.dep_ not in {"ROOT", "parataxis", "conj", "ccomp"}:
        return None
    parts = [verb] + [c for c in verb.children if c.dep_ in PARENTHETICAL_DEPS]
    left = min(p.left_edge.i for p in parts)
    right = max(p.right_edge.i for p in parts)
    sent = verb.sent
    if left - 1 <= sent.start or right + 1 >= sent.end - 1:
        return None
    if doc[left - 1].text != "," or doc[right + 1].text != ",":
        return None
    stops = [t.i for t in doc[sent.start : left] if t.text in {";", ":"}]
    start = doc[stops[-1] + 1] if stops else sent[0]
    before = [t for t in doc[start.i : left - 1] if not t.is_punct]
    after = [t for t in doc[right + 2 : sent.end] if not t.is_punct]
    if len(before) < 2 or len(after) < 2:
        return None
    return start.idx, sent[-1].idx + len(sent[-1].text)


def content_before_cue(doc: Doc, verb: Token, content: Token) -> tuple[int, int] | None:
    if verb.dep_ not in {"ROOT", "parataxis", "conj"}:
        return None  # a relative or adverbial clause's verb does not report the whole sentence
    sent = verb.sent
    inside = {t.i for t in content.subtree}
    cue_clause = [t for t in verb.subtree if t.i not in inside]
    cue_left = min(t.i for t in cue_clause)
    trailing = [t for t in doc[verb.i + 1 : sent.end] if not t.is_punct and not t.is_space]
    if cue_left <= content.right_edge.i or any(
        t.i not in {c.i for c in cue_clause} for t in trailing
    ):
        return None
    # A semicolon or colon before the content closes an earlier, separate clause.
    stops = [t.i for t in doc[sent.start : content.left_edge.i] if t.text in {";", ":"}]
    start = doc[stops[-1] + 1] if stops else sent[0]
    return start.idx, doc[cue_left].idx


# Dependents that complete a cue's object: "urged [him] [to resign]", "accused [him] [of X]",
# "expects [Obama] [to win]", "labeled [them] [an existential threat]".
OBJECT_DEPS = {"dobj"}
COMPLEMENT_DEPS = {"xcomp", "oprd", "prep", "attr", "acomp", "ccomp"}


FINITE_TAGS = {"VBD", "VBZ", "VBP"}


def raised_subject(cue: Token, content: Token) -> Token | None:
    if content.dep_ != "xcomp" or any(c.dep_ == "dobj" for c in cue.children):
        return None
    subject = next((c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    passive = subject is not None and subject.dep_ == "nsubjpass"
    # "Trump said: 'Did Hillary help…'" is not raising: a finite "said" has a speaker subject.
    raising = cue.lower_ in RAISING_FORMS or (
        cue.lower_ in RAISING_PARTICIPLES and cue.tag_ not in FINITE_TAGS
    )
    if subject is None or not (passive or raising) or subject.i > cue.i:
        return None
    return subject


def complement_span(cue: Token, content: Token) -> tuple[int, int]:
    """The content's subtree, widened to the object before it and the complement after it,
    and without a preposition that belongs to the cue ("talked about [X]")."""
    right = [c for c in cue.rights]
    if content not in right:
        return subtree_span(content)
    clause = _that_clause(content)
    if clause is not None:  # "expressed concern [that C]": the clause is what is said
        return subtree_span(clause)
    raised = raised_subject(cue, content)
    if raised is not None:  # "The bank is expected [to act]": the subject is part of the content
        return raised.left_edge.idx, content.right_edge.idx + len(content.right_edge.text)
    idx = right.index(content)
    first, last = content, content
    if (
        content.dep_ in COMPLEMENT_DEPS - {"ccomp"}
        and idx > 0
        and right[idx - 1].dep_ in OBJECT_DEPS
    ):
        first = right[idx - 1]
    elif content.dep_ in {"xcomp", "oprd"}:
        first = _object_before(right[:idx]) or content
    if content.dep_ in OBJECT_DEPS:
        topic = _topic_after_object(right[idx + 1 :])
        if topic is not None:  # "pressed [him] on [his failure]": the object is the cue's
            return subtree_span(topic)
        last = _last_complement(right[idx + 1 :]) or content
    if first is content and content.dep_ == "prep":
        obj = next((c for c in content.children if c.dep_ in {"pobj", "pcomp"}), None)
        if obj is not None:
            first = obj
            return obj.left_edge.idx, last.right_edge.idx + len(last.right_edge.text)
    end = last_content_token(last)
    return first.left_edge.idx, end.idx + len(end.text)


# Dependents after an object that go on with what is said ("offers [loans] [to parents]",
# "attacked [rivals] [for accepting donations]", "mentioned [remarks] [as examples of …]").
TRAILING_COMPLEMENT_DEPS = {"xcomp", "oprd", "prep", "attr", "acomp"}


# After an object, these prepositions introduce what is talked about, and the object is part
# of the cue ("asks [him] about X", "made [little secret] of X", "blame [this] on X").
TOPIC_AFTER_OBJECT = {"about", "on"}


def _topic_after_object(after_object: list[Token]) -> Token | None:
    first = after_object[0] if after_object else None
    if first is None or first.dep_ != "prep" or first.lower_ not in TOPIC_AFTER_OBJECT:
        return None
    return next((g for g in first.children if g.dep_ in {"pobj", "pcomp"}), None)


def _last_complement(after_object: list[Token]) -> Token | None:
    """The last of the complements that directly follow the object, up to a comma or a
    scene-setting preposition."""
    last = None
    for child in after_object:
        if child.dep_ == "prep" and child.lower_ in SETTING_PREPOSITIONS:
            break
        if child.dep_ not in TRAILING_COMPLEMENT_DEPS:
            break
        if child.dep_ == "advcl" and child.doc[child.left_edge.i - 1].text == ",":
            break
        last = child
    return last


# "called on [Trump] to stop", "called for [contestants] to wear": the object of these
# prepositions is the complement's subject, so it belongs to the content.
OBJECT_PREPOSITIONS = {"on", "for", "upon"}


def _object_before(rights: list[Token]) -> Token | None:
    """The cue's object before its complement, across scene-setting words between them
    ("encouraging [his supporters] at a rally Friday [to ask]")."""
    for child in rights:
        if child.dep_ in OBJECT_DEPS:
            return child
        if child.dep_ == "prep" and child.lower_ in OBJECT_PREPOSITIONS:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _that_clause(noun: Token) -> Token | None:
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    return next(
        (
            c
            for c in noun.rights
            if c.dep_ in {"acl", "ccomp"}
            and c.left_edge.lower_ == "that"
            and len(list(c.subtree)) >= MIN_CONTENT_TOKENS
        ),
        None,
    )


# What counts as content depends on the annotation convention followed:
#   "news"    (the project's, docs/evaluation.md; the BBC gold's guidelines): a proposition — a
#             finite clause, or words in quotation marks. "denied the charges", "urged him to
#             resign", "X is expected to win" report an act or a rumour, not what was said.
#   "polnear" PolNeAR's: also a noun phrase or an infinitive after a cue, and agentless
#             evidentials. `claimtrail eval quotes` scores PolNeAR under its own convention.
CONVENTIONS = ("news", "polnear")
DEFAULT_CONVENTION = "news"
SUBJECTS = {"nsubj", "nsubjpass", "expl", "csubj"}
FINITE_OR_MODAL_TAGS = FINITE_TAGS | {"MD"}
QUOTE_MARK_CHARS = frozenset('"\u201c\u201d\u2018\u2019\u00ab\u00bb')


def is_finite_clause(head: Token) -> bool:
    """'(that) the plan [would] fail': a verb with a subject and a tense or a modal."""
    if head.pos_ not in {"VERB", "AUX"} and not head.tag_.startswith("VB"):
        return False
    # "the lorry had been speeding" is parsed now and then with the subject and "had" hung on
    # the auxiliary "been": an auxiliary's own dependents count as the verb's
    kids = [*head.children]
    kids += [g for c in head.children if c.dep_ in {"aux", "auxpass"} for g in c.children]
    if not any(c.dep_ in SUBJECTS for c in kids) and stranded_subject(head) is None:
        return False
    auxes = [c for c in kids if c.dep_ in {"aux", "auxpass"}]
    if head.tag_ == "VBN" and not auxes and any(c.dep_ == "nsubj" for c in head.children):
        return True  # "the database ensured that…" tagged as a participle: an active subject
    return head.tag_ in FINITE_OR_MODAL_TAGS or any(c.tag_ in FINITE_OR_MODAL_TAGS for c in auxes)


def own_clause_verb(tok: Token) -> bool:
    """A verb of its own clause, not a participle modifying a noun ("hidden asset pardon",
    "the forgotten majority")."""
    return tok.pos_ in {"VERB", "AUX"} and tok.dep_ not in {"amod", "compound"}


def stranded_subject(content: Token) -> Token | None:
    """'insisted Wessex were happy' parsed with 'Wessex' as the verb's object and a subjectless
    'were happy' as its complement: the object right before such a complement is its
    subject."""
    if content.dep_ != "ccomp" or any(
        c.dep_ in SUBJECTS | {"expl", "csubj"} for c in content.children
    ):
        return None
    verb = content.head
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < content.i), None)
    if obj is None or obj.right_edge.i + 1 != content.left_edge.i:
        return None
    return obj


def has_quote_marks(doc: Doc, start: int, end: int) -> bool:
    """Quotation marks inside the content or right at its edges ("branded it 'a joke'")."""
    text = text_of(doc)
    inner = text[start:end]
    edges = text[max(0, start - 1) : start] + text[end : end + 1]
    return any(c in QUOTE_MARK_CHARS for c in inner + edges) or edges == "''"


def sentence_without(doc: Doc, sent: Span, left: int, right: int) -> tuple[int, int]:
    """The sentence less the attribution phrase at tokens left..right: the side before it when
    it closes the sentence, after it when it opens it, else the larger side ("C1, he said, C2")."""
    before = (sent[0].idx, doc[left].idx)
    after = (doc[min(right + 1, sent.end - 1)].idx, sent[-1].idx + len(sent[-1].text))
    if right + 2 >= sent.end:
        return before
    if left <= sent.start + 1:
        return after
    if _parenthetical(doc, left, right):  # "Democrats, Frank notes, applaud …": one content
        return before[0], after[1]
    return before if before[1] - before[0] >= after[1] - after[0] else after


def _parenthetical(doc: Doc, left: int, right: int) -> bool:
    if doc[left].text == "," and doc[right].text == ",":  # the commas hang on the cue verb
        return right - left >= 2
    return (
        left > 0
        and doc[left - 1].text == ","
        and right + 1 < len(doc)
        and doc[right + 1].text == ","
    )
