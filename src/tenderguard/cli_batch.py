"""Command line of batch work: `scan`, `results`, `diff`. Registered on the main group by
tenderguard.cli; the work is done by tenderguard.batch."""

from __future__ import annotations

import os
import sys
from datetime import datetime
from functools import partial
from pathlib import Path

import click

from tenderguard.batch.store import DEFAULT_DB
from tenderguard.cli import (
    EXIT_ERROR,
    EXIT_GAPS,
    EXIT_OK,
    _fail,
    _judging_options,
    main,
    read_bidder_or_fail,
    write_output,
)
from tenderguard.errors import TenderguardError

_MAX_ERRORS_SHOWN = 20
EXIT_INTERRUPTED = 130  # as a shell reports a command stopped by Ctrl-C

_DB_OPTION = click.option(
    "--db",
    type=click.Path(path_type=Path, dir_okay=False),
    default=DEFAULT_DB,
    show_default=True,
    help="The SQLite store of the scans.",
)


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_DB_OPTION
@click.option(
    "--jobs", "-j", type=click.IntRange(min=1), help="Units checked at once (default: the CPUs)."
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=300,
    show_default=True,
    help="Seconds a unit may take before it is stopped and stored as an error (0: no limit).",
)
@click.option("--force", is_flag=True, help="Check every unit again, even unchanged ones.")
@click.option("--retry-errors", is_flag=True, help="Check again the unchanged units in error.")
@click.option(
    "--executor",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Where units run: processes of this machine, or a Dask cluster.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Dask scheduler (tcp://HOST:PORT) for --executor dask; default: a local cluster.",
)
@_judging_options
def scan(
    paths: tuple[Path, ...],
    db: Path,
    jobs: int | None,
    timeout: float,
    force: bool,
    retry_errors: bool,
    executor: str,
    scheduler: str | None,
    lang: str,
    password: str | None,
    certificates: tuple[Path, ...],
    profile: Path | None,
    checked_on: datetime | None,
    quiet: bool,
    debug: bool,
) -> None:
    """Check many tenders and contracts into a store, in parallel, resumably.

    PATHS are searched recursively. A folder whose files are named like the pieces of a
    tender (RC, CCAP, CCTP, AE) is one unit, so is a ZIP archive; any other PDF, DOCX,
    TXT, MD, HTML or EML file is a unit of its own. Each unit's result is stored as soon as it is
    checked; run the same command again after an interruption and it goes on where it
    stopped. Units unchanged since the last scan (same content, rules, certificates,
    profile and date) are skipped. Exit code: 2 if a unit has errors, else 1 if a unit
    has gaps, else 0. Examples:

    \b
      tenderguard scan contrats/ dce/ --certificate attestation.pdf --profile profil.yaml
      tenderguard results --status gap --kind 'insurance.*'
      tenderguard diff dce/2026-017
    """
    from tenderguard.batch.local import run_local
    from tenderguard.batch.scan import scan as run_scan
    from tenderguard.batch.store import Store
    from tenderguard.batch.worker import Job
    from tenderguard.rules import default_rules

    try:
        bidder = read_bidder_or_fail(certificates, profile, password)
        day = checked_on.date() if checked_on else None
        if bidder is not None and day is None:
            day = datetime.now().date()
        job = Job(bidder=bidder, on=day, lang=lang, password=password)
        ruleset = default_rules()  # loaded once here; forked workers share it
        limit = timeout or None
        workers = jobs or _cpus()
        if executor == "dask":
            from tenderguard.batch.dask_cluster import run_dask

            run = partial(run_dask, jobs=workers, timeout=limit, scheduler=scheduler)
        else:
            if scheduler:
                _fail("--scheduler is for --executor dask")
            run = partial(run_local, jobs=workers, timeout=limit)
        with Store(db) as store:
            summary = run_scan(
                paths,
                store,
                job,
                ruleset.version,
                run,
                force=force,
                retry_errors=retry_errors,
                quiet=quiet,
            )
    except KeyboardInterrupt:
        click.echo(
            "tenderguard: interrupted; every unit finished so far is stored in "
            f"{db}: run the same command again to go on",
            err=True,
        )
        sys.exit(EXIT_INTERRUPTED)
    except TenderguardError as exc:
        _fail(str(exc), debug)
    except Exception as exc:
        _fail(f"unexpected {type(exc).__name__}: {exc} (run with --debug for details)", debug)
    for error in summary.errors[:_MAX_ERRORS_SHOWN]:
        click.echo(f"tenderguard: error: {error}", err=True)
    if len(summary.errors) > _MAX_ERRORS_SHOWN:
        more = len(summary.errors) - _MAX_ERRORS_SHOWN
        click.echo(
            f"tenderguard: ... and {more} more (tenderguard results --units --status error)",
            err=True,
        )
    if not quiet:
        click.echo(
            f"tenderguard: {summary.units} unit(s): {summary.checked} checked, "
            f"{summary.skipped} unchanged; {len(summary.errors)} with errors, "
            f"{summary.with_gaps} with gaps; {summary.pages} pages; store {db}",
            err=True,
        )
    if summary.errors:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_GAPS if summary.with_gaps else EXIT_OK)


