"""Gold quotes written by hand as text snippets instead of offsets (tests/gold/quotes.json).

Offsets are tedious and fragile to write; a snippet is what a person sees. The file holds
``{"articles": [{"id", "text", "quotes": [{"content", "source"}]}]}`` where

- ``content`` is a snippet that occurs exactly once in ``text``, or a list of such snippets for
  a quote interrupted by its attribution (the span runs from the first to the end of the last);
- ``source`` is the speaker mention as a snippet (the occurrence nearest to the content is
  taken, so "he" works), or null for a source-less attribution.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from claimtrail.errors import InputError
from claimtrail.eval.polnear import GoldArticle
from claimtrail.eval.quotes import GoldQuote


def unique_span(text: str, snippet: str, where: str) -> tuple[int, int]:
    """The one place ``snippet`` occurs; two or none is an error in the gold file."""
    start = text.find(snippet)
    if start < 0 or text.find(snippet, start + 1) >= 0:
        found = "not found" if start < 0 else "found more than once"
        raise InputError(f"content snippet {snippet!r} {found}", where)
    return start, start + len(snippet)


def nearest_span(text: str, snippet: str, near: tuple[int, int], where: str) -> tuple[int, int]:
    """The occurrence of ``snippet`` closest to the span ``near`` (outside or inside it)."""
    starts = []
    at = text.find(snippet)
    while at >= 0:
        starts.append(at)
        at = text.find(snippet, at + 1)
    if not starts:
        raise InputError(f"source snippet {snippet!r} not found", where)

    def distance(start: int) -> int:
        return max(near[0] - (start + len(snippet)), start - near[1], 0)

    best = min(starts, key=distance)
    return best, best + len(snippet)


def gold_quote(text: str, record: dict[str, Any], where: str) -> GoldQuote:
    parts = record["content"] if isinstance(record["content"], list) else [record["content"]]
    spans = [unique_span(text, part, where) for part in parts]
    content = (spans[0][0], spans[-1][1])
    if record.get("source") is None:
        return GoldQuote(*content)
    return GoldQuote(*content, *nearest_span(text, record["source"], content, where))


def load_snippet_gold(path: Path) -> list[GoldArticle]:
    """Every article of a snippet gold file, with offsets resolved."""
    data = json.loads(path.read_text(encoding="utf-8"))
    articles = []
    for item in data["articles"]:
        where = f"{path.name}:{item['id']}"
        quotes = tuple(gold_quote(item["text"], q, where) for q in item["quotes"])
        articles.append(GoldArticle(item["id"], path, item["text"], quotes))
    return articles
