"""French company identifiers: SIREN (9 digits) and SIRET (14 digits), checked with the Luhn
key that INSEE gives them (La Poste's establishments follow another rule, accepted too)."""

from __future__ import annotations

import re

_DIGITS = re.compile(r"(?<![\d])(\d(?:[ .\u00a0]?\d){8}(?:(?:[ .\u00a0]?\d){5})?)(?![\d])")
_LA_POSTE = "356000000"


def luhn_valid(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def valid_siren(siren: str) -> bool:
    return len(siren) == 9 and siren.isdigit() and luhn_valid(siren)


def valid_siret(siret: str) -> bool:
    if len(siret) != 14 or not siret.isdigit():
        return False
    if siret.startswith(_LA_POSTE):
        return sum(int(c) for c in siret) % 5 == 0
    return luhn_valid(siret) and valid_siren(siret[:9])


def find_identifiers(text: str) -> tuple[str | None, str | None]:
    """(SIREN, SIRET) written in `text` that pass their check key; the SIREN of a SIRET counts."""
    siren = siret = None
    for m in _DIGITS.finditer(text):
        digits = re.sub(r"\D", "", m.group(1))
        if len(digits) == 14 and siret is None and valid_siret(digits):
            siret = digits
            siren = siren or digits[:9]
        elif len(digits) == 9 and siren is None and valid_siren(digits):
            siren = digits
    return siren, siret
