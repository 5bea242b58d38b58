"""Speakers merged across articles by name key ("CEO Jim Farley" = "Jim Farley"), with a
surname-only mention ("Farley") joined to the one known speaker of that surname."""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Connection, insert, select, update

from claimtrail.link.names import is_anonymous, name_key, outlet_key, surname_key
from claimtrail.models import Analysis, Speaker
from claimtrail.store.db import inserted_id
from claimtrail.store.schema import speakers
from claimtrail.vocabulary.gazetteer import OUTLET_ALIASES

PROFILE_FIELDS = ("role", "organization", "party", "location")


def voice_kind(analysis: Analysis, speaker: Speaker) -> str:
    name = speaker.name or speaker.mention
    if is_anonymous(name):
        return "anonymous"
    if outlet_key(name) in set(OUTLET_ALIASES.values()):
        return "outlet"
    entity = analysis.entity(speaker.entity_id)
    if entity is not None and entity.type in {"organization", "group"}:
        return "organization"
    return "person" if entity is None or entity.type == "person" else "organization"


class SpeakerCache:
    """The speaker rows one write transaction has read or written, by name key (None: no such
    speaker), and the persons of each surname read: a writer holds the store's write lock for
    the whole transaction, so no one else changes them meanwhile, and the writes made through
    ``resolve_speaker`` keep the cache true. A batch of articles (``Store.add_analyses``)
    shares one; it must not outlive its transaction."""

    def __init__(self) -> None:
        self.by_key: dict[str, SimpleNamespace | None] = {}
        self.by_surname: dict[str, list[SimpleNamespace]] = {}

    def named(self, conn: Connection, key: str) -> SimpleNamespace | None:
        if key not in self.by_key:
            row = conn.execute(select(speakers).where(speakers.c.name_key == key)).first()
            self.by_key[key] = None if row is None else SimpleNamespace(**row._mapping)
        return self.by_key[key]

    def persons_named(self, conn: Connection, surname: str) -> list[SimpleNamespace]:
        if surname not in self.by_surname:
            rows = conn.execute(
                select(speakers).where(
                    speakers.c.surname_key == surname, speakers.c.kind == "person"
                )
            ).all()
            found = []
            for row in rows:  # the same objects as by name key: one row, one object
                known = self.by_key.get(row.name_key)
                if known is None:
                    known = self.by_key[row.name_key] = SimpleNamespace(**row._mapping)
                found.append(known)
            self.by_surname[surname] = found
        return self.by_surname[surname]

    def created(self, row: SimpleNamespace) -> None:
        self.by_key[row.name_key] = row
        if row.kind == "person" and row.surname_key in self.by_surname:
            self.by_surname[row.surname_key].append(row)

    def renamed(self, row: SimpleNamespace, old_key: str) -> None:
        self.by_key[old_key] = None  # name keys are unique: no row has the old one now
        self.by_key[row.name_key] = row


def resolve_speaker(
    conn: Connection,
    analysis: Analysis,
    speaker: Speaker | None,
    cache: SpeakerCache | None = None,
) -> int | None:
    """The stored speaker for this mention, created or enriched as needed; None if nameless.
    ``cache``: the rows this transaction has seen (a fresh one if not given)."""
    if speaker is None or not (speaker.name or speaker.mention):
        return None
    cache = cache if cache is not None else SpeakerCache()
    display = (speaker.name or speaker.mention or "").strip()
    key = name_key(display)
    if not key:
        return None
    kind = voice_kind(analysis, speaker)
    if kind == "anonymous":
        key = f"anonymous:{key}"
    row = _find(conn, cache, key, kind)
    if row is None:
        return _create(conn, cache, key, display, kind, speaker)
    _enrich(conn, cache, row, display, speaker)
    return int(row.id)


def _find(conn: Connection, cache: SpeakerCache, key: str, kind: str) -> Any:
    exact = cache.named(conn, key)
    if exact is not None or kind != "person":
        return exact
    words = key.split()
    if len(words) == 1:  # "Farley": the one person with that surname, if only one
        rows = cache.persons_named(conn, words[0])
        return rows[0] if len(rows) == 1 else None
    # "Jim Farley" after "Farley" alone was stored: take over that surname-only speaker.
    alone = cache.named(conn, words[-1])
    return alone if alone is not None and alone.kind == "person" else None


def _create(
    conn: Connection, cache: SpeakerCache, key: str, display: str, kind: str, speaker: Speaker
) -> int:
    values: dict[str, Any] = {f: getattr(speaker, f) for f in PROFILE_FIELDS}
    values |= dict(
        name=display,
        name_key=key,
        surname_key=surname_key(display) if kind == "person" else None,
        kind=kind,
        variants=json.dumps([display]),
    )
    speaker_id = inserted_id(conn.execute(insert(speakers).values(**values)))
    cache.created(SimpleNamespace(id=speaker_id, **values))
    return speaker_id


def _enrich(
    conn: Connection, cache: SpeakerCache, row: Any, display: str, speaker: Speaker
) -> None:
    variants = json.loads(row.variants)
    changes: dict[str, Any] = {}
    if display not in variants:
        changes["variants"] = json.dumps(variants + [display])
    # The fullest name seen becomes the display name ("Farley" → "Jim Farley").
    if len(name_key(display).split()) > len(name_key(row.name).split()):
        changes |= {"name": display, "name_key": name_key(display)}
    for field_name in PROFILE_FIELDS:
        value = getattr(speaker, field_name)
        if value and not getattr(row, field_name):
            changes[field_name] = value
    if changes:
        conn.execute(update(speakers).where(speakers.c.id == row.id).values(**changes))
        old_key = row.name_key
        for field_name, value in changes.items():
            setattr(row, field_name, value)
        if row.name_key != old_key:
            cache.renamed(row, old_key)
