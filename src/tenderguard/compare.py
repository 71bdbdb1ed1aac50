"""Requirements x certificates -> verdicts: met, gap, missing or review, with the reason.

Every threshold and every rule of comparison lives here:
- which guarantees can meet which demand (a generic liability demand is met by RC Pro or RC
  exploitation; RC Pro only by RC Pro);
- the dates: the certificate must be valid on the day of the check;
- the amounts against their basis (per claim, per year, both);
- the sub-limits by damage type, and the damage types covered.
A check that the documents cannot settle gives `review`, never a guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from tenderguard.models import Certificate, Coverage, Requirement, Verdict
from tenderguard.report.values import money

MET, GAP, MISSING, REVIEW = "met", "gap", "missing", "review"
_RANK = {MET: 0, REVIEW: 1, GAP: 2, MISSING: 3}

# Guarantees able to meet each kind of insurance demand.
ACCEPTED = {
    "insurance.liability": ("insurance.liability", "insurance.rc_pro", "insurance.rc_exploitation"),
    "insurance.rc_pro": ("insurance.rc_pro",),
    "insurance.rc_exploitation": ("insurance.rc_exploitation", "insurance.liability"),
    "insurance.cyber": ("insurance.cyber",),
    "insurance.multirisque": ("insurance.multirisque",),
    "insurance.business_interruption": ("insurance.business_interruption",),
}
# A per-claim limit and a yearly aggregate are different promises: which coverage bases can
# be compared with which demanded basis.
COMPARABLE_BASES = {
    "per_claim": {"per_claim", "per_claim_and_year", "unspecified"},
    "per_year": {"per_year", "per_claim_and_year", "unspecified"},
    "per_claim_and_year": {"per_claim_and_year"},
    "unspecified": {"per_claim", "per_year", "per_claim_and_year", "unspecified"},
}


@dataclass(frozen=True, slots=True)
class Check:
    status: str
    reason: str


_TEXT = {
    "fr": {
        "no_cover": "aucune garantie {what} sur l'attestation",
        "other_cover": " (l'attestation porte {others}, qui ne la remplace pas)",
        "no_certificate": "aucune attestation fournie",
        "unread": "attestation illisible ({reason}) : à vérifier à la main",
        "expired": "attestation expirée le {date}",
        "not_yet": "attestation valable seulement à partir du {date}",
        "no_dates": "période de validité illisible sur l'attestation",
        "ends_soon": "attestation valable jusqu'au {date} : son renouvellement sera demandé",
        "valid": "attestation valable du {start} au {end}",
        "no_amount": "montant exigé {need} ; l'attestation n'indique pas de montant",
        "low": "montant {have} inférieur aux {need} exigés",
        "ok_amount": "{have} ≥ {need} exigés",
        "basis": "base différente : {need} exigé {nbasis}, attestation {have} {hbasis}",
        "currency": "devises différentes : {need} exigé, {have} garanti",
        "sub_low": "sous-limite {label} {have} inférieure aux {need} exigés",
        "sub_missing": "sous-limite {label} exigée ({need}) non indiquée ; plafond général {have}",
        "damage_missing": "dommages {label} exigés, non mentionnés dans la garantie",
        "damage_unknown": "types de dommages couverts non précisés sur l'attestation",
        "no_amount_demanded": "aucun montant chiffré : garanties à apprécier selon "
        "l'importance de la prestation",
        "cover_present": "garantie {what} présente, aucun montant exigé",
        "recommended": "recommandé, non exigé : {reason}",
        "certificate_ok": "une attestation valable est disponible",
        "subcontractors": "à vérifier auprès de chaque sous-traitant",
        "needs_profile": "à justifier : aucun profil d'entreprise fourni",
        "contract": "clause contractuelle à accepter ou à négocier",
    },
    "en": {
        "no_cover": "no {what} cover on the certificate",
        "other_cover": " (the certificate shows {others}, which does not replace it)",
        "no_certificate": "no certificate given",
        "unread": "certificate unreadable ({reason}): to check by hand",
        "expired": "certificate expired on {date}",
        "not_yet": "certificate valid only from {date}",
        "no_dates": "period of validity unreadable on the certificate",
        "ends_soon": "certificate valid until {date}: a renewal will be asked",
        "valid": "certificate valid from {start} to {end}",
        "no_amount": "{need} demanded; the certificate states no amount",
        "low": "limit {have} below the {need} demanded",
        "ok_amount": "{have} ≥ {need} demanded",
        "basis": "different basis: {need} demanded {nbasis}, certificate {have} {hbasis}",
        "currency": "different currencies: {need} demanded, {have} covered",
        "sub_low": "sub-limit {label} {have} below the {need} demanded",
        "sub_missing": "sub-limit {label} demanded ({need}) not stated; overall limit {have}",
        "damage_missing": "{label} damage demanded, not mentioned in the cover",
        "damage_unknown": "damage types covered not stated on the certificate",
        "no_amount_demanded": "no amount stated: the cover is to be judged against the size "
        "of the contract",
        "cover_present": "{what} cover present, no amount demanded",
        "recommended": "recommended, not demanded: {reason}",
        "certificate_ok": "a valid certificate is available",
        "subcontractors": "to check with each subcontractor",
        "needs_profile": "to be justified: no company profile given",
        "contract": "contract term to accept or negotiate",
    },
}
_WHAT = {
    "fr": {
        "insurance.liability": "de responsabilité civile",
        "insurance.rc_pro": "RC Pro",
        "insurance.rc_exploitation": "RC exploitation",
        "insurance.cyber": "cyber",
        "insurance.multirisque": "multirisque",
        "insurance.business_interruption": "perte d'exploitation",
        "legal_defense": "défense et recours",
    },
    "en": {
        "insurance.liability": "liability",
        "insurance.rc_pro": "professional liability",
        "insurance.rc_exploitation": "general liability",
        "insurance.cyber": "cyber",
        "insurance.multirisque": "property",
        "insurance.business_interruption": "business interruption",
        "legal_defense": "legal defence",
    },
}
_BASIS_WORDS = {
    "fr": {
        "per_claim": "par sinistre",
        "per_year": "par an",
        "per_claim_and_year": "par sinistre et par an",
        "unspecified": "sans base",
    },
    "en": {
        "per_claim": "per claim",
        "per_year": "per year",
        "per_claim_and_year": "per claim and per year",
        "unspecified": "without basis",
    },
}
_DAMAGE_WORDS = {
    "fr": {
        "corporels": "corporels",
        "materiels": "matériels",
        "immateriels": "immatériels",
        "immateriels_non_consecutifs": "immatériels non consécutifs",
    },
    "en": {
        "corporels": "bodily injury",
        "materiels": "property",
        "immateriels": "financial",
        "immateriels_non_consecutifs": "pure financial loss",
    },
}
# A cover ending within this many days of the check is valid, but its renewal will be asked.
RENEWAL_NOTICE_DAYS = 30
# Demands without an amount that still ask for a level of cover: a person must judge it.
_PROPORTIONATE = re.compile(
    r"en\s+rapport\s+avec|proportionn|adapt[ée]e?s?\s+(?:à|a|aux)|suffisante?s?|"
    r"appropriate|adequate|sufficient|commensurate",
    re.IGNORECASE,
)


def _worst(checks: Sequence[Check]) -> str:
    return max((c.status for c in checks), key=_RANK.__getitem__, default=MET)


def _validity(cert: Certificate, on: date, t: dict[str, str]) -> Check:
    fmt = "%d/%m/%Y"
    if cert.valid_to is None:
        return Check(REVIEW, t["no_dates"])
    if cert.valid_to < on:
        return Check(GAP, t["expired"].format(date=cert.valid_to.strftime(fmt)))
    if cert.valid_from is not None and cert.valid_from > on:
        return Check(REVIEW, t["not_yet"].format(date=cert.valid_from.strftime(fmt)))
    if (cert.valid_to - on).days <= RENEWAL_NOTICE_DAYS:
        return Check(REVIEW, t["ends_soon"].format(date=cert.valid_to.strftime(fmt)))
    start = cert.valid_from.strftime(fmt) if cert.valid_from else "?"
    return Check(MET, t["valid"].format(start=start, end=cert.valid_to.strftime(fmt)))


def _amount(req: Requirement, cover: Coverage, lang: str) -> Check:
    t = _TEXT[lang]
    need = req.values.amount
    if need is None:
        if _PROPORTIONATE.search(req.text):
            return Check(REVIEW, t["no_amount_demanded"])
        what = _WHAT[lang].get(cover.kind, cover.kind)
        return Check(MET, t["cover_present"].format(what=what))
    if cover.amount is None:
        return Check(REVIEW, t["no_amount"].format(need=money(need, lang)))
    have = cover.amount
    if have.currency != need.currency:
        return Check(REVIEW, t["currency"].format(need=money(need, lang), have=money(have, lang)))
    if have.value < need.value:
        return Check(GAP, t["low"].format(have=money(have, lang), need=money(need, lang)))
    need_basis = req.values.basis or "unspecified"
    have_basis = cover.basis or "unspecified"
    if have_basis not in COMPARABLE_BASES[need_basis]:
        words = _BASIS_WORDS[lang]
        return Check(
            REVIEW,
            t["basis"].format(
                need=money(need, lang),
                nbasis=words[need_basis],
                have=money(have, lang),
                hbasis=words[have_basis],
            ),
        )
    return Check(MET, t["ok_amount"].format(have=money(have, lang), need=money(need, lang)))


def _sublimits(req: Requirement, cover: Coverage, lang: str) -> list[Check]:
    t = _TEXT[lang]
    checks = []
    for wanted in req.values.sublimits:
        label = _DAMAGE_WORDS[lang].get(wanted.label, wanted.label)
        found = next((s for s in cover.sublimits if s.label == wanted.label), None)
        if found is not None:
            if found.amount.value < wanted.amount.value:
                checks.append(
                    Check(
                        GAP,
                        t["sub_low"].format(
                            label=label,
                            have=money(found.amount, lang),
                            need=money(wanted.amount, lang),
                        ),
                    )
                )
            continue
        overall = cover.amount
        if overall is not None and overall.value >= wanted.amount.value:
            checks.append(
                Check(
                    REVIEW,
                    t["sub_missing"].format(
                        label=label, need=money(wanted.amount, lang), have=money(overall, lang)
                    ),
                )
            )
        else:
            checks.append(
                Check(
                    GAP,
                    t["sub_missing"].format(
                        label=label,
                        need=money(wanted.amount, lang),
                        have=money(overall, lang) if overall else "?",
                    ),
                )
            )
    return checks


def _damages(req: Requirement, cover: Coverage, lang: str) -> list[Check]:
    t = _TEXT[lang]
    demanded = [d for d in req.values.damages if d != "immateriels_non_consecutifs"]
    if not demanded:
        return []
    if not cover.damages:
        return [Check(REVIEW, t["damage_unknown"])]
    covered = set(cover.damages)
    if "immateriels" in covered:
        covered.add("immateriels_non_consecutifs")
    missing = [d for d in demanded if d not in covered]
    return [Check(GAP, t["damage_missing"].format(label=_DAMAGE_WORDS[lang][d])) for d in missing]


def _judge_cover(
    req: Requirement, cert: Certificate, cover: Coverage, on: date, lang: str
) -> list[Check]:
    t = _TEXT[lang]
    return [
        _validity(cert, on, t),
        _amount(req, cover, lang),
        *_sublimits(req, cover, lang),
        *_damages(req, cover, lang),
    ]


def _cite(cover: Coverage) -> str:
    page = f", p. {cover.source.page}" if cover.source.page else ""
    return f"{cover.source.path}{page}: « {cover.source.text} »"


def _insurance(
    req: Requirement, certs: Sequence[Certificate], on: date, lang: str
) -> tuple[str, str, tuple[str, ...]]:
    t = _TEXT[lang]
    accepted = ACCEPTED[req.kind]
    options = [
        (cert, cover) for cert in certs for cover in cert.coverages if cover.kind in accepted
    ]
    unread = [c.unread for c in certs if c.unread]
    if not options and unread:
        return REVIEW, t["unread"].format(reason=unread[0]), ()
    if not options:
        others = sorted(
            {
                _WHAT[lang].get(c.kind, c.kind)
                for cert in certs
                for c in cert.coverages
                if c.kind.startswith("insurance.")
            }
        )
        reason = t["no_cover"].format(what=_WHAT[lang][req.kind])
        if others:
            reason += t["other_cover"].format(others=", ".join(others))
        return MISSING, reason, ()
    # The best guarantee on offer decides: one cover that meets the demand is enough.
    judged = [(cover, _judge_cover(req, cert, cover, on, lang)) for cert, cover in options]
    cover, checks = min(judged, key=lambda item: _RANK[_worst(item[1])])
    status = _worst(checks)
    shown = [c for c in checks if c.status == status] if status != MET else checks
    return status, " ; ".join(c.reason for c in shown), (_cite(cover),)


def _certificate(
    certs: Sequence[Certificate], on: date, lang: str
) -> tuple[str, str, tuple[str, ...]]:
    t = _TEXT[lang]
    if not certs:
        return MISSING, t["no_certificate"], ()
    checks = [(_validity(cert, on, t), cert) for cert in certs]
    checks.sort(key=lambda item: _RANK[item[0].status])
    check, cert = checks[0]
    return check.status, check.reason, (cert.path,)


def judge(
    requirements: Sequence[Requirement],
    certificates: Sequence[Certificate],
    on: date,
    lang: str = "fr",
    profile: object | None = None,
) -> list[Verdict]:
    """A verdict for every requirement."""
    t = _TEXT[lang]
    verdicts = []
    for req in requirements:
        evidence: tuple[str, ...] = ()
        if req.kind in ACCEPTED:
            status, reason, evidence = _insurance(req, certificates, on, lang)
        elif req.kind == "insurance.certificate":
            status, reason, evidence = _certificate(certificates, on, lang)
        elif req.kind == "insurance.subcontractors":
            status, reason = REVIEW, t["subcontractors"]
        elif req.kind.startswith("contract."):
            status, reason = REVIEW, t["contract"]
        else:
            status, reason = REVIEW, t["needs_profile"]
        if req.recommended and status in (GAP, MISSING):
            status, reason = REVIEW, t["recommended"].format(reason=reason)
        verdicts.append(
            Verdict(req.id, req.kind, status, reason, (req.sources[0].citation(), *evidence))
        )
    return verdicts


def summary(verdicts: Sequence[Verdict]) -> dict[str, int]:
    counts = {status: 0 for status in (MET, GAP, MISSING, REVIEW)}
    for verdict in verdicts:
        counts[verdict.status] += 1
    return counts
