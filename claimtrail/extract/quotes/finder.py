"""Find every quote in a parsed article: reaction blocks, direct, partial, mixed, indirect.

Order matters: reaction blocks claim their quotes first (their head is the attribution); then
reported speech is read from the parse; then every remaining quoted passage is attached to a
cue; finally overlapping finds are reduced to one, since each word belongs to at most one
attribution (as in PolNeAR's annotation).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from claimtrail.extract.cues.model import CueModel
from claimtrail.extract.cues.sources import can_speak
from claimtrail.extract.quotes.candidates import QuoteCandidate
from claimtrail.extract.quotes.content_spans import (
    DEFAULT_CONVENTION,
    FINITE_OR_MODAL_TAGS,
    has_quote_marks,
    is_finite_clause,
    own_clause_verb,
)
from claimtrail.extract.quotes.direct import attribute_quoted_spans
from claimtrail.extract.quotes.headline import headline_fragments, split_headline
from claimtrail.extract.quotes.intro_lines import find_intro_paragraphs
from claimtrail.extract.quotes.inverted import find_inverted_reports, with_parenthetical_source
from claimtrail.extract.quotes.quote_marks import QuotedSpan, find_quoted_spans
from claimtrail.extract.quotes.reactions import find_colon_lines, find_reaction_blocks
from claimtrail.extract.quotes.reported import NAMED_NOUN_FINDER, find_reported_speech, unmade
from claimtrail.parse.text import text_of
from claimtrail.vocabulary.achievements import ACHIEVEMENT_NOUNS
from claimtrail.vocabulary.deliberation import (
    CONDITIONAL_MARKS,
    DELIBERATION_FORMS,
    DISCOVERING_PAST_FORMS,
    KNOWING_PAST_FORMS,
)
from claimtrail.vocabulary.evidence import AGENT_NOUN_ENDINGS, AUTHORED_NOUNS, EVIDENCING_FORMS
from claimtrail.vocabulary.gazetteer import PERSON_NOUNS
from claimtrail.vocabulary.grammar import (
    ADVERBIAL_OPENERS,
    DISCOVERY_VERBS,
    GENERIC_SUBJECTS,
    HYPOTHETICAL_MODALS,
    NEGATORS,
    PERCEPTION_PAST_FORMS,
    PERCEPTION_VERBS,
    PERSONAL_ADJECTIVES,
    PREMISE_PARTICIPLES,
    REFLEXIVE_PRONOUNS,
    UNIVERSAL_SUBJECTS,
    WRITER_PRONOUNS,
)
from claimtrail.vocabulary.lexicon import (
    BELIEF_VERBS,
    DATA_NOUNS,
    EVALUATIVE_SPEECH_VERBS,
    HEARSAY_NOUNS,
    KNOWING_VERBS,
    NAMING_VERBS,
    QUESTION_OPENERS,
    RAISING_FORMS,
    attitude_of,
    verb_forms,
    verb_lemma,
)
from claimtrail.vocabulary.realis import UNMADE_ATTITUDES


def extract_quotes(
    doc: Doc,
    body_start: int = 0,
    cue_model: CueModel | None = None,
    convention: str = DEFAULT_CONVENTION,
) -> list[QuoteCandidate]:
    """``convention``: what counts as an attribution's content (content_spans.CONVENTIONS)."""
    marks = find_quoted_spans(text_of(doc))
    reactions = list(find_reaction_blocks(text_of(doc), marks))
    reaction_marks = {q for _, q in reactions}
    remaining = [q for q in marks if q not in reaction_marks]
    reported = [
        r
        for r in find_reported_speech(doc, cue_model, convention)
        if not any(r.overlaps(q.start, q.end) for q in reaction_marks)
        if convention != "news" or not _cue_inside_marks(r, marks)
    ]
    direct, absorbed = attribute_quoted_spans(doc, remaining, reported)
    indirect = [_kind_by_marks(r, marks) for i, r in enumerate(reported) if i not in absorbed]
    colon_lines = [
        c
        for c in find_colon_lines(text_of(doc))
        if _names_a_source(doc, c)
        if not any(c.overlaps(r.start, r.end) for r, _ in reactions)
    ]
    intros = list(find_intro_paragraphs(doc))
    found = [c for c, _ in reactions] + colon_lines + intros + direct + indirect
    found = [with_parenthetical_source(doc, c) for c in found]
    found = _with_title_case_headline(doc, body_start, found)
    if convention == "news":
        found = [c for c in found if not _not_an_attribution(doc, c, marks, body_start)]
        found = [piece for c in found for piece in _split_interrupted(c)]
        found = [piece for c in found for piece in _quoted_fragments_of_a_phrase(doc, c, marks)]
        direct_cues = {c.cue for c in found if c.kind == "direct" and c.cue is not None}
        # one cue, one record: '"A," said the coach. "B."' is not also "said [the coach]"
        found = [c for c in found if c.kind == "direct" or c.cue not in direct_cues]
        found += headline_fragments(doc, body_start, marks, found)
        found += find_inverted_reports(doc, found)
    return _without_nested(sorted(found, key=lambda c: (c.start, -c.end)))


