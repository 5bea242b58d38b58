"""Attach quoted passages to their cue and source.

A quoted passage is attributed by (in this order): a reported-speech candidate whose content
lies inside it; a reporting verb just after the closing mark (`," she said`); one just before
the opening mark (`She said: "`); the verb that governs a short quoted phrase (a partial quote:
labelled them an "existential threat"); or, for a paragraph that opens with a quote and has no
cue, the speaker of the quote before it (news continues a speaker's words that way).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from claimtrail.extract.cues.sources import can_speak, subject_of
from claimtrail.extract.quotes.candidates import QuoteCandidate
from claimtrail.extract.quotes.quote_marks import QuotedSpan
from claimtrail.extract.quotes.reported import cue_span, is_negated, source_mention
from claimtrail.parse.text import text_of
from claimtrail.vocabulary.grammar import TITLE_SMALL_WORDS
from claimtrail.vocabulary.lexicon import BELIEF_VERBS, KNOWING_VERBS, LABEL_VERBS, verb_lemma

# How far from a quote's marks a cue may stand, in tokens (`," said the former senator`).
CUE_WINDOW_AFTER = 8
CUE_WINDOW_BEFORE = 12
# A quote of at most this many words inside the writer's own sentence is a partial quote.
PARTIAL_MAX_WORDS = 8
# A second quote continues the first when only the attribution stands between them — at most
# this much text (`," said Kevin Barrett, a lawyer at Bailey & Glasser, who represents…. "`).
INTERRUPTION_MAX_CHARS = 300
DOUBLE_MARKS = set('"“”')
# Share of a reported candidate's content that must fall inside the marks to call it direct.
INSIDE_SHARE = 0.8


def _has_quote_mark(text: str) -> bool:
    """Double marks, '' pairs or an opening single mark; a lone ' or ’ is an apostrophe."""
    return bool(DOUBLE_MARKS & set(text)) or "''" in text or "‘" in text


def _token_at(doc: Doc, char: int) -> Token | None:
    """The token at ``char``, or the next one when ``char`` is white space."""
    while char < len(text_of(doc)) and text_of(doc)[char].isspace():
        char += 1
    if char >= len(text_of(doc)):
        return None
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _cue_candidate(doc: Doc, verb: Token, quote: QuotedSpan, finder: str) -> QuoteCandidate | None:
    lemma = verb_lemma(verb.text)
    subject = subject_of(verb)
    if subject is not None and quote.start <= subject.idx < quote.end:
        subject = None  # the parse took a word of the quote itself for the speaker
    if subject is None and finder == "cue-after":
        subject = _speaker_by_position(doc, verb, quote)
    if lemma is None or subject is None:
        return None
    mention = source_mention(subject)
    if mention is None:
        return None
    return QuoteCandidate(
        start=quote.start,
        end=quote.end,
        kind="direct",
        cue=cue_span(verb),
        cue_lemma=lemma,
        source=mention[0],
        source_head=mention[1],
        negated=is_negated(verb),
        finder=finder,
    )


# Parts of speech a speaker's noun phrase is made of ("Tulsa police Chief Chuck Jordan").
NAME_POS = {"PROPN", "NOUN", "DET", "ADJ", "PRON", "NUM"}
MAX_SPEAKER_TOKENS = 7


def _speaker_by_position(doc: Doc, verb: Token, quote: QuotedSpan) -> Token | None:
    """When the parse of '"…," Tulsa police Chief Chuck Jordan said' (or '"…," said James Acton')
    goes astray, the speaker is the noun phrase between the closing mark and the verb, or the
    one right after the verb; its head is taken to be its last word."""
    assert quote.close is not None
    window = doc[max(0, verb.i - MAX_SPEAKER_TOKENS - 2) : verb.i]
    between = [t for t in window if t.idx > quote.close and not t.is_punct]
    if between:
        words = between
    else:
        words = []
        joined: set[int] = set()  # the parts of a hyphenated word ("Leeds-born")
        for token in doc[verb.i + 1 : verb.i + 1 + MAX_SPEAKER_TOKENS]:
            if _hyphen_inside_a_word(token) and words:
                joined |= {token.i, token.i + 1}
            elif token.i not in joined and (
                token.is_punct or not (token.pos_ in NAME_POS or token.is_title)
            ):
                break
            words.append(token)
        words = [t for t in words if t.i not in joined or t.pos_ in NAME_POS or t.is_title]
        words = [t for t in words if not _hyphen_inside_a_word(t)]
    if not words or len(words) > MAX_SPEAKER_TOKENS:
        return None
    if not all(t.pos_ in NAME_POS or t.is_title for t in words):
        return None  # (a mis-tagged capitalised word is still part of a name)
    if words[-1].pos_ in {"PROPN", "NOUN", "PRON"} or _age_description(words):
        return words[-1]
    return None


