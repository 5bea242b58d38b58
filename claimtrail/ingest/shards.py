"""Analysis shards in publication order, for bulk loading (``claimtrail ingest --analyses``).

A shard is what ``claimtrail analyze`` writes: JSON Lines (``.jsonl``/``.ndjson``, gzipped or
not; one ``claimtrail.analysis/1`` document per line), a ``.json`` file (one document or an
array), or Parquet (``.parquet``, needs pyarrow: a string column ``analysis`` holding the
document, else one column per top-level field). Folders are searched for shards recursively.

The store links each article against the ones stored before it, so a backfill must arrive in
publication order whatever order its shards were written in. Two passes keep memory small:
the first reads every shard once and keeps only (publication time, shard, byte offset) per
document, compressed and Parquet shards being unpacked into a temporary JSON Lines file on the
way; the second reads the documents back in order and validates each. A line that is not a
document, or a shard that cannot be read, is one ``InputFailure`` naming the file and line.

The output folder of ``claimtrail analyze --out DIR`` can be named as it is: only its shards
are read, each once (its ``_done`` markers, report and part lists are not shards, and a
Parquet shard is the same documents as the JSON Lines shard beside it).
"""

from __future__ import annotations

import gzip
import json
import re
import tempfile
import zlib
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from claimtrail.ingest.dates import parse_published
from claimtrail.ingest.inputs import JsonTooDeep, analysis_line, load_json
from claimtrail.ingest.readers import InputFailure
from claimtrail.models import Analysis

SHARD_SUFFIXES = (".jsonl", ".ndjson", ".json", ".parquet")
GZIP_SUFFIX = ".gz"
# Documents without a publication time go last, in the order they were read.
UNDATED = "~"
# The article's publication time, read from the raw line (the model names it nowhere else);
# each document is fully validated when it is read back in the second pass.
_PUBLISHED = re.compile(rb'"published"\s*:\s*"((?:[^"\\]|\\.){0,80})"')
OPEN_FILES = 64


def shard_files(args: Iterable[str]) -> tuple[list[Path], list[InputFailure]]:
    """The shards named, folders expanded (sorted); what is missing or not a shard fails."""
    found: list[Path] = []
    failures: list[InputFailure] = []
    for arg in args:
        path = Path(arg)
        if path.is_dir():
            inside = _shards_inside(path)
            if not inside:
                failures.append(InputFailure(arg, "no analysis shards in this folder"))
            found.extend(inside)
        elif path.is_file():
            if _is_shard(path):
                found.append(path)
            else:
                failures.append(
                    InputFailure(
                        arg,
                        "not an analysis shard (.jsonl, .ndjson, .json, optionally .gz, "
                        "or .parquet)",
                    )
                )
        else:
            failures.append(InputFailure(arg, "no such file or folder"))
    return found, failures


def _shards_inside(folder: Path) -> list[Path]:
    """The shards in a folder and its subfolders, sorted. What ``analyze --out DIR`` writes
    beside its shards is left out: files and folders whose names start with "_" or "."
    (``_done/`` markers, ``_report.json``, ``_parts/``, temporaries), and a Parquet shard
    whose JSON Lines twin (the same documents) is there too."""
    found = [
        p
        for p in folder.rglob("*")
        if p.is_file()
        and _is_shard(p)
        and not any(part.startswith(("_", ".")) for part in p.relative_to(folder).parts)
    ]
    parquet = {p for p in found if p.name.lower().endswith(".parquet")}
    stems = {_stem(p) for p in found if p not in parquet}
    return sorted(p for p in found if p not in parquet or _stem(p) not in stems)


def _stem(path: Path) -> Path:
    """A shard's path without its format suffixes ("a/KEY.jsonl.gz" → "a/KEY")."""
    name = path.name.lower().removesuffix(GZIP_SUFFIX)
    for suffix in SHARD_SUFFIXES:
        if name.endswith(suffix):
            return path.with_name(path.name[: len(name) - len(suffix)])
    return path


def _is_shard(path: Path) -> bool:
    name = path.name.lower().removesuffix(GZIP_SUFFIX)
    return name.endswith(SHARD_SUFFIXES) and not path.name.startswith(".")


@dataclass(order=True)
class _Entry:
    key: str
    shard: int
    offset: int
    line: int = field(compare=False)


@dataclass
class _Shard:
    name: str  # as the user will recognise it
    lines: Path  # plain JSON Lines: the shard itself, or its unpacked copy


