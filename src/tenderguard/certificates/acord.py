"""Certificates of liability insurance filled in as PDF forms with the ACORD 25 field names.

Agency software fills the ACORD 25 form: its values live in form fields named by a shared
convention (NamedInsured_FullName_A, GeneralLiability_EachOccurrence_LimitAmount_A...), often
absent from the text layer. When a PDF has such fields they are read here, each value cited
by its field name; the limits are in US dollars, the dates month first.

- General liability: EACH OCCURRENCE is the per-claim limit, GENERAL AGGREGATE the yearly
  aggregate; it covers bodily injury and property damage, not pure financial loss.
- The "other" row holds one more policy (professional liability, cyber...), named in words
  and read with the coverages lexicon, with up to three limits (each claim, aggregate); a
  policy the lexicon does not know (inland marine) is left out.
- The period is the one every listed policy runs: the latest start, the earliest end.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from tenderguard.certificates.fields import Fields
from tenderguard.models import Block, Coverage, Evidence, Money
from tenderguard.normalise.dates import find_dates
from tenderguard.normalise.lexicon import lexicon
from tenderguard.normalise.numbers import NUMBER, parse_number
from tenderguard.parsing.pdf_forms import FormField

_ACORD_NAME = re.compile(
    r"^(?:NamedInsured|Producer|Insurer|GeneralLiability|Policy_GeneralLiability|OtherPolicy|"
    r"CertificateOfLiabilityInsurance)_"
)
# A form is taken as ACORD when this many of its filled fields follow the convention.
MIN_ACORD_FIELDS = 3
_AMOUNT = re.compile(NUMBER)
_PER_CLAIM = re.compile(r"each|per|any\s+one|occurrence|claim", re.IGNORECASE)
_AGGREGATE = re.compile(r"aggregate", re.IGNORECASE)
# What commercial general liability covers, by its definition.
_GL_DAMAGES = ("corporels", "materiels")
_SLOTS = "ABC"


def is_acord_form(fields: Sequence[FormField]) -> bool:
    return sum(bool(_ACORD_NAME.match(f.name)) for f in fields) >= MIN_ACORD_FIELDS


class _Form:
    def __init__(self, fields: Sequence[FormField], path: str) -> None:
        self.fields = {f.name: f for f in fields}
        self.path = path

    def value(self, name: str) -> str | None:
        field = self.fields.get(name)
        return field.value if field else None

    def evidence(self, name: str) -> Evidence:
        field = self.fields[name]
        return Evidence(self.path, field.page, f"{field.name} = {field.value}")

    def dollars(self, name: str) -> Money | None:
        text = self.value(name)
        found = _AMOUNT.search(text or "")
        value = parse_number(found.group()) if found else None
        return Money(value, "USD") if value is not None else None

    def day(self, name: str) -> date | None:
        dates = find_dates(self.value(name) or "", "en")
        return dates[0].value if dates else None


def _general_liability(form: _Form) -> Coverage | None:
    occurrence = form.dollars("GeneralLiability_EachOccurrence_LimitAmount_A")
    aggregate = form.dollars("GeneralLiability_GeneralAggregate_LimitAmount_A")
    if occurrence is None and aggregate is None:
        return None
    cited = (
        "GeneralLiability_EachOccurrence_LimitAmount_A"
        if occurrence
        else "GeneralLiability_GeneralAggregate_LimitAmount_A"
    )
    return Coverage(
        "insurance.rc_exploitation",
        "General liability",
        occurrence or aggregate,
        ("per_claim_and_year" if aggregate else "per_claim") if occurrence else "per_year",
        (),
        _GL_DAMAGES,
        None,
        form.evidence(cited),
        aggregate if occurrence else None,
    )


def _other_policy(form: _Form) -> Coverage | None:
    description = form.value("OtherPolicy_OtherPolicyDescription_A")
    if not description:
        return None
    kinds = lexicon("coverages").values(description)
    if not kinds:  # property, inland marine...: no demand of an IT tender asks for them
        return None
    per_claim: Money | None = None
    aggregate: Money | None = None
    for slot in _SLOTS:
        code = form.value(f"OtherPolicy_CoverageCode_{slot}") or ""
        amount = form.dollars(f"OtherPolicy_CoverageLimitAmount_{slot}")
        amount = amount or form.dollars(f"OtherPolicy_CoverageCode_{slot}")
        if amount is None:
            continue
        if _AGGREGATE.search(code):
            aggregate = aggregate or amount
        elif _PER_CLAIM.search(code) or per_claim is None:
            per_claim = per_claim or amount
    if per_claim is None and aggregate is None:
        basis = None
    elif per_claim is None:
        basis = "per_year"
    else:
        basis = "per_claim_and_year" if aggregate else "per_claim"
    return Coverage(
        kinds[0],
        description,
        per_claim or aggregate,
        basis,
        (),
        (),
        None,
        form.evidence("OtherPolicy_OtherPolicyDescription_A"),
        aggregate if per_claim else None,
    )


def read_acord_form(
    fields: Sequence[FormField], path: str
) -> tuple[Fields, dict[str, Evidence], list[Coverage]]:
    form = _Form(fields, path)
    read = Fields()
    evidence: dict[str, Evidence] = {}

    def take(name: str, field: str) -> str | None:
        value = form.value(field)
        if value:
            evidence[name] = form.evidence(field)
        return value

    read.broker = take("broker", "Producer_FullName_A")
    read.insured = take("insured", "NamedInsured_FullName_A")
    letter = (
        form.value("GeneralLiability_InsurerLetterCode_A")
        or form.value("OtherPolicy_InsurerLetterCode_A")
        or "A"
    )
    read.insurer = take("insurer", f"Insurer_FullName_{letter.strip().upper()[:1]}")
    policies = [
        (number, start, end)
        for number, start, end in (
            (
                "Policy_GeneralLiability_PolicyNumberIdentifier_A",
                "Policy_GeneralLiability_EffectiveDate_A",
                "Policy_GeneralLiability_ExpirationDate_A",
            ),
            (
                "OtherPolicy_PolicyNumberIdentifier_A",
                "OtherPolicy_PolicyEffectiveDate_A",
                "OtherPolicy_PolicyExpirationDate_A",
            ),
        )
        if form.value(number) or form.value(end)
    ]
    numbers = [form.value(n) for n, _, _ in policies if form.value(n)]
    if numbers:
        read.policy = " ; ".join(n for n in numbers if n)
        evidence["policy"] = form.evidence(next(n for n, _, _ in policies if form.value(n)))
    starts = [d for _, s, _ in policies if (d := form.day(s))]
    ends = [(d, e) for _, _, e in policies if (d := form.day(e))]
    if ends:
        read.valid_from = max(starts) if starts else None
        read.valid_to, cited = min(ends)
        evidence["period"] = form.evidence(cited)
    remark = take("activities", "CertificateOfLiabilityInsurance_ACORDForm_RemarkText_A")
    read.activities = (remark,) if remark else ()
    coverages = [c for c in (_general_liability(form), _other_policy(form)) if c is not None]
    return read, evidence, coverages


# The printed form, flattened: its values are table cells beside the labels.
_PRINTED_FORM = re.compile(r"\bACORD\s+25\b")
_SECTION = re.compile(
    r"^(?:COMMERCIAL\s+GENERAL\s+LIABILITY|AUTOMOBILE\s+LIABILITY|UMBRELLA\s+LIAB|"
    r"EXCESS\s+LIAB|WORKERS\s+COMPENSATION|PROFESSIONAL\s+(?:LIABILITY|INDEMNITY)|"
    r"(?:TECHNOLOGY\s+)?ERRORS\s+(?:AND|&)\s+OMISSIONS|CYBER)",
    re.IGNORECASE,
)
_US_DATE = re.compile(r"^\d{2}/\d{2}/\d{4}$")
_POLICY = re.compile(r"^[A-Z0-9][A-Z0-9-]{4,}$", re.IGNORECASE)
_INSURER = re.compile(r"(?P<name>[A-Z][\w&.,' -]+?)\s+INSURER\s+(?P<letter>[A-F])\s*:")
_LIMIT_LABELS = {
    "per_claim": re.compile(r"^(?:EACH\s+OCCURRENCE|EACH\s+CLAIM|PER\s+CLAIM)$", re.IGNORECASE),
    "aggregate": re.compile(r"^(?:GENERAL\s+)?AGGREGATE$", re.IGNORECASE),
}


def _dollars(cell: str) -> Money | None:
    found = _AMOUNT.search(cell)
    value = parse_number(found.group()) if found and any(c.isdigit() for c in cell) else None
    return Money(value, "USD") if value is not None else None


class _Section:
    """One policy row of the printed form and the limit rows below it."""

    def __init__(self, name: str, evidence: Evidence) -> None:
        self.name = name
        self.evidence = evidence
        self.letter: str | None = None
        self.policy: str | None = None
        self.dates: list[date] = []
        self.limits: dict[str, Money] = {}

    def read_cells(self, cells: list[str]) -> None:
        for i, cell in enumerate(cells):
            if _US_DATE.match(cell):
                self.dates += [d.value for d in find_dates(cell, "en")]
            for key, label in _LIMIT_LABELS.items():
                if label.match(cell) and i + 1 < len(cells) and key not in self.limits:
                    amount = _dollars(cells[i + 1])
                    if amount is not None:
                        self.limits[key] = amount
        dated = [i for i, c in enumerate(cells) if _US_DATE.match(c)]
        if dated and self.policy is None and dated[0] > 0 and _POLICY.match(cells[dated[0] - 1]):
            self.policy = cells[dated[0] - 1]

    def coverage(self) -> Coverage | None:
        kinds = lexicon("coverages").values(self.name)
        per_claim, aggregate = self.limits.get("per_claim"), self.limits.get("aggregate")
        if not kinds or (per_claim is None and aggregate is None):
            return None
        general = kinds[0] == "insurance.rc_exploitation"
        basis = "per_claim_and_year" if per_claim and aggregate else "per_claim"
        return Coverage(
            kinds[0],
            self.name.title(),
            per_claim or aggregate,
            basis if per_claim else "per_year",
            (),
            _GL_DAMAGES if general else (),
            None,
            self.evidence,
            aggregate if per_claim else None,
        )


def read_acord_text(
    blocks: Sequence[Block], path: str
) -> tuple[Fields, dict[str, Evidence], list[Coverage]] | None:
    """The printed ACORD 25 page, when the certificate is one; None otherwise. Producer and
    insured are left unread: in the flattened form their cells mix with the labels."""
    pages = {b.page for b in blocks if _PRINTED_FORM.search(b.text)}
    if not pages:
        return None
    read = Fields()
    evidence: dict[str, Evidence] = {}
    insurers: dict[str, tuple[str, Evidence]] = {}
    sections: list[_Section] = []
    for block in (b for b in blocks if b.page in pages):
        cells = [c.strip() for c in block.text.split(" | ")]
        where = Evidence(path, block.page, block.text)
        for m in _INSURER.finditer(block.text):
            insurers.setdefault(m.group("letter"), (m.group("name").strip(), where))
        start = next((i for i, c in enumerate(cells) if _SECTION.match(c)), None)
        if start is not None and any(_US_DATE.match(c) for c in cells):
            sections.append(_Section(cells[start], where))
            sections[-1].letter = cells[0] if len(cells[0]) == 1 else None
        elif start is not None and cells[start].upper().startswith(("AUTOMOBILE", "UMBRELLA")):
            sections.append(_Section(cells[start], where))  # a line left empty ends the one above
        if sections:
            sections[-1].read_cells(cells)
    coverages = [c for c in (s.coverage() for s in sections) if c is not None]
    listed = [s for s in sections if s.coverage() is not None]
    if listed:
        first = listed[0]
        read.policy = " ; ".join(s.policy for s in listed if s.policy) or None
        if read.policy:
            evidence["policy"] = first.evidence
        starts = [min(s.dates) for s in listed if s.dates]
        ends = [max(s.dates) for s in listed if s.dates]
        if ends:
            read.valid_from, read.valid_to = max(starts), min(ends)
            evidence["period"] = first.evidence
        if first.letter in insurers:
            read.insurer, evidence["insurer"] = insurers[first.letter]
    return read, evidence, coverages
