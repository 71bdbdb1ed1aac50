"""Outcome, time and peak memory of `tenderguard check` on each hostile or broken input.

    python benchmarks/bench_bad_inputs.py

The inputs are built by tests/bad_inputs.py (the same cases tests/test_bad_inputs.py runs);
each is checked in a process of its own with a 3 GiB address space.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from bad_inputs import CASES, run_case

TIME_LIMIT = 300


def main() -> None:
    print(f"{'case':45} {'exit':>4} {'seconds':>8} {'peak MB':>8}  message")
    worst_time = worst_memory = 0.0
    for case in CASES:
        with tempfile.TemporaryDirectory(prefix="tenderguard-bad-") as folder:
            outcome = run_case(case, Path(folder), TIME_LIMIT)
        said = [
            line
            for line in outcome.stderr.splitlines()
            if " error: " in line or " warning: " in line
        ]
        message = said[0].split(": ", 3)[-1][:70] if said else "-"
        print(
            f"{case.name:45} {outcome.code if outcome.code is not None else 'KILL':>4} "
            f"{outcome.seconds:8.1f} {outcome.peak_kib / 1024:8.0f}  {message}"
        )
        worst_time = max(worst_time, outcome.seconds)
        worst_memory = max(worst_memory, outcome.peak_kib / 1024)
    print(f"{len(CASES)} cases; slowest {worst_time:.1f} s; largest {worst_memory:.0f} MB")


if __name__ == "__main__":
    main()
