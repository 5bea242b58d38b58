"""Resolve each quote's source mention to a speaker: a name, an entity and a profile.

Within one article: a pronoun ("he", "she", "it", "they") goes to the nearest preceding entity
of a fitting type; a definite description ("the company", "the analyst") to the nearest
preceding organisation, or the nearest speaker whose role has that noun; a surname to the full
name (entities.py links them). The profile (role, organisation, location, party, channel) comes
from the words around the speaker's mentions: "Ford CEO Jim Farley", "Jim Farley, Ford's chief
executive", a reaction block's head, "via social media".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from claimtrail.extract.cues.sources import SUBJECT_DEPS, singular, subject_of
from claimtrail.extract.quotes.candidates import Profile, QuoteCandidate
from claimtrail.extract.quotes.direct import FREE_FINDER
from claimtrail.extract.quotes.quote_marks import find_quoted_spans, uses_single_marks
from claimtrail.extract.quotes.reactions import looks_like_name, split_title
from claimtrail.extract.quotes.reported import is_relative_subject
from claimtrail.extract.speakers.entities import (
    HONORIFICS,
    LAW_ENDINGS,
    EntityRecord,
    EntityTable,
    Mention,
    describes,
    name_before_its_title,
    name_holds,
    party_phrase_at,
)
from claimtrail.models import Cue, Quote, Span, Speaker
from claimtrail.parse.text import text_of
from claimtrail.vocabulary.bodies import STUDY_NOUNS
from claimtrail.vocabulary.gazetteer import (
    COUNTRY_ALIASES,
    DOCUMENT_NOUNS,
    HONORIFIC_GENDER,
    ORG_NOUNS,
    OUTLET_NOUNS,
    PARTY_ALIASES,
    PERSON_NOUNS,
    PLAIN_PERSON_NOUNS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    SPEAKING_NOUNS,
    SPOKES_NOUNS,
    TITLE_TAILS,
    TRAILING_TITLES,
)
from claimtrail.vocabulary.grammar import (
    COPULAS,
    DETERMINERS,
    PERSON_PRONOUNS,
    POSSESSIVES,
    PRONOUN_GENDER,
    QUANTIFIERS,
    ROLE_PREPOSITIONS,
)
from claimtrail.vocabulary.lexicon import CHANNEL_WORDS, verb_lemma
from claimtrail.vocabulary.names import FEMALE_FIRST_NAMES, MALE_FIRST_NAMES
from claimtrail.vocabulary.referents import (
    BODY_KIND_PREMODIFIERS,
    BUSINESS_DESCRIPTION_NOUNS,
    DEMONYM_PERSON_NOUNS,
    DESCRIPTIVE_PERSON_NOUNS,
    FEMALE_NOUNS,
    FILING_VERBS,
    FINDING_NOUNS,
    INTERVIEW_NOUNS,
    IRREGULAR_PEOPLE_PLURALS,
    LAWSUIT_NOUNS,
    MALE_NOUNS,
    NAMED_KIND_NOUNS,
    NEWSPAPER_NOUNS,
    ORIGIN_PERSON_NOUNS,
    OTHER_OFFICE_WORDS,
    OUTLET_NAME_WORDS,
    PAIR_NOUNS,
    PERSON_OWNER_NOUNS,
    POSTNOMINALS,
    PUBLIC_BODY_NOUNS,
    QUOTING_FORMS,
    RANK_GENDER,
    REGULATOR_NAMES,
    REGULATOR_NOUNS,
    SEATS_OF_POWER,
    SUING_VERBS,
    THIRD_PERSON_WORDS,
    TITLE_SYNONYMS,
    UNNAMED_SOURCE_NOUNS,
    VAGUE_TITLE_HEADS,
    WORK_NOUNS,
)
from claimtrail.vocabulary.titles import (
    ACHIEVER_NOUNS,
    BODY_TITLE_NOUNS,
    EXTRA_TITLE_NOUNS,
    NOT_TITLE_SUFFIXED,
    OBJECT_TITLE_VERBS,
    RANK_NOUNS,
    TITLE_AS_VERBS,
    TITLE_SUFFIX_MIN_LENGTH,
    TITLE_SUFFIXES,
    UNSTOPPED_TITLE_ABBREVIATIONS,
)
from claimtrail.vocabulary.writings import (
    ARTICLE_NOUNS,
    NAMING_PARTICIPLES,
    OUTLET_TITLE_ENDINGS,
    PUBLISHING_PARTICIPLES,
    PUBLISHING_PREPOSITIONS,
)

THING_PRONOUNS = {"it", "its"}
# Nouns for a kind of body a description may call one by ("the firm", "the chain", "the
# institute").
BODY_KINDS = ORG_NOUNS | BUSINESS_DESCRIPTION_NOUNS | NAMED_KIND_NOUNS
# "the 23-year-old": a person described by age alone
AGE_DESCRIPTION = re.compile(r"\d+-year-old")
GROUP_PRONOUNS = {"they", "we", "them"}
# A name written with its article ("The Rugby Union"): the guidelines give it without.
_LEADING_THE = re.compile(r"^[Tt]he (?=[A-Z][A-Za-z]*(?:\s|$))")
# How far back a description looks for the phrase that introduced its referent.
LOOKBACK_TOKENS = 400


def resolve_speakers(
    doc: Doc, candidates: list[QuoteCandidate], entities: EntityTable
) -> list[Quote]:
    profiles = entity_profiles(doc, entities)
    quotes: list[Quote] = []
    resolved: list[Speaker] = []
    # Names inside reported contents and quotation marks are not in the narrative's view.
    contents = [(c.start, c.end) for c in candidates]
    contents += [(q.start, q.end) for q in find_quoted_spans(text_of(doc))]
    sources = {c.source for c in candidates if c.source is not None}
    referents = narrative_descriptions(doc, entities, profiles, contents, sources)
    last_quote: tuple[int, int] | None = None
    by_source: dict[tuple[int, int], Speaker] = {}
    for cand in candidates:
        speaker: Speaker | None
        if cand.finder == FREE_FINDER:
            speaker = _sole_voice(doc, cand, entities, resolved)
            if speaker is None:
                continue  # a quoted sentence nobody can be said to have spoken
            quotes.append(_to_quote(doc, cand, speaker, len(quotes)))
            continue
        if cand.finder == "continuation" and cand.source in by_source:
            speaker = by_source[cand.source]  # the same words, the same person
        else:
            speaker = _resolve(
                doc, cand, entities, profiles, resolved, contents, referents, last_quote
            )
        if speaker is not None:
            resolved.append(speaker)
            last_quote = (cand.start, cand.end)
            if cand.source is not None:
                by_source[cand.source] = speaker
        quotes.append(_to_quote(doc, cand, speaker, len(quotes)))
    return _one_role_per_speaker(quotes)


# A free quote goes to the only voice once that voice has been quoted this many times.
SOLE_VOICE_MIN_QUOTES = 2


def _sole_voice(
    doc: Doc, cand: QuoteCandidate, entities: EntityTable, resolved: list[Speaker]
) -> Speaker | None:
    """The speaker of a quoted sentence set among the writer's with no cue: the one person
    every earlier attribution went to (an interview written up as a profile), unless the
    sentence before it has another person for its subject."""
    before = [s for s in resolved if s.end is not None and s.end <= cand.start]
    ids = {s.entity_id for s in before}
    if len(before) < SOLE_VOICE_MIN_QUOTES or len(ids) != 1 or None in ids:
        return _voice_just_named(doc, cand, entities, before)
    last = before[-1]
    record = entities.by_id(last.entity_id or "")
    if record is None or record.type != "person":
        return None
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or span.start < 2:
        return None
    about_them = False
    for tok in doc[span.start - 2].sent:  # the writer's sentence before the opening mark
        if tok.idx >= cand.start:
            break
        hit = entities.at(tok.idx, tok.idx + len(tok.text))
        if hit is not None and hit[1].type == "person" and hit[1] is not record:
            return None  # "Coach X praised him. "He is great."": X may be speaking
        if tok.dep_ == "nsubj":  # the voice acts in the sentence ("He then moved to
            # crutches"), not acted on ("X was criticised by her party. "…"": others speak)
            about_them = about_them or hit is not None and hit[1] is record
            about_them = about_them or tok.lower_ in THIRD_PERSON_WORDS
    return last if about_them else _voice_just_named(doc, cand, entities, before)


# How far (in characters) a quoted sentence with no cue may stand from the last quote of the
# person the sentence before it is about.
VOICE_REACH = 600


def _voice_just_named(
    doc: Doc, cand: QuoteCandidate, entities: EntityTable, before: list[Speaker]
) -> Speaker | None:
    """'"Only a win will do," Ruiz said. Ruiz then urged calm in her squad. "Nobody must
    relax."': a quoted paragraph with no cue, right after a
    sentence of the same paragraph whose subject is the person quoted last (by name, by a
    pronoun that fits, or by a description, with no other person named there), goes on
    quoting that person."""
    last = before[-1] if before else None
    if last is None or last.entity_id is None or last.end is None:
        return None
    record = entities.by_id(last.entity_id)
    if record is None or record.type != "person" or cand.start - last.end > VOICE_REACH:
        return None
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or span.start < 2:
        return None
    sent = doc[span.start - 2].sent  # the writer's sentence before the opening mark
    if "\n" in text_of(doc)[sent.start_char : cand.start]:
        return None
    subject = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    if subject is None:  # (acted on, "He was kept in plaster", others may be answering)
        return None
    for tok in sent:
        hit = entities.at(tok.idx, tok.idx + len(tok.text))
        if hit is not None and hit[1].type == "person" and hit[1] is not record:
            return None  # another person named: who speaks next is not told
    named = entities.at(subject.idx, subject.idx + len(subject.text))
    if named is not None:
        return last if named[1] is record else None
    gender = PRONOUN_GENDER.get(subject.lower_)
    if gender is not None:
        return last if _gender_of(record, text_of(doc), doc) in {None, gender} else None
    described = subject.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in subject.children
    )  # "the striker was pleased with his display", "the 31-year-old", "the world number 14"
    ranked = subject.lower_ in RANK_NOUNS and any(c.like_num for c in subject.rights)
    person = subject.lower_ in PERSON_NOUNS | PLAIN_PERSON_NOUNS | DESCRIPTIVE_PERSON_NOUNS
    aged = AGE_DESCRIPTION.fullmatch(subject.lower_) is not None
    return last if described and (person or ranked or aged) else None


def narrative_descriptions(
    doc: Doc,
    entities: EntityTable,
    profiles: dict[str, Profile],
    contents: list[tuple[int, int]],
    sources: set[tuple[int, int]],
) -> list[tuple[int, int, str]]:
    """Definite descriptions that are subjects of the narrative ("The prime minister ratcheted
    up the campaign"), resolved as a reader does: to the person whose stated role fits, else to
    the person in view whose stated role does not contradict it. Each becomes a mention of that
    person for later pronouns ("He insisted…"), and gives a person with no stated role the
    description's title. Quote sources are left to the quote's own resolution."""
    found: list[tuple[int, int, str]] = []
    salience = Salience(doc, entities, [], contents, found)
    salience.profiles = profiles
    others = _titles_held_by_others(doc, entities, salience)
    for tok in doc:
        owner = _place_owner(tok, entities)
        if (
            tok.dep_ not in SUBJECT_DEPS
            or not tok.is_lower
            or not _is_title_head(tok)
            or tok.lower_ in SPOKES_NOUNS
            or not (
                any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                or owner is not None
                and _in_lede(doc, tok.idx)
            )
            or any(c.dep_ == "appos" for c in tok.children)
            or any(c.dep_ == "poss" for c in tok.children)
            and owner is None
        ):
            continue
        start, end = tok.left_edge.idx, tok.idx + len(tok.text)
        if (start, end) in sources or salience._inside_content(start, end):
            continue
        owned = {t.i for t in owner.subtree} if owner is not None else set()
        words = [
            t.lower_
            for t in doc[tok.left_edge.i : tok.i + 1]
            if t.dep_ != "det" and t.i not in owned
        ]
        if ROLE_MODIFIERS & set(words):
            continue  # "the deputy chairman" is somebody else
        entity_id, record = _person_with_role(words, start, [], entities, salience)
        if record is None:
            fits = _no_other_role(words, profiles, entities)
            barred = others.get(tok.lower_, set())
            ids = {id(rec): f"E{i + 1}" for i, rec in enumerate(entities.records)}

            def accept(rec: EntityRecord, fits=fits, barred=barred, ids=ids) -> bool:
                return fits(rec) and ids.get(id(rec)) not in barred

            hit = salience.most_salient(start, {"person"}, accept)
            if hit is None and _in_lede(doc, start):
                # "Norland's defence minister has opened the show … Rajan Mehta said": a
                # lede's subject is named next
                hit = salience.next_subject(end, {"person"})
                if hit is not None and profiles.get(hit[0], Profile()).role:
                    hit = None
            entity_id, record = hit if hit is not None else (None, None)
        if record is None or entity_id is None:
            continue
        found.append((start, end, entity_id))
        profile = profiles.get(entity_id, Profile())
        if not profile.role:
            place = _place_name(owner, entities) if owner is not None else None
            profiles[entity_id] = _merge(profile, Profile(role=" ".join(words), location=place))
    return found


def _titles_held_by_others(
    doc: Doc, entities: EntityTable, salience: Salience
) -> dict[str, set[str]]:
    """'She blamed the treasurer and the Greens alike': a title description that is the
    object of a clause is not that clause's subject (a person is 'himself', never 'the
    chancellor', to his own verb); for each title head, the people it thus cannot be."""
    barred: dict[str, set[str]] = {}
    for tok in doc:
        if not tok.is_lower or not _is_title_head(tok) or tok.lower_ in SPOKES_NOUNS:
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        node = tok
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
        if node.dep_ != "dobj" or node.head.pos_ != "VERB":
            continue
        subject = subject_of(node.head)
        if subject is None or subject.i > tok.i:
            continue
        hit = entities.at(subject.idx, subject.idx + len(subject.text))
        gender = PRONOUN_GENDER.get(subject.lower_)
        if hit is None and gender is not None:
            fits = {None, gender}

            def agrees(rec: EntityRecord, fits: set[str | None] = fits) -> bool:
                return _gender_of(rec, text_of(doc), doc) in fits

            hit = salience.most_salient(subject.idx, {"person"}, agrees)
        if hit is not None and hit[1].type == "person" and hit[0]:
            barred.setdefault(tok.lower_, set()).add(hit[0])
    return barred


def _place_owner(tok: Token, entities: EntityTable) -> Token | None:
    """The country or place a title is owned by ("Norland's defence minister")."""
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    return poss if _place_name(poss, entities) is not None else None


def _place_name(tok: Token, entities: EntityTable) -> str | None:
    hit = entities.at(tok.idx, tok.idx + len(tok.text))
    if hit is not None and hit[1].type == "place":
        return hit[1].name
    return None


def _no_other_role(
    words: list[str], profiles: dict[str, Profile], entities: EntityTable
) -> Callable[[EntityRecord], bool]:
    """Accept a person with no stated role, or one whose role the description fits ("the prime
    minister" is not the Tory co-chairman)."""
    ids = {id(rec): f"E{i + 1}" for i, rec in enumerate(entities.records)}

    def accept(record: EntityRecord) -> bool:
        role = profiles.get(ids.get(id(record), ""), Profile()).role
        return not role or _role_fit(words, role) > 0

    return accept


def _one_role_per_speaker(quotes: list[Quote]) -> list[Quote]:
    """A speaker has one role in an article, the most specific stated (the guidelines' rule):
    the current title with the most words ("MEP" rather than "ex-chat show host"; "MP for
    Ealing North" rather than "Labour backbencher"), on every quote of theirs."""
    roles: dict[str, list[str]] = {}
    for quote in quotes:
        sp = quote.speaker
        if sp is not None and sp.role and (sp.entity_id or sp.name):
            roles.setdefault(sp.entity_id or sp.name or "", []).append(sp.role)
    chosen = {  # the most specific (most words) current title; a former one only if no other
        key: max(found, key=lambda r: (not _is_former(r), len(r.split()), -found.index(r)))
        for key, found in roles.items()
    }
    out = []
    for quote in quotes:
        sp = quote.speaker
        role = chosen.get(sp.entity_id or sp.name or "") if sp is not None else None
        if sp is not None and role and sp.role != role:
            quote = quote.model_copy(update={"speaker": sp.model_copy(update={"role": role})})
        out.append(quote)
    return out


def _shorter_form_of(role: str | None, fuller: str | None) -> bool:
    """'culture secretary' of 'Secretary of State for Culture, Media and Sport'."""
    if not role or not fuller:
        return False
    words = set(re.findall(r"[a-z][a-z-]*", role.lower()))
    return words <= set(re.findall(r"[a-z][a-z-]*", fuller.lower()))


def _is_former(role: str) -> bool:
    return role.lower().startswith(("ex-", "ex ", "former "))


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
    contents: list[tuple[int, int]] | None = None,
    referents: list[tuple[int, int, str]] | None = None,
    last_quote: tuple[int, int] | None = None,
) -> Speaker | None:
    if cand.source is None:
        return None
    cand = _participle_source(doc, cand)
    cand = _name_before_its_apposition(doc, cand)
    cand = _name_it_goes_by(doc, cand)
    cand = _name_before_its_postnominal(doc, cand)
    cand = _closing_apposed_name(doc, cand)
    cand = _name_before_its_bare_title(doc, cand, entities)
    assert cand.source is not None
    start, end = cand.source
    mention = text_of(doc)[start:end]
    salience = Salience(doc, entities, earlier, contents or [], referents)
    salience.profiles = profiles
    group = (
        _outlet_name(doc, cand)
        or _outlet_named_next(doc, cand)
        or _quantified_group(doc, cand)
        or _party_name(mention)
        or _coordinated_people(doc, cand, entities)
        or _joint_subject(doc, cand, entities)
        or _named_pair(doc, cand, entities, contents or [])
        or _plural_subject(doc, cand, contents or [])
    )
    unnamed = _unnamed_last_speaker(doc, cand, entities, earlier, contents or [])
    if unnamed is None:
        unnamed = _plaintiff(doc, cand, entities, earlier)
    if unnamed is None:
        unnamed = _finding_goes_on(doc, cand, entities, earlier, contents or [])
    if unnamed is None:
        unnamed = _unnamed_source_again(doc, cand, earlier)
    if unnamed is not None:  # "…, said one London-based broker. He forecast…"
        return unnamed.model_copy(update={"start": start, "end": end, "mention": mention})
    goes_on = _speaker_goes_on(doc, cand, entities, earlier, contents or [], last_quote)
    again = _they_again(doc, cand, earlier)
    if again is not None:  # "… but they have warned C. They say D": the same group
        return again.model_copy(update={"start": start, "end": end, "mention": mention})
    if group is not None:
        entity_id, record = entities.find_name(group) or (None, None)
        if record is not None and record.type == "place":  # "The Australian" is no country
            entity_id, record = None, None
    elif goes_on is not None:
        entity_id, record = goes_on
    else:
        entity_id, record = _entity_for(doc, cand, mention, entities, earlier, salience)
        entity_id, record = _surname_bearer(doc, mention, entities, entity_id, record)
        entity_id, record = _body_named_after_a_place(mention, entity_id, record)
    base = profiles.get(entity_id or "", Profile())
    # What the text says at the point of attribution ("The MEP said") comes before what it
    # says elsewhere about the same person.
    at_mention = _profile_from_mention(doc, cand, entities, record)
    if (
        record is not None
        and record.type == "person"
        and at_mention.role
        and not any(start <= m.start < end for m in record.mentions)
        and description_role(doc, cand, entities)
    ):  # "the party's chief executive said" for a person named elsewhere: the description
        at_mention = Profile(**{**at_mention.__dict__, "role": None})  # states the role
    if _shorter_form_of(at_mention.role, base.role):  # "attorney" of "attorney general"
        at_mention = Profile(**{**at_mention.__dict__, "role": None})
    if record is None or record.type == "person":
        described_role = description_role(doc, cand, entities)
        by_description = record is not None and not any(
            start <= m.start < end for m in record.mentions
        )
        if (
            described_role
            and by_description
            and base.role
            and described_role.lower().split()[-1] in VAGUE_TITLE_HEADS
        ):
            described_role = None  # "Wigan chairman X … said the club chief", "Rovers
            # manager X … the Rovers boss": a way of referring to the person, not the title
            # stated for them
        if not _shorter_form_of(described_role, base.role):  # "the culture secretary" is
            at_mention = _merge(at_mention, Profile(role=described_role))  # the fuller title
    profile = _merge(cand.profile, at_mention, base)
    antecedent = antecedent_span(doc, cand)
    described, title = _describe(
        text_of(doc)[antecedent[0] : antecedent[1]] if antecedent else mention
    )
    if record is None and cand.source_head is not None:
        if _names_a_law(doc[cand.source_head]):
            return None  # "The X Act says": a law is no speaker
        untagged = _untagged_name(doc[cand.source_head], entities)
        described = (
            _apposed_name(doc[cand.source_head])
            or (" ".join(t.text for t in untagged) if untagged else None)
            or described
        )
    if record is None and cand.source_head is not None:
        described = _body_with_its_participle(doc, cand) or described
    name = cand.profile.name or (record.name if record else described)
    if record is None and not cand.profile.name:
        name = _title_of_a_body(doc, cand, entities, salience) or name
        if cand.source_head is not None and doc[cand.source_head].lower_ in OUTLET_NOUNS:
            name = _untagged_outlet(doc, doc[cand.source_head].lower_, start) or name
    spokes = _spokesperson_name(doc, cand, entities, earlier, salience)
    if group is not None and record is None:
        name = group
    if spokes is not None:
        name, entity_id, record = spokes, None, None
    if (
        (spokes is not None or record is None)
        and not profile.role
        and cand.source_head is not None
        and doc[cand.source_head].lower_ in SPOKES_NOUNS - {"representative"}
    ):  # "a spokesman for X", and "a spokesman" for nobody named
        profile = _merge(profile, Profile(role=doc[cand.source_head].lower_))
    if profile.role in TRAILING_TITLES:  # "Sir Alex Ferguson": a rank, not a role
        profile = Profile(**{**profile.__dict__, "role": None})
    if title and title not in TRAILING_TITLES and not profile.role:
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
    if record is None and name and _LEADING_THE.match(name):
        name = name[4:]  # "The Rugby Union - which said": a name the NER missed, no "the"
    channel = profile.channel or _channel_near_cue(doc, cand)
    organization = profile.organization
    if record is not None and record.type == "organization" and organization == record.name:
        organization = None  # "UK broadcaster Tarvo Radio says": no body of its own
    return Speaker(
        name=name,
        start=start,
        end=end,
        entity_id=entity_id,
        role=profile.role,
        organization=organization,
        location=profile.location,
        party=profile.party,
        channel=channel,
        mention=mention,
    )


