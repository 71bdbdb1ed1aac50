"""Requirements x certificates -> verdicts: met, gap, missing or review, with the reason.

Every threshold and every rule of comparison lives here:
- which guarantees can meet which demand (a generic liability demand is met by RC Pro or RC
  exploitation; RC Pro only by RC Pro);
- the dates: the certificate must be valid on the day of the check;
- the amounts against their basis (per claim, per year, both);
- the sub-limits by damage type, and the damage types covered;
- the activities covered against the object of the contract (see activities.py);
- the territory against where the data lives and the hosts used (see territory.py).
A check that the documents cannot settle gives `review`, never a guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from pathlib import PurePath

from tenderguard.actions import action_for
from tenderguard.activities import MATCH_CUTOFF, match_activities
from tenderguard.kinds import KINDS
from tenderguard.models import (
    Certificate,
    Coverage,
    Requirement,
    Schedule,
    Subject,
    Verdict,
)
from tenderguard.profile import ZONE_BREADTH, Profile
from tenderguard.report.values import money, number, unread_text
from tenderguard.territory import WORLD_EXCEPT_US, reaches, read_territory, us_providers

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
class Context:
    """What every verdict is judged with, besides the requirement and the certificates."""

    on: date  # the day of the check
    lang: str
    subject: Subject | None = None  # the object of the tender
    schedule: Schedule = field(default_factory=Schedule)  # its deadline, start and term
    data_zone: str | None = None  # where the data will live: FR, EU, EEA or outside
    us_hosts: tuple[str, ...] = ()  # American providers the bidder hosts with


@dataclass(frozen=True, slots=True)
class Check:
    status: str
    reason: str
    cause: str = ""  # for gap and missing: what to act on (see actions.py)
    detail: str = ""  # what the action must name, when the demand alone does not say it
    also: tuple[Check, ...] = ()  # further checks of the same status, each with its action


_TEXT = {
    "fr": {
        "no_cover": "aucune garantie {what} sur l'attestation",
        "other_cover": " (l'attestation porte {others}, qui ne la remplace pas)",
        "no_certificate": "aucune attestation fournie",
        "unread": "attestation illisible ({reason}) : à vérifier à la main",
        "ocr": "{file} lu par OCR (p. {pages}) : valeurs à vérifier sur le document",
        "not_certificate": "{file} ne ressemble pas à une attestation d'assurance : à vérifier",
        "expired": "attestation expirée le {date}",
        "not_yet": "attestation valable seulement à partir du {date}",
        "no_dates": "période de validité illisible sur l'attestation",
        "ends_soon": "attestation valable jusqu'au {date} : son renouvellement sera demandé",
        "before_deadline": "attestation valable jusqu'au {end}, avant la date limite de remise "
        "des offres du {date} : à renouveler avant de remettre l'offre",
        "before_start": "attestation valable jusqu'au {end}, avant le début d'exécution prévu "
        "le {date} : à renouveler",
        "before_end": "attestation valable jusqu'au {end}, avant la fin du marché (pas avant "
        "le {date}) : son renouvellement sera demandé",
        "valid": "attestation valable du {start} au {end}",
        "no_amount": "montant exigé {need} ; l'attestation n'indique pas de montant",
        "cover_unread": "montant exigé {need} ; plafond de l'attestation illisible tel "
        "qu'écrit : « {text} »",
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
        "against_value": "marché de {value} ({where}), garantie de {have}{ratio}",
        "cover_present": "garantie {what} présente, aucun montant exigé",
        "held": "garantie {what} de {have} à comparer au montant exigé",
        "recommended": "recommandé, non exigé : {reason}",
        "certificate_ok": "une attestation valable est disponible",
        "subcontractors": "à vérifier auprès de chaque sous-traitant",
        "other_insurance": "garantie {cover} : à vérifier sur l'attestation correspondante",
        "needs_profile": "à justifier : aucun profil d'entreprise fourni",
        "contract": "clause contractuelle à accepter ou à négocier",
        "activities_ok": "activités garanties couvrant l'objet : {matches}",
        "activities_missing": "l'objet relève de : {missing}, absent des activités "
        "garanties ({activities})",
        "activities_none": "activités garanties non indiquées sur l'attestation",
        "activities_close": "activité garantie « {activity} » proche de l'objet (score "
        "{score}/100, seuil {cutoff})",
        "activities_far": "objet non rattaché aux activités garanties (au plus proche "
        "« {activity} », score {score}/100 sous le seuil {cutoff})",
        "accessory": "{family} : activité accessoire",
        "territory_ok": "territorialité « {territory} », données en zone {zone}",
        "territory_short": "territorialité « {territory} » plus étroite que la zone des "
        "données ({zone}) : à faire confirmer par l'assureur",
        "territory_us": "territorialité « {territory} » alors que l'hébergement passe par "
        "{providers} (États-Unis) : faire confirmer par l'assureur que les réclamations liées "
        "sont couvertes",
        "territory_unknown": "territorialité non indiquée ou non reconnue ({territory}) ; "
        "données en zone {zone}",
    },
    "en": {
        "no_cover": "no {what} cover on the certificate",
        "other_cover": " (the certificate shows {others}, which does not replace it)",
        "no_certificate": "no certificate given",
        "unread": "certificate unreadable ({reason}): to check by hand",
        "ocr": "{file} read by OCR (p. {pages}): check the values on the document",
        "not_certificate": "{file} does not look like an insurance certificate: to check",
        "expired": "certificate expired on {date}",
        "not_yet": "certificate valid only from {date}",
        "no_dates": "period of validity unreadable on the certificate",
        "ends_soon": "certificate valid until {date}: a renewal will be asked",
        "before_deadline": "certificate valid until {end}, before the deadline for offers on "
        "{date}: to renew before bidding",
        "before_start": "certificate valid until {end}, before the start of execution planned "
        "on {date}: to renew",
        "before_end": "certificate valid until {end}, before the end of the contract (not "
        "before {date}): a renewal will be asked",
        "valid": "certificate valid from {start} to {end}",
        "no_amount": "{need} demanded; the certificate states no amount",
        "cover_unread": "{need} demanded; the certificate's limit is not readable as written: "
        "“{text}”",
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
        "against_value": "contract worth {value} ({where}), cover of {have}{ratio}",
        "cover_present": "{what} cover present, no amount demanded",
        "held": "{what} cover of {have} to compare with the amount demanded",
        "recommended": "recommended, not demanded: {reason}",
        "certificate_ok": "a valid certificate is available",
        "subcontractors": "to check with each subcontractor",
        "other_insurance": "{cover} cover: to check on its own certificate",
        "needs_profile": "to be justified: no company profile given",
        "contract": "contract term to accept or negotiate",
        "activities_ok": "covered activities include the object: {matches}",
        "activities_missing": "the object is {missing}, absent from the "
        "covered activities ({activities})",
        "activities_none": "covered activities not stated on the certificate",
        "activities_close": 'covered activity "{activity}" close to the object (score '
        "{score}/100, cut-off {cutoff})",
        "activities_far": "object not matched by the covered activities (closest "
        '"{activity}", score {score}/100 below the cut-off {cutoff})',
        "accessory": "{family}: ancillary activity",
        "territory_ok": 'territory "{territory}", data in zone {zone}',
        "territory_short": 'territory "{territory}" narrower than the data zone ({zone}): '
        "to be confirmed by the insurer",
        "territory_us": 'territory "{territory}" while hosting relies on {providers} '
        "(United States): have the insurer confirm related claims are covered",
        "territory_unknown": "territory not stated or not recognised ({territory}); data in "
        "zone {zone}",
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
_FAMILY_WORDS = {
    "fr": {
        "web": "sites et applications web",
        "hosting": "hébergement",
        "managed_services": "infogérance",
        "software": "logiciel",
        "consulting": "conseil",
        "security": "cybersécurité",
        "network": "réseaux",
        "hardware": "fourniture de matériel",
        "training": "formation",
        "printing": "imprimerie",
    },
    "en": {
        "web": "websites and web applications",
        "hosting": "hosting",
        "managed_services": "managed services",
        "software": "software",
        "consulting": "consulting",
        "security": "cyber security",
        "network": "networks",
        "hardware": "hardware supply",
        "training": "training",
        "printing": "printing",
    },
}
# Only a liability cover is written for declared activities; property or cyber covers are not.
_ACTIVITY_BOUND = {"insurance.liability", "insurance.rc_pro", "insurance.rc_exploitation"}
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


def _milestones(context: Context) -> list[tuple[str, date]]:
    """The dates of the tender still to come that the certificate must reach, in order."""
    schedule = context.schedule
    dates = [
        ("before_deadline", schedule.deadline.value if schedule.deadline else None),
        ("before_start", schedule.start.value if schedule.start else None),
        ("before_end", schedule.earliest_end()),
    ]
    return [(key, day) for key, day in dates if day is not None and day >= context.on]


def _validity(cert: Certificate, context: Context) -> Check:
    """Valid on the day of the check (else gap), and up to the deadline, the start and the end
    of the contract (else review: the certificate will have to be renewed)."""
    t, on = _TEXT[context.lang], context.on
    fmt = "%d/%m/%Y"
    if cert.valid_to is None:
        return Check(REVIEW, t["no_dates"])
    if cert.valid_to < on:
        return Check(GAP, t["expired"].format(date=cert.valid_to.strftime(fmt)), "expired")
    if cert.valid_from is not None and cert.valid_from > on:
        return Check(REVIEW, t["not_yet"].format(date=cert.valid_from.strftime(fmt)))
    for key, day in _milestones(context):
        if cert.valid_to < day:
            end = cert.valid_to.strftime(fmt)
            return Check(REVIEW, t[key].format(end=end, date=day.strftime(fmt)))
    if (cert.valid_to - on).days <= RENEWAL_NOTICE_DAYS:
        return Check(REVIEW, t["ends_soon"].format(date=cert.valid_to.strftime(fmt)))
    start = cert.valid_from.strftime(fmt) if cert.valid_from else "?"
    return Check(MET, t["valid"].format(start=start, end=cert.valid_to.strftime(fmt)))


def _proportionate(cover: Coverage, context: Context) -> Check:
    """A demand for cover "in proportion to the contract": the limit set beside the value of
    the contract when the tender gives it, for a person to judge."""
    t, lang = _TEXT[context.lang], context.lang
    value = context.schedule.value
    if value is None or cover.amount is None:
        return Check(REVIEW, t["no_amount_demanded"])
    same = value.amount.currency == cover.amount.currency and value.amount.value > 0
    times = (cover.amount.value / value.amount.value).quantize(Decimal("0.1")) if same else None
    ratio = f" ({number(times, lang)} ×)" if times is not None else ""
    against = t["against_value"].format(
        value=money(value.amount, lang),
        where=value.source.citation(),
        have=money(cover.amount, lang),
        ratio=ratio,
    )
    return Check(REVIEW, f"{t['no_amount_demanded']} ; {against}")


def _amount(req: Requirement, cover: Coverage, context: Context) -> Check:
    lang = context.lang
    t = _TEXT[lang]
    need = req.values.amount
    if need is None and req.values.unread("amount"):  # said by _unread; what is held:
        what = _WHAT[lang].get(cover.kind, cover.kind)
        held = money(cover.amount, lang) if cover.amount else "?"
        return Check(REVIEW, t["held"].format(what=what, have=held))
    if need is None:
        if _PROPORTIONATE.search(req.text):
            return _proportionate(cover, context)
        what = _WHAT[lang].get(cover.kind, cover.kind)
        return Check(MET, t["cover_present"].format(what=what))
    if cover.amount is None and cover.unreadable:
        return Check(
            REVIEW, t["cover_unread"].format(need=money(need, lang), text=cover.unreadable)
        )
    if cover.amount is None:
        return Check(REVIEW, t["no_amount"].format(need=money(need, lang)))
    need_basis = req.values.basis or "unspecified"
    # A yearly demand is met by the yearly aggregate when one is stated beside the per-claim
    # limit; any other demand by the per-claim limit, the smaller of the two.
    have = cover.aggregate if need_basis == "per_year" and cover.aggregate else cover.amount
    if need_basis == "per_claim_and_year" and cover.aggregate:
        have = min(have, cover.aggregate, key=lambda m: m.value)
    if have.currency != need.currency:
        return Check(REVIEW, t["currency"].format(need=money(need, lang), have=money(have, lang)))
    if have.value < need.value:
        low = t["low"].format(have=money(have, lang), need=money(need, lang))
        return Check(GAP, low, "low")
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
                        "sublimit",
                    )
                )
            continue
        overall = cover.amount
        text = t["sub_missing"].format(
            label=label,
            need=money(wanted.amount, lang),
            have=money(overall, lang) if overall else "?",
        )
        # Unstated, the sub-limit may be the overall limit: enough to judge, or short anyway.
        if overall is not None and overall.value >= wanted.amount.value:
            checks.append(Check(REVIEW, text))
        else:
            checks.append(Check(GAP, text, "sublimit"))
    return checks


def _damages(req: Requirement, cover: Coverage, lang: str) -> list[Check]:
    t = _TEXT[lang]
    demanded = [d for d in req.values.damages if d != "immateriels_non_consecutifs"]
    if not demanded:
        return []
    # A "dont immatériels non consécutifs" line alone says nothing of the other damage types.
    if not set(cover.damages) - {"immateriels_non_consecutifs"}:
        return [Check(REVIEW, t["damage_unknown"])]
    covered = set(cover.damages)
    if "immateriels" in covered:
        covered.add("immateriels_non_consecutifs")
    missing = [d for d in demanded if d not in covered]
    return [
        Check(GAP, t["damage_missing"].format(label=_DAMAGE_WORDS[lang][d]), "damages")
        for d in missing
    ]


def _activities(subject: Subject, cert: Certificate, lang: str) -> Check:
    """The covered activities must include the object of the tender (activities.py)."""
    t = _TEXT[lang]
    if not cert.activities:
        return Check(REVIEW, t["activities_none"])
    words = _FAMILY_WORDS[lang]
    found = match_activities(subject.text, cert.activities)
    if not found.families:
        if found.best is None:
            return Check(REVIEW, t["activities_none"])
        activity, score = found.best
        key = "activities_close" if found.matched else "activities_far"
        text = t[key].format(activity=activity, score=score, cutoff=MATCH_CUTOFF)
        return Check(MET if found.matched else REVIEW, text)
    if found.missing:
        missing = ", ".join(words[f] for f in found.missing)
        text = t["activities_missing"].format(
            missing=missing, activities=" ; ".join(cert.activities)
        )
        return Check(GAP, text, "activities", missing)
    matches = [f"{words[f]} (« {a} »)" for f, a in found.covered.items()]
    matches += [t["accessory"].format(family=words[f]) for f in found.accessory]
    return Check(MET, t["activities_ok"].format(matches=" ; ".join(matches)))


_ZONE_WORDS = {
    "fr": {"FR": "France", "EU": "UE", "EEA": "EEE", "outside": "hors EEE"},
    "en": {"FR": "France", "EU": "EU", "EEA": "EEA", "outside": "outside the EEA"},
}
# Covers bound by a territory that the location of the data matters to.
_TERRITORY_BOUND = {*_ACTIVITY_BOUND, "insurance.cyber"}


def _territory(cert: Certificate, context: Context) -> Check | None:
    """The territory of the cover against the data zone and the American hosts, if known."""
    if context.data_zone is None and not context.us_hosts:
        return None
    t = _TEXT[context.lang]
    zone = _ZONE_WORDS[context.lang][context.data_zone or "outside"]
    territory = read_territory(cert.territory) if cert.territory else None
    if territory is None:
        return Check(
            REVIEW, t["territory_unknown"].format(territory=cert.territory or "-", zone=zone)
        )
    if context.us_hosts and territory == WORLD_EXCEPT_US:
        providers = ", ".join(context.us_hosts)
        return Check(
            REVIEW, t["territory_us"].format(territory=cert.territory, providers=providers)
        )
    if context.data_zone is not None and not reaches(territory, context.data_zone):
        return Check(REVIEW, t["territory_short"].format(territory=cert.territory, zone=zone))
    return Check(MET, t["territory_ok"].format(territory=cert.territory, zone=zone))


def _judge_cover(
    req: Requirement, cert: Certificate, cover: Coverage, context: Context
) -> list[Check]:
    lang = context.lang
    checks = [
        _validity(cert, context),
        _amount(req, cover, context),
        *_sublimits(req, cover, lang),
        *_damages(req, cover, lang),
    ]
    if context.subject is not None and req.kind in _ACTIVITY_BOUND:
        checks.append(_activities(context.subject, cert, lang))
    territory = _territory(cert, context) if req.kind in _TERRITORY_BOUND else None
    if territory is not None:
        checks.append(territory)
    return checks


def _file_name(path: str) -> str:
    """Evidence names its file; the full path is in the list of documents read."""
    return PurePath(path.split("!/")[-1]).name


def _cite(cert: Certificate, cover: Coverage) -> str:
    """The certificate line a verdict rests on, with the insurer and the policy number."""
    page = f", p. {cover.source.page}" if cover.source.page else ""
    issuer = ", ".join(x for x in (cert.insurer, cert.policy) if x)
    name = _file_name(cover.source.path)
    return f"{name}{f' ({issuer})' if issuer else ''}{page}: « {cover.source.text} »"


def _insurance(
    req: Requirement, certs: Sequence[Certificate], context: Context
) -> tuple[Check, tuple[str, ...]]:
    lang = context.lang
    t = _TEXT[lang]
    accepted = ACCEPTED[req.kind]
    options = [
        (cert, cover) for cert in certs for cover in cert.coverages if cover.kind in accepted
    ]
    unread = [c.unread for c in certs if c.unread]
    if not options and unread:
        return Check(REVIEW, t["unread"].format(reason=unread[0])), ()
    doubts = [d for d in (_doubt(c, lang) for c in certs) if d] if not options else []
    if doubts:  # not found where the reading is uncertain: not missing
        reason = t["no_cover"].format(what=_WHAT[lang][req.kind])
        return Check(REVIEW, " ; ".join([reason, *doubts])), ()
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
        return Check(MISSING, reason, "no_cover"), ()
    # The best guarantee on offer decides: one cover that meets the demand is enough.
    judged = [(cert, cover, _judge_cover(req, cert, cover, context)) for cert, cover in options]
    cert, cover, checks = min(judged, key=lambda item: _RANK[_worst(item[2])])
    status = _worst(checks)
    # A gap shows what falls short; a review also what holds, for the person who must judge.
    shown = [c for c in checks if c.status == status]
    if status in (MET, REVIEW):
        shown += [c for c in checks if c.status != status]
    acted = [c for c in shown if c.cause]
    first = acted[0] if acted else Check(status, "")
    reason = " ; ".join(c.reason for c in shown)
    check = Check(status, reason, first.cause, first.detail, tuple(acted[1:]))
    return _doubted(check, cert, lang), (_cite(cert, cover),)


def _certificate(certs: Sequence[Certificate], context: Context) -> tuple[Check, tuple[str, ...]]:
    if not certs:
        return Check(MISSING, _TEXT[context.lang]["no_certificate"], "no_certificate"), ()
    check, cert = min(
        ((_validity(c, context), c) for c in certs), key=lambda item: _RANK[item[0].status]
    )
    issuer = ", ".join(x for x in (cert.insurer, cert.policy) if x)
    cited = _file_name(cert.path) + (f" ({issuer})" if issuer else "")
    return _doubted(check, cert, context.lang), (cited,)


def _doubt(cert: Certificate, lang: str) -> str | None:
    """Why what was read on `cert` cannot settle a verdict on its own, if it cannot: its text
    came from OCR, or it reads like a contract rather than a certificate."""
    t = _TEXT[lang]
    name = _file_name(cert.path)
    if cert.ocr_pages:
        pages = ", ".join(map(str, cert.ocr_pages))
        return t["ocr"].format(file=name, pages=pages)
    if not cert.looks_like_certificate:
        return t["not_certificate"].format(file=name)
    return None


def _doubted(check: Check, cert: Certificate, lang: str) -> Check:
    """A verdict resting on an uncertain reading is review, saying what to check where."""
    doubt = _doubt(cert, lang)
    if doubt is None:
        return check
    return Check(REVIEW, f"{doubt} ; {check.reason}")


_PROFILE_TEXT = {
    "fr": {
        "absent": "le profil ne dit rien de ce point : à justifier",
        "yes": "le profil l'indique ({what})",
        "no": "le profil indique que non ({what})",
        "zone_ok": "données hébergées en zone {have}, exigée {need}",
        "zone_out": "données hébergées en zone {have}, hors de la zone {need} exigée",
        "zone_unstated": "zone exigée non précisée ; données du profil en zone {have}",
        "hours_ok": "notification sous {have} h, {need} h exigées",
        "hours_late": "notification sous {have} h, plus que les {need} h exigées",
        "hours_free": "délai exigé sans chiffre ; le profil notifie sous {have} h",
        "days_business": "délai en jours ouvrés ({need}) ; le profil notifie sous {have} h",
        "service": "service {service} de {provider} qualifié {what}",
        "no_service": "aucun service qualifié {what} dans le profil",
        "company_cert": "certification {what} de l'entreprise valable jusqu'au {date}",
        "company_cert_expired": "certification {what} expirée le {date}",
        "provider_cert": "seul l'hébergeur ({provider}) est certifié {what} : vérifier si "
        "l'entreprise doit l'être",
        "sla_ok": "disponibilité {have} % ≥ {need} % exigés",
        "sla_low": "disponibilité {have} % < {need} % exigés",
        "sla_free": "niveau de service exigé sans taux ; le profil s'engage sur {have} %",
        "providers": "hébergeurs du profil : {have} ; document : {need} — vérifier s'ils sont "
        "exigés ou exclus",
        "authorization": "sous-traitants ultérieurs : autorisation {have}",
    },
    "en": {
        "absent": "the profile says nothing about this: to be justified",
        "yes": "the profile says so ({what})",
        "no": "the profile says no ({what})",
        "zone_ok": "data hosted in zone {have}, {need} demanded",
        "zone_out": "data hosted in zone {have}, outside the {need} demanded",
        "zone_unstated": "zone not stated by the document; profile data in zone {have}",
        "hours_ok": "breach notified within {have} h, {need} h demanded",
        "hours_late": "breach notified within {have} h, more than the {need} h demanded",
        "hours_free": "delay demanded without a figure; the profile notifies within {have} h",
        "days_business": "delay in business days ({need}); the profile notifies within {have} h",
        "service": "service {service} of {provider} qualified {what}",
        "no_service": "no service qualified {what} in the profile",
        "company_cert": "company {what} certification valid until {date}",
        "company_cert_expired": "{what} certification expired on {date}",
        "provider_cert": "only the host ({provider}) is {what} certified: check whether the "
        "company must be",
        "sla_ok": "availability {have} % ≥ {need} % demanded",
        "sla_low": "availability {have} % < {need} % demanded",
        "sla_free": "service level demanded without a rate; the profile commits to {have} %",
        "providers": "profile hosts: {have}; document: {need} — check whether they are "
        "demanded or excluded",
        "authorization": "sub-processors: authorisation {have}",
    },
}
_FLAGS = {  # kind -> profile attribute that answers it
    "gdpr.processor_agreement": "dpa_template",
    "gdpr.access_logging": "access_logging",
    "gdpr.data_deletion": "data_deletion",
    "gdpr.audit": "audits_accepted",
    "cloud.reversibility": "reversibility_plan",
}
_QUALIFICATIONS = {
    "cloud.secnumcloud": ("secnumcloud", "SecNumCloud"),
    "cloud.hds": ("hds", "HDS"),
    "cloud.iso27001": ("iso27001", "ISO 27001"),
}


# The entry of the profile (samples/profile_nuagelab.yaml) each kind is judged on, cited as
# the justification.
PROFILE_ENTRIES = {
    "gdpr.processor_agreement": "gdpr.dpa_template",
    "gdpr.access_logging": "gdpr.access_logging",
    "gdpr.data_deletion": "gdpr.data_deletion",
    "gdpr.audit": "gdpr.audits_accepted",
    "gdpr.breach_notification": "gdpr.breach_notification_hours",
    "gdpr.data_location": "hosting[].zone, gdpr.subprocessors[].zone",
    "gdpr.subprocessor_authorization": "gdpr.subprocessor_authorization",
    "cloud.secnumcloud": "hosting[].services[].secnumcloud",
    "cloud.hds": "certifications.hds, hosting[].services[].hds",
    "cloud.iso27001": "certifications.iso27001, hosting[].services[].iso27001",
    "cloud.extraterritorial": "extraterritorial_exposure",
    "cloud.sla": "cloud.availability_percent",
    "cloud.reversibility": "cloud.reversibility_plan",
    "cloud.hosting_subcontractor": "hosting[].provider",
}


def _flag(value: bool | None, what: str, t: dict[str, str]) -> tuple[str, str]:
    if value is None:
        return REVIEW, t["absent"]
    return (MET, t["yes"].format(what=what)) if value else (MISSING, t["no"].format(what=what))


def _breach(req: Requirement, hours: int | None, t: dict[str, str]) -> tuple[str, str]:
    if hours is None:
        return REVIEW, t["absent"]
    need = req.values.hours
    if need is None and req.values.days is not None:
        if req.values.business_days:
            return REVIEW, t["days_business"].format(need=req.values.days, have=hours)
        need = req.values.days * 24
    if need is None:
        return REVIEW, t["hours_free"].format(have=hours)
    if hours <= need:
        return MET, t["hours_ok"].format(have=hours, need=need)
    return GAP, t["hours_late"].format(have=hours, need=need)


def _qualified(kind: str, profile: Profile, on: date, t: dict[str, str]) -> tuple[str, str]:
    attribute, what = _QUALIFICATIONS[kind]
    valid_to = profile.certifications.get(attribute)
    if attribute in profile.certifications and valid_to is not None:
        if valid_to < on:
            return GAP, t["company_cert_expired"].format(what=what, date=valid_to)
        return MET, t["company_cert"].format(what=what, date=valid_to)
    qualified = [(h, s) for h, s in profile.services() if getattr(s, attribute)]
    if not qualified:
        return (
            (MISSING, t["no_service"].format(what=what))
            if profile.hosting
            else (REVIEW, t["absent"])
        )
    host, service = qualified[0]
    if kind == "cloud.iso27001":  # often demanded of the company, not only of its host
        return REVIEW, t["provider_cert"].format(provider=host.provider, what=what)
    return MET, t["service"].format(service=service.name, provider=host.provider, what=what)


def _with_profile(req: Requirement, profile: Profile, on: date, lang: str) -> tuple[str, str]:
    """The GDPR and cloud demands against what the company profile declares."""
    t = _PROFILE_TEXT[lang]
    if req.kind in _FLAGS:
        kind = KINDS[req.kind]
        label = kind.label_fr if lang == "fr" else kind.label_en
        return _flag(getattr(profile, _FLAGS[req.kind]), label, t)
    if req.kind == "gdpr.breach_notification":
        return _breach(req, profile.breach_notification_hours, t)
    if req.kind == "gdpr.data_location":
        have = profile.data_zone()
        if have is None:
            return REVIEW, t["absent"]
        need = req.values.zone
        if need is None:
            return REVIEW, t["zone_unstated"].format(have=have)
        ok = ZONE_BREADTH[have] <= ZONE_BREADTH[need]
        return (MET if ok else GAP), t["zone_ok" if ok else "zone_out"].format(have=have, need=need)
    if req.kind == "gdpr.subprocessor_authorization":
        have = profile.subprocessor_authorization
        if have is None:
            return REVIEW, t["absent"]
        return (GAP if have == "none" else MET), t["authorization"].format(have=have)
    if req.kind in _QUALIFICATIONS:
        return _qualified(req.kind, profile, on, t)
    if req.kind == "cloud.extraterritorial":
        exposed = profile.extraterritorial_exposure
        return _flag(None if exposed is None else not exposed, "Cloud Act / FISA", t)
    if req.kind == "cloud.sla":
        rate = profile.availability_percent
        if rate is None:
            return REVIEW, t["absent"]
        wanted = req.values.percent
        if wanted is None:
            return REVIEW, t["sla_free"].format(have=number(rate, lang))
        key = "sla_ok" if rate >= wanted else "sla_low"
        shown = {"have": number(rate, lang), "need": number(wanted, lang)}
        return (MET if rate >= wanted else GAP), t[key].format(**shown)
    if req.kind == "cloud.hosting_subcontractor":
        hosts = ", ".join(h.provider for h in profile.hosting) or "?"
        return REVIEW, t["providers"].format(
            have=hosts, need=", ".join(req.values.providers) or "?"
        )
    return REVIEW, t["absent"]


def _data_zone(requirements: Sequence[Requirement], profile: Profile | None) -> str | None:
    """Where the data will live: as the profile declares, or else the narrowest zone the
    tender demands (data kept in France and in the EU is in France)."""
    if profile is not None and profile.data_zone() is not None:
        return profile.data_zone()
    zones = [r.values.zone for r in requirements if r.kind == "gdpr.data_location"]
    demanded = [z for z in zones if z is not None]
    return min(demanded, key=ZONE_BREADTH.__getitem__) if demanded else None


def judge(
    requirements: Sequence[Requirement],
    certificates: Sequence[Certificate],
    on: date,
    lang: str = "fr",
    profile: Profile | None = None,
    subject: Subject | None = None,
    schedule: Schedule | None = None,
) -> list[Verdict]:
    """A verdict for every requirement. `subject` and `schedule` are the object and the dates
    of the tender, as far as its documents give them."""
    t = _TEXT[lang]
    context = Context(
        on,
        lang,
        subject,
        schedule or Schedule(),
        _data_zone(requirements, profile),
        tuple(us_providers(h.provider for h in profile.hosting)) if profile else (),
    )
    verdicts = []
    for req in requirements:
        evidence: tuple[str, ...] = ()
        if req.kind in ACCEPTED:
            check, evidence = _insurance(req, certificates, context)
        elif req.kind == "insurance.certificate":
            check, evidence = _certificate(certificates, context)
        elif req.kind == "insurance.subcontractors":
            check = Check(REVIEW, t["subcontractors"])
        elif req.kind == "insurance.other":
            cover = (req.values.cover or "?").replace("_", " ")
            check = Check(REVIEW, t["other_insurance"].format(cover=cover))
        elif req.kind.startswith("contract."):
            check = Check(REVIEW, t["contract"])
        elif profile is not None:
            status, reason = _with_profile(req, profile, on, lang)
            entry = PROFILE_ENTRIES.get(req.kind)
            cited = _file_name(profile.path) + (f" : {entry}" if entry else "")
            check, evidence = Check(status, reason, req.kind), (cited,)
        else:
            check = Check(REVIEW, t["needs_profile"])
        check = _unread(req, check, lang)
        unmet = req.recommended and check.status in (GAP, MISSING)
        if unmet:
            check = Check(REVIEW, t["recommended"].format(reason=check.reason))
        action = _action(req, check, lang)
        verdicts.append(
            Verdict(
                req.id,
                req.kind,
                check.status,
                check.reason,
                (req.sources[0].citation(), *evidence),
                action,
                unmet,
            )
        )
    return verdicts


def _unread(req: Requirement, check: Check, lang: str) -> Check:
    """A demand whose value is written but cannot be read whole ("5000 000 €") is never met:
    a person must read it. A gap or a missing cover stays one, whatever the value."""
    if not req.values.unreadable:
        return check
    said = " ; ".join(unread_text(u, lang) for u in req.values.unreadable)
    if check.status == MET:
        return Check(REVIEW, f"{said} ; {check.reason}")
    if check.status == REVIEW:
        return replace(check, reason=f"{said} ; {check.reason}")
    return check


# The action to raise a limit already names every amount, sub-limit and damage demanded.
_SUBSUMED = {"low": {"sublimit", "damages"}}


def _action(req: Requirement, check: Check, lang: str) -> str | None:
    """One action per cause of a gap, the first first."""
    checks = (check, *check.also)
    causes = {c.cause for c in checks}
    dropped = set().union(*(_SUBSUMED.get(c, set()) for c in causes))
    actions = [
        action_for(req, check.status, c.cause, lang, c.detail)
        for c in checks
        if c.cause not in dropped
    ]
    return " ; ".join(dict.fromkeys(a for a in actions if a)) or None


def summary(verdicts: Sequence[Verdict]) -> dict[str, int]:
    counts = {status: 0 for status in (MET, GAP, MISSING, REVIEW)}
    for verdict in verdicts:
        counts[verdict.status] += 1
    return counts
