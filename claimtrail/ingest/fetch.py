"""Polite HTTP fetching: one ``Fetcher`` per run, shared by every URL it reads.

What "polite" means here, and what the docs (docs/watch.md) promise:
  * a User-Agent that names claimtrail and where to read about it (``DEFAULT_USER_AGENT``);
  * robots.txt honoured for that User-Agent (RFC 9309: a 4xx robots.txt allows everything,
    a 5xx or unreachable one disallows the host for this run); its Crawl-delay is obeyed;
  * per host at most ``per_host`` requests at once and ``delay`` seconds between the starts of
    two requests (the larger of ours and the site's Crawl-delay, capped);
  * conditional GET: the ETag / Last-Modified of the last fetch go out as If-None-Match /
    If-Modified-Since, so an unchanged page or feed costs one short 304;
  * redirects followed by hand (each hop checked against robots.txt, loops named as such);
  * gzip / deflate decoded by httpx; bodies streamed and cut at ``max_bytes`` decoded
    bytes, so a huge or endless body never sits in memory.
Every failure (DNS, TLS, refused, timeout, 4xx/5xx, too big, disallowed) is a ``FetchFailure``
with a message a user can act on; nothing is raised for one bad URL, so a batch goes on.
Nothing here touches the network until ``fetch`` is called.
"""

from __future__ import annotations

import os
import threading
import time
import urllib.robotparser
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from claimtrail.errors import InputError
from claimtrail.version import __version__

# Names the tool and its manners; a deployment should add a contact with --user-agent (e.g.
# "claimtrail/0.1 (+mailto:newsdesk@example.org)") so a site owner can reach whoever runs it.
DEFAULT_USER_AGENT = f"claimtrail/{__version__} (news claim tracker; honours robots.txt)"
# robots.txt is matched on this product token (RFC 9309 §2.2.1).
ROBOTS_AGENT = "claimtrail"
# Seconds between two request starts on one host, and requests in flight per host. One a
# second is the common courtesy for small crawls; a feed poll of 30 entries takes 30 s.
DEFAULT_DELAY_S = 1.0
DEFAULT_PER_HOST = 2
DEFAULT_WORKERS = 8
# A site's Crawl-delay is obeyed up to this; beyond it we still fetch, at this pace.
MAX_CRAWL_DELAY_S = 30.0
# Connect / read / write / pool timeouts.
DEFAULT_TIMEOUT_S = 15.0
CONNECT_TIMEOUT_S = 5.0
# A whole body must arrive within this many timeouts (the read timeout is per read).
TOTAL_TIMEOUT_FACTOR = 4
# News pages are well under 2 MB of HTML; feeds and sitemaps can be larger (a 50,000-URL
# sitemap is ~10 MB), so the cut-off is generous but bounded.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
ROBOTS_MAX_BYTES = 512 * 1024
CHUNK = 64 * 1024
ENV_PREFIX = "CLAIMTRAIL_"


@dataclass(frozen=True)
class FetchPolicy:
    user_agent: str = DEFAULT_USER_AGENT
    delay: float = DEFAULT_DELAY_S
    per_host: int = DEFAULT_PER_HOST
    workers: int = DEFAULT_WORKERS
    timeout: float = DEFAULT_TIMEOUT_S
    max_bytes: int = DEFAULT_MAX_BYTES
    max_redirects: int = MAX_REDIRECTS
    robots: bool = True

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> FetchPolicy:
        """Defaults, overridden by ``CLAIMTRAIL_USER_AGENT`` / ``CLAIMTRAIL_FETCH_DELAY`` (s)
        / ``CLAIMTRAIL_FETCH_MAX_BYTES``: how ``analyze`` and ``ingest`` read URLs."""
        env = os.environ if environ is None else environ
        base = cls()
        try:
            return cls(
                user_agent=env.get(f"{ENV_PREFIX}USER_AGENT") or base.user_agent,
                delay=float(env.get(f"{ENV_PREFIX}FETCH_DELAY", base.delay)),
                max_bytes=int(env.get(f"{ENV_PREFIX}FETCH_MAX_BYTES", base.max_bytes)),
            )
        except ValueError as exc:
            raise InputError(f"bad {ENV_PREFIX}FETCH_* setting: {exc}") from None


@dataclass(frozen=True)
class Validators:
    """What the server said identifies this version: sent back on the next fetch."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class FetchResult:
    url: str  # as asked
    final_url: str  # after redirects
    status: int
    body: bytes
    content_type: str  # lowercased media type without parameters ("" when none)
    charset: str | None
    validators: Validators
    not_modified: bool = False  # a 304: ``body`` is empty, the stored copy is current


@dataclass(frozen=True)
class FetchFailure:
    url: str
    message: str
    status: int | None = None
    final: bool = False  # trying again will not help (robots.txt ban, redirect loop, ...)

    @property
    def retryable(self) -> bool:
        """Worth trying again later (server trouble, timeouts), unlike a 404 or a robots ban."""
        if self.final:
            return False
        return self.status is None or self.status >= 500 or self.status in (408, 429)


FetchOutcome = FetchResult | FetchFailure


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def host_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


@dataclass
class _Host:
    """One host's gate: a semaphore for concurrency and the time of the last request start."""

    slots: threading.Semaphore
    delay: float
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_start: float = 0.0

    def wait_turn(self) -> None:
        with self.lock:
            now = time.monotonic()
            start = max(now, self.next_start)
            self.next_start = start + self.delay
        if start > now:
            time.sleep(start - now)


