"""A short run of the mutation fuzzer (benchmarks/fuzz_check.py) through the whole check:
damaged samples are checked or refused with a message, never an uncaught exception, a
crashed worker or a run past the timeout."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from fuzz_check import classify, fuzz


def test_damaged_samples_are_checked_or_refused(tmp_path: Path) -> None:
    outcomes = fuzz(runs=60, seed=7, timeout=30, jobs=2, work=tmp_path)
    kinds = Counter(classify(o) for o in outcomes)
    defects = [f"{Path(o.unit).name}: {o.reason}" for o in outcomes if "DEFECT" in classify(o)]
    assert not defects, defects
    assert len(outcomes) == 60
    # Both ends are reached: some damage is detected, some is read through.
    assert kinds["checked"] > 5 and kinds["refused with a message"] > 5, kinds
