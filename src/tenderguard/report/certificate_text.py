"""The terminal view of a certificate: each field with the page it was read on, then the
guarantees with their limits."""

from __future__ import annotations

from datetime import date

from tenderguard import NOTICES
from tenderguard.kinds import KINDS
from tenderguard.models import Certificate, Coverage, Evidence
from tenderguard.report.values import _BASIS, _DAMAGES, money

_LABELS = {
    "fr": {
        "certificate": "Attestation",
        "insurer": "Assureur",
        "broker": "Courtier",
        "insured": "Assuré",
        "siren": "SIREN / SIRET",
        "policy": "Contrat",
        "period": "Validité",
        "activities": "Activités",
        "territory": "Territoire",
        "coverages": "Garanties",
        "none": "non trouvé",
        "deductible": "franchise",
        "from": "du",
        "to": "au",
        "legal_defense": "Défense pénale et recours",
        "no_coverage": "Aucune garantie lue.",
        "page": "p.",
    },
    "en": {
        "certificate": "Certificate",
        "insurer": "Insurer",
        "broker": "Broker",
        "insured": "Insured",
        "siren": "SIREN / SIRET",
        "policy": "Policy",
        "period": "Valid",
        "activities": "Activities",
        "territory": "Territory",
        "coverages": "Coverages",
        "none": "not found",
        "deductible": "deductible",
        "from": "from",
        "to": "to",
        "legal_defense": "Legal defence",
        "no_coverage": "No coverage read.",
        "page": "p.",
    },
}


def _date(value: date | None, lang: str) -> str:
    if value is None:
        return "?"
    return value.strftime("%d/%m/%Y" if lang == "fr" else "%Y-%m-%d")


def _where(evidence: Evidence | None, lang: str) -> str:
    if evidence is None or evidence.page is None:
        return ""
    return f"  ({_LABELS[lang]['page']} {evidence.page})"


def _coverage_line(coverage: Coverage, lang: str) -> str:
    t = _LABELS[lang]
    kind = KINDS.get(coverage.kind)
    name = (kind.label_fr if lang == "fr" else kind.label_en) if kind else t["legal_defense"]
    parts = []
    if coverage.amount:
        text = money(coverage.amount, lang)
        basis = "per_claim" if coverage.aggregate else coverage.basis
        if basis and basis != "unspecified":
            text += " " + _BASIS[lang][basis]
        parts.append(text)
    if coverage.aggregate:
        parts.append(f"{money(coverage.aggregate, lang)} {_BASIS[lang]['per_year']}")
    for sub in coverage.sublimits:
        label = _DAMAGES[lang].get(sub.label, sub.label)
        parts.append(f"{'dont' if lang == 'fr' else 'incl.'} {label} {money(sub.amount, lang)}")
    if coverage.deductible:
        parts.append(f"{t['deductible']} {money(coverage.deductible, lang)}")
    return f"  - {name}" + (f" — {' ; '.join(parts)}" if parts else "")


def render(cert: Certificate, lang: str = "fr") -> str:
    t = _LABELS[lang]
    pages = f" ({cert.pages} p.)" if cert.pages else ""
    out = [f"{t['certificate']} : {cert.path}{pages}", ""]
    ids = " / ".join(x for x in (cert.siren, cert.siret) if x) or None
    period = None
    if cert.valid_from or cert.valid_to:
        period = (
            f"{t['from']} {_date(cert.valid_from, lang)} {t['to']} {_date(cert.valid_to, lang)}"
        )
    rows = [
        ("insurer", cert.insurer, "insurer"),
        ("broker", cert.broker, "broker"),
        ("insured", cert.insured, "insured"),
        ("siren", ids, "siren"),
        ("policy", cert.policy, "policy"),
        ("period", period, "period"),
        ("territory", cert.territory, "territory"),
    ]
    for label, value, key in rows:
        shown = value if value else t["none"]
        out.append(f"  {t[label]:<14} {shown}{_where(cert.evidence.get(key), lang)}")
    out.append(
        f"  {t['activities']:<14} " + ("; ".join(cert.activities) if cert.activities else t["none"])
    )
    out += ["", t["coverages"]]
    for coverage in cert.coverages:
        out.append(_coverage_line(coverage, lang) + _where(coverage.source, lang))
    if not cert.coverages:
        out.append(f"  {t['no_coverage']}")
    for warning in cert.warnings:
        out.append(f"  ~ {warning}")
    out += ["", NOTICES[lang]]
    return "\n".join(out) + "\n"