def _split_interrupted(cand: QuoteCandidate) -> list[QuoteCandidate]:
    """The news convention counts `"A," he said, "B."` as two records, the second without a
    cue (the guidelines' continuation quote); PolNeAR's as one with two segments."""
    if len(cand.segments) < 2 or cand.kind != "direct":
        return [cand]
    (first_start, first_end), *rest = cand.segments
    pieces = [cand.with_(start=first_start, end=first_end, segments=())]
    for start, end in rest:
        pieces.append(cand.with_(start=start, end=end, segments=(), cue=None, finder="continued"))
    return pieces


def _quoted_fragments_of_a_phrase(
    doc: Doc, cand: QuoteCandidate, marks: list[QuotedSpan]
) -> list[QuoteCandidate]:
    """The news convention's quoted fragments in a non-clausal frame: 'attacked "false" and
    "desperate" tabloids', 'called him a "liar" and a "bully"' are a record per fragment, text
    = the fragment (the guidelines' rule; PolNeAR's annotation keeps one mixed record)."""
    if cand.kind != "mixed" or cand.cue is None or cand.segments:
        return [cand]
    inside = [m for m in marks if cand.start <= m.start and m.end <= cand.end + 1 and m.closed]
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if not inside or span is None or any(t.tag_ in FINITE_OR_MODAL_TAGS for t in span):
        return [cand]  # a clause, whatever its parse ("denied the plans were a 'ploy'")
    return [  # a capitalised fragment is a title or name ('told MSNBC's "Morning Joe"')
        cand.with_(start=m.start, end=m.end, kind="direct", finder=cand.finder + "+fragment")
        for m in inside
        if not _is_capitalised_name(text_of(doc)[m.start : m.end])
    ]


def _is_capitalised_name(text: str) -> bool:
    words = [w for w in text.split() if w[:1].isalpha()]
    return bool(words) and all(w[:1].isupper() for w in words)


