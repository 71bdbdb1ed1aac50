"""Runs `tenderguard check` on every file of the real corpus, one file at a time.

    python benchmarks/run_corpus.py [--corpus DIR]

Prints, per file, the exit status, the number of requirements and their kinds, and any error;
the corpus is how users' files look, so every file must be read without a crash.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from tenderguard.api import check
from tenderguard.rules import default_rules

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    files = sorted(p for p in args.corpus.iterdir() if p.is_file())
    if not files:
        print(f"no file in {args.corpus}: give --corpus", file=sys.stderr)
        return 2
    ruleset = default_rules()
    failures = 0
    for path in files:
        started = time.perf_counter()
        result = check([path], ruleset=ruleset)
        took = time.perf_counter() - started
        kinds = Counter(r.kind for r in result.requirements)
        status = "ERROR" if result.errors else "ok"
        failures += bool(result.errors)
        print(f"{status:<5} {path.name:<66} {len(result.requirements):>3} req {took:5.2f} s")
        print("      " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
        for error in result.errors:
            print(f"      ! {error.reason}")
    print(f"{len(files)} files, {failures} with errors")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
