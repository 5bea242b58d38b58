"""Storing one analysed article, inside one transaction the caller opens.

Stages:
  1. identify   content hash + canonical URL → unchanged / duplicate / revision / new
  2. near copy  MinHash LSH against stored originals → near_duplicate (linked, not re-stored)
  3. link       claims matched to known claims, the article placed in a story
  4. write      article, speakers, quotes, claims, mentions, attributions, search documents
  5. statuses   every touched claim's status recomputed; changes recorded with their cause
The in-memory index changes are returned as ``Pending`` and applied after the commit.

Rows of one kind go to the database together: an article's quotes in one INSERT, its new
claims in one (their ids returned in order), its mentions in one, its attributions and claim
entities in one each, its search documents in one (and their FTS rows in one), and the statuses
of the claims it touched are read and written a few statements for all of them
(``recompute_statuses``), so the statements an article costs do not grow with what it holds.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from datasketch import MinHash
from sqlalchemy import Connection, Integer, func, insert, select, update

from claimtrail.link.lifecycle import ATTITUDE_OF_STATUS
from claimtrail.link.names import (
    entity_key,
    fold,
    is_generic_outlet,
    known_outlet,
    outlet_key,
)
from claimtrail.link.stories import ClaimLink, LinkPlan, LinkVectors
from claimtrail.models import Analysis, Attribution, Source
from claimtrail.store import dedup
from claimtrail.store.clock import normalise_time, now_iso
from claimtrail.store.db import inserted_id
from claimtrail.store.index import StoreIndex, days, to_blob
from claimtrail.store.schema import (
    articles,
    attributions,
    claim_entities,
    claims,
    mentions,
    quotes,
    stories,
)
from claimtrail.store.search import SearchWriter
from claimtrail.store.speakers import SpeakerCache, resolve_speaker
from claimtrail.store.status import recompute_statuses
from claimtrail.store.views import IngestOutcome

# Story titles come from a headline; very long ones are cut for lists.
TITLE_CHARS = 160


@dataclass
class Pending:
    """Index updates to apply once the transaction has committed."""

    actions: list[Callable[[], None]] = field(default_factory=list)

    def later(self, action: Callable[[], None]) -> None:
        self.actions.append(action)

    def apply(self) -> None:
        for action in self.actions:
            action()


@dataclass
class ArticleWrite:
    conn: Connection
    index: StoreIndex
    search: SearchWriter
    analysis: Analysis
    # The article's link texts encoded beforehand (``Store.add_analyses`` encodes a batch's
    # in one model call; ``ingest --workers`` has the workers encode them), else None.
    vectors: LinkVectors | None = None
    pending: Pending = field(default_factory=Pending)
    # Speaker rows this transaction has seen (a batch's articles share one).
    speakers: SpeakerCache = field(default_factory=SpeakerCache)
    # Search documents of this article, written in one INSERT at the end (quotes, claims,
    # then the article: the order their ids had when each was written on its own).
    docs: list[dict[str, Any]] = field(default_factory=list)

    def _doc(self, kind: str, ref: str, article_id: int, title: str, body: str) -> None:
        self.docs.append(
            {"kind": kind, "ref": ref, "article_id": article_id, "title": title, "body": body}
        )

    @property
    def art(self) -> Any:
        return self.analysis.article

    # -- 1. identify ------------------------------------------------------------------------
    def run(self) -> IngestOutcome:
        chash = dedup.content_hash(self.art.text)
        ident = dedup.identity(self.art.url, self.art.path)
        same_text = self.conn.execute(
            select(articles.c.id, articles.c.identity, articles.c.kind, articles.c.duplicate_of)
            .where(articles.c.content_hash == chash)
            .order_by(articles.c.id)
        ).all()
        for row in same_text:
            if row.identity == ident:
                return IngestOutcome(
                    status="unchanged",
                    article_id=row.id,
                    duplicate_of=row.duplicate_of,
                    story_id=self._story_of(row.id),
                )
        if same_text:
            # Link to the row holding this very text; a copy of a copy links to its original.
            first = same_text[0]
            target = first.duplicate_of if first.kind == "duplicate" else first.id
            return self._link_copy("duplicate", target, 1.0, chash, ident)
        previous = self._current_revision(ident)
        signature = dedup.minhash(self.art.text)
        if previous is None:
            near = dedup.nearest(self.conn, signature)
            if near is not None:
                return self._link_copy("near_duplicate", near[0], near[1], chash, ident)
        return self._store_full(chash, ident, signature, previous)

    def _current_revision(self, ident: str | None) -> Any:
        if ident is None:
            return None
        return self.conn.execute(
            select(articles.c.id, articles.c.revision, articles.c.story_id).where(
                articles.c.identity == ident, articles.c.kind == "original"
            )
        ).first()

    def _story_of(self, article_id: int) -> int | None:
        return self.conn.execute(
            select(articles.c.story_id).where(articles.c.id == article_id)
        ).scalar()

    def _base_row(self, chash: str, ident: str | None, kind: str) -> dict[str, Any]:
        art = self.art
        ingested = now_iso()
        return dict(
            identity=ident,
            content_hash=chash,
            kind=kind,
            headline=art.headline,
            source=art.source,
            url=art.url,
            author=art.author,
            path=art.path,
            published=art.published,
            ingested_at=ingested,
            seen_at=normalise_time(art.published) or ingested,
        )

    # -- 2. copies ---------------------------------------------------------------------------
    def _link_copy(
        self, kind: str, original: int, similarity: float, chash: str, ident: str | None
    ) -> IngestOutcome:
        story_id = self._story_of(original)
        row = self._base_row(chash, ident, kind) | dict(
            duplicate_of=original, similarity=round(similarity, 3), story_id=story_id
        )
        article_id = inserted_id(self.conn.execute(insert(articles), row))
        return IngestOutcome(
            status=kind,  # type: ignore[arg-type]
            article_id=article_id,
            duplicate_of=original,
            similarity=round(similarity, 3),
            story_id=story_id,
        )

    # -- 3-5. a full article ---------------------------------------------------------------
    def _store_full(
        self, chash: str, ident: str | None, signature: MinHash, previous: Any
    ) -> IngestOutcome:
        row = self._base_row(chash, ident, "original")
        plan = self.index.linker.plan(self.analysis, at=days(row["seen_at"]), vectors=self.vectors)
        story_id = self._story_for(plan, row)
        if previous is not None:  # first: one current revision per place (a unique index)
            self.conn.execute(
                update(articles).where(articles.c.id == previous.id).values(kind="superseded")
            )
        article_id = self._insert_article(row, story_id, signature, previous)
        dedup.add_bands(self.conn, article_id, signature)
        self._write_quotes(article_id, row["seen_at"])
        claim_ids = self._write_claims(plan, article_id, story_id, row["seen_at"])
        central = next(
            (cid for cid, link in zip(claim_ids, plan.claims, strict=True) if link.claim.central),
            None,
        )
        old_claims = self._retire(previous) if previous is not None else []
        # A new text at a known URL changes statuses by revision, whichever claims it keeps.
        cause = "revision" if previous is not None else "article"
        changes = recompute_statuses(self.conn, sorted(set(claim_ids)), article_id, cause)
        changes += recompute_statuses(
            self.conn, sorted(set(old_claims) - set(claim_ids)), article_id, "revision"
        )
        self._update_story(story_id, plan, row["seen_at"])
        self._doc("article", str(article_id), article_id, self.art.headline or "", self.art.text)
        self.search.add_many(self.conn, self.docs)
        key = outlet_key(self.art.source)
        if key:
            self.pending.later(lambda: self.index.outlets.add(key))
        return IngestOutcome(
            status="revision" if previous is not None else "new",
            article_id=article_id,
            supersedes=previous.id if previous is not None else None,
            story_id=story_id,
            claim_ids=sorted(set(claim_ids)),
            central_claim_id=central,
            status_changes=changes,
        )

    def _story_for(self, plan: LinkPlan, row: dict[str, Any]) -> int:
        if plan.story_id is not None:
            return plan.story_id
        central = self.analysis.central_claim()
        title = (self.art.headline or (central.text if central else self.art.text))[:TITLE_CHARS]
        return inserted_id(
            self.conn.execute(
                insert(stories).values(
                    title=title,
                    article_count=0,
                    first_seen=row["seen_at"],
                    last_seen=row["seen_at"],
                    last_change=row["ingested_at"],
                    entity_keys="[]",
                )
            )
        )

    def _insert_article(
        self, row: dict[str, Any], story_id: int, signature: MinHash, previous: Any
    ) -> int:
        central = self.analysis.central_claim()
        stance = self.analysis.stance.label if self.analysis.stance else None
        values = row | dict(
            story_id=story_id,
            central_claim=central.text if central else None,
            stance=stance,
            quote_count=len(self.analysis.quotes),
            claim_count=len(self.analysis.claims),
            analysis=json.dumps(self.analysis.to_json_dict()),
            minhash=dedup.to_bytes(signature),
            revision=previous.revision + 1 if previous is not None else 1,
            supersedes=previous.id if previous is not None else None,
        )
        return inserted_id(self.conn.execute(insert(articles), values))

    def _write_quotes(self, article_id: int, seen_at: str) -> None:
        rows = []
        for quote in self.analysis.quotes:
            speaker_id = resolve_speaker(self.conn, self.analysis, quote.speaker, self.speakers)
            rows.append(
                dict(
                    article_id=article_id,
                    speaker_id=speaker_id,
                    local_id=quote.id,
                    text=quote.text,
                    start=quote.start,
                    end=quote.end,
                    kind=quote.kind,
                    stance=quote.stance,
                    sentiment=quote.sentiment,
                    cue=quote.cue.text if quote.cue else None,
                    seen_at=seen_at,
                )
            )
            speaker = quote.speaker.name if quote.speaker and quote.speaker.name else ""
            self._doc("quote", f"{article_id}:{quote.id}", article_id, speaker, quote.text)
        if rows:
            self.conn.execute(insert(quotes), rows)

    def _write_claims(
        self, plan: LinkPlan, article_id: int, story_id: int, seen_at: str
    ) -> list[int]:
        """Every claim link's claim (matched, repeated within the article, or new), its
        mention and its attributions; the claim ids in link order."""
        fresh = [link for link in plan.claims if link.match is None and link.same_as is None]
        new_ids = iter(self._new_claims(fresh, story_id, seen_at, article_id))
        claim_ids: list[int] = []
        for link in plan.claims:
            if link.match is not None:
                claim_id = link.match
                self.pending.later(partial(self.index.linker.claims.touch, claim_id, days(seen_at)))
            elif link.same_as is not None:
                claim_id = claim_ids[link.same_as]
            else:
                claim_id = next(new_ids)
            claim_ids.append(claim_id)
        if not plan.claims:
            return claim_ids
        mention_ids = self._insert_returning_ids(
            mentions,
            [
                dict(
                    claim_id=claim_id,
                    article_id=article_id,
                    local_id=link.claim.id,
                    text=link.claim.text,
                    start=link.claim.start,
                    end=link.claim.end,
                    central=link.claim.central,
                    article_status=link.claim.status,
                )
                for claim_id, link in zip(claim_ids, plan.claims, strict=True)
            ],
        )
        rows = [
            self._attribution_row(attribution, claim_id, mention_id, article_id, seen_at)
            for claim_id, mention_id, link in zip(claim_ids, mention_ids, plan.claims, strict=True)
            for attribution in self._attributions_of(link)
        ]
        if rows:
            self.conn.execute(insert(attributions), rows)
        return claim_ids

    def _insert_returning_ids(self, table: Any, rows: list[dict[str, Any]]) -> list[int]:
        """Insert ``rows`` in one statement; their new ids, in the order of ``rows``."""
        result = self.conn.execute(
            insert(table).returning(table.c.id, sort_by_parameter_order=True), rows
        )
        ids = [int(i) for i in result.scalars().all()]
        if len(ids) != len(rows):
            raise AssertionError(f"the database returned {len(ids)} ids for {len(rows)} rows")
        return ids

    def _new_claims(
        self, links: list[ClaimLink], story_id: int, seen_at: str, article_id: int
    ) -> list[int]:
        if not links:
            return []
        claim_ids = self._insert_returning_ids(
            claims,
            [
                dict(
                    story_id=story_id,
                    text=link.claim.text,
                    central=link.claim.central,
                    status="unresolved",
                    first_seen=seen_at,
                    last_seen=seen_at,
                    entity_keys=json.dumps(sorted(link.entities)),
                    vector=to_blob(link.vector),
                )
                for link in links
            ],
        )
        entity_rows = []
        for claim_id, link in zip(claim_ids, links, strict=True):
            names = _entity_names(self.analysis, link)
            entity_rows += [
                dict(claim_id=claim_id, entity_key=key, name=names.get(key, key))
                for key in sorted(link.entities)
            ]
            self._doc("claim", str(claim_id), article_id, "", link.claim.text)
            self.pending.later(
                partial(
                    self.index.linker.claims.add,
                    claim_id,
                    link.vector,
                    story_id,
                    link.entities,
                    days(seen_at),
                    link.terms,
                )
            )
        if entity_rows:
            self.conn.execute(insert(claim_entities), entity_rows)
        return claim_ids

    def _attributions_of(self, link: ClaimLink) -> list[Attribution]:
        """The claim's attributions; when it has none but a decided status, the article
        itself stands as the source (e.g. a headline "Ford denies talks" with no cue)."""
        if link.claim.attributions:
            return list(link.claim.attributions)
        attitude = ATTITUDE_OF_STATUS.get(link.claim.status)
        if attitude is None:
            return []
        return [
            Attribution(source=Source(name=self.art.source or "the article"), attitude=attitude)
        ]

    def _attribution_row(
        self,
        attribution: Attribution,
        claim_id: int,
        mention_id: int,
        article_id: int,
        seen_at: str,
    ) -> dict[str, Any]:
        cue = attribution.cue
        return dict(
            claim_id=claim_id,
            mention_id=mention_id,
            article_id=article_id,
            source_name=attribution.source.name,
            source_key=fold(attribution.source.name)[:200],
            attitude=attribution.attitude,
            hedged=attribution.hedged,
            echo_of=self._echo_of(attribution.source.name),
            cue_text=cue.text if cue else None,
            cue_start=cue.start if cue else None,
            cue_end=cue.end if cue else None,
            quote_id=attribution.quote_id,
            seen_at=seen_at,
        )

    def _echo_of(self, source: str) -> str | None:
        """The outlet an attribution repeats, if its source is another outlet; "the
        newspaper" counts when the article names exactly one other outlet."""
        own = outlet_key(self.art.source)
        outlet = known_outlet(source, self.index.outlets)
        if outlet is None and is_generic_outlet(source):
            cited = {
                known_outlet(a.source.name, self.index.outlets)
                for c in self.analysis.claims
                for a in c.attributions
            } - {None, own}
            outlet = cited.pop() if len(cited) == 1 else None
        return outlet if outlet is not None and outlet != own else None

    def _retire(self, previous: Any) -> list[int]:
        """The older revision (already marked superseded, so no longer a near-copy candidate)
        leaves the search index; returns the claims it carried."""
        self.search.remove_article(self.conn, previous.id)
        return list(
            self.conn.execute(
                select(mentions.c.claim_id).distinct().where(mentions.c.article_id == previous.id)
            ).scalars()
        )

    def _update_story(self, story_id: int, plan: LinkPlan, seen_at: str) -> None:
        row = self.conn.execute(select(stories).where(stories.c.id == story_id)).one()
        count = self.conn.execute(
            select(func.count())
            .select_from(articles)
            .where(articles.c.story_id == story_id, articles.c.kind == "original")
        ).scalar_one()
        vector = self.index.linker.story_vector(story_id, plan.article_vector, count)
        entities = sorted(set(json.loads(row.entity_keys)) | set(plan.entities))
        central = self._central_claim(story_id)
        self.conn.execute(
            update(stories)
            .where(stories.c.id == story_id)
            .values(
                article_count=count,
                first_seen=min(row.first_seen or seen_at, seen_at),
                last_seen=max(row.last_seen or seen_at, seen_at),
                last_change=now_iso(),
                central_claim_id=central,
                entity_keys=json.dumps(entities),
                vector=to_blob(vector),
            )
        )
        frozen = frozenset(entities)
        last = days(max(row.last_seen or seen_at, seen_at))
        self.pending.later(
            lambda: self.index.linker.stories.add(story_id, vector, None, frozen, last)
        )

    def _central_claim(self, story_id: int) -> int | None:
        """The claim most articles of the story hold as central (ties: the oldest)."""
        central_count = func.sum(mentions.c.central.cast(Integer))
        row = self.conn.execute(
            select(mentions.c.claim_id, central_count.label("n"))
            .join(claims, claims.c.id == mentions.c.claim_id)
            .where(claims.c.story_id == story_id)
            .group_by(mentions.c.claim_id)
            .order_by(central_count.desc(), func.count().desc(), mentions.c.claim_id)
        ).first()
        return None if row is None else int(row.claim_id)


def _entity_names(analysis: Analysis, link: ClaimLink) -> dict[str, str]:
    keys = set(link.entities)
    return {k: e.name for e in analysis.entities if (k := entity_key(e.name)) in keys}
