"""The 25 kinds of demand the tool knows: the vocabulary of its machine-readable output."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Kind:
    name: str
    label_fr: str
    label_en: str
    # A piece states it once, however many of its clauses speak of it: the processor terms of a
    # DPA, its hosting provider, its reversibility. Statements of it whose values agree are one
    # demand (see ONE_PER_PIECE).
    one_per_piece: bool = False

    @property
    def domain(self) -> str:
        return self.name.split(".", 1)[0]


KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind("insurance.liability", "Assurance de responsabilité civile", "Liability insurance"),
        Kind("insurance.rc_pro", "RC professionnelle", "Professional liability (RC Pro)"),
        Kind("insurance.rc_exploitation", "RC exploitation", "General liability (RC exploitation)"),
        Kind("insurance.cyber", "Assurance cyber-risques", "Cyber insurance"),
        Kind("insurance.multirisque", "Multirisque / biens confiés", "Property / entrusted goods"),
        Kind("insurance.business_interruption", "Perte d'exploitation", "Business interruption"),
        Kind("insurance.certificate", "Attestation d'assurance", "Insurance certificate"),
        Kind("insurance.subcontractors", "Assurance des sous-traitants", "Subcontractors insured"),
        # Covers the tool does not judge (décennale, motor...), reported with their name.
        Kind("insurance.other", "Autre assurance", "Other insurance"),
        Kind(
            "gdpr.processor_agreement",
            "Sous-traitance RGPD (art. 28)",
            "GDPR processor terms",
            one_per_piece=True,
        ),
        Kind("gdpr.data_location", "Localisation des données", "Data location", one_per_piece=True),
        Kind(
            "gdpr.breach_notification",
            "Notification des violations",
            "Breach notification",
            one_per_piece=True,
        ),
        Kind("gdpr.access_logging", "Traçabilité des accès", "Access logging", one_per_piece=True),
        Kind(
            "gdpr.subprocessor_authorization",
            "Autorisation des sous-traitants ultérieurs",
            "Sub-processor authorisation",
            one_per_piece=True,
        ),
        Kind(
            "gdpr.data_deletion",
            "Restitution / suppression des données",
            "Data return / deletion",
            one_per_piece=True,
        ),
        Kind("gdpr.audit", "Audit du sous-traitant", "Processor audit", one_per_piece=True),
        Kind(
            "cloud.hosting_subcontractor",
            "Hébergeur / fournisseur cloud",
            "Hosting / cloud provider",
            one_per_piece=True,
        ),
        Kind(
            "cloud.secnumcloud",
            "Qualification SecNumCloud",
            "SecNumCloud qualification",
            one_per_piece=True,
        ),
        Kind("cloud.hds", "Certification HDS", "HDS certification", one_per_piece=True),
        Kind(
            "cloud.iso27001",
            "Certification ISO 27001",
            "ISO 27001 certification",
            one_per_piece=True,
        ),
        Kind(
            "cloud.extraterritorial",
            "Immunité aux lois extra-européennes",
            "Immunity from non-EU laws",
            one_per_piece=True,
        ),
        Kind("cloud.sla", "Engagement de disponibilité", "Availability commitment (SLA)"),
        Kind("cloud.reversibility", "Réversibilité", "Reversibility", one_per_piece=True),
        Kind("contract.liability_cap", "Limitation de responsabilité", "Liability limitation"),
        Kind("contract.delay_penalties", "Pénalités de retard", "Delay penalties"),
    )
}

DOMAINS: tuple[str, ...] = ("insurance", "gdpr", "cloud", "contract")
DOMAIN_LABELS = {
    "fr": {
        "insurance": "Assurances",
        "gdpr": "RGPD",
        "cloud": "Cloud et hébergement",
        "contract": "Contrat",
    },
    "en": {
        "insurance": "Insurance",
        "gdpr": "GDPR",
        "cloud": "Cloud and hosting",
        "contract": "Contract",
    },
}

# Order used everywhere a list of requirements is shown.
KIND_ORDER = {name: i for i, name in enumerate(KINDS)}

CUE_KINDS = frozenset(
    {
        "cue.waiver",
        "cue.recommendation",
        "cue.not_mandatory",
        "cue.definition",
        "cue.law_quote",
        "cue.obligation",
        "cue.data_subject_right",
        "cue.buyer_duty",
        "cue.toc",
        "cue.reference",
        "cue.each_member",
        "cue.each_member_file",
        "cue.award_criterion",
        "cue.unchecked",
        "cue.information",
        "cue.glossary",
        "cue.question",
        "cue.interrogative",
        "cue.asks_if_required",
        "cue.history",
        "cue.asked",
        "cue.override",
        "cue.subcontracted",
        "cue.current_cover",
        "cue.elsewhere",
        "cue.rejected",
        "cue.buyers_part",
        "cue.finding",
        "cue.repealed",
        "cue.current_system",
        "cue.third_parties",
        "cue.recital",
        "cue.optional",
        "cue.preamble",
        "cue.examples",
        "cue.inapplicable",
        "cue.bids_report",
        "cue.scope",
    }
)
