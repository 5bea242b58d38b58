"""Who holds a record: the source a speaker, a pronoun, a description or a noun's holder names,
and the tests on it (an outlet, a commentator, joint outlets or parties, the referent a pronoun
in the claim text stands for)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from claimtrail.extract.claims.attitudes import (
    HOLDER_ENTITY_TYPES,
    PLACE_ENTITY_TYPES,
    fullest_outlet_name,
    modifier_holder,
)
from claimtrail.extract.claims.records import (
    Record,
)
from claimtrail.extract.speakers.entities import EntityTable
from claimtrail.models import Quote, Source, Speaker
from claimtrail.parse.text import text_of
from claimtrail.status import UNATTRIBUTED
from claimtrail.vocabulary.answers import (
    FINDING_BODIES,
    HOLDER_MODIFIERS,
)
from claimtrail.vocabulary.gazetteer import ORG_NOUNS, OUTLET_NOUNS, PERSON_NOUNS, SPOKES_NOUNS
from claimtrail.vocabulary.grammar import (
    AUTHOR_WORDS,
    OUTLET_ROLE_WORDS,
    PRONOUN_SUBJECTS,
)
from claimtrail.vocabulary.lexicon import (
    COMMENTATOR_WORDS,
    OUTLET_WORDS,
    RUMOUR_NOUNS,
)
from claimtrail.vocabulary.names import FEMALE_FIRST_NAMES, MALE_FIRST_NAMES
from claimtrail.vocabulary.press import (
    DATA_NOUNS,
    DATA_SOURCE_PREPOSITIONS,
    GENERIC_PRESS_WORDS,
    OUTLET_NAMES,
    OUTLET_SHORT_FORMS,
    PLURAL_OUTLET_NOUNS,
)
from claimtrail.vocabulary.relayers import (
    NEARNESS_WORDS,
    NEWS_NAME_ENDINGS,
    SEEING_PARTICIPLES,
    UNNAMED_PEOPLE,
    UNNAMED_SOURCE_HEADS,
    WEB_DOMAIN_ENDINGS,
    WRITTEN_REPORT_WORDS,
)


def record_source(
    doc: Doc, token: Token | None, entities: EntityTable, quotes: Sequence[Quote] = ()
) -> Source:
    if token is None:
        return Source(name=UNATTRIBUTED)
    start, end = token.left_edge.idx, token.idx + len(token.text)
    hit = entities.at(token.idx, token.idx + len(token.text))
    if hit is not None:
        return Source(name=hit[1].name, entity_id=hit[0], start=start, end=end)
    if token.pos_ == "PRON":
        return _pronoun_source(token, entities, quotes) or Source(name=UNATTRIBUTED)
    named = _appositive_name(token, entities)  # "Labour's spokesman, Kate Lyle, accused"
    if named is not None:
        return named.model_copy(update={"start": start, "end": end})
    described = _described_speaker(token, quotes)
    if described is not None:
        return described.model_copy(update={"start": start, "end": end})
    return Source(name=text_of(doc)[start:end], start=start, end=end)


def _appositive_name(token: Token, entities: EntityTable) -> Source | None:
    """A description whose apposition names the holder ("the party's chief whip, Anna
    Price,"): the named person or body."""
    for child in token.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            hit = entities.at(child.idx, child.idx + len(child.text))
            if hit is not None:
                return Source(name=hit[1].name, entity_id=hit[0])
    return None


def _described_speaker(token: Token, quotes: Sequence[Quote]) -> Source | None:
    """'The Green spokesman also criticised X' after 'Mr Reed … he asked': a definite
    spokesman description continues the speaker quoted just before it."""
    if token.lower_ not in SPOKES_NOUNS or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children
    ):
        return None
    before = [
        (q.speaker.start, q.speaker)
        for q in quotes
        if q.speaker is not None
        and q.speaker.name
        and q.speaker.start is not None
        and q.speaker.end is not None
        and q.speaker.end <= token.idx
        and token.idx - q.speaker.start <= PRONOUN_REACH
    ]
    if not before:
        return None
    last = max(before, key=lambda pair: pair[0])[1]
    return Source(name=last.name or "", entity_id=last.entity_id)


# How far back (characters) a pronoun holder looks for the named party it stands for.
PRONOUN_REACH = 400


