"""Units run on a Dask cluster, for batches that outgrow one machine.

Needs the optional extra: `pip install 'tenderguard[distributed]'`, on this machine and on
every worker, and the documents at the same paths on every worker (a shared or replicated
file system). Workers only check; outcomes come back here and this process alone writes
the store. Without a scheduler address a local cluster of `jobs` worker processes is
started and stopped with the scan.

Dask cannot stop a task that is running. So that a unit's timeout is counted from its
start, no more units are submitted than the cluster has worker threads; a unit past its
timeout is recorded as an error and its task cancelled (the worker thread finishes it and
the result is dropped). A task the scheduler drops (as it may when a worker dies mid-scan)
is submitted again, MAX_RESUBMISSIONS times at most, then recorded as an error: no unit is
lost.
"""

from __future__ import annotations

import time
from collections import Counter, deque
from collections.abc import Sequence
from concurrent.futures import CancelledError
from typing import Any

from tenderguard.batch.local import Report
from tenderguard.batch.worker import Job, failed, run_unit, timed_out
from tenderguard.errors import TenderguardError

MISSING = "the Dask executor needs the optional extra: pip install 'tenderguard[distributed]'"
# How many times a unit whose task the scheduler dropped is submitted again before it is
# recorded as failed.
MAX_RESUBMISSIONS = 2


class DaskUnavailable(TenderguardError):
    pass


def _client(scheduler: str | None, jobs: int) -> tuple[Any, Any]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise DaskUnavailable(MISSING) from exc
    if scheduler:
        try:
            return Client(scheduler, timeout="20s"), None
        except (OSError, TimeoutError) as exc:
            raise TenderguardError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from exc
    cluster = LocalCluster(
        n_workers=jobs,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,  # no web server: nothing listens beyond the scheduler
        host="127.0.0.1",
    )
    return Client(cluster), cluster


def run_dask(
    units: Sequence[str],
    job: Job,
    report: Report,
    *,
    jobs: int,
    timeout: float | None,
    scheduler: str | None = None,
) -> None:
    """Runs every unit on the cluster and reports each outcome here, as it comes."""
    from dask.distributed import wait

    client, cluster = _client(scheduler, jobs)
    try:
        slots = max(1, sum(client.nthreads().values()))
        shared_job = client.scatter(job, broadcast=True)
        waiting = deque(units)
        running: dict[Any, tuple[str, float]] = {}
        resubmitted: Counter[str] = Counter()
        while waiting or running:
            while waiting and len(running) < slots:
                unit = waiting.popleft()
                future = client.submit(run_unit, unit, shared_job, pure=False)
                running[future] = (unit, time.monotonic())
            try:
                done, _ = wait(list(running), timeout=1.0, return_when="FIRST_COMPLETED")
            except TimeoutError:  # nothing finished within the second: check the timeouts
                done = set()
            except CancelledError:
                # The scheduler dropped tasks ("already forgotten"), as it may when a worker dies
                # mid-scan: their units are submitted again, a few times at most.
                done = set()
            now = time.monotonic()
            if any(future.cancelled() for future in running):
                # the job may have been dropped with them: it is sent again for the units resent
                shared_job = client.scatter(job, broadcast=True)
            for future in list(running):
                unit, started = running[future]
                if future.cancelled() and resubmitted[unit] < MAX_RESUBMISSIONS:
                    del running[future]
                    resubmitted[unit] += 1
                    waiting.appendleft(unit)
                    continue
                if future in done or future.cancelled():
                    del running[future]
                    try:
                        report(future.result())
                    except Exception as exc:  # KilledWorker, a lost worker, a cancelled task
                        reason = f"the Dask task failed ({type(exc).__name__}: {exc})"
                        report(failed(unit, reason, now - started))
                elif timeout is not None and now - started > timeout:
                    del running[future]
                    future.cancel()
                    report(timed_out(unit, timeout, now - started))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