def _not_an_attribution(
    doc: Doc, cand: QuoteCandidate, marks: list[QuotedSpan], body_start: int = 0
) -> bool:
    """The news convention's false finds (PolNeAR's annotation keeps some of them):
    - a cue inside quotation marks: a title ("I Still Haven't Found What I'm Looking For") or
      an attribution nested in a quote;
    - a cue inside an unquoted title: a capitalised word amid capitalised words in the body
      ("hits including I Still Haven't Found What I'm Looking For");
    - a generic "you" as the source ("when you consider that some games cost £5");
    - a naming verb ("a single called 'X'", "dubbed 'X'", "known as 'X'");
    - a quoted object of a verb that is no verb of saying ("released a single 'X'");
    - a rumour or a claim with nobody behind it ("there are rumours that C");
    - data cited as a source ("according to sales figures")."""
    if cand.kind != "indirect" and _quotes_a_title(doc, cand, marks):
        return True  # 'Titled "A Message to America", it shows…', a run of quoted headlines
    if cand.cue is None:
        return False
    if _cue_inside_marks(cand, marks):
        return True
    cue = doc.char_span(cand.cue[0], cand.cue[1], alignment_mode="expand")
    if cue is None:
        return False
    verb = cue.root
    if cand.cue[0] >= body_start and _inside_unquoted_title(verb):
        return True
    if _claims_a_win(verb):
        return True  # "The song claimed first place before X, Y Z": won, said nothing
    if _understood_thing(doc, verb, cand):
        return True  # "the party that understood the 'forgotten majority'": a scare quote
    if cand.source_head is not None and doc[cand.source_head].lower_ == "you":
        return cand.kind != "direct"  # a generic reader, not a speaker
    if cand.source_head is not None and _writer(doc[cand.source_head]):
        return True  # "as we learned yesterday, C", "I think C": the writer, outside quotes
    if _commonplace(doc, verb, cand):
        return True  # "Everyone knows C", "Some might say C": nobody in particular says it
    if _result_infinitive(verb):
        return True  # "woke up to find that C": what somebody came upon, not anybody's words
    if _premise(verb):
        return True  # "Considering that C, …": a premise, nobody is quoted
    if cand.finder == "noun" and cand.source is None:
        return True
    if cand.finder == "according" and cand.source_head is not None:
        return doc[cand.source_head].lower_ in DATA_NOUNS
    if cand.source_head is not None and doc[cand.source_head].lower_ in DATA_NOUNS:
        return cand.kind != "direct"  # "weekly sales figures showed C": data as a source
    if cand.kind != "direct" and _evidence_from_a_thing(doc, verb, cand):
        return True  # "the pattern of traffic suggests C": the writer's inference
    if _hearsay_subject(doc, verb, cand):
        return cand.kind != "direct"  # "A rumour on Tuesday claims C": nobody behind it
    if cand.kind != "direct" and _negated_speech(doc, verb, cand):
        return True  # "has not commented on whether C", "never mentioned what C"
    if cand.kind != "direct" and _open_question_known(doc, verb, cand):
        return True  # "nobody knows how long C", "left to wonder what C"
    if cand.kind != "direct" and _open_question_weighed(doc, verb, cand):
        return True  # "will decide whether C": a decision still to be made
    if cand.kind == "indirect" and _open_question_unsaid(doc, verb, cand):
        return True  # "is due to announce which seat C", "has yet to reveal which taxes C"
    if cand.kind != "direct" and _generic_source(doc, verb, cand):
        return True  # "Let's hope C", "One can only hope C", "Does anyone think C?"
    if cand.kind == "indirect" and verb.lower_ in KNOWING_PAST_FORMS and verb.tag_ == "VBD":
        return True  # "before Tom knew that C": a fact of the story, nobody's words
    if (
        cand.kind == "indirect"
        and verb.lower_ in DISCOVERING_PAST_FORMS
        and verb.tag_ == "VBD"
        and any(
            c.dep_ == "nsubj" and (c.pos_ == "PRON" or c.ent_type_ == "PERSON")
            for c in verb.children
        )
    ):
        return True  # "the next day, he discovered that C": what a person came to know
    if cand.kind == "indirect" and _reflexive_small_clause(doc, cand):
        return True  # "savers found themselves tied into contracts": a state, no report
    if cand.kind != "indirect" and _is_form_of(verb, REFUSALS):
        return True  # "Travellers refused 'pre-clearance' must wait": a refusal, no words
    if cand.finder.startswith("learned") and verb_lemma(verb.text) is None:
        quoted = re.findall(r"[\"“”]([^\"“”]+)[\"“”]", text_of(doc)[cand.start : cand.end])
        if quoted and all(_is_title_case(q) for q in quoted):
            return True  # 'The group played "I Still Haven't Found ..." at the end': a title
    if cand.kind != "direct" and _asked_about(verb):
        return True  # "Asked why he thought C, …": the question's words, nobody's answer
    if cand.kind != "direct" and _conditional_speech(verb):
        return True  # "if he comes out and says that C": speech that may happen
    if cand.kind in {"indirect", "mixed"} and cand.source is None and verb.pos_ == "ADJ":
        return True  # "was surprised that C" with nobody found behind it: an attitude
    if cand.source is None and verb.pos_ == "NOUN":
        return True  # "It's a golden rule that C": a noun of saying with nobody behind it
    if _agentless_passive(verb):
        return True  # "It is thought C", "police were said to be 'surprised'"
    if verb.dep_ in {"acl", "relcl"} and _bare_infinitive(verb):
        return True  # "there is good reason to believe that C": nobody believes
    if _impersonal_infinitive(verb):
        return True  # "It is fair to say that C", "needless to say": nobody says it
    if _imperative(verb):
        return True  # "Tell us what you think!": the reader is asked, nobody speaks
    if _shown_on_the_page(verb):
        return True  # "Watch X announce the casting below": a recording, not a report
    if (
        verb.tag_ == "VBN"
        and verb.dep_ in {"xcomp", "ccomp", "oprd"}
        and verb.head.lower_ in _forms(PERCEPTION_VERBS)
        and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children)
    ):
        return True  # "and see written on it, 'Are you strong enough?'": words seen, nobody's
    if re.fullmatch(r"\s*\[[^\[\]]*\]\s*", text_of(doc)[cand.start : cand.end]):
        return True  # "[Photos via an agency]": an editor's note in brackets, nobody's words
    if _names_something(verb, text_of(doc)[cand.start : cand.end]):
        return not _finite_content(doc, cand)
    if verb.dep_ == "xcomp" and _is_form_of(verb.head, REFUSALS):
        return True  # "refused to confirm he is setting up a party": a refusal
    if cand.kind != "direct" and attitude_of(verb_lemma(verb.text)) in UNMADE_ATTITUDES:
        if unmade(verb):
            return True  # "was unable to confirm that C", "asked to deny that C": not taken
    if (
        (verb.tag_ == "VBN" or verb.dep_ == "advcl")
        and _is_form_of(verb, {"ask"})
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children)
    ):
        return True  # "Asked whether he was comfortable, …": the asker is not named
    if cand.finder == "ccomp" and not (
        _finite_content(doc, cand) or has_quote_marks(doc, cand.start, cand.end)
    ):
        return True  # "challenged him to stand down": an act, not a proposition
    if cand.kind == "indirect" and _opens_an_adverbial_clause(doc, cand):
        return True  # "sent it after it sought to question his role": no content
    if (
        cand.finder.startswith("learned")
        and cand.kind == "indirect"
        and verb_lemma(verb.text) is None
        and verb.lower_ not in _forms(PERCEPTION_VERBS) | PERCEPTION_PAST_FORMS  # "the court
        # heard how C": testimony
        and _opens_a_question(doc, cand)
    ):
        return True  # "demonstrated how they react", "met to discuss how C": what a
        # deed or a meeting was about, no statement (a learned verb that is no lexicon cue)
    if cand.finder.startswith("learned") and verb.lower_ in RAISING_FORMS:
        return True  # "It appears that C", "Seems that C": an evidential, nobody speaks
    if cand.finder.startswith("learned") and not _finite_content(doc, cand):
        return verb_lemma(verb.text) is None and not _is_form_of(verb, EVALUATIVE_SPEECH_VERBS)
    return False


