"""Every measure of the samples, on a batch of documents written outside the project.

    python benchmarks/bench_blind.py /path/to/batch

A batch is laid out like samples/: the documents, then expected/ (requirements),
expected_certificates/ (certificate fields) and expected_verdicts/ (statuses), each written
by hand from the documents. Run it on a new batch before changing anything: that first
figure is the one that tells how the tool does on text it never saw.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tenderguard.evaluate import (
    FieldScore,
    evaluate_certificates,
    evaluate_samples,
    evaluate_verdicts,
    report,
)
from tenderguard.parsing.ocr import available as tesseract_available
from tenderguard.rules import default_rules


def show(title: str, score: FieldScore) -> None:
    right = score.checked - len(score.errors)
    print(f"{title}: {right}/{score.checked} = {score.accuracy:.3f}")
    for error in score.errors:
        print(f"  {error}")


if __name__ == "__main__":
    if len(sys.argv) != 2 or not Path(sys.argv[1]).is_dir():
        sys.exit("usage: bench_blind.py BATCH_FOLDER")
    root = Path(sys.argv[1])
    rules = default_rules()
    if (root / "expected").is_dir():
        print(report(evaluate_samples(root / "expected", rules)))
    if (root / "expected_certificates").is_dir():
        with_ocr = tesseract_available()
        if not with_ocr:
            print("tesseract not installed: the scanned certificates are left out")
        show("certificate fields", evaluate_certificates(root / "expected_certificates", with_ocr))
    if (root / "expected_verdicts").is_dir():
        show("verdicts", evaluate_verdicts(root / "expected_verdicts", rules))
