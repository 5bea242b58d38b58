"""Reaction blocks: a paragraph that opens with who speaks, a colon, then the quote.

    Michael Rodriguez, Auto Industry Analyst (Detroit): "…"
    Senator James P. Kellner (R), via social media: "…"
    Acme spokeswoman Jane Doe: "…"

The head before the colon is read into a profile (name, role, organisation, location, party,
channel); the quote after it is the content.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from claimtrail.extract.quotes.candidates import Profile, QuoteCandidate
from claimtrail.extract.quotes.quote_marks import QuotedSpan
from claimtrail.vocabulary.gazetteer import PERSON_TITLE_WORDS
from claimtrail.vocabulary.lexicon import CHANNEL_WORDS, NON_SOURCE_HEADS, verb_lemma
from claimtrail.vocabulary.referents import TELLING_FORMS

# The head is short: a name and a role, not a sentence (a sentence ending in a colon before
# a quote is ordinary reported speech and is handled by the parser).
MAX_HEAD_CHARS = 140
MAX_NAME_WORDS = 6
_HEAD = re.compile(rf"(?P<head>[^\n:\"“”]{{2,{MAX_HEAD_CHARS}}}?)\s*:\s*$")
_PAREN = re.compile(r"\(([^()]{1,60})\)")
_PARTY = re.compile(
    r"^(?P<party>R|D|I|GOP|Republican|Democrat|Democratic|Independent)"
    r"(?:[-–, ]+(?P<state>[A-Z][A-Za-z. ]{1,20}))?$"
)
_VIA = re.compile(
    r"[,;]?\s*\b(?:via|on|in|through)\s+(?P<channel>(?:a\s+|an\s+)?[^,()]{2,40})$", re.I
)
_COURTESY = {"Mr.", "Mrs.", "Ms.", "Sir", "Lord", "Lady"}
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|[A-Z]\.|de|van|von|der|da|di|al|bin|la|le)$")


def split_title(name_part: str) -> tuple[str | None, str]:
    for title in sorted(PERSON_TITLE_WORDS, key=len, reverse=True):
        if name_part.startswith(title + " "):
            return title.rstrip("."), name_part[len(title) + 1 :].strip()
    return None, name_part


def looks_like_name(text: str) -> bool:
    words = text.split()
    return (
        1 <= len(words) <= MAX_NAME_WORDS
        and all(_NAME_WORD.match(w) for w in words)
        and any(len(w) > 2 for w in words)
    )


def _channel(text: str) -> str | None:
    lowered = text.lower().strip()
    lowered = re.sub(r"^(?:a|an|the)\s+", "", lowered)
    for phrase, channel in CHANNEL_WORDS.items():
        if lowered == phrase or lowered.startswith(phrase + " ") or lowered.endswith(" " + phrase):
            return channel
    return lowered or None


def _ends_in_verb(head: str) -> bool:
    """Whether a head's last word, brackets left out, is a verb of saying: a sentence."""
    words = _PAREN.sub("", head).strip().rstrip(",").split()
    return bool(words) and verb_lemma(words[-1].strip(".,;")) is not None


def _tells_someone(head: str) -> bool:
    """Whether a head is a sentence whose verb of saying has a listener after it ("On Tuesday,
    Dr Reed told journalists", "Mr Lowe, a former director, told Radio Leeds's breakfast
    show"): an inflected verb of saying, in lower case, after the first word."""
    words = [w.strip(".,;") for w in _PAREN.sub("", head).split()[1:]]
    return any(w.islower() and w in TELLING_FORMS and verb_lemma(w) is not None for w in words)