def _participle_source(doc: Doc, cand: QuoteCandidate) -> QuoteCandidate:
    """Whose words a participle cue gives, where the parser hung it on the wrong verb: "The
    paper quoted Mr Reed telling members that C" is Mr Reed's (the paper reports); "He denied
    rivals had leaked it, telling a radio show C" is his, not the reported clause's subject's."""
    if cand.cue is None or cand.source_head is None:
        return cand
    cue = doc.char_span(cand.cue[0], cand.cue[1], alignment_mode="expand")
    if cue is None or cue.root.tag_ != "VBG" or cue.root.dep_ not in {"advcl", "xcomp", "acl"}:
        return cand
    verb = cue.root.head
    found: Token | None = None
    if verb.lower_ in QUOTING_FORMS and verb.i < cue.root.i:
        found = next((c for c in verb.children if c.dep_ == "dobj" and c.i < cue.root.i), None)
    elif (
        verb.dep_ == "ccomp"
        and verb.i < cue.root.i
        and doc[cue.root.i - 1].text == ","
        and verb_lemma(verb.head.text) is not None
    ):
        found = subject_of(verb.head)
    if found is None or found.i == cand.source_head:
        return cand
    start = found.left_edge.idx
    return cand.with_(source=(start, found.idx + len(found.text)), source_head=found.i)


def _body_named_after_a_place(
    mention: str, entity_id: str | None, record: EntityRecord | None
) -> tuple[str | None, EntityRecord | None]:
    """'The Hollywood Reporter revealed': where the NER tagged only the place that opens a
    body's name (or the first words of an outlet's: "The Denver Reporter"), the speaker is the
    whole capitalised name the mention gives, not the place."""
    if record is None or record.type == "person":
        return entity_id, record
    words = _LEADING_THE.sub("", mention).split()
    place = record.name.split()
    if record.type != "place" and (
        not words or words[-1].lower() not in OUTLET_NAME_WORDS | OUTLET_TITLE_ENDINGS
    ):
        return entity_id, record
    if (
        len(words) <= len(place)
        or words[: len(place)] != place
        or not all(w[:1].isupper() and w[1:2].islower() for w in words[len(place) :])
    ):
        return entity_id, record
    return None, EntityRecord(name=" ".join(words), type="organization")


def _body_with_its_participle(doc: Doc, cand: QuoteCandidate) -> str | None:
    """'a group monitoring the war said': an unnamed body is described by the participle
    that follows it ("a group" alone tells no one which), so the description keeps it."""
    assert cand.source_head is not None and cand.source is not None
    head = doc[cand.source_head]
    first = head.left_edge
    if head.lower_ not in BODY_KINDS or first.lower_ not in {"a", "an"}:
        return None
    participle = next(
        (c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.i == head.i + 1),
        None,
    )
    if participle is None:
        return None
    last = participle
    for tok in doc[participle.i + 1 : participle.right_edge.i + 1]:
        if tok.is_punct or (cand.cue is not None and head.idx < cand.cue[0] <= tok.idx):
            break
        last = tok
    return doc[first.i : last.i + 1].text


def _name_it_goes_by(doc: Doc, cand: QuoteCandidate) -> QuoteCandidate:
    """'The nurse, known to readers as Tia, wrote C': the speaker is the name the described
    person goes by."""
    if cand.source_head is None:
        return cand
    head = doc[cand.source_head]
    for clause in head.children:
        if clause.dep_ not in {"relcl", "acl"} or clause.lower_ not in NAMING_PARTICIPLES:
            continue
        for prep in clause.children:
            if prep.dep_ != "prep" or prep.lower_ != "as":
                continue
            name = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if name is not None and name.pos_ == "PROPN":
                first = name.left_edge
                return cand.with_(source=(first.idx, name.idx + len(name.text)), source_head=name.i)
    return cand


def _one_of_someones(doc: Doc, cand: QuoteCandidate) -> bool:
    """'One of Hunter's sources', 'two of the mayor's aides': a partitive whose people belong
    to a named owner; the speaker is that description, not the owner."""
    if cand.source_head is None:
        return False
    head = doc[cand.source_head]
    if head.lower_ not in QUANTIFIERS | {"one", "two", "three"}:
        return False
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            people = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if people is not None and people.tag_ == "NNS":
                return any(c.dep_ == "poss" for c in people.children)
    return False


def _name_before_its_apposition(doc: Doc, cand: QuoteCandidate) -> QuoteCandidate:
    """'X, a Leeford-born nurse, who rebels said they held, posted that C': where the parser
    left the name as the sentence's root and hung the cue verb inside the apposition that
    describes it, the speaker is the name, not a noun of the apposition ("a ... woman",
    "video-chatting with a friend")."""
    if cand.cue is None or cand.source_head is None:
        return cand
    cue = doc.char_span(cand.cue[0], cand.cue[1], alignment_mode="expand")
    if cue is None:
        return cand
    sent = cue.root.sent
    name = sent.root
    if name.pos_ != "PROPN" or name.ent_type_ not in {"PERSON", "ORG"} or name.i >= cue.root.i:
        return cand
    appos = next((c for c in name.children if c.dep_ == "appos" and c.i > name.i), None)
    if appos is None or doc[name.i + 1].text != ",":
        return cand
    inside = {t.i for t in appos.subtree}
    if cue.root.i not in inside or cand.source_head not in inside:
        return cand
    first = name.left_edge
    return cand.with_(source=(first.idx, name.idx + len(name.text)), source_head=name.i)


def _name_before_its_bare_title(
    doc: Doc, cand: QuoteCandidate, entities: EntityTable
) -> QuoteCandidate:
    """'… thinks Ann Vale mobile industry specialist for analysts X': a person's name that
    opens the source and runs, with no comma, into the lower-case title the parser made the
    head is the speaker; the title describes her."""
    if cand.source is None or cand.source_head is None:
        return cand
    head = doc[cand.source_head]
    if not head.is_lower:
        return cand
    for record in entities.records:
        if record.type != "person":
            continue
        for m in record.mentions:
            if m.start == cand.source[0] and m.end <= head.idx:
                name = doc.char_span(m.start, m.end, alignment_mode="expand")
                if name is not None and name_before_its_title(name):
                    title = doc[name.end : head.i + 1].text  # "mobile industry specialist"
                    return cand.with_(
                        source=(m.start, m.end),
                        source_head=name.root.i,
                        profile=_merge(cand.profile, Profile(role=title)),
                    )
    return cand


def _closing_apposed_name(doc: Doc, cand: QuoteCandidate) -> QuoteCandidate:
    """'One of the bidders who lost out, steel giant Norsk, told the BBC', 'The UN agency
    fighting malaria, UNAM, said': a name set off by commas that closes the subject right
    before the cue is whom the description stands for; the speaker is the name."""
    if cand.source_head is None or cand.source is None or cand.cue is None:
        return cand
    head = doc[cand.source_head]
    if head.pos_ == "PROPN" or head.pos_ == "PRON" or _is_title_head(head):
        return cand  # "her lawyer, X, said": the description stays the mention, X its name
    written = head.lower_ in WORK_NOUNS | DOCUMENT_NOUNS | ARTICLE_NOUNS | STUDY_NOUNS
    for tok in head.subtree:
        if tok.dep_ != "appos" or tok.pos_ != "PROPN" or tok.i <= head.i:
            continue
        by = tok.head.head if tok.head.dep_ == "pobj" else None
        if written and (by is None or by.lower_ not in {"by", "from"}):
            continue  # "The book, Title, says": a work's title, no speaker; but "The study by
            # researchers, X, says" is X's
        first, last = tok.left_edge.i, tok.right_edge.i
        if first < 1 or last + 2 >= len(doc) or doc[first - 1].text != ",":
            continue
        if doc[last + 1].text != "," or doc[last + 2].idx != cand.cue[0]:
            continue
        start = tok.i
        while start > first and doc[start - 1].text[:1].isupper():
            start -= 1  # "steel giant Norsk": the name, without its description; but all of
            # "Universities UK"
        return cand.with_(source=(doc[start].idx, tok.idx + len(tok.text)), source_head=tok.i)
    return cand


def _name_before_its_postnominal(doc: Doc, cand: QuoteCandidate) -> QuoteCandidate:
    """'Judge Ann Roe, QC told the court C': a letter title after a comma is the name's, and
    the parser's subject; the speaker is the name before it."""
    if cand.source_head is None or cand.source is None:
        return cand
    head = doc[cand.source_head]
    if head.text not in POSTNOMINALS or head.i < 2 or doc[head.i - 1].text != ",":
        return cand
    name = doc[head.i - 2]
    if name.pos_ != "PROPN" or cand.source[0] < head.idx:
        return cand
    first = name
    while first.i > 0 and doc[first.i - 1].pos_ == "PROPN" and doc[first.i - 1].head.i == name.i:
        first = doc[first.i - 1]
    return cand.with_(source=(first.idx, name.idx + len(name.text)), source_head=name.i)


def _speaker_goes_on(
    doc: Doc,
    cand: QuoteCandidate,
    entities: EntityTable,
    earlier: list[Speaker],
    contents: list[tuple[int, int]],
    last_quote: tuple[int, int] | None = None,
) -> tuple[str, EntityRecord] | None:
    """'In a statement, the company denied C. "D," it said.': a pronoun in the paragraph of
    the last quote, with no person or body of its kind named between them outside quoted and
    reported contents, is the last quote's speaker again — also when that speaker was reached
    through a description ("the company") that the pronoun's salience does not see, and when
    the last quote is a paragraph of their words without a cue ('"D." And he warned C')."""
    if cand.source_head is None or cand.source is None or not earlier:
        return None
    word = doc[cand.source_head].lower_
    if word in {"he", "she"}:
        types = {"person"}
    elif word == "it":
        types = {"organization"}
    else:
        return None
    last = earlier[-1]
    record = entities.by_id(last.entity_id)
    if record is None or record.type not in types or last.end is None:
        return None
    if last.end > cand.source[0]:
        return None
    if "\n" in text_of(doc)[last.end : cand.source[0]] and not (
        last_quote is not None
        and last_quote[1] <= cand.source[0]
        and "\n" not in text_of(doc)[last_quote[0] : cand.source[0]]
    ):
        return None  # another paragraph: the structure gives no continuity
    gender = PRONOUN_GENDER.get(word)
    if gender is not None and _gender_of(record, text_of(doc), doc) not in {None, gender}:
        return None
    if _named_in_content(record, cand):
        return None
    for _id, other, m in entities.mentions_before(cand.source[0]):
        if m.end <= last.end:
            break
        if other.type in types and not any(s <= m.start < e for s, e in contents):
            return None
    assert last.entity_id is not None
    return last.entity_id, record


def _they_again(doc: Doc, cand: QuoteCandidate, earlier: list[Speaker]) -> Speaker | None:
    """'they' as the source right after a quote whose source was also 'they', in the next
    sentence of the paragraph: the same speaker (not a body named earlier)."""
    if cand.source is None or not earlier or cand.source_head is None:
        return None
    if doc[cand.source_head].lower_ != "they":
        return None
    last = earlier[-1]
    if last.end is None or last.start is None or last.end > cand.source[0]:
        return None
    gap = text_of(doc)[last.end : cand.source[0]]
    here = doc.char_span(cand.source[0], cand.source[1], alignment_mode="expand")
    there = doc.char_span(last.start, last.end, alignment_mode="expand")
    if "\n" in gap or here is None or there is None:
        return None
    if (last.mention or "").lower() != "they":
        # "Mac fans and some analysts say C. They speculate D": unnamed people, the plural
        # subject of the sentence before, are the "they" that opens the next one
        opens = here[0].i == here[0].sent.start
        if not (opens and _unnamed_plural_subject(last, there)):
            return None
        if there[0].sent.end != here[0].sent.start:
            return None
        bare = re.sub(r"^the\s+", "", last.name or "", flags=re.IGNORECASE)
        return last.model_copy(update={"name": bare or last.name})  # (no leading "the")
    adjacent = there[0].sent.end >= here[0].sent.start  # the same or the next sentence
    return last if adjacent else None


def _unnamed_plural_subject(speaker: Speaker, mention: TokenSpan) -> bool:
    """A quote's source that is people described in the plural, no entity ("analysts", "Mac
    fans and some analysts"), and the subject of its clause."""
    root = mention.root
    return (
        speaker.entity_id is None
        and root.dep_ in SUBJECT_DEPS
        and (root.tag_ == "NNS" or any(t.dep_ == "conj" and t.tag_ == "NNS" for t in mention))
    )


def _spokesperson_name(
    doc: Doc,
    cand: QuoteCandidate,
    entities: EntityTable,
    earlier: list[Speaker],
    salience: Salience,
) -> str | None:
    """An unnamed spokesperson is named for the body or person they speak for, as the gold
    guidelines do: "A Delta spokesperson" → "a spokesperson for Delta"; "the rapper's
    spokesman" → "a spokesman for Snoop Dogg"; "the spokesman" → the one last named so."""
    if cand.source_head is None or cand.source is None:
        return None
    head = doc[cand.source_head]
    noun = head.lower_
    if noun not in SPOKES_NOUNS - {"representative"}:
        return None
    if any(
        c.dep_ == "appos" and any(t.ent_type_ == "PERSON" for t in c.subtree) for c in head.children
    ):
        return None  # "the party's spokesman for health, Jane Marsh, said": she is named
    if _apposed_person(doc, cand, entities) is not None:
        return None  # "A spokesman for the office, Dean Hall, said", the name hung on "office"
    owner = _owner_of(head, entities, earlier, salience)
    if owner is None:
        same = next(
            (s.name for s in reversed(earlier) if s.name and s.name.startswith(f"a {noun} for")),
            None,
        )
        if same is not None:
            return same
        for tok in reversed(doc[max(0, head.i - SPOKES_LOOKBACK_TOKENS) : head.i]):
            if tok.lower_ == noun:  # "the prime minister's spokesman was asked…"
                owner = _owner_of(tok, entities, earlier, salience)
                if owner is not None:
                    break
    if owner is None:
        spoke = {
            id(rec)
            for s in earlier
            if s.entity_id and (rec := entities.by_id(s.entity_id)) is not None
        }
        found = salience.most_salient(  # a paper reports; it is not the body in view, nor
            cand.source[0],  # is the programme someone told ("told Radio Leeds"), unless it
            {"organization"},  # spoke for itself before ("…, the BBC has said")
            lambda r: (not _is_outlet(r) or id(r) in spoke) and not _only_a_listener(doc, r),
        ) or salience.most_salient(
            cand.source[0], {"organization"}, lambda r: not _only_a_listener(doc, r)
        )
        owner = found[1].name if found else None
        kind = next((c.lower_ for c in head.children if c.dep_ == "compound" and c.is_lower), None)
        if owner is not None and kind and kind not in ORG_NOUNS and kind not in owner.lower():
            return None  # "a venue spokesman": the venue's, not the body or star in view
    return f"a {noun} for {owner}" if owner else None


def _only_a_listener(doc: Doc, record: EntityRecord) -> bool:
    """Whether every mention of a body is the listener of someone's words ("told Radio
    Leeds's breakfast show", "speaking to a paper", "in an interview with a channel"): whom somebody
    spoke to is not whom a later unnamed spokesman speaks for."""
    return bool(record.mentions) and all(_is_listener(doc, m) for m in record.mentions)


def _is_listener(doc: Doc, mention: Mention) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    while tok.dep_ in {"poss", "compound", "nmod", "appos"} and tok.head.i != tok.i:
        tok = tok.head  # "Radio Leeds's breakfast show": the show is told
    verb = tok.head
    if tok.dep_ in {"dobj", "dative"} and verb_lemma(verb.text) == "tell":
        return True
    if tok.dep_ == "pobj" and verb.lower_ in {"to", "with"}:
        above = verb.head
        return verb_lemma(above.text) is not None or above.lower_ in INTERVIEW_NOUNS
    return False


# How far back a bare "the spokesman" looks for the one named for a body.
SPOKES_LOOKBACK_TOKENS = 400


