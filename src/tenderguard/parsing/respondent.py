"""The columns of a grid that the respondent fills in: « Réponse du candidat », "Vendor answer",
and those a broker or a buyer fills with the respondent's current cover (« Votre contrat
actuel »). What stands there (its current cover, its host, "No.") is its answer, not the
buyer's demand; the grid's text is the buyer's columns. (An "Evidence" or « Justificatif »
column is left in: a buyer's grid names there the certificate it expects.)"""

from __future__ import annotations

import re
from collections.abc import Sequence

# (« proposant »: who fills in an insurer's proposal form)
_RESPONDENT = (
    r"(?:vendor|supplier|bidder|tenderer|provider|candidate|respondent|proponent|contractor|"
    r"candidat|soumissionnaire|titulaire|prestataire|fournisseur|proposant)"
)
_RESPONDENT_COLUMN = re.compile(
    rf"^(?:{_RESPONDENT}(?:'s)?\s+(?:answer|response|reply|comments?|remarks?)s?"
    rf"|(?:answer|response|reply|comments?)s?\s+(?:of|from|by)\s+(?:the\s+)?{_RESPONDENT}"
    rf"|r[ée]ponses?\s+(?:du|de\s+l'|des)\s*{_RESPONDENT}s?"
    rf"|commentaires?\s+(?:du|de\s+l'|des)\s*{_RESPONDENT}s?"
    # the respondent's own cover or set-up beside the demand: « Votre contrat actuel »,
    # "Your current policy", « Situation actuelle »
    r"|(?:votre|vos|your)\s+(?:current\s+)?"
    r"(?:contrat|police|couverture|garanties?|situation|policy|cover(?:age)?)"
    r"(?:\s+(?:actuel(?:le)?s?|current))?"
    r"|(?:situation|couverture|garanties?)\s+actuelles?|current\s+(?:policy|cover(?:age)?|situation))"
    r"(?:\s*\(.*\))?$",
    re.IGNORECASE,
)


def respondent_columns(header: Sequence[str]) -> frozenset[int]:
    """Indices of the header's cells that name a column the respondent fills in."""
    return frozenset(
        i for i, cell in enumerate(header) if _RESPONDENT_COLUMN.match(" ".join(cell.split()))
    )
