"""Reading the store back: filtered rows, exports (table, CSV, JSONL, XLSX), diffs."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import zlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from tenderguard.batch.store import REQUIREMENT_FIELDS, Store, StoreError
from tenderguard.report.cells import neutralise

UNIT_FIELDS = (
    "unit",
    "status",
    "documents",
    "pages",
    "requirements",
    "met",
    "gap",
    "missing",
    "review",
    "file_errors",
    "reason",
    "stored_at",
)
ROW_FIELDS = ("unit", *REQUIREMENT_FIELDS)
# `--status` for units: error (could not be checked, or a file of it not read), gap (a gap
# or a missing cover), review, clean (checked, nothing against it).
UNIT_STATUSES = ("error", "gap", "review", "clean")
ROW_STATUSES = ("met", "gap", "missing", "review", "unjudged")


@dataclass(frozen=True, slots=True)
class Filters:
    statuses: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()  # shell-style patterns: insurance.*, gdpr.breach_*
    unit: str | None = None  # a fragment of the unit's path


def _unit_status(row: sqlite3.Row) -> str:
    if not row["ok"] or row["file_errors"]:
        return "error"
    if row["gap"] or row["missing"]:
        return "gap"
    return "review" if row["review"] else "clean"


def _kept_units(store: Store, filters: Filters) -> Iterator[tuple[sqlite3.Row, str]]:
    """Each unit's current result that `filters` keep (by path and unit status), with that
    status."""
    for row in store.current_results():
        if filters.unit and filters.unit not in row["unit"]:
            continue
        status = _unit_status(row)
        if not filters.statuses or status in filters.statuses:
            yield row, status


def unit_rows(store: Store, filters: Filters) -> list[dict[str, Any]]:
    return [
        {name: row[name] for name in UNIT_FIELDS if name != "status"} | {"status": status}
        for row, status in _kept_units(store, filters)
    ]


def unit_reports(store: Store, filters: Filters) -> list[dict[str, Any]]:
    """Each unit's whole stored report (the JSON of `check --format json`; None when the
    worker itself failed: crash, timeout), for the units `filters` keep."""
    reports = []
    for row, status in _kept_units(store, filters):
        stored = store.report(row["id"])
        report = json.loads(zlib.decompress(stored)) if stored else None
        reports.append(
            {"unit": row["unit"], "status": status, "reason": row["reason"], "report": report}
        )
    return reports


def requirement_rows(store: Store, filters: Filters) -> list[dict[str, Any]]:
    results = [
        (r["id"], r["unit"])
        for r in store.current_results()
        if not filters.unit or filters.unit in r["unit"]
    ]
    units = dict(results)
    rows = []
    for row in store.requirement_rows([i for i, _ in results]):
        status = row["status"] or "unjudged"
        if filters.statuses and status not in filters.statuses:
            continue
        if filters.kinds and not any(fnmatchcase(row["kind"], k) for k in filters.kinds):
            continue
        record = {name: row[name] for name in REQUIREMENT_FIELDS}
        record["recommended"] = bool(record["recommended"])
        rows.append({"unit": units[row["result"]], **record})
    return rows


# -- exports ---------------------------------------------------------------------------------


def _shown(path: str) -> str:
    """A unit's path relative to the working directory when it is below it."""
    try:
        return os.path.relpath(path) if not os.path.relpath(path).startswith("..") else path
    except ValueError:  # another drive (Windows)
        return path


def _clip(value: Any, width: int, *, keep_end: bool = False) -> str:
    text = "" if value is None else " ".join(str(value).split())
    if len(text) <= width:
        return text
    return "…" + text[-(width - 1) :] if keep_end else text[: width - 1] + "…"


def as_table(rows: Sequence[dict[str, Any]], fields: Sequence[str]) -> str:
    """Aligned columns for the terminal; long texts are clipped (the exports keep them)."""
    widths = {"unit": 40, "text": 60, "values": 40, "reason": 50, "action": 40}
    shown = [
        [
            _clip(_shown(r[f]), widths[f], keep_end=True)
            if f == "unit"
            else _clip(r[f], widths.get(f, 24))
            for f in fields
        ]
        for r in rows
    ]
    sizes = [max([len(f)] + [len(line[i]) for line in shown]) for i, f in enumerate(fields)]
    lines = ["  ".join(f.ljust(sizes[i]) for i, f in enumerate(fields)).rstrip()]
    lines += ["  ".join(c.ljust(sizes[i]) for i, c in enumerate(line)).rstrip() for line in shown]
    return "\n".join(lines) + f"\n({len(rows)} row(s))\n"


