"""Exceptions of the library. The CLI turns them into messages and exit code 2."""

from __future__ import annotations


class TenderguardError(Exception):
    """Base of every error the tool reports to the user instead of a traceback."""


class InputFileError(TenderguardError):
    """A file that cannot be read: names the file and says why."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class UnsupportedFormat(InputFileError):
    pass


class EncryptedDocument(InputFileError):
    pass


class UnsafeArchive(InputFileError):
    pass


class RuleError(TenderguardError):
    """One or more rule files are invalid; every problem is listed at once."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("invalid rules:\n  " + "\n  ".join(problems))
        self.problems = problems
