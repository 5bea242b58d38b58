"""Story and claim grouping on Emergent with grouped cross-validation by claim.

    python benchmarks/bench_stories_cv.py [--folds 3] [--json]

The story constants of ``claimtrail.link.stories`` (the story threshold and the weight of
headline terms) were chosen on Emergent's training split. This checks how much that choice
flatters the figures: the claims are split into ``--folds`` groups; for each, the grid below is
scored on the headlines of the other groups and the best setting is then scored on the held-out
group's headlines, which it never saw. Linking runs in memory (``Linker.plan`` plus the
bookkeeping the store does after each article: new claims and the story's running mean),
not through a store, so a run takes seconds once the headlines are analysed; the analyses
come from ``bench_claims.py``'s cache (run it first, or this analyses them the same way).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from sklearn.metrics import adjusted_rand_score

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_claims import DEFAULT_FILE, analyses_for, code_digest, read_rows  # noqa: E402

from claimtrail.link import stories as S  # noqa: E402
from claimtrail.link.embed import Embedder, load_embedder  # noqa: E402
from claimtrail.models import Analysis  # noqa: E402

GRID = {"story_threshold": [0.56, 0.60, 0.64], "STORY_TERM_WEIGHT": [0.1, 0.2, 0.3]}


@dataclass
class CachedEmbedder:
    """The real embedder's vectors, each text encoded once across the grid's runs."""

    inner: Embedder
    story_threshold: float
    cache: dict[str, np.ndarray] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.name, self.dim = self.inner.name, self.inner.dim
        self.claim_threshold = self.inner.claim_threshold

    def encode(self, texts: list[str]) -> np.ndarray:
        todo = [t for t in dict.fromkeys(texts) if t not in self.cache]
        if todo:
            self.cache.update(zip(todo, self.inner.encode(todo), strict=True))
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.vstack([self.cache[t] for t in texts])


def link_all(analyses: list[Analysis], embedder: CachedEmbedder) -> tuple[list[str], list[str]]:
    """Each headline's claim group and story, linked in order as the store would."""
    linker = S.Linker.empty(embedder, search="exact")  # type: ignore[arg-type]
    next_claim, next_story = 1, 1
    count: Counter[int] = Counter()
    keys: dict[int, frozenset[str]] = {}
    seen: dict[str, tuple[str, str]] = {}
    groups, stories = [], []
    for analysis in analyses:
        text = hashlib.sha256(" ".join(analysis.article.text.split()).encode()).hexdigest()
        if text in seen:  # an exact copy: the store links it to its original
            group, story = seen[text]
        else:
            plan = linker.plan(analysis)
            story_id = plan.story_id
            if story_id is None:
                story_id, next_story = next_story, next_story + 1
            ids: list[int] = []
            for link in plan.claims:
                if link.match is not None:
                    claim_id = link.match
                elif link.same_as is not None:
                    claim_id = ids[link.same_as]
                else:
                    claim_id, next_claim = next_claim, next_claim + 1
                    linker.claims.add(
                        claim_id, link.vector, story_id, link.entities, terms=link.terms
                    )
                ids.append(claim_id)
            count[story_id] += 1
            vector = linker.story_vector(story_id, plan.article_vector, count[story_id])
            keys[story_id] = keys.get(story_id, frozenset()) | plan.entities
            linker.stories.add(story_id, vector, None, keys[story_id])
            central = next(
                (c for c, lk in zip(ids, plan.claims, strict=True) if lk.claim.central), None
            )
            first = central if central is not None else (ids[0] if ids else None)
            group = f"claim{first}" if first is not None else f"story{story_id}"
            story = f"story{story_id}"
            seen[text] = (group, story)
        groups.append(group)
        stories.append(story)
    return groups, stories


def score(
    rows: list[dict[str, str]], analyses: list[Analysis], embedder: CachedEmbedder, setting: dict
) -> dict[str, float]:
    embedder.story_threshold = setting["story_threshold"]
    S.STORY_TERM_WEIGHT = setting["STORY_TERM_WEIGHT"]
    groups, stories = link_all(analyses, embedder)
    gold = [r["claimId"] for r in rows]
    return {
        "ari": adjusted_rand_score(gold, groups),
        "story_ari": adjusted_rand_score(gold, stories),
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"no Emergent data at {args.data} (set CLAIMTRAIL_SHARED_DATA)", file=sys.stderr)
        return 2
    rows = read_rows(args.data, None)
    cache = Path(tempfile.gettempdir()) / f"claimtrail-emergent-{code_digest()}.jsonl"
    analyses = analyses_for(rows, cache)
    inner = load_embedder("model")
    embedder = CachedEmbedder(inner, inner.story_threshold)
    defaults = {"story_threshold": inner.story_threshold, "STORY_TERM_WEIGHT": S.STORY_TERM_WEIGHT}
    claims = sorted({r["claimId"] for r in rows})
    rng = np.random.default_rng(0)
    fold_of = {c: i % args.folds for i, c in enumerate(rng.permutation(claims))}
    settings = [dict(zip(GRID, v, strict=True)) for v in itertools.product(*GRID.values())]
    folds = []
    for fold in range(args.folds):
        train = [i for i, r in enumerate(rows) if fold_of[r["claimId"]] != fold]
        test = [i for i, r in enumerate(rows) if fold_of[r["claimId"]] == fold]

        def part(idx: list[int]) -> tuple[list[dict[str, str]], list[Analysis]]:
            return [rows[i] for i in idx], [analyses[i] for i in idx]

        best = max(settings, key=lambda s: score(*part(train), embedder, s)["story_ari"])
        held_out = score(*part(test), embedder, best)
        as_shipped = score(*part(test), embedder, defaults)
        folds.append(
            {
                "fold": fold,
                "chosen": best,
                **held_out,
                "shipped_ari": as_shipped["ari"],
                "shipped_story_ari": as_shipped["story_ari"],
            }
        )
    S.STORY_TERM_WEIGHT = defaults["STORY_TERM_WEIGHT"]
    shipped = score(rows, analyses, embedder, defaults)
    result = {
        "shipped_on_all": {"setting": defaults, **shipped},
        "held_out_mean": {
            k: float(np.mean([f[k] for f in folds]))
            for k in ("ari", "story_ari", "shipped_ari", "shipped_story_ari")
        },
        "folds": folds,
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(
        f"shipped constants on all of train: claim ARI {shipped['ari']:.3f}, story ARI "
        f"{shipped['story_ari']:.3f} ({defaults})"
    )
    for f in folds:
        print(
            f"fold {f['fold']}: chose {f['chosen']} on the other folds; held out: claim ARI "
            f"{f['ari']:.3f}, story ARI {f['story_ari']:.3f} (shipped constants: "
            f"{f['shipped_ari']:.3f}, {f['shipped_story_ari']:.3f})"
        )
    mean = result["held_out_mean"]
    print(
        f"held-out mean: claim ARI {mean['ari']:.3f}, story ARI {mean['story_ari']:.3f} "
        f"(shipped constants on the same folds: {mean['shipped_ari']:.3f}, "
        f"{mean['shipped_story_ari']:.3f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