def _pronoun_source(token: Token, entities: EntityTable, quotes: Sequence[Quote]) -> Source | None:
    """The party a pronoun holder of a cue stands for: inside a reported content, the quote's
    speaker ("Howard said he rejected the idea that X": Howard); else the last person ("he",
    "she") or organisation ("it", "they") named shortly before."""
    lowered = token.lower_
    span = {"start": token.idx, "end": token.idx + len(token.text)}
    around = [q for q in quotes if q.start <= token.idx < q.end and q.speaker and q.speaker.name]
    if lowered in {"i", "we"} and around:  # 'told the BBC: "I reject that entirely"'
        quoting = min(around, key=lambda q: q.end - q.start).speaker
        assert quoting is not None
        return Source(name=quoting.name or "", entity_id=quoting.entity_id, **span)
    if lowered not in PRONOUN_SUBJECTS - {"we", "i"}:
        return None
    person = lowered in {"he", "she"}
    for q in sorted(around, key=lambda q: q.end - q.start):
        assert q.speaker is not None
        speaker = Source(name=q.speaker.name or "", entity_id=q.speaker.entity_id, **span)
        if speaker_fits(lowered, speaker, entities, token.doc):
            return speaker
        break  # only the innermost content's speaker can be meant
    types = {"person"} if person else {"organization"}
    for entity_id, record, mention in entities.mentions_before(token.idx):
        if token.idx - mention.end > PRONOUN_REACH:
            break
        if record.type in types:
            return Source(name=record.name, entity_id=entity_id, **span)
    return None


def is_outlet(name: str, role: str | None) -> bool:
    """An outlet or a reporter: by its name ("the Times", "newspaper reports"), or by a role that
    says so ("The Australian newspaper", "BBC correspondent"), not by an office's words ("Culture,
    Media and Sport Secretary", "press secretary", "independent MP")."""
    named = set(re.findall(r"[a-z-]+", name.lower()))
    described = set(re.findall(r"[a-z]+", (role or "").lower()))
    return bool(
        named & (OUTLET_WORDS | AUTHOR_WORDS | OUTLET_NAMES)
        or described & (OUTLET_ROLE_WORDS | AUTHOR_WORDS)
    )


def relays(name: str, role: str | None) -> bool:
    """A source that relays what it tells (guidelines C): an outlet or reporter
    (``is_outlet``), a written work of the press or the web ("the article claimed", "a fake
    news story"), a website by its address ("Acmenews.com claimed"), a news outlet by its name
    ("Zeta News notes"), or an unnamed source ("sources said", "two sources told the paper",
    "people familiar with the talks"). Its saying is a report, not a position of its own."""
    if is_outlet(name, role):
        return True
    words = name.split()
    lower = [w.lower().strip(",.;:") for w in words]
    if set(lower) & WRITTEN_REPORT_WORDS and not is_proper_name(name):
        return True  # "the article", "a fake news story", not "Story Holdings"
    if set(re.findall(r"[a-z]+", (role or "").lower())) & WRITTEN_REPORT_WORDS:
        return True  # "the rumour site Soupleaks", "the blog Acmewatch": described as one
    if words and lower[-1].endswith(WEB_DOMAIN_ENDINGS) and "." in lower[-1][:-2]:
        return True  # "Acmenews.com"
    if len(words) >= 2 and lower[-1] in NEWS_NAME_ENDINGS and words[-1][:1].isupper():
        return True  # "Zeta News"
    return unnamed_source(words)


def unnamed_source(words: list[str]) -> bool:
    """'Sources', 'two sources', 'a source close to the firm', 'senior government sources',
    'people familiar with the matter': the head word within the first four words, in lower
    case unless it opens the name ("Open Source Initiative" is a name)."""
    for i, word in enumerate(words[:4]):
        bare = word.strip(",.;:")
        if bare.lower() in UNNAMED_SOURCE_HEADS and (i == 0 or bare.islower()):
            return True
        if (
            bare.lower() in UNNAMED_PEOPLE
            and i + 1 < len(words)
            and words[i + 1].lower() in NEARNESS_WORDS
        ):
            return True
    return False


