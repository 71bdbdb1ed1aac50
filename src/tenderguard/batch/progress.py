"""The scan's progress on stderr: units done / total, pages/s, errors so far, ETA.

On a terminal one line is rewritten in place; in a log (stderr not a terminal) a line is
written every `every` seconds, so that a long batch stays readable in CI or under nohup."""

from __future__ import annotations

import sys
import time
from typing import TextIO


def _duration(seconds: float) -> str:
    hours, rest = divmod(round(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}h{minutes:02d}m" if hours else f"{minutes}m{secs:02d}s"


class ScanProgress:
    def __init__(
        self, total: int, *, stream: TextIO | None = None, quiet: bool = False, every: float = 5.0
    ) -> None:
        self.total = total
        self.done = 0
        self.pages = 0
        self.errors = 0
        self._stream = stream or sys.stderr
        self._quiet = quiet
        self._live = self._stream.isatty()
        self._every = every
        self._started = time.monotonic()
        self._last_shown = 0.0
        self._shown_done = -1  # units done when the last line was written

    def line(self) -> str:
        elapsed = max(time.monotonic() - self._started, 1e-6)
        rate = self.pages / elapsed
        remaining = self.total - self.done
        eta = "?" if not self.done else _duration(elapsed / self.done * remaining)
        return (
            f"tenderguard: scan {self.done}/{self.total} units, {self.pages} pages "
            f"({rate:.0f} pages/s), {self.errors} error(s), ETA {eta}"
        )

    def advance(self, pages: int, error: bool) -> None:
        self.done += 1
        self.pages += pages
        self.errors += int(error)
        if self._quiet:
            return
        now = time.monotonic()
        if self._live:
            self._stream.write("\r" + self.line() + "\x1b[K")
            self._stream.flush()
        elif now - self._last_shown >= self._every:
            self._write_line()
            self._last_shown = now

    def _write_line(self) -> None:
        self._stream.write(self.line() + "\n")
        self._stream.flush()
        self._shown_done = self.done

    def close(self) -> None:
        if self._quiet or not self.done:
            return
        if self._live:
            self._stream.write("\r" + self.line() + "\x1b[K\n")
            self._stream.flush()
        elif self.done != self._shown_done:
            self._write_line()
