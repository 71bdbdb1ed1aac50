"""Units run in worker processes of this machine, one process per unit.

A process per unit costs a fork (milliseconds: the rules and certificates are already in
memory), and buys what a batch needs: a unit that crashes its process or runs past the
timeout is killed alone, and memory returns to the system after every unit, so a worker's
peak does not grow with the size of the batch.

A forked worker also inherits the scan's open SQLite connection. It never uses it, and it
ends through multiprocessing's os._exit, with no finalisation that could close it: SQLite
forbids using or closing a connection across a fork, and both stay in the parent.
"""

from __future__ import annotations

import multiprocessing
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any

from tenderguard.batch.worker import Job, Outcome, failed, run_unit, timed_out

Report = Callable[[Outcome], None]


def _context() -> Any:  # ForkContext or SpawnContext, which typeshed keys by platform
    # fork shares the rules already loaded; elsewhere (macOS, Windows) spawn re-imports them.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _child(unit: str, job: Job, sender: Connection) -> None:
    # Ctrl-C reaches the whole process group; the parent decides, the child just stops
    # when told to.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    outcome = run_unit(unit, job)
    try:
        sender.send(outcome)
    except (BrokenPipeError, OSError):  # the scan itself is gone: nobody to tell
        pass
    finally:
        sender.close()


@dataclass
class _Running:
    unit: str
    process: BaseProcess
    receiver: Connection
    started: float


def _signal_name(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            return signal.Signals(-code).name
        except ValueError:
            return f"signal {-code}"
    return f"exit code {code}"


def run_local(
    units: Sequence[str], job: Job, report: Report, *, jobs: int, timeout: float | None
) -> None:
    """Runs every unit, at most `jobs` at a time, and reports each outcome as it comes.

    On Ctrl-C (or SIGTERM) the running workers are killed and KeyboardInterrupt is raised:
    their units were not reported, so the next scan checks them again."""
    context = _context()
    waiting = deque(units)
    running: list[_Running] = []
    stop = _StopRequest()
    try:
        while waiting or running:
            stop.check()
            while waiting and len(running) < jobs:
                unit = waiting.popleft()
                receiver, sender = context.Pipe(duplex=False)
                process = context.Process(target=_child, args=(unit, job, sender), daemon=True)
                process.start()
                sender.close()
                running.append(_Running(unit, process, receiver, time.monotonic()))
            wait(
                [r.receiver for r in running] + [r.process.sentinel for r in running],
                timeout=_next_deadline(running, timeout),
            )
            stop.check()
            for item in list(running):
                outcome = _collect(item, timeout)
                if outcome is not None:
                    running.remove(item)
                    report(outcome)
    finally:
        stop.restore()
        for item in running:
            item.process.kill()
            item.process.join()
            item.receiver.close()


class _StopRequest:
    """Ctrl-C and SIGTERM noted, then raised as KeyboardInterrupt between two steps.

    Python's own Ctrl-C handling raises wherever the main thread is, and a KeyboardInterrupt
    raised inside the hooks that run around a fork is printed and dropped: a Ctrl-C that
    lands during a worker's start would be lost. Noting the request and acting on it here
    makes every Ctrl-C count."""

    _POLL = 0.25  # seconds: how soon a request is acted upon while workers run

    def __init__(self) -> None:
        self.requested = False
        self._previous: dict[int, Any] = {}
        if threading.current_thread() is threading.main_thread():  # signals: main thread only
            for number in (signal.SIGINT, signal.SIGTERM):
                self._previous[number] = signal.signal(number, self._note)

    def _note(self, number: int, frame: object) -> None:
        self.requested = True

    def check(self) -> None:
        if self.requested:
            raise KeyboardInterrupt

    def restore(self) -> None:
        for number, handler in self._previous.items():
            signal.signal(number, handler)


def _next_deadline(running: list[_Running], timeout: float | None) -> float:
    """How long to wait for workers: until the first timeout, and never long enough to
    leave a Ctrl-C unanswered."""
    if timeout is None:
        return _StopRequest._POLL
    now = time.monotonic()
    return max(0.0, min([_StopRequest._POLL] + [r.started + timeout - now for r in running]))


def _collect(item: _Running, timeout: float | None) -> Outcome | None:
    """The item's outcome if it has one now: sent, crashed, or out of time; else None."""
    elapsed = time.monotonic() - item.started
    outcome: Outcome | None = None
    if item.receiver.poll():
        try:
            outcome = item.receiver.recv()
        except (EOFError, OSError):
            outcome = None  # died while sending: judged below as a crash
        if outcome is not None:
            item.process.join()
            item.receiver.close()
            return outcome
    if not item.process.is_alive():
        item.process.join()
        item.receiver.close()
        reason = f"the worker process died ({_signal_name(item.process.exitcode)})"
        return failed(item.unit, reason, elapsed)
    if timeout is not None and elapsed > timeout:
        item.process.kill()
        item.process.join()
        item.receiver.close()
        return timed_out(item.unit, timeout, elapsed)
    return None
