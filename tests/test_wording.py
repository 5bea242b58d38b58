"""How counts are said (claimtrail/wording.py), in the terminal and on the dashboard alike."""

from __future__ import annotations

import pytest

from claimtrail.wording import article_count, plural


@pytest.mark.parametrize(
    ("count", "expected"), [(0, "0 stories"), (1, "1 story"), (2, "2 stories")]
)
def test_plural(count: int, expected: str) -> None:
    assert plural(count, "story", "stories") == expected
    assert plural(1, "article") == "1 article" and plural(3, "article") == "3 articles"


@pytest.mark.parametrize(
    ("articles", "copies", "expected"),
    [
        (1, 0, "1 article"),
        (9, 0, "9 articles"),
        (9, 1, "9 articles (+1 copy)"),
        (1, 3, "1 article (+3 copies)"),
    ],
)
def test_article_count(articles: int, copies: int, expected: str) -> None:
    assert article_count(articles, copies) == expected
