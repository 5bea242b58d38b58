"""The front door: what an input is, for every command and the API.

``read_inputs(args)`` takes what a user names — files, folders, ``-`` for standard input — and
yields one ``RawArticle`` per article found or one ``InputFailure`` per input (or record) that
holds none, in input order, so a batch goes on past a bad input and lists it at the end.

The format of each file is decided here and only here:

=============  =====================================================================
plain text     ``.txt .text .md`` or no suffix: first line headline, rest body
HTML           ``.html .htm .xhtml`` or a sniffed ``<html``: main text via trafilatura
JSON           ``.json``: one record or an array of records (``headline``/``body`` …)
JSON Lines     ``.jsonl .ndjson``: one record per line; a bad line is one failure
RSS / Atom     ``.rss .atom .xml .feed`` or a sniffed ``<rss``/``<feed``: one per entry
(refused)      ``.csv .tsv`` and other tables: not articles (convert to JSON Lines)
=============  =====================================================================

``read_analyses`` reads stored analyses (``claimtrail analyze --format jsonl`` output).
Nothing here raises on bad input: JSON nested too deeply for Python, binary data, NULs,
invalid UTF-8, impossible dates and metadata of the wrong type all become a failure or a
warning on that one input.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from claimtrail.errors import InputError
from claimtrail.ingest.decode import decode_bytes
from claimtrail.ingest.feeds import FEED_SUFFIXES, feed_articles, looks_like_feed
from claimtrail.ingest.readers import (
    InputFailure,
    RawArticle,
    ReadResult,
    article_from_html,
    article_from_record,
    article_from_text,
)
from claimtrail.models import Analysis

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ""})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
TABLE_SUFFIXES = frozenset({".csv", ".tsv"})
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES
STDIN = "-"
# A JSON value nested deeper than this is not an article record (records are 2-3 deep); the
# check runs before Python's parser, which would overflow its stack at ~1,000 levels.
MAX_JSON_DEPTH = 64
_JSON_BRACKETS = re.compile(r'[\[\]{}"\\]')
_NUL_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*\\u0000")


# Articles handed to the analyser at once (spaCy's nlp.pipe batch). A batch also stops at
# ANALYSIS_BATCH_CHARS characters: parsing memory grows with the text held at once (four
# 400,000-character articles in one batch peaked at 5.3 GB), so a long article goes alone and
# a worker's peak is that of one bounded batch (docs/store.md has the measured figures).
ANALYSIS_BATCH = 16
ANALYSIS_BATCH_CHARS = 200_000


class JsonTooDeep(ValueError):
    pass


def batched(
    articles: Iterable[RawArticle],
    max_count: int = ANALYSIS_BATCH,
    max_chars: int = ANALYSIS_BATCH_CHARS,
) -> Iterator[list[RawArticle]]:
    """Consecutive articles in groups of at most ``max_count`` articles and ``max_chars``
    characters (an article longer than that alone)."""
    batch: list[RawArticle] = []
    chars = 0
    for article in articles:
        if batch and (len(batch) >= max_count or chars + len(article.text) > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(article)
        chars += len(article.text)
    if batch:
        yield batch


def read_inputs(args: Iterable[str], *, absolute: bool = False) -> Iterator[ReadResult]:
    """Every article named by ``args`` (paths, directories, ``-``, http(s) URLs of pages, feeds
    and sitemaps), in input order.

    ``absolute``: name each file by its resolved absolute path (what the store uses as an
    article's place, so ``news/a.txt`` and ``/home/me/news/a.txt`` are one article)."""
    from claimtrail.ingest.web import UrlReader  # web builds on the readers

    with UrlReader() as urls:
        for arg in args:
            if urls.accepts(arg):  # http(s) URLs of pages, feeds and sitemaps
                yield from urls.read(arg)
                continue
            for item in expand_paths([arg]):
                if item == STDIN:
                    yield from read_stdin()
                else:
                    assert isinstance(item, Path)
                    yield from read_path(item.resolve() if absolute else item)


def expand_paths(args: Iterable[str]) -> Iterator[Path | str]:
    """Files in argument order; a directory expands to its readable files, sorted by name."""
    for arg in args:
        if arg == STDIN:
            yield STDIN
            continue
        path = Path(arg)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in KNOWN_SUFFIXES and not child.name.startswith("."):
                    yield child
        else:
            yield path


def read_path(path: Path) -> Iterator[ReadResult]:
    """All articles in one file (a JSON dump or a feed may hold many)."""
    name = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        yield InputFailure(name, "no such file")
        return
    except IsADirectoryError:
        yield InputFailure(name, "is a directory")
        return
    except OSError as exc:
        yield InputFailure(name, f"cannot be read ({exc.strerror})")
        return
    yield from read_bytes(data, name, path.suffix)


def read_stdin() -> Iterator[ReadResult]:
    yield from read_bytes(sys.stdin.buffer.read(), "<stdin>", "")


def read_bytes(data: bytes, name: str, suffix: str) -> Iterator[ReadResult]:
    """One input's bytes, by its suffix (or, without a known one, by a sniff of its start)."""
    kind = suffix.lower()
    if kind in TABLE_SUFFIXES:
        yield InputFailure(
            name,
            f"a {kind[1:].upper()} table is not an article; give one "
            "article per file, or JSON Lines with headline and body fields",
        )
        return
    if kind in FEED_SUFFIXES or (
        kind not in KNOWN_SUFFIXES - TEXT_SUFFIXES and _starts_like_feed(data)
    ):
        yield from feed_articles(data, name)
        return
    try:
        decoded = decode_bytes(data, name)
    except InputError as exc:
        yield InputFailure(name, str(exc).removeprefix(f"{name}: "))
        return
    yield from read_text(decoded.text, name, kind, decoded.warnings)


def _starts_like_feed(data: bytes) -> bool:
    """An XML document whose start names a feed element (a text merely mentioning "<rss" in
    its prose is not one)."""
    head = data.removeprefix(b"\xef\xbb\xbf").lstrip()[:1024]
    return head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf")) and looks_like_feed(head)


def read_text(
    text: str, name: str, suffix: str = "", warnings: tuple[str, ...] = ()
) -> Iterator[ReadResult]:
    """Decoded text by its format (the suffix, or a sniff of the content)."""
    kind = suffix.lower()
    if kind not in KNOWN_SUFFIXES or kind == "":
        kind = _sniff_format(text)
    if kind in JSONL_SUFFIXES:
        yield from _records_from_jsonl(text, name)
    elif kind in JSON_SUFFIXES:
        yield from _records_from_json(text, name)
    elif kind in HTML_SUFFIXES:
        yield _guarded(lambda: article_from_html(text, name, warnings), name)
    else:
        yield _guarded(lambda: article_from_text(text, name, warnings), name)


def load_json(text: str) -> Any:
    """``json.loads`` that refuses nesting deeper than ``MAX_JSON_DEPTH`` with ``JsonTooDeep``
    (instead of a RecursionError from deep inside the parser)."""
    if _json_depth(text) > MAX_JSON_DEPTH:
        raise JsonTooDeep(f"JSON nested more than {MAX_JSON_DEPTH} levels deep")
    try:
        return json.loads(text)
    except RecursionError:
        raise JsonTooDeep(f"JSON nested more than {MAX_JSON_DEPTH} levels deep") from None


def _json_depth(text: str) -> int:
    """The deepest bracket nesting outside strings (a quick scan, no parse)."""
    if text.count("[") + text.count("{") <= MAX_JSON_DEPTH:
        return 0
    depth = deepest = 0
    in_string = escaped = False
    for match in _JSON_BRACKETS.finditer(text):
        char = match.group()
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":  # escapes the next character: matters for \" and \\ only
                escaped = text[match.end() : match.end() + 1] in ('"', "\\")
            elif char == '"':
                in_string = False
            continue
        if char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def _records_from_json(text: str, name: str) -> Iterator[ReadResult]:
    try:
        data = load_json(text)
    except JsonTooDeep as exc:
        yield InputFailure(name, f"invalid JSON: {exc}")
        return
    except json.JSONDecodeError as exc:
        yield InputFailure(name, f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}")
        return
    records = data if isinstance(data, list) else [data]
    for i, record in enumerate(records):
        where = name if len(records) == 1 else f"{name}[{i}]"
        yield _guarded(lambda r=record, w=where: article_from_record(r, w), where)


def _records_from_jsonl(text: str, name: str) -> Iterator[ReadResult]:
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            record = load_json(line)
        except JsonTooDeep as exc:
            yield InputFailure(where, f"invalid JSON line ({exc}); skipped")
            continue
        except json.JSONDecodeError as exc:
            yield InputFailure(where, f"invalid JSON line ({exc.msg}); skipped")
            continue
        yield _guarded(lambda r=record, w=where: article_from_record(r, w), where)


def _guarded(make: Any, where: str) -> ReadResult:
    try:
        result: RawArticle = make()
        return result
    except InputError as exc:
        return InputFailure(where, str(exc).removeprefix(f"{where}: "))


def _sniff_format(text: str) -> str:
    head = text.lstrip()[:512].lower()
    if head.startswith("<!doctype html") or head.startswith("<html"):
        return ".html"
    if head.startswith("["):
        return ".json"
    if head.startswith("{"):
        first_line = text.lstrip().split("\n", 1)[0]
        try:
            load_json(first_line)
            return ".jsonl"
        except (json.JSONDecodeError, JsonTooDeep):
            return ".json"
    return ".txt"


# -- stored analyses --------------------------------------------------------------------------
def read_analyses(args: Iterable[str]) -> Iterator[Analysis | InputFailure]:
    """Stored analyses (``claimtrail analyze --format jsonl`` output), one JSON per line."""
    for arg in args:
        name = str(arg)
        try:
            data = Path(arg).read_bytes()
        except OSError as exc:
            yield InputFailure(name, f"cannot be read ({exc.strerror or exc})")
            continue
        try:
            decoded = decode_bytes(data, name)
        except InputError as exc:
            yield InputFailure(name, str(exc).removeprefix(f"{name}: "))
            continue
        for lineno, line in enumerate(decoded.text.splitlines(), start=1):
            if line.strip():
                yield analysis_line(line, f"{name}:{lineno}")


def analysis_line(line: str, where: str) -> Analysis | InputFailure:
    if "\x00" in line or _NUL_ESCAPE.search(line):
        # Offsets index the text, so NULs cannot be dropped from a finished analysis.
        return InputFailure(where, "the analysis holds NUL characters; skipped")
    try:
        return Analysis.model_validate(load_json(line))
    except JsonTooDeep as exc:
        return InputFailure(where, f"invalid JSON line ({exc}); skipped")
    except json.JSONDecodeError as exc:
        return InputFailure(where, f"invalid JSON line ({exc.msg}); skipped")
    except ValidationError as exc:
        return InputFailure(
            where, f"not a claimtrail analysis ({exc.error_count()} errors); skipped"
        )
