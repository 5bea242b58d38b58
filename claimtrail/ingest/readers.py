"""Read articles from plain text, saved HTML, JSON/JSONL records, standard input and folders.

Each reader yields ``RawArticle`` records (text plus metadata) or ``InputFailure`` records, so a
batch goes on past a bad file and can list it at the end. No analysis happens here.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimtrail.errors import InputError
from claimtrail.ingest.decode import decode_bytes

# Long-form news runs to ~100,000 characters; a longer input (a dump, a book) is cut here with
# a warning rather than refused, so it still gets a best-effort analysis. Measured: 1,000,000
# characters took 97 s and 4.3 GB peak memory to parse, which no article needs.
MAX_ARTICLE_CHARS = 400_000
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES
# Less main text than this from an HTML page is navigation or boilerplate, not an article.
MIN_HTML_BODY_WORDS = 15
HEADLINE_KEYS = ("headline", "title")
BODY_KEYS = ("body", "text", "content")


@dataclass(frozen=True)
class RawArticle:
    """An article's text and metadata before analysis. ``text`` is what offsets index."""

    text: str
    headline: str | None = None
    body_start: int = 0
    path: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class InputFailure:
    path: str
    message: str


ReadResult = RawArticle | InputFailure


def article_from_text(
    text: str, path: str | None = None, warnings: Iterable[str] = ()
) -> RawArticle:
    """A plain-text article: the first non-empty line is the headline, the rest the body."""
    warns = list(warnings)
    if len(text) > MAX_ARTICLE_CHARS:
        warns.append(
            f"{path or 'input'}: {len(text):,} characters; only the first "
            f"{MAX_ARTICLE_CHARS:,} are analysed"
        )
        text = text[:MAX_ARTICLE_CHARS]
    if not text.strip():
        raise InputError("is empty (no text to analyse)", path or "input")
    first = len(text) - len(text.lstrip())
    newline = text.find("\n", first)
    headline_end = len(text) if newline < 0 else newline
    headline = text[first:headline_end].strip()
    body_start = len(text) if newline < 0 else newline + 1
    if not text[body_start:].strip():
        warns.append(f"{path or 'input'}: a headline with no body; analysing the headline alone")
    return RawArticle(
        text=text,
        headline=headline or None,
        body_start=body_start,
        path=path,
        warnings=tuple(warns),
    )


def article_from_parts(headline: str | None, body: str, **meta: Any) -> RawArticle:
    """Join a headline and body as ``headline\\nbody`` so both can be cited by offset."""
    headline = (headline or "").strip()
    body = body or ""
    path = meta.get("path")
    if not headline and not body.strip():
        raise InputError("has neither a headline nor a body", path or "input")
    text = f"{headline}\n{body}" if headline else body
    base = article_from_text(text, path, meta.pop("warnings", ()))
    fields = {k: _as_str(v) for k, v in meta.items() if k != "path"}
    return RawArticle(
        text=base.text,
        headline=headline or base.headline,
        body_start=len(headline) + 1 if headline else base.body_start,
        path=path,
        warnings=base.warnings,
        **fields,
    )


def _as_str(value: Any) -> str | None:
    return None if value is None else str(value)


def article_from_record(record: Any, path: str) -> RawArticle:
    """A JSON record with ``headline``/``title``, ``body``/``text`` and optional metadata."""
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object, got {type(record).__name__}", path)
    headline = next((record[k] for k in HEADLINE_KEYS if isinstance(record.get(k), str)), None)
    body = next((record[k] for k in BODY_KEYS if isinstance(record.get(k), str)), None)
    if body is None and headline is None:
        raise InputError("record has no 'headline'/'title' and no 'body'/'text' field", path)
    return article_from_parts(
        headline,
        body or "",
        path=path,
        published=record.get("published") or record.get("date"),
        source=record.get("source"),
        url=record.get("url"),
        author=record.get("author"),
    )


def article_from_html(html: str, path: str, warnings: Iterable[str] = ()) -> RawArticle:
    """Main text and metadata of a saved HTML page, through trafilatura."""
    import trafilatura  # heavy import, only when HTML is read

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or len(body.split()) < MIN_HTML_BODY_WORDS:
        raise InputError("HTML page has no article text that could be extracted", path)
    return article_from_parts(
        getattr(doc, "title", None),
        body,
        path=path,
        warnings=tuple(warnings),
        published=getattr(doc, "date", None),
        source=getattr(doc, "sitename", None),
        url=getattr(doc, "url", None),
        author=getattr(doc, "author", None),
    )


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", str(path)) from None
    except IsADirectoryError:
        raise InputError("is a directory", str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror})", str(path)) from None


def _records_from_json(text: str, name: str) -> Iterator[ReadResult]:
    try:
        data = json.loads(text)
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
            record = json.loads(line)
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


def read_text_input(
    text: str, name: str, suffix: str, warnings: tuple[str, ...] = ()
) -> Iterator[ReadResult]:
    """Dispatch decoded text by its format (the suffix, or a sniff of the content for stdin)."""
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


def _sniff_format(text: str) -> str:
    head = text.lstrip()[:512].lower()
    if head.startswith("<!doctype html") or head.startswith("<html"):
        return ".html"
    if head.startswith("["):
        return ".json"
    if head.startswith("{"):
        first_line = text.lstrip().split("\n", 1)[0]
        try:
            json.loads(first_line)
            return ".jsonl"
        except json.JSONDecodeError:
            return ".json"
    return ".txt"


def read_path(path: Path) -> Iterator[ReadResult]:
    """All articles in one file (a JSON dump may hold many)."""
    name = str(path)
    try:
        decoded = decode_bytes(_read_bytes(path), name)
    except InputError as exc:
        yield InputFailure(name, str(exc).removeprefix(f"{name}: "))
        return
    yield from read_text_input(decoded.text, name, path.suffix, decoded.warnings)


def read_stdin() -> Iterator[ReadResult]:
    data = sys.stdin.buffer.read()
    try:
        decoded = decode_bytes(data, "<stdin>")
    except InputError as exc:
        yield InputFailure("<stdin>", str(exc).removeprefix("<stdin>: "))
        return
    yield from read_text_input(decoded.text, "<stdin>", "", decoded.warnings)


def expand_paths(args: Iterable[str]) -> Iterator[Path | str]:
    """Files in argument order; a directory expands to its readable files, sorted by name."""
    for arg in args:
        if arg == "-":
            yield "-"
            continue
        path = Path(arg)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in KNOWN_SUFFIXES and not child.name.startswith("."):
                    yield child
        else:
            yield path


def read_inputs(args: Iterable[str]) -> Iterator[ReadResult]:
    """Every article named by ``args`` (paths, directories, ``-``, http(s) URLs of pages,
    feeds and sitemaps), in input order."""
    from claimtrail.ingest.web import UrlReader  # web builds on this module

    with UrlReader() as urls:
        for arg in args:
            if urls.accepts(arg):
                yield from urls.read(arg)
                continue
            for item in expand_paths([arg]):
                if item == "-":
                    yield from read_stdin()
                else:
                    assert isinstance(item, Path)
                    yield from read_path(item)