class Fetcher:
    """A polite HTTP client. Thread-safe; use as a context manager or call ``close``."""

    def __init__(
        self, policy: FetchPolicy | None = None, transport: httpx.BaseTransport | None = None
    ) -> None:
        self.policy = policy or FetchPolicy()
        timeout = httpx.Timeout(
            self.policy.timeout, connect=min(CONNECT_TIMEOUT_S, self.policy.timeout)
        )
        self._client = httpx.Client(
            headers={"User-Agent": self.policy.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=timeout,
            follow_redirects=False,
            transport=transport,
        )
        self._hosts: dict[str, _Host] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser | str | None] = {}
        self._lock = threading.Lock()
        self._robots_lock = threading.Lock()  # one robots.txt load at a time, never twice
        self.requests = 0  # sent, robots.txt included (for reports and tests)

    # -- public ------------------------------------------------------------------------------
    def fetch(
        self, url: str, validators: Validators | None = None, accept: str | None = None
    ) -> FetchOutcome:
        """GET ``url`` politely; a 304 when ``validators`` still match. Never raises for a
        network or HTTP problem: that comes back as a ``FetchFailure``."""
        if not is_url(url):
            return FetchFailure(url, "not an http(s) URL", final=True)
        seen: list[str] = []
        current = url
        for _hop in range(self.policy.max_redirects + 1):
            banned = self._disallowed(current)
            if banned:
                # A ban is final; a robots.txt that could not be read is worth another try.
                return FetchFailure(url, banned, final=banned.startswith("disallowed"))
            seen.append(current)
            outcome = self._get(url, current, validators, accept)
            if not isinstance(outcome, str):
                return outcome
            target = urljoin(current, outcome)
            if target in seen:
                return FetchFailure(
                    url, f"redirect loop ({' -> '.join(seen + [target])})", final=True
                )
            current = target
        return FetchFailure(
            url, f"more than {self.policy.max_redirects} redirects (last: {current})", final=True
        )

    def fetch_many(
        self,
        urls: Iterable[str],
        validators: Mapping[str, Validators] | None = None,
        accept: str | None = None,
    ) -> list[FetchOutcome]:
        """Fetch ``urls`` concurrently (within each host's limits); results in input order."""
        todo = list(urls)
        known = validators or {}
        if len(todo) <= 1:
            return [self.fetch(u, known.get(u), accept) for u in todo]
        with ThreadPoolExecutor(max_workers=min(self.policy.workers, len(todo))) as pool:
            return list(pool.map(lambda u: self.fetch(u, known.get(u), accept), todo))

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- one request -------------------------------------------------------------------------
    def _get(
        self, asked: str, url: str, validators: Validators | None, accept: str | None
    ) -> FetchOutcome | str:
        """The outcome, or the Location of a redirect to follow."""
        headers = {}
        if accept:
            headers["Accept"] = accept
        if validators is not None:
            if validators.etag:
                headers["If-None-Match"] = validators.etag
            if validators.last_modified:
                headers["If-Modified-Since"] = validators.last_modified
        gate = self._gate(url)
        with gate.slots:
            gate.wait_turn()
            try:
                return self._send(asked, url, headers)
            except httpx.HTTPError as exc:
                return FetchFailure(asked, network_message(exc, url))

    def _send(self, asked: str, url: str, headers: dict[str, str]) -> FetchOutcome | str:
        with self._lock:
            self.requests += 1
        started = time.monotonic()
        with self._client.stream("GET", url, headers=headers) as response:
            status = response.status_code
            if status in (301, 302, 303, 307, 308):
                location = response.headers.get("location")
                if not location:
                    return FetchFailure(asked, f"HTTP {status} redirect without a Location", status)
                return location
            validators = Validators(
                response.headers.get("etag"), response.headers.get("last-modified")
            )
            media, charset = _content_type(response.headers.get("content-type", ""))
            if status == 304:
                return FetchResult(asked, url, status, b"", media, charset, validators, True)
            if status >= 400:
                return FetchFailure(
                    asked,
                    f"HTTP {status} {response.reason_phrase}".strip() + _via(asked, url),
                    status,
                )
            try:
                body = _read_capped(
                    response,
                    self.policy.max_bytes,
                    started + self.policy.timeout * TOTAL_TIMEOUT_FACTOR,
                )
            except _TooSlow:
                limit = self.policy.timeout * TOTAL_TIMEOUT_FACTOR
                return FetchFailure(
                    asked, f"timed out reading the body (still coming after {limit:.0f} s)", status
                )
            if body is None:
                return FetchFailure(
                    asked,
                    f"body larger than {_size(self.policy.max_bytes)} "
                    f"(cut off; raise --max-bytes to read it)",
                    status,
                )
            return FetchResult(asked, str(response.url), status, body, media, charset, validators)

    # -- politeness --------------------------------------------------------------------------
    def _gate(self, url: str) -> _Host:
        host = host_of(url)
        with self._lock:
            gate = self._hosts.get(host)
            if gate is None:
                gate = _Host(
                    threading.Semaphore(max(1, self.policy.per_host)), max(0.0, self.policy.delay)
                )
                self._hosts[host] = gate
            return gate

    def _disallowed(self, url: str) -> str | None:
        """Why robots.txt forbids ``url``, or None when it may be fetched."""
        if not self.policy.robots:
            return None
        rules = self._robots_for(url)
        if isinstance(rules, str):
            return rules
        if rules is not None and not rules.can_fetch(ROBOTS_AGENT, url):
            return f"disallowed by {host_of(url)}/robots.txt for {ROBOTS_AGENT}"
        return None

    def _robots_for(self, url: str) -> urllib.robotparser.RobotFileParser | str | None:
        host = host_of(url)
        with self._robots_lock:
            if host in self._robots:
                return self._robots[host]
            rules = self._load_robots(host)
            self._robots[host] = rules
        if isinstance(rules, urllib.robotparser.RobotFileParser):
            delay = rules.crawl_delay(ROBOTS_AGENT)
            if delay is not None:
                gate = self._gate(url)
                gate.delay = max(gate.delay, min(float(delay), MAX_CRAWL_DELAY_S))
        return rules

    def _load_robots(self, host: str) -> urllib.robotparser.RobotFileParser | str | None:
        """Parsed rules; None when there are none (allow all); a message when the host is
        off limits for this run (robots.txt unreachable or failing with 5xx)."""
        robots_url = f"{host}/robots.txt"
        gate = self._gate(robots_url)
        with gate.slots:
            gate.wait_turn()
            try:
                with self._lock:
                    self.requests += 1
                with self._client.stream("GET", robots_url) as response:
                    if response.status_code >= 500:
                        return (
                            f"{robots_url} answered HTTP {response.status_code}; the host "
                            f"is treated as disallowed until it answers"
                        )
                    if response.status_code >= 400 or response.is_redirect:
                        return None
                    body = _read_capped(response, ROBOTS_MAX_BYTES) or b""
            except httpx.HTTPError as exc:
                return f"robots.txt unreachable ({network_message(exc, robots_url)})"
        parser = urllib.robotparser.RobotFileParser(robots_url)
        parser.parse(body.decode("utf-8", "replace").splitlines())
        return parser


