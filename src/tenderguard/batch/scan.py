"""The scan: find the units, skip those already stored for their content, check the others
in parallel, store each outcome as it arrives."""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tenderguard.batch.local import Report
from tenderguard.batch.progress import ScanProgress
from tenderguard.batch.store import Store
from tenderguard.batch.units import content_hash, discover
from tenderguard.batch.worker import Job, Outcome, failed

# run(units, job, report): checks the units and calls report(outcome) for each, in the
# order they finish. The local and Dask executors are both of this shape.
Executor = Callable[[Sequence[str], Job, Report], None]


def settings_key(job: Job) -> str:
    """What besides the documents and rules decides a result: the bidder's files, the date
    and the language. A rescan with any of them changed checks every unit again."""
    if job.bidder is None:
        facts: dict[str, object] = {"judged": False}
    else:
        facts = {
            "inputs": sorted(i.sha256 for i in job.bidder.inputs),
            "errors": sorted(e.path for e in job.bidder.errors),
            "on": job.on.isoformat() if job.on else None,
            "lang": job.lang,
        }
    return hashlib.sha256(json.dumps(facts, sort_keys=True).encode()).hexdigest()[:16]


@dataclass
class ScanSummary:
    units: int = 0
    checked: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)  # "unit: reason", this scan's and stored
    with_gaps: int = 0
    pages: int = 0
    interrupted: bool = False


def scan(
    paths: Sequence[Path],
    store: Store,
    job: Job,
    rules_version: str,
    run: Executor,
    *,
    force: bool = False,
    retry_errors: bool = False,
    quiet: bool = False,
) -> ScanSummary:
    """Scans `paths` into `store`. On KeyboardInterrupt the scan is marked interrupted in the
    store and the interrupt goes on; every unit finished before it is stored."""
    settings = settings_key(job)
    units, problems = discover(paths)
    summary = ScanSummary(units=len(units), errors=list(problems))
    planned: dict[str, str] = {}  # unit -> content hash, for the units to check
    current: list[int] = []
    unchanged: list[tuple[str, int]] = []
    unreadable: list[tuple[str, str]] = []
    for unit in units:
        try:
            digest = content_hash(unit)
        except OSError as exc:
            unreadable.append((unit.key, f"cannot read it ({exc.strerror or exc})"))
            continue
        stored = store.stored(unit.key, digest, rules_version, settings)
        if stored is not None and not force and (stored.ok or not retry_errors):
            unchanged.append((unit.key, stored.id))
            current.append(stored.id)
            summary.skipped += 1
        else:
            planned[unit.key] = digest
    if not quiet:
        print(
            f"tenderguard: {len(units)} unit(s) found, {summary.skipped} unchanged since the "
            f"last scan, {len(planned) + len(unreadable)} to check",
            file=sys.stderr,
        )
    store.keep_current(unchanged)
    scan_id = store.begin_scan(rules_version, settings, len(units))
    progress = ScanProgress(len(planned) + len(unreadable), quiet=quiet)

    def keep(outcome: Outcome, digest: str) -> None:
        current.append(store.save(outcome, digest, rules_version, settings, scan_id))
        summary.checked += 1
        progress.advance(outcome.pages, error=not outcome.ok or outcome.file_errors > 0)

    state = "interrupted"
    try:
        for key, reason in unreadable:
            keep(failed(key, reason), "")
        run(list(planned), job, lambda outcome: keep(outcome, planned[outcome.unit]))
        state = "done"
    except KeyboardInterrupt:
        summary.interrupted = True
        raise
    finally:
        progress.close()
        store.end_scan(scan_id, state, summary.checked, summary.skipped)
        _tally(store, current, summary)
    return summary


def _tally(store: Store, current: list[int], summary: ScanSummary) -> None:
    """Errors, gaps and pages over the units' current results, checked now or before."""
    wanted = set(current)
    for row in store.current_results():
        if row["id"] not in wanted:
            continue
        summary.pages += row["pages"]
        if not row["ok"]:
            summary.errors.append(f"{row['unit']}: {row['reason']}")
        elif row["file_errors"]:
            summary.errors.append(f"{row['unit']}: {row['file_errors']} file(s) not read")
        if row["gap"] or row["missing"]:
            summary.with_gaps += 1
