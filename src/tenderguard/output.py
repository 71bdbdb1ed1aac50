"""Writing a report where the user asked: standard output, or a regular file.

A file is written atomically (a temporary file in the same folder, then renamed over the
target), never over one of the inputs, and only as a regular file: a device, a FIFO or a
socket named by -o is refused, since renaming over it would replace the node itself.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path

from tenderguard.errors import TenderguardError
from tenderguard.names import shown


class OutputError(TenderguardError):
    """The report could not be written where asked; the message names the place."""


class BrokenPipe(OutputError):
    """The reader of standard output went away (`| head`): nothing to tell anyone."""


def _reads(inputs: Iterable[Path]) -> set[Path]:
    """Every file the inputs stand for: the files themselves and those inside folders."""
    files = set()
    for given in inputs:
        path = given.resolve()
        files.add(path)
        if path.is_dir():
            files.update(f.resolve() for f in path.rglob("*") if f.is_file())
    return files


def write_stdout(content: str | bytes) -> None:
    """`content` on standard output, flushed, so that a full disk is known here."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    except OSError as exc:
        # What is left in the buffer would fail again when Python flushes it at exit.
        with suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        if isinstance(exc, BrokenPipeError):
            raise BrokenPipe("standard output was closed") from exc
        reason = exc.strerror or str(exc)
        raise OutputError(f"cannot write the report to standard output ({reason})") from exc


def write_file(content: str | bytes, output: Path, inputs: Iterable[Path] = ()) -> None:
    """`content` written to `output`, atomically, refusing anything but a regular file and
    refusing to overwrite an input."""
    name = shown(output)
    target = output.resolve()
    if target in _reads(inputs):
        raise OutputError(f"{name}: refusing to write the report over one of the inputs")
    if not target.parent.is_dir():
        raise OutputError(f"{name}: the folder {shown(output.parent)} does not exist")
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise OutputError(f"{name}: cannot write the report ({exc.strerror or exc})") from exc
    if mode is not None and not stat.S_ISREG(mode):
        raise OutputError(
            f"{name}: not a regular file (a device, FIFO, socket or folder); give the path of "
            "a file, or no -o to write on standard output"
        )
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        fd, tmp = tempfile.mkstemp(prefix=".tenderguard-", dir=target.parent)
    except OSError as exc:
        reason = "permission denied" if exc.errno == errno.EACCES else exc.strerror or str(exc)
        raise OutputError(f"{name}: cannot write the report ({reason})") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private; a report is an ordinary file
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{name}: cannot write the report ({exc.strerror or exc})") from exc
