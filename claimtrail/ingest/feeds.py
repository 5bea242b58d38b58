"""RSS and Atom feed files: one ``RawArticle`` per entry, through feedparser.

A feed that cannot be parsed at all becomes one ``InputFailure``; a feed with some broken XML
but readable entries gives those entries, each carrying a warning (feedparser's "bozo" flag).
Entry bodies are HTML fragments: they are reduced to text with paragraph breaks kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from claimtrail.errors import InputError
from claimtrail.ingest.readers import InputFailure, RawArticle, ReadResult, article_from_parts

FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml", ".feed"})
# Block elements whose end is a paragraph break in the extracted text.
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "blockquote")


def is_feed_path(path: Path) -> bool:
    return path.suffix.lower() in FEED_SUFFIXES


def looks_like_feed(head: bytes) -> bool:
    """A cheap sniff for feeds saved under another suffix."""
    lowered = head[:1024].lower()
    return b"<rss" in lowered or b"<feed" in lowered or b"<rdf:rdf" in lowered


def read_feed(path: Path) -> Iterator[ReadResult]:
    """Every entry of the feed file at ``path``, in feed order."""
    name = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputFailure(name, f"cannot be read ({exc.strerror})")
        return
    yield from feed_articles(data, name)


def feed_articles(data: bytes, name: str) -> Iterator[ReadResult]:
    """Every entry of a feed document, in feed order."""
    import feedparser

    try:
        parsed = feedparser.parse(data)
    except RecursionError:
        yield InputFailure(name, "not a readable RSS/Atom feed: nested too deeply")
        return
    entries = list(parsed.entries)
    if not entries:
        reason = _bozo_reason(parsed) or "no entries"
        yield InputFailure(name, f"not a readable RSS/Atom feed: {reason}")
        return
    warning = _bozo_reason(parsed)
    outlet = parsed.feed.get("title")
    for i, entry in enumerate(entries):
        where = f"{name}#{i + 1}"
        warnings = (
            (f"{where}: the feed is malformed ({warning}); entry read anyway",) if warning else ()
        )
        try:
            yield _entry_article(entry, where, outlet, warnings)
        except InputError as exc:
            yield InputFailure(where, str(exc).removeprefix(f"{where}: "))


def _bozo_reason(parsed: Any) -> str | None:
    if not parsed.get("bozo"):
        return None
    exc = parsed.get("bozo_exception")
    return str(exc).splitlines()[0] if exc else "malformed XML"


def _entry_article(
    entry: Any, where: str, outlet: str | None, warnings: tuple[str, ...]
) -> RawArticle:
    body_html = _entry_body(entry)
    body = html_to_text(body_html) if body_html else ""
    source = (entry.get("source") or {}).get("title") or outlet
    author = entry.get("author")
    return article_from_parts(
        entry.get("title"),
        body,
        path=where,
        published=entry.get("published") or entry.get("updated"),
        source=source,
        url=entry.get("link"),
        author=author,
        warnings=warnings,
    )


def _entry_body(entry: Any) -> str:
    contents = entry.get("content") or []
    longest = max((c.get("value", "") for c in contents), key=len, default="")
    summary = entry.get("summary", "") or ""
    return longest if len(longest) >= len(summary) else summary


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment, one line per block element."""
    import lxml.html
    from lxml.etree import ParserError

    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return fragment.strip()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)
