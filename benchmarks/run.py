"""Run every benchmark script in this folder (``bench_*.py``), one process each, in name order.

    python benchmarks/run.py [--only NAME] [-- ARGS passed to every script]

Each script prints its own figures; this runner adds a header per script and exits non-zero if
any of them failed, listing which.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PATTERN = "bench_*.py"


def discover(only: str | None) -> list[Path]:
    scripts = sorted(HERE.glob(PATTERN))
    return [s for s in scripts if only is None or only in s.stem]


def run_one(script: Path, args: list[str]) -> int:
    print(f"\n=== {script.stem} ===", flush=True)
    started = time.perf_counter()
    code = subprocess.call([sys.executable, str(script), *args])
    print(f"--- {script.stem}: exit {code}, {time.perf_counter() - started:.1f} s", flush=True)
    return code


def split_args(argv: list[str]) -> tuple[list[str], list[str]]:
    """The runner's own options, and what follows ``--`` for every script."""
    if "--" not in argv:
        return argv, []
    cut = argv.index("--")
    return argv[:cut], argv[cut + 1 :]


def main(argv: list[str]) -> int:
    own, passed = split_args(argv)
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", help="run only scripts whose name contains this")
    args = parser.parse_args(own)
    scripts = discover(args.only)
    if not scripts:
        print(f"no {PATTERN} matches in {HERE}", file=sys.stderr)
        return 2
    failed = [s.stem for s in scripts if run_one(s, passed) != 0]
    if failed:
        print(f"\nfailed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
