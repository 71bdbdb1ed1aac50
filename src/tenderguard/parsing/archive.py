"""Safe reading of ZIP archives (DCE packages): no path escapes, bounded expansion."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath

from tenderguard.errors import UnsafeArchive

MAX_MEMBERS = 2000
MAX_TOTAL_BYTES = 512 * 1024 * 1024  # expanded size of one archive
MAX_MEMBER_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200  # expanded / compressed, per member: beyond, a zip bomb
MAX_DEPTH = 2  # an archive inside an archive inside the DCE is still read; deeper is not

_IGNORED_PARTS = ("__MACOSX",)
_IGNORED_NAMES = (".DS_Store", "Thumbs.db", "desktop.ini")


@dataclass(frozen=True, slots=True)
class Member:
    name: str  # path inside the archive, POSIX
    data: bytes


@dataclass(frozen=True, slots=True)
class Skipped:
    name: str
    reason: str


def check_zip_budget(
    archive: zipfile.ZipFile, path: str, max_member: int = MAX_MEMBER_BYTES
) -> None:
    """Refuses an archive whose declared expansion is too large (checked before reading)."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise UnsafeArchive(path, f"{len(infos)} entries, more than the {MAX_MEMBERS} accepted")
    total = sum(i.file_size for i in infos)
    if total > MAX_TOTAL_BYTES:
        raise UnsafeArchive(path, f"expands to {total:,} bytes, more than {MAX_TOTAL_BYTES:,}")
    for info in infos:
        if info.file_size > max_member or (
            info.compress_size
            and info.file_size / info.compress_size > MAX_RATIO
            and info.file_size > 1024 * 1024
        ):
            raise UnsafeArchive(path, f"entry {info.filename!r} expands suspiciously (zip bomb?)")


def _safe_name(name: str) -> str | None:
    """The member's path if it stays inside the archive, else None."""
    if "\\" in name:
        name = name.replace("\\", "/")
    posix = PurePosixPath(name)
    if posix.is_absolute() or ".." in posix.parts or (posix.parts and ":" in posix.parts[0]):
        return None
    return str(posix)


def read_zip(data: bytes, path: str) -> tuple[list[Member], list[Skipped]]:
    """Members of the archive with their bytes, and those skipped with the reason."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise UnsafeArchive(path, f"not a readable ZIP archive ({exc})") from exc
    with archive:
        check_zip_budget(archive, path)
        members: list[Member] = []
        skipped: list[Skipped] = []
        for info in archive.infolist():
            if info.is_dir():
                continue
            parts = PurePosixPath(info.filename).parts
            if any(p in _IGNORED_PARTS for p in parts) or parts[-1] in _IGNORED_NAMES:
                continue
            name = _safe_name(info.filename)
            if name is None:
                skipped.append(Skipped(info.filename, "path leaves the archive; entry ignored"))
                continue
            if info.flag_bits & 0x1:
                skipped.append(Skipped(name, "entry is encrypted"))
                continue
            try:
                with archive.open(info) as stream:
                    # Read at most the declared size + 1 byte: a lying header cannot inflate more.
                    content = stream.read(info.file_size + 1)
            except (zipfile.BadZipFile, OSError, NotImplementedError, RuntimeError) as exc:
                skipped.append(Skipped(name, f"cannot be extracted ({exc})"))
                continue
            if len(content) > info.file_size:
                skipped.append(Skipped(name, "entry is larger than its header says"))
                continue
            members.append(Member(name, content))
        return members, skipped
