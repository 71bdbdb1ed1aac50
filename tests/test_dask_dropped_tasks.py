"""Tasks the Dask scheduler drops mid-scan ("already forgotten", as when a worker dies) are sent
again, not lost: checked without a cluster, through a client that drops the first task."""

from __future__ import annotations

from concurrent.futures import CancelledError
from typing import Any

import pytest

pytest.importorskip("distributed")

from tenderguard.batch import dask_cluster
from tenderguard.batch.worker import Job, Outcome


class _Future:
    def __init__(self, unit: str, dropped: bool) -> None:
        self.unit, self.dropped = unit, dropped

    def cancelled(self) -> bool:
        return self.dropped

    def result(self) -> Outcome:
        if self.dropped:
            raise CancelledError(self.unit)
        return Outcome(unit=self.unit, ok=True)


class _Client:
    """Drops the first `drops` tasks submitted for each unit; runs the others."""

    def __init__(self, drops: int) -> None:
        self.drops, self.submitted, self.scattered = drops, [], 0

    def nthreads(self) -> dict[str, int]:
        return {"worker": 2}

    def scatter(self, job: Job, broadcast: bool) -> Job:
        self.scattered += 1
        return job

    def submit(self, fn: Any, unit: str, job: Job, pure: bool) -> _Future:
        self.submitted.append(unit)
        return _Future(unit, self.submitted.count(unit) <= self.drops)

    def close(self) -> None:
        pass


def _wait(futures: list[_Future], timeout: float, return_when: str) -> tuple[set, set]:
    if any(f.cancelled() for f in futures):
        raise CancelledError("2 Futures cancelled for reason: already forgotten.")
    return set(futures), set()


def _scan(monkeypatch: pytest.MonkeyPatch, drops: int) -> tuple[list[Outcome], _Client]:
    client = _Client(drops)
    monkeypatch.setattr(dask_cluster, "_client", lambda scheduler, jobs: (client, None))
    monkeypatch.setattr("distributed.wait", _wait)
    monkeypatch.setattr("dask.distributed.wait", _wait)
    outcomes: list[Outcome] = []
    dask_cluster.run_dask(["a.pdf", "b.pdf"], Job(), outcomes.append, jobs=2, timeout=None)
    return outcomes, client


def test_a_dropped_task_is_sent_again(monkeypatch: pytest.MonkeyPatch) -> None:
    outcomes, client = _scan(monkeypatch, drops=1)
    assert sorted((o.unit, o.ok) for o in outcomes) == [("a.pdf", True), ("b.pdf", True)]
    assert client.submitted.count("a.pdf") == 2
    assert client.scattered == 2  # the job sent again with the units


def test_a_task_dropped_again_and_again_is_a_failed_unit(monkeypatch: pytest.MonkeyPatch) -> None:
    outcomes, _ = _scan(monkeypatch, drops=10)
    assert sorted(o.unit for o in outcomes) == ["a.pdf", "b.pdf"]
    assert not any(o.ok for o in outcomes)
    assert all("CancelledError" in (o.reason or "") for o in outcomes)
