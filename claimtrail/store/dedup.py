"""Article identity: content hashes, canonical URLs, and MinHash signatures for near copies."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np
from datasketch import MinHash, MinHashLSH

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
    signature = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, scheme=MINHASH_SCHEME)
    signature.update_batch(list(shingles))
    return signature


def to_bytes(signature: MinHash) -> bytes:
    return signature.hashvalues.astype(np.uint64).tobytes()


def from_bytes(data: bytes) -> MinHash:
    return MinHash(
        num_perm=NUM_PERM,
        seed=MINHASH_SEED,
        scheme=MINHASH_SCHEME,
        hashvalues=np.frombuffer(data, dtype=np.uint64),
    )


def new_lsh() -> MinHashLSH:
    return MinHashLSH(threshold=NEAR_DUPLICATE_THRESHOLD, num_perm=NUM_PERM)


def nearest(
    lsh: MinHashLSH, signatures: dict[int, MinHash], signature: MinHash
) -> tuple[int, float] | None:
    """The most similar stored article at or above the threshold, with its estimated Jaccard."""
    best: tuple[int, float] | None = None
    for key in lsh.query(signature):
        article_id = int(key)
        score = signature.jaccard(signatures[article_id])
        if score >= NEAR_DUPLICATE_THRESHOLD and (best is None or score > best[1]):
            best = (article_id, score)
    return best
