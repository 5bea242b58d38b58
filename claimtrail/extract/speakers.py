"""Resolve each quote's source mention to a speaker: a name, an entity and a profile.

Within one article: a pronoun ("he", "she", "it", "they") goes to the nearest preceding entity
of a fitting type; a definite description ("the company", "the analyst") to the nearest
preceding organisation, or the nearest speaker whose role has that noun; a surname to the full
name (entities.py links them). The profile (role, organisation, location, party, channel) comes
from the words around the speaker's mentions: "Ford CEO Jim Farley", "Jim Farley, Ford's chief
executive", a reaction block's head, "via social media".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimtrail.extract.candidates import Profile, QuoteCandidate
from claimtrail.extract.entities import EntityRecord, EntityTable
from claimtrail.extract.gazetteer import ROLE_NOUNS
from claimtrail.extract.lexicon import CHANNEL_WORDS
from claimtrail.extract.reactions import looks_like_name, split_title
from claimtrail.extract.reported import is_relative_subject
from claimtrail.models import Cue, Quote, Span, Speaker
from claimtrail.parse.text import text_of

PERSON_PRONOUNS = {"he", "she", "him", "her", "i"}
THING_PRONOUNS = {"it", "its"}
GROUP_PRONOUNS = {"they", "we", "them"}
ORG_NOUNS = {
    "company",
    "firm",
    "automaker",
    "carmaker",
    "group",
    "bank",
    "startup",
    "agency",
    "ministry",
    "department",
    "government",
    "administration",
    "campaign",
    "party",
    "maker",
    "manufacturer",
    "giant",
    "retailer",
    "network",
    "newspaper",
    "paper",
    "outlet",
    "organization",
    "organisation",
    "committee",
    "court",
    "team",
}
_DETERMINERS = {"the", "this", "that", "these", "those"}


def resolve_speakers(
    doc: Doc, candidates: list[QuoteCandidate], entities: EntityTable
) -> list[Quote]:
    profiles = entity_profiles(doc, entities)
    quotes: list[Quote] = []
    resolved: list[Speaker] = []
    for i, cand in enumerate(candidates):
        speaker = _resolve(doc, cand, entities, profiles, resolved)
        if speaker is not None:
            resolved.append(speaker)
        quotes.append(_to_quote(doc, cand, speaker, i))
    return quotes


def _to_quote(doc: Doc, cand: QuoteCandidate, speaker: Speaker | None, index: int) -> Quote:
    segments = cand.segments or ((cand.start, cand.end),)
    text = " ".join(text_of(doc)[s:e].strip() for s, e in segments)
    cue = None
    if cand.cue is not None:
        cue = Cue(text=text_of(doc)[cand.cue[0] : cand.cue[1]], start=cand.cue[0], end=cand.cue[1])
    pieces = [Span(start=s, end=e) for s, e in cand.segments] if cand.segments else None
    return Quote(
        id=f"Q{index + 1}",
        text=text,
        start=cand.start,
        end=cand.end,
        kind=cand.kind,  # type: ignore[arg-type]
        cue=cue,
        speaker=speaker,
        segments=pieces,
    )


def _resolve(
    doc: Doc,
    cand: QuoteCandidate,
    entities: EntityTable,
    profiles: dict[str, Profile],
    earlier: list[Speaker],
) -> Speaker | None:
    if cand.source is None:
        return None
    start, end = cand.source
    mention = text_of(doc)[start:end]
    entity_id, record = _entity_for(doc, cand, mention, entities, earlier)
    base = profiles.get(entity_id or "", Profile())
    profile = _merge(cand.profile, base, _profile_from_mention(doc, cand, entities, record))
    antecedent = antecedent_span(doc, cand)
    described, title = _describe(
        text_of(doc)[antecedent[0] : antecedent[1]] if antecedent else mention
    )
    name = cand.profile.name or (record.name if record else described)
    if title and not profile.role:
        profile = _merge(profile, Profile(role=title))
    if record is None and earlier:
        same = next((s for s in reversed(earlier) if s.name and s.name == name), None)
        if same is not None:
            profile = _merge(
                profile,
                Profile(
                    role=same.role,
                    organization=same.organization,
                    location=same.location,
                    party=same.party,
                ),
            )
    channel = profile.channel or _channel_near_cue(doc, cand)
    return Speaker(
        name=name,
        start=start,
        end=end,
        entity_id=entity_id,
        role=profile.role,
        organization=profile.organization,
        location=profile.location,
        party=profile.party,
        channel=channel,
        mention=mention,
    )


def _describe(mention: str) -> tuple[str, str | None]:
    """A speaker the NER missed: 'Mayor Ana Ruiz' → ('Ana Ruiz', 'Mayor')."""
    title, rest = split_title(mention)
    if title and looks_like_name(rest):
        return rest, title
    return mention, None


def _entity_for(
    doc: Doc, cand: QuoteCandidate, mention: str, entities: EntityTable, earlier: list[Speaker]
) -> tuple[str | None, EntityRecord | None]:
    assert cand.source is not None
    if cand.profile.name:
        found = entities.find_name(cand.profile.name)
        if found:
            return found
    hit = entities.at(*cand.source)
    if hit is not None and hit[1].type in {"person", "organization", "group", "place"}:
        return hit
    antecedent = _antecedent(doc, cand, entities)
    if antecedent is not None:
        return antecedent
    words = mention.lower().split()
    if len(words) == 1 and words[0] in PERSON_PRONOUNS:
        gender = PRONOUN_GENDER.get(words[0])
        found = entities.nearest_before(
            cand.source[0], {"person"}, lambda rec: _gender_of(rec, text_of(doc)) in {None, gender}
        )
        return found or (None, None)
    if len(words) == 1 and words[0] in THING_PRONOUNS | GROUP_PRONOUNS:
        return _nearest(entities, cand.source[0], {"organization", "group"})
    if len(words) >= 2 and words[0] in _DETERMINERS:
        head = words[-1]
        if head in ORG_NOUNS:
            return _nearest(entities, cand.source[0], {"organization"})
        if head in ROLE_NOUNS:
            return _speaker_with_role(head, earlier, entities)
    return None, None


# A pronoun goes to a person whose honorific does not contradict it ("she" is not "Mr. Trump").
PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
HONORIFIC_GENDER = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f"}


def _gender_of(record: EntityRecord, text: str) -> str | None:
    """'m' or 'f' when the article calls the person Mr., Mrs. or Ms.; None when it never does
    (or both: then nothing is ruled out)."""
    found = set()
    for mention in record.mentions:
        before = text[max(0, mention.start - 6) : mention.start].split()
        words = mention.text.lower().split()[:1] + [w.lower() for w in before[-1:]]
        found |= {HONORIFIC_GENDER[w] for w in words if w in HONORIFIC_GENDER}
    return found.pop() if len(found) == 1 else None


def antecedent_span(doc: Doc, cand: QuoteCandidate) -> tuple[int, int] | None:
    """The noun phrase a relative pronoun stands for ('other golf club owners who foresee')."""
    if cand.source_head is None or not is_relative_subject(doc[cand.source_head]):
        return None
    noun = doc[cand.source_head].head.head
    return noun.left_edge.idx, noun.idx + len(noun.text)


def _antecedent(
    doc: Doc, cand: QuoteCandidate, entities: EntityTable
) -> tuple[str | None, EntityRecord | None] | None:
    span = antecedent_span(doc, cand)
    if span is None:
        return None
    return entities.at(*span) or (None, None)


def _nearest(
    entities: EntityTable, before: int, types: set[str]
) -> tuple[str | None, EntityRecord | None]:
    return entities.nearest_before(before, types) or (None, None)


def _speaker_with_role(
    noun: str, earlier: list[Speaker], entities: EntityTable
) -> tuple[str | None, EntityRecord | None]:
    for speaker in reversed(earlier):
        if speaker.role and noun in speaker.role.lower() and speaker.entity_id:
            return speaker.entity_id, entities.by_id(speaker.entity_id)
    return None, None


def _merge(*profiles: Profile) -> Profile:
    """First non-empty value of each field, in the order given."""
    fields = {}
    for name in ("name", "role", "organization", "location", "party", "channel"):
        fields[name] = next((getattr(p, name) for p in profiles if getattr(p, name)), None)
    return Profile(**fields)


def entity_profiles(doc: Doc, entities: EntityTable) -> dict[str, Profile]:
    """Role and organisation of each person, from the words around any of their mentions."""
    profiles: dict[str, Profile] = {}
    for i, rec in enumerate(entities.records):
        if rec.type != "person":
            continue
        found = Profile()
        for m in rec.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                found = _merge(found, _profile_around(span.root, span.start, entities))
        profiles[f"E{i + 1}"] = found
    return profiles


def _profile_around(head: Token, name_start: int, entities: EntityTable) -> Profile:
    """'Ford CEO Jim Farley' (modifiers before the name) or 'Jim Farley, Ford's CEO'."""
    doc = head.doc
    before = [t for t in head.lefts if t.dep_ == "compound" and t.i < name_start]
    before += [
        t
        for t in doc[max(0, name_start - 4) : name_start]
        if t.dep_ == "compound" and any(a.i == head.i for a in t.ancestors)
    ]
    before = sorted({t.i: t for t in before}.values(), key=lambda t: t.i)
    appos = next((c for c in head.children if c.dep_ == "appos"), None)
    if appos is not None:
        words = [t for t in appos.subtree if not t.is_punct]
        return _role_words(words, entities)
    if before:
        return _role_words(before, entities)
    return Profile()


