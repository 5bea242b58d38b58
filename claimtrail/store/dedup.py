"""Article identity: content hashes, canonical URLs, and MinHash signatures for near copies.

Near copies are found through the database, not an in-memory index: each stored original's
signature is cut into ``BANDS`` bands whose hashes (``minhash_bands``, revision 0006) are
indexed, so a store opens without reading a single signature and a lookup costs one indexed
query whatever the store's size. A stored article is a candidate when one of its bands equals
the new text's (locality-sensitive hashing); each candidate's Jaccard similarity is then
estimated from its full signature.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np
from datasketch import MinHash
from sqlalchemy import Connection, insert, select

from claimtrail.store.schema import articles, minhash_bands

# 128 permutations estimate Jaccard to about ±0.04, plenty to tell a lightly edited copy (≥0.8)
# from a different article on the same event (typically < 0.3).
NUM_PERM = 128
# Word 3-shingles ≥ 0.8 alike: the same text with a changed sentence or two, a different
# byline or boilerplate. Tuned so wire copies match and rewritten reports of one event do not.
NEAR_DUPLICATE_THRESHOLD = 0.8
SHINGLE_WORDS = 3
# Pinned so stored signatures stay comparable across datasketch upgrades.
MINHASH_SCHEME = "affine32"
MINHASH_SEED = 1
# LSH banding: what datasketch's MinHashLSH chooses for this threshold and NUM_PERM (fewest
# false positives and negatives, weighted equally): 9 bands of 13 values (a pair 0.8 alike
# shares a band with probability 0.95, a pair 0.5 alike with 0.001). Stored band hashes depend
# on these: a change needs a migration that recomputes ``minhash_bands``.
BANDS = 9
BAND_ROWS = 13
_WORD = re.compile(r"\w+")
# Query parameters that track the reader, not the article.
_TRACKING = re.compile(r"^(utm_|fbclid$|gclid$|mc_|ref$|cmp$|ocid$)")


def normalise_text(text: str) -> str:
    """Unicode NFC, whitespace collapsed: re-saving a page does not make a new article."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def content_hash(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode()).hexdigest()


def canonical_url(url: str | None) -> str | None:
    """Scheme and host lowercased, "www." and tracking parameters, fragments and trailing
    slashes dropped."""
    if not url or not url.strip():
        return None
    parts = urlsplit(url.strip())
    if not parts.netloc:
        return url.strip()
    host = parts.netloc.lower().removeprefix("www.")
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query) if not _TRACKING.match(k)))
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(
        ("https" if parts.scheme in {"http", "https"} else parts.scheme, host, path, query, "")
    )


def identity(url: str | None, path: str | None) -> str | None:
    """What makes two ingests "the same article": its canonical URL, else its file path."""
    return canonical_url(url) or (f"path:{path}" if path else None)


def minhash(text: str) -> MinHash:
    words = _WORD.findall(normalise_text(text).lower())
    shingles = {
        " ".join(words[i : i + SHINGLE_WORDS]).encode()
        for i in range(max(1, len(words) - SHINGLE_WORDS + 1))
    }
    signature = MinHash(
        num_perm=NUM_PERM,
        seed=MINHASH_SEED,
        scheme=MINHASH_SCHEME,
        permutations=_permutations(),
    )
    signature.update_batch(list(shingles))
    return signature


@lru_cache(maxsize=1)
def _permutations() -> Any:
    """The permutations ``MinHash`` draws from ``MINHASH_SEED`` (the same every time): drawn
    once per process instead of once per text (3 ms a text, a third of the signature's cost)."""
    return MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, scheme=MINHASH_SCHEME).permutations


def to_bytes(signature: MinHash) -> bytes:
    return signature.hashvalues.astype(np.uint64).tobytes()


def band_keys(hashvalues: np.ndarray) -> list[int]:
    """The signature's band hashes: a band's number and values hashed to a signed 64-bit
    integer (a BIGINT on PostgreSQL, an INTEGER on SQLite)."""
    values = np.asarray(hashvalues, dtype=np.uint64)
    keys = []
    for band in range(BANDS):
        chunk = values[band * BAND_ROWS : (band + 1) * BAND_ROWS].tobytes()
        digest = hashlib.blake2b(bytes([band]) + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return keys


def similarity(signature: MinHash, stored: bytes) -> float:
    """Estimated Jaccard similarity of a signature and a stored one (``to_bytes``): the share
    of equal hash values, as ``MinHash.jaccard`` computes it."""
    other = np.frombuffer(stored, dtype=np.uint64)
    return float(np.count_nonzero(signature.hashvalues == other)) / NUM_PERM


def add_bands(conn: Connection, article_id: int, signature: MinHash) -> None:
    """Index a stored original's bands (one statement, in the caller's transaction)."""
    conn.execute(
        insert(minhash_bands),
        [{"bucket": key, "article_id": article_id} for key in set(band_keys(signature.hashvalues))],
    )


def nearest(conn: Connection, signature: MinHash) -> tuple[int, float] | None:
    """The most similar current original at or above the threshold, with its estimated
    Jaccard similarity (ties: the oldest). Superseded revisions keep their bands but are no
    longer candidates."""
    candidates = (
        select(minhash_bands.c.article_id)
        .where(minhash_bands.c.bucket.in_(band_keys(signature.hashvalues)))
        .distinct()
    )
    rows = conn.execute(
        select(articles.c.id, articles.c.minhash)
        .where(articles.c.id.in_(candidates), articles.c.kind == "original")
        .order_by(articles.c.id)
    ).all()
    best: tuple[int, float] | None = None
    for row in rows:
        if row.minhash is None:
            continue
        score = similarity(signature, row.minhash)
        if score >= NEAR_DUPLICATE_THRESHOLD and (best is None or score > best[1]):
            best = (int(row.id), score)
    return best
