"""Snippet gold files: snippets become offsets; ambiguous or missing snippets are refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrail.errors import InputError
from claimtrail.eval.quotes import GoldQuote
from claimtrail.eval.snippet_gold import load_snippet_gold, nearest_span

TEXT = 'Ann Lee spoke. "Yes," he said, "now." He left. Ann Lee said it.'


def write(tmp_path: Path, quotes: list[dict[str, object]], text: str = TEXT) -> Path:
    path = tmp_path / "gold.json"
    path.write_text(
        json.dumps({"articles": [{"id": "a", "text": text, "quotes": quotes}]}), encoding="utf-8"
    )
    return path


def test_parts_span_first_to_last_and_source_is_the_nearest(tmp_path: Path) -> None:
    [article] = load_snippet_gold(write(tmp_path, [{"content": ["Yes", "now"], "source": "he"}]))
    [quote] = article.quotes
    assert TEXT[quote.start : quote.end] == 'Yes," he said, "now'
    assert quote.source_start is not None
    assert TEXT[quote.source_start : quote.source_end] == "he"


def test_null_source_gives_a_sourceless_quote(tmp_path: Path) -> None:
    [article] = load_snippet_gold(write(tmp_path, [{"content": "now", "source": None}]))
    assert article.quotes == (GoldQuote(TEXT.index("now"), TEXT.index("now") + 3),)


@pytest.mark.parametrize("snippet", ["Ann Lee", "absent words"])
def test_content_must_occur_exactly_once(tmp_path: Path, snippet: str) -> None:
    with pytest.raises(InputError, match="content snippet"):
        load_snippet_gold(write(tmp_path, [{"content": snippet, "source": None}]))


def test_nearest_span_prefers_the_closest_occurrence() -> None:
    near = (TEXT.index("it."), TEXT.index("it.") + 2)
    start, _ = nearest_span(TEXT, "Ann Lee", near, "x")
    assert start == TEXT.rindex("Ann Lee")
