"""The event outbox: status changes, new claims and new stories recorded once, however often
collection runs; sinks see each event once and start at the newest event."""

from __future__ import annotations

from claimtrail.store import Store
from claimtrail.store.db import head_revision
from claimtrail.store.events import EventLog
from tests.store.factory import ClaimSpec, ford_xiaomi_corpus, make_analysis


def _kinds(log: EventLog) -> list[str]:
    return [e.kind for e in log.list_events(since=0, limit=100).items]


def test_collect_records_each_change_once(store: Store) -> None:
    ft, echo, denial, _ = ford_xiaomi_corpus()
    with EventLog(store.url) as log:
        store.add_analysis(ft)
        assert log.collect() == 2  # the story and its first claim
        assert log.collect() == 0
        store.add_analysis(echo)
        store.add_analysis(denial)
        log.collect()
        items = log.list_events(since=0, limit=100).items
    changes = [e for e in items if e.kind == "status_change"]
    assert changes and all(e.old_status and e.new_status != e.old_status for e in changes)
    denied = next(e for e in changes if e.new_status == "denied")
    assert (
        denied.cause == "article"
        and denied.article_url == "https://reuters.example/ford-xiaomi-deny"
    )
    assert "Xiaomi" in denied.entities and "now denied" in denied.text
    assert [e.kind for e in items][:2] == ["new_claim", "new_story"]
    assert len({e.key for e in items}) == len(items)


def test_a_new_sink_starts_at_the_newest_event_and_moves_on_acknowledgement(store: Store) -> None:
    ft, echo, denial, _ = ford_xiaomi_corpus()
    with EventLog(store.url) as log:
        store.add_analysis(ft)
        log.collect()
        log.register_sink("hook")
        assert log.pending("hook") == []
        store.add_analysis(denial)
        log.collect()
        pending = log.pending("hook")
        assert pending and log.register_sink("hook") == pending[0].id - 1
        log.acknowledge("hook", pending[0].id)
        assert [e.id for e in log.pending("hook")] == [e.id for e in pending[1:]]


def test_since_takes_an_id_or_a_date(store: Store) -> None:
    store.add_analysis(
        make_analysis(
            "Mayor to quit",
            "The mayor will quit, aides said.",
            url="https://x.example/1",
            claims=[ClaimSpec("The mayor will quit", [("aides", "report")])],
        )
    )
    with EventLog(store.url) as log:
        log.collect()
        everything = log.list_events(since=0).items
        assert log.list_events(since=everything[0].id).items == everything[1:]
        assert log.list_events(since="2000-01-01").items == everything
        assert log.list_events(since="2999-01-01").items == []


def test_a_silent_edit_that_flips_a_status_is_a_revision_change(store: Store) -> None:
    url = "https://news.example/ford-xiaomi"
    claim = "Ford held talks with Xiaomi about a US plant"
    first = make_analysis(
        "Ford in talks with Xiaomi",
        f"{claim}, people familiar said.",
        url=url,
        source="Example",
        claims=[ClaimSpec(claim, [("people familiar", "report")])],
    )
    edited = make_analysis(
        "Ford in talks with Xiaomi",
        f"{claim}, people familiar said. Ford denied it.",
        url=url,
        source="Example",
        claims=[ClaimSpec(claim, [("people familiar", "report"), ("Ford", "deny")])],
    )
    store.add_analysis(first)
    outcome = store.add_analysis(edited)
    assert outcome.status == "revision"
    with EventLog(store.url) as log:
        log.collect()
        changes = [e for e in log.list_events(since=0).items if e.kind == "status_change"]
    assert [(c.old_status, c.cause) for c in changes] == [("reported", "revision")]
    assert "after a silent edit" in changes[0].text


def test_ingest_records_events(tmp_path) -> None:
    from typer.testing import CliRunner

    from claimtrail.cli import build_app
    from claimtrail.store.store import resolve_url

    corpus = tmp_path / "analyses.jsonl"
    corpus.write_text("\n".join(a.model_dump_json(by_alias=True) for a in ford_xiaomi_corpus()))
    db = tmp_path / "s.db"
    result = CliRunner().invoke(
        build_app(), ["ingest", "--analyses", str(corpus), "--db", str(db), "--matcher", "lexical"]
    )
    assert result.exit_code == 0, result.output
    with EventLog(resolve_url(str(db))) as log:
        kinds = {e.kind for e in log.list_events(since=0, limit=100).items}
    assert {"new_story", "new_claim", "status_change"} <= kinds


def test_a_0001_store_is_upgraded_with_its_data_kept(tmp_path) -> None:
    from alembic import command
    from sqlalchemy import inspect

    from claimtrail.store import open_store
    from claimtrail.store.db import _alembic_config, make_engine

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = make_engine(url)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0001")
    assert "events" not in inspect(engine).get_table_names()
    engine.dispose()
    with open_store(url, matcher="lexical") as store:
        assert store.schema_revision == head_revision() >= "0003"
        store.add_analysis(ford_xiaomi_corpus()[0])
        with EventLog(store.url) as log:
            assert log.collect() == 2
    engine = make_engine(url)
    with engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0001")
    assert "events" not in inspect(engine).get_table_names()
    engine.dispose()


def test_a_collection_racing_another_retries(store: Store, monkeypatch) -> None:
    from sqlalchemy.exc import IntegrityError

    from claimtrail.store import events as events_module

    store.add_analysis(ford_xiaomi_corpus()[0])
    real = events_module._collect_batch
    calls = {"n": 0}

    def clash_once(conn):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 1:
            raise IntegrityError("INSERT", {}, Exception("UNIQUE constraint failed: events.key"))
        return real(conn)

    monkeypatch.setattr(events_module, "_collect_batch", clash_once)
    with EventLog(store.url) as log:
        assert log.collect() == 2 and calls["n"] == 2


def test_a_url_added_by_another_watcher_is_skipped(store: Store, monkeypatch) -> None:
    from sqlalchemy.exc import IntegrityError

    from claimtrail.store.watch_state import WatchState

    def clash(*_args):  # type: ignore[no-untyped-def]
        raise IntegrityError("INSERT", {}, Exception("UNIQUE constraint failed: watch_urls.url"))

    with WatchState(store.url) as state:
        monkeypatch.setattr(WatchState, "_add_one", staticmethod(clash))
        assert state.add(["https://x.example/feed"], "source") == []