def _owner_of(
    noun: Token, entities: EntityTable, earlier: list[Speaker], salience: Salience
) -> str | None:
    """Whom a spokesperson speaks for: a name in their phrase ("a Delta spokesperson",
    "a spokesman for Atticus Capital"), or the person a possessive description fits ("the
    rapper's spokesman"), or that description itself ("the prime minister's spokesman")."""
    hits = []
    for tok in noun.subtree:
        if tok.i == noun.i or tok.is_punct:
            continue
        party = party_phrase_at(tok)
        if party is not None:  # "a Liberal Democrat spokesman", however the NER cut it up
            return party
        hit = entities.at(tok.idx, tok.idx + len(tok.text))
        if hit is not None and hit[1].type in {"person", "organization", "group", "place"}:
            hits.append(hit[1])
    if hits:  # "a Downing Street spokesman" speaks for Downing Street; "a spokesman for
        # US-based fund Atticus Capital" for the fund, not the place that modifies it
        # "a spokesman for Kelmouth's Harbour Centre": the body after "for", not its owner
        after_for = _named_after_for(noun, entities)
        if after_for is not None:
            return after_for
        if all(h.type == "place" for h in hits):
            described = _place_modified_body(noun)
            if described is not None:  # "a spokesman for one US shop": the shop, not the US
                return described
        return next((h.name for h in hits if h.type != "place"), hits[0].name)
    named = _capitalised_modifier(noun)
    if named is not None:  # "An Operation Fair Vote spokesman": a body the NER missed
        return named
    described = _described_person(noun)
    if described is not None:  # "a spokesman for the author": the author in view, not a body
        words = ["the", described]
        titled = _person_with_role(words, noun.idx, earlier, entities, salience)
        if titled[1] is not None:
            return titled[1].name
        person = salience.most_salient(
            noun.idx, {"person"}, _no_other_role(words, salience.profiles, entities)
        )
        return person[1].name if person is not None else None
    kind = _described_body(noun)
    if kind is not None:  # "a spokesman for the bank": the bank in view, not the paper
        found = _organization_of_kind(
            noun.doc, kind, noun.idx, entities, salience, named_only=kind in NAMED_KIND_NOUNS
        )
        if found[1] is not None:
            return found[1].name
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None and poss.lower_ in {"his", "her"} and noun.lower_ in SPOKES_NOUNS:
        gender = PRONOUN_GENDER.get(poss.lower_)  # "her spokesman": the woman in view
        person = salience.most_salient(
            noun.idx,
            {"person"},
            lambda rec: _gender_of(rec, text_of(noun.doc), noun.doc) in {None, gender},
        )
        return person[1].name if person is not None else None
    if poss is None or not poss.is_lower or poss.lower_ in PERSON_PRONOUNS | {"its", "their"}:
        return None
    phrase = [t for t in poss.subtree if t.dep_ != "case"]
    words = [t.lower_ for t in phrase]
    found = _person_with_role(words, noun.idx, earlier, entities, salience)
    if found[1] is not None:
        return found[1].name
    if (
        words[:1] == ["the"]
        and poss.lower_ in PERSON_OWNER_NOUNS
        and not ROLE_MODIFIERS & set(words)
    ):  # "the singer's spokeswoman": the person in view, whose words she gives
        person = salience.most_salient(
            noun.idx, {"person"}, _no_other_role(words, salience.profiles, entities)
        )
        if person is not None:
            return person[1].name
    first = phrase[0].lower_ if phrase[0].lower_ in DETERMINERS else phrase[0].text
    return " ".join([first] + [t.text for t in phrase[1:]])


def _named_after_for(noun: Token, entities: EntityTable) -> str | None:
    """'a spokesman for Kelmouth's Harbour Centre': the body named after "for" (the entity at
    the object's head, else its name as written) without a place that owns it ("Harbour
    Centre", not "Kelmouth"); None when the words after "for" are no capitalised name."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if obj is None or obj.pos_ != "PROPN":
        return None
    hit = entities.at(obj.idx, obj.idx + len(obj.text))
    if hit is not None and hit[1].type != "place":
        return hit[1].name  # the body the NER found there ("Atticus Capital")
    start = obj.left_edge.idx
    for child in obj.children:
        if child.dep_ == "poss" and child.i < obj.i:
            hit = entities.at(child.idx, child.idx + len(child.text))
            if hit is not None and hit[1].type == "place":
                start = child.right_edge.idx + len(child.right_edge.text)  # after "'s"
    words = text_of(noun.doc)[start : obj.idx + len(obj.text)].split()
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    return " ".join(words) if words and words[0][:1].isupper() else None


def _place_modified_body(noun: Token) -> str | None:
    """'a spokesman for one US shop', 'for a Leeds firm': the words of a common noun after
    "for" that a place only modifies (no determiner "the": "the Leeds firm" is one in view)."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if obj is None or obj.pos_ != "NOUN" or not obj.is_lower:
        return None
    words = list(obj.subtree)
    if words[0].lower_ == "the":
        return None
    return " ".join(t.text for t in words)


def _described_person(noun: Token) -> str | None:
    """The person noun of 'a spokesman for the singer' / 'for the author' ("singer",
    "author"): a spokesperson for a person described, not for a body."""
    return _definite_object(noun, {"for"}, PERSON_OWNER_NOUNS)


def _described_body(noun: Token) -> str | None:
    """The kind noun of 'a spokesman for the bank' / 'at the firm' / 'for the chain' ("bank",
    "firm", "chain")."""
    return _definite_object(noun, {"for", "at", "of"}, BODY_KINDS)


def _definite_object(
    noun: Token, prepositions: set[str], nouns: frozenset[str] | set[str]
) -> str | None:
    """The noun of ``nouns``, with "the", that one of the noun's ``prepositions`` governs."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in prepositions:
            continue
        for obj in prep.children:
            if (
                obj.dep_ == "pobj"
                and obj.lower_ in nouns
                and any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children)
            ):
                return obj.lower_
    return None


def _named_by_its_modifier(
    doc: Doc, cand: QuoteCandidate, head: str, entities: EntityTable
) -> bool:
    """A body description whose noun is modified by a name no entity holds ("the GMB union",
    "the Unite union"): the description names its own body."""
    if cand.source_head is None or doc[cand.source_head].lower_ != head:
        return False
    noun = doc[cand.source_head]
    if _capitalised_modifier(noun) is None:
        return False
    return not any(
        entities.at(t.idx, t.idx + len(t.text))
        for t in noun.lefts
        if t.dep_ in {"compound", "nmod"}
    )


def _capitalised_modifier(noun: Token) -> str | None:
    """The run of capitalised words right before a noun ('Operation Fair Vote' spokesman)."""
    words: list[Token] = []
    for tok in reversed(noun.doc[noun.left_edge.i : noun.i]):
        if tok.dep_ not in {"compound", "nmod"} or tok.pos_ != "PROPN" or tok.is_sent_start:
            break
        words.insert(0, tok)
    if not words:
        return None
    return " ".join(t.text for t in words)


def _untagged_name(head: Token, entities: EntityTable) -> list[Token]:
    """A person's name the NER missed at the head of a source ("England sevens coach Mike
    Friday", Friday read as a date): the capitalised words ending at the head, before which
    come its title and affiliation. Empty unless the head is a capitalised word of no entity
    with a title noun before the name."""
    if head.pos_ != "PROPN" or not head.is_title:
        return []
    if entities.at(head.idx, head.idx + len(head.text)) is not None:
        return []
    chain = [head]
    for tok in reversed(head.doc[max(0, head.i - 3) : head.i]):
        if tok.pos_ != "PROPN" or not tok.is_title or tok.head.i != head.i:
            break
        if entities.at(tok.idx, tok.idx + len(tok.text)) is not None:
            break
        chain.insert(0, tok)
    before = head.doc[chain[0].i - 1] if chain[0].i > 0 else None
    if before is None or not _is_title_head(before) or before.head.i != head.i:
        return _name_after_a_country_title(chain, before, entities)
    return chain


def _name_after_a_country_title(
    chain: list[Token], before: Token | None, entities: EntityTable
) -> list[Token]:
    """'retired Chief Deputy US Marshall Simon Rain': after a country that opens a title, the first
    capitalised word ends the title and the name follows."""
    if before is None or len(chain) < 3 or before.head not in chain:
        return []
    place = entities.at(before.idx, before.idx + len(before.text))
    if place is None or place[1].type != "place":
        return []
    title = before.i > 0 and before.doc[before.i - 1]
    if not title or not (title.is_title and title.head in chain):
        return []  # ("England sevens coach …" has its own rule; "US Simon Rain" has no title)
    return chain[1:]


def _names_a_law(head: Token) -> bool:
    return head.text in LAW_ENDINGS and any(c.dep_ in {"compound", "nmod"} for c in head.children)


def _apposed_name(head: Token) -> str | None:
    """A name the NER missed beside a description: "Germany's financial regulator BaFin",
    "the watchdog, Ofcom," → BaFin, Ofcom. Not a work's title: "a new book, Tarvik's River,"
    names the book, which is no speaker's name."""
    if not (head.is_lower or _is_title_head(head)) or head.lower_ in WORK_NOUNS:
        return None  # (a capitalised title is a description too: "the Shadow Secretary")
    for appos in (c for c in head.children if c.dep_ in {"appos", "npadvmod"}):
        if appos.pos_ == "PROPN" and appos.i > head.i:
            words = [t for t in appos.subtree if t.i <= appos.i and t.dep_ in {"compound", "flat"}]
            return " ".join(t.text for t in [*words, appos])
    return None


def _apposed_person(
    doc: Doc, cand: QuoteCandidate, entities: EntityTable
) -> tuple[str, EntityRecord] | None:
    """'The BBC's correspondent in Lagos, Jane Roe, told…': the description's named person,
    set off by commas, even where the parser hangs the name on the description's last noun."""
    if cand.source_head is None:
        return None
    head = doc[cand.source_head]
    if not head.is_lower or not _is_title_head(head):
        return None
    for tok in head.subtree:
        if tok.dep_ != "appos" or tok.i <= head.i or doc[tok.left_edge.i - 1].text != ",":
            continue
        if tok.head.i != head.i and not (
            tok.head.dep_ == "pobj"
            and tok.head.head.dep_ == "prep"
            and tok.head.head.head.i == head.i
        ):
            continue
        hit = entities.at(tok.idx, tok.idx + len(tok.text))
        if hit is not None and hit[1].type == "person":
            return hit
    return None


def _describe(mention: str) -> tuple[str, str | None]:
    """A speaker the NER missed: 'Mayor Ana Ruiz' → ('Ana Ruiz', 'Mayor'); 'Ilse Marwitz at
    Nordlandbank' → the name, without the body she works at."""
    name, at, _body = mention.partition(" at ")
    if at and looks_like_name(name) and len(name.split()) >= 2:
        mention = name
    title, rest = split_title(mention)
    if title and looks_like_name(rest):
        return rest, title
    words = mention.split()
    if len(words) == 2 and words[0] in BODY_KINDS and words[1][:1].isalnum():
        if not words[1][:1].islower():  # "consultancy 4Cast said": the firm's name
            return words[1], None
    return mention, None


def _entity_for(
    doc: Doc,
    cand: QuoteCandidate,
    mention: str,
    entities: EntityTable,
    earlier: list[Speaker],
    salience: Salience,
) -> tuple[str | None, EntityRecord | None]:
    assert cand.source is not None
    if cand.profile.name:
        found = entities.find_name(cand.profile.name)
        if found:
            return found
    if _a_national(doc, cand):  # "The American had questioned…": a person, not the US
        return salience.most_salient(cand.source[0], {"person"}) or (None, None)
    if _one_of_someones(doc, cand):  # "One of Hunter's sources said": one unnamed source, not
        return None, None  # Hunter
    hit = _entity_at_head(doc, cand, entities)
    if hit is not None and hit[1].type in {"person", "organization", "group", "place"}:
        return hit
    antecedent = _antecedent(doc, cand, entities)
    if antecedent is not None:
        return antecedent
    apposed = _apposed_person(doc, cand, entities)
    if apposed is not None:
        return apposed
    if cand.source_head is not None and _is_title_head(doc[cand.source_head]):
        if _apposed_name(doc[cand.source_head]) is not None:
            return None, None  # "The Shadow Secretary for X, Ann Roe, said": the name set
            # beside the title, though the NER missed it, not another holder of a title
    named = _name_without_honorific(mention, entities) or _bare_surname(mention, entities)
    if named is not None:  # "Mr Blake" where the NER missed this mention of Blake
        return named
    words = _owned_title_words(doc, cand, entities) or mention.lower().split()
    if len(words) == 1 and (words[0] in PERSON_PRONOUNS or words[0] in PRONOUN_GENDER):
        gender = PRONOUN_GENDER.get(words[0])
        found = salience.most_salient(
            cand.source[0],
            {"person"},
            lambda rec: (
                (_gender_of(rec, text_of(doc), doc) or _named_as_kin(rec, doc)) in {None, gender}
                and not _named_in_content(rec, cand)
                and not _stated_dead(rec, doc)
            ),
        )
        return found or (None, None)
    if len(words) == 1 and words[0] in THING_PRONOUNS | GROUP_PRONOUNS | {"their"}:
        return salience.most_salient(cand.source[0], {"organization", "group"}) or (None, None)
    document = _document_author(doc, cand, entities, earlier)
    if document is not None:
        return document
    if len(words) >= 2 and words[0] in {"a", "an"} and _in_lede(doc, cand.source[0]):
        head = _head_word(doc, cand, words)
        if head in PERSON_NOUNS | PLAIN_PERSON_NOUNS and head not in SPOKES_NOUNS:
            # "A US airline attendant says she has been fired … Ellen Simonetti, …"
            found = salience.next_subject(cand.source[1], {"person"})
            if found is not None and head in UNNAMED_SOURCE_NOUNS:
                if not _speaks_next(doc, found[1], cand.source[1]):
                    return None, None  # "…, a security official confirmed. … Linda
                    # Marsh had a rope": whom the report is about, not its source
            return found or (None, None)
    owned = _head_word(doc, cand, words) if len(words) >= 2 else ""
    if words[0] in POSSESSIVES and owned in ORG_NOUNS:
        # "her employers said", "his club said": the organisation in view
        return _organization_of_kind(doc, owned, cand.source[0], entities, salience)
    if (
        words[0] in {"his", "her"}
        and len(words) == 2
        and owned in PERSON_NOUNS
        and owned not in SPOKES_NOUNS
    ):  # "His manager insisted C": the person stated to hold that title, when one is
        titled = _person_with_role(words[1:], cand.source[0], earlier, entities, salience)
        if titled[1] is not None:
            return titled
    if words[:-1] in ([], ["the"]) and AGE_DESCRIPTION.fullmatch(words[-1]):
        # "…," the 23-year-old wrote: the person in view
        return salience.most_salient(cand.source[0], {"person"}) or (None, None)
    if len(words) >= 2 and words[0] == "our" and _head_word(doc, cand, words) in PERSON_NOUNS:
        # "…," our correspondent said: the outlet's own staff member named with that title
        # before ("BBC correspondent Tom Waller"), else the description stays
        ours = _person_with_role(words[1:], cand.source[0], earlier, entities, salience)
        if ours[1] is not None:
            return ours
        text = text_of(doc)
        staff = salience.most_salient(  # "The BBC's Ann Lee in Lagos says …. Our
            cand.source[0],  # correspondent says": the outlet's own person, named without
            {"person"},  # the title
            lambda rec: any(
                _OWN_OUTLET_BEFORE.search(text[max(0, m.start - 40) : m.start])
                for m in rec.mentions
            ),
        )
        if staff is not None:
            return staff
    if (
        len(words) >= 2
        and words[0].endswith(("'s", "\u2019s"))
        and mention[:1].isupper()
        and _head_word(doc, cand, words) in DESCRIPTIVE_PERSON_NOUNS
    ):  # "Norland's cup-winning fly-half said": who the person in view is, as "the
        # fly-half" would say
        return salience.most_salient(cand.source[0], {"person"}) or (None, None)
    if len(words) >= 2 and words[0] in DETERMINERS:
        head = _head_word(doc, cand, words)
        if head not in PERSON_NOUNS and words[-1] in PERSON_NOUNS:
            head = words[-1]
        if head in TITLE_TAILS and words[-2] in PERSON_NOUNS:  # "the attorney general"
            head = words[-2]
        if head in ORG_NOUNS and _named_by_its_modifier(doc, cand, head, entities):
            return None, None  # "The GMB union claimed": the union so named, not the firm in view
        if head in ORG_NOUNS and _kind_of_whom(doc, cand):
            return None, None  # "the defence team for three men": a body the
            # phrase itself describes, not the body in view
        if head in ORG_NOUNS:
            return _organization_of_kind(doc, head, cand.source[0], entities, salience)
        if head in NAMED_KIND_NOUNS and words[0] == "the":  # "the institute": the one so named
            return _organization_of_kind(
                doc, head, cand.source[0], entities, salience, named_only=True
            )
        if (
            words[0] == "the"
            and len(words) == 2
            and mention.split()[-1].islower()
            and head not in PERSON_NOUNS | PLAIN_PERSON_NOUNS
        ):
            # "the observatory said" after "the Syrian Observatory for Human Rights": the body
            # whose name holds the noun, whatever kind of body the noun is
            named = _body_whose_name_holds(head, cand.source[0], entities, salience)
            if named is not None:
                return named
        if head in BUSINESS_DESCRIPTION_NOUNS and words[0] == "the":
            # "the former monopoly said": the company in view; "the Delta subsidiary" is not
            # Delta, the owner it names
            start, end = cand.source
            owners_named = {
                id(r)
                for r in entities.records
                if any(start <= m.start and m.end <= end for m in r.mentions)
            }
            return (
                salience.most_salient(
                    start,
                    {"organization"},
                    lambda r: id(r) not in owners_named and not _is_outlet(r),
                )
                or _brand_taken_for_a_person(doc, start, salience)
                or _untagged_subject_body(doc, start, entities, salience)
                or (None, None)
            )
        if (
            (head in ORIGIN_PERSON_NOUNS or _place_born(mention))
            and words[0] == "the"
            and _origin_modified(mention, head)
            and not _title_owner(doc, cand)
        ):  # "says the Waterford man": the person in view
            return salience.most_salient(cand.source[0], {"person"}) or (None, None)
        if (
            head in DESCRIPTIVE_PERSON_NOUNS | ACHIEVER_NOUNS
            and words[0] == "the"
            and head not in PERSON_NOUNS
        ):
            # "The champion swimmer says": who she is, not a title she holds
            return salience.most_salient(cand.source[0], {"person"}) or (None, None)
        if head in PERSON_NOUNS and head not in SPOKES_NOUNS:
            found_person: tuple[str | None, EntityRecord | None] = _person_with_role(
                words[1:], cand.source[0], earlier, entities, salience
            )
            plain = _without_name_modifiers(mention, words)
            if found_person[1] is None and plain != words:
                # "the Rovers boss", "the Magpies manager": a club's name or nickname before
                # the title is whose title it is, not a word of the title
                found_person = _person_with_role(
                    plain[1:], cand.source[0], earlier, entities, salience
                )
            owner = _title_owner(doc, cand)
            if found_person[1] is None and words[0] == "the" and owner == "body":
                # "the campaign's director told the BBC. Curt Hopkins said": a person first
                # named next, with no title, before anybody else in view
                found_person = salience.introduced_next(cand.source[1]) or (None, None)
            if (
                found_person[1] is None
                and words[0] == "the"
                and not ROLE_MODIFIERS & set(words[:-1])
                and owner != "people"
            ):
                # "The MEP said", "the club chief said": the person in view ("the deputy
                # chairman" is somebody else; a modifier word as the head is the head). Not
                # where people own the title: "Mr Sigarchi's lawyer", "the men's solicitor"
                # are nobody in view when no one is given that title
                found_person = (
                    salience.most_salient(
                        cand.source[0], {"person"}, _not_another_trade(words, earlier, entities)
                    )
                    or salience.most_salient(cand.source[0], {"person"})
                    or (None, None)
                )
            if found_person[1] is None and words[0] == "the" and _in_lede(doc, cand.source[0]):
                # "…, the lord chancellor has said. Lord Falconer said…": a lede names its
                # subject next; elsewhere an unmatched description is somebody unnamed
                found_person = salience.next_subject(cand.source[1], {"person"}) or (None, None)
            if found_person[1] is None and words[0] == "the":
                # "the party's chief executive said C. "D," Lord Hamble told reporters": a
                # person first named, with no title, as the next sentence's subject
                found_person = salience.introduced_next(cand.source[1]) or (None, None)
            return found_person
    return None, None


