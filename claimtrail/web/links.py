"""Paths to the dashboard's pages, built directly: a big story page links a few thousand times,
and routing's reverse lookup (``url_path_for``) walks every route on every call."""

from __future__ import annotations

from urllib.parse import quote, urlencode, urlsplit


def story_href(story_id: int) -> str:
    return f"/stories/{story_id}"


def claim_href(claim_id: int | str) -> str:
    return f"/claims/{quote(str(claim_id), safe='')}"


def speaker_href(ref: int | str) -> str:
    return f"/speakers/{quote(str(ref), safe='')}"


def article_href(article_id: int, focus: str | None = None) -> str:
    query = f"?{urlencode({'focus': focus})}" if focus else ""
    return f"/articles/{article_id}{query}"


def claim_mark_id(start: int, end: int) -> str:
    """Claims are addressed by their offsets, which the store's lifecycle events also carry."""
    return f"claim-{start}-{end}"


def quote_mark_id(quote_id: str) -> str:
    return f"quote-{quote_id}"


def evidence_href(article_id: int, claim_start: int, claim_end: int) -> str:
    """The article page with one claim's span outlined and scrolled into view."""
    return article_href(article_id, claim_mark_id(claim_start, claim_end))


def external_href(url: str | None) -> str | None:
    """An article's own URL, only when it is http(s): a stored ``javascript:`` URL stays text."""
    if url and urlsplit(url.strip()).scheme.lower() in ("http", "https"):
        return url.strip()
    return None


LINK_HELPERS = {
    "external_href": external_href,
    "story_href": story_href,
    "claim_href": claim_href,
    "speaker_href": speaker_href,
    "article_href": article_href,
    "evidence_href": evidence_href,
    "quote_mark_id": quote_mark_id,
}
