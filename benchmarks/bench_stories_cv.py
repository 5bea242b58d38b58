"""Story and claim grouping on Emergent with grouped cross-validation by claim.

    python benchmarks/bench_stories_cv.py [--folds 3] [--linked part|whole] [--top 5] [--json]

The story constants of ``claimtrail.link.stories`` (the story threshold and the weight of
headline terms) were chosen on Emergent's training split. This checks how much that choice
flatters the figures: the claims are split into ``--folds`` groups; for each, the grid below is
scored on the headlines of the other groups and the best setting is then scored on the held-out
group's headlines, which it never saw. Linking runs in memory (``Linker.plan`` plus the
bookkeeping the store does after each article: new claims and the story's running mean),
not through a store, so a run takes seconds once the headlines are analysed; the analyses
come from ``bench_claims.py``'s cache (run it first, or this analyses them the same way).

Beside the nested estimate it lists the settings by their mean score over the held-out folds
(``--top``): the cross-validated choice of what to ship. A setting is chosen on the other folds
only among those keeping their claim ARI at ``CLAIM_ARI_FLOOR``. ``--linked whole`` links the
whole split once per setting and scores each fold's headlines of that linking (see ``--help``).
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

# ``story_threshold`` is the embedder's; the other names are constants of
# ``claimtrail.link.stories``, set on the module for each run.
# A setting is chosen on the other folds only among those keeping their claim ARI this high
# (the grouping target); if none does, among all.
CLAIM_ARI_FLOOR = 0.70
GRID: dict[str, list[float]] = {
    "story_threshold": [0.56, 0.60, 0.64],
    "STORY_TERM_WEIGHT": [0.1, 0.2, 0.3],
    "TERM_MIN_ROWS": [0, 100, 200],
}


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


def link(analyses: list[Analysis], embedder: CachedEmbedder, setting: dict) -> tuple[list, list]:
    embedder.story_threshold = setting["story_threshold"]
    for name, value in setting.items():
        if name != "story_threshold":
            setattr(S, name, value)
    return link_all(analyses, embedder)


def scores_of(
    rows: list[dict[str, str]], linked: tuple[list, list], idx: list[int]
) -> dict[str, float]:
    """Claim and story ARI over the headlines ``idx`` of a linking."""
    groups, stories = linked
    gold = [rows[i]["claimId"] for i in idx]
    return {
        "ari": adjusted_rand_score(gold, [groups[i] for i in idx]),
        "story_ari": adjusted_rand_score(gold, [stories[i] for i in idx]),
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--top", type=int, default=5, help="settings listed by CV score")
    parser.add_argument(
        "--linked",
        choices=["whole", "part"],
        default="part",
        help="part: link each fold's headlines alone (the first design; a fold's store holds "
        "fewer stories than the whole split's, and key rarity depends on that count); whole: "
        "link all headlines once per setting and score each fold's headlines of it (a "
        "fold's ARI then misses merges with other folds' claims: higher than the full figure)",
    )
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"no Emergent data at {args.data} (set CLAIMTRAIL_SHARED_DATA)", file=sys.stderr)
        return 2
    rows = read_rows(args.data, None)
    cache = Path(tempfile.gettempdir()) / f"claimtrail-emergent-{code_digest()}.jsonl"
    analyses = analyses_for(rows, cache)
    inner = load_embedder("model")
    embedder = CachedEmbedder(inner, inner.story_threshold)
    defaults = {
        "story_threshold": inner.story_threshold,
        **{name: getattr(S, name) for name in GRID if name != "story_threshold"},
    }
    claims = sorted({r["claimId"] for r in rows})
    rng = np.random.default_rng(0)
    fold_of = {c: i % args.folds for i, c in enumerate(rng.permutation(claims))}
    settings = [dict(zip(GRID, v, strict=True)) for v in itertools.product(*GRID.values())]
    folds = []
    # Each setting's scores on each held-out fold: their mean ranks the settings (the
    # cross-validated choice of what to ship; the nested figure stays the estimate).
    cv: list[list[dict[str, float]]] = [[] for _ in settings]
    everything = list(range(len(rows)))
    whole = [link(analyses, embedder, s) for s in settings] if args.linked == "whole" else []
    for fold in range(args.folds):
        train = [i for i, r in enumerate(rows) if fold_of[r["claimId"]] != fold]
        test = [i for i, r in enumerate(rows) if fold_of[r["claimId"]] == fold]

        def run(idx: list[int], setting: dict, i: int | None = None) -> dict[str, float]:
            """Scores on the headlines ``idx``: of the whole split's linking (``--linked
            whole``), or of linking only those headlines (``part``)."""
            if args.linked == "whole":
                linked = whole[i] if i is not None else link(analyses, embedder, setting)
                return scores_of(rows, linked, idx)
            linked = link([analyses[j] for j in idx], embedder, setting)
            return scores_of([rows[j] for j in idx], linked, list(range(len(idx))))

        on_train = [run(train, s, i) for i, s in enumerate(settings)]
        allowed = [i for i, r in enumerate(on_train) if r["ari"] >= CLAIM_ARI_FLOOR] or list(
            range(len(settings))
        )
        chosen = max(allowed, key=lambda i: on_train[i]["story_ari"])
        for i, setting in enumerate(settings):
            cv[i].append(run(test, setting, i))
        held_out = cv[chosen][-1]
        as_shipped = run(test, defaults)
        folds.append(
            {
                "fold": fold,
                "chosen": settings[chosen],
                **held_out,
                "shipped_ari": as_shipped["ari"],
                "shipped_story_ari": as_shipped["story_ari"],
            }
        )
    ranked = sorted(
        (
            {
                "setting": setting,
                "ari": float(np.mean([r["ari"] for r in cv[i]])),
                "story_ari": float(np.mean([r["story_ari"] for r in cv[i]])),
            }
            for i, setting in enumerate(settings)
        ),
        key=lambda r: -r["story_ari"],
    )
    # also puts the shipped constants back
    shipped = scores_of(rows, link(analyses, embedder, defaults), everything)
    result = {
        "shipped_on_all": {"setting": defaults, **shipped},
        "held_out_mean": {
            k: float(np.mean([f[k] for f in folds]))
            for k in ("ari", "story_ari", "shipped_ari", "shipped_story_ari")
        },
        "folds": folds,
        "cv_ranking": ranked,
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
    print("settings by mean held-out story ARI (claim ARI beside):")
    for r in ranked[: args.top]:
        print(f"  story {r['story_ari']:.3f} claim {r['ari']:.3f} {r['setting']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