# The writer's own outlet before a person's name ("The BBC's Ann Lee", "BBC correspondent Ann
# Lee"): whom "our correspondent" stands for when no one holds that title by name.
_OWN_OUTLET_BEFORE = re.compile(r"\bBBC(?:'s|\u2019s)?\s+(?:[a-z-]+\s+){0,3}$")


def _kind_of_whom(doc: Doc, cand: QuoteCandidate) -> bool:
    """The source's head noun says whose it is by a 'for' phrase of unnamed people or things
    ("the legal team for two suspects", "the campaign for local shops")."""
    if cand.source_head is None:
        return False
    for prep in doc[cand.source_head].children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "NOUN" and not obj.ent_type_:
                return True
    return False


def _origin_modified(mention: str, head: str) -> bool:
    """'the Waterford man', 'the Cork-born woman': a capitalised word modifies the noun."""
    written = mention.split()
    return (
        len(written) >= 3
        and written[-1].lower() == head
        and any(w[:1].isupper() for w in written[1:-1])
    )


def _place_born(mention: str) -> bool:
    """'the Leeds-born researcher': where the person was born describes them, as an origin
    does 'the Waterford man', whatever their trade noun (no title of anybody else)."""
    return any(re.fullmatch(r"[A-Z][\w']*-born", w) for w in mention.split()[1:-1])


def _without_name_modifiers(mention: str, words: list[str]) -> list[str]:
    """A description's words less the capitalised names among its modifiers ("the Rovers
    boss" → "the boss"); a party's name ("the Tory leader"), a title word and the head stay."""
    written = mention.split()
    if [w.lower() for w in written] != words or len(words) < 3:
        return words
    kept = [words[0]]
    for word, lowered in zip(written[1:-1], words[1:-1], strict=True):
        if (
            word[:1].isupper()
            and lowered not in PERSON_NOUNS | ROLE_MODIFIERS
            and word not in PARTY_ALIASES
            and not word.isupper()
        ):
            continue
        kept.append(lowered)
    return [*kept, words[-1]]


def _title_owner(doc: Doc, cand: QuoteCandidate) -> str | None:
    """Who owns a description's title: "people" ("Mr Sigarchi's lawyer", "the men's
    solicitor"), "body" ("the campaign's director", "Ford's chief executive"), or None ("the
    director", "his lawyer": a pronoun's owner is for the pronoun to say)."""
    if cand.source_head is None:
        return None
    head = doc[cand.source_head]
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is None or poss.pos_ == "PRON":
        return None
    if poss.ent_type_ == "PERSON" or any(
        c.lower_.rstrip(".") in HONORIFIC_GENDER for c in poss.subtree
    ):
        return "people"
    if poss.tag_ == "NNS" and (
        poss.lower_ in IRREGULAR_PEOPLE_PLURALS or _people_noun(poss.lower_)
    ):
        return "people"
    return "body"


def _a_national(doc: Doc, cand: QuoteCandidate) -> bool:
    """'the American', 'the Briton' alone as a source: one person of that nation, the person in
    view ("Dale … The American had questioned it"), not the country. A plural ("the
    Americans") or a name ("the United States") stays the country."""
    if cand.source_head is None or cand.source is None:
        return False
    head = doc[cand.source_head]
    form = head.text
    if form.lower() in DEMONYM_PERSON_NOUNS and form[:1].isupper():  # "the Scot"
        return [t.lower_ for t in doc[head.left_edge.i : head.i]] == ["the"]
    return (
        form in COUNTRY_ALIASES
        and COUNTRY_ALIASES[form] != form
        and form not in SEATS_OF_POWER
        and not form.endswith(("s", "ch", "sh", "ese"))  # "the French", "the Chinese": a
        and not form.isupper()  # people, never one person
        and "." not in form
        and [t.lower_ for t in doc[head.left_edge.i : head.i]] == ["the"]
        and head.right_edge.i == head.i
    )


def _name_without_honorific(mention: str, entities: EntityTable) -> tuple[str, EntityRecord] | None:
    words = mention.split()
    titled = words[0] in UNSTOPPED_TITLE_ABBREVIATIONS or words[0] == "Professor"
    if len(words) < 2 or not (words[0] in HONORIFICS or titled):
        return None  # ("Prof Reddy" where the NER took the name for a work's title)
    found = entities.find_name(" ".join(words[1:]))
    if found is None and titled:
        found = _bare_surname(" ".join(words[1:]), entities)
    return found if found is not None and found[1].type == "person" else None


def _bare_surname(mention: str, entities: EntityTable) -> tuple[str, EntityRecord] | None:
    """'…," said Friday.' with the surname taken for a day: the one person whose full name
    ends with it."""
    if len(mention.split()) != 1 or not mention.istitle():
        return None
    bearers = [
        (f"E{i + 1}", rec)
        for i, rec in enumerate(entities.records)
        if rec.type == "person" and len(rec.name.split()) >= 2 and rec.name.split()[-1] == mention
    ]
    return bearers[0] if len(bearers) == 1 else None


def _owned_title_words(doc: Doc, cand: QuoteCandidate, entities: EntityTable) -> list[str]:
    """'Scotland's first minister', 'Ford's chief executive' (no name given) read as 'the first
    minister', 'the chief executive': a description of a person, resolved as one."""
    if cand.source_head is None:
        return []
    head = doc[cand.source_head]
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is None or not _is_title_head(head) or not head.is_lower:
        return []
    if _body_owner(poss) is not None:  # "the firm's chief executive", "its chairman"
        return ["the"] + [t.lower_ for t in doc[poss.i + 1 : head.i + 1] if t.dep_ != "case"]
    if entities.at(poss.idx, poss.idx + len(poss.text)) is None:
        return []  # "his deputy": not an owner named in the text
    owner = {t.i for t in poss.subtree}
    return ["the"] + [t.lower_ for t in doc[poss.right_edge.i + 1 : head.i + 1] if t.i not in owner]


def _body_owner(poss: Token) -> str | None:
    """The kind noun of a body that owns a title ("the firm's chief executive" → "firm"), or
    "its" ("its chairman")."""
    if poss.lower_ == "its":
        return "its"
    if (
        poss.is_lower
        and poss.lower_ in BODY_KINDS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in poss.children)
    ):
        return poss.lower_
    return None


def _title_of_a_body(
    doc: Doc, cand: QuoteCandidate, entities: EntityTable, salience: Salience
) -> str | None:
    """'the firm's chief executive said' with nobody of that title named: the description with
    the body resolved, as the guidelines name an unnamed speaker ("chief executive of Acme")."""
    if cand.source_head is None or cand.source is None:
        return None
    head = doc[cand.source_head]
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is None or not _is_title_head(head) or not head.is_lower:
        return None
    kind = _body_owner(poss)
    if kind is None:
        return None
    found: tuple[str | None, EntityRecord | None] | None
    if kind == "its":
        found = salience.most_salient(
            cand.source[0], {"organization"}, lambda r: not _is_outlet(r)
        ) or _untagged_subject_body(doc, cand.source[0], entities, salience)
    else:
        found = _organization_of_kind(
            doc, kind, cand.source[0], entities, salience, named_only=kind in NAMED_KIND_NOUNS
        )
    if found is None or found[1] is None:
        return None
    title = " ".join(t.lower_ for t in doc[poss.i + 1 : head.i + 1] if t.dep_ != "case")
    return f"{title} of {found[1].name}"


def _organization_of_kind(
    doc: Doc,
    noun: str,
    before: int,
    entities: EntityTable,
    salience: Salience,
    named_only: bool = False,
) -> tuple[str | None, EntityRecord | None]:
    """'the airline', 'the watchdog': the organisation in view that the article calls so
    ("Australian airline Qantas", "Delta Airlines", "Netcraft, a monitoring firm"), else the
    latest one it calls so, else the organisation in view."""
    kind = {
        i
        for i, rec in enumerate(entities.records)
        if (rec.type == "organization" or rec.type == "person" and " " not in rec.name)
        and any(_called(doc, m, noun) for m in rec.mentions if m.end <= before)
        or noun in REGULATOR_NOUNS  # "Ofcom … the regulator said"
        and rec.name in REGULATOR_NAMES
        and any(m.end <= before for m in rec.mentions)
    }  # (a one-word name the NER took for a person: "Nordbank" is a bank)
    if kind:
        ids = {id(entities.records[i]) for i in kind}
        found = salience.most_salient(before, {"organization", "person"}, lambda r: id(r) in ids)
        if found is not None:
            return _named_since(doc, noun, before, found, salience) or found
    if noun in PUBLIC_BODY_NOUNS or named_only:
        return None, None  # "the government" is not the company in view: it stays itself
    if noun in NEWSPAPER_NOUNS:
        quoted = _latest_outlet_quoted(before, entities, salience)
        if quoted is not None:
            return quoted
    if noun in OUTLET_NOUNS and _untagged_outlet(doc, noun, before):
        return None, None  # "US magazine Mobile PC … the magazine said": not a product in view
    if noun not in OUTLET_NOUNS:  # "the bank" is not the paper that reported on it
        found = salience.most_salient(before, {"organization"}, lambda r: not _is_outlet(r))
        if found is not None:
            return found
    return (
        salience.most_salient(before, {"organization"})
        or _brand_taken_for_a_person(doc, before, salience)
        or _untagged_subject_body(doc, before, entities, salience)
        or (None, None)
    )


def _latest_outlet_quoted(
    before: int, entities: EntityTable, salience: Salience
) -> tuple[str | None, EntityRecord | None] | None:
    """'According to the Observer, C. The paper said D': the outlet quoted last, named or not,
    when no outlet is named after it; never a company the report is about."""
    for speaker in reversed(salience.earlier):
        if speaker.end is None or speaker.end > before or not speaker.name:
            continue
        record = entities.by_id(speaker.entity_id) if speaker.entity_id else None
        if not _is_outlet(record or EntityRecord(name=speaker.name, type="organization")):
            continue
        later = any(
            speaker.end <= m.start and m.end <= before and _is_outlet(r) and r is not record
            for _id, r, m in entities.mentions_before(before)
        )
        if later:
            return None
        if record is not None:
            return speaker.entity_id, record
        return None, EntityRecord(name=speaker.name, type="organization")
    return None


def _body_whose_name_holds(
    noun: str, before: int, entities: EntityTable, salience: Salience
) -> tuple[str, EntityRecord] | None:
    """The organisation in view named before ``before`` with ``noun`` as a word of its name
    ("the Syrian Observatory for Human Rights" for "the observatory")."""
    ids = {
        id(rec)
        for rec in entities.records
        if rec.type == "organization"
        and " " in rec.name  # ("Pope" alone is a title, capitalised, not a body's name)
        and any(m.end <= before and name_holds(m.text, noun) for m in rec.mentions)
    }
    if not ids:
        return None
    return salience.most_salient(before, {"organization"}, lambda r: id(r) in ids)


def _named_since(
    doc: Doc,
    noun: str,
    before: int,
    called: tuple[str, EntityRecord],
    salience: Salience,
) -> tuple[str, EntityRecord] | None:
    """'Club X's rival, local club Y, pleaded with fans. X's response came as no surprise.
    "…," the club said': the organisation in view, named since the one the article called a
    club, and called no other kind of body, is the one meant."""
    called_last = max((m.start for m in called[1].mentions if m.end <= before), default=-1)
    other_kinds = (ORG_NOUNS | BUSINESS_DESCRIPTION_NOUNS) - {noun}
    for entity_id, record, m in salience.entities.mentions_before(before):
        if m.start <= called_last:
            return None
        if any(s <= m.start < e for s, e in salience.contents):
            continue  # a name inside someone's words is not in the narrative's view
        if record.type != "organization" or _is_outlet(record) or record is called[1]:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return None
        root = span.root
        if root.dep_ == "poss":  # "X's response": X is what the sentence is about
            root = root.head
        if root.dep_ not in SUBJECT_DEPS:
            return None
        if any(_called(doc, other, kind) for other in record.mentions for kind in other_kinds):
            return None  # "the bank … Deloitte, the accountancy firm": another kind of body
        return entity_id, record
    return None


def _untagged_subject_body(
    doc: Doc, before: int, entities: EntityTable, salience: Salience
) -> tuple[None, EntityRecord] | None:
    """'Woolworths has closed 20 stores. A spokesman for the chain said' with no organisation
    tagged anywhere before: the latest capitalised name the NER missed that is a clause's
    subject outside quoted and reported contents, and no person's name (no honorific or title
    before it), is the body the description stands for."""
    here = doc.char_span(before, before + 1, alignment_mode="expand")
    if here is None:
        return None
    end = here[0].i
    for tok in reversed(doc[max(0, end - LOOKBACK_TOKENS) : end]):
        if (
            tok.dep_ not in {"nsubj", "nsubjpass"}
            or tok.pos_ != "PROPN"
            or not tok.text[:1].isupper()
            or entities.at(tok.idx, tok.idx + len(tok.text)) is not None
            or salience._inside_content(tok.idx, tok.idx + len(tok.text))
        ):
            continue
        first = tok  # "Deutsche Telekom": the run of capitalised names ending at the subject
        while (
            first.i > 0
            and doc[first.i - 1].pos_ == "PROPN"
            and doc[first.i - 1].text[:1].isupper()
            and "\n" not in doc[first.i - 1].text_with_ws
        ):
            first = doc[first.i - 1]
        words = list(doc[first.i : tok.i])
        opener = doc[first.i - 1] if first.i > 0 else None
        if any(
            t.text.rstrip(".") in HONORIFICS or t.lower_ in PERSON_NOUNS or t.lower_ in RANK_GENDER
            for t in [*words, *([opener] if opener is not None else [])]
        ):
            return None  # "Mr Reed", "coach Reed": a person, however untagged
        while first.i < tok.i and first.lower_ in BODY_KINDS | BODY_KIND_PREMODIFIERS:
            first = doc[first.i + 1]  # "Housebuilder Wimpey" is Wimpey
        name = doc[first.i : tok.i + 1].text
        return None, EntityRecord(name=name, type="organization")
    return None


def _brand_taken_for_a_person(
    doc: Doc, before: int, salience: Salience
) -> tuple[str, EntityRecord] | None:
    """'Krunchos has launched a crisp … the company said' with no organisation in the article:
    a one-word name the NER took for a person, never called he or she, Mr or Ms, is the body."""
    return salience.most_salient(
        before,
        {"person"},
        lambda r: " " not in r.name and _gender_of(r, text_of(doc), doc) is None,
    )


def _untagged_outlet(doc: Doc, noun: str, before: int) -> str | None:
    """The name the article gave an outlet the NER did not tag, next to the noun a later
    description uses: "by US magazine Mobile PC", "the Daily Blur newspaper"."""
    for tok in reversed([t for t in doc if t.idx + len(t) <= before and t.lower_ == noun]):
        after: list[Token] = []
        for nxt in doc[tok.i + 1 : tok.i + 6]:
            if not (nxt.is_title or nxt.is_upper) or nxt.is_punct or nxt.is_sent_start:
                break
            after.append(nxt)
        ahead: list[Token] = []
        for prev in reversed(doc[max(tok.sent.start, tok.i - 5) : tok.i]):
            if not (prev.is_title or prev.is_upper) or prev.is_punct or prev.is_sent_start:
                break
            ahead.insert(0, prev)
        words = after or ahead
        if words and not any(w.ent_type_ in {"GPE", "NORP", "LOC"} for w in words):
            return " ".join(w.text for w in words)
    return None


def _is_outlet(record: EntityRecord) -> bool:
    """A news outlet by its name ("Financial Times", "the Daily Courier", "Reuters")."""
    words = set(re.findall(r"[a-z]+", record.name.lower()))
    return bool(words & OUTLET_NAME_WORDS)


def _called(doc: Doc, mention: Mention, noun: str) -> bool:
    """Whether a mention of an organisation calls it a ``noun`` (``entities.describes``)."""
    return describes(doc, mention, noun)


def _document_author(
    doc: Doc, cand: QuoteCandidate, entities: EntityTable, earlier: list[Speaker] | None = None
) -> tuple[str | None, EntityRecord] | None:
    """A document speaks for its stated author: "Mr Campbell's e-mail said", "a statement from
    Lycos Europe said", and "the statement said" after "X issued a statement"."""
    if cand.source_head is None:
        return None
    head = doc[cand.source_head]
    word = "".join(t.lower_ for t in _hyphenated(head))
    definite = any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in head.children)
    if word in FINDING_NOUNS and word not in DOCUMENT_NOUNS | ARTICLE_NOUNS:
        own = _author_of(head, entities, earlier)  # "a review by the ONS found": its own
        if own is not None or not definite or word not in STUDY_NOUNS:
            return own
    if word not in DOCUMENT_NOUNS | ARTICLE_NOUNS | STUDY_NOUNS:
        return _named_document_author(doc, head, entities, earlier)
    # "A Washington Post article claims C. … According to the story, D": a piece of reporting
    # is named again by any noun of one ("the article", "the story"), a document by its own,
    # and a study by any noun of a study ("A study by X said C. D, said the report")
    same = ARTICLE_NOUNS if word in ARTICLE_NOUNS else {head.lower_}
    if definite and word in STUDY_NOUNS:
        same = same | STUDY_NOUNS
    for noun in [
        head,
        *[t for t in reversed(doc[max(0, head.i - LOOKBACK_TOKENS) : head.i]) if t.lower_ in same],
    ]:
        for piece in _hyphenated(noun):  # "Mr X's e-mail": the owner hangs on "e"
            author = _author_of(piece, entities, earlier)
            if author is not None:
                return author
        if noun.i != head.i and word in STUDY_NOUNS:
            quoted = _source_resolved_at(noun, earlier)
            if quoted is not None:  # "The study by researchers, X, suggests C. … the
                return quoted  # report suggests D": the study quoted before, as resolved
    return None


def _source_resolved_at(
    noun: Token, earlier: list[Speaker] | None
) -> tuple[str | None, EntityRecord] | None:
    """The speaker an earlier quote's source, this noun's phrase ("The study by researchers,
    X,"), was resolved to, when it was resolved to a name rather than left a description."""
    if noun.dep_ == "compound":
        return None  # "report author Ana Ruiz": the author, not the report
    first, last = noun.left_edge, noun.right_edge
    start, end = first.idx, last.idx + len(last.text)
    for speaker in reversed(earlier or []):
        if speaker.start is None or speaker.end is None or not speaker.name:
            continue
        if start <= speaker.start < end:
            if not speaker.name[:1].isupper() or speaker.name.lower().startswith(
                ("the ", "a ", "an ")
            ):
                return None  # left as the description itself ("the report")
            return speaker.entity_id, EntityRecord(name=speaker.name, type="organization")
    return None


