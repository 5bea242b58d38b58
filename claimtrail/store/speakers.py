"""Speakers merged across articles by name key ("CEO Jim Farley" = "Jim Farley"), with a
surname-only mention ("Farley") joined to the one known speaker of that surname."""

from __future__ import annotations

import json
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


def resolve_speaker(conn: Connection, analysis: Analysis, speaker: Speaker | None) -> int | None:
    """The stored speaker for this mention, created or enriched as needed; None if nameless."""
    if speaker is None or not (speaker.name or speaker.mention):
        return None
    display = (speaker.name or speaker.mention or "").strip()
    key = name_key(display)
    if not key:
        return None
    kind = voice_kind(analysis, speaker)
    if kind == "anonymous":
        key = f"anonymous:{key}"
    row = _find(conn, key, kind)
    if row is None:
        return _create(conn, key, display, kind, speaker)
    _enrich(conn, row, display, speaker)
    return int(row.id)


def _find(conn: Connection, key: str, kind: str) -> Any:
    exact = conn.execute(select(speakers).where(speakers.c.name_key == key)).first()
    if exact is not None or kind != "person":
        return exact
    words = key.split()
    if len(words) == 1:  # "Farley": the one person with that surname, if only one
        rows = conn.execute(
            select(speakers).where(speakers.c.surname_key == words[0], speakers.c.kind == "person")
        ).all()
        return rows[0] if len(rows) == 1 else None
    # "Jim Farley" after "Farley" alone was stored: take over that surname-only speaker.
    return conn.execute(
        select(speakers).where(speakers.c.name_key == words[-1], speakers.c.kind == "person")
    ).first()


def _create(conn: Connection, key: str, display: str, kind: str, speaker: Speaker) -> int:
    values = {f: getattr(speaker, f) for f in PROFILE_FIELDS}
    return inserted_id(
        conn.execute(
            insert(speakers).values(
                name=display,
                name_key=key,
                surname_key=surname_key(display) if kind == "person" else None,
                kind=kind,
                variants=json.dumps([display]),
                **values,
            )
        )
    )


def _enrich(conn: Connection, row: Any, display: str, speaker: Speaker) -> None:
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
