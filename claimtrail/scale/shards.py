"""Shards: the unit of work of a distributed run, and the files a finished shard leaves.

A shard is one input file that may hold many articles (JSON, JSON Lines, a feed, a WARC, any
``.gz``), one part of such a file when it is large (a WARC or JSON Lines file of more than
``ingest.inputs.PART_BYTES``, cut at records: ``file_parts``), or a group of one-article files
(text, HTML) taken in input order. Its key names its
outputs in the output folder and stays the same from run to run, so a rerun finds the shards
already done and skips them:

    DIR/KEY.parquet      the analyses: one row per article, the ``claimtrail.analysis/1`` JSON
                         in the ``analysis`` column beside a few flat columns for queries
    DIR/KEY.jsonl        the same analyses, one JSON document per line (exactly what
                         ``claimtrail analyze --format jsonl`` prints)
    DIR/_done/KEY.json   written last: the shard's inputs, counts, failures and warnings

Every file is written under a temporary name and renamed into place, so a reader never sees
half a file and a worker killed mid-write leaves nothing that counts as done: the shard is
simply analysed again. Groups of one-article files end where a file's name hashes to a
boundary (content-defined), so adding files to a folder changes only the groups they join.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from claimtrail.errors import InputError
from claimtrail.ingest.inputs import (
    PART_BYTES,
    SINGLE_ARTICLE_SUFFIXES,
    STDIN,
    Span,
    expand_paths,
    file_parts,
    input_format,
)
from claimtrail.ingest.readers import InputFailure

# One-article files per shard on average (at most twice this): big enough that a shard's
# output files are not tiny, small enough that two workers share a folder of a few hundred.
SHARD_FILES = 32
DONE_DIR = "_done"
# Where the parts of large inputs are remembered; the version changes when file_parts cuts
# differently, so that parts found by an older claimtrail are found again.
PARTS_DIR = "_parts"
PARTS_VERSION = 2  # 2: a .jsonl.gz is cut too
TMP_PREFIX = ".tmp-"
SCHEMA_COLUMNS = ("index", "path", "headline", "published", "source", "url", "analysis")
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


@dataclass(frozen=True)
class InputFile:
    """One input file, or one part of it (``span``): ``name`` as articles and messages call
    it, ``path`` the file to open."""

    name: str
    path: str
    span: Span | None = None

    @property
    def label(self) -> str:
        """The input as a shard's report lists it: the name, and for a part its byte range
        (``NAME#START-END``)."""
        return self.name if self.span is None else f"{self.name}#{self.span.start}-{self.span.end}"

    @property
    def size(self) -> int:
        """Bytes on disk (of the part, for a part); 0 when the file cannot be read."""
        if self.span is not None:
            return self.span.end - self.span.start
        try:
            return Path(self.path).stat().st_size
        except OSError:  # reported by the task that reads it
            return 0


@dataclass(frozen=True)
class Shard:
    key: str
    files: tuple[InputFile, ...]


@dataclass
class ShardReport:
    """What one shard produced (the ``_done`` marker's content)."""

    key: str
    inputs: list[str]
    articles: int = 0
    known: int = 0  # of the articles: texts the store held, not analysed (ingest)
    failures: list[dict[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    words: int = 0
    seconds: float = 0.0
    skipped: bool = False  # done by an earlier run

    def input_failures(self) -> list[InputFailure]:
        return [InputFailure(f["path"], f["message"]) for f in self.failures]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ShardReport:
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        return cls(**known)


def plan_shards(
    args: Iterable[str],
    *,
    absolute: bool = False,
    shard_files: int = SHARD_FILES,
    part_bytes: int = PART_BYTES,
    out_dir: Path | None = None,
) -> list[Shard]:
    """The shards of the inputs ``args`` (files and folders), in input order; a WARC or JSON
    Lines file larger than ``part_bytes`` gives a shard per part (reading a large WARC
    through once, here, to find where its parts can start).

    ``absolute``: articles are named by their absolute path (what ``ingest`` stores); else by
    the path as given (what ``analyze`` prints). Standard input and URLs cannot be split
    among workers and are refused. ``out_dir``: the output folder, where the parts found in
    a large file are remembered (``DIR/_parts``), so that a rerun does not read the file
    through again while it is unchanged."""
    from claimtrail.ingest.fetch import is_url

    shards: list[Shard] = []
    group: list[InputFile] = []

    def close_group() -> None:
        if group:
            shards.append(_shard(tuple(group)))
            group.clear()

    for arg in args:
        if arg == STDIN or is_url(arg):
            raise InputError(
                "a distributed run reads files and folders only (save standard input or "
                "fetched pages to files first)",
                arg,
            )
        for item in expand_paths([arg]):
            path = Path(item)
            resolved = path.resolve()
            entry = InputFile(str(resolved if absolute else path), str(resolved))
            kind, gzipped = input_format(path)
            if kind in SINGLE_ARTICLE_SUFFIXES and not gzipped:
                group.append(entry)
                if _boundary(entry.name, shard_files) or len(group) >= 2 * shard_files:
                    close_group()
            else:
                close_group()
                parts = _parts_of(resolved, part_bytes, out_dir)
                for span in parts:
                    shards.append(_shard((InputFile(entry.name, entry.path, span),)))
                if not parts:
                    shards.append(_shard((entry,)))
    close_group()  # one-article files named one by one (a shell glob) are grouped too
    return shards


def _parts_of(path: Path, part_bytes: int, out_dir: Path | None) -> list[Span]:
    """``file_parts``, remembered in ``out_dir/_parts`` for a file larger than a part: one
    small JSON file per input, valid while the input's size and modification time and the
    part size are those it was found with (a changed or replaced file is read again)."""
    try:
        stat = path.stat()
    except OSError:
        return file_parts(path, part_bytes)  # unreadable: [] (its task reports it)
    if out_dir is None or stat.st_size <= part_bytes:
        return file_parts(path, part_bytes)
    stamp = {
        "path": str(path),
        "size": stat.st_size,
        "mtime_ns": stat.st_mtime_ns,
        "part_bytes": part_bytes,
        "version": PARTS_VERSION,
    }
    digest = hashlib.sha1(str(path).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    memo = out_dir / PARTS_DIR / f"{_UNSAFE.sub('_', path.name)[:48]}-{digest}.json"
    try:
        data = json.loads(memo.read_text("utf-8"))
        if {k: data.get(k) for k in stamp} == stamp:
            return [Span(int(a), int(b), int(line)) for a, b, line in data["parts"]]
    except (OSError, ValueError, KeyError, TypeError):
        pass  # none yet, or unreadable: found again
    parts = file_parts(path, part_bytes)
    try:
        with _atomic(memo) as tmp:
            rows = [[p.start, p.end, p.first_line] for p in parts]
            tmp.write_text(json.dumps({**stamp, "parts": rows}), "utf-8")
    except OSError:
        pass  # a folder that cannot be written (a read-only cache): found again next time
    return parts


def parts_cache() -> Path:
    """Where a run with no output folder (``ingest --workers``) remembers the parts of large
    inputs: ``$XDG_CACHE_HOME/claimtrail`` (``~/.cache/claimtrail``), the user's cache, whose
    loss costs only a new pass over each large file."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "claimtrail"


def _boundary(name: str, every: int) -> bool:
    digest = hashlib.sha1(name.encode("utf-8", "surrogatepass")).digest()
    return int.from_bytes(digest[:4], "big") % max(every, 1) == 0


def _shard(files: tuple[InputFile, ...]) -> Shard:
    names = "\n".join(f.label for f in files).encode("utf-8", "surrogatepass")
    stem = _UNSAFE.sub("_", Path(files[0].name).name)[:48].strip("._") or "input"
    if len(files) > 1:
        stem = f"{stem}+{len(files) - 1}"
    if files[0].span is not None:
        stem = f"{stem}@{files[0].span.start}"
    return Shard(f"{stem}-{hashlib.sha1(names).hexdigest()[:12]}", files)


# -- the output folder ------------------------------------------------------------------------
def done_reports(out_dir: Path) -> dict[str, ShardReport]:
    """The shards an earlier run finished in ``out_dir``, by key."""
    reports = (read_done(out_dir, m.stem) for m in sorted((out_dir / DONE_DIR).glob("*.json")))
    return {r.key: r for r in reports if r is not None}


def read_done(out_dir: Path, key: str) -> ShardReport | None:
    """Shard ``key``'s report if it is done in ``out_dir`` (its marker and both files there)."""
    try:
        data = json.loads((out_dir / DONE_DIR / f"{key}.json").read_text("utf-8"))
        report = ShardReport.from_json(data)
    except (OSError, ValueError, TypeError):
        return None  # missing or unreadable: the shard is not done and is analysed again
    if report.key != key:
        return None
    if not all((out_dir / f"{key}{ext}").exists() for ext in (".jsonl", ".parquet")):
        return None
    return report


def check_no_overlap(shards: list[Shard], done: dict[str, ShardReport]) -> None:
    """Refuse a run that would analyse an input a second time into the same folder under
    another shard (the files of a folder were grouped differently since the earlier run, or
    a file was cut into other parts)."""
    done_by_input: dict[str, list[tuple[int, float, str]]] = {}
    for key, report in done.items():
        for label in report.inputs:
            name, start, end = _input_range(label)
            done_by_input.setdefault(name, []).append((start, end, key))
    for shard in shards:
        if shard.key in done:
            continue
        for f in shard.files:
            start, end = (0, float("inf")) if f.span is None else (f.span.start, f.span.end)
            other = next(
                (k for a, b, k in done_by_input.get(f.name, []) if a < end and start < b), None
            )
            if other is not None:
                raise InputError(
                    f"the output folder already holds analyses of this input (shard {other}) "
                    "from a run that grouped the inputs differently; use a fresh --out folder "
                    "so no article is written twice",
                    f.name,
                )


_PART_LABEL = re.compile(r"^(?P<name>.*)#(?P<start>\d+)-(?P<end>\d+)$")


def _input_range(label: str) -> tuple[str, int, float]:
    """A report's input label as (name, first byte, end): a whole file spans everything."""
    found = _PART_LABEL.match(label)
    if found is None:
        return label, 0, float("inf")
    return found["name"], int(found["start"]), int(found["end"])


def write_shard(out_dir: Path, report: ShardReport, analyses: list[dict[str, Any]]) -> None:
    """The shard's Parquet and JSON Lines files, then its ``_done`` marker: each written to a
    temporary name and renamed into place."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    lines = [json.dumps(a, ensure_ascii=False) for a in analyses]
    columns: dict[str, list[Any]] = {name: [] for name in SCHEMA_COLUMNS}
    for i, (doc, line) in enumerate(zip(analyses, lines, strict=True)):
        article = doc["article"]
        columns["index"].append(i)
        for key in ("path", "headline", "published", "source", "url"):
            columns[key].append(article.get(key))
        columns["analysis"].append(line)
    schema = pa.schema(
        [("index", pa.int32())] + [(name, pa.string()) for name in SCHEMA_COLUMNS[1:]],
        metadata={"schema": "claimtrail.analysis/1", "shard": report.key},
    )
    table = pa.table(columns, schema=schema)
    with _atomic(out_dir / f"{report.key}.parquet") as tmp:
        pq.write_table(table, tmp, compression="zstd")
    with _atomic(out_dir / f"{report.key}.jsonl") as tmp:
        tmp.write_text("".join(line + "\n" for line in lines), "utf-8")
    with _atomic(out_dir / DONE_DIR / f"{report.key}.json") as tmp:
        tmp.write_text(json.dumps(asdict(report), ensure_ascii=False, indent=1), "utf-8")


class _atomic:
    """A temporary path beside ``target``, renamed onto it when the block ends without error."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.tmp = target.parent / f"{TMP_PREFIX}{uuid.uuid4().hex}-{target.name}"

    def __enter__(self) -> Path:
        self.target.parent.mkdir(parents=True, exist_ok=True)
        return self.tmp

    def __exit__(self, exc_type: Any, *_: Any) -> None:
        if exc_type is None:
            with open(self.tmp, "rb") as f:
                os.fsync(f.fileno())
            os.replace(self.tmp, self.target)
        else:
            self.tmp.unlink(missing_ok=True)


def remove_temporaries(out_dir: Path) -> None:
    """Temporary files left by workers killed mid-write (after a run, when none writes)."""
    for folder in (out_dir, out_dir / DONE_DIR, out_dir / PARTS_DIR):
        for tmp in folder.glob(f"{TMP_PREFIX}*"):
            tmp.unlink(missing_ok=True)


def read_shard_analyses(out_dir: Path, key: str) -> Iterator[dict[str, Any]]:
    """A finished shard's analyses (from its JSON Lines file), in input order."""
    with open(out_dir / f"{key}.jsonl", encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)