def _hyphen_inside_a_word(token: Token) -> bool:
    """The hyphen of 'Leeds-born', 'well-known': no space on either side."""
    doc = token.doc
    return (
        token.text == "-"
        and not token.whitespace_
        and token.i > 0
        and not doc[token.i - 1].whitespace_
        and token.i + 1 < len(doc)
    )


def _age_description(words: list[Token]) -> bool:
    """'the 23-year-old': a person described by age, its head the adjective 'old'."""
    last = words[-1]
    if len(words) < 3 or last.lower_ != "old":
        return False
    return bool(re.search(r"\d+-year-old$", last.doc[words[0].i : last.i + 1].text))


def cue_after(doc: Doc, quote: QuotedSpan) -> QuoteCandidate | None:
    if quote.close is None:
        return None
    first = _token_at(doc, quote.close + 1) if quote.close + 1 < len(text_of(doc)) else None
    if first is None:
        return None
    if text_of(doc)[quote.start : quote.end].rstrip().endswith(".") and first.is_sent_start:
        return None  # '"We will win." He told the crowd…': the next sentence's own cue
    for token in doc[first.i : first.i + CUE_WINDOW_AFTER]:
        if "\n" in text_of(doc)[quote.close : token.idx + len(token.text)]:
            break  # the next paragraph is another attribution's
        if token.text in {"“", '"'} and token.idx > quote.close:
            break
        if verb_lemma(token.text):
            return _cue_candidate(doc, token, quote, "cue-after")
        if token.text in {".", "!", "?"} and token.i > first.i:
            break
        if token.i == first.i and token.text == "." and _opens_a_sentence(doc, token.i + 1):
            break  # 'needs to be "exploded". Owners will find C': the stop ends its sentence
    return None


def _opens_a_sentence(doc: Doc, i: int) -> bool:
    """Whether the token at ``i`` opens a sentence: the parser says so, or a capital follows."""
    if i >= len(doc):
        return True
    nxt = doc[i]
    while nxt.is_space and nxt.i + 1 < len(doc):
        nxt = doc[nxt.i + 1]
    return nxt.is_sent_start or nxt.text[:1].isupper()


# `"…" ― Beck Pimentel`: a quote signed with a dash and a name (readers' responses, epigraphs).
SIGNATURE = re.compile(r"[ \t]*([―—–]+)[ \t]*((?:[A-Z][\w.'’-]*[ \t]+){0,4}[A-Z][\w.'’-]*)")


def signed_quote(doc: Doc, quote: QuotedSpan) -> QuoteCandidate | None:
    if quote.close is None:
        return None
    found = SIGNATURE.match(text_of(doc), quote.close + 1)
    if found is None:
        return None
    name_start, name_end = found.span(2)
    name_end -= len(found.group(2)) - len(found.group(2).rstrip("."))
    last = _token_at(doc, name_end - 1)
    return QuoteCandidate(
        start=quote.start,
        end=quote.end,
        kind="direct",
        cue=found.span(1),
        cue_lemma="say",
        source=(name_start, name_end),
        source_head=last.i if last is not None else None,
        finder="signature",
    )


def cue_before(doc: Doc, quote: QuotedSpan) -> QuoteCandidate | None:
    mark = _token_at(doc, quote.open)
    if mark is None:
        return None
    line_start = text_of(doc).rfind("\n", 0, quote.open) + 1
    window = doc[max(0, mark.i - CUE_WINDOW_BEFORE) : mark.i]
    for token in reversed(list(window)):
        if token.idx < line_start or token.text in {".", "!", "?"} or token.idx >= quote.open:
            if token.idx < line_start or token.text in {".", "!", "?"}:
                break
            continue
        if verb_lemma(token.text):
            found = _cue_candidate(doc, token, quote, "cue-before")
            frame = _frame_start(doc, token, quote) if found is not None else None
            if found is not None and frame is not None:
                # "said the event brought back memories of 'all the people…'": mixed
                return found.with_(
                    start=frame,
                    end=max(found.end, _after_close(quote)),
                    kind="mixed",
                    finder="cue-before+frame",
                )
            return found
    return None


