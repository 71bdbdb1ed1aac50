"""scan --executor dask the way users run it: a real `dask scheduler` and two `dask worker`
processes on 127.0.0.1, units that take seconds each, and a worker killed mid-way."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("dask.distributed")

DASK = Path(sys.executable).with_name("dask")
CLAUSE = (
    "Article {n} - Assurances\nLe titulaire souscrit une assurance de responsabilité civile "
    "professionnelle d'un montant de {n} 000 € par sinistre. Les données sont hébergées dans "
    "l'Union européenne. Toute violation de données est notifiée sous 48 heures.\n"
)
UNITS = 6
# About three seconds of checking per unit on a CI machine: no unit finishes within the
# executor's one-second wait, and the worker is killed while it holds one.
REPEATS = 3000


def _start(*args: str, log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(
            [str(DASK), *args], stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


def _wait_for(condition: object, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[tuple[str, list[subprocess.Popen[bytes]]]]:
    """A scheduler and two single-threaded workers without nannies, so that killing a
    worker's process kills the worker."""
    if not DASK.exists():
        pytest.skip("the dask command is not installed beside this Python")
    address_file = tmp_path / "scheduler.json"
    common = ["--no-dashboard", "--host", "127.0.0.1"]
    scheduler = _start(
        "scheduler", "--port", "0", "--scheduler-file", str(address_file), *common,
        log=tmp_path / "scheduler.log",
    )  # fmt: skip
    workers: list[subprocess.Popen[bytes]] = []
    try:
        _wait_for(address_file.exists, 60, "the scheduler")
        address = json.loads(address_file.read_text())["address"]
        for n in (1, 2):
            workers.append(
                _start(
                    "worker",
                    "--scheduler-file",
                    str(address_file),
                    "--nthreads",
                    "1",
                    "--no-nanny",
                    "--name",
                    f"w{n}",
                    *common,
                    log=tmp_path / f"worker{n}.log",
                )
            )
        yield address, workers
    finally:
        for process in [*workers, scheduler]:
            _stop(process)


def _stored(db: Path) -> list[tuple[str, int]]:
    if not db.exists():
        return []
    try:
        with sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True) as connection:
            return connection.execute("SELECT unit, ok FROM results").fetchall()
    except sqlite3.OperationalError:  # not created yet
        return []


def test_a_worker_killed_mid_scan_loses_no_unit_and_stores_none_twice(
    tmp_path: Path, cluster: tuple[str, list[subprocess.Popen[bytes]]]
) -> None:
    address, workers = cluster
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for unit in range(UNITS):
        text = "".join(CLAUSE.format(n=unit * 10 + i % 900 + 100) for i in range(REPEATS))
        (corpus / f"contrat_{unit}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "store.sqlite"
    scan = subprocess.Popen(
        [sys.executable, "-m", "tenderguard", "scan", str(corpus), "--db", str(db),
         "--executor", "dask", "--scheduler", address, "-q"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        _wait_for(lambda: _stored(db) or scan.poll() is not None, 240, "the first unit stored")
        assert scan.poll() is None, scan.communicate()[1]
        assert len(_stored(db)) < UNITS, "the scan ended before a worker could be killed"
        workers[0].kill()  # SIGKILL: the unit it holds is lost with it
        _, err = scan.communicate(timeout=600)
    finally:
        if scan.poll() is None:
            scan.kill()
    assert scan.returncode == 0, err
    assert "TimeoutError" not in err
    stored = _stored(db)
    assert sorted(unit for unit, _ in stored) == sorted(
        str(corpus / f"contrat_{unit}.txt") for unit in range(UNITS)
    )  # every unit, each exactly once
    assert all(ok == 1 for _, ok in stored), stored
