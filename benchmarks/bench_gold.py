#!/usr/bin/env python3
"""Score claimtrail on the BBC development gold (../shared/gold), split into a rule-writing part
and a blind part that nobody reads while writing rules.

    python benchmarks/bench_gold.py                 # both parts and the whole set
    python benchmarks/bench_gold.py --part dev --errors   # the misses of the rule-writing part
    python benchmarks/bench_gold.py --fresh DIR     # and a further unread gold folder, totals only
    python benchmarks/bench_gold.py --causes        # and where the claim misses come from (counts)

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
from collections import Counter
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


def _scorer():  # type: ignore[no-untyped-def]
    """The gold's own ``score.py`` as a module (its matching rules, not a copy of them)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("gold_score", GOLD / "score.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def causes(folder: Path, claimtrail: str, keep: frozenset[str] | None, blind: bool) -> str:
    """Where each gold attribution of the part ends up, and each gold status's predicted one,
    as counts only (safe for the blind part: no item is listed)."""
    sc = _scorer()
    claims = list(sc.load(next(folder.glob("*-claims.jsonl"))))
    if keep is not None:
        claims = [r for r in claims if (r["file"] in keep) == blind]
    files = list(dict.fromkeys(r["file"] for r in claims))
    out = subprocess.run(
        [claimtrail, "analyze", "--format", "jsonl", *[str(sc.CORPUS / f) for f in files]],
        capture_output=True,
        text=True,
    ).stdout
    rows = [json.loads(x) for x in out.splitlines() if x.startswith("{")]
    if len(rows) != len(files):
        sys.exit(f"expected {len(files)} analyses, got {len(rows)}")
    analyses = dict(zip(files, rows, strict=True))
    fate: Counter[str] = Counter()
    status: Counter[str] = Counter()
    missing: Counter[str] = Counter()
    for row in claims:
        a = analyses[row["file"]]
        text, names = a["article"]["text"], sc.entity_names(a)

        def hay(c: dict, text: str = text) -> str:
            start, end = c.get("start") or 0, c.get("end") or 0
            span = text[start:end] if 0 < end - start <= sc.MAX_SPAN else ""
            return ((c.get("text") or "")[: sc.MAX_TEXT] + " " + span).lower()

        def sources(x: dict, names: dict = names) -> list[str]:
            src = x.get("source") or {}
            return [src.get("name") or "", *names.get(src.get("entity_id"), [])]

        every = [(c, x) for c in a.get("claims", []) for x in c.get("attributions", [])]
        for n, gc in enumerate(row["claims"]):
            kws = [k.lower() for k in gc["keywords"]]
            cands = [c for c in a.get("claims", []) if all(k in hay(c) for k in kws)]
            ids = {id(c) for c in cands}
            status[f"{gc['status']}->{_predicted_status(cands, gc, text)}"] += 1
            if not cands:
                missing[_why_missing(a, gc, kws, hay, central=n == 0)] += 1
            for ga in gc["attributions"]:
                same = [(c, x) for c, x in every if sc.same_source(ga["source"], sources(x))]
                right = [(c, x) for c, x in same if x.get("attitude") == ga["attitude"]]
                if any(id(c) in ids for c, _ in right):
                    fate["hit"] += 1
                elif not cands:
                    fate["claim not found"] += 1
                elif right:
                    fate["right source and attitude, another claim"] += 1
                elif any(id(c) in ids for c, _ in same):
                    fate["right source, other attitude"] += 1
                elif same:
                    fate["source only in another claim"] += 1
                else:
                    fate["source in no claim"] += 1
    return (
        "  attributions: "
        + ", ".join(f"{k} {v}" for k, v in fate.most_common())
        + "\n  statuses (gold->predicted): "
        + ", ".join(f"{k} {v}" for k, v in sorted(status.items(), key=lambda kv: -kv[1]))
        + "\n  claims not found: "
        + ", ".join(f"{k} {v}" for k, v in missing.most_common())
    )


def _why_missing(a: dict, gc: dict, kws: list[str], hay, central: bool) -> str:  # type: ignore[no-untyped-def]
    """Why no predicted claim holds a gold claim's keywords, as a class with no article words:
    whether a claim or a quote stands where its evidence is, and which kind of keyword (a name,
    capitalised in the gold; a content term) the nearest such claim lacks."""
    text = a["article"]["text"]
    spans = [
        (i, i + len(ga["evidence"]))
        for ga in gc["attributions"]
        if (i := text.find(ga["evidence"])) >= 0
    ]

    def at_evidence(x: dict) -> bool:
        start, end = x.get("start") or 0, x.get("end") or 0
        return any(min(end, j) > max(start, i) for i, j in spans)

    first = "central: " if central else "other: "
    near = [c for c in a.get("claims", []) if at_evidence(c)]
    if not near:
        quoted = any(at_evidence(q) for q in a.get("quotes", []))
        return first + (
            "a quote at its evidence, no claim" if quoted else "nothing at its evidence"
        )
    best = max(near, key=lambda c: sum(k in hay(c) for k in kws))
    lacks = [k for k, raw in zip(kws, gc["keywords"], strict=True) if k not in hay(best)]
    kinds = sorted(
        {
            "name" if raw[:1].isupper() else "term"
            for k, raw in zip(kws, gc["keywords"], strict=True)
            if k in lacks
        }
    )
    start, end = best.get("start") or 0, best.get("end") or 0
    long = " (span too long to match)" if end - start > 400 else ""
    evidence = " ".join(ga["evidence"].lower() for ga in gc["attributions"])
    where = " in its evidence" if all(k in evidence for k in lacks) else " elsewhere"
    return first + "claim at its evidence lacks " + "+".join(kinds) + where + long


def _predicted_status(cands: list[dict], gc: dict, text: str) -> str:
    """The status the scorer reads: the candidate stated where the gold evidence is."""
    if not cands:
        return "not found"

    def overlap(c: dict) -> int:
        start, end = c.get("start") or 0, c.get("end") or 0
        total = 0
        for ga in gc["attributions"]:
            i = text.find(ga["evidence"])
            if i >= 0:
                total += max(0, min(end, i + len(ga["evidence"])) - max(start, i))
        return total

    return str(max(cands, key=lambda c: (overlap(c), c.get("central", False))).get("status"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--part", choices=["dev", "blind", "all", "each"], default="each")
    ap.add_argument("--claimtrail", default=str(ROOT / ".venv" / "bin" / "claimtrail"))
    ap.add_argument("--errors", action="store_true", help="list the misses (dev part only)")
    ap.add_argument(
        "--fresh", type=Path, help="also score this unread gold folder (totals only, never errors)"
    )
    ap.add_argument(
        "--causes",
        action="store_true",
        help="also count where each part's gold attributions and statuses end up (totals only)",
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
        if args.causes and part != "all":
            print(causes(GOLD, args.claimtrail, BLIND, part == "blind"))
    if args.fresh is not None:
        print(_line("fresh", _run(args.fresh, args.claimtrail, False)))
        if args.causes:
            print(causes(args.fresh, args.claimtrail, None, False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
