"""The pipeline end to end: what the CLI, the batch runner and the tests share."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from tenderguard.detect import detect_piece
from tenderguard.inputs import Progress, load_inputs
from tenderguard.merge import merge
from tenderguard.models import CheckResult, Finding
from tenderguard.rules.loader import RuleSet, default_rules


def check(
    paths: Sequence[Path | str],
    *,
    password: str | None = None,
    ruleset: RuleSet | None = None,
    progress: Progress | None = None,
) -> CheckResult:
    """Reads the documents of one tender and lists what they demand, with citations."""
    ruleset = ruleset or default_rules()
    loaded = load_inputs(paths, password=password, progress=progress)
    findings: list[Finding] = []
    for piece in loaded.pieces:
        findings.extend(detect_piece(piece, ruleset))
    requirements = merge(findings, [p.path for p in loaded.pieces])
    return CheckResult(
        inputs=tuple(loaded.inputs),
        errors=tuple(loaded.errors),
        requirements=tuple(requirements),
        warnings=tuple(loaded.warnings),
    )
