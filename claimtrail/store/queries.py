"""Read queries: database rows in, ``views`` models out. Lists are fetched a page at a time and
their per-row figures in one query per page, so a story page costs a fixed number of queries."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import Connection, Select, case, func, or_, select

from claimtrail.errors import NotFoundError
from claimtrail.link.lifecycle import Event, decide, roles
from claimtrail.link.names import entity_key, fold, name_key
from claimtrail.models import Analysis
from claimtrail.store.schema import (
    articles,
    attributions,
    claim_entities,
    claims,
    mentions,
    quotes,
    speakers,
    status_changes,
    stories,
)
from claimtrail.store.views import (
    CLAIM_EVENTS,
    SPEAKER_QUOTES,
    STORY_ARTICLES,
    STORY_CLAIMS,
    STORY_VOICES,
    VOICE_QUOTES,
    ArticleDetail,
    ArticleSummary,
    ClaimDetail,
    ClaimSummary,
    EchoEdge,
    LifecycleEvent,
    Page,
    SpeakerDetail,
    SpeakerQuote,
    SpeakerSummary,
    StatusChange,
    StoryDetail,
    StorySummary,
    StoryVoice,
)

# Articles that count: current originals (not older revisions, not linked copies).
COUNTS = articles.c.kind == "original"
VISIBLE = articles.c.kind != "superseded"
COPIES = articles.c.kind.in_(("duplicate", "near_duplicate"))


def _page(conn: Connection, query: Select[Any], limit: int, offset: int) -> tuple[list[Any], int]:
    total = conn.execute(
        select(func.count()).select_from(query.order_by(None).subquery())
    ).scalar_one()
    rows = list(conn.execute(query.limit(limit).offset(offset)).all())
    return rows, total


# -- articles -------------------------------------------------------------------------------
def article_summary(row: Any) -> ArticleSummary:
    return ArticleSummary(
        id=row.id,
        headline=row.headline,
        source=row.source,
        url=row.url,
        published=row.published,
        author=row.author,
        path=row.path,
        kind=row.kind,
        duplicate_of=row.duplicate_of,
        revision=row.revision,
        story_id=row.story_id,
        central_claim=row.central_claim,
        stance=row.stance,
        quote_count=row.quote_count,
        claim_count=row.claim_count,
        ingested_at=row.ingested_at,
    )


_SUMMARY_COLUMNS = [c for c in articles.c if c.name not in {"analysis", "minhash"}]


def get_article(conn: Connection, article_id: int) -> ArticleDetail:
    row = conn.execute(select(articles).where(articles.c.id == article_id)).first()
    if row is None:
        raise NotFoundError(f"no article with id {article_id}")
    base = article_summary(row)
    revisions = (
        []
        if row.identity is None
        else [
            article_summary(r)
            for r in conn.execute(
                select(*_SUMMARY_COLUMNS)
                .where(
                    articles.c.identity == row.identity,
                    articles.c.kind.in_(["original", "superseded"]),
                )
                .order_by(articles.c.revision)
            )
        ]
    )
    duplicates = [
        article_summary(r)
        for r in conn.execute(
            select(*_SUMMARY_COLUMNS)
            .where(articles.c.duplicate_of == article_id)
            .order_by(articles.c.id)
        )
    ]
    claim_ids = sorted(
        set(
            conn.execute(
                select(mentions.c.claim_id).where(mentions.c.article_id == article_id)
            ).scalars()
        )
    )
    analysis = Analysis.model_validate(json.loads(row.analysis)) if row.analysis else None
    return ArticleDetail(
        **base.model_dump(),
        analysis=analysis,
        revisions=revisions,
        duplicates=duplicates,
        claim_ids=claim_ids,
    )


def list_articles(
    conn: Connection,
    story_id: int | None,
    source: str | None,
    include_duplicates: bool,
    limit: int,
    offset: int,
) -> Page[ArticleSummary]:
    query = select(*_SUMMARY_COLUMNS).where(VISIBLE if include_duplicates else COUNTS)
    if story_id is not None:
        query = query.where(articles.c.story_id == story_id)
    if source:
        query = query.where(func.lower(articles.c.source) == source.lower())
    query = query.order_by(articles.c.seen_at.desc(), articles.c.id.desc())
    rows, total = _page(conn, query, limit, offset)
    return Page[ArticleSummary](
        items=[article_summary(r) for r in rows], total=total, limit=limit, offset=offset
    )


# -- stories --------------------------------------------------------------------------------
def _story_query() -> Select[Any]:
    return select(
        stories.c.id,
        stories.c.title,
        stories.c.central_claim_id,
        stories.c.article_count,
        stories.c.first_seen,
        stories.c.last_seen,
        stories.c.last_change,
        claims.c.text.label("claim_text"),
        claims.c.status.label("claim_status"),
    ).outerjoin(claims, claims.c.id == stories.c.central_claim_id)


def _story_summary(row: Any) -> StorySummary:
    return StorySummary(
        id=row.id,
        title=row.title,
        central_claim_id=row.central_claim_id,
        central_claim=row.claim_text,
        central_status=row.claim_status,
        article_count=row.article_count,
        first_seen=row.first_seen,
        last_seen=row.last_seen,
        last_change=row.last_change,
    )


def list_stories(conn: Connection, limit: int, offset: int) -> Page[StorySummary]:
    query = _story_query().order_by(stories.c.last_change.desc(), stories.c.id.desc())
    rows, total = _page(conn, query, limit, offset)
    return Page[StorySummary](
        items=[_story_summary(r) for r in rows], total=total, limit=limit, offset=offset
    )


def get_story(conn: Connection, story_id: int) -> StoryDetail:
    row = conn.execute(_story_query().where(stories.c.id == story_id)).first()
    if row is None:
        raise NotFoundError(f"no story with id {story_id}")
    visible = (articles.c.story_id == story_id) & VISIBLE
    story_articles = [
        article_summary(r)
        for r in conn.execute(
            select(*_SUMMARY_COLUMNS)
            .where(visible)
            .order_by(articles.c.seen_at, articles.c.id)
            .limit(STORY_ARTICLES)
        )
    ]
    counted = conn.execute(
        select(func.count(), func.count(case((COPIES, 1)))).select_from(articles).where(visible)
    ).one()
    articles_total, copy_count = int(counted[0]), int(counted[1])
    claim_ids, claims_total = _story_claims(conn, story_id, row.central_claim_id)
    details = claim_details(conn, claim_ids)
    details.sort(key=lambda c: (c.id != row.central_claim_id, -c.article_count, c.id))
    voices = story_voices(conn, story_id)
    return StoryDetail(
        **_story_summary(row).model_dump(),
        articles=story_articles,
        claims=details,
        voices=voices[:STORY_VOICES],
        articles_total=articles_total,
        claims_total=claims_total,
        voices_total=len(voices),
        copy_count=copy_count,
    )


def _story_claims(conn: Connection, story_id: int, central: int | None) -> tuple[list[int], int]:
    """The story's central claim, then those in most articles: at most STORY_CLAIMS; and how
    many claims the story has (counted over the groups in the same query)."""
    in_articles = func.count(func.distinct(mentions.c.article_id))
    ranked = conn.execute(
        select(claims.c.id, func.count().over().label("total"))
        .outerjoin(mentions, mentions.c.claim_id == claims.c.id)
        .where(claims.c.story_id == story_id)
        .group_by(claims.c.id)
        .order_by((claims.c.id == (central or 0)).desc(), in_articles.desc(), claims.c.id)
        .limit(STORY_CLAIMS)
    ).all()
    return sorted(r.id for r in ranked), int(ranked[0].total) if ranked else 0


def story_voices(conn: Connection, story_id: int) -> list[StoryVoice]:
    by_speaker: dict[int, list[SpeakerQuote]] = defaultdict(list)
    query = _speaker_quote_query().where(
        articles.c.story_id == story_id, quotes.c.speaker_id.is_not(None)
    )
    rows = conn.execute(query).all()
    for r in rows:
        by_speaker[r.speaker_id].append(_speaker_quote(r))
    if not by_speaker:
        return []
    people = {
        s.id: s for s in conn.execute(select(speakers).where(speakers.c.id.in_(list(by_speaker))))
    }
    voices = [_voice(people[sid], qs) for sid, qs in by_speaker.items()]
    return sorted(voices, key=lambda v: (-v.quote_count, v.name))


def _voice(person: Any, items: list[SpeakerQuote]) -> StoryVoice:
    stance = Counter(q.stance for q in items).most_common(1)[0][0]
    return StoryVoice(
        speaker_id=person.id,
        name=person.name,
        kind=person.kind,
        role=person.role,
        organization=person.organization,
        stance=stance,
        sentiment=round(sum(q.sentiment for q in items) / len(items), 3),
        quote_count=len(items),
        quotes=items[:VOICE_QUOTES],
    )


# -- claims ---------------------------------------------------------------------------------
def claim_details(conn: Connection, claim_ids: list[int]) -> list[ClaimDetail]:
    """Full lifecycles for many claims with a fixed number of queries."""
    if not claim_ids:
        return []
    rows = {r.id: r for r in conn.execute(select(claims).where(claims.c.id.in_(claim_ids)))}
    events = _lifecycles(conn, claim_ids)
    history = _histories(conn, claim_ids)
    names = _entity_names(conn, claim_ids)
    variants = _variants(conn, claim_ids)
    return [
        _claim_detail(
            rows[i], events.get(i, []), history.get(i, []), names.get(i, []), variants.get(i, [])
        )
        for i in claim_ids
        if i in rows
    ]


def _lifecycles(conn: Connection, claim_ids: list[int]) -> dict[int, list[LifecycleEvent]]:
    rows = conn.execute(
        select(
            attributions,
            articles.c.headline,
            articles.c.source.label("outlet"),
            articles.c.published,
            mentions.c.text.label("claim_text"),
            mentions.c.start.label("claim_start"),
            mentions.c.end.label("claim_end"),
        )
        .join(articles, articles.c.id == attributions.c.article_id)
        .join(mentions, mentions.c.id == attributions.c.mention_id)
        .where(attributions.c.claim_id.in_(claim_ids), COUNTS)
        .order_by(attributions.c.seen_at, attributions.c.article_id, attributions.c.id)
    ).all()
    grouped: dict[int, list[Any]] = defaultdict(list)
    for r in rows:
        grouped[r.claim_id].append(r)
    return {cid: _events(rs) for cid, rs in grouped.items()}


def _events(rows: list[Any]) -> list[LifecycleEvent]:
    bare = [_bare_event(r) for r in rows]
    return [
        LifecycleEvent(
            article_id=r.article_id,
            headline=r.headline,
            outlet=r.outlet,
            published=r.published,
            source=r.source_name,
            attitude=r.attitude,
            role=role,  # type: ignore[arg-type]
            hedged=bool(r.hedged),
            independent=r.echo_of is None,
            echo_of=r.echo_of,
            cue=r.cue_text,
            cue_start=r.cue_start,
            cue_end=r.cue_end,
            claim_text=r.claim_text,
            claim_start=r.claim_start,
            claim_end=r.claim_end,
            quote_id=r.quote_id,
        )
        for r, role in zip(rows, roles(bare), strict=True)
    ]


def _bare_event(r: Any) -> Event:
    return Event(
        order=f"{r.seen_at}#{r.article_id:010d}",
        source=r.source_name,
        attitude=r.attitude,
        hedged=bool(r.hedged),
        echo=r.echo_of is not None,
    )


def _histories(conn: Connection, claim_ids: list[int]) -> dict[int, list[StatusChange]]:
    out: dict[int, list[StatusChange]] = defaultdict(list)
    for r in conn.execute(
        select(status_changes)
        .where(status_changes.c.claim_id.in_(claim_ids))
        .order_by(status_changes.c.id)
    ):
        out[r.claim_id].append(
            StatusChange(
                claim_id=r.claim_id,
                old_status=r.old_status,
                new_status=r.new_status,
                article_id=r.article_id,
                cause=r.cause,
                reason=r.reason,
                changed_at=r.changed_at,
            )
        )
    return out


def _entity_names(conn: Connection, claim_ids: list[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    for r in conn.execute(
        select(claim_entities)
        .where(claim_entities.c.claim_id.in_(claim_ids))
        .order_by(claim_entities.c.name)
    ):
        out[r.claim_id].append(r.name)
    return out


def _variants(conn: Connection, claim_ids: list[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    for r in conn.execute(
        select(mentions.c.claim_id, mentions.c.text, mentions.c.article_id)
        .join(articles, articles.c.id == mentions.c.article_id)
        .where(mentions.c.claim_id.in_(claim_ids), COUNTS)
        .order_by(articles.c.seen_at, mentions.c.id)
    ):
        if r.text not in out[r.claim_id]:
            out[r.claim_id].append(r.text)
    return out


def _claim_detail(
    row: Any,
    events: list[LifecycleEvent],
    history: list[StatusChange],
    names: list[str],
    variants: list[str],
) -> ClaimDetail:
    verdict = decide(
        [
            Event(
                order=f"{i:06d}",
                source=e.source,
                attitude=e.attitude,
                hedged=e.hedged,
                echo=not e.independent,
            )
            for i, e in enumerate(events)
        ]
    )
    edges = _echo_edges(events)
    return ClaimDetail(
        **_claim_summary(row, names, events).model_dump(),
        lifecycle=events[:CLAIM_EVENTS],
        evidence=[events[i] for i in verdict.evidence][:CLAIM_EVENTS],
        status_history=history[-CLAIM_EVENTS:],
        echo_edges=edges[:CLAIM_EVENTS],
        variants=variants[:CLAIM_EVENTS],
        lifecycle_total=len(events),
    )


def _echo_edges(events: list[LifecycleEvent]) -> list[EchoEdge]:
    """Each echoing article → the echoed outlet's own earliest report of the claim, if stored."""
    first_by_outlet: dict[str, int] = {}
    for e in events:
        key = fold(e.outlet or "").removeprefix("the ").strip()
        if e.independent and key and key not in first_by_outlet:
            first_by_outlet[key] = e.article_id
    seen: set[tuple[int, str]] = set()
    edges = []
    for e in events:
        if e.echo_of and (e.article_id, e.echo_of) not in seen:
            seen.add((e.article_id, e.echo_of))
            edges.append(
                EchoEdge(
                    from_article_id=e.article_id,
                    outlet=e.echo_of,
                    to_article_id=_outlet_article(first_by_outlet, e.echo_of),
                )
            )
    return edges


