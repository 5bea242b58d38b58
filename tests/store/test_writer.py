"""The writer's statements (claimtrail/store/writer.py): rows of one kind go to the database
together, so an article costs the same number of statements whatever it holds."""

from __future__ import annotations

from sqlalchemy import event

from claimtrail.store import Store
from tests.store.factory import ClaimSpec, make_analysis

CLAIMS = [
    "The harbour ferry will stop running in winter",
    "Library opening hours are being cut to three days",
    "A new tram depot is planned for the north side",
    "School meals will cost a pound more from April",
    "The stadium roof failed its safety inspection",
    "Museum tickets become free for pensioners",
    "Market traders face higher stall rents",
    "Cycle lanes on the ring road are to be removed",
    "The swimming pool reopens after a long refit",
    "Council staff will move to a four-day week",
    "Street lights are to be dimmed after midnight",
]


def _article(n: int, claims: list[str]):
    """An article of the given claims, each with two attributions."""
    specs = [ClaimSpec(c, [("Reuters", "report"), ("Ann Lee", "deny")]) for c in claims]
    body = " ".join(f"{c}, Ann Lee said." for c in claims)
    return make_analysis(f"Council news {n}", body, url=f"https://a.example/{n}", claims=specs)


def _statements(store: Store, analysis) -> int:
    """The statements ``add_analysis`` hands to the database (one ``execute`` each, however
    many rows it carries)."""
    seen: list[object] = []

    def count(_conn, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(store.engine, "before_execute", count)
    try:
        outcome = store.add_analysis(analysis)
    finally:
        event.remove(store.engine, "before_execute", count)
    assert outcome.status == "new" and len(outcome.claim_ids) == len(analysis.claims)
    return len(seen)


def test_the_statements_of_an_article_do_not_grow_with_its_claims(store: Store) -> None:
    store.add_analysis(_article(0, CLAIMS[:1]))  # loads the index
    store.add_analysis(_article(1, CLAIMS[1:2]))  # and is caught up with its own writes
    one = _statements(store, _article(2, CLAIMS[2:3]))
    eight = _statements(store, _article(3, CLAIMS[3:11]))
    assert eight == one
    detail = store.get_article(4)
    assert detail.analysis is not None and len(detail.analysis.claims) == 8
    story = store.get_story(detail.story_id)
    stored = [c for c in story.claims if c.text in CLAIMS[3:11]]
    assert len(stored) == 8 and all(len(c.lifecycle) == 2 for c in stored)
