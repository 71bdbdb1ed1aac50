"""The report every format renders: what was read, then one row per requirement, by domain.

Formats differ in layout only. Labels, citations, values in words, statuses and their order
are decided here once, so the terminal, Markdown, annex, spreadsheet and HTML show the same
rows in the same order; a new format reads a Report and touches nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tenderguard import NOTICES, __version__
from tenderguard.kinds import DOMAIN_LABELS, DOMAINS, KINDS
from tenderguard.models import CheckResult, InputError, InputFile, Requirement, Verdict
from tenderguard.report.values import cite, describe, schedule_text

STATUS_WORDS = {
    "fr": {"met": "CONFORME", "gap": "ÉCART", "missing": "MANQUANT", "review": "À VÉRIFIER"},
    "en": {"met": "MET", "gap": "GAP", "missing": "MISSING", "review": "REVIEW"},
}
# The wording of a compliance annex, where a buyer reads one word per line.
ANNEX_WORDS = {
    "fr": {
        "met": "Conforme",
        "gap": "Non conforme",
        "missing": "Non conforme",
        "review": "À justifier",
        "not_applicable": "Sans objet",
    },
    "en": {
        "met": "Compliant",
        "gap": "Not compliant",
        "missing": "Not compliant",
        "review": "To be justified",
        "not_applicable": "Not applicable",
    },
}
STATUS_ORDER = ("met", "gap", "missing", "review")


@dataclass(frozen=True, slots=True)
class Row:
    number: int  # 1.. across the whole report
    requirement: Requirement
    label: str  # the kind in words, "(recommandé)" added when only recommended
    values: str  # the demanded values in words, "" when none
    quote: str  # the clause, verbatim
    sources: tuple[str, ...]  # where it is written, first place first
    verdict: Verdict | None  # None when no certificate was given

    @property
    def status(self) -> str | None:
        return self.verdict.status if self.verdict else None

    @property
    def justification(self) -> tuple[str, ...]:
        """The certificate lines or profile the verdict rests on."""
        return self.verdict.evidence[1:] if self.verdict else ()

    def annex_status(self, lang: str) -> str:
        """Conforme / Non conforme / À justifier; a recommendation not met is "Sans objet"."""
        if self.verdict is None:
            return ANNEX_WORDS[lang]["review"]
        if self.verdict.recommendation_unmet:
            return ANNEX_WORDS[lang]["not_applicable"]
        return ANNEX_WORDS[lang][self.verdict.status]


@dataclass(frozen=True, slots=True)
class Section:
    domain: str
    title: str
    rows: tuple[Row, ...]


@dataclass(frozen=True, slots=True)
class Report:
    lang: str
    version: str
    checked_on: date  # the day of the check (the day the certificates were judged for)
    rules_version: str
    inputs: tuple[InputFile, ...]
    errors: tuple[InputError, ...]
    warnings: tuple[str, ...]
    subject: str | None  # the object of the tender, with its citation
    subject_text: str | None  # the object alone
    reference: str | None  # the tender's reference, when stated
    buyer: str | None
    bidder: str | None  # who answers: the profile's company, else the insured
    dates: str  # deadline, term, value in words; "" when none is given
    sections: tuple[Section, ...]
    counts: dict[str, int]  # status -> number of verdicts, empty without certificate
    notice: str
    result: CheckResult  # the data behind it, for formats that need more (JSON, page images)

    @property
    def rows(self) -> list[Row]:
        return [row for section in self.sections for row in section.rows]


def _label(req: Requirement, lang: str) -> str:
    kind = KINDS[req.kind]
    label = kind.label_fr if lang == "fr" else kind.label_en
    if req.recommended:
        label += " (recommandé)" if lang == "fr" else " (recommended)"
    return label


def build_report(
    result: CheckResult, lang: str = "fr", *, day: date | None = None, rules_version: str = ""
) -> Report:
    """The report of `result`; `day` defaults to the day the verdicts were judged for, else
    today."""
    verdicts = {v.requirement: v for v in result.verdicts}
    sections = []
    number = 0
    for domain in DOMAINS:
        rows = []
        for req in (r for r in result.requirements if r.domain == domain):
            number += 1
            rows.append(
                Row(
                    number,
                    req,
                    _label(req, lang),
                    describe(req.values, lang),
                    req.text,
                    tuple(cite(s, lang) for s in req.sources),
                    verdicts.get(req.id),
                )
            )
        if rows:
            sections.append(Section(domain, DOMAIN_LABELS[lang][domain], tuple(rows)))
    subject = None
    if result.subject is not None:
        quote = f"« {result.subject.text} »" if lang == "fr" else f"“{result.subject.text}”"
        subject = f"{quote} ({result.subject.source.citation()})"
    counts = (
        {s: sum(v.status == s for v in result.verdicts) for s in STATUS_ORDER}
        if result.verdicts
        else {}
    )
    return Report(
        lang,
        __version__,
        day or result.checked_on or date.today(),
        rules_version,
        result.inputs,
        result.errors,
        result.warnings,
        subject,
        result.subject.text if result.subject else None,
        result.identity.reference,
        result.identity.buyer,
        result.bidder,
        schedule_text(result.schedule, lang),
        tuple(sections),
        counts,
        NOTICES[lang],
        result,
    )