def _named_document_author(
    doc: Doc, head: Token, entities: EntityTable, earlier: list[Speaker] | None
) -> tuple[str | None, EntityRecord] | None:
    """'X said in its Green Book report … the Green Book said': a document called by its own
    name is the document that name modified before, and speaks for its author."""
    if head.pos_ != "PROPN" or entities.at(head.idx, head.idx + len(head.text)) is not None:
        return None
    name = _proper_run_before(head) + [head.lower_]
    for noun in reversed(doc[max(0, head.i - LOOKBACK_TOKENS) : head.i]):
        if noun.lower_ not in DOCUMENT_NOUNS | ARTICLE_NOUNS | STUDY_NOUNS:
            continue
        if _proper_run_before(noun)[-len(name) :] == name:
            return _author_of(noun, entities, earlier)
    return None


def _proper_run_before(tok: Token) -> list[str]:
    """The proper nouns right before a word, in lower case ("Green Book" of "report")."""
    run: list[str] = []
    i = tok.i - 1
    while i >= 0 and tok.doc[i].pos_ == "PROPN":
        run.insert(0, tok.doc[i].lower_)
        i -= 1
    return run


def _hyphenated(tok: Token) -> list[Token]:
    """The tokens of a hyphenated word the tokenizer split ("e - mail"), or the token alone."""
    doc = tok.doc
    first = last = tok.i
    while (
        first >= 2
        and doc[first - 1].text == "-"
        and not doc[first - 2].whitespace_
        and (not doc[first - 1].whitespace_)
    ):
        first -= 2
    while (
        last + 2 < len(doc)
        and doc[last + 1].text == "-"
        and not doc[last].whitespace_
        and (not doc[last + 1].whitespace_)
    ):
        last += 2
    return list(doc[first : last + 1])


def _author_of(
    noun: Token, entities: EntityTable, earlier: list[Speaker] | None = None
) -> tuple[str | None, EntityRecord] | None:
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [  # "An IAAF statement said", "the NAO report": a named body that modifies it
        c
        for c in noun.children
        if c.dep_ == "compound" and (c.pos_ == "PROPN" or c.is_upper and len(c.text) >= 2)
    ]  # (an acronym the tagger took for a common noun: "an FA statement")
    by = [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in {"from", "by"}
        for g in c.children
        if g.dep_ == "pobj"
    ]
    owners += by
    owners += [  # "the report by telecoms giant Tarvo", the name parsed apposed to the trade
        a for g in by for a in g.children if a.dep_ == "appos" and a.pos_ == "PROPN"
    ]
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":  # "X issued a statement"
        owners += [c for c in noun.head.children if c.dep_ == "nsubj"]
    owners += _publisher(noun)
    verb = noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ in {"in", "through", "via"} and verb.pos_ == "VERB":
        owners += [c for c in verb.children if c.dep_ == "nsubj"]  # "X said in a statement"
    untagged: str | None = None
    for owner in owners:
        hit = entities.at(owner.idx, owner.idx + len(owner.text))
        if hit is None and owner.is_upper and len(owner.text) >= 2:
            hit = _expanded_acronym(owner.text, entities)  # "the NAO report"
        if hit is not None and (
            hit[1].type in {"person", "organization", "group"} or _is_outlet(hit[1])
        ):  # (an outlet the NER took for a place: "the Telegraph")
            return hit
        for speaker in reversed(earlier or []):  # "The firm said in a statement": as resolved
            if speaker.start is not None and speaker.end is not None and speaker.entity_id:
                if speaker.start <= owner.idx < speaker.end:
                    record = entities.by_id(speaker.entity_id)
                    if record is not None:
                        return speaker.entity_id, record
        if untagged is None and noun.lower_ in ARTICLE_NOUNS:
            untagged = _untagged_outlet_name(owner)
    # an untagged name before the noun is its outlet only when no named owner is stated:
    # "X said in its Green Book report" is X's
    return (None, EntityRecord(name=untagged, type="organization")) if untagged else None


def _untagged_outlet_name(owner: Token) -> str | None:
    """The name of an outlet the NER did not tag, as the owner of a piece of reporting: the run
    of capitalised words it ends ("a Daily Clarion article", "published by Zandor.com"),
    without the article; never a place or a person's name."""
    if owner.pos_ != "PROPN" or owner.ent_type_ in {"GPE", "LOC", "NORP", "PERSON", "DATE", "TIME"}:
        return None  # ("published in August": a date, no outlet)
    first = owner
    while (
        first.i > 0
        and first.doc[first.i - 1].pos_ == "PROPN"
        and first.doc[first.i - 1].text[:1].isupper()
        and first.doc[first.i - 1].head.i in range(first.i - 1, owner.i + 1)
    ):
        first = first.doc[first.i - 1]
    return first.doc[first.i : owner.i + 1].text


def _publisher(noun: Token) -> list[Token]:
    """The outlet that published a piece of reporting: "a report published in the Telegraph",
    "The report was published by Acme News"."""
    if noun.lower_ not in ARTICLE_NOUNS:
        return []
    verbs = [  # "a report published in X", "a report that was published in X"
        c
        for c in noun.children
        if c.dep_ in {"acl", "relcl"} and c.lower_ in PUBLISHING_PARTICIPLES
    ]
    if noun.dep_ == "nsubjpass" and noun.head.lower_ in PUBLISHING_PARTICIPLES:
        verbs.append(noun.head)
    return [
        g
        for verb in verbs
        for prep in verb.children
        if prep.dep_ in {"prep", "agent"} and prep.lower_ in PUBLISHING_PREPOSITIONS
        for g in prep.children
        if g.dep_ == "pobj"
    ]


def _coordinated_people(doc: Doc, cand: QuoteCandidate, entities: EntityTable) -> str | None:
    """'They' after 'The trio are Willie Walsh, Brian Dunne and Seamus Kearney': the people
    named together in the last sentences (joint sources are named 'A, B and C')."""
    if cand.source_head is None or doc[cand.source_head].lower_ not in {"they", "we", "their"}:
        return None
    head = doc[cand.source_head]
    sent = head.sent
    for _ in range(SALIENCE_SENTENCES - 1):  # this sentence and the two before
        sent = doc[max(0, sent.start - 1)].sent
    for tok in reversed(doc[sent.start : head.i]):
        conjuncts = [tok, *[c for c in tok.conjuncts if c.i > tok.i]]
        if tok.dep_ == "conj" or len(conjuncts) < 2:
            continue
        names = []
        for t in conjuncts:
            hit = entities.at(t.idx, t.idx + len(t.text))
            if hit is None or hit[1].type != "person":
                break
            names.append(hit[1].name)
        else:
            return ", ".join(names[:-1]) + " and " + names[-1]
    return None


def _joint_subject(doc: Doc, cand: QuoteCandidate, entities: EntityTable) -> str | None:
    """'SBC and AT&T said C': a joint source, named 'A and B' (the guidelines' form), when
    every conjunct is a named person or body."""
    if cand.source_head is None:
        return None
    head = doc[cand.source_head]
    conjuncts = [head, *[c for c in head.conjuncts if c.i > head.i]]
    if len(conjuncts) < 2 or head.dep_ == "conj":
        return None
    if not any(c.dep_ == "cc" and c.lower_ in {"and", "&"} for t in conjuncts for c in t.children):
        return None
    names = []
    for tok in conjuncts:
        hit = entities.at(tok.idx, tok.idx + len(tok.text))
        if hit is None and tok.tag_ == "NNS" and tok.is_lower:  # "rival unions and
            words = doc[tok.left_edge.i : tok.i + 1]  # several economists said": unnamed groups
            names.append(" ".join(t.text for t in words if t.lower_ != "the"))
            continue
        if hit is None and tok.is_lower and tok.lower_ in ORG_NOUNS:
            kept = [  # "Both the Tarvik government and Norair denied C": a named country's
                t  # government, without the determiner or the "both"
                for t in doc[tok.left_edge.i : tok.i + 1]
                if t.dep_ not in {"det", "preconj"}
            ]
            if len(kept) >= 2 and kept[0].text[:1].isupper():
                names.append(" ".join(t.text for t in kept))
                continue
        if hit is None or hit[1].type not in {"person", "organization", "group"}:
            return None
        names.append(hit[1].name)
    if len(set(names)) < len(names):
        return None
    return ", ".join(names[:-1]) + " and " + names[-1]


def _named_pair(
    doc: Doc, cand: QuoteCandidate, entities: EntityTable, contents: list[tuple[int, int]]
) -> str | None:
    """'The couple claimed…', and 'They said…' after it: the two people named last before the
    pair noun, outside quoted and reported contents, as a joint source 'A and B'."""
    if cand.source_head is None:
        return None
    head = doc[cand.source_head]
    pair = head if head.lower_ in PAIR_NOUNS else None
    if pair is None and head.lower_ in {"they", "we"}:
        start = head.sent.start
        if start > 0:
            start = doc[start - 1].sent.start
        pair = next(
            (
                t
                for t in reversed(doc[start : head.i])
                if t.lower_ in PAIR_NOUNS and t.dep_ in SUBJECT_DEPS
            ),
            None,
        )
    if pair is None or not any(c.lower_ == "the" for c in pair.children):
        return None
    people: list[tuple[int, str]] = []
    for _id, record, m in entities.mentions_before(pair.idx):
        if record.type != "person" or any(s <= m.start < e for s, e in contents):
            continue
        if record.name not in {name for _, name in people}:
            people.append((record.mentions[0].start, record.name))
        if len(people) == 2:
            break
    if len(people) < 2:
        return None
    first, second = sorted(people)
    return f"{first[1]} and {second[1]}"


def _finding_goes_on(
    doc: Doc,
    cand: QuoteCandidate,
    entities: EntityTable,
    earlier: list[Speaker],
    contents: list[tuple[int, int]],
) -> Speaker | None:
    """'But the report suggests C. It found D': an 'it' in the paragraph of a quote whose
    source is a report, a survey, a statement or a paper, with no body named between them outside
    quoted and reported contents, goes on quoting that document: its stated author when it
    has one ("A report by X predicted C. It says D", "X's statement said C. It added D"),
    else the document itself."""
    if cand.source_head is None or cand.source is None or not earlier:
        return None
    if doc[cand.source_head].lower_ != "it":
        return None
    last = earlier[-1]
    if last.start is None or last.end is None:
        return None
    if (last.start, last.end) == cand.source and last.entity_id is None:
        return last  # "…, it said, adding C": the very 'it' of the quote before
    head = (last.mention or "").lower().split()[-1:]
    if not head or head[0] not in FINDING_NOUNS | DOCUMENT_NOUNS | NEWSPAPER_NOUNS:
        return None  # ("The paper said C. It also said D": the paper)
    if last.end > cand.source[0] or not _same_or_next_paragraph(doc, last.end, cand.source[0]):
        return None
    own = _phrase_extent(doc, last.start, last.end)  # "the leaflet, published by X and Y,"
    for _id, other, m in entities.mentions_before(cand.source[0]):
        if m.end <= own[1]:
            break
        if other.type == "organization" and not any(s <= m.start < e for s, e in contents):
            return None
    return last


