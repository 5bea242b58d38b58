from __future__ import annotations

from pathlib import Path

import pytest

from claimtrail.errors import InputError, NotFoundError
from claimtrail.store import Store, open_store
from tests.store.factory import ClaimSpec, ford_xiaomi_corpus, make_analysis


def test_new_then_unchanged(store: Store) -> None:
    analysis = ford_xiaomi_corpus()[0]
    first = store.add_analysis(analysis)
    again = store.add_analysis(analysis)
    assert first.status == "new"
    assert again.status == "unchanged" and again.article_id == first.article_id
    assert store.stats().articles == 1


def test_exact_copy_elsewhere_is_linked_not_stored(store: Store) -> None:
    original = ford_xiaomi_corpus()[0]
    copy = original.model_copy(
        update={
            "article": original.article.model_copy(
                update={"url": "https://mirror.example/x", "source": "Mirror"}
            )
        }
    )
    first = store.add_analysis(original)
    dup = store.add_analysis(copy)
    assert dup.status == "duplicate" and dup.duplicate_of == first.article_id
    detail = store.get_article(dup.article_id)
    assert detail.analysis is None and detail.kind == "duplicate"
    assert [d.id for d in store.get_article(first.article_id).duplicates] == [dup.article_id]
    assert store.stats().duplicates == 1 and store.stats().claims == 1


def test_near_copy_is_linked(store: Store) -> None:
    body = (
        "The carmaker said on Tuesday it would cut 3,000 jobs in Europe as demand for "
        "electric cars stays weak, and close two plants in Germany by the end of next year. "
        "Unions said they would fight the plan in the courts and on the streets. "
    ) * 2
    a = make_analysis("Carmaker to cut 3,000 jobs", body, url="https://a.example/1")
    b = make_analysis(
        "Carmaker to cut 3,000 jobs",
        body.replace("Tuesday", "Wednesday"),
        url="https://b.example/2",
    )
    store.add_analysis(a)
    outcome = store.add_analysis(b)
    assert outcome.status == "near_duplicate"
    assert outcome.similarity is not None and outcome.similarity >= 0.8


def test_revision_records_status_change(store: Store) -> None:
    url = "https://news.example/ford"
    before = make_analysis(
        "Ford in talks with Xiaomi",
        "Ford is in talks with Xiaomi, a source said.",
        url=url,
        source="News",
        published="2025-06-10",
        claims=[ClaimSpec("Ford is in talks with Xiaomi", [("a source", "report")])],
    )
    after = make_analysis(
        "Ford denies talks with Xiaomi",
        "Ford is in talks with Xiaomi, a source said. Ford denied it.",
        url=url,
        source="News",
        published="2025-06-10",
        claims=[ClaimSpec("Ford is in talks with Xiaomi", [("Ford", "deny")], status="denied")],
    )
    first = store.add_analysis(before)
    second = store.add_analysis(after)
    assert second.status == "revision" and second.supersedes == first.article_id
    claim = store.get_claim(second.claim_ids[0])
    assert claim.status == "denied"
    assert [c.new_status for c in claim.status_history] == ["reported", "denied"]
    assert store.get_article(first.article_id).kind == "superseded"
    revisions = store.get_article(second.article_id).revisions
    assert [r.revision for r in revisions] == [1, 2]
    assert store.stats().revisions == 1


def test_lifecycle_story_and_echo(store: Store) -> None:
    outcomes = [store.add_analysis(a) for a in ford_xiaomi_corpus()]
    ft, echo, denial, _ = outcomes
    assert echo.story_id == ft.story_id == denial.story_id
    claim = store.get_claim(ft.claim_ids[0])
    assert echo.claim_ids == ft.claim_ids == denial.claim_ids
    assert claim.status == "denied"
    roles = [(e.outlet, e.role) for e in claim.lifecycle]
    assert roles[0] == ("Financial Times", "first_report")
    assert ("Auto Daily", "echo") in roles and ("Reuters", "denial") in roles
    assert claim.independent_source_count == 2  # the FT and Reuters, not the echo
    assert [(e.from_article_id, e.to_article_id) for e in claim.echo_edges] == [
        (echo.article_id, ft.article_id)
    ]
    assert {e.source for e in claim.evidence} == {"Ford", "Xiaomi"}


def test_story_page(store: Store) -> None:
    for analysis in ford_xiaomi_corpus():
        store.add_analysis(analysis)
    stories = store.list_stories()
    top = max(stories.items, key=lambda s: s.article_count)
    assert top.article_count >= 3 and top.central_status == "denied"
    story = store.get_story(top.id)
    assert [a.source for a in story.articles][:3] == ["Financial Times", "Auto Daily", "Reuters"]
    assert story.claims[0].id == top.central_claim_id


def test_speakers_merge_across_articles(store: Store) -> None:
    for analysis in ford_xiaomi_corpus():
        store.add_analysis(analysis)
    farley = store.get_speaker("Jim Farley")
    assert farley.name == "CEO Jim Farley" or farley.name.endswith("Jim Farley")
    assert farley.quote_count == 2
    assert store.get_speaker("Farley").id == farley.id
    assert farley.profile.get("role") == "chief executive"
    with pytest.raises(NotFoundError):
        store.get_speaker("Nobody Here")


