"""Typed read models the store returns (the CLI, the REST API and the dashboard render these).

Field names are a public contract: add fields, never rename them. Dates are ISO-8601 strings as
the articles give them (``published``) or UTC timestamps set by the store (``ingested_at``).
"""

from __future__ import annotations

from typing import Annotated, Generic, Literal, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from claimtrail.models import Analysis, Attitude, ClaimStatus, QuoteKind, Stance

T = TypeVar("T")

IngestStatus = Literal["new", "duplicate", "near_duplicate", "revision", "unchanged"]
# How an article row relates to the stored content: an original text, an exact copy of another
# article, a near copy (MinHash), or an older revision replaced by a newer text at the same URL.
ArticleKind = Literal["original", "duplicate", "near_duplicate", "superseded"]
# What part an attribution plays in a claim's lifecycle (derived from attitude and order).
LifecycleRole = Literal[
    "first_report",
    "report",
    "echo",
    "denial",
    "confirmation",
    "contest",
    "allegation",
    "speculation",
    "question",
    "assertion",
]
VoiceKind = Literal["person", "organization", "outlet", "anonymous"]
SearchKind = Literal["article", "claim", "quote"]


# Bounded output: a text repeated in a list (a headline on each quote, a claim on each event)
# is cut here; the whole text lives once, in its article, and offsets point into it.
HEADLINE_CHARS = 300
TEXT_CHARS = 1_000
# The most items a list inside one response holds; each capped list has a ``*_total`` beside
# it (or a count such as ``quote_count``) and its own paginated endpoint for the rest.
STORY_ARTICLES = 200
STORY_CLAIMS = 50
STORY_VOICES = 50
VOICE_QUOTES = 10
CLAIM_EVENTS = 200
SPEAKER_QUOTES = 200


def _cut(limit: int):
    def cut(value: str | None) -> str | None:
        if value is None or len(value) <= limit:
            return value
        return value[: limit - 1] + "…"

    return cut


Headline = Annotated[str | None, AfterValidator(_cut(HEADLINE_CHARS))]
Title = Annotated[str, AfterValidator(_cut(HEADLINE_CHARS))]
ShortText = Annotated[str, AfterValidator(_cut(TEXT_CHARS))]
MaybeShortText = Annotated[str | None, AfterValidator(_cut(TEXT_CHARS))]


class _View(BaseModel):
    model_config = ConfigDict(frozen=True)


