"""Analysis never blocks reads (issue 12 item 6): writes wait on their own bounded queue, a
full queue answers 503 with Retry-After, /api/health answers at once, and a body that never
arrives times out."""

from __future__ import annotations

import asyncio
import threading
import time
from collections import Counter

import httpx
from conftest import LOCAL, TOKEN, EchoAnalyzer

from claimtrail.api import Settings
from claimtrail.app import create_app
from claimtrail.ingest.readers import RawArticle
from claimtrail.models import Analysis
from claimtrail.store import Store

QUEUE = 3
EXTRA = 4
AUTH = {"Authorization": f"Bearer {TOKEN}"}


class BlockedAnalyzer(EchoAnalyzer):
    """Holds every analysis until released: a very long article, as far as the server sees."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def analyze(self, raw: RawArticle) -> Analysis:
        self.release.wait(timeout=30)
        return super().analyze(raw)


def test_a_full_write_queue_answers_503_and_reads_stay_fast(store: Store) -> None:
    analyzer = BlockedAnalyzer()
    app = create_app(
        Settings(token=TOKEN, max_pending_writes=QUEUE),
        store=store,
        analyzer_factory=lambda: analyzer,
    )

    async def run() -> tuple[list[httpx.Response], float, float, int]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=LOCAL, timeout=30) as client:
            posts = [
                asyncio.create_task(
                    client.post(
                        "/api/articles",
                        headers=AUTH,
                        json={"text": f"Bridge {i} to open\nThe bridge {i} opens in May."},
                    )
                )
                for i in range(QUEUE + EXTRA)
            ]
            await asyncio.sleep(0.3)  # every POST has arrived; one is being analysed
            started = time.monotonic()
            health = await client.get("/api/health")
            health_s = time.monotonic() - started
            started = time.monotonic()
            stories = await client.get("/api/stories")
            read_s = time.monotonic() - started
            assert health.status_code == 200 and stories.status_code == 200
            analyzer.release.set()
            return list(await asyncio.gather(*posts)), health_s, read_s, analyzer.calls

    responses, health_s, read_s, _ = asyncio.run(run())
    assert health_s < 1.0 and read_s < 1.0
    statuses = Counter(r.status_code for r in responses)
    assert statuses == {201: QUEUE, 503: EXTRA}, statuses
    busy = next(r for r in responses if r.status_code == 503)
    assert busy.json()["error"]["code"] == "busy" and int(busy.headers["retry-after"]) > 0


def test_a_body_that_never_arrives_times_out(store: Store) -> None:
    app = create_app(
        Settings(token=TOKEN, body_timeout_s=0.2), store=store, analyzer_factory=EchoAnalyzer
    )
    sent: list[dict[str, object]] = []

    async def run() -> None:
        first = True

        async def receive() -> dict[str, object]:
            nonlocal first
            if first:  # a first chunk, then nothing more, ever
                first = False
                return {"type": "http.request", "body": b'{"text": "A', "more_body": True}
            await asyncio.sleep(3600)
            raise AssertionError("unreachable")

        async def send(message: dict[str, object]) -> None:
            sent.append(message)

        scope = {
            "type": "http",
            "method": "POST",
            "path": "/api/articles",
            "raw_path": b"/api/articles",
            "query_string": b"",
            "root_path": "",
            "scheme": "http",
            "server": ("127.0.0.1", 8000),
            "client": ("127.0.0.1", 5555),
            "http_version": "1.1",
            "asgi": {"version": "3.0"},
            "headers": [
                (b"host", b"127.0.0.1:8000"),
                (b"content-type", b"application/json"),
                (b"authorization", f"Bearer {TOKEN}".encode()),
            ],
        }
        await asyncio.wait_for(app(scope, receive, send), timeout=5)

    asyncio.run(run())
    assert sent[0]["status"] == 408
    assert store.stats().articles == 3  # the seed corpus only