def _claims_a_win(verb: Token) -> bool:
    """'claimed the top spot', 'claimed a second title': "claim" the verb of winning, its
    object something won (vocabulary/achievements), so a clause the parser hangs on it (a
    title after a comma) is no claim."""
    if verb_lemma(verb.text) != "claim":
        return False
    return any(c.dep_ == "dobj" and c.lower_ in ACHIEVEMENT_NOUNS for c in verb.children)


def _understood_thing(doc: Doc, verb: Token, cand: QuoteCandidate) -> bool:
    """Quoted words with no verb of their own that are the object of a verb of knowing or
    understanding: what one understands is a thing, not anybody's words."""
    lemma = verb_lemma(verb.text)
    if lemma not in KNOWING_VERBS and lemma != "understand":
        return False
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or any(own_clause_verb(t) for t in span):
        return False  # a participle modifying the noun ("forgotten majority") is no verb
    return span.root.dep_ == "dobj" and span.root.head.i == verb.i


def _quotes_a_title(doc: Doc, cand: QuoteCandidate, marks: list[QuotedSpan]) -> bool:
    """The quoted words are a title, not anybody's words: they follow a naming participle
    ('Titled "A Message to America", it shows…', 'a report headlined "C"'), or they stand in
    a run of short, unpunctuated quoted strings with only spaces, commas or line breaks between
    ('Other headlines include: "A" "B" "C"')."""
    text = text_of(doc)
    mark = next((m for m in marks if m.start <= cand.start and cand.end <= m.end), None)
    if mark is None:
        return False
    before = doc.char_span(0, mark.open, alignment_mode="contract")
    if before is not None and len(before):
        last = before[-1]
        if last.tag_ == "VBN" and _is_form_of(last, TITLE_VERBS):
            return True
    return _unpunctuated(text, mark) and any(
        other is not mark and _unpunctuated(text, other) and _adjacent(text, mark, other)
        for other in marks
    )


# A title in a run is short and ends in no sentence mark; speech quoted in turn ('"A." "B."')
# ends its sentences.
MAX_TITLE_WORDS = 15
TITLE_RUN_GAP = 3


def _unpunctuated(text: str, mark: QuotedSpan) -> bool:
    content = text[mark.start : mark.end].rstrip()
    return (
        mark.closed
        and bool(content)
        and content[-1] not in ".!?,;:…"
        and len(content.split()) <= MAX_TITLE_WORDS
    )


def _adjacent(text: str, a: QuotedSpan, b: QuotedSpan) -> bool:
    """Nothing but white space, commas or semicolons between two closed quotes."""
    first, second = (a, b) if a.open < b.open else (b, a)
    if first.close is None:
        return False
    gap = text[first.close + 1 : second.open]
    return len(gap) <= TITLE_RUN_GAP and not gap.strip(" \t\n,;")


def _writer(head: Token) -> bool:
    """'I' or 'we' (not 'US', the country) as the source outside quotation marks."""
    return head.lower_ in WRITER_PRONOUNS and (head.text == "I" or not head.text.isupper())


def _commonplace(doc: Doc, verb: Token, cand: QuoteCandidate) -> bool:
    """A commonplace or a hypothetical, not a report: a generic subject with a verb of knowing
    or a modal ("Everyone knows C", "Some might say C", "many may not feel C"), or a
    counterfactual perfect ("she would have known C": she did not)."""
    modals = {c.lower_ for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"}
    hypothetical = bool(modals & HYPOTHETICAL_MODALS)
    if hypothetical and any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children):
        return True
    if cand.source_head is None or cand.kind == "direct":
        return False
    head = doc[cand.source_head]
    if head.lower_ not in GENERIC_SUBJECTS or head.head.i != verb.i or head.dep_ != "nsubj":
        return False
    if any(c.dep_ in {"appos", "prep", "acl", "relcl"} for c in head.children):
        return False  # "One of them, William Martinez, said C", "some of the analysts said"
    knowing = verb_lemma(verb.text) in KNOWING_VERBS or verb.lemma_ in KNOWING_VERBS
    return hypothetical or (knowing and head.lower_ in UNIVERSAL_SUBJECTS)