# Dependents between a cue and its quote that belong to the attribution, not the content
# ("told [reporters] [on Tuesday] [in a statement]: '…'").
ATTRIBUTION_DEPS = {"dative", "npadvmod", "advmod", "prep", "punct", "prt", "nsubj", "aux", "neg"}
FRAME_MARKERS = {"that", "whether", "if"}


def _frame_start(doc: Doc, verb: Token, quote: QuotedSpan) -> int | None:
    """Where the writer's own words of the content begin before the opening mark, if any."""
    skipped: set[int] = set()
    for child in verb.rights:
        if child.dep_ in ATTRIBUTION_DEPS or (child.dep_ == "dobj" and child.idx < quote.open):
            skipped |= {t.i for t in child.subtree if t.idx < quote.open}
    words = []
    for t in doc[verb.i + 1 :]:
        if t.idx >= quote.open:
            break
        if t.i not in skipped and not t.is_punct and not t.is_space:
            words.append(t)
    if not words:
        return None
    if len(words) == 1 and words[0].lower_ not in FRAME_MARKERS:
        return None
    return words[0].idx


def _is_title(words: list[str]) -> bool:
    """MSNBC's "Morning Joe", "Fox News Sunday": a name in marks, not anybody's words."""
    letters = [w.strip(",.;:!?\"'“”‘’") for w in words]
    letters = [w for w in letters if w]
    return bool(letters) and all(w[0].isupper() or w in TITLE_SMALL_WORDS for w in letters)


def partial_quote(doc: Doc, quote: QuotedSpan) -> QuoteCandidate | None:
    """A short quoted phrase governed by a reporting verb of the sentence around it."""
    words = text_of(doc)[quote.start : quote.end].split()
    if not words or len(words) > PARTIAL_MAX_WORDS or _is_title(words):
        return None
    inner = _token_at(doc, quote.start)
    if inner is None:
        return None
    head: Token | None = inner
    for _ in range(6):  # walk up a few heads to the governing verb
        assert head is not None
        if verb_lemma(head.text) and not (quote.start <= head.idx < quote.end):
            found = _cue_candidate(doc, head, quote, "partial")
            return found.with_(kind="partial") if found else None
        if head.head is head:
            break
        head = head.head
    return None


def _after_close(quote: QuotedSpan) -> int:
    """Where a mixed content that ends with the quoted words ends: after the closing mark
    (the guidelines keep the marks in a mixed record's text)."""
    return quote.close + 1 if quote.close is not None else quote.end


def is_fragment(doc: Doc, quote: QuotedSpan) -> bool:
    """A few quoted words with no verb of their own, inside the writer's sentence."""
    words = text_of(doc)[quote.start : quote.end].split()
    if not words or len(words) > PARTIAL_MAX_WORDS:
        return False
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or any(t.pos_ in {"VERB", "AUX"} for t in span):
        return False
    before = text_of(doc)[text_of(doc).rfind("\n", 0, quote.open) + 1 : quote.open].rstrip()
    return bool(before) and not before.endswith((":", ","))


def continues_previous(
    doc: Doc, quote: QuotedSpan, previous: QuoteCandidate | None
) -> QuoteCandidate | None:
    """A paragraph that is only a quote, right after a quote with a known speaker."""
    line_start = text_of(doc).rfind("\n", 0, quote.open) + 1
    if text_of(doc)[line_start : quote.open].strip() or previous is None or previous.source is None:
        return None
    return _continuation(quote, previous)


def merge_interrupted(
    doc: Doc,
    first: QuoteCandidate,
    second: QuotedSpan,
    reported: list[QuoteCandidate] | None = None,
) -> QuoteCandidate | None:
    """`"A," he said, "B."` → one quote with two segments."""
    if first.cue is None or first.kind != "direct" or first.cue[0] < first.end:
        return None
    gap = text_of(doc)[first.end : second.open]
    # `"A," he said, "B."` and `"A," he added. "B."`: the cue between two quotes of one paragraph.
    if "\n" in gap or len(gap) > INTERRUPTION_MAX_CHARS or not gap.rstrip().endswith((",", ".")):
        return None
    if not (first.cue[1] <= second.open) or _has_quote_mark(gap.lstrip(",.!?;:— ”\"’'")):
        return None
    if cue_after(doc, second) is not None:
        return None  # `"A," she said. "B," added Jim Clyburn`: two attributions
    if any(
        r.source is not None and first.cue[1] < r.start and r.end <= second.open
        for r in reported or []
    ):
        return None  # `"A," said Mr Khan. One broker said C. "B."`: B goes with C's speaker
    segments = first.segments or ((first.start, first.end),)
    return first.with_(
        end=second.end,
        segments=segments + ((second.start, second.end),),
        finder=first.finder + "+interrupted",
    )


