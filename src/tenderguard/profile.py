"""The company profile (YAML): what the bidder can show for GDPR and cloud demands.

samples/profile_nuagelab.yaml documents every key; schema/profile.schema.json checks them.
Unknown keys and wrong types are errors naming the file and the key, all listed at once, so a
typo never silently weakens a verdict.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from tenderguard import schema
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


def load_profile(path: Path | str) -> Profile:
    shown = str(path)
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputFileError(shown, "no such profile file") from exc
    except (OSError, UnicodeDecodeError, yaml.YAMLError, ValueError) as exc:  # 2027-13-45
        raise InputFileError(shown, f"not a readable YAML profile ({exc})") from exc
    problems = schema.problems(raw, "profile")
    if problems:
        raise InputFileError(shown, "invalid profile: " + "; ".join(problems))
    return _profile(shown, raw or {})


def _date(value: date | str | None) -> date | None:
    """YAML gives 2027-06-30 as a date, "2027-06-30" (quoted) as a string the schema checked."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def _profile(path: str, top: dict[str, Any]) -> Profile:
    """The profile of a document valid against schema/profile.schema.json."""
    gdpr = top.get("gdpr") or {}
    cloud = top.get("cloud") or {}
    certifications = {
        name: _date(details.get("valid_to"))
        for name, details in (top.get("certifications") or {}).items()
        if details is not None
    }
    hosts = tuple(
        Host(
            entry["provider"],
            entry.get("zone"),
            tuple(
                Service(
                    s["name"],
                    s.get("secnumcloud", False),
                    s.get("hds", False),
                    s.get("iso27001", False),
                )
                for s in entry.get("services") or []
            ),
        )
        for entry in top.get("hosting") or []
    )
    availability = cloud.get("availability_percent")
    return Profile(
        path=path,
        company=top.get("company"),
        certifications=certifications,
        hosting=hosts,
        extraterritorial_exposure=top.get("extraterritorial_exposure"),
        dpa_template=gdpr.get("dpa_template"),
        breach_notification_hours=gdpr.get("breach_notification_hours"),
        access_logging=gdpr.get("access_logging"),
        subprocessor_authorization=gdpr.get("subprocessor_authorization"),
        subprocessor_zones=tuple(
            sub["zone"] for sub in gdpr.get("subprocessors") or [] if sub.get("zone")
        ),
        data_deletion=gdpr.get("data_deletion"),
        audits_accepted=gdpr.get("audits_accepted"),
        availability_percent=Decimal(str(availability)) if availability is not None else None,
        reversibility_plan=cloud.get("reversibility_plan"),
    )
