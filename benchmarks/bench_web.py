"""Web benchmark: p50/p95 latency and requests/s of the story page and the main API endpoints
at 1, 10 and 50 concurrent clients, against ``claimtrail serve`` on 127.0.0.1 (loopback only).

    python benchmarks/bench_web.py                        # demo corpus in a temporary store
    python benchmarks/bench_web.py --db sqlite:///bbc.db  # a store you ingested, e.g. BBC:
        claimtrail ingest ../shared/data/bbc-news/bbc --db sqlite:///bbc.db
    python benchmarks/bench_web.py --db sqlite:///bbc.db --db postgresql://…/bbc  # both
    python benchmarks/bench_web.py --db sqlite:///bbc.db --workers 2 --page-cache-mb 0

Bounded: each endpoint and concurrency level stops after --requests requests or --seconds
seconds, whichever comes first. The server runs in its own process(es) (``claimtrail serve``,
--workers of them, with its page cache unless --page-cache-mb 0) so the client does not compete
with it for the GIL. The load average before and after each store is printed: on a shared
machine, read the figures against it.

    python benchmarks/bench_web.py --ingest-load          # health latency while writing

``--ingest-load`` POSTs one ~1 MB article and 45 small ones at once and polls /api/health
every 50 ms until the big one is stored: the health p99 (target < 100 ms), errors (any 5xx
but the write queue's 503, any failed health check) and how the small POSTs were answered.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx

HOST = "127.0.0.1"
TOKEN = "bench-web-token-0123456789"
BIG_ARTICLE_BYTES = 1_000_000
SMALL_POSTS = 45
HEALTH_EVERY_S = 0.05
BIG_FIRST_S = 3.0
START_TIMEOUT_S = 120.0  # --demo analyses 16 articles with spaCy before listening
WARMUP_REQUESTS = 5


@dataclass(frozen=True)
class Result:
    db: str
    name: str
    path: str
    clients: int
    requests: int
    errors: int
    p50_ms: float
    p95_ms: float
    req_per_s: float
    # CPU time the server's processes spent per request (user + system, Linux /proc): what a
    # request costs whatever else the machine is doing, unlike the latencies.
    server_cpu_ms: float | None


def tree_cpu_s(pid: int) -> float | None:
    """CPU seconds (user + system) used so far by a process and its live descendants; None
    where /proc is not there to read."""
    try:
        total = 0.0
        for proc in _tree(pid):
            fields = Path(f"/proc/{proc}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        return total
    except (OSError, ValueError, IndexError):
        return None


def _tree(pid: int) -> list[int]:
    found = [pid]
    for task in Path(f"/proc/{pid}/task").iterdir():
        children = (task / "children").read_text().split()
        for child in children:
            found += _tree(int(child))
    return found


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


@contextmanager
def server(
    db: str | None,
    demo_dir: Path,
    stance_model: bool,
    workers: int = 1,
    page_cache_mb: int | None = None,
) -> Iterator[tuple[str, int]]:
    """``claimtrail serve`` in a child process; the demo corpus when no --db is given."""
    port = free_port()
    args = ["serve", "--host", HOST, "--port", str(port), "--token", TOKEN]
    args += ["--db", db] if db else ["--demo", "--db", f"sqlite:///{demo_dir / 'demo.db'}"]
    if workers != 1:
        args += ["--workers", str(workers)]
    if page_cache_mb is not None:
        args += ["--page-cache-mb", str(page_cache_mb)]
    if not stance_model:
        args.append("--no-stance-model")
    cmd = [sys.executable, "-c", "from claimtrail.cli import main; main()", *args]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    base = f"http://{HOST}:{port}"
    try:
        wait_until_up(base, proc)
        yield base, proc.pid
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def wait_until_up(base: str, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"claimtrail serve exited with {proc.returncode}")
        try:
            if httpx.get(f"{base}/api/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    raise SystemExit("claimtrail serve did not start in time")


def targets(base: str) -> list[tuple[str, str]]:
    """The pages and endpoints to time: the biggest story among the 200 most recently changed
    (the worst case) and a median-sized one of those with two or more articles (typical)."""
    stories = httpx.get(f"{base}/api/stories", params={"limit": 200}).json()["items"]
    if not stories:
        raise SystemExit("the store holds no stories")
    by_size = sorted(stories, key=lambda s: s["article_count"])
    biggest = by_size[-1]
    multi = [s for s in by_size if s["article_count"] >= 2] or by_size
    typical = multi[len(multi) // 2]
    article = httpx.get(f"{base}/api/articles", params={"story_id": biggest["id"], "limit": 1})
    article_id = article.json()["items"][0]["id"]
    word = (biggest["central_claim"] or biggest["title"]).split()[0]
    return [
        (f"story page, {biggest['article_count']} articles", f"/stories/{biggest['id']}"),
        (f"story page, {typical['article_count']} articles", f"/stories/{typical['id']}"),
        ("stories list page", "/"),
        ("GET /api/stories", "/api/stories"),
        (
            f"GET /api/stories/{{id}} ({biggest['article_count']} art.)",
            f"/api/stories/{biggest['id']}",
        ),
        ("GET /api/articles/{id}", f"/api/articles/{article_id}"),
        ("GET /api/claims?status=denied", "/api/claims?status=denied"),
        ("GET /api/search", f"/api/search?q={word}"),
        ("GET /api/stats", "/api/stats"),
    ]


async def measure(
    base: str,
    pid: int,
    db: str,
    name: str,
    path: str,
    clients: int,
    max_requests: int,
    max_seconds: float,
) -> Result:
    latencies: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        for _ in range(WARMUP_REQUESTS):
            await client.get(path)
        cpu_before = tree_cpu_s(pid)
        started = time.perf_counter()
        deadline = started + max_seconds
        issued = 0

        async def worker() -> None:
            nonlocal issued, errors
            while issued < max_requests and time.perf_counter() < deadline:
                issued += 1
                t0 = time.perf_counter()
                response = await client.get(path)
                latencies.append(time.perf_counter() - t0)
                errors += response.status_code != 200

        await asyncio.gather(*(worker() for _ in range(clients)))
        wall = time.perf_counter() - started
        cpu_after = tree_cpu_s(pid)
    cpu_ms = (
        None
        if cpu_before is None or cpu_after is None
        else (cpu_after - cpu_before) * 1000 / len(latencies)
    )
    quantiles = statistics.quantiles(latencies, n=20) if len(latencies) > 1 else latencies * 19
    return Result(
        db=db,
        name=name,
        path=path,
        clients=clients,
        requests=len(latencies),
        errors=errors,
        p50_ms=statistics.median(latencies) * 1000,
        p95_ms=quantiles[18] * 1000,
        req_per_s=len(latencies) / wall,
        server_cpu_ms=cpu_ms,
    )


def print_table(results: list[Result], corpus: str, stats: dict[str, object]) -> None:
    print(
        f"corpus: {corpus}  ({stats.get('backend')}; {stats.get('originals')} articles, "
        f"{stats.get('stories')} stories, {stats.get('claims')} claims, {stats.get('quotes')} "
        "quotes)"
    )
    print(
        f"{'endpoint':36} {'clients':>7} {'requests':>8} {'p50 ms':>8} {'p95 ms':>8} "
        f"{'req/s':>7} {'errors':>6} {'srv CPU ms/req':>14}"
    )
    for r in results:
        cpu = "-" if r.server_cpu_ms is None else f"{r.server_cpu_ms:.1f}"
        print(
            f"{r.name:36} {r.clients:>7} {r.requests:>8} {r.p50_ms:>8.1f} {r.p95_ms:>8.1f} "
            f"{r.req_per_s:>7.1f} {r.errors:>6} {cpu:>14}"
        )


def _big_article() -> str:
    """About a megabyte of plain prose written here (one paragraph pattern, varied)."""
    lines = ["Council approves the long harbour plan"]
    i = 0
    while sum(len(line) + 1 for line in lines) < BIG_ARTICLE_BYTES - 200:
        lines.append(
            f"The council of district {i} said on Monday that the harbour works would "
            f'cost {i * 7 % 900} million. "We will finish section {i} by spring," '
            f"said councillor Ann Reed."
        )
        i += 1
    return "\n".join(lines)


async def ingest_under_load(base: str) -> dict[str, object]:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    health: list[float] = []
    health_errors = 0
    async with httpx.AsyncClient(base_url=base, timeout=900, headers=auth) as client:
        started = time.perf_counter()
        big = asyncio.create_task(client.post("/api/articles", json={"text": _big_article()}))
        await asyncio.sleep(BIG_FIRST_S)  # the big article is uploaded and queued first
        small = [
            asyncio.create_task(
                client.post(
                    "/api/articles",
                    json={
                        "text": f"Small item {i}\nThe council of ward {i} met on Monday, "
                        "officials said."
                    },
                )
            )
            for i in range(SMALL_POSTS)
        ]
        while not big.done():
            t0 = time.perf_counter()
            try:
                ok = (await client.get("/api/health", timeout=10)).status_code == 200
            except httpx.HTTPError:
                ok = False
            health.append(time.perf_counter() - t0)
            health_errors += not ok
            await asyncio.sleep(HEALTH_EVERY_S)
        big_response = await big
        big_s = time.perf_counter() - started
        small_codes = [r.status_code for r in await asyncio.gather(*small)]
    codes = {str(c): small_codes.count(c) for c in sorted(set(small_codes))}
    server_errors = sum(1 for c in small_codes if c >= 500 and c != 503)
    server_errors += big_response.status_code not in (200, 201)
    cuts = statistics.quantiles(health, n=100) if len(health) > 1 else health * 99
    return {
        "big_post_status": big_response.status_code,
        "big_post_s": round(big_s, 1),
        "small_posts": codes,
        "health_checks": len(health),
        "health_p50_ms": round(statistics.median(health) * 1000, 1),
        "health_p99_ms": round(cuts[98] * 1000, 1),
        "health_max_ms": round(max(health) * 1000, 1),
        "errors": server_errors + health_errors,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--db",
        action="append",
        help="an ingested store (default: the demo corpus); repeat to time several in turn",
    )
    parser.add_argument("--clients", default="1,10,50", help="concurrency levels, e.g. 1,10,50")
    parser.add_argument("--workers", type=int, default=1, help="server processes (serve --workers)")
    parser.add_argument(
        "--page-cache-mb",
        type=int,
        help="the server's page cache per process (serve's default unless given; 0: none)",
    )
    parser.add_argument("--story-only", action="store_true", help="time the two story pages only")
    parser.add_argument("--requests", type=int, default=300, help="max requests per run")
    parser.add_argument("--seconds", type=float, default=10.0, help="max seconds per run")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--no-stance-model",
        action="store_true",
        help="analyse the demo corpus with stance rules only",
    )
    parser.add_argument(
        "--ingest-load",
        action="store_true",
        help="time /api/health while a 1 MB article is analysed",
    )
    args = parser.parse_args()
    if args.ingest_load:
        with (
            tempfile.TemporaryDirectory(prefix="claimtrail-bench-web-") as tmp,
            server(
                (args.db or [None])[0] or f"sqlite:///{Path(tmp) / 'load.db'}",
                Path(tmp),
                not args.no_stance_model,
            ) as (base, _),
        ):
            figures = asyncio.run(ingest_under_load(base))
        print(json.dumps(figures, indent=2))
        if args.json:
            args.json.write_text(json.dumps(figures, indent=2))
        return
    levels = [int(c) for c in args.clients.split(",")]
    runs = []
    for db in args.db or [None]:
        corpus = _redact(db) if db else "bundled demo corpus"
        load_before = os.getloadavg()[0]
        with (
            tempfile.TemporaryDirectory(prefix="claimtrail-bench-web-") as tmp,
            server(db, Path(tmp), not args.no_stance_model, args.workers, args.page_cache_mb) as (
                base,
                pid,
            ),
        ):
            stats = httpx.get(f"{base}/api/stats").json()
            chosen = targets(base)
            if args.story_only:
                chosen = [t for t in chosen if t[0].startswith("story page")]
            results = [
                asyncio.run(
                    measure(base, pid, corpus, name, path, clients, args.requests, args.seconds)
                )
                for name, path in chosen
                for clients in levels
            ]
        load_after = os.getloadavg()[0]
        print_table(results, corpus, stats)
        print(
            f"server: {args.workers} worker(s), page cache "
            f"{'default' if args.page_cache_mb is None else f'{args.page_cache_mb} MB'}; "
            f"1-min load average {load_before:.1f} before, {load_after:.1f} after "
            f"({os.cpu_count()} CPUs)\n"
        )
        runs.append(
            {
                "corpus": corpus,
                "stats": stats,
                "workers": args.workers,
                "page_cache_mb": args.page_cache_mb,
                "load_average": [load_before, load_after],
                "results": [asdict(r) for r in results],
            }
        )
    if args.json:
        args.json.write_text(json.dumps(runs, indent=2))


def _redact(url: str) -> str:
    from claimtrail.store.db import redact

    return redact(url)


if __name__ == "__main__":
    main()