def test_claim_filters_and_search(store: Store) -> None:
    for analysis in ford_xiaomi_corpus():
        store.add_analysis(analysis)
    denied = store.list_claims(status="denied", entity="Xiaomi")
    assert denied.total == 1 and "Xiaomi" in denied.items[0].text
    assert store.list_claims(status="confirmed").total == 0
    assert store.list_claims(since="2025-06-12").total >= 1
    hits = store.search("tariffs")
    assert hits.total >= 1 and any(h.kind == "article" for h in hits.items)
    assert store.search('"; DROP TABLE articles; --').total == 0
    with pytest.raises(InputError):
        store.list_claims(since="not a date")
    with pytest.raises(InputError):
        store.list_stories(limit=0)


def test_missing_ids_raise_not_found(store: Store) -> None:
    for call in (store.get_article, store.get_story, store.get_claim):
        with pytest.raises(NotFoundError):
            call(999)


def test_copy_of_a_near_copy_links_to_that_text(store: Store) -> None:
    body = (
        "The carmaker said on Tuesday it would cut 3,000 jobs in Europe as demand for "
        "electric cars stays weak, and close two plants in Germany by the end of next year. "
        "Unions said they would fight the plan in the courts and on the streets. "
    ) * 2
    original = store.add_analysis(make_analysis("Cuts", body, url="https://a.example/1"))
    near = store.add_analysis(
        make_analysis("Cuts", body.replace("Tuesday", "Monday"), url="https://b.example/2")
    )
    copy = store.add_analysis(
        make_analysis("Cuts", body.replace("Tuesday", "Monday"), url="https://c.example/3")
    )
    assert near.status == "near_duplicate" and near.duplicate_of == original.article_id
    assert copy.status == "duplicate" and copy.duplicate_of == near.article_id


def test_the_newspaper_is_an_echo_of_the_outlet_named(store: Store) -> None:
    store.add_analysis(ford_xiaomi_corpus()[0])
    echo = make_analysis(
        "Ford and Xiaomi held talks, FT says",
        "Ford and Xiaomi held talks about a US plant, according to the Financial Times. "
        "The newspaper reported that the talks were early.",
        source="Wire Two",
        url="https://wire2.example/1",
        published="2025-06-10T10:00:00Z",
        claims=[
            ClaimSpec(
                "Ford and Xiaomi held talks about a US plant",
                [("Financial Times", "report"), ("The newspaper", "report")],
            )
        ],
    )
    claim = store.get_claim(store.add_analysis(echo).claim_ids[0])
    echoes = [e for e in claim.lifecycle if e.outlet == "Wire Two"]
    assert [e.echo_of for e in echoes] == ["financial times", "financial times"]


def test_reopening_with_another_embedder_re_encodes(store_url: str) -> None:
    from claimtrail.link.embed import LexicalEmbedder
    from claimtrail.store.store import Store as RawStore

    corpus = ford_xiaomi_corpus()
    with RawStore(store_url, embedder=LexicalEmbedder()) as first:
        first.add_analysis(corpus[0])
    with RawStore(store_url, embedder=LexicalEmbedder(dim=512)) as second:
        outcome = second.add_analysis(corpus[2])  # the denial joins the FT's claim
        assert outcome.claim_ids == [1]


def test_superseded_text_leaves_the_search_index(store: Store) -> None:
    url = "https://news.example/rev"
    store.add_analysis(make_analysis("Old headline", "Zanzibar spice prices fell.", url=url))
    store.add_analysis(make_analysis("New headline", "Prices of cloves fell.", url=url))
    assert store.search("Zanzibar").total == 0
    assert store.search("cloves").total >= 1


def test_a_batch_resolves_speakers_as_articles_one_by_one_do(store: Store, tmp_path: Path) -> None:
    """One transaction for a batch shares its speaker rows between articles (the cache of
    claimtrail/store/speakers.py): a surname first, the full name after (the row renamed), the
    surname again, another person of that surname, and an organisation."""
    from tests.store.factory import QuoteSpec
    from tests.store.test_concurrent_writers import fingerprint

    said = [
        ["Farley"],
        ["Jim Farley", "Ford"],
        ["Farley", "Mary Farley"],
        ["Farley", "Jim Farley", "Ford"],
    ]
    analyses = [
        make_analysis(
            f"Ford update {i}",
            " ".join(f'"Statement {i}-{j}," said {name}.' for j, name in enumerate(names)),
            url=f"https://wire.example/speakers/{i}",
            quotes=[
                QuoteSpec(name, f"Statement {i}-{j}", role="chief executive" if j else None)
                for j, name in enumerate(names)
            ],
        )
        for i, names in enumerate(said)
    ]
    store.add_analyses(analyses)
    one_by_one = f"sqlite:///{tmp_path / 'single.db'}"
    with open_store(one_by_one, matcher="lexical") as single:
        for analysis in analyses:
            single.add_analysis(analysis)
    assert fingerprint(store.url) == fingerprint(one_by_one)
    farley = store.get_speaker("Jim Farley")
    # the last "Farley" is ambiguous (two persons of that surname by then): a speaker of its own
    assert farley.quote_count == 4 and farley.profile.get("role") == "chief executive"
    assert store.get_speaker("Mary Farley").id != farley.id
