"""The typed data model of one article's analysis (schema ``claimtrail.analysis/1``).

Every extracted fact carries character offsets (``start``/``end``, end exclusive) into
``Analysis.article.text`` so a person can check it against the source. Field names here are a
public contract (the CLI's JSON, the store, the API): add fields, never rename them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "claimtrail.analysis/1"

EntityType = Literal["person", "organization", "place", "group", "other"]
QuoteKind = Literal["direct", "indirect", "mixed", "partial"]
Stance = Literal["agree", "disagree", "discuss", "unrelated"]
Attitude = Literal[
    "report", "assert", "deny", "confirm", "allege", "contest", "speculate", "question"
]
ClaimStatus = Literal[
    "reported", "asserted", "denied", "confirmed", "contested", "alleged", "unresolved"
]


class _Model(BaseModel):
    # Output records are immutable; unknown fields are refused so typos surface early.
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Cue(_Model):
    """The words that signal an attribution ("said", "according to", a colon)."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Speaker(_Model):
    """Who a quote is attributed to, resolved within the article.

    ``name`` is the most complete name the article gives; ``start``/``end`` is the mention the
    quote hangs on (possibly a pronoun or "the company").
    """

    name: str | None = None
    start: int | None = None
    end: int | None = None
    entity_id: str | None = None
    role: str | None = None
    organization: str | None = None
    location: str | None = None
    party: str | None = None
    channel: str | None = None
    mention: str | None = None  # the surface text at start:end


class Quote(_Model):
    id: str
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kind: QuoteKind
    cue: Cue | None = None
    speaker: Speaker | None = None
    stance: Stance = "unrelated"
    stance_scores: dict[str, float] | None = None
    sentiment: float = Field(default=0.0, ge=-1.0, le=1.0)
    # The pieces of a quote its attribution interrupts ("A," he said, "B."); text joins them.
    segments: list[Span] | None = None


class Source(_Model):
    name: str
    entity_id: str | None = None
    start: int | None = None
    end: int | None = None


class Attribution(_Model):
    source: Source
    attitude: Attitude
    cue: Cue | None = None
    hedged: bool = False
    quote_id: str | None = None


class Claim(_Model):
    """A proposition and every attribution of it. ``text`` states it on its own; ``start`` and
    ``end`` are the sentence(s) of the article that state it (for the headline's claim, the
    headline's words, or the lead sentence stating it when nobody is named for it and the
    outlet reports it)."""

    id: str
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    central: bool = False
    status: ClaimStatus = "unresolved"
    status_reason: str | None = None
    attributions: list[Attribution] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    entity_ids: list[str] = Field(default_factory=list)


class Entity(_Model):
    id: str
    name: str
    type: EntityType
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)


class Article(_Model):
    path: str | None = None
    headline: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None
    text: str
    # Where the body starts in ``text`` (after the headline line of a .txt input).
    body_start: int = 0


class ArticleStance(_Model):
    """The article's own stance toward its central claim."""

    label: Stance
    scores: dict[str, float] | None = None
    model: str | None = None


class Analysis(_Model):
    schema_: str = Field(default=SCHEMA_VERSION, alias="schema")
    article: Article
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    stance: ArticleStance | None = None
    warnings: list[str] = Field(default_factory=list)
    versions: dict[str, str] = Field(default_factory=dict)

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    def to_json_dict(self) -> dict:
        return self.model_dump(mode="json", by_alias=True)

    def central_claim(self) -> Claim | None:
        return next((c for c in self.claims if c.central), None)

    def entity(self, entity_id: str | None) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)
