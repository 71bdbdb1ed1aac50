"""What to do about a gap or a missing cover: one concrete action per verdict."""

from __future__ import annotations

from tenderguard.kinds import KINDS
from tenderguard.models import Requirement
from tenderguard.report.values import describe

_INSURANCE = {
    "fr": {
        "no_cover": "Souscrire une garantie {label}{demand} et en fournir l'attestation",
        "low": "Faire relever la garantie {label} au niveau exigé{demand} (demande au courtier)",
        "sublimit": "Faire porter la sous-limite exigée{demand} sur la garantie {label}",
        "damages": "Faire étendre la garantie {label} aux dommages exigés{demand}",
        "expired": "Obtenir de l'assureur une attestation en cours de validité{what}",
        "no_certificate": "Demander à l'assureur une attestation d'assurance en cours de validité",
        "activities": "Faire ajouter aux activités garanties ({label}) : {detail} "
        "(objet du marché ou du contrat)",
    },
    "en": {
        "no_cover": "Take out {label} cover{demand} and supply its certificate",
        "low": "Have the {label} cover raised to the level demanded{demand} (ask your broker)",
        "sublimit": "Have the sub-limit demanded{demand} added to the {label} cover",
        "damages": "Have the {label} cover extended to the damage demanded{demand}",
        "expired": "Obtain a current certificate from the insurer{what}",
        "no_certificate": "Ask the insurer for a current certificate of insurance",
        "activities": "Have {detail} added to the activities insured ({label}) "
        "(the object of the tender or contract)",
    },
}
_PROFILE = {
    "fr": {
        "gdpr.processor_agreement": "Préparer un accord de sous-traitance (art. 28 RGPD)",
        "gdpr.data_location": "Héberger les données dans la zone exigée{demand}",
        "gdpr.breach_notification": "S'engager à notifier les violations dans le délai "
        "exigé{demand}",
        "gdpr.access_logging": "Mettre en place la journalisation des accès",
        "gdpr.subprocessor_authorization": "Soumettre tout sous-traitant ultérieur à "
        "l'autorisation écrite préalable du client",
        "gdpr.data_deletion": "Prévoir la restitution puis la suppression des données en fin "
        "de contrat",
        "gdpr.audit": "Accepter les audits du client",
        "cloud.secnumcloud": "Retenir un service d'hébergement qualifié SecNumCloud",
        "cloud.hds": "Retenir un hébergement certifié HDS",
        "cloud.iso27001": "Obtenir ou renouveler la certification ISO/IEC 27001",
        "cloud.extraterritorial": "Retenir un hébergeur non soumis aux lois extra-européennes",
        "cloud.sla": "S'engager sur le taux de disponibilité exigé{demand}",
        "cloud.reversibility": "Rédiger un plan de réversibilité",
    },
    "en": {
        "gdpr.processor_agreement": "Prepare a data processing agreement (GDPR art. 28)",
        "gdpr.data_location": "Host the data in the zone demanded{demand}",
        "gdpr.breach_notification": "Commit to notify breaches within the delay demanded{demand}",
        "gdpr.access_logging": "Put access logging in place",
        "gdpr.subprocessor_authorization": "Engage sub-processors only with the customer's "
        "prior written authorisation",
        "gdpr.data_deletion": "Provide for the return then deletion of data at the end",
        "gdpr.audit": "Accept the customer's audits",
        "cloud.secnumcloud": "Use a SecNumCloud-qualified hosting service",
        "cloud.hds": "Use HDS-certified hosting",
        "cloud.iso27001": "Obtain or renew ISO/IEC 27001 certification",
        "cloud.extraterritorial": "Use a host not subject to non-EU laws",
        "cloud.sla": "Commit to the availability demanded{demand}",
        "cloud.reversibility": "Write a reversibility plan",
    },
}


def action_for(
    req: Requirement, status: str, cause: str, lang: str, detail: str = ""
) -> str | None:
    """The action for a gap or a missing cover; None when there is nothing to act on.

    `detail` names what the demand alone does not say (the activities to add).
    """
    if status not in ("gap", "missing"):
        return None
    details = describe(req.values, lang)
    demand = f" ({details})" if details else ""
    kind = KINDS[req.kind]
    label = kind.label_fr if lang == "fr" else kind.label_en
    if cause in _INSURANCE[lang]:
        what = "" if req.kind == "insurance.certificate" else f" ({label})"
        return _INSURANCE[lang][cause].format(label=label, demand=demand, what=what, detail=detail)
    template = _PROFILE[lang].get(req.kind)
    return template.format(demand=demand) if template else None
