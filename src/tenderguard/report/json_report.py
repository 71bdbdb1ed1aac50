"""--format json: the machine-readable report described by schema/report.schema.json."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

from tenderguard import NOTICE, __version__
from tenderguard.models import (
    Certificate,
    CheckResult,
    Coverage,
    Evidence,
    Milestone,
    Money,
    Requirement,
    Schedule,
    Source,
)
from tenderguard.report.model import Report

STATUSES = ("met", "gap", "missing", "review")


def _number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _money(amount: Money | None) -> dict[str, Any] | None:
    if amount is None:
        return None
    return {"value": _number(amount.value), "currency": amount.currency}


def _source(source: Source) -> dict[str, Any]:
    return {
        "path": source.path,
        "page": source.page,
        "clause": source.clause,
        "heading": source.heading,
        "piece": source.piece_kind.value,
    }


def requirement_dict(req: Requirement) -> dict[str, Any]:
    v = req.values
    return {
        "id": req.id,
        "kind": req.kind,
        "text": req.text,
        "recommended": req.recommended,
        "source": _source(req.sources[0]),
        "sources": [_source(s) for s in req.sources],
        "amount": _money(v.amount),
        "basis": v.basis,
        "sublimits": [{"label": s.label, "amount": _money(s.amount)} for s in v.sublimits],
        "damages": list(v.damages),
        "hours": v.hours,
        "days": v.days,
        "business_days": v.business_days,
        "percent": _number(v.percent),
        "zone": v.zone,
        "providers": list(v.providers),
        "moment": v.moment,
        "multiple": _number(v.multiple),
        "per": v.per,
        "formula": v.formula,
        "reference": v.reference,
        "cover": v.cover,
        "unreadable": [{"field": u.field, "text": u.text} for u in v.unreadable],
        "rules": list(req.rules),
        "role": req.role,
        "cue": req.cue,
    }


def _evidence(evidence: Evidence) -> dict[str, Any]:
    return {"path": evidence.path, "page": evidence.page, "text": evidence.text}


def _coverage(coverage: Coverage) -> dict[str, Any]:
    return {
        "kind": coverage.kind,
        "label": coverage.label,
        "amount": _money(coverage.amount),
        "basis": coverage.basis,
        "aggregate": _money(coverage.aggregate),
        "sublimits": [{"label": s.label, "amount": _money(s.amount)} for s in coverage.sublimits],
        "damages": list(coverage.damages),
        "deductible": _money(coverage.deductible),
        "source": _evidence(coverage.source),
    }


def certificate_dict(cert: Certificate) -> dict[str, Any]:
    return {
        "path": cert.path,
        "sha256": cert.sha256,
        "insurer": cert.insurer,
        "broker": cert.broker,
        "insured": cert.insured,
        "siren": cert.siren,
        "siret": cert.siret,
        "policy": cert.policy,
        "valid_from": cert.valid_from.isoformat() if cert.valid_from else None,
        "valid_to": cert.valid_to.isoformat() if cert.valid_to else None,
        "activities": list(cert.activities),
        "territory": cert.territory,
        "coverages": [_coverage(c) for c in cert.coverages],
        "evidence": {name: _evidence(e) for name, e in sorted(cert.evidence.items())},
        "warnings": list(cert.warnings),
        "ocr_pages": list(cert.ocr_pages),
        "looks_like_certificate": cert.looks_like_certificate,
    }


def _schedule(schedule: Schedule) -> dict[str, Any]:
    def milestone(m: Milestone | None) -> dict[str, Any] | None:
        return None if m is None else {"date": m.value.isoformat(), "source": _source(m.source)}

    term = schedule.term
    end = schedule.earliest_end()
    return {
        "deadline": milestone(schedule.deadline),
        "start": milestone(schedule.start),
        "term": None if term is None else {"months": term.months, "source": _source(term.source)},
        "earliest_end": end.isoformat() if end else None,
        "value": None
        if schedule.value is None
        else {"amount": _money(schedule.value.amount), "source": _source(schedule.value.source)},
    }


def report_dict(result: CheckResult, checked_on: date, rules_version: str) -> dict[str, Any]:
    return {
        "header": {
            "tool": "tenderguard",
            "version": __version__,
            "rules_version": rules_version,
            "checked_on": checked_on.isoformat(),
            "inputs": [
                {"path": i.path, "sha256": i.sha256, "pages": i.pages, "kind": i.kind}
                for i in result.inputs
            ],
            "errors": [{"path": e.path, "reason": e.reason} for e in result.errors],
            "warnings": list(result.warnings),
            "notice": NOTICE,
        },
        "subject": (
            {"text": result.subject.text, "source": _source(result.subject.source)}
            if result.subject
            else None
        ),
        "identity": {
            "reference": result.identity.reference,
            "buyer": result.identity.buyer,
        },
        "schedule": _schedule(result.schedule),
        "requirements": [requirement_dict(r) for r in result.requirements],
        "certificates": [certificate_dict(c) for c in result.certificates],
        "verdicts": [
            {
                "requirement": v.requirement,
                "kind": v.kind,
                "status": v.status,
                "reason": v.reason,
                "evidence": list(v.evidence),
                "action": v.action,
                "recommendation_unmet": v.recommendation_unmet,
            }
            for v in result.verdicts
        ],
        "summary": {
            status: sum(v.status == status for v in result.verdicts) for status in STATUSES
        },
    }


def render(report: Report) -> str:
    data = report_dict(report.result, report.checked_on, report.rules_version)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
