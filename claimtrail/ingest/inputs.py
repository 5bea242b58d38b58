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
WARC           ``.warc .warc.gz`` (web crawls, via warcio): one per HTML response record,
               read as a saved HTML page and named ``FILE@OFFSET`` (the record's byte offset)
gzip           ``NAME.gz`` (e.g. ``.jsonl.gz``): decompressed, then read by NAME's suffix
(refused)      ``.csv .tsv`` and other tables: not articles (convert to JSON Lines)
=============  =====================================================================

A large WARC or JSON Lines file (compressed or not) can be read in parts (``file_parts``, then
``read_path(..., span=...)``): byte ranges (of a ``.jsonl.gz``'s decompressed text) that start
at a record or a line, so that a distributed run shares one file among workers. Each part's
articles are named as the whole file's are (``FILE@OFFSET``, ``FILE:LINE``), so the parts
together give exactly the whole.

A WARC's other records (requests, metadata, non-HTML or non-2xx responses) are not articles
and are passed over silently. A corrupt or truncated WARC or gzip file yields the articles
before the damage and one failure naming the file.

Stored analyses (``claimtrail analyze --format jsonl`` output, or its Parquet shards) are read
by ``ingest.shards``, one ``analysis_line`` each.
Nothing here raises on bad input: JSON nested too deeply for Python, binary data, NULs,
invalid UTF-8, impossible dates and metadata of the wrong type all become a failure or a
warning on that one input.
"""

from __future__ import annotations

import json
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
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
from claimtrail.wording import plural

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ""})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
TABLE_SUFFIXES = frozenset({".csv", ".tsv"})
WARC_SUFFIXES = frozenset({".warc"})
GZIP_SUFFIX = ".gz"
KNOWN_SUFFIXES = (
    TEXT_SUFFIXES
    | HTML_SUFFIXES
    | JSON_SUFFIXES
    | JSONL_SUFFIXES
    | FEED_SUFFIXES
    | WARC_SUFFIXES
    | {GZIP_SUFFIX}
)
# Files that hold one article each (the rest may hold many: JSON, JSON Lines, feeds, WARCs).
SINGLE_ARTICLE_SUFFIXES = (TEXT_SUFFIXES | HTML_SUFFIXES) - {""}
# Decompressed bytes read from one .gz input at most (a guard against gzip bombs).
MAX_GUNZIPPED_BYTES = 4 * 1024**3
_GUNZIP_CHUNK = 1 << 20
WARC_RECORD_TYPES = frozenset(
    {"warcinfo", "response", "resource", "request", "metadata", "revisit", "conversion"}
    | {"continuation"}
)
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


def input_format(name: str | Path) -> tuple[str, bool]:
    """The format suffix of a file name and whether it is gzip-compressed: ``a.jsonl.gz`` is
    ``(".jsonl", True)``, ``a.warc.gz`` is ``(".warc", False)`` (warcio reads its per-record
    gzip itself), ``a.txt`` is ``(".txt", False)``."""
    suffixes = [s.lower() for s in Path(name).suffixes]
    last = suffixes[-1] if suffixes else ""
    if last == GZIP_SUFFIX:
        inner = suffixes[-2] if len(suffixes) > 1 else ""
        inner = inner if inner in KNOWN_SUFFIXES | TABLE_SUFFIXES else ""
        return (inner, inner not in WARC_SUFFIXES)
    return (last, False)


@dataclass(frozen=True)
class Span:
    """Part of a file: its bytes from ``start`` to ``end`` (exclusive), which begin at a WARC
    record or at line ``first_line`` of a JSON Lines file."""

    start: int
    end: int
    first_line: int = 1


# A WARC or JSON Lines file larger than this is read in parts of about this size: a 1 GB news
# crawl WARC (~30,000 pages) becomes 16 tasks of a few minutes, not one of an hour.
PART_BYTES = 64 * 1024**2
_GZIP_MAGIC = b"\x1f\x8b"


def file_parts(path: Path, part_bytes: int = PART_BYTES) -> list[Span]:
    """The parts a large WARC (``.warc``, or ``.warc.gz`` compressed record by record, as
    crawls publish them) or JSON Lines file is read in, each about ``part_bytes`` long; [] when
    the file is smaller, of another format, or cannot be cut (a WARC that is damaged or
    compressed as one stream is read whole, and reports its damage whole). A ``.jsonl.gz`` is
    cut at lines of its decompressed text (``_gzip_line_parts``)."""
    kind, gzipped = input_format(path)
    try:
        size = path.stat().st_size
    except OSError:
        return []
    if kind in JSONL_SUFFIXES and gzipped:
        return _gzip_line_parts(path, part_bytes)  # its size is known once decompressed
    if size <= part_bytes:
        return []
    if kind in WARC_SUFFIXES:
        return _warc_parts(path, size, part_bytes)
    if kind in JSONL_SUFFIXES:
        return _line_parts(path, size, part_bytes)
    return []


def _warc_parts(path: Path, size: int, part_bytes: int) -> list[Span]:
    from warcio.archiveiterator import ArchiveIterator

    starts = [0]
    try:
        with path.open("rb") as stream:
            archive = ArchiveIterator(stream)
            for record in archive:
                if record.rec_type not in WARC_RECORD_TYPES:
                    return []
                offset = archive.get_record_offset()
                if offset >= starts[-1] + part_bytes:
                    starts.append(offset)
                while record.raw_stream.read(_GUNZIP_CHUNK):
                    pass
                if getattr(record.raw_stream, "limit", 0) > 0:
                    return []  # the last record is cut short: read whole, reported whole
        if path.suffix.lower() == GZIP_SUFFIX:
            with path.open("rb") as stream:
                for start in starts:  # each part must open a gzip member of its own
                    stream.seek(start)
                    if stream.read(2) != _GZIP_MAGIC:
                        return []
            if _gzip_damage(path) is not None:
                return []
    except Exception:  # warcio raises many kinds of error on a damaged archive
        return []
    if len(starts) < 2:
        return []
    return [Span(a, b) for a, b in zip(starts, [*starts[1:], size], strict=True)]


def _line_parts(path: Path, size: int, part_bytes: int) -> list[Span]:
    spans: list[Span] = []
    start, line = 0, 1
    with path.open("rb") as stream:
        while start < size:
            stream.seek(start + part_bytes)
            stream.readline()  # to the end of the line the target falls in
            end = min(stream.tell(), size) if start + part_bytes < size else size
            stream.seek(start)
            lines = stream.read(end - start).count(b"\n")
            spans.append(Span(start, end, line))
            start, line = end, line + lines
    return spans if len(spans) > 1 else []


def _gzip_line_parts(path: Path, part_bytes: int) -> list[Span]:
    """The parts of a gzip-compressed JSON Lines file: spans of its *decompressed* bytes, each
    about ``part_bytes`` long and ending at a line end, found by reading the file through once.
    A compressed stream cannot be entered in the middle, so each part's reader decompresses
    from the start and keeps only its span: decompressing runs at tens of MB a second, the
    analysis of a part at tens of KB, so the skipped bytes cost little beside the work shared
    out. [] when it decompresses to one part or less, is damaged (read whole, its damage
    reported whole) or larger than ``MAX_GUNZIPPED_BYTES``."""
    cuts: list[tuple[int, int]] = [(0, 1)]  # (decompressed offset, first line) of each part
    pos, lines = 0, 0
    want = part_bytes
    try:
        with path.open("rb") as stream:
            chunks = iter(lambda: stream.read(_GUNZIP_CHUNK), b"")
            for chunk in _inflate(chunks):
                at = 0
                while pos + len(chunk) > want:
                    i = chunk.find(b"\n", max(at, want - pos))
                    if i < 0:
                        break  # the line goes on into the next chunk
                    cut = pos + i + 1
                    lines += chunk.count(b"\n", at, i + 1)
                    at = i + 1
                    cuts.append((cut, lines + 1))
                    want = cut + part_bytes
                lines += chunk.count(b"\n", at)
                pos += len(chunk)
                if pos > MAX_GUNZIPPED_BYTES:
                    return []
    except (OSError, zlib.error, EOFError):
        return []
    cuts = [c for c in cuts if c[0] < pos]
    if len(cuts) < 2:
        return []
    ends = [c[0] for c in cuts[1:]] + [pos]
    return [Span(a, b, line) for (a, line), b in zip(cuts, ends, strict=True)]


def _gunzip_span(path: Path, span: Span) -> bytes:
    """The decompressed bytes ``span.start`` to ``span.end`` of a gzip file, read from its
    start (raises ``OSError``, ``zlib.error`` or ``EOFError`` on damage)."""
    out = bytearray()
    pos = 0
    with path.open("rb") as stream:
        chunks = iter(lambda: stream.read(_GUNZIP_CHUNK), b"")
        for chunk in _inflate(chunks):
            end = pos + len(chunk)
            if end > span.start:
                out += chunk[max(0, span.start - pos) : span.end - pos]
            pos = end
            if pos >= span.end:
                break
    return bytes(out)


def read_path(
    path: Path, name: str | None = None, span: Span | None = None
) -> Iterator[ReadResult]:
    """All articles in one file (a JSON dump, a feed or a WARC may hold many), or in one part
    of it (``span``, from ``file_parts``). ``name`` names the file in articles and messages
    (default: the path as given)."""
    name = str(path) if name is None else name
    kind, gzipped = input_format(path)
    if kind in WARC_SUFFIXES:
        yield from read_warc(path, name, span)
        return
    if span is not None:
        yield from _read_lines_part(path, name, span)
        return
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
    damage = None
    if gzipped:
        data, damage = _gunzip(data)
    if data or not damage:
        yield from read_bytes(data, name, kind)
    if damage:  # after the records read before the damage
        yield InputFailure(name, damage)


def _gunzip(data: bytes) -> tuple[bytes, str | None]:
    """Decompressed bytes and, for a corrupt or truncated file, what is wrong (the bytes are
    then those decoded before the damage, cut at the last line end)."""
    out = bytearray()
    try:
        for chunk in _inflate([data]):
            out += chunk
            if len(out) > MAX_GUNZIPPED_BYTES:
                raise ValueError(f"more than {MAX_GUNZIPPED_BYTES:,} bytes decompressed")
    except (zlib.error, EOFError, ValueError) as exc:
        good = bytes(out[: out.rfind(b"\n") + 1])
        return good, (
            f"corrupt or truncated gzip file ({exc}); "
            f"{'the lines before the damage were read' if good else 'nothing could be read'}"
        )
    return bytes(out), None


def _inflate(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """The decompressed bytes of a gzip stream (several members one after another, as WARCs
    and concatenated files have); raises ``zlib.error`` or ``EOFError`` where it is damaged
    or cut short."""
    stream = zlib.decompressobj(zlib.MAX_WBITS | 16)
    inside = False  # fed part of a member whose end has not come yet
    for chunk in chunks:
        rest = chunk
        while rest:
            inside = True
            yield stream.decompress(rest, _GUNZIP_CHUNK)
            rest = stream.unconsumed_tail
            if stream.eof:  # the member ended; the next one starts in what is left
                rest = stream.unused_data
                stream = zlib.decompressobj(zlib.MAX_WBITS | 16)
                inside = False
    if inside:
        raise EOFError("the file ends inside the compressed stream")


def _gzip_damage(path: Path) -> str | None:
    """What is wrong with a gzip file's compression, if anything (read through, not kept)."""

    def chunks() -> Iterator[bytes]:
        with path.open("rb") as stream:
            while block := stream.read(_GUNZIP_CHUNK):
                yield block

    try:
        for _ in _inflate(chunks()):
            pass
    except (zlib.error, EOFError) as exc:
        return str(exc)
    return None


def _read_lines_part(path: Path, name: str, span: Span) -> Iterator[ReadResult]:
    """The JSON Lines records of one part of a file (of its decompressed text for a
    ``.jsonl.gz``), numbered as lines of the whole file."""
    try:
        if input_format(path)[1]:
            data = _gunzip_span(path, span)
        else:
            with path.open("rb") as stream:
                stream.seek(span.start)
                data = stream.read(span.end - span.start)
    except OSError as exc:
        yield InputFailure(name, f"cannot be read ({exc.strerror})")
        return
    except (zlib.error, EOFError) as exc:
        yield InputFailure(name, f"corrupt or truncated gzip file ({exc})")
        return
    yield from read_bytes(data, name, ".jsonl", first_line=span.first_line)


def read_warc(
    path: Path, name: str | None = None, span: Span | None = None
) -> Iterator[ReadResult]:
    """The HTML responses in a WARC file (``.warc`` or ``.warc.gz``), or in one part of it
    (``span``), each read as a saved HTML page named ``NAME@OFFSET``; the page's URL is the
    record's target URI unless the page names its own. A part holding no page is no
    failure (the whole file's checks were made when it was cut)."""
    from warcio.archiveiterator import ArchiveIterator

    name = str(path) if name is None else name
    records = pages = 0
    truncated = False
    try:
        with path.open("rb") as stream:
            if span is not None:
                stream.seek(span.start)
            archive = ArchiveIterator(stream)
            for record in archive:
                if record.rec_type not in WARC_RECORD_TYPES:
                    raise ValueError(f"record {records + 1} has no valid WARC-Type")
                html = _warc_html(record)  # read first: asking the offset ends the record
                if span is not None and archive.get_record_offset() >= span.end:
                    break  # the next part's first record
                records += 1
                if html is not None:
                    pages += 1
                    where = f"{name}@{archive.get_record_offset()}"
                    yield _warc_article(html, record, where)
                while record.raw_stream.read(_GUNZIP_CHUNK):  # the rest of the record
                    pass
                truncated = getattr(record.raw_stream, "limit", 0) > 0
        whole = span is None
        damage = _gzip_damage(path) if whole and path.suffix.lower() == GZIP_SUFFIX else None
        if damage is None and truncated:
            damage = "the last record is shorter than its Content-Length"
        if damage:
            yield InputFailure(name, f"corrupt WARC after {records} records ({damage})")
        elif pages == 0 and whole:
            yield InputFailure(
                name,
                f"holds no HTML responses ({plural(records, 'WARC record')})"
                if records
                else "is empty or not a WARC file (no WARC records)",
            )
    except FileNotFoundError:
        yield InputFailure(name, "no such file")
    except IsADirectoryError:
        yield InputFailure(name, "is a directory")
    except Exception as exc:  # warcio raises many kinds of error on a damaged archive
        what = "not a WARC file" if records == 0 else f"corrupt WARC after {records} records"
        yield InputFailure(name, f"{what} ({type(exc).__name__}: {exc})"[:300])


def _warc_html(record: Any) -> tuple[bytes, str | None] | None:
    """An HTML response record's body and charset; None for every other record."""
    if record.rec_type not in ("response", "resource"):
        return None
    headers = record.http_headers
    if record.rec_type == "response":
        if headers is None or not str(headers.get_statuscode() or "").startswith("2"):
            return None
        ctype = headers.get_header("Content-Type") or ""
    else:
        ctype = record.rec_headers.get_header("Content-Type") or ""
    if "html" not in ctype.lower():
        return None
    charset = None
    for part in ctype.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip("\"' ").lower()
    return record.content_stream().read(), charset


def _warc_article(html: tuple[bytes, str | None], record: Any, where: str) -> ReadResult:
    from dataclasses import replace

    data, charset = html
    text: str | None = None
    warnings: tuple[str, ...] = ()
    if charset and charset not in ("utf-8", "utf8"):
        try:
            text = data.decode(charset, errors="replace")
        except LookupError:  # an unknown charset name: read it as UTF-8
            text = None
    if text is None:
        try:
            decoded = decode_bytes(data, where)
        except InputError as exc:
            return InputFailure(where, str(exc).removeprefix(f"{where}: "))
        text, warnings = decoded.text, decoded.warnings
    result = _guarded(lambda: article_from_html(text, where, warnings), where)
    target = record.rec_headers.get_header("WARC-Target-URI")
    if isinstance(result, RawArticle) and result.url is None and target:
        result = replace(result, url=target[:2000])
    return result


def read_stdin() -> Iterator[ReadResult]:
    yield from read_bytes(sys.stdin.buffer.read(), "<stdin>", "")


def read_bytes(data: bytes, name: str, suffix: str, first_line: int = 1) -> Iterator[ReadResult]:
    """One input's bytes, by its suffix (or, without a known one, by a sniff of its start);
    JSON Lines numbered from ``first_line`` (a part of a file: ``file_parts``)."""
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
    yield from read_text(decoded.text, name, kind, decoded.warnings, first_line)


def _starts_like_feed(data: bytes) -> bool:
    """An XML document whose start names a feed element (a text merely mentioning "<rss" in
    its prose is not one)."""
    head = data.removeprefix(b"\xef\xbb\xbf").lstrip()[:1024]
    return head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf")) and looks_like_feed(head)


def read_text(
    text: str, name: str, suffix: str = "", warnings: tuple[str, ...] = (), first_line: int = 1
) -> Iterator[ReadResult]:
    """Decoded text by its format (the suffix, or a sniff of the content); JSON Lines numbered
    from ``first_line``."""
    kind = suffix.lower()
    if kind not in KNOWN_SUFFIXES or kind == "":
        kind = _sniff_format(text)
    if kind in JSONL_SUFFIXES:
        yield from _records_from_jsonl(text, name, first_line)
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


def _records_from_jsonl(text: str, name: str, first_line: int = 1) -> Iterator[ReadResult]:
    # Lines end at "\n" only: a JSON string may hold U+2028 or a lone "\r" (``splitlines``
    # would cut the record there), and parts count their first line by "\n".
    for lineno, line in enumerate(text.split("\n"), start=first_line):
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
