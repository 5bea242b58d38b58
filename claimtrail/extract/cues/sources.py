"""Who holds what a cue attributes: the grammatical source of a reporting verb.

Shared by the cue model's features (``cues.features``: PolNeAR attributions nearly always have a
source) and by the quote finders (``quotes.reported``, ``quotes.direct``, ``quotes.intro_lines``).
"""

from __future__ import annotations

from spacy.tokens import Token

from claimtrail.vocabulary.gazetteer import (
    HONORIFIC_GENDER,
    ORG_NOUNS,
    PERSON_NOUNS,
    SPEAKING_NOUNS,
)
from claimtrail.vocabulary.grammar import CAUSATIVE_VERBS, NON_SOURCES, OBJECT_SPEAKER_VERBS
from claimtrail.vocabulary.lexicon import REPORTING_NOUNS, verb_lemma

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# The tokens that close a double quotation.
CLOSING_MARKS = frozenset({'"', "\u201d", "''"})


def subject_of(verb: Token) -> Token | None:
    found = _subject_of(verb)
    if found is not None and _set_off_participle(verb) and not can_speak(found):
        # "Unions criticised the move - which may cost jobs - saying C": a participle set off
        # by punctuation speaks for the main clause's subject, whatever the parser hung it on
        root = verb.sent.root
        main = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
        if main is not None and main.i < verb.i and can_speak(main):
            return main
    if found is not None and found.tag_ == "VBG" and found.i < verb.i and not can_speak(found):
        # "Speaking in Leeds Mr Reed said: …", the opening participle parsed as the subject and
        # the name as its preposition's object: the person named right before the verb speaks
        return _name_right_before(verb) or found
    if found is not None:
        return _coordinated_title_name(found) or found
    return found


def _reduced_relative_subject(verb: Token) -> Token | None:
    """'But 36 people accused in the case said C', parsed as a clause ('people accused …') that
    is the verb's subject: a participle with no object or clause marker after a noun that can
    speak is a reduced relative on that noun, and the noun speaks."""
    clause = next((c for c in verb.children if c.dep_ == "csubj" and c.i < verb.i), None)
    if clause is None or clause.tag_ not in {"VBN", "VBD"}:
        return None
    if any(c.dep_ in {"dobj", "mark", "ccomp", "aux", "auxpass"} for c in clause.children):
        return None
    noun = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    return noun if noun is not None and noun.pos_ == "NOUN" and can_speak(noun) else None


def _titled_by_a_work(person: Token, subjects: list[Token]) -> bool:
    """'Essential Guide to Gardens 2005 author Dan Lewis said', parsed as two subjects (the
    work's title and the name): a person noun ('author', 'editor') right before the name
    makes the title before it a work the person is known by, not a speaker."""
    first = person
    while first.i > 0 and first.doc[first.i - 1].ent_type_ == "PERSON":
        first = first.doc[first.i - 1]
    title = first.doc[first.i - 1] if first.i > 0 else None
    return (
        title is not None
        and title.lower_ in PERSON_NOUNS
        and any(c.i < title.i and c.i != person.i for c in subjects)
    )


def _coordinated_title_name(subject: Token) -> Token | None:
    """'Economy and Labour Minister Anton Weller said': a coordinated title parsed as two
    subjects, the bare first word of the title and the name; the name speaks."""
    if subject.ent_type_ or not subject.text[:1].isupper() or subject.lower_ in PERSON_NOUNS:
        return None
    if any(c.dep_ not in {"cc", "conj"} for c in subject.children):
        return None
    name = next((c for c in subject.children if c.dep_ == "conj"), None)
    if name is None or name.ent_type_ != "PERSON":
        return None
    titled = any(c.dep_ == "compound" and c.lower_ in PERSON_NOUNS for c in name.children)
    return name if titled else None


def _dateline(tok: Token) -> bool:
    """'LONDON —', 'UTAH COUNTY -': a place in capitals opening a line, set off by a dash."""
    words = [w for w in tok.subtree if not w.is_punct]
    if not words:
        return False
    first, last = words[0], words[-1]
    doc = tok.doc
    opens_line = first.i == 0 or "\n" in doc[first.i - 1].text_with_ws or doc[first.i - 1].is_space
    return (
        opens_line
        and all(w.text.isupper() for w in words if w.is_alpha)
        and any(w.is_alpha and len(w.text) > 1 for w in words)
        and last.i + 1 < len(doc)
        and doc[last.i + 1].text in {"-", "—", "–", "--"}
    )


