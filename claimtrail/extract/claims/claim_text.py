"""Claim text that stands alone: pronouns replaced by the names they refer to, one sentence, and
a speaker's own words ("I", "my", a body's "we") rewritten as the speaker."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from claimtrail.extract.claims.holders import (
    referent_name,
)
from claimtrail.extract.speakers.entities import EntityTable, describes, name_holds
from claimtrail.models import Quote, Source
from claimtrail.parse.text import text_of
from claimtrail.status import UNATTRIBUTED
from claimtrail.vocabulary.gazetteer import ORG_NOUNS, SPOKES_NOUNS
from claimtrail.vocabulary.grammar import (
    DUMMY_IT_VERBS,
    PRONOUN_GENDER,
)
from claimtrail.vocabulary.names import FEMALE_FIRST_NAMES, MALE_FIRST_NAMES
from claimtrail.vocabulary.referents import (
    BUSINESS_DESCRIPTION_NOUNS,
    FEELING_ADJECTIVES,
    NEWSPAPER_NOUNS,
    NON_COMPANY_BODY_NOUNS,
    PUBLIC_BODY_NOUNS,
)
from claimtrail.vocabulary.speech_person import (
    ABBREVIATIONS,
    BODY_FORMS,
    OWN_FORMS,
    POSSESSIVE_SUBJECTS,
    SPOKEN_FOR,
    THIRD_PERSON_FORMS,
    WE_CLITICS,
)


def stand_alone(
    text: str,
    doc: Doc,
    start: int,
    source: Source,
    entities: EntityTable,
    accusation: bool = False,
) -> str:
    """The content as a sentence of its own: "that" dropped, a leading pronoun subject replaced
    by the name it stands for (the speaker for "it"/"they"/"he"/"she" in reported speech, unless
    the content is the speaker's ``accusation`` against the other gender: "a stylist who claimed
    he drugged her" accuses someone else, "he told the court he objected to X" does not)."""
    text = re.sub(r"\s+", " ", text).strip(" .,;:\"“”'‘’")
    text = re.sub(r"^(?:that|whether)\s+", "", text, flags=re.I)
    m = re.match(r"^(it|they|he|she)\b", text, flags=re.I) or _BODY_DESCRIPTION.match(text)
    pronoun = m.group(1).lower() if m else ""
    pronoun = "it" if pronoun not in {"it", "they", "he", "she"} and m else pronoun
    victim = {"he": "her", "she": "him"}.get(pronoun)
    against = accusation and victim is not None and victim in text.lower().split()
    # Inside quotation marks a speaker says "I" or "we": "He's never told me" is somebody else.
    against = against or _in_quotation_marks(doc, start)
    name = referent_name(pronoun, start, source, entities, against, doc) if m else None
    described = m is not None and m.re is _BODY_DESCRIPTION
    if described and name == source.name and not _an_organisation(source, entities):
        name = None  # "Union leader Ada Quill said the company was …": not Ada Quill
    noun = m.group(1) if m is not None and described else ""
    if noun and name == source.name and _described_otherwise(doc, source, noun):
        # "The regulator said the bank had broken its rules": not the regulator, but a body
        # named before whose name holds the noun ("Norland Bank"), if there is one
        name = _named_by_noun(noun, start, entities)
    elif noun and name == source.name and _another_so_described(doc, source, noun, start, entities):
        # "Winemaker Kelda confirmed the brewer had sought a meeting": the brewer is the body
        # the article calls a brewer ("Australian brewer Orbis"), not the winemaker speaking
        name = _described_as(noun, start, doc, entities)
    elif noun and not name:
        name = _named_by_noun(noun, start, entities)  # "the bank" for Norland Bank
    if noun and not name:
        name = _described_as(noun, start, doc, entities)  # "the firm": "sportswear firm Acme"
    if (
        noun
        and m is not None
        and name == source.name
        and _another_origin(doc, m.group(0), source, entities)
    ):
        name = None  # "a German bank said the Polish steel giant ...": not the bank
    if pronoun == "it" and _expletive_it(doc, start):
        name = None  # "it was plain that X", "it was vital the UK continued": nobody's "it"
    if not m:
        text = _own_possessor(text, doc, start, source, entities, accusation)
    if m and name:
        rest = text[m.end() :]
        contracted = re.match(r"^['’]s\b", rest)
        if contracted:  # "she's had a tough year": "has" (or "is"), not a possessive "'s"
            aux = "has" if _participle_after_contraction(doc, start) else "is"
            rest = f" {aux}{rest[contracted.end() :]}"
        text = name + rest
    text = _without_stray_closing_mark(text)
    if text.count('"') % 2 and re.search(r'"[^"\s][^"]*$', text):
        text += '"'  # 'he was "livid' (the quote's closing mark cut with the stop): closed
    return text[:1].upper() + text[1:] if text else text


def previous_subject_name(subject: Token, entities: EntityTable) -> str | None:
    """The party a content's subject points back to when nobody is said to hold the content
    ("He is believed to have raised his offer", "The band is set to tour", "it is expected to
    sell"): the name that is the subject of the sentence before, when it can be what the
    pronoun or description stands for ("he"/"she": a person; "it"/"they" or "the firm": a body,
    not a place). A subject of an earlier clause of the same sentence, or a subject before that
    is no name ("the prime minister is to speak. He is expected to..."), leaves it unresolved."""
    word = subject.lower_
    described = (
        subject.tag_ in {"NN", "NNS"}
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
        and subject.lower_ in _DESCRIPTION_HEADS
        and not any(t.pos_ == "PROPN" for t in subject.subtree)
    )
    if word not in {"he", "she", "it", "they"} and not described:
        return None
    sent = subject.sent
    if sent.start == 0 or any(
        t.dep_ in {"nsubj", "nsubjpass", "expl"} and t.i < subject.i for t in sent
    ):
        return None
    before = subject.doc[sent.start - 1].sent
    root = before.root
    head = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if head is None:
        return None
    words = [t for t in head.subtree if t.i <= head.i and t.dep_ != "det" and not t.is_punct]
    written = " ".join(t.text for t in words).lower()
    found = None
    for record in entities.records:  # the name where it is a mention, or as it is written
        names = {record.name.lower(), *(m.text.lower() for m in record.mentions)}
        if any(m.start <= head.idx < m.end for m in record.mentions) or written in names:
            found = record
    if found is None:
        return None
    if word in {"he", "she"}:
        return found.name if found.type == "person" else None
    if found.type == "place":
        return None
    if found.type == "person":
        first = found.name.split()[0] if found.name.split() else ""
        if word != "it" and not described or first in FEMALE_FIRST_NAMES | MALE_FIRST_NAMES:
            return None
        if word == "it" and not described:
            return None
    return found.name


def _another_origin(doc: Doc, description: str, source: Source, entities: EntityTable) -> bool:
    """Whether a description's capitalised modifier ("the Russian oil giant") says something
    the speaker is never called: neither its name nor the words just before its mentions
    ("German investment bank Deutsche Bank") hold it."""
    capitalised = [w for w in description.split()[1:-1] if w[:1].isupper()]
    if not capitalised:
        return False
    record = entities.by_id(source.entity_id)
    said = (source.name or "").lower()
    if record is not None:
        text = text_of(doc).lower()
        said += " " + " ".join(text[max(0, mm.start - 40) : mm.end] for mm in record.mentions)
    words = set(re.findall(r"[a-z]+", said))
    return any(w.lower() not in words for w in capitalised)


def _named_by_noun(noun: str, before: int, entities: EntityTable) -> str | None:
    """The organisation named last before ``before`` whose name holds ``noun`` ("the bank":
    Norland Bank)."""
    for _, record, _ in entities.mentions_before(before):
        if record.type == "organization" and name_holds(record.name, noun.lower()):
            return record.name
    return None


def _described_as(noun: str, before: int, doc: Doc, entities: EntityTable) -> str | None:
    """The organisation named last before ``before`` that the article describes by ``noun``
    where it names it ("UK sportswear firm Acme", "Acme, the sportswear firm";
    ``entities.describes``, the resolver's test): "the firm" in a content said by someone else
    (its chief executive) is that body: the latest body the article calls so, past bodies of
    other kinds ("the firm" passes a football club named since)."""
    for _, record, mention in entities.mentions_before(before):
        if record.type == "organization" and describes(doc, mention, noun.lower()):
            return record.name
    return None


def _another_so_described(
    doc: Doc, source: Source, noun: str, before: int, entities: EntityTable
) -> bool:
    """Whether the article describes another body than the speaker by ``noun`` where it names
    it before ``before``, and never the speaker."""
    other = _described_as(noun, before, doc, entities)
    if other is None or other == source.name:
        return False
    record = entities.by_id(source.entity_id)
    return record is not None and not any(describes(doc, m, noun.lower()) for m in record.mentions)


def _described_otherwise(doc: Doc, source: Source, noun: str) -> bool:
    """Whether the speaker is named here by a description with another head noun than the
    content's ("The regulator said the bank …"): then the content's description is another
    body."""
    if source.start is None or source.end is None:
        return False
    words = text_of(doc)[source.start : source.end].lower().split()
    return len(words) >= 2 and words[0] == "the" and words[-1] != noun.lower()


def _an_organisation(source: Source, entities: EntityTable) -> bool:
    """The source may be the body a description names: typed an organisation, or untyped and
    not named as a person is ("Ada Quill": a first name)."""
    record = entities.by_id(source.entity_id)
    if record is not None:
        return record.type == "organization"
    first = source.name.split()[0] if source.name.split() else ""
    return first not in FEMALE_FIRST_NAMES and first not in MALE_FIRST_NAMES


# A body named by its kind at the head of a content ("the firm would appeal", "the company
# is in talks", "the media giant misled investors", with at most two modifiers; not a kind
# followed by the name itself, "the retailer Acme said"): resolved as "it" is, to the speaking
# body or the body in view. Public bodies
# ("the government") and outlets ("the paper") stay as written.
_BODY_DESCRIPTION = re.compile(
    r"^the\s+(?:[a-z][a-z-]*\s+){0,2}?("
    + "|".join(
        sorted(
            (ORG_NOUNS | BUSINESS_DESCRIPTION_NOUNS)
            - PUBLIC_BODY_NOUNS
            - NEWSPAPER_NOUNS
            - NON_COMPANY_BODY_NOUNS,
            key=len,
            reverse=True,
        )
    )
    + r")\b(?!['’]|-|(?-i:\s+[A-Z]))",
    flags=re.I,
)


# The heads of a description that may stand for a body named in the sentence before ("the firm",
# "the band", "the media giant"); public bodies and outlets stay as written.
_DESCRIPTION_HEADS = (ORG_NOUNS | BUSINESS_DESCRIPTION_NOUNS) - PUBLIC_BODY_NOUNS - NEWSPAPER_NOUNS


def _without_stray_closing_mark(text: str) -> str:
    """A content cut from inside a quotation ('Jihadi John" could be another man', 'Acme,” it
    said, “would') keeps a closing mark whose opening mark was left out: dropped."""
    straight = re.match(r'^([^"]+?)"(?=[\s,.;:]|$)', text)
    if straight and text.count('"') % 2:
        return straight.group(1) + text[straight.end() :]
    curly = text.find("”")
    if curly > 0 and "“" not in text[:curly]:
        return text[:curly] + text[curly + 1 :]
    return text


def _own_possessor(
    text: str, doc: Doc, start: int, source: Source, entities: EntityTable, accusation: bool
) -> str:
    """A content that opens with a possessive pronoun ("his death dealt a blow to the group",
    "its profits rose") names the possessor as its subject pronoun would be named ("he" → the
    person it stands for): "Godane's death dealt a blow", "Acme's profits rose"."""
    m = re.match(r"^(his|her|its|their)\s+(?=[a-z])", text, flags=re.I)
    if m is None:
        return text
    pronoun = POSSESSIVE_SUBJECTS[m.group(1).lower()]
    against = accusation or _in_quotation_marks(doc, start)
    name = referent_name(pronoun, start, source, entities, against, doc)
    if name and name != UNATTRIBUTED:
        return f"{name}'s {text[m.end() :]}"
    return text


def _participle_after_contraction(doc: Doc, start: int) -> bool:
    """Whether the first contracted "'s" at ``start`` is followed by a past participle ("she's
    had": has), not by anything else ("she's tired", "he's the best": is)."""
    near = [t for t in doc if start <= t.idx < start + 40][:4]
    for t in near:
        if t.lower_ in {"'s", "’s"}:
            after = t.nbor(1) if t.i + 1 < len(doc) else None
            # "had" is often tagged as a past tense after a contraction; an adjective-like
            # participle ("she's tired") is "is"
            return after is not None and (
                after.tag_ == "VBD" or (after.tag_ == "VBN" and after.dep_ not in {"acomp"})
            )
    return False


QUOTE_OPENERS = frozenset('"“‘')

# Where a direct quote's first sentence ends: a stop, then (past any quotation mark of a BBC
# paragraph continuation) a capital opening the next one.
_SENTENCE_END = re.compile(r"[.!?](?=[\"”’]?\s+[\"“‘]?[A-Z(\[])")
# A stop that ends an abbreviation or an initial, not a sentence ("St. Mary's", "J. Ailey").
_ABBREVIATION = re.compile(
    r"(?:^|[\s(])(?:[A-Z][a-z]?|" + "|".join(sorted(ABBREVIATIONS)) + r")\.$"
)


def first_sentence(text: str) -> str:
    """A direct quote's first sentence ("It was a great game. We defended well" → "It was a
    great game"): a claim's text is one sentence (guidelines B)."""
    for m in _SENTENCE_END.finditer(text):
        if not _ABBREVIATION.search(text[: m.start() + 1]):
            return text[: m.start()]
    return text


def _third_singular(verb: str, after: Token | None = None) -> str:
    """'think' → 'thinks', 'wish' → 'wishes', 'try' → 'tries'; "'d" → "had" before a past
    participle ("I'd burned"), else "would"."""
    lowered = verb.lower()
    if lowered in {"'d", "’d"} and after is not None and after.tag_ == "VBN":
        return "had"
    if lowered in THIRD_PERSON_FORMS:
        return THIRD_PERSON_FORMS[lowered]
    if re.search(r"(?:s|sh|ch|x|z|o)$", lowered):
        return verb + "es"
    if re.search(r"[^aeiou]y$", lowered):
        return verb[:-1] + "ies"
    return verb + "s"


def speaker_gender(doc: Doc, source: Source, quotes: Sequence[Quote]) -> str | None:
    """'m' or 'f' when the article calls the speaker "he" or "she" as a speaker of a quote, or
    uses pronouns of one gender only; else None."""
    words = {
        (q.speaker.mention or "").lower()
        for q in quotes
        if q.speaker is not None
        and (q.speaker.entity_id == source.entity_id if source.entity_id else False)
    }
    genders = {PRONOUN_GENDER[w] for w in words if w in PRONOUN_GENDER}
    if not genders:  # an article that says only "he" (or only "she") of anyone: that one
        genders = {PRONOUN_GENDER[t.lower_] for t in doc if t.lower_ in PRONOUN_GENDER}
    return genders.pop() if len(genders) == 1 else None


def own_words(
    doc: Doc, start: int, text: str, source: Source, entities: EntityTable, quotes: Sequence[Quote]
) -> str:
    """A direct quote as a claim's text: its first sentence, and a person's "I", "me", "my"
    written as that person ("I'm positive I scored" → "Ann Lee is positive she scored"; the
    name again where the article gives no gender). ``start`` is where ``text`` begins in the
    article; "we" is left as it is (whose "we" it is, the quote does not say). A quote that
    opens with a question ("Do I regret it? No, I would do it again") states what it answers
    in the next sentence: a claim's text is a proposition, not a question."""
    origin = start
    sentence = first_sentence(text)
    if text[len(sentence) : len(sentence) + 1] == "?":
        after = text[len(sentence) + 1 :]
        skip = len(after) - len(after.lstrip(" \n\"“”'‘’"))
        if after[skip:].strip():
            start += len(sentence) + 1 + skip
            text = after[skip:]
            sentence = first_sentence(text)
    rec = entities.by_id(source.entity_id)
    body = _speaking_body(source, rec.type if rec else None, rec.name if rec else None)
    if body is None:  # a person speaking for the body their stated role belongs to
        body = next(
            (q.speaker.organization for q in quotes if q.start == origin and q.speaker is not None),
            None,
        )
    plural = body is not None and re.search(r"\b(?:[Ww]e|[Oo]ur)\b", sentence) is not None
    span = doc.char_span(start, start + len(sentence), alignment_mode="contract")
    if plural and span is not None and body is not None:
        sentence = _as_body(span, body)  # "we" first; "I" below, on the text as it now reads
    # a sentence whose speaker is its subject or owner ("I", "my"); a lone "me" is left as it is
    if rec is None or rec.type != "person" or not re.search(r"\b(?:I|[Mm]y)\b", sentence):
        return sentence
    if plural:
        return as_person_text(sentence, rec.name, speaker_gender(doc, source, quotes), span)
    gender = speaker_gender(doc, source, quotes)
    if span is None:
        return sentence
    out: list[str] = []
    named = False
    third: set[int] = set()
    for tok in span:
        word = tok.lower_
        if word == "i" and tok.tag_ == "PRP" and tok.dep_ in {"nsubj", "nsubjpass"}:
            group = [tok.head, *(c for c in tok.head.children if c.dep_ in {"aux", "auxpass"})]
            verb = min(
                (t for t in group if t.i > tok.i and t.tag_ == "VBP"),
                key=lambda t: t.i,
                default=None,
            )
            # "I never meant it and don't understand": a coordinated verb shares the subject
            for conj in (
                c for c in tok.head.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}
            ):
                if any(g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in conj.children):
                    continue
                parts = [conj, *(g for g in conj.children if g.dep_ in {"aux", "auxpass"})]
                first = min((t for t in parts if t.tag_ == "VBP"), key=lambda t: t.i, default=None)
                if first is not None:
                    third.add(first.i)
            if (
                verb is None
                and tok.i + 1 < len(doc)
                and doc[tok.i + 1].lower_ in THIRD_PERSON_FORMS
            ):
                verb = doc[tok.i + 1]  # "I'd", "I'll": the clitic the parser left unattached
            if verb is not None:
                third.add(verb.i)
        if word in OWN_FORMS and tok.tag_ in {"PRP", "PRP$"}:
            possessive = word in {"my", "mine"}
            if named and gender is not None:
                said = OWN_FORMS[word][gender]
            else:
                said = rec.name + ("'s" if possessive else "")
            named = True
            said = said if tok.i != span.start or said[:1].isupper() else said.capitalize()
        elif tok.i in third:
            said = _third_singular(tok.text, doc[tok.i + 1] if tok.i + 1 < len(doc) else None)
            clitic = tok.text[:1] in {"'", "’"}
            said = " " + said if clitic else said
        else:
            said = tok.text
        out.append(said + tok.whitespace_)
    return "".join(out).strip()


