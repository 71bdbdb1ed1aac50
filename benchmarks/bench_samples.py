"""Precision and recall per kind, and the accuracy of values, on the project's samples.

    python benchmarks/bench_samples.py

The same measure as tests/test_samples.py (which fails below 0.90), printed in full: the
table per kind, then every miss, false demand and wrong value.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tenderguard.evaluate import evaluate_samples, report
from tenderguard.rules import default_rules

EXPECTED = Path(__file__).resolve().parents[1] / "samples" / "expected"

if __name__ == "__main__":
    print(report(evaluate_samples(EXPECTED, default_rules())))
    sys.exit(0)
