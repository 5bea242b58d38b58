"""A small news site on 127.0.0.1 for the fetch and watch tests: pages, feeds, sitemaps and
every kind of misbehaviour (304s, 500s, slow answers, redirect loops, robots.txt bans, huge
bodies). Routes can change while it runs, so a test can edit a page between two polls."""

from __future__ import annotations

import gzip
import hashlib
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CHUNK = b"x" * 65536


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    validators: bool = True  # answer with an ETag and honour If-None-Match
    stream_bytes: int = 0  # > 0: a generated body this long, sent in chunks
    declare_length: bool = True
    chunk_delay: float = 0.0  # seconds between streamed chunks (a dripping server)
    gzip: bool = False


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    at: float


@dataclass
class Post:
    path: str
    headers: dict[str, str]
    body: bytes


class Site:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[Hit] = []
        self.posts: list[Post] = []  # POSTs answered 2xx (a webhook receiver's log)
        self.post_status: list[int] = []  # answers for the next POSTs (then 200)
        # Called with each POST before it is answered; returning False drops the connection
        # unanswered (and unrecorded), as when the sender is killed mid-request.
        self.on_post: Callable[[Post], bool] | None = None
        self.lock = threading.Lock()
        self.server: ThreadingHTTPServer | None = None

    @property
    def base(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def page(self, path: str, html: str, **kw: object) -> None:
        self.routes[path] = Route(html.encode(), **kw)  # type: ignore[arg-type]

    def paths(self) -> list[str]:
        with self.lock:
            return [h.path for h in self.hits]

    def count(self, path: str) -> int:
        return self.paths().count(path)


def article_html(
    title: str,
    paragraphs: list[str],
    canonical: str | None = None,
    date: str = "2025-06-10T08:00:00Z",
    author: str = "Jane Roe",
    site: str = "Example News",
) -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html><head><title>{title}</title>{link}"
        f'<meta name="author" content="{author}">'
        f'<meta property="article:published_time" content="{date}">'
        f'<meta property="og:site_name" content="{site}"></head>'
        f"<body><nav>Home | World | Business</nav><article><h1>{title}</h1>{body}</article>"
        f"<footer>Copyright Example News</footer></body></html>"
    )


def rss(title: str, items: list[tuple[str, str]]) -> str:
    entries = "".join(
        f"<item><title>{t}</title><link>{u}</link>"
        f"<pubDate>Tue, 10 Jun 2025 09:00:00 GMT</pubDate></item>"
        for t, u in items
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>http://127.0.0.1/</link>{entries}</channel></rss>"
    )


def news_sitemap(urls: list[str]) -> str:
    items = "".join(
        f"<url><loc>{u}</loc><news:news><news:publication><news:name>Example</news:name>"
        f"<news:language>en</news:language></news:publication>"
        f"<news:publication_date>2025-06-11T10:00:00Z</news:publication_date>"
        f"<news:title>t</news:title></news:news></url>"
        for u in urls
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + items + "</urlset>"
    )


def sitemap_index(urls: list[str]) -> str:
    items = "".join(f"<sitemap><loc>{u}</loc></sitemap>" for u in urls)
    return (
        '<?xml version="1.0"?><sitemapindex '
        'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + items + "</sitemapindex>"
    )


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            with site.lock:
                site.hits.append(Hit(self.path, dict(self.headers.items()), time.monotonic()))
            route = site.routes.get(self.path)
            if route is None:
                self._send(404, b"not found", "text/plain")
                return
            if route.delay:
                time.sleep(route.delay)
            if route.stream_bytes:
                self._stream(route)
                return
            etag = '"' + hashlib.sha1(route.body).hexdigest()[:16] + '"'
            if route.validators and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            headers = dict(route.headers)
            if route.validators and route.status == 200:
                headers["ETag"] = etag
            body = route.body
            if route.gzip:
                body = gzip.compress(body)
                headers["Content-Encoding"] = "gzip"
            self._send(route.status, body, route.content_type, headers)

        def do_POST(self) -> None:  # noqa: N802 (http.server's name)
            length = int(self.headers.get("Content-Length") or 0)
            post = Post(self.path, dict(self.headers.items()), self.rfile.read(length))
            if site.on_post is not None and not site.on_post(post):
                self.close_connection = True
                return
            with site.lock:
                status = site.post_status.pop(0) if site.post_status else 200
                if status < 300:
                    site.posts.append(post)
            self._send(status, b"{}", "application/json")

        def _send(
            self, status: int, body: bytes, ctype: str, headers: dict[str, str] | None = None
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def _stream(self, route: Route) -> None:
            self.send_response(200)
            self.send_header("Content-Type", route.content_type)
            if route.declare_length:
                self.send_header("Content-Length", str(route.stream_bytes))
            self.end_headers()
            sent = 0
            try:
                while sent < route.stream_bytes:
                    self.wfile.write(CHUNK)
                    self.wfile.flush()
                    sent += len(CHUNK)
                    time.sleep(route.chunk_delay)
                with site.lock:
                    site.hits.append(Hit(self.path + "#complete", {}, time.monotonic()))
            except (BrokenPipeError, ConnectionResetError):
                pass

    return Handler


@contextmanager
def serve(site: Site | None = None) -> Iterator[Site]:
    site = site or Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    site.server = server
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
