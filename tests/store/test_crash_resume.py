"""kill -9 in the middle of an ingest, then run it again: nothing lost, nothing doubled."""

from __future__ import annotations

from pathlib import Path

from claimtrail.models import Analysis
from claimtrail.store import Stats, open_store
from tests.store.factory import ClaimSpec, make_analysis
from tests.store.processes import ingest_analyses, kill_9_after, stored_articles

ARTICLES = 400
# Kill once this many articles are committed: well inside the run, whatever the machine speed.
KILL_AFTER = 25
TIMEOUT_S = 120
PLACES = [
    "Ash",
    "Birch",
    "Cedar",
    "Dun",
    "Elm",
    "Fern",
    "Glen",
    "Holm",
    "Ivy",
    "Jura",
    "Kirk",
    "Lyn",
    "Moor",
    "Ness",
    "Oak",
    "Pine",
    "Quay",
    "Rye",
    "Sand",
    "Thorn",
]
TOPICS = [
    "steel",
    "wheat",
    "chips",
    "coffee",
    "rail",
    "cotton",
    "lithium",
    "salmon",
    "paper",
    "glass",
    "cocoa",
    "nickel",
    "tea",
    "rubber",
    "copper",
    "sugar",
    "wool",
    "zinc",
]


def _corpus(path: Path) -> None:
    """Distinct articles: each names its own pair of places and goods."""
    lines = []
    for i in range(ARTICLES):
        a, b = TOPICS[i % len(TOPICS)], TOPICS[(i * 7 + 3) % len(TOPICS)]
        place = f"{PLACES[i % len(PLACES)]}{PLACES[(i // len(PLACES)) % len(PLACES)].lower()}"
        headline = f"{place} council backs {a} and {b} scheme"
        body = (
            f"The council of {place} voted to fund a {a} and {b} scheme costing {i * 13} "
            f"thousand, officials said."
        )
        claim = f"The council of {place} voted to fund a {a} and {b} scheme"
        analysis = make_analysis(
            headline,
            body,
            url=f"https://example.org/{i}",
            source="Wire",
            published=f"2025-01-01T00:{i % 60:02d}:00Z",
            claims=[ClaimSpec(claim, [("officials", "report")])],
        )
        lines.append(analysis.model_dump_json(by_alias=True))
    path.write_text("\n".join(lines) + "\n")


def test_kill_9_then_resume(store_url: str, tmp_path: Path) -> None:
    corpus = tmp_path / "analyses.jsonl"
    _corpus(corpus)
    stored_articles(store_url)  # create the schema first so polling never races the migration
    partial = kill_9_after(store_url, ingest_analyses(store_url, corpus), KILL_AFTER, TIMEOUT_S)
    assert KILL_AFTER <= partial < ARTICLES

    rerun = ingest_analyses(store_url, corpus)
    _, err = rerun.communicate(timeout=TIMEOUT_S)
    assert rerun.returncode == 0, err.decode()
    with open_store(store_url, matcher="lexical") as store:
        stats = store.stats()
        assert stats.articles == stats.originals == ARTICLES
        assert stats.quotes == 0 and stats.duplicates == 0
    assert _comparable(stats) == _comparable(_reference(corpus, tmp_path))


def _reference(corpus: Path, tmp_path: Path) -> Stats:
    """The same corpus stored in one uninterrupted run, in this process."""
    with open_store(f"sqlite:///{tmp_path / 'reference.db'}", matcher="lexical") as store:
        for line in corpus.read_text().splitlines():
            store.add_analysis(Analysis.model_validate_json(line))
        return store.stats()


def _comparable(stats: Stats) -> dict[str, object]:
    return stats.model_dump(exclude={"backend"})