def _result_infinitive(verb: Token) -> bool:
    """An infinitive of result or purpose on a verb that is no verb of saying ("arrived to
    find that C", "panned around to show C"): what was seen, not what was said. "Was able to
    show that C" (xcomp) reports a finding and is kept."""
    return (
        verb.dep_ == "advcl"
        and _is_form_of(verb, set(DISCOVERY_VERBS))
        and _bare_infinitive(verb)
        and verb_lemma(verb.head.text) is None
    )


def _premise(verb: Token) -> bool:
    """A subjectless participle opening a premise or a condition ("Considering that C, it
    seems…", "Assuming C"): the writer's reasoning."""
    return (
        verb.lower_ in PREMISE_PARTICIPLES
        and verb.dep_ in {"advcl", "prep", "ROOT"}
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in verb.children)
    )


def _hearsay_subject(doc: Doc, verb: Token, cand: QuoteCandidate) -> bool:
    """The cue's own subject is a rumour ("A rumour on Tuesday claims C"), not a source taken
    from another clause ("rumours surfaced after the Times reported C": the Times reports)."""
    if cand.source_head is None:
        return False
    head = doc[cand.source_head]
    return head.lower_ in HEARSAY_NOUNS and head.head.i == verb.i and head.dep_ == "nsubj"


def _negated_speech(doc: Doc, verb: Token, cand: QuoteCandidate) -> bool:
    """A verb of saying that is negated, or whose subject is 'nobody': no words were said
    (guidelines: negated speech is no attribution; negated belief is kept). "Did not confirm
    it until Friday" confirmed it on Friday."""
    lemma = verb_lemma(verb.text)
    if lemma is None or lemma in BELIEF_VERBS or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.lower_ == "until" for c in verb.children):
        return False
    if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in verb.children):
        return True
    head = doc[cand.source_head] if cand.source_head is not None else None
    return head is not None and head.lower_ in NEGATORS and head.i < verb.i


def _opens_a_question(doc: Doc, cand: QuoteCandidate) -> bool:
    """The content opens with a question word, after any adverb that narrows it ("exactly
    what they are paying for", "precisely how long")."""
    first = _token_at_offset(doc, cand.start)
    while first is not None and first.pos_ == "ADV" and first.lower_ not in QUESTION_OPENERS:
        if first.i + 1 >= len(doc) or first.idx >= cand.end:
            return False
        first = doc[first.i + 1]
    return first is not None and first.lower_ in QUESTION_OPENERS


def _open_question_known(doc: Doc, verb: Token, cand: QuoteCandidate) -> bool:
    """A verb of knowing or finding out whose content is an open question ('knows how long',
    'wonder what', 'find out whether'): a state of knowledge, not anybody's words."""
    if verb_lemma(verb.text) not in KNOWING_VERBS and verb.lemma_ not in KNOWING_VERBS:
        return False
    return _opens_a_question(doc, cand)


def _open_question_weighed(doc: Doc, verb: Token, cand: QuoteCandidate) -> bool:
    """A verb of weighing up whose content is an open question ('will decide whether C',
    'is considering if C', 'will need to decide which bank C'): a decision, not anybody's
    words."""
    if verb.lower_ not in DELIBERATION_FORMS:
        return False
    return _opens_a_question(doc, cand)


