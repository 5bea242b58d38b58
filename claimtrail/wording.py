"""How counts are said to people, in the terminal and on the dashboard alike: one home, so
"1 articles" cannot come back in one place while fixed in another."""

from __future__ import annotations


def plural(count: int, word: str, words: str | None = None) -> str:
    """ "1 article", "2 articles", "1 story", "3 stories"."""
    return f"{count} {word if count == 1 else (words or word + 's')}"


def article_count(articles: int, copies: int = 0) -> str:
    """The one way an article count is said: the articles that count (originals), then the
    linked copies (duplicates and near duplicates) apart, as in "9 articles (+1 copy)".

    Replaced revisions are in neither: they are earlier versions of an article counted once."""
    said = plural(articles, "article")
    return f"{said} (+{plural(copies, 'copy', 'copies')})" if copies else said