def _outlet_article(first_by_outlet: dict[str, int], outlet: str) -> int | None:
    from claimtrail.link.names import outlet_key

    for key, article_id in first_by_outlet.items():
        if outlet_key(key) == outlet:
            return article_id
    return None


def _claim_summary(row: Any, names: list[str], events: list[LifecycleEvent]) -> ClaimSummary:
    independent = {e.outlet or f"article {e.article_id}" for e in events if e.independent}
    return ClaimSummary(
        id=row.id,
        text=row.text,
        status=row.status,
        status_reason=row.status_reason,
        story_id=row.story_id,
        central=bool(row.central),
        entities=names,
        article_count=len({e.article_id for e in events}) or _mention_articles(row),
        attribution_count=len(events),
        independent_source_count=len(independent),
        first_seen=row.first_seen,
        last_seen=row.last_seen,
        last_change=row.last_change,
    )


def _mention_articles(row: Any) -> int:
    return int(getattr(row, "mention_articles", 0) or 0)


def list_claims(
    conn: Connection,
    status: str | None,
    entity: str | None,
    since: str | None,
    until: str | None,
    story_id: int | None,
    limit: int,
    offset: int,
) -> Page[ClaimSummary]:
    query = select(claims.c.id)
    if status:
        query = query.where(claims.c.status == status)
    if entity:
        key = entity_key(entity)
        matching = select(claim_entities.c.claim_id).where(
            or_(
                claim_entities.c.entity_key == key,
                func.lower(claim_entities.c.name).contains(entity.lower()),
            )
        )
        query = query.where(claims.c.id.in_(matching))
    if since:
        query = query.where(claims.c.last_seen >= since)
    if until:
        query = query.where(claims.c.first_seen <= until)
    if story_id is not None:
        query = query.where(claims.c.story_id == story_id)
    query = query.order_by(claims.c.last_seen.desc(), claims.c.id.desc())
    rows, total = _page(conn, query, limit, offset)
    ids = [r.id for r in rows]
    details = {d.id: d for d in claim_details(conn, ids)}
    items = [
        ClaimSummary(**details[i].model_dump(include=set(ClaimSummary.model_fields))) for i in ids
    ]
    return Page[ClaimSummary](items=items, total=total, limit=limit, offset=offset)


