"""What a scan checks: units. A DCE (folder or archive) is one unit, a lone contract another.

A folder is a DCE when the names of the files directly inside it mark tender pieces (RC,
CCAP, CCTP, acte d'engagement) and no more than one RC and one CCAP: the whole folder,
sub-folders included, is then one unit. (A DCE has one RC and one CCAP, often a CCTP per
lot; two CCAPs side by side are two tenders filed together.)
Otherwise each document in it is a unit of its own and its sub-folders are looked at the
same way. The content hash of a unit covers every file that is part of it, so any change,
added or removed piece included, makes the unit new.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from tenderguard.models import PieceKind
from tenderguard.names import shown
from tenderguard.pieces import classify

# Documents a scan picks up on its own (a contract may come as an e-mail or a web page);
# others (spreadsheets, pictures, signatures) are left out of the scan but stay part of a DCE
# folder's unit.
DOCUMENT_SUFFIXES = {
    ".pdf", ".docx", ".doc", ".txt", ".text", ".md", ".markdown", ".mdx", ".zip",
    ".eml", ".html", ".htm",
}  # fmt: skip
_DCE_PIECES = {PieceKind.RC, PieceKind.CCAP, PieceKind.CCTP, PieceKind.AE}
_CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Unit:
    """One tender or contract: `key` is its absolute path, the name the store knows it by."""

    key: str
    is_folder: bool

    @property
    def path(self) -> Path:
        return Path(self.key)

    def files(self) -> list[Path]:
        """Every file the unit is made of, in a stable order."""
        if not self.is_folder:
            return [self.path]
        return list(_visible_files(self.path, recursive=True))


def _hidden(path: Path) -> bool:
    return path.name.startswith(".")


def _visible_files(folder: Path, *, recursive: bool) -> Iterator[Path]:
    children = folder.rglob("*") if recursive else folder.iterdir()
    for child in sorted(children):
        relative = child.relative_to(folder).parts
        if child.is_file() and not any(part.startswith(".") for part in relative):
            yield child


def is_dce_folder(folder: Path) -> bool:
    """True when files directly in `folder` are named like the pieces of one tender."""
    kinds = Counter(
        classify(child.name, [])
        for child in _visible_files(folder, recursive=False)
        if child.suffix.lower() in DOCUMENT_SUFFIXES
    )
    has_pieces = any(kinds[kind] for kind in _DCE_PIECES)
    return has_pieces and kinds[PieceKind.RC] <= 1 and kinds[PieceKind.CCAP] <= 1


def _units_under(folder: Path) -> Iterator[Unit]:
    if is_dce_folder(folder):
        yield Unit(str(folder), is_folder=True)
        return
    for child in sorted(folder.iterdir()):
        if _hidden(child):
            continue
        if child.is_dir():
            yield from _units_under(child)
        elif child.is_file() and child.suffix.lower() in DOCUMENT_SUFFIXES:
            yield Unit(str(child), is_folder=False)


def discover(paths: Sequence[Path]) -> tuple[list[Unit], list[str]]:
    """The units under `paths`, each once, and the paths that could not be used (with why).

    A file given by name is a unit whatever its suffix: the check then says what is wrong
    with it, as `tenderguard check` would."""
    units: dict[str, Unit] = {}
    problems: list[str] = []
    for given in paths:
        path = given.resolve()
        if not path.exists():
            problems.append(f"{shown(given)}: no such file or folder")
        elif path.is_dir():
            for unit in _units_under(path):
                units.setdefault(unit.key, unit)
        else:
            units.setdefault(str(path), Unit(str(path), is_folder=False))
    return list(units.values()), problems


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def content_hash(unit: Unit) -> str:
    """sha256 of the unit's content: the file itself, or every file of the folder with its
    path relative to the folder (a renamed or moved piece changes the hash)."""
    if not unit.is_folder:
        return _file_digest(unit.path)
    digest = hashlib.sha256()
    for file in unit.files():
        relative = file.relative_to(unit.path).as_posix()
        digest.update(f"{relative}\0{_file_digest(file)}\n".encode())
    return digest.hexdigest()