def attribute_quoted_spans(
    doc: Doc, quotes: list[QuotedSpan], reported: list[QuoteCandidate]
) -> tuple[list[QuoteCandidate], set[int]]:
    """Direct, partial and continued quotes; also the indices of reported candidates they absorb."""
    found: list[QuoteCandidate] = []
    absorbed: set[int] = set()
    previous: QuoteCandidate | None = None
    for quote in quotes:
        if found and (merged := merge_interrupted(doc, found[-1], quote, reported)) is not None:
            found[-1] = previous = merged
            continue
        candidate, used = _attribute_one(doc, quote, reported, previous)
        absorbed |= used
        if candidate is not None and found and _same_label_cue(found[-1], candidate):
            # 'called him a "liar," a "bully" and a "narcissist"': one attribution, mixed
            found[-1] = previous = found[-1].with_(end=candidate.end, kind="mixed")
        elif candidate is not None:
            found.append(candidate)
            if candidate.finder != FREE_FINDER:  # whose words go on is still the last named
                previous = candidate
    return found, absorbed


def _same_label_cue(earlier: QuoteCandidate, later: QuoteCandidate) -> bool:
    return (
        earlier.kind in {"partial", "mixed"}
        and later.kind == "partial"
        and earlier.cue is not None
        and earlier.cue == later.cue
    )


# Words of the writer's own before an opening mark that still belong to the content.
MIN_FRAME_CHARS = 3


def _frame_before_quote(doc: Doc, cand: QuoteCandidate, quote: QuotedSpan) -> bool:
    """The reported content starts with words of its own before the opening mark."""
    return (
        quote.open - cand.start >= MIN_FRAME_CHARS
        and not text_of(doc)[cand.start : quote.open].isspace()
    )


def _attribute_one(
    doc: Doc, quote: QuotedSpan, reported: list[QuoteCandidate], previous: QuoteCandidate | None
) -> tuple[QuoteCandidate | None, set[int]]:
    inside = _reported_inside(quote, reported)
    if inside is not None:
        idx, cand = inside
        if _frame_before_quote(doc, cand, quote):
            # 'said the plans "will not solve this"': the reported frame is part of the content
            return cand.with_(
                end=max(cand.end, _after_close(quote)),
                kind="mixed",
                finder=cand.finder + "+frame",
            ), {idx}
        if cand.source is None:  # the cue model's find, sourceless where the parse failed:
            by_position = cue_after(doc, quote)  # '"…," the 23-year-old wrote.'
            if by_position is not None and by_position.cue == cand.cue:
                cand = cand.with_(source=by_position.source, source_head=by_position.source_head)
        return cand.with_(
            start=quote.start, end=quote.end, kind="direct", finder=cand.finder + "+marks"
        ), {idx}
    container = _reported_container(quote, reported)
    if container is not None:
        idx, cand = container
        if cand.cue_lemma in LABEL_VERBS and is_fragment(doc, quote):
            # 'labeled Chinese automakers an "existential threat"': the quoted label is the
            # speaker's words, the rest is the writer's — a partial quote
            return cand.with_(
                start=quote.start, end=quote.end, kind="partial", finder=cand.finder + "+label"
            ), {idx}
        return None, set()  # a quoted fragment of reported speech: that candidate is mixed
    finders = (
        (partial_quote, cue_after, signed_quote, cue_before)
        if is_fragment(doc, quote)
        else (cue_after, signed_quote, cue_before)
    )
    for finder in finders:
        found = finder(doc, quote)
        if found is not None:
            return found, set()
    latest = _latest_before(quote, previous, [r for r in reported if not _held_by_a_thing(doc, r)])
    return (
        continues_previous(doc, quote, latest)
        or _follows_attribution(doc, quote, latest)
        or _free_quote(doc, quote, latest)
    ), set()


# The finder of a quoted sentence the narrative sets among its own sentences with no cue: the
# speakers module gives it to the article's only voice so far, or drops it.
FREE_FINDER = "free"
# A free quote is a whole sentence of some length, not a scare-quoted phrase.
FREE_MIN_WORDS = 6