def _open_question_unsaid(doc: Doc, verb: Token, cand: QuoteCandidate) -> bool:
    """A verb of saying in its base form, after 'to' or a modal, whose content is an open
    question ("is due to announce which seat he will fight", "have yet to reveal which taxes
    would rise", "will say whether C"): an answer still to be given, nobody's words yet."""
    if verb.tag_ != "VB" or verb_lemma(verb.text) is None:
        return False
    if not any(c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD") for c in verb.children):
        return False
    return _opens_a_question(doc, cand)


def _generic_source(doc: Doc, verb: Token, cand: QuoteCandidate) -> bool:
    """A subject that is nobody in particular: the "'s" of "Let's hope C", a generic "one"
    with a modal ("One can only hope C"), "anyone" / "anybody" ("Does anyone think C?")."""
    if cand.source_head is None:
        return False
    head = doc[cand.source_head]
    if head.lower_ in {"anyone", "anybody"}:
        return True
    if head.lower_ in {"'s", "’s", "us"}:
        return head.i > 0 and doc[head.i - 1].lower_ == "let"
    return (
        head.lower_ == "one"
        and not any(c.dep_ in {"prep", "compound", "amod", "nummod"} for c in head.children)
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    )


def _evidence_from_a_thing(doc: Doc, verb: Token, cand: QuoteCandidate) -> bool:
    """An evidencing verb whose subject is a thing that cannot speak and is neither a study
    nor a writing ("the pattern of traffic suggests C", "the job gains mean C", "events
    designed to show C"): like data as a source, nobody's words (vocabulary/evidence.py)."""
    if cand.source_head is None or verb.lower_ not in EVIDENCING_FORMS:
        return False
    head = doc[cand.source_head]
    return (
        head.pos_ == "NOUN"
        and not head.ent_type_
        and _whole_word(head) not in AUTHORED_NOUNS
        and not head.lower_.removesuffix("s").endswith(AGENT_NOUN_ENDINGS)
        and not can_speak(head)
    )


def _whole_word(tok: Token) -> str:
    """The word a token is part of, its hyphenated pieces joined ("e", "-", "mail": "e-mail")."""
    doc = tok.doc
    start, end = tok.i, tok.i
    while (
        start > 0
        and not doc[start - 1].whitespace_
        and (doc[start - 1].is_alpha or doc[start - 1].text == "-")
    ):
        start -= 1
    while (
        end + 1 < len(doc)
        and not doc[end].whitespace_
        and (doc[end + 1].is_alpha or doc[end + 1].text == "-")
    ):
        end += 1
    return doc[start : end + 1].text.lower()


def _reflexive_small_clause(doc: Doc, cand: QuoteCandidate) -> bool:
    """Content opened by a reflexive pronoun ('found themselves tied into contracts',
    'declared himself fit'): a small clause about the subject's state, not a reported
    proposition."""
    first = _token_at_offset(doc, cand.start)
    return first is not None and first.lower_ in REFLEXIVE_PRONOUNS


def _asked_about(verb: Token) -> bool:
    """A verb of saying or thinking inside the question somebody was asked ('Asked why he
    thought C', 'When asked whether he believed C', 'was asked if she expected C'): the
    question supposes a view; the answer, if any, is the attribution."""
    return (
        verb.dep_ in {"ccomp", "advcl"}
        and _is_form_of(verb.head, {"ask"})
        and any(
            c.dep_ in {"mark", "advmod"} and c.lower_ in QUESTION_OPENERS and c.i < verb.i
            for c in verb.children
        )
    )


def _conditional_speech(verb: Token) -> bool:
    """A verb of saying in a condition ('if he says that C', 'The key is if he comes out and
    says C', 'unless she confirms C'): speech that may happen, not speech reported."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i < clause.i:
        clause = clause.head
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in clause.children
    )


def _agentless_passive(verb: Token) -> bool:
    """A passive verb of saying or thinking with no agent: an evidential, not a source's
    words ("it is thought", "were said to be"); "was told by X" and "it was announced by X"
    name one."""
    if verb_lemma(verb.text) is None:
        return False
    children = list(verb.children)
    return any(c.dep_ == "auxpass" for c in children) and not any(
        c.dep_ == "agent" for c in children
    )


def _bare_infinitive(verb: Token) -> bool:
    """'reason to hope', 'time to say': an infinitive with no subject of its own."""
    children = list(verb.children)
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children) and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in children
    )


def _imperative(verb: Token) -> bool:
    """A bare verb of saying with no subject, no auxiliary and no governing verb's subject,
    heading its sentence or joined to a subjectless one: an order to the reader ("Tell us
    how you feel", "Check out the video, and tell us what you think")."""
    if verb.tag_ != "VB" or verb.dep_ not in {"ROOT", "conj"}:
        return False
    heads = [verb] if verb.dep_ == "ROOT" else [verb, verb.head]
    return not any(
        c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "expl"}
        for h in heads
        for c in h.children
    )


def _shown_on_the_page(verb: Token) -> bool:
    """A bare verb of saying under an order to the reader to watch or hear ("Watch X announce
    the casting below", "Hear her explain why"): the page shows a recording of it."""
    opener = next((t for t in verb.sent if not (t.is_space or t.is_punct)), None)
    return (  # the parser reads "Watch" as an auxiliary or a name as often as the order it is
        opener is not None
        and opener.i < verb.i
        and opener.is_title
        and opener.lower_ in PERCEPTION_VERBS
        and opener.dep_ not in {"nsubj", "nsubjpass"}
        and (opener.i + 1 >= len(verb.doc) or verb.doc[opener.i + 1].text != ",")
    )


def _impersonal_infinitive(verb: Token) -> bool:
    """An infinitive of saying on an adjective whose copula has no subject but 'it' ("It is
    important to point out C", "needless to say"); "He was quick to point out C" has one."""
    if verb.dep_ != "xcomp" or not _bare_infinitive(verb):
        return False
    governor = verb.head
    if governor.pos_ == "ADJ":
        adjective = governor
        if governor.dep_ != "acomp":
            return governor.lower_ not in PERSONAL_ADJECTIVES
        copula = governor.head
    elif governor.pos_ == "AUX":
        found = next((c for c in governor.children if c.dep_ == "acomp"), None)
        if found is None:
            return False
        adjective, copula = found, governor  # the infinitive hung on the copula itself
    else:
        return False
    if adjective.lower_ in PERSONAL_ADJECTIVES:
        return False
    subject = next((c for c in copula.children if c.dep_ in {"nsubj", "expl"}), None)
    return subject is None or subject.lower_ == "it"


def _inside_unquoted_title(verb: Token) -> bool:
    """A capitalised cue word after a capitalised word, neither starting a sentence nor a
    line: a word of a song's, film's or book's title, not a verb of saying."""
    if verb.i == 0 or verb.is_sent_start or not verb.is_title:
        return False
    i = verb.i - 1
    while i > 0 and verb.doc[i].lower_ in {"n't", "'t", "’t", "'s", "’s", "'m", "’m", "'re"}:
        i -= 1  # "Haven't Found"
    before = verb.doc[i]
    return before.is_title and before.is_alpha and "\n" not in before.whitespace_


def _cue_inside_marks(cand: QuoteCandidate, marks: list[QuotedSpan]) -> bool:
    return cand.cue is not None and any(
        m.start <= cand.cue[0] and cand.cue[1] <= m.end for m in marks
    )


# Verbs of refusing: what follows them was not said ("refused to confirm that C").
REFUSALS = {"refuse", "decline", "fail"}

# Naming verbs that may also label a person's words ("critics called him a 'liar'").
LABELLING_NAMERS = {"call"}
# Naming verbs whose participle gives a title ('a film entitled "X"', 'Titled "X", it…').
TITLE_VERBS = NAMING_VERBS - LABELLING_NAMERS - {"know"} | {"headline"}


def _names_something(verb: Token, content: str) -> bool:
    """'a single called "X"', 'dubbed "the Cauldron"', 'known as "X"': naming, not saying.
    An active 'call' with a subject and an object labels ("called Trump a 'liar'") and
    'called for / on' reports; it still names when what it gives is a capitalised name
    ("the band called their album 'Night Moves'"). "What it calls 'internal matters'" labels
    (the gold counts it)."""
    if not _is_form_of(verb, NAMING_VERBS):
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"for", "on"} for c in verb.children):
        return False
    if _is_form_of(verb, LABELLING_NAMERS):
        has_subject = any(c.dep_ == "nsubj" for c in verb.children)
        objects = [c for c in verb.children if c.dep_ in {"dobj", "ccomp", "oprd"}]
        if _is_capitalised_name(content.strip()):
            return True
        return not (has_subject and objects)
    return True