def _cell(value: Any) -> Any:
    return neutralise(value) if isinstance(value, str) else value


def as_csv(rows: Sequence[dict[str, Any]], fields: Sequence[str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(fields)
    for row in rows:
        writer.writerow(["" if row[f] is None else _cell(row[f]) for f in fields])
    return out.getvalue()


def as_jsonl(rows: Sequence[dict[str, Any]]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def as_xlsx(sheets: Sequence[tuple[str, Sequence[dict[str, Any]], Sequence[str]]]) -> bytes:
    """One sheet per (title, rows, fields): bold frozen header, autofilter, formula-safe."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    for title, rows, fields in sheets:
        sheet = book.create_sheet(title)
        sheet.append(list(fields))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append([_cell(row[f]) for f in fields])
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(fields))}{len(rows) + 1}"
        for i, name in enumerate(fields, start=1):
            wide = name in ("unit", "text", "reason", "action", "values")
            sheet.column_dimensions[get_column_letter(i)].width = 50 if wide else 14
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# -- diff ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Change:
    sign: str  # + appeared, - disappeared, ~ changed
    kind: str
    where: str
    before: str | None
    after: str | None


def find_unit(store: Store, given: str) -> str:
    """The stored unit a user means: its path (as given or resolved) or a unique fragment."""
    for candidate in (given, str(Path(given).resolve())):
        if candidate in store.units_like(candidate):
            return candidate
    matches = store.units_like(given)
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise StoreError(f"{given}: no unit of that name in {store.path}")
    listed = "\n  ".join(matches[:10])
    raise StoreError(f"{given}: {len(matches)} units match, say which:\n  {listed}")


def _keyed(rows: Iterable[sqlite3.Row]) -> dict[tuple[str, str, str], list[sqlite3.Row]]:
    keyed: dict[tuple[str, str, str], list[sqlite3.Row]] = defaultdict(list)
    for row in rows:
        keyed[(row["kind"], row["piece"], row["clause"] or "")].append(row)
    return keyed


def _state(row: sqlite3.Row) -> str:
    status = f" [{row['status']}]" if row["status"] else ""
    return (row["values"] or _clip(row["text"], 80)) + status


def _where(key: tuple[str, str, str], row: sqlite3.Row) -> str:
    page = f", p. {row['page']}" if row["page"] else ""
    clause = key[2]
    if clause:  # "6.1" reads as an article; "Section III", "Annexe 2" as they are
        clause = f", art. {clause}" if clause[0].isdigit() else f", {clause}"
    return f"{key[1]}{clause}{page}"


def diff_results(store: Store, before: int, after: int) -> list[Change]:
    """What appeared, disappeared or changed (values, status or text) from one result of a
    unit to another. A requirement is the same when its kind, piece and clause are."""
    old = _keyed(store.requirement_rows([before]))
    new = _keyed(store.requirement_rows([after]))
    changes: list[Change] = []
    for key in sorted(old.keys() | new.keys()):
        was, now = old.get(key, []), new.get(key, [])
        for a, b in zip(was, now, strict=False):
            if (a["values"], a["status"], a["text"]) != (b["values"], b["status"], b["text"]):
                before_state, after_state = _state(a), _state(b)
                if before_state == after_state:  # only the wording moved
                    before_state, after_state = _clip(a["text"], 80), _clip(b["text"], 80)
                changes.append(Change("~", key[0], _where(key, b), before_state, after_state))
        for a in was[len(now) :]:
            changes.append(Change("-", key[0], _where(key, a), _state(a), None))
        for b in now[len(was) :]:
            changes.append(Change("+", key[0], _where(key, b), None, _state(b)))
    return changes


def render_diff(unit: str, before: sqlite3.Row, after: sqlite3.Row, changes: list[Change]) -> str:
    def describe(row: sqlite3.Row) -> str:
        return (
            f"result {row['id']} of {row['stored_at']} (scan {row['scan']}, "
            f"content {row['content_hash'][:12]}, rules {row['rules_version']})"
        )

    lines = [f"unit: {unit}", f"from: {describe(before)}", f"to:   {describe(after)}"]
    for change in changes:
        if change.sign == "~":
            lines.append(f"~ {change.kind}  {change.where}: {change.before} -> {change.after}")
        else:
            lines.append(
                f"{change.sign} {change.kind}  {change.where}: {change.after or change.before}"
            )
    counts = {sign: sum(c.sign == sign for c in changes) for sign in "+-~"}
    lines.append(f"{counts['+']} appeared, {counts['-']} disappeared, {counts['~']} changed")
    return "\n".join(lines) + "\n"