def _role_words(tokens: list[Token], entities: EntityTable) -> Profile:
    org = None
    role_tokens = []
    for tok in tokens:
        hit = entities.at(tok.idx, tok.idx + len(tok.text))
        if hit is not None and hit[1].type == "organization":
            org = hit[1].name
        elif (
            tok.lower_ not in {"'s", "’s", "the", "a", "an", "of", "at", "for"}
            and not tok.ent_type_ == "PERSON"
        ):
            role_tokens.append(tok.text)
    role = " ".join(role_tokens) or None
    if role and not any(w.lower() in ROLE_NOUNS for w in role.split()):
        role = None
    return Profile(role=role, organization=org)


def _profile_from_mention(
    doc: Doc, cand: QuoteCandidate, entities: EntityTable, record: EntityRecord | None
) -> Profile:
    if cand.source_head is None:
        return Profile()
    head = doc[cand.source_head]
    return _profile_around(
        head, head.left_edge.i if record is None else _name_start(doc, cand), entities
    )


def _name_start(doc: Doc, cand: QuoteCandidate) -> int:
    assert cand.source_head is not None
    head = doc[cand.source_head]
    start = head.i
    while start > 0 and doc[start - 1].ent_type_ == "PERSON" and doc[start - 1].head == head:
        start -= 1
    return start


def _channel_near_cue(doc: Doc, cand: QuoteCandidate) -> str | None:
    if cand.cue is None:
        return None
    span = doc.char_span(cand.cue[0], cand.cue[1], alignment_mode="expand")
    if span is None:
        return None
    verb = span.root
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"via", "in", "on", "through", "during"}:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        phrase = " ".join(t.lower_ for t in obj.subtree if t.dep_ not in {"det", "poss"})
        for word, channel in CHANNEL_WORDS.items():
            if phrase == word or phrase.endswith(" " + word) or obj.lower_ == word:
                return channel
    return None
