"""Accuracy of certificate reading and of verdicts, on the project's samples.

    python benchmarks/bench_certificates.py

The same measures as tests/test_certificates.py and tests/test_compare.py (which fail below
0.95 and 0.90), printed with every wrong field and every wrong status.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tenderguard.evaluate import FieldScore, evaluate_certificates, evaluate_verdicts
from tenderguard.parsing.ocr import available as tesseract_available
from tenderguard.rules import default_rules

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def show(title: str, score: FieldScore) -> None:
    right = score.checked - len(score.errors)
    print(f"{title}: {right}/{score.checked} = {score.accuracy:.3f}")
    for error in score.errors:
        print(f"  {error}")


if __name__ == "__main__":
    with_ocr = tesseract_available()
    if not with_ocr:
        print("tesseract not installed: the scanned certificate is left out")
    show("certificate fields", evaluate_certificates(SAMPLES / "expected_certificates", with_ocr))
    show("verdicts", evaluate_verdicts(SAMPLES / "expected_verdicts", default_rules()))
    sys.exit(0)
