"""Does the territory of a certificate reach where the data of the contract lives?

The territory is read with patterns/lexicons/territories.yaml; the data zone (FR, EU, EEA or
outside) comes from the company profile or, without one, from the tender's demands. A
territory "worldwide excluding USA and Canada" reaches any zone of Europe, but not a provider
of the United States for sure: that is for the insurer to confirm.
"""

from __future__ import annotations

from collections.abc import Iterable

from tenderguard.normalise.lexicon import lexicon
from tenderguard.profile import ZONE_BREADTH

WORLD_EXCEPT_US = "world_except_us_canada"
# The widest data zone each territory surely reaches.
_REACH = {"FR": "FR", "EU": "EU", "EEA": "EEA", WORLD_EXCEPT_US: "EEA", "world": "outside"}


def read_territory(text: str) -> str | None:
    """The widest territory the text names ("France et Union européenne" -> EU), or None."""
    named = lexicon("territories").values(text)
    return max(named, key=list(_REACH).index) if named else None


def reaches(territory: str, zone: str) -> bool:
    return ZONE_BREADTH[zone] <= ZONE_BREADTH[_REACH[territory]]


def us_providers(names: Iterable[str]) -> list[str]:
    """The providers among `names` that the providers lexicon tags as American."""
    providers = lexicon("providers")
    american = providers.tagged("us")
    found = (value for name in names for value in providers.values(name))
    return [p for p in dict.fromkeys(found) if p in american]
