"""Article records: ``RawArticle`` (text plus metadata) built from plain text, a headline and
body, a JSON record or a saved HTML page, and ``InputFailure`` for an input that is none.

Every text that enters claimtrail passes through ``article_from_text``: NUL characters are
dropped (PostgreSQL refuses them and no article holds one), an over-long text is cut, and a
first line too long to be a headline is not taken for one. Which file is which format is
decided by ``claimtrail.ingest.inputs`` (the front door). No analysis happens here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from claimtrail.errors import InputError
from claimtrail.ingest.dates import parse_published
from claimtrail.models import Article

# Long-form news runs to ~100,000 characters; a longer input (a dump, a book) is cut here with
# a warning rather than refused, so it still gets a best-effort analysis. Measured: 1,000,000
# characters took 97 s and 4.3 GB peak memory to parse, which no article needs.
MAX_ARTICLE_CHARS = 400_000
# The longest headline kept. News headlines run to ~150 characters; a first line longer than
# this is a paragraph (or a whole single-line article), not a headline: it stays body text.
MAX_HEADLINE_CHARS = 300
# Less main text than this from an HTML page is navigation or boilerplate, not an article.
MIN_HTML_BODY_WORDS = 15
HEADLINE_KEYS = ("headline", "title")
BODY_KEYS = ("body", "text", "content")
META_KEYS = ("published", "source", "url", "author")
NUL = "\x00"
# Metadata fields (outlet, author, URL) longer than this are cut.
META_CHARS = 2_000


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

    def record(self) -> Article:
        """The article as the analysis records it (its text and metadata, no findings)."""
        return Article(
            path=self.path,
            headline=self.headline,
            published=self.published,
            source=self.source,
            url=self.url,
            author=self.author,
            text=self.text,
            body_start=self.body_start,
        )


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
    if NUL in text:
        warns.append(f"{path or 'input'}: {text.count(NUL):,} NUL character(s) removed")
        text = text.replace(NUL, "")
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
    if len(headline) > MAX_HEADLINE_CHARS:
        # A whole paragraph (or a one-line article): all of it is body, there is no headline.
        headline, body_start = "", first
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
    """Join a headline and body as ``headline\\nbody`` so both can be cited by offset.

    Metadata (``published``, ``source``, ``url``, ``author``) must be text: anything else is
    dropped with a warning, and so is a ``published`` that is not a readable date."""
    path = meta.get("path")
    where = path or "input"
    warnings = list(meta.pop("warnings", ()))
    headline = (headline or "").replace(NUL, "").strip()
    body = body or ""
    if len(headline) > MAX_HEADLINE_CHARS:
        warnings.append(
            f"{where}: headline of {len(headline):,} characters; it is read as the "
            "first paragraph of the body"
        )
        body, headline = f"{headline}\n{body}", ""
    if not headline and not body.strip():
        raise InputError("has neither a headline nor a body", where)
    text = f"{headline}\n{body}" if headline else body
    fields = {k: _meta_text(k, meta.get(k), where, warnings) for k in META_KEYS}
    base = article_from_text(text, path, warnings)
    return RawArticle(
        text=base.text,
        headline=headline or base.headline,
        body_start=len(headline) + 1 if headline else base.body_start,
        path=path,
        warnings=base.warnings,
        **fields,
    )


def _meta_text(key: str, value: Any, where: str, warnings: list[str]) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        warnings.append(f"{where}: {key!r} is a JSON {_json_type(value)}, not text; ignored")
        return None
    text = str(value).replace(NUL, "").strip()[:META_CHARS] or None
    if key == "published" and text is not None and parse_published(text) is None:
        warnings.append(
            f"{where}: published date {text[:40]!r} is not a date; ignored "
            "(use ISO 8601, e.g. 2025-06-10)"
        )
        return None
    return text


def _json_type(value: Any) -> str:
    names = {dict: "object", list: "array", bool: "boolean"}
    return names.get(type(value), type(value).__name__)


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