class _TooSlow(Exception):
    pass


def _read_capped(
    response: httpx.Response, limit: int, deadline: float | None = None
) -> bytes | None:
    """The decoded body, or None when it is longer than ``limit`` (reading stops there).
    Raises ``_TooSlow`` past ``deadline`` (a server dripping bytes never hits a read timeout)."""
    declared = response.headers.get("content-length")
    encoded = response.headers.get("content-encoding", "identity").lower()
    if declared and declared.isdigit() and encoded == "identity" and int(declared) > limit:
        return None
    chunks: list[bytes] = []
    total = 0
    for chunk in response.iter_bytes(CHUNK):
        total += len(chunk)
        if total > limit:
            return None
        if deadline is not None and time.monotonic() > deadline:
            raise _TooSlow
        chunks.append(chunk)
    return b"".join(chunks)


def _content_type(header: str) -> tuple[str, str | None]:
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip().strip('"').lower()
    return media.strip().lower(), charset


def _via(asked: str, url: str) -> str:
    return "" if asked == url else f" (at {url})"


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n:,} bytes"


def network_message(exc: httpx.HTTPError, url: str) -> str:
    """A short, actionable line for a transport failure."""
    detail = str(exc) or type(exc).__name__
    lowered = detail.lower()
    host = urlsplit(url).hostname or url
    if isinstance(exc, httpx.ConnectTimeout):
        return f"timed out connecting to {host}"
    if isinstance(exc, httpx.TimeoutException):
        return f"timed out waiting for {host} (no answer within the read timeout)"
    if "certificate" in lowered or "ssl" in lowered or "tls" in lowered:
        return f"TLS error with {host}: {detail}"
    if (
        "name or service not known" in lowered
        or "nodename nor servname" in lowered
        or "getaddrinfo" in lowered
        or "name resolution" in lowered
        or "no address associated" in lowered
    ):
        return f"DNS lookup failed for {host}"
    if "refused" in lowered:
        return f"connection refused by {host}"
    if isinstance(exc, httpx.RemoteProtocolError):
        return f"{host} broke the HTTP exchange: {detail}"
    return f"cannot fetch from {host}: {detail}"
