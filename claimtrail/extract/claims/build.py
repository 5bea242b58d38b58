"""Claims: the central claim of the article and other attributed propositions, with status.

The central claim comes from the headline: "S deny/confirm/say C" gives the claim C and an
attribution to S; a headline with no reporting verb states the claim itself. Body sentences
that refer to the claim (its entities and content words, or "the rumours", "the talks") add
attributions: "shut down by both companies" (deny), "a report by the Financial Times" (report),
"sources suggested" (speculate, hedged). Reported speech and partial quotes give the other
claims; "X's alleged ties to Y, a claim the company has contested" gives an allegation and a
contest. Status follows from the attitudes (see ``status_of``).
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from claimtrail.extract.claims.accusations import accusation_record
from claimtrail.extract.claims.attitudes import (
    AttitudeCue,
    cues_in_sentence,
    decides,
    resolve_source,
)
from claimtrail.extract.claims.claim_text import own_words, stand_alone
from claimtrail.extract.claims.contrary import join_contraries
from claimtrail.extract.claims.cue_records import cue_records
from claimtrail.extract.claims.groups import Group, claim_of, group_records, share, stands_of
from claimtrail.extract.claims.holders import unnamed_source
from claimtrail.extract.claims.quote_records import is_dismissal_label, quote_records
from claimtrail.extract.claims.records import (
    Record,
    affirm,
    content_words,
    fold,
    name_folds,
    word_weights,
)
from claimtrail.extract.quotes.headline import (
    HeadlineParts,
    headline_tokens,
    in_headline_quotation,
    split_headline,
)
from claimtrail.extract.speakers.entities import EntityRecord, EntityTable, Mention, describes
from claimtrail.ingest.readers import RawArticle
from claimtrail.models import Attribution, Claim, ClaimStatus, Cue, Quote, Source
from claimtrail.parse.text import sentences, text_of
from claimtrail.status import UNATTRIBUTED, decide
from claimtrail.vocabulary.answers import DECIDED_THINGS, PLEA_FORMS, PLEADED_TO_POINTERS
from claimtrail.vocabulary.gazetteer import (
    NON_AGENT_NOUNS,
    ORG_NOUNS,
    PERSON_NOUNS,
    SPEAKER_NOUNS,
    SPOKES_NOUNS,
)
from claimtrail.vocabulary.grammar import CLAIM_STOP_WORDS, RELATIVE_PRONOUNS
from claimtrail.vocabulary.lexicon import (
    ALLEGATION_MODIFIERS,
    CLAIM_ANAPHORS,
    DISMISSAL_WORDS,
    HEADLINE_HEDGES,
    LABEL_VERBS,
    NOT_ATTRIBUTIONS,
    REPORTING_VERBS,
    attitude_of,
    verb_lemma,
)
from claimtrail.vocabulary.realis import OPEN_QUESTION_MARKS, STATE_OF_MIND_ADJECTIVES
from claimtrail.vocabulary.referents import (
    BUSINESS_DESCRIPTION_NOUNS,
    DESCRIPTIVE_PERSON_NOUNS,
    RELATIONAL_PERSON_NOUNS,
)
from claimtrail.vocabulary.speech_person import POSSESSIVE_SUBJECTS

# Marks around a headline's quoted words.
QUOTE_MARKS = "'‘’\"“”"
DOUBLE_QUOTE_MARKS = '"“”'
# Attitudes a body sentence can take toward the headline's claim.
CENTRAL_ATTITUDES = {"deny", "confirm", "report", "speculate", "question"}
# Content words shared with the claim that make a sentence "about" it.
MIN_SHARED_KEYWORDS = 2


def extract_claims(
    doc: Doc, raw: RawArticle, quotes: list[Quote], entities: EntityTable
) -> list[Claim]:
    """The article's claims, central first: the headline's claim and the allegations seed the
    groups; every attributed proposition (quotes, reports, rumours, accusations, evidentials,
    denials of "the claims") joins the claim it is about or founds one (``claim_groups``)."""
    seeds: list[Claim] = []
    central = central_claim(doc, raw, quotes, entities)
    if central is not None:
        seeds.append(central)
    seeds += allegation_claims(doc, entities, start_id=len(seeds) + 1)
    weights = word_weights(doc)
    propositions = {q.id: _proposition_of(doc, q) for q in quotes if _plausible_speaker(doc, q)}
    records = quote_records(doc, quotes, entities)
    for r in records:
        proposition = propositions.get(r.quote_id or "")
        # Any quote that states a proposition (a verb) in a plausible speaker's name may found
        # a claim, direct quotes included ("We have one of the lowest rates of X").
        if r.kind == "quote":
            r.founds = bool(proposition)
        quote = next((q for q in quotes if q.id == r.quote_id), None)
        whole = quote is not None and (quote.start, quote.end) == (r.start, r.end)
        # a labelled fragment's proposition ("X is the Y") is not the quote's own words
        labelled = quote is not None and proposition not in (None, _normalise(quote.text))
        if proposition and quote is not None and whole and quote.kind == "direct" and not labelled:
            # one sentence, the speaker's "I" written as the speaker (guidelines B: text)
            proposition = _normalise(
                own_words(doc, quote.start, quote.text, r.source, entities, quotes)
            )
        if proposition and r.source.name != UNATTRIBUTED and whole:
            # "labeled X an 'existential threat'" → "X are an existential threat"
            r.text = stand_alone(
                proposition, doc, r.start, r.source, entities, r.attitude == "allege"
            )
        if r.kind == "accusation" and quote is not None and quote.kind != "indirect":
            r.text = _accusation_text(doc, r, entities, quotes) or r.text
    records += cue_records(doc, quotes, entities, raw.body_start)
    for r in records:
        if r.kind == "plea":
            r.context = frozenset(_plea_object_words(doc, r))
    seed_words = [_seed_words(doc, c) for c in seeds]
    lead_end = _lead_end(doc, raw.body_start)
    groups = group_records(records, seeds, seed_words, weights, lead_end, name_folds(doc))
    groups = join_contraries(doc, groups, weights, name_folds(doc))
    groups = _choose_central(doc, raw, groups, weights)
    claims = stated_in(doc, [claim_of(g, f"C{i + 1}") for i, g in enumerate(groups)])
    head = next(
        (
            i
            for i, g in enumerate(groups)
            if central
            and g.seed is not None
            and g.seed.start == central.start
            and g.seed.end == central.end
        ),
        None,
    )
    if head is not None:
        claims[head] = _unborrowed(claims[head], claims)
    claims = _outlet_report(doc, raw, claims, quotes, head, weights)
    return _spelled_out(
        doc, raw, _lead_joined(doc, raw, claims, weights), quotes, entities, weights
    )


def _spelled_out(
    doc: Doc,
    raw: RawArticle,
    claims: list[Claim],
    quotes: list[Quote],
    entities: EntityTable,
    weights: dict[str, float],
) -> list[Claim]:
    """A central claim still in the headline's shorthand ("Rival denies bid claim", "Shoppers
    flock to tills", "Star held over drugs find") is worded as the lead's first sentence states
    it, when that sentence shares the headline's words: a news lead spells out in full what
    its headline abbreviates ("Rival firm Orbis has denied its bid for Kelp was backed by
    the state"), and a claim text is a self-contained sentence (guidelines B: text). The
    words are those ``_lead_content`` reads there: the clause a lead denial or confirmation
    answers ("has denied C" gives C), else the sentence when it states no claim of its own.
    Its span stays the headline, where the article first states it; its attributions and
    status are unchanged."""
    if not claims or not claims[0].central or not _worded_as_headline(doc, raw, claims[0]):
        return claims
    head = claims[0]
    if head.start >= raw.body_start:
        return claims
    first = next(iter(_whole_sentences(doc, raw.body_start)), None)
    if first is None:
        return claims
    start, end = _sentence_span(doc, first.start_char, first.end_char)
    words = text_of(doc)[start:end]
    if not words or words.rstrip().endswith("?") or _quotation(words):
        return claims
    if not any(_finite(t) for t in first):
        return claims
    overlap, _ = share(
        content_words(doc, start, end), content_words(doc, 0, raw.body_start), weights
    )
    if overlap <= 0:
        return claims
    text = _lead_content(doc, raw, head, claims[1:], quotes, entities, start, end)
    if not text:
        return claims
    return [head.model_copy(update={"text": text}), *claims[1:]]


def _lead_content(
    doc: Doc,
    raw: RawArticle,
    head: Claim,
    others: list[Claim],
    quotes: list[Quote],
    entities: EntityTable,
    start: int,
    end: int,
) -> str | None:
    """What the lead sentence at ``start``..``end`` says the headline abbreviates. A headline
    that answers a claim ("Minister denies leak claim") is spelled out by the lead's answer of
    the same kind: the clause after its cue ("has denied his memo was leaked" gives "Ann
    Reyes's memo was leaked", the pronoun named as the denier), else nothing. A headline with
    no cue of its own is spelled out by the whole sentence (what the outlet states: "Shares
    in X rose after the firm said C" is the story, not C), unless another claim is stated in
    it or it quotes a party ("Singer attacks tabloids" over "... after they reported she was
    pregnant": the report is a claim of its own, which holds the sentence; "Levy 'unfair' -
    Orsi" over "Orsi has called the levy 'unfair'": the headline is her words)."""
    answers = [a for a in head.attributions if a.cue is not None and a.cue.start < raw.body_start]
    if not answers:
        headline = text_of(doc)[: raw.body_start].lower()
        fragments = {  # scare quotes, unless the headline quotes them ("Levy 'unfair'")
            q.id for q in quotes if not _states(doc, q) and q.text.strip().lower() not in headline
        }
        if any(
            c.start < end
            and start < c.end
            and not all(a.quote_id in fragments for a in c.attributions)
            for c in others
        ) or any(start <= q.start < end and q.id not in fragments for q in quotes):
            # the sentence states a claim of its own or quotes a party's statement; a word in
            # scare quotes ('announced "prematurely" a review') states nothing
            return None
        answered = any(
            a.cue is not None and start <= a.cue.start < end and a.attitude in ANSWERS
            for a in head.attributions
        )
        if answered and any(start <= q.start < end for q in quotes):
            return None  # 'has again denied being "leant on" by X': the quote is what is denied
        return _without_opening_interjection(doc, start, _normalise(text_of(doc)[start:end]))
    kinds = {a.attitude for a in answers} & {"deny", "confirm"}
    for a in head.attributions:
        if a.cue is None or a.attitude not in kinds or not (start < a.cue.start < end):
            continue
        cue = doc.char_span(a.cue.start, a.cue.end, alignment_mode="expand")
        if cue is None or cue[-1].i + 1 >= len(doc):
            continue
        following = doc[cue[-1].i + 1]
        if following.pos_ in {"ADP", "PART", "PUNCT", "ADV"} or following.idx >= end:
            continue
        clause = doc.char_span(following.idx, end, alignment_mode="contract")
        if clause is None or len(clause) < 4 or not any(_finite(t) for t in clause):
            continue
        return stand_alone(clause.text, doc, following.idx, a.source, entities)
    return None


def _lead_joined(
    doc: Doc, raw: RawArticle, claims: list[Claim], weights: dict[str, float]
) -> list[Claim]:
    """The headline's claim and the lead sentence's claim are one proposition, the story: a
    headline in the headline's shorthand ("Port firm 'may seek listing'", "Survey: young top
    pay league") beside a first sentence that states it in full with its source ("Harbour
    operator Kelp Marine may seek a full listing, its chairman has said") founds two claims, the
    headline's with the answers joined to it, the lead's with its source and a self-contained
    text. They are joined: the lead's text and span, the attributions of both. A news lead
    states the story in its first sentence, so the lead's claim is the one stated in the first
    sentence of the body by its main verb (a side claim in a clause beside it, "Shares rose after
    the firm said C", is not the story); the headline's claim is the central one and worded in
    the headline's words only (a headline whose claim took the lead's text already is left)."""
    if not claims or not claims[0].central or not _worded_as_headline(doc, raw, claims[0]):
        return claims
    head = claims[0]
    outlet = raw.source or UNATTRIBUTED
    answers = [a for a in head.attributions if a.cue is not None and a.cue.start < raw.body_start]
    first = next(iter(_whole_sentences(doc, raw.body_start)), None)
    if first is None:
        return claims
    for i, c in enumerate(claims[1:], start=1):
        if not (c.start < first.end_char and first.start_char < c.end):
            continue
        if not any(_frames_sentence(doc, a) for a in c.attributions):
            continue  # "Shares rose after the firm said C": C is a side claim, not the story
        if answers and not any(
            _frames_sentence(doc, a) and _same_answer(a, b) for a in c.attributions for b in answers
        ):
            # "Staff fear move", "X claim 'speculation'": the headline's own answer, unless
            # the lead gives the same party's same answer in full ("Minister rejects cover-up
            # claims" over "The minister has rejected claims that her office covered up X")
            continue
        # the outlet's bare report of the headline's words gives way to the lead's sources
        own = [a for a in head.attributions if a.cue is not None or a.source.name != outlet]
        attributions = _dedupe([*c.attributions, *own] if c.attributions else head.attributions)
        status, reason = status_of(attributions)
        joined = head.model_copy(
            update={
                "text": c.text,
                "start": c.start,
                "end": c.end,
                "attributions": attributions,
                "status": status,
                "status_reason": reason,
                "keywords": sorted({*head.keywords, *c.keywords}),
                "entity_ids": sorted({*head.entity_ids, *c.entity_ids}),
            }
        )
        return [joined, *(x for j, x in enumerate(claims[1:], start=1) if j != i)]
    return claims


def _same_answer(a: Attribution, b: Attribution) -> bool:
    """The same attitude by the same party (by entity, else by name)."""
    if a.attitude != b.attitude or a.attitude not in {"deny", "confirm", "contest"}:
        return False
    if a.source.entity_id and b.source.entity_id:
        return a.source.entity_id == b.source.entity_id
    return a.source.name.lower() == b.source.name.lower()


def _frames_sentence(doc: Doc, attribution: Attribution) -> bool:
    """Whether the attribution's cue is its sentence's main verb ("X has said C", "C, research
    suggests"): the sentence is the statement of C, not a statement of something else with C
    in a clause beside it ("Shares jumped after the firm said C")."""
    if attribution.cue is None:
        return False
    cue = doc.char_span(attribution.cue.start, attribution.cue.end, alignment_mode="expand")
    return cue is not None and any(t.dep_ == "ROOT" for t in cue)


def _worded_as_headline(doc: Doc, raw: RawArticle, claim: Claim) -> bool:
    """Whether the claim's text is the headline's wording: every word of it is in the
    headline."""
    headline = {fold(w) for w in re.findall(r"\w+", text_of(doc)[: raw.body_start])}
    words = {fold(w) for w in re.findall(r"\w+", claim.text)}
    return bool(words) and words <= headline


def _unborrowed(head: Claim, claims: list[Claim]) -> Claim:
    """The headline's claim without the quote attributions that found a claim of their own:
    a quote's "admitted C2" stands for C2, which the article states apart ("admitted he would
    never try X" is not a confirmation of a column headed "Trying X"). One quote read as two
    records under one cue (an aide said the charges were "false" and the rival "a liar") keeps
    the answer: the other claim holds the other record, which takes another attitude."""
    elsewhere = {
        (a.quote_id, a.cue.start, a.attitude)
        for c in claims
        if c is not head
        for a in c.attributions
        if a.quote_id is not None and a.cue is not None
    }
    kept = [
        a
        for a in head.attributions
        if a.quote_id is None
        or a.cue is None
        or (a.quote_id, a.cue.start, a.attitude) not in elsewhere
    ]
    if len(kept) == len(head.attributions):
        return head
    status, reason = status_of(kept)
    return head.model_copy(update={"attributions": kept, "status": status, "status_reason": reason})


def _outlet_report(
    doc: Doc,
    raw: RawArticle,
    claims: list[Claim],
    quotes: list[Quote],
    head: int | None,
    weights: dict[str, float],
) -> list[Claim]:
    """A headline claim that no party is named for is the outlet's own report: the lead
    sentence that states what the headline says becomes its text and span, reported by the
    outlet (``raw.source``, else unattributed), and it is the central claim unless the claim
    chosen central is stated in the lead. "Harbour firm wins ferry contracts" is stated by
    "Coastal operator Brightwater Marine has won three contracts to run island ferry routes",
    which the article relays as fact: reported, not "unresolved", and central rather
    than an analyst's remark further down. Nothing changes when no lead sentence shares the
    headline's words, when the lead sentence states a claim of its own (a party is named for it
    there), or when it is a question or a quotation."""
    if head is None or claims[head].attributions:
        return claims
    lead_end = _lead_end(doc, raw.body_start)
    chosen = next((c for c in claims if c.central), None)
    others = [c for i, c in enumerate(claims) if i != head]
    sentence = _lead_statement(doc, raw, others, quotes, weights)
    if (
        chosen is not None
        and chosen is not claims[head]
        and chosen.start < lead_end
        and not _says_more_of_headline(doc, raw, sentence, chosen)
    ):
        # the body's claim the headline points to is stated in the lead, and no earlier lead
        # sentence says more of what the headline says; the headline's own wording, which no
        # party is named for, is still the outlet's report ("Minister defends plans"), not an
        # open question
        return _outlets_headline(raw, claims, head)
    if sentence is None:
        led = _party_lead(doc, raw, claims, head, weights)
        # no lead sentence states it and no party's lead claim stands for it: the headline's
        # words are still the outlet's own report (a headline alone is left as it is)
        bodied = bool(text_of(doc)[raw.body_start :].strip())
        return _outlets_headline(raw, claims, head) if led is claims and bodied else led
    start, end = sentence
    report = Attribution(source=Source(name=raw.source or UNATTRIBUTED), attitude="report")
    status, reason = status_of([report])
    stated = claims[head].model_copy(
        update={
            "text": _without_opening_interjection(
                doc, start, re.sub(r"\s+", " ", text_of(doc)[start:end]).strip()
            ),
            "start": start,
            "end": end,
            "central": True,
            "attributions": [report],
            "status": status,
            "status_reason": reason,
        }
    )
    rest = [c.model_copy(update={"central": False}) if c.central else c for c in others]
    return [stated, *rest]


def _outlets_headline(raw: RawArticle, claims: list[Claim], head: int) -> list[Claim]:
    """The claims with the headline's claim, which no party is named for, reported by the
    outlet ("Minister defends plans"): a statement the outlet makes, not an open question."""
    if claims[head].text.rstrip().endswith("?"):
        return claims  # "Could ferry contracts save the harbour?": asked, not stated
    report = Attribution(source=Source(name=raw.source or UNATTRIBUTED), attitude="report")
    status, reason = status_of([report])
    reported = claims[head].model_copy(
        update={"attributions": [report], "status": status, "status_reason": reason}
    )
    return [reported if i == head else c for i, c in enumerate(claims)]


def _without_opening_interjection(doc: Doc, start: int, text: str) -> str:
    """The sentence without an opening interjection and its comma ("Well, the side could win
    X" → "The side could win X"): a discourse word is no part of the proposition."""
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    if first is None or first[0].pos_ != "INTJ":
        return text
    m = re.match(r"^\w+\s*,\s*", text)
    if m is None or not text[m.end() :]:
        return text
    rest = text[m.end() :]
    return rest[:1].upper() + rest[1:]


def _party_lead(
    doc: Doc, raw: RawArticle, claims: list[Claim], head: int, weights: dict[str, float]
) -> list[Claim]:
    """A headline that only names the story ("Coach puts faith in youth") beside a first
    sentence in which a named party states the proposition ("Coach Ann Reyes said she has no
    regrets after ..."): that party's claim is the central one, and the headline's bare,
    unattributed wording is no claim of its own (the lead says what it names)."""
    first = next((s for s in doc.sents if s.start_char >= raw.body_start and s.text.strip()), None)
    if first is None:
        return claims
    headline_words = content_words(doc, 0, raw.body_start)
    # the claim now central is stated past the lead (or none is): the lead's party claim is
    # the story even in other words than the headline's ("Smoking ban details set out" over
    # "Smoke-free bars will save lives, the minister has insisted")
    chosen = next((c for i, c in enumerate(claims) if c.central and i != head), None)
    far = chosen is None or chosen.start >= _lead_end(doc, raw.body_start)
    for i, c in enumerate(claims):
        if i == head or not (first.start_char <= c.start < first.end_char):
            continue
        if not any(_frames(doc, first, a) for a in c.attributions):
            continue  # the sentence's own verb is no party's cue ("X quit Y and called it Z")
        overlap, _ = share(content_words(doc, c.start, c.end), headline_words, weights)
        if overlap <= 0 and not far:
            continue
        rest = [
            x.model_copy(update={"central": False}) if x.central else x
            for j, x in enumerate(claims)
            if j not in (i, head)
        ]
        return [c.model_copy(update={"central": True}), *rest]
    return claims


def _says_more_of_headline(
    doc: Doc, raw: RawArticle, sentence: tuple[int, int] | None, chosen: Claim
) -> bool:
    """Whether the lead sentence, earlier than the chosen claim, shares more of the headline's
    words beyond names: "Marek to hold talks with Corvale" is stated by "Marek is to begin talks
    with Corvale", not by a quote after it that only names Marek and Corvale. A chosen claim
    some party answers (denies, confirms, contests) is kept: an answer in the lead is what the
    story turns on ("Kemp rejected the idea C"); a plain remark or complaint is not."""
    if sentence is None or sentence[0] >= chosen.start:
        return False
    if any(a.attitude in {"deny", "contest", "confirm"} for a in chosen.attributions):
        return False
    names = name_folds(doc)
    headline = content_words(doc, 0, raw.body_start) - names
    stated = content_words(doc, *sentence) & headline
    return len(stated) > len(content_words(doc, chosen.start, chosen.end) & headline)


def _frames(doc: Doc, sent: Span, attribution: Attribution) -> bool:
    """Whether a named party's cue is the sentence's main verb ("X said C", "X claimed C"):
    the sentence is that party's statement, not the outlet's with a side remark."""
    if attribution.source.name == UNATTRIBUTED or attribution.cue is None:
        return False
    cue = doc.char_span(attribution.cue.start, attribution.cue.end, alignment_mode="expand")
    return cue is not None and any(t == sent.root for t in cue)


def _accusation_text(
    doc: Doc, record: Record, entities: EntityTable, quotes: list[Quote]
) -> str | None:
    """The accusation whose object a quoted fragment is ('accused Ms Blears of "playing an
    Islamophobia card"'): its text names the accuser and the accused, as an accusation read
    from its cue does, not the fragment alone ("Playing an Islamophobia card")."""
    if record.cue is None:
        return None
    cue = doc.char_span(record.cue.start, record.cue.end, alignment_mode="expand")
    if cue is None:
        return None
    accusation = accusation_record(doc, cue.root, entities, quotes)
    if accusation is None or not accusation.start <= record.start < accusation.end:
        return None
    text = accusation.text
    return text + '"' if text.count('"') % 2 else text  # the fragment's closing mark


def _finite(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} and "Fin" in token.morph.get("VerbForm", [])


def _stated_by_a_party(claim: Claim, span: tuple[int, int]) -> bool:
    """Whether the claim is stated in the span, or one of its attributions is made there
    ("The firm played down claims that C": an answer to C, not the outlet's report)."""
    if claim.start < span[1] and span[0] < claim.end:
        return True
    return any(
        a.cue is not None and a.cue.start < span[1] and span[0] < a.cue.end
        for a in claim.attributions
    )


def _lead_statement(
    doc: Doc, raw: RawArticle, others: list[Claim], quotes: list[Quote], weights: dict[str, float]
) -> tuple[int, int] | None:
    """The sentence among the lead's that states the headline's claim: the first that shares
    headline words and holds a finite verb (a news lead states the story in its first sentence:
    "Ace loses in round one" is stated by "Ace suffered a first-round defeat ...", not by the
    next sentence naming the winner, which shares more of the headline's names); a question, a
    quotation (not a scare-quoted phrase inside the outlet's own sentence), a sentence that
    quotes anyone and one where another claim is stated or answered are left out."""
    headline_words = content_words(doc, 0, raw.body_start)
    lead_end = _lead_end(doc, raw.body_start)
    for sent in _whole_sentences(doc, raw.body_start):
        if sent.start_char >= lead_end:
            break
        span = _sentence_span(doc, sent.start_char, sent.end_char)
        words = text_of(doc)[span[0] : span[1]]
        if not words or words.endswith("?") or _quotation(words):
            continue
        if not any(_finite(t) for t in sent):
            continue
        if any(_stated_by_a_party(c, span) for c in others) or any(
            q.start < span[1] and span[0] < q.end for q in quotes
        ):
            continue
        overlap, _ = share(content_words(doc, *span), headline_words, weights)
        if overlap > 0:
            return span
    return None


def _whole_sentences(doc: Doc, body_start: int) -> list[Span]:
    """The body's sentences, a piece the parser split off that opens with a comma, semicolon,
    closing bracket or a lower-case word joined to the one before it ("Coach Ann Reyes | , the
    woman credited with X, has died" is one sentence)."""
    key = f"claimtrail.whole_sentences.{body_start}"
    cached = doc.user_data.get(key)
    if cached is not None:
        return list(cached)
    out: list[Span] = []
    for sent in sentences(doc):
        if sent.start_char < body_start or not sent.text.strip():
            continue
        opening = sent.text.lstrip()[:1]
        if out and (opening in ",;:)" or opening.islower()):
            out[-1] = doc[out[-1].start : sent.end]
        else:
            out.append(sent)
    doc.user_data[key] = out
    return list(out)


# Share of a sentence's characters inside double quotation marks above which it is a quotation
# rather than the outlet's sentence with a quoted phrase ('the man credited with "total X"').
QUOTED_SHARE = 1 / 3


def _quotation(words: str) -> bool:
    """Whether the sentence is (mostly) a quotation: it opens with a double quotation mark, or
    more than ``QUOTED_SHARE`` of it lies between double marks."""
    if words[:1] in DOUBLE_QUOTE_MARKS:
        return True
    quoted = sum(len(m) for m in re.findall(r'["“][^"“”]*["”]', words))
    has_mark = any(m in words for m in DOUBLE_QUOTE_MARKS)
    return has_mark and (quoted == 0 or quoted > QUOTED_SHARE * len(words))


def stated_in(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """The claims with ``start``/``end`` widened to the sentence(s) each is stated in: its text
    is the proposition; its offsets let a reader check it where the article states it,
    attribution and all ("Acme denied that it had cut jobs", not only "it had cut jobs"). A
    claim worded as a bare noun phrase keeps its own words when its sentence states another
    claim too ("X disputed the figures, saying C": the sentence states C)."""
    widened = [_sentence_span(doc, c.start, c.end) for c in claims]
    states = [_states(doc, c) for c in claims]
    stating = Counter(span for span, ok in zip(widened, states, strict=True) if ok)
    return [
        c if not ok and stating[span] else c.model_copy(update={"start": span[0], "end": span[1]})
        for c, span, ok in zip(claims, widened, states, strict=True)
    ]


# Attitudes that answer a claim rather than state one.
ANSWERS = frozenset({"deny", "confirm", "contest"})


def _states(doc: Doc, claim: Claim | Quote) -> bool:
    """Whether the claim's or quote's own words hold a verb (a proposition, not a bare noun
    phrase or a word in scare quotes)."""
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    return span is not None and any(t.pos_ in {"VERB", "AUX"} for t in span)


def _sentence_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """From the start of the sentence holding ``start`` to the end of the one holding ``end``,
    surrounding whitespace trimmed (as ``quote_records.sentence_context`` finds a sentence)."""
    span = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    if span is None or not len(span):
        return start, end
    text = text_of(doc)
    first = min(start, span[0].sent.start_char)
    last = max(end, span[-1].sent.end_char)
    while last > first and text[last - 1].isspace():
        last -= 1
    while first < last and text[first].isspace():
        first += 1
    return first, last


def _plea_object_words(doc: Doc, record: Record) -> set[str]:
    """What a plea is to: the content words of its "to" phrase ("pleaded guilty to failing to
    report suspicious accounts"); none for a bare plea ("pleaded not guilty in court on Monday"),
    which answers the charges about its pleader whatever they are."""
    if record.cue is None:
        return set()
    verb = doc.char_span(record.cue.start, record.cue.end, alignment_mode="expand")
    if verb is None:
        return set()
    heads = [verb.root, *(c for c in verb.root.children if c.dep_ in {"acomp", "advmod", "oprd"})]
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "to":
                last = prep.right_edge
                words = content_words(doc, prep.idx, last.idx + len(last.text))
                return words - {fold(w) for w in PLEADED_TO_POINTERS}
    return set()


def _seed_words(doc: Doc, claim: Claim) -> set[str]:
    words = content_words(doc, claim.start, claim.end)
    return words | {fold(k) for k in claim.keywords if k.isalpha() and len(k) > 2}


# Weighted share of a body claim's words that must occur in the headline for it to be the
# claim the headline is about.
CENTRAL_HEADLINE_SHARE = 0.25


def _choose_central(
    doc: Doc, raw: RawArticle, groups: list[Group], weights: dict[str, float]
) -> list[Group]:
    """The central claim is what the headline and lead are about and most attributions concern.
    A headline no attribution joined points to the body's claim that shares its words (at least
    ``CENTRAL_HEADLINE_SHARE`` of them, weighted) and the lead's, and most attributions concern;
    the headline's own claim then follows as an ordinary claim."""
    head = next((g for g in groups if g.seed is not None and g.seed.central), None)
    lead_end = _lead_end(doc, raw.body_start)
    frame = content_words(doc, 0, lead_end)
    headline_words = content_words(doc, 0, raw.body_start)
    best: tuple[float, Group] | None = None
    for g in groups:
        if g is head or not g.records:
            continue
        n_sources = len({(r.source.name, r.attitude) for r in g.records})
        overlap, _ = share(g.words, frame, weights)
        in_headline, _ = share(g.words, headline_words, weights)
        if in_headline < CENTRAL_HEADLINE_SHARE and head is not None:
            continue  # not what the headline is about
        score = (overlap + in_headline) * (1 + n_sources) * (1.5 if g.start < lead_end else 1.0)
        if score > 0 and (best is None or score > best[0]):
            best = (score, g)
    head_attributed = head is not None and (head.records or head.seed and head.seed.attributions)
    if best is None or head_attributed:
        return _ordered(groups, head)
    chosen = best[1]
    rest = [g for g in groups if g is not chosen]
    if head is not None and head.seed is not None:
        head.seed = head.seed.model_copy(update={"central": False})
    if chosen.seed is not None:
        chosen.seed = chosen.seed.model_copy(update={"central": True})
    else:
        chosen.central = True
    return [chosen, *sorted(rest, key=lambda g: g.start)]


def _ordered(groups: list[Group], head: Group | None) -> list[Group]:
    rest = sorted((g for g in groups if g is not head), key=lambda g: g.start)
    return ([head] if head is not None else []) + rest


def _lead_end(doc: Doc, body_start: int) -> int:
    """The end of the lead: the first two sentences of the body."""
    ends: list[int] = []
    for sent in doc.sents:
        if sent.start_char >= body_start and any(not t.is_space for t in sent):
            ends.append(sent.end_char)
            if len(ends) == 2:
                break
    return ends[-1] if ends else body_start


# -- the central claim ------------------------------------------------------------------------


def _normalise(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" .,;:\"“”'")
    # "that C", "whether C", and a relative clause's "which C" state C
    text = re.sub(r"^(?:that|whether|which|who)\s+", "", text, flags=re.I)
    return text[:1].upper() + text[1:] if text else text


# A quotation mark that opens (at the start or after a space or bracket) and one that closes
# (after a word, before the end, a space or punctuation); an apostrophe inside a word is neither.
_OPENING_MARK = re.compile(r"(?:^|(?<=[\s(\[]))(['‘\"“])(?=\S)")
_CLOSING_MARK = re.compile(r"(?<=\S)(['’\"”])(?=$|[\s,.;:!?)\]])")
_CLOSER = {"'": "'", "‘": "’", '"': '"', "“": "”"}


# A headline's closing speaker tag: "Levy 'unfair' - Orsi", the words then a dash and a name.
_SPEAKER_TAG = re.compile(
    r"^(?P<said>.*\S)\s+[-–—]\s+(?P<name>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2})$"
)


def _described_kind(noun: str) -> str | None:
    """The entity type a bare description names: a person ("mayor", "star") or a body
    ("brewer", "firm"), else None."""
    if noun in PERSON_NOUNS or noun in DESCRIPTIVE_PERSON_NOUNS:
        return "person"
    if noun in ORG_NOUNS or noun in BUSINESS_DESCRIPTION_NOUNS:
        return "organization"
    return None


def _named_subject(
    doc: Doc, start: int, content: str, entities: EntityTable, body_start: int
) -> str:
    """A headline's claim whose subject is a bare description ("Mayor should apologise",
    "Brewer to cut 300 jobs") names the party the body describes so where it names it ("London
    mayor Ann Reyes", "Tarvik brewer Orbis"; the resolver's ``describes``): a claim text names
    its subject (guidelines B: keywords are the subject's name and a content term)."""
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    if first is None or len(first) != 1:
        return content
    tok = first[0]
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].idx >= body_start:
        return content
    following = doc[tok.i + 1]
    if following.pos_ not in {"VERB", "AUX", "PART"} and following.lower_ != "to":
        return content  # "Mayor's plan ...", "Brewer shares ...": not the subject alone
    noun = tok.lower_
    kind = _described_kind(noun)
    if kind is None:
        return content
    described = sorted(
        (m.start, record.name)
        for record in entities.records
        if record.type == kind
        for m in record.mentions
        if m.start >= body_start and describes(doc, m, noun)
    )
    if not described or not content.lower().startswith(noun):
        return content
    return described[0][1] + content[len(noun) :]


def _without_speaker_tag(text: str, entities: EntityTable) -> str:
    """A headline's words without the name the BBC's "C - Name" form tags them with ("UK
    levy 'unfair' - Orsi" states "UK levy 'unfair'", said by Orsi): the name is the speaker,
    no part of the claim, when it is a person or body the article names."""
    m = _SPEAKER_TAG.match(text)
    if m is None:
        return text
    tag = m["name"].lower().split()
    named = any(
        tag[-1] in {w.lower() for form in (r.name, *r.aliases) for w in form.split()}
        for r in entities.records
        if r.type in {"person", "organization"}
    )
    return m["said"] if named else text


def _closed_marks(text: str) -> str:
    """A headline's quoted words with their closing mark: the stop and mark stripped from the
    end ("Yukos bankruptcy 'not US matter'") are put back where a mark opened and none closed,
    so the text is a sentence with its quotation whole."""
    opened = _OPENING_MARK.findall(text)
    closed = _CLOSING_MARK.findall(text)
    if len(opened) > len(closed):
        return text + _CLOSER[opened[-1]]
    return text


def central_claim(
    doc: Doc, raw: RawArticle, quotes: list[Quote], entities: EntityTable
) -> Claim | None:
    parts = split_headline(doc, raw.body_start)
    if parts is None:
        return None
    content = _closed_marks(_normalise(text_of(doc)[parts.content[0] : parts.content[1]]))
    content = _without_speaker_tag(content, entities)
    content = _named_subject(doc, parts.content[0], content, entities, raw.body_start)
    if not content:  # a headline of quote marks and punctuation only: state it whole
        content = _normalise(text_of(doc)[: raw.body_start]) or "(untitled)"
    subjects = [text_of(doc)[s:e] for s, e in parts.sources]
    text = (
        f"{' and '.join(subjects)}: {content}"
        if subjects and parts.lemma in {"deny", "confirm", "dismiss", "reject", "refute"}
        else content
    )
    keywords = claim_keywords(doc, parts, entities)
    attributions = _headline_attributions(doc, parts, entities, raw.body_start)
    cue_word = text_of(doc)[parts.cue[0] : parts.cue[1]].lower() if parts.cue else ""
    if cue_word in CLAIM_ANAPHORS and is_dismissal_label(content) and parts.content[0] > 0:
        # "March poll claim 'speculation'": the headline dismisses the claim it names; the
        # words before the label are no source, the outlet denies what they name
        text = _normalise(re.sub(r"[\s'‘’\"“”:,-]+$", "", text_of(doc)[: parts.content[0]]))
        start, end = parts.content
        while start < end and text_of(doc)[start] in QUOTE_MARKS:
            start += 1
        while end > start and text_of(doc)[end - 1] in QUOTE_MARKS:
            end -= 1
        cue = Cue(text=text_of(doc)[start:end], start=start, end=end)
        attributions = [
            Attribution(source=Source(name=raw.source or UNATTRIBUTED), attitude="deny", cue=cue)
        ]
    dismissal = _headline_dismissal(doc, raw) if not attributions else None
    if dismissal is not None:  # "Three-breasted woman a fake", "No, X isn't Y"
        text, cue = dismissal
        attributions.append(
            Attribution(source=Source(name=raw.source or UNATTRIBUTED), attitude="deny", cue=cue)
        )
    quoted = [(q.start, q.end) for q in quotes if q.kind == "direct"]
    attributions += _body_attributions(doc, raw, keywords, parts, entities, quoted)
    attributions += _quote_attributions(quotes, keywords, name_folds(doc))
    attributions = _dedupe(attributions)
    status, reason = status_of(attributions)
    ids = sorted(
        {a.source.entity_id for a in attributions if a.source.entity_id}
        | _entity_ids_in(entities, parts.content)
    )
    return Claim(
        id="C1",
        text=text,
        start=parts.content[0],
        end=parts.content[1],
        central=True,
        status=status,
        status_reason=reason,
        attributions=attributions,
        keywords=sorted(keywords),
        entity_ids=ids,
    )


_HOAX_PHRASE = re.compile(
    r"(?:,?\s*(?:is|was|are|were|a|an|another|probably|just|proven|:)\s*)*"
    r"\b(?:death\s+)?(?:hoax|fake|false|untrue|myth|not true|debunked)\b[!.?]*",
    flags=re.I,
)


def _headline_dismissal(doc: Doc, raw: RawArticle) -> tuple[str, Cue] | None:
    """A headline that calls a claim false ("X is a hoax", "Experts debunk claims") or states
    it negated ("No, X isn't Y", "X not among the dead") is the outlet denying the claim: the
    claim without the dismissal, affirmed."""
    head = headline_tokens(doc, raw.body_start)
    if not head:
        return None
    headline = text_of(doc)[head[0].idx : head[-1].idx + len(head[-1].text)]
    hoax = next(
        (
            t
            for t in head
            if t.lower_ in DISMISSAL_WORDS | {"debunk", "debunked", "debunks", "myth"}
        ),
        None,
    )
    if hoax is not None:
        claim = _HOAX_PHRASE.sub("", headline).strip(" ,:;-")
        claim = re.sub(r"\b(?:experts?|scientists?|police)\s+debunks?\s+", "", claim, flags=re.I)
        cue = hoax
    else:
        negators = [t for t in head if t.dep_ == "neg" or (t.i == head[0].i and t.lower_ == "no")]
        negator = next(
            (
                t
                for t in negators
                if _denies(t) and not in_headline_quotation(headline, t.idx - head[0].idx)
            ),
            None,
        )
        if negator is None:  # none, or quoted: "Voters 'don't trust MPs'" relays a party's words
            return None
        claim = affirm(re.sub(r"^no\s*,\s*", "", headline, flags=re.I))
        cue = negator
    claim = claim.strip(" ,:;-")
    if len(claim.split()) < 2:
        return None
    return claim[:1].upper() + claim[1:], Cue(
        text=cue.text, start=cue.idx, end=cue.idx + len(cue.text)
    )


def _denies(negator: Token) -> bool:
    """The headline's negation that denies its claim: an interjected "No, …" or a "not" on the
    headline's own statement; "No one may…" quantifies and "Don't cancel…" instructs."""
    if negator.head.pos_ == "NOUN" and negator.lower_ == "no":
        return False
    if negator.lower_ == "no" and negator.dep_ != "neg":
        return _interjected(negator)  # "No one in the town may keep goats": a rule, not a denial
    return negator.lower_ == "no" or _negates_the_headline(negator)


def _interjected(no: Token) -> bool:
    """'No, X isn't Y': the outlet's own "No" answering a claim, set off by a comma or a
    colon, unlike a determiner ("No one", "No pupil") that quantifies the headline's subject."""
    following = no.nbor(1) if no.i + 1 < len(no.doc) else None
    return no.dep_ == "intj" or (following is not None and following.text in {",", ":", "!"})


# Subjects whose negated statement is their own voice or an instruction, not the outlet's
# denial: "I never meant to hurt him", "You don't need to reset your phone".
_SPEAKER_SUBJECTS = {"i", "we", "you"}


# Modals of a refusal ("won't say", "would not comment") and of a concession ("may have won").
_REFUSING_MODALS = {"will", "wo", "would"}
_CONCESSIVE_MODALS = {"may", "might", "could"}
# Tags of a finite verb: one before the negated verb in the headline's sentence states something.
_FINITE_TAGS = {"VBZ", "VBD", "VBP", "MD"}


# Clauses whose negation belongs to them, not to the headline's claim: "jailed for not
# reporting", "after not paying", "who did not vote", "unless you want".
_SUBORDINATE_DEPS = {"pcomp", "advcl", "relcl", "acl", "xcomp", "csubj"}


def _negates_the_headline(negator: Token) -> bool:
    """A negation denies the headline's claim unless it sits in a subordinate clause ("doctors
    jailed for not reporting abuse"), gives an instruction ("Don't reset your phone") or is a
    speaker's own voice ("I never meant to"): the outlet's "Star hasn't died despite rumours",
    "X may have done A, but didn't do B", "Missing pair not among the dead" deny."""
    verb = negator.head
    if verb.dep_ in _SUBORDINATE_DEPS:
        return False
    if verb.pos_ in {"NOUN", "PROPN"}:
        return False  # "a ticket, not an arrest": a contrast inside the claim
    if any(c.dep_ == "acomp" and c.lower_ in STATE_OF_MIND_ADJECTIVES for c in verb.children):
        return False  # "Plumber isn't sure how…", "Apple isn't happy with…": a state of mind
    if verb_lemma(verb.text) is not None and _withheld(verb):
        return False  # "WH won't say if C": speech withheld, no denial ("did not say C" is one)
    if verb.dep_ == "conj" and not _said_or_conceded(verb.head):
        return False  # "born male but did not tell him": the headline states A, then a fact
    if any(
        t.i < verb.i and t.tag_ in _FINITE_TAGS and t.dep_ not in {"aux", "auxpass"}
        for t in verb.sent
    ):
        return False  # "X aborts baby, people don't approve": an affirmed statement comes first
    subjectless = not any(c.dep_.startswith("nsubj") for c in verb.children)
    if verb.dep_ == "ROOT" and verb.tag_ == "VB" and subjectless:
        return False  # an imperative
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return all(c.lower_ not in _SPEAKER_SUBJECTS for c in subjects)


def _withheld(verb: Token) -> bool:
    """'won't say', 'would not comment', 'did not say whether': a refusal or an open question,
    where "did not say C" denies that C was said."""
    if any(c.dep_ == "aux" and c.lower_ in _REFUSING_MODALS for c in verb.children):
        return True
    marks = (m for c in verb.children for m in c.children if m.dep_ == "mark")
    return any(m.lower_ in OPEN_QUESTION_MARKS for m in marks)


def _said_or_conceded(verb: Token) -> bool:
    """The first conjunct of "A, but didn't B" when it does not stand as the headline's own
    statement: negated too ("didn't A and didn't B") or conceded by a modal ("X may have done A,
    but didn't do B", where B is the claim denied)."""
    return any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _CONCESSIVE_MODALS)
        for c in verb.children
    )


def claim_keywords(doc: Doc, parts: HeadlineParts, entities: EntityTable) -> set[str]:
    words = {
        t.lower_
        for t in doc
        if parts.content[0] <= t.idx < parts.content[1]
        and t.is_alpha
        and t.lower_ not in CLAIM_STOP_WORDS
        and t.lower_ not in HEADLINE_HEDGES
    }
    for s, e in parts.sources:
        hit = entities.at(s, e)
        if hit is not None:
            words.add(hit[1].name.lower())
    return words


def _entity_ids_in(entities: EntityTable, span: tuple[int, int]) -> set[str]:
    ids = set()
    for eid, rec in zip(entities.ids(), entities.records, strict=True):
        if any(span[0] <= m.start < span[1] for m in rec.mentions):
            ids.add(eid)
    return ids


def _source_model(doc: Doc, span: tuple[int, int], entities: EntityTable) -> Source:
    hit = entities.at(*span)
    if hit is not None:
        return Source(name=hit[1].name, entity_id=hit[0], start=span[0], end=span[1])
    return Source(name=text_of(doc)[span[0] : span[1]], start=span[0], end=span[1])


def _headline_description(
    doc: Doc, span: tuple[int, int], entities: EntityTable, body_start: int
) -> Source | None:
    """A headline's speaker named by a bare description ("Brewer confirms bid talks", "Star
    denies split rumours", "Minister denies cuts claim"): the party of that kind the body
    describes so ("Brewing giant Halvard", "Home Office minister Ruth Keel"), else the first
    the body names (the guidelines give a headline's speaker from the body)."""
    words = text_of(doc)[span[0] : span[1]].split()
    if len(words) >= 2 and words[-1].lower() in RELATIONAL_PERSON_NOUNS:
        return _headline_relation(doc, span, words, entities, body_start)
    if len(words) != 1 or not words[0].istitle():
        return None
    noun = words[0].lower()
    kind = _described_kind(noun)
    if kind is None:
        return None
    first: tuple[str, EntityRecord, Mention] | None = None
    described: tuple[str, EntityRecord, Mention] | None = None
    for i, record in enumerate(entities.records):
        if record.type != kind:
            continue
        for m in record.mentions:
            if m.start < body_start:
                continue
            hit = (f"E{i + 1}", record, m)
            if first is None or m.start < first[2].start:
                first = hit
            if describes(doc, m, noun) and (described is None or m.start < described[2].start):
                described = hit  # the resolver's test: "brewing giant Halvard", "X, the brewer"
    chosen = described or first
    if chosen is None:
        return None
    return Source(name=chosen[1].name, entity_id=chosen[0], start=span[0], end=span[1])


def _headline_relation(
    doc: Doc, span: tuple[int, int], words: list[str], entities: EntityTable, body_start: int
) -> Source:
    """A headline's speaker named by a relation to someone ("Vance ally denies X", "Star's
    lawyer rejects claim"): the first person the body names who is not that someone (the body
    names the speaker: "A close associate of Peter Vance, Ann Reyes, told a court ..."), else
    the words themselves, linked to nobody (never Vance)."""
    related = {fold(re.sub(r"['’]s$", "", w)) for w in words[:-1]}
    named = [
        (min(m.start for m in record.mentions if m.start >= body_start), i)
        for i, record in enumerate(entities.records)
        if record.type == "person"
        and not {fold(w) for w in record.name.split()} & related
        and any(m.start >= body_start for m in record.mentions)
    ]
    if not named:
        return Source(name=text_of(doc)[span[0] : span[1]], start=span[0], end=span[1])
    _, i = min(named)
    return Source(name=entities.records[i].name, entity_id=f"E{i + 1}", start=span[0], end=span[1])


def _decided_thing(verb: Token) -> bool:
    """The verb's object is something decided on (an offer, a bid, a deal)."""
    return any(c.dep_ == "dobj" and c.lower_ in DECIDED_THINGS for c in verb.children)


def _headline_attributions(
    doc: Doc, parts: HeadlineParts, entities: EntityTable, body_start: int = 0
) -> list[Attribution]:
    if parts.cue is None or parts.lemma is None:
        return []
    if parts.lemma == "rule" and "out" not in text_of(doc)[parts.cue[0] : parts.cue[1]].lower():
        return []  # "Court rules against council": a ruling, not "rules out"
    after = text_of(doc)[parts.cue[1] :].split(None, 1)
    if parts.lemma in NOT_ATTRIBUTIONS and after[:1] == ["to"]:
        return []  # "Cole refuses to blame X": a refusal to act says nothing of a claim
    verb = doc.char_span(parts.cue[0], parts.cue[1], alignment_mode="expand")
    if verb is not None and decides(verb.root) and _decided_thing(verb.root):
        return []  # "Winemaker rejects brewer's offer": a decision, no claim called false
    attitude = attitude_of(parts.lemma)
    cue = Cue(text=text_of(doc)[parts.cue[0] : parts.cue[1]], start=parts.cue[0], end=parts.cue[1])
    return [
        Attribution(
            source=_headline_description(doc, s, entities, body_start)
            or _source_model(doc, s, entities),
            attitude=attitude,
            cue=cue,
        )
        for s in parts.sources
    ]


def sentence_refers_to_claim(
    sent: Span, keywords: set[str], entity_names: set[str], names: frozenset[str] = frozenset()
) -> bool:
    """The sentence shares ``MIN_SHARED_KEYWORDS`` of the claim's keywords, one of them a word of
    what the claim says (not only ``names``: "rejected the idea Hartley posed a threat to the
    League" is not about "Hartley quits League"), or points back at it ("the rumours") and
    names one of its parties."""
    lowered = {t.lower_ for t in sent}
    text = sent.text.lower()
    shared = {k for k in keywords if k in lowered or (" " in k and k in text)}
    said = {k for k in shared if fold(k) not in names}
    if len(shared) >= MIN_SHARED_KEYWORDS and said:
        return True
    return bool(lowered & CLAIM_ANAPHORS) and any(n in text for n in entity_names)


def _body_attributions(
    doc: Doc,
    raw: RawArticle,
    keywords: set[str],
    parts: HeadlineParts,
    entities: EntityTable,
    quoted: list[tuple[int, int]],
) -> list[Attribution]:
    """The body's answers, reports and guesses about the headline's claim: the cues of the
    sentences that refer to it. A cue inside a direct quote is the quoted speaker's own words
    ('"I hope voters will back it," said X'; '"when you expected the police to ..."'): no
    attribution of its own (guidelines A: attributions nested inside direct quotes are
    excluded), and its pronoun subject is nobody the article names."""
    hits = [entities.at(s, e) for s, e in parts.sources]
    names = {hit[1].name.lower() for hit in hits if hit is not None}
    names |= {
        k
        for k in keywords
        if k[:1].isalpha() and any(k == r.name.lower() for r in entities.records)
    }
    group = [_source_model(doc, s, entities) for s in parts.sources]
    found: list[Attribution] = []
    proper = name_folds(doc)
    for sent in doc.sents:
        if sent.start_char < raw.body_start or not sentence_refers_to_claim(
            sent, keywords, names, proper
        ):
            continue
        for cue in cues_in_sentence(sent):
            if cue.attitude not in CENTRAL_ATTITUDES:
                continue  # allegations and contests concern the side claims, not the headline's
            if any(start <= cue.start < end for start, end in quoted) or _within_marks(
                doc, sent, cue.start
            ):
                continue
            attributions = _attributions_from_cue(doc, cue, entities, group)
            if doc[cue.token].lower_ in PLEA_FORMS:
                # a plea is about the pleader: "Carter pleaded guilty to fraud" does not confirm
                # "Reed denies fraud"
                attributions = [
                    a
                    for a in attributions
                    if _among(a.source.name, keywords) and _pleads_to(sent, a, keywords, proper)
                ]
            found += attributions
    return found


def _within_marks(doc: Doc, sent: Span, at: int) -> bool:
    """Whether ``at`` lies between double quotation marks opened earlier in the sentence (a
    quoted fragment inside a mixed quote: 'he wanted "to go back to when you expected X"')."""
    before = text_of(doc)[sent.start_char : at]
    return sum(before.count(m) for m in DOUBLE_QUOTE_MARKS) % 2 == 1


def _pleads_to(sent: Span, plea: Attribution, keywords: set[str], proper: frozenset[str]) -> bool:
    """The plea's sentence shares a word of what the claim says, beyond the pleader's name and
    other names ("Acme pleaded guilty to failing to report accounts held by X" does not confirm
    "Acme will pay X's victims")."""
    pleader = {w.lower() for w in plea.source.name.split()}
    return any(
        t.lower_ in keywords and t.lower_ not in pleader and fold(t.text) not in proper
        for t in sent
        if t.is_alpha and t.lower_ not in PLEA_FORMS and t.lower_ != "guilty"
    )


def _among(name: str, keywords: set[str]) -> bool:
    """A word of the name is a word of the claim's keywords."""
    words = {w for k in keywords for w in k.lower().split()}
    return any(w in words for w in re.findall(r"[a-z]{3,}", name.lower()))


def _attributions_from_cue(
    doc: Doc, cue: AttitudeCue, entities: EntityTable, group: list[Source]
) -> list[Attribution]:
    cue_model = Cue(text=text_of(doc)[cue.start : cue.end], start=cue.start, end=cue.end)
    sources = resolve_source(doc, cue, entities, group)
    return [
        Attribution(source=s, attitude=cue.attitude, cue=cue_model, hedged=cue.hedged)  # type: ignore[arg-type]
        for s in sources
    ]


def _quote_attributions(
    quotes: list[Quote], keywords: set[str], proper: frozenset[str] = frozenset()
) -> list[Attribution]:
    """A speaker whose reported words deny or confirm the claim is an attribution of it."""
    found: list[Attribution] = []
    for q in quotes:
        if q.cue is None or q.speaker is None or not q.speaker.name:
            continue
        lemma = verb_lemma(q.cue.text.split()[0])
        attitude = attitude_of(lemma) if lemma else None
        if lemma == "rule" and "out" not in q.cue.text.lower().split():
            attitude = None  # "the court ruled that C": a finding (the claim rules), not a denial
        shared = {w for w in re.findall(r"[a-z]+", q.text.lower()) if w in keywords}
        # the quote must say something of the claim, not only name its subject: "Ann Reyes
        # admits she had considered retiring" does not confirm "Reyes handed captaincy"
        said = {w for w in shared if fold(w) not in proper}
        if attitude in {"deny", "confirm"} and attitude is not None and shared and said:
            found.append(
                Attribution(
                    source=Source(name=q.speaker.name, entity_id=q.speaker.entity_id),
                    attitude=attitude,
                    cue=q.cue,
                    quote_id=q.id,
                )
            )
    return found


def _dedupe(attributions: list[Attribution]) -> list[Attribution]:
    seen: set[tuple[str, str]] = set()
    out = []
    for a in attributions:
        key = (a.source.entity_id or a.source.name.lower(), a.attitude)
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


# -- status -----------------------------------------------------------------------------------


def status_of(attributions: list[Attribution]) -> tuple[ClaimStatus, str]:
    """The claim's status as of this article, by the one rule (``claimtrail.status``)."""
    verdict = decide(stands_of(attributions))
    return verdict.status, verdict.reason


# -- allegations and other attributed claims -------------------------------------------------


def allegation_claims(doc: Doc, entities: EntityTable, start_id: int) -> list[Claim]:
    """'X's alleged ties to Y' → the claim 'X has ties to Y', alleged; contested if the text
    adds 'a claim the company has contested'."""
    claims: list[Claim] = []
    for tok in doc:
        if tok.lower_ not in ALLEGATION_MODIFIERS or tok.dep_ != "amod":
            continue
        noun = tok.head
        text, span = _proposition_from_np(doc, noun, skip=tok)
        alleger = _alleger(doc, noun, tok, entities)
        if alleger is None:  # "an alleged traffic offence": alleged, by nobody named
            cue = Cue(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text))
            alleger = Attribution(source=Source(name=UNATTRIBUTED), attitude="allege", cue=cue)
        attributions = [alleger]
        attributions += _responses_to(doc, noun, entities)
        status, reason = status_of(attributions)
        if not any(a.attitude == "allege" for a in attributions):
            status = "alleged" if status in {"unresolved"} else status
        claims.append(
            Claim(
                id=f"C{start_id + len(claims)}",
                text=text,
                start=span[0],
                end=span[1],
                status=status,
                status_reason=reason,
                attributions=attributions,
            )
        )
    return claims


def _proposition_from_np(doc: Doc, noun: Token, skip: Token) -> tuple[str, tuple[int, int]]:
    """'Xiaomi's alleged ties to the military' → 'Xiaomi has ties to the military'."""
    toks = [t for t in noun.subtree if t.dep_ not in {"relcl", "appos", "punct"} and t.i != skip.i]
    toks = [
        t
        for t in toks
        if not any(
            a.dep_ in {"relcl", "appos"} and a.i != noun.i
            for a in t.ancestors
            if noun.left_edge.i <= a.i <= noun.right_edge.i
        )
    ]
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    span = (toks[0].idx, toks[-1].idx + len(toks[-1].text))
    if owner is not None:
        owner_words = [t.text for t in owner.subtree if t.dep_ != "case"]
        owned = {t.i for t in owner.subtree}
        rest = [t.text_with_ws for t in toks if t.i not in owned]
        verb = "have" if noun.tag_ == "NNS" and owner.tag_ == "NNPS" else "has"
        if len(owner_words) == 1 and owner_words[0].lower() in POSSESSIVE_SUBJECTS:
            # "his alleged second violation" → "He has a second violation"
            subject = POSSESSIVE_SUBJECTS[owner_words[0].lower()]
            verb = "have" if subject == "they" else "has"
            owner_words = [subject]
        return _normalise(" ".join(owner_words) + f" {verb} " + "".join(rest)), span
    text = _normalise("".join(t.text_with_ws for t in toks))
    # "an alleged traffic offence" without "alleged": "A traffic offence"
    return re.sub(r"^(A)n(?= [^aeiouAEIOU\W])", r"\1", text), span


def _alleger(doc: Doc, noun: Token, modifier: Token, entities: EntityTable) -> Attribution | None:
    """Who alleges: the noun the phrase hangs on ("U.S. security concerns regarding X's alleged
    ties"), with the modifier ("alleged") as the cue; None when it hangs on no noun."""
    head = noun.head
    while head.dep_ in {"prep", "pobj", "pcomp"} and head.head.i != head.i:
        head = head.head
    holder = head if head.pos_ in {"NOUN", "PROPN"} else None
    if holder is not None:
        start = holder.left_edge.idx
        end = holder.idx + len(holder.text)
        src = _source_model(doc, (start, end), entities)
        name = text_of(doc)[start:end]  # "U.S. security concerns": the phrase, linked to its entity
        return Attribution(
            source=Source(name=name, entity_id=src.entity_id, start=start, end=end),
            attitude="allege",
            cue=Cue(text=modifier.text, start=modifier.idx, end=modifier.idx + len(modifier.text)),
        )
    return None


def _responses_to(doc: Doc, noun: Token, entities: EntityTable) -> list[Attribution]:
    """'…, a claim the company has contested' — a verb of response in the same sentence after it."""
    out = []
    for tok in noun.sent:
        if tok.i <= noun.i:
            continue
        lemma = verb_lemma(tok.text)
        attitude = REPORTING_VERBS.get(lemma or "")
        if attitude not in {"contest", "deny", "confirm"} or decides(tok):
            continue
        cue = AttitudeCue(
            start=tok.idx,
            end=tok.idx + len(tok.text),
            attitude=attitude,
            token=tok.i,
            hedged=False,
        )
        for source in resolve_source(doc, cue, entities, []):
            out.append(
                Attribution(
                    source=source,
                    attitude=attitude,
                    cue=Cue(text=tok.text, start=cue.start, end=cue.end),
                )
            )
    return out


def _plausible_speaker(doc: Doc, quote: Quote) -> bool:
    """A named entity, a pronoun, or a noun phrase for people or bodies ('sources', 'a dancer'),
    not a thing talked about ('the talks')."""
    speaker = quote.speaker
    if speaker is None:
        return False
    if speaker.entity_id:
        return True
    mention = speaker.mention or ""
    if mention.lower() in RELATIVE_PRONOUNS:  # "officials who said": judge the antecedent
        mention = speaker.name or ""
    words = (mention or speaker.name or "").lower().split()
    if words and unnamed_source(words):
        return True  # "sources close to the board", "people familiar with the talks"
    if not words or words[-1] in NON_AGENT_NOUNS:
        return False
    if words[-1] in SPEAKER_NOUNS or words[-1].rstrip("s") in SPEAKER_NOUNS:
        return True
    if words[-1] in ORG_NOUNS:
        return True  # "the clothing and home furnishing retailer", "the world's biggest insurer"
    head = words[: words.index("for")] if "for" in words else []
    if head and head[-1] in SPOKES_NOUNS:
        return True  # "a spokesman for Brentwick Rovers", "a representative for the union"
    if (speaker.name or "")[:1].isupper() and len(words) <= 4:
        return True  # "the trade union Unite", "Acme"
    # "a dancer", "the make-up artist": a described person or body speaking
    return words[0] in {"a", "an", "the"} and 2 <= len(words) <= 4


def _proposition_of(doc: Doc, quote: Quote) -> str | None:
    """The proposition a reported or partial quote states, or None for a mere topic."""
    if quote.kind == "partial" and quote.cue is not None:
        labelled = _labelled_proposition(doc, quote.cue.start)
        return labelled or _normalise(quote.text)
    if quote.kind == "direct" and quote.cue is not None and quote.cue.end <= quote.start:
        # a label in a non-clausal frame ('described X as the "make or break" match')
        labelled = _labelled_proposition(doc, quote.cue.start)
        if labelled is not None:
            return labelled
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or not any(t.pos_ in {"VERB", "AUX"} for t in span):
        return None
    if quote.cue is not None and quote.start <= quote.cue.start < quote.end:
        return _relative_clause_proposition(doc, quote)
    return _normalise(quote.text)


def _relative_clause_proposition(doc: Doc, quote: Quote) -> str | None:
    """'The reported discussions, which sources suggested were exploratory' → 'The reported
    discussions were exploratory': the words after the cue, with the antecedent as subject."""
    assert quote.cue is not None
    rest = text_of(doc)[quote.cue.end : quote.end].strip()
    cue = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    if cue is None or not rest:
        return None
    verb = cue.root
    if verb.dep_ != "relcl":
        return _normalise(rest)
    noun = verb.head
    words = [t.text_with_ws for t in noun.subtree if t.i < verb.left_edge.i and t.i <= noun.i + 3]
    antecedent = "".join(words).strip(" ,")
    return _normalise(f"{antecedent} {rest}")


def _labelled_proposition(doc: Doc, cue_start: int) -> str | None:
    """'labeled X (as) Y' → 'X are Y'; the passive 'X was branded Y (by Z)' labels its
    subject the same way."""
    cue = doc.char_span(cue_start, cue_start + 1, alignment_mode="expand")
    if cue is None or verb_lemma(cue.root.text) not in LABEL_VERBS:
        return None
    verb = cue.root
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None and any(c.dep_ == "auxpass" for c in verb.children):
        obj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    pred = next((c for c in verb.children if c.dep_ in {"oprd", "xcomp", "attr", "ccomp"}), None)
    if pred is None:
        as_prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        pred = next((g for g in as_prep.children if g.dep_ == "pobj"), None) if as_prep else None
    if pred is None:
        # 'described X as the "make or break" match': the quoted label parsed as a clause
        # introduced by "as"
        pred = next(
            (
                c
                for c in verb.children
                if c.dep_ == "advcl"
                and any(g.dep_ == "mark" and g.lower_ == "as" for g in c.children)
            ),
            None,
        )
    if obj is None or pred is None:
        return None
    labelled = _subtree_text(obj)
    if obj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        # "Arabs, who he called 'suicide bombers'": the label is of the antecedent
        obj = verb.head
        labelled = _antecedent_text(obj, verb)
    be = "are" if obj.tag_ in {"NNS", "NNPS"} else "is"
    words = [
        t.whitespace_ if t.text in {'"', "“", "”"} else t.text_with_ws
        for t in pred.subtree
        if not (t.dep_ == "mark" and t.lower_ == "as" and t.head.i == pred.i)
    ]
    return _normalise(f"{labelled} {be} {''.join(words)}")


def _antecedent_text(noun: Token, clause: Token) -> str:
    """A relative clause's antecedent as a phrase: its words without the clause and the
    commas that set it off ("Arabs" for "Arabs, who he called X")."""
    inside = {t.i for t in clause.subtree}
    words = [t for t in noun.subtree if t.i not in inside and t.i <= clause.i]
    while words and words[-1].is_punct:
        words.pop()
    return "".join(t.text_with_ws for t in words).strip()


def _subtree_text(token: Token) -> str:
    return "".join(t.text_with_ws for t in token.subtree).strip()
