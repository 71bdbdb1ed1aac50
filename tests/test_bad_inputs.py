"""Every hostile or broken input ends in bounded time and memory, with exit 2 and a message
naming the file and the reason (or a warning and what could be read), never a traceback.
The inputs are built by tests/bad_inputs.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from bad_inputs import CASES, Case, run_case

TIME_LIMIT = 90  # seconds, per case: the slowest (50 MB of text) takes about a quarter
MEMORY_BOUND_KIB = 1024 * 1024  # peak resident memory a case may reach


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_ends_cleanly(case: Case, tmp_path: Path) -> None:
    outcome = run_case(case, tmp_path, TIME_LIMIT)
    code, err = outcome.code, outcome.stderr
    assert code is not None, f"still running after {TIME_LIMIT} s"
    assert outcome.peak_kib < MEMORY_BOUND_KIB, outcome.peak_kib
    assert "Traceback" not in err, err
    named = [line for line in err.splitlines() if str(tmp_path) in line]
    if case.expect == "error":
        assert code == 2, (code, err)
        assert any(line.startswith("tenderguard: error:") and case.reason in line
                   for line in named), err  # fmt: skip
    elif case.expect == "partial":
        assert code in (0, 1), (code, err)
        assert any(line.startswith("tenderguard: warning:") and case.reason in line
                   for line in named), err  # fmt: skip
        assert "tenderguard: error:" not in err
    else:
        assert code in (0, 1), (code, err)
        assert "tenderguard: error:" not in err
    if case.demands is not None:
        header = outcome.stdout.splitlines()[0]  # "tenderguard 0.1.0 — N exigence(s)"
        found = int(header.split("—")[1].split()[0])
        assert found >= case.demands if case.demands else found == 0, header