def _speaking_body(source: Source, kind: str | None, name: str | None) -> str | None:
    """The body whose "we" a quote speaks: the organisation itself, or the one a spokesperson
    speaks for ("a spokesman for Acme": Acme); None for a person in their own name."""
    if kind == "organization" and name:
        return name
    words = (source.name or "").split()
    for i, word in enumerate(words[:-2]):
        if word.lower() in SPOKES_NOUNS and words[i + 1].lower() in SPOKEN_FOR:
            rest = words[i + 2 :]
            rest = rest[1:] if rest[0].lower() == "the" else rest
            return " ".join(rest) if rest and rest[0][:1].isupper() else None
    return None


def _as_body(span: Span, body: str) -> str:
    """A body's "we", "our", "us" written as the body: its name first, then "they"/"their"."""
    out: list[str] = []
    named = False
    after_name = False
    for tok in span:
        word = tok.lower_
        if word in BODY_FORMS and tok.tag_ in {"PRP", "PRP$"}:
            said = BODY_FORMS[word] if named else body + ("'s" if word in {"our", "ours"} else "")
            after_name = not named and word == "we"
            named = True
            said = said.capitalize() if tok.i == span.start and said[:1].islower() else said
        elif after_name and word.replace("’", "'") in WE_CLITICS:
            said = " " + WE_CLITICS[word.replace("’", "'")]  # "We're" → "Acme are", not "Acme're"
            after_name = False
        else:
            said = tok.text
            after_name = False
        out.append(said + tok.whitespace_)
    return "".join(out).strip()


