"""Speed of the shipped stance model: FNC-1 pairs/s, and what stance adds to each article.

1. FNC-1: ``predict_body_stance`` over hold-out pairs in chunks of 500 (as ``eval fnc1`` does).
2. Per article, as ``analyze`` calls it: one ``predict_proba`` with the article body plus its
   quotes, all against the central claim. Measured on BBC articles with the first sentences
   standing in for quotes (``--quotes`` per article), so no spaCy is involved; the ms/article
   are set beside what the bare spaCy pipeline needs for the same words (NOTES.md: ~5,000
   words/s), giving the slowdown stance alone causes.

    python benchmarks/bench_stance.py [--pairs 3000] [--articles 200] [--quotes 15] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import time
from dataclasses import asdict, dataclass
from pathlib import Path

# NOTES.md: the full en_core_web_sm pipeline runs at ~5,000 words/s on this kind of machine.
BARE_SPACY_WORDS_PER_S = 5_000.0
CHUNK = 500
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True)
class StanceSpeed:
    model: str
    load_s: float
    fnc_pairs: int
    fnc_pairs_per_s: float
    articles: int
    texts_per_article: float
    words_per_article: float
    stance_ms_per_article: float
    stance_cpu_ms_per_article: float  # CPU time: steadier than wall time on a shared machine
    spacy_ms_per_article: float

    @property
    def ratio_with_stance(self) -> float:
        """Words/s of spaCy + stance over spaCy alone (the share of speed that is kept)."""
        return self.spacy_ms_per_article / (self.spacy_ms_per_article + self.stance_ms_per_article)


def shared_data() -> Path:
    default = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
    return Path(os.environ.get("CLAIMTRAIL_SHARED_DATA", default))


def fnc_pairs_per_s(model: object, data: Path, limit: int) -> tuple[int, float]:
    from claimtrail.stance.build import FNC_HOLDOUT_IDS, read_body_ids
    from claimtrail.stance.fnc1 import read_bodies, read_pairs

    bodies_path = data / "fnc-1" / "train_bodies.csv"
    pairs = read_pairs(data / "fnc-1" / "train_stances.csv", read_bodies(bodies_path), bodies_path)
    holdout = read_body_ids(data / "fnc-1" / FNC_HOLDOUT_IDS)
    pairs = [p for p in pairs if p.body_id in holdout][:limit]
    started = time.perf_counter()
    for start in range(0, len(pairs), CHUNK):
        chunk = pairs[start : start + CHUNK]
        model.predict_body_stance([p.headline for p in chunk], [p.body for p in chunk])  # type: ignore[attr-defined]
    return len(pairs), len(pairs) / (time.perf_counter() - started)


def article_costs(
    model: object, data: Path, articles: int, quotes: int
) -> tuple[int, float, float, float, float]:
    """(articles, texts per call, words per article, stance wall ms and CPU ms per article)."""
    files = sorted((data / "bbc-news" / "bbc").glob("*/*.txt"))[:articles]
    calls = []
    for path in files:
        headline, _, body = path.read_text(encoding="utf-8", errors="replace").partition("\n")
        stand_in_quotes = [s for s in SENTENCE_END.split(body.strip()) if s][:quotes]
        texts = [body, *stand_in_quotes]
        calls.append(([headline.strip()] * len(texts), texts, len((headline + body).split())))
    started, started_cpu = time.perf_counter(), time.process_time()
    for claims, texts, _ in calls:
        model.predict_proba(claims, texts)  # type: ignore[attr-defined]
    elapsed, elapsed_cpu = time.perf_counter() - started, time.process_time() - started_cpu
    n = max(len(calls), 1)
    return (
        len(calls),
        sum(len(t) for _, t, _ in calls) / n,
        sum(w for *_, w in calls) / n,
        1000.0 * elapsed / n,
        1000.0 * elapsed_cpu / n,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pairs", type=int, default=3000)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--quotes", type=int, default=15)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from claimtrail.stance import load_stance_model

    data = shared_data()
    if not (data / "fnc-1").is_dir():
        raise SystemExit(f"shared data not found at {data} (set CLAIMTRAIL_SHARED_DATA)")
    started = time.perf_counter()
    model = load_stance_model()
    load_s = time.perf_counter() - started
    model.predict_proba(["warm-up claim"], ["warm-up text"])
    n_pairs, per_s = fnc_pairs_per_s(model, data, args.pairs)
    n_articles, texts, words, stance_ms, cpu_ms = article_costs(
        model, data, args.articles, args.quotes
    )
    speed = StanceSpeed(
        model.version,
        load_s,
        n_pairs,
        per_s,
        n_articles,
        texts,
        words,
        stance_ms,
        cpu_ms,
        1000.0 * words / BARE_SPACY_WORDS_PER_S,
    )
    if args.json:
        print(json.dumps({**asdict(speed), "ratio_with_stance": speed.ratio_with_stance}, indent=2))
        return
    print(f"stance model {speed.model}: loaded in {speed.load_s:.2f} s")
    print(
        f"FNC-1 prediction: {speed.fnc_pairs:,} hold-out pairs "
        f"at {speed.fnc_pairs_per_s:,.0f} pairs/s"
    )
    print(
        f"per article ({speed.articles} BBC articles, {speed.texts_per_article:.1f} texts, "
        f"{speed.words_per_article:.0f} words): stance {speed.stance_ms_per_article:.1f} ms "
        f"({speed.stance_cpu_ms_per_article:.1f} ms CPU) vs "
        f"~{speed.spacy_ms_per_article:.0f} ms of spaCy at {BARE_SPACY_WORDS_PER_S:,.0f} words/s "
        f"-> stance alone keeps {100 * speed.ratio_with_stance:.1f}% of the speed"
    )


if __name__ == "__main__":
    main()
