#!/usr/bin/env python3
"""Print claimtrail's quotes on a random sample of BBC articles beyond the gold, to read by hand.

    python benchmarks/sample_quotes.py --seed 7 --per-section 5

Precision on text nobody tuned on (docs/evaluation.md, "Quotes on BBC news"): sport,
entertainment and tech articles of ../shared/data/bbc-news/bbc, never a gold file (dev or
blind). One line per quote: kind, cue, speaker, role and the first 110 characters.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "data" / "bbc-news" / "bbc"
GOLD = ROOT.parent / "shared" / "gold" / "dev-quotes.jsonl"
SECTIONS = ("sport", "entertainment", "tech")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--per-section", type=int, default=5)
    args = ap.parse_args()
    if not CORPUS.is_dir():
        print(f"no BBC corpus at {CORPUS}", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_gold import BLIND

    from claimtrail.ingest.readers import article_from_text
    from claimtrail.pipeline import Analyzer

    gold = {json.loads(line)["file"] for line in GOLD.open()} if GOLD.exists() else set()
    rnd = random.Random(args.seed)
    files = []
    for section in SECTIONS:
        names = sorted(
            p
            for p in (CORPUS / section).glob("*.txt")
            if f"{section}/{p.name}" not in gold | set(BLIND)
        )
        files += rnd.sample(names, args.per_section)
    analyzer = Analyzer(use_stance_model=False)
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        analysis = analyzer.analyze(article_from_text(text, str(path)))
        print("=====", f"{path.parent.name}/{path.name}")
        for q in analysis.quotes:
            sp = q.speaker
            print(
                f"  [{q.kind[:3]}] cue={q.cue.text if q.cue else None!r} "
                f"sp={sp.name if sp else None!r} role={sp.role if sp else None!r} :: "
                f"{q.text[:110]!r}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