def _in_quotation_marks(doc: Doc, start: int) -> bool:
    """The content at ``start`` opens with a quotation mark: the speaker's own words."""
    text = text_of(doc)
    i = start - 1
    while i >= 0 and text[i] == " ":
        i -= 1
    return i >= 0 and text[i] in QUOTE_OPENERS


def _expletive_it(doc: Doc, start: int) -> bool:
    """The content's leading "it" is a dummy subject: a copula whose clause has a subject of its
    own ("it was 'plain' Iraq was in breach", "it is clear that the firm will lose money"), not
    a raising one ("it was likely to close", "it was ready to sell": the firm)."""
    ahead = doc.char_span(start, min(start + 200, len(text_of(doc))), alignment_mode="expand")
    near = ahead[:8] if ahead is not None else doc  # the words at the content's start
    words = [t for t in near if t.idx >= start and not t.is_punct][:3]
    it = next((t for t in words if t.lower_ == "it"), None)
    if it is None or it.dep_ not in {"nsubj", "expl"}:
        return False
    if it.dep_ == "expl":
        return True
    head = it.head
    if head.lemma_.lower() not in DUMMY_IT_VERBS:
        return False
    holders = [head, *(c for c in head.children if c.dep_ == "acomp")]
    if any(h.lower_ in FEELING_ADJECTIVES for h in holders[1:]):
        return False  # "it was confident it could X": a party's feeling, the party's "it"
    return any(
        c.dep_ in {"ccomp", "csubj"}
        and any(
            g.dep_ in {"nsubj", "nsubjpass"} or g.lower_ in {"that", "whether"} for g in c.children
        )
        for h in holders
        for c in h.children
    )