def full_outlet_name(source: Source, entities: EntityTable) -> Source:
    """An outlet's abbreviation as the fullest name the article gives it ("the WSJ said" after
    "the Wall Street Journal": Wall Street Journal, guidelines A speaker names)."""
    full = OUTLET_SHORT_FORMS.get(source.name.lower().removeprefix("the ").strip())
    if full is None:
        return source
    for entity_id, record in zip(entities.ids(), entities.records, strict=True):
        if set(full) <= set(re.findall(r"[a-z]+", record.name.lower())):
            return source.model_copy(update={"name": record.name, "entity_id": entity_id})
    return source


def is_commentator(name: str, role: str | None) -> bool:
    words = set(re.findall(r"[a-z]+", f"{name} {role or ''}".lower()))
    return bool(words & COMMENTATOR_WORDS)


def described_party(
    speaker: Speaker, outlets: dict[str, str | None], entities: EntityTable
) -> Speaker:
    """A speaker described rather than named, checked against what the description says: "the
    paper said" is the outlet named last, not a firm ("German newspaper Handelsblatt
    said … The paper said": Handelsblatt; "quoted by The Australian … the newspaper reported":
    The Australian); "the carrier said" is not an outlet but the organisation named last before
    that is not one."""
    fuller = fullest_outlet_name(speaker.name or "", speaker.mention or "")
    if fuller != speaker.name:  # "the Sunday Telegraph" named "Telegraph"
        speaker = speaker.model_copy(update={"name": fuller})
    mention = (speaker.mention or "").lower().split()
    joint = _joint_outlets(speaker, outlets, entities)
    if joint is not None:  # "the papers said" after the Sunday Times and the Sunday Telegraph
        return speaker.model_copy(update={"name": joint, "entity_id": None})
    if not mention or mention[0] not in {"the", "a", "an", "this", "that"} or len(mention) > 3:
        return speaker
    described_outlet = is_outlet(" ".join(mention[1:]), None)
    named_outlet = is_proper_name(speaker.name or "") and (
        is_outlet(speaker.name or "", None) or (speaker.name or "") in outlets
    )  # a name, not the description itself ("the report added": named "the report")
    if described_outlet and not named_outlet and speaker.start is not None:
        for entity_id, record, _ in entities.mentions_before(speaker.start):
            if is_outlet(record.name, None) or record.name in outlets:
                return speaker.model_copy(update={"name": record.name, "entity_id": entity_id})
        # an outlet named before, linked or not ("the Sunday Telegraph reported … the report
        # added"), never another description ("the papers", "newspaper reports")
        named = [(n, e) for n, e in outlets.items() if e or is_proper_name(n)]
        if named:
            return speaker.model_copy(update={"name": named[-1][0], "entity_id": named[-1][1]})
    if not described_outlet and named_outlet and speaker.start is not None:
        for entity_id, record, _ in entities.mentions_before(speaker.start):
            if record.type == "organization" and not (
                is_outlet(record.name, None) or record.name in outlets
            ):
                return speaker.model_copy(update={"name": record.name, "entity_id": entity_id})
    return speaker


def _joint_outlets(
    speaker: Speaker, outlets: dict[str, str | None], entities: EntityTable
) -> str | None:
    """The outlets a plural description stands for ("the papers", "both newspapers"): the
    joint source named last ("reports in the Sunday Times and the Sunday Telegraph said"), else
    the last two outlets named before it (as sources or anywhere in the text), as one joint
    source "A and B" (guidelines A); None when the description is not a plural outlet noun or
    fewer than two outlets were named."""
    mention = (speaker.mention or "").lower().split()
    if not 2 <= len(mention) <= 3 or mention[-1] not in PLURAL_OUTLET_NOUNS:
        return None
    named = [without_the(n) for n in outlets if is_proper_name(n)]
    joint = [n for n in named if " and " in n]
    if joint:
        return joint[-1]
    if speaker.start is not None:
        before = [
            record.name
            for _, record, _ in entities.mentions_before(speaker.start)
            if is_outlet(record.name, None) and is_proper_name(record.name)
        ]  # nearest first
        named += [n for n in reversed(before) if n not in named]
    single = list(dict.fromkeys(named))
    return " and ".join(single[-2:]) if len(single) >= 2 else None


def is_proper_name(name: str) -> bool:
    """A name, not a description: its last word is capitalised and no generic word for an
    outlet or a report ("Sunday Courier", not "The papers", "Reports", "UK media reports")."""
    words = name.split()
    return bool(words) and words[-1][:1].isupper() and words[-1].lower() not in GENERIC_PRESS_WORDS


