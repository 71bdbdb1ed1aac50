"""Command line: options, progress, exit codes. The work is done by tenderguard.api.

Exit codes: 0 = the check ran, 1 = gaps found (once verdicts exist), 2 = the tool could not do
its job (unreadable input, invalid rules, bad option). Reports go to stdout, messages to stderr.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from tenderguard import __version__
from tenderguard.errors import TenderguardError
from tenderguard.models import CheckResult, InputFile
from tenderguard.names import shown
from tenderguard.output import BrokenPipe, OutputError, write_file, write_stdout
from tenderguard.report import CHECK_FORMATS

if TYPE_CHECKING:
    from tenderguard.api import Bidder

EXIT_OK, EXIT_GAPS, EXIT_ERROR = 0, 1, 2


def _fail(message: str, debug: bool = False) -> NoReturn:
    if debug:
        traceback.print_exc()
    click.echo(f"tenderguard: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def write_output(content: str | bytes, output: Path | None, inputs: list[Path]) -> None:
    """stdout, or `output` written atomically, never over one of the inputs; a place that
    cannot be written ends the command with exit 2 and a message naming it."""
    try:
        if output is None:
            write_stdout(content)
        else:
            write_file(content, output, inputs)
    except BrokenPipe:
        sys.exit(EXIT_ERROR)
    except OutputError as exc:
        _fail(str(exc))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tenderguard")
def main() -> None:
    """Reads tenders and contracts and lists what they demand in insurance, GDPR and cloud,
    each demand citing the file, page and clause where it is written."""


_JUDGING_OPTIONS = [
    click.option(
        "--lang",
        type=click.Choice(["fr", "en"]),
        default="fr",
        show_default=True,
        help="Language of the report's labels.",
    ),
    click.option("--password", help="Password of an encrypted PDF."),
    click.option(
        "--certificate",
        "certificates",
        multiple=True,
        type=click.Path(path_type=Path, dir_okay=False),
        help="Insurance certificate to judge the requirements against (repeatable).",
    ),
    click.option(
        "--profile",
        type=click.Path(path_type=Path, dir_okay=False),
        help="Company profile (YAML) to judge the GDPR and cloud requirements against.",
    ),
    click.option(
        "--on",
        "checked_on",
        type=click.DateTime(["%Y-%m-%d"]),
        help="Date the certificates must be valid on (default: today).",
    ),
    click.option("--quiet", "-q", is_flag=True, help="No progress or warnings on stderr."),
    click.option("--debug", is_flag=True, help="Show tracebacks of unexpected errors."),
]


def _judging_options(command: Callable[..., None]) -> Callable[..., None]:
    """The options shared by the commands that read a tender and judge it."""
    for option in reversed(_JUDGING_OPTIONS):
        command = option(command)
    return command


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(CHECK_FORMATS),
    default="text",
    show_default=True,
    help="Report format.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the report to this file instead of stdout.",
)
@_judging_options
def check(
    paths: tuple[Path, ...],
    fmt: str,
    lang: str,
    output: Path | None,
    password: str | None,
    certificates: tuple[Path, ...],
    profile: Path | None,
    checked_on: Any,
    quiet: bool,
    debug: bool,
) -> None:
    """List every demand of a tender or contract.

    PATHS are the pieces of ONE tender: PDF, DOCX, TXT or MD files, folders, or ZIP archives
    of a DCE. Examples:

    \b
      tenderguard check dce.zip
      tenderguard check CCAP.pdf RC.pdf CCTP.docx --format json | jq '.requirements[].kind'
      tenderguard check contrat.pdf --format md -o exigences.md
      tenderguard check dce.zip --certificate attestation.pdf --format html -o rapport.html
    """
    from tenderguard.report import writer
    from tenderguard.report.model import build_report

    day = checked_on.date() if checked_on else date.today()
    result, rules_version = _run(
        paths, certificates, profile, day, lang, password, quiet=quiet, debug=debug
    )
    report = build_report(result, lang, day=day, rules_version=rules_version)
    write_output(
        writer(fmt)(report), output, [*paths, *certificates, *([profile] if profile else [])]
    )
    if result.errors:
        sys.exit(EXIT_ERROR)
    gaps = any(v.status in ("gap", "missing") for v in result.verdicts)
    sys.exit(EXIT_GAPS if gaps else EXIT_OK)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="The annex to write (.docx).",
)
@click.option(
    "--xlsx",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Also write the compliance matrix, one row per requirement (.xlsx).",
)
@_judging_options
def annex(
    paths: tuple[Path, ...],
    xlsx: Path | None,
    certificates: tuple[Path, ...],
    profile: Path | None,
    checked_on: Any,
    lang: str,
    output: Path,
    password: str | None,
    quiet: bool,
    debug: bool,
) -> None:
    """Write the compliance annex to ship with a bid: an editable Word document, one table
    per domain, each requirement with its source, justification, status and action.

    \b
      tenderguard annex dce.zip --certificate attestation.pdf --profile profil.yaml \\
          -o annexe.docx --xlsx matrice.xlsx

    Exit codes: 0 when written, 2 when an input could not be read (the annex is still written
    from the others).
    """
    from tenderguard.report import writer
    from tenderguard.report.model import build_report

    if not certificates and profile is None:
        _fail("the annex judges the requirements: give --certificate and/or --profile")
    day = checked_on.date() if checked_on else date.today()
    result, _ = _run(paths, certificates, profile, day, lang, password, quiet=quiet, debug=debug)
    inputs = [*paths, *certificates, *([profile] if profile else [])]
    report = build_report(result, lang, day=day)
    if xlsx is not None and xlsx.resolve() == output.resolve():
        _fail(f"{xlsx}: the annex and the matrix need two files")
    write_output(writer("docx")(report), output, inputs)
    if xlsx is not None:
        write_output(writer("xlsx")(report), xlsx, inputs)
    if not quiet:
        written = f"{output} and {xlsx}" if xlsx else str(output)
        click.echo(f"tenderguard: written: {written}", err=True)
    sys.exit(EXIT_ERROR if result.errors else EXIT_OK)


def _run(
    paths: tuple[Path, ...],
    certificates: tuple[Path, ...],
    profile: Path | None,
    day: date,
    lang: str,
    password: str | None,
    *,
    quiet: bool,
    debug: bool,
) -> tuple[CheckResult, str]:
    """Reads the tender (and judges it when certificates or a profile are given); reports
    progress, warnings and per-file errors on stderr. Returns the result and the rules'
    version."""
    from tenderguard.api import check as run_check
    from tenderguard.api import judge_result
    from tenderguard.rules import default_rules

    absent = [
        f"{shown(path)}: no such file or folder{option}"
        for path, option in (
            *((p, "") for p in paths),
            *((c, " (--certificate)") for c in certificates),
            *(((profile, " (--profile)"),) if profile is not None else ()),
        )
        if not os.path.lexists(path)
    ]
    if absent:  # a mistyped name: nothing is read, no partial report
        _fail("\n  ".join(["nothing checked:", *absent]))
    try:
        ruleset = default_rules()
        progress = _progress(quiet)
        # The bidder's files first: a report judged without one of them would be wrong.
        bidder = read_bidder_or_fail(certificates, profile, password)
        progress(f"reading {len(paths)} input(s)")
        result = run_check(
            paths, password=password, ruleset=ruleset, progress=_document_progress(quiet)
        )
        if bidder is not None:
            result = judge_result(result, bidder, on=day, lang=lang)
    except TenderguardError as exc:
        _fail(str(exc), debug)
    except Exception as exc:
        _fail(f"unexpected {type(exc).__name__}: {exc} (run with --debug for details)", debug)
    if not quiet:
        pages = sum(i.pages or 0 for i in result.inputs)
        progress(
            f"{len(result.inputs)} document(s), {pages} page(s), "
            f"{len(result.requirements)} requirement(s)"
        )
        for warning in result.warnings:
            click.echo(f"tenderguard: warning: {warning}", err=True)
    for error in result.errors:
        click.echo(f"tenderguard: error: {error.path}: {error.reason}", err=True)
    return result, ruleset.version


def read_bidder_or_fail(
    certificates: Sequence[Path], profile: Path | None, password: str | None
) -> Bidder | None:
    """The certificates and profile read, None when none is given; one that cannot be read
    ends the command (exit 2) before anything is judged against a partial set."""
    from tenderguard.api import read_bidder

    if not certificates and profile is None:
        return None
    bidder = read_bidder(certificates, profile, password=password)
    if bidder.errors:
        _fail(
            "\n  ".join(
                ["nothing checked: the certificates and profile must all be read first:"]
                + [f"{e.path}: {e.reason}" for e in bidder.errors]
            )
        )
    return bidder


def _document_progress(quiet: bool) -> Callable[[InputFile], None] | None:
    """One line per document read, on an interactive terminal only (not in logs or pipes)."""
    if quiet or not sys.stderr.isatty():
        return None

    def say(read: InputFile) -> None:
        pages = f", {read.pages} p." if read.pages else ""
        click.echo(f"tenderguard: read {read.path} ({read.kind}{pages})", err=True)

    return say


def _progress(quiet: bool) -> Callable[[str], None]:
    def say(message: str) -> None:
        if not quiet:
            click.echo(f"tenderguard: {message}", err=True)

    return say


@main.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--lang",
    type=click.Choice(["fr", "en"]),
    default="fr",
    show_default=True,
    help="Language of the labels.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write to this file instead of stdout.",
)
@click.option("--password", help="Password of an encrypted PDF.")
@click.option("--debug", is_flag=True, help="Show tracebacks of unexpected errors.")
def certificate(
    path: Path, fmt: str, lang: str, output: Path | None, password: str | None, debug: bool
) -> None:
    """Show what an insurance certificate says, each value with the page it was read on.

    PATH is one certificate: PDF with text, DOCX, TXT or MD. Example:

    \b
      tenderguard certificate attestation_rc_2026.pdf
      tenderguard certificate attestation_rc_2026.pdf --format json | jq '.certificates[0]'
    """
    from tenderguard.certificates import read_certificate
    from tenderguard.models import CheckResult
    from tenderguard.report import certificate_text, json_report
    from tenderguard.report.model import build_report

    try:
        cert = read_certificate(path, password=password)
    except TenderguardError as exc:
        _fail(str(exc), debug)
    except Exception as exc:  # a bug must still end with a message and exit 2
        _fail(f"unexpected {type(exc).__name__}: {exc} (run with --debug for details)", debug)
    for warning in cert.warnings:
        click.echo(f"tenderguard: warning: {warning}", err=True)
    if fmt == "json":
        source = InputFile(cert.path, cert.sha256, cert.pages, "certificate")
        result = CheckResult(inputs=(source,), errors=(), requirements=(), certificates=(cert,))
        text = json_report.render(build_report(result))
    else:
        text = certificate_text.render(cert, lang)
    write_output(text, output, [path])


@main.group()
def rules() -> None:
    """The rules of patterns/: list them, test them."""


@rules.command("list")
def rules_list() -> None:
    """One line per rule: id, kind, language, description."""
    from tenderguard.rules import default_rules

    try:
        ruleset = default_rules()
    except TenderguardError as exc:
        _fail(str(exc))
    lines = [f"{r.id:<40} {r.kind:<34} {r.lang}  {r.description[:60]}\n" for r in ruleset.rules]
    write_output("".join(lines), None, [])


@rules.command("test")
@click.option(
    "--patterns",
    "root",
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder of rules to test (default: the installed patterns/).",
)
@click.option("--no-spacy", is_flag=True, help="Skip the validation of patterns by spaCy.")
def rules_test(root: Path | None, no_spacy: bool) -> None:
    """Run every example of every rule and lexicon; exit 1 if one fails."""
    from tenderguard.rules.harness import run_examples, spacy_problems
    from tenderguard.rules.loader import load_rules, patterns_dir

    try:
        ruleset = load_rules(root)
    except TenderguardError as exc:
        _fail(str(exc))
    problems = [] if no_spacy else spacy_problems(ruleset)
    outcome = run_examples(ruleset)
    lines = [f"INVALID {problem}\n" for problem in problems]
    lines += [f"FAIL {f.rule}: {f.problem}\n     example: {f.example}\n" for f in outcome.failures]
    where = root or patterns_dir()
    status = "ok" if not (problems or outcome.failures) else "FAILED"
    lines.append(
        f"{status}: {outcome.rules} rules and lexicons in {where}, {outcome.examples} "
        f"examples, {len(outcome.failures)} failure(s), {len(problems)} invalid pattern(s)\n"
    )
    write_output("".join(lines), None, [])
    sys.exit(EXIT_GAPS if problems or outcome.failures else EXIT_OK)


# Batch commands (scan, results, diff) live in their own module and register on `main`.
from tenderguard import cli_batch  # noqa: E402, F401