def as_person_text(text: str, name: str, gender: str | None, span: Span | None) -> str:
    """``text``'s "I" and "my" written as the person ``name`` (then he/she where ``gender`` is
    known), the verb after "I" in the third person where ``span``'s tags make it a present
    ("I think" → "X thinks"; "I had" stays): for a text that no longer reads as the article
    does token for token."""
    verbs = iter(
        (
            _third_singular(t.doc[t.i + 1].text, t.doc[t.i + 2] if t.i + 2 < len(t.doc) else None)
            if t.doc[t.i + 1].tag_ == "VBP" or t.doc[t.i + 1].lower_ in THIRD_PERSON_FORMS
            else None
        )
        for t in span or []
        if t.lower_ == "i" and t.tag_ == "PRP" and t.i + 1 < len(t.doc)
    )
    named = False

    def write(m: re.Match[str]) -> str:
        nonlocal named
        word, verb = m.group(1), m.group(2) or ""
        form = word.lower()
        if named and gender is not None:
            said = OWN_FORMS[form][gender]
        else:
            said = name + ("'s" if form == "my" else "")
        named = True
        third = next(verbs, None) if form == "i" else None
        if verb and third:
            verb = " " + third  # "I've" → "X has", "I think" → "X thinks"
        return said + verb

    return re.sub(r"\b(I|[Mm]y)\b('\w+|’\w+| \w+)?", write, text)