def get_claim(conn: Connection, claim_id: int) -> ClaimDetail:
    found = claim_details(conn, [claim_id])
    if not found:
        raise NotFoundError(f"no claim with id {claim_id}")
    return found[0]


# -- speakers -------------------------------------------------------------------------------
def _speaker_quote_query() -> Select[Any]:
    return (
        select(
            quotes,
            articles.c.headline,
            articles.c.source.label("outlet"),
            articles.c.published,
            articles.c.story_id,
        )
        .join(articles, articles.c.id == quotes.c.article_id)
        .where(COUNTS)
        .order_by(quotes.c.seen_at, quotes.c.article_id, quotes.c.start)
    )


def _speaker_quote(r: Any) -> SpeakerQuote:
    return SpeakerQuote(
        article_id=r.article_id,
        headline=r.headline,
        outlet=r.outlet,
        published=r.published,
        quote_id=r.local_id,
        text=r.text,
        kind=r.kind,
        stance=r.stance,
        sentiment=r.sentiment,
        start=r.start,
        end=r.end,
        cue=r.cue,
        story_id=r.story_id,
    )


def find_speaker_id(conn: Connection, name_or_id: str | int) -> int:
    if isinstance(name_or_id, int) or str(name_or_id).isdigit():
        found = conn.execute(select(speakers.c.id).where(speakers.c.id == int(name_or_id))).scalar()
    else:
        found = _speaker_by_name(conn, str(name_or_id))
    if found is None:
        raise NotFoundError(
            f"no speaker named or numbered {name_or_id!r}; `claimtrail speakers` lists them"
        )
    return int(found)


