#!/usr/bin/env python3
"""Score claimtrail on the BBC development gold (../shared/gold), split into a rule-writing part
and a blind part that nobody reads while writing rules.

    python benchmarks/bench_gold.py                 # both parts and the whole set
    python benchmarks/bench_gold.py --part dev --errors   # the misses of the rule-writing part
    python benchmarks/bench_gold.py --fresh DIR     # and a further unread gold folder, totals only

The blind third (8 of the 24 articles, two of each section's unmentioned files, chosen before any
rule of this round was written and never listed with --errors) tells whether a rule generalises.
The scorer is the gold set's own ``score.py``, run on a filtered copy of its JSONL files.
``--fresh`` scores another folder written to the same guidelines (its own ``*-quotes.jsonl`` and
``*-claims.jsonl``, e.g. articles annotated after the rules were written) as a whole; its misses
are never listed, so it stays a check nobody tunes on.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "gold"
# Held out of rule writing: never pass these to --errors.
BLIND = frozenset(
    {
        "business/229.txt",
        "business/336.txt",
        "business/489.txt",
        "politics/094.txt",
        "politics/357.txt",
        "tech/186.txt",
        "tech/273.txt",
        "entertainment/327.txt",
    }
)


def _subset(src: Path, dest: Path, keep: set[str] | frozenset[str] | None, blind: bool) -> None:
    rows = [json.loads(line) for line in src.open(encoding="utf-8") if line.strip()]
    if keep is not None:
        rows = [r for r in rows if (r["file"] in BLIND) == blind]
    dest.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def _run(folder: Path, claimtrail: str, errors: bool) -> dict:
    cmd = [sys.executable, str(GOLD / "score.py"), "--gold", str(folder)]
    cmd += ["--claimtrail", claimtrail] + (["--errors"] if errors else [])
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    lines = out.strip().splitlines()
    if errors:
        print("\n".join(lines[:-1]))
    return json.loads(lines[-1])


def _line(part: str, result: dict) -> str:
    q, c = result["quotes"], result["claims"]
    return (
        f"{part:5}  quotes overlap P/R/F1 {q['overlap_p']:.3f}/{q['overlap_r']:.3f}/"
        f"{q['overlap_f1']:.3f}  exact {q['exact_f1']:.3f}  "
        f"attribution {q['attribution_f1']:.3f}"
        f"  speaker {q['speaker_name_acc']:.3f}  role {q['role_acc']:.3f}  |  claims recall "
        f"{c['claim_recall']:.3f}  status {c['status_acc']:.3f}  attributions "
        f"{c['attribution_recall']:.3f}"
    )


def score(part: str, claimtrail: str, errors: bool) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name in ("dev-quotes.jsonl", "dev-claims.jsonl"):
            _subset(GOLD / name, folder / name, None if part == "all" else BLIND, part == "blind")
        return _run(folder, claimtrail, errors)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--part", choices=["dev", "blind", "all", "each"], default="each")
    ap.add_argument("--claimtrail", default=str(ROOT / ".venv" / "bin" / "claimtrail"))
    ap.add_argument("--errors", action="store_true", help="list the misses (dev part only)")
    ap.add_argument(
        "--fresh", type=Path, help="also score this unread gold folder (totals only, never errors)"
    )
    args = ap.parse_args()
    if args.fresh is not None and not list(args.fresh.glob("*-claims.jsonl")):
        print(f"no *-claims.jsonl in {args.fresh}", file=sys.stderr)
        return 2
    if not (GOLD / "score.py").exists():
        print(f"no gold set at {GOLD}", file=sys.stderr)
        return 2
    if args.errors and args.part != "dev":
        print("--errors lists the rule-writing part only: add --part dev", file=sys.stderr)
        return 2
    parts = ["dev", "blind", "all"] if args.part == "each" else [args.part]
    for part in parts:
        print(_line(part, score(part, args.claimtrail, args.errors)))
    if args.fresh is not None:
        print(_line("fresh", _run(args.fresh, args.claimtrail, False)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