def without_the(name: str) -> str:
    """ "the Sunday Telegraph" → "Sunday Telegraph" (guidelines A: no leading "the")."""
    bare = re.sub(r"^the\s+", "", name, flags=re.I)
    return bare if bare[:1].isupper() else name


def report_holder(
    doc: Doc, start: int | None, end: int | None, entities: EntityTable
) -> Source | None:
    """The outlet a speaker like "reports in the Sunday Times" / "a report by Reuters" names."""
    if start is None or end is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or RUMOUR_NOUNS.get(span.root.lower_) != "report":
        return None
    holder = noun_holder(span.root)
    if holder is None:
        return None
    source = record_source(doc, holder, entities)
    others = [c for c in holder.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
    if others and source.name != UNATTRIBUTED:  # "reports in the FT and the WSJ": both
        names = [
            without_the(source.name),
            *(without_the(record_source(doc, c, entities).name) for c in others),
        ]
        return source.model_copy(update={"name": " and ".join(names), "entity_id": None})
    return source


def unresolved_pronoun(
    speaker: Speaker | None, before: Sequence[Record], entities: EntityTable, doc: Doc
) -> Speaker | None:
    """A speaker left as a bare pronoun ("It added that X", "it claims X") stands for the party
    of the record just before it when the pronoun fits that party ("The prime minister's office
    said C. It added D": the office), else it stays as it is."""
    if speaker is None or speaker.entity_id or (speaker.name or "").lower() not in {"it", "they"}:
        return speaker
    previous = next((r for r in reversed(before) if r.source.name != UNATTRIBUTED), None)
    if previous is None or previous.source.name.lower() in PRONOUN_SUBJECTS:
        return speaker
    if speaker.start is not None and speaker.start - previous.end > PRONOUN_REACH:
        return speaker
    if not speaker_fits((speaker.name or "").lower(), previous.source, entities, doc):
        return speaker
    return speaker.model_copy(
        update={"name": previous.source.name, "entity_id": previous.source.entity_id}
    )


def joint_parties(speaker: Speaker | None, doc: Doc, entities: EntityTable) -> Speaker | None:
    """A plural description of organisations ("the companies said", "both firms said") stands
    for the organisations the sentence before names as its joint subject ("EADS and BAE
    Systems welcomed the move. … the companies said": EADS and BAE Systems, guidelines A: a
    joint source)."""
    if speaker is None or speaker.entity_id or speaker.start is None:
        return speaker
    words = (speaker.mention or speaker.name or "").lower().split()
    if not 2 <= len(words) <= 3 or words[0] not in {"the", "both"}:
        return speaker
    singular = re.sub(r"ies$", "y", words[-1]) if words[-1].endswith("ies") else words[-1][:-1]
    if not words[-1].endswith("s") or singular not in ORG_NOUNS:
        return speaker
    here = doc.char_span(speaker.start, speaker.start + 1, alignment_mode="expand")
    if here is None or here.sent.start == 0:
        return speaker
    before = doc[here.sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    parties = [subject, *(c for c in subject.children if c.dep_ == "conj")] if subject else []
    names = [
        hit[1].name
        for t in parties
        for hit in [entities.at(t.idx, t.idx + len(t.text))]
        if hit is not None and hit[1].type == "organization"
    ]
    if len(set(names)) < 2:
        return speaker
    return speaker.model_copy(update={"name": " and ".join(dict.fromkeys(names))})


def speaker_fits(
    pronoun: str, source: Source, entities: EntityTable, doc: Doc | None = None
) -> bool:
    """Whether a third-person pronoun can stand for the speaker: "he"/"she" for a person, "it"
    for an organisation or a singular description, "they" for an organisation or a plural one
    ("critics fear it could allow X": "it" is not the critics)."""
    name = source.name or ""
    if not name or name == UNATTRIBUTED or name.lower() in PRONOUN_SUBJECTS | {"you", "them"}:
        return False
    rec = entities.by_id(source.entity_id)
    kind = rec.type if rec else None
    mention = (
        text_of(doc)[source.start : source.end]
        if doc is not None and source.start is not None and source.end is not None
        else ""
    )
    described = mention.lower().split()[:-1]
    if kind == "person" and set(described) & ORG_NOUNS and not set(described) & PERSON_NOUNS:
        # "Rival exchange operator Euronext", typed a person by NER; "Union leader Ann Bell"
        # is a person all the same
        kind = "organization"
    if kind is None and name.lower() in HOLDER_MODIFIERS:
        kind = "organization"  # "Conservative claims that he had X": a party, never "he"
    plural = kind is None and name.split()[-1].lower().endswith("s")
    if pronoun in {"he", "she"}:
        return kind == "person" or (kind is None and not plural and not _no_person(name))
    if pronoun == "it":
        # "a spokesman" (for anyone: "a spokesman for the embassy") is never "it"
        person_noun = bool(set(name.lower().split()) & SPOKES_NOUNS)
        # a place that speaks is its government or its body ("Norway said it would not ask
        # for aid", "Acme United revealed it had received a bid", typed a place by NER)
        return kind in {"organization", "place"} or (
            kind is None and not plural and not person_noun
        )
    return pronoun == "they" and (kind == "organization" or (kind is None and plural))


def _no_person(name: str) -> bool:
    """A description that is no "he" or "she": a body, an outlet or data by its head noun ("a
    local paper", "the survey"), or a share of people ("Some 47%", "Six in ten")."""
    words = name.lower().split()
    head = words[-1].strip(".,'’")
    if head in ORG_NOUNS or head in OUTLET_NOUNS or head in DATA_NOUNS:
        return True
    return "%" in name or any(w[:1].isdigit() for w in words[:2]) or is_outlet(name, None)


def referent_name(
    pronoun: str,
    start: int,
    source: Source,
    entities: EntityTable,
    accusation: bool = False,
    doc: Doc | None = None,
) -> str | None:
    """Whom a content's leading pronoun stands for: the speaker when it can be ("Gazprom denied
    that it is behind X") and the content does not accuse, else for "he"/"she" the person named
    last before ("tabloids reported she was pregnant": not the tabloids) other than the
    speaker, and in a report ("reports that it is in talks", "the Times reported that it was
    about to sign") for "it"/"they" the organisation named last before, not the outlet."""
    person = pronoun in {"he", "she"}
    relay = source.name == UNATTRIBUTED or is_outlet(source.name, None)
    fits = speaker_fits(pronoun, source, entities, doc)
    if not accusation and not (relay and not person) and fits:
        return source.name
    if not person and not relay:
        return None  # a party's "it" that is not the party is not resolved by position
    if pronoun == "they" and doc is not None:
        group = _plural_subject_before(doc, start)
        if group is not None:
            return group  # "MCI's directors backed Verizon. They are accused of X"
    # "reports that it is in talks", "the Times reported that it was about to sign": the firm
    wanted = "person" if person else "organization"
    skip = source.entity_id if accusation or relay else None
    found: list[tuple[str, bool]] = []
    for entity_id, record, mention in entities.mentions_before(start):
        if start - mention.end > PRONOUN_REACH:
            break
        if record.type == wanted and not (skip and entity_id == skip):
            if person and not gender_fits(pronoun, record.name):
                continue  # "he" is not a woman the article names by a woman's first name
            owner = not person
            found.append((record.name, named_as_subject(doc, mention.start, mention.end, owner)))
    # the latest one named as a subject ("Shell is in talks with Exxon … it was about to sign":
    # Shell), else the latest one named
    return subject_first(found)


def _plural_subject_before(doc: Doc, start: int) -> str | None:
    """The plural common noun phrase that is the subject of the sentence before ``start``'s
    ("MCI's directors have backed Verizon. They are accused of …": MCI's directors), which a
    sentence-initial "they" continues; None when that subject is a name or singular."""
    here = doc.char_span(start, start + 1, alignment_mode="expand")
    if here is None or here.sent.start == 0:
        return None
    before = doc[here.sent.start - 1].sent
    root = before.root
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.tag_ != "NNS":
        return None
    words = [t for t in doc[subject.left_edge.i : subject.i + 1] if not t.is_punct]
    while words and words[0].lower_ in {"the", "some", "these", "those", "all"}:
        words = words[1:]
    if not words:
        return None
    return text_of(doc)[words[0].idx : words[-1].idx + len(words[-1].text)]


def subject_first(found: list[tuple[str, bool]]) -> str | None:
    """Of the names found (latest first, each with whether it was named as a subject), the
    latest named as a subject, else the latest named."""
    return next((n for n, subject in found if subject), found[0][0] if found else None)


def named_as_subject(doc: Doc | None, start: int, end: int, owner: bool = False) -> bool:
    """The mention is a clause's subject, in apposition to one ("the oil firm Shell is") or,
    with ``owner`` (bodies), owns one ("Kelda's shares rose on speculation that it ...": the
    firm whose shares rose; a person owning a subject, "Ms X's lawyer said he", is not the
    person a pronoun is about)."""
    named = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if named is None:
        return False
    tok = named.root
    subjects = {"nsubj", "nsubjpass"}
    linked = {"appos", "compound", "poss"} if owner else {"appos", "compound"}
    return tok.dep_ in subjects or (tok.dep_ in linked and tok.head.dep_ in subjects)


def gender_fits(pronoun: str, name: str) -> bool:
    """Whether a person's first name allows the pronoun: a name known only as a woman's is no
    "he"/"him", one known only as a man's no "she"/"her"; unknown names fit both."""
    first = name.split()[0] if name.split() else ""
    if pronoun.lower() in {"he", "him", "his"}:
        return first not in FEMALE_FIRST_NAMES or first in MALE_FIRST_NAMES
    if pronoun.lower() in {"she", "her", "hers"}:
        return first not in MALE_FIRST_NAMES or first in FEMALE_FIRST_NAMES
    return True


def active_subject(verb: Token) -> Token | None:
    """The active subject of a verb, shared along coordination ("X quit the party and accused
    it of Y": X accused)."""
    while True:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ != "conj" or verb.head.i == verb.i:
            return subject
        if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.head.children):
            return None
        verb = verb.head


def noun_holder(noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in {"by", "from", "in"}:
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is None or child.lower_ == "in" and obj.ent_type_ in PLACE_ENTITY_TYPES:
                continue  # "press reports in China": where the reports ran, not whose
            if obj.ent_type_ or obj.pos_ == "PROPN":
                return obj
            if child.lower_ == "by" and (obj.lower_ in ORG_NOUNS | FINDING_BODIES):
                return obj  # "a report by the committee": the committee's
    return next(
        (c for c in noun.children if c.dep_ == "compound" and c.ent_type_ in HOLDER_ENTITY_TYPES),
        None,
    ) or modifier_holder(noun)


def clause_holder(verb: Token) -> Token | None:
    """Who does what an active verb says, where its subject is not a name: the noun a relative
    clause is on ("the SNP, which accused him of X": the SNP) and for a participle ("wrote to
    him accusing him of X", "quit, claiming X") the subject of the verb it hangs on."""
    subject = active_subject(verb)
    if subject is not None and subject.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
        return verb.head
    if subject is None and verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp", "conj"}:
        head = verb.head
        if head.pos_ in {"VERB", "AUX"} and not any(
            c.dep_ in {"auxpass", "nsubjpass"} for c in head.children
        ):
            return clause_holder(head)
    return subject


def person_named_before(doc: Doc, pronoun: Token, entities: EntityTable) -> str | None:
    """The person a sentence-initial "he"/"she" with no speaker continues: the one named in
    the sentence before (its subject if several), not one named further back ("The club still
    owe PSG for Markel. He has been linked with Y": Markel). None when that sentence names no
    person, when a pronoun is a subject there too, or the pronoun does not open its sentence."""
    sent = pronoun.sent
    if pronoun.i != sent.start or sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    if any(t.dep_ == "nsubj" and t.lower_ in {"he", "she"} for t in before):
        return None  # "he described X … He has been linked": one pronoun chain, resolved as one
    found = [
        (record.name, named_as_subject(doc, mention.start, mention.end))
        for _id, record, mention in entities.mentions_before(sent.start_char)
        if mention.start >= before.start_char and record.type == "person"
    ]
    return subject_first(found)


def document_holder(data: Token) -> Token | None:
    """Who holds data or documents: the possessor ('Acme's figures'), the object of 'from' or
    'by' ('figures from the ministry'), or the agent of a participle of seeing ('documents seen
    by the Ledger')."""
    for child in data.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
        if child.dep_ == "prep" and child.lower_ in DATA_SOURCE_PREPOSITIONS:
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
        if child.dep_ == "acl" and child.lower_ in SEEING_PARTICIPLES:
            agent = next((g for g in child.children if g.dep_ == "agent"), None)
            obj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
            if obj is not None:
                return obj
    return None
