"""``watch`` stopped mid-run, by SIGTERM (clean stop between articles) and by kill -9 (while a
webhook POST is in flight), then run again: every article stored once, and the webhook
receiver holds exactly one signed event per status change and new story."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from claimtrail.store.events import EventLog
from claimtrail.store.store import resolve_url
from tests.cli.test_watch import EDITED, HEADLINE, TALKS, store_changes
from tests.ingest.fake_site import Post, Route, Site, article_html, rss, serve

SECRET = "k3y"
OTHERS = {
    "mayor": (
        "Springfield mayor to resign",
        [
            "The mayor of Springfield will resign next month, two aides said on Tuesday.",
            "She has led the city for twelve years.",
        ],
    ),
    "port": (
        "Lisbon port to add container terminal",
        [
            "The port of Lisbon will add a container terminal by 2027, the harbour authority said.",
            "Dredging starts in the spring.",
        ],
    ),
    "wheat": (
        "Drought cuts Kansas wheat harvest",
        [
            "Farmers in Kansas expect the smallest wheat harvest in a decade after months of "
            "drought, the state farm bureau said.",
            "Prices rose three percent in Chicago.",
        ],
    ),
    "museum": (
        "Oslo museum returns stolen painting",
        [
            "A museum in Oslo has returned a painting stolen during the war to the heirs of its "
            "owner, the curator said.",
            "The canvas hung in the museum for forty years.",
        ],
    ),
}
TIMEOUT_S = 120


def _pages(site: Site) -> list[str]:
    paths = ["/a/ford"]
    site.page("/a/ford", article_html(HEADLINE, TALKS))
    for name, (headline, paragraphs) in OTHERS.items():
        site.page(f"/a/{name}", article_html(headline, paragraphs))
        paths.append(f"/a/{name}")
    items = [(p, site.url(p)) for p in paths]
    site.routes["/feed.xml"] = Route(
        rss("Example", items).encode(), content_type="application/rss+xml"
    )
    return paths


def _start(site: Site, db: Path) -> subprocess.Popen[bytes]:
    args = [
        "watch",
        "--once",
        "--db",
        str(db),
        "--matcher",
        "lexical",
        "--no-stance-model",
        "--delay",
        "0",
        "--recheck-every",
        "0s",
        "--events",
        "none",
        "--webhook",
        site.url("/hook"),
        site.url("/feed.xml"),
    ]
    return subprocess.Popen(
        [sys.executable, "-c", "from claimtrail.cli import main; main()", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "COLUMNS": "200", "CLAIMTRAIL_WEBHOOK_SECRET": SECRET},
    )


def _interrupt_at(
    site: Site, nth: int, signum: int, proc: dict[str, subprocess.Popen[bytes]]
) -> None:
    """At the ``nth`` POST, send ``signum`` to the watcher; a SIGKILL leaves that POST
    unanswered (the sender died before it could learn the outcome)."""
    seen = []
    lock = threading.Lock()

    def hook(_post: Post) -> bool:
        with lock:
            seen.append(1)
            if len(seen) != nth:
                return True
        os.kill(proc["p"].pid, signum)
        if signum == signal.SIGKILL:
            proc["p"].wait()
            return False
        return True

    site.on_post = hook


def _run(site: Site, db: Path, interrupt: tuple[int, int] | None = None) -> tuple[int, str]:
    proc: dict[str, subprocess.Popen[bytes]] = {}
    if interrupt:
        _interrupt_at(site, interrupt[0], interrupt[1], proc)
    else:
        site.on_post = None
    proc["p"] = _start(site, db)
    _, err = proc["p"].communicate(timeout=TIMEOUT_S)
    return proc["p"].returncode, err.decode()


@pytest.mark.slow
def test_sigterm_and_kill_9_mid_run_lose_and_double_nothing(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    with serve() as site:
        pages = _pages(site)
        code, err = _run(site, db, (1, signal.SIGTERM))
        assert code == 0 and "SIGTERM: stopping after the current article" in err, err
        assert "(stopped early)" in err
        code, err = _run(site, db, (2, signal.SIGKILL))  # a POST of this run's second article
        assert code == -signal.SIGKILL, err
        site.page("/a/ford", article_html(HEADLINE, EDITED))  # a silent edit meanwhile
        code, err = _run(site, db)
        assert code == 0 and "revision: " in err, err

    with EventLog(resolve_url(str(db))) as log:
        stored = [
            e
            for e in log.list_events(since=0, limit=500).items
            if e.kind in ("status_change", "new_story")
        ]
    received = []
    for post in site.posts:
        signature = "sha256=" + hmac.new(SECRET.encode(), post.body, hashlib.sha256).hexdigest()
        assert post.headers["X-Claimtrail-Signature-256"] == signature
        received.append(json.loads(post.body))
    ids = [e["id"] for e in received]
    assert len(ids) == len(set(ids)), "an event was delivered twice"
    assert ids == [e.id for e in stored], "an event was lost"
    changes = store_changes(db)
    assert (
        changes
        and [
            (e["claim_id"], e["old_status"], e["new_status"], e["cause"])
            for e in received
            if e["kind"] == "status_change"
        ]
        == changes
    )
    stories = [e for e in received if e["kind"] == "new_story"]
    assert len(stories) == len(pages)
    assert len({e["article_url"] for e in stories}) == len(pages)