def _set_off_participle(verb: Token) -> bool:
    """'…, saying C' / '… - adding C': an -ing form with no auxiliary after a comma or dash."""
    return (
        verb.tag_ == "VBG"
        and verb.i > 0
        and verb.doc[verb.i - 1].text in {",", "-", "—", "–"}
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    )


def can_speak(tok: Token) -> bool:
    """A word that can stand for a speaker: a name, a pronoun, a person or group noun, or a
    document or report ('the statement'); not a thing ('the possible move')."""
    if tok.pos_ in {"PROPN", "PRON"} or tok.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
        return tok.lower_ not in NON_SOURCES
    word = tok.lower_
    return (
        word in PERSON_NOUNS
        or singular(word) in PERSON_NOUNS
        or word in REPORTING_NOUNS
        or word in SPEAKING_NOUNS
    )


def singular(word: str) -> str:
    """A plural noun's singular by its ending ("agencies" → "agency", "witnesses" → "witness",
    "analysts" → "analyst"); other words as they are. The one rule can_speak and holds_views
    read plurals by."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ss"):
        return word  # "boss", "press": not plurals
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    return word.removesuffix("s")


def holds_views(tok: Token) -> bool:
    """A word that can hold a view, a fear or a hope: one that can speak, or a body named by
    its kind ("intelligence agencies issued a warning that C", "the ministry voiced fears
    that C"); not a thing ("the rise reflects the view that C")."""
    if can_speak(tok):
        return True
    word = tok.lower_
    return word in ORG_NOUNS or singular(word) in ORG_NOUNS


def _subject_of(verb: Token) -> Token | None:
    if quotes_as_saying(verb):  # '"C," the paper quoted X as saying': X is the source
        quoted = quoted_person(verb)
        if quoted is not None:
            return quoted
    for child in verb.children:  # passive "was called X by Y": the agent speaks, not the subject
        if child.dep_ == "agent":
            agent = next((g for g in child.children if g.dep_ == "pobj"), None)
            if agent is not None:
                return agent
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) > 1:  # "LONDON - The embassy has denied C": the dateline is no source
        subjects = [c for c in subjects if not _dateline(c)] or subjects
    if len(subjects) > 1:  # "But this year, she said C", parsed as two subjects: a time is none
        subjects = [c for c in subjects if c.ent_type_ not in {"DATE", "TIME"}] or subjects
    if len(subjects) > 1:  # "In its report - Tall Tales: A Study - the Council said C": a
        # title set off before the subject right at the verb is no second speaker
        adjacent = [c for c in subjects if _right_before(c, verb)]
        aside = [c for c in subjects if c not in adjacent and _set_off_by_dashes(c, verb)]
        if len(adjacent) == 1 and aside:
            subjects = adjacent
    if len(subjects) > 1:  # '"It is for the bold consumer," said an X spokesperson', parsed
        # with a noun of the quote as a subject too: a word inside the marks says nothing
        subjects = [c for c in subjects if not _closing_mark_between(c, verb)] or subjects
    if len(subjects) > 1:  # "Germany's financial regulator BaFin said", parsed as two subjects:
        person = next((c for c in subjects if c.ent_type_ == "PERSON"), None)
        if person is not None and _titled_by_a_work(person, subjects):
            return person  # "Guide to Gardens 2005 author Dan Lewis said": the author speaks
        return next((c for c in subjects if c.pos_ == "PROPN"), subjects[0])  # the name
    if subjects and _object_read_as_subject(verb):
        return subject_of(verb.head)
    if subjects:
        return subjects[0]  # "officials who said…": the pronoun; speakers.py finds its antecedent
    reduced = _reduced_relative_subject(verb)
    if reduced is not None:
        return reduced
    if verb.dep_ in {"acl", "relcl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
        noun = verb.head
        if (
            verb.dep_ == "acl"
            and noun.dep_ == "dobj"
            and noun.head.pos_ in {"VERB", "AUX"}
            and not _is_person_word(noun)
        ):
            # "Trump issued a statement saying C": Trump says it, through the statement; but
            # "It quoted a spokesman complaining C": the spokesman complains
            return subject_of(noun.head) or noun
        return noun
    stranded = _stranded_subject(verb)
    if stranded is not None:
        return stranded
    # "was quick to point out C", "is keen to stress C": the subject of the adjective's copula.
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.dep_ == "acomp":
        return subject_of(verb.head.head)
    caused = _caused_to_speak(verb)
    if caused is not None:
        return caused
    inverted = _name_right_after(verb)
    if inverted is not None:
        return inverted
    # "…, adding that C" / "wants to say C" / "said and added": the governing verb's subject.
    if (
        verb.dep_ in {"conj", "xcomp", "advcl"}
        and verb.head.pos_ in {"VERB", "AUX"}
        and verb.head.i != verb.i
    ):
        return subject_of(verb.head)
    # "began by saying C": the participle hangs on a preposition of the governing verb.
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in {"VERB", "AUX"}:
        governor = verb.head.head
        if verb.head.lower_ == "as":
            quoted = quoted_person(governor)
            if quoted is not None and quoted.i < verb.i:
                return quoted  # "The paper quoted X as saying C": X says it, the paper reports
        return subject_of(governor)
    elliptical = _previous_sentence_root(verb)
    if elliptical is not None:
        return subject_of(elliptical)
    return (
        _name_before_final_verb(verb)
        or _name_right_before(verb)
        or _name_and_apposition_before(verb)
        or _name_opening_after_a_quote(verb)
    )


def _caused_to_speak(verb: Token) -> Token | None:
    """'The findings led the agency to conclude C', 'the row prompted him to admit C': the
    infinitive's speaker is the causative verb's object, not its subject (a cause)."""
    if verb.head.lower_ not in CAUSATIVE_VERBS:
        return None
    infinitive = verb.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )  # "leading him to quip C", the infinitive parsed as an adverbial clause
    if verb.dep_ != "xcomp" and not infinitive:
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _name_right_after(verb: Token) -> Token | None:
    """'C because, said Mr Reed, D', parsed with the name inside D and the verb as an
    adverbial clause: a subjectless verb of saying set off by a comma before it takes the
    person's name right after it that a comma closes (an honorific's name or a PERSON
    entity)."""
    doc = verb.doc
    if verb_lemma(verb.text) is None or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    if verb.dep_ != "advcl":
        return None  # (a main verb's parenthesis is content_spans.parenthetical_content's)
    i = verb.i + 1
    honorific = i < len(doc) and doc[i].lower_.rstrip(".") in HONORIFIC_GENDER
    if honorific:
        i += 1
    last = None
    while i < len(doc) and doc[i].pos_ == "PROPN" and (honorific or doc[i].ent_type_ == "PERSON"):
        last = doc[i]
        i += 1
    if last is None or i >= len(doc) or doc[i].text != ",":
        return None
    return last


