"""Clause-level precision, recall and F1 on the real corpus, against gold written by reading it.

    python benchmarks/bench_real.py [--corpus DIR] [--gold DIR]

The documents are real tenders and contracts by others (../shared/corpus/real/); the gold
(benchmarks/gold/real/, one file per document) lists, for each demand, its kind, clause, page
and values, the places that only restate it (`also`) and the places that must not become a
demand (`must_not`). A demand is found when a requirement of its kind cites its clause as its
main citation. Target: F1 >= 0.90.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tenderguard.evaluate import evaluate_samples, report
from tenderguard.rules import default_rules

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parents[1] / "shared" / "corpus" / "real"
DEFAULT_GOLD = HERE / "gold" / "real"

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"corpus not found at {args.corpus}: give --corpus")
    evaluation = evaluate_samples(
        args.gold, default_rules(), main_citation=True, inputs_root=args.corpus
    )
    print(report(evaluation))
    total = evaluation.total()
    print("target met" if total.f1 >= 0.90 else "target NOT met (F1 >= 0.90)")
