"""Where a report is written: stdout or a regular file, and a clear exit 2 when it cannot be.

These run the installed command in a child process: a full standard output and device
nodes are properties of the process's real file descriptors, which CliRunner replaces.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tenderguard import output

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "contrat_integration_wordpress.pdf"


def tenderguard(*args: str, stdout: object = subprocess.PIPE) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tenderguard", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
    )


def test_output_into_a_missing_folder_is_exit_2_naming_the_folder(tmp_path: Path) -> None:
    target = tmp_path / "absent" / "report.txt"
    done = tenderguard("check", str(SAMPLE), "-q", "-o", str(target))
    assert done.returncode == 2
    assert f"{target}: the folder {target.parent} does not exist" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder anyway")
def test_output_into_a_read_only_folder_is_exit_2(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        done = tenderguard("check", str(SAMPLE), "-q", "-o", str(folder / "report.txt"))
    finally:
        folder.chmod(0o700)
    assert done.returncode == 2
    assert "report.txt: cannot write the report (permission denied)" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can make a device node")
def test_a_device_named_by_o_is_refused_and_left_alone(tmp_path: Path) -> None:
    # A node of our own, like /dev/null (1, 3): a writer that replaced it harms only tmp_path.
    device = tmp_path / "null"
    os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    done = tenderguard("check", str(SAMPLE), "-q", "-o", str(device))
    assert done.returncode == 2
    assert f"{device}: not a regular file" in done.stderr
    assert stat.S_ISCHR(os.stat(device).st_mode)


def test_a_fifo_named_by_o_is_refused_and_stays_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    done = tenderguard("check", str(SAMPLE), "-q", "-o", str(fifo))
    assert done.returncode == 2
    assert f"{fifo}: not a regular file" in done.stderr
    assert fifo.is_fifo()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_a_full_standard_output_is_exit_2_with_a_message() -> None:
    with open("/dev/full", "w") as full:
        done = tenderguard("check", str(SAMPLE), "-q", stdout=full)
    assert done.returncode == 2
    assert "cannot write the report to standard output (No space left on device)" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_regular_file_is_still_written_and_replaced(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("old", encoding="utf-8")
    done = tenderguard("check", str(SAMPLE), "-q", "--format", "json", "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert target.read_text(encoding="utf-8").startswith("{")


def test_a_folder_that_refuses_the_file_is_named_in_the_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Root may write anywhere, so the refusal is simulated where the file is created.
    def refuse(**_: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(output.tempfile, "mkstemp", refuse)
    target = tmp_path / "report.txt"
    with pytest.raises(output.OutputError, match=r"report.txt: cannot write the report \(perm"):
        output.write_file("text", target)
    assert not target.exists()
