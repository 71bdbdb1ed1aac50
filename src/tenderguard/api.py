"""The pipeline end to end: what the CLI, the batch runner and the tests share."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from tenderguard.certificates import read_certificate, titled_as_certificate
from tenderguard.compare import judge
from tenderguard.detect import detect_piece
from tenderguard.errors import InputFileError
from tenderguard.identity import find_identity
from tenderguard.inputs import Progress, load_inputs
from tenderguard.merge import merge
from tenderguard.models import Certificate, CheckResult, Finding, InputError, InputFile
from tenderguard.profile import Profile, load_profile
from tenderguard.rules.loader import RuleSet, default_rules
from tenderguard.schedule import find_schedule
from tenderguard.segment import segment
from tenderguard.subject import find_subject

CERTIFICATE_GIVEN_AS_PIECE = (
    "an insurance certificate, not a piece of the tender: no demand is read from it "
    "(give it with --certificate to check it against the tender)"
)


def check(
    paths: Sequence[Path | str],
    *,
    password: str | None = None,
    ruleset: RuleSet | None = None,
    progress: Progress | None = None,
) -> CheckResult:
    """Reads the documents of one tender and lists what they demand, with citations."""
    ruleset = ruleset or default_rules()
    loaded = load_inputs(paths, password=password, progress=progress)
    findings: list[Finding] = []
    clauses = []
    warnings = list(loaded.warnings)
    for piece in loaded.pieces:
        if titled_as_certificate(piece.blocks):
            warnings.append(f"{piece.path}: {CERTIFICATE_GIVEN_AS_PIECE}")
            continue
        segmented = segment(piece)
        findings.extend(detect_piece(piece, ruleset, segmented))
        clauses.extend(segmented)
    requirements = merge(findings, [p.path for p in loaded.pieces])
    return CheckResult(
        inputs=tuple(loaded.inputs),
        errors=tuple(loaded.errors),
        requirements=tuple(requirements),
        warnings=tuple(warnings),
        subject=find_subject(clauses),
        schedule=find_schedule(clauses),
        identity=find_identity(clauses, loaded.pieces),
        password=password,
    )


@dataclass(frozen=True, slots=True)
class Bidder:
    """What the bidder gives to be judged against: certificates read, profile loaded, and the
    files among them that could not be read. Read once, then used for every tender."""

    certificates: tuple[Certificate, ...] = ()
    company: Profile | None = None
    inputs: tuple[InputFile, ...] = ()
    errors: tuple[InputError, ...] = ()


def read_bidder(
    certificates: Sequence[Path | str],
    profile: Path | str | None = None,
    *,
    password: str | None = None,
) -> Bidder:
    """Reads the certificates and the profile; a file that cannot be read becomes an error."""
    read: list[Certificate] = []
    errors: list[InputError] = []
    for path in certificates:
        try:
            read.append(read_certificate(path, password=password))
        except InputFileError as exc:
            errors.append(InputError(exc.path, exc.reason))
    company = None
    if profile is not None:
        try:
            company = load_profile(profile)
        except InputFileError as exc:
            errors.append(InputError(exc.path, exc.reason))
    inputs = tuple(InputFile(c.path, c.sha256, c.pages, "certificate") for c in read)
    return Bidder(tuple(read), company, inputs, tuple(errors))


def judge_result(result: CheckResult, bidder: Bidder, *, on: date, lang: str) -> CheckResult:
    """The requirements of `result` judged against what the bidder holds."""
    read, company = bidder.certificates, bidder.company
    verdicts = judge(result.requirements, read, on, lang, company, result.subject, result.schedule)
    return replace(
        result,
        inputs=(*result.inputs, *bidder.inputs),
        errors=(*result.errors, *bidder.errors),
        warnings=(*result.warnings, *(w for c in read for w in c.warnings)),
        certificates=read,
        verdicts=tuple(verdicts),
        checked_on=on,
        bidder=(company.company if company else None)
        or next((c.insured for c in read if c.insured), None),
    )


def check_against(
    paths: Sequence[Path | str],
    certificates: Sequence[Path | str],
    *,
    on: date,
    lang: str = "fr",
    profile: Path | str | None = None,
    password: str | None = None,
    ruleset: RuleSet | None = None,
    progress: Progress | None = None,
) -> CheckResult:
    """The requirements of a tender judged against the bidder's insurance certificates."""
    result = check(paths, password=password, ruleset=ruleset, progress=progress)
    bidder = read_bidder(certificates, profile, password=password)
    return judge_result(result, bidder, on=on, lang=lang)
