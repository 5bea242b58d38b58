"""A headline read as an attribution: 'S V C', 'C, S says', or the headline as C.

Used by the quote finder (a headline that attributes is a quote) and by the claim builder (the
headline's C is the central claim's first wording).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from claimtrail.extract.quotes.candidates import QuoteCandidate
from claimtrail.extract.quotes.content_spans import own_clause_verb
from claimtrail.extract.quotes.quote_marks import QuotedSpan, find_quoted_spans
from claimtrail.parse.text import text_of
from claimtrail.vocabulary.achievements import ACHIEVEMENT_NOUNS
from claimtrail.vocabulary.grammar import AUXILIARY_WORDS
from claimtrail.vocabulary.lexicon import (
    HEADLINE_HEDGES,
    REPORTING_NOUNS,
    attitude_of,
    verb_lemma,
)

# Adjuncts that close a headline without being part of its claim.
_TRAILING_ADJUNCT = re.compile(
    r"\s+(?:amid|as|after|despite|following|over|ahead of|in wake of)\s.*$", re.I
)


@dataclass(frozen=True)
class HeadlineParts:
    sources: list[tuple[int, int]]
    cue: tuple[int, int] | None
    lemma: str | None
    content: tuple[int, int]


def headline_tokens(doc: Doc, body_start: int) -> list[Token]:
    """The headline's tokens, spaces left out (the scan stops at the body: reading on would
    make each call linear in the article)."""
    head_end = min(body_start, len(text_of(doc)))
    tokens = []
    for t in doc:
        if t.idx >= head_end:
            break
        if not t.is_space:
            tokens.append(t)
    return tokens


def split_headline(doc: Doc, body_start: int, *, cut_adjuncts: bool = True) -> HeadlineParts | None:
    """'S V C' around the first reporting verb of the headline ('C, S Says' too), else the
    headline as C. ``cut_adjuncts`` drops a trailing 'amid …' from C (for the claim; a quote
    keeps it)."""
    tokens = headline_tokens(doc, body_start)
    if not tokens:
        return None
    for k, tok in enumerate(tokens):
        lemma = verb_lemma(tok.text)
        if lemma is None or k == 0 or tok.lower_ in HEADLINE_HEDGES or tok.pos_ == "NOUN":
            continue  # ("seek answers from": a noun; a title-case verb is often tagged PROPN)
        if tok.dep_ in {"acl", "amod"}:
            continue  # "bodies found in mass graves": a participle describing a noun
        if tokens[k - 1].lower_ == "to" and tok.tag_ == "VB":
            continue  # "Regulator to rule on drug": what a party will do, not what it said
        if _subject_noun(tok, tokens[k + 1 : k + 2]):
            continue  # "Henman hopes ended in Dubai": the hopes ended, nobody hopes
        if _reduced_passive(tok, lemma) or _inside_a_name(tok, tokens[:k]):
            continue
        if (
            tok.dep_ == "ccomp"
            and tok.head.i > tok.i
            and verb_lemma(tok.head.text)
            and tok.head.pos_ != "NOUN"
            and not any(c.dep_ == "ccomp" for c in tok.children)
        ):
            continue  # "Missing plane found, officials confirm": the content's own verb
        left, right = tokens[:k], tokens[k + 1 :]
        if not any(t.is_alpha or t.is_digit for t in right):
            commas = [i for i, t in enumerate(left) if t.text == ","]
            if commas and not _names_a_subject(left[commas[-1] + 1 :]):
                continue  # "C, contrary to report": no speaker after the comma
            return _source_says_last(tok, lemma, left, doc, cut_adjuncts)
        if (
            left
            and left[-1].text == ","
            and len(right) <= 6
            and not any(t.pos_ in {"VERB", "AUX"} for t in right)
        ):  # "Bank will not raise rates, says governor": C, V S
            return HeadlineParts(
                sources=_headline_sources(right),
                cue=(tok.idx, tok.idx + len(tok.text)),
                lemma=lemma,
                content=content_span(doc, left[:-1], cut_adjuncts),
            )
        if not _names_a_subject(left):
            commas = [i for i, t in enumerate(left) if t.text == ","]
            if (
                commas
                and 0 < commas[-1] < len(left) - 1
                and _names_a_subject(left[commas[-1] + 1 :])
            ):  # "Rates will rise, minister tells MPs": C, S V (a listener after V)
                return HeadlineParts(
                    sources=_headline_sources(left[commas[-1] + 1 :]),
                    cue=(tok.idx, tok.idx + len(tok.text)),
                    lemma=lemma,
                    content=content_span(doc, left[: commas[-1]], cut_adjuncts),
                )
            continue  # "X did not say C", "Y trolled Z into thinking C": no 'S V C' here
        if _an_act_on_a_thing(tok, lemma, right):
            continue  # "Firm vows turnaround", "Fund agrees new loan": an act, no proposition
        evidential = _evidential(tok)  # the content is what is said of the subject
        return HeadlineParts(
            sources=[] if evidential else _headline_sources(left),
            cue=(tok.idx, tok.idx + len(tok.text)),
            lemma=lemma,
            content=content_span(doc, tokens if evidential else right, cut_adjuncts),
        )
    return HeadlineParts(
        sources=[], cue=None, lemma=None, content=content_span(doc, tokens, cut_adjuncts)
    )


_QUOTE_CHARS = frozenset("'‘’\"“”")


def _subject_noun(tok: Token, following: list[Token]) -> bool:
    """A plural noun read as a verb ("Henman hopes ended", "Star fears grow"): the word right
    after it is a finite verb with no subject of its own that the parse hangs on it."""
    word = tok.lower_
    if not following or not word.endswith("s"):
        return False
    if word not in REPORTING_NOUNS and word[:-1] not in REPORTING_NOUNS and word[:-1] != "plan":
        return False  # "denies", "says": never a noun
    verb = following[0]
    return (
        verb.head.i == tok.i
        and verb.tag_ in {"VBD", "VBZ", "VBP"}
        and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)
    )


def _an_act_on_a_thing(verb: Token, lemma: str, right: list[Token]) -> bool:
    """A plain saying verb ("assert" in the lexicon) whose object is a bare noun phrase (no
    verb, nothing quoted) names an act, not what was said: "vows turnaround", "agrees loan",
    "continues growth". Verbs whose object is the content ("denies affair", "confirms
    arrest", "questions plan") keep it, and so does an object with a predicate ("finds builder
    guilty")."""
    if lemma == "claim" and _something_won(verb, right):
        return True  # "Wessex claim Sevens glory": claim as in win
    if attitude_of(lemma) != "assert" or not right:
        return False
    if any(c.dep_ in _PREDICATE_COMPLEMENTS | {"ccomp"} for c in verb.children):
        return False
    return not any(own_clause_verb(t) or t.text in _QUOTE_CHARS for t in right)


def _something_won(verb: Token, right: list[Token]) -> bool:
    """The verb's object is a bare noun phrase headed by a thing won ("claim Sevens glory",
    "claims third title"), with no verb or quotation mark after the verb."""
    if any(t.pos_ in {"VERB", "AUX"} or t.text in _QUOTE_CHARS for t in right):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.lower_ in ACHIEVEMENT_NOUNS


# Verbs whose headline use with a predicate complement and no object is a reduced passive:
# "Dog found abandoned", "Man found guilty" (the subject is what was found), unlike "Jury finds
# X guilty" (an object: a finding) or "Study finds that C".
_PREDICATE_COMPLEMENTS = {"oprd", "xcomp", "acomp"}


def _reduced_passive(verb: Token, lemma: str) -> bool:
    if lemma != "find":
        return False
    deps = {c.dep_ for c in verb.children}
    return bool(deps & _PREDICATE_COMPLEMENTS) and not deps & {"dobj", "ccomp", "nsubjpass"}


def _inside_a_name(tok: Token, left: list[Token]) -> bool:
    """A cue word tagged as a proper noun after the headline's own verb is a word of a name
    ("Police identify shooter in Florida State tragedy"), not the headline's verb."""
    return tok.pos_ == "PROPN" and any(
        t.dep_ == "ROOT" and t.tag_ in {"VBP", "VBZ", "VBD"} for t in left
    )


# Dependents that let a verb form sit inside a name or a noun phrase ("Failed Bank Boss Says").
_NOMINAL_DEPS = {"amod", "compound", "acl", "nmod", "poss"}


def _names_a_subject(left: list[Token]) -> bool:
    """The words before a headline's cue are its speaker only if they are a noun phrase: no
    finite verb or auxiliary ("Star did not say C" is the outlet's denial, not the star's
    claim; "Pranksters trick fans into thinking C" attributes nothing to the pranksters) and
    no sentence end ("Sorry, fans. Star says C" is a caption)."""
    before = [t for t in left if t.dep_ != "neg"]
    if before and before[-1].pos_ == "ADP":
        return False  # "Pranksters trick fans into thinking C": the cue heads no clause
    if not any(t.pos_ in {"NOUN", "PROPN", "PRON"} for t in left):
        return False  # "C, contrary to report": no one named
    for t in left:
        if t.text in {".", "?", "!"}:
            return False
        if t.pos_ == "AUX" or t.tag_ == "MD":
            return False
        if t.tag_ in {"VBZ", "VBP", "VBD"} and t.dep_ not in _NOMINAL_DEPS:
            return False
        if t.pos_ == "VERB" and t.dep_ == "ROOT":
            return False  # "Doctors jailed for …": the headline's verb is before the cue
    return True


def _evidential(verb: Token) -> bool:
    """ "Blast now said to be a gas leak": an agentless evidential names no speaker (its subject
    is what is said about)."""
    return verb.tag_ in {"VBN", "VBD"} and any(
        c.dep_ in {"xcomp", "oprd"} and any(g.tag_ == "TO" for g in c.children)
        for c in verb.children
    )


def _source_says_last(
    verb: Token, lemma: str, left: list[Token], doc: Doc, cut_adjuncts: bool
) -> HeadlineParts | None:
    """'Clinton Hid Health Problems, Former White House Doctor Says': C, then S, then V."""
    commas = [i for i, t in enumerate(left) if t.text == ","]
    if not commas or commas[-1] == 0 or commas[-1] == len(left) - 1:
        return None
    cut = commas[-1]
    return HeadlineParts(
        sources=_headline_sources(left[cut + 1 :]),
        cue=(verb.idx, verb.idx + len(verb.text)),
        lemma=lemma,
        content=content_span(doc, left[:cut], cut_adjuncts),
    )


def _headline_sources(tokens: list[Token]) -> list[tuple[int, int]]:
    """Conjoined names on the left of the verb ('Ford and Xiaomi')."""
    spans: list[list[Token]] = []
    current: list[Token] = []
    for tok in tokens:
        if tok.lower_ in {"and", ",", "&"}:
            if current:
                spans.append(current)
            current = []
        else:
            current.append(tok)
    if current:
        spans.append(current)
    return [(s[0].idx, s[-1].idx + len(s[-1].text)) for s in spans]


def content_span(doc: Doc, tokens: list[Token], cut_adjuncts: bool = True) -> tuple[int, int]:
    while tokens and (tokens[0].lower_ in HEADLINE_HEDGES or tokens[0].lower_ in {"that", ":"}):
        tokens = tokens[1:]
    if not tokens:
        return 0, 0
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = text_of(doc)[start:end]
    cut = _TRAILING_ADJUNCT.search(text) if cut_adjuncts else None
    if cut and cut.start() > 0:
        end = start + cut.start()
    return start, end


# A quoted fragment of a headline longer than this is a sentence, not a word taken from a speaker.
MAX_HEADLINE_FRAGMENT_WORDS = 5


def headline_fragments(
    doc: Doc,
    body_start: int,
    marks: list[QuotedSpan],
    found: list[QuoteCandidate],
) -> list[QuoteCandidate]:
    """Quoted words in a headline that no cue claims ("Mayor quits 'shameless' party",
    "Star sued for 'fraud'"): the speaker's own word, a record of its own (the guidelines'
    headline rule). Its source is, in this order: the body quote whose marks hold the same
    words ("condemned the plan as a 'charade'"); for a passive headline verb, the body's agent
    of that verb ("sued by a former assistant"); else the headline's leading name. A fragment
    in capitals throughout is a name or title ('Las Vegas' jibe), not a quote; one with no
    source found has an unclear speaker and is left out."""
    text = text_of(doc)
    head_end = min(body_start, len(text))
    headline = headline_tokens(doc, body_start)
    out = []
    for mark in [*marks, *_single_quoted(text[:head_end])]:
        if mark.start >= head_end or mark.end > head_end or not mark.closed:
            continue
        words = re.findall(r"[\w'’-]+", text[mark.start : mark.end])
        if not words or len(words) > MAX_HEADLINE_FRAGMENT_WORDS:
            continue
        if all(w[:1].isupper() for w in words):
            continue  # 'Las Vegas' jibe: a name
        if any(c.overlaps(mark.start, mark.end) for c in found):
            continue
        if _denied_in_the_body(text, words, body_start, found):
            continue  # "Poster 'offensive'" that the body's party denies: the accusers' word,
            # whom the headline does not name (an unclear speaker)
        source = (
            _body_quote_holding(text, words, body_start, marks, found)
            or _lead_quote_sharing(text, words, body_start, found)
            or _lead_report_about(text, words, body_start, found, headline, mark)
            or _body_agent(doc, headline, body_start, mark)
            or _leading_name(text, headline, mark, found)
        )
        if source is None:
            continue
        out.append(
            QuoteCandidate(
                start=mark.start,
                end=mark.end,
                kind="direct",
                source=source[0],
                source_head=source[1],
                finder="headline-fragment",
            )
        )
    return out


# Headlines quote with single marks ("Star quits 'shameful' party"); an apostrophe inside a
# word ("Blair's", "don't") opens and closes nothing.
_SINGLE_QUOTED = re.compile(
    r"(?:(?<=\s)|^)['‘]((?:[^'‘’\n]|(?<=\w)['’](?=\w))+?)['’](?=\s|$|[,.:;!?])"
)


def _single_quoted(headline: str) -> list[QuotedSpan]:
    return [
        QuotedSpan(m.start(), m.end() - 1, m.start(1), m.end(1))
        for m in _SINGLE_QUOTED.finditer(headline)
    ]


def in_headline_quotation(headline: str, offset: int) -> bool:
    """Whether ``offset`` lies inside the headline's quoted words ("Voters 'don't trust MPs'"):
    words a party said, which the outlet relays, not the outlet's own voice."""
    spans = _single_quoted(headline) + find_quoted_spans(headline, single_marks=False)
    return any(span.start <= offset < span.end for span in spans)


def _body_quote_holding(
    text: str,
    words: list[str],
    body_start: int,
    marks: list[QuotedSpan],
    found: list[QuoteCandidate],
) -> tuple[tuple[int, int], int | None] | None:
    wanted = " ".join(words).lower()
    for cand in found:  # "said the vote was a farce": the words in a body quote's content
        if cand.start >= body_start and cand.source is not None and not _gainsays(cand):
            if re.search(rf"\b{re.escape(wanted)}\b", text[cand.start : cand.end].lower()):
                return cand.source, cand.source_head
    for mark in marks:
        if mark.start < body_start or wanted not in text[mark.start : mark.end].lower():
            continue
        holder = next(
            (c for c in found if c.source is not None and c.overlaps(mark.start, mark.end)), None
        )
        if holder is not None and holder.source is not None:
            return holder.source, holder.source_head
    return None


def _denied_in_the_body(
    text: str, words: list[str], body_start: int, found: list[QuoteCandidate]
) -> bool:
    """The fragment's words stand in a body report that denies them."""
    wanted = " ".join(words).lower()
    return any(
        cand.start >= body_start
        and _gainsays(cand)
        and re.search(rf"\b{re.escape(wanted)}\b", text[cand.start : cand.end].lower())
        for cand in found
    )


def _gainsays(cand: QuoteCandidate) -> bool:
    """A body report that denies what it holds ("A spokesman denied the poster was 'X'"): the
    headline's quoted word is the accusers', not the denier's."""
    if cand.cue_lemma == "rule":  # "was illegal, a court has ruled": a ruling states it
        return cand.negated
    return attitude_of(cand.cue_lemma, cand.negated) == "deny"


def _lead_quote_sharing(
    text: str, words: list[str], body_start: int, found: list[QuoteCandidate]
) -> tuple[tuple[int, int], int | None] | None:
    """'X "should restate books"' over a lead 'X should restate its earnings, watchdogs have
    said': the report in the first paragraph whose content restates the fragment (half its
    content words or more: words of four letters or more, auxiliaries left out) is whose words
    the headline quotes, not the headline's subject."""
    content = [w.lower() for w in words if len(w) >= 4 and w.lower() not in AUXILIARY_WORDS]
    if not content:
        return None
    paragraph_end = text.find("\n", body_start + 1)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    for cand in sorted(found, key=lambda c: c.start):
        if not (body_start <= cand.start < paragraph_end) or cand.source is None:
            continue
        if _gainsays(cand):
            continue
        said = set(re.findall(r"[\w'’-]+", text[cand.start : cand.end].lower()))
        if 2 * sum(w in said for w in content) >= len(content):
            return cand.source, cand.source_head
    return None


def _lead_report_about(
    text: str,
    words: list[str],
    body_start: int,
    found: list[QuoteCandidate],
    headline: list[Token],
    mark: QuotedSpan,
) -> tuple[tuple[int, int], int | None] | None:
    """'Exchange "sets date for sale"' over a lead 'The Exchange is planning to announce a
    preferred buyer by May, newspaper reports claim': the headline names what the lead's report
    is about and quotes the gist of it, so the words are the report's source's, not the
    subject's. The first sentence's report must hold the headline's leading name and share a
    content word with the fragment; a report that gainsays it is left to the rule above."""
    if not headline or headline[0].idx >= mark.start or not headline[0].text[:1].isupper():
        return None
    name = headline[0].text
    content = {w.lower() for w in words if len(w) >= 4 and w.lower() not in AUXILIARY_WORDS}
    sentence_end = re.search(r"[.!?](?:\s|$)", text[body_start:])
    lead_end = body_start + sentence_end.end() if sentence_end else len(text)
    for cand in sorted(found, key=lambda c: c.start):
        if not (body_start <= cand.start < lead_end) or cand.source is None or _gainsays(cand):
            continue
        said = text[cand.start : cand.end]
        if not re.search(rf"\b{re.escape(name)}\b", said):
            continue
        if content & set(re.findall(r"[\w'’-]+", said.lower())):
            return cand.source, cand.source_head
    return None


def _body_agent(
    doc: Doc, headline: list[Token], body_start: int, mark: QuotedSpan
) -> tuple[tuple[int, int], int] | None:
    """'Star sued for "fraud"' … 'was sued by a former assistant': the agent."""
    verbs = [t for t in headline if t.idx < mark.start and t.tag_ in {"VBN", "VBD"}]
    if not verbs:
        return None
    word = verbs[0].lower_
    for tok in doc:
        if tok.idx < body_start or tok.lower_ != word:
            continue
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        noun = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
        if noun is not None:
            return (noun.left_edge.idx, noun.idx + len(noun.text)), noun.i
    return None


def _leading_name(
    text: str, headline: list[Token], mark: QuotedSpan, found: list[QuoteCandidate]
) -> tuple[tuple[int, int], int] | None:
    """The capitalised words that open the headline ('Fox attacks …', 'Kilroy-Silk quits …'),
    when they come before the fragment and their last word speaks in the body (a
    headline's subject is often the one spoken about: "Economy 'to grow'")."""
    chain: list[Token] = []
    for tok in headline:
        joined = tok.text == "-" and not tok.whitespace_ and chain
        if tok.idx >= mark.start or not (tok.is_title or tok.is_upper or joined):
            break
        chain.append(tok)
    while chain and chain[-1].text == "-":
        chain.pop()
    if not chain:  # (the parse of a headline is poor: "Greer" as a common noun)
        return None
    name = chain[-1].text
    if not any(
        c.source is not None
        and re.search(rf"\b{re.escape(name)}\b", text[c.source[0] : c.source[1]])
        for c in found
        if c.start >= mark.end
    ):
        return None
    return (chain[0].idx, chain[-1].idx + len(chain[-1].text)), chain[-1].i
