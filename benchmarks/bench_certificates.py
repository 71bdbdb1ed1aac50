"""Accuracy of certificate reading and of verdicts, on the project's samples.

    python benchmarks/bench_certificates.py

The same measures as tests/test_certificates.py and tests/test_compare.py (which fail below
0.95 and 0.90), printed with every wrong field and every wrong status.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tenderguard.evaluate import folder_report
from tenderguard.rules import default_rules

SAMPLES = Path(__file__).resolve().parents[1] / "samples"

if __name__ == "__main__":
    print(folder_report(SAMPLES, default_rules(), requirements=False))
    sys.exit(0)