def _is_form_of(token: Token, lemmas: set[str]) -> bool:
    return token.lower_ in _forms(frozenset(lemmas))


@lru_cache(maxsize=8)
def _forms(lemmas: frozenset[str]) -> frozenset[str]:
    return frozenset(form for lemma in lemmas for form in verb_forms(lemma))


def _opens_an_adverbial_clause(doc: Doc, cand: QuoteCandidate) -> bool:
    """The content opens with an adverbial clause's marker and is nothing more ("sent it after
    it sought to question his role"); not when the clause hangs on a main clause inside the
    content ("says unless the service is cheap it will fail")."""
    first = _token_at_offset(doc, cand.start)
    if first is None or first.lower_ not in ADVERBIAL_OPENERS or first.dep_ != "mark":
        return False
    clause = first.head
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    return not (
        span is not None
        and clause.dep_ == "advcl"
        and clause.head.i in range(span.start, span.end)
        and clause.head.i > clause.i
        and is_finite_clause(clause.head)
    )


def _token_at_offset(doc: Doc, offset: int) -> Token | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _finite_content(doc: Doc, cand: QuoteCandidate) -> bool:
    """A finite clause heads the content (not one inside a noun phrase of it)."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None:
        return False
    inside = range(span.start, span.end)
    tops = [t for t in span if t.head.i not in inside or t.head.i == t.i]
    if any(is_finite_clause(t) for t in tops):
        return True
    # "that the men now being held should be freed", parsed as two clauses:
    # a subject with its participle, then the tensed rest with no subject of its own
    return (
        len(tops) >= 2
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in tops[0].children)
        and any(
            c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE_OR_MODAL_TAGS
            for c in tops[-1].children
        )
    )


# A colon line's head names a source in a few capitalised words with no verb of their own
# ("Trump: …", "Sen. Ted Cruz: …"), unlike a section heading ("Limited Tools to Fight
# Terrorism: …") or a sentence that ends in a colon ("The outline seems clear: …").
MAX_SOURCE_HEAD_TOKENS = 4


def _names_a_source(doc: Doc, cand: QuoteCandidate) -> bool:
    if cand.source is None or cand.cue is None:
        return False
    head = doc.char_span(cand.source[0], cand.cue[0], alignment_mode="expand")
    if head is None or not 0 < len(head) <= MAX_SOURCE_HEAD_TOKENS:
        return False
    words = [t for t in head if not t.is_punct]
    if len(words) == 1 and not _named_elsewhere(doc, words[0]):
        return False  # a caption's label ("Arrest: A man was held…", "Attorney: …")
    return all(
        (t.is_title or t.pos_ == "PROPN" or t.is_punct) and t.pos_ not in {"VERB", "AUX"}
        for t in head
    ) and any(  # a name or a person's title, not "Replacements:" or "Our Standards:"
        t.ent_type_ in SOURCE_ENTITY_TYPES or t.lower_ in PERSON_NOUNS for t in head
    )


def _named_elsewhere(doc: Doc, word: Token) -> bool:
    """A one-word colon-line head is a source when the article names it elsewhere ("Trump:"
    after "Donald Trump said…"); a caption's label ("Arrest:", "Heroic:") is named nowhere."""
    return any(
        ent.label_ in SOURCE_ENTITY_TYPES
        and not ent.start <= word.i < ent.end
        and any(t.text == word.text for t in ent)
        for ent in doc.ents
    )