def _name_right_before(verb: Token) -> Token | None:
    """'On top of the deal with Tanzania Mr Brown said C', parsed with the name inside the
    preposition's object: a main verb with no subject takes the name that ends right before
    it, when that name is a person's (a PERSON entity or an honorific's name)."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.i == 0:
        return None
    last = doc[verb.i - 1]
    if last.pos_ != "PROPN":
        return None
    i = last.i
    while (
        i > verb.sent.start and doc[i - 1].pos_ == "PROPN" and doc[i].lower_ not in HONORIFIC_GENDER
    ):
        i -= 1
    named = doc[i].lower_.rstrip(".") in HONORIFIC_GENDER or last.ent_type_ == "PERSON"
    return last if named else None


def _name_and_apposition_before(verb: Token) -> Token | None:
    """'In his new book, Rough Justice, Ann Vale, a QC and law professor, suggests C', parsed
    with the name inside the opening phrase: a main verb with no subject takes a person's name
    whose apposition ends, set off by a comma, right before it."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    for tok in doc[verb.sent.start : verb.i - 1]:
        if tok.pos_ != "PROPN" or tok.ent_type_ != "PERSON":
            continue
        if any(c.dep_ == "appos" and c.right_edge.i == verb.i - 2 for c in tok.children):
            return tok
    return None


def _right_before(subject: Token, verb: Token) -> bool:
    """The subject's phrase ends right before the verb (its auxiliaries and adverbs apart)."""
    between = verb.doc[subject.right_edge.i + 1 : verb.i]
    return all(t.dep_ in {"aux", "auxpass", "neg", "advmod"} for t in between)


def _set_off_by_dashes(subject: Token, verb: Token) -> bool:
    """A dash stands between the subject and the verb: the subject is inside an aside."""
    return subject.i < verb.i and any(
        t.text in {"-", "\u2013", "\u2014"} and t.whitespace_ and t.i > subject.i
        for t in verb.doc[subject.i : verb.i]
    )


def _closing_mark_between(word: Token, verb: Token) -> bool:
    """A closing quotation mark stands between a word and the verb after it: the word is
    inside the quote."""
    return word.i < verb.i and any(t.text in CLOSING_MARKS for t in verb.doc[word.i + 1 : verb.i])


