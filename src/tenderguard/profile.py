"""The company profile (YAML): what the bidder can show for GDPR and cloud demands.

samples/profile_nuagelab.yaml documents every key. Unknown keys and wrong types are errors
naming the file and the key, so a typo never silently weakens a verdict.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from tenderguard.errors import InputFileError

ZONES = ("FR", "EU", "EEA", "outside")
ZONE_BREADTH = {"FR": 0, "EU": 1, "EEA": 2, "outside": 3}


@dataclass(frozen=True, slots=True)
class Service:
    name: str
    secnumcloud: bool = False
    hds: bool = False
    iso27001: bool = False


@dataclass(frozen=True, slots=True)
class Host:
    provider: str
    zone: str | None
    services: tuple[Service, ...] = ()


@dataclass(frozen=True)
class Profile:
    path: str
    company: str | None = None
    certifications: dict[str, date | None] = field(default_factory=dict)  # name -> valid_to
    hosting: tuple[Host, ...] = ()
    extraterritorial_exposure: bool | None = None
    dpa_template: bool | None = None
    breach_notification_hours: int | None = None
    access_logging: bool | None = None
    subprocessor_authorization: str | None = None
    subprocessor_zones: tuple[str, ...] = ()
    data_deletion: bool | None = None
    audits_accepted: bool | None = None
    availability_percent: Decimal | None = None
    reversibility_plan: bool | None = None

    def data_zone(self) -> str | None:
        """The widest zone the data may reach: hosts and sub-processors together."""
        zones = [h.zone for h in self.hosting if h.zone] + list(self.subprocessor_zones)
        return max(zones, key=ZONE_BREADTH.__getitem__) if zones else None

    def services(self) -> list[tuple[Host, Service]]:
        return [(h, s) for h in self.hosting for s in h.services]


_KEYS = {
    "company",
    "siren",
    "certifications",
    "hosting",
    "extraterritorial_exposure",
    "gdpr",
    "cloud",
}
_GDPR = {
    "dpa_template",
    "breach_notification_hours",
    "access_logging",
    "access_log_retention_months",
    "subprocessor_authorization",
    "subprocessors",
    "data_deletion",
    "audits_accepted",
}
_CLOUD = {"availability_percent", "reversibility_plan"}
_AUTHORIZATIONS = ("prior_written", "prior_general", "none")


class _Reader:
    """Collects every problem of the file, then reports them at once."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[str] = []

    def mapping(self, value: Any, where: str, allowed: set[str]) -> dict[str, Any]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.problems.append(f"{where}: expected a mapping")
            return {}
        for key in set(value) - allowed:
            self.problems.append(
                f"{where}: unknown key {key!r} (known: {', '.join(sorted(allowed))})"
            )
        return value

    def typed(self, value: Any, kind: type | tuple[type, ...], where: str) -> Any:
        if value is None or (
            isinstance(value, kind) and not (kind is int and isinstance(value, bool))
        ):
            return value
        self.problems.append(f"{where}: expected {getattr(kind, '__name__', kind)}, got {value!r}")
        return None

    def zone(self, value: Any, where: str) -> str | None:
        if value is None:
            return None
        if value in ZONES:
            return str(value)
        self.problems.append(f"{where}: zone must be one of {', '.join(ZONES)}, got {value!r}")
        return None


def load_profile(path: Path | str) -> Profile:
    shown = str(path)
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputFileError(shown, "no such profile file") from exc
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise InputFileError(shown, f"not a readable YAML profile ({exc})") from exc
    r = _Reader(shown)
    top = r.mapping(raw, "(top)", _KEYS)
    gdpr = r.mapping(top.get("gdpr"), "gdpr", _GDPR)
    cloud = r.mapping(top.get("cloud"), "cloud", _CLOUD)
    certifications: dict[str, date | None] = {}
    for name, value in r.mapping(
        top.get("certifications"), "certifications", {"iso27001", "hds", "secnumcloud"}
    ).items():
        if value is None:
            continue
        details = r.mapping(value, f"certifications.{name}", {"valid_to", "scope"})
        certifications[name] = r.typed(
            details.get("valid_to"), date, f"certifications.{name}.valid_to"
        )
    hosts = []
    for i, item in enumerate(top.get("hosting") or []):
        where = f"hosting[{i}]"
        entry = r.mapping(item, where, {"provider", "zone", "regions", "services"})
        services = []
        for j, svc in enumerate(entry.get("services") or []):
            s = r.mapping(svc, f"{where}.services[{j}]", {"name", "secnumcloud", "hds", "iso27001"})
            services.append(
                Service(
                    str(s.get("name", "")),
                    bool(
                        r.typed(
                            s.get("secnumcloud", False), bool, f"{where}.services[{j}].secnumcloud"
                        )
                    ),
                    bool(r.typed(s.get("hds", False), bool, f"{where}.services[{j}].hds")),
                    bool(
                        r.typed(s.get("iso27001", False), bool, f"{where}.services[{j}].iso27001")
                    ),
                )
            )
        hosts.append(
            Host(
                str(entry.get("provider", "")),
                r.zone(entry.get("zone"), f"{where}.zone"),
                tuple(services),
            )
        )
    authorization = gdpr.get("subprocessor_authorization")
    if authorization is not None and authorization not in _AUTHORIZATIONS:
        r.problems.append(f"gdpr.subprocessor_authorization: one of {', '.join(_AUTHORIZATIONS)}")
        authorization = None
    sub_zones = []
    for i, sub in enumerate(gdpr.get("subprocessors") or []):
        entry = r.mapping(sub, f"gdpr.subprocessors[{i}]", {"name", "purpose", "zone"})
        zone = r.zone(entry.get("zone"), f"gdpr.subprocessors[{i}].zone")
        if zone:
            sub_zones.append(zone)
    availability = r.typed(
        cloud.get("availability_percent"), (int, float), "cloud.availability_percent"
    )
    profile = Profile(
        path=shown,
        company=r.typed(top.get("company"), str, "company"),
        certifications=certifications,
        hosting=tuple(hosts),
        extraterritorial_exposure=r.typed(
            top.get("extraterritorial_exposure"), bool, "extraterritorial_exposure"
        ),
        dpa_template=r.typed(gdpr.get("dpa_template"), bool, "gdpr.dpa_template"),
        breach_notification_hours=r.typed(
            gdpr.get("breach_notification_hours"), int, "gdpr.breach_notification_hours"
        ),
        access_logging=r.typed(gdpr.get("access_logging"), bool, "gdpr.access_logging"),
        subprocessor_authorization=authorization,
        subprocessor_zones=tuple(sub_zones),
        data_deletion=r.typed(gdpr.get("data_deletion"), bool, "gdpr.data_deletion"),
        audits_accepted=r.typed(gdpr.get("audits_accepted"), bool, "gdpr.audits_accepted"),
        availability_percent=Decimal(str(availability)) if availability is not None else None,
        reversibility_plan=r.typed(
            cloud.get("reversibility_plan"), bool, "cloud.reversibility_plan"
        ),
    )
    if r.problems:
        raise InputFileError(shown, "invalid profile: " + "; ".join(r.problems))
    return profile