@dataclass
class AnalysisShards:
    """Every document of the shards, in publication order (oldest first)."""

    failures: list[InputFailure] = field(default_factory=list)
    _entries: list[_Entry] = field(default_factory=list)
    _shards: list[_Shard] = field(default_factory=list)
    _temp: tempfile.TemporaryDirectory[str] | None = None

    @classmethod
    def scan(cls, args: Iterable[str]) -> AnalysisShards:
        files, failures = shard_files(args)
        shards = cls(failures=failures)
        for path in files:
            shards._scan_one(path)
        shards._entries.sort()
        return shards

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[Analysis | InputFailure]:
        handles: OrderedDict[int, IO[bytes]] = OrderedDict()
        try:
            for entry in self._entries:
                handle = handles.pop(entry.shard, None)
                if handle is None:
                    if len(handles) >= OPEN_FILES:
                        handles.popitem(last=False)[1].close()
                    handle = self._shards[entry.shard].lines.open("rb")
                handles[entry.shard] = handle
                handle.seek(entry.offset)
                raw = handle.readline()
                where = f"{self._shards[entry.shard].name}:{entry.line}"
                yield _decoded(raw, where)
        finally:
            for handle in handles.values():
                handle.close()

    def close(self) -> None:
        if self._temp is not None:
            self._temp.cleanup()
            self._temp = None

    # -- pass 1 ----------------------------------------------------------------------------
    def _scan_one(self, path: Path) -> None:
        name = str(path)
        lower = path.name.lower()
        try:
            if lower.endswith(".parquet"):
                lines = self._unpack(path, _parquet_lines(path))
            elif lower.endswith((".json", ".json.gz")):
                lines = self._unpack(path, _json_document_lines(path))
            elif lower.endswith(GZIP_SUFFIX):
                lines = self._unpack(path, _gzip_lines(path))
            else:
                lines = path
        except ShardError as exc:
            self.failures.append(InputFailure(name, str(exc)))
            return
        except (OSError, EOFError, zlib.error) as exc:
            self.failures.append(InputFailure(name, f"cannot be read ({exc})"))
            return
        index = len(self._shards)
        self._shards.append(_Shard(name, lines))
        offset = 0
        with lines.open("rb") as handle:
            for number, raw in enumerate(handle, start=1):
                if raw.strip():
                    self._entries.append(_Entry(_publication_key(raw), index, offset, number))
                offset += len(raw)

    def _unpack(self, path: Path, lines: Iterator[bytes]) -> Path:
        """Write a shard's documents as plain JSON Lines in the temporary folder."""
        if self._temp is None:
            self._temp = tempfile.TemporaryDirectory(prefix="claimtrail-shards-")
        out = Path(self._temp.name) / f"{len(self._shards)}.jsonl"
        with out.open("wb") as handle:
            for line in lines:
                handle.write(line.rstrip(b"\r\n") + b"\n")
        return out

    def __enter__(self) -> AnalysisShards:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class ShardError(ValueError):
    """A shard that holds no documents we can read (said once, for the whole shard)."""


def _publication_key(raw: bytes) -> str:
    found = _PUBLISHED.search(raw)
    if found is None:
        return UNDATED
    try:
        value = json.loads(b'"' + found.group(1) + b'"')
    except ValueError:
        return UNDATED
    return parse_published(value) or UNDATED


def _decoded(raw: bytes, where: str) -> Analysis | InputFailure:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return InputFailure(where, f"not valid UTF-8 (byte {exc.start}); skipped")
    return analysis_line(line, where)


def _gzip_lines(path: Path) -> Iterator[bytes]:
    with gzip.open(path, "rb") as handle:
        yield from handle


def _json_document_lines(path: Path) -> Iterator[bytes]:
    """A ``.json`` shard (``analyze --format json``): one document or an array of them."""
    data = gzip.decompress(path.read_bytes()) if path.name.lower().endswith(".gz") else None
    text = (data if data is not None else path.read_bytes()).decode("utf-8", errors="replace")
    try:
        value = load_json(text)
    except (json.JSONDecodeError, JsonTooDeep) as exc:
        raise ShardError(f"invalid JSON ({exc}); no documents read from it") from None
    for document in value if isinstance(value, list) else [value]:
        yield json.dumps(document, ensure_ascii=False).encode("utf-8")


def _parquet_lines(path: Path) -> Iterator[bytes]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise ShardError("Parquet shards need pyarrow (pip install pyarrow)") from None
    try:
        table = pq.ParquetFile(path)
        batches = table.iter_batches()
        for batch in batches:
            names = batch.schema.names
            if "analysis" in names:
                for value in batch.column(names.index("analysis")).to_pylist():
                    yield (value or "").encode("utf-8") if isinstance(value, str) else b"{}"
            else:
                for row in batch.to_pylist():
                    yield json.dumps(_plain(row), ensure_ascii=False).encode("utf-8")
    except (OSError, ValueError) as exc:  # pyarrow's errors derive from these
        raise ShardError(f"not a readable Parquet file ({exc})") from None


def _plain(value: Any) -> Any:
    """Parquet rows as JSON: nested lists and structs as they are, other values as text."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)