def _name_opening_after_a_quote(verb: Token) -> Token | None:
    """'"C," Ann Lee, from the Tarvik Traders Association (TTA) told the BBC', parsed with the
    name inside the quote: a main verb with no subject takes a person's name that opens the
    words after the closing mark, set off by a comma from a phrase saying who she is, with
    no other person and no verb before the verb."""
    doc = verb.doc
    if verb.dep_ != "ROOT":
        return None
    close = next(
        (t for t in reversed(doc[verb.sent.start : verb.i]) if t.text in CLOSING_MARKS), None
    )
    if close is None or close.i + 1 >= verb.i or doc[close.i + 1].ent_type_ != "PERSON":
        return None
    name = doc[close.i + 1]
    while name.i + 1 < verb.i and doc[name.i + 1].ent_iob_ == "I":
        name = doc[name.i + 1]
    rest = doc[name.i + 2 : verb.i]
    if doc[name.i + 1].text != "," or not rest:
        return None
    if any(t.ent_type_ == "PERSON" or t.pos_ in {"VERB", "AUX"} for t in rest):
        return None
    return name


def _stranded_subject(verb: Token) -> Token | None:
    """'X claimed C but his lawyer, Y, told the BBC D': the parser joins 'his lawyer' to C's
    last noun and 'told' to 'claimed'; the person phrase opened by 'but'/'and' right before
    the verb is its subject."""
    if verb.dep_ not in {"conj", "ccomp"} or verb.i == 0:
        return None
    i = verb.i - 1
    while i > 0 and verb.doc[i].is_punct:
        i -= 1
    tok = verb.doc[i]
    while tok.dep_ in {"compound", "flat"} and tok.head.i > tok.i:
        tok = tok.head
    noun = tok.head if tok.dep_ == "appos" else tok
    if noun.dep_ != "conj" or not _is_person_word(noun) and noun.pos_ != "PROPN":
        return None
    opener = verb.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    return noun if opener is not None and opener.dep_ == "cc" else None


def _previous_sentence_root(verb: Token) -> Token | None:
    """'X insisted: "A." And continued: "B."': a subjectless verb after a sentence-opening
    'And' / 'But' shares the previous sentence's subject (the root verb of that sentence)."""
    sent = verb.sent
    if verb.dep_ != "ROOT" or sent.start == 0 or verb.i == sent.start:
        return None
    if not (sent[0].dep_ == "cc" and sent[0].head.i == verb.i):
        return None
    previous = verb.doc[sent.start - 1].sent.root
    return previous if previous.pos_ in {"VERB", "AUX"} and previous.i != verb.i else None


def _object_read_as_subject(verb: Token) -> bool:
    """'The mayor phoned Mr Jones pointing out C': a bare participle parsed as a clause whose
    subject is the main verb's object. The main clause's subject speaks ("heard the man saying
    C" and "quoted a minister saying C" keep the object: OBJECT_SPEAKER_VERBS)."""
    governor = verb.head
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "ccomp"
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
        and governor.pos_ in {"VERB", "AUX"}
        and governor.i < verb.i
        and governor.lower_ not in OBJECT_SPEAKER_VERBS
        and any(c.dep_ in SUBJECT_DEPS and c.i < governor.i for c in governor.children)
    )


def _name_before_final_verb(verb: Token) -> Token | None:
    """'C, her lawyer, Perry Wander, said.' parsed with no subject (the parser joined the
    lawyer to the content): the person noun or name just before a sentence-final verb."""
    doc = verb.doc
    after = verb.i + 1
    if after < len(doc) and not (doc[after].is_punct and doc[after].text in {".", "!", "?"}):
        return None
    i = verb.i - 1
    while i >= 0 and doc[i].is_punct:
        i -= 1
    if i < 0 or i == verb.i - 1:
        return None  # no comma: not a reporting clause set off from its content
    tok = doc[i]
    while tok.dep_ in {"compound", "flat"} and tok.head.i > tok.i:
        tok = tok.head
    if tok.dep_ == "appos" and _is_person_word(tok.head):
        return tok.head  # "her lawyer, Perry Wander": the phrase, named by its apposition
    return tok if _is_person_word(tok) else None


def _is_person_word(tok: Token) -> bool:
    return tok.ent_type_ == "PERSON" or tok.lower_ in PERSON_NOUNS


def quoted_person(verb: Token) -> Token | None:
    """Whom 'quoted … as saying' quotes: its object, or its passive subject ('X was quoted
    by the paper as saying')."""
    return next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)


def quotes_as_saying(verb: Token) -> bool:
    """'quoted X as saying C': the attribution is X's, found at 'saying' (one record)."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "as"
        and any(c.dep_ == "pcomp" and verb_lemma(c.text) is not None for c in prep.children)
        for prep in verb.children
    )