def parse_head(head: str) -> tuple[Profile, tuple[int, int]] | None:
    """Read 'Name, Role (Place), via channel' into a profile and the name's offsets in head."""
    if _ends_in_verb(head) or _tells_someone(head):
        # "Speaking in Leeds Mr Reed said": a sentence ends in its verb, even where its last
        # words look like a channel ("in Leeds …"); the parser reads it
        return None
    channel = None
    via = _VIA.search(head)
    if via:
        channel = _channel(via.group("channel"))
        head = head[: via.start()]
    party = location = None
    for paren in _PAREN.finditer(head):
        inner = paren.group(1).strip()
        party_match = _PARTY.match(inner)
        if party_match:
            party = party_match.group("party")
            location = party_match.group("state") or location
        else:
            location = inner
    if _ends_in_verb(head):
        return None  # "Earlier, Mr Reed said via Twitter": the same, once the channel is gone
    bare = _PAREN.sub("", head).strip().rstrip(",").strip()
    name_part, _, role_part = (p.strip() for p in bare.partition(","))
    title, name = split_title(name_part)
    if not looks_like_name(name):
        return None
    role, organization = _role_and_org(role_part)
    if role is None and title and title not in {t.rstrip(".") for t in _COURTESY}:
        role = title
    start = head.find(name)
    return Profile(
        name=name,
        role=role,
        organization=organization,
        location=location,
        party=party,
        channel=channel,
    ), (start, start + len(name))


def _role_and_org(role_part: str) -> tuple[str | None, str | None]:
    if not role_part:
        return None, None
    for joiner in (" of ", " at ", " for "):
        if joiner in role_part:
            role, org = role_part.split(joiner, 1)
            return role.strip() or None, org.strip() or None
    return role_part, None


def find_reaction_blocks(
    text: str, quotes: list[QuotedSpan]
) -> Iterator[tuple[QuoteCandidate, QuotedSpan]]:
    """Reaction blocks among the quoted spans: the quote opens a paragraph's body after a head."""
    for quote in quotes:
        line_start = text.rfind("\n", 0, quote.open) + 1
        match = _HEAD.fullmatch(text[line_start : quote.open])
        if match is None:
            continue
        parsed = parse_head(match.group("head").strip())
        if parsed is None:
            continue
        profile, (name_start, name_end) = parsed
        head_offset = (
            line_start
            + match.start("head")
            + (len(match.group("head")) - len(match.group("head").lstrip()))
        )
        colon = text.rfind(":", line_start, quote.open)
        source = (head_offset + name_start, head_offset + name_end)
        yield (
            QuoteCandidate(
                start=quote.start,
                end=quote.end,
                kind="direct",
                cue=(colon, colon + 1),
                cue_lemma="say",
                source=source,
                profile=profile,
                finder="reaction",
            ),
            quote,
        )


# "Trump: Cruz Has 'To Come a Long Way' on Ethanol" / "Poll: Sanders Leads" — a short
# capitalised head, a colon, and the rest of the line is what the head says.
_COLON_LINE = re.compile(r"(?P<head>[A-Z][^:\n\"“”‘’]{0,80}?):[ \t]+(?P<content>[^\s\"“].*)")
MAX_COLON_HEAD_WORDS = 12
MIN_COLON_CONTENT_WORDS = 2


def _source_words(head: str) -> str:
    """The leading run of capitalised words: 'Gillibrand on Hillary …' → 'Gillibrand'."""
    words: list[str] = []
    for word in head.split():
        if not (word[:1].isupper() or word[:1].isdigit()) and words:
            break
        words.append(word)
    return " ".join(words)


def find_colon_lines(text: str) -> Iterator[QuoteCandidate]:
    line_start = 0
    for line in text.split("\n"):
        match = _COLON_LINE.fullmatch(line.rstrip())
        if match is not None:
            found = _colon_candidate(match, line_start)
            if found is not None:
                yield found
        line_start += len(line) + 1


def _colon_candidate(match: re.Match[str], line_start: int) -> QuoteCandidate | None:
    head = match.group("head").strip()
    if head.lower() in NON_SOURCE_HEADS or len(head.split()) > MAX_COLON_HEAD_WORDS:
        return None
    if any(ch.isdigit() for ch in head.split()[0]):
        return None  # "7 p.m.:" and other timestamps
    if len(re.findall(r"[^\W\d_]{2,}", match.group("content"))) < MIN_COLON_CONTENT_WORDS:
        return None  # "Clinton: 1,769." is a tally, not a statement
    source = _source_words(head)
    content_start = line_start + match.start("content")
    content_end = line_start + len(match.group(0).rstrip(" .\t"))
    colon = line_start + match.end("head")
    return QuoteCandidate(
        start=content_start,
        end=content_end,
        kind="indirect",
        cue=(colon, colon + 1),
        cue_lemma="say",
        source=(line_start, line_start + len(source)),
        profile=Profile(name=source),
        finder="colon-line",
    )
