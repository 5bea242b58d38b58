"""Webhook delivery: signed, retried with back-off on 5xx, a refused event skipped, a receiver
that stays down pauses the sink with its events kept pending; alert queries."""

from __future__ import annotations

import hashlib
import hmac
import io
import json
from collections.abc import Iterator

import pytest

from claimtrail.errors import InputError
from claimtrail.store import Store
from claimtrail.store.events import Event, EventLog
from claimtrail.watch.alerts import AlertQuery, wanted
from claimtrail.watch.sinks import Dispatcher, JsonLinesSink, WebhookSink, sign
from tests.ingest.fake_site import Site, serve
from tests.store.factory import ford_xiaomi_corpus


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as running:
        yield running


def _event(**kw: object) -> Event:
    base = dict(
        id=1,
        key="status_change:1",
        kind="status_change",
        created_at="2025-06-11",
        claim_id=3,
        new_status="denied",
        old_status="reported",
        entities=["Xiaomi"],
    )
    return Event(**(base | kw))  # type: ignore[arg-type]


def test_webhook_retries_a_5xx_then_delivers_once_signed(site: Site) -> None:
    site.post_status = [500, 503]
    hook = WebhookSink(site.url("/hook"), secret="s", backoff=0.01)
    hook.send(_event())
    hook.close()
    (post,) = site.posts
    assert post.headers["X-Claimtrail-Signature-256"] == sign("s", post.body)
    assert sign("s", post.body) == "sha256=" + hmac.new(b"s", post.body, hashlib.sha256).hexdigest()
    assert json.loads(post.body)["schema"] == "claimtrail.event/1"


def test_dispatcher_skips_a_refused_event_and_pauses_on_a_dead_receiver(
    site: Site, store: Store
) -> None:
    ft, _echo, denial, _ = ford_xiaomi_corpus()
    messages: list[str] = []
    with EventLog(store.url) as log:
        hook = WebhookSink(site.url("/hook"), backoff=0.01, attempts=2)
        dispatcher = Dispatcher(log, [hook], [AlertQuery.parse("entity:Xiaomi")], messages.append)
        store.add_analysis(ft)
        site.post_status = [422]  # the first event is refused for good
        assert dispatcher.dispatch() == 1
        assert "refused event" in messages[0]
        store.add_analysis(denial)
        site.post_status = [500, 500]  # the receiver is down for both attempts
        dispatcher.dispatch()
        assert "stay pending" in messages[-1]
        pending = log.pending(hook.name)
        assert pending  # nothing lost
        dispatcher.dispatch()  # paused until the next poll: no new attempt
        assert log.pending(hook.name) == pending
        dispatcher.resume()
        dispatcher.dispatch()
        assert log.pending(hook.name) == []
        dispatcher.close()
    ids = [json.loads(p.body)["id"] for p in site.posts]
    assert len(ids) == len(set(ids))


def test_json_lines_sink_writes_one_line_per_event() -> None:
    out = io.StringIO()
    JsonLinesSink("-", out).send(_event())
    assert json.loads(out.getvalue())["new_status"] == "denied"


def test_alert_queries() -> None:
    query = AlertQuery.parse("entity:Xiaomi status:denied,confirmed")
    assert query.matches(_event())
    assert not query.matches(_event(new_status="reported"))
    assert not query.matches(_event(entities=["Ford"]))
    assert AlertQuery.parse('entity:"Xiaomi Corp."').matches(_event())
    assert not AlertQuery.parse("kind:new_story").matches(_event())
    assert wanted(_event(), []) and not wanted(_event(kind="new_claim"), [])
    for bad, message in [
        ("status:gone", "not a status"),
        ("colour:red", "unknown term"),
        ("Xiaomi", "not KEY:VALUE"),
        ("", "empty"),
    ]:
        with pytest.raises(InputError, match=message):
            AlertQuery.parse(bad)