@main.command()
@_DB_OPTION
@click.option(
    "--status",
    "statuses",
    multiple=True,
    help="Keep rows of this status (repeatable): met, gap, missing, review, unjudged; "
    "with --units: error, gap, review, clean.",
)
@click.option(
    "--kind",
    "kinds",
    multiple=True,
    help="Keep requirements of this kind, wildcards allowed (repeatable): 'insurance.*'.",
)
@click.option("--unit", help="Keep the units whose path contains this text.")
@click.option("--units", "per_unit", is_flag=True, help="One row per unit: its summary.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "jsonl", "xlsx", "reports"]),
    default="table",
    show_default=True,
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write to this file instead of stdout (required for xlsx).",
)
def results(
    db: Path,
    statuses: tuple[str, ...],
    kinds: tuple[str, ...],
    unit: str | None,
    per_unit: bool,
    fmt: str,
    output: Path | None,
) -> None:
    """Show or export what the scans stored: each unit's current result.

    By default one row per requirement; --units gives one row per unit. The xlsx export
    holds both, as two sheets. Text cells of CSV and XLSX never start a formula.
    --format reports gives, one JSON line per unit, the whole report `check --format json`
    would have printed (filtered by --unit, and by --status with --units).
    """
    from tenderguard.batch import query
    from tenderguard.batch.store import Store

    per_unit = per_unit or fmt == "reports"
    allowed = query.UNIT_STATUSES if per_unit else query.ROW_STATUSES
    wrong = [s for s in statuses if s not in allowed]
    if wrong:
        _fail(f"--status {wrong[0]}: choose among {', '.join(allowed)}")
    if fmt == "xlsx" and output is None:
        _fail("--format xlsx writes a file: give -o FILE.xlsx")
    filters = query.Filters(statuses=statuses, kinds=kinds, unit=unit)
    # Without --units the statuses are those of requirements: units are then kept by path only.
    unit_filters = filters if per_unit else query.Filters(unit=unit)
    try:
        with Store(db, create=False) as store:
            units = query.unit_rows(store, unit_filters)
            rows = [] if per_unit else query.requirement_rows(store, filters)
            reports = query.unit_reports(store, filters) if fmt == "reports" else []
    except TenderguardError as exc:
        _fail(str(exc))
    records, fields = (units, query.UNIT_FIELDS) if per_unit else (rows, query.ROW_FIELDS)
    content: str | bytes
    if fmt == "xlsx":
        sheets = [("Units", units, query.UNIT_FIELDS)]
        if not per_unit:
            sheets.append(("Requirements", rows, query.ROW_FIELDS))
        content = query.as_xlsx(sheets)
    elif fmt == "csv":
        content = query.as_csv(records, fields)
    elif fmt == "jsonl":
        content = query.as_jsonl(records)
    elif fmt == "reports":
        content = query.as_jsonl(reports)
    else:
        content = query.as_table(records, _TABLE_FIELDS[per_unit])
    write_output(content, output, [db])


_TABLE_FIELDS = {
    True: ("unit", "status", "pages", "requirements", "met", "gap", "missing", "review", "reason"),
    False: ("unit", "status", "kind", "piece", "clause", "page", "values", "text"),
}


@main.command()
@click.argument("unit")
@_DB_OPTION
@click.option("--from", "before", type=int, help="Result id to compare from (default: previous).")
@click.option("--to", "after", type=int, help="Result id to compare to (default: the latest).")
def diff(unit: str, db: Path, before: int | None, after: int | None) -> None:
    """What changed in a unit between two of its stored results.

    UNIT is the unit's path, or any part of it that names one unit. Lists the requirements
    that appeared (+), disappeared (-) or changed value, status or wording (~).
    """
    from tenderguard.batch import query
    from tenderguard.batch.store import Store, StoreError

    try:
        with Store(db, create=False) as store:
            key = query.find_unit(store, unit)
            history = {row["id"]: row for row in store.history(key)}
            ids = list(history)
            if len(ids) < 2 and (before is None or after is None):
                raise StoreError(f"{key}: one result stored, nothing to compare yet")
            after = ids[-1] if after is None else after
            if before is None:
                earlier = [i for i in ids if i < after]
                if not earlier:
                    raise StoreError(f"{key}: no result before result {after}")
                before = earlier[-1]
            for chosen in (before, after):
                if chosen not in history:
                    known = ", ".join(map(str, ids))
                    raise StoreError(f"{key}: no result {chosen} (results: {known})")
            changes = query.diff_results(store, before, after)
    except TenderguardError as exc:
        _fail(str(exc))
    write_output(query.render_diff(key, history[before], history[after], changes), None, [])
