"""Read PolNeAR gold attributions (brat standoff) into scorer records.

Layout (see ../shared/data/polnear/SOURCE.md): ``DIR/text/<article>.txt`` and
``DIR/attributions/<article>_<annotator>.ann``. One annotator per article: the first ``.ann`` in
name order. Each ``E`` record links ``T`` spans by role; a discontinuous span (``a b;c d``) is
taken from its earliest start to its latest end. ``Content2`` (a quote continued after its
attribution) extends the content the same way. ``Discard``/``Discuss`` spans belong to no ``E``
record and are ignored.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from claimtrail.errors import InputError
from claimtrail.eval.quotes import GoldQuote
from claimtrail.ingest.decode import decode_bytes

TEXT_DIR = "text"
ANN_DIR = "attributions"
CONTENT_ROLES = ("Content", "Content2")
SOURCE_ROLE = "Source"
CUE_ROLE = "Cue"


@dataclass(frozen=True)
class GoldArticle:
    """One article's text (exactly the file's decoded content) and its gold quotes."""

    name: str
    path: Path
    text: str
    quotes: tuple[GoldQuote, ...]


def parse_offsets(field: str) -> tuple[int, int]:
    """``"315 448;463 553"`` → ``(315, 553)``: first start to last end.

    Pieces are not always listed in text order (``"1112 1150;942 1000"``), so "first" and
    "last" mean earliest and latest in the text.
    """
    pieces = [piece.split() for piece in field.split(";")]
    return min(int(p[0]) for p in pieces), max(int(p[1]) for p in pieces)


def _span_of(spans: dict[str, tuple[int, int]], ids: list[str]) -> tuple[int, int] | None:
    found = [spans[i] for i in ids if i in spans]
    if not found:
        return None
    return min(s for s, _ in found), max(e for _, e in found)


def _event_quote(fields: str, spans: dict[str, tuple[int, int]]) -> GoldQuote | None:
    """An ``E`` line's ``Role:T<n>`` arguments as a gold quote (None when it has no content)."""
    roles: dict[str, list[str]] = {}
    for argument in fields.split():
        role, _, target = argument.partition(":")
        roles.setdefault(role, []).append(target)
    content = _span_of(spans, [t for role in CONTENT_ROLES for t in roles.get(role, [])])
    if content is None:
        return None
    source = _span_of(spans, roles.get(SOURCE_ROLE, [])) or (None, None)
    cue = _span_of(spans, roles.get(CUE_ROLE, [])) or (None, None)
    return GoldQuote(content[0], content[1], *source, *cue)


def parse_ann(ann: str) -> tuple[GoldQuote, ...]:
    """All attributions of one brat ``.ann`` file, in file order of their ``E`` records."""
    spans: dict[str, tuple[int, int]] = {}
    events: list[str] = []
    for line in ann.splitlines():
        columns = line.split("\t")
        if line.startswith("T") and len(columns) >= 2:
            _label, _, offsets = columns[1].partition(" ")
            spans[columns[0]] = parse_offsets(offsets)
        elif line.startswith("E") and len(columns) >= 2:
            events.append(columns[1])
    quotes = (_event_quote(fields, spans) for fields in events)
    return tuple(q for q in quotes if q is not None)


def first_annotation(ann_dir: Path, article: str) -> Path | None:
    """The first ``<article>_<annotator>.ann`` in name order, or None if none exists."""
    candidates = sorted(
        p for p in ann_dir.glob(f"{article}_*.ann") if "_" not in p.stem[len(article) + 1 :]
    )
    return candidates[0] if candidates else None


def read_text(path: Path) -> str:
    """The file's text exactly as claimtrail's .txt reader decodes it (offsets must agree)."""
    return decode_bytes(path.read_bytes(), str(path)).text


def iter_polnear(directory: Path, limit: int | None = None) -> Iterator[GoldArticle]:
    """Articles of one PolNeAR compartment (e.g. ``data/dev``) that have an annotation."""
    text_dir, ann_dir = directory / TEXT_DIR, directory / ANN_DIR
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise InputError(
            f"not a PolNeAR compartment: expected {TEXT_DIR}/ and {ANN_DIR}/ inside "
            "(e.g. ../shared/data/polnear/data/dev)",
            str(directory),
        )
    count = 0
    for text_path in sorted(text_dir.glob("*.txt")):
        if limit is not None and count >= limit:
            return
        ann_path = first_annotation(ann_dir, text_path.stem)
        if ann_path is None:
            continue
        quotes = parse_ann(ann_path.read_text(encoding="utf-8"))
        yield GoldArticle(text_path.stem, text_path, read_text(text_path), quotes)
        count += 1
