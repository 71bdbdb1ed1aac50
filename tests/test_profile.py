"""The company profile: loading with clear errors, and the verdicts it gives."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tenderguard.compare import judge
from tenderguard.errors import InputFileError
from tenderguard.models import PieceKind, Requirement, Source, Values
from tenderguard.profile import load_profile

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "profile_nuagelab.yaml"
ON = date(2026, 6, 1)


def test_sample_profile_loads() -> None:
    profile = load_profile(SAMPLE)
    assert profile.company == "NUAGELAB SARL"
    assert profile.data_zone() == "FR"
    assert profile.breach_notification_hours == 24
    assert profile.availability_percent == Decimal("99.9")
    assert [s.name for _, s in profile.services() if s.secnumcloud] == ["Hosted Private Cloud"]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("company: X\nunknown_key: 1\n", "unknown key 'unknown_key'"),
        (
            "gdpr: {breach_notification_hours: soon}\n",
            "gdpr.breach_notification_hours: expected integer, got 'soon'",
        ),
        (
            "hosting: [{provider: AWS, zone: US}]\n",
            "hosting[0].zone: must be one of FR, EU, EEA, outside, got 'US'",
        ),
        (
            "cloud: {availability_percent: 99.9, reversibility: true}\ngdpr: {dpa: true}\n",
            "cloud: unknown key 'reversibility' (known: availability_percent, "
            "reversibility_plan); gdpr: unknown key 'dpa'",
        ),
        (
            "certifications: {iso27001: {valid_to: 30/06/2027}}\n",
            "certifications.iso27001.valid_to: '30/06/2027' is not a 'date'",
        ),
        ("certifications: {iso27001: {valid_to: 2027-13-45}}\n", "not a readable YAML profile"),
        ("gdpr: {subprocessor_authorization: maybe}\n", "gdpr.subprocessor_authorization"),
        ("company: [unclosed\n", "not a readable YAML profile"),
    ],
)
def test_bad_profiles_name_the_file_and_the_key(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "profil.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputFileError) as caught:
        load_profile(path)
    assert caught.value.path == str(path) and problem in caught.value.reason


def _verdict(kind: str, profile_text: str | None, tmp_path: Path, **values: object) -> str:
    source = Source("cctp.pdf", PieceKind.CCTP, 2, "4", None)
    req = Requirement("r", kind, "texte", False, (source,), Values(**values))  # type: ignore[arg-type]
    profile = None
    if profile_text is not None:
        path = tmp_path / "profil.yaml"
        path.write_text(profile_text, encoding="utf-8")
        profile = load_profile(path)
    (verdict,) = judge([req], [], ON, "fr", profile)
    return verdict.status


@pytest.mark.parametrize(
    ("kind", "profile", "values", "status"),
    [
        ("gdpr.processor_agreement", None, {}, "review"),
        ("gdpr.processor_agreement", "gdpr: {dpa_template: true}", {}, "met"),
        ("gdpr.processor_agreement", "gdpr: {dpa_template: false}", {}, "missing"),
        ("gdpr.processor_agreement", "company: X", {}, "review"),
        ("gdpr.breach_notification", "gdpr: {breach_notification_hours: 24}", {"hours": 48}, "met"),
        ("gdpr.breach_notification", "gdpr: {breach_notification_hours: 72}", {"hours": 48}, "gap"),
        (
            "gdpr.breach_notification",
            "gdpr: {breach_notification_hours: 24}",
            {"days": 2, "business_days": False},
            "met",
        ),
        ("gdpr.breach_notification", "gdpr: {breach_notification_hours: 24}", {}, "review"),
        ("gdpr.data_location", "hosting: [{provider: OVHcloud, zone: FR}]", {"zone": "EU"}, "met"),
        ("gdpr.data_location", "hosting: [{provider: AWS, zone: EU}]", {"zone": "FR"}, "gap"),
        (
            "gdpr.data_location",
            "hosting: [{provider: X, zone: FR}]\ngdpr: {subprocessors: [{name: Y, zone: outside}]}",
            {"zone": "EU"},
            "gap",
        ),
        ("gdpr.subprocessor_authorization", "gdpr: {subprocessor_authorization: none}", {}, "gap"),
        (
            "cloud.secnumcloud",
            "hosting: [{provider: OVHcloud, zone: FR, services: [{name: HPC, secnumcloud: true}]}]",
            {},
            "met",
        ),
        (
            "cloud.secnumcloud",
            "hosting: [{provider: AWS, zone: EU, services: [{name: EC2}]}]",
            {},
            "missing",
        ),
        ("cloud.iso27001", "certifications: {iso27001: {valid_to: 2027-01-01}}", {}, "met"),
        ("cloud.iso27001", "certifications: {iso27001: {valid_to: 2026-01-01}}", {}, "gap"),
        ("cloud.extraterritorial", "extraterritorial_exposure: true", {}, "missing"),
        ("cloud.extraterritorial", "extraterritorial_exposure: false", {}, "met"),
        ("cloud.sla", "cloud: {availability_percent: 99.5}", {"percent": Decimal("99.9")}, "gap"),
        ("cloud.sla", "cloud: {availability_percent: 99.95}", {"percent": Decimal("99.9")}, "met"),
        ("cloud.reversibility", "cloud: {reversibility_plan: true}", {}, "met"),
        (
            "cloud.hosting_subcontractor",
            "hosting: [{provider: OVHcloud, zone: FR}]",
            {"providers": ("AWS",)},
            "review",
        ),
    ],
)
def test_profile_verdicts(
    tmp_path: Path, kind: str, profile: str | None, values: dict[str, object], status: str
) -> None:
    assert _verdict(kind, profile, tmp_path, **values) == status


def test_every_profile_entry_cited_as_justification_is_documented() -> None:
    from tenderguard.compare import PROFILE_ENTRIES

    documented = Path(__file__).resolve().parent.parent / "samples" / "profile_nuagelab.yaml"
    text = documented.read_text(encoding="utf-8")
    for kind, entries in PROFILE_ENTRIES.items():
        for entry in entries.split(", "):
            leaf = entry.rsplit(".", 1)[-1].replace("[]", "")
            assert f"{leaf}:" in text, (kind, entry)
