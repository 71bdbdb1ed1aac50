"""The SQLite store of a scan: every unit's result, kept per content and rules version.

Units are stored by their shown names (names.shown): a file name that is not UTF-8 cannot be
stored as SQLite text, and the scan finds the real files again from the paths it is given.

One process writes (the scan), one transaction per unit as soon as it finishes: a scan
killed at any moment leaves every finished unit stored and no unit half-stored. A result is
unique per (unit, content hash, rules version, settings), so a unit is never stored twice;
a new version of the unit adds a result and keeps the older ones for `tenderguard diff`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from tenderguard.batch.worker import Outcome
from tenderguard.errors import TenderguardError
from tenderguard.names import shown

SCHEMA_VERSION = "1"
DEFAULT_DB = "tenderguard.sqlite"
# Written in the database header (PRAGMA application_id), so that `file` and this module
# know a tenderguard store from any other SQLite file: "TGRD".
APPLICATION_ID = 0x54475244
_TABLES = {"meta", "scans", "results", "requirements", "units"}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS scans (
    id INTEGER PRIMARY KEY,
    started TEXT NOT NULL,
    finished TEXT,
    state TEXT NOT NULL,            -- running, done, interrupted
    rules_version TEXT NOT NULL,
    settings TEXT NOT NULL,
    units INTEGER NOT NULL,
    checked INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS results (
    id INTEGER PRIMARY KEY,
    unit TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    rules_version TEXT NOT NULL,
    settings TEXT NOT NULL,
    scan INTEGER NOT NULL REFERENCES scans(id),
    stored_at TEXT NOT NULL,
    ok INTEGER NOT NULL,
    reason TEXT,
    documents INTEGER NOT NULL,
    pages INTEGER NOT NULL,
    requirements INTEGER NOT NULL,
    met INTEGER NOT NULL,
    gap INTEGER NOT NULL,
    missing INTEGER NOT NULL,
    review INTEGER NOT NULL,
    file_errors INTEGER NOT NULL,
    seconds REAL NOT NULL,
    peak_rss_kb INTEGER NOT NULL,
    report BLOB NOT NULL,           -- the JSON report, zlib-compressed
    UNIQUE (unit, content_hash, rules_version, settings)
);
CREATE TABLE IF NOT EXISTS requirements (
    result INTEGER NOT NULL REFERENCES results(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    requirement TEXT NOT NULL,
    kind TEXT NOT NULL,
    recommended INTEGER NOT NULL,
    status TEXT,
    piece TEXT NOT NULL,
    page INTEGER,
    clause TEXT,
    text TEXT NOT NULL,
    "values" TEXT NOT NULL,
    reason TEXT,
    action TEXT
);
CREATE INDEX IF NOT EXISTS requirements_result ON requirements(result);
-- The result each unit currently stands at (the latest one checked with the scan's settings).
CREATE TABLE IF NOT EXISTS units (
    unit TEXT PRIMARY KEY,
    current INTEGER NOT NULL REFERENCES results(id)
);
"""

# Every column of `results` but the report, which is read one unit at a time.
_RESULT_COLUMNS = (
    "id", "unit", "content_hash", "rules_version", "settings", "scan", "stored_at", "ok",
    "reason", "documents", "pages", "requirements", "met", "gap", "missing", "review",
    "file_errors", "seconds", "peak_rss_kb",
)  # fmt: skip
REQUIREMENT_FIELDS = (
    "requirement",
    "kind",
    "recommended",
    "status",
    "piece",
    "page",
    "clause",
    "text",
    "values",
    "reason",
    "action",
)


class StoreError(TenderguardError):
    pass


@dataclass(frozen=True, slots=True)
class Stored:
    """A result already in the store for a unit's current content."""

    id: int
    ok: bool


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