SOURCE_ENTITY_TYPES = {"PERSON", "ORG", "NORP", "GPE"}


def _kind_by_marks(cand: QuoteCandidate, marks: list[QuotedSpan]) -> QuoteCandidate:
    """Reported speech that carries a quoted fragment is 'mixed', its marks included: a
    content that trimming cut at the fragment's last word ends after the closing mark."""
    inner = [m for m in marks if cand.start <= m.start and m.end <= cand.end + 1]
    if not inner:
        return cand
    end = cand.end
    for m in inner:
        if m.close is not None and m.close >= cand.end - 1 and m.start < cand.end:
            end = max(end, m.close + 1)  # 'said the bid was "derisory".': the mark is kept
    start = cand.start
    for m in inner:
        if m.start == cand.start and m.open < cand.start:
            start = m.open  # 'said "we will win" whatever comes': the opening mark too
    return cand.with_(kind="mixed", start=start, end=end)


def _without_nested(cands: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """Drop a find whose cue sits inside a kept find's content, or that repeats its span.

    Larger contents are kept first: in "A said B told him C", A's content holds B's cue.
    Reaction blocks and direct quotes come before reported speech of the same size."""
    order = sorted(cands, key=lambda c: (c.kind != "direct", -(c.end - c.start)))
    kept: list[QuoteCandidate] = []
    blocks: dict[int, list[QuoteCandidate]] = {}  # kept finds by the text blocks they touch
    for cand in order:
        near = {id(k): k for b in _blocks(cand) for k in blocks.get(b, [])}.values()
        if any(
            _inside(cand, k) or _same_content(cand, k) and not _two_voices(cand, k) for k in near
        ):
            continue
        kept.append(cand)
        for b in _blocks(cand):
            blocks.setdefault(b, []).append(cand)
    return sorted(kept, key=lambda c: c.start)


# Finds are compared only with finds in the same text blocks, so a long text stays linear.
BLOCK_CHARS = 512


def _blocks(cand: QuoteCandidate) -> range:
    low = min(cand.start, cand.cue[0] if cand.cue else cand.start)
    high = max(cand.end, cand.cue[1] if cand.cue else cand.end)
    return range(low // BLOCK_CHARS, high // BLOCK_CHARS + 1)


def _inside(cand: QuoteCandidate, other: QuoteCandidate) -> bool:
    if cand.cue is None:
        return False
    return other.start <= cand.cue[0] and cand.cue[1] <= other.end and other.kind != "partial"


def _two_voices(a: QuoteCandidate, b: QuoteCandidate) -> bool:
    """'Sullivan rejected Roberts's claim that C': one content, two records — the denier's
    and the named owner's of the claim (guidelines A, edge cases)."""
    nouns = [c for c in (a, b) if c.finder == NAMED_NOUN_FINDER]
    return (
        len(nouns) == 1
        and a.source is not None
        and b.source is not None
        and a.source != b.source
        and a.cue != b.cue
        and (a.start, a.end) == (b.start, b.end)
    )


def _same_content(a: QuoteCandidate, b: QuoteCandidate) -> bool:
    shorter = min(a.end - a.start, b.end - b.start) or 1
    return a.overlaps(b.start, b.end) / shorter > 0.5


# A headline is in title case when this share of its words is capitalised; the parser reads
# such headlines badly ("Ford and Xiaomi Deny Reported Talks": "Reported" as the verb).
TITLE_CASE_SHARE = 0.6


def _is_title_case(text: str) -> bool:
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) / len(words) >= TITLE_CASE_SHARE


def _with_title_case_headline(
    doc: Doc, body_start: int, found: list[QuoteCandidate]
) -> list[QuoteCandidate]:
    """In a title-case headline, trust the lexicon split ('S deny C') over the parse."""
    if body_start <= 0 or not _is_title_case(text_of(doc)[:body_start]):
        return found
    body = [c for c in found if c.start >= body_start or c.finder in {"reaction", "colon-line"}]
    parts = split_headline(doc, body_start, cut_adjuncts=False)
    if parts is None or parts.cue is None or not parts.sources or parts.content[1] <= 0:
        return body
    first, last = parts.sources[0], parts.sources[-1]
    headline_quote = QuoteCandidate(
        start=parts.content[0],
        end=parts.content[1],
        kind="indirect",
        cue=parts.cue,
        cue_lemma=parts.lemma,
        source=(first[0], last[1]),
        finder="headline",
    )
    return [headline_quote, *body]