def _free_quote(
    doc: Doc, quote: QuotedSpan, latest: QuoteCandidate | None
) -> QuoteCandidate | None:
    """'He then moved to crutches. "Walking again felt like real progress." He…': a whole
    quoted sentence after a sentence of the writer's, with no cue, once somebody has been
    quoted: a candidate with no source, for the speakers module to give to the article's
    only voice (or to drop)."""
    text = text_of(doc)
    if latest is None or latest.source is None or not quote.closed or quote.close is None:
        return None
    content = text[quote.start : quote.end].rstrip()
    if len(content.split()) < FREE_MIN_WORDS or not content.endswith((".", "?", "!")):
        return None
    line_start = text.rfind("\n", 0, quote.open) + 1
    before = text[line_start : quote.open].rstrip()
    if not before or not before.endswith((".", "?", "!")):
        return None  # a paragraph of its own is a continuation; a frame is an attribution
    after = text[quote.close + 1 : quote.close + 2]
    if after and not after.isspace():
        return None
    return QuoteCandidate(
        start=quote.start,
        end=quote.end,
        kind="direct",
        cue=None,
        cue_lemma=None,
        source=None,
        source_head=None,
        finder=FREE_FINDER,
    )


def _follows_attribution(
    doc: Doc, quote: QuotedSpan, latest: QuoteCandidate | None
) -> QuoteCandidate | None:
    """A quoted sentence right after a sentence that reports someone, in one paragraph
    ('One broker said C. "B."'): that person's words go on."""
    if (
        latest is None
        or latest.source is None
        or latest.cue is None
        or latest.cue_lemma in BELIEF_VERBS | KNOWING_VERBS  # "Many might think C. "B.""
    ):
        return None
    end = max(latest.end, latest.cue[1], latest.source[1])
    gap = text_of(doc)[end : quote.open]
    if end > quote.open or "\n" in gap or gap.strip(" .,\"'”’") or "." not in gap:
        return None  # only a stop (and the closing mark of a fragment) between them
    return continues_previous(doc, quote, latest) or _continuation(quote, latest)


def _held_by_a_thing(doc: Doc, cand: QuoteCandidate) -> bool:
    """'deleting texts that claim a parcel is waiting': a report a relative clause gives
    to a thing that cannot speak; no quoted paragraph after it goes on in its voice."""
    if cand.source_head is None:
        return False
    relative = doc[cand.source_head]
    if relative.lower_ not in {"that", "which"} or relative.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    holder = relative.head.head  # the noun the relative clause hangs on
    return holder.pos_ == "NOUN" and not can_speak(holder)


def _latest_before(
    quote: QuotedSpan, previous: QuoteCandidate | None, reported: list[QuoteCandidate]
) -> QuoteCandidate | None:
    """The attribution nearest before the quote, direct or reported: its speaker goes on."""
    earlier = [r for r in reported if r.end <= quote.open and r.source is not None]
    if previous is not None:
        earlier.append(previous)
    return max(earlier, key=lambda c: max(c.end, c.cue[1] if c.cue else c.end), default=None)


def _reported_inside(
    quote: QuotedSpan, reported: list[QuoteCandidate]
) -> tuple[int, QuoteCandidate] | None:
    for idx, cand in enumerate(reported):
        length = cand.end - cand.start
        if cand.cue is not None and quote.start <= cand.cue[0] < quote.end:
            continue  # a reporting verb inside the quote is the speaker's words, not the cue
        if length and cand.overlaps(quote.start, quote.end) / length >= INSIDE_SHARE:
            return idx, cand
    return None


def _reported_container(
    quote: QuotedSpan, reported: list[QuoteCandidate]
) -> tuple[int, QuoteCandidate] | None:
    return next(
        (
            (i, c)
            for i, c in enumerate(reported)
            if c.start <= quote.start and quote.end <= c.end + 1
        ),
        None,
    )


def _continuation(quote: QuotedSpan, previous: QuoteCandidate) -> QuoteCandidate:
    """The quoted span as a continuation of ``previous``: its speaker, cue word and profile."""
    return QuoteCandidate(
        start=quote.start,
        end=quote.end,
        kind="direct",
        cue=None,
        cue_lemma=previous.cue_lemma,
        source=previous.source,
        source_head=previous.source_head,
        profile=previous.profile,
        finder="continuation",
    )
