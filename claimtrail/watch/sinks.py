"""Where events go: JSON Lines (stdout or a file) and webhooks, each fed from the store's
outbox through its own acknowledged mark, so every event reaches every sink once.

Webhooks get a JSON POST of the event, signed like GitHub's: ``X-Claimtrail-Signature-256:
sha256=<hex HMAC-SHA256 of the raw body with the shared secret>``; ``X-Claimtrail-Event-Id``
is the same on a retry, so a receiver can drop a repeat. Connection failures, timeouts, 408,
429 and 5xx are retried with exponential back-off; other 4xx answers mean the receiver refuses
this event: it is skipped with a message and the next one goes. A receiver that stays down
keeps its events pending; the next poll (or run) tries again from the first undelivered one.

The one window left: a receiver that acknowledged an event just before the watcher was killed
(before the mark was written) gets it again on restart, with the same event id.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import sys
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Protocol

import httpx

from claimtrail.ingest.fetch import DEFAULT_USER_AGENT, network_message
from claimtrail.store.events import Event, EventLog
from claimtrail.watch.alerts import AlertQuery, wanted

SIGNATURE_HEADER = "X-Claimtrail-Signature-256"
EVENT_ID_HEADER = "X-Claimtrail-Event-Id"
EVENT_KIND_HEADER = "X-Claimtrail-Event"
SECRET_ENV = "CLAIMTRAIL_WEBHOOK_SECRET"
WEBHOOK_ATTEMPTS = 5
WEBHOOK_BACKOFF_S = 1.0  # then 2, 4, 8 s
MAX_RETRY_AFTER_S = 60.0
WEBHOOK_TIMEOUT_S = 10.0
# Sink names are stored as cursor keys (300 characters at most).
MAX_SINK_NAME = 280


class DeliveryPaused(Exception):
    """The sink cannot take events now; they stay pending for the next try."""


class EventRefused(Exception):
    """The receiver refuses this one event for good; it is skipped."""


class Sink(Protocol):
    name: str

    def send(self, event: Event) -> None: ...

    def close(self) -> None: ...


def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def event_body(event: Event) -> bytes:
    return json.dumps(event.to_json_dict(), ensure_ascii=False, sort_keys=True).encode()


class JsonLinesSink:
    """One JSON object per line on stdout (``-``) or appended to a file (flushed and synced
    before the event is acknowledged)."""

    def __init__(self, target: str, stream: IO[str] | None = None) -> None:
        self.name = "jsonl:-" if target == "-" else _name("jsonl:" + str(Path(target).resolve()))
        self._file: IO[str] | None = None
        if target == "-":
            self._out: IO[str] = stream or sys.stdout
        else:
            self._file = open(target, "a", encoding="utf-8")  # noqa: SIM115 (closed in close)
            self._out = self._file

    def send(self, event: Event) -> None:
        self._out.write(event_body(event).decode() + "\n")
        self._out.flush()
        if self._file is not None:
            os.fsync(self._file.fileno())

    def close(self) -> None:
        if self._file is not None:
            self._file.close()


@dataclass
class WebhookSink:
    url: str
    secret: str | None = None
    attempts: int = WEBHOOK_ATTEMPTS
    backoff: float = WEBHOOK_BACKOFF_S
    timeout: float = WEBHOOK_TIMEOUT_S
    user_agent: str = DEFAULT_USER_AGENT
    stop: threading.Event = field(default_factory=threading.Event)
    transport: httpx.BaseTransport | None = None

    def __post_init__(self) -> None:
        self.name = _name("webhook:" + self.url)
        self._client = httpx.Client(
            timeout=self.timeout, transport=self.transport, headers={"User-Agent": self.user_agent}
        )

    def send(self, event: Event) -> None:
        body = event_body(event)
        headers = {
            "Content-Type": "application/json",
            EVENT_ID_HEADER: str(event.id),
            EVENT_KIND_HEADER: event.kind,
        }
        if self.secret:
            headers[SIGNATURE_HEADER] = sign(self.secret, body)
        problem = ""
        for attempt in range(self.attempts):
            if attempt:
                if self.stop.wait(self._delay(attempt, problem)):
                    break
            try:
                response = self._client.post(self.url, content=body, headers=headers)
            except httpx.HTTPError as exc:
                problem = network_message(exc, self.url)
                continue
            if response.status_code < 300:
                return
            problem = f"HTTP {response.status_code}"
            if response.status_code in (408, 429) or response.status_code >= 500:
                retry_after = response.headers.get("retry-after", "")
                if retry_after.isdigit():
                    problem += f" retry-after {retry_after}"
                continue
            raise EventRefused(f"webhook {self.url} refused event {event.id} ({problem})")
        raise DeliveryPaused(
            f"webhook {self.url}: {problem or 'stopped'} after "
            f"{self.attempts} attempts; event {event.id} and later ones stay "
            f"pending"
        )

    def _delay(self, attempt: int, problem: str) -> float:
        if " retry-after " in problem:
            return min(float(problem.rsplit(" ", 1)[1]), MAX_RETRY_AFTER_S)
        return float(self.backoff * 2 ** (attempt - 1))

    def close(self) -> None:
        self._client.close()


def _name(name: str) -> str:
    if len(name) <= MAX_SINK_NAME:
        return name
    return name[: MAX_SINK_NAME - 17] + "#" + hashlib.sha256(name.encode()).hexdigest()[:16]


@dataclass
class Dispatcher:
    """Collects the store's new events and hands each sink the wanted ones, in order."""

    log: EventLog
    sinks: list[Sink]
    alerts: list[AlertQuery] = field(default_factory=list)
    report: Callable[[str], None] = lambda _message: None
    delivered: int = 0
    paused: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.log.collect()  # history before the sinks' marks is not replayed to them
        for sink in self.sinks:
            self.log.register_sink(sink.name)

    def resume(self) -> None:
        """Try paused sinks again (the watcher calls this at the start of each poll)."""
        self.paused.clear()

    def dispatch(self) -> int:
        """Collect, then deliver; the number of events delivered this time."""
        self.log.collect()
        before = self.delivered
        for sink in self.sinks:
            if sink.name not in self.paused:
                self._drain(sink)
        return self.delivered - before

    def _drain(self, sink: Sink) -> None:
        while True:
            batch = self.log.pending(sink.name)
            if not batch:
                return
            for event in batch:
                if wanted(event, self.alerts):
                    try:
                        sink.send(event)
                        self.delivered += 1
                    except EventRefused as exc:
                        self.report(str(exc))
                    except DeliveryPaused as exc:
                        self.report(str(exc))
                        self.paused.add(sink.name)  # until the next poll
                        return
                self.log.acknowledge(sink.name, event.id)

    def close(self) -> None:
        for sink in self.sinks:
            sink.close()


def build_sinks(
    events_to: Iterable[str],
    webhooks: Iterable[str],
    secret: str | None,
    stop: threading.Event,
    stream: IO[str] | None = None,
    backoff: float = WEBHOOK_BACKOFF_S,
) -> list[Sink]:
    sinks: list[Sink] = [JsonLinesSink(target, stream) for target in events_to]
    sinks += [WebhookSink(url, secret, stop=stop, backoff=backoff) for url in webhooks]
    return sinks
