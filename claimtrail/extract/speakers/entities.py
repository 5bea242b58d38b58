"""Named entities with aliases merged within one article.

spaCy's NER gives mentions; this module repairs the common errors of a small model on news
(title-case headlines, acronyms read as people, role nouns read as names), links surnames to
full names, organisation short forms to long ones ("Ford" / "Ford Motor"), acronyms to their
expansions, and country abbreviations and demonyms to the country ("U.S." = "American").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from claimtrail.models import Entity
from claimtrail.models import Span as OffsetSpan
from claimtrail.parse.text import text_of
from claimtrail.vocabulary.bodies import FIRM_NAME_TAILS, LEGAL_FORM_WORDS, REGION_NAME_TAILS
from claimtrail.vocabulary.gazetteer import (
    COUNTRY_ALIASES as COUNTRY_FORMS,
)
from claimtrail.vocabulary.gazetteer import (
    CURRENCY_NAMES,
    DEMONYM_ENDINGS,
    ORG_HEADS,
    ORG_NAME_ENDINGS,
    ORG_NOUNS,
    ORG_SUFFIXES,
    PARTY_ALIASES,
    PERSON_NOUNS,
    PLACE_HEADS,
    ROLE_NOUNS,
    STATE_UNIONS,
    TRAILING_TITLES,
)
from claimtrail.vocabulary.gazetteer import PERSON_TITLE_WORDS as TITLES
from claimtrail.vocabulary.grammar import (
    COPULAS,
    PERSON_OWNER_PRONOUNS,
    PERSON_SUBJECT_PRONOUNS,
)
from claimtrail.vocabulary.lexicon import verb_lemma
from claimtrail.vocabulary.names import FEMALE_FIRST_NAMES, FIRST_NAMES, MALE_FIRST_NAMES
from claimtrail.vocabulary.referents import (
    BODY_KIND_PREMODIFIERS,
    BODY_NAME_ENDINGS,
    BODY_OWNED_NOUNS,
    CLUB_NAME_ENDINGS,
    DESCRIPTIVE_PERSON_NOUNS,
    NAME_LINK_WORDS,
    NAME_PARTICLES,
    NAMED_KIND_NOUNS,
    POSTNOMINALS,
    PRODUCT_NOUNS,
    RANK_GENDER,
    RANK_OFFICE_WORDS,
    SEATS_OF_POWER,
    WORK_MAKER_NOUNS,
    WORK_NOUNS,
)
from claimtrail.vocabulary.titles import (
    EXTRA_TITLE_NOUNS,
    KNIGHTLY_RANKS,
    OBJECT_TITLE_VERBS,
    OFFICE_REMIT_WORDS,
    UNSTOPPED_TITLE_ABBREVIATIONS,
)

# A country's forms, less the seats of power that speak for its government ("the Kremlin
# said" is the Kremlin's, an organisation, not Russia's).
COUNTRY_ALIASES = {
    form: country for form, country in COUNTRY_FORMS.items() if form not in SEATS_OF_POWER
}

# Longest first, so "Vice President" is stripped before "President".
PERSON_TITLES = sorted(TITLES, key=len, reverse=True)
# Longer than any name a mention can hold; bounds the look-back of EntityTable.at.
MAX_MENTION_CHARS = 200
LABEL_TYPES = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
    "PRODUCT": "other",
    "EVENT": "other",
    "LAW": "other",
}
_LEADING = re.compile(r"^(?:the|The|THE)\s+")
# British style writes honorifics without a stop ("Mr Blair"); the name is what follows.
HONORIFICS = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.")
_HONORIFIC = re.compile(r"^(?:Mrs|Miss|Mr|Ms|Dr)\.?\s+(?=[A-Z])")
# "Mr Katwala": a plain honorific right before a mention ("Dr" also opens firms' names).
_PLAIN_HONORIFIC_BEFORE = re.compile(r"(?:^|\W)(?:Mrs|Miss|Mr|Ms)\.?\s$")
_INNER_HONORIFIC = re.compile(r"(?<=\s)(?:Mrs|Miss|Mr|Ms|Dr)\.?\s+(?=[A-Z])")
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Last words of a body named after its place ("Leeds City Council", "Manchester United").
PLACE_INSTITUTIONS = {"Council", "Police", "Airport", "Hospital", "Club", "United", "City", "FC"}
# Last words of a law's or an agreement's name: a document, never a speaker.
LAW_ENDINGS = {"Act", "Bill", "Law", "Directive", "Treaty", "Convention", "Agreement", "Code"}
# A game's or set's score run into a name by the NER ("7-5", "6-3", "2–1").
_SCORE = re.compile(r"\(?\d+[-\u2013]\d+\)?")
# A government body named by its remit ("Department for Roads, Rail and Shipping"), and the
# rest of a remit's list after a comma.
_REMIT_BODY = re.compile(r"^(?:Department|Ministry|Office|Secretary|Committee) (?:for|of) [A-Z]")
_LISTED_REMIT = re.compile(r", (?:[A-Z][a-z]+,? )*(?:and|&) [A-Z][a-z]+(?: [A-Z][a-z]+)*")
_TRAILING = re.compile(r"(?:'s|’s|'|’)$")


@dataclass
class Mention:
    start: int
    end: int
    text: str
    label: str
    is_compound_only: bool = False
    # after a plain honorific ("Mr Irish"): a surname, even one spelled like a demonym
    honoured: bool = False


@dataclass
class EntityRecord:
    name: str
    type: str
    mentions: list[Mention] = field(default_factory=list)

    @property
    def aliases(self) -> list[str]:
        seen = {self.name}
        out = []
        for m in self.mentions:
            if m.text not in seen:
                seen.add(m.text)
                out.append(m.text)
        return out


@dataclass
class EntityTable:
    """Entities of one article, with look-up from a character span."""

    records: list[EntityRecord]
    _index: tuple[list[int], list[tuple[int, int, int]]] | None = field(default=None, repr=False)

    def ids(self) -> list[str]:
        return [f"E{i + 1}" for i in range(len(self.records))]

    def at(self, start: int, end: int) -> tuple[str, EntityRecord] | None:
        """The entity with a mention overlapping ``start:end`` (the longest overlap)."""
        starts, index = self._mention_index()
        best: tuple[int, int] | None = None
        # Mentions are short: only those starting within MAX_MENTION_CHARS before can overlap.
        lo = bisect.bisect_left(starts, start - MAX_MENTION_CHARS)
        hi = bisect.bisect_left(starts, end)
        for m_start, m_end, i in index[lo:hi]:
            overlap = min(end, m_end) - max(start, m_start)
            if overlap > 0 and (best is None or overlap > best[0]):
                best = (overlap, i)
        if best is None:
            return None
        return f"E{best[1] + 1}", self.records[best[1]]

    def _mention_index(self) -> tuple[list[int], list[tuple[int, int, int]]]:
        if self._index is None:
            index = sorted(
                (m.start, m.end, i) for i, r in enumerate(self.records) for m in r.mentions
            )
            self._index = ([s for s, _, _ in index], index)
        return self._index

    def nearest_before(
        self,
        before: int,
        types: set[str],
        accept: Callable[[EntityRecord], bool] | None = None,
    ) -> tuple[str, EntityRecord] | None:
        """The entity of one of ``types`` (and ``accept``ed, if given) mentioned last before
        offset ``before``."""
        starts, index = self._mention_index()
        for _start, m_end, i in reversed(index[: bisect.bisect_left(starts, before)]):
            record = self.records[i]
            if m_end <= before and record.type in types and (accept is None or accept(record)):
                return f"E{i + 1}", record
        return None

    def mentions_before(self, before: int) -> Iterator[tuple[str, EntityRecord, Mention]]:
        """Mentions ending by offset ``before``, latest first."""
        starts, index = self._mention_index()
        for _start, m_end, i in reversed(index[: bisect.bisect_left(starts, before)]):
            if m_end <= before:
                record = self.records[i]
                mention = next(m for m in record.mentions if m.start == _start)
                yield f"E{i + 1}", record, mention

    def by_id(self, entity_id: str | None) -> EntityRecord | None:
        if not entity_id:
            return None
        idx = int(entity_id[1:]) - 1
        return self.records[idx] if 0 <= idx < len(self.records) else None

    def find_name(self, name: str) -> tuple[str, EntityRecord] | None:
        key = name.lower()
        for i, rec in enumerate(self.records):
            if rec.name.lower() == key or any(m.text.lower() == key for m in rec.mentions):
                return f"E{i + 1}", rec
        return None

    def as_models(self) -> list[Entity]:
        return [
            Entity(
                id=f"E{i + 1}",
                name=r.name,
                type=r.type,  # type: ignore[arg-type]
                aliases=r.aliases,
                mentions=[OffsetSpan(start=m.start, end=m.end) for m in r.mentions],
            )
            for i, r in enumerate(self.records)
        ]


def _clean(span: Span) -> tuple[int, int, str] | None:
    span = _without_person_premodifiers(span)
    text = span.text
    start = span.start_char
    lead = _LEADING.match(text)
    if lead:
        start += lead.end()
        text = text[lead.end() :]
    possessive = _TRAILING.search(text) is not None
    text = _TRAILING.sub("", text).strip().rstrip(",;:").strip()
    text = text.split("\n")[0].strip()
    if (span.label_ == "PERSON" or possessive) and ", " in text:
        text = text.split(", ")[0]  # "said Mary, Kemp's sister": a name ends at its apposition
    # "Yuganskneftegas - the", "Deon Marsh -": a name ends before a dash aside
    text = re.split(r"\s[-\u2013\u2014](?:\s|$)", text)[0].strip()
    words = text.split()  # and before a trailing lower-case word or title
    while len(words) > 1 and (
        words[-1].islower()
        or words[-1] in TRAILING_TITLES
        or words[-1] in POSTNOMINALS
        or _SCORE.fullmatch(words[-1]) is not None  # "Ann Vane 7-5": a score, not the name
    ):
        words.pop()  # "Tom Bracken MSP" is Tom Bracken
    text = " ".join(words) if words and text.startswith(words[0]) else text
    inner = _INNER_HONORIFIC.search(text)
    if inner is not None:  # "Tanzania Mr Brown" (a name run on from a place): Mr Brown
        start += inner.start()
        text = text[inner.start() :]
    honorific = _HONORIFIC.match(text)
    if honorific and len(text) > honorific.end():  # "Mr Blair" is Blair, whatever the label
        start += honorific.end()
        text = text[honorific.end() :]
    words = text.split()
    if (
        span.label_ == "PERSON"
        and len(words) >= 2
        and words[0].isalpha()
        and words[0].islower()
        and words[0] not in NAME_PARTICLES
    ):
        start += len(words[0]) + 1  # "he rang Lucy": a name starts with a capital, not a verb
        text = text[len(words[0]) + 1 :]
        words = words[1:]
    if (
        span.label_ == "PERSON"
        and len(words) >= 3
        and (
            words[0].lower() in PERSON_NOUNS | DESCRIPTIVE_PERSON_NOUNS
            or (words[0] in COUNTRY_FORMS and words[0] not in COUNTRY_FORMS.values())
            or (  # "Kenyan Ann Lee": a nationality before a first name
                words[0].endswith(DEMONYM_ENDINGS)
                and words[0] not in FIRST_NAMES
                and words[1] in FIRST_NAMES
            )
        )
    ):
        start += len(words[0]) + 1  # "Farmer Jill Moss" names Jill Moss; "farmer" is her role,
        text = text[len(words[0]) + 1 :]  # "Comic Jo Bell" and "Kenyan Ann Lee" likewise
    elif (
        span.label_ == "ORG"
        and len(words) >= 2
        and words[0].endswith("s")
        and words[0][:-1].lower() in ORG_NOUNS | BODY_KIND_PREMODIFIERS
        and words[1][:1].isupper()
    ):
        start += len(words[0]) + 1  # "Bookmakers Ladbrokes", "Analysts Gartner": the firm;
        text = text[len(words[0]) + 1 :]  # the trade in the plural is what it is
    if " (" in text and ")" not in text:
        text = text[: text.index(" (")]  # "the Union of Tarvik Growers (UTG": a name ends
        # before a bracket the NER opened and did not close
    if not any(c.isupper() for c in text):
        return None  # "plasma": a name has a capital letter somewhere ("eBay", "iTunes")
    if text.lower() in CURRENCY_NAMES:
        return None  # "3.5m Euros": a currency, not a person or a body
    words = text.split()
    if len(words) >= 2 and words[0] in UNSTOPPED_TITLE_ABBREVIATIONS and words[1][:1].isupper():
        start += len(words[0]) + 1  # "Prof Vane" is Vane, as "Professor Vane" is
        text = text[len(words[0]) + 1 :]
    if span.label_ == "PERSON":  # "Mayor Ana Ruiz" names Ana Ruiz; the title is her role
        for title in PERSON_TITLES:
            if title.lower() in KNIGHTLY_RANKS:
                continue  # "Sir Alan Ferrow": the guidelines keep the rank in the name
            rest = text[len(title) + 1 :].split()[:1]
            if (
                title.lower() in RANK_GENDER
                and rest
                and rest[0].lower() not in PERSON_NOUNS | ROLE_NOUNS | RANK_OFFICE_WORDS
            ):
                continue  # "Lord Tamworth" too; not "Lord Justice Tate", an office
            if text.startswith(title + " ") and len(text) > len(title) + 2:
                start += len(title) + 1
                text = text[len(title) + 1 :]
                break
    if not text or not any(c.isalpha() for c in text) or text in POSTNOMINALS:
        return None  # "MSP" alone, tagged as an organisation, is no one
    return start, start + len(text), text


def _without_person_premodifiers(span: Span) -> Span:
    """A person's name without what the NER ran into it from before: a sentence-opening
    adjective ("Tired Ana Ruiz, 26, said" is Ana Ruiz) and a possessive owner ("Ruritania's
    King Otto" is King Otto; the country is his, not part of his name)."""
    if span.label_ != "PERSON" or len(span) < 3:
        return span
    owner = next((t for t in span[:-1] if t.tag_ == "POS"), None)
    if owner is not None and owner.i + 1 < span.end:
        return _sub(span, owner.i + 1)
    first = span[0]
    if (
        first.is_sent_start
        and first.tag_ in {"JJ", "VBN"}
        and all(t.tag_ == "NNP" for t in span[1:])
    ):
        return _sub(span, first.i + 1)
    return span


def _sub(span: Span, start: int) -> Span:
    return Span(span.doc, start, span.end, label=span.label_)


def _label(span: Span) -> str:
    text = span.text.strip()
    before = span.doc[span.start - 1].text if span.start > 0 else ""
    if (
        _HONORIFIC.match(text)
        or _INNER_HONORIFIC.search(text)
        or before.rstrip(".") in {"Mr", "Mrs", "Ms", "Miss", "Dr"}
    ):
        return "PERSON"  # "Mr Kilroy-Silk" is a person even when NER says ORG
    if (
        span.label_ in {"ORG", "GPE", "LOC", "FAC"}
        and len(span) >= 3
        and span[-1].text in POSTNOMINALS - {"AM"}  # "AM" is also the time of day
        and all(t.is_title for t in span[:-1])
    ):
        return "PERSON"  # "Ann Vane QC", "Ivo Marr MP": letters after a person's name
    if span.label_ == "PERSON" and len(span) == 1 and text.isupper() and len(text) > 1:
        return "ORG"  # acronyms are organisations far more often than people
    if (
        span.label_ in {"ORG", "GPE", "LOC", "FAC"}
        and span.start > 0
        and text not in COUNTRY_ALIASES
        and not text.isupper()
        and len(text.split()) <= 3
        and span.doc[span.start - 1].is_lower
        and span.doc[span.start - 1].lower_ in PERSON_NOUNS | DESCRIPTIVE_PERSON_NOUNS
        and span.doc[span.start - 1].dep_ not in {"pobj", "dobj", "nsubj"}
        and span.doc[span.end - 1].text.rstrip(".") not in ORG_NAME_ENDINGS | BODY_NAME_ENDINGS
    ):
        return "PERSON"  # "Leeds winger Paris Okafor": a title before a name, whatever
        # the NER took the name for (Paris is also a city)
    if (
        span.label_ == "ORG"
        and len(span) == 1
        and text in MALE_FIRST_NAMES | FEMALE_FIRST_NAMES  # not "Morgan", "Jordan"
        and before.lower() != "the"
        and (span.end >= len(span.doc) or span.doc[span.end].lower_ not in ORG_HEADS)
    ):
        return "PERSON"  # "a bet on Nadia to go": a first name alone is a person's
    if span.label_ == "PERSON":
        after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
        if after in PLACE_HEADS or (len(span) >= 2 and span[-1].lower_ in PLACE_HEADS):
            return "FAC"  # "Leeds Bradford airport", "Tarvik Stadium" are places
        if after in ORG_HEADS or before.lower() == "the":
            return "ORG"  # "a Balpa spokesman", "the Library": no person's name
        if before.lower() in (ORG_NOUNS | BODY_KIND_PREMODIFIERS) and span.doc[
            span.start - 1
        ].head.i in range(span.start, span.end):
            return "ORG"  # "copy protection firm Veritrax": the firm's name
    if span.label_ in {"NORP", "GPE"} and text in COUNTRY_ALIASES:
        return "GPE"
    return span.label_


def _org_suffix_mention(span: Span) -> Mention | None:
    """'the Biden administration' → an organisation named 'Biden administration'."""
    doc = span.doc
    if (
        span.end < len(doc)
        and doc[span.end].lower_ in ORG_SUFFIXES
        and span.label_ == "PERSON"  # "the Lycos Europe campaign" is Lycos Europe's
    ):
        start = span.start_char
        end = doc[span.end].idx + len(doc[span.end].text)
        return Mention(start, end, text_of(doc)[start:end], "ORG")
    return None


def _name_after_an_inner_title(span: Span) -> Mention | None:
    """'Barcelona star Ronaldinho', 'Tarvik coach Ana Ruiz' tagged as one body: a lower-case
    title noun inside the span (after the body it belongs to) ends the body; the capitalised
    words after it are a person's name."""
    if span.label_ == "PERSON" or len(span) < 3:
        return None
    for k in range(1, len(span) - 1):
        tok = span[k]
        if not tok.is_lower or tok.lower_ not in PERSON_NOUNS | EXTRA_TITLE_NOUNS:
            continue
        before, after = span[:k], span[k + 1 :]
        if not all(t.is_title for t in before) or len(after) > 3:
            return None
        if not all(t.is_title and t.is_alpha for t in after):
            return None
        if after[-1].text in ORG_NAME_ENDINGS | BODY_NAME_ENDINGS:
            return None
        return Mention(after.start_char, after.end_char, after.text, "PERSON")
    return None


def _after_a_title_noun(m: Mention, doc: Doc) -> bool:
    """'Cebit organiser Ana Ruiz' tagged as a body: a full name right after a lower-case
    title noun is the person holding the title."""
    words = m.text.split()
    if len(words) < 2 or not all(w.isalpha() and w.istitle() for w in words):
        return False
    if words[-1] in ORG_NAME_ENDINGS | BODY_NAME_ENDINGS:
        return False
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    title = doc[span.start - 1]
    return title.is_lower and title.lower_ in PERSON_NOUNS | EXTRA_TITLE_NOUNS


def _after_a_plural_title(m: Mention, doc: Doc) -> bool:
    """'according to consultants Tarvik Analytics', 'a report by analysts Norda': a name
    right after a plural title noun is the firm those people make up, not one person."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    if m.text.split()[0] in FEMALE_FIRST_NAMES | MALE_FIRST_NAMES:
        return False  # "economists Tom Hale and Ana Ruiz": people after all
    title = doc[span.start - 1]
    word = title.lower_
    return (
        title.is_lower
        and title.tag_ == "NNS"
        and word.endswith("s")
        and (word[:-1] in PERSON_NOUNS | EXTRA_TITLE_NOUNS or word[:-2] in PERSON_NOUNS)
    )


def name_before_its_title(span: Span) -> bool:
    """'… thinks Ann Vale mobile industry specialist for analysts X', no comma: a known first
    name and a surname run straight into a lower-case person's title are that person's name,
    not a modifier of the title (whatever label the NER gave them)."""
    words = span.text.split()
    if not (2 <= len(words) <= 3 and words[0] in FIRST_NAMES and all(w.istitle() for w in words)):
        return False
    head = span.root.head
    return (
        span.root.dep_ in {"compound", "nmod"}
        and head.i >= span.end
        and head.is_lower
        and head.lower_ in PERSON_NOUNS
        and all(t.is_lower and t.is_alpha for t in span.doc[span.end : head.i])
    )


def _is_compound_modifier(span: Span) -> bool:
    if name_before_its_title(span):
        return False
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "a Linux or Mac version": each conjunct modifies the noun
    return (
        root.dep_ in {"compound", "amod", "nmod"}
        and root.head.pos_ == "NOUN"
        and root.head.is_lower
    )


def _looks_like_role(text: str) -> bool:
    """'Green Tech Investor', 'MEP', 'Labour MP': a role, not somebody's name."""
    words = text.lower().split()
    return bool(words) and (words[-1] in ROLE_NOUNS or words[-1] in PERSON_NOUNS)


def _surname_cut_off(span: Span) -> Token | None:
    """'Mike | Friday' with only the first name tagged as a person (the surname taken for a
    day or a place): a capitalised proper noun right after a one-word first name that
    compounds onto it is the surname."""
    if len(span) != 1 or span.end >= len(span.doc):
        return None
    first, nxt = span[0], span.doc[span.end]
    if (
        first.text in FIRST_NAMES
        and first.dep_ == "compound"
        and first.head.i == nxt.i
        and nxt.pos_ == "PROPN"
        and nxt.is_title
        and nxt.ent_type_ != "PERSON"
        and not first.whitespace_ == ""
    ):
        return nxt
    return None


def _rank_before(span: Span) -> bool:
    """'Sir' or 'Dame' right before a name the NER tagged without it: the guidelines keep a
    rank in the name ("Sir Alan Ferrow")."""
    if span.start == 0:
        return False
    rank = span.doc[span.start - 1]
    return rank.lower_ in KNIGHTLY_RANKS and rank.is_title and span[0].is_title


def collect_mentions(doc: Doc, body_start: int) -> list[Mention]:
    body_text = text_of(doc)[body_start:]
    mentions: list[Mention] = []
    for ent in doc.ents:
        if ent.label_ not in LABEL_TYPES:
            continue
        suffixed = _org_suffix_mention(ent)
        if suffixed is not None:
            mentions.append(suffixed)
            continue
        titled = _name_after_an_inner_title(ent)
        if titled is not None:
            mentions.append(titled)
            continue
        cleaned = _clean(ent)
        if cleaned is None or _looks_like_role(cleaned[2]) or cleaned[2] in OFFICE_REMIT_WORDS:
            continue  # ("Home" of "the Home Secretary's plans": a title's remit, no body)
        start, end, text = cleaned
        if text.startswith("of ") and ent.start > 0 and doc[ent.start - 1].is_title:
            start = doc[ent.start - 1].idx  # "Republic | of Ireland": the NER left out the
            text = text_of(doc)[start:end]  # head of the name
        label = _label(ent)
        surname = _surname_cut_off(ent)
        if label == "PERSON" and surname is not None and end == ent.end_char:
            end, text = (
                surname.idx + len(surname.text),
                text_of(doc)[start : surname.idx + len(surname.text)],
            )
        if label == "ORG" and _REMIT_BODY.match(text):
            listed = _LISTED_REMIT.match(text_of(doc)[end:])
            if listed:  # "the Department for Roads, Rail and Shipping": the NER stopped at
                end += listed.end()  # the comma of the remit's list
                text = text_of(doc)[start:end]
        if label == "PERSON" and start == ent.start_char and _rank_before(ent):
            rank = ent.doc[ent.start - 1]  # "Sir | Alan Ferrow": the NER left the rank out
            start, text = rank.idx, text_of(doc)[rank.idx : end]
        honoured = label == "PERSON" and bool(
            _PLAIN_HONORIFIC_BEFORE.search(text_of(doc)[max(0, start - 6) : start])
        )
        mentions.append(Mention(start, end, text, label, _is_compound_modifier(ent), honoured))
    mentions = _joined_at_and(doc, mentions)
    mentions = _repair_headline(mentions, body_text, body_start, text_of(doc)[:body_start].strip())
    mentions = _party_phrases(doc, mentions)
    mentions += _untagged_organisations(doc, mentions)
    mentions += _untagged_honorific_names(doc, mentions)
    mentions += _untagged_full_names(doc, mentions)
    return mentions + _untagged_surnames(doc, mentions)


def _joined_at_and(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'British and Irish Lions', 'the Public and Commercial Services Union': a body's name that
    opens with one word and "and", which the NER cut at the "and" (tagging "Irish Lions" or
    "Commercial Services Union" alone). Joined when the word before "and" is an adjective or a
    demonym, or the name ends in a word for a body; "Real Madrid and Real Sociedad" stay two."""
    joined: list[Mention] = []
    dropped: set[tuple[int, int]] = set()
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand") if m.label == "ORG" else None
        if span is None or span.start < 2 or doc[span.start - 1].lower_ != "and":
            joined.append(m)
            continue
        word = doc[span.start - 2]
        before = doc[span.start - 3] if span.start >= 3 else None
        single = before is None or not before.is_title or before.is_sent_start
        body_end = m.text.split()[-1] in ORG_NAME_ENDINGS | BODY_NAME_ENDINGS
        if not (
            word.is_title
            and word.is_alpha
            and single
            and (word.pos_ == "ADJ" or word.ent_type_ == "NORP" or body_end)
        ):
            joined.append(m)
            continue
        start = word.idx
        joined.append(
            Mention(start, m.end, text_of(doc)[start : m.end], m.label, m.is_compound_only)
        )
        dropped.add((word.idx, word.idx + len(word.text)))
    return [m for m in joined if (m.start, m.end) not in dropped]


_PARTY_PHRASE = re.compile(
    r"\b(?:"
    + "|".join(re.escape(a) for a in sorted(PARTY_ALIASES, key=len, reverse=True) if " " in a)
    + r")\b"
)


def party_phrase_at(tok: Token) -> str | None:
    """The party whose name of more than one word ('Liberal Democrat') holds this token."""
    if not tok.text[:1].isupper():
        return None
    sent = tok.sent
    for match in _PARTY_PHRASE.finditer(sent.text):
        if match.start() <= tok.idx - sent.start_char < match.end():
            return PARTY_ALIASES[match.group(0)]
    return None


def _party_phrases(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Liberal Democrat spokesman X', 'the Lib Dem chief executive': a party's name of more
    than one word is one mention of the party, whatever pieces the NER made of it ("Liberal"
    an organisation, "Democrat" a nationality, "The Lib Dem" a person)."""
    text = text_of(doc)
    found = []
    for match in _PARTY_PHRASE.finditer(text):
        start, end = match.span()
        span = doc.char_span(start, end, alignment_mode="expand")
        compound = span is not None and _is_compound_modifier(span)
        found.append(Mention(start, end, match.group(0), "ORG", compound))
    if not found:
        return mentions
    kept = [m for m in mentions if not any(f.start < m.end and m.start < f.end for f in found)]
    return sorted(kept + found, key=lambda m: m.start)


def _untagged_full_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Ravi Anand of Operation Fair Vote said … Mr Anand said' with only the later 'Anand'
    tagged: an untagged first name and surname before it are that person's full name."""
    single = {m.text for m in mentions if m.label == "PERSON" and len(m.text.split()) == 1}
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for tok in doc[1:]:
        before = doc[tok.i - 1]
        if (
            tok.text not in single
            or tok.ent_type_
            or not (before.is_title and before.pos_ == "PROPN" and not before.ent_type_)
            or before.dep_ != "compound"
            or before.head.i != tok.i
            or before.text.rstrip(".") in {"Mr", "Mrs", "Ms", "Miss", "Dr"}
        ):
            continue
        start, end = before.idx, tok.idx + len(tok.text)
        if not any(s < end and start < e for s, e in taken):
            found.append(Mention(start, end, text_of(doc)[start:end], "PERSON"))
    return found


def _untagged_honorific_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Mr Hollis sent the e-mail' with no entity tagged: the capitalised words after an
    honorific (or a rank: 'Lord Tamworth') name a person."""
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for tok in doc[:-1]:
        if tok.text.rstrip(".") not in {"Mr", "Mrs", "Ms", "Miss", "Dr"} and not (
            tok.lower_ in RANK_GENDER  # "Lord Tamworth told reporters"; not "the Lord
            and tok.is_title  # Chancellor said", where an office follows the rank
            and doc[tok.i + 1].lower_ not in PERSON_NOUNS | ROLE_NOUNS | RANK_OFFICE_WORDS
        ):
            continue
        words = []
        for nxt in doc[tok.i + 1 : tok.i + 4]:
            if not nxt.is_title or nxt.ent_type_ or nxt.is_sent_start:
                break
            words.append(nxt)
        if not words:
            continue
        # a rank stays in the name ("Lord Tamworth"; guidelines keep Sir and Lord), an
        # honorific does not ("Mr Hollis" is Hollis)
        first = tok if tok.lower_ in RANK_GENDER else words[0]
        start, end = first.idx, words[-1].idx + len(words[-1].text)
        if not any(s < end and start < e for s, e in taken):
            found.append(Mention(start, end, text_of(doc)[start:end], "PERSON"))
    return found


def _untagged_organisations(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'copy protection firm Macrovision' with no entity tagged: a capitalised name right
    after a noun for a kind of organisation is an organisation, and so is every later
    untagged use of that name, or of a one-word organisation or the acronym that opens one
    ("SBC" of "SBC Communications")."""
    taken = [(m.start, m.end) for m in mentions]
    names: set[str] = set()
    for m in mentions:  # the NER tags a name once and misses it later ("AT&T", "SBC")
        words = m.text.split()
        if m.label == "ORG" and (len(words) == 1 or words[0].isupper() and len(words[0]) > 1):
            names.add(words[0])
        elif (
            m.label == "ORG" and len(words) == 2 and words[1].istitle() and _after_body_kind(m, doc)
        ):
            names.add(words[1])  # "housebuilder George Wimpey … Wimpey reported"
    for tok in doc:
        if (
            tok.is_title
            and tok.pos_ == "PROPN"
            and not tok.ent_type_
            and tok.i > 0
            and doc[tok.i - 1].lower_ in ORG_NOUNS
            and doc[tok.i - 1].head.i == tok.i
            and not _looks_like_role(tok.text)  # "District Court Judge Ann Lee": her title
        ):
            names.add(tok.text)
        elif (
            tok.is_upper
            and len(tok.text) >= 3
            and tok.text.isalpha()
            and tok.pos_ == "PROPN"
            and not tok.ent_type_
            and tok.dep_ == "nsubj"  # ("the PSP is expected to": no speaker)
            and verb_lemma(tok.head.lower_) is not None
            and tok.text not in POSTNOMINALS
            and not _looks_like_role(tok.text)
        ):
            names.add(tok.text)  # "the RSPCA said", the NER silent: an acronym that speaks
            # is a body's, and so is each later untagged use of it
    found = []
    for tok in doc:
        start, end = tok.idx, tok.idx + len(tok.text)
        if tok.text in names and not tok.ent_type_ and not any(s <= start < e for s, e in taken):
            found.append(Mention(start, end, tok.text, "ORG"))
    return found


def _untagged_surnames(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A small NER model tags "Maria Lopez" but often not the later "Lopez": add those."""
    surnames = {
        m.text.split()[-1] for m in mentions if m.label == "PERSON" and len(m.text.split()) >= 2
    }
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for tok in doc:
        if tok.text in surnames and tok.is_title and not tok.ent_type_:
            start, end = tok.idx, tok.idx + len(tok.text)
            if not any(s <= start < e for s, e in taken):
                found.append(Mention(start, end, tok.text, "PERSON"))
    return found


def _repair_headline(
    mentions: list[Mention], body_text: str, body_start: int, first_line: str = ""
) -> list[Mention]:
    """Title case fools NER ("Xiaomi Deny Reported Talks"): keep a headline mention only as the
    longest body entity name it starts with, or as is when it also occurs in the body."""
    if body_text.strip() and _reads_as_a_lede(first_line):
        return mentions  # a web body's first sentence taken for a headline (a bare headline
        # still gets the repair: title case or not, only its own words can vouch for a name)
    body_names = sorted({m.text for m in mentions if m.start >= body_start}, key=len, reverse=True)
    repaired = []
    for m in mentions:
        if m.start >= body_start or m.text in body_text:
            repaired.append(m)
            continue
        prefix = next((n for n in body_names if m.text.startswith(n + " ")), None)
        if prefix is not None:
            body_label = next(
                x.label for x in mentions if x.text == prefix and x.start >= body_start
            )
            repaired.append(Mention(m.start, m.start + len(prefix), prefix, body_label))
    return repaired


_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s*$")


def _reads_as_a_lede(first_line: str) -> bool:
    """A first line that is a whole sentence ending in a stop is the article's lede, not a
    title-case headline (web bodies come without one): its names are the NER's own."""
    words = [w for w in first_line.split() if w[:1].isalpha()]
    lower = sum(1 for w in words if w[:1].islower())
    return bool(_SENTENCE_END.search(first_line)) and lower * 2 > len(words)


def _names_a_country(m: Mention) -> bool:
    """'Irish', 'UK', 'Norland': a form of a country's name, unless a plain honorific makes it
    a person's surname ('Mr Irish', 'Ms English')."""
    return m.text in COUNTRY_ALIASES and not m.honoured


def _canonical_key(m: Mention) -> str:
    if _names_a_country(m):
        return "country:" + COUNTRY_ALIASES[m.text]
    if m.text in PARTY_ALIASES:  # "the Tories" and "the Conservative Party" are one party
        return "party:" + PARTY_ALIASES[m.text]
    if m.label == "PERSON":  # "Robert Kilroy Silk" is "Robert Kilroy-Silk"
        return re.sub(r"(?<=[a-z])-(?=[A-Z])", " ", m.text)
    return m.text


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _abbreviates(short: str, long: str) -> bool:
    """'WTO' of 'World Trade Organisation', 'MFA' of 'Multi-Fibre Agreement', 'LSE' of 'London
    Stock Exchange': an all-capitals word of two to six letters made of the initials of a
    longer name's capitalised words (each part of a hyphenated word counting as one, link words
    such as "of" and "and" left out), or of its capitals ('GSK' of 'GlaxoSmithKline')."""
    if not (short.isalpha() and short.isupper() and 2 <= len(short) <= 6) or " " in short:
        return False
    words = [w for w in long.split() if w.lower() not in NAME_LINK_WORDS]
    if len(words) < 2 and not (len(words) == 1 and len(re.findall(r"[A-Z]", long)) >= 2):
        return False
    parts = [p for w in words for p in w.split("-") if p]
    candidates = {
        "".join(w[0] for w in words if w[:1].isupper()),
        "".join(p[0] for p in parts if p[:1].isupper()),
    }
    if len(words) == 1:
        candidates.add("".join(re.findall(r"[A-Z]", long)))
    return short in candidates


def group_mentions(mentions: list[Mention], body_start: int = 0) -> list[list[Mention]]:
    """Group mentions by canonical key, then link short forms to long ones."""
    groups: dict[str, list[Mention]] = {}
    for m in sorted(mentions, key=lambda x: x.start):
        groups.setdefault(_canonical_key(m), []).append(m)
    keys = sorted(groups, key=len, reverse=True)
    target: dict[str, str] = {}
    for short in keys:
        if short.startswith(("country:", "party:")):
            continue
        long = next(
            (
                k
                for k in keys
                if k != short
                and not k.startswith(("country:", "party:"))
                and target.get(k, k) == k
                and _same_entity(short, k, groups)
                and not _part_of_a_body_named_before(short, k, groups, body_start)
            ),
            None,
        )
        if long is not None:
            target[short] = long
    for short, long in _bare_kind_names(groups).items():
        if short not in target:
            target[short] = target.get(long, long)
    merged: dict[str, list[Mention]] = {}
    for key, ms in groups.items():
        owners = _surname_owners(key, keys, groups, target)
        for m in ms:
            if len(owners) >= 2:  # "Jarek Kujda … Kujda said … Malgorzata Kujda": the one
                named = [k for k in owners if groups[k][0].start < m.start]  # named last before
                home = max(named, key=lambda k: groups[k][0].start) if named else owners[0]
            else:
                home = target.get(key, key)
            merged.setdefault(home, []).append(m)
    return [sorted(ms, key=lambda x: x.start) for ms in merged.values()]


def _part_of_a_body_named_before(
    short: str, long: str, groups: dict[str, list[Mention]], body_start: int
) -> bool:
    """'the IAAF' … 'the IAAF Council', 'Barclays' … 'Barclays Capital': a body the article
    names on its own first is not the longer body named later from its name with more words
    (an arm, a council, a channel of it); only a legal form after it ('Telegraph' …
    'Telegraph Group') keeps them one."""
    short_words, long_words = short.split(), long.split()
    if len(short_words) >= len(long_words) or long_words[: len(short_words)] != short_words:
        return False
    if all(w.lower().rstrip(".") in LEGAL_FORM_WORDS for w in long_words[len(short_words) :]):
        return False
    short_labels = {m.label for m in groups[short]}
    if "ORG" not in short_labels or not short_labels <= {"ORG", "PRODUCT"}:
        return False
    if any(m.label != "ORG" for m in groups[long]):
        return False
    in_body = [m.start for m in groups[short] if m.start >= body_start]
    # (named at least twice: a lone capitalised word the NER took for a body, "TV", is no
    # body the article introduces)
    return len(in_body) >= 2 and min(in_body) < groups[long][0].start


def _surname_owners(
    short: str, keys: list[str], groups: dict[str, list[Mention]], target: dict[str, str]
) -> list[str]:
    """The full names of different people a one-word surname belongs to ("Kujda" of "Jarek
    Kujda" and "Malgorzata Kujda"), in the order they are first named; none or one if it is
    not shared."""
    if " " in short or not any(m.label == "PERSON" for m in groups[short]):
        return []
    owners = [
        k
        for k in keys
        if k != short
        and " " in k
        and target.get(k, k) == k
        and k.split()[-1] == short
        and all(m.label == "PERSON" for m in groups[k])
    ]
    return sorted(owners, key=lambda k: groups[k][0].start)


def _bare_kind_names(groups: dict[str, list[Mention]]) -> dict[str, str]:
    """'the Bank' after 'the Central Bank of Norland', 'the Commission' after 'the European
    Commission': a capitalised kind of body, alone, is the body of that kind named first."""
    kinds = ORG_NOUNS | NAMED_KIND_NOUNS  # "The Institute also cited": the Film Institute
    found = {}
    for short, ms in groups.items():
        words = short.split()
        if len(words) != 1 or not short.istitle() or short.lower() not in kinds:
            continue
        if any(m.label != "ORG" for m in ms):
            continue
        first = ms[0].start
        named = [
            (g[0].start, key)
            for key, g in groups.items()
            if len(key.split()) >= 2
            and short in key.split()
            and g[0].start < first
            and all(m.label == "ORG" for m in g)
        ]
        if named:
            found[short] = min(named)[1]
    return found


def _same_entity(short: str, long: str, groups: dict[str, list[Mention]]) -> bool:
    short_words, long_words = short.split(), long.split()
    if _abbreviates(short, long) and not any(m.label == "PERSON" for m in groups[long]):
        return True  # "the World Trade Organisation (WTO) … the WTO said": one body
    if len(short_words) >= len(long_words):
        return short.isupper() and len(short) >= 2 and _initials(long) == short
    if (
        len(short_words) == 1
        and long_words[-1].lower() == "family"
        and any(m.label == "PERSON" for m in groups[short])
    ):
        return False  # "Mueller said" is one person, not "the Mueller family"
    labels_long = {m.label for m in groups[long]}
    if (
        "PERSON" not in labels_long
        and len(short_words) >= 2
        and any(m.label == "PERSON" for m in groups[short])
    ):
        return False  # "Robert Kilroy-Silk" is not the "Robert Kilroy-Silk Party"
    if "PERSON" in labels_long:  # a surname or first name of a full name ("Kilroy", "Kilroy
        # Silk" and "Kilroy-Silk" of "Robert Kilroy-Silk"), hyphens or not
        short_parts, long_parts = re.split(r"[\s-]+", short), re.split(r"[\s-]+", long)
        if (
            len(short_parts) == 2
            and len(long_parts) >= 3
            and short_parts[0].lower() in KNIGHTLY_RANKS
            and long_parts[:2] == short_parts
        ):
            return True  # "Sir Alan" is how the press names "Sir Alan Ferrow" again
        if len(short_parts) >= 2:
            return long_parts[-len(short_parts) :] == short_parts
        return len(short_words) == 1 and short_parts[0] in long_parts
    if len(short_words) == 1 and any(  # "Kilroy-Silk" tagged ORG, "Robert Kilroy-Silk" PERSON
        short_words[0] == m.text.split()[-1] and len(m.text.split()) >= 2
        for m in groups[long]
        if m.label == "PERSON"
    ):
        return True
    if (  # "Kemp" tagged PERSON, "Laura Kemp" tagged ORG: a first name and the surname
        len(short_words) == 1
        and len(long_words) == 2
        and long_words[-1] == short_words[0]
        and all(m.label in {"PERSON", "GPE"} for m in groups[short])
        and any(m.label == "PERSON" for m in groups[short])
        and all(w[:1].isupper() and w[1:].islower() for w in long_words)
        and long_words[-1] not in ORG_NAME_ENDINGS
    ):
        return True
    if {m.label for m in groups[short]} <= PLACE_LABELS and long_words[
        -1
    ] in ORG_NAME_ENDINGS | PLACE_INSTITUTIONS:
        return False  # the city of Leeds is not "Leeds City Council" ("Us" is "Us Weekly")
    if all(m.label == "NORP" for m in groups[short]) and any(
        m.label != "NORP" for m in groups[long]
    ):
        return False  # "European" (the people) is not the "European Film Market"
    if names_a_product(long) and not names_a_product(short):
        return False  # "Apple" is not the "Apple Watch"
    if {m.label for m in groups[long]} <= PLACE_LABELS and any(
        m.label == "ORG" for m in groups[short]
    ):
        return False  # the club "Rovers" is not its ground "Rovers Park"
    if _last_word_of_one_body(short, long, groups):
        return True
    return long_words[: len(short_words)] == short_words  # "Ford" / "Ford Motor"


def _last_word_of_one_body(short: str, long: str, groups: dict[str, list[Mention]]) -> bool:
    """'the Post' after 'the New York Post', 'the Herald' after 'the Tarvik Herald': a
    capitalised one-word body is the one longer body named that ends with it."""
    if " " in short or not short.istitle() or not long.endswith(" " + short):
        return False
    if any(m.label != "ORG" for m in groups[short] + groups[long]):
        return False
    enders = [
        k for k, g in groups.items() if k.endswith(" " + short) and all(m.label == "ORG" for m in g)
    ]
    return enders == [long]


def names_a_product(name: str) -> bool:
    """'Apple Watch', 'Google Glass Explorer', 'Apple Store': a maker's name and a product
    noun (which "Judicial Watch" has too: the maker must be named on its own as well)."""
    words = name.split()
    return len(words) >= 2 and words[1].lower() in PRODUCT_NOUNS


def _entity_type(ms: list[Mention], doc: Doc) -> str:
    labels = Counter(m.label for m in ms)
    if any(m.label == "GPE" and m.text in COUNTRY_ALIASES for m in ms):
        unions = {COUNTRY_ALIASES[m.text] for m in ms if m.text in COUNTRY_ALIASES}
        return "organization" if unions <= STATE_UNIONS else "place"
    named_laws = [m for m in ms if len(m.text.split()) >= 2 and m.text.split()[-1] in LAW_ENDINGS]
    if named_laws and all(m in named_laws or _abbreviates(m.text, named_laws[0].text) for m in ms):
        return "other"  # "the Consumer Protection Against Spyware Act", "the Gambling Bill",
        # "the Multi-Fibre Agreement (MFA)"
    if any(m.text in PARTY_ALIASES for m in ms):
        return "organization"
    label = labels.most_common(1)[0][0]
    spelled = [m for m in ms if " " in m.text]
    if spelled and all(m in spelled or _abbreviates(m.text, spelled[0].text) for m in ms):
        label = Counter(m.label for m in spelled).most_common(1)[0][0]  # "the National
        # Growers Council (NGC) … NGC said": the NER reads the name better than its letters
    text = text_of(doc)
    honoured = any(_PLAIN_HONORIFIC_BEFORE.search(text[max(0, m.start - 6) : m.start]) for m in ms)
    if any(_after_body_kind(m, doc) for m in ms) and not honoured:
        if _a_person_a_pronoun_follows(ms, doc):
            return "person"  # "broadcaster Ann Lee has begun selling her ..."
        return "organization"  # "housebuilder George Wimpey … Wimpey said" ("publisher Ann
        # Lee … Mrs Lee": a person, whom an honorific names)
    if label != "PERSON" and any(
        _PLAIN_HONORIFIC_BEFORE.search(text[max(0, m.start - 6) : m.start]) for m in ms
    ):
        return "person"  # "X's Sundar Katwala said … Mr Katwala added": whatever the NER's label
    full_names = [m.text.split() for m in ms if m.label == "PERSON" and len(m.text.split()) >= 2]
    if label != "PERSON" and _a_full_name_its_surname_a_person(ms):
        label = "PERSON"
    if label != "PERSON" and any(  # a full person name and its surname however NER labelled it
        all(_part_of_name(m.text.split(), n) or m.label == "PERSON" for m in ms) for n in full_names
    ):
        label = "PERSON"
    if (
        label == "ORG"
        and any(_counted_as_a_thing(m, doc) for m in ms)
        and not any(_speaks(m, doc) for m in ms)
    ):
        return "other"  # "a player such as an Xpod": one of many things, not a body
    if label in {"GPE", "LOC"} and any(_firm_name_read_as_a_place(m) for m in ms):
        return "organization"  # "analysts at Tarvo Research": a firm, not a place
    if label in {"PERSON", "GPE", "LOC"} and any(
        len(m.text.split()) >= 2 and m.text.split()[-1] in CLUB_NAME_ENDINGS for m in ms
    ):
        return "organization"  # "Tarvik United", "Leeds Rovers": clubs, not people or places
    if label == "PERSON" and any(
        len(m.text.split()) >= 2
        and m.text.split()[-1].rstrip(".") in ORG_NAME_ENDINGS | BODY_NAME_ENDINGS
        for m in ms
    ):
        label = "ORG"
    if label == "PERSON" and not full_names and _conjoined_with_org(ms, doc):
        label = "ORG"  # ("Robert Kilroy-Silk" stays a person in "Kilroy-Silk, UKIP and …")
    if label == "PERSON" and not full_names and any(_takes_a_plural_verb(m, doc) for m in ms):
        label = "ORG"  # "Rovers have confirmed": one person never takes "have" or "are"
    if label == "PERSON" and _only_beside_bodies_or_places(ms, doc):
        label = "ORG"  # "against Dunmore Town and Ashby Vale": a side, not a person
    if (
        label == "PERSON"
        and not any(_PLAIN_HONORIFIC_BEFORE.search(text[max(0, m.start - 6) : m.start]) for m in ms)
        and any(_owns_a_body_part(m, doc) for m in ms)
    ):
        return "organization"  # "Rovers United's board": a person has no board
    if label == "PERSON" and not full_names and any(_owns_an_its(m, doc) for m in ms):
        label = "ORG"  # "Tarvos is convinced that its bid is fair": a person is never "its"
    if (
        label == "PERSON"
        and any(m.label == "ORG" for m in ms)
        and all(len(m.text.split()) == 1 for m in ms)
    ):
        label = "ORG"
    if label == "PERSON" and all(_work_of_a_maker(m, doc) for m in ms):
        return "other"  # "the star of Little Terror and Wasp": works, whatever their names
    if label == "PERSON" and not full_names and any(_titles_a_work(m, doc) for m in ms):
        return "other"  # "her gritty drama Wasp … Wasp tells the story": a work, no person
    if label == "PERSON" and not honoured and any(_named_as_a_work(m, doc) for m in ms):
        return "other"  # "The film, A Tall Story, chronicles ...": a work, not a person
    if (
        label in {"PERSON", "ORG"}
        and not full_names
        and all(_home_after_an_age(m, doc) for m in ms)
    ):
        return "place"  # "Ana Ruiz, 36, from Tarvik": where she is from, not a person
    if (
        label in {"ORG", "GPE", "LOC", "FAC"}
        and not any(_owns_an_its(m, doc) or _takes_a_plural_verb(m, doc) for m in ms)
        and not any(_owns_a_body_part(m, doc) for m in ms)
        and any(_owns_a_persons_pronoun(m, doc) for m in ms)
    ):
        return "person"  # "Federer admitted he was tired", "Lowe withdrew his offer": a body
        # is never "he" or "his"
    if label in {"ORG", "GPE", "LOC", "FAC"} and any(
        name_before_its_title(span) for span in _spans_of(ms, doc)
    ):
        return "person"  # "Ann Vale mobile industry specialist at X": a title's holder
    if label in {"ORG", "GPE", "LOC", "FAC"} and any(_takes_a_post(m, doc) for m in ms):
        return "person"  # "Quill joined Barnford as chief executive": a body holds no post
    if label in {"ORG", "GPE", "LOC", "FAC"} and (
        _named_among_people(ms, doc) or _named_beside_a_title(ms, doc)
    ):
        return "person"  # "starring Ann Lee, Cate Vane and Ivo Marr": the NER's lists flip
    if label in {"ORG", "GPE", "LOC", "FAC"} and any(_after_a_title_noun(m, doc) for m in ms):
        return "person"  # "Cebit organiser Ana Ruiz": a title's holder
    if label == "PERSON" and any(_after_a_plural_title(m, doc) for m in ms):
        return "organization"  # "consultants Tarvik Analytics": many people, one firm
    return LABEL_TYPES.get(label, "other")


def _a_person_a_pronoun_follows(ms: list[Mention], doc: Doc) -> bool:
    """'Broadcaster Ivo Lee has begun selling his ...', 'film-maker Ivo Marr has said. He
    told ...': a full name that opens with a known first name, after a trade noun that also
    names firms, is a person when a "he"/"she" or "his"/"her" of the first name's gender
    (either, for a name given to both) points back to it: later in its own sentence, or as the
    subject opening the next sentence, where its sentence names nobody else and it is that
    sentence's subject."""
    for m in ms:
        if " " not in m.text or not _opens_with_a_first_name([m]):
            continue
        first = m.text.split()[0]
        if first in MALE_FIRST_NAMES and first not in FEMALE_FIRST_NAMES:
            subjects, owners = {"he"}, {"his"}
        elif first in FEMALE_FIRST_NAMES and first not in MALE_FIRST_NAMES:
            subjects, owners = {"she"}, {"her"}
        else:  # "Chris", "Sam": either
            subjects, owners = set(PERSON_SUBJECT_PRONOUNS), set(PERSON_OWNER_PRONOUNS)
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.root.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        sent = span.root.sent
        if span.root.head != sent.root:
            continue
        if any(
            e.label_ == "PERSON" and (e.end <= span.start or e.start >= span.end) for e in sent.ents
        ):
            continue
        if any(
            t.lower_ in owners and t.dep_ == "poss" or t.lower_ in subjects and t.dep_ == "nsubj"
            for t in doc[span.end : sent.end]
        ):
            return True
        if sent.end < len(doc):
            opener = doc[sent.end]
            if opener.lower_ in subjects and opener.dep_ in {"nsubj", "nsubjpass"}:
                return True
    return False


def _a_full_name_its_surname_a_person(ms: list[Mention]) -> bool:
    """'Ivo Marr' (taken for a body) ... 'Marr' (taken for a person): a name of two plain
    capitalised words, the last no word for a body, whose last word alone the NER read as a
    person's at least as often as it read the whole name as something else, is a person's
    name ("Norske Tarvo" three times a body, "Tarvo" once a person, stays a body)."""
    for m in ms:
        words = m.text.split()
        if (
            len(words) == 2
            and m.label != "PERSON"
            and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)
            and words[-1] not in ORG_NAME_ENDINGS | BODY_NAME_ENDINGS | PLACE_INSTITUTIONS
        ):
            as_person = sum(o.label == "PERSON" and o.text == words[-1] for o in ms)
            as_other = sum(o.label != "PERSON" and o.text == m.text for o in ms)
            if as_person and as_person >= as_other:
                return True
    return False


def _counted_as_a_thing(m: Mention, doc: Doc) -> bool:
    """'such as an Xpod', 'bought a Tarvo': a name with "a" or "an" for its determiner is one
    of many things of that make, not the body itself."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start == 0 or span.root.dep_ == "compound":
        return False
    before = doc[span.start - 1]
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.pos_ not in {"PUNCT", "ADP", "SCONJ", "PART", "SPACE"}:
        return False  # "a House of Commons ruling", "a Tarvo and Norland co-production": the
        # name may only modify what the article counts
    return before.lower_ in {"a", "an"} and before.dep_ == "det" and before.head == span.root


def _speaks(m: Mention, doc: Doc) -> bool:
    """The name is the subject of a verb of saying ("Tarvo said")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in {"nsubj", "nsubjpass"} and verb_lemma(root.head.text) is not None


def _firm_name_read_as_a_place(m: Mention) -> bool:
    """'Tarvo Research', 'Norland Labs': a name of two or more capitalised words whose last is
    a word a firm's name ends with and no place's does."""
    words = m.text.split()
    return (
        len(words) >= 2
        and all(w[:1].isupper() for w in words)
        and words[-1] not in REGION_NAME_TAILS
        and words[-1] in ORG_NAME_ENDINGS | BODY_NAME_ENDINGS | FIRM_NAME_TAILS
    )


def _part_of_name(words: list[str], full: list[str]) -> bool:
    """'Lee' of 'Ann Lee', 'Ann' of it, and 'El Tarik' of 'Omar El Tarik' (a surname that opens
    with a particle): the first name or a tail of the full name."""
    return 0 < len(words) < len(full) and (words == full[-len(words) :] or words == full[:1])


def _opens_with_a_first_name(ms: list[Mention]) -> bool:
    """Every mention is two or three capitalised words that open with a first name, and none
    ends in a word that names a body or an institution."""
    for m in ms:
        words = m.text.split()
        if not (
            2 <= len(words) <= 3
            and words[0] in FIRST_NAMES
            and all(
                w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words
            )
            and words[-1] not in ORG_NAME_ENDINGS | BODY_NAME_ENDINGS | PLACE_INSTITUTIONS
        ):
            return False
    return bool(ms)


def _named_beside_a_title(ms: list[Mention], doc: Doc) -> bool:
    """A name that opens with a first name, in apposition to a person's title ("the new
    chairman of the Bar, Ann Vane QC, warned", "Ann Vane, chairman of the Bar, said"): a
    person whatever the NER's label."""
    if not _opens_with_a_first_name(ms):
        return False
    for span in _spans_of(ms, doc):
        root = span.root
        beside = _linked_by(root, "appos")
        if any(t.lower_ in PERSON_NOUNS for t in beside):
            return True
    return False


def _named_among_people(ms: list[Mention], doc: Doc) -> bool:
    """A name of two or three capitalised words that opens with a first name and stands in a
    list beside people's names ("Ann Lee, Cate Vane and Ivo Marr"; the small NER model often
    types one of a list as an organisation or a place): a person. A body named after its
    founder ("Thomas Cook") is not listed among people."""
    if not _opens_with_a_first_name(ms):
        return False
    for span in _spans_of(ms, doc):
        before = doc[span.start - 2] if span.start >= 2 else None
        after = doc[span.end + 1] if span.end + 1 < len(doc) else None
        for near, link in (
            (before, doc[span.start - 1] if span.start else None),
            (after, doc[span.end] if span.end < len(doc) else None),
        ):
            if (
                near is not None
                and link is not None
                and link.text in {",", "and"}
                and near.ent_type_ == "PERSON"
            ):
                return True
    return False


def _home_after_an_age(m: Mention, doc: Doc) -> bool:
    """A name after the news formula "<Name>, <age>, from": the person's home town or region
    ("Ana Ruiz, 36, from Tarvik, said")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start < 4:
        return False
    comma, age, comma2, prep = doc[span.start - 4 : span.start]
    return prep.lower_ == "from" and comma2.text == "," and age.like_num and comma.text == ","


def _after_body_kind(m: Mention, doc: Doc) -> bool:
    """A name right after a noun for a kind of business that modifies it ("housebuilder
    George Wimpey", "copy protection firm Veritrax")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    modifies = before.head.i in range(span.start, span.end)
    if before.lower_ in ORG_NOUNS | BODY_KIND_PREMODIFIERS and modifies:
        return True
    owner = span.root.head
    if (
        span.root.dep_ == "appos"
        and owner.lower_ in ORG_NOUNS
        and owner.pos_ == "NOUN"
        and (owner.i == before.i or before.text == ",")
    ):
        return True  # "his company Tarvo Films", "its parent company, Tarvo,": the noun's name
    # "an analyst at brokers Seymour", "Ann Lee at analysts Gartner": a trade in the plural
    # before a name that is the object of "at" or "from" names the firm
    name_head = span.root
    return (
        modifies
        and before.tag_ == "NNS"
        and before.lower_[:-1] in PERSON_NOUNS
        and name_head.dep_ == "pobj"
        and name_head.head.lower_ in {"at", "from"}
    )


def _takes_a_post(m: Mention, doc: Doc) -> bool:
    """A one-word name, the NER's organisation or place, that is the subject of a verb whose
    'as' phrase is a person's title ("Quill joined Barnford as chief executive", "Kerr
    stepped down as manager"): a person's surname."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or len(span) != 1 or m.text in COUNTRY_ALIASES or m.text.isupper():
        return False
    name = span.root
    if name.dep_ != "nsubj" or (name.i > 0 and doc[name.i - 1].lower_ == "the"):
        return False
    if name.head.lower_ in OBJECT_TITLE_VERBS and any(c.dep_ == "dobj" for c in name.head.children):
        return False  # "Rovers appoint Hale as manager": Hale takes the post
    for prep in name.head.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            post = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if post is not None and post.is_lower and post.lower_ in PERSON_NOUNS:
                return True
    return False


def _titles_a_work(m: Mention, doc: Doc) -> bool:
    """A name right after a noun for a work ("the film Little Terror", "debut album Rise")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    return before.lower_ in WORK_NOUNS and before.pos_ == "NOUN"


def _named_as_a_work(m: Mention, doc: Doc) -> bool:
    """A name the sentence itself calls a work: in apposition to a noun for a work ("The
    film, A Tall Story, chronicles ...", "his album, Blue Ash,") or the subject of "be" with
    such a noun as its complement ("Wolf Moon is an enchanting book"). (A work noun the parser
    hung on the name, "Ann Lee and Ivo Marr's show", is no evidence: a possessive misread.)"""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "appos" and root.head.lower_ in WORK_NOUNS and root.head.pos_ == "NOUN":
        return True
    if root.dep_ == "nsubj" and root.head.lower_ in COPULAS:
        return any(
            c.dep_ == "attr" and c.lower_ in WORK_NOUNS and c.pos_ == "NOUN"
            for c in root.head.children
        )
    return False


def _work_of_a_maker(m: Mention, doc: Doc) -> bool:
    """A name after "of" a maker known by works ("the star of Little Terror and Wasp"): a
    work, even one named like a person."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "of Little Terror and Wasp": each conjunct
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.lower_ in WORK_MAKER_NOUNS
    )


def _owns_a_body_part(m: Mention, doc: Doc) -> bool:
    """The name owns what only a body has: "Rovers United's board", "Tarvos's shareholders"."""
    following = re.match(r"(?:'s|’s|')\s+([a-z]+)", text_of(doc)[m.end : m.end + 40])
    return following is not None and following.group(1) in BODY_OWNED_NOUNS


def _owns_an_its(m: Mention, doc: Doc) -> bool:
    """The name is the subject "its" points back to: the nearest clause above the "its" whose
    subject does not contain it has the name as subject ("Tarvos is convinced that its
    acquisition is right"; not "Smith said the firm would raise its prices")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or len(span.text.split()) != 1:
        return False
    name = span.root
    if name.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    for its in name.sent:
        if its.lower_ != "its" or its.dep_ != "poss":
            continue
        ancestors = set(its.ancestors)
        for head in its.ancestors:
            subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is None or subject in ancestors:
                continue  # the clause whose subject holds the "its" itself
            if subject.i == name.i:
                return True
            break
    return False


def _owns_a_persons_pronoun(m: Mention, doc: Doc) -> bool:
    """The name is the subject a "he", "she", "his" or "her" points back to, as "its" does in
    _owns_an_its ("Federer admitted he was tired", "Lowe had bid but withdrew his offer"), and
    its sentence names nobody else the pronoun could stand for: a person, not a body."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or m.text in COUNTRY_ALIASES or m.text.isupper():
        return False
    name = span.root
    if name.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    sent = name.sent
    if any(t.ent_type_ == "PERSON" and t.i not in range(span.start, span.end) for t in sent):
        return False
    for pronoun in sent:
        subject_pronoun = pronoun.lower_ in PERSON_SUBJECT_PRONOUNS and pronoun.dep_ in {
            "nsubj",
            "nsubjpass",
        }
        owner = pronoun.lower_ in PERSON_OWNER_PRONOUNS and pronoun.dep_ == "poss"
        if not (subject_pronoun or owner) or pronoun.i < name.i:
            continue
        ancestors = set(pronoun.ancestors)
        for hop, head in enumerate(pronoun.ancestors):
            if hop and head.pos_ in {"NOUN", "PROPN", "PRON"}:
                break  # "X is one of the firms which he says …": a clause inside a noun
                # phrase may be anybody's
            subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is None or subject in ancestors or subject.i == pronoun.i:
                continue  # the clause the pronoun is the subject of, or a subjectless one
            if subject.i == name.i:
                return True
            break
    return False


def _spans_of(ms: list[Mention], doc: Doc) -> Iterator[Span]:
    """The parsed spans of the mentions (those the tokens cover)."""
    for m in ms:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            yield span


def _linked_by(root: Token, dep: str) -> list[Token]:
    """The words a name's head is joined to by ``dep`` either way: its own head when it hangs
    on one so ("conj", "appos"), and its dependents so joined."""
    linked = [root.head] if root.dep_ == dep else []
    return linked + [c for c in root.children if c.dep_ == dep]


def _conjoined_with_org(ms: list[Mention], doc: Doc) -> bool:
    """'Ford and Xiaomi': a name coordinated with an organisation is an organisation."""
    for span in _spans_of(ms, doc):
        root = span.root
        partners = _linked_by(root, "conj")
        if any(p.ent_type_ == "ORG" for p in partners):
            return True
    return False


def _takes_a_plural_verb(m: Mention, doc: Doc) -> bool:
    """A one-word name, alone as subject, of a plural present or past verb ("Rovers have
    won", "Wessex are 17th", "Ashby were beaten"): a team or a body, as British usage
    writes them; a single person takes "has", "is", "was"."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    name = span.root
    if name.dep_ not in {"nsubj", "nsubjpass"} or any(
        c.dep_ in {"conj", "cc"} for c in name.children
    ):
        return False
    if _PLAIN_HONORIFIC_BEFORE.search(text_of(doc)[max(0, m.start - 6) : m.start]):
        return False
    verb = name.head
    forms = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]
    return any(t.tag_ == "VBP" or t.lower_ == "were" for t in forms)


def _only_beside_bodies_or_places(ms: list[Mention], doc: Doc) -> bool:
    """A name tagged as a person whose every mention is coordinated with an organisation or
    a place ("played Dunmore Town and Ashby Vale", "Wessex, Ashby Vale and Leeds") and whose
    first word is no known first name: a club or a body, never a person to quote."""
    for m in ms:
        words = m.text.split()
        if words[0] in FIRST_NAMES:
            return False
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        partners = _linked_by(root, "conj")
        if _PLAIN_HONORIFIC_BEFORE.search(text_of(doc)[max(0, m.start - 6) : m.start]):
            return False  # "Mr Hale and Mr Okoro": people, whatever the NER says
        if not any(
            p.ent_type_ in {"ORG", "GPE"} and p.left_edge.text not in HONORIFICS for p in partners
        ):
            return False
    return bool(ms)


def _canonical_name(ms: list[Mention]) -> str:
    for m in ms:
        if _names_a_country(m):
            return COUNTRY_ALIASES[m.text]
        if m.text in PARTY_ALIASES:
            return PARTY_ALIASES[m.text]
    texts = [m.text for m in ms]  # the fullest form, the most used of those, the first
    return max(
        texts,
        key=lambda t: (len(re.split(r"[\s-]+", t)), texts.count(t), -texts.index(t), len(t)),
    )


_NAME_WORD = r"[A-Z][\w&'.-]*"


def _spelled_out(acronym: str, text: str) -> str | None:
    """'Athletics Kenya (AK) had suspended her … AK insisted': an acronym the article
    defines in brackets after the capitalised words whose initials it takes is named in
    full (the guidelines' fullest form), even where the NER tagged only the acronym."""
    if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 6):
        return None
    for found in re.finditer(r"((?:\S+\s+){1,8})\(" + re.escape(acronym) + r"\)", text):
        words = found.group(1).split()
        for size in range(len(acronym), len(words) + 1):
            phrase = words[-size:]
            if not re.fullmatch(_NAME_WORD, phrase[0]):
                continue
            capitals = [w for w in phrase if w.lower() not in NAME_LINK_WORDS]
            if (
                all(re.fullmatch(_NAME_WORD, w) for w in capitals)
                and "".join(w[0] for w in capitals) == acronym
            ):
                return " ".join(phrase)
    return None


def name_holds(name: str, noun: str) -> bool:
    """Whether a body's name holds the noun it may be called by: as a word ("the bank" of
    "Norland Bank", "the airline" of "Delta Airlines") or as the end of a one-word name
    ("Nordbank" is a bank). The one test the resolver and the claim texts share."""
    words = re.findall(r"[a-z]+", name.lower())
    if noun in words or noun + "s" in words:
        return True
    return len(noun) >= 4 and any(w.endswith(noun) and w != noun for w in words)


def describes(doc: Doc, mention: Mention, noun: str) -> bool:
    """Whether the article calls the body of this mention a ``noun`` where it names it: in its
    name (``name_holds``), as a word of the phrase before it ("UK sportswear firm Acme"), or in
    apposition ("Acme, the sportswear firm"; "the sportswear firm, Acme")."""
    if name_holds(mention.text, noun):
        return True
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    for i in range(span.start - 1, max(-1, span.start - 4), -1):
        if doc[i].pos_ in {"VERB", "AUX", "ADP", "PUNCT", "SCONJ", "CCONJ"}:
            break  # "Government figures suggest TB…": a word of another phrase
        if doc[i].lower_ == noun:
            return True
    root = span.root
    if any(c.dep_ == "appos" and c.lower_ == noun for c in root.children):
        return True
    return root.dep_ == "appos" and root.head.lower_ == noun


def extract_entities(doc: Doc, body_start: int = 0) -> EntityTable:
    """Entities of the article, in order of first mention."""
    records = []
    groups = group_mentions(collect_mentions(doc, body_start), body_start)
    names = {m.text for ms in groups for m in ms if " " not in m.text}
    for ms in groups:
        etype = _entity_type(ms, doc)
        if all(names_a_product(m.text) and m.text.split()[0] in names for m in ms):
            etype = "other"  # "the Apple Watch" beside "Apple": a product speaks for nobody
        if etype == "organization" and all(m.is_compound_only for m in ms):
            continue  # "EV makers", "EV race": a modifier, not an organisation
        name = _canonical_name(ms)
        if etype == "organization":
            name = _spelled_out(name, text_of(doc)) or name
        records.append(EntityRecord(name, etype, ms))
    records.sort(key=lambda r: r.mentions[0].start)
    return EntityTable(records)
