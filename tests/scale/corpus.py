"""A small sharded corpus written by the tests (our own sentences, no licensed text): plain
text files, a JSON Lines .gz file and a WARC .gz file with HTML responses, and on request a
corrupt WARC and a truncated .jsonl.gz."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

PEOPLE = ["Ann Smith", "Tom Brown", "Rita Gomez", "Omar Khan", "Lena Fischer", "Paul Novak"]
TOPICS = ["the bridge repair", "the school budget", "the bus fares", "the harbour plan"]


def article(i: int) -> tuple[str, str]:
    """Headline and body of the i-th written article."""
    who, other = PEOPLE[i % len(PEOPLE)], PEOPLE[(i + 2) % len(PEOPLE)]
    topic = TOPICS[i % len(TOPICS)]
    headline = f"Council split over {topic} (report {i})"
    body = (
        f"The city council said on Monday that {topic} would cost more than planned. "
        f'"We were never told the true figure," said {who}, a councillor. '
        f"{other} denied that the figures had been hidden from members. "
        f"According to officials, a vote on {topic} is expected next month. "
        f'"This is a matter of trust," {who} told reporters after meeting {i}.'
    )
    return headline, body


def warc_bytes(records: list[tuple[str, str]], start: int = 0) -> bytes:
    """A gzipped WARC: a warcinfo record, one HTML response per (headline, body), a request
    record and a PNG response (neither is an article)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    writer.write_record(writer.create_warcinfo_record("test.warc.gz", {"software": "tests"}))
    for n, (headline, body) in enumerate(records, start=start):
        html = (
            f"<html><head><title>{headline}</title></head><body><article><h1>{headline}</h1>"
            + "".join(f"<p>{p}.</p>" for p in body.split(". "))
            + "</article></body></html>"
        )
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        uri = f"http://news.example.org/story/{n}"
        request = StatusAndHeaders(f"GET /story/{n} HTTP/1.1", [("Host", "news.example.org")])
        writer.write_record(writer.create_warc_record(uri, "request", http_headers=request))
        writer.write_record(
            writer.create_warc_record(
                uri, "response", payload=io.BytesIO(html.encode()), http_headers=headers
            )
        )
    png = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(
            "http://news.example.org/logo.png",
            "response",
            payload=io.BytesIO(b"\x89PNG\r\n"),
            http_headers=png,
        )
    )
    return out.getvalue()


def jsonl_gz_bytes(records: list[tuple[str, str]]) -> bytes:
    lines = [
        json.dumps({"headline": h, "body": b, "source": "Test Herald", "published": "2025-06-10"})
        for h, b in records
    ]
    return gzip.compress(("\n".join(lines) + "\n").encode())


def write_corpus(
    folder: Path, texts: int = 6, per_container: int = 3, damaged: bool = True
) -> dict[str, int]:
    """The corpus in ``folder``; returns the number of articles each kind should yield."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(texts):
        headline, body = article(i)
        (folder / f"t{i:02d}.txt").write_text(f"{headline}\n{body}\n", encoding="utf-8")
    n = texts
    (folder / "feed.jsonl.gz").write_bytes(
        jsonl_gz_bytes([article(i) for i in range(n, n + per_container)])
    )
    n += per_container
    (folder / "crawl.warc.gz").write_bytes(
        warc_bytes([article(i) for i in range(n, n + per_container)], start=n)
    )
    n += per_container
    expected = {"txt": texts, "jsonl.gz": per_container, "warc.gz": per_container}
    if damaged:
        whole = warc_bytes([article(i) for i in range(n, n + 3)], start=n)
        (folder / "damaged.warc.gz").write_bytes(whole[: len(whole) // 2])
        gz = jsonl_gz_bytes([article(i) for i in range(n + 3, n + 6)])
        (folder / "truncated.jsonl.gz").write_bytes(gz[:-12])
    return expected