def _phrase_extent(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The characters of the noun phrase a mention heads, with its modifiers ("the leaflet,
    published jointly by X and Y,"), else the mention itself."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return start, end
    head = span.root
    right = max(head.right_edge.i, span.end - 1)
    if head.dep_ in {"nsubj", "nsubjpass"} and head.i < head.head.i <= right:
        right = max(span.end - 1, head.head.i - 1)  # a subject never runs into its verb
    return start, max(end, doc[right].idx + len(doc[right].text))


def _same_or_next_paragraph(doc: Doc, before: int, after: int) -> bool:
    """Whether offset ``after`` is in the paragraph of ``before``, or in the first sentence of
    the next one ('… said the leaflet.\n\nAs a rule, C, it said')."""
    text = text_of(doc)
    gap = text[before:after]
    if "\n" not in gap:
        return True
    if any(p.strip() for p in gap.split("\n")[1:-1]):
        return False  # a paragraph between them
    at = doc.char_span(after, min(after + 1, len(text)), alignment_mode="expand")
    if at is None:
        return False
    opening = text.rfind("\n", 0, after) + 1
    return not text[opening : at[0].sent.start_char].strip()


def _plaintiff(
    doc: Doc, cand: QuoteCandidate, entities: EntityTable, earlier: list[Speaker]
) -> Speaker | None:
    """'The lawsuit says C' after 'X has been sued by a make-up artist who…' (or 'X sued
    Y'): the one who sued, as an earlier quote resolved them, else as named."""
    if cand.source_head is None or cand.source is None:
        return None
    head = doc[cand.source_head]
    if head.lower_ not in LAWSUIT_NOUNS:
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is not None and owner.lower_ not in PRONOUN_GENDER:
        return _possessor(doc, owner, entities, earlier)  # "Ms Baker's lawsuit": hers
    for verb in reversed(doc[max(0, head.i - LOOKBACK_TOKENS) : head.i]):
        filed = verb.lower_ in FILING_VERBS and any(
            c.dep_ == "dobj" and c.lower_ in LAWSUIT_NOUNS for c in verb.children
        )
        if verb.lower_ not in SUING_VERBS and not filed:
            continue
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        who = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
        if who is None and (verb.tag_ != "VBN" or filed):
            who = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if who is None:
            continue
        for speaker in reversed(earlier):  # "a make-up artist who claimed C": as resolved
            if speaker.start is not None and speaker.end is not None:
                if who.left_edge.idx <= speaker.start <= who.right_edge.idx:
                    return speaker
        hit = entities.at(who.idx, who.idx + len(who.text))
        if hit is not None and hit[1].type in {"person", "organization", "group"}:
            return Speaker(name=hit[1].name, entity_id=hit[0])
        break
    if owner is not None:  # "Her lawsuit said C": whoever she is
        return _possessor(doc, owner, entities, earlier)
    return None


def _possessor(
    doc: Doc, owner: Token, entities: EntityTable, earlier: list[Speaker]
) -> Speaker | None:
    """Who 'her' or 'Ms Jones's' stands for: the named owner, else the person in view of the
    pronoun's gender (the latest earlier speaker first)."""
    hit = entities.at(owner.idx, owner.idx + len(owner.text))
    if hit is not None and hit[1].type in {"person", "organization", "group"}:
        return Speaker(name=hit[1].name, entity_id=hit[0])
    gender = PRONOUN_GENDER.get(owner.lower_)
    if gender is None:
        return None
    text = text_of(doc)
    for speaker in reversed(earlier):
        record = entities.by_id(speaker.entity_id) if speaker.entity_id else None
        if record is not None and record.type == "person":
            if _gender_of(record, text, doc) in {None, gender}:
                return speaker
            break
    found = Salience(doc, entities, earlier, []).most_salient(
        owner.idx, {"person"}, lambda r: _gender_of(r, text, doc) in {None, gender}
    )
    return Speaker(name=found[1].name, entity_id=found[0]) if found is not None else None


def _unnamed_last_speaker(
    doc: Doc,
    cand: QuoteCandidate,
    entities: EntityTable,
    earlier: list[Speaker],
    contents: list[tuple[int, int]],
) -> Speaker | None:
    """'he' or 'she' right after a quote of an unnamed person ('said one broker. He forecast
    …'), or a plain description ('the woman'): that person again, when no person is named
    between them outside quoted contents."""
    if cand.source_head is None or cand.source is None or not earlier:
        return None
    head = doc[cand.source_head]
    last = earlier[-1]
    if (last.start, last.end) == cand.source and last.entity_id is None and last.name:
        return last  # '"A," he said. "B."': the continuation's 'he' is the very same mention
    # "… sued by a make-up artist who claimed … The woman said"
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    plain = head.lower_ in PLAIN_PERSON_NOUNS and the
    if (
        head.lower_ not in {"he", "she"}
        and not plain
        or last.entity_id is not None
        and not _untagged_person(last, entities)
        or last.start is None
        or last.end is None
        or last.end > cand.source[0]
    ):
        return None
    named = _untagged_person(last, entities) and head.lower_ in {"he", "she"}
    if not named and not (last.name or "").lower().startswith(
        ("a ", "an ", "one ", "another ", "his ", "her ", "their ")
    ):  # an unnamed person, or one described by kin or trade ("his aunt", "her agent")
        return None
    words = f"{last.name} {last.mention or ''}".lower().split()  # the mention may be "who"
    kinds = PERSON_NOUNS | PLAIN_PERSON_NOUNS | FEMALE_NOUNS | MALE_NOUNS  # ("A Welsh woman …
    # The retired woman says", "his aunt")
    if not named and (not words or not any(w.split("-")[-1] in kinds for w in words)):
        return None  # "a spokesman for X" is named for X; "a report" is no person
    here = doc.char_span(last.start, last.end, alignment_mode="expand")
    if here is None:
        return None
    gap = doc[here[0].sent.end : head.sent.start] if here[0].sent.end < head.sent.start else None
    if (
        gap is not None
        and _writer_words(doc, gap.start_char, gap.end_char, contents)
        and not _personless_aside(doc, gap, last.end, cand.source[0])
    ):
        return None  # only from this sentence or the one before (a closing mark the parser
        # split off as a sentence of its own is no sentence between them)
    gender = PRONOUN_GENDER.get(head.lower_)
    stated = {_noun_gender(w) for w in words} - {None}
    if gender is not None and stated and gender not in stated:
        return None  # "…," a spokesman said. She insisted…: somebody else
    for _id, record, m in entities.mentions_before(cand.source[0]):
        if m.end <= last.end:
            break
        if record.type == "person" and not any(s <= m.start < e for s, e in contents):
            return None
    return last


def _personless_aside(doc: Doc, gap: TokenSpan, before: int, after: int) -> bool:
    """'A spokesman for X said C. But the rules allowed D. "E," he said.': one sentence of
    the writer's between the unnamed speaker and the pronoun, in the same paragraph, that
    brings in no other person (no person noun, name or pronoun): the speaker stays in view."""
    if "\n" in text_of(doc)[before:after]:
        return False
    sentences = {t.sent.start for t in gap if not t.is_space and not t.is_punct}
    if len(sentences) > 1:
        return False
    return not any(
        t.lower_ in PERSON_NOUNS | PLAIN_PERSON_NOUNS
        or t.lower_ in PRONOUN_GENDER
        or t.ent_type_ == "PERSON"
        for t in gap
    )


def _writer_words(doc: Doc, start: int, end: int, contents: list[tuple[int, int]]) -> bool:
    """Words of the writer's own between two offsets: not quotation marks, and not inside a
    quote's content ('said one broker. "C." He says' has none between broker and 'He')."""
    text = text_of(doc)
    return any(
        not text[i].isspace()
        and text[i] not in QUOTE_EDGES + ".,"
        and not any(s <= i < e for s, e in contents)
        for i in range(start, end)
    )


def _untagged_person(speaker: Speaker, entities: EntityTable) -> bool:
    """'Zelda Crane, shadow minister for housing, told a radio show C. She said D' where the
    NER tagged no one: a speaker named by a full name of their own, with a person's title."""
    name = speaker.name or ""
    record = entities.by_id(speaker.entity_id) if speaker.entity_id else None
    return (
        (record is None or record.type != "person")  # none, or a body the NER made of it
        and bool(speaker.role)
        and len(name.split()) >= 2
        and looks_like_name(name)
    )


def _noun_gender(word: str) -> str | None:
    """'m' or 'f' for a person noun that states a gender ("spokeswoman", "father")."""
    word = word.split("-")[-1]
    if word in FEMALE_NOUNS or word.endswith(("woman", "women")):
        return "f"
    if word in MALE_NOUNS or word.endswith(("man", "men")) and word not in {"human", "humans"}:
        return "m"
    return None


def _plural_subject(doc: Doc, cand: QuoteCandidate, contents: list[tuple[int, int]]) -> str | None:
    """'they' after 'MPs bombarded the minister with requests as they complained…': the
    nearest plural noun of people that is a subject in this sentence or the one before,
    outside quoted and reported contents ("unions", "MPs", "critics")."""
    if cand.source_head is None or doc[cand.source_head].lower_ not in {"they", "we"}:
        return None
    head = doc[cand.source_head]
    start = head.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    for tok in reversed(doc[start : head.i]):
        if (
            tok.dep_ in SUBJECT_DEPS
            and (tok.tag_ in {"NNS", "NNPS"} or tok.tag_ == "NNP" and tok.text.endswith("s"))
            and not any(c.dep_ == "poss" for c in tok.children)
            and not any(s <= tok.idx < e for s, e in contents)
        ):
            if _bodies_noun(tok):  # "Major companies including X and Y have … They warned"
                return _modified_noun(tok, {"compound", "nmod", "amod"})
            if _people_noun(tok.text):
                return tok.text
    # No plural subject: "X attacked US tabloid magazines after they reported C" — the
    # nearest plural of people or bodies in this sentence, whatever its role
    for tok in reversed(doc[head.sent.start : head.i]):
        if (
            tok.tag_ == "NNS"
            and (_people_noun(tok.text) or _bodies_noun(tok))
            and not any(c.dep_ == "poss" for c in tok.children)
            and not any(s <= tok.idx < e for s, e in contents)
            and tok.head.i != head.i
        ):
            return _modified_noun(tok, {"compound", "nmod"})
    return None


def _bodies_noun(tok: Token) -> bool:
    """'companies', 'magazines', 'banks': a plural of a kind of organisation."""
    word = tok.lower_
    return word.endswith("s") and singular(word) in ORG_NOUNS


def _modified_noun(tok: Token, deps: set[str]) -> str:
    """The noun with the modifiers before it ("US tabloid magazines", "Major companies")."""
    words = [c for c in tok.lefts if c.dep_ in deps]
    first = words[0].left_edge if words else tok
    return tok.doc[first.i : tok.i + 1].text


def _people_noun(word: str) -> bool:
    """'MPs', 'unions', 'analysts', 'critics': a plural of a person or group noun."""
    lower = word.lower()
    one = singular(lower)  # "witnesses": a witness
    return (
        one in PERSON_NOUNS | PLAIN_PERSON_NOUNS or lower in SPEAKING_NOUNS or one in SPEAKING_NOUNS
    )


def _party_name(mention: str) -> str | None:
    """'The Lib Dems' → 'Liberal Democrats' when NER has not tagged the party."""
    words = mention.split()
    bare = " ".join(words[1:]) if words and words[0].lower() == "the" else mention
    return PARTY_ALIASES.get(bare)


def _outlet_name(doc: Doc, cand: QuoteCandidate) -> str | None:
    """'the newspaper' after 'The Australian newspaper': the outlet's own words."""
    if cand.source_head is None:
        return None
    head = doc[cand.source_head]
    if head.lower_ not in OUTLET_NOUNS or any(c.dep_ == "compound" for c in head.children):
        return None
    same = NEWSPAPER_NOUNS if head.lower_ in NEWSPAPER_NOUNS else {head.lower_}
    for tok in reversed(doc[max(0, head.i - LOOKBACK_TOKENS) : head.i]):
        if tok.lower_ in same and (name := _outlet_words(doc, tok)):
            return name
    return None


def _outlet_named_next(doc: Doc, cand: QuoteCandidate) -> str | None:
    """'…, according to newspaper reports.' in a lede, then 'X was quoted by The Australian
    newspaper': the reports are that outlet's (a lede names its source next)."""
    if cand.source_head is None or cand.source is None or not _in_lede(doc, cand.source[0]):
        return None
    head = doc[cand.source_head]
    if head.lower_ not in {"report", "reports"} or not any(
        c.lower_ in OUTLET_NOUNS for c in head.children if c.dep_ in {"compound", "amod", "nmod"}
    ):
        return None
    sent = head.sent
    end = sent.end
    for _ in range(LEDE_SENTENCES):  # the next two sentences with words
        if end >= len(doc):
            break
        end = doc[end].sent.end
    for tok in doc[sent.end : end]:
        if tok.lower_ in OUTLET_NOUNS and (name := _outlet_words(doc, tok)):
            return name
    return None


def _outlet_words(doc: Doc, noun: Token) -> str | None:
    """The title-case words naming an outlet before its noun ('The Australian' of 'The
    Australian newspaper'), without the article."""
    names = [c for c in noun.lefts if c.dep_ in {"compound", "amod"} and c.is_title]
    if not names:
        return None
    first = names[0].left_edge
    first = first if first.dep_ != "det" else doc[first.i + 1]
    return doc[first.i : names[-1].i + 1].text


def _quantified_group(doc: Doc, cand: QuoteCandidate) -> str | None:
    """'most' in '… spoke to a number of analysts. … most thought': the group named before."""
    if cand.source_head is None:
        return None
    head = doc[cand.source_head]
    if head.lower_ not in QUANTIFIERS or any(c.dep_ == "prep" for c in head.children):
        return None
    for tok in reversed(doc[max(0, head.i - LOOKBACK_TOKENS // 4) : head.i]):
        if tok.tag_ == "NNS" and (
            tok.lower_ in ROLE_NOUNS or tok.lower_.rstrip("s") in PERSON_NOUNS
        ):
            return tok.lower_
    return None


# A lede is the headline and the first body sentence; news names its subject right after.
LEDE_SENTENCES = 2


def _in_lede(doc: Doc, offset: int) -> bool:
    for i, sent in enumerate(doc.sents):
        if i >= LEDE_SENTENCES:
            return False
        if sent.start_char <= offset < sent.end_char:
            return True
    return False


def _head_word(doc: Doc, cand: QuoteCandidate, words: list[str]) -> str:
    """The description's head noun ("MP" in "the MP for Ealing North"; "co-chairman")."""
    if cand.source_head is None:
        return words[-1]
    head = doc[cand.source_head]
    if head.i >= 2 and doc[head.i - 1].text == "-" and not doc[head.i - 1].whitespace_:
        return f"{doc[head.i - 2].lower_}-{head.lower_}"
    return head.lower_


def description_role(doc: Doc, cand: QuoteCandidate, entities: EntityTable) -> str | None:
    """A resolved definite description states a role: "the MP for Ealing North" → "MP for
    Ealing North" (its determiner and a possessive dropped)."""
    if cand.source is None or cand.source_head is None:
        return None
    head = doc[cand.source_head]
    source = antecedent_span(doc, cand) or cand.source  # "a make-up artist who claimed"
    if source != cand.source:
        head = head.head.head
    if (
        not _is_title_head(head)
        or head.lower_ in SPOKES_NOUNS
        or not head.is_lower
        and (head.pos_ == "PROPN" and not head.is_upper)
        and not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    ):  # "the Trade and Industry Secretary" is a title, capitals and all
        return None
    span = doc.char_span(*source, alignment_mode="expand")
    if span is None:
        return None
    owners = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}
    words = [
        t
        for t in span
        if t.i not in owners
        and (
            t.dep_ not in {"det", "poss", "case", "nummod"}
            and not t.is_punct
            or t.text == "-"
            or _hyphen_joined(t)  # "the two-time champion": "two" is part of the word
        )
    ]
    whole = list(words)
    while (  # "the Texas attorney general"; not "London-based broker"
        len(words) > 1 and _affiliation(words[0], entities) and words[1].text != "-"
    ):
        words.pop(0)
    if words and words[0].dep_ in {"cc", "prep"}:
        words = whole  # "the Trade and Industry Secretary": the affiliation is the office
    text = "".join(t.text_with_ws for t in words).strip()
    return text or None


def _hyphen_joined(tok: Token) -> bool:
    """A token written against a following hyphen ("two" of "two-time", "Tarvik" of
    "Tarvik-based"): one word with what comes after it."""
    doc = tok.doc
    return (
        not tok.whitespace_
        and tok.i + 2 < len(doc)
        and doc[tok.i + 1].text == "-"
        and not doc[tok.i + 1].whitespace_
    )


def _entity_at_head(
    doc: Doc, cand: QuoteCandidate, entities: EntityTable
) -> tuple[str | None, EntityRecord] | None:
    """The entity the source mention's head word belongs to: "Russia's newspapers" and "a US
    airline attendant" are not Russia or the United States, whose names only modify them."""
    assert cand.source is not None
    if cand.source_head is None:
        return entities.at(*cand.source)
    head = doc[cand.source_head]
    if head.pos_ == "PRON" or head.lower_ in PERSON_PRONOUNS | THING_PRONOUNS | GROUP_PRONOUNS:
        return None
    hit = entities.at(head.idx, head.idx + len(head.text))
    if hit is not None and hit[1].type == "place":
        hit = _body_before_its_country(doc, head, entities) or hit
    if hit is not None and hit[1].type == "place" and head.pos_ == "PROPN":
        lead = [c for c in head.lefts if c.dep_ == "compound" and c.text[:1].isupper()]
        if lead and not any(m.start <= lead[0].idx < m.end for m in hit[1].mentions):
            if entities.at(lead[0].idx, lead[0].idx + len(lead[0].text)) is None:
                return None  # "Universities UK", "Athletics Ireland": a body whose name
                # ends with its country, not the country
    # "The Lord Chief Justice, Lord Woolf, said": a title in capitals, a name set beside it
    titled = head.pos_ == "PROPN" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in head.children
    )
    if hit is None and (_is_title_head(head) or head.is_lower or titled):
        for appos in (c for c in head.children if c.dep_ == "appos"):
            named = entities.at(appos.idx, appos.idx + len(appos.text))
            if named is None and appos.text in POSTNOMINALS:  # "…, Tom Bracken MSP, said"
                named = entities.at(appos.left_edge.idx, appos.idx)
            if named is not None and named[1].type in {"person", "organization", "group"}:
                return named  # "The city's transport chief, Ana Lopez, said"; "The MP for X, Y"
    if (
        hit is None
        and _is_title_head(head)
        and _in_lede(doc, head.idx)
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    ):
        return None  # a lede's "the Trade and Industry Secretary has said": a title, no body
    if hit is None and head.is_upper and len(head.text) >= 2:
        hit = _expanded_acronym(head.text, entities)  # "the FT": the Financial Times
    if hit is None and _untagged_name(head, entities):
        return None  # "England sevens coach Mike Friday": not England
    if hit is None and _is_title_head(head) and _apposed_name(head) is not None:
        return None  # "The Shadow Secretary for X, Ann Roe, said": Ann Roe, whom the NER
        # missed, not a body named inside the title
    if hit is None and head.is_lower and head.lower_ in DESCRIPTIVE_PERSON_NOUNS:
        return None  # "The Holland international said", its head read as a name: a player
        # described, not the country that modifies the noun
    if hit is not None or head.pos_ == "PROPN" or not head.is_lower:
        return hit or _unless_a_modifying_place(entities.at(*cand.source), head)
    if head.lower_ in ORG_NOUNS:  # "Us magazine", "the Interfax news agency"
        named = entities.at(*cand.source)
        if named is not None and named[1].type == "organization":
            return named
    return None  # a common noun: a description, resolved below


def _body_before_its_country(
    doc: Doc, head: Token, entities: EntityTable
) -> tuple[str, EntityRecord] | None:
    """'Amnesty International UK', 'Oxfam Ireland': a country's name that ends a body's name
    names the body's branch, not the country."""
    text = text_of(doc)
    for _id, record, m in entities.mentions_before(head.idx):
        if m.end <= head.idx and not text[m.end : head.idx].strip():
            return (_id, record) if record.type == "organization" else None
        if m.end < head.idx:
            return None
    return None


def _unless_a_modifying_place(
    found: tuple[str, EntityRecord] | None, head: Token
) -> tuple[str | None, EntityRecord] | None:
    """The entity inside a source mention, unless it is a place that only modifies the
    mention's common-noun or title head: "Ghana's interior ministry", "The Mother Superior of
    the abbey of St. Hilda of San Marino" are not the country or the town."""
    if found is None or found[1].type != "place":
        return found
    for m in found[1].mentions:
        if m.start <= head.idx < m.end:
            return found
        span = head.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or head not in span.root.ancestors:
            continue
        path = [span.root, *[t for t in span.root.ancestors if head in t.ancestors]]
        if any(t.dep_ in {"poss", "pobj"} for t in path):
            return None  # an owner or a place of origin, not a modifier ("US officials")
        between = head.doc[span.end : head.i]
        if not head.is_lower and any(t.pos_ == "NOUN" and t.is_lower for t in between):
            # "US research think-tank Pew Internet": the place modifies the kind of body,
            # whose name (the NER missed it) is the capitalised words ending at the head
            first = head
            while first.i > span.end and first.doc[first.i - 1].text[:1].isupper():
                first = first.doc[first.i - 1]
            name = head.doc[first.i : head.i + 1].text
            return None, EntityRecord(name=name, type="organization")
    return found


def _expanded_acronym(acronym: str, entities: EntityTable) -> tuple[str, EntityRecord] | None:
    """The organisation whose capitalised words' initials spell ``acronym`` ("FT")."""
    for i, rec in enumerate(entities.records):
        initials = "".join(w[0] for w in rec.name.split() if w[:1].isupper())
        if rec.type == "organization" and len(rec.name.split()) >= 2 and initials == acronym:
            return f"E{i + 1}", rec
    return None


def _is_title_head(tok: Token) -> bool:
    """A noun that heads a title: 'executive', 'co-chairman', and 'general' after a title word
    ('attorney general', 'secretary general')."""
    word = tok.lower_
    if _title_word(word) or _title_word(word.split("-")[-1]):
        return True
    return word in TITLE_TAILS and tok.i > 0 and tok.doc[tok.i - 1].lower_ in PERSON_NOUNS


def _cut_off_title_word(tok: Token, after: Token) -> bool:
    """A title word the parser split off: 'Chief' before 'executive Geoff Dixon', or a line's
    first word parsed as a sentence of its own ('Coach | Marcus Reed', 'Energy | Minister X')."""
    if tok.lower_ in ROLE_MODIFIERS:
        return True
    line_start = tok.i == 0 or "\n" in tok.doc[tok.i - 1].text_with_ws
    return (
        line_start
        and tok.dep_ == "ROOT"
        and tok.is_alpha
        and not list(tok.children)
        and (tok.lower_ in PERSON_NOUNS or after.lower_ in PERSON_NOUNS)
    )


# Sentences a pronoun looks back over for a subject before taking the nearest mention.
SALIENCE_SENTENCES = 3
# What may stand at a sentence's ends around a quotation's words.
QUOTE_EDGES = " \t\n\"“”'‘’"


class Salience:
    """Which entity a pronoun or description most likely stands for, as a careful reader
    takes it: the latest entity that was the subject of a sentence (or the source of a quote)
    in the last few sentences, outside quoted and reported contents; else the nearest mention."""

    def __init__(
        self,
        doc: Doc,
        entities: EntityTable,
        earlier: list[Speaker],
        contents: list[tuple[int, int]],
        referents: list[tuple[int, int, str]] | None = None,
    ) -> None:
        self.doc, self.entities, self.contents = doc, entities, contents
        self.referents = referents if referents is not None else []
        named = {(m.start, m.end) for r in entities.records for m in r.mentions}
        # a quote's source that was "he" or "she", the subject of its main clause ('"C," he
        # said'), is a mention of whom it was resolved to: a later description or pronoun may
        # take it up after the name itself has gone out of view
        self.resolved_sources = [
            (s.start, s.end, s.entity_id)
            for s in earlier
            if s.start is not None
            and s.end is not None
            and s.entity_id is not None
            and (s.start, s.end) not in named
            and (s.mention or "").lower() in PERSON_PRONOUNS
            and self._main_subject(s.start, s.end)
        ]
        self.earlier = earlier
        self.profiles: dict[str, Profile] = {}
        self.sources = {
            (s.start, s.end) for s in earlier if s.start is not None and s.end is not None
        }

    def _main_subject(self, start: int, end: int) -> bool:
        """Whether the mention is the subject of a main clause ('"C," he said')."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.root.dep_ not in SUBJECT_DEPS:
            return False
        verb = span.root.head
        return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")

    def _inside_content(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.contents)

    def _subject_rank(self, start: int, end: int) -> int:
        """0: the source of an earlier quote or a main clause's subject; 1: another subject;
        2: any other mention."""
        if any(s <= start and end <= e for s, e in self.sources):
            return 0
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return 2
        root = span.root
        if (
            root.dep_ == "ROOT"
            and root.pos_ == "PROPN"
            and not any(t.pos_ in {"VERB", "AUX"} for t in root.sent)
        ):  # "Ana Roe, producer of the show Later..." cut off from its verb by the splitter:
            return 0  # the name a verbless sentence holds up is its subject
        if _introduced_by_who(root):  # "the exit of developer Sam Ferris, who had
            return 0  # grown tired …": the person a relative clause is about is the topic
        if root.dep_ == "attr" and root.pos_ == "PROPN" and root.head.lower_ in COPULAS:
            described = [c for c in root.head.children if c.dep_ == "nsubj"]
            if described and described[0].pos_ == "NOUN":  # "The show's director is Ana Roe":
                root = described[0]  # the name the description's subject is given
        if root.dep_ == "compound" and root.head.text in POSTNOMINALS:
            root = root.head  # "Ann Vale QC quit": the parser's subject is the letters
        if (
            root.dep_ == "pobj"
            and root.ent_type_ == "PERSON"
            and root.head.dep_ == "prep"
            and root.head.head.dep_ in SUBJECT_DEPS
            and _is_title_head(root.head.head)
            and root.head.head.right_edge.i == root.i
        ):  # "Real Madrid director of sport Ana Roe praised": the name closes its title, the
            root = root.head.head  # parser's subject
        if root.dep_ == "appos" and _listed_after_a_name(root):
            return 2  # "Lee, Ann Vane, Ivo Marr and Cate Roe have all won": the parser's
            # apposition is a list; the subject is its first name, not each name after it
        if root.dep_ == "appos":  # "The BBC's correspondent in Lagos, Anne Soyer, told": the
            root = root.head  # name stands for the subject it is apposed to
            if root.dep_ == "pobj" and root.head.dep_ == "prep":
                root = root.head.head
        naming = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "as" else None
        if (
            naming is not None
            and naming.lower_ in NAMING_PARTICIPLES
            and naming.dep_ in {"relcl", "acl"}
        ):  # "The nurse, known to readers as Tia, wrote": the name she goes by
            root = naming.head
        if root.dep_ not in SUBJECT_DEPS:
            return 2
        verb = root.head
        if verb.dep_ in {"aux", "auxpass"} and verb.head.i != verb.i:
            verb = verb.head  # "But Ann Roe is determined C": the parser hung the subject on
            # the auxiliary; the clause is its verb's
        main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
        return 0 if main else 1

    def _in_participle_clause(self, mention: Mention) -> bool:
        """'Asked if Mr Reed would return, he replied': a name inside a subjectless participle
        clause (or a participle's agent in a fronted phrase) is what the clause is about; its
        understood subject is the main clause's."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        for tok in span.root.ancestors:
            if (
                tok.dep_ == "advcl"
                and tok.tag_ in {"VBN", "VBG"}
                and not any(c.dep_ in SUBJECT_DEPS for c in tok.children)
            ):
                return True
        # "At a conference hosted by Ann Roe, he said": the agent of a participle that
        # describes a noun in a fronted phrase is what the phrase is about, not the
        # sentence's subject
        root = span.root
        agent = root.head if root.dep_ == "pobj" else None
        return (
            agent is not None
            and agent.dep_ == "agent"
            and agent.head.dep_ == "acl"
            and agent.head.tag_ == "VBN"
            and any(t.dep_ == "prep" and t.i < root.i for t in agent.head.ancestors)
        )

    def _in_reported_clause(self, mention: Mention) -> bool:
        """Whether a mention lies in a clause reported by a verb of saying, not as its subject
        ("insisted talk of leaving Redbridge is …"), even where no quote was found."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.root.dep_ in SUBJECT_DEPS and span.root.head.dep_ != "ccomp":
            return False
        for tok in span.root.ancestors:
            if tok.dep_ == "ccomp" and verb_lemma(tok.head.text) is not None:
                return not any(
                    c.dep_ in SUBJECT_DEPS and span.root in c.subtree and c.i == span.root.i
                    for c in tok.children
                )
        return False

    def _mentions_before(self, before: int) -> Iterator[tuple[str, EntityRecord, Mention]]:
        """Entity mentions and resolved descriptions ending by ``before``, latest first."""
        extra = sorted(
            (
                (s, e, entity_id)
                for s, e, entity_id in self._all_referents()
                if e <= before and self.entities.by_id(entity_id) is not None
            ),
            reverse=True,
        )
        k = 0
        for entity_id, record, mention in self.entities.mentions_before(before):
            while k < len(extra) and extra[k][0] > mention.start:
                yield self._referent(extra[k])
                k += 1
            yield entity_id, record, mention
        for item in extra[k:]:
            yield self._referent(item)

    def _all_referents(self) -> list[tuple[int, int, str]]:
        """Resolved narrative descriptions (a list still being filled) and resolved sources."""
        seen = {(s, e) for s, e, _ in self.referents}
        return self.referents + [r for r in self.resolved_sources if (r[0], r[1]) not in seen]

    def _referent(self, item: tuple[int, int, str]) -> tuple[str, EntityRecord, Mention]:
        start, end, entity_id = item
        record = self.entities.by_id(entity_id)
        assert record is not None
        return entity_id, record, Mention(start, end, text_of(self.doc)[start:end], "REF")

    def next_subject(self, after: int, types: set[str]) -> tuple[str, EntityRecord] | None:
        """A lede's description named in the next two sentences ("…, the lord chancellor has
        said. Lord Falconer said…"): the first subject of a fitting type there."""
        here = self.doc.char_span(after - 1, after, alignment_mode="expand")
        if here is None:
            return None
        sent = here[-1].sent
        if sent.end >= len(self.doc):
            return None
        following = self.doc[sent.end].sent  # the next sentence with words, and one more
        while not following.text.strip() and following.end < len(self.doc):
            following = self.doc[following.end].sent
        if following.end < len(self.doc):  # ("…, the lord chancellor has said. Ministers have
            following = self.doc[following.end].sent  # been accused… Lord Falconer said")
        limit = following.end_char
        for i, record in enumerate(self.entities.records):
            if record.type not in types:
                continue
            for m in record.mentions:
                if (
                    after <= m.start < limit
                    and self._subject_rank(m.start, m.end) < 2
                    and not self._acted_on(m)
                ):
                    return f"E{i + 1}", record
        return None

    def _acted_on(self, mention: Mention) -> bool:
        """A passive clause's subject ("Tom Vane was shot on Monday"): whom something befell,
        not whom a description of a speaker ("the mayor said") stands for."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and span.root.dep_ == "nsubjpass"

    def introduced_next(self, after: int) -> tuple[str, EntityRecord] | None:
        """The person first named in the next sentence of the paragraph, as its subject, with
        no title stated there or elsewhere: whom a description just before stands for."""
        here = self.doc.char_span(after - 1, after, alignment_mode="expand")
        if here is None or here[-1].sent.end >= len(self.doc):
            return None
        following = self.doc[here[-1].sent.end].sent
        for i, record in enumerate(self.entities.records):
            first = record.mentions[0] if record.mentions else None
            if (
                record.type == "person"
                and first is not None
                and following.start_char <= first.start < following.end_char
                and "\n" not in self.doc.text[after : first.start]  # the same paragraph
                and self._subject_rank(first.start, first.end) == 0
                and not self._acted_on(first)
                and not self.profiles.get(f"E{i + 1}", Profile()).role
            ):
                return f"E{i + 1}", record
        return None

    def most_salient(
        self,
        before: int,
        types: set[str],
        accept: Callable[[EntityRecord], bool] | None = None,
    ) -> tuple[str, EntityRecord] | None:
        doc = self.doc
        here = doc.char_span(before, before + 1, alignment_mode="expand")
        window_start = sent_start = 0
        if here is not None:
            sent = here[0].sent
            sent_start = sent.start_char
            counted = 0
            while counted < SALIENCE_SENTENCES and sent.start > 0:
                sent = doc[sent.start - 1].sent
                # a sentence wholly inside a quotation is what someone said, not narrative:
                # a long quote does not push its speaker out of view
                words = sent.text.strip(QUOTE_EDGES + ".,;:!?")  # (a stop after the mark)
                if not words:
                    continue
                first = sent.start_char + sent.text.index(words)
                if not self._inside_content(first, first + len(words)):
                    counted += 1
            window_start = sent.start_char
        best: tuple[tuple[int, int, int], str, EntityRecord] | None = None
        subject_pronoun = here is not None and here[0].dep_ in {"nsubj", "nsubjpass"}
        for order, (entity_id, record, mention) in enumerate(self._mentions_before(before)):
            if mention.start < window_start:
                break
            if record.type not in types or (accept is not None and not accept(record)):
                continue
            if record.name.islower() or self._inside_content(mention.start, mention.end):
                continue  # "unions" is no name; a name inside a quote is not in view
            if record.type in {"group", "person"} and mention.is_compound_only:
                continue  # "the Catholic archbishop", "an Armani dress": a modifier, not in view
            # The same sentence first ("In a statement from X, the company denied…"), then
            # subjects of main clauses, then other subjects, then the latest mention.
            same = mention.start >= sent_start and not self._in_participle_clause(mention)
            rank = -1 if same else self._subject_rank(mention.start, mention.end)
            # in the same sentence, a subject pronoun takes a subject before an object or a
            # name inside what somebody said ("Kovacs insisted talk of leaving Redbridge was
            # nonsense, he conceded"; a possessive "his" may take the nearest name)
            sub = int(
                same
                and (
                    self._in_reported_clause(mention)
                    or subject_pronoun
                    and self._subject_rank(mention.start, mention.end) == 2
                )
            )
            key = (rank, sub, order)
            if best is None or key < best[0]:
                best = (key, entity_id, record)
        if best is not None:
            return best[1], best[2]
        return self.entities.nearest_before(  # "unions" is no name; "Armani" only a modifier
            before,
            types,
            lambda r: (
                not r.name.islower()
                and not (
                    r.type in {"group", "person"} and all(m.is_compound_only for m in r.mentions)
                )
                and (accept is None or accept(r))
                and self._named_outside_contents(r, before)
            ),
        )

    def _named_outside_contents(self, record: EntityRecord, before: int) -> bool:
        """Whether the text names ``record`` before ``before`` outside quotation marks: a
        capitalised word that occurs only inside quotes ("Even NASA would love this one") is
        no body in view."""
        quoted = [(q.start, q.end) for q in find_quoted_spans(text_of(self.doc))]
        return any(
            m.end <= before and not any(s <= m.start and m.end <= e for s, e in quoted)
            for m in record.mentions
        )


def _listed_after_a_name(name: Token) -> bool:
    """A person's name the parser set in apposition to another person's name ("Lee, Ann Vane
    and Ivo Marr"): one item of a list, not a name given to the subject."""
    head = name.head
    return (
        name.pos_ == "PROPN"
        and name.ent_type_ == "PERSON"
        and head.pos_ == "PROPN"
        and head.ent_type_ == "PERSON"
    )


def _introduced_by_who(name: Token) -> bool:
    """A name set off by a comma before a relative 'who' clause of its own, as the last words
    of its sentence's main verb's phrase ("That prompted the withdrawal of X, who got
    frustrated …")."""
    doc = name.doc
    if name.i + 2 >= len(doc) or doc[name.i + 1].text != "," or doc[name.i + 2].lower_ != "who":
        return False
    return (
        any(c.dep_ == "relcl" and any(g.i == name.i + 2 for g in c.children) for c in name.children)
        and name.dep_ not in SUBJECT_DEPS
    )


def _named_in_content(record: EntityRecord, cand: QuoteCandidate) -> bool:
    """'He said Mr Baume was never present': a speaker does not name themselves in what they
    say, so a person named in a reported content is not the pronoun's referent (a direct quote
    may be a joke at one's own expense: "Campbell swears shock")."""
    if cand.kind not in {"indirect", "mixed"}:
        return False
    return any(cand.start <= m.start and m.end <= cand.end for m in record.mentions)


def _gender_of(record: EntityRecord, text: str, doc: Doc | None = None) -> str | None:
    """'m' or 'f' when the article calls the person Mr., Mrs. or Ms.; None when it never does
    (or both: then nothing is ruled out). Without an honorific, the pronouns of the sentences
    where the person is the only one named tell ("Tom Price said his firm had paid")."""
    found = set()
    for mention in record.mentions:
        before = text[max(0, mention.start - 6) : mention.start].split()
        words = mention.text.lower().split()[:1] + [w.lower() for w in before[-1:]]
        found |= {HONORIFIC_GENDER[w] for w in words if w in HONORIFIC_GENDER}
        found |= {RANK_GENDER[w] for w in words if w in RANK_GENDER}
    if not found and record.type == "person":  # "Sarah Jones … He said" is not Sarah Jones
        first = record.name.split()[0] if len(record.name.split()) >= 2 else ""
        found = (
            {"f"} if first in FEMALE_FIRST_NAMES else {"m"} if first in MALE_FIRST_NAMES else set()
        )
    if not found and doc is not None:  # after the first name: "Hugh Lee says she must rest"
        found = _pronoun_gender(record, doc)  # is about somebody else, not Hugh Lee
    return found.pop() if len(found) == 1 else None


def _pronoun_gender(record: EntityRecord, doc: Doc) -> set[str]:
    """The genders of the pronouns whose nearest governing clause has this person for its
    subject ("Tom Price said his firm had paid", "Mary Walsh sued, saying she was owed"), in
    the sentences that name the person, outside quotation marks."""
    found: set[str] = set()
    spans = [(m.start, m.end) for m in record.mentions]
    seen: set[int] = set()
    for start, end in spans:
        here = doc.char_span(start, end, alignment_mode="expand")
        if here is None or here[0].sent.start in seen:
            continue
        sent = here[0].sent
        seen.add(sent.start)
        quoted = {q for s, e in _marks_in(sent) for q in range(s, e)}
        for tok in sent:
            if tok.lower_ in PRONOUN_GENDER and tok.idx not in quoted:
                subject = _governing_subject(tok)
                if (
                    subject is not None
                    and subject.i < tok.i  # "He was fair, said Lau": fronted words are
                    and any(s <= subject.idx < e for s, e in spans)  # about someone else
                ):
                    found.add(PRONOUN_GENDER[tok.lower_])
    return found


def _governing_subject(pronoun: Token) -> Token | None:
    """The subject of the nearest clause above a pronoun that does not hold the pronoun."""
    for verb in pronoun.ancestors:
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        subject = subject_of(verb)
        if subject is None or pronoun in subject.subtree:
            continue
        return subject
    return None


def _marks_in(sent: TokenSpan) -> list[tuple[int, int]]:
    return [
        (sent.start_char + q.start, sent.start_char + q.end)
        for q in find_quoted_spans(sent.text, uses_single_marks(text_of(sent.doc)))
    ]


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
    if span is None or cand.source_head is None:
        return None
    # The noun the clause hangs on names it: "Culture, Media and Sport Secretary Joan Riley,
    # who said" is Joan Riley, however long the title before her
    who = doc[cand.source_head]
    noun = who.head.head
    # (the parser may hang the clause on the title's first word and the name on it as an
    # apposition: then the apposed name before the pronoun is the antecedent)
    apposed = [c for c in noun.children if c.dep_ == "appos" and c.i < who.i]
    if apposed:
        noun = apposed[-1]
    before = doc[who.i - 2] if who.i >= 2 and doc[who.i - 1].text == "," else doc[who.i - 1]
    person = entities.at(before.idx, before.idx + len(before.text))
    if noun.pos_ == "PROPN" and person is not None and person[1].type == "person":
        return person  # (or hang it on the title's first word, the name joined to its list)
    inside = entities.at(*span)
    if (
        inside is not None
        and inside[1].type in {"place", "group"}
        and noun.tag_ == "NNS"
        and entities.at(noun.idx, noun.idx + len(noun.text)) is None
    ):  # "citing Kurdish sources, who said": the sources, not the people or country that
        return None, None  # describes them
    return entities.at(noun.idx, noun.idx + len(noun.text)) or inside or (None, None)


def _nearest(
    entities: EntityTable, before: int, types: set[str]
) -> tuple[str | None, EntityRecord | None]:
    return entities.nearest_before(before, types) or (None, None)


def _person_with_role(
    words: list[str],
    before: int,
    earlier: list[Speaker],
    entities: EntityTable,
    salience: Salience,
) -> tuple[str | None, EntityRecord | None]:
    """'the culture secretary', 'the MP for Ealing North': the person whose stated role has
    the description's head noun (and most of its other words), an earlier speaker first."""

    party, rest = _party_words(words)

    def fit(role: str | None, their_party: str | None) -> int:
        if party is None:
            return _role_fit(words, role)
        if their_party != party:  # "the Tory leader" is no leader of another party
            return 0
        return _role_fit(rest, role) and _role_fit(rest, role) + 1

    best: tuple[int, str, EntityRecord] | None = None
    for speaker in reversed(earlier):
        profile = salience.profiles.get(speaker.entity_id or "", Profile())
        score = fit(speaker.role, speaker.party or profile.party)
        if score and speaker.entity_id and (best is None or score > best[0]):
            record = entities.by_id(speaker.entity_id)
            if record is not None:
                best = (score, speaker.entity_id, record)
    for entity_id, record, _ in entities.mentions_before(before):
        profile = salience.profiles.get(entity_id, Profile())
        score = fit(profile.role, profile.party)
        if record.type == "person" and score and (best is None or score > best[0]):
            best = (score, entity_id, record)
    return (best[1], best[2]) if best else (None, None)


def _party_words(words: list[str]) -> tuple[str | None, list[str]]:
    """'the Tory leader', 'the Lib Dem spokesman': the party a description's modifier names,
    and the description's other words. A party's name is no word of a stated role ("Tory
    leader Michael Howard" has the role "leader" and the party), so it fits by the party."""
    lowered = {alias.lower(): name for alias, name in PARTY_ALIASES.items()}
    for size in (2, 1):
        for i in range(len(words) - size):  # never the head (the last word)
            name = lowered.get(" ".join(words[i : i + size]).removesuffix("'s"))
            if name is not None:
                return name, words[:i] + words[i + size :]
    return None, words


def _role_fit(words: list[str], role: str | None) -> int:
    """How well a stated role fits a description's words: it must have the head and every other
    word ("the prime minister" is not "former minister")."""
    words = [p for w in words for p in TITLE_SYNONYMS.get(w, w).split()]  # "premier"
    if not words:
        return 0
    head = words[-1].split("-")[-1]
    wanted = {w for w in words if w not in {"of", "for", "the", "a", "an"}}
    stated = " ".join(TITLE_SYNONYMS.get(w, w) for w in (role or "").lower().split())
    raw = set(re.findall(r"[a-z][a-z-]*", stated))
    role_words = raw | {w.split("-")[-1] for w in raw}
    offices = {p for w in raw for p in w.split("-")[:-1]} | raw
    described = {p for w in wanted for p in w.split("-")}
    if (offices & OTHER_OFFICE_WORDS) - described:
        return 0  # "the chancellor" is not the shadow chancellor
    return len(wanted) if head in role_words and wanted <= role_words else 0


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
    verb = head.head
    if (
        head.dep_ == "dobj"
        and verb.tag_.startswith("VB")
        and verb.i == name_start - 1
        and verb.is_lower
        and _is_title_head(verb)
    ):  # "Airbus head Noel Forgeard is set to…": the title parsed as a verb taking the name
        owner = [c for c in verb.lefts if c.dep_ == "nsubj" and c.i == verb.i - 1]
        return _role_words([*owner, verb], entities)
    if head.dep_ == "compound" and head.head.text in POSTNOMINALS and head.head.i > head.i:
        head = head.head  # "Scottish Finance Minister, Tom Bracken MSP,": letters head the name
    before = [t for t in head.lefts if t.dep_ == "compound" and t.i < name_start]
    before += [
        t
        for t in doc[max(0, name_start - 4) : name_start]
        if t.dep_ == "compound" and any(a.i == head.i for a in t.ancestors)
    ]
    # a compound's own modifiers belong to the title: "[Chief] executive Geoff Dixon"
    before += [d for t in list(before) for d in t.subtree if d.i < name_start and d.i != t.i]
    before = sorted({t.i: t for t in before}.values(), key=lambda t: t.i)
    first = before[0].i if before else name_start
    while first > 0 and _cut_off_title_word(doc[first - 1], doc[first]):
        first -= 1  # the parser cut "Chief | executive X", "Coach | Marcus Reed"
        before.insert(0, doc[first])
    if before:
        whole = _hyphenated(before[0])  # "vice-chairman David Dein": the whole word
        before = [t for t in whole if t.i < before[0].i] + before
        first = before[0].i
        coordinated = head.head if head.dep_ == "conj" else None
        if (
            coordinated is not None
            and coordinated.i == first - 2
            and doc[first - 1].dep_ == "cc"
            and not coordinated.ent_type_
            and coordinated.text[:1].isupper()
        ):  # "Economy and Labour Minister X", parsed as "Economy" and "Labour Minister X"
            before = [coordinated, doc[first - 1], *before]
    # "X, 45, a teacher from Bolton": the title is in the apposition after the age
    appos = next((c for c in head.children if c.dep_ == "appos" and c.pos_ != "NUM"), None)
    title = head.head
    if (
        head.dep_ == "appos"
        and title.dep_ == "pobj"
        and title.head.dep_ == "prep"
        and title.head.head.i < title.i
        and title.head.head.is_lower
        and _is_title_head(title.head.head)
        and doc[head.left_edge.i - 1].text == ","
    ):  # "A spokesman for the Financial Conduct Office, Dean Hall,": the name is hung on the
        # body; the title is the spokesman's
        noun = title.head.head
        words = [t for t in doc[noun.i : head.left_edge.i] if not t.is_punct]
        return _role_words(words, entities)
    if head.dep_ == "appos" and _is_title_head(title) and title.i < head.i:
        # "The Secretary of State for Culture, Media and Sport, Tessa Jowell": the name is
        # the title's apposition, and the title (to the name's comma) is the role; an owner
        # ("Skyway Air's chief executive, X") is the organisation
        owners = {t.i for c in title.children if c.dep_ == "poss" for t in c.subtree}
        words = [
            t
            for t in doc[title.left_edge.i : head.left_edge.i]
            if t.dep_ not in {"det", "poss", "case"} and t.i not in owners
        ]
        while words and words[-1].is_punct:
            words.pop()
        lead = []  # "Skyway Air's chief executive", "The Scottish first minister"
        while words and (_affiliation(words[0], entities) or words[0].lower_ in {"'s", "’s"}):
            lead.append(words.pop(0))
        role = doc[words[0].i : words[-1].i + 1].text if words else None
        found = _role_words(lead, entities)
        org = _organization_in(owners, doc, entities) or found.organization
        return Profile(role=role, organization=org, location=found.location, party=found.party)
    if (
        appos is not None
        and appos.lower_ in DESCRIPTIVE_PERSON_NOUNS
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in appos.children)
    ):
        appos = None  # "X, a veteran of 43 caps,": who X is, not a title X holds
    if (
        appos is not None
        and not _is_title_head(appos)
        and (_affiliation(appos, entities) or appos.pos_ == "PROPN")
        and any(c.dep_ == "appos" and _is_title_head(c) for c in appos.children)
    ):  # "Andy Clarke, ERAA director of air transport,": parsed as the body's apposition
        words = [t for t in appos.subtree if not t.is_punct and t.i != appos.i]
        found = _role_words(words, entities)
        hit = entities.at(appos.idx, appos.idx + len(appos.text))
        body = hit[1].name if hit is not None else appos.text
        return Profile(**{**found.__dict__, "organization": found.organization or body})
    if appos is not None and (
        _is_title_head(appos)
        or (  # "X, standards and regulatory liaison for Y", the title's head parsed a conjunct
            appos.tag_ in {"NN", "NNS"}
            and any(
                c.dep_ == "conj" and c.tag_ == "NN" and _is_title_head(c) for c in appos.children
            )
        )
    ):
        # "Jim Farley, Ford's CEO"; not "X, one of the critics of the plan" nor "X, 42"
        words = [t for t in appos.subtree if not t.is_punct]
        return _role_words(words, entities)
    if head.dep_ == "nsubj" and head.head.lower_ in COPULAS:
        # "Sarah Klein is the chief executive of Skyway Air"
        attr = next((c for c in head.head.children if c.dep_ == "attr"), None)
        if attr is not None and attr.lower_ in PERSON_NOUNS:
            words = [t for t in attr.subtree if not t.is_punct and t.dep_ != "relcl"]
            found = _role_words(words, entities)
            if found.role:
                return found
    as_title = _title_after_as(head, entities)
    if as_title is not None and not before:
        return as_title
    if before:
        return _role_words(before, entities)
    return Profile()


def _title_after_as(head: Token, entities: EntityTable) -> Profile | None:
    """'X joined Wessex as chief executive', 'X was appointed as coach', 'X took over as
    manager': the subject's title, and the object's body as its organisation."""
    verb = head.head
    relative = next(
        (c for c in head.children if c.dep_ == "relcl" and c.lower_ in TITLE_AS_VERBS), None
    )
    if relative is not None and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"who", "that"} for c in relative.children
    ):  # "X, who will remain as chief executive, said"
        verb = relative
    elif head.dep_ not in {"nsubj", "nsubjpass"} or verb.lower_ not in TITLE_AS_VERBS:
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or not _has_title_noun(noun.lower_):
            continue
        words = [t for t in noun.subtree if not t.is_punct and t.dep_ not in {"relcl", "acl"}]
        found = _role_words(words, entities)
        if not found.role:
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None and verb.lower_ in OBJECT_TITLE_VERBS:
            return None  # "Rovers appoint Hale as manager": the object's title
        body = _organization_in({obj.i}, head.doc, entities) if obj is not None else None
        return Profile(**{**found.__dict__, "organization": found.organization or body})
    return None


def _organization_in(indices: set[int], doc: Doc, entities: EntityTable) -> str | None:
    for i in sorted(indices):
        hit = entities.at(doc[i].idx, doc[i].idx + len(doc[i].text))
        if hit is not None and hit[1].type == "organization":
            return hit[1].name
    return None


def _is_org_token(tok: Token, entities: EntityTable) -> bool:
    hit = entities.at(tok.idx, tok.idx + len(tok.text))
    return hit is not None and hit[1].type == "organization"


def _affiliation(tok: Token, entities: EntityTable) -> bool:
    """A word of an organisation, party, place or nationality before a title ("Labour" in
    "Former Labour leader", "Texas" in "Texas attorney general"), not of the title itself
    ("Home Secretary" tagged as one name)."""
    if not tok.text[:1].isupper() or _is_title_head(tok):
        return False
    if tok.text in PARTY_ALIASES or tok.text in COUNTRY_ALIASES or party_phrase_at(tok):
        return True
    hit = entities.at(tok.idx, tok.idx + len(tok.text))
    if hit is not None:
        return hit[1].type in {"organization", "place", "group"}
    if tok.ent_type_ not in {"ORG", "NORP", "GPE"}:
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is None or not any(_is_title_head(t) for t in ent)


def _works_at(tok: Token, name: str) -> bool:
    """A name (no country's) that is the object of "at" after a title: the body the person
    works at ("analyst at Tarvo Research", "lecturer at Norland"); one is at a place "in" it."""
    head = tok
    while head.dep_ in {"compound", "flat"} and head.head.i > head.i:
        head = head.head
    return (
        head.dep_ == "pobj"
        and head.head.lower_ == "at"
        and name not in COUNTRY_ALIASES
        and name not in COUNTRY_ALIASES.values()
    )


def _heads_a_body(tok: Token, name: str) -> bool:
    """A name (no country's) that is the object of "of" after a title held in a body ("head
    of Tarvo", "co-founder of Norland"): the body, whatever the NER took its name for."""
    head = tok
    while head.dep_ in {"compound", "flat"} and head.head.i > head.i:
        head = head.head
    if head.dep_ != "pobj" or head.head.lower_ != "of":
        return False
    title = head.head.head
    return (
        title.lower_ in BODY_TITLE_NOUNS
        and name not in COUNTRY_ALIASES
        and name not in COUNTRY_ALIASES.values()
    )


def _role_words(tokens: list[Token], entities: EntityTable) -> Profile:
    org = location = party = None
    role_tokens: list[Token] = []
    joined_to_affiliation: set[int] = set()
    in_title = True  # the title ends where a preposition brings in its organisation or place
    for tok in tokens:
        hit = entities.at(tok.idx, tok.idx + len(tok.text))
        if tok.is_punct and tok.text != "-":
            continue  # "( )"
        if tok.lower_ in ROLE_PREPOSITIONS and tok.pos_ == "ADP" and role_tokens:
            if _brings_in_a_body(tok, entities):
                in_title = False  # "analyst at brokers ING", "director in Europe"
            elif in_title:
                role_tokens.append(tok)  # "head of third party services"
            continue
        phrase_party = party_phrase_at(tok)
        if phrase_party is not None:  # "Liberal Democrat spokesman"
            party = party or phrase_party
            continue
        if (
            len(role_tokens) > 1
            and role_tokens[-1].pos_ == "CCONJ"
            and not _is_title_head(role_tokens[-2])
            and tok.text[:1].isupper()
        ):  # "Economy and Labour Minister": a ministry, not the party ("minister and Labour
            # MP" is two titles, and "Labour" the party)
            role_tokens.append(tok)
            continue
        if tok.i in joined_to_affiliation:
            continue  # "-based" of "Tarvik-based analyst": the affiliation's, not the title's
        if _affiliation(tok, entities):
            if _hyphen_joined(tok):  # "Tarvik-based", "Tarvik-born": the rest of the word
                joined_to_affiliation.update({tok.i + 1, tok.i + 2})
            name = hit[1].name if hit is not None else tok.text
            if name in PARTY_ALIASES.values() or tok.text in PARTY_ALIASES:
                party = party or PARTY_ALIASES.get(tok.text, name)
            elif _works_at(tok, name) or hit is not None and _heads_a_body(tok, name):
                org = org or name  # "chief security architect at Tarvo": a body, whatever the
                # NER took its name for
            elif hit[1].type == "place" if hit is not None else tok.ent_type_ == "GPE":
                location = location or name  # (the entity's type, repaired, before the NER's)
            elif hit is not None and hit[1].type == "organization":
                org = org or name
            continue
        if hit is not None and hit[1].type == "organization":
            org = hit[1].name
        elif tok.head.i != tok.i and tok.i < tok.head.i and _is_org_token(tok.head, entities):
            continue  # the organisation's kind: "at brokers ING", "for hedge fund Atticus'
        elif hit is not None and hit[1].type in {"person", "place"}:
            continue  # a word of the name ("Jill" in "Farmer Jill Moss", "of" in "Republic of
            # Ireland manager")
        elif tok.text in TRAILING_TITLES and not (
            tok.i + 1 < len(tok.doc) and _title_word(tok.doc[tok.i + 1].lower_)
        ):  # ("the Lord Chancellor", "the Lord Chief Justice": a word of the title)
            continue  # "Tory Treasurer Lord Ashcroft": Lord is his rank, not his role
        elif (
            in_title
            and tok.lower_ not in {"'s", "’s", "the", "a", "an"}
            and (tok.ent_type_ != "PERSON" or _is_title_head(tok))  # "attorney general X"
        ):
            role_tokens.append(tok)
    while role_tokens and role_tokens[-1].lower_ in ROLE_PREPOSITIONS | {"and"}:
        role_tokens.pop()
    while role_tokens and (
        role_tokens[0].pos_ in {"CCONJ", "SCONJ"}
        or (
            (role_tokens[0].is_punct or role_tokens[0].pos_ == "NUM")
            and role_tokens[0].whitespace_  # "Two-time champion" is one word
        )
    ):  # "… Hale, 30 - but managing director X": the title starts after the "but"
        role_tokens.pop(0)
    if len(role_tokens) > 2 and role_tokens[0].text == "-" and not role_tokens[0].whitespace_:
        # "Oscar-winning actor X" with the name-like "Oscar" left out: not "-winning actor"
        role_tokens = role_tokens[2:]
    role = _joined(role_tokens) or None
    if role and not _has_title_noun(role):
        role = None
    return Profile(role=role, organization=org, location=location, party=party)


def _has_title_noun(role: str) -> bool:
    """Whether a word of the role is a title noun, whole or hyphenated ("fly-half",
    "co-chairman", "vice-president")."""
    for word in role.lower().split():
        if _title_word(word):
            return True
        if any(part in PERSON_NOUNS for part in word.split("-")):
            return True
    return False


def _title_word(word: str) -> bool:
    """A title noun: listed ("chairman", "tycoon") or an agent noun by its ending
    ("physiotherapist", "statistician"; vocabulary/titles.py)."""
    if word in PERSON_NOUNS or word in EXTRA_TITLE_NOUNS:
        return True
    if len(word) < TITLE_SUFFIX_MIN_LENGTH or not word.isalpha() or word in NOT_TITLE_SUFFIXED:
        return False
    if word.endswith("list") and word[-5] not in "aeiou":
        return False  # "shortlist", "playlist"; "journalist", "finalist" are titles
    return word.endswith(TITLE_SUFFIXES)


def _brings_in_a_body(prep: Token, entities: EntityTable) -> bool:
    """Whether a preposition's object names an organisation or place, or a kind of
    organisation ("at mobile content firm X", "of Skyway Air", "in Europe")."""
    nested = {  # "head of research at Vodafone": "at Vodafone" is the next preposition's
        t.i for d in prep.subtree if d.i != prep.i and d.dep_ == "prep" for t in d.subtree
    }
    for tok in prep.subtree:
        if tok.i == prep.i or tok.i in nested:
            continue
        hit = entities.at(tok.idx, tok.idx + len(tok.text))
        if hit is not None and hit[1].type in {"organization", "place", "group"}:
            return True
        if tok.ent_type_ in {"ORG", "GPE", "LOC", "NORP"}:
            return True
        if tok.dep_ == "pobj" and tok.lower_ in ORG_NOUNS:  # "at the firm"
            return True
        if tok.dep_ == "pobj" and tok.tag_ == "NNP" and prep.lower_ in {"at", "with"}:
            return True  # "head of sales at brokers Fenwick", Fenwick untagged
    return False


def _joined(tokens: list[Token]) -> str:
    """Tokens as written: "Ex-chat show host", not "Ex - chat show host"."""
    if not tokens:
        return ""
    out = []
    for tok, nxt in zip(tokens, [*tokens[1:], None], strict=True):
        out.append(tok.text + (tok.whitespace_ if nxt is not None and nxt.i == tok.i + 1 else " "))
    return "".join(out).strip()


def _profile_from_mention(
    doc: Doc, cand: QuoteCandidate, entities: EntityTable, record: EntityRecord | None
) -> Profile:
    if cand.source_head is None:
        return Profile()
    head = doc[cand.source_head]
    if record is None:
        chain = _untagged_name(head, entities)  # "England sevens coach [Mike Friday]"
        start = chain[0].i if chain else head.left_edge.i
    else:
        start = _name_start(doc, cand)
    return _profile_around(head, start, entities)


def _name_start(doc: Doc, cand: QuoteCandidate) -> int:
    assert cand.source_head is not None
    head = doc[cand.source_head]
    start = head.i
    while (
        start > 0
        and doc[start - 1].ent_type_ == "PERSON"
        and doc[start - 1].head == head
        and doc[start - 1].lower_ not in PERSON_NOUNS  # "Farmer Jill Moss": the role word
    ):
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


def _surname_bearer(
    doc: Doc,
    mention: str,
    entities: EntityTable,
    entity_id: str | None,
    record: EntityRecord | None,
) -> tuple[str | None, EntityRecord | None]:
    """'Fidel Ortega … his sister Marisol Ortega … Mr. Ortega said': of two people sharing a
    surname, the honorific's gender picks the one it fits (the NER's grouping may have given
    the surname to the other)."""
    words = [w.lower() for w in mention.split()]
    honorific = next((HONORIFIC_GENDER[w] for w in words if w in HONORIFIC_GENDER), None)
    if record is None or record.type != "person" or honorific is None:
        return entity_id, record
    surname = mention.split()[-1]
    if len(words) < 2 or words[-2] not in HONORIFIC_GENDER:
        return entity_id, record  # "Ms. Marisol Ortega": a full name says whom it means
    bearers = [
        (f"E{i + 1}", rec)
        for i, rec in enumerate(entities.records)
        if rec.type == "person" and len(rec.name.split()) >= 2 and rec.name.split()[-1] == surname
    ]
    if len(bearers) < 2 or _full_name_gender(record, doc) in {None, honorific}:
        return entity_id, record
    fitting = [b for b in bearers if _full_name_gender(b[1], doc) in {None, honorific}]
    if len(fitting) != 1:
        return entity_id, record
    return fitting[0]


def _full_name_gender(record: EntityRecord, doc: Doc) -> str | None:
    """A person's gender as told where the full name stands: "his sister Marisol Ortega", "Ms
    Marisol Ortega", or a pronoun of that sentence (not a shared surname's honorific)."""
    full = [m for m in record.mentions if len(m.text.split()) >= 2]
    for m in full:  # the noun first: "His sister Marisol Ortega" ("his" is the brother's)
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span.start > 0:
            stated = _noun_gender(doc[span.start - 1].lower_)
            if stated is not None:
                return stated
    if not full:
        return None
    return _gender_of(EntityRecord(record.name, record.type, full), text_of(doc), doc)


def _not_another_trade(
    words: list[str], earlier: list[Speaker], entities: EntityTable
) -> Callable[[EntityRecord], bool]:
    """'"Give that man a medal," said radio reporter Tessa Quill. … the modest officer said': an
    earlier speaker quoted with a role that lacks the description's head is somebody else
    when another person is in view ("the club chief" and other vague heads aside)."""
    head = words[-1].split("-")[-1]
    other_trade = {
        s.entity_id
        for s in earlier
        if s.entity_id and s.role and head not in re.findall(r"[a-z]+", s.role.lower())
    }
    ids = {id(rec): f"E{i + 1}" for i, rec in enumerate(entities.records)}

    def accept(record: EntityRecord) -> bool:
        return head in VAGUE_TITLE_HEADS or ids.get(id(record)) not in other_trade

    return accept


# How far back (in characters) "the official" looks for "an official" who spoke.
UNNAMED_SOURCE_REACH = 1500


def _unnamed_source_again(doc: Doc, cand: QuoteCandidate, earlier: list[Speaker]) -> Speaker | None:
    """'…, a security official confirmed. … according to the official': the source the
    report keeps unnamed, again (not the person the report is about)."""
    if cand.source_head is None:
        return None
    head = doc[cand.source_head]
    body = _unnamed_body_again(doc, cand, earlier)
    if body is not None:
        return body
    if head.lower_ not in UNNAMED_SOURCE_NOUNS or not any(
        c.dep_ == "det" and c.lower_ in {"the", "that", "this"} for c in head.children
    ):  # "the source said", "That source said, however, …"
        return None
    for speaker in reversed(earlier):
        words = (speaker.name or "").lower().split()
        if speaker.end is not None and head.idx - speaker.end > UNNAMED_SOURCE_REACH:
            break  # out of view: "the official" of a later paragraph is somebody else
        if (
            speaker.entity_id is None
            and len(words) >= 2
            and words[0] in {"a", "an", "one"}
            and words[-1] == head.lower_
        ):
            return speaker
    return None


def _unnamed_body_again(doc: Doc, cand: QuoteCandidate, earlier: list[Speaker]) -> Speaker | None:
    """'…, the Norland central bank has said. … the central bank told Reuters': a body the
    article never names, called again by the words its first description ended with."""
    assert cand.source_head is not None and cand.source is not None
    head = doc[cand.source_head]
    if head.lower_ not in BODY_KINDS or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in head.children
    ):
        return None
    words = text_of(doc)[cand.source[0] : cand.source[1]].lower().split()[1:]
    if not words or words[-1] != head.lower_:
        return None
    for speaker in reversed(earlier):
        if speaker.end is not None and cand.source[0] - speaker.end > UNNAMED_SOURCE_REACH:
            break
        named = (speaker.name or "").lower().split()
        if named[:1] == ["the"]:
            named = named[1:]
        if speaker.entity_id is None and len(named) > len(words) and named[-len(words) :] == words:
            return speaker
    return None


def _speaks_next(doc: Doc, record: EntityRecord, after: int) -> bool:
    """Whether the person's first mention after ``after`` is the subject of a verb of saying
    ("…, a health official said. Omar Reyes, …, said the clinic had …")."""
    first = next((m for m in record.mentions if m.start >= after), None)
    span = doc.char_span(first.start, first.end, alignment_mode="expand") if first else None
    if span is None or span.root.dep_ not in SUBJECT_DEPS:
        return False
    return verb_lemma(span.root.head.lower_) is not None


def _named_as_kin(record: EntityRecord, doc: Doc) -> str | None:
    """'his late wife, Ruth,', 'her brother Sam': the gender a noun right before a mention of
    the person states, when no honorific or pronoun tells."""
    for m in record.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        before = [t for t in doc[max(0, span.start - 2) : span.start] if not t.is_punct]
        if before:
            stated = _noun_gender(before[-1].lower_)
            if stated is not None:
                return stated
    return None


def _stated_dead(record: EntityRecord, doc: Doc) -> bool:
    """'the late screen legend Ann Lee', 'a tribute to Ivo Marr, who died last year': a person
    the article says is dead, whom no "he said" or "she said" of the day quotes. The name must
    head its phrase ("a late Marr goal" is the goal's)."""
    for m in record.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.root.dep_ == "compound":
            continue
        root = span.root
        if any(
            c.dep_ == "relcl"
            and c.lower_ in {"died", "dies", "die"}
            and any(g.dep_ == "nsubj" and g.lower_ in {"who", "that"} for g in c.children)
            for c in root.children
        ):
            return True
        i = span.start - 1
        while i >= 0 and i >= span.start - 5:
            tok = doc[i]
            if tok.lower_ == "late" and tok.dep_ == "amod":
                return True
            if tok.is_punct or tok.pos_ not in {"NOUN", "ADJ", "PROPN"} or tok.is_title:
                break  # (a capitalised word before is another name's, or the sentence's)
            i -= 1
    return False