class Store:
    """The scan's SQLite database. Use as a context manager; it closes the connection."""

    def __init__(self, path: Path, *, create: bool = True) -> None:
        """Opens the store at `path`. With `create` (the scan), a missing or empty database
        becomes a store; without it (the reading commands), the file is opened read-only.
        Either way a database that is not a tenderguard store is refused untouched."""
        self.path = path
        if not create and not path.exists():
            raise StoreError(f"{path}: no such store (run `tenderguard scan` first, or --db)")
        if not path.parent.is_dir():
            raise StoreError(f"{path}: the folder {path.parent} does not exist")
        try:
            if create:
                self._db = sqlite3.connect(path, isolation_level=None)
            else:
                uri = f"{path.resolve().as_uri()}?mode=ro"
                self._db = sqlite3.connect(uri, uri=True, isolation_level=None)
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA busy_timeout = 10000")
            kind = self._kind()
            if kind == "foreign" or (kind == "empty" and not create):
                self._db.close()
                what = "an empty database" if kind == "empty" else "a database of another program"
                raise StoreError(
                    f"{path}: not a tenderguard store ({what}); give --db the store that "
                    "`tenderguard scan` wrote, or a new file name"
                )
            if create:
                self._prepare(path)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: not a tenderguard store ({exc})") from exc

    def _kind(self) -> str:
        """ "store", "empty" (no table at all) or "foreign", from the database's own header
        and tables; reads only."""
        application = self._db.execute("PRAGMA application_id").fetchone()[0]
        tables = {
            row[0] for row in self._db.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if not tables and application in (0, APPLICATION_ID):
            return "empty"
        # Stores written before the application id was set are known by their tables.
        ours = application == APPLICATION_ID or (application == 0 and tables >= _TABLES)
        if ours and "meta" in tables:
            schema = self._db.execute("SELECT 1 FROM meta WHERE key = 'schema'").fetchone()
            if schema is not None:
                return "store"
        return "foreign"

    def _prepare(self, path: Path) -> None:
        """The scan's settings, then the tables of an empty database, in one transaction."""
        self._db.execute("PRAGMA foreign_keys = ON")
        self._db.execute("PRAGMA journal_mode = WAL")
        # FULL: a unit reported stored survives a power loss, not only a crash.
        self._db.execute("PRAGMA synchronous = FULL")
        with self._transaction():
            self._db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    self._db.execute(statement)
            version = self._db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            if version is None:
                self._db.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
            elif version[0] != SCHEMA_VERSION:
                raise StoreError(
                    f"{path}: store of schema {version[0]}, this version reads {SCHEMA_VERSION}"
                )

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self._db.close()

    def _transaction(self) -> Any:
        return _Transaction(self._db)

    # -- the scan's side -------------------------------------------------------------------

    def begin_scan(self, rules_version: str, settings: str, units: int) -> int:
        with self._transaction():
            # A scan still "running" was killed (one scan writes a store at a time).
            self._db.execute("UPDATE scans SET state = 'interrupted' WHERE state = 'running'")
            cursor = self._db.execute(
                "INSERT INTO scans (started, state, rules_version, settings, units) "
                "VALUES (?, 'running', ?, ?, ?)",
                (_now(), rules_version, settings, units),
            )
        return int(cursor.lastrowid or 0)

    def end_scan(self, scan: int, state: str, checked: int, skipped: int) -> None:
        with self._transaction():
            self._db.execute(
                "UPDATE scans SET finished = ?, state = ?, checked = ?, skipped = ? WHERE id = ?",
                (_now(), state, checked, skipped, scan),
            )

    def stored(
        self, unit: str, content_hash: str, rules_version: str, settings: str
    ) -> Stored | None:
        row = self._db.execute(
            "SELECT id, ok FROM results WHERE unit = ? AND content_hash = ? "
            "AND rules_version = ? AND settings = ?",
            (shown(unit), content_hash, rules_version, settings),
        ).fetchone()
        return Stored(row["id"], bool(row["ok"])) if row else None

    def keep_current(self, pairs: Sequence[tuple[str, int]]) -> None:
        """Marks already stored results as their units' current ones (skipped units), in one
        transaction: a rescan of a thousand unchanged units is one write, not a thousand."""
        with self._transaction():
            for unit, result in pairs:
                self._set_current(unit, result)

    def _set_current(self, unit: str, result: int) -> None:
        self._db.execute(
            "INSERT INTO units (unit, current) VALUES (?, ?) "
            "ON CONFLICT (unit) DO UPDATE SET current = excluded.current",
            (shown(unit), result),
        )

    def save(
        self, outcome: Outcome, content_hash: str, rules_version: str, settings: str, scan: int
    ) -> int:
        """Stores the outcome as the unit's current result, in one transaction. A result of
        the same version (a forced re-check) is replaced, never duplicated."""
        counts = outcome.counts
        with self._transaction():
            old = self.stored(outcome.unit, content_hash, rules_version, settings)
            if old is not None:  # point the unit away from it before it goes
                self._db.execute("DELETE FROM units WHERE current = ?", (old.id,))
                self._db.execute("DELETE FROM results WHERE id = ?", (old.id,))
            cursor = self._db.execute(
                "INSERT INTO results (unit, content_hash, rules_version, settings, scan, "
                "stored_at, ok, reason, documents, pages, requirements, met, gap, missing, "
                "review, file_errors, seconds, peak_rss_kb, report) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    shown(outcome.unit),
                    content_hash,
                    rules_version,
                    settings,
                    scan,
                    _now(),
                    int(outcome.ok),
                    outcome.reason,
                    outcome.documents,
                    outcome.pages,
                    len(outcome.rows),
                    counts.get("met", 0),
                    counts.get("gap", 0),
                    counts.get("missing", 0),
                    counts.get("review", 0),
                    outcome.file_errors,
                    outcome.seconds,
                    outcome.peak_rss_kb,
                    outcome.report,
                ),
            )
            result = int(cursor.lastrowid or 0)
            self._db.executemany(
                "INSERT INTO requirements (result, position, requirement, kind, recommended, "
                'status, piece, page, clause, text, "values", reason, action) '
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (result, position, *(row[name] for name in REQUIREMENT_FIELDS))
                    for position, row in enumerate(outcome.rows)
                ],
            )
            self._set_current(outcome.unit, result)
        return result

    # -- the readers' side -----------------------------------------------------------------

    def current_results(self) -> list[sqlite3.Row]:
        """Each unit's current result, by unit path."""
        return self._db.execute(
            f"SELECT {', '.join('r.' + c for c in _RESULT_COLUMNS)} "
            "FROM units u JOIN results r ON r.id = u.current ORDER BY r.unit"
        ).fetchall()

    def requirement_rows(self, results: Sequence[int]) -> Iterator[sqlite3.Row]:
        """The requirement rows of the given results, in unit and document order."""
        for result in results:
            yield from self._db.execute(
                "SELECT * FROM requirements WHERE result = ? ORDER BY position", (result,)
            )

    def history(self, unit: str) -> list[sqlite3.Row]:
        """Every stored result of a unit, oldest first."""
        return self._db.execute(
            f"SELECT {', '.join(_RESULT_COLUMNS)} FROM results WHERE unit = ? ORDER BY id",
            (unit,),
        ).fetchall()

    def units_like(self, fragment: str) -> list[str]:
        rows = self._db.execute(
            "SELECT DISTINCT unit FROM results WHERE instr(unit, ?) > 0 ORDER BY unit",
            (fragment,),
        )
        return [row[0] for row in rows]

    def report(self, result: int) -> bytes:
        row = self._db.execute("SELECT report FROM results WHERE id = ?", (result,)).fetchone()
        return bytes(row[0]) if row else b""

    def scans(self) -> list[sqlite3.Row]:
        return self._db.execute("SELECT * FROM scans ORDER BY id").fetchall()


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, ROLLBACK on any exception (the connection is in
    autocommit mode so that transactions are explicit)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: object, *_: object) -> None:
        self._db.execute("ROLLBACK" if kind is not None else "COMMIT")