class Page(_View, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int


class StatusChange(_View):
    """A claim's status moved because an article (or a revision of one) arrived."""

    claim_id: int
    old_status: ClaimStatus | None
    new_status: ClaimStatus
    article_id: int | None = None
    cause: Literal["article", "revision"] = "article"
    reason: str | None = None
    changed_at: str


class IngestOutcome(_View):
    status: IngestStatus
    article_id: int
    duplicate_of: int | None = None  # the original, for duplicate / near_duplicate
    similarity: float | None = None  # estimated Jaccard, for near_duplicate
    supersedes: int | None = None  # the previous revision, for revision
    story_id: int | None = None
    claim_ids: list[int] = Field(default_factory=list)
    central_claim_id: int | None = None  # the store claim the article's central claim joined
    status_changes: list[StatusChange] = Field(default_factory=list)


class ArticleSummary(_View):
    id: int
    headline: Headline
    source: str | None  # the outlet
    url: str | None
    published: str | None
    author: str | None = None
    path: str | None = None
    kind: ArticleKind = "original"
    duplicate_of: int | None = None
    revision: int = 1
    story_id: int | None = None
    central_claim: MaybeShortText = None
    stance: Stance | None = None
    quote_count: int = 0
    claim_count: int = 0
    ingested_at: str


class ArticleDetail(ArticleSummary):
    # None only for duplicates, which store a link to their original rather than a second copy.
    analysis: Analysis | None = None
    revisions: list[ArticleSummary] = Field(default_factory=list)  # same URL, oldest first
    duplicates: list[ArticleSummary] = Field(default_factory=list)  # copies linked to this one
    claim_ids: list[int] = Field(default_factory=list)  # store-level claims this article carries


class ClaimSummary(_View):
    id: int
    text: ShortText
    status: ClaimStatus
    status_reason: str | None = None
    story_id: int | None
    central: bool = False
    entities: list[str] = Field(default_factory=list)
    article_count: int = 0
    attribution_count: int = 0
    independent_source_count: int = 0
    first_seen: str | None = None
    last_seen: str | None = None
    last_change: str | None = None


class LifecycleEvent(_View):
    """One attribution of the claim in one article, in publication order."""

    article_id: int
    headline: Headline
    outlet: str | None
    published: str | None
    source: ShortText  # who the article says holds the claim ("Ford", "the FT", …)
    attitude: Attitude
    role: LifecycleRole
    hedged: bool = False
    independent: bool = True  # False when the article only repeats another outlet
    echo_of: str | None = None  # the outlet being echoed
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    claim_text: ShortText  # the claim's wording in that article
    claim_start: int
    claim_end: int
    quote_id: str | None = None


class EchoEdge(_View):
    """``from_article`` repeats ``outlet``; ``to_article`` is that outlet's own report if stored."""

    from_article_id: int
    outlet: str
    to_article_id: int | None = None


class ClaimDetail(ClaimSummary):
    lifecycle: list[LifecycleEvent] = Field(default_factory=list)
    evidence: list[LifecycleEvent] = Field(default_factory=list)  # the events behind ``status``
    status_history: list[StatusChange] = Field(default_factory=list)
    echo_edges: list[EchoEdge] = Field(default_factory=list)
    variants: list[ShortText] = Field(default_factory=list)  # distinct wordings across articles
    lifecycle_total: int = 0  # events in all; ``lifecycle`` holds the first CLAIM_EVENTS


class SpeakerQuote(_View):
    article_id: int
    headline: Headline
    outlet: str | None
    published: str | None
    quote_id: str
    text: ShortText
    kind: QuoteKind
    stance: Stance
    sentiment: float
    start: int
    end: int
    cue: str | None = None
    story_id: int | None = None


class SpeakerSummary(_View):
    id: int
    name: str
    kind: VoiceKind
    role: str | None = None
    organization: str | None = None
    quote_count: int = 0
    article_count: int = 0
    first_seen: str | None = None
    last_seen: str | None = None


class SpeakerDetail(SpeakerSummary):
    variants: list[str] = Field(default_factory=list)  # names and titles seen across articles
    profile: dict[str, str] = Field(default_factory=dict)  # role, organization, party, location
    # In publication order: the latest SPEAKER_QUOTES of ``quote_count``.
    quotes: list[SpeakerQuote] = Field(default_factory=list)  # the first VOICE_QUOTES


class StoryVoice(_View):
    """A stakeholder heard in a story, with where they stand on its central claim."""

    speaker_id: int
    name: str
    kind: VoiceKind
    role: str | None = None
    organization: str | None = None
    stance: Stance  # the most frequent stance of their quotes
    sentiment: float  # mean sentiment of their quotes, -1..1
    quote_count: int
    quotes: list[SpeakerQuote] = Field(default_factory=list)  # the first VOICE_QUOTES


class StorySummary(_View):
    id: int
    title: Title
    central_claim_id: int | None
    central_claim: MaybeShortText
    central_status: ClaimStatus | None
    article_count: int
    first_seen: str | None
    last_seen: str | None
    last_change: str | None


class StoryDetail(StorySummary):
    """Lists are capped (STORY_ARTICLES, STORY_CLAIMS, STORY_VOICES, VOICE_QUOTES per voice);
    the ``*_total`` fields count everything, and /articles?story_id=, /claims?story_id= page
    through it."""

    articles: list[ArticleSummary] = Field(default_factory=list)  # publication order
    claims: list[ClaimDetail] = Field(default_factory=list)  # central first
    voices: list[StoryVoice] = Field(default_factory=list)
    articles_total: int = 0  # the rows listed: article_count + copy_count (+ none superseded)
    claims_total: int = 0
    voices_total: int = 0
    # Duplicates and near duplicates linked into the story, apart from article_count (which
    # counts originals only): said "9 articles (+1 copy)" everywhere (claimtrail/wording.py).
    copy_count: int = 0


class SearchHit(_View):
    kind: SearchKind
    id: int | str  # article id, claim id, or "<article id>:<quote id>"
    article_id: int | None
    title: str
    snippet: str
    score: float


class Stats(_View):
    backend: Literal["sqlite", "postgresql"]
    schema_revision: str
    articles: int  # every stored row, duplicates included
    originals: int
    duplicates: int
    near_duplicates: int
    revisions: int
    stories: int
    claims: int
    claims_by_status: dict[str, int]
    quotes: int
    speakers: int