def _speaker_by_name(conn: Connection, name: str) -> int | None:
    key = name_key(name)
    exact = conn.execute(select(speakers.c.id).where(speakers.c.name_key == key)).scalar()
    if exact is not None:
        return int(exact)
    words = key.split()
    if len(words) == 1:
        ids = list(
            conn.execute(select(speakers.c.id).where(speakers.c.surname_key == words[0])).scalars()
        )
        if len(ids) == 1:
            return int(ids[0])
    variant = conn.execute(
        select(speakers.c.id)
        .where(func.lower(speakers.c.variants).contains(name.lower()))
        .order_by(speakers.c.id)
    ).scalar()
    return None if variant is None else int(variant)


def get_speaker(conn: Connection, name_or_id: str | int) -> SpeakerDetail:
    speaker_id = find_speaker_id(conn, name_or_id)
    row = conn.execute(select(speakers).where(speakers.c.id == speaker_id)).one()
    items = [
        _speaker_quote(r)
        for r in conn.execute(_speaker_quote_query().where(quotes.c.speaker_id == speaker_id))
    ]
    profile = {
        f: getattr(row, f) for f in ("role", "organization", "party", "location") if getattr(row, f)
    }
    return SpeakerDetail(
        **_speaker_summary(row, items).model_dump(),
        variants=json.loads(row.variants)[:SPEAKER_QUOTES],
        profile=profile,
        quotes=items[-SPEAKER_QUOTES:],
    )


