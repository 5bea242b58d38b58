"""The search syntax (claimtrail/store/search.py): words, "phrases", OR and prefix*, the same on
SQLite FTS5 and PostgreSQL, and no input is a syntax error."""

from __future__ import annotations

import pytest

from claimtrail.store import Store
from claimtrail.store.search import Term, parse_query, pg_tsquery, sqlite_match
from tests.store.factory import make_analysis

ARTICLES = {
    "budget": ("Council passes budget", "The city council passed its budget on Monday."),
    "tax": ("Mayor rules out tax rise", "The mayor said council taxes would not rise."),
    "car": ("Electric car sales climb", "Sales of the electric car rose in June."),
    "swap": ("Makers go electric", "Every car maker now builds an electric model."),
}


@pytest.fixture
def loaded(store: Store) -> Store:
    for key, (headline, body) in ARTICLES.items():
        store.add_analysis(make_analysis(headline, body, path=f"{key}.txt"))
    return store


def _articles(store: Store, q: str) -> set[str]:
    page = store.search(q, limit=100)
    paths = set()
    for hit in page.items:
        if hit.kind == "article":
            paths.add(store.get_article(int(hit.id)).path.removesuffix(".txt"))
    return paths


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("budget", {"budget"}),
        ("taxes", {"tax"}),  # stemmed: "taxes" finds "tax"
        ("tax OR budget", {"tax", "budget"}),
        ("council budget OR mayor", {"budget", "tax"}),
        ('"electric car"', {"car"}),  # the words next to each other, in that order
        ("electric car", {"car", "swap"}),
        ("budg*", {"budget"}),
        ("elect* OR taxes", {"car", "swap", "tax"}),
        ("tax or budget", set()),  # lower-case "or" is a word, and all words must match
    ],
)
def test_syntax_is_the_same_on_both_backends(loaded: Store, q: str, expected: set[str]) -> None:
    assert _articles(loaded, q) == expected


@pytest.mark.parametrize(
    "q",
    [
        '"unclosed phrase',
        "OR",
        "OR OR tax",
        "tax OR",
        "*",
        "a:b",
        "NEAR(tax budget)",
        "tax AND NOT",
        "-tax",
        "(",
        "'; DROP --",
    ],
)
def test_no_input_is_a_syntax_error(loaded: Store, q: str) -> None:
    loaded.search(q)  # raises on an FTS5 or tsquery syntax error


def test_parse_query() -> None:
    assert parse_query('tax "electric car" OR budg*') == [
        [Term(("tax",)), Term(("electric", "car"))],
        [Term(("budg",), prefix=True)],
    ]
    assert parse_query("U.S. OR") == [[Term(("u", "s"))]]
    assert parse_query("OR * :") == []


def test_backend_expressions() -> None:
    query = parse_query('tax "electric car" OR budg*')
    assert sqlite_match(query) == '("tax" AND "electric car") OR ("budg"*)'
    assert pg_tsquery(query) == "((tax) & (electric <-> car)) | ((budg:*))"
