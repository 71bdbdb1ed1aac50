"""Checks one unit and returns a plain outcome that crosses process and machine boundaries."""

from __future__ import annotations

import json
import time
import zlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from tenderguard.api import Bidder, check, judge_result
from tenderguard.errors import TenderguardError
from tenderguard.models import CheckResult, Requirement, Verdict
from tenderguard.names import shown
from tenderguard.report.json_report import STATUSES, report_dict
from tenderguard.report.values import describe
from tenderguard.rules import default_rules


@dataclass(frozen=True, slots=True)
class Job:
    """What every unit of a scan is judged with. `bidder` is None when nothing is judged."""

    bidder: Bidder | None = None
    on: date | None = None
    lang: str = "fr"
    password: str | None = None


@dataclass(slots=True)
class Outcome:
    """The result of one unit. `ok` is False when the unit could not be checked at all."""

    unit: str
    ok: bool
    reason: str | None = None
    report: bytes = b""  # the JSON report, zlib-compressed
    rows: list[dict[str, Any]] = field(default_factory=list)
    documents: int = 0
    pages: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    file_errors: int = 0
    seconds: float = 0.0
    peak_rss_kb: int = 0


def failed(unit: str, reason: str, seconds: float = 0.0, rss_kb: int = 0) -> Outcome:
    """A unit that could not be checked. `rss_kb` is known only when the worker itself says."""
    return Outcome(unit=unit, ok=False, reason=reason, seconds=seconds, peak_rss_kb=rss_kb)


def timed_out(unit: str, timeout: float, elapsed: float) -> Outcome:
    return failed(unit, f"took longer than the timeout of {timeout:g} s", elapsed)


def peak_rss_kb() -> int:
    """Peak resident memory of this process in KiB (0 where the platform cannot say)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _within(unit: str, path: str) -> str:
    """A piece's path as the unit's reader knows it: relative to the folder or archive."""
    unit = shown(unit)  # pieces are named by their shown names
    if path.startswith(unit + "!/"):
        return path[len(unit) + 2 :]
    if path.startswith(unit + "/"):
        return path[len(unit) + 1 :]
    return Path(path.split("!/", 1)[0]).name if path == unit else path


def _row(unit: str, req: Requirement, verdict: Verdict | None, lang: str) -> dict[str, Any]:
    source = req.sources[0]
    return {
        "requirement": req.id,
        "kind": req.kind,
        "recommended": req.recommended,
        "status": verdict.status if verdict else None,
        "piece": _within(unit, source.path),
        "page": source.page,
        "clause": source.clause,
        "text": req.text,
        "values": describe(req.values, lang),
        "reason": verdict.reason if verdict else None,
        "action": verdict.action if verdict else None,
    }


def _outcome(unit: str, result: CheckResult, job: Job, seconds: float) -> Outcome:
    ruleset = default_rules()
    report = report_dict(result, job.on or date.today(), ruleset.version)
    verdicts = {v.requirement: v for v in result.verdicts}
    read = [i for i in result.inputs if i.kind != "certificate"]
    return Outcome(
        unit=unit,
        ok=bool(read),
        reason=None if read else "; ".join(f"{e.path}: {e.reason}" for e in result.errors),
        report=zlib.compress(json.dumps(report, ensure_ascii=False).encode("utf-8")),
        rows=[_row(unit, r, verdicts.get(r.id), job.lang) for r in result.requirements],
        documents=len(read),
        pages=sum(i.pages or 0 for i in read),
        counts={s: sum(v.status == s for v in result.verdicts) for s in STATUSES},
        file_errors=len(result.errors),
        seconds=seconds,
        peak_rss_kb=peak_rss_kb(),
    )


def run_unit(unit: str, job: Job) -> Outcome:
    """Checks the unit at path `unit`; never raises: a failure is an outcome with a reason."""
    started = time.perf_counter()
    try:
        result = check([unit], password=job.password, ruleset=default_rules())
        if job.bidder is not None:
            result = judge_result(result, job.bidder, on=job.on or date.today(), lang=job.lang)
        return _outcome(unit, result, job, time.perf_counter() - started)
    except TenderguardError as exc:
        reason = str(exc)
    except MemoryError:
        reason = "ran out of memory"
    except Exception as exc:  # a bug must cost one unit, not the batch
        reason = f"unexpected {type(exc).__name__}: {exc}"
    return failed(unit, reason, time.perf_counter() - started, peak_rss_kb())