def _speaker_summary(row: Any, items: list[SpeakerQuote]) -> SpeakerSummary:
    return SpeakerSummary(
        id=row.id,
        name=row.name,
        kind=row.kind,
        role=row.role,
        organization=row.organization,
        quote_count=len(items),
        article_count=len({q.article_id for q in items}),
        first_seen=items[0].published if items else None,
        last_seen=items[-1].published if items else None,
    )


def list_speakers(conn: Connection, q: str | None, limit: int, offset: int) -> Page[SpeakerSummary]:
    counted = (
        select(speakers.c.id, func.count(quotes.c.id).label("n"))
        .outerjoin(quotes, quotes.c.speaker_id == speakers.c.id)
        .outerjoin(articles, articles.c.id == quotes.c.article_id)
        .where(or_(articles.c.id.is_(None), COUNTS))
        .group_by(speakers.c.id)
    )
    if q:
        counted = counted.where(func.lower(speakers.c.variants).contains(q.lower()))
    counted = counted.order_by(func.count(quotes.c.id).desc(), speakers.c.id)
    rows, total = _page(conn, counted, limit, offset)
    out = []
    for r in rows:
        row = conn.execute(select(speakers).where(speakers.c.id == r.id)).one()
        items = [
            _speaker_quote(x)
            for x in conn.execute(_speaker_quote_query().where(quotes.c.speaker_id == r.id))
        ]
        out.append(_speaker_summary(row, items))
    return Page[SpeakerSummary](items=out, total=total, limit=limit, offset=offset)
