"""The rules of comparison, one by one: kinds, dates, amounts and bases, sub-limits, damages."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tenderguard.activities import MATCH_CUTOFF, match_activities
from tenderguard.compare import judge
from tenderguard.models import (
    Certificate,
    ContractValue,
    Coverage,
    Evidence,
    Milestone,
    Money,
    PieceKind,
    Requirement,
    Schedule,
    Source,
    Subject,
    SubLimit,
    Term,
    Unread,
    Values,
)
from tenderguard.profile import Host, Profile
from tenderguard.territory import reaches, read_territory, us_providers

ON = date(2026, 6, 1)
SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _eur(value: int, currency: str = "EUR") -> Money:
    return Money(Decimal(value), currency)


def _req(
    kind: str, text: str = "Le titulaire est assuré.", recommended: bool = False, **values: object
) -> Requirement:
    source = Source("ccap.pdf", PieceKind.CCAP, 3, "9", "Assurances")
    return Requirement("req-1", kind, text, recommended, (source,), Values(**values))  # type: ignore[arg-type]


def _cover(
    kind: str,
    amount: int | None = 2_000_000,
    basis: str = "per_claim",
    damages: tuple[str, ...] = ("corporels", "materiels", "immateriels"),
    sublimits: tuple[SubLimit, ...] = (),
    currency: str = "EUR",
) -> Coverage:
    return Coverage(
        kind,
        kind,
        _eur(amount, currency) if amount else None,
        basis,
        sublimits,
        damages,
        None,
        Evidence("cert.pdf", 1, "ligne"),
    )


def _cert(
    *covers: Coverage,
    start: date = date(2026, 1, 1),
    end: date = date(2026, 12, 31),
    activities: tuple[str, ...] = (),
) -> Certificate:
    return Certificate(
        "cert.pdf",
        "0" * 64,
        1,
        "AXA",
        None,
        "ALPHA",
        None,
        None,
        "P-1",
        start,
        end,
        activities,
        None,
        covers,
    )


def _status(req: Requirement, *certs: Certificate, on: date = ON) -> str:
    (verdict,) = judge([req], list(certs), on)
    return verdict.status


@pytest.mark.parametrize(
    ("demand", "cover", "status"),
    [
        ("insurance.liability", "insurance.rc_pro", "met"),
        ("insurance.liability", "insurance.rc_exploitation", "met"),
        ("insurance.rc_pro", "insurance.rc_exploitation", "missing"),
        ("insurance.rc_exploitation", "insurance.rc_pro", "missing"),
        ("insurance.cyber", "insurance.rc_pro", "missing"),
    ],
)
def test_which_cover_meets_which_demand(demand: str, cover: str, status: str) -> None:
    assert _status(_req(demand), _cert(_cover(cover))) == status


@pytest.mark.parametrize(
    ("on", "status"),
    [
        (date(2026, 6, 1), "met"),
        (date(2027, 1, 2), "gap"),  # expired
        (date(2025, 12, 1), "review"),  # not yet valid
        (date(2026, 12, 15), "review"),  # ends within 30 days: renewal
    ],
)
def test_validity_on_the_date(on: date, status: str) -> None:
    assert _status(_req("insurance.rc_pro"), _cert(_cover("insurance.rc_pro")), on=on) == status


@pytest.mark.parametrize(
    ("need", "need_basis", "have", "have_basis", "status"),
    [
        (1_000_000, "per_claim", 2_000_000, "per_claim", "met"),
        (2_000_000, "per_claim", 2_000_000, "per_claim", "met"),
        (3_000_000, "per_claim", 2_000_000, "per_claim", "gap"),
        (1_000_000, "per_claim", 2_000_000, "per_year", "review"),  # yearly aggregate only
        (1_000_000, "per_year", 2_000_000, "per_claim_and_year", "met"),
        (1_000_000, "per_claim_and_year", 2_000_000, "per_claim", "review"),
        (1_000_000, "unspecified", 2_000_000, "per_year", "met"),
        (3_000_000, "per_year", 2_000_000, "per_claim", "gap"),  # short whatever the basis
    ],
)
def test_amount_against_basis(
    need: int, need_basis: str, have: int, have_basis: str, status: str
) -> None:
    req = _req("insurance.rc_pro", amount=_eur(need), basis=need_basis)
    cert = _cert(_cover("insurance.rc_pro", have, have_basis))
    assert _status(req, cert) == status


def test_currencies_are_not_compared() -> None:
    req = _req("insurance.rc_pro", amount=_eur(1_000_000, "GBP"), basis="per_claim")
    assert _status(req, _cert(_cover("insurance.rc_pro"))) == "review"


def test_cover_without_amount_is_review() -> None:
    req = _req("insurance.rc_pro", amount=_eur(1_000_000), basis="per_claim")
    assert _status(req, _cert(_cover("insurance.rc_pro", amount=None))) == "review"


@pytest.mark.parametrize(
    ("sublimits", "status"),
    [
        ((SubLimit("immateriels_non_consecutifs", _eur(500_000)),), "met"),
        ((SubLimit("immateriels_non_consecutifs", _eur(100_000)),), "gap"),
        ((), "review"),  # not stated: the overall limit is above the demand, a person decides
    ],
)
def test_sublimit_of_the_damage_type_demanded(sublimits: tuple[SubLimit, ...], status: str) -> None:
    req = _req(
        "insurance.rc_pro",
        amount=_eur(1_000_000),
        basis="per_claim",
        sublimits=(SubLimit("immateriels_non_consecutifs", _eur(300_000)),),
    )
    assert _status(req, _cert(_cover("insurance.rc_pro", sublimits=sublimits))) == status


@pytest.mark.parametrize(
    ("covered", "status"),
    [
        (("corporels", "materiels", "immateriels"), "met"),
        (("corporels", "materiels"), "gap"),  # immatériels demanded, not covered
        ((), "review"),  # the certificate does not say
        (("immateriels_non_consecutifs",), "review"),  # only its "dont INC" line names one
    ],
)
def test_damage_types(covered: tuple[str, ...], status: str) -> None:
    req = _req("insurance.liability", damages=("corporels", "materiels", "immateriels"))
    assert _status(req, _cert(_cover("insurance.rc_exploitation", damages=covered))) == status


def test_demand_without_amount_met_unless_it_asks_for_proportionate_cover() -> None:
    plain = _req("insurance.rc_pro", "Une attestation RC Pro en cours de validité est exigée.")
    scaled = _req(
        "insurance.rc_pro", "Les garanties sont en rapport avec l'importance de la prestation."
    )
    cert = _cert(_cover("insurance.rc_pro"))
    assert (_status(plain, cert), _status(scaled, cert)) == ("met", "review")


def test_recommended_demand_is_never_a_gap() -> None:
    assert _status(_req("insurance.cyber", recommended=True), _cert()) == "review"


def test_best_of_several_certificates_decides() -> None:
    req = _req("insurance.rc_pro", amount=_eur(1_500_000), basis="per_claim")
    short = _cert(_cover("insurance.rc_pro", 1_000_000))
    enough = _cert(_cover("insurance.rc_pro", 2_000_000))
    assert _status(req, short, enough) == "met"


def test_certificate_demand_without_certificate_is_missing() -> None:
    assert _status(_req("insurance.certificate")) == "missing"


def test_reasons_in_english() -> None:
    req = _req("insurance.rc_pro", amount=_eur(3_000_000), basis="per_claim")
    (verdict,) = judge([req], [_cert(_cover("insurance.rc_pro"))], ON, "en")
    assert verdict.status == "gap"
    assert verdict.reason == "limit €2,000,000 below the €3,000,000 demanded"
    assert verdict.evidence == ("CCAP, art. 9, p. 3", "cert.pdf (AXA, P-1), p. 1: « ligne »")


def _subject(text: str) -> Subject:
    return Subject(text, Source("rc.pdf", PieceKind.RC, 1, "1", "Objet"))


@pytest.mark.parametrize(
    ("subject", "activities", "status"),
    [
        # Every family of the object carried by an activity.
        (
            "la refonte du portail internet et son hébergement",
            ("création de sites internet", "hébergement de serveurs"),
            "met",
        ),
        # Hosting named by the object, carried by no activity.
        ("la refonte du portail internet et son hébergement", ("création de sites web",), "gap"),
        ("un site vitrine sous WordPress", ("imprimerie et reprographie",), "gap"),
        # Training beside a main activity is an accessory of it...
        ("l'hébergement des serveurs et la formation des agents", ("hébergement",), "met"),
        # ...but must be covered when it is the whole object.
        ("la formation des agents à la bureautique", ("hébergement",), "gap"),
        # No family: compared word for word, from the cut-off on.
        ("travaux de peinture et de ravalement", ("travaux de peinture",), "met"),
        ("travaux de plomberie", ("travaux de peinture",), "review"),
        # The certificate lists no activity.
        ("un site vitrine sous WordPress", (), "review"),
    ],
)
def test_activities_must_include_the_object(
    subject: str, activities: tuple[str, ...], status: str
) -> None:
    req = _req("insurance.rc_pro")
    cert = _cert(_cover("insurance.rc_pro"), activities=activities)
    (verdict,) = judge([req], [cert], ON, subject=_subject(subject))
    assert verdict.status == status


def test_activity_gap_names_the_family_to_add_and_the_fuzzy_score() -> None:
    req = _req("insurance.rc_pro", amount=_eur(3_000_000), basis="per_claim")
    cert = _cert(_cover("insurance.rc_pro"), activities=("imprimerie",))
    (verdict,) = judge([req], [cert], ON, subject=_subject("un site vitrine et son hébergement"))
    assert "sites et applications web, hébergement" in verdict.reason
    # Both causes get their action: raise the limit, add the activities.
    assert verdict.action is not None
    assert verdict.action.startswith("Faire relever la garantie RC professionnelle")
    assert (
        "Faire ajouter aux activités garanties (RC professionnelle) : sites et applications "
        "web, hébergement" in verdict.action
    )
    found = match_activities("travaux de plomberie", ["travaux de peinture"])
    assert found.best == ("travaux de peinture", 73)
    assert not found.matched and found.best[1] < MATCH_CUTOFF


def test_activities_bind_liability_covers_only() -> None:
    req = _req("insurance.cyber")
    cert = _cert(_cover("insurance.cyber"), activities=("imprimerie",))
    (verdict,) = judge([req], [cert], ON, subject=_subject("un site vitrine"))
    assert verdict.status == "met"


def _schedule(deadline: date | None = None, months: int | None = None) -> Schedule:
    where = Source("rc.pdf", PieceKind.RC, 1, "2", "Durée")
    return Schedule(
        Milestone(deadline, "date limite", where) if deadline else None,
        None,
        Term(months, "durée", where) if months else None,
    )


@pytest.mark.parametrize(
    ("schedule", "status", "says"),
    [
        # Certificate valid 01/01/2026 - 31/12/2026, checked on 01/06/2026.
        (_schedule(date(2026, 9, 1), 3), "met", "attestation valable du 01/01/2026"),
        (_schedule(date(2027, 2, 1)), "review", "avant la date limite de remise des offres"),
        (_schedule(date(2026, 9, 1), 12), "review", "avant la fin du marché (pas avant le 01/09"),
        # A deadline already past says nothing of the certificate.
        (_schedule(date(2026, 3, 1)), "met", "attestation valable du 01/01/2026"),
    ],
)
def test_certificate_must_reach_the_deadline_and_the_end_of_the_contract(
    schedule: Schedule, status: str, says: str
) -> None:
    req = _req("insurance.rc_pro")
    (verdict,) = judge([req], [_cert(_cover("insurance.rc_pro"))], ON, schedule=schedule)
    assert verdict.status == status and says in verdict.reason


def test_an_ended_certificate_stays_a_gap_whatever_the_schedule() -> None:
    cert = _cert(_cover("insurance.rc_pro"), end=date(2026, 5, 1))
    (verdict,) = judge([_req("insurance.rc_pro")], [cert], ON, schedule=_schedule(months=12))
    assert verdict.status == "gap" and verdict.reason.startswith("attestation expirée")


@pytest.mark.parametrize(
    ("basis", "demanded", "status"),
    [
        ("per_year", 3_000_000, "met"),  # the 4 M aggregate answers a yearly demand
        ("per_claim", 3_000_000, "gap"),  # the 2 M per claim does not
        ("per_claim_and_year", 2_000_000, "met"),
    ],
)
def test_yearly_aggregate_beside_the_per_claim_limit(
    basis: str, demanded: int, status: str
) -> None:
    cover = replace(_cover("insurance.rc_exploitation", 2_000_000), aggregate=_eur(4_000_000))
    cover = replace(cover, basis="per_claim_and_year")
    req = _req("insurance.rc_exploitation", amount=_eur(demanded), basis=basis)
    assert _status(req, _cert(cover)) == status


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        ("monde entier, hors USA et Canada", "world_except_us_canada"),
        ("France et Union européenne", "EU"),
        ("France métropolitaine", "FR"),
        ("Worldwide", "world"),
        ("selon conditions particulières", None),
    ],
)
def test_read_territory(text: str, territory: str | None) -> None:
    assert read_territory(text) == territory


def test_territory_reach_and_american_hosts() -> None:
    assert reaches("EU", "FR") and not reaches("FR", "EU")
    assert reaches("world_except_us_canada", "EEA") and not reaches("EEA", "outside")
    assert us_providers(["Amazon Web Services (eu-west-3)", "OVHcloud"]) == ["AWS"]


@pytest.mark.parametrize(
    ("territory", "hosts", "zone", "status", "says"),
    [
        ("France", ("OVHcloud",), "FR", "met", "territorialité « France », données en zone France"),
        ("France", ("OVHcloud",), "EU", "review", "plus étroite que la zone des données (UE)"),
        ("monde entier, hors USA et Canada", ("AWS",), "EU", "review", "AWS (États-Unis)"),
        (None, ("OVHcloud",), "FR", "review", "territorialité non indiquée"),
    ],
)
def test_territory_against_the_hosts_of_the_profile(
    territory: str | None, hosts: tuple[str, ...], zone: str, status: str, says: str
) -> None:
    cert = replace(_cert(_cover("insurance.rc_pro")), territory=territory)
    profile = Profile("profil.yaml", hosting=tuple(Host(h, zone) for h in hosts))
    (verdict,) = judge([_req("insurance.rc_pro")], [cert], ON, profile=profile)
    assert verdict.status == status and says in verdict.reason


def test_proportionate_demand_is_set_beside_the_value_of_the_contract() -> None:
    req = _req(
        "insurance.rc_pro", "Les garanties sont en rapport avec l'importance de la prestation."
    )
    where = Source("rc.pdf", PieceKind.RC, 1, "1", "Objet")
    schedule = Schedule(value=ContractValue(_eur(180_000), "montant estimatif", where))
    (verdict,) = judge([req], [_cert(_cover("insurance.rc_pro"))], ON, schedule=schedule)
    assert verdict.status == "review"
    reason = verdict.reason.replace("\u202f", " ")  # money() separates thousands thinly
    assert "marché de 180 000 € (RC, art. 1, p. 1), garantie de 2 000 000 € (11,1 ×)" in reason


# -- values that are written but cannot be read whole -----------------------------------------

ISSUE_SENTENCE = (
    "Article 4 - Assurance\nLe titulaire souscrit une assurance de responsabilité civile "
    "professionnelle de {amount} par sinistre.\n"
)


@pytest.mark.parametrize("amount", ["5000 000 €", "1 50 000 €", "2.000.00 €", "30 0000 €"])
def test_an_amount_not_readable_whole_is_review_never_met(tmp_path, amount: str) -> None:
    from tenderguard.api import check_against

    contract = tmp_path / "contrat.txt"
    contract.write_text(ISSUE_SENTENCE.format(amount=amount), encoding="utf-8")
    certificate = SAMPLES / "certificates" / "attestation_rc_webatelier_2026.pdf"
    result = check_against([contract], [certificate], on=date(2026, 3, 1), lang="fr")
    (req,) = result.requirements
    assert req.values.amount is None
    assert [(u.field, u.text) for u in req.values.unreadable] == [("amount", amount)]
    (verdict,) = result.verdicts
    assert verdict.status == "review"
    assert f"montant illisible tel qu'écrit : « {amount} »" in verdict.reason


def test_a_readable_amount_in_the_same_sentence_is_still_judged(tmp_path) -> None:
    from tenderguard.api import check_against

    contract = tmp_path / "contrat.txt"
    contract.write_text(ISSUE_SENTENCE.format(amount="1 500 000 € TTC"), encoding="utf-8")
    certificate = SAMPLES / "certificates" / "attestation_rc_webatelier_2026.pdf"
    result = check_against([contract], [certificate], on=date(2026, 3, 1), lang="fr")
    (req,) = result.requirements
    assert req.values.amount == _eur(1_500_000) and not req.values.unreadable
    (verdict,) = result.verdicts
    assert verdict.status == "met", verdict.reason
    assert "2\u202f000\u202f000 € ≥ 1\u202f500\u202f000 € exigés" in verdict.reason


def test_an_unreadable_demand_with_no_such_cover_stays_missing() -> None:
    unread = (Unread("amount", "5000 000 €"),)
    req = _req("insurance.cyber", unreadable=unread)
    assert _status(req, _cert(_cover("insurance.rc_pro"))) == "missing"


def test_an_unreadable_delay_or_rate_is_never_met_against_a_profile() -> None:
    profile = Profile(
        path="profil.yaml", breach_notification_hours=24, availability_percent=Decimal("99.99")
    )
    for kind, field in (("gdpr.breach_notification", "hours"), ("cloud.sla", "percent")):
        req = _req(kind, unreadable=(Unread(field, "4 8"),))
        (verdict,) = judge([req], [], ON, "fr", profile)
        assert verdict.status == "review", (kind, verdict)


def test_a_limit_not_readable_whole_on_the_certificate_is_review() -> None:
    req = _req("insurance.rc_pro", amount=_eur(1_000_000), basis="per_claim")
    cover = replace(_cover("insurance.rc_pro", amount=None), unreadable="2 000 0000 €")
    (verdict,) = judge([req], [_cert(cover)], ON, "fr")
    assert verdict.status == "review"
    assert "plafond de l'attestation illisible tel qu'écrit : « 2 000 0000 € »" in verdict.reason


# -- readings a person must confirm: OCR, a document that is not a certificate ---------------


@pytest.mark.parametrize(
    ("cover", "amount", "expected_clear"),
    [
        ("insurance.rc_pro", 2_000_000, "met"),  # read by OCR: not met on its own
        ("insurance.rc_pro", 500_000, "gap"),  # an amount read by OCR may be misread
        ("insurance.rc_exploitation", 2_000_000, "missing"),  # not found where OCR read
    ],
)
def test_a_verdict_resting_on_ocr_is_review_naming_the_page(
    cover: str, amount: int, expected_clear: str
) -> None:
    req = _req("insurance.rc_pro", amount=_eur(1_000_000), basis="per_claim")
    clear = _cert(_cover(cover, amount=amount))
    assert _status(req, clear) == expected_clear
    scanned = replace(clear, ocr_pages=(1, 2))
    (verdict,) = judge([req], [scanned], ON, "fr")
    assert verdict.status == "review"
    assert "cert.pdf lu par OCR (p. 1, 2) : valeurs à vérifier sur le document" in verdict.reason


def test_a_clear_certificate_still_decides_beside_a_scanned_one() -> None:
    req = _req("insurance.rc_pro", amount=_eur(1_000_000), basis="per_claim")
    scanned = replace(_cert(_cover("insurance.rc_exploitation")), ocr_pages=(1,))
    assert _status(req, _cert(_cover("insurance.rc_pro")), scanned) == "met"


def test_a_certificate_demand_met_only_by_a_scan_is_review() -> None:
    req = _req("insurance.certificate")
    scanned = replace(_cert(_cover("insurance.rc_pro")), ocr_pages=(1,))
    assert _status(req, _cert(_cover("insurance.rc_pro"))) == "met"
    assert _status(req, scanned) == "review"


def test_a_contract_given_as_certificate_never_makes_a_verdict() -> None:
    req = _req("insurance.rc_pro", amount=_eur(1_000_000), basis="per_claim")
    contract = replace(_cert(_cover("insurance.rc_pro")), looks_like_certificate=False)
    (verdict,) = judge([req], [contract], ON, "en")
    assert verdict.status == "review"
    assert "cert.pdf does not look like an insurance certificate" in verdict.reason
